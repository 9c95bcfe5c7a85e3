/* kwa-figure-sheet.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-figure-sheet"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "kwa-figure-sheet.h"
#include "kwa-figure-sheet-private.h"
#include "kwa-i18n.h"
#include "kwa-language-fonts.h"
#include "kwa-quantity.h"

/* The figures as bars on a scale from zero, so lengths compare honestly.
 * A disputed number is never one bar: the part every source grants is
 * solid, the span the sources dispute is a hatched band to the highest
 * estimate, and a best estimate, where the exhibit names one, is a mark
 * across the bar. Everything is measured in the sheet's text size, so
 * the same layout serves a window, a projector and A4 paper. */

/* ---- text ------------------------------------------------------------- */

PangoLayout *
kwa_figure_sheet_make_layout (KwaFigureSheet *self,
                              const char     *text,
                              double          size,
                              PangoWeight     weight,
                              double          width)
{
  PangoLayout *layout = pango_layout_new (self->pango);
  g_autofree char *families = kwa_language_fonts_get_page_list (self->language);
  PangoFontDescription *font = pango_font_description_from_string (families);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

void
kwa_figure_sheet_layout_size (PangoLayout *layout,
                              double      *out_width,
                              double      *out_height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (out_width != NULL)
    *out_width = (double) logical.width / PANGO_SCALE;
  if (out_height != NULL)
    *out_height = (double) logical.height / PANGO_SCALE;
}

void
kwa_figure_sheet_set_color (cairo_t        *cr,
                            const KwaColor *color,
                            double          alpha)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, alpha);
}

void
kwa_figure_sheet_show_layout (cairo_t        *cr,
                              PangoLayout    *layout,
                              const KwaColor *color,
                              double          x,
                              double          y)
{
  cairo_save (cr);
  kwa_figure_sheet_set_color (cr, color, 1);
  cairo_move_to (cr, x, y);
  pango_cairo_update_layout (cr, layout);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* ---- which figures make a chart --------------------------------------- */

static void
plan_free (KwaChartPlan *plan)
{
  g_free (plan->title);
  g_free (plan->notes);
  g_ptr_array_unref (plan->figures);
  g_free (plan);
}

static KwaChartPlan *
plan_new (const char *title,
          const char *notes)
{
  KwaChartPlan *plan = g_new0 (KwaChartPlan, 1);

  plan->title = g_strdup (title);
  plan->notes = g_strdup (notes);
  plan->figures = g_ptr_array_new ();
  return plan;
}

static const char *
category_title (KwaFigureCategory category,
                KwaLanguage       language)
{
  switch (category)
    {
    /* Translators: the title of a chart of figures, when the exhibit
       groups none itself. */
    case KWA_FIGURE_CASUALTIES: return kwa_gettext_in (language, N_("Casualties"));
    case KWA_FIGURE_FORCES: return kwa_gettext_in (language, N_("Forces"));
    case KWA_FIGURE_REFUGEES: return kwa_gettext_in (language, N_("Refugees"));
    case KWA_FIGURE_TERRITORY: return kwa_gettext_in (language, N_("Territory"));
    case KWA_FIGURE_OTHER:
    default: return kwa_gettext_in (language, N_("Other figures"));
    }
}

static gboolean
same_unit (const KwaFigure *a,
           const KwaFigure *b)
{
  return g_strcmp0 (kwa_text_get (&a->unit, a->unit.fallback), kwa_text_get (&b->unit, b->unit.fallback)) == 0;
}

/* The figures no chart of the curator's holds: a chart per category,
 * split where the unit changes (people and kilometres share no scale). */
static void
plan_by_category (KwaFigureSheet *self,
                  GHashTable     *charted)
{
  const KwaFigure *figures;
  guint n_figures;

  figures = kwa_exhibit_get_figures (self->exhibit, &n_figures);
  for (int category = KWA_FIGURE_CASUALTIES; category <= KWA_FIGURE_OTHER; category++)
    {
      g_autoptr(GPtrArray) left = g_ptr_array_new ();

      for (guint i = 0; i < n_figures; i++)
        if ((int) figures[i].category == category && !g_hash_table_contains (charted, &figures[i]))
          g_ptr_array_add (left, (gpointer) &figures[i]);

      while (left->len > 0)
        {
          KwaChartPlan *plan = plan_new (category_title (category, self->language), NULL);
          const KwaFigure *first = g_ptr_array_index (left, 0);

          for (guint i = 0; i < left->len;)
            {
              const KwaFigure *figure = g_ptr_array_index (left, i);

              if (same_unit (first, figure) && plan->figures->len < KWA_CHART_MAX_BARS)
                {
                  g_ptr_array_add (plan->figures, (gpointer) figure);
                  g_ptr_array_remove_index (left, i);
                }
              else
                i++;
            }
          g_ptr_array_add (self->plans, plan);
        }
    }
}

static void
plan_charts (KwaFigureSheet *self)
{
  g_autoptr(GHashTable) charted = g_hash_table_new (NULL, NULL);
  const KwaChart *charts;
  guint n_charts;

  /* The curator's charts first, as the file orders them. */
  charts = kwa_exhibit_get_charts (self->exhibit, &n_charts);
  for (guint i = 0; i < n_charts; i++)
    {
      KwaChartPlan *plan = plan_new (kwa_text_get (&charts[i].title, self->language),
                                     kwa_text_get (&charts[i].notes, self->language));

      for (guint j = 0; j < charts[i].n_figures; j++)
        {
          g_ptr_array_add (plan->figures, (gpointer) charts[i].figures[j]);
          g_hash_table_add (charted, (gpointer) charts[i].figures[j]);
        }
      g_ptr_array_add (self->plans, plan);
    }

  /* Then every other figure: the view shows them all. */
  plan_by_category (self, charted);
}

/* ---- the sheet -------------------------------------------------------- */

/**
 * kwa_figure_ink_init_paper:
 *
 * Black on white, and each side's own colour from the exhibit.
 */
void
kwa_figure_ink_init_paper (KwaFigureInk *ink,
                           KwaExhibit   *exhibit)
{
  *ink = (KwaFigureInk) {
    .ink = { 0.1, 0.1, 0.12 },
    .muted = { 0.36, 0.36, 0.4 },
    .grid = { 0.82, 0.82, 0.85 },
    .neutral = { 0.42, 0.45, 0.5 },
  };
  for (int side = 0; side < KWA_N_SIDES; side++)
    ink->side[side] = kwa_exhibit_get_side (exhibit, side)->color;
}

/**
 * kwa_figure_sheet_new:
 * @ink: the colours
 * @width: the sheet's width, in the units @cr will be drawn in
 * @text_size: the size of a bar's label; every other size follows it
 *
 * Lays out every chart of @exhibit's figures in @language.
 */
KwaFigureSheet *
kwa_figure_sheet_new (KwaExhibit         *exhibit,
                      KwaLanguage         language,
                      const KwaFigureInk *ink,
                      double              width,
                      double              text_size)
{
  KwaFigureSheet *self = g_new0 (KwaFigureSheet, 1);
  g_autofree char *pango_name = kwa_language_fonts_get_pango_name (language);

  self->exhibit = g_object_ref (exhibit);
  self->language = language;
  self->ink = *ink;
  self->width = MAX (width, 12 * text_size);
  self->size = text_size;
  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_context_set_language (self->pango, pango_language_from_string (pango_name));
  self->plans = g_ptr_array_new_with_free_func ((GDestroyNotify) plan_free);
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) kwa_figure_block_free);

  plan_charts (self);
  for (guint i = 0; i < self->plans->len; i++)
    g_ptr_array_add (self->blocks, kwa_figure_block_new_chart (self, g_ptr_array_index (self->plans, i)));
  if (self->plans->len > 0)
    g_ptr_array_add (self->blocks, kwa_figure_block_new_key (self));

  return self;
}

