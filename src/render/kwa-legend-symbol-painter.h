/* kwa-legend-symbol-painter.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "kwa-exhibit-records.h"
#include "kwa-map-style.h"

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

/* What the map shows, one entry each in a legend, drawn as the map draws
 * it: in the theme's palette, the lines over a patch of land. */
typedef enum
{
  KWA_LEGEND_ENTRY_NONE,
  KWA_LEGEND_ENTRY_NORTH_LAND,
  KWA_LEGEND_ENTRY_SOUTH_LAND,
  KWA_LEGEND_ENTRY_UNCERTAIN,       /* hatched: land changing hands, not known exactly */
  KWA_LEGEND_ENTRY_FRONT,
  KWA_LEGEND_ENTRY_FRONT_EARLIER,
  KWA_LEGEND_ENTRY_NORTH_ARROW,
  KWA_LEGEND_ENTRY_SOUTH_ARROW,
  KWA_LEGEND_ENTRY_EVENT,           /* a marker, its colour its category's */
  KWA_LEGEND_ENTRY_EVENT_NOW,       /* its pulsing ring: happening on this day */
  KWA_LEGEND_ENTRY_PARALLEL,
  KWA_LEGEND_ENTRY_MDL,
  KWA_LEGEND_ENTRY_DMZ,
} KwaLegendEntry;

#define KWA_N_LEGEND_ENTRIES (KWA_LEGEND_ENTRY_DMZ + 1)

void kwa_legend_symbol_paint_entry (cairo_t        *cr,
                                    KwaLegendEntry  entry,
                                    KwaMapTheme     theme,
                                    const KwaColor *north,
                                    const KwaColor *south,
                                    double          x,
                                    double          y,
                                    double          width,
                                    double          height,
                                    double          line_scale);

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
