/* kwa-geojson-layers.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-geojson-layers"

#include "config.h"

#include <string.h>

#include "kwa-date.h"
#include "kwa-geojson-layers.h"
#include "kwa-json-writer.h"

/* The exhibit's geography as GeoJSON files QGIS opens, a file a layer:
 * fronts, enclaves, lines, movements, places, and the changes of hands at
 * each place. Every feature carries its id and the days it holds, as ISO
 * dates (`start`, `end`, both days included; `end` empty while it lasts,
 * and missing on lines and places, which last),
 * which QGIS's Temporal Controller reads as they are. Read back, an edited
 * geometry replaces the exhibit's by id; the rest of the exhibit, and any
 * geometry left as it was, is not touched, so an unedited folder gives back
 * the same file. The holdings are points of places, for looking at only:
 * they are not read back. */

typedef struct
{
  const char *file;
  const char *member;       /* the exhibit's list */
  const char *geometry;     /* the member holding a feature's geometry */
  const char *start;        /* the member of the first day, if any */
  const char *end;          /* the member of the last day, if any */
  const char *name;         /* a text shown as name_<language>, if any */
  const char *copied[4];    /* members copied as they are */
} Layer;

static const Layer layers[] = {
  { "fronts.geojson", "fronts", "geometry", "date", NULL, NULL, { "confidence" } },
  { "enclaves.geojson", "enclaves", "geometry", "start", "end", "name", { "side", "confidence" } },
  { "lines.geojson", "lines", "geometry", "start", NULL, "name", { "kind" } },
  { "movements.geojson", "movements", "path", "start", "end", "unit", { "side", "kind", "event", "reaches" } },
  { "places.geojson", "places", "point", "from", NULL, "name", { "kind", "importance" } },
};

#define HOLDINGS_FILE "holdings.geojson"

/* A front has no id of its own: it is the front of its day. */
static char *
feature_id (const Layer *layer,
            JsonObject  *item)
{
  if (g_str_equal (layer->member, "fronts"))
    return g_strdup_printf ("front-%s", json_object_get_string_member_with_default (item, "date", ""));
  return g_strdup (json_object_get_string_member_with_default (item, "id", ""));
}

/* The day before @date, as the last day of what @date replaces; the
 * exhibit's own calendar (a KwaDate counts days), not the locale's. */
static char *
day_before (const char *date)
{
  KwaDate day;

  if (!kwa_date_parse (date, &day))
    return NULL;
  return kwa_date_to_iso (day - 1);
}

static void
set_date (JsonObject *properties,
          const char *name,
          const char *date)
{
  if (date != NULL && *date != '\0')
    json_object_set_string_member (properties, name, date);
  else
    json_object_set_null_member (properties, name);
}

static void
add_names (JsonObject *properties,
           JsonObject *item,
           const char *member)
{
  JsonObject *text = member != NULL && json_object_has_member (item, member)
                     ? json_object_get_object_member (item, member) : NULL;
  g_autoptr(GList) languages = text != NULL ? json_object_get_members (text) : NULL;

  for (GList *l = languages; l != NULL; l = l->next)
    {
      g_autofree char *name = g_strdup_printf ("%s_%s", member, (const char *) l->data);

      json_object_set_string_member (properties, name, json_object_get_string_member (text, l->data));
    }
}

static JsonNode *
feature (JsonObject *properties,
         JsonNode   *geometry)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "type", "Feature");
  json_object_set_object_member (object, "properties", properties);
  json_object_set_member (object, "geometry", geometry);
  return kwa_json_node_take_object (object);
}

