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

/* A line shaped a word at a time. The painter keeps each word's shaping,
 * and a day's date shares its words with the days around it ("June",
 * "1950"): shaped whole, the date was shaped anew every day of a scrub,
 * a tenth of a 1080p frame's work. Words of different scripts ("1945년")
 * have their own fonts' heights: they stand on one baseline. */
typedef struct
{
  GPtrArray *words;    /* KwaShapedText, %NULL where two spaces met */
  GArray    *lefts;    /* double: each word's left edge */
  double     width;
  double     ascent;   /* from the line's top to its baseline */
  double     height;
} ShapedLine;

static void
shaped_line_free (ShapedLine *line)
{
  g_ptr_array_unref (line->words);
  g_array_unref (line->lefts);
  g_free (line);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ShapedLine, shaped_line_free)

static ShapedLine *
shape_line (KwaTextPainter *painter,
            const char     *text,
            double          size_px,
            PangoWeight     weight)
{
  ShapedLine *line = g_new0 (ShapedLine, 1);
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  g_autoptr(KwaShapedText) space = kwa_text_painter_shape (painter, " ", size_px, weight);
  PangoRectangle rect;
  double x = 0, descent = 0, space_width;

  line->words = g_ptr_array_new_with_free_func ((GDestroyNotify) kwa_shaped_text_unref);
  line->lefts = g_array_new (FALSE, FALSE, sizeof (double));
  kwa_shaped_text_get_extents (space, &rect);
  space_width = rect.width;

  for (guint i = 0; words[i] != NULL; i++)
    {
      KwaShapedText *word = NULL;

      if (i > 0)
        x += space_width;
      if (words[i][0] != '\0')
        {
          double baseline;

          word = kwa_text_painter_shape (painter, words[i], size_px, weight);
          kwa_shaped_text_get_extents (word, &rect);
          baseline = pango_layout_get_baseline (kwa_shaped_text_get_layout (word)) / (double) PANGO_SCALE;
          line->ascent = MAX (line->ascent, baseline);
          descent = MAX (descent, rect.height - baseline);
          g_array_append_val (line->lefts, x);
          x += rect.width;
        }
      else
        g_array_append_val (line->lefts, x);
      g_ptr_array_add (line->words, word);
    }
  line->width = x;
  line->height = ceil (line->ascent + descent);

  return line;
}

static void
draw_line (cairo_t    *cr,
           ShapedLine *line,
           double      x,
           double      y)
{
  for (guint i = 0; i < line->words->len; i++)
    {
      KwaShapedText *word = line->words->pdata[i];
      PangoLayout *layout;

      if (word == NULL)
        continue;
      layout = kwa_shaped_text_get_layout (word);
      cairo_move_to (cr, x + g_array_index (line->lefts, double, i),
                     y + line->ascent - pango_layout_get_baseline (layout) / (double) PANGO_SCALE);
      kwa_ink_show_layout (cr, layout);
    }
}

/* The card's date and phase at @scale; FALSE when it would cover more of
 * the view than its share. */
static gboolean
shape_card (KwaRenderScope  *scope,
            double           scale,
            ShapedLine     **date_line,
            KwaShapedText  **phase_text,
            PangoRectangle  *phase_rect)
{
  KwaScene *scene = scope->scene;
  const KwaRenderOptions *options = scope->options;
  g_autofree char *date = kwa_date_format (scene->date, options->language);
  double pad = 14 * scale;

  *date_line = shape_line (scope->text, date, 34 * scale, PANGO_WEIGHT_BOLD);
  *phase_rect = (PangoRectangle) { 0 };
  *phase_text = NULL;
  if (scene->phase != NULL)
    {
      *phase_text = kwa_text_painter_shape (scope->text, kwa_text_get (&scene->phase->name, options->language),
                                            17 * scale, PANGO_WEIGHT_MEDIUM);
      kwa_shaped_text_get_extents (*phase_text, phase_rect);
    }
  return MAX ((*date_line)->width, phase_rect->width) + 2 * pad <= scope->viewport->width * MAX_WIDTH_SHARE &&
         (*date_line)->height + phase_rect->height + 2 * pad <= scope->viewport->height * MAX_HEIGHT_SHARE;
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
  g_autoptr(ShapedLine) date_line = NULL;
  g_autoptr(KwaShapedText) phase_text = NULL;
  PangoRectangle phase_rect;
  double margin, pad;

  if (!(options->layers & KWA_MAP_LAYER_DATE))
    return;

  while (!shape_card (scope, scale, &date_line, &phase_text, &phase_rect) &&
         scale * 0.9 >= by_screen)
    {
      g_clear_pointer (&date_line, shaped_line_free);
      g_clear_pointer (&phase_text, kwa_shaped_text_unref);
      scale *= 0.9;
    }
  margin = 20 * scale;
  pad = 14 * scale;
  *scope->date_card = (cairo_rectangle_t) { margin, margin,
                                            MAX (date_line->width, phase_rect.width) + 2 * pad,
                                            date_line->height + phase_rect.height + 2 * pad };

  cairo_save (cr);
  kwa_render_fill_panel (cr, palette, scope->date_card->x, scope->date_card->y,
                         scope->date_card->width, scope->date_card->height, 10 * scale);
  kwa_render_set_color (cr, &palette->ink, 1);
  draw_line (cr, date_line, margin + pad, margin + pad);
  if (phase_text != NULL)
    {
      cairo_move_to (cr, margin + pad, margin + pad + date_line->height);
      kwa_render_set_color (cr, &palette->ink, 0.75);
      kwa_ink_show_layout (cr, kwa_shaped_text_get_layout (phase_text));
    }
  cairo_restore (cr);
}
