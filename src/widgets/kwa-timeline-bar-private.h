/* kwa-timeline-bar-private.h: what tests look at inside, which the app never needs
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-timeline-bar.h"

G_BEGIN_DECLS

KwaTimeScale *kwa_timeline_bar_get_time_scale     (KwaTimelineBar *self);
GtkWidget    *kwa_timeline_bar_get_track          (KwaTimelineBar *self);

G_END_DECLS
