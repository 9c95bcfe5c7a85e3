/* test-panels.c: the side panels follow the one timeline, switch language,
 * filter and jump, and leak nothing.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <string.h>

#include "kwa-event-panel-private.h"
#include "kwa-event-panel.h"
#include "kwa-layers-panel-private.h"
#include "kwa-layers-panel.h"
#include "kwa-perspectives-panel.h"
#include "kwa-search-panel.h"
#include "kwa-share-chart-private.h"
#include "kwa-share-chart.h"
#include "kwa-situation-panel-private.h"
#include "kwa-situation-panel.h"
#include "kwa-test-utils.h"
#include "kwa-text-column.h"

typedef struct
{
  KwaMapDocument *document;
  KwaTimeline    *timeline;
  GtkWindow      *window;
  GtkWidget      *panel;
} Fixture;

/* ---- helpers ---------------------------------------------------------- */

static KwaDate
date (const char *iso)
{
  KwaDate parsed;

  g_assert_true (kwa_date_parse (iso, &parsed));
  return parsed;
}

/* A label a visitor can see (shown on screen) whose text is @text. */
static GtkLabel *
find_label (GtkWidget  *root,
            const char *text)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;

  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return GTK_LABEL (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_shown_rows (GtkListBox *list)
{
  guint n = 0;
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (gtk_widget_get_child_visible (GTK_WIDGET (row)))
      n++;

  return n;
}

static GtkListBoxRow *
first_shown_row (GtkListBox *list)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (gtk_widget_get_child_visible (GTK_WIDGET (row)))
      return row;

  return NULL;
}

/* ---- fixture ---------------------------------------------------------- */

/* tests/data/minimal.json, drawn on a copy of its basemap that carries the
 * projection and the land a map document needs. */
static KwaMapDocument *
load_document (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "minimal.json", NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *replaced = NULL;
  g_auto(GStrv) parts = NULL;
  KwaMapDocument *document;
  gsize length;

  g_file_load_contents (file, NULL, &contents, &length, NULL, &error);
  g_assert_no_error (error);
  parts = g_strsplit (contents, "\"minimal-basemap.svg\"", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  replaced = g_strjoinv ("\"panels-basemap.svg\"", parts);
  length = strlen (replaced);
  bytes = g_bytes_new_take (g_steal_pointer (&replaced), length);

  exhibit = kwa_exhibit_new_from_bytes (bytes, file, NULL, &error);
  g_assert_no_error (error);
  document = kwa_map_document_new (exhibit, &error);
  g_assert_no_error (error);

  return document;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GType panel_type = GPOINTER_TO_SIZE (data);

  fixture->document = load_document ();
  fixture->timeline = kwa_timeline_new (kwa_map_document_get_exhibit (fixture->document));

  fixture->panel = g_object_new (panel_type,
                                 "document", fixture->document,
                                 "timeline", fixture->timeline,
                                 NULL);
  g_object_ref_sink (fixture->panel);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 400, 800);
  gtk_window_set_child (fixture->window, fixture->panel);
  gtk_window_present (fixture->window);
  kwa_test_wait_frames (fixture->panel, 2);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->panel);
  g_assert_finalize_object (fixture->timeline);
  g_assert_finalize_object (fixture->document);
}

/* ---- the event panel -------------------------------------------------- */

/* A panel shows a date that moved within a moment of the last once it
 * rests (KwaFollowPacer): wait that out for the last day's. */
static void
wait_for_rest (void)
{
  gint64 end = g_get_monotonic_time () + 200 * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}


