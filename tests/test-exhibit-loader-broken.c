/* test-exhibit-loader-broken.c: every class of broken exhibit is refused
 * quickly, with the exact place of the problem and words a curator
 * understands; the same from the command line (--validate).
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kwa-exhibit.h"
#include "kwa-test-loader.h"
#include "kwa-test-utils.h"

/* What one broken file in tests/data/broken/ must produce. */
typedef struct
{
  const char      *file;
  KwaExhibitError  code;
  const char      *location;     /* JSON path, "line:column", or "" for the whole file */
  const char      *message;      /* a phrase the problem must say */
  guint            n_problems;   /* listed; 0 means exactly one */
  guint            n_found;      /* counted, when more are found than listed; 0: as listed */
} BrokenCase;

#define E(code) KWA_EXHIBIT_ERROR_##code

static const BrokenCase broken_cases[] = {
  /* Below JSON: bytes, syntax and the limits checked before parsing. */
  { "empty.json", E (SYNTAX), "1:1", "the file is empty" },
  { "truncated.json", E (SYNTAX), "29:3", "the file ends before the object opened at line 1, column 1 is closed" },
  { "invalid-utf8.json", E (SYNTAX), "30:52", "not valid UTF-8" },
  { "nul-byte.json", E (SYNTAX), "32:39", "NUL byte" },
  { "deep-nesting.json", E (LIMIT), "1:65", "nested more than 64 levels deep" },
  { "trailing-comma.json", E (SYNTAX), "60:28", "unexpected character ',' before ']' (remove the trailing comma)" },
  { "missing-comma.json", E (SYNTAX), "31:86", "expected ',' or '}' (is a comma missing before this?)" },
  { "comment.json", E (SYNTAX), "21:3", "JSON has no comments" },
  { "single-quotes.json", E (SYNTAX), "43:15", "text must be in double quotes" },
  { "text-after-end.json", E (SYNTAX), "142:1", "after the end of the data" },
  { "bad-literal.json", E (SYNTAX), "36:21", "unexpected word \"tru\"" },
  { "nan.json", E (SYNTAX), "103:13", "NaN is not a number JSON can hold" },
  { "big-integer.json", E (LIMIT), "137:41", "the number 12345678901234567890 is too large" },
  { "bad-escape.json", E (SYNTAX), "11:32", "\\x is not a valid escape" },
  { "line-break-in-text.json", E (SYNTAX), "124:32", "a line break inside a text must be written as \\n" },
  { "duplicate-key.json", E (INVALID), "59:49", "the key \"category\" appears twice" },
  { "duplicate-keys-many.json", E (INVALID), "2:16", "the key \"schema\" appears twice",
    KWA_EXHIBIT_MAX_PROBLEMS + 1, 1199 },

  /* JSON, but not an exhibit. */
  { "root-not-object.json", E (INVALID), "", "expected an exhibit object" },
  { "schema-2.json", E (VERSION), "schema", "this file uses schema version 2; this app reads version 1" },
  { "huge-number.json", E (INVALID), "figures[0].low", "the number is too large to use" },
  { "long-string.json", E (INVALID), "events[0].body.en", "the text is 71680 bytes long; at most 65536 bytes" },
  { "wrong-type-collection.json", E (INVALID), "perspectives", "expected a list, […], found an object" },
  { "wrong-type-integer.json", E (INVALID), "events[1].importance", "expected an integer from 1 to 3, found \"high\"" },
  { "wrong-type-nested.json", E (INVALID), "events[1].quote.speaker.ko", "expected a text in double quotes, found 5" },
  { "wrong-type-text.json", E (INVALID), "places[0].name", "expected a text in the exhibit's languages" },
  { "unknown-key.json", E (INVALID), "events[2]", "unknown key \"titel\" (did you mean \"title\"?)", 2 },
  { "misspelt-collection.json", E (INVALID), "", "unknown key \"evnets\" (did you mean \"events\"?)", 2 },
  { "unknown-key-in-text.json", E (INVALID), "places[1].name", "a text in \"fr\", which meta.languages does not list (it lists \"en\", \"ko\")" },
  { "missing-key.json", E (INVALID), "events[2]", "the key \"category\" is missing" },
  { "missing-english.json", E (INVALID), "places[2].name", "the \"en\" (English) text is missing; every text needs the exhibit's first language" },
  { "empty-korean.json", E (INVALID), "phases[1].name.ko", "the \"ko\" (한국어) text is empty" },
  { "bad-language-tag.json", E (INVALID), "meta.languages[1].code", "\"Korean\" is not a language tag", 2 },
  { "language-twice.json", E (INVALID), "meta.languages[2].code", "the language \"en\" is listed twice" },
  { "no-languages.json", E (INVALID), "meta.languages", "an exhibit needs at least one language" },
  { "language-not-listed.json", E (INVALID), "meta.title", "a text in \"ko\", which meta.languages does not list" },
  { "bad-date.json", E (INVALID), "events[2].date", "\"27/06/1950\" is not a valid date (expected YYYY-MM-DD)" },
  { "no-such-month.json", E (INVALID), "figures[0].as_of", "\"1953-13-01\" is not a valid date (expected YYYY-MM-DD)" },
  { "no-such-day.json", E (INVALID), "leaders[0].end", "\"1951-02-29\" is not a valid date (1951-02 has only 28 days)" },
  { "date-out-of-range.json", E (INVALID), "leaders[0].start", "is out of range (dates must lie between 1900 and 2100)" },
  { "end-before-start.json", E (INVALID), "enclaves[0].end", "1950-09-01 is before the start, 1950-09-15" },
  { "phases-overlapping.json", E (INVALID), "phases[1].start", "overlaps phases[0], which ends 1950-06-24" },
  { "events-out-of-order.json", E (INVALID), "events[2].date", "events must be in date order" },
  { "fronts-out-of-order.json", E (INVALID), "fronts[1].date", "fronts must be in date order" },
  { "holdings-unknown-place.json", E (INVALID), "holdings.pusan", "unknown place \"pusan\" (did you mean \"busan\"?)" },
  { "holdings-not-a-list.json", E (INVALID), "holdings.seoul", "expected a list of changes of hands" },
  { "holdings-out-of-order.json", E (INVALID), "holdings.busan[1].date", "1945-08-14 is not after the change before it (1945-08-15); changes must be in date order" },
  { "holdings-same-holder.json", E (INVALID), "holdings.busan[1].holder", "the place already belongs to the south since the change before it" },
  { "holdings-within-days.json", E (INVALID), "holdings.busan[0].within_days", "expected an integer from 0 to 60, found 90" },
  { "holdings-unknown-event.json", E (INVALID), "holdings.busan[0].event", "unknown event \"liberaton\" (did you mean \"liberation\"?)" },
  { "duplicate-id.json", E (INVALID), "places[2].id", "the id \"seoul\" is already used by places[0]" },
  { "bad-id.json", E (INVALID), "perspectives[0].id", "\"South_Korea\" is not a valid id" },
  { "unknown-place.json", E (INVALID), "events[0].place", "unknown place \"pusan\" (did you mean \"busan\"?)" },
  { "place-and-point.json", E (INVALID), "events[0]", "either a \"place\" or a \"point\", not both" },
  { "unknown-source.json", E (INVALID), "fronts[1].sources[0]", "unknown source \"appleman-1961\"" },
  { "empty-source-list.json", E (INVALID), "events[2].sources", "every fact cites at least one source" },
  { "unknown-event-in-tour.json", E (INVALID), "tours[0].stops[0].event", "unknown event \"invasoin\" (did you mean \"invasion\"?)" },
  { "unknown-event-in-movement.json", E (INVALID), "movements[0].event", "unknown event \"attack\"" },
  { "reach-off-path.json", E (INVALID), "movements[0].reaches[0]", "\"busan\" lies 329 km from the movement's path" },
  { "reach-outside-days.json", E (INVALID), "movements[0].reaches[0].date", "1950-07-02 is not within the movement's days" },
  { "reaches-backwards.json", E (INVALID), "movements[0].reaches[1]", "is not further along the path than the waypoint before it" },
  { "reach-without-place.json", E (INVALID), "movements[0].reaches[0]", "a waypoint needs a \"place\" (its id) or a \"point\"" },
  { "enum-typo.json", E (INVALID), "events[1].category", "found \"militray\" (did you mean \"military\"?)" },
  { "geometry-type-mismatch.json", E (INVALID), "places[0].point.type", "expected a \"Point\" geometry here, found \"LineString\"" },
  { "line-with-one-point.json", E (INVALID), "movements[0].path.coordinates", "a LineString needs at least 2 positions, found 1" },
  { "unclosed-ring.json", E (INVALID), "enclaves[0].geometry.coordinates[0]", "the ring is not closed" },
  { "position-too-short.json", E (INVALID), "events[1].point.coordinates", "expected a position [lon, lat] of two numbers, found a list of 1" },
  { "coordinate-outside-box.json", E (INVALID), "fronts[0].geometry.coordinates[1]", "[135, 38] is outside the map box meta.bbox" },
  { "coordinates-swapped.json", E (INVALID), "places[1].point.coordinates", "are longitude and latitude swapped?" },
  { "no-main-tour.json", E (INVALID), "tours", "there is no tour with the id \"main\"" },
  { "stop-too-long.json", E (INVALID), "tours[0].stops[0].duration", "expected an integer from 3 to 120, found 300" },
  { "zoom-out-of-range.json", E (INVALID), "tours[0].stops[0].view.zoom", "expected a number from 1 to 8, found 9" },
  { "view-center-and-bbox.json", E (INVALID), "tours[0].stops[1].view", "give either \"center\" and \"zoom\", or \"bbox\", not both" },
  { "figure-low-above-high.json", E (INVALID), "figures[0].low", "the low estimate, 40000, is above the high estimate, 36574" },
  { "figure-best-outside.json", E (INVALID), "figures[0].best", "the best estimate, 30000, lies outside the range 33686 to 36574" },
  { "dmz-without-width.json", E (INVALID), "lines[2]", "the key \"width_km\" is missing" },
  { "width-on-parallel.json", E (INVALID), "lines[0].width_km", "only a \"dmz\" line has a width" },
  { "source-without-author.json", E (INVALID), "sources[1]", "needs an \"author\" or a \"publisher\"" },
  { "basemap-parent-folder.json", E (BASEMAP), "meta.basemap", "must not leave the exhibit's folder" },
  { "basemap-absolute.json", E (BASEMAP), "meta.basemap", "not an absolute path" },
  { "basemap-missing.json", E (BASEMAP), "meta.basemap", "the basemap file \"korea-basemap.svg\" was not found" },
  { "sides-wrong-id.json", E (INVALID), "sides[1].id", "expected \"north\" or \"south\", found \"west\"" },
  { "sides-only-one.json", E (INVALID), "sides", "expected exactly two sides, \"north\" and \"south\", found 1" },
  { "bad-colour.json", E (INVALID), "sides[0].color", "expected a colour \"#rrggbb\", found \"red\"" },
  { "earlier-names-out-of-order.json", E (INVALID), "sides[1].earlier_names",
    "earlier names must be in date order: \"until\" of item 1 is not after that of item 0" },
  { "war-outside-time-range.json", E (INVALID), "meta.war", "the war must lie within the time_range" },
  { "several-problems.json", E (INVALID), "events[0].place", "unknown place \"pyongyang\"", 3 },
};

