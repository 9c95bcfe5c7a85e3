/* kwa-media-gallery.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-media-gallery"

#include "config.h"

#include <adwaita.h>

#include "kwa-i18n.h"
#include "kwa-media-gallery.h"
#include "kwa-media-map.h"
#include "kwa-media-stream.h"
#include "kwa-style-theme.h"
#include "kwa-text.h"

/* The pictures beside a record in a panel: each image, its caption, and
 * its credit and licence; a click shows it large in a window of its own.
 * Images are decoded on a worker thread at panel size and kept in a small
 * cache, so scrubbing past an event with pictures never waits on a decode
 * and going back to it shows them at once. The words for screen readers
 * are the media's alt text. A map of the exhibit's own is drawn, on the
 * worker thread too, by the one renderer, in the panel's language and the
 * window's theme.
 *
 * A film or a sound is played by KwaMediaStream (GStreamer, on its own
 * threads), a film in a GtkVideo, a sound with GtkMediaControls; nothing
 * plays until asked, and it stops when the gallery shows something else. */

/* Pictures kept decoded, at panel size (up to 1.7 MB each): the pictures
 * of a tour, or of a visitor's last few events. */
#define CACHE_SIZE 16

/* A map's picture in the panel: 400 × 267 view pixels, drawn at twice
 * that, so it stays sharp in a wide panel or on a HiDPI screen. */
#define MAP_THUMBNAIL_WIDTH 400
#define MAP_THUMBNAIL_SCALE 2.0
/* Shown large (a window of its own, a projector): 1920 × 1280 pixels. */
#define MAP_LARGE_WIDTH     960
#define MAP_LARGE_SCALE     2.0
#define LARGE_LABEL_SCALE   1.6
#define LARGE_LINE_SCALE    1.3

/* What a picture is made from: a file, or a map of the exhibit drawn. */
typedef struct
{
  GFile          *file;       /* NULL for a map */
  KwaMapDocument *document;   /* a map's */
  KwaMedia        map;        /* a map's kind, day and view; no texts */
  KwaLanguage     language;
  KwaMapTheme     theme;
  gboolean        large;      /* at its own size, or a map's large one */
} Source;

typedef struct
{
  Source         *source;
  GtkPicture     *picture;   /* a picture's; NULL for a film or a sound */
  GtkMediaStream *stream;    /* a film's or a sound's */
  char           *caption;
  char           *alt;
} Item;

struct _KwaMediaGallery
{
  GtkWidget       parent_instance;

  KwaMapDocument *document;     /* whose maps the media may be */
  GPtrArray      *items;        /* of Item */
  const KwaMedia *media;        /* what the items show, in … */
  guint           n_media;
  KwaLanguage     language;     /* … this language … */
  KwaMapTheme     theme;        /* … and theme */
  gboolean        stale;        /* shown for another document: show again */
  gboolean        large;        /* pictures at their own size: a projector */
  GCancellable   *cancellable;  /* of the decodes for these items */
  guint           n_pending;
  gboolean        can_enlarge;  /* not in the kiosk: no window may open over it */
  gboolean        plays_media;  /* shows films and sounds, not pictures only */
};

G_DEFINE_FINAL_TYPE (KwaMediaGallery, kwa_media_gallery, GTK_TYPE_WIDGET)

static GHashTable *thumbnails;   /* source_key() → GdkTexture, on the main thread only */

static void
source_free (Source *source)
{
  g_clear_object (&source->file);
  g_clear_object (&source->document);
  g_free (source);
}

static Source *
source_new (const KwaMedia *media,
            KwaMapDocument *document,
            KwaLanguage     language,
            gboolean        large)
{
  Source *source = g_new0 (Source, 1);

  source->large = large;
  if (media->kind == KWA_MEDIA_MAP)
    {
      source->document = g_object_ref (document);
      source->map.kind = KWA_MEDIA_MAP;
      source->map.map_date = media->map_date;
      source->map.map_view = media->map_view;
      source->language = language;
      source->theme = kwa_style_theme_get_current ();
    }
  else
    source->file = g_object_ref (media->file);

  return source;
}

/* A file's URI; a map's document, day, view, language and theme. */
static char *
source_key (const Source *source)
{
  const KwaTourView *view = &source->map.map_view;

  if (source->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (source->file);

      return g_strdup_printf ("%s%s", source->large ? "large:" : "", uri);
    }

  return g_strdup_printf ("map:%s%p:%d:%d:%g,%g,%g,%g,%g,%g,%g:%u:%d", source->large ? "large:" : "",
                          (gpointer) source->document,
                          source->map.map_date, view->kind, view->center.lon, view->center.lat, view->zoom,
                          view->bbox.west, view->bbox.south, view->bbox.east, view->bbox.north,
                          source->language, source->theme);
}

