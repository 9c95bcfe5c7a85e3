/* kwa-lines-layer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-lines-layer"

#include "config.h"

#include "kwa-ink.h"
#include "kwa-lines-layer.h"

/* The atlas's fixed lines: the 38th parallel (dashed, named), and after
 * the armistice the Military Demarcation Line and the DMZ's band. */

/* The 38th parallel's name, as large as the places' (twice as large in a
 * room), over the Yellow Sea just west of where the line meets the map:
 * along the line, where no place or front crowds it. Labels placed later
 * keep clear of it. Where the view cuts the line's west end off, the
 * name starts at the view's edge, over the line. */
static void
draw_parallel_label (KwaRenderScope     *scope,
                     const KwaAtlasLine *line,
                     const KwaColor     *ink)
{
  const char *text = kwa_text_get (&line->line->name, scope->options->language);
  double size = kwa_render_scope_get_label_size (scope->viewport, scope->options, 13);
  double gap = size * 0.4;
  g_autoptr(KwaShapedText) label = kwa_text_painter_shape (scope->text, text, size, PANGO_WEIGHT_SEMIBOLD);
  int width, height;
  double x, y;

  pango_layout_get_pixel_size (kwa_shaped_text_get_layout (label), &width, &height);
  kwa_render_scope_to_pixel (scope, &line->points[0], &x, &y);
  x -= gap + width;
  if (x < gap)
    x = gap;
  y -= height + gap / 2;

  kwa_render_scope_draw_text (scope, label, x, y, ink, size / 4, 1.0);
  kwa_label_placer_add_obstacle (scope->labels, x, y, width, height);
}

/* One of the scene's lines stroked straight into an image frame (see
 * KwaPolylineStroke). Cairo's stroker leaves out what lies beyond the clip,
 * and the joins it makes at the clip's edge are not those of the whole
 * line: a frame drawn in bands would differ from the frame drawn whole on
 * the row where they meet. FALSE where cairo must stroke it. */
static gboolean
stroke_scene_line_directly (KwaRenderScope     *scope,
                            const KwaAtlasLine *line,
                            const KwaStrokePen *pen)
{
  cairo_rectangle_int_t clip;

  if (!kwa_render_scope_draws_one_unit_per_pixel (scope, &clip))
    return FALSE;

  kwa_render_scope_stroke_line_directly (scope, line->points, line->n_points, pen, 1, &clip);
  return TRUE;
}

/* Before the war the parallel is the border between the zones, then the
 * states: a name struck through by it, or on its far side, reads as the
 * other side's (in 1945 it ran a few kilometres north of Kaesong, through
 * the town's name). So names go beside it, on their town's side, where
 * they can. From the war on the fronts are the border and the parallel a
 * reference only, which names may cross. */
static void
keep_names_off (KwaRenderScope     *scope,
                const KwaAtlasLine *line,
                double              width)
{
  KwaExhibit *exhibit = kwa_atlas_get_exhibit (scope->scene->atlas);
  g_autofree KwaMapPoint *pixels = NULL;

  if (scope->scene->date >= kwa_exhibit_get_war_span (exhibit).start)
    return;
  pixels = kwa_render_scope_to_pixels (scope, line->points, line->n_points);
  kwa_label_placer_add_line (scope->labels, pixels, line->n_points, width / 2);
}

static void
draw_parallel (KwaRenderScope     *scope,
               const KwaAtlasLine *line,
               double              scale)
{
  cairo_t *cr = scope->cr;
  const KwaMapPalette *palette = scope->palette;
  double dashes[] = { 9 * scale, 5 * scale };
  KwaStrokePen pen = { 1.8 * scale, palette->parallel, 0.9, dashes[0], dashes[1] };

  if (!stroke_scene_line_directly (scope, line, &pen))
    {
      cairo_set_dash (cr, dashes, 2, 0);
      cairo_set_line_width (cr, pen.width);
      kwa_render_set_color (cr, &pen.color, pen.alpha);
      kwa_ink_stroke (cr);
    }
  cairo_restore (cr);
  cairo_save (cr);
  draw_parallel_label (scope, line, &palette->parallel);
  keep_names_off (scope, line, pen.width);
}

static void
draw_dmz (KwaRenderScope     *scope,
          const KwaAtlasLine *line,
          double              scale)
{
  cairo_t *cr = scope->cr;
  /* The band is drawn at its true width, width_km map units, but never
   * thinner than reads as the war's end. */
  KwaStrokePen band = { MAX (line->line->width_km * scope->viewport->scale, KWA_DMZ_MIN_WIDTH * scale),
                        scope->palette->dmz, scope->palette->dmz_alpha, 0, 0 };

  if (stroke_scene_line_directly (scope, line, &band))
    return;

  cairo_set_line_width (cr, band.width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  kwa_render_set_color (cr, &band.color, band.alpha);
  kwa_ink_stroke (cr);
}

/* The demarcation line over a casing that parts it from the DMZ's band. */
static void
draw_mdl (KwaRenderScope     *scope,
          const KwaAtlasLine *line,
          double              scale)
{
  cairo_t *cr = scope->cr;
  const KwaMapPalette *palette = scope->palette;
  const KwaStrokePen pens[] = {
    { KWA_MDL_CASING_WIDTH * scale, palette->mdl_casing, 1, 0, 0 },
    { KWA_MDL_WIDTH * scale, palette->mdl, 1, 0, 0 },
  };
  cairo_rectangle_int_t clip;

  if (kwa_render_scope_draws_one_unit_per_pixel (scope, &clip))
    {
      kwa_render_scope_stroke_line_directly (scope, line->points, line->n_points,
                                             pens, G_N_ELEMENTS (pens), &clip);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (pens); i++)
    {
      cairo_set_line_width (cr, pens[i].width);
      kwa_render_set_color (cr, &pens[i].color, pens[i].alpha);
      kwa_ink_stroke_preserve (cr);
    }
}

/* The DMZ's band first, whatever order the exhibit lists the lines in:
 * the demarcation line runs down its middle and must stay on top. */
static gboolean
is_drawn_in_pass (const KwaAtlasLine *line,
                  guint               pass)
{
  return (line->line->kind == KWA_LINE_DMZ) == (pass == 0);
}

void
kwa_lines_layer_draw (KwaRenderScope *scope)
{
  cairo_t *cr = scope->cr;
  KwaScene *scene = scope->scene;
  KwaMapLayers layers = scope->options->layers;
  double scale = scope->ui_scale * scope->options->line_scale;

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < scene->lines->len; i++)
      {
        const KwaAtlasLine *line = g_ptr_array_index (scene->lines, i);

        if (!is_drawn_in_pass (line, pass))
          continue;

        cairo_save (cr);
        kwa_render_scope_trace_stroke_line (scope, line->points, line->n_points);
        cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

        switch (line->line->kind)
          {
          case KWA_LINE_PARALLEL:
            if (layers & KWA_MAP_LAYER_PARALLEL)
              draw_parallel (scope, line, scale);
            break;
          case KWA_LINE_DMZ:
            if (layers & KWA_MAP_LAYER_DMZ)
              draw_dmz (scope, line, scale);
            break;
          case KWA_LINE_MDL:
            if (layers & KWA_MAP_LAYER_DMZ)
              draw_mdl (scope, line, scale);
            break;
          default:
            break;
          }

        cairo_new_path (cr);
        cairo_restore (cr);
      }
}
