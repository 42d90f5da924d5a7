/* unknot-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "unknot-safety-store.h"
#include "unknot-test-util.h"
#include "unknot-window.h"

#define TIMEOUT_MS 5000

/* Spins the default main context until @condition holds or @timeout_ms passes.
 * Returns whether the condition came true. */
gboolean
unknot_test_wait_until (UnknotTestCondition condition,
                        gpointer            data,
                        guint               timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return TRUE;
}

typedef struct
{
  const guint *counter;
  guint        value;
} Count;

static gboolean
count_reached_cb (gpointer data)
{
  Count *count = data;

  return *count->counter >= count->value;
}

/* Spins the default main context until *@counter reaches @value or @timeout_ms passes.
 * Returns whether it did. */
gboolean
unknot_test_wait_for_count (const guint *counter,
                            guint        value,
                            guint        timeout_ms)
{
  Count count = { counter, value };

  return unknot_test_wait_until (count_reached_cb, &count, timeout_ms);
}

static gboolean
never_cb (gpointer data)
{
  return FALSE;
}

/* Lets the main loop run for @ms (frames, idles and timeouts happen). */
void
unknot_test_run_main_loop (guint ms)
{
  unknot_test_wait_until (never_cb, NULL, ms);
}

/* Removes @path and, if it is a folder, everything in it. */
void
unknot_test_remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      unknot_test_remove_tree (child);
    }
  g_remove (path);
}

/* The first descendant of @root, depth first, that is a @type. */
GtkWidget *
unknot_test_find_descendant (GtkWidget *root,
                             GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_type_is_a (G_OBJECT_TYPE (child), type))
        return child;
      if ((found = unknot_test_find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

/**
 * unknot_test_widget_text:
 *
 * Returns: (transfer full): the text of the visible labels in @widget, rows' titles and
 *   subtitles among them, in order, one a line
 */
char *
unknot_test_widget_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_text (widget, text);
  return g_string_free (text, FALSE);
}

/**
 * unknot_test_prepare_data_home:
 *
 * Gives the test program a data folder of its own in the tests' one, with an empty
 * history, so sessions saved by one run or program never reach another. Done once, by
 * unknot_test_application_start() at the latest; a program that wants files there
 * before the application starts calls it first.
 *
 * Returns: (transfer none): the folder
 */
const char *
unknot_test_prepare_data_home (void)
{
  static char *data_home;
  g_autofree char *program = NULL;
  g_autofree char *program_name = NULL;
  const char * const history_files[] = { "history.sqlite3", "history.sqlite3-wal", "history.sqlite3-shm" };

  if (data_home != NULL)
    return data_home;

  program = g_file_read_link ("/proc/self/exe", NULL);
  program_name = g_path_get_basename (program != NULL ? program : "unknot-test");
  /* read before anything asks GLib for the folder, which it then keeps */
  data_home = g_build_filename (g_getenv ("XDG_DATA_HOME") != NULL ? g_getenv ("XDG_DATA_HOME") : g_get_tmp_dir (),
                                program_name, NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_assert_cmpstr (g_get_user_data_dir (), ==, data_home);
  for (gsize i = 0; i < G_N_ELEMENTS (history_files); i++)
    {
      g_autofree char *path = g_build_filename (data_home, "unknot", history_files[i], NULL);

      g_unlink (path);
    }
  return data_home;
}

/* One registered application for a whole test program, as in the real program. It is held,
 * so closing its last window does not end it. Initialises GTK and libadwaita. */
UnknotApplication *
unknot_test_application_start (void)
{
  UnknotApplication *app;
  g_autoptr (GError) error = NULL;

  unknot_test_prepare_data_home ();
  gtk_init ();
  adw_init ();

  app = unknot_application_new ("io.github.unknot.Unknot.Tests", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  return app;
}

void
unknot_test_application_stop (UnknotApplication *app)
{
  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
}

/* An UnknotTestCondition: @data is a GtkWidget that is mapped. */
gboolean
unknot_test_widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static gboolean
dialog_gone_cb (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Closes @dialog even when it would refuse, and waits until it has left the window and
 * is gone. A window resized while a dialog still plays its closing animation can make
 * libadwaita 1.7 allocate the dialog after it has been freed, so tests that resize after
 * a dialog wait for this. */
void
unknot_test_close_dialog (AdwDialog *dialog)
{
  gpointer weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  adw_dialog_force_close (dialog);
  assert_true (unknot_test_wait_until (dialog_gone_cb, &weak, TIMEOUT_MS));
}

/* Activates the application as a launch would and waits for its main window to be mapped. */
GtkWindow *
unknot_test_open_main_window (UnknotApplication *app)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  assert_true (UNKNOT_IS_WINDOW (window));
  assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped, window, TIMEOUT_MS));

  return window;
}

static void
after_paint_cb (GdkFrameClock *frame_clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
flag_is_set_cb (gpointer data)
{
  return *(gboolean *) data;
}

/* Has @widget's window paint a frame, and waits until it has */
void
unknot_test_wait_for_paint (GtkWidget *widget)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gulong handler;

  assert_non_null (frame_clock);
  handler = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (window);
  assert_true (unknot_test_wait_until (flag_is_set_cb, &painted, TIMEOUT_MS));
  g_signal_handler_disconnect (frame_clock, handler);
}

/**
 * unknot_test_render_window:
 * @name: the file name, without ".png"
 *
 * Returns: (transfer full): @widget's window drawn as it is on screen, also saved as
 *   NAME.png in the folder of renders to look at ($UNKNOT_TEST_RENDER_DIR), if set
 */
GdkTexture *
unknot_test_render_window (GtkWidget  *widget,
                           const char *name)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  const char *folder = g_getenv ("UNKNOT_TEST_RENDER_DIR");
  GdkTexture *texture;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  assert_non_null (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  assert_int_equal (gdk_texture_get_width (texture), width);

  if (folder != NULL)
    {
      g_autofree char *file_name = g_strconcat (name, ".png", NULL);
      g_autofree char *path = g_build_filename (folder, file_name, NULL);

      assert_int_equal (g_mkdir_with_parents (folder, 0755), 0);
      assert_true (gdk_texture_save_to_png (texture, path));
    }

  return texture;
}

/**
 * unknot_test_shows_text:
 * @text: a label's text, or "*words" for a label that has the words somewhere in it
 *
 * Returns: whether a visible label under @widget shows @text
 */
gboolean
unknot_test_shows_text (GtkWidget  *widget,
                        const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      (text[0] == '*' ? strstr (gtk_label_get_text (GTK_LABEL (widget)), text + 1) != NULL
                      : g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child) && unknot_test_shows_text (child, text))
      return TRUE;
  return FALSE;
}

