/* test-exhibit-media.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "kwa-event-panel-private.h"
#include "kwa-event-panel.h"
#include "kwa-date.h"
#include "kwa-exhibit.h"
#include "kwa-media-gallery.h"
#include "kwa-media-stream.h"
#include "kwa-test-loader.h"
#include "kwa-test-utils.h"
#include "kwa-timeline.h"

/* Media in the exhibit format: files beside the exhibit, each sniffed from
 * its first bytes, kept within the size limits, with a caption, credit,
 * licence and alt text. Each broken file is refused at the member that
 * names it, with words that say what to mend. The Event panel shows an
 * event's pictures, decoded off the main thread, and a click shows one
 * large. */

typedef struct
{
  char *dir;
} Fixture;

static void
write_file (Fixture    *fixture,
            const char *name,
            const char *data,
            gsize       length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *folder = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
}

/* A real PNG of @width × @height, as cairo writes it. */
static void
write_png (Fixture    *fixture,
           const char *name,
           int         width,
           int         height)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* The first bytes of a PNG that says it is @width × @height: enough for
 * the loader, which reads no further. */
static void
write_png_header (Fixture    *fixture,
                  const char *name,
                  guint32     width,
                  guint32     height)
{
  guchar data[33] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

  for (guint i = 0; i < 4; i++)
    {
      data[16 + i] = (width >> (24 - 8 * i)) & 0xff;
      data[20 + i] = (height >> (24 - 8 * i)) & 0xff;
    }
  data[24] = 8, data[25] = 2;
  write_file (fixture, name, (const char *) data, sizeof data);
}

static void
copy_data_file (Fixture    *fixture,
                const char *name,
                const char *to)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "media", name, NULL);
  g_autofree char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  write_file (fixture, to, data, length);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *basemap = kwa_test_read_data_file ("minimal-basemap.svg");
  static const char svg[] = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n";

  fixture->dir = g_dir_make_tmp ("kwa-media-XXXXXX", NULL);
  write_file (fixture, "minimal-basemap.svg", basemap, strlen (basemap));
  write_file (fixture, "media/diagram.svg", svg, strlen (svg));
  write_png (fixture, "media/map.png", 40, 30);
  write_file (fixture, "media/diagram.svg", svg, strlen (svg));
  /* A real second of film (64 × 48, VP8) and of sound (Opus), as
   * GStreamer made them (tests/data/media). */
  copy_data_file (fixture, "clip.webm", "media/clip.webm");
  copy_data_file (fixture, "voice.ogg", "media/voice.ogg");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *media = g_build_filename (fixture->dir, "media", NULL);

  kwa_test_remove_dir (media);
  kwa_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* The minimal exhibit with @media as its first event's list, loaded from
 * the fixture's folder. */
static KwaExhibit *
load_with_media (Fixture     *fixture,
                 const char  *media,
                 GPtrArray  **out_problems)
{
  g_autofree char *replacement = g_strdup_printf ("{\"id\": \"liberation\", \"media\": %s, ", media);
  g_autofree char *text = kwa_test_minimal_with ("{\"id\": \"liberation\", ", replacement);
  g_autofree char *path = g_build_filename (fixture->dir, "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KwaExhibit *exhibit;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  exhibit = kwa_exhibit_new_from_file (file, out_problems, &error);
  if (exhibit == NULL)
    g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_INVALID);
  return exhibit;
}

#define ITEM(file, more) \
  "{\"file\": \"" file "\", \"caption\": {\"en\": \"A caption\", \"ko\": \"설명\"}, " \
  "\"credit\": {\"en\": \"The exhibit\", \"ko\": \"전시\"}" more "}"
#define LICENCE ", \"licence\": \"CC-BY-4.0\""
#define ALT ", \"alt\": {\"en\": \"What it shows\", \"ko\": \"보이는 것\"}"

