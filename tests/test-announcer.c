/* test-announcer.c: cues and speech never talk over each other
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The announcer drives a real cue player, whose cues play in real time to fakeaudiosink
 * (its sink hook), and a real speaker connected to the speech-dispatcher stand-in of
 * unknot-fake-speechd.c, which ends an utterance when the test says so. The announcer's
 * clock is the test's, so that a test decides how long a request waited.
 */

#include "config.h"

#include "unknot-announcer.h"
#include "unknot-fake-speechd.h"
#include "unknot-test-util.h"

#define N_CUES (UNKNOT_CUE_FINISH + 1)
#define TIMEOUT_MS 5000

static char *socket_path;

typedef struct
{
  UnknotCuePlayer   *player;
  UnknotSpeaker     *speaker;     /* NULL without speech support */
  UnknotFakeSpeechd *daemon;
  UnknotAnnouncer   *announcer;
  gint64             now;         /* the announcer's clock */
  gboolean           connected;
  guint              started[N_CUES];
  guint              finished[N_CUES];
  guint              spoken;      /* utterances finished */
  guint              said_when_cue_ended;  /* what the stand-in was given until then */
} Fixture;

static gint64
test_clock_cb (gpointer user_data)
{
  return ((Fixture *) user_data)->now;
}

static void
cue_started_cb (UnknotCuePlayer *player,
                int              cue,
                gint64           latency_us,
                Fixture         *fixture)
{
  fixture->started[cue]++;
}

static void
cue_finished_cb (UnknotCuePlayer *player,
                 int              cue,
                 Fixture         *fixture)
{
  fixture->finished[cue]++;
}

/* Connected before the announcer connects to the same notification, so this runs before
 * the announcer starts what waited for the cue. */
static void
playing_changed_cb (UnknotCuePlayer *player,
                    GParamSpec      *pspec,
                    Fixture         *fixture)
{
  if (!unknot_cue_player_get_playing (player) && fixture->daemon != NULL)
    fixture->said_when_cue_ended = unknot_fake_speechd_count_prefix (fixture->daemon, "SPEAK ");
}

#if HAVE_SPEECH
static void
speech_finished_cb (UnknotSpeaker *speaker,
                    Fixture       *fixture)
{
  fixture->spoken++;
}

static void
connect_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Fixture *fixture = user_data;

  assert_true (unknot_speaker_connect_finish (UNKNOT_SPEAKER (source), result, NULL));
  fixture->connected = TRUE;
}

static gboolean
connected_cb (gpointer data)
{
  return ((Fixture *) data)->connected;
}
#endif

static gboolean
prepared_cb (gpointer data)
{
  return unknot_cue_player_get_prepared (data);
}

/* Waits until the stand-in was given @entry ("SPEAK text", "CANCEL"). */
static gboolean
wait_for_log (Fixture    *fixture,
              const char *entry)
{
  return unknot_fake_speechd_wait_for (fixture->daemon, entry, 1, TIMEOUT_MS);
}

static gboolean
wait_for_count (guint *counter,
                guint  value)
{
  return unknot_test_wait_for_count (counter, value, TIMEOUT_MS);
}

static Fixture *
fixture_new (gboolean with_speaker)
{
  Fixture *fixture = g_new0 (Fixture, 1);

  fixture->now = 1000 * G_TIME_SPAN_SECOND;
  fixture->player = unknot_cue_player_new_with_sink ("fakeaudiosink");
  g_signal_connect (fixture->player, "cue-started", G_CALLBACK (cue_started_cb), fixture);
  g_signal_connect (fixture->player, "cue-finished", G_CALLBACK (cue_finished_cb), fixture);
  g_signal_connect (fixture->player, "notify::playing", G_CALLBACK (playing_changed_cb), fixture);
  assert_true (unknot_test_wait_until (prepared_cb, fixture->player, TIMEOUT_MS));

#if HAVE_SPEECH
  if (with_speaker)
    {
      fixture->daemon = unknot_fake_speechd_start (socket_path);
      fixture->speaker = unknot_speaker_new ();
      g_signal_connect (fixture->speaker, "finished", G_CALLBACK (speech_finished_cb), fixture);
      unknot_speaker_connect_async (fixture->speaker, NULL, connect_cb, fixture);
      assert_true (unknot_test_wait_until (connected_cb, fixture, TIMEOUT_MS));
    }
#endif

  fixture->announcer = unknot_announcer_new (fixture->player, fixture->speaker);
  unknot_announcer_set_clock (fixture->announcer, test_clock_cb, fixture);

  return fixture;
}

static int
setup (void **state)
{
  *state = fixture_new (TRUE);
  return 0;
}

static int
setup_without_speaker (void **state)
{
  *state = fixture_new (FALSE);
  return 0;
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;

  g_clear_object (&fixture->announcer);
  g_clear_object (&fixture->player);
  g_clear_object (&fixture->speaker);
  if (fixture->daemon != NULL)
    {
      assert_true (unknot_fake_speechd_wait_for_hang_up (fixture->daemon, TIMEOUT_MS));
      unknot_fake_speechd_stop (fixture->daemon);
    }
  g_free (fixture);
  return 0;
}

