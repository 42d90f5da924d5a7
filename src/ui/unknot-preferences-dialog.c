/* unknot-preferences-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-application.h"
#include "unknot-preferences-dialog.h"
#include "unknot-practice-page.h"
#include "unknot-your-data-page.h"

/* Each switch is bound in the template to an application action made from its GSettings
 * key (g_settings_create_action), and the volume straight to its key, so the dialog holds
 * no state of its own. */
struct _UnknotPreferencesDialog
{
  AdwPreferencesDialog  parent_instance;

  GtkAdjustment        *volume_adjustment;
  AdwActionRow         *voice_row;
  AdwActionRow         *volume_row;
  UnknotYourDataPage   *your_data_page;
  UnknotPracticePage   *practice_page;
};

G_DEFINE_FINAL_TYPE (UnknotPreferencesDialog, unknot_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

/* The voice row says why there is no voice, once that is known: built without speech
 * support, or no speech service answered when the voice was turned on. */
static void
speaker_reason_cb (UnknotSpeaker           *speaker,
                   GParamSpec              *pspec,
                   UnknotPreferencesDialog *self)
{
  const char *reason = unknot_speaker_get_available (speaker) ? NULL
                                                                : unknot_speaker_get_unavailable_reason (speaker);

  adw_action_row_set_subtitle (self->voice_row,
                               reason != NULL ? reason : _("Step titles and the routine’s prompts, read aloud"));
}

/* Without a sound device, the volume row says so. */
static void
cue_player_reason_cb (UnknotCuePlayer         *player,
                      GParamSpec              *pspec,
                      UnknotPreferencesDialog *self)
{
  adw_action_row_set_subtitle (self->volume_row, unknot_cue_player_get_available (player)
                                                 ? NULL : unknot_cue_player_get_unavailable_reason (player));
}

static void
reminders_status_cb (UnknotReminders         *reminders,
                     GParamSpec              *pspec,
                     UnknotPreferencesDialog *self)
{
  unknot_practice_page_set_status (self->practice_page, unknot_reminders_get_status (reminders));
}

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
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesDialog, voice_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesDialog, volume_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesDialog, your_data_page);
  gtk_widget_class_bind_template_child (widget_class, UnknotPreferencesDialog, practice_page);

  g_type_ensure (UNKNOT_TYPE_YOUR_DATA_PAGE);
  g_type_ensure (UNKNOT_TYPE_PRACTICE_PAGE);
}

static void
unknot_preferences_dialog_init (UnknotPreferencesDialog *self)
{
  GApplication *app = g_application_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  if (UNKNOT_IS_APPLICATION (app))
    {
      UnknotAnnouncer *announcer = unknot_application_get_announcer (UNKNOT_APPLICATION (app));
      UnknotSpeaker *speaker = unknot_announcer_get_speaker (announcer);
      UnknotCuePlayer *player = unknot_announcer_get_player (announcer);

      UnknotReminders *reminders = unknot_application_get_reminders (UNKNOT_APPLICATION (app));

      unknot_practice_page_setup (self->practice_page, unknot_application_get_settings (UNKNOT_APPLICATION (app)),
                                  unknot_application_get_library (UNKNOT_APPLICATION (app)));
      if (reminders != NULL)
        {
          g_signal_connect_object (reminders, "notify::status", G_CALLBACK (reminders_status_cb), self, G_CONNECT_DEFAULT);
          reminders_status_cb (reminders, NULL, self);
        }
      unknot_your_data_page_set_history (self->your_data_page,
                                         unknot_application_get_history (UNKNOT_APPLICATION (app)),
                                         unknot_application_get_settings (UNKNOT_APPLICATION (app)));
      g_settings_bind (unknot_application_get_settings (UNKNOT_APPLICATION (app)), "sound-volume",
                       self->volume_adjustment, "value", G_SETTINGS_BIND_DEFAULT);
      g_signal_connect_object (player, "notify::available", G_CALLBACK (cue_player_reason_cb),
                               self, G_CONNECT_DEFAULT);
      cue_player_reason_cb (player, NULL, self);
      if (speaker != NULL)
        {
          g_signal_connect_object (speaker, "notify::unavailable-reason", G_CALLBACK (speaker_reason_cb),
                                   self, G_CONNECT_DEFAULT);
          g_signal_connect_object (speaker, "notify::available", G_CALLBACK (speaker_reason_cb),
                                   self, G_CONNECT_DEFAULT);
          speaker_reason_cb (speaker, NULL, self);
        }
    }
}
