/* kwa-handout-picture.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-handout"

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <librsvg/rsvg.h>

#include "kwa-handout-private.h"
#include "kwa-i18n.h"
#include "kwa-jpeg-mime.h"
#include "kwa-media-map.h"

/* The stop's picture at the head of the text column: a map of the
 * exhibit's own as vectors, a photograph at print resolution, a diagram
 * (SVG) as vectors; under it its caption, then its credit and licence,
 * which a printed copy must carry as much as a screen. */

/* A map in the column is drawn smaller than the page's own: more of the
 * area in the same room, its names still legible at arm's length. */
#define PICTURE_MAP_POINTS_PER_PIXEL 0.62
#define PICTURE_MAP_DPI 180
/* Photographs are printed at this resolution. */
#define PICTURE_DPI 240

/* The first picture among what the stop shows. */
static const KwaMedia *
find_picture (const KwaTourStop *stop)
{
  guint n_media;
  const KwaMedia *media = kwa_tour_stop_get_media (stop, &n_media);

  for (guint i = 0; i < n_media; i++)
    if (media[i].kind == KWA_MEDIA_MAP || (media[i].kind == KWA_MEDIA_IMAGE && media[i].file != NULL))
      return &media[i];

  return NULL;
}

/* Drawn whole into a picture at print resolution, kept as a JPEG: as
 * vectors, every coast and river of the basemap would go into the PDF
 * again for each picture, however small. */
static gboolean
draw_map (KwaHandout     *self,
          const KwaMedia *media,
          double          width,
          double          height,
          GError        **error)
{
  KwaRenderOptions options;
  cairo_surface_t *image;

  kwa_media_map_init_options (&options, self->language, KWA_MAP_THEME_LIGHT);
  options.device_scale = PICTURE_MAP_DPI / 72.0 * PICTURE_MAP_POINTS_PER_PIXEL;
  image = kwa_media_map_draw (self->document, media, &options, width / PICTURE_MAP_POINTS_PER_PIXEL,
                              height / PICTURE_MAP_POINTS_PER_PIXEL, error);
  if (image == NULL)
    return FALSE;

  kwa_jpeg_mime_attach (image, 80);
  cairo_scale (self->cr, width / cairo_image_surface_get_width (image), height / cairo_image_surface_get_height (image));
  cairo_set_source_surface (self->cr, image, 0, 0);
  cairo_paint (self->cr);
  cairo_surface_destroy (image);
  return TRUE;
}

/* Pixels into a cairo image, premultiplied as cairo wants them. */
static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf), height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf), in_stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guchar *in = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  guchar *out = cairo_image_surface_get_data (surface);
  int out_stride = cairo_image_surface_get_stride (surface);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = in + y * in_stride + x * channels;
        guint alpha = channels == 4 ? p[3] : 255;
        guint32 pixel = (alpha << 24) | ((p[0] * alpha / 255) << 16) | ((p[1] * alpha / 255) << 8) | (p[2] * alpha / 255);

        *(guint32 *) (out + y * out_stride + x * 4) = pixel;
      }
  cairo_surface_mark_dirty (surface);
  return surface;
}

static gboolean
draw_image (KwaHandout     *self,
            const KwaMedia *media,
            double          width,
            double          height,
            GError        **error)
{
  cairo_t *cr = self->cr;

  if (g_str_equal (media->mime_type, "image/svg+xml"))
    {
      g_autoptr(GObject) handle = G_OBJECT (rsvg_handle_new_from_gfile_sync (media->file, RSVG_HANDLE_FLAGS_NONE,
                                                                             NULL, error));

      return handle != NULL &&
             rsvg_handle_render_document (RSVG_HANDLE (handle), cr, &(RsvgRectangle) { 0, 0, width, height }, error);
    }
  else
    {
      g_autoptr(GInputStream) stream = G_INPUT_STREAM (g_file_read (media->file, NULL, error));
      g_autoptr(GdkPixbuf) pixbuf = NULL;
      cairo_surface_t *surface;

      if (stream == NULL)
        return FALSE;
      pixbuf = gdk_pixbuf_new_from_stream_at_scale (stream, (int) (width * PICTURE_DPI / 72),
                                                    (int) (height * PICTURE_DPI / 72), TRUE, NULL, error);
      if (pixbuf == NULL)
        return FALSE;

      surface = surface_from_pixbuf (pixbuf);
      cairo_scale (cr, width / gdk_pixbuf_get_width (pixbuf), height / gdk_pixbuf_get_height (pixbuf));
      cairo_set_source_surface (cr, surface, 0, 0);
      cairo_paint (cr);
      cairo_surface_destroy (surface);
      return TRUE;
    }
}

