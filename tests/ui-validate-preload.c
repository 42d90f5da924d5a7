/* ui-validate-preload.c: lets gtk4-builder-tool validate templates of libadwaita types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tool looks a template's parent type up by name, which only works for types
 * already registered. Preloaded into the tool, this registers libadwaita's public
 * types before the tool's main() runs.
 */

#include "config.h"

#include <adwaita.h>

__attribute__ ((constructor)) static void
register_libadwaita_types (void)
{
  adw_init ();
}