static JsonNode *
layer_features (const Layer *layer,
                JsonArray   *items)
{
  JsonArray *features = json_array_new ();
  guint length = json_array_get_length (items);

  for (guint i = 0; i < length; i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      JsonObject *properties = json_object_new ();
      g_autofree char *id = feature_id (layer, item);
      g_autofree char *until = NULL;

      if (!json_object_has_member (item, layer->geometry))
        {
          json_object_unref (properties);
          continue;
        }
      json_object_set_string_member (properties, "id", id);
      set_date (properties, "start", layer->start != NULL ? json_object_get_string_member_with_default (item, layer->start, NULL) : NULL);
      /* A front holds until the day before the next. */
      if (layer->end == NULL && g_str_equal (layer->member, "fronts") && i + 1 < length)
        until = day_before (json_object_get_string_member (json_array_get_object_element (items, i + 1), "date"));
      /* Lines and places last: no end at all, so a GIS takes "start" alone
       * (an end that is always empty would be read as text, not dates). */
      if (layer->end != NULL || g_str_equal (layer->member, "fronts"))
        set_date (properties, "end", layer->end != NULL ? json_object_get_string_member_with_default (item, layer->end, NULL) : until);
      for (guint c = 0; c < G_N_ELEMENTS (layer->copied) && layer->copied[c] != NULL; c++)
        if (json_object_has_member (item, layer->copied[c]))
          json_object_set_member (properties, layer->copied[c], json_node_copy (json_object_get_member (item, layer->copied[c])));
      add_names (properties, item, layer->name);
      json_array_add_element (features, feature (properties, json_node_copy (json_object_get_member (item, layer->geometry))));
    }
  return kwa_json_node_take_array (features);
}

/* Each change of hands, at its place's point, from its day to the day
 * before the next change. */
static JsonNode *
holding_features (JsonObject *exhibit)
{
  JsonArray *features = json_array_new ();
  JsonObject *holdings = json_object_get_object_member (exhibit, "holdings");
  JsonArray *places = json_object_get_array_member (exhibit, "places");
  g_autoptr(GList) ids = holdings != NULL ? json_object_get_members (holdings) : NULL;

  for (GList *l = ids; l != NULL; l = l->next)
    {
      JsonArray *changes = json_object_get_array_member (holdings, l->data);
      JsonObject *place = NULL;

      for (guint p = 0; places != NULL && p < json_array_get_length (places); p++)
        if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (places, p), "id"), l->data) == 0)
          place = json_array_get_object_element (places, p);
      if (place == NULL || !json_object_has_member (place, "point"))
        continue;

      for (guint c = 0; c < json_array_get_length (changes); c++)
        {
          JsonObject *change = json_array_get_object_element (changes, c);
          JsonObject *properties = json_object_new ();
          g_autofree char *id = g_strdup_printf ("%s-%s", (const char *) l->data,
                                                 json_object_get_string_member_with_default (change, "date", ""));
          g_autofree char *until = c + 1 < json_array_get_length (changes)
                                   ? day_before (json_object_get_string_member (json_array_get_object_element (changes, c + 1), "date"))
                                   : NULL;

          json_object_set_string_member (properties, "id", id);
          json_object_set_string_member (properties, "place", l->data);
          set_date (properties, "start", json_object_get_string_member_with_default (change, "date", NULL));
          set_date (properties, "end", until);
          json_object_set_string_member (properties, "holder", json_object_get_string_member_with_default (change, "holder", ""));
          if (json_object_has_member (change, "confidence"))
            json_object_set_string_member (properties, "confidence", json_object_get_string_member (change, "confidence"));
          json_array_add_element (features, feature (properties, json_node_copy (json_object_get_member (place, "point"))));
        }
    }
  return kwa_json_node_take_array (features);
}

static gboolean
write_collection (GFile      *folder,
                  const char *file,
                  const char *name,
                  JsonNode   *features,
                  guint      *n_features,
                  GError    **error)
{
  g_autoptr(JsonNode) root = kwa_json_node_take_object (json_object_new ());
  JsonObject *collection = json_node_get_object (root);
  g_autoptr(GFile) target = g_file_get_child (folder, file);
  g_autofree char *text = NULL;

  json_object_set_string_member (collection, "type", "FeatureCollection");
  json_object_set_string_member (collection, "name", name);
  json_object_set_member (collection, "features", features);
  *n_features = json_array_get_length (json_node_get_array (features));
  text = kwa_json_write (root);

  return g_file_replace_contents (target, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error);
}

/**
 * kwa_geojson_layers_export:
 * @folder: where the files go (made if need be)
 *
 * Returns: %FALSE with @error set when a file could not be written
 */
