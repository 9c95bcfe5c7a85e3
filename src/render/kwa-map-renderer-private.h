/* kwa-map-renderer-private.h: what the renderer's files share, and what
 * tests may set or look at that the app never does
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-frame-changes.h"
#include "kwa-map-renderer.h"
#include "kwa-render-scope.h"
#include "kwa-render-worker.h"

G_BEGIN_DECLS

/* Which labels kwa_map_renderer_prepare_labels() has made, and for what
 * (kwa-map-renderer-labels.c) */
typedef struct _KwaLabelsMade KwaLabelsMade;

struct _KwaMapRenderer
{
  GObject            parent_instance;

  /* Owned: what the layers keep between frames (see KwaRenderScope) */
  KwaBasemapCache   *cache;
  KwaTextPainter    *text;
  KwaSpriteCache    *sprites;
  KwaShapeFill      *shapes;
  KwaPolylineStroke *strokes;
  KwaHatching       *hatching;
  double             cached_scale;       /* the ui scale text and sprites were made at */
  KwaLabelsMade     *labels_made;        /* nullable: none made ahead */

  /* What the last frame drew where, for hit testing */
  KwaLabelPlacer    *labels;
  KwaHitIndex       *hits;
  cairo_rectangle_t  date_card;   /* the last frame's, or empty */
  cairo_rectangle_t  legend_box;  /* the last frame's, or empty */

  /* Translated on the caller's thread before any band is drawn */
  KwaRenderWords     words;

  /* Frames drawn over the last: see kwa_map_renderer_draw_changes() */
  KwaFrameChanges   *changes;
  KwaDamage         *ink;                /* where this frame's overlays drew … */
  KwaDamage         *band_ink;           /* … and the lower band's */
  gboolean           marks_hatch;        /* the hatching's ink apart, in … */
  KwaDamage         *hatch_ink;          /* … this (the lower band's, in the band helper's) */
  const KwaDamage   *hatch_only;         /* the hatching as the last frame's: see KwaRenderScope */
  const KwaDamage   *restore;            /* for the frame being drawn: all of it, */
  const KwaDamage   *restore_compose;    /* the land composed, the rest copied from */
  KwaLandCells      *land_kept;
  guint              last_composed;      /* cells of land composed in the last frame over the last */

  /* Image frames drawn in two bands at once: see draw_in_bands() */
  guint              max_threads;
  KwaMapRenderer    *band_helper;        /* draws the lower band … */
  KwaRenderWorker   *worker;             /* … on this thread */
  double             band_split;         /* where the bands meet, a fraction of the height */
  gboolean           band_split_fixed;   /* by a test: not balanced */
  gboolean           one_band;           /* the second core is busy: see choose_bands() */
  guint              late_frames;        /* in a row, the worker's band later than the caller's */
  guint              frames_in_one_band; /* since two bands were last tried */
};

/* kwa-map-renderer.c */
void     kwa_map_renderer_init_scope     (KwaMapRenderer          *self,
                                          KwaRenderScope          *scope,
                                          cairo_t                 *cr,
                                          const KwaViewport       *viewport,
                                          KwaScene                *scene,
                                          const KwaRenderOptions  *options);
void     kwa_map_renderer_drop_caches_of_other_scales (KwaMapRenderer *self,
                                                       double          scale);
gboolean kwa_map_renderer_draw_frame     (KwaMapRenderer          *self,
                                          cairo_t                 *cr,
                                          const KwaViewport       *viewport,
                                          KwaScene                *scene,
                                          const KwaRenderOptions  *options,
                                          GError                 **error);

/* kwa-map-renderer-labels.c */
void     kwa_labels_made_free            (KwaLabelsMade           *self);

/* kwa-map-renderer-bands.c */
void     kwa_map_renderer_ensure_band_helper (KwaMapRenderer      *self);
gboolean kwa_map_renderer_draws_in_bands (KwaMapRenderer          *self,
                                          cairo_t                 *cr,
                                          const KwaViewport       *viewport,
                                          KwaScene                *scene,
                                          const KwaRenderOptions  *options);
gboolean kwa_map_renderer_draw_in_bands  (KwaMapRenderer          *self,
                                          cairo_t                 *cr,
                                          const KwaViewport       *viewport,
                                          KwaScene                *scene,
                                          const KwaRenderOptions  *options,
                                          GError                 **error);

/* For tests: the bands meet at @split of the height, from now on. */
void kwa_map_renderer_set_band_split (KwaMapRenderer *self,
                                      double          split);

/* For tests: what they look at inside. */
KwaBasemapCache  *kwa_map_renderer_get_cache   (KwaMapRenderer         *self);
const KwaMapLabel *kwa_map_renderer_get_labels (KwaMapRenderer         *self,
                                                guint                  *n_labels);
const KwaMapLabel *kwa_map_renderer_get_obstacles (KwaMapRenderer       *self,
                                                   guint                *n_obstacles);
gboolean           kwa_map_renderer_get_legend_box (KwaMapRenderer      *self,
                                                    cairo_rectangle_t   *bounds);
gboolean           kwa_map_renderer_get_date_card (KwaMapRenderer       *self,
                                                   cairo_rectangle_t    *bounds);
guint64            kwa_map_renderer_get_shaped_chars (KwaMapRenderer    *self);
guint64            kwa_map_renderer_get_halos_stroked (KwaMapRenderer   *self);
guint              kwa_map_renderer_get_composed_cells (KwaMapRenderer  *self);

G_END_DECLS
