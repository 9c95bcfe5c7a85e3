/* kwa-event-editor.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-event-editor"

#include "config.h"

#include <math.h>

#include "kwa-event-editor.h"
#include "kwa-i18n.h"

/* The form a curator writes an event in: its dates, its title, summary
 * and body in English and Korean side by side, its category, importance,
 * place and sources. An edited event keeps what the form does not show
 * (its Japanese and Chinese texts, a quotation, notes). Saving puts it
 * into the draft, in date order, as one undoable edit; a form with a
 * mistake says what to mend and stays open. */

typedef enum
{
  FIELD_LINE,     /* an entry */
  FIELD_TEXT,     /* a text view of a few lines */
  FIELD_CHOICE,   /* a drop-down of values */
} FieldKind;

struct _KwaEventEditor
{
  AdwWindow        parent_instance;

  KwaExhibitDraft *draft;
  char            *event_id;    /* the event edited; NULL for a new one */
  KwaLonLat        point;       /* where a new event was clicked */
  gboolean         has_point;
  GHashTable      *fields;      /* name → widget */
  GHashTable      *values;      /* name of a choice → GStrv of its values */
  GtkLabel        *error;
  char            *error_text;
};

G_DEFINE_FINAL_TYPE (KwaEventEditor, kwa_event_editor, ADW_TYPE_WINDOW)

static const char * const categories[] = { "political", "military", "diplomatic", "humanitarian", NULL };
static const char * const importances[] = { "1", "2", "3", NULL };
static const char * const confidences[] = { "high", "medium", "low", NULL };
static const char * const languages[] = { "en", "ko" };
static const char * const texts[] = { "title", "summary", "body" };

/* ---- fields ---------------------------------------------------------- */

static char *
field_text (KwaEventEditor *self,
            const char     *name)
{
  GtkWidget *widget = g_hash_table_lookup (self->fields, name);

  g_return_val_if_fail (widget != NULL, g_strdup (""));

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
    }
  if (GTK_IS_DROP_DOWN (widget))
    {
      const char * const *values = g_hash_table_lookup (self->values, name);
      guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (widget));

      return g_strdup (selected < g_strv_length ((char **) values) ? values[selected] : "");
    }
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget))));
}

/**
 * kwa_event_editor_set_field:
 * @name: "id", "date", "end", "title.en", "body.ko", "category",
 *   "importance", "place" (a place's id, or "" for the point clicked),
 *   "sources" (ids separated by commas), "confidence"
 *
 * Fills in a field, as a curator would type or choose it.
 */
void
kwa_event_editor_set_field (KwaEventEditor *self,
                            const char     *name,
                            const char     *value)
{
  GtkWidget *widget;

  g_return_if_fail (KWA_IS_EVENT_EDITOR (self));

  widget = g_hash_table_lookup (self->fields, name);
  g_return_if_fail (widget != NULL);

  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), value, -1);
  else if (GTK_IS_DROP_DOWN (widget))
    {
      const char * const *values = g_hash_table_lookup (self->values, name);

      for (guint i = 0; values[i] != NULL; i++)
        if (g_str_equal (values[i], value))
          gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), i);
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), value);
}

static GtkWidget *
add_field (KwaEventEditor *self,
           const char     *name,
           FieldKind       kind,
           const char     *title,
           GtkGrid        *grid,
           int             column,
           int             row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label = gtk_label_new_with_mnemonic (title);
  GtkWidget *widget;

  if (kind == FIELD_TEXT)
    {
      GtkWidget *frame = gtk_frame_new (NULL);

      widget = gtk_text_view_new ();
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (widget), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (widget), 6);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (widget), 6);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (widget), 6);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (widget), 6);
      gtk_widget_set_size_request (widget, -1, g_str_has_prefix (name, "body") ? 140 : 64);
      gtk_frame_set_child (GTK_FRAME (frame), widget);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), frame);
    }
  else
    {
      widget = kind == FIELD_CHOICE ? gtk_drop_down_new (NULL, NULL) : gtk_entry_new ();
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), widget);
    }
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_set_hexpand (box, TRUE);
  gtk_grid_attach (grid, box, column, row, 1, 1);
  g_hash_table_insert (self->fields, g_strdup (name), widget);

  return widget;
}

