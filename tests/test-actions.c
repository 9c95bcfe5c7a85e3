/* test-actions.c: the application actions a museum's show-control system
 * calls over D-Bus move the one clock, and every view follows it.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include <adwaita.h>

#include "kwa-application.h"
#include "kwa-session.h"
#include "kwa-sketch.h"
#include "kwa-timeline.h"
#include "kwa-map-document.h"
#include "kwa-window.h"
#include "kwa-presenter.h"
#include "kwa-test-utils.h"
#include "kwa-map-view-private.h"
#include "kwa-event-panel.h"
#include "kwa-event-panel-private.h"
#include "kwa-search-panel.h"
#include "kwa-video-export.h"
#include "kwa-window-private.h"

static const char *
panel_title (KwaWindow  *window,
             const char *name)
{
  GtkWidget *panel = kwa_window_get_panel (window, name);
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_parent (panel));

  return adw_view_stack_page_get_title (adw_view_stack_get_page (stack, panel));
}

static KwaDate
date (const char *text)
{
  KwaDate value;

  g_assert_true (kwa_date_parse (text, &value));
  return value;
}

static void
activate (KwaApplication *app,
          const char     *name,
          const char     *argument)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), name,
                                  argument ? g_variant_new_string (argument) : NULL);
}

static void
test_actions_move_the_clock_and_the_views (void)
{
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestActions", TRUE);
  KwaTimeline *timeline = kwa_session_get_timeline (kwa_application_get_session (app));
  KwaWindow *window = kwa_test_open_window (app, 0, 0);
  KwaMapView *map = kwa_window_get_map_view (window);
  KwaDate before;

  /* Every action the README documents is exported. */
  for (const char * const *name = (const char * const []) { "go-to-date", "go-to-event", "play", "pause",
                                                             "next-event", "previous-event",
                                                             "set-language", NULL };
       *name != NULL; name++)
    g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), *name));

  activate (app, "go-to-date", "1951-01-24");
  g_assert_cmpint (kwa_timeline_get_date (timeline), ==, date ("1951-01-24"));
  kwa_test_wait_frames (GTK_WIDGET (window), 1);
  g_assert_cmpint (kwa_map_view_get_scene (map)->date, ==, date ("1951-01-24"));

  activate (app, "go-to-event", "inchon-landing");
  g_assert_cmpstr (kwa_timeline_get_selected_event (timeline)->id, ==, "inchon-landing");
  g_assert_cmpint (kwa_timeline_get_date (timeline), ==, date ("1950-09-15"));
  g_assert_true (kwa_map_view_get_selected (map) == kwa_timeline_get_selected_event (timeline));

  before = kwa_timeline_get_date (timeline);
  activate (app, "next-event", NULL);
  g_assert_cmpint (kwa_timeline_get_date (timeline), >, before);
  activate (app, "previous-event", NULL);
  g_assert_cmpint (kwa_timeline_get_date (timeline), ==, before);

  activate (app, "play", NULL);
  g_assert_true (kwa_timeline_get_playing (timeline));
  kwa_test_wait_frames (GTK_WIDGET (window), 10);   /* the session's playback moves it */
  g_assert_cmpint (kwa_timeline_get_date (timeline), >, before);
  activate (app, "pause", NULL);
  g_assert_false (kwa_timeline_get_playing (timeline));

  activate (app, "set-language", "ko");
  g_assert_cmpint (kwa_session_get_language (kwa_application_get_session (app)), ==, KWA_LANGUAGE_KO);
  g_assert_cmpint (kwa_map_view_get_language (map), ==, KWA_LANGUAGE_KO);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "한국전쟁 아틀라스");
  /* The interface switched too, without a restart. */
  g_assert_cmpstr (panel_title (window, "event"), ==, "사건");

  /* The panels lay out Korean text on eventful days. (Pango 1.50 aborted
   * on Korean text wrapped at word-or-character boundaries.) */
  for (const char * const *day = (const char * const []) { "1950-06-25", "1950-09-15", "1950-11-27",
                                                            "1951-04-22", "1952-03-01", "1953-07-27", NULL };
       *day != NULL; day++)
    {
      activate (app, "go-to-date", *day);
      kwa_test_wait_frames (GTK_WIDGET (window), 2);
    }
  /* Japanese and Chinese likewise, from the exhibit and the catalogues,
   * in their own fonts. */
  activate (app, "set-language", "ja");
  kwa_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "朝鮮戦争アトラス");
  g_assert_cmpstr (panel_title (window, "event"), ==, "出来事");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "kwa-lang-ja"));
  activate (app, "set-language", "zh_CN.UTF-8");
  kwa_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "朝鲜战争地图集");
  g_assert_cmpstr (panel_title (window, "event"), ==, "事件");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "kwa-lang-ja"));
  activate (app, "set-language", "en");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Korean War Atlas");
  g_assert_cmpstr (panel_title (window, "event"), ==, "Event");

  /* Nonsense from a show-control script is refused, not obeyed. */
  g_test_expect_message ("kwa-application", G_LOG_LEVEL_WARNING, "*not a date*");
  activate (app, "go-to-date", "1951-02-30");
  g_test_assert_expected_messages ();
  g_test_expect_message ("kwa-application", G_LOG_LEVEL_WARNING, "*no event*");
  activate (app, "go-to-event", "no-such-event");
  g_test_assert_expected_messages ();

  kwa_test_close_window (window);
}

