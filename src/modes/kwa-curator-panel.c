/* kwa-curator-panel.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-curator-panel"

#include "config.h"

#include <math.h>

#include "kwa-curator-panel.h"
#include "kwa-i18n.h"

/* The curator's side panel: undo, redo and save; the front snapshot in
 * force on the day shown, its confidence, notes (English and Korean side
 * by side) and sources; the vertex selected on the map; the record of
 * the place last clicked; events; and the problems list.
 *
 * Buttons that need the map or the timeline (a new event at a point, the
 * next snapshot) are actions of the "curator" group (see kwa-curator.c);
 * fields of the snapshot are edited here, in the draft. */

struct _KwaCuratorPanel
{
  AdwBin               parent_instance;

  KwaExhibitDraft     *draft;
  KwaDate              day;
  KwaLanguage          language;
  int                  front;       /* the snapshot in force, or -1 */
  KwaVertexRef         vertex;
  gboolean             refreshing;  /* fields set from the draft, not by the curator */

  GtkLabel            *status;
  AdwPreferencesGroup *front_group;
  GtkButton           *new_snapshot;
  AdwComboRow         *confidence;
  AdwEntryRow         *sources;
  GtkTextBuffer       *notes[2];    /* English, Korean */
  AdwActionRow        *vertex_row;
  KwaHoldingEditor    *holding_editor;
  KwaProblemList      *problem_list;
};

G_DEFINE_FINAL_TYPE (KwaCuratorPanel, kwa_curator_panel, ADW_TYPE_BIN)

/* The choices of the confidence row, in the file's words; "" leaves the
 * field out. */
static const char * const confidences[] = { "high", "medium", "low", "" };
static const char * const note_languages[] = { "en", "ko" };

/* ---- reading the snapshot ---------------------------------------------- */

static JsonObject *
front_record (KwaCuratorPanel *self)
{
  if (self->draft == NULL || self->front < 0)
    return NULL;
  return kwa_exhibit_draft_get_record (self->draft, "fronts", (guint) self->front);
}

static char *
join_sources (JsonObject *record)
{
  g_autoptr(GString) text = g_string_new (NULL);
  JsonArray *ids;

  if (record == NULL || !json_object_has_member (record, "sources"))
    return g_strdup ("");
  ids = json_object_get_array_member (record, "sources");
  for (guint i = 0; i < json_array_get_length (ids); i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", json_array_get_string_element (ids, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
note_in (JsonObject *record,
         const char *language)
{
  JsonObject *notes;

  if (record == NULL || !json_object_has_member (record, "notes"))
    return "";
  notes = json_object_get_object_member (record, "notes");
  return json_object_get_string_member_with_default (notes, language, "");
}

static void
refresh_status (KwaCuratorPanel *self)
{
  const char *status;

  if (self->draft == NULL)
    return;
  if (kwa_exhibit_draft_get_checking (self->draft))
    status = _("Checking…");
  else if (kwa_exhibit_draft_get_modified (self->draft))
    status = _("Unsaved changes");
  else
    status = _("Saved");
  gtk_label_set_label (self->status, status);
  kwa_problem_list_set_problems (self->problem_list, kwa_exhibit_draft_get_problems (self->draft),
                                 kwa_exhibit_draft_get_warnings (self->draft),
                                 kwa_exhibit_draft_get_checking (self->draft));
}

static void
refresh_vertex (KwaCuratorPanel *self)
{
  JsonArray *vertices = NULL;
  g_autofree char *subtitle = NULL;

  if (self->draft != NULL && self->vertex.member != NULL)
    vertices = kwa_exhibit_draft_get_vertices (self->draft, self->vertex.member, self->vertex.index, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->vertex_row),
                          vertices != NULL && self->vertex.vertex < json_array_get_length (vertices));
  if (!gtk_widget_get_visible (GTK_WIDGET (self->vertex_row)))
    return;
  {
    JsonArray *position = json_array_get_array_element (vertices, self->vertex.vertex);
    double lon = json_array_get_double_element (position, 0);
    double lat = json_array_get_double_element (position, 1);
    g_autofree char *number = g_strdup_printf ("%u", self->vertex.vertex + 1);
    g_autofree char *count = g_strdup_printf ("%u", json_array_get_length (vertices));
    g_autofree char *title = kwa_fill_pattern (_("Vertex {number} of {count}"), "{number}", number,
                                               "{count}", count, NULL);

    subtitle = g_strdup_printf ("%.4f° %s, %.4f° %s", fabs (lat), lat >= 0 ? "N" : "S",
                                fabs (lon), lon >= 0 ? "E" : "W");
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->vertex_row), title);
    adw_action_row_set_subtitle (self->vertex_row, subtitle);
  }
}

