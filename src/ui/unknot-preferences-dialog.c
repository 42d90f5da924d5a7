/* unknot-preferences-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-preferences"

#include "config.h"

#include "unknot-preferences-dialog.h"

/* Each preference is bound in the template to an application action made from its
 * GSettings key (g_settings_create_action), so the dialog holds no state of its own. */
struct _UnknotPreferencesDialog
{
  AdwPreferencesDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (UnknotPreferencesDialog, unknot_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

UnknotPreferencesDialog *
unknot_preferences_dialog_new (void)
{
  return g_object_new (UNKNOT_TYPE_PREFERENCES_DIALOG, NULL);
}

static void
unknot_preferences_dialog_class_init (UnknotPreferencesDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/unknot-preferences-dialog.ui");
}

static void
unknot_preferences_dialog_init (UnknotPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
