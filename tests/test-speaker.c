/* test-speaker.c: the speaker without a speech service, and with a stand-in for one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No real speech-dispatcher is used or started: SPEECHD_ADDRESS points libspeechd at a
 * socket in a temporary folder, where a test starts the stand-in (unknot-fake-speechd.c)
 * or nothing, and SPEECHD_CMD, the command libspeechd starts the daemon with, is a script
 * that only notes that it ran, takes its time and fails.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "unknot-fake-speechd.h"
#include "unknot-speaker.h"
#include "unknot-test-util.h"

#define TIMEOUT_MS 5000
#define SPAWN_DELAY_MS 300
#define HEARTBEAT_MS 10

#define REASON_NOT_BUILT \
  "Unknot was built without speech support."
#define REASON_NO_SERVICE \
  "No speech service answered. Install speech-dispatcher to hear spoken prompts."

static char *folder;
static char *socket_path;
static const char *expected_language;   /* "LANGUAGE xx", as the daemon is told */
static char *spawned_path;   /* what the spawn script was asked to do */

typedef struct
{
  UnknotSpeaker     *speaker;
  UnknotFakeSpeechd *daemon;
  gboolean           connected;
  GError            *error;
  guint              finished;
} Fixture;

#if HAVE_SPEECH
typedef struct
{
  gint64 last;
  gint64 longest;
} Heartbeat;

static gboolean
heartbeat_cb (gpointer data)
{
  Heartbeat *heartbeat = data;
  gint64 now = g_get_monotonic_time ();

  heartbeat->longest = MAX (heartbeat->longest, now - heartbeat->last);
  heartbeat->last = now;
  return G_SOURCE_CONTINUE;
}
#endif

static void
connect_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Fixture *fixture = user_data;

  unknot_speaker_connect_finish (UNKNOT_SPEAKER (source), result, &fixture->error);
  fixture->connected = TRUE;
}

static gboolean
connected_cb (gpointer data)
{
  return ((Fixture *) data)->connected;
}

static void
finished_cb (UnknotSpeaker *speaker,
             Fixture       *fixture)
{
  fixture->finished++;
}

/* Waits for @entry to be @count times in the stand-in's log. */
static gboolean
wait_for_log (Fixture    *fixture,
              const char *entry,
              guint       count)
{
  return unknot_fake_speechd_wait_for (fixture->daemon, entry, count, TIMEOUT_MS);
}

static gboolean
wait_for_finished (Fixture *fixture,
                   guint    count)
{
  return unknot_test_wait_for_count (&fixture->finished, count, TIMEOUT_MS);
}

static void
connect_speaker (Fixture *fixture)
{
  fixture->speaker = unknot_speaker_new ();
  g_signal_connect (fixture->speaker, "finished", G_CALLBACK (finished_cb), fixture);
  unknot_speaker_connect_async (fixture->speaker, NULL, connect_cb, fixture);
  assert_true (unknot_test_wait_until (connected_cb, fixture, TIMEOUT_MS));
}

static int
setup (void **state)
{
  *state = g_new0 (Fixture, 1);
  return 0;
}

static int
setup_with_service (void **state)
{
  Fixture *fixture = g_new0 (Fixture, 1);

  *state = fixture;
#if HAVE_SPEECH
  fixture->daemon = unknot_fake_speechd_start (socket_path);
  connect_speaker (fixture);
  assert_null (fixture->error);
#endif
  return 0;
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;

  g_clear_object (&fixture->speaker);
  if (fixture->daemon != NULL)
    {
      /* the speaker hung up as it went */
      assert_true (unknot_fake_speechd_wait_for_hang_up (fixture->daemon, TIMEOUT_MS));
      unknot_fake_speechd_stop (fixture->daemon);
    }
  g_clear_error (&fixture->error);
  g_free (fixture);
  return 0;
}

#if HAVE_SPEECH
/* How much slower than usual the tests may run (UNKNOT_TEST_TIME_SCALE, e.g. under memcheck) */
static double
time_scale (void)
{
  const char *scale = g_getenv ("UNKNOT_TEST_TIME_SCALE");

  return scale != NULL && g_ascii_strtod (scale, NULL) >= 1 ? g_ascii_strtod (scale, NULL) : 1;
}
#endif

