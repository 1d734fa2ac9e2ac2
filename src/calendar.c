/* calendar.c: month and year layouts, month arithmetic, heat levels. */
#include "config.h"

#include "calendar.h"

/* The week's first day on or before `d`. */
static hs_date
calendar_week_of(hs_date d, int week_start)
{
	return d - (date_weekday(d) - week_start + 7) % 7;
}

void
calendar_month(int year, int month, int week_start, struct calendar_month *out)
{
	hs_date one = date_from_ymd(year, month, 1);

	out->year = year;
	out->month = month;
	out->week_start = week_start;
	out->ndays = date_days_in_month(year, month);
	out->first = calendar_week_of(one, week_start);
	out->nweeks = (int)((one + out->ndays - 1 - out->first) / 7) + 1;
}

hs_date
calendar_month_cell(const struct calendar_month *m, int week, int day)
{
	return m->first + 7 * week + day;
}

bool
calendar_month_where(const struct calendar_month *m, hs_date d, int *week, int *day)
{
	int y, mo, dd;

	date_to_ymd(d, &y, &mo, &dd);
	if (y != m->year || mo != m->month)
		return false;
	*week = (int)((d - m->first) / 7);
	*day = (int)((d - m->first) % 7);
	return true;
}

void
calendar_year(int year, int week_start, struct calendar_year *out)
{
	hs_date jan1 = date_from_ymd(year, 1, 1), dec31 = date_from_ymd(year, 12, 31);

	out->year = year;
	out->week_start = week_start;
	out->first = calendar_week_of(jan1, week_start);
	out->nweeks = (int)((dec31 - out->first) / 7) + 1;
}

hs_date
calendar_year_cell(const struct calendar_year *y, int week, int day)
{
	return y->first + 7 * week + day;
}

bool
calendar_year_where(const struct calendar_year *y, hs_date d, int *week, int *day)
{
	int yy, m, dd;

	date_to_ymd(d, &yy, &m, &dd);
	if (yy != y->year)
		return false;
	*week = (int)((d - y->first) / 7);
	*day = (int)((d - y->first) % 7);
	return true;
}

hs_date
calendar_add_months(hs_date d, int n)
{
	int y, m, day, months, last;

	date_to_ymd(d, &y, &m, &day);
	months = y * 12 + (m - 1) + n;
	y = months >= 0 ? months / 12 : -((-months + 11) / 12);
	m = months - y * 12 + 1;
	last = date_days_in_month(y, m);
	return date_from_ymd(y, m, day < last ? day : last);
}

int
calendar_heat(int hard_sets)
{
	if (hard_sets <= 0)
		return 0;
	if (hard_sets <= 8)
		return 1;
	if (hard_sets <= 15)
		return 2;
	if (hard_sets <= 24)
		return 3;
	return 4;
}

const char *
calendar_heat_symbol(int level, bool utf8)
{
	static const char *const fancy[CALENDAR_HEAT_LEVELS] = { "\u00b7", "\u2591", "\u2592",
		"\u2593", "\u2588" };
	static const char *const plain[CALENDAR_HEAT_LEVELS] = { ".", "-", "+", "*", "#" };

	if (level < 0)
		level = 0;
	if (level >= CALENDAR_HEAT_LEVELS)
		level = CALENDAR_HEAT_LEVELS - 1;
	return utf8 ? fancy[level] : plain[level];
}
