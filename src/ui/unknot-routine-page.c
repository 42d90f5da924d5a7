/* unknot-routine-page.c: one routine's details, steps and sources; save a copy, remove
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-routine-page"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-application.h"
#include "unknot-player-page.h"
#include "unknot-routine-page.h"
#include "unknot-window.h"

struct _UnknotRoutinePage
{
  AdwNavigationPage     parent_instance;

  UnknotRoutineLibrary *library;
  UnknotRoutineEntry   *entry;

  GtkWidget            *remove_button;
  AdwPreferencesGroup  *about_group;
  AdwActionRow         *details_row;
  AdwActionRow         *timed_row;
  AdwActionRow         *equipment_row;
  AdwActionRow         *targets_row;
  AdwPreferencesGroup  *steps_group;
  AdwPreferencesGroup  *sources_group;
  AdwActionRow         *author_row;
  AdwBanner            *safety_banner;
};

G_DEFINE_FINAL_TYPE (UnknotRoutinePage, unknot_routine_page, ADW_TYPE_NAVIGATION_PAGE)

/**
 * unknot_routine_page_get_entry:
 *
 * Returns: (transfer none): the routine shown
 */
UnknotRoutineEntry *
unknot_routine_page_get_entry (UnknotRoutinePage *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_PAGE (self), NULL);

  return self->entry;
}

static void
add_toast (UnknotRoutinePage *self,
           AdwToast          *toast)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), UNKNOT_TYPE_WINDOW);

  if (window != NULL)
    unknot_window_add_toast (UNKNOT_WINDOW (window), toast);
}

/* The names the anatomy gives the routine's muscles and trigger points */
static char *
describe_targets (UnknotRoutinePage *self,
                  UnknotRoutine     *routine)
{
  UnknotAnatomy *anatomy = unknot_routine_library_get_anatomy (self->library);
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
  g_auto (GStrv) list = NULL;

  for (guint i = 0; routine->target_trigger_points != NULL && routine->target_trigger_points[i] != NULL; i++)
    {
      const UnknotTriggerPoint *point = anatomy != NULL ?
        unknot_anatomy_lookup_trigger_point (anatomy, routine->target_trigger_points[i]) : NULL;
      g_strv_builder_add (names, point != NULL ? point->name : routine->target_trigger_points[i]);
    }
  for (guint i = 0; routine->target_muscles != NULL && routine->target_muscles[i] != NULL; i++)
    {
      const UnknotMuscle *muscle = anatomy != NULL ? unknot_anatomy_lookup_muscle (anatomy, routine->target_muscles[i])
                                                   : NULL;
      g_strv_builder_add (names, muscle != NULL ? muscle->name : routine->target_muscles[i]);
    }

  list = g_strv_builder_end (names);
  /* trigger points' names have commas of their own */
  return g_strjoinv (" · ", list);
}

static void
fill_steps (UnknotRoutinePage *self,
            UnknotRoutine     *routine)
{
  for (guint i = 0; i < routine->steps->len; i++)
    {
      const UnknotStep *step = g_ptr_array_index (routine->steps, i);
      g_autofree char *dose = unknot_step_describe (step);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new (number);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), step->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dose);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "numeric");
      gtk_label_set_width_chars (GTK_LABEL (label), 2);
      gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), label);

      /* Any step can start the session, to redo a part of it. */
      if (i > 0)
        {
          GtkWidget *start = gtk_button_new_from_icon_name ("media-playback-start-symbolic");
          g_autofree char *name = g_strdup_printf (_("Start From Step %u"), i + 1);

          gtk_widget_set_valign (start, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (start, "flat");
          gtk_widget_set_tooltip_text (start, _("Start Here"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (start), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          gtk_actionable_set_action_target (GTK_ACTIONABLE (start), "u", i);
          gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "routine.start-at");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), start);
        }
      adw_preferences_group_add (self->steps_group, row);
    }
}

static void
fill_sources (UnknotRoutinePage *self,
              UnknotRoutine     *routine)
{
  for (guint i = 0; i < routine->sources->len; i++)
    {
      const UnknotSource *source = g_ptr_array_index (routine->sources, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), source->citation);
      if (source->note != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), source->note);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      if (source->url != NULL)
        {
          GtkWidget *link = gtk_link_button_new (source->url);

          gtk_button_set_icon_name (GTK_BUTTON (link), "adw-external-link-symbolic");
          gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (link, source->url);
          gtk_accessible_update_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open the Source"), -1);
          /* still labelled by the address it showed before its icon replaced it, a label no
           * longer there: a screen reader would find no name at all */
          gtk_accessible_reset_relation (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
          gtk_widget_add_css_class (link, "flat");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), link);
        }
      adw_preferences_group_add (self->sources_group, row);
    }
}

