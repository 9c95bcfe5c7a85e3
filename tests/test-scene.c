/* test-scene.c: who held what, on the bundled exhibit, on days the
 * histories agree on.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "kwa-map-document.h"
#include "kwa-scene.h"
#include "kwa-test-utils.h"

typedef struct
{
  const char *what;
  double      lat, lon;
  const char *date;
  KwaControl  expected;
} ControlCase;

/* Each case is a fact a visitor could check in any history of the war
 * (Appleman 1961; Mossman 1990; Hermes 1966; the armistice map). */
static const ControlCase control_cases[] = {
  { "Seoul, before the division", 37.5665, 126.978, "1945-08-12", KWA_CONTROL_UNDIVIDED },
  { "Seoul, US zone", 37.5665, 126.978, "1946-06-01", KWA_CONTROL_SOUTH },
  { "Pyongyang, Soviet zone", 39.0339, 125.7543, "1946-06-01", KWA_CONTROL_NORTH },
  { "Kaesong, south of the 38th before the war", 37.9707, 126.5544, "1949-06-01", KWA_CONTROL_SOUTH },
  { "Seoul, after it fell on 28 June", 37.5665, 126.978, "1950-07-15", KWA_CONTROL_NORTH },
  { "Daejeon, after it fell on 20 July", 36.3504, 127.3845, "1950-08-15", KWA_CONTROL_NORTH },
  { "Daegu, inside the Pusan Perimeter", 35.8714, 128.6014, "1950-08-20", KWA_CONTROL_SOUTH },
  { "Masan, inside the Pusan Perimeter", 35.2100, 128.5810, "1950-09-01", KWA_CONTROL_SOUTH },
  { "Gwangju, overrun in July", 35.1595, 126.8526, "1950-08-15", KWA_CONTROL_NORTH },
  { "Incheon, the beachhead", 37.4563, 126.7052, "1950-09-20", KWA_CONTROL_SOUTH },
  { "Seoul, retaken", 37.5665, 126.978, "1950-10-15", KWA_CONTROL_SOUTH },
  { "Pyongyang, taken on 19 October", 39.0339, 125.7543, "1950-11-01", KWA_CONTROL_SOUTH },
  { "Wonsan, taken on 10 October", 39.1528, 127.4436, "1950-11-01", KWA_CONTROL_SOUTH },
  { "Pyongyang, abandoned on 5 December", 39.0339, 125.7543, "1950-12-20", KWA_CONTROL_NORTH },
  { "Hungnam, the evacuation perimeter", 39.8317, 127.6186, "1950-12-20", KWA_CONTROL_SOUTH },
  { "Seoul, lost again on 4 January", 37.5665, 126.978, "1951-01-24", KWA_CONTROL_NORTH },
  { "Seoul, retaken in March", 37.5665, 126.978, "1951-04-01", KWA_CONTROL_SOUTH },
  { "Kaesong, north of the armistice line", 37.9707, 126.5544, "1953-07-28", KWA_CONTROL_NORTH },
  { "Chuncheon, south of the armistice line", 37.8813, 127.7298, "1953-07-28", KWA_CONTROL_SOUTH },
  { "Pyongyang, after the armistice", 39.0339, 125.7543, "1953-12-31", KWA_CONTROL_NORTH },
  { "Sinuiju on the Yalu, never taken", 40.1006, 124.3983, "1950-11-24", KWA_CONTROL_NORTH },
  /* From the audit of 2026-12-06 against Appleman, Montross and Canzona,
   * and Mossman: each once on the wrong side. */
  { "Kimpo airfield, lost on 28-29 June", 37.558, 126.795, "1950-06-30", KWA_CONTROL_NORTH },
  { "Kimpo airfield, not yet reached from Incheon", 37.558, 126.795, "1950-09-16", KWA_CONTROL_NORTH },
  { "Kimpo airfield, taken on the night of 17-18 September", 37.558, 126.795, "1950-09-19", KWA_CONTROL_SOUTH },
  { "Yeongdeok, taken by the KPA 5th Division", 36.415, 129.3654, "1950-07-26", KWA_CONTROL_NORTH },
  { "Yudam-ni, held by the 7th Marines from about 25 November", 40.48, 127.11, "1950-11-26", KWA_CONTROL_SOUTH },
  { "Uijeongbu, not yet reached by I Corps", 37.7381, 127.0338, "1951-03-20", KWA_CONTROL_NORTH },
  { "Chipyong-ni, held after the siege", 37.475, 127.637, "1951-02-21", KWA_CONTROL_SOUTH },
  { "Chipyong-ni, at the start of Operation Killer", 37.475, 127.637, "1951-02-22", KWA_CONTROL_SOUTH },
  /* From the audit of 2026-12-07 of the static war against Hermes, Montross,
   * Kuokka and Hicks, and the ROK memorials: each on the wrong side for
   * weeks before (one front from 10 July to 27 November 1951). */
  { "Bloody Ridge, before the attack of 18 August", 38.255, 128.038, "1951-08-15", KWA_CONTROL_NORTH },
  { "Bloody Ridge, taken on 5 September", 38.255, 128.038, "1951-09-10", KWA_CONTROL_SOUTH },
  { "Heartbreak Ridge, still held in early October", 38.300, 128.017, "1951-10-01", KWA_CONTROL_NORTH },
  { "Kumsong salient, after Nomad-Polar (13-22 October)", 38.34, 127.56, "1951-10-25", KWA_CONTROL_SOUTH },
  { "Kumsong salient, lost in July 1953", 38.34, 127.56, "1953-07-21", KWA_CONTROL_NORTH },
  { "Triangle Hill (Hill 598), the Chinese side", 38.3214, 127.4644, "1952-06-01", KWA_CONTROL_NORTH },
  { "Kumhwa, below Triangle Hill", 38.29, 127.45, "1952-06-01", KWA_CONTROL_SOUTH },
  { "1 km north of the Panmunjom JSA", 37.9648, 126.6773, "1953-07-28", KWA_CONTROL_NORTH },
  { "1 km south of the Panmunjom JSA", 37.9468, 126.6773, "1953-07-28", KWA_CONTROL_SOUTH },
  /* From the audit of 2026-12-07 of the changes of hands against Appleman,
   * the Army's No Gun Ri Review and the ROK histories. */
  { "Yeongdong, held by the 1st Cavalry Division until 25 July", 36.175, 127.783, "1950-07-23", KWA_CONTROL_SOUTH },
  { "Nogeun-ri, held by the 7th Cavalry until 29 July", 36.215, 127.881, "1950-07-28", KWA_CONTROL_SOUTH },
  { "Yeongcheon, entered by the KPA 15th Division on 6 September", 35.973, 128.938, "1950-09-07", KWA_CONTROL_NORTH },
  { "Yeongcheon, retaken by the ROK II Corps", 35.973, 128.938, "1950-09-12", KWA_CONTROL_SOUTH },
  { "Jangsa, the ROK 3rd Division's pocket until 17 August", 36.283, 129.373, "1950-08-12", KWA_CONTROL_SOUTH },
  { "Jangsa, the student volunteers' beachhead", 36.283, 129.373, "1950-09-16", KWA_CONTROL_SOUTH },
  { "Tongyeong, before the KPA came in on 17 August", 34.854, 128.433, "1950-08-10", KWA_CONTROL_SOUTH },
  { "Tongyeong, retaken by the ROK Marines", 34.854, 128.433, "1950-09-01", KWA_CONTROL_SOUTH },
  { "Yecheon, held by the ROK 18th Regiment until 31 July", 36.657, 128.453, "1950-07-26", KWA_CONTROL_SOUTH },
  { "Yeongju, held by the ROK 8th Division until about 24 July", 36.806, 128.624, "1950-07-21", KWA_CONTROL_SOUTH },
  { "Songjin, held by ROK I Corps until 9 December", 40.671, 129.196, "1950-12-06", KWA_CONTROL_SOUTH },
  { "Chinhung-ni, held by the Marines until 11 December", 40.19, 127.365, "1950-12-06", KWA_CONTROL_SOUTH },
  { "Tokchon, behind the ROK II Corps line in November", 39.762, 126.313, "1950-11-15", KWA_CONTROL_SOUTH },
  { "Yeoncheon, behind line Utah", 38.097, 127.075, "1951-04-17", KWA_CONTROL_SOUTH },
  { "Hwacheon town, taken by the Marines on 21 April", 38.106, 127.708, "1951-04-22", KWA_CONTROL_SOUTH },
  { "Jumunjin, the ROK line still south of it in mid-March 1951", 37.892, 128.822, "1951-03-14", KWA_CONTROL_NORTH },
  { "Jumunjin, still ahead of the Yeongok-cheon line until the ROK pushed north on 18 March 1951", 37.892, 128.822, "1951-03-17", KWA_CONTROL_NORTH },
  { "Kisamun-ri, on the 38th parallel by the coast: crossed only in the attack on line Cairo (27 March 1951)", 38.0, 128.735, "1951-03-22", KWA_CONTROL_NORTH },
  { "Ingu-ri, 2 km south of the parallel, reached by the ROK Capital Division before 25 March 1951", 37.97, 128.76, "1951-03-24", KWA_CONTROL_SOUTH },
  { "Hajodae, past the parallel by 28 March 1951", 38.02, 128.72, "1951-03-28", KWA_CONTROL_SOUTH },
  { "Hwachon town, occupied by US troops on 28 May 1951 (Battle of Paroho)", 38.106, 127.708, "1951-05-29", KWA_CONTROL_SOUTH },
  { "Hwachon dam, between the town and the reservoir's south shore, both reached on 28 May 1951", 38.117, 127.779, "1951-05-31", KWA_CONTROL_SOUTH },
  { "Bloody Ridge, not yet taken on 2 September", 38.255, 128.038, "1951-09-02", KWA_CONTROL_NORTH },
  { "Triangle Hill, taken in Operation Showdown", 38.3214, 127.4644, "1952-10-20", KWA_CONTROL_SOUTH },
  { "Hwacheon town, still Chinese before the Marines came", 38.106, 127.708, "1951-04-19", KWA_CONTROL_NORTH },
  { "Pork Chop Hill, before Operation Counter (June 1952)", 38.2414, 127.0194, "1952-03-01", KWA_CONTROL_NORTH },
  { "Pork Chop Hill, given up on 11 July 1953", 38.2414, 127.0194, "1953-07-28", KWA_CONTROL_NORTH },
  /* From the second audit of 2026-12-07, each dated by two sources (the
   * ROK Army's history, Gunsa Yeongu 130, the IMH, the press of the day). */
  { "Kumchon, held by North Korean divisions until 14 October", 38.156, 126.484, "1950-10-13", KWA_CONTROL_NORTH },
  { "Ganseong, passed by the ROK 3rd Division by 4 October", 38.380, 128.468, "1950-10-04", KWA_CONTROL_SOUTH },
  { "Inje, retaken in the counteroffensive about 27-28 May", 38.070, 128.170, "1951-05-29", KWA_CONTROL_SOUTH },
  { "Kapsan, still held on 18 November, taken on the 19th", 41.09, 128.29, "1950-11-18", KWA_CONTROL_NORTH },
  /* From the third audit (the ROK Army's history, vols. 2 and 4; the IMH
   * history, also as the Yangyang Cultural Centre sums it up; the
   * Gangneung encyclopaedia; the Philadelphia Inquirer for Yangyang on
   * 27 May 1951). */
  { "Jumunjin, behind the KPA's advance down the coast road by the night of 25 June 1950", 37.892, 128.822, "1950-06-26", KWA_CONTROL_NORTH },
  { "Jumunjin, passed by the ROK 3rd Division on 30 September - 1 October 1950", 37.892, 128.822, "1950-10-01", KWA_CONTROL_SOUTH },
  { "Jumunjin, inside the Waco line the ROK I Corps took up on 19 May 1951", 37.892, 128.822, "1951-05-19", KWA_CONTROL_SOUTH },
  { "Jumunjin, ahead of the Yeongok-cheon line the 11th Division attacked from on 26 May", 37.892, 128.822, "1951-05-25", KWA_CONTROL_NORTH },
  { "Jumunjin, passed on the way to Yangyang (27 May)", 37.892, 128.822, "1951-05-27", KWA_CONTROL_SOUTH },
  { "Yellow Sea", 36.5, 125.0, "1950-08-20", KWA_CONTROL_SEA },
  { "East Sea", 37.5, 130.5, "1951-06-01", KWA_CONTROL_SEA },
  { "Korea Strait", 34.3, 129.0, "1953-07-28", KWA_CONTROL_SEA },
};

