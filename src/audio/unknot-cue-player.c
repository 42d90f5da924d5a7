/* unknot-cue-player.c: the cue sounds, ready to play at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each cue has its own playbin, made and prerolled to PAUSED when the player is made, so
 * that playing a cue is only a flush seek to its start (none the first time) and a change
 * to PLAYING: nothing to open, nothing to decode first. At the end of the stream the cue
 * goes back to PAUSED.
 *
 * The sound device is chosen as autoaudiosink would choose it, the highest-ranked audio
 * sink that opens, but once for all cues and without autoaudiosink's fallback to a silent
 * sink: when no sink opens, the player says so (available, unavailable-reason) and every
 * play returns FALSE. An error on a bus later (the device went away) does the same.
 */

#define G_LOG_DOMAIN "unknot-cue-player"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gst/gst.h>

#include "unknot-audio-private.h"
#include "unknot-cue-player.h"

#define N_CUES (UNKNOT_CUE_FINISH + 1)

/* Why cues cannot be heard, for people */
#define REASON_NO_DEVICE \
  N_("No sound device was found, so the session runs without sounds.")
#define REASON_NOT_OPENED \
  N_("The sound device could not be opened, so the session runs without sounds.")
#define REASON_FAILED \
  N_("The sound device stopped working, so the session runs without sounds.")
#define REASON_NO_PLAYBIN \
  N_("GStreamer’s playback elements are missing, so the session runs without sounds.")
#define REASON_NO_GSTREAMER \
  N_("GStreamer does not start, so the session runs without sounds.")

#define CUE_STARTED_MESSAGE "unknot-cue-started"
/* A play that has not ended this long after its sound should have is ended by hand, so
 * that a stuck pipeline never holds up whoever waits for the cue to finish. */
#define WATCHDOG_SLACK_MS 2000
#define WATCHDOG_UNKNOWN_DURATION_MS 5000

/* Where the first buffer of a play is: the pad probe moves on from WAIT_FLUSH and
 * WAIT_BUFFER on the streaming thread, so the field is only touched atomically. */
typedef enum
{
  PHASE_IDLE,
  PHASE_WAIT_FLUSH,   /* buffers of the play before may still arrive until the flush */
  PHASE_WAIT_BUFFER,  /* the next buffer is this play's first */
} Phase;

typedef struct
{
  UnknotCuePlayer *player;
  UnknotCue        cue;
  GstElement      *playbin;
  GstPad          *sink_pad;          /* of the element that renders, where the probe sits */
  gulong           probe_id;
  gboolean         watching;          /* the bus */
  GSource         *watchdog;
  gboolean         enabled;
  gboolean         playing;
  gboolean         prerolled;
  gboolean         at_start;          /* prerolled at 0 and not played since */
  gint64           play_time;         /* monotonic time of the last play call */
  int              eos_count_at_play;
  int              phase;             /* Phase; atomic */
  int              eos_count;         /* EOS events through the sink pad; atomic */
} Cue;

struct _UnknotCuePlayer
{
  GObject       parent_instance;

  char         *sink_description;
  GMainContext *context;
  Cue           cues[N_CUES];         /* by UnknotCue; the NONE slot stays empty */
  double        volume;
  guint         n_playing;
  guint         n_prerolled;
  gboolean      available;
  char         *unavailable_reason;
};

enum {
  PROP_0,
  PROP_SINK_DESCRIPTION,
  PROP_VOLUME,
  PROP_AVAILABLE,
  PROP_UNAVAILABLE_REASON,
  PROP_PLAYING,
  PROP_PREPARED,
  N_PROPS
};

