/* test-exhibit-draft.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "kwa-exhibit-draft.h"
#include "kwa-json-writer.h"
#include "kwa-test-utils.h"

/* The curator's draft: edits in place, undone and redone exactly, saved
 * so that a moved vertex changes only its own lines, and checked after
 * each edit by the validator and the every-day sweep. */

typedef struct
{
  char            *dir;
  char            *path;
  char            *original;
  KwaExhibitDraft *draft;
} Fixture;

static void
wait_checked (KwaExhibitDraft *draft)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while ((kwa_exhibit_draft_get_checking (draft) || kwa_exhibit_draft_get_document (draft) == NULL) &&
         g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, TRUE);
      if (!kwa_exhibit_draft_get_checking (draft) && kwa_exhibit_draft_get_problems (draft)->len > 0)
        break;
    }
  g_assert_false (kwa_exhibit_draft_get_checking (draft));
}

/* The exhibit a test edits: the bundled one as it is (@data "bundled"),
 * or the loader tests' minimal exhibit written as the curator's tools
 * write it, which loads and sweeps in a moment even under the sanitizers. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gboolean bundled = g_strcmp0 (data, "bundled") == 0;
  const char *basemap_name = bundled ? "korea-basemap.svg" : "minimal-basemap.svg";
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *basemap = bundled ? kwa_test_read_bundled_file (basemap_name) : kwa_test_read_data_file (basemap_name);
  g_autofree char *basemap_path = NULL;

  fixture->dir = g_dir_make_tmp ("kwa-draft-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "korean-war.json", NULL);
  basemap_path = g_build_filename (fixture->dir, basemap_name, NULL);
  if (bundled)
    fixture->original = kwa_test_read_bundled_file ("korean-war.json");
  else
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autofree char *minimal = kwa_test_read_data_file ("minimal.json");

      g_assert_true (json_parser_load_from_data (parser, minimal, -1, NULL));
      fixture->original = kwa_json_write (json_parser_get_root (parser));
    }
  g_assert_true (g_file_set_contents (fixture->path, fixture->original, -1, NULL));
  g_assert_true (g_file_set_contents (basemap_path, basemap, -1, NULL));
  if (bundled)
    kwa_test_copy_bundled_media (fixture->dir);

  file = g_file_new_for_path (fixture->path);
  fixture->draft = kwa_exhibit_draft_new_for_file (file, &error);
  g_assert_no_error (error);
  wait_checked (fixture->draft);
  kwa_test_print_problems (kwa_exhibit_draft_get_problems (fixture->draft));
  g_assert_cmpuint (kwa_exhibit_draft_get_problems (fixture->draft)->len, ==, 0);
  g_assert_nonnull (kwa_exhibit_draft_get_document (fixture->draft));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->draft);
  kwa_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->original);
}

/* Whole exhibits are too long to print when they differ: their first
 * differing lines are. */
#define assert_same_text(a, b) G_STMT_START { \
    g_autoptr(GPtrArray) differ_ = kwa_test_differing_lines ((a), (b)); \
    for (guint i_ = 0; i_ < MIN (differ_->len, 5); i_++) \
      g_test_message ("%s", (char *) g_ptr_array_index (differ_, i_)); \
    g_assert_cmpuint (differ_->len, ==, 0); \
  } G_STMT_END

static KwaLonLat
vertex_at (KwaExhibitDraft *draft,
           const char      *member,
           guint            index,
           guint            vertex)
{
  JsonArray *vertices = kwa_exhibit_draft_get_vertices (draft, member, index, NULL);
  JsonArray *position = json_array_get_array_element (vertices, vertex);

  return (KwaLonLat) { json_array_get_double_element (position, 0), json_array_get_double_element (position, 1) };
}

static void
test_untouched_is_the_same_bytes (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *text = kwa_exhibit_draft_to_text (fixture->draft);

  assert_same_text (text, fixture->original);
  g_assert_false (kwa_exhibit_draft_get_modified (fixture->draft));
  g_assert_false (kwa_exhibit_draft_can_undo (fixture->draft));
}

