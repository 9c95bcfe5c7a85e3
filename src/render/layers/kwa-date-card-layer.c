/* kwa-date-card-layer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-date-card-layer"

#include "config.h"

#include <pango/pangocairo.h>

#include "kwa-date-card-layer.h"

/* Top left: the scene's date, large, and the phase of the war under it. */
void
kwa_date_card_layer_draw (KwaRenderScope *scope)
{
  cairo_t *cr = scope->cr;
  KwaScene *scene = scope->scene;
  const KwaRenderOptions *options = scope->options;
  const KwaMapPalette *palette = scope->palette;
  double scale = scope->ui_scale;
  g_autofree char *date = kwa_date_format (scene->date, options->language);
  g_autoptr(KwaShapedText) date_text = kwa_text_painter_shape (scope->text, date, 34 * scale, PANGO_WEIGHT_BOLD);
  g_autoptr(KwaShapedText) phase_text = NULL;
  PangoRectangle date_rect, phase_rect = { 0 };
  double margin = 20 * scale, pad = 14 * scale;

  if (!(options->layers & KWA_MAP_LAYER_DATE))
    return;

  kwa_shaped_text_get_extents (date_text, &date_rect);
  if (scene->phase != NULL)
    {
      phase_text = kwa_text_painter_shape (scope->text, kwa_text_get (&scene->phase->name, options->language),
                                           17 * scale, PANGO_WEIGHT_MEDIUM);
      kwa_shaped_text_get_extents (phase_text, &phase_rect);
    }

  cairo_save (cr);
  kwa_render_fill_panel (cr, palette, margin, margin,
                         MAX (date_rect.width, phase_rect.width) + 2 * pad,
                         date_rect.height + phase_rect.height + 2 * pad, 10 * scale);
  cairo_move_to (cr, margin + pad, margin + pad);
  kwa_render_set_color (cr, &palette->ink, 1);
  pango_cairo_show_layout (cr, kwa_shaped_text_get_layout (date_text));
  if (phase_text != NULL)
    {
      cairo_move_to (cr, margin + pad, margin + pad + date_rect.height);
      kwa_render_set_color (cr, &palette->ink, 0.75);
      pango_cairo_show_layout (cr, kwa_shaped_text_get_layout (phase_text));
    }
  cairo_restore (cr);
}
