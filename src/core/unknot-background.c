/* unknot-background.c: running in the background and starting at login
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Daily reminders come while the window is closed, so the app stays running in the
 * background and starts when the user logs in.
 *
 * In a sandbox only the XDG Background portal can allow both: Flatpak's portal stops apps
 * that run in the background without leave, and an autostart entry written in the sandbox
 * lands in its private configuration, where the session never looks. The portal is spoken
 * to over GDBus, as libportal is not in every runtime the app supports.
 *
 * Outside a sandbox the app writes its own autostart entry. xdg-desktop-portal answers host
 * apps too, but what it does for them depends on its version: recent ones (src/background.c,
 * 1.19 on) allow the background without asking and write the entry only when they can tell
 * the app's id from its systemd scope, which an app started from a terminal has not; they
 * join the command line with plain spaces; older ones have the desktop's backend write an
 * entry that runs "flatpak run", which fails for a host app. Nothing on the host stops an
 * app running without a window, so an entry of our own does all that is needed, the same
 * everywhere.
 */

#define G_LOG_DOMAIN "unknot-background"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "unknot-background.h"

#define PORTAL_BUS_NAME             "org.freedesktop.portal.Desktop"
#define PORTAL_OBJECT_PATH          "/org/freedesktop/portal/desktop"
#define PORTAL_BACKGROUND_INTERFACE "org.freedesktop.portal.Background"
#define PORTAL_REQUEST_INTERFACE    "org.freedesktop.portal.Request"
#define PORTAL_REQUEST_PATH_PREFIX  "/org/freedesktop/portal/desktop/request/"
/* The portal takes status messages shorter than this, in characters */
#define PORTAL_STATUS_MAX_LENGTH    96

/* Marks the autostart entries this file writes, so that only those are removed */
#define AUTOSTART_MARKER_KEY        "X-Unknot-Reminders"

G_DEFINE_QUARK (unknot-background-error-quark, unknot_background_error)

/**
 * unknot_background_is_sandboxed:
 *
 * Tests set UNKNOT_TEST_SANDBOXED to 1 or 0 to choose.
 *
 * Returns: whether the app runs in a Flatpak sandbox
 */
gboolean
unknot_background_is_sandboxed (void)
{
  const char *forced = g_getenv ("UNKNOT_TEST_SANDBOXED");

  if (forced != NULL)
    return g_str_equal (forced, "1");
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

/* The portal is not there, or has no Background interface: nothing to ask */
static gboolean
is_no_portal_error (const GError *error)
{
  return g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
         g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER) ||
         g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD) ||
         g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_INTERFACE) ||
         g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_OBJECT);
}

/* Hands @task a GError of ours, with a plain message and the cause after it */
static void
return_failure (GTask        *task,
                const GError *cause,
                const char   *what)
{
  g_autofree char *detail = NULL;

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_error_copy (cause));
      return;
    }
  if (cause != NULL)
    {
      g_autoptr (GError) copy = g_error_copy (cause);

      g_dbus_error_strip_remote_error (copy);
      detail = g_steal_pointer (&copy->message);
    }
  g_task_return_new_error (task, UNKNOT_BACKGROUND_ERROR, UNKNOT_BACKGROUND_ERROR_FAILED,
                           "%s%s%s", what, detail != NULL ? ": " : "", detail != NULL ? detail : "");
}

static void
return_result (GTask                  *task,
               UnknotBackgroundMethod  method,
               gboolean                background,
               gboolean                autostart)
{
  UnknotBackgroundResult result = { method, background, autostart };

  g_task_return_pointer (task, g_memdup2 (&result, sizeof result), g_free);
}

/* The autostart entry outside the sandbox */

/* One argument of Exec, quoted as the Desktop Entry Specification asks: in double quotes
 * when it holds a reserved character, with ", `, $ and \ escaped by a backslash there, and
 * % doubled (a field code otherwise). The key file's own escaping (\ written \\) comes on
 * top, from g_key_file_set_string(), as the specification wants. */
