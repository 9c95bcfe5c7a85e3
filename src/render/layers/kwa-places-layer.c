/* kwa-places-layer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-places-layer"

#include "config.h"

#include <string.h>

#include "kwa-ink.h"
#include "kwa-places-layer.h"

/* Places as a dot (a capital's a square) and their name, most important
 * first, each name clear of those before it; minor places appear as the
 * view zooms in.
 *
 * The dots are drawn, and the names placed, before the movements, whose
 * labels keep clear of the names; the names are drawn after them
 * (kwa_places_layer_draw_names()), so that an arrow sweeping past Seoul
 * in the war of movement runs under its name, not through it. */

/* A name placed, waiting for the movements to be drawn under it. */
typedef struct
{
  KwaShapedText  *text;
  double          x, y;
  const KwaPlace *place;
} PlacedName;

static void
placed_name_clear (PlacedName *name)
{
  g_clear_pointer (&name->text, kwa_shaped_text_unref);
}

typedef struct
{
  double   size;         /* the dot's radius, or half the square's side */
  double   line_width;
  KwaColor ink;
  KwaColor halo;
  gboolean square;       /* a capital's */
} DotKey;

static void
trace_place_dot (cairo_t      *cr,
                 const DotKey *dot,
                 double        x,
                 double        y)
{
  cairo_new_path (cr);
  if (dot->square)
    cairo_rectangle (cr, x - dot->size, y - dot->size, 2 * dot->size, 2 * dot->size);
  else
    cairo_arc (cr, x, y, dot->size, 0, 2 * G_PI);
  kwa_render_set_color (cr, &dot->ink, 0.9);
  kwa_ink_fill_preserve (cr);
  kwa_render_set_color (cr, &dot->halo, 0.9);
  cairo_set_line_width (cr, dot->line_width);
  kwa_ink_stroke (cr);
}

static void
draw_place_dot (cairo_t       *cr,
                gconstpointer  key,
                gpointer       user_data)
{
  trace_place_dot (cr, key, 0, 0);
}

/* A place's dot (a capital's square), as a sprite where it can be. */
static void
paint_place_dot (KwaRenderScope *scope,
                 gboolean        as_sprite,
                 const DotKey   *dot,
                 double          x,
                 double          y)
{
  if (!kwa_render_scope_paint_symbol_sprite (scope, as_sprite, dot, sizeof *dot,
                                             dot->size * G_SQRT2 + dot->line_width / 2 + 1,
                                             draw_place_dot, x, y, 1))
    trace_place_dot (scope->cr, dot, x, y);
}

/* Event markers are drawn over the labels: keep labels clear of them. */
static void
add_event_markers (KwaRenderScope *scope)
{
  KwaScene *scene = scope->scene;

  kwa_label_placer_clear_markers (scope->labels);
  if (!(scope->options->layers & KWA_MAP_LAYER_EVENTS))
    return;

  for (guint i = 0; i < scene->events->len; i++)
    {
      const KwaSceneEvent *visible = &g_array_index (scene->events, KwaSceneEvent, i);
      double radius = (10 - 2 * (visible->event->event->importance - 1) + 3) * scope->ui_scale;
      double x, y;

      if (!visible->event->has_point)
        continue;
      kwa_render_scope_to_pixel (scope, &visible->event->point, &x, &y);
      kwa_label_placer_add_marker (scope->labels, x, y, radius);
    }
}

#define NAME_HALO_WIDTH 3.2

/* A place's name: a capital's the largest, then the major places'. */
static KwaShapedText *
shape_name (const KwaRenderScope *scope,
            const KwaPlace       *place)
{
  gboolean capital = place->kind == KWA_PLACE_CAPITAL;
  double size = kwa_render_scope_get_label_size (scope->viewport, scope->options,
                                                 capital ? KWA_PLACE_LABEL_SIZE_CAPITAL :
                                                 place->importance == 1 ? KWA_PLACE_LABEL_SIZE_MAJOR :
                                                 KWA_PLACE_LABEL_SIZE);

  return kwa_text_painter_shape (scope->text, kwa_text_get (&place->name, scope->options->language), size,
                                 capital ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_MEDIUM);
}

/* The least important places named at this view: 1 always; 2 once
 * zoomed in a little (or on a big screen); 3 only close up. The screen
 * counts, not the text size: bigger text means fewer names, never more. */
int
kwa_places_layer_get_least_importance_shown (const KwaRenderScope *scope)
{
  KwaMapExtent extent;
  double zoom, by_screen = scope->ui_scale / MAX (scope->options->text_scale, 1.0);

  kwa_basemap_get_extent (kwa_basemap_cache_get_basemap (scope->basemap), &extent);
  zoom = kwa_viewport_get_zoom (scope->viewport, &extent) * by_screen;

  return zoom >= 3.0 * 0.9 ? 3 : zoom >= 1.4 * 0.9 ? 2 : 1;
}

/* Whether the view names @place on some day: capitals always, the rest
 * down to the least importance it shows. */
static gboolean
is_named_at (const KwaPlace *place,
             int             least_shown)
{
  return place->kind == KWA_PLACE_CAPITAL || (place->importance >= 1 && place->importance <= least_shown);
}

