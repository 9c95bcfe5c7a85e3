/* kwa-legend-symbol.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-legend-symbol"

#include "config.h"

#include "kwa-style-theme.h"

#include <adwaita.h>

#include "kwa-color.h"
#include "kwa-legend-symbol.h"

/* A small drawing of how the map shows something, for legends and for the
 * side colours next to the territory figures, drawn as the map's legend
 * draws it (kwa_legend_symbol_paint()). The colour is the CSS colour, so
 * the stylesheet decides how lines and categories look in each theme; a
 * colour set from code (a side's colour from the exhibit) wins.
 *
 * With an entry (KwaLegendEntry) it is instead one of the map legend's
 * entries, painted in the map palette of the desktop's style with the
 * sides' colours it is given: the same drawing, in the same colours, as
 * the legend on the map (kwa_legend_symbol_paint_entry()). */

struct _KwaLegendSymbol
{
  GtkWidget            parent_instance;

  KwaLegendSymbolKind  kind;
  GdkRGBA              color;
  gboolean             has_color;
  KwaLegendEntry       entry;
  KwaColor             north;
  KwaColor             south;
};

G_DEFINE_FINAL_TYPE (KwaLegendSymbol, kwa_legend_symbol, GTK_TYPE_WIDGET)

G_DEFINE_ENUM_TYPE (KwaLegendSymbolKind, kwa_legend_symbol_kind,
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_SYMBOL_SWATCH, "swatch"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_SYMBOL_FRONT, "front"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_SYMBOL_LINE, "line"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_SYMBOL_DASHED, "dashed"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_SYMBOL_BAND, "band"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_SYMBOL_DOT, "dot"))

G_DEFINE_ENUM_TYPE (KwaLegendEntry, kwa_legend_entry,
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_ENTRY_NONE, "none"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_ENTRY_NORTH_LAND, "north-land"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_ENTRY_SOUTH_LAND, "south-land"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_ENTRY_UNCERTAIN, "uncertain"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_ENTRY_FRONT, "front"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_ENTRY_FRONT_EARLIER, "front-earlier"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_ENTRY_NORTH_ARROW, "north-arrow"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_ENTRY_SOUTH_ARROW, "south-arrow"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_ENTRY_EVENT, "event"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_ENTRY_EVENT_NOW, "event-now"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_ENTRY_PARALLEL, "parallel"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_ENTRY_MDL, "mdl"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_ENTRY_DMZ, "dmz"))

enum {
  PROP_0,
  PROP_KIND,
  PROP_COLOR,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
get_color (KwaLegendSymbol *self,
           GdkRGBA         *color)
{
  if (self->has_color)
    *color = self->color;
  else
    gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), color);
}

/* The map's theme for the desktop's style, as the map view chooses it. */
static void
kwa_legend_symbol_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  KwaLegendSymbol *self = KWA_LEGEND_SYMBOL (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  GdkRGBA color;
  KwaColor ink;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  get_color (self, &color);
  ink = (KwaColor) { color.red, color.green, color.blue };

  /* The map's own legend draws with the same painter, so a reader can
   * match the two. */
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->entry != KWA_LEGEND_ENTRY_NONE)
    kwa_legend_symbol_paint_entry (cr, self->entry, kwa_style_theme_get_current (), &self->north, &self->south,
                                   0, 0, width, height, 1);
  else
    kwa_legend_symbol_paint (cr, self->kind, &ink, color.alpha, 0, 0, width, height, 1);
  cairo_destroy (cr);
}

static void
kwa_legend_symbol_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kwa_legend_symbol_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

