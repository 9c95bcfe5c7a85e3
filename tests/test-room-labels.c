/* test-room-labels.c: a kiosk's map names are read from across a room
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kwa-render-scope.h"
#include "kwa-test-kiosk.h"

/* The sizes the renderer gives the labels of @view at 1920×1080 and text
 * size 1, asked of the same function the places and movements layers
 * ask. */
static void
label_sizes_at_1080p (KwaMapView *view,
                      double     *place,
                      double     *unit)
{
  KwaRenderOptions options;
  KwaViewport viewport = { 0, 0, 1, 1920, 1080 };

  kwa_render_options_init_default (&options);
  options.label_scale = kwa_map_view_get_label_scale (view);
  *place = kwa_render_scope_get_label_size (&viewport, &options, KWA_PLACE_LABEL_SIZE);
  *unit = kwa_render_scope_get_label_size (&viewport, &options, KWA_UNIT_LABEL_SIZE);
}

/* At 1080p a kiosk's least place name is at least 24 px and a unit's label
 * at least 20 px. */
static void
test_kiosk_label_sizes (Fixture       *fixture,
                        gconstpointer  data)
{
  KwaMapView *view = kwa_test_kiosk_map_view (fixture);
  double place, unit;

  label_sizes_at_1080p (view, &place, &unit);
  g_assert_cmpfloat (place, >=, 24.0);
  g_assert_cmpfloat (unit, >=, 20.0);

  /* Even a map narrower than its screen keeps the room's sizes. */
  {
    KwaRenderOptions options;
    KwaViewport narrow = { 0, 0, 1, 1500, 1080 };

    kwa_render_options_init_default (&options);
    options.label_scale = kwa_map_view_get_label_scale (view);
    g_assert_cmpfloat (kwa_render_scope_get_label_size (&narrow, &options, KWA_PLACE_LABEL_SIZE), >=, 24.0);
  }
}

int
main (int   argc,
      char *argv[])
{
  kwa_test_kiosk_init (&argc, &argv);

  kwa_test_kiosk_add ("room-label-sizes", test_kiosk_label_sizes);

  return g_test_run ();
}
