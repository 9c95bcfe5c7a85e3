/* kwa-frame-changes.c: where a frame may differ from the last
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-frame-changes"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-frame-changes.h"
#include "kwa-land-cells.h"

/* A frame is the land, tinted by who holds it, with overlays over it
 * (lines, arrows, labels, markers, the date card, the legend). From one
 * day to the next, at one view, the land changes only where a front's or
 * an enclave's outline moved, and the overlays are drawn again whole. So
 * a frame drawn over the last one needs the land put back only there, and
 * under the last frame's overlays (their ink, kwa-ink.c): the restore.
 * Anything else that changes the land (the view, the theme, the raster,
 * the target) starts afresh. A scrub redraws about a tenth of a 4K frame
 * instead of all of it, and never compares pixels to find out. */

/* The land's outlines of one frame, in map units. */
typedef struct
{
  KwaAtlas          *atlas;      /* owned: it owns the enclaves */
  guint              n_rings;
  GArray            *rings[3];   /* KwaMapPoint */
  GPtrArray         *enclaves;   /* const KwaAtlasEnclave *, the atlas's */
} Outlines;

/* Each frame's target is tagged with the frame's serial: a new image that
 * malloc() happens to put where the last one was is not mistaken for it. */
static const cairo_user_data_key_t serial_key;
static gint next_serial = 1;

struct _KwaFrameChanges
{
  /* The last frame: what it was drawn into and like */
  gboolean          valid;
  guint             serial;
  cairo_surface_t  *target;      /* not a reference: tagged when its frame is drawn */
  int               width, height;
  KwaViewport       viewport;
  KwaMapTheme       theme;
  KwaBasemap       *basemap;     /* not a reference: compared, never used */
  KwaColor          colors[KWA_N_BASEMAP_TINTS];   /* the land's, by tint */
  guint             style_serial;
  guint             basemap_renders;
  gboolean          shade;
  Outlines          outlines;
  KwaDamage        *ink;         /* where its overlays drew, but for … */
  KwaHatchKey       hatch;       /* … its hatching, */
  KwaDamage        *hatch_ink;   /* there */

  KwaLandCells     *land;        /* under its overlays */

  /* This frame, between begin and end */
  Outlines          next;
  KwaDamage        *restore;
  KwaDamage        *land_moved;  /* where the land may have changed hands */
  KwaDamage        *compose;     /* the restore's cells to compose */
  KwaDamage        *under;       /* under the last frame's overlays, hatching and all */
  KwaHatchKey       next_hatch;
};

static void
outlines_init (Outlines *outlines)
{
  for (guint i = 0; i < G_N_ELEMENTS (outlines->rings); i++)
    outlines->rings[i] = g_array_new (FALSE, FALSE, sizeof (KwaMapPoint));
  outlines->enclaves = g_ptr_array_new ();
  outlines->n_rings = 0;
}

static void
outlines_clear (Outlines *outlines)
{
  for (guint i = 0; i < G_N_ELEMENTS (outlines->rings); i++)
    g_clear_pointer (&outlines->rings[i], g_array_unref);
  g_clear_pointer (&outlines->enclaves, g_ptr_array_unref);
  g_clear_object (&outlines->atlas);
}

static void
outlines_read (Outlines *outlines,
               KwaScene *scene,
               gboolean  shade)
{
  KwaMapRing rings[3];

  outlines->n_rings = 0;
  g_ptr_array_set_size (outlines->enclaves, 0);
  g_clear_object (&outlines->atlas);
  if (scene == NULL || !shade)
    return;

  outlines->atlas = g_object_ref (scene->atlas);
  outlines->n_rings = kwa_scene_get_south_rings (scene, rings);
  for (guint i = 0; i < outlines->n_rings; i++)
    {
      g_array_set_size (outlines->rings[i], 0);
      g_array_append_vals (outlines->rings[i], rings[i].points, rings[i].n_points);
    }
  for (guint i = 0; i < scene->enclaves->len; i++)
    g_ptr_array_add (outlines->enclaves, g_ptr_array_index (scene->enclaves, i));
}

KwaFrameChanges *
kwa_frame_changes_new (void)
{
  KwaFrameChanges *self = g_new0 (KwaFrameChanges, 1);

  outlines_init (&self->outlines);
  outlines_init (&self->next);
  self->land = kwa_land_cells_new ();

  return self;
}

