/* kwa-kiosk-language-switch.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-language.h"

#include "kwa-exhibit.h"

G_BEGIN_DECLS

#define KWA_TYPE_KIOSK_LANGUAGE_SWITCH (kwa_kiosk_language_switch_get_type ())

G_DECLARE_FINAL_TYPE (KwaKioskLanguageSwitch, kwa_kiosk_language_switch, KWA, KIOSK_LANGUAGE_SWITCH, GtkWidget)

GtkWidget   *kwa_kiosk_language_switch_new          (void);
KwaLanguage  kwa_kiosk_language_switch_get_language (KwaKioskLanguageSwitch *self);
void         kwa_kiosk_language_switch_set_language (KwaKioskLanguageSwitch *self,
                                                     KwaLanguage             language);
GtkWidget   *kwa_kiosk_language_switch_get_button   (KwaKioskLanguageSwitch *self,
                                                     KwaLanguage             language);
void         kwa_kiosk_language_switch_set_exhibit  (KwaKioskLanguageSwitch *self,
                                                     KwaExhibit             *exhibit);
void         kwa_kiosk_language_switch_set_columns  (KwaKioskLanguageSwitch *self,
                                                     guint                   columns);

G_END_DECLS
