/* fuzz-exhibit.c: libFuzzer harness for the exhibit loader and validator
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever bytes a curator (or a stray file on a kiosk's USB stick) hands
 * the exhibit, loading must end in an exhibit or a list of problems: never
 * a crash, a hang, a leak or undefined behaviour. tools/run-fuzz.sh builds
 * and runs it.
 */

#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "kwa-exhibit.h"

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or warning from the loader (or json-glib under it) means a
   * broken assumption: make it a crash libFuzzer keeps the input of.
   */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  return 0;
}

/* Returns a number derived from everything the loader returned, so that
 * none of it can be optimised away.
 */
static guint
touch_exhibit (KwaExhibit *exhibit)
{
  const KwaEvent *events;
  guint n_events;
  guint first = 0;
  guint n = 0;

  events = kwa_exhibit_get_events (exhibit, &n_events);
  if (n_events > 0)
    {
      g_assert (kwa_exhibit_find_event (exhibit, events[0].id) != NULL);
      kwa_exhibit_get_events_in_range (exhibit, events[0].date, events[n_events - 1].date,
                                       &first, &n);
      g_assert (n >= 1);
    }
  g_assert (kwa_exhibit_find_tour (exhibit, "main") != NULL);

  return first + n;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* Not copied: the loader must not rely on a NUL after the data, and
   * AddressSanitizer's red zone right after libFuzzer's buffer catches
   * any read past it.
   */
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;

  exhibit = kwa_exhibit_new_from_bytes (bytes, NULL, &problems, &error);

  /* The contract: an exhibit and no problems, or no exhibit, an error in
   * the exhibit domain and at least one problem, each printable.
   */
  g_assert (problems != NULL);
  if (exhibit != NULL)
    {
      g_assert (error == NULL);
      g_assert (problems->len == 0);
      (void) touch_exhibit (exhibit);
    }
  else
    {
      g_assert (error != NULL && error->domain == KWA_EXHIBIT_ERROR);
      g_assert (problems->len >= 1);
      g_assert (problems->len <= KWA_EXHIBIT_MAX_PROBLEMS + 1);
      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *text = kwa_problem_to_string (g_ptr_array_index (problems, i));

          g_assert (text != NULL && g_utf8_validate (text, -1, NULL));
        }
    }

  return 0;
}
