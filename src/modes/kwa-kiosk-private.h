/* kwa-kiosk-private.h: what the kiosk's files share
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-kiosk.h"
#include "kwa-kiosk-input.h"
#include "kwa-kiosk-lockdown.h"
#include "kwa-kiosk-overlay.h"
#include "kwa-kiosk-screen.h"
#include "kwa-narrator.h"
#include "kwa-tour-player.h"

G_BEGIN_DECLS

struct _KwaKiosk
{
  GObject                 parent_instance;

  /* Borrowed: the kiosk lives on the window, not the other way round;
   * cleared when the window is destroyed */
  KwaKioskHost           *window;

  /* Owned */
  KwaSession             *session;          /* the document, clock and language it shows */
  GSettings              *settings;         /* NULL without an installed schema */
  KwaTourPlayer          *player;           /* the tour, and the stop the loop shows */
  KwaNarrator            *narrator;         /* the stop's voice (kwa-kiosk-voice.c) */
  GStrv                   tour_ids;         /* the attract loop's tours, in order (kiosk-tours) */
  guint                   tour_position;    /* which of them is playing */
  /* Owned while the kiosk holds the window */
  KwaKioskScreen         *screen;
  KwaKioskInput          *input;
  KwaKioskLockdown       *lockdown;
  KwaKioskOverlay        *overlay;
  GBinding               *language_binding;

  KwaKioskState           state;
  guint                   loop_count;
  guint                   idle_timeout;      /* seconds */
  gboolean                idle_timeout_set;  /* by the caller, not the setting */
  guint                   countdown_seconds;
  guint                   countdown_left;
  double                  time_scale;
  KwaLanguage             started_language;
  char                   *home_language_tag;  /* kiosk-language, or the caller's; nullable */
  gboolean                home_language_set;  /* by the caller (--lang), not the setting */
  KwaMapLayers            home_layers;
  gboolean                legend_was_collapsed;  /* the window's, given back when the kiosk lets go */
  gint64                  last_input_time;   /* monotonic µs */

  guint                   stop_source_id;
  guint                   frame_tick_id;
  guint                   sweep_tick_id;     /* on the map view, while the date sweeps */
  guint                   idle_source_id;
  guint                   countdown_source_id;
};

static inline KwaTimeline *
kwa_kiosk_timeline (KwaKiosk *self)
{
  return kwa_session_get_timeline (self->session);
}

static inline KwaLanguage
kwa_kiosk_language (KwaKiosk *self)
{
  return kwa_session_get_language (self->session);
}

/* kwa-kiosk.c */
void  kwa_kiosk_set_state              (KwaKiosk      *self,
                                        KwaKioskState  state);
KwaLanguage kwa_kiosk_get_home_language (KwaKiosk     *self);
void  kwa_kiosk_show_countdown_language (KwaKiosk          *self,
                                         KwaKioskCountdown *countdown);

/* kwa-kiosk-attach.c */
void  kwa_kiosk_attach                 (KwaKiosk      *self);
void  kwa_kiosk_detach                 (KwaKiosk      *self,
                                        gboolean       restore);
void  kwa_kiosk_show_state             (KwaKiosk      *self);

/* kwa-kiosk-states.c */
guint kwa_kiosk_current_index          (KwaKiosk      *self);
guint kwa_kiosk_n_stops                (KwaKiosk      *self);
void  kwa_kiosk_lookup_tour            (KwaKiosk      *self);
void  kwa_kiosk_reload_tour            (KwaKiosk      *self);
guint kwa_kiosk_playlist_length        (KwaKiosk      *self);
void  kwa_kiosk_show_stop              (KwaKiosk      *self,
                                        guint          index,
                                        gboolean       animate);
void  kwa_kiosk_advance                (KwaKiosk      *self,
                                        gboolean       animate);
void  kwa_kiosk_stop_sweep             (KwaKiosk      *self);
void  kwa_kiosk_schedule_next_stop     (KwaKiosk      *self);
void  kwa_kiosk_arm_next_stop          (KwaKiosk      *self,
                                        double         seconds);
void  kwa_kiosk_update_caption         (KwaKiosk      *self);
void  kwa_kiosk_stop_sources           (KwaKiosk      *self);
void  kwa_kiosk_wait_for_idle_deadline (KwaKiosk      *self);
void  kwa_kiosk_start_attract          (KwaKiosk      *self,
                                        gboolean       reset);
void  kwa_kiosk_visitor_input          (KwaKiosk      *self,
                                        gboolean       takes_over);

/* kwa-kiosk-voice.c */
void     kwa_kiosk_voice_init          (KwaKiosk          *self);
void     kwa_kiosk_voice_attach        (KwaKiosk          *self);
void     kwa_kiosk_voice_show_button   (KwaKiosk          *self);
gboolean kwa_kiosk_voice_speak_stop    (KwaKiosk          *self);
double   kwa_kiosk_voice_stop_seconds  (KwaKiosk          *self,
                                        const KwaTourStop *stop);
void     kwa_kiosk_voice_reset         (KwaKiosk          *self);

G_END_DECLS
