/* kwa-kiosk-host.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-map-view.h"

G_BEGIN_DECLS

#define KWA_TYPE_KIOSK_HOST (kwa_kiosk_host_get_type ())

G_DECLARE_INTERFACE (KwaKioskHost, kwa_kiosk_host, KWA, KIOSK_HOST, GtkWindow)

struct _KwaKioskHostInterface
{
  GTypeInterface parent_iface;

  KwaMapView *(*get_map_view)         (KwaKioskHost *self);
  GtkOverlay *(*get_map_overlay)      (KwaKioskHost *self);
  void        (*set_follow_selection) (KwaKioskHost *self,
                                       gboolean      follow);
  void        (*reset_panels)         (KwaKioskHost *self);
};

KwaMapView *kwa_kiosk_host_get_map_view         (KwaKioskHost *self);
GtkOverlay *kwa_kiosk_host_get_map_overlay      (KwaKioskHost *self);
void        kwa_kiosk_host_set_follow_selection (KwaKioskHost *self,
                                                 gboolean      follow);
void        kwa_kiosk_host_reset_panels         (KwaKioskHost *self);

G_END_DECLS
