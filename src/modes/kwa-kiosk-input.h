/* kwa-kiosk-input.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KWA_TYPE_KIOSK_INPUT (kwa_kiosk_input_get_type ())

G_DECLARE_FINAL_TYPE (KwaKioskInput, kwa_kiosk_input, KWA, KIOSK_INPUT, GObject)

KwaKioskInput *kwa_kiosk_input_new                (GtkWidget     *window);
void           kwa_kiosk_input_set_passive_widget (KwaKioskInput *self,
                                                   GtkWidget     *widget);
void           kwa_kiosk_input_detach             (KwaKioskInput *self);

G_END_DECLS
