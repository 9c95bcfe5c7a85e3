/* test-json-tree-builder.c: the tree the exhibit scanner builds is the tree
 * json-glib's own parser makes of the same bytes, value type for value type
 * and member order for member order, so every reader of the exhibit sees
 * what it saw before the scanner built it.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-exhibit-private.h"

static void assert_same_node (JsonNode   *ours,
                              JsonNode   *theirs,
                              const char *path);

/* json_node_equal() would call the integer 4 and the double 4.0 equal; the
 * loader tells them apart (a year must be whole), so this compares types. */
static void
assert_same_value (JsonNode   *ours,
                   JsonNode   *theirs,
                   const char *path)
{
  GType type = json_node_get_value_type (theirs);

  if (json_node_get_value_type (ours) != type)
    g_error ("%s: a %s, where json-glib reads a %s", path,
             g_type_name (json_node_get_value_type (ours)), g_type_name (type));

  if (type == G_TYPE_STRING)
    g_assert_cmpstr (json_node_get_string (ours), ==, json_node_get_string (theirs));
  else if (type == G_TYPE_INT64)
    g_assert_cmpint (json_node_get_int (ours), ==, json_node_get_int (theirs));
  else if (type == G_TYPE_DOUBLE)
    {
      double a = json_node_get_double (ours), b = json_node_get_double (theirs);

      if (a != b || signbit (a) != signbit (b))
        g_error ("%s: %.17g, where json-glib reads %.17g", path, a, b);
    }
  else if (type == G_TYPE_BOOLEAN)
    g_assert_cmpint (json_node_get_boolean (ours), ==, json_node_get_boolean (theirs));
  else
    g_error ("%s: a value of type %s", path, g_type_name (type));
}

static void
assert_same_object (JsonObject *ours,
                    JsonObject *theirs,
                    const char *path)
{
  g_autoptr(GList) our_keys = json_object_get_members (ours);
  g_autoptr(GList) their_keys = json_object_get_members (theirs);
  GList *a, *b;

  for (a = our_keys, b = their_keys; a != NULL && b != NULL; a = a->next, b = b->next)
    {
      g_autofree char *member_path = g_strdup_printf ("%s.%s", path, (const char *) b->data);

      if (strcmp (a->data, b->data) != 0)
        g_error ("%s: the key \"%s\", where json-glib has \"%s\"", path, (const char *) a->data, (const char *) b->data);
      assert_same_node (json_object_get_member (ours, a->data), json_object_get_member (theirs, b->data), member_path);
    }

  if (a != NULL || b != NULL)
    g_error ("%s: %u members, where json-glib has %u", path,
             g_list_length (our_keys), g_list_length (their_keys));
}

static void
assert_same_node (JsonNode   *ours,
                  JsonNode   *theirs,
                  const char *path)
{
  g_assert_nonnull (ours);

  if (JSON_NODE_TYPE (ours) != JSON_NODE_TYPE (theirs))
    g_error ("%s: a %s, where json-glib has a %s", path, json_node_type_name (ours), json_node_type_name (theirs));

  switch (JSON_NODE_TYPE (theirs))
    {
    case JSON_NODE_OBJECT:
      assert_same_object (json_node_get_object (ours), json_node_get_object (theirs), path);
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *a = json_node_get_array (ours), *b = json_node_get_array (theirs);

        g_assert_cmpuint (json_array_get_length (a), ==, json_array_get_length (b));
        for (guint i = 0; i < json_array_get_length (b); i++)
          {
            g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);

            assert_same_node (json_array_get_element (a, i), json_array_get_element (b, i), item_path);
          }
      }
      break;

    case JSON_NODE_VALUE:
      assert_same_value (ours, theirs, path);
      break;

    case JSON_NODE_NULL:
    default:
      break;
    }
}

