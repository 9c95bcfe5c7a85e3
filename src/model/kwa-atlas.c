/* kwa-atlas.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-atlas"

#include "config.h"

#include <math.h>

#include "kwa-atlas.h"
#include "kwa-front-line.h"

G_STATIC_ASSERT (G_N_ELEMENTS (((KwaAtlasFront *) NULL)->samples) == KWA_FRONT_LINE_SAMPLES);

/* Lines such as the 38th parallel are curves in a conic projection; their
 * straight segments in lon/lat are split so no drawn piece is longer. */
#define MAX_SEGMENT_KM 5.0

struct _KwaAtlas
{
  GObject           parent_instance;

  /* Owned */
  KwaExhibit       *exhibit;
  KwaLand          *land;
  KwaProjection     projection;
  KwaMapRect        map_box;
  KwaMapPoint       south_anchor;

  KwaAtlasFront    *fronts;
  guint             n_fronts;
  KwaAtlasEnclave  *enclaves;
  guint             n_enclaves;
  KwaAtlasMovement *movements;
  guint             n_movements;
  KwaAtlasLine     *lines;
  guint             n_lines;
  KwaAtlasPlace    *places;
  guint             n_places;
  KwaAtlasEvent    *events;
  guint             n_events;
};

G_DEFINE_FINAL_TYPE (KwaAtlas, kwa_atlas, G_TYPE_OBJECT)

static void
kwa_atlas_finalize (GObject *object)
{
  KwaAtlas *self = KWA_ATLAS (object);

  for (guint i = 0; i < self->n_fronts; i++)
    g_clear_pointer (&self->fronts[i].south_region, g_array_unref);
  for (guint i = 0; i < self->n_enclaves; i++)
    g_free (self->enclaves[i].outline);
  for (guint i = 0; i < self->n_movements; i++)
    {
      g_free (self->movements[i].points);
      g_free (self->movements[i].distance);
      g_free (self->movements[i].knot_time);
      g_free (self->movements[i].knot_along);
    }
  for (guint i = 0; i < self->n_lines; i++)
    g_free (self->lines[i].points);

  g_free (self->fronts);
  g_free (self->enclaves);
  g_free (self->movements);
  g_free (self->lines);
  g_free (self->places);
  g_free (self->events);
  g_clear_object (&self->land);
  g_clear_object (&self->exhibit);

  G_OBJECT_CLASS (kwa_atlas_parent_class)->finalize (object);
}

static void
kwa_atlas_class_init (KwaAtlasClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kwa_atlas_finalize;
}

static void
kwa_atlas_init (KwaAtlas *self)
{
}

KwaMapPoint
kwa_atlas_project (KwaAtlas  *self,
                   KwaLonLat  point)
{
  KwaMapPoint projected;

  kwa_projection_to_svg (&self->projection, point.lon, point.lat, &projected.x, &projected.y);

  return projected;
}

static KwaMapPoint *
project_path (KwaAtlas      *self,
              const KwaPath *path)
{
  KwaMapPoint *points = g_new (KwaMapPoint, MAX (path->n_points, 1));

  for (guint i = 0; i < path->n_points; i++)
    points[i] = kwa_atlas_project (self, path->points[i]);

  return points;
}

/* Projects a path, adding points along long segments so that what is
 * straight in degrees (a parallel) is drawn as the curve it is. */
static KwaMapPoint *
project_densified (KwaAtlas      *self,
                   const KwaPath *path,
                   guint         *n_out)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (KwaMapPoint));

  for (guint i = 0; i < path->n_points; i++)
    {
      if (i > 0)
        {
          KwaLonLat a = path->points[i - 1], b = path->points[i];
          double km = kwa_lonlat_distance_km (a, b);
          guint steps = (guint) ceil (km / MAX_SEGMENT_KM);

          for (guint s = 1; s < steps; s++)
            {
              KwaLonLat mid = { a.lon + (b.lon - a.lon) * s / steps,
                                a.lat + (b.lat - a.lat) * s / steps };
              KwaMapPoint p = kwa_atlas_project (self, mid);
              g_array_append_val (points, p);
            }
        }
      {
        KwaMapPoint p = kwa_atlas_project (self, path->points[i]);
        g_array_append_val (points, p);
      }
    }

  *n_out = points->len;
  return (KwaMapPoint *) g_array_free (g_steal_pointer (&points), FALSE);
}

/**
 * kwa_atlas_close_front:
 * @line: a front, %KWA_FRONT_LINE_SAMPLES points from sea to sea
 *
 * Returns: (transfer full) (element-type KwaMapPoint): the region the
 *   front leaves to the south (the part of the map box with the south's
 *   anchor), always wound the same way, so that regions can be counted
 *   one over another by their winding
 */