static void
item_free (gpointer data)
{
  Item *item = data;

  g_clear_pointer (&item->source, source_free);
  /* Silent at once, whoever else still holds the stream. */
  if (item->stream != NULL)
    gtk_media_stream_pause (item->stream);
  g_clear_object (&item->stream);
  g_free (item->caption);
  g_free (item->alt);
  g_free (item);
}

/* ---- decoding off the main thread -------------------------------------- */

/* Made smaller to fit, never larger. */
static GdkTexture *
decode_file (GFile   *file,
             int      size,
             GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  int width = 0, height = 0;

  gdk_pixbuf_get_file_info (path, &width, &height);
  if (size > 0 && (width > size || height > size || width <= 0))
    pixbuf = gdk_pixbuf_new_from_file_at_scale (path, size, size, TRUE, error);
  else
    pixbuf = gdk_pixbuf_new_from_file (path, error);

  return pixbuf != NULL ? gdk_texture_new_for_pixbuf (pixbuf) : NULL;
}

/* @width: in view pixels, drawn @scale pixels each */
static GdkTexture *
draw_map (const Source  *source,
          double         width,
          double         scale,
          GError       **error)
{
  KwaRenderOptions options;
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  kwa_media_map_init_options (&options, source->language, source->theme);
  options.device_scale = scale;
  /* Large, it is read from across a room (a projector) or a desk's arm's
   * length at full screen: names and lines a size up. */
  if (source->large)
    {
      options.label_scale = LARGE_LABEL_SCALE;
      options.line_scale = LARGE_LINE_SCALE;
    }
  surface = kwa_media_map_draw (source->document, &source->map, &options, width, width / KWA_MEDIA_MAP_ASPECT,
                                error);
  if (surface == NULL)
    return NULL;

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_height (surface) *
                                      cairo_image_surface_get_stride (surface),
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (cairo_image_surface_get_width (surface), cairo_image_surface_get_height (surface),
                                    GDK_MEMORY_DEFAULT, bytes, cairo_image_surface_get_stride (surface));
  return texture;
}

/* @task_data: the Source; "kwa-size": the longest side wanted (a map's
 * width), or 0 for the file's own (a map's large size). */
static void
decode_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  const Source *source = task_data;
  int size = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (task), "kwa-size"));
  GError *error = NULL;
  GdkTexture *texture;

  /* Scrubbed past before its turn came: a map costs a fraction of a
   * second of a core, which the frames need more. */
  if (g_task_return_error_if_cancelled (task))
    return;

  if (source->file != NULL)
    texture = decode_file (source->file, size, &error);
  else if (size > 0)
    texture = draw_map (source, MAP_THUMBNAIL_WIDTH, MAP_THUMBNAIL_SCALE, &error);
  else
    texture = draw_map (source, MAP_LARGE_WIDTH, MAP_LARGE_SCALE, &error);

  if (texture == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, texture, g_object_unref);
}

/* The task keeps its own copy of @source: the item may go first. */
static void
decode_async (const Source        *source,
              int                  size,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Source *copy = g_memdup2 (source, sizeof *source);

  if (copy->file != NULL)
    g_object_ref (copy->file);
  if (copy->document != NULL)
    g_object_ref (copy->document);
  g_task_set_name (task, "[kwa] decode media");
  /* A picture made after all is still worth keeping (thumbnail_decoded_cb). */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, copy, (GDestroyNotify) source_free);
  g_object_set_data (G_OBJECT (task), "kwa-size", GINT_TO_POINTER (size));
  g_task_run_in_thread (task, decode_thread);
}

static void
remember (const Source *source,
          GdkTexture   *texture)
{
  if (thumbnails == NULL)
    thumbnails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  if (g_hash_table_size (thumbnails) >= CACHE_SIZE)
    g_hash_table_remove_all (thumbnails);
  g_hash_table_insert (thumbnails, source_key (source), g_object_ref (texture));
}

static GdkTexture *
recall (const Source *source)
{
  g_autofree char *key = source_key (source);

  return thumbnails != NULL ? g_hash_table_lookup (thumbnails, key) : NULL;
}

/* Maps of a document that is gone: another may come to its address. */
static gboolean
is_map_key (gpointer key,
            gpointer value,
            gpointer user_data)
{
  return g_str_has_prefix (key, "map:");
}

