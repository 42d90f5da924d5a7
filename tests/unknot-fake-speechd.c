/* unknot-fake-speechd.c: a speech-dispatcher stand-in for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * It listens on a unix socket and answers the SSIP commands libspeechd sends as the daemon
 * would, without a voice. It logs what it is told ("CLIENT_NAME user:unknot:main",
 * "LANGUAGE en", "SPEAK text", "CANCEL"…), keeps the messages it was given in order, and
 * ends the oldest with an END event when a test says so: the test decides when speech
 * ends. A CANCEL from a client cancels its messages with CANCELED events, as the daemon
 * does.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "unknot-fake-speechd.h"
#include "unknot-test-util.h"

typedef struct
{
  UnknotFakeSpeechd *server;
  GSocketConnection *connection;
  GThread           *thread;
  int                id;
  gboolean           open;
} Client;

typedef struct
{
  Client *client;
  int     msg_id;
} Message;

struct _UnknotFakeSpeechd
{
  char         *path;
  GSocket      *listener;
  GCancellable *cancellable;
  GThread      *accept_thread;
  GMutex        lock;            /* what follows, and every write to a client */
  GPtrArray    *clients;
  GPtrArray    *log;
  GQueue        messages;        /* Message, oldest first */
  int           last_client_id;
  int           last_msg_id;
};

/* With the lock held. */
static void
client_write (Client     *client,
              const char *text)
{
  GOutputStream *output = g_io_stream_get_output_stream (G_IO_STREAM (client->connection));

  if (client->open)
    g_output_stream_write_all (output, text, strlen (text), NULL, NULL, NULL);
}

/* With the lock held. Sends @client an event about @msg_id: 702 END, 703 CANCELED… */
static void
client_send_event (Client     *client,
                   int         msg_id,
                   int         code,
                   const char *name)
{
  g_autofree char *event = g_strdup_printf ("%d-%d\r\n%d-%d\r\n%d %s\r\n",
                                            code, msg_id, code, client->id, code, name);

  client_write (client, event);
}

static void
server_log (UnknotFakeSpeechd *self,
            char              *entry)
{
  g_mutex_lock (&self->lock);
  g_ptr_array_add (self->log, entry);
  g_mutex_unlock (&self->lock);
}

static void
client_reply (Client     *client,
              const char *reply)
{
  g_mutex_lock (&client->server->lock);
  client_write (client, reply);
  g_mutex_unlock (&client->server->lock);
}

/* After SPEAK: lines up to a lone ".", with a leading ".." standing for "." */
static char *
read_message (GDataInputStream *input,
              GCancellable     *cancellable)
{
  g_autoptr (GString) text = g_string_new (NULL);
  char *line;

  while ((line = g_data_input_stream_read_line (input, NULL, cancellable, NULL)) != NULL)
    {
      g_autofree char *owned = line;

      if (g_str_equal (line, "."))
        return g_string_free (g_steal_pointer (&text), FALSE);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_str_has_prefix (line, "..") ? line + 1 : line);
    }

  return NULL;
}

static void
cancel_messages (UnknotFakeSpeechd *self,
                 Client            *client)
{
  g_mutex_lock (&self->lock);
  for (GList *l = self->messages.head; l != NULL;)
    {
      Message *message = l->data;
      GList *next = l->next;

      if (message->client == client)
        {
          client_send_event (client, message->msg_id, 703, "CANCELED");
          g_queue_delete_link (&self->messages, l);
          g_free (message);
        }
      l = next;
    }
  g_mutex_unlock (&self->lock);
}

