/* kwa-exhibit-records.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit-records"

#include "config.h"

#include <string.h>

#include "kwa-exhibit-private.h"
#include "kwa-i18n.h"

const char * const kwa_side_id_names[] = { "north", "south", NULL };
const char * const kwa_confidence_names[] = { "high", "medium", "low", NULL };
const char * const kwa_place_kind_names[] = {
  "capital", "city", "port", "river-crossing", "battlefield",
  "reservoir", "island", "mountain", "region", "airfield", NULL
};
const char * const kwa_event_category_names[] = {
  "political", "military", "diplomatic", "humanitarian", NULL
};
const char * const kwa_movement_kind_names[] = {
  "advance", "withdrawal", "landing", "evacuation", "offensive", NULL
};
const char * const kwa_line_kind_names[] = { "parallel", "mdl", "dmz", NULL };
const char * const kwa_figure_category_names[] = {
  "casualties", "forces", "refugees", "territory", "other", NULL
};
const char * const kwa_source_kind_names[] = {
  "book", "official-history", "document", "encyclopedia", "article", "web", NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (kwa_side_id_names) == KWA_SIDE_SOUTH + 2);
G_STATIC_ASSERT (G_N_ELEMENTS (kwa_confidence_names) == KWA_CONFIDENCE_LOW + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (kwa_place_kind_names) == KWA_PLACE_AIRFIELD + 2);
G_STATIC_ASSERT (G_N_ELEMENTS (kwa_event_category_names) == KWA_EVENT_HUMANITARIAN + 2);
G_STATIC_ASSERT (G_N_ELEMENTS (kwa_movement_kind_names) == KWA_MOVEMENT_OFFENSIVE + 2);
G_STATIC_ASSERT (G_N_ELEMENTS (kwa_line_kind_names) == KWA_LINE_DMZ + 2);
G_STATIC_ASSERT (G_N_ELEMENTS (kwa_figure_category_names) == KWA_FIGURE_OTHER + 2);
G_STATIC_ASSERT (G_N_ELEMENTS (kwa_source_kind_names) == KWA_SOURCE_KIND_WEB + 1);


const char *
kwa_side_id_to_string (KwaSideId side)
{
  g_return_val_if_fail (side <= KWA_SIDE_SOUTH, NULL);

  return kwa_side_id_names[side];
}

/* Returns: (nullable): NULL for KWA_CONFIDENCE_UNSTATED */
const char *
kwa_confidence_to_string (KwaConfidence confidence)
{
  g_return_val_if_fail (confidence <= KWA_CONFIDENCE_LOW, NULL);

  if (confidence == KWA_CONFIDENCE_UNSTATED)
    return NULL;

  return kwa_confidence_names[confidence - 1];
}

const char *
kwa_place_kind_to_string (KwaPlaceKind kind)
{
  g_return_val_if_fail (kind <= KWA_PLACE_AIRFIELD, NULL);

  return kwa_place_kind_names[kind];
}

const char *
kwa_event_category_to_string (KwaEventCategory category)
{
  g_return_val_if_fail (category <= KWA_EVENT_HUMANITARIAN, NULL);

  return kwa_event_category_names[category];
}

const char *
kwa_movement_kind_to_string (KwaMovementKind kind)
{
  g_return_val_if_fail (kind <= KWA_MOVEMENT_OFFENSIVE, NULL);

  return kwa_movement_kind_names[kind];
}

const char *
kwa_line_kind_to_string (KwaLineKind kind)
{
  g_return_val_if_fail (kind <= KWA_LINE_DMZ, NULL);

  return kwa_line_kind_names[kind];
}

const char *
kwa_figure_category_to_string (KwaFigureCategory category)
{
  g_return_val_if_fail (category <= KWA_FIGURE_OTHER, NULL);

  return kwa_figure_category_names[category];
}

/* Returns: (nullable): NULL for KWA_SOURCE_KIND_UNSTATED */
const char *
kwa_source_kind_to_string (KwaSourceKind kind)
{
  g_return_val_if_fail (kind <= KWA_SOURCE_KIND_WEB, NULL);

  if (kind == KWA_SOURCE_KIND_UNSTATED)
    return NULL;

  return kwa_source_kind_names[kind - 1];
}

/* The clear functions below run as GArray clear functions, also on records
 * a broken file left half filled, so every field may still be unset.
 * Referenced records (sources, places, events) are borrowed, not freed.
 */

void
kwa_side_clear (KwaSide *side)
{
  kwa_text_clear (&side->name);
  for (guint i = 0; i < side->n_earlier_names; i++)
    kwa_text_clear (&side->earlier_names[i].name);
  g_clear_pointer (&side->earlier_names, g_free);
  side->n_earlier_names = 0;
  for (guint i = 0; i < side->n_forces; i++)
    kwa_text_clear (&side->forces[i]);
  g_clear_pointer (&side->forces, g_free);
  side->n_forces = 0;
}