/* @user_data: the GtkPicture waiting, which the task holds */
static void
thumbnail_decoded_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GtkPicture) picture = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = g_task_propagate_pointer (G_TASK (result), &error);
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));
  KwaMediaGallery *self;

  /* Made, though no longer wanted here: kept, so that coming back to it
   * (the kiosk's next round) costs nothing. */
  if (texture != NULL)
    remember (g_task_get_task_data (G_TASK (result)), texture);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || g_cancellable_is_cancelled (cancellable))
    return;
  self = KWA_MEDIA_GALLERY (gtk_widget_get_ancestor (GTK_WIDGET (picture), KWA_TYPE_MEDIA_GALLERY));
  if (self != NULL && self->n_pending > 0)
    self->n_pending--;
  if (texture == NULL)
    {
      /* The validator read its first bytes; the rest may still be bad. */
      g_message ("A picture could not be shown: %s", error->message);
      return;
    }
  gtk_picture_set_paintable (picture, GDK_PAINTABLE (texture));
}

/* ---- showing --------------------------------------------------------- */

static GtkWidget *
small_label (const char *text,
             const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
picture_clicked_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    KwaMediaGallery *self)
{
  GtkWidget *picture = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  if (!self->can_enlarge)
    return;
  for (guint i = 0; i < self->items->len; i++)
    if (GTK_WIDGET (((Item *) g_ptr_array_index (self->items, i))->picture) == picture)
      kwa_media_gallery_enlarge (self, i);
}

/* A zoom cursor and a tooltip say a click shows the picture large. */
static void
show_can_enlarge (KwaMediaGallery *self,
                  GtkPicture      *picture)
{
  if (picture == NULL)
    return;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (picture), self->can_enlarge ? "zoom-in" : NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (picture), self->can_enlarge ? _("Show Larger") : NULL);
}

