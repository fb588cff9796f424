/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SL_ERROR (sl_error_quark ())

/* Errors of the store and the domain objects. The message always says what
 * was wrong and with which input; the code lets callers pick a reaction. */
typedef enum
{
  SL_ERROR_FAILED,
  SL_ERROR_INVALID,         /* a value the user gave is not acceptable */
  SL_ERROR_NOT_FOUND,       /* no such role, candidate, ... */
  SL_ERROR_CONSTRAINT,      /* the change would break a rule of the data */
  SL_ERROR_NOT_SHORTLIST,   /* the file is not a Shortlist database */
  SL_ERROR_CORRUPT,         /* the file is damaged */
  SL_ERROR_TOO_NEW,         /* written by a newer version of Shortlist */
  SL_ERROR_IO,              /* the file could not be read or written */
  SL_ERROR_BUSY,            /* another program holds the database */
} SlError;

GQuark sl_error_quark (void);

G_END_DECLS
