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

#include "kwa-handout-private.h"
#include "kwa-language-fonts.h"
#include "kwa-i18n.h"
#include "kwa-map-renderer.h"
#include "kwa-tour-framing.h"

/* A classroom handout: a title page, then one A4 page per stop of a tour
 * with the map of that day beside what happened and where it is told. The
 * map goes through the one renderer as vectors and every word through
 * Pango as real text, so the PDF prints sharp at any size and a reader
 * (or pdftotext) can select, search and copy it, Hangul included. */

G_DEFINE_QUARK (kwa-handout-error-quark, kwa_handout_error)

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

/* ---- the frame of every page ------------------------------------------ */

static void
prepare_footer (KwaHandout *self)
{
  const char *attribution = kwa_text_get (kwa_exhibit_get_attribution (self->exhibit), self->language);
  double width = PAGE_WIDTH - 2 * MARGIN - 110;

  self->footer = kwa_handout_make_layout (self, attribution, SIZE_FOOTER, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, width);
  /* A curator's essay in the attribution must not eat the page. */
  kwa_handout_truncate_to_height (self->footer, 3.2 * SIZE_FOOTER * 1.4, 1);

  self->footer_top = PAGE_HEIGHT - MARGIN * 0.75 - MAX (kwa_handout_layout_height (self->footer), SIZE_FOOTER * 1.4) - 6;
}

static void
draw_footer (KwaHandout *self)
{
  cairo_t *cr = self->cr;
  g_autofree char *page_text = NULL;
  g_autoptr(PangoLayout) page = NULL;

  kwa_handout_set_gray (cr, 0.75);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, self->footer_top);
  cairo_line_to (cr, PAGE_WIDTH - MARGIN, self->footer_top);
  cairo_stroke (cr);

  kwa_handout_set_gray (cr, 0.4);
  kwa_handout_show_layout (cr, self->footer, MARGIN, self->footer_top + 6);

  /* Translators: in the footer of each page of a printed handout. */
  page_text = g_strdup_printf (kwa_gettext_in (self->language, N_("Page %d of %d")), self->page, self->n_pages);
  page = kwa_handout_make_layout (self, page_text, SIZE_FOOTER + 1, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, -1);
  kwa_handout_set_gray (cr, 0.25);
  kwa_handout_show_layout (cr, page, PAGE_WIDTH - MARGIN - layout_width (page), self->footer_top + 6);
}

static void
finish_page (KwaHandout *self)
{
  draw_footer (self);
  cairo_show_page (self->cr);
  self->page++;
}

static void
add_outline_entry (KwaHandout *self,
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
stop_title (KwaHandout        *self,
            const KwaTourStop *stop)
{
  const char *title = kwa_tour_stop_get_title (stop, self->language);

  return g_strdup (title != NULL ? title : "");
}

static void
draw_contents (KwaHandout *self,
               double      x,
               double      y,
               double      width,
               double      bottom)
{
  cairo_t *cr = self->cr;
  g_autoptr(PangoLayout) heading = NULL;
  double size = SIZE_CONTENTS;
  double row_height;
  guint n_rows;

  /* Translators: the heading of a handout's list of tour stops. */
  heading = kwa_handout_make_layout (self, kwa_gettext_in (self->language, N_("Contents")),
                                     SIZE_HEADING + 2, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, width);
  kwa_handout_set_gray (cr, 0.2);
  kwa_handout_show_layout (cr, heading, x, y);
  y += kwa_handout_layout_height (heading) + 6;

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

      date_layout = kwa_handout_make_layout (self, date, size, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, -1);
      title_layout = kwa_handout_make_layout (self, last_that_fits ? ELLIPSIS : title, size, PANGO_WEIGHT_NORMAL,
                                              PANGO_STYLE_NORMAL, width - date_width - 30);
      pango_layout_set_ellipsize (title_layout, PANGO_ELLIPSIZE_END);
      page_layout = kwa_handout_make_layout (self, number, size, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, -1);

      kwa_handout_set_gray (cr, 0.4);
      kwa_handout_show_layout (cr, date_layout, x, y);
      kwa_handout_set_gray (cr, 0.1);
      kwa_handout_show_layout (cr, title_layout, x + date_width, y);
      if (!last_that_fits)
        {
          kwa_handout_set_gray (cr, 0.4);
          kwa_handout_show_layout (cr, page_layout, x + width - layout_width (page_layout), y);
        }
      y += row_height;
    }
}