static void
append_exec_argument (GString    *exec,
                      const char *argument)
{
  gboolean quote = *argument == '\0' || strpbrk (argument, " \t\n\"'\\><~|&;$*?#()`") != NULL;

  if (exec->len > 0)
    g_string_append_c (exec, ' ');
  if (quote)
    g_string_append_c (exec, '"');
  for (const char *p = argument; *p != '\0'; p++)
    {
      if (*p == '%')
        g_string_append_c (exec, '%');
      else if (quote && strchr ("\"`$\\", *p) != NULL)
        g_string_append_c (exec, '\\');
      g_string_append_c (exec, *p);
    }
  if (quote)
    g_string_append_c (exec, '"');
}

static char *
autostart_entry (const char         *app_id,
                 const char * const *commandline,
                 gsize              *length)
{
  g_autoptr (GKeyFile) entry = g_key_file_new ();
  g_autoptr (GString) exec = g_string_new (NULL);
  const char *name = g_get_application_name ();

  for (guint i = 0; commandline[i] != NULL; i++)
    append_exec_argument (exec, commandline[i]);

  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE,
                         G_KEY_FILE_DESKTOP_TYPE_APPLICATION);
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NAME,
                         name != NULL ? name : app_id);
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_ICON, app_id);
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, exec->str);
  /* not a second launcher in the menus, only a start at login */
  g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", TRUE);
  g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, AUTOSTART_MARKER_KEY, TRUE);
  return g_key_file_to_data (entry, length, NULL);
}

/* Whether an entry someone else wrote starts the app at login */
static gboolean
foreign_entry_starts (GKeyFile *entry)
{
  g_autoptr (GError) error = NULL;
  gboolean enabled;

  if (g_key_file_get_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_HIDDEN, NULL))
    return FALSE;
  enabled = g_key_file_get_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", &error);
  return enabled || error != NULL;
}

/* Writes or removes $XDG_CONFIG_HOME/autostart/APP_ID.desktop. An entry the user or another
 * program wrote there is left alone either way; @autostart says whether it starts the app. */
static gboolean
apply_autostart_file (const char          *app_id,
                      gboolean             enable,
                      const char * const  *commandline,
                      gboolean            *autostart,
                      GError             **error)
{
  g_autofree char *folder = g_build_filename (g_get_user_config_dir (), "autostart", NULL);
  g_autofree char *file_name = g_strconcat (app_id, ".desktop", NULL);
  g_autofree char *path = g_build_filename (folder, file_name, NULL);
  g_autoptr (GKeyFile) existing = g_key_file_new ();
  g_autoptr (GError) write_error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      gboolean loaded = g_key_file_load_from_file (existing, path, G_KEY_FILE_NONE, NULL);

      if (!loaded || !g_key_file_get_boolean (existing, G_KEY_FILE_DESKTOP_GROUP, AUTOSTART_MARKER_KEY, NULL))
        {
          *autostart = loaded && foreign_entry_starts (existing);
          return TRUE;
        }
      if (!enable && g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, UNKNOT_BACKGROUND_ERROR, UNKNOT_BACKGROUND_ERROR_FAILED,
                       "Could not remove the autostart entry %s: %s", path, g_strerror (saved_errno));
          return FALSE;
        }
    }
  if (!enable)
    {
      *autostart = FALSE;
      return TRUE;
    }

  data = autostart_entry (app_id, commandline, &length);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, UNKNOT_BACKGROUND_ERROR, UNKNOT_BACKGROUND_ERROR_FAILED,
                   "Could not make the folder %s: %s", folder, g_strerror (saved_errno));
      return FALSE;
    }
  /* written whole or not at all: a session starting meanwhile never reads half an entry */
  if (!g_file_set_contents (path, data, (gssize) length, &write_error))
    {
      g_set_error (error, UNKNOT_BACKGROUND_ERROR, UNKNOT_BACKGROUND_ERROR_FAILED,
                   "Could not write the autostart entry: %s", write_error->message);
      return FALSE;
    }
  *autostart = TRUE;
  return TRUE;
}

