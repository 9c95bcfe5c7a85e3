/* kwa-kiosk-overlay.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-kiosk-caption.h"
#include "kwa-kiosk-countdown.h"
#include "kwa-kiosk-language-switch.h"

G_BEGIN_DECLS

#define KWA_TYPE_KIOSK_OVERLAY (kwa_kiosk_overlay_get_type ())

G_DECLARE_FINAL_TYPE (KwaKioskOverlay, kwa_kiosk_overlay, KWA, KIOSK_OVERLAY, GtkWidget)

GtkWidget              *kwa_kiosk_overlay_new                  (void);
KwaKioskCaption        *kwa_kiosk_overlay_get_caption          (KwaKioskOverlay *self);
GtkWidget              *kwa_kiosk_overlay_get_caption_revealer (KwaKioskOverlay *self);
KwaKioskCountdown      *kwa_kiosk_overlay_get_countdown        (KwaKioskOverlay *self);
KwaKioskLanguageSwitch *kwa_kiosk_overlay_get_language_switch  (KwaKioskOverlay *self);
GtkToggleButton        *kwa_kiosk_overlay_get_mute_button      (KwaKioskOverlay *self);
GtkWidget              *kwa_kiosk_overlay_get_corner           (KwaKioskOverlay *self);
void                    kwa_kiosk_overlay_show                 (KwaKioskOverlay *self,
                                                                gboolean         caption,
                                                                gboolean         countdown);
void                    kwa_kiosk_overlay_set_compact          (KwaKioskOverlay *self,
                                                                gboolean         compact);

G_END_DECLS
