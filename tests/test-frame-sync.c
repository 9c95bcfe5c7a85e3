/* test-frame-sync.c: frames that do not wait on the X server for a window
 * manager that is not there
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define _GNU_SOURCE
#include <dlfcn.h>
#include <gtk/gtk.h>

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "kwa-frame-sync.h"
#include "kwa-test-utils.h"
#include "kwa-window.h"

#ifdef GDK_WINDOWING_X11

/* GDK reads window properties through XGetWindowProperty, each a round
 * trip to the server. This test program defines it, so GDK's calls come
 * here (the program exports it: export_dynamic in meson.build), are
 * counted and passed on. */
static guint property_reads;

int
XGetWindowProperty (Display        *display,
                    Window          window,
                    Atom            property,
                    long            offset,
                    long            length,
                    Bool            delete,
                    Atom            requested_type,
                    Atom           *actual_type,
                    int            *actual_format,
                    unsigned long  *n_items,
                    unsigned long  *bytes_after,
                    unsigned char **value)
{
  static int (*real) (Display *, Window, Atom, long, long, Bool, Atom, Atom *, int *,
                      unsigned long *, unsigned long *, unsigned char **);

  if (real == NULL)
    real = dlsym (RTLD_NEXT, "XGetWindowProperty");
  property_reads++;

  return real (display, window, property, offset, length, delete, requested_type,
               actual_type, actual_format, n_items, bytes_after, value);
}

static GtkWindow *
show_window (gboolean follow)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 320, 240);
  gtk_window_set_child (window, gtk_drawing_area_new ());
  if (follow)
    kwa_frame_sync_follow_window_manager (window);
  gtk_window_present (window);
  kwa_test_wait_frames (GTK_WIDGET (window), 3);

  return window;
}

/* The property reads of twenty frames after the window is up. */
static guint
reads_in_twenty_frames (GtkWindow *window)
{
  property_reads = 0;
  kwa_test_wait_frames (gtk_window_get_child (window), 20);
  return property_reads;
}

static gboolean
display_has_window_manager (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  return GDK_IS_X11_DISPLAY (display) &&
         g_strcmp0 (gdk_x11_screen_get_window_manager_name (gdk_x11_display_get_screen (display)), "unknown") != 0;
}

static gboolean
skip_unless_bare_x11 (void)
{
  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("Not an X11 display");
      return TRUE;
    }
  if (display_has_window_manager ())
    {
      g_test_skip ("This display has a window manager");
      return TRUE;
    }
  return FALSE;
}

/* Without a window manager (the test's own Xvfb, like a kiosk started
 * from xinit), GDK 4.8 asks the server once or twice a frame whether one
 * syncs frames; the window that follows the window manager asks nothing.
 * The bare window shows the count is real. */
static void
test_no_window_manager_no_round_trips (void)
{
  GtkWindow *bare, *following;
  guint bare_reads, following_reads;

  if (skip_unless_bare_x11 ())
    return;

  bare = show_window (FALSE);
  bare_reads = reads_in_twenty_frames (bare);
  gtk_window_destroy (bare);

  following = show_window (TRUE);
  g_assert_false (kwa_frame_sync_is_enabled (following));
  following_reads = reads_in_twenty_frames (following);
  gtk_window_destroy (following);

  g_test_message ("property reads in 20 frames: %u bare, %u following", bare_reads, following_reads);
  g_assert_cmpuint (bare_reads, >=, 20);
  g_assert_cmpuint (following_reads, ==, 0);
}

/* The app's own windows follow it, whichever mode opens them. */
static void
test_app_windows_follow (void)
{
  g_autoptr(KwaApplication) app = NULL;
  KwaWindow *window;

  if (skip_unless_bare_x11 ())
    return;

  app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestFrameSync", FALSE);
  window = kwa_test_open_window (app, 640, 480);
  g_assert_false (kwa_frame_sync_is_enabled (GTK_WINDOW (window)));
  kwa_test_close_window (window);
}

#endif

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#ifdef GDK_WINDOWING_X11
  g_test_add_func ("/frame-sync/no-window-manager-no-round-trips", test_no_window_manager_no_round_trips);
  g_test_add_func ("/frame-sync/app-windows-follow", test_app_windows_follow);
#endif

  return g_test_run ();
}
