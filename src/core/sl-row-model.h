/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How a row model reaches its rows: a count, and a window of rows. */
typedef struct
{
  guint      (*count) (gpointer user_data);
  GPtrArray *(*fetch) (gpointer user_data,
                       guint    offset,
                       guint    limit);
} SlRowSource;

#define SL_TYPE_ROW_MODEL (sl_row_model_get_type ())
G_DECLARE_FINAL_TYPE (SlRowModel, sl_row_model, SL, ROW_MODEL, GObject)

SlRowModel *sl_row_model_new     (GType              item_type,
                                  const SlRowSource *source,
                                  gpointer           user_data,
                                  GDestroyNotify     user_data_destroy);
void        sl_row_model_reload  (SlRowModel        *self);

G_END_DECLS
