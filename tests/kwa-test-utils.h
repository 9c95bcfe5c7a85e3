/* kwa-test-utils.h: what many tests need, once.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-exhibit.h"
#include "kwa-map-document.h"

G_BEGIN_DECLS

void            kwa_test_wait_frames   (GtkWidget *widget,
                                        guint      n_frames);
KwaExhibit     *kwa_test_load_minimal  (void);
KwaMapDocument *kwa_test_load_bundled  (void);

G_END_DECLS
