/* kwa-map-view-description.c: what a screen reader says about the map
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-view"

#include "config.h"

#include "kwa-i18n.h"
#include "kwa-map-view-private.h"

/* What a screen reader says about the map: the day, what happened, who
 * holds how much. Measuring the shares costs a little, so it is done once
 * the date has rested, not on every frame of playback. */
static char *
describe_scene (KwaMapView *self)
{
  g_autofree char *date = kwa_date_format (self->scene->date, self->language);
  g_autoptr(GString) text = g_string_new (date);
  KwaExhibit *exhibit = kwa_atlas_get_exhibit (self->scene->atlas);

  g_string_append (text, ". ");
  if (self->scene->latest_event != NULL)
    {
      const char *summary = kwa_text_get (&self->scene->latest_event->summary, self->language);

      /* Summaries are sentences already; Korean ones may end in "다." */
      g_string_append (text, summary);
      if (!g_str_has_suffix (summary, ".") && !g_str_has_suffix (summary, "。"))
        g_string_append_c (text, '.');
      g_string_append_c (text, ' ');
    }

  if (self->scene->has_front)
    {
      const KwaSide *north = kwa_exhibit_get_side (exhibit, KWA_SIDE_NORTH);
      const KwaSide *south = kwa_exhibit_get_side (exhibit, KWA_SIDE_SOUTH);

      /* Translators: the sides' names come from the exhibit; the numbers are per cent. */
      g_string_append_printf (text, kwa_gettext_in (self->language, N_("%s holds %.0f %% of the peninsula, %s %.0f %%.")),
                              kwa_text_get (&north->name, self->language),
                              100 * kwa_scene_get_share (self->scene, KWA_SIDE_NORTH),
                              kwa_text_get (&south->name, self->language),
                              100 * kwa_scene_get_share (self->scene, KWA_SIDE_SOUTH));
    }
  else
    g_string_append (text, kwa_gettext_in (self->language, N_("Korea is not yet divided.")));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
describe_cb (gpointer user_data)
{
  KwaMapView *self = user_data;
  g_autofree char *description = NULL;

  self->describe_id = 0;
  if (self->scene == NULL)
    return G_SOURCE_REMOVE;

  description = describe_scene (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  return G_SOURCE_REMOVE;
}

void
kwa_map_view_schedule_description (KwaMapView *self)
{
  g_clear_handle_id (&self->describe_id, g_source_remove);
  self->describe_id = g_timeout_add (250, describe_cb, self);
  g_source_set_name_by_id (self->describe_id, "[kwa] describe map");
}
