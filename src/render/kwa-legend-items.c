/* kwa-legend-items.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-legend-items"

#include "config.h"

#include <string.h>

#include "kwa-i18n.h"
#include "kwa-legend-items.h"

/* What a legend lists for a day: the map's own legend (KwaLegendLayer)
 * and the kiosk's, beside the map, read the same list, so they never
 * disagree about what the map shows. */

/**
 * kwa_render_words_init:
 *
 * The words the map's legend says, in @language.
 */
void
kwa_render_words_init (KwaRenderWords *words,
                       KwaLanguage     language)
{
  words->front_line = kwa_gettext_in (language, N_("Front line"));
  /* Translators: the legend's entry for the line between the Soviet and US
   * zones (1945–48), then between the two Korean states, before the war */
  words->dividing_line = kwa_gettext_in (language, N_("Dividing line"));
  words->front_line_earlier = kwa_gettext_in (language, N_("Front line three weeks earlier"));
  words->uncertain = kwa_gettext_in (language, N_("Control uncertain (hatched)"));
  /* Translators: the legend's entry for one side's arrows; %s is the side's name */
  words->movements_of = kwa_gettext_in (language, N_("%s movements"));
  words->event = kwa_gettext_in (language, N_("Event (colour: its kind)"));
  words->event_now = kwa_gettext_in (language, N_("Event under way (pulsing ring)"));
  words->parallel = kwa_gettext_in (language, N_("38th parallel"));
  words->mdl = kwa_gettext_in (language, N_("Military Demarcation Line"));
  words->dmz = kwa_gettext_in (language, N_("Demilitarized Zone (DMZ)"));
  words->legend = kwa_gettext_in (language, N_("Legend"));
}

static gboolean
scene_has_line (KwaScene    *scene,
                KwaLineKind  kind)
{
  for (guint i = 0; i < scene->lines->len; i++)
    if (((const KwaAtlasLine *) g_ptr_array_index (scene->lines, i))->line->kind == kind)
      return TRUE;

  return FALSE;
}

static gboolean
scene_moves (KwaScene  *scene,
             KwaSideId  side)
{
  for (guint i = 0; i < scene->movements->len; i++)
    if (g_array_index (scene->movements, KwaSceneMovement, i).movement->movement->side == side)
      return TRUE;

  return FALSE;
}

/* Whether the scene has a marked event, @active ones only if asked. */
static gboolean
scene_marks_event (KwaScene *scene,
                   gboolean  active)
{
  for (guint i = 0; i < scene->events->len; i++)
    {
      const KwaSceneEvent *event = &g_array_index (scene->events, KwaSceneEvent, i);

      if (event->event->has_point && (!active || event->active))
        return TRUE;
    }

  return FALSE;
}

/* @pattern, translated, with its "%s" replaced by @name: a translation is
 * not trusted as a printf format. */
static char *
name_in (const char *pattern,
         const char *name)
{
  GString *text = g_string_new (pattern);

  g_string_replace (text, "%s", name, 1);

  return g_string_free (text, FALSE);
}

static void
add_item (KwaLegendItems *self,
          KwaLegendEntry  entry,
          char           *text)
{
  self->items[self->n_items++] = (KwaLegendItem) { entry, text };
}

/**
 * kwa_legend_items_collect:
 * @self: empty (zeroed or cleared)
 *
 * The entries for what the map shows on @scene's day with @layers, in the
 * order a reader meets them: who holds the land, the lines, what moves
 * and what happens.
 */
void
kwa_legend_items_collect (KwaLegendItems       *self,
                          KwaScene             *scene,
                          KwaMapLayers          layers,
                          KwaLanguage           language,
                          const KwaRenderWords *words)
{
  KwaExhibit *exhibit = kwa_atlas_get_exhibit (scene->atlas);
  /* The names the sides had on the day shown: the US and Soviet zones
   * in 1946 were not yet the war's two coalitions. */
  const KwaText *north = kwa_side_get_name_on (kwa_exhibit_get_side (exhibit, KWA_SIDE_NORTH), scene->date);
  const KwaText *south = kwa_side_get_name_on (kwa_exhibit_get_side (exhibit, KWA_SIDE_SOUTH), scene->date);
  gboolean armistice = (layers & KWA_MAP_LAYER_DMZ) && scene_has_line (scene, KWA_LINE_MDL);

  g_return_if_fail (self->n_items == 0);

  add_item (self, KWA_LEGEND_ENTRY_NORTH_LAND, g_strdup (kwa_text_get (north, language)));
  add_item (self, KWA_LEGEND_ENTRY_SOUTH_LAND, g_strdup (kwa_text_get (south, language)));
  if ((layers & KWA_MAP_LAYER_CONTROL) && scene->uncertain_from != NULL)
    add_item (self, KWA_LEGEND_ENTRY_UNCERTAIN, g_strdup (words->uncertain));
  /* Before the war the line is the division's, not a front's. */
  if ((layers & KWA_MAP_LAYER_FRONT) && scene->has_front && !armistice)
    add_item (self, KWA_LEGEND_ENTRY_FRONT,
              g_strdup (scene->date < kwa_exhibit_get_war_span (exhibit).start
                        ? words->dividing_line : words->front_line));
  if ((layers & KWA_MAP_LAYER_FRONT) && scene->has_ghost && !armistice)
    add_item (self, KWA_LEGEND_ENTRY_FRONT_EARLIER, g_strdup (words->front_line_earlier));
  if (armistice)
    add_item (self, KWA_LEGEND_ENTRY_MDL, g_strdup (words->mdl));
  if ((layers & KWA_MAP_LAYER_DMZ) && scene_has_line (scene, KWA_LINE_DMZ))
    add_item (self, KWA_LEGEND_ENTRY_DMZ, g_strdup (words->dmz));
  if ((layers & KWA_MAP_LAYER_PARALLEL) && scene_has_line (scene, KWA_LINE_PARALLEL))
    add_item (self, KWA_LEGEND_ENTRY_PARALLEL, g_strdup (words->parallel));
  for (KwaSideId side = KWA_SIDE_NORTH; side < KWA_N_SIDES; side++)
    if ((layers & KWA_MAP_LAYER_MOVEMENTS) && scene_moves (scene, side))
      add_item (self, side == KWA_SIDE_NORTH ? KWA_LEGEND_ENTRY_NORTH_ARROW : KWA_LEGEND_ENTRY_SOUTH_ARROW,
                name_in (words->movements_of, kwa_text_get (side == KWA_SIDE_NORTH ? north : south, language)));
  if ((layers & KWA_MAP_LAYER_EVENTS) && scene_marks_event (scene, FALSE))
    add_item (self, KWA_LEGEND_ENTRY_EVENT, g_strdup (words->event));
  if ((layers & KWA_MAP_LAYER_EVENTS) && scene_marks_event (scene, TRUE))
    add_item (self, KWA_LEGEND_ENTRY_EVENT_NOW, g_strdup (words->event_now));
}

gboolean
kwa_legend_items_equal (const KwaLegendItems *a,
                        const KwaLegendItems *b)
{
  if (a->n_items != b->n_items)
    return FALSE;

  for (guint i = 0; i < a->n_items; i++)
    if (a->items[i].entry != b->items[i].entry || g_strcmp0 (a->items[i].text, b->items[i].text) != 0)
      return FALSE;

  return TRUE;
}

/* Frees the texts; @self is empty again. */
void
kwa_legend_items_clear (KwaLegendItems *self)
{
  for (guint i = 0; i < self->n_items; i++)
    g_clear_pointer (&self->items[i].text, g_free);
  self->n_items = 0;
}
