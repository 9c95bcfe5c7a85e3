/* kwa-source-list.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-source-list"

#include "config.h"

#include "kwa-label-text.h"
#include "kwa-source-list.h"

/* The sources a text cites, as a reader would write them down: title,
 * author and publisher, year, and the address as plain text. Addresses are
 * never links: on a kiosk nothing may open a browser. They can be selected
 * and copied on a desktop. */

struct _KwaSourceList
{
  GtkWidget parent_instance;

  guint     n_items;
  gboolean  hide_urls;  /* a kiosk: nobody can follow or copy one there */
};

G_DEFINE_FINAL_TYPE (KwaSourceList, kwa_source_list, GTK_TYPE_WIDGET)

static void
remove_items (KwaSourceList *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->n_items = 0;
}

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_widget_add_css_class (label, css_class);
  /* Titles and publishers may be Korean in either language. */
  kwa_label_set_text_wrapped (GTK_LABEL (label), text);

  return label;
}

/* "A. Author · Test Press · 1961", leaving out what the file does not say. */
static char *
describe_origin (const KwaSource *source)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (source->author != NULL)
    g_ptr_array_add (parts, g_strdup (source->author));
  if (source->publisher != NULL)
    g_ptr_array_add (parts, g_strdup (source->publisher));
  if (source->year > 0)
    g_ptr_array_add (parts, g_strdup_printf ("%d", source->year));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
make_item (const KwaSource *source,
           gboolean         show_url)
{
  g_autofree char *origin = describe_origin (source);
  GtkWidget *item;

  item = g_object_new (GTK_TYPE_BOX,
                       "orientation", GTK_ORIENTATION_VERTICAL,
                       "spacing", 2,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                       NULL);
  gtk_widget_add_css_class (item, "source");

  gtk_box_append (GTK_BOX (item), make_label (source->title, "source-title"));
  if (*origin != '\0')
    gtk_box_append (GTK_BOX (item), make_label (origin, "source-origin"));
  if (source->url != NULL && show_url)
    {
      GtkWidget *url = make_label (source->url, "source-url");

      /* Selectable, so a reader can copy it, and so a Tab stop: in GTK 4.8
       * a selectable label that may not take focus still claims it, and
       * keyboard focus was trapped in the panel. */
      gtk_label_set_selectable (GTK_LABEL (url), TRUE);
      gtk_box_append (GTK_BOX (item), url);
    }

  return item;
}

static void
kwa_source_list_dispose (GObject *object)
{
  remove_items (KWA_SOURCE_LIST (object));

  G_OBJECT_CLASS (kwa_source_list_parent_class)->dispose (object);
}

static void
kwa_source_list_class_init (KwaSourceListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_source_list_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sourcelist");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
kwa_source_list_init (KwaSourceList *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 10);
}

GtkWidget *
kwa_source_list_new (void)
{
  return g_object_new (KWA_TYPE_SOURCE_LIST, NULL);
}

/**
 * kwa_source_list_set_sources:
 * @sources: (array length=n_sources): the sources, owned by the exhibit
 *
 * Shows @sources in their order; the list keeps no pointer to them.
 */
void
kwa_source_list_set_sources (KwaSourceList    *self,
                             const KwaSource **sources,
                             guint             n_sources)
{
  g_return_if_fail (KWA_IS_SOURCE_LIST (self));
  g_return_if_fail (sources != NULL || n_sources == 0);

  remove_items (self);

  for (guint i = 0; i < n_sources; i++)
    gtk_widget_insert_before (make_item (sources[i], !self->hide_urls), GTK_WIDGET (self), NULL);
  self->n_items = n_sources;
}

guint
kwa_source_list_get_n_items (KwaSourceList *self)
{
  g_return_val_if_fail (KWA_IS_SOURCE_LIST (self), 0);
  return self->n_items;
}

/**
 * kwa_source_list_set_show_urls:
 * @show_urls: whether each source's web address is listed
 *
 * Takes effect at the next kwa_source_list_set_sources().
 */
void
kwa_source_list_set_show_urls (KwaSourceList *self,
                               gboolean       show_urls)
{
  g_return_if_fail (KWA_IS_SOURCE_LIST (self));
  self->hide_urls = !show_urls;
}
