/* kwa-kiosk-stage.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KWA_TYPE_KIOSK_STAGE (kwa_kiosk_stage_get_type ())

G_DECLARE_FINAL_TYPE (KwaKioskStage, kwa_kiosk_stage, KWA, KIOSK_STAGE, GtkWidget)

GtkWidget *kwa_kiosk_stage_new           (GtkWidget     *map,
                                          GtkRevealer   *caption);
void       kwa_kiosk_stage_release       (KwaKioskStage *self);
void       kwa_kiosk_stage_release_caption (KwaKioskStage *self);

G_END_DECLS
