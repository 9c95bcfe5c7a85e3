/* test-date.c: exhibit dates parse strictly, convert exactly and read
 * naturally in both languages.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "kwa-test-languages.h"
#include "kwa-date.h"

static void
test_parse_valid (void)
{
  KwaDate date = KWA_DATE_NONE;

  g_assert_true (kwa_date_parse ("1970-01-01", &date));
  g_assert_cmpint (date, ==, 0);

  g_assert_true (kwa_date_parse ("1950-06-25", &date));
  g_assert_cmpint (date, ==, kwa_date_from_ymd (1950, 6, 25));
  g_assert_cmpint (date, <, 0);

  g_assert_true (kwa_date_parse ("1900-01-01", &date));
  g_assert_true (kwa_date_parse ("2100-12-31", &date));
  g_assert_true (kwa_date_parse ("1953-07-27", NULL));
}

static void
test_parse_malformed (void)
{
  static const char * const malformed[] = {
    "", "1950", "1950-06", "1950-6-25", "1950-06-5", "50-06-25", "01950-06-25",
    "1950/06/25", "25-06-1950", "1950-06-25T00:00", "1950-06-25 ", " 1950-06-25",
    "1950-06-2x", "+950-06-25", "-950-06-25", "1950-0x-25", "1950--06-25",
    "１９５０-06-25",  /* full-width digits */
  };

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      KwaDate date = 12345;

      g_test_message ("%s", malformed[i]);
      g_assert_false (kwa_date_parse (malformed[i], &date));
      g_assert_cmpint (date, ==, 12345);
      g_assert_cmpint (kwa_date_parse_checked (malformed[i], NULL, NULL, NULL), ==, KWA_DATE_PARSE_MALFORMED);
    }
}

