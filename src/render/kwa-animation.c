/* kwa-animation.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-animation"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#if HAVE_GSTREAMER
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>
#endif

#include "kwa-animation.h"
#include "kwa-basemap-cache.h"
#include "kwa-png-writer.h"

/* The war as a film: a range of days drawn frame by frame through the one
 * renderer, as PNG files for any video tool or straight into WebM (VP8)
 * through GStreamer, which is optional at build time. Frames fall between
 * days, so the fronts glide instead of jumping from one day to the next. */

/* A smaller film is drawn as if it were this large, then scaled down:
 * the date, the legend and the labels keep their share of the picture
 * instead of covering a thumbnail. */
#define MIN_VIEW_WIDTH  960.0
#define MIN_VIEW_HEIGHT 540.0

/* A typo in --days-per-second must not fill the disk. */
#define MAX_FRAMES 500000

G_DEFINE_QUARK (kwa-animation-error-quark, kwa_animation_error)

/**
 * kwa_animation_spec_init_default:
 *
 * Sets the default rate (30 frames, 15 days a second) and size
 * (1920×1080); the days are left unset (%KWA_DATE_NONE) for the caller.
 */
void
kwa_animation_spec_init_default (KwaAnimationSpec *spec)
{
  g_return_if_fail (spec != NULL);

  /* The days are the caller's to choose: an exhibit need not be a war. */
  spec->start = KWA_DATE_NONE;
  spec->end = KWA_DATE_NONE;
  spec->fps = KWA_ANIMATION_DEFAULT_FPS;
  spec->days_per_second = KWA_ANIMATION_DEFAULT_DAYS_PER_SECOND;
  spec->width = KWA_ANIMATION_DEFAULT_WIDTH;
  spec->height = KWA_ANIMATION_DEFAULT_HEIGHT;
}

static double
n_frames_exact (const KwaAnimationSpec *spec)
{
  return floor ((double) (spec->end - spec->start) * spec->fps / spec->days_per_second + 0.5) + 1;
}

gboolean
kwa_animation_spec_validate (const KwaAnimationSpec  *spec,
                             GError                 **error)
{
  g_return_val_if_fail (spec != NULL, FALSE);

  if (spec->start == KWA_DATE_NONE || spec->end == KWA_DATE_NONE || spec->end < spec->start)
    {
      g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_INVALID,
                   "The animation must end on or after the day it starts");
      return FALSE;
    }
  if (!(spec->fps > 0 && spec->fps <= KWA_ANIMATION_MAX_FPS))
    {
      g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_INVALID,
                   "%g frames per second: use more than 0 and at most %g", spec->fps, KWA_ANIMATION_MAX_FPS);
      return FALSE;
    }
  if (!(spec->days_per_second > 0 && isfinite (spec->days_per_second)))
    {
      g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_INVALID,
                   "%g days per second: use a number more than 0", spec->days_per_second);
      return FALSE;
    }
  if (spec->width < 16 || spec->height < 16 || spec->width > 16384 || spec->height > 16384)
    {
      g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_INVALID,
                   "%d×%d pixels: each side must be from 16 to 16384", spec->width, spec->height);
      return FALSE;
    }
  if (n_frames_exact (spec) > MAX_FRAMES)
    {
      g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_INVALID,
                   "%.0f frames are too many (at most %d): show more days per second or fewer frames",
                   n_frames_exact (spec), MAX_FRAMES);
      return FALSE;
    }

  return TRUE;
}

/**
 * kwa_animation_spec_get_n_frames:
 *
 * Returns: how many frames @spec has: one for the first day, then one per
 *   (days per second ÷ fps) days, rounded so that the last frame shows
 *   the last day exactly
 */
guint
kwa_animation_spec_get_n_frames (const KwaAnimationSpec *spec)
{
  g_return_val_if_fail (spec != NULL, 0);
  g_return_val_if_fail (spec->fps > 0 && spec->days_per_second > 0, 0);

  if (spec->end <= spec->start)
    return 1;

  return (guint) MIN (n_frames_exact (spec), MAX_FRAMES);
}

/**
 * kwa_animation_spec_get_time:
 * @frame: 0 for the first frame
 *
 * Returns: the time @frame shows, in days since 1970-01-01
 */
double
kwa_animation_spec_get_time (const KwaAnimationSpec *spec,
                             guint                   frame)
{
  guint n_frames = kwa_animation_spec_get_n_frames (spec);

  if (n_frames <= 1)
    return spec->start;

  frame = MIN (frame, n_frames - 1);
  return spec->start + (double) (spec->end - spec->start) * frame / (n_frames - 1);
}

