/* kwa-row-scanner.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kwa-map-types.h"

G_BEGIN_DECLS

typedef struct _KwaRowScanner KwaRowScanner;

KwaRowScanner *kwa_row_scanner_new           (const KwaMapRing *rings,
                                              guint             n_rings);
void           kwa_row_scanner_free          (KwaRowScanner    *self);
guint          kwa_row_scanner_get_n_rings   (KwaRowScanner    *self);
guint          kwa_row_scanner_get_n_points  (KwaRowScanner    *self,
                                              guint             ring);
void           kwa_row_scanner_add_crossings (KwaRowScanner    *self,
                                              guint             ring,
                                              double            y,
                                              GArray           *crossings);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaRowScanner, kwa_row_scanner_free)

G_END_DECLS
