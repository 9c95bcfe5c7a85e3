/* test-curator.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "kwa-curator.h"
#include "kwa-event-editor.h"
#include "kwa-record-check.h"
#include "kwa-search-panel.h"
#include "kwa-test-utils.h"
#include "kwa-timeline.h"

/* Curator mode, driven as a curator drives it: a vertex dragged on the
 * map, undone, redone and saved; a vertex added and removed; an event
 * written in English and Korean, then found on the map and in search; a
 * problem clicked; and no way in from the kiosk. Input is synthesized on
 * the widgets' own gestures, at the handles' places on screen, after
 * checking that a pointer there reaches the handles and not the map. */

typedef struct
{
  char           *dir;
  char           *path;
  char           *original;
  KwaApplication *app;
  KwaSession     *session;
  KwaWindow      *window;
  KwaCurator     *curator;
} Fixture;

static void
wait_checked (Fixture *fixture)
{
  KwaExhibitDraft *draft = kwa_curator_get_draft (fixture->curator);
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (kwa_exhibit_draft_get_checking (draft) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (kwa_exhibit_draft_get_checking (draft));
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 2);
}

static void
set_day (Fixture    *fixture,
         const char *iso)
{
  KwaDate day = KWA_DATE_NONE;

  g_assert_true (kwa_date_parse (iso, &day));
  kwa_timeline_set_date (kwa_session_get_timeline (fixture->session), day);
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 2);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *basemap = kwa_test_read_bundled_file ("korea-basemap.svg");
  g_autofree char *basemap_path = NULL;

  fixture->dir = g_dir_make_tmp ("kwa-curator-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "korean-war.json", NULL);
  basemap_path = g_build_filename (fixture->dir, "korea-basemap.svg", NULL);
  fixture->original = kwa_test_read_bundled_file ("korean-war.json");
  g_assert_true (g_file_set_contents (fixture->path, fixture->original, -1, NULL));
  g_assert_true (g_file_set_contents (basemap_path, basemap, -1, NULL));
  kwa_test_copy_bundled_media (fixture->dir);

  /* An id a test: a process registers each id once. */
  {
    static guint n_fixtures;
    g_autofree char *id = g_strdup_printf ("org.koreanwaratlas.Atlas.TestCurator%u", n_fixtures++);

    fixture->app = kwa_test_register_application (id, FALSE);
  }
  fixture->session = kwa_application_get_session (fixture->app);
  file = g_file_new_for_path (fixture->path);
  g_assert_true (kwa_session_load (fixture->session, file));
  fixture->window = kwa_test_open_window (fixture->app, 1600, 1000);
  set_day (fixture, "1950-08-10");

  kwa_window_start_curating (fixture->window);
  fixture->curator = kwa_window_get_curator (fixture->window);
  g_assert_nonnull (fixture->curator);
  wait_checked (fixture);
  g_assert_cmpuint (kwa_exhibit_draft_get_problems (kwa_curator_get_draft (fixture->curator))->len, ==, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kwa_test_close_window (fixture->window);
  /* The session stops watching the file deleted below (the application
   * may outlive the test). */
  kwa_session_load (fixture->session, NULL);
  g_object_unref (fixture->app);
  kwa_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->original);
}

static GtkEventController *
find_controller (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), name) == 0)
        return controller;
    }
  g_assert_not_reached ();
}

/* A press at (@x, @y) of the vertex editor, moved by (@dx, @dy) and let
 * go; first, that a pointer there reaches the editor at all. */
static void
drag (Fixture *fixture,
      double   x,
      double   y,
      double   dx,
      double   dy)
{
  KwaVertexEditor *editor = kwa_curator_get_vertex_editor (fixture->curator);
  GtkEventController *gesture = find_controller (GTK_WIDGET (editor), "kwa-vertex-drag");
  double wx, wy;

  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (editor), GTK_WIDGET (fixture->window), x, y, &wx, &wy));
  g_assert_true (gtk_widget_pick (GTK_WIDGET (fixture->window), wx, wy, GTK_PICK_DEFAULT) == GTK_WIDGET (editor));
  g_signal_emit_by_name (gesture, "drag-begin", x, y);
  g_signal_emit_by_name (gesture, "drag-update", dx / 2, dy / 2);
  g_signal_emit_by_name (gesture, "drag-update", dx, dy);
  g_signal_emit_by_name (gesture, "drag-end", dx, dy);
}

