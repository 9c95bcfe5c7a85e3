/* kwa-exhibit-loader-places.c: the records others refer to — sources,
 * sides and places
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit-loader"

#include "config.h"

#include "kwa-exhibit-loader-private.h"

void
kwa_exhibit_loader_parse_source (KwaExhibitLoader *l,
                                 JsonNode         *node,
                                 gpointer          record)
{
  static const char * const keys[] = { "id", "title", "author", "publisher", "year", "url", "kind", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  KwaSource *source = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a source, {\"id\": …, \"title\": …}");
  int kind;

  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &source->id);
  kwa_json_cursor_read_member (cursor, object, "title", KWA_FIELD_REQUIRED, kwa_json_parse_string, &source->title);
  kwa_json_cursor_read_member (cursor, object, "author", KWA_FIELD_OPTIONAL, kwa_json_parse_string, &source->author);
  kwa_json_cursor_read_member (cursor, object, "publisher", KWA_FIELD_OPTIONAL, kwa_json_parse_string, &source->publisher);
  kwa_json_cursor_read_member (cursor, object, "year", KWA_FIELD_REQUIRED, kwa_json_parse_int_in_range,
                               &(KwaJsonIntRange) { 1, KWA_DATE_MAX_YEAR, &source->year });
  kwa_json_cursor_read_member (cursor, object, "url", KWA_FIELD_OPTIONAL, kwa_json_parse_string, &source->url);
  kind = kwa_exhibit_loader_read_word (l, object, "kind", KWA_FIELD_OPTIONAL, kwa_source_kind_names);
  source->kind = kind < 0 ? KWA_SOURCE_KIND_UNSTATED : (KwaSourceKind) (kind + 1);

  if (!json_object_has_member (object, "author") && !json_object_has_member (object, "publisher"))
    kwa_json_cursor_report (cursor, NULL, "a source needs an \"author\" or a \"publisher\" (or both)");
}

/* @out_side: the KwaSide whose forces these are */
static gboolean
parse_forces (KwaJsonCursor *cursor,
              JsonNode      *node,
              gpointer       out_side)
{
  KwaSide *side = out_side;

  return kwa_exhibit_loader_read_list (cursor, node, "a list of texts, [{\"en\": …, \"ko\": …}]", kwa_json_parse_text,
                         sizeof (KwaText), (gpointer *) &side->forces, &side->n_forces);
}

/* @out_name: a KwaSideEarlierName */
static gboolean
parse_earlier_name (KwaJsonCursor *cursor,
                    JsonNode      *node,
                    gpointer       out_name)
{
  static const char * const keys[] = { "until", "name", NULL };
  KwaSideEarlierName *name = out_name;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "an earlier name, {\"until\": …, \"name\": …}");

  if (object == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "until", KWA_FIELD_REQUIRED, kwa_json_parse_date, &name->until);
  kwa_json_cursor_read_member (cursor, object, "name", KWA_FIELD_REQUIRED, kwa_json_parse_text, &name->name);

  return TRUE;
}

/* @out_side: the KwaSide whose earlier names these are, in date order */
static gboolean
parse_earlier_names (KwaJsonCursor *cursor,
                     JsonNode      *node,
                     gpointer       out_side)
{
  KwaSide *side = out_side;

  if (!kwa_exhibit_loader_read_list (cursor, node, "a list of earlier names, [{\"until\": …, \"name\": …}]", parse_earlier_name,
                       sizeof (KwaSideEarlierName), (gpointer *) &side->earlier_names, &side->n_earlier_names))
    return FALSE;

  for (guint i = 1; i < side->n_earlier_names; i++)
    if (side->earlier_names[i].until <= side->earlier_names[i - 1].until)
      {
        kwa_json_cursor_report (cursor, NULL, "earlier names must be in date order: \"until\" of item %u is not "
                                "after that of item %u", i, i - 1);
        return FALSE;
      }

  return TRUE;
}

