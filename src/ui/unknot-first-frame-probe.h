/* unknot-first-frame-probe.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define UNKNOT_FIRST_FRAME_PROBE_ENV "UNKNOT_BENCH_FIRST_FRAME"
#define UNKNOT_CPU_PROBE_ENV "UNKNOT_BENCH_CPU_ON_SIGNAL"

void unknot_first_frame_probe_attach_from_environment (GtkWindow *window);

G_END_DECLS
