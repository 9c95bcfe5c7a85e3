/* kwa-exhibit.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kwa-date.h"
#include "kwa-exhibit-records.h"
#include "kwa-geometry.h"
#include "kwa-problem.h"
#include "kwa-text.h"

G_BEGIN_DECLS

#define KWA_EXHIBIT_DEFAULT_URI "resource:///org/koreanwaratlas/Atlas/exhibit/korean-war.json"

/* The limits an exhibit file must stay within, so that a broken or hostile
 * file is refused quickly instead of exhausting memory or the stack.
 */
#define KWA_EXHIBIT_MAX_FILE_SIZE    (16 * 1024 * 1024)
#define KWA_EXHIBIT_MAX_DEPTH        64
#define KWA_EXHIBIT_MAX_STRING_SIZE  (64 * 1024)
#define KWA_EXHIBIT_MAX_ITEMS        10000
#define KWA_EXHIBIT_MAX_COORDINATES  100000
/* JSON values in the whole file (the bundled exhibit has about 10,000):
 * checked before the tree is built, so a hostile 16 MiB file of tiny
 * values cannot make the parser use gigabytes. */
#define KWA_EXHIBIT_MAX_VALUES       1000000
/* Languages one exhibit may be written in. */
#define KWA_EXHIBIT_MAX_LANGUAGES    8
/* At most this many problems are listed (all are counted), and as many
 * warnings. */
#define KWA_EXHIBIT_MAX_PROBLEMS     1000

#define KWA_EXHIBIT_ERROR (kwa_exhibit_error_quark ())

typedef enum
{
  KWA_EXHIBIT_ERROR_READ,     /* the file could not be read */
  KWA_EXHIBIT_ERROR_LIMIT,    /* too large or too deeply nested to parse */
  KWA_EXHIBIT_ERROR_SYNTAX,   /* not JSON (or not UTF-8) */
  KWA_EXHIBIT_ERROR_VERSION,  /* written for another schema version */
  KWA_EXHIBIT_ERROR_INVALID,  /* JSON that breaks the exhibit format */
  KWA_EXHIBIT_ERROR_BASEMAP,  /* valid, but the basemap cannot be used */
} KwaExhibitError;

GQuark kwa_exhibit_error_quark (void);

#define KWA_TYPE_EXHIBIT (kwa_exhibit_get_type ())

G_DECLARE_FINAL_TYPE (KwaExhibit, kwa_exhibit, KWA, EXHIBIT, GObject)

KwaExhibit           *kwa_exhibit_new_from_file        (GFile        *file,
                                                        GPtrArray   **out_problems,
                                                        GError      **error);
KwaExhibit           *kwa_exhibit_new_from_bytes       (GBytes       *bytes,
                                                        GFile        *base_file,
                                                        GPtrArray   **out_problems,
                                                        GError      **error);
KwaExhibit           *kwa_exhibit_new_default          (GError      **error);

GFile                *kwa_exhibit_get_file             (KwaExhibit   *self);
GFile                *kwa_exhibit_get_basemap_file     (KwaExhibit   *self);
const char           *kwa_exhibit_get_projection_string (KwaExhibit  *self);
const KwaBBox        *kwa_exhibit_get_bbox             (KwaExhibit   *self);
KwaDateRange          kwa_exhibit_get_time_range       (KwaExhibit   *self);
KwaDateRange          kwa_exhibit_get_war_span         (KwaExhibit   *self);
const KwaLanguage    *kwa_exhibit_get_languages        (KwaExhibit   *self,
                                                        guint        *n_languages);
KwaLanguage           kwa_exhibit_get_first_language   (KwaExhibit   *self);
gboolean              kwa_exhibit_has_language         (KwaExhibit   *self,
                                                        KwaLanguage   language);
const char           *kwa_exhibit_get_language_name    (KwaExhibit   *self,
                                                        KwaLanguage   language);
gboolean              kwa_exhibit_find_language        (KwaExhibit   *self,
                                                        const char   *text,
                                                        KwaLanguage  *out_language);
char                 *kwa_exhibit_list_languages       (KwaExhibit   *self);
GPtrArray            *kwa_exhibit_get_warnings         (KwaExhibit   *self);
const KwaText        *kwa_exhibit_get_title            (KwaExhibit   *self);
const KwaText        *kwa_exhibit_get_subtitle         (KwaExhibit   *self);
const KwaText        *kwa_exhibit_get_attribution      (KwaExhibit   *self);

const KwaSide        *kwa_exhibit_get_side             (KwaExhibit   *self,
                                                        KwaSideId     side);
const KwaPhase       *kwa_exhibit_get_phases           (KwaExhibit   *self,
                                                        guint        *n_phases);
const KwaPhase       *kwa_exhibit_find_phase           (KwaExhibit   *self,
                                                        KwaDate       date);
const KwaPlace       *kwa_exhibit_get_places           (KwaExhibit   *self,
                                                        guint        *n_places);
const KwaEvent       *kwa_exhibit_get_events           (KwaExhibit   *self,
                                                        guint        *n_events);
const KwaFront       *kwa_exhibit_get_fronts           (KwaExhibit   *self,
                                                        guint        *n_fronts);
const KwaEnclave     *kwa_exhibit_get_enclaves         (KwaExhibit   *self,
                                                        guint        *n_enclaves);
const KwaHolding     *kwa_exhibit_get_holdings         (KwaExhibit   *self,
                                                        guint        *n_holdings);
const KwaHolding     *kwa_exhibit_find_holding         (KwaExhibit   *self,
                                                        const KwaPlace *place);
const KwaMovement    *kwa_exhibit_get_movements        (KwaExhibit   *self,
                                                        guint        *n_movements);
const KwaLine        *kwa_exhibit_get_lines            (KwaExhibit   *self,
                                                        guint        *n_lines);
const KwaFigure      *kwa_exhibit_get_figures          (KwaExhibit   *self,
                                                        guint        *n_figures);
const KwaChart       *kwa_exhibit_get_charts           (KwaExhibit   *self,
                                                        guint        *n_charts);
const KwaLeader      *kwa_exhibit_get_leaders          (KwaExhibit   *self,
                                                        guint        *n_leaders);
const KwaPerspective *kwa_exhibit_get_perspectives     (KwaExhibit   *self,
                                                        guint        *n_perspectives);
const KwaTour        *kwa_exhibit_get_tours            (KwaExhibit   *self,
                                                        guint        *n_tours);
const KwaSource      *kwa_exhibit_get_sources          (KwaExhibit   *self,
                                                        guint        *n_sources);

const KwaEvent       *kwa_exhibit_find_event           (KwaExhibit   *self,
                                                        const char   *id);
const KwaPlace       *kwa_exhibit_find_place           (KwaExhibit   *self,
                                                        const char   *id);
const KwaSource      *kwa_exhibit_find_source          (KwaExhibit   *self,
                                                        const char   *id);
const KwaTour        *kwa_exhibit_find_tour            (KwaExhibit   *self,
                                                        const char   *id);

gboolean              kwa_exhibit_get_events_in_range  (KwaExhibit   *self,
                                                        KwaDate       from,
                                                        KwaDate       to,
                                                        guint        *out_first,
                                                        guint        *out_n);

G_END_DECLS