/* The portal's RequestBackground */

typedef struct
{
  GDBusConnection *bus;
  char            *app_id;
  gboolean         autostart;
  char            *reason;
  GStrv            commandline;
  char            *handle;        /* the Request object whose Response is the answer */
  guint            response_id;   /* the subscription to that Response */
  guint            portal_watch;  /* for a portal gone before it answered */
  GSource         *cancelled;
  gboolean         answered;
} BackgroundRequest;

static void
background_request_free (BackgroundRequest *request)
{
  g_clear_object (&request->bus);
  g_free (request->app_id);
  g_free (request->reason);
  g_strfreev (request->commandline);
  g_free (request->handle);
  g_free (request);
}

static void
stop_watching_response (BackgroundRequest *request)
{
  if (request->response_id != 0)
    g_dbus_connection_signal_unsubscribe (request->bus, request->response_id);
  request->response_id = 0;
}

/* Stops waiting for the portal; FALSE when another path answered already (the Response can
 * come before the method's reply, and a cancellation at any time). */
static gboolean
begin_answer (GTask *task)
{
  BackgroundRequest *request = g_task_get_task_data (task);

  if (request->answered)
    return FALSE;
  request->answered = TRUE;
  stop_watching_response (request);
  if (request->portal_watch != 0)
    g_bus_unwatch_name (request->portal_watch);
  request->portal_watch = 0;
  if (request->cancelled != NULL)
    {
      g_source_destroy (request->cancelled);
      g_clear_pointer (&request->cancelled, g_source_unref);
    }
  return TRUE;
}

static void
response_cb (GDBusConnection *connection,
             const char      *sender_name,
             const char      *object_path,
             const char      *interface_name,
             const char      *signal_name,
             GVariant        *parameters,
             gpointer         user_data)
{
  /* the subscription holds the task; kept past begin_answer(), which ends that */
  g_autoptr (GTask) task = g_object_ref (user_data);
  g_autoptr (GVariant) results = NULL;
  gboolean background, autostart;
  guint32 response;

  if (!begin_answer (task))
    return;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ua{sv})")))
    {
      g_task_return_new_error (task, UNKNOT_BACKGROUND_ERROR, UNKNOT_BACKGROUND_ERROR_FAILED,
                               "The background portal gave an answer Unknot does not understand");
      return;
    }

  g_variant_get (parameters, "(u@a{sv})", &response, &results);
  /* 0 allowed, 1 refused by the user (or earlier, in the settings), 2 ended otherwise */
  if (response > 1)
    {
      g_task_return_new_error (task, UNKNOT_BACKGROUND_ERROR, UNKNOT_BACKGROUND_ERROR_FAILED,
                               "The request to run in the background ended without an answer");
      return;
    }
  if (!g_variant_lookup (results, "background", "b", &background))
    background = response == 0;
  if (!g_variant_lookup (results, "autostart", "b", &autostart))
    autostart = FALSE;
  return_result (task, UNKNOT_BACKGROUND_METHOD_PORTAL, background, autostart);
}

static void
watch_response (GTask      *task,
                const char *handle)
{
  BackgroundRequest *request = g_task_get_task_data (task);

  stop_watching_response (request);
  if (handle != request->handle)
    {
      g_free (request->handle);
      request->handle = g_strdup (handle);
    }
  request->response_id = g_dbus_connection_signal_subscribe (request->bus, PORTAL_BUS_NAME,
                                                             PORTAL_REQUEST_INTERFACE, "Response",
                                                             request->handle, NULL,
                                                             G_DBUS_SIGNAL_FLAGS_NONE,
                                                             response_cb, g_object_ref (task),
                                                             g_object_unref);
}

