/* kwa-handout.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-handout"

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>

#include "kwa-handout.h"
#include "kwa-i18n.h"
#include "kwa-map-renderer.h"

/* A classroom handout: a title page, then one A4 page per stop of a tour
 * with the map of that day beside what happened and where it is told. The
 * map goes through the one renderer as vectors and every word through
 * Pango as real text, so the PDF prints sharp at any size and a reader
 * (or pdftotext) can select, search and copy it, Hangul included. */

/* A4 landscape, in PDF points. */
#define PAGE_WIDTH    842.0
#define PAGE_HEIGHT   595.0
#define MARGIN         36.0
#define GUTTER         20.0
/* The map's share of the width between the margins. */
#define MAP_FRACTION    0.6
/* The map is drawn with a view pixel this many points: labels and the
 * legend a reader holds at arm's length need not be a screen's size. */
#define MAP_POINTS_PER_PIXEL 0.8
/* How much of the map a stop's box fills, as the kiosk frames it. */
#define BBOX_FILL       0.8

/* Point sizes. */
#define SIZE_EXHIBIT_TITLE  30.0
#define SIZE_EXHIBIT_SUB    15.0
#define SIZE_TOUR_TITLE     20.0
#define SIZE_TOUR_TEXT      11.0
#define SIZE_CONTENTS        9.0
#define SIZE_STOP_META       9.5
#define SIZE_STOP_TITLE     19.0
#define SIZE_SUMMARY        11.0
#define SIZE_BODY            9.5
#define SIZE_HEADING         8.5
#define SIZE_SOURCES         7.5
#define SIZE_FOOTER          6.5

/* A column that does not fit is set smaller a step at a time, down to
 * this much of its size; what still does not fit is cut with an ellipsis. */
#define SHRINK_STEP      0.92
#define SHRINK_MIN       0.78

#define ELLIPSIS "…"

G_DEFINE_QUARK (kwa-handout-error-quark, kwa_handout_error)

typedef struct
{
  /* Borrowed */
  KwaMapDocument  *document;
  KwaExhibit      *exhibit;
  const KwaTour   *tour;

  /* Owned */
  cairo_surface_t *surface;
  cairo_t         *cr;
  PangoContext    *pango;
  KwaMapRenderer  *renderer;
  PangoLayout     *footer;          /* the attribution, the same on every page */

  KwaLanguage      language;
  KwaMapRect       extent;
  int              n_pages;
  int              page;            /* 1-based, of the page being drawn */
  double           footer_top;      /* where the footer's rule is */
} Handout;

/* One paragraph group of the text column beside the map. */
typedef struct
{
  PangoLayout *layout;
  double       space_before;     /* points above it, when it is not the first shown */
  int          cut_rank;         /* lower is cut first when the column overflows */
  int          keep_lines;       /* kept while others can still give way */
  int          min_lines;        /* fewer than this and it is left out entirely */
  gboolean     hidden;
} Block;

/* ---- small drawing helpers ------------------------------------------- */

static void
set_gray (cairo_t *cr,
          double   level)
{
  cairo_set_source_rgb (cr, level, level, level);
}

static const char *
font_family (KwaLanguage language)
{
  /* Korean first for Korean pages, so Latin words in them share the CJK
   * font's metrics; Noto Sans CJK KR draws the Hangul in either case. */
  return language == KWA_LANGUAGE_KO ? "Noto Sans CJK KR, Noto Sans, sans-serif"
                                     : "Noto Sans, Noto Sans CJK KR, sans-serif";
}

static PangoLayout *
make_layout (Handout     *self,
             const char  *text,
             double       size,
             PangoWeight  weight,
             PangoStyle   style,
             double       width)
{
  PangoLayout *layout = pango_layout_new (self->pango);
  PangoFontDescription *font = pango_font_description_from_string (font_family (self->language));

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, style);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
add_attribute (PangoAttrList  *attrs,
               PangoAttribute *attribute,
               gsize           start,
               gsize           end)
{
  attribute->start_index = (guint) start;
  attribute->end_index = (guint) end;
  pango_attr_list_insert (attrs, attribute);
}

/* Makes @layout's attributes end where its text will: at @length, or at
 * the end of the ellipsis after it for those that went past the cut. An
 * attribute ending inside a character would split the glyph's UTF-8 and
 * put the PDF's cairo_t in an error state. */
