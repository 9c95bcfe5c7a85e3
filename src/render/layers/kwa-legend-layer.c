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

#include "kwa-ink.h"
#include "kwa-legend-layer.h"
#include "kwa-label-placer.h"
#include "kwa-legend-items.h"
#include "kwa-legend-symbol-painter.h"

/* Bottom right: what the map shows on this day, each drawn as the map
 * draws it (kwa_legend_symbol_paint_entry()). In two columns when one
 * would be too tall, and never more than a share of the view: with large
 * text it shrinks rather than cover the map. The same every frame of a day, so
 * painted from a sprite where it can be. */

#define LEGEND_SYMBOL_WIDTH 24
#define LEGEND_SYMBOL_HEIGHT 14
#define LEGEND_LINE_HEIGHT 22
#define LEGEND_PAD 10
#define LEGEND_TEXT 12.5
#define LEGEND_MAX_WIDTH 0.42      /* of the view */
#define LEGEND_MAX_HEIGHT 0.40

typedef struct
{
  KwaMapTheme          theme;
  const KwaMapPalette *palette;
  KwaColor             north;
  KwaColor             south;
  KwaLegendEntry       entries[KWA_N_LEGEND_ENTRIES];
  char                *texts[KWA_N_LEGEND_ENTRIES];
  KwaShapedText       *labels[KWA_N_LEGEND_ENTRIES];
  guint                n_entries;
  guint                columns;
  gboolean             collapsed;     /* its header alone */
  const char          *title_text;
  KwaShapedText       *title;
  double               title_width;
  double               label_width;   /* of the widest label */
  double               scale;
} Legend;

static guint
legend_rows (const Legend *legend)
{
  return (legend->n_entries + legend->columns - 1) / legend->columns;
}

static double
column_width (const Legend *legend)
{
  return legend->label_width + (LEGEND_SYMBOL_WIDTH + LEGEND_PAD) * legend->scale;
}

/* The header: a triangle that says it opens and closes, and "Legend". */
static double
header_width (const Legend *legend)
{
  return legend->title_width + (LEGEND_SYMBOL_HEIGHT + 3 * LEGEND_PAD) * legend->scale;
}

static void
legend_size (const Legend *legend,
             double       *width,
             double       *height)
{
  double scale = legend->scale;
  guint rows = legend->collapsed ? 0 : legend_rows (legend);

  *width = legend->collapsed ? 0 : legend->columns * column_width (legend) +
                                   ((legend->columns - 1) * 2 + 2) * LEGEND_PAD * scale;
  *width = MAX (*width, header_width (legend));
  *height = ((rows + 1) * LEGEND_LINE_HEIGHT + 2 * LEGEND_PAD) * scale;
}

/* The entries for what the map shows today (see kwa_legend_items_collect()). */
static void
collect_entries (KwaRenderScope *scope,
                 Legend         *legend)
{
  KwaLegendItems items = { 0 };

  kwa_legend_items_collect (&items, scope->scene, scope->options->layers, scope->options->language,
                            scope->words);
  for (guint i = 0; i < items.n_items; i++)
    {
      legend->entries[i] = items.items[i].entry;
      legend->texts[i] = g_steal_pointer (&items.items[i].text);
    }
  legend->n_entries = items.n_items;
}

static void
shape_labels (KwaRenderScope *scope,
              Legend         *legend)
{
  PangoRectangle title;

  g_clear_pointer (&legend->title, kwa_shaped_text_unref);
  legend->title_text = scope->words->legend;
  legend->title = kwa_text_painter_shape (scope->text, legend->title_text, LEGEND_TEXT * legend->scale,
                                          PANGO_WEIGHT_BOLD);
  kwa_shaped_text_get_extents (legend->title, &title);
  legend->title_width = title.width;
  legend->label_width = 0;
  for (guint i = 0; i < legend->n_entries; i++)
    {
      PangoRectangle rect;

      g_clear_pointer (&legend->labels[i], kwa_shaped_text_unref);
      legend->labels[i] = kwa_text_painter_shape (scope->text, legend->texts[i],
                                                  LEGEND_TEXT * legend->scale, PANGO_WEIGHT_NORMAL);
      kwa_shaped_text_get_extents (legend->labels[i], &rect);
      legend->label_width = MAX (legend->label_width, rect.width);
    }
}

/* Shapes the labels, and shrinks the legend until it fits its share of
 * the view. */
static void
lay_out (KwaRenderScope *scope,
         Legend         *legend)
{
  const KwaViewport *viewport = scope->viewport;
  double width, height, fit;

  /* One column while it fits its share of the view's height; two when
   * it would not (large text, a short view). */
  legend->columns = 1;
  shape_labels (scope, legend);
  legend_size (legend, &width, &height);
  if (height > viewport->height * LEGEND_MAX_HEIGHT && legend->n_entries > 1)
    legend->columns = 2;
  /* Text does not shrink exactly in proportion (hinting rounds): a few
   * tries bring it within its share. */
  for (guint attempt = 0; attempt < 4; attempt++)
    {
      legend_size (legend, &width, &height);
      fit = MIN (viewport->width * LEGEND_MAX_WIDTH / width, viewport->height * LEGEND_MAX_HEIGHT / height);
      if (fit >= 1)
        break;
      legend->scale *= fit * 0.99;
      shape_labels (scope, legend);
    }
}