enum {
  CUE_STARTED,
  CUE_FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (UnknotCuePlayer, unknot_cue_player, G_TYPE_OBJECT)

/* Safe to call more than once; leaves the Cue empty. */
static void
cue_tear_down (Cue *c)
{
  unknot_audio_clear_source (&c->watchdog);

  if (c->playbin != NULL)
    {
      g_autoptr (GstBus) bus = gst_element_get_bus (c->playbin);

      if (c->watching)
        gst_bus_remove_watch (bus);
      c->watching = FALSE;
      /* NULL joins the streaming threads: no probe runs after this */
      gst_element_set_state (c->playbin, GST_STATE_NULL);
      gst_bus_set_flushing (bus, TRUE);
    }
  if (c->sink_pad != NULL && c->probe_id != 0)
    gst_pad_remove_probe (c->sink_pad, c->probe_id);
  c->probe_id = 0;
  gst_clear_object (&c->sink_pad);
  gst_clear_object (&c->playbin);
}

static void
cue_finish (Cue *c)
{
  UnknotCuePlayer *self = c->player;

  unknot_audio_clear_source (&c->watchdog);
  if (!c->playing)
    return;

  c->playing = FALSE;
  g_assert (self->n_playing > 0);
  if (--self->n_playing == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
  g_signal_emit (self, signals[CUE_FINISHED], 0, c->cue);
}

static void
set_unavailable (UnknotCuePlayer *self,
                 const char      *reason)
{
  if (!self->available)
    return;

  g_debug ("Cues are unavailable: %s", reason);
  self->available = FALSE;
  self->unavailable_reason = g_strdup (reason);

  for (guint i = UNKNOT_CUE_NONE + 1; i < N_CUES; i++)
    cue_tear_down (&self->cues[i]);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNAVAILABLE_REASON]);

  /* whoever waits for a cue to end must not wait for ever */
  for (guint i = UNKNOT_CUE_NONE + 1; i < N_CUES; i++)
    cue_finish (&self->cues[i]);
}

static gboolean
watchdog_cb (gpointer user_data)
{
  Cue *c = user_data;

  g_debug ("Cue %s did not end in time; ending it", unknot_cue_names[c->cue]);
  g_clear_pointer (&c->watchdog, g_source_unref);
  gst_element_set_state (c->playbin, GST_STATE_PAUSED);
  cue_finish (c);

  return G_SOURCE_REMOVE;
}

static void
cue_start_watchdog (Cue *c)
{
  gint64 duration = 0;
  guint timeout_ms = WATCHDOG_UNKNOWN_DURATION_MS;

  if (gst_element_query_duration (c->playbin, GST_FORMAT_TIME, &duration) && duration > 0)
    timeout_ms = (guint) (duration / GST_MSECOND) + WATCHDOG_SLACK_MS;

  unknot_audio_clear_source (&c->watchdog);
  c->watchdog = unknot_audio_attach_source (g_timeout_source_new (timeout_ms), c->player->context,
                                            watchdog_cb, c, NULL, "[unknot] cue watchdog");
}

/* On the streaming thread. */
static GstPadProbeReturn
sink_pad_probe_cb (GstPad          *pad,
                   GstPadProbeInfo *info,
                   gpointer         user_data)
{
  Cue *c = user_data;
  gboolean first = FALSE;

  if (GST_PAD_PROBE_INFO_TYPE (info) & GST_PAD_PROBE_TYPE_EVENT_BOTH)
    {
      GstEvent *event = GST_PAD_PROBE_INFO_EVENT (info);

      if (GST_EVENT_TYPE (event) == GST_EVENT_FLUSH_STOP)
        g_atomic_int_compare_and_exchange (&c->phase, PHASE_WAIT_FLUSH, PHASE_WAIT_BUFFER);
      else if (GST_EVENT_TYPE (event) == GST_EVENT_EOS)
        {
          g_atomic_int_inc (&c->eos_count);
          /* a sound too short for a buffer after the seek still starts */
          first = g_atomic_int_compare_and_exchange (&c->phase, PHASE_WAIT_BUFFER, PHASE_IDLE);
        }
    }
  else
    {
      first = g_atomic_int_compare_and_exchange (&c->phase, PHASE_WAIT_BUFFER, PHASE_IDLE);
    }

  if (first)
    {
      GstStructure *structure = gst_structure_new (CUE_STARTED_MESSAGE,
                                                   "time", G_TYPE_INT64, g_get_monotonic_time (),
                                                   NULL);

      /* the bus takes it to the main context, in order with the EOS */
      gst_element_post_message (c->playbin,
                                gst_message_new_application (GST_OBJECT (c->playbin), structure));
    }

  return GST_PAD_PROBE_OK;
}

