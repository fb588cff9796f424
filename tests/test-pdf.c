/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "test-pdf.h"

/* The text of a PDF file, as pdftotext reads it: cairo writes a PDF's
 * labels as text, so this is what a reader could search and copy. */
char *
read_pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int wait_status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));

  return text;
}