static void
test_event_follows_timeline (Fixture       *fixture,
                             gconstpointer  data)
{
  KwaEventPanel *panel = KWA_EVENT_PANEL (fixture->panel);
  GtkLabel *title = kwa_event_panel_get_title_label (panel);

  /* The first day of the exhibit is the liberation. */
  g_assert_cmpstr (gtk_label_get_text (title), ==, "Liberation");

  /* Moving the clock shows the event of the day … */
  kwa_timeline_set_date (fixture->timeline, date ("1950-06-25"));
  wait_for_rest ();
  g_assert_cmpstr (gtk_label_get_text (title), ==, "Invasion");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (title)));
  g_assert_nonnull (find_label (fixture->panel, "June 25, 1950 – June 28, 1950"));
  g_assert_nonnull (find_label (fixture->panel, "“We will resist.”"));
  g_assert_nonnull (find_label (fixture->panel, "— A soldier, June 25, 1950"));
  g_assert_nonnull (find_label (fixture->panel, "The hour is disputed."));

  /* … and, with no event that day, the latest one before it. */
  kwa_timeline_set_date (fixture->timeline, date ("1950-07-10"));
  wait_for_rest ();
  g_assert_cmpstr (gtk_label_get_text (title), ==, "UN vote");
  g_assert_cmpstr (kwa_event_panel_get_event (panel)->id, ==, "un-vote");
  /* The UN vote has no quote and no note. */
  g_assert_null (find_label (fixture->panel, "“We will resist.”"));
  g_assert_null (find_label (fixture->panel, "The hour is disputed."));

  /* Korean, for the same event. */
  kwa_panel_set_language (KWA_PANEL (panel), KWA_LANGUAGE_KO);
  g_assert_cmpstr (gtk_label_get_text (title), ==, "유엔 결의");
  g_assert_nonnull (find_label (fixture->panel, "1950년 6월 27일"));

  /* A selected event wins over the date. */
  kwa_timeline_select_event (fixture->timeline,
                             kwa_exhibit_find_event (kwa_map_document_get_exhibit (fixture->document), "liberation"));
  g_assert_cmpstr (gtk_label_get_text (title), ==, "광복");
  g_assert_nonnull (find_label (fixture->panel, "서울"));

  /* The pick holds while the day does (the time of day may move)… */
  kwa_timeline_set_time (fixture->timeline, kwa_timeline_get_time (fixture->timeline) + 0.25);
  g_assert_cmpstr (gtk_label_get_text (title), ==, "광복");

  /* … but a scrub to another day lets it go: the panel follows the date
   * again, as in the kiosk after a visitor drags to a later year. */
  kwa_timeline_set_date (fixture->timeline, date ("1950-06-28"));
  wait_for_rest ();
  g_assert_null (kwa_timeline_get_selected_event (fixture->timeline));
  g_assert_cmpstr (gtk_label_get_text (title), ==, "유엔 결의");
  g_assert_cmpstr (kwa_event_panel_get_event (panel)->id, ==, "un-vote");
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* While the timeline plays, the date changes every frame but the event
 * shown far less often: the panel must not set its texts again meanwhile
 * (each time, every label shapes and measures its text anew, which made
 * scrubbing in the window miss frames). */
static void
test_event_still_while_the_event_stays (Fixture       *fixture,
                                        gconstpointer  data)
{
  KwaEventPanel *panel = KWA_EVENT_PANEL (fixture->panel);
  GtkLabel *title = kwa_event_panel_get_title_label (panel);
  guint changes = 0;

  kwa_timeline_set_date (fixture->timeline, date ("1950-07-10"));

  wait_for_rest ();
  g_assert_cmpstr (kwa_event_panel_get_event (panel)->id, ==, "un-vote");

  g_signal_connect (title, "notify::attributes", G_CALLBACK (count_cb), &changes);
  g_signal_connect (title, "notify::label", G_CALLBACK (count_cb), &changes);
  for (int day = 11; day <= 14; day++)
    {
      g_autofree char *text = g_strdup_printf ("1950-07-%02d", day);

      kwa_timeline_set_date (fixture->timeline, date (text));
      g_assert_cmpstr (kwa_event_panel_get_event (panel)->id, ==, "un-vote");
    }
  g_assert_cmpuint (changes, ==, 0);

  /* A new language is a change, of course. */
  kwa_panel_set_language (KWA_PANEL (panel), KWA_LANGUAGE_KO);
  g_assert_cmpuint (changes, >, 0);
  g_assert_cmpstr (gtk_label_get_text (title), ==, "유엔 결의");
  g_signal_handlers_disconnect_by_func (title, count_cb, &changes);
}

static void
test_event_sources_are_text (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkLabel *url;

  kwa_timeline_go_to_event (fixture->timeline, "invasion");

  g_assert_nonnull (find_label (fixture->panel, "A History for Tests"));
  g_assert_nonnull (find_label (fixture->panel, "A. Author · Test Press · 1961"));

  /* The address can be copied but never opened: no link, plain text. */
  url = find_label (fixture->panel, "https://example.org/korea");
  g_assert_nonnull (url);
  g_assert_true (gtk_label_get_selectable (url));
  g_assert_false (gtk_label_get_use_markup (url));
  g_assert_null (gtk_label_get_current_uri (url));
}

