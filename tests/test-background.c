/* test-background.c: the autostart entry, and the Background portal faked on a private bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bus is GTestDBus's, a dbus-daemon of its own (build-aux/packages.txt). The fake portal
 * owns org.freedesktop.portal.Desktop on a connection of its own, as the real one would,
 * and records what it was asked.
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <glib/gstdio.h>

#include "unknot-background.h"

#define REQUEST_PATH_PREFIX "/org/freedesktop/portal/desktop/request/"

static const char portal_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Background'>"
  "    <method name='RequestBackground'>"
  "      <arg type='s' name='parent_window' direction='in'/>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='o' name='handle' direction='out'/>"
  "    </method>"
  "    <method name='SetStatus'>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "    </method>"
  "    <property name='version' type='u' access='read'/>"
  "  </interface>"
  "</node>";

typedef enum
{
  ANSWER_AFTER_REPLY,     /* the usual order */
  ANSWER_BEFORE_REPLY,    /* the Response before the method's reply: seen only if watched first */
  ANSWER_ON_OWN_PATH,     /* as portals before handle_token did, a little later */
  ANSWER_NEVER,
  QUIT_BEFORE_ANSWER,     /* the portal goes away while the user would be asked */
  ANSWER_BROKEN,          /* a Response of the wrong type */
  REPLY_BROKEN,           /* a reply of the wrong type */
  REPLY_ERROR,
} FakeBehaviour;

typedef struct
{
  GDBusConnection *connection;   /* the portal's own */
  guint            object_id;
  FakeBehaviour    behaviour;
  guint32          response;
  gboolean         background;
  gboolean         autostart;
  guint32          version;
  GVariant        *options;      /* of the last RequestBackground */
  char            *handle;       /* where it answered */
  char            *status;       /* the last SetStatus message */
  guint            n_status;
} FakePortal;

static GTestDBus *test_bus;
static GDBusConnection *client;
static FakePortal portal;
static GDBusNodeInfo *portal_info;
static char *config_home;

static char *
autostart_path (void)
{
  return g_build_filename (config_home, "autostart", APP_ID ".desktop", NULL);
}

static GDBusConnection *
connect_to_test_bus (void)
{
  g_autoptr(GError) error = NULL;
  GDBusConnection *connection =
    g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (test_bus),
                                            G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                            G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                            NULL, NULL, &error);

  if (connection == NULL)
    fail_msg ("%s", error->message);
  return connection;
}

static void
emit_response (const char *handle)
{
  GVariantBuilder results;
  g_autoptr(GError) error = NULL;
  GVariant *parameters;

  g_variant_builder_init (&results, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&results, "{sv}", "background", g_variant_new_boolean (portal.background));
  g_variant_builder_add (&results, "{sv}", "autostart", g_variant_new_boolean (portal.autostart));
  if (portal.behaviour == ANSWER_BROKEN)
    {
      g_variant_builder_clear (&results);
      parameters = g_variant_new ("(s)", "nonsense");
    }
  else
    parameters = g_variant_new ("(ua{sv})", portal.response, &results);

  if (!g_dbus_connection_emit_signal (portal.connection, NULL, handle,
                                      "org.freedesktop.portal.Request", "Response",
                                      parameters, &error))
    fail_msg ("%s", error->message);
}

static gboolean
emit_late_response_cb (gpointer user_data)
{
  emit_response (portal.handle);
  return G_SOURCE_REMOVE;
}

static void
call_bus (const char *method,
          GVariant   *parameters)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply =
    g_dbus_connection_call_sync (portal.connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                 "org.freedesktop.DBus", method, parameters, NULL,
                                 G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);

  if (reply == NULL)
    fail_msg ("%s: %s", method, error->message);
}

static gboolean
quit_cb (gpointer user_data)
{
  call_bus ("ReleaseName", g_variant_new ("(s)", "org.freedesktop.portal.Desktop"));
  return G_SOURCE_REMOVE;
}

