/* test-events-table.c: the events as a spreadsheet table and back (the
 * CSV underneath, and how a row is merged into an event), beside
 * check-events-table-cli.py, which does the round trip of the bundled
 * exhibit from the command line.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kwa-csv.h"
#include "kwa-events-table.h"
#include "kwa-json-writer.h"

static const char *EXHIBIT =
  "{\"meta\": {\"languages\": [{\"code\": \"en\", \"name\": \"English\"}, {\"code\": \"ko\", \"name\": \"한국어\"}]},\n"
  " \"events\": [\n"
  "  {\"id\": \"a\", \"date\": \"1950-06-25\", \"title\": {\"en\": \"A\", \"ko\": \"가\"}, \"summary\": {\"en\": \"s\"},\n"
  "   \"body\": {\"en\": \"b\"}, \"category\": \"military\", \"importance\": 1, \"sources\": [\"x\"]},\n"
  "  {\"id\": \"b\", \"date\": \"1950-09-15\", \"end\": \"1950-09-19\", \"title\": {\"en\": \"B\"}, \"summary\": {\"en\": \"s\"},\n"
  "   \"body\": {\"en\": \"b\"}, \"category\": \"military\", \"importance\": 2, \"sources\": [\"x\", \"y\"]}]}";

static JsonNode *
parse (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  return json_parser_steal_root (parser);
}

/* Cells with commas, quotes, line breaks and spaces at the ends come back
 * as they went; each record knows the line it starts on. */
static void
test_csv_round_trip (void)
{
  const char *cells[] = { "plain", "a, b", "say \"no\"", "two\nlines", " padded ", "한국어", "" };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  const KwaCsvRow *row;

  kwa_csv_append_row (out, cells, G_N_ELEMENTS (cells));
  kwa_csv_append_row (out, cells, 1);
  rows = kwa_csv_parse (out->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (row->n_cells, ==, G_N_ELEMENTS (cells));
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    g_assert_cmpstr (row->cells[i], ==, cells[i]);
  g_assert_cmpuint (row->line, ==, 1);
  g_assert_cmpuint (((const KwaCsvRow *) g_ptr_array_index (rows, 1))->line, ==, 3);

  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = kwa_csv_parse ("id\n\"never closed\nx", &error);
  g_assert_null (rows);
  g_assert_cmpstr (error->message, ==, "line 2: a quoted cell is never closed");
}

static char *
import (const char *csv,
        GPtrArray  *problems)
{
  g_autoptr(JsonNode) root = parse (EXHIBIT);

  if (!kwa_events_table_import (root, csv, problems, NULL))
    return NULL;
  return kwa_json_write (root);
}

/* A member the row adds goes where the format lists it; one it empties
 * goes; the members it does not carry stay as they were. */
static void
test_members_in_place (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *written = import ("id,end,title.ko\na,1950-06-28,\nb,,나\n", problems);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *events;
  g_autoptr(GList) members_a = NULL;
  JsonObject *b;

  g_assert_cmpuint (problems->len, ==, 0);
  root = parse (written);
  events = json_object_get_array_member (json_node_get_object (root), "events");
  members_a = json_object_get_members (json_array_get_object_element (events, 0));
  g_assert_cmpstr (g_list_nth_data (members_a, 1), ==, "date");
  g_assert_cmpstr (g_list_nth_data (members_a, 2), ==, "end");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (events, 0), "end"), ==, "1950-06-28");
  /* Its Korean title emptied: gone; its English one untouched. */
  g_assert_false (json_object_has_member (json_object_get_object_member (json_array_get_object_element (events, 0), "title"), "ko"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_array_get_object_element (events, 0), "title"), "en"), ==, "A");

  b = json_array_get_object_element (events, 1);
  g_assert_false (json_object_has_member (b, "end"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (b, "title"), "ko"), ==, "나");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (b, "sources")), ==, 2);
}

/* Every bad cell is told by its line and column, and nothing changes. */
static void
test_problems_by_line_and_column (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *written = import ("id,date,colour\na,1950-06-25,red\n", problems);

  g_assert_null (written);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==, "line 1, column \"colour\": not a column of the events table");

  g_ptr_array_set_size (problems, 0);
  written = import ("id,date,importance,longitude\n"
                    "a,1950-6-25,1,\n"
                    "new,1950-07-01,4,127\n"
                    "a,1950-06-25,1,\n", problems);
  g_assert_null (written);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==,
                   "line 2, column \"date\": \"1950-6-25\" is not a date (YYYY-MM-DD)");
  g_assert_true (g_ptr_array_find_with_equal_func (problems,
                                                   "line 3, column \"importance\": \"4\" is not an importance (1, 2 or 3)",
                                                   g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (problems,
                                                   "line 3, column \"latitude\": a point needs both longitude and latitude",
                                                   g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (problems, "line 3, column \"title.en\": a new event needs its title in en",
                                                   g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (problems, "line 4, column \"id\": \"a\" has a row already (line 2)",
                                                   g_str_equal, NULL));

  /* A row cut short would empty what it leaves out: refused. */
  g_ptr_array_set_size (problems, 0);
  written = import ("id,date,end\nb,1950-09-15\n", problems);
  g_assert_null (written);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==, "line 2, column \"id\": the row has 2 cells, the header 3 columns");
}

/* Exported, then imported untouched: the same bytes. */
static void
test_untouched_table_same_bytes (void)
{
  g_autoptr(JsonNode) root = parse (EXHIBIT);
  g_autofree char *before = kwa_json_write (root);
  g_autofree char *table = kwa_events_table_export (root);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *after = NULL;

  g_assert_true (kwa_events_table_import (root, table, problems, NULL));
  after = kwa_json_write (root);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/events-table/csv-round-trip", test_csv_round_trip);
  g_test_add_func ("/events-table/members-in-place", test_members_in_place);
  g_test_add_func ("/events-table/problems-by-line-and-column", test_problems_by_line_and_column);
  g_test_add_func ("/events-table/untouched-table-same-bytes", test_untouched_table_same_bytes);

  return g_test_run ();
}
