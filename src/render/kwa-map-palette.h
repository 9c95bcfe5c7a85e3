/* kwa-map-palette.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-exhibit-records.h"
#include "kwa-map-style.h"

G_BEGIN_DECLS

/* The colours the renderer draws its overlays in, one set per theme. The
 * land's colours are the basemap's (see kwa-basemap.c); the sides' come
 * from the exhibit. */
typedef struct
{
  KwaColor ink;          /* text, front line */
  KwaColor halo;         /* behind text and lines */
  KwaColor parallel;
  KwaColor mdl;
  KwaColor dmz;
  KwaColor hatch;
} KwaMapPalette;

const KwaMapPalette *kwa_map_palette_get          (KwaMapTheme      theme);
const KwaColor      *kwa_map_palette_get_category (KwaEventCategory category);

G_END_DECLS