static void
test_every_kind_loads (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(KwaExhibit) exhibit = load_with_media (fixture,
                                                   "[" ITEM ("media/map.png", LICENCE ALT) ", "
                                                   ITEM ("media/diagram.svg", LICENCE ALT) ", "
                                                   ITEM ("media/clip.webm", LICENCE ALT) ", "
                                                   ITEM ("media/voice.ogg", LICENCE) "]",
                                                   &problems);
  const KwaEvent *event;

  kwa_test_print_problems (problems);
  g_assert_nonnull (exhibit);
  event = kwa_exhibit_find_event (exhibit, "liberation");
  g_assert_cmpuint (event->n_media, ==, 4);
  g_assert_cmpint (event->media[0].kind, ==, KWA_MEDIA_IMAGE);
  g_assert_cmpstr (event->media[0].mime_type, ==, "image/png");
  g_assert_cmpint (event->media[0].width, ==, 40);
  g_assert_cmpint (event->media[0].height, ==, 30);
  g_assert_true (g_file_query_exists (event->media[0].file, NULL));
  g_assert_cmpstr (event->media[0].licence, ==, "CC-BY-4.0");
  g_assert_cmpstr (event->media[1].mime_type, ==, "image/svg+xml");
  g_assert_cmpint (event->media[2].kind, ==, KWA_MEDIA_VIDEO);
  g_assert_cmpint (event->media[3].kind, ==, KWA_MEDIA_AUDIO);
  g_assert_cmpstr (kwa_text_get (&event->media[3].caption, kwa_exhibit_get_first_language (exhibit)), ==, "A caption");
}

#define MAP(date, more) \
  "{\"map\": {\"date\": \"" date "\", \"view\": {\"bbox\": [126.5, 37.0, 128.0, 38.5]}}, " \
  "\"caption\": {\"en\": \"The front\", \"ko\": \"전선\"}" more "}"

/* A map of the exhibit's own: a day and an area, no file; credit and
 * licence are the exhibit's unless given. */
static void
test_map_loads (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(KwaExhibit) exhibit = load_with_media (fixture, "[" MAP ("1950-08-04", ALT) "]", &problems);
  const KwaEvent *event;
  const KwaMedia *map;
  g_autofree char *date = NULL;

  kwa_test_print_problems (problems);
  g_assert_nonnull (exhibit);
  event = kwa_exhibit_find_event (exhibit, "liberation");
  g_assert_cmpuint (event->n_media, ==, 1);
  map = &event->media[0];
  g_assert_cmpint (map->kind, ==, KWA_MEDIA_MAP);
  g_assert_null (map->file);
  g_assert_null (map->licence);
  date = kwa_date_to_iso (map->map_date);
  g_assert_cmpstr (date, ==, "1950-08-04");
  g_assert_cmpint (map->map_view.kind, ==, KWA_TOUR_VIEW_BBOX);
  g_assert_cmpfloat (map->map_view.bbox.west, ==, 126.5);
  g_assert_cmpfloat (map->map_view.bbox.north, ==, 38.5);
}

