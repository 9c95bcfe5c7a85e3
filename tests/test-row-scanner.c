/* test-row-scanner.c: the land's scanlines, against testing every edge at
 * every row as the land grid did before.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kwa-row-scanner.h"

/* Every edge tested at the row: the rule the scanner must keep. */
static void
crossings_by_every_edge (const KwaMapRing *ring,
                         double            y,
                         GArray           *crossings)
{
  for (guint i = 0, j = ring->n_points - 1; i < ring->n_points; j = i++)
    {
      const KwaMapPoint *a = &ring->points[j], *b = &ring->points[i];

      if ((a->y > y) != (b->y > y))
        {
          double x = a->x + (y - a->y) * (b->x - a->x) / (b->y - a->y);
          g_array_append_val (crossings, x);
        }
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The scanner's crossings of @rings on rows @first_y, @first_y + @step, …,
 * skipping rows as @skip says, equal the plain rule's to the bit. */
static guint
compare_rows (const KwaMapRing *rings,
              guint             n_rings,
              double            first_y,
              double            step,
              guint             n_rows,
              guint             skip)
{
  g_autoptr(KwaRowScanner) scanner = kwa_row_scanner_new (rings, n_rings);
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (double));
  guint total = 0;

  g_assert_cmpuint (kwa_row_scanner_get_n_rings (scanner), ==, n_rings);

  for (guint row = 0; row < n_rows; row++)
    {
      double y = first_y + row * step;

      if (skip > 0 && row % skip == 1)
        continue;

      for (guint r = 0; r < n_rings; r++)
        {
          g_array_set_size (expected, 0);
          g_array_set_size (found, 0);
          crossings_by_every_edge (&rings[r], y, expected);
          kwa_row_scanner_add_crossings (scanner, r, y, found);
          g_array_sort (expected, compare_doubles);
          g_array_sort (found, compare_doubles);

          g_assert_cmpuint (found->len, ==, expected->len);
          for (guint i = 0; i < found->len; i++)
            g_assert_true (g_array_index (found, double, i) == g_array_index (expected, double, i));
          total += found->len;
        }
    }

  return total;
}

/* Vertices on the rows, level edges, spikes and a ring that doubles back:
 * where a careless scanline counts a vertex twice or never. */
static void
test_awkward_shapes (void)
{
  static const KwaMapPoint stairs[] = {
    { 0, 0 }, { 4, 0 }, { 4, 1 }, { 6, 1 }, { 6, 2 }, { 9, 2 }, { 9, 5 }, { 5, 3 }, { 1, 5 }, { 0, 5 },
  };
  static const KwaMapPoint spike[] = { { 2, 1 }, { 3, 4 }, { 3.5, 1 }, { 8, 1.5 }, { 2.5, 0.5 } };
  static const KwaMapPoint bow[] = { { 0, 0 }, { 6, 4 }, { 6, 0 }, { 0, 4 } };
  const KwaMapRing rings[] = { { stairs, G_N_ELEMENTS (stairs) }, { spike, G_N_ELEMENTS (spike) },
                               { bow, G_N_ELEMENTS (bow) } };

  /* Rows at every half unit meet the vertices exactly. */
  g_assert_cmpuint (compare_rows (rings, G_N_ELEMENTS (rings), -1, 0.5, 16, 0), >, 30);
  g_assert_cmpuint (compare_rows (rings, G_N_ELEMENTS (rings), -1, 0.25, 32, 3), >, 30);
}

/* Long random rings (as a coastline is) on many rows, some skipped. */
static void
test_random_rings (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1950);

  for (guint trial = 0; trial < 20; trial++)
    {
      guint n_rings = g_rand_int_range (rand, 1, 5);
      g_autofree KwaMapRing *rings = g_new (KwaMapRing, n_rings);
      g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func (g_free);

      for (guint r = 0; r < n_rings; r++)
        {
          guint n = g_rand_int_range (rand, 3, 400);
          KwaMapPoint *ring = g_new (KwaMapPoint, n);

          for (guint i = 0; i < n; i++)
            {
              /* Whole numbers now and then, on the rows. */
              ring[i].x = g_rand_double_range (rand, -50, 50);
              ring[i].y = g_rand_boolean (rand) ? g_rand_int_range (rand, -50, 50)
                                                : g_rand_double_range (rand, -50, 50);
            }
          g_ptr_array_add (points, ring);
          rings[r] = (KwaMapRing) { ring, n };
        }

      g_assert_cmpuint (compare_rows (rings, n_rings, -55.5, 1.0, 112, trial % 4), >, 0);
      g_assert_cmpuint (compare_rows (rings, n_rings, -52, 1.0, 105, 0), >, 0);
    }
}

/* No rings, and rings too small to enclose anything. */
static void
test_nothing (void)
{
  static const KwaMapPoint dot[] = { { 1, 1 } };
  static const KwaMapPoint level[] = { { 0, 2 }, { 5, 2 } };
  const KwaMapRing rings[] = { { dot, 1 }, { level, 2 } };
  g_autoptr(KwaRowScanner) none = kwa_row_scanner_new (NULL, 0);

  g_assert_cmpuint (kwa_row_scanner_get_n_rings (none), ==, 0);
  g_assert_cmpuint (compare_rows (rings, G_N_ELEMENTS (rings), 0, 0.5, 10, 0), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/row-scanner/awkward-shapes", test_awkward_shapes);
  g_test_add_func ("/row-scanner/random-rings", test_random_rings);
  g_test_add_func ("/row-scanner/nothing", test_nothing);

  return g_test_run ();
}
