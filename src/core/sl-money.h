/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-money.h: amounts of money written as the user's locale writes them */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "$130,000" in en_US, "130.000 $" in de_DE; whole units. */
char     *sl_money_format        (double      amount,
                                  const char *currency);
/* "$130K", "$1.2M": for axis labels and tight spaces. */
char     *sl_money_format_short  (double      amount,
                                  const char *currency);
/* The symbol of an ISO 4217 code where one is well known ("$", "€",
 * "£", "¥"), else the code itself. */
const char *sl_money_symbol      (const char *currency);
/* Reads an amount as typed in the user's locale ("250,000", "$250K" is
 * not accepted); FALSE for anything that is not a number. */
gboolean  sl_money_parse         (const char *text,
                                  double     *amount);

G_END_DECLS