static void
assert_tree_as_json_glib (const char *data,
                          gsize       length)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) kwa_problem_free);
  KwaProblemLog log = { "test.json", problems, 0, NULL, 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kwa_exhibit_check_syntax (data, length, &log, &root, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  g_assert_true (json_parser_load_from_data (parser, data, (gssize) length, &error));
  g_assert_no_error (error);

  assert_same_node (root, json_parser_get_root (parser), "$");
}

/* Every kind of value, escape and number form the scanner lets through. */
static void
test_every_token (void)
{
  static const char *documents[] = {
    "{\"text\": \"plain\", \"escapes\": \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\","
    " \"unicode\": \"\\u00e9\\u1234 \\uD83D\\uDE00 \\ud83c\\udf8c end\","
    " \"raw\": \"서울 평양 \xf0\x9f\x98\x80\", \"empty\": \"\","
    " \"k\\\"ey \\u00e9\": 1, \"서울\": \"수도\"}",
    "[0, -0, 7, -17, 123456789012345678, -123456789012345678, 1.5, -0.25,"
    " 0.1, 1e5, 1E-3, 2.5e+10, -0.0, 126.978, 37.5665, 1.0]",
    "[true, false, null, [], {}, [[]], {\"a\": {}}, [{\"b\": [null]}]]",
    "  {\"nested\": {\"deeper\": {\"deepest\": [1, [2, [3, {\"x\": \"y\"}]]]}}}  ",
    "\"just a text\"",
    "42",
    "{\"same\": 1, \"order\": 2, \"kept\": 3, \"a\": 4, \"z\": 5, \"m\": 6}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    assert_tree_as_json_glib (documents[i], strlen (documents[i]));
}

/* The bundled exhibit: every text, figure and coordinate it holds. */
static void
test_bundled_exhibit (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("KWA_SOURCE_DIR"), "data", "korean-war.json", NULL);
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  assert_tree_as_json_glib (data, length);
}

/* Bytes the scanner refuses build nothing, and leak nothing half built. */
static void
test_refused_builds_nothing (void)
{
  static const char *documents[] = {
    "{\"a\": [1, 2, {\"b\": ",
    "[1, 2,]",
    "{\"a\": 01}",
    "[\"unclosed]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) kwa_problem_free);
      KwaProblemLog log = { "test.json", problems, 0, NULL, 0 };
      g_autoptr(GError) error = NULL;
      JsonNode *root = NULL;

      g_assert_false (kwa_exhibit_check_syntax (documents[i], strlen (documents[i]), &log, &root, &error));
      g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_SYNTAX);
      g_assert_null (root);
    }
}

/* How many "appears twice" problems the scanner finds in @document. */
static guint
count_duplicate_keys (const char *document)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) kwa_problem_free);
  KwaProblemLog log = { "test.json", problems, 0, NULL, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  guint n = 0;

  kwa_exhibit_check_syntax (document, strlen (document), &log, &root, &error);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = kwa_problem_to_string (g_ptr_array_index (problems, i));

      n += strstr (line, "appears twice") != NULL;
    }
  return n;
}

/* Keys are compared as the file writes them, escapes and all, within each
 * object only: an escaped quote does not end a key, and a key may recur
 * in another object. */
static void
test_duplicate_keys_as_written (void)
{
  g_assert_cmpuint (count_duplicate_keys ("{\"a\\\"b\": 1, \"a\\\"b\": 2}"), ==, 1);
  g_assert_cmpuint (count_duplicate_keys ("{\"x\": {\"k\": 1, \"k\": 2}, \"y\": [{\"k\": 3}]}"), ==, 1);
  g_assert_cmpuint (count_duplicate_keys ("{\"a\\\"b\": 1, \"a\\\"c\": 2, \"a\": 3, \"a\\\\\": 4,"
                                          " \"ab\": 5, \"a\\u0062\": 6, \"\": 7}"), ==, 0);
  /* The same hash (ab and bA sum alike), told apart past the escaped quote. */
  g_assert_cmpuint (count_duplicate_keys ("{\"q\\\"ab\": 1, \"q\\\"bA\": 2}"), ==, 0);
  g_assert_cmpuint (count_duplicate_keys ("{\"x\": {\"k\": 1}, \"y\": {\"k\": 2}, \"k\": {\"k\": 3}}"), ==, 0);
  g_assert_cmpuint (count_duplicate_keys ("{\"\": 1, \"\": 2}"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-tree-builder/every-token", test_every_token);
  g_test_add_func ("/json-tree-builder/bundled-exhibit", test_bundled_exhibit);
  g_test_add_func ("/json-tree-builder/refused-builds-nothing", test_refused_builds_nothing);
  g_test_add_func ("/json-tree-builder/duplicate-keys-as-written", test_duplicate_keys_as_written);

  return g_test_run ();
}
