/* kwa-kiosk.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk"

#include "config.h"

#include <math.h>

#include "kwa-kiosk.h"
#include "kwa-settings.h"
#include "kwa-viewport.h"

/* The unattended museum exhibit. Attached to a window, the kiosk
 *
 *  - fills the chosen monitor, hides the mouse pointer while it is still and
 *    keeps the screen awake;
 *  - plays a tour by itself, stop after stop, forever (ATTRACT), with a
 *    caption and an invitation to touch;
 *  - hands over at the first touch, click, key or scroll (INTERACTIVE),
 *    which also does what it would do anyway;
 *  - asks "Still there?" after a while without input (COUNTDOWN), and when
 *    nobody answers, puts everything back as it was and plays again;
 *  - cannot be closed by a visitor: only the administrator's chord
 *    (Ctrl+Alt+Shift+Q) leaves.
 *
 * It drives the exhibit only through the application's timeline and
 * language and the map view's public API, as any other view would, and
 * puts its own widgets in the window's map overlay.
 *
 * Time is kept with one source per job (the stop, the idle deadline, the
 * countdown, the pointer), each re-armed rather than re-created on every
 * input; nothing is allocated per stop that outlives it, so the loop can
 * run for months (see kwa_kiosk_run_soak()). */

/* A pointer moving less than this (pixels) is a tremor, not a visitor. */
#define MOTION_THRESHOLD 3.0
/* kwa_kiosk_run_soak() lets the main loop run once every this many
 * stops: a full-screen frame costs far more than a stop, and a prime
 * gives every stop of a tour its turn to be drawn. */
#define SOAK_STEPS_PER_ITERATION 127
/* Below this many logical pixels of height the map is too small for the
 * 1080p caption: it would cover half of it. */
#define COMPACT_SCREEN_HEIGHT 900
/* With no tour to play, the loop replays the timeline this often. */
#define NO_TOUR_STOP_SECONDS 60

G_DEFINE_ENUM_TYPE (KwaKioskState, kwa_kiosk_state,
  G_DEFINE_ENUM_VALUE (KWA_KIOSK_STATE_ATTRACT, "attract"),
  G_DEFINE_ENUM_VALUE (KWA_KIOSK_STATE_INTERACTIVE, "interactive"),
  G_DEFINE_ENUM_VALUE (KWA_KIOSK_STATE_COUNTDOWN, "countdown"))

static const char * const STATE_NAMES[] = { "attract", "interactive", "countdown" };

/* Accelerators a visitor could leave or cover the exhibit with. */
static const char * const LOCKED_ACCELS[] = {
  "app.quit",
  "window.close",
  "win.show-help-overlay",
};

#define N_LOCKED_ACCELS G_N_ELEMENTS (LOCKED_ACCELS)

/* Actions that open what a visitor must not reach: the about window
 * (links to the web), another window (the classroom presenter), a file
 * dialog (exporting the view), the shortcuts window. Disabled while the
 * kiosk runs, whatever shows them (a menu, D-Bus, a key). */
static const char * const LOCKED_APP_ACTIONS[] = { "about", "presenter" };
static const char * const LOCKED_WINDOW_ACTIONS[] = { "show-help-overlay", "export" };

#define N_LOCKED_APP_ACTIONS    G_N_ELEMENTS (LOCKED_APP_ACTIONS)
#define N_LOCKED_WINDOW_ACTIONS G_N_ELEMENTS (LOCKED_WINDOW_ACTIONS)

struct _KwaKiosk
{
  GObject                 parent_instance;

  /* Borrowed: the kiosk lives on the window, not the other way round;
   * cleared when the window is destroyed */
  KwaWindow              *window;
  GtkEventController     *key_controller;
  GtkEventController     *click_gesture;
  GtkEventController     *scroll_controller;
  GtkEventController     *motion_controller;
  KwaKioskCaption        *caption;
  KwaKioskCountdown      *countdown;

  /* Borrowed: the application usually owns the kiosk, so no reference
   * (a weak pointer, cleared should it go first) */
  KwaApplication         *application;

  /* Owned */
  GSettings              *settings;         /* NULL without an installed schema */
  GListModel             *monitors;
  GtkWidget              *caption_revealer;
  GtkWidget              *language_switch;
  GtkWidget              *countdown_revealer;
  GBinding               *language_binding;
  char                   *tour_id;
  char                  **saved_accels[N_LOCKED_ACCELS];
  gboolean                app_actions_disabled[N_LOCKED_APP_ACTIONS];
  gboolean                window_actions_disabled[N_LOCKED_WINDOW_ACTIONS];
  int                     saved_width, saved_height;
  guint                   inhibit_cookie;

  /* Borrowed from the exhibit, looked up again whenever it is reloaded */
  const KwaTour          *tour;

  KwaKioskState           state;
  guint                   stop_index;
  guint                   loop_count;
  guint                   idle_timeout;      /* seconds */
  gboolean                idle_timeout_set;  /* by the caller, not the setting */
  guint                   countdown_seconds;
  guint                   countdown_left;
  double                  time_scale;
  KwaLanguage             home_language;
  KwaMapLayers            home_layers;

  gint64                  last_input_time;   /* monotonic µs */
  gint64                  last_motion_time;
  double                  pointer_x, pointer_y;
  gboolean                has_pointer_position;
  gboolean                pointer_hidden;

  guint                   stop_source_id;
  guint                   frame_tick_id;
  guint                   idle_source_id;
  guint                   countdown_source_id;
  gboolean                compact_screen;
  guint                   pointer_source_id;
};

