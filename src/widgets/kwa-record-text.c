/* kwa-record-text.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-record-text"

#include "config.h"

#include <string.h>

#include "kwa-i18n.h"

#include "kwa-record-text.h"

/* A place picked on the map tells who held it on the day shown, from the
 * exhibit's record of changes of hands (the same record the map is
 * checked against), and that record in full; an arrow tells whose unit it
 * is, what it did, when, and the event it belongs to. The words are built
 * here; the event panel shows them as it shows an event. */

static const char *
place_kind_name (KwaPlaceKind kind)
{
  switch (kind)
    {
    case KWA_PLACE_CAPITAL:        return _("Capital");
    case KWA_PLACE_CITY:           return _("City");
    case KWA_PLACE_PORT:           return _("Port");
    case KWA_PLACE_RIVER_CROSSING: return _("River crossing");
    case KWA_PLACE_BATTLEFIELD:    return _("Battlefield");
    case KWA_PLACE_RESERVOIR:      return _("Reservoir");
    case KWA_PLACE_ISLAND:         return _("Island");
    case KWA_PLACE_MOUNTAIN:       return _("Hill or mountain");
    case KWA_PLACE_REGION:         return _("Region");
    case KWA_PLACE_AIRFIELD:       return _("Airfield");
    default:                       g_assert_not_reached ();
    }
}

static const char *
movement_kind_name (KwaMovementKind kind)
{
  switch (kind)
    {
    case KWA_MOVEMENT_ADVANCE:     return _("Advance");
    case KWA_MOVEMENT_WITHDRAWAL:  return _("Withdrawal");
    case KWA_MOVEMENT_LANDING:     return _("Landing");
    case KWA_MOVEMENT_EVACUATION:  return _("Evacuation");
    case KWA_MOVEMENT_OFFENSIVE:   return _("Offensive");
    default:                       g_assert_not_reached ();
    }
}

/* The side's name on @date: before the war, the zone or state that held
 * the land, not the war's coalition. */
static const char *
side_name (KwaExhibit  *exhibit,
           KwaSideId    side,
           KwaDate      date,
           KwaLanguage  language)
{
  return kwa_text_get (kwa_side_get_name_on (kwa_exhibit_get_side (exhibit, side), date), language);
}

/* Every source the record cites, once each, in the order first cited. */
static void
gather_sources (KwaRecordText     *text,
                const KwaSource  **sources,
                guint              n_sources)
{
  for (guint i = 0; i < n_sources; i++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < text->n_sources && !seen; j++)
        seen = text->sources[j] == sources[i];
      if (seen)
        continue;
      text->sources = g_renew (const KwaSource *, text->sources, text->n_sources + 1);
      text->sources[text->n_sources++] = sources[i];
    }
}

/* The change in force on @date: the last one on or before it. */
static int
change_in_force (const KwaHolding *holding,
                 KwaDate           date)
{
  int in_force = -1;

  for (guint i = 0; i < holding->n_changes && holding->changes[i].date <= date; i++)
    in_force = (int) i;
  return in_force;
}

/* "28 June 1950 — North: the KPA 3rd and 4th Divisions enter the city." */
static void
append_change (GString                *body,
               KwaExhibit             *exhibit,
               const KwaHoldingChange *change,
               gboolean                current,
               KwaLanguage             language)
{
  g_autofree char *date = kwa_date_format (change->date, language);

  g_string_append_printf (body, "%s%s — %s", body->len > 0 ? "\n" : "", date,
                          side_name (exhibit, change->holder, change->date, language));
  if (change->within_days > 1)
    /* Translators: how sure the date of a change of hands is */
    g_string_append_printf (body, _(" (within %d days)"), change->within_days);
  if (kwa_text_is_set (&change->notes))
    g_string_append_printf (body, ": %s", kwa_text_get (&change->notes, language));
  if (current)
    g_string_append_printf (body, " ◀ %s", _("on the day shown"));
}

