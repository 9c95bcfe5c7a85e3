/* bench-render-report.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "bench-render-report.h"

/* bench-render measures each size in a process of its own, which prints
 * the report for its size; the parent reads those back and prints the
 * whole. */

static void
append_number (GString    *json,
               const char *key,
               double      value,
               gboolean    last)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* JSON has no NaN: a measurement that was skipped is null. */
  if (isfinite (value))
    g_string_append_printf (json, "\"%s\": %s", key,
                            g_ascii_formatd (buffer, sizeof buffer, "%.3f", value));
  else
    g_string_append_printf (json, "\"%s\": null", key);
  if (!last)
    g_string_append (json, ", ");
}

static double
member_number (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_double (node) : NAN;
}

/**
 * bench_report_read_size:
 * @output: what a run of bench-render for @size alone printed
 * @peak_rss: (inout): raised to the run's peak, if higher
 *
 * Reads one size's figures back from a child run's report.
 */
gboolean
bench_report_read_size (const char      *output,
                        const BenchSize *size,
                        SizeResult      *result,
                        double          *load_ms,
                        guint           *frames,
                        double          *peak_rss,
                        GError         **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *name = g_strdup_printf ("%dx%d", size->width, size->height);
  JsonObject *root, *sizes, *measured;

  if (!json_parser_load_from_data (parser, output, -1, error))
    return FALSE;

  root = json_node_get_object (json_parser_get_root (parser));
  sizes = json_object_get_object_member (root, "sizes");
  measured = sizes != NULL ? json_object_get_object_member (sizes, name) : NULL;
  if (measured == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "no %s in: %s", name, output);
      return FALSE;
    }

  result->size = *size;
  result->frame_p50 = member_number (measured, "frame_ms_p50");
  result->frame_p95 = member_number (measured, "frame_ms_p95");
  result->frame_max = member_number (measured, "frame_ms_max");
  result->changes_p50 = member_number (measured, "changes_ms_p50");
  result->changes_p95 = member_number (measured, "changes_ms_p95");
  result->naive_p50 = member_number (measured, "naive_ms_p50");
  result->blit_p50 = member_number (measured, "blit_ms_p50");
  *load_ms = member_number (root, "load_ms");
  *frames = (guint) member_number (root, "frames");
  *peak_rss = MAX (*peak_rss, member_number (root, "peak_rss_mb"));

  return TRUE;
}

/**
 * bench_report_print:
 * @results: (element-type SizeResult): each size measured
 *
 * Prints the report, one JSON object, on stdout (see bench-render.c).
 */
void
bench_report_print (GArray *results,
                    double  load_ms,
                    guint   frames,
                    double  peak_rss)
{
  g_autoptr(GString) json = g_string_new ("{\"sizes\": {");

  for (guint i = 0; i < results->len; i++)
    {
      const SizeResult *r = &g_array_index (results, SizeResult, i);

      g_string_append_printf (json, "%s\"%dx%d\": {", i > 0 ? ", " : "", r->size.width, r->size.height);
      append_number (json, "frame_ms_p50", r->frame_p50, FALSE);
      append_number (json, "frame_ms_p95", r->frame_p95, FALSE);
      append_number (json, "frame_ms_max", r->frame_max, FALSE);
      append_number (json, "changes_ms_p50", r->changes_p50, FALSE);
      append_number (json, "changes_ms_p95", r->changes_p95, FALSE);
      append_number (json, "naive_ms_p50", r->naive_p50, FALSE);
      append_number (json, "blit_ms_p50", r->blit_p50, TRUE);
      g_string_append (json, "}");
    }
  g_string_append (json, "}, ");
  append_number (json, "load_ms", load_ms, FALSE);
  g_string_append_printf (json, "\"frames\": %u, ", frames);
  append_number (json, "peak_rss_mb", peak_rss, TRUE);
  g_string_append (json, "}\n");

  fputs (json->str, stdout);
  fflush (stdout);
}
