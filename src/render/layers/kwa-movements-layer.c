/* kwa-movements-layer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-movements-layer"

#include "config.h"

#include <math.h>

#include "kwa-ink.h"
#include "kwa-front-line.h"
#include "kwa-movements-layer.h"

/* Units on the move as tapering arrows in their side's colour, grown as
 * far along their path as they have got, with the unit's name at the
 * head. */

/* The part of @movement's path it has covered, @reach along it, in
 * pixels. */
static void
add_covered_path (KwaRenderScope         *scope,
                  const KwaAtlasMovement *movement,
                  double                  reach,
                  GArray                 *centre)
{
  for (guint i = 0; i < movement->n_points; i++)
    {
      KwaMapPoint p;

      if (movement->distance[i] <= reach)
        {
          kwa_render_scope_to_pixel (scope, &movement->points[i], &p.x, &p.y);
          g_array_append_val (centre, p);
        }
      else
        {
          double t = (reach - movement->distance[i - 1]) /
                     MAX (movement->distance[i] - movement->distance[i - 1], 1e-9);
          KwaMapPoint m = { movement->points[i - 1].x + (movement->points[i].x - movement->points[i - 1].x) * t,
                            movement->points[i - 1].y + (movement->points[i].y - movement->points[i - 1].y) * t };

          kwa_render_scope_to_pixel (scope, &m, &p.x, &p.y);
          g_array_append_val (centre, p);
          break;
        }
    }
}

/* The arrow's outline, in pixels: a ribbon that tapers from the tail to
 * the head, following the path as far as the movement has got. Leaves
 * @outline empty when the arrow is too short to draw. Circles along it
 * go to the hit index, for @record. */
static void
build_arrow_outline (KwaRenderScope         *scope,
                     const KwaAtlasMovement *movement,
                     double                  progress,
                     double                  tail_width,
                     double                  head_width,
                     double                  head_length,
                     gconstpointer           record,
                     GArray                 *outline)
{
  g_autoptr(GArray) centre = g_array_new (FALSE, FALSE, sizeof (KwaMapPoint));
  g_autoptr(GArray) left = NULL;
  g_autoptr(GArray) right = NULL;
  KwaMapHit hit = { KWA_MAP_HIT_MOVEMENT, record };
  KwaMapPoint *px, tip, base_centre, direction;
  double total = 0, along = 0, body_length, length, nx, ny;
  guint n;

  g_array_set_size (outline, 0);

  add_covered_path (scope, movement, movement->length * progress, centre);
  n = centre->len;
  px = (KwaMapPoint *) centre->data;
  if (n < 2)
    return;

  for (guint i = 1; i < n; i++)
    total += hypot (px[i].x - px[i - 1].x, px[i].y - px[i - 1].y);
  if (total < 1)
    return;

  head_length = MIN (head_length, total * 0.6);
  left = g_array_new (FALSE, FALSE, sizeof (KwaMapPoint));
  right = g_array_new (FALSE, FALSE, sizeof (KwaMapPoint));
  tip = px[n - 1];
  base_centre = tip;
  body_length = total - head_length;

  for (guint i = 0; i < n; i++)
    {
      double half;
      KwaMapPoint a = px[i > 0 ? i - 1 : 0], b = px[i + 1 < n ? i + 1 : n - 1];

      if (i > 0)
        along += hypot (px[i].x - px[i - 1].x, px[i].y - px[i - 1].y);
      if (along > body_length && i > 0)
        break;

      nx = -(b.y - a.y);
      ny = b.x - a.x;
      length = hypot (nx, ny);
      if (length < 1e-9)
        continue;
      nx /= length;
      ny /= length;
      half = (tail_width + (head_width * 0.55 - tail_width) * (along / MAX (body_length, 1))) / 2;

      g_array_append_val (left, ((KwaMapPoint) { px[i].x + nx * half, px[i].y + ny * half }));
      g_array_append_val (right, ((KwaMapPoint) { px[i].x - nx * half, px[i].y - ny * half }));
      base_centre = px[i];

      kwa_hit_index_add_path (scope->hits, px[i].x, px[i].y, MAX (half, 6), &hit);
    }

  direction.x = tip.x - base_centre.x;
  direction.y = tip.y - base_centre.y;
  length = hypot (direction.x, direction.y);
  if (length < 1e-9 || left->len == 0)
    return;
  direction.x /= length;
  direction.y /= length;
  nx = -direction.y;
  ny = direction.x;

  /* Paths are digitised densely; at most zooms a pixel holds several
   * points, and each costs the fill (or the outline's stroke) an edge. */
  g_array_set_size (left, kwa_polyline_simplify ((const KwaMapPoint *) left->data, left->len,
                                                 KWA_STROKE_TOLERANCE, (KwaMapPoint *) left->data));
  g_array_set_size (right, kwa_polyline_simplify ((const KwaMapPoint *) right->data, right->len,
                                                  KWA_STROKE_TOLERANCE, (KwaMapPoint *) right->data));

  g_array_append_vals (outline, left->data, left->len);
  /* The head: wider than the body, ending at the tip. */
  g_array_append_val (outline, ((KwaMapPoint) { base_centre.x + nx * head_width / 2,
                                                base_centre.y + ny * head_width / 2 }));
  g_array_append_val (outline, tip);
  g_array_append_val (outline, ((KwaMapPoint) { base_centre.x - nx * head_width / 2,
                                                base_centre.y - ny * head_width / 2 }));
  for (guint i = right->len; i > 0; i--)
    g_array_append_val (outline, g_array_index (right, KwaMapPoint, i - 1));
}

