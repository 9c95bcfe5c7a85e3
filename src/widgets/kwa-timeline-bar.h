/* kwa-timeline-bar.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-time-scale.h"
#include "kwa-timeline.h"

G_BEGIN_DECLS

#define KWA_TYPE_TIMELINE_BAR (kwa_timeline_bar_get_type ())

G_DECLARE_FINAL_TYPE (KwaTimelineBar, kwa_timeline_bar, KWA, TIMELINE_BAR, GtkWidget)

GtkWidget    *kwa_timeline_bar_new                (KwaTimeline    *timeline);
KwaTimeline  *kwa_timeline_bar_get_timeline       (KwaTimelineBar *self);
void          kwa_timeline_bar_set_timeline       (KwaTimelineBar *self,
                                                   KwaTimeline    *timeline);
KwaLanguage   kwa_timeline_bar_get_language       (KwaTimelineBar *self);
void          kwa_timeline_bar_set_language       (KwaTimelineBar *self,
                                                   KwaLanguage     language);
gboolean      kwa_timeline_bar_get_nonlinear      (KwaTimelineBar *self);
void          kwa_timeline_bar_set_nonlinear      (KwaTimelineBar *self,
                                                   gboolean        nonlinear);
void          kwa_timeline_bar_set_kiosk          (KwaTimelineBar *self,
                                                  gboolean        kiosk);
void          kwa_timeline_bar_scrub_to_fraction  (KwaTimelineBar *self,
                                                   double          fraction);

G_END_DECLS
