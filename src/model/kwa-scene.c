/* kwa-scene.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-scene"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-scene.h"

G_DEFINE_BOXED_TYPE (KwaScene, kwa_scene, kwa_scene_ref, kwa_scene_unref)

static KwaConfidence
least_confident (KwaConfidence a,
                 KwaConfidence b)
{
  /* UNSTATED counts as high: the data did not raise a doubt. */
  if (a == KWA_CONFIDENCE_UNSTATED) a = KWA_CONFIDENCE_HIGH;
  if (b == KWA_CONFIDENCE_UNSTATED) b = KWA_CONFIDENCE_HIGH;
  return MAX (a, b);
}

/* The index of the last snapshot dated on or before @time, or -1. */
static int
find_snapshot (const KwaAtlasFront *fronts,
               guint                n_fronts,
               double               time)
{
  int low = 0, high = (int) n_fronts - 1, found = -1;

  while (low <= high)
    {
      int mid = (low + high) / 2;

      if (fronts[mid].front->date <= time)
        {
          found = mid;
          low = mid + 1;
        }
      else
        high = mid - 1;
    }

  return found;
}

/* The line of contact at @time: the snapshots around it, blended by how
 * far @time lies between their dates. Returns the two snapshots used. */
static gboolean
front_at (KwaAtlas             *atlas,
          double                time,
          KwaMapPoint          *line,
          const KwaAtlasFront **out_from,
          const KwaAtlasFront **out_to)
{
  guint n_fronts;
  const KwaAtlasFront *fronts = kwa_atlas_get_fronts (atlas, &n_fronts);
  int i;

  if (n_fronts == 0)
    return FALSE;

  /* Before the first snapshot there is no front: Korea was not divided yet
   * (the exhibit may begin a few days before the division). */
  i = find_snapshot (fronts, n_fronts, time);
  if (i < 0)
    return FALSE;

  if ((guint) i == n_fronts - 1)
    {
      const KwaAtlasFront *only = &fronts[i];

      memcpy (line, only->samples, sizeof only->samples);
      *out_from = *out_to = only;
    }
  else
    {
      const KwaAtlasFront *from = &fronts[i], *to = &fronts[i + 1];
      double span = to->front->date - from->front->date;
      double progress = span > 0 ? (time - from->front->date) / span : 1.0;

      kwa_front_line_blend (from->samples, to->samples, CLAMP (progress, 0, 1),
                            line, KWA_FRONT_LINE_SAMPLES);
      *out_from = from;
      *out_to = to;
    }

  return TRUE;
}

/* Where the line from @sea to @ashore first reaches land, as the land's
 * grid of 1 km cells tells it (kwa_land_contains()): a halving of the
 * segment at a time, each a grid lookup. */
static KwaMapPoint
coast_between (KwaLand     *land,
               KwaMapPoint  sea,
               KwaMapPoint  ashore)
{
  for (int i = 0; i < 16; i++)
    {
      KwaMapPoint middle = { (sea.x + ashore.x) / 2, (sea.y + ashore.y) / 2 };

      if (kwa_land_contains (land, middle.x, middle.y))
        ashore = middle;
      else
        sea = middle;
    }
  return ashore;
}

/* @line without the stretches of sea at its ends, into @out (room for
 * @n_points + 2). Returns the number of points: 0 for a line all at sea. */
static guint
trim_to_coast (KwaLand           *land,
               const KwaMapPoint *line,
               guint              n_points,
               KwaMapPoint       *out)
{
  guint first = 0, end = n_points, n = 0;

  while (first < n_points && !kwa_land_contains (land, line[first].x, line[first].y))
    first++;
  if (first == n_points)
    return 0;
  while (!kwa_land_contains (land, line[end - 1].x, line[end - 1].y))
    end--;

  if (first > 0)
    out[n++] = coast_between (land, line[first - 1], line[first]);
  memcpy (out + n, line + first, (end - first) * sizeof *line);
  n += end - first;
  if (end < n_points)
    out[n++] = coast_between (land, line[end], line[end - 1]);

  return n;
}

