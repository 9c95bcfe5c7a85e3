/* kwa-kiosk-states.c: the kiosk's state machine
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk"

#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "kwa-kiosk-private.h"

/* ATTRACT: the tour plays by itself, stop after stop, forever; the first
 * touch, click, key or scroll makes it INTERACTIVE; a while without input
 * asks "Still there?" (COUNTDOWN), answered by any input; unanswered, the
 * exhibit is put back as the first visitor of the day found it and the
 * tour plays again.
 *
 * Time is kept with one source per job (the stop, the idle deadline, the
 * countdown), each re-armed rather than re-created on every input;
 * nothing is allocated per stop that outlives it, so the loop can run for
 * months (see kwa_kiosk_run_soak()). */

/* With no tour to play, the loop replays the timeline this often. */
#define NO_TOUR_STOP_SECONDS 60

/* NULL once the window is going away. */
static KwaMapView *
map_view (KwaKiosk *self)
{
  return self->window ? kwa_kiosk_host_get_map_view (self->window) : NULL;
}

static guint
scaled_ms (KwaKiosk *self,
           double    seconds)
{
  return (guint) MAX (1.0, ceil (seconds * 1000.0 * self->time_scale));
}

/* The stop the loop shows; before the first, the first. */
guint
kwa_kiosk_current_index (KwaKiosk *self)
{
  return (guint) MAX (kwa_tour_player_get_stop_index (self->player), 0);
}

guint
kwa_kiosk_n_stops (KwaKiosk *self)
{
  /* Without a tour the loop is one long "stop": the timeline playing. */
  return kwa_tour_player_get_tour (self->player) ? kwa_tour_player_get_n_stops (self->player) : 1;
}

/* ---- the tour --------------------------------------------------------- */

/* The tour at @position of the playlist, if the exhibit has it with stops. */
static const KwaTour *
playlist_tour (KwaKiosk   *self,
               KwaExhibit *exhibit,
               guint       position)
{
  const KwaTour *tour = kwa_exhibit_find_tour (exhibit, self->tour_ids[position]);

  return tour != NULL && tour->n_stops > 0 ? tour : NULL;
}

/* The playlist's tour at tour_position, or the next one the exhibit has
 * (an exhibit need not have every tour kiosk-tours names: a museum's own
 * exhibit may have only "main"); "main" when it has none of them; none
 * without stops. */
void
kwa_kiosk_lookup_tour (KwaKiosk *self)
{
  KwaMapDocument *document = kwa_session_get_document (self->session);
  guint n = g_strv_length (self->tour_ids);
  const KwaTour *tour = NULL;
  KwaExhibit *exhibit;

  if (document == NULL)
    {
      kwa_tour_player_set_tour (self->player, NULL);
      return;
    }

  exhibit = kwa_map_document_get_exhibit (document);
  for (guint i = 0; i < n && tour == NULL; i++)
    {
      guint position = (self->tour_position + i) % n;

      tour = playlist_tour (self, exhibit, position);
      if (tour != NULL)
        self->tour_position = position;
    }
  if (tour == NULL)
    {
      tour = kwa_exhibit_find_tour (exhibit, "main");
      if (tour != NULL && tour->n_stops == 0)
        tour = NULL;
      if (tour != NULL)
        g_message ("The exhibit has none of the tours kiosk-tours names; playing “main”");
    }
  if (tour == NULL)
    g_message ("The exhibit has no tour to play; the kiosk plays the timeline instead");

  /* A tour found again in a reloaded exhibit is another to the player,
   * before its first stop; kwa_kiosk_reload_tour() takes the loop back. */
  kwa_tour_player_set_tour (self->player, tour);
  kwa_kiosk_voice_show_button (self);
}

/* How many stops one round of the attract loop shows: every tour of the
 * playlist the exhibit has, one after another. */
guint
kwa_kiosk_playlist_length (KwaKiosk *self)
{
  KwaMapDocument *document = kwa_session_get_document (self->session);
  guint n = g_strv_length (self->tour_ids);
  guint length = 0;

  if (document == NULL)
    return 1;
  for (guint i = 0; i < n; i++)
    {
      const KwaTour *tour = playlist_tour (self, kwa_map_document_get_exhibit (document), i);

      length += tour != NULL ? tour->n_stops : 0;
    }
  return length > 0 ? length : kwa_kiosk_n_stops (self);
}

