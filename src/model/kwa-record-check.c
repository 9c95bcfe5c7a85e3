/* kwa-record-check.c: the map against the record, day by day
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-record-check"

#include "config.h"

#include <math.h>

#include "kwa-problem.h"
#include "kwa-record-check.h"
#include "kwa-scene.h"

/* The exhibit promises who held what on every day of the war. The
 * changes of hands ("holdings") are the record; fronts and enclaves are
 * the geometry that must agree with it. This sweeps every day from the
 * first front to the last, asks the scene who holds each recorded place
 * and where each arrow's head stands, and reports every run of days on
 * which the two disagree, as a problem a curator can act on.
 */

typedef struct
{
  const KwaHolding *holding;
  guint             index;          /* in the exhibit's holdings */
  KwaMapPoint       point;
  /* The run of disagreeing days under way, if any. */
  KwaDate           run_start;
  KwaDate           run_end;
  KwaControl        run_shown;
  guint             run_change;
} PlaceSweep;

typedef struct
{
  const KwaAtlasMovement *movement;
  guint                   index;
  KwaDate                 run_start;
  KwaDate                 run_end;
  double                  run_depth;   /* the deepest, km */
} ArrowSweep;

typedef struct
{
  const char *file_name;
  GPtrArray  *problems;
} Report;

static void
report (Report     *r,
        const char *path,
        const char *message)
{
  g_ptr_array_add (r->problems, kwa_problem_new (r->file_name, path, 0, 0, message));
}

/* The change in force on @day: the last dated on or before it, or -1. */
static int
change_in_force (const KwaHolding *holding,
                 KwaDate           day)
{
  int found = -1;

  for (guint i = 0; i < holding->n_changes && holding->changes[i].date <= day; i++)
    found = (int) i;

  return found;
}

/* Whether @day lies within the stated doubt of a change's date: the map
 * may show either side then. */
static gboolean
within_doubt (const KwaHolding *holding,
              KwaDate           day)
{
  for (guint i = 0; i < holding->n_changes; i++)
    {
      const KwaHoldingChange *change = &holding->changes[i];

      if (day >= change->date - change->within_days && day < change->date + change->within_days)
        return TRUE;
    }

  return FALSE;
}

static char *
describe_days (KwaDate start,
               KwaDate end)
{
  g_autofree char *first = kwa_date_to_iso (start);
  g_autofree char *last = NULL;

  if (start == end)
    return g_strdup_printf ("on %s", first);

  last = kwa_date_to_iso (end);
  return g_strdup_printf ("from %s to %s (%d days)", first, last, end - start + 1);
}

static void
flush_place (Report     *r,
             PlaceSweep *sweep)
{
  const KwaHolding *holding = sweep->holding;
  const KwaHoldingChange *change;
  g_autofree char *path = NULL;
  g_autofree char *days = NULL;
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;
  g_autofree char *message = NULL;

  if (sweep->run_start == KWA_DATE_NONE)
    return;

  change = &holding->changes[sweep->run_change];
  path = g_strdup_printf ("holdings.%s[%u]", holding->place->id, sweep->run_change);
  days = describe_days (sweep->run_start, sweep->run_end);
  since = kwa_date_to_iso (change->date);
  if (sweep->run_change + 1 < holding->n_changes)
    {
      g_autofree char *next = kwa_date_to_iso (holding->changes[sweep->run_change + 1].date);

      until = g_strdup_printf ("until %s", next);
    }
  else
    until = g_strdup ("on");

  message = g_strdup_printf ("%s the map shows %s; the record says %s from %s %s",
                             days, kwa_control_to_string (sweep->run_shown),
                             kwa_side_id_to_string (change->holder), since, until);
  report (r, path, message);
  sweep->run_start = sweep->run_end = KWA_DATE_NONE;
}

static void
check_place (Report     *r,
             PlaceSweep *sweep,
             KwaScene   *scene)
{
  const KwaHolding *holding = sweep->holding;
  int in_force = change_in_force (holding, scene->date);
  KwaControl shown, wanted;

  if (in_force < 0 || within_doubt (holding, scene->date))
    {
      flush_place (r, sweep);
      return;
    }

  wanted = holding->changes[in_force].holder == KWA_SIDE_SOUTH ? KWA_CONTROL_SOUTH : KWA_CONTROL_NORTH;
  shown = kwa_scene_side_at (scene, sweep->point.x, sweep->point.y);
  if (shown == wanted)
    {
      flush_place (r, sweep);
      return;
    }

  /* One message for a run of days, as long as it is one disagreement. */
  if (sweep->run_start != KWA_DATE_NONE &&
      (sweep->run_change != (guint) in_force || sweep->run_shown != shown))
    flush_place (r, sweep);
  if (sweep->run_start == KWA_DATE_NONE)
    {
      sweep->run_start = scene->date;
      sweep->run_shown = shown;
      sweep->run_change = (guint) in_force;
    }
  sweep->run_end = scene->date;
}