#undef E

static void
test_broken_file (gconstpointer data)
{
  const BrokenCase *broken = data;
  g_autoptr(GFile) file = kwa_test_data_file ("broken", broken->file, NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;
  gint64 start;
  gint64 elapsed;

  start = g_get_monotonic_time ();
  exhibit = kwa_exhibit_new_from_file (file, &problems, &error);
  elapsed = g_get_monotonic_time () - start;

  kwa_test_print_problems (problems);
  g_assert_null (exhibit);
  g_assert_error (error, KWA_EXHIBIT_ERROR, (int) broken->code);
  g_assert_cmpuint (problems->len, ==, MAX (broken->n_problems, 1));
  kwa_test_assert_problem (problems, broken->file, broken->location, broken->message);
  g_assert_cmpint (elapsed, <, kwa_test_time_limit_usec ());

  /* The error counts a list of problems, or is the one that stopped loading. */
  if (broken->code == KWA_EXHIBIT_ERROR_INVALID || broken->code == KWA_EXHIBIT_ERROR_BASEMAP)
    {
      guint n_found = broken->n_found > 0 ? broken->n_found : problems->len;
      g_autofree char *expected = g_strdup_printf ("%u problem%s in %s", n_found,
                                                   n_found == 1 ? "" : "s", broken->file);

      g_assert_cmpstr (error->message, ==, expected);
    }
  else
    {
      g_autofree char *expected = kwa_problem_to_string (g_ptr_array_index (problems, 0));

      g_assert_cmpstr (error->message, ==, expected);
    }
}

/* Every file in tests/data/broken/ is tested, and every class of error
 * has a file.
 */
static void
test_broken_files_all_listed (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "broken", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  dir = g_dir_open (path, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
        listed |= strcmp (broken_cases[i].file, name) == 0;

      if (!listed)
        g_error ("%s has no expectation in broken_cases[]", name);
      n_files++;
    }

  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (broken_cases));
  g_assert_cmpuint (n_files, >=, 40);
}