static void
portal_vanished_cb (GDBusConnection *connection,
                    const char      *name,
                    gpointer         user_data)
{
  g_autoptr (GTask) task = g_object_ref (user_data);

  if (begin_answer (task))
    g_task_return_new_error (task, UNKNOT_BACKGROUND_ERROR, UNKNOT_BACKGROUND_ERROR_FAILED,
                             "The background portal stopped before it answered");
}

static void
request_background_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  BackgroundRequest *request = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) reply = NULL;
  const char *handle;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    {
      if (!begin_answer (task))
        return;
      /* no portal: the app runs on unhindered, but nothing can start it at login */
      if (is_no_portal_error (error))
        return_result (task, UNKNOT_BACKGROUND_METHOD_NONE, TRUE, FALSE);
      else
        return_failure (task, error, "Could not ask to run in the background");
      return;
    }

  if (request->answered)
    return;
  /* portals older than the handle_token option answer on a path of their own */
  g_variant_get (reply, "(&o)", &handle);
  if (strcmp (handle, request->handle) != 0)
    watch_response (task, handle);
  /* the answer can take long, the user being asked; not forever if the portal quits */
  request->portal_watch = g_bus_watch_name_on_connection (request->bus, PORTAL_BUS_NAME,
                                                          G_BUS_NAME_WATCHER_FLAGS_NONE,
                                                          NULL, portal_vanished_cb,
                                                          g_object_ref (task), g_object_unref);
}

static gboolean
request_cancelled_cb (GCancellable *cancellable,
                      gpointer      user_data)
{
  g_autoptr (GTask) task = g_object_ref (user_data);
  BackgroundRequest *request = g_task_get_task_data (task);

  if (begin_answer (task))
    {
      /* takes the dialog away, if the portal shows one */
      g_dbus_connection_call (request->bus, PORTAL_BUS_NAME, request->handle,
                              PORTAL_REQUEST_INTERFACE, "Close", NULL, NULL,
                              G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL, NULL);
      g_task_return_error_if_cancelled (task);
    }
  return G_SOURCE_REMOVE;
}

static void
send_background_request (GTask *task)
{
  BackgroundRequest *request = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  const char *unique_name = g_dbus_connection_get_unique_name (request->bus);
  g_autofree char *token = NULL;
  g_autofree char *sender = NULL;
  GVariantBuilder options;

  if (unique_name == NULL)
    {
      request->answered = TRUE;
      g_task_return_new_error (task, UNKNOT_BACKGROUND_ERROR, UNKNOT_BACKGROUND_ERROR_FAILED,
                               "Could not ask to run in the background: not connected to a message bus");
      return;
    }

  /* The portal makes its Request object at a path it derives from our name and a token of
   * ours, and may answer at once: the Response is watched there before asking, or it
   * could come and go unseen. */
  token = g_strdup_printf ("unknot%u", g_random_int ());
  sender = g_strdup (unique_name + 1);
  g_strdelimit (sender, ".", '_');
  request->handle = g_strconcat (PORTAL_REQUEST_PATH_PREFIX, sender, "/", token, NULL);
  watch_response (task, request->handle);

  if (cancellable != NULL)
    {
      request->cancelled = g_cancellable_source_new (cancellable);
      g_source_set_callback (request->cancelled, G_SOURCE_FUNC (request_cancelled_cb),
                             g_object_ref (task), g_object_unref);
      g_source_attach (request->cancelled, g_task_get_context (task));
    }

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "handle_token", g_variant_new_string (token));
  if (request->reason != NULL)
    g_variant_builder_add (&options, "{sv}", "reason", g_variant_new_string (request->reason));
  g_variant_builder_add (&options, "{sv}", "autostart", g_variant_new_boolean (request->autostart));
  if (request->commandline != NULL)
    g_variant_builder_add (&options, "{sv}", "commandline",
                           g_variant_new_strv ((const char * const *) request->commandline, -1));
  /* started by its command line, as a service with no window; D-Bus activation would
   * open one */
  g_variant_builder_add (&options, "{sv}", "dbus-activatable", g_variant_new_boolean (FALSE));

  g_dbus_connection_call (request->bus, PORTAL_BUS_NAME, PORTAL_OBJECT_PATH,
                          PORTAL_BACKGROUND_INTERFACE, "RequestBackground",
                          g_variant_new ("(sa{sv})", "", &options), G_VARIANT_TYPE ("(o)"),
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                          request_background_cb, g_object_ref (task));
}

