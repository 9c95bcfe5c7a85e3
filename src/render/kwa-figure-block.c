/* kwa-figure-block.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-figure-sheet"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "kwa-figure-sheet-private.h"
#include "kwa-i18n.h"
#include "kwa-quantity.h"

/* The blocks of a figure sheet: a chart (its title, a row per figure, the
 * scale and the sources), or the key that explains every chart's marks.
 * Sizes are in the sheet's text size, S. */

#define S(sheet, n) ((n) * (sheet)->size)

/* A bar's height; the band of a disputed range and the mark of a best
 * estimate reach past it by this much on each side. */
#define BAR_HEIGHT     1.15
#define MARK_OVERHANG  0.28
/* How light the disputed band is over the paper, under its hatching. */
#define BAND_ALPHA     0.22
/* A number above zero never draws narrower than this, so it is seen. */
#define MIN_BAR        0.12

typedef enum
{
  SAMPLE_LOWEST,
  SAMPLE_RANGE,
  SAMPLE_BEST,
  SAMPLE_SIDE,
} KeySample;

static void
clear_row (KwaFigureRow *row)
{
  g_clear_object (&row->label);
  g_clear_object (&row->value);
}

static void
clear_sample (KwaKeySample *sample)
{
  g_clear_object (&sample->label);
}

void
kwa_figure_block_free (KwaFigureBlock *block)
{
  g_clear_object (&block->title);
  g_clear_object (&block->caption);
  g_clear_object (&block->sources);
  g_clear_pointer (&block->rows, g_array_unref);
  g_clear_pointer (&block->ticks, g_ptr_array_unref);
  g_clear_pointer (&block->samples, g_array_unref);
  g_free (block);
}

static double
layout_height (PangoLayout *layout)
{
  double height;

  kwa_figure_sheet_layout_size (layout, NULL, &height);
  return height;
}

static double
layout_width (PangoLayout *layout)
{
  double width;

  kwa_figure_sheet_layout_size (layout, &width, NULL);
  return width;
}

static const KwaColor *
bar_color (KwaFigureSheet  *sheet,
           const KwaFigure *figure)
{
  return figure->has_side ? &sheet->ink.side[figure->side] : &sheet->ink.neutral;
}

/* ---- the chart's words ------------------------------------------------ */

static PangoLayout *
make_caption (KwaFigureSheet *sheet,
              KwaChartPlan   *plan)
{
  const KwaFigure *first = g_ptr_array_index (plan->figures, 0);
  const char *unit = kwa_text_get (&first->unit, sheet->language);
  g_autofree char *text = NULL;

  /* Translators: under a chart's title: what its numbers count, such as
     "Unit: people". */
  text = kwa_fill_pattern (kwa_gettext_in (sheet->language, N_("Unit: {unit}")), "{unit}", unit, NULL);
  if (plan->notes != NULL)
    {
      g_autofree char *both = g_strdup_printf ("%s\n%s", text, plan->notes);

      g_free (text);
      text = g_steal_pointer (&both);
    }

  return kwa_figure_sheet_make_layout (sheet, text, S (sheet, 0.85), PANGO_WEIGHT_NORMAL, sheet->width);
}

/* "Sources: Walter G. Hermes, 1966; Allan R. Millett, 2010": each once,
 * in the order the figures cite them. */
static PangoLayout *
make_sources (KwaFigureSheet *sheet,
              KwaChartPlan   *plan)
{
  g_autoptr(GPtrArray) cited = g_ptr_array_new ();
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; i < plan->figures->len; i++)
    {
      const KwaFigure *figure = g_ptr_array_index (plan->figures, i);

      for (guint j = 0; j < figure->n_sources; j++)
        if (!g_ptr_array_find (cited, figure->sources[j], NULL))
          g_ptr_array_add (cited, (gpointer) figure->sources[j]);
    }

  for (guint i = 0; i < cited->len; i++)
    {
      const KwaSource *source = g_ptr_array_index (cited, i);

      if (i > 0)
        g_string_append (list, "; ");
      g_string_append (list, source->author != NULL ? source->author : source->publisher);
      if (source->year > 0)
        g_string_append_printf (list, ", %d", source->year);
    }

  /* Translators: under a chart, the works its figures come from. */
  text = kwa_fill_pattern (kwa_gettext_in (sheet->language, N_("Sources: {list}")), "{list}", list->str, NULL);
  return kwa_figure_sheet_make_layout (sheet, text, S (sheet, 0.75), PANGO_WEIGHT_NORMAL, sheet->width);
}

