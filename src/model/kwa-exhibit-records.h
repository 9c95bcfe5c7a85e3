/* kwa-exhibit-records.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kwa-color.h"
#include "kwa-date.h"
#include "kwa-geometry.h"
#include "kwa-text.h"

G_BEGIN_DECLS

/* The records of a loaded exhibit, one struct per collection of the file
 * (docs/exhibit-format.md). They are plain data owned by the KwaExhibit and
 * read-only for everyone else. References between them are already
 * resolved to pointers, so views never look an id up while drawing.
 *
 * Optional values the file leaves out are NULL, KWA_DATE_NONE, an unset
 * KwaText (both languages NULL), an UNSTATED enum value or a has_* flag.
 */

typedef struct _KwaSource KwaSource;
typedef struct _KwaPlace  KwaPlace;
typedef struct _KwaEvent  KwaEvent;

typedef enum
{
  KWA_SIDE_NORTH,
  KWA_SIDE_SOUTH,
} KwaSideId;

#define KWA_N_SIDES 2

typedef enum
{
  KWA_CONFIDENCE_UNSTATED,
  KWA_CONFIDENCE_HIGH,
  KWA_CONFIDENCE_MEDIUM,
  KWA_CONFIDENCE_LOW,
} KwaConfidence;

typedef enum
{
  KWA_PLACE_CAPITAL,
  KWA_PLACE_CITY,
  KWA_PLACE_PORT,
  KWA_PLACE_RIVER_CROSSING,
  KWA_PLACE_BATTLEFIELD,
  KWA_PLACE_RESERVOIR,
  KWA_PLACE_ISLAND,
  KWA_PLACE_MOUNTAIN,
  KWA_PLACE_REGION,
  KWA_PLACE_AIRFIELD,
} KwaPlaceKind;

typedef enum
{
  KWA_EVENT_POLITICAL,
  KWA_EVENT_MILITARY,
  KWA_EVENT_DIPLOMATIC,
  KWA_EVENT_HUMANITARIAN,
} KwaEventCategory;

typedef enum
{
  KWA_MOVEMENT_ADVANCE,
  KWA_MOVEMENT_WITHDRAWAL,
  KWA_MOVEMENT_LANDING,
  KWA_MOVEMENT_EVACUATION,
  KWA_MOVEMENT_OFFENSIVE,
} KwaMovementKind;

typedef enum
{
  KWA_LINE_PARALLEL,
  KWA_LINE_MDL,
  KWA_LINE_DMZ,
} KwaLineKind;

typedef enum
{
  KWA_FIGURE_CASUALTIES,
  KWA_FIGURE_FORCES,
  KWA_FIGURE_REFUGEES,
  KWA_FIGURE_TERRITORY,
  KWA_FIGURE_OTHER,
} KwaFigureCategory;

typedef enum
{
  KWA_SOURCE_KIND_UNSTATED,
  KWA_SOURCE_KIND_BOOK,
  KWA_SOURCE_KIND_OFFICIAL_HISTORY,
  KWA_SOURCE_KIND_DOCUMENT,
  KWA_SOURCE_KIND_ENCYCLOPEDIA,
  KWA_SOURCE_KIND_ARTICLE,
  KWA_SOURCE_KIND_WEB,
} KwaSourceKind;

typedef enum
{
  KWA_TOUR_VIEW_CENTER,  /* center + zoom */
  KWA_TOUR_VIEW_BBOX,    /* fit a box */
} KwaTourViewKind;

struct _KwaSource
{
  char          *id;
  char          *title;
  char          *author;      /* nullable, but author or publisher is set */
  char          *publisher;   /* nullable */
  int            year;
  char          *url;         /* nullable */
  KwaSourceKind  kind;
};

/* What a side was called before it was the side the map names: before
 * the war the land was held by occupying powers, then by two states, not
 * yet by the war's two coalitions.
 */
typedef struct
{
  KwaDate     until;          /* the first day the next name applies */
  KwaText     name;
} KwaSideEarlierName;

typedef struct
{
  KwaSideId           id;
  KwaText             name;
  KwaSideEarlierName *earlier_names;   /* in date order */
  guint               n_earlier_names;
  KwaText            *forces;
  guint               n_forces;
  KwaColor            color;
  KwaLonLat           anchor;         /* a point this side never loses */
} KwaSide;

typedef struct
{
  char       *id;
  KwaText     name;
  KwaText     short_name;   /* optional: a chip too narrow for the name */
  KwaDate     start;
  KwaDate     end;
  KwaText     summary;
} KwaPhase;

typedef struct
{
  KwaTourViewKind    kind;
  KwaLonLat          center;       /* KWA_TOUR_VIEW_CENTER */
  double             zoom;         /* KWA_TOUR_VIEW_CENTER: 1 whole peninsula … 8 */
  KwaBBox            bbox;         /* KWA_TOUR_VIEW_BBOX */
} KwaTourView;

