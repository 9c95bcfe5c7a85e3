/* kwa-record-check.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kwa-atlas.h"

G_BEGIN_DECLS

/* How deep in ground its side does not hold an arrow's head may lie, in
 * km, before it contradicts the fronts: arrows are drawn at the scale of
 * divisions, and a division's spearhead stands a few kilometres into
 * contested ground. */
#define KWA_RECORD_CHECK_ARROW_DEPTH_KM 15.0

/* How near its path a recorded place must lie for an arrow to pass it:
 * the town on the road the arrow follows. */
#define KWA_RECORD_CHECK_PLACE_ON_PATH_KM 6.0

GPtrArray *kwa_record_check (KwaAtlas   *atlas,
                             const char *file_name);

G_END_DECLS
