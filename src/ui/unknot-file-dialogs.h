/* unknot-file-dialogs.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkFileDialog *unknot_json_open_dialog_new (const char *title,
                                            const char *filter_name);

G_END_DECLS