/* Every accelerator the shortcuts window lists, as triggers. */
static void
collect_listed (GtkWidget *widget,
                GPtrArray *listed,
                GPtrArray *titles)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *title = NULL;
      g_auto(GStrv) parts = NULL;

      g_object_get (widget, "accelerator", &accelerator, "title", &title, NULL);
      g_ptr_array_add (titles, g_steal_pointer (&title));
      parts = g_strsplit (accelerator ? accelerator : "", " ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        if (*parts[i] != '\0')
          g_ptr_array_add (listed, gtk_shortcut_trigger_parse_string (parts[i]));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_listed (child, listed, titles);
}

/* GTK's own keys on every window (activate the default button, move the
 * focus, the inspector): not the app's to list. */
static const char * const gtk_window_keys[] = {
  "Return", "ISO_Enter", "KP_Enter", "<Control>Up", "<Control>Down", "<Control>Left", "<Control>Right",
  "<Shift><Control>i", "<Shift><Control>d", NULL,
};

/* Every key a widget's shortcut controllers bind, but the keypad's twins
 * and GTK's own window keys. */
static void
collect_bound (GtkWidget *widget,
               GPtrArray *bound)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          g_autofree char *name = gtk_shortcut_trigger_to_string (trigger);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) && !g_str_has_prefix (name, "KP_") && !strstr (name, ">KP_") &&
              !g_strv_contains (gtk_window_keys, name))
            g_ptr_array_add (bound, g_object_ref (trigger));
        }
    }
}

static gboolean
is_listed (GPtrArray          *listed,
           GtkShortcutTrigger *trigger)
{
  for (guint i = 0; i < listed->len; i++)
    if (gtk_shortcut_trigger_equal (g_ptr_array_index (listed, i), trigger))
      return TRUE;
  return FALSE;
}

/* The shortcuts window lists every key of every mode: the timeline's, the
 * map's, the pen's, the classroom's (on both of its windows), and says
 * so in the interface's language. */
