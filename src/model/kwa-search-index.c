/* kwa-search-index.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-search"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kwa-search-index.h"

/* What search looks through, and how a query matches it. Every event,
 * place, troop movement and leader of the exhibit is an entry with its
 * title, its place and its text in every language, casefolded: a visitor
 * finds "Inchon" or "인천" whatever language the interface speaks. Words
 * are found anywhere in a text (Korean words do not split at spaces); a
 * year, "1950-09", a whole date, or "1951년 1월" keeps the records whose
 * span meets it. */

typedef struct
{
  char    *text;      /* words in the text, normalized and casefolded … */
  char    *prefix;    /* … or the start of a date as typed: "195", "1950-0" … */
  gboolean is_range;  /* … or a whole year, month or day */
  KwaDate  from;
  KwaDate  to;
} QueryWord;

struct _KwaSearchQuery
{
  GArray *words;   /* QueryWord */
};

struct _KwaSearchIndex
{
  GArray *entries;   /* KwaSearchEntry */
};

/* ---- words ----------------------------------------------------------- */

/* Composed (NFKC) and casefolded, so "Inchon", "INCHON" and a Korean word
 * typed with decomposed jamo all compare equal. */
static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_NFKC);

  return g_utf8_casefold (normalized != NULL ? normalized : "", -1);
}

static void
query_word_clear (gpointer data)
{
  QueryWord *word = data;

  g_clear_pointer (&word->text, g_free);
  g_clear_pointer (&word->prefix, g_free);
}

static void
set_range (QueryWord *word,
           int        year,
           int        month,
           int        day)
{
  word->is_range = TRUE;
  word->from = kwa_date_from_ymd (year, month ? month : 1, day ? day : 1);
  word->to = kwa_date_from_ymd (year, month ? month : 12,
                                day ? day : kwa_date_days_in_month (year, month ? month : 12));
}

/* The words for "year" and "month" after a number, as Korean ("1951년
 * 1월") and Japanese and Chinese ("1951年1月") write dates. */
static const char * const year_suffixes[] = { "년", "年", NULL };
static const char * const month_suffixes[] = { "월", "月", NULL };

static gsize
suffix_length (const char         *text,
               const char * const *suffixes)
{
  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      if (g_str_has_suffix (text, suffixes[i]) && strlen (text) > strlen (suffixes[i]))
        return strlen (suffixes[i]);
    }
  return 0;
}

/* "1950", "1950-9", "1950-09-15", or the start of one ("1950-", "1950-0");
 * "1950년" or "1950年" counts as the year. A shorter number ("195" while a
 * year is typed, or "38" for the 38th parallel) is both a word and the
 * start of a date. */
static void
parse_word (const char *word,
            QueryWord  *out)
{
  g_autofree char *text = g_strdup (word);
  g_auto(GStrv) parts = NULL;
  int values[3] = { 0, 0, 0 };
  gsize digits;
  guint n;

  text[strlen (text) - suffix_length (text, year_suffixes)] = '\0';

  digits = strspn (text, "0123456789");
  if (digits == strlen (text) && digits < 4)
    {
      out->text = g_strdup (word);
      out->prefix = g_strdup (text);
      return;
    }
  if (digits != 4 || strspn (text, "0123456789-") != strlen (text))
    {
      out->text = g_strdup (word);
      return;
    }

  parts = g_strsplit (text, "-", -1);
  n = g_strv_length (parts);
  for (guint i = 0; i < n; i++)
    {
      if (n > 3 || parts[i][0] == '\0' || strlen (parts[i]) > (i == 0 ? 4 : 2))
        {
          /* Still being typed: match the start of the ISO date. */
          out->prefix = g_strdup (text);
          return;
        }
      values[i] = atoi (parts[i]);
    }

  if (values[0] < KWA_DATE_MIN_YEAR || values[0] > KWA_DATE_MAX_YEAR ||
      (n > 1 && (values[1] < 1 || values[1] > 12)) ||
      (n > 2 && (values[2] < 1 || values[2] > kwa_date_days_in_month (values[0], values[1]))))
    {
      out->prefix = g_strdup (text);
      return;
    }
  set_range (out, values[0], values[1], values[2]);
}

