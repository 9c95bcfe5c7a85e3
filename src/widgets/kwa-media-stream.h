/* kwa-media-stream.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KWA_TYPE_MEDIA_STREAM (kwa_media_stream_get_type ())

G_DECLARE_FINAL_TYPE (KwaMediaStream, kwa_media_stream, KWA, MEDIA_STREAM, GtkMediaStream)

GtkMediaStream *kwa_media_stream_new      (GFile *file);
gboolean        kwa_media_stream_can_play (void);
gboolean        kwa_media_stream_get_started (KwaMediaStream *self);

G_END_DECLS
