/* kwa-exhibit-loader-events.c: the records that tell what happened —
 * phases, events, figures, leaders and perspectives
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit-loader"

#include "config.h"

#include "kwa-exhibit-loader-private.h"
#include "kwa-message-words.h"

#include <string.h>

void
kwa_exhibit_loader_parse_phase (KwaExhibitLoader *l,
                                JsonNode         *node,
                                gpointer          record)
{
  static const char * const keys[] = { "id", "name", "short_name", "start", "end", "summary", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  KwaPhase *phase = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a phase, {\"id\": …, \"start\": …}");

  phase->start = phase->end = KWA_DATE_NONE;
  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &phase->id);
  kwa_json_cursor_read_member (cursor, object, "name", KWA_FIELD_REQUIRED, kwa_json_parse_text, &phase->name);
  kwa_json_cursor_read_member (cursor, object, "short_name", KWA_FIELD_OPTIONAL, kwa_json_parse_text,
                               &phase->short_name);
  kwa_exhibit_loader_read_span (l, object, "start", KWA_FIELD_REQUIRED, &phase->start, &phase->end);
  kwa_json_cursor_read_member (cursor, object, "summary", KWA_FIELD_REQUIRED, kwa_json_parse_text, &phase->summary);
}

/* @out_quote: a KwaQuote */
static gboolean
parse_quote (KwaJsonCursor *cursor,
             JsonNode      *node,
             gpointer       out_quote)
{
  static const char * const keys[] = { "text", "speaker", "date", NULL };
  KwaQuote *quote = out_quote;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a quote, {\"text\": …, \"speaker\": …, \"date\": …}");

  if (object == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "text", KWA_FIELD_REQUIRED, kwa_json_parse_text, &quote->text);
  kwa_json_cursor_read_member (cursor, object, "speaker", KWA_FIELD_REQUIRED, kwa_json_parse_text, &quote->speaker);
  kwa_json_cursor_read_member (cursor, object, "date", KWA_FIELD_REQUIRED, kwa_json_parse_date, &quote->date);

  return TRUE;
}

/* Where an event is drawn: at its place, at its own point, or nowhere (a
 * vote in New York has no marker on a map of Korea).
 */
static void
parse_event_location (KwaExhibitLoader *l,
                      JsonObject       *object,
                      KwaEvent         *event)
{
  KwaJsonCursor *cursor = &l->cursor;
  KwaLonLat point;

  if (json_object_has_member (object, "place") && json_object_has_member (object, "point"))
    {
      kwa_json_cursor_report (cursor, NULL, "give the event either a \"place\" or a \"point\", not both");
      return;
    }

  if (kwa_json_cursor_read_member (cursor, object, "place", KWA_FIELD_OPTIONAL, kwa_exhibit_loader_parse_place_reference,
                                   &event->place))
    {
      event->has_location = TRUE;
      event->location = event->place->point;
    }
  else if (kwa_json_cursor_read_member (cursor, object, "point", KWA_FIELD_OPTIONAL, kwa_exhibit_loader_parse_point_geometry,
                                        &point))
    {
      event->has_location = TRUE;
      event->location = point;
    }
}

void
kwa_exhibit_loader_parse_event (KwaExhibitLoader *l,
                                JsonNode         *node,
                                gpointer          record)
{
  static const char * const keys[] = {
    "id", "date", "end", "title", "summary", "body", "place", "point", "category",
    "importance", "quote", "sources", "confidence", "notes", "media", NULL
  };
  KwaJsonCursor *cursor = &l->cursor;
  KwaEvent *event = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "an event, {\"id\": …, \"date\": …}");
  int category;

  event->date = event->end = event->quote.date = KWA_DATE_NONE;
  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &event->id);
  kwa_exhibit_loader_read_span (l, object, "date", KWA_FIELD_OPTIONAL, &event->date, &event->end);
  kwa_json_cursor_read_member (cursor, object, "title", KWA_FIELD_REQUIRED, kwa_json_parse_text, &event->title);
  kwa_json_cursor_read_member (cursor, object, "summary", KWA_FIELD_REQUIRED, kwa_json_parse_text, &event->summary);
  kwa_json_cursor_read_member (cursor, object, "body", KWA_FIELD_REQUIRED, kwa_json_parse_text, &event->body);
  parse_event_location (l, object, event);
  category = kwa_exhibit_loader_read_word (l, object, "category", KWA_FIELD_REQUIRED, kwa_event_category_names);
  event->category = category < 0 ? KWA_EVENT_MILITARY : (KwaEventCategory) category;
  kwa_json_cursor_read_member (cursor, object, "importance", KWA_FIELD_REQUIRED, kwa_json_parse_int_in_range,
                               &(KwaJsonIntRange) { 1, 3, &event->importance });

  /* A quote that is there but broken is still a quote, only an invalid one. */
  event->has_quote = json_object_has_member (object, "quote");
  kwa_json_cursor_read_member (cursor, object, "quote", KWA_FIELD_OPTIONAL, parse_quote, &event->quote);

  kwa_exhibit_loader_read_sources (l, object, &event->sources, &event->n_sources);
  event->confidence = kwa_exhibit_loader_read_confidence (l, object);
  kwa_json_cursor_read_member (cursor, object, "notes", KWA_FIELD_OPTIONAL, kwa_json_parse_text, &event->notes);
  kwa_exhibit_loader_read_media (l, object, &event->media, &event->n_media);
}