/* "1월" or "1月" right after a year ("1951년 1월"): that month of that year. */
static gboolean
narrow_to_month (QueryWord  *year,
                 const char *token)
{
  gsize suffix = suffix_length (token, month_suffixes);
  int month, y, m, d;

  if (!year->is_range || suffix == 0)
    return FALSE;
  month = atoi (token);
  if (month < 1 || month > 12 || strspn (token, "0123456789") + suffix != strlen (token))
    return FALSE;
  kwa_date_get_ymd (year->from, &y, &m, &d);
  if (year->to != kwa_date_from_ymd (y, 12, 31) || m != 1 || d != 1)
    return FALSE;
  set_range (year, y, month, 0);
  return TRUE;
}

/* Folded @text, with "1951年1月" written with no space as two words, the
 * year and the month, like "1951년 1월". */
static char *
separate_year_from_month (const char *text)
{
  g_autofree char *folded = fold (text);
  GString *out = g_string_sized_new (strlen (folded) + 8);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_string_append_unichar (out, g_utf8_get_char (p));
      for (guint i = 0; year_suffixes[i] != NULL; i++)
        {
          gsize length = strlen (year_suffixes[i]);

          if (strncmp (p, year_suffixes[i], length) == 0 && g_ascii_isdigit (p[length]) &&
              p > folded && g_ascii_isdigit (p[-1]))
            g_string_append_c (out, ' ');
        }
    }
  return g_string_free (out, FALSE);
}

KwaSearchQuery *
kwa_search_query_new (const char *text)
{
  KwaSearchQuery *self = g_new0 (KwaSearchQuery, 1);
  g_autofree char *folded = separate_year_from_month (text);
  g_auto(GStrv) tokens = g_strsplit_set (folded, " \t\n,", -1);

  self->words = g_array_new (FALSE, TRUE, sizeof (QueryWord));
  g_array_set_clear_func (self->words, query_word_clear);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      QueryWord word = { 0 };

      if (tokens[i][0] == '\0')
        continue;
      if (self->words->len > 0 &&
          narrow_to_month (&g_array_index (self->words, QueryWord, self->words->len - 1), tokens[i]))
        continue;
      parse_word (tokens[i], &word);
      g_array_append_val (self->words, word);
    }

  return self;
}

void
kwa_search_query_free (KwaSearchQuery *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->words);
  g_free (self);
}

gboolean
kwa_search_query_is_empty (const KwaSearchQuery *self)
{
  return self->words->len == 0;
}

/* ---- matching --------------------------------------------------------- */

static gboolean
iso_has_prefix (KwaDate     date,
                const char *prefix)
{
  g_autofree char *iso = NULL;

  if (date == KWA_DATE_NONE)
    return FALSE;
  iso = kwa_date_to_iso (date);
  return g_str_has_prefix (iso, prefix);
}

static gboolean
date_matches (const QueryWord      *word,
              const KwaSearchEntry *entry)
{
  KwaDate last = entry->end != KWA_DATE_NONE ? entry->end : entry->start;

  if (entry->start == KWA_DATE_NONE)
    return FALSE;
  if (word->prefix != NULL && (iso_has_prefix (entry->start, word->prefix) || iso_has_prefix (entry->end, word->prefix)))
    return TRUE;
  /* A record that spans the day, month or year asked for. */
  return word->is_range && entry->start <= word->to && last >= word->from;
}

/* The best rank of @entry in one language; NONE when a word is missing. */
static KwaSearchRank
rank_in (const KwaSearchQuery *self,
         const KwaSearchEntry *entry,
         KwaLanguage           language)
{
  gboolean in_title = TRUE, in_place = TRUE;

  for (guint i = 0; i < self->words->len; i++)
    {
      const QueryWord *word = &g_array_index (self->words, QueryWord, i);

      if (word->text != NULL && strstr (entry->title[language], word->text) != NULL)
        continue;
      if (date_matches (word, entry))
        continue;
      in_title = FALSE;
      if (word->text != NULL && strstr (entry->place[language], word->text) != NULL)
        continue;
      in_place = FALSE;
      if (word->text == NULL || strstr (entry->text[language], word->text) == NULL)
        return KWA_SEARCH_RANK_NONE;
    }

  return in_title ? KWA_SEARCH_RANK_TITLE : in_place ? KWA_SEARCH_RANK_PLACE : KWA_SEARCH_RANK_TEXT;
}

