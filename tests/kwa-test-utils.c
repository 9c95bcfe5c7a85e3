/* kwa-test-utils.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kwa-test-utils.h"

/**
 * kwa_test_wait_frames:
 *
 * Runs the main loop until @widget's frame clock has drawn @n_frames more
 * frames. Each frame asks for the next, so it also returns when nothing on
 * screen moves; it first waits for the widget to have a frame clock (a
 * window just presented may not yet).
 */
void
kwa_test_wait_frames (GtkWidget *widget,
                      guint      n_frames)
{
  for (guint i = 0; i < n_frames; i++)
    {
      GdkFrameClock *clock;
      gint64 target;

      while ((clock = gtk_widget_get_frame_clock (widget)) == NULL)
        g_main_context_iteration (NULL, TRUE);

      target = gdk_frame_clock_get_frame_counter (clock) + 1;
      gtk_widget_queue_draw (widget);
      while (gdk_frame_clock_get_frame_counter (clock) < target)
        g_main_context_iteration (NULL, TRUE);
    }
}

/* tests/data/minimal.json, the smallest exhibit that has one of each
 * record; it must load without a problem. */
KwaExhibit *
kwa_test_load_minimal (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "minimal.json", NULL));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  KwaExhibit *exhibit = kwa_exhibit_new_from_file (file, &problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (exhibit);
  g_assert_cmpuint (problems != NULL ? problems->len : 0, ==, 0);

  return exhibit;
}

/* The exhibit and basemap the app ships. */
KwaMapDocument *
kwa_test_load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  KwaMapDocument *document = kwa_map_document_new_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}
