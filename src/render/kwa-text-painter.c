/* kwa-text-painter.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-text-painter"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <pango/pangocairo.h>

#include "kwa-ink.h"
#include "kwa-language-fonts.h"
#include "kwa-text-painter.h"
#include "kwa-text-painter-private.h"

/* Labels with a halo, so they read over any land tint, line or arrow.
 * Shaping a label, stroking its halo and drawing its glyphs are most of
 * what a frame's text costs, and the same labels come back every frame:
 * so each label's layout is kept (KwaShapedText), with its halo's
 * coverage and the label as one image, and later frames composite them. */

/* Latin letters; each language's own letters come from its family (see
 * kwa-language-fonts.c). */
#define LATIN_FAMILY "Noto Sans"

/* Enough for every label of a frame several times over. Texts that come
 * and go (a day's words, a moving unit's strength) fill it as the date
 * runs, so when it is full the half used longest ago is forgotten: the
 * labels of the frame being drawn stay. Emptied whole instead, every label
 * was shaped and its halo stroked again in one frame, 45-57 ms at 1080p
 * once every two seconds of a scrub. */
#define MAX_CACHED_LAYOUTS 512

/* Stroking the outlines of a label's glyphs for its halo costs far more
 * than the rest of a frame, yet a label comes back at the same place every
 * frame. So the stroke's coverage is kept with the (cached) layout, for
 * each sub-pixel offset it was drawn at, and later frames only composite
 * it: the same pixels, without the stroking. */
#define N_HALO_MASKS 4

typedef struct
{
  cairo_surface_t  *coverage;      /* A8, device pixels */
  double            phase_x;       /* the text origin's offset within its device pixel */
  double            phase_y;
  double            halo_width;
  double            device_scale;
  cairo_antialias_t antialias;     /* the target's: the stroke's edges */
  gulong            font_options;  /* hash of the target's font options: they shape the glyphs */
  int               x, y;          /* the mask's origin from the origin's device pixel */
} HaloMask;

/* A label, halo and glyphs, as one image: where the same label is drawn
 * frame after frame (every place name, every unit on the move), painting
 * it costs one composite instead of a masked halo and a run of glyphs. */
#define N_TEXT_SPRITES 4

typedef struct
{
  cairo_surface_t *image;         /* ARGB32, device pixels */
  cairo_surface_t *halo_mask;     /* what it was made from: a new mask means a new sprite */
  KwaColor         ink;
  KwaColor         halo;
} TextSprite;

struct _KwaShapedText
{
  PangoLayout *layout;
  guint64      last_use;          /* the painter's use count when last asked for */

  HaloMask     halo_masks[N_HALO_MASKS];
  guint        next_halo_mask;    /* the one to replace on a miss */

  TextSprite   sprites[N_TEXT_SPRITES];
  guint        next_sprite;       /* the one to replace on a miss */
};

/* What the Pango context was last updated for. */
typedef struct
{
  cairo_font_options_t *surface_options;
  cairo_font_options_t *options;
  cairo_matrix_t        ctm;
} ContextTarget;

struct _KwaTextPainter
{
  /* Owned */
  PangoFontMap  *font_map;
  PangoContext  *pango;
  GHashTable    *texts;           /* "weight size text" → KwaShapedText, kept across frames */
  KwaLanguage    language;        /* of the texts, which their glyphs' forms follow */
  char          *font_family;
  ContextTarget *context_target;  /* nullable: see kwa_text_painter_update_layout() */
  guint64        uses;            /* texts asked for, hits and misses */
  guint64        shaped_chars;    /* for tests: how much was shaped, cache misses only */
  guint64        halos_stroked;   /* for tests: halo masks made, cache misses only */
};

static void
set_color (cairo_t        *cr,
           const KwaColor *color,
           double          alpha)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, alpha);
}

