/* test-text-column.c: a column of text is laid out at its width, once
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <math.h>

#include "kwa-text-column.h"

/* A stand-in for a wrapped label: as tall as its width makes it (a
 * thousand pixels of text a line), and it notes each width it is asked
 * its height for, as a label lays its text out again for each. */
#define PROBE_TYPE (probe_get_type ())
G_DECLARE_FINAL_TYPE (Probe, probe, PROBE, WIDGET, GtkWidget)

struct _Probe
{
  GtkWidget   parent_instance;
  GHashTable *widths;
};

G_DEFINE_FINAL_TYPE (Probe, probe, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
probe_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
probe_measure (GtkWidget      *widget,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural,
               int            *minimum_baseline,
               int            *natural_baseline)
{
  Probe *self = PROBE_WIDGET (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      if (for_size >= 0)
        g_hash_table_add (self->widths, GINT_TO_POINTER (-for_size - 1));   /* a width for a height */
      *minimum = 80;
      *natural = 1000;
      return;
    }

  g_hash_table_add (self->widths, GINT_TO_POINTER (for_size));
  *minimum = *natural = 20 * (int) ceil (1000.0 / MAX (for_size < 0 ? 1000 : for_size, 80));
}

static void
probe_finalize (GObject *object)
{
  g_hash_table_unref (PROBE_WIDGET (object)->widths);
  G_OBJECT_CLASS (probe_parent_class)->finalize (object);
}

static void
probe_class_init (ProbeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = probe_finalize;
  GTK_WIDGET_CLASS (klass)->get_request_mode = probe_get_request_mode;
  GTK_WIDGET_CLASS (klass)->measure = probe_measure;
}

static void
probe_init (Probe *self)
{
  self->widths = g_hash_table_new (NULL, NULL);
}

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

/* A panel's page: a stack in a 360-pixel-wide window, showing a vertical
 * box of a text, in a text column or not. Returns how many widths the
 * text was asked its height for (or its width for a height) when the
 * text changed. */
static guint
widths_asked_after_a_change (gboolean in_column)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *probe = g_object_new (PROBE_TYPE, NULL);
  gboolean painted = FALSE;
  gulong handler;
  guint asked;

  gtk_box_append (GTK_BOX (box), gtk_label_new ("Latest event"));
  gtk_box_append (GTK_BOX (box), probe);
  gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);
  gtk_stack_add_named (GTK_STACK (stack), in_column ? kwa_text_column_new (box) : box, "event");
  gtk_window_set_child (GTK_WINDOW (window), stack);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 600);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (probe) == 0)
    g_main_context_iteration (NULL, TRUE);

  /* A new text: the box is measured and allocated again. */
  g_hash_table_remove_all (PROBE_WIDGET (probe)->widths);
  handler = g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_widget_queue_resize (probe);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), handler);
  asked = g_hash_table_size (PROBE_WIDGET (probe)->widths);

  gtk_window_destroy (GTK_WINDOW (window));
  return asked;
}

static void
test_laid_out_at_its_width (void)
{
  guint bare = widths_asked_after_a_change (FALSE);
  guint column = widths_asked_after_a_change (TRUE);

  g_test_message ("widths asked: %u in a bare box, %u in a text column", bare, column);
  /* Without the column, GTK 4.8 searches for the box's width at its height,
   * asking the text at each step (18 widths). In the column the text is
   * asked its height at the width it is given, at the window's narrowest,
   * and for no width in particular: three. */
  g_assert_cmpuint (bare, >=, 10);
  g_assert_cmpuint (column, <=, 3);
}

/* A hidden column takes no room: it is shown as its child is. */
static void
test_follows_child_visibility (void)
{
  GtkWidget *label = gtk_label_new ("Body");
  GtkWidget *column = g_object_ref_sink (kwa_text_column_new (label));

  g_assert_true (adw_bin_get_child (ADW_BIN (column)) == label);
  gtk_widget_set_visible (label, FALSE);
  g_assert_false (gtk_widget_get_visible (column));
  gtk_widget_set_visible (label, TRUE);
  g_assert_true (gtk_widget_get_visible (column));
  g_object_unref (column);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-column/laid-out-at-its-width", test_laid_out_at_its_width);
  g_test_add_func ("/text-column/follows-child-visibility", test_follows_child_visibility);

  return g_test_run ();
}
