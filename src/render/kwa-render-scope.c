/* kwa-render-scope.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-render-scope"

#include "config.h"

#include <math.h>

#include "kwa-ink.h"
#include "kwa-front-line.h"
#include "kwa-render-scope.h"

/* What more than one layer needs: map units to pixels, paths, text, and
 * the tests for when pixels may be written without cairo. */

/* Scales sizes with the view a little, so a 4K kiosk and a laptop both
 * read well: 1 at 1080 px tall, growing slowly above. */
double
kwa_render_scope_get_ui_scale (const KwaViewport      *viewport,
                               const KwaRenderOptions *options)
{
  double by_size = CLAMP (MIN (viewport->width / 1920.0, viewport->height / 1080.0), 0.6, 2.0);

  return sqrt (by_size) * options->text_scale;
}

/* The pixel size of a map label drawn @base_size px at a desk. The room's
 * label scale multiplies it, and for a room the size is a floor, not a
 * share of the view: a kiosk map a little narrower than its screen (a
 * panel beside it) still needs names readable from the room. */
double
kwa_render_scope_get_label_size (const KwaViewport      *viewport,
                                 const KwaRenderOptions *options,
                                 double                  base_size)
{
  double label_scale = options->label_scale > 1.0 ? options->label_scale : 1.0;
  double size = base_size * kwa_render_scope_get_ui_scale (viewport, options) * label_scale;

  if (label_scale > 1.0)
    size = MAX (size, base_size * label_scale * options->text_scale);
  return size;
}

void
kwa_render_set_color (cairo_t        *cr,
                      const KwaColor *color,
                      double          alpha)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, alpha);
}

/* A rounded panel in the halo's colour, under the date and the legend. */
void
kwa_render_fill_panel (cairo_t             *cr,
                       const KwaMapPalette *palette,
                       double               x,
                       double               y,
                       double               width,
                       double               height,
                       double               radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  kwa_render_set_color (cr, &palette->halo, 0.82);
  kwa_ink_fill (cr);
}

/* The font options glyphs drawn on @cr's target get, for a sprite with
 * text to be drawn as they would. */
cairo_font_options_t *
kwa_render_target_font_options (cairo_t *cr)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_font_options_t *context_options = cairo_font_options_create ();

  cairo_surface_get_font_options (cairo_get_target (cr), options);
  cairo_get_font_options (cr, context_options);
  cairo_font_options_merge (options, context_options);
  cairo_font_options_destroy (context_options);

  return options;
}

const KwaSide *
kwa_render_scope_get_side (const KwaRenderScope *scope,
                           KwaSideId             side)
{
  g_assert (scope->scene != NULL);

  return kwa_exhibit_get_side (kwa_atlas_get_exhibit (scope->scene->atlas), side);
}

void
kwa_render_scope_to_pixel (const KwaRenderScope *scope,
                           const KwaMapPoint    *point,
                           double               *x,
                           double               *y)
{
  kwa_viewport_map_to_pixel (scope->viewport, point->x, point->y, x, y);
}

/* The points in the view's pixels, in a new array. */
KwaMapPoint *
kwa_render_scope_to_pixels (const KwaRenderScope *scope,
                            const KwaMapPoint    *points,
                            guint                 n_points)
{
  KwaMapPoint *pixels = g_new (KwaMapPoint, MAX (n_points, 1));

  for (guint i = 0; i < n_points; i++)
    kwa_render_scope_to_pixel (scope, &points[i], &pixels[i].x, &pixels[i].y);

  return pixels;
}

/* How far, in view pixels, a point may be dropped from a line on a
 * printed page: half a printer's pixel at the page's resolution. A page
 * cannot be looked at closer; a PDF or SVG export can, and keeps every
 * point. Region outlines follow the coast: 3,000 points a page, twice,
 * were more than half of a handout's bytes. */
static double
print_tolerance (const KwaRenderScope *scope)
{
  const KwaRenderOptions *options = scope->options;

  return options->vector && options->print_land_scale > 0 ? 1.0 / options->print_land_scale : 0;
}

void
kwa_render_scope_trace_polyline (const KwaRenderScope *scope,
                                 const KwaMapPoint    *points,
                                 guint                 n_points)
{
  g_autofree KwaMapPoint *pixels = kwa_render_scope_to_pixels (scope, points, n_points);
  double tolerance = print_tolerance (scope);
  guint n_kept = n_points;

  if (tolerance > 0)
    n_kept = kwa_polyline_simplify (pixels, n_points, tolerance, pixels);

  for (guint i = 0; i < n_kept; i++)
    {
      if (i == 0)
        cairo_move_to (scope->cr, pixels[i].x, pixels[i].y);
      else
        cairo_line_to (scope->cr, pixels[i].x, pixels[i].y);
    }
}

