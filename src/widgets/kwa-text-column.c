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
 * height at each one:
 * each label lays its whole text out again (shapes it again) at each
 * step. A new event in the Event panel laid its 700-character body out
 * 17-30 times, a 37-59 ms frame once every two seconds of a playing
 * timeline (measured 2026-12-06, 1080p, cairo renderer).
 *
 * This holds the column and answers the width questions with the
 * column's widths for no height in particular, which GTK keeps between
 * frames; the labels are then laid out at the width they are given, once
 * or twice each. The child stays itself for everything else (selection,
 * accessibility, style): this is only a box around it. */

struct _KwaTextColumn
{
  GtkWidget  parent_instance;

  GtkWidget *child;
};

static void kwa_text_column_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KwaTextColumn, kwa_text_column, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, kwa_text_column_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

/* A hidden column takes no room, nor the spacing around it: the box is
 * shown as its child is. */
static void
child_visible_cb (KwaTextColumn *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), gtk_widget_get_visible (self->child));
}

static void
set_child (KwaTextColumn *self,
           GtkWidget     *child)
{
  if (self->child != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->child, child_visible_cb, self);
      g_clear_pointer (&self->child, gtk_widget_unparent);
    }
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
      g_signal_connect_swapped (child, "notify::visible", G_CALLBACK (child_visible_cb), self);
      child_visible_cb (self);
    }
}

static void
kwa_text_column_buildable_add_child (GtkBuildable *buildable,
                                     GtkBuilder   *builder,
                                     GObject      *child,
                                     const char   *type)
{
  if (GTK_IS_WIDGET (child) && type == NULL)
    set_child (KWA_TEXT_COLUMN (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
kwa_text_column_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = kwa_text_column_buildable_add_child;
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
  KwaTextColumn *self = KWA_TEXT_COLUMN (widget);

  *minimum = *natural = 0;
  if (self->child == NULL || !gtk_widget_get_visible (self->child))
    return;

  /* Widths for any height are the widths for none (see above). */
  gtk_widget_measure (self->child, orientation, orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
kwa_text_column_compute_expand (GtkWidget *widget,
                                gboolean  *hexpand,
                                gboolean  *vexpand)
{
  KwaTextColumn *self = KWA_TEXT_COLUMN (widget);

  *hexpand = self->child != NULL && gtk_widget_compute_expand (self->child, GTK_ORIENTATION_HORIZONTAL);
  *vexpand = self->child != NULL && gtk_widget_compute_expand (self->child, GTK_ORIENTATION_VERTICAL);
}

static void
kwa_text_column_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  KwaTextColumn *self = KWA_TEXT_COLUMN (widget);

  if (self->child != NULL && gtk_widget_get_visible (self->child))
    gtk_widget_allocate (self->child, width, height, baseline, NULL);
}

static void
kwa_text_column_dispose (GObject *object)
{
  KwaTextColumn *self = KWA_TEXT_COLUMN (object);

  set_child (self, NULL);

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
  widget_class->compute_expand = kwa_text_column_compute_expand;

  /* Screen readers read the labels inside; the box is no more than that. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
kwa_text_column_init (KwaTextColumn *self)
{
}

/**
 * kwa_text_column_new:
 * @child: (transfer floating) (nullable): a column of wrapped labels
 */
GtkWidget *
kwa_text_column_new (GtkWidget *child)
{
  KwaTextColumn *self = g_object_new (KWA_TYPE_TEXT_COLUMN, NULL);

  g_return_val_if_fail (child == NULL || GTK_IS_WIDGET (child), GTK_WIDGET (self));

  set_child (self, child);
  return GTK_WIDGET (self);
}

GtkWidget *
kwa_text_column_get_child (KwaTextColumn *self)
{
  g_return_val_if_fail (KWA_IS_TEXT_COLUMN (self), NULL);

  return self->child;
}
