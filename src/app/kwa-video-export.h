/* kwa-video-export.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kwa-animation.h"

G_BEGIN_DECLS

#define KWA_TYPE_VIDEO_EXPORT (kwa_video_export_get_type ())

G_DECLARE_FINAL_TYPE (KwaVideoExport, kwa_video_export, KWA, VIDEO_EXPORT, GObject)

KwaVideoExport *kwa_video_export_new          (KwaMapDocument         *document,
                                               const KwaAnimationSpec *spec,
                                               const KwaRenderOptions *options,
                                               const char             *path);
void            kwa_video_export_start        (KwaVideoExport         *self);
void            kwa_video_export_cancel       (KwaVideoExport         *self);
double          kwa_video_export_get_fraction (KwaVideoExport         *self);
const char     *kwa_video_export_get_path     (KwaVideoExport         *self);

G_END_DECLS
