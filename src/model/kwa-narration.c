/* kwa-narration.c: a narration's sentences, and which is being spoken
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kwa-narration.h"

/* While a voice reads a tour stop's narration, the kiosk marks the
 * sentence being spoken, as captions do. The exhibit may say where each
 * sentence begins in the sound (a voice's "cues"); without cues, a
 * sentence is given time in proportion to its length, which is how an
 * even reader paces. Sentences end at . ! ? … before a space or the end
 * (after any closing quote or bracket), at 。！？ anywhere, and at a
 * line break; an abbreviation's full stop ("Gen.", "U.S.") ends none. */

static const char * const abbreviations[] = {
  "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Brig",
  "No", "Nos", "Mr", "Mrs", "Dr", "St", "Mt", "Ft", "vs", "ca", "c", "approx", "km", NULL,
};

static gboolean
is_closing (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0x300D ||
         c == 0x300F || c == 0xFF09;
}

/* Whether the full stop at @stop ends the word of an abbreviation or an
 * initial ("U.S", "MacArthur's Gen"). */
static gboolean
is_abbreviation (const char *text,
                 const char *stop)
{
  const char *word = stop;
  gsize length;

  while (word > text && g_ascii_isalpha (word[-1]))
    word--;
  length = (gsize) (stop - word);
  if (length == 0)
    return FALSE;
  /* An initial, or the last letter of "U.S" */
  if (length == 1 && g_ascii_isupper (*word))
    return TRUE;
  if (word > text && word[-1] == '.')
    return TRUE;
  for (guint i = 0; abbreviations[i] != NULL; i++)
    if (strlen (abbreviations[i]) == length && strncmp (abbreviations[i], word, length) == 0)
      return TRUE;
  return FALSE;
}

/* The byte after the sentence that may end at @p (a punctuation mark), or
 * NULL if none ends there. */
static const char *
sentence_end (const char *text,
              const char *p)
{
  gunichar c = g_utf8_get_char (p);
  const char *after = g_utf8_next_char (p);

  if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F)   /* 。！？ */
    {
      while (*after != '\0' && is_closing (g_utf8_get_char (after)))
        after = g_utf8_next_char (after);
      return after;
    }
  if (c == '\n')
    return p;
  if (c != '.' && c != '!' && c != '?' && c != 0x2026)
    return NULL;
  if (c == '.' && is_abbreviation (text, p))
    return NULL;
  while (*after != '\0' && is_closing (g_utf8_get_char (after)))
    after = g_utf8_next_char (after);
  if (*after != '\0' && !g_unichar_isspace (g_utf8_get_char (after)))
    return NULL;   /* 1.5, "e.g.," … */
  return after;
}

static void
add_sentence (GArray     *sentences,
              const char *text,
              const char *start,
              const char *end)
{
  KwaSentence sentence;

  while (start < end && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);
  if (start >= end)
    return;
  sentence.start = (gsize) (start - text);
  sentence.end = (gsize) (end - text);
  g_array_append_val (sentences, sentence);
}

/**
 * kwa_narration_split:
 * @text: (nullable): a narration
 * @n_sentences: (out): how many
 *
 * Returns: (transfer full) (array length=n_sentences) (nullable): its
 *   sentences in order
 */
KwaSentence *
kwa_narration_split (const char *text,
                     guint      *n_sentences)
{
  GArray *sentences = g_array_new (FALSE, FALSE, sizeof (KwaSentence));
  const char *start = text;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *end = sentence_end (text, p);

      if (end == NULL)
        continue;
      add_sentence (sentences, text, start, end);
      start = end;
      if (*end == '\0')
        break;
      p = end == p ? p : g_utf8_prev_char (end);
    }
  if (text != NULL && start != NULL && *start != '\0')
    add_sentence (sentences, text, start, start + strlen (start));

  *n_sentences = sentences->len;
  return (KwaSentence *) g_array_free (sentences, sentences->len == 0);
}

/**
 * kwa_narration_count:
 *
 * Returns: how many sentences @text has: how many cues a voice reading it
 *   gives
 */
guint
kwa_narration_count (const char *text)
{
  guint n = 0;

  g_free (kwa_narration_split (text, &n));
  return n;
}

/**
 * kwa_narration_sentence_at:
 * @cues: (array length=n_cues) (nullable): when each sentence begins, in
 *   seconds; used only if there is one per sentence
 * @duration: the sound's length in seconds; 0 if not known yet
 * @seconds: how far the sound has played
 *
 * Returns: the index of the sentence spoken @seconds in, or -1 before a
 *   voice begins or without sentences
 */
int
kwa_narration_sentence_at (const char        *text,
                           const KwaSentence *sentences,
                           guint              n_sentences,
                           const double      *cues,
                           guint              n_cues,
                           double             duration,
                           double             seconds)
{
  glong total = 0, reached = 0;
  double share;

  if (n_sentences == 0 || seconds < 0)
    return -1;

  if (cues != NULL && n_cues == n_sentences)
    {
      int index = -1;

      for (guint i = 0; i < n_cues && cues[i] <= seconds; i++)
        index = (int) i;
      return index;
    }

  if (duration <= 0)
    return 0;
  for (guint i = 0; i < n_sentences; i++)
    total += g_utf8_strlen (text + sentences[i].start, (gssize) (sentences[i].end - sentences[i].start));
  share = MIN (seconds / duration, 1.0) * (double) total;
  for (guint i = 0; i < n_sentences; i++)
    {
      reached += g_utf8_strlen (text + sentences[i].start, (gssize) (sentences[i].end - sentences[i].start));
      if (share < (double) reached)
        return (int) i;
    }
  return (int) n_sentences - 1;
}
