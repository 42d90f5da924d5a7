/* unknot-speaker.c: spoken prompts through speech-dispatcher
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libspeechd blocks: opening a connection may start the speech-dispatcher daemon, and every
 * command waits for the daemon's answer. So the speaker opens its connection in a GTask
 * thread and sends everything else from a worker thread of its own, one command after the
 * other; the main context never waits for the daemon.
 *
 * The daemon says when an utterance ended or was cancelled through callbacks that
 * libspeechd calls on a thread of its own, with no user data. They reach every open
 * connection's link, a reference-counted struct the speaker shares with the threads, which
 * takes the news to the speaker's main context; there a weak reference finds the speaker,
 * if it is still there. Message ids are the daemon's, unique across its clients, so a
 * speaker only acts on its own.
 */

#define G_LOG_DOMAIN "unknot-speaker"

#include "config.h"

#include <glib/gi18n-lib.h>

#if HAVE_SPEECH
#include <libspeechd.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#endif

#include "unknot-audio-private.h"
#include "unknot-speaker.h"

/* Why prompts cannot be spoken, for people */
#define REASON_NOT_BUILT \
  N_("Unknot was built without speech support.")
#define REASON_NO_SERVICE \
  N_("No speech service answered. Install speech-dispatcher to hear spoken prompts.")
#define REASON_STOPPED \
  N_("The speech service stopped answering, so prompts are not spoken.")

#define CLIENT_NAME "unknot"
/* An utterance that has not ended this long after it was asked for is given up, so that
 * whoever waits for it to finish does not wait for ever. */
#define WATCHDOG_BASE_MS 5000
#define WATCHDOG_PER_CHARACTER_MS 150

struct _UnknotSpeaker
{
  GObject              parent_instance;

  GMainContext        *context;
  gboolean             available;
  char                *unavailable_reason;
  gboolean             speaking;
#if HAVE_SPEECH
  gboolean             connecting;
  struct _SpeakerLink *link;               /* once connected */
  GThreadPool         *worker;             /* sends the commands, in order */
  guint                utterance;          /* the serial number of the last say */
  int                  msg_id;             /* its daemon's message id, once known; else -1 */
  int                  ended_early_msg_id; /* a message that ended before its id came back */
  GSource             *watchdog;
#endif
};

enum {
  PROP_0,
  PROP_AVAILABLE,
  PROP_UNAVAILABLE_REASON,
  PROP_SPEAKING,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (UnknotSpeaker, unknot_speaker, G_TYPE_OBJECT)

#if HAVE_SPEECH

static void
set_unavailable (UnknotSpeaker *self,
                 const char    *reason)
{
  if (!self->available && g_strcmp0 (self->unavailable_reason, reason) == 0)
    return;

  g_debug ("Speech is unavailable: %s", reason);
  g_free (self->unavailable_reason);
  self->unavailable_reason = g_strdup (reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNAVAILABLE_REASON]);
  if (self->available)
    {
      self->available = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
    }
}

static void
set_speaking (UnknotSpeaker *self,
              gboolean       speaking)
{
  if (self->speaking == speaking)
    return;

  self->speaking = speaking;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKING]);
}

/* The language the prompts come in: that of the translation in use, as its header's
 * Language field or else the locale says, or English, the language of the texts, when
 * none is in use. speech-dispatcher wants a BCP 47 tag: pt-BR, not pt_BR. */
static char *
get_speech_language (void)
{
  /* the empty msgid asks for the header; a variable, so it is not taken for a text */
  static const char header_msgid[] = "";
  const char *header = dgettext (GETTEXT_PACKAGE, header_msgid);
  const char *field = strstr (header, "\nLanguage:");
  g_autofree char *language = NULL;

  if (*header == '\0')
    return g_strdup ("en");

  if (field != NULL)
    {
      field += strlen ("\nLanguage:");
      language = g_strstrip (g_strndup (field, strcspn (field, "\n")));
    }
  if (language == NULL || *language == '\0')
    {
      const char *locale = setlocale (LC_MESSAGES, NULL);

      g_free (language);
      language = g_strndup (locale, strcspn (locale, ".@"));
    }

  return g_strdelimit (g_steal_pointer (&language), "_", '-');
}