static void
compute_control (KwaScene *self)
{
  const KwaAtlasFront *from, *to, *ghost_from, *ghost_to;
  KwaLand *land = kwa_atlas_get_land (self->atlas);

  self->has_front = front_at (self->atlas, self->time, self->front, &from, &to);
  if (!self->has_front)
    return;

  self->south_region = kwa_atlas_close_front (self->atlas, self->front);
  self->front_confidence = least_confident (from->front->confidence, to->front->confidence);

  if (from != to && self->time > from->front->date)
    {
      self->held_from = g_array_ref (from->south_region);
      self->held_to = g_array_ref (to->south_region);
    }

  if (from != to && self->front_confidence != KWA_CONFIDENCE_HIGH)
    {
      self->uncertain_from = g_array_ref (from->south_region);
      self->uncertain_to = g_array_ref (to->south_region);
    }

  self->has_ghost = front_at (self->atlas, self->time - KWA_SCENE_GHOST_DAYS, self->ghost,
                              &ghost_from, &ghost_to) &&
                    memcmp (self->ghost, self->front, sizeof self->front) != 0;

  self->n_front_ashore = trim_to_coast (land, self->front, KWA_FRONT_LINE_SAMPLES, self->front_ashore);
  if (self->has_ghost)
    self->n_ghost_ashore = trim_to_coast (land, self->ghost, KWA_FRONT_LINE_SAMPLES, self->ghost_ashore);
}

static gboolean
span_contains (KwaDate start,
               KwaDate end,
               double  time)
{
  return (start == KWA_DATE_NONE || time >= start) &&
         (end == KWA_DATE_NONE || time < end + 1.0);
}

static void
collect_enclaves (KwaScene *self)
{
  guint n;
  const KwaAtlasEnclave *enclaves = kwa_atlas_get_enclaves (self->atlas, &n);

  self->enclaves = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    if (span_contains (enclaves[i].enclave->start, enclaves[i].enclave->end, self->time))
      g_ptr_array_add (self->enclaves, (gpointer) &enclaves[i]);
}

static void
collect_movements (KwaScene *self)
{
  guint n;
  const KwaAtlasMovement *movements = kwa_atlas_get_movements (self->atlas, &n);

  self->movements = g_array_new (FALSE, FALSE, sizeof (KwaSceneMovement));
  for (guint i = 0; i < n; i++)
    {
      const KwaMovement *movement = movements[i].movement;
      double since_start = self->time - movement->start;
      double since_end = self->time - (movement->end + 1.0);
      KwaSceneMovement visible;

      if (since_start < 0 || since_end >= KWA_SCENE_MOVEMENT_FADE)
        continue;

      visible.movement = &movements[i];
      visible.progress = kwa_atlas_movement_progress (&movements[i], self->time);
      visible.opacity = since_end <= 0 ? 1.0 : 1.0 - since_end / KWA_SCENE_MOVEMENT_FADE;
      g_array_append_val (self->movements, visible);
    }
}

static int
compare_emphasis (gconstpointer a,
                  gconstpointer b)
{
  const KwaSceneEvent *x = a, *y = b;

  if (x->emphasis != y->emphasis)
    return x->emphasis < y->emphasis ? 1 : -1;
  return x->event->event->importance - y->event->event->importance;
}

static void
collect_events (KwaScene *self)
{
  guint n;
  const KwaAtlasEvent *events = kwa_atlas_get_events (self->atlas, &n);

  self->events = g_array_new (FALSE, FALSE, sizeof (KwaSceneEvent));
  for (guint i = 0; i < n; i++)
    {
      const KwaEvent *event = events[i].event;
      KwaDate end = event->end != KWA_DATE_NONE ? event->end : event->date;
      double since_end = self->time - (end + 1.0);
      KwaSceneEvent visible;

      if (self->time < event->date || since_end >= KWA_SCENE_EVENT_FADE)
        continue;

      visible.event = &events[i];
      visible.active = since_end < 0;
      visible.emphasis = visible.active ? 1.0 : 1.0 - since_end / KWA_SCENE_EVENT_FADE;
      g_array_append_val (self->events, visible);
    }

  g_array_sort (self->events, compare_emphasis);
}

/* The last event begun on or before today (faded or not); on a day with
 * several, the most important. */
static void
find_latest_event (KwaScene *self)
{
  guint n;
  const KwaEvent *events = kwa_exhibit_get_events (kwa_atlas_get_exhibit (self->atlas), &n);

  for (guint i = 0; i < n && events[i].date <= self->date; i++)
    if (self->latest_event == NULL || events[i].date > self->latest_event->date ||
        events[i].importance < self->latest_event->importance)
      self->latest_event = &events[i];
}

static void
collect_lines (KwaScene *self)
{
  guint n;
  const KwaAtlasLine *lines = kwa_atlas_get_lines (self->atlas, &n);

  self->lines = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    if (span_contains (lines[i].line->start, lines[i].line->end, self->time))
      g_ptr_array_add (self->lines, (gpointer) &lines[i]);
}

