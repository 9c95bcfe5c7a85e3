/* kwa-map-document.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-document"

#include "config.h"

#include "kwa-map-document.h"

/* An exhibit with everything needed to draw it: its basemap, the land that
 * basemap draws, and the exhibit's geometry projected onto it. Loading one
 * either succeeds whole or fails whole, which is what lets the app keep the
 * last good document when a curator saves a broken file. */

struct _KwaMapDocument
{
  GObject     parent_instance;

  /* Owned */
  KwaExhibit *exhibit;
  KwaBasemap *basemap;
  KwaAtlas   *atlas;
};

G_DEFINE_FINAL_TYPE (KwaMapDocument, kwa_map_document, G_TYPE_OBJECT)

static void
kwa_map_document_finalize (GObject *object)
{
  KwaMapDocument *self = KWA_MAP_DOCUMENT (object);

  g_clear_object (&self->atlas);
  g_clear_object (&self->basemap);
  g_clear_object (&self->exhibit);

  G_OBJECT_CLASS (kwa_map_document_parent_class)->finalize (object);
}

static void
kwa_map_document_class_init (KwaMapDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kwa_map_document_finalize;
}

static void
kwa_map_document_init (KwaMapDocument *self)
{
}

static void
prefix_error_with_file (GError **error,
                        GFile   *file)
{
  g_autofree char *name = g_file_get_basename (file);

  g_prefix_error (error, "%s: ", name);
}

/**
 * kwa_map_document_new:
 * @exhibit: a valid exhibit
 *
 * Loads the exhibit's basemap and places the exhibit on it.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   set when the basemap is missing or unusable
 */
KwaMapDocument *
kwa_map_document_new (KwaExhibit  *exhibit,
                      GError     **error)
{
  g_autoptr(KwaMapDocument) self = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(KwaLand) land = NULL;
  g_autoptr(GFile) basemap_file = NULL;
  KwaProjection exhibit_projection;
  const KwaProjection *basemap_projection;
  KwaMapExtent extent;
  KwaColor north, south;

  g_return_val_if_fail (KWA_IS_EXHIBIT (exhibit), NULL);

  if (kwa_exhibit_get_basemap_file (exhibit) == NULL)
    {
      g_set_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_BASEMAP,
                   "meta.basemap: the exhibit has no basemap file to draw on");
      return NULL;
    }
  basemap_file = g_object_ref (kwa_exhibit_get_basemap_file (exhibit));

  svg = g_file_load_bytes (basemap_file, NULL, NULL, error);
  if (svg == NULL)
    {
      prefix_error_with_file (error, basemap_file);
      return NULL;
    }

  self = g_object_new (KWA_TYPE_MAP_DOCUMENT, NULL);
  self->exhibit = g_object_ref (exhibit);

  self->basemap = kwa_basemap_new_from_bytes (svg, error);
  if (self->basemap == NULL)
    {
      prefix_error_with_file (error, basemap_file);
      return NULL;
    }

  /* The exhibit's coordinates and the basemap must mean the same thing. */
  basemap_projection = kwa_basemap_get_projection (self->basemap);
  if (!kwa_projection_init_from_proj_string (&exhibit_projection,
                                             kwa_exhibit_get_projection_string (exhibit), error))
    {
      g_prefix_error (error, "meta.projection: ");
      return NULL;
    }
  if (!kwa_projection_equal (&exhibit_projection, basemap_projection))
    {
      g_autofree char *name = g_file_get_basename (basemap_file);

      g_set_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_BASEMAP,
                   "meta.projection: the exhibit says “%s”, but %s was drawn with another projection",
                   kwa_exhibit_get_projection_string (exhibit), name);
      return NULL;
    }

  land = kwa_land_new_from_svg (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), error);
  if (land == NULL)
    {
      prefix_error_with_file (error, basemap_file);
      return NULL;
    }

  north = kwa_exhibit_get_side (exhibit, KWA_SIDE_NORTH)->color;
  south = kwa_exhibit_get_side (exhibit, KWA_SIDE_SOUTH)->color;
  kwa_basemap_set_side_colors (self->basemap, &north, &south);

  kwa_basemap_get_extent (self->basemap, &extent);
  self->atlas = kwa_atlas_new (exhibit, basemap_projection, land, &extent.data);

  return g_steal_pointer (&self);
}

/**
 * kwa_map_document_new_from_file:
 * @out_problems: (out) (optional) (transfer full): every problem the
 *   validator found, as #KwaProblem
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
KwaMapDocument *
kwa_map_document_new_from_file (GFile      *file,
                                GPtrArray **out_problems,
                                GError    **error)
{
  g_autoptr(KwaExhibit) exhibit = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  exhibit = kwa_exhibit_new_from_file (file, out_problems, error);
  if (exhibit == NULL)
    return NULL;

  return kwa_map_document_new (exhibit, error);
}

KwaMapDocument *
kwa_map_document_new_default (GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_uri (KWA_EXHIBIT_DEFAULT_URI);

  return kwa_map_document_new_from_file (file, NULL, error);
}

KwaExhibit *
kwa_map_document_get_exhibit (KwaMapDocument *self)
{
  g_return_val_if_fail (KWA_IS_MAP_DOCUMENT (self), NULL);
  return self->exhibit;
}

KwaBasemap *
kwa_map_document_get_basemap (KwaMapDocument *self)
{
  g_return_val_if_fail (KWA_IS_MAP_DOCUMENT (self), NULL);
  return self->basemap;
}

KwaAtlas *
kwa_map_document_get_atlas (KwaMapDocument *self)
{
  g_return_val_if_fail (KWA_IS_MAP_DOCUMENT (self), NULL);
  return self->atlas;
}