static void
set_choices (KwaEventEditor     *self,
             const char         *name,
             const char * const *values,
             const char * const *labels)
{
  GtkDropDown *drop_down = g_hash_table_lookup (self->fields, name);
  g_autoptr(GtkStringList) list = gtk_string_list_new (labels);

  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (list));
  g_hash_table_insert (self->values, g_strdup (name), g_strdupv ((char **) values));
}

/* The places a new event can be at: the point clicked, or a place of the
 * exhibit, by its English name. */
static void
set_place_choices (KwaEventEditor *self)
{
  JsonArray *places = kwa_exhibit_draft_get_records (self->draft, "places");
  g_autoptr(GStrvBuilder) values = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_auto(GStrv) value_list = NULL;
  g_auto(GStrv) label_list = NULL;

  g_strv_builder_add (values, "");
  if (self->has_point)
    {
      g_autofree char *where = g_strdup_printf ("%s (%.4f° N, %.4f° E)", _("At the point clicked"),
                                                self->point.lat, self->point.lon);

      g_strv_builder_add (labels, where);
    }
  else
    g_strv_builder_add (labels, _("Nowhere on the map"));
  for (guint i = 0; places != NULL && i < json_array_get_length (places); i++)
    {
      JsonObject *place = json_array_get_object_element (places, i);
      JsonObject *name = json_object_get_object_member (place, "name");
      const char *id = json_object_get_string_member_with_default (place, "id", "");

      g_autofree char *label = g_strdup_printf ("%s (%s)",
                                                name != NULL ? json_object_get_string_member_with_default (name, "en", id) : id,
                                                id);

      g_strv_builder_add (values, id);
      g_strv_builder_add (labels, label);
    }
  value_list = g_strv_builder_end (values);
  label_list = g_strv_builder_end (labels);
  set_choices (self, "place", (const char * const *) value_list, (const char * const *) label_list);
}

/* ---- the event as JSON ------------------------------------------------ */

static void
set_text_member (JsonObject     *event,
                 const char     *member,
                 KwaEventEditor *self)
{
  JsonObject *text = json_object_new ();

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.%s", member, languages[i]);
      g_autofree char *value = field_text (self, name);

      if (*value != '\0')
        json_object_set_string_member (text, languages[i], value);
    }
  /* The exhibit's other languages stay as they were. */
  if (json_object_has_member (event, member))
    {
      JsonObject *old = json_object_get_object_member (event, member);
      JsonObjectIter iter;
      const char *language;
      JsonNode *value;

      json_object_iter_init_ordered (&iter, old);
      while (json_object_iter_next_ordered (&iter, &language, &value))
        if (!json_object_has_member (text, language))
          json_object_set_member (text, language, json_node_copy (value));
    }
  json_object_set_object_member (event, member, text);
}

static gboolean
valid_id (const char *id)
{
  gboolean after_hyphen = TRUE;

  if (*id == '\0')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    {
      if (*p == '-' && after_hyphen)
        return FALSE;
      if (*p != '-' && !g_ascii_islower (*p) && !g_ascii_isdigit (*p))
        return FALSE;
      after_hyphen = *p == '-';
    }
  return !after_hyphen;
}

