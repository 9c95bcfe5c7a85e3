/* kwa-exhibit.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit"

#include "config.h"

#include "kwa-exhibit-private.h"

G_DEFINE_QUARK (kwa-exhibit-error-quark, kwa_exhibit_error)

G_DEFINE_FINAL_TYPE (KwaExhibit, kwa_exhibit, G_TYPE_OBJECT)

static GArray *
records_new (guint          element_size,
             GDestroyNotify clear_func)
{
  GArray *records = g_array_new (FALSE, TRUE, element_size);

  g_array_set_clear_func (records, clear_func);

  return records;
}

static void
kwa_exhibit_dispose (GObject *object)
{
  KwaExhibit *self = KWA_EXHIBIT (object);

  g_clear_object (&self->file);
  g_clear_object (&self->basemap_file);

  G_OBJECT_CLASS (kwa_exhibit_parent_class)->dispose (object);
}

static void
kwa_exhibit_finalize (GObject *object)
{
  KwaExhibit *self = KWA_EXHIBIT (object);

  /* The indexes borrow their keys from the records: drop them first. */
  g_clear_pointer (&self->events_by_id, g_hash_table_unref);
  g_clear_pointer (&self->figures_by_id, g_hash_table_unref);
  g_clear_pointer (&self->places_by_id, g_hash_table_unref);
  g_clear_pointer (&self->sources_by_id, g_hash_table_unref);
  g_clear_pointer (&self->tours_by_id, g_hash_table_unref);

  g_clear_pointer (&self->sides, g_array_unref);
  g_clear_pointer (&self->phases, g_array_unref);
  g_clear_pointer (&self->places, g_array_unref);
  g_clear_pointer (&self->events, g_array_unref);
  g_clear_pointer (&self->fronts, g_array_unref);
  g_clear_pointer (&self->enclaves, g_array_unref);
  g_clear_pointer (&self->movements, g_array_unref);
  g_clear_pointer (&self->holdings, g_array_unref);
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->figures, g_array_unref);
  g_clear_pointer (&self->charts, g_array_unref);
  g_clear_pointer (&self->leaders, g_array_unref);
  g_clear_pointer (&self->perspectives, g_array_unref);
  g_clear_pointer (&self->tours, g_array_unref);
  g_clear_pointer (&self->sources, g_array_unref);

  for (guint i = 0; i < self->n_languages; i++)
    g_free (self->language_names[i]);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  kwa_text_clear (&self->title);
  kwa_text_clear (&self->subtitle);
  kwa_text_clear (&self->attribution);
  g_clear_pointer (&self->basemap_path, g_free);
  g_clear_pointer (&self->projection, g_free);
  g_clear_pointer (&self->file_name, g_free);

  G_OBJECT_CLASS (kwa_exhibit_parent_class)->finalize (object);
}

static void
kwa_exhibit_class_init (KwaExhibitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kwa_exhibit_dispose;
  object_class->finalize = kwa_exhibit_finalize;
}

static void
kwa_exhibit_init (KwaExhibit *self)
{
  self->time_range = (KwaDateRange) { KWA_DATE_NONE, KWA_DATE_NONE };
  self->war = (KwaDateRange) { KWA_DATE_NONE, KWA_DATE_NONE };

  self->sides = records_new (sizeof (KwaSide), (GDestroyNotify) kwa_side_clear);
  self->phases = records_new (sizeof (KwaPhase), (GDestroyNotify) kwa_phase_clear);
  self->places = records_new (sizeof (KwaPlace), (GDestroyNotify) kwa_place_clear);
  self->events = records_new (sizeof (KwaEvent), (GDestroyNotify) kwa_event_clear);
  self->fronts = records_new (sizeof (KwaFront), (GDestroyNotify) kwa_front_clear);
  self->enclaves = records_new (sizeof (KwaEnclave), (GDestroyNotify) kwa_enclave_clear);
  self->movements = records_new (sizeof (KwaMovement), (GDestroyNotify) kwa_movement_clear);
  self->holdings = records_new (sizeof (KwaHolding), (GDestroyNotify) kwa_holding_clear);
  self->lines = records_new (sizeof (KwaLine), (GDestroyNotify) kwa_line_clear);
  self->figures = records_new (sizeof (KwaFigure), (GDestroyNotify) kwa_figure_clear);
  self->charts = records_new (sizeof (KwaChart), (GDestroyNotify) kwa_chart_clear);
  self->leaders = records_new (sizeof (KwaLeader), (GDestroyNotify) kwa_leader_clear);
  self->perspectives = records_new (sizeof (KwaPerspective), (GDestroyNotify) kwa_perspective_clear);
  self->tours = records_new (sizeof (KwaTour), (GDestroyNotify) kwa_tour_clear);
  self->sources = records_new (sizeof (KwaSource), (GDestroyNotify) kwa_source_clear);

  self->events_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->figures_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->places_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->sources_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->tours_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) kwa_problem_free);
}