static void
refresh_front (KwaCuratorPanel *self)
{
  JsonObject *record;
  g_autofree char *sources = NULL;
  g_autofree char *day = NULL;
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  const char *confidence;
  guint choice = G_N_ELEMENTS (confidences) - 1;

  if (self->draft == NULL)
    return;
  self->front = self->day != KWA_DATE_NONE ? kwa_exhibit_draft_find_front (self->draft, self->day) : -1;
  record = front_record (self);

  day = self->day != KWA_DATE_NONE ? kwa_date_format (self->day, self->language) : g_strdup ("");
  label = kwa_fill_pattern (_("New Snapshot on {date}"), "{date}", day, NULL);
  gtk_button_set_label (self->new_snapshot, label);
  if (record != NULL)
    {
      KwaDate date = KWA_DATE_NONE;
      g_autofree char *snapshot_day = NULL;

      kwa_date_parse (json_object_get_string_member_with_default (record, "date", ""), &date);
      snapshot_day = kwa_date_format (date, self->language);
      description = kwa_fill_pattern (_("The snapshot of {date}, in force on the day shown. Drag a handle to move a vertex; "
                                        "drag or click a small handle to add one; right-click a vertex, or select it and "
                                        "press Delete, to remove it."),
                                      "{date}", snapshot_day, NULL);
    }
  else
    description = g_strdup (_("No front is in force on the day shown."));
  adw_preferences_group_set_description (self->front_group, description);

  self->refreshing = TRUE;
  confidence = record != NULL ? json_object_get_string_member_with_default (record, "confidence", "") : "";
  for (guint i = 0; i < G_N_ELEMENTS (confidences); i++)
    if (g_str_equal (confidence, confidences[i]))
      choice = i;
  adw_combo_row_set_selected (self->confidence, choice);
  sources = join_sources (record);
  gtk_editable_set_text (GTK_EDITABLE (self->sources), sources);
  for (guint i = 0; i < G_N_ELEMENTS (note_languages); i++)
    gtk_text_buffer_set_text (self->notes[i], note_in (record, note_languages[i]), -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->confidence), record != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sources), record != NULL);
  self->refreshing = FALSE;

  refresh_vertex (self);
}

static void
draft_changed_cb (KwaCuratorPanel *self)
{
  refresh_front (self);
  refresh_status (self);
}

/* ---- editing the snapshot ---------------------------------------------- */

static void
confidence_changed_cb (KwaCuratorPanel *self)
{
  const char *value = confidences[MIN (adw_combo_row_get_selected (self->confidence), G_N_ELEMENTS (confidences) - 1)];
  JsonNode *node = NULL;

  if (self->refreshing || front_record (self) == NULL)
    return;
  if (*value != '\0')
    node = json_node_init_string (json_node_alloc (), value);
  kwa_exhibit_draft_set_member (self->draft, "fronts", (guint) self->front, "confidence", node);
}

static void
sources_applied_cb (KwaCuratorPanel *self)
{
  g_auto(GStrv) ids = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->sources)), ",", -1);
  JsonArray *array = json_array_new ();

  if (front_record (self) == NULL)
    {
      json_array_unref (array);
      return;
    }
  for (guint i = 0; ids[i] != NULL; i++)
    if (*g_strstrip (ids[i]) != '\0')
      json_array_add_string_element (array, ids[i]);
  kwa_exhibit_draft_set_member (self->draft, "fronts", (guint) self->front, "sources",
                                json_node_init_array (json_node_alloc (), array));
  json_array_unref (array);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* The notes in English and Korean, keeping those in the exhibit's other
 * languages as they are. */
static void
apply_notes_cb (KwaCuratorPanel *self)
{
  JsonObject *record = front_record (self);
  g_autoptr(JsonObject) notes = json_object_new ();
  gboolean any = FALSE;

  if (record == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (note_languages); i++)
    {
      g_autofree char *text = buffer_text (self->notes[i]);

      if (*text != '\0')
        json_object_set_string_member (notes, note_languages[i], text), any = TRUE;
    }
  if (json_object_has_member (record, "notes"))
    {
      JsonObject *old = json_object_get_object_member (record, "notes");
      JsonObjectIter iter;
      const char *language;
      JsonNode *text;

      json_object_iter_init_ordered (&iter, old);
      while (json_object_iter_next_ordered (&iter, &language, &text))
        if (!g_strv_contains (note_languages, language))
          json_object_set_member (notes, language, json_node_copy (text)), any = TRUE;
    }
  kwa_exhibit_draft_set_member (self->draft, "fronts", (guint) self->front, "notes",
                                any ? json_node_init_object (json_node_alloc (), notes) : NULL);
}