/* What is wrong with the form, in the curator's words; NULL when nothing. */
static char *
check_form (KwaEventEditor *self)
{
  g_autofree char *id = field_text (self, "id");
  g_autofree char *date = field_text (self, "date");
  g_autofree char *end = field_text (self, "end");
  g_autofree char *title_en = field_text (self, "title.en");
  g_autofree char *title_ko = field_text (self, "title.ko");
  g_autofree char *summary = field_text (self, "summary.en");
  g_autofree char *body = field_text (self, "body.en");
  g_autofree char *sources = field_text (self, "sources");
  KwaDate start = KWA_DATE_NONE, last = KWA_DATE_NONE;

  if (!valid_id (id))
    return g_strdup (_("The id is lower-case words and digits joined by hyphens, such as “hungnam-evacuation”."));
  if (g_strcmp0 (id, self->event_id) != 0 && kwa_exhibit_draft_find_event (self->draft, id) >= 0)
    return g_strdup (_("Another event has this id already."));
  if (!kwa_date_parse (date, &start))
    return g_strdup (_("Write the date as YYYY-MM-DD, such as 1950-09-28."));
  if (*end != '\0' && (!kwa_date_parse (end, &last) || last < start))
    return g_strdup (_("The end is a date (YYYY-MM-DD) on or after the date, or nothing."));
  if (*title_en == '\0' || *title_ko == '\0')
    return g_strdup (_("Give the title in English and in Korean."));
  if (*summary == '\0' || *body == '\0')
    return g_strdup (_("Write the summary and the body, at least in English."));
  if (*g_strstrip (g_strdelimit (sources, ",", ' ')) == '\0')
    return g_strdup (_("Name at least one source, by its id."));
  return NULL;
}

static JsonObject *
build_event (KwaEventEditor *self)
{
  int index = self->event_id != NULL ? kwa_exhibit_draft_find_event (self->draft, self->event_id) : -1;
  JsonObject *event;
  g_autofree char *id = field_text (self, "id");
  g_autofree char *date = field_text (self, "date");
  g_autofree char *end = field_text (self, "end");
  g_autofree char *category = field_text (self, "category");
  g_autofree char *importance = field_text (self, "importance");
  g_autofree char *place = field_text (self, "place");
  g_autofree char *sources = field_text (self, "sources");
  g_autofree char *confidence = field_text (self, "confidence");
  g_auto(GStrv) ids = g_strsplit (sources, ",", -1);
  JsonArray *source_ids = json_array_new ();

  if (index >= 0)
    {
      JsonNode *copy = kwa_exhibit_draft_copy_node (json_array_get_element (kwa_exhibit_draft_get_records (self->draft, "events"),
                                                                            (guint) index));

      event = json_object_ref (json_node_get_object (copy));
      json_node_unref (copy);
    }
  else
    event = json_object_new ();

  json_object_set_string_member (event, "id", id);
  json_object_set_string_member (event, "date", date);
  if (*end != '\0')
    json_object_set_string_member (event, "end", end);
  else if (json_object_has_member (event, "end"))
    json_object_remove_member (event, "end");
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    set_text_member (event, texts[i], self);
  json_object_set_string_member (event, "category", category);
  json_object_set_int_member (event, "importance", g_ascii_strtoll (importance, NULL, 10));
  if (json_object_has_member (event, "place"))
    json_object_remove_member (event, "place");
  if (json_object_has_member (event, "point") && (*place != '\0' || self->has_point))
    json_object_remove_member (event, "point");
  if (*place != '\0')
    json_object_set_string_member (event, "place", place);
  else if (self->has_point)
    {
      JsonObject *point = json_object_new ();
      JsonArray *coordinates = json_array_new ();

      json_array_add_double_element (coordinates, round (self->point.lon * 1e4) / 1e4);
      json_array_add_double_element (coordinates, round (self->point.lat * 1e4) / 1e4);
      json_object_set_string_member (point, "type", "Point");
      json_object_set_array_member (point, "coordinates", coordinates);
      json_object_set_object_member (event, "point", point);
    }
  for (guint i = 0; ids[i] != NULL; i++)
    if (*g_strstrip (ids[i]) != '\0')
      json_array_add_string_element (source_ids, ids[i]);
  json_object_set_array_member (event, "sources", source_ids);
  json_object_set_string_member (event, "confidence", confidence);

  return event;
}

