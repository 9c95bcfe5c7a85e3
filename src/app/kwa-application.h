/* kwa-application.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kwa-session.h"

G_BEGIN_DECLS

#define KWA_TYPE_APPLICATION (kwa_application_get_type ())

G_DECLARE_FINAL_TYPE (KwaApplication, kwa_application, KWA, APPLICATION, AdwApplication)

KwaApplication *kwa_application_new            (const char        *application_id,
                                                GApplicationFlags  flags);
KwaSession     *kwa_application_get_session    (KwaApplication    *self);

G_END_DECLS
