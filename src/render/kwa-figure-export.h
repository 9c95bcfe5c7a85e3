/* kwa-figure-export.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-exhibit.h"

G_BEGIN_DECLS

#define KWA_FIGURE_EXPORT_ERROR (kwa_figure_export_error_quark ())

typedef enum
{
  KWA_FIGURE_EXPORT_ERROR_FORMAT,   /* neither .pdf nor .png */
  KWA_FIGURE_EXPORT_ERROR_WRITE,    /* the file could not be written */
} KwaFigureExportError;

GQuark   kwa_figure_export_error_quark (void);
gboolean kwa_figure_export_write       (KwaExhibit   *exhibit,
                                        KwaLanguage   language,
                                        const char   *path,
                                        GError      **error);

G_END_DECLS
