/* test_date.c: civil dates: conversion, weeks, parsing and formatting. */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"

Test(date, epoch)
{
	int y, m, d;

	cr_expect_eq(date_from_ymd(1970, 1, 1), 0);
	cr_expect_eq(date_from_ymd(1970, 1, 2), 1);
	cr_expect_eq(date_from_ymd(1969, 12, 31), -1);
	cr_expect_eq(date_from_ymd(2000, 3, 1), 11017);
	cr_expect_eq(date_from_ymd(2026, 1, 1), 20454);
	date_to_ymd(-1, &y, &m, &d);
	cr_expect(y == 1969 && m == 12 && d == 31, "%d-%d-%d", y, m, d);
}

Test(date, ymd_round_trip)
{
	/* Walk day by day from 1900 to 2999 and count the calendar along. */
	hs_date first = date_from_ymd(DATE_MIN_YEAR, 1, 1);
	hs_date last = date_from_ymd(DATE_MAX_YEAR, 12, 31);
	int ey = DATE_MIN_YEAR, em = 1, ed = 1, y, m, d;

	for (hs_date day = first; day <= last; day++) {
		date_to_ymd(day, &y, &m, &d);
		cr_assert(y == ey && m == em && d == ed, "day %d: got %d-%d-%d, want %d-%d-%d", day,
		    y, m, d, ey, em, ed);
		cr_assert_eq(date_from_ymd(y, m, d), day);
		if (++ed > date_days_in_month(ey, em)) {
			ed = 1;
			if (++em > 12) {
				em = 1;
				ey++;
			}
		}
	}
	cr_expect_eq(ey, DATE_MAX_YEAR + 1);
}

Test(date, leap_years)
{
	cr_expect_eq(date_days_in_month(2024, 2), 29);
	cr_expect_eq(date_days_in_month(2026, 2), 28);
	cr_expect_eq(date_days_in_month(1900, 2), 28);
	cr_expect_eq(date_days_in_month(2000, 2), 29);
	cr_expect_eq(date_days_in_month(2100, 2), 28);
	cr_expect_eq(date_days_in_month(2026, 4), 30);
	cr_expect_eq(date_days_in_month(2026, 12), 31);
	cr_expect_eq(date_days_in_month(2026, 0), 0);
	cr_expect_eq(date_days_in_month(2026, 13), 0);
	cr_expect_eq(date_from_ymd(2025, 1, 1) - date_from_ymd(2024, 1, 1), 366);
	cr_expect_eq(date_from_ymd(2026, 1, 1) - date_from_ymd(2025, 1, 1), 365);
	cr_expect_eq(date_from_ymd(2001, 1, 1) - date_from_ymd(2000, 1, 1), 366);
	cr_expect_eq(date_from_ymd(1901, 1, 1) - date_from_ymd(1900, 1, 1), 365);
}

Test(date, weekday)
{
	cr_expect_eq(date_weekday(date_from_ymd(1970, 1, 1)), 3); /* Thursday */
	cr_expect_eq(date_weekday(date_from_ymd(2026, 1, 1)), 3);
	cr_expect_eq(date_weekday(date_from_ymd(2024, 12, 30)), 0); /* Monday */
	cr_expect_eq(date_weekday(date_from_ymd(2000, 1, 1)), 5);   /* Saturday */
	cr_expect_eq(date_weekday(date_from_ymd(1969, 12, 28)), 6); /* Sunday */
	cr_expect_eq(date_weekday(date_from_ymd(1900, 1, 1)), 0);   /* Monday */
	for (hs_date day = -400; day < 400; day++)
		cr_expect_eq(date_weekday(day + 1), (date_weekday(day) + 1) % 7);
	cr_expect_str_eq(date_weekday_name(0), "Mon");
	cr_expect_str_eq(date_weekday_name(6), "Sun");
	cr_expect_str_eq(date_month_name(1), "Jan");
	cr_expect_str_eq(date_month_name(11), "Nov");
	cr_expect_str_eq(date_month_name(12), "Dec");
}

struct week_case {
	int y, m, d;
	int week, iso_year;
};

