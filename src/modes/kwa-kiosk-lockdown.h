/* kwa-kiosk-lockdown.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KWA_TYPE_KIOSK_LOCKDOWN (kwa_kiosk_lockdown_get_type ())

G_DECLARE_FINAL_TYPE (KwaKioskLockdown, kwa_kiosk_lockdown, KWA, KIOSK_LOCKDOWN, GObject)

KwaKioskLockdown *kwa_kiosk_lockdown_new           (GtkWindow        *window);
void              kwa_kiosk_lockdown_release       (KwaKioskLockdown *self);
gboolean          kwa_kiosk_lockdown_is_locked_key (guint           keyval,
                                                    GdkModifierType state);

G_END_DECLS
