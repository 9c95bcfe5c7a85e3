/* kwa-figures-view.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-figures-view"

#include "config.h"

#include <adwaita.h>

#include "kwa-figure-sheet.h"
#include "kwa-figures-view.h"
#include "kwa-i18n.h"
#include "kwa-map-palette.h"
#include "kwa-quantity.h"

/* The exhibit's figures as charts (KwaFigureSheet, which also draws the
 * PDF), laid out again only when the width, the language, the exhibit or
 * the style changes; a frame replays the layout. Hovering a bar tells
 * its figure in full, and a screen reader hears every chart in words. */

struct _KwaFiguresView
{
  GtkWidget       parent_instance;

  KwaExhibit     *exhibit;
  KwaLanguage     language;
  KwaFigureSheet *sheet;        /* for the width last allocated, or NULL */
  double          sheet_width;
};

G_DEFINE_FINAL_TYPE (KwaFiguresView, kwa_figures_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXHIBIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A label's size: the interface's own text, a little larger, so charts
 * read from across a classroom as the panels do. */
static double
text_size (KwaFiguresView *self)
{
  PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  double size = font != NULL ? pango_font_description_get_size (font) / (double) PANGO_SCALE : 11;

  if (font != NULL && !pango_font_description_get_size_is_absolute (font))
    size *= 96.0 / 72.0;

  return MAX (size, 8) * 1.1;
}

static void
style_ink (KwaFiguresView *self,
           KwaFigureInk   *ink)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style);
  gboolean high_contrast = adw_style_manager_get_high_contrast (style);

  kwa_figure_ink_init_paper (ink, self->exhibit);
  if (dark)
    {
      ink->ink = (KwaColor) { 0.96, 0.96, 0.96 };
      ink->muted = (KwaColor) { 0.72, 0.72, 0.75 };
      ink->grid = (KwaColor) { 0.3, 0.3, 0.33 };
      ink->neutral = (KwaColor) { 0.6, 0.63, 0.68 };
      /* The sides' map colours are dark: lifted, they keep 3:1 against
       * the dark window (WCAG's non-text contrast). */
      for (int side = 0; side < KWA_N_SIDES; side++)
        ink->side[side] = kwa_color_over (&ink->ink, 0.3, &ink->side[side]);
    }
  if (high_contrast)
    {
      ink->muted = ink->ink;
      ink->grid = dark ? (KwaColor) { 0.55, 0.55, 0.55 } : (KwaColor) { 0.45, 0.45, 0.45 };
    }
}

static void
drop_sheet (KwaFiguresView *self)
{
  g_clear_pointer (&self->sheet, kwa_figure_sheet_free);
  self->sheet_width = 0;
}

/* The charts in words, for screen readers: those of the sheet just laid
 * out (its words do not depend on its width). */
static void
describe (KwaFiguresView *self)
{
  g_autofree char *text = kwa_figure_sheet_describe (self->sheet);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kwa_gettext_in (self->language, N_("Figures")),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

static KwaFigureSheet *
ensure_sheet (KwaFiguresView *self,
              double          width)
{
  KwaFigureInk ink;

  if (self->exhibit == NULL || width <= 0)
    return NULL;
  if (self->sheet != NULL && self->sheet_width == width)
    return self->sheet;

  drop_sheet (self);
  style_ink (self, &ink);
  self->sheet = kwa_figure_sheet_new (self->exhibit, self->language, &ink, width, text_size (self));
  self->sheet_width = width;
  describe (self);
  return self->sheet;
}

static void
relayout (KwaFiguresView *self)
{
  drop_sheet (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* ---- GtkWidget -------------------------------------------------------- */

static GtkSizeRequestMode
kwa_figures_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kwa_figures_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  KwaFiguresView *self = KWA_FIGURES_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) (text_size (self) * 18);
      *natural = (int) (text_size (self) * 56);
      return;
    }

  if (for_size < 0)
    for_size = (int) (text_size (self) * 56);
  {
    KwaFigureSheet *sheet = ensure_sheet (self, for_size);

    *minimum = *natural = sheet != NULL ? (int) ceil (kwa_figure_sheet_get_height (sheet)) : 0;
  }
}

static void
kwa_figures_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  KwaFiguresView *self = KWA_FIGURES_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  KwaFigureSheet *sheet = ensure_sheet (self, width);
  cairo_t *cr;

  if (sheet == NULL || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  kwa_figure_sheet_draw (sheet, cr);
  cairo_destroy (cr);
}