static KwaExhibit *
load_exhibit (GBytes     *bytes,
              GFile      *file,
              GPtrArray  *problems,
              GError    **error)
{
  g_autoptr(KwaExhibit) self = g_object_new (KWA_TYPE_EXHIBIT, NULL);

  self->file = file != NULL ? g_object_ref (file) : NULL;
  self->file_name = file != NULL ? g_file_get_basename (file) : g_strdup ("exhibit");

  if (!kwa_exhibit_load (self, bytes, problems, error))
    return NULL;

  g_debug ("Loaded %s: %u events, %u fronts, %u movements, %u places, %u sources",
           self->file_name, self->events->len, self->fronts->len, self->movements->len,
           self->places->len, self->sources->len);

  return g_steal_pointer (&self);
}

/**
 * kwa_exhibit_new_from_file:
 * @file: an exhibit file: a local file, or a resource:// URI
 * @out_problems: (out) (optional) (transfer full) (element-type KwaProblem):
 *   every problem found; empty when the exhibit is valid
 * @error: set to what went wrong: "N problems in FILE" when the file breaks
 *   the exhibit format, or the single problem that stopped the loading
 *
 * Loads and validates an exhibit, resolving its basemap next to @file.
 *
 * Returns: (transfer full) (nullable): the exhibit, or %NULL if it is invalid
 */
KwaExhibit *
kwa_exhibit_new_from_file (GFile      *file,
                           GPtrArray **out_problems,
                           GError    **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) kwa_problem_free);
  g_autoptr(KwaExhibit) self = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *file_name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file_name = g_file_get_basename (file);
  bytes = kwa_exhibit_read_file (file, file_name, problems, error);
  if (bytes != NULL)
    self = load_exhibit (bytes, file, problems, error);

  if (out_problems != NULL)
    *out_problems = g_steal_pointer (&problems);

  return g_steal_pointer (&self);
}

/**
 * kwa_exhibit_new_from_bytes:
 * @bytes: the contents of an exhibit file
 * @base_file: (nullable): the file @bytes came from, for the basemap path
 *   and for messages; without it the basemap is not looked for
 * @out_problems: (out) (optional) (transfer full) (element-type KwaProblem):
 *   every problem found; empty when the exhibit is valid
 * @error: as for kwa_exhibit_new_from_file()
 *
 * Returns: (transfer full) (nullable): the exhibit, or %NULL if it is invalid
 */
KwaExhibit *
kwa_exhibit_new_from_bytes (GBytes     *bytes,
                            GFile      *base_file,
                            GPtrArray **out_problems,
                            GError    **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) kwa_problem_free);
  g_autoptr(KwaExhibit) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (base_file == NULL || G_IS_FILE (base_file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = load_exhibit (bytes, base_file, problems, error);

  if (out_problems != NULL)
    *out_problems = g_steal_pointer (&problems);

  return g_steal_pointer (&self);
}

/**
 * kwa_exhibit_new_default:
 * @error: as for kwa_exhibit_new_from_file()
 *
 * Loads the exhibit bundled with the application.
 *
 * Returns: (transfer full) (nullable): the exhibit
 */
KwaExhibit *
kwa_exhibit_new_default (GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_uri (KWA_EXHIBIT_DEFAULT_URI);

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return kwa_exhibit_new_from_file (file, NULL, error);
}

/**
 * kwa_exhibit_get_file:
 * @self: an exhibit
 *
 * Returns: (transfer none) (nullable): the file the exhibit was loaded from
 */
GFile *
kwa_exhibit_get_file (KwaExhibit *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return self->file;
}

/**
 * kwa_exhibit_get_basemap_file:
 * @self: an exhibit
 *
 * Returns: (transfer none) (nullable): the basemap SVG, inside the exhibit's
 *   folder; %NULL for an exhibit loaded from bytes without a file
 */
GFile *
kwa_exhibit_get_basemap_file (KwaExhibit *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return self->basemap_file;
}

/* Returns: the proj string the basemap was generated with */
const char *
kwa_exhibit_get_projection_string (KwaExhibit *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return self->projection;
}

const KwaBBox *
kwa_exhibit_get_bbox (KwaExhibit *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return &self->bbox;
}

/* Returns: the span of the timeline */
KwaDateRange
kwa_exhibit_get_time_range (KwaExhibit *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), ((KwaDateRange) { KWA_DATE_NONE, KWA_DATE_NONE }));

  return self->time_range;
}

/* Returns: the span of the fighting, for "day N of the war" */
KwaDateRange
kwa_exhibit_get_war_span (KwaExhibit *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), ((KwaDateRange) { KWA_DATE_NONE, KWA_DATE_NONE }));

  return self->war;
}

