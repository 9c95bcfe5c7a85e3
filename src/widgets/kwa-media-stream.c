/* kwa-media-stream.c: a film or a sound from the exhibit's folder
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-media"

/* dl_iterate_phdr(), for the sanitizer build (init_gstreamer()) */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include "config.h"

#include <glib/gi18n.h>

#include "kwa-media-stream.h"

#if HAVE_GSTREAMER
#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

#include <string.h>

/* A GtkMediaStream played by GStreamer, so that GtkVideo and
 * GtkMediaControls show it. GTK's own GtkMediaFile would need GTK's
 * GStreamer module, which a kiosk PC need not have and which the
 * sanitizer run cannot load without reporting its leaks; the app links
 * GStreamer anyway (for --animate's WebM), so it plays media itself.
 *
 * playbin decodes on its own threads. Its video sink is an appsink that
 * hands each frame over as a GdkMemoryTexture, newest first (a frame the
 * main loop has not shown yet is replaced, never queued); its bus reports
 * to the main thread. Nothing here waits on a decode. */

/* A stream starts reading its file this long after it is made, or at
 * once when played: a scrub that passes an event with a film never starts
 * GStreamer for it. */
#define START_DELAY_MS 250

/* How often the position is read while playing: narration captions
 * change at sentence boundaries, so a tenth of a second is plenty. */
#define POSITION_INTERVAL_MS 100

struct _KwaMediaStream
{
  GtkMediaStream  parent_instance;

  GFile          *file;
  GdkTexture     *texture;            /* the frame shown; main thread */
  guint           start_source_id;    /* until GStreamer starts reading */
  gboolean        started;            /* it has, or it could not */

#if HAVE_GSTREAMER
  GstElement     *playbin;
  guint           bus_watch_id;
  guint           position_source_id;
  gboolean        seeking;

  GMutex          frame_lock;
  GdkTexture     *next_texture;       /* under frame_lock: the newest decoded frame */
  guint           frame_source_id;    /* under frame_lock */
#endif
};

static void kwa_media_stream_paintable_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KwaMediaStream, kwa_media_stream, GTK_TYPE_MEDIA_STREAM,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE, kwa_media_stream_paintable_init))

/* ---- the picture ---------------------------------------------------- */

static void
kwa_media_stream_paintable_snapshot (GdkPaintable *paintable,
                                     GdkSnapshot  *snapshot,
                                     double        width,
                                     double        height)
{
  KwaMediaStream *self = KWA_MEDIA_STREAM (paintable);

  if (self->texture != NULL)
    gdk_paintable_snapshot (GDK_PAINTABLE (self->texture), snapshot, width, height);
}

static GdkPaintable *
kwa_media_stream_paintable_get_current_image (GdkPaintable *paintable)
{
  KwaMediaStream *self = KWA_MEDIA_STREAM (paintable);

  if (self->texture != NULL)
    return GDK_PAINTABLE (g_object_ref (self->texture));
  return gdk_paintable_new_empty (0, 0);
}

static int
kwa_media_stream_paintable_get_intrinsic_width (GdkPaintable *paintable)
{
  KwaMediaStream *self = KWA_MEDIA_STREAM (paintable);

  return self->texture != NULL ? gdk_texture_get_width (self->texture) : 0;
}

static int
kwa_media_stream_paintable_get_intrinsic_height (GdkPaintable *paintable)
{
  KwaMediaStream *self = KWA_MEDIA_STREAM (paintable);

  return self->texture != NULL ? gdk_texture_get_height (self->texture) : 0;
}

static double
kwa_media_stream_paintable_get_intrinsic_aspect_ratio (GdkPaintable *paintable)
{
  KwaMediaStream *self = KWA_MEDIA_STREAM (paintable);

  if (self->texture == NULL)
    return 0.0;
  return (double) gdk_texture_get_width (self->texture) / gdk_texture_get_height (self->texture);
}

