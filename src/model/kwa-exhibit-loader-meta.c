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

/* Files the exhibit names (its basemap, its media) sit next to it or
 * below it: a path that leaves the folder could make a kiosk load any
 * file on the machine. @what names the file in messages.
 */
static gboolean
is_safe_relative_path (KwaJsonCursor *cursor,
                       const char    *path,
                       const char    *what)
{
  g_auto(GStrv) segments = NULL;

  if (g_path_is_absolute (path) || path[0] == '/' || path[0] == '\\')
    {
      kwa_json_cursor_report (cursor, NULL, "the %s path must be relative to the exhibit file, not an absolute path", what);
      return FALSE;
    }

  if (strchr (path, ':') != NULL || strchr (path, '\\') != NULL)
    {
      kwa_json_cursor_report (cursor, NULL, "the %s must be a plain relative path with '/' between folders, not a URI or a Windows path", what);
      return FALSE;
    }

  segments = g_strsplit (path, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (strcmp (segments[i], "..") == 0)
        {
          kwa_json_cursor_report (cursor, NULL, "the %s path must not leave the exhibit's folder (\"..\" is not allowed)", what);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * kwa_exhibit_loader_resolve_file:
 * @path: a path as the exhibit writes it, relative to its own folder
 * @what: what the file is, for messages ("basemap", "media")
 *
 * Finds a file the exhibit names, reporting at the cursor why it cannot.
 *
 * Returns: (transfer full) (nullable): the file, which exists
 */
GFile *
kwa_exhibit_loader_resolve_file (KwaExhibitLoader *l,
                                 const char       *path,
                                 const char       *what)
{
  KwaJsonCursor *cursor = &l->cursor;
  KwaExhibit *self = l->exhibit;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) file = NULL;

  if (!is_safe_relative_path (cursor, path, what) || self->file == NULL)
    return NULL;

  folder = g_file_get_parent (self->file);
  if (folder == NULL)
    return NULL;

  file = g_file_resolve_relative_path (folder, path);
  /* Belt and braces: GFile's own idea of the result must agree. */
  if (!g_file_has_prefix (file, folder))
    {
      kwa_json_cursor_report (cursor, NULL, "the %s path must not leave the exhibit's folder", what);
      return NULL;
    }

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_REGULAR)
    {
      g_autofree char *quoted = kwa_message_quote (path);

      kwa_json_cursor_report (cursor, NULL, "the %s file %s was not found next to %s", what, quoted, self->file_name);
      return NULL;
    }

  return g_steal_pointer (&file);
}

static const char * const language_keys[] = { "code", "name", NULL };

/* @out_exhibit: the KwaExhibit whose next language this is, from
 * {"code": "ko", "name": "한국어"} */
static gboolean
parse_language (KwaJsonCursor *cursor,
                JsonNode      *node,
                gpointer       out_exhibit)
{
  KwaExhibit *self = out_exhibit;
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  KwaLanguage language;
  JsonObject *object;

  object = kwa_json_cursor_expect_object (cursor, node, "a language, {\"code\": \"ko\", \"name\": \"한국어\"}");
  if (object == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, object, language_keys);
  kwa_json_cursor_read_member (cursor, object, "name", KWA_FIELD_REQUIRED, kwa_json_parse_string, &name);
  if (!kwa_json_cursor_read_member (cursor, object, "code", KWA_FIELD_REQUIRED, kwa_json_parse_string, &code))
    return FALSE;

  if (!kwa_language_tag_is_valid (code))
    {
      g_autofree char *quoted = kwa_message_quote (code);

      kwa_json_cursor_report (cursor, "code", "%s is not a language tag (use a BCP 47 tag such as \"ko\", \"ja\" or \"zh-Hans\")",
                              quoted);
      return FALSE;
    }
  if (self->n_languages == KWA_EXHIBIT_MAX_LANGUAGES)
    return FALSE;  /* reported for the list */

  language = kwa_language_register (code);
  if (language == KWA_LANGUAGE_NONE)
    {
      kwa_json_cursor_report (cursor, "code", "too many languages in this process; at most %d different ones can be loaded",
                              KWA_MAX_LANGUAGES);
      return FALSE;
    }
  if (kwa_exhibit_has_language (self, language))
    {
      kwa_json_cursor_report (cursor, "code", "the language \"%s\" is listed twice", code);
      return FALSE;
    }

  self->languages[self->n_languages] = language;
  self->language_names[self->n_languages] = name != NULL ? g_steal_pointer (&name) : g_strdup (code);
  self->n_languages++;
  return TRUE;
}

/* "languages": the exhibit's languages, which its texts are read in.
 * Exhibits from before there was a choice are in English and Korean. */
static void
read_languages (KwaExhibitLoader *l,
                JsonObject       *meta)
{
  KwaJsonCursor *cursor = &l->cursor;
  KwaExhibit *self = l->exhibit;
  gsize mark;
  JsonNode *node = meta != NULL ? kwa_json_cursor_enter_member (cursor, meta, "languages", KWA_FIELD_OPTIONAL, &mark)
                                : NULL;

  if (node != NULL)
    {
      JsonArray *list = kwa_json_cursor_expect_array (cursor, node, "a list of languages, [{\"code\": \"en\", \"name\": \"English\"}, …]");
      guint n = list != NULL ? json_array_get_length (list) : 0;

      if (list != NULL && n == 0)
        kwa_json_cursor_report (cursor, NULL, "an exhibit needs at least one language");
      else if (n > KWA_EXHIBIT_MAX_LANGUAGES)
        kwa_json_cursor_report (cursor, NULL, "%u languages; an exhibit may have at most %d", n, KWA_EXHIBIT_MAX_LANGUAGES);
      for (guint i = 0; i < MIN (n, KWA_EXHIBIT_MAX_LANGUAGES); i++)
        {
          gsize element_mark = kwa_json_cursor_enter_index (cursor, i);

          parse_language (cursor, json_array_get_element (list, i), self);
          kwa_json_cursor_leave (cursor, element_mark);
        }
      kwa_json_cursor_leave (cursor, mark);
    }

  if (self->n_languages == 0)
    {
      static const char * const defaults[][2] = { { "en", "English" }, { "ko", "한국어" } };

      for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
        {
          self->languages[i] = kwa_language_register (defaults[i][0]);
          self->language_names[i] = g_strdup (defaults[i][1]);
        }
      self->n_languages = G_N_ELEMENTS (defaults);
    }

  cursor->languages = self->languages;
  cursor->language_names = self->language_names;
  cursor->n_languages = self->n_languages;
}

/* @out_exhibit: the KwaExhibit the meta object describes */
static gboolean
parse_meta_object (KwaJsonCursor *cursor,
                   JsonNode      *node,
                   gpointer       out_exhibit)
{
  static const char * const keys[] = {
    "languages", "title", "subtitle", "basemap", "projection", "bbox", "time_range", "war", "attribution", NULL
  };
  KwaExhibitLoader *l = kwa_exhibit_loader_from_cursor (cursor);
  KwaExhibit *self = out_exhibit;
  JsonObject *meta;

  meta = kwa_json_cursor_expect_object (cursor, node, "an object, {\"title\": …, \"bbox\": …}");
  if (meta == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, meta, keys);
  /* First: every text is read in these. */
  read_languages (l, meta);
  kwa_json_cursor_read_member (cursor, meta, "title", KWA_FIELD_REQUIRED, kwa_json_parse_text, &self->title);
  kwa_json_cursor_read_member (cursor, meta, "subtitle", KWA_FIELD_REQUIRED, kwa_json_parse_text, &self->subtitle);
  if (kwa_json_cursor_read_member (cursor, meta, "basemap", KWA_FIELD_REQUIRED, kwa_json_parse_string, &self->basemap_path))
    {
      gsize basemap_mark = kwa_json_cursor_enter_key (cursor, "basemap");

      self->basemap_file = kwa_exhibit_loader_resolve_file (l, self->basemap_path, "basemap");
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

  /* Without a usable meta, the rest is still read for its problems. */
  if (l->cursor.n_languages == 0)
    read_languages (l, NULL);
}
