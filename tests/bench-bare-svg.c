/* bench-bare-svg.c: the start-up baseline for --benchmark-startup — a bare
 * GTK4 window that draws one SVG (the basemap) and prints the milliseconds
 * from process start to its first frame on screen.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <librsvg/rsvg.h>

#include "kwa-benchmark.h"

static RsvgHandle *handle;

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  RsvgRectangle viewport = { 0, 0, width, height };

  rsvg_handle_render_document (handle, cr, &viewport, NULL);
}

static void
first_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, window);
  g_print ("%.0f\n", kwa_benchmark_ms_since_process_start ());
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
mapped_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_paint_cb), window);
}

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_cb, NULL, NULL);
  gtk_window_set_child (GTK_WINDOW (window), area);
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  g_signal_connect (window, "map", G_CALLBACK (mapped_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;

  handle = rsvg_handle_new_from_file (argc > 1 ? argv[1] : "data/korea-basemap.svg", NULL);
  g_return_val_if_fail (handle != NULL, 1);

  app = gtk_application_new ("org.koreanwaratlas.BareSvgBenchmark", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), 1, argv);
}
