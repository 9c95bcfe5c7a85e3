/* kwa-i18n.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <glib/gi18n.h>

#include "kwa-language.h"

G_BEGIN_DECLS

void        kwa_i18n_init             (void);
void        kwa_i18n_set_ui_language  (KwaLanguage  language);
KwaLanguage kwa_i18n_get_ui_language  (void);
const char *kwa_i18n_find_msgid       (const char  *text);

const char *kwa_gettext_in   (KwaLanguage  language,
                              const char  *msgid) G_GNUC_FORMAT (2);
const char *kwa_pgettext_in  (KwaLanguage  language,
                              const char  *context,
                              const char  *msgid) G_GNUC_FORMAT (3);
const char *kwa_ngettext_in  (KwaLanguage  language,
                              const char  *msgid,
                              const char  *msgid_plural,
                              gulong       n) G_GNUC_FORMAT (2);

char       *kwa_fill_pattern (const char  *pattern,
                              const char  *first_name,
                              ...) G_GNUC_NULL_TERMINATED;

const char *kwa_gettext      (const char  *msgid) G_GNUC_FORMAT (1);
const char *kwa_pgettext     (const char  *context,
                              const char  *msgid) G_GNUC_FORMAT (2);
const char *kwa_ngettext     (const char  *msgid,
                              const char  *msgid_plural,
                              gulong       n) G_GNUC_FORMAT (1);

/* Our words come from our catalogues in the interface's language, never
 * from the process's gettext (see kwa-i18n.c); xgettext still finds them
 * by these keywords. */
#undef _
#define _(msgid) kwa_gettext (msgid)
#undef C_
#define C_(context, msgid) kwa_pgettext (context, msgid)

G_END_DECLS