/* ---- the scale -------------------------------------------------------- */

/* 1, 2, 2.5 or 5 times a power of ten, at least @raw. */
static double
nice_step (double raw)
{
  double power = pow (10, floor (log10 (raw)));
  double fraction = raw / power;

  if (fraction <= 1)
    return power;
  if (fraction <= 2)
    return 2 * power;
  if (fraction <= 2.5)
    return 2.5 * power;
  if (fraction <= 5)
    return 5 * power;
  return 10 * power;
}

/* Four or so steps from zero past the highest estimate, as few as the
 * numbers under the steps need to stand apart. */
static void
choose_scale (KwaFigureSheet *sheet,
              KwaFigureBlock *block,
              double          highest)
{
  double step = nice_step (MAX (highest, 1e-9) / 4);

  for (int attempt = 0; attempt < 24; attempt++)
    {
      double scale_max = ceil (highest / step - 1e-9) * step;
      g_autofree char *widest = kwa_quantity_format_count (scale_max);
      g_autoptr(PangoLayout) probe = kwa_figure_sheet_make_layout (sheet, widest, S (sheet, 0.8),
                                                                   PANGO_WEIGHT_NORMAL, -1);

      block->scale_max = MAX (scale_max, step);
      block->step = step;
      if (block->bar_width / (block->scale_max / step) >= layout_width (probe) + S (sheet, 1))
        break;
      step = nice_step (step * 1.01);
    }

  block->ticks = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i * block->step <= block->scale_max * (1 + 1e-9); i++)
    {
      g_autofree char *number = kwa_quantity_format_count (i * block->step);

      g_ptr_array_add (block->ticks, kwa_figure_sheet_make_layout (sheet, number, S (sheet, 0.8),
                                                                   PANGO_WEIGHT_NORMAL, -1));
    }
}

static double
scale_x (KwaFigureBlock *block,
         double          value)
{
  return block->bar_width * CLAMP (value / block->scale_max, 0, 1);
}

/* ---- a chart ---------------------------------------------------------- */

static double
lay_out_rows (KwaFigureSheet *sheet,
              KwaFigureBlock *block,
              KwaChartPlan   *plan,
              double          y)
{
  for (guint i = 0; i < block->rows->len; i++)
    {
      KwaFigureRow *row = &g_array_index (block->rows, KwaFigureRow, i);

      row->label = kwa_figure_sheet_make_layout (sheet, kwa_text_get (&row->figure->label, sheet->language),
                                                 S (sheet, 1), PANGO_WEIGHT_NORMAL, sheet->width);
      row->top = y;
      row->bar_top = y + layout_height (row->label) + S (sheet, 0.3);
      if (!block->values_beside)
        row->bar_top += layout_height (row->value) + S (sheet, 0.15);
      row->bottom = row->bar_top + S (sheet, BAR_HEIGHT);
      y = row->bottom + S (sheet, 0.9);
    }

  return y - S (sheet, 0.9);
}

