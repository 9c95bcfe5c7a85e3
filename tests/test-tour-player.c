/* test-tour-player.c: stepping through a tour, and what a stop does to
 * the clock, as the kiosk and the presenter both rely on.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kwa-test-utils.h"
#include "kwa-tour-player.h"

typedef struct
{
  KwaExhibit    *exhibit;
  KwaTimeline   *timeline;
  KwaTourPlayer *player;
  const KwaTour *tour;
  guint          n_index_notifies;
  guint          n_tour_notifies;
} Fixture;

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Fixture    *fixture)
{
  if (g_str_equal (pspec->name, "stop-index"))
    fixture->n_index_notifies++;
  else if (g_str_equal (pspec->name, "tour"))
    fixture->n_tour_notifies++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->exhibit = kwa_test_load_minimal ();
  fixture->timeline = kwa_timeline_new (fixture->exhibit);
  fixture->player = kwa_tour_player_new (fixture->timeline);
  fixture->tour = kwa_exhibit_find_tour (fixture->exhibit, "main");
  g_assert_nonnull (fixture->tour);
  /* The minimal tour: a stop with an event, then one without. */
  g_assert_cmpuint (fixture->tour->n_stops, ==, 2);
  g_assert_nonnull (fixture->tour->stops[0].event);
  g_assert_null (fixture->tour->stops[1].event);

  g_signal_connect (fixture->player, "notify", G_CALLBACK (notify_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->player);
  g_assert_finalize_object (fixture->timeline);
  g_assert_finalize_object (fixture->exhibit);
}

/* The clock somewhere no stop is: a later day, playing, another event. */
static void
move_the_clock_away (Fixture *fixture)
{
  kwa_timeline_set_date (fixture->timeline, kwa_date_from_ymd (1951, 3, 1));
  kwa_timeline_select_event (fixture->timeline, NULL);
  kwa_timeline_set_playing (fixture->timeline, TRUE);
}

static void
assert_clock_at (Fixture           *fixture,
                 const KwaTourStop *stop)
{
  g_assert_false (kwa_timeline_get_playing (fixture->timeline));
  g_assert_true (kwa_timeline_get_date (fixture->timeline) == stop->date);
  g_assert_true (kwa_timeline_get_selected_event (fixture->timeline) == stop->event);
}

static void
test_starts_before_the_first_stop (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_assert_true (kwa_tour_player_get_timeline (fixture->player) == fixture->timeline);
  g_assert_null (kwa_tour_player_get_tour (fixture->player));
  g_assert_cmpint (kwa_tour_player_get_stop_index (fixture->player), ==, -1);
  g_assert_null (kwa_tour_player_get_stop (fixture->player));
  /* Nothing to play. */
  g_assert_false (kwa_tour_player_next (fixture->player));
  g_assert_false (kwa_tour_player_go_to (fixture->player, 0));
  g_assert_cmpuint (fixture->n_index_notifies, ==, 0);

  kwa_tour_player_set_tour (fixture->player, fixture->tour);
  g_assert_true (kwa_tour_player_get_tour (fixture->player) == fixture->tour);
  g_assert_cmpuint (kwa_tour_player_get_n_stops (fixture->player), ==, 2);
  g_assert_cmpint (kwa_tour_player_get_stop_index (fixture->player), ==, -1);
  g_assert_true (kwa_tour_player_get_next_stop (fixture->player) == &fixture->tour->stops[0]);
  g_assert_cmpuint (fixture->n_tour_notifies, ==, 1);
  g_assert_cmpuint (fixture->n_index_notifies, ==, 0);

  /* The same tour again changes nothing. */
  kwa_tour_player_set_tour (fixture->player, fixture->tour);
  g_assert_cmpuint (fixture->n_tour_notifies, ==, 1);
}

static void
test_next_and_previous_stop_at_the_ends (Fixture       *fixture,
                                         gconstpointer  data)
{
  kwa_tour_player_set_tour (fixture->player, fixture->tour);

  g_assert_false (kwa_tour_player_previous (fixture->player));
  g_assert_cmpint (kwa_tour_player_get_stop_index (fixture->player), ==, -1);

  g_assert_true (kwa_tour_player_next (fixture->player));
  g_assert_cmpint (kwa_tour_player_get_stop_index (fixture->player), ==, 0);
  g_assert_true (kwa_tour_player_get_stop (fixture->player) == &fixture->tour->stops[0]);
  g_assert_true (kwa_tour_player_next (fixture->player));
  g_assert_cmpint (kwa_tour_player_get_stop_index (fixture->player), ==, 1);
  g_assert_null (kwa_tour_player_get_next_stop (fixture->player));
  g_assert_cmpuint (fixture->n_index_notifies, ==, 2);

  /* Past the last stop there is nothing, and nothing changes. */
  move_the_clock_away (fixture);
  g_assert_false (kwa_tour_player_next (fixture->player));
  g_assert_cmpint (kwa_tour_player_get_stop_index (fixture->player), ==, 1);
  g_assert_true (kwa_timeline_get_playing (fixture->timeline));
  g_assert_cmpuint (fixture->n_index_notifies, ==, 2);

  g_assert_true (kwa_tour_player_previous (fixture->player));
  g_assert_cmpint (kwa_tour_player_get_stop_index (fixture->player), ==, 0);
  assert_clock_at (fixture, &fixture->tour->stops[0]);

  /* Before the first stop there is nothing either. */
  g_assert_false (kwa_tour_player_previous (fixture->player));
  g_assert_cmpint (kwa_tour_player_get_stop_index (fixture->player), ==, 0);
  g_assert_cmpuint (fixture->n_index_notifies, ==, 3);
}