/* A closed path through points already in pixels. */
static void
trace_pixel_ring (cairo_t           *cr,
                  const KwaMapPoint *points,
                  guint              n_points)
{
  for (guint i = 0; i < n_points; i++)
    {
      if (i == 0)
        cairo_move_to (cr, points[i].x, points[i].y);
      else
        cairo_line_to (cr, points[i].x, points[i].y);
    }
  cairo_close_path (cr);
}

/* Fills the arrow in @color, then rings it with a line @width wide
 * centred on its edge. Written straight into an image, the ring is the
 * band between the outline grown and shrunk by half the width, filled:
 * it looks the same as cairo's stroke and costs a fraction of it, since
 * cairo pays per row and per stretch of a row, and a thin ring across a
 * third of the frame has hundreds. Elsewhere (vectors, the widget's
 * recording) cairo strokes it. */
static void
fill_arrow (KwaRenderScope    *scope,
            const KwaMapPoint *outline,
            guint              n_points,
            const KwaColor    *color,
            double             alpha,
            const KwaColor    *ring_color,
            double             ring_alpha,
            double             width)
{
  cairo_t *cr = scope->cr;
  g_autofree KwaMapPoint *grown = NULL, *shrunk = NULL;
  cairo_rectangle_int_t clip;
  KwaShapeFill *direct = kwa_render_scope_direct_fill_begin (scope, &clip);

  if (direct == NULL)
    {
      cairo_save (cr);
      trace_pixel_ring (cr, outline, n_points);
      kwa_render_set_color (cr, color, alpha);
      kwa_ink_fill_preserve (cr);
      kwa_render_set_color (cr, ring_color, ring_alpha);
      cairo_set_line_width (cr, width);
      /* Bevel: at this width no join shows its shape, and round ones cost
       * an arc at every point of the ribbon. */
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
      kwa_ink_stroke (cr);
      cairo_restore (cr);
      return;
    }

  grown = g_new (KwaMapPoint, n_points);
  shrunk = g_new (KwaMapPoint, n_points);
  kwa_map_polygon_offset (outline, n_points, width / 2, grown);
  kwa_map_polygon_offset (outline, n_points, -width / 2, shrunk);

  kwa_shape_fill_add_ring (direct, outline, n_points, FALSE);
  kwa_ink_fill_directly (cr, direct, &clip, KWA_SHAPE_FILL_NONZERO, color, alpha, NULL);
  kwa_shape_fill_add_ring (direct, grown, n_points, FALSE);
  kwa_shape_fill_add_ring (direct, shrunk, n_points, TRUE);
  kwa_ink_fill_directly (cr, direct, &clip, KWA_SHAPE_FILL_NONZERO,
                        ring_color, ring_alpha, NULL);
}

#define UNIT_HALO_WIDTH 3.0

/* A unit's name, and its side's colour for text: as drawn and as made
 * ahead (kwa_movements_layer_prepare_labels()). */
static KwaShapedText *
shape_unit_label (const KwaRenderScope *scope,
                  const KwaMovement    *movement)
{
  return kwa_text_painter_shape (scope->text, kwa_text_get (&movement->unit, scope->options->language),
                                 kwa_render_scope_get_label_size (scope->viewport, scope->options,
                                                                  KWA_UNIT_LABEL_SIZE),
                                 PANGO_WEIGHT_SEMIBOLD);
}

static KwaColor
unit_label_color (const KwaRenderScope *scope,
                  const KwaMovement    *movement)
{
  return kwa_map_palette_get_side_text (scope->options->theme,
                                        &kwa_render_scope_get_side (scope, movement->side)->color);
}

/* The unit's name at the arrow's head while it moves; the selected
 * arrow's even where arrows crowd. */
