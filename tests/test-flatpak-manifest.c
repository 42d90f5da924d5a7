/* test-flatpak-manifest.c: the Flatpak manifest asks for nothing beyond PLATFORM.md
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static const char *manifest_path;

/* Exactly these, nothing more: PLATFORM.md */
static const char * const allowed_finish_args[] = {
  "--share=ipc",
  "--socket=wayland",
  "--socket=fallback-x11",
  "--socket=pulseaudio",
  "--device=dri",
};

static JsonObject *
load_manifest (JsonParser *parser)
{
  g_autoptr (GError) error = NULL;

  json_parser_load_from_file (parser, manifest_path, &error);
  if (error != NULL)
    fail_msg ("%s: %s", manifest_path, error->message);
  assert_int_equal (JSON_NODE_TYPE (json_parser_get_root (parser)), JSON_NODE_OBJECT);

  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_identity (void **state)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  const char *runtime_version;

  assert_string_equal (json_object_get_string_member (manifest, "id"), BASE_ID);
  assert_string_equal (json_object_get_string_member (manifest, "command"), "unknot");
  assert_string_equal (json_object_get_string_member (manifest, "runtime"), "org.gnome.Platform");
  assert_string_equal (json_object_get_string_member (manifest, "sdk"), "org.gnome.Sdk");

  runtime_version = json_object_get_string_member (manifest, "runtime-version");
  assert_non_null (runtime_version);
  assert_true (g_ascii_strtoull (runtime_version, NULL, 10) >= 50);
}

static void
test_finish_args_are_exactly_the_allowed_ones (void **state)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  JsonArray *finish_args;
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  assert_true (json_object_has_member (manifest, "finish-args"));
  finish_args = json_object_get_array_member (manifest, "finish-args");
  for (guint i = 0; i < json_array_get_length (finish_args); i++)
    {
      const char *arg = json_array_get_string_element (finish_args, i);

      assert_non_null (arg);
      if (!g_strv_contains ((const char * const *) allowed_finish_args, arg) &&
          !g_hash_table_contains (seen, arg))
        fail_msg ("permission beyond the allowed list: %s", arg);
      g_hash_table_add (seen, (gpointer) arg);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (allowed_finish_args); i++)
    if (!g_hash_table_contains (seen, allowed_finish_args[i]))
      fail_msg ("missing permission: %s", allowed_finish_args[i]);
  assert_int_equal (g_hash_table_size (seen), G_N_ELEMENTS (allowed_finish_args));
}

static void
test_app_module_and_pinned_sources (void **state)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  JsonArray *modules = json_object_get_array_member (manifest, "modules");
  JsonObject *app_module;
  JsonArray *app_sources;

  assert_non_null (modules);
  assert_true (json_array_get_length (modules) > 0);

  /* Every source fetched from elsewhere is pinned. */
  for (guint i = 0; i < json_array_get_length (modules); i++)
    {
      JsonObject *module = json_array_get_object_element (modules, i);
      JsonArray *sources = json_object_has_member (module, "sources") ?
                           json_object_get_array_member (module, "sources") : NULL;

      for (guint j = 0; sources != NULL && j < json_array_get_length (sources); j++)
        {
          JsonObject *source = json_array_get_object_element (sources, j);
          const char *type = json_object_get_string_member (source, "type");

          if (g_strcmp0 (type, "archive") == 0 || g_strcmp0 (type, "file") == 0)
            assert_true (json_object_has_member (source, "sha256"));
          else if (g_strcmp0 (type, "git") == 0)
            assert_true (json_object_has_member (source, "tag") && json_object_has_member (source, "commit"));
        }
    }

  /* The app itself is the last module, built with meson from the local tree. */
  app_module = json_array_get_object_element (modules, json_array_get_length (modules) - 1);
  assert_string_equal (json_object_get_string_member (app_module, "name"), "unknot");
  assert_string_equal (json_object_get_string_member (app_module, "buildsystem"), "meson");
  app_sources = json_object_get_array_member (app_module, "sources");
  assert_int_equal (json_array_get_length (app_sources), 1);
  assert_string_equal (json_object_get_string_member (json_array_get_object_element (app_sources, 0), "type"),
                       "dir");
}

int
main (int   argc,
      char *argv[])
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_identity),
    cmocka_unit_test (test_finish_args_are_exactly_the_allowed_ones),
    cmocka_unit_test (test_app_module_and_pinned_sources),
  };

  if (argc != 2)
    {
      g_printerr ("usage: %s MANIFEST\n", argv[0]);
      return EXIT_FAILURE;
    }
  manifest_path = argv[1];

  return cmocka_run_group_tests_name ("flatpak-manifest", tests, NULL, NULL);
}