typedef struct _SpeakerLink
{
  GWeakRef       speaker;
  GMainContext  *context;
  SPDConnection *connection;  /* the worker's, once connected */
  int            closing;     /* atomic: the speaker went, skip what is queued */
} SpeakerLink;

/* The links of the open connections, for libspeechd's callbacks */
G_LOCK_DEFINE_STATIC (links);
static GPtrArray *links;

static void
speaker_link_clear (SpeakerLink *link)
{
  g_weak_ref_clear (&link->speaker);
  g_main_context_unref (link->context);
  g_assert (link->connection == NULL);
}

static SpeakerLink *
speaker_link_new (UnknotSpeaker *speaker,
                  SPDConnection *connection)
{
  SpeakerLink *link = g_atomic_rc_box_new0 (SpeakerLink);

  g_weak_ref_init (&link->speaker, speaker);
  link->context = g_main_context_ref (speaker->context);
  link->connection = connection;

  return link;
}

static SpeakerLink *
speaker_link_ref (SpeakerLink *link)
{
  return g_atomic_rc_box_acquire (link);
}

static void
speaker_link_unref (SpeakerLink *link)
{
  g_atomic_rc_box_release_full (link, (GDestroyNotify) speaker_link_clear);
}

typedef enum
{
  EVENT_SAID,   /* the worker sent an utterance; msg_id < 0 when that failed */
  EVENT_ENDED,  /* the daemon ended or cancelled a message */
} EventKind;

typedef struct
{
  SpeakerLink *link;
  EventKind    kind;
  guint        utterance;
  int          msg_id;
} SpeechEvent;

static void
speech_event_free (SpeechEvent *event)
{
  speaker_link_unref (event->link);
  g_free (event);
}

static void
finish_utterance (UnknotSpeaker *self)
{
  unknot_audio_clear_source (&self->watchdog);
  self->msg_id = -1;
  self->ended_early_msg_id = -1;
  if (!self->speaking)
    return;

  set_speaking (self, FALSE);
  g_signal_emit (self, signals[FINISHED], 0);
}

static gboolean
deliver_event_cb (gpointer data)
{
  SpeechEvent *event = data;
  g_autoptr (UnknotSpeaker) self = g_weak_ref_get (&event->link->speaker);

  if (self == NULL || self->link != event->link || !self->speaking)
    return G_SOURCE_REMOVE;

  switch (event->kind)
    {
    case EVENT_SAID:
      if (event->utterance != self->utterance)
        break;
      if (event->msg_id < 0)
        {
          finish_utterance (self);
          set_unavailable (self, _(REASON_STOPPED));
        }
      else if (event->msg_id == self->ended_early_msg_id)
        finish_utterance (self);
      else
        self->msg_id = event->msg_id;
      break;

    case EVENT_ENDED:
      if (event->msg_id == self->msg_id)
        finish_utterance (self);
      else if (self->msg_id < 0)
        self->ended_early_msg_id = event->msg_id;
      break;

    default:
      g_assert_not_reached ();
    }

  return G_SOURCE_REMOVE;
}

/* From any thread: always later, never in the calling thread (as g_main_context_invoke
 * would do when it can take the context). */
static void
post_event (SpeakerLink *link,
            EventKind    kind,
            guint        utterance,
            int          msg_id)
{
  SpeechEvent *event = g_new0 (SpeechEvent, 1);
  g_autoptr (GSource) source = g_idle_source_new ();

  event->link = speaker_link_ref (link);
  event->kind = kind;
  event->utterance = utterance;
  event->msg_id = msg_id;

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  unknot_audio_attach_source (source, link->context, deliver_event_cb, event,
                              (GDestroyNotify) speech_event_free, "[unknot] speech event");
}

