/* kwa-map-key.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-key"

#include "config.h"

#include "kwa-legend-items.h"
#include "kwa-legend-symbol.h"
#include "kwa-label-text.h"
#include "kwa-map-key.h"

/* The map's legend as widgets, beside the map rather than on it: the
 * kiosk's caption column shows it while the story plays, in type the room
 * can read, where on the map it would cover the land it explains. It
 * follows a map view's day, layers and language, and lists exactly what
 * the map's own legend would (kwa_legend_items_collect()), each symbol
 * painted as the map paints it. The entries are rebuilt only when they
 * change, which is seldom as the days go by. */

struct _KwaMapKey
{
  GtkWidget       parent_instance;

  GtkWidget      *title;
  GtkWidget      *entries;     /* a GtkGrid, filled row by row */
  guint           columns;

  KwaMapView     *view;        /* weak */
  KwaLegendItems  shown;
  GPtrArray      *labels;      /* GtkLabel, one per entry, borrowed */
};

G_DEFINE_FINAL_TYPE (KwaMapKey, kwa_map_key, GTK_TYPE_WIDGET)

static GtkWidget *
entry_row (const KwaLegendItem *item,
           const KwaSide       *north,
           const KwaSide       *south,
           GtkWidget          **label)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *symbol = kwa_legend_symbol_new (KWA_LEGEND_SYMBOL_SWATCH);

  kwa_legend_symbol_set_entry (KWA_LEGEND_SYMBOL (symbol), item->entry);
  kwa_legend_symbol_set_sides (KWA_LEGEND_SYMBOL (symbol), &north->color, &south->color);
  gtk_widget_set_valign (symbol, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), symbol);

  *label = gtk_label_new (NULL);
  kwa_label_set_text_wrapped (GTK_LABEL (*label), item->text);
  gtk_label_set_wrap (GTK_LABEL (*label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (*label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (*label), 0);
  gtk_widget_set_hexpand (*label, TRUE);
  gtk_widget_add_css_class (*label, "map-key-text");
  gtk_box_append (GTK_BOX (row), *label);

  return row;
}

static void
show_items (KwaMapKey      *self,
            KwaLegendItems *items,
            KwaExhibit     *exhibit)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->entries)) != NULL)
    gtk_grid_remove (GTK_GRID (self->entries), child);
  g_ptr_array_set_size (self->labels, 0);

  for (guint i = 0; i < items->n_items; i++)
    {
      GtkWidget *label;

      gtk_grid_attach (GTK_GRID (self->entries),
                       entry_row (&items->items[i], kwa_exhibit_get_side (exhibit, KWA_SIDE_NORTH),
                                  kwa_exhibit_get_side (exhibit, KWA_SIDE_SOUTH), &label),
                       i % self->columns, i / self->columns, 1, 1);
      g_ptr_array_add (self->labels, label);
    }

  kwa_legend_items_clear (&self->shown);
  self->shown = *items;
  *items = (KwaLegendItems) { 0 };
}

static void
update (KwaMapKey *self)
{
  KwaScene *scene = self->view != NULL ? kwa_map_view_get_scene (self->view) : NULL;
  KwaLegendItems items = { 0 };
  KwaRenderWords words;
  KwaLanguage language;

  gtk_widget_set_visible (GTK_WIDGET (self), scene != NULL);
  if (scene == NULL)
    return;

  language = kwa_map_view_get_language (self->view);
  kwa_render_words_init (&words, language);
  gtk_label_set_text (GTK_LABEL (self->title), words.legend);
  kwa_legend_items_collect (&items, scene, kwa_map_view_get_layers (self->view), language, &words);
  if (kwa_legend_items_equal (&items, &self->shown))
    kwa_legend_items_clear (&items);
  else
    show_items (self, &items, kwa_atlas_get_exhibit (scene->atlas));
}

static void
disconnect_view (KwaMapKey *self)
{
  if (self->view == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->view, self);
  g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
  self->view = NULL;
}

