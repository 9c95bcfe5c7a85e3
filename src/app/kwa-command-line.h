/* kwa-command-line.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kwa-exhibit.h"

G_BEGIN_DECLS

/* The options that answer without a window or a display, each returning
 * the process's exit status. */

gboolean kwa_command_line_parse_size (const char *text,
                                      int        *width,
                                      int        *height);
int kwa_command_line_validate     (const char *data_path);
gboolean kwa_command_line_check_record (KwaExhibit *exhibit,
                                        const char *name);
int kwa_command_line_export_events (const char *data_path,
                                    const char *csv_path);
int kwa_command_line_import_events (const char *data_path,
                                    const char *csv_path,
                                    const char *output_path);
int kwa_command_line_export_geojson (const char *data_path,
                                     const char *folder_path);
int kwa_command_line_import_geojson (const char *data_path,
                                     const char *folder_path,
                                     const char *output_path);
int kwa_command_line_render      (GFile      *data_file,
                                  const char *date,
                                  const char *output,
                                  const char *size,
                                  const char *view,
                                  const char *language,
                                  const char *theme);
int kwa_command_line_control_at  (GFile      *data_file,
                                  const char *date,
                                  const char *point);
int kwa_command_line_figures      (GFile      *data_file,
                                   const char *output,
                                   const char *language_text);
int kwa_command_line_handout     (GFile      *data_file,
                                  const char *output,
                                  const char *tour_id,
                                  const char *language,
                                  gboolean    teacher);
int kwa_command_line_animate     (GFile      *data_file,
                                  const char *range,
                                  const char *output,
                                  const char *size,
                                  const char *language,
                                  const char *theme,
                                  const char *fps,
                                  const char *days_per_second);

G_END_DECLS