/* After the last stop of a tour, the next tour of the playlist; TRUE when
 * that takes the loop back to its first tour. */
static gboolean
next_tour (KwaKiosk *self)
{
  guint before = self->tour_position;

  self->tour_position = (self->tour_position + 1) % g_strv_length (self->tour_ids);
  kwa_kiosk_lookup_tour (self);
  return self->tour_position <= before;
}

/* A reloaded exhibit (or another tour named): the tour found again, at
 * the same stop if it has one. */
void
kwa_kiosk_reload_tour (KwaKiosk *self)
{
  guint index = kwa_kiosk_current_index (self);

  kwa_kiosk_lookup_tour (self);
  if (index >= kwa_kiosk_n_stops (self))
    index = 0;
  if (self->window != NULL && self->state == KWA_KIOSK_STATE_ATTRACT)
    {
      kwa_kiosk_show_stop (self, index, TRUE);
      kwa_kiosk_schedule_next_stop (self);
    }
}

/* ---- the attract loop ------------------------------------------------ */

static gboolean frame_tick_cb (GtkWidget     *widget,
                               GdkFrameClock *clock,
                               gpointer       user_data);

/* Moves the map to where the current stop looks, framed as everywhere a
 * stop is shown (kwa_tour_view_frame()). */
static void
frame_stop (KwaKiosk *self,
            gboolean  animate)
{
  KwaMapView *view = map_view (self);
  const KwaTourStop *stop = kwa_tour_player_get_stop (self->player);

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

void
kwa_kiosk_update_caption (KwaKiosk *self)
{
  const KwaTourStop *stop = kwa_tour_player_get_stop (self->player);
  KwaLanguage lang = kwa_kiosk_language (self);
  KwaKioskCaption *caption;
  KwaMapDocument *document;
  KwaExhibit *exhibit;

  if (self->overlay == NULL)
    return;
  caption = kwa_kiosk_overlay_get_caption (self->overlay);

  document = kwa_session_get_document (self->session);
  if (stop != NULL)
    {
      guint n_media;
      const KwaMedia *media = kwa_tour_stop_get_media (stop, &n_media);

      kwa_kiosk_caption_set_media (caption, document, media, n_media, lang);
      kwa_kiosk_caption_set_text (caption,
                                  stop->event ? kwa_text_get (&stop->event->title, lang) : NULL,
                                  kwa_text_get (&stop->narration, lang));
      return;
    }

  /* No tour: the exhibit introduces itself. */
  kwa_kiosk_caption_set_media (caption, NULL, NULL, 0, lang);
  if (document == NULL)
    return;
  exhibit = kwa_map_document_get_exhibit (document);
  kwa_kiosk_caption_set_text (caption,
                              kwa_text_get (kwa_exhibit_get_title (exhibit), lang),
                              kwa_text_get (kwa_exhibit_get_subtitle (exhibit), lang));
}

/* Each frame of a sweep: the date a little further on. The window would
 * glide to the stop's event when the sweep lands on it and picks it; the
 * kiosk has framed the stop already. */
static gboolean
sweep_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  KwaKiosk *self = user_data;
  gboolean going_on;

  if (self->window != NULL)
    kwa_kiosk_host_set_follow_selection (self->window, FALSE);
  going_on = kwa_tour_player_tick (self->player, gdk_frame_clock_get_frame_time (clock));
  if (self->window != NULL)
    kwa_kiosk_host_set_follow_selection (self->window, TRUE);

  if (going_on)
    return G_SOURCE_CONTINUE;
  self->sweep_tick_id = 0;
  return G_SOURCE_REMOVE;
}

/* Ends a sweep where it is: a visitor touched, or the loop starts over. */
void
kwa_kiosk_stop_sweep (KwaKiosk *self)
{
  KwaMapView *view = map_view (self);

  kwa_tour_player_stop_sweep (self->player);
  if (self->sweep_tick_id != 0 && view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (view), self->sweep_tick_id);
  self->sweep_tick_id = 0;
}

/* Whether the date may run through the days to a stop: not without a
 * map on screen to run on, nor when less motion is asked for. */
static gboolean
may_sweep (KwaKiosk *self)
{
  KwaMapView *view = map_view (self);

  return view != NULL && gtk_widget_get_mapped (GTK_WIDGET (view)) &&
         adw_get_enable_animations (GTK_WIDGET (view));
}

