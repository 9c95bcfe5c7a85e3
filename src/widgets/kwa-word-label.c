/* kwa-word-label.c: a line of text that changes every frame, shaped a piece at a time
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-word-label"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-word-label.h"

/* The timeline bar's date changes with every frame of a scrub or of
 * play. A GtkInscription (which, unlike a label, does not lay the window
 * out again for a new text) shapes its whole text anew each time: a
 * twentieth of the 1080p window's work per frame. Here the text is cut
 * into pieces, runs of digits, runs of other letters, and the spaces
 * between, and each piece's layout is kept: "September 16, 1950" after
 * "September 15, 1950" shapes only "16"; "1950年9月16日" likewise. A piece
 * is one run of one script, so nothing that shaping joins (a ligature, a
 * Hangul syllable) is cut; only the kerning between a digit and the comma
 * after it is lost, which no one sees.
 *
 * The width is set from outside (kwa_word_label_set_width()), room for
 * the widest text it will show, so that a new text only redraws. */

/* Pieces kept; a language's dates need fewer than a hundred. */
#define MAX_PIECES 256

struct _KwaWordLabel
{
  GtkWidget   parent_instance;

  char       *text;
  int         width;          /* requested, in pixels; 0 for the text's own */
  GHashTable *pieces;         /* piece (owned) → PangoLayout (owned) */
  guint       pieces_shaped;  /* for tests */
};

G_DEFINE_FINAL_TYPE (KwaWordLabel, kwa_word_label, GTK_TYPE_WIDGET)

/* ---- the pieces ------------------------------------------------------- */

/* The layout of the piece @length bytes long at @start: looked up every
 * frame, so a short piece is looked up from the stack, not a copy. */
static PangoLayout *
piece_layout (KwaWordLabel *self,
              const char   *start,
              gsize         length)
{
  char buffer[64];
  g_autofree char *allocated = NULL;
  const char *piece = buffer;
  PangoLayout *layout;

  if (length < sizeof buffer)
    {
      memcpy (buffer, start, length);
      buffer[length] = '\0';
    }
  else
    {
      piece = allocated = g_strndup (start, length);
    }

  layout = g_hash_table_lookup (self->pieces, piece);
  if (layout != NULL)
    return layout;

  if (g_hash_table_size (self->pieces) >= MAX_PIECES)
    g_hash_table_remove_all (self->pieces);
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), piece);
  self->pieces_shaped++;
  g_hash_table_insert (self->pieces, g_strdup (piece), layout);

  return layout;
}

typedef enum { PIECE_SPACE, PIECE_DIGITS, PIECE_OTHER } PieceKind;

static PieceKind
kind_of (gunichar c)
{
  if (g_unichar_isspace (c))
    return PIECE_SPACE;
  return g_unichar_isdigit (c) ? PIECE_DIGITS : PIECE_OTHER;
}

/* Calls @func with each piece's layout and where it starts, in pixels
 * from the text's start; returns the text's width. */
typedef void (*PieceFunc) (PangoLayout *layout, double x, gpointer data);

static double
for_each_piece (KwaWordLabel *self,
                PieceFunc     func,
                gpointer      data)
{
  const char *p = self->text != NULL ? self->text : "";
  double x = 0;

  while (*p != '\0')
    {
      PieceKind kind = kind_of (g_utf8_get_char (p));
      const char *end = g_utf8_next_char (p);
      PangoLayout *layout;
      int width;

      while (*end != '\0' && kind_of (g_utf8_get_char (end)) == kind)
        end = g_utf8_next_char (end);

      layout = piece_layout (self, p, end - p);
      if (func != NULL && kind != PIECE_SPACE)
        func (layout, x, data);
      pango_layout_get_size (layout, &width, NULL);
      x += (double) width / PANGO_SCALE;
      p = end;
    }

  return x;
}

static int
line_height (KwaWordLabel *self)
{
  int height;

  pango_layout_get_pixel_size (piece_layout (self, "0", 1), NULL, &height);
  return height;
}

/* ---- GtkWidget -------------------------------------------------------- */

