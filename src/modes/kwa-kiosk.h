/* kwa-kiosk.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kwa-kiosk-caption.h"
#include "kwa-kiosk-countdown.h"
#include "kwa-narrator.h"
#include "kwa-kiosk-language-switch.h"
#include "kwa-kiosk-host.h"
#include "kwa-session.h"

G_BEGIN_DECLS

/* Seconds without a touch before "Still there?", when neither the caller
 * nor the kiosk-idle-timeout setting says otherwise. */
#define KWA_KIOSK_DEFAULT_IDLE_TIMEOUT 90
/* Seconds "Still there?" counts down before the kiosk starts over. */
#define KWA_KIOSK_DEFAULT_COUNTDOWN    10
/* Seconds a still mouse pointer stays on screen. */
#define KWA_KIOSK_POINTER_HIDE_DELAY   3

typedef enum
{
  KWA_KIOSK_STATE_ATTRACT,      /* nobody is here: the tour plays by itself */
  KWA_KIOSK_STATE_INTERACTIVE,  /* a visitor is exploring */
  KWA_KIOSK_STATE_COUNTDOWN,    /* "Still there?" before starting over */
} KwaKioskState;

#define KWA_TYPE_KIOSK_STATE (kwa_kiosk_state_get_type ())
GType kwa_kiosk_state_get_type (void);

#define KWA_TYPE_KIOSK (kwa_kiosk_get_type ())

G_DECLARE_FINAL_TYPE (KwaKiosk, kwa_kiosk, KWA, KIOSK, GObject)

KwaKiosk        *kwa_kiosk_new                   (KwaSession     *session,
                                                  KwaKioskHost   *window,
                                                  guint           idle_timeout_seconds);
KwaKioskHost    *kwa_kiosk_get_window            (KwaKiosk       *self);
KwaKioskState    kwa_kiosk_get_state             (KwaKiosk       *self);
gboolean         kwa_kiosk_is_attracting         (KwaKiosk       *self);
guint            kwa_kiosk_get_idle_timeout      (KwaKiosk       *self);
void             kwa_kiosk_set_idle_timeout      (KwaKiosk       *self,
                                                  guint           seconds);
void             kwa_kiosk_set_home_language     (KwaKiosk       *self,
                                                  const char     *tag);
guint            kwa_kiosk_get_countdown_seconds (KwaKiosk       *self);
void             kwa_kiosk_set_countdown_seconds (KwaKiosk       *self,
                                                  guint           seconds);
double           kwa_kiosk_get_time_scale        (KwaKiosk       *self);
void             kwa_kiosk_set_time_scale        (KwaKiosk       *self,
                                                  double          time_scale);
guint            kwa_kiosk_get_stop_index        (KwaKiosk       *self);
guint            kwa_kiosk_get_loop_length       (KwaKiosk       *self);
guint            kwa_kiosk_get_loop_count        (KwaKiosk       *self);
KwaKioskCaption *kwa_kiosk_get_caption           (KwaKiosk       *self);
GtkWidget       *kwa_kiosk_get_caption_revealer  (KwaKiosk       *self);
KwaKioskCountdown *kwa_kiosk_get_countdown       (KwaKiosk       *self);
KwaKioskLanguageSwitch *kwa_kiosk_get_language_switch (KwaKiosk  *self);
KwaNarrator     *kwa_kiosk_get_narrator          (KwaKiosk       *self);
GtkToggleButton *kwa_kiosk_get_mute_button       (KwaKiosk       *self);
void             kwa_kiosk_restart               (KwaKiosk       *self);
void             kwa_kiosk_run_soak              (KwaKiosk       *self,
                                                  guint           n_steps);

G_END_DECLS
