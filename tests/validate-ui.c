/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Validates GtkBuilder files as gtk4-builder-tool does, but in a process
 * that knows libadwaita's and Shortlist's own types: a <template> is built
 * as an object of its parent class, signal handlers resolve to a function
 * that does nothing, and every class, property and child must be real. */

#include "config.h"

#include <adwaita.h>

#define VALIDATE_TYPE_SCOPE (validate_scope_get_type ())
G_DECLARE_FINAL_TYPE (ValidateScope, validate_scope, VALIDATE, SCOPE, GtkBuilderCScope)

struct _ValidateScope
{
  GtkBuilderCScope parent_instance;
};

static void
noop (void)
{
}

static GClosure *
validate_scope_create_closure (GtkBuilderScope        *scope,
                               GtkBuilder             *builder,
                               const char             *function_name,
                               GtkBuilderClosureFlags  flags,
                               GObject                *object,
                               GError                **error)
{
  return g_cclosure_new (noop, NULL, NULL);
}

static void
validate_scope_iface_init (GtkBuilderScopeInterface *iface)
{
  iface->create_closure = validate_scope_create_closure;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (ValidateScope, validate_scope, GTK_TYPE_BUILDER_CSCOPE,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDER_SCOPE, validate_scope_iface_init))

static void
validate_scope_class_init (ValidateScopeClass *klass)
{
}

static void
validate_scope_init (ValidateScope *self)
{
}

/* Turns <template class="X" parent="P"> into <object class="P" id="X">;
 * the id is how the file's own signal connections name the template. */
static char *
template_as_object (const char *contents)
{
  g_autoptr(GRegex) open = g_regex_new ("<template\\s+class=\"([^\"]*)\"\\s+parent=\"([^\"]*)\"",
                                        0, 0, NULL);
  g_autoptr(GRegex) close = g_regex_new ("</template>", 0, 0, NULL);
  g_autofree char *step = g_regex_replace (open, contents, -1, 0, "<object class=\"\\2\" id=\"\\1\"", 0, NULL);

  return g_regex_replace_literal (close, step, -1, 0, "</object>", 0, NULL);
}

int
main (int    argc,
      char **argv)
{
  int status = 0;

  if (argc < 2)
    {
      g_printerr ("usage: validate-ui FILE.ui…\n");
      return 2;
    }

  gtk_init ();
  adw_init ();

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new ();
      g_autoptr(GtkBuilderScope) scope = g_object_new (VALIDATE_TYPE_SCOPE, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *xml = NULL;

      if (!g_file_get_contents (argv[i], &contents, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          status = 1;
          continue;
        }

      xml = template_as_object (contents);
      gtk_builder_set_scope (builder, scope);
      if (!gtk_builder_add_from_string (builder, xml, -1, &error))
        {
          g_printerr ("%s: %s\n", argv[i], error->message);
          status = 1;
          continue;
        }

      g_print ("%s: valid\n", argv[i]);
    }

  return status;
}
