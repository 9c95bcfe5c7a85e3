/* kwa-color.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-color"

#include "config.h"

#include <string.h>

#include "kwa-color.h"

/**
 * kwa_color_parse:
 * @text: (nullable): a colour as the exhibit format writes it, "#rrggbb"
 * @out_color: (out): where the colour goes; left alone on failure
 *
 * Reads the only colour form the exhibit format allows: a '#' and six
 * hexadecimal digits, in either case. Shared by the loader and the map's
 * styles so that both accept exactly the same colours.
 *
 * Returns: %TRUE if @text is such a colour
 */
gboolean
kwa_color_parse (const char *text,
                     KwaColor   *out_color)
{
  double channels[3];

  g_return_val_if_fail (out_color != NULL, FALSE);

  if (text == NULL || text[0] != '#' || strlen (text) != 7)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    {
      int high = g_ascii_xdigit_value (text[1 + 2 * i]);
      int low = g_ascii_xdigit_value (text[2 + 2 * i]);

      if (high < 0 || low < 0)
        return FALSE;
      channels[i] = (high * 16 + low) / 255.0;
    }

  *out_color = (KwaColor) { channels[0], channels[1], channels[2] };
  return TRUE;
}
