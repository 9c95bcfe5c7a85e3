/* kwa-map-style.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-style"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-map-style.h"
#include "kwa-render-enums.h"

/* The theme's nick in its registered enum: what --theme takes and what
 * its stylesheet is named. */
const char *
kwa_map_theme_to_string (KwaMapTheme theme)
{
  g_autoptr(GEnumClass) themes = g_type_class_ref (KWA_TYPE_MAP_THEME);
  GEnumValue *value = g_enum_get_value (themes, theme);

  g_return_val_if_fail (value != NULL, "light");
  return value->value_nick;
}

KwaColor
kwa_color_mix (const KwaColor *a,
               const KwaColor *b,
               double          amount_of_b)
{
  KwaColor mixed;

  mixed.r = a->r + (b->r - a->r) * amount_of_b;
  mixed.g = a->g + (b->g - a->g) * amount_of_b;
  mixed.b = a->b + (b->b - a->b) * amount_of_b;

  return mixed;
}

char *
kwa_color_to_hex (const KwaColor *color)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (int) round (CLAMP (color->r, 0, 1) * 255),
                          (int) round (CLAMP (color->g, 0, 1) * 255),
                          (int) round (CLAMP (color->b, 0, 1) * 255));
}