/* Places @place's name by (@x, @y) and draws its dot, unless the name
 * would collide with one already placed; the name waits in
 * scope->place_names. */
static void
draw_place (KwaRenderScope *scope,
            const KwaPlace *place,
            double          x,
            double          y,
            gboolean        as_sprites)
{
  const KwaMapPalette *palette = scope->palette;
  double scale = scope->ui_scale;
  gboolean capital = place->kind == KWA_PLACE_CAPITAL;
  double dot = (capital ? 4.0 : 2.8) * scale;
  g_autoptr(KwaShapedText) label = shape_name (scope, place);
  PlacedName name;
  PangoRectangle logical;
  KwaMapLabel box;
  DotKey dot_key;

  kwa_shaped_text_get_extents (label, &logical);

  box.width = logical.width;
  box.height = logical.height;
  box.hit.kind = KWA_MAP_HIT_PLACE;
  box.hit.record = place;
  if (!kwa_label_placer_place (scope->labels, &box, x, y, dot + 3 * scale))
    return;

  /* Zeroed whole: the key is compared as bytes, padding and all. */
  memset (&dot_key, 0, sizeof dot_key);
  dot_key.square = capital;
  dot_key.size = dot;
  dot_key.line_width = 1.2 * scale;
  dot_key.ink = palette->ink;
  dot_key.halo = palette->halo;
  cairo_save (scope->cr);
  paint_place_dot (scope, as_sprites, &dot_key, x, y);
  cairo_restore (scope->cr);

  name = (PlacedName) { g_steal_pointer (&label), box.x, box.y, place };
  g_array_append_val (scope->place_names, name);
}

void
kwa_places_layer_draw (KwaRenderScope *scope)
{
  const KwaViewport *viewport = scope->viewport;
  guint n;
  const KwaAtlasPlace *places = kwa_atlas_get_places (scope->scene->atlas, &n);
  gboolean as_sprites = kwa_render_scope_can_paint_sprites (scope);
  int least_shown;

  if (!(scope->options->layers & KWA_MAP_LAYER_LABELS))
    return;

  least_shown = kwa_places_layer_get_least_importance_shown (scope);

  add_event_markers (scope);
  g_clear_pointer (&scope->place_names, g_array_unref);
  scope->place_names = g_array_new (FALSE, FALSE, sizeof (PlacedName));
  g_array_set_clear_func (scope->place_names, (GDestroyNotify) placed_name_clear);

  /* Capitals first (pass 0), then by importance, as far as the view
   * shows: the placer drops whichever name would overlap one placed
   * before it, so the least important go first. */
  for (int importance = 0; importance <= least_shown; importance++)
    {
      for (guint i = 0; i < n; i++)
        {
          const KwaPlace *place = places[i].place;
          double x, y;

          if (!is_named_at (place, least_shown) ||
              (place->kind == KWA_PLACE_CAPITAL ? 0 : place->importance) != importance ||
              !kwa_place_is_labelled_on (place, scope->scene->date))
            continue;

          kwa_render_scope_to_pixel (scope, &places[i].point, &x, &y);
          if (x < -50 || y < -50 || x > viewport->width + 50 || y > viewport->height + 50)
            continue;

          draw_place (scope, place, x, y, as_sprites);
        }
    }
}

/**
 * kwa_places_layer_draw_names:
 *
 * Draws the names kwa_places_layer_draw() placed, where it placed them.
 */
void
kwa_places_layer_draw_names (KwaRenderScope *scope)
{
  g_autoptr(GArray) names = g_steal_pointer (&scope->place_names);

  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      const PlacedName *name = &g_array_index (names, PlacedName, i);

      kwa_render_scope_draw_text (scope, name->text, name->x, name->y, &scope->palette->ink,
                                  NAME_HALO_WIDTH * scope->ui_scale,
                                  scope->options->selected == (gconstpointer) name->place ? 1.0 : 0.92);
    }
}

/**
 * kwa_places_layer_prepare_labels:
 * @from: the first place to prepare
 * @deadline: monotonic time to stop at, after a name (one at least is made)
 *
 * Makes ahead the halo and sprite of every name the view shows on some
 * day, in the language and at the size of @scope (see
 * kwa_map_renderer_prepare_labels()).
 *
 * Returns: the place to go on from, or the number of places when all are
 *   made
 */
guint
kwa_places_layer_prepare_labels (const KwaRenderScope *scope,
                                 guint                 from,
                                 gint64                deadline)
{
  guint n;
  const KwaAtlasPlace *places = kwa_atlas_get_places (scope->scene->atlas, &n);
  int least_shown = kwa_places_layer_get_least_importance_shown (scope);
  guint i;

  for (i = from; i < n && (i == from || g_get_monotonic_time () < deadline); i++)
    {
      const KwaPlace *place = places[i].place;
      g_autoptr(KwaShapedText) name = NULL;

      if (!is_named_at (place, least_shown))
        continue;
      name = shape_name (scope, place);
      kwa_render_scope_prepare_text (scope, name, &scope->palette->ink, NAME_HALO_WIDTH * scope->ui_scale);
    }
  return i;
}
