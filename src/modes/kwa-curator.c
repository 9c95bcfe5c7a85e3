/* kwa-curator.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-curator"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kwa-curator.h"
#include "kwa-event-editor.h"
#include "kwa-i18n.h"
#include "kwa-timeline.h"

/* Curator mode: a #KwaExhibitDraft of the exhibit file on show, the
 * handles over the map (#KwaVertexEditor), the side panel
 * (#KwaCuratorPanel) and the actions of the "curator" group that tie
 * them to the timeline and the map. Each draft that loads is shown in
 * every window of the session, so the map follows the edits; the file
 * itself changes only on Save.
 *
 * The window decides when curator mode starts and ends (never in the
 * kiosk; see kwa-window-curator.c). */

/* How far in a problem's place is shown, as a search result is. */
#define PROBLEM_ZOOM 4.0

struct _KwaCurator
{
  GObject             parent_instance;

  KwaSession         *session;
  KwaMapView         *map_view;
  GtkOverlay         *map_area;
  KwaExhibitDraft    *draft;
  KwaVertexEditor    *vertex_editor;
  KwaCuratorPanel    *panel;
  GSimpleActionGroup *actions;
  GtkEventController *shortcuts;
  KwaMapDocument     *shown;   /* the last draft put on screen */
};

G_DEFINE_FINAL_TYPE (KwaCurator, kwa_curator, G_TYPE_OBJECT)

/* ---- following the timeline and the draft ------------------------------ */

static KwaDate
current_day (KwaCurator *self)
{
  return kwa_timeline_get_date (kwa_session_get_timeline (self->session));
}

static void
day_changed_cb (KwaCurator *self)
{
  KwaDate day = current_day (self);

  kwa_vertex_editor_set_day (self->vertex_editor, day);
  kwa_curator_panel_set_day (self->panel, day, kwa_session_get_language (self->session));
}

static void
update_actions (KwaCurator *self)
{
  struct { const char *name; gboolean enabled; } states[] = {
    { "undo", kwa_exhibit_draft_can_undo (self->draft) },
    { "redo", kwa_exhibit_draft_can_redo (self->draft) },
    { "save", kwa_exhibit_draft_get_modified (self->draft) },
    { "delete-vertex", kwa_vertex_editor_get_selection (self->vertex_editor, NULL) },
    { "edit-event", kwa_timeline_get_selected_event (kwa_session_get_timeline (self->session)) != NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions),
                                                                              states[i].name)),
                                 states[i].enabled);
}

/* A draft that loaded goes on screen in every window of the session. */
static void
draft_checked_cb (KwaCurator *self)
{
  KwaMapDocument *document = kwa_exhibit_draft_get_document (self->draft);

  if (document != NULL && document != self->shown)
    {
      g_set_object (&self->shown, document);
      kwa_session_show_draft (self->session, document);
    }
  update_actions (self);
}

static void
selection_changed_cb (KwaCurator *self)
{
  KwaVertexRef vertex;

  if (kwa_vertex_editor_get_selection (self->vertex_editor, &vertex))
    kwa_curator_panel_set_vertex (self->panel, &vertex);
  else
    kwa_curator_panel_set_vertex (self->panel, NULL);
  update_actions (self);
}

/* A place clicked on the map: its record of who held it, in the panel. */
static void
record_activated_cb (KwaCurator    *self,
                     int            kind,
                     gconstpointer  record)
{
  const KwaPlace *place = record;

  if (kind != KWA_MAP_HIT_PLACE || place == NULL)
    return;
  kwa_holding_editor_set_place (kwa_curator_panel_get_holding_editor (self->panel), place->id,
                                kwa_text_get (&place->name, kwa_session_get_language (self->session)));
}

/* ---- where a problem is ---------------------------------------------- */

/* The first [lon, lat] inside a geometry's coordinates. */
static gboolean
first_position (JsonNode  *node,
                KwaLonLat *point)
{
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  if (json_array_get_length (array) == 0)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (json_array_get_element (array, 0)) && json_array_get_length (array) >= 2)
    {
      point->lon = json_array_get_double_element (array, 0);
      point->lat = json_array_get_double_element (array, 1);
      return TRUE;
    }
  return first_position (json_array_get_element (array, json_array_get_length (array) / 2), point);
}

