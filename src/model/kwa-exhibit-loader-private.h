/* kwa-exhibit-loader-private.h: what the parts of the exhibit loader share
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-exhibit-private.h"
#include "kwa-json-cursor.h"
#include "kwa-json-values.h"

G_BEGIN_DECLS

/* One load of one file. The cursor comes first, so that a parser handed
 * the cursor (a KwaJsonParseFunc) finds the loader it belongs to.
 */
typedef struct
{
  KwaJsonCursor  cursor;
  KwaExhibit    *exhibit;
  gboolean       bbox_usable;        /* meta.bbox is valid: check coordinates */
  gboolean       wrong_version;
  guint          id_suggestions_left;
  /* Indexes of collections missing or not a list: that is reported once,
   * not again at every reference into them.
   */
  GHashTable    *unreadable;
} KwaExhibitLoader;

static inline KwaExhibitLoader *
kwa_exhibit_loader_from_cursor (KwaJsonCursor *cursor)
{
  return (KwaExhibitLoader *) cursor;
}

typedef void (*KwaRecordParseFunc) (KwaExhibitLoader *l,
                                    JsonNode         *node,
                                    gpointer          record);

/* kwa-exhibit-loader.c: collections */
gboolean      kwa_exhibit_loader_parse_collection       (KwaExhibitLoader     *l,
                                                         JsonObject           *root,
                                                         const char           *key,
                                                         GArray               *records,
                                                         KwaRecordParseFunc    parse_record);

/* kwa-exhibit-loader-geojson.c: KwaJsonParseFunc for geometries, whose
 * positions are checked against meta.bbox
 */
gboolean      kwa_exhibit_loader_parse_position         (KwaJsonCursor        *cursor,
                                                         JsonNode             *node,
                                                         gpointer              out_point);
gboolean      kwa_exhibit_loader_parse_point_geometry   (KwaJsonCursor        *cursor,
                                                         JsonNode             *node,
                                                         gpointer              out_point);
gboolean      kwa_exhibit_loader_parse_line_geometry    (KwaJsonCursor        *cursor,
                                                         JsonNode             *node,
                                                         gpointer              out_path);
gboolean      kwa_exhibit_loader_parse_polygon_geometry (KwaJsonCursor        *cursor,
                                                         JsonNode             *node,
                                                         gpointer              out_polygon);
gboolean      kwa_exhibit_loader_parse_map_box          (KwaJsonCursor        *cursor,
                                                         JsonNode             *node,
                                                         gpointer              out_bbox);
gboolean      kwa_exhibit_loader_parse_view_box         (KwaJsonCursor        *cursor,
                                                         JsonNode             *node,
                                                         gpointer              out_bbox);

/* kwa-exhibit-loader-references.c: ids of other records, resolved */
gboolean      kwa_exhibit_loader_parse_tour_view        (KwaJsonCursor        *cursor,
                                                         JsonNode             *node,
                                                         gpointer              out_view);
gpointer      kwa_exhibit_loader_resolve_reference      (KwaExhibitLoader     *l,
                                                         JsonNode             *node,
                                                         GHashTable           *index,
                                                         const char           *what);
gboolean      kwa_exhibit_loader_parse_place_reference  (KwaJsonCursor        *cursor,
                                                         JsonNode             *node,
                                                         gpointer              out_place);
gboolean      kwa_exhibit_loader_parse_event_reference  (KwaJsonCursor        *cursor,
                                                         JsonNode             *node,
                                                         gpointer              out_event);

gboolean      kwa_exhibit_loader_read_sources           (KwaExhibitLoader     *l,
                                                         JsonObject           *object,
                                                         const KwaSource    ***out_sources,
                                                         guint                *out_n_sources);

/* kwa-exhibit-loader-media.c and -meta.c: files beside the exhibit */
GFile        *kwa_exhibit_loader_resolve_file           (KwaExhibitLoader     *l,
                                                         const char           *path,
                                                         const char           *what);
void          kwa_exhibit_loader_read_media             (KwaExhibitLoader     *l,
                                                         JsonObject           *object,
                                                         KwaMedia            **out_media,
                                                         guint                *out_n_media);
void          kwa_exhibit_loader_read_voices            (KwaExhibitLoader     *l,
                                                         JsonObject           *object,
                                                         const KwaText        *narration,
                                                         KwaVoice            **out_voices,
                                                         guint                *out_n_voices);

