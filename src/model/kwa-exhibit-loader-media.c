/* kwa-exhibit-loader-media.c: pictures, films and sounds beside records
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit-loader"

#include "config.h"

#include <string.h>

#include "kwa-exhibit-loader-private.h"
#include "kwa-message-words.h"
#include "kwa-narration.h"

/* An event, a tour stop, a place or a perspective may carry "media": a
 * list of files in the exhibit's folder, each with a caption, a credit, a
 * licence and (for what is seen) the words a screen reader says instead.
 * The loader opens each file and reads its first bytes: what it is must
 * agree with its name, and it must keep within KWA_MEDIA_MAX_BYTES and,
 * a raster image, KWA_MEDIA_MAX_PIXELS a side. A kiosk never meets a
 * file it cannot show, a giant one, or one without a licence. Nothing is
 * decoded here; that is the widgets' work, off the main thread. */

/* Bytes enough to tell the formats apart and find an image's size: a
 * JPEG's size may follow some kilobytes of metadata. */
#define SNIFF_BYTES (64 * 1024)

typedef struct
{
  const char   *extension;
  KwaMediaKind  kind;
  const char   *mime_type;
} Format;

static const Format formats[] = {
  { "png", KWA_MEDIA_IMAGE, "image/png" },
  { "jpg", KWA_MEDIA_IMAGE, "image/jpeg" },
  { "jpeg", KWA_MEDIA_IMAGE, "image/jpeg" },
  { "svg", KWA_MEDIA_IMAGE, "image/svg+xml" },
  { "webm", KWA_MEDIA_VIDEO, "video/webm" },
  { "ogg", KWA_MEDIA_AUDIO, "audio/ogg" },
  { "opus", KWA_MEDIA_AUDIO, "audio/ogg" },
  { "oga", KWA_MEDIA_AUDIO, "audio/ogg" },
};

static const Format *
format_for_name (const char *path)
{
  const char *dot = strrchr (path, '.');

  for (guint i = 0; dot != NULL && i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (dot + 1, formats[i].extension) == 0)
      return &formats[i];
  return NULL;
}