static void
request_background (GDBusMethodInvocation *invocation,
                    GVariant              *parameters)
{
  const char *token = "none";
  g_autofree char *sender = g_strdup (g_dbus_method_invocation_get_sender (invocation) + 1);

  g_clear_pointer (&portal.options, g_variant_unref);
  g_variant_get (parameters, "(&s@a{sv})", NULL, &portal.options);
  g_variant_lookup (portal.options, "handle_token", "&s", &token);
  g_strdelimit (sender, ".", '_');
  g_free (portal.handle);
  if (portal.behaviour == ANSWER_ON_OWN_PATH)
    portal.handle = g_strdup (REQUEST_PATH_PREFIX "portal/own1");
  else
    portal.handle = g_strconcat (REQUEST_PATH_PREFIX, sender, "/", token, NULL);

  switch (portal.behaviour)
    {
    case REPLY_BROKEN:
      {
        /* past GDBus's own check of the reply, which would warn */
        GDBusMessage *call = g_dbus_method_invocation_get_message (invocation);
        g_autoptr(GDBusMessage) reply = g_dbus_message_new_method_reply (call);

        g_dbus_message_set_body (reply, g_variant_new ("(s)", "nonsense"));
        g_dbus_connection_send_message (portal.connection, reply, G_DBUS_SEND_MESSAGE_FLAGS_NONE,
                                        NULL, NULL);
        g_object_unref (invocation);
      }
      return;
    case REPLY_ERROR:
      g_dbus_method_invocation_return_dbus_error (invocation, "org.freedesktop.portal.Error.InvalidArgument",
                                                  "Not accepting overly long reasons");
      return;
    case ANSWER_BEFORE_REPLY:
      emit_response (portal.handle);
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", portal.handle));
      return;
    case ANSWER_ON_OWN_PATH:
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", portal.handle));
      g_timeout_add (100, emit_late_response_cb, NULL);
      return;
    case ANSWER_NEVER:
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", portal.handle));
      return;
    case QUIT_BEFORE_ANSWER:
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", portal.handle));
      g_timeout_add (100, quit_cb, NULL);
      return;
    case ANSWER_AFTER_REPLY:
    case ANSWER_BROKEN:
    default:
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", portal.handle));
      emit_response (portal.handle);
      return;
    }
}

