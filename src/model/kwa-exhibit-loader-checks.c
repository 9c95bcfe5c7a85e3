/* kwa-exhibit-loader-checks.c: rules across records, checked once every
 * collection is read
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit-loader"

#include "config.h"

#include "kwa-exhibit-loader-private.h"

/* The timeline relies on order: events and fronts by date, phases one
 * after another without overlapping.
 */

static void
check_events_order (KwaExhibitLoader *l)
{
  GArray *events = l->exhibit->events;
  const KwaEvent *previous = NULL;

  for (guint i = 0; i < events->len; i++)
    {
      const KwaEvent *event = &g_array_index (events, KwaEvent, i);
      g_autofree char *path = NULL;
      g_autofree char *date = NULL;
      g_autofree char *previous_date = NULL;

      if (event->date == KWA_DATE_NONE)
        continue;

      if (previous != NULL && event->date < previous->date)
        {
          path = g_strdup_printf ("events[%u].date", i);
          date = kwa_date_to_iso (event->date);
          previous_date = kwa_date_to_iso (previous->date);
          kwa_json_cursor_report (&l->cursor, path, "%s comes before the date of the event listed before it (%s); events must be in date order",
                                  date, previous_date);
        }
      previous = event;
    }
}

static void
check_fronts_order (KwaExhibitLoader *l)
{
  GArray *fronts = l->exhibit->fronts;
  const KwaFront *previous = NULL;

  for (guint i = 0; i < fronts->len; i++)
    {
      const KwaFront *front = &g_array_index (fronts, KwaFront, i);
      g_autofree char *path = NULL;
      g_autofree char *date = NULL;
      g_autofree char *previous_date = NULL;

      if (front->date == KWA_DATE_NONE)
        continue;

      if (previous != NULL && front->date <= previous->date)
        {
          path = g_strdup_printf ("fronts[%u].date", i);
          date = kwa_date_to_iso (front->date);
          previous_date = kwa_date_to_iso (previous->date);
          kwa_json_cursor_report (&l->cursor, path, "%s is not after the date of the front listed before it (%s); fronts must be in date order, one per date",
                                  date, previous_date);
        }
      previous = front;
    }
}

static void
check_phases_order (KwaExhibitLoader *l)
{
  GArray *phases = l->exhibit->phases;
  const KwaPhase *previous = NULL;
  guint previous_index = 0;

  for (guint i = 0; i < phases->len; i++)
    {
      const KwaPhase *phase = &g_array_index (phases, KwaPhase, i);
      g_autofree char *path = NULL;
      g_autofree char *start = NULL;
      g_autofree char *previous_end = NULL;

      if (phase->start == KWA_DATE_NONE || phase->end == KWA_DATE_NONE || phase->end < phase->start)
        continue;

      if (previous != NULL && phase->start <= previous->end)
        {
          path = g_strdup_printf ("phases[%u].start", i);
          start = kwa_date_to_iso (phase->start);
          previous_end = kwa_date_to_iso (previous->end);
          if (phase->start < previous->start)
            kwa_json_cursor_report (&l->cursor, path, "%s comes before phases[%u]; phases must be in date order", start, previous_index);
          else
            kwa_json_cursor_report (&l->cursor, path, "%s overlaps phases[%u], which ends %s; phases must not overlap",
                                    start, previous_index, previous_end);
        }
      previous = phase;
      previous_index = i;
    }
}

/* A place labelled only from its `from` date would leave an earlier event
 * there pointing at a nameless spot. */
static void
check_events_after_place_from (KwaExhibitLoader *l)
{
  GArray *events = l->exhibit->events;

  for (guint i = 0; i < events->len; i++)
    {
      const KwaEvent *event = &g_array_index (events, KwaEvent, i);
      g_autofree char *path = NULL;
      g_autofree char *date = NULL;
      g_autofree char *from = NULL;

      if (event->place == NULL || event->date == KWA_DATE_NONE ||
          kwa_place_is_labelled_on (event->place, event->date))
        continue;

      path = g_strdup_printf ("events[%u].date", i);
      date = kwa_date_to_iso (event->date);
      from = kwa_date_to_iso (event->place->from);
      kwa_json_cursor_report (&l->cursor, path, "%s comes before %s, the date place \"%s\" is labelled from; move the place's \"from\" earlier",
                              date, from, event->place->id);
    }
}

/* Phases, events and fronts, in that order; then events against their
 * places' dates. */
void
kwa_exhibit_loader_check_order (KwaExhibitLoader *l)
{
  /* Paths here are whole: the cursor must be at the top. */
  g_assert (l->cursor.path->len == 0);

  check_phases_order (l);
  check_events_order (l);
  check_fronts_order (l);
  check_events_after_place_from (l);
}

void
kwa_exhibit_loader_check_main_tour (KwaExhibitLoader *l)
{
  if (!g_hash_table_contains (l->unreadable, l->exhibit->tours_by_id) &&
      g_hash_table_lookup (l->exhibit->tours_by_id, "main") == NULL)
    kwa_json_cursor_report (&l->cursor, "tours", "there is no tour with the id \"main\" (the kiosk's attract loop plays it)");
}