G_DEFINE_FINAL_TYPE (KwaKiosk, kwa_kiosk, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_IDLE_TIMEOUT,
  PROP_COUNTDOWN_SECONDS,
  PROP_TIME_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADMIN_EXIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_attract (KwaKiosk *self,
                           gboolean  reset);

/* ---- what the kiosk works with --------------------------------------- */

static KwaTimeline *
timeline (KwaKiosk *self)
{
  return kwa_application_get_timeline (self->application);
}

static KwaLanguage
language (KwaKiosk *self)
{
  return kwa_application_get_language (self->application);
}

/* NULL once the window is going away. */
static KwaMapView *
map_view (KwaKiosk *self)
{
  return self->window ? kwa_window_get_map_view (self->window) : NULL;
}

static guint
n_stops (KwaKiosk *self)
{
  /* Without a tour the loop is one long "stop": the timeline playing. */
  return self->tour ? self->tour->n_stops : 1;
}

static const KwaTourStop *
current_stop (KwaKiosk *self)
{
  return self->tour ? &self->tour->stops[self->stop_index] : NULL;
}

static guint
scaled_ms (KwaKiosk *self,
           double    seconds)
{
  return (guint) MAX (1.0, ceil (seconds * 1000.0 * self->time_scale));
}

static void
lookup_tour (KwaKiosk *self)
{
  KwaMapDocument *document = kwa_application_get_document (self->application);
  KwaExhibit *exhibit;

  self->tour = NULL;
  if (document == NULL)
    return;

  exhibit = kwa_map_document_get_exhibit (document);
  self->tour = kwa_exhibit_find_tour (exhibit, self->tour_id);
  if (self->tour == NULL && g_strcmp0 (self->tour_id, "main") != 0)
    {
      g_warning ("The exhibit has no tour “%s” (kiosk-tour); playing “main”", self->tour_id);
      self->tour = kwa_exhibit_find_tour (exhibit, "main");
    }
  if (self->tour != NULL && self->tour->n_stops == 0)
    self->tour = NULL;
  if (self->tour == NULL)
    g_message ("The exhibit has no tour to play; the kiosk plays the timeline instead");

  if (self->stop_index >= n_stops (self))
    self->stop_index = 0;
}

/* ---- presentation ---------------------------------------------------- */

/* The monitor named by the kiosk-monitor setting (a connector such as
 * "HDMI-1"), else the first one. */
static GdkMonitor *
choose_monitor (KwaKiosk *self)
{
  g_autofree char *wanted = NULL;
  guint n = g_list_model_get_n_items (self->monitors);

  if (self->settings != NULL)
    wanted = g_settings_get_string (self->settings, "kiosk-monitor");

  for (guint i = 0; wanted != NULL && *wanted != '\0' && i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (self->monitors, i);

      if (g_strcmp0 (gdk_monitor_get_connector (monitor), wanted) == 0)
        return g_steal_pointer (&monitor);
    }

  if (wanted != NULL && *wanted != '\0')
    g_message ("No monitor “%s” (kiosk-monitor); using the first", wanted);

  return n > 0 ? g_list_model_get_item (self->monitors, 0) : NULL;
}

/* A small screen (a 1366x768 kiosk PC) gets a smaller caption. */
static void
fit_caption_to_screen (KwaKiosk *self)
{
  if (self->caption == NULL)
    return;

  if (self->compact_screen)
    gtk_widget_add_css_class (GTK_WIDGET (self->caption), "compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->caption), "compact");
}

static void
go_fullscreen (KwaKiosk *self)
{
  g_autoptr(GdkMonitor) monitor = NULL;
  GdkRectangle geometry;

  if (self->window == NULL)
    return;

  monitor = choose_monitor (self);
  if (monitor == NULL)
    {
      gtk_window_fullscreen (GTK_WINDOW (self->window));
      return;
    }

  /* A bare X server has no window manager to honour the request: the
   * window at least covers the screen there. */
  gdk_monitor_get_geometry (monitor, &geometry);
  self->compact_screen = geometry.height < COMPACT_SCREEN_HEIGHT;
  fit_caption_to_screen (self);
  gtk_window_set_default_size (GTK_WINDOW (self->window), geometry.width, geometry.height);
  gtk_window_fullscreen_on_monitor (GTK_WINDOW (self->window), monitor);
}

/* Whatever took fullscreen away (a compositor's key, a monitor coming
 * back), the kiosk takes it again. */
static void
fullscreened_changed_cb (KwaKiosk *self)
{
  if (self->window != NULL && !gtk_window_is_fullscreen (GTK_WINDOW (self->window)))
    go_fullscreen (self);
}

static void
hide_pointer (KwaKiosk *self)
{
  g_autoptr(GdkCursor) none = NULL;
  GdkSurface *surface;

  self->pointer_hidden = TRUE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->window), "none");

  /* A widget's own cursor (the map's hand over an event) wins over the
   * window's; setting the surface's hides that one too, until the pointer
   * moves again, which is what we want. */
  surface = gtk_native_get_surface (GTK_NATIVE (self->window));
  if (surface != NULL)
    {
      none = gdk_cursor_new_from_name ("none", NULL);
      gdk_surface_set_cursor (surface, none);
    }
}

static void
show_pointer (KwaKiosk *self)
{
  if (!self->pointer_hidden)
    return;

  self->pointer_hidden = FALSE;
  gtk_widget_set_cursor (GTK_WIDGET (self->window), NULL);
}