static void
find_phase_and_day (KwaScene *self)
{
  KwaExhibit *exhibit = kwa_atlas_get_exhibit (self->atlas);
  KwaDateRange war = kwa_exhibit_get_war_span (exhibit);

  self->phase = kwa_exhibit_find_phase (exhibit, self->date);

  self->war_day = self->date >= war.start ? self->date - war.start + 1 : 0;
}

/**
 * kwa_scene_new:
 * @atlas: the exhibit on the map
 * @time: days since 1970-01-01; fractions blend smoothly between days
 *
 * Returns: (transfer full): what the map shows at @time
 */
KwaScene *
kwa_scene_new (KwaAtlas *atlas,
               double    time)
{
  KwaScene *self;

  g_return_val_if_fail (KWA_IS_ATLAS (atlas), NULL);
  g_return_val_if_fail (isfinite (time), NULL);

  self = g_new0 (KwaScene, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->atlas = g_object_ref (atlas);
  self->time = time;
  self->date = (KwaDate) floor (time);

  compute_control (self);
  collect_enclaves (self);
  collect_movements (self);
  collect_events (self);
  collect_lines (self);
  find_latest_event (self);
  find_phase_and_day (self);

  return self;
}

KwaScene *
kwa_scene_ref (KwaScene *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
kwa_scene_unref (KwaScene *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->south_region, g_array_unref);
  g_clear_pointer (&self->held_from, g_array_unref);
  g_clear_pointer (&self->held_to, g_array_unref);
  g_clear_pointer (&self->uncertain_from, g_array_unref);
  g_clear_pointer (&self->uncertain_to, g_array_unref);
  g_clear_pointer (&self->enclaves, g_ptr_array_unref);
  g_clear_pointer (&self->movements, g_array_unref);
  g_clear_pointer (&self->events, g_array_unref);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_object (&self->atlas);
  g_free (self);
}

/**
 * kwa_scene_side_at:
 * @x: (in map units)
 * @y: (in map units)
 *
 * Which side the enclaves and the front give the point, land or not:
 * inside an enclave, the enclave's side (the north's enclaves first, as in
 * kwa_scene_get_area()); elsewhere the side of the front it lies on;
 * %KWA_CONTROL_UNDIVIDED before the first front.
 */
KwaControl
kwa_scene_side_at (const KwaScene *self,
                   double          x,
                   double          y)
{
  gboolean south_enclave = FALSE;

  g_return_val_if_fail (self != NULL, KWA_CONTROL_SEA);

  for (guint i = 0; i < self->enclaves->len; i++)
    {
      const KwaAtlasEnclave *enclave = g_ptr_array_index (self->enclaves, i);

      if (kwa_map_polygon_contains (enclave->outline, enclave->n_outline, x, y))
        {
          if (enclave->enclave->side == KWA_SIDE_NORTH)
            return KWA_CONTROL_NORTH;
          south_enclave = TRUE;
        }
    }
  if (south_enclave)
    return KWA_CONTROL_SOUTH;

  if (!self->has_front)
    return KWA_CONTROL_UNDIVIDED;

  return kwa_scene_south_holds (self, x, y) ? KWA_CONTROL_SOUTH : KWA_CONTROL_NORTH;
}

/**
 * kwa_scene_control_at:
 * @x: (in map units)
 * @y: (in map units)
 *
 * Who holds the point: %KWA_CONTROL_SEA off the land, else as
 * kwa_scene_side_at().
 */
KwaControl
kwa_scene_control_at (const KwaScene *self,
                      double          x,
                      double          y)
{
  g_return_val_if_fail (self != NULL, KWA_CONTROL_SEA);

  if (!kwa_land_contains (kwa_atlas_get_land (self->atlas), x, y))
    return KWA_CONTROL_SEA;

  return kwa_scene_side_at (self, x, y);
}

static gboolean
region_contains (const GArray *region,
                 double        x,
                 double        y)
{
  return kwa_map_polygon_contains ((const KwaMapPoint *) region->data, region->len, x, y);
}

/**
 * kwa_scene_south_holds:
 *
 * Whether the south's front (not its enclaves) gives it the point: inside
 * the blended front's region, or between snapshots inside at least two of
 * the blended region and the two snapshots' regions.
 */
gboolean
kwa_scene_south_holds (const KwaScene *self,
                       double          x,
                       double          y)
{
  guint inside;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->has_front)
    return FALSE;
  if (self->held_from == NULL)
    return region_contains (self->south_region, x, y);

  inside = region_contains (self->south_region, x, y) +
           region_contains (self->held_from, x, y) +
           region_contains (self->held_to, x, y);

  return inside >= 2;
}