/**
 * kwa_event_editor_save:
 *
 * Puts the event into the draft and closes the form, or says what is
 * wrong with it and stays open.
 *
 * Returns: whether it was saved
 */
gboolean
kwa_event_editor_save (KwaEventEditor *self)
{
  g_autoptr(JsonObject) event = NULL;

  g_return_val_if_fail (KWA_IS_EVENT_EDITOR (self), FALSE);

  g_clear_pointer (&self->error_text, g_free);
  self->error_text = check_form (self);
  gtk_label_set_label (self->error, self->error_text != NULL ? self->error_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error), self->error_text != NULL);
  if (self->error_text != NULL)
    return FALSE;

  event = build_event (self);
  kwa_exhibit_draft_put_event (self->draft, event);
  gtk_window_destroy (GTK_WINDOW (self));

  return TRUE;
}

const char *
kwa_event_editor_get_error (KwaEventEditor *self)
{
  g_return_val_if_fail (KWA_IS_EVENT_EDITOR (self), NULL);
  return self->error_text;
}

/* ---- building --------------------------------------------------------- */

static void
fill_from_event (KwaEventEditor *self,
                 JsonObject     *event)
{
  static const char * const plain[] = { "id", "date", "end", "category", "confidence", "place" };
  g_autoptr(GString) sources = g_string_new (NULL);
  g_autofree char *importance = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                 json_object_get_int_member_with_default (event, "importance", 2));

  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    if (json_object_has_member (event, plain[i]))
      kwa_event_editor_set_field (self, plain[i], json_object_get_string_member (event, plain[i]));
  kwa_event_editor_set_field (self, "importance", importance);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (guint j = 0; j < G_N_ELEMENTS (languages) && json_object_has_member (event, texts[i]); j++)
      {
        g_autofree char *name = g_strdup_printf ("%s.%s", texts[i], languages[j]);
        JsonObject *text = json_object_get_object_member (event, texts[i]);

        kwa_event_editor_set_field (self, name, json_object_get_string_member_with_default (text, languages[j], ""));
      }
  if (json_object_has_member (event, "sources"))
    {
      JsonArray *ids = json_object_get_array_member (event, "sources");

      for (guint i = 0; i < json_array_get_length (ids); i++)
        g_string_append_printf (sources, "%s%s", i > 0 ? ", " : "", json_array_get_string_element (ids, i));
    }
  kwa_event_editor_set_field (self, "sources", sources->str);
}

static GtkWidget *
build_form (KwaEventEditor *self)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  const char * const category_labels[] = { _("Political"), _("Military"), _("Diplomatic"), _("Humanitarian"), NULL };
  const char * const importance_labels[] = { _("1: a turning point, always shown"), _("2: shown at the usual zoom"),
                                             _("3: a detail, shown zoomed in"), NULL };
  const char * const confidence_labels[] = { _("High"), _("Medium"), _("Low"), NULL };

  gtk_grid_set_row_spacing (grid, 12);
  gtk_grid_set_column_spacing (grid, 18);
  gtk_grid_set_column_homogeneous (grid, TRUE);

  add_field (self, "date", FIELD_LINE, _("_Date (YYYY-MM-DD)"), grid, 0, 0);
  add_field (self, "end", FIELD_LINE, _("E_nd (optional)"), grid, 1, 0);
  add_field (self, "title.en", FIELD_LINE, _("_Title in English"), grid, 0, 1);
  add_field (self, "title.ko", FIELD_LINE, _("Title in _Korean"), grid, 1, 1);
  add_field (self, "summary.en", FIELD_TEXT, _("S_ummary in English"), grid, 0, 2);
  add_field (self, "summary.ko", FIELD_TEXT, _("Summary in Korean"), grid, 1, 2);
  add_field (self, "body.en", FIELD_TEXT, _("_Body in English"), grid, 0, 3);
  add_field (self, "body.ko", FIELD_TEXT, _("Body in Korean"), grid, 1, 3);
  add_field (self, "category", FIELD_CHOICE, _("_Category"), grid, 0, 4);
  add_field (self, "importance", FIELD_CHOICE, _("_Importance"), grid, 1, 4);
  add_field (self, "place", FIELD_CHOICE, _("_Place"), grid, 0, 5);
  add_field (self, "confidence", FIELD_CHOICE, _("C_onfidence"), grid, 1, 5);
  add_field (self, "sources", FIELD_LINE, _("_Sources (ids, separated by commas)"), grid, 0, 6);
  add_field (self, "id", FIELD_LINE, _("I_d"), grid, 1, 6);

  set_choices (self, "category", categories, category_labels);
  set_choices (self, "importance", importances, importance_labels);
  set_choices (self, "confidence", confidences, confidence_labels);
  set_place_choices (self);

  return GTK_WIDGET (grid);
}

