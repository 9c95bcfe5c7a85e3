/* test-text-painter.c: the text painter keeps the labels still in use
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "kwa-text-painter.h"
#include "kwa-text-painter-private.h"

/* A scrub brings new texts every day (the day's words, a unit's
 * strength). When they fill the cache, the labels drawn every frame must
 * not be shaped again: emptied whole, the cache cost a 45-57 ms frame
 * every two seconds of a 1080p scrub. */
static void
test_labels_in_use_stay (void)
{
  static const char * const labels[] = { "Seoul", "Pyongyang", "Busan", "Incheon", "38th parallel" };
  KwaTextPainter *painter = kwa_text_painter_new ();
  guint64 shaped = 0;

  /* Five labels on every frame, and three new texts a frame, for 2,000
   * frames: the cache fills and is trimmed many times over. */
  for (int frame = 0; frame < 2000; frame++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        kwa_shaped_text_unref (kwa_text_painter_shape (painter, labels[i], 24, PANGO_WEIGHT_BOLD));

      if (frame == 1)
        shaped = kwa_text_painter_get_shaped_chars (painter);
      if (frame >= 1)
        g_assert_cmpuint (kwa_text_painter_get_shaped_chars (painter), ==, shaped);

      for (int k = 0; k < 3; k++)
        {
          g_autofree char *text = g_strdup_printf ("%d", frame * 3 + k);

          kwa_shaped_text_unref (kwa_text_painter_shape (painter, text, 24, PANGO_WEIGHT_BOLD));
          shaped += g_utf8_strlen (text, -1);
        }
    }

  /* A text not asked for in a while is gone, and shaped again. */
  shaped = kwa_text_painter_get_shaped_chars (painter);
  kwa_shaped_text_unref (kwa_text_painter_shape (painter, "0", 24, PANGO_WEIGHT_BOLD));
  g_assert_cmpuint (kwa_text_painter_get_shaped_chars (painter), ==, shaped + 1);

  kwa_text_painter_free (painter);
}

/* A label wholly outside the clip (the other band's half of a frame, or
 * cells that did not change) makes no halo or sprite: a frame drawn in
 * two bands made each label's twice, a megabyte and more at 4K. */
static void
test_nothing_made_outside_the_clip (void)
{
  KwaTextPainter *painter = kwa_text_painter_new ();
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 200);
  cairo_t *cr = cairo_create (image);
  KwaShapedText *text = kwa_text_painter_shape (painter, "Seoul", 24, PANGO_WEIGHT_BOLD);
  KwaColor ink = { 0.1, 0.1, 0.1 }, halo = { 1, 1, 1 };

  /* Below the label, as the lower band is. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, 100, 400, 100);
  cairo_clip (cr);
  kwa_text_painter_draw (painter, cr, text, 20, 20, 1, FALSE, &ink, &halo, 4, 1);
  cairo_restore (cr);
  g_assert_cmpuint (kwa_shaped_text_get_n_images (text), ==, 0);

  /* Its halo alone reaches into the clip: made. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, 21, 200);
  cairo_clip (cr);
  kwa_text_painter_draw (painter, cr, text, 20, 20, 1, FALSE, &ink, &halo, 4, 1);
  cairo_restore (cr);
  g_assert_cmpuint (kwa_shaped_text_get_n_images (text), >, 0);

  kwa_shaped_text_unref (text);
  cairo_destroy (cr);
  cairo_surface_destroy (image);
  kwa_text_painter_free (painter);
}

/* @text at (@x, @y) onto a new image, through the painter's halo masks
 * (@vector FALSE) or stroked straight onto it (TRUE), with @antialias. */
static cairo_surface_t *
draw_label (KwaTextPainter    *painter,
            KwaShapedText     *text,
            gboolean           vector,
            cairo_antialias_t  antialias)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 80);
  cairo_t *cr = cairo_create (image);
  KwaColor ink = { 0.1, 0.1, 0.1 }, halo = { 1, 1, 1 };

  cairo_set_source_rgb (cr, 0.25, 0.4, 0.55);
  cairo_paint (cr);
  cairo_set_antialias (cr, antialias);
  kwa_text_painter_draw (painter, cr, text, 20, 20, 1, vector, &ink, &halo, 4, 1);
  cairo_destroy (cr);
  cairo_surface_flush (image);

  return image;
}

/* How many pixels differ by more than two levels of a channel. */
static guint
count_differing (cairo_surface_t *a,
                 cairo_surface_t *b)
{
  int stride = cairo_image_surface_get_stride (a);
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (a); y++)
    for (int x = 0; x < cairo_image_surface_get_width (a) * 4; x++)
      n += ABS (cairo_image_surface_get_data (a)[y * stride + x] -
                cairo_image_surface_get_data (b)[y * stride + x]) > 2;
  return n;
}

/* A halo kept as a mask is the halo stroked straight onto the frame, with
 * the frame's antialiasing: the map's fast one, whose stroke costs a long
 * label a third of cairo's default (the first frame a unit's arrow shows
 * in), or the default, for what asks for it. */
static void
test_halo_like_stroke (void)
{
  static const cairo_antialias_t antialiases[] = { CAIRO_ANTIALIAS_FAST, CAIRO_ANTIALIAS_DEFAULT };
  KwaTextPainter *painter = kwa_text_painter_new ();
  KwaShapedText *text = kwa_text_painter_shape (painter, "US 1st Cavalry Division (Task Force Lynch)", 24,
                                                PANGO_WEIGHT_SEMIBOLD);

  for (guint i = 0; i < G_N_ELEMENTS (antialiases); i++)
    {
      cairo_surface_t *masked = draw_label (painter, text, FALSE, antialiases[i]);
      cairo_surface_t *stroked = draw_label (painter, text, TRUE, antialiases[i]);
      guint differ = count_differing (masked, stroked);

      g_test_message ("antialiasing %d: %u bytes differ", antialiases[i], differ);
      g_assert_cmpuint (differ, <, 20);
      cairo_surface_destroy (masked);
      cairo_surface_destroy (stroked);
    }

  kwa_shaped_text_unref (text);
  kwa_text_painter_free (painter);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-painter/labels-in-use-stay", test_labels_in_use_stay);
  g_test_add_func ("/text-painter/nothing-made-outside-the-clip", test_nothing_made_outside_the_clip);
  g_test_add_func ("/text-painter/halo-like-stroke", test_halo_like_stroke);

  return g_test_run ();
}