/* "137,899–162,394 people · best estimate 137,899 · as of 27 July 1953",
 * then the figure's notes. */
static gboolean
query_tooltip_cb (GtkWidget      *widget,
                  int             x,
                  int             y,
                  gboolean        keyboard,
                  GtkTooltip     *tooltip,
                  KwaFiguresView *self)
{
  const KwaFigure *figure = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *value = NULL;
  const char *notes;

  if (keyboard || self->sheet == NULL || !kwa_figure_sheet_find_bar (self->sheet, x, y, &figure))
    return FALSE;

  value = kwa_quantity_format (figure->low, figure->high, kwa_text_get (&figure->unit, self->language),
                               self->language);
  g_string_append_printf (text, "<b>%s</b>\n%s", kwa_text_get (&figure->label, self->language), value);
  if (figure->has_best && figure->high > figure->low)
    {
      g_autofree char *best = kwa_quantity_format (figure->best, figure->best,
                                                   kwa_text_get (&figure->unit, self->language), self->language);
      /* Translators: in a chart's tooltip: the number the exhibit prefers
         within a range. */
      g_autofree char *line = kwa_fill_pattern (kwa_gettext_in (self->language, N_("Best estimate: {number}")),
                                                "{number}", best, NULL);

      g_string_append_printf (text, "\n%s", line);
    }
  notes = kwa_text_get (&figure->notes, self->language);
  if (notes != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (notes, -1);

      g_string_append_printf (text, "\n\n%s", escaped);
    }

  gtk_tooltip_set_markup (tooltip, text->str);
  return TRUE;
}

static void
style_changed_cb (KwaFiguresView *self)
{
  drop_sheet (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
kwa_figures_view_dispose (GObject *object)
{
  KwaFiguresView *self = KWA_FIGURES_VIEW (object);

  drop_sheet (self);
  g_clear_object (&self->exhibit);

  G_OBJECT_CLASS (kwa_figures_view_parent_class)->dispose (object);
}

static void
kwa_figures_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KwaFiguresView *self = KWA_FIGURES_VIEW (object);

  switch (prop_id)
    {
    case PROP_EXHIBIT:
      g_value_set_object (value, self->exhibit);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_figures_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KwaFiguresView *self = KWA_FIGURES_VIEW (object);

  switch (prop_id)
    {
    case PROP_EXHIBIT:
      kwa_figures_view_set_exhibit (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_figures_view_class_init (KwaFiguresViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_figures_view_dispose;
  object_class->get_property = kwa_figures_view_get_property;
  object_class->set_property = kwa_figures_view_set_property;

  widget_class->get_request_mode = kwa_figures_view_get_request_mode;
  widget_class->measure = kwa_figures_view_measure;
  widget_class->snapshot = kwa_figures_view_snapshot;

  properties[PROP_EXHIBIT] =
    g_param_spec_object ("exhibit", NULL, NULL, KWA_TYPE_EXHIBIT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "figures");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kwa_figures_view_init (KwaFiguresView *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  self->language = kwa_language_get_source ();
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  g_signal_connect_object (style, "notify::dark", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
kwa_figures_view_new (void)
{
  return g_object_new (KWA_TYPE_FIGURES_VIEW, NULL);
}

void
kwa_figures_view_set_exhibit (KwaFiguresView *self,
                              KwaExhibit     *exhibit)
{
  g_return_if_fail (KWA_IS_FIGURES_VIEW (self));
  g_return_if_fail (exhibit == NULL || KWA_IS_EXHIBIT (exhibit));

  if (!g_set_object (&self->exhibit, exhibit))
    return;

  relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXHIBIT]);
}

void
kwa_figures_view_set_language (KwaFiguresView *self,
                               KwaLanguage     language)
{
  g_return_if_fail (KWA_IS_FIGURES_VIEW (self));

  if (self->language == language)
    return;

  self->language = language;
  relayout (self);
}

/* The sheet on screen now, for tests; NULL before the first layout. */
KwaFigureSheet *
kwa_figures_view_get_sheet (KwaFiguresView *self)
{
  g_return_val_if_fail (KWA_IS_FIGURES_VIEW (self), NULL);

  return self->sheet;
}
