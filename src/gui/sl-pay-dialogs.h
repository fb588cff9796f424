/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

GtkWindow *sl_pay_band_dialog_new (GtkWindow       *parent,
                                   SlStore         *store,
                                   gint64           role_id,
                                   const SlPayBand *band);
GtkWindow *sl_pay_dialog_new      (GtkWindow       *parent,
                                   SlStore         *store,
                                   const SlPayRow  *row,
                                   const char      *currency);
GtkWindow *sl_offer_dialog_new    (GtkWindow       *parent,
                                   SlStore         *store,
                                   const SlPayRow  *row,
                                   const char      *currency);

G_END_DECLS