KwaFigureBlock *
kwa_figure_block_new_chart (KwaFigureSheet *sheet,
                            KwaChartPlan   *plan)
{
  KwaFigureBlock *block = g_new0 (KwaFigureBlock, 1);
  double values_width = 0;
  double highest = 0;
  double y;

  block->rows = g_array_new (FALSE, TRUE, sizeof (KwaFigureRow));
  g_array_set_clear_func (block->rows, (GDestroyNotify) clear_row);
  for (guint i = 0; i < plan->figures->len; i++)
    {
      const KwaFigure *figure = g_ptr_array_index (plan->figures, i);
      g_autofree char *value = kwa_quantity_format_range (figure->low, figure->high);
      KwaFigureRow row = { figure };

      row.value = kwa_figure_sheet_make_layout (sheet, value, S (sheet, 1), PANGO_WEIGHT_BOLD, -1);
      values_width = MAX (values_width, layout_width (row.value));
      highest = MAX (highest, figure->high);
      g_array_append_val (block->rows, row);
    }

  /* The numbers stand in a column of their own right of the longest bar,
   * and the bars share what is left; on a sheet too narrow for that, each
   * number goes under its label and the bars take the whole width. */
  block->values_beside = values_width <= sheet->width * 0.45;
  block->value_x = block->values_beside ? sheet->width - values_width : 0;
  block->bar_width = block->values_beside ? block->value_x - S (sheet, 0.8) : sheet->width;
  choose_scale (sheet, block, highest);

  block->title = kwa_figure_sheet_make_layout (sheet, plan->title, S (sheet, 1.35), PANGO_WEIGHT_BOLD, sheet->width);
  block->caption = make_caption (sheet, plan);
  block->caption_top = layout_height (block->title) + S (sheet, 0.2);
  y = block->caption_top + layout_height (block->caption) + S (sheet, 0.9);
  y = lay_out_rows (sheet, block, plan, y);
  block->axis_top = y + S (sheet, MARK_OVERHANG + 0.15);
  y = block->axis_top + (block->ticks->len > 0 ? layout_height (g_ptr_array_index (block->ticks, 0)) : 0);
  block->sources = make_sources (sheet, plan);
  block->sources_top = y + S (sheet, 0.6);
  block->height = block->sources_top + layout_height (block->sources);

  return block;
}