static void
test_no_speech_service (void **state)
{
  Fixture *fixture = *state;
#if HAVE_SPEECH
  Heartbeat heartbeat = { g_get_monotonic_time (), 0 };
  g_autofree char *spawned = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 took;
  guint beat;

  beat = g_timeout_add (HEARTBEAT_MS, heartbeat_cb, &heartbeat);
  connect_speaker (fixture);
  took = g_get_monotonic_time () - start;
  g_source_remove (beat);

  print_message ("no speech service: told after %.0f ms; the main loop waited %.1f ms at most\n",
                 took / 1000.0, heartbeat.longest / 1000.0);
  assert_true (g_error_matches (fixture->error, G_IO_ERROR, G_IO_ERROR_NOT_CONNECTED));
  assert_false (unknot_speaker_get_available (fixture->speaker));
  assert_string_equal (unknot_speaker_get_unavailable_reason (fixture->speaker), REASON_NO_SERVICE);
  assert_false (unknot_speaker_say (fixture->speaker, "Hello"));
  assert_false (unknot_speaker_get_speaking (fixture->speaker));

  /* it tried to start the service, which took its time, off the main loop */
  assert_true (g_file_get_contents (spawned_path, &spawned, NULL, NULL));
  assert_non_null (strstr (spawned, "--spawn"));
  assert_non_null (strstr (spawned, socket_path));
  assert_true (took >= SPAWN_DELAY_MS * G_TIME_SPAN_MILLISECOND);
  /* (slower under memcheck, by the factor its test setup gives) */
  assert_true (heartbeat.longest < 100 * G_TIME_SPAN_MILLISECOND * time_scale ());
#else
  connect_speaker (fixture);
  assert_true (g_error_matches (fixture->error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED));
  assert_false (unknot_speaker_get_available (fixture->speaker));
  assert_string_equal (unknot_speaker_get_unavailable_reason (fixture->speaker), REASON_NOT_BUILT);
  assert_false (unknot_speaker_say (fixture->speaker, "Hello"));
#endif
}

static void
test_connects_as_unknot (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *client_name = NULL;

  if (fixture->daemon == NULL)
    skip ();

  assert_true (unknot_speaker_get_available (fixture->speaker));
  assert_null (unknot_speaker_get_unavailable_reason (fixture->speaker));
  client_name = g_strdup_printf ("CLIENT_NAME %s:unknot:main", g_get_user_name ());
  assert_int_equal (unknot_fake_speechd_count (fixture->daemon, client_name), 1);
  /* the language of the prompts, English but for a translation */
  assert_int_equal (unknot_fake_speechd_count (fixture->daemon, expected_language), 1);
  assert_int_equal (unknot_fake_speechd_count (fixture->daemon, "NOTIFICATION end on"), 1);
  assert_int_equal (unknot_fake_speechd_count (fixture->daemon, "NOTIFICATION cancel on"), 1);

  /* connecting again changes nothing */
  fixture->connected = FALSE;
  unknot_speaker_connect_async (fixture->speaker, NULL, connect_cb, fixture);
  assert_true (unknot_test_wait_until (connected_cb, fixture, TIMEOUT_MS));
  assert_null (fixture->error);
  assert_int_equal (unknot_fake_speechd_get_n_clients (fixture->daemon), 1);
}

static void
test_says_and_finishes (void **state)
{
  Fixture *fixture = *state;

  if (fixture->daemon == NULL)
    skip ();

  assert_true (unknot_speaker_say (fixture->speaker, "Press gently."));
  assert_true (unknot_speaker_get_speaking (fixture->speaker));
  assert_true (wait_for_log (fixture, "SPEAK Press gently.", 1));
  assert_int_equal (unknot_fake_speechd_count (fixture->daemon, "PRIORITY MESSAGE"), 1);

  /* it speaks until the service says it is done */
  unknot_test_run_main_loop (100);
  assert_true (unknot_speaker_get_speaking (fixture->speaker));
  assert_int_equal (fixture->finished, 0);

  assert_true (unknot_fake_speechd_end_message (fixture->daemon));
  assert_true (wait_for_finished (fixture, 1));
  assert_false (unknot_speaker_get_speaking (fixture->speaker));

  /* and again */
  assert_true (unknot_speaker_say (fixture->speaker, "Breathe out."));
  assert_true (wait_for_log (fixture, "SPEAK Breathe out.", 1));
  assert_true (unknot_fake_speechd_end_message (fixture->daemon));
  assert_true (wait_for_finished (fixture, 2));
}