static void
shaped_text_clear (KwaShapedText *self)
{
  g_clear_object (&self->layout);
  for (guint i = 0; i < N_HALO_MASKS; i++)
    g_clear_pointer (&self->halo_masks[i].coverage, cairo_surface_destroy);
  for (guint i = 0; i < N_TEXT_SPRITES; i++)
    {
      g_clear_pointer (&self->sprites[i].image, cairo_surface_destroy);
      g_clear_pointer (&self->sprites[i].halo_mask, cairo_surface_destroy);
    }
}

KwaShapedText *
kwa_shaped_text_ref (KwaShapedText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_rc_box_acquire (self);
}

void
kwa_shaped_text_unref (KwaShapedText *self)
{
  g_return_if_fail (self != NULL);

  g_rc_box_release_full (self, (GDestroyNotify) shaped_text_clear);
}

/* Returns: (transfer none): the layout, not to be changed: it is shared
 *   between frames */
PangoLayout *
kwa_shaped_text_get_layout (KwaShapedText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->layout;
}

/* Only the logical box, in pixels: ink extents cost a walk over every
 * glyph. */
void
kwa_shaped_text_get_extents (KwaShapedText  *self,
                             PangoRectangle *logical)
{
  g_return_if_fail (self != NULL);

  pango_layout_get_pixel_extents (self->layout, NULL, logical);
}

static void
context_target_free (ContextTarget *target)
{
  cairo_font_options_destroy (target->surface_options);
  cairo_font_options_destroy (target->options);
  g_free (target);
}

KwaTextPainter *
kwa_text_painter_new (void)
{
  KwaTextPainter *self = g_new0 (KwaTextPainter, 1);
  cairo_font_options_t *font_options = cairo_font_options_create ();

  /* A font map of our own: layouts must not depend on a display, since
   * exports and tests run without one. */
  self->font_map = pango_cairo_font_map_new ();
  self->pango = pango_font_map_create_context (self->font_map);
  cairo_font_options_set_antialias (font_options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->pango, font_options);
  cairo_font_options_destroy (font_options);
  self->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) kwa_shaped_text_unref);
  self->language = KWA_LANGUAGE_NONE;
  kwa_text_painter_set_language (self, kwa_language_get_source ());

  return self;
}

/**
 * kwa_text_painter_set_language:
 * @language: the language of the texts shaped from now on
 *
 * Sets the Pango context's language and the fonts for it: "仁川" is
 * shaped with Japanese glyph forms for a Japanese map, Chinese for a
 * Chinese one. Texts shaped before are forgotten when it changes.
 */
void
kwa_text_painter_set_language (KwaTextPainter *self,
                               KwaLanguage     language)
{
  g_autofree char *pango_name = NULL;

  g_return_if_fail (self != NULL);

  if (self->language == language)
    return;

  self->language = language;
  g_free (self->font_family);
  self->font_family = kwa_language_fonts_get_list (language, LATIN_FAMILY);
  pango_name = kwa_language_fonts_get_pango_name (language);
  pango_context_set_language (self->pango, pango_language_from_string (pango_name));
  g_hash_table_remove_all (self->texts);
}

void
kwa_text_painter_free (KwaTextPainter *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->texts, g_hash_table_unref);
  g_free (self->font_family);
  g_clear_pointer (&self->context_target, context_target_free);
  g_clear_object (&self->pango);
  g_clear_object (&self->font_map);
  g_free (self);
}

/* Forgets every label: those of another scale would only take room. */
void
kwa_text_painter_clear (KwaTextPainter *self)
{
  g_return_if_fail (self != NULL);

  g_hash_table_remove_all (self->texts);
}