static void
portal_method_call_cb (GDBusConnection       *connection,
                       const char            *sender,
                       const char            *object_path,
                       const char            *interface_name,
                       const char            *method_name,
                       GVariant              *parameters,
                       GDBusMethodInvocation *invocation,
                       gpointer               user_data)
{
  if (g_str_equal (method_name, "RequestBackground"))
    request_background (invocation, parameters);
  else
    {
      g_autoptr(GVariant) options = g_variant_get_child_value (parameters, 0);

      g_clear_pointer (&portal.status, g_free);
      g_variant_lookup (options, "message", "s", &portal.status);
      portal.n_status++;
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
}

static GVariant *
portal_get_property_cb (GDBusConnection  *connection,
                        const char       *sender,
                        const char       *object_path,
                        const char       *interface_name,
                        const char       *property_name,
                        GError          **error,
                        gpointer          user_data)
{
  return g_variant_new_uint32 (portal.version);
}

static const GDBusInterfaceVTable portal_vtable = {
  portal_method_call_cb, portal_get_property_cb, NULL, { 0 }
};

/* The portal on the bus, with the Background interface or without */
static void
start_portal (FakeBehaviour behaviour,
              gboolean      with_background)
{
  g_autoptr(GError) error = NULL;

  portal.behaviour = behaviour;
  if (with_background)
    {
      portal.object_id = g_dbus_connection_register_object (portal.connection,
                                                            "/org/freedesktop/portal/desktop",
                                                            portal_info->interfaces[0],
                                                            &portal_vtable, NULL, NULL, &error);
      if (portal.object_id == 0)
        fail_msg ("%s", error->message);
    }
  /* DBUS_NAME_FLAG_DO_NOT_QUEUE */
  call_bus ("RequestName", g_variant_new ("(su)", "org.freedesktop.portal.Desktop", 4));
}

static void
stop_portal (void)
{
  if (portal.object_id != 0)
    g_dbus_connection_unregister_object (portal.connection, portal.object_id);
  portal.object_id = 0;
  call_bus ("ReleaseName", g_variant_new ("(s)", "org.freedesktop.portal.Desktop"));
  g_clear_pointer (&portal.options, g_variant_unref);
  g_clear_pointer (&portal.handle, g_free);
  g_clear_pointer (&portal.status, g_free);
  portal.n_status = 0;
  portal.response = 0;
  portal.background = TRUE;
  portal.autostart = TRUE;
  portal.version = 2;
}

/* After each test: no portal, no entry, no sandbox chosen */
static int
end_test (void **unused)
{
  g_autofree char *path = autostart_path ();

  stop_portal ();
  g_unlink (path);
  g_unsetenv ("UNKNOT_TEST_SANDBOXED");
  return 0;
}

static void
result_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Runs the main loop until the call answered */
static GAsyncResult *
wait_for (GAsyncResult **result)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (*result == NULL && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  if (*result == NULL)
    fail_msg ("no answer within 10 s");
  return *result;
}

static gboolean
request (GDBusConnection        *bus,
         gboolean                autostart,
         const char             *reason,
         const char * const     *commandline,
         GCancellable           *cancellable,
         UnknotBackgroundResult *answer,
         GError                **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  *answer = (UnknotBackgroundResult) { 99, 99, 99 };
  unknot_background_request_async (bus, APP_ID, autostart, reason, commandline, cancellable,
                                    result_cb, &result);
  return unknot_background_request_finish (wait_for (&result), answer, error);
}

static gboolean
set_status (GDBusConnection  *bus,
            const char       *message,
            GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  unknot_background_set_status_async (bus, message, NULL, result_cb, &result);
  return unknot_background_set_status_finish (wait_for (&result), error);
}

/* Exec read as the Desktop Entry Specification says, apart from GLib's own reading: split
 * at spaces outside double quotes; inside them a backslash takes the next character as it
 * is; %% is a %. */
static GStrv
split_exec (const char *exec)
{
  g_autoptr(GStrvBuilder) args = g_strv_builder_new ();
  GString *arg = NULL;
  gboolean quoted = FALSE;

  for (const char *p = exec; ; p++)
    {
      if (*p == '\0' || (*p == ' ' && !quoted))
        {
          if (arg != NULL)
            g_strv_builder_take (args, g_string_free (arg, FALSE));
          arg = NULL;
          if (*p == '\0')
            break;
          continue;
        }
      if (arg == NULL)
        arg = g_string_new (NULL);
      if (*p == '"')
        quoted = !quoted;
      else if (*p == '\\' && quoted && p[1] != '\0')
        g_string_append_c (arg, *++p);
      else if (*p == '%' && p[1] == '%')
        g_string_append_c (arg, *++p);
      else
        g_string_append_c (arg, *p);
    }
  assert_false (quoted);
  return g_strv_builder_end (args);
}

static void
assert_same_strv (const char * const *a,
                  const char * const *b)
{
  assert_int_equal (g_strv_length ((GStrv) a), g_strv_length ((GStrv) b));
  for (guint i = 0; a[i] != NULL; i++)
    assert_string_equal (a[i], b[i]);
}

/* Outside a sandbox: an entry of our own, written, rewritten and removed */
static void
test_autostart_file (void **unused)
{
  const char * const commandline[] = {
    "unknot", "--gapplication-service", "--note=a b \"c\" $HOME 100% \\x `y` it's", NULL
  };
  g_autofree char *path = autostart_path ();
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *text = NULL;
  g_autofree char *glib_exec = NULL;
  g_autofree char *validator = g_find_program_in_path ("desktop-file-validate");
  g_auto(GStrv) args = NULL;
  g_auto(GStrv) glib_args = NULL;
  UnknotBackgroundResult answer;

  g_setenv ("UNKNOT_TEST_SANDBOXED", "0", TRUE);
  assert_true (request (NULL, TRUE, "Reminders", commandline, NULL, &answer, &error));
  assert_int_equal (answer.method, UNKNOT_BACKGROUND_METHOD_AUTOSTART_FILE);
  assert_true (answer.background);
  assert_true (answer.autostart);

  assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, NULL));
  text = g_key_file_get_string (entry, "Desktop Entry", "Type", NULL);
  assert_string_equal (text, "Application");
  g_free (text);
  text = g_key_file_get_string (entry, "Desktop Entry", "Name", NULL);
  assert_string_equal (text, "Unknot");
  assert_true (g_key_file_get_boolean (entry, "Desktop Entry", "NoDisplay", NULL));
  assert_true (g_key_file_get_boolean (entry, "Desktop Entry", "X-GNOME-Autostart-enabled", NULL));
  assert_true (g_key_file_get_boolean (entry, "Desktop Entry", "X-Unknot-Reminders", NULL));

  /* quoted as the specification asks, with the key file's escaping of \ on top */
  g_clear_pointer (&text, g_free);
  assert_true (g_file_get_contents (path, &text, NULL, NULL));
  assert_non_null (strstr (text, "\nExec=unknot --gapplication-service "
                                 "\"--note=a b \\\\\"c\\\\\" \\\\$HOME 100%% \\\\\\\\x \\\\`y\\\\` it's\"\n"));
  exec = g_key_file_get_string (entry, "Desktop Entry", "Exec", NULL);
  args = split_exec (exec);
  assert_same_strv ((const char * const *) args, commandline);
  /* and as GLib reads it to launch the entry: field codes, then the shell's quoting */
  {
    g_auto(GStrv) parts = g_strsplit (exec, "%%", -1);

    glib_exec = g_strjoinv ("%", parts);
  }
  assert_true (g_shell_parse_argv (glib_exec, NULL, &glib_args, NULL));
  assert_same_strv ((const char * const *) glib_args, commandline);

  if (validator != NULL)
    {
      const char *argv[] = { validator, path, NULL };
      g_autofree char *output = NULL;
      int status;

      assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                 &output, NULL, &status, NULL));
      if (!g_spawn_check_wait_status (status, NULL))
        fail_msg ("desktop-file-validate: %s", output);
    }

  /* asked again: the same entry */
  assert_true (request (NULL, TRUE, NULL, commandline, NULL, &answer, NULL));
  assert_true (answer.autostart);
  assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* reminders off: removed, and a second time is no failure */
  assert_true (request (NULL, FALSE, NULL, NULL, NULL, &answer, NULL));
  assert_int_equal (answer.method, UNKNOT_BACKGROUND_METHOD_AUTOSTART_FILE);
  assert_false (answer.autostart);
  assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_true (request (NULL, FALSE, NULL, NULL, NULL, &answer, NULL));
  assert_false (answer.autostart);
}