void
kwa_render_scope_trace_polygon (const KwaRenderScope *scope,
                                const KwaMapPoint    *points,
                                guint                 n_points)
{
  kwa_render_scope_trace_polyline (scope, points, n_points);
  cairo_close_path (scope->cr);
}

/* A line about to be stroked: in pixels, and for a raster without the
 * points that would not change a pixel (see kwa_polyline_simplify()).
 * Vector output keeps every point, it may be looked at closer, but for a
 * printed page (see print_tolerance()). */
void
kwa_render_scope_trace_stroke_line (const KwaRenderScope *scope,
                                    const KwaMapPoint    *points,
                                    guint                 n_points)
{
  g_autofree KwaMapPoint *pixels = kwa_render_scope_to_pixels (scope, points, n_points);
  const KwaRenderOptions *options = scope->options;
  double device_scale = options->device_scale > 0 ? options->device_scale : 1.0;
  guint n_kept = n_points;

  if (!options->vector)
    n_kept = kwa_polyline_simplify (pixels, n_points, KWA_STROKE_TOLERANCE / device_scale, pixels);
  else if (print_tolerance (scope) > 0)
    n_kept = kwa_polyline_simplify (pixels, n_points, print_tolerance (scope), pixels);

  for (guint i = 0; i < n_kept; i++)
    {
      if (i == 0)
        cairo_move_to (scope->cr, pixels[i].x, pixels[i].y);
      else
        cairo_line_to (scope->cr, pixels[i].x, pixels[i].y);
    }
}

/* Text with the theme's halo (see kwa_text_painter_draw()). */
void
kwa_render_scope_draw_text (const KwaRenderScope *scope,
                            KwaShapedText        *text,
                            double                x,
                            double                y,
                            const KwaColor       *ink,
                            double                halo_width,
                            double                alpha)
{
  kwa_text_painter_draw (scope->text, scope->cr, text, x, y, scope->options->device_scale,
                         scope->options->vector, ink, &scope->palette->halo, halo_width, alpha);
}

/* Makes ahead what kwa_render_scope_draw_text() would make of @text the
 * first time it draws it (see kwa_text_painter_prepare()). */
void
kwa_render_scope_prepare_text (const KwaRenderScope *scope,
                               KwaShapedText        *text,
                               const KwaColor       *ink,
                               double                halo_width)
{
  kwa_text_painter_prepare (scope->text, scope->cr, text, scope->options->device_scale,
                            ink, &scope->palette->halo, halo_width);
}

/* Whether the frame draws into an image at one unit per pixel, through a
 * clip of one rectangle (@clip, in pixels): then pixels can be written
 * directly, as kwa_basemap_cache_compose() and kwa_shape_fill_paint() do. */
