/* kwa-figure-sheet-private.h: what the sheet and its blocks share
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-figure-sheet.h"

G_BEGIN_DECLS

/* A chart's title and figures in the sheet's language. */
typedef struct
{
  char      *title;
  char      *notes;      /* nullable */
  GPtrArray *figures;    /* const KwaFigure * */
} KwaChartPlan;

/* A figure's row: its label, then its bar with the number beside it. */
typedef struct
{
  const KwaFigure *figure;
  PangoLayout     *label;
  PangoLayout     *value;
  double           top;
  double           bar_top;
  double           bottom;
} KwaFigureRow;

/* One sample of the key: a swatch and its words. */
typedef struct
{
  int              kind;        /* KeySample in kwa-figure-block.c */
  KwaColor         color;
  PangoLayout     *label;
  double           x;
  double           y;
} KwaKeySample;

typedef struct
{
  double        height;

  /* A chart */
  PangoLayout  *title;
  PangoLayout  *caption;         /* the unit, and the curator's notes */
  PangoLayout  *sources;
  GArray       *rows;            /* KwaFigureRow */
  GPtrArray    *ticks;           /* PangoLayout *, one per step of the scale */
  double        caption_top;
  double        axis_top;
  double        sources_top;
  double        scale_max;
  double        step;
  double        bar_width;       /* from 0 to scale_max */
  gboolean      values_beside;   /* the numbers right of the bars, or under the labels */
  double        value_x;

  /* The key */
  GArray       *samples;         /* KwaKeySample */
} KwaFigureBlock;

struct _KwaFigureSheet
{
  KwaExhibit    *exhibit;
  KwaLanguage    language;
  KwaFigureInk   ink;
  double         width;
  double         size;
  PangoContext  *pango;
  GPtrArray     *plans;          /* KwaChartPlan * */
  GPtrArray     *blocks;         /* KwaFigureBlock * */
};

PangoLayout    *kwa_figure_sheet_make_layout  (KwaFigureSheet  *self,
                                               const char      *text,
                                               double           size,
                                               PangoWeight      weight,
                                               double           width);
void            kwa_figure_sheet_layout_size  (PangoLayout     *layout,
                                               double          *out_width,
                                               double          *out_height);
void            kwa_figure_sheet_set_color    (cairo_t         *cr,
                                               const KwaColor  *color,
                                               double           alpha);
void            kwa_figure_sheet_show_layout  (cairo_t         *cr,
                                               PangoLayout     *layout,
                                               const KwaColor  *color,
                                               double           x,
                                               double           y);

/* kwa-figure-block.c */
KwaFigureBlock *kwa_figure_block_new_chart    (KwaFigureSheet  *sheet,
                                               KwaChartPlan    *plan);
KwaFigureBlock *kwa_figure_block_new_key      (KwaFigureSheet  *sheet);
void            kwa_figure_block_free         (KwaFigureBlock  *block);
void            kwa_figure_block_draw         (KwaFigureSheet  *sheet,
                                               KwaFigureBlock  *block,
                                               cairo_t         *cr);
gboolean        kwa_figure_block_find_row     (KwaFigureBlock  *block,
                                               double           y,
                                               const KwaFigure **out_figure);

G_END_DECLS