static void
request_bus_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  BackgroundRequest *request = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  request->bus = g_bus_get_finish (result, &error);
  if (request->bus == NULL)
    {
      request->answered = TRUE;
      return_failure (task, error, "Could not ask to run in the background: no session bus");
      return;
    }
  send_background_request (task);
}

/**
 * unknot_background_request_async:
 * @session_bus: (nullable): the session bus; %NULL to get it
 * @app_id: the application id, also the name of the autostart entry
 * @autostart: %TRUE to be started at login, %FALSE to be started no more
 * @reason: (nullable): why, in a sentence the portal may show the user
 * @commandline: (nullable) (array zero-terminated=1): the command that starts the app in
 *   the background, its first element the program; needed when @autostart is %TRUE
 *
 * Asks to run in the background and to start at login, or no more at login. In a sandbox
 * the XDG Background portal is asked; the user may be asked in turn, so the answer can
 * take time. Outside one, an autostart entry is written or removed (only one this function
 * wrote: an entry the user made stays).
 */
void
unknot_background_request_async (GDBusConnection     *session_bus,
                                 const char          *app_id,
                                 gboolean             autostart,
                                 const char          *reason,
                                 const char * const  *commandline,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  BackgroundRequest *request;

  g_return_if_fail (session_bus == NULL || G_IS_DBUS_CONNECTION (session_bus));
  g_return_if_fail (app_id != NULL && g_application_id_is_valid (app_id));
  g_return_if_fail (!autostart || (commandline != NULL && commandline[0] != NULL));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, unknot_background_request_async);
  request = g_new0 (BackgroundRequest, 1);
  request->bus = session_bus != NULL ? g_object_ref (session_bus) : NULL;
  request->app_id = g_strdup (app_id);
  request->autostart = autostart;
  request->reason = g_strdup (reason);
  request->commandline = g_strdupv ((char **) commandline);
  g_task_set_task_data (task, request, (GDestroyNotify) background_request_free);

  if (!unknot_background_is_sandboxed ())
    {
      g_autoptr (GError) error = NULL;
      gboolean started;

      request->answered = TRUE;
      if (apply_autostart_file (app_id, autostart, commandline, &started, &error))
        return_result (task, UNKNOT_BACKGROUND_METHOD_AUTOSTART_FILE, TRUE, started);
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (request->bus == NULL)
    g_bus_get (G_BUS_TYPE_SESSION, cancellable, request_bus_cb, g_steal_pointer (&task));
  else
    send_background_request (task);
}

/**
 * unknot_background_request_finish:
 * @out: (out caller-allocates): the answer
 *
 * Returns: %TRUE with @out set, also when the user refused (@out says what); %FALSE with
 *   @error set when nothing could be asked or the portal failed
 */
gboolean
unknot_background_request_finish (GAsyncResult            *result,
                                  UnknotBackgroundResult  *out,
                                  GError                 **error)
{
  g_autofree UnknotBackgroundResult *answer = NULL;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == unknot_background_request_async, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  answer = g_task_propagate_pointer (G_TASK (result), error);
  if (answer == NULL)
    return FALSE;
  *out = *answer;
  return TRUE;
}

/* The portal's SetStatus */