typedef struct
{
  GtkWidget  *widget;
  const char *text;
} TextWait;

static gboolean
shows_text_cb (gpointer data)
{
  TextWait *wait = data;

  return unknot_test_shows_text (wait->widget, wait->text);
}

/* Fails the test unless a label under @widget shows @text within @timeout_ms */
void
unknot_test_assert_shows (gpointer    widget,
                          const char *text,
                          guint       timeout_ms)
{
  TextWait wait = { GTK_WIDGET (widget), text };

  if (!unknot_test_wait_until (shows_text_cb, &wait, timeout_ms))
    fail_msg ("nothing shows “%s”", text);
}

/**
 * unknot_test_find_button:
 * @label: the button's label, or that of the label it holds, mnemonic underscores left out
 *
 * Returns: (nullable): the first visible button under @root with that label
 */
GtkWidget *
unknot_test_find_button (GtkWidget  *root,
                         const char *label)
{
  const char *text = NULL;

  if (GTK_IS_BUTTON (root))
    text = GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (root)))
      ? gtk_label_get_label (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (root))))   /* a label of its own */
      : gtk_button_get_label (GTK_BUTTON (root));
  if (text != NULL && gtk_widget_get_visible (root))
    {
      g_autofree char *plain = g_strdup (text);
      char *from = plain, *to = plain;

      for (; *from != '\0'; from++)
        if (*from != '_')
          *to++ = *from;
      *to = '\0';
      if (g_str_equal (plain, label))
        return root;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gtk_widget_get_visible (child) ? unknot_test_find_button (child, label) : NULL;

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * unknot_test_find_action_button:
 *
 * Returns: (nullable): the first visible widget under @root that activates @action
 */
GtkWidget *
unknot_test_find_action_button (GtkWidget  *root,
                                const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = unknot_test_find_action_button (child, action)) != NULL)
        return found;
    }
  return NULL;
}

