/* kwa-test-render.h: what the renderer's tests share — drawing a day of
 * the bundled exhibit into an image, and comparing images.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "kwa-test-languages.h"
#include "kwa-map-document.h"
#include "kwa-map-renderer-private.h"

G_BEGIN_DECLS

/* A pixel differs when a channel is off by more than this. */
#define KWA_TEST_CHANNEL_TOLERANCE 8

double           kwa_test_compare_images (cairo_surface_t        *drawn,
                                          cairo_surface_t        *reference,
                                          cairo_surface_t        *diff);
cairo_surface_t *kwa_test_draw_scene     (KwaMapRenderer         *renderer,
                                          const KwaViewport      *viewport,
                                          KwaScene               *scene,
                                          const KwaRenderOptions *options,
                                          gboolean                through_recording);
cairo_surface_t *kwa_test_render_day     (KwaMapDocument         *document,
                                          KwaMapRenderer         *renderer,
                                          const KwaViewport      *viewport,
                                          const char             *day,
                                          gboolean                through_recording,
                                          KwaMapLayers            layers);
KwaDate          kwa_test_day            (const char             *iso);
void             kwa_test_fit_view       (KwaMapDocument         *document,
                                          int                     width,
                                          int                     height,
                                          double                  zoom,
                                          KwaViewport            *viewport);

G_END_DECLS