static KwaVertexRef
front_vertex (Fixture *fixture,
              guint    vertex)
{
  KwaExhibitDraft *draft = kwa_curator_get_draft (fixture->curator);
  KwaDate day = kwa_timeline_get_date (kwa_session_get_timeline (fixture->session));
  int front = kwa_exhibit_draft_find_front (draft, day);

  g_assert_cmpint (front, >=, 0);
  return (KwaVertexRef) { "fronts", (guint) front, vertex };
}

static KwaLonLat
vertex_lonlat (Fixture            *fixture,
               const KwaVertexRef *ref)
{
  JsonArray *vertices = kwa_exhibit_draft_get_vertices (kwa_curator_get_draft (fixture->curator),
                                                        ref->member, ref->index, NULL);
  JsonArray *position = json_array_get_array_element (vertices, ref->vertex);

  return (KwaLonLat) { json_array_get_double_element (position, 0), json_array_get_double_element (position, 1) };
}

static void
test_drag_undo_redo_save (Fixture       *fixture,
                          gconstpointer  data)
{
  KwaExhibitDraft *draft = kwa_curator_get_draft (fixture->curator);
  KwaVertexEditor *editor = kwa_curator_get_vertex_editor (fixture->curator);
  KwaMapView *map = kwa_window_get_map_view (fixture->window);
  /* The western end of the perimeter, in the Naktong's lower valley. */
  KwaVertexRef ref = front_vertex (fixture, 2);
  KwaLonLat before = vertex_lonlat (fixture, &ref), after, expected;
  KwaVertexRef selected;
  double x, y, mx, my;
  g_autofree char *moved = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *backup_path = g_strconcat (fixture->path, "~", NULL);
  g_autoptr(GPtrArray) differ = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autoptr(KwaMapDocument) reread = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) record = NULL;
  g_autoptr(GError) error = NULL;

  /* Far from any handle, a pointer reaches the map, which pans. */
  g_assert_true (gtk_widget_pick (GTK_WIDGET (fixture->window), 60, 300, GTK_PICK_DEFAULT) == GTK_WIDGET (map));

  /* With an event chosen, and the curator back on the Curate page, an
   * edit keeps the page and the view: the same event in a new exhibit
   * is not a new choice. */
  kwa_timeline_select_event (kwa_session_get_timeline (fixture->session),
                             kwa_exhibit_find_event (kwa_map_document_get_exhibit (kwa_session_get_document (fixture->session)),
                                                     "naktong-battles"));
  set_day (fixture, "1950-08-10");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_parent (GTK_WIDGET (kwa_curator_get_panel (fixture->curator)))),
                                         "curator");
  kwa_map_view_go_to (map, (KwaLonLat) { 128.5, 36.0 }, 3, FALSE);
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 2);

  g_assert_true (kwa_vertex_editor_get_handle (editor, &ref, &x, &y));
  drag (fixture, x, y, 9, -7);
  g_assert_true (kwa_exhibit_draft_get_modified (draft));
  g_assert_true (kwa_vertex_editor_get_selection (editor, &selected));
  g_assert_cmpuint (selected.vertex, ==, ref.vertex);
  after = vertex_lonlat (fixture, &ref);
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (editor), GTK_WIDGET (map), x + 9, y - 7, &mx, &my));
  g_assert_true (kwa_map_view_widget_to_lonlat (map, mx, my, &expected));
  g_assert_cmpfloat_with_epsilon (after.lon, expected.lon, 2e-4);
  g_assert_cmpfloat_with_epsilon (after.lat, expected.lat, 2e-4);
  g_assert_cmpfloat (after.lon, >, before.lon);
  moved = kwa_exhibit_draft_to_text (draft);

  /* The map shows the edit once it is checked. */
  wait_checked (fixture);
  g_assert_true (kwa_session_get_document (fixture->session) == kwa_exhibit_draft_get_document (draft));
  {
    GtkWidget *stack = gtk_widget_get_parent (GTK_WIDGET (kwa_curator_get_panel (fixture->curator)));
    KwaLonLat center;

    g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, "curator");
    kwa_map_view_get_center (map, &center);
    g_assert_cmpfloat_with_epsilon (center.lon, 128.5, 1e-6);
    g_assert_cmpfloat_with_epsilon (center.lat, 36.0, 1e-6);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "curator.undo", NULL));
  {
    g_autofree char *text = kwa_exhibit_draft_to_text (draft);

    g_assert_true (g_str_equal (text, fixture->original));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "curator.redo", NULL));
  {
    g_autofree char *text = kwa_exhibit_draft_to_text (draft);

    g_assert_true (g_str_equal (text, moved));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "curator.save", NULL));
  g_assert_false (kwa_exhibit_draft_get_modified (draft));
  g_assert_true (g_file_get_contents (fixture->path, &saved, NULL, NULL));
  g_assert_true (g_str_equal (saved, moved));
  g_assert_true (g_file_get_contents (backup_path, &backup, NULL, NULL));
  g_assert_true (g_str_equal (backup, fixture->original));
  differ = kwa_test_differing_lines (fixture->original, saved);
  for (guint i = 0; i < differ->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (differ, i));
  g_assert_cmpuint (differ->len, ==, 2);

  /* What --validate checks: the file loads, and the map of every day
   * agrees with the record. */
  reread = kwa_map_document_new_from_file (file, &problems, &error);
  g_assert_no_error (error);
  record = kwa_record_check (kwa_map_document_get_atlas (reread), "korean-war.json");
  kwa_test_print_problems (record);
  g_assert_cmpuint (record->len, ==, 0);
}

