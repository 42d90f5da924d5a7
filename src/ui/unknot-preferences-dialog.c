/* unknot-preferences-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-preferences"

#include "config.h"

#include "unknot-application.h"
#include "unknot-preferences-dialog.h"

/* Each switch is bound in the template to an application action made from its GSettings
 * key (g_settings_create_action), and the volume straight to its key, so the dialog holds
 * no state of its own. */
struct _UnknotPreferencesDialog
{
  AdwPreferencesDialog  parent_instance;

  GtkAdjustment        *volume_adjustment;
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
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesDialog, volume_adjustment);
}

static void
unknot_preferences_dialog_init (UnknotPreferencesDialog *self)
{
  GApplication *app = g_application_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  if (UNKNOT_IS_APPLICATION (app))
    g_settings_bind (unknot_application_get_settings (UNKNOT_APPLICATION (app)), "sound-volume",
                     self->volume_adjustment, "value", G_SETTINGS_BIND_DEFAULT);
}