void
kwa_frame_changes_free (KwaFrameChanges *self)
{
  if (self == NULL)
    return;

  outlines_clear (&self->outlines);
  outlines_clear (&self->next);
  g_clear_pointer (&self->ink, kwa_damage_free);
  g_clear_pointer (&self->hatch_ink, kwa_damage_free);
  g_clear_pointer (&self->under, kwa_damage_free);
  g_clear_pointer (&self->restore, kwa_damage_free);
  g_clear_pointer (&self->land_moved, kwa_damage_free);
  g_clear_pointer (&self->compose, kwa_damage_free);
  kwa_land_cells_free (self->land);
  g_free (self);
}

/* The next frame starts afresh. */
void
kwa_frame_changes_forget (KwaFrameChanges *self)
{
  g_return_if_fail (self != NULL);

  self->valid = FALSE;
}

/* ---- where the land changed ------------------------------------------- */

static void
add_points (KwaDamage         *damage,
            const KwaViewport *viewport,
            const KwaMapPoint *points,
            guint              n_points)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint i = 0; i < n_points; i++)
    {
      double x, y;

      kwa_viewport_map_to_pixel (viewport, points[i].x, points[i].y, &x, &y);
      x0 = MIN (x0, x), x1 = MAX (x1, x);
      y0 = MIN (y0, y), y1 = MAX (y1, y);
    }
  kwa_damage_add_box (damage, x0, y0, x1, y1);
}

static gboolean
same_point (const KwaMapPoint *a,
            const KwaMapPoint *b)
{
  return a->x == b->x && a->y == b->y;
}

static void
add_triangle (KwaDamage         *damage,
              const KwaViewport *viewport,
              const KwaMapPoint *a,
              const KwaMapPoint *b,
              const KwaMapPoint *c)
{
  double ax, ay, bx, by, cx, cy;

  kwa_viewport_map_to_pixel (viewport, a->x, a->y, &ax, &ay);
  kwa_viewport_map_to_pixel (viewport, b->x, b->y, &bx, &by);
  kwa_viewport_map_to_pixel (viewport, c->x, c->y, &cx, &cy);
  kwa_damage_add_triangle (damage, ax, ay, bx, by, cx, cy);
}

static double
chain_length (const KwaMapPoint *const *chain,
              guint                     n)
{
  double length = 0;

  for (guint i = 0; i + 1 < n; i++)
    length += hypot (chain[i + 1]->x - chain[i]->x, chain[i + 1]->y - chain[i]->y);

  return MAX (length, 1e-12);
}

/* Where a point is inside the closed path along @a, then back along @b
 * (and across between their ends), it is inside one of the triangles of
 * a ladder between the two: each rung from a point of one to a point of
 * the other, the two walked alike by the share of their length, so the
 * triangles follow the strip between them. The rungs cancel out, so
 * their winding numbers add up to the path's, and the cells of the
 * triangles hold every pixel whose side of @a and @b differs, and every
 * pixel either crosses. */
static void
add_ladder (KwaDamage                *damage,
            const KwaViewport        *viewport,
            const KwaMapPoint *const *a,
            guint                     n_a,
            const KwaMapPoint *const *b,
            guint                     n_b)
{
  double length_a = chain_length (a, n_a), length_b = chain_length (b, n_b);
  double done_a = 0, done_b = 0;
  guint i = 0, j = 0;

  while (i + 1 < n_a || j + 1 < n_b)
    {
      double step_a = i + 1 < n_a ? hypot (a[i + 1]->x - a[i]->x, a[i + 1]->y - a[i]->y) : 0;
      double step_b = j + 1 < n_b ? hypot (b[j + 1]->x - b[j]->x, b[j + 1]->y - b[j]->y) : 0;

      if (j + 1 >= n_b || (i + 1 < n_a && (done_a + step_a) / length_a <= (done_b + step_b) / length_b))
        {
          add_triangle (damage, viewport, a[i], a[i + 1], b[j]);
          done_a += step_a;
          i++;
        }
      else
        {
          add_triangle (damage, viewport, a[i], b[j], b[j + 1]);
          done_b += step_b;
          j++;
        }
    }
}