static void
test_event_empty (void)
{
  GtkWidget *panel = g_object_ref_sink (kwa_event_panel_new ());
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_child (window, panel);
  gtk_window_present (window);
  kwa_test_wait_frames (panel, 2);

  /* With nothing to show, a hint instead of a blank page. */
  g_assert_null (kwa_event_panel_get_event (KWA_EVENT_PANEL (panel)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (kwa_event_panel_get_title_label (KWA_EVENT_PANEL (panel)))));
  g_assert_nonnull (find_label (panel, "No Event Yet"));

  /* The event's page is a text column: a new event lays its text out at
   * the panel's width, not at each width of GTK's search (test-text-column). */
  g_assert_nonnull (gtk_widget_get_ancestor (GTK_WIDGET (kwa_event_panel_get_title_label (KWA_EVENT_PANEL (panel))),
                                             KWA_TYPE_TEXT_COLUMN));

  gtk_window_destroy (window);
  g_assert_finalize_object (panel);
}

/* ---- the situation panel ---------------------------------------------- */

static int
shown_percent (GtkLabel *label)
{
  const char *text = gtk_label_get_text (label);

  g_assert_true (g_str_has_suffix (text, "%"));
  return atoi (text);
}

/* Scrubbed a day a frame, the panel does not lay itself out for each
 * event it passes (10-30 ms each, where a frame has 16.7), and shows the
 * day the scrub stops on once it rests. */
static void
count_title_changes (GtkLabel *title,
                     GParamSpec *pspec,
                     guint    *changes)
{
  (*changes)++;
}

static void
test_event_waits_for_rest (Fixture       *fixture,
                           gconstpointer  data)
{
  KwaEventPanel *panel = KWA_EVENT_PANEL (fixture->panel);
  GtkLabel *title = kwa_event_panel_get_title_label (panel);
  guint changes = 0, days = 0;

  kwa_timeline_set_date (fixture->timeline, date ("1950-06-20"));
  wait_for_rest ();
  g_signal_connect (title, "notify::label", G_CALLBACK (count_title_changes), &changes);

  /* The test exhibit's events of 25 June, 27 June and 10 July are passed. */
  for (KwaDate day = date ("1950-06-21"); day <= date ("1950-07-12"); day++, days++)
    {
      gint64 next = g_get_monotonic_time () + 16 * 1000;

      kwa_timeline_set_date (fixture->timeline, day);
      while (g_get_monotonic_time () < next)
        g_main_context_iteration (NULL, FALSE);
    }
  g_test_message ("the title changed %u times in %u days", changes, days);
  /* Followed day by day, the title would change twice (to the invasion,
   * then the UN vote); paced, not at all, unless the test machine stalls
   * long enough for a rest. */
  g_assert_cmpuint (changes, <=, 1);

  wait_for_rest ();
  g_assert_cmpstr (kwa_event_panel_get_event (panel)->id, ==, "un-vote");
  g_signal_handlers_disconnect_by_func (title, count_title_changes, &changes);
}

/* Whether a label under @root, shown or not, reads @text. */
static gboolean
holds_text (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (holds_text (child, text))
      return TRUE;

  return FALSE;
}

/* On a page not shown, the panel does not follow the date (its new texts
 * would lay the window out for nothing); shown, it has the day at once. */
static void
test_situation_hidden_waits (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkStack *stack = GTK_STACK (gtk_stack_new ());
  GtkWidget *other = gtk_label_new ("Another page");

  gtk_window_set_child (fixture->window, GTK_WIDGET (stack));
  gtk_stack_add_child (stack, other);
  gtk_stack_add_child (stack, fixture->panel);
  gtk_stack_set_visible_child (stack, other);
  kwa_test_wait_frames (GTK_WIDGET (stack), 2);
  g_assert_false (gtk_widget_get_mapped (fixture->panel));
  g_assert_true (holds_text (fixture->panel, "Before the War"));

  kwa_timeline_set_date (fixture->timeline, date ("1950-09-01"));
  wait_for_rest ();
  g_assert_true (holds_text (fixture->panel, "Before the War"));
  g_assert_false (holds_text (fixture->panel, "Day 69 of the War"));

  gtk_stack_set_visible_child (stack, fixture->panel);
  g_assert_true (gtk_widget_get_mapped (fixture->panel));
  g_assert_nonnull (find_label (fixture->panel, "Day 69 of the War"));
}

