/* kwa-color.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A colour in sRGB, each channel 0–1 (no GDK in the model). */
typedef struct
{
  double r;
  double g;
  double b;
} KwaColor;

gboolean kwa_color_parse (const char *text,
                          KwaColor   *out_color);

G_END_DECLS