static guint32
read_be32 (const guchar *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Whether @needle is among the first @length bytes of @data, which may
 * hold zeros (g_strstr_len() stops at the first). */
static gboolean
has_bytes (const guchar *data,
           gsize         length,
           const char   *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* A JPEG's size, from its first start-of-frame marker. */
static gboolean
jpeg_size (const guchar *data,
           gsize         length,
           int          *width,
           int          *height)
{
  gsize pos = 2;

  while (pos + 9 < length)
    {
      guchar marker;
      gsize segment;

      if (data[pos] != 0xFF)
        return FALSE;
      marker = data[pos + 1];
      segment = ((gsize) data[pos + 2] << 8) | data[pos + 3];
      /* SOF0–SOF15, not DHT (C4), JPG (C8) or DAC (CC). */
      if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
        {
          *height = (data[pos + 5] << 8) | data[pos + 6];
          *width = (data[pos + 7] << 8) | data[pos + 8];
          return TRUE;
        }
      pos += 2 + segment;
    }
  return FALSE;
}

/* What the first bytes say the file is, and an image's size: NULL when
 * they are none of the formats the exhibit takes. */
static const char *
sniff (const guchar *data,
       gsize         length,
       int          *width,
       int          *height)
{
  *width = *height = 0;

  if (length >= 24 && memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0 && memcmp (data + 12, "IHDR", 4) == 0)
    {
      *width = (int) MIN (read_be32 (data + 16), G_MAXINT);
      *height = (int) MIN (read_be32 (data + 20), G_MAXINT);
      return "image/png";
    }
  if (length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
    return jpeg_size (data, length, width, height) ? "image/jpeg" : NULL;
  if (length >= 4 && memcmp (data, "\x1a\x45\xdf\xa3", 4) == 0 && has_bytes (data, MIN (length, 64), "webm"))
    return "video/webm";
  if (length >= 4 && memcmp (data, "OggS", 4) == 0 &&
      (has_bytes (data, MIN (length, 128), "OpusHead") || has_bytes (data, MIN (length, 128), "vorbis")))
    return "audio/ogg";
  if (has_bytes (data, MIN (length, 4096), "<svg"))
    return "image/svg+xml";
  return NULL;
}

/* Opens @media->file and checks what it is against its name and the
 * limits. */
static void
check_file (KwaExhibitLoader *l,
            KwaMedia         *media,
            const Format     *format)
{
  KwaJsonCursor *cursor = &l->cursor;
  g_autofree char *quoted = kwa_message_quote (media->path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree guchar *data = g_malloc (SNIFF_BYTES);
  g_autoptr(GError) error = NULL;
  const char *found;
  gsize length = 0;
  goffset size;

  info = g_file_query_info (media->file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  size = info != NULL ? g_file_info_get_size (info) : 0;
  if (size > KWA_MEDIA_MAX_BYTES)
    {
      kwa_json_cursor_report (cursor, "file", "%s is %.1f MB; a media file may be at most %d MB", quoted,
                              size / (1024.0 * 1024.0), KWA_MEDIA_MAX_BYTES / (1024 * 1024));
      return;
    }

  stream = g_file_read (media->file, NULL, &error);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), data, SNIFF_BYTES, &length, NULL, &error))
    {
      kwa_json_cursor_report (cursor, "file", "%s could not be read: %s", quoted, error->message);
      return;
    }

  found = sniff (data, length, &media->width, &media->height);
  if (found == NULL || !g_str_equal (found, format->mime_type))
    {
      kwa_json_cursor_report (cursor, "file", "%s is not %s%s%s", quoted, format->mime_type,
                              found != NULL ? " but " : " (nor any format the exhibit takes)",
                              found != NULL ? found : "");
      return;
    }
  if (media->width > KWA_MEDIA_MAX_PIXELS || media->height > KWA_MEDIA_MAX_PIXELS)
    {
      kwa_json_cursor_report (cursor, "file", "%s is %d × %d pixels; an image may be at most %d a side", quoted,
                              media->width, media->height, KWA_MEDIA_MAX_PIXELS);
      return;
    }
  if (media->kind == KWA_MEDIA_IMAGE && g_str_equal (found, "image/png") && (media->width == 0 || media->height == 0))
    kwa_json_cursor_report (cursor, "file", "%s says it is 0 pixels wide or high", quoted);
}

/* @out_media: the KwaMedia whose map this is, from {"date": …, "view": …} */
static gboolean
parse_map (KwaJsonCursor *cursor,
           JsonNode      *node,
           gpointer       out_media)
{
  static const char * const keys[] = { "date", "view", NULL };
  KwaExhibit *exhibit = kwa_exhibit_loader_from_cursor (cursor)->exhibit;
  KwaMedia *media = out_media;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a map, {\"date\": …, \"view\": {\"bbox\": […]}}");

  if (object == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, object, keys);
  if (kwa_json_cursor_read_member (cursor, object, "date", KWA_FIELD_REQUIRED, kwa_json_parse_date, &media->map_date) &&
      exhibit->time_range.start != KWA_DATE_NONE &&
      (media->map_date < exhibit->time_range.start || media->map_date > exhibit->time_range.end))
    kwa_json_cursor_report (cursor, "date", "the map's day is outside the exhibit's time_range");
  kwa_json_cursor_read_member (cursor, object, "view", KWA_FIELD_REQUIRED, kwa_exhibit_loader_parse_tour_view,
                               &media->map_view);
  return TRUE;
}

/* A file beside the exhibit, named by what it is and checked from its
 * first bytes. */
static void
read_file (KwaExhibitLoader *l,
           JsonObject       *object,
           KwaMedia         *media)
{
  KwaJsonCursor *cursor = &l->cursor;
  const Format *format;
  gsize mark;

  /* A string, never empty: what the file is shared under. */
  kwa_json_cursor_read_member (cursor, object, "credit", KWA_FIELD_REQUIRED, kwa_json_parse_text, &media->credit);
  kwa_json_cursor_read_member (cursor, object, "licence", KWA_FIELD_REQUIRED, kwa_json_parse_string, &media->licence);
  if (!kwa_json_cursor_read_member (cursor, object, "file", KWA_FIELD_REQUIRED, kwa_json_parse_string, &media->path))
    return;

  format = format_for_name (media->path);
  if (format == NULL)
    {
      mark = kwa_json_cursor_enter_key (cursor, "file");
      kwa_json_cursor_report (cursor, NULL, "name the file by what it is: .png, .jpg, .svg (images), .webm (video), .ogg or .opus (sound)");
      kwa_json_cursor_leave (cursor, mark);
      return;
    }
  media->kind = format->kind;
  media->mime_type = format->mime_type;

  mark = kwa_json_cursor_enter_key (cursor, "file");
  media->file = kwa_exhibit_loader_resolve_file (l, media->path, "media");
  kwa_json_cursor_leave (cursor, mark);
  if (media->file != NULL)
    check_file (l, media, format);
}

/* @out_media: a KwaMedia */
static gboolean
parse_media (KwaJsonCursor *cursor,
             JsonNode      *node,
             gpointer       out_media)
{
  static const char * const keys[] = { "file", "map", "caption", "credit", "licence", "alt", NULL };
  KwaExhibitLoader *l = kwa_exhibit_loader_from_cursor (cursor);
  KwaMedia *media = out_media;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node,
                                                      "a media file, {\"file\": …, \"caption\": …, \"credit\": …, \"licence\": …, \"alt\": …}");

  if (object == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "caption", KWA_FIELD_REQUIRED, kwa_json_parse_text, &media->caption);

  if (json_object_has_member (object, "map"))
    {
      if (json_object_has_member (object, "file"))
        {
          kwa_json_cursor_report (cursor, NULL, "give either \"file\" or \"map\", not both");
          return FALSE;
        }
      /* The exhibit's own drawing: its credit and licence are the
       * exhibit's, unless the curator says otherwise. */
      media->kind = KWA_MEDIA_MAP;
      media->mime_type = "image/png";
      kwa_json_cursor_read_member (cursor, object, "credit", KWA_FIELD_OPTIONAL, kwa_json_parse_text, &media->credit);
      kwa_json_cursor_read_member (cursor, object, "licence", KWA_FIELD_OPTIONAL, kwa_json_parse_string,
                                   &media->licence);
      kwa_json_cursor_read_member (cursor, object, "map", KWA_FIELD_REQUIRED, parse_map, media);
    }
  else
    read_file (l, object, media);

  /* What is seen needs words for those who cannot see it. */
  kwa_json_cursor_read_member (cursor, object, "alt",
                               media->kind == KWA_MEDIA_AUDIO ? KWA_FIELD_OPTIONAL : KWA_FIELD_REQUIRED,
                               kwa_json_parse_text, &media->alt);
  return TRUE;
}

static gboolean
parse_media_list (KwaJsonCursor *cursor,
                  JsonNode      *node,
                  gpointer       out_list)
{
  KwaMedia **media = ((gpointer *) out_list)[0];
  guint *n_media = ((gpointer *) out_list)[1];
  JsonArray *array = kwa_json_cursor_expect_array (cursor, node, "a list of media files, [{\"file\": …}, …]");
  guint length;

  if (array == NULL)
    return FALSE;
  length = json_array_get_length (array);
  if (length > KWA_EXHIBIT_MAX_ITEMS)
    {
      kwa_json_cursor_report (cursor, NULL, "%u media files; at most %d are allowed", length, KWA_EXHIBIT_MAX_ITEMS);
      return FALSE;
    }

  *media = g_new0 (KwaMedia, length);
  *n_media = length;
  kwa_json_cursor_read_elements (cursor, array, length, parse_media, *media, sizeof (KwaMedia));
  return TRUE;
}

/**
 * kwa_exhibit_loader_read_media:
 * @object: a record that may carry media
 * @out_media: (out): its media, or %NULL
 * @out_n_media: (out): how many
 *
 * Reads the record's optional "media" list, checking each file.
 */
void
kwa_exhibit_loader_read_media (KwaExhibitLoader  *l,
                               JsonObject        *object,
                               KwaMedia         **out_media,
                               guint             *out_n_media)
{
  gpointer list[2] = { out_media, out_n_media };

  *out_media = NULL;
  *out_n_media = 0;
  kwa_json_cursor_read_member (&l->cursor, object, "media", KWA_FIELD_OPTIONAL, parse_media_list, list);
}

/* ---- voices ------------------------------------------------------------ */

/* A narration may last ten minutes; a cue beyond that is a typing slip. */
#define VOICE_MAX_SECONDS 600.0

/* @out_voice: a KwaVoice; cues in seconds, rising */
static gboolean
parse_cues (KwaJsonCursor *cursor,
            JsonNode      *node,
            gpointer       out_voice)
{
  KwaVoice *voice = out_voice;
  JsonArray *array = kwa_json_cursor_expect_array (cursor, node,
                                                   "when each sentence begins, in seconds: [0, 4.5, 9.2, …]");
  guint length;

  if (array == NULL)
    return FALSE;
  length = json_array_get_length (array);
  if (length == 0 || length > KWA_EXHIBIT_MAX_ITEMS)
    {
      kwa_json_cursor_report (cursor, NULL, "%u cues; give one per sentence of the narration", length);
      return FALSE;
    }

  voice->cues = g_new0 (double, length);
  voice->n_cues = length;
  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gsize mark = kwa_json_cursor_enter_index (cursor, i);
      double seconds = 0;

      if (!kwa_json_get_number (element, &seconds) || seconds < 0 || seconds > VOICE_MAX_SECONDS)
        kwa_json_cursor_report_expected (cursor, "seconds from the start of the sound, 0–600", element);
      else if (i > 0 && seconds <= voice->cues[i - 1])
        kwa_json_cursor_report (cursor, NULL, "cue %g s comes after the one before it (%g s), not before", seconds,
                                voice->cues[i - 1]);
      voice->cues[i] = seconds;
      kwa_json_cursor_leave (cursor, mark);
    }
  return TRUE;
}