GArray *
kwa_atlas_close_front (KwaAtlas          *self,
                       const KwaMapPoint *line)
{
  GArray *region;

  g_return_val_if_fail (KWA_IS_ATLAS (self), NULL);

  region = kwa_front_line_close (line, KWA_FRONT_LINE_SAMPLES, &self->map_box, &self->south_anchor);
  kwa_map_polygon_orient (region);

  return region;
}

/* Steps of the walk along a front in search of the coast, and how many
 * in a row must be land: a rock or an islet of a cell or two is not the
 * coast. In map units (km). */
#define ASHORE_STEP 0.5
#define ASHORE_RUN  4

/* How far along @points the front first comes ashore and last leaves the
 * land; both left as they are if it never crosses land. */
static void
find_ashore (KwaLand           *land,
             const KwaMapPoint *points,
             guint              n_points,
             double            *ashore_from,
             double            *ashore_to)
{
  double walked = 0, run_start = 0;
  guint run = 0;
  gboolean found = FALSE;

  for (guint i = 1; i < n_points; i++)
    {
      double length = hypot (points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
      guint n_steps = MAX (1, (guint) ceil (length / ASHORE_STEP));

      for (guint step = 0; step < n_steps; step++)
        {
          double t = (double) step / n_steps;

          if (!kwa_land_contains (land,
                                  points[i - 1].x + (points[i].x - points[i - 1].x) * t,
                                  points[i - 1].y + (points[i].y - points[i - 1].y) * t))
            {
              run = 0;
              continue;
            }
          if (run++ == 0)
            run_start = walked + length * t;
          if (run < ASHORE_RUN)
            continue;
          if (!found)
            *ashore_from = run_start;
          found = TRUE;
          *ashore_to = walked + length * t;
        }
      walked += length;
    }
}

static void
project_fronts (KwaAtlas *self)
{
  const KwaFront *fronts = kwa_exhibit_get_fronts (self->exhibit, &self->n_fronts);

  self->fronts = g_new0 (KwaAtlasFront, MAX (self->n_fronts, 1));
  for (guint i = 0; i < self->n_fronts; i++)
    {
      g_autofree KwaMapPoint *points = project_path (self, &fronts[i].line);
      double ashore_from = 0, ashore_to = 0;

      self->fronts[i].front = &fronts[i];
      /* A front that never comes ashore keeps 0 and 0: resampled whole. */
      find_ashore (self->land, points, fronts[i].line.n_points, &ashore_from, &ashore_to);
      kwa_front_line_resample_ashore (points, fronts[i].line.n_points, ashore_from, ashore_to,
                                      self->fronts[i].samples, KWA_FRONT_LINE_SAMPLES);
      self->fronts[i].south_region = kwa_atlas_close_front (self, self->fronts[i].samples);
    }
}

static void
project_enclaves (KwaAtlas *self)
{
  const KwaEnclave *enclaves = kwa_exhibit_get_enclaves (self->exhibit, &self->n_enclaves);

  self->enclaves = g_new0 (KwaAtlasEnclave, MAX (self->n_enclaves, 1));
  for (guint i = 0; i < self->n_enclaves; i++)
    {
      /* Enclaves are drawn and measured by their outline; holes in an
       * enclave would have no historical meaning here. */
      const KwaPath *outline = &enclaves[i].area.rings[0];

      self->enclaves[i].enclave = &enclaves[i];
      self->enclaves[i].outline = project_path (self, outline);
      self->enclaves[i].n_outline = outline->n_points;
    }
}

/**
 * kwa_atlas_movement_locate:
 * @movement: a projected movement
 * @p: a point on the map
 * @out_off: (out) (optional): how far @p lies from the path, km
 *
 * Returns: the distance along the path to the point of it nearest @p, km
 */
double
kwa_atlas_movement_locate (const KwaAtlasMovement *movement,
                           KwaMapPoint             p,
                           double                 *out_off)
{
  double best = G_MAXDOUBLE, along = 0;

  for (guint i = 1; i < movement->n_points; i++)
    {
      double t, off = kwa_map_segment_nearest (p, movement->points[i - 1], movement->points[i], &t);

      if (off < best)
        {
          best = off;
          along = movement->distance[i - 1] + t * (movement->distance[i] - movement->distance[i - 1]);
        }
    }
  if (out_off != NULL)
    *out_off = movement->n_points > 1 ? best : hypot (p.x - movement->points[0].x, p.y - movement->points[0].y);
  return along;
}

/* The knots of the head's pace: the start, each waypoint where its point
 * falls on the projected path, and the end. The loader has checked that
 * waypoints move forward along the path; projected, two a hair apart
 * could swap, so the head is kept from ever running back. */
static void
build_knots (KwaAtlas         *self,
             KwaAtlasMovement *projected)
{
  const KwaMovement *movement = projected->movement;
  guint n = 0;

  projected->knot_time = g_new (double, movement->n_reaches + 2);
  projected->knot_along = g_new (double, movement->n_reaches + 2);

  projected->knot_time[n] = movement->start;
  projected->knot_along[n++] = 0;
  for (guint r = 0; r < movement->n_reaches; r++)
    {
      double along = kwa_atlas_movement_locate (projected, kwa_atlas_project (self, movement->reaches[r].point), NULL);

      projected->knot_time[n] = movement->reaches[r].date;
      projected->knot_along[n] = CLAMP (along, projected->knot_along[n - 1], projected->length);
      n++;
    }
  projected->knot_time[n] = movement->end + 1.0;
  projected->knot_along[n++] = projected->length;
  projected->n_knots = n;
}

static void
project_movements (KwaAtlas *self)
{
  const KwaMovement *movements = kwa_exhibit_get_movements (self->exhibit, &self->n_movements);

  self->movements = g_new0 (KwaAtlasMovement, MAX (self->n_movements, 1));
  for (guint i = 0; i < self->n_movements; i++)
    {
      KwaAtlasMovement *projected = &self->movements[i];

      projected->movement = &movements[i];
      projected->points = project_densified (self, &movements[i].path, &projected->n_points);
      projected->distance = g_new0 (double, projected->n_points);
      for (guint p = 1; p < projected->n_points; p++)
        projected->distance[p] = projected->distance[p - 1] +
                                 hypot (projected->points[p].x - projected->points[p - 1].x,
                                        projected->points[p].y - projected->points[p - 1].y);
      projected->length = projected->distance[projected->n_points - 1];
      build_knots (self, projected);
    }
}

static void
project_lines (KwaAtlas *self)
{
  const KwaLine *lines = kwa_exhibit_get_lines (self->exhibit, &self->n_lines);

  self->lines = g_new0 (KwaAtlasLine, MAX (self->n_lines, 1));
  for (guint i = 0; i < self->n_lines; i++)
    {
      self->lines[i].line = &lines[i];
      self->lines[i].points = project_densified (self, &lines[i].path, &self->lines[i].n_points);
    }
}

static void
project_points (KwaAtlas *self)
{
  const KwaPlace *places = kwa_exhibit_get_places (self->exhibit, &self->n_places);
  const KwaEvent *events = kwa_exhibit_get_events (self->exhibit, &self->n_events);

  self->places = g_new0 (KwaAtlasPlace, MAX (self->n_places, 1));
  for (guint i = 0; i < self->n_places; i++)
    {
      self->places[i].place = &places[i];
      self->places[i].point = kwa_atlas_project (self, places[i].point);
    }

  self->events = g_new0 (KwaAtlasEvent, MAX (self->n_events, 1));
  for (guint i = 0; i < self->n_events; i++)
    {
      self->events[i].event = &events[i];
      self->events[i].has_point = events[i].has_location;
      if (events[i].has_location)
        self->events[i].point = kwa_atlas_project (self, events[i].location);
    }
}

/**
 * kwa_atlas_new:
 * @exhibit: a loaded, valid exhibit
 * @projection: the basemap's projection
 * @land: the basemap's land
 * @map_box: the basemap's extent; fronts are closed along it
 *
 * Returns: (transfer full): the exhibit placed on the map
 */
KwaAtlas *
kwa_atlas_new (KwaExhibit          *exhibit,
               const KwaProjection *projection,
               KwaLand             *land,
               const KwaMapRect    *map_box)
{
  KwaAtlas *self;

  g_return_val_if_fail (KWA_IS_EXHIBIT (exhibit), NULL);
  g_return_val_if_fail (projection != NULL, NULL);
  g_return_val_if_fail (KWA_IS_LAND (land), NULL);
  g_return_val_if_fail (map_box != NULL, NULL);

  self = g_object_new (KWA_TYPE_ATLAS, NULL);
  self->exhibit = g_object_ref (exhibit);
  self->land = g_object_ref (land);
  self->projection = *projection;

  /* A margin beyond the basemap, so the closing edges of a front's region
   * never show inside the map. */
  self->map_box.x = map_box->x - 100;
  self->map_box.y = map_box->y - 100;
  self->map_box.width = map_box->width + 200;
  self->map_box.height = map_box->height + 200;

  self->south_anchor = kwa_atlas_project (self, kwa_exhibit_get_side (exhibit, KWA_SIDE_SOUTH)->anchor);

  project_fronts (self);
  project_enclaves (self);
  project_movements (self);
  project_lines (self);
  project_points (self);

  return self;
}

KwaExhibit *
kwa_atlas_get_exhibit (KwaAtlas *self)
{
  g_return_val_if_fail (KWA_IS_ATLAS (self), NULL);
  return self->exhibit;
}

KwaLand *
kwa_atlas_get_land (KwaAtlas *self)
{
  g_return_val_if_fail (KWA_IS_ATLAS (self), NULL);
  return self->land;
}

const KwaProjection *
kwa_atlas_get_projection (KwaAtlas *self)
{
  g_return_val_if_fail (KWA_IS_ATLAS (self), NULL);
  return &self->projection;
}

void
kwa_atlas_get_map_box (KwaAtlas   *self,
                       KwaMapRect *box)
{
  g_return_if_fail (KWA_IS_ATLAS (self));
  *box = self->map_box;
}

KwaMapPoint
kwa_atlas_get_south_anchor (KwaAtlas *self)
{
  return self->south_anchor;
}

#define DEFINE_GETTER(Type, name, field, count)                 \
  const Type *                                                  \
  kwa_atlas_get_##name (KwaAtlas *self,                         \
                        guint    *n_out)                        \
  {                                                             \
    g_return_val_if_fail (KWA_IS_ATLAS (self), NULL);           \
    *n_out = self->count;                                       \
    return self->field;                                         \
  }

