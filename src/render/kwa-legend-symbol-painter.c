/* kwa-legend-symbol-painter.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-legend-symbol-painter"

#include "config.h"

#include "kwa-legend-symbol-painter.h"
#include "kwa-map-palette.h"

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

/* A patch of land behind a line's symbol, as the line is seen on the map. */
static void
paint_land_patch (cairo_t        *cr,
                  const KwaColor *land,
                  double          x,
                  double          y,
                  double          width,
                  double          height)
{
  cairo_rectangle (cr, x, y, width, height);
  cairo_set_source_rgb (cr, land->r, land->g, land->b);
  cairo_fill (cr);
}

/* A short arrow across the box, filled and cased as the movements layer
 * does it. */
static void
paint_arrow (cairo_t             *cr,
             const KwaMapPalette *palette,
             const KwaColor      *color,
             double               x,
             double               y,
             double               width,
             double               height,
             double               line_scale)
{
  double cy = y + height / 2, head = MIN (width * 0.45, height * 0.9);

  cairo_move_to (cr, x + width * 0.08, cy - height * 0.12);
  cairo_line_to (cr, x + width - head, cy - height * 0.2);
  cairo_line_to (cr, x + width - head, cy - height * 0.42);
  cairo_line_to (cr, x + width * 0.95, cy);
  cairo_line_to (cr, x + width - head, cy + height * 0.42);
  cairo_line_to (cr, x + width - head, cy + height * 0.2);
  cairo_line_to (cr, x + width * 0.08, cy + height * 0.12);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, color->r, color->g, color->b, KWA_ARROW_FILL_ALPHA);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, palette->casing.r, palette->casing.g, palette->casing.b);
  cairo_set_line_width (cr, KWA_ARROW_CASING_WIDTH * 0.5 * line_scale);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  cairo_stroke (cr);
}

/* An event's marker as the events layer draws it: a disc of halo, a ring
 * and a dot in the category's colour; and, @now, the ring that pulses
 * around a current event. */