/* low <= best <= high: where sources disagree, the range says by how much. */
static void
check_figure_range (KwaExhibitLoader *l,
                    const KwaFigure  *figure,
                    gboolean          has_low,
                    gboolean          has_high)
{
  g_autofree char *low = kwa_message_format_number (figure->low);
  g_autofree char *high = kwa_message_format_number (figure->high);
  g_autofree char *best = kwa_message_format_number (figure->best);

  if (!has_low || !has_high)
    return;

  if (figure->low > figure->high)
    kwa_json_cursor_report (&l->cursor, "low", "the low estimate, %s, is above the high estimate, %s", low, high);
  else if (figure->has_best && (figure->best < figure->low || figure->best > figure->high))
    kwa_json_cursor_report (&l->cursor, "best", "the best estimate, %s, lies outside the range %s to %s", best, low, high);
}

void
kwa_exhibit_loader_parse_figure (KwaExhibitLoader *l,
                                 JsonNode         *node,
                                 gpointer          record)
{
  static const char * const keys[] = {
    "id", "label", "category", "low", "high", "best", "unit", "as_of", "side", "sources", "notes", NULL
  };
  KwaJsonCursor *cursor = &l->cursor;
  KwaFigure *figure = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a figure, {\"id\": …, \"low\": …, \"high\": …}");
  gboolean has_low;
  gboolean has_high;
  int category;

  figure->as_of = KWA_DATE_NONE;
  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &figure->id);
  kwa_json_cursor_read_member (cursor, object, "label", KWA_FIELD_REQUIRED, kwa_json_parse_text, &figure->label);
  category = kwa_exhibit_loader_read_word (l, object, "category", KWA_FIELD_REQUIRED, kwa_figure_category_names);
  figure->category = category < 0 ? KWA_FIGURE_OTHER : (KwaFigureCategory) category;
  has_low = kwa_json_cursor_read_member (cursor, object, "low", KWA_FIELD_REQUIRED, kwa_json_parse_number, &figure->low);
  has_high = kwa_json_cursor_read_member (cursor, object, "high", KWA_FIELD_REQUIRED, kwa_json_parse_number, &figure->high);
  figure->has_best = kwa_json_cursor_read_member (cursor, object, "best", KWA_FIELD_OPTIONAL, kwa_json_parse_number,
                                                  &figure->best);
  check_figure_range (l, figure, has_low, has_high);
  kwa_json_cursor_read_member (cursor, object, "unit", KWA_FIELD_REQUIRED, kwa_json_parse_text, &figure->unit);
  kwa_json_cursor_read_member (cursor, object, "as_of", KWA_FIELD_REQUIRED, kwa_json_parse_date, &figure->as_of);
  if (json_object_has_member (object, "side"))
    {
      figure->has_side = TRUE;
      figure->side = kwa_exhibit_loader_read_side (l, object, "side");
    }
  kwa_exhibit_loader_read_sources (l, object, &figure->sources, &figure->n_sources);
  kwa_json_cursor_read_member (cursor, object, "notes", KWA_FIELD_OPTIONAL, kwa_json_parse_text, &figure->notes);
}

/* A bar's length means nothing beside another counted in other units:
 * every figure of a chart is counted in its first figure's unit. */
static void
check_chart_unit (KwaExhibitLoader *l,
                  const KwaChart   *chart,
                  const KwaFigure  *figure)
{
  const KwaText *first = &chart->figures[0]->unit;
  const char *unit = kwa_text_get (&figure->unit, first->fallback);
  const char *first_unit = kwa_text_get (first, first->fallback);
  g_autofree char *quoted_id = NULL;
  g_autofree char *quoted_unit = NULL;
  g_autofree char *quoted_first = NULL;

  /* A unit left out is reported where its figure is. */
  if (unit == NULL || first_unit == NULL || strcmp (unit, first_unit) == 0)
    return;

  quoted_id = kwa_message_quote (figure->id);
  quoted_unit = kwa_message_quote (unit);
  quoted_first = kwa_message_quote (first_unit);
  kwa_json_cursor_report (&l->cursor, NULL, "%s counts %s, the chart's first figure %s; a chart compares figures of one unit",
                            quoted_id, quoted_unit, quoted_first);
}

