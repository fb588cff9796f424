/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-template: the shortlist-template/1 parser on any bytes. */

#include "config.h"

#include <stdint.h>

#include "sl-template.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlTemplate) template = sl_template_new_from_data ((const char *) data, size, &error);

  g_assert ((template == NULL) == (error != NULL));

  return 0;
}
