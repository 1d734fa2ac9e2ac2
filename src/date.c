/* date.c: civil calendar arithmetic, parsing and formatting of dates. */
#include "config.h"

#include "date.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "util.h"

/* Days from 1970-01-01 on the proleptic Gregorian calendar (H. Hinnant's
 * well-known era decomposition, which needs no tables and no loops). */
hs_date
date_from_ymd(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (hs_date)(era * 146097 + doe - 719468);
}

void
date_to_ymd(hs_date day, int *y, int *m, int *d)
{
	int z = day + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;

	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

int
date_weekday(hs_date day)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0). */
	int w = (int)((day + 3) % 7);

	return w < 0 ? w + 7 : w;
}

int
date_iso_week(hs_date day, int *iso_year)
{
	/* The ISO week belongs to the year that holds its Thursday. */
	hs_date thursday = day - date_weekday(day) + 3;
	int y, m, d;

	date_to_ymd(thursday, &y, &m, &d);
	if (iso_year != NULL)
		*iso_year = y;
	return (thursday - date_from_ymd(y, 1, 1)) / 7 + 1;
}

int
date_days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	/* No such month has no days; month 0 used to read days[-1]. */
	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

/* Exactly n ASCII digits at s. */
static int
digits(const char *s, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/* "YYYY-MM-DD" at s, with the calendar checked; the rest of s is not read. */
static int
parse_ymd(const char *s, hs_date *out)
{
	int y, m, d;

	if (strlen(s) < 10 || digits(s, 4, &y) || s[4] != '-' || digits(s + 5, 2, &m) ||
	    s[7] != '-' || digits(s + 8, 2, &d))
		return -1;
	if (y < DATE_MIN_YEAR || y > DATE_MAX_YEAR || m < 1 || m > 12 || d < 1 ||
	    d > date_days_in_month(y, m))
		return -1;
	*out = date_from_ymd(y, m, d);
	return 0;
}

int
date_parse(const char *s, hs_date today, hs_date *out, char **cause)
{
	long n;

	/* The words in English and in Dutch, whatever the interface's language. */
	if (util_strcasecmp(s, "today") == 0 || util_strcasecmp(s, "vandaag") == 0) {
		*out = today;
		return 0;
	}
	if (util_strcasecmp(s, "yesterday") == 0 || util_strcasecmp(s, "gisteren") == 0) {
		*out = today - 1;
		return 0;
	}
	if (s[0] == '-' && util_parse_long(s + 1, 0, 36500, &n) == 0) {
		*out = today - (hs_date)n;
		return 0;
	}
	if (strlen(s) == 10 && parse_ymd(s, out) == 0)
		return 0;
	return util_fail(
	    cause, _("bad date \"%s\" (expected YYYY-MM-DD, today, yesterday or -N)"), s);
}

/* "HH:MM" at s; the rest of s is not read. */
static int
parse_hm(const char *s, int *out)
{
	int h, m;

	if (digits(s, 2, &h) || s[2] != ':' || digits(s + 3, 2, &m) || h > 23 || m > 59)
		return -1;
	*out = h * 60 + m;
	return 0;
}

int
time_parse(const char *s, int *minute_of_day, char **cause)
{
	if (strlen(s) == 5 && parse_hm(s, minute_of_day) == 0)
		return 0;
	return util_fail(cause, _("bad time \"%s\" (expected HH:MM, 00:00 to 23:59)"), s);
}

int
stamp_parse(const char *s, hs_minute *out, char **cause)
{
	hs_date day;
	int mod;

	if (strlen(s) == 16 && parse_ymd(s, &day) == 0 && (s[10] == ' ' || s[10] == 'T') &&
	    parse_hm(s + 11, &mod) == 0) {
		*out = stamp_make(day, mod);
		return 0;
	}
	return util_fail(cause, _("bad time stamp \"%s\" (expected 'YYYY-MM-DD HH:MM')"), s);
}

void
date_format(hs_date day, char buf[DATE_BUF])
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	/* Unsigned and bounded, so that the compiler can see it fits. */
	snprintf(buf, DATE_BUF, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
	    (unsigned)d % 100u);
}

void
time_format(int minute_of_day, char buf[TIME_BUF])
{
	/* Wrap into one day: a negative minute used to print "-1:-5". */
	unsigned mod = (unsigned)(minute_of_day % 1440 + 1440) % 1440u;

	snprintf(buf, TIME_BUF, "%02u:%02u", mod / 60, mod % 60);
}

void
stamp_format(hs_minute t, char buf[STAMP_BUF])
{
	char d[DATE_BUF], h[TIME_BUF];

	date_format(stamp_date(t), d);
	time_format(stamp_minute_of_day(t), h);
	snprintf(buf, STAMP_BUF, "%s %s", d, h);
}

const char *
date_weekday_name(int weekday)
{
	/* TRANSLATORS: the days of the week, abbreviated as on a calendar. */
	static const char *names[] = { N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"),
		N_("Sat"), N_("Sun") };

	return _(names[((weekday % 7) + 7) % 7]);
}

const char *
date_month_name(int month)
{
	/* TRANSLATORS: the months, abbreviated as on a calendar. */
	static const char *names[] = { N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"),
		N_("Jun"), N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec") };

	return _(names[((month - 1) % 12 + 12) % 12]);
}

hs_minute
date_now_local(void)
{
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	return stamp_make(date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
	    tm.tm_hour * 60 + tm.tm_min);
}

hs_minute
date_local_from_utc(hs_minute utc)
{
	time_t t = (time_t)(utc * 60);
	struct tm tm;

	if (localtime_r(&t, &tm) == NULL)
		return utc;
	return stamp_make(date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
	    tm.tm_hour * 60 + tm.tm_min);
}
