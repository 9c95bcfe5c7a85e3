/* kwa-room-scale.c: a kiosk on a 4K screen looks like one on 1080p, doubled
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-room-scale"

#include "config.h"

#include <gtk/gtk.h>

#include "kwa-room-scale.h"

/* A screen at least this tall is drawn at scale 2. */
#define ROOM_DOUBLE_HEIGHT 2000

/* GTK 4.8 has no way to change a display's scale once it is open: on X11
 * the scale is the GDK_SCALE environment variable, read when a display
 * opens (or the Xft/DPI the X settings manager gives, which a bare kiosk
 * X server has none of); on Wayland the compositor gives it (cage follows
 * the output's scale) and GDK_SCALE is ignored. GtkSettings'
 * gtk-xft-dpi scales only the text, not the padding, icons and map the
 * text sits in.
 *
 * So before the application opens its display, a kiosk on X11 without a
 * GDK_SCALE of its own opens a short-lived display of its own to look at
 * the monitors; when the tallest is 2160 px (4K), GDK_SCALE=2 is set and
 * that display closed. The application's display, opened next, reads it:
 * every widget, the map's labels and lines (its device scale) are then
 * the 1080p kiosk's, doubled. An administrator's GDK_SCALE always wins. */
void
kwa_room_scale_prepare (int    argc,
                        char **argv)
{
  gboolean kiosk = FALSE;
  GdkDisplay *probe;
  GListModel *monitors;
  int tallest = 0;

  for (int i = 1; i < argc; i++)
    kiosk |= g_strcmp0 (argv[i], "--kiosk") == 0;

  if (!kiosk || g_getenv ("GDK_SCALE") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL ||
      g_getenv ("DISPLAY") == NULL || (probe = gdk_display_open (NULL)) == NULL)
    return;

  monitors = gdk_display_get_monitors (probe);
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      tallest = MAX (tallest, geometry.height * gdk_monitor_get_scale_factor (monitor));
    }
  gdk_display_close (probe);

  if (tallest >= ROOM_DOUBLE_HEIGHT)
    {
      g_debug ("A %d px tall screen: the kiosk is drawn at scale 2", tallest);
      g_setenv ("GDK_SCALE", "2", TRUE);
    }
}