static void
test_add_and_remove_vertex (Fixture       *fixture,
                            gconstpointer  data)
{
  KwaExhibitDraft *draft = kwa_curator_get_draft (fixture->curator);
  KwaVertexEditor *editor = kwa_curator_get_vertex_editor (fixture->curator);
  KwaVertexRef first = front_vertex (fixture, 0), second = front_vertex (fixture, 1), inserted;
  guint n = json_array_get_length (kwa_exhibit_draft_get_vertices (draft, "fronts", first.index, NULL));
  double x0, y0, x1, y1;

  /* Zoomed in on the perimeter's north-west corner, where the handles
   * lie apart. */
  kwa_map_view_go_to (kwa_window_get_map_view (fixture->window), vertex_lonlat (fixture, &first), 40, FALSE);
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_true (kwa_vertex_editor_get_handle (editor, &first, &x0, &y0));
  g_assert_true (kwa_vertex_editor_get_handle (editor, &second, &x1, &y1));
  g_assert_cmpfloat (hypot (x1 - x0, y1 - y0), >, 4 * KWA_VERTEX_EDITOR_GRAB_RADIUS);

  /* A click on the midpoint's handle adds a vertex there. */
  drag (fixture, (x0 + x1) / 2, (y0 + y1) / 2, 0, 0);
  g_assert_cmpuint (json_array_get_length (kwa_exhibit_draft_get_vertices (draft, "fronts", first.index, NULL)), ==, n + 1);
  g_assert_true (kwa_vertex_editor_get_selection (editor, &inserted));
  g_assert_cmpuint (inserted.vertex, ==, 1);

  /* A secondary click on it removes it. */
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_true (kwa_vertex_editor_get_handle (editor, &inserted, &x0, &y0));
  g_signal_emit_by_name (find_controller (GTK_WIDGET (editor), "kwa-vertex-delete"), "pressed", 1, x0, y0);
  g_assert_cmpuint (json_array_get_length (kwa_exhibit_draft_get_vertices (draft, "fronts", first.index, NULL)), ==, n);

  /* The arrow keys nudge the selected vertex, a hundredth of a degree. */
  g_assert_true (kwa_vertex_editor_get_handle (editor, &first, &x0, &y0));
  drag (fixture, x0, y0, 0, 0);
  {
    KwaLonLat before = vertex_lonlat (fixture, &first);
    gboolean handled = FALSE;

    g_signal_emit_by_name (find_controller (GTK_WIDGET (editor), "kwa-vertex-keys"), "key-pressed",
                           GDK_KEY_Up, 0, 0, &handled);
    g_assert_true (handled);
    g_assert_cmpfloat_with_epsilon (vertex_lonlat (fixture, &first).lat, before.lat + 0.01, 1e-9);
  }

  while (kwa_exhibit_draft_can_undo (draft))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "curator.undo", NULL));
  {
    g_autofree char *text = kwa_exhibit_draft_to_text (draft);

    g_assert_true (g_str_equal (text, fixture->original));
  }
}

