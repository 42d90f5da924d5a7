/* unknot-routines-page.c: the routine library, searched and filtered; import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-routines-page"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-routine-page.h"
#include "unknot-file-dialogs.h"
#include "unknot-routines-page.h"
#include "unknot-safety-gate.h"
#include "unknot-window.h"

#define MAX_PROBLEMS_SHOWN 12

struct _UnknotRoutinesPage
{
  AdwBin                parent_instance;

  UnknotRoutineLibrary *library;
  GPtrArray            *load_problems;   /* UnknotProblem, the library's own */
  GtkFilterListModel   *filtered;
  GtkCustomFilter      *filter;
  GStrv                 muscle_ids;      /* muscle_dropdown's choices after "All Muscles" */
  UnknotSafetyGate      gate;            /* safety and settings set: routines hidden by the answers */
  guint                 n_hidden;        /* routines the safety answers hide */

  AdwBanner            *safety_banner;

  AdwBanner            *problems_banner;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *kind_dropdown;
  GtkDropDown          *muscle_dropdown;
  GtkStack             *stack;
  GtkListView          *list_view;
};

G_DEFINE_FINAL_TYPE (UnknotRoutinesPage, unknot_routines_page, ADW_TYPE_BIN)

static char *
casefold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized, -1);
}

static gboolean
routine_matches_text (UnknotRoutine *routine,
                      const char    *needle)
{
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;

  if (needle == NULL || *needle == '\0')
    return TRUE;

  title = casefold (routine->title);
  summary = casefold (routine->summary);
  return strstr (title, needle) != NULL || strstr (summary, needle) != NULL;
}

static gboolean
hidden_by_answers (UnknotRoutinesPage *self,
                   UnknotRoutine      *routine,
                   GPtrArray          *reasons)
{
  return self->gate.safety != NULL &&
         unknot_safety_gate_verdict (&self->gate, routine, reasons) == UNKNOT_SAFETY_BLOCKED;
}

static gboolean
filter_entry_cb (gpointer item,
                 gpointer user_data)
{
  UnknotRoutinesPage *self = user_data;
  UnknotRoutine *routine = unknot_routine_entry_get_routine (UNKNOT_ROUTINE_ENTRY (item));
  g_autofree char *needle = casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  guint muscle = gtk_drop_down_get_selected (self->muscle_dropdown);

  if (hidden_by_answers (self, routine, NULL))
    return FALSE;
  /* choice 0 is "All", then the kinds in the format's order */
  if (kind != 0 && kind != GTK_INVALID_LIST_POSITION && routine->kind != (UnknotRoutineKind) (kind - 1))
    return FALSE;
  if (muscle != 0 && muscle != GTK_INVALID_LIST_POSITION && self->muscle_ids != NULL &&
      muscle - 1 < g_strv_length (self->muscle_ids) &&
      !g_strv_contains ((const char * const *) routine->target_muscles, self->muscle_ids[muscle - 1]))
    return FALSE;

  return routine_matches_text (routine, needle);
}

static void
update_stack (UnknotRoutinesPage *self)
{
  gboolean empty = self->filtered == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static void
filters_changed_cb (UnknotRoutinesPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

/* The muscles that bundled or user routines work on, as the anatomy names them */
static void
fill_muscle_dropdown (UnknotRoutinesPage *self)
{
  UnknotAnatomy *anatomy = unknot_routine_library_get_anatomy (self->library);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
  GListModel *routines = G_LIST_MODEL (self->library);

  gtk_string_list_append (names, _("All Muscles"));
  for (guint i = 0; anatomy != NULL && i < anatomy->muscles->len; i++)
    {
      const UnknotMuscle *muscle = g_ptr_array_index (anatomy->muscles, i);
      gboolean used = FALSE;

      for (guint j = 0; !used && j < g_list_model_get_n_items (routines); j++)
        {
          g_autoptr (UnknotRoutineEntry) entry = g_list_model_get_item (routines, j);

          used = g_strv_contains ((const char * const *) unknot_routine_entry_get_routine (entry)->target_muscles,
                                  muscle->id);
        }
      if (used)
        {
          gtk_string_list_append (names, muscle->name);
          g_strv_builder_add (ids, muscle->id);
        }
    }

  g_clear_pointer (&self->muscle_ids, g_strfreev);
  unknot_safety_gate_clear (&self->gate);
  self->muscle_ids = g_strv_builder_end (ids);
  gtk_drop_down_set_model (self->muscle_dropdown, G_LIST_MODEL (names));
}

static void
filtered_items_changed_cb (UnknotRoutinesPage *self)
{
  update_stack (self);
}

/* "Line 3, column 9: $.id: …", one per line, at most MAX_PROBLEMS_SHOWN */
static char *
format_problems (GPtrArray *problems)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < MIN (problems->len, MAX_PROBLEMS_SHOWN); i++)
    {
      const UnknotProblem *problem = g_ptr_array_index (problems, i);

      if (text->len > 0)
        g_string_append (text, "\n\n");
      if (problem->line > 0)
        /* Translators: where a problem is in a file, before the problem itself */
        g_string_append_printf (text, _("Line %u, column %u"), problem->line, problem->column);
      else
        g_string_append (text, problem->file);
      if (problem->path != NULL)
        g_string_append_printf (text, " (%s)", problem->path);
      g_string_append_printf (text, ": %s", problem->message);
    }
  if (problems->len > MAX_PROBLEMS_SHOWN)
    {
      guint more = problems->len - MAX_PROBLEMS_SHOWN;
      g_string_append (text, "\n\n");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "And %u more problem.", "And %u more problems.", more),
                              more);
    }

  return g_string_free (text, FALSE);
}

