/* unknot-practice-page.c: the plan and the reminders, in the preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here is a setting: the plan's three routines, and when to remind. The
 * reminders themselves run in the application (unknot-reminders.c), which hands this
 * page a line to show under the switch ("Next reminder at 18:00").
 */

#define G_LOG_DOMAIN "unknot-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-practice-page.h"
#include "unknot-reminder-schedule.h"

struct _UnknotPracticePage
{
  AdwPreferencesPage    parent_instance;

  AdwComboRow          *release_row;
  AdwComboRow          *stretch_row;
  AdwComboRow          *lighter_row;
  AdwPreferencesGroup  *reminders_group;
  AdwSwitchRow         *enabled_row;
  GtkWidget            *days_row;
  GtkBox               *days_box;
  AdwActionRow         *add_time_row;

  GSettings            *settings;
  UnknotRoutineLibrary *library;
  GPtrArray            *plan_ids[3];  /* the routine ids behind each combo row's titles */
  GPtrArray            *time_rows;
  gboolean              writing;      /* the page itself is changing the settings */
};

G_DEFINE_FINAL_TYPE (UnknotPracticePage, unknot_practice_page, ADW_TYPE_PREFERENCES_PAGE)

static const char * const plan_keys[] = { "plan-release", "plan-stretch", "plan-lighter" };
static const char * const day_names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

static AdwComboRow *
plan_row (UnknotPracticePage *self,
          guint               index)
{
  AdwComboRow *rows[] = { self->release_row, self->stretch_row, self->lighter_row };

  return rows[index];
}

/* Releases for the first row; any routine without pressure for the others */
static gboolean
fits_plan (UnknotRoutine *routine,
           guint          index)
{
  return (routine->kind == UNKNOT_ROUTINE_KIND_RELEASE) == (index == 0);
}

static void
plan_selected_cb (AdwComboRow        *row,
                  GParamSpec         *pspec,
                  UnknotPracticePage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (plan_keys); i++)
    {
      guint selected = adw_combo_row_get_selected (row);

      if (plan_row (self, i) != row || selected >= self->plan_ids[i]->len)
        continue;
      self->writing = TRUE;
      g_settings_set_string (self->settings, plan_keys[i], g_ptr_array_index (self->plan_ids[i], selected));
      self->writing = FALSE;
    }
}

static void
fill_plan_rows (UnknotPracticePage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (plan_keys); i++)
    {
      AdwComboRow *row = plan_row (self, i);
      g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
      g_autofree char *chosen = g_settings_get_string (self->settings, plan_keys[i]);
      guint selected = GTK_INVALID_LIST_POSITION;

      g_ptr_array_set_size (self->plan_ids[i], 0);
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (self->library)); j++)
        {
          g_autoptr(UnknotRoutineEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->library), j);

          if (!fits_plan (unknot_routine_entry_get_routine (entry), i))
            continue;
          if (g_strcmp0 (unknot_routine_entry_get_id (entry), chosen) == 0)
            selected = self->plan_ids[i]->len;
          g_ptr_array_add (self->plan_ids[i], g_strdup (unknot_routine_entry_get_id (entry)));
          gtk_string_list_append (titles, unknot_routine_entry_get_title (entry));
        }

      g_signal_handlers_block_by_func (row, plan_selected_cb, self);
      adw_combo_row_set_model (row, G_LIST_MODEL (titles));
      adw_combo_row_set_selected (row, selected);
      g_signal_handlers_unblock_by_func (row, plan_selected_cb, self);
    }
}

/* Days */

static void
day_toggled_cb (GtkToggleButton    *button,
                UnknotPracticePage *self)
{
  g_autoptr(GStrvBuilder) days = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;
  guint i = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->days_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child)))
      g_strv_builder_add (days, day_names[i]);
  list = g_strv_builder_end (days);

  self->writing = TRUE;
  g_settings_set_strv (self->settings, "reminder-days", (const char * const *) list);
  self->writing = FALSE;
}

