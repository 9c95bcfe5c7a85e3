/* test-narration.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kwa-narration.h"

/* A narration's sentences, as the kiosk marks them while a voice reads:
 * in English (abbreviations and numbers end none), Korean, Japanese and
 * Chinese; and which is spoken when, by cues or by length. */

static char **
sentences_of (const char *text)
{
  guint n = 0;
  g_autofree KwaSentence *sentences = kwa_narration_split (text, &n);
  char **strv = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    strv[i] = g_strndup (text + sentences[i].start, sentences[i].end - sentences[i].start);
  return strv;
}

static void
assert_sentences (const char         *text,
                  const char * const *expected)
{
  g_auto(GStrv) found = sentences_of (text);

  g_assert_cmpstrv (found, expected);
}

static void
test_split (void)
{
  assert_sentences ("North Korean forces crossed the 38th parallel. Seoul fell on 28 June!  Why so fast?",
                    (const char * const[]) { "North Korean forces crossed the 38th parallel.", "Seoul fell on 28 June!",
                                             "Why so fast?", NULL });
  /* Abbreviations, initials and numbers end no sentence. */
  assert_sentences ("Gen. MacArthur landed U.S. Marines at Inchon, 1.5 km inland. Seoul was retaken.",
                    (const char * const[]) { "Gen. MacArthur landed U.S. Marines at Inchon, 1.5 km inland.",
                                             "Seoul was retaken.", NULL });
  /* A quotation's closing mark stays with its sentence. */
  assert_sentences ("He said, \u201cWe will hold.\u201d They held.",
                    (const char * const[]) { "He said, \u201cWe will hold.\u201d", "They held.", NULL });
  assert_sentences ("북한군이 38선을 넘었다. 서울은 6월 28일에 함락되었다.",
                    (const char * const[]) { "북한군이 38선을 넘었다.", "서울은 6월 28일에 함락되었다.", NULL });
  assert_sentences ("北朝鮮軍が38度線を越えた。ソウルは6月28日に陥落した。",
                    (const char * const[]) { "北朝鮮軍が38度線を越えた。", "ソウルは6月28日に陥落した。", NULL });
  assert_sentences ("朝鲜军队越过三八线！汉城陷落",
                    (const char * const[]) { "朝鲜军队越过三八线！", "汉城陷落", NULL });
  assert_sentences ("A line\nAnother", (const char * const[]) { "A line", "Another", NULL });
  assert_sentences ("", (const char * const[]) { NULL });
  assert_sentences ("   ", (const char * const[]) { NULL });
  g_assert_cmpuint (kwa_narration_count (NULL), ==, 0);
  g_assert_cmpuint (kwa_narration_count ("One. Two. Three."), ==, 3);
}

static void
test_sentence_at (void)
{
  /* 10 and 30 characters: a quarter and three quarters of the time. */
  const char *text = "Ten chars. Thirty characters are here, yes.";
  const double cues[] = { 0.5, 6.0 };
  g_autofree KwaSentence *sentences = NULL;
  guint n = 0;

  sentences = kwa_narration_split (text, &n);
  g_assert_cmpuint (n, ==, 2);

  /* By length, over an 8-second voice: the first sentence is its first
   * 10/43 of the characters, about 1.9 s. */
  g_assert_cmpint (kwa_narration_sentence_at (text, sentences, n, NULL, 0, 8.0, 0.0), ==, 0);
  g_assert_cmpint (kwa_narration_sentence_at (text, sentences, n, NULL, 0, 8.0, 1.5), ==, 0);
  g_assert_cmpint (kwa_narration_sentence_at (text, sentences, n, NULL, 0, 8.0, 2.5), ==, 1);
  g_assert_cmpint (kwa_narration_sentence_at (text, sentences, n, NULL, 0, 8.0, 99.0), ==, 1);
  /* Not knowing the length yet: the first. */
  g_assert_cmpint (kwa_narration_sentence_at (text, sentences, n, NULL, 0, 0.0, 3.0), ==, 0);

  /* By cues: none before the first, then each from its cue on. */
  g_assert_cmpint (kwa_narration_sentence_at (text, sentences, n, cues, 2, 8.0, 0.2), ==, -1);
  g_assert_cmpint (kwa_narration_sentence_at (text, sentences, n, cues, 2, 8.0, 0.5), ==, 0);
  g_assert_cmpint (kwa_narration_sentence_at (text, sentences, n, cues, 2, 8.0, 5.9), ==, 0);
  g_assert_cmpint (kwa_narration_sentence_at (text, sentences, n, cues, 2, 8.0, 6.0), ==, 1);
  /* Cues that do not fit the sentences are not used. */
  g_assert_cmpint (kwa_narration_sentence_at (text, sentences, n, cues, 1, 8.0, 2.5), ==, 1);
  g_assert_cmpint (kwa_narration_sentence_at (text, NULL, 0, NULL, 0, 8.0, 2.5), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/narration/split", test_split);
  g_test_add_func ("/narration/sentence-at", test_sentence_at);
  return g_test_run ();
}