static void
kwa_legend_symbol_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KwaLegendSymbol *self = KWA_LEGEND_SYMBOL (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_COLOR:
      g_value_set_boxed (value, kwa_legend_symbol_get_color (self));
      break;
    case PROP_ENTRY:
      g_value_set_enum (value, self->entry);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_legend_symbol_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KwaLegendSymbol *self = KWA_LEGEND_SYMBOL (object);

  switch (prop_id)
    {
    case PROP_KIND:
      kwa_legend_symbol_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_COLOR:
      kwa_legend_symbol_set_color (self, g_value_get_boxed (value));
      break;
    case PROP_ENTRY:
      kwa_legend_symbol_set_entry (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_legend_symbol_class_init (KwaLegendSymbolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = kwa_legend_symbol_get_property;
  object_class->set_property = kwa_legend_symbol_set_property;

  widget_class->snapshot = kwa_legend_symbol_snapshot;
  widget_class->css_changed = kwa_legend_symbol_css_changed;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       KWA_TYPE_LEGEND_SYMBOL_KIND, KWA_LEGEND_SYMBOL_SWATCH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* NULL: the CSS colour. */
  properties[PROP_COLOR] =
    g_param_spec_boxed ("color", NULL, NULL, GDK_TYPE_RGBA,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENTRY] =
    g_param_spec_enum ("entry", NULL, NULL,
                       KWA_TYPE_LEGEND_ENTRY, KWA_LEGEND_ENTRY_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "legendsymbol");
  /* The row's words say what it means; the drawing adds nothing to read. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
kwa_legend_symbol_init (KwaLegendSymbol *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  /* Until the exhibit's are set: the colours of docs/exhibit-format.md. */
  kwa_color_parse ("#b8433b", &self->north);
  kwa_color_parse ("#2f5d8a", &self->south);
  /* An entry's colours are the map theme's, which follows the style. */
  g_signal_connect_object (style, "notify::dark", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (gtk_widget_queue_draw), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
kwa_legend_symbol_new (KwaLegendSymbolKind kind)
{
  return g_object_new (KWA_TYPE_LEGEND_SYMBOL, "kind", kind, NULL);
}

KwaLegendSymbolKind
kwa_legend_symbol_get_kind (KwaLegendSymbol *self)
{
  g_return_val_if_fail (KWA_IS_LEGEND_SYMBOL (self), KWA_LEGEND_SYMBOL_SWATCH);
  return self->kind;
}

void
kwa_legend_symbol_set_kind (KwaLegendSymbol     *self,
                            KwaLegendSymbolKind  kind)
{
  g_return_if_fail (KWA_IS_LEGEND_SYMBOL (self));
  g_return_if_fail (kind <= KWA_LEGEND_SYMBOL_DOT);

  if (self->kind == kind)
    return;

  self->kind = kind;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * kwa_legend_symbol_get_color:
 *
 * Returns: (nullable): the colour set from code, or %NULL for the CSS colour
 */
const GdkRGBA *
kwa_legend_symbol_get_color (KwaLegendSymbol *self)
{
  g_return_val_if_fail (KWA_IS_LEGEND_SYMBOL (self), NULL);
  return self->has_color ? &self->color : NULL;
}

/**
 * kwa_legend_symbol_set_color:
 * @color: (nullable): a colour, or %NULL to use the CSS colour
 */
void
kwa_legend_symbol_set_color (KwaLegendSymbol *self,
                             const GdkRGBA   *color)
{
  g_return_if_fail (KWA_IS_LEGEND_SYMBOL (self));

  if (color == NULL && !self->has_color)
    return;
  if (color != NULL && self->has_color && gdk_rgba_equal (color, &self->color))
    return;

  self->has_color = color != NULL;
  if (color != NULL)
    self->color = *color;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

KwaLegendEntry
kwa_legend_symbol_get_entry (KwaLegendSymbol *self)
{
  g_return_val_if_fail (KWA_IS_LEGEND_SYMBOL (self), KWA_LEGEND_ENTRY_NONE);
  return self->entry;
}

/**
 * kwa_legend_symbol_set_entry:
 * @entry: a map legend entry, or %KWA_LEGEND_ENTRY_NONE to draw the kind
 *   in the colour
 */
void
kwa_legend_symbol_set_entry (KwaLegendSymbol *self,
                             KwaLegendEntry   entry)
{
  g_return_if_fail (KWA_IS_LEGEND_SYMBOL (self));
  g_return_if_fail (entry < KWA_N_LEGEND_ENTRIES);

  if (self->entry == entry)
    return;

  self->entry = entry;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}

/* The sides' colours, from the exhibit, an entry is painted with. */
void
kwa_legend_symbol_set_sides (KwaLegendSymbol *self,
                             const KwaColor  *north,
                             const KwaColor  *south)
{
  g_return_if_fail (KWA_IS_LEGEND_SYMBOL (self));
  g_return_if_fail (north != NULL && south != NULL);

  self->north = *north;
  self->south = *south;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