/* @out_chart: the KwaChart whose figures these are */
static gboolean
parse_chart_figures (KwaJsonCursor *cursor,
                     JsonNode      *node,
                     gpointer       out_chart)
{
  KwaExhibitLoader *l = kwa_exhibit_loader_from_cursor (cursor);
  KwaChart *chart = out_chart;
  JsonArray *array = kwa_json_cursor_expect_array (cursor, node, "a list of figure ids, [\"…\"]");
  guint length;

  if (array == NULL)
    return FALSE;

  length = json_array_get_length (array);
  if (length == 0 || length > KWA_CHART_MAX_BARS)
    {
      kwa_json_cursor_report (cursor, NULL, "%u figures; a chart has 1 to %d", length, KWA_CHART_MAX_BARS);
      return FALSE;
    }

  chart->figures = g_new0 (const KwaFigure *, length);
  for (guint i = 0; i < length; i++)
    {
      gsize mark = kwa_json_cursor_enter_index (cursor, i);
      const KwaFigure *figure = kwa_exhibit_loader_resolve_reference (l, json_array_get_element (array, i),
                                                                      l->exhibit->figures_by_id, "figure");

      if (figure != NULL)
        {
          chart->figures[chart->n_figures++] = figure;
          check_chart_unit (l, chart, figure);
        }
      kwa_json_cursor_leave (cursor, mark);
    }

  return chart->n_figures == length;
}

void
kwa_exhibit_loader_parse_chart (KwaExhibitLoader *l,
                                JsonNode         *node,
                                gpointer          record)
{
  static const char * const keys[] = { "id", "title", "figures", "notes", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  KwaChart *chart = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a chart, {\"id\": …, \"figures\": […]}");

  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &chart->id);
  kwa_json_cursor_read_member (cursor, object, "title", KWA_FIELD_REQUIRED, kwa_json_parse_text, &chart->title);
  kwa_json_cursor_read_member (cursor, object, "figures", KWA_FIELD_REQUIRED, parse_chart_figures, chart);
  kwa_json_cursor_read_member (cursor, object, "notes", KWA_FIELD_OPTIONAL, kwa_json_parse_text, &chart->notes);
}

void
kwa_exhibit_loader_parse_leader (KwaExhibitLoader *l,
                                 JsonNode         *node,
                                 gpointer          record)
{
  static const char * const keys[] = { "id", "name", "role", "side", "start", "end", "sources", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  KwaLeader *leader = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a leader, {\"id\": …, \"name\": …}");

  leader->start = leader->end = KWA_DATE_NONE;
  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &leader->id);
  kwa_json_cursor_read_member (cursor, object, "name", KWA_FIELD_REQUIRED, kwa_json_parse_text, &leader->name);
  kwa_json_cursor_read_member (cursor, object, "role", KWA_FIELD_REQUIRED, kwa_json_parse_text, &leader->role);
  leader->side = kwa_exhibit_loader_read_side (l, object, "side");
  kwa_exhibit_loader_read_span (l, object, "start", KWA_FIELD_REQUIRED, &leader->start, &leader->end);
  kwa_exhibit_loader_read_sources (l, object, &leader->sources, &leader->n_sources);
}

void
kwa_exhibit_loader_parse_perspective (KwaExhibitLoader *l,
                                      JsonNode         *node,
                                      gpointer          record)
{
  static const char * const keys[] = { "id", "viewpoint", "title", "body", "sources", "media", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  KwaPerspective *perspective = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a perspective, {\"id\": …, \"viewpoint\": …}");

  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &perspective->id);
  kwa_json_cursor_read_member (cursor, object, "viewpoint", KWA_FIELD_REQUIRED, kwa_json_parse_text, &perspective->viewpoint);
  kwa_json_cursor_read_member (cursor, object, "title", KWA_FIELD_REQUIRED, kwa_json_parse_text, &perspective->title);
  kwa_json_cursor_read_member (cursor, object, "body", KWA_FIELD_REQUIRED, kwa_json_parse_text, &perspective->body);
  kwa_exhibit_loader_read_sources (l, object, &perspective->sources, &perspective->n_sources);
  kwa_exhibit_loader_read_media (l, object, &perspective->media, &perspective->n_media);
}
