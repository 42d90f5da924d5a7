/* unknot-anatomy-page.c: the body map beside a fact sheet of the muscle and the trigger
 * point chosen, and "Where does it hurt?"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-anatomy-page"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-anatomy-lookup.h"
#include "unknot-anatomy-page.h"

struct _UnknotAnatomyPage
{
  GtkWidget      parent_instance;

  UnknotAnatomy *anatomy;
  char          *muscle;        /* the muscle the sheet describes */
  GArray        *matches;       /* UnknotPointMatch for the marked area, or NULL */
  UnknotSide     matches_side;

  GtkWidget     *breakpoint_bin;
  UnknotBodyMap *map;
  GtkBox        *muscle_buttons;
  GtkBox        *groups_box;
  GtkWidget     *hint_label;
  GtkDropDown   *area_dropdown;
  GtkDropDown   *side_dropdown;
  gboolean       syncing;       /* the drop-downs follow the map */
  gboolean       filled;        /* from the anatomy, once shown */
};

G_DEFINE_FINAL_TYPE (UnknotAnatomyPage, unknot_anatomy_page, GTK_TYPE_WIDGET)

static void rebuild_sheet (UnknotAnatomyPage *self);
static void fill          (UnknotAnatomyPage *self);

UnknotBodyMap *
unknot_anatomy_page_get_map (UnknotAnatomyPage *self)
{
  g_return_val_if_fail (UNKNOT_IS_ANATOMY_PAGE (self), NULL);

  return self->map;
}

/* Building blocks of the sheet ------------------------------------------------- */

static char *
bullets (const char * const *items)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", items[i]);

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static AdwPreferencesGroup *
add_group (UnknotAnatomyPage *self,
           const char        *title,
           const char        *description)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* a title of its own, which wraps: a point's name and side can be long, and a
   * group's own title would be cut short */
  GtkWidget *heading = g_object_new (GTK_TYPE_LABEL,
                                     "label", title,
                                     "wrap", TRUE,
                                     "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                     "xalign", 0.0f,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                     NULL);

  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (self->groups_box, box);

  return ADW_PREFERENCES_GROUP (group);
}

/* A row that shows a fact: its name small, the fact itself as the main text */
static void
add_fact (AdwPreferencesGroup *group,
          const char          *title,
          const char          *text)
{
  GtkWidget *row;

  if (text == NULL || *text == '\0')
    return;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (group, row);
}

static void
add_list (AdwPreferencesGroup *group,
          const char          *title,
          const char * const  *items)
{
  g_autofree char *text = bullets (items);

  add_fact (group, title, text);
}

static GtkWidget *
release_button (const UnknotTriggerPoint *point,
                const char               *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  /* Translators: the accessible name of a button that opens a trigger point's release */
  g_autofree char *name = g_strdup_printf (_("Release %s"), point->name);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.show-routine");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", point->release_routine);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  /* not labelled by the words it shows, which screen readers would take instead */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  return button;
}

static const char *
side_words (UnknotSide side)
{
  return side == UNKNOT_SIDE_RIGHT ? _("right side") : _("left side");
}

/* The sheet ------------------------------------------------------------------- */

static void
match_row_activated_cb (AdwActionRow      *row,
                        UnknotAnatomyPage *self)
{
  const char *point_id = g_object_get_data (G_OBJECT (row), "unknot-point");
  UnknotSide side = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "unknot-side"));

  unknot_body_map_select_point (self->map, point_id, side);
}