static void
kwa_map_key_dispose (GObject *object)
{
  KwaMapKey *self = KWA_MAP_KEY (object);

  disconnect_view (self);
  g_clear_pointer (&self->title, gtk_widget_unparent);
  g_clear_pointer (&self->entries, gtk_widget_unparent);

  G_OBJECT_CLASS (kwa_map_key_parent_class)->dispose (object);
}

static void
kwa_map_key_finalize (GObject *object)
{
  KwaMapKey *self = KWA_MAP_KEY (object);

  kwa_legend_items_clear (&self->shown);
  g_ptr_array_unref (self->labels);

  G_OBJECT_CLASS (kwa_map_key_parent_class)->finalize (object);
}

static void
kwa_map_key_class_init (KwaMapKeyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_map_key_dispose;
  object_class->finalize = kwa_map_key_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mapkey");
}

static void
kwa_map_key_init (KwaMapKey *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);
  self->labels = g_ptr_array_new ();

  self->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_widget_add_css_class (self->title, "map-key-title");
  gtk_widget_set_parent (self->title, GTK_WIDGET (self));

  self->columns = 1;
  self->entries = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->entries), 2);
  gtk_grid_set_column_spacing (GTK_GRID (self->entries), 24);
  gtk_grid_set_column_homogeneous (GTK_GRID (self->entries), TRUE);
  gtk_widget_set_parent (self->entries, GTK_WIDGET (self));
}

GtkWidget *
kwa_map_key_new (void)
{
  return g_object_new (KWA_TYPE_MAP_KEY, NULL);
}

/**
 * kwa_map_key_set_map_view:
 * @view: (nullable): the map whose legend this is
 *
 * Follows @view's day, layers and language from now on.
 */
void
kwa_map_key_set_map_view (KwaMapKey  *self,
                          KwaMapView *view)
{
  static const char *const followed[] = { "notify::time", "notify::layers", "notify::language", "notify::document" };

  g_return_if_fail (KWA_IS_MAP_KEY (self));
  g_return_if_fail (view == NULL || KWA_IS_MAP_VIEW (view));

  if (self->view == view)
    return;

  disconnect_view (self);
  self->view = view;
  if (view != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->view);
      for (guint i = 0; i < G_N_ELEMENTS (followed); i++)
        g_signal_connect_swapped (view, followed[i], G_CALLBACK (update), self);
    }
  update (self);
}

/**
 * kwa_map_key_set_columns:
 * @columns: how many entries side by side: 2 in a narrow column, more in
 *   a wide band
 */
void
kwa_map_key_set_columns (KwaMapKey *self,
                         guint      columns)
{
  KwaLegendItems items = { 0 };

  g_return_if_fail (KWA_IS_MAP_KEY (self));
  g_return_if_fail (columns > 0);

  if (self->columns == columns)
    return;
  self->columns = columns;
  /* Laid out again from scratch. */
  items = self->shown;
  self->shown = (KwaLegendItems) { 0 };
  if (self->view != NULL && kwa_map_view_get_scene (self->view) != NULL)
    show_items (self, &items, kwa_atlas_get_exhibit (kwa_map_view_get_scene (self->view)->atlas));
  kwa_legend_items_clear (&items);
}

guint
kwa_map_key_get_n_entries (KwaMapKey *self)
{
  g_return_val_if_fail (KWA_IS_MAP_KEY (self), 0);
  return self->shown.n_items;
}

KwaLegendEntry
kwa_map_key_get_entry (KwaMapKey *self,
                       guint      index)
{
  g_return_val_if_fail (KWA_IS_MAP_KEY (self), KWA_LEGEND_ENTRY_NONE);
  g_return_val_if_fail (index < self->shown.n_items, KWA_LEGEND_ENTRY_NONE);
  return self->shown.items[index].entry;
}

/**
 * kwa_map_key_get_label:
 *
 * Returns: (transfer none): the words of entry @index
 */
GtkLabel *
kwa_map_key_get_label (KwaMapKey *self,
                       guint      index)
{
  g_return_val_if_fail (KWA_IS_MAP_KEY (self), NULL);
  g_return_val_if_fail (index < self->labels->len, NULL);
  return g_ptr_array_index (self->labels, index);
}