DEFINE_GETTER (KwaAtlasFront, fronts, fronts, n_fronts)
DEFINE_GETTER (KwaAtlasEnclave, enclaves, enclaves, n_enclaves)
DEFINE_GETTER (KwaAtlasMovement, movements, movements, n_movements)
DEFINE_GETTER (KwaAtlasLine, lines, lines, n_lines)
DEFINE_GETTER (KwaAtlasPlace, places, places, n_places)
DEFINE_GETTER (KwaAtlasEvent, events, events, n_events)

/**
 * kwa_atlas_movement_progress:
 * @movement: a projected movement
 * @time: the day shown (whole at the start of a day)
 *
 * How far the movement's head has come: nothing at the start of its first
 * day, the whole path at the end of its last, and at each waypoint on the
 * waypoint's day; between these, an even pace.
 *
 * Returns: the part of the path behind the head, from 0 to 1
 */
double
kwa_atlas_movement_progress (const KwaAtlasMovement *movement,
                             double                  time)
{
  guint k = 1;

  if (time < movement->knot_time[0])
    return 0.0;
  if (movement->length <= 0)
    return 1.0;

  /* The first knot after @time; a waypoint on the first day is a knot at
   * the same time as the start, and the head is already there. */
  while (k < movement->n_knots - 1 && movement->knot_time[k] <= time)
    k++;

  {
    double span = movement->knot_time[k] - movement->knot_time[k - 1];
    double t = span > 0 ? CLAMP ((time - movement->knot_time[k - 1]) / span, 0, 1) : 1;

    return CLAMP ((movement->knot_along[k - 1] + (movement->knot_along[k] - movement->knot_along[k - 1]) * t) /
                  movement->length, 0, 1);
  }
}