static void
kwa_media_stream_paintable_init (GdkPaintableInterface *iface)
{
  iface->snapshot = kwa_media_stream_paintable_snapshot;
  iface->get_current_image = kwa_media_stream_paintable_get_current_image;
  iface->get_intrinsic_width = kwa_media_stream_paintable_get_intrinsic_width;
  iface->get_intrinsic_height = kwa_media_stream_paintable_get_intrinsic_height;
  iface->get_intrinsic_aspect_ratio = kwa_media_stream_paintable_get_intrinsic_aspect_ratio;
}

/* Shows @texture (owned), saying whether only the picture or also its
 * size changed. */
static void
show_texture (KwaMediaStream *self,
              GdkTexture     *texture)
{
  gboolean resized = self->texture == NULL ||
                     gdk_texture_get_width (texture) != gdk_texture_get_width (self->texture) ||
                     gdk_texture_get_height (texture) != gdk_texture_get_height (self->texture);

  g_clear_object (&self->texture);
  self->texture = texture;
  if (resized)
    gdk_paintable_invalidate_size (GDK_PAINTABLE (self));
  gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));
}

#if HAVE_GSTREAMER

/* ---- frames, from GStreamer's streaming thread ------------------------ */

/* A decoded frame's memory, kept mapped for as long as its texture lives
 * rather than copied. */
typedef struct
{
  GstBuffer  *buffer;
  GstMapInfo  map;
} MappedFrame;

static void
mapped_frame_free (gpointer data)
{
  MappedFrame *frame = data;

  gst_buffer_unmap (frame->buffer, &frame->map);
  gst_buffer_unref (frame->buffer);
  g_free (frame);
}

/* An RGBA frame (the appsink's caps) as a texture; NULL if it is not
 * one. */
static GdkTexture *
texture_from_sample (GstSample *sample)
{
  GstStructure *structure = gst_caps_get_structure (gst_sample_get_caps (sample), 0);
  GstBuffer *buffer = gst_sample_get_buffer (sample);
  g_autoptr(GBytes) bytes = NULL;
  MappedFrame *frame;
  int width = 0, height = 0;

  if (buffer == NULL || !gst_structure_get_int (structure, "width", &width) ||
      !gst_structure_get_int (structure, "height", &height) || width <= 0 || height <= 0)
    return NULL;

  frame = g_new0 (MappedFrame, 1);
  frame->buffer = gst_buffer_ref (buffer);
  if (!gst_buffer_map (buffer, &frame->map, GST_MAP_READ))
    {
      gst_buffer_unref (frame->buffer);
      g_free (frame);
      return NULL;
    }
  if (frame->map.size < (gsize) width * height * 4)
    {
      mapped_frame_free (frame);
      return NULL;
    }

  bytes = g_bytes_new_with_free_func (frame->map.data, (gsize) width * height * 4, mapped_frame_free, frame);
  return gdk_memory_texture_new (width, height, GDK_MEMORY_R8G8B8A8, bytes, (gsize) width * 4);
}

static gboolean
show_next_frame_cb (gpointer user_data)
{
  KwaMediaStream *self = user_data;
  GdkTexture *texture;

  g_mutex_lock (&self->frame_lock);
  texture = g_steal_pointer (&self->next_texture);
  self->frame_source_id = 0;
  g_mutex_unlock (&self->frame_lock);

  if (texture != NULL)
    show_texture (self, texture);
  return G_SOURCE_REMOVE;
}

/* Hands @sample over to the main thread. dispose() stops the pipeline
 * (joining these threads) before self goes, and removes the source. */
static void
hand_over (KwaMediaStream *self,
           GstSample      *sample)
{
  GdkTexture *texture;

  if (sample == NULL)
    return;
  texture = texture_from_sample (sample);
  gst_sample_unref (sample);
  if (texture == NULL)
    return;

  g_mutex_lock (&self->frame_lock);
  g_clear_object (&self->next_texture);
  self->next_texture = texture;
  if (self->frame_source_id == 0)
    self->frame_source_id = g_idle_add_full (G_PRIORITY_DEFAULT, show_next_frame_cb, self, NULL);
  g_mutex_unlock (&self->frame_lock);
}

