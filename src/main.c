/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (UnknotApplication) app = NULL;
  const char *locale_dir = g_getenv ("UNKNOT_LOCALE_DIR");

  /* the built catalogues, when run from the build folder (meson devenv) */
  bindtextdomain (GETTEXT_PACKAGE, locale_dir != NULL && *locale_dir != '\0' ? locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = unknot_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