/* A routine the safety answers hide says so, and does not start */
static void
update_safety (UnknotRoutinePage *self)
{
  UnknotApplication *app = UNKNOT_APPLICATION (g_application_get_default ());
  UnknotSafetyGate gate;
  gboolean hidden;

  hidden = unknot_application_get_safety_gate (app, &gate) &&
           unknot_safety_gate_verdict (&gate, unknot_routine_entry_get_routine (self->entry), NULL) == UNKNOT_SAFETY_BLOCKED;
  adw_banner_set_revealed (self->safety_banner, hidden);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routine.start", !hidden);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routine.start-at", !hidden);
}

static void
fill (UnknotRoutinePage *self)
{
  UnknotRoutine *routine = unknot_routine_entry_get_routine (self->entry);
  g_autofree char *details = unknot_routine_describe (routine);
  g_autofree char *timed = unknot_format_duration (unknot_routine_get_timed_seconds (routine));
  g_autofree char *equipment = NULL;
  g_autofree char *targets = describe_targets (self, routine);
  g_autofree char *author = g_strdup_printf ("%s · %s", routine->author, routine->license);

  adw_navigation_page_set_title (ADW_NAVIGATION_PAGE (self), routine->title);
  /* whole above its summary, too: a narrow header bar cuts a long name short */
  adw_preferences_group_set_title (self->about_group, routine->title);
  adw_preferences_group_set_description (self->about_group, routine->summary);

  adw_action_row_set_subtitle (self->details_row, details);
  adw_action_row_set_subtitle (self->timed_row, timed);
  if (routine->equipment != NULL && routine->equipment[0] != NULL)
    equipment = g_strjoinv (", ", routine->equipment);
  adw_action_row_set_subtitle (self->equipment_row, equipment != NULL ? equipment : _("None"));
  gtk_widget_set_visible (GTK_WIDGET (self->targets_row), *targets != '\0');
  adw_action_row_set_subtitle (self->targets_row, targets);
  adw_action_row_set_subtitle (self->author_row, author);

  fill_steps (self, routine);
  fill_sources (self, routine);

  gtk_widget_set_visible (self->remove_button, !unknot_routine_entry_get_bundled (self->entry));
}

/**
 * unknot_routine_page_export_to:
 *
 * Saves a copy of the routine's file at @file and says so.
 */
void
unknot_routine_page_export_to (UnknotRoutinePage *self,
                               GFile             *file)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = NULL;

  g_return_if_fail (UNKNOT_IS_ROUTINE_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (unknot_routine_library_export (self->library, self->entry, file, &error))
    title = g_strdup_printf (_("Saved a copy as “%s”"), name);
  else
    title = g_strdup_printf (_("Could not save “%s”: %s"), name, error->message);

  add_toast (self, adw_toast_new (title));
}

static void
export_dialog_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr (UnknotRoutinePage) self = user_data;
  g_autoptr (GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  if (file != NULL)
    unknot_routine_page_export_to (self, file);
}

static void
unknot_routine_page_export_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  UnknotRoutinePage *self = UNKNOT_ROUTINE_PAGE (widget);
  g_autoptr (GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autofree char *name = g_strconcat (unknot_routine_entry_get_id (self->entry), ".json", NULL);

  gtk_file_dialog_set_title (dialog, _("Save a Copy of the Routine"));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), NULL, export_dialog_done_cb,
                        g_object_ref (self));
}

typedef struct
{
  UnknotRoutineLibrary *library;
  UnknotRoutineEntry   *entry;
  gboolean              undone;
} Removal;

static void
removal_free (Removal *removal)
{
  /* the toast is gone: without an undo, the file goes for good */
  if (!removal->undone)
    unknot_routine_library_forget_removed (removal->library, removal->entry);
  g_object_unref (removal->library);
  g_object_unref (removal->entry);
  g_free (removal);
}

static void
undo_removal_cb (AdwToast *toast,
                 Removal  *removal)
{
  g_autoptr (GError) error = NULL;

  removal->undone = unknot_routine_library_undo_remove (removal->library, removal->entry, &error);
  if (!removal->undone)
    g_message ("Could not bring back the routine: %s", error->message);
}

static void
unknot_routine_page_remove_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  UnknotRoutinePage *self = UNKNOT_ROUTINE_PAGE (widget);
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *navigation_view;
  Removal *removal;
  AdwToast *toast;

  if (!unknot_routine_library_remove (self->library, self->entry, &error))
    {
      title = g_strdup_printf (_("Could not remove the routine: %s"), error->message);
      add_toast (self, adw_toast_new (title));
      return;
    }

  removal = g_new0 (Removal, 1);
  removal->library = g_object_ref (self->library);
  removal->entry = g_object_ref (self->entry);

  title = g_strdup_printf (_("Removed “%s”"), unknot_routine_entry_get_title (self->entry));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_removal_cb), removal);
  g_object_set_data_full (G_OBJECT (toast), "unknot-removal", removal, (GDestroyNotify) removal_free);
  add_toast (self, toast);

  navigation_view = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_NAVIGATION_VIEW);
  if (navigation_view != NULL)
    adw_navigation_view_pop (ADW_NAVIGATION_VIEW (navigation_view));
}