/* An entry the user or another program made is neither overwritten nor removed */
static void
test_autostart_foreign_file (void **unused)
{
  const char * const commandline[] = { "unknot", "--gapplication-service", NULL };
  static const struct {
    const char *text;
    gboolean    starts;
  } foreign[] = {
    { "[Desktop Entry]\nType=Application\nName=Mine\nExec=unknot\n", TRUE },
    { "[Desktop Entry]\nType=Application\nName=Mine\nExec=unknot\nX-GNOME-Autostart-enabled=false\n", FALSE },
    { "[Desktop Entry]\nType=Application\nName=Mine\nExec=unknot\nHidden=true\n", FALSE },
    { "not a key file at all", FALSE },
  };
  g_autofree char *path = autostart_path ();
  g_autofree char *folder = g_path_get_dirname (path);

  g_setenv ("UNKNOT_TEST_SANDBOXED", "0", TRUE);
  assert_int_equal (g_mkdir_with_parents (folder, 0700), 0);
  for (guint i = 0; i < G_N_ELEMENTS (foreign); i++)
    for (guint enable = 0; enable <= 1; enable++)
      {
        UnknotBackgroundResult answer;
        g_autofree char *after = NULL;

        assert_true (g_file_set_contents (path, foreign[i].text, -1, NULL));
        assert_true (request (NULL, enable, NULL, commandline, NULL, &answer, NULL));
        assert_true (g_file_get_contents (path, &after, NULL, NULL));
        assert_string_equal (after, foreign[i].text);
        if (answer.autostart != foreign[i].starts)
          fail_msg ("case %u: starts at login: %d", i, answer.autostart);
      }
  g_unlink (path);
}

