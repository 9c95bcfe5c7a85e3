/* kwa-timeline-track.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-time-scale.h"
#include "kwa-timeline.h"

G_BEGIN_DECLS

/* The drawn part of KwaTimelineBar: phase bands, calendar marks, event
 * ticks and the thumb. Private to the bar, which owns the scale. */

#define KWA_TYPE_TIMELINE_TRACK (kwa_timeline_track_get_type ())

G_DECLARE_FINAL_TYPE (KwaTimelineTrack, kwa_timeline_track, KWA, TIMELINE_TRACK, GtkWidget)

GtkWidget      *kwa_timeline_track_new                (void);
void            kwa_timeline_track_set_timeline       (KwaTimelineTrack *self,
                                                       KwaTimeline      *timeline);
void            kwa_timeline_track_set_scale          (KwaTimelineTrack *self,
                                                       KwaTimeScale     *scale);
KwaTimeScale   *kwa_timeline_track_get_scale          (KwaTimelineTrack *self);
void            kwa_timeline_track_set_language       (KwaTimelineTrack *self,
                                                       KwaLanguage       language);
void            kwa_timeline_track_scrub_to_fraction  (KwaTimelineTrack *self,
                                                       double            fraction);
double          kwa_timeline_track_fraction_to_x      (KwaTimelineTrack *self,
                                                       double            fraction);
double          kwa_timeline_track_x_to_fraction      (KwaTimelineTrack *self,
                                                       double            x);

G_END_DECLS
