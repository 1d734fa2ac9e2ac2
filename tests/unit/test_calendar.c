/* test_calendar.c: month and year layouts for months starting on each
 * weekday, Sunday weeks, leap years; month arithmetic; heat levels. */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "calendar.h"
#include "calendar_report.h"

/* Each month, with its first weekday, must put the 1st in the first row at
 * the right column, the last day in the last row, and every day of it in
 * exactly one cell. */
static void
check_month(int y, int m, int week_start)
{
	struct calendar_month cm;
	int week, day, seen = 0;

	calendar_month(y, m, week_start, &cm);
	cr_assert_eq(calendar_month_where(&cm, date_from_ymd(y, m, 1), &week, &day), true);
	cr_expect_eq(week, 0, "%d-%02d: the 1st is in row %d", y, m, week);
	cr_expect_eq(day, (date_weekday(date_from_ymd(y, m, 1)) - week_start + 7) % 7);
	cr_assert(calendar_month_where(&cm, date_from_ymd(y, m, cm.ndays), &week, &day));
	cr_expect_eq(week, cm.nweeks - 1, "%d-%02d: the last day is in the last row", y, m);
	cr_expect(cm.nweeks >= 4 && cm.nweeks <= 6);
	for (int w = 0; w < cm.nweeks; w++)
		for (int d = 0; d < 7; d++) {
			hs_date dt = calendar_month_cell(&cm, w, d);
			cr_expect_eq(date_weekday(dt), (week_start + d) % 7);
			if (calendar_month_where(&cm, dt, &week, &day)) {
				cr_expect(week == w && day == d);
				seen++;
			}
		}
	cr_expect_eq(seen, cm.ndays);
}

Test(calendar, months_starting_on_each_weekday)
{
	/* 2026: June starts Monday, September Tuesday, April Wednesday, January
	 * Thursday, May Friday, August Saturday, February Sunday. */
	static const int months[7] = { 6, 9, 4, 1, 5, 8, 2 };

	for (int wd = 0; wd < 7; wd++) {
		cr_assert_eq(date_weekday(date_from_ymd(2026, months[wd], 1)), wd);
		check_month(2026, months[wd], 0);
		check_month(2026, months[wd], 6);
	}
	for (int m = 1; m <= 12; m++)
		for (int ws = 0; ws < 7; ws++)
			check_month(2027, m, ws);
}

Test(calendar, row_counts)
{
	struct calendar_month cm;

	/* February 2027 starts Monday, 28 days: exactly four Monday weeks... */
	calendar_month(2027, 2, 0, &cm);
	cr_expect_eq(cm.nweeks, 4);
	/* ...and five Sunday weeks. */
	calendar_month(2027, 2, 6, &cm);
	cr_expect_eq(cm.nweeks, 5);
	/* August 2026 starts Saturday, 31 days: six Monday weeks. */
	calendar_month(2026, 8, 0, &cm);
	cr_expect_eq(cm.nweeks, 6);
	cr_expect_eq(cm.first, date_from_ymd(2026, 7, 27));
	/* With Sunday weeks it starts on Sunday 26 July, five rows. */
	calendar_month(2026, 8, 6, &cm);
	cr_expect_eq(cm.first, date_from_ymd(2026, 7, 26));
	cr_expect_eq(cm.nweeks, 6);
}

Test(calendar, leap_years)
{
	struct calendar_month cm;
	struct calendar_year cy;
	int week, day;

	calendar_month(2028, 2, 0, &cm);
	cr_expect_eq(cm.ndays, 29);
	cr_expect(calendar_month_where(&cm, date_from_ymd(2028, 2, 29), &week, &day));
	calendar_month(2100, 2, 0, &cm);
	cr_expect_eq(cm.ndays, 28);
	calendar_month(2000, 2, 0, &cm);
	cr_expect_eq(cm.ndays, 29);
	/* 2028 is a leap year starting on Saturday: with Sunday weeks, 1 January
	 * is alone in the first column and 31 December (a Sunday) alone in a
	 * 54th; with Monday weeks it takes 53. */
	calendar_year(2028, 6, &cy);
	cr_expect_eq(cy.nweeks, 54);
	cr_assert(calendar_year_where(&cy, date_from_ymd(2028, 12, 31), &week, &day));
	cr_expect_eq(week, 53);
	cr_expect_eq(day, 0);
	cr_assert(calendar_year_where(&cy, date_from_ymd(2028, 1, 1), &week, &day));
	cr_expect(week == 0 && day == 6);
	calendar_year(2028, 0, &cy);
	cr_expect_eq(cy.nweeks, 53);
	/* 2026 starts Thursday, 365 days: 53 columns, either week start. */
	calendar_year(2026, 0, &cy);
	cr_expect_eq(cy.nweeks, 53);
	calendar_year(2026, 6, &cy);
	cr_expect_eq(cy.nweeks, 53);
	cr_expect_eq(calendar_year_cell(&cy, 0, 4), date_from_ymd(2026, 1, 1));
	cr_expect_eq(calendar_year_where(&cy, date_from_ymd(2025, 12, 31), &week, &day), false);
}

