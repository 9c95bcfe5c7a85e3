/* kwa-i18n.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kwa-language.h"

G_BEGIN_DECLS

void        kwa_i18n_init             (void);
void        kwa_i18n_set_ui_language  (KwaLanguage  language);
const char *kwa_gettext_in   (KwaLanguage  language,
                              const char  *msgid) G_GNUC_FORMAT (2);

G_END_DECLS
