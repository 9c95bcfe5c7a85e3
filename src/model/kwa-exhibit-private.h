/* kwa-exhibit-private.h: what the exhibit, its loader and its records share
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "kwa-exhibit.h"
#include "kwa-problem-log.h"

G_BEGIN_DECLS

struct _KwaExhibit
{
  GObject       parent_instance;

  /* Owned. Filled once by kwa_exhibit_load() and never changed after. */
  GFile        *file;           /* nullable: loaded from bytes */
  char         *file_name;      /* for messages */
  GFile        *basemap_file;   /* nullable: no file to resolve it against */

  /* meta.languages, in the exhibit's order; the first is every text's
   * fallback. Each name is the language's name for itself. */
  KwaLanguage   languages[KWA_EXHIBIT_MAX_LANGUAGES];
  char         *language_names[KWA_EXHIBIT_MAX_LANGUAGES];
  guint         n_languages;
  /* element-type KwaProblem: what a valid exhibit still lacks, such as
   * missing translations */
  GPtrArray    *warnings;

  KwaText       title;
  KwaText       subtitle;
  KwaText       attribution;
  char         *basemap_path;
  char         *projection;
  KwaBBox       bbox;
  KwaDateRange  time_range;
  KwaDateRange  war;

  /* GArrays of records, which own their contents; sized once before they
   * are filled, so pointers into them stay valid.
   */
  GArray       *sides;
  GArray       *phases;
  GArray       *places;
  GArray       *events;
  GArray       *fronts;
  GArray       *enclaves;
  GArray       *movements;
  GArray       *holdings;
  GArray       *lines;
  GArray       *figures;
  GArray       *charts;
  GArray       *leaders;
  GArray       *perspectives;
  GArray       *tours;
  GArray       *sources;

  /* Borrowed from the arrays above. */
  const KwaSide *side_by_id[KWA_N_SIDES];
  GHashTable   *events_by_id;
  GHashTable   *figures_by_id;
  GHashTable   *places_by_id;
  GHashTable   *sources_by_id;
  GHashTable   *tours_by_id;
};

/* kwa-exhibit-syntax.c: the checks on the raw bytes, and, if @out_root is
 * given, the JSON tree they hold. Returns FALSE (setting @error) when the
 * bytes must not be read further; problems that still allow reading are
 * only logged.
 */
gboolean kwa_exhibit_check_syntax (const char    *data,
                                   gsize          length,
                                   KwaProblemLog *log,
                                   JsonNode     **out_root,
                                   GError       **error);

/* kwa-exhibit-file.c */
GBytes  *kwa_exhibit_read_file    (GFile         *file,
                                   const char    *file_name,
                                   GPtrArray     *problems,
                                   GError       **error);

/* kwa-exhibit-loader.c */
gboolean kwa_exhibit_load         (KwaExhibit    *self,
                                   GBytes        *bytes,
                                   GPtrArray     *problems,
                                   GError       **error);

/* kwa-exhibit-records.c: the words the file uses, NULL-terminated and in
 * the order of each enum (after its UNSTATED value, if it has one).
 */
extern const char * const kwa_side_id_names[];
extern const char * const kwa_confidence_names[];
extern const char * const kwa_place_kind_names[];
extern const char * const kwa_event_category_names[];
extern const char * const kwa_movement_kind_names[];
extern const char * const kwa_line_kind_names[];
extern const char * const kwa_figure_category_names[];
extern const char * const kwa_source_kind_names[];

void kwa_side_clear        (KwaSide        *side);
void kwa_phase_clear       (KwaPhase       *phase);
void kwa_place_clear       (KwaPlace       *place);
void kwa_event_clear       (KwaEvent       *event);
void kwa_front_clear       (KwaFront       *front);
void kwa_enclave_clear     (KwaEnclave     *enclave);
void kwa_movement_clear    (KwaMovement    *movement);
void kwa_holding_clear     (KwaHolding     *holding);
void kwa_line_clear        (KwaLine        *line);
void kwa_figure_clear      (KwaFigure      *figure);
void kwa_chart_clear       (KwaChart       *chart);
void kwa_leader_clear      (KwaLeader      *leader);
void kwa_perspective_clear (KwaPerspective *perspective);
void kwa_tour_clear        (KwaTour        *tour);
void kwa_source_clear      (KwaSource      *source);

G_END_DECLS
