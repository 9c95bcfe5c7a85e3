/* kwa-frame-sync.c: no frame handshake with a window manager that is not there
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-frame-sync"

#include "config.h"

#include "kwa-frame-sync.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

/* On X11, GDK 4.8 keeps each window's frames in step with a compositing
 * window manager (_NET_WM_FRAME_DRAWN), and at the end of every frame asks
 * whether the window manager supports that. With a window manager the
 * answer is kept; with none at all, as on a kiosk started straight from
 * xinit (and under Xvfb), GDK asks the X server again every time, and
 * every frame waits for the server twice: about a quarter of a 1080p
 * frame's work on the reference machine (work p50 2.4-2.9 ms without a
 * window manager, 1.8-2.3 with one). Where no window manager syncs
 * frames, the handshake can do nothing, so the window turns it off, and
 * looks again every RECHECK_SECONDS (GDK's own interval) in case one
 * starts later. */

#define RECHECK_SECONDS 15
#define SOURCE_KEY      "kwa-frame-sync-recheck"
#define DISABLED_KEY    "kwa-frame-sync-disabled"

#ifdef GDK_WINDOWING_X11

static gboolean
window_manager_syncs_frames (GdkSurface *surface)
{
  GdkX11Screen *screen = gdk_x11_display_get_screen (gdk_surface_get_display (surface));

  return gdk_x11_screen_supports_net_wm_hint (screen, "_NET_WM_FRAME_DRAWN");
}

static void
set_enabled (GtkWindow *window,
             GdkSurface *surface,
             gboolean    enabled)
{
  gdk_x11_surface_set_frame_sync_enabled (surface, enabled);
  g_object_set_data (G_OBJECT (window), DISABLED_KEY, GINT_TO_POINTER (!enabled));
}

static gboolean
recheck_cb (gpointer data)
{
  GtkWindow *window = data;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (surface == NULL || !window_manager_syncs_frames (surface))
    return G_SOURCE_CONTINUE;

  g_debug ("A window manager that syncs frames appeared: frame sync back on");
  set_enabled (window, surface, TRUE);
  g_object_set_data (G_OBJECT (window), SOURCE_KEY, NULL);
  return G_SOURCE_REMOVE;
}

static void
stop_rechecking (GtkWindow *window)
{
  guint id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (window), SOURCE_KEY));

  if (id != 0)
    g_source_remove (id);
  g_object_set_data (G_OBJECT (window), SOURCE_KEY, NULL);
}

static void
realized_cb (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  guint id;

  if (!GDK_IS_X11_SURFACE (surface) || window_manager_syncs_frames (surface))
    return;

  g_debug ("No window manager syncs frames: frame sync off");
  set_enabled (window, surface, FALSE);
  stop_rechecking (window);
  id = g_timeout_add_seconds (RECHECK_SECONDS, recheck_cb, window);
  g_object_set_data (G_OBJECT (window), SOURCE_KEY, GUINT_TO_POINTER (id));
}

static void
unrealize_cb (GtkWindow *window)
{
  stop_rechecking (window);
  g_object_set_data (G_OBJECT (window), DISABLED_KEY, NULL);
}

#endif

/**
 * kwa_frame_sync_follow_window_manager:
 *
 * Keeps @window's frames from waiting on the X server where no window
 * manager syncs frames, from when it is realized until it is unrealized.
 */
void
kwa_frame_sync_follow_window_manager (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

#ifdef GDK_WINDOWING_X11
  g_signal_connect (window, "realize", G_CALLBACK (realized_cb), NULL);
  g_signal_connect (window, "unrealize", G_CALLBACK (unrealize_cb), NULL);
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realized_cb (window);
#endif
}

/**
 * kwa_frame_sync_is_enabled:
 *
 * Returns: whether @window's frames keep in step with the window manager
 *   (%TRUE too where the platform has no such handshake to turn off)
 */
gboolean
kwa_frame_sync_is_enabled (GtkWindow *window)
{
  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  return g_object_get_data (G_OBJECT (window), DISABLED_KEY) == NULL;
}
