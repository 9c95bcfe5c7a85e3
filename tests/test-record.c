/* test-record.c: the map against the record of who held what.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kwa-map-document.h"
#include "kwa-record-check.h"
#include "kwa-record-text.h"
#include "kwa-scene.h"
#include "kwa-test-utils.h"

/* Between two consecutive snapshots, a point both give the same side is
 * that side's on every day between them, whatever the blended line does.
 * Over a grid of land points and every pair of snapshots. */
static void
test_held_in_both_snapshots_held_between (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaAtlas *atlas = kwa_map_document_get_atlas (document);
  KwaLand *land = kwa_atlas_get_land (atlas);
  const KwaAtlasFront *fronts;
  KwaMapRect box;
  guint n_fronts, n_points = 0;
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (KwaMapPoint));
  guint checked = 0;

  fronts = kwa_atlas_get_fronts (atlas, &n_fronts);
  g_assert_cmpuint (n_fronts, >=, 2);

  /* Land points every 12 km over the peninsula, about 1,500 of them. */
  kwa_atlas_get_map_box (atlas, &box);
  for (double y = box.y; y < box.y + box.height; y += 12)
    for (double x = box.x; x < box.x + box.width; x += 12)
      if (kwa_land_contains (land, x, y))
        {
          KwaMapPoint p = { x, y };
          g_array_append_val (points, p);
        }
  n_points = points->len;
  g_assert_cmpuint (n_points, >, 800);

  for (guint f = 0; f + 1 < n_fronts; f++)
    {
      KwaDate from = fronts[f].front->date, to = fronts[f + 1].front->date;
      g_autoptr(KwaScene) first = kwa_scene_new (atlas, from);
      g_autoptr(KwaScene) last = kwa_scene_new (atlas, to);
      g_autofree gboolean *south_in_both = g_new0 (gboolean, n_points);
      g_autofree gboolean *north_in_both = g_new0 (gboolean, n_points);

      for (guint i = 0; i < n_points; i++)
        {
          KwaMapPoint p = g_array_index (points, KwaMapPoint, i);
          gboolean a = kwa_scene_south_holds (first, p.x, p.y);
          gboolean b = kwa_scene_south_holds (last, p.x, p.y);

          south_in_both[i] = a && b;
          north_in_both[i] = !a && !b;
        }

      /* Every day and half day between, as playback shows them. */
      for (double t = from + 0.5; t < to; t += 0.5)
        {
          g_autoptr(KwaScene) scene = kwa_scene_new (atlas, t);

          for (guint i = 0; i < n_points; i++)
            {
              KwaMapPoint p = g_array_index (points, KwaMapPoint, i);
              gboolean south = kwa_scene_south_holds (scene, p.x, p.y);

              if ((south_in_both[i] && !south) || (north_in_both[i] && south))
                {
                  g_autofree char *a = kwa_date_to_iso (from);
                  g_autofree char *b = kwa_date_to_iso (to);
                  g_autofree char *day = kwa_date_to_iso ((KwaDate) t);

                  g_error ("point (%.0f, %.0f) km is %s's on %s and on %s but not on %s", p.x, p.y,
                           south_in_both[i] ? "the south" : "the north", a, b, day);
                }
              checked++;
            }
        }
    }

  g_test_message ("%u point-days checked over %u pairs of snapshots", checked, n_fronts - 1);
  g_assert_cmpuint (checked, >, 100000);
}

/* The bundled exhibit agrees with its own record on every day. */
static void
test_bundled_agrees_with_record (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaAtlas *atlas = kwa_map_document_get_atlas (document);
  g_autoptr(GPtrArray) problems = kwa_record_check (atlas, "korean-war.json");
  guint n_holdings;

  kwa_exhibit_get_holdings (kwa_atlas_get_exhibit (atlas), &n_holdings);
  g_assert_cmpuint (n_holdings, >=, 45);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = kwa_problem_to_string (g_ptr_array_index (problems, i));
      g_test_message ("%s", line);
    }
  g_assert_cmpuint (problems->len, ==, 0);
}

/* Seoul's four changes in the war are all in the record. */
static void
test_seoul_changes_hands_four_times (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (document);
  const KwaPlace *seoul = kwa_exhibit_find_place (exhibit, "seoul");
  const KwaHolding *holding;
  KwaDateRange war = kwa_exhibit_get_war_span (exhibit);
  guint in_war = 0;

  g_assert_nonnull (seoul);
  holding = kwa_exhibit_find_holding (exhibit, seoul);
  g_assert_nonnull (holding);
  for (guint i = 0; i < holding->n_changes; i++)
    if (holding->changes[i].date >= war.start && holding->changes[i].date <= war.end)
      in_war++;
  g_assert_cmpuint (in_war, ==, 4);
}

/* Before the war, a place's record names who held it then: the US zone,
 * then the Republic of Korea, not the UN side of a war that had not begun
 * (docs/glossary.md). From the war's first day it names the coalitions. */