static void
test_shortcuts_window_lists_every_key (void)
{
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestShortcuts", TRUE);
  KwaWindow *window = kwa_test_open_window (app, 0, 0);
  GtkShortcutsWindow *help = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) bound = g_ptr_array_new_with_free_func (g_object_unref);
  KwaPresenter *presenter;
  gboolean hangul = FALSE;
  guint missing = 0;

  g_assert_nonnull (help);
  collect_listed (GTK_WIDGET (help), listed, titles);

  collect_bound (kwa_window_get_timeline_bar (window), bound);
  collect_bound (GTK_WIDGET (kwa_window_get_map_view (window)), bound);
  collect_bound (GTK_WIDGET (window), bound);
  presenter = kwa_presenter_new (GTK_APPLICATION (app), kwa_application_get_session (app));
  collect_bound (GTK_WIDGET (kwa_presenter_get_presenter_window (presenter)), bound);
  collect_bound (GTK_WIDGET (kwa_presenter_get_audience_window (presenter)), bound);
  kwa_presenter_close (presenter);
  g_object_unref (presenter);

  g_assert_cmpuint (bound->len, >, 20);
  for (guint i = 0; i < bound->len; i++)
    {
      g_autofree char *name = gtk_shortcut_trigger_to_string (g_ptr_array_index (bound, i));

      if (!is_listed (listed, g_ptr_array_index (bound, i)))
        { g_printerr ("MISSING %s\n", name); missing++; }
    }
  g_assert_cmpuint (missing, ==, 0);
  /* The kiosk's way out for the administrator, and the pen's undo. */
  {
    g_autoptr(GtkShortcutTrigger) admin = gtk_shortcut_trigger_parse_string ("<Control><Alt><Shift>q");
    g_autoptr(GtkShortcutTrigger) undo = gtk_shortcut_trigger_parse_string ("<Control>z");

    g_assert_true (is_listed (listed, admin));
    g_assert_true (is_listed (listed, undo));
  }

  activate (app, "set-language", "ko");
  g_ptr_array_set_size (titles, 0);
  g_ptr_array_set_size (listed, 0);
  collect_listed (GTK_WIDGET (help), listed, titles);
  for (guint i = 0; i < titles->len; i++)
    hangul |= g_utf8_strchr (g_ptr_array_index (titles, i), -1, 0xc7ac) != NULL    /* 재 */
              || g_utf8_strchr (g_ptr_array_index (titles, i), -1, 0xc9c0) != NULL; /* 지 */
  g_assert_true (hangul);
  activate (app, "set-language", "en");

  kwa_test_close_window (window);
}

/* The first visible label under @widget whose text contains @words. */
static GtkLabel *
find_label_with (GtkWidget  *widget,
                 const char *words)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), words) != NULL)
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = gtk_widget_get_visible (child) ? find_label_with (child, words) : NULL;

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The label with @words under @widget, once it shows: a panel follows a
 * date that moved again within a moment only when the date rests
 * (KwaFollowPacer), so a test cannot count frames for it. NULL after two
 * seconds without it. */
