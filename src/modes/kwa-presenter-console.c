/* kwa-presenter-console.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-presenter-console"

#include "config.h"

#include "kwa-i18n.h"
#include "kwa-label-text.h"
#include "kwa-widget-translator.h"

#include "kwa-presenter-console.h"

/* The teacher's screen in classroom mode: every stop of the lesson to
 * jump to, this stop (its date, title and narration), the teacher's notes
 * in type large enough to read standing a step back from the laptop, the
 * next stop, a clock, and a large live picture of what the class sees,
 * with the buttons that change it. It shows what KwaPresenter tells it
 * and reports what the teacher asks for ("stop-chosen", "command"); it
 * moves nothing itself. */

struct _KwaPresenterConsole
{
  AdwBin          parent_instance;

  GtkListBox     *stop_list;
  GtkLabel       *counter;
  GtkLabel       *date;
  GtkLabel       *title;
  GtkLabel       *narration;
  GtkLabel       *notes;
  GtkLabel       *next;
  GtkLabel       *clock;
  GtkWidget      *preview;
  GtkWidget      *previous_button;
  GtkWidget      *next_button;
  GtkWidget      *black_button;     /* toggles: on while the projector is blank */
  GtkWidget      *white_button;
  GtkWidget      *picture_button;   /* on while the stop's picture fills the projector */
  GtkWidget      *narrate_button;   /* on while the stops are read aloud */

  /* What the stop list lists, to rebuild it only when that changes. */
  const KwaTour  *listed_tour;
  KwaLanguage     listed_language;
  gboolean        selecting;        /* the list is being set, not chosen from */
};

G_DEFINE_FINAL_TYPE (KwaPresenterConsole, kwa_presenter_console, ADW_TYPE_BIN)

enum {
  STOP_CHOSEN,
  COMMAND,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- building ---------------------------------------------------------- */

static GtkLabel *
add_label (GtkBox     *box,
           const char *css_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);

  return GTK_LABEL (label);
}

static void
command_clicked_cb (GtkButton           *button,
                    KwaPresenterConsole *self)
{
  g_signal_emit (self, signals[COMMAND], 0, g_object_get_data (G_OBJECT (button), "kwa-command"));
}

static GtkWidget *
make_button (KwaPresenterConsole *self,
             GType                type,
             const char          *icon_name,
             const char          *label,
             const char          *command)
{
  GtkWidget *button = g_object_new (type, NULL);
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon_name);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  gtk_button_set_child (GTK_BUTTON (button), content);
  g_object_set_data (G_OBJECT (button), "kwa-command", (gpointer) command);
  g_signal_connect (button, "clicked", G_CALLBACK (command_clicked_cb), self);

  return button;
}

static void
row_activated_cb (GtkListBox          *list,
                  GtkListBoxRow       *row,
                  KwaPresenterConsole *self)
{
  if (!self->selecting)
    g_signal_emit (self, signals[STOP_CHOSEN], 0, gtk_list_box_row_get_index (row));
}

static GtkWidget *
build_stop_list (KwaPresenterConsole *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->stop_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->stop_list), "navigation-sidebar");
  gtk_list_box_set_selection_mode (self->stop_list, GTK_SELECTION_SINGLE);
  gtk_list_box_set_activate_on_single_click (self->stop_list, TRUE);
  kwa_widget_translator_set_accessible_label (GTK_WIDGET (self->stop_list), N_("Stops of the lesson"));
  g_signal_connect (self->stop_list, "row-activated", G_CALLBACK (row_activated_cb), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->stop_list));
  gtk_widget_set_size_request (scrolled, 280, -1);
  gtk_widget_add_css_class (scrolled, "presenter-stops");

  return scrolled;
}

/* The class's view, live and large: what the projector shows, as drawn. */
static GtkWidget *
build_preview (KwaPresenterConsole *self,
               GdkPaintable        *live)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->preview = gtk_picture_new_for_paintable (live);
  gtk_picture_set_can_shrink (GTK_PICTURE (self->preview), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (self->preview), GTK_CONTENT_FIT_CONTAIN);
  gtk_widget_set_size_request (self->preview, 560, 315);
  gtk_widget_set_valign (self->preview, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->preview, "presenter-thumbnail");
  kwa_widget_translator_set_accessible_label (self->preview, N_("What the audience sees"));

  self->previous_button = make_button (self, GTK_TYPE_BUTTON, "go-previous-symbolic", _("Previous"), "previous");
  self->next_button = make_button (self, GTK_TYPE_BUTTON, "go-next-symbolic", _("Next"), "next");
  gtk_widget_add_css_class (self->next_button, "suggested-action");
  /* Toggles, so the teacher sees the projector is blank (pressed) even
   * with the live picture out of sight. */
  self->black_button = make_button (self, GTK_TYPE_TOGGLE_BUTTON, "weather-clear-night-symbolic", _("Black (B)"), "black");
  self->white_button = make_button (self, GTK_TYPE_TOGGLE_BUTTON, "weather-clear-symbolic", _("White (W)"), "white");
  gtk_box_append (GTK_BOX (controls), self->previous_button);
  gtk_box_append (GTK_BOX (controls), self->next_button);
  gtk_box_append (GTK_BOX (controls), self->black_button);
  gtk_box_append (GTK_BOX (controls), self->white_button);
  /* Translators: a button of the presenter's console; I is its key. */
  self->picture_button = make_button (self, GTK_TYPE_TOGGLE_BUTTON, "image-x-generic-symbolic", _("Picture (I)"), "picture");
  gtk_box_append (GTK_BOX (controls), self->picture_button);
  /* Translators: a button of the presenter's console; N is its key. */
  self->narrate_button = make_button (self, GTK_TYPE_TOGGLE_BUTTON, "audio-volume-high-symbolic", _("Read Aloud (N)"),
                                      "narrate");
  gtk_box_append (GTK_BOX (controls), self->narrate_button);
  gtk_widget_set_halign (controls, GTK_ALIGN_CENTER);

  self->clock = add_label (GTK_BOX (column), "title-3", FALSE);
  gtk_box_append (GTK_BOX (column), self->preview);
  gtk_box_append (GTK_BOX (column), controls);

  return column;
}

