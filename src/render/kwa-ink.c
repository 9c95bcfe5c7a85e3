/* kwa-ink.c: cairo's drawing calls, noting where they draw
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-ink"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "kwa-ink.h"

/* Each call marks a box that holds every pixel it may touch: the path's
 * extents (cheap, unlike cairo's stroke extents, which stroke the path),
 * widened by the pen, or the source's, within the clip. Too large costs a
 * little time; too small would leave a line of the last frame behind, so
 * every doubt widens the box (test /render/changes-like-frame). */

static const cairo_user_data_key_t ink_key;

/**
 * kwa_ink_attach:
 * @ink: (nullable): where drawing on @cr is marked, in @cr's device
 *   pixels; kept by the caller, who detaches it (%NULL) before freeing it
 */
void
kwa_ink_attach (cairo_t   *cr,
                KwaDamage *ink)
{
  cairo_set_user_data (cr, &ink_key, ink, NULL);
}

KwaDamage *
kwa_ink_get (cairo_t *cr)
{
  return cairo_get_user_data (cr, &ink_key);
}

/* Marks the user-space box @x0 … @y1 as device pixels, within the clip. */
static void
note_user_box (cairo_t   *cr,
               KwaDamage *ink,
               double     x0,
               double     y0,
               double     x1,
               double     y1)
{
  double cx0, cy0, cx1, cy1;
  double xs[4], ys[4];
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

  cairo_clip_extents (cr, &cx0, &cy0, &cx1, &cy1);
  x0 = MAX (x0, cx0);
  y0 = MAX (y0, cy0);
  x1 = MIN (x1, cx1);
  y1 = MIN (y1, cy1);
  if (!(x1 > x0 && y1 > y0))
    return;

  xs[0] = x0, ys[0] = y0;
  xs[1] = x1, ys[1] = y0;
  xs[2] = x0, ys[2] = y1;
  xs[3] = x1, ys[3] = y1;
  for (int i = 0; i < 4; i++)
    {
      cairo_user_to_device (cr, &xs[i], &ys[i]);
      min_x = MIN (min_x, xs[i]);
      max_x = MAX (max_x, xs[i]);
      min_y = MIN (min_y, ys[i]);
      max_y = MAX (max_y, ys[i]);
    }
  kwa_damage_add_box (ink, min_x, min_y, max_x, max_y);
}

static void
note_path (cairo_t *cr,
           double   pad)
{
  KwaDamage *ink = kwa_ink_get (cr);
  double x0, y0, x1, y1;

  if (ink == NULL)
    return;

  cairo_path_extents (cr, &x0, &y0, &x1, &y1);
  /* An empty path has no extents, but a closed point still gets caps. */
  note_user_box (cr, ink, x0 - pad, y0 - pad, x1 + pad, y1 + pad);
}

/* How far a stroke reaches past its path: half the pen, or at a mitred
 * corner as far as the miter limit lets it (cairo's rule, in user space). */
static double
stroke_reach (cairo_t *cr)
{
  double half = cairo_get_line_width (cr) / 2;

  if (cairo_get_line_join (cr) == CAIRO_LINE_JOIN_MITER)
    return half * MAX (cairo_get_miter_limit (cr), 1.0);
  if (cairo_get_line_cap (cr) == CAIRO_LINE_CAP_SQUARE)
    return half * G_SQRT2;
  return half;
}

void
kwa_ink_fill (cairo_t *cr)
{
  note_path (cr, 0);
  cairo_fill (cr);
}

void
kwa_ink_fill_preserve (cairo_t *cr)
{
  note_path (cr, 0);
  cairo_fill_preserve (cr);
}

void
kwa_ink_stroke (cairo_t *cr)
{
  note_path (cr, stroke_reach (cr));
  cairo_stroke (cr);
}

void
kwa_ink_stroke_preserve (cairo_t *cr)
{
  note_path (cr, stroke_reach (cr));
  cairo_stroke_preserve (cr);
}

/* The box of @surface's pixels in user space, @matrix taking the surface's
 * space to it (a device scale on the surface makes its user size smaller). */
static void
surface_box (cairo_surface_t      *surface,
             const cairo_matrix_t *matrix,
             double               *x0,
             double               *y0,
             double               *x1,
             double               *y1)
{
  double width = cairo_image_surface_get_width (surface);
  double height = cairo_image_surface_get_height (surface);
  double xs[4] = { 0, width, 0, width }, ys[4] = { 0, 0, height, height };
  double scale_x, scale_y;

  cairo_surface_get_device_scale (surface, &scale_x, &scale_y);
  *x0 = *y0 = G_MAXDOUBLE;
  *x1 = *y1 = -G_MAXDOUBLE;
  for (int i = 0; i < 4; i++)
    {
      double x = xs[i] / scale_x, y = ys[i] / scale_y;

      cairo_matrix_transform_point (matrix, &x, &y);
      *x0 = MIN (*x0, x), *x1 = MAX (*x1, x);
      *y0 = MIN (*y0, y), *y1 = MAX (*y1, y);
    }
}

/* The box a pattern can paint: a surface's own, where it does not repeat;
 * otherwise everything (the clip bounds it). */
