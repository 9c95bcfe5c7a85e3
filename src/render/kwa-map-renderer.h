/* kwa-map-renderer.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "kwa-basemap-cache.h"
#include "kwa-language.h"
#include "kwa-render-enums.h"
#include "kwa-scene.h"
#include "kwa-sketch.h"

G_BEGIN_DECLS

#define KWA_TYPE_MAP_RENDERER (kwa_map_renderer_get_type ())

G_DECLARE_FINAL_TYPE (KwaMapRenderer, kwa_map_renderer, KWA, MAP_RENDERER, GObject)

/* Registered as flags (KWA_TYPE_MAP_LAYERS, nicks "control", "front", …
 * "scale-bar"), so that the map view's and the layers panel's "layers"
 * properties, which the window binds, carry the layers' names. */
typedef enum
{
  KWA_MAP_LAYER_CONTROL   = 1 << 0,
  KWA_MAP_LAYER_FRONT     = 1 << 1,
  KWA_MAP_LAYER_MOVEMENTS = 1 << 2,
  KWA_MAP_LAYER_EVENTS    = 1 << 3,
  KWA_MAP_LAYER_LABELS    = 1 << 4,
  KWA_MAP_LAYER_PARALLEL  = 1 << 5,
  KWA_MAP_LAYER_DMZ       = 1 << 6,
  KWA_MAP_LAYER_DATE      = 1 << 7,
  KWA_MAP_LAYER_LEGEND    = 1 << 8,
  KWA_MAP_LAYER_SCALE_BAR = 1 << 9,
} KwaMapLayers;

#define KWA_MAP_LAYERS_ALL ((KwaMapLayers) 0x3ff)

/* What the map is drawn like; everything a user or an exporter can choose. */
/* At most this many widgets lie over a map view (see KwaRenderOptions). */
#define KWA_MAX_MAP_COVERS 4

typedef struct
{
  KwaLanguage   language;
  KwaMapTheme   theme;
  KwaMapLayers  layers;
  double        text_scale;     /* 1 … 2 */
  double        line_scale;     /* 1, thicker for projectors */
  double        label_scale;    /* 1; 2 for a room: a kiosk or an audience reads from 1.5 m */
  double        legend_scale;   /* 1; 2 for a kiosk (closed to a tab a finger opens) or an audience */
  double        pulse;          /* 0 … 1: phase of the active markers' pulse; 0 is still */
  double        device_scale;   /* device pixels per view pixel (2 on HiDPI) */
  gboolean      vector;         /* draw the basemap as vectors (PDF, SVG) */
  double        print_land_scale; /* with vector: the land as a JPEG at this many pixels
                                   * per view pixel instead (a handout); 0 keeps vectors */
  gconstpointer selected;       /* a KwaEvent, KwaMovement or KwaPlace drawn selected */
  KwaSketch    *sketch;         /* nullable: a teacher's pen strokes, drawn on top */
  gboolean      legend_collapsed; /* the legend as its header alone: the map view's
                                   * toggle; exports and --render keep it open */
  /* Widgets over the map (a kiosk's language switch), in view pixels:
   * names keep clear of them rather than be read through them */
  cairo_rectangle_t covers[KWA_MAX_MAP_COVERS];
  guint         n_covers;
} KwaRenderOptions;

/* How much a room's labels grow over a desk's: a place name of 12 px and
 * a unit label of 11.5 px become 24 and 23 px, read from 1.5 m at 1080p. */
#define KWA_MAP_ROOM_LABEL_SCALE 2.0

typedef enum /*< skip >*/
{
  KWA_MAP_HIT_NONE,
  KWA_MAP_HIT_EVENT,
  KWA_MAP_HIT_MOVEMENT,
  KWA_MAP_HIT_PLACE,
  KWA_MAP_HIT_LEGEND,     /* the legend's header, which opens and closes it; no record */
} KwaMapHitKind;

typedef struct
{
  KwaMapHitKind kind;
  gconstpointer record;   /* const KwaEvent *, const KwaMovement * or const KwaPlace * */
} KwaMapHit;

/* A label the last frame placed: a place's name or a unit's, in view
 * pixels (the text's logical box, without its halo). */
typedef struct
{
  double    x, y, width, height;
  KwaMapHit hit;
} KwaMapLabel;

void              kwa_render_options_init_default (KwaRenderOptions  *options);

KwaMapRenderer   *kwa_map_renderer_new         (KwaBasemapCache        *cache);
gboolean          kwa_map_renderer_draw        (KwaMapRenderer         *self,
                                                cairo_t                *cr,
                                                const KwaViewport      *viewport,
                                                KwaScene               *scene,
                                                const KwaRenderOptions *options,
                                                GError                **error);
gboolean          kwa_map_renderer_draw_changes (KwaMapRenderer         *self,
                                                 cairo_t                *cr,
                                                 const KwaViewport      *viewport,
                                                 KwaScene               *scene,
                                                 const KwaRenderOptions *options,
                                                 KwaDamage              *changed,
                                                 GError                **error);
gboolean          kwa_map_renderer_prepare_labels (KwaMapRenderer         *self,
                                                   cairo_surface_t        *like,
                                                   const KwaViewport      *viewport,
                                                   KwaScene               *scene,
                                                   const KwaRenderOptions *options,
                                                   gint64                  deadline);
void              kwa_map_renderer_drop_caches (KwaMapRenderer         *self);
void              kwa_map_renderer_set_max_threads (KwaMapRenderer     *self,
                                                    guint               max_threads);
guint             kwa_map_renderer_get_max_threads (KwaMapRenderer     *self);
KwaMapHit         kwa_map_renderer_hit_test    (KwaMapRenderer         *self,
                                                double                  x,
                                                double                  y);

G_END_DECLS