static gboolean
pointer_source_cb (gpointer user_data)
{
  KwaKiosk *self = user_data;
  gint64 still_for = g_get_monotonic_time () - self->last_motion_time;
  gint64 delay = KWA_KIOSK_POINTER_HIDE_DELAY * G_USEC_PER_SEC;

  /* One deadline for all motion: when it comes, look again if the
   * pointer moved since, rather than restarting a timer at every move. */
  if (still_for < delay)
    {
      self->pointer_source_id = g_timeout_add ((guint) ((delay - still_for) / 1000) + 1, pointer_source_cb, self);
      g_source_set_name_by_id (self->pointer_source_id, "[kwa] kiosk pointer hide");
      return G_SOURCE_REMOVE;
    }

  self->pointer_source_id = 0;
  hide_pointer (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_pointer_hide (KwaKiosk *self)
{
  self->last_motion_time = g_get_monotonic_time ();
  if (self->pointer_source_id != 0)
    return;

  self->pointer_source_id = g_timeout_add (KWA_KIOSK_POINTER_HIDE_DELAY * 1000, pointer_source_cb, self);
  g_source_set_name_by_id (self->pointer_source_id, "[kwa] kiosk pointer hide");
}

/* ---- the attract loop ------------------------------------------------ */

static gboolean frame_tick_cb (GtkWidget     *widget,
                               GdkFrameClock *clock,
                               gpointer       user_data);

static void
frame_stop (KwaKiosk *self,
            gboolean  animate)
{
  KwaMapView *view = map_view (self);
  const KwaTourStop *stop = current_stop (self);

  if (view == NULL)
    return;

  /* Before its first allocation the map has no view to move: frame the
   * stop as soon as it has one. */
  if (gtk_widget_get_width (GTK_WIDGET (view)) <= 0)
    {
      if (self->frame_tick_id == 0)
        self->frame_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (view), frame_tick_cb, self, NULL);
      return;
    }

  if (stop == NULL)
    {
      kwa_map_view_reset_view (view, animate);
      return;
    }

  /* Framed as everywhere a stop is shown (kwa_tour_view_frame()). */
  kwa_map_view_show_tour_view (view, &stop->view, animate);
}

static gboolean
frame_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  KwaKiosk *self = user_data;

  if (gtk_widget_get_width (widget) <= 0)
    return G_SOURCE_CONTINUE;

  self->frame_tick_id = 0;
  if (self->state == KWA_KIOSK_STATE_ATTRACT)
    frame_stop (self, FALSE);

  return G_SOURCE_REMOVE;
}

static void
update_caption (KwaKiosk *self)
{
  const KwaTourStop *stop = current_stop (self);
  KwaLanguage lang = language (self);
  KwaMapDocument *document;
  KwaExhibit *exhibit;

  if (self->caption == NULL)
    return;

  if (stop != NULL)
    {
      kwa_kiosk_caption_set_text (self->caption,
                                  stop->event ? kwa_text_get (&stop->event->title, lang) : NULL,
                                  kwa_text_get (&stop->narration, lang));
      return;
    }

  /* No tour: the exhibit introduces itself. */
  document = kwa_application_get_document (self->application);
  if (document == NULL)
    return;
  exhibit = kwa_map_document_get_exhibit (document);
  kwa_kiosk_caption_set_text (self->caption,
                              kwa_text_get (kwa_exhibit_get_title (exhibit), lang),
                              kwa_text_get (kwa_exhibit_get_subtitle (exhibit), lang));
}

/* Puts the exhibit where the current stop is: its day, its event, its
 * view and its words. */
static void
show_stop (KwaKiosk *self,
           gboolean  animate)
{
  const KwaTourStop *stop = current_stop (self);
  KwaDateRange range;

  if (stop == NULL)
    {
      range = kwa_timeline_get_range (timeline (self));
      kwa_timeline_select_event (timeline (self), NULL);
      if (range.start != KWA_DATE_NONE)
        kwa_timeline_set_date (timeline (self), range.start);
      kwa_timeline_set_playing (timeline (self), animate);
      update_caption (self);
      frame_stop (self, animate);
      return;
    }

  kwa_timeline_set_playing (timeline (self), FALSE);
  kwa_timeline_set_date (timeline (self), stop->date);
  /* The window would glide to the chosen event by itself; the kiosk
   * frames the stop instead, so the map makes one move, not two. */
  if (self->window != NULL)
    kwa_window_set_follow_selection (self->window, FALSE);
  kwa_timeline_select_event (timeline (self), stop->event);
  if (self->window != NULL)
    kwa_window_set_follow_selection (self->window, TRUE);
  update_caption (self);

  frame_stop (self, animate);
}

static void
advance (KwaKiosk *self,
         gboolean  animate)
{
  self->stop_index++;
  if (self->stop_index >= n_stops (self))
    {
      self->stop_index = 0;
      self->loop_count++;
    }
  show_stop (self, animate);
}

static gboolean stop_source_cb (gpointer user_data);

static void
schedule_next_stop (KwaKiosk *self)
{
  const KwaTourStop *stop = current_stop (self);

  g_clear_handle_id (&self->stop_source_id, g_source_remove);
  self->stop_source_id = g_timeout_add (scaled_ms (self, stop ? stop->duration : NO_TOUR_STOP_SECONDS),
                                        stop_source_cb, self);
  g_source_set_name_by_id (self->stop_source_id, "[kwa] kiosk next stop");
}

static gboolean
stop_source_cb (gpointer user_data)
{
  KwaKiosk *self = user_data;

  self->stop_source_id = 0;
  advance (self, TRUE);
  schedule_next_stop (self);

  return G_SOURCE_REMOVE;
}

/* ---- states ---------------------------------------------------------- */

/* The caption speaks only in the attract loop, the countdown only in its
 * own state. */
static void
show_state (KwaKiosk *self)
{
  gboolean counting = self->state == KWA_KIOSK_STATE_COUNTDOWN;

  if (self->caption_revealer != NULL)
    gtk_revealer_set_reveal_child (GTK_REVEALER (self->caption_revealer),
                                   self->state == KWA_KIOSK_STATE_ATTRACT);
  if (self->countdown_revealer != NULL)
    {
      /* Hidden, it must not catch the touches meant for the map. */
      gtk_widget_set_can_target (self->countdown_revealer, counting);
      gtk_revealer_set_reveal_child (GTK_REVEALER (self->countdown_revealer), counting);
    }
}