/**
 * kwa_atlas_movement_head:
 * @movement: a projected movement
 * @progress: the part of its path behind the head
 *
 * Returns: where the arrow's head stands
 */
KwaMapPoint
kwa_atlas_movement_head (const KwaAtlasMovement *movement,
                         double                  progress)
{
  double target = progress * movement->length;
  guint i = 1;

  if (movement->n_points < 2)
    return movement->points[0];

  while (i < movement->n_points - 1 && movement->distance[i] < target)
    i++;

  {
    double span = movement->distance[i] - movement->distance[i - 1];
    double t = span > 0 ? CLAMP ((target - movement->distance[i - 1]) / span, 0, 1) : 1;

    return (KwaMapPoint) { movement->points[i - 1].x + (movement->points[i].x - movement->points[i - 1].x) * t,
                           movement->points[i - 1].y + (movement->points[i].y - movement->points[i - 1].y) * t };
  }
}

/**
 * kwa_atlas_movement_time_at:
 * @movement: a projected movement
 * @along: a distance along its path, km
 *
 * The inverse of kwa_atlas_movement_progress(): when the head gets there.
 *
 * Returns: the time (in days, as dates count them) the head reaches @along
 */
double
kwa_atlas_movement_time_at (const KwaAtlasMovement *movement,
                            double                  along)
{
  for (guint k = 1; k < movement->n_knots; k++)
    {
      double from = movement->knot_along[k - 1], to = movement->knot_along[k];

      if (along <= to && to > from)
        return movement->knot_time[k - 1] +
               (movement->knot_time[k] - movement->knot_time[k - 1]) * CLAMP ((along - from) / (to - from), 0, 1);
    }
  return movement->knot_time[movement->n_knots - 1];
}