static void
test_move_undo_redo_save (Fixture       *fixture,
                          gconstpointer  data)
{
  KwaLonLat before = vertex_at (fixture->draft, "fronts", 1, 1);
  KwaLonLat moved = { before.lon + 0.0512345, before.lat - 0.02 };
  g_autofree char *moved_text = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *backup_path = g_strconcat (fixture->path, "~", NULL);
  g_autoptr(GPtrArray) differ = NULL;
  g_autoptr(GError) error = NULL;

  kwa_exhibit_draft_move_vertex (fixture->draft, "fronts", 1, 1, moved);
  g_assert_true (kwa_exhibit_draft_get_modified (fixture->draft));
  /* Kept to four decimals, as the exhibit writes them. */
  g_assert_cmpfloat_with_epsilon (vertex_at (fixture->draft, "fronts", 1, 1).lon,
                                  round ((before.lon + 0.0512345) * 1e4) / 1e4, 1e-9);
  g_assert_cmpfloat_with_epsilon (vertex_at (fixture->draft, "fronts", 1, 1).lon, moved.lon, 1e-4);
  moved_text = kwa_exhibit_draft_to_text (fixture->draft);
  differ = kwa_test_differing_lines (fixture->original, moved_text);
  for (guint i = 0; i < differ->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (differ, i));
  g_assert_cmpuint (differ->len, ==, 2);

  g_assert_true (kwa_exhibit_draft_undo (fixture->draft));
  undone = kwa_exhibit_draft_to_text (fixture->draft);
  assert_same_text (undone, fixture->original);
  g_assert_false (kwa_exhibit_draft_can_undo (fixture->draft));

  g_assert_true (kwa_exhibit_draft_redo (fixture->draft));
  redone = kwa_exhibit_draft_to_text (fixture->draft);
  assert_same_text (redone, moved_text);
  g_assert_false (kwa_exhibit_draft_can_redo (fixture->draft));

  g_assert_true (kwa_exhibit_draft_save (fixture->draft, &error));
  g_assert_no_error (error);
  g_assert_false (kwa_exhibit_draft_get_modified (fixture->draft));
  g_assert_true (g_file_get_contents (fixture->path, &saved, NULL, NULL));
  assert_same_text (saved, moved_text);
  g_assert_true (g_file_get_contents (backup_path, &backup, NULL, NULL));
  assert_same_text (backup, fixture->original);

  /* The saved draft is a valid exhibit the map agrees with. */
  wait_checked (fixture->draft);
  g_assert_cmpuint (kwa_exhibit_draft_get_problems (fixture->draft)->len, ==, 0);
}

static void
test_ring_keeps_closed (Fixture       *fixture,
                        gconstpointer  data)
{
  JsonArray *ring;
  gboolean closed = FALSE;
  guint n;
  KwaLonLat second;

  ring = kwa_exhibit_draft_get_vertices (fixture->draft, "enclaves", 0, &closed);
  g_assert_true (closed);
  n = json_array_get_length (ring);
  second = vertex_at (fixture->draft, "enclaves", 0, 1);

  kwa_exhibit_draft_move_vertex (fixture->draft, "enclaves", 0, 0, (KwaLonLat) { 126.5, 37.4 });
  g_assert_cmpfloat (vertex_at (fixture->draft, "enclaves", 0, n - 1).lon, ==, 126.5);

  kwa_exhibit_draft_insert_vertex (fixture->draft, "enclaves", 0, 2, (KwaLonLat) { 126.7, 37.35 });
  ring = kwa_exhibit_draft_get_vertices (fixture->draft, "enclaves", 0, NULL);
  g_assert_cmpuint (json_array_get_length (ring), ==, n + 1);

  /* Deleting the first corner makes the second the first and the last. */
  g_assert_true (kwa_exhibit_draft_delete_vertex (fixture->draft, "enclaves", 0, 0));
  ring = kwa_exhibit_draft_get_vertices (fixture->draft, "enclaves", 0, NULL);
  g_assert_cmpuint (json_array_get_length (ring), ==, n);
  g_assert_cmpfloat (vertex_at (fixture->draft, "enclaves", 0, 0).lon, ==, second.lon);
  g_assert_cmpfloat (vertex_at (fixture->draft, "enclaves", 0, n - 1).lon, ==, second.lon);

  /* A ring keeps three corners. */
  while (json_array_get_length (kwa_exhibit_draft_get_vertices (fixture->draft, "enclaves", 0, NULL)) > 4)
    g_assert_true (kwa_exhibit_draft_delete_vertex (fixture->draft, "enclaves", 0, 1));
  g_assert_false (kwa_exhibit_draft_delete_vertex (fixture->draft, "enclaves", 0, 1));

  while (kwa_exhibit_draft_undo (fixture->draft))
    ;
  {
    g_autofree char *text = kwa_exhibit_draft_to_text (fixture->draft);

    assert_same_text (text, fixture->original);
  }
}