static gboolean
handle_command (Client           *client,
                const char       *command,
                GDataInputStream *input)
{
  UnknotFakeSpeechd *self = client->server;

  if (g_ascii_strcasecmp (command, "SPEAK") == 0)
    {
      g_autofree char *text = NULL;
      g_autofree char *reply = NULL;
      Message *message;

      client_reply (client, "230 OK RECEIVING DATA\r\n");
      text = read_message (input, self->cancellable);
      if (text == NULL)
        return FALSE;

      message = g_new0 (Message, 1);
      message->client = client;
      g_mutex_lock (&self->lock);
      message->msg_id = ++self->last_msg_id;
      g_queue_push_tail (&self->messages, message);
      g_ptr_array_add (self->log, g_strconcat ("SPEAK ", text, NULL));
      reply = g_strdup_printf ("225-%d\r\n225 OK MESSAGE QUEUED\r\n", message->msg_id);
      client_write (client, reply);
      g_mutex_unlock (&self->lock);
    }
  else if (g_ascii_strncasecmp (command, "SET SELF CLIENT_NAME ", 21) == 0)
    {
      g_autofree char *name = g_strdup (command + 21);

      g_strdelimit (name, "\"", ' ');
      server_log (self, g_strconcat ("CLIENT_NAME ", g_strstrip (name), NULL));
      client_reply (client, "208 OK CLIENT NAME SET\r\n");
    }
  else if (g_ascii_strncasecmp (command, "SET SELF LANGUAGE ", 18) == 0)
    {
      server_log (self, g_strconcat ("LANGUAGE ", command + 18, NULL));
      client_reply (client, "201 OK LANGUAGE SET\r\n");
    }
  else if (g_ascii_strncasecmp (command, "SET SELF NOTIFICATION ", 22) == 0)
    {
      server_log (self, g_strconcat ("NOTIFICATION ", command + 22, NULL));
      client_reply (client, "218 OK NOTIFICATION SET\r\n");
    }
  else if (g_ascii_strncasecmp (command, "SET SELF PRIORITY ", 18) == 0)
    {
      server_log (self, g_strconcat ("PRIORITY ", command + 18, NULL));
      client_reply (client, "202 OK PRIORITY SET\r\n");
    }
  else if (g_ascii_strcasecmp (command, "CANCEL SELF") == 0 ||
           g_ascii_strcasecmp (command, "STOP SELF") == 0)
    {
      server_log (self, g_strdup ("CANCEL"));
      client_reply (client, "210 OK CANCELED\r\n");
      cancel_messages (self, client);
    }
  else if (g_ascii_strcasecmp (command, "QUIT") == 0)
    {
      client_reply (client, "231 HAPPY HACKING\r\n");
      return FALSE;
    }
  else
    {
      server_log (self, g_strconcat ("UNKNOWN ", command, NULL));
      client_reply (client, "300 ERR UNKNOWN COMMAND\r\n");
    }

  return TRUE;
}

static gpointer
client_thread (gpointer data)
{
  Client *client = data;
  UnknotFakeSpeechd *self = client->server;
  GInputStream *stream = g_io_stream_get_input_stream (G_IO_STREAM (client->connection));
  g_autoptr (GDataInputStream) input = g_data_input_stream_new (stream);
  char *line;

  g_data_input_stream_set_newline_type (input, G_DATA_STREAM_NEWLINE_TYPE_CR_LF);
  while ((line = g_data_input_stream_read_line (input, NULL, self->cancellable, NULL)) != NULL)
    {
      g_autofree char *command = line;

      if (!handle_command (client, command, input))
        break;
    }

  cancel_messages (self, client);
  g_mutex_lock (&self->lock);
  client->open = FALSE;
  g_mutex_unlock (&self->lock);

  return NULL;
}

static gpointer
accept_thread (gpointer data)
{
  UnknotFakeSpeechd *self = data;
  GSocket *socket;

  while ((socket = g_socket_accept (self->listener, self->cancellable, NULL)) != NULL)
    {
      Client *client = g_new0 (Client, 1);

      client->server = self;
      client->connection = g_socket_connection_factory_create_connection (socket);
      client->open = TRUE;
      g_object_unref (socket);

      g_mutex_lock (&self->lock);
      client->id = ++self->last_client_id;
      g_ptr_array_add (self->clients, client);
      client->thread = g_thread_new ("fake-speechd-client", client_thread, client);
      g_mutex_unlock (&self->lock);
    }

  return NULL;
}

/* Listens on @socket_path, which must not exist. */
UnknotFakeSpeechd *
unknot_fake_speechd_start (const char *socket_path)
{
  UnknotFakeSpeechd *self = g_new0 (UnknotFakeSpeechd, 1);
  g_autoptr (GSocketAddress) address = g_unix_socket_address_new (socket_path);
  g_autoptr (GError) error = NULL;

  self->path = g_strdup (socket_path);
  self->cancellable = g_cancellable_new ();
  self->clients = g_ptr_array_new ();
  self->log = g_ptr_array_new_with_free_func (g_free);
  g_mutex_init (&self->lock);
  g_queue_init (&self->messages);

  self->listener = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_DEFAULT, &error);
  g_assert_no_error (error);
  g_socket_bind (self->listener, address, FALSE, &error);
  g_assert_no_error (error);
  g_socket_listen (self->listener, &error);
  g_assert_no_error (error);

  self->accept_thread = g_thread_new ("fake-speechd", accept_thread, self);

  return self;
}