static void
kwa_presenter_console_init (KwaPresenterConsole *self)
{
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *main_area = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  GtkWidget *stop = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *notes_scrolled = gtk_scrolled_window_new ();

  self->listed_language = kwa_language_get_source ();

  gtk_widget_set_hexpand (main_area, TRUE);
  gtk_widget_set_margin_start (main_area, 24);
  gtk_widget_set_margin_end (main_area, 24);
  gtk_widget_set_margin_top (main_area, 18);
  gtk_widget_set_margin_bottom (main_area, 18);

  gtk_widget_set_hexpand (stop, TRUE);
  gtk_widget_set_size_request (stop, 300, -1);
  self->counter = add_label (GTK_BOX (stop), "dim-label", TRUE);
  self->date = add_label (GTK_BOX (stop), "title-2", FALSE);
  self->title = add_label (GTK_BOX (stop), "title-1", TRUE);
  self->narration = add_label (GTK_BOX (stop), "presenter-narration", TRUE);
  self->next = add_label (GTK_BOX (stop), "presenter-next", TRUE);

  gtk_box_append (GTK_BOX (top), stop);
  gtk_box_append (GTK_BOX (top), build_preview (self, NULL));

  /* The notes are what the teacher reads while talking: large, and the
   * rest of the window's height. */
  self->notes = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->notes, 0);
  gtk_label_set_yalign (self->notes, 0);
  gtk_label_set_wrap (self->notes, TRUE);
  gtk_label_set_wrap_mode (self->notes, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (self->notes, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->notes), "presenter-notes");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (notes_scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (notes_scrolled), GTK_WIDGET (self->notes));
  gtk_widget_set_vexpand (notes_scrolled, TRUE);

  gtk_box_append (GTK_BOX (main_area), top);
  gtk_box_append (GTK_BOX (main_area), notes_scrolled);

  gtk_box_append (GTK_BOX (body), build_stop_list (self));
  gtk_box_append (GTK_BOX (body), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (body), main_area);
  adw_bin_set_child (ADW_BIN (self), body);
}

static void
kwa_presenter_console_class_init (KwaPresenterConsoleClass *klass)
{
  /**
   * KwaPresenterConsole::stop-chosen:
   * @index: the stop, from 0
   *
   * The teacher chose a stop from the list.
   */
  signals[STOP_CHOSEN] = g_signal_new ("stop-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  /**
   * KwaPresenterConsole::command:
   * @command: "next", "previous", "black", "white" or "picture", as the keys say
   */
  signals[COMMAND] = g_signal_new ("command", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

/**
 * kwa_presenter_console_new:
 * @live: what the audience window shows, as it is drawn
 */
GtkWidget *
kwa_presenter_console_new (GdkPaintable *live)
{
  KwaPresenterConsole *self = g_object_new (KWA_TYPE_PRESENTER_CONSOLE, NULL);

  gtk_picture_set_paintable (GTK_PICTURE (self->preview), live);
  return GTK_WIDGET (self);
}

/* ---- showing the lesson ------------------------------------------------ */

static void
set_text (GtkLabel      *label,
          const KwaText *text,
          KwaLanguage    language)
{
  const char *value = text ? kwa_text_get (text, language) : NULL;

  /* Korean lines break between words, as Korean print does. */
  kwa_label_set_text_wrapped (label, value ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (label), value != NULL && *value != '\0');
}

static GtkWidget *
make_stop_row (const KwaTourStop *stop,
               guint              number,
               KwaLanguage        language)
{
  g_autofree char *date = kwa_date_format (stop->date, language);
  g_autofree char *heading = g_strdup_printf ("%u · %s", number, date);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *first = gtk_label_new (heading);
  GtkWidget *second = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (first), 0);
  gtk_widget_add_css_class (first, "dim-label");
  gtk_widget_add_css_class (first, "caption");
  gtk_label_set_xalign (GTK_LABEL (second), 0);
  gtk_label_set_wrap (GTK_LABEL (second), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (second), PANGO_WRAP_WORD_CHAR);
  kwa_label_set_text_wrapped (GTK_LABEL (second), kwa_tour_stop_get_title (stop, language));
  gtk_box_append (GTK_BOX (box), first);
  gtk_box_append (GTK_BOX (box), second);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);

  return box;
}

static void
fill_stop_list (KwaPresenterConsole *self,
                const KwaTour       *tour,
                KwaLanguage          language)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->stop_list))) != NULL)
    gtk_list_box_remove (self->stop_list, child);
  for (guint i = 0; tour != NULL && i < tour->n_stops; i++)
    gtk_list_box_append (self->stop_list, make_stop_row (&tour->stops[i], i + 1, language));

  self->listed_tour = tour;
  self->listed_language = language;
}