/* Nowhere to write: a plain error, nothing else */
static void
test_autostart_failure (void **unused)
{
  const char * const commandline[] = { "unknot", NULL };
  g_autofree char *folder = g_build_filename (config_home, "autostart", NULL);
  g_autoptr(GError) error = NULL;
  UnknotBackgroundResult answer;

  g_setenv ("UNKNOT_TEST_SANDBOXED", "0", TRUE);
  /* a file where the folder should be */
  g_rmdir (folder);
  assert_true (g_file_set_contents (folder, "", -1, NULL));
  assert_false (request (NULL, TRUE, NULL, commandline, NULL, &answer, &error));
  assert_true (g_error_matches (error, UNKNOT_BACKGROUND_ERROR, UNKNOT_BACKGROUND_ERROR_FAILED));
  assert_non_null (strstr (error->message, "Could not make the folder"));
  g_unlink (folder);
}

static void
assert_option_string (const char *key,
                      const char *expected)
{
  const char *value = NULL;

  assert_true (g_variant_lookup (portal.options, key, "&s", &value));
  assert_string_equal (value, expected);
}

/* In a sandbox: the portal is asked, with the options it takes, and allows */
static void
test_portal_allows (void **unused)
{
  const char * const commandline[] = { "unknot", "--gapplication-service", NULL };
  g_autofree char *config_entry = autostart_path ();
  g_autofree const char **sent = NULL;
  g_autoptr(GError) error = NULL;
  const char *token = NULL;
  gboolean flag = TRUE;
  UnknotBackgroundResult answer;

  g_setenv ("UNKNOT_TEST_SANDBOXED", "1", TRUE);
  start_portal (ANSWER_AFTER_REPLY, TRUE);
  if (!request (client, TRUE, "To remind you of your daily session", commandline, NULL, &answer, &error))
    fail_msg ("%s", error->message);
  assert_int_equal (answer.method, UNKNOT_BACKGROUND_METHOD_PORTAL);
  assert_true (answer.background);
  assert_true (answer.autostart);

  assert_option_string ("reason", "To remind you of your daily session");
  assert_true (g_variant_lookup (portal.options, "autostart", "b", &flag));
  assert_true (flag);
  assert_true (g_variant_lookup (portal.options, "commandline", "^a&s", &sent));
  assert_same_strv (sent, commandline);
  assert_true (g_variant_lookup (portal.options, "dbus-activatable", "b", &flag));
  assert_false (flag);
  /* the token names the request's path */
  assert_true (g_variant_lookup (portal.options, "handle_token", "&s", &token));
  assert_true (g_str_has_suffix (portal.handle, token));
  /* the sandbox's own configuration is not the session's: no entry there */
  assert_false (g_file_test (config_entry, G_FILE_TEST_EXISTS));
}

/* The user says no: an answer, not an error */
static void
test_portal_refuses (void **unused)
{
  const char * const commandline[] = { "unknot", NULL };
  g_autoptr(GError) error = NULL;
  UnknotBackgroundResult answer;

  g_setenv ("UNKNOT_TEST_SANDBOXED", "1", TRUE);
  portal.response = 1;
  portal.background = FALSE;
  portal.autostart = FALSE;
  start_portal (ANSWER_AFTER_REPLY, TRUE);
  assert_true (request (client, TRUE, NULL, commandline, NULL, &answer, &error));
  assert_int_equal (answer.method, UNKNOT_BACKGROUND_METHOD_PORTAL);
  assert_false (answer.background);
  assert_false (answer.autostart);
  /* no reason given, none sent */
  assert_false (g_variant_lookup (portal.options, "reason", "&s", NULL));
}

/* Allowed in the background, but not to start at login */
static void
test_portal_allows_background_only (void **unused)
{
  const char * const commandline[] = { "unknot", NULL };
  UnknotBackgroundResult answer;

  g_setenv ("UNKNOT_TEST_SANDBOXED", "1", TRUE);
  portal.autostart = FALSE;
  start_portal (ANSWER_AFTER_REPLY, TRUE);
  assert_true (request (client, TRUE, NULL, commandline, NULL, &answer, NULL));
  assert_true (answer.background);
  assert_false (answer.autostart);
}

/* Reminders off: autostart withdrawn */
static void
test_portal_withdraws (void **unused)
{
  UnknotBackgroundResult answer;
  gboolean flag = TRUE;

  g_setenv ("UNKNOT_TEST_SANDBOXED", "1", TRUE);
  portal.autostart = FALSE;
  start_portal (ANSWER_AFTER_REPLY, TRUE);
  assert_true (request (client, FALSE, NULL, NULL, NULL, &answer, NULL));
  assert_true (g_variant_lookup (portal.options, "autostart", "b", &flag));
  assert_false (flag);
  assert_false (g_variant_lookup (portal.options, "commandline", "^a&s", NULL));
  assert_false (answer.autostart);
}

