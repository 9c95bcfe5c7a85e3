/* kwa-exhibit-loader-meta.c: "meta", what the exhibit is about and the map
 * it is drawn on
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit-loader"

#include "config.h"

#include <string.h>

#include "kwa-exhibit-loader-private.h"
#include "kwa-message-words.h"

static const char * const date_range_keys[] = { "start", "end", NULL };

/* @out_range: a KwaDateRange, from {"start": …, "end": …} */
static gboolean
parse_date_range (KwaJsonCursor *cursor,
                  JsonNode      *node,
                  gpointer       out_range)
{
  KwaDateRange *range = out_range;
  JsonObject *range_object;

  range_object = kwa_json_cursor_expect_object (cursor, node, "a span of dates, {\"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\"}");
  if (range_object == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, range_object, date_range_keys);
  kwa_exhibit_loader_read_span (kwa_exhibit_loader_from_cursor (cursor), range_object, "start", KWA_FIELD_REQUIRED,
                                &range->start, &range->end);

  return TRUE;
}

/* The basemap sits next to the exhibit file or below it: a path that leaves
 * the folder could make a kiosk load any file on the machine.
 */
static gboolean
is_safe_relative_path (KwaJsonCursor *cursor,
                       const char    *path)
{
  g_auto(GStrv) segments = NULL;

  if (g_path_is_absolute (path) || path[0] == '/' || path[0] == '\\')
    {
      kwa_json_cursor_report (cursor, NULL, "the basemap path must be relative to the exhibit file, not an absolute path");
      return FALSE;
    }

  if (strchr (path, ':') != NULL || strchr (path, '\\') != NULL)
    {
      kwa_json_cursor_report (cursor, NULL, "the basemap must be a plain relative path with '/' between folders, not a URI or a Windows path");
      return FALSE;
    }

  segments = g_strsplit (path, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (strcmp (segments[i], "..") == 0)
        {
          kwa_json_cursor_report (cursor, NULL, "the basemap path must not leave the exhibit's folder (\"..\" is not allowed)");
          return FALSE;
        }
    }

  return TRUE;
}

static void
resolve_basemap (KwaExhibitLoader *l,
                 const char       *path)
{
  KwaJsonCursor *cursor = &l->cursor;
  KwaExhibit *self = l->exhibit;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) basemap = NULL;

  if (!is_safe_relative_path (cursor, path) || self->file == NULL)
    return;

  folder = g_file_get_parent (self->file);
  if (folder == NULL)
    return;

  basemap = g_file_resolve_relative_path (folder, path);
  /* Belt and braces: GFile's own idea of the result must agree. */
  if (!g_file_has_prefix (basemap, folder))
    {
      kwa_json_cursor_report (cursor, NULL, "the basemap path must not leave the exhibit's folder");
      return;
    }

  if (g_file_query_file_type (basemap, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_REGULAR)
    {
      g_autofree char *quoted = kwa_message_quote (path);

      kwa_json_cursor_report (cursor, NULL, "the basemap file %s was not found next to %s", quoted, self->file_name);
      return;
    }

  self->basemap_file = g_steal_pointer (&basemap);
}

/* @out_exhibit: the KwaExhibit the meta object describes */
static gboolean
parse_meta_object (KwaJsonCursor *cursor,
                   JsonNode      *node,
                   gpointer       out_exhibit)
{
  static const char * const keys[] = {
    "title", "subtitle", "basemap", "projection", "bbox", "time_range", "war", "attribution", NULL
  };
  KwaExhibitLoader *l = kwa_exhibit_loader_from_cursor (cursor);
  KwaExhibit *self = out_exhibit;
  JsonObject *meta;

  meta = kwa_json_cursor_expect_object (cursor, node, "an object, {\"title\": …, \"bbox\": …}");
  if (meta == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, meta, keys);
  kwa_json_cursor_read_member (cursor, meta, "title", KWA_FIELD_REQUIRED, kwa_json_parse_text, &self->title);
  kwa_json_cursor_read_member (cursor, meta, "subtitle", KWA_FIELD_REQUIRED, kwa_json_parse_text, &self->subtitle);
  if (kwa_json_cursor_read_member (cursor, meta, "basemap", KWA_FIELD_REQUIRED, kwa_json_parse_string, &self->basemap_path))
    {
      gsize basemap_mark = kwa_json_cursor_enter_key (cursor, "basemap");

      resolve_basemap (l, self->basemap_path);
      kwa_json_cursor_leave (cursor, basemap_mark);
    }
  kwa_json_cursor_read_member (cursor, meta, "projection", KWA_FIELD_REQUIRED, kwa_json_parse_string, &self->projection);

  /* Every coordinate after this is checked against the map box. */
  l->bbox_usable = kwa_json_cursor_read_member (cursor, meta, "bbox", KWA_FIELD_REQUIRED, kwa_exhibit_loader_parse_map_box,
                                                &self->bbox);

  kwa_json_cursor_read_member (cursor, meta, "time_range", KWA_FIELD_REQUIRED, parse_date_range, &self->time_range);
  kwa_json_cursor_read_member (cursor, meta, "war", KWA_FIELD_REQUIRED, parse_date_range, &self->war);
  if (self->war.start != KWA_DATE_NONE && self->time_range.start != KWA_DATE_NONE &&
      (self->war.start < self->time_range.start || self->war.end > self->time_range.end))
    kwa_json_cursor_report (cursor, "war", "the war must lie within the time_range");
  kwa_json_cursor_read_member (cursor, meta, "attribution", KWA_FIELD_REQUIRED, kwa_json_parse_text, &self->attribution);

  return TRUE;
}

void
kwa_exhibit_loader_parse_meta (KwaExhibitLoader *l,
                               JsonObject       *root)
{
  kwa_json_cursor_read_member (&l->cursor, root, "meta", KWA_FIELD_REQUIRED, parse_meta_object, l->exhibit);
}