static void
test_go_to (Fixture       *fixture,
            gconstpointer  data)
{
  kwa_tour_player_set_tour (fixture->player, fixture->tour);

  g_assert_true (kwa_tour_player_go_to (fixture->player, 1));
  g_assert_cmpint (kwa_tour_player_get_stop_index (fixture->player), ==, 1);
  g_assert_cmpuint (fixture->n_index_notifies, ==, 1);

  g_assert_false (kwa_tour_player_go_to (fixture->player, 2));
  g_assert_false (kwa_tour_player_go_to (fixture->player, -1));
  g_assert_cmpint (kwa_tour_player_get_stop_index (fixture->player), ==, 1);
  g_assert_cmpuint (fixture->n_index_notifies, ==, 1);

  /* Going to the stop shown shows it again, without a change to tell. */
  move_the_clock_away (fixture);
  g_assert_true (kwa_tour_player_go_to (fixture->player, 1));
  assert_clock_at (fixture, &fixture->tour->stops[1]);
  g_assert_cmpuint (fixture->n_index_notifies, ==, 1);
}

/* A stop is its day, its event (or none) and a clock that holds still. */
static void
test_stop_sets_the_clock (Fixture       *fixture,
                          gconstpointer  data)
{
  kwa_tour_player_set_tour (fixture->player, fixture->tour);

  move_the_clock_away (fixture);
  g_assert_true (kwa_tour_player_go_to (fixture->player, 0));
  assert_clock_at (fixture, &fixture->tour->stops[0]);
  g_assert_cmpstr (kwa_timeline_get_selected_event (fixture->timeline)->id, ==, "invasion");

  kwa_timeline_set_playing (fixture->timeline, TRUE);
  g_assert_true (kwa_tour_player_next (fixture->player));
  assert_clock_at (fixture, &fixture->tour->stops[1]);
  g_assert_null (kwa_timeline_get_selected_event (fixture->timeline));
}

static void
test_restart (Fixture       *fixture,
              gconstpointer  data)
{
  KwaDate date;

  kwa_tour_player_set_tour (fixture->player, fixture->tour);
  g_assert_true (kwa_tour_player_go_to (fixture->player, 1));
  date = kwa_timeline_get_date (fixture->timeline);

  kwa_tour_player_restart (fixture->player);
  g_assert_cmpint (kwa_tour_player_get_stop_index (fixture->player), ==, -1);
  g_assert_null (kwa_tour_player_get_stop (fixture->player));
  g_assert_cmpuint (fixture->n_index_notifies, ==, 2);
  /* The clock stays where the last stop left it. */
  g_assert_true (kwa_timeline_get_date (fixture->timeline) == date);

  kwa_tour_player_restart (fixture->player);
  g_assert_cmpuint (fixture->n_index_notifies, ==, 2);

  g_assert_true (kwa_tour_player_next (fixture->player));
  g_assert_cmpint (kwa_tour_player_get_stop_index (fixture->player), ==, 0);
  assert_clock_at (fixture, &fixture->tour->stops[0]);
}

/* Another tour (or none, when the exhibit goes) starts before its first
 * stop: one notification for the tour, one for the stop. */
static void
test_another_tour_starts_over (Fixture       *fixture,
                               gconstpointer  data)
{
  kwa_tour_player_set_tour (fixture->player, fixture->tour);
  g_assert_true (kwa_tour_player_go_to (fixture->player, 1));
  fixture->n_index_notifies = fixture->n_tour_notifies = 0;

  kwa_tour_player_set_tour (fixture->player, NULL);
  g_assert_null (kwa_tour_player_get_tour (fixture->player));
  g_assert_cmpint (kwa_tour_player_get_stop_index (fixture->player), ==, -1);
  g_assert_cmpuint (kwa_tour_player_get_n_stops (fixture->player), ==, 0);
  g_assert_cmpuint (fixture->n_tour_notifies, ==, 1);
  g_assert_cmpuint (fixture->n_index_notifies, ==, 1);

  /* The tour as a property, as a binding would set it. */
  g_object_set (fixture->player, "tour", fixture->tour, NULL);
  g_assert_true (kwa_tour_player_get_tour (fixture->player) == fixture->tour);
  g_assert_cmpuint (fixture->n_tour_notifies, ==, 2);
  g_assert_cmpuint (fixture->n_index_notifies, ==, 1);
}

