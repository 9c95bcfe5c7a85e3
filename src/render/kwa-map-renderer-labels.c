/* kwa-map-renderer-labels.c: labels made before the day that shows them
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-renderer"

#include "config.h"

#include <string.h>

#include "kwa-map-renderer-private.h"
#include "kwa-movements-layer.h"
#include "kwa-places-layer.h"

/* The first frame that shows a label strokes its glyphs' outlines for its
 * halo (see kwa-text-painter.c): a millisecond for a long unit's name at
 * 1080p, when a whole frame of the war of movement takes one or two. A
 * scrub through 1950 meets a new unit every few days, and those frames
 * were half of the slowest twentieth. So the view makes every unit's and
 * place's label ahead, a few at a time between frames, for the language,
 * size and theme it shows; frames then only paint them. */

/* What the labels were made for: a change to any of it makes them anew. */
typedef struct
{
  gconstpointer atlas;
  double        ui_scale;
  double        unit_size;     /* the label sizes, which the text scale sets */
  double        place_size;
  double        device_scale;
  KwaLanguage   language;
  KwaMapTheme   theme;
  int           least_shown;   /* how far down the places' importance goes */
} LabelsKey;

struct _KwaLabelsMade
{
  LabelsKey key;
  guint     stage;             /* 0: units, 1: places, 2: all made */
  guint     next;              /* within the stage */
};

static void
labels_key_init (LabelsKey            *key,
                 const KwaRenderScope *scope)
{
  /* Zeroed whole: the key is compared as bytes, padding and all. */
  memset (key, 0, sizeof *key);
  key->atlas = scope->scene->atlas;
  key->ui_scale = scope->ui_scale;
  key->unit_size = kwa_render_scope_get_label_size (scope->viewport, scope->options, KWA_UNIT_LABEL_SIZE);
  key->place_size = kwa_render_scope_get_label_size (scope->viewport, scope->options, KWA_PLACE_LABEL_SIZE);
  key->device_scale = scope->options->device_scale;
  key->language = scope->options->language;
  key->theme = scope->options->theme;
  key->least_shown = kwa_places_layer_get_least_importance_shown (scope);
}

void
kwa_labels_made_free (KwaLabelsMade *self)
{
  g_free (self);
}

/* The same as its bands' helper, which draws with a text painter of its own. */
static KwaMapRenderer *
band_helper_to_prepare (KwaMapRenderer *self)
{
  if (self->max_threads < 2)
    return NULL;

  kwa_map_renderer_ensure_band_helper (self);
  return self->band_helper;
}

/* Makes the labels from where the last call stopped, until @deadline. */
static void
make_labels (KwaMapRenderer  *self,
             KwaRenderScope  *scope,
             cairo_surface_t *like,
             gint64           deadline)
{
  KwaLabelsMade *made = self->labels_made;
  cairo_surface_t *scratch;
  double scale_x, scale_y;
  guint n;

  /* Glyphs are shaped and halos keyed by the target's font options and
   * antialiasing: a fresh image's, as the frames', and the fast
   * antialiasing kwa_map_renderer_draw_frame() sets for the overlays. */
  scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_surface_get_device_scale (like, &scale_x, &scale_y);
  cairo_surface_set_device_scale (scratch, scale_x, scale_y);
  scope->cr = cairo_create (scratch);
  cairo_set_antialias (scope->cr, CAIRO_ANTIALIAS_FAST);

  if (made->stage == 0)
    {
      kwa_atlas_get_movements (scope->scene->atlas, &n);
      made->next = kwa_movements_layer_prepare_labels (scope, made->next, deadline);
      if (made->next >= n)
        made->stage = 1, made->next = 0;
    }
  if (made->stage == 1)
    {
      kwa_atlas_get_places (scope->scene->atlas, &n);
      made->next = kwa_places_layer_prepare_labels (scope, made->next, deadline);
      if (made->next >= n)
        made->stage = 2, made->next = 0;
    }

  cairo_destroy (scope->cr);
  scope->cr = NULL;
  cairo_surface_destroy (scratch);
}

/**
 * kwa_map_renderer_prepare_labels:
 * @like: a surface like the frames' (an image, at their device scale)
 * @viewport: the view the frames will show
 * @scene: any day's scene of the exhibit the frames will show
 * @options: as the frames will be drawn with
 * @deadline: the monotonic time to stop at, after a label
 *
 * Makes the halo and sprite of every unit's name and of every place's name
 * the view shows, as the frames for @viewport and @options will draw them,
 * so that no frame makes them the day it first shows them. A frame with
 * other options (a new language, a resized view) still draws right, and
 * makes what it needs as before. Call it again, between frames, until it
 * returns %TRUE; once all are made, a call costs next to nothing.
 *
 * Returns: whether every label is made
 */
gboolean
kwa_map_renderer_prepare_labels (KwaMapRenderer         *self,
                                 cairo_surface_t        *like,
                                 const KwaViewport      *viewport,
                                 KwaScene               *scene,
                                 const KwaRenderOptions *options,
                                 gint64                  deadline)
{
  KwaMapRenderer *helper;
  KwaRenderScope scope;
  LabelsKey key;

  g_return_val_if_fail (KWA_IS_MAP_RENDERER (self), TRUE);
  g_return_val_if_fail (like != NULL && viewport != NULL && scene != NULL && options != NULL, TRUE);

  if (options->vector || cairo_surface_get_type (like) != CAIRO_SURFACE_TYPE_IMAGE)
    return TRUE;

  /* The context comes only once there is something to make. */
  kwa_map_renderer_init_scope (self, &scope, NULL, viewport, scene, options);
  labels_key_init (&key, &scope);
  if (self->labels_made == NULL)
    self->labels_made = g_new0 (KwaLabelsMade, 1);
  if (memcmp (&key, &self->labels_made->key, sizeof key) != 0)
    {
      kwa_map_renderer_drop_caches_of_other_scales (self, scope.ui_scale);
      *self->labels_made = (KwaLabelsMade) { key, 0, 0 };
    }
  if (self->labels_made->stage < 2)
    make_labels (self, &scope, like, deadline);

  helper = band_helper_to_prepare (self);
  if (helper != NULL && !kwa_map_renderer_prepare_labels (helper, like, viewport, scene, options, deadline))
    return FALSE;

  return self->labels_made->stage == 2;
}

/* For tests: the halos its labels' glyphs were stroked for, the bands'
 * helper's too (see kwa_text_painter_get_halos_stroked()). */
guint64
kwa_map_renderer_get_halos_stroked (KwaMapRenderer *self)
{
  g_return_val_if_fail (KWA_IS_MAP_RENDERER (self), 0);

  return kwa_text_painter_get_halos_stroked (self->text) +
         (self->band_helper != NULL ? kwa_text_painter_get_halos_stroked (self->band_helper->text) : 0);
}
