/* kwa-room-scale.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void kwa_room_scale_prepare (int    argc,
                             char **argv);

G_END_DECLS
