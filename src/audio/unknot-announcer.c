/* unknot-announcer.c: cues and spoken prompts, one at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Speech and cue sounds never talk over each other. One sound at a time: a cue asked for
 * while nothing sounds plays at once, since cues mark moments; anything else waits for
 * the sound before it to end. Waiting cues go before waiting speech. What waited too long
 * is dropped when its turn comes, as it would come too late to mean anything: a cue after
 * 1.5 s, speech after 6 s.
 *
 * The announcer knows the player and the speaker only through their public methods,
 * properties and signals: it starts the next sound when the player's "playing" or the
 * speaker's "speaking" goes off. The clock it stamps requests with can be replaced, so
 * that tests decide how long something waited.
 */

#define G_LOG_DOMAIN "unknot-announcer"

#include "config.h"

#include "unknot-announcer.h"

#define CUE_STALE_US (1500 * G_TIME_SPAN_MILLISECOND)
#define SPEECH_STALE_US (6 * G_TIME_SPAN_SECOND)

typedef struct
{
  UnknotCue  cue;       /* UNKNOT_CUE_NONE for speech */
  char      *text;
  gint64     asked_at;
} Request;

struct _UnknotAnnouncer
{
  GObject               parent_instance;

  UnknotCuePlayer      *player;
  UnknotSpeaker        *speaker;       /* nullable */
  GQueue                waiting;       /* Request, in the order asked */
  gboolean              voice_enabled;
  UnknotAnnouncerClock  clock;
  gpointer              clock_data;
};

enum {
  PROP_0,
  PROP_PLAYER,
  PROP_SPEAKER,
  PROP_VOICE_ENABLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (UnknotAnnouncer, unknot_announcer, G_TYPE_OBJECT)

static void
request_free (Request *request)
{
  g_free (request->text);
  g_free (request);
}

static gint64
now (UnknotAnnouncer *self)
{
  return self->clock != NULL ? self->clock (self->clock_data) : g_get_monotonic_time ();
}

static gboolean
is_sounding (UnknotAnnouncer *self)
{
  return unknot_cue_player_get_playing (self->player) ||
         (self->speaker != NULL && unknot_speaker_get_speaking (self->speaker));
}

static gboolean
can_speak (UnknotAnnouncer *self)
{
  return self->voice_enabled && self->speaker != NULL &&
         unknot_speaker_get_available (self->speaker);
}

static void
drop_waiting_speech (UnknotAnnouncer *self)
{
  for (GList *l = self->waiting.head; l != NULL;)
    {
      GList *next = l->next;
      Request *request = l->data;

      if (request->cue == UNKNOT_CUE_NONE)
        {
          g_queue_delete_link (&self->waiting, l);
          request_free (request);
        }
      l = next;
    }
}

/* The oldest waiting cue, else the oldest waiting speech. */
static Request *
take_next (UnknotAnnouncer *self)
{
  for (GList *l = self->waiting.head; l != NULL; l = l->next)
    {
      Request *request = l->data;

      if (request->cue != UNKNOT_CUE_NONE)
        {
          g_queue_delete_link (&self->waiting, l);
          return request;
        }
    }

  return g_queue_pop_head (&self->waiting);
}

/* Starts what waits, unless something sounds. */
static void
advance (UnknotAnnouncer *self)
{
  while (!is_sounding (self) && !g_queue_is_empty (&self->waiting))
    {
      Request *request = take_next (self);
      gint64 waited = now (self) - request->asked_at;

      if (request->cue != UNKNOT_CUE_NONE)
        {
          if (waited > CUE_STALE_US)
            g_debug ("Dropped the %s cue: it waited %" G_GINT64_FORMAT " ms",
                     unknot_cue_names[request->cue], waited / G_TIME_SPAN_MILLISECOND);
          else
            unknot_cue_player_play (self->player, request->cue);
        }
      else if (can_speak (self))
        {
          if (waited > SPEECH_STALE_US)
            g_debug ("Dropped “%s”: it waited %" G_GINT64_FORMAT " ms",
                     request->text, waited / G_TIME_SPAN_MILLISECOND);
          else
            unknot_speaker_say (self->speaker, request->text);
        }

      request_free (request);
    }
}

static void
sounding_changed_cb (UnknotAnnouncer *self)
{
  advance (self);
}

static void
ask (UnknotAnnouncer *self,
     UnknotCue        cue,
     const char      *text)
{
  Request *request = g_new0 (Request, 1);

  request->cue = cue;
  request->text = g_strdup (text);
  request->asked_at = now (self);
  g_queue_push_tail (&self->waiting, request);

  advance (self);
}

static void
unknot_announcer_constructed (GObject *object)
{
  UnknotAnnouncer *self = UNKNOT_ANNOUNCER (object);

  G_OBJECT_CLASS (unknot_announcer_parent_class)->constructed (object);

  g_assert (UNKNOT_IS_CUE_PLAYER (self->player));
  g_signal_connect_swapped (self->player, "notify::playing",
                            G_CALLBACK (sounding_changed_cb), self);
  if (self->speaker != NULL)
    g_signal_connect_swapped (self->speaker, "notify::speaking",
                              G_CALLBACK (sounding_changed_cb), self);
}

static void
unknot_announcer_dispose (GObject *object)
{
  UnknotAnnouncer *self = UNKNOT_ANNOUNCER (object);

  g_queue_clear_full (&self->waiting, (GDestroyNotify) request_free);
  if (self->player != NULL)
    g_signal_handlers_disconnect_by_data (self->player, self);
  if (self->speaker != NULL)
    g_signal_handlers_disconnect_by_data (self->speaker, self);
  g_clear_object (&self->player);
  g_clear_object (&self->speaker);

  G_OBJECT_CLASS (unknot_announcer_parent_class)->dispose (object);
}

static void
unknot_announcer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  UnknotAnnouncer *self = UNKNOT_ANNOUNCER (object);