static void
set_status_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) reply = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL && !is_no_portal_error (error))
    return_failure (task, error, "Could not set the background status");
  else
    g_task_return_boolean (task, TRUE);
}

static void
portal_version_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  GDBusConnection *bus = G_DBUS_CONNECTION (source);
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) reply = NULL;
  g_autoptr (GVariant) version = NULL;
  GCancellable *cancellable;
  GVariantBuilder options;

  reply = g_dbus_connection_call_finish (bus, result, &error);
  if (reply == NULL)
    {
      /* no portal, or one without the interface: nowhere to show a status */
      if (is_no_portal_error (error) ||
          g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS))
        g_task_return_boolean (task, TRUE);
      else
        return_failure (task, error, "Could not set the background status");
      return;
    }

  g_variant_get (reply, "(v)", &version);
  /* SetStatus came with version 2 */
  if (!g_variant_is_of_type (version, G_VARIANT_TYPE_UINT32) || g_variant_get_uint32 (version) < 2)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  cancellable = g_task_get_cancellable (task);
  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "message",
                         g_variant_new_string (g_task_get_task_data (task)));
  g_dbus_connection_call (bus, PORTAL_BUS_NAME, PORTAL_OBJECT_PATH,
                          PORTAL_BACKGROUND_INTERFACE, "SetStatus",
                          g_variant_new ("(a{sv})", &options), G_VARIANT_TYPE_UNIT,
                          G_DBUS_CALL_FLAGS_NONE, -1, cancellable,
                          set_status_cb, g_steal_pointer (&task));
}

static void
ask_portal_version (GTask           *task,
                    GDBusConnection *bus)
{
  g_dbus_connection_call (bus, PORTAL_BUS_NAME, PORTAL_OBJECT_PATH,
                          "org.freedesktop.DBus.Properties", "Get",
                          g_variant_new ("(ss)", PORTAL_BACKGROUND_INTERFACE, "version"),
                          G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NONE, -1,
                          g_task_get_cancellable (task), portal_version_cb, task);
}

static void
status_bus_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDBusConnection) bus = g_bus_get_finish (result, &error);

  if (bus == NULL)
    return_failure (task, error, "Could not set the background status: no session bus");
  else
    ask_portal_version (g_steal_pointer (&task), bus);
}

/**
 * unknot_background_set_status_async:
 * @session_bus: (nullable): the session bus; %NULL to get it
 * @message: a line on what the app does in the background, such as "Next reminder at
 *   18:00", shorter than 96 characters
 *
 * Shows @message where the desktop lists the apps running in the background (the
 * Background portal's SetStatus, from its version 2). Nothing happens outside a sandbox
 * or without such a portal.
 */
void
unknot_background_set_status_async (GDBusConnection     *session_bus,
                                    const char          *message,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (session_bus == NULL || G_IS_DBUS_CONNECTION (session_bus));
  g_return_if_fail (message != NULL && g_utf8_validate (message, -1, NULL));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, unknot_background_set_status_async);
  g_task_set_task_data (task, g_strdup (message), g_free);

  if (!unknot_background_is_sandboxed ())
    g_task_return_boolean (task, TRUE);
  else if (g_utf8_strlen (message, -1) >= PORTAL_STATUS_MAX_LENGTH)
    g_task_return_new_error (task, UNKNOT_BACKGROUND_ERROR, UNKNOT_BACKGROUND_ERROR_FAILED,
                             "The background status is longer than %d characters: %s",
                             PORTAL_STATUS_MAX_LENGTH - 1, message);
  else if (session_bus == NULL)
    g_bus_get (G_BUS_TYPE_SESSION, cancellable, status_bus_cb, g_steal_pointer (&task));
  else
    ask_portal_version (g_steal_pointer (&task), session_bus);
}

/**
 * unknot_background_set_status_finish:
 *
 * Returns: %TRUE when the status was set, or there was nowhere to set it
 */
gboolean
unknot_background_set_status_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == unknot_background_set_status_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
