/* kwa-quantity.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-language.h"

G_BEGIN_DECLS

char *kwa_quantity_format_count (double       value);
char *kwa_quantity_format_range (double       low,
                                 double       high);
char *kwa_quantity_format       (double       low,
                                 double       high,
                                 const char  *unit,
                                 KwaLanguage  language);

G_END_DECLS
