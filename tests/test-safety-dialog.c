/* test-safety-dialog.c: the safety check's questions, answers and results, and the
 * warning signs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

/* the settings live in memory, on a backend of the test's own */
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "unknot-red-flags-dialog.h"
#include "unknot-safety-dialog.h"
#include "unknot-safety-question-row.h"
#include "unknot-safety-store.h"
#include "unknot-test-util.h"
#include "unknot-window.h"

#define TIMEOUT_MS 5000

static UnknotApplication *app;
static UnknotSafety *safety;
static GSettings *settings;   /* on a memory backend of its own */

typedef struct
{
  GtkWidget *window;
  int        width;
  int        height;
} SizeWanted;

static gboolean
window_has_size_cb (gpointer data)
{
  SizeWanted *wanted = data;

  return gtk_widget_get_width (wanted->window) == wanted->width &&
         gtk_widget_get_height (wanted->window) == wanted->height;
}

static GtkWidget *
new_window (int width,
            int height)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *content = adw_toolbar_view_new ();

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (content), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (content), adw_status_page_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), content);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped, window, TIMEOUT_MS));
  unknot_test_run_main_loop (50);

  return window;
}

/* An application window whose content is exactly this size, as the dialogs' parent. On a
 * display without a compositor GTK takes the room for the window's frame from the default
 * size: the first window measures how much. */
static GtkWindow *
open_window (int width,
             int height)
{
  static int frame_width = -1, frame_height = -1;
  GtkWidget *window;
  SizeWanted wanted = { NULL, width, height };

  if (frame_width < 0)
    {
      window = new_window (600, 600);
      frame_width = 600 - gtk_widget_get_width (window);
      frame_height = 600 - gtk_widget_get_height (window);
      assert_true (frame_width >= 0 && frame_width < 100 && frame_height >= 0 && frame_height < 100);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  window = new_window (width + frame_width, height + frame_height);
  wanted.window = window;
  assert_true (unknot_test_wait_until (window_has_size_cb, &wanted, TIMEOUT_MS));

  return GTK_WINDOW (window);
}

static gboolean
dialog_is_gone_cb (gpointer data)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (data)) == NULL;
}

typedef struct
{
  GtkWindow *window;
  AdwDialog *dialog;
} DialogClosing;

static gboolean
dialog_is_closed_cb (gpointer data)
{
  DialogClosing *closing = data;

  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (closing->window)) != closing->dialog;
}

/* Closes the window's dialogs, the top one first, then the window */
static void
close_window (GtkWindow *window)
{
  AdwDialog *dialog;

  while ((dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window))) != NULL)
    {
      DialogClosing closing = { window, dialog };

      adw_dialog_force_close (dialog);
      assert_true (unknot_test_wait_until (dialog_is_closed_cb, &closing, TIMEOUT_MS));
    }
  gtk_window_destroy (window);
  unknot_test_run_main_loop (20);
}

static AdwDialog *
present (AdwDialog *dialog,
         GtkWindow *window)
{
  adw_dialog_present (dialog, GTK_WIDGET (window));
  assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped, dialog, TIMEOUT_MS));
  unknot_test_run_main_loop (300);   /* the dialog's opening animation */
  return dialog;
}

static AdwDialog *
open_safety_dialog (GtkWindow *window)
{
  AdwDialog *dialog = unknot_safety_dialog_new (safety, settings);

  unknot_safety_dialog_set_routines (UNKNOT_SAFETY_DIALOG (dialog),
                                     G_LIST_MODEL (unknot_application_get_library (app)));
  return present (dialog, window);
}

/* Finding things ------------------------------------------------------------- */

static void
collect_of_type (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (g_type_is_a (G_OBJECT_TYPE (child), type))
        g_ptr_array_add (found, child);
      collect_of_type (child, type, found);
    }
}

static GPtrArray *
question_rows (AdwDialog *dialog)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_of_type (GTK_WIDGET (dialog), UNKNOT_TYPE_SAFETY_QUESTION_ROW, rows);
  return rows;
}

static GtkWidget *
button_for_action (GtkWidget  *root,
                   const char *action)
{
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

  collect_of_type (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0)
      return g_ptr_array_index (buttons, i);

  fail_msg ("no button for %s", action);
  return NULL;
}

