/* kwa-timeline-track-private.h: what the parts of the timeline track share
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-timeline-track.h"
#include "kwa-track-geometry.h"

G_BEGIN_DECLS

struct _KwaTimelineTrack
{
  GtkWidget        parent_instance;

  /* Children */
  GtkWidget       *thumb;

  /* Owned */
  KwaTimeline     *timeline;
  GSignalGroup    *timeline_signals;
  KwaTimeScale    *scale;
  GskRenderNode   *static_node;     /* NULL when it must be drawn again */
  int              line_height;     /* of the labels' font; 0 when it must be measured again */

  /* Borrowed from the timeline's exhibit */
  const KwaEvent  *hover_event;
  const KwaEvent  *pressed_event;

  KwaLanguage      language;
  KwaDate          announced_date;  /* the date accessibility last heard */

  /* Dragging */
  double           drag_start_x;
  double           drag_start_y;
  gboolean         drag_moved;
  gboolean         was_playing;

  double           scroll_remainder;
};

/* kwa-timeline-track.c: what every part needs */
KwaExhibit     *kwa_timeline_track_get_exhibit              (KwaTimelineTrack *self);
void            kwa_timeline_track_compute_geometry         (KwaTimelineTrack *self,
                                                             KwaTrackGeometry *g);

/* kwa-timeline-track-snapshot.c: the recorded layer and the live one */
void            kwa_timeline_track_snapshot                 (GtkWidget        *widget,
                                                             GtkSnapshot      *snapshot);
void            kwa_timeline_track_invalidate_static_layer  (KwaTimelineTrack *self);
PangoLayout    *kwa_timeline_track_create_phase_label       (KwaTimelineTrack *self,
                                                             guint             index,
                                                             double            room);

/* kwa-timeline-track-input.c: drag, tap, hover and wheel */
void            kwa_timeline_track_init_input               (KwaTimelineTrack *self);

/* For tests: what they look at inside. */
const KwaEvent *kwa_timeline_track_event_at           (KwaTimelineTrack *self,
                                                       double            x,
                                                       double            y);
gboolean        kwa_timeline_track_get_event_tick     (KwaTimelineTrack *self,
                                                       const KwaEvent   *event,
                                                       graphene_point_t *out_point);
char           *kwa_timeline_track_get_phase_label    (KwaTimelineTrack *self,
                                                       guint             index);

G_END_DECLS
