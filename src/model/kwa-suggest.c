/* kwa-suggest.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-suggest"

#include "config.h"

#include <string.h>

#include "kwa-suggest.h"

/* How far apart a typo may be from the word it means: "titel" → "title". */
#define MAX_SUGGESTION_DISTANCE 2

/**
 * kwa_suggest_typo_distance:
 * @a: a word
 * @b: another word
 *
 * The optimal string alignment distance: edits, counting a swap of two
 * neighbouring letters as one, the commonest typo. Case is ignored.
 *
 * Returns: the number of edits, or %G_MAXUINT for words too long to compare
 */
guint
kwa_suggest_typo_distance (const char *a,
                           const char *b)
{
  enum { MAX_LEN = 64 };
  guint rows[3][MAX_LEN + 1];
  gsize len_a = strlen (a);
  gsize len_b = strlen (b);
  guint *before_previous = rows[0];
  guint *previous = rows[1];
  guint *current = rows[2];

  if (len_a > MAX_LEN || len_b > MAX_LEN)
    return G_MAXUINT;

  for (gsize j = 0; j <= len_b; j++)
    previous[j] = (guint) j;

  for (gsize i = 1; i <= len_a; i++)
    {
      guint *spare;

      current[0] = (guint) i;
      for (gsize j = 1; j <= len_b; j++)
        {
          guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;

          current[j] = MIN (MIN (previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            current[j] = MIN (current[j], before_previous[j - 2] + 1);
        }

      spare = before_previous;
      before_previous = previous;
      previous = current;
      current = spare;
    }

  return previous[len_b];
}

static gboolean
is_near_miss (const char *typed,
              const char *word,
              guint      *inout_best)
{
  guint distance = kwa_suggest_typo_distance (typed, word);

  /* Short words are too alike to guess: "id" is not a typo of "ko". */
  if (distance > MAX_SUGGESTION_DISTANCE || distance * 3 > strlen (word) || distance >= *inout_best)
    return FALSE;

  *inout_best = distance;
  return TRUE;
}

/**
 * kwa_suggest_word:
 * @typed: what the file says
 * @words: (array zero-terminated=1): the words allowed there
 *
 * Returns: (nullable): the word of @words @typed is most likely a typo of
 */
const char *
kwa_suggest_word (const char         *typed,
                  const char * const *words)
{
  const char *best_word = NULL;
  guint best = G_MAXUINT;

  g_return_val_if_fail (typed != NULL, NULL);
  g_return_val_if_fail (words != NULL, NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (is_near_miss (typed, words[i], &best))
        best_word = words[i];
    }

  return best_word;
}

/**
 * kwa_suggest_key:
 * @typed: what the file says
 * @index: a hash table whose keys are strings, such as ids
 *
 * Costs a pass over @index: callers that may ask often limit how often.
 *
 * Returns: (nullable): the key of @index @typed is most likely a typo of
 */
const char *
kwa_suggest_key (const char *typed,
                 GHashTable *index)
{
  GHashTableIter iter;
  gpointer key;
  const char *best_key = NULL;
  guint best = G_MAXUINT;

  g_return_val_if_fail (typed != NULL, NULL);
  g_return_val_if_fail (index != NULL, NULL);

  g_hash_table_iter_init (&iter, index);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (is_near_miss (typed, key, &best))
        best_key = key;
    }

  return best_key;
}