static void
clip_attributes (PangoLayout *layout,
                 gsize        length)
{
  PangoAttrList *attrs = pango_layout_get_attributes (layout);
  PangoAttrList *clipped;
  GSList *list;
  guint end = (guint) (length + strlen (ELLIPSIS));

  if (attrs == NULL)
    return;

  clipped = pango_attr_list_new ();
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      if (attribute->start_index >= length)
        {
          pango_attribute_destroy (attribute);
          continue;
        }
      if (attribute->end_index > length)
        attribute->end_index = end;
      pango_attr_list_insert (clipped, attribute);
    }
  g_slist_free (list);

  pango_layout_set_attributes (layout, clipped);
  pango_attr_list_unref (clipped);
}

/* Cuts @layout's text to end in an ellipsis where it reaches @max_height
 * (points), keeping whole words where it can. Returns %FALSE, leaving the
 * text as it was, when not even @min_lines fit.
 *
 * Pango's own ellipsizing keeps a line of every paragraph whatever the
 * height, which is not what a column with a limit needs. */
static gboolean
truncate_to_height (PangoLayout *layout,
                    double       max_height,
                    int          min_lines)
{
  int limit = (int) (max_height * PANGO_SCALE);
  g_autofree char *kept = NULL;
  PangoLayoutIter *iter;
  int cut = -1;
  int n_lines = 0;
  gsize length;

  if (layout_height (layout) <= max_height)
    return TRUE;

  iter = pango_layout_get_iter (layout);
  do
    {
      int top, bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      if (bottom > limit)
        {
          cut = pango_layout_iter_get_line_readonly (iter)->start_index;
          break;
        }
      n_lines++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (cut < 0 || n_lines < min_lines)
    return cut < 0;

  kept = g_strndup (pango_layout_get_text (layout), cut);
  length = strlen (kept);

  for (;;)
    {
      g_autofree char *text = NULL;
      const char *space;

      while (length > 0 && (g_ascii_isspace (kept[length - 1]) || strchr (",;:", kept[length - 1]) != NULL))
        length--;

      text = g_strdup_printf ("%.*s%s", (int) length, kept, ELLIPSIS);
      clip_attributes (layout, length);
      pango_layout_set_text (layout, text, -1);
      if (layout_height (layout) <= max_height || length == 0)
        break;

      /* The ellipsis pushed a word onto a new line: drop that word, or a
       * character where the text has no spaces near the end (CJK, URLs). */
      kept[length] = '\0';
      space = strrchr (kept, ' ');
      if (space != NULL && (gsize) (kept + length - space) <= 40)
        length = space - kept;
      else
        length = g_utf8_find_prev_char (kept, kept + length) - kept;
    }

  return TRUE;
}

/* ---- the frame of every page ------------------------------------------ */

static void
prepare_footer (Handout *self)
{
  const char *attribution = kwa_text_get (kwa_exhibit_get_attribution (self->exhibit), self->language);
  double width = PAGE_WIDTH - 2 * MARGIN - 110;

  self->footer = make_layout (self, attribution, SIZE_FOOTER, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, width);
  /* A curator's essay in the attribution must not eat the page. */
  truncate_to_height (self->footer, 3.2 * SIZE_FOOTER * 1.4, 1);

  self->footer_top = PAGE_HEIGHT - MARGIN * 0.75 - MAX (layout_height (self->footer), SIZE_FOOTER * 1.4) - 6;
}

static void
draw_footer (Handout *self)
{
  cairo_t *cr = self->cr;
  g_autofree char *page_text = NULL;
  g_autoptr(PangoLayout) page = NULL;

  set_gray (cr, 0.75);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, self->footer_top);
  cairo_line_to (cr, PAGE_WIDTH - MARGIN, self->footer_top);
  cairo_stroke (cr);

  set_gray (cr, 0.4);
  show_layout (cr, self->footer, MARGIN, self->footer_top + 6);

  /* Translators: in the footer of each page of a printed handout. */
  page_text = g_strdup_printf (kwa_gettext_in (self->language, N_("Page %d of %d")), self->page, self->n_pages);
  page = make_layout (self, page_text, SIZE_FOOTER + 1, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, -1);
  set_gray (cr, 0.25);
  show_layout (cr, page, PAGE_WIDTH - MARGIN - layout_width (page), self->footer_top + 6);
}

static void
finish_page (Handout *self)
{
  draw_footer (self);
  cairo_show_page (self->cr);
  self->page++;
}

