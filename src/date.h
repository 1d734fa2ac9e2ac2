/* date.h: civil dates and times, with no time zone arithmetic.
 *
 * herstel counts wall-clock time: a timestamp is the number of minutes since
 * 1970-01-01 00:00 on the local calendar, as if every day had 24 hours. This
 * keeps the core pure and the recovery model independent of TZ; across a
 * daylight-saving change the model is off by at most one hour, which is far
 * below the precision of a recovery estimate. */
#ifndef HERSTEL_DATE_H
#define HERSTEL_DATE_H

#include <stdint.h>

typedef int32_t hs_date;   /* days since 1970-01-01 */
typedef int64_t hs_minute; /* minutes since 1970-01-01 00:00 */

#define HS_NO_TIME INT64_MIN /* "never" / "not set" for an hs_minute */

#define DATE_MIN_YEAR 1900
#define DATE_MAX_YEAR 2999

hs_date date_from_ymd(int y, int m, int d);
void date_to_ymd(hs_date day, int *y, int *m, int *d);
/* 0 = Monday ... 6 = Sunday. */
int date_weekday(hs_date day);
/* ISO 8601 week number (1-53); *iso_year gets the ISO year when not NULL. */
int date_iso_week(hs_date day, int *iso_year);
int date_days_in_month(int y, int m);

static inline hs_minute
stamp_make(hs_date day, int minute_of_day)
{
	return (hs_minute)day * 1440 + minute_of_day;
}
static inline hs_date
stamp_date(hs_minute t)
{
	return (hs_date)(t >= 0 ? t / 1440 : -((-t + 1439) / 1440));
}
static inline int
stamp_minute_of_day(hs_minute t)
{
	return (int)(t - (hs_minute)stamp_date(t) * 1440);
}

/* "YYYY-MM-DD", "today", "yesterday" or "-N" (N days before today).
 * Returns 0, or -1 with *cause set. */
int date_parse(const char *s, hs_date today, hs_date *out, char **cause);
/* "HH:MM" (00:00-23:59) into minutes since midnight. */
int time_parse(const char *s, int *minute_of_day, char **cause);
/* "YYYY-MM-DD HH:MM" (also "YYYY-MM-DDTHH:MM"). */
int stamp_parse(const char *s, hs_minute *out, char **cause);

/* Buffers: DATE_BUF "YYYY-MM-DD", TIME_BUF "HH:MM", STAMP_BUF both. */
#define DATE_BUF 11
#define TIME_BUF 6
#define STAMP_BUF 17
void date_format(hs_date day, char buf[DATE_BUF]);
void time_format(int minute_of_day, char buf[TIME_BUF]);
void stamp_format(hs_minute t, char buf[STAMP_BUF]);
/* English short names: "Mon", "Nov". */
const char *date_weekday_name(int weekday);
const char *date_month_name(int month);

/* The local wall clock now, or the pinned time in HERSTEL_AT-style text
 * when the caller has one; this is the only place that reads the clock. */
hs_minute date_now_local(void);
/* A time stamp in UTC (minutes since 1970-01-01 00:00 UTC) on the local
 * calendar: the one place that applies the time zone (TZ), for files that
 * write UTC. */
hs_minute date_local_from_utc(hs_minute utc);

#endif