/* Clicks the button for @action under @root, which must be there and sensitive, as a
 * user does, and waits until a dialog's sliding page has come to rest */
void
unknot_test_press (GtkWidget  *root,
                   const char *action)
{
  GtkWidget *button = unknot_test_find_action_button (root, action);

  if (button == NULL)
    fail_msg ("no button for %s", action);
  assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  unknot_test_run_main_loop (400);
}

/**
 * unknot_test_visible_navigation_page:
 *
 * Returns: (transfer none) (nullable): the page shown by @window's navigation view
 */
AdwNavigationPage *
unknot_test_visible_navigation_page (GtkWidget *window)
{
  GtkWidget *view = unknot_test_find_descendant (window, ADW_TYPE_NAVIGATION_VIEW);

  assert_non_null (view);
  return adw_navigation_view_get_visible_page (ADW_NAVIGATION_VIEW (view));
}

typedef struct
{
  GtkWidget *window;
  GType      type;
} PageWanted;

static gboolean
navigation_page_shown_cb (gpointer data)
{
  PageWanted *wanted = data;
  AdwNavigationPage *visible = unknot_test_visible_navigation_page (wanted->window);

  return G_TYPE_CHECK_INSTANCE_TYPE (visible, wanted->type) && gtk_widget_get_mapped (GTK_WIDGET (visible));
}

/**
 * unknot_test_wait_for_navigation_page:
 *
 * Fails the test unless a page of @type comes to be shown in @window's navigation view.
 *
 * Returns: (transfer none): that page
 */
AdwNavigationPage *
unknot_test_wait_for_navigation_page (GtkWidget *window,
                                      GType      type)
{
  PageWanted wanted = { window, type };

  assert_true (unknot_test_wait_until (navigation_page_shown_cb, &wanted, TIMEOUT_MS));
  return unknot_test_visible_navigation_page (window);
}

/**
 * unknot_test_run_in_main_window:
 * @clock: (nullable): the clock the app's sessions are to use, such as a fake one
 * @app: (out): where the tests find the application
 * @window: (out): where they find its main window
 *
 * Runs the group of @tests with the application started and its main window open,
 * then closes both.
 *
 * Returns: how many tests failed
 */
int
unknot_test_run_in_main_window (const char               *group,
                                const struct CMUnitTest  *tests,
                                size_t                    n_tests,
                                UnknotClock              *clock,
                                UnknotApplication       **app,
                                GtkWindow               **window)
{
  int failures;

  *app = unknot_test_application_start ();
  if (clock != NULL)
    unknot_application_set_clock (*app, clock);
  *window = unknot_test_open_main_window (*app);

  failures = _cmocka_run_group_tests (group, tests, n_tests, NULL, NULL);

  gtk_window_destroy (*window);
  unknot_test_run_main_loop (50);
  unknot_test_application_stop (*app);
  *window = NULL;
  *app = NULL;

  return failures;
}

/* Activates @action on @widget, which must have it, and lets the app react */
void
unknot_test_activate (gpointer    widget,
                      const char *action)
{
  assert_true (gtk_widget_activate_action (GTK_WIDGET (widget), action, NULL));
  unknot_test_run_main_loop (20);
}

/**
 * unknot_test_set_safety_answers:
 * @yes_id: (nullable): the one question answered yes
 *
 * Stores answers to the safety check, given now: every question no but @yes_id.
 */
void
unknot_test_set_safety_answers (UnknotApplication *app,
                                const char        *yes_id)
{
  UnknotSafety *safety = unknot_application_get_safety (app);
  g_autoptr(UnknotSafetyAnswers) answers = unknot_safety_answers_new (g_get_real_time () / G_USEC_PER_SEC);

  assert_non_null (safety);
  for (guint i = 0; i < safety->questions->len; i++)
    {
      const UnknotSafetyQuestion *question = g_ptr_array_index (safety->questions, i);

      unknot_safety_answers_set (answers, question->id, g_strcmp0 (question->id, yes_id) == 0);
    }
  unknot_safety_store_save (unknot_application_get_settings (app), answers);
}