static void
add_outline_entry (Handout    *self,
                   const char *name)
{
  g_autofree char *link = g_strdup_printf ("page=%d", self->page);

  cairo_pdf_surface_add_outline (self->surface, CAIRO_PDF_OUTLINE_ROOT, name, link, 0);
}

/* ---- the title page --------------------------------------------------- */

/* The day the handout is printed; SOURCE_DATE_EPOCH pins it, so the same
 * exhibit makes the same file (reproducible builds, reference tests). */
static GDateTime *
printing_time (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");

  if (epoch != NULL && *epoch != '\0')
    {
      char *end;
      gint64 seconds = g_ascii_strtoll (epoch, &end, 10);

      if (*end == '\0' && seconds >= 0)
        return g_date_time_new_from_unix_utc (seconds);
    }

  return g_date_time_new_now_local ();
}

static char *
stop_title (Handout           *self,
            const KwaTourStop *stop)
{
  const char *title = NULL;

  if (stop->event != NULL)
    title = kwa_text_get (&stop->event->title, self->language);
  if (title == NULL)
    title = kwa_text_get (&stop->narration, self->language);

  return g_strdup (title != NULL ? title : "");
}

static void
draw_contents (Handout *self,
               double   x,
               double   y,
               double   width,
               double   bottom)
{
  cairo_t *cr = self->cr;
  g_autoptr(PangoLayout) heading = NULL;
  double size = SIZE_CONTENTS;
  double row_height;
  guint n_rows;

  /* Translators: the heading of a handout's list of tour stops. */
  heading = make_layout (self, kwa_gettext_in (self->language, N_("Contents")),
                         SIZE_HEADING + 2, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, width);
  set_gray (cr, 0.2);
  show_layout (cr, heading, x, y);
  y += layout_height (heading) + 6;

  /* A long tour is set smaller; a very long one lists what fits. */
  row_height = size * 1.55;
  while (self->tour->n_stops * row_height > bottom - y && size > 6.0)
    {
      size -= 0.5;
      row_height = size * 1.55;
    }
  n_rows = MIN (self->tour->n_stops, (guint) MAX ((bottom - y) / row_height, 0));

  for (guint i = 0; i < n_rows; i++)
    {
      const KwaTourStop *stop = &self->tour->stops[i];
      g_autofree char *date = kwa_date_format (stop->date, self->language);
      g_autofree char *title = stop_title (self, stop);
      g_autofree char *number = g_strdup_printf ("%d", (int) i + 2);
      g_autoptr(PangoLayout) date_layout = NULL;
      g_autoptr(PangoLayout) title_layout = NULL;
      g_autoptr(PangoLayout) page_layout = NULL;
      double date_width = width * 0.3;
      gboolean last_that_fits = i + 1 == n_rows && n_rows < self->tour->n_stops;

      date_layout = make_layout (self, date, size, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, -1);
      title_layout = make_layout (self, last_that_fits ? ELLIPSIS : title, size, PANGO_WEIGHT_NORMAL,
                                  PANGO_STYLE_NORMAL, width - date_width - 30);
      pango_layout_set_ellipsize (title_layout, PANGO_ELLIPSIZE_END);
      page_layout = make_layout (self, number, size, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, -1);

      set_gray (cr, 0.4);
      show_layout (cr, date_layout, x, y);
      set_gray (cr, 0.1);
      show_layout (cr, title_layout, x + date_width, y);
      if (!last_that_fits)
        {
          set_gray (cr, 0.4);
          show_layout (cr, page_layout, x + width - layout_width (page_layout), y);
        }
      y += row_height;
    }
}

