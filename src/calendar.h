/* calendar.h: the month and year calendars, pure core: which date goes in
 * which cell, and how a count of hard sets shades a day.
 *
 * A month is rows of weeks, each from the week's first day (week_start: 0
 * Monday ... 6 Sunday); a year is columns of weeks with the weekdays as
 * rows, like a contribution graph. Cells outside the month or year hold
 * the dates around it, which the views leave blank. */
#ifndef HERSTEL_CALENDAR_H
#define HERSTEL_CALENDAR_H

#include <stdbool.h>

#include "date.h"

struct calendar_month {
	int year, month; /* 1-12 */
	int week_start;
	hs_date first; /* the top left cell: the week's start on or before the 1st */
	int nweeks;    /* rows, 4 to 6 */
	int ndays;     /* days in the month */
};

struct calendar_year {
	int year;
	int week_start;
	hs_date first; /* the first column's first row: on or before 1 January */
	int nweeks;    /* columns, 53 or 54 */
};

void calendar_month(int year, int month, int week_start, struct calendar_month *out);
/* The date in row `week`, column `day` (0-6 from the week's start). */
hs_date calendar_month_cell(const struct calendar_month *m, int week, int day);
/* Where `d` is in the month: false when it is another month's. */
bool calendar_month_where(const struct calendar_month *m, hs_date d, int *week, int *day);

void calendar_year(int year, int week_start, struct calendar_year *out);
/* The date in column `week`, row `day` (0-6 from the week's start). */
hs_date calendar_year_cell(const struct calendar_year *y, int week, int day);
bool calendar_year_where(const struct calendar_year *y, hs_date d, int *week, int *day);

/* `d` moved by `n` months, the day of the month kept where the month has it
 * (31 January + 1 month is 28 or 29 February). */
hs_date calendar_add_months(hs_date d, int n);

/* A day's shade from its hard sets: 0 none, 1 for 1-8, 2 for 9-15 (about
 * a session), 3 for 16-24, 4 from 25 (a long session or two). */
#define CALENDAR_HEAT_LEVELS 5
int calendar_heat(int hard_sets);
/* "·", "░", "▒", "▓", "█" for the levels; ".", "-", "+", "*", "#" without
 * UTF-8. Each level has its own character, so no colour is needed. */
const char *calendar_heat_symbol(int level, bool utf8);

#endif