static void
set_state (KwaKiosk      *self,
           KwaKioskState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_debug ("Kiosk: %s", STATE_NAMES[state]);
  show_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
stop_sources (KwaKiosk *self)
{
  KwaMapView *view = map_view (self);

  g_clear_handle_id (&self->stop_source_id, g_source_remove);
  g_clear_handle_id (&self->idle_source_id, g_source_remove);
  g_clear_handle_id (&self->countdown_source_id, g_source_remove);
  if (self->frame_tick_id != 0 && view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (view), self->frame_tick_id);
  self->frame_tick_id = 0;
}

static gboolean idle_source_cb (gpointer user_data);

/* Waits for the idle deadline: the last input plus the timeout. */
static void
wait_for_idle_deadline (KwaKiosk *self)
{
  gint64 deadline = self->last_input_time + (gint64) self->idle_timeout * G_USEC_PER_SEC;
  gint64 remaining = MAX (0, deadline - g_get_monotonic_time ());

  g_clear_handle_id (&self->idle_source_id, g_source_remove);
  self->idle_source_id = g_timeout_add ((guint) (remaining / 1000) + 1, idle_source_cb, self);
  g_source_set_name_by_id (self->idle_source_id, "[kwa] kiosk idle");
}

/* Input moves the deadline; the one waiting source finds out when it
 * fires, rather than being restarted at every touch. */
static void
arm_idle (KwaKiosk *self)
{
  self->last_input_time = g_get_monotonic_time ();
  if (self->idle_source_id == 0)
    wait_for_idle_deadline (self);
}

static gboolean
countdown_source_cb (gpointer user_data)
{
  KwaKiosk *self = user_data;

  if (self->countdown_left > 0)
    self->countdown_left--;
  kwa_kiosk_countdown_set_seconds (self->countdown, self->countdown_left);

  if (self->countdown_left > 0)
    return G_SOURCE_CONTINUE;

  self->countdown_source_id = 0;
  start_attract (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
start_countdown (KwaKiosk *self)
{
  if (self->countdown_seconds == 0 || self->countdown == NULL)
    {
      start_attract (self, TRUE);
      return;
    }

  self->countdown_left = self->countdown_seconds;
  kwa_kiosk_countdown_set_language (self->countdown, language (self));
  kwa_kiosk_countdown_set_seconds (self->countdown, self->countdown_left);
  set_state (self, KWA_KIOSK_STATE_COUNTDOWN);

  self->countdown_source_id = g_timeout_add (1000, countdown_source_cb, self);
  g_source_set_name_by_id (self->countdown_source_id, "[kwa] kiosk countdown");
}

static gboolean
idle_source_cb (gpointer user_data)
{
  KwaKiosk *self = user_data;
  gint64 now = g_get_monotonic_time ();

  self->idle_source_id = 0;

  /* A visitor watching the war play out is still here. */
  if (kwa_timeline_get_playing (timeline (self)))
    self->last_input_time = now;

  if (now - self->last_input_time < (gint64) self->idle_timeout * G_USEC_PER_SEC)
    wait_for_idle_deadline (self);
  else
    start_countdown (self);

  return G_SOURCE_REMOVE;
}

/* Everything back as the first visitor of the day found it. */
static void
reset_exhibit (KwaKiosk *self)
{
  KwaDateRange range = kwa_timeline_get_range (timeline (self));
  KwaMapView *view = map_view (self);

  kwa_timeline_set_playing (timeline (self), FALSE);
  kwa_timeline_select_event (timeline (self), NULL);
  if (range.start != KWA_DATE_NONE)
    kwa_timeline_set_date (timeline (self), range.start);
  if (view != NULL)
    {
      kwa_map_view_reset_view (view, FALSE);
      kwa_map_view_set_layers (view, self->home_layers);
    }
  kwa_application_set_language (self->application, self->home_language);

  /* Panels the window may have open; nothing happens without them. */
  if (self->window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->window), "win.close-panels", NULL);
}

static void
start_attract (KwaKiosk *self,
               gboolean  reset)
{
  stop_sources (self);

  if (reset)
    reset_exhibit (self);

  self->stop_index = 0;
  set_state (self, KWA_KIOSK_STATE_ATTRACT);
  show_stop (self, TRUE);
  schedule_next_stop (self);
}

/* ---- input ------------------------------------------------------------ */

/* A visitor is here: the first sign stops the loop, any sign answers
 * "Still there?" and puts the idle deadline back. */
static void
visitor_input (KwaKiosk *self,
               gboolean  takes_over)
{
  switch (self->state)
    {
    case KWA_KIOSK_STATE_ATTRACT:
      if (!takes_over)
        return;
      g_clear_handle_id (&self->stop_source_id, g_source_remove);
      set_state (self, KWA_KIOSK_STATE_INTERACTIVE);
      break;

    case KWA_KIOSK_STATE_COUNTDOWN:
      g_clear_handle_id (&self->countdown_source_id, g_source_remove);
      set_state (self, KWA_KIOSK_STATE_INTERACTIVE);
      break;

    case KWA_KIOSK_STATE_INTERACTIVE:
    default:
      break;
    }

  arm_idle (self);
}

/* A visitor who walks up and taps "English" wants to read the story, not
 * stop it: the language switch does not take over the loop. */
static gboolean
is_on_language_switch (KwaKiosk *self,
                       double    x,
                       double    y)
{
  GtkWidget *target;

  if (self->window == NULL || self->language_switch == NULL)
    return FALSE;

  target = gtk_widget_pick (GTK_WIDGET (self->window), x, y, GTK_PICK_DEFAULT);
  return target != NULL &&
         (target == self->language_switch || gtk_widget_is_ancestor (target, self->language_switch));
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            KwaKiosk        *self)
{
  visitor_input (self, !is_on_language_switch (self, x, y));
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           KwaKiosk                 *self)
{
  visitor_input (self, TRUE);
  return GDK_EVENT_PROPAGATE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           KwaKiosk                 *self)
{
  if (self->has_pointer_position &&
      fabs (x - self->pointer_x) < MOTION_THRESHOLD &&
      fabs (y - self->pointer_y) < MOTION_THRESHOLD)
    return;

  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer_position = TRUE;

  show_pointer (self);
  schedule_pointer_hide (self);

  /* A moving mouse is someone exploring, but not reason enough to stop
   * the story for. */
  visitor_input (self, FALSE);
}

/* Keys that would leave the exhibit, cover it or open a developer's
 * tool. */
static gboolean
is_locked_key (guint           keyval,
               GdkModifierType mods)
{
  switch (keyval)
    {
    case GDK_KEY_Escape:
    case GDK_KEY_F10:
    case GDK_KEY_F11:
      return TRUE;
    case GDK_KEY_F4:
      return (mods & GDK_ALT_MASK) != 0;
    case GDK_KEY_q:
    case GDK_KEY_w:
    case GDK_KEY_question:
    case GDK_KEY_slash:
      return (mods & GDK_CONTROL_MASK) != 0;
    case GDK_KEY_i:
    case GDK_KEY_d:
      return (mods & (GDK_CONTROL_MASK | GDK_SHIFT_MASK)) == (GDK_CONTROL_MASK | GDK_SHIFT_MASK);
    default:
      return FALSE;
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KwaKiosk              *self)
{
  const GdkModifierType chord = GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK;
  guint key = gdk_keyval_to_lower (keyval);

  if (key == GDK_KEY_q && (state & chord) == chord)
    {
      g_signal_emit (self, signals[ADMIN_EXIT], 0);
      return GDK_EVENT_STOP;
    }

  visitor_input (self, TRUE);

  return is_locked_key (key, state) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

static gboolean
close_request_cb (KwaKiosk *self)
{
  g_debug ("Kiosk: refusing to close the window");
  return TRUE;
}

static void
kwa_kiosk_real_admin_exit (KwaKiosk *self)
{
  g_message ("The administrator's chord: leaving the kiosk");
  g_application_quit (G_APPLICATION (self->application));
}

/* ---- following the application and the settings --------------------- */

static void
document_changed_cb (KwaKiosk *self)
{
  lookup_tour (self);
  if (self->window != NULL && self->state == KWA_KIOSK_STATE_ATTRACT)
    {
      show_stop (self, TRUE);
      schedule_next_stop (self);
    }
}

static void
language_changed_cb (KwaKiosk *self)
{
  update_caption (self);
  if (self->countdown != NULL)
    kwa_kiosk_countdown_set_language (self->countdown, language (self));
}

static void
read_home_language (KwaKiosk *self)
{
  /* Values of org.koreanwaratlas.Atlas.Language */
  switch (self->settings ? g_settings_get_enum (self->settings, "kiosk-language") : 2)
    {
    case 1:
      self->home_language = KWA_LANGUAGE_EN;
      break;
    case 2:
      self->home_language = KWA_LANGUAGE_KO;
      break;
    case 0:  /* "system": the language the app started in */
    default:
      break;
    }
}

static void
settings_changed_cb (KwaKiosk   *self,
                     const char *key)
{
  if (g_str_equal (key, "kiosk-idle-timeout"))
    {
      if (!self->idle_timeout_set)
        self->idle_timeout = g_settings_get_uint (self->settings, key);
    }
  else if (g_str_equal (key, "kiosk-language"))
    {
      read_home_language (self);
    }
  else if (g_str_equal (key, "kiosk-monitor"))
    {
      go_fullscreen (self);
    }
  else if (g_str_equal (key, "kiosk-tour"))
    {
      g_free (self->tour_id);
      self->tour_id = g_settings_get_string (self->settings, key);
      self->stop_index = 0;
      document_changed_cb (self);
    }
}

/* ---- attaching to the window and letting go --------------------------- */

static void window_destroy_cb (KwaKiosk *self);

static GtkEventController *
add_capture_controller (KwaKiosk           *self,
                        GtkEventController *controller,
                        const char         *name)
{
  gtk_event_controller_set_name (controller, name);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (self->window), controller);
  return controller;
}

static void
add_overlays (KwaKiosk *self)
{
  GtkOverlay *overlay = kwa_window_get_map_overlay (self->window);

  self->caption = KWA_KIOSK_CAPTION (kwa_kiosk_caption_new ());
  self->caption_revealer = g_object_ref_sink (gtk_revealer_new ());
  gtk_revealer_set_transition_type (GTK_REVEALER (self->caption_revealer), GTK_REVEALER_TRANSITION_TYPE_CROSSFADE);
  gtk_revealer_set_transition_duration (GTK_REVEALER (self->caption_revealer), 400);
  gtk_revealer_set_child (GTK_REVEALER (self->caption_revealer), GTK_WIDGET (self->caption));
  fit_caption_to_screen (self);
  /* The caption only speaks; the map beneath it takes the touch. */
  gtk_widget_set_can_target (self->caption_revealer, FALSE);
  gtk_widget_set_halign (self->caption_revealer, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->caption_revealer, GTK_ALIGN_END);
  gtk_overlay_add_overlay (overlay, self->caption_revealer);

  self->language_switch = g_object_ref_sink (kwa_kiosk_language_switch_new ());
  gtk_widget_set_halign (self->language_switch, GTK_ALIGN_END);
  gtk_widget_set_valign (self->language_switch, GTK_ALIGN_START);
  gtk_overlay_add_overlay (overlay, self->language_switch);
  self->language_binding = g_object_bind_property (self->application, "language",
                                                   self->language_switch, "language",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  self->countdown = KWA_KIOSK_COUNTDOWN (kwa_kiosk_countdown_new ());
  self->countdown_revealer = g_object_ref_sink (gtk_revealer_new ());
  gtk_revealer_set_transition_type (GTK_REVEALER (self->countdown_revealer), GTK_REVEALER_TRANSITION_TYPE_CROSSFADE);
  gtk_revealer_set_transition_duration (GTK_REVEALER (self->countdown_revealer), 300);
  gtk_revealer_set_child (GTK_REVEALER (self->countdown_revealer), GTK_WIDGET (self->countdown));
  gtk_overlay_add_overlay (overlay, self->countdown_revealer);

  show_state (self);
}

/* Disables the actions of @map named in @names, noting which it turned
 * off, so that only those are turned on again. */
static void
disable_actions (GActionMap         *map,
                 const char * const *names,
                 gboolean           *disabled,
                 guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    {
      GAction *action = g_action_map_lookup_action (map, names[i]);

      disabled[i] = G_IS_SIMPLE_ACTION (action) && g_action_get_enabled (action);
      if (disabled[i])
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), FALSE);
    }
}

static void
enable_actions (GActionMap         *map,
                const char * const *names,
                gboolean           *disabled,
                guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    {
      GAction *action = g_action_map_lookup_action (map, names[i]);

      if (disabled[i] && G_IS_SIMPLE_ACTION (action))
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), TRUE);
      disabled[i] = FALSE;
    }
}