static void
draw_title_page (KwaHandout *self)
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
  kwa_handout_set_gray (cr, 0.15);
  cairo_rectangle (cr, MARGIN, MARGIN, PAGE_WIDTH - 2 * MARGIN, 3);
  cairo_fill (cr);

  layout = kwa_handout_make_layout (self, exhibit_title, SIZE_EXHIBIT_TITLE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, column);
  kwa_handout_truncate_to_height (layout, SIZE_EXHIBIT_TITLE * 2.8, 1);
  kwa_handout_set_gray (cr, 0.1);
  kwa_handout_show_layout (cr, layout, x, y);
  y += kwa_handout_layout_height (layout) + 4;
  g_clear_object (&layout);

  if (subtitle != NULL)
    {
      layout = kwa_handout_make_layout (self, subtitle, SIZE_EXHIBIT_SUB, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, column);
      kwa_handout_truncate_to_height (layout, SIZE_EXHIBIT_SUB * 2.8, 1);
      kwa_handout_set_gray (cr, 0.35);
      kwa_handout_show_layout (cr, layout, x, y);
      y += kwa_handout_layout_height (layout);
      g_clear_object (&layout);
    }

  y += 40;
  kwa_handout_set_gray (cr, 0.75);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, x, y - 20);
  cairo_line_to (cr, x + column, y - 20);
  cairo_stroke (cr);

  layout = kwa_handout_make_layout (self, tour_title, SIZE_TOUR_TITLE, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_NORMAL, column);
  kwa_handout_truncate_to_height (layout, SIZE_TOUR_TITLE * 2.8, 1);
  kwa_handout_set_gray (cr, 0.1);
  kwa_handout_show_layout (cr, layout, x, y);
  y += kwa_handout_layout_height (layout) + 10;
  g_clear_object (&layout);

  printed_date = kwa_date_format (kwa_date_from_ymd (g_date_time_get_year (now),
                                                     g_date_time_get_month (now),
                                                     g_date_time_get_day_of_month (now)),
                                  self->language);
  /* Translators: on a handout's title page; %s is a date, "November 26, 2026". */
  printed = g_strdup_printf (kwa_gettext_in (self->language, N_("Printed on %s")), printed_date);

  if (description != NULL)
    {
      layout = kwa_handout_make_layout (self, description, SIZE_TOUR_TEXT, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, column);
      pango_layout_set_line_spacing (layout, 1.25);
      kwa_handout_truncate_to_height (layout, bottom - y - 40, 1);
      kwa_handout_set_gray (cr, 0.2);
      kwa_handout_show_layout (cr, layout, x, y);
      y += kwa_handout_layout_height (layout) + 18;
      g_clear_object (&layout);
    }

  layout = kwa_handout_make_layout (self, printed, SIZE_CONTENTS, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, column);
  kwa_handout_set_gray (cr, 0.4);
  kwa_handout_show_layout (cr, layout, x, MIN (y, bottom - kwa_handout_layout_height (layout)));
  g_clear_object (&layout);

  draw_contents (self, MARGIN + column + 2 * GUTTER, MARGIN + 24, column, bottom);

  finish_page (self);
}

/* ---- a stop's page ---------------------------------------------------- */

/* Where a stop looks, in a map of @width × @height points: framed as the
 * kiosk and the projector frame it. */
