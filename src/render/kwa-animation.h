/* kwa-animation.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kwa-date.h"
#include "kwa-map-document.h"
#include "kwa-map-renderer.h"

G_BEGIN_DECLS

/* 15 days a second at 30 frames: the war's three years in about 75 s. */
#define KWA_ANIMATION_DEFAULT_FPS              30.0
#define KWA_ANIMATION_DEFAULT_DAYS_PER_SECOND  15.0
#define KWA_ANIMATION_DEFAULT_WIDTH          1920
#define KWA_ANIMATION_DEFAULT_HEIGHT         1080
#define KWA_ANIMATION_MAX_FPS                 120.0

#define KWA_ANIMATION_ERROR (kwa_animation_error_quark ())

typedef enum
{
  KWA_ANIMATION_ERROR_INVALID,       /* a range, a rate or a size that cannot be animated */
  KWA_ANIMATION_ERROR_OUTPUT,        /* an output name that is neither a PNG sequence nor .webm */
  KWA_ANIMATION_ERROR_UNSUPPORTED,   /* WebM, in a build or on a system without GStreamer */
  KWA_ANIMATION_ERROR_WRITE,         /* a frame or the video could not be written */
} KwaAnimationError;

typedef enum
{
  KWA_ANIMATION_OUTPUT_PNG_SEQUENCE,
  KWA_ANIMATION_OUTPUT_WEBM,
} KwaAnimationOutput;

/* What to animate: the days, how fast, and how large. */
typedef struct
{
  KwaDate start;             /* the first frame's day */
  KwaDate end;               /* the last frame's day, on or after @start */
  double  fps;               /* frames per second of the video */
  double  days_per_second;   /* how many days one second of video covers */
  int     width;             /* pixels */
  int     height;
} KwaAnimationSpec;

/* Called after each frame is written, and once more when the video is
 * complete (@done == @total), in the thread that called
 * kwa_animation_write(). */
typedef void (*KwaAnimationProgressFunc) (guint    done,
                                          guint    total,
                                          gpointer user_data);

GQuark   kwa_animation_error_quark       (void);
void     kwa_animation_spec_init_default (KwaAnimationSpec        *spec);
gboolean kwa_animation_spec_validate     (const KwaAnimationSpec  *spec,
                                          GError                 **error);
guint    kwa_animation_spec_get_n_frames (const KwaAnimationSpec  *spec);
double   kwa_animation_spec_get_time     (const KwaAnimationSpec  *spec,
                                          guint                    frame);
gboolean kwa_animation_output_for_path   (const char              *path,
                                          KwaAnimationOutput      *output,
                                          GError                 **error);
char    *kwa_animation_frame_path        (const char              *path,
                                          guint                    frame);
gboolean kwa_animation_can_write_webm    (GError                 **error);
gboolean kwa_animation_write             (KwaMapDocument          *document,
                                          const KwaAnimationSpec  *spec,
                                          const KwaRenderOptions  *options,
                                          const char              *path,
                                          KwaAnimationProgressFunc progress,
                                          gpointer                 user_data,
                                          GCancellable            *cancellable,
                                          GError                 **error);

G_END_DECLS