  switch (prop_id)
    {
    case PROP_PLAYER:
      g_value_set_object (value, self->player);
      break;
    case PROP_SPEAKER:
      g_value_set_object (value, self->speaker);
      break;
    case PROP_VOICE_ENABLED:
      g_value_set_boolean (value, self->voice_enabled);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_announcer_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  UnknotAnnouncer *self = UNKNOT_ANNOUNCER (object);

  switch (prop_id)
    {
    case PROP_PLAYER:
      self->player = g_value_dup_object (value);
      break;
    case PROP_SPEAKER:
      self->speaker = g_value_dup_object (value);
      break;
    case PROP_VOICE_ENABLED:
      unknot_announcer_set_voice_enabled (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_announcer_class_init (UnknotAnnouncerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = unknot_announcer_constructed;
  object_class->dispose = unknot_announcer_dispose;
  object_class->get_property = unknot_announcer_get_property;
  object_class->set_property = unknot_announcer_set_property;

  properties[PROP_PLAYER] =
    g_param_spec_object ("player", NULL, NULL,
                         UNKNOT_TYPE_CUE_PLAYER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SPEAKER] =
    g_param_spec_object ("speaker", NULL, NULL,
                         UNKNOT_TYPE_SPEAKER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * UnknotAnnouncer:voice-enabled:
   *
   * Whether prompts are spoken. Off, unknot_announcer_say() does nothing, and turning it
   * off stops what is being said.
   */
  properties[PROP_VOICE_ENABLED] =
    g_param_spec_boolean ("voice-enabled", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
unknot_announcer_init (UnknotAnnouncer *self)
{
  g_queue_init (&self->waiting);
  self->voice_enabled = TRUE;
}

/**
 * unknot_announcer_new:
 * @player: the cue sounds
 * @speaker: (nullable): the voice, if any
 */
UnknotAnnouncer *
unknot_announcer_new (UnknotCuePlayer *player,
                      UnknotSpeaker   *speaker)
{
  g_return_val_if_fail (UNKNOT_IS_CUE_PLAYER (player), NULL);
  g_return_val_if_fail (speaker == NULL || UNKNOT_IS_SPEAKER (speaker), NULL);

  return g_object_new (UNKNOT_TYPE_ANNOUNCER, "player", player, "speaker", speaker, NULL);
}

UnknotCuePlayer *
unknot_announcer_get_player (UnknotAnnouncer *self)
{
  g_return_val_if_fail (UNKNOT_IS_ANNOUNCER (self), NULL);

  return self->player;
}

/**
 * unknot_announcer_get_speaker:
 *
 * Returns: (nullable): the speaker
 */
UnknotSpeaker *
unknot_announcer_get_speaker (UnknotAnnouncer *self)
{
  g_return_val_if_fail (UNKNOT_IS_ANNOUNCER (self), NULL);

  return self->speaker;
}

/**
 * unknot_announcer_set_clock:
 * @clock: (nullable): the time source, or NULL for g_get_monotonic_time()
 *
 * Replaces the clock that says how long a request waited, for tests.
 */
void
unknot_announcer_set_clock (UnknotAnnouncer      *self,
                            UnknotAnnouncerClock  clock,
                            gpointer              user_data)
{
  g_return_if_fail (UNKNOT_IS_ANNOUNCER (self));

  self->clock = clock;
  self->clock_data = user_data;
}

gboolean
unknot_announcer_get_voice_enabled (UnknotAnnouncer *self)
{
  g_return_val_if_fail (UNKNOT_IS_ANNOUNCER (self), FALSE);

  return self->voice_enabled;
}

void
unknot_announcer_set_voice_enabled (UnknotAnnouncer *self,
                                    gboolean         voice_enabled)
{
  g_return_if_fail (UNKNOT_IS_ANNOUNCER (self));

  voice_enabled = !!voice_enabled;
  if (self->voice_enabled == voice_enabled)
    return;

  self->voice_enabled = voice_enabled;
  if (!voice_enabled)
    {
      drop_waiting_speech (self);
      if (self->speaker != NULL)
        unknot_speaker_cancel (self->speaker);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOICE_ENABLED]);
}

/**
 * unknot_announcer_cue:
 *
 * Plays @cue at once if nothing sounds, else as soon as what sounds has ended, unless
 * that is more than 1.5 s away.
 */
void
unknot_announcer_cue (UnknotAnnouncer *self,
                      UnknotCue        cue)
{
  g_return_if_fail (UNKNOT_IS_ANNOUNCER (self));
  g_return_if_fail (cue > UNKNOT_CUE_NONE && cue <= UNKNOT_CUE_FINISH);

  ask (self, cue, NULL);
}

/**
 * unknot_announcer_say:
 *
 * Speaks @text once nothing else sounds and the cues waiting have played, unless that
 * is more than 6 s away. Does nothing when the voice is off or unavailable.
 */
void
unknot_announcer_say (UnknotAnnouncer *self,
                      const char      *text)
{
  g_return_if_fail (UNKNOT_IS_ANNOUNCER (self));
  g_return_if_fail (text != NULL);

  if (!can_speak (self))
    return;

  ask (self, UNKNOT_CUE_NONE, text);
}

/**
 * unknot_announcer_clear:
 *
 * Drops everything waiting and stops the speech, as on a change of step, a pause or a
 * stop. A cue that is playing, short as cues are, plays to its end.
 */
void
unknot_announcer_clear (UnknotAnnouncer *self)
{
  g_return_if_fail (UNKNOT_IS_ANNOUNCER (self));

  g_queue_clear_full (&self->waiting, (GDestroyNotify) request_free);
  if (self->speaker != NULL)
    unknot_speaker_cancel (self->speaker);
}