static void
test_every_problem_collected (void)
{
  g_autoptr(GFile) file = kwa_test_data_file ("broken", "several-problems.json", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (kwa_exhibit_new_from_file (file, &problems, &error));
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "3 problems in several-problems.json");
  g_assert_cmpuint (problems->len, ==, 3);
  kwa_test_assert_problem (problems, "several-problems.json", "places[2].name", "the \"en\" (English) text is missing");
  kwa_test_assert_problem (problems, "several-problems.json", "events[0].place", "unknown place \"pyongyang\"");
  kwa_test_assert_problem (problems, "several-problems.json", "events[2].date", "\"1950-06-31\" is not a valid date (1950-06 has only 30 days)");
}

static void
test_problem_to_string (void)
{
  g_autoptr(KwaProblem) at_path = kwa_problem_new ("korean-war.json", "events[12].date", 0, 0,
                                                   "\"1950-13-01\" is not a valid date (expected YYYY-MM-DD)");
  g_autoptr(KwaProblem) at_position = kwa_problem_new ("korean-war.json", NULL, 34, 7, "unexpected character ','");
  g_autoptr(KwaProblem) whole_file = kwa_problem_new ("korean-war.json", NULL, 0, 0, "could not read the file");
  g_autoptr(KwaProblem) copy = kwa_problem_copy (at_position);
  g_autofree char *text_at_path = kwa_problem_to_string (at_path);
  g_autofree char *text_at_position = kwa_problem_to_string (at_position);
  g_autofree char *text_whole_file = kwa_problem_to_string (whole_file);
  g_autofree char *location = kwa_problem_dup_location (copy);
  g_autofree char *no_location = kwa_problem_dup_location (whole_file);

  g_assert_cmpstr (text_at_path, ==, "korean-war.json: events[12].date: \"1950-13-01\" is not a valid date (expected YYYY-MM-DD)");
  g_assert_cmpstr (text_at_position, ==, "korean-war.json:34:7: unexpected character ','");
  g_assert_cmpstr (text_whole_file, ==, "korean-war.json: could not read the file");
  g_assert_cmpstr (location, ==, "34:7");
  g_assert_cmpstr (no_location, ==, "");
}

