/* bench-bare-svg.c: the start-up baseline for --benchmark-startup — a bare
 * GTK4 window that draws one SVG (the basemap) and prints the milliseconds
 * from process start to its first frame on screen.
 *
 * Also GTK's own floor of memory: `--size=3840x2160 --fill` (one colour
 * instead of the SVG) under /usr/bin/time gives the peak resident set of
 * a bare 4K window (README, Performance).
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <librsvg/rsvg.h>
#include <stdio.h>
#include <string.h>

#include "kwa-benchmark.h"

static RsvgHandle *handle;
static int window_width = 1920, window_height = 1080;

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  RsvgRectangle viewport = { 0, 0, width, height };

  if (handle == NULL)
    {
      cairo_set_source_rgb (cr, 0.24, 0.41, 0.55);
      cairo_paint (cr);
      return;
    }
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
  gtk_window_set_default_size (GTK_WINDOW (window), window_width, window_height);
  g_signal_connect (window, "map", G_CALLBACK (mapped_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;
  const char *svg = "data/korea-basemap.svg";
  gboolean fill = FALSE;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--fill"))
        fill = TRUE;
      else if (g_str_has_prefix (argv[i], "--size="))
        g_return_val_if_fail (sscanf (argv[i] + strlen ("--size="), "%dx%d", &window_width, &window_height) == 2, 1);
      else
        svg = argv[i];
    }
  if (!fill)
    {
      handle = rsvg_handle_new_from_file (svg, NULL);
      g_return_val_if_fail (handle != NULL, 1);
    }

  app = gtk_application_new ("org.koreanwaratlas.BareSvgBenchmark", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), 1, argv);
}