/* Puts the exhibit where stop @index is: its day, its event, its view and
 * its words. @sweep runs the date there through the days between, on the
 * map's frame clock, rather than jumping. Without a tour, the timeline
 * plays from its first day. */
static void
show_stop (KwaKiosk *self,
           guint     index,
           gboolean  animate,
           gboolean  sweep)
{
  KwaTimeline *timeline = kwa_kiosk_timeline (self);
  KwaDateRange range;

  kwa_kiosk_stop_sweep (self);

  if (kwa_tour_player_get_tour (self->player) == NULL)
    {
      range = kwa_timeline_get_range (timeline);
      kwa_timeline_select_event (timeline, NULL);
      if (range.start != KWA_DATE_NONE)
        kwa_timeline_set_date (timeline, range.start);
      kwa_timeline_set_playing (timeline, animate);
      kwa_kiosk_update_caption (self);
      kwa_kiosk_voice_speak_stop (self);
      frame_stop (self, animate);
      return;
    }

  if (sweep && may_sweep (self))
    {
      kwa_tour_player_sweep_to (self->player, (int) index, self->time_scale);
      if (kwa_tour_player_get_sweeping (self->player))
        self->sweep_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (map_view (self)), sweep_tick_cb, self, NULL);
    }
  else
    {
      /* The window would glide to the chosen event by itself; the kiosk
       * frames the stop instead, so the map makes one move, not two. */
      if (self->window != NULL)
        kwa_kiosk_host_set_follow_selection (self->window, FALSE);
      kwa_tour_player_go_to (self->player, (int) index);
      if (self->window != NULL)
        kwa_kiosk_host_set_follow_selection (self->window, TRUE);
    }
  kwa_kiosk_update_caption (self);
  kwa_kiosk_voice_speak_stop (self);

  frame_stop (self, animate);
}

void
kwa_kiosk_show_stop (KwaKiosk *self,
                     guint     index,
                     gboolean  animate)
{
  show_stop (self, index, animate, FALSE);
}

/* The next stop; @animate glides the map there and sweeps the date. */
void
kwa_kiosk_advance (KwaKiosk *self,
                   gboolean  animate)
{
  guint index = kwa_kiosk_current_index (self) + 1;

  if (index >= kwa_kiosk_n_stops (self))
    {
      index = 0;
      if (next_tour (self))
        self->loop_count++;
    }
  show_stop (self, index, animate, animate);
}

static gboolean stop_source_cb (gpointer user_data);

/* The next stop in @seconds (of the loop's time scale). */
void
kwa_kiosk_arm_next_stop (KwaKiosk *self,
                         double    seconds)
{
  g_clear_handle_id (&self->stop_source_id, g_source_remove);
  self->stop_source_id = g_timeout_add (scaled_ms (self, seconds), stop_source_cb, self);
  g_source_set_name_by_id (self->stop_source_id, "[kwa] kiosk next stop");
}

/* After the stop's duration; a stop whose voice speaks waits for it to
 * end instead (kwa-kiosk-voice.c), within a watchdog. */
void
kwa_kiosk_schedule_next_stop (KwaKiosk *self)
{
  double seconds = kwa_kiosk_voice_stop_seconds (self, kwa_tour_player_get_stop (self->player));

  kwa_kiosk_arm_next_stop (self, seconds >= 0 ? seconds : NO_TOUR_STOP_SECONDS);
}

static gboolean
stop_source_cb (gpointer user_data)
{
  KwaKiosk *self = user_data;

  self->stop_source_id = 0;
  kwa_kiosk_advance (self, TRUE);
  kwa_kiosk_schedule_next_stop (self);

  return G_SOURCE_REMOVE;
}

/* ---- waiting for the visitor ------------------------------------------ */

void
kwa_kiosk_stop_sources (KwaKiosk *self)
{
  KwaMapView *view = map_view (self);

  g_clear_handle_id (&self->stop_source_id, g_source_remove);
  g_clear_handle_id (&self->idle_source_id, g_source_remove);
  g_clear_handle_id (&self->countdown_source_id, g_source_remove);
  kwa_kiosk_stop_sweep (self);
  kwa_narrator_silence (self->narrator);
  if (self->frame_tick_id != 0 && view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (view), self->frame_tick_id);
  self->frame_tick_id = 0;
}

static gboolean idle_source_cb (gpointer user_data);

/* Waits for the idle deadline: the last input plus the timeout. */
void
kwa_kiosk_wait_for_idle_deadline (KwaKiosk *self)
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
    kwa_kiosk_wait_for_idle_deadline (self);
}

