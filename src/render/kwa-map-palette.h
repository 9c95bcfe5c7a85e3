/* kwa-map-palette.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-exhibit-records.h"
#include "kwa-map-style.h"

G_BEGIN_DECLS

/* The colours the map is drawn in, one set per theme: the one source for
 * the basemap's sea and land (kwa-basemap.c), the layers, both legends
 * and the contrast test (tests/test-map-contrast.c). The sides' own
 * colours come from the exhibit and are mixed into the land here. */
typedef struct
{
  KwaColor ink;          /* text, front line */
  KwaColor halo;         /* behind text and lines */
  KwaColor casing;       /* around arrows: stands out from both sides' land */
  KwaColor parallel;
  KwaColor mdl;          /* the demarcation line, over ... */
  KwaColor mdl_casing;   /* ... its casing, which stands out from the DMZ */
  KwaColor dmz;
  double   dmz_alpha;
  KwaColor hatch;
  KwaColor sea;
  KwaColor land;         /* before the division, or with shading off */
  KwaColor tint_base;    /* what a side's colour is mixed into */
  double   tint_strength;
  double   text_lift;     /* how much ink a side's colour takes for text on the halo */
} KwaMapPalette;

/* How opaque an arrow's fill is, and how wide its casing (a line centred
 * on its edge; half of it lies on the land around the arrow). */
#define KWA_ARROW_FILL_ALPHA 0.82
#define KWA_ARROW_CASING_WIDTH 2.4
#define KWA_ARROW_CASING_WIDTH_SELECTED 3.4

/* The DMZ's band is drawn at its true width but never narrower than this
 * (times the line scale): at the armistice it is the picture's end. */
#define KWA_DMZ_MIN_WIDTH 14.0
#define KWA_MDL_WIDTH 2.0
#define KWA_MDL_CASING_WIDTH 4.6

const KwaMapPalette *kwa_map_palette_get          (KwaMapTheme      theme);
const KwaColor      *kwa_map_palette_get_category (KwaEventCategory category);
const KwaColor      *kwa_map_palette_get_sea      (KwaMapTheme      theme);
KwaColor             kwa_map_palette_get_land     (KwaMapTheme      theme,
                                                   const KwaColor  *side);
KwaColor             kwa_map_palette_get_side_text (KwaMapTheme     theme,
                                                    const KwaColor *side);
KwaColor             kwa_color_over               (const KwaColor  *top,
                                                   double           alpha,
                                                   const KwaColor  *under);

G_END_DECLS
