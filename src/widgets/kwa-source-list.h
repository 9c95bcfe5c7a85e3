/* kwa-source-list.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-exhibit-records.h"

G_BEGIN_DECLS

#define KWA_TYPE_SOURCE_LIST (kwa_source_list_get_type ())

G_DECLARE_FINAL_TYPE (KwaSourceList, kwa_source_list, KWA, SOURCE_LIST, GtkWidget)

GtkWidget *kwa_source_list_new         (void);
void       kwa_source_list_set_sources (KwaSourceList     *self,
                                        const KwaSource  **sources,
                                        guint              n_sources);
guint      kwa_source_list_get_n_items (KwaSourceList     *self);
void       kwa_source_list_set_show_urls (KwaSourceList   *self,
                                          gboolean         show_urls);

G_END_DECLS