static gboolean
bus_message_cb (GstBus     *bus,
                GstMessage *message,
                gpointer    user_data)
{
  Cue *c = user_data;
  UnknotCuePlayer *self = c->player;

  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_APPLICATION:
      if (gst_message_has_name (message, CUE_STARTED_MESSAGE) && c->playing)
        {
          gint64 time = 0;

          gst_structure_get_int64 (gst_message_get_structure (message), "time", &time);
          g_signal_emit (self, signals[CUE_STARTED], 0, c->cue, time - c->play_time);
        }
      break;

    case GST_MESSAGE_EOS:
      /* an EOS that reached the sink before the last play call ended the play before */
      if (c->probe_id != 0 && g_atomic_int_get (&c->eos_count) == c->eos_count_at_play)
        break;
      gst_element_set_state (c->playbin, GST_STATE_PAUSED);
      cue_finish (c);
      break;

    case GST_MESSAGE_ASYNC_DONE:
      if (!c->prerolled)
        {
          c->prerolled = TRUE;
          if (++self->n_prerolled == N_CUES - 1)
            g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREPARED]);
        }
      break;

    case GST_MESSAGE_ERROR:
      {
        g_autoptr (GError) error = NULL;
        g_autofree char *details = NULL;

        gst_message_parse_error (message, &error, &details);
        g_debug ("Cue %s: %s (%s)", unknot_cue_names[c->cue], error->message,
                 details != NULL ? details : "no details");
        if (c->prerolled)
          set_unavailable (self, _(REASON_FAILED));
        else
          set_unavailable (self, _(REASON_NOT_OPENED));
      }
      return G_SOURCE_REMOVE;

    case GST_MESSAGE_WARNING:
      {
        g_autoptr (GError) error = NULL;

        gst_message_parse_warning (message, &error, NULL);
        g_debug ("Cue %s: %s", unknot_cue_names[c->cue], error->message);
      }
      break;

    default:
      break;
    }

  return G_SOURCE_CONTINUE;
}

/* The audio sink autoaudiosink would take: the highest-ranked one that opens. */
static GstElementFactory *
find_sound_device (void)
{
  GstElementFactoryListType audio_sinks = GST_ELEMENT_FACTORY_TYPE_SINK |
                                          GST_ELEMENT_FACTORY_TYPE_MEDIA_AUDIO;
  GList *factories = gst_element_factory_list_get_elements (audio_sinks, GST_RANK_MARGINAL);
  GstElementFactory *found = NULL;

  factories = g_list_sort (factories, gst_plugin_feature_rank_compare_func);
  for (GList *l = factories; l != NULL && found == NULL; l = l->next)
    {
      GstElementFactory *factory = l->data;
      GstElement *sink = gst_element_factory_create (factory, NULL);

      if (sink == NULL)
        continue;
      gst_object_ref_sink (sink);
      if (gst_element_set_state (sink, GST_STATE_READY) != GST_STATE_CHANGE_FAILURE)
        found = gst_object_ref (factory);
      else
        g_debug ("%s does not open", gst_plugin_feature_get_name (GST_PLUGIN_FEATURE (factory)));
      gst_element_set_state (sink, GST_STATE_NULL);
      gst_object_unref (sink);
    }
  gst_plugin_feature_list_free (factories);

  return found;
}