static KwaDate
date (const char *text)
{
  KwaDate value;

  g_assert_true (kwa_date_parse (text, &value));
  return value;
}

static void
test_busan_is_always_south (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaLonLat busan = { 129.0756, 35.1796 };

  /* Every week of the war and after: Busan was never lost. */
  for (KwaDate d = date ("1945-08-15"); d <= date ("1953-12-31"); d += 7)
    {
      g_autoptr(KwaScene) scene = kwa_scene_new (kwa_map_document_get_atlas (document), d);

      g_assert_cmpint (kwa_scene_control_at_lonlat (scene, busan), ==, KWA_CONTROL_SOUTH);
    }
}

/* The front is drawn from coast to coast: its data's ends run out to sea
 * (so that its region gives each side its islands), and on the map it
 * ran into the Korea Strait and off Yeongdeok. Every week of the war: the
 * drawn line begins and ends on land, at the coast where its data's end
 * is at sea, and keeps every sample between. */
static void
test_front_drawn_ashore (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaAtlas *atlas = kwa_map_document_get_atlas (document);
  KwaLand *land = kwa_atlas_get_land (atlas);
  guint trimmed = 0;

  for (KwaDate d = date ("1950-06-25"); d <= date ("1953-07-27"); d += 7)
    {
      g_autoptr(KwaScene) scene = kwa_scene_new (atlas, d);
      const KwaMapPoint *first, *last;

      if (!scene->has_front)
        continue;
      g_assert_cmpuint (scene->n_front_ashore, >=, 2);
      g_assert_cmpuint (scene->n_front_ashore, <=, KWA_FRONT_LINE_SAMPLES + 2);
      first = &scene->front_ashore[0];
      last = &scene->front_ashore[scene->n_front_ashore - 1];
      g_assert_true (kwa_land_contains (land, first->x, first->y));
      g_assert_true (kwa_land_contains (land, last->x, last->y));
      if (!kwa_land_contains (land, scene->front[0].x, scene->front[0].y) ||
          !kwa_land_contains (land, scene->front[KWA_FRONT_LINE_SAMPLES - 1].x,
                              scene->front[KWA_FRONT_LINE_SAMPLES - 1].y))
        trimmed++;
    }

  /* The data do run out to sea: the test is not empty. */
  g_assert_cmpuint (trimmed, >, 10);
}

