/* kwa-scene.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kwa-atlas.h"
#include "kwa-front-line.h"

G_BEGIN_DECLS

/* Who holds a point of the map. */
typedef enum
{
  KWA_CONTROL_SEA,
  KWA_CONTROL_NORTH,
  KWA_CONTROL_SOUTH,
  KWA_CONTROL_UNDIVIDED,   /* land before the first front: Korea not yet divided */
} KwaControl;

/* How long things stay on the map after they end, in days: long enough to
 * see where the last weeks' fighting was, short enough not to clutter. */
#define KWA_SCENE_GHOST_DAYS     21
#define KWA_SCENE_MOVEMENT_FADE  21
#define KWA_SCENE_EVENT_FADE     30

typedef struct
{
  const KwaAtlasMovement *movement;
  double                  progress;   /* 0 … 1 of the path covered */
  double                  opacity;    /* 1 while under way, fading after */
} KwaSceneMovement;

typedef struct
{
  const KwaAtlasEvent *event;
  gboolean             active;        /* the date is within the event */
  double               emphasis;      /* 1 while active, fading after */
} KwaSceneEvent;

/* Everything the map shows on one day, in map units: computed by a pure
 * function of the atlas and the time, so it can be tested without a display
 * and asked for from the command line. */
typedef struct
{
  /*< private >*/
  gatomicrefcount         ref_count;
  double                  area[KWA_N_SIDES];
  gboolean                area_measured;

  /*< public >*/
  KwaAtlas               *atlas;
  double                  time;        /* days since 1970-01-01, fractional */
  KwaDate                 date;        /* the day @time falls on */

  gboolean                has_front;
  KwaMapPoint             front[KWA_FRONT_LINE_SAMPLES];
  KwaMapPoint             ghost[KWA_FRONT_LINE_SAMPLES];  /* the front GHOST_DAYS before */
  gboolean                has_ghost;
  /* The two lines as drawn: from coast to coast. A front's ends run out to
   * sea, so that the region it closes gives each side its islands; on the
   * map the front ends where the land does. Any sea crossed between two
   * stretches of land (a bay, a strait to an island) stays. */
  KwaMapPoint             front_ashore[KWA_FRONT_LINE_SAMPLES + 2];
  guint                   n_front_ashore;
  KwaMapPoint             ghost_ashore[KWA_FRONT_LINE_SAMPLES + 2];
  guint                   n_ghost_ashore;  /* 0 without a ghost */
  GArray                 *south_region;    /* KwaMapPoint polygon the front encloses for the south */
  /* Between two snapshots, the south holds what at least two of three
   * regions enclose: @south_region and the two snapshots' own regions
   * (NULL on a snapshot's day and after the last one). So ground that
   * both snapshots give one side stays that side's on every day between
   * them, wherever the blended line strays. See kwa_scene_south_holds(). */
  GArray                 *held_from;
  GArray                 *held_to;
  KwaConfidence           front_confidence;
  GArray                 *uncertain_from;  /* when not high: the bracketing snapshots' regions; */
  GArray                 *uncertain_to;    /* the land between them changes hands uncertainly */

  GPtrArray              *enclaves;        /* const KwaAtlasEnclave *, active */
  GArray                 *movements;       /* KwaSceneMovement, visible */
  GArray                 *events;          /* KwaSceneEvent, visible, most emphasised first */
  GPtrArray              *lines;           /* const KwaAtlasLine *, drawn today */

  const KwaPhase         *phase;           /* nullable */
  int                     war_day;         /* 1 on the first day of the war, 0 before */
  const KwaEvent         *latest_event;    /* the last event begun on or before today */
} KwaScene;

GType       kwa_scene_get_type        (void) G_GNUC_CONST;
KwaScene   *kwa_scene_new             (KwaAtlas       *atlas,
                                       double          time);
KwaScene   *kwa_scene_ref             (KwaScene       *self);
void        kwa_scene_unref           (KwaScene       *self);
KwaControl  kwa_scene_control_at      (const KwaScene *self,
                                       double          x,
                                       double          y);
KwaControl  kwa_scene_side_at         (const KwaScene *self,
                                       double          x,
                                       double          y);
gboolean    kwa_scene_south_holds     (const KwaScene *self,
                                       double          x,
                                       double          y);
guint       kwa_scene_get_south_rings (const KwaScene *self,
                                       KwaMapRing      rings[3]);
KwaControl  kwa_scene_control_at_lonlat (const KwaScene *self,
                                         KwaLonLat       point);
double      kwa_scene_get_area        (KwaScene       *self,
                                       KwaSideId       side);
double      kwa_scene_get_share       (KwaScene       *self,
                                       KwaSideId       side);
const char *kwa_control_to_string     (KwaControl      control);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaScene, kwa_scene_unref)

G_END_DECLS
