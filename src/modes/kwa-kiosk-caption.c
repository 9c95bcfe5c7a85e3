/* kwa-kiosk-caption.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk-caption"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "kwa-i18n.h"
#include "kwa-kiosk-caption.h"
#include "kwa-media-gallery.h"
#include "kwa-label-text.h"
#include "kwa-map-key.h"

/* What the kiosk says while nobody is using it: the story's current stop
 * in large type across the bottom of the map, and above it an invitation
 * to touch that breathes gently so the eye finds it from across a room.
 *
 * The caption never takes input: a touch on it reaches the map below.
 * One stop fades out and the next fades in, in the same labels, so an
 * exhibit running for months stays the same size. With less motion asked
 * for, the text changes at once and the invitation keeps still. */

/* Between the invitation, the stop's words and the map key. */
#define SPACING           14
/* The stop's picture at most this wide (3:2, so 280 px high). */
#define PICTURE_MAX_WIDTH 420

/* One breath of the invitation, and how faint it gets. */
#define PULSE_PERIOD_US   (2400 * G_TIME_SPAN_MILLISECOND)
#define PULSE_MIN_OPACITY 0.55
/* Each half of the change from one stop to the next. */
#define FADE_MS           300

struct _KwaKioskCaption
{
  GtkWidget     parent_instance;

  /* Template widgets */
  GtkWidget    *invitation;
  GtkWidget    *card;
  GtkLabel     *title_label;
  GtkLabel     *narration_label;
  GtkWidget    *map_key;     /* below the stop's words, not from the template */
  GtkWidget    *gallery;     /* the stop's picture, above its words … */
  GtkWidget    *picture_clamp;  /* … no wider than this allows */

  /* Borrowed, while mapped */
  GtkSettings  *settings;

  /* Owned */
  AdwAnimation *fade_out;
  AdwAnimation *fade_in;
  char         *title;       /* what the caption says, or is fading to */
  char         *narration;
  gsize         spoken_start;  /* the sentence a voice is reading: bytes of narration */
  gsize         spoken_end;
  KwaMapDocument *media_document;   /* holds the exhibit whose media these are */
  const KwaMedia *media;            /* the stop's, shown with its words */
  guint           n_media;
  KwaLanguage     media_language;
  int             least_height;     /* see kwa_kiosk_caption_set_least_height() */

  guint         pulse_tick_id;
};