/**
 * kwa_curator_panel_set_front_fields:
 * @notes_en: (nullable): English notes, or %NULL to leave them
 * @notes_ko: (nullable): Korean notes
 * @sources: (nullable): source ids, separated by commas
 *
 * Types into the snapshot's fields and applies them, as a curator would.
 */
void
kwa_curator_panel_set_front_fields (KwaCuratorPanel *self,
                                    const char      *notes_en,
                                    const char      *notes_ko,
                                    const char      *sources)
{
  g_return_if_fail (KWA_IS_CURATOR_PANEL (self));

  if (notes_en != NULL)
    gtk_text_buffer_set_text (self->notes[0], notes_en, -1);
  if (notes_ko != NULL)
    gtk_text_buffer_set_text (self->notes[1], notes_ko, -1);
  if (notes_en != NULL || notes_ko != NULL)
    apply_notes_cb (self);
  if (sources != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->sources), sources);
      sources_applied_cb (self);
    }
}

/* ---- API ------------------------------------------------------------- */

void
kwa_curator_panel_set_draft (KwaCuratorPanel *self,
                             KwaExhibitDraft *draft)
{
  g_return_if_fail (KWA_IS_CURATOR_PANEL (self));

  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_data (self->draft, self);
  g_set_object (&self->draft, draft);
  kwa_holding_editor_set_draft (self->holding_editor, draft);
  if (draft != NULL)
    {
      g_signal_connect_object (draft, "changed", G_CALLBACK (draft_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (draft, "checked", G_CALLBACK (refresh_status), self, G_CONNECT_SWAPPED);
    }
  draft_changed_cb (self);
}

void
kwa_curator_panel_set_day (KwaCuratorPanel *self,
                           KwaDate          day,
                           KwaLanguage      language)
{
  g_return_if_fail (KWA_IS_CURATOR_PANEL (self));

  if (self->day == day && self->language == language)
    return;
  self->day = day;
  self->language = language;
  refresh_front (self);
}

void
kwa_curator_panel_set_vertex (KwaCuratorPanel    *self,
                              const KwaVertexRef *vertex)
{
  g_return_if_fail (KWA_IS_CURATOR_PANEL (self));

  self->vertex = vertex != NULL ? *vertex : (KwaVertexRef) { NULL };
  refresh_vertex (self);
}

KwaHoldingEditor *
kwa_curator_panel_get_holding_editor (KwaCuratorPanel *self)
{
  g_return_val_if_fail (KWA_IS_CURATOR_PANEL (self), NULL);
  return self->holding_editor;
}

KwaProblemList *
kwa_curator_panel_get_problem_list (KwaCuratorPanel *self)
{
  g_return_val_if_fail (KWA_IS_CURATOR_PANEL (self), NULL);
  return self->problem_list;
}

/* ---- building --------------------------------------------------------- */

static GtkWidget *
action_button (const char *icon_name,
               const char *mnemonic,
               const char *action)
{
  GtkWidget *button = icon_name != NULL ? gtk_button_new_from_icon_name (icon_name)
                                        : gtk_button_new_with_mnemonic (mnemonic);

  if (icon_name != NULL)
    {
      gtk_widget_set_tooltip_text (button, mnemonic);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, mnemonic, -1);
    }
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static GtkWidget *
build_toolbar (KwaCuratorPanel *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *save = action_button (NULL, _("_Save"), "curator.save");

  gtk_box_append (GTK_BOX (bar), action_button ("edit-undo-symbolic", _("Undo"), "curator.undo"));
  gtk_box_append (GTK_BOX (bar), action_button ("edit-redo-symbolic", _("Redo"), "curator.redo"));
  self->status = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->status), TRUE);
  gtk_label_set_ellipsize (self->status, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->status), "dim-label");
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->status));
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_box_append (GTK_BOX (bar), save);
  gtk_box_append (GTK_BOX (bar), action_button (NULL, _("_Done"), "win.stop-editing"));
  return bar;
}

static GtkWidget *
notes_view (KwaCuratorPanel *self,
            guint            i,
            const char      *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 96);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  self->notes[i] = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  return box;
}

