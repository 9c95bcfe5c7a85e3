/* kwa-jpeg-mime.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>

#include "kwa-jpeg-mime.h"

/* A picture bound for a PDF, kept as a JPEG: cairo's PDF surface embeds
 * the JPEG as it is, a tenth of the same pixels compressed losslessly. */

/* Cairo's RGB24 (B, G, R, unused in memory) as a pixbuf's RGB, for its
 * JPEG writer. */
static GdkPixbuf *
pixbuf_from_image (cairo_surface_t *image)
{
  int width = cairo_image_surface_get_width (image);
  int height = cairo_image_surface_get_height (image);
  int stride = cairo_image_surface_get_stride (image);
  const guchar *data = cairo_image_surface_get_data (image);
  GdkPixbuf *pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  int pixbuf_stride;
  guchar *pixels;

  if (pixbuf == NULL)
    return NULL;

  pixbuf_stride = gdk_pixbuf_get_rowstride (pixbuf);
  pixels = gdk_pixbuf_get_pixels (pixbuf);
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (data + (gsize) y * stride);
      guchar *out = pixels + (gsize) y * pixbuf_stride;

      for (int x = 0; x < width; x++)
        {
          out[3 * x] = (row[x] >> 16) & 0xff;
          out[3 * x + 1] = (row[x] >> 8) & 0xff;
          out[3 * x + 2] = row[x] & 0xff;
        }
    }

  return pixbuf;
}

/**
 * kwa_jpeg_mime_attach:
 * @image: an RGB24 image surface, drawn and flushed
 * @quality: 0 … 100
 *
 * Attaches @image's pixels as a JPEG, which a PDF surface embeds instead
 * of the pixels themselves.
 *
 * Returns: whether it was attached
 */
gboolean
kwa_jpeg_mime_attach (cairo_surface_t *image,
                      int              quality)
{
  g_autoptr(GdkPixbuf) pixbuf = pixbuf_from_image (image);
  g_autofree char *quality_text = g_strdup_printf ("%d", CLAMP (quality, 0, 100));
  gchar *jpeg = NULL;
  gsize jpeg_size = 0;

  if (pixbuf == NULL ||
      !gdk_pixbuf_save_to_buffer (pixbuf, &jpeg, &jpeg_size, "jpeg", NULL, "quality", quality_text, NULL))
    return FALSE;

  cairo_surface_set_mime_data (image, CAIRO_MIME_TYPE_JPEG, (const guchar *) jpeg, jpeg_size, g_free, jpeg);
  return TRUE;
}
