/* kwa-jpeg-mime.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

gboolean kwa_jpeg_mime_attach (cairo_surface_t *image,
                               int              quality);

G_END_DECLS
