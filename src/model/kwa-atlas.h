/* kwa-atlas.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kwa-exhibit.h"
#include "kwa-land.h"
#include "kwa-map-types.h"
#include "kwa-projection.h"

G_BEGIN_DECLS

#define KWA_TYPE_ATLAS (kwa_atlas_get_type ())

G_DECLARE_FINAL_TYPE (KwaAtlas, kwa_atlas, KWA, ATLAS, GObject)

/* A record of the exhibit with its geometry in map units. The atlas
 * projects everything once, when an exhibit is loaded, so neither the scene
 * nor the renderer ever projects a coordinate per frame. */

typedef struct
{
  const KwaFront *front;
  KwaMapPoint     samples[256];   /* KWA_FRONT_LINE_SAMPLES, resampled */
  GArray         *south_region;   /* KwaMapPoint: the ground the south holds that day, wound as kwa_map_polygon_orient() */
} KwaAtlasFront;

typedef struct
{
  const KwaEnclave *enclave;
  KwaMapPoint      *outline;
  guint             n_outline;
} KwaAtlasEnclave;

typedef struct
{
  const KwaMovement *movement;
  KwaMapPoint       *points;
  double            *distance;      /* along the path to each point, km */
  guint              n_points;
  double             length;
  /* The head's pace: at knot_time[k] (days) it stands knot_along[k] km
   * along the path, and between knots it moves evenly. The first knot is
   * the path's start on the first day, the last its end after the last
   * day, and between them the waypoints. */
  double            *knot_time;
  double            *knot_along;
  guint              n_knots;
} KwaAtlasMovement;

typedef struct
{
  const KwaLine *line;
  KwaMapPoint   *points;             /* densified to follow the projection */
  guint          n_points;
} KwaAtlasLine;

typedef struct
{
  const KwaPlace *place;
  KwaMapPoint     point;
} KwaAtlasPlace;

typedef struct
{
  const KwaEvent *event;
  gboolean        has_point;
  KwaMapPoint     point;
} KwaAtlasEvent;

KwaAtlas               *kwa_atlas_new            (KwaExhibit          *exhibit,
                                                  const KwaProjection *projection,
                                                  KwaLand             *land,
                                                  const KwaMapRect    *map_box);
KwaExhibit             *kwa_atlas_get_exhibit    (KwaAtlas            *self);
KwaLand                *kwa_atlas_get_land       (KwaAtlas            *self);
const KwaProjection    *kwa_atlas_get_projection (KwaAtlas            *self);
void                    kwa_atlas_get_map_box    (KwaAtlas            *self,
                                                  KwaMapRect          *box);
KwaMapPoint             kwa_atlas_get_south_anchor (KwaAtlas          *self);
KwaMapPoint             kwa_atlas_project        (KwaAtlas            *self,
                                                  KwaLonLat            point);
GArray                 *kwa_atlas_close_front    (KwaAtlas            *self,
                                                  const KwaMapPoint   *line);
const KwaAtlasFront    *kwa_atlas_get_fronts     (KwaAtlas            *self,
                                                  guint               *n_fronts);
const KwaAtlasEnclave  *kwa_atlas_get_enclaves   (KwaAtlas            *self,
                                                  guint               *n_enclaves);
const KwaAtlasMovement *kwa_atlas_get_movements  (KwaAtlas            *self,
                                                  guint               *n_movements);
double                  kwa_atlas_movement_progress (const KwaAtlasMovement *movement,
                                                     double                  time);
KwaMapPoint             kwa_atlas_movement_head     (const KwaAtlasMovement *movement,
                                                     double                  progress);
double                  kwa_atlas_movement_locate   (const KwaAtlasMovement *movement,
                                                     KwaMapPoint             p,
                                                     double                 *out_off);
double                  kwa_atlas_movement_time_at  (const KwaAtlasMovement *movement,
                                                     double                  along);

const KwaAtlasLine     *kwa_atlas_get_lines      (KwaAtlas            *self,
                                                  guint               *n_lines);
const KwaAtlasPlace    *kwa_atlas_get_places     (KwaAtlas            *self,
                                                  guint               *n_places);
const KwaAtlasEvent    *kwa_atlas_get_events     (KwaAtlas            *self,
                                                  guint               *n_events);

G_END_DECLS