/* On libspeechd's event thread. */
static void
speech_ended_cb (size_t              msg_id,
                 size_t              client_id,
                 SPDNotificationType state)
{
  int cancel_state;

  /* spd_close cancels this thread; never while it holds a lock */
  pthread_setcancelstate (PTHREAD_CANCEL_DISABLE, &cancel_state);
  G_LOCK (links);
  for (guint i = 0; links != NULL && i < links->len; i++)
    post_event (g_ptr_array_index (links, i), EVENT_ENDED, 0, (int) msg_id);
  G_UNLOCK (links);
  pthread_setcancelstate (cancel_state, NULL);
}

typedef enum
{
  JOB_SAY,
  JOB_CANCEL,
  JOB_CLOSE,
} JobKind;

typedef struct
{
  SpeakerLink *link;
  JobKind      kind;
  guint        utterance;
  char        *text;
  gboolean     interrupt;
} Job;

/* On the worker thread. */
static void
run_job_cb (gpointer data,
            gpointer user_data)
{
  Job *job = data;
  SpeakerLink *link = job->link;
  gboolean closing = g_atomic_int_get (&link->closing);

  switch (job->kind)
    {
    case JOB_SAY:
      if (!closing)
        {
          int msg_id;

          if (job->interrupt)
            spd_cancel (link->connection);
          msg_id = spd_say (link->connection, SPD_MESSAGE, job->text);
          post_event (link, EVENT_SAID, job->utterance, msg_id);
        }
      break;

    case JOB_CANCEL:
      if (!closing)
        spd_cancel (link->connection);
      break;

    case JOB_CLOSE:
      G_LOCK (links);
      if (g_ptr_array_remove (links, link))
        speaker_link_unref (link);
      G_UNLOCK (links);
      g_clear_pointer (&link->connection, spd_close);
      break;

    default:
      g_assert_not_reached ();
    }

  speaker_link_unref (job->link);
  g_free (job->text);
  g_free (job);
}

static void
push_job (UnknotSpeaker *self,
          JobKind        kind,
          const char    *text,
          gboolean       interrupt)
{
  Job *job = g_new0 (Job, 1);

  job->link = speaker_link_ref (self->link);
  job->kind = kind;
  job->utterance = self->utterance;
  job->text = g_strdup (text);
  job->interrupt = interrupt;
  g_thread_pool_push (self->worker, job, NULL);
}

static gboolean
watchdog_cb (gpointer user_data)
{
  UnknotSpeaker *self = user_data;

  g_debug ("The speech service did not end an utterance in time; cancelling it");
  g_clear_pointer (&self->watchdog, g_source_unref);
  unknot_speaker_cancel (self);

  return G_SOURCE_REMOVE;
}

static void
start_watchdog (UnknotSpeaker *self,
                guint          characters)
{
  guint timeout_ms = WATCHDOG_BASE_MS + WATCHDOG_PER_CHARACTER_MS * characters;

  unknot_audio_clear_source (&self->watchdog);
  self->watchdog = unknot_audio_attach_source (g_timeout_source_new (timeout_ms), self->context,
                                               watchdog_cb, self, NULL, "[unknot] speech watchdog");
}

/* In a GTask thread: may take a while, when it starts the daemon. */
static void
open_connection_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  const char *language = task_data;
  char *error_message = NULL;
  SPDConnection *connection;

  connection = spd_open2 (CLIENT_NAME, "main", NULL, SPD_MODE_THREADED, NULL, TRUE, &error_message);
  if (connection == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_CONNECTED, "%s",
                               error_message != NULL ? error_message : "spd_open2 failed");
      free (error_message);
      return;
    }

  connection->callback_end = speech_ended_cb;
  connection->callback_cancel = speech_ended_cb;
  if (spd_set_notification_on (connection, SPD_END) != 0 ||
      spd_set_notification_on (connection, SPD_CANCEL) != 0)
    {
      spd_close (connection);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                               "The speech service refused notifications");
      return;
    }
  if (spd_set_language (connection, language) != 0)
    g_debug ("The speech service has no voice for %s", language);

  g_task_return_pointer (task, connection, (GDestroyNotify) spd_close);
}

