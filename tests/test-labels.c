/* test-labels.c: the panels' labels and tooltips wrap Korean between
 * words, and lay out text in several scripts at every width.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "kwa-label-text.h"
#include "kwa-test-utils.h"
#include "kwa-tooltip.h"

/* A paragraph of the exhibit's Korean, long enough to wrap. */
#define KOREAN_PARAGRAPH "한국에서는 이 전쟁을 북한의 남침 날짜를 따서 흔히 6·25라고 부르며, " \
                         "무엇보다 유엔 깃발 아래 함께 싸운 나라들의 도움으로 나라를 지켜 낸 " \
                         "생존의 싸움으로 기억한다."

/* The lines @label laid @text out in, each after the first starting a
 * word: asserts that no word is cut in two. */
static guint
count_lines_between_words (GtkLabel   *label,
                           const char *text)
{
  PangoLayoutIter *iter = pango_layout_get_iter (gtk_label_get_layout (label));
  guint n_lines = 0;

  do
    {
      int start = pango_layout_iter_get_line_readonly (iter)->start_index;

      if (start > 0)
        g_assert_true (g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (text + start))));
      n_lines++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return n_lines;
}

static void
test_korean_wraps_between_words (void)
{
  const char *text = KOREAN_PARAGRAPH;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *label = kwa_label_new_wrapped (text, NULL);

  gtk_window_set_default_size (window, 220, -1);
  gtk_window_set_child (window, label);
  gtk_window_present (window);
  kwa_test_wait_frames (label, 2);

  /* Every line after the first starts a word: no word is cut in two. */
  g_assert_cmpuint (count_lines_between_words (GTK_LABEL (label), text), >, 3);

  gtk_window_destroy (window);
}

/* Pango 1.50 aborts when a range without breaks spans text in several
 * fonts; a figure's range and counter must lay out at every width. */
static void
test_korean_mixed_scripts_lay_out (void)
{
  const char *texts[] = { "75,000–90,000명", "3,300–3,900km²", "6·25전쟁", "MiG-15를 몰고" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GtkWidget *label = g_object_ref_sink (kwa_label_new_wrapped (texts[i], "title-1"));
      int minimum, natural;

      for (int width = 0; width < 300; width++)
        gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
      g_assert_cmpint (natural, >, 0);

      g_assert_finalize_object (label);
    }
}

/* A tooltip names a unit or an event on one line when it fits (GTK's own
 * wrapped Korean mid-word at a guessed width), and a long one wraps
 * between words. */
static void
test_tooltip_label (void)
{
  /* GTK's own label took its width from the count of characters at a
   * Latin letter's width: about half the width of Hangul. */
  const char *names[] = { "강릉", "미 제8군(미 제1기병사단 린치 특수임무부대)" };
  const char *long_text = KOREAN_PARAGRAPH;
  GtkWidget *label = g_object_ref_sink (kwa_tooltip_label_new ());
  PangoLayout *layout;
  int minimum, natural, one_line_width, height;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      kwa_label_set_markup_wrapped (GTK_LABEL (label), names[i]);
      layout = gtk_widget_create_pango_layout (label, names[i]);
      pango_layout_get_pixel_size (layout, &one_line_width, &height);
      g_object_unref (layout);
      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
      g_test_message ("%s: one line %d px, natural width %d px", names[i], one_line_width, natural);
      g_assert_cmpint (natural, >=, one_line_width);
      gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, natural, &minimum, &natural, NULL, NULL);
      g_assert_cmpint (natural, <, 2 * height);
    }

  kwa_label_set_markup_wrapped (GTK_LABEL (label), long_text);
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  gtk_widget_size_allocate (label, &(GtkAllocation) { 0, 0, natural, 1000 }, -1);
  g_assert_cmpuint (count_lines_between_words (GTK_LABEL (label), long_text), >, 1);

  g_assert_finalize_object (label);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/labels/korean-wraps-between-words", test_korean_wraps_between_words);
  g_test_add_func ("/labels/korean-mixed-scripts-lay-out", test_korean_mixed_scripts_lay_out);
  g_test_add_func ("/labels/tooltip", test_tooltip_label);

  return g_test_run ();
}