static const struct week_case weeks[] = {
	{ 2026, 1, 1, 1, 2026 },
	{ 2027, 1, 1, 53, 2026 },
	{ 2026, 12, 31, 53, 2026 },
	{ 2027, 1, 4, 1, 2027 },
	{ 2024, 12, 30, 1, 2025 },
	{ 2024, 12, 29, 52, 2024 },
	{ 2021, 1, 3, 53, 2020 },
	{ 2021, 1, 4, 1, 2021 },
	{ 2025, 6, 15, 24, 2025 },
	{ 2008, 12, 29, 1, 2009 },
	{ 2010, 1, 3, 53, 2009 },
};

Test(date, iso_week)
{
	for (size_t i = 0; i < sizeof weeks / sizeof weeks[0]; i++) {
		const struct week_case *w = &weeks[i];
		int iso_year = 0;
		int week = date_iso_week(date_from_ymd(w->y, w->m, w->d), &iso_year);

		cr_expect(week == w->week && iso_year == w->iso_year,
		    "%d-%02d-%02d: week %d of %d, want %d of %d", w->y, w->m, w->d, week, iso_year,
		    w->week, w->iso_year);
	}
	cr_expect_eq(date_iso_week(date_from_ymd(2026, 1, 1), NULL), 1);
}

Test(date, iso_week_changes_on_monday)
{
	hs_date day = date_from_ymd(2020, 1, 1);
	int prev = date_iso_week(day, NULL), week;

	for (day++; day < date_from_ymd(2030, 1, 1); day++) {
		week = date_iso_week(day, NULL);
		if (date_weekday(day) == 0)
			cr_assert(week == prev + 1 || week == 1, "day %d", day);
		else
			cr_assert_eq(week, prev, "day %d", day);
		prev = week;
	}
}

/* Parse `s` with `today` and expect `want`. */
static void
expect_date(const char *s, hs_date today, hs_date want)
{
	hs_date got = -12345;
	char *cause = NULL;

	cr_assert_eq(date_parse(s, today, &got, &cause), 0, "\"%s\": %s", s, cause);
	cr_expect_eq(got, want, "\"%s\": %d, want %d", s, got, want);
}

Test(date, parse_good)
{
	hs_date today = date_from_ymd(2026, 3, 1);

	expect_date("2026-01-01", today, date_from_ymd(2026, 1, 1));
	expect_date("2024-02-29", today, date_from_ymd(2024, 2, 29));
	expect_date("1900-01-01", today, date_from_ymd(1900, 1, 1));
	expect_date("2999-12-31", today, date_from_ymd(2999, 12, 31));
	expect_date("today", today, today);
	expect_date("TODAY", today, today);
	expect_date("yesterday", today, date_from_ymd(2026, 2, 28));
	expect_date("-1", today, date_from_ymd(2026, 2, 28));
	expect_date("-0", today, today);
	expect_date("-365", today, date_from_ymd(2025, 3, 1));
}

Test(date, parse_bad)
{
	const char *bad[] = { "2026-02-30", "2026-13-01", "2026-00-10", "2026-01-00", "2025-02-29",
		"26-1-1", "2026-1-1", "", " 2026-01-01", "2026-01-01 ", "2026/01/01", "1899-12-31",
		"3000-01-01", "tomorrow", "-", "--1", "-x", "+1", "20260101", "2026-01-0a" };
	hs_date out = 77;
	char *cause;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		cause = NULL;
		cr_expect_eq(date_parse(bad[i], 0, &out, &cause), -1, "\"%s\" accepted", bad[i]);
		cr_expect_not_null(cause, "\"%s\"", bad[i]);
		free(cause);
	}
	cr_expect_eq(out, 77, "out was written on failure");
	cr_expect_eq(date_parse("2026-02-30", 0, &out, &cause), -1);
	cr_expect_str_eq(cause,
	    "bad date \"2026-02-30\" (expected YYYY-MM-DD, "
	    "today, yesterday or -N)");
	free(cause);
	cr_expect_eq(date_parse("nope", 0, &out, NULL), -1);
}