static void
test_parse_impossible (void)
{
  static const struct {
    const char *text;
    KwaDateParseStatus status;
  } cases[] = {
    { "1950-13-01", KWA_DATE_PARSE_NO_SUCH_MONTH },
    { "1950-00-10", KWA_DATE_PARSE_NO_SUCH_MONTH },
    { "1950-06-31", KWA_DATE_PARSE_NO_SUCH_DAY },
    { "1950-06-00", KWA_DATE_PARSE_NO_SUCH_DAY },
    { "1950-04-31", KWA_DATE_PARSE_NO_SUCH_DAY },
    { "1950-01-32", KWA_DATE_PARSE_NO_SUCH_DAY },
    { "1950-02-29", KWA_DATE_PARSE_NO_SUCH_DAY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int year = 0;
      int month = 0;
      int day = 0;

      g_test_message ("%s", cases[i].text);
      g_assert_false (kwa_date_parse (cases[i].text, NULL));
      g_assert_cmpint (kwa_date_parse_checked (cases[i].text, &year, &month, &day), ==, cases[i].status);
      /* The parts are known, so a message can say which month was wrong. */
      g_assert_cmpint (year, ==, 1950);
    }
}

static void
test_parse_leap_years (void)
{
  /* Divisible by 100 but not by 400: not a leap year. */
  g_assert_false (kwa_date_parse ("1900-02-29", NULL));
  g_assert_cmpint (kwa_date_parse_checked ("1900-02-29", NULL, NULL, NULL), ==, KWA_DATE_PARSE_NO_SUCH_DAY);
  /* Divisible by 400: a leap year. */
  g_assert_true (kwa_date_parse ("2000-02-29", NULL));
  /* A leap year of the war's time. */
  g_assert_true (kwa_date_parse ("1952-02-29", NULL));
  g_assert_false (kwa_date_parse ("1951-02-29", NULL));
  g_assert_false (kwa_date_parse ("1952-02-30", NULL));

  g_assert_false (kwa_date_is_leap_year (1900));
  g_assert_true (kwa_date_is_leap_year (2000));
  g_assert_true (kwa_date_is_leap_year (1952));
  g_assert_false (kwa_date_is_leap_year (1953));
  g_assert_cmpint (kwa_date_days_in_month (1952, 2), ==, 29);
  g_assert_cmpint (kwa_date_days_in_month (1953, 2), ==, 28);
  g_assert_cmpint (kwa_date_days_in_month (1950, 6), ==, 30);
  g_assert_cmpint (kwa_date_days_in_month (1950, 12), ==, 31);

  g_assert_cmpint (kwa_date_from_ymd (1952, 3, 1) - kwa_date_from_ymd (1952, 2, 28), ==, 2);
  g_assert_cmpint (kwa_date_from_ymd (1900, 3, 1) - kwa_date_from_ymd (1900, 2, 28), ==, 1);
}

static void
test_parse_out_of_range (void)
{
  static const char * const outside[] = { "1899-12-31", "2101-01-01", "0001-01-01", "9999-12-31", "1850-06-25" };

  for (guint i = 0; i < G_N_ELEMENTS (outside); i++)
    {
      g_test_message ("%s", outside[i]);
      g_assert_false (kwa_date_parse (outside[i], NULL));
      g_assert_cmpint (kwa_date_parse_checked (outside[i], NULL, NULL, NULL), ==, KWA_DATE_PARSE_OUT_OF_RANGE);
    }

  g_assert_true (kwa_date_parse ("1900-01-01", NULL));
  g_assert_true (kwa_date_parse ("2100-12-31", NULL));
}

/* GDate is an independent implementation of the same calendar: every day
 * the exhibit may use must agree with it, and survive text and back.
 */
static void
test_round_trip_every_day (void)
{
  g_autoptr(GDate) epoch = g_date_new_dmy (1, G_DATE_JANUARY, 1970);
  g_autoptr(GDate) day = g_date_new_dmy (1, G_DATE_JANUARY, KWA_DATE_MIN_YEAR);
  KwaDate previous = KWA_DATE_NONE;
  guint n_days = 0;

  while (g_date_get_year (day) <= KWA_DATE_MAX_YEAR)
    {
      int year = g_date_get_year (day);
      int month = g_date_get_month (day);
      int dom = g_date_get_day (day);
      KwaDate date = kwa_date_from_ymd (year, month, dom);
      g_autofree char *iso = kwa_date_to_iso (date);
      KwaDate parsed = KWA_DATE_NONE;
      int y, m, d;

      g_assert_cmpint (date, ==, (gint64) g_date_get_julian (day) - (gint64) g_date_get_julian (epoch));
      if (previous != KWA_DATE_NONE)
        g_assert_cmpint (date, ==, previous + 1);

      kwa_date_get_ymd (date, &y, &m, &d);
      g_assert_cmpint (y, ==, year);
      g_assert_cmpint (m, ==, month);
      g_assert_cmpint (d, ==, dom);

      g_assert_true (kwa_date_parse (iso, &parsed));
      g_assert_cmpint (parsed, ==, date);

      previous = date;
      n_days++;
      g_date_add_days (day, 1);
    }

  /* 201 years, 49 of them leap years (1900 and 2100 are not). */
  g_assert_cmpuint (n_days, ==, 201 * 365 + 49);
}

static void
test_known_spans (void)
{
  KwaDate start = kwa_date_from_ymd (1950, 6, 25);
  KwaDate armistice = kwa_date_from_ymd (1953, 7, 27);
  g_autofree char *iso = kwa_date_to_iso (-1);
  int year, month, day;

  /* The war lasted 1,129 days, counting both ends. */
  g_assert_cmpint (armistice - start + 1, ==, 1129);

  g_assert_cmpstr (iso, ==, "1969-12-31");
  kwa_date_get_ymd (kwa_date_from_ymd (1900, 1, 1), &year, &month, &day);
  g_assert_cmpint (year, ==, 1900);
  g_assert_cmpint (month, ==, 1);
  g_assert_cmpint (day, ==, 1);
}

static void
test_format (void)
{
  static const struct {
    int year, month, day;
    const char *english;
    const char *korean;
  } cases[] = {
    { 1950, 6, 25, "June 25, 1950", "1950년 6월 25일" },
    { 1953, 7, 27, "July 27, 1953", "1953년 7월 27일" },
    { 1945, 8, 15, "August 15, 1945", "1945년 8월 15일" },
    { 1900, 1, 1, "January 1, 1900", "1900년 1월 1일" },
    { 2100, 12, 31, "December 31, 2100", "2100년 12월 31일" },
    { 1952, 2, 29, "February 29, 1952", "1952년 2월 29일" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KwaDate date = kwa_date_from_ymd (cases[i].year, cases[i].month, cases[i].day);
      g_autofree char *english = kwa_date_format (date, KWA_LANGUAGE_EN);
      g_autofree char *korean = kwa_date_format (date, KWA_LANGUAGE_KO);

      g_assert_cmpstr (english, ==, cases[i].english);
      g_assert_cmpstr (korean, ==, cases[i].korean);
    }
}

static void
test_format_span (void)
{
  KwaDate start = kwa_date_from_ymd (1950, 6, 25), end = kwa_date_from_ymd (1950, 6, 28);
  g_autofree char *one = kwa_date_format_span (start, KWA_DATE_NONE, KWA_LANGUAGE_EN);
  g_autofree char *same = kwa_date_format_span (start, start, KWA_LANGUAGE_EN);
  g_autofree char *two = kwa_date_format_span (start, end, KWA_LANGUAGE_EN);
  g_autofree char *korean = kwa_date_format_span (start, end, KWA_LANGUAGE_KO);

  g_assert_cmpstr (one, ==, "June 25, 1950");
  g_assert_cmpstr (same, ==, "June 25, 1950");
  g_assert_cmpstr (two, ==, "June 25, 1950 – June 28, 1950");
  g_assert_cmpstr (korean, ==, "1950년 6월 25일 – 1950년 6월 28일");
  g_assert_null (kwa_date_format_span (KWA_DATE_NONE, end, KWA_LANGUAGE_EN));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/format-span", test_format_span);
  g_test_add_func ("/date/parse/valid", test_parse_valid);
  g_test_add_func ("/date/parse/malformed", test_parse_malformed);
  g_test_add_func ("/date/parse/impossible", test_parse_impossible);
  g_test_add_func ("/date/parse/leap-years", test_parse_leap_years);
  g_test_add_func ("/date/parse/out-of-range", test_parse_out_of_range);
  g_test_add_func ("/date/round-trip-every-day", test_round_trip_every_day);
  g_test_add_func ("/date/known-spans", test_known_spans);
  g_test_add_func ("/date/format", test_format);

  return g_test_run ();
}