/**
 * kwa_exhibit_get_languages:
 * @n_languages: (out): how many
 *
 * Returns: (array length=n_languages) (transfer none): the languages the
 *   exhibit is written in, in its own order; the first is the one every
 *   text has
 */
const KwaLanguage *
kwa_exhibit_get_languages (KwaExhibit *self,
                           guint      *n_languages)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);
  g_return_val_if_fail (n_languages != NULL, NULL);

  *n_languages = self->n_languages;
  return self->languages;
}

KwaLanguage
kwa_exhibit_get_first_language (KwaExhibit *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), kwa_language_get_source ());

  return self->n_languages > 0 ? self->languages[0] : kwa_language_get_source ();
}

gboolean
kwa_exhibit_has_language (KwaExhibit  *self,
                          KwaLanguage  language)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), FALSE);

  for (guint i = 0; i < self->n_languages; i++)
    {
      if (self->languages[i] == language)
        return TRUE;
    }
  return FALSE;
}

/**
 * kwa_exhibit_get_language_name:
 *
 * Returns: (transfer none): @language's name in itself ("한국어"), as the
 *   exhibit gives it, for a visitor choosing a language; its tag for a
 *   language the exhibit is not written in
 */
const char *
kwa_exhibit_get_language_name (KwaExhibit  *self,
                               KwaLanguage  language)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  for (guint i = 0; i < self->n_languages; i++)
    {
      if (self->languages[i] == language)
        return self->language_names[i];
    }
  return kwa_language_to_string (language);
}

/**
 * kwa_exhibit_find_language:
 * @text: a language tag or a locale name ("ja", "zh_CN.UTF-8")
 *
 * Returns: %TRUE if the exhibit is written in the language @text asks for
 */
gboolean
kwa_exhibit_find_language (KwaExhibit  *self,
                           const char  *text,
                           KwaLanguage *out_language)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), FALSE);

  return kwa_language_choose (self->languages, self->n_languages, text, out_language);
}

/**
 * kwa_exhibit_list_languages:
 *
 * Returns: (transfer full): the exhibit's language tags, "en, ko, ja", for
 *   a message saying which a user may choose
 */
char *
kwa_exhibit_list_languages (KwaExhibit *self)
{
  GString *list = g_string_new (NULL);

  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  for (guint i = 0; i < self->n_languages; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", kwa_language_to_string (self->languages[i]));
  return g_string_free (list, FALSE);
}

/**
 * kwa_exhibit_get_warnings:
 *
 * Returns: (transfer none) (element-type KwaProblem): what the exhibit
 *   lacks without being invalid (a missing translation), for curators
 */
GPtrArray *
kwa_exhibit_get_warnings (KwaExhibit *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return self->warnings;
}

const KwaText *
kwa_exhibit_get_title (KwaExhibit *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return &self->title;
}

const KwaText *
kwa_exhibit_get_subtitle (KwaExhibit *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return &self->subtitle;
}

const KwaText *
kwa_exhibit_get_attribution (KwaExhibit *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return &self->attribution;
}

const KwaSide *
kwa_exhibit_get_side (KwaExhibit *self,
                      KwaSideId   side)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);
  g_return_val_if_fail (side < KWA_N_SIDES, NULL);

  return self->side_by_id[side];
}

static gconstpointer
get_records (GArray *records,
             guint  *out_n_records)
{
  if (out_n_records != NULL)
    *out_n_records = records->len;

  return records->len > 0 ? records->data : NULL;
}

/* Each of these returns the collection in file order (for events and
 * fronts, that is date order) and sets *n to its length.
 */

const KwaPhase *
kwa_exhibit_get_phases (KwaExhibit *self,
                        guint      *n_phases)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return get_records (self->phases, n_phases);
}

/**
 * kwa_exhibit_find_phase:
 * @date: a day
 *
 * The one place that says which phase a day belongs to, for the scene,
 * the timeline bar and its track alike. (The loader refuses phases that
 * overlap, so at most one matches.)
 *
 * Returns: (nullable): the phase @date falls in, or %NULL between or
 *   outside the phases
 */
const KwaPhase *
kwa_exhibit_find_phase (KwaExhibit *self,
                        KwaDate     date)
{
  const KwaPhase *phases;
  guint n;

  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  phases = kwa_exhibit_get_phases (self, &n);
  for (guint i = 0; i < n; i++)
    if (phases[i].start <= date && date <= phases[i].end)
      return &phases[i];

  return NULL;
}

const KwaPlace *
kwa_exhibit_get_places (KwaExhibit *self,
                        guint      *n_places)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return get_records (self->places, n_places);
}

const KwaEvent *
kwa_exhibit_get_events (KwaExhibit *self,
                        guint      *n_events)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return get_records (self->events, n_events);
}

