/* kwa-track-geometry.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-timeline-track"

#include "config.h"

#include "kwa-track-geometry.h"

/**
 * kwa_track_geometry_init:
 * @line_height: of a line of the track's font
 * @thumb_width: (and @thumb_height) the thumb's size, which the theme sets
 *
 * Lays the track out in a @width × @height widget, labels along the bottom
 * and bands along the top.
 */
void
kwa_track_geometry_init (KwaTrackGeometry *self,
                         KwaTimeScale     *scale,
                         int               width,
                         int               height,
                         int               line_height,
                         int               thumb_width,
                         int               thumb_height)
{
  double inset;

  self->scale = scale;
  self->line_height = line_height;

  /* The thumb must fit at either end without being cut off. */
  inset = MAX (thumb_width / 2.0, 4.0) + 2.0;
  self->left = inset;
  self->right = MAX (width - inset, inset + 1);

  self->band_top = 0;
  self->band_bottom = self->line_height + 2 * KWA_TRACK_BAND_PADDING;

  self->label_top = height - self->line_height;
  self->mark_top = self->label_top - KWA_TRACK_MARK_LENGTH - 2;
  self->rail_y = self->mark_top - MAX (KWA_TRACK_RAIL_HEIGHT, thumb_height) / 2.0;
  self->rail_top = self->rail_y - KWA_TRACK_RAIL_HEIGHT / 2;
  self->tick_top = MIN (self->band_bottom + 6, self->rail_y - KWA_TRACK_TICK_ZONE_MIN);
}

/* Tall enough for a band, the ticks, the rail and a row of labels. */
int
kwa_track_geometry_get_min_height (int line_height,
                                   int thumb_height)
{
  return line_height + 2 * KWA_TRACK_BAND_PADDING + 6 + KWA_TRACK_TICK_ZONE_MIN +
         MAX (KWA_TRACK_RAIL_HEIGHT, thumb_height) / 2 + KWA_TRACK_MARK_LENGTH + 2 + line_height;
}

double
kwa_track_geometry_fraction_to_x (const KwaTrackGeometry *self,
                                  double                  fraction)
{
  return self->left + fraction * (self->right - self->left);
}

double
kwa_track_geometry_x_to_fraction (const KwaTrackGeometry *self,
                                  double                  x)
{
  return CLAMP ((x - self->left) / (self->right - self->left), 0.0, 1.0);
}

double
kwa_track_geometry_time_to_x (const KwaTrackGeometry *self,
                              double                  time)
{
  return kwa_track_geometry_fraction_to_x (self, kwa_time_scale_to_fraction (self->scale, time));
}

/* Turning points (importance 1) stand tallest, details lowest. */
double
kwa_track_geometry_get_tick_height (const KwaTrackGeometry *self,
                                    int                     importance)
{
  double full = self->rail_top - self->tick_top;

  switch (importance)
    {
    case 1:
      return full;
    case 2:
      return full * 0.62;
    case 3:
    default:
      return full * 0.36;
    }
}