static void
stop_viewport (KwaHandout        *self,
               const KwaTourStop *stop,
               double             width,
               double             height,
               KwaViewport       *viewport)
{
  const KwaProjection *projection = kwa_basemap_get_projection (kwa_map_document_get_basemap (self->document));

  kwa_tour_view_frame_viewport (&stop->view, projection, &self->extent, width, height, viewport);
}

static gboolean
draw_map (KwaHandout         *self,
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
  options.print_land_scale = PRINT_LAND_DPI / 72.0 * MAP_POINTS_PER_PIXEL;
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

  kwa_handout_set_gray (cr, 0.55);
  cairo_set_line_width (cr, 0.75);
  cairo_rectangle (cr, x, y, width, height);
  cairo_stroke (cr);

  return ok;
}

static gboolean
draw_stop_page (KwaHandout  *self,
                guint        index,
                GError     **error)
{
  const KwaTourStop *stop = &self->tour->stops[index];
  cairo_t *cr = self->cr;
  double content_width = PAGE_WIDTH - 2 * MARGIN;
  double map_width = (content_width - GUTTER) * MAP_FRACTION;
  double column_x = MARGIN + map_width + GUTTER;
  double column_width = PAGE_WIDTH - MARGIN - column_x;
  double y = MARGIN;
  double bottom = self->footer_top - 12;
  double map_bottom = bottom;
  double column_y;
  g_auto(KwaHandoutPicture) picture = { NULL };
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
  meta_layout = kwa_handout_make_layout (self, meta, SIZE_STOP_META, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, content_width);
  kwa_handout_set_gray (cr, 0.4);
  kwa_handout_show_layout (cr, meta_layout, MARGIN, y);
  y += kwa_handout_layout_height (meta_layout) + 1;

  title_layout = kwa_handout_make_layout (self, title, SIZE_STOP_TITLE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, content_width);
  kwa_handout_truncate_to_height (title_layout, SIZE_STOP_TITLE * 2.7, 1);
  kwa_handout_set_gray (cr, 0.1);
  kwa_handout_show_layout (cr, title_layout, MARGIN, y);
  y += kwa_handout_layout_height (title_layout) + 10;
  column_y = y;

  /* The stop's picture heads the text column; where the text needs all
   * of the column, it goes under the map, its caption beside it. */
  if (kwa_handout_picture_init (self, stop, &picture, column_width, (bottom - y) * PICTURE_SHARE, FALSE) &&
      !kwa_handout_column_fits (self, stop, column_width, bottom - y - picture.height - 14))
    {
      kwa_handout_picture_clear (&picture);
      kwa_handout_picture_init (self, stop, &picture, map_width, (bottom - y) * PICTURE_SHARE, TRUE);
      map_bottom = bottom - picture.height - 12;
      kwa_handout_picture_draw (self, &picture, MARGIN, map_bottom + 12);
    }
  else if (picture.media != NULL)
    {
      kwa_handout_picture_draw (self, &picture, column_x, y);
      column_y += picture.height + 14;
    }

  if (!draw_map (self, stop, MARGIN, y, map_width, map_bottom - y, error))
    return FALSE;

  blocks = kwa_handout_layout_column (self, stop, column_width, bottom - column_y);
  kwa_handout_draw_column (self, blocks, column_x, column_y);

  finish_page (self);

  return TRUE;
}

/* The teacher's copy: after each stop's page, a page of its notes and
 * questions, whole and large enough to read while teaching. */