/* The points of ring @ring from @first on, @n of them, around its end. */
static const KwaMapPoint **
ring_chain (const KwaMapPoint *ring,
            guint              n_ring,
            guint              first,
            guint              n)
{
  const KwaMapPoint **chain = g_new (const KwaMapPoint *, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    chain[i] = &ring[(first + i) % n_ring];

  return chain;
}

/* How many points a ring of @n has from @first to @last, around its end:
 * all of it and the first again when the two are one. */
static guint
chain_points (guint n,
              guint first,
              guint last)
{
  guint steps = (last + n - first) % n;

  return (steps == 0 ? n : steps) + 1;
}

/* Rings of different lengths, as a front's region is from one day to
 * the next where the front cuts the coast elsewhere: the points they
 * start and end with alike are the same, and between them lies one chain
 * in each, from the last point alike before to the first after (around
 * the ring's end, where it starts or ends with a change). Rings that
 * share no point are laddered whole, each from its first point round to
 * it again. */
static void
add_chain_changes (KwaDamage         *damage,
                   const KwaViewport *viewport,
                   const KwaMapPoint *a,
                   guint              n_a,
                   const KwaMapPoint *b,
                   guint              n_b)
{
  guint n = MIN (n_a, n_b);
  guint head = 0, tail = 0, first_a, first_b, chain_a, chain_b;
  g_autofree const KwaMapPoint **along_a = NULL;
  g_autofree const KwaMapPoint **along_b = NULL;

  if (n == 0)
    return;
  while (head < n && same_point (&a[head], &b[head]))
    head++;
  while (tail < n - head && same_point (&a[n_a - 1 - tail], &b[n_b - 1 - tail]))
    tail++;

  if (head == 0 && tail == 0)
    {
      first_a = first_b = 0;
      chain_a = n_a + 1;
      chain_b = n_b + 1;
    }
  else
    {
      /* From the last point alike before the change (the ring's last
       * point, when it starts with the change) to the first after (its
       * first point, when it ends with it). */
      first_a = head > 0 ? head - 1 : n_a - 1;
      first_b = head > 0 ? head - 1 : n_b - 1;
      chain_a = chain_points (n_a, first_a, tail > 0 ? n_a - tail : 0);
      chain_b = chain_points (n_b, first_b, tail > 0 ? n_b - tail : 0);
    }

  along_a = ring_chain (a, n_a, first_a, chain_a);
  along_b = ring_chain (b, n_b, first_b, chain_b);
  add_ladder (damage, viewport, along_a, chain_a, along_b, chain_b);
}

/* Where a point is inside one outline and not the other, it is inside one
 * of the quadrilaterals an edge sweeps from its old place to its new
 * (their winding numbers add up to the difference), each two triangles;
 * so the cells of the edges that moved hold every pixel whose tint may
 * change. Outlines of different lengths are matched by their chains that
 * differ. */
static void
add_ring_changes (KwaDamage         *damage,
                  const KwaViewport *viewport,
                  const KwaMapPoint *a,
                  guint              n_a,
                  const KwaMapPoint *b,
                  guint              n_b)
{
  if (n_a != n_b)
    {
      add_chain_changes (damage, viewport, a, n_a, b, n_b);
      return;
    }

  for (guint i = 0; i < n_b; i++)
    {
      guint j = (i + 1) % n_b;

      if (!same_point (&a[i], &b[i]) || !same_point (&a[j], &b[j]))
        {
          add_triangle (damage, viewport, &a[i], &a[j], &b[j]);
          add_triangle (damage, viewport, &a[i], &b[j], &b[i]);
        }
    }
}

/* The cells every edge of @ring crosses. */
static void
add_ring_edges (KwaDamage         *damage,
                const KwaViewport *viewport,
                const KwaMapPoint *ring,
                guint              n)
{
  for (guint i = 0; i < n; i++)
    add_triangle (damage, viewport, &ring[i], &ring[(i + 1) % n], &ring[(i + 1) % n]);
}

static gboolean
has_enclave (const Outlines *outlines,
             gconstpointer   enclave)
{
  return g_ptr_array_find (outlines->enclaves, enclave, NULL);
}

static void
add_enclave_changes (KwaDamage         *damage,
                     const KwaViewport *viewport,
                     const Outlines    *before,
                     const Outlines    *after)
{
  for (guint i = 0; i < before->enclaves->len; i++)
    {
      const KwaAtlasEnclave *enclave = g_ptr_array_index (before->enclaves, i);

      if (!has_enclave (after, enclave))
        add_points (damage, viewport, enclave->outline, enclave->n_outline);
    }
  for (guint i = 0; i < after->enclaves->len; i++)
    {
      const KwaAtlasEnclave *enclave = g_ptr_array_index (after->enclaves, i);

      if (!has_enclave (before, enclave))
        add_points (damage, viewport, enclave->outline, enclave->n_outline);
    }
}

/* One ring (a front's day) against three (a day between two): the one
 * covers what at least two of the three do, and where all three are as
 * the one, so is that. So each of the three changes only where it moved
 * from the one; and along the one's edges the two rules blend an edge's
 * pixels differently, so those cells change too. */
static void
add_one_ring_against_three (KwaDamage         *damage,
                            const KwaViewport *viewport,
                            const Outlines    *one,
                            const Outlines    *three)
{
  GArray *ring = one->rings[0];

  for (guint i = 0; i < three->n_rings; i++)
    add_ring_changes (damage, viewport, (const KwaMapPoint *) ring->data, ring->len,
                      (const KwaMapPoint *) three->rings[i]->data, three->rings[i]->len);
  add_ring_edges (damage, viewport, (const KwaMapPoint *) ring->data, ring->len);
}

static void
add_land_changes (KwaDamage         *damage,
                  const KwaViewport *viewport,
                  const Outlines    *before,
                  const Outlines    *after)
{
  if (before->n_rings == 1 && after->n_rings == 3)
    add_one_ring_against_three (damage, viewport, before, after);
  else if (before->n_rings == 3 && after->n_rings == 1)
    add_one_ring_against_three (damage, viewport, after, before);
  else if (before->n_rings != after->n_rings)
    {
      for (guint i = 0; i < before->n_rings; i++)
        add_points (damage, viewport, (const KwaMapPoint *) before->rings[i]->data, before->rings[i]->len);
      for (guint i = 0; i < after->n_rings; i++)
        add_points (damage, viewport, (const KwaMapPoint *) after->rings[i]->data, after->rings[i]->len);
    }
  else
    {
      for (guint i = 0; i < after->n_rings; i++)
        add_ring_changes (damage, viewport,
                          (const KwaMapPoint *) before->rings[i]->data, before->rings[i]->len,
                          (const KwaMapPoint *) after->rings[i]->data, after->rings[i]->len);
    }
  add_enclave_changes (damage, viewport, before, after);
}

/* ---- a frame over the last -------------------------------------------- */

static gboolean
same_viewport (const KwaViewport *a,
               const KwaViewport *b)
{
  return a->center_x == b->center_x && a->center_y == b->center_y && a->scale == b->scale &&
         a->width == b->width && a->height == b->height;
}

/* The land's colours under each tint: a curator who changes a side's
 * colour changes them, with the raster as it was. */
static void
read_colors (KwaBasemap  *basemap,
             KwaMapTheme  theme,
             KwaColor     colors[KWA_N_BASEMAP_TINTS])
{
  for (guint tint = 0; tint < KWA_N_BASEMAP_TINTS; tint++)
    colors[tint] = kwa_basemap_get_land_color (basemap, theme, tint);
}

static gboolean
same_frame (KwaFrameChanges        *self,
            cairo_surface_t        *target,
            const KwaViewport      *viewport,
            const KwaRenderOptions *options,
            KwaBasemap             *basemap,
            const KwaColor         *colors,
            guint                   basemap_renders,
            gboolean                shade)
{
  return self->valid && self->target == target &&
         self->basemap == basemap && self->style_serial == kwa_basemap_get_style_serial (basemap) &&
         memcmp (self->colors, colors, sizeof self->colors) == 0 &&
         GPOINTER_TO_UINT (cairo_surface_get_user_data (target, &serial_key)) == self->serial &&
         self->width == cairo_image_surface_get_width (target) &&
         self->height == cairo_image_surface_get_height (target) &&
         same_viewport (&self->viewport, viewport) &&
         self->theme == options->theme &&
         self->basemap_renders == basemap_renders &&
         self->shade == shade;
}

/**
 * kwa_frame_changes_begin:
 * @target: the image surface the frame is drawn into, at one unit per
 *   pixel, composed (kwa_basemap_cache_compose_rows())
 * @basemap: the basemap whose raster is composed
 * @basemap_renders: kwa_basemap_cache_get_n_renders(): a new raster
 *   starts afresh
 * @shade: whether the land is tinted by who holds it
 * @hatch: what this frame's hatching looks like
 * @hatch_kept: (out): whether the hatching is as the last frame's: then
 *   the restore leaves out the cells under it (unless the land there
 *   moved or another overlay drew there), which still hold it, and the
 *   frame hatches only the restore
 *
 * Call before drawing a frame into @target; kwa_frame_changes_end() after.
 *
 * Returns: (nullable): the cells where the land must be drawn again before
 *   the overlays (owned by @self, until end), or %NULL when the whole
 *   frame must be drawn: @target does not hold the last frame, or the
 *   land changed everywhere
 */
const KwaDamage *
kwa_frame_changes_begin (KwaFrameChanges        *self,
                         cairo_surface_t        *target,
                         const KwaViewport      *viewport,
                         KwaScene               *scene,
                         const KwaRenderOptions *options,
                         KwaBasemap             *basemap,
                         guint                   basemap_renders,
                         gboolean                shade,
                         const KwaHatchKey      *hatch,
                         gboolean               *hatch_kept)
{
  KwaColor colors[KWA_N_BASEMAP_TINTS];
  gboolean same;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_IMAGE, NULL);
  g_return_val_if_fail (hatch != NULL && hatch_kept != NULL, NULL);

  outlines_read (&self->next, scene, shade);
  read_colors (basemap, options->theme, colors);
  same = same_frame (self, target, viewport, options, basemap, colors, basemap_renders, shade) &&
         self->outlines.atlas == self->next.atlas;

  self->target = target;
  self->width = cairo_image_surface_get_width (target);
  self->height = cairo_image_surface_get_height (target);
  self->viewport = *viewport;
  self->theme = options->theme;
  self->basemap = basemap;
  self->style_serial = kwa_basemap_get_style_serial (basemap);
  memcpy (self->colors, colors, sizeof self->colors);
  self->basemap_renders = basemap_renders;
  self->shade = shade;
  self->next_hatch = *hatch;
  self->valid = FALSE;   /* until the frame is drawn: see end */
  *hatch_kept = FALSE;

  if (!same || self->ink == NULL || self->hatch_ink == NULL)
    {
      kwa_land_cells_forget (self->land);
      return NULL;
    }

  *hatch_kept = kwa_hatch_key_equal (&self->hatch, hatch);
  kwa_damage_ensure (&self->land_moved, self->width, self->height);
  add_land_changes (self->land_moved, viewport, &self->outlines, &self->next);
  kwa_damage_add_damage (kwa_damage_ensure (&self->restore, self->width, self->height), self->ink);
  kwa_damage_add_damage (self->restore, self->land_moved);
  if (!*hatch_kept)
    kwa_damage_add_damage (self->restore, self->hatch_ink);
  /* self->under: the last frame's, made at its end. */
  kwa_land_cells_plan (self->land, self->restore, self->under, self->land_moved,
                       kwa_damage_ensure (&self->compose, self->width, self->height));

  return self->restore;
}