gboolean
kwa_geojson_layers_export (JsonNode  *root,
                           GFile     *folder,
                           GString   *report,
                           GError   **error)
{
  JsonObject *exhibit = json_node_get_object (root);
  g_autoptr(GError) local_error = NULL;
  guint n_features;

  if (!g_file_make_directory_with_parents (folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (layers); i++)
    {
      JsonArray *items = json_object_has_member (exhibit, layers[i].member)
                         ? json_object_get_array_member (exhibit, layers[i].member) : NULL;
      g_autoptr(JsonArray) none = json_array_new ();

      if (!write_collection (folder, layers[i].file, layers[i].member,
                             layer_features (&layers[i], items != NULL ? items : none), &n_features, error))
        return FALSE;
      g_string_append_printf (report, "%s%s %u", report->len > 0 ? ", " : "", layers[i].file, n_features);
    }
  if (!write_collection (folder, HOLDINGS_FILE, "holdings", holding_features (exhibit), &n_features, error))
    return FALSE;
  g_string_append_printf (report, ", %s %u", HOLDINGS_FILE, n_features);

  return TRUE;
}

/* ---- reading back ------------------------------------------------------- */

/* Whether two coordinate trees hold the same numbers (QGIS may write 38
 * for 38.0). */
static gboolean
same_coordinates (JsonNode *a,
                  JsonNode *b)
{
  if (JSON_NODE_HOLDS_ARRAY (a) && JSON_NODE_HOLDS_ARRAY (b))
    {
      JsonArray *x = json_node_get_array (a), *y = json_node_get_array (b);

      if (json_array_get_length (x) != json_array_get_length (y))
        return FALSE;
      for (guint i = 0; i < json_array_get_length (x); i++)
        if (!same_coordinates (json_array_get_element (x, i), json_array_get_element (y, i)))
          return FALSE;
      return TRUE;
    }
  if (JSON_NODE_HOLDS_VALUE (a) && JSON_NODE_HOLDS_VALUE (b) &&
      json_node_get_value_type (a) != G_TYPE_STRING && json_node_get_value_type (b) != G_TYPE_STRING)
    return json_node_get_double (a) == json_node_get_double (b);
  return FALSE;
}

/* The coordinates as the exhibit writes them: every number a float. */
static JsonNode *
as_doubles (JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *copy = json_array_new ();
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        json_array_add_element (copy, as_doubles (json_array_get_element (array, i)));
      return kwa_json_node_take_array (copy);
    }
  return json_node_init_double (json_node_alloc (), json_node_get_double (node));
}

static gboolean
is_coordinate_tree (JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!is_coordinate_tree (json_array_get_element (array, i)))
          return FALSE;
      return TRUE;
    }
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) != G_TYPE_STRING &&
         json_node_get_value_type (node) != G_TYPE_BOOLEAN;
}

typedef struct
{
  JsonObject *item;
  const char *member;
  JsonNode   *geometry;   /* owned */
} Change;

static void
change_clear (Change *change)
{
  json_node_unref (change->geometry);
}

static JsonObject *
find_item (const Layer *layer,
           JsonArray   *items,
           const char  *id)
{
  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      g_autofree char *item_id = feature_id (layer, item);

      if (g_str_equal (item_id, id))
        return item;
    }
  return NULL;
}

