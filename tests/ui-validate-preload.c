/* ui-validate-preload.c: lets gtk4-builder-tool validate templates of libadwaita types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tool looks types up by name, which only works for types already registered.
 * Preloaded into the tool, this registers libadwaita's public types before the tool's
 * main() runs, and brings Unknot's widgets, which the tool then finds by name.
 */

#include "config.h"

#include <adwaita.h>


__attribute__ ((constructor)) static void
register_libadwaita_types (void)
{
  /* Unknot's own types the tool finds by their get_type symbols, which this module carries */
  adw_init ();
}