static void
connection_opened_cb (GObject      *source_object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  UnknotSpeaker *self = UNKNOT_SPEAKER (source_object);
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  SPDConnection *connection = g_task_propagate_pointer (G_TASK (result), &error);

  self->connecting = FALSE;
  if (connection == NULL)
    {
      g_debug ("No speech service: %s", error->message);
      set_unavailable (self, _(REASON_NO_SERVICE));
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_CONNECTED,
                               "%s", self->unavailable_reason);
      return;
    }

  self->link = speaker_link_new (self, connection);
  self->worker = g_thread_pool_new (run_job_cb, NULL, 1, FALSE, NULL);
  G_LOCK (links);
  if (links == NULL)
    links = g_ptr_array_new ();
  g_ptr_array_add (links, speaker_link_ref (self->link));
  G_UNLOCK (links);

  self->available = TRUE;
  g_clear_pointer (&self->unavailable_reason, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNAVAILABLE_REASON]);

  g_task_return_boolean (task, TRUE);
}

#endif /* HAVE_SPEECH */

static void
unknot_speaker_dispose (GObject *object)
{
#if HAVE_SPEECH
  UnknotSpeaker *self = UNKNOT_SPEAKER (object);

  unknot_audio_clear_source (&self->watchdog);
  if (self->link != NULL)
    {
      g_atomic_int_set (&self->link->closing, TRUE);
      push_job (self, JOB_CLOSE, NULL, FALSE);
      /* the worker closes the connection after what it is doing; nobody waits for it */
      g_thread_pool_free (g_steal_pointer (&self->worker), FALSE, FALSE);
      g_clear_pointer (&self->link, speaker_link_unref);
    }
#endif

  G_OBJECT_CLASS (unknot_speaker_parent_class)->dispose (object);
}

static void
unknot_speaker_finalize (GObject *object)
{
  UnknotSpeaker *self = UNKNOT_SPEAKER (object);

  g_clear_pointer (&self->unavailable_reason, g_free);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (unknot_speaker_parent_class)->finalize (object);
}