static GstFlowReturn
new_preroll_cb (GstAppSink *sink,
                gpointer    user_data)
{
  hand_over (user_data, gst_app_sink_pull_preroll (sink));
  return GST_FLOW_OK;
}

static GstFlowReturn
new_sample_cb (GstAppSink *sink,
               gpointer    user_data)
{
  hand_over (user_data, gst_app_sink_pull_sample (sink));
  return GST_FLOW_OK;
}

/* ---- where playback is ------------------------------------------------ */

static void
update_position (KwaMediaStream *self)
{
  gint64 position = 0;

  /* Playing starts before the first buffer is there to say how long. */
  if (!gtk_media_stream_is_prepared (GTK_MEDIA_STREAM (self)))
    return;
  if (gst_element_query_position (self->playbin, GST_FORMAT_TIME, &position) && position >= 0)
    gtk_media_stream_update (GTK_MEDIA_STREAM (self), GST_TIME_AS_USECONDS (position));
}

static gboolean
position_cb (gpointer user_data)
{
  update_position (user_data);
  return G_SOURCE_CONTINUE;
}

static void
follow_position (KwaMediaStream *self,
                 gboolean        follow)
{
  if (!follow)
    {
      g_clear_handle_id (&self->position_source_id, g_source_remove);
      return;
    }
  if (self->position_source_id == 0)
    {
      self->position_source_id = g_timeout_add (POSITION_INTERVAL_MS, position_cb, self);
      g_source_set_name_by_id (self->position_source_id, "[kwa] media position");
    }
}

/* Once the first frame or sound is ready: what the file holds, and how
 * long it lasts. */
static void
announce_prepared (KwaMediaStream *self)
{
  g_autoptr(GstQuery) query = gst_query_new_seeking (GST_FORMAT_TIME);
  gboolean seekable = FALSE;
  gint64 duration = 0;
  int n_audio = 0, n_video = 0;

  if (!gst_element_query_duration (self->playbin, GST_FORMAT_TIME, &duration) || duration < 0)
    duration = 0;
  if (gst_element_query (self->playbin, query))
    gst_query_parse_seeking (query, NULL, &seekable, NULL, NULL);
  g_object_get (self->playbin, "n-audio", &n_audio, "n-video", &n_video, NULL);

  gtk_media_stream_stream_prepared (GTK_MEDIA_STREAM (self), n_audio > 0, n_video > 0, seekable,
                                    GST_TIME_AS_USECONDS (duration));
}

static void
reached_end (KwaMediaStream *self)
{
  GtkMediaStream *stream = GTK_MEDIA_STREAM (self);

  if (gtk_media_stream_get_loop (stream))
    {
      gst_element_seek_simple (self->playbin, GST_FORMAT_TIME, GST_SEEK_FLAG_FLUSH, 0);
      return;
    }

  follow_position (self, FALSE);
  if (gtk_media_stream_is_prepared (stream) && gtk_media_stream_get_duration (stream) > 0)
    gtk_media_stream_update (stream, gtk_media_stream_get_duration (stream));
  gst_element_set_state (self->playbin, GST_STATE_PAUSED);
  gtk_media_stream_stream_ended (stream);
}

static gboolean
bus_cb (GstBus     *bus,
        GstMessage *message,
        gpointer    user_data)
{
  KwaMediaStream *self = user_data;
  GtkMediaStream *stream = GTK_MEDIA_STREAM (self);

  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_ASYNC_DONE:
      if (!gtk_media_stream_is_prepared (stream))
        announce_prepared (self);
      if (self->seeking)
        {
          self->seeking = FALSE;
          update_position (self);
          gtk_media_stream_seek_success (stream);
        }
      break;

    case GST_MESSAGE_EOS:
      reached_end (self);
      break;

    case GST_MESSAGE_ERROR:
      {
        GError *error = NULL;
        g_autofree char *details = NULL;

        gst_message_parse_error (message, &error, &details);
        g_message ("Cannot play %s: %s (%s)", g_file_peek_path (self->file), error->message,
                   details ? details : "no details");
        follow_position (self, FALSE);
        gst_element_set_state (self->playbin, GST_STATE_NULL);
        gtk_media_stream_gerror (stream, error);
      }
      break;

    default:
      break;
    }

  return G_SOURCE_CONTINUE;
}