static void
draw_title_page (Handout *self)
{
  cairo_t *cr = self->cr;
  const char *exhibit_title = kwa_text_get (kwa_exhibit_get_title (self->exhibit), self->language);
  const char *subtitle = kwa_text_get (kwa_exhibit_get_subtitle (self->exhibit), self->language);
  const char *tour_title = kwa_text_get (&self->tour->title, self->language);
  const char *description = kwa_text_get (&self->tour->description, self->language);
  double column = (PAGE_WIDTH - 2 * MARGIN - 2 * GUTTER) / 2;
  double bottom = self->footer_top - 18;
  double x = MARGIN, y = MARGIN + 24;
  g_autoptr(GDateTime) now = printing_time ();
  g_autofree char *printed_date = NULL;
  g_autofree char *printed = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  add_outline_entry (self, tour_title != NULL ? tour_title : "");

  /* A band of the north's and the south's colours would take sides in
   * print; a plain rule does not. */
  set_gray (cr, 0.15);
  cairo_rectangle (cr, MARGIN, MARGIN, PAGE_WIDTH - 2 * MARGIN, 3);
  cairo_fill (cr);

  layout = make_layout (self, exhibit_title, SIZE_EXHIBIT_TITLE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, column);
  truncate_to_height (layout, SIZE_EXHIBIT_TITLE * 2.8, 1);
  set_gray (cr, 0.1);
  show_layout (cr, layout, x, y);
  y += layout_height (layout) + 4;
  g_clear_object (&layout);

  if (subtitle != NULL)
    {
      layout = make_layout (self, subtitle, SIZE_EXHIBIT_SUB, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, column);
      truncate_to_height (layout, SIZE_EXHIBIT_SUB * 2.8, 1);
      set_gray (cr, 0.35);
      show_layout (cr, layout, x, y);
      y += layout_height (layout);
      g_clear_object (&layout);
    }

  y += 40;
  set_gray (cr, 0.75);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, x, y - 20);
  cairo_line_to (cr, x + column, y - 20);
  cairo_stroke (cr);

  layout = make_layout (self, tour_title, SIZE_TOUR_TITLE, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_NORMAL, column);
  truncate_to_height (layout, SIZE_TOUR_TITLE * 2.8, 1);
  set_gray (cr, 0.1);
  show_layout (cr, layout, x, y);
  y += layout_height (layout) + 10;
  g_clear_object (&layout);

  printed_date = kwa_date_format (kwa_date_from_ymd (g_date_time_get_year (now),
                                                     g_date_time_get_month (now),
                                                     g_date_time_get_day_of_month (now)),
                                  self->language);
  /* Translators: on a handout's title page; %s is a date, "November 26, 2026". */
  printed = g_strdup_printf (kwa_gettext_in (self->language, N_("Printed on %s")), printed_date);

  if (description != NULL)
    {
      layout = make_layout (self, description, SIZE_TOUR_TEXT, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, column);
      pango_layout_set_line_spacing (layout, 1.25);
      truncate_to_height (layout, bottom - y - 40, 1);
      set_gray (cr, 0.2);
      show_layout (cr, layout, x, y);
      y += layout_height (layout) + 18;
      g_clear_object (&layout);
    }

  layout = make_layout (self, printed, SIZE_CONTENTS, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, column);
  set_gray (cr, 0.4);
  show_layout (cr, layout, x, MIN (y, bottom - layout_height (layout)));
  g_clear_object (&layout);

  draw_contents (self, MARGIN + column + 2 * GUTTER, MARGIN + 24, column, bottom);

  finish_page (self);
}

/* ---- a stop's page ---------------------------------------------------- */

/* Where a stop looks, in a map of @width × @height points: its centre and
 * zoom, or the box it names fitted as the kiosk fits it. Zoom 1 is the
 * whole peninsula, whatever the shape of the map. */
static void
stop_viewport (Handout           *self,
               const KwaTourStop *stop,
               double             width,
               double             height,
               KwaViewport       *viewport)
{
  const KwaProjection *projection = kwa_basemap_get_projection (kwa_map_document_get_basemap (self->document));
  double center_x, center_y, zoom;

  kwa_viewport_init_fit (viewport, &self->extent, width, height);

  if (stop->view.kind == KWA_TOUR_VIEW_BBOX)
    {
      const KwaBBox *box = &stop->view.bbox;
      double x[4], y[4];
      double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

      /* The projection bends parallels: take all four corners. */
      kwa_projection_to_svg (projection, box->west, box->south, &x[0], &y[0]);
      kwa_projection_to_svg (projection, box->east, box->south, &x[1], &y[1]);
      kwa_projection_to_svg (projection, box->west, box->north, &x[2], &y[2]);
      kwa_projection_to_svg (projection, box->east, box->north, &x[3], &y[3]);
      for (guint i = 0; i < 4; i++)
        {
          min_x = MIN (min_x, x[i]);
          max_x = MAX (max_x, x[i]);
          min_y = MIN (min_y, y[i]);
          max_y = MAX (max_y, y[i]);
        }
      center_x = (min_x + max_x) / 2;
      center_y = (min_y + max_y) / 2;
      zoom = MIN (width * BBOX_FILL / MAX (max_x - min_x, 1e-6),
                  height * BBOX_FILL / MAX (max_y - min_y, 1e-6)) / viewport->scale;
      zoom = CLAMP (zoom, 1.0, KWA_VIEWPORT_MAX_ZOOM);
    }
  else
    {
      kwa_projection_to_svg (projection, stop->view.center.lon, stop->view.center.lat, &center_x, &center_y);
      zoom = stop->view.zoom;
    }

  viewport->center_x = center_x;
  viewport->center_y = center_y;
  kwa_viewport_set_zoom (viewport, &self->extent, zoom);
}