/* The row's "Yes" or "No" button */
static GtkWidget *
answer_button (UnknotSafetyQuestionRow *row,
               gboolean                 yes)
{
  g_autoptr (GPtrArray) toggles = g_ptr_array_new ();

  collect_of_type (GTK_WIDGET (row), GTK_TYPE_TOGGLE_BUTTON, toggles);
  assert_int_equal (toggles->len, 2);
  for (guint i = 0; i < toggles->len; i++)
    if (g_str_equal (gtk_button_get_label (g_ptr_array_index (toggles, i)), yes ? "Yes" : "No"))
      return g_ptr_array_index (toggles, i);

  fail_msg ("no %s button", yes ? "Yes" : "No");
  return NULL;
}

static void
clicked_cb (GtkButton *button,
            guint     *clicks)
{
  (*clicks)++;
}

/* Activates @button as Enter or Space on it does, and waits for the click that follows the
 * button's brief pressed look */
static void
click (GtkWidget *button)
{
  guint clicks = 0;
  gulong handler = g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), &clicks);

  assert_true (gtk_widget_is_sensitive (button));
  assert_true (gtk_widget_activate (button));
  assert_true (unknot_test_wait_for_count (&clicks, 1, TIMEOUT_MS));
  g_signal_handler_disconnect (button, handler);
}

/* Answers as a click does (without the pressed look that Enter shows first) */
static void
answer (UnknotSafetyQuestionRow *row,
        gboolean                 yes)
{
  GtkWidget *button = answer_button (row, yes);

  assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  assert_int_equal (unknot_safety_question_row_get_answer (row), yes ? UNKNOT_SAFETY_ANSWER_YES : UNKNOT_SAFETY_ANSWER_NO);
}

/* Every question No, but those in @yes */
static void
answer_all (AdwDialog          *dialog,
            const char * const *yes)
{
  g_autoptr (GPtrArray) rows = question_rows (dialog);

  for (guint i = 0; i < rows->len; i++)
    {
      UnknotSafetyQuestionRow *row = g_ptr_array_index (rows, i);

      answer (row, yes != NULL && g_strv_contains (yes, unknot_safety_question_row_get_question (row)->id));
    }
}

static const char *
visible_page (AdwDialog *dialog)
{
  AdwNavigationView *view = ADW_NAVIGATION_VIEW (unknot_test_find_descendant (GTK_WIDGET (dialog),
                                                                              ADW_TYPE_NAVIGATION_VIEW));

  return adw_navigation_page_get_tag (adw_navigation_view_get_visible_page (view));
}

typedef struct
{
  AdwDialog  *dialog;
  const char *tag;
} PageWanted;

static gboolean
page_shown_cb (gpointer data)
{
  PageWanted *wanted = data;

  return g_strcmp0 (visible_page (wanted->dialog), wanted->tag) == 0;
}

static void
wait_for_page (AdwDialog  *dialog,
               const char *tag)
{
  PageWanted wanted = { dialog, tag };

  assert_true (unknot_test_wait_until (page_shown_cb, &wanted, TIMEOUT_MS));
  unknot_test_run_main_loop (400);   /* the sliding page comes to rest */
}

/* Presses the button of @action */
static void
press (AdwDialog  *dialog,
       const char *action)
{
  click (button_for_action (GTK_WIDGET (dialog), action));
}

/* The text on the dialog's visible page */
static char *
page_text (AdwDialog *dialog)
{
  AdwNavigationView *view = ADW_NAVIGATION_VIEW (unknot_test_find_descendant (GTK_WIDGET (dialog),
                                                                              ADW_TYPE_NAVIGATION_VIEW));

  return unknot_test_widget_text (GTK_WIDGET (adw_navigation_view_get_visible_page (view)));
}

static void
render (GtkWidget  *widget,
        const char *name)
{
  g_autoptr (GdkTexture) texture = NULL;

  unknot_test_run_main_loop (50);
  texture = unknot_test_render_window (widget, name);
  assert_non_null (texture);
}

static void
saved_cb (UnknotSafetyDialog  *dialog,
          UnknotSafetyAnswers *answers,
          guint               *count)
{
  assert_non_null (answers);
  (*count)++;
}

