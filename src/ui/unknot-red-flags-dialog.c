/* unknot-red-flags-dialog.c: the warning signs that need a doctor, and what to do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reachable at any time (the Release page, the player, the safety check): the red flags
 * of the safety file grouped by urgency, each group headed by what to do, then the
 * aftercare advice. Nothing to choose, so nothing to get wrong in a hurry.
 */

#define G_LOG_DOMAIN "unknot-red-flags-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-red-flags-dialog.h"

struct _UnknotRedFlagsDialog
{
  AdwDialog           parent_instance;

  UnknotSafety       *safety;

  GtkBox             *sections_box;
};

G_DEFINE_FINAL_TYPE (UnknotRedFlagsDialog, unknot_red_flags_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_SAFETY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * unknot_red_flags_dialog_new:
 * @safety: the safety content
 *
 * Returns: (transfer floating): the dialog, to present with adw_dialog_present()
 */
AdwDialog *
unknot_red_flags_dialog_new (UnknotSafety *safety)
{
  g_return_val_if_fail (safety != NULL, NULL);

  return g_object_new (UNKNOT_TYPE_RED_FLAGS_DIALOG, "safety", safety, NULL);
}

UnknotSafety *
unknot_red_flags_dialog_get_safety (UnknotRedFlagsDialog *self)
{
  g_return_val_if_fail (UNKNOT_IS_RED_FLAGS_DIALOG (self), NULL);

  return self->safety;
}

/* A heading, what to do in full strength, and the list: where a preferences group would
 * dim its description, the advice is the part to read first. */
static GtkListBox *
add_section (UnknotRedFlagsDialog *self,
             const char           *title,
             const char           *advice)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = g_object_new (GTK_TYPE_LABEL, "label", title, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (section), heading);
  if (advice != NULL)
    {
      GtkWidget *label = gtk_label_new (advice);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "red-flags-advice");
      gtk_box_append (GTK_BOX (section), label);
    }
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_top (list, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (GTK_BOX (section), list);
  gtk_box_append (self->sections_box, section);

  return GTK_LIST_BOX (list);
}

static void
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_append (list, row);
}

static void
fill (UnknotRedFlagsDialog *self)
{
  GtkListBox *aftercare;

  for (guint urgency = 0; urgency < UNKNOT_SAFETY_N_URGENCIES; urgency++)
    {
      GtkListBox *list = add_section (self, self->safety->urgencies[urgency].title,
                                      self->safety->urgencies[urgency].advice);

      for (guint i = 0; i < self->safety->red_flags->len; i++)
        {
          const UnknotRedFlag *flag = g_ptr_array_index (self->safety->red_flags, i);

          if (flag->urgency == urgency)
            add_row (list, flag->text, NULL);
        }
    }

  aftercare = add_section (self, _("After a Session"), NULL);
  for (guint i = 0; i < self->safety->aftercare->len; i++)
    {
      const UnknotSafetyNote *note = g_ptr_array_index (self->safety->aftercare, i);

      add_row (aftercare, note->title, note->text);
    }
}

static void
unknot_red_flags_dialog_constructed (GObject *object)
{
  UnknotRedFlagsDialog *self = UNKNOT_RED_FLAGS_DIALOG (object);

  G_OBJECT_CLASS (unknot_red_flags_dialog_parent_class)->constructed (object);

  /* only gtk4-builder-tool makes one without it, to validate the template */
  if (self->safety != NULL)
    fill (self);
}

static void
unknot_red_flags_dialog_finalize (GObject *object)
{
  UnknotRedFlagsDialog *self = UNKNOT_RED_FLAGS_DIALOG (object);

  g_clear_pointer (&self->safety, unknot_safety_unref);

  G_OBJECT_CLASS (unknot_red_flags_dialog_parent_class)->finalize (object);
}

static void
unknot_red_flags_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  UnknotRedFlagsDialog *self = UNKNOT_RED_FLAGS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SAFETY:
      g_value_set_boxed (value, self->safety);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_red_flags_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  UnknotRedFlagsDialog *self = UNKNOT_RED_FLAGS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SAFETY:
      self->safety = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_red_flags_dialog_class_init (UnknotRedFlagsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = unknot_red_flags_dialog_constructed;
  object_class->finalize = unknot_red_flags_dialog_finalize;
  object_class->get_property = unknot_red_flags_dialog_get_property;
  object_class->set_property = unknot_red_flags_dialog_set_property;

  properties[PROP_SAFETY] =
    g_param_spec_boxed ("safety", NULL, NULL, UNKNOT_TYPE_SAFETY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/unknot-red-flags-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotRedFlagsDialog, sections_box);
}

static void
unknot_red_flags_dialog_init (UnknotRedFlagsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
