/* unknot-pain-scale.c: pain from 0 to 10, one large button per number
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-pain-scale"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-pain-scale.h"

#define N_LEVELS 11

struct _UnknotPainScale
{
  GtkWidget  parent_instance;

  GtkWidget *title_label;
  GtkWidget *buttons[N_LEVELS];
  GtkWidget *ends_box;
  int        value;
};

G_DEFINE_FINAL_TYPE (UnknotPainScale, unknot_pain_scale, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
button_toggled_cb (GtkToggleButton *button,
                   UnknotPainScale *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  for (int i = 0; i < N_LEVELS; i++)
    if (self->buttons[i] == GTK_WIDGET (button))
      unknot_pain_scale_set_value (self, i);
}

/**
 * unknot_pain_scale_get_value:
 *
 * Returns: the pain chosen, 0 to 10, or -1 while none is
 */
int
unknot_pain_scale_get_value (UnknotPainScale *self)
{
  g_return_val_if_fail (UNKNOT_IS_PAIN_SCALE (self), -1);

  return self->value;
}

void
unknot_pain_scale_set_value (UnknotPainScale *self,
                             int              value)
{
  g_return_if_fail (UNKNOT_IS_PAIN_SCALE (self));
  g_return_if_fail (value >= -1 && value < N_LEVELS);

  if (self->value == value)
    return;

  self->value = value;
  if (value >= 0)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[value]), TRUE);
  else
    for (int i = 0; i < N_LEVELS; i++)
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[i]), FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/* Left and right move the choice, as in any group of radio buttons. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                UnknotPainScale       *self)
{
  int step;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      step = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? 1 : -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      step = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? -1 : 1;
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  if (self->value < 0)
    unknot_pain_scale_set_value (self, step > 0 ? 0 : N_LEVELS - 1);
  else
    unknot_pain_scale_set_value (self, CLAMP (self->value + step, 0, N_LEVELS - 1));
  gtk_widget_grab_focus (self->buttons[self->value]);

  return GDK_EVENT_STOP;
}

static void
unknot_pain_scale_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (unknot_pain_scale_parent_class)->dispose (object);
}

static void
unknot_pain_scale_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  UnknotPainScale *self = UNKNOT_PAIN_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_pain_scale_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  UnknotPainScale *self = UNKNOT_PAIN_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      unknot_pain_scale_set_value (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_pain_scale_class_init (UnknotPainScaleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_pain_scale_dispose;
  object_class->get_property = unknot_pain_scale_get_property;
  object_class->set_property = unknot_pain_scale_set_property;

  properties[PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL,
                      -1, N_LEVELS - 1, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "painscale");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_RADIO_GROUP);
}

static void
unknot_pain_scale_init (UnknotPainScale *self)
{
  GtkWidget *row, *ends;
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkEventController *keys;

  self->value = -1;
  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_DEFAULT);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->title_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->title_label, "heading");
  gtk_widget_set_parent (self->title_label, GTK_WIDGET (self));

  /* Two rows of buttons fit a phone; one row fits anything wider. */
  row = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (row), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (row), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (row), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (row), N_LEVELS);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (row), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (row), 6);
  gtk_widget_set_halign (row, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (row, GTK_WIDGET (self));

  for (int i = 0; i < N_LEVELS; i++)
    {
      g_autofree char *number = g_strdup_printf ("%d", i);
      /* Translators: the accessible name of one button of the pain scale */
      g_autofree char *name = g_strdup_printf (_("Pain %d of 10"), i);
      GtkWidget *child;

      self->buttons[i] = gtk_toggle_button_new_with_label (number);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->buttons[i]),
                                     GTK_TOGGLE_BUTTON (self->buttons[0]));
      gtk_widget_add_css_class (self->buttons[i], "circular");
      gtk_widget_add_css_class (self->buttons[i], "pain-level");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      /* not labelled by the bare number it shows, which screen readers would take instead */
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->buttons[i]), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      g_signal_connect (self->buttons[i], "toggled", G_CALLBACK (button_toggled_cb), self);
      gtk_flow_box_append (GTK_FLOW_BOX (row), self->buttons[i]);
      child = gtk_widget_get_parent (self->buttons[i]);
      gtk_widget_set_focusable (child, FALSE);
    }

  ends = gtk_center_box_new ();
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (ends), gtk_label_new (_("0: no pain")));
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (ends), gtk_label_new (_("10: the worst")));
  gtk_widget_add_css_class (ends, "dim-label");
  gtk_widget_add_css_class (ends, "caption");
  gtk_widget_set_parent (ends, GTK_WIDGET (self));
  self->ends_box = ends;
}

GtkWidget *
unknot_pain_scale_new (const char *title)
{
  UnknotPainScale *self = g_object_new (UNKNOT_TYPE_PAIN_SCALE, NULL);

  gtk_label_set_text (GTK_LABEL (self->title_label), title);
  gtk_widget_set_visible (self->title_label, title != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title != NULL ? title : _("Pain"), -1);

  return GTK_WIDGET (self);
}