static void
lock_down_application (KwaKiosk *self)
{
  static const char *no_accels[] = { NULL };
  GtkApplication *app = GTK_APPLICATION (self->application);

  for (guint i = 0; i < N_LOCKED_ACCELS; i++)
    {
      self->saved_accels[i] = gtk_application_get_accels_for_action (app, LOCKED_ACCELS[i]);
      gtk_application_set_accels_for_action (app, LOCKED_ACCELS[i], no_accels);
    }

  disable_actions (G_ACTION_MAP (app), LOCKED_APP_ACTIONS, self->app_actions_disabled, N_LOCKED_APP_ACTIONS);
  disable_actions (G_ACTION_MAP (self->window), LOCKED_WINDOW_ACTIONS, self->window_actions_disabled,
                   N_LOCKED_WINDOW_ACTIONS);

  self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (self->window),
                                                  GTK_APPLICATION_INHIBIT_IDLE | GTK_APPLICATION_INHIBIT_SUSPEND,
                                                  "Museum exhibit");
}

static void
release_application (KwaKiosk *self)
{
  GtkApplication *app;

  if (self->application == NULL)
    return;
  app = GTK_APPLICATION (self->application);

  for (guint i = 0; i < N_LOCKED_ACCELS; i++)
    {
      if (self->saved_accels[i] == NULL)
        continue;
      gtk_application_set_accels_for_action (app, LOCKED_ACCELS[i], (const char * const *) self->saved_accels[i]);
      g_clear_pointer (&self->saved_accels[i], g_strfreev);
    }

  enable_actions (G_ACTION_MAP (app), LOCKED_APP_ACTIONS, self->app_actions_disabled, N_LOCKED_APP_ACTIONS);

  if (self->inhibit_cookie != 0)
    gtk_application_uninhibit (app, self->inhibit_cookie);
  self->inhibit_cookie = 0;
}

