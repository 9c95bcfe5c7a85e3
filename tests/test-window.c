/* test-window.c: the main window opens, shows the app, closes and leaks
 * nothing.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "kwa-application.h"
#include "kwa-session.h"
#include "kwa-i18n.h"
#include "kwa-layers-panel.h"
#include "kwa-timeline.h"
#include "kwa-window.h"
#include "kwa-sketch.h"
#include "kwa-test-utils.h"
#include "kwa-map-view-private.h"
#include "kwa-window-private.h"

static void
test_window_opens_and_closes (void)
{
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.Test", FALSE);
  KwaWindow *window = kwa_test_open_window (app, 0, 0);
  GtkWidget *title, *content;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Korean War Atlas");

  /* The header bar shows the title too, not only the window manager. The
   * window's content is the toast overlay, round the header and the rest. */
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_TOAST_OVERLAY (content));
  title = adw_header_bar_get_title_widget (ADW_HEADER_BAR (gtk_widget_get_first_child (
    adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (content)))));
  g_assert_true (ADW_IS_WINDOW_TITLE (title));
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (title)), ==, "Korean War Atlas");

  kwa_test_close_window (window);
}

/* A curator's broken file never leaves a blank screen: the bundled exhibit
 * comes up and the window says what is wrong, where. */
static void
test_bad_data_falls_back (void)
{
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestFallback", FALSE);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "broken", "bad-date.json", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (path);
  KwaWindow *window;
  const char *problems;

  g_test_expect_message ("kwa-session", G_LOG_LEVEL_WARNING, "*bad-date.json*");
  g_assert_false (kwa_session_load (kwa_application_get_session (app), bad));
  g_test_assert_expected_messages ();

  g_assert_nonnull (kwa_session_get_document (kwa_application_get_session (app)));
  problems = kwa_session_get_load_error (kwa_application_get_session (app));
  g_assert_nonnull (problems);
  g_assert_nonnull (strstr (problems, "bad-date.json"));
  g_assert_nonnull (strstr (problems, "is not a valid date"));

  window = kwa_test_open_window (app, 0, 0);

  /* The map shows the bundled exhibit, and the problems are on screen. */
  g_assert_true (kwa_map_view_get_document (kwa_window_get_map_view (window)) ==
                 kwa_session_get_document (kwa_application_get_session (app)));
  g_assert_nonnull (kwa_map_view_get_scene (kwa_window_get_map_view (window)));

  kwa_test_close_window (window);
}

/* Large text for a projector or low vision: the map's labels and every
 * other text grow, and come back. */
static void
test_text_scale (void)
{
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestScale", FALSE);
  KwaWindow *window = kwa_test_open_window (app, 0, 0);
  int dpi_before, dpi_large, dpi_after;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (window)), "gtk-xft-dpi", &dpi_before, NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "text-scale", g_variant_new_double (1.5));
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (window)), "gtk-xft-dpi", &dpi_large, NULL);
  g_assert_cmpfloat (kwa_map_view_get_text_scale (kwa_window_get_map_view (window)), ==, 1.5);
  g_assert_cmpint (ABS (dpi_large - dpi_before * 3 / 2), <=, 1);

  g_action_group_activate_action (G_ACTION_GROUP (window), "text-scale", g_variant_new_double (1.0));
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (window)), "gtk-xft-dpi", &dpi_after, NULL);
  g_assert_cmpint (dpi_after, ==, dpi_before);
  g_assert_cmpfloat (kwa_map_view_get_text_scale (kwa_window_get_map_view (window)), ==, 1.0);

  kwa_test_close_window (window);
}

/* The first event with a place on the map, after @after. */
static const KwaEvent *
located_event (KwaTimeline    *timeline,
               const KwaEvent *after)
{
  guint n_events = 0;
  const KwaEvent *events = kwa_exhibit_get_events (kwa_timeline_get_exhibit (timeline), &n_events);

  for (guint i = 0; i < n_events; i++)
    if (events[i].has_location && &events[i] > after)
      return &events[i];
  g_assert_not_reached ();
}

static gboolean
map_moved (KwaMapView *view,
           KwaLonLat   from)
{
  KwaLonLat now;

  kwa_map_view_get_center (view, &now);
  return fabs (now.lon - from.lon) > 1e-6 || fabs (now.lat - from.lat) > 1e-6;
}

/* A chosen event brings the map to it, unless the kiosk has asked to
 * frame stops itself; and win.close-panels returns to the event page. */
