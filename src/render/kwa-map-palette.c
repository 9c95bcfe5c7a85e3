/* kwa-map-palette.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-palette"

#include "config.h"

#include "kwa-map-palette.h"

static const KwaMapPalette palettes[KWA_N_MAP_THEMES] = {
  [KWA_MAP_THEME_LIGHT] = {
    .ink = { 0.14, 0.13, 0.12 }, .halo = { 1, 1, 1 },
    .parallel = { 0.36, 0.25, 0.45 }, .mdl = { 0.10, 0.10, 0.10 },
    .dmz = { 0.30, 0.52, 0.30 }, .hatch = { 0.20, 0.18, 0.16 },
  },
  [KWA_MAP_THEME_DARK] = {
    .ink = { 0.95, 0.92, 0.86 }, .halo = { 0.06, 0.07, 0.08 },
    .parallel = { 0.80, 0.72, 0.90 }, .mdl = { 0.95, 0.95, 0.95 },
    .dmz = { 0.45, 0.72, 0.45 }, .hatch = { 0.90, 0.88, 0.84 },
  },
  [KWA_MAP_THEME_HIGH_CONTRAST] = {
    .ink = { 0, 0, 0 }, .halo = { 1, 1, 1 },
    .parallel = { 0.30, 0.0, 0.45 }, .mdl = { 0, 0, 0 },
    .dmz = { 0.0, 0.40, 0.0 }, .hatch = { 0, 0, 0 },
  },
};

/* Markers keep their category's colour in every theme: a reader who
 * learnt that red is military should not have to learn it again. */
static const KwaColor category_colors[] = {
  [KWA_EVENT_POLITICAL] = { 0.22, 0.36, 0.62 },
  [KWA_EVENT_MILITARY] = { 0.62, 0.20, 0.16 },
  [KWA_EVENT_DIPLOMATIC] = { 0.20, 0.50, 0.34 },
  [KWA_EVENT_HUMANITARIAN] = { 0.80, 0.50, 0.10 },
};

const KwaMapPalette *
kwa_map_palette_get (KwaMapTheme theme)
{
  g_return_val_if_fail ((guint) theme < KWA_N_MAP_THEMES, &palettes[KWA_MAP_THEME_LIGHT]);

  return &palettes[theme];
}

const KwaColor *
kwa_map_palette_get_category (KwaEventCategory category)
{
  g_return_val_if_fail ((guint) category < G_N_ELEMENTS (category_colors), &category_colors[0]);

  return &category_colors[category];
}