typedef struct
{
  const char *name;
  const char *media;       /* the list */
  const char *location;    /* where the problem is reported */
  const char *phrase;      /* in its message */
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "missing-file", "[" ITEM ("media/gone.png", LICENCE ALT) "]",
    "events[0].media[0].file", "the media file \"media/gone.png\" was not found" },
  { "outside-the-folder", "[" ITEM ("../media/map.png", LICENCE ALT) "]",
    "events[0].media[0].file", "must not leave the exhibit's folder" },
  { "absolute-path", "[" ITEM ("/etc/passwd.png", LICENCE ALT) "]",
    "events[0].media[0].file", "not an absolute path" },
  { "oversized-image", "[" ITEM ("media/huge.png", LICENCE ALT) "]",
    "events[0].media[0].file", "is 9000 × 120 pixels; an image may be at most 8000 a side" },
  { "too-many-bytes", "[" ITEM ("media/long.webm", LICENCE ALT) "]",
    "events[0].media[0].file", "a media file may be at most 20 MB" },
  { "not-what-it-says", "[" ITEM ("media/diagram.png", LICENCE ALT) "]",
    "events[0].media[0].file", "is not image/png but image/svg+xml" },
  { "unknown-kind", "[" ITEM ("media/map.gif", LICENCE ALT) "]",
    "events[0].media[0].file", "name the file by what it is" },
  { "missing-licence", "[" ITEM ("media/map.png", ALT) "]",
    "events[0].media[0]", "licence" },
  { "empty-licence", "[" ITEM ("media/map.png", ", \"licence\": \"  \"" ALT) "]",
    "events[0].media[0].licence", "empty" },
  { "image-without-alt", "[" ITEM ("media/map.png", LICENCE) "]",
    "events[0].media[0]", "alt" },
  { "map-without-alt", "[" MAP ("1950-08-04", "") "]",
    "events[0].media[0]", "alt" },
  { "map-outside-time", "[" MAP ("1960-01-01", ALT) "]",
    "events[0].media[0].map.date", "outside the exhibit's time_range" },
  { "map-and-file", "[" MAP ("1950-08-04", ALT ", \"file\": \"media/map.png\"") "]",
    "events[0].media[0]", "give either \"file\" or \"map\", not both" },
  { "map-without-view", "[{\"map\": {\"date\": \"1950-08-04\"}, \"caption\": {\"en\": \"A\", \"ko\": \"가\"}" ALT "}]",
    "events[0].media[0].map", "view" },
};

static void
test_broken (Fixture       *fixture,
             gconstpointer  data)
{
  const BrokenCase *c = data;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;
  g_autofree char *long_path = g_build_filename (fixture->dir, "media", "long.webm", NULL);
  int fd;

  write_png_header (fixture, "media/huge.png", 9000, 120);
  /* 21 MB that take no room on disk. */
  fd = g_open (long_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "\x1a\x45\xdf\xa3", 4), ==, 4);
  g_assert_cmpint (ftruncate (fd, 21 * 1024 * 1024), ==, 0);
  close (fd);
  write_file (fixture, "media/diagram.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
              strlen ("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));

  exhibit = load_with_media (fixture, c->media, &problems);
  g_assert_null (exhibit);
  kwa_test_assert_problem (problems, "minimal.json", c->location, c->phrase);
}

/* How many different colours a few rows of @texture hold. */
static guint
count_colours (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture), height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) width * height * 4);
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);

  gdk_texture_download (texture, data, (gsize) width * 4);
  for (int y = 0; y < height; y += 17)
    for (int x = 0; x < width; x++)
      g_hash_table_add (colours, GUINT_TO_POINTER (*(guint32 *) (data + ((gsize) y * width + x) * 4)));
  return g_hash_table_size (colours);
}

/* The Event panel for @exhibit, in a 420 × 900 window of its own. */
typedef struct
{
  KwaMapDocument  *document;
  KwaTimeline     *timeline;
  GtkWidget       *panel;
  GtkWindow       *window;
  KwaMediaGallery *gallery;
} PanelWindow;

static PanelWindow
panel_window_open (KwaExhibit *exhibit)
{
  g_autoptr(GError) error = NULL;
  PanelWindow shown;

  shown.document = kwa_map_document_new (exhibit, &error);
  g_assert_no_error (error);
  shown.timeline = kwa_timeline_new (exhibit);
  shown.panel = g_object_new (KWA_TYPE_EVENT_PANEL, "document", shown.document, "timeline", shown.timeline,
                              "language", kwa_exhibit_get_first_language (exhibit), NULL);
  shown.window = GTK_WINDOW (gtk_window_new ());
  shown.gallery = KWA_MEDIA_GALLERY (kwa_event_panel_get_media_gallery (KWA_EVENT_PANEL (shown.panel)));
  gtk_window_set_default_size (shown.window, 420, 900);
  gtk_window_set_child (shown.window, shown.panel);
  gtk_window_present (shown.window);
  return shown;
}