static gboolean
draw_map (Handout            *self,
          const KwaTourStop  *stop,
          double              x,
          double              y,
          double              width,
          double              height,
          GError            **error)
{
  cairo_t *cr = self->cr;
  g_autoptr(KwaScene) scene = NULL;
  KwaRenderOptions options;
  KwaViewport viewport;
  gboolean ok;

  kwa_render_options_init_default (&options);
  options.language = self->language;
  options.vector = TRUE;
  /* The page's header says the day, larger and in the reader's words. */
  options.layers &= ~KWA_MAP_LAYER_DATE;
  options.selected = stop->event;

  stop_viewport (self, stop, width / MAP_POINTS_PER_PIXEL, height / MAP_POINTS_PER_PIXEL, &viewport);
  scene = kwa_scene_new (kwa_map_document_get_atlas (self->document), stop->date);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, MAP_POINTS_PER_PIXEL, MAP_POINTS_PER_PIXEL);
  ok = kwa_map_renderer_draw (self->renderer, cr, &viewport, scene, &options, error);
  cairo_restore (cr);

  set_gray (cr, 0.55);
  cairo_set_line_width (cr, 0.75);
  cairo_rectangle (cr, x, y, width, height);
  cairo_stroke (cr);

  return ok;
}

static void
add_block (GArray      *blocks,
           PangoLayout *layout,
           double       space_before,
           int          cut_rank,
           int          keep_lines,
           int          min_lines)
{
  Block block = { layout, space_before, cut_rank, keep_lines, min_lines, FALSE };

  g_array_append_val (blocks, block);
}

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->layout);
}

/* A block that opens with a small heading ("Sources") in the same layout,
 * so that cutting the block never leaves a heading alone. */
static PangoLayout *
make_section (Handout    *self,
              const char *heading,
              const char *text,
              double      size,
              double      scale,
              double      width)
{
  g_autoptr(GString) content = g_string_new (heading);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoLayout *layout;
  gsize heading_end = content->len;

  g_string_append_c (content, '\n');
  g_string_append (content, text);

  layout = make_layout (self, content->str, size * scale, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, width);
  add_attribute (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, heading_end);
  add_attribute (attrs, pango_attr_size_new_absolute ((int) (SIZE_HEADING * scale * PANGO_SCALE)), 0, heading_end);
  add_attribute (attrs, pango_attr_foreground_new (0x4444, 0x4444, 0x4444), 0, heading_end);
  add_attribute (attrs, pango_attr_letter_spacing_new ((int) (0.4 * PANGO_SCALE)), 0, heading_end);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static PangoLayout *
make_sources (Handout        *self,
              const KwaEvent *event,
              double          scale,
              double          width)
{
  const char *heading = kwa_gettext_in (self->language, N_("Sources"));
  g_autoptr(GString) text = g_string_new (heading);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoLayout *layout;

  add_attribute (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, text->len);
  add_attribute (attrs, pango_attr_size_new_absolute ((int) (SIZE_HEADING * scale * PANGO_SCALE)), 0, text->len);
  add_attribute (attrs, pango_attr_foreground_new (0x4444, 0x4444, 0x4444), 0, text->len);
  add_attribute (attrs, pango_attr_letter_spacing_new ((int) (0.4 * PANGO_SCALE)), 0, text->len);

  /* Title. Author; publisher, year. URL */
  for (guint i = 0; i < event->n_sources; i++)
    {
      const KwaSource *source = event->sources[i];
      gsize start;

      g_string_append_c (text, '\n');
      start = text->len;
      g_string_append (text, source->title);
      add_attribute (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, text->len);
      g_string_append (text, ". ");
      if (source->author != NULL)
        g_string_append (text, source->author);
      if (source->author != NULL && source->publisher != NULL)
        g_string_append (text, "; ");
      if (source->publisher != NULL)
        g_string_append (text, source->publisher);
      if (source->year > 0)
        g_string_append_printf (text, ", %d", source->year);
      g_string_append_c (text, '.');
      if (source->url != NULL)
        {
          g_string_append_c (text, ' ');
          start = text->len;
          g_string_append (text, source->url);
          add_attribute (attrs, pango_attr_foreground_new (0x2222, 0x4444, 0x8888), start, text->len);
        }
    }

  layout = make_layout (self, text->str, SIZE_SOURCES * scale, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, width);
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_line_spacing (layout, 1.1);
  pango_attr_list_unref (attrs);

  return layout;
}

static PangoLayout *
make_quote (Handout        *self,
            const KwaEvent *event,
            double          scale,
            double          width)
{
  const KwaQuote *quote = &event->quote;
  const char *speaker = kwa_text_get (&quote->speaker, self->language);
  g_autoptr(GString) text = g_string_new (NULL);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoLayout *layout;

  g_string_append_printf (text, "“%s”", kwa_text_get (&quote->text, self->language));
  add_attribute (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), 0, text->len);

  if (speaker != NULL || quote->date != KWA_DATE_NONE)
    {
      gsize start;

      g_string_append (text, "\n— ");
      start = text->len;
      if (speaker != NULL)
        g_string_append (text, speaker);
      if (quote->date != KWA_DATE_NONE)
        {
          g_autofree char *date = kwa_date_format (quote->date, self->language);

          g_string_append_printf (text, "%s%s", speaker != NULL ? ", " : "", date);
        }
      add_attribute (attrs, pango_attr_foreground_new (0x5555, 0x5555, 0x5555), start, text->len);
      add_attribute (attrs, pango_attr_scale_new (0.9), start, text->len);
    }

  layout = make_layout (self, text->str, SIZE_BODY * scale, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, width);
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_line_spacing (layout, 1.15);
  pango_attr_list_unref (attrs);

  return layout;
}