static void
attach (KwaKiosk *self)
{
  GtkWidget *window = GTK_WIDGET (self->window);

  g_object_add_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  g_signal_connect_object (window, "destroy", G_CALLBACK (window_destroy_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "close-request", G_CALLBACK (close_request_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "notify::fullscreened", G_CALLBACK (fullscreened_changed_cb), self, G_CONNECT_SWAPPED);

  kwa_window_set_kiosk_mode (self->window, TRUE);
  gtk_window_get_default_size (GTK_WINDOW (window), &self->saved_width, &self->saved_height);
  self->monitors = g_object_ref (gdk_display_get_monitors (gtk_widget_get_display (window)));
  g_signal_connect_object (self->monitors, "items-changed", G_CALLBACK (go_fullscreen), self, G_CONNECT_SWAPPED);
  go_fullscreen (self);

  add_overlays (self);

  self->key_controller = add_capture_controller (self, gtk_event_controller_key_new (), "kwa-kiosk-keys");
  g_signal_connect (self->key_controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);

  self->click_gesture = add_capture_controller (self, GTK_EVENT_CONTROLLER (gtk_gesture_click_new ()), "kwa-kiosk-touch");
  /* Any button, and touch screens too. */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->click_gesture), 0);
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (self->click_gesture), FALSE);
  g_signal_connect (self->click_gesture, "pressed", G_CALLBACK (pressed_cb), self);

  self->scroll_controller = add_capture_controller (self, gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES),
                                                    "kwa-kiosk-scroll");
  g_signal_connect (self->scroll_controller, "scroll", G_CALLBACK (scroll_cb), self);

  self->motion_controller = add_capture_controller (self, gtk_event_controller_motion_new (), "kwa-kiosk-motion");
  g_signal_connect (self->motion_controller, "motion", G_CALLBACK (motion_cb), self);

  lock_down_application (self);
  schedule_pointer_hide (self);
}

static void
remove_overlay (GtkWidget *child)
{
  GtkWidget *parent = child ? gtk_widget_get_parent (child) : NULL;

  if (GTK_IS_OVERLAY (parent))
    gtk_overlay_remove_overlay (GTK_OVERLAY (parent), child);
}

/* Lets go of the window. @restore puts its ordinary look back, when the
 * kiosk ends and the window stays; a window being destroyed is left be. */
static void
detach (KwaKiosk *self,
        gboolean  restore)
{
  GtkWidget *window = GTK_WIDGET (self->window);

  stop_sources (self);
  g_clear_handle_id (&self->pointer_source_id, g_source_remove);
  g_clear_pointer (&self->language_binding, g_binding_unbind);
  if (self->monitors != NULL)
    g_signal_handlers_disconnect_by_data (self->monitors, self);
  g_clear_object (&self->monitors);

  if (window != NULL)
    {
      g_signal_handlers_disconnect_by_data (window, self);
      g_object_remove_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);

      gtk_widget_remove_controller (window, self->key_controller);
      gtk_widget_remove_controller (window, self->click_gesture);
      gtk_widget_remove_controller (window, self->scroll_controller);
      gtk_widget_remove_controller (window, self->motion_controller);

      if (restore)
        {
          gtk_widget_set_cursor (window, NULL);
          gtk_window_unfullscreen (GTK_WINDOW (window));
          gtk_window_set_default_size (GTK_WINDOW (window), self->saved_width, self->saved_height);
          enable_actions (G_ACTION_MAP (window), LOCKED_WINDOW_ACTIONS, self->window_actions_disabled,
                          N_LOCKED_WINDOW_ACTIONS);
          kwa_window_set_kiosk_mode (self->window, FALSE);
        }
    }

  self->window = NULL;
  self->key_controller = NULL;
  self->click_gesture = NULL;
  self->scroll_controller = NULL;
  self->motion_controller = NULL;

  remove_overlay (self->caption_revealer);
  remove_overlay (self->language_switch);
  remove_overlay (self->countdown_revealer);
  self->caption = NULL;
  self->countdown = NULL;
  g_clear_object (&self->caption_revealer);
  g_clear_object (&self->language_switch);
  g_clear_object (&self->countdown_revealer);

  release_application (self);
}

