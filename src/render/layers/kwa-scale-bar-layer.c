/* kwa-scale-bar-layer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-scale-bar-layer"

#include "config.h"

#include <math.h>

#include "kwa-ink.h"
#include "kwa-scale-bar-layer.h"

/* Bottom left: a bar of a round number of kilometres, about 160 pixels
 * long, in two halves. */

/* The round distance (1, 2 or 5 times a power of ten) at most @km. */
static double
nice_distance (double km)
{
  double base = pow (10, floor (log10 (km)));

  if (km >= 5 * base)
    return 5 * base;
  if (km >= 2 * base)
    return 2 * base;
  return base;
}

void
kwa_scale_bar_layer_draw (KwaRenderScope *scope)
{
  cairo_t *cr = scope->cr;
  const KwaViewport *viewport = scope->viewport;
  const KwaMapPalette *palette = scope->palette;
  double scale = scope->ui_scale;
  double km = nice_distance (160 * scale / viewport->scale);
  double length = km * viewport->scale;
  double x = 24 * scale, y = viewport->height - 28 * scale;
  g_autofree char *text = g_strdup_printf ("%g km", km);
  g_autoptr(KwaShapedText) label = kwa_text_painter_shape (scope->text, text, 12 * scale, PANGO_WEIGHT_MEDIUM);

  if (!(scope->options->layers & KWA_MAP_LAYER_SCALE_BAR))
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x, y, length, 5 * scale);
  kwa_render_set_color (cr, &palette->halo, 0.9);
  cairo_set_line_width (cr, 3 * scale);
  kwa_ink_stroke_preserve (cr);
  kwa_render_set_color (cr, &palette->ink, 0.9);
  kwa_ink_fill (cr);
  cairo_rectangle (cr, x + length / 2, y, length / 2, 5 * scale);
  kwa_render_set_color (cr, &palette->halo, 1);
  kwa_ink_fill (cr);
  cairo_restore (cr);
  kwa_render_scope_draw_text (scope, label, x, y - 18 * scale, &palette->ink, 3 * scale, 1);
}