static void
test_situation_follows_front (Fixture       *fixture,
                              gconstpointer  data)
{
  KwaSituationPanel *panel = KWA_SITUATION_PANEL (fixture->panel);
  GtkLabel *south = kwa_situation_panel_get_share_label (panel, KWA_SIDE_SOUTH);
  GtkLabel *north = kwa_situation_panel_get_share_label (panel, KWA_SIDE_NORTH);
  int before, perimeter;

  /* Divided at the parallel: the south holds a large part … */
  kwa_timeline_set_date (fixture->timeline, date ("1946-01-01"));
  wait_for_rest ();
  before = shown_percent (south);
  g_assert_cmpint (before, >, 30);
  g_assert_cmpint (before + shown_percent (north), >=, 99);
  g_assert_cmpint (before + shown_percent (north), <=, 101);
  g_assert_nonnull (find_label (fixture->panel, "Before the War"));
  g_assert_nonnull (find_label (fixture->panel, "Division"));

  /* … and behind the Pusan Perimeter much less. */
  kwa_timeline_set_date (fixture->timeline, date ("1950-08-04"));
  wait_for_rest ();
  perimeter = shown_percent (south);
  g_assert_cmpint (perimeter, <, before - 10);
  g_assert_nonnull (find_label (fixture->panel, "Day 41 of the War"));
  g_assert_nonnull (find_label (fixture->panel, "Invasion"));
}

static void
test_situation_leaders_and_figures (Fixture       *fixture,
                                    gconstpointer  data)
{
  KwaSituationPanel *panel = KWA_SITUATION_PANEL (fixture->panel);

  kwa_timeline_set_date (fixture->timeline, date ("1950-08-04"));
  wait_for_rest ();
  g_assert_nonnull (find_label (fixture->panel, "Harry S. Truman"));
  g_assert_nonnull (find_label (fixture->panel, "Kim Il Sung"));
  /* No figure is known yet. */
  g_assert_null (find_label (fixture->panel, "US deaths"));

  /* On the day of the armistice: Truman has left office, the count is in. */
  kwa_timeline_set_date (fixture->timeline, date ("1953-07-27"));
  wait_for_rest ();
  g_assert_null (find_label (fixture->panel, "Harry S. Truman"));
  g_assert_nonnull (find_label (fixture->panel, "Kim Il Sung"));
  g_assert_nonnull (find_label (fixture->panel, "US deaths"));
  g_assert_nonnull (find_label (fixture->panel, "36,574 people"));
  g_assert_nonnull (find_label (fixture->panel, "Estimates range from 33,686–36,574 people"));
  g_assert_nonnull (find_label (fixture->panel, "Armistice Signed Today"));

  kwa_panel_set_language (KWA_PANEL (panel), KWA_LANGUAGE_KO);
  g_assert_nonnull (find_label (fixture->panel, "36,574명"));
  g_assert_nonnull (find_label (fixture->panel, "미군 사망자"));
  g_assert_nonnull (find_label (fixture->panel, "김일성"));
  g_assert_nonnull (find_label (fixture->panel, "1953년 7월 27일"));

  kwa_timeline_set_date (fixture->timeline, date ("1953-08-06"));
  wait_for_rest ();
  g_assert_nonnull (find_label (fixture->panel, "Armistice Signed 10 Days Ago"));
}

static void
test_situation_chart (Fixture       *fixture,
                      gconstpointer  data)
{
  KwaShareChart *chart = KWA_SHARE_CHART (kwa_test_find_widget (fixture->panel, KWA_TYPE_SHARE_CHART));
  KwaDateRange range = kwa_exhibit_get_time_range (kwa_map_document_get_exhibit (fixture->document));

  g_assert_nonnull (chart);

  /* Measured once, in the background, a sample a week. */
  while (!kwa_share_chart_is_complete (chart))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (kwa_share_chart_get_n_samples (chart), ==,
                    (range.end - range.start) / KWA_SHARE_CHART_STEP_DAYS + 2);

  /* Its cursor follows the clock. */
  kwa_timeline_set_date (fixture->timeline, date ("1951-01-04"));
  wait_for_rest ();
  g_assert_cmpfloat (kwa_share_chart_get_time (chart), ==, date ("1951-01-04"));
  kwa_test_wait_frames (fixture->panel, 1);
}