static void
add_image (KwaMediaGallery *self,
           const KwaMedia  *media,
           KwaLanguage      language)
{
  Item *item = g_new0 (Item, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkGesture *click = gtk_gesture_click_new ();
  g_autofree char *credit_line = kwa_media_dup_credit (media, language);
  GdkTexture *cached;

  item->source = source_new (media, self->document, language, self->large);
  item->caption = g_strdup (kwa_text_get (&media->caption, language));
  item->alt = g_strdup (kwa_text_get (&media->alt, language));
  item->picture = GTK_PICTURE (gtk_picture_new ());
  gtk_picture_set_can_shrink (item->picture, TRUE);
  gtk_picture_set_content_fit (item->picture, GTK_CONTENT_FIT_CONTAIN);
  gtk_picture_set_alternative_text (item->picture, item->alt);
  /* Room for the picture before it is decoded (the panel gives no more
   * height than asked): a map is 3:2 at the panel's usual width. */
  if (self->large)
    gtk_widget_set_vexpand (GTK_WIDGET (item->picture), TRUE);
  else
    gtk_widget_set_size_request (GTK_WIDGET (item->picture), -1, media->kind == KWA_MEDIA_MAP ? 240 : 200);
  show_can_enlarge (self, item->picture);
  g_signal_connect (click, "released", G_CALLBACK (picture_clicked_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (item->picture), GTK_EVENT_CONTROLLER (click));
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (item->picture));

  gtk_box_append (GTK_BOX (box), frame);
  gtk_widget_set_vexpand (frame, self->large);
  gtk_widget_set_vexpand (box, self->large);
  if (item->caption != NULL)
    gtk_box_append (GTK_BOX (box), small_label (item->caption, "caption"));
  gtk_box_append (GTK_BOX (box), small_label (credit_line, "dim-label"));
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  g_ptr_array_add (self->items, item);

  if ((cached = recall (item->source)) != NULL)
    gtk_picture_set_paintable (item->picture, GDK_PAINTABLE (cached));
  else
    {
      self->n_pending++;
      decode_async (item->source, self->large ? 0 : KWA_MEDIA_GALLERY_THUMBNAIL_SIZE, self->cancellable,
                    thumbnail_decoded_cb, g_object_ref (item->picture));
    }
}

/* A film in a GtkVideo (its controls show on hover or touch), a sound
 * with play, position and volume; each with its caption and credit. */
static void
add_player (KwaMediaGallery *self,
            const KwaMedia  *media,
            KwaLanguage      language)
{
  Item *item = g_new0 (Item, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *credit_line = kwa_media_dup_credit (media, language);
  GtkWidget *player;

  item->caption = g_strdup (kwa_text_get (&media->caption, language));
  item->alt = g_strdup (kwa_text_get (&media->alt, language));
  item->stream = kwa_media_stream_new (media->file);

  if (media->kind == KWA_MEDIA_VIDEO)
    {
      GtkWidget *frame = gtk_frame_new (NULL);

      player = gtk_video_new ();
      gtk_video_set_media_stream (GTK_VIDEO (player), item->stream);
      gtk_widget_set_size_request (player, -1, 200);
      gtk_frame_set_child (GTK_FRAME (frame), player);
      gtk_box_append (GTK_BOX (box), frame);
    }
  else
    {
      player = gtk_media_controls_new (item->stream);
      gtk_box_append (GTK_BOX (box), player);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (player),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, item->caption != NULL ? item->caption : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, item->alt != NULL ? item->alt : "",
                                  -1);

  if (item->caption != NULL)
    gtk_box_append (GTK_BOX (box), small_label (item->caption, "caption"));
  gtk_box_append (GTK_BOX (box), small_label (credit_line, "dim-label"));
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  g_ptr_array_add (self->items, item);
}

/**
 * kwa_media_gallery_set_media:
 * @media: (array length=n_media) (nullable): a record's media
 *
 * Shows @media's images in @language, instead of what was shown; and,
 * unless the gallery shows pictures only or large (a projector's), its
 * films and sounds, ready to play.
 */
void
kwa_media_gallery_set_media (KwaMediaGallery *self,
                             const KwaMedia  *media,
                             guint            n_media,
                             KwaLanguage      language)
{
  GtkWidget *child;

  g_return_if_fail (KWA_IS_MEDIA_GALLERY (self));

  /* The same again (the kiosk's caption and the panel ask on every
   * change of stop or event) starts no decode. */
  if (!self->stale && media == self->media && n_media == self->n_media && language == self->language &&
      kwa_style_theme_get_current () == self->theme)
    return;
  self->stale = FALSE;
  self->media = media;
  self->n_media = n_media;
  self->language = language;
  self->theme = kwa_style_theme_get_current ();

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->n_pending = 0;
  g_ptr_array_set_size (self->items, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  for (guint i = 0; i < n_media; i++)
    {
      if ((media[i].kind == KWA_MEDIA_IMAGE && media[i].file != NULL) ||
          (media[i].kind == KWA_MEDIA_MAP && self->document != NULL))
        add_image (self, &media[i], language);
      else if ((media[i].kind == KWA_MEDIA_VIDEO || media[i].kind == KWA_MEDIA_AUDIO) && media[i].file != NULL &&
               self->plays_media && !self->large)
        add_player (self, &media[i], language);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), self->items->len > 0);
}

/**
 * kwa_media_gallery_set_document:
 *
 * The document whose maps the media may be: shown from the next
 * kwa_media_gallery_set_media() on.
 */
void
kwa_media_gallery_set_document (KwaMediaGallery *self,
                                KwaMapDocument  *document)
{
  g_return_if_fail (KWA_IS_MEDIA_GALLERY (self));

  if (!g_set_object (&self->document, document))
    return;
  if (thumbnails != NULL)
    g_hash_table_foreach_remove (thumbnails, is_map_key, NULL);
  /* Its maps are others now, whatever the records say. */
  self->stale = TRUE;
}

/**
 * kwa_media_gallery_set_large:
 *
 * Pictures at their own size (a map at 1920 × 1280 pixels) rather than a
 * panel's, filling the gallery: the projector's full-screen picture.
 * Applies from the next kwa_media_gallery_set_media() on.
 */
void
kwa_media_gallery_set_large (KwaMediaGallery *self,
                             gboolean         large)
{
  g_return_if_fail (KWA_IS_MEDIA_GALLERY (self));
  self->large = !!large;
  self->stale = TRUE;
}

/**
 * kwa_media_gallery_set_can_enlarge:
 *
 * Whether a click shows a picture large, in a window of its own. Not in
 * the kiosk, where no window may open over the exhibit: its pictures
 * have no zoom cursor or tooltip then.
 */
void
kwa_media_gallery_set_can_enlarge (KwaMediaGallery *self,
                                   gboolean         can_enlarge)
{
  g_return_if_fail (KWA_IS_MEDIA_GALLERY (self));

  self->can_enlarge = !!can_enlarge;
  for (guint i = 0; i < self->items->len; i++)
    show_can_enlarge (self, ((Item *) g_ptr_array_index (self->items, i))->picture);
}

/**
 * kwa_media_gallery_set_plays_media:
 *
 * Whether films and sounds are shown, ready to play, beside the pictures
 * (the Event panel), or pictures only (the kiosk's caption, whose voice
 * is the stop's narration). Applies from the next
 * kwa_media_gallery_set_media() on.
 */
void
kwa_media_gallery_set_plays_media (KwaMediaGallery *self,
                                   gboolean         plays_media)
{
  g_return_if_fail (KWA_IS_MEDIA_GALLERY (self));
  self->plays_media = !!plays_media;
  self->stale = TRUE;
}

gboolean
kwa_media_gallery_get_can_enlarge (KwaMediaGallery *self)
{
  g_return_val_if_fail (KWA_IS_MEDIA_GALLERY (self), FALSE);
  return self->can_enlarge;
}

guint
kwa_media_gallery_get_n_shown (KwaMediaGallery *self)
{
  g_return_val_if_fail (KWA_IS_MEDIA_GALLERY (self), 0);
  return self->items->len;
}

guint
kwa_media_gallery_get_n_pending (KwaMediaGallery *self)
{
  g_return_val_if_fail (KWA_IS_MEDIA_GALLERY (self), 0);
  return self->n_pending;
}

/* NULL for a film or a sound */
GtkPicture *
kwa_media_gallery_get_picture (KwaMediaGallery *self,
                               guint            index)
{
  g_return_val_if_fail (KWA_IS_MEDIA_GALLERY (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return ((Item *) g_ptr_array_index (self->items, index))->picture;
}

/* NULL for a picture */
GtkMediaStream *
kwa_media_gallery_get_stream (KwaMediaGallery *self,
                              guint            index)
{
  g_return_val_if_fail (KWA_IS_MEDIA_GALLERY (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return ((Item *) g_ptr_array_index (self->items, index))->stream;
}

/* ---- shown large --------------------------------------------------------- */

static void
full_decoded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GtkPicture) picture = user_data;
  g_autoptr(GdkTexture) texture = g_task_propagate_pointer (G_TASK (result), NULL);

  if (texture != NULL)
    gtk_picture_set_paintable (picture, GDK_PAINTABLE (texture));
}

/**
 * kwa_media_gallery_enlarge:
 *
 * Shows the picture at @index large, in a window over the app's, with its
 * caption; Escape closes it.
 *
 * Returns: (transfer none): the window
 */
GtkWindow *
kwa_media_gallery_enlarge (KwaMediaGallery *self,
                           guint            index)
{
  Item *item;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *picture = gtk_picture_new ();
  GtkShortcutController *keys = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  int width = 1200, height = 900;

  g_return_val_if_fail (KWA_IS_MEDIA_GALLERY (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  item = g_ptr_array_index (self->items, index);
  g_return_val_if_fail (item->picture != NULL, NULL);
  if (GTK_IS_WINDOW (root))
    {
      width = MAX (480, gtk_widget_get_width (GTK_WIDGET (root)) * 4 / 5);
      height = MAX (360, gtk_widget_get_height (GTK_WIDGET (root)) * 4 / 5);
      gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
    }
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_title (GTK_WINDOW (window), item->caption != NULL ? item->caption : "");
  gtk_picture_set_alternative_text (GTK_PICTURE (picture), item->alt);
  gtk_picture_set_paintable (GTK_PICTURE (picture), gtk_picture_get_paintable (item->picture));
  gtk_widget_set_vexpand (picture, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), picture);
  if (item->caption != NULL)
    {
      GtkWidget *caption = small_label (item->caption, NULL);

      gtk_widget_set_margin_start (caption, 18);
      gtk_widget_set_margin_end (caption, 18);
      gtk_widget_set_margin_top (caption, 12);
      gtk_widget_set_margin_bottom (caption, 18);
      gtk_box_append (GTK_BOX (box), caption);
    }
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_shortcut_controller_add_shortcut (keys, gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                                gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, GTK_EVENT_CONTROLLER (keys));
  /* The panel's picture first, then the file's own pixels. */
  decode_async (item->source, 0, NULL, full_decoded_cb, g_object_ref (picture));
  gtk_window_present (GTK_WINDOW (window));

  return GTK_WINDOW (window);
}

/* ---- GObject ---------------------------------------------------------- */

GtkWidget *
kwa_media_gallery_new (void)
{
  return g_object_new (KWA_TYPE_MEDIA_GALLERY, NULL);
}

static void
kwa_media_gallery_dispose (GObject *object)
{
  KwaMediaGallery *self = KWA_MEDIA_GALLERY (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kwa_media_gallery_parent_class)->dispose (object);
}

static void
kwa_media_gallery_class_init (KwaMediaGalleryClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kwa_media_gallery_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "media-gallery");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kwa_media_gallery_init (KwaMediaGallery *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);
  self->items = g_ptr_array_new_with_free_func (item_free);
  self->cancellable = g_cancellable_new ();
  self->language = KWA_LANGUAGE_NONE;
  self->can_enlarge = TRUE;
  self->plays_media = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