static void
test_follow_selection_and_close_panels (void)
{
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestFollow", TRUE);
  KwaWindow *window = kwa_test_open_window (app, 0, 0);
  KwaTimeline *timeline = kwa_session_get_timeline (kwa_application_get_session (app));
  KwaMapView *view = kwa_window_get_map_view (window);
  const KwaEvent *first, *second;
  KwaLonLat start;
  GtkWidget *stack;
  guint frames;

  first = located_event (timeline, NULL);
  second = located_event (timeline, first);
  kwa_map_view_get_center (view, &start);

  kwa_window_set_follow_selection (window, FALSE);
  kwa_timeline_select_event (timeline, first);
  kwa_test_wait_frames (GTK_WIDGET (window), 30);
  g_assert_false (map_moved (view, start));

  kwa_window_set_follow_selection (window, TRUE);
  kwa_timeline_select_event (timeline, second);
  for (frames = 0; frames < 120 && !map_moved (view, start); frames++)
    kwa_test_wait_frames (GTK_WIDGET (window), 1);
  g_assert_true (map_moved (view, start));

  stack = gtk_widget_get_ancestor (kwa_window_get_panel (window, "event"), ADW_TYPE_VIEW_STACK);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "search");
  g_action_group_activate_action (G_ACTION_GROUP (window), "close-panels", NULL);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, "event");

  kwa_test_close_window (window);
}

/* The side panels are measured only while shown (so start-up does not
 * shape every text of the exhibit); switching between them must still not
 * make the side bar jump in width, nor squeeze the map. */
static void
test_panels_keep_their_width (void)
{
  static const char *names[] = { "event", "situation", "layers", "perspectives", "search", "event" };
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestPanelWidth", TRUE);
  KwaWindow *window = kwa_test_open_window (app, 1600, 900);
  GtkWidget *stack, *map;
  int stack_width = -1, map_width = -1;

  stack = gtk_widget_get_ancestor (kwa_window_get_panel (window, "event"), ADW_TYPE_VIEW_STACK);
  map = GTK_WIDGET (kwa_window_get_map_view (window));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), names[i]);
      kwa_test_wait_frames (GTK_WIDGET (window), 3);
      g_test_message ("%s: panels %d px, map %d px", names[i],
                      gtk_widget_get_width (stack), gtk_widget_get_width (map));
      if (stack_width < 0)
        {
          stack_width = gtk_widget_get_width (stack);
          map_width = gtk_widget_get_width (map);
        }
      g_assert_cmpint (gtk_widget_get_width (stack), ==, stack_width);
      g_assert_cmpint (gtk_widget_get_width (map), ==, map_width);
    }

  kwa_test_close_window (window);
}

/* In a narrow window the map keeps the width and the panels fold over it
 * (hidden until asked for); from a laptop's width up they sit beside it. */
static void
test_narrow_window_folds_panels (void)
{
  static const struct { int width, height; gboolean folded; } sizes[] = {
    { 760, 900, TRUE }, { 1366, 768, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *id = g_strdup_printf ("org.koreanwaratlas.Atlas.TestFold%u", i);
      g_autoptr(KwaApplication) app = kwa_test_register_application (id, TRUE);
      KwaWindow *window = kwa_test_open_window (app, sizes[i].width, sizes[i].height);
      GtkWidget *stack, *map;

      /* A frame more for the fold (three in all, as this test has always
       * waited). */
      kwa_test_wait_frames (GTK_WIDGET (window), 1);

      stack = gtk_widget_get_ancestor (kwa_window_get_panel (window, "event"), ADW_TYPE_VIEW_STACK);
      map = GTK_WIDGET (kwa_window_get_map_view (window));
      g_test_message ("%dx%d: map %d px, panels %s", sizes[i].width, sizes[i].height,
                      gtk_widget_get_width (map), gtk_widget_get_mapped (stack) ? "shown" : "hidden");
      if (sizes[i].folded)
        {
          g_assert_cmpint (gtk_widget_get_width (map), >=, sizes[i].width - 40);
          g_assert_false (gtk_widget_get_mapped (stack));
        }
      else
        {
          g_assert_true (gtk_widget_get_mapped (stack));
          g_assert_cmpint (gtk_widget_get_width (map) + gtk_widget_get_width (stack), <=, sizes[i].width);
        }

      kwa_test_close_window (window);
    }
}

/* AdwFlap 1.2 divides by the panels' width when folding hides them: a flap
 * that folds unlocked before its panels were ever laid out (a narrow
 * window's first allocation) gets 0 / 0, and a frame may then lay the map
 * out NaN pixels wide (GTK's "width -2147483648" warning). */
static void
record_fold_before_layout (AdwFlap    *flap,
                           GParamSpec *pspec,
                           gboolean   *divided_by_zero)
{
  if (adw_flap_get_folded (flap) && !adw_flap_get_locked (flap) &&
      gtk_widget_get_width (adw_flap_get_flap (flap)) == 0)
    *divided_by_zero = TRUE;
}

/* The same for the panels shown or hidden on purpose (the kiosk hides
 * them as it starts): an animation begun while the flap is on screen. */
static void
record_reveal_before_layout (AdwFlap    *flap,
                             GParamSpec *pspec,
                             gboolean   *divided_by_zero)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (flap)) && gtk_widget_get_width (adw_flap_get_flap (flap)) == 0)
    *divided_by_zero = TRUE;
}

