/* kwa-png-writer.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

gboolean kwa_png_write_rgb24 (cairo_surface_t  *surface,
                              const char       *path,
                              GError          **error);

G_END_DECLS