static GtkLabel *
wait_for_label_with (GtkWidget  *widget,
                     const char *words)
{
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  GtkLabel *found;

  while ((found = find_label_with (widget, words)) == NULL && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  return found;
}

/* Clicks at a place's point on the map (through the map's own hit test, as
 * a click does) and returns what it picked. */
static KwaMapHit
click_at (KwaWindow *window,
          KwaLonLat  point)
{
  KwaMapView *map = kwa_window_get_map_view (window);
  KwaMapHit hit;
  double x, y;

  kwa_map_view_go_to (map, point, 5.0, FALSE);
  kwa_test_wait_frames (GTK_WIDGET (window), 3);
  g_assert_true (kwa_map_view_lonlat_to_widget (map, point, &x, &y));
  hit = kwa_map_view_hit_test (map, x, y);
  if (hit.kind != KWA_MAP_HIT_NONE)
    kwa_map_view_activate_record (map, hit);
  kwa_test_wait_frames (GTK_WIDGET (window), 1);
  return hit;
}

/* A place or an arrow picked on the map is told in the event panel: who
 * held the place on the day shown and its record of changes of hands;
 * whose arrow it is and what it belongs to. Choosing an event goes back. */
static void
test_map_picks_fill_the_event_panel (void)
{
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestPicks", TRUE);
  KwaWindow *window = kwa_test_open_window (app, 1400, 900);
  KwaEventPanel *panel = KWA_EVENT_PANEL (kwa_window_get_panel (window, "event"));
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (kwa_session_get_document (kwa_application_get_session (app)));
  const KwaPlace *places;
  const KwaMovement *movements;
  const KwaPlace *chorwon = NULL;
  const KwaMovement *landing = NULL;
  guint n_places, n_movements;
  KwaMapHit hit;
  int kind;

  places = kwa_exhibit_get_places (exhibit, &n_places);
  for (guint i = 0; i < n_places; i++)
    if (g_str_equal (places[i].id, "chorwon"))
      chorwon = &places[i];
  movements = kwa_exhibit_get_movements (exhibit, &n_movements);
  for (guint i = 0; i < n_movements; i++)
    if (g_str_equal (movements[i].id, "x-corps-inchon"))
      landing = &movements[i];
  g_assert_nonnull (chorwon);
  g_assert_nonnull (landing);

  /* Chorwon in the summer of 1952: on the UN side of the line. */
  activate (app, "go-to-date", "1952-06-01");
  hit = click_at (window, chorwon->point);
  g_assert_cmpint (hit.kind, ==, KWA_MAP_HIT_PLACE);
  g_assert_true (hit.record == chorwon);
  g_assert_true (kwa_event_panel_get_record (panel, &kind) == chorwon);
  g_assert_cmpint (kind, ==, KWA_MAP_HIT_PLACE);
  g_assert_cmpstr (gtk_label_get_text (kwa_event_panel_get_title_label (panel)), ==, "Chorwon");
  g_assert_nonnull (find_label_with (GTK_WIDGET (panel), "June 1, 1952: held by the South side"));
  g_assert_nonnull (find_label_with (GTK_WIDGET (panel), "on the day shown"));

  /* The day moves back to August 1950: the panel follows the record. */
  activate (app, "go-to-date", "1950-08-01");
  g_assert_nonnull (wait_for_label_with (GTK_WIDGET (panel), "August 1, 1950: held by the North side"));

  /* The X Corps landing's arrow, on its first leg (drawn by then). */
  activate (app, "go-to-date", "1950-09-20");
  hit = click_at (window, landing->path.points[1]);
  g_assert_cmpint (hit.kind, ==, KWA_MAP_HIT_MOVEMENT);
  g_assert_true (kwa_event_panel_get_record (panel, &kind) == hit.record);
  g_assert_cmpint (kind, ==, KWA_MAP_HIT_MOVEMENT);
  g_assert_cmpstr (gtk_label_get_text (kwa_event_panel_get_title_label (panel)), ==,
                   kwa_text_get (&((const KwaMovement *) hit.record)->unit, KWA_LANGUAGE_EN));
  g_assert_nonnull (find_label_with (GTK_WIDGET (panel), "Troop movement"));
  /* Where its head stood on the days its waypoints name. */
  g_assert_nonnull (find_label_with (GTK_WIDGET (panel), "September 15, 1950 — reached Incheon"));
  g_assert_nonnull (find_label_with (GTK_WIDGET (panel), "September 18, 1950 — reached Kimpo airfield"));

  /* An event chosen: the panel tells the event again. */
  activate (app, "go-to-event", "inchon-landing");
  g_assert_null (kwa_event_panel_get_record (panel, NULL));
  g_assert_cmpstr (gtk_label_get_text (kwa_event_panel_get_title_label (panel)), ==, "Inchon landing (Operation Chromite)");

  kwa_test_close_window (window);
}

/* The shown row of @list whose labels read @words. */
static GtkListBoxRow *
shown_row_with (GtkListBox *list,
                const char *words)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (gtk_widget_get_child_visible (GTK_WIDGET (row)) && find_label_with (GTK_WIDGET (row), words) != NULL)
      return row;
  return NULL;
}