static void
test_record_names_the_holder_of_the_day (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (document);
  const KwaPlace *seoul = kwa_exhibit_find_place (exhibit, "seoul");
  const KwaSide *south = kwa_exhibit_get_side (exhibit, KWA_SIDE_SOUTH);
  const char *coalition = kwa_text_get (&south->name, KWA_LANGUAGE_KO);
  KwaDateRange war = kwa_exhibit_get_war_span (exhibit);
  KwaDate prewar[] = { kwa_date_from_ymd (1946, 3, 1), kwa_date_from_ymd (1949, 6, 1), war.start - 1 };

  g_assert_nonnull (seoul);
  for (guint i = 0; i < G_N_ELEMENTS (prewar); i++)
    {
      g_auto(KwaRecordText) text = { 0 };
      const char *then = kwa_text_get (kwa_side_get_name_on (south, prewar[i]), KWA_LANGUAGE_KO);

      kwa_record_text_for_place (&text, exhibit, seoul, prewar[i], KWA_LANGUAGE_KO);
      g_assert_cmpstr (then, !=, coalition);
      g_assert_nonnull (strstr (text.summary, then));
      g_assert_null (strstr (text.summary, coalition));
      /* The record's first line, the division, names the US zone too. */
      {
        g_autofree char *first_line = g_strndup (text.body, strcspn (text.body, "\n"));

        g_assert_null (strstr (first_line, coalition));
      }
    }
  g_assert_cmpstr (kwa_text_get (kwa_side_get_name_on (south, prewar[0]), KWA_LANGUAGE_KO), !=,
                   kwa_text_get (kwa_side_get_name_on (south, prewar[1]), KWA_LANGUAGE_KO));

  {
    g_auto(KwaRecordText) text = { 0 };

    kwa_record_text_for_place (&text, exhibit, seoul, war.start, KWA_LANGUAGE_KO);
    g_assert_nonnull (strstr (text.summary, coalition));
  }
}

/* A check's place is an exhibit place's id, or, for a town the exhibit
 * does not name, "name@LAT,LON". */
typedef struct
{
  char    *place;
  KwaDate  date;
  char    *holder;
  guint    line;
} Check;

static GArray *
read_checks (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "who-held-it.tsv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GArray *checks = g_array_new (FALSE, FALSE, sizeof (Check));

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);

  lines = g_strsplit (text, "\n", -1);
  /* The first line names the columns. */
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      Check check = { 0 };

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (fields), >=, 4);
      if (!kwa_date_parse (fields[1], &check.date))
        g_error ("who-held-it.tsv:%u: \"%s\" is not a date", i + 1, fields[1]);
      check.place = g_strdup (fields[0]);
      check.holder = g_strdup (fields[2]);
      check.line = i + 1;
      g_array_append_val (checks, check);
    }

  return checks;
}

/* Where @check's place is, in degrees. */
static KwaLonLat
check_point (KwaExhibit  *exhibit,
             const Check *check)
{
  const char *at = strchr (check->place, '@');
  const KwaPlace *place;
  KwaLonLat point;
  char *end;

  if (at == NULL)
    {
      place = kwa_exhibit_find_place (exhibit, check->place);
      if (place == NULL)
        g_error ("who-held-it.tsv:%u: no place \"%s\" in the exhibit", check->line, check->place);
      return place->point;
    }

  point.lat = g_ascii_strtod (at + 1, &end);
  if (*end != ',')
    g_error ("who-held-it.tsv:%u: \"%s\" is not name@LAT,LON", check->line, check->place);
  point.lon = g_ascii_strtod (end + 1, &end);
  if (*end != '\0' || point.lat < 33 || point.lat > 43.5 || point.lon < 124 || point.lon > 131)
    g_error ("who-held-it.tsv:%u: \"%s\" is not name@LAT,LON in Korea", check->line, check->place);
  return point;
}

/* Dated checks built from the sources, a few days inside each holding: the
 * map must pass every one. */
static void
test_who_held_it_checks (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaAtlas *atlas = kwa_map_document_get_atlas (document);
  KwaExhibit *exhibit = kwa_atlas_get_exhibit (atlas);
  g_autoptr(GArray) checks = read_checks ();
  KwaDateRange war = kwa_exhibit_get_war_span (exhibit);
  guint failed = 0, in_movement = 0;
  KwaDate war_of_movement_end;

  g_assert_true (kwa_date_parse ("1951-07-10", &war_of_movement_end));
  g_assert_cmpuint (checks->len, >=, 150);

  for (guint i = 0; i < checks->len; i++)
    {
      Check *check = &g_array_index (checks, Check, i);
      g_autoptr(KwaScene) scene = NULL;
      KwaMapPoint point;
      const char *shown;

      point = kwa_atlas_project (atlas, check_point (exhibit, check));
      scene = kwa_scene_new (atlas, check->date);
      shown = kwa_control_to_string (kwa_scene_side_at (scene, point.x, point.y));
      if (g_strcmp0 (shown, check->holder) != 0)
        {
          g_autofree char *day = kwa_date_to_iso (check->date);

          g_test_message ("who-held-it.tsv:%u: %s on %s: the map shows %s, the record %s",
                          check->line, check->place, day, shown, check->holder);
          failed++;
        }
      if (check->date >= war.start && check->date <= war_of_movement_end)
        in_movement++;
      g_free (check->place);
      g_free (check->holder);
    }

  g_test_message ("%u checks, %u in the war of movement, %u failed", checks->len, in_movement, failed);
  g_assert_cmpuint (in_movement, >=, 100);
  g_assert_cmpuint (failed, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/record/held-in-both-snapshots-held-between", test_held_in_both_snapshots_held_between);
  g_test_add_func ("/record/bundled-agrees-with-record", test_bundled_agrees_with_record);
  g_test_add_func ("/record/seoul-changes-hands-four-times", test_seoul_changes_hands_four_times);
  g_test_add_func ("/record/who-held-it-checks", test_who_held_it_checks);
  g_test_add_func ("/record/names-the-holder-of-the-day", test_record_names_the_holder_of_the_day);

  return g_test_run ();
}