static void
window_destroy_cb (KwaKiosk *self)
{
  detach (self, FALSE);
}

/* ---- GObject ---------------------------------------------------------- */

static void
kwa_kiosk_dispose (GObject *object)
{
  KwaKiosk *self = KWA_KIOSK (object);

  detach (self, TRUE);

  if (self->application != NULL)
    g_signal_handlers_disconnect_by_data (self->application, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  if (self->application != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->application), (gpointer *) &self->application);
  self->application = NULL;
  self->tour = NULL;

  G_OBJECT_CLASS (kwa_kiosk_parent_class)->dispose (object);
}

static void
kwa_kiosk_finalize (GObject *object)
{
  KwaKiosk *self = KWA_KIOSK (object);

  g_free (self->tour_id);

  G_OBJECT_CLASS (kwa_kiosk_parent_class)->finalize (object);
}

static void
kwa_kiosk_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KwaKiosk *self = KWA_KIOSK (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_IDLE_TIMEOUT:
      g_value_set_uint (value, self->idle_timeout);
      break;
    case PROP_COUNTDOWN_SECONDS:
      g_value_set_uint (value, self->countdown_seconds);
      break;
    case PROP_TIME_SCALE:
      g_value_set_double (value, self->time_scale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_kiosk_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KwaKiosk *self = KWA_KIOSK (object);

  switch (prop_id)
    {
    case PROP_IDLE_TIMEOUT:
      kwa_kiosk_set_idle_timeout (self, g_value_get_uint (value));
      break;
    case PROP_COUNTDOWN_SECONDS:
      kwa_kiosk_set_countdown_seconds (self, g_value_get_uint (value));
      break;
    case PROP_TIME_SCALE:
      kwa_kiosk_set_time_scale (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_kiosk_class_init (KwaKioskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kwa_kiosk_dispose;
  object_class->finalize = kwa_kiosk_finalize;
  object_class->get_property = kwa_kiosk_get_property;
  object_class->set_property = kwa_kiosk_set_property;

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, KWA_TYPE_KIOSK_STATE, KWA_KIOSK_STATE_ATTRACT,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IDLE_TIMEOUT] =
    g_param_spec_uint ("idle-timeout", NULL, NULL, 1, G_MAXUINT / 1000, KWA_KIOSK_DEFAULT_IDLE_TIMEOUT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTDOWN_SECONDS] =
    g_param_spec_uint ("countdown-seconds", NULL, NULL, 0, 3600, KWA_KIOSK_DEFAULT_COUNTDOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME_SCALE] =
    g_param_spec_double ("time-scale", NULL, NULL, 0.001, 1000.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KwaKiosk::admin-exit:
   *
   * The administrator pressed Ctrl+Alt+Shift+Q. By default the application
   * quits (and its service manager may start it again); stop the emission
   * to do something else.
   */
  signals[ADMIN_EXIT] =
    g_signal_new_class_handler ("admin-exit",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (kwa_kiosk_real_admin_exit),
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 0);
}

static void
kwa_kiosk_init (KwaKiosk *self)
{
  self->state = KWA_KIOSK_STATE_ATTRACT;
  self->idle_timeout = KWA_KIOSK_DEFAULT_IDLE_TIMEOUT;
  self->countdown_seconds = KWA_KIOSK_DEFAULT_COUNTDOWN;
  self->time_scale = 1.0;
}

/**
 * kwa_kiosk_new:
 * @application: the application, registered
 * @window: its main window, best not yet presented (it then opens
 *   fullscreen at once)
 * @idle_timeout_seconds: seconds without input before "Still there?";
 *   0 for the kiosk-idle-timeout setting
 *
 * Turns @window into an unattended exhibit, starting over from the
 * beginning in the kiosk's language, and playing its tour.
 *
 * Returns: (transfer full): the kiosk; it lets go of the window when
 *   either is destroyed. Keep it with the window, e.g. with
 *   g_object_set_data_full().
 */
KwaKiosk *
kwa_kiosk_new (KwaApplication *application,
               KwaWindow      *window,
               guint           idle_timeout_seconds)
{
  KwaKiosk *self;

  g_return_val_if_fail (KWA_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (KWA_IS_WINDOW (window), NULL);

  self = g_object_new (KWA_TYPE_KIOSK, NULL);
  self->application = application;
  g_object_add_weak_pointer (G_OBJECT (application), (gpointer *) &self->application);
  self->window = window;
  self->home_language = kwa_application_get_language (application);
  self->home_layers = kwa_map_view_get_layers (kwa_window_get_map_view (window));

  self->settings = kwa_settings_new ();
  if (self->settings != NULL)
    {
      self->idle_timeout = g_settings_get_uint (self->settings, "kiosk-idle-timeout");
      self->tour_id = g_settings_get_string (self->settings, "kiosk-tour");
      read_home_language (self);
      g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
    }
  else
    {
      self->home_language = KWA_LANGUAGE_KO;
    }
  if (self->tour_id == NULL || *self->tour_id == '\0')
    {
      g_free (self->tour_id);
      self->tour_id = g_strdup ("main");
    }
  if (idle_timeout_seconds > 0)
    {
      self->idle_timeout = idle_timeout_seconds;
      self->idle_timeout_set = TRUE;
    }

  g_signal_connect_object (application, "notify::document", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (application, "notify::language", G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);

  attach (self);
  lookup_tour (self);
  start_attract (self, TRUE);

  return self;
}

/**
 * kwa_kiosk_get_window:
 *
 * Returns: (transfer none) (nullable): the window, or %NULL once it is
 *   destroyed
 */
KwaWindow *
kwa_kiosk_get_window (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), NULL);
  return self->window;
}

KwaKioskState
kwa_kiosk_get_state (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), KWA_KIOSK_STATE_ATTRACT);
  return self->state;
}

/**
 * kwa_kiosk_is_attracting:
 *
 * Returns: whether the tour is playing by itself (nobody is using the
 *   exhibit)
 */
gboolean
kwa_kiosk_is_attracting (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), FALSE);
  return self->state == KWA_KIOSK_STATE_ATTRACT;
}

