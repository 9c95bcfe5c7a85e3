/* kwa-figures-view.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-exhibit.h"
#include "kwa-figure-sheet.h"

G_BEGIN_DECLS

#define KWA_TYPE_FIGURES_VIEW (kwa_figures_view_get_type ())

G_DECLARE_FINAL_TYPE (KwaFiguresView, kwa_figures_view, KWA, FIGURES_VIEW, GtkWidget)

GtkWidget      *kwa_figures_view_new          (void);
void            kwa_figures_view_set_exhibit  (KwaFiguresView *self,
                                               KwaExhibit     *exhibit);
void            kwa_figures_view_set_language (KwaFiguresView *self,
                                               KwaLanguage     language);
KwaFigureSheet *kwa_figures_view_get_sheet    (KwaFiguresView *self);

G_END_DECLS