/* @out_voice: a KwaVoice whose language is set */
static gboolean
parse_voice (KwaJsonCursor *cursor,
             JsonNode      *node,
             gpointer       out_voice)
{
  static const char * const keys[] = { "file", "credit", "licence", "cues", NULL };
  KwaExhibitLoader *l = kwa_exhibit_loader_from_cursor (cursor);
  KwaVoice *voice = out_voice;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node,
                                                      "a voice, {\"file\": …, \"credit\": …, \"licence\": …}");

  if (object == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, object, keys);
  read_file (l, object, &voice->media);
  if (voice->media.path != NULL && voice->media.kind != KWA_MEDIA_AUDIO && format_for_name (voice->media.path) != NULL)
    kwa_json_cursor_report (cursor, "file", "a voice is a sound: .ogg or .opus");
  kwa_json_cursor_read_member (cursor, object, "cues", KWA_FIELD_OPTIONAL, parse_cues, voice);
  return TRUE;
}

typedef struct
{
  const KwaText  *narration;
  KwaVoice      **voices;
  guint          *n_voices;
} VoiceList;

/* {"en": {voice}, "ko": {voice}}: the exhibit's languages only, and as
 * many cues as the narration has sentences in that language. */
static gboolean
parse_voices (KwaJsonCursor *cursor,
              JsonNode      *node,
              gpointer       out_list)
{
  VoiceList *list = out_list;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node,
                                                      "a voice per language, {\"en\": {\"file\": …}, …}");
  g_autoptr(GList) members = NULL;
  guint n = 0;

  if (object == NULL)
    return FALSE;

  members = json_object_get_members (object);
  *list->voices = g_new0 (KwaVoice, MAX (1, g_list_length (members)));
  for (GList *m = members; m != NULL; m = m->next)
    {
      const char *tag = m->data;
      KwaVoice *voice = &(*list->voices)[n];
      gboolean known = FALSE;

      for (guint i = 0; i < cursor->n_languages && !known; i++)
        if (g_str_equal (tag, kwa_language_to_string (cursor->languages[i])))
          {
            voice->language = cursor->languages[i];
            known = TRUE;
          }
      if (!known)
        {
          kwa_json_cursor_report (cursor, tag, "\"%s\" is not one of the exhibit's languages (meta.languages)", tag);
          continue;
        }

      kwa_json_cursor_read_member (cursor, object, tag, KWA_FIELD_REQUIRED, parse_voice, voice);
      n++;
      if (voice->n_cues > 0)
        {
          guint sentences = kwa_narration_count (kwa_text_get (list->narration, voice->language));

          if (sentences != voice->n_cues)
            {
              gsize mark = kwa_json_cursor_enter_key (cursor, tag);

              kwa_json_cursor_report (cursor, "cues", "%u cues for the narration's %u sentences in \"%s\"; give one "
                                      "per sentence", voice->n_cues, sentences, tag);
              kwa_json_cursor_leave (cursor, mark);
            }
        }
    }
  *list->n_voices = n;
  return TRUE;
}

/**
 * kwa_exhibit_loader_read_voices:
 * @object: a tour stop
 * @narration: the stop's narration, read already
 * @out_voices: (out): its voices, or %NULL
 * @out_n_voices: (out): how many
 *
 * Reads the stop's optional "voice": a sound per language that reads the
 * narration aloud, each file checked as media are, with optional cues.
 */
void
kwa_exhibit_loader_read_voices (KwaExhibitLoader  *l,
                                JsonObject        *object,
                                const KwaText     *narration,
                                KwaVoice         **out_voices,
                                guint             *out_n_voices)
{
  VoiceList list = { narration, out_voices, out_n_voices };

  *out_voices = NULL;
  *out_n_voices = 0;
  kwa_json_cursor_read_member (&l->cursor, object, "voice", KWA_FIELD_OPTIONAL, parse_voices, &list);
}
