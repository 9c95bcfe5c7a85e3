/* kwa-legend-symbol.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-legend-symbol-painter.h"

G_BEGIN_DECLS

#define KWA_TYPE_LEGEND_SYMBOL_KIND (kwa_legend_symbol_kind_get_type ())
GType kwa_legend_symbol_kind_get_type (void) G_GNUC_CONST;

#define KWA_TYPE_LEGEND_ENTRY (kwa_legend_entry_get_type ())
GType kwa_legend_entry_get_type (void) G_GNUC_CONST;

#define KWA_TYPE_LEGEND_SYMBOL (kwa_legend_symbol_get_type ())

G_DECLARE_FINAL_TYPE (KwaLegendSymbol, kwa_legend_symbol, KWA, LEGEND_SYMBOL, GtkWidget)

GtkWidget           *kwa_legend_symbol_new       (KwaLegendSymbolKind  kind);
KwaLegendSymbolKind  kwa_legend_symbol_get_kind  (KwaLegendSymbol     *self);
void                 kwa_legend_symbol_set_kind  (KwaLegendSymbol     *self,
                                                  KwaLegendSymbolKind  kind);
const GdkRGBA       *kwa_legend_symbol_get_color (KwaLegendSymbol     *self);
void                 kwa_legend_symbol_set_color (KwaLegendSymbol     *self,
                                                  const GdkRGBA       *color);
KwaLegendEntry       kwa_legend_symbol_get_entry (KwaLegendSymbol     *self);
void                 kwa_legend_symbol_set_entry (KwaLegendSymbol     *self,
                                                  KwaLegendEntry       entry);
void                 kwa_legend_symbol_set_sides (KwaLegendSymbol     *self,
                                                  const KwaColor      *north,
                                                  const KwaColor      *south);

G_END_DECLS
