/* kwa-tour-player.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kwa-timeline.h"

G_BEGIN_DECLS

#define KWA_TYPE_TOUR_PLAYER (kwa_tour_player_get_type ())

G_DECLARE_FINAL_TYPE (KwaTourPlayer, kwa_tour_player, KWA, TOUR_PLAYER, GObject)

KwaTourPlayer     *kwa_tour_player_new            (KwaTimeline   *timeline);
KwaTimeline       *kwa_tour_player_get_timeline   (KwaTourPlayer *self);
const KwaTour     *kwa_tour_player_get_tour       (KwaTourPlayer *self);
void               kwa_tour_player_set_tour       (KwaTourPlayer *self,
                                                   const KwaTour *tour);
guint              kwa_tour_player_get_n_stops    (KwaTourPlayer *self);
int                kwa_tour_player_get_stop_index (KwaTourPlayer *self);
const KwaTourStop *kwa_tour_player_get_stop       (KwaTourPlayer *self);
const KwaTourStop *kwa_tour_player_get_next_stop  (KwaTourPlayer *self);
gboolean           kwa_tour_player_go_to          (KwaTourPlayer *self,
                                                   int            index);
gboolean           kwa_tour_player_next           (KwaTourPlayer *self);
gboolean           kwa_tour_player_previous       (KwaTourPlayer *self);
void               kwa_tour_player_restart        (KwaTourPlayer *self);
gboolean           kwa_tour_player_sweep_to       (KwaTourPlayer *self,
                                                   int            index,
                                                   double         time_scale);
gboolean           kwa_tour_player_tick           (KwaTourPlayer *self,
                                                   gint64         frame_time_us);
void               kwa_tour_player_stop_sweep     (KwaTourPlayer *self);
gboolean           kwa_tour_player_get_sweeping   (KwaTourPlayer *self);

double             kwa_tour_sweep_seconds         (double         days);

G_END_DECLS