/* Diagonal strokes across a rectangle, clipped to it. */
static void
hatch (cairo_t *cr,
       double   x,
       double   y,
       double   width,
       double   height,
       double   spacing)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  for (double start = x - height; start < x + width; start += spacing)
    {
      cairo_move_to (cr, start, y + height);
      cairo_line_to (cr, start + height, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The part no source disputes solid, the disputed span banded and
 * hatched, and the best estimate a mark across both. */
static void
draw_bar (KwaFigureSheet  *sheet,
          KwaFigureBlock  *block,
          cairo_t         *cr,
          const KwaFigure *figure,
          double           top)
{
  const KwaColor *color = bar_color (sheet, figure);
  double height = S (sheet, BAR_HEIGHT);
  double low = scale_x (block, figure->low);
  double high = scale_x (block, figure->high);

  if (figure->low > 0)
    {
      kwa_figure_sheet_set_color (cr, color, 1);
      cairo_rectangle (cr, 0, top, MAX (low, S (sheet, MIN_BAR)), height);
      cairo_fill (cr);
    }

  if (figure->high > figure->low)
    {
      double band = MAX (high - low, S (sheet, MIN_BAR));

      kwa_figure_sheet_set_color (cr, color, BAND_ALPHA);
      cairo_rectangle (cr, low, top, band, height);
      cairo_fill (cr);
      kwa_figure_sheet_set_color (cr, color, 0.9);
      cairo_set_line_width (cr, S (sheet, 0.09));
      hatch (cr, low, top, band, height, S (sheet, 0.42));
      cairo_rectangle (cr, low, top + S (sheet, 0.045), band - S (sheet, 0.045), height - S (sheet, 0.09));
      cairo_stroke (cr);
    }

  if (figure->has_best && figure->high > figure->low)
    {
      double x = scale_x (block, figure->best);

      kwa_figure_sheet_set_color (cr, &sheet->ink.ink, 1);
      cairo_rectangle (cr, x - S (sheet, 0.1), top - S (sheet, MARK_OVERHANG), S (sheet, 0.2),
                       height + 2 * S (sheet, MARK_OVERHANG));
      cairo_fill (cr);
    }
}

static void
draw_grid (KwaFigureSheet *sheet,
           KwaFigureBlock *block,
           cairo_t        *cr)
{
  cairo_set_line_width (cr, MAX (S (sheet, 0.06), 1));
  for (guint i = 0; i < block->ticks->len; i++)
    {
      double x = scale_x (block, i * block->step);

      kwa_figure_sheet_set_color (cr, i == 0 ? &sheet->ink.muted : &sheet->ink.grid, 1);
      for (guint j = 0; j < block->rows->len; j++)
        {
          KwaFigureRow *row = &g_array_index (block->rows, KwaFigureRow, j);

          cairo_move_to (cr, x, row->bar_top - S (sheet, MARK_OVERHANG));
          cairo_line_to (cr, x, row->bottom + S (sheet, MARK_OVERHANG));
        }
      cairo_stroke (cr);
    }
}

static void
draw_ticks (KwaFigureSheet *sheet,
            KwaFigureBlock *block,
            cairo_t        *cr)
{
  for (guint i = 0; i < block->ticks->len; i++)
    {
      PangoLayout *tick = g_ptr_array_index (block->ticks, i);
      double width = layout_width (tick);
      double x = CLAMP (scale_x (block, i * block->step) - width / 2, 0, sheet->width - width);

      kwa_figure_sheet_show_layout (cr, tick, &sheet->ink.muted, x, block->axis_top);
    }
}

static void
draw_chart (KwaFigureSheet *sheet,
            KwaFigureBlock *block,
            cairo_t        *cr)
{
  kwa_figure_sheet_show_layout (cr, block->title, &sheet->ink.ink, 0, 0);
  kwa_figure_sheet_show_layout (cr, block->caption, &sheet->ink.muted, 0, block->caption_top);
  draw_grid (sheet, block, cr);

  for (guint i = 0; i < block->rows->len; i++)
    {
      KwaFigureRow *row = &g_array_index (block->rows, KwaFigureRow, i);
      double value_height = layout_height (row->value);

      kwa_figure_sheet_show_layout (cr, row->label, &sheet->ink.ink, 0, row->top);
      draw_bar (sheet, block, cr, row->figure, row->bar_top);
      if (block->values_beside)
        kwa_figure_sheet_show_layout (cr, row->value, &sheet->ink.ink, sheet->width - layout_width (row->value),
                                      row->bar_top + (S (sheet, BAR_HEIGHT) - value_height) / 2);
      else
        kwa_figure_sheet_show_layout (cr, row->value, &sheet->ink.ink, 0,
                                      row->bar_top - S (sheet, 0.15) - value_height);
    }

  draw_ticks (sheet, block, cr);
  kwa_figure_sheet_show_layout (cr, block->sources, &sheet->ink.muted, 0, block->sources_top);
}

gboolean
kwa_figure_block_find_row (KwaFigureBlock   *block,
                           double            y,
                           const KwaFigure **out_figure)
{
  for (guint i = 0; block->rows != NULL && i < block->rows->len; i++)
    {
      KwaFigureRow *row = &g_array_index (block->rows, KwaFigureRow, i);

      if (y >= row->top && y <= row->bottom)
        {
          if (out_figure != NULL)
            *out_figure = row->figure;
          return TRUE;
        }
    }

  return FALSE;
}

/* ---- the key ---------------------------------------------------------- */

static void
add_sample (KwaFigureSheet *sheet,
            KwaFigureBlock *block,
            KeySample       kind,
            const KwaColor *color,
            const char     *text)
{
  KwaKeySample sample = { kind, *color };

  sample.label = kwa_figure_sheet_make_layout (sheet, text, S (sheet, 0.9), PANGO_WEIGHT_NORMAL, -1);
  g_array_append_val (block->samples, sample);
}

/* Samples flow left to right, a swatch and its words, onto as many lines
 * as the width needs. */
static double
flow_samples (KwaFigureSheet *sheet,
              KwaFigureBlock *block,
              double          top)
{
  double line_height = S (sheet, 1.6);
  double x = 0;
  double y = top;

  for (guint i = 0; i < block->samples->len; i++)
    {
      KwaKeySample *sample = &g_array_index (block->samples, KwaKeySample, i);
      double width = S (sheet, 2.2) + layout_width (sample->label);

      if (x > 0 && x + width > sheet->width)
        {
          x = 0;
          y += line_height;
        }
      sample->x = x;
      sample->y = y;
      x += width + S (sheet, 1.4);
    }

  return y + line_height;
}

KwaFigureBlock *
kwa_figure_block_new_key (KwaFigureSheet *sheet)
{
  KwaFigureBlock *block = g_new0 (KwaFigureBlock, 1);
  KwaLanguage language = sheet->language;

  block->samples = g_array_new (FALSE, TRUE, sizeof (KwaKeySample));
  g_array_set_clear_func (block->samples, (GDestroyNotify) clear_sample);
  /* Translators: the key to the Figures view's charts. */
  block->title = kwa_figure_sheet_make_layout (sheet, kwa_gettext_in (language, N_("How to read the charts")),
                                               S (sheet, 1.1), PANGO_WEIGHT_BOLD, sheet->width);

  /* Translators: in the charts' key: the solid part of a bar. */
  add_sample (sheet, block, SAMPLE_LOWEST, &sheet->ink.neutral, kwa_gettext_in (language, N_("Lowest estimate")));
  /* Translators: in the charts' key: the hatched part of a bar. */
  add_sample (sheet, block, SAMPLE_RANGE, &sheet->ink.neutral,
              kwa_gettext_in (language, N_("Range where sources disagree")));
  /* Translators: in the charts' key: the mark across a bar. */
  add_sample (sheet, block, SAMPLE_BEST, &sheet->ink.ink, kwa_gettext_in (language, N_("Best estimate")));
  for (int side = 0; side < KWA_N_SIDES; side++)
    add_sample (sheet, block, SAMPLE_SIDE, &sheet->ink.side[side],
                kwa_text_get (&kwa_exhibit_get_side (sheet->exhibit, side)->name, language));

  block->height = flow_samples (sheet, block, layout_height (block->title) + S (sheet, 0.5));
  return block;
}

static void
draw_swatch (KwaFigureSheet     *sheet,
             cairo_t            *cr,
             const KwaKeySample *sample,
             double              y)
{
  double width = S (sheet, 1.7);
  double height = S (sheet, 0.9);

  switch ((KeySample) sample->kind)
    {
    case SAMPLE_LOWEST:
    case SAMPLE_SIDE:
      kwa_figure_sheet_set_color (cr, &sample->color, 1);
      cairo_rectangle (cr, sample->x, y, width, height);
      cairo_fill (cr);
      break;

    case SAMPLE_RANGE:
      kwa_figure_sheet_set_color (cr, &sample->color, BAND_ALPHA);
      cairo_rectangle (cr, sample->x, y, width, height);
      cairo_fill (cr);
      kwa_figure_sheet_set_color (cr, &sample->color, 0.9);
      cairo_set_line_width (cr, S (sheet, 0.09));
      hatch (cr, sample->x, y, width, height, S (sheet, 0.42));
      cairo_rectangle (cr, sample->x, y + S (sheet, 0.045), width - S (sheet, 0.045), height - S (sheet, 0.09));
      cairo_stroke (cr);
      break;

    case SAMPLE_BEST:
      kwa_figure_sheet_set_color (cr, &sheet->ink.neutral, 1);
      cairo_rectangle (cr, sample->x, y, width, height);
      cairo_fill (cr);
      kwa_figure_sheet_set_color (cr, &sample->color, 1);
      cairo_rectangle (cr, sample->x + width * 0.6 - S (sheet, 0.1), y - S (sheet, MARK_OVERHANG),
                       S (sheet, 0.2), height + 2 * S (sheet, MARK_OVERHANG));
      cairo_fill (cr);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
draw_key (KwaFigureSheet *sheet,
          KwaFigureBlock *block,
          cairo_t        *cr)
{
  kwa_figure_sheet_show_layout (cr, block->title, &sheet->ink.ink, 0, 0);
  for (guint i = 0; i < block->samples->len; i++)
    {
      KwaKeySample *sample = &g_array_index (block->samples, KwaKeySample, i);
      double label_height = layout_height (sample->label);
      double middle = sample->y + S (sheet, 0.8);

      draw_swatch (sheet, cr, sample, middle - S (sheet, 0.45));
      kwa_figure_sheet_show_layout (cr, sample->label, &sheet->ink.ink, sample->x + S (sheet, 2.2),
                                    middle - label_height / 2);
    }
}

void
kwa_figure_block_draw (KwaFigureSheet *sheet,
                       KwaFigureBlock *block,
                       cairo_t        *cr)
{
  cairo_save (cr);
  if (block->samples != NULL)
    draw_key (sheet, block, cr);
  else
    draw_chart (sheet, block, cr);
  cairo_restore (cr);
}
