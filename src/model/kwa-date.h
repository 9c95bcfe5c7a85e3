/* kwa-date.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kwa-language.h"

G_BEGIN_DECLS

/* A calendar day: the number of days since 1970-01-01 in the proleptic
 * Gregorian calendar. Plain integers, so the timeline can compare,
 * subtract and interpolate dates without allocating anything.
 */
typedef gint32 KwaDate;

/* "No date", for optional dates such as an event's end. */
#define KWA_DATE_NONE G_MININT32

/* The years an exhibit may use. */
#define KWA_DATE_MIN_YEAR 1900
#define KWA_DATE_MAX_YEAR 2100

/* An inclusive span of days. */
typedef struct
{
  KwaDate start;
  KwaDate end;
} KwaDateRange;

typedef enum
{
  KWA_DATE_PARSE_OK,
  KWA_DATE_PARSE_MALFORMED,     /* not "YYYY-MM-DD" */
  KWA_DATE_PARSE_NO_SUCH_MONTH, /* "1950-13-01" */
  KWA_DATE_PARSE_NO_SUCH_DAY,   /* "1950-02-30" */
  KWA_DATE_PARSE_OUT_OF_RANGE,  /* a real day, but before 1900 or after 2100 */
} KwaDateParseStatus;

gboolean           kwa_date_parse         (const char  *text,
                                           KwaDate     *out_date);
KwaDateParseStatus kwa_date_parse_checked (const char  *text,
                                           int         *out_year,
                                           int         *out_month,
                                           int         *out_day);

KwaDate            kwa_date_from_ymd      (int          year,
                                           int          month,
                                           int          day);
void               kwa_date_get_ymd       (KwaDate      date,
                                           int         *out_year,
                                           int         *out_month,
                                           int         *out_day);

gboolean           kwa_date_is_leap_year  (int          year);
int                kwa_date_days_in_month (int          year,
                                           int          month);

char              *kwa_date_to_iso        (KwaDate      date);
char              *kwa_date_format        (KwaDate      date,
                                           KwaLanguage  language);
char              *kwa_date_format_span   (KwaDate      start,
                                           KwaDate      end,
                                           KwaLanguage  language);

G_END_DECLS