/* The text beside the map, at @scale of its full size: in the order a
 * reader wants it, each block with the rank at which it gives way. */
static GArray *
build_column (Handout           *self,
              const KwaTourStop *stop,
              double             width,
              double             scale)
{
  GArray *blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  const KwaEvent *event = stop->event;
  const char *narration = kwa_text_get (&stop->narration, self->language);
  PangoLayout *layout;

  g_array_set_clear_func (blocks, block_clear);

  if (event != NULL)
    {
      layout = make_layout (self, kwa_text_get (&event->summary, self->language), SIZE_SUMMARY * scale,
                            PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_NORMAL, width);
      pango_layout_set_line_spacing (layout, 1.15);
      add_block (blocks, layout, 0, 4, 3, 1);

      layout = make_layout (self, kwa_text_get (&event->body, self->language), SIZE_BODY * scale,
                            PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, width);
      pango_layout_set_line_spacing (layout, 1.2);
      add_block (blocks, layout, 8 * scale, 0, 6, 2);

      if (event->has_quote && kwa_text_get (&event->quote.text, self->language) != NULL)
        add_block (blocks, make_quote (self, event, scale, width), 10 * scale, 2, 3, 2);
    }

  if (narration != NULL)
    {
      /* Translators: a heading in a handout, above what the tour says at this stop. */
      layout = make_section (self, kwa_gettext_in (self->language, N_("Narration")), narration,
                             SIZE_BODY, scale, width);
      pango_layout_set_line_spacing (layout, 1.2);
      add_block (blocks, layout, 12 * scale, 3, 3, 2);
    }

  if (event != NULL && event->n_sources > 0)
    add_block (blocks, make_sources (self, event, scale, width), 12 * scale, 1, 4, 2);

  return blocks;
}

static double
column_height (GArray *blocks)
{
  double height = 0;
  gboolean first = TRUE;

  for (guint i = 0; i < blocks->len; i++)
    {
      const Block *block = &g_array_index (blocks, Block, i);

      if (block->hidden)
        continue;
      height += (first ? 0 : block->space_before) + layout_height (block->layout);
      first = FALSE;
    }

  return height;
}

/* The height of @layout's first @n_lines lines, in points; all of it
 * when it has fewer. */
static double
lines_height (PangoLayout *layout,
              int          n_lines)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int bottom = 0;
  int n = 0;

  do
    pango_layout_iter_get_line_yrange (iter, NULL, &bottom);
  while (++n < n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return (double) bottom / PANGO_SCALE;
}

/* Cuts the blocks until the column is @max_height: first each down to the
 * lines it keeps while others can give way (lowest rank first: the body
 * before the sources before the narration), then, for an exhibit with
 * texts far too long for any page, down to the least that makes sense,
 * or out. */
