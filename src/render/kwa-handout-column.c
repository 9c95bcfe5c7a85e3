/* kwa-handout-column.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-handout"

#include "config.h"


#include "kwa-handout-private.h"
#include "kwa-i18n.h"

/* The text column beside a stop's map: the event's summary, body and
 * quote, the tour's narration and the sources, set smaller and then cut,
 * least needed first, until they fit. */

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

/* A small heading ("Sources") over the first @end bytes of a block. */
static void
add_heading_attributes (PangoAttrList *attrs,
                        double         scale,
                        gsize          end)
{
  kwa_handout_add_attribute (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, end);
  kwa_handout_add_attribute (attrs, pango_attr_size_new_absolute ((int) (SIZE_HEADING * scale * PANGO_SCALE)), 0, end);
  kwa_handout_add_attribute (attrs, pango_attr_foreground_new (0x4444, 0x4444, 0x4444), 0, end);
  kwa_handout_add_attribute (attrs, pango_attr_letter_spacing_new ((int) (0.4 * PANGO_SCALE)), 0, end);
}

/* A block that opens with a small heading ("Sources") in the same layout,
 * so that cutting the block never leaves a heading alone. */
static PangoLayout *
make_section (KwaHandout *self,
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

  layout = kwa_handout_make_layout (self, content->str, size * scale, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, width);
  add_heading_attributes (attrs, scale, heading_end);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static PangoLayout *
make_sources (KwaHandout     *self,
              const KwaEvent *event,
              double          scale,
              double          width)
{
  const char *heading = kwa_gettext_in (self->language, N_("Sources"));
  g_autoptr(GString) text = g_string_new (heading);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoLayout *layout;

  add_heading_attributes (attrs, scale, text->len);

  /* Title. Author; publisher, year. URL */
  for (guint i = 0; i < event->n_sources; i++)
    {
      const KwaSource *source = event->sources[i];
      gsize start;

      g_string_append_c (text, '\n');
      start = text->len;
      g_string_append (text, source->title);
      kwa_handout_add_attribute (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, text->len);
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
          kwa_handout_add_attribute (attrs, pango_attr_foreground_new (0x2222, 0x4444, 0x8888), start, text->len);
        }
    }

  layout = kwa_handout_make_layout (self, text->str, SIZE_SOURCES * scale, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, width);
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_line_spacing (layout, 1.1);
  pango_attr_list_unref (attrs);

  return layout;
}

static PangoLayout *
make_quote (KwaHandout     *self,
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
  kwa_handout_add_attribute (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), 0, text->len);

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
      kwa_handout_add_attribute (attrs, pango_attr_foreground_new (0x5555, 0x5555, 0x5555), start, text->len);
      kwa_handout_add_attribute (attrs, pango_attr_scale_new (0.9), start, text->len);
    }

  layout = kwa_handout_make_layout (self, text->str, SIZE_BODY * scale, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, width);
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_line_spacing (layout, 1.15);
  pango_attr_list_unref (attrs);

  return layout;
}

/* The text beside the map, at @scale of its full size: in the order a
 * reader wants it, each block with the rank at which it gives way. */
static GArray *
build_column (KwaHandout        *self,
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
      layout = kwa_handout_make_layout (self, kwa_text_get (&event->summary, self->language), SIZE_SUMMARY * scale,
                                        PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_NORMAL, width);
      pango_layout_set_line_spacing (layout, 1.15);
      add_block (blocks, layout, 0, 4, 3, 1);

      layout = kwa_handout_make_layout (self, kwa_text_get (&event->body, self->language), SIZE_BODY * scale,
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
      height += (first ? 0 : block->space_before) + kwa_handout_layout_height (block->layout);
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

          height = kwa_handout_layout_height (block->layout) - excess;
          if (pass == 0)
            {
              height = MAX (height, lines_height (block->layout, block->keep_lines));
              kwa_handout_truncate_to_height (block->layout, height, block->keep_lines);
            }
          else if (!kwa_handout_truncate_to_height (block->layout, height, block->min_lines))
            {
              block->hidden = TRUE;
            }
        }
}

GArray *
kwa_handout_layout_column (KwaHandout        *self,
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

/* Whether the stop's text fits @max_height without a cut, set smaller as
 * far as the column may be. */
gboolean
kwa_handout_column_fits (KwaHandout        *self,
                         const KwaTourStop *stop,
                         double             width,
                         double             max_height)
{
  for (double scale = 1.0; scale >= SHRINK_MIN; scale *= SHRINK_STEP)
    {
      g_autoptr(GArray) blocks = build_column (self, stop, width, scale);

      if (column_height (blocks) <= max_height)
        return TRUE;
    }

  return FALSE;
}

void
kwa_handout_draw_column (KwaHandout *self,
                         GArray     *blocks,
                         double      x,
                         double      y)
{
  gboolean first = TRUE;

  for (guint i = 0; i < blocks->len; i++)
    {
      const Block *block = &g_array_index (blocks, Block, i);

      if (block->hidden)
        continue;
      if (!first)
        y += block->space_before;
      kwa_handout_set_gray (self->cr, 0.1);
      kwa_handout_show_layout (self->cr, block->layout, x, y);
      y += kwa_handout_layout_height (block->layout);
      first = FALSE;
    }
}
