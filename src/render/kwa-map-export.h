/* kwa-map-export.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kwa-map-document.h"
#include "kwa-map-renderer.h"

G_BEGIN_DECLS

typedef enum
{
  KWA_EXPORT_FORMAT_PNG,
  KWA_EXPORT_FORMAT_PDF,
  KWA_EXPORT_FORMAT_SVG,
} KwaExportFormat;

#define KWA_EXPORT_ERROR (kwa_export_error_quark ())

typedef enum
{
  KWA_EXPORT_ERROR_FORMAT,   /* a file name whose extension is not png, pdf or svg */
  KWA_EXPORT_ERROR_WRITE,    /* the file could not be written */
} KwaExportError;

/* A line of title and a line of credit under the map of an export, as a
 * picture for slides or a handout needs: what it shows, and whence. */
typedef struct
{
  const char *title;    /* "Korean War Atlas · September 15, 1950 · Inchon landing" */
  const char *credit;   /* the map's and the history's sources */
} KwaExportCaption;

GQuark   kwa_export_error_quark      (void);
gboolean kwa_export_format_for_path  (const char             *path,
                                      KwaExportFormat        *format,
                                      GError                **error);
gboolean kwa_map_export_to_file      (KwaMapDocument         *document,
                                      double                  time,
                                      const KwaViewport      *viewport,
                                      const KwaRenderOptions *options,
                                      const char             *path,
                                      GError                **error);

gboolean kwa_map_export_to_file_captioned (KwaMapDocument         *document,
                                           double                  time,
                                           const KwaViewport      *viewport,
                                           const KwaRenderOptions *options,
                                           const KwaExportCaption *caption,
                                           const char             *path,
                                           GError                **error);

cairo_surface_t *kwa_map_export_to_image (KwaMapDocument         *document,
                                          double                  time,
                                          const KwaViewport      *viewport,
                                          const KwaRenderOptions *options,
                                          GError                **error);

G_END_DECLS
