/* kwa-benchmark.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-benchmark"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "kwa-benchmark.h"
#include "kwa-renderer-choice.h"

/* Measurements taken in a real window, as a visitor sees it: how long
 * until the first frame is on screen, and how steady frames are while the
 * timeline scrubs. Each prints its figures and quits the application. */

#define SCRUB_SECONDS 4.0
/* The first half second of a scrub warms up: the basemap's tints are
 * rasterised on threads and fonts, sprites and layouts fill their caches.
 * Its work is reported apart (start-up is timed by kwa_benchmark_startup),
 * so the percentiles tell what a visitor scrubbing the timeline meets. */
#define WARMUP_FRAMES 30
#define FRAME_MS      (1000.0 / 60)

/* Benchmarks measure the window at the size of the screen (1920×1080 on
 * the reference machine), whatever size the user last left it. */
static void
fill_monitor (GtkWindow *window)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (gdk_display_get_monitors (display), 0);
  GdkRectangle geometry;

  if (monitor == NULL)
    return;

  gdk_monitor_get_geometry (monitor, &geometry);
  gtk_window_set_default_size (window, geometry.width, geometry.height);
}

/* The kernel knows when this process started, before the dynamic linker
 * and GTK's own start-up: count from there. */
double
kwa_benchmark_ms_since_process_start (void)
{
  g_autofree char *stat = NULL;
  struct timespec now;
  unsigned long long start_ticks = 0;
  const char *field;
  int index;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return -1;

  /* Field 22 (starttime), counted after the parenthesised command name. */
  field = strrchr (stat, ')');
  for (index = 2; field != NULL && index < 22; index++)
    field = strchr (field + 1, ' ');
  if (field == NULL || sscanf (field + 1, "%llu", &start_ticks) != 1)
    return -1;

  return (now.tv_sec + now.tv_nsec / 1e9 - (double) start_ticks / sysconf (_SC_CLK_TCK)) * 1000.0;
}

static void
first_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  GApplication *application = G_APPLICATION (gtk_window_get_application (window));

  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, window);
  g_print ("%.0f\n", kwa_benchmark_ms_since_process_start ());
  fflush (stdout);
  g_application_quit (application);
}

static void
startup_mapped_cb (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_paint_cb), widget, 0);
  gtk_widget_queue_draw (widget);
}

/**
 * kwa_benchmark_startup:
 *
 * Prints the milliseconds from process start to the end of the window's
 * first paint, then quits.
 */
void
kwa_benchmark_startup (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  fill_monitor (window);
  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    startup_mapped_cb (GTK_WIDGET (window));
  else
    g_signal_connect (window, "map", G_CALLBACK (startup_mapped_cb), NULL);
}

typedef struct
{
  KwaTimeline   *timeline;
  KwaMapView    *map_view;
  GdkFrameClock *clock;
  gulong         after_paint_id;
  GArray        *intervals;   /* double, ms: frame clock to frame clock */
  GArray        *work;        /* double, ms: date change to its frame painted */
  GArray        *map;         /* the part of it the map view took */
  GArray        *outside;     /* the rest: GTK's layout, other widgets, render */
  GArray        *warmup;      /* work, for the first WARMUP_FRAMES */
  gint64         first_us;
  gint64         last_us;
  gint64         changed_us;  /* when the date last changed, 0 once painted */
  guint          map_frames;  /* the map view's frame count then */
} Scrub;

static void
scrub_free (gpointer data)
{
  Scrub *scrub = data;

  if (scrub->clock != NULL)
    g_clear_signal_handler (&scrub->after_paint_id, scrub->clock);
  g_clear_object (&scrub->clock);
  g_clear_object (&scrub->timeline);
  g_clear_object (&scrub->map_view);
  g_clear_pointer (&scrub->intervals, g_array_unref);
  g_clear_pointer (&scrub->work, g_array_unref);
  g_clear_pointer (&scrub->map, g_array_unref);
  g_clear_pointer (&scrub->outside, g_array_unref);
  g_clear_pointer (&scrub->warmup, g_array_unref);
  g_free (scrub);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *values,
            double  fraction)
{
  guint index;

  if (values->len == 0)
    return 0;

  g_array_sort (values, compare_doubles);
  index = MIN (values->len - 1, (guint) (fraction * (values->len - 1) + 0.5));
  return g_array_index (values, double, index);
}

/* The work a day change costs: from the tick that changed it, through
 * layout, snapshot and GSK's render, to the end of the frame's paint;
 * and how much of it was the map view's own drawing (none, in a frame
 * that did not draw the map). */
static void
scrub_after_paint_cb (GdkFrameClock *clock,
                      Scrub         *scrub)
{
  double work, map = 0, outside;

  if (scrub->changed_us == 0)
    return;

  work = (g_get_monotonic_time () - scrub->changed_us) / 1000.0;
  scrub->changed_us = 0;
  if (scrub->warmup->len < WARMUP_FRAMES)
    {
      g_array_append_val (scrub->warmup, work);
      return;
    }

  if (scrub->map_view != NULL && kwa_map_view_get_frame_time (scrub->map_view, &map) == scrub->map_frames)
    map = 0;
  outside = MAX (work - map, 0);
  g_array_append_val (scrub->work, work);
  g_array_append_val (scrub->map, map);
  g_array_append_val (scrub->outside, outside);
}

