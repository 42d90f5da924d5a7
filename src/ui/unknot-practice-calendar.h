/* unknot-practice-calendar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define UNKNOT_TYPE_PRACTICE_CALENDAR (unknot_practice_calendar_get_type ())

G_DECLARE_FINAL_TYPE (UnknotPracticeCalendar, unknot_practice_calendar, UNKNOT, PRACTICE_CALENDAR, GtkWidget)

GtkWidget  *unknot_practice_calendar_new            (void);
void        unknot_practice_calendar_set_sessions   (UnknotPracticeCalendar *self,
                                                     GPtrArray              *sessions);
void        unknot_practice_calendar_set_today      (UnknotPracticeCalendar *self,
                                                     const GDate            *today);
GDateYear   unknot_practice_calendar_get_year       (UnknotPracticeCalendar *self);
GDateMonth  unknot_practice_calendar_get_month      (UnknotPracticeCalendar *self);
void        unknot_practice_calendar_show_month     (UnknotPracticeCalendar *self,
                                                     GDateYear               year,
                                                     GDateMonth              month);
GtkWidget  *unknot_practice_calendar_get_day_widget (UnknotPracticeCalendar *self,
                                                     GDateDay                day);

G_END_DECLS