static void
test_validate_command (void)
{
  g_autofree char *program = g_test_build_filename (G_TEST_BUILT, "..", "src", "korean-war-atlas", NULL);
  g_autofree char *valid = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "data", "broken", "several-problems.json", NULL);
  g_autofree char *valid_arg = g_strconcat ("--data=", valid, NULL);
  g_autofree char *broken_arg = g_strconcat ("--data=", broken, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_file_test (program, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("korean-war-atlas is not built");
      return;
    }

  /* No display needed: a curator may run it over SSH or in CI. */
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");

  g_spawn_sync (NULL, (char *[]) { program, "--validate", valid_arg, NULL }, env, G_SPAWN_DEFAULT,
                NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "minimal.json: valid — 3 events, 2 fronts, 1 movement, 3 places, 2 sources\n");
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_spawn_sync (NULL, (char *[]) { program, "--validate", broken_arg, NULL }, env, G_SPAWN_DEFAULT,
                NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==,
                   "several-problems.json: places[2].name: the \"en\" (English) text is missing; every text needs the exhibit's first language\n"
                   "several-problems.json: events[0].place: unknown place \"pyongyang\" (no place has this id)\n"
                   "several-problems.json: events[2].date: \"1950-06-31\" is not a valid date (1950-06 has only 30 days)\n"
                   "3 problems in several-problems.json\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *stem = g_strndup (broken_cases[i].file, strlen (broken_cases[i].file) - strlen (".json"));
      g_autofree char *test_path = g_strdup_printf ("/exhibit-loader/broken/%s", stem);

      g_test_add_data_func (test_path, &broken_cases[i], test_broken_file);
    }
  g_test_add_func ("/exhibit-loader/broken-files-all-listed", test_broken_files_all_listed);
  g_test_add_func ("/exhibit-loader/every-problem-collected", test_every_problem_collected);

  g_test_add_func ("/exhibit-loader/problem/to-string", test_problem_to_string);
  g_test_add_func ("/exhibit-loader/validate-command", test_validate_command);

  return g_test_run ();
}