static void
show_stretches_cb (UnknotSafetyDialog *dialog,
                   guint              *count)
{
  (*count)++;
}

/* What time the answers had when they changed */
static void
answers_changed_cb (GSettings  *changed,
                    const char *key,
                    gint64     *answered_at)
{
  *answered_at = g_settings_get_int64 (changed, "safety-answered-at");
}

static void
reset_answers (void)
{
  g_settings_reset (settings, "safety-answers");
  g_settings_reset (settings, "safety-answered-at");
}

/* Tests ----------------------------------------------------------------------- */

/* No answer is given for the user; Continue waits for every question; each button says
 * which question it answers. */
static void
test_continue_waits_for_every_answer (void **unused)
{
  GtkWindow *window = open_window (1000, 800);
  AdwDialog *dialog;
  g_autoptr (GPtrArray) rows = NULL;
  GtkWidget *continue_button;

  reset_answers ();
  dialog = open_safety_dialog (window);
  assert_string_equal (visible_page (dialog), "intro");
  render (GTK_WIDGET (dialog), "safety-dialog-intro-wide");
  press (dialog, "safety.start");
  wait_for_page (dialog, "questions");

  rows = question_rows (dialog);
  assert_int_equal (rows->len, safety->questions->len);
  continue_button = button_for_action (GTK_WIDGET (dialog), "safety.continue");
  for (guint i = 0; i < rows->len; i++)
    {
      UnknotSafetyQuestionRow *row = g_ptr_array_index (rows, i);
      const UnknotSafetyQuestion *question = unknot_safety_question_row_get_question (row);
      g_autofree char *yes_name = g_strconcat ("Yes: ", question->question, NULL);
      g_autofree char *no_name = g_strconcat ("No: ", question->question, NULL);
      g_autofree char *failure = NULL;

      assert_ptr_equal (question, g_ptr_array_index (safety->questions, i));
      assert_int_equal (unknot_safety_question_row_get_answer (row), UNKNOT_SAFETY_ANSWER_NONE);
      assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (answer_button (row, TRUE))));
      assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (answer_button (row, FALSE))));
      failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (answer_button (row, TRUE)),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL, yes_name);
      if (failure != NULL)
        fail_msg ("accessible label: %s", failure);
      failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (answer_button (row, FALSE)),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL, no_name);
      if (failure != NULL)
        fail_msg ("accessible label: %s", failure);
      /* and not labelled by the "Yes" or "No" shown, which would win over that name */
      assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (answer_button (row, TRUE)),
                                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY));
      assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (answer_button (row, FALSE)),
                                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY));
      /* reachable by Tab */
      assert_true (gtk_widget_get_focusable (answer_button (row, TRUE)));
    }

  assert_false (gtk_widget_is_sensitive (continue_button));
  for (guint i = 0; i + 1 < rows->len; i++)
    {
      answer (g_ptr_array_index (rows, i), FALSE);
      assert_false (gtk_widget_is_sensitive (continue_button));
    }
  /* a changed answer is still one answer */
  answer (g_ptr_array_index (rows, 0), TRUE);
  answer (g_ptr_array_index (rows, 0), FALSE);
  assert_false (gtk_widget_is_sensitive (continue_button));
  {
    g_autofree char *text = page_text (dialog);
    g_autofree char *progress = g_strdup_printf ("%u of %u answered", rows->len - 1, rows->len);

    assert_non_null (strstr (text, progress));
  }
  answer (g_ptr_array_index (rows, rows->len - 1), FALSE);
  assert_true (gtk_widget_is_sensitive (continue_button));
  render (GTK_WIDGET (dialog), "safety-dialog-questions-wide");

  /* nothing is stored before Continue */
  assert_int_equal (g_settings_get_int64 (settings, "safety-answered-at"), 0);
  close_window (window);
}

