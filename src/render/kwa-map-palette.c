/* kwa-map-palette.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-palette"

#include "config.h"

#include "kwa-map-palette.h"

/* Each side's land must stand out from the sea, and arrows (through
 * their casing), the DMZ and the demarcation line from both sides' land,
 * by at least 3:1 in WCAG's terms: tests/test-map-contrast.c checks it.
 * Light maps keep light land, where text and hatching read best, and take
 * the contrast from a deep sea; dark maps put mid-tone land on a near
 * black sea; high contrast fills the land with the sides' own colours on
 * a white sea, with white casings and black and white lines. */
static const KwaMapPalette palettes[KWA_N_MAP_THEMES] = {
  [KWA_MAP_THEME_LIGHT] = {
    .ink = { 0.14, 0.13, 0.12 }, .halo = { 1, 1, 1 }, .casing = { 0.14, 0.13, 0.12 },
    .parallel = { 0.36, 0.25, 0.45 }, .mdl = { 0, 0, 0 }, .mdl_casing = { 1, 1, 1 },
    .dmz = { 0x1f / 255.0, 0x5c / 255.0, 0x2c / 255.0 }, .dmz_alpha = 0.9,
    .hatch = { 0.20, 0.18, 0.16 },
    .sea = { 0x3f / 255.0, 0x6b / 255.0, 0x8a / 255.0 },
    .land = { 0xf7 / 255.0, 0xf0 / 255.0, 0xe1 / 255.0 },
    /* Mixed from white, not from the cream land: blue in cream turns grey. */
    .tint_base = { 1, 1, 1 }, .tint_strength = 0.30,
  },
  [KWA_MAP_THEME_DARK] = {
    .ink = { 0.95, 0.92, 0.86 }, .halo = { 0.06, 0.07, 0.08 }, .casing = { 0.95, 0.92, 0.86 },
    .parallel = { 0.80, 0.72, 0.90 }, .mdl = { 1, 1, 1 }, .mdl_casing = { 0.06, 0.07, 0.08 },
    .dmz = { 0xc4 / 255.0, 0xf5 / 255.0, 0xbf / 255.0 }, .dmz_alpha = 0.92,
    .hatch = { 0.90, 0.88, 0.84 },
    .sea = { 0x0b / 255.0, 0x11 / 255.0, 0x16 / 255.0 },
    .land = { 0x85 / 255.0, 0x7e / 255.0, 0x6f / 255.0 },
    .tint_base = { 0x85 / 255.0, 0x7e / 255.0, 0x6f / 255.0 }, .tint_strength = 0.45,
    /* A unit's name in its side's deep colour is lost on the dark halo. */
    .text_lift = 0.6,
  },
  [KWA_MAP_THEME_HIGH_CONTRAST] = {
    .ink = { 0, 0, 0 }, .halo = { 1, 1, 1 }, .casing = { 1, 1, 1 },
    .parallel = { 0.30, 0.0, 0.45 }, .mdl = { 1, 1, 1 }, .mdl_casing = { 0, 0, 0 },
    .dmz = { 0.40, 1, 0.40 }, .dmz_alpha = 1,
    .hatch = { 1, 1, 1 },
    .sea = { 1, 1, 1 },
    .land = { 0.46, 0.46, 0.46 },
    /* The sides' colours themselves, unmixed. */
    .tint_base = { 1, 1, 1 }, .tint_strength = 1,
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

/* The sea: the basemap's, and beyond it the margins'. */
const KwaColor *
kwa_map_palette_get_sea (KwaMapTheme theme)
{
  return &kwa_map_palette_get (theme)->sea;
}

/**
 * kwa_map_palette_get_land:
 * @side: (nullable): the colour of the side holding the land, or %NULL
 *   for plain land
 *
 * The colour land is drawn in under @theme.
 */
KwaColor
kwa_map_palette_get_land (KwaMapTheme     theme,
                          const KwaColor *side)
{
  const KwaMapPalette *palette = kwa_map_palette_get (theme);

  if (side == NULL)
    return palette->land;

  return kwa_color_mix (&palette->tint_base, side, palette->tint_strength);
}

/* A side's colour for text over the theme's halo (a unit's name). */
KwaColor
kwa_map_palette_get_side_text (KwaMapTheme     theme,
                               const KwaColor *side)
{
  const KwaMapPalette *palette = kwa_map_palette_get (theme);

  return kwa_color_mix (side, &palette->ink, palette->text_lift);
}

/* @top at @alpha painted over the opaque @under. */
KwaColor
kwa_color_over (const KwaColor *top,
                double          alpha,
                const KwaColor *under)
{
  return kwa_color_mix (under, top, alpha);
}
