/* unknot-safety-gate.c: what is asked before a routine starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every way of starting a routine (the Release page, a routine's own page, a
 * reminder) goes through here. The routine's contraindication tags are weighed
 * against the safety answers (unknot_safety_evaluate): the safety check is asked
 * first when it is due, a hidden routine does not start, and a caution answer shows
 * its notice. A routine that holds pressure on a point is also weighed against the
 * pressure sessions of today and yesterday (unknot-pacing.c).
 */

#define G_LOG_DOMAIN "unknot-safety-gate"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "unknot-safety-dialog.h"
#include "unknot-safety-gate.h"
#include "unknot-safety-store.h"

typedef struct
{
  UnknotSafetyGate  gate;       /* its own references */
  UnknotRoutine    *routine;
  GtkWidget        *parent;
} Check;

static void
check_free (Check *check)
{
  unknot_safety_gate_clear (&check->gate);
  g_clear_pointer (&check->routine, unknot_routine_unref);
  g_clear_object (&check->parent);
  g_free (check);
}


/**
 * unknot_safety_gate_clear:
 *
 * Lets go of what a gate that holds references to its fields holds.
 */
void
unknot_safety_gate_clear (UnknotSafetyGate *gate)
{
  g_clear_pointer (&gate->safety, unknot_safety_unref);
  g_clear_object (&gate->settings);
  g_clear_object (&gate->history);
  g_clear_object (&gate->routines);
}

/**
 * unknot_safety_gate_copy:
 * @dest: (out caller-allocates): an empty gate, filled with references of its own
 *
 * Copies @src, so that @dest outlives it; unknot_safety_gate_clear() lets go.
 */
void
unknot_safety_gate_copy (UnknotSafetyGate       *dest,
                         const UnknotSafetyGate *src)
{
  *dest = (UnknotSafetyGate) {
    .safety = src->safety != NULL ? unknot_safety_ref (src->safety) : NULL,
    .settings = src->settings != NULL ? g_object_ref (src->settings) : NULL,
    .history = src->history != NULL ? g_object_ref (src->history) : NULL,
    .routines = src->routines != NULL ? g_object_ref (src->routines) : NULL,
  };
}

/**
 * unknot_routine_holds_pressure:
 *
 * Returns: whether @routine holds pressure on a trigger point: such sessions are
 *   paced (one a day advised, two at most)
 */
gboolean
unknot_routine_holds_pressure (UnknotRoutine *routine)
{
  g_return_val_if_fail (routine != NULL, FALSE);

  for (guint i = 0; i < routine->steps->len; i++)
    if (((UnknotStep *) g_ptr_array_index (routine->steps, i))->type == UNKNOT_STEP_PRESS)
      return TRUE;
  return FALSE;
}

/**
 * unknot_safety_gate_verdict:
 * @reasons: (nullable) (element-type UnknotSafetyQuestion): the questions that hide or
 *   warn are appended here
 *
 * Returns: what the stored answers allow for @routine now
 */
UnknotSafetyVerdict
unknot_safety_gate_verdict (const UnknotSafetyGate *gate,
                            UnknotRoutine          *routine,
                            GPtrArray              *reasons)
{
  g_autoptr(UnknotSafetyAnswers) answers = NULL;

  g_return_val_if_fail (gate != NULL && gate->safety != NULL, UNKNOT_SAFETY_NEEDS_CHECK);
  g_return_val_if_fail (routine != NULL, UNKNOT_SAFETY_NEEDS_CHECK);

  answers = unknot_safety_store_load (gate->settings);
  return unknot_safety_evaluate (gate->safety, answers, (const char * const *) routine->contraindications,
                                 g_get_real_time () / G_USEC_PER_SEC, reasons);
}

/**
 * unknot_safety_gate_pacing:
 *
 * Fills @pacing with the advice for a pressure session today. Without a readable
 * history there is no advice to give, and nothing is held back.
 */
void
unknot_safety_gate_pacing (const UnknotSafetyGate *gate,
                           UnknotPacing           *pacing)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *start = unknot_pacing_history_start (today);
  g_autoptr(GPtrArray) recent = NULL;
  g_autoptr(GError) error = NULL;

  *pacing = (UnknotPacing) { UNKNOT_PACING_GO, 0, FALSE };
  if (gate->history == NULL)
    return;

  recent = unknot_history_store_list_since (gate->history, start, &error);
  if (recent == NULL)
    {
      g_warning ("The history could not be read for the pacing advice: %s", error->message);
      return;
    }
  unknot_pacing_advise (recent, today, pacing);
}

/* Asking -------------------------------------------------------------------- */

static void
alert_response_cb (AdwAlertDialog *dialog,
                   const char     *response,
                   GTask          *task)
{
  /* one answer: closing the dialog afterwards is no second one */
  g_signal_handlers_disconnect_by_func (dialog, alert_response_cb, task);
  g_task_return_boolean (task, g_str_equal (response, "start"));
  g_object_unref (task);
}

/* Asks whether to go on; @go_label NULL only says why not */
static void
ask (GTask      *task,
     const char *title,
     const char *body,
     const char *go_label)
{
  Check *check = g_task_get_task_data (task);
  AdwDialog *dialog = adw_alert_dialog_new (title, body);

  if (go_label != NULL)
    {
      adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                      "cancel", _("_Not Now"),
                                      "start", go_label,
                                      NULL);
      /* going on is allowed, not recommended: it takes no colour */
    }
  else
    adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "cancel", _("_OK"));
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (alert_response_cb), task);
  adw_dialog_present (dialog, check->parent);
}