/* All No: the answers and the time are stored, and nothing is hidden */
static void
test_all_no_is_saved (void **unused)
{
  GtkWindow *window = open_window (1000, 800);
  AdwDialog *dialog;
  g_autoptr (GVariant) stored = NULL;
  g_autoptr (UnknotSafetyAnswers) answers = NULL;
  g_autofree char *text = NULL;
  static const char * const belly[] = { "abdominal-pressure", NULL };
  gint64 before, after, time_seen = 0;
  guint saved = 0;
  gulong handler;

  reset_answers ();
  dialog = open_safety_dialog (window);
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &saved);
  press (dialog, "safety.start");
  wait_for_page (dialog, "questions");
  answer_all (dialog, NULL);

  handler = g_signal_connect (settings, "changed::safety-answers", G_CALLBACK (answers_changed_cb), &time_seen);
  before = g_get_real_time () / G_USEC_PER_SEC;
  press (dialog, "safety.continue");
  after = g_get_real_time () / G_USEC_PER_SEC;
  wait_for_page (dialog, "result");
  assert_int_equal (saved, 1);
  /* whoever watches the answers sees their new time with them */
  assert_in_range (time_seen, before, after);
  g_signal_handler_disconnect (settings, handler);

  stored = g_settings_get_value (settings, "safety-answers");
  assert_int_equal (g_variant_n_children (stored), safety->questions->len);
  for (guint i = 0; i < safety->questions->len; i++)
    {
      const UnknotSafetyQuestion *question = g_ptr_array_index (safety->questions, i);
      gboolean yes = TRUE;

      assert_true (g_variant_lookup (stored, question->id, "b", &yes));
      assert_false (yes);
    }
  assert_in_range (g_settings_get_int64 (settings, "safety-answered-at"), before, after);

  answers = unknot_safety_store_load (settings);
  assert_true (unknot_safety_answers_is_current (answers, safety, after));
  assert_int_equal (unknot_safety_evaluate (safety, answers, belly, after, NULL), UNKNOT_SAFETY_ALLOWED);

  text = page_text (dialog);
  assert_non_null (strstr (text, "Nothing in Your Answers Stands in the Way"));
  assert_null (strstr (text, safety->professional.title));
  assert_false (gtk_widget_get_visible (button_for_action (GTK_WIDGET (dialog), "safety.show-stretches")));
  render (GTK_WIDGET (dialog), "safety-dialog-clear-wide");

  press (dialog, "safety.done");
  assert_true (unknot_test_wait_until (dialog_is_gone_cb, window, TIMEOUT_MS));
  close_window (window);
}

/* One stop Yes: the releases are hidden, with why, which, the professional card and the
 * way to the stretches. Drawn wide and narrow, light and dark. */
static void
test_stop_yes_hides_releases (void **unused)
{
  static const char * const pregnant[] = { "pregnancy", NULL };
  const UnknotSafetyQuestion *pregnancy = unknot_safety_lookup_question (safety, "pregnancy");
  UnknotRoutineEntry *upper = unknot_routine_library_lookup (unknot_application_get_library (app),
                                                             "release-psoas-upper");

  reset_answers ();
  for (int dark = 0; dark <= 1; dark++)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      for (int narrow = 0; narrow <= 1; narrow++)
        {
          const char *suffix = narrow ? (dark ? "narrow-dark" : "narrow") : (dark ? "wide-dark" : "wide");
          g_autofree char *intro_name = g_strconcat ("safety-dialog-intro-", suffix, NULL);
          g_autofree char *questions_name = g_strconcat ("safety-dialog-questions-", suffix, NULL);
          g_autofree char *hidden_name = g_strconcat ("safety-dialog-hidden-", suffix, NULL);
          GtkWindow *window = narrow ? open_window (360, 640) : open_window (1000, 800);
          AdwDialog *dialog = open_safety_dialog (window);
          g_autofree char *text = NULL;

          render (GTK_WIDGET (dialog), intro_name);
          press (dialog, "safety.start");
          wait_for_page (dialog, "questions");
          answer_all (dialog, pregnant);
          render (GTK_WIDGET (dialog), questions_name);
          press (dialog, "safety.continue");
          wait_for_page (dialog, "result");
          render (GTK_WIDGET (dialog), hidden_name);

          text = page_text (dialog);
          assert_non_null (strstr (text, "Pressure Releases Are Hidden"));
          assert_non_null (strstr (text, pregnancy->topic));
          assert_non_null (strstr (text, pregnancy->why));
          assert_non_null (strstr (text, "Hides: "));
          assert_non_null (strstr (text, unknot_routine_entry_get_title (upper)));
          assert_null (strstr (text, "Desk Break"));   /* a stretch routine is not hidden */
          assert_non_null (strstr (text, safety->professional.title));
          assert_non_null (strstr (text, safety->professional.text));
          assert_true (gtk_widget_get_visible (button_for_action (GTK_WIDGET (dialog), "safety.show-stretches")));
          close_window (window);
        }
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* "Show Stretches" says so, closes the dialog and brings the main window to its Routines page */
static void
test_show_stretches (void **unused)
{
  static const char * const pregnant[] = { "pregnancy", NULL };
  UnknotWindow *window = unknot_window_new (app);
  AdwDialog *dialog;
  guint shown = 0;

  gtk_window_present (GTK_WINDOW (window));
  assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped, window, TIMEOUT_MS));
  unknot_window_set_visible_page (window, "today");
  dialog = open_safety_dialog (GTK_WINDOW (window));
  g_signal_connect (dialog, "show-stretches", G_CALLBACK (show_stretches_cb), &shown);
  press (dialog, "safety.start");
  wait_for_page (dialog, "questions");
  answer_all (dialog, pregnant);
  press (dialog, "safety.continue");
  wait_for_page (dialog, "result");

  press (dialog, "safety.show-stretches");
  assert_int_equal (shown, 1);
  assert_true (unknot_test_wait_until (dialog_is_gone_cb, window, TIMEOUT_MS));
  assert_string_equal (unknot_window_get_visible_page (window), "routines");
  gtk_window_destroy (GTK_WINDOW (window));
  unknot_test_run_main_loop (50);
}

