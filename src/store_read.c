/* store_read.c: what the screens and the commands read: a day, and the
 * events the recovery model and the signals need at a time or for a week,
 * each from bounded ranges, so that the cost does not grow with the
 * history. */
#include "config.h"

#include "i18n.h"
#include "store.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "store_impl.h"
#include "util.h"
#include "week.h"

int
store_get_day(struct store *s, hs_date date, struct day_record *out, bool *found, char **cause)
{
	struct day_record *days;
	void *v = NULL;
	size_t n = 0;

	memset(out, 0, sizeof *out);
	if (store_load_rows(s, ROWS_DAYS, date, date, NULL, &v, &n, cause) != 0)
		return -1;
	days = v;
	if ((*found = n > 0)) {
		*out = days[0];
		store_rows_free(ROWS_DAYS, days + 1, n - 1);
	}
	free(days);
	return 0;
}

int
store_exercise_sets(
    struct store *s, const char *name, struct set_record **out, size_t *n, char **cause)
{
	struct lift_reader lr = { 0 };
	int64_t id;
	void *v = NULL;
	int found, rc;

	*out = NULL;
	*n = 0;
	if ((found = store_find_exercise(s, name, &id, cause)) <= 0)
		return found;
	rc = store_load_rows_of(s, ROWS_EXERCISE_SETS, id, date_from_ymd(DATE_MIN_YEAR, 1, 1),
	    date_from_ymd(9999, 12, 31), &lr, &v, n, cause);
	store_exercise_cache_free(&lr.rc);
	*out = v;
	return rc;
}

int
store_last_session(struct store *s, const char *name, hs_date before, hs_date *date,
    struct set_record **out, size_t *n, char **cause)
{
	sqlite3_stmt *st;
	struct lift_reader lr = { 0 };
	const char *t;
	char stamp[DATE_BUF + 8] = "";
	hs_minute at;
	int64_t id;
	void *v = NULL;
	int found, step, rc;

