/* kwa-share-chart.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-map-document.h"

G_BEGIN_DECLS

/* Days between two samples of the series. */
#define KWA_SHARE_CHART_STEP_DAYS 7

#define KWA_TYPE_SHARE_CHART (kwa_share_chart_get_type ())

G_DECLARE_FINAL_TYPE (KwaShareChart, kwa_share_chart, KWA, SHARE_CHART, GtkWidget)

GtkWidget      *kwa_share_chart_new          (void);
KwaMapDocument *kwa_share_chart_get_document (KwaShareChart  *self);
void            kwa_share_chart_set_document (KwaShareChart  *self,
                                              KwaMapDocument *document);
double          kwa_share_chart_get_time     (KwaShareChart  *self);
void            kwa_share_chart_set_time     (KwaShareChart  *self,
                                              double          time);

G_END_DECLS