static int
compare_uses (gconstpointer a,
              gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

static gboolean
used_before (gpointer key,
             gpointer value,
             gpointer user_data)
{
  return ((KwaShapedText *) value)->last_use < *(guint64 *) user_data;
}

/* Forgets the half of the texts used longest ago (a text still drawn is
 * only unreffed here: its frame keeps it). */
static void
forget_least_used (KwaTextPainter *self)
{
  guint n = g_hash_table_size (self->texts);
  g_autofree guint64 *uses = g_new (guint64, MAX (n, 1));
  GHashTableIter iter;
  gpointer value;
  guint64 threshold;
  guint i = 0;

  g_hash_table_iter_init (&iter, self->texts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    uses[i++] = ((KwaShapedText *) value)->last_use;
  qsort (uses, n, sizeof *uses, compare_uses);
  threshold = uses[n / 2];

  if (g_hash_table_foreach_remove (self->texts, used_before, &threshold) == 0)
    g_hash_table_remove_all (self->texts);
}

/**
 * kwa_text_painter_shape:
 *
 * Returns: (transfer full): @text laid out at @size_px; shared between
 *   frames, since shaping the same labels again every frame is a good
 *   part of a frame's time
 */
KwaShapedText *
kwa_text_painter_shape (KwaTextPainter *self,
                        const char     *text,
                        double          size_px,
                        PangoWeight     weight)
{
  g_autofree char *key = NULL;
  KwaShapedText *shaped;
  PangoFontDescription *font;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  key = g_strdup_printf ("%d %a %s", (int) weight, size_px, text);
  shaped = g_hash_table_lookup (self->texts, key);
  self->uses++;
  if (shaped != NULL)
    {
      shaped->last_use = self->uses;
      return kwa_shaped_text_ref (shaped);
    }

  self->shaped_chars += g_utf8_strlen (text, -1);
  shaped = g_rc_box_new0 (KwaShapedText);
  shaped->last_use = self->uses;
  shaped->layout = pango_layout_new (self->pango);
  font = pango_font_description_from_string (self->font_family);
  pango_font_description_set_absolute_size (font, size_px * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (shaped->layout, font);
  pango_layout_set_text (shaped->layout, text, -1);
  pango_font_description_free (font);

  if (g_hash_table_size (self->texts) >= MAX_CACHED_LAYOUTS)
    forget_least_used (self);
  g_hash_table_insert (self->texts, g_steal_pointer (&key), kwa_shaped_text_ref (shaped));

  return shaped;
}

static HaloMask *
find_halo_mask (KwaShapedText    *text,
                double            phase_x,
                double            phase_y,
                double            halo_width,
                double            scale,
                cairo_antialias_t antialias,
                gulong            font_options)
{
  for (guint i = 0; i < N_HALO_MASKS; i++)
    {
      HaloMask *mask = &text->halo_masks[i];

      if (mask->coverage != NULL &&
          mask->phase_x == phase_x && mask->phase_y == phase_y &&
          mask->halo_width == halo_width && mask->device_scale == scale &&
          mask->antialias == antialias && mask->font_options == font_options)
        return mask;
    }

  return NULL;
}

/* The same stroke as drawn directly, at the same sub-pixel offset and
 * with the same antialiasing: the map's fast 4 × 4 samples make a long
 * label's first halo a third as costly as cairo's default 256 × 15 (the
 * busiest new frames of the war of movement, at 1080p, p95 3.5 -> 2.3 ms),
 * and the edges look the same at room distance. */
static void
stroke_halo_mask (HaloMask    *mask,
                  PangoLayout *layout)
{
  cairo_t *mask_cr = cairo_create (mask->coverage);

  cairo_translate (mask_cr, mask->phase_x - mask->x, mask->phase_y - mask->y);
  cairo_move_to (mask_cr, 0, 0);
  pango_cairo_layout_path (mask_cr, layout);
  if (mask->device_scale != 1.0)
    {
      /* Glyph outlines are hinted for the scale they are made at: take
       * them at the layout's own, as a recording replayed at the device
       * scale does, and magnify them. */
      cairo_path_t *outline = cairo_copy_path (mask_cr);

      cairo_new_path (mask_cr);
      cairo_scale (mask_cr, mask->device_scale, mask->device_scale);
      cairo_append_path (mask_cr, outline);
      cairo_path_destroy (outline);
    }
  cairo_set_line_width (mask_cr, mask->halo_width);
  cairo_set_line_join (mask_cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_antialias (mask_cr, mask->antialias);
  kwa_ink_stroke (mask_cr);
  cairo_destroy (mask_cr);
  cairo_surface_flush (mask->coverage);
}

/* The halo of @text drawn at (@x, @y) as a coverage mask, to be painted
 * at (@out_x, @out_y) in device pixels scaled by 1 / @scale; or NULL
 * where a mask would not give the same pixels as stroking: vector output,
 * or a transformation other than a translation. */
static cairo_surface_t *
ensure_halo_mask (KwaTextPainter *self,
                  cairo_t       *cr,
                  gboolean       vector,
                  double         scale,
                  KwaShapedText *text,
                  double         x,
                  double         y,
                  double         halo_width,
                  double        *out_x,
                  double        *out_y)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));
  cairo_font_options_t *target_options;
  gulong font_options;
  HaloMask *mask;
  cairo_matrix_t ctm;
  PangoRectangle ink;
  double device_x, device_y, origin_x, origin_y, phase_x, phase_y, pad;
  int left, top, right, bottom;

  if (vector || (type != CAIRO_SURFACE_TYPE_IMAGE && type != CAIRO_SURFACE_TYPE_RECORDING))
    return NULL;
  cairo_get_matrix (cr, &ctm);
  if (ctm.xx != 1.0 || ctm.yy != 1.0 || ctm.xy != 0.0 || ctm.yx != 0.0)
    return NULL;

  /* Not the context's serial: pango_cairo_update_layout() bumps that on
   * every call, whether anything changed or not. */
  target_options = cairo_font_options_create ();
  cairo_surface_get_font_options (cairo_get_target (cr), target_options);
  font_options = cairo_font_options_hash (target_options);
  cairo_font_options_destroy (target_options);

  device_x = (x + ctm.x0) * scale;
  device_y = (y + ctm.y0) * scale;
  origin_x = floor (device_x);
  origin_y = floor (device_y);
  phase_x = device_x - origin_x;
  phase_y = device_y - origin_y;

  mask = find_halo_mask (text, phase_x, phase_y, halo_width, scale, cairo_get_antialias (cr), font_options);
  if (mask == NULL)
    {
      pango_layout_get_extents (text->layout, &ink, NULL);
      pad = halo_width / 2 + 2;
      left = (int) floor (phase_x + ((double) ink.x / PANGO_SCALE - pad) * scale);
      top = (int) floor (phase_y + ((double) ink.y / PANGO_SCALE - pad) * scale);
      right = (int) ceil (phase_x + ((double) (ink.x + ink.width) / PANGO_SCALE + pad) * scale);
      bottom = (int) ceil (phase_y + ((double) (ink.y + ink.height) / PANGO_SCALE + pad) * scale);
      if (right - left > 4096 || bottom - top > 4096)
        return NULL;

      mask = &text->halo_masks[text->next_halo_mask];
      text->next_halo_mask = (text->next_halo_mask + 1) % N_HALO_MASKS;
      g_clear_pointer (&mask->coverage, cairo_surface_destroy);
      mask->coverage = cairo_image_surface_create (CAIRO_FORMAT_A8, right - left, bottom - top);
      mask->phase_x = phase_x;
      mask->phase_y = phase_y;
      mask->halo_width = halo_width;
      mask->device_scale = scale;
      mask->antialias = cairo_get_antialias (cr);
      mask->font_options = font_options;
      mask->x = left;
      mask->y = top;
      stroke_halo_mask (mask, text->layout);
      self->halos_stroked++;
    }

  *out_x = origin_x + mask->x;
  *out_y = origin_y + mask->y;

  return mask->coverage;
}

/* pango_cairo_update_layout() marks the context changed on every call,
 * even when nothing did, and then every layout shapes its text again on
 * its next use: most of what labels cost once their halos are cached. So
 * the context is updated only when what it reads from @cr differs. */
void
kwa_text_painter_update_layout (KwaTextPainter *self,
                                cairo_t        *cr,
                                PangoLayout    *layout)
{
  ContextTarget *last;
  cairo_font_options_t *surface_options;
  cairo_font_options_t *options;
  cairo_matrix_t ctm;

  g_return_if_fail (self != NULL);
  g_return_if_fail (pango_layout_get_context (layout) == self->pango);

  last = self->context_target;
  surface_options = cairo_font_options_create ();
  options = cairo_font_options_create ();
  cairo_surface_get_font_options (cairo_get_target (cr), surface_options);
  cairo_get_font_options (cr, options);
  cairo_get_matrix (cr, &ctm);

  /* Pango ignores the translation, so a label's position does not count. */
  if (last != NULL &&
      cairo_font_options_equal (last->surface_options, surface_options) &&
      cairo_font_options_equal (last->options, options) &&
      last->ctm.xx == ctm.xx && last->ctm.yx == ctm.yx &&
      last->ctm.xy == ctm.xy && last->ctm.yy == ctm.yy)
    {
      cairo_font_options_destroy (surface_options);
      cairo_font_options_destroy (options);
      return;
    }

  pango_cairo_update_layout (cr, layout);

  g_clear_pointer (&self->context_target, context_target_free);
  self->context_target = g_new0 (ContextTarget, 1);
  self->context_target->surface_options = surface_options;
  self->context_target->options = options;
  self->context_target->ctm = ctm;
}

/* Moves (@x, @y) onto the nearest device pixel. Cairo puts raster glyphs
 * on whole pixels anyway, so the text does not move; but its halo mask
 * (see ensure_halo_mask()) is then always made at the same phase, and a
 * label that moves every frame, a unit's name at its arrow's head, reuses
 * its mask instead of stroking its glyphs' outlines each time. */
static void
snap_to_device_pixel (cairo_t *cr,
                      double   scale,
                      double  *x,
                      double  *y)
{
  double device_x = *x, device_y = *y;

  cairo_user_to_device (cr, &device_x, &device_y);
  device_x = round (device_x * scale) / scale;
  device_y = round (device_y * scale) / scale;
  cairo_device_to_user (cr, &device_x, &device_y);
  *x = device_x;
  *y = device_y;
}

static gboolean
colors_equal (const KwaColor *a,
              const KwaColor *b)
{
  return a->r == b->r && a->g == b->g && a->b == b->b;
}

/* The sprite of @text over @halo_mask (which ensure_halo_mask() made for
 * the text at the target's device pixel (@mask_x, @mask_y)), or NULL at
 * a device scale other than 1: glyphs are hinted for the scale a
 * recording is replayed at, which a sprite made here would not match. */
static cairo_surface_t *
ensure_text_sprite (cairo_t         *cr,
                    double           device_scale,
                    KwaShapedText   *text,
                    cairo_surface_t *halo_mask,
                    double           mask_x,
                    double           mask_y,
                    double           text_x,
                    double           text_y,
                    const KwaColor  *ink,
                    const KwaColor  *halo)
{
  TextSprite *sprite;
  cairo_font_options_t *font_options, *context_options;
  double origin_x = text_x, origin_y = text_y;
  cairo_t *sprite_cr;

  if (device_scale != 1.0)
    return NULL;

  for (guint i = 0; i < N_TEXT_SPRITES; i++)
    if (text->sprites[i].image != NULL && text->sprites[i].halo_mask == halo_mask &&
        colors_equal (&text->sprites[i].ink, ink) && colors_equal (&text->sprites[i].halo, halo))
      return text->sprites[i].image;

  sprite = &text->sprites[text->next_sprite];
  text->next_sprite = (text->next_sprite + 1) % N_TEXT_SPRITES;
  g_clear_pointer (&sprite->image, cairo_surface_destroy);
  g_clear_pointer (&sprite->halo_mask, cairo_surface_destroy);
  sprite->image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                              cairo_image_surface_get_width (halo_mask),
                                              cairo_image_surface_get_height (halo_mask));
  sprite->halo_mask = cairo_surface_reference (halo_mask);
  sprite->ink = *ink;
  sprite->halo = *halo;

  /* The glyphs as the target would draw them: its font options, and the
   * text's origin at the same place relative to the mask. */
  sprite_cr = cairo_create (sprite->image);
  font_options = cairo_font_options_create ();
  context_options = cairo_font_options_create ();
  cairo_surface_get_font_options (cairo_get_target (cr), font_options);
  cairo_get_font_options (cr, context_options);
  cairo_font_options_merge (font_options, context_options);
  cairo_set_font_options (sprite_cr, font_options);
  cairo_font_options_destroy (font_options);
  cairo_font_options_destroy (context_options);

  set_color (sprite_cr, halo, 0.85);
  kwa_ink_mask_surface (sprite_cr, halo_mask, 0, 0);
  cairo_user_to_device (cr, &origin_x, &origin_y);
  cairo_move_to (sprite_cr, origin_x - mask_x, origin_y - mask_y);
  /* Not kwa_text_painter_update_layout (…, sprite_cr, …): the layout is
   * shaped for @cr, whose font options the sprite has, and switching the
   * shared Pango context to the sprite and back would make every label
   * shape itself again. */
  set_color (sprite_cr, ink, 1);
  kwa_ink_show_layout (sprite_cr, text->layout);
  cairo_destroy (sprite_cr);
  cairo_surface_flush (sprite->image);

  return sprite->image;
}

