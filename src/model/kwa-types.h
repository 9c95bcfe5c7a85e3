/* kwa-types.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The names of the project's object types, and nothing else, as
 * gnome-text-editor's editor-types.h does: a header that only passes a
 * type around by pointer includes this instead of the type's own header,
 * so headers need not include each other, and a type may be named in a
 * folder below the one that defines it (the application's private struct
 * holds its kiosk without the modes' headers). To use a type, include its
 * own header. (Each G_DECLARE_*_TYPE repeats its typedef; C11 allows the
 * same typedef twice.) */

/* model */
typedef struct _KwaAtlas               KwaAtlas;
typedef struct _KwaExhibit             KwaExhibit;
typedef struct _KwaLand                KwaLand;
typedef struct _KwaPlayback            KwaPlayback;
typedef struct _KwaSketch              KwaSketch;
typedef struct _KwaTimeline            KwaTimeline;

/* render */
typedef struct _KwaBasemap             KwaBasemap;
typedef struct _KwaBasemapCache        KwaBasemapCache;
typedef struct _KwaMapDocument         KwaMapDocument;
typedef struct _KwaMapRenderer         KwaMapRenderer;

/* session */
typedef struct _KwaSession             KwaSession;

/* widgets */
typedef struct _KwaMapView             KwaMapView;
typedef struct _KwaTimelineBar         KwaTimelineBar;
typedef struct _KwaTimelineTrack       KwaTimelineTrack;

/* modes */
typedef struct _KwaKiosk               KwaKiosk;
typedef struct _KwaPresenter           KwaPresenter;

/* app */
typedef struct _KwaApplication         KwaApplication;
typedef struct _KwaWindow              KwaWindow;

G_END_DECLS