static void
test_control_at_known_points (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();

  for (guint i = 0; i < G_N_ELEMENTS (control_cases); i++)
    {
      const ControlCase *c = &control_cases[i];
      g_autoptr(KwaScene) scene = kwa_scene_new (kwa_map_document_get_atlas (document), date (c->date));
      KwaLonLat point = { c->lon, c->lat };
      KwaControl found = kwa_scene_control_at_lonlat (scene, point);

      if (found != c->expected)
        g_error ("%s on %s: expected %s, found %s", c->what, c->date,
                 kwa_control_to_string (c->expected), kwa_control_to_string (found));
    }
}

static void
test_shares_follow_the_war (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaAtlas *atlas = kwa_map_document_get_atlas (document);
  g_autoptr(KwaScene) prewar = kwa_scene_new (atlas, date ("1949-06-01"));
  g_autoptr(KwaScene) perimeter = kwa_scene_new (atlas, date ("1950-09-01"));
  g_autoptr(KwaScene) high_water = kwa_scene_new (atlas, date ("1950-11-24"));
  g_autoptr(KwaScene) armistice = kwa_scene_new (atlas, date ("1953-07-28"));

  /* About 43 % south of the 38th parallel; under 10 % inside the
   * perimeter; most of the peninsula at the high-water mark; the
   * armistice line a little north of the parallel overall. */
  g_assert_cmpfloat (kwa_scene_get_share (prewar, KWA_SIDE_SOUTH), >, 0.40);
  g_assert_cmpfloat (kwa_scene_get_share (prewar, KWA_SIDE_SOUTH), <, 0.47);
  g_assert_cmpfloat (kwa_scene_get_share (perimeter, KWA_SIDE_SOUTH), <, 0.12);
  g_assert_cmpfloat (kwa_scene_get_share (high_water, KWA_SIDE_SOUTH), >, 0.75);
  g_assert_cmpfloat (kwa_scene_get_share (armistice, KWA_SIDE_SOUTH),
                     >, kwa_scene_get_share (prewar, KWA_SIDE_SOUTH));
  g_assert_cmpfloat_with_epsilon (kwa_scene_get_share (armistice, KWA_SIDE_SOUTH) +
                                  kwa_scene_get_share (armistice, KWA_SIDE_NORTH), 1.0, 1e-9);
}