static void
add_matches (UnknotAnatomyPage *self)
{
  const char *area_id = unknot_body_map_get_marked_area (self->map);
  AdwPreferencesGroup *group;
  g_autofree char *title = NULL;

  if (self->matches == NULL || area_id == NULL)
    return;

  for (guint i = 0; i < self->anatomy->pain_areas->len; i++)
    {
      const UnknotPainArea *area = g_ptr_array_index (self->anatomy->pain_areas, i);

      if (g_str_equal (area->id, area_id))
        /* Translators: where it hurts and on which side, as in "Groin, left side" */
        title = g_strdup_printf (_("Pain: %s, %s"), area->name, side_words (self->matches_side));
    }

  group = add_group (self, title,
                     self->matches->len > 0
                     ? _("These trigger points can send pain there, the likeliest first. Other causes are possible.")
                     : _("None of the trigger points Unknot knows send pain there. Other muscles or other causes may; see a professional if it goes on."));

  for (guint i = 0; i < self->matches->len; i++)
    {
      const UnknotPointMatch *match = &g_array_index (self->matches, UnknotPointMatch, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = release_button (match->point, _("_Release"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), match->point->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   match->primary ? _("Sends its pain here") : _("Its pain can spill over here"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "unknot-point", g_strdup (match->point->id), g_free);
      g_object_set_data (G_OBJECT (row), "unknot-side", GINT_TO_POINTER (self->matches_side));
      g_signal_connect_object (row, "activated", G_CALLBACK (match_row_activated_cb), self, G_CONNECT_DEFAULT);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (group, row);
    }
}

static void
add_point (UnknotAnatomyPage *self)
{
  const char *point_id = unknot_body_map_get_selected_point (self->map);
  const UnknotTriggerPoint *point = point_id != NULL ? unknot_anatomy_lookup_trigger_point (self->anatomy, point_id) : NULL;
  const UnknotMuscle *muscle;
  AdwPreferencesGroup *group;
  g_autofree char *title = NULL;
  GtkWidget *button;

  if (point == NULL)
    return;

  muscle = unknot_anatomy_lookup_muscle (self->anatomy, point->muscle);
  /* Translators: a trigger point's name and its side */
  title = g_strdup_printf (_("%s, %s"), point->name, side_words (unknot_body_map_get_selected_side (self->map)));
  group = add_group (self, title, point->summary);
  add_fact (group, _("In the Muscle"), muscle != NULL ? muscle->name : point->muscle);
  add_list (group, _("Landmarks"), (const char * const *) point->landmarks);
  add_fact (group, _("How to Find It"), point->how_to_find);
  add_list (group, _("Signs You Are on It"), (const char * const *) point->signs);
  add_list (group, _("Take Care"), (const char * const *) point->cautions);
  add_fact (group, _("Where It Sends Pain"),
            _("The shaded zones on the map: strong where the pain is felt most, faint and outlined where it can spill over."));

  button = release_button (point, _("_Release This Point"));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (self->groups_box, button);
}

static char *
muscle_names (UnknotAnatomyPage  *self,
              const char * const *ids)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const UnknotMuscle *muscle = unknot_anatomy_lookup_muscle (self->anatomy, ids[i]);

      g_ptr_array_add (names, (gpointer) (muscle != NULL ? muscle->name : ids[i]));
    }
  g_ptr_array_add (names, NULL);

  return names->len > 1 ? g_strjoinv (" · ", (char **) names->pdata) : NULL;
}

static void
add_muscle (UnknotAnatomyPage *self)
{
  const UnknotMuscle *muscle = self->muscle != NULL ? unknot_anatomy_lookup_muscle (self->anatomy, self->muscle) : NULL;
  AdwPreferencesGroup *group;
  g_autofree char *associated = NULL;

  if (muscle == NULL)
    return;

  group = add_group (self, muscle->name, muscle->summary);
  add_fact (group, _("Latin Name"), muscle->latin);
  add_fact (group, _("Origin"), muscle->origin);
  add_fact (group, _("Insertion"), muscle->insertion);
  add_fact (group, _("Action"), muscle->action);
  add_fact (group, _("Nerve Supply"), muscle->innervation);
  add_list (group, _("Symptoms"), (const char * const *) muscle->symptoms);
  add_list (group, _("What Keeps It Going"), (const char * const *) muscle->perpetuating_factors);
  add_list (group, _("Self-Care"), (const char * const *) muscle->self_care);
  associated = muscle_names (self, (const char * const *) muscle->associated_muscles);
  add_fact (group, _("Works With"), associated);
  add_fact (group, _("Note"), muscle->note);

  if (muscle->differential_diagnoses != NULL && muscle->differential_diagnoses[0] != NULL)
    {
      group = add_group (self, _("Other Causes of the Same Pain"),
                         _("These can feel the same, and Unknot cannot rule them out. If the pain is severe, "
                           "new or unexplained, or comes with fever, numbness, weakness or trouble with the "
                           "bladder or bowel, see a doctor."));
      add_list (group, _("Conditions"), (const char * const *) muscle->differential_diagnoses);
    }
}

/* The everyday advice of the anatomy data, for all three muscles alike */
static void
add_advice (UnknotAnatomyPage *self)
{
  AdwPreferencesGroup *group;

  if (self->anatomy->advice->len == 0)
    return;

  group = add_group (self, _("Everyday Advice"), NULL);
  for (guint i = 0; i < self->anatomy->advice->len; i++)
    {
      const UnknotAdvice *advice = g_ptr_array_index (self->anatomy->advice, i);
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *text = gtk_label_new (advice->text);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), advice->title);
      /* an expander row does not give screen readers its title as its name */
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, advice->title, -1);
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_xalign (GTK_LABEL (text), 0);
      gtk_widget_set_margin_top (text, 12);
      gtk_widget_set_margin_bottom (text, 12);
      gtk_widget_set_margin_start (text, 12);
      gtk_widget_set_margin_end (text, 12);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), text);
      adw_preferences_group_add (group, row);
    }
}

