/* kwa-command-line-curation.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-command-line"

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>

#include "kwa-command-line.h"
#include "kwa-events-table.h"
#include "kwa-exhibit.h"
#include "kwa-geojson-layers.h"
#include "kwa-json-writer.h"
#include "kwa-problem.h"

/* A curator's round trips: the exhibit's events out to a spreadsheet and
 * back (--export-events, --import-events), its geography out to QGIS and
 * back (--export-geojson, --import-geojson). What comes back is merged
 * into the exhibit's JSON as written; the result must pass the same
 * validator as --validate before it is written, atomically, so a bad
 * table or a bad merge never leaves a half-written exhibit. */

static GFile *
exhibit_file (const char *data_path)
{
  return data_path != NULL ? g_file_new_for_commandline_arg (data_path)
                           : g_file_new_for_uri (KWA_EXHIBIT_DEFAULT_URI);
}

static JsonNode *
read_json (GFile   *file,
           GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, error);
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  if (!json_parser_load_from_data (parser, data, (gssize) length, error))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ||
      !json_object_has_member (json_node_get_object (json_parser_get_root (parser)), "events"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "it is not an exhibit (no events)");
      return NULL;
    }
  return json_parser_steal_root (parser);
}

/**
 * kwa_command_line_export_events:
 * @csv_path: where the table goes
 *
 * Writes the exhibit's events as CSV, a row each.
 */
int
kwa_command_line_export_events (const char *data_path,
                                const char *csv_path)
{
  g_autoptr(GFile) file = exhibit_file (data_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = read_json (file, &error);
  g_autofree char *table = NULL;
  g_autofree char *name = g_file_get_basename (file);

  if (root == NULL)
    {
      g_printerr ("%s: %s\n", name, error->message);
      return EXIT_FAILURE;
    }
  table = kwa_events_table_export (root);
  if (!g_file_set_contents (csv_path, table, -1, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_print ("%s: %u events written to %s\n", name,
           json_array_get_length (json_object_get_array_member (json_node_get_object (root), "events")), csv_path);
  return EXIT_SUCCESS;
}

/* The merged exhibit read by the exhibit's own loader, as --validate
 * would, relative to where the original lies (its basemap). */
static gboolean
merged_is_valid (const char *text,
                 GFile      *original,
                 const char *output_path)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = kwa_exhibit_new_from_bytes (bytes, original, &problems, &error);

  /* The sweep of every day against the record, as --validate does: a
   * front moved past a town the record says was held fails here. */
  if (exhibit != NULL)
    {
      g_autofree char *name = g_path_get_basename (output_path);

      if (kwa_command_line_check_record (exhibit, name))
        return TRUE;
      g_printerr ("The merged exhibit disagrees with its record; %s was not written\n", output_path);
      return FALSE;
    }

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = kwa_problem_to_string (g_ptr_array_index (problems, i));

      g_printerr ("%s\n", line);
    }
  g_printerr ("The merged exhibit is not valid (%s); %s was not written\n", error->message, output_path);
  return FALSE;
}

/* The merged exhibit, checked, written where asked. */
static int
write_merged (JsonNode   *root,
              GFile      *original,
              const char *output_path,
              const char *source,
              const char *report)
{
  g_autofree char *text = kwa_json_write (root);
  g_autoptr(GError) error = NULL;

  if (!merged_is_valid (text, original, output_path))
    return EXIT_FAILURE;
  if (!g_file_set_contents (output_path, text, -1, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_print ("%s: %s; written to %s\n", source, report, output_path);
  return EXIT_SUCCESS;
}

/* Each problem on its line (prefixed with @prefix, if any), and that
 * nothing was written. */
static int
refuse (GPtrArray  *problems,
        const char *prefix,
        const char *source)
{
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s%s%s\n", prefix != NULL ? prefix : "", prefix != NULL ? ": " : "",
                (const char *) g_ptr_array_index (problems, i));
  g_printerr ("%u problem%s in %s; nothing was written\n", problems->len, problems->len == 1 ? "" : "s", source);
  return EXIT_FAILURE;
}

/**
 * kwa_command_line_import_events:
 * @csv_path: a table as --export-events writes it
 * @output_path: where the merged exhibit goes
 *
 * Merges the table into the exhibit: every bad cell is printed as
 * `FILE: line N, column "NAME": …` and nothing is written.
 */
int
kwa_command_line_import_events (const char *data_path,
                                const char *csv_path,
                                const char *output_path)
{
  g_autoptr(GFile) file = exhibit_file (data_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) report = g_string_new (NULL);
  g_autofree char *table = NULL;
  g_autofree char *csv_name = g_path_get_basename (csv_path);

  if (output_path == NULL)
    {
      g_printerr ("--import-events needs --output=FILE.json, where the merged exhibit goes\n");
      return EXIT_FAILURE;
    }
  if (!g_file_get_contents (csv_path, &table, NULL, &error) || (root = read_json (file, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (!g_utf8_validate (table, -1, NULL))
    {
      g_printerr ("%s: the table is not UTF-8 text\n", csv_name);
      return EXIT_FAILURE;
    }

  if (!kwa_events_table_import (root, table, problems, report))
    return refuse (problems, csv_name, csv_name);

  return write_merged (root, file, output_path, csv_name, report->str);
}

/**
 * kwa_command_line_export_geojson:
 * @folder_path: where the GeoJSON files go
 *
 * Writes the exhibit's fronts, enclaves, lines, movements, places and
 * changes of hands as GeoJSON files, a layer each.
 */
int
kwa_command_line_export_geojson (const char *data_path,
                                 const char *folder_path)
{
  g_autoptr(GFile) file = exhibit_file (data_path);
  g_autoptr(GFile) folder = g_file_new_for_commandline_arg (folder_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = read_json (file, &error);
  g_autoptr(GString) report = g_string_new (NULL);
  g_autofree char *name = g_file_get_basename (file);

  if (root == NULL || !kwa_geojson_layers_export (root, folder, report, &error))
    {
      g_printerr ("%s: %s\n", name, error->message);
      return EXIT_FAILURE;
    }
  g_print ("%s: written to %s: %s\n", name, folder_path, report->str);
  return EXIT_SUCCESS;
}

/**
 * kwa_command_line_import_geojson:
 * @folder_path: GeoJSON files as --export-geojson writes them
 *
 * Merges the geometry of the features back into the exhibit by id.
 */
int
kwa_command_line_import_geojson (const char *data_path,
                                 const char *folder_path,
                                 const char *output_path)
{
  g_autoptr(GFile) file = exhibit_file (data_path);
  g_autoptr(GFile) folder = g_file_new_for_commandline_arg (folder_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) report = g_string_new (NULL);

  if (output_path == NULL)
    {
      g_printerr ("--import-geojson needs --output=FILE.json, where the merged exhibit goes\n");
      return EXIT_FAILURE;
    }
  if ((root = read_json (file, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (!kwa_geojson_layers_import (root, folder, problems, report))
    return refuse (problems, NULL, folder_path);
  return write_merged (root, file, output_path, folder_path, report->str);
}
