/* kwa-exhibit-draft.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit-draft"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-exhibit-draft-private.h"
#include "kwa-json-writer.h"
#include "kwa-record-check.h"

/* A curator's exhibit while it is being edited: the file's JSON as
 * written, changed in place, so that saving it writes the keys in their
 * order and a moved vertex is a change of two lines in git.
 *
 * Every edit is undoable: before it, a copy of the top-level member it
 * changes ("fronts", "events", …) is kept. After it, the whole draft is
 * checked on a thread by the validator --validate uses, the every-day
 * sweep included; a draft that loads becomes the document the windows
 * show (with the record's disagreements listed), and one that does not
 * leaves the last good one on screen, with its problems listed. */


G_DEFINE_FINAL_TYPE (KwaExhibitDraft, kwa_exhibit_draft, G_TYPE_OBJECT)

enum {
  CHANGED,
  CHECKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What one edit replaced: a top-level member as it was. */
typedef struct
{
  char     *member;
  JsonNode *node;
} Change;

static void
change_free (gpointer data)
{
  Change *change = data;

  g_free (change->member);
  json_node_unref (change->node);
  g_free (change);
}

/**
 * kwa_exhibit_draft_copy_node:
 *
 * A copy of @node that shares nothing with it: json_node_copy() shares
 * the objects and arrays inside, and an undo needs its own. Members keep
 * their order.
 *
 * Returns: (transfer full): the copy
 */
JsonNode *
kwa_exhibit_draft_copy_node (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *from = json_node_get_object (node);
      JsonObject *to = json_object_new ();
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init_ordered (&iter, from);
      while (json_object_iter_next_ordered (&iter, &name, &member))
        json_object_set_member (to, name, kwa_exhibit_draft_copy_node (member));
      return kwa_json_node_take_object (to);
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *from = json_node_get_array (node);
      guint n = json_array_get_length (from);
      JsonArray *to = json_array_sized_new (n);

      for (guint i = 0; i < n; i++)
        json_array_add_element (to, kwa_exhibit_draft_copy_node (json_array_get_element (from, i)));
      return kwa_json_node_take_array (to);
    }
  return json_node_copy (node);
}

static Change *
change_new (JsonObject *root,
            const char *member)
{
  Change *change = g_new0 (Change, 1);

  change->member = g_strdup (member);
  change->node = kwa_exhibit_draft_copy_node (json_object_get_member (root, member));

  return change;
}

/* ---- checking --------------------------------------------------------- */

typedef struct
{
  char           *text;
  GFile          *file;
  KwaMapDocument *document;
  GPtrArray      *problems;
  GPtrArray      *warnings;
  guint           generation;
} Check;

static void
check_free (gpointer data)
{
  Check *check = data;

  g_free (check->text);
  g_clear_object (&check->file);
  g_clear_object (&check->document);
  g_clear_pointer (&check->problems, g_ptr_array_unref);
  g_clear_pointer (&check->warnings, g_ptr_array_unref);
  g_free (check);
}

static GPtrArray *
problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) kwa_problem_free);
}

static void
append_problems (GPtrArray *to,
                 GPtrArray *from)
{
  for (guint i = 0; from != NULL && i < from->len; i++)
    g_ptr_array_add (to, kwa_problem_copy (g_ptr_array_index (from, i)));
}

/* On a worker: the validator, then the map of every day against the
 * record, exactly as --validate runs them. */
static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Check *check = task_data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (check->text, strlen (check->text));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;
  g_autofree char *name = g_file_get_basename (check->file);

  check->problems = problems_new ();
  check->warnings = problems_new ();
  exhibit = kwa_exhibit_new_from_bytes (bytes, check->file, &problems, &error);
  if (exhibit == NULL)
    {
      append_problems (check->problems, problems);
      if (check->problems->len == 0)
        g_ptr_array_add (check->problems, kwa_problem_new (name, NULL, 0, 0, error->message));
      g_task_return_boolean (task, TRUE);
      return;
    }

  append_problems (check->warnings, kwa_exhibit_get_warnings (exhibit));
  check->document = kwa_map_document_new (exhibit, &error);
  if (check->document == NULL)
    {
      g_ptr_array_add (check->problems, kwa_problem_new (name, NULL, 0, 0, error->message));
      g_task_return_boolean (task, TRUE);
      return;
    }

  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = kwa_record_check (kwa_map_document_get_atlas (check->document), name);
  /* A draft the record contradicts is still shown: the curator sees on
   * the map what the problems list says. */
  append_problems (check->problems, problems);
  g_task_return_boolean (task, TRUE);
}

static void start_check (KwaExhibitDraft *self);

static void
check_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(KwaExhibitDraft) self = user_data;
  Check *check = g_task_get_task_data (G_TASK (result));

  g_task_propagate_boolean (G_TASK (result), NULL);
  self->checking = FALSE;
  if (check->generation != self->generation || self->check_again)
    {
      start_check (self);
      return;
    }

  if (check->document != NULL)
    g_set_object (&self->document, check->document);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  self->problems = g_steal_pointer (&check->problems);
  self->warnings = g_steal_pointer (&check->warnings);
  g_signal_emit (self, signals[CHECKED], 0);
}