static void
draw_legend_panel (cairo_t      *cr,
                   const Legend *legend,
                   double        x,
                   double        y)
{
  double scale = legend->scale, pad = LEGEND_PAD * scale, line_height = LEGEND_LINE_HEIGHT * scale;
  double symbol_width = LEGEND_SYMBOL_WIDTH * scale, symbol_height = LEGEND_SYMBOL_HEIGHT * scale;
  guint rows = legend_rows (legend);
  double width, height, mark = LEGEND_SYMBOL_HEIGHT * scale * 0.6;

  legend_size (legend, &width, &height);
  kwa_render_fill_panel (cr, legend->palette, x, y, width, height, 10 * scale);

  /* The header: ▾ open, ▸ closed. */
  kwa_render_set_color (cr, &legend->palette->ink, 1);
  cairo_save (cr);
  cairo_translate (cr, x + pad + mark / 2, y + pad + line_height / 2);
  if (legend->collapsed)
    cairo_rotate (cr, -G_PI / 2);
  cairo_move_to (cr, -mark / 2, -mark / 3);
  cairo_line_to (cr, mark / 2, -mark / 3);
  cairo_line_to (cr, 0, mark / 2);
  cairo_close_path (cr);
  kwa_ink_fill (cr);
  cairo_restore (cr);
  cairo_move_to (cr, x + 2 * pad + mark, y + pad + (line_height - LEGEND_TEXT * scale * 1.35) / 2);
  kwa_ink_show_layout (cr, kwa_shaped_text_get_layout (legend->title));

  for (guint i = 0; i < legend->n_entries && !legend->collapsed; i++)
    {
      double column_x = x + pad + (i / rows) * (column_width (legend) + 2 * pad);
      double row_y = y + pad + (i % rows + 1) * line_height;

      kwa_legend_symbol_paint_entry (cr, legend->entries[i], legend->theme, &legend->north, &legend->south,
                                     column_x, row_y + (line_height - symbol_height) / 2,
                                     symbol_width, symbol_height, scale);
      cairo_move_to (cr, column_x + symbol_width + pad, row_y + (line_height - LEGEND_TEXT * scale * 1.35) / 2);
      kwa_render_set_color (cr, &legend->palette->ink, 1);
      kwa_ink_show_layout (cr, kwa_shaped_text_get_layout (legend->labels[i]));
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
legend_key (const Legend *legend)
{
  GByteArray *key = g_byte_array_new ();
  struct
  {
    KwaColor north, south;
    double   scale;
    int      theme;
    guint    columns;
    gboolean collapsed;
    guint    entries[KWA_N_LEGEND_ENTRIES];
  } fixed;

  memset (&fixed, 0, sizeof fixed);
  fixed.north = legend->north;
  fixed.south = legend->south;
  fixed.scale = legend->scale;
  fixed.theme = legend->theme;
  fixed.columns = legend->columns;
  fixed.collapsed = legend->collapsed;
  for (guint i = 0; i < legend->n_entries; i++)
    fixed.entries[i] = legend->entries[i];
  g_byte_array_append (key, (const guint8 *) &fixed, sizeof fixed);
  for (guint i = 0; i < legend->n_entries; i++)
    g_byte_array_append (key, (const guint8 *) legend->texts[i], strlen (legend->texts[i]) + 1);
  g_byte_array_append (key, (const guint8 *) legend->title_text, strlen (legend->title_text) + 1);

  return key;
}

/* The legend as a sprite, made for @cr's target; NULL where one cannot
 * be painted. */
static cairo_surface_t *
lookup_sprite (KwaRenderScope *scope,
               Legend         *legend,
               double          width,
               double          height)
{
  g_autoptr(GByteArray) key = NULL;
  cairo_font_options_t *font_options;
  cairo_rectangle_int_t extent = { 0, 0, (int) ceil (width) + 1, (int) ceil (height) + 1 };
  cairo_surface_t *sprite;

  if (!kwa_render_scope_can_paint_sprites (scope))
    return NULL;

  key = legend_key (legend);
  font_options = kwa_render_target_font_options (scope->cr);
  kwa_text_painter_update_layout (scope->text, scope->cr, kwa_shaped_text_get_layout (legend->title));
  for (guint i = 0; i < legend->n_entries; i++)
    kwa_text_painter_update_layout (scope->text, scope->cr, kwa_shaped_text_get_layout (legend->labels[i]));
  sprite = kwa_sprite_cache_lookup (scope->sprites, key->data, key->len, &extent, font_options,
                                    draw_legend_sprite, legend);
  cairo_font_options_destroy (font_options);

  return sprite;
}

/* The header's strip, for the map view to open and close the legend by. */
static void
add_header_hit (KwaRenderScope *scope,
                const Legend   *legend,
                double          x,
                double          y,
                double          width)
{
  const KwaMapHit hit = { KWA_MAP_HIT_LEGEND, NULL };
  double radius = (LEGEND_LINE_HEIGHT / 2.0 + LEGEND_PAD / 2.0) * legend->scale;
  double cy = y + (LEGEND_PAD + LEGEND_LINE_HEIGHT / 2.0) * legend->scale;

  for (double cx = x + radius; cx < x + width + radius / 2; cx += radius)
    kwa_hit_index_add_marker (scope->hits, MIN (cx, x + width - radius), cy, radius, &hit);
}

/* The legend for the scene, laid out and placed in the view's lower
 * right corner. */
struct _KwaLegendLayout
{
  Legend legend;
  double x, y, width, height;
};

static void
legend_layout_free (struct _KwaLegendLayout *layout)
{
  kwa_shaped_text_unref (layout->legend.title);
  for (guint i = 0; i < layout->legend.n_entries; i++)
    {
      g_free (layout->legend.texts[i]);
      kwa_shaped_text_unref (layout->legend.labels[i]);
    }
  g_free (layout);
}

/* Above what lies over the map's corner (a folded kiosk's "Details"
 * handle), which would hide its header, the tab a finger opens it by. */
static void
keep_clear_of_covers (struct _KwaLegendLayout *layout,
                      const KwaRenderOptions  *options)
{
  for (guint i = 0; i < MIN (options->n_covers, KWA_MAX_MAP_COVERS); i++)
    {
      const cairo_rectangle_t *cover = &options->covers[i];

      if (cover->x < layout->x + layout->width && layout->x < cover->x + cover->width &&
          cover->y < layout->y + layout->height && layout->y < cover->y + cover->height)
        layout->y = MAX (0, cover->y - layout->height - 8 * layout->legend.scale);
    }
}

/* NULL when there is no legend to draw. */
static struct _KwaLegendLayout *
legend_layout_new (KwaRenderScope *scope)
{
  const KwaViewport *viewport = scope->viewport;
  const KwaRenderOptions *options = scope->options;
  struct _KwaLegendLayout *layout;
  Legend *legend;

  if (!(options->layers & KWA_MAP_LAYER_LEGEND) || scope->scene == NULL)
    return NULL;

  layout = g_new0 (struct _KwaLegendLayout, 1);
  legend = &layout->legend;
  legend->theme = options->theme;
  legend->palette = scope->palette;
  legend->north = kwa_render_scope_get_side (scope, KWA_SIDE_NORTH)->color;
  legend->south = kwa_render_scope_get_side (scope, KWA_SIDE_SOUTH)->color;
  /* A kiosk's and an audience's is as large as their names, read from
   * where they are read (the kiosk's starts closed, a tab a finger
   * opens); the owner of the view keeps what lies over the map clear of
   * it (the audience's caption sits in the opposite corner). */
  legend->scale = scope->ui_scale * MAX (1.0, options->legend_scale);
  legend->collapsed = options->legend_collapsed;
  collect_entries (scope, legend);
  lay_out (scope, legend);

  legend_size (legend, &layout->width, &layout->height);
  layout->x = viewport->width - layout->width - 8 * legend->scale;
  layout->y = viewport->height - layout->height - 8 * legend->scale;
  keep_clear_of_covers (layout, options);

  return layout;
}

/**
 * kwa_legend_layer_reserve:
 *
 * Lays the legend out and tells the label placer where it will be, before
 * the places and the movements place their labels: it is drawn over them.
 */
void
kwa_legend_layer_reserve (KwaRenderScope *scope)
{
  g_clear_pointer (&scope->legend, legend_layout_free);
  scope->legend = legend_layout_new (scope);
  if (scope->legend != NULL)
    kwa_label_placer_add_obstacle (scope->labels, scope->legend->x, scope->legend->y,
                                   scope->legend->width, scope->legend->height);
}

void
kwa_legend_layer_draw (KwaRenderScope *scope)
{
  cairo_t *cr = scope->cr;
  struct _KwaLegendLayout *layout = g_steal_pointer (&scope->legend);
  cairo_surface_t *sprite;

  if (layout == NULL)
    layout = legend_layout_new (scope);
  if (layout == NULL)
    return;

  /* Outside the clip (the other band's half of the frame) nothing of it
   * would show, and no sprite of it need be made. */
  if (!kwa_ink_clip_misses (cr, layout->x - 1, layout->y - 1,
                            layout->x + layout->width + 2, layout->y + layout->height + 2))
    {
      cairo_save (cr);
      sprite = lookup_sprite (scope, &layout->legend, layout->width, layout->height);
      if (sprite != NULL)
        kwa_render_paint_sprite (cr, sprite, &(cairo_rectangle_int_t) { 0, 0, 0, 0 }, layout->x, layout->y, 1);
      else
        draw_legend_panel (cr, &layout->legend, layout->x, layout->y);
      cairo_restore (cr);
    }
  add_header_hit (scope, &layout->legend, layout->x, layout->y, layout->width);
  if (scope->legend_box != NULL)
    *scope->legend_box = (cairo_rectangle_t) { layout->x, layout->y, layout->width, layout->height };
  legend_layout_free (layout);
}