static void
push_player (UnknotRoutinePage *self,
             guint              first_step)
{
  GtkWidget *navigation_view = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_NAVIGATION_VIEW);
  UnknotApplication *app = UNKNOT_APPLICATION (g_application_get_default ());
  UnknotPlayerPage *player;

  if (navigation_view == NULL)
    return;

  player = unknot_player_page_new (unknot_routine_entry_get_routine (self->entry),
                                   unknot_routine_library_get_breathing_patterns (self->library),
                                   unknot_application_get_clock (app),
                                   first_step, UNKNOT_SIDE_BOTH);
  adw_navigation_view_push (ADW_NAVIGATION_VIEW (navigation_view), ADW_NAVIGATION_PAGE (player));
}

static void
gate_checked_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      first_step)
{
  UnknotRoutinePage *self = UNKNOT_ROUTINE_PAGE (source);

  update_safety (self);
  if (unknot_safety_gate_check_finish (result))
    push_player (self, GPOINTER_TO_UINT (first_step));
}

/**
 * unknot_routine_page_start:
 * @first_step: the step to begin with, 0 for the whole routine
 *
 * Plays the routine: pushes the player after this page, once what must be asked
 * first is answered (the safety check when it is due, a caution notice, the pacing
 * of pressure sessions).
 */
void
unknot_routine_page_start (UnknotRoutinePage *self,
                           guint              first_step)
{
  UnknotApplication *app = UNKNOT_APPLICATION (g_application_get_default ());
  UnknotRoutine *routine;
  UnknotSafetyGate gate;

  g_return_if_fail (UNKNOT_IS_ROUTINE_PAGE (self));

  routine = unknot_routine_entry_get_routine (self->entry);
  if (first_step >= routine->steps->len)
    return;

  if (!unknot_application_get_safety_gate (app, &gate))
    {
      /* without the safety screen, only what it could not hold back may start */
      if (routine->contraindications == NULL || routine->contraindications[0] == NULL)
        push_player (self, first_step);
      return;
    }
  unknot_safety_gate_check_async (&gate, routine, GTK_WIDGET (self), gate_checked_cb, GUINT_TO_POINTER (first_step));
}

static void
unknot_routine_page_start_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  unknot_routine_page_start (UNKNOT_ROUTINE_PAGE (widget),
                             parameter != NULL ? g_variant_get_uint32 (parameter) : 0);
}

UnknotRoutinePage *
unknot_routine_page_new (UnknotRoutineLibrary *library,
                         UnknotRoutineEntry   *entry)
{
  UnknotRoutinePage *self;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE_LIBRARY (library), NULL);
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ENTRY (entry), NULL);

  self = g_object_new (UNKNOT_TYPE_ROUTINE_PAGE, NULL);
  self->library = g_object_ref (library);
  self->entry = g_object_ref (entry);
  fill (self);
  update_safety (self);
  g_signal_connect_object (unknot_application_get_settings (UNKNOT_APPLICATION (g_application_get_default ())),
                           "changed::safety-answered-at", G_CALLBACK (update_safety), self, G_CONNECT_SWAPPED);

  return self;
}

static void
unknot_routine_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), UNKNOT_TYPE_ROUTINE_PAGE);

  G_OBJECT_CLASS (unknot_routine_page_parent_class)->dispose (object);
}

static void
unknot_routine_page_finalize (GObject *object)
{
  UnknotRoutinePage *self = UNKNOT_ROUTINE_PAGE (object);

  g_clear_object (&self->library);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (unknot_routine_page_parent_class)->finalize (object);
}

static void
unknot_routine_page_class_init (UnknotRoutinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_routine_page_dispose;
  object_class->finalize = unknot_routine_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/unknot-routine-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinePage, remove_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinePage, about_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinePage, details_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinePage, timed_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinePage, equipment_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinePage, targets_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinePage, steps_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinePage, sources_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinePage, author_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinePage, safety_banner);

  gtk_widget_class_install_action (widget_class, "routine.export", NULL, unknot_routine_page_export_action);
  gtk_widget_class_install_action (widget_class, "routine.remove", NULL, unknot_routine_page_remove_action);
  gtk_widget_class_install_action (widget_class, "routine.start", NULL, unknot_routine_page_start_action);
  gtk_widget_class_install_action (widget_class, "routine.start-at", "u", unknot_routine_page_start_action);
}

static void
unknot_routine_page_init (UnknotRoutinePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
