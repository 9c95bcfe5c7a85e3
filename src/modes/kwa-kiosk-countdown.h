/* kwa-kiosk-countdown.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-language.h"

G_BEGIN_DECLS

#define KWA_TYPE_KIOSK_COUNTDOWN (kwa_kiosk_countdown_get_type ())

G_DECLARE_FINAL_TYPE (KwaKioskCountdown, kwa_kiosk_countdown, KWA, KIOSK_COUNTDOWN, GtkWidget)

GtkWidget   *kwa_kiosk_countdown_new          (void);
guint        kwa_kiosk_countdown_get_seconds  (KwaKioskCountdown *self);
void         kwa_kiosk_countdown_set_seconds  (KwaKioskCountdown *self,
                                               guint              seconds);
KwaLanguage  kwa_kiosk_countdown_get_language (KwaKioskCountdown *self);
void         kwa_kiosk_countdown_set_language (KwaKioskCountdown *self,
                                               KwaLanguage        language);

void         kwa_kiosk_countdown_set_second_language (KwaKioskCountdown *self,
                                                      KwaLanguage        language);

G_END_DECLS