static const KwaSceneMovement *
find_movement (KwaScene   *scene,
               const char *id)
{
  for (guint i = 0; i < scene->movements->len; i++)
    {
      const KwaSceneMovement *visible = &g_array_index (scene->movements, KwaSceneMovement, i);

      if (g_strcmp0 (visible->movement->movement->id, id) == 0)
        return visible;
    }
  return NULL;
}

static void
test_arrows_grow_then_fade (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaAtlas *atlas = kwa_map_document_get_atlas (document);
  guint n;
  const KwaMovement *movements = kwa_exhibit_get_movements (kwa_map_document_get_exhibit (document), &n);
  const KwaMovement *first;

  g_assert_cmpuint (n, >, 0);
  first = &movements[0];

  {
    g_autoptr(KwaScene) before = kwa_scene_new (atlas, first->start - 1);
    g_autoptr(KwaScene) start = kwa_scene_new (atlas, first->start);
    g_autoptr(KwaScene) middle = kwa_scene_new (atlas, first->start + (first->end - first->start + 1) / 2.0);
    g_autoptr(KwaScene) end = kwa_scene_new (atlas, first->end + 1);
    g_autoptr(KwaScene) fading = kwa_scene_new (atlas, first->end + 1 + KWA_SCENE_MOVEMENT_FADE / 2.0);
    g_autoptr(KwaScene) gone = kwa_scene_new (atlas, first->end + 1 + KWA_SCENE_MOVEMENT_FADE);

    g_assert_null (find_movement (before, first->id));
    g_assert_cmpfloat (find_movement (start, first->id)->progress, ==, 0);
    g_assert_cmpfloat_with_epsilon (find_movement (middle, first->id)->progress, 0.5, 1e-9);
    g_assert_cmpfloat (find_movement (end, first->id)->progress, ==, 1);
    g_assert_cmpfloat (find_movement (end, first->id)->opacity, ==, 1);
    g_assert_cmpfloat_with_epsilon (find_movement (fading, first->id)->opacity, 0.5, 1e-9);
    g_assert_null (find_movement (gone, first->id));
  }
}

