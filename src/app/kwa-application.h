/* kwa-application.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kwa-language.h"
#include "kwa-map-document.h"
#include "kwa-sketch.h"
#include "kwa-session.h"
#include "kwa-timeline.h"

G_BEGIN_DECLS

#define KWA_TYPE_APPLICATION (kwa_application_get_type ())

G_DECLARE_FINAL_TYPE (KwaApplication, kwa_application, KWA, APPLICATION, AdwApplication)

KwaApplication *kwa_application_new            (const char        *application_id,
                                                GApplicationFlags  flags);
KwaSession     *kwa_application_get_session    (KwaApplication    *self);
GFile          *kwa_application_get_data_file  (KwaApplication    *self);
KwaMapDocument *kwa_application_get_document   (KwaApplication    *self);
KwaTimeline    *kwa_application_get_timeline   (KwaApplication    *self);
KwaSketch      *kwa_application_get_sketch     (KwaApplication    *self);
KwaLanguage     kwa_application_get_language   (KwaApplication    *self);
void            kwa_application_set_language   (KwaApplication    *self,
                                                KwaLanguage        language);
const char     *kwa_application_get_load_error (KwaApplication    *self);
gboolean        kwa_application_load           (KwaApplication    *self,
                                                GFile             *data_file);

G_END_DECLS