static GstElement *
make_sink (UnknotCuePlayer   *self,
           GstElementFactory *device,
           UnknotCue          cue)
{
  GstElement *sink;

  if (self->sink_description != NULL)
    {
      g_autoptr (GString) description = g_string_new (self->sink_description);
      g_autoptr (GError) error = NULL;

      g_string_replace (description, "%s", unknot_cue_names[cue], 0);
      sink = gst_parse_bin_from_description (description->str, TRUE, &error);
      if (sink == NULL)
        {
          g_debug ("Cannot make the sink “%s”: %s", description->str, error->message);
          return NULL;
        }
    }
  else
    {
      sink = gst_element_factory_create (device, NULL);
      if (sink == NULL)
        return NULL;
    }

  return gst_object_ref_sink (sink);
}

/* The element at the end of @sink, which is an element or a bin of several. */
static GstElement *
find_rendering_element (GstElement *sink)
{
  g_autoptr (GstElement) element = gst_object_ref (sink);

  while (GST_IS_BIN (element))
    {
      GstIterator *sinks = gst_bin_iterate_sinks (GST_BIN (element));
      g_auto (GValue) item = G_VALUE_INIT;
      gboolean found = gst_iterator_next (sinks, &item) == GST_ITERATOR_OK;

      gst_iterator_free (sinks);
      if (!found)
        return NULL;
      g_set_object (&element, g_value_get_object (&item));
    }

  return g_steal_pointer (&element);
}

static gboolean
cue_prepare (Cue               *c,
             GstElementFactory *device)
{
  UnknotCuePlayer *self = c->player;
  g_autofree char *name = g_strconcat ("unknot-cue-", unknot_cue_names[c->cue], NULL);
  g_autofree char *uri = g_strdup_printf ("resource://" RESOURCE_BASE_PATH "/sounds/%s.ogg",
                                          unknot_cue_names[c->cue]);
  g_autoptr (GstElement) sink = NULL;
  g_autoptr (GstElement) rendering = NULL;
  g_autoptr (GstBus) bus = NULL;

  sink = make_sink (self, device, c->cue);
  if (sink == NULL || gst_element_set_state (sink, GST_STATE_READY) == GST_STATE_CHANGE_FAILURE)
    {
      if (sink != NULL)
        gst_element_set_state (sink, GST_STATE_NULL);
      set_unavailable (self, _(REASON_NOT_OPENED));
      return FALSE;
    }

  c->playbin = gst_element_factory_make ("playbin", name);
  if (c->playbin == NULL)
    {
      gst_element_set_state (sink, GST_STATE_NULL);
      set_unavailable (self, _(REASON_NO_PLAYBIN));
      return FALSE;
    }
  gst_object_ref_sink (c->playbin);
  g_object_set (c->playbin,
                "uri", uri,
                "audio-sink", sink,
                "volume", self->volume,
                NULL);
  /* audio only; the volume in software, so that it is the same on every sink */
  gst_util_set_object_arg (G_OBJECT (c->playbin), "flags", "audio+soft-volume");

  rendering = find_rendering_element (sink);
  if (rendering != NULL)
    c->sink_pad = gst_element_get_static_pad (rendering, "sink");
  if (c->sink_pad != NULL)
    c->probe_id = gst_pad_add_probe (c->sink_pad,
                                     GST_PAD_PROBE_TYPE_BUFFER |
                                     GST_PAD_PROBE_TYPE_BUFFER_LIST |
                                     GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM |
                                     GST_PAD_PROBE_TYPE_EVENT_FLUSH,
                                     sink_pad_probe_cb, c, NULL);

  bus = gst_element_get_bus (c->playbin);
  gst_bus_add_watch (bus, bus_message_cb, c);
  c->watching = TRUE;

  if (gst_element_set_state (c->playbin, GST_STATE_PAUSED) == GST_STATE_CHANGE_FAILURE)
    {
      set_unavailable (self, _(REASON_NOT_OPENED));
      return FALSE;
    }
  c->at_start = TRUE;

  return TRUE;
}

