/* kwa-style-theme.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-map-style.h"

G_BEGIN_DECLS

KwaMapTheme kwa_style_theme_get_current (void);

G_END_DECLS
