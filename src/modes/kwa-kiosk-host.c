/* kwa-kiosk-host.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk"

#include "config.h"

#include "kwa-kiosk-host.h"

/**
 * KwaKioskHost:
 *
 * The window a kiosk takes over, as far as the kiosk needs to know it:
 * the map it frames tour stops on, the overlay it puts its caption and
 * countdown on, and the two things it asks of the window's behaviour.
 * The application's main window implements it, so the modes need no
 * header of the application's (the build forbids the include), and a
 * test can give the kiosk a window of its own.
 */
G_DEFINE_INTERFACE (KwaKioskHost, kwa_kiosk_host, GTK_TYPE_WINDOW)

static void
kwa_kiosk_host_default_init (KwaKioskHostInterface *iface)
{
}

KwaMapView *
kwa_kiosk_host_get_map_view (KwaKioskHost *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_HOST (self), NULL);

  return KWA_KIOSK_HOST_GET_IFACE (self)->get_map_view (self);
}

/* Where the kiosk puts its own layers over the map. */
GtkOverlay *
kwa_kiosk_host_get_map_overlay (KwaKioskHost *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_HOST (self), NULL);

  return KWA_KIOSK_HOST_GET_IFACE (self)->get_map_overlay (self);
}

/* Whether the map glides to each event chosen on the timeline: off while
 * the kiosk frames a stop itself, so the map makes one move, not two. */
void
kwa_kiosk_host_set_follow_selection (KwaKioskHost *self,
                                     gboolean      follow)
{
  g_return_if_fail (KWA_IS_KIOSK_HOST (self));

  KWA_KIOSK_HOST_GET_IFACE (self)->set_follow_selection (self, follow);
}

/* Back to how the window opened, for the next visitor. */
void
kwa_kiosk_host_reset_panels (KwaKioskHost *self)
{
  g_return_if_fail (KWA_IS_KIOSK_HOST (self));

  KWA_KIOSK_HOST_GET_IFACE (self)->reset_panels (self);
}