const KwaFront *
kwa_exhibit_get_fronts (KwaExhibit *self,
                        guint      *n_fronts)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return get_records (self->fronts, n_fronts);
}

const KwaEnclave *
kwa_exhibit_get_enclaves (KwaExhibit *self,
                          guint      *n_enclaves)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return get_records (self->enclaves, n_enclaves);
}

const KwaMovement *
kwa_exhibit_get_movements (KwaExhibit *self,
                           guint      *n_movements)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return get_records (self->movements, n_movements);
}

/**
 * kwa_exhibit_get_holdings:
 *
 * Returns: the record of changes of hands, one #KwaHolding per place that
 *   has one, in the file's order (empty when the file has none)
 */
const KwaHolding *
kwa_exhibit_get_holdings (KwaExhibit *self,
                          guint      *n_holdings)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return get_records (self->holdings, n_holdings);
}

/**
 * kwa_exhibit_find_holding:
 * @place: a place of this exhibit
 *
 * Returns: (nullable): the changes of hands of @place, if recorded
 */
const KwaHolding *
kwa_exhibit_find_holding (KwaExhibit     *self,
                          const KwaPlace *place)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  for (guint i = 0; i < self->holdings->len; i++)
    if (g_array_index (self->holdings, KwaHolding, i).place == place)
      return &g_array_index (self->holdings, KwaHolding, i);

  return NULL;
}

const KwaLine *
kwa_exhibit_get_lines (KwaExhibit *self,
                       guint      *n_lines)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return get_records (self->lines, n_lines);
}

const KwaFigure *
kwa_exhibit_get_figures (KwaExhibit *self,
                         guint      *n_figures)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return get_records (self->figures, n_figures);
}

/* The charts the curator drew up; none if the file names none. */
const KwaChart *
kwa_exhibit_get_charts (KwaExhibit *self,
                        guint      *n_charts)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return get_records (self->charts, n_charts);
}

const KwaLeader *
kwa_exhibit_get_leaders (KwaExhibit *self,
                         guint      *n_leaders)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return get_records (self->leaders, n_leaders);
}

const KwaPerspective *
kwa_exhibit_get_perspectives (KwaExhibit *self,
                              guint      *n_perspectives)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return get_records (self->perspectives, n_perspectives);
}

const KwaTour *
kwa_exhibit_get_tours (KwaExhibit *self,
                       guint      *n_tours)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return get_records (self->tours, n_tours);
}

const KwaSource *
kwa_exhibit_get_sources (KwaExhibit *self,
                         guint      *n_sources)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);

  return get_records (self->sources, n_sources);
}

/* Returns: (nullable): the event with this id */
const KwaEvent *
kwa_exhibit_find_event (KwaExhibit *self,
                        const char *id)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->events_by_id, id);
}

/* Returns: (nullable): the place with this id */
const KwaPlace *
kwa_exhibit_find_place (KwaExhibit *self,
                        const char *id)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->places_by_id, id);
}

/* Returns: (nullable): the source with this id */
const KwaSource *
kwa_exhibit_find_source (KwaExhibit *self,
                         const char *id)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->sources_by_id, id);
}

/* Returns: (nullable): the tour with this id ("main" always exists) */
const KwaTour *
kwa_exhibit_find_tour (KwaExhibit *self,
                       const char *id)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->tours_by_id, id);
}

/* The index of the first event dated after @date, or on it if @inclusive:
 * events are sorted by date, so this is a binary search.
 */
static guint
first_event_from (GArray   *events,
                  KwaDate   date,
                  gboolean  inclusive)
{
  guint low = 0;
  guint high = events->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      KwaDate middle_date = g_array_index (events, KwaEvent, middle).date;

      if (middle_date < date || (!inclusive && middle_date == date))
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/**
 * kwa_exhibit_get_events_in_range:
 * @self: an exhibit
 * @from: the first day
 * @to: the last day (inclusive)
 * @out_first: (out) (optional): the index of the first event dated in the range
 * @out_n: (out) (optional): how many events are dated in the range
 *
 * Finds the events whose date (their first day) lies between @from and
 * @to, by binary search: cheap enough to call on every timeline tick.
 *
 * Returns: %TRUE if there is at least one
 */
gboolean
kwa_exhibit_get_events_in_range (KwaExhibit *self,
                                 KwaDate     from,
                                 KwaDate     to,
                                 guint      *out_first,
                                 guint      *out_n)
{
  guint first;
  guint end;

  g_return_val_if_fail (KWA_IS_EXHIBIT (self), FALSE);

  first = first_event_from (self->events, from, TRUE);
  end = to < from ? first : first_event_from (self->events, to, FALSE);

  if (out_first != NULL)
    *out_first = first;
  if (out_n != NULL)
    *out_n = end - first;

  return end > first;
}
