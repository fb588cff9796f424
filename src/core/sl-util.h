/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* g_set_str() arrived in GLib 2.76; Debian 12 has 2.74. */
static inline gboolean
sl_set_str (char       **str_pointer,
            const char  *new_str)
{
  char *copy;

  if (*str_pointer == new_str || g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;

  return TRUE;
}

/* TRUE when @str is NULL or only white space. */
static inline gboolean
sl_str_is_blank (const char *str)
{
  if (str == NULL)
    return TRUE;

  for (; *str; str++)
    if (!g_ascii_isspace (*str))
      return FALSE;

  return TRUE;
}

/* A copy of @str without the space around it, or %NULL when blank. */
static inline char *
sl_str_clean (const char *str)
{
  return sl_str_is_blank (str) ? NULL : g_strstrip (g_strdup (str));
}

G_END_DECLS