static void
test_cancel_finishes_at_once (void **state)
{
  Fixture *fixture = *state;

  if (fixture->daemon == NULL)
    skip ();

  assert_true (unknot_speaker_say (fixture->speaker, "A long prompt."));
  assert_true (wait_for_log (fixture, "SPEAK A long prompt.", 1));

  unknot_speaker_cancel (fixture->speaker);
  assert_int_equal (fixture->finished, 1);
  assert_false (unknot_speaker_get_speaking (fixture->speaker));
  assert_true (wait_for_log (fixture, "CANCEL", 1));

  /* the service's CANCELED event is not a second end */
  unknot_test_run_main_loop (200);
  assert_int_equal (fixture->finished, 1);

  /* cancelling when silent does nothing */
  unknot_speaker_cancel (fixture->speaker);
  assert_int_equal (fixture->finished, 1);
  assert_int_equal (unknot_fake_speechd_count (fixture->daemon, "CANCEL"), 1);
}

static void
test_say_replaces_what_is_said (void **state)
{
  Fixture *fixture = *state;

  if (fixture->daemon == NULL)
    skip ();

  assert_true (unknot_speaker_say (fixture->speaker, "One"));
  assert_true (wait_for_log (fixture, "SPEAK One", 1));
  assert_true (unknot_speaker_say (fixture->speaker, "Two"));
  assert_true (wait_for_log (fixture, "SPEAK Two", 1));
  assert_int_equal (unknot_fake_speechd_count (fixture->daemon, "CANCEL"), 1);

  /* "One" was cancelled by the service; only the end of "Two" finishes */
  unknot_test_run_main_loop (100);
  assert_int_equal (fixture->finished, 0);
  assert_true (unknot_fake_speechd_end_message (fixture->daemon));
  assert_true (wait_for_finished (fixture, 1));
  unknot_test_run_main_loop (100);
  assert_int_equal (fixture->finished, 1);
  assert_false (unknot_speaker_get_speaking (fixture->speaker));
}

static void
test_gone_while_speaking (void **state)
{
  Fixture *fixture = *state;

  if (fixture->daemon == NULL)
    skip ();

  assert_true (unknot_speaker_say (fixture->speaker, "Going."));
  assert_true (wait_for_log (fixture, "SPEAK Going.", 1));
  g_clear_object (&fixture->speaker);

  /* the service's news reaches nothing that was freed */
  unknot_fake_speechd_end_message (fixture->daemon);
  unknot_test_run_main_loop (200);
  assert_int_equal (fixture->finished, 0);
}

static void
write_spawn_script (void)
{
  g_autofree char *script_path = g_build_filename (folder, "spawn-speech-dispatcher", NULL);
  g_autofree char *script = g_strdup_printf ("#!/bin/sh\n"
                                             "echo \"$@\" >> '%s'\n"
                                             "sleep %.1f\n"
                                             "exit 1\n",
                                             spawned_path, SPAWN_DELAY_MS / 1000.0);

  g_assert_true (g_file_set_contents (script_path, script, -1, NULL));
  g_assert_true (g_chmod (script_path, 0700) == 0);
  g_setenv ("SPEECHD_CMD", script_path, TRUE);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_no_speech_service, setup, teardown),
    cmocka_unit_test_setup_teardown (test_connects_as_unknot, setup_with_service, teardown),
    cmocka_unit_test_setup_teardown (test_says_and_finishes, setup_with_service, teardown),
    cmocka_unit_test_setup_teardown (test_cancel_finishes_at_once, setup_with_service, teardown),
    cmocka_unit_test_setup_teardown (test_say_replaces_what_is_said, setup_with_service, teardown),
    cmocka_unit_test_setup_teardown (test_gone_while_speaking, setup_with_service, teardown),
  };
  const char *catalogues = g_getenv ("UNKNOT_TEST_LOCALEDIR");
  g_autofree char *address = NULL;
  int failed;

  /* Run again in a German locale with a test catalogue (tests/meson.build): the voice
   * speaks the language of the translation. */
  expected_language = "LANGUAGE en";
  if (catalogues != NULL)
    {
      g_assert_nonnull (setlocale (LC_ALL, ""));
      bindtextdomain (GETTEXT_PACKAGE, catalogues);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      expected_language = "LANGUAGE de";
    }

  /* before any thread runs: the environment is not thread-safe */
  folder = g_dir_make_tmp ("unknot-speaker-XXXXXX", NULL);
  socket_path = g_build_filename (folder, "speechd.sock", NULL);
  spawned_path = g_build_filename (folder, "spawned", NULL);
  address = g_strconcat ("unix_socket:", socket_path, NULL);
  g_setenv ("SPEECHD_ADDRESS", address, TRUE);
  write_spawn_script ();

  failed = cmocka_run_group_tests_name ("speaker", tests, NULL, NULL);

  unknot_test_remove_tree (folder);
  g_free (spawned_path);
  g_free (socket_path);
  g_free (folder);
  return failed;
}
