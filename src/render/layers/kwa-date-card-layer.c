/* kwa-date-card-layer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-date-card-layer"

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "kwa-ink.h"
#include "kwa-date-card-layer.h"

/* How much of the map the card may cover, at most: it names the date, it
 * must not hide the war. */
#define MAX_WIDTH_SHARE  0.42
#define MAX_HEIGHT_SHARE 0.16

/* The card's date and phase at @scale; FALSE when it would cover more of
 * the view than its share. */
static gboolean
shape_card (KwaRenderScope  *scope,
            double           scale,
            KwaShapedText  **date_text,
            KwaShapedText  **phase_text,
            PangoRectangle  *date_rect,
            PangoRectangle  *phase_rect)
{
  KwaScene *scene = scope->scene;
  const KwaRenderOptions *options = scope->options;
  g_autofree char *date = kwa_date_format (scene->date, options->language);
  double pad = 14 * scale;

  *date_text = kwa_text_painter_shape (scope->text, date, 34 * scale, PANGO_WEIGHT_BOLD);
  kwa_shaped_text_get_extents (*date_text, date_rect);
  *phase_rect = (PangoRectangle) { 0 };
  *phase_text = NULL;
  if (scene->phase != NULL)
    {
      *phase_text = kwa_text_painter_shape (scope->text, kwa_text_get (&scene->phase->name, options->language),
                                            17 * scale, PANGO_WEIGHT_MEDIUM);
      kwa_shaped_text_get_extents (*phase_text, phase_rect);
    }
  return MAX (date_rect->width, phase_rect->width) + 2 * pad <= scope->viewport->width * MAX_WIDTH_SHARE &&
         date_rect->height + phase_rect->height + 2 * pad <= scope->viewport->height * MAX_HEIGHT_SHARE;
}

/* Top left: the scene's date, large, and the phase of the war under it.
 * Larger text grows it only by the square root of the text size (200 %
 * gives 141 %: the date is already large), and never past its share of
 * the view, shrinking a step at a time but never below the size it has
 * at text size 1 (the growth is capped, the desk card left as it was). */
void
kwa_date_card_layer_draw (KwaRenderScope *scope)
{
  cairo_t *cr = scope->cr;
  const KwaRenderOptions *options = scope->options;
  const KwaMapPalette *palette = scope->palette;
  double text_scale = MAX (options->text_scale, 1.0);
  double by_screen = scope->ui_scale / text_scale;
  double scale = by_screen * sqrt (text_scale);
  g_autoptr(KwaShapedText) date_text = NULL;
  g_autoptr(KwaShapedText) phase_text = NULL;
  PangoRectangle date_rect, phase_rect;
  double margin, pad;

  if (!(options->layers & KWA_MAP_LAYER_DATE))
    return;

  while (!shape_card (scope, scale, &date_text, &phase_text, &date_rect, &phase_rect) &&
         scale * 0.9 >= by_screen)
    {
      g_clear_pointer (&date_text, kwa_shaped_text_unref);
      g_clear_pointer (&phase_text, kwa_shaped_text_unref);
      scale *= 0.9;
    }
  margin = 20 * scale;
  pad = 14 * scale;
  *scope->date_card = (cairo_rectangle_t) { margin, margin,
                                            MAX (date_rect.width, phase_rect.width) + 2 * pad,
                                            date_rect.height + phase_rect.height + 2 * pad };

  cairo_save (cr);
  kwa_render_fill_panel (cr, palette, scope->date_card->x, scope->date_card->y,
                         scope->date_card->width, scope->date_card->height, 10 * scale);
  cairo_move_to (cr, margin + pad, margin + pad);
  kwa_render_set_color (cr, &palette->ink, 1);
  kwa_ink_show_layout (cr, kwa_shaped_text_get_layout (date_text));
  if (phase_text != NULL)
    {
      cairo_move_to (cr, margin + pad, margin + pad + date_rect.height);
      kwa_render_set_color (cr, &palette->ink, 0.75);
      kwa_ink_show_layout (cr, kwa_shaped_text_get_layout (phase_text));
    }
  cairo_restore (cr);
}