static const KwaAtlasMovement *
find_atlas_movement (KwaAtlas   *atlas,
                     const char *id)
{
  guint n;
  const KwaAtlasMovement *movements = kwa_atlas_get_movements (atlas, &n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (movements[i].movement->id, id) == 0)
      return &movements[i];
  g_assert_not_reached ();
}

static double
head_distance_to_place (KwaAtlas               *atlas,
                        const KwaAtlasMovement *movement,
                        double                  time,
                        const char             *place_id)
{
  g_autoptr(KwaScene) scene = kwa_scene_new (atlas, time);
  const KwaPlace *place = kwa_exhibit_find_place (kwa_atlas_get_exhibit (atlas), place_id);
  KwaMapPoint head, point;

  g_assert_nonnull (place);
  head = kwa_atlas_movement_head (movement, find_movement (scene, movement->movement->id)->progress);
  point = kwa_atlas_project (atlas, place->point);
  return hypot (head.x - point.x, head.y - point.y);
}

/* The landing at Inchon: ashore at Incheon on its first day, at Kimpo
 * airfield on the 18th, as the record has both taken; an even pace
 * between. Growing evenly from start to end, the head stood at sea until
 * the 22nd. */
static void
test_arrows_keep_their_waypoints (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaAtlas *atlas = kwa_map_document_get_atlas (document);
  const KwaAtlasMovement *landing = find_atlas_movement (atlas, "x-corps-inchon");
  double at_incheon = kwa_atlas_movement_progress (landing, date ("1950-09-15"));
  double at_kimpo = kwa_atlas_movement_progress (landing, date ("1950-09-18"));

  g_assert_cmpuint (landing->movement->n_reaches, >=, 2);
  /* The path passes a kilometre or two from the town's centre. */
  g_assert_cmpfloat (head_distance_to_place (atlas, landing, date ("1950-09-15"), "incheon"), <, 3.0);
  g_assert_cmpfloat (head_distance_to_place (atlas, landing, date ("1950-09-18"), "kimpo-airfield"), <, 2.0);
  g_assert_cmpfloat_with_epsilon (kwa_atlas_movement_progress (landing, date ("1950-09-15") + 1.5),
                                  (at_incheon + at_kimpo) / 2, 1e-9);
  g_assert_cmpfloat (kwa_atlas_movement_progress (landing, date ("1950-09-15") - 0.5), ==, 0);
  g_assert_cmpfloat (kwa_atlas_movement_progress (landing, landing->movement->end + 1.0), ==, 1);

  /* The time the head gets somewhere is the inverse of where it is (once
   * ashore: the run in from the sea is all on the first day). */
  for (double along = at_incheon * landing->length; along <= landing->length; along += landing->length / 37)
    g_assert_cmpfloat_with_epsilon (kwa_atlas_movement_progress (landing, kwa_atlas_movement_time_at (landing, along)) *
                                    landing->length, along, 1e-6);
}