G_DEFINE_FINAL_TYPE (KwaKioskCaption, kwa_kiosk_caption, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MAP_KEY_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- the text --------------------------------------------------------- */

/* Korean breaks between its spaced words, Japanese and Chinese between
 * characters (where the line-breaking rules allow), as each is printed:
 * see kwa-label-text.c. */
static void
set_label (GtkLabel   *label,
           const char *text)
{
  kwa_label_set_text_wrapped (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

/* The sentence a voice is reading, marked as captions are: a band behind
 * it, in the accent colour, that leaves the letters as they were (their
 * contrast, their line breaks). */
#define SPOKEN_RED   0x3584
#define SPOKEN_GREEN 0x8400
#define SPOKEN_BLUE  0xe400
#define SPOKEN_ALPHA 0x6000

static gboolean
is_spoken_mark (PangoAttribute *attribute,
                gpointer        user_data)
{
  return attribute->klass->type == PANGO_ATTR_BACKGROUND || attribute->klass->type == PANGO_ATTR_BACKGROUND_ALPHA;
}

static void
mark_spoken (KwaKioskCaption *self)
{
  PangoAttrList *current = gtk_label_get_attributes (self->narration_label);
  g_autoptr(PangoAttrList) attributes = current ? pango_attr_list_copy (current) : pango_attr_list_new ();
  PangoAttrList *removed = pango_attr_list_filter (attributes, is_spoken_mark, NULL);
  gboolean shown = self->narration != NULL && g_str_equal (gtk_label_get_label (self->narration_label), self->narration);

  g_clear_pointer (&removed, pango_attr_list_unref);
  if (shown && self->spoken_end > self->spoken_start && self->spoken_end <= strlen (self->narration))
    {
      PangoAttribute *band = pango_attr_background_new (SPOKEN_RED, SPOKEN_GREEN, SPOKEN_BLUE);
      PangoAttribute *alpha = pango_attr_background_alpha_new (SPOKEN_ALPHA);

      band->start_index = alpha->start_index = (guint) self->spoken_start;
      band->end_index = alpha->end_index = (guint) self->spoken_end;
      pango_attr_list_insert (attributes, band);
      pango_attr_list_insert (attributes, alpha);
    }
  gtk_label_set_attributes (self->narration_label, attributes);
}

static void
fade_out_done_cb (KwaKioskCaption *self)
{
  set_label (self->title_label, self->title);
  set_label (self->narration_label, self->narration);
  mark_spoken (self);
  kwa_media_gallery_set_document (KWA_MEDIA_GALLERY (self->gallery), self->media_document);
  kwa_media_gallery_set_media (KWA_MEDIA_GALLERY (self->gallery), self->media, self->n_media, self->media_language);
  adw_animation_play (self->fade_in);
}

/* The picture fades with the words it belongs to. */
static void
card_opacity_cb (double   value,
                 gpointer user_data)
{
  KwaKioskCaption *self = user_data;

  gtk_widget_set_opacity (self->card, value);
  gtk_widget_set_opacity (self->picture_clamp, value);
}

/* ---- layout ------------------------------------------------------------ */

/* The invitation, the stop's picture, its words and the map key, stacked
 * in the middle of the height. The key comes last and goes first: where
 * they do not all fit (a long stop in a short column), it is left out and
 * the map shows its own legend instead; then the picture; never the
 * words. */
static void
kwa_kiosk_caption_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  KwaKioskCaption *self = KWA_KIOSK_CAPTION (widget);
  GtkWidget *children[] = { self->invitation, self->picture_clamp, self->card, self->map_key };

  *minimum = *natural = 0;
  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      int child_min, child_nat;

      if (children[i] == NULL || !gtk_widget_get_visible (children[i]))
        continue;
      gtk_widget_measure (children[i], orientation, for_size, &child_min, &child_nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else
        {
          int gap = *natural > 0 ? SPACING : 0;

          /* The key and the picture are never needed: they are left out
           * where they do not fit. */
          if (children[i] != self->map_key && children[i] != self->picture_clamp)
            *minimum += gap + child_min;
          *natural += gap + child_nat;
        }
    }
  if (orientation == GTK_ORIENTATION_VERTICAL)
    *natural = MAX (*natural, self->least_height);
}

/* Its words wrap, so its height depends on its width. Without saying so,
 * GTK measures its height for no width in particular (the key one entry a
 * line, the words at their narrowest), and a band below the map took half
 * a portrait screen for a third's worth of words. */
static GtkSizeRequestMode
kwa_kiosk_caption_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kwa_kiosk_caption_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  KwaKioskCaption *self = KWA_KIOSK_CAPTION (widget);
  GtkWidget *children[] = { self->invitation, self->picture_clamp, self->card, self->map_key };
  int heights[G_N_ELEMENTS (children)] = { 0 };
  int total = 0, y;
  gboolean key_fits, picture_fits;

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    if (children[i] != NULL && gtk_widget_get_visible (children[i]))
      {
        gtk_widget_measure (children[i], GTK_ORIENTATION_VERTICAL, width, NULL, &heights[i], NULL, NULL);
        total += (total > 0 ? SPACING : 0) + heights[i];
      }

  key_fits = total <= height;
  if (!key_fits && heights[3] > 0)
    {
      g_debug ("No room for the map key: %d px of %d (%d for the key) at %d px wide",
               total, height, heights[3], width);
      total -= heights[3] + SPACING;
    }
  picture_fits = total <= height;
  if (!picture_fits && heights[1] > 0)
    {
      g_debug ("No room for the stop's picture: %d px of %d (%d for the picture)", total, height, heights[1]);
      total -= heights[1] + SPACING;
    }
  gtk_widget_set_child_visible (self->picture_clamp, picture_fits);
  if (gtk_widget_get_child_visible (self->map_key) != key_fits)
    {
      gtk_widget_set_child_visible (self->map_key, key_fits);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAP_KEY_SHOWN]);
    }

  y = MAX (0, (height - total) / 2);
  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      if (children[i] == NULL || !gtk_widget_get_visible (children[i]) || !gtk_widget_get_child_visible (children[i]))
        continue;
      gtk_widget_size_allocate (children[i], &(GtkAllocation) { 0, y, width, heights[i] }, -1);
      y += heights[i] + SPACING;
    }
}

/**
 * kwa_kiosk_caption_set_least_height:
 * @height: in pixels; 0 for none
 *
 * The height the caption asks for at least, its words in the middle: a
 * band below the map of one height whatever the stop says, so that the
 * map does not change size (and reframe, and rasterise its basemap again)
 * at every stop. A stop too long for it still gets the height it needs.
 */