/* kwa-exhibit-loader-members.c: members many records have */
void          kwa_exhibit_loader_check_span             (KwaExhibitLoader     *l,
                                                         const char           *end_key,
                                                         KwaDate               start,
                                                         KwaDate               end);
void          kwa_exhibit_loader_read_span              (KwaExhibitLoader     *l,
                                                         JsonObject           *object,
                                                         const char           *start_key,
                                                         KwaFieldNeed          end_need,
                                                         KwaDate              *out_start,
                                                         KwaDate              *out_end);
int           kwa_exhibit_loader_read_word              (KwaExhibitLoader     *l,
                                                         JsonObject           *object,
                                                         const char           *key,
                                                         KwaFieldNeed          need,
                                                         const char * const   *words);
KwaSideId     kwa_exhibit_loader_read_side              (KwaExhibitLoader     *l,
                                                         JsonObject           *object,
                                                         const char           *key);
KwaConfidence kwa_exhibit_loader_read_confidence        (KwaExhibitLoader     *l,
                                                         JsonObject           *object);
gboolean      kwa_exhibit_loader_read_list              (KwaJsonCursor        *cursor,
                                                         JsonNode             *node,
                                                         const char           *expected,
                                                         KwaJsonParseFunc      parse,
                                                         gsize                 element_size,
                                                         gpointer             *out_elements,
                                                         guint                *out_length);

/* The records, by family; each parses one item of its collection. */

/* kwa-exhibit-loader-meta.c */
void          kwa_exhibit_loader_parse_meta             (KwaExhibitLoader     *l,
                                                         JsonObject           *root);

/* kwa-exhibit-loader-places.c: what other records refer to */
void          kwa_exhibit_loader_parse_source           (KwaExhibitLoader     *l,
                                                         JsonNode             *node,
                                                         gpointer              record);
void          kwa_exhibit_loader_parse_sides            (KwaExhibitLoader     *l,
                                                         JsonObject           *root);
void          kwa_exhibit_loader_parse_place            (KwaExhibitLoader     *l,
                                                         JsonNode             *node,
                                                         gpointer              record);

/* kwa-exhibit-loader-events.c: what happened, told */
void          kwa_exhibit_loader_parse_phase            (KwaExhibitLoader     *l,
                                                         JsonNode             *node,
                                                         gpointer              record);
void          kwa_exhibit_loader_parse_event            (KwaExhibitLoader     *l,
                                                         JsonNode             *node,
                                                         gpointer              record);
void          kwa_exhibit_loader_parse_figure           (KwaExhibitLoader     *l,
                                                         JsonNode             *node,
                                                         gpointer              record);
void          kwa_exhibit_loader_parse_chart            (KwaExhibitLoader     *l,
                                                         JsonNode             *node,
                                                         gpointer              record);
void          kwa_exhibit_loader_parse_leader           (KwaExhibitLoader     *l,
                                                         JsonNode             *node,
                                                         gpointer              record);
void          kwa_exhibit_loader_parse_perspective      (KwaExhibitLoader     *l,
                                                         JsonNode             *node,
                                                         gpointer              record);

/* kwa-exhibit-loader-ground.c: who held what, drawn on the map */
void          kwa_exhibit_loader_parse_front            (KwaExhibitLoader     *l,
                                                         JsonNode             *node,
                                                         gpointer              record);
void          kwa_exhibit_loader_parse_enclave          (KwaExhibitLoader     *l,
                                                         JsonNode             *node,
                                                         gpointer              record);
void          kwa_exhibit_loader_parse_movement         (KwaExhibitLoader     *l,
                                                         JsonNode             *node,
                                                         gpointer              record);
void          kwa_exhibit_loader_parse_holdings         (KwaExhibitLoader     *l,
                                                         JsonObject           *root);
void          kwa_exhibit_loader_parse_line             (KwaExhibitLoader     *l,
                                                         JsonNode             *node,
                                                         gpointer              record);

/* kwa-exhibit-loader-tours.c */
void          kwa_exhibit_loader_parse_tour             (KwaExhibitLoader     *l,
                                                         JsonNode             *node,
                                                         gpointer              record);

/* kwa-exhibit-loader-checks.c: rules across records */
void          kwa_exhibit_loader_check_order            (KwaExhibitLoader     *l);
void          kwa_exhibit_loader_check_main_tour        (KwaExhibitLoader     *l);

G_END_DECLS