/**
 * kwa_search_query_rank:
 * @found_in: (out) (optional): the language it matched best in
 *
 * Returns: how well @entry matches, in whichever language matches best
 */
KwaSearchRank
kwa_search_query_rank (const KwaSearchQuery *self,
                       const KwaSearchEntry *entry,
                       KwaLanguage          *found_in)
{
  KwaSearchRank best = KWA_SEARCH_RANK_NONE;

  for (KwaLanguage language = 0; language < KWA_MAX_LANGUAGES; language++)
    {
      KwaSearchRank rank;

      /* Only the exhibit's languages are indexed. */
      if (entry->title[language] == NULL)
        continue;
      rank = rank_in (self, entry, language);

      if (rank < best)
        {
          best = rank;
          if (found_in != NULL)
            *found_in = language;
        }
    }
  return best;
}

/**
 * kwa_search_query_snippet:
 *
 * Returns: (nullable): some forty characters of @entry's text around the
 *   first word found there, with ellipses; %NULL when the text has none
 */
char *
kwa_search_query_snippet (const KwaSearchQuery *self,
                          const KwaSearchEntry *entry,
                          KwaLanguage           language)
{
  const char *shown = entry->shown_text[language];
  const char *folded = entry->text[language];
  glong at = -1, length = 0, n_chars;
  const char *start, *end;

  if (shown == NULL)
    return NULL;
  for (guint i = 0; i < self->words->len && at < 0; i++)
    {
      const QueryWord *word = &g_array_index (self->words, QueryWord, i);
      const char *found = word->text != NULL ? strstr (folded, word->text) : NULL;

      if (found != NULL)
        {
          at = g_utf8_pointer_to_offset (folded, found);
          length = g_utf8_strlen (word->text, -1);
        }
    }
  if (at < 0)
    return NULL;

  /* Casefolding keeps the characters of these scripts one for one, so
   * the offset in the folded text is the offset in the text as written. */
  n_chars = g_utf8_strlen (shown, -1);
  at = MIN (at, n_chars);
  start = g_utf8_offset_to_pointer (shown, MAX (at - 30, 0));
  end = g_utf8_offset_to_pointer (shown, MIN (at + length + 40, n_chars));
  /* Cut between words where there is a space near the cut. */
  if (at > 30)
    {
      const char *space = strchr (start, ' ');

      if (space != NULL && g_utf8_pointer_to_offset (start, space) < 12)
        start = space + 1;
    }
  if (*end != '\0')
    {
      const char *space = g_utf8_strrchr (start, end - start, ' ');

      if (space != NULL && g_utf8_pointer_to_offset (space, end) < 12)
        end = space;
    }
  return g_strdup_printf ("%s%.*s%s", at > 30 ? "…" : "", (int) (end - start), start,
                          at + length + 40 < n_chars ? "…" : "");
}

/* ---- the index --------------------------------------------------------- */

static void
entry_clear (gpointer data)
{
  KwaSearchEntry *entry = data;

  for (guint l = 0; l < KWA_MAX_LANGUAGES; l++)
    {
      g_free (entry->title[l]);
      g_free (entry->place[l]);
      g_free (entry->text[l]);
      g_free (entry->shown_text[l]);
    }
}

static KwaSearchEntry *
add_entry (KwaSearchIndex *self,
           KwaSearchKind   kind,
           gconstpointer   record,
           KwaDate         start,
           KwaDate         end)
{
  KwaSearchEntry entry = { kind, record, start, end };

  g_array_append_val (self->entries, entry);
  return &g_array_index (self->entries, KwaSearchEntry, self->entries->len - 1);
}

static void
set_texts (KwaSearchEntry *entry,
           KwaLanguage     language,
           const char     *title,
           const char     *place,
           const char     *text)
{
  entry->title[language] = fold (title);
  entry->place[language] = fold (place);
  entry->text[language] = fold (text);
  entry->shown_text[language] = g_strdup (text);
}