static GtkWidget *
build_front_group (KwaCuratorPanel *self)
{
  GtkWidget *steps = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *fields = gtk_list_box_new ();
  GtkWidget *notes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *apply = gtk_button_new_with_mnemonic (_("_Apply Notes"));
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_autoptr(GtkStringList) levels = gtk_string_list_new ((const char *[]) { _("High"), _("Medium"), _("Low"), _("Not stated"), NULL });

  self->front_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->front_group, _("Front"));

  gtk_box_append (GTK_BOX (steps), action_button ("go-previous-symbolic", _("Previous Snapshot"), "curator.step-front(-1)"));
  gtk_box_append (GTK_BOX (steps), action_button ("go-next-symbolic", _("Next Snapshot"), "curator.step-front(1)"));
  self->new_snapshot = GTK_BUTTON (action_button (NULL, "", "curator.new-snapshot"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->new_snapshot), TRUE);
  gtk_box_append (GTK_BOX (steps), GTK_WIDGET (self->new_snapshot));

  self->confidence = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->confidence), _("Confidence"));
  adw_combo_row_set_model (self->confidence, G_LIST_MODEL (levels));
  g_signal_connect_swapped (self->confidence, "notify::selected", G_CALLBACK (confidence_changed_cb), self);
  self->sources = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->sources), _("Sources (ids, separated by commas)"));
  adw_entry_row_set_show_apply_button (self->sources, TRUE);
  g_signal_connect_swapped (self->sources, "apply", G_CALLBACK (sources_applied_cb), self);
  self->vertex_row = ADW_ACTION_ROW (adw_action_row_new ());
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, _("Delete Vertex"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete Vertex"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "curator.delete-vertex");
  adw_action_row_add_suffix (self->vertex_row, delete);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (fields), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (fields, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (fields), GTK_WIDGET (self->vertex_row));
  gtk_list_box_append (GTK_LIST_BOX (fields), GTK_WIDGET (self->confidence));
  gtk_list_box_append (GTK_LIST_BOX (fields), GTK_WIDGET (self->sources));

  gtk_box_set_homogeneous (GTK_BOX (notes), TRUE);
  gtk_box_append (GTK_BOX (notes), notes_view (self, 0, _("Notes in English")));
  gtk_box_append (GTK_BOX (notes), notes_view (self, 1, _("Notes in Korean")));
  g_signal_connect_swapped (apply, "clicked", G_CALLBACK (apply_notes_cb), self);
  gtk_widget_set_halign (apply, GTK_ALIGN_END);

  gtk_box_append (GTK_BOX (box), steps);
  gtk_box_append (GTK_BOX (box), fields);
  gtk_box_append (GTK_BOX (box), notes);
  gtk_box_append (GTK_BOX (box), apply);
  adw_preferences_group_add (self->front_group, box);
  return GTK_WIDGET (self->front_group);
}

static GtkWidget *
build_events_group (void)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = action_button (NULL, _("Add _Event at a Point…"), "curator.add-event");
  GtkWidget *edit = action_button (NULL, _("Edit _Selected Event…"), "curator.edit-event");

  adw_preferences_group_set_title (group, _("Events"));
  gtk_widget_set_hexpand (add, TRUE);
  gtk_widget_set_hexpand (edit, TRUE);
  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_box_append (GTK_BOX (box), add);
  gtk_box_append (GTK_BOX (box), edit);
  adw_preferences_group_add (group, box);
  return GTK_WIDGET (group);
}

GtkWidget *
kwa_curator_panel_new (void)
{
  return g_object_new (KWA_TYPE_CURATOR_PANEL, NULL);
}

static void
kwa_curator_panel_dispose (GObject *object)
{
  KwaCuratorPanel *self = KWA_CURATOR_PANEL (object);

  g_clear_object (&self->draft);

  G_OBJECT_CLASS (kwa_curator_panel_parent_class)->dispose (object);
}

static void
kwa_curator_panel_class_init (KwaCuratorPanelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kwa_curator_panel_dispose;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "curator-panel");
}

static void
kwa_curator_panel_init (KwaCuratorPanel *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

  self->day = KWA_DATE_NONE;
  self->front = -1;
  self->holding_editor = KWA_HOLDING_EDITOR (kwa_holding_editor_new ());
  self->problem_list = KWA_PROBLEM_LIST (kwa_problem_list_new ());

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), build_toolbar (self));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_list));
  gtk_box_append (GTK_BOX (box), build_front_group (self));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->holding_editor));
  gtk_box_append (GTK_BOX (box), build_events_group ());

  /* As wide as two columns of notes need, and no wider: the map keeps
   * the window. */
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 460);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 400);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  adw_bin_set_child (ADW_BIN (self), scrolled);
  /* Its rows fill its width, but it does not ask the window for more:
   * an expanding child would share the window's width with the map. */
  gtk_widget_set_hexpand (GTK_WIDGET (self), FALSE);
}