/**
 * kwa_scene_get_south_rings:
 * @rings: (out caller-allocates): room for three rings
 *
 * The regions that say what the south's front gives it, for drawing and
 * measuring by the rule of kwa_scene_south_holds(): one ring, which
 * encloses it, or three, of which it is where at least two overlap. All
 * are wound the same way.
 *
 * Returns: 0 (no front), 1 or 3
 */
guint
kwa_scene_get_south_rings (const KwaScene *self,
                           KwaMapRing      rings[3])
{
  g_return_val_if_fail (self != NULL, 0);

  if (!self->has_front)
    return 0;

  rings[0] = (KwaMapRing) { (const KwaMapPoint *) self->south_region->data, self->south_region->len };
  if (self->held_from == NULL)
    return 1;

  rings[1] = (KwaMapRing) { (const KwaMapPoint *) self->held_from->data, self->held_from->len };
  rings[2] = (KwaMapRing) { (const KwaMapPoint *) self->held_to->data, self->held_to->len };
  return 3;
}

KwaControl
kwa_scene_control_at_lonlat (const KwaScene *self,
                             KwaLonLat       point)
{
  KwaMapPoint projected;

  g_return_val_if_fail (self != NULL, KWA_CONTROL_SEA);

  projected = kwa_atlas_project (self->atlas, point);

  return kwa_scene_control_at (self, projected.x, projected.y);
}

static void
measure (KwaScene *self)
{
  g_autoptr(GArray) gained = g_array_new (FALSE, FALSE, sizeof (KwaMapRing));
  g_autoptr(GArray) lost = g_array_new (FALSE, FALSE, sizeof (KwaMapRing));
  KwaLand *land = kwa_atlas_get_land (self->atlas);
  double total = kwa_land_get_area (land);
  KwaMapRing front_rings[3];
  guint n_front_rings = kwa_scene_get_south_rings (self, front_rings);
  /* Ground counts for the south where this many of the rings overlap:
   * two between snapshots (kwa_scene_south_holds()), else one. */
  guint needed = n_front_rings == 3 ? 2 : 1;

  g_array_append_vals (gained, front_rings, n_front_rings);

  for (guint i = 0; i < self->enclaves->len; i++)
    {
      const KwaAtlasEnclave *enclave = g_ptr_array_index (self->enclaves, i);
      KwaMapRing ring = { enclave->outline, enclave->n_outline };

      if (enclave->enclave->side == KWA_SIDE_NORTH)
        {
          g_array_append_val (lost, ring);
          continue;
        }
      /* A south enclave is the south's whatever the front says: it counts
       * as many times as the rule needs. */
      for (guint k = 0; k < needed; k++)
        g_array_append_val (gained, ring);
    }

  self->area[KWA_SIDE_SOUTH] = kwa_land_get_area_covered (land,
                                                          (const KwaMapRing *) gained->data, gained->len, needed,
                                                          (const KwaMapRing *) lost->data, lost->len);

  /* Undivided (no front yet): each side holds only its enclaves, the same
   * answer kwa_scene_control_at() gives point by point. */
  if (self->has_front)
    self->area[KWA_SIDE_NORTH] = total - self->area[KWA_SIDE_SOUTH];
  else
    self->area[KWA_SIDE_NORTH] = kwa_land_get_area_where (land,
                                                          (const KwaMapRing *) lost->data, lost->len,
                                                          NULL, 0);
  self->area_measured = TRUE;
}

/**
 * kwa_scene_get_area:
 *
 * The land @side holds, in km², measured from the geometry on first use
 * (not every frame needs it).
 */
double
kwa_scene_get_area (KwaScene  *self,
                    KwaSideId  side)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (side < KWA_N_SIDES, 0);

  if (!self->area_measured)
    measure (self);

  return self->area[side];
}

/* The share of the peninsula's land @side holds, 0 … 1. */
double
kwa_scene_get_share (KwaScene  *self,
                     KwaSideId  side)
{
  double total;

  g_return_val_if_fail (self != NULL, 0);

  total = kwa_land_get_area (kwa_atlas_get_land (self->atlas));

  return total > 0 ? kwa_scene_get_area (self, side) / total : 0;
}

const char *
kwa_control_to_string (KwaControl control)
{
  switch (control)
    {
    case KWA_CONTROL_NORTH:
      return "north";
    case KWA_CONTROL_SOUTH:
      return "south";
    case KWA_CONTROL_UNDIVIDED:
      return "undivided";
    case KWA_CONTROL_SEA:
    default:
      return "sea";
    }
}