/* How deep @p lies in the ground around it: how far to the nearest edge
 * between the sides that day, the front or an enclave's outline (a
 * beachhead an arrow breaks out of, a perimeter it closes on). Map units
 * are km. */
static double
distance_to_edge (const KwaScene *scene,
                  KwaMapPoint     p)
{
  double nearest = G_MAXDOUBLE;

  for (guint i = 1; i < KWA_FRONT_LINE_SAMPLES; i++)
    nearest = MIN (nearest, kwa_map_segment_distance (p, scene->front[i - 1], scene->front[i]));

  for (guint e = 0; e < scene->enclaves->len; e++)
    {
      const KwaAtlasEnclave *enclave = g_ptr_array_index (scene->enclaves, e);

      for (guint i = 1; i < enclave->n_outline; i++)
        nearest = MIN (nearest, kwa_map_segment_distance (p, enclave->outline[i - 1], enclave->outline[i]));
    }

  return nearest;
}

static void
flush_arrow (Report     *r,
             ArrowSweep *sweep)
{
  const KwaMovement *movement = sweep->movement->movement;
  g_autofree char *path = NULL;
  g_autofree char *days = NULL;
  g_autofree char *message = NULL;
  KwaSideId other = movement->side == KWA_SIDE_SOUTH ? KWA_SIDE_NORTH : KWA_SIDE_SOUTH;

  if (sweep->run_start == KWA_DATE_NONE)
    return;

  path = g_strdup_printf ("movements[%u]", sweep->index);
  days = describe_days (sweep->run_start, sweep->run_end);
  message = g_strdup_printf ("%s the head of the %s arrow \"%s\" lies up to %.0f km inside ground the map gives the %s "
                             "(more than %.0f km from the front or an enclave's edge): its path or dates run ahead of or behind the fronts",
                             days, kwa_side_id_to_string (movement->side), movement->id, sweep->run_depth,
                             kwa_side_id_to_string (other), KWA_RECORD_CHECK_ARROW_DEPTH_KM);
  report (r, path, message);
  sweep->run_start = sweep->run_end = KWA_DATE_NONE;
  sweep->run_depth = 0;
}

static void
check_arrow (Report     *r,
             ArrowSweep *sweep,
             KwaScene   *scene)
{
  const KwaMovement *movement = sweep->movement->movement;
  KwaControl own = movement->side == KWA_SIDE_SOUTH ? KWA_CONTROL_SOUTH : KWA_CONTROL_NORTH;
  KwaMapPoint head;
  KwaControl shown;
  double depth;

  if (scene->date < movement->start || scene->date > movement->end || !scene->has_front)
    {
      flush_arrow (r, sweep);
      return;
    }

  /* As the scene draws it: the head at the start of the day. */
  head = kwa_atlas_movement_head (sweep->movement, kwa_atlas_movement_progress (sweep->movement, scene->time));
  /* At sea (a landing, an evacuation) the arrow is in nobody's ground. */
  if (!kwa_land_contains (kwa_atlas_get_land (scene->atlas), head.x, head.y) ||
      (shown = kwa_scene_side_at (scene, head.x, head.y)) == own ||
      (depth = distance_to_edge (scene, head)) <= KWA_RECORD_CHECK_ARROW_DEPTH_KM)
    {
      flush_arrow (r, sweep);
      return;
    }

  if (sweep->run_start == KWA_DATE_NONE)
    sweep->run_start = scene->date;
  sweep->run_end = scene->date;
  sweep->run_depth = MAX (sweep->run_depth, depth);
}

/* The change of @holding that hands the place to @side during
 * @movement's days (its last day's end included), or NULL. */
static const KwaHoldingChange *
taken_during (const KwaHolding  *holding,
              const KwaMovement *movement)
{
  for (guint i = 0; i < holding->n_changes; i++)
    {
      const KwaHoldingChange *change = &holding->changes[i];

      if (change->holder == movement->side && change->date >= movement->start && change->date <= movement->end + 1)
        return change;
    }
  return NULL;
}

/* An arrow that takes ground must reach each recorded place on its way on
 * the day the record has the place taken: an even pace from start to end
 * leaves a landing's head at sea for days after the beachhead is ashore.
 * Checked once per arrow and place, not day by day. */