	*out = NULL;
	*n = 0;
	if ((found = store_find_exercise(s, name, &id, cause)) <= 0)
		return found;
	if ((st = store_stmt(s, ST_LAST_SESSION_DATE, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	store_bind_date(st, 2, before);
	if ((step = sqlite3_step(st)) == SQLITE_ROW &&
	    (t = (const char *)sqlite3_column_text(st, 0)) != NULL)
		snprintf(stamp, sizeof stamp, "%.*s 00:00", DATE_BUF - 1, t);
	sqlite3_reset(st);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return store_fail(s, cause, _("read the last session"));
	if (stamp[0] == '\0')
		return 0; /* never before that date */
	if (stamp_parse(stamp, &at, NULL) != 0)
		return store_row_damaged(s, "exercise", id, _("the date of its last set"), cause);
	*date = stamp_date(at);
	rc = store_load_rows_of(s, ROWS_EXERCISE_SETS, id, *date, *date, &lr, &v, n, cause);
	store_exercise_cache_free(&lr.rc);
	*out = v;
	return rc;
}

int
store_day_last_time(struct store *s, hs_date date, hs_minute *at, bool *found, char **cause)
{
	sqlite3_stmt *st = store_stmt(s, ST_DAY_LAST_TIME, cause);
	const char *t;
	int step, minute;

	*found = false;
	if (st == NULL)
		return -1;
	store_bind_date(st, 1, date);
	if ((step = sqlite3_step(st)) == SQLITE_ROW &&
	    (t = (const char *)sqlite3_column_text(st, 0)) != NULL) {
		if (time_parse(t, &minute, NULL) != 0) {
			sqlite3_reset(st);
			return store_fail(s, cause, _("read the time of the day's sets"));
		}
		*at = stamp_make(date, minute);
		*found = true;
	}
	sqlite3_reset(st);
	return step == SQLITE_ROW || step == SQLITE_DONE ? 0
	                                                 : store_fail(s, cause, _("read the day's sets"));
}

/* The rows of each kind from ROWS_SETS (or ROWS_SORENESS) to `last` on the
 * dates `from` to `to`, into v[kind] and n[kind]; on failure none. */
static int
store_load_kinds(struct store *s, bool sets, enum store_rows last, hs_date from, hs_date to,
    void *v[], size_t n[], char **cause)
{
	struct lift_reader lr = { 0 };
	int rc = 0, k;

	for (k = sets ? ROWS_SETS : ROWS_SORENESS; rc == 0 && k <= (int)last; k++)
		rc = store_load_rows(s, (enum store_rows)k, from, to, &lr, &v[k], &n[k], cause);
	store_exercise_cache_free(&lr.rc);
	for (k = ROWS_SETS; rc != 0 && k <= (int)last; k++) {
		store_rows_free((enum store_rows)k, v[k], n[k]);
		free(v[k]);
		v[k] = NULL;
		n[k] = 0;
	}
	return rc;
}

int
store_load_day(struct store *s, hs_date date, struct store_day *out, char **cause)
{
	void *v[ROWS_ACTIVITIES + 1] = { 0 };
	size_t n[ROWS_ACTIVITIES + 1] = { 0 };
	struct sleep_record *sleep;
	struct day_record *days;

	memset(out, 0, sizeof *out);
	out->date = date;
	if (store_load_kinds(s, true, ROWS_ACTIVITIES, date, date, v, n, cause) != 0)
		return -1;
	out->sets = v[ROWS_SETS];
	out->nsets = n[ROWS_SETS];
	out->soreness = v[ROWS_SORENESS];
	out->nsoreness = n[ROWS_SORENESS];
	out->activities = v[ROWS_ACTIVITIES];
	out->nactivities = n[ROWS_ACTIVITIES];
	/* One night and one day record a date at most (unique indexes). */
	sleep = v[ROWS_SLEEP];
	days = v[ROWS_DAYS];
	if ((out->has_sleep = n[ROWS_SLEEP] > 0))
		out->sleep = sleep[0];
	if ((out->has_day = n[ROWS_DAYS] > 0)) {
		out->day = days[0];
		store_rows_free(ROWS_DAYS, days + 1, n[ROWS_DAYS] - 1);
	} else
		out->day.note = xstrdup("");
	free(sleep);
	free(days);
	return 0;
}

void
store_day_free(struct store_day *d)
{
	for (size_t i = 0; i < d->nsets; i++)
		set_record_free(&d->sets[i]);
	free(d->sets);
	free(d->soreness);
	for (size_t i = 0; i < d->nactivities; i++)
		activity_record_free(&d->activities[i]);
	free(d->activities);
	day_record_free(&d->day);
	memset(d, 0, sizeof *d);
}

/* The last session of each group before `from`, of sets the model counts:
 * for the `due` state and the novelty of the first session replayed. */
static int
store_last_trained(struct store *s, const struct recovery_params *p, hs_date from,
    hs_minute last[GROUP_COUNT], char **cause)
{
	sqlite3_stmt *st = store_stmt(s, ST_LAST_TRAINED_BEFORE, cause);
	const char *at;
	hs_minute t;
	double min_logged;
	bool loaded, bodyweight;
	int step, g;

	for (g = 0; g < GROUP_COUNT; g++)
		last[g] = HS_NO_TIME;
	if (st == NULL)
		return -1;
	recovery_hard_terms(p, &min_logged, &loaded, &bodyweight);
	store_bind_date(st, 1, from);
	sqlite3_bind_double(st, 2, min_logged);
	sqlite3_bind_int(st, 3, loaded);
	sqlite3_bind_int(st, 4, bodyweight);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		g = store_col_group(st, 0);
		at = (const char *)sqlite3_column_text(st, 1);
		if (g < 0 || (at != NULL && stamp_parse(at, &t, NULL) != 0))
			break;
		if (at != NULL && t > last[g])
			last[g] = t;
	}
	sqlite3_reset(st);
	if (step == SQLITE_ROW)
		return store_row_damaged(s, "exercise", sqlite3_column_int64(st, 2),
		    g < 0 ? _("a muscle group") : _("the date or time of its last set"), cause);
	return step == SQLITE_DONE ? 0 : store_fail(s, cause, _("read the last sessions"));
}

/* The events of the dates from `from` to `to`, and the sets of the strength
 * signal's look-back before them: what the board and the signals need at
 * any time of that span from `from` + `replay_days` on. */
static int
store_load_span(struct store *s, hs_date from, hs_date to, const struct recovery_params *p,
    struct store_events *out, char **cause)
{
	int replay_days = recovery_replay_days(p);
	int more = SIGNALS_BEST_DAYS > replay_days ? SIGNALS_BEST_DAYS - replay_days : 0;
	struct lift_reader lr = { 0 };
	void *v[ROWS_DAYS + 1] = { 0 };
	size_t n[ROWS_DAYS + 1] = { 0 };
	struct soreness_record *sore = NULL;
	struct sleep_record *sleep = NULL;
	struct day_record *dk = NULL;
	size_t nsore = 0, nsleep = 0, ndk = 0;
	void *sets = NULL;
	int ret = -1;

	memset(out, 0, sizeof *out);
	if (store_load_rows(
	        s, ROWS_EVENT_SETS, from - more, to, &lr, &sets, &out->in.nsets, cause) != 0)
		goto out;
	out->sets = sets;
	if (store_load_kinds(s, false, ROWS_DAYS, from, to, v, n, cause) != 0)
		goto out;
	sore = v[ROWS_SORENESS];
	nsore = n[ROWS_SORENESS];
	sleep = v[ROWS_SLEEP];
	nsleep = n[ROWS_SLEEP];
	dk = v[ROWS_DAYS];
	ndk = n[ROWS_DAYS];
	if (store_last_trained(s, p, from, out->in.last_trained_before, cause) != 0)
		goto out;
	out->soreness = xcalloc(nsore, sizeof *out->soreness);
	for (size_t i = 0; i < nsore; i++)
		out->soreness[i] =
		    (struct recovery_soreness){ sore[i].at, sore[i].group, sore[i].level };
	out->sleep = xcalloc(nsleep, sizeof *out->sleep);
	for (size_t i = 0; i < nsleep; i++)
		out->sleep[i] =
		    (struct recovery_sleep){ sleep[i].date, sleep[i].hours, sleep[i].quality };
	out->days = xcalloc(ndk, sizeof *out->days);
	for (size_t i = 0; i < ndk; i++)
		out->days[out->ndays++] = (struct day_kind_entry){ dk[i].date, dk[i].kind };
	out->in.sets = out->sets;
	out->in.replay_from = stamp_make(from, 0);
	out->in.soreness = out->soreness;
	out->in.nsoreness = nsore;
	out->in.sleep = out->sleep;
	out->in.nsleep = nsleep;
	ret = 0;
out:
	/* The sets point into the cache's names: those move to the events. */
	out->names = xcalloc(lr.rc.n, sizeof *out->names);
	for (size_t i = 0; i < lr.rc.n; i++)
		out->names[out->nnames++] = lr.rc.defs[i].name;
	free(lr.rc.ids);
	free(lr.rc.defs);
	store_rows_free(ROWS_DAYS, dk, ndk);
	free(sore);
	free(sleep);
	free(dk);
	if (ret != 0)
		store_events_free(out);
	return ret;
}

int
store_load_events(struct store *s, hs_minute now, const struct recovery_params *p,
    struct store_events *out, char **cause)
{
	return store_load_span(
	    s, stamp_date(now) - recovery_replay_days(p), stamp_date(now), p, out, cause);
}

int
store_load_week(struct store *s, hs_date first, hs_minute now, const struct recovery_params *p,
    struct store_events *out, char **cause)
{
	hs_date at = stamp_date(week_judged_at(first, now));

	if (at < first)
		at = first; /* a week not begun is judged at no time; its days are read */
	return store_load_span(
	    s, at - recovery_replay_days(p), first + WEEK_DAYS - 1, p, out, cause);
}

void
store_events_free(struct store_events *e)
{
	for (size_t i = 0; i < e->nnames; i++)
		free(e->names[i]);
	free(e->names);
	free(e->sets);
	free(e->soreness);
	free(e->sleep);
	free(e->days);
	memset(e, 0, sizeof *e);
}
