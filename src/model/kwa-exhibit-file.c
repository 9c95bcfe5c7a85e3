/* kwa-exhibit-file.c: an exhibit file read whole, within its size limit
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit"

#include "config.h"

#include "kwa-exhibit-private.h"

/* Read in chunks, so that a file growing while it is read (or a stream
 * with no size at all) still stops at the limit.
 */
#define READ_CHUNK_SIZE (64 * 1024)

static void
fail_with_problem (GPtrArray       *problems,
                   GError         **error,
                   KwaExhibitError  code,
                   const char      *file_name,
                   const char      *message)
{
  KwaProblem *problem = kwa_problem_new (file_name, NULL, 0, 0, message);
  g_autofree char *text = kwa_problem_to_string (problem);

  g_ptr_array_add (problems, problem);
  g_set_error_literal (error, KWA_EXHIBIT_ERROR, code, text);
}

/* @size: the file's size, or 0 when it is only known to be over the limit */
static void
fail_too_large (GPtrArray   *problems,
                GError     **error,
                const char  *file_name,
                guint64      size)
{
  g_autofree char *message = NULL;

  if (size > 0)
    message = g_strdup_printf ("the file is %.1f MiB; an exhibit may be at most 16 MiB",
                               size / (1024.0 * 1024.0));
  else
    message = g_strdup ("the file is larger than 16 MiB, the most an exhibit may be");

  fail_with_problem (problems, error, KWA_EXHIBIT_ERROR_LIMIT, file_name, message);
}

static void
fail_unreadable (GPtrArray    *problems,
                 GError      **error,
                 const char   *file_name,
                 const GError *read_error)
{
  g_autofree char *message = g_strdup_printf ("could not read the file: %s", read_error->message);

  fail_with_problem (problems, error, KWA_EXHIBIT_ERROR_READ, file_name, message);
}

/**
 * kwa_exhibit_read_file:
 * @file_name: @file's name, for messages
 * @problems: (element-type KwaProblem): where the problem that stopped
 *   the reading is added
 *
 * Reads @file whole, but refuses one over the size limit before reading
 * it: a kiosk must not stall on a stray multi-gigabyte file.
 *
 * Returns: (transfer full) (nullable): the file's bytes, or %NULL with
 *   @error set
 */
GBytes *
kwa_exhibit_read_file (GFile      *file,
                       const char *file_name,
                       GPtrArray  *problems,
                       GError    **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize n_read;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, &local_error);
  if (info == NULL)
    {
      fail_unreadable (problems, error, file_name, local_error);
      return NULL;
    }

  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      g_file_info_get_size (info) > KWA_EXHIBIT_MAX_FILE_SIZE)
    {
      fail_too_large (problems, error, file_name, (guint64) g_file_info_get_size (info));
      return NULL;
    }

  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      fail_unreadable (problems, error, file_name, local_error);
      return NULL;
    }

  contents = g_byte_array_sized_new ((guint) MAX (g_file_info_get_size (info), 0) + 1);
  do
    {
      guint old_length = contents->len;

      g_byte_array_set_size (contents, old_length + READ_CHUNK_SIZE);
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), contents->data + old_length,
                                    READ_CHUNK_SIZE, &n_read, NULL, &local_error))
        {
          fail_unreadable (problems, error, file_name, local_error);
          return NULL;
        }
      g_byte_array_set_size (contents, old_length + n_read);

      if (contents->len > KWA_EXHIBIT_MAX_FILE_SIZE)
        {
          fail_too_large (problems, error, file_name, 0);
          return NULL;
        }
    }
  while (n_read > 0);

  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
}
