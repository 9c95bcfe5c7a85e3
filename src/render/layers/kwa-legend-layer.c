/* kwa-legend-layer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-legend-layer"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "kwa-legend-layer.h"
#include "kwa-legend-symbol-painter.h"

/* Bottom right: the sides' colours and the two lines. The same every
 * frame, so painted from a sprite where it can be. */

#define LEGEND_SWATCH 14
#define LEGEND_LINE_HEIGHT 24
#define LEGEND_PAD 12

/* The legend's panel with its top-left corner at (@x, @y). */
typedef struct
{
  const KwaMapPalette *palette;
  const KwaColor      *north;
  const KwaColor      *south;
  KwaShapedText       *labels[4];
  double               width;        /* of the widest label */
  double               scale;
} Legend;

static void
legend_size (const Legend *legend,
             double       *width,
             double       *height)
{
  double scale = legend->scale;

  *width = legend->width + (LEGEND_SWATCH + 3 * LEGEND_PAD) * scale;
  *height = (G_N_ELEMENTS (legend->labels) * LEGEND_LINE_HEIGHT + 2 * LEGEND_PAD) * scale;
}

/* Each row's symbol: the sides' land, the front, and the front three
 * weeks before. */
static void
draw_legend_symbol (cairo_t      *cr,
                    const Legend *legend,
                    guint         row,
                    double        x,
                    double        y,
                    double        size)
{
  const KwaColor *ink = &legend->palette->ink;

  switch (row)
    {
    case 0:
    case 1:
      kwa_legend_symbol_paint (cr, KWA_LEGEND_SYMBOL_SWATCH, row == 0 ? legend->north : legend->south, 0.4,
                               x, y, size, size, legend->scale);
      break;
    case 2:
      kwa_legend_symbol_paint (cr, KWA_LEGEND_SYMBOL_FRONT, ink, 1, x, y, size, size, legend->scale);
      break;
    default:
      kwa_legend_symbol_paint (cr, KWA_LEGEND_SYMBOL_DASHED, ink, 0.5, x, y, size, size, legend->scale);
      break;
    }
}

static void
draw_legend_panel (cairo_t      *cr,
                   const Legend *legend,
                   double        x,
                   double        y)
{
  double scale = legend->scale;
  double size = LEGEND_SWATCH * scale, line_height = LEGEND_LINE_HEIGHT * scale, pad = LEGEND_PAD * scale;
  double width, height;

  legend_size (legend, &width, &height);
  kwa_render_fill_panel (cr, legend->palette, x, y, width, height, 10 * scale);
  x += pad;
  y += pad;
  for (guint i = 0; i < G_N_ELEMENTS (legend->labels); i++)
    {
      draw_legend_symbol (cr, legend, i, x, y + i * line_height + (line_height - size) / 2, size);
      cairo_move_to (cr, x + size + pad, y + i * line_height + (line_height - 13 * scale * 1.35) / 2);
      kwa_render_set_color (cr, &legend->palette->ink, 1);
      pango_cairo_show_layout (cr, kwa_shaped_text_get_layout (legend->labels[i]));
    }
}

static void
draw_legend_sprite (cairo_t       *cr,
                    gconstpointer  key,
                    gpointer       user_data)
{
  draw_legend_panel (cr, user_data, 0, 0);
}

/* What makes the legend look as it does, as bytes: a sprite's key. */
static GByteArray *
legend_key (const Legend           *legend,
            const KwaRenderOptions *options,
            const char            **labels,
            guint                   n_labels)
{
  GByteArray *key = g_byte_array_new ();
  struct
  {
    KwaColor north, south, ink, halo;
    double   scale;
    int      theme;
  } fixed;

  memset (&fixed, 0, sizeof fixed);
  fixed.north = *legend->north;
  fixed.south = *legend->south;
  fixed.ink = legend->palette->ink;
  fixed.halo = legend->palette->halo;
  fixed.scale = legend->scale;
  fixed.theme = options->theme;
  g_byte_array_append (key, (const guint8 *) &fixed, sizeof fixed);
  for (guint i = 0; i < n_labels; i++)
    g_byte_array_append (key, (const guint8 *) labels[i], strlen (labels[i]) + 1);

  return key;
}

/* The legend as a sprite, made for @cr's target; NULL where one cannot
 * be painted. */
static cairo_surface_t *
lookup_sprite (KwaRenderScope *scope,
               Legend         *legend,
               const char    **labels,
               double          width,
               double          height)
{
  g_autoptr(GByteArray) key = NULL;
  cairo_font_options_t *font_options;
  cairo_rectangle_int_t extent = { 0, 0, (int) ceil (width) + 1, (int) ceil (height) + 1 };
  cairo_surface_t *sprite;

  if (!kwa_render_scope_can_paint_sprites (scope))
    return NULL;

  key = legend_key (legend, scope->options, labels, G_N_ELEMENTS (legend->labels));
  font_options = kwa_render_target_font_options (scope->cr);
  for (guint i = 0; i < G_N_ELEMENTS (legend->labels); i++)
    kwa_text_painter_update_layout (scope->text, scope->cr, kwa_shaped_text_get_layout (legend->labels[i]));
  sprite = kwa_sprite_cache_lookup (scope->sprites, key->data, key->len, &extent, font_options,
                                    draw_legend_sprite, legend);
  cairo_font_options_destroy (font_options);

  return sprite;
}

void
kwa_legend_layer_draw (KwaRenderScope *scope)
{
  cairo_t *cr = scope->cr;
  const KwaViewport *viewport = scope->viewport;
  const KwaRenderOptions *options = scope->options;
  const KwaSide *north, *south;
  Legend legend = { scope->palette };
  const char *labels[G_N_ELEMENTS (legend.labels)];
  cairo_surface_t *sprite;
  double width, height, x, y;

  if (!(options->layers & KWA_MAP_LAYER_LEGEND))
    return;

  north = kwa_render_scope_get_side (scope, KWA_SIDE_NORTH);
  south = kwa_render_scope_get_side (scope, KWA_SIDE_SOUTH);
  legend.scale = scope->ui_scale;
  legend.north = &north->color;
  legend.south = &south->color;
  labels[0] = kwa_text_get (&north->name, options->language);
  labels[1] = kwa_text_get (&south->name, options->language);
  labels[2] = scope->words->front_line;
  labels[3] = scope->words->front_line_earlier;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      PangoRectangle rect;

      legend.labels[i] = kwa_text_painter_shape (scope->text, labels[i], 13 * legend.scale, PANGO_WEIGHT_NORMAL);
      kwa_shaped_text_get_extents (legend.labels[i], &rect);
      legend.width = MAX (legend.width, rect.width);
    }

  legend_size (&legend, &width, &height);
  x = viewport->width - width - 8 * legend.scale;
  y = viewport->height - height - 8 * legend.scale;

  cairo_save (cr);
  sprite = lookup_sprite (scope, &legend, labels, width, height);
  if (sprite != NULL)
    kwa_render_paint_sprite (cr, sprite, &(cairo_rectangle_int_t) { 0, 0, 0, 0 }, x, y, 1);
  else
    draw_legend_panel (cr, &legend, x, y);
  cairo_restore (cr);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    kwa_shaped_text_unref (legend.labels[i]);
}