static void
fit_column (GArray *blocks,
            double  max_height)
{
  for (int pass = 0; pass < 2; pass++)
    for (int rank = 0; rank <= 4; rank++)
      for (guint i = 0; i < blocks->len; i++)
        {
          Block *block = &g_array_index (blocks, Block, i);
          double excess = column_height (blocks) - max_height;
          double height;

          if (excess <= 0)
            return;
          if (block->cut_rank != rank || block->hidden)
            continue;

          height = layout_height (block->layout) - excess;
          if (pass == 0)
            {
              height = MAX (height, lines_height (block->layout, block->keep_lines));
              truncate_to_height (block->layout, height, block->keep_lines);
            }
          else if (!truncate_to_height (block->layout, height, block->min_lines))
            {
              block->hidden = TRUE;
            }
        }
}

static GArray *
layout_column (Handout           *self,
               const KwaTourStop *stop,
               double             width,
               double             max_height)
{
  GArray *blocks = NULL;

  for (double scale = 1.0; ; scale *= SHRINK_STEP)
    {
      g_clear_pointer (&blocks, g_array_unref);
      blocks = build_column (self, stop, width, scale);
      if (column_height (blocks) <= max_height || scale * SHRINK_STEP < SHRINK_MIN)
        break;
    }

  fit_column (blocks, max_height);

  return blocks;
}

static void
draw_column (Handout *self,
             GArray  *blocks,
             double   x,
             double   y)
{
  gboolean first = TRUE;

  for (guint i = 0; i < blocks->len; i++)
    {
      const Block *block = &g_array_index (blocks, Block, i);

      if (block->hidden)
        continue;
      if (!first)
        y += block->space_before;
      set_gray (self->cr, 0.1);
      show_layout (self->cr, block->layout, x, y);
      y += layout_height (block->layout);
      first = FALSE;
    }
}

static gboolean
draw_stop_page (Handout            *self,
                guint               index,
                GError            **error)
{
  const KwaTourStop *stop = &self->tour->stops[index];
  cairo_t *cr = self->cr;
  double content_width = PAGE_WIDTH - 2 * MARGIN;
  double map_width = (content_width - GUTTER) * MAP_FRACTION;
  double column_x = MARGIN + map_width + GUTTER;
  double column_width = PAGE_WIDTH - MARGIN - column_x;
  double y = MARGIN;
  double bottom = self->footer_top - 12;
  g_autofree char *date = kwa_date_format (stop->date, self->language);
  g_autofree char *stop_of = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *title = stop_title (self, stop);
  g_autoptr(PangoLayout) meta_layout = NULL;
  g_autoptr(PangoLayout) title_layout = NULL;
  g_autoptr(GArray) blocks = NULL;

  add_outline_entry (self, title);

  /* Header: the day and where in the tour, then what happened. */

  /* Translators: in a handout page's header, after the date. */
  stop_of = g_strdup_printf (kwa_gettext_in (self->language, N_("Stop %d of %d")),
                             (int) index + 1, (int) self->tour->n_stops);
  meta = g_strdup_printf ("%s  ·  %s", date, stop_of);
  meta_layout = make_layout (self, meta, SIZE_STOP_META, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, content_width);
  set_gray (cr, 0.4);
  show_layout (cr, meta_layout, MARGIN, y);
  y += layout_height (meta_layout) + 1;

  title_layout = make_layout (self, title, SIZE_STOP_TITLE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, content_width);
  truncate_to_height (title_layout, SIZE_STOP_TITLE * 2.7, 1);
  set_gray (cr, 0.1);
  show_layout (cr, title_layout, MARGIN, y);
  y += layout_height (title_layout) + 10;

  if (!draw_map (self, stop, MARGIN, y, map_width, bottom - y, error))
    return FALSE;

  blocks = layout_column (self, stop, column_width, bottom - y);
  draw_column (self, blocks, column_x, y);

  finish_page (self);

  return TRUE;
}

/* ---- the document ----------------------------------------------------- */