static void
append_paragraph (GString    *text,
                  const char *paragraph)
{
  if (text->len > 0)
    g_string_append (text, "\n\n");
  g_string_append (text, paragraph);
}

/* With the answers allowing it: the caution notice and the pacing advice */
static void
confirm (GTask               *task,
         UnknotSafetyVerdict  verdict)
{
  Check *check = g_task_get_task_data (task);
  UnknotPacing pacing = { UNKNOT_PACING_GO, 0, FALSE };
  g_autoptr(GString) body = g_string_new (NULL);

  if (unknot_routine_holds_pressure (check->routine))
    unknot_safety_gate_pacing (&check->gate, &pacing);

  if (pacing.today == UNKNOT_PACING_CAP_REACHED)
    {
      ask (task, _("Enough for Today"),
           _("You have held pressure twice today, the most Unknot suggests. Give the muscles until tomorrow; a stretch is fine."),
           NULL);
      return;
    }

  if (verdict == UNKNOT_SAFETY_CAUTION)
    append_paragraph (body, check->gate.safety->caution_notice.text);
  if (pacing.rest_advised)
    append_paragraph (body, _("Your pain was worse after your last pressure session. Skipping a day, and pressing more lightly next time, is kinder to the muscle."));
  else if (pacing.today == UNKNOT_PACING_SECOND_TODAY)
    append_paragraph (body, _("You have held pressure once today already. Once a day is usually enough for the muscle to recover; a stretch is gentler."));

  if (body->len == 0)
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  /* with a caution answer, going on means a doctor has said yes */
  if (verdict == UNKNOT_SAFETY_CAUTION)
    ask (task, check->gate.safety->caution_notice.title, body->str, _("_My Doctor Agreed"));
  else
    ask (task, _("Another Release Today?"), body->str, _("_Start Anyway"));
}

static void
safety_dialog_closed_cb (AdwDialog *dialog,
                         GTask     *task)
{
  Check *check = g_task_get_task_data (task);
  UnknotSafetyVerdict verdict = unknot_safety_gate_verdict (&check->gate, check->routine, NULL);

  /* not answered, or the routine is hidden now: the dialog has said why */
  if (verdict == UNKNOT_SAFETY_NEEDS_CHECK || verdict == UNKNOT_SAFETY_BLOCKED)
    {
      g_task_return_boolean (task, FALSE);
      g_object_unref (task);
      return;
    }
  confirm (task, verdict);
}

static char *
list_topics (GPtrArray *reasons)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < reasons->len; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "",
                            ((const UnknotSafetyQuestion *) g_ptr_array_index (reasons, i))->topic);
  return g_string_free (text, FALSE);
}

/**
 * unknot_safety_gate_check_async:
 * @parent: the widget the questions are asked over
 *
 * Asks what must be asked before @routine starts: the safety check when it is due,
 * the caution notice, the pacing advice. Says why when the routine may not start.
 * Finish with unknot_safety_gate_check_finish().
 */
void
unknot_safety_gate_check_async (const UnknotSafetyGate *gate,
                                UnknotRoutine          *routine,
                                GtkWidget              *parent,
                                GAsyncReadyCallback     callback,
                                gpointer                user_data)
{
  g_autoptr(GPtrArray) reasons = g_ptr_array_new ();
  GTask *task;
  Check *check;
  UnknotSafetyVerdict verdict;

  g_return_if_fail (gate != NULL && gate->safety != NULL && G_IS_SETTINGS (gate->settings));
  g_return_if_fail (routine != NULL);
  g_return_if_fail (GTK_IS_WIDGET (parent));

  task = g_task_new (parent, NULL, callback, user_data);
  g_task_set_source_tag (task, unknot_safety_gate_check_async);
  check = g_new0 (Check, 1);
  unknot_safety_gate_copy (&check->gate, gate);
  check->routine = unknot_routine_ref (routine);
  check->parent = g_object_ref (parent);
  g_task_set_task_data (task, check, (GDestroyNotify) check_free);

  verdict = unknot_safety_gate_verdict (gate, routine, reasons);
  if (verdict == UNKNOT_SAFETY_NEEDS_CHECK)
    {
      AdwDialog *dialog = unknot_safety_dialog_new (gate->safety, gate->settings);

      unknot_safety_dialog_set_routines (UNKNOT_SAFETY_DIALOG (dialog), gate->routines);
      g_signal_connect (dialog, "closed", G_CALLBACK (safety_dialog_closed_cb), task);
      adw_dialog_present (dialog, parent);
    }
  else if (verdict == UNKNOT_SAFETY_BLOCKED)
    {
      g_autofree char *topics = list_topics (reasons);
      /* Translators: %s lists the topics of the safety answers, one per line */
      g_autofree char *body = g_strdup_printf (_("Because of your answers about the following, Unknot does not guide this routine. You can review your answers in the safety check on the Release page.\n\n%s"),
                                               topics);

      ask (task, _("This Routine Is Hidden"), body, NULL);
    }
  else
    confirm (task, verdict);
}

/**
 * unknot_safety_gate_check_finish:
 *
 * Returns: whether the routine may start now
 */
gboolean
unknot_safety_gate_check_finish (GAsyncResult *result)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == unknot_safety_gate_check_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), NULL);
}