/**
 * kwa_presenter_console_show_lesson:
 * @tour: (nullable): the lesson
 * @index: its stop the class is at, -1 before the first
 */
void
kwa_presenter_console_show_lesson (KwaPresenterConsole *self,
                                   const KwaTour       *tour,
                                   int                  index,
                                   KwaLanguage          language)
{
  const KwaTourStop *stop = tour != NULL && index >= 0 && (guint) index < tour->n_stops ? &tour->stops[index] : NULL;
  const KwaTourStop *next = tour != NULL && (guint) (index + 1) < tour->n_stops ? &tour->stops[index + 1] : NULL;
  g_autofree char *counter = NULL;

  g_return_if_fail (KWA_IS_PRESENTER_CONSOLE (self));

  if (tour != self->listed_tour || language != self->listed_language)
    fill_stop_list (self, tour, language);
  self->selecting = TRUE;
  gtk_list_box_select_row (self->stop_list, stop ? gtk_list_box_get_row_at_index (self->stop_list, index) : NULL);
  self->selecting = FALSE;

  if (tour != NULL)
    counter = g_strdup_printf (_("Stop %d of %u · %s"), MAX (index + 1, 0), tour->n_stops,
                               kwa_text_get (&tour->title, language));
  kwa_label_set_text_wrapped (self->counter, counter ? counter : _("No lesson"));

  if (stop != NULL)
    {
      g_autofree char *date = kwa_date_format (stop->date, language);

      gtk_label_set_text (self->date, date);
      set_text (self->title, stop->event ? &stop->event->title : NULL, language);
      set_text (self->narration, &stop->narration, language);
      set_text (self->notes, &stop->notes, language);
    }
  else
    {
      gtk_label_set_text (self->date, "");
      kwa_label_set_text_wrapped (self->title, _("Press → or Page Down to begin the lesson"));
      gtk_widget_set_visible (GTK_WIDGET (self->title), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->narration), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->notes), FALSE);
    }

  if (next != NULL)
    {
      g_autofree char *date = kwa_date_format (next->date, language);
      g_autofree char *text = g_strdup_printf (_("Next: %s — %s"), date, kwa_tour_stop_get_title (next, language));

      kwa_label_set_text_wrapped (self->next, text);
    }
  else
    kwa_label_set_text_wrapped (self->next, _("Next: the end of the lesson"));

  gtk_widget_set_sensitive (self->previous_button, index > 0);
  gtk_widget_set_sensitive (self->next_button, next != NULL);
}

void
kwa_presenter_console_set_clock (KwaPresenterConsole *self,
                                 const char          *text)
{
  g_return_if_fail (KWA_IS_PRESENTER_CONSOLE (self));
  gtk_label_set_text (self->clock, text);
}

/* However the screen changed (a button, B or W, a clicker): the buttons
 * say so. Setting a toggle emits "toggled", not "clicked". */
void
kwa_presenter_console_set_screen (KwaPresenterConsole *self,
                                  KwaPresenterScreen   screen)
{
  g_return_if_fail (KWA_IS_PRESENTER_CONSOLE (self));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->black_button), screen == KWA_PRESENTER_SCREEN_BLACK);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->white_button), screen == KWA_PRESENTER_SCREEN_WHITE);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->picture_button), screen == KWA_PRESENTER_SCREEN_PICTURE);
}

void
kwa_presenter_console_set_reading_aloud (KwaPresenterConsole *self,
                                         gboolean             reading_aloud)
{
  g_return_if_fail (KWA_IS_PRESENTER_CONSOLE (self));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->narrate_button), reading_aloud);
}

GtkListBox *
kwa_presenter_console_get_stop_list (KwaPresenterConsole *self)
{
  g_return_val_if_fail (KWA_IS_PRESENTER_CONSOLE (self), NULL);
  return self->stop_list;
}

GtkWidget *
kwa_presenter_console_get_preview (KwaPresenterConsole *self)
{
  g_return_val_if_fail (KWA_IS_PRESENTER_CONSOLE (self), NULL);
  return self->preview;
}

GtkLabel *
kwa_presenter_console_get_notes (KwaPresenterConsole *self)
{
  g_return_val_if_fail (KWA_IS_PRESENTER_CONSOLE (self), NULL);
  return self->notes;
}

GtkLabel *
kwa_presenter_console_get_counter (KwaPresenterConsole *self)
{
  g_return_val_if_fail (KWA_IS_PRESENTER_CONSOLE (self), NULL);
  return self->counter;
}