/* The side's name on @date: the first earlier name still in use that day,
 * or its name.
 */
const KwaText *
kwa_side_get_name_on (const KwaSide *side,
                      KwaDate        date)
{
  for (guint i = 0; i < side->n_earlier_names; i++)
    if (date < side->earlier_names[i].until)
      return &side->earlier_names[i].name;
  return &side->name;
}

void
kwa_phase_clear (KwaPhase *phase)
{
  g_clear_pointer (&phase->id, g_free);
  kwa_text_clear (&phase->name);
  kwa_text_clear (&phase->short_name);
  kwa_text_clear (&phase->summary);
}

void
kwa_place_clear (KwaPlace *place)
{
  g_clear_pointer (&place->id, g_free);
  kwa_text_clear (&place->name);
  kwa_media_list_free (g_steal_pointer (&place->media), place->n_media);
  place->n_media = 0;
}

/**
 * kwa_place_is_labelled_on:
 *
 * Whether the map names @place on @date: always, unless the place has a
 * `from` date still to come.
 */
gboolean
kwa_place_is_labelled_on (const KwaPlace *place,
                          KwaDate         date)
{
  g_return_val_if_fail (place != NULL, FALSE);

  return place->from == KWA_DATE_NONE || date >= place->from;
}

void
kwa_event_clear (KwaEvent *event)
{
  g_clear_pointer (&event->id, g_free);
  kwa_text_clear (&event->title);
  kwa_text_clear (&event->summary);
  kwa_text_clear (&event->body);
  kwa_text_clear (&event->quote.text);
  kwa_text_clear (&event->quote.speaker);
  g_clear_pointer (&event->sources, g_free);
  kwa_text_clear (&event->notes);
  kwa_media_list_free (g_steal_pointer (&event->media), event->n_media);
  event->n_media = 0;
}

void
kwa_front_clear (KwaFront *front)
{
  kwa_path_clear (&front->line);
  g_clear_pointer (&front->sources, g_free);
  kwa_text_clear (&front->notes);
}

void
kwa_enclave_clear (KwaEnclave *enclave)
{
  g_clear_pointer (&enclave->id, g_free);
  kwa_text_clear (&enclave->name);
  kwa_polygon_clear (&enclave->area);
  g_clear_pointer (&enclave->sources, g_free);
}

void
kwa_holding_clear (KwaHolding *holding)
{
  for (guint i = 0; i < holding->n_changes; i++)
    {
      g_free (holding->changes[i].sources);
      kwa_text_clear (&holding->changes[i].notes);
    }
  g_clear_pointer (&holding->changes, g_free);
  holding->n_changes = 0;
}

void
kwa_movement_clear (KwaMovement *movement)
{
  g_clear_pointer (&movement->id, g_free);
  kwa_text_clear (&movement->unit);
  kwa_path_clear (&movement->path);
  g_clear_pointer (&movement->reaches, g_free);
  movement->n_reaches = 0;
  g_clear_pointer (&movement->sources, g_free);
}

void
kwa_line_clear (KwaLine *line)
{
  g_clear_pointer (&line->id, g_free);
  kwa_text_clear (&line->name);
  kwa_path_clear (&line->path);
  g_clear_pointer (&line->sources, g_free);
}

void
kwa_figure_clear (KwaFigure *figure)
{
  g_clear_pointer (&figure->id, g_free);
  kwa_text_clear (&figure->label);
  kwa_text_clear (&figure->unit);
  g_clear_pointer (&figure->sources, g_free);
  kwa_text_clear (&figure->notes);
}

void
kwa_chart_clear (KwaChart *chart)
{
  g_clear_pointer (&chart->id, g_free);
  kwa_text_clear (&chart->title);
  g_clear_pointer (&chart->figures, g_free);
  kwa_text_clear (&chart->notes);
}

void
kwa_leader_clear (KwaLeader *leader)
{
  g_clear_pointer (&leader->id, g_free);
  kwa_text_clear (&leader->name);
  kwa_text_clear (&leader->role);
  g_clear_pointer (&leader->sources, g_free);
}

void
kwa_perspective_clear (KwaPerspective *perspective)
{
  g_clear_pointer (&perspective->id, g_free);
  kwa_text_clear (&perspective->viewpoint);
  kwa_text_clear (&perspective->title);
  kwa_text_clear (&perspective->body);
  g_clear_pointer (&perspective->sources, g_free);
  kwa_media_list_free (g_steal_pointer (&perspective->media), perspective->n_media);
  perspective->n_media = 0;
}

