/* kwa-legend-items.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-legend-symbol-painter.h"
#include "kwa-map-renderer.h"
#include "kwa-render-scope.h"
#include "kwa-scene.h"

G_BEGIN_DECLS

/* One line of a legend: its symbol and what it says. */
typedef struct
{
  KwaLegendEntry  entry;
  char           *text;
} KwaLegendItem;

typedef struct
{
  KwaLegendItem items[KWA_N_LEGEND_ENTRIES];
  guint         n_items;
} KwaLegendItems;

void     kwa_render_words_init    (KwaRenderWords       *words,
                                   KwaLanguage           language);
void     kwa_legend_items_collect (KwaLegendItems       *self,
                                   KwaScene             *scene,
                                   KwaMapLayers          layers,
                                   KwaLanguage           language,
                                   const KwaRenderWords *words);
gboolean kwa_legend_items_equal   (const KwaLegendItems *a,
                                   const KwaLegendItems *b);
void     kwa_legend_items_clear   (KwaLegendItems       *self);

G_END_DECLS
