/* kwa-kiosk-caption.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-language.h"
#include "kwa-map-document.h"
#include "kwa-map-key.h"

G_BEGIN_DECLS

#define KWA_TYPE_KIOSK_CAPTION (kwa_kiosk_caption_get_type ())

G_DECLARE_FINAL_TYPE (KwaKioskCaption, kwa_kiosk_caption, KWA, KIOSK_CAPTION, GtkWidget)

GtkWidget  *kwa_kiosk_caption_new            (void);
void        kwa_kiosk_caption_set_media      (KwaKioskCaption *self,
                                              KwaMapDocument  *document,
                                              const KwaMedia  *media,
                                              guint            n_media,
                                              KwaLanguage      language);
GtkWidget  *kwa_kiosk_caption_get_gallery    (KwaKioskCaption *self);
void        kwa_kiosk_caption_set_text       (KwaKioskCaption *self,
                                              const char      *title,
                                              const char      *narration);
void             kwa_kiosk_caption_set_spoken     (KwaKioskCaption *self,
                                                   gsize            start,
                                                   gsize            end);
char            *kwa_kiosk_caption_get_spoken     (KwaKioskCaption *self);
const char *kwa_kiosk_caption_get_title      (KwaKioskCaption *self);
const char *kwa_kiosk_caption_get_narration  (KwaKioskCaption *self);
GtkWidget  *kwa_kiosk_caption_get_invitation (KwaKioskCaption *self);
gboolean    kwa_kiosk_caption_get_pulsing    (KwaKioskCaption *self);
KwaMapKey  *kwa_kiosk_caption_get_map_key    (KwaKioskCaption *self);
gboolean    kwa_kiosk_caption_get_map_key_shown (KwaKioskCaption *self);
void        kwa_kiosk_caption_set_least_height  (KwaKioskCaption *self,
                                                 int              height);

void             kwa_kiosk_caption_set_languages  (KwaKioskCaption   *self,
                                                   const KwaLanguage *languages,
                                                   guint              n_languages);

G_END_DECLS