static gboolean
countdown_source_cb (gpointer user_data)
{
  KwaKiosk *self = user_data;

  if (self->countdown_left > 0)
    self->countdown_left--;
  kwa_kiosk_countdown_set_seconds (kwa_kiosk_overlay_get_countdown (self->overlay), self->countdown_left);

  if (self->countdown_left > 0)
    return G_SOURCE_CONTINUE;

  self->countdown_source_id = 0;
  kwa_kiosk_start_attract (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
start_countdown (KwaKiosk *self)
{
  KwaKioskCountdown *countdown = self->overlay ? kwa_kiosk_overlay_get_countdown (self->overlay) : NULL;

  if (self->countdown_seconds == 0 || countdown == NULL)
    {
      kwa_kiosk_start_attract (self, TRUE);
      return;
    }

  self->countdown_left = self->countdown_seconds;
  kwa_kiosk_show_countdown_language (self, countdown);
  kwa_kiosk_countdown_set_seconds (countdown, self->countdown_left);
  kwa_kiosk_set_state (self, KWA_KIOSK_STATE_COUNTDOWN);

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
  if (kwa_timeline_get_playing (kwa_kiosk_timeline (self)))
    self->last_input_time = now;

  if (now - self->last_input_time < (gint64) self->idle_timeout * G_USEC_PER_SEC)
    kwa_kiosk_wait_for_idle_deadline (self);
  else
    start_countdown (self);

  return G_SOURCE_REMOVE;
}

/* ---- starting over ---------------------------------------------------- */

/* Everything back as the first visitor of the day found it. */
static void
reset_exhibit (KwaKiosk *self)
{
  KwaTimeline *timeline = kwa_kiosk_timeline (self);
  KwaDateRange range = kwa_timeline_get_range (timeline);
  KwaMapView *view = map_view (self);

  kwa_kiosk_voice_reset (self);
  kwa_timeline_set_playing (timeline, FALSE);
  kwa_timeline_select_event (timeline, NULL);
  if (range.start != KWA_DATE_NONE)
    kwa_timeline_set_date (timeline, range.start);
  if (view != NULL)
    {
      kwa_map_view_reset_view (view, FALSE);
      kwa_map_view_set_layers (view, self->home_layers);
    }
  kwa_session_set_language (self->session, kwa_kiosk_get_home_language (self));

  /* Panels the window may have open; nothing happens without them. */
  if (self->window != NULL)
    kwa_kiosk_host_reset_panels (self->window);
}

/* The tour from its first stop; @reset puts the exhibit back first. */
void
kwa_kiosk_start_attract (KwaKiosk *self,
                         gboolean  reset)
{
  kwa_kiosk_stop_sources (self);

  if (reset)
    reset_exhibit (self);

  /* From the first tour of the playlist. */
  if (self->tour_position != 0)
    {
      self->tour_position = 0;
      kwa_kiosk_lookup_tour (self);
    }
  kwa_tour_player_restart (self->player);
  kwa_kiosk_set_state (self, KWA_KIOSK_STATE_ATTRACT);
  kwa_kiosk_show_stop (self, 0, TRUE);
  kwa_kiosk_schedule_next_stop (self);
}

/* ---- the visitor ------------------------------------------------------ */

/* A visitor is here: the first sign stops the loop, any sign answers
 * "Still there?" and puts the idle deadline back. */
void
kwa_kiosk_visitor_input (KwaKiosk *self,
                         gboolean  takes_over)
{
  switch (self->state)
    {
    case KWA_KIOSK_STATE_ATTRACT:
      if (!takes_over)
        return;
      g_clear_handle_id (&self->stop_source_id, g_source_remove);
      /* The visitor has the clock now, on whatever day the sweep reached,
       * and the quiet to read. */
      kwa_kiosk_stop_sweep (self);
      kwa_narrator_silence (self->narrator);
      kwa_kiosk_set_state (self, KWA_KIOSK_STATE_INTERACTIVE);
      break;

    case KWA_KIOSK_STATE_COUNTDOWN:
      g_clear_handle_id (&self->countdown_source_id, g_source_remove);
      kwa_kiosk_set_state (self, KWA_KIOSK_STATE_INTERACTIVE);
      break;

    case KWA_KIOSK_STATE_INTERACTIVE:
    default:
      break;
    }

  arm_idle (self);
}