static void
unknot_cue_player_prepare (UnknotCuePlayer *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GstElementFactory) device = NULL;

  if (!gst_init_check (NULL, NULL, &error))
    {
      g_debug ("GStreamer does not start: %s", error->message);
      set_unavailable (self, _(REASON_NO_GSTREAMER));
      return;
    }

  if (self->sink_description == NULL)
    {
      device = find_sound_device ();
      if (device == NULL)
        {
          set_unavailable (self, _(REASON_NO_DEVICE));
          return;
        }
      g_debug ("Playing cues through %s",
               gst_plugin_feature_get_name (GST_PLUGIN_FEATURE (device)));
    }

  for (guint i = UNKNOT_CUE_NONE + 1; i < N_CUES; i++)
    if (!cue_prepare (&self->cues[i], device))
      return;
}

static void
unknot_cue_player_constructed (GObject *object)
{
  UnknotCuePlayer *self = UNKNOT_CUE_PLAYER (object);

  G_OBJECT_CLASS (unknot_cue_player_parent_class)->constructed (object);

  unknot_cue_player_prepare (self);
}

static void
unknot_cue_player_dispose (GObject *object)
{
  UnknotCuePlayer *self = UNKNOT_CUE_PLAYER (object);

  for (guint i = UNKNOT_CUE_NONE + 1; i < N_CUES; i++)
    cue_tear_down (&self->cues[i]);

  G_OBJECT_CLASS (unknot_cue_player_parent_class)->dispose (object);
}

static void
unknot_cue_player_finalize (GObject *object)
{
  UnknotCuePlayer *self = UNKNOT_CUE_PLAYER (object);

  g_clear_pointer (&self->sink_description, g_free);
  g_clear_pointer (&self->unavailable_reason, g_free);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (unknot_cue_player_parent_class)->finalize (object);
}

