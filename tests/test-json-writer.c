/* test-json-writer.c: exhibit files written back as Python's json.dump
 * (indent=2, ensure_ascii=False) writes them, so that a curator's round
 * trip through a spreadsheet or QGIS changes nothing it did not mean to.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kwa-json-writer.h"

static char *
rewrite (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  return kwa_json_write (json_parser_get_root (parser));
}

/* The bundled exhibit, read and written again: the same bytes. */
static void
test_bundled_exhibit_unchanged (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("KWA_SOURCE_DIR"), "data", "korean-war.json", NULL);
  g_autofree char *original = NULL;
  g_autofree char *written = NULL;

  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
  written = rewrite (original);
  g_assert_cmpuint (strlen (written), ==, strlen (original));
  g_assert_true (strcmp (written, original) == 0);
}

/* Numbers as Python's repr(): the fewest digits that read back, ".0" on a
 * whole float, an exponent below 1e-4 and from 1e16. Each line here is
 * what `json.dumps` printed for the same value. */
static void
test_numbers_as_python (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "126.978", "126.978" },
    { "100.0", "100.0" },
    { "100", "100" },
    { "-0.5", "-0.5" },
    { "0.30000000000000004", "0.30000000000000004" },
    { "0.0001", "0.0001" },
    { "0.00001", "1e-05" },
    { "1.5e16", "1.5e+16" },
    { "1e16", "1e+16" },
    { "1234567890123456.0", "1234567890123456.0" },
    { "37.5665", "37.5665" },
    { "0.0", "0.0" },
    { "-9007199254740993", "-9007199254740993" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf ("[%s]", cases[i].in);
      g_autofree char *expected = g_strdup_printf ("[\n  %s\n]\n", cases[i].out);
      g_autofree char *written = rewrite (json);

      g_assert_cmpstr (written, ==, expected);
    }
}

static void
test_strings_and_nesting (void)
{
  g_autofree char *written = rewrite ("{\"b\": \"q\\\"b\\\\s\\n\\t\\u0001 é 한\", \"a\": {}, \"c\": [], "
                                      "\"d\": [true, false, null, {\"x\": 1}]}");

  g_assert_cmpstr (written, ==,
                   "{\n"
                   "  \"b\": \"q\\\"b\\\\s\\n\\t\\u0001 é 한\",\n"
                   "  \"a\": {},\n"
                   "  \"c\": [],\n"
                   "  \"d\": [\n"
                   "    true,\n"
                   "    false,\n"
                   "    null,\n"
                   "    {\n"
                   "      \"x\": 1\n"
                   "    }\n"
                   "  ]\n"
                   "}\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-writer/bundled-exhibit-unchanged", test_bundled_exhibit_unchanged);
  g_test_add_func ("/json-writer/numbers-as-python", test_numbers_as_python);
  g_test_add_func ("/json-writer/strings-and-nesting", test_strings_and_nesting);

  return g_test_run ();
}