static void
paint_marker (cairo_t             *cr,
              const KwaMapPalette *palette,
              double               x,
              double               y,
              double               width,
              double               height,
              double               line_scale,
              gboolean             now)
{
  const KwaColor *color = kwa_map_palette_get_category (KWA_EVENT_MILITARY);
  double cx = x + width / 2, cy = y + height / 2;
  double radius = MIN (width, height) * (now ? 0.3 : 0.42);

  if (now)
    {
      cairo_arc (cr, cx, cy, MIN (width, height) * 0.47, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, color->r, color->g, color->b, 0.6);
      cairo_set_line_width (cr, 1.5 * line_scale);
      cairo_stroke (cr);
    }
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, palette->halo.r, palette->halo.g, palette->halo.b, 0.95);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, color->r, color->g, color->b);
  cairo_set_line_width (cr, 1.6 * line_scale);
  cairo_stroke (cr);
  cairo_arc (cr, cx, cy, radius * 0.45, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
paint_hatch (cairo_t             *cr,
             const KwaMapPalette *palette,
             double               x,
             double               y,
             double               width,
             double               height,
             double               line_scale)
{
  double spacing = 4.5 * line_scale;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  for (double d = -height; d < width; d += spacing)
    {
      cairo_move_to (cr, x + d, y + height);
      cairo_line_to (cr, x + d + height, y);
    }
  cairo_set_source_rgba (cr, palette->hatch.r, palette->hatch.g, palette->hatch.b, 0.55);
  cairo_set_line_width (cr, 1.1 * line_scale);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A line stroked across the box over its casing, as the map strokes the
 * front (over its halo) and the demarcation line (over its casing). */
static void
stroke_cased (cairo_t        *cr,
              const KwaColor *casing,
              double          casing_alpha,
              double          casing_width,
              const KwaColor *line,
              double          line_width,
              double          x,
              double          y,
              double          width,
              double          height)
{
  cairo_set_source_rgba (cr, casing->r, casing->g, casing->b, casing_alpha);
  stroke_across (cr, x, y, width, height, casing_width);
  cairo_set_source_rgb (cr, line->r, line->g, line->b);
  stroke_across (cr, x, y, width, height, line_width);
}

/**
 * kwa_legend_symbol_paint_entry:
 * @theme: the map's theme, whose palette the entry is painted in
 * @north: the north's colour, from the exhibit
 * @south: the south's
 *
 * Paints @entry in the box at (@x, @y), @width by @height, in the colours
 * the map uses for it: the one drawing of each entry, for the map's own
 * legend and the side panel's.
 */
void
kwa_legend_symbol_paint_entry (cairo_t        *cr,
                               KwaLegendEntry  entry,
                               KwaMapTheme     theme,
                               const KwaColor *north,
                               const KwaColor *south,
                               double          x,
                               double          y,
                               double          width,
                               double          height,
                               double          line_scale)
{
  const KwaMapPalette *palette = kwa_map_palette_get (theme);
  KwaColor north_land = kwa_map_palette_get_land (theme, north);
  KwaColor south_land = kwa_map_palette_get_land (theme, south);
  /* Lines are shown over the north's land, where the front and the DMZ
   * run on the map; markers over plain land. */
  const KwaColor *behind = &north_land;

  g_return_if_fail (cr != NULL && north != NULL && south != NULL);

  cairo_save (cr);
  /* A label's move_to may be left over: no line from it to a marker. */
  cairo_new_path (cr);
  switch (entry)
    {
    case KWA_LEGEND_ENTRY_NORTH_LAND:
    case KWA_LEGEND_ENTRY_SOUTH_LAND:
      paint_land_patch (cr, entry == KWA_LEGEND_ENTRY_NORTH_LAND ? &north_land : &south_land,
                        x, y, width, height);
      break;
    case KWA_LEGEND_ENTRY_UNCERTAIN:
      paint_land_patch (cr, &south_land, x, y, width, height);
      paint_hatch (cr, palette, x, y, width, height, line_scale);
      break;
    case KWA_LEGEND_ENTRY_FRONT:
      paint_land_patch (cr, behind, x, y, width, height);
      stroke_cased (cr, &palette->halo, 0.75, 5.5 * line_scale * 0.7, &palette->ink, 2.6 * line_scale * 0.7,
                    x, y, width, height);
      break;
    case KWA_LEGEND_ENTRY_FRONT_EARLIER:
      {
        double dashes[] = { 3.6 * line_scale * 0.7, 2.4 * line_scale * 0.7 };

        paint_land_patch (cr, behind, x, y, width, height);
        cairo_set_dash (cr, dashes, 2, 0);
        cairo_set_source_rgba (cr, palette->ink.r, palette->ink.g, palette->ink.b, 0.45);
        stroke_across (cr, x, y, width, height, 1.6 * line_scale);
      }
      break;
    case KWA_LEGEND_ENTRY_NORTH_ARROW:
    case KWA_LEGEND_ENTRY_SOUTH_ARROW:
      paint_land_patch (cr, entry == KWA_LEGEND_ENTRY_NORTH_ARROW ? &south_land : &north_land,
                        x, y, width, height);
      paint_arrow (cr, palette, entry == KWA_LEGEND_ENTRY_NORTH_ARROW ? north : south,
                   x, y, width, height, line_scale);
      break;
    case KWA_LEGEND_ENTRY_EVENT:
    case KWA_LEGEND_ENTRY_EVENT_NOW:
      paint_marker (cr, palette, x, y, width, height, line_scale, entry == KWA_LEGEND_ENTRY_EVENT_NOW);
      break;
    case KWA_LEGEND_ENTRY_PARALLEL:
      {
        double dashes[] = { 4 * line_scale, 2.5 * line_scale };

        paint_land_patch (cr, behind, x, y, width, height);
        cairo_set_dash (cr, dashes, 2, 0);
        cairo_set_source_rgba (cr, palette->parallel.r, palette->parallel.g, palette->parallel.b, 0.9);
        stroke_across (cr, x, y, width, height, 1.8 * line_scale);
      }
      break;
    case KWA_LEGEND_ENTRY_MDL:
      paint_land_patch (cr, behind, x, y, width, height);
      stroke_cased (cr, &palette->mdl_casing, 1, KWA_MDL_CASING_WIDTH * line_scale, &palette->mdl,
                    KWA_MDL_WIDTH * line_scale, x, y, width, height);
      break;
    case KWA_LEGEND_ENTRY_DMZ:
      paint_land_patch (cr, behind, x, y, width, height);
      cairo_rectangle (cr, x, y + height * 0.2, width, height * 0.6);
      cairo_set_source_rgba (cr, palette->dmz.r, palette->dmz.g, palette->dmz.b, palette->dmz_alpha);
      cairo_fill (cr);
      break;
    case KWA_LEGEND_ENTRY_NONE:
    default:
      break;
    }
  cairo_restore (cr);
}