/* GLib never frees its quark table's old block when the table grows by
 * another 2,048 names (lock-free readers may still hold it), and
 * LeakSanitizer reports the block. A GTK app stays within the first
 * block; GStreamer names about 1,350 quarks when it starts and a few
 * hundred more as a film or a sound prerolls, on its own threads. So a
 * sanitizer build marks the table's first block (allocated in GLib's
 * constructor) as not a leak, starts GStreamer with the checker looking
 * away, and fills the table up to a fresh block, leaving 2,047 names'
 * room for the streaming threads. The release build just starts
 * GStreamer. */
#if defined(__SANITIZE_ADDRESS__)

#include <link.h>

/* From the sanitizer runtime; gcc 12 ships no header for them. */
int    __sanitizer_get_ownership      (const volatile void *p);
size_t __sanitizer_get_allocated_size (const volatile void *p);

/* Whether @block is the quark table: a heap block that holds quarks 1–8's
 * names where the table would. */
static gboolean
is_quark_table (const void *block)
{
  const char * const *names = block;

  if (block == NULL || !__sanitizer_get_ownership (block) || __sanitizer_get_allocated_size (block) < 9 * sizeof (char *))
    return FALSE;
  for (GQuark quark = 1; quark <= 8; quark++)
    if (names[quark] != g_quark_to_string (quark))
      return FALSE;
  return TRUE;
}

/* GLib's static pointer to the table is in its writable segment. */
static int
ignore_quark_table_cb (struct dl_phdr_info *info,
                       size_t               size,
                       void                *user_data)
{
  if (strstr (info->dlpi_name, "libglib-2.0.so") == NULL)
    return 0;
  for (int i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
      const void * const *word;
      const void * const *end;

      if (segment->p_type != PT_LOAD || !(segment->p_flags & PF_W))
        continue;
      word = (const void * const *) (info->dlpi_addr + segment->p_vaddr);
      end = word + segment->p_memsz / sizeof (void *);
      for (; word < end; word++)
        if (is_quark_table (*word))
          {
            __lsan_ignore_object (*word);
            return 1;
          }
    }
  return 1;
}

static gboolean
init_gstreamer (GError **error)
{
  static gsize settled = 0;
  gboolean ok;

  if (!g_once_init_enter (&settled))
    return gst_init_check (NULL, NULL, error);

  dl_iterate_phdr (ignore_quark_table_cb, NULL);
  __lsan_disable ();
  ok = gst_init_check (NULL, NULL, error);
  for (guint i = 0;; i++)
    {
      char name[48];

      g_snprintf (name, sizeof name, "kwa-sanitizer-quark-%u", i);
      if (g_quark_from_string (name) % 2048 == 0)
        break;
    }
  __lsan_enable ();
  g_once_init_leave (&settled, 1);
  return ok;
}

#else

static gboolean
init_gstreamer (GError **error)
{
  return gst_init_check (NULL, NULL, error);
}

#endif