/* Between stops the date runs through the days, eased, and lands on the
 * stop's day with its event chosen; how long depends on the days. */
static void
test_sweep_runs_through_the_days (Fixture       *fixture,
                                  gconstpointer  data)
{
  const KwaTourStop *first = &fixture->tour->stops[0];
  const KwaTourStop *second = &fixture->tour->stops[1];
  const gint64 t0 = 5 * G_USEC_PER_SEC;
  double length = kwa_tour_sweep_seconds (second->date - first->date);
  double last;

  /* Longer for more days, never under 2 s nor over 4 s. */
  g_assert_cmpfloat (kwa_tour_sweep_seconds (3), ==, 2.0);
  g_assert_cmpfloat (kwa_tour_sweep_seconds (365), >, 2.5);
  g_assert_cmpfloat (kwa_tour_sweep_seconds (365), <, 3.5);
  g_assert_cmpfloat (kwa_tour_sweep_seconds (-3000), ==, 4.0);

  kwa_tour_player_set_tour (fixture->player, fixture->tour);
  g_assert_true (kwa_tour_player_go_to (fixture->player, 1));
  kwa_timeline_set_playing (fixture->timeline, TRUE);

  /* Back to the first stop: the clock stops, and has not moved yet. */
  g_assert_true (kwa_tour_player_sweep_to (fixture->player, 0, 1.0));
  g_assert_true (kwa_tour_player_get_sweeping (fixture->player));
  g_assert_cmpint (kwa_tour_player_get_stop_index (fixture->player), ==, 0);
  g_assert_false (kwa_timeline_get_playing (fixture->timeline));
  g_assert_true (kwa_timeline_get_date (fixture->timeline) == second->date);

  /* Each frame a little further, every day in between passed through. */
  g_assert_true (kwa_tour_player_tick (fixture->player, t0));
  last = kwa_timeline_get_time (fixture->timeline);
  for (double t = 0.25; t < length; t += 0.25)
    {
      double now;

      g_assert_true (kwa_tour_player_tick (fixture->player, t0 + (gint64) (t * G_USEC_PER_SEC)));
      now = kwa_timeline_get_time (fixture->timeline);
      g_assert_cmpfloat (now, <, last);
      g_assert_cmpfloat (now, >, first->date);
      g_assert_null (kwa_timeline_get_selected_event (fixture->timeline));
      /* Eased: slow at the ends, so a quarter of the time is less than a
       * quarter of the way. */
      if (t == length / 4)
        g_assert_cmpfloat ((second->date - now) / (second->date - first->date), <, 0.25);
      last = now;
    }
  g_assert_false (kwa_tour_player_tick (fixture->player, t0 + (gint64) (length * G_USEC_PER_SEC)));
  g_assert_false (kwa_tour_player_get_sweeping (fixture->player));
  assert_clock_at (fixture, first);
}

/* Anyone else moving the clock (a visitor's scrub) ends the sweep there. */
static void
test_sweep_gives_way (Fixture       *fixture,
                      gconstpointer  data)
{
  KwaDate elsewhere = kwa_date_from_ymd (1951, 3, 1);

  kwa_tour_player_set_tour (fixture->player, fixture->tour);
  g_assert_true (kwa_tour_player_go_to (fixture->player, 0));
  g_assert_true (kwa_tour_player_sweep_to (fixture->player, 1, 1.0));
  g_assert_true (kwa_tour_player_tick (fixture->player, G_USEC_PER_SEC));
  g_assert_true (kwa_tour_player_tick (fixture->player, G_USEC_PER_SEC + G_USEC_PER_SEC / 2));

  kwa_timeline_set_date (fixture->timeline, elsewhere);
  g_assert_false (kwa_tour_player_tick (fixture->player, 2 * G_USEC_PER_SEC));
  g_assert_false (kwa_tour_player_get_sweeping (fixture->player));
  g_assert_true (kwa_timeline_get_date (fixture->timeline) == elsewhere);

  /* A stop on the day already shown is gone to at once. */
  g_assert_true (kwa_tour_player_go_to (fixture->player, 0));
  g_assert_true (kwa_tour_player_sweep_to (fixture->player, 0, 1.0));
  g_assert_false (kwa_tour_player_get_sweeping (fixture->player));
  assert_clock_at (fixture, &fixture->tour->stops[0]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/tour-player/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("starts-before-the-first-stop", test_starts_before_the_first_stop);
  ADD ("next-and-previous-stop-at-the-ends", test_next_and_previous_stop_at_the_ends);
  ADD ("go-to", test_go_to);
  ADD ("stop-sets-the-clock", test_stop_sets_the_clock);
  ADD ("restart", test_restart);
  ADD ("another-tour-starts-over", test_another_tour_starts_over);
  ADD ("sweep-runs-through-the-days", test_sweep_runs_through_the_days);
  ADD ("sweep-gives-way", test_sweep_gives_way);

#undef ADD

  return g_test_run ();
}