/* ---- output names ----------------------------------------------------- */

/* Splits "frames/map-%05d.png" at its one number conversion ("%d" or
 * "%0Nd"). Returns FALSE when @path has no '%' at all; sets @error when it
 * has one that is not a single number conversion. */
static gboolean
split_pattern (const char  *path,
               char       **out_prefix,
               int         *out_width,
               char       **out_suffix,
               GError     **error)
{
  const char *percent = strchr (path, '%');
  const char *p;
  int width = 0;

  if (percent == NULL)
    return FALSE;

  p = percent + 1;
  if (*p == '0')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        goto bad;
      width = *p++ - '0';
    }
  if (*p != 'd' || strchr (p, '%') != NULL)
    goto bad;

  if (out_prefix != NULL)
    *out_prefix = g_strndup (path, percent - path);
  if (out_width != NULL)
    *out_width = width;
  if (out_suffix != NULL)
    *out_suffix = g_strdup (p + 1);
  return TRUE;

bad:
  g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_OUTPUT,
               "%s: the frame number must be one %%d or %%05d, for example frames/war-%%05d.png", path);
  return FALSE;
}

/**
 * kwa_animation_output_for_path:
 * @path: a .webm file; or a PNG sequence: a folder ending in "/", a name
 *   with "%05d" where the frame number goes, or a name ending in .png
 *   (FILE.png becomes FILE-00001.png, FILE-00002.png …)
 */
gboolean
kwa_animation_output_for_path (const char          *path,
                               KwaAnimationOutput  *output,
                               GError             **error)
{
  g_autoptr(GError) pattern_error = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".webm") && strchr (path, '%') == NULL)
    {
      *output = KWA_ANIMATION_OUTPUT_WEBM;
      return TRUE;
    }
  if (split_pattern (path, NULL, NULL, NULL, &pattern_error) ||
      (pattern_error == NULL && (g_str_has_suffix (path, "/") || g_str_has_suffix (path, G_DIR_SEPARATOR_S) ||
                                 g_str_has_suffix (lower, ".png"))))
    {
      *output = KWA_ANIMATION_OUTPUT_PNG_SEQUENCE;
      return TRUE;
    }

  if (pattern_error != NULL)
    g_propagate_error (error, g_steal_pointer (&pattern_error));
  else
    g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_OUTPUT,
                 "%s: write a .webm video, or PNG frames into a folder (frames/) "
                 "or by a pattern (frames/war-%%05d.png)", path);
  return FALSE;
}

/**
 * kwa_animation_frame_path:
 * @path: a PNG sequence's name, as kwa_animation_output_for_path() takes it
 * @frame: 1 for the first frame
 *
 * Returns: (transfer full): the file frame number @frame is written to
 */
char *
kwa_animation_frame_path (const char *path,
                          guint       frame)
{
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  int width;

  g_return_val_if_fail (path != NULL, NULL);

  if (split_pattern (path, &prefix, &width, &suffix, NULL))
    return g_strdup_printf ("%s%0*u%s", prefix, width, frame, suffix);

  if (g_str_has_suffix (path, "/") || g_str_has_suffix (path, G_DIR_SEPARATOR_S))
    return g_strdup_printf ("%sframe-%05u.png", path, frame);

  /* FILE.png: FILE-00001.png */
  if (strlen (path) >= 4 && g_ascii_strcasecmp (path + strlen (path) - 4, ".png") == 0)
    return g_strdup_printf ("%.*s-%05u%s", (int) (strlen (path) - 4), path, frame, path + strlen (path) - 4);

  return g_strdup_printf ("%s-%05u.png", path, frame);
}

/* ---- frames ----------------------------------------------------------- */

typedef struct
{
  /* Borrowed */
  KwaMapDocument   *document;

  /* Owned */
  KwaBasemapCache  *cache;
  KwaMapRenderer   *renderer;

  KwaViewport       viewport;      /* in view pixels, options.device_scale frame pixels each */
  KwaRenderOptions  options;
  int               width;         /* of a frame, in pixels */
  int               height;
} Frames;