static void
panel_window_close (PanelWindow *shown)
{
  gtk_window_destroy (shown->window);
  g_clear_object (&shown->timeline);
  g_clear_object (&shown->document);
}

/* The Event panel shows the chosen event's pictures, with their words. */
static void
test_event_panel_shows_pictures (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(KwaExhibit) exhibit = load_with_media (fixture,
                                                   "[" ITEM ("media/map.png", LICENCE ALT) ", "
                                                   ITEM ("media/diagram.svg", LICENCE ALT) ", "
                                                   ITEM ("media/voice.ogg", LICENCE) "]",
                                                   &problems);
  g_autoptr(GError) error = NULL;
  PanelWindow shown = panel_window_open (exhibit);
  GtkWidget *panel = shown.panel;
  KwaTimeline *timeline = shown.timeline;
  GtkWindow *window = shown.window;
  KwaMediaGallery *gallery = shown.gallery;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GdkPaintable *paintable;
  GtkWindow *large;

  kwa_timeline_select_event (timeline, kwa_exhibit_find_event (exhibit, "liberation"));
  kwa_test_wait_frames (panel, 2);

  /* Two pictures and the sound's player. */
  g_assert_cmpuint (kwa_media_gallery_get_n_shown (gallery), ==, 3);
  g_assert_null (kwa_media_gallery_get_picture (gallery, 2));
  g_assert_nonnull (kwa_media_gallery_get_stream (gallery, 2));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (gallery)));
  while (kwa_media_gallery_get_n_pending (gallery) > 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (kwa_media_gallery_get_n_pending (gallery), ==, 0);
  paintable = gtk_picture_get_paintable (kwa_media_gallery_get_picture (gallery, 0));
  g_assert_nonnull (paintable);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 40);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (paintable), ==, 30);
  g_assert_cmpstr (gtk_picture_get_alternative_text (kwa_media_gallery_get_picture (gallery, 0)), ==, "What it shows");
  g_assert_nonnull (gtk_picture_get_paintable (kwa_media_gallery_get_picture (gallery, 1)));

  /* Shown large, over the window. */
  large = kwa_media_gallery_enlarge (gallery, 0);
  g_assert_true (gtk_window_get_transient_for (large) == window);
  kwa_test_wait_frames (GTK_WIDGET (large), 2);
  gtk_window_destroy (large);

  /* In the kiosk a click opens no window over the exhibit. */
  kwa_event_panel_set_kiosk (KWA_EVENT_PANEL (panel), TRUE);
  g_assert_false (kwa_media_gallery_get_can_enlarge (gallery));
  {
    GListModel *toplevels = gtk_window_get_toplevels ();   /* GTK's own */
    guint before = g_list_model_get_n_items (toplevels);
    GtkPicture *picture = kwa_media_gallery_get_picture (gallery, 0);
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (picture));
    g_autoptr(GtkEventController) click = g_list_model_get_item (controllers, 0);

    g_assert_true (GTK_IS_GESTURE_CLICK (click));
    g_signal_emit_by_name (click, "released", 1, 10.0, 10.0);
    g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before);
    g_assert_null (gtk_widget_get_tooltip_text (GTK_WIDGET (picture)));
  }
  kwa_event_panel_set_kiosk (KWA_EVENT_PANEL (panel), FALSE);

  /* A map of the exhibit's own is drawn, off the main thread, in the
   * panel's language: 400 × 267 view pixels at twice that. */
  {
    g_autoptr(GPtrArray) map_problems = NULL;
    g_autoptr(KwaExhibit) map_exhibit = load_with_media (fixture, "[" MAP ("1950-08-04", ALT) "]", &map_problems);
    g_autoptr(KwaMapDocument) map_document = kwa_map_document_new (map_exhibit, &error);
    const KwaEvent *event = kwa_exhibit_find_event (map_exhibit, "liberation");
    GdkTexture *texture;
    GtkPicture *picture;

    g_assert_no_error (error);
    /* The panel gave the gallery its document. */
    kwa_media_gallery_set_document (gallery, NULL);
    kwa_media_gallery_set_media (gallery, event->media, event->n_media, kwa_exhibit_get_first_language (map_exhibit));
    g_assert_cmpuint (kwa_media_gallery_get_n_shown (gallery), ==, 0);   /* no document, no map */
    kwa_media_gallery_set_document (gallery, map_document);
    kwa_media_gallery_set_media (gallery, event->media, event->n_media, kwa_exhibit_get_first_language (map_exhibit));
    g_assert_cmpuint (kwa_media_gallery_get_n_shown (gallery), ==, 1);
    deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
    while (kwa_media_gallery_get_n_pending (gallery) > 0 && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    texture = GDK_TEXTURE (gtk_picture_get_paintable (kwa_media_gallery_get_picture (gallery, 0)));
    g_assert_nonnull (texture);
    g_assert_cmpint (gdk_texture_get_width (texture), ==, 800);
    g_assert_cmpint (gdk_texture_get_height (texture), ==, 534);
    g_assert_cmpuint (count_colours (texture), >, 8);   /* land, sea and lines, not a blank */
    /* Asked again (the kiosk asks at every stop): the same picture, no
     * decode started. */
    picture = kwa_media_gallery_get_picture (gallery, 0);
    kwa_media_gallery_set_media (gallery, event->media, event->n_media, kwa_exhibit_get_first_language (map_exhibit));
    g_assert_true (kwa_media_gallery_get_picture (gallery, 0) == picture);
    g_assert_cmpuint (kwa_media_gallery_get_n_pending (gallery), ==, 0);
    kwa_media_gallery_set_document (gallery, NULL);
  }

  /* An event without pictures shows none. */
  kwa_timeline_select_event (timeline, kwa_exhibit_find_event (exhibit, "invasion"));
  kwa_test_wait_frames (panel, 2);
  g_assert_cmpuint (kwa_media_gallery_get_n_shown (gallery), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gallery)));

  panel_window_close (&shown);
}

