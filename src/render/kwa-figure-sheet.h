/* kwa-figure-sheet.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "kwa-color.h"
#include "kwa-exhibit.h"

G_BEGIN_DECLS

/* The colours a sheet is drawn in: the window's style, or paper's. */
typedef struct
{
  KwaColor ink;                  /* titles, labels and numbers */
  KwaColor muted;                /* notes, sources and the scale */
  KwaColor grid;
  KwaColor neutral;              /* a bar no side owns */
  KwaColor side[KWA_N_SIDES];
} KwaFigureInk;

/* The exhibit's figures as charts, laid out for one width in one
 * language: a title, a bar per figure with its range, the scale and the
 * sources per chart, then one key. Drawn by the Figures window and into
 * the PDF and PNG that --figures writes, through the same code. */
typedef struct _KwaFigureSheet KwaFigureSheet;

void            kwa_figure_ink_init_paper         (KwaFigureInk       *ink,
                                                   KwaExhibit         *exhibit);

KwaFigureSheet *kwa_figure_sheet_new              (KwaExhibit         *exhibit,
                                                   KwaLanguage         language,
                                                   const KwaFigureInk *ink,
                                                   double              width,
                                                   double              text_size);
void            kwa_figure_sheet_free             (KwaFigureSheet     *self);
double          kwa_figure_sheet_get_width        (KwaFigureSheet     *self);
double          kwa_figure_sheet_get_height       (KwaFigureSheet     *self);
guint           kwa_figure_sheet_get_n_blocks     (KwaFigureSheet     *self);
double          kwa_figure_sheet_get_block_height (KwaFigureSheet     *self,
                                                   guint               block);
void            kwa_figure_sheet_draw_block       (KwaFigureSheet     *self,
                                                   cairo_t            *cr,
                                                   guint               block);
void            kwa_figure_sheet_draw             (KwaFigureSheet     *self,
                                                   cairo_t            *cr);
char           *kwa_figure_sheet_describe         (KwaFigureSheet     *self);
gboolean        kwa_figure_sheet_find_bar         (KwaFigureSheet     *self,
                                                   double              x,
                                                   double              y,
                                                   const KwaFigure   **out_figure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaFigureSheet, kwa_figure_sheet_free)

G_END_DECLS