/* Whether @text at (@x, @y), with its halo, lies wholly outside @cr's
 * clip: the other band's half of a frame, or cells that did not change. */
static gboolean
misses_clip (cairo_t       *cr,
             KwaShapedText *text,
             double         x,
             double         y,
             double         halo_width)
{
  PangoRectangle ink, logical;
  /* As the halo mask's pad, and a pixel more for hinting. */
  double pad = halo_width / 2 + 3;

  pango_layout_get_pixel_extents (text->layout, &ink, &logical);

  return kwa_ink_clip_misses (cr,
                              x + MIN (ink.x, logical.x) - pad,
                              y + MIN (ink.y, logical.y) - pad,
                              x + MAX (ink.x + ink.width, logical.x + logical.width) + pad,
                              y + MAX (ink.y + ink.height, logical.y + logical.height) + pad);
}

/* Draws the halo (from its mask, or stroked) and then the glyphs. */
static void
draw_in_two_steps (cairo_t         *cr,
                   PangoLayout     *layout,
                   cairo_surface_t *halo_mask,
                   double           mask_x,
                   double           mask_y,
                   double           scale,
                   double           x,
                   double           y,
                   const KwaColor  *ink,
                   const KwaColor  *halo,
                   double           halo_width,
                   double           alpha)
{
  if (halo_mask != NULL)
    {
      cairo_save (cr);
      cairo_identity_matrix (cr);
      cairo_scale (cr, 1 / scale, 1 / scale);
      set_color (cr, halo, 0.85 * alpha);
      kwa_ink_mask_surface (cr, halo_mask, mask_x, mask_y);
      cairo_restore (cr);
    }
  else
    {
      pango_cairo_layout_path (cr, layout);
      set_color (cr, halo, 0.85 * alpha);
      cairo_set_line_width (cr, halo_width);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      kwa_ink_stroke (cr);
    }
  cairo_move_to (cr, x, y);
  set_color (cr, ink, alpha);
  kwa_ink_show_layout (cr, layout);
}