static void
draw_teacher_page (KwaHandout *self,
                   guint       index)
{
  const KwaTourStop *stop = &self->tour->stops[index];
  const char *notes = kwa_text_get (&stop->notes, self->language);
  double content_width = PAGE_WIDTH - 2 * MARGIN;
  double y = MARGIN;
  g_autofree char *title = stop_title (self, stop);
  g_autofree char *meta = NULL;
  g_autoptr(PangoLayout) meta_layout = NULL;
  g_autoptr(PangoLayout) title_layout = NULL;
  g_autoptr(PangoLayout) notes_layout = NULL;

  /* Translators: the header of a page of a teacher's handout: "Stop 3 of 10 · For the teacher" */
  meta = g_strdup_printf (kwa_gettext_in (self->language, N_("Stop %d of %d · For the teacher")),
                          (int) index + 1, (int) self->tour->n_stops);
  meta_layout = kwa_handout_make_layout (self, meta, SIZE_STOP_META, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, content_width);
  kwa_handout_set_gray (self->cr, 0.4);
  kwa_handout_show_layout (self->cr, meta_layout, MARGIN, y);
  y += kwa_handout_layout_height (meta_layout) + 1;

  title_layout = kwa_handout_make_layout (self, title, SIZE_STOP_TITLE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, content_width);
  kwa_handout_set_gray (self->cr, 0.1);
  kwa_handout_show_layout (self->cr, title_layout, MARGIN, y);
  y += kwa_handout_layout_height (title_layout) + 14;

  notes_layout = kwa_handout_make_layout (self, notes != NULL ? notes : "", SIZE_TEACHER_NOTES, PANGO_WEIGHT_NORMAL,
                                          PANGO_STYLE_NORMAL, content_width);
  pango_layout_set_line_spacing (notes_layout, 1.3);
  /* Smaller rather than cut: notes are never longer than a page at 8 pt. */
  for (double size = SIZE_TEACHER_NOTES; size > 8 && kwa_handout_layout_height (notes_layout) > self->footer_top - 12 - y; size -= 0.5)
    {
      g_object_unref (notes_layout);
      notes_layout = kwa_handout_make_layout (self, notes != NULL ? notes : "", size - 0.5, PANGO_WEIGHT_NORMAL,
                                              PANGO_STYLE_NORMAL, content_width);
      pango_layout_set_line_spacing (notes_layout, 1.3);
    }
  kwa_handout_truncate_to_height (notes_layout, self->footer_top - 12 - y, 1);
  kwa_handout_show_layout (self->cr, notes_layout, MARGIN, y);
  finish_page (self);
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
set_metadata (KwaHandout *self)
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
handout_clear (KwaHandout *self)
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
 * (as vectors), what happened, the narration and the sources; the
 * teacher's copy (@copy) adds each stop's notes and questions, which the
 * class's copy leaves out. Text that does not fit beside the map is set
 * smaller, then cut with an ellipsis.
 */
gboolean
kwa_handout_write_pdf (KwaMapDocument  *document,
                       const char      *tour_id,
                       KwaLanguage      language,
                       KwaHandoutCopy   copy,
                       const char      *path,
                       GError         **error)
{
  g_autoptr(KwaBasemapCache) cache = NULL;
  KwaHandout handout = { 0 };
  g_autofree char *pango_name = NULL;
  cairo_status_t status;
  gboolean ok = TRUE;

  g_return_val_if_fail (KWA_IS_MAP_DOCUMENT (document), FALSE);
  g_return_val_if_fail (language < kwa_language_get_n_known (), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  handout.document = document;
  handout.exhibit = kwa_map_document_get_exhibit (document);
  handout.language = language;
  handout.copy = copy;
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
  pango_name = kwa_language_fonts_get_pango_name (language);
  pango_context_set_language (handout.pango, pango_language_from_string (pango_name));
  cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  handout.renderer = kwa_map_renderer_new (cache);
  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &handout.extent);
  handout.n_pages = 1 + (int) handout.tour->n_stops * (copy == KWA_HANDOUT_TEACHER ? 2 : 1);
  handout.page = 1;

  set_metadata (&handout);
  prepare_footer (&handout);

  draw_title_page (&handout);
  for (guint i = 0; ok && i < handout.tour->n_stops; i++)
    {
      ok = draw_stop_page (&handout, i, error);
      if (ok && copy == KWA_HANDOUT_TEACHER)
        draw_teacher_page (&handout, i);
    }

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
