/* kwa-frame-pacer.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-playback.h"

G_BEGIN_DECLS

#define KWA_TYPE_FRAME_PACER (kwa_frame_pacer_get_type ())

G_DECLARE_FINAL_TYPE (KwaFramePacer, kwa_frame_pacer, KWA, FRAME_PACER, GObject)

KwaFramePacer *kwa_frame_pacer_new        (GtkApplication *application,
                                           KwaPlayback    *playback);
GtkWidget     *kwa_frame_pacer_get_window (KwaFramePacer  *self);

G_END_DECLS
