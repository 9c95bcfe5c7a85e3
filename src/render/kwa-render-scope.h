/* kwa-render-scope.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "kwa-basemap-cache.h"
#include "kwa-damage.h"
#include "kwa-hatching.h"
#include "kwa-hit-index.h"
#include "kwa-land-cells.h"
#include "kwa-label-placer.h"
#include "kwa-map-palette.h"
#include "kwa-map-renderer.h"
#include "kwa-polyline-stroke.h"
#include "kwa-shape-fill.h"
#include "kwa-sprite-cache.h"
#include "kwa-text-painter.h"

G_BEGIN_DECLS

/* The frame's own words, translated on the caller's thread before any
 * band is drawn (gettext switches the environment: see kwa_gettext_in()). */
typedef struct
{
  const char *front_line;
  const char *dividing_line;   /* the front's entry before the war */
  const char *front_line_earlier;
  const char *uncertain;
  const char *movements_of;      /* a printf format: the side's name */
  const char *event;
  const char *event_now;
  const char *parallel;
  const char *mdl;
  const char *dmz;
  const char *legend;
} KwaRenderWords;

/* What every layer draws with: the frame, and the renderer's caches and
 * records, borrowed for the frame. One per renderer and frame (or band),
 * so that the two bands of a frame share nothing they write. */
typedef struct
{
  /* The frame */
  cairo_t                *cr;
  const KwaViewport      *viewport;
  KwaScene               *scene;       /* nullable: the basemap alone */
  const KwaRenderOptions *options;
  const KwaMapPalette    *palette;
  double                  ui_scale;    /* see kwa_render_scope_get_ui_scale() */

  /* Borrowed from the renderer */
  KwaBasemapCache        *basemap;
  KwaTextPainter         *text;
  KwaSpriteCache         *sprites;     /* markers, dots and the legend */
  KwaShapeFill           *shapes;      /* filled straight into image targets */
  KwaPolylineStroke      *strokes;     /* lines stroked straight into image targets */
  KwaHatching            *hatching;
  KwaLabelPlacer         *labels;
  KwaHitIndex            *hits;
  const KwaRenderWords   *words;

  /* Drawn over the last frame: the land composed only in these cells (see
   * kwa_map_renderer_draw_changes()); %NULL: everywhere */
  const KwaDamage        *restore;
  /* and copied back from the land kept elsewhere under the last frame's
   * overlays (see kwa-land-cells.c); %NULL with restore */
  KwaLandCells           *land_kept;
  /* Drawn over the last frame with the hatching as it was: hatched only in
   * these cells (the land put back), the rest still holding it; %NULL:
   * wherever it lies */
  const KwaDamage        *hatch_only;
  /* Where the hatching is drawn, marked apart from the other overlays'
   * ink; %NULL: with it */
  KwaDamage              *hatch_ink;

  /* The legend, laid out once a frame: before the labels, which keep
   * clear of it, and drawn after them (layers/kwa-legend-layer.c) */
  struct _KwaLegendLayout *legend;

  /* The place names placed before the movements and drawn after them,
   * shaped once (layers/kwa-places-layer.c) */
  GArray                 *place_names;

  /* Where the date card and the legend were drawn, for the renderer to
   * tell (empty when they were not) */
  cairo_rectangle_t      *date_card;
  cairo_rectangle_t      *legend_box;
} KwaRenderScope;

/* How far, in device pixels, a point of a stroked line may move when the
 * line is simplified for a raster: too little to see. */
#define KWA_STROKE_TOLERANCE 0.2

double        kwa_render_scope_get_ui_scale        (const KwaViewport      *viewport,
                                                    const KwaRenderOptions *options);

double        kwa_render_scope_get_label_size      (const KwaViewport      *viewport,
                                                    const KwaRenderOptions *options,
                                                    double                  base_size);
/* The desk sizes of the map's labels, before any scaling. */
#define KWA_PLACE_LABEL_SIZE_CAPITAL 15.5
#define KWA_PLACE_LABEL_SIZE_MAJOR   13.5
#define KWA_PLACE_LABEL_SIZE         12.0
#define KWA_UNIT_LABEL_SIZE          11.5

void          kwa_render_set_color                 (cairo_t                *cr,
                                                    const KwaColor         *color,
                                                    double                  alpha);
void          kwa_render_fill_panel                (cairo_t                *cr,
                                                    const KwaMapPalette    *palette,
                                                    double                  x,
                                                    double                  y,
                                                    double                  width,
                                                    double                  height,
                                                    double                  radius);
cairo_font_options_t *kwa_render_target_font_options (cairo_t              *cr);

const KwaSide *kwa_render_scope_get_side           (const KwaRenderScope   *scope,
                                                    KwaSideId               side);
void          kwa_render_scope_to_pixel            (const KwaRenderScope   *scope,
                                                    const KwaMapPoint      *point,
                                                    double                 *x,
                                                    double                 *y);
KwaMapPoint  *kwa_render_scope_to_pixels           (const KwaRenderScope   *scope,
                                                    const KwaMapPoint      *points,
                                                    guint                   n_points);
void          kwa_render_scope_trace_polyline      (const KwaRenderScope   *scope,
                                                    const KwaMapPoint      *points,
                                                    guint                   n_points);
void          kwa_render_scope_trace_polygon       (const KwaRenderScope   *scope,
                                                    const KwaMapPoint      *points,
                                                    guint                   n_points);
void          kwa_render_scope_trace_stroke_line   (const KwaRenderScope   *scope,
                                                    const KwaMapPoint      *points,
                                                    guint                   n_points);
void          kwa_render_scope_draw_text           (const KwaRenderScope   *scope,
                                                    KwaShapedText          *text,
                                                    double                  x,
                                                    double                  y,
                                                    const KwaColor         *ink,
                                                    double                  halo_width,
                                                    double                  alpha);
void          kwa_render_scope_prepare_text        (const KwaRenderScope   *scope,
                                                    KwaShapedText          *text,
                                                    const KwaColor         *ink,
                                                    double                  halo_width);

gboolean      kwa_render_scope_draws_one_unit_per_pixel (const KwaRenderScope  *scope,
                                                         cairo_rectangle_int_t *clip);
gboolean      kwa_render_scope_draws_view_rows     (const KwaRenderScope   *scope,
                                                    int                    *first_row,
                                                    int                    *end_row);
KwaShapeFill *kwa_render_scope_direct_fill_begin   (const KwaRenderScope   *scope,
                                                    cairo_rectangle_int_t  *clip);
void          kwa_render_scope_stroke_line_directly (const KwaRenderScope       *scope,
                                                     const KwaMapPoint          *points,
                                                     guint                       n_points,
                                                     const KwaStrokePen         *pens,
                                                     guint                       n_pens,
                                                     const cairo_rectangle_int_t *clip);

gboolean      kwa_render_scope_can_paint_sprites   (const KwaRenderScope   *scope);
void          kwa_render_paint_sprite              (cairo_t                     *cr,
                                                    cairo_surface_t             *sprite,
                                                    const cairo_rectangle_int_t *extent,
                                                    double                       x,
                                                    double                       y,
                                                    double                       alpha);
gboolean      kwa_render_scope_paint_symbol_sprite (const KwaRenderScope   *scope,
                                                    gboolean                as_sprite,
                                                    gconstpointer           key,
                                                    gsize                   key_size,
                                                    double                  reach,
                                                    KwaSpriteDrawFunc       draw,
                                                    double                  x,
                                                    double                  y,
                                                    double                  alpha);

G_END_DECLS