static gboolean
record_point (KwaCurator *self,
              JsonObject *record,
              KwaLonLat  *point)
{
  const char *place_id = json_object_get_string_member_with_default (record, "place", NULL);
  JsonArray *places = kwa_exhibit_draft_get_records (self->draft, "places");

  for (guint i = 0; place_id != NULL && places != NULL && i < json_array_get_length (places); i++)
    {
      JsonObject *place = json_array_get_object_element (places, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (place, "id", NULL), place_id) == 0)
        return record_point (self, place, point);
    }
  for (guint i = 0; i < 3; i++)
    {
      const char *member = (const char *[]) { "point", "geometry", "path" }[i];

      if (json_object_has_member (record, member) &&
          JSON_NODE_HOLDS_OBJECT (json_object_get_member (record, member)))
        return first_position (json_object_get_member (json_object_get_object_member (record, member), "coordinates"),
                               point);
    }
  return FALSE;
}

/* The first date written in @text, as the sweep's messages give the
 * first day the map disagrees. */
static gboolean
first_date_in (const char *text,
               KwaDate    *day)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      char candidate[11];

      if (strlen (p) < 10 || !g_ascii_isdigit (p[0]) || p[4] != '-' || p[7] != '-')
        continue;
      memcpy (candidate, p, 10);
      candidate[10] = '\0';
      if (kwa_date_parse (candidate, day))
        return TRUE;
    }
  return FALSE;
}

/* The record a problem's path ("fronts[3].date", "holdings.seoul[2]")
 * names, and the day and point to show it at. */
static gboolean
locate_problem (KwaCurator       *self,
                const KwaProblem *problem,
                KwaDate          *day,
                KwaLonLat        *point,
                gboolean         *has_point)
{
  g_autofree char *member = NULL;
  JsonObject *record = NULL;
  const char *bracket;
  guint index;

  if (problem->path == NULL || (bracket = strchr (problem->path, '[')) == NULL)
    return FALSE;
  member = g_strndup (problem->path, bracket - problem->path);
  index = (guint) strtoul (bracket + 1, NULL, 10);

  if (g_str_has_prefix (member, "holdings."))
    {
      JsonObject *holdings = json_object_get_object_member (kwa_exhibit_draft_get_root (self->draft), "holdings");
      const char *place_id = member + strlen ("holdings.");
      JsonArray *changes = holdings != NULL && json_object_has_member (holdings, place_id)
                             ? json_object_get_array_member (holdings, place_id) : NULL;
      g_autoptr(JsonObject) place = json_object_new ();

      if (changes != NULL && index < json_array_get_length (changes))
        record = json_array_get_object_element (changes, index);
      json_object_set_string_member (place, "place", place_id);
      *has_point = record_point (self, place, point);
    }
  else
    {
      record = kwa_exhibit_draft_get_record (self->draft, member, index);
      *has_point = record != NULL && record_point (self, record, point);
    }
  if (record == NULL)
    return FALSE;

  if (!first_date_in (problem->message, day) &&
      !kwa_date_parse (json_object_get_string_member_with_default (record, "date",
                         json_object_get_string_member_with_default (record, "start", "")), day))
    *day = KWA_DATE_NONE;
  return TRUE;
}

static void
problem_activated_cb (KwaCurator       *self,
                      const KwaProblem *problem)
{
  KwaTimeline *timeline = kwa_session_get_timeline (self->session);
  KwaDateRange range = kwa_timeline_get_range (timeline);
  KwaDate day = KWA_DATE_NONE;
  KwaLonLat point;
  gboolean has_point = FALSE;

  if (!locate_problem (self, problem, &day, &point, &has_point))
    return;
  if (day != KWA_DATE_NONE)
    kwa_timeline_set_date (timeline, CLAMP (day, range.start, range.end));
  if (has_point)
    kwa_map_view_go_to (self->map_view, point, MAX (PROBLEM_ZOOM, kwa_map_view_get_zoom (self->map_view)), TRUE);
}

/* ---- actions --------------------------------------------------------- */

static void
undo_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  kwa_exhibit_draft_undo (KWA_CURATOR (user_data)->draft);
}

static void
redo_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  kwa_exhibit_draft_redo (KWA_CURATOR (user_data)->draft);
}