Test(calendar, add_months)
{
	cr_expect_eq(
	    calendar_add_months(date_from_ymd(2026, 1, 31), 1), date_from_ymd(2026, 2, 28));
	cr_expect_eq(
	    calendar_add_months(date_from_ymd(2028, 1, 31), 1), date_from_ymd(2028, 2, 29));
	cr_expect_eq(calendar_add_months(date_from_ymd(2026, 12, 1), 1), date_from_ymd(2027, 1, 1));
	cr_expect_eq(
	    calendar_add_months(date_from_ymd(2026, 1, 15), -1), date_from_ymd(2025, 12, 15));
	cr_expect_eq(
	    calendar_add_months(date_from_ymd(2026, 3, 31), -13), date_from_ymd(2025, 2, 28));
	cr_expect_eq(
	    calendar_add_months(date_from_ymd(2026, 5, 10), 0), date_from_ymd(2026, 5, 10));
}

Test(calendar, heat)
{
	const char *seen[CALENDAR_HEAT_LEVELS];

	cr_expect_eq(calendar_heat(0), 0);
	cr_expect_eq(calendar_heat(1), 1);
	cr_expect_eq(calendar_heat(8), 1);
	cr_expect_eq(calendar_heat(9), 2);
	cr_expect_eq(calendar_heat(15), 2);
	cr_expect_eq(calendar_heat(16), 3);
	cr_expect_eq(calendar_heat(24), 3);
	cr_expect_eq(calendar_heat(25), 4);
	cr_expect_eq(calendar_heat(400), 4);
	/* Every level its own character, with and without UTF-8. */
	for (int u = 0; u < 2; u++) {
		for (int i = 0; i < CALENDAR_HEAT_LEVELS; i++) {
			seen[i] = calendar_heat_symbol(i, u);
			for (int j = 0; j < i; j++)
				cr_expect_str_neq(seen[i], seen[j]);
		}
	}
	cr_expect_str_eq(calendar_heat_symbol(4, false), "#");
}

/* The month view's and herstel calendar's rules of a day and a week: a
 * past day with nothing logged is a rest day; a week's training days are
 * counted up to today and judged against the level once it is over. */
Test(calendar, day_symbol_and_week_days)
{
	struct week w;
	hs_date first = date_from_ymd(2026, 11, 16), today = first + 3;
	bool off;

	memset(&w, 0, sizeof w);
	w.first = first;
	for (int i = 0; i < 7; i++) {
		w.day[i].date = first + i;
		w.day[i].kind = DAY_UNSET;
	}
	w.day[0].training = true;
	w.day[0].kind = DAY_TRAINING;
	w.day[1].kind = DAY_ACTIVE;
	w.day[5].training = true; /* after today: not counted */
	cr_expect_str_eq(calendar_day_symbol(&w.day[0], today, false),
	    week_kind_symbol(DAY_TRAINING, false));
	cr_expect_str_eq(calendar_day_symbol(&w.day[1], today, true),
	    week_kind_symbol(DAY_ACTIVE, true));
	cr_expect_str_eq(calendar_day_symbol(&w.day[2], today, true),
	    week_kind_symbol(DAY_REST, true), "a past day without anything is a rest day");
	cr_expect_str_eq(calendar_day_symbol(&w.day[4], today, true),
	    week_kind_symbol(DAY_UNSET, true), "the future is not");
	cr_expect_eq(calendar_week_days(&w, today, LEVEL_INTERMEDIATE, &off), 1);
	cr_expect_not(off, "a week not over is not judged short");
	cr_expect_eq(calendar_week_days(&w, first + 10, LEVEL_INTERMEDIATE, &off), 2);
	cr_expect(off, "over, two days are fewer than an intermediate's 4");
	for (int i = 0; i < 7; i++)
		w.day[i].training = true;
	cr_expect_eq(calendar_week_days(&w, first + 10, LEVEL_INTERMEDIATE, &off), 7);
	cr_expect(off, "seven are more than an intermediate's most");
}