/* Checking again: the stored answers are filled in; a caution Yes asks for a doctor's word */
static void
test_reopen_prefills (void **unused)
{
  static const char * const pregnant[] = { "pregnancy", NULL };
  static const char * const bones[] = { "osteoporosis", NULL };
  GtkWindow *window = open_window (1000, 800);
  g_autoptr (UnknotSafetyAnswers) stored = unknot_safety_answers_new (g_get_real_time () / G_USEC_PER_SEC - 100 * 86400);
  g_autoptr (GPtrArray) rows = NULL;
  AdwDialog *dialog;
  g_autofree char *text = NULL;

  /* answers from 100 days ago, one of them Yes */
  for (guint i = 0; i < safety->questions->len; i++)
    {
      const UnknotSafetyQuestion *question = g_ptr_array_index (safety->questions, i);

      unknot_safety_answers_set (stored, question->id, g_strv_contains (pregnant, question->id));
    }
  unknot_safety_store_save (settings, stored);

  dialog = open_safety_dialog (window);
  text = page_text (dialog);
  assert_non_null (strstr (text, "You last answered on"));
  press (dialog, "safety.start");
  wait_for_page (dialog, "questions");
  rows = question_rows (dialog);
  for (guint i = 0; i < rows->len; i++)
    {
      UnknotSafetyQuestionRow *row = g_ptr_array_index (rows, i);
      gboolean yes = g_str_equal (unknot_safety_question_row_get_question (row)->id, "pregnancy");

      assert_int_equal (unknot_safety_question_row_get_answer (row), yes ? UNKNOT_SAFETY_ANSWER_YES : UNKNOT_SAFETY_ANSWER_NO);
      assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (answer_button (row, yes))));
    }
  assert_true (gtk_widget_is_sensitive (button_for_action (GTK_WIDGET (dialog), "safety.continue")));

  /* changed: no longer pregnant, but fragile bones */
  answer_all (dialog, bones);
  press (dialog, "safety.continue");
  wait_for_page (dialog, "result");
  g_clear_pointer (&text, g_free);
  text = page_text (dialog);
  assert_non_null (strstr (text, safety->caution_notice.title));
  assert_non_null (strstr (text, safety->caution_notice.text));
  assert_non_null (strstr (text, unknot_safety_lookup_question (safety, "osteoporosis")->topic));
  assert_null (strstr (text, "Pressure Releases Are Hidden"));
  assert_false (gtk_widget_get_visible (button_for_action (GTK_WIDGET (dialog), "safety.show-stretches")));
  render (GTK_WIDGET (dialog), "safety-dialog-caution-wide");

  /* back to the questions and on again: the result is made anew */
  adw_navigation_view_pop (ADW_NAVIGATION_VIEW (unknot_test_find_descendant (GTK_WIDGET (dialog),
                                                                             ADW_TYPE_NAVIGATION_VIEW)));
  wait_for_page (dialog, "questions");
  answer_all (dialog, NULL);
  press (dialog, "safety.continue");
  wait_for_page (dialog, "result");
  g_clear_pointer (&text, g_free);
  text = page_text (dialog);
  assert_null (strstr (text, unknot_safety_lookup_question (safety, "osteoporosis")->topic));
  close_window (window);
}