static void
show_problems (UnknotRoutinesPage *self,
               const char         *heading,
               const char         *body,
               GPtrArray          *problems)
{
  g_autofree char *details = format_problems (problems);
  AdwDialog *dialog = adw_alert_dialog_new (heading, body);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *label = gtk_label_new (details);

  /* problems can be many and long: they scroll, and can be selected to copy */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), scrolled);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));

  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
problems_banner_button_clicked_cb (UnknotRoutinesPage *self)
{
  g_autofree char *folder = g_file_get_parse_name (unknot_routine_library_get_user_folder (self->library));
  g_autofree char *body = g_strdup_printf (_("These files in %s are not listed. Fix them, or remove them "
                                             "from the folder."), folder);

  show_problems (self, _("Broken Routine Files"), body, self->load_problems);
}

static void
open_release_page (UnknotRoutinesPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "app.show-page", "s", "release");
}

/* How many routines the safety answers hide, on the banner */
static void
update_safety_banner (UnknotRoutinesPage *self)
{
  self->n_hidden = 0;
  for (guint i = 0; self->library != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->library)); i++)
    {
      g_autoptr(UnknotRoutineEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->library), i);

      self->n_hidden += hidden_by_answers (self, unknot_routine_entry_get_routine (entry), NULL);
    }

  if (self->n_hidden > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u routine is hidden because of your safety answers",
                                                             "%u routines are hidden because of your safety answers",
                                                             self->n_hidden),
                                                self->n_hidden);

      adw_banner_set_title (self->safety_banner, title);
    }
  adw_banner_set_revealed (self->safety_banner, self->n_hidden > 0);
}

static void
safety_answers_changed_cb (UnknotRoutinesPage *self)
{
  update_safety_banner (self);
  filters_changed_cb (self);
}

/* Which routines are hidden, and why */
static void
safety_banner_button_clicked_cb (UnknotRoutinesPage *self)
{
  g_autoptr(GPtrArray) reasons = g_ptr_array_new ();
  g_autoptr(GString) body = g_string_new (_("Because of your answers in the safety check, Unknot does not guide these routines:"));
  g_autoptr(GString) topics = g_string_new (NULL);
  AdwDialog *dialog;

  g_string_append_c (body, '\n');
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->library)); i++)
    {
      g_autoptr(UnknotRoutineEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->library), i);
      UnknotRoutine *routine = unknot_routine_entry_get_routine (entry);

      if (hidden_by_answers (self, routine, reasons))
        g_string_append_printf (body, "\n• %s", routine->title);
    }
  for (guint i = 0; i < reasons->len; i++)
    {
      const UnknotSafetyQuestion *question = g_ptr_array_index (reasons, i);
      g_autofree char *line = g_strdup_printf ("\n• %s", question->topic);

      if (strstr (topics->str, line) == NULL)
        g_string_append (topics, line);
    }
  /* Translators: followed by the topics of the answers, one per line */
  g_string_append_printf (body, "\n\n%s%s", _("The answers that hide them:"), topics->str);
  g_string_append_printf (body, "\n\n%s", _("Stretches and breathing without pressure on the belly or groin stay open to you. Your answers can be changed on the Release page."));

  dialog = adw_alert_dialog_new (_("Hidden Routines"), body->str);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "close", _("_Close"),
                                  "release", _("_Open Release Page"),
                                  NULL);
  g_signal_connect_swapped (dialog, "response::release", G_CALLBACK (open_release_page), self);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
add_toast (UnknotRoutinesPage *self,
           AdwToast           *toast)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), UNKNOT_TYPE_WINDOW);

  if (window != NULL)
    unknot_window_add_toast (UNKNOT_WINDOW (window), toast);
}