void
kwa_kiosk_caption_set_least_height (KwaKioskCaption *self,
                                    int              height)
{
  g_return_if_fail (KWA_IS_KIOSK_CAPTION (self));

  height = MAX (height, 0);
  if (self->least_height == height)
    return;
  self->least_height = height;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * kwa_kiosk_caption_get_map_key_shown:
 *
 * Returns: whether the map key had room at the last layout
 */
gboolean
kwa_kiosk_caption_get_map_key_shown (KwaKioskCaption *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_CAPTION (self), FALSE);
  return gtk_widget_get_visible (self->map_key) && gtk_widget_get_child_visible (self->map_key);
}

/* ---- the invitation's pulse ------------------------------------------ */

static gboolean
pulse_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double phase = (double) (now % PULSE_PERIOD_US) / PULSE_PERIOD_US;
  double breath = 0.5 + 0.5 * cos (2 * G_PI * phase);

  gtk_widget_set_opacity (widget, PULSE_MIN_OPACITY + (1 - PULSE_MIN_OPACITY) * breath);

  return G_SOURCE_CONTINUE;
}

static void
update_pulse (KwaKioskCaption *self)
{
  gboolean pulse = gtk_widget_get_mapped (GTK_WIDGET (self)) &&
                   adw_get_enable_animations (GTK_WIDGET (self));

  if (pulse && self->pulse_tick_id == 0)
    {
      self->pulse_tick_id = gtk_widget_add_tick_callback (self->invitation, pulse_tick_cb, NULL, NULL);
    }
  else if (!pulse && self->pulse_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (self->invitation, self->pulse_tick_id);
      self->pulse_tick_id = 0;
      gtk_widget_set_opacity (self->invitation, 1.0);
    }
}

static void
kwa_kiosk_caption_map (GtkWidget *widget)
{
  KwaKioskCaption *self = KWA_KIOSK_CAPTION (widget);

  GTK_WIDGET_CLASS (kwa_kiosk_caption_parent_class)->map (widget);

  /* Reduced motion can be asked for at any moment, not only at start. */
  self->settings = gtk_widget_get_settings (widget);
  g_signal_connect_object (self->settings, "notify::gtk-enable-animations",
                           G_CALLBACK (update_pulse), self, G_CONNECT_SWAPPED);
  update_pulse (self);
}

static void
kwa_kiosk_caption_unmap (GtkWidget *widget)
{
  KwaKioskCaption *self = KWA_KIOSK_CAPTION (widget);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, update_pulse, self);
  self->settings = NULL;

  GTK_WIDGET_CLASS (kwa_kiosk_caption_parent_class)->unmap (widget);

  update_pulse (self);
}

/* ---- GObject ---------------------------------------------------------- */

static void
kwa_kiosk_caption_dispose (GObject *object)
{
  KwaKioskCaption *self = KWA_KIOSK_CAPTION (object);

  if (self->pulse_tick_id != 0 && self->invitation != NULL)
    gtk_widget_remove_tick_callback (self->invitation, self->pulse_tick_id);
  self->pulse_tick_id = 0;
  g_clear_object (&self->fade_out);
  g_clear_object (&self->fade_in);

  g_clear_pointer (&self->map_key, gtk_widget_unparent);
  self->gallery = NULL;
  g_clear_pointer (&self->picture_clamp, gtk_widget_unparent);
  g_clear_object (&self->media_document);
  self->media = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), KWA_TYPE_KIOSK_CAPTION);

  G_OBJECT_CLASS (kwa_kiosk_caption_parent_class)->dispose (object);
}

static void
kwa_kiosk_caption_finalize (GObject *object)
{
  KwaKioskCaption *self = KWA_KIOSK_CAPTION (object);

  g_free (self->title);
  g_free (self->narration);

  G_OBJECT_CLASS (kwa_kiosk_caption_parent_class)->finalize (object);
}

