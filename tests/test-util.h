/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sl-store.h"

G_BEGIN_DECLS

typedef struct
{
  char *dir;
  char *path;
} Fixture;

/* A test on a fresh folder of its own, removed afterwards. */
#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

void     fixture_set_up    (Fixture       *f,
                            gconstpointer  data);
void     fixture_tear_down (Fixture       *f,
                            gconstpointer  data);
void     remove_tree       (const char    *dir);
char    *file_checksum     (const char    *path);
gint64   query_int         (const char    *path,
                            const char    *sql);
char    *query_text        (const char    *path,
                            const char    *sql);
void     exec_raw          (const char    *path,
                            const char    *sql);
SlStore *open_store        (Fixture       *f);
gint64   add_candidate     (SlStore       *store,
                            const char    *name,
                            const char    *email);
gint64   create_template_role (SlStore    *store,
                            const char    *title);

G_END_DECLS