static KwaEventEditor *
find_event_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* GTK's own */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (KWA_IS_EVENT_EDITOR (window))
        return KWA_EVENT_EDITOR (window);
    }
  return NULL;
}

static void
test_event_in_two_languages (Fixture       *fixture,
                             gconstpointer  data)
{
  KwaVertexEditor *editor = kwa_curator_get_vertex_editor (fixture->curator);
  KwaMapView *map = kwa_window_get_map_view (fixture->window);
  KwaSearchPanel *search = KWA_SEARCH_PANEL (kwa_window_get_panel (fixture->window, "search"));
  KwaLonLat point = { 127.73, 36.42 };   /* inland, north of Daejeon's hills */
  KwaEventEditor *form;
  KwaExhibit *exhibit;
  const KwaEvent *event;
  KwaMapHit hit;
  double x, y, ex, ey;

  set_day (fixture, "1950-08-12");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "curator.add-event", NULL));
  g_assert_true (kwa_vertex_editor_get_picking (editor));
  g_assert_true (kwa_map_view_lonlat_to_widget (map, point, &x, &y));
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (map), GTK_WIDGET (editor), x, y, &ex, &ey));
  drag (fixture, ex, ey, 0, 0);
  g_assert_false (kwa_vertex_editor_get_picking (editor));
  form = find_event_editor ();
  g_assert_nonnull (form);

  kwa_event_editor_set_field (form, "title.en", "Curators' test crossing");
  kwa_event_editor_set_field (form, "title.ko", "큐레이터 시험 도하");
  kwa_event_editor_set_field (form, "summary.en", "A test event, written in the curator's form.");
  kwa_event_editor_set_field (form, "summary.ko", "큐레이터 양식으로 쓴 시험 사건.");
  kwa_event_editor_set_field (form, "body.en", "It exists only in this test.");
  kwa_event_editor_set_field (form, "body.ko", "이 시험에만 있다.");
  kwa_event_editor_set_field (form, "importance", "1");
  kwa_event_editor_set_field (form, "sources", "appleman-1961");
  /* A mistake is named, and the form stays open. */
  kwa_event_editor_set_field (form, "date", "1950-08-32");
  g_assert_false (kwa_event_editor_save (form));
  g_assert_nonnull (strstr (kwa_event_editor_get_error (form), "YYYY-MM-DD"));
  g_assert_true (find_event_editor () == form);
  kwa_event_editor_set_field (form, "date", "1950-08-12");
  g_assert_true (kwa_event_editor_save (form));
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_null (find_event_editor ());

  wait_checked (fixture);
  g_assert_cmpuint (kwa_exhibit_draft_get_problems (kwa_curator_get_draft (fixture->curator))->len, ==, 0);
  exhibit = kwa_map_document_get_exhibit (kwa_session_get_document (fixture->session));
  event = kwa_exhibit_find_event (exhibit, "curators-test-crossing");
  g_assert_nonnull (event);

  /* In search, by its English and by its Korean title. */
  kwa_search_panel_set_query (search, "Curators' test crossing");
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_cmpuint (kwa_search_panel_get_n_results (search), >=, 1);
  kwa_session_set_language (fixture->session, kwa_language_register ("ko"));
  kwa_search_panel_set_query (search, "큐레이터 시험");
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_cmpuint (kwa_search_panel_get_n_results (search), >=, 1);

  /* On the map, at the point clicked, on its day. */
  g_assert_true (kwa_map_view_lonlat_to_widget (map, point, &x, &y));
  hit = kwa_map_view_hit_test (map, x, y);
  g_assert_cmpint (hit.kind, ==, KWA_MAP_HIT_EVENT);
  g_assert_cmpstr (((const KwaEvent *) hit.record)->id, ==, "curators-test-crossing");
}

/* A problem clicked in the list takes the timeline to its first day and
 * the map to its place. */