/* One feature: its geometry, if it differs from the exhibit's, as a change. */
static void
read_feature (const Layer *layer,
              JsonArray   *items,
              JsonNode    *node,
              guint        index,
              GPtrArray   *problems,
              GArray      *changes)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  JsonObject *properties = object != NULL && json_object_has_member (object, "properties") &&
                           JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "properties"))
                           ? json_object_get_object_member (object, "properties") : NULL;
  JsonNode *geometry = object != NULL ? json_object_get_member (object, "geometry") : NULL;
  const char *id = properties != NULL ? json_object_get_string_member_with_default (properties, "id", NULL) : NULL;
  JsonObject *item, *old, *new;
  JsonNode *coordinates;

  if (id == NULL)
    {
      g_ptr_array_add (problems, g_strdup_printf ("%s: feature %u: it has no id among its properties", layer->file, index + 1));
      return;
    }
  item = find_item (layer, items, id);
  if (item == NULL || !json_object_has_member (item, layer->geometry))
    {
      g_ptr_array_add (problems, g_strdup_printf ("%s: feature %u (%s): the exhibit's %s have no such id",
                                                  layer->file, index + 1, id, layer->member));
      return;
    }
  old = json_object_get_object_member (item, layer->geometry);
  new = geometry != NULL && JSON_NODE_HOLDS_OBJECT (geometry) ? json_node_get_object (geometry) : NULL;
  coordinates = new != NULL ? json_object_get_member (new, "coordinates") : NULL;
  if (new == NULL || g_strcmp0 (json_object_get_string_member_with_default (new, "type", NULL),
                                json_object_get_string_member (old, "type")) != 0 ||
      coordinates == NULL || !is_coordinate_tree (coordinates))
    {
      g_ptr_array_add (problems, g_strdup_printf ("%s: feature %u (%s): the geometry must be a %s of coordinates",
                                                  layer->file, index + 1, id, json_object_get_string_member (old, "type")));
      return;
    }
  if (!same_coordinates (coordinates, json_object_get_member (old, "coordinates")))
    {
      JsonObject *replacement = json_object_new ();
      Change change = { item, layer->geometry, NULL };

      json_object_set_string_member (replacement, "type", json_object_get_string_member (old, "type"));
      json_object_set_member (replacement, "coordinates", as_doubles (coordinates));
      change.geometry = kwa_json_node_take_object (replacement);
      g_array_append_val (changes, change);
    }
}

static void
read_layer (const Layer *layer,
            JsonObject  *exhibit,
            GFile       *folder,
            GPtrArray   *problems,
            GArray      *changes)
{
  g_autoptr(GFile) file = g_file_get_child (folder, layer->file);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  JsonArray *items = json_object_has_member (exhibit, layer->member) ? json_object_get_array_member (exhibit, layer->member) : NULL;
  JsonObject *collection;
  JsonArray *features;

  if (!g_file_query_exists (file, NULL))
    return;
  if (!json_parser_load_from_mapped_file (parser, path, &error))
    {
      g_ptr_array_add (problems, g_strdup_printf ("%s: %s", layer->file, error->message));
      return;
    }
  collection = JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ? json_node_get_object (json_parser_get_root (parser)) : NULL;
  if (collection == NULL || !json_object_has_member (collection, "features") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (collection, "features")))
    {
      g_ptr_array_add (problems, g_strdup_printf ("%s: not a GeoJSON FeatureCollection", layer->file));
      return;
    }
  features = json_object_get_array_member (collection, "features");
  for (guint i = 0; i < json_array_get_length (features); i++)
    read_feature (layer, items, json_array_get_element (features, i), i, problems, changes);
}

/**
 * kwa_geojson_layers_import:
 * @root: the exhibit's JSON, changed in place
 * @folder: files as kwa_geojson_layers_export() wrote them (any of them)
 * @problems: (element-type utf8): each feature that cannot be read back
 * @report: what changed
 *
 * Every file is read before anything changes: with any problem, @root is
 * left as it was.
 *
 * Returns: %TRUE when the geometry was merged
 */
gboolean
kwa_geojson_layers_import (JsonNode  *root,
                           GFile     *folder,
                           GPtrArray *problems,
                           GString   *report)
{
  JsonObject *exhibit = json_node_get_object (root);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  guint first_problem = problems->len;

  g_array_set_clear_func (changes, (GDestroyNotify) change_clear);
  for (guint i = 0; i < G_N_ELEMENTS (layers); i++)
    read_layer (&layers[i], exhibit, folder, problems, changes);
  if (problems->len > first_problem)
    return FALSE;

  for (guint i = 0; i < changes->len; i++)
    {
      Change *change = &g_array_index (changes, Change, i);

      /* In place: the member keeps its position among the others. */
      json_node_set_object (json_object_get_member (change->item, change->member), json_node_get_object (change->geometry));
    }
  g_string_append_printf (report, "%u geometr%s changed", changes->len, changes->len == 1 ? "y" : "ies");
  for (guint i = 0; i < changes->len; i++)
    {
      Change *change = &g_array_index (changes, Change, i);
      const char *id = json_object_get_string_member_with_default (change->item, "id", NULL);

      g_string_append_printf (report, "%s%s", i == 0 ? ": " : ", ",
                              id != NULL ? id : json_object_get_string_member_with_default (change->item, "date", "?"));
    }
  return TRUE;
}