/**
 * kwa_text_painter_draw:
 * @device_scale: device pixels per unit of @cr
 * @vector: whether @cr's output stays vectors (PDF, SVG): then nothing is
 *   cached and the text is drawn as it is
 *
 * Draws @text with its top-left corner at (@x, @y), over a halo
 * @halo_width wide, so it reads over any land tint, line or arrow.
 */
void
kwa_text_painter_draw (KwaTextPainter *self,
                       cairo_t        *cr,
                       KwaShapedText  *text,
                       double          x,
                       double          y,
                       double          device_scale,
                       gboolean        vector,
                       const KwaColor *ink,
                       const KwaColor *halo,
                       double          halo_width,
                       double          alpha)
{
  double scale = device_scale > 0 ? device_scale : 1.0;
  cairo_surface_t *halo_mask, *sprite = NULL;
  double mask_x, mask_y;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  if (!vector)
    snap_to_device_pixel (cr, scale, &x, &y);

  cairo_save (cr);
  cairo_move_to (cr, x, y);
  kwa_text_painter_update_layout (self, cr, text->layout);
  /* Nothing of it would show: no halo or sprite to make for it. */
  if (misses_clip (cr, text, x, y, halo_width))
    {
      cairo_restore (cr);
      return;
    }
  halo_mask = ensure_halo_mask (self, cr, vector, scale, text, x, y, halo_width, &mask_x, &mask_y);
  if (halo_mask != NULL)
    sprite = ensure_text_sprite (cr, device_scale, text, halo_mask, mask_x, mask_y, x, y, ink, halo);

  if (sprite != NULL)
    {
      /* Fading as a whole, the halo no longer shows through the ink as
       * it does drawn in two steps: the cleaner of the two. */
      cairo_identity_matrix (cr);
      cairo_set_source_surface (cr, sprite, mask_x, mask_y);
      kwa_ink_paint_with_alpha (cr, alpha);
    }
  else
    {
      draw_in_two_steps (cr, text->layout, halo_mask, mask_x, mask_y, scale, x, y,
                         ink, halo, halo_width, alpha);
    }
  cairo_restore (cr);
}