static void
kwa_kiosk_caption_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KwaKioskCaption *self = KWA_KIOSK_CAPTION (object);

  switch (prop_id)
    {
    case PROP_MAP_KEY_SHOWN:
      g_value_set_boolean (value, kwa_kiosk_caption_get_map_key_shown (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_kiosk_caption_class_init (KwaKioskCaptionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_kiosk_caption_dispose;
  object_class->finalize = kwa_kiosk_caption_finalize;
  object_class->get_property = kwa_kiosk_caption_get_property;

  /**
   * KwaKioskCaption:map-key-shown:
   *
   * Whether the map key had room below the stop's words; where it has
   * not, the map should show its own legend.
   */
  properties[PROP_MAP_KEY_SHOWN] =
    g_param_spec_boolean ("map-key-shown", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->map = kwa_kiosk_caption_map;
  widget_class->get_request_mode = kwa_kiosk_caption_get_request_mode;
  widget_class->measure = kwa_kiosk_caption_measure;
  widget_class->size_allocate = kwa_kiosk_caption_size_allocate;
  widget_class->unmap = kwa_kiosk_caption_unmap;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/kwa-kiosk-caption.ui");
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCaption, invitation);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCaption, card);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCaption, title_label);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCaption, narration_label);

  gtk_widget_class_set_css_name (widget_class, "kioskcaption");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
}

static void
kwa_kiosk_caption_init (KwaKioskCaption *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* What the map's colours and lines mean, in the caption's large type:
   * on the map, at a size the room could read, it would hide the land. */
  self->map_key = kwa_map_key_new ();
  gtk_widget_set_halign (self->map_key, GTK_ALIGN_CENTER);
  gtk_widget_insert_before (self->map_key, GTK_WIDGET (self), NULL);

  /* The stop's picture, with its caption and credit; no window opens
   * over the kiosk from it. */
  self->gallery = kwa_media_gallery_new ();
  kwa_media_gallery_set_can_enlarge (KWA_MEDIA_GALLERY (self->gallery), FALSE);
  kwa_media_gallery_set_plays_media (KWA_MEDIA_GALLERY (self->gallery), FALSE);
  /* A picture as wide as a band would push the words off it. */
  self->picture_clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (self->picture_clamp), PICTURE_MAX_WIDTH);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (self->picture_clamp), PICTURE_MAX_WIDTH);
  adw_clamp_set_child (ADW_CLAMP (self->picture_clamp), self->gallery);
  gtk_widget_insert_before (self->picture_clamp, GTK_WIDGET (self), self->card);

  /* AdwAnimation jumps to its end when animations are off or the caption
   * is hidden, so the text still changes, at once. */
  self->fade_out = adw_timed_animation_new (self->card, 1, 0, FADE_MS,
                                            adw_callback_animation_target_new (card_opacity_cb, self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->fade_out), ADW_EASE_IN_CUBIC);
  g_signal_connect_swapped (self->fade_out, "done", G_CALLBACK (fade_out_done_cb), self);

  self->fade_in = adw_timed_animation_new (self->card, 0, 1, FADE_MS,
                                           adw_callback_animation_target_new (card_opacity_cb, self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->fade_in), ADW_EASE_OUT_CUBIC);
}

GtkWidget *
kwa_kiosk_caption_new (void)
{
  return g_object_new (KWA_TYPE_KIOSK_CAPTION, NULL);
}

/* An empty text is no text: its label is hidden. */
static const char *
nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

/**
 * kwa_kiosk_caption_set_text:
 * @title: (nullable): the stop's heading, or %NULL for none
 * @narration: (nullable): what the stop tells
 *
 * Fades to a new stop; the same text again changes nothing.
 */
void
kwa_kiosk_caption_set_text (KwaKioskCaption *self,
                            const char      *title,
                            const char      *narration)
{
  g_return_if_fail (KWA_IS_KIOSK_CAPTION (self));

  title = nonempty (title);
  narration = nonempty (narration);
  if (g_strcmp0 (title, self->title) == 0 && g_strcmp0 (narration, self->narration) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_free (self->narration);
  self->narration = g_strdup (narration);
  self->spoken_start = self->spoken_end = 0;

  /* A fade already on its way out shows the newest text when it is out. */
  if (adw_animation_get_state (self->fade_out) == ADW_ANIMATION_PLAYING)
    return;

  adw_animation_reset (self->fade_in);
  adw_timed_animation_set_value_from (ADW_TIMED_ANIMATION (self->fade_out), gtk_widget_get_opacity (self->card));
  adw_animation_play (self->fade_out);
}

/**
 * kwa_kiosk_caption_set_spoken:
 * @start: the first byte of the sentence a voice is reading, in the
 *   narration given to kwa_kiosk_caption_set_text()
 * @end: the byte after it; @start for none
 *
 * Marks the sentence being spoken, as captions do.
 */
void
kwa_kiosk_caption_set_spoken (KwaKioskCaption *self,
                              gsize            start,
                              gsize            end)
{
  g_return_if_fail (KWA_IS_KIOSK_CAPTION (self));

  if (self->spoken_start == start && self->spoken_end == end)
    return;
  self->spoken_start = start;
  self->spoken_end = end;
  mark_spoken (self);
}

/**
 * kwa_kiosk_caption_get_spoken:
 *
 * Returns: (nullable): the sentence marked as being spoken, as shown
 *   (newly allocated), or %NULL
 */
char *
kwa_kiosk_caption_get_spoken (KwaKioskCaption *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_CAPTION (self), NULL);

  if (self->narration == NULL || self->spoken_end <= self->spoken_start ||
      !g_str_equal (gtk_label_get_label (self->narration_label), self->narration))
    return NULL;
  return g_strndup (self->narration + self->spoken_start, self->spoken_end - self->spoken_start);
}

