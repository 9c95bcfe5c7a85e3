/* kwa-legend-symbol-painter.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-legend-symbol-painter"

#include "config.h"

#include "kwa-legend-symbol-painter.h"

/* One drawing of each legend symbol, for the map's own legend and for the
 * KwaLegendSymbol widgets of the side panels: a reader matches the two,
 * so they must not drift apart. */

static void
stroke_across (cairo_t *cr,
               double   x,
               double   y,
               double   width,
               double   height,
               double   line_width)
{
  cairo_move_to (cr, x, y + height / 2);
  cairo_line_to (cr, x + width, y + height / 2);
  cairo_set_line_width (cr, line_width);
  cairo_stroke (cr);
}

static void
paint_dot (cairo_t *cr,
           double   x,
           double   y,
           double   width,
           double   height,
           double   line_scale)
{
  double radius = MIN (width, height) * 0.4;
  double ring = 1.5 * line_scale;

  cairo_arc (cr, x + width / 2, y + height / 2, radius, 0, 2 * G_PI);
  cairo_fill (cr);
  /* A white ring inside its edge, as markers have a halo. */
  cairo_arc (cr, x + width / 2, y + height / 2, MAX (radius - ring / 2, 0), 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, ring);
  cairo_stroke (cr);
}

/**
 * kwa_legend_symbol_paint:
 * @color: the symbol's colour: a side's for a swatch, the line's for the
 *   others
 * @alpha: its opacity
 * @line_scale: how much thicker than at 1 the lines are: the map's legend
 *   grows with the view
 *
 * Paints the symbol @kind in the box at (@x, @y), @width by @height.
 */
void
kwa_legend_symbol_paint (cairo_t             *cr,
                         KwaLegendSymbolKind  kind,
                         const KwaColor      *color,
                         double               alpha,
                         double               x,
                         double               y,
                         double               width,
                         double               height,
                         double               line_scale)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (color != NULL);
  g_return_if_fail (kind <= KWA_LEGEND_SYMBOL_DOT);

  cairo_save (cr);
  cairo_set_source_rgba (cr, color->r, color->g, color->b, alpha);

  switch (kind)
    {
    case KWA_LEGEND_SYMBOL_SWATCH:
      cairo_rectangle (cr, x, y, width, height);
      cairo_fill (cr);
      break;

    case KWA_LEGEND_SYMBOL_FRONT:
      stroke_across (cr, x, y, width, height, 2.6 * line_scale);
      break;

    case KWA_LEGEND_SYMBOL_LINE:
      stroke_across (cr, x, y, width, height, 2 * line_scale);
      break;

    case KWA_LEGEND_SYMBOL_DASHED:
      {
        double dashes[] = { 2 * line_scale, 3 * line_scale };

        cairo_set_dash (cr, dashes, 2, 0);
        stroke_across (cr, x, y, width, height, 1.6 * line_scale);
      }
      break;

    case KWA_LEGEND_SYMBOL_BAND:
      cairo_rectangle (cr, x, y + height / 4, width, height / 2);
      cairo_fill (cr);
      break;

    case KWA_LEGEND_SYMBOL_DOT:
      paint_dot (cr, x, y, width, height, line_scale);
      break;

    default:
      g_assert_not_reached ();
    }

  cairo_restore (cr);
}
