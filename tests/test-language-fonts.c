/* test-language-fonts.c: the same Han characters in Japanese and Chinese
 * text are drawn with that language's font, on the map and in the window
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "kwa-language-style.h"
#include "kwa-test-utils.h"
#include "kwa-text-painter.h"

/* Characters whose forms differ between Japanese and Chinese type:
 * 骨 (bone), 直 (straight), 海 (sea), 戦 / 战. */
#define HAN_TEXT "骨直海 仁川"

/* The family of the font Pango chose for the first run of Han characters
 * in @layout. */
static char *
han_run_family (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  char *family = NULL;

  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      PangoFontDescription *description;

      if (run == NULL)
        continue;
      description = pango_font_describe (run->item->analysis.font);
      family = g_strdup (pango_font_description_get_family (description));
      pango_font_description_free (description);
      break;
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);

  return family;
}

/* Map labels: the renderer's text painter shapes with the map's language. */
static void
test_map_labels (void)
{
  struct { const char *tag; const char *family; } cases[] = {
    { "ja", "Noto Sans CJK JP" },
    { "zh-Hans", "Noto Sans CJK SC" },
    { "ko", "Noto Sans CJK KR" },
  };
  g_autoptr(KwaTextPainter) painter = kwa_text_painter_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KwaShapedText) shaped = NULL;
      g_autofree char *family = NULL;

      kwa_text_painter_set_language (painter, kwa_language_register (cases[i].tag));
      shaped = kwa_text_painter_shape (painter, HAN_TEXT, 24, PANGO_WEIGHT_NORMAL);
      family = han_run_family (kwa_shaped_text_get_layout (shaped));
      g_test_message ("%s: %s", cases[i].tag, family);
      g_assert_cmpstr (family, ==, cases[i].family);
    }
}

/* The window's labels: the window's language class picks the font. */
static void
test_window_labels (void)
{
  struct { const char *tag; const char *family; } cases[] = {
    { "ja", "Noto Sans CJK JP" },
    { "zh-Hans", "Noto Sans CJK SC" },
  };
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *label = gtk_label_new (HAN_TEXT);

  gtk_window_set_child (window, label);
  gtk_window_present (window);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *family = NULL;

      kwa_language_style_apply (GTK_WIDGET (window), kwa_language_register (cases[i].tag));
      kwa_test_wait_frames (label, 2);
      family = han_run_family (gtk_label_get_layout (GTK_LABEL (label)));
      g_test_message ("window in %s: %s", cases[i].tag, family);
      g_assert_cmpstr (family, ==, cases[i].family);
    }

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/language-fonts/map-labels", test_map_labels);
  g_test_add_func ("/language-fonts/window-labels", test_window_labels);

  return g_test_run ();
}