/**
 * kwa_text_painter_prepare:
 *
 * Makes what kwa_text_painter_draw() makes of @text the first time it is
 * drawn at a whole device pixel of a target like @cr's (as every label is:
 * see snap_to_device_pixel()), its halo mask and its sprite, and paints
 * nothing. A label's first frame otherwise strokes its glyphs' outlines,
 * a millisecond for a long unit's name at 1080p: the map can make them
 * before the day that first shows it (kwa_map_renderer_prepare_labels()).
 */
void
kwa_text_painter_prepare (KwaTextPainter *self,
                          cairo_t        *cr,
                          KwaShapedText  *text,
                          double          device_scale,
                          const KwaColor *ink,
                          const KwaColor *halo,
                          double          halo_width)
{
  double scale = device_scale > 0 ? device_scale : 1.0;
  cairo_surface_t *halo_mask;
  double mask_x, mask_y;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL && text != NULL);

  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_move_to (cr, 0, 0);
  kwa_text_painter_update_layout (self, cr, text->layout);
  halo_mask = ensure_halo_mask (self, cr, FALSE, scale, text, 0, 0, halo_width, &mask_x, &mask_y);
  if (halo_mask != NULL)
    ensure_text_sprite (cr, device_scale, text, halo_mask, mask_x, mask_y, 0, 0, ink, halo);
  cairo_restore (cr);
}

/* For tests: how many characters the painter has shaped (those it kept
 * shaped cost nothing again). */
guint64
kwa_text_painter_get_shaped_chars (KwaTextPainter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->shaped_chars;
}

/* For tests: how many halo masks and sprites @text holds. */
guint
kwa_shaped_text_get_n_images (KwaShapedText *text)
{
  guint n = 0;

  g_return_val_if_fail (text != NULL, 0);

  for (guint i = 0; i < N_HALO_MASKS; i++)
    n += text->halo_masks[i].coverage != NULL;
  for (guint i = 0; i < N_TEXT_SPRITES; i++)
    n += text->sprites[i].image != NULL;

  return n;
}

/* For tests: how many halo masks the painter has stroked (those it kept
 * cost nothing again). */
guint64
kwa_text_painter_get_halos_stroked (KwaTextPainter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->halos_stroked;
}