gboolean
kwa_render_scope_draws_one_unit_per_pixel (const KwaRenderScope  *scope,
                                           cairo_rectangle_int_t *clip)
{
  cairo_t *cr = scope->cr;
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_rectangle_list_t *rectangles;
  cairo_matrix_t ctm;
  double offset_x, offset_y, scale_x, scale_y;
  gboolean one_rectangle;

  if (scope->options->vector || scope->options->device_scale != 1.0 ||
      cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;

  cairo_get_matrix (cr, &ctm);
  cairo_surface_get_device_offset (target, &offset_x, &offset_y);
  cairo_surface_get_device_scale (target, &scale_x, &scale_y);
  if (ctm.xx != 1 || ctm.yy != 1 || ctm.xy != 0 || ctm.yx != 0 || ctm.x0 != 0 || ctm.y0 != 0 ||
      offset_x != 0 || offset_y != 0 || scale_x != 1 || scale_y != 1)
    return FALSE;

  rectangles = cairo_copy_clip_rectangle_list (cr);
  one_rectangle = rectangles->status == CAIRO_STATUS_SUCCESS && rectangles->num_rectangles == 1;
  if (one_rectangle)
    {
      const cairo_rectangle_t *r = &rectangles->rectangles[0];

      /* A clip at fractions of a pixel would need blending at its edge. */
      one_rectangle = r->x == floor (r->x) && r->y == floor (r->y) &&
                      r->width == floor (r->width) && r->height == floor (r->height);
      *clip = (cairo_rectangle_int_t) { (int) r->x, (int) r->y, (int) r->width, (int) r->height };
    }
  cairo_rectangle_list_destroy (rectangles);

  return one_rectangle;
}

/* The rows of the view the frame draws, when it writes view pixels
 * straight and its clip spans the view's width: the whole frame, or one
 * band of it. */
gboolean
kwa_render_scope_draws_view_rows (const KwaRenderScope *scope,
                                  int                  *first_row,
                                  int                  *end_row)
{
  cairo_rectangle_int_t clip;

  if (!kwa_render_scope_draws_one_unit_per_pixel (scope, &clip) ||
      clip.x > 0 || clip.x + clip.width < scope->viewport->width)
    return FALSE;

  *first_row = MAX (clip.y, 0);
  *end_row = MIN (clip.y + clip.height, (int) scope->viewport->height);

  return TRUE;
}

/* Where to add shapes, in pixels, when they can be filled straight into
 * the frame's image (see kwa_shape_fill_paint()); %NULL when cairo must
 * fill them: vectors, HiDPI, recordings. */
KwaShapeFill *
kwa_render_scope_direct_fill_begin (const KwaRenderScope  *scope,
                                    cairo_rectangle_int_t *clip)
{
  if (!kwa_render_scope_draws_one_unit_per_pixel (scope, clip))
    return NULL;

  return scope->shapes;
}

/* A line of the scene, in map units, stroked straight into the frame's
 * image with @pens: as kwa_render_scope_trace_stroke_line() would,
 * without the points that would not change a pixel. */
void
kwa_render_scope_stroke_line_directly (const KwaRenderScope        *scope,
                                       const KwaMapPoint           *points,
                                       guint                        n_points,
                                       const KwaStrokePen          *pens,
                                       guint                        n_pens,
                                       const cairo_rectangle_int_t *clip)
{
  g_autofree KwaMapPoint *pixels = kwa_render_scope_to_pixels (scope, points, n_points);
  guint n_kept = kwa_polyline_simplify (pixels, n_points, KWA_STROKE_TOLERANCE, pixels);
  double reach = 0;

  for (guint i = 0; i < n_pens; i++)
    reach = MAX (reach, pens[i].width);   /* half a pen, and its caps, with room */
  kwa_ink_note_line (scope->cr, pixels, n_kept, reach);

  kwa_polyline_stroke_paint (scope->strokes, pixels, n_kept, pens, n_pens,
                             cairo_get_target (scope->cr), clip);
}

/* Sprites are made in device pixels at one unit per pixel, and painted
 * with a whole-pixel anchor: on an image or a recording at scale 1 that is
 * what drawing the shapes there gives. Vectors and HiDPI draw the shapes. */
gboolean
kwa_render_scope_can_paint_sprites (const KwaRenderScope *scope)
{
  cairo_matrix_t ctm;

  if (scope->options->vector || scope->options->device_scale != 1.0)
    return FALSE;
  cairo_get_matrix (scope->cr, &ctm);

  return ctm.xx == 1 && ctm.yy == 1 && ctm.xy == 0 && ctm.yx == 0 &&
         ctm.x0 == floor (ctm.x0) && ctm.y0 == floor (ctm.y0);
}

/* Paints @sprite with its anchor on the pixel nearest (@x, @y). */
void
kwa_render_paint_sprite (cairo_t                     *cr,
                         cairo_surface_t             *sprite,
                         const cairo_rectangle_int_t *extent,
                         double                       x,
                         double                       y,
                         double                       alpha)
{
  cairo_set_source_surface (cr, sprite, round (x) + extent->x, round (y) + extent->y);
  kwa_ink_paint_with_alpha (cr, alpha);
}

/* A symbol drawn around its anchor: @reach pixels each way at most. As a
 * sprite (see kwa_render_scope_can_paint_sprites()) with its anchor on
 * the pixel nearest (@x, @y), faded by @alpha; FALSE where the caller
 * must draw it. */
gboolean
kwa_render_scope_paint_symbol_sprite (const KwaRenderScope *scope,
                                      gboolean              as_sprite,
                                      gconstpointer         key,
                                      gsize                 key_size,
                                      double                reach,
                                      KwaSpriteDrawFunc     draw,
                                      double                x,
                                      double                y,
                                      double                alpha)
{
  int pixels = (int) ceil (reach);
  cairo_rectangle_int_t extent = { -pixels, -pixels, 2 * pixels + 1, 2 * pixels + 1 };
  cairo_surface_t *sprite;

  if (!as_sprite)
    return FALSE;
  /* Nothing of it would show: no sprite to make for it. */
  if (kwa_ink_clip_misses (scope->cr, x - pixels - 1, y - pixels - 1, x + pixels + 1, y + pixels + 1))
    return TRUE;
  if ((sprite = kwa_sprite_cache_lookup (scope->sprites, key, key_size, &extent, NULL, draw, NULL)) == NULL)
    return FALSE;

  kwa_render_paint_sprite (scope->cr, sprite, &extent, x, y, alpha);
  return TRUE;
}