static const KwaTour *
find_tour (KwaExhibit  *exhibit,
           const char  *tour_id,
           GError     **error)
{
  const KwaTour *tours;
  const KwaTour *tour;
  g_autoptr(GString) ids = g_string_new (NULL);
  guint n_tours;

  tours = kwa_exhibit_get_tours (exhibit, &n_tours);

  if ((tour = kwa_exhibit_find_tour (exhibit, tour_id != NULL ? tour_id : KWA_HANDOUT_DEFAULT_TOUR)) != NULL)
    return tour;
  /* Without a name, any exhibit's first tour will do. */
  if (tour_id == NULL && n_tours > 0)
    return &tours[0];

  for (guint i = 0; i < n_tours; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", tours[i].id);

  if (n_tours == 0)
    g_set_error (error, KWA_HANDOUT_ERROR, KWA_HANDOUT_ERROR_NO_SUCH_TOUR,
                 "The exhibit has no tours to print");
  else
    g_set_error (error, KWA_HANDOUT_ERROR, KWA_HANDOUT_ERROR_NO_SUCH_TOUR,
                 "The exhibit has no tour “%s”; its tours are: %s", tour_id, ids->str);
  return NULL;
}

static void
set_metadata (Handout *self)
{
  const char *exhibit_title = kwa_text_get (kwa_exhibit_get_title (self->exhibit), self->language);
  const char *tour_title = kwa_text_get (&self->tour->title, self->language);
  g_autofree char *title = g_strdup_printf ("%s — %s", exhibit_title ? exhibit_title : "",
                                            tour_title ? tour_title : "");
  g_autoptr(GDateTime) now = printing_time ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_CREATOR, "Korean War Atlas " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

static void
handout_clear (Handout *self)
{
  g_clear_object (&self->footer);
  g_clear_object (&self->renderer);
  g_clear_object (&self->pango);
  g_clear_pointer (&self->cr, cairo_destroy);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
}

/**
 * kwa_handout_write_pdf:
 * @document: the exhibit and its map
 * @tour_id: (nullable): the tour to print; %NULL for the main one (or the
 *   first, in an exhibit without a tour called "main")
 * @language: the language of every word on the pages
 * @path: where to write the PDF
 *
 * Writes a classroom handout of a tour: an A4 landscape title page with
 * the tour's stops, then a page for each stop with the map of its day
 * (as vectors), what happened, the narration and the sources. Text that
 * does not fit beside the map is set smaller, then cut with an ellipsis.
 */
gboolean
kwa_handout_write_pdf (KwaMapDocument  *document,
                       const char      *tour_id,
                       KwaLanguage      language,
                       const char      *path,
                       GError         **error)
{
  g_autoptr(KwaBasemapCache) cache = NULL;
  Handout handout = { 0 };
  cairo_status_t status;
  gboolean ok = TRUE;

  g_return_val_if_fail (KWA_IS_MAP_DOCUMENT (document), FALSE);
  g_return_val_if_fail (language < KWA_N_LANGUAGES, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  handout.document = document;
  handout.exhibit = kwa_map_document_get_exhibit (document);
  handout.language = language;
  if (!(handout.tour = find_tour (handout.exhibit, tour_id, error)))
    return FALSE;

  handout.surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  if ((status = cairo_surface_status (handout.surface)) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KWA_HANDOUT_ERROR, KWA_HANDOUT_ERROR_WRITE,
                   "%s: could not write the file (%s)", path, cairo_status_to_string (status));
      handout_clear (&handout);
      return FALSE;
    }

  handout.cr = cairo_create (handout.surface);
  handout.pango = pango_cairo_create_context (handout.cr);
  pango_context_set_language (handout.pango, pango_language_from_string (kwa_language_to_string (language)));
  cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  handout.renderer = kwa_map_renderer_new (cache);
  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &handout.extent);
  handout.n_pages = 1 + (int) handout.tour->n_stops;
  handout.page = 1;

  set_metadata (&handout);
  prepare_footer (&handout);

  draw_title_page (&handout);
  for (guint i = 0; ok && i < handout.tour->n_stops; i++)
    ok = draw_stop_page (&handout, i, error);

  /* A drawing error leaves the context dead and every later page blank. */
  if (ok && (status = cairo_status (handout.cr)) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KWA_HANDOUT_ERROR, KWA_HANDOUT_ERROR_WRITE,
                   "%s: could not draw the handout (%s)", path, cairo_status_to_string (status));
      ok = FALSE;
    }

  cairo_surface_finish (handout.surface);
  status = cairo_surface_status (handout.surface);
  if (ok && status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KWA_HANDOUT_ERROR, KWA_HANDOUT_ERROR_WRITE,
                   "%s: could not write the file (%s)", path, cairo_status_to_string (status));
      ok = FALSE;
    }

  handout_clear (&handout);

  return ok;
}