static void
draw_unit_label (KwaRenderScope         *scope,
                 const KwaSceneMovement *visible,
                 const KwaColor         *color,
                 double                  scale,
                 gboolean                selected)
{
  const KwaAtlasMovement *path = visible->movement;
  const KwaMovement *movement = path->movement;
  double reach = path->length * visible->progress;
  guint k = 0;
  double x, y;
  g_autoptr(KwaShapedText) label = NULL;
  PangoRectangle logical;
  KwaMapLabel box;

  while (k + 1 < path->n_points && path->distance[k + 1] <= reach)
    k++;
  kwa_render_scope_to_pixel (scope, &path->points[k], &x, &y);
  label = shape_unit_label (scope, movement);
  kwa_shaped_text_get_extents (label, &logical);
  box = (KwaMapLabel) { 0, 0, logical.width, logical.height, { KWA_MAP_HIT_MOVEMENT, movement } };
  if (!kwa_label_placer_place_near (scope->labels, scope->viewport, &box, x, y, 10 * scale, selected))
    return;
  kwa_render_scope_draw_text (scope, label, box.x, box.y, color, UNIT_HALO_WIDTH * scope->ui_scale,
                              visible->opacity);
}

void
kwa_movements_layer_draw (KwaRenderScope *scope)
{
  KwaScene *scene = scope->scene;
  const KwaRenderOptions *options = scope->options;
  const KwaMapPalette *palette = scope->palette;
  double scale = scope->ui_scale * options->line_scale;
  g_autoptr(GArray) outline = NULL;

  if (!(options->layers & KWA_MAP_LAYER_MOVEMENTS))
    return;

  outline = g_array_new (FALSE, FALSE, sizeof (KwaMapPoint));

  for (guint i = 0; i < scene->movements->len; i++)
    {
      const KwaSceneMovement *visible = &g_array_index (scene->movements, KwaSceneMovement, i);
      const KwaMovement *movement = visible->movement->movement;
      const KwaColor *color = &kwa_render_scope_get_side (scope, movement->side)->color;
      gboolean selected = options->selected == (gconstpointer) movement;
      double alpha = KWA_ARROW_FILL_ALPHA * visible->opacity;

      build_arrow_outline (scope, visible->movement, MAX (visible->progress, 0.02),
                           (selected ? 5 : 3.5) * scale, (selected ? 24 : 19) * scale, 20 * scale,
                           movement, outline);
      if (outline->len > 0)
        /* The casing, not the fill, is what parts an arrow from the land:
         * a red arrow crosses red land. Selected, it is only wider. */
        fill_arrow (scope, (const KwaMapPoint *) outline->data, outline->len, color, alpha,
                    &palette->casing, visible->opacity,
                    (selected ? KWA_ARROW_CASING_WIDTH_SELECTED : KWA_ARROW_CASING_WIDTH) * scale);
    }

  /* The names after every arrow: drawn with their own, the Chinese
   * arrow of November 1950 struck through "US Eighth Army". */
  if (!(options->layers & KWA_MAP_LAYER_LABELS))
    return;
  for (guint i = 0; i < scene->movements->len; i++)
    {
      const KwaSceneMovement *visible = &g_array_index (scene->movements, KwaSceneMovement, i);
      const KwaMovement *movement = visible->movement->movement;
      KwaColor text;

      if (visible->opacity <= 0.5 || visible->progress <= 0.15)
        continue;
      text = unit_label_color (scope, movement);
      draw_unit_label (scope, visible, &text, scale, options->selected == (gconstpointer) movement);
    }
}

/**
 * kwa_movements_layer_prepare_labels:
 * @from: the first movement to prepare
 * @deadline: monotonic time to stop at, after a label (one at least is made)
 *
 * Makes ahead the halo and sprite of every unit's name, in the language
 * and at the size of @scope (see kwa_map_renderer_prepare_labels()).
 *
 * Returns: the movement to go on from, or the number of movements when
 *   all are made
 */
guint
kwa_movements_layer_prepare_labels (const KwaRenderScope *scope,
                                    guint                 from,
                                    gint64                deadline)
{
  guint n;
  const KwaAtlasMovement *movements = kwa_atlas_get_movements (scope->scene->atlas, &n);
  guint i;

  for (i = from; i < n && (i == from || g_get_monotonic_time () < deadline); i++)
    {
      const KwaMovement *movement = movements[i].movement;
      g_autoptr(KwaShapedText) label = shape_unit_label (scope, movement);
      KwaColor color = unit_label_color (scope, movement);

      kwa_render_scope_prepare_text (scope, label, &color, UNIT_HALO_WIDTH * scope->ui_scale);
    }
  return i;
}