/* Runs the main loop until @stream is prepared, ended or failed, or
 * @seconds have passed. */
static void
wait_for_stream (GtkMediaStream *stream,
                 gboolean        until_ended,
                 double          seconds)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (gtk_media_stream_get_error (stream) == NULL && g_get_monotonic_time () < deadline &&
         (until_ended ? !gtk_media_stream_get_ended (stream) : !gtk_media_stream_is_prepared (stream)))
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (gtk_media_stream_get_error (stream));
}

/* A film and a sound in the Event panel: each prepared off the main
 * thread (the film's first frame shown, both a second long), the sound
 * played to its end; another event silences what was playing. */
static void
test_event_panel_plays_film_and_sound (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(KwaExhibit) exhibit = load_with_media (fixture,
                                                   "[" ITEM ("media/map.png", LICENCE ALT) ", "
                                                   ITEM ("media/clip.webm", LICENCE ALT) ", "
                                                   ITEM ("media/voice.ogg", LICENCE) "]",
                                                   &problems);
  PanelWindow shown = panel_window_open (exhibit);
  GtkWidget *panel = shown.panel;
  KwaTimeline *timeline = shown.timeline;
  KwaMediaGallery *gallery = shown.gallery;
  g_autoptr(GtkMediaStream) film = NULL;
  g_autoptr(GtkMediaStream) sound = NULL;

  g_assert_true (kwa_media_stream_can_play ());
  kwa_timeline_select_event (timeline, kwa_exhibit_find_event (exhibit, "liberation"));
  kwa_test_wait_frames (panel, 2);

  g_assert_cmpuint (kwa_media_gallery_get_n_shown (gallery), ==, 3);
  film = g_object_ref (kwa_media_gallery_get_stream (gallery, 1));
  sound = g_object_ref (kwa_media_gallery_get_stream (gallery, 2));
  g_assert_true (KWA_IS_MEDIA_STREAM (film));
  g_assert_null (kwa_media_gallery_get_stream (gallery, 0));

  /* The film: its first frame ready before it plays. */
  wait_for_stream (film, FALSE, 20);
  g_assert_true (kwa_media_stream_get_started (KWA_MEDIA_STREAM (film)));
  g_assert_true (gtk_media_stream_is_prepared (film));
  g_assert_true (gtk_media_stream_has_video (film));
  g_assert_false (gtk_media_stream_get_playing (film));
  g_assert_cmpint (gtk_media_stream_get_duration (film), >=, 900000);
  g_assert_cmpint (gtk_media_stream_get_duration (film), <=, 1100000);
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (film)) == 0 && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (film)), ==, 64);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (GDK_PAINTABLE (film)), ==, 48);

  /* The sound: played to its end, which the stream says. */
  wait_for_stream (sound, FALSE, 20);
  g_assert_true (gtk_media_stream_has_audio (sound));
  g_assert_false (gtk_media_stream_has_video (sound));
  gtk_media_stream_play (sound);
  g_assert_true (gtk_media_stream_get_playing (sound));
  wait_for_stream (sound, TRUE, 20);
  g_assert_true (gtk_media_stream_get_ended (sound));
  g_assert_cmpint (gtk_media_stream_get_timestamp (sound), >=, 900000);

  /* Playing again, then another event: silent at once. */
  gtk_media_stream_play (film);
  g_assert_true (gtk_media_stream_get_playing (film));
  kwa_timeline_select_event (timeline, kwa_exhibit_find_event (exhibit, "invasion"));
  kwa_test_wait_frames (panel, 2);
  g_assert_cmpuint (kwa_media_gallery_get_n_shown (gallery), ==, 0);
  g_assert_false (gtk_media_stream_get_playing (film));

  panel_window_close (&shown);
}