static void
parse_side (KwaExhibitLoader *l,
            JsonNode         *node,
            gpointer          record)
{
  static const char * const keys[] = { "id", "name", "earlier_names", "forces", "color", "anchor", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  KwaSide *side = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a side, {\"id\": \"north\", …}");
  int id;

  side->id = KWA_N_SIDES;  /* not known yet */
  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  id = kwa_exhibit_loader_read_word (l, object, "id", KWA_FIELD_REQUIRED, kwa_side_id_names);
  if (id >= 0)
    side->id = (KwaSideId) id;
  kwa_json_cursor_read_member (cursor, object, "name", KWA_FIELD_REQUIRED, kwa_json_parse_text, &side->name);
  kwa_json_cursor_read_member (cursor, object, "earlier_names", KWA_FIELD_OPTIONAL, parse_earlier_names, side);
  kwa_json_cursor_read_member (cursor, object, "forces", KWA_FIELD_REQUIRED, parse_forces, side);
  kwa_json_cursor_read_member (cursor, object, "color", KWA_FIELD_REQUIRED, kwa_json_parse_color, &side->color);
  kwa_json_cursor_read_member (cursor, object, "anchor", KWA_FIELD_REQUIRED, kwa_exhibit_loader_parse_point_geometry,
                               &side->anchor);
}

/* Exactly two sides, north and south, kept in KwaSideId order. */
void
kwa_exhibit_loader_parse_sides (KwaExhibitLoader *l,
                                JsonObject       *root)
{
  KwaExhibit *self = l->exhibit;
  KwaProblemLog *log = l->cursor.log;
  guint problems_before = log->n_found;

  kwa_exhibit_loader_parse_collection (l, root, "sides", self->sides, parse_side);

  for (guint i = 0; i < self->sides->len; i++)
    {
      const KwaSide *side = &g_array_index (self->sides, KwaSide, i);
      g_autofree char *path = NULL;
      g_autofree char *message = NULL;

      if (side->id == KWA_N_SIDES)
        continue;

      if (self->side_by_id[side->id] == NULL)
        {
          self->side_by_id[side->id] = side;
          continue;
        }

      path = g_strdup_printf ("sides[%u].id", i);
      message = g_strdup_printf ("the side \"%s\" is already defined by sides[%u]",
                                 kwa_side_id_to_string (side->id),
                                 (guint) (self->side_by_id[side->id] - &g_array_index (self->sides, KwaSide, 0)));
      kwa_problem_log_add (log, path, 0, 0, message);
    }

  /* Only when nothing more specific was said about the sides. */
  if (log->n_found == problems_before && json_object_has_member (root, "sides") &&
      self->sides->len != KWA_N_SIDES)
    kwa_json_cursor_report (&l->cursor, "sides", "expected exactly two sides, \"north\" and \"south\", found %u", self->sides->len);
}

void
kwa_exhibit_loader_parse_place (KwaExhibitLoader *l,
                                JsonNode         *node,
                                gpointer          record)
{
  static const char * const keys[] = { "id", "name", "point", "kind", "importance", "approximate", "from", "media", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  KwaPlace *place = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a place, {\"id\": …, \"point\": …}");
  int kind;

  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &place->id);
  kwa_json_cursor_read_member (cursor, object, "name", KWA_FIELD_REQUIRED, kwa_json_parse_text, &place->name);
  kwa_json_cursor_read_member (cursor, object, "point", KWA_FIELD_REQUIRED, kwa_exhibit_loader_parse_point_geometry,
                               &place->point);
  kind = kwa_exhibit_loader_read_word (l, object, "kind", KWA_FIELD_REQUIRED, kwa_place_kind_names);
  place->kind = kind < 0 ? KWA_PLACE_CITY : (KwaPlaceKind) kind;
  kwa_json_cursor_read_member (cursor, object, "importance", KWA_FIELD_REQUIRED, kwa_json_parse_int_in_range,
                               &(KwaJsonIntRange) { 1, 3, &place->importance });
  kwa_json_cursor_read_member (cursor, object, "approximate", KWA_FIELD_OPTIONAL, kwa_json_parse_boolean,
                               &place->approximate);
  place->from = KWA_DATE_NONE;
  kwa_json_cursor_read_member (cursor, object, "from", KWA_FIELD_OPTIONAL, kwa_json_parse_date, &place->from);
  kwa_exhibit_loader_read_media (l, object, &place->media, &place->n_media);
}