static void
add_events (KwaSearchIndex *self,
            KwaExhibit     *exhibit)
{
  guint n, n_languages;
  const KwaEvent *events = kwa_exhibit_get_events (exhibit, &n);
  const KwaLanguage *languages = kwa_exhibit_get_languages (exhibit, &n_languages);

  for (guint i = 0; i < n; i++)
    {
      const KwaEvent *event = &events[i];
      KwaSearchEntry *entry = add_entry (self, KWA_SEARCH_EVENT, event, event->date, event->end);

      for (guint k = 0; k < n_languages; k++)
        {
          KwaLanguage l = languages[k];
          /* The summary, then the body: a snippet from the first mention. */
          g_autofree char *joined = g_strjoin ("\n", kwa_text_get (&event->summary, l), kwa_text_get (&event->body, l), NULL);

          set_texts (entry, l, kwa_text_get (&event->title, l),
                     event->place != NULL ? kwa_text_get (&event->place->name, l) : "", joined);
        }
    }
}

static void
add_places_and_movements (KwaSearchIndex *self,
                          KwaExhibit     *exhibit)
{
  guint n_places, n_movements;
  const KwaPlace *places = kwa_exhibit_get_places (exhibit, &n_places);
  const KwaMovement *movements = kwa_exhibit_get_movements (exhibit, &n_movements);
  guint n_languages;
  const KwaLanguage *languages = kwa_exhibit_get_languages (exhibit, &n_languages);

  for (guint i = 0; i < n_places; i++)
    {
      KwaSearchEntry *entry = add_entry (self, KWA_SEARCH_PLACE, &places[i], KWA_DATE_NONE, KWA_DATE_NONE);

      for (guint k = 0; k < n_languages; k++)
        set_texts (entry, languages[k], kwa_text_get (&places[i].name, languages[k]), "", "");
    }

  for (guint i = 0; i < n_movements; i++)
    {
      const KwaMovement *movement = &movements[i];
      KwaSearchEntry *entry = add_entry (self, KWA_SEARCH_MOVEMENT, movement, movement->start, movement->end);

      for (guint k = 0; k < n_languages; k++)
        set_texts (entry, languages[k], kwa_text_get (&movement->unit, languages[k]), "",
                   movement->event != NULL ? kwa_text_get (&movement->event->title, languages[k]) : "");
    }
}

static void
add_leaders (KwaSearchIndex *self,
             KwaExhibit     *exhibit)
{
  guint n, n_languages;
  const KwaLeader *leaders = kwa_exhibit_get_leaders (exhibit, &n);
  const KwaLanguage *languages = kwa_exhibit_get_languages (exhibit, &n_languages);

  for (guint i = 0; i < n; i++)
    {
      /* Not found by a date: a term of office is not something that
       * happened in the month asked for. */
      KwaSearchEntry *entry = add_entry (self, KWA_SEARCH_LEADER, &leaders[i], KWA_DATE_NONE, KWA_DATE_NONE);

      for (guint k = 0; k < n_languages; k++)
        set_texts (entry, languages[k], kwa_text_get (&leaders[i].name, languages[k]), "",
                   kwa_text_get (&leaders[i].role, languages[k]));
    }
}

/**
 * kwa_search_index_new:
 *
 * Returns: (transfer full): the exhibit's events in time order, then its
 *   places, troop movements and leaders; it borrows from @exhibit, which
 *   must outlive it
 */
KwaSearchIndex *
kwa_search_index_new (KwaExhibit *exhibit)
{
  KwaSearchIndex *self = g_new0 (KwaSearchIndex, 1);

  self->entries = g_array_new (FALSE, TRUE, sizeof (KwaSearchEntry));
  g_array_set_clear_func (self->entries, entry_clear);
  if (exhibit != NULL)
    {
      add_events (self, exhibit);
      add_places_and_movements (self, exhibit);
      add_leaders (self, exhibit);
    }
  return self;
}

void
kwa_search_index_free (KwaSearchIndex *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->entries);
  g_free (self);
}

guint
kwa_search_index_get_n_entries (KwaSearchIndex *self)
{
  return self->entries->len;
}

const KwaSearchEntry *
kwa_search_index_get_entry (KwaSearchIndex *self,
                            guint           index)
{
  g_return_val_if_fail (index < self->entries->len, NULL);
  return &g_array_index (self->entries, KwaSearchEntry, index);
}
