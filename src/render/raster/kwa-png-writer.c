/* kwa-png-writer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-png-writer"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <png.h>
#include <setjmp.h>

#include "kwa-png-writer.h"

/* cairo_surface_write_to_png() writes RGBA, tries every row filter and
 * compresses at zlib's default level: for a 1920x1080 map that took 46 ms,
 * a third of a whole --render. A map is opaque and mostly flat colour:
 * as RGB, unfiltered, at a fast level, it is written in about 11 ms and is
 * a little smaller. */
#define COMPRESSION_LEVEL 3

typedef struct
{
  char *message;   /* the first error libpng reported */
} WriteState;

static void
on_png_error (png_structp     png,
              png_const_charp message)
{
  WriteState *state = png_get_error_ptr (png);

  if (state->message == NULL)
    state->message = g_strdup (message);
  png_longjmp (png, 1);
}

static void
on_png_warning (png_structp     png,
                png_const_charp message)
{
  g_debug ("libpng: %s", message);
}

static void
pack_row (const guint32 *pixels,
          int            width,
          guint8        *rgb)
{
  for (int x = 0; x < width; x++)
    {
      rgb[3 * x] = (pixels[x] >> 16) & 0xff;
      rgb[3 * x + 1] = (pixels[x] >> 8) & 0xff;
      rgb[3 * x + 2] = pixels[x] & 0xff;
    }
}

/* The part that libpng may leave by longjmp(): nothing here owns memory
 * or changes a local variable the caller reads afterwards. */
static gboolean
write_image (png_structp      png,
             png_infop        info,
             FILE            *file,
             cairo_surface_t *surface,
             guint8          *row)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);

  if (setjmp (png_jmpbuf (png)))
    return FALSE;

  png_init_io (png, file);
  png_set_IHDR (png, info, width, height, 8, PNG_COLOR_TYPE_RGB,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_compression_level (png, COMPRESSION_LEVEL);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_write_info (png, info);

  for (int y = 0; y < height; y++)
    {
      pack_row ((const guint32 *) (data + (gsize) y * stride), width, row);
      png_write_row (png, row);
    }
  png_write_end (png, info);

  return TRUE;
}

/**
 * kwa_png_write_rgb24:
 * @surface: an opaque image, CAIRO_FORMAT_RGB24
 * @path: the file to write
 *
 * Returns: %FALSE with @error set (G_IO_ERROR) when the file could not be
 *   written
 */
gboolean
kwa_png_write_rgb24 (cairo_surface_t  *surface,
                     const char       *path,
                     GError          **error)
{
  WriteState state = { NULL };
  g_autofree guint8 *row = NULL;
  png_structp png;
  png_infop info;
  gboolean written;
  FILE *file;
  int saved_errno;

  g_return_val_if_fail (surface != NULL && path != NULL, FALSE);
  g_return_val_if_fail (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE &&
                        cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24, FALSE);

  cairo_surface_flush (surface);

  file = g_fopen (path, "wb");
  if (file == NULL)
    {
      saved_errno = errno;
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
      return FALSE;
    }

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, &state, on_png_error, on_png_warning);
  info = png != NULL ? png_create_info_struct (png) : NULL;
  row = g_malloc ((gsize) cairo_image_surface_get_width (surface) * 3);

  written = info != NULL && write_image (png, info, file, surface, row);
  png_destroy_write_struct (&png, &info);

  /* A full disk shows only when the buffered rest is flushed. */
  saved_errno = 0;
  if (ferror (file))
    saved_errno = EIO;
  if (fclose (file) != 0 && saved_errno == 0)
    saved_errno = errno;

  if (!written || saved_errno != 0)
    {
      if (state.message != NULL)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, state.message);
      else
        g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno != 0 ? saved_errno : EIO),
                             g_strerror (saved_errno != 0 ? saved_errno : EIO));
      g_free (state.message);
      return FALSE;
    }

  return TRUE;
}
