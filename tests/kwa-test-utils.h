/* kwa-test-utils.h: what many tests need, once.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-test-languages.h"
#include "kwa-application.h"
#include "kwa-exhibit.h"
#include "kwa-map-document.h"
#include "kwa-window.h"

G_BEGIN_DECLS

void            kwa_test_wait_frames          (GtkWidget      *widget,
                                               guint           n_frames);
GtkWidget      *kwa_test_find_widget          (GtkWidget      *root,
                                               GType           type);
GtkWidget      *kwa_test_find_widget_with_class (GtkWidget    *root,
                                                 GType         type,
                                                 const char   *css_class);
KwaExhibit     *kwa_test_load_minimal         (void);
KwaMapDocument *kwa_test_load_bundled         (void);
void            kwa_test_print_problems       (GPtrArray      *problems);

KwaApplication *kwa_test_register_application (const char     *application_id,
                                               gboolean        load_bundled);
KwaWindow      *kwa_test_open_window          (KwaApplication *app,
                                               int             width,
                                               int             height);
void            kwa_test_close_window         (KwaWindow      *window);

char           *kwa_test_read_data_file       (const char     *name);
char           *kwa_test_read_bundled_file    (const char     *name);
void            kwa_test_copy_bundled_media   (const char     *dir);
GPtrArray      *kwa_test_differing_lines      (const char     *a,
                                               const char     *b);
void            kwa_test_remove_dir           (const char     *path);

G_END_DECLS
