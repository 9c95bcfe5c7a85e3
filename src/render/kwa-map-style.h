/* kwa-map-style.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kwa-exhibit-records.h"

G_BEGIN_DECLS

/* The colour scheme of the map itself, chosen from the desktop's style
 * (light, dark, high contrast) so the map matches the chrome around it.
 * Registered as KWA_TYPE_MAP_THEME; its nicks name the themes' stylesheets
 * and the values of --theme. */
typedef enum
{
  KWA_MAP_THEME_LIGHT,
  KWA_MAP_THEME_DARK,
  KWA_MAP_THEME_HIGH_CONTRAST,
} KwaMapTheme;

#define KWA_N_MAP_THEMES 3

/* Which side's tint the Korean land carries in a basemap rendering. The
 * renderer paints the north's version, then the south's clipped to the
 * land the south holds, so control shading never spills onto the sea. */
typedef enum /*< skip >*/
{
  KWA_BASEMAP_TINT_NORTH,
  KWA_BASEMAP_TINT_SOUTH,
  KWA_BASEMAP_TINT_NONE,    /* plain land: shading off, or Korea not yet divided */
} KwaBasemapTint;

#define KWA_N_BASEMAP_TINTS 3

const char *kwa_map_theme_to_string   (KwaMapTheme     theme);
KwaColor    kwa_color_mix             (const KwaColor *a,
                                       const KwaColor *b,
                                       double          amount_of_b);
char       *kwa_color_to_hex          (const KwaColor *color);

G_END_DECLS
