/* unknot-background.h: running in the background and starting at login
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define UNKNOT_BACKGROUND_ERROR (unknot_background_error_quark ())

typedef enum
{
  UNKNOT_BACKGROUND_ERROR_FAILED,  /* the portal or the autostart entry failed; the message says how */
} UnknotBackgroundError;

typedef enum
{
  UNKNOT_BACKGROUND_METHOD_NONE,            /* in a sandbox with no background portal: nobody to ask */
  UNKNOT_BACKGROUND_METHOD_PORTAL,          /* the XDG Background portal answered */
  UNKNOT_BACKGROUND_METHOD_AUTOSTART_FILE,  /* outside a sandbox: an autostart entry of our own */
} UnknotBackgroundMethod;

/**
 * UnknotBackgroundResult:
 * @method: how it was asked
 * @background: whether the app may go on running with no window open; %FALSE when the
 *   user refused it
 * @autostart: whether the app will be started when the user logs in
 *
 * The answer to unknot_background_request_async(). A refusal is an answer, not an error.
 */
typedef struct
{
  UnknotBackgroundMethod method;
  gboolean               background;
  gboolean               autostart;
} UnknotBackgroundResult;

GQuark   unknot_background_error_quark       (void);
gboolean unknot_background_is_sandboxed      (void);

void     unknot_background_request_async     (GDBusConnection         *session_bus,
                                              const char              *app_id,
                                              gboolean                 autostart,
                                              const char              *reason,
                                              const char * const      *commandline,
                                              GCancellable            *cancellable,
                                              GAsyncReadyCallback      callback,
                                              gpointer                 user_data);
gboolean unknot_background_request_finish    (GAsyncResult            *result,
                                              UnknotBackgroundResult  *out,
                                              GError                 **error);

void     unknot_background_set_status_async  (GDBusConnection         *session_bus,
                                              const char              *message,
                                              GCancellable            *cancellable,
                                              GAsyncReadyCallback      callback,
                                              gpointer                 user_data);
gboolean unknot_background_set_status_finish (GAsyncResult            *result,
                                              GError                 **error);

G_END_DECLS
