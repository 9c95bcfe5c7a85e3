/* test-exhibit-loader-limits.c: an exhibit too large in any way (items,
 * coordinates, bytes, values, problems, repeated keys) is refused within
 * the time limit, saying which limit it broke.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "kwa-exhibit.h"
#include "kwa-test-loader.h"

static char *
minimal_with_extra_events (guint n_extra)
{
  g_autoptr(GString) events = g_string_new ("\"sources\": [\"test-web\"]}");

  for (guint i = 0; i < n_extra; i++)
    g_string_append_printf (events,
                            ",\n    {\"id\": \"extra-%u\", \"date\": \"1953-01-01\","
                            " \"title\": {\"en\": \"E\", \"ko\": \"E\"}, \"summary\": {\"en\": \"E\", \"ko\": \"E\"},"
                            " \"body\": {\"en\": \"E\", \"ko\": \"E\"}, \"category\": \"political\", \"importance\": 3,"
                            " \"sources\": [\"test-web\"]}", i);
  g_string_append (events, "\n  ],\n  \"fronts\"");

  return kwa_test_minimal_with ("\"sources\": [\"test-web\"]}\n  ],\n  \"fronts\"", events->str);
}

static void
test_limit_items (void)
{
  g_autofree char *at_limit = minimal_with_extra_events (KWA_EXHIBIT_MAX_ITEMS - 3);
  g_autofree char *over_limit = minimal_with_extra_events (KWA_EXHIBIT_MAX_ITEMS - 2);
  g_autoptr(KwaExhibit) exhibit = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 elapsed;
  guint n_events;

  exhibit = kwa_test_load_generated (at_limit, NULL, &error, &elapsed);
  g_assert_no_error (error);
  kwa_exhibit_get_events (exhibit, &n_events);
  g_assert_cmpuint (n_events, ==, KWA_EXHIBIT_MAX_ITEMS);
  g_assert_cmpint (elapsed, <, kwa_test_time_limit_usec ());

  g_assert_null (kwa_test_load_generated (over_limit, &problems, &error, &elapsed));
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 1);
  kwa_test_assert_problem (problems, "minimal.json", "events", "10001 items; at most 10000 are allowed");
  g_assert_cmpint (elapsed, <, kwa_test_time_limit_usec ());
}

static void
test_limit_coordinates (void)
{
  g_autoptr(GString) line = g_string_new ("[[124.6, 38.0]");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 elapsed;

  for (guint i = 1; i <= KWA_EXHIBIT_MAX_COORDINATES; i++)
    g_string_append (line, ", [126.5, 38.0]");
  g_string_append_c (line, ']');
  text = kwa_test_minimal_with ("[[124.6, 38.0], [126.5, 38.0], [128.65, 38.0]]", line->str);

  g_assert_null (kwa_test_load_generated (text, &problems, &error, &elapsed));
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 1);
  kwa_test_assert_problem (problems, "minimal.json", "fronts[0].geometry.coordinates", "at most 100000");
  g_assert_cmpint (elapsed, <, kwa_test_time_limit_usec ());
}

static void
test_limit_file_size (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kwa-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *spaces = NULL;
  gsize size = 17 * 1024 * 1024;
  gint64 start;

  g_assert_no_error (error);
  path = g_build_filename (dir, "huge.json", NULL);
  spaces = g_malloc (size);
  memset (spaces, ' ', size);
  g_file_set_contents (path, spaces, size, &error);
  g_assert_no_error (error);

  file = g_file_new_for_path (path);
  start = g_get_monotonic_time ();
  g_assert_null (kwa_exhibit_new_from_file (file, &problems, &error));
  g_assert_cmpint (g_get_monotonic_time () - start, <, kwa_test_time_limit_usec ());
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_LIMIT);
  g_assert_cmpuint (problems->len, ==, 1);
  kwa_test_assert_problem (problems, "huge.json", "", "the file is 17.0 MiB; an exhibit may be at most 16 MiB");

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_limit_bytes_size (void)
{
  gsize size = KWA_EXHIBIT_MAX_FILE_SIZE + 1;
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_malloc0 (size), size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (kwa_exhibit_new_from_bytes (bytes, NULL, &problems, &error));
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_LIMIT);
  kwa_test_assert_problem (problems, "exhibit", "", "an exhibit may be at most 16 MiB");
}

/* A file broken everywhere lists a bounded number of problems, but the
 * error still counts them all.
 */
static void
test_limit_problems (void)
{
  g_autoptr(GString) places = g_string_new ("\"places\": [\n");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  const KwaProblem *last;
  gint64 elapsed;
  guint n_bad = KWA_EXHIBIT_MAX_PROBLEMS + 500;

  for (guint i = 0; i < n_bad; i++)
    g_string_append_printf (places,
                            "    {\"id\": \"place-%u\", \"name\": {\"en\": \"P\", \"ko\": \"P\"},"
                            " \"point\": {\"type\": \"Point\", \"coordinates\": [127, 37]},"
                            " \"kind\": \"city\", \"importance\": 4},\n", i);
  text = kwa_test_minimal_with ("\"places\": [\n", places->str);

  g_assert_null (kwa_test_load_generated (text, &problems, &error, &elapsed));
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, KWA_EXHIBIT_MAX_PROBLEMS + 1);
  kwa_test_assert_problem (problems, "minimal.json", "places[0].importance", "expected an integer from 1 to 3, found 4");
  last = g_ptr_array_index (problems, problems->len - 1);
  g_assert_nonnull (strstr (last->message, "only the first 1000 are listed"));
  g_assert_cmpstr (error->message, ==, "1500 problems in minimal.json");
  g_assert_cmpint (elapsed, <, kwa_test_time_limit_usec ());
}