Test(date, time_parse)
{
	const char *bad[] = { "24:00", "12:60", "7:30", "07:3", "0730", "", "07:30 ", "-1:00",
		"ab:cd", "07-30" };
	int mod = -1;
	char *cause = NULL;

	cr_assert_eq(time_parse("00:00", &mod, NULL), 0);
	cr_expect_eq(mod, 0);
	cr_assert_eq(time_parse("07:30", &mod, NULL), 0);
	cr_expect_eq(mod, 450);
	cr_assert_eq(time_parse("23:59", &mod, NULL), 0);
	cr_expect_eq(mod, 1439);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		cr_expect_eq(time_parse(bad[i], &mod, NULL), -1, "\"%s\"", bad[i]);
	cr_expect_eq(time_parse("24:00", &mod, &cause), -1);
	cr_expect_str_eq(cause, "bad time \"24:00\" (expected HH:MM, 00:00 to 23:59)");
	free(cause);
}

Test(date, stamp_parse)
{
	const char *bad[] = { "2026-01-01", "2026-01-01 7:30", "2026-01-01x07:30",
		"2026-02-30 07:30", "2026-01-01 24:00", "2026-01-01  07:30", "" };
	hs_minute t = 0;
	char *cause = NULL;

	cr_assert_eq(stamp_parse("2026-01-01 07:30", &t, NULL), 0);
	cr_expect_eq(t, stamp_make(date_from_ymd(2026, 1, 1), 450));
	cr_assert_eq(stamp_parse("2026-01-01T23:59", &t, NULL), 0);
	cr_expect_eq(t, (hs_minute)date_from_ymd(2026, 1, 1) * 1440 + 1439);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		cr_expect_eq(stamp_parse(bad[i], &t, NULL), -1, "\"%s\"", bad[i]);
	cr_expect_eq(stamp_parse("x", &t, &cause), -1);
	cr_expect_str_eq(cause, "bad time stamp \"x\" (expected 'YYYY-MM-DD HH:MM')");
	free(cause);
}

Test(date, stamp_split)
{
	hs_minute t = stamp_make(date_from_ymd(2026, 5, 17), 1234);

	cr_expect_eq(stamp_date(t), date_from_ymd(2026, 5, 17));
	cr_expect_eq(stamp_minute_of_day(t), 1234);
	/* Before 1970 the day still starts at midnight. */
	t = stamp_make(-1, 0);
	cr_expect_eq(stamp_date(t), -1);
	cr_expect_eq(stamp_minute_of_day(t), 0);
	cr_expect_eq(stamp_date(t - 1), -2);
	cr_expect_eq(stamp_minute_of_day(t - 1), 1439);
	cr_expect_eq(stamp_date(-1), -1);
	cr_expect_eq(stamp_minute_of_day(-1), 1439);
}

Test(date, format)
{
	char d[DATE_BUF], h[TIME_BUF], s[STAMP_BUF];

	date_format(date_from_ymd(2026, 1, 9), d);
	cr_expect_str_eq(d, "2026-01-09");
	date_format(date_from_ymd(1900, 12, 31), d);
	cr_expect_str_eq(d, "1900-12-31");
	time_format(0, h);
	cr_expect_str_eq(h, "00:00");
	time_format(7 * 60 + 5, h);
	cr_expect_str_eq(h, "07:05");
	time_format(1439, h);
	cr_expect_str_eq(h, "23:59");
	stamp_format(stamp_make(date_from_ymd(2026, 11, 3), 21 * 60 + 45), s);
	cr_expect_str_eq(s, "2026-11-03 21:45");
	stamp_format(stamp_make(-1, 1), s);
	cr_expect_str_eq(s, "1969-12-31 00:01");
}

Test(date, format_parse_round_trip)
{
	char buf[STAMP_BUF];
	hs_minute t, back;

	for (t = stamp_make(date_from_ymd(2024, 2, 27), 0);
	     t < stamp_make(date_from_ymd(2024, 3, 2), 0); t += 17) {
		stamp_format(t, buf);
		cr_assert_eq(stamp_parse(buf, &back, NULL), 0, "%s", buf);
		cr_assert_eq(back, t, "%s", buf);
	}
}

Test(date, now_is_plausible)
{
	hs_minute now = date_now_local();
	int y, m, d;

	date_to_ymd(stamp_date(now), &y, &m, &d);
	cr_expect(y >= 2024 && y <= DATE_MAX_YEAR, "year %d", y);
	cr_expect(stamp_minute_of_day(now) >= 0 && stamp_minute_of_day(now) < 1440);
}
