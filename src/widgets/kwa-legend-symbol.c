/* kwa-legend-symbol.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-legend-symbol"

#include "config.h"

#include "kwa-legend-symbol.h"

/* A small drawing of how the map shows something, for legends and for the
 * side colours next to the territory figures. The colour is the CSS
 * colour, so the stylesheet decides how lines and categories look in each
 * theme; a colour set from code (a side's colour from the exhibit) wins. */

struct _KwaLegendSymbol
{
  GtkWidget            parent_instance;

  KwaLegendSymbolKind  kind;
  GdkRGBA              color;
  gboolean             has_color;
};

G_DEFINE_FINAL_TYPE (KwaLegendSymbol, kwa_legend_symbol, GTK_TYPE_WIDGET)

G_DEFINE_ENUM_TYPE (KwaLegendSymbolKind, kwa_legend_symbol_kind,
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_SYMBOL_SWATCH, "swatch"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_SYMBOL_FRONT, "front"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_SYMBOL_LINE, "line"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_SYMBOL_DASHED, "dashed"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_SYMBOL_BAND, "band"),
  G_DEFINE_ENUM_VALUE (KWA_LEGEND_SYMBOL_DOT, "dot"))

enum {
  PROP_0,
  PROP_KIND,
  PROP_COLOR,
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

static void
append_rounded (GtkSnapshot           *snapshot,
                const graphene_rect_t *rect,
                float                  radius,
                const GdkRGBA         *color)
{
  GskRoundedRect rounded;

  gsk_rounded_rect_init_from_rect (&rounded, rect, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
}

static void
kwa_legend_symbol_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  KwaLegendSymbol *self = KWA_LEGEND_SYMBOL (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  float middle = height / 2;
  GdkRGBA color, halo;

  if (width <= 0 || height <= 0)
    return;

  get_color (self, &color);

  switch (self->kind)
    {
    case KWA_LEGEND_SYMBOL_SWATCH:
      {
        GskRoundedRect outline;
        GdkRGBA border = { 0, 0, 0, 0.25 };
        float widths[4] = { 1, 1, 1, 1 };
        GdkRGBA borders[4] = { border, border, border, border };

        append_rounded (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height), 4, &color);
        gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, 0, width, height), 4);
        gtk_snapshot_append_border (snapshot, &outline, widths, borders);
      }
      break;

    case KWA_LEGEND_SYMBOL_FRONT:
      /* As on the map: a light halo under a dark line. */
      halo = (GdkRGBA) { 1, 1, 1, 0.75 };
      if (color.red + color.green + color.blue > 1.5)
        halo = (GdkRGBA) { 0.06, 0.07, 0.08, 0.75 };
      append_rounded (snapshot, &GRAPHENE_RECT_INIT (0, middle - 3.5, width, 7), 3.5, &halo);
      append_rounded (snapshot, &GRAPHENE_RECT_INIT (1, middle - 1.5, width - 2, 3), 1.5, &color);
      break;

    case KWA_LEGEND_SYMBOL_LINE:
      gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (0, middle - 1, width, 2));
      break;

    case KWA_LEGEND_SYMBOL_DASHED:
      for (float x = 0; x < width; x += 9)
        gtk_snapshot_append_color (snapshot, &color,
                                   &GRAPHENE_RECT_INIT (x, middle - 1, MIN (6, width - x), 2));
      break;

    case KWA_LEGEND_SYMBOL_BAND:
      gtk_snapshot_append_color (snapshot, &color,
                                 &GRAPHENE_RECT_INIT (0, middle - height / 4, width, height / 2));
      break;

    case KWA_LEGEND_SYMBOL_DOT:
      {
        float size = MIN (width, height) * 0.8f;
        GskRoundedRect ring;
        GdkRGBA white = { 1, 1, 1, 1 };
        float widths[4] = { 1.5, 1.5, 1.5, 1.5 };
        GdkRGBA borders[4] = { white, white, white, white };
        graphene_rect_t box = GRAPHENE_RECT_INIT ((width - size) / 2, (height - size) / 2, size, size);

        append_rounded (snapshot, &box, size / 2, &color);
        gsk_rounded_rect_init_from_rect (&ring, &box, size / 2);
        gtk_snapshot_append_border (snapshot, &ring, widths, borders);
      }
      break;

    default:
      g_assert_not_reached ();
    }
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
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "legendsymbol");
  /* The row's words say what it means; the drawing adds nothing to read. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
kwa_legend_symbol_init (KwaLegendSymbol *self)
{
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
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