/* The picture's box: its own shape (a map is 3:2), within @max_width
 * and @max_height. */
static void
fit_box (const KwaMedia *media,
         double          max_width,
         double          max_height,
         double         *width,
         double         *height)
{
  double aspect = KWA_MEDIA_MAP_ASPECT;

  if (media->kind == KWA_MEDIA_IMAGE && media->width > 0 && media->height > 0)
    aspect = (double) media->width / media->height;

  *width = max_width;
  *height = max_width / aspect;
  if (*height > max_height)
    {
      *height = max_height;
      *width = max_height * aspect;
    }
}

/* "Caption. Credit · licence", the credit set smaller and grey. */
static PangoLayout *
make_caption (KwaHandout     *self,
              const KwaMedia *media,
              double          width)
{
  const char *caption = kwa_text_get (&media->caption, self->language);
  g_autofree char *credit = kwa_media_dup_credit (media, self->language);
  g_autoptr(GString) text = g_string_new (caption != NULL ? caption : "");
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoLayout *layout;
  gsize start;

  g_string_append_c (text, '\n');
  start = text->len;
  g_string_append (text, credit);

  layout = kwa_handout_make_layout (self, text->str, SIZE_SOURCES + 0.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, width);
  kwa_handout_add_attribute (attrs, pango_attr_size_new_absolute ((int) (SIZE_SOURCES * PANGO_SCALE)), start, text->len);
  kwa_handout_add_attribute (attrs, pango_attr_foreground_new (0x6666, 0x6666, 0x6666), start, text->len);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  kwa_handout_truncate_to_height (layout, (SIZE_SOURCES + 0.5) * 1.35 * 5, 2);

  return layout;
}

/**
 * kwa_handout_picture_init:
 * @beside: the caption right of the picture (under the map), or under it
 *   (at the head of the text column)
 *
 * Lays out the stop's picture, if it has one, in a space of @width ×
 * @max_height (the picture's box and its caption).
 *
 * Returns: whether the stop has a picture
 */
gboolean
kwa_handout_picture_init (KwaHandout        *self,
                          const KwaTourStop *stop,
                          KwaHandoutPicture *picture,
                          double             width,
                          double             max_height,
                          gboolean           beside)
{
  *picture = (KwaHandoutPicture) { find_picture (stop) };
  if (picture->media == NULL)
    return FALSE;

  picture->beside = beside;
  if (beside)
    {
      fit_box (picture->media, width * 0.45, max_height, &picture->box_width, &picture->box_height);
      picture->caption = make_caption (self, picture->media, width - picture->box_width - 10);
      picture->height = MAX (picture->box_height, kwa_handout_layout_height (picture->caption));
    }
  else
    {
      fit_box (picture->media, width, max_height, &picture->box_width, &picture->box_height);
      picture->caption = make_caption (self, picture->media, width);
      picture->height = picture->box_height + 4 + kwa_handout_layout_height (picture->caption);
    }

  return TRUE;
}

void
kwa_handout_picture_clear (KwaHandoutPicture *picture)
{
  g_clear_object (&picture->caption);
}

/* Draws the picture and its caption with their top left at (@x, @y). */
void
kwa_handout_picture_draw (KwaHandout        *self,
                          KwaHandoutPicture *picture,
                          double             x,
                          double             y)
{
  const KwaMedia *media = picture->media;
  g_autoptr(GError) error = NULL;
  gboolean drawn;

  cairo_save (self->cr);
  cairo_rectangle (self->cr, x, y, picture->box_width, picture->box_height);
  cairo_clip (self->cr);
  cairo_translate (self->cr, x, y);
  drawn = media->kind == KWA_MEDIA_MAP ? draw_map (self, media, picture->box_width, picture->box_height, &error)
                                       : draw_image (self, media, picture->box_width, picture->box_height, &error);
  cairo_restore (self->cr);
  if (!drawn)
    {
      /* The page still prints, with the words of what is missing. */
      g_message ("A handout's picture could not be drawn: %s", error != NULL ? error->message : "");
      kwa_handout_set_gray (self->cr, 0.92);
      cairo_rectangle (self->cr, x, y, picture->box_width, picture->box_height);
      cairo_fill (self->cr);
    }

  kwa_handout_set_gray (self->cr, 0.55);
  cairo_set_line_width (self->cr, 0.5);
  cairo_rectangle (self->cr, x, y, picture->box_width, picture->box_height);
  cairo_stroke (self->cr);

  kwa_handout_set_gray (self->cr, 0.15);
  if (picture->beside)
    kwa_handout_show_layout (self->cr, picture->caption, x + picture->box_width + 10, y);
  else
    kwa_handout_show_layout (self->cr, picture->caption, x, y + picture->box_height + 4);
}
