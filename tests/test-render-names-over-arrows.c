/* test-render-names-over-arrows.c: names drawn over the arrows of the
 * war of movement, whole, not cut by them.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "kwa-test-render.h"
#include "kwa-test-utils.h"

static KwaMapDocument *document;

/* The bundled exhibit less the movement @id. */
static KwaMapDocument *
load_without_movement (const char *id)
{
  g_autofree char *text = kwa_test_read_bundled_file ("korean-war.json");
  g_autofree char *text_without = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("KWA_SOURCE_DIR"), "data", "korean-war.json", NULL);
  g_autoptr(GFile) base = g_file_new_for_path (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *movements;
  gsize length;
  guint before;
  KwaMapDocument *without;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  movements = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "movements");
  before = json_array_get_length (movements);
  for (guint i = 0; i < json_array_get_length (movements); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (movements, i), "id"), id) == 0)
      json_array_remove_element (movements, i--);
  g_assert_cmpuint (json_array_get_length (movements), ==, before - 1);

  json_generator_set_root (generator, json_parser_get_root (parser));
  text_without = json_generator_to_data (generator, &length);
  bytes = g_bytes_new_take (g_steal_pointer (&text_without), length);
  exhibit = kwa_exhibit_new_from_bytes (bytes, base, NULL, &error);
  g_assert_no_error (error);
  without = kwa_map_document_new (exhibit, &error);
  g_assert_no_error (error);

  return without;
}

/* Whether @label names the place or movement @id. */
static gboolean
names (const KwaMapLabel *label,
       const char        *id)
{
  if (label->hit.kind == KWA_MAP_HIT_PLACE)
    return strcmp (((const KwaPlace *) label->hit.record)->id, id) == 0;
  if (label->hit.kind == KWA_MAP_HIT_MOVEMENT)
    return strcmp (((const KwaMovement *) label->hit.record)->id, id) == 0;
  return FALSE;
}

/* @map on @day at 1080p with @layers; *@out_box is the label of the place
 * or movement @id. */
static cairo_surface_t *
draw_labelled_day (KwaMapDocument *map,
                   const char     *day,
                   KwaMapLayers    layers,
                   const char     *id,
                   KwaMapLabel    *out_box)
{
  g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (map));
  g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
  const KwaMapLabel *labels;
  cairo_surface_t *surface;
  KwaViewport viewport;
  guint n;

  kwa_test_fit_view (map, 1920, 1080, 1, &viewport);
  kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);
  surface = kwa_test_render_day (map, renderer, &viewport, day, FALSE, layers);

  out_box->hit.record = NULL;
  labels = kwa_map_renderer_get_labels (renderer, &n);
  for (guint i = 0; i < n; i++)
    if (names (&labels[i], id))
      *out_box = labels[i];
  g_assert_nonnull (out_box->hit.record);

  return surface;
}

/* The label in both images, at the same place: every pixel of its letters
 * (dark in @without) is the same in @with, but for what the halo lets
 * through, while some pixels of its box differ (the arrow does run
 * there). */
static void
assert_letters_whole (cairo_surface_t   *without,
                      const KwaMapLabel *box,
                      cairo_surface_t   *with,
                      const KwaMapLabel *box_with,
                      int                letter_darkness,
                      const char        *what)
{
  const guint8 *a = cairo_image_surface_get_data (without);
  const guint8 *b = cairo_image_surface_get_data (with);
  int stride = cairo_image_surface_get_stride (without);
  guint letters = 0, cut = 0, under_arrow = 0;

  g_assert_cmpfloat (box->x, ==, box_with->x);
  g_assert_cmpfloat (box->y, ==, box_with->y);
  for (int y = (int) box->y; y < (int) (box->y + box->height); y++)
    for (int x = (int) box->x; x < (int) (box->x + box->width); x++)
      {
        const guint8 *p = a + y * stride + 4 * x, *q = b + y * stride + 4 * x;
        int most = 0;

        for (int c = 0; c < 3; c++)
          most = MAX (most, ABS (p[c] - q[c]));
        under_arrow += most > 40;
        if (p[0] + p[1] + p[2] >= 3 * letter_darkness)
          continue;   /* not a letter */
        letters++;
        cut += most > 40;
      }

  g_test_message ("%s: %u letter pixels, %u cut; %u pixels of its box changed by the arrows",
                  what, letters, cut, under_arrow);
  g_assert_cmpuint (letters, >, 50);
  g_assert_cmpuint (under_arrow, >, 0);
  g_assert_cmpuint (cut, ==, 0);
}

/* An arrow of the war of movement sweeps past Seoul on 20 March 1951:
 * the name is drawn over it, whole, not cut by it (compared with the
 * day drawn without the movements). */
static void
test_names_over_arrows (void)
{
  KwaMapLabel box, moved_box;
  cairo_surface_t *without = draw_labelled_day (document, "1951-03-20", KWA_MAP_LAYERS_ALL & ~KWA_MAP_LAYER_MOVEMENTS,
                                                "seoul", &box);
  cairo_surface_t *with = draw_labelled_day (document, "1951-03-20", KWA_MAP_LAYERS_ALL, "seoul", &moved_box);

  assert_letters_whole (without, &box, with, &moved_box, 90, "Seoul's name");
  cairo_surface_destroy (without);
  cairo_surface_destroy (with);
}

/* On 28 November 1950 the Chinese 13th Army Group's arrow runs through
 * the US Eighth Army's name: units' names are drawn after every arrow,
 * not each with its own arrow, so the name is whole (compared with the
 * day drawn from the exhibit without the Chinese movement). */
static void
test_unit_names_over_arrows (void)
{
  g_autoptr(KwaMapDocument) without_chinese = load_without_movement ("cpv-second-phase-west");
  KwaMapLabel box, crossed_box;
  cairo_surface_t *without = draw_labelled_day (without_chinese, "1950-11-28", KWA_MAP_LAYERS_ALL,
                                                "eighth-army-chongchon-advance", &box);
  cairo_surface_t *with = draw_labelled_day (document, "1950-11-28", KWA_MAP_LAYERS_ALL,
                                             "eighth-army-chongchon-advance", &crossed_box);

  assert_letters_whole (without, &box, with, &crossed_box, 120, "The Eighth Army's name");
  cairo_surface_destroy (without);
  cairo_surface_destroy (with);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  document = kwa_test_load_bundled ();

  g_test_add_func ("/render/names-over-arrows", test_names_over_arrows);
  g_test_add_func ("/render/unit-names-over-arrows", test_unit_names_over_arrows);

  status = g_test_run ();
  g_clear_object (&document);

  return status;
}