static void
kwa_word_label_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  KwaWordLabel *self = KWA_WORD_LABEL (widget);

  if (orientation == GTK_ORIENTATION_VERTICAL)
    *minimum = *natural = line_height (self);
  else if (self->width > 0)
    *minimum = *natural = self->width;
  else
    *minimum = *natural = (int) ceil (for_each_piece (self, NULL, NULL));
}

typedef struct
{
  GtkSnapshot *snapshot;
  GdkRGBA      color;
  double       y;
} Drawing;

static void
append_piece (PangoLayout *layout,
              double       x,
              gpointer     data)
{
  Drawing *drawing = data;

  gtk_snapshot_save (drawing->snapshot);
  gtk_snapshot_translate (drawing->snapshot, &GRAPHENE_POINT_INIT (round (x), drawing->y));
  gtk_snapshot_append_layout (drawing->snapshot, layout, &drawing->color);
  gtk_snapshot_restore (drawing->snapshot);
}

static void
kwa_word_label_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  KwaWordLabel *self = KWA_WORD_LABEL (widget);
  Drawing drawing = { snapshot };

  if (self->text == NULL || *self->text == '\0')
    return;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &drawing.color);
G_GNUC_END_IGNORE_DEPRECATIONS
  drawing.y = round ((gtk_widget_get_height (widget) - line_height (self)) / 2.0);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                         gtk_widget_get_height (widget)));
  for_each_piece (self, append_piece, &drawing);
  gtk_snapshot_pop (snapshot);
}

/* A new font, size or scale: every piece is shaped anew. */
static void
kwa_word_label_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  KwaWordLabel *self = KWA_WORD_LABEL (widget);

  GTK_WIDGET_CLASS (kwa_word_label_parent_class)->css_changed (widget, change);

  g_hash_table_remove_all (self->pieces);
  gtk_widget_queue_resize (widget);
}

static void
kwa_word_label_finalize (GObject *object)
{
  KwaWordLabel *self = KWA_WORD_LABEL (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->pieces, g_hash_table_unref);

  G_OBJECT_CLASS (kwa_word_label_parent_class)->finalize (object);
}

static void
kwa_word_label_class_init (KwaWordLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kwa_word_label_finalize;

  widget_class->measure = kwa_word_label_measure;
  widget_class->snapshot = kwa_word_label_snapshot;
  widget_class->css_changed = kwa_word_label_css_changed;

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
kwa_word_label_init (KwaWordLabel *self)
{
  self->pieces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/* ---- public API ------------------------------------------------------- */

GtkWidget *
kwa_word_label_new (void)
{
  return g_object_new (KWA_TYPE_WORD_LABEL, NULL);
}

/**
 * kwa_word_label_set_text:
 *
 * Shows @text, and tells screen readers; redraws, and lays the window out
 * again only when no width is set.
 */
void
kwa_word_label_set_text (KwaWordLabel *self,
                         const char   *text)
{
  g_return_if_fail (KWA_IS_WORD_LABEL (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text != NULL ? text : "", -1);
  if (self->width > 0)
    gtk_widget_queue_draw (GTK_WIDGET (self));
  else
    gtk_widget_queue_resize (GTK_WIDGET (self));
}

const char *
kwa_word_label_get_text (KwaWordLabel *self)
{
  g_return_val_if_fail (KWA_IS_WORD_LABEL (self), NULL);

  return self->text != NULL ? self->text : "";
}

/**
 * kwa_word_label_set_width:
 * @width: in pixels, room for the widest text to be shown; 0 for each
 *   text's own width
 */
void
kwa_word_label_set_width (KwaWordLabel *self,
                          int           width)
{
  g_return_if_fail (KWA_IS_WORD_LABEL (self));

  if (self->width == MAX (width, 0))
    return;

  self->width = MAX (width, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* For tests: how many pieces it has shaped since it was made. */
guint
kwa_word_label_get_pieces_shaped (KwaWordLabel *self)
{
  g_return_val_if_fail (KWA_IS_WORD_LABEL (self), 0);

  return self->pieces_shaped;
}
