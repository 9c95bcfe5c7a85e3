/* kwa-front-layer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-front-layer"

#include "config.h"

#include "kwa-ink.h"
#include "kwa-front-line.h"
#include "kwa-front-layer.h"

/* The front on the scene's day, bold over a halo, and where it ran three
 * weeks before, dashed: each from coast to coast (KwaScene's *_ashore). */

/* The line three weeks behind, dashed, then the front's halo and ink line
 * in one pass, stroked straight into an image target (see
 * KwaPolylineStroke); FALSE where cairo must stroke them. */
static gboolean
stroke_front_directly (KwaRenderScope *scope,
                       double          scale)
{
  KwaScene *scene = scope->scene;
  const KwaMapPalette *palette = scope->palette;
  const KwaStrokePen ghost = { 1.6 * scale, palette->ink, 0.45, 3.6 * scale, 2.4 * scale };
  const KwaStrokePen front[] = {
    { 5.5 * scale, palette->halo, 0.75, 0, 0 },
    { 2.6 * scale, palette->ink, 0.95, 0, 0 },
  };
  cairo_rectangle_int_t clip;

  if (!kwa_render_scope_draws_one_unit_per_pixel (scope, &clip))
    return FALSE;

  if (scene->n_ghost_ashore > 1)
    kwa_render_scope_stroke_line_directly (scope, scene->ghost_ashore, scene->n_ghost_ashore, &ghost, 1, &clip);
  if (scene->n_front_ashore > 1)
    kwa_render_scope_stroke_line_directly (scope, scene->front_ashore, scene->n_front_ashore,
                                           front, G_N_ELEMENTS (front), &clip);

  return TRUE;
}

/* After the armistice the Military Demarcation Line is the line; the
 * front is not drawn on top of it. */
static gboolean
shows_demarcation_line (KwaRenderScope *scope)
{
  KwaScene *scene = scope->scene;

  for (guint i = 0; i < scene->lines->len; i++)
    if (((const KwaAtlasLine *) g_ptr_array_index (scene->lines, i))->line->kind == KWA_LINE_MDL &&
        (scope->options->layers & KWA_MAP_LAYER_DMZ))
      return TRUE;

  return FALSE;
}

static void
draw_ghost (KwaRenderScope *scope,
            double          scale)
{
  cairo_t *cr = scope->cr;
  double dashes[] = { 3.6 * scale, 2.4 * scale };

  kwa_render_scope_trace_stroke_line (scope, scope->scene->ghost_ashore, scope->scene->n_ghost_ashore);
  /* Butt caps: a rectangle per dash for cairo instead of two arcs. */
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_dash (cr, dashes, 2, 0);
  cairo_set_line_width (cr, 1.6 * scale);
  kwa_render_set_color (cr, &scope->palette->ink, 0.45);
  kwa_ink_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
}

void
kwa_front_layer_draw (KwaRenderScope *scope)
{
  cairo_t *cr = scope->cr;
  KwaScene *scene = scope->scene;
  const KwaRenderOptions *options = scope->options;
  const KwaMapPalette *palette = scope->palette;
  double scale = scope->ui_scale * options->line_scale;

  if (!scene->has_front || !(options->layers & KWA_MAP_LAYER_FRONT))
    return;

  if (shows_demarcation_line (scope))
    return;

  if (stroke_front_directly (scope, scale))
    return;

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  if (scene->n_ghost_ashore > 1)
    draw_ghost (scope, scale);

  if (scene->n_front_ashore < 2)
    {
      cairo_restore (cr);
      return;
    }
  kwa_render_scope_trace_stroke_line (scope, scene->front_ashore, scene->n_front_ashore);
  cairo_set_line_width (cr, 5.5 * scale);
  kwa_render_set_color (cr, &palette->halo, 0.75);
  kwa_ink_stroke_preserve (cr);
  cairo_set_line_width (cr, 2.6 * scale);
  kwa_render_set_color (cr, &palette->ink, 0.95);
  kwa_ink_stroke (cr);
  cairo_restore (cr);
}
