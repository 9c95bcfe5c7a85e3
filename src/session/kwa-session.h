/* kwa-session.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kwa-language.h"
#include "kwa-types.h"

G_BEGIN_DECLS

#define KWA_TYPE_SESSION (kwa_session_get_type ())

G_DECLARE_FINAL_TYPE (KwaSession, kwa_session, KWA, SESSION, GObject)

KwaSession     *kwa_session_new                (void);
void            kwa_session_prefetch_default   (KwaSession  *self);
gboolean        kwa_session_load               (KwaSession  *self,
                                                GFile       *data_file);
GFile          *kwa_session_get_data_file      (KwaSession  *self);
KwaMapDocument *kwa_session_get_document       (KwaSession  *self);
void            kwa_session_show_draft         (KwaSession     *self,
                                                KwaMapDocument *document);
const char     *kwa_session_get_load_error     (KwaSession  *self);
KwaTimeline    *kwa_session_get_timeline       (KwaSession  *self);
KwaPlayback    *kwa_session_get_playback       (KwaSession  *self);
KwaSketch      *kwa_session_get_sketch         (KwaSession  *self);
KwaLanguage     kwa_session_get_language       (KwaSession  *self);
void            kwa_session_set_language       (KwaSession  *self,
                                                KwaLanguage  language);
gboolean        kwa_session_get_kiosk          (KwaSession  *self);
void            kwa_session_set_kiosk          (KwaSession  *self,
                                                gboolean     kiosk);

G_END_DECLS
