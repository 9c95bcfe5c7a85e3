/* kwa-test-loader.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kwa-test-loader.h"
#include "kwa-test-utils.h"

/* Built with AddressSanitizer (test.sh's build-asan): GCC says so with a
 * macro, clang with __has_feature.
 */
#if defined(__SANITIZE_ADDRESS__)
# define KWA_TEST_SANITIZED 1
#elif defined(__has_feature)
# if __has_feature (address_sanitizer)
#  define KWA_TEST_SANITIZED 1
# endif
#endif

/* A broken file must be refused well within a second, however it is
 * broken. Valgrind runs code tens of times slower, and the sanitizers
 * several times, so there the limit only catches a hang.
 */
gint64
kwa_test_time_limit_usec (void)
{
  const char *preload = g_getenv ("LD_PRELOAD");

  if (preload != NULL && strstr (preload, "vgpreload") != NULL)
    return 60 * G_USEC_PER_SEC;

#ifdef KWA_TEST_SANITIZED
  return 20 * G_USEC_PER_SEC;
#else
  /* The bound: a second, even on a loaded two-core machine. */
  return G_USEC_PER_SEC;
#endif
}

/* tests/data/FIRST_ELEMENT/..., the elements up to NULL. */
GFile *
kwa_test_data_file (const char *first_element,
                    ...)
{
  g_autofree char *path = NULL;
  g_autoptr(GString) relative = g_string_new (first_element);
  const char *element;
  va_list args;

  va_start (args, first_element);
  while ((element = va_arg (args, const char *)) != NULL)
    g_string_append_printf (relative, "/%s", element);
  va_end (args);

  path = g_test_build_filename (G_TEST_DIST, "data", relative->str, NULL);
  return g_file_new_for_path (path);
}

char *
kwa_test_read_minimal (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

/* minimal.json with @old (which must occur exactly once) replaced. */
char *
kwa_test_minimal_with (const char *old,
                       const char *new)
{
  g_autofree char *minimal = kwa_test_read_minimal ();
  const char *found = strstr (minimal, old);

  g_assert_nonnull (found);
  g_assert_null (strstr (found + 1, old));

  return g_strdup_printf ("%.*s%s%s", (int) (found - minimal), minimal, new, found + strlen (old));
}

/* Loads generated text as if it were a file next to minimal.json. */
KwaExhibit *
kwa_test_load_generated (const char  *text,
                         GPtrArray  **out_problems,
                         GError     **error,
                         gint64      *out_elapsed)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GFile) base = kwa_test_data_file ("minimal.json", NULL);
  KwaExhibit *exhibit;
  gint64 start = g_get_monotonic_time ();

  exhibit = kwa_exhibit_new_from_bytes (bytes, base, out_problems, error);
  if (out_elapsed != NULL)
    *out_elapsed = g_get_monotonic_time () - start;

  return exhibit;
}

static const KwaProblem *
find_problem (GPtrArray  *problems,
              const char *location)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const KwaProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *problem_location = kwa_problem_dup_location (problem);

      if (g_strcmp0 (problem_location, location) == 0)
        return problem;
    }

  return NULL;
}

/* Some problem is at @location in @file_name and says @phrase. */
void
kwa_test_assert_problem (GPtrArray  *problems,
                         const char *file_name,
                         const char *location,
                         const char *phrase)
{
  const KwaProblem *problem = find_problem (problems, location);

  if (problem == NULL)
    {
      kwa_test_print_problems (problems);
      g_error ("no problem at \"%s\"", location);
    }

  g_assert_cmpstr (problem->file, ==, file_name);
  if (strstr (problem->message, phrase) == NULL)
    g_error ("at \"%s\": expected \"%s\" in \"%s\"", location, phrase, problem->message);
}