static void
test_cue_while_idle_plays_at_once (void **state)
{
  Fixture *fixture = *state;

  unknot_announcer_cue (fixture->announcer, UNKNOT_CUE_START);
  /* not a turn of the main loop later: at once */
  assert_true (unknot_cue_player_get_playing (fixture->player));
  assert_true (wait_for_count (&fixture->started[UNKNOT_CUE_START], 1));
  assert_true (wait_for_count (&fixture->finished[UNKNOT_CUE_START], 1));

  /* and again, once it is quiet */
  unknot_announcer_cue (fixture->announcer, UNKNOT_CUE_TICK);
  assert_true (unknot_cue_player_get_playing (fixture->player));
  assert_true (wait_for_count (&fixture->finished[UNKNOT_CUE_TICK], 1));
}

static void
test_speech_waits_for_the_cue (void **state)
{
  Fixture *fixture = *state;

  if (fixture->daemon == NULL)
    skip ();

  unknot_announcer_cue (fixture->announcer, UNKNOT_CUE_FINISH);
  unknot_announcer_say (fixture->announcer, "Well done.");
  assert_false (unknot_speaker_get_speaking (fixture->speaker));

  assert_true (wait_for_count (&fixture->finished[UNKNOT_CUE_FINISH], 1));
  assert_int_equal (fixture->said_when_cue_ended, 0);
  assert_true (wait_for_log (fixture, "SPEAK Well done."));
  assert_true (unknot_speaker_get_speaking (fixture->speaker));

  assert_true (unknot_fake_speechd_end_message (fixture->daemon));
  assert_true (wait_for_count (&fixture->spoken, 1));
}

static void
test_cue_waits_for_speech (void **state)
{
  Fixture *fixture = *state;

  if (fixture->daemon == NULL)
    skip ();

  unknot_announcer_say (fixture->announcer, "Breathe slowly.");
  assert_true (wait_for_log (fixture, "SPEAK Breathe slowly."));
  unknot_announcer_cue (fixture->announcer, UNKNOT_CUE_TICK);
  assert_false (unknot_cue_player_get_playing (fixture->player));

  /* still in time when the speech ends a second later */
  fixture->now += 1000 * G_TIME_SPAN_MILLISECOND;
  unknot_test_run_main_loop (100);
  assert_int_equal (fixture->started[UNKNOT_CUE_TICK], 0);
  assert_true (unknot_fake_speechd_end_message (fixture->daemon));
  assert_true (wait_for_count (&fixture->spoken, 1));
  assert_true (wait_for_count (&fixture->started[UNKNOT_CUE_TICK], 1));
}

static void
test_stale_cue_is_dropped (void **state)
{
  Fixture *fixture = *state;

  if (fixture->daemon == NULL)
    skip ();

  unknot_announcer_say (fixture->announcer, "A long explanation.");
  assert_true (wait_for_log (fixture, "SPEAK A long explanation."));
  unknot_announcer_cue (fixture->announcer, UNKNOT_CUE_TICK);

  /* the speech ends 1.6 s after the tick was due: too late for it */
  fixture->now += 1600 * G_TIME_SPAN_MILLISECOND;
  assert_true (unknot_fake_speechd_end_message (fixture->daemon));
  assert_true (wait_for_count (&fixture->spoken, 1));
  unknot_test_run_main_loop (300);
  assert_int_equal (fixture->started[UNKNOT_CUE_TICK], 0);
  assert_false (unknot_cue_player_get_playing (fixture->player));

  /* which leaves the announcer quiet and ready */
  unknot_announcer_cue (fixture->announcer, UNKNOT_CUE_TICK);
  assert_true (unknot_cue_player_get_playing (fixture->player));
}

static void
test_stale_speech_is_dropped (void **state)
{
  Fixture *fixture = *state;

  if (fixture->daemon == NULL)
    skip ();

  unknot_announcer_cue (fixture->announcer, UNKNOT_CUE_FINISH);
  unknot_announcer_say (fixture->announcer, "Too late.");
  fixture->now += 1000 * G_TIME_SPAN_MILLISECOND;
  unknot_announcer_say (fixture->announcer, "In time.");
  /* by the time the cue ends, the first waited 6.5 s, the second 5.5 s */
  fixture->now += 5500 * G_TIME_SPAN_MILLISECOND;

  assert_true (wait_for_count (&fixture->finished[UNKNOT_CUE_FINISH], 1));
  assert_true (wait_for_log (fixture, "SPEAK In time."));
  assert_int_equal (unknot_fake_speechd_count (fixture->daemon, "SPEAK Too late."), 0);
  assert_int_equal (unknot_fake_speechd_count_prefix (fixture->daemon, "SPEAK "), 1);
}