/* Every duplicate key is a problem with a line and column; finding them
 * must take one pass over the file, not one per duplicate (which took
 * minutes for a few hundred kilobytes of them).
 */
static void
test_limit_duplicate_keys (void)
{
  g_autoptr(GString) keys = g_string_new ("\"schema\": 1");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 elapsed;
  guint n_repeats = 100000;

  for (guint i = 0; i < n_repeats; i++)
    g_string_append (keys, ",\n  \"schema\": 1");
  text = kwa_test_minimal_with ("\"schema\": 1", keys->str);

  g_assert_null (kwa_test_load_generated (text, &problems, &error, &elapsed));
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, KWA_EXHIBIT_MAX_PROBLEMS + 1);
  kwa_test_assert_problem (problems, "minimal.json", "3:3", "the key \"schema\" appears twice");
  kwa_test_assert_problem (problems, "minimal.json", "1002:3", "the key \"schema\" appears twice");
  g_assert_cmpstr (error->message, ==, "100000 problems in minimal.json");
  g_assert_cmpint (elapsed, <, kwa_test_time_limit_usec ());
}

/* The most memory this process has held since the last reset, in bytes;
 * Linux resets that mark when "5" is written to clear_refs. */
static gsize
peak_memory (void)
{
  g_autofree char *status = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, "VmHWM:");
  g_assert_nonnull (line);

  return g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10) * 1024;
}

static void
reset_peak_memory (void)
{
  FILE *clear_refs = fopen ("/proc/self/clear_refs", "w");

  g_assert_nonnull (clear_refs);
  g_assert_cmpint (fputs ("5", clear_refs), >=, 0);
  g_assert_cmpint (fclose (clear_refs), ==, 0);
}

/* Sixteen megabytes of empty objects: refused by counting, before the
 * parser builds millions of nodes (which took 1.6 GB with json-glib's
 * parser, and 300 MB and a second when the scanner built them as it
 * counted). */
static void
test_limit_values (void)
{
  g_autoptr(GString) text = g_string_new ("[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;
  gint64 start;
  gsize before;

  for (guint i = 0; i < KWA_EXHIBIT_MAX_VALUES + 10; i++)
    g_string_append (text, i == 0 ? "{}" : ",{}");
  g_string_append_c (text, ']');
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));

  reset_peak_memory ();
  before = peak_memory ();
  start = g_get_monotonic_time ();
  exhibit = kwa_exhibit_new_from_bytes (bytes, NULL, &problems, &error);
  g_assert_null (exhibit);
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "values"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, kwa_test_time_limit_usec ());
  /* The file's 3 MB and a little; not a node for each value. */
  g_assert_cmpuint (peak_memory () - before, <, 32 * 1024 * 1024);
}

/* A file over twice as many bytes as the value limit is counted before its
 * tree is built (kwa-exhibit-loader.c, read_tree()): it still loads, and a
 * problem found in the count is listed once, not again by the build. */
static void
test_limit_long_file (void)
{
  g_autofree char *minimal = kwa_test_read_minimal ();
  g_autofree char *duplicated = kwa_test_minimal_with ("\"schema\": 1", "\"schema\": 1,\n  \"schema\": 1");
  g_autoptr(GString) padding = g_string_new (NULL);
  g_autoptr(KwaExhibit) short_one = kwa_test_load_generated (minimal, NULL, NULL, NULL);
  g_autoptr(KwaExhibit) long_one = NULL;
  g_autofree char *long_text = NULL;
  g_autofree char *long_duplicated = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 elapsed;
  guint n_short, n_long;

  g_string_append_c (padding, '\n');
  while (padding->len < 2 * KWA_EXHIBIT_MAX_VALUES)
    g_string_append (padding, "                                                               \n");
  long_text = g_strconcat (minimal, padding->str, NULL);
  long_duplicated = g_strconcat (duplicated, padding->str, NULL);

  g_assert_nonnull (short_one);
  long_one = kwa_test_load_generated (long_text, NULL, &error, &elapsed);
  g_assert_no_error (error);
  g_assert_nonnull (long_one);
  kwa_exhibit_get_events (short_one, &n_short);
  kwa_exhibit_get_events (long_one, &n_long);
  g_assert_cmpuint (n_long, ==, n_short);
  g_assert_cmpint (elapsed, <, kwa_test_time_limit_usec ());

  g_assert_null (kwa_test_load_generated (long_duplicated, &problems, &error, NULL));
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 1);
  kwa_test_assert_problem (problems, "minimal.json", "3:3", "the key \"schema\" appears twice");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exhibit-loader/limits/items", test_limit_items);
  g_test_add_func ("/exhibit-loader/limits/coordinates", test_limit_coordinates);
  g_test_add_func ("/exhibit-loader/limits/file-size", test_limit_file_size);
  g_test_add_func ("/exhibit-loader/limits/bytes-size", test_limit_bytes_size);
  g_test_add_func ("/exhibit-loader/limits/problems", test_limit_problems);
  g_test_add_func ("/exhibit-loader/limits/duplicate-keys", test_limit_duplicate_keys);
  g_test_add_func ("/exhibit-loader/limits/values", test_limit_values);
  g_test_add_func ("/exhibit-loader/limits/long-file", test_limit_long_file);

  return g_test_run ();
}