void
kwa_record_text_for_place (KwaRecordText  *text,
                           KwaExhibit     *exhibit,
                           const KwaPlace *place,
                           KwaDate         date,
                           KwaLanguage     language)
{
  const KwaHolding *holding = kwa_exhibit_find_holding (exhibit, place);
  g_autofree char *day = kwa_date_format (date, language);
  g_autoptr(GString) body = g_string_new (NULL);
  int in_force;

  memset (text, 0, sizeof *text);
  text->category = g_strdup_printf ("%s · %s", _("Place"), place_kind_name (place->kind));
  text->title = g_strdup (kwa_text_get (&place->name, language));

  if (holding == NULL || holding->n_changes == 0)
    {
      text->date = g_steal_pointer (&day);
      text->summary = g_strdup (_("The exhibit has no record of who held this place."));
      return;
    }

  in_force = change_in_force (holding, date);
  if (in_force < 0)
    /* Translators: %s is a date, before Korea was divided */
    text->summary = g_strdup_printf (_("On %s Korea was not yet divided."), day);
  else
    {
      const KwaHoldingChange *change = &holding->changes[in_force];
      gboolean doubtful = change->within_days > 0 && date <= change->date + change->within_days;

      /* Translators: "On 28 June 1950: held by the communist side." */
      text->summary = g_strdup_printf (doubtful ? _("On %s: held by the %s side, or changing hands about this day.")
                                                : _("On %s: held by the %s side."),
                                       day, side_name (exhibit, change->holder, date, language));
    }
  /* Translators: %u is a number of times */
  text->date = g_strdup_printf (kwa_ngettext ("Changed hands %u time, 1945–1953", "Changed hands %u times, 1945–1953",
                                          holding->n_changes - 1),
                                holding->n_changes - 1);

  for (guint i = 0; i < holding->n_changes; i++)
    {
      append_change (body, exhibit, &holding->changes[i], (int) i == in_force, language);
      gather_sources (text, holding->changes[i].sources, holding->changes[i].n_sources);
    }
  text->body = g_string_free (g_steal_pointer (&body), FALSE);
}

/* The towns the arrow's head reached, each on its day: the waypoints that
 * name a place. After the event's summary, a line each. */
static void
append_reaches (KwaRecordText     *text,
                const KwaMovement *movement,
                KwaLanguage        language)
{
  g_autoptr(GString) body = g_string_new (text->body);
  gboolean first = TRUE;

  for (guint i = 0; i < movement->n_reaches; i++)
    {
      const KwaMovementReach *reach = &movement->reaches[i];
      g_autofree char *date = NULL;

      if (reach->place == NULL)
        continue;
      date = kwa_date_format (reach->date, language);
      if (body->len > 0)
        g_string_append (body, first ? "\n\n" : "\n");
      first = FALSE;
      /* Translators: "15 September 1950 — reached Incheon": where a
       * unit's arrow stood on a day */
      g_string_append_printf (body, _("%s — reached %s"), date, kwa_text_get (&reach->place->name, language));
    }

  g_free (text->body);
  text->body = body->len > 0 ? g_string_free (g_steal_pointer (&body), FALSE) : NULL;
}

void
kwa_record_text_for_movement (KwaRecordText     *text,
                              KwaExhibit        *exhibit,
                              const KwaMovement *movement,
                              KwaLanguage        language)
{
  memset (text, 0, sizeof *text);
  text->category = g_strdup_printf ("%s · %s", _("Troop movement"), movement_kind_name (movement->kind));
  text->title = g_strdup (kwa_text_get (&movement->unit, language));
  text->date = kwa_date_format_span (movement->start, movement->end, language);
  if (movement->event != NULL)
    {
      /* Translators: "South side, part of: Inchon landing (Operation Chromite)" */
      text->summary = g_strdup_printf (_("%s side, part of: %s"), side_name (exhibit, movement->side, movement->start, language),
                                       kwa_text_get (&movement->event->title, language));
      text->body = g_strdup (kwa_text_get (&movement->event->summary, language));
    }
  else
    text->summary = g_strdup_printf (_("%s side"), side_name (exhibit, movement->side, movement->start, language));
  append_reaches (text, movement, language);
  gather_sources (text, movement->sources, movement->n_sources);
}

void
kwa_record_text_clear (KwaRecordText *text)
{
  g_clear_pointer (&text->category, g_free);
  g_clear_pointer (&text->title, g_free);
  g_clear_pointer (&text->date, g_free);
  g_clear_pointer (&text->summary, g_free);
  g_clear_pointer (&text->body, g_free);
  g_clear_pointer (&text->sources, g_free);
  text->n_sources = 0;
}