static void
test_cues_go_before_waiting_speech (void **state)
{
  Fixture *fixture = *state;

  if (fixture->daemon == NULL)
    skip ();

  unknot_announcer_say (fixture->announcer, "First.");
  assert_true (wait_for_log (fixture, "SPEAK First."));
  unknot_announcer_say (fixture->announcer, "Second.");
  unknot_announcer_cue (fixture->announcer, UNKNOT_CUE_HALFWAY);

  assert_true (unknot_fake_speechd_end_message (fixture->daemon));
  assert_true (wait_for_count (&fixture->started[UNKNOT_CUE_HALFWAY], 1));
  assert_true (wait_for_count (&fixture->finished[UNKNOT_CUE_HALFWAY], 1));
  /* only "First." had been said when the cue ended */
  assert_int_equal (fixture->said_when_cue_ended, 1);
  assert_true (wait_for_log (fixture, "SPEAK Second."));
}

static void
test_clear_stops_everything (void **state)
{
  Fixture *fixture = *state;

  if (fixture->daemon == NULL)
    skip ();

  unknot_announcer_say (fixture->announcer, "One.");
  assert_true (wait_for_log (fixture, "SPEAK One."));
  unknot_announcer_cue (fixture->announcer, UNKNOT_CUE_TICK);
  unknot_announcer_say (fixture->announcer, "Two.");

  unknot_announcer_clear (fixture->announcer);
  assert_false (unknot_speaker_get_speaking (fixture->speaker));
  assert_int_equal (fixture->spoken, 1);
  assert_true (wait_for_log (fixture, "CANCEL"));

  unknot_test_run_main_loop (300);
  assert_int_equal (fixture->started[UNKNOT_CUE_TICK], 0);
  assert_int_equal (unknot_fake_speechd_count (fixture->daemon, "SPEAK Two."), 0);
  assert_false (unknot_cue_player_get_playing (fixture->player));
}

static void
test_voice_disabled_ignores_say (void **state)
{
  Fixture *fixture = *state;

  if (fixture->daemon == NULL)
    skip ();

  assert_true (unknot_announcer_get_voice_enabled (fixture->announcer));
  unknot_announcer_say (fixture->announcer, "Spoken.");
  assert_true (wait_for_log (fixture, "SPEAK Spoken."));

  /* turning the voice off stops it */
  unknot_announcer_set_voice_enabled (fixture->announcer, FALSE);
  assert_false (unknot_announcer_get_voice_enabled (fixture->announcer));
  assert_false (unknot_speaker_get_speaking (fixture->speaker));
  assert_true (wait_for_log (fixture, "CANCEL"));

  unknot_announcer_say (fixture->announcer, "Hidden.");
  assert_false (unknot_speaker_get_speaking (fixture->speaker));
  /* cues still play */
  unknot_announcer_cue (fixture->announcer, UNKNOT_CUE_TICK);
  assert_true (wait_for_count (&fixture->finished[UNKNOT_CUE_TICK], 1));
  unknot_test_run_main_loop (100);
  assert_int_equal (unknot_fake_speechd_count (fixture->daemon, "SPEAK Hidden."), 0);
}

static void
test_without_speaker (void **state)
{
  Fixture *fixture = *state;

  assert_null (unknot_announcer_get_speaker (fixture->announcer));
  assert_true (unknot_announcer_get_player (fixture->announcer) == fixture->player);

  /* nothing to say it with: nothing waits for it either */
  unknot_announcer_say (fixture->announcer, "Nobody hears this.");
  unknot_announcer_cue (fixture->announcer, UNKNOT_CUE_BREATHE_IN);
  assert_true (unknot_cue_player_get_playing (fixture->player));
  assert_true (wait_for_count (&fixture->finished[UNKNOT_CUE_BREATHE_IN], 1));
  unknot_announcer_clear (fixture->announcer);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_cue_while_idle_plays_at_once, setup, teardown),
    cmocka_unit_test_setup_teardown (test_speech_waits_for_the_cue, setup, teardown),
    cmocka_unit_test_setup_teardown (test_cue_waits_for_speech, setup, teardown),
    cmocka_unit_test_setup_teardown (test_stale_cue_is_dropped, setup, teardown),
    cmocka_unit_test_setup_teardown (test_stale_speech_is_dropped, setup, teardown),
    cmocka_unit_test_setup_teardown (test_cues_go_before_waiting_speech, setup, teardown),
    cmocka_unit_test_setup_teardown (test_clear_stops_everything, setup, teardown),
    cmocka_unit_test_setup_teardown (test_voice_disabled_ignores_say, setup, teardown),
    cmocka_unit_test_setup_teardown (test_without_speaker, setup_without_speaker, teardown),
  };
  g_autofree char *folder = NULL;
  g_autofree char *address = NULL;
  int failed;

  /* before any thread runs: the speech service is the stand-in, and none is started */
  folder = g_dir_make_tmp ("unknot-announcer-XXXXXX", NULL);
  socket_path = g_build_filename (folder, "speechd.sock", NULL);
  address = g_strconcat ("unix_socket:", socket_path, NULL);
  g_setenv ("SPEECHD_ADDRESS", address, TRUE);
  g_setenv ("SPEECHD_CMD", "false", TRUE);

  failed = cmocka_run_group_tests_name ("announcer", tests, NULL, NULL);

  unknot_test_remove_tree (folder);
  g_free (socket_path);
  return failed;
}
