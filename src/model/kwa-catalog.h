/* kwa-catalog.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One language's translations, read from a gettext .mo file. */
typedef struct _KwaCatalog KwaCatalog;

#define KWA_CATALOG_ERROR (kwa_catalog_error_quark ())

typedef enum
{
  KWA_CATALOG_ERROR_INVALID,
} KwaCatalogError;

GQuark      kwa_catalog_error_quark      (void);

KwaCatalog *kwa_catalog_new_from_file    (const char   *path,
                                          GError      **error);
KwaCatalog *kwa_catalog_new_from_bytes   (GBytes       *bytes,
                                          const char   *name,
                                          GError      **error);
void        kwa_catalog_free             (KwaCatalog   *self);

guint       kwa_catalog_get_n_messages   (const KwaCatalog *self);
const char *kwa_catalog_lookup           (const KwaCatalog *self,
                                          const char       *context,
                                          const char       *msgid);
const char *kwa_catalog_find_msgid       (const KwaCatalog *self,
                                          const char       *text);
const char *kwa_catalog_lookup_plural    (const KwaCatalog *self,
                                          const char       *msgid,
                                          const char       *msgid_plural,
                                          gulong            n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaCatalog, kwa_catalog_free)

G_END_DECLS