/* A file GStreamer cannot play, though its first bytes passed: an error
 * on the stream, never a crash or a hang. */
static void
test_stream_reports_bad_file (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "media", "cut.webm", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GtkMediaStream) stream = NULL;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  g_autofree char *clip = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "media", "clip.webm", NULL),
                                      &clip, &length, NULL));
  write_file (fixture, "media/cut.webm", clip, 40);   /* the header, and no more */
  stream = kwa_media_stream_new (file);
  /* Not read until the main loop has run a while (or it is played): an
   * event scrubbed past never starts GStreamer. */
  g_assert_false (kwa_media_stream_get_started (KWA_MEDIA_STREAM (stream)));
  while (gtk_media_stream_get_error (stream) == NULL && !gtk_media_stream_is_prepared (stream) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (gtk_media_stream_get_error (stream));
  g_assert_true (kwa_media_stream_get_started (KWA_MEDIA_STREAM (stream)));
  gtk_media_stream_play (stream);
  g_assert_false (gtk_media_stream_get_playing (stream));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add ("/media/event-panel-shows-pictures", Fixture, NULL, fixture_set_up, test_event_panel_shows_pictures,
              fixture_tear_down);

  g_test_add ("/media/event-panel-plays-film-and-sound", Fixture, NULL, fixture_set_up,
              test_event_panel_plays_film_and_sound, fixture_tear_down);
  g_test_add ("/media/stream-reports-bad-file", Fixture, NULL, fixture_set_up, test_stream_reports_bad_file,
              fixture_tear_down);
  g_test_add ("/media/every-kind-loads", Fixture, NULL, fixture_set_up, test_every_kind_loads, fixture_tear_down);
  g_test_add ("/media/map-loads", Fixture, NULL, fixture_set_up, test_map_loads, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/media/refused/%s", broken_cases[i].name);

      g_test_add (path, Fixture, &broken_cases[i], fixture_set_up, test_broken, fixture_tear_down);
    }

  return g_test_run ();
}
