/* kwa-kiosk-stage.c: the map and the kiosk's caption side by side
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk"

#include "config.h"

#include "kwa-kiosk-caption.h"
#include "kwa-kiosk-stage.h"

/* The map gives up room to the caption rather than having it laid on top,
 * so that every stop is framed in what is actually seen (the map view
 * frames in its own size). Which side the caption takes follows the
 * stage's own shape, not the monitor's, so a window of any shape gets it
 * right:
 *
 *  - landscape: a column on the left. The peninsula is tall; a band across
 *    the bottom would take the height it needs (at 1920x1080 it halved the
 *    map's height), while the width a column takes it can spare;
 *  - portrait: a band across the bottom, where width is what is short.
 *
 * The caption's revealer slides the column or band shut when a visitor
 * takes over, and the map grows back. */

#define COLUMN_FRACTION  0.30   /* of the stage's width, in landscape */
#define COLUMN_MIN     300
#define COLUMN_MAX     620
#define BAND_FRACTION    0.38   /* of the stage's height, in portrait, at least */

struct _KwaKioskStage
{
  GtkWidget    parent_instance;

  GtkWidget   *map;        /* both borrowed: they are our children */
  GtkRevealer *caption;
  gboolean     landscape;
};

G_DEFINE_FINAL_TYPE (KwaKioskStage, kwa_kiosk_stage, GTK_TYPE_WIDGET)


static gboolean
is_landscape (int width,
              int height)
{
  return width >= height;
}

static int
column_width (int stage_width)
{
  return CLAMP ((int) (stage_width * COLUMN_FRACTION), COLUMN_MIN, MIN (COLUMN_MAX, stage_width / 2));
}

/* The revealer slides towards the map: left to right shut in a column,
 * down in a band. */
static void
set_landscape (KwaKioskStage *self,
               gboolean       landscape)
{
  GtkWidget *text = gtk_revealer_get_child (self->caption);

  if (self->landscape == landscape)
    return;

  self->landscape = landscape;
  gtk_revealer_set_transition_type (self->caption, landscape ? GTK_REVEALER_TRANSITION_TYPE_SLIDE_RIGHT
                                                             : GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);
  /* In a column the words sit in the middle of its height, a size
   * smaller (style.css), so a long title does not take five lines. */
  if (text != NULL)
    gtk_widget_set_valign (text, landscape ? GTK_ALIGN_CENTER : GTK_ALIGN_FILL);
  /* The legend one entry a line in a column, three across a band. */
  if (KWA_IS_KIOSK_CAPTION (text))
    kwa_map_key_set_columns (kwa_kiosk_caption_get_map_key (KWA_KIOSK_CAPTION (text)), landscape ? 1 : 3);
  if (landscape)
    gtk_widget_add_css_class (GTK_WIDGET (self->caption), "column");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->caption), "column");
}

/* One height for the band whatever the stop: see
 * kwa_kiosk_caption_set_least_height(). The revealer still slides it from
 * and to nothing. */
static void
set_band_height (KwaKioskStage *self,
                 int            height)
{
  GtkWidget *text = gtk_revealer_get_child (self->caption);

  if (KWA_IS_KIOSK_CAPTION (text))
    kwa_kiosk_caption_set_least_height (KWA_KIOSK_CAPTION (text), height);
}

static void
child_revealed_cb (KwaKioskStage *self)
{
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
kwa_kiosk_stage_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  KwaKioskStage *self = KWA_KIOSK_STAGE (widget);

  *minimum = *natural = 0;
  if (self->map == NULL)
    return;

  /* The map asks for little; the stage fills what the window gives. */
  gtk_widget_measure (self->map, orientation, -1, minimum, natural, NULL, NULL);
}

static void
kwa_kiosk_stage_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  KwaKioskStage *self = KWA_KIOSK_STAGE (widget);
  GtkWidget *caption = GTK_WIDGET (self->caption);
  int caption_size = 0;

  if (self->map == NULL || self->caption == NULL)
    return;

  set_landscape (self, is_landscape (width, height));
  set_band_height (self, self->landscape ? 0 : (int) (height * BAND_FRACTION));

  if (self->landscape)
    {
      /* The column stays whole while it slides shut (the revealer clips
       * its child), and the map takes the room back once it has. */
      if (gtk_revealer_get_reveal_child (self->caption) || gtk_revealer_get_child_revealed (self->caption))
        caption_size = column_width (width);
      gtk_widget_size_allocate (caption, &(GtkAllocation) { 0, 0, caption_size, height }, -1);
      gtk_widget_size_allocate (self->map, &(GtkAllocation) { caption_size, 0, width - caption_size, height }, -1);
    }
  else
    {
      gtk_widget_measure (caption, GTK_ORIENTATION_VERTICAL, width, NULL, &caption_size, NULL, NULL);
      caption_size = MIN (caption_size, height / 2);
      gtk_widget_size_allocate (self->map, &(GtkAllocation) { 0, 0, width, height - caption_size }, -1);
      gtk_widget_size_allocate (caption, &(GtkAllocation) { 0, height - caption_size, width, caption_size }, -1);
    }
}

static void
kwa_kiosk_stage_dispose (GObject *object)
{
  kwa_kiosk_stage_release (KWA_KIOSK_STAGE (object));

  G_OBJECT_CLASS (kwa_kiosk_stage_parent_class)->dispose (object);
}

static void
kwa_kiosk_stage_class_init (KwaKioskStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_kiosk_stage_dispose;

  widget_class->measure = kwa_kiosk_stage_measure;
  widget_class->size_allocate = kwa_kiosk_stage_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "kioskstage");
}

static void
kwa_kiosk_stage_init (KwaKioskStage *self)
{
}

/**
 * kwa_kiosk_stage_new:
 * @map: the map view, without a parent
 * @caption: the caption's revealer, without a parent
 */
GtkWidget *
kwa_kiosk_stage_new (GtkWidget   *map,
                     GtkRevealer *caption)
{
  KwaKioskStage *self = g_object_new (KWA_TYPE_KIOSK_STAGE, NULL);

  g_return_val_if_fail (gtk_widget_get_parent (map) == NULL, NULL);
  g_return_val_if_fail (gtk_widget_get_parent (GTK_WIDGET (caption)) == NULL, NULL);

  self->map = map;
  self->caption = caption;
  self->landscape = FALSE;
  set_landscape (self, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (caption), "kiosk-caption-band");
  g_signal_connect_object (caption, "notify::child-revealed", G_CALLBACK (child_revealed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_parent (GTK_WIDGET (caption), GTK_WIDGET (self));
  gtk_widget_set_parent (map, GTK_WIDGET (self));

  return GTK_WIDGET (self);
}

/* Lets go of the caption, which the kiosk's overlay keeps. */
void
kwa_kiosk_stage_release_caption (KwaKioskStage *self)
{
  g_return_if_fail (KWA_IS_KIOSK_STAGE (self));

  if (self->caption != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->caption, child_revealed_cb, self);
      gtk_widget_remove_css_class (GTK_WIDGET (self->caption), "kiosk-caption-band");
      gtk_widget_remove_css_class (GTK_WIDGET (self->caption), "column");
      gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->caption)));
    }
}

/* Lets go of both children, so they can go back where they came from. */
void
kwa_kiosk_stage_release (KwaKioskStage *self)
{
  g_return_if_fail (KWA_IS_KIOSK_STAGE (self));

  kwa_kiosk_stage_release_caption (self);
  if (self->map != NULL)
    gtk_widget_unparent (g_steal_pointer (&self->map));
}
