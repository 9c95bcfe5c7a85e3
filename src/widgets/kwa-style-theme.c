/* kwa-style-theme.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "kwa-style-theme.h"

/**
 * kwa_style_theme_get_current:
 *
 * Returns: the map theme that matches the desktop's style now: high
 *   contrast first, then dark, else light
 */
KwaMapTheme
kwa_style_theme_get_current (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  if (adw_style_manager_get_high_contrast (style))
    return KWA_MAP_THEME_HIGH_CONTRAST;
  if (adw_style_manager_get_dark (style))
    return KWA_MAP_THEME_DARK;
  return KWA_MAP_THEME_LIGHT;
}
