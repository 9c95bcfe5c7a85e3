/* kwa-settings.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-settings"

#include "config.h"

#include "kwa-settings.h"

/* Looks the schema up where an installed app finds it, then in the build
 * tree, so `./run.sh` and the tests work without installing. Returns NULL
 * (and the caller keeps its defaults) rather than aborting the way
 * g_settings_new() does when a schema is missing: a kiosk must come up
 * even on a half-installed machine.
 */
static GSettingsSchema *
lookup_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  GSettingsSchema *schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

#ifdef KWA_BUILD_DATA_DIR
  if (schema == NULL)
    {
      g_autoptr(GSettingsSchemaSource) build_source = NULL;

      build_source = g_settings_schema_source_new_from_directory (KWA_BUILD_DATA_DIR,
                                                                  source, FALSE, NULL);
      if (build_source != NULL)
        schema = g_settings_schema_source_lookup (build_source, APP_ID, TRUE);
    }
#endif

  return schema;
}

/**
 * kwa_settings_new:
 *
 * Returns: (transfer full) (nullable): the application's settings, or %NULL
 *   when the schema is not installed anywhere we can find it.
 */
GSettings *
kwa_settings_new (void)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema ();

  if (schema == NULL)
    {
      g_message ("GSettings schema %s not found; settings will not be saved", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}