static void
fill_days (UnknotPracticePage *self)
{
  g_auto(GStrv) days = g_settings_get_strv (self->settings, "reminder-days");
  /* a Monday, to name the days in the user's language */
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2024, 1, 1, 12, 0, 0);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->days_box))) != NULL)
    gtk_box_remove (self->days_box, child);

  for (guint i = 0; i < G_N_ELEMENTS (day_names); i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (monday, i);
      g_autofree char *short_name = g_date_time_format (day, "%a");
      g_autofree char *long_name = g_date_time_format (day, "%A");
      GtkWidget *button = gtk_toggle_button_new_with_label (short_name);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), g_strv_contains ((const char * const *) days, day_names[i]));
      gtk_widget_set_tooltip_text (button, long_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, long_name, -1);
      /* not labelled by the short name it shows, which screen readers would take instead */
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      g_signal_connect_object (button, "toggled", G_CALLBACK (day_toggled_cb), self, G_CONNECT_DEFAULT);
      gtk_box_append (self->days_box, button);
    }
}

/* Times */

static void
write_times (UnknotPracticePage *self)
{
  g_autoptr(GStrvBuilder) times = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; i < self->time_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->time_rows, i);
      GtkSpinButton *hour = g_object_get_data (G_OBJECT (row), "hour");
      GtkSpinButton *minute = g_object_get_data (G_OBJECT (row), "minute");
      g_autofree char *text = g_strdup_printf ("%02d:%02d", gtk_spin_button_get_value_as_int (hour),
                                               gtk_spin_button_get_value_as_int (minute));

      g_strv_builder_add (times, text);
    }
  list = g_strv_builder_end (times);

  self->writing = TRUE;
  g_settings_set_strv (self->settings, "reminder-times", (const char * const *) list);
  self->writing = FALSE;
}

static void
time_changed_cb (GtkSpinButton      *spin,
                 UnknotPracticePage *self)
{
  write_times (self);
}

/* Two digits, as a clock shows them */
static gboolean
spin_output_cb (GtkSpinButton *spin,
                gpointer       user_data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
remove_time_cb (GtkButton          *button,
                UnknotPracticePage *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);

  g_ptr_array_remove (self->time_rows, row);
  adw_preferences_group_remove (self->reminders_group, row);
  write_times (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_time_row), self->time_rows->len < UNKNOT_REMINDER_MAX_TIMES);
}

static GtkWidget *
new_spin (int         max,
          int         value,
          const char *label)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, 1);

  gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (spin), GTK_ORIENTATION_VERTICAL);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect (spin, "output", G_CALLBACK (spin_output_cb), NULL);
  spin_output_cb (GTK_SPIN_BUTTON (spin), NULL);
  return spin;
}

static void
add_time_row (UnknotPracticePage *self,
              int                 hour,
              int                 minute)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *hour_spin = new_spin (23, hour, _("Hour"));
  GtkWidget *minute_spin = new_spin (59, minute, _("Minute"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), C_("reminder", "Time"));
  gtk_box_append (GTK_BOX (box), hour_spin);
  gtk_box_append (GTK_BOX (box), gtk_label_new (":"));
  gtk_box_append (GTK_BOX (box), minute_spin);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove This Time"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove This Time"), -1);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_time_cb), self, G_CONNECT_DEFAULT);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  g_object_set_data (G_OBJECT (row), "hour", hour_spin);
  g_object_set_data (G_OBJECT (row), "minute", minute_spin);
  g_signal_connect_object (hour_spin, "value-changed", G_CALLBACK (time_changed_cb), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (minute_spin, "value-changed", G_CALLBACK (time_changed_cb), self, G_CONNECT_DEFAULT);

  /* the "Add a Time" row stays last */
  g_object_ref (self->add_time_row);
  adw_preferences_group_remove (self->reminders_group, GTK_WIDGET (self->add_time_row));
  adw_preferences_group_add (self->reminders_group, row);
  adw_preferences_group_add (self->reminders_group, GTK_WIDGET (self->add_time_row));
  g_object_unref (self->add_time_row);
  g_ptr_array_add (self->time_rows, row);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_time_row), self->time_rows->len < UNKNOT_REMINDER_MAX_TIMES);
}

static void
fill_times (UnknotPracticePage *self)
{
  g_auto(GStrv) times = g_settings_get_strv (self->settings, "reminder-times");

  for (guint i = 0; i < self->time_rows->len; i++)
    adw_preferences_group_remove (self->reminders_group, g_ptr_array_index (self->time_rows, i));
  g_ptr_array_set_size (self->time_rows, 0);

  for (guint i = 0; times[i] != NULL && i < UNKNOT_REMINDER_MAX_TIMES; i++)
    {
      int hour, minute;

      if (sscanf (times[i], "%d:%d", &hour, &minute) == 2 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60)
        add_time_row (self, hour, minute);
    }
}