static void
check_arrivals (Report                 *r,
                const KwaAtlasMovement *projected,
                guint                   index,
                GArray                 *places)
{
  const KwaMovement *movement = projected->movement;

  if (movement->kind == KWA_MOVEMENT_WITHDRAWAL || movement->kind == KWA_MOVEMENT_EVACUATION)
    return;

  for (guint h = 0; h < places->len; h++)
    {
      const PlaceSweep *place = &g_array_index (places, PlaceSweep, h);
      const KwaHoldingChange *change = taken_during (place->holding, movement);
      double off, along;
      KwaDate reached;
      int late;

      if (change == NULL)
        continue;

      along = kwa_atlas_movement_locate (projected, place->point, &off);
      if (off > KWA_RECORD_CHECK_PLACE_ON_PATH_KM)
        continue;

      reached = (KwaDate) ceil (kwa_atlas_movement_time_at (projected, along) - 1e-6);
      late = reached - change->date;
      if (ABS (late) > change->within_days + 1)
        {
          g_autofree char *path = g_strdup_printf ("movements[%u]", index);
          g_autofree char *on = kwa_date_to_iso (reached);
          g_autofree char *taken = kwa_date_to_iso (change->date);
          g_autofree char *message =
            g_strdup_printf ("the head of the %s arrow \"%s\" reaches %s on %s, %d days %s the record has it taken "
                             "(%s, give or take %d): give the movement a waypoint in \"reaches\", or correct its dates",
                             kwa_side_id_to_string (movement->side), movement->id, place->holding->place->id, on,
                             ABS (late), late > 0 ? "after" : "before", taken, change->within_days);

          report (r, path, message);
        }
    }
}

/**
 * kwa_record_check:
 * @atlas: the exhibit on its map
 * @file_name: the exhibit's file name, for the problems
 *
 * Sweeps every day from the first front to the last: each recorded place
 * must be held on the map by the side the record names (except within
 * the doubt the record states about a change's date), each arrow's
 * head must stand in ground its side holds, or near the front, and each
 * arrow that takes a recorded place on its way must reach it on the day
 * the record has it taken.
 *
 * Returns: (transfer full) (element-type KwaProblem): what disagrees,
 *   empty when nothing does
 */
GPtrArray *
kwa_record_check (KwaAtlas   *atlas,
                  const char *file_name)
{
  KwaExhibit *exhibit;
  Report r = { file_name, g_ptr_array_new_with_free_func ((GDestroyNotify) kwa_problem_free) };
  g_autoptr(GArray) places = g_array_new (FALSE, TRUE, sizeof (PlaceSweep));
  g_autoptr(GArray) arrows = g_array_new (FALSE, TRUE, sizeof (ArrowSweep));
  const KwaAtlasFront *fronts;
  const KwaAtlasMovement *movements;
  const KwaHolding *holdings;
  guint n_fronts, n_movements, n_holdings;

  g_return_val_if_fail (KWA_IS_ATLAS (atlas), NULL);

  exhibit = kwa_atlas_get_exhibit (atlas);
  fronts = kwa_atlas_get_fronts (atlas, &n_fronts);
  if (n_fronts == 0)
    return r.problems;

  holdings = kwa_exhibit_get_holdings (exhibit, &n_holdings);
  for (guint i = 0; i < n_holdings; i++)
    {
      PlaceSweep sweep = { &holdings[i], i, kwa_atlas_project (atlas, holdings[i].place->point),
                           KWA_DATE_NONE, KWA_DATE_NONE, KWA_CONTROL_SEA, 0 };

      g_array_append_val (places, sweep);
    }

  movements = kwa_atlas_get_movements (atlas, &n_movements);
  for (guint i = 0; i < n_movements; i++)
    {
      ArrowSweep sweep = { &movements[i], i, KWA_DATE_NONE, KWA_DATE_NONE, 0 };

      g_array_append_val (arrows, sweep);
    }

  for (KwaDate day = fronts[0].front->date; day <= fronts[n_fronts - 1].front->date; day++)
    {
      g_autoptr(KwaScene) scene = kwa_scene_new (atlas, day);

      for (guint i = 0; i < places->len; i++)
        check_place (&r, &g_array_index (places, PlaceSweep, i), scene);
      for (guint i = 0; i < arrows->len; i++)
        check_arrow (&r, &g_array_index (arrows, ArrowSweep, i), scene);
    }

  for (guint i = 0; i < places->len; i++)
    flush_place (&r, &g_array_index (places, PlaceSweep, i));
  for (guint i = 0; i < arrows->len; i++)
    flush_arrow (&r, &g_array_index (arrows, ArrowSweep, i));
  for (guint i = 0; i < n_movements; i++)
    check_arrivals (&r, &movements[i], i, places);

  return r.problems;
}
