/* kwa-quantity.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-quantity"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-i18n.h"
#include "kwa-quantity.h"

/* The exhibit's numbers as the side panel and the Figures view write
 * them: one way in every language, so the two never disagree. */

/* "36,574", "3,000,000" or "2.5": grouped by thousands with commas, as
 * English, Korean, Japanese and Chinese all write them, whatever the
 * process locale. */
char *
kwa_quantity_format_count (double value)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *digits = NULL;
  double whole = fabs (value) < 1e15 ? trunc (fabs (value)) : 0;
  double fraction = fabs (value) - whole;
  gsize n;

  if (value < 0)
    g_string_append_c (text, '-');

  digits = g_strdup_printf ("%.0f", whole);
  n = strlen (digits);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (text, ',');
      g_string_append_c (text, digits[i]);
    }

  if (fraction >= 0.05 && fraction < 0.95)
    g_string_append_printf (text, ".%d", (int) round (fraction * 10) % 10);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "33,686–36,574", or one number where the sources agree. */
char *
kwa_quantity_format_range (double low,
                           double high)
{
  g_autofree char *from = kwa_quantity_format_count (low);
  g_autofree char *to = NULL;

  if (!(high > low))
    return g_steal_pointer (&from);

  to = kwa_quantity_format_count (high);
  return g_strdup_printf ("%s–%s", from, to);
}

/* "33,686–36,574 people" in English, "33,686–36,574명" in Korean, where a
 * counter follows the number without a space: each language's catalogue
 * says which. */
char *
kwa_quantity_format (double       low,
                     double       high,
                     const char  *unit,
                     KwaLanguage  language)
{
  g_autofree char *number = kwa_quantity_format_range (low, high);

  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&number);

  /* Translators: a number and what it counts ("33,686 people"); write
     "{number}{unit}" where a counter follows the number with no space. */
  return kwa_fill_pattern (kwa_pgettext_in (language, "quantity", NC_("quantity", "{number} {unit}")),
                           "{number}", number, "{unit}", unit, NULL);
}