static void
unknot_speaker_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  UnknotSpeaker *self = UNKNOT_SPEAKER (object);

  switch (prop_id)
    {
    case PROP_AVAILABLE:
      g_value_set_boolean (value, self->available);
      break;
    case PROP_UNAVAILABLE_REASON:
      g_value_set_string (value, self->unavailable_reason);
      break;
    case PROP_SPEAKING:
      g_value_set_boolean (value, self->speaking);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_speaker_class_init (UnknotSpeakerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_speaker_dispose;
  object_class->finalize = unknot_speaker_finalize;
  object_class->get_property = unknot_speaker_get_property;

  /**
   * UnknotSpeaker:available:
   *
   * Whether prompts can be spoken: connected to the speech service.
   */
  properties[PROP_AVAILABLE] =
    g_param_spec_boolean ("available", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * UnknotSpeaker:unavailable-reason:
   *
   * Why prompts cannot be spoken, as a sentence for people; NULL while they can, and
   * while the speaker is still connecting.
   */
  properties[PROP_UNAVAILABLE_REASON] =
    g_param_spec_string ("unavailable-reason", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * UnknotSpeaker:speaking:
   *
   * Whether an utterance asked for has not ended yet.
   */
  properties[PROP_SPEAKING] =
    g_param_spec_boolean ("speaking", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UnknotSpeaker::finished:
   *
   * Emitted when the last utterance asked for has ended or was cancelled.
   */
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

#if HAVE_SPEECH
  /* libspeechd writes to its socket with write(2): a daemon that went away would end
   * the app with SIGPIPE. (GIO's sockets do the same, for the same reason.) */
  signal (SIGPIPE, SIG_IGN);
#endif
}

static void
unknot_speaker_init (UnknotSpeaker *self)
{
  self->context = g_main_context_ref_thread_default ();
#if HAVE_SPEECH
  self->msg_id = -1;
  self->ended_early_msg_id = -1;
#else
  self->unavailable_reason = g_strdup (_(REASON_NOT_BUILT));
#endif
}

/**
 * unknot_speaker_new:
 *
 * A speaker, not connected yet: see unknot_speaker_connect_async().
 */
UnknotSpeaker *
unknot_speaker_new (void)
{
  return g_object_new (UNKNOT_TYPE_SPEAKER, NULL);
}

/**
 * unknot_speaker_connect_async:
 *
 * Connects to the speech service, starting it if it is installed but not running,
 * without blocking the main context. Afterwards the speaker is
 * #UnknotSpeaker:available, or says why not.
 */
void
unknot_speaker_connect_async (UnknotSpeaker       *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (UNKNOT_IS_SPEAKER (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, unknot_speaker_connect_async);

#if HAVE_SPEECH
  if (self->link != NULL)
    {
      g_task_return_boolean (task, TRUE);
    }
  else if (self->connecting)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               "The speaker is connecting already");
    }
  else
    {
      g_autoptr (GTask) opening = g_task_new (self, NULL, connection_opened_cb,
                                              g_steal_pointer (&task));

      self->connecting = TRUE;
      g_task_set_source_tag (opening, open_connection_thread);
      g_task_set_task_data (opening, get_speech_language (), g_free);
      g_task_run_in_thread (opening, open_connection_thread);
    }
#else
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "%s", self->unavailable_reason);
#endif
}

gboolean
unknot_speaker_connect_finish (UnknotSpeaker  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (UNKNOT_IS_SPEAKER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
unknot_speaker_get_available (UnknotSpeaker *self)
{
  g_return_val_if_fail (UNKNOT_IS_SPEAKER (self), FALSE);

  return self->available;
}

/**
 * unknot_speaker_get_unavailable_reason:
 *
 * Returns: (nullable): why prompts cannot be spoken, for people
 */
const char *
unknot_speaker_get_unavailable_reason (UnknotSpeaker *self)
{
  g_return_val_if_fail (UNKNOT_IS_SPEAKER (self), NULL);

  return self->unavailable_reason;
}

gboolean
unknot_speaker_get_speaking (UnknotSpeaker *self)
{
  g_return_val_if_fail (UNKNOT_IS_SPEAKER (self), FALSE);

  return self->speaking;
}

/**
 * unknot_speaker_say:
 *
 * Speaks @text, in place of what this speaker was saying. #UnknotSpeaker::finished
 * follows when it has been said, or cancelled.
 *
 * Returns: whether it is being said: FALSE when the speaker is not available
 */
gboolean
unknot_speaker_say (UnknotSpeaker *self,
                    const char    *text)
{
  g_return_val_if_fail (UNKNOT_IS_SPEAKER (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!self->available)
    return FALSE;

#if HAVE_SPEECH
  self->utterance++;
  self->msg_id = -1;
  self->ended_early_msg_id = -1;
  push_job (self, JOB_SAY, text, self->speaking);
  start_watchdog (self, (guint) g_utf8_strlen (text, -1));
  set_speaking (self, TRUE);
  return TRUE;
#else
  return FALSE;
#endif
}

/**
 * unknot_speaker_cancel:
 *
 * Stops what this speaker is saying. #UnknotSpeaker::finished is emitted at once.
 */
void
unknot_speaker_cancel (UnknotSpeaker *self)
{
  g_return_if_fail (UNKNOT_IS_SPEAKER (self));

  if (!self->speaking)
    return;

#if HAVE_SPEECH
  /* what the worker still reports about this utterance no longer counts */
  self->utterance++;
  push_job (self, JOB_CANCEL, NULL, FALSE);
  finish_utterance (self);
#endif
}