/* 1 when @event is active in @scene, 0 when it shows fading, -1 gone. */
static int
event_state (const KwaScene *scene,
             const KwaEvent *event)
{
  for (guint i = 0; i < scene->events->len; i++)
    {
      const KwaSceneEvent *visible = &g_array_index (scene->events, KwaSceneEvent, i);

      if (visible->event->event == event)
        return visible->active ? 1 : 0;
    }
  return -1;
}

static void
test_events_are_active_then_fade (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaAtlas *atlas = kwa_map_document_get_atlas (document);
  const KwaEvent *invasion = kwa_exhibit_find_event (kwa_map_document_get_exhibit (document), "invasion");
  g_autoptr(KwaScene) day = kwa_scene_new (atlas, invasion->date);
  g_autoptr(KwaScene) month_later = kwa_scene_new (atlas, invasion->date + 60);
  gboolean found = FALSE;

  g_assert_true (day->latest_event == invasion || day->latest_event->date == invasion->date);
  for (guint i = 0; i < day->events->len; i++)
    {
      const KwaSceneEvent *visible = &g_array_index (day->events, KwaSceneEvent, i);

      if (visible->event->event == invasion)
        {
          g_assert_true (visible->active);
          g_assert_cmpfloat (visible->emphasis, ==, 1);
          found = TRUE;
        }
    }
  g_assert_true (found);

  for (guint i = 0; i < month_later->events->len; i++)
    g_assert_false (g_array_index (month_later->events, KwaSceneEvent, i).event->event == invasion &&
                    g_array_index (month_later->events, KwaSceneEvent, i).active);

  g_assert_cmpint (day->war_day, ==, 1);
  g_assert_nonnull (day->phase);

  /* Active to the last moment of its last day, not a moment more. */
  {
    KwaDate end = invasion->end != KWA_DATE_NONE ? invasion->end : invasion->date;
    g_autoptr(KwaScene) last_moment = kwa_scene_new (atlas, end + 0.999);
    g_autoptr(KwaScene) next_day = kwa_scene_new (atlas, end + 1.0);

    g_assert_cmpint (event_state (last_moment, invasion), ==, 1);
    g_assert_cmpint (event_state (next_day, invasion), ==, 0);
  }
}