/**
 * kwa_kiosk_caption_set_media:
 * @document: (nullable): the document whose exhibit holds @media
 * @media: (array length=n_media) (nullable): the stop's media
 *
 * The stop's picture, shown above its words from the next change of text
 * (kwa_kiosk_caption_set_text(), which fades both together).
 */
void
kwa_kiosk_caption_set_media (KwaKioskCaption *self,
                             KwaMapDocument  *document,
                             const KwaMedia  *media,
                             guint            n_media,
                             KwaLanguage      language)
{
  g_return_if_fail (KWA_IS_KIOSK_CAPTION (self));

  g_set_object (&self->media_document, document);
  self->media = document != NULL ? media : NULL;
  self->n_media = document != NULL ? n_media : 0;
  self->media_language = language;
}

GtkWidget *
kwa_kiosk_caption_get_gallery (KwaKioskCaption *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_CAPTION (self), NULL);
  return self->gallery;
}

/**
 * kwa_kiosk_caption_get_title:
 *
 * Returns: (nullable): the heading the caption shows (or is fading to),
 *   or %NULL when there is none
 */
const char *
kwa_kiosk_caption_get_title (KwaKioskCaption *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_CAPTION (self), NULL);
  return self->title;
}

/**
 * kwa_kiosk_caption_get_narration:
 *
 * Returns: (nullable): the narration the caption shows (or is fading to)
 */
const char *
kwa_kiosk_caption_get_narration (KwaKioskCaption *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_CAPTION (self), NULL);
  return self->narration;
}

/**
 * kwa_kiosk_caption_get_invitation:
 *
 * Returns: (transfer none): the "Touch to explore" label
 */
GtkWidget *
kwa_kiosk_caption_get_invitation (KwaKioskCaption *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_CAPTION (self), NULL);
  return self->invitation;
}

/**
 * kwa_kiosk_caption_get_pulsing:
 *
 * Returns: whether the invitation is breathing now (it is still while the
 *   caption is hidden and when animations are off)
 */
gboolean
kwa_kiosk_caption_get_pulsing (KwaKioskCaption *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_CAPTION (self), FALSE);
  return self->pulse_tick_id != 0;
}

/**
 * kwa_kiosk_caption_set_languages:
 * @languages: (array length=n_languages): the exhibit's languages
 *
 * Says "Touch to explore" in each of @languages, one line each:
 * whoever walks up reads it in theirs, whatever the attract loop is
 * speaking. A language without its own words (no
 * interface translation) adds nothing.
 */
void
kwa_kiosk_caption_set_languages (KwaKioskCaption   *self,
                                 const KwaLanguage *languages,
                                 guint              n_languages)
{
  g_autoptr(GPtrArray) said = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_if_fail (KWA_IS_KIOSK_CAPTION (self));

  for (guint i = 0; i < n_languages; i++)
    {
      /* Translators: the kiosk's invitation to visitors, shown in every
         language of the exhibit at once; keep it short */
      const char *words = kwa_gettext_in (languages[i], N_("Touch to explore"));

      if (g_ptr_array_find_with_equal_func (said, words, g_str_equal, NULL))
        continue;
      g_ptr_array_add (said, (gpointer) words);
      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", words);
    }
  gtk_label_set_text (GTK_LABEL (self->invitation), text->str);
}

/**
 * kwa_kiosk_caption_get_map_key:
 *
 * Returns: (transfer none): the legend below the stop's words
 */
KwaMapKey *
kwa_kiosk_caption_get_map_key (KwaKioskCaption *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_CAPTION (self), NULL);
  return KWA_MAP_KEY (self->map_key);
}