static void
print_scrub (Scrub     *scrub,
             GtkWidget *window)
{
  guint frames = scrub->intervals->len + 1;
  guint over_a_frame = 0;

  /* Frames whose work alone took longer than a frame: each one shown late. */
  for (guint i = 0; i < scrub->work->len; i++)
    over_a_frame += g_array_index (scrub->work, double, i) > FRAME_MS;

  g_print ("{\"frames\": %u, \"frame_interval_ms_p50\": %.2f, \"frame_interval_ms_p95\": %.2f, "
           "\"work_ms_p50\": %.2f, \"work_ms_p95\": %.2f, \"work_over_a_frame\": %u, "
           "\"map_ms_p50\": %.2f, \"map_ms_p95\": %.2f, "
           "\"work_outside_map_ms_p50\": %.2f, \"work_outside_map_ms_p95\": %.2f, "
           "\"warmup_frames\": %u, \"warmup_work_ms_max\": %.2f, "
           "\"width\": %d, \"height\": %d, \"scale\": %d, \"renderer\": \"%s\", \"renderer_reason\": \"%s\"}\n",
           frames,
           percentile (scrub->intervals, 0.50), percentile (scrub->intervals, 0.95),
           percentile (scrub->work, 0.50), percentile (scrub->work, 0.95), over_a_frame,
           percentile (scrub->map, 0.50), percentile (scrub->map, 0.95),
           percentile (scrub->outside, 0.50), percentile (scrub->outside, 0.95),
           scrub->warmup->len, percentile (scrub->warmup, 1.0),
           gtk_widget_get_width (window), gtk_widget_get_height (window),
           gtk_widget_get_scale_factor (window), kwa_renderer_choice_get_name (window),
           kwa_renderer_choice_get_reason ());
  fflush (stdout);
}

static gboolean
scrub_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  Scrub *scrub = user_data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  KwaDateRange range = kwa_timeline_get_range (scrub->timeline);

  if (scrub->clock == NULL)
    {
      scrub->clock = g_object_ref (clock);
      scrub->after_paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (scrub_after_paint_cb), scrub);
    }

  if (scrub->first_us == 0)
    scrub->first_us = now;
  else
    {
      double interval = (now - scrub->last_us) / 1000.0;
      g_array_append_val (scrub->intervals, interval);
    }
  scrub->last_us = now;

  if ((now - scrub->first_us) / (double) G_USEC_PER_SEC >= SCRUB_SECONDS)
    {
      print_scrub (scrub, widget);
      g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (widget))));
      return G_SOURCE_REMOVE;
    }

  /* A day per frame, round and round the war: fronts blend, arrows grow. */
  scrub->changed_us = g_get_monotonic_time ();
  if (scrub->map_view != NULL)
    scrub->map_frames = kwa_map_view_get_frame_time (scrub->map_view, NULL);
  if (kwa_timeline_get_date (scrub->timeline) >= range.end)
    kwa_timeline_set_date (scrub->timeline, range.start);
  else
    kwa_timeline_step_days (scrub->timeline, 1);

  return G_SOURCE_CONTINUE;
}

/**
 * kwa_benchmark_scrub:
 * @map_view: (nullable): the window's map, whose share of each frame's
 *   work is reported apart
 * @width: the window's width, or 0 for the screen's
 * @height: the window's height, or 0 for the screen's
 *
 * Moves @timeline one day per frame for a few seconds in @window and prints
 * as JSON the frame intervals and the work of each frame (p50, p95), split
 * into the map view's drawing and the rest, the window's size and scale
 * and the renderer, then quits.
 */
void
kwa_benchmark_scrub (GtkWindow   *window,
                     KwaTimeline *timeline,
                     KwaMapView  *map_view,
                     int          width,
                     int          height)
{
  Scrub *scrub;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (KWA_IS_TIMELINE (timeline));
  g_return_if_fail (map_view == NULL || KWA_IS_MAP_VIEW (map_view));

  if (width > 0 && height > 0)
    {
      /* A size of its own, larger than the screen if asked: a 4K window
       * timed on any display. GTK keeps a default size within the
       * monitor, not a size request. */
      gtk_window_unmaximize (window);
      gtk_window_unfullscreen (window);
      gtk_window_set_default_size (window, width, height);
      gtk_widget_set_size_request (GTK_WIDGET (window), width, height);
    }
  else
    fill_monitor (window);

  scrub = g_new0 (Scrub, 1);
  scrub->timeline = g_object_ref (timeline);
  scrub->map_view = map_view != NULL ? g_object_ref (map_view) : NULL;
  scrub->intervals = g_array_new (FALSE, FALSE, sizeof (double));
  scrub->work = g_array_new (FALSE, FALSE, sizeof (double));
  scrub->map = g_array_new (FALSE, FALSE, sizeof (double));
  scrub->outside = g_array_new (FALSE, FALSE, sizeof (double));
  scrub->warmup = g_array_new (FALSE, FALSE, sizeof (double));
  gtk_widget_add_tick_callback (GTK_WIDGET (window), scrub_tick_cb, scrub, scrub_free);
}