static void
start_check (KwaExhibitDraft *self)
{
  g_autoptr(GTask) task = NULL;
  Check *check;

  if (self->checking)
    {
      self->check_again = TRUE;
      return;
    }

  check = g_new0 (Check, 1);
  check->text = kwa_exhibit_draft_to_text (self);
  check->file = g_object_ref (self->file);
  check->generation = self->generation;
  self->checking = TRUE;
  self->check_again = FALSE;

  /* The task holds the draft until the check ends: there is nothing
   * to cancel, a draft is never finalized while it is being checked. */
  task = g_task_new (NULL, NULL, check_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_check);
  g_task_set_name (task, "[kwa] check exhibit draft");
  g_task_set_task_data (task, check, check_free);
  g_task_run_in_thread (task, check_thread);
}

/* ---- edits (kwa-exhibit-draft-edits.c makes them) -------------------- */

/* Keeps what @member is now, so the edit about to change it can be undone. */
void
kwa_exhibit_draft_begin_edit (KwaExhibitDraft *self,
                              const char      *member)
{
  JsonObject *root = json_node_get_object (self->root);

  g_ptr_array_add (self->undo, change_new (root, member));
  if (self->undo->len > KWA_EXHIBIT_DRAFT_MAX_UNDO)
    g_ptr_array_remove_index (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
}

/* The edit is done: it is shown to whoever listens, and checked. */
void
kwa_exhibit_draft_end_edit (KwaExhibitDraft *self)
{
  self->modified = TRUE;
  self->generation++;
  g_signal_emit (self, signals[CHANGED], 0);
  start_check (self);
}

/* ---- undo and redo ---------------------------------------------------- */

/* Puts @change's member back, keeping what it replaces on @other. */
static gboolean
swap_change (KwaExhibitDraft *self,
             GPtrArray       *from,
             GPtrArray       *other)
{
  JsonObject *root = json_node_get_object (self->root);
  Change *change;

  if (from->len == 0)
    return FALSE;

  change = g_ptr_array_steal_index (from, from->len - 1);
  g_ptr_array_add (other, change_new (root, change->member));
  /* Setting an existing member keeps its place among the keys. */
  json_object_set_member (root, change->member, kwa_exhibit_draft_copy_node (change->node));
  change_free (change);

  self->modified = TRUE;
  self->generation++;
  g_signal_emit (self, signals[CHANGED], 0);
  start_check (self);

  return TRUE;
}

gboolean
kwa_exhibit_draft_can_undo (KwaExhibitDraft *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT_DRAFT (self), FALSE);
  return self->undo->len > 0;
}

gboolean
kwa_exhibit_draft_can_redo (KwaExhibitDraft *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT_DRAFT (self), FALSE);
  return self->redo->len > 0;
}

gboolean
kwa_exhibit_draft_undo (KwaExhibitDraft *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT_DRAFT (self), FALSE);
  return swap_change (self, self->undo, self->redo);
}

gboolean
kwa_exhibit_draft_redo (KwaExhibitDraft *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT_DRAFT (self), FALSE);
  return swap_change (self, self->redo, self->undo);
}

/* ---- reading ---------------------------------------------------------- */

JsonArray *
kwa_exhibit_draft_get_records (KwaExhibitDraft *self,
                               const char      *member)
{
  JsonObject *root;

  g_return_val_if_fail (KWA_IS_EXHIBIT_DRAFT (self), NULL);

  root = json_node_get_object (self->root);
  if (!json_object_has_member (root, member) || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, member)))
    return NULL;
  return json_object_get_array_member (root, member);
}

JsonObject *
kwa_exhibit_draft_get_record (KwaExhibitDraft *self,
                              const char      *member,
                              guint            index)
{
  JsonArray *records = kwa_exhibit_draft_get_records (self, member);

  if (records == NULL || index >= json_array_get_length (records) ||
      !JSON_NODE_HOLDS_OBJECT (json_array_get_element (records, index)))
    return NULL;
  return json_array_get_object_element (records, index);
}

/**
 * kwa_exhibit_draft_get_vertices:
 * @closed: (out) (optional): whether they are a ring (first = last)
 *
 * The positions of a front's line, or of an enclave's outer ring.
 *
 * Returns: (transfer none) (nullable): the array of [lon, lat] positions
 */
JsonArray *
kwa_exhibit_draft_get_vertices (KwaExhibitDraft *self,
                                const char      *member,
                                guint            index,
                                gboolean        *closed)
{
  JsonObject *record = kwa_exhibit_draft_get_record (self, member, index);
  JsonObject *geometry;
  JsonArray *coordinates;
  const char *type;

  if (record == NULL || !json_object_has_member (record, "geometry"))
    return NULL;
  geometry = json_object_get_object_member (record, "geometry");
  type = json_object_get_string_member_with_default (geometry, "type", "");
  if (!json_object_has_member (geometry, "coordinates"))
    return NULL;
  coordinates = json_object_get_array_member (geometry, "coordinates");
  if (closed != NULL)
    *closed = g_str_equal (type, "Polygon");
  if (g_str_equal (type, "LineString"))
    return coordinates;
  if (g_str_equal (type, "Polygon") && json_array_get_length (coordinates) > 0)
    return json_array_get_array_element (coordinates, 0);
  return NULL;
}

