/* kwa-legend-symbol.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What a legend entry looks like on the map. */
typedef enum
{
  KWA_LEGEND_SYMBOL_SWATCH,   /* a filled area: the land a side holds */
  KWA_LEGEND_SYMBOL_FRONT,    /* a bold line on a halo: the front */
  KWA_LEGEND_SYMBOL_LINE,     /* a thin solid line: the demarcation line */
  KWA_LEGEND_SYMBOL_DASHED,   /* a dashed line: the 38th parallel, an earlier front */
  KWA_LEGEND_SYMBOL_BAND,     /* a wide translucent band: the DMZ */
  KWA_LEGEND_SYMBOL_DOT,      /* a round marker: an event */
} KwaLegendSymbolKind;

#define KWA_TYPE_LEGEND_SYMBOL_KIND (kwa_legend_symbol_kind_get_type ())
GType kwa_legend_symbol_kind_get_type (void) G_GNUC_CONST;

#define KWA_TYPE_LEGEND_SYMBOL (kwa_legend_symbol_get_type ())

G_DECLARE_FINAL_TYPE (KwaLegendSymbol, kwa_legend_symbol, KWA, LEGEND_SYMBOL, GtkWidget)

GtkWidget           *kwa_legend_symbol_new       (KwaLegendSymbolKind  kind);
KwaLegendSymbolKind  kwa_legend_symbol_get_kind  (KwaLegendSymbol     *self);
void                 kwa_legend_symbol_set_kind  (KwaLegendSymbol     *self,
                                                  KwaLegendSymbolKind  kind);
const GdkRGBA       *kwa_legend_symbol_get_color (KwaLegendSymbol     *self);
void                 kwa_legend_symbol_set_color (KwaLegendSymbol     *self,
                                                  const GdkRGBA       *color);

G_END_DECLS
