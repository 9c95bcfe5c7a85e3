/* kwa-test-kiosk.h: what the kiosk's tests share — a kiosk in a fullscreen
 * window with a short tour and idle timeout, touches, and waiting for
 * what it does next.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-test-languages.h"
#include "kwa-application.h"
#include "kwa-exhibit.h"
#include "kwa-kiosk.h"
#include "kwa-map-view.h"
#include "kwa-window.h"

G_BEGIN_DECLS

/* Stops of the tour last a twentieth of their time in the exhibit. */
#define TIME_SCALE 0.05
#define IDLE_TIMEOUT 2

typedef struct
{
  KwaApplication *app;
  KwaWindow      *window;
  KwaKiosk       *kiosk;
} Fixture;

typedef void     (*KwaTestKioskFunc)      (Fixture       *fixture,
                                           gconstpointer  data);
typedef gboolean (*KwaTestKioskCondition) (Fixture       *fixture,
                                           gpointer       data);

void                kwa_test_kiosk_init            (int                    *argc,
                                                    char                 ***argv);
void                kwa_test_kiosk_set_up          (Fixture                *fixture,
                                                    gconstpointer           data);
void                kwa_test_kiosk_tear_down       (Fixture                *fixture,
                                                    gconstpointer           data);
void                kwa_test_kiosk_add             (const char             *name,
                                                    KwaTestKioskFunc        test);

void                kwa_test_kiosk_wait_ms         (guint                   ms);
gboolean            kwa_test_kiosk_wait_until      (Fixture                *fixture,
                                                    KwaTestKioskCondition   condition,
                                                    gpointer                data,
                                                    guint                   timeout_ms);
gboolean            kwa_test_kiosk_stop_is_not     (Fixture                *fixture,
                                                    gpointer                data);

gboolean            kwa_test_kiosk_landed          (Fixture                *fixture,
                                                    gpointer                data);
GtkEventController *kwa_test_kiosk_find_controller (GtkWidget              *widget,
                                                    const char             *name);
void                kwa_test_kiosk_touch           (Fixture                *fixture,
                                                    double                  x,
                                                    double                  y);
void                kwa_test_kiosk_touch_map       (Fixture                *fixture);

KwaDate             kwa_test_kiosk_today           (Fixture                *fixture);
const KwaTour      *kwa_test_kiosk_main_tour       (Fixture                *fixture);
const KwaTour      *kwa_test_kiosk_tour            (Fixture                *fixture,
                                                    const char             *id);
KwaMapView         *kwa_test_kiosk_map_view        (Fixture                *fixture);

G_END_DECLS
