/* kwa-text-column.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KWA_TYPE_TEXT_COLUMN (kwa_text_column_get_type ())

G_DECLARE_FINAL_TYPE (KwaTextColumn, kwa_text_column, KWA, TEXT_COLUMN, AdwBin)

GtkWidget *kwa_text_column_new (GtkWidget *child);

G_END_DECLS
