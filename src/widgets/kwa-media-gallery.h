/* kwa-media-gallery.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-exhibit-records.h"
#include "kwa-language.h"
#include "kwa-map-document.h"

G_BEGIN_DECLS

/* The longest side of a picture as the panel shows it, in pixels: twice a
 * 400-pixel panel, sharp on a display at scale 2. */
#define KWA_MEDIA_GALLERY_THUMBNAIL_SIZE 800

#define KWA_TYPE_MEDIA_GALLERY (kwa_media_gallery_get_type ())

G_DECLARE_FINAL_TYPE (KwaMediaGallery, kwa_media_gallery, KWA, MEDIA_GALLERY, GtkWidget)

GtkWidget  *kwa_media_gallery_new         (void);
void        kwa_media_gallery_set_media   (KwaMediaGallery *self,
                                           const KwaMedia  *media,
                                           guint            n_media,
                                           KwaLanguage      language);
void        kwa_media_gallery_set_document (KwaMediaGallery *self,
                                            KwaMapDocument  *document);
void        kwa_media_gallery_set_large    (KwaMediaGallery *self,
                                            gboolean         large);
void        kwa_media_gallery_set_can_enlarge (KwaMediaGallery *self,
                                               gboolean         can_enlarge);
gboolean    kwa_media_gallery_get_can_enlarge (KwaMediaGallery *self);
void        kwa_media_gallery_set_plays_media (KwaMediaGallery *self,
                                               gboolean         plays_media);
guint       kwa_media_gallery_get_n_shown (KwaMediaGallery *self);
GtkPicture *kwa_media_gallery_get_picture (KwaMediaGallery *self,
                                           guint            index);
GtkMediaStream *kwa_media_gallery_get_stream (KwaMediaGallery *self,
                                              guint            index);
guint       kwa_media_gallery_get_n_pending (KwaMediaGallery *self);
GtkWindow  *kwa_media_gallery_enlarge     (KwaMediaGallery *self,
                                           guint            index);

G_END_DECLS