typedef struct
{
  GtkWindow *window;
  GType      type;
} DialogWanted;

static gboolean
dialog_of_type_shown_cb (gpointer data)
{
  DialogWanted *wanted = data;
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (wanted->window));

  return dialog != NULL && G_TYPE_CHECK_INSTANCE_TYPE (dialog, wanted->type) && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

/* Every warning sign, under what to do about it; reachable from the safety check too */
static void
test_red_flags (void **unused)
{
  for (int dark = 0; dark <= 1; dark++)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      for (int narrow = 0; narrow <= 1; narrow++)
        {
          GtkWindow *window = narrow ? open_window (360, 640) : open_window (1000, 800);
          AdwDialog *dialog = present (unknot_red_flags_dialog_new (safety), window);
          g_autofree char *text = unknot_test_widget_text (GTK_WIDGET (dialog));
          g_autofree char *name = g_strdup_printf ("red-flags-dialog-%s%s", narrow ? "narrow" : "wide",
                                                   dark ? "-dark" : "");
          const char *emergency, *same_day;

          for (guint i = 0; i < safety->red_flags->len; i++)
            {
              const UnknotRedFlag *flag = g_ptr_array_index (safety->red_flags, i);
              const char *found = strstr (text, flag->text);

              if (found == NULL)
                fail_msg ("the red flag “%s” is not shown", flag->text);
              /* under the heading of its urgency */
              emergency = strstr (text, safety->urgencies[UNKNOT_SAFETY_URGENCY_EMERGENCY].title);
              same_day = strstr (text, safety->urgencies[UNKNOT_SAFETY_URGENCY_SAME_DAY].title);
              assert_true (emergency != NULL && same_day != NULL && emergency < same_day);
              if (flag->urgency == UNKNOT_SAFETY_URGENCY_EMERGENCY)
                assert_true (found > emergency && found < same_day);
              else
                assert_true (found > same_day);
            }
          for (guint i = 0; i < UNKNOT_SAFETY_N_URGENCIES; i++)
            assert_non_null (strstr (text, safety->urgencies[i].advice));
          for (guint i = 0; i < safety->aftercare->len; i++)
            assert_non_null (strstr (text, ((UnknotSafetyNote *) g_ptr_array_index (safety->aftercare, i))->title));
          render (GTK_WIDGET (dialog), name);
          close_window (window);
        }
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* from the safety check's first page */
  {
    GtkWindow *window = open_window (1000, 800);
    AdwDialog *dialog = open_safety_dialog (window);
    DialogWanted wanted = { window, UNKNOT_TYPE_RED_FLAGS_DIALOG };

    press (dialog, "safety.show-red-flags");
    assert_true (unknot_test_wait_until (dialog_of_type_shown_cb, &wanted, TIMEOUT_MS));
    close_window (window);
  }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_continue_waits_for_every_answer),
    cmocka_unit_test (test_all_no_is_saved),
    cmocka_unit_test (test_stop_yes_hides_releases),
    cmocka_unit_test (test_show_stretches),
    cmocka_unit_test (test_reopen_prefills),
    cmocka_unit_test (test_red_flags),
  };
  g_autoptr (GSettingsBackend) backend = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  int failures;

  app = unknot_test_application_start ();
  backend = g_memory_settings_backend_new ();
  settings = g_settings_new_with_backend (BASE_ID, backend);
  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  safety = unknot_safety_load_bundled (problems);
  g_assert (safety != NULL);

  failures = cmocka_run_group_tests_name ("safety-dialog", tests, NULL, NULL);

  g_clear_pointer (&safety, unknot_safety_unref);
  g_clear_object (&settings);
  unknot_test_run_main_loop (50);
  unknot_test_application_stop (app);

  return failures;
}