/**
 * kwa_frame_changes_get_land:
 * @compose: (out): the cells of the restore whose land is composed; the
 *   rest is copied back from the land kept (see kwa-land-cells.c)
 *
 * Between a begin that returned a restore and the end: how its land is
 * put back.
 *
 * Returns: (transfer none): the land kept, owned by @self
 */
KwaLandCells *
kwa_frame_changes_get_land (KwaFrameChanges  *self,
                            const KwaDamage **compose)
{
  g_return_val_if_fail (self != NULL && compose != NULL, NULL);

  *compose = self->compose;
  return self->land;
}

/**
 * kwa_frame_changes_end:
 * @ink: where this frame's overlays drew, as marked by kwa-ink.c, but for
 *   its hatching …
 * @hatch_ink: (nullable): … which drew here; %NULL when it was kept
 *
 * The frame begun is drawn: the next may be drawn over it.
 */
void
kwa_frame_changes_end (KwaFrameChanges *self,
                       const KwaDamage *ink,
                       const KwaDamage *hatch_ink)
{
  Outlines swap;
  int width, height;

  g_return_if_fail (self != NULL && ink != NULL);

  kwa_damage_get_size (ink, &width, &height);
  kwa_damage_add_damage (kwa_damage_ensure (&self->ink, width, height), ink);
  if (hatch_ink != NULL)
    {
      kwa_damage_add_damage (kwa_damage_ensure (&self->hatch_ink, width, height), hatch_ink);
      self->hatch = self->next_hatch;
    }
  g_return_if_fail (self->hatch_ink != NULL);
  kwa_damage_add_damage (kwa_damage_ensure (&self->under, width, height), self->ink);
  kwa_damage_add_damage (self->under, self->hatch_ink);
  kwa_land_cells_keep_only (self->land, self->under);

  swap = self->outlines;
  self->outlines = self->next;
  self->next = swap;
  self->serial = (guint) g_atomic_int_add (&next_serial, 1);
  cairo_surface_set_user_data (self->target, &serial_key, GUINT_TO_POINTER (self->serial), NULL);
  self->valid = TRUE;
}
