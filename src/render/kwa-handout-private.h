/* kwa-handout-private.h: what the handout's files share
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "kwa-handout.h"
#include "kwa-map-renderer.h"

G_BEGIN_DECLS

/* A4 landscape, in PDF points. */
#define PAGE_WIDTH    842.0
#define PAGE_HEIGHT   595.0
#define MARGIN         36.0
#define GUTTER         20.0
/* The map's share of the width between the margins. */
#define MAP_FRACTION    0.6
/* The map is drawn with a view pixel this many points: labels and the
 * legend a reader holds at arm's length need not be a screen's size. */
#define MAP_POINTS_PER_PIXEL 0.8
/* The land under the map's lines and words is printed as an image at this
 * resolution: a laser printer's halftone shows no more of a pale fill. */
#define PRINT_LAND_DPI 180
/* A stop's picture takes at most this share of its column's height (or,
 * under the map when the column has no room, of the map's). */
#define PICTURE_SHARE   0.3

/* Point sizes. */
#define SIZE_EXHIBIT_TITLE  30.0
#define SIZE_EXHIBIT_SUB    15.0
#define SIZE_TOUR_TITLE     20.0
#define SIZE_TOUR_TEXT      11.0
#define SIZE_CONTENTS        9.0
#define SIZE_STOP_META       9.5
#define SIZE_STOP_TITLE     19.0
#define SIZE_SUMMARY        11.0
#define SIZE_BODY            9.5
#define SIZE_HEADING         8.5
#define SIZE_SOURCES         7.5
#define SIZE_FOOTER          6.5
#define SIZE_TEACHER_NOTES  12.0

/* A column that does not fit is set smaller a step at a time, down to
 * this much of its size; what still does not fit is cut with an ellipsis. */
#define SHRINK_STEP      0.92
#define SHRINK_MIN       0.70

#define ELLIPSIS "…"

typedef struct
{
  /* Borrowed */
  KwaMapDocument  *document;
  KwaExhibit      *exhibit;
  const KwaTour   *tour;

  /* Owned */
  cairo_surface_t *surface;
  cairo_t         *cr;
  PangoContext    *pango;
  KwaMapRenderer  *renderer;
  PangoLayout     *footer;          /* the attribution, the same on every page */

  KwaLanguage      language;
  KwaHandoutCopy   copy;
  KwaMapExtent     extent;
  int              n_pages;
  int              page;            /* 1-based, of the page being drawn */
  double           footer_top;      /* where the footer's rule is */
} KwaHandout;

void         kwa_handout_set_gray           (cairo_t           *cr,
                                            double             level);
PangoLayout *kwa_handout_make_layout        (KwaHandout        *self,
                                            const char        *text,
                                            double             size,
                                            PangoWeight        weight,
                                            PangoStyle         style,
                                            double             width);
double       kwa_handout_layout_height      (PangoLayout       *layout);
void         kwa_handout_show_layout        (cairo_t           *cr,
                                            PangoLayout       *layout,
                                            double             x,
                                            double             y);
void         kwa_handout_add_attribute      (PangoAttrList     *attrs,
                                            PangoAttribute    *attribute,
                                            gsize              start,
                                            gsize              end);
gboolean     kwa_handout_truncate_to_height (PangoLayout       *layout,
                                            double             max_height,
                                            int                min_lines);

GArray      *kwa_handout_layout_column      (KwaHandout        *self,
                                            const KwaTourStop *stop,
                                            double             width,
                                            double             max_height);
/* A stop's picture, with its caption beside or under it. */
typedef struct
{
  const KwaMedia *media;
  PangoLayout    *caption;
  gboolean        beside;
  double          box_width;
  double          box_height;
  double          height;         /* the box and the caption */
} KwaHandoutPicture;

gboolean     kwa_handout_picture_init       (KwaHandout        *self,
                                            const KwaTourStop *stop,
                                            KwaHandoutPicture *picture,
                                            double             width,
                                            double             max_height,
                                            gboolean           beside);
void         kwa_handout_picture_draw       (KwaHandout        *self,
                                            KwaHandoutPicture *picture,
                                            double             x,
                                            double             y);
void         kwa_handout_picture_clear      (KwaHandoutPicture *picture);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KwaHandoutPicture, kwa_handout_picture_clear)
gboolean     kwa_handout_column_fits        (KwaHandout        *self,
                                            const KwaTourStop *stop,
                                            double             width,
                                            double             max_height);
void         kwa_handout_draw_column        (KwaHandout        *self,
                                            GArray            *blocks,
                                            double             x,
                                            double             y);

G_END_DECLS
