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
#include "kwa-text.h"

/* The pictures beside a record in a panel: each image, its caption, and
 * its credit and licence; a click shows it large in a window of its own.
 * Images are decoded on a worker thread at panel size and kept in a small
 * cache, so scrubbing past an event with pictures never waits on a decode
 * and going back to it shows them at once. The words for screen readers
 * are the media's alt text.
 *
 * Video and sound are not shown yet: GTK plays them through its GStreamer
 * media backend, which this build does not require. */

/* Pictures kept decoded, at panel size: an exhibit's worth for a visit. */
#define CACHE_SIZE 48

typedef struct
{
  GFile      *file;
  GtkPicture *picture;
  char       *caption;
  char       *alt;
} Item;

struct _KwaMediaGallery
{
  GtkWidget     parent_instance;

  GPtrArray    *items;        /* of Item */
  GCancellable *cancellable;  /* of the decodes for these items */
  guint         n_pending;
  gboolean      can_enlarge;  /* not in the kiosk: no window may open over it */
};

G_DEFINE_FINAL_TYPE (KwaMediaGallery, kwa_media_gallery, GTK_TYPE_WIDGET)

static GHashTable *thumbnails;   /* URI → GdkTexture, on the main thread only */

static void
item_free (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->file);
  g_free (item->caption);
  g_free (item->alt);
  g_free (item);
}

/* ---- decoding off the main thread -------------------------------------- */

/* @task_data: the GFile; "kwa-size": the longest side wanted, or 0 for
 * the file's own. */
static void
decode_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GFile *file = g_task_get_task_data (task);
  int size = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (task), "kwa-size"));
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  GError *error = NULL;

  int width = 0, height = 0;

  /* Made smaller to fit, never larger. */
  gdk_pixbuf_get_file_info (path, &width, &height);
  if (size > 0 && (width > size || height > size || width <= 0))
    pixbuf = gdk_pixbuf_new_from_file_at_scale (path, size, size, TRUE, &error);
  else
    pixbuf = gdk_pixbuf_new_from_file (path, &error);
  if (pixbuf == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, gdk_texture_new_for_pixbuf (pixbuf), g_object_unref);
}

static void
decode_async (GFile               *file,
              int                  size,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_name (task, "[kwa] decode media");
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data (G_OBJECT (task), "kwa-size", GINT_TO_POINTER (size));
  g_task_run_in_thread (task, decode_thread);
}

static void
remember (GFile      *file,
          GdkTexture *texture)
{
  if (thumbnails == NULL)
    thumbnails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  if (g_hash_table_size (thumbnails) >= CACHE_SIZE)
    g_hash_table_remove_all (thumbnails);
  g_hash_table_insert (thumbnails, g_file_get_uri (file), g_object_ref (texture));
}

static GdkTexture *
recall (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  return thumbnails != NULL ? g_hash_table_lookup (thumbnails, uri) : NULL;
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
  KwaMediaGallery *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
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
  remember (g_task_get_task_data (G_TASK (result)), texture);
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

static void
add_image (KwaMediaGallery *self,
           const KwaMedia  *media,
           KwaLanguage      language)
{
  Item *item = g_new0 (Item, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkGesture *click = gtk_gesture_click_new ();
  const char *credit = kwa_text_get (&media->credit, language);
  g_autofree char *credit_line = g_strdup_printf ("%s · %s", credit != NULL ? credit : "", media->licence);
  GdkTexture *cached;

  item->file = g_object_ref (media->file);
  item->caption = g_strdup (kwa_text_get (&media->caption, language));
  item->alt = g_strdup (kwa_text_get (&media->alt, language));
  item->picture = GTK_PICTURE (gtk_picture_new ());
  gtk_picture_set_can_shrink (item->picture, TRUE);
  gtk_picture_set_content_fit (item->picture, GTK_CONTENT_FIT_CONTAIN);
  gtk_picture_set_alternative_text (item->picture, item->alt);
  gtk_widget_set_size_request (GTK_WIDGET (item->picture), -1, 200);
  if (self->can_enlarge)
    {
      gtk_widget_set_cursor_from_name (GTK_WIDGET (item->picture), "zoom-in");
      gtk_widget_set_tooltip_text (GTK_WIDGET (item->picture), _("Show Larger"));
    }
  g_signal_connect (click, "released", G_CALLBACK (picture_clicked_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (item->picture), GTK_EVENT_CONTROLLER (click));
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (item->picture));

  gtk_box_append (GTK_BOX (box), frame);
  if (item->caption != NULL)
    gtk_box_append (GTK_BOX (box), small_label (item->caption, "caption"));
  gtk_box_append (GTK_BOX (box), small_label (credit_line, "dim-label"));
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  g_ptr_array_add (self->items, item);

  if ((cached = recall (media->file)) != NULL)
    gtk_picture_set_paintable (item->picture, GDK_PAINTABLE (cached));
  else
    {
      self->n_pending++;
      decode_async (media->file, KWA_MEDIA_GALLERY_THUMBNAIL_SIZE, self->cancellable,
                    thumbnail_decoded_cb, g_object_ref (item->picture));
    }
}

/**
 * kwa_media_gallery_set_media:
 * @media: (array length=n_media) (nullable): a record's media
 *
 * Shows @media's images in @language, instead of what was shown.
 */
void
kwa_media_gallery_set_media (KwaMediaGallery *self,
                             const KwaMedia  *media,
                             guint            n_media,
                             KwaLanguage      language)
{
  GtkWidget *child;

  g_return_if_fail (KWA_IS_MEDIA_GALLERY (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->n_pending = 0;
  g_ptr_array_set_size (self->items, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  for (guint i = 0; i < n_media; i++)
    if (media[i].kind == KWA_MEDIA_IMAGE && media[i].file != NULL)
      add_image (self, &media[i], language);
  gtk_widget_set_visible (GTK_WIDGET (self), self->items->len > 0);
}

/**
 * kwa_media_gallery_set_can_enlarge:
 *
 * Whether a click shows a picture large, in a window of its own. Not in
 * the kiosk, where no window may open over the exhibit; the pictures
 * shown from then on have no zoom cursor or tooltip.
 */
void
kwa_media_gallery_set_can_enlarge (KwaMediaGallery *self,
                                   gboolean         can_enlarge)
{
  g_return_if_fail (KWA_IS_MEDIA_GALLERY (self));
  self->can_enlarge = !!can_enlarge;
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

GtkPicture *
kwa_media_gallery_get_picture (KwaMediaGallery *self,
                               guint            index)
{
  g_return_val_if_fail (KWA_IS_MEDIA_GALLERY (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return ((Item *) g_ptr_array_index (self->items, index))->picture;
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
  decode_async (item->file, 0, NULL, full_decoded_cb, g_object_ref (picture));
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
  self->can_enlarge = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
