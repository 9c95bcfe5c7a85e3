/* kwa-holding-editor.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-holding-editor"

#include "config.h"

#include "kwa-holding-editor.h"
#include "kwa-i18n.h"

/* A place's record of who held it, as the curator edits it: its changes
 * of hands in date order, each removable or, clicked, loaded into the
 * form below to be changed; and the form adds one (date, holder,
 * sources). The every-day sweep then says, in the problems list,
 * on which days the map disagrees with the record as changed. */

struct _KwaHoldingEditor
{
  AdwBin               parent_instance;

  KwaExhibitDraft     *draft;
  char                *place_id;
  char                *name;

  AdwPreferencesGroup *group;
  GtkListBox          *changes;
  AdwEntryRow         *date_row;
  AdwComboRow         *holder_row;
  AdwEntryRow         *sources_row;
  GtkButton           *add_button;
  GtkLabel            *error_label;
  int                  editing;     /* the change loaded into the form, or -1 */
};

G_DEFINE_FINAL_TYPE (KwaHoldingEditor, kwa_holding_editor, ADW_TYPE_BIN)

static const char * const holders[] = { "north", "south" };

static const char *
holder_label (const char *holder)
{
  return g_strcmp0 (holder, "north") == 0 ? _("North") : _("South");
}

static JsonArray *
place_changes (KwaHoldingEditor *self)
{
  JsonObject *root = kwa_exhibit_draft_get_root (self->draft);
  JsonObject *holdings;

  if (!json_object_has_member (root, "holdings"))
    return NULL;
  holdings = json_object_get_object_member (root, "holdings");
  if (self->place_id == NULL || !json_object_has_member (holdings, self->place_id))
    return NULL;
  return json_object_get_array_member (holdings, self->place_id);
}

static void
remove_clicked_cb (GtkButton        *button,
                   KwaHoldingEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kwa-change-index"));

  kwa_exhibit_draft_remove_holding_change (self->draft, self->place_id, index);
}

static GtkWidget *
change_row_new (KwaHoldingEditor *self,
                JsonObject       *change,
                guint             index)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  const char *date = json_object_get_string_member_with_default (change, "date", "");
  g_autofree char *title = g_strdup_printf ("%s · %s", date,
                                            holder_label (json_object_get_string_member_with_default (change, "holder", "")));
  g_autoptr(GString) sources = g_string_new (NULL);

  if (json_object_has_member (change, "sources"))
    {
      JsonArray *ids = json_object_get_array_member (change, "sources");

      for (guint i = 0; i < json_array_get_length (ids); i++)
        g_string_append_printf (sources, "%s%s", i > 0 ? ", " : "", json_array_get_string_element (ids, i));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sources->str);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove This Change"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove This Change"), -1);
  g_object_set_data (G_OBJECT (remove), "kwa-change-index", GUINT_TO_POINTER (index));
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "kwa-change-index", GUINT_TO_POINTER (index));

  return row;
}

static void
set_editing (KwaHoldingEditor *self,
             int               index)
{
  self->editing = index;
  gtk_button_set_label (self->add_button, index >= 0 ? _("_Replace Change") : _("_Add Change of Hands"));
}

/* A change clicked is loaded into the form, to be changed and put back. */
static void
change_activated_cb (KwaHoldingEditor *self,
                     GtkListBoxRow    *row)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kwa-change-index"));
  JsonArray *changes = place_changes (self);
  JsonObject *change;
  g_autoptr(GString) sources = g_string_new (NULL);

  if (changes == NULL || index >= json_array_get_length (changes))
    return;
  change = json_array_get_object_element (changes, index);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), json_object_get_string_member_with_default (change, "date", ""));
  adw_combo_row_set_selected (self->holder_row,
                              g_strcmp0 (json_object_get_string_member_with_default (change, "holder", ""), "north") == 0 ? 0 : 1);
  if (json_object_has_member (change, "sources"))
    {
      JsonArray *ids = json_object_get_array_member (change, "sources");

      for (guint i = 0; i < json_array_get_length (ids); i++)
        g_string_append_printf (sources, "%s%s", i > 0 ? ", " : "", json_array_get_string_element (ids, i));
    }
  gtk_editable_set_text (GTK_EDITABLE (self->sources_row), sources->str);
  set_editing (self, (int) index);
}

static void
refresh (KwaHoldingEditor *self)
{
  JsonArray *changes;
  GtkWidget *child;
  g_autofree char *title = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self), self->draft != NULL && self->place_id != NULL);
  if (self->draft == NULL || self->place_id == NULL)
    return;

  title = kwa_fill_pattern (_("Who Held {place}"), "{place}", self->name, NULL);
  adw_preferences_group_set_title (self->group, title);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->changes))) != NULL)
    gtk_list_box_remove (self->changes, child);
  changes = place_changes (self);
  set_editing (self, -1);
  for (guint i = 0; changes != NULL && i < json_array_get_length (changes); i++)
    gtk_list_box_append (self->changes, change_row_new (self, json_array_get_object_element (changes, i), i));
  gtk_widget_set_visible (GTK_WIDGET (self->changes), changes != NULL);
}

/**
 * kwa_holding_editor_add_change:
 * @sources: source ids, separated by commas
 *
 * Adds a change of hands to the place's record (or, with a change loaded
 * into the form, puts it back as changed), or says why not under the
 * form.
 *
 * Returns: whether it was added
 */