static void
frames_init (Frames                 *self,
             KwaMapDocument         *document,
             const KwaAnimationSpec *spec,
             const KwaRenderOptions *options)
{
  double pixels_per_view_pixel = MIN (1.0, MIN (spec->width / MIN_VIEW_WIDTH, spec->height / MIN_VIEW_HEIGHT));
  KwaViewport device;
  KwaMapExtent extent;

  self->document = document;
  self->cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  self->renderer = kwa_map_renderer_new (self->cache);
  self->options = *options;
  self->options.vector = FALSE;
  self->options.device_scale = pixels_per_view_pixel;
  self->width = spec->width;
  self->height = spec->height;

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&self->viewport, &extent,
                         spec->width / pixels_per_view_pixel, spec->height / pixels_per_view_pixel);

  /* One view for the whole film: the basemap is rasterised once, at the
   * resolution of the frames. */
  device = self->viewport;
  device.scale *= pixels_per_view_pixel;
  device.width = spec->width;
  device.height = spec->height;
  kwa_basemap_cache_prepare_sync (self->cache, &device, self->options.theme);
}

static void
frames_clear (Frames *self)
{
  g_clear_object (&self->renderer);
  g_clear_object (&self->cache);
}

static cairo_surface_t *
frames_render (Frames  *self,
               double   time,
               GError **error)
{
  g_autoptr(KwaScene) scene = kwa_scene_new (kwa_map_document_get_atlas (self->document), time);
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, self->width, self->height);
  cr = cairo_create (surface);
  cairo_scale (cr, self->options.device_scale, self->options.device_scale);
  ok = kwa_map_renderer_draw (self->renderer, cr, &self->viewport, scene, &self->options, error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (!ok)
    g_clear_pointer (&surface, cairo_surface_destroy);

  return surface;
}

static gboolean
write_png_sequence (Frames                  *frames,
                    const KwaAnimationSpec  *spec,
                    const char              *path,
                    KwaAnimationProgressFunc progress,
                    gpointer                 user_data,
                    GCancellable            *cancellable,
                    GError                 **error)
{
  guint n_frames = kwa_animation_spec_get_n_frames (spec);
  g_autofree char *first = kwa_animation_frame_path (path, 1);
  g_autofree char *folder = g_path_get_dirname (first);

  if (g_mkdir_with_parents (folder, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_WRITE,
                   "%s: could not make the folder (%s)", folder, g_strerror (saved_errno));
      return FALSE;
    }

  for (guint i = 0; i < n_frames; i++)
    {
      g_autofree char *frame_path = kwa_animation_frame_path (path, i + 1);
      g_autoptr(GError) write_error = NULL;
      cairo_surface_t *surface;
      gboolean written;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (!(surface = frames_render (frames, kwa_animation_spec_get_time (spec, i), error)))
        return FALSE;
      written = kwa_png_write_rgb24 (surface, frame_path, &write_error);
      cairo_surface_destroy (surface);

      if (!written)
        {
          g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_WRITE,
                       "%s: could not write the frame (%s)", frame_path, write_error->message);
          return FALSE;
        }

      if (progress != NULL && i + 1 < n_frames)
        progress (i + 1, n_frames, user_data);
    }

  return TRUE;
}

/* ---- WebM through GStreamer ------------------------------------------ */

#if HAVE_GSTREAMER

/* The elements the WebM pipeline is made of, and the Debian package that
 * brings each. */
static const struct
{
  const char *element;
  const char *package;
} webm_elements[] = {
  { "appsrc",       "gstreamer1.0-plugins-base" },
  { "videoconvert", "gstreamer1.0-plugins-base" },
  { "vp8enc",       "gstreamer1.0-plugins-good" },
  { "webmmux",      "gstreamer1.0-plugins-good" },
  { "filesink",     "libgstreamer1.0-0" },
};

/**
 * kwa_animation_can_write_webm:
 *
 * Returns: whether this build and this system can write WebM; if not,
 *   @error says which package to install
 */
gboolean
kwa_animation_can_write_webm (GError **error)
{
  g_autoptr(GError) init_error = NULL;

  if (!gst_init_check (NULL, NULL, &init_error))
    {
      g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_UNSUPPORTED,
                   "GStreamer could not start (%s); write a PNG sequence instead, for example --output=frames/",
                   init_error->message);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (webm_elements); i++)
    {
      g_autoptr(GstElementFactory) factory = gst_element_factory_find (webm_elements[i].element);

      if (factory == NULL)
        {
          g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_UNSUPPORTED,
                       "GStreamer's “%s” element is missing: install %s to write WebM, "
                       "or write a PNG sequence instead, for example --output=frames/",
                       webm_elements[i].element, webm_elements[i].package);
          return FALSE;
        }
    }

  return TRUE;
}

