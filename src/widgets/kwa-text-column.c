/* kwa-text-column.c: a column of text, as tall as its width makes it
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-text-column"

#include "config.h"

#include "kwa-text-column.h"

/* A side panel's column of text (a vertical box of wrapped labels) is as
 * wide as the panel and as tall as its text: its height follows from its
 * width, never the other way. Yet when a GtkStack allocates such a box as
 * its page, GTK 4.8 asks the box how wide it must be for its height, and
 * the box answers by a binary search over widths, asking every label its
 * height at each one: each label lays its whole text out again (shapes it
 * again) at each step. A new event in the Event panel laid its
 * 700-character body out 17-30 times, a 37-59 ms frame once every two
 * seconds of a playing timeline (measured 2026-12-06, 1080p, cairo
 * renderer).
 *
 * This holds the column and answers the width questions with the
 * column's widths for no height in particular, which GTK keeps between
 * frames; the labels are then laid out at the width they are given, once
 * or twice each. The child stays itself for everything else (selection,
 * accessibility, style): this is an AdwBin, sized by its own measure
 * instead of its bin layout. */

struct _KwaTextColumn
{
  AdwBin     parent_instance;

  GtkWidget *watched;  /* the child whose visibility this follows */
};

G_DEFINE_FINAL_TYPE (KwaTextColumn, kwa_text_column, ADW_TYPE_BIN)

/* A hidden column takes no room, nor the spacing around it: the box is
 * shown as its child is. */
static void
child_visible_cb (KwaTextColumn *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), gtk_widget_get_visible (self->watched));
}

static void
stop_watching (KwaTextColumn *self)
{
  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_func (self->watched, child_visible_cb, self);
  self->watched = NULL;
}

static void
child_changed_cb (KwaTextColumn *self)
{
  stop_watching (self);
  self->watched = adw_bin_get_child (ADW_BIN (self));
  if (self->watched != NULL)
    {
      g_signal_connect_swapped (self->watched, "notify::visible", G_CALLBACK (child_visible_cb), self);
      child_visible_cb (self);
    }
}

static GtkSizeRequestMode
kwa_text_column_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kwa_text_column_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  *minimum = *natural = 0;
  if (child == NULL || !gtk_widget_get_visible (child))
    return;

  /* Widths for any height are the widths for none (see above). */
  gtk_widget_measure (child, orientation, orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
kwa_text_column_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL && gtk_widget_get_visible (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
kwa_text_column_dispose (GObject *object)
{
  stop_watching (KWA_TEXT_COLUMN (object));

  G_OBJECT_CLASS (kwa_text_column_parent_class)->dispose (object);
}

static void
kwa_text_column_class_init (KwaTextColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_text_column_dispose;
  widget_class->get_request_mode = kwa_text_column_get_request_mode;
  widget_class->measure = kwa_text_column_measure;
  widget_class->size_allocate = kwa_text_column_size_allocate;

  /* Screen readers read the labels inside; the box is no more than that. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
kwa_text_column_init (KwaTextColumn *self)
{
  /* GTK measures and allocates a widget through its layout manager when
   * it has one, and AdwBin's is a bin layout: this one measures itself. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  g_signal_connect (self, "notify::child", G_CALLBACK (child_changed_cb), NULL);
}

/**
 * kwa_text_column_new:
 * @child: (transfer floating) (nullable): a column of wrapped labels
 */
GtkWidget *
kwa_text_column_new (GtkWidget *child)
{
  g_return_val_if_fail (child == NULL || GTK_IS_WIDGET (child), NULL);

  return g_object_new (KWA_TYPE_TEXT_COLUMN, "child", child, NULL);
}