static void
add_time_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  UnknotPracticePage *self = UNKNOT_PRACTICE_PAGE (widget);
  int hour = 18;

  /* an hour after the last, or six in the evening */
  if (self->time_rows->len > 0)
    {
      GtkWidget *last = g_ptr_array_index (self->time_rows, self->time_rows->len - 1);

      hour = (gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (last), "hour")) + 1) % 24;
    }
  add_time_row (self, hour, 0);
  write_times (self);
}

static void
update_sensitivity (UnknotPracticePage *self)
{
  gboolean enabled = adw_switch_row_get_active (self->enabled_row);

  gtk_widget_set_sensitive (self->days_row, enabled);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_time_row), enabled && self->time_rows->len < UNKNOT_REMINDER_MAX_TIMES);
  for (guint i = 0; i < self->time_rows->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->time_rows, i), enabled);
}

static void
settings_changed_cb (GSettings          *settings,
                     const char         *key,
                     UnknotPracticePage *self)
{
  if (self->writing)
    return;
  if (g_str_has_prefix (key, "plan-"))
    fill_plan_rows (self);
  else if (g_strcmp0 (key, "reminder-days") == 0)
    fill_days (self);
  else if (g_strcmp0 (key, "reminder-times") == 0)
    fill_times (self);
  update_sensitivity (self);
}

static void
enabled_cb (AdwSwitchRow       *row,
            GParamSpec         *pspec,
            UnknotPracticePage *self)
{
  update_sensitivity (self);
}

/**
 * unknot_practice_page_setup:
 * @library: the routines the plan chooses from
 */
void
unknot_practice_page_setup (UnknotPracticePage   *self,
                            GSettings            *settings,
                            UnknotRoutineLibrary *library)
{
  g_return_if_fail (UNKNOT_IS_PRACTICE_PAGE (self));
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (UNKNOT_IS_ROUTINE_LIBRARY (library));

  g_set_object (&self->settings, settings);
  g_set_object (&self->library, library);

  g_settings_bind (settings, "reminders-enabled", self->enabled_row, "active", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed", G_CALLBACK (settings_changed_cb), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (library, "items-changed", G_CALLBACK (fill_plan_rows), self, G_CONNECT_SWAPPED);
  fill_plan_rows (self);
  fill_days (self);
  fill_times (self);
  update_sensitivity (self);
}

/**
 * unknot_practice_page_set_status:
 * @status: (nullable): what the reminders are doing, such as "Next reminder at 18:00"
 */
void
unknot_practice_page_set_status (UnknotPracticePage *self,
                                 const char         *status)
{
  g_return_if_fail (UNKNOT_IS_PRACTICE_PAGE (self));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->enabled_row), status != NULL ? status : "");
}

static void
unknot_practice_page_dispose (GObject *object)
{
  UnknotPracticePage *self = UNKNOT_PRACTICE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_PRACTICE_PAGE);
  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  for (guint i = 0; i < G_N_ELEMENTS (self->plan_ids); i++)
    g_clear_pointer (&self->plan_ids[i], g_ptr_array_unref);
  g_clear_pointer (&self->time_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (unknot_practice_page_parent_class)->dispose (object);
}

static void
unknot_practice_page_class_init (UnknotPracticePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_practice_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/unknot-practice-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotPracticePage, release_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotPracticePage, stretch_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotPracticePage, lighter_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotPracticePage, reminders_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotPracticePage, enabled_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotPracticePage, days_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotPracticePage, days_box);
  gtk_widget_class_bind_template_child (widget_class, UnknotPracticePage, add_time_row);
  gtk_widget_class_bind_template_callback (widget_class, plan_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, enabled_cb);

  gtk_widget_class_install_action (widget_class, "practice.add-time", NULL, add_time_action);
}

static void
unknot_practice_page_init (UnknotPracticePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (self->plan_ids); i++)
    self->plan_ids[i] = g_ptr_array_new_with_free_func (g_free);
  /* rows belong to the group; the array only points at them */
  self->time_rows = g_ptr_array_new ();
}