/* A new event's id follows its English title, until the curator edits it. */
static void
title_changed_cb (KwaEventEditor *self)
{
  g_autofree char *title = field_text (self, "title.en");
  g_autoptr(GString) id = g_string_new (NULL);

  if (self->event_id != NULL)
    return;
  for (const char *p = title; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, g_ascii_tolower (*p));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  kwa_event_editor_set_field (self, "id", id->str);
}

GtkWidget *
kwa_event_editor_new (GtkWindow       *parent,
                      KwaExhibitDraft *draft,
                      const char      *event_id,
                      const KwaLonLat *point,
                      KwaDate          day)
{
  KwaEventEditor *self = g_object_new (KWA_TYPE_EVENT_EDITOR,
                                       "transient-for", parent,
                                       "modal", TRUE,
                                       "default-width", 900,
                                       "default-height", 760,
                                       "title", event_id != NULL ? _("Edit Event") : _("New Event"),
                                       NULL);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save Event"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  int index;

  self->draft = g_object_ref (draft);
  self->event_id = g_strdup (event_id);
  self->has_point = point != NULL;
  if (point != NULL)
    self->point = *point;

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (kwa_event_editor_save), self);
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);

  self->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error, TRUE);
  gtk_label_set_xalign (self->error, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error));
  gtk_box_append (GTK_BOX (box), build_form (self));
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), scrolled);
  adw_window_set_content (ADW_WINDOW (self), content);

  index = event_id != NULL ? kwa_exhibit_draft_find_event (draft, event_id) : -1;
  if (index >= 0)
    {
      fill_from_event (self, kwa_exhibit_draft_get_record (draft, "events", (guint) index));
      /* Tours, changes of hands and perspectives name events by id. */
      gtk_editable_set_editable (g_hash_table_lookup (self->fields, "id"), FALSE);
    }
  else
    {
      g_autofree char *iso = kwa_date_to_iso (day);

      kwa_event_editor_set_field (self, "date", iso);
      kwa_event_editor_set_field (self, "category", "military");
      kwa_event_editor_set_field (self, "importance", "2");
      kwa_event_editor_set_field (self, "confidence", "medium");
      g_signal_connect_swapped (g_hash_table_lookup (self->fields, "title.en"), "changed",
                                G_CALLBACK (title_changed_cb), self);
    }

  return GTK_WIDGET (self);
}

static void
kwa_event_editor_finalize (GObject *object)
{
  KwaEventEditor *self = KWA_EVENT_EDITOR (object);

  g_clear_object (&self->draft);
  g_free (self->event_id);
  g_free (self->error_text);
  g_hash_table_unref (self->fields);
  g_hash_table_unref (self->values);

  G_OBJECT_CLASS (kwa_event_editor_parent_class)->finalize (object);
}

static void
kwa_event_editor_class_init (KwaEventEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = kwa_event_editor_finalize;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kwa_event_editor_init (KwaEventEditor *self)
{
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
}