void
kwa_figure_sheet_free (KwaFigureSheet *self)
{
  g_ptr_array_unref (self->blocks);
  g_ptr_array_unref (self->plans);
  g_object_unref (self->pango);
  g_object_unref (self->exhibit);
  g_free (self);
}

double
kwa_figure_sheet_get_width (KwaFigureSheet *self)
{
  return self->width;
}

/* The gap between two blocks, and below the last. */
static double
block_gap (KwaFigureSheet *self)
{
  return 2.2 * self->size;
}

double
kwa_figure_sheet_get_height (KwaFigureSheet *self)
{
  double height = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    height += kwa_figure_sheet_get_block_height (self, i) + block_gap (self);

  return height;
}

/* Blocks are the charts, then the key: the PDF starts a page between
 * two, never inside one. */
guint
kwa_figure_sheet_get_n_blocks (KwaFigureSheet *self)
{
  return self->blocks->len;
}

double
kwa_figure_sheet_get_block_height (KwaFigureSheet *self,
                                   guint           block)
{
  g_return_val_if_fail (block < self->blocks->len, 0);

  return ((KwaFigureBlock *) g_ptr_array_index (self->blocks, block))->height;
}

/* Draws @block with its top left corner at the origin. */
void
kwa_figure_sheet_draw_block (KwaFigureSheet *self,
                             cairo_t        *cr,
                             guint           block)
{
  g_return_if_fail (block < self->blocks->len);

  kwa_figure_block_draw (self, g_ptr_array_index (self->blocks, block), cr);
}

void
kwa_figure_sheet_draw (KwaFigureSheet *self,
                       cairo_t        *cr)
{
  cairo_save (cr);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      kwa_figure_sheet_draw_block (self, cr, i);
      cairo_translate (cr, 0, kwa_figure_sheet_get_block_height (self, i) + block_gap (self));
    }
  cairo_restore (cr);
}

/* The charts in words, for screen readers: each title, then each figure
 * with its range. */
char *
kwa_figure_sheet_describe (KwaFigureSheet *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->plans->len; i++)
    {
      KwaChartPlan *plan = g_ptr_array_index (self->plans, i);

      if (text->len > 0)
        g_string_append (text, "\n");
      g_string_append_printf (text, "%s.", plan->title);
      for (guint j = 0; j < plan->figures->len; j++)
        {
          const KwaFigure *figure = g_ptr_array_index (plan->figures, j);
          g_autofree char *value = kwa_quantity_format (figure->low, figure->high,
                                                        kwa_text_get (&figure->unit, self->language), self->language);

          g_string_append_printf (text, " %s: %s.", kwa_text_get (&figure->label, self->language), value);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * kwa_figure_sheet_find_bar:
 * @x: (in sheet units)
 * @y:
 *
 * Returns: whether a figure's row is at (@x, @y), and which
 */
gboolean
kwa_figure_sheet_find_bar (KwaFigureSheet   *self,
                           double            x,
                           double            y,
                           const KwaFigure **out_figure)
{
  double top = 0;

  if (x < 0 || x > self->width)
    return FALSE;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      KwaFigureBlock *block = g_ptr_array_index (self->blocks, i);

      if (y >= top && y < top + block->height)
        return kwa_figure_block_find_row (block, y - top, out_figure);
      top += block->height + block_gap (self);
    }

  return FALSE;
}