/**
 * unknot_routines_page_import_file:
 *
 * Imports a routine file the user chose: it is checked first, its problems are shown in
 * a dialog, and a good file is copied into the user's routines.
 */
void
unknot_routines_page_import_file (UnknotRoutinesPage *self,
                                  GFile              *file)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  g_autoptr (GError) error = NULL;
  UnknotRoutineEntry *entry;

  g_return_if_fail (UNKNOT_IS_ROUTINES_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  entry = unknot_routine_library_import (self->library, file, problems, &error);
  if (entry == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      /* the file's name, of any length, goes in the body: a heading does not wrap */
      const char *heading = _("Routine Not Imported");

      if (problems->len > 0)
        {
          g_autofree char *body = g_strdup_printf (_("Unknot checks every routine before using it, and “%s” has "
                                                     "problems. Nothing was imported."), name);

          show_problems (self, heading, body, problems);
        }
      else
        {
          g_autofree char *body = NULL;
          AdwDialog *dialog;

          /* a folder that cannot be written is said plainly, not in the system's words */
          if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY) ||
              g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
            body = g_strdup_printf (_("“%s” could not be saved: Unknot cannot write to its folder."), name);
          else
            body = g_strdup_printf ("“%s”: %s", name, error->message);
          dialog = adw_alert_dialog_new (heading, body);

          adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
          adw_dialog_present (dialog, GTK_WIDGET (self));
        }
      return;
    }

  {
    g_autofree char *title = g_strdup_printf (_("Imported “%s”"), unknot_routine_entry_get_title (entry));
    add_toast (self, adw_toast_new (title));
  }
}

static void
import_dialog_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr (UnknotRoutinesPage) self = user_data;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;

  file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error);
  if (file != NULL)
    unknot_routines_page_import_file (self, file);
}

static void
unknot_routines_page_import_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  UnknotRoutinesPage *self = UNKNOT_ROUTINES_PAGE (widget);
  g_autoptr (GtkFileDialog) dialog = unknot_json_open_dialog_new (_("Import a Routine"), _("Routine Files"));

  gtk_file_dialog_open (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), NULL,
                        import_dialog_done_cb, g_object_ref (self));
}

/**
 * unknot_routines_page_open_routine:
 *
 * Shows the routine's details on a page of its own.
 *
 * Returns: (transfer none): that page
 */
UnknotRoutinePage *
unknot_routines_page_open_routine (UnknotRoutinesPage *self,
                                   UnknotRoutineEntry *entry)
{
  GtkWidget *navigation_view;
  UnknotRoutinePage *page;

  g_return_val_if_fail (UNKNOT_IS_ROUTINES_PAGE (self), NULL);
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ENTRY (entry), NULL);

  navigation_view = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_NAVIGATION_VIEW);
  g_return_val_if_fail (navigation_view != NULL, NULL);

  page = unknot_routine_page_new (self->library, entry);
  adw_navigation_view_push (ADW_NAVIGATION_VIEW (navigation_view), ADW_NAVIGATION_PAGE (page));
  return page;
}

static void
list_view_activate_cb (UnknotRoutinesPage *self,
                       guint               position)
{
  g_autoptr (UnknotRoutineEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (entry != NULL)
    unknot_routines_page_open_routine (self, entry);
}

/**
 * unknot_routines_page_set_library:
 * @load_problems: (element-type UnknotProblem): the user's files the library left out
 */
void
unknot_routines_page_set_library (UnknotRoutinesPage   *self,
                                  UnknotRoutineLibrary *library,
                                  GPtrArray            *load_problems)
{
  g_autoptr (GtkNoSelection) selection = NULL;

  g_return_if_fail (UNKNOT_IS_ROUTINES_PAGE (self));
  g_return_if_fail (UNKNOT_IS_ROUTINE_LIBRARY (library));

  g_set_object (&self->library, library);
  g_clear_pointer (&self->load_problems, g_ptr_array_unref);
  self->load_problems = load_problems != NULL ? g_ptr_array_ref (load_problems) : NULL;

  fill_muscle_dropdown (self);
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (library));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  update_stack (self);

  if (self->load_problems != NULL && self->load_problems->len > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u problem in your routine files",
                                                             "%u problems in your routine files",
                                                             self->load_problems->len),
                                                self->load_problems->len);
      adw_banner_set_title (self->problems_banner, title);
      adw_banner_set_revealed (self->problems_banner, TRUE);
    }
}

/**
 * unknot_routines_page_set_safety:
 * @safety: the safety screen's content
 * @settings: where the safety answers are kept
 *
 * Hides the routines that the safety answers rule out, with a banner that says so.
 */