/* What a media file is, from its first bytes (its name must agree). */
typedef enum
{
  KWA_MEDIA_IMAGE,   /* PNG, JPEG or SVG */
  KWA_MEDIA_VIDEO,   /* WebM */
  KWA_MEDIA_AUDIO,   /* Ogg: Opus or Vorbis */
  KWA_MEDIA_MAP,     /* no file: the exhibit's own map of a day, drawn live */
} KwaMediaKind;

/* The limits a media file must keep, so a kiosk never decodes a
 * 100-megapixel scan or loads a film the size of the disk. */
#define KWA_MEDIA_MAX_BYTES    (20 * 1024 * 1024)
#define KWA_MEDIA_MAX_PIXELS   8000   /* a side of a raster image */

/* A picture, film or sound beside an event, a tour stop, a place or a
 * perspective: a file in the exhibit's folder (or below it), with a
 * caption, credit, licence and the words a screen reader says instead. */
typedef struct
{
  char         *path;       /* as written, relative to the exhibit's folder */
  GFile        *file;       /* resolved; NULL if it could not be */
  KwaMediaKind  kind;
  const char   *mime_type;  /* "image/png", "video/webm", "audio/ogg", … */
  int           width;      /* raster images, in pixels; else 0 */
  int           height;
  KwaText       caption;
  KwaText       credit;
  char         *licence;    /* an SPDX id ("CC-BY-4.0") or words ("public domain") */
  KwaText       alt;        /* required for images, video and maps */
  KwaDate       map_date;   /* KWA_MEDIA_MAP: the day drawn … */
  KwaTourView   map_view;   /* … and the area it frames */
} KwaMedia;

struct _KwaPlace
{
  char         *id;
  KwaText       name;
  KwaLonLat     point;
  KwaPlaceKind  kind;
  int           importance;   /* 1 always labelled … 3 only zoomed in */
  gboolean      approximate;
  KwaDate       from;         /* labelled from this day on (a hill named in
                                 the fighting); KWA_DATE_NONE: always */
  KwaMedia     *media;
  guint         n_media;
};

typedef struct
{
  KwaText     text;
  KwaText     speaker;
  KwaDate     date;
} KwaQuote;

struct _KwaEvent
{
  char              *id;
  KwaDate            date;
  KwaDate            end;          /* KWA_DATE_NONE for a one-day event */
  KwaText            title;
  KwaText            summary;
  KwaText            body;
  const KwaPlace    *place;        /* nullable */
  gboolean           has_location; /* from the place or the event's own point */
  KwaLonLat          location;
  KwaEventCategory   category;
  int                importance;   /* 1 turning point … 3 detail */
  gboolean           has_quote;
  KwaQuote           quote;
  const KwaSource  **sources;
  guint              n_sources;
  KwaConfidence      confidence;
  KwaText            notes;        /* optional */
  KwaMedia          *media;
  guint              n_media;
};

typedef struct
{
  KwaDate            date;
  KwaPath            line;         /* from sea to sea */
  KwaConfidence      confidence;
  const KwaSource  **sources;
  guint              n_sources;
  KwaText            notes;        /* optional */
} KwaFront;

typedef struct
{
  char              *id;
  KwaText            name;
  KwaSideId          side;
  KwaDate            start;
  KwaDate            end;
  KwaPolygon         area;
  KwaConfidence      confidence;
  const KwaSource  **sources;
  guint              n_sources;
} KwaEnclave;

/* A day on which a movement's head stood at a point of its path: a town
 * the record has taken that day, say. Between two of them, and between
 * them and the start and end, the arrow grows at an even pace; one dated
 * the first day puts the head there on that day's map already (a landing
 * ashore by evening). */
typedef struct
{
  KwaDate            date;         /* the head stands there on this day's map */
  KwaLonLat          point;        /* on or near the path */
  const KwaPlace    *place;        /* nullable: the place named, whose point it is */
} KwaMovementReach;

typedef struct
{
  char              *id;
  KwaSideId          side;
  KwaText            unit;
  KwaMovementKind    kind;
  KwaDate            start;
  KwaDate            end;
  KwaPath            path;
  KwaMovementReach  *reaches;      /* in date order, each further along the path */
  guint              n_reaches;
  const KwaEvent    *event;        /* nullable */
  const KwaSource  **sources;
  guint              n_sources;
} KwaMovement;

/* One change of hands of a place: from @date on, @holder held it. The
 * record of who held what, against which the fronts are checked. */
