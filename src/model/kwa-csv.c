/* kwa-csv.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-csv"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "kwa-csv.h"

/* Comma-separated values as spreadsheets read and write them (RFC 4180):
 * a cell with a comma, a quote, a line break or a space at either end is
 * quoted, its quotes doubled; a quoted cell may span lines. Read back, a
 * record remembers the line it began on, so that a problem in it can be
 * told by line and column. A byte order mark (as Excel writes) is
 * skipped. */

static gboolean
needs_quotes (const char *cell)
{
  gsize length = strlen (cell);

  return strpbrk (cell, ",\"\n\r") != NULL ||
         (length > 0 && (g_ascii_isspace (cell[0]) || g_ascii_isspace (cell[length - 1])));
}

/**
 * kwa_csv_append_row:
 *
 * Appends one record and its line break to @out.
 */
void
kwa_csv_append_row (GString            *out,
                    const char * const *cells,
                    guint               n_cells)
{
  for (guint i = 0; i < n_cells; i++)
    {
      const char *cell = cells[i] != NULL ? cells[i] : "";

      if (i > 0)
        g_string_append_c (out, ',');
      if (!needs_quotes (cell))
        {
          g_string_append (out, cell);
          continue;
        }
      g_string_append_c (out, '"');
      for (const char *p = cell; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append_c (out, '\n');
}

static void
row_free (KwaCsvRow *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

static void
end_row (GPtrArray *rows,
         GPtrArray *cells,
         guint      line)
{
  KwaCsvRow *row = g_new0 (KwaCsvRow, 1);

  row->line = line;
  row->n_cells = cells->len;
  g_ptr_array_add (cells, NULL);
  row->cells = (GStrv) g_ptr_array_steal (cells, NULL);
  g_ptr_array_add (rows, row);
}

/**
 * kwa_csv_parse:
 * @text: UTF-8
 *
 * Returns: (transfer full) (element-type KwaCsvRow): the records, blank
 *   lines left out; %NULL with @error set when a quoted cell never ends
 */
GPtrArray *
kwa_csv_parse (const char  *text,
               GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  const char *p = text;
  guint line = 1, row_line = 1, quote_line = 0;
  gboolean quoted = FALSE, row_has_content = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  if (g_str_has_prefix (p, "\xef\xbb\xbf"))
    p += 3;

  for (; *p != '\0'; p++)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '"' && p[1] == '"')
            {
              g_string_append_c (cell, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            {
              if (c == '\n')
                line++;
              if (!(c == '\r' && p[1] == '\n'))
                g_string_append_c (cell, c);
            }
          continue;
        }

      switch (c)
        {
        case '"':
          quoted = TRUE;
          quote_line = line;
          row_has_content = TRUE;
          break;
        case ',':
          g_ptr_array_add (cells, g_string_free (g_steal_pointer (&cell), FALSE));
          cell = g_string_new (NULL);
          row_has_content = TRUE;
          break;
        case '\r':
          break;
        case '\n':
          if (row_has_content || cell->len > 0)
            {
              g_ptr_array_add (cells, g_string_free (g_steal_pointer (&cell), FALSE));
              cell = g_string_new (NULL);
              end_row (rows, cells, row_line);
            }
          line++;
          row_line = line;
          row_has_content = FALSE;
          break;
        default:
          g_string_append_c (cell, c);
          row_has_content = TRUE;
        }
    }

  if (quoted)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "line %u: a quoted cell is never closed", quote_line);
      return NULL;
    }
  if (row_has_content || cell->len > 0)
    {
      g_ptr_array_add (cells, g_string_free (g_steal_pointer (&cell), FALSE));
      end_row (rows, cells, row_line);
    }

  return g_steal_pointer (&rows);
}