void
unknot_routines_page_set_safety (UnknotRoutinesPage *self,
                                 UnknotSafety       *safety,
                                 GSettings          *settings)
{
  g_return_if_fail (UNKNOT_IS_ROUTINES_PAGE (self));
  g_return_if_fail (safety != NULL);
  g_return_if_fail (G_IS_SETTINGS (settings));

  if (self->gate.settings != NULL)
    g_signal_handlers_disconnect_by_func (self->gate.settings, safety_answers_changed_cb, self);
  unknot_safety_gate_clear (&self->gate);
  self->gate.safety = unknot_safety_ref (safety);
  self->gate.settings = g_object_ref (settings);
  /* the store writes the time with the answers: one signal for both */
  g_signal_connect_object (settings, "changed::safety-answered-at", G_CALLBACK (safety_answers_changed_cb), self,
                           G_CONNECT_SWAPPED);
  safety_answers_changed_cb (self);
}

/**
 * unknot_routines_page_get_shown:
 *
 * Returns: (transfer none): the entries the list shows, after search and filters
 */
GListModel *
unknot_routines_page_get_shown (UnknotRoutinesPage *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINES_PAGE (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

void
unknot_routines_page_set_search (UnknotRoutinesPage *self,
                                 const char         *text)
{
  g_return_if_fail (UNKNOT_IS_ROUTINES_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  filters_changed_cb (self);
}

/**
 * unknot_routines_page_set_kind:
 * @kind: an #UnknotRoutineKind, or -1 for all
 */
void
unknot_routines_page_set_kind (UnknotRoutinesPage *self,
                               int                 kind)
{
  g_return_if_fail (UNKNOT_IS_ROUTINES_PAGE (self));

  gtk_drop_down_set_selected (self->kind_dropdown, kind < 0 ? 0 : (guint) kind + 1);
}

static void
unknot_routines_page_dispose (GObject *object)
{
  UnknotRoutinesPage *self = UNKNOT_ROUTINES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_ROUTINES_PAGE);
  g_clear_object (&self->filtered);

  G_OBJECT_CLASS (unknot_routines_page_parent_class)->dispose (object);
}

static void
unknot_routines_page_finalize (GObject *object)
{
  UnknotRoutinesPage *self = UNKNOT_ROUTINES_PAGE (object);

  g_clear_object (&self->library);
  g_clear_pointer (&self->load_problems, g_ptr_array_unref);
  g_clear_pointer (&self->muscle_ids, g_strfreev);
  unknot_safety_gate_clear (&self->gate);

  G_OBJECT_CLASS (unknot_routines_page_parent_class)->finalize (object);
}

static void
unknot_routines_page_class_init (UnknotRoutinesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_routines_page_dispose;
  object_class->finalize = unknot_routines_page_finalize;

  g_type_ensure (UNKNOT_TYPE_ROUTINE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/unknot-routines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinesPage, problems_banner);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinesPage, safety_banner);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinesPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinesPage, muscle_dropdown);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinesPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, problems_banner_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, safety_banner_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "routines.import", NULL, unknot_routines_page_import_action);
}

/* A filter's choice shown in its button ellipsized, so that the two filters share a
 * phone-sized window in any language; the list that opens shows each choice whole. */
static GtkListItemFactory *
string_item_factory (gboolean ellipsize)
{
  g_autofree char *ui = g_strdup_printf (
    "<interface><template class=\"GtkListItem\"><property name=\"child\">"
    "<object class=\"GtkLabel\"><property name=\"xalign\">0</property>"
    "<property name=\"ellipsize\">%s</property>"
    "<binding name=\"label\"><lookup name=\"string\" type=\"GtkStringObject\">"
    "<lookup name=\"item\">GtkListItem</lookup></lookup></binding>"
    "</object></property></template></interface>", ellipsize ? "end" : "none");
  gsize length = strlen (ui);
  g_autoptr (GBytes) bytes = g_bytes_new_take (g_steal_pointer (&ui), length);

  return gtk_builder_list_item_factory_new_from_bytes (NULL, bytes);
}

static void
ellipsize_choice (GtkDropDown *dropdown)
{
  g_autoptr (GtkListItemFactory) button = string_item_factory (TRUE);
  g_autoptr (GtkListItemFactory) list = string_item_factory (FALSE);

  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}

static void
unknot_routines_page_init (UnknotRoutinesPage *self)
{
  /* the filter is made before the template so the template's signals may reach it */
  self->filter = gtk_custom_filter_new (filter_entry_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (filtered_items_changed_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_widget_init_template (GTK_WIDGET (self));
  ellipsize_choice (self->kind_dropdown);
  ellipsize_choice (self->muscle_dropdown);
}