/* ---- the layers panel ------------------------------------------------- */

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_layers_switches (Fixture       *fixture,
                      gconstpointer  data)
{
  KwaLayersPanel *panel = KWA_LAYERS_PANEL (fixture->panel);
  GtkSwitch *front = kwa_layers_panel_get_switch (panel, KWA_MAP_LAYER_FRONT);
  GtkSwitch *dmz = kwa_layers_panel_get_switch (panel, KWA_MAP_LAYER_DMZ);
  GtkWidget *row;
  guint notified = 0;

  g_signal_connect (panel, "notify::layers", G_CALLBACK (count_notify_cb), &notified);
  g_assert_cmpuint (kwa_layers_panel_get_layers (panel), ==, KWA_MAP_LAYERS_ALL);
  g_assert_true (gtk_switch_get_active (front));

  /* Tapping the row flips its switch, and the layer goes. */
  row = gtk_widget_get_ancestor (GTK_WIDGET (front), ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (row));
  /* The switch slides over, then changes state. */
  while (notified == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (gtk_switch_get_active (front));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (kwa_layers_panel_get_layers (panel), ==, KWA_MAP_LAYERS_ALL & ~KWA_MAP_LAYER_FRONT);

  gtk_switch_set_active (front, TRUE);
  g_assert_cmpuint (kwa_layers_panel_get_layers (panel), ==, KWA_MAP_LAYERS_ALL);
  g_assert_cmpuint (notified, ==, 2);

  /* Set from outside (a saved setting), the switches follow, and layers
   * without a switch keep their value. */
  kwa_layers_panel_set_layers (panel, KWA_MAP_LAYER_CONTROL | KWA_MAP_LAYER_LEGEND);
  g_assert_false (gtk_switch_get_active (dmz));
  g_assert_false (gtk_switch_get_active (front));
  g_assert_cmpuint (notified, ==, 3);
  gtk_switch_set_active (dmz, TRUE);
  g_assert_cmpuint (kwa_layers_panel_get_layers (panel), ==,
                    KWA_MAP_LAYER_CONTROL | KWA_MAP_LAYER_LEGEND | KWA_MAP_LAYER_DMZ);

  /* Each layer a visitor may hide has a switch. */
  for (guint bit = 0; bit < 7; bit++)
    {
      GtkSwitch *each = kwa_layers_panel_get_switch (panel, 1 << bit);
      g_assert_nonnull (each);
    }

  /* The legend names the sides as the exhibit does, in its language. */
  g_assert_nonnull (find_label (fixture->panel, "North"));
  g_assert_nonnull (find_label (fixture->panel, "Korean People's Army"));
  kwa_panel_set_language (KWA_PANEL (panel), KWA_LANGUAGE_KO);
  g_assert_nonnull (find_label (fixture->panel, "조선인민군"));
}

/* ---- the perspectives panel ------------------------------------------- */

static void
test_perspectives (Fixture       *fixture,
                   gconstpointer  data)
{
  KwaPerspectivesPanel *panel = KWA_PERSPECTIVES_PANEL (fixture->panel);

  g_assert_nonnull (find_label (fixture->panel, "Victory or Defeat?"));
  g_assert_cmpuint (kwa_perspectives_panel_get_n_items (panel), ==, 1);
  g_assert_nonnull (find_label (fixture->panel, "South Korea"));
  g_assert_null (find_label (fixture->panel, "The republic survived."));

  kwa_perspectives_panel_set_expanded (panel, 0, TRUE);
  kwa_test_wait_frames (fixture->panel, 2);
  g_assert_nonnull (find_label (fixture->panel, "The republic survived."));
  g_assert_nonnull (find_label (fixture->panel, "A History for Tests"));

  /* A language switch keeps the open account open. */
  kwa_panel_set_language (KWA_PANEL (panel), KWA_LANGUAGE_KO);
  kwa_test_wait_frames (fixture->panel, 2);
  g_assert_nonnull (find_label (fixture->panel, "공화국은 살아남았다."));
}

/* ---- the search panel ------------------------------------------------- */

static void
type_and_wait (KwaSearchPanel *panel,
               GtkEditable    *entry,
               const char     *text)
{
  gtk_editable_set_text (entry, text);
  /* The entry reports a search after a short pause in typing. */
  while (g_strcmp0 (kwa_search_panel_get_query (panel), text) != 0)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_search_filters_and_jumps (Fixture       *fixture,
                               gconstpointer  data)
{
  KwaSearchPanel *panel = KWA_SEARCH_PANEL (fixture->panel);
  GtkEditable *entry = GTK_EDITABLE (kwa_test_find_widget (fixture->panel, GTK_TYPE_SEARCH_ENTRY));
  GtkListBox *list = GTK_LIST_BOX (kwa_test_find_widget (fixture->panel, GTK_TYPE_LIST_BOX));
  GtkListBoxRow *row;

  g_assert_nonnull (entry);
  g_assert_nonnull (list);
  g_assert_cmpuint (count_shown_rows (list), ==, 3);
  g_assert_nonnull (find_label (fixture->panel, "3 events"));

  /* Words, whatever their case. */
  type_and_wait (panel, entry, "VOTE");
  g_assert_cmpuint (count_shown_rows (list), ==, 1);
  g_assert_cmpuint (kwa_search_panel_get_n_results (panel), ==, 1);
  g_assert_nonnull (find_label (fixture->panel, "1 result found"));

  /* Tapping the result moves the clock to it, and the results stay. */
  row = first_shown_row (list);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
  g_assert_cmpint (kwa_timeline_get_date (fixture->timeline), ==, date ("1950-06-27"));
  g_assert_cmpstr (kwa_timeline_get_selected_event (fixture->timeline)->id, ==, "un-vote");
  g_assert_true (gtk_list_box_get_selected_row (list) == row);
  g_assert_cmpstr (kwa_search_panel_get_query (panel), ==, "VOTE");
  g_assert_cmpuint (count_shown_rows (list), ==, 1);

  /* A year, a month, the start of a year, a day inside a span: the
   * events and the troop movements of those days (KPA I Corps, 25–28 June
   * 1950), not the leaders then in office. */
  type_and_wait (panel, entry, "1950");
  g_assert_cmpuint (count_shown_rows (list), ==, 3);
  type_and_wait (panel, entry, "1945-08");
  g_assert_cmpuint (count_shown_rows (list), ==, 1);
  type_and_wait (panel, entry, "194");
  g_assert_cmpuint (count_shown_rows (list), ==, 1);
  type_and_wait (panel, entry, "1950-06-26");
  g_assert_cmpuint (count_shown_rows (list), ==, 2);
  type_and_wait (panel, entry, "1950 dawn");
  g_assert_cmpuint (count_shown_rows (list), ==, 1);
  type_and_wait (panel, entry, "1951");
  g_assert_cmpuint (count_shown_rows (list), ==, 0);
  g_assert_cmpuint (kwa_search_panel_get_n_results (panel), ==, 0);

  /* A place and a unit, by name, in either language. */
  type_and_wait (panel, entry, "busan");
  g_assert_cmpuint (count_shown_rows (list), >=, 1);
  g_assert_nonnull (find_label (fixture->panel, "Busan"));
  type_and_wait (panel, entry, "제1군단");
  g_assert_cmpuint (count_shown_rows (list), ==, 1);
  g_assert_nonnull (find_label (fixture->panel, "KPA I Corps"));

  /* Enter goes to the first result. */
  type_and_wait (panel, entry, "liberation");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (kwa_timeline_get_selected_event (fixture->timeline)->id, ==, "liberation");
  g_assert_cmpint (kwa_timeline_get_date (fixture->timeline), ==, date ("1945-08-15"));

  /* Korean words match inside longer words. */
  kwa_panel_set_language (KWA_PANEL (panel), KWA_LANGUAGE_KO);
  type_and_wait (panel, entry, "결의");
  g_assert_cmpuint (count_shown_rows (list), ==, 1);
  type_and_wait (panel, entry, "공격");
  g_assert_cmpuint (count_shown_rows (list), ==, 1);
  g_assert_nonnull (find_label (fixture->panel, "남침"));
  type_and_wait (panel, entry, "1950년");
  g_assert_cmpuint (count_shown_rows (list), ==, 3);

  /* A kiosk has no keyboard: the entry goes, every event stays listed. */
  kwa_search_panel_set_kiosk (panel, TRUE);
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (entry)));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (list)));
  g_assert_cmpuint (count_shown_rows (list), ==, 3);
}

