/* kwa-message-words.h: values of an exhibit file as problems quote them
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char *kwa_message_quote             (const char         *text);
char *kwa_message_format_number     (double              value);
char *kwa_message_describe_node     (JsonNode           *node);
char *kwa_message_join_alternatives (const char * const *words);

G_END_DECLS