static GtkListBox *
result_list (GtkWidget *panel)
{
  for (GtkWidget *child = gtk_widget_get_first_child (panel); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkListBox *found = GTK_IS_LIST_BOX (child) ? GTK_LIST_BOX (child) : result_list (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Search finds places, units and leaders as well as events, in Korean or
 * English whatever the interface speaks, shows the words around a match
 * in the text, takes "1951년 1월", and keeps its results when one is
 * chosen: a place chosen is told in the event panel. */
static void
test_search_finds_every_kind (void)
{
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestSearch", TRUE);
  KwaWindow *window = kwa_test_open_window (app, 1400, 900);
  KwaSearchPanel *search = KWA_SEARCH_PANEL (kwa_window_get_panel (window, "search"));
  KwaEventPanel *event_panel = KWA_EVENT_PANEL (kwa_window_get_panel (window, "event"));
  GtkListBox *list = result_list (GTK_WIDGET (search));
  GtkListBoxRow *row;
  int kind;

  g_assert_nonnull (list);
  /* Korean typed into an English interface. */
  kwa_search_panel_set_query (search, "인천");
  kwa_test_wait_frames (GTK_WIDGET (window), 1);
  g_assert_nonnull (shown_row_with (list, "Inchon landing (Operation Chromite)"));
  g_assert_nonnull (shown_row_with (list, "Incheon"));

  /* A unit by its name. */
  kwa_search_panel_set_query (search, "187th Airborne");
  kwa_test_wait_frames (GTK_WIDGET (window), 1);
  g_assert_nonnull (shown_row_with (list, "Troop movement"));

  /* A leader. */
  kwa_search_panel_set_query (search, "Peng");
  kwa_test_wait_frames (GTK_WIDGET (window), 1);
  g_assert_nonnull (shown_row_with (list, "Leader"));

  /* A word found only in an event's text: the words around it. */
  kwa_search_panel_set_query (search, "sea walls");
  kwa_test_wait_frames (GTK_WIDGET (window), 1);
  row = shown_row_with (list, "sea walls");
  g_assert_nonnull (row);
  g_assert_nonnull (find_label_with (GTK_WIDGET (row), "Inchon landing"));

  /* A Korean month. */
  kwa_search_panel_set_query (search, "1951년 1월");
  kwa_test_wait_frames (GTK_WIDGET (window), 1);
  g_assert_cmpuint (kwa_search_panel_get_n_results (search), >, 0);
  g_assert_nonnull (shown_row_with (list, "January"));
  g_assert_null (shown_row_with (list, "Hungnam"));   /* December 1950 */

  /* A place chosen: told in the event panel; the results stay. */
  kwa_search_panel_set_query (search, "Chorwon");
  kwa_test_wait_frames (GTK_WIDGET (window), 1);
  row = shown_row_with (list, "Place");
  g_assert_nonnull (row);
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_nonnull (kwa_event_panel_get_record (event_panel, &kind));
  g_assert_cmpint (kind, ==, KWA_MAP_HIT_PLACE);
  g_assert_cmpstr (gtk_label_get_text (kwa_event_panel_get_title_label (event_panel)), ==, "Chorwon");
  g_assert_cmpstr (kwa_search_panel_get_query (search), ==, "Chorwon");
  g_assert_true (shown_row_with (list, "Place") == row);

  kwa_test_close_window (window);
}

typedef struct
{
  double   last_fraction;
  guint    n_progress;
  gboolean finished;
  gboolean ok;
  GError  *error;
} VideoWatch;

static void
video_progress_cb (KwaVideoExport *export,
                   double          fraction,
                   VideoWatch     *watch)
{
  g_assert_cmpfloat (fraction, >=, watch->last_fraction);
  watch->last_fraction = fraction;
  watch->n_progress++;
}

static void
video_finished_cb (KwaVideoExport *export,
                   gboolean        ok,
                   const GError   *error,
                   VideoWatch     *watch)
{
  watch->finished = TRUE;
  watch->ok = ok;
  watch->error = error ? g_error_copy (error) : NULL;
}

/* Export Video draws in the background: the window goes on drawing days
 * while the frames are made, the progress rises, and Cancel stops it. A
 * short video is written whole, frame by frame. */
static void
test_video_export_in_the_background (void)
{
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestVideo", TRUE);
  KwaWindow *window = kwa_test_open_window (app, 1000, 700);
  KwaMapView *map = kwa_window_get_map_view (window);
  KwaMapDocument *document = kwa_session_get_document (kwa_application_get_session (app));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kwa-video-XXXXXX", &error);
  g_autofree char *pattern = g_build_filename (dir, "frame-%05d.png", NULL);
  g_autofree char *first = NULL;
  VideoWatch watch = { 0 };
  KwaVideoExport *export;
  g_autoptr(KwaVideoExport) short_video = NULL;
  KwaAnimationSpec spec;
  KwaRenderOptions options;
  gint64 deadline;

  /* The war, as the menu offers it: cancelled once under way. */
  export = kwa_window_start_video_export (window, 0, pattern, &error);
  g_assert_no_error (error);
  g_assert_nonnull (export);
  g_object_ref (export);
  g_signal_connect (export, "progress", G_CALLBACK (video_progress_cb), &watch);
  g_signal_connect (export, "finished", G_CALLBACK (video_finished_cb), &watch);
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (watch.last_fraction <= 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpfloat (watch.last_fraction, >, 0);

  /* The app is usable meanwhile: the map follows the clock. */
  activate (app, "go-to-date", "1951-03-15");
  kwa_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpint (kwa_map_view_get_scene (map)->date, ==, date ("1951-03-15"));

  kwa_video_export_cancel (export);
  while (!watch.finished)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (watch.ok);
  g_assert_error (watch.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&watch.error);
  g_object_unref (export);

  /* Five frames, whole. */
  watch = (VideoWatch) { 0 };
  kwa_animation_spec_init_default (&spec);
  spec.start = date ("1950-06-25");
  spec.end = date ("1950-06-29");
  spec.days_per_second = spec.fps;   /* a day a frame */
  spec.width = 320;
  spec.height = 180;
  kwa_render_options_init_default (&options);
  short_video = kwa_video_export_new (document, &spec, &options, pattern);
  g_signal_connect (short_video, "progress", G_CALLBACK (video_progress_cb), &watch);
  g_signal_connect (short_video, "finished", G_CALLBACK (video_finished_cb), &watch);
  kwa_video_export_start (short_video);
  while (!watch.finished)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (watch.error);
  g_assert_true (watch.ok);
  g_assert_cmpfloat (watch.last_fraction, ==, 1.0);
  first = kwa_animation_frame_path (pattern, kwa_animation_spec_get_n_frames (&spec) - 1);
  g_assert_true (g_file_test (first, G_FILE_TEST_EXISTS));

  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;
    guint n_files = 0;

    while ((name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        n_files++;
        g_unlink (path);
      }
    /* The short video's frames, and the cancelled one's first few. */
    g_assert_cmpuint (n_files, >=, kwa_animation_spec_get_n_frames (&spec));
  }
  g_rmdir (dir);
  kwa_test_close_window (window);
}

/* Print Handout from the window: the action is there (and the kiosk
 * locks it, see test-kiosk); a file that cannot be written is an alert,
 * not a crash. The PDF itself is check-handout's: cairo 1.16 leaks an
 * array for each CID font it subsets into a PDF (tests/lsan.supp), which
 * this sanitizer run could only tell from ours with whole stacks. */
static void
test_print_handout_from_the_window (void)
{
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestHandout", TRUE);
  KwaWindow *window = kwa_test_open_window (app, 1000, 700);

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "print-handout"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "print-handout"));
  g_assert_false (kwa_window_write_handout (window, "lesson-turning-points", KWA_HANDOUT_TEACHER,
                                            "/no/such/folder/handout.pdf"));
  g_assert_false (kwa_window_write_handout (window, "no-such-tour", KWA_HANDOUT_STUDENT, "/tmp/x.pdf"));

  kwa_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/actions/move-the-clock-and-the-views", test_actions_move_the_clock_and_the_views);
  g_test_add_func ("/actions/shortcuts-window-lists-every-key", test_shortcuts_window_lists_every_key);
  g_test_add_func ("/actions/map-picks-fill-the-event-panel", test_map_picks_fill_the_event_panel);
  g_test_add_func ("/actions/search-finds-every-kind", test_search_finds_every_kind);
  g_test_add_func ("/actions/video-export-in-the-background", test_video_export_in_the_background);
  g_test_add_func ("/actions/print-handout-from-the-window", test_print_handout_from_the_window);

  return g_test_run ();
}