/* A window narrow from its first frame folds its panels only once they
 * have a width, then hides them, and folds and unfolds freely after; one
 * told to hide them before its first frame hides them after it. */
static void
test_narrow_window_folds_after_layout (void)
{
  static const struct { int width; gboolean hide_at_once, folded; } cases[] = {
    { 760, FALSE, TRUE }, { 1366, TRUE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = g_strdup_printf ("org.koreanwaratlas.Atlas.TestFoldFirst%u", i);
      g_autoptr(KwaApplication) app = kwa_test_register_application (id, TRUE);
      KwaWindow *window = g_object_ref (kwa_window_new (app));
      AdwFlap *flap = ADW_FLAP (gtk_widget_get_ancestor (kwa_window_get_panel (window, "event"), ADW_TYPE_FLAP));
      gboolean divided_by_zero = FALSE;

      g_signal_connect (flap, "notify::folded", G_CALLBACK (record_fold_before_layout), &divided_by_zero);
      g_signal_connect (flap, "notify::reveal-flap", G_CALLBACK (record_reveal_before_layout), &divided_by_zero);
      gtk_window_set_default_size (GTK_WINDOW (window), cases[i].width, 900);
      gtk_window_present (GTK_WINDOW (window));
      if (cases[i].hide_at_once)
        kwa_window_panels_reveal (window, FALSE);
      kwa_test_wait_frames (GTK_WIDGET (window), 4);

      g_assert_false (divided_by_zero);
      g_assert_cmpint (adw_flap_get_folded (flap), ==, cases[i].folded);
      g_assert_false (adw_flap_get_reveal_flap (flap));
      g_assert_false (adw_flap_get_locked (flap));

      g_signal_handlers_disconnect_by_data (flap, &divided_by_zero);
      kwa_test_close_window (window);
    }
}

/* Whether some widget inside ROOT has PROPERTY (a string) equal to TEXT. */
static gboolean
shows_text (GtkWidget  *root,
            const char *property,
            const char *text)
{
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (root), property) != NULL)
    {
      g_autofree char *value = NULL;

      g_object_get (root, property, &value, NULL);
      if (g_strcmp0 (value, text) == 0)
        return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, property, text))
      return TRUE;
  return FALSE;
}

/* A visitor's tap on the language button puts every word into the other
 * language in place: the same panels and timeline bar, their template
 * words, page titles and tooltips translated, and the process's
 * environment never touched (other threads read it). */
static void
test_language_switches_in_place (void)
{
  /* Read before the app starts, which must not change it either. */
  g_autofree char *environment = g_strdup (g_getenv ("LANGUAGE"));
  const char *control_ko = kwa_gettext_in (KWA_LANGUAGE_KO, "Territorial Control");
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestLanguage", FALSE);
  KwaWindow *window = kwa_test_open_window (app, 0, 0);
  GtkWidget *layers, *bar;
  AdwViewStack *stack;

  layers = kwa_test_find_widget (GTK_WIDGET (window), KWA_TYPE_LAYERS_PANEL);
  bar = kwa_window_get_timeline_bar (window);
  stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (layers, ADW_TYPE_VIEW_STACK));
  g_assert_nonnull (stack);
  g_assert_true (shows_text (GTK_WIDGET (window), "title", "Territorial Control"));
  g_assert_cmpstr (control_ko, !=, "Territorial Control");

  kwa_session_set_language (kwa_application_get_session (app), KWA_LANGUAGE_KO);
  kwa_test_wait_frames (GTK_WIDGET (window), 2);

  g_assert_true (kwa_test_find_widget (GTK_WIDGET (window), KWA_TYPE_LAYERS_PANEL) == layers);
  g_assert_true (kwa_window_get_timeline_bar (window) == bar);
  g_assert_true (shows_text (GTK_WIDGET (window), "title", control_ko));
  g_assert_false (shows_text (GTK_WIDGET (window), "title", "Territorial Control"));
  g_assert_true (shows_text (GTK_WIDGET (window), "tooltip-text", kwa_gettext_in (KWA_LANGUAGE_KO, "Previous event")));
  g_assert_cmpstr (adw_view_stack_page_get_title (adw_view_stack_get_page (stack, layers)), ==,
                   kwa_gettext_in (KWA_LANGUAGE_KO, "Layers"));
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, environment);

  kwa_session_set_language (kwa_application_get_session (app), KWA_LANGUAGE_EN);
  kwa_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (shows_text (GTK_WIDGET (window), "title", "Territorial Control"));
  g_assert_true (shows_text (GTK_WIDGET (window), "tooltip-text", "Previous event"));
  g_assert_cmpstr (adw_view_stack_page_get_title (adw_view_stack_get_page (stack, layers)), ==, "Layers");

  kwa_test_close_window (window);
}