/* playbin with an appsink for the pictures, paused on its first frame. */
static gboolean
start_pipeline (KwaMediaStream  *self,
                GError         **error)
{
  /* Not const: GStreamer 1.22 takes the table by a plain pointer. */
  static GstAppSinkCallbacks callbacks = {
    .new_preroll = new_preroll_cb,
    .new_sample = new_sample_cb,
  };
  g_autoptr(GstCaps) caps = NULL;
  g_autofree char *uri = NULL;
  GstElement *video_sink;
  g_autoptr(GstBus) bus = NULL;

  if (!init_gstreamer (error))
    return FALSE;

  self->playbin = gst_element_factory_make ("playbin", NULL);
  video_sink = gst_element_factory_make ("appsink", NULL);
  if (self->playbin == NULL || video_sink == NULL)
    {
      if (video_sink != NULL)
        gst_object_unref (gst_object_ref_sink (video_sink));
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("GStreamer’s playbin or appsink is missing (Debian: gstreamer1.0-plugins-base)"));
      return FALSE;
    }
  gst_object_ref_sink (self->playbin);

  caps = gst_caps_from_string ("video/x-raw,format=RGBA,pixel-aspect-ratio=1/1");
  gst_app_sink_set_caps (GST_APP_SINK (video_sink), caps);
  gst_app_sink_set_max_buffers (GST_APP_SINK (video_sink), 2);
  gst_app_sink_set_drop (GST_APP_SINK (video_sink), TRUE);
  gst_app_sink_set_callbacks (GST_APP_SINK (video_sink), &callbacks, self, NULL);

  uri = g_file_get_uri (self->file);
  g_object_set (self->playbin, "uri", uri, "video-sink", video_sink,
                "mute", gtk_media_stream_get_muted (GTK_MEDIA_STREAM (self)),
                "volume", CLAMP (gtk_media_stream_get_volume (GTK_MEDIA_STREAM (self)), 0.0, 1.0), NULL);

  bus = gst_element_get_bus (self->playbin);
  self->bus_watch_id = gst_bus_add_watch (bus, bus_cb, self);

  gst_element_set_state (self->playbin, GST_STATE_PAUSED);
  return TRUE;
}

/* ---- GtkMediaStream --------------------------------------------------- */

static void start_now (KwaMediaStream *self);