static void
test_problem_goes_to_day_and_place (Fixture       *fixture,
                                    gconstpointer  data)
{
  KwaCuratorPanel *panel = kwa_curator_get_panel (fixture->curator);
  KwaHoldingEditor *holdings = kwa_curator_panel_get_holding_editor (panel);
  GtkListBox *list = kwa_problem_list_get_list (kwa_curator_panel_get_problem_list (panel));
  GtkListBoxRow *row;
  KwaLonLat center;
  g_autofree char *day = NULL;

  kwa_holding_editor_set_place (holdings, "seoul", "Seoul");
  /* Refused without a source, with a reason. */
  g_assert_false (kwa_holding_editor_add_change (holdings, "1952-03-01", "north", ""));
  g_assert_true (kwa_holding_editor_add_change (holdings, "1952-03-01", "north", "appleman-1961"));
  wait_checked (fixture);
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (row);
  g_signal_emit_by_name (list, "row-activated", row);
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  day = kwa_date_to_iso (kwa_timeline_get_date (kwa_session_get_timeline (fixture->session)));
  g_assert_cmpstr (day, ==, "1952-03-02");
  /* The map flies there. */
  for (guint i = 0; i < 120; i++)
    {
      kwa_map_view_get_center (kwa_window_get_map_view (fixture->window), &center);
      if (fabs (center.lon - 126.978) < 0.01 && fabs (center.lat - 37.5665) < 0.01)
        break;
      kwa_test_wait_frames (GTK_WIDGET (fixture->window), 1);
    }
  g_assert_cmpfloat_with_epsilon (center.lon, 126.978, 0.05);
  g_assert_cmpfloat_with_epsilon (center.lat, 37.5665, 0.05);

  /* The change clicked in Seoul's record is loaded into the form, and put
   * back with a new date as one edit. */
  {
    GtkListBox *changes = kwa_holding_editor_get_list (holdings);
    JsonArray *record = json_object_get_array_member (json_object_get_object_member (
                          kwa_exhibit_draft_get_root (kwa_curator_get_draft (fixture->curator)), "holdings"), "seoul");
    guint n = json_array_get_length (record);
    JsonObject *last;

    g_signal_emit_by_name (changes, "row-activated", gtk_list_box_get_row_at_index (changes, (int) n - 1));
    g_assert_true (kwa_holding_editor_add_change (holdings, "1952-03-05", "north", "appleman-1961"));
    record = json_object_get_array_member (json_object_get_object_member (
               kwa_exhibit_draft_get_root (kwa_curator_get_draft (fixture->curator)), "holdings"), "seoul");
    g_assert_cmpuint (json_array_get_length (record), ==, n);
    last = json_array_get_object_element (record, n - 1);
    g_assert_cmpstr (json_object_get_string_member (last, "date"), ==, "1952-03-05");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "curator.undo", NULL));
    record = json_object_get_array_member (json_object_get_object_member (
               kwa_exhibit_draft_get_root (kwa_curator_get_draft (fixture->curator)), "holdings"), "seoul");
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (record, n - 1), "date"), ==, "1952-03-01");
  }
}

/* The kiosk ends curator mode and locks the way back in. */
static void
test_never_in_the_kiosk (Fixture       *fixture,
                         gconstpointer  data)
{
  kwa_session_set_kiosk (fixture->session, TRUE);
  g_assert_null (kwa_window_get_curator (fixture->window));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "edit-exhibit"));
  kwa_window_start_curating (fixture->window);
  g_assert_null (kwa_window_get_curator (fixture->window));
  kwa_session_set_kiosk (fixture->session, FALSE);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "edit-exhibit"));
  /* tear-down expects the curator the fixture made; take it back. */
  kwa_window_start_curating (fixture->window);
  fixture->curator = kwa_window_get_curator (fixture->window);
  wait_checked (fixture);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/curator/drag-undo-redo-save", test_drag_undo_redo_save);
  ADD ("/curator/add-and-remove-vertex", test_add_and_remove_vertex);
  ADD ("/curator/event-in-two-languages", test_event_in_two_languages);
  ADD ("/curator/problem-goes-to-day-and-place", test_problem_goes_to_day_and_place);
  ADD ("/curator/never-in-the-kiosk", test_never_in_the_kiosk);

  return g_test_run ();
}