static void
test_new_front_copies_nearest (Fixture       *fixture,
                               gconstpointer  data)
{
  JsonArray *fronts = kwa_exhibit_draft_get_records (fixture->draft, "fronts");
  guint n = json_array_get_length (fronts);
  KwaDate day = KWA_DATE_NONE;
  int before;
  guint index;
  JsonObject *front;

  g_assert_true (kwa_date_parse ("1950-07-02", &day));
  before = kwa_exhibit_draft_find_front (fixture->draft, day);
  g_assert_cmpint (before, >=, 0);
  index = kwa_exhibit_draft_add_front (fixture->draft, day);
  g_assert_cmpuint (index, ==, before + 1);
  g_assert_cmpuint (json_array_get_length (fronts), ==, n + 1);
  front = kwa_exhibit_draft_get_record (fixture->draft, "fronts", index);
  g_assert_cmpstr (json_object_get_string_member (front, "date"), ==, "1950-07-02");
  g_assert_cmpint (kwa_exhibit_draft_find_front (fixture->draft, day), ==, index);
  /* A second time, the snapshot already there. */
  g_assert_cmpuint (kwa_exhibit_draft_add_front (fixture->draft, day), ==, index);
  g_assert_cmpuint (json_array_get_length (fronts), ==, n + 1);

  wait_checked (fixture->draft);
  kwa_test_print_problems (kwa_exhibit_draft_get_problems (fixture->draft));
  g_assert_cmpuint (kwa_exhibit_draft_get_problems (fixture->draft)->len, ==, 0);
}

/* A broken edit is listed where it is, and the map keeps the last draft
 * that loaded; undoing it clears the list. */
static void
test_broken_edit_keeps_last_good (Fixture       *fixture,
                                  gconstpointer  data)
{
  KwaMapDocument *good = kwa_exhibit_draft_get_document (fixture->draft);
  GPtrArray *problems;
  g_autofree char *where = NULL;

  kwa_exhibit_draft_set_member (fixture->draft, "fronts", 1, "date", json_node_init_string (json_node_alloc (), "1950-06-31"));
  wait_checked (fixture->draft);
  problems = kwa_exhibit_draft_get_problems (fixture->draft);
  g_assert_cmpuint (problems->len, >=, 1);
  where = kwa_problem_to_string (g_ptr_array_index (problems, 0));
  g_assert_nonnull (strstr (where, "fronts[1].date"));
  g_assert_true (kwa_exhibit_draft_get_document (fixture->draft) == good);

  g_assert_true (kwa_exhibit_draft_undo (fixture->draft));
  wait_checked (fixture->draft);
  g_assert_cmpuint (kwa_exhibit_draft_get_problems (fixture->draft)->len, ==, 0);
}

/* A change of hands the map does not show is a disagreement the every-day
 * sweep finds, named by the place and the change. */