static void
save_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  KwaCurator *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!kwa_curator_save (self, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self->map_view))),
                                                  _("The Exhibit Could Not Be Saved"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static KwaDate
front_date (KwaCurator *self,
            int         index)
{
  JsonObject *record = index >= 0 ? kwa_exhibit_draft_get_record (self->draft, "fronts", (guint) index) : NULL;
  KwaDate day = KWA_DATE_NONE;

  if (record != NULL)
    kwa_date_parse (json_object_get_string_member_with_default (record, "date", ""), &day);
  return day;
}

/* The day of the next snapshot, or of the previous: the one in force, if
 * the day shown is after its own. */
static void
step_front_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  KwaCurator *self = user_data;
  KwaDate today = current_day (self);
  int front = kwa_exhibit_draft_find_front (self->draft, today);
  int step = g_variant_get_int32 (parameter);
  KwaDate day;

  if (step < 0 && front >= 0 && front_date (self, front) < today)
    step = 0;
  day = front_date (self, front + step);
  if (day != KWA_DATE_NONE)
    kwa_timeline_set_date (kwa_session_get_timeline (self->session), day);
}

static void
new_snapshot_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  KwaCurator *self = user_data;

  kwa_exhibit_draft_add_front (self->draft, current_day (self));
}

static void
delete_vertex_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  kwa_vertex_editor_delete_selected (KWA_CURATOR (user_data)->vertex_editor);
}

static void
add_event_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  KwaCurator *self = user_data;
  GtkWidget *toasts = gtk_widget_get_ancestor (GTK_WIDGET (self->map_area), ADW_TYPE_TOAST_OVERLAY);

  kwa_vertex_editor_pick_point (self->vertex_editor);
  /* A toast of its own time: libadwaita 1.2 crashes when a toast is
   * dismissed while it is still coming in, as a quick click would. */
  if (toasts != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (toasts),
                                 adw_toast_new (_("Click the map where the event happened (Escape to give up)")));
}

static void
point_picked_cb (KwaCurator *self,
                 double      lon,
                 double      lat)
{
  KwaLonLat point = { lon, lat };

  kwa_curator_edit_event (self, NULL, &point);
}

static void
edit_event_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  KwaCurator *self = user_data;
  const KwaEvent *event = kwa_timeline_get_selected_event (kwa_session_get_timeline (self->session));

  if (event != NULL)
    kwa_curator_edit_event (self, event->id, NULL);
}

static const GActionEntry curator_actions[] = {
  { "undo", undo_action },
  { "redo", redo_action },
  { "save", save_action },
  { "step-front", step_front_action, "i" },
  { "new-snapshot", new_snapshot_action },
  { "delete-vertex", delete_vertex_action },
  { "add-event", add_event_action },
  { "edit-event", edit_event_action },
};

static GtkEventController *
build_shortcuts (void)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const struct { const char *trigger; const char *action; } keys[] = {
    { "<Control>z", "curator.undo" },
    { "<Control><Shift>z", "curator.redo" },
    { "<Control>y", "curator.redo" },
    { "<Control>s", "curator.save" },
  };

  gtk_event_controller_set_name (controller, "kwa-curator-shortcuts");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                                                            gtk_named_action_new (keys[i].action)));
  return controller;
}

/* ---- API ------------------------------------------------------------- */

/**
 * kwa_curator_new:
 * @map_area: the overlay over the map, where the handles go
 *
 * Starts curator mode on the session's exhibit file.
 *
 * Returns: (transfer full): the curator, or %NULL with @error set when
 *   the file cannot be read (or the session shows the bundled exhibit)
 */