typedef struct
{
  KwaDate            date;
  KwaSideId          holder;
  int                within_days;  /* the true day may lie this many days either side */
  KwaConfidence      confidence;
  const KwaEvent    *event;        /* nullable: the event that tells of it */
  const KwaSource  **sources;
  guint              n_sources;
  KwaText            notes;        /* optional */
} KwaHoldingChange;

/* A place's changes of hands in date order; the first is its holder at
 * the division. */
typedef struct
{
  const KwaPlace    *place;
  KwaHoldingChange  *changes;
  guint              n_changes;
} KwaHolding;

typedef struct
{
  char              *id;
  KwaLineKind        kind;
  KwaText            name;
  KwaPath            path;
  KwaDate            start;        /* KWA_DATE_NONE: always drawn */
  KwaDate            end;          /* KWA_DATE_NONE: never ends */
  double             width_km;     /* the DMZ's width; 0 for other lines */
  const KwaSource  **sources;
  guint              n_sources;
} KwaLine;

typedef struct
{
  char              *id;
  KwaText            label;
  KwaFigureCategory  category;
  double             low;
  double             high;
  gboolean           has_best;
  double             best;
  KwaText            unit;
  KwaDate            as_of;
  gboolean           has_side;     /* whose the number is: a bar's colour */
  KwaSideId          side;
  const KwaSource  **sources;
  guint              n_sources;
  KwaText            notes;        /* optional */
} KwaFigure;

/* Figures of one unit, drawn side by side as bars in the Figures view. */
#define KWA_CHART_MAX_BARS 24

typedef struct
{
  char              *id;
  KwaText            title;
  const KwaFigure  **figures;
  guint              n_figures;
  KwaText            notes;        /* optional */
} KwaChart;

typedef struct
{
  char              *id;
  KwaText            name;
  KwaText            role;
  KwaSideId          side;
  KwaDate            start;
  KwaDate            end;
  const KwaSource  **sources;
  guint              n_sources;
} KwaLeader;

typedef struct
{
  char              *id;
  KwaText            viewpoint;
  KwaText            title;
  KwaText            body;
  const KwaSource  **sources;
  guint              n_sources;
  KwaMedia          *media;
  guint              n_media;
} KwaPerspective;


/* A voice reading a tour stop's narration in one language: a sound file
 * beside the exhibit, and where each sentence of the narration begins in
 * it (kwa-narration.c). Without cues, captions follow the sentences'
 * lengths. */
typedef struct
{
  KwaLanguage        language;
  KwaMedia           media;        /* KWA_MEDIA_AUDIO */
  double            *cues;         /* seconds, one per sentence; NULL: none */
  guint              n_cues;
} KwaVoice;

typedef struct
{
  KwaDate            date;
  const KwaEvent    *event;        /* nullable */
  KwaTourView        view;
  KwaText            narration;
  KwaText            notes;        /* optional: the teacher's notes */
  int                duration;     /* seconds in the attract loop, 3–120 */
  KwaMedia          *media;
  guint              n_media;
  KwaVoice          *voices;       /* at most one per language */
  guint              n_voices;
} KwaTourStop;

typedef struct
{
  char              *id;
  KwaText            title;
  KwaText            description;
  KwaTourStop       *stops;
  guint              n_stops;
} KwaTour;

/* The words the exhibit file uses for each value, e.g. "river-crossing". */
const char *kwa_side_id_to_string          (KwaSideId         side);
const char *kwa_confidence_to_string       (KwaConfidence     confidence);
const char *kwa_place_kind_to_string       (KwaPlaceKind      kind);
const char *kwa_event_category_to_string   (KwaEventCategory  category);
const char *kwa_movement_kind_to_string    (KwaMovementKind   kind);
const char *kwa_line_kind_to_string        (KwaLineKind       kind);
const char *kwa_figure_category_to_string  (KwaFigureCategory category);
const char *kwa_source_kind_to_string      (KwaSourceKind     kind);

gboolean    kwa_place_is_labelled_on       (const KwaPlace    *place,
                                            KwaDate            date);

const KwaText *kwa_side_get_name_on        (const KwaSide     *side,
                                            KwaDate            date);

const char *kwa_tour_stop_get_title        (const KwaTourStop *stop,
                                            KwaLanguage        language);
const KwaMedia *kwa_tour_stop_get_media    (const KwaTourStop *stop,
                                            guint             *n_media);
const KwaVoice *kwa_tour_stop_get_voice    (const KwaTourStop *stop,
                                            KwaLanguage        language);
char       *kwa_media_dup_credit           (const KwaMedia    *media,
                                            KwaLanguage        language);

void        kwa_media_list_free            (KwaMedia          *media,
                                            guint              n_media);
void        kwa_voice_list_free            (KwaVoice          *voices,
                                            guint              n_voices);

G_END_DECLS