static void
test_holding_change_is_swept (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  GPtrArray *problems;
  gboolean found = FALSE;

  g_assert_true (json_parser_load_from_data (parser,
                 "{\"date\": \"1950-08-01\", \"holder\": \"north\", \"sources\": [\"test-history\"]}", -1, NULL));
  kwa_exhibit_draft_add_holding_change (fixture->draft, "busan", json_node_get_object (json_parser_get_root (parser)));
  wait_checked (fixture->draft);
  problems = kwa_exhibit_draft_get_problems (fixture->draft);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = kwa_problem_to_string (g_ptr_array_index (problems, i));

      g_test_message ("%s", line);
      found |= strstr (line, "holdings.busan[") != NULL;
    }
  g_assert_true (found);
  /* Still shown: the curator sees what the list says. */
  {
    KwaExhibit *exhibit = kwa_map_document_get_exhibit (kwa_exhibit_draft_get_document (fixture->draft));
    const KwaHolding *holding = kwa_exhibit_find_holding (exhibit, kwa_exhibit_find_place (exhibit, "busan"));

    g_autofree char *last = NULL;

    g_assert_nonnull (holding);
    last = kwa_date_to_iso (holding->changes[holding->n_changes - 1].date);
    g_assert_cmpstr (last, ==, "1950-08-01");
  }

  g_assert_true (kwa_exhibit_draft_undo (fixture->draft));
  wait_checked (fixture->draft);
  g_assert_cmpuint (kwa_exhibit_draft_get_problems (fixture->draft)->len, ==, 0);
}

static void
test_event_added_in_date_order (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  KwaExhibit *exhibit;
  const KwaEvent *event;
  int index;

  g_assert_true (json_parser_load_from_data (parser,
                 "{\"id\": \"curator-test\", \"date\": \"1950-06-26\","
                 " \"title\": {\"en\": \"A test event\", \"ko\": \"시험 사건\"},"
                 " \"summary\": {\"en\": \"Summary.\", \"ko\": \"요약.\"},"
                 " \"body\": {\"en\": \"Body.\", \"ko\": \"본문.\"},"
                 " \"category\": \"military\", \"importance\": 2, \"place\": \"seoul\","
                 " \"sources\": [\"test-history\"]}", -1, NULL));
  kwa_exhibit_draft_put_event (fixture->draft, json_node_get_object (json_parser_get_root (parser)));
  index = kwa_exhibit_draft_find_event (fixture->draft, "curator-test");
  g_assert_cmpint (index, >, 0);
  g_assert_cmpstr (json_object_get_string_member (kwa_exhibit_draft_get_record (fixture->draft, "events", index - 1), "date"),
                   <=, "1950-06-26");
  g_assert_cmpstr (json_object_get_string_member (kwa_exhibit_draft_get_record (fixture->draft, "events", index + 1), "date"),
                   >, "1950-06-26");

  wait_checked (fixture->draft);
  kwa_test_print_problems (kwa_exhibit_draft_get_problems (fixture->draft));
  g_assert_cmpuint (kwa_exhibit_draft_get_problems (fixture->draft)->len, ==, 0);
  exhibit = kwa_map_document_get_exhibit (kwa_exhibit_draft_get_document (fixture->draft));
  event = kwa_exhibit_find_event (exhibit, "curator-test");
  g_assert_nonnull (event);

  /* The same id again replaces it. */
  kwa_exhibit_draft_put_event (fixture->draft, json_node_get_object (json_parser_get_root (parser)));
  g_assert_cmpint (kwa_exhibit_draft_find_event (fixture->draft, "curator-test"), ==, index);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, "minimal", fixture_set_up, func, fixture_tear_down)

  g_test_add ("/draft/untouched-is-the-same-bytes", Fixture, "bundled", fixture_set_up,
              test_untouched_is_the_same_bytes, fixture_tear_down);
  ADD ("/draft/move-undo-redo-save", test_move_undo_redo_save);
  ADD ("/draft/ring-keeps-closed", test_ring_keeps_closed);
  ADD ("/draft/new-front-copies-nearest", test_new_front_copies_nearest);
  ADD ("/draft/broken-edit-keeps-last-good", test_broken_edit_keeps_last_good);
  ADD ("/draft/holding-change-is-swept", test_holding_change_is_swept);
  ADD ("/draft/event-added-in-date-order", test_event_added_in_date_order);

  return g_test_run ();
}