gboolean
kwa_holding_editor_add_change (KwaHoldingEditor *self,
                               const char       *date,
                               const char       *holder,
                               const char       *sources)
{
  g_autoptr(JsonObject) change = json_object_new ();
  g_auto(GStrv) ids = g_strsplit (sources, ",", -1);
  JsonArray *source_ids = json_array_new ();
  KwaDate day;

  g_return_val_if_fail (KWA_IS_HOLDING_EDITOR (self), FALSE);

  for (guint i = 0; ids[i] != NULL; i++)
    if (*g_strstrip (ids[i]) != '\0')
      json_array_add_string_element (source_ids, ids[i]);

  if (!kwa_date_parse (date, &day))
    gtk_label_set_label (self->error_label, _("Write the date as YYYY-MM-DD, such as 1950-09-28."));
  else if (json_array_get_length (source_ids) == 0)
    gtk_label_set_label (self->error_label, _("Name at least one source, by its id."));
  gtk_widget_set_visible (GTK_WIDGET (self->error_label),
                          !kwa_date_parse (date, &day) || json_array_get_length (source_ids) == 0);
  if (gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    {
      json_array_unref (source_ids);
      return FALSE;
    }

  json_object_set_string_member (change, "date", date);
  json_object_set_string_member (change, "holder", holder);
  json_object_set_array_member (change, "sources", source_ids);
  if (self->editing >= 0)
    {
      JsonArray *changes = place_changes (self);
      JsonObject *old = changes != NULL && (guint) self->editing < json_array_get_length (changes)
                          ? json_array_get_object_element (changes, self->editing) : NULL;
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      /* What the form does not show (confidence, notes, its event) stays. */
      if (old != NULL)
        {
          json_object_iter_init_ordered (&iter, old);
          while (json_object_iter_next_ordered (&iter, &name, &value))
            if (!json_object_has_member (change, name))
              json_object_set_member (change, name, json_node_copy (value));
        }
      kwa_exhibit_draft_replace_holding_change (self->draft, self->place_id, (guint) self->editing, change);
    }
  else
    kwa_exhibit_draft_add_holding_change (self->draft, self->place_id, change);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), "");

  return TRUE;
}

static void
add_clicked_cb (KwaHoldingEditor *self)
{
  guint holder = adw_combo_row_get_selected (self->holder_row);

  kwa_holding_editor_add_change (self, gtk_editable_get_text (GTK_EDITABLE (self->date_row)),
                                 holders[MIN (holder, G_N_ELEMENTS (holders) - 1)],
                                 gtk_editable_get_text (GTK_EDITABLE (self->sources_row)));
}

void
kwa_holding_editor_set_draft (KwaHoldingEditor *self,
                              KwaExhibitDraft  *draft)
{
  g_return_if_fail (KWA_IS_HOLDING_EDITOR (self));

  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_data (self->draft, self);
  g_set_object (&self->draft, draft);
  if (draft != NULL)
    g_signal_connect_object (draft, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
}

/**
 * kwa_holding_editor_set_place:
 * @place_id: (nullable): the place whose record is edited
 * @name: its name, in the language shown
 */
void
kwa_holding_editor_set_place (KwaHoldingEditor *self,
                              const char       *place_id,
                              const char       *name)
{
  g_return_if_fail (KWA_IS_HOLDING_EDITOR (self));

  g_free (self->place_id);
  self->place_id = g_strdup (place_id);
  g_free (self->name);
  self->name = g_strdup (name);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  refresh (self);
}

/* The place's changes, a row each: activating one loads it into the form. */
GtkListBox *
kwa_holding_editor_get_list (KwaHoldingEditor *self)
{
  g_return_val_if_fail (KWA_IS_HOLDING_EDITOR (self), NULL);
  return self->changes;
}

const char *
kwa_holding_editor_get_place (KwaHoldingEditor *self)
{
  g_return_val_if_fail (KWA_IS_HOLDING_EDITOR (self), NULL);
  return self->place_id;
}

GtkWidget *
kwa_holding_editor_new (void)
{
  return g_object_new (KWA_TYPE_HOLDING_EDITOR, NULL);
}

static void
kwa_holding_editor_dispose (GObject *object)
{
  KwaHoldingEditor *self = KWA_HOLDING_EDITOR (object);

  g_clear_object (&self->draft);
  g_clear_pointer (&self->place_id, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (kwa_holding_editor_parent_class)->dispose (object);
}

static void
kwa_holding_editor_class_init (KwaHoldingEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kwa_holding_editor_dispose;
}

static void
kwa_holding_editor_init (KwaHoldingEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkListBox *add = GTK_LIST_BOX (gtk_list_box_new ());
  GtkWidget *add_button = gtk_button_new_with_mnemonic (_("_Add Change of Hands"));
  g_autoptr(GtkStringList) sides = gtk_string_list_new ((const char *[]) { _("North"), _("South"), NULL });

  self->editing = -1;
  self->add_button = GTK_BUTTON (add_button);
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_description (self->group,
                                         _("From each date on, the holder held the place. Changes go to the other side each time."));
  self->changes = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->changes, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->changes), "boxed-list");
  g_signal_connect_swapped (self->changes, "row-activated", G_CALLBACK (change_activated_cb), self);

  self->date_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Date (YYYY-MM-DD)"));
  self->holder_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->holder_row), _("Holder"));
  adw_combo_row_set_model (self->holder_row, G_LIST_MODEL (sides));
  self->sources_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->sources_row), _("Sources (ids, separated by commas)"));
  gtk_list_box_set_selection_mode (add, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (add), "boxed-list");
  gtk_list_box_append (add, GTK_WIDGET (self->date_row));
  gtk_list_box_append (add, GTK_WIDGET (self->holder_row));
  gtk_list_box_append (add, GTK_WIDGET (self->sources_row));
  g_signal_connect_swapped (add_button, "clicked", G_CALLBACK (add_clicked_cb), self);
  gtk_widget_set_halign (add_button, GTK_ALIGN_END);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->changes));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (add));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (box), add_button);
  adw_preferences_group_add (self->group, box);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->group));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