static void
unknot_cue_player_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  UnknotCuePlayer *self = UNKNOT_CUE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_SINK_DESCRIPTION:
      g_value_set_string (value, self->sink_description);
      break;
    case PROP_VOLUME:
      g_value_set_double (value, self->volume);
      break;
    case PROP_AVAILABLE:
      g_value_set_boolean (value, self->available);
      break;
    case PROP_UNAVAILABLE_REASON:
      g_value_set_string (value, self->unavailable_reason);
      break;
    case PROP_PLAYING:
      g_value_set_boolean (value, self->n_playing > 0);
      break;
    case PROP_PREPARED:
      g_value_set_boolean (value, unknot_cue_player_get_prepared (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_cue_player_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  UnknotCuePlayer *self = UNKNOT_CUE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_SINK_DESCRIPTION:
      self->sink_description = g_value_dup_string (value);
      break;
    case PROP_VOLUME:
      unknot_cue_player_set_volume (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_cue_player_class_init (UnknotCuePlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = unknot_cue_player_constructed;
  object_class->dispose = unknot_cue_player_dispose;
  object_class->finalize = unknot_cue_player_finalize;
  object_class->get_property = unknot_cue_player_get_property;
  object_class->set_property = unknot_cue_player_set_property;

  /**
   * UnknotCuePlayer:sink-description:
   *
   * A GStreamer bin description used as every cue's audio sink instead of the sound
   * device, for tests and benchmarks; a literal `%s` in it stands for the cue's name.
   */
  properties[PROP_SINK_DESCRIPTION] =
    g_param_spec_string ("sink-description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * UnknotCuePlayer:volume:
   *
   * The volume of every cue, linear, from 0 to 1. Given to g_object_new(), it applies
   * before the cues are prepared.
   */
  properties[PROP_VOLUME] =
    g_param_spec_double ("volume", NULL, NULL,
                         0.0, 1.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * UnknotCuePlayer:available:
   *
   * Whether cues can be heard: FALSE when there is no sound device or it failed.
   */
  properties[PROP_AVAILABLE] =
    g_param_spec_boolean ("available", NULL, NULL,
                          TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * UnknotCuePlayer:unavailable-reason:
   *
   * Why cues cannot be heard, as a sentence for people; NULL while they can.
   */
  properties[PROP_UNAVAILABLE_REASON] =
    g_param_spec_string ("unavailable-reason", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * UnknotCuePlayer:playing:
   *
   * Whether a cue is playing.
   */
  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * UnknotCuePlayer:prepared:
   *
   * Whether every cue has prerolled, so that each starts as soon as it is played.
   * Cues play before too, a little later.
   */
  properties[PROP_PREPARED] =
    g_param_spec_boolean ("prepared", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UnknotCuePlayer::cue-started:
   * @self: the player
   * @cue: the UnknotCue
   * @latency_us: microseconds from the play call to the first sound reaching the sink
   *
   * Emitted on the main context when the first buffer of a play reached the audio sink.
   */
  signals[CUE_STARTED] =
    g_signal_new ("cue-started",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT64);

  /**
   * UnknotCuePlayer::cue-finished:
   * @self: the player
   * @cue: the UnknotCue
   *
   * Emitted when a cue has played to its end (or could not go on).
   */
  signals[CUE_FINISHED] =
    g_signal_new ("cue-finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);
}

static void
unknot_cue_player_init (UnknotCuePlayer *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->volume = 1.0;
  self->available = TRUE;

  for (guint i = UNKNOT_CUE_NONE + 1; i < N_CUES; i++)
    {
      self->cues[i].player = self;
      self->cues[i].cue = i;
      self->cues[i].enabled = TRUE;
    }
}

/**
 * unknot_cue_player_new:
 *
 * A player for the cue sounds on the sound device. It prepares every cue at once; when
 * there is no sound device it is not #UnknotCuePlayer:available.
 */
UnknotCuePlayer *
unknot_cue_player_new (void)
{
  return g_object_new (UNKNOT_TYPE_CUE_PLAYER, NULL);
}

/**
 * unknot_cue_player_new_with_sink:
 * @sink_description: a GStreamer bin description; `%s` stands for the cue's name
 *
 * A player whose cues go to sinks made from @sink_description rather than to the sound
 * device, for tests and benchmarks, e.g.
 * `audioconvert ! audio/x-raw,format=S16LE ! wavenc ! filesink location=cue-%s.wav`.
 */
UnknotCuePlayer *
unknot_cue_player_new_with_sink (const char *sink_description)
{
  g_return_val_if_fail (sink_description != NULL, NULL);

  return g_object_new (UNKNOT_TYPE_CUE_PLAYER, "sink-description", sink_description, NULL);
}

/**
 * unknot_cue_player_play:
 *
 * Plays @cue from its start, at once; if it is playing already, it starts again.
 *
 * Returns: whether it plays: FALSE when the cue is disabled, the volume is 0 or
 *   cues are not available
 */
gboolean
unknot_cue_player_play (UnknotCuePlayer *self,
                        UnknotCue        cue)
{
  Cue *c;
  GstEvent *seek;

  g_return_val_if_fail (UNKNOT_IS_CUE_PLAYER (self), FALSE);
  g_return_val_if_fail (cue > UNKNOT_CUE_NONE && cue < N_CUES, FALSE);

  c = &self->cues[cue];
  if (!self->available || !c->enabled || self->volume <= 0.0)
    return FALSE;

  c->play_time = g_get_monotonic_time ();
  c->eos_count_at_play = g_atomic_int_get (&c->eos_count);
  if (c->at_start)
    {
      /* prerolled at its start and never played: nothing to seek */
      g_atomic_int_set (&c->phase, PHASE_WAIT_BUFFER);
    }
  else
    {
      /* While it plays, buffers from before the seek may still be on their way to the
       * sink; paused, none are (the sink holds the one it prerolled). */
      g_atomic_int_set (&c->phase, c->playing ? PHASE_WAIT_FLUSH : PHASE_WAIT_BUFFER);
      seek = gst_event_new_seek (1.0, GST_FORMAT_TIME, GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE,
                                 GST_SEEK_TYPE_SET, 0, GST_SEEK_TYPE_NONE, GST_CLOCK_TIME_NONE);
      if (!gst_element_send_event (c->playbin, seek))
        g_atomic_int_set (&c->phase, PHASE_WAIT_BUFFER);
    }
  c->at_start = FALSE;

  if (gst_element_set_state (c->playbin, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      set_unavailable (self, _(REASON_FAILED));
      return FALSE;
    }

  cue_start_watchdog (c);
  if (!c->playing)
    {
      c->playing = TRUE;
      if (self->n_playing++ == 0)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
    }

  return TRUE;
}

gboolean
unknot_cue_player_get_playing (UnknotCuePlayer *self)
{
  g_return_val_if_fail (UNKNOT_IS_CUE_PLAYER (self), FALSE);

  return self->n_playing > 0;
}

gboolean
unknot_cue_player_get_prepared (UnknotCuePlayer *self)
{
  g_return_val_if_fail (UNKNOT_IS_CUE_PLAYER (self), FALSE);

  return self->available && self->n_prerolled == N_CUES - 1;
}

gboolean
unknot_cue_player_get_available (UnknotCuePlayer *self)
{
  g_return_val_if_fail (UNKNOT_IS_CUE_PLAYER (self), FALSE);

  return self->available;
}

/**
 * unknot_cue_player_get_unavailable_reason:
 *
 * Returns: (nullable): why cues cannot be heard, for people; NULL when they can
 */
const char *
unknot_cue_player_get_unavailable_reason (UnknotCuePlayer *self)
{
  g_return_val_if_fail (UNKNOT_IS_CUE_PLAYER (self), NULL);

  return self->unavailable_reason;
}

double
unknot_cue_player_get_volume (UnknotCuePlayer *self)
{
  g_return_val_if_fail (UNKNOT_IS_CUE_PLAYER (self), 0.0);

  return self->volume;
}

void
unknot_cue_player_set_volume (UnknotCuePlayer *self,
                              double           volume)
{
  g_return_if_fail (UNKNOT_IS_CUE_PLAYER (self));

  volume = CLAMP (volume, 0.0, 1.0);
  if (volume == self->volume)
    return;

  self->volume = volume;
  for (guint i = UNKNOT_CUE_NONE + 1; i < N_CUES; i++)
    {
      Cue *c = &self->cues[i];

      if (c->playbin == NULL)
        continue;
      g_object_set (c->playbin, "volume", volume, NULL);
      /* what it prerolled went through at the old volume: start over next time */
      c->at_start = FALSE;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUME]);
}

gboolean
unknot_cue_player_get_cue_enabled (UnknotCuePlayer *self,
                                   UnknotCue        cue)
{
  g_return_val_if_fail (UNKNOT_IS_CUE_PLAYER (self), FALSE);
  g_return_val_if_fail (cue > UNKNOT_CUE_NONE && cue < N_CUES, FALSE);

  return self->cues[cue].enabled;
}

/**
 * unknot_cue_player_set_cue_enabled:
 *
 * A disabled cue does not play; one that is playing plays to its end.
 */
void
unknot_cue_player_set_cue_enabled (UnknotCuePlayer *self,
                                   UnknotCue        cue,
                                   gboolean         enabled)
{
  g_return_if_fail (UNKNOT_IS_CUE_PLAYER (self));
  g_return_if_fail (cue > UNKNOT_CUE_NONE && cue < N_CUES);

  self->cues[cue].enabled = !!enabled;
}