/* Closes every connection and stops listening. */
void
unknot_fake_speechd_stop (UnknotFakeSpeechd *self)
{
  g_cancellable_cancel (self->cancellable);
  g_thread_join (self->accept_thread);
  g_socket_close (self->listener, NULL);

  for (guint i = 0; i < self->clients->len; i++)
    {
      Client *client = g_ptr_array_index (self->clients, i);

      g_io_stream_close (G_IO_STREAM (client->connection), NULL, NULL);
      g_thread_join (client->thread);
      g_object_unref (client->connection);
      g_free (client);
    }
  g_queue_clear_full (&self->messages, g_free);
  g_unlink (self->path);

  g_ptr_array_unref (self->clients);
  g_ptr_array_unref (self->log);
  g_object_unref (self->listener);
  g_object_unref (self->cancellable);
  g_mutex_clear (&self->lock);
  g_free (self->path);
  g_free (self);
}

static guint
count_log (UnknotFakeSpeechd *self,
           const char        *text,
           gboolean           prefix)
{
  guint count = 0;

  g_mutex_lock (&self->lock);
  for (guint i = 0; i < self->log->len; i++)
    {
      const char *entry = g_ptr_array_index (self->log, i);

      count += prefix ? g_str_has_prefix (entry, text) : g_str_equal (entry, text);
    }
  g_mutex_unlock (&self->lock);

  return count;
}

/* How often @entry is in the log. */
guint
unknot_fake_speechd_count (UnknotFakeSpeechd *self,
                           const char        *entry)
{
  return count_log (self, entry, FALSE);
}

/* How many entries of the log start with @prefix. */
guint
unknot_fake_speechd_count_prefix (UnknotFakeSpeechd *self,
                                  const char        *prefix)
{
  return count_log (self, prefix, TRUE);
}

/* The connections that are open. */
guint
unknot_fake_speechd_get_n_clients (UnknotFakeSpeechd *self)
{
  guint n = 0;

  g_mutex_lock (&self->lock);
  for (guint i = 0; i < self->clients->len; i++)
    n += ((Client *) g_ptr_array_index (self->clients, i))->open;
  g_mutex_unlock (&self->lock);

  return n;
}

/* Ends the oldest message as if it had been spoken. Returns whether there was one. */
gboolean
unknot_fake_speechd_end_message (UnknotFakeSpeechd *self)
{
  g_autofree Message *message = NULL;

  g_mutex_lock (&self->lock);
  message = g_queue_pop_head (&self->messages);
  if (message != NULL)
    client_send_event (message->client, message->msg_id, 702, "END");
  g_mutex_unlock (&self->lock);

  return message != NULL;
}

typedef struct
{
  UnknotFakeSpeechd *self;
  const char        *entry;
  guint              count;
} LogWait;

static gboolean
logged_cb (gpointer data)
{
  LogWait *wait = data;

  return unknot_fake_speechd_count (wait->self, wait->entry) >= wait->count;
}

/* Spins the default main context until @entry is @count times in the log. Returns
 * whether it came to be within @timeout_ms. */
gboolean
unknot_fake_speechd_wait_for (UnknotFakeSpeechd *self,
                              const char        *entry,
                              guint              count,
                              guint              timeout_ms)
{
  LogWait wait = { self, entry, count };

  return unknot_test_wait_until (logged_cb, &wait, timeout_ms);
}

static gboolean
no_clients_cb (gpointer data)
{
  return unknot_fake_speechd_get_n_clients (data) == 0;
}

/* Spins the default main context until every client has closed its connection. */
gboolean
unknot_fake_speechd_wait_for_hang_up (UnknotFakeSpeechd *self,
                                      guint              timeout_ms)
{
  return unknot_test_wait_until (no_clients_cb, self, timeout_ms);
}