static void
test_search_matches (void)
{
  g_autoptr(KwaMapDocument) document = load_document ();
  KwaExhibit *exhibit;
  const KwaEvent *invasion;

  exhibit = kwa_map_document_get_exhibit (document);
  invasion = kwa_exhibit_find_event (exhibit, "invasion");

  g_assert_true (kwa_search_matches (invasion, "", KWA_LANGUAGE_EN));
  g_assert_true (kwa_search_matches (invasion, "  parallel  ", KWA_LANGUAGE_EN));
  g_assert_true (kwa_search_matches (invasion, "DAWN attack", KWA_LANGUAGE_EN));
  g_assert_false (kwa_search_matches (invasion, "dawn vote", KWA_LANGUAGE_EN));
  /* Words are searched in the panel's language only. */
  g_assert_false (kwa_search_matches (invasion, "남침", KWA_LANGUAGE_EN));
  g_assert_true (kwa_search_matches (invasion, "남침", KWA_LANGUAGE_KO));
  g_assert_true (kwa_search_matches (invasion, "38선", KWA_LANGUAGE_KO));
  /* Dates: within the span, by prefix while typing, never by text. */
  g_assert_true (kwa_search_matches (invasion, "1950-06-28", KWA_LANGUAGE_EN));
  g_assert_false (kwa_search_matches (invasion, "1950-06-29", KWA_LANGUAGE_EN));
  g_assert_true (kwa_search_matches (invasion, "1950-6", KWA_LANGUAGE_EN));
  g_assert_true (kwa_search_matches (invasion, "1950-0", KWA_LANGUAGE_EN));
  g_assert_false (kwa_search_matches (invasion, "1950-07", KWA_LANGUAGE_EN));
  g_assert_false (kwa_search_matches (invasion, "1951", KWA_LANGUAGE_EN));
  g_assert_true (kwa_search_matches (invasion, "1950년", KWA_LANGUAGE_KO));

  g_assert_finalize_object (g_steal_pointer (&document));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, type, func) \
  g_test_add (path, Fixture, GSIZE_TO_POINTER (type), fixture_set_up, func, fixture_tear_down)

  ADD ("/panels/event/follows-timeline", KWA_TYPE_EVENT_PANEL, test_event_follows_timeline);
  ADD ("/panels/event/sources-are-text", KWA_TYPE_EVENT_PANEL, test_event_sources_are_text);
  ADD ("/panels/event/still-while-the-event-stays", KWA_TYPE_EVENT_PANEL, test_event_still_while_the_event_stays);
  ADD ("/panels/event/waits-for-rest", KWA_TYPE_EVENT_PANEL, test_event_waits_for_rest);
  g_test_add_func ("/panels/event/empty", test_event_empty);
  ADD ("/panels/situation/follows-front", KWA_TYPE_SITUATION_PANEL, test_situation_follows_front);
  ADD ("/panels/situation/hidden-waits", KWA_TYPE_SITUATION_PANEL, test_situation_hidden_waits);
  ADD ("/panels/situation/leaders-and-figures", KWA_TYPE_SITUATION_PANEL, test_situation_leaders_and_figures);
  ADD ("/panels/situation/chart", KWA_TYPE_SITUATION_PANEL, test_situation_chart);
  ADD ("/panels/layers/switches", KWA_TYPE_LAYERS_PANEL, test_layers_switches);
  ADD ("/panels/perspectives/expand", KWA_TYPE_PERSPECTIVES_PANEL, test_perspectives);
  ADD ("/panels/search/filters-and-jumps", KWA_TYPE_SEARCH_PANEL, test_search_filters_and_jumps);
  g_test_add_func ("/panels/search/matches", test_search_matches);

#undef ADD

  return g_test_run ();
}