static void
rebuild_sheet (UnknotAnatomyPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);

  if (self->anatomy == NULL)
    return;

  add_matches (self);
  add_point (self);
  add_muscle (self);
  add_advice (self);
}

/* Choices --------------------------------------------------------------------- */

static void
muscle_toggled_cb (GtkToggleButton   *button,
                   UnknotAnatomyPage *self)
{
  if (gtk_toggle_button_get_active (button))
    unknot_anatomy_page_set_muscle (self, g_object_get_data (G_OBJECT (button), "unknot-muscle"));
}

static void
sync_muscle_buttons (UnknotAnatomyPage *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->muscle_buttons)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *id = g_object_get_data (G_OBJECT (child), "unknot-muscle");

      g_signal_handlers_block_by_func (child, muscle_toggled_cb, self);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), g_strcmp0 (id, self->muscle) == 0);
      g_signal_handlers_unblock_by_func (child, muscle_toggled_cb, self);
    }
}

/**
 * unknot_anatomy_page_set_muscle:
 * @muscle_id: (nullable): the muscle the fact sheet describes and the map brings forward
 */
void
unknot_anatomy_page_set_muscle (UnknotAnatomyPage *self,
                                const char        *muscle_id)
{
  g_return_if_fail (UNKNOT_IS_ANATOMY_PAGE (self));

  if (!self->filled && self->anatomy != NULL)
    fill (self);

  if (!g_set_str (&self->muscle, muscle_id))
    return;

  unknot_body_map_set_muscle (self->map, muscle_id);
  sync_muscle_buttons (self);
  rebuild_sheet (self);
}

static void
point_activated_cb (UnknotBodyMap     *map,
                    const char        *point_id,
                    int                side,
                    UnknotAnatomyPage *self)
{
  const UnknotTriggerPoint *point = unknot_anatomy_lookup_trigger_point (self->anatomy, point_id);

  if (point != NULL && g_strcmp0 (self->muscle, point->muscle) != 0)
    unknot_anatomy_page_set_muscle (self, point->muscle);
  else
    rebuild_sheet (self);
}

static void
area_activated_cb (UnknotBodyMap     *map,
                   const char        *area_id,
                   int                side,
                   UnknotAnatomyPage *self)
{
  g_clear_pointer (&self->matches, g_array_unref);
  for (guint i = 0; i < self->anatomy->pain_areas->len; i++)
    {
      const UnknotPainArea *area = g_ptr_array_index (self->anatomy->pain_areas, i);

      if (g_str_equal (area->id, area_id))
        self->matches = unknot_anatomy_match_area (self->anatomy, &area->shape);
    }
  self->matches_side = side;

  /* the drop-downs say the same as the map */
  self->syncing = TRUE;
  for (guint i = 0; i < self->anatomy->pain_areas->len; i++)
    if (g_str_equal (((UnknotPainArea *) g_ptr_array_index (self->anatomy->pain_areas, i))->id, area_id))
      gtk_drop_down_set_selected (self->area_dropdown, i + 1);
  gtk_drop_down_set_selected (self->side_dropdown, side == UNKNOT_SIDE_RIGHT ? 1 : 0);
  self->syncing = FALSE;

  /* the likeliest source is shown at once: its zones on the map, its facts below */
  if (self->matches != NULL && self->matches->len > 0)
    unknot_body_map_select_point (self->map, g_array_index (self->matches, UnknotPointMatch, 0).point->id, side);
  point_activated_cb (map, unknot_body_map_get_selected_point (map), side, self);
}

/* The keyboard's way to "Where does it hurt?": the same as touching the area */
static void
area_chosen_cb (GObject           *dropdown,
                GParamSpec        *pspec,
                UnknotAnatomyPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->area_dropdown);
  UnknotSide side = gtk_drop_down_get_selected (self->side_dropdown) == 1 ? UNKNOT_SIDE_RIGHT : UNKNOT_SIDE_LEFT;
  const UnknotPainArea *area;

  if (self->syncing || self->anatomy == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return;

  area = g_ptr_array_index (self->anatomy->pain_areas, selected - 1);
  unknot_body_map_mark_area (self->map, area->id, side);
  area_activated_cb (self->map, area->id, side, self);
}

/* Fills the page from the anatomy, the first time it is shown: it costs a few
 * milliseconds that the start of the app should not pay. */
