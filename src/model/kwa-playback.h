/* kwa-playback.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kwa-timeline.h"

G_BEGIN_DECLS

#define KWA_TYPE_PLAYBACK (kwa_playback_get_type ())

G_DECLARE_FINAL_TYPE (KwaPlayback, kwa_playback, KWA, PLAYBACK, GObject)

KwaPlayback *kwa_playback_new          (KwaTimeline *timeline);
KwaTimeline *kwa_playback_get_timeline (KwaPlayback *self);
gboolean     kwa_playback_get_running  (KwaPlayback *self);
void         kwa_playback_tick         (KwaPlayback *self,
                                        gint64       frame_time_us);

G_END_DECLS