static void
test_lines_by_date (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaAtlas *atlas = kwa_map_document_get_atlas (document);
  g_autoptr(KwaScene) during = kwa_scene_new (atlas, date ("1952-01-01"));
  g_autoptr(KwaScene) after = kwa_scene_new (atlas, date ("1953-07-27"));
  gboolean during_has_mdl = FALSE, after_has_mdl = FALSE, after_has_parallel = FALSE;

  for (guint i = 0; i < during->lines->len; i++)
    during_has_mdl |= ((const KwaAtlasLine *) g_ptr_array_index (during->lines, i))->line->kind == KWA_LINE_MDL;
  for (guint i = 0; i < after->lines->len; i++)
    {
      KwaLineKind kind = ((const KwaAtlasLine *) g_ptr_array_index (after->lines, i))->line->kind;

      after_has_mdl |= kind == KWA_LINE_MDL;
      after_has_parallel |= kind == KWA_LINE_PARALLEL;
    }

  g_assert_false (during_has_mdl);
  g_assert_true (after_has_mdl);
  g_assert_true (after_has_parallel);   /* always drawn, for comparison */
}

/* An enclave holds its ground from the first moment of its first day to
 * the last moment of its last: the KPA's incursion into Pohang, 11 to 17
 * August 1950, inside the Pusan Perimeter. */
static void
test_enclave_first_and_last_day (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaAtlas *atlas = kwa_map_document_get_atlas (document);
  KwaLonLat pohang = { 129.33, 36.03 };
  struct { const char *date; double hour; KwaControl expected; } cases[] = {
    { "1950-08-10", 23.9, KWA_CONTROL_SOUTH },
    { "1950-08-11", 0.0, KWA_CONTROL_NORTH },
    { "1950-08-17", 0.0, KWA_CONTROL_NORTH },
    { "1950-08-17", 23.9, KWA_CONTROL_NORTH },
    { "1950-08-18", 0.0, KWA_CONTROL_SOUTH },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KwaScene) scene = kwa_scene_new (atlas, date (cases[i].date) + cases[i].hour / 24);

      if (kwa_scene_control_at_lonlat (scene, pohang) != cases[i].expected)
        g_error ("Pohang on %s at %.1f h: %s, expected %s", cases[i].date, cases[i].hour,
                 kwa_control_to_string (kwa_scene_control_at_lonlat (scene, pohang)),
                 kwa_control_to_string (cases[i].expected));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scene/busan-always-south", test_busan_is_always_south);
  g_test_add_func ("/scene/control-at-known-points", test_control_at_known_points);
  g_test_add_func ("/scene/front-drawn-ashore", test_front_drawn_ashore);
  g_test_add_func ("/scene/shares-follow-the-war", test_shares_follow_the_war);
  g_test_add_func ("/scene/arrows-grow-then-fade", test_arrows_grow_then_fade);
  g_test_add_func ("/scene/arrows-keep-their-waypoints", test_arrows_keep_their_waypoints);
  g_test_add_func ("/scene/events-active-then-fade", test_events_are_active_then_fade);
  g_test_add_func ("/scene/lines-by-date", test_lines_by_date);
  g_test_add_func ("/scene/enclave-first-and-last-day", test_enclave_first_and_last_day);

  return g_test_run ();
}
