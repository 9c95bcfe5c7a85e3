/* kwa-sketch-layer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-sketch-layer"

#include "config.h"

#include "kwa-ink.h"
#include "kwa-sketch-layer.h"

/* On top of everything: a teacher's pen strokes, in map units, so they
 * stay on what they mark as the view moves. */
void
kwa_sketch_layer_draw (KwaRenderScope *scope)
{
  cairo_t *cr = scope->cr;
  KwaSketch *sketch = scope->options->sketch;
  guint n;

  if (sketch == NULL || (n = kwa_sketch_get_n_strokes (sketch)) == 0)
    return;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n; i++)
    {
      const KwaStroke *stroke = kwa_sketch_get_stroke (sketch, i);
      const KwaMapPoint *points = (const KwaMapPoint *) stroke->points->data;

      cairo_new_path (cr);
      kwa_render_scope_trace_polyline (scope, points, stroke->points->len);
      if (stroke->points->len == 1)
        cairo_rel_line_to (cr, 0.01, 0);   /* a tap leaves a dot */
      cairo_set_line_width (cr, stroke->width * scope->options->line_scale);
      kwa_render_set_color (cr, &stroke->color, 0.9);
      kwa_ink_stroke (cr);
    }
  cairo_restore (cr);
}
