/* calendar_report.h: `herstel calendar` output: a month or a year of days,
 * as text, TSV or JSON.
 *
 * The days come as judged weeks (svc_weeks): week i starts at the layout's
 * first cell + 7 i, a row of the month or a column of the year. */
#ifndef HERSTEL_CALENDAR_REPORT_H
#define HERSTEL_CALENDAR_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "calendar.h"
#include "journal.h"
#include "report.h"
#include "week.h"

struct calendar_report_opts {
	enum report_format format;
	bool utf8;     /* symbols in UTF-8, else ASCII */
	hs_date today; /* marked; days after it are not judged */
	enum level level;
};

/* The symbol of a day as the calendars show it: its kind, and a past day
 * with nothing logged as a rest day. */
const char *calendar_day_symbol(const struct week_day *d, hs_date today, bool utf8);
/* The training days of week w up to today, and *off when they are out of
 * the level's range: more than its most, or, once the week is over, fewer
 * than its least. */
int calendar_week_days(const struct week *w, hs_date today, enum level level, bool *off);

/* The month: a row per week with each day's kind symbol and hard sets, and
 * per week its training days against the level's range. */
void calendar_report_month(FILE *f, const struct calendar_month *m, const struct week *weeks,
    const struct calendar_report_opts *o);
/* The year as a heat map of hard sets: the weekdays as rows, the weeks as
 * columns, one symbol a day. */
void calendar_report_year(FILE *f, const struct calendar_year *y, const struct week *weeks,
    const struct calendar_report_opts *o);

#endif