/* The answer before the method's reply is not missed; nor one on a path of the portal's */
static void
test_portal_answer_order (void **unused)
{
  static const FakeBehaviour orders[] = { ANSWER_BEFORE_REPLY, ANSWER_ON_OWN_PATH };
  const char * const commandline[] = { "unknot", NULL };

  g_setenv ("UNKNOT_TEST_SANDBOXED", "1", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    {
      g_autoptr(GError) error = NULL;
      UnknotBackgroundResult answer;

      start_portal (orders[i], TRUE);
      if (!request (client, TRUE, NULL, commandline, NULL, &answer, &error))
        fail_msg ("%u: %s", i, error->message);
      assert_int_equal (answer.method, UNKNOT_BACKGROUND_METHOD_PORTAL);
      assert_true (answer.autostart);
      stop_portal ();
    }
}

/* No portal on the bus, or one without the Background interface: nobody to ask */
static void
test_portal_missing (void **unused)
{
  const char * const commandline[] = { "unknot", NULL };
  g_autofree char *config_entry = autostart_path ();

  g_setenv ("UNKNOT_TEST_SANDBOXED", "1", TRUE);
  for (guint exported = 0; exported <= 1; exported++)
    {
      g_autoptr(GError) error = NULL;
      UnknotBackgroundResult answer;

      if (exported)
        start_portal (ANSWER_AFTER_REPLY, FALSE);
      if (!request (client, TRUE, NULL, commandline, NULL, &answer, &error))
        fail_msg ("%s", error->message);
      assert_int_equal (answer.method, UNKNOT_BACKGROUND_METHOD_NONE);
      assert_true (answer.background);
      assert_false (answer.autostart);
      /* nor an entry where the session would never see it */
      assert_false (g_file_test (config_entry, G_FILE_TEST_EXISTS));
    }
}

/* Broken answers: a GError with a plain message, never a crash */
static void
test_portal_broken (void **unused)
{
  static const struct {
    FakeBehaviour behaviour;
    guint32       response;
    const char   *message;
  } cases[] = {
    { ANSWER_BROKEN, 0, "The background portal gave an answer Unknot does not understand" },
    { ANSWER_AFTER_REPLY, 2, "The request to run in the background ended without an answer" },
    { REPLY_BROKEN, 0, "Could not ask to run in the background: " },
    { REPLY_ERROR, 0, "Could not ask to run in the background: Not accepting overly long reasons" },
    { QUIT_BEFORE_ANSWER, 0, "The background portal stopped before it answered" },
  };
  const char * const commandline[] = { "unknot", NULL };

  g_setenv ("UNKNOT_TEST_SANDBOXED", "1", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      UnknotBackgroundResult answer;

      portal.response = cases[i].response;
      start_portal (cases[i].behaviour, TRUE);
      assert_false (request (client, TRUE, NULL, commandline, NULL, &answer, &error));
      assert_true (g_error_matches (error, UNKNOT_BACKGROUND_ERROR, UNKNOT_BACKGROUND_ERROR_FAILED));
      if (!g_str_has_prefix (error->message, cases[i].message))
        fail_msg ("case %u: “%s”", i, error->message);
      stop_portal ();
    }
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

/* The user waits no more (Preferences closed): cancelled while the portal thinks */
static void
test_portal_cancelled (void **unused)
{
  const char * const commandline[] = { "unknot", NULL };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  UnknotBackgroundResult answer;

  g_setenv ("UNKNOT_TEST_SANDBOXED", "1", TRUE);
  start_portal (ANSWER_NEVER, TRUE);
  g_timeout_add (200, cancel_cb, cancellable);
  assert_false (request (client, TRUE, NULL, commandline, cancellable, &answer, &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  assert_non_null (portal.options);
}

/* The default session bus, when none is given */
static void
test_portal_on_default_bus (void **unused)
{
  const char * const commandline[] = { "unknot", NULL };
  g_autoptr(GError) error = NULL;
  UnknotBackgroundResult answer;

  g_setenv ("UNKNOT_TEST_SANDBOXED", "1", TRUE);
  start_portal (ANSWER_AFTER_REPLY, TRUE);
  if (!request (NULL, TRUE, NULL, commandline, NULL, &answer, &error))
    fail_msg ("%s", error->message);
  assert_int_equal (answer.method, UNKNOT_BACKGROUND_METHOD_PORTAL);
}

/* SetStatus from version 2, and nothing where it cannot be shown */
static void
test_set_status (void **unused)
{
  g_autofree char *too_long = g_strnfill (96, 'x');
  g_autoptr(GError) error = NULL;

  g_setenv ("UNKNOT_TEST_SANDBOXED", "0", TRUE);
  start_portal (ANSWER_AFTER_REPLY, TRUE);
  assert_true (set_status (client, "Next reminder at 18:00", NULL));
  assert_int_equal (portal.n_status, 0);

  g_setenv ("UNKNOT_TEST_SANDBOXED", "1", TRUE);
  if (!set_status (client, "Next reminder at 18:00", &error))
    fail_msg ("%s", error->message);
  assert_int_equal (portal.n_status, 1);
  assert_string_equal (portal.status, "Next reminder at 18:00");
  assert_true (set_status (NULL, "Next reminder at 08:00", NULL));
  assert_string_equal (portal.status, "Next reminder at 08:00");

  assert_false (set_status (client, too_long, &error));
  assert_true (g_error_matches (error, UNKNOT_BACKGROUND_ERROR, UNKNOT_BACKGROUND_ERROR_FAILED));
  assert_int_equal (portal.n_status, 2);

  portal.version = 1;
  assert_true (set_status (client, "Next reminder at 18:00", NULL));
  assert_int_equal (portal.n_status, 2);

  stop_portal ();
  assert_true (set_status (client, "Next reminder at 18:00", NULL));
  start_portal (ANSWER_AFTER_REPLY, FALSE);
  assert_true (set_status (client, "Next reminder at 18:00", NULL));
}

static int
setup (void **unused)
{
  g_autoptr(GError) error = NULL;

  test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (test_bus);
  portal_info = g_dbus_node_info_new_for_xml (portal_xml, &error);
  if (portal_info == NULL)
    {
      print_error ("%s\n", error->message);
      return -1;
    }
  portal.connection = connect_to_test_bus ();
  client = connect_to_test_bus ();
  stop_portal ();
  return 0;
}

static int
teardown (void **unused)
{
  g_clear_object (&client);
  g_clear_object (&portal.connection);
  g_clear_pointer (&portal_info, g_dbus_node_info_unref);
  g_test_dbus_down (test_bus);
  g_clear_object (&test_bus);
  return 0;
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_teardown (test_autostart_file, end_test),
    cmocka_unit_test_teardown (test_autostart_foreign_file, end_test),
    cmocka_unit_test_teardown (test_autostart_failure, end_test),
    cmocka_unit_test_teardown (test_portal_allows, end_test),
    cmocka_unit_test_teardown (test_portal_refuses, end_test),
    cmocka_unit_test_teardown (test_portal_allows_background_only, end_test),
    cmocka_unit_test_teardown (test_portal_withdraws, end_test),
    cmocka_unit_test_teardown (test_portal_answer_order, end_test),
    cmocka_unit_test_teardown (test_portal_missing, end_test),
    cmocka_unit_test_teardown (test_portal_broken, end_test),
    cmocka_unit_test_teardown (test_portal_cancelled, end_test),
    cmocka_unit_test_teardown (test_portal_on_default_bus, end_test),
    cmocka_unit_test_teardown (test_set_status, end_test),
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *autostart_folder = NULL;
  int failed;

  /* before anything asks for it: GLib keeps the first answer */
  config_home = g_dir_make_tmp ("unknot-background-XXXXXX", &error);
  if (config_home == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_set_application_name ("Unknot");

  failed = cmocka_run_group_tests (tests, setup, teardown);
  autostart_folder = g_build_filename (config_home, "autostart", NULL);
  g_rmdir (autostart_folder);
  g_rmdir (config_home);
  g_free (config_home);
  return failed;
}