static void
fill (UnknotAnatomyPage *self)
{
  UnknotAnatomy *anatomy = self->anatomy;
  GtkWidget *child, *first = NULL;

  self->filled = TRUE;
  g_clear_pointer (&self->matches, g_array_unref);
  unknot_body_map_set_anatomy (self->map, anatomy);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->muscle_buttons))) != NULL)
    gtk_box_remove (self->muscle_buttons, child);

  /* one button for each muscle the app is about */
  for (guint i = 0; anatomy != NULL && i < anatomy->muscles->len; i++)
    {
      const UnknotMuscle *muscle = g_ptr_array_index (anatomy->muscles, i);
      GtkWidget *button;

      if (!muscle->main)
        continue;
      button = gtk_toggle_button_new_with_label (muscle->name);
      g_object_set_data_full (G_OBJECT (button), "unknot-muscle", g_strdup (muscle->id), g_free);
      if (first != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (first));
      else
        first = button;
      g_signal_connect_object (button, "toggled", G_CALLBACK (muscle_toggled_cb), self, G_CONNECT_DEFAULT);
      gtk_box_append (self->muscle_buttons, button);
    }

  {
    g_autoptr(GtkStringList) areas = gtk_string_list_new (NULL);

    gtk_string_list_append (areas, _("Where does it hurt?"));
    for (guint i = 0; anatomy != NULL && i < anatomy->pain_areas->len; i++)
      gtk_string_list_append (areas, ((UnknotPainArea *) g_ptr_array_index (anatomy->pain_areas, i))->name);
    self->syncing = TRUE;
    gtk_drop_down_set_model (self->area_dropdown, G_LIST_MODEL (areas));
    self->syncing = FALSE;
  }

  g_clear_pointer (&self->muscle, g_free);
  unknot_anatomy_page_set_muscle (self, first != NULL ? g_object_get_data (G_OBJECT (first), "unknot-muscle") : NULL);
  rebuild_sheet (self);
}

void
unknot_anatomy_page_set_anatomy (UnknotAnatomyPage *self,
                                 UnknotAnatomy     *anatomy)
{
  g_return_if_fail (UNKNOT_IS_ANATOMY_PAGE (self));

  g_clear_pointer (&self->anatomy, unknot_anatomy_unref);
  self->anatomy = anatomy != NULL ? unknot_anatomy_ref (anatomy) : NULL;
  self->filled = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    fill (self);
}

static void
unknot_anatomy_page_map (GtkWidget *widget)
{
  UnknotAnatomyPage *self = UNKNOT_ANATOMY_PAGE (widget);

  if (!self->filled)
    fill (self);

  GTK_WIDGET_CLASS (unknot_anatomy_page_parent_class)->map (widget);
}

/* GObject --------------------------------------------------------------------- */

static void
unknot_anatomy_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), UNKNOT_TYPE_ANATOMY_PAGE);

  G_OBJECT_CLASS (unknot_anatomy_page_parent_class)->dispose (object);
}

static void
unknot_anatomy_page_finalize (GObject *object)
{
  UnknotAnatomyPage *self = UNKNOT_ANATOMY_PAGE (object);

  g_clear_pointer (&self->anatomy, unknot_anatomy_unref);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->muscle, g_free);

  G_OBJECT_CLASS (unknot_anatomy_page_parent_class)->finalize (object);
}

static void
unknot_anatomy_page_class_init (UnknotAnatomyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_anatomy_page_dispose;
  object_class->finalize = unknot_anatomy_page_finalize;
  widget_class->map = unknot_anatomy_page_map;

  g_type_ensure (UNKNOT_TYPE_BODY_MAP);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/unknot-anatomy-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotAnatomyPage, breakpoint_bin);
  gtk_widget_class_bind_template_child (widget_class, UnknotAnatomyPage, map);
  gtk_widget_class_bind_template_child (widget_class, UnknotAnatomyPage, muscle_buttons);
  gtk_widget_class_bind_template_child (widget_class, UnknotAnatomyPage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, UnknotAnatomyPage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotAnatomyPage, area_dropdown);
  gtk_widget_class_bind_template_child (widget_class, UnknotAnatomyPage, side_dropdown);
}

static void
unknot_anatomy_page_init (UnknotAnatomyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->map, "point-activated", G_CALLBACK (point_activated_cb), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (self->map, "area-activated", G_CALLBACK (area_activated_cb), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (self->area_dropdown, "notify::selected", G_CALLBACK (area_chosen_cb), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (self->side_dropdown, "notify::selected", G_CALLBACK (area_chosen_cb), self, G_CONNECT_DEFAULT);
}