static void
note_pattern (cairo_t         *cr,
              cairo_pattern_t *pattern,
              double           offset_x,
              double           offset_y)
{
  KwaDamage *ink = kwa_ink_get (cr);
  cairo_surface_t *surface;
  cairo_matrix_t matrix;
  double x0, y0, x1, y1;

  if (ink == NULL)
    return;

  if (cairo_pattern_get_type (pattern) != CAIRO_PATTERN_TYPE_SURFACE ||
      cairo_pattern_get_extend (pattern) != CAIRO_EXTEND_NONE ||
      cairo_pattern_get_surface (pattern, &surface) != CAIRO_STATUS_SUCCESS ||
      cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_IMAGE)
    {
      note_user_box (cr, ink, -G_MAXFLOAT, -G_MAXFLOAT, G_MAXFLOAT, G_MAXFLOAT);
      return;
    }

  /* The pattern's matrix maps user space to the surface's: invert it to
   * find the surface's corners in user space. */
  cairo_pattern_get_matrix (pattern, &matrix);
  if (cairo_matrix_invert (&matrix) != CAIRO_STATUS_SUCCESS)
    return;
  surface_box (surface, &matrix, &x0, &y0, &x1, &y1);
  note_user_box (cr, ink, x0 + offset_x - 1, y0 + offset_y - 1, x1 + offset_x + 1, y1 + offset_y + 1);
}

void
kwa_ink_paint (cairo_t *cr)
{
  note_pattern (cr, cairo_get_source (cr), 0, 0);
  cairo_paint (cr);
}

void
kwa_ink_paint_with_alpha (cairo_t *cr,
                          double   alpha)
{
  note_pattern (cr, cairo_get_source (cr), 0, 0);
  cairo_paint_with_alpha (cr, alpha);
}

/* What shows is where both the source and the mask are: the mask's box
 * bounds it (a source that is a colour fills everywhere else). */
void
kwa_ink_mask_surface (cairo_t         *cr,
                      cairo_surface_t *mask,
                      double           x,
                      double           y)
{
  cairo_pattern_t *pattern = cairo_pattern_create_for_surface (mask);

  note_pattern (cr, pattern, x, y);
  cairo_pattern_destroy (pattern);
  cairo_mask_surface (cr, mask, x, y);
}

void
kwa_ink_show_layout (cairo_t     *cr,
                     PangoLayout *layout)
{
  KwaDamage *ink = kwa_ink_get (cr);

  if (ink != NULL)
    {
      PangoRectangle ink_rect, logical;
      double x, y;

      cairo_get_current_point (cr, &x, &y);
      pango_layout_get_pixel_extents (layout, &ink_rect, &logical);
      /* Hinting and antialiasing reach a pixel or two past the ink. */
      note_user_box (cr, ink,
                     x + MIN (ink_rect.x, logical.x) - 2, y + MIN (ink_rect.y, logical.y) - 2,
                     x + MAX (ink_rect.x + ink_rect.width, logical.x + logical.width) + 2,
                     y + MAX (ink_rect.y + ink_rect.height, logical.y + logical.height) + 2);
    }
  pango_cairo_show_layout (cr, layout);
}

/**
 * kwa_ink_clip_misses:
 *
 * Whether the user-space box @x0 … @y1 lies wholly outside @cr's clip:
 * drawing there would touch no pixel, so a caller need not make what it
 * would draw (a halo, a sprite). A frame drawn in two bands clips each to
 * its half; a frame drawn over the last, to the cells that changed.
 */
gboolean
kwa_ink_clip_misses (cairo_t *cr,
                     double   x0,
                     double   y0,
                     double   x1,
                     double   y1)
{
  double cx0, cy0, cx1, cy1;

  cairo_clip_extents (cr, &cx0, &cy0, &cx1, &cy1);

  return x1 <= cx0 || x0 >= cx1 || y1 <= cy0 || y0 >= cy1;
}

/* Marks a box of @cr's device pixels that was written without cairo. */
void
kwa_ink_note_pixels (cairo_t *cr,
                     double   x0,
                     double   y0,
                     double   x1,
                     double   y1)
{
  KwaDamage *ink = kwa_ink_get (cr);

  if (ink != NULL)
    kwa_damage_add_box (ink, x0, y0, x1, y1);
}

/* Marks the device pixels within @reach of the line through @points,
 * written without cairo: the cells along it, not its box, which for the
 * front from coast to coast is most of the map. */
void
kwa_ink_note_line (cairo_t           *cr,
                   const KwaMapPoint *points,
                   guint              n_points,
                   double             reach)
{
  KwaDamage *ink = kwa_ink_get (cr);

  if (ink == NULL)
    return;
  for (guint i = 0; i < n_points; i++)
    {
      const KwaMapPoint *next = &points[MIN (i + 1, n_points - 1)];

      kwa_damage_add_segment (ink, points[i].x, points[i].y, next->x, next->y, reach);
    }
}

/* kwa_shape_fill_paint() into @cr's target, marking the pixels it paints:
 * not the shapes' box, which for the band between two fronts, each the
 * whole of the south, would be most of the map. */
void
kwa_ink_fill_directly (cairo_t                     *cr,
                       KwaShapeFill                *shapes,
                       const cairo_rectangle_int_t *clip,
                       KwaShapeFillRule             rule,
                       const KwaColor              *color,
                       double                       alpha,
                       const KwaShapeTexture       *texture)
{
  kwa_shape_fill_set_ink (shapes, kwa_ink_get (cr));
  kwa_shape_fill_paint (shapes, cairo_get_target (cr), clip, rule, color, alpha, texture);
  kwa_shape_fill_set_ink (shapes, NULL);
}