KwaCurator *
kwa_curator_new (KwaSession  *session,
                 KwaMapView  *map_view,
                 GtkOverlay  *map_area,
                 GError     **error)
{
  GFile *file = kwa_session_get_data_file (session);
  g_autoptr(KwaExhibitDraft) draft = NULL;
  KwaCurator *self;

  if (file == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY, _("The bundled exhibit cannot be changed in place"));
      return NULL;
    }
  draft = kwa_exhibit_draft_new_for_file (file, error);
  if (draft == NULL)
    return NULL;

  self = g_object_new (KWA_TYPE_CURATOR, NULL);
  self->session = g_object_ref (session);
  self->map_view = g_object_ref (map_view);
  self->map_area = g_object_ref (map_area);
  self->draft = g_steal_pointer (&draft);
  self->vertex_editor = KWA_VERTEX_EDITOR (g_object_ref_sink (kwa_vertex_editor_new (map_view)));
  self->panel = KWA_CURATOR_PANEL (g_object_ref_sink (kwa_curator_panel_new ()));
  self->actions = g_simple_action_group_new ();
  self->shortcuts = g_object_ref (build_shortcuts ());
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), curator_actions, G_N_ELEMENTS (curator_actions), self);

  kwa_vertex_editor_set_draft (self->vertex_editor, self->draft);
  kwa_curator_panel_set_draft (self->panel, self->draft);
  gtk_overlay_add_overlay (map_area, GTK_WIDGET (self->vertex_editor));

  g_signal_connect_object (self->draft, "changed", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->draft, "checked", G_CALLBACK (draft_checked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (kwa_session_get_timeline (session), "notify::time", G_CALLBACK (day_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (kwa_session_get_timeline (session), "notify::selected-event-id",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::language", G_CALLBACK (day_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->vertex_editor, "selection-changed", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->vertex_editor, "point-picked", G_CALLBACK (point_picked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (map_view, "record-activated", G_CALLBACK (record_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (kwa_curator_panel_get_problem_list (self->panel), "problem-activated",
                           G_CALLBACK (problem_activated_cb), self, G_CONNECT_SWAPPED);
  day_changed_cb (self);
  update_actions (self);

  return self;
}

/**
 * kwa_curator_stop:
 *
 * Takes the handles off the map. The panel is the window's to remove.
 */
void
kwa_curator_stop (KwaCurator *self)
{
  g_return_if_fail (KWA_IS_CURATOR (self));

  if (gtk_widget_get_parent (GTK_WIDGET (self->vertex_editor)) != NULL)
    gtk_overlay_remove_overlay (self->map_area, GTK_WIDGET (self->vertex_editor));
  g_signal_handlers_disconnect_by_data (self->map_view, self);
  g_signal_handlers_disconnect_by_data (self->session, self);
  g_signal_handlers_disconnect_by_data (kwa_session_get_timeline (self->session), self);
}

/**
 * kwa_curator_edit_event:
 * @event_id: (nullable): the event to edit, or %NULL for a new one
 * @point: (nullable): where a new event happened
 *
 * Opens the event form over the window.
 *
 * Returns: (transfer none): the form
 */
GtkWidget *
kwa_curator_edit_event (KwaCurator      *self,
                        const char      *event_id,
                        const KwaLonLat *point)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self->map_view)));
  GtkWidget *editor;

  g_return_val_if_fail (KWA_IS_CURATOR (self), NULL);

  editor = kwa_event_editor_new (parent, self->draft, event_id, point, current_day (self));
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

gboolean
kwa_curator_save (KwaCurator  *self,
                  GError     **error)
{
  g_return_val_if_fail (KWA_IS_CURATOR (self), FALSE);

  if (!kwa_exhibit_draft_save (self->draft, error))
    return FALSE;
  update_actions (self);
  return TRUE;
}

KwaExhibitDraft *
kwa_curator_get_draft (KwaCurator *self)
{
  g_return_val_if_fail (KWA_IS_CURATOR (self), NULL);
  return self->draft;
}

KwaCuratorPanel *
kwa_curator_get_panel (KwaCurator *self)
{
  g_return_val_if_fail (KWA_IS_CURATOR (self), NULL);
  return self->panel;
}

KwaVertexEditor *
kwa_curator_get_vertex_editor (KwaCurator *self)
{
  g_return_val_if_fail (KWA_IS_CURATOR (self), NULL);
  return self->vertex_editor;
}

GActionGroup *
kwa_curator_get_actions (KwaCurator *self)
{
  g_return_val_if_fail (KWA_IS_CURATOR (self), NULL);
  return G_ACTION_GROUP (self->actions);
}

GtkEventController *
kwa_curator_get_shortcuts (KwaCurator *self)
{
  g_return_val_if_fail (KWA_IS_CURATOR (self), NULL);
  return self->shortcuts;
}

/* ---- GObject ---------------------------------------------------------- */

static void
kwa_curator_dispose (GObject *object)
{
  KwaCurator *self = KWA_CURATOR (object);

  g_clear_object (&self->vertex_editor);
  g_clear_object (&self->panel);
  g_clear_object (&self->actions);
  g_clear_object (&self->shortcuts);
  g_clear_object (&self->draft);
  g_clear_object (&self->shown);
  g_clear_object (&self->map_area);
  g_clear_object (&self->map_view);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (kwa_curator_parent_class)->dispose (object);
}

static void
kwa_curator_class_init (KwaCuratorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kwa_curator_dispose;
}

static void
kwa_curator_init (KwaCurator *self)
{
}