static void
set_error_from_message (GError     **error,
                        GstMessage  *message,
                        const char  *path)
{
  g_autoptr(GError) gst_error = NULL;
  g_autofree char *debug = NULL;

  gst_message_parse_error (message, &gst_error, &debug);
  g_debug ("GStreamer: %s", debug != NULL ? debug : "(no details)");
  g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_WRITE,
               "%s: could not encode the video (%s)", path, gst_error->message);
}

/* An error the pipeline has posted since last asked, if any. */
static gboolean
check_bus (GstBus      *bus,
           const char  *path,
           GError     **error)
{
  g_autoptr(GstMessage) message = gst_bus_pop_filtered (bus, GST_MESSAGE_ERROR);

  if (message == NULL)
    return TRUE;

  set_error_from_message (error, message, path);
  return FALSE;
}

static gboolean
encode_webm (Frames                  *frames,
             const KwaAnimationSpec  *spec,
             const char              *path,
             GstElement              *pipeline,
             GstBus                  *bus,
             KwaAnimationProgressFunc progress,
             gpointer                 user_data,
             GCancellable            *cancellable,
             GError                 **error)
{
  g_autoptr(GstElement) source = gst_bin_get_by_name (GST_BIN (pipeline), "source");
  g_autoptr(GstElement) encoder = gst_bin_get_by_name (GST_BIN (pipeline), "encoder");
  g_autoptr(GstElement) sink = gst_bin_get_by_name (GST_BIN (pipeline), "sink");
  g_autoptr(GstCaps) caps = NULL;
  g_autoptr(GstMessage) message = NULL;
  guint n_frames = kwa_animation_spec_get_n_frames (spec);
  gsize frame_size = (gsize) cairo_format_stride_for_width (CAIRO_FORMAT_RGB24, spec->width) * spec->height;
  double bitrate;
  int fps_n, fps_d;

  gst_util_double_to_fraction (spec->fps, &fps_n, &fps_d);
  /* Cairo's RGB24 is a native-endian 32-bit xRGB word. */
  caps = gst_caps_new_simple ("video/x-raw",
                              "format", G_TYPE_STRING, G_BYTE_ORDER == G_LITTLE_ENDIAN ? "BGRx" : "xRGB",
                              "width", G_TYPE_INT, spec->width,
                              "height", G_TYPE_INT, spec->height,
                              "framerate", GST_TYPE_FRACTION, fps_n, fps_d,
                              "pixel-aspect-ratio", GST_TYPE_FRACTION, 1, 1,
                              NULL);
  /* A few frames in flight at most: the renderer waits for the encoder
   * rather than filling memory with a whole war. */
  g_object_set (source,
                "caps", caps,
                "format", GST_FORMAT_TIME,
                "block", TRUE,
                "max-bytes", (guint64) frame_size * 4,
                NULL);
  /* About 0.1 bit a pixel: sharp borders and labels at 1080p, in ~6 Mbit/s. */
  bitrate = CLAMP ((double) spec->width * spec->height * spec->fps * 0.1, 200000, 40000000);
  g_object_set (encoder, "target-bitrate", (int) bitrate, NULL);
  g_object_set (sink, "location", path, NULL);

  if (gst_element_set_state (pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      if (check_bus (bus, path, error))
        g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_WRITE,
                     "%s: could not start writing the video", path);
      return FALSE;
    }

  for (guint i = 0; i < n_frames; i++)
    {
      cairo_surface_t *surface;
      GstBuffer *buffer;
      GstClockTime pts, next;
      GstFlowReturn flow;

      if (g_cancellable_set_error_if_cancelled (cancellable, error) || !check_bus (bus, path, error))
        return FALSE;

      if (!(surface = frames_render (frames, kwa_animation_spec_get_time (spec, i), error)))
        return FALSE;

      /* The buffer keeps the surface until the encoder is done with it. */
      buffer = gst_buffer_new_wrapped_full (GST_MEMORY_FLAG_READONLY,
                                            cairo_image_surface_get_data (surface), frame_size,
                                            0, frame_size,
                                            surface, (GDestroyNotify) cairo_surface_destroy);
      pts = gst_util_uint64_scale (i, (guint64) fps_d * GST_SECOND, fps_n);
      next = gst_util_uint64_scale (i + 1, (guint64) fps_d * GST_SECOND, fps_n);
      GST_BUFFER_PTS (buffer) = pts;
      GST_BUFFER_DURATION (buffer) = next - pts;

      flow = gst_app_src_push_buffer (GST_APP_SRC (source), buffer);
      if (flow != GST_FLOW_OK)
        {
          if (check_bus (bus, path, error))
            g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_WRITE,
                         "%s: the encoder refused frame %u (%s)", path, i + 1, gst_flow_get_name (flow));
          return FALSE;
        }

      if (progress != NULL && i + 1 < n_frames)
        progress (i + 1, n_frames, user_data);
    }

  gst_app_src_end_of_stream (GST_APP_SRC (source));
  message = gst_bus_timed_pop_filtered (bus, GST_CLOCK_TIME_NONE, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
    {
      set_error_from_message (error, message, path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_webm (Frames                  *frames,
            const KwaAnimationSpec  *spec,
            const char              *path,
            KwaAnimationProgressFunc progress,
            gpointer                 user_data,
            GCancellable            *cancellable,
            GError                 **error)
{
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstBus) bus = NULL;
  gboolean ok;

  if (!kwa_animation_can_write_webm (error))
    return FALSE;

  /* deadline=1 is VP8's real-time mode: a good picture, many times faster
   * than its default "best" (which never finishes a war at 1080p). */
  pipeline = gst_parse_launch ("appsrc name=source ! videoconvert ! vp8enc name=encoder deadline=1 "
                               "! webmmux ! filesink name=sink", &parse_error);
  if (pipeline == NULL || parse_error != NULL)
    {
      g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_UNSUPPORTED,
                   "Could not make the WebM pipeline (%s); write a PNG sequence instead, for example --output=frames/",
                   parse_error != NULL ? parse_error->message : "unknown error");
      return FALSE;
    }
  gst_object_ref_sink (pipeline);
  bus = gst_element_get_bus (pipeline);

  ok = encode_webm (frames, spec, path, pipeline, bus, progress, user_data, cancellable, error);
  gst_element_set_state (pipeline, GST_STATE_NULL);

  /* Half a video is no video. */
  if (!ok)
    g_unlink (path);

  return ok;
}

#else /* !HAVE_GSTREAMER */

gboolean
kwa_animation_can_write_webm (GError **error)
{
  g_set_error (error, KWA_ANIMATION_ERROR, KWA_ANIMATION_ERROR_UNSUPPORTED,
               "This build cannot write WebM (it was built without GStreamer): "
               "write a PNG sequence instead, for example --output=frames/, "
               "and make a video of it with any video tool");
  return FALSE;
}

static gboolean
write_webm (Frames                  *frames,
            const KwaAnimationSpec  *spec,
            const char              *path,
            KwaAnimationProgressFunc progress,
            gpointer                 user_data,
            GCancellable            *cancellable,
            GError                 **error)
{
  return kwa_animation_can_write_webm (error);
}

#endif /* HAVE_GSTREAMER */

/**
 * kwa_animation_write:
 * @spec: the days, the rate and the size
 * @options: how the map is drawn (language, theme, layers, text size)
 * @path: a .webm file or a PNG sequence (see kwa_animation_output_for_path())
 * @progress: (nullable) (scope call): told after each frame
 * @cancellable: (nullable): stops between frames
 *
 * Draws the map on every frame's day through the one renderer and writes
 * the frames as PNG files or as a WebM video.
 */
gboolean
kwa_animation_write (KwaMapDocument          *document,
                     const KwaAnimationSpec  *spec,
                     const KwaRenderOptions  *options,
                     const char              *path,
                     KwaAnimationProgressFunc progress,
                     gpointer                 user_data,
                     GCancellable            *cancellable,
                     GError                 **error)
{
  Frames frames = { 0 };
  KwaAnimationOutput output;
  guint n_frames;
  gboolean ok;

  g_return_val_if_fail (KWA_IS_MAP_DOCUMENT (document), FALSE);
  g_return_val_if_fail (spec != NULL && options != NULL && path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kwa_animation_spec_validate (spec, error) || !kwa_animation_output_for_path (path, &output, error))
    return FALSE;
  if (output == KWA_ANIMATION_OUTPUT_WEBM && !kwa_animation_can_write_webm (error))
    return FALSE;

  n_frames = kwa_animation_spec_get_n_frames (spec);
  frames_init (&frames, document, spec, options);

  if (output == KWA_ANIMATION_OUTPUT_WEBM)
    ok = write_webm (&frames, spec, path, progress, user_data, cancellable, error);
  else
    ok = write_png_sequence (&frames, spec, path, progress, user_data, cancellable, error);

  frames_clear (&frames);

  if (ok && progress != NULL)
    progress (n_frames, n_frames, user_data);

  return ok;
}