/* The pen: one press of P (a shortcut of the bubble phase, so a text box
 * with the focus gets its "p" first) takes it up, the toggle in the
 * header shows it, and a drag on the map then draws and does not pan. */
static GtkShortcut *
find_pen_key (GtkWidget *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "kwa-pen-key") != 0)
        continue;
      g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==, GTK_PHASE_BUBBLE);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (controller)), ==, 1);
      return g_list_model_get_item (G_LIST_MODEL (controller), 0);
    }

  return NULL;
}

static GtkEventController *
find_drag (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (controller))
        return controller;   /* the widget keeps it alive */
    }

  return NULL;
}

static GtkWidget *
find_toggle_for (GtkWidget  *widget,
                 const char *action_name)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toggle_for (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_pen_key_draws_without_panning (void)
{
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestPen", TRUE);
  KwaWindow *window = kwa_test_open_window (app, 1400, 900);
  KwaMapView *map = kwa_window_get_map_view (window);
  GtkWidget *toggle = find_toggle_for (GTK_WIDGET (window), "win.pen");
  g_autoptr(GtkShortcut) pen_key = find_pen_key (GTK_WIDGET (window));
  GtkEventController *drag = find_drag (GTK_WIDGET (map));
  KwaSketch *sketch = kwa_map_view_get_sketch (map);
  GtkShortcutTrigger *trigger;
  KwaLonLat before, after;

  g_assert_nonnull (toggle);
  g_assert_nonnull (pen_key);
  g_assert_nonnull (drag);
  g_assert_nonnull (sketch);
  trigger = gtk_shortcut_get_trigger (pen_key);
  g_assert_true (GTK_IS_KEYVAL_TRIGGER (trigger));
  g_assert_cmpuint (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)), ==, GDK_KEY_p);
  g_assert_cmpuint (gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)), ==, 0);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));

  /* One press of P, as its shortcut fires it. */
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (pen_key), 0, GTK_WIDGET (window), NULL));
  kwa_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (kwa_map_view_get_pen_active (map));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));

  /* The first drag draws a stroke, and the view stays where it was. */
  kwa_map_view_get_center (map, &before);
  g_signal_emit_by_name (drag, "drag-begin", 300.0, 300.0);
  g_signal_emit_by_name (drag, "drag-update", 120.0, 40.0);
  g_signal_emit_by_name (drag, "drag-update", 200.0, 90.0);
  g_signal_emit_by_name (drag, "drag-end", 200.0, 90.0);
  kwa_map_view_get_center (map, &after);
  g_assert_cmpuint (kwa_sketch_get_n_strokes (sketch), ==, 1);
  g_assert_cmpfloat (after.lon, ==, before.lon);
  g_assert_cmpfloat (after.lat, ==, before.lat);

  /* P again puts it down: a drag pans. */
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (pen_key), 0, GTK_WIDGET (window), NULL));
  g_assert_false (kwa_map_view_get_pen_active (map));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));

  kwa_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/opens-and-closes", test_window_opens_and_closes);
  g_test_add_func ("/window/bad-data-falls-back", test_bad_data_falls_back);
  g_test_add_func ("/window/language-switches-in-place", test_language_switches_in_place);
  g_test_add_func ("/window/text-scale", test_text_scale);
  g_test_add_func ("/window/follow-selection-and-close-panels", test_follow_selection_and_close_panels);
  g_test_add_func ("/window/panels-keep-their-width", test_panels_keep_their_width);
  g_test_add_func ("/window/narrow-window-folds-panels", test_narrow_window_folds_panels);
  g_test_add_func ("/window/narrow-window-folds-after-layout", test_narrow_window_folds_after_layout);
  g_test_add_func ("/window/pen-key-draws-without-panning", test_pen_key_draws_without_panning);

  return g_test_run ();
}