void
kwa_tour_clear (KwaTour *tour)
{
  g_clear_pointer (&tour->id, g_free);
  kwa_text_clear (&tour->title);
  kwa_text_clear (&tour->description);
  for (guint i = 0; i < tour->n_stops; i++)
    {
      kwa_text_clear (&tour->stops[i].narration);
      kwa_text_clear (&tour->stops[i].notes);
      kwa_media_list_free (g_steal_pointer (&tour->stops[i].media), tour->stops[i].n_media);
      kwa_voice_list_free (g_steal_pointer (&tour->stops[i].voices), tour->stops[i].n_voices);
    }
  g_clear_pointer (&tour->stops, g_free);
  tour->n_stops = 0;
}

/**
 * kwa_tour_stop_get_title:
 *
 * What a stop is called in a list of stops (a handout's contents, the
 * presenter's "Next:"): its event's title, or else its narration.
 *
 * Returns: (nullable): the title, %NULL for a stop with neither
 */
const char *
kwa_tour_stop_get_title (const KwaTourStop *stop,
                         KwaLanguage        language)
{
  const char *title = NULL;

  g_return_val_if_fail (stop != NULL, NULL);

  if (stop->event != NULL)
    title = kwa_text_get (&stop->event->title, language);
  if (title == NULL)
    title = kwa_text_get (&stop->narration, language);

  return title;
}

void
kwa_source_clear (KwaSource *source)
{
  g_clear_pointer (&source->id, g_free);
  g_clear_pointer (&source->title, g_free);
  g_clear_pointer (&source->author, g_free);
  g_clear_pointer (&source->publisher, g_free);
  g_clear_pointer (&source->url, g_free);
}

static void
media_clear (KwaMedia *media)
{
  g_clear_pointer (&media->path, g_free);
  g_clear_object (&media->file);
  kwa_text_clear (&media->caption);
  kwa_text_clear (&media->credit);
  g_clear_pointer (&media->licence, g_free);
  kwa_text_clear (&media->alt);
}

/**
 * kwa_media_list_free:
 * @media: (nullable): a record's media, as the loader made them
 *
 * Frees @media and what each holds.
 */
void
kwa_media_list_free (KwaMedia *media,
                     guint     n_media)
{
  for (guint i = 0; media != NULL && i < n_media; i++)
    media_clear (&media[i]);
  g_free (media);
}

/**
 * kwa_voice_list_free:
 * @voices: (nullable): a stop's voices, as the loader made them
 */
void
kwa_voice_list_free (KwaVoice *voices,
                     guint     n_voices)
{
  for (guint i = 0; voices != NULL && i < n_voices; i++)
    {
      media_clear (&voices[i].media);
      g_free (voices[i].cues);
    }
  g_free (voices);
}

/**
 * kwa_tour_stop_get_voice:
 *
 * Returns: (nullable): the voice that reads @stop's narration in
 *   @language, if the exhibit has one (a voice in another language is
 *   never used instead: its words would not match the captions)
 */
const KwaVoice *
kwa_tour_stop_get_voice (const KwaTourStop *stop,
                         KwaLanguage        language)
{
  g_return_val_if_fail (stop != NULL, NULL);

  for (guint i = 0; i < stop->n_voices; i++)
    if (stop->voices[i].language == language && stop->voices[i].media.file != NULL)
      return &stop->voices[i];
  return NULL;
}

/**
 * kwa_tour_stop_get_media:
 * @n_media: (out): how many
 *
 * What a stop shows beside its words: its own media, or else its event's
 * (the kiosk's caption, the presenter's I, the handout's picture).
 *
 * Returns: (array length=n_media) (nullable): the media
 */
const KwaMedia *
kwa_tour_stop_get_media (const KwaTourStop *stop,
                         guint             *n_media)
{
  g_return_val_if_fail (stop != NULL && n_media != NULL, NULL);

  if (stop->n_media > 0 || stop->event == NULL)
    {
      *n_media = stop->n_media;
      return stop->media;
    }
  *n_media = stop->event->n_media;
  return stop->event->media;
}

/**
 * kwa_media_dup_credit:
 *
 * "Photographer · CC-BY-4.0", as a picture's credit line reads wherever
 * it is shown; a map of the exhibit's own says so.
 *
 * Returns: (transfer full): the credit and licence
 */
char *
kwa_media_dup_credit (const KwaMedia *media,
                      KwaLanguage     language)
{
  const char *credit;

  g_return_val_if_fail (media != NULL, NULL);

  credit = kwa_text_get (&media->credit, language);
  if (credit == NULL && media->kind == KWA_MEDIA_MAP)
    /* Translators: under a map the exhibit draws itself from its data. */
    credit = kwa_gettext_in (language, N_("Drawn from the exhibit's map"));
  if (media->licence == NULL)
    return g_strdup (credit != NULL ? credit : "");

  return g_strdup_printf ("%s · %s", credit != NULL ? credit : "", media->licence);
}
