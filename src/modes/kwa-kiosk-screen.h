/* kwa-kiosk-screen.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KWA_TYPE_KIOSK_SCREEN (kwa_kiosk_screen_get_type ())

G_DECLARE_FINAL_TYPE (KwaKioskScreen, kwa_kiosk_screen, KWA, KIOSK_SCREEN, GObject)

KwaKioskScreen *kwa_kiosk_screen_new          (GtkWindow      *window,
                                               GSettings      *settings,
                                               guint           pointer_hide_delay);
gboolean        kwa_kiosk_screen_get_compact  (KwaKioskScreen *self);
void            kwa_kiosk_screen_refit        (KwaKioskScreen *self);
void            kwa_kiosk_screen_show_pointer (KwaKioskScreen *self);
void            kwa_kiosk_screen_release      (KwaKioskScreen *self,
                                               gboolean        restore);

G_END_DECLS