/**
 * kwa_exhibit_draft_find_front:
 *
 * Returns: the snapshot in force on @day (the last dated on or before
 *   it), or -1 before the first
 */
int
kwa_exhibit_draft_find_front (KwaExhibitDraft *self,
                              KwaDate          day)
{
  JsonArray *fronts = kwa_exhibit_draft_get_records (self, "fronts");
  int found = -1;

  for (guint i = 0; fronts != NULL && i < json_array_get_length (fronts); i++)
    if (kwa_exhibit_draft_record_date (json_array_get_object_element (fronts, i)) <= day)
      found = (int) i;
  return found;
}

int
kwa_exhibit_draft_find_event (KwaExhibitDraft *self,
                              const char      *id)
{
  JsonArray *events = kwa_exhibit_draft_get_records (self, "events");

  for (guint i = 0; events != NULL && i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_array_get_object_element (events, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (event, "id", NULL), id) == 0)
        return (int) i;
    }
  return -1;
}

GFile *
kwa_exhibit_draft_get_file (KwaExhibitDraft *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT_DRAFT (self), NULL);
  return self->file;
}

JsonObject *
kwa_exhibit_draft_get_root (KwaExhibitDraft *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT_DRAFT (self), NULL);
  return json_node_get_object (self->root);
}

gboolean
kwa_exhibit_draft_get_modified (KwaExhibitDraft *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT_DRAFT (self), FALSE);
  return self->modified;
}

KwaMapDocument *
kwa_exhibit_draft_get_document (KwaExhibitDraft *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT_DRAFT (self), NULL);
  return self->document;
}

GPtrArray *
kwa_exhibit_draft_get_problems (KwaExhibitDraft *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT_DRAFT (self), NULL);
  return self->problems;
}

GPtrArray *
kwa_exhibit_draft_get_warnings (KwaExhibitDraft *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT_DRAFT (self), NULL);
  return self->warnings;
}

gboolean
kwa_exhibit_draft_get_checking (KwaExhibitDraft *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT_DRAFT (self), FALSE);
  return self->checking || self->check_again;
}

/**
 * kwa_exhibit_draft_to_text:
 *
 * Returns: (transfer full): the draft as the file will be written
 */
char *
kwa_exhibit_draft_to_text (KwaExhibitDraft *self)
{
  g_return_val_if_fail (KWA_IS_EXHIBIT_DRAFT (self), NULL);
  return kwa_json_write (self->root);
}

/**
 * kwa_exhibit_draft_save:
 *
 * Writes the draft over its file, atomically, keeping the file as it was
 * as "NAME~" beside it.
 */
gboolean
kwa_exhibit_draft_save (KwaExhibitDraft  *self,
                        GError          **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (KWA_IS_EXHIBIT_DRAFT (self), FALSE);

  text = kwa_exhibit_draft_to_text (self);
  if (!g_file_replace_contents (self->file, text, strlen (text), NULL, TRUE,
                                G_FILE_CREATE_NONE, NULL, NULL, error))
    return FALSE;
  self->modified = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/* ---- GObject ---------------------------------------------------------- */

/**
 * kwa_exhibit_draft_new_for_file:
 *
 * Reads @file for editing and starts checking it.
 */
KwaExhibitDraft *
kwa_exhibit_draft_new_for_file (GFile   *file,
                                GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) bytes = NULL;
  KwaExhibitDraft *self;
  const char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  if (!json_parser_load_from_data (parser, data, (gssize) length, error))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "it is not an exhibit");
      return NULL;
    }

  self = g_object_new (KWA_TYPE_EXHIBIT_DRAFT, NULL);
  self->file = g_object_ref (file);
  self->root = json_parser_steal_root (parser);
  start_check (self);

  return self;
}

static void
kwa_exhibit_draft_finalize (GObject *object)
{
  KwaExhibitDraft *self = KWA_EXHIBIT_DRAFT (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->root, json_node_unref);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_object (&self->document);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (kwa_exhibit_draft_parent_class)->finalize (object);
}

static void
kwa_exhibit_draft_class_init (KwaExhibitDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kwa_exhibit_draft_finalize;

  /**
   * KwaExhibitDraft::changed:
   *
   * The draft was edited, undone, redone or saved.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * KwaExhibitDraft::checked:
   *
   * A check of the draft as it is now ended: the document and the
   * problems are new.
   */
  signals[CHECKED] = g_signal_new ("checked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kwa_exhibit_draft_init (KwaExhibitDraft *self)
{
  self->undo = g_ptr_array_new_with_free_func (change_free);
  self->redo = g_ptr_array_new_with_free_func (change_free);
  self->problems = problems_new ();
  self->warnings = problems_new ();
}
