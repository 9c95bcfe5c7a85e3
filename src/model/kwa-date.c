/* kwa-date.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-date"

#include "config.h"

#include "kwa-date.h"
#include "kwa-i18n.h"

/* Dates are converted with Howard Hinnant's days_from_civil /
 * civil_from_days: integer arithmetic only, exact for every proleptic
 * Gregorian date, and far cheaper than a GDateTime per conversion, which
 * matters when the timeline formats a date every frame.
 * See https://howardhinnant.github.io/date_algorithms.html
 */

#define DAYS_PER_ERA 146097       /* 400 Gregorian years */
#define DAYS_FROM_0000_03_01 719468 /* 0000-03-01 to 1970-01-01 */

static const char * const month_names[12] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

gboolean
kwa_date_is_leap_year (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
kwa_date_days_in_month (int year,
                        int month)
{
  static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  if (month == 2 && kwa_date_is_leap_year (year))
    return 29;

  return days[month - 1];
}

KwaDate
kwa_date_from_ymd (int year,
                   int month,
                   int day)
{
  gint64 y;
  gint64 era;
  gint64 year_of_era;
  gint64 day_of_year;
  gint64 day_of_era;

  g_return_val_if_fail (month >= 1 && month <= 12, KWA_DATE_NONE);
  g_return_val_if_fail (day >= 1 && day <= kwa_date_days_in_month (year, month), KWA_DATE_NONE);
  g_return_val_if_fail (year > -5000000 && year < 5000000, KWA_DATE_NONE);

  /* Counting years from March puts the leap day at the end of the year. */
  y = month <= 2 ? year - 1 : year;
  era = (y >= 0 ? y : y - 399) / 400;
  year_of_era = y - era * 400;
  day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

  return (KwaDate) (era * DAYS_PER_ERA + day_of_era - DAYS_FROM_0000_03_01);
}

void
kwa_date_get_ymd (KwaDate  date,
                  int     *out_year,
                  int     *out_month,
                  int     *out_day)
{
  gint64 z;
  gint64 era;
  gint64 day_of_era;
  gint64 year_of_era;
  gint64 day_of_year;
  gint64 month_from_march;
  int month;

  g_return_if_fail (date != KWA_DATE_NONE);

  z = (gint64) date + DAYS_FROM_0000_03_01;
  era = (z >= 0 ? z : z - (DAYS_PER_ERA - 1)) / DAYS_PER_ERA;
  day_of_era = z - era * DAYS_PER_ERA;
  year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  month_from_march = (5 * day_of_year + 2) / 153;
  month = (int) (month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);

  if (out_year != NULL)
    *out_year = (int) (year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  if (out_month != NULL)
    *out_month = month;
  if (out_day != NULL)
    *out_day = (int) (day_of_year - (153 * month_from_march + 2) / 5 + 1);
}

static gboolean
parse_digits (const char *text,
              guint       n_digits,
              int        *out_value)
{
  int value = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (text[i] - '0');
    }

  *out_value = value;
  return TRUE;
}

/**
 * kwa_date_parse_checked:
 * @text: the text to parse
 * @out_year: (out) (optional): the year, set unless the result is MALFORMED
 * @out_month: (out) (optional): the month, likewise
 * @out_day: (out) (optional): the day, likewise
 *
 * Parses exactly "YYYY-MM-DD" and says what is wrong otherwise, so that
 * the validator can tell a curator why a date was refused.
 *
 * Returns: %KWA_DATE_PARSE_OK for a real day between 1900 and 2100
 */
KwaDateParseStatus
kwa_date_parse_checked (const char *text,
                        int        *out_year,
                        int        *out_month,
                        int        *out_day)
{
  int year;
  int month;
  int day;

  g_return_val_if_fail (text != NULL, KWA_DATE_PARSE_MALFORMED);

  if (!parse_digits (text, 4, &year) || text[4] != '-' ||
      !parse_digits (text + 5, 2, &month) || text[7] != '-' ||
      !parse_digits (text + 8, 2, &day) || text[10] != '\0')
    return KWA_DATE_PARSE_MALFORMED;

  if (out_year != NULL)
    *out_year = year;
  if (out_month != NULL)
    *out_month = month;
  if (out_day != NULL)
    *out_day = day;

  if (month < 1 || month > 12)
    return KWA_DATE_PARSE_NO_SUCH_MONTH;

  if (day < 1 || day > kwa_date_days_in_month (year, month))
    return KWA_DATE_PARSE_NO_SUCH_DAY;

  if (year < KWA_DATE_MIN_YEAR || year > KWA_DATE_MAX_YEAR)
    return KWA_DATE_PARSE_OUT_OF_RANGE;

  return KWA_DATE_PARSE_OK;
}

/**
 * kwa_date_parse:
 * @text: a date written exactly as "YYYY-MM-DD"
 * @out_date: (out) (optional): the date
 *
 * Returns: %TRUE if @text is a real calendar day between 1900 and 2100
 */
gboolean
kwa_date_parse (const char *text,
                KwaDate    *out_date)
{
  int year;
  int month;
  int day;

  g_return_val_if_fail (text != NULL, FALSE);

  if (kwa_date_parse_checked (text, &year, &month, &day) != KWA_DATE_PARSE_OK)
    return FALSE;

  if (out_date != NULL)
    *out_date = kwa_date_from_ymd (year, month, day);

  return TRUE;
}

/**
 * kwa_date_to_iso:
 * @date: a date
 *
 * Returns: (transfer full): @date as "YYYY-MM-DD"
 */
char *
kwa_date_to_iso (KwaDate date)
{
  int year;
  int month;
  int day;

  g_return_val_if_fail (date != KWA_DATE_NONE, NULL);

  kwa_date_get_ymd (date, &year, &month, &day);

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/**
 * kwa_date_format:
 * @date: a date
 * @language: the language of the exhibit text around it
 *
 * Formats @date the way each language writes it in running text:
 * "June 25, 1950", "1950년 6월 25일", "1950年6月25日". The pattern is the
 * language's catalogue's, so a language that comes with its translations
 * writes dates its own way; it follows the exhibit's language, not the
 * process locale, so a kiosk can switch on the fly.
 *
 * Returns: (transfer full): the formatted date
 */
char *
kwa_date_format (KwaDate     date,
                 KwaLanguage language)
{
  /* Translators: a date in running text. {year}, {month} (a number,
     1–12), {month-name} (the month's name, as translated in the context
     "month") and {day} are filled in: write them in your language's
     order and words, for example "{year}년 {month}월 {day}일". */
  const char *pattern = kwa_pgettext_in (language, "date", NC_("date", "{month-name} {day}, {year}"));
  char year_text[16];
  char month_text[4];
  char day_text[4];
  int year;
  int month;
  int day;

  g_return_val_if_fail (date != KWA_DATE_NONE, NULL);

  kwa_date_get_ymd (date, &year, &month, &day);
  g_snprintf (year_text, sizeof year_text, "%d", year);
  g_snprintf (month_text, sizeof month_text, "%d", month);
  g_snprintf (day_text, sizeof day_text, "%d", day);

  return kwa_fill_pattern (pattern, "{month-name}", kwa_pgettext_in (language, "month", month_names[month - 1]),
                           "{year}", year_text, "{month}", month_text, "{day}", day_text, NULL);
}

/**
 * kwa_date_format_span:
 * @start: the first day; %KWA_DATE_NONE for none
 * @end: the last day; %KWA_DATE_NONE (or @start) for a single day
 *
 * "June 25, 1950" or "June 25, 1950 – June 28, 1950", as a visitor reads
 * an event's or an arrow's span.
 *
 * Returns: (transfer full) (nullable): the span; %NULL without @start
 */
char *
kwa_date_format_span (KwaDate     start,
                      KwaDate     end,
                      KwaLanguage language)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (start == KWA_DATE_NONE)
    return NULL;
  from = kwa_date_format (start, language);
  if (end == KWA_DATE_NONE || end == start)
    return g_steal_pointer (&from);
  to = kwa_date_format (end, language);
  return g_strdup_printf ("%s – %s", from, to);
}