guint
kwa_kiosk_get_idle_timeout (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), 0);
  return self->idle_timeout;
}

/**
 * kwa_kiosk_set_idle_timeout:
 * @seconds: seconds without input before "Still there?", at least 1
 *
 * Overrides the kiosk-idle-timeout setting (--idle-timeout).
 */
void
kwa_kiosk_set_idle_timeout (KwaKiosk *self,
                            guint     seconds)
{
  g_return_if_fail (KWA_IS_KIOSK (self));
  g_return_if_fail (seconds > 0 && seconds <= G_MAXUINT / 1000);

  self->idle_timeout_set = TRUE;
  if (self->idle_timeout == seconds)
    return;

  self->idle_timeout = seconds;
  /* A waiting deadline is measured again against the new timeout. */
  if (self->idle_source_id != 0)
    wait_for_idle_deadline (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDLE_TIMEOUT]);
}

guint
kwa_kiosk_get_countdown_seconds (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), 0);
  return self->countdown_seconds;
}

/**
 * kwa_kiosk_set_countdown_seconds:
 * @seconds: how long "Still there?" counts down; 0 starts over at once
 *
 * Takes effect at the next countdown.
 */
void
kwa_kiosk_set_countdown_seconds (KwaKiosk *self,
                                 guint     seconds)
{
  g_return_if_fail (KWA_IS_KIOSK (self));

  if (self->countdown_seconds == seconds)
    return;

  self->countdown_seconds = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTDOWN_SECONDS]);
}

double
kwa_kiosk_get_time_scale (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), 1.0);
  return self->time_scale;
}

/**
 * kwa_kiosk_set_time_scale:
 * @time_scale: how long each stop of the tour lasts, relative to its
 *   duration in the exhibit (0.05 plays twenty times as fast)
 *
 * For tests and rehearsals; takes effect at the next stop.
 */
void
kwa_kiosk_set_time_scale (KwaKiosk *self,
                          double    time_scale)
{
  g_return_if_fail (KWA_IS_KIOSK (self));
  g_return_if_fail (time_scale > 0 && isfinite (time_scale));

  if (self->time_scale == time_scale)
    return;

  self->time_scale = time_scale;
  if (self->stop_source_id != 0)
    schedule_next_stop (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_SCALE]);
}

/**
 * kwa_kiosk_get_stop_index:
 *
 * Returns: the tour stop the attract loop shows (or last showed)
 */
guint
kwa_kiosk_get_stop_index (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), 0);
  return self->stop_index;
}

/**
 * kwa_kiosk_get_loop_count:
 *
 * Returns: how many times the attract loop came round to its first stop
 *   again since it last started over
 */
guint
kwa_kiosk_get_loop_count (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), 0);
  return self->loop_count;
}

/**
 * kwa_kiosk_get_caption:
 *
 * Returns: (transfer none) (nullable): the attract loop's caption
 */
KwaKioskCaption *
kwa_kiosk_get_caption (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), NULL);
  return self->caption;
}

/**
 * kwa_kiosk_get_caption_revealer:
 *
 * Returns: (transfer none) (nullable): what shows and hides the caption
 */
GtkWidget *
kwa_kiosk_get_caption_revealer (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), NULL);
  return self->caption_revealer;
}

/**
 * kwa_kiosk_get_countdown:
 *
 * Returns: (transfer none) (nullable): the "Still there?" overlay
 */
KwaKioskCountdown *
kwa_kiosk_get_countdown (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), NULL);
  return self->countdown;
}

/**
 * kwa_kiosk_get_language_switch:
 *
 * Returns: (transfer none) (nullable): the kiosk's "English | 한국어"
 */
KwaKioskLanguageSwitch *
kwa_kiosk_get_language_switch (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), NULL);
  return self->language_switch ? KWA_KIOSK_LANGUAGE_SWITCH (self->language_switch) : NULL;
}

/**
 * kwa_kiosk_restart:
 *
 * Starts over now, as when nobody answers "Still there?": the exhibit's
 * first day, the whole map, the kiosk's language, then the tour.
 */
void
kwa_kiosk_restart (KwaKiosk *self)
{
  g_return_if_fail (KWA_IS_KIOSK (self));

  start_attract (self, TRUE);
}

/**
 * kwa_kiosk_run_soak:
 * @n_steps: how many stops to go through
 *
 * Runs the attract loop through @n_steps stops as fast as it can, without
 * waiting or gliding, letting the main loop run between steps; then the
 * loop carries on at its own pace. A test that memory stays flat over
 * months of looping.
 */
void
kwa_kiosk_run_soak (KwaKiosk *self,
                    guint     n_steps)
{
  g_return_if_fail (KWA_IS_KIOSK (self));
  g_return_if_fail (self->state == KWA_KIOSK_STATE_ATTRACT);

  g_clear_handle_id (&self->stop_source_id, g_source_remove);
  for (guint i = 1; i <= n_steps; i++)
    {
      advance (self, FALSE);
      /* Let what the stops queued (redraws, rasters) run now and then:
       * painting every step would make months take hours. */
      if (i % SOAK_STEPS_PER_ITERATION == 0 || i == n_steps)
        g_main_context_iteration (NULL, FALSE);
    }
  schedule_next_stop (self);
}
