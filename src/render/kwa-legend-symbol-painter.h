/* kwa-legend-symbol-painter.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "kwa-exhibit-records.h"

G_BEGIN_DECLS

/* What a legend entry looks like on the map. */
typedef enum
{
  KWA_LEGEND_SYMBOL_SWATCH,   /* a filled area: the land a side holds */
  KWA_LEGEND_SYMBOL_FRONT,    /* a bold line: the front */
  KWA_LEGEND_SYMBOL_LINE,     /* a thin solid line: the demarcation line */
  KWA_LEGEND_SYMBOL_DASHED,   /* a dashed line: the 38th parallel, an earlier front */
  KWA_LEGEND_SYMBOL_BAND,     /* a wide translucent band: the DMZ */
  KWA_LEGEND_SYMBOL_DOT,      /* a round marker: an event */
} KwaLegendSymbolKind;

void kwa_legend_symbol_paint (cairo_t             *cr,
                              KwaLegendSymbolKind  kind,
                              const KwaColor      *color,
                              double               alpha,
                              double               x,
                              double               y,
                              double               width,
                              double               height,
                              double               line_scale);

G_END_DECLS