static gboolean
kwa_media_stream_play (GtkMediaStream *stream)
{
  KwaMediaStream *self = KWA_MEDIA_STREAM (stream);

  start_now (self);
  if (self->playbin == NULL)
    return FALSE;
  /* Played again after its end: from the beginning. */
  if (gtk_media_stream_get_ended (stream))
    gst_element_seek_simple (self->playbin, GST_FORMAT_TIME, GST_SEEK_FLAG_FLUSH, 0);
  if (gst_element_set_state (self->playbin, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    return FALSE;
  follow_position (self, TRUE);
  return TRUE;
}

static void
kwa_media_stream_pause (GtkMediaStream *stream)
{
  KwaMediaStream *self = KWA_MEDIA_STREAM (stream);

  if (self->playbin == NULL)
    return;
  follow_position (self, FALSE);
  gst_element_set_state (self->playbin, GST_STATE_PAUSED);
}

static void
kwa_media_stream_seek (GtkMediaStream *stream,
                       gint64          timestamp)
{
  KwaMediaStream *self = KWA_MEDIA_STREAM (stream);

  if (self->playbin == NULL ||
      !gst_element_seek_simple (self->playbin, GST_FORMAT_TIME, GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE,
                                timestamp * GST_USECOND))
    {
      gtk_media_stream_seek_failed (stream);
      return;
    }
  self->seeking = TRUE;
}

static void
kwa_media_stream_update_audio (GtkMediaStream *stream,
                               gboolean        muted,
                               double          volume)
{
  KwaMediaStream *self = KWA_MEDIA_STREAM (stream);

  if (self->playbin != NULL)
    g_object_set (self->playbin, "mute", muted, "volume", CLAMP (volume, 0.0, 1.0), NULL);
}

static void
stop_pipeline (KwaMediaStream *self)
{
  if (self->playbin == NULL)
    return;

  follow_position (self, FALSE);
  g_clear_handle_id (&self->bus_watch_id, g_source_remove);
  /* Joins the streaming threads: no frame arrives after this. */
  gst_element_set_state (self->playbin, GST_STATE_NULL);
  gst_clear_object (&self->playbin);

  g_mutex_lock (&self->frame_lock);
  g_clear_handle_id (&self->frame_source_id, g_source_remove);
  g_clear_object (&self->next_texture);
  g_mutex_unlock (&self->frame_lock);
}

#else /* !HAVE_GSTREAMER */

static gboolean
start_pipeline (KwaMediaStream  *self,
                GError         **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("This copy of the atlas was built without GStreamer, so it plays no film or sound"));
  return FALSE;
}

static gboolean
kwa_media_stream_play (GtkMediaStream *stream)
{
  return FALSE;
}

static void
kwa_media_stream_pause (GtkMediaStream *stream)
{
}

static void
kwa_media_stream_seek (GtkMediaStream *stream,
                       gint64          timestamp)
{
  gtk_media_stream_seek_failed (stream);
}

static void
kwa_media_stream_update_audio (GtkMediaStream *stream,
                               gboolean        muted,
                               double          volume)
{
}

static void
stop_pipeline (KwaMediaStream *self)
{
}

#endif /* HAVE_GSTREAMER */

static void
kwa_media_stream_dispose (GObject *object)
{
  KwaMediaStream *self = KWA_MEDIA_STREAM (object);

  stop_pipeline (self);
  g_clear_handle_id (&self->start_source_id, g_source_remove);
  g_clear_object (&self->texture);

  G_OBJECT_CLASS (kwa_media_stream_parent_class)->dispose (object);
}

static void
kwa_media_stream_finalize (GObject *object)
{
  KwaMediaStream *self = KWA_MEDIA_STREAM (object);

  g_clear_object (&self->file);
#if HAVE_GSTREAMER
  g_mutex_clear (&self->frame_lock);
#endif

  G_OBJECT_CLASS (kwa_media_stream_parent_class)->finalize (object);
}

static void
kwa_media_stream_class_init (KwaMediaStreamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkMediaStreamClass *stream_class = GTK_MEDIA_STREAM_CLASS (klass);

  object_class->dispose = kwa_media_stream_dispose;
  object_class->finalize = kwa_media_stream_finalize;

  stream_class->play = kwa_media_stream_play;
  stream_class->pause = kwa_media_stream_pause;
  stream_class->seek = kwa_media_stream_seek;
  stream_class->update_audio = kwa_media_stream_update_audio;
}

static void
kwa_media_stream_init (KwaMediaStream *self)
{
#if HAVE_GSTREAMER
  g_mutex_init (&self->frame_lock);
#endif
}

/* Starts reading the file, unless it has started, or failed to. */
static void
start_now (KwaMediaStream *self)
{
  GError *error = NULL;

  g_clear_handle_id (&self->start_source_id, g_source_remove);
  if (self->started)
    return;
  self->started = TRUE;
  if (!start_pipeline (self, &error))
    gtk_media_stream_gerror (GTK_MEDIA_STREAM (self), error);
}

static gboolean
start_cb (gpointer user_data)
{
  KwaMediaStream *self = user_data;

  self->start_source_id = 0;
  start_now (self);
  return G_SOURCE_REMOVE;
}

/**
 * kwa_media_stream_new:
 * @file: a video (WebM) or a sound (Ogg Opus or Vorbis)
 *
 * Reads @file on GStreamer's threads, from a quarter of a second on (or
 * at once, if played before): the stream is then prepared (has its
 * duration and first frame) a moment later, and plays on
 * gtk_media_stream_play(). Where it cannot play at all, it reports the
 * error from the main loop.
 *
 * Returns: (transfer full): the stream
 */
GtkMediaStream *
kwa_media_stream_new (GFile *file)
{
  KwaMediaStream *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (KWA_TYPE_MEDIA_STREAM, NULL);
  self->file = g_object_ref (file);
  self->start_source_id = g_timeout_add (START_DELAY_MS, start_cb, self);
  g_source_set_name_by_id (self->start_source_id, "[kwa] media start");
  return GTK_MEDIA_STREAM (self);
}

/**
 * kwa_media_stream_get_started:
 *
 * Returns: whether GStreamer has been asked to read the file yet
 */
gboolean
kwa_media_stream_get_started (KwaMediaStream *self)
{
  g_return_val_if_fail (KWA_IS_MEDIA_STREAM (self), FALSE);
  return self->started;
}

/**
 * kwa_media_stream_can_play:
 *
 * Returns: whether this build plays films and sounds at all
 */
gboolean
kwa_media_stream_can_play (void)
{
  return HAVE_GSTREAMER;
}
