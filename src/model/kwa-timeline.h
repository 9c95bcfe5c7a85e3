/* kwa-timeline.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kwa-exhibit.h"

G_BEGIN_DECLS

#define KWA_TYPE_TIMELINE (kwa_timeline_get_type ())

G_DECLARE_FINAL_TYPE (KwaTimeline, kwa_timeline, KWA, TIMELINE, GObject)

#define KWA_TIMELINE_MIN_SPEED 1.0    /* days per second */
#define KWA_TIMELINE_MAX_SPEED 31.0

KwaTimeline    *kwa_timeline_new                (KwaExhibit  *exhibit);
KwaExhibit     *kwa_timeline_get_exhibit        (KwaTimeline *self);
void            kwa_timeline_set_exhibit        (KwaTimeline *self,
                                                 KwaExhibit  *exhibit);
double          kwa_timeline_get_time           (KwaTimeline *self);
void            kwa_timeline_set_time           (KwaTimeline *self,
                                                 double       time);
KwaDate         kwa_timeline_get_date           (KwaTimeline *self);
void            kwa_timeline_set_date           (KwaTimeline *self,
                                                 KwaDate      date);
KwaDateRange    kwa_timeline_get_range          (KwaTimeline *self);
gboolean        kwa_timeline_get_playing        (KwaTimeline *self);
void            kwa_timeline_set_playing        (KwaTimeline *self,
                                                 gboolean     playing);
double          kwa_timeline_get_speed          (KwaTimeline *self);
void            kwa_timeline_set_speed          (KwaTimeline *self,
                                                 double       days_per_second);
const KwaEvent *kwa_timeline_get_selected_event (KwaTimeline *self);
void            kwa_timeline_select_event       (KwaTimeline *self,
                                                 const KwaEvent *event);
gboolean        kwa_timeline_go_to_event        (KwaTimeline *self,
                                                 const char  *event_id);
gboolean        kwa_timeline_next_event         (KwaTimeline *self);
gboolean        kwa_timeline_previous_event     (KwaTimeline *self);
void            kwa_timeline_step_days          (KwaTimeline *self,
                                                 int          days);
void            kwa_timeline_advance            (KwaTimeline *self,
                                                 double       seconds);

G_END_DECLS
