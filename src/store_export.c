/* store_export.c: the walks for export and the catalogue: every live record
 * of a range handed to visitors from one read transaction, the user's own
 * exercises, and those an import could not place. */
#include "config.h"

#include "store.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store_impl.h"
#include "util.h"

int
store_custom_exercises(struct store *s,
    int (*add)(void *arg, const struct exercise_def *def, char **cause), void *arg, char **cause)
{
	struct exercise_cache rc = { 0 };
	struct exercise_def def = { 0 };
	sqlite3_stmt *st = store_stmt(s, ST_CUSTOM_EXERCISES, cause);
	int step = SQLITE_DONE, ret = 0, bw = 0;

	/* `add` copies what it keeps, so one def is reused for every row. */
	while (ret == 0 && st != NULL && (step = sqlite3_step(st)) == SQLITE_ROW) {
		def.custom = true;
		if ((def.name = store_col_text(st, 1)) == NULL || !store_col_int(st, 2, 0, 1, &bw))
			ret = store_row_damaged(s, "exercise", sqlite3_column_int64(st, 0),
			    def.name == NULL ? "its name" : "its bodyweight flag", cause);
		else
			ret = store_roles(s, &rc, sqlite3_column_int64(st, 0), def.role, cause);
		def.bodyweight = bw;
		if (ret == 0)
			ret = add(arg, &def, cause);
		free(def.name);
	}
	if (st != NULL)
		sqlite3_reset(st);
	store_exercise_cache_free(&rc);
	if (ret != 0 || st == NULL)
		return -1;
	return step == SQLITE_DONE ? 0 : store_fail(s, cause, "read the exercises");
}

int
store_unplaced(struct store *s, int (*each)(void *arg, const char *name, size_t sets, char **cause),
    void *arg, char **cause)
{
	sqlite3_stmt *st = store_stmt(s, ST_UNPLACED, cause);
	int step = SQLITE_DONE, ret = 0;

	while (ret == 0 && st != NULL && (step = sqlite3_step(st)) == SQLITE_ROW)
		ret = each(arg, (const char *)sqlite3_column_text(st, 0),
		    (size_t)sqlite3_column_int64(st, 1), cause);
	if (st != NULL)
		sqlite3_reset(st);
	if (ret != 0 || st == NULL)
		return -1;
	return step == SQLITE_DONE ? 0 : store_fail(s, cause, "read exercises");
}

/* Hand every live record of one kind from `from` to `to` to `e`, each read
 * by the decoder the screens use. */
static int
store_each_kind(struct store *s, enum record_kind kind, hs_date from, hs_date to,
    const struct store_each *e, char **cause)
{
	static const enum stmt_id ids[] = { [RECORD_SET] = ST_LIFTS_BETWEEN,
		[RECORD_SORENESS] = ST_SORENESS_BETWEEN,
		[RECORD_SLEEP] = ST_SLEEP_BETWEEN,
		[RECORD_DAY] = ST_DAYS_BETWEEN };
	static store_row_fn *const rows[] = { [RECORD_SET] = store_row_set,
		[RECORD_SORENESS] = store_row_soreness,
		[RECORD_SLEEP] = store_row_sleep,
		[RECORD_DAY] = store_row_day };
	struct exercise_cache rc = { 0 };
	sqlite3_stmt *st = store_range(s, ids[kind], from, to, cause);
	union {
		struct set_record set;
		struct soreness_record soreness;
		struct sleep_record sleep;
		struct day_record day;
	} r;
	int step = SQLITE_DONE, ret = 0;

	while (ret == 0 && st != NULL && (step = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&r, 0, sizeof r);
		ret = rows[kind](s, st, &r, &rc, cause);
		if (ret == 0 && kind == RECORD_SET)
			ret = e->set(e->arg, &r.set, sqlite3_column_int(st, 12) == 1, cause);
		else if (ret == 0 && kind == RECORD_SORENESS)
			ret = e->soreness(e->arg, &r.soreness, cause);
		else if (ret == 0 && kind == RECORD_SLEEP)
			ret = e->sleep(e->arg, &r.sleep, cause);
		else if (ret == 0)
			ret = e->day(e->arg, &r.day, cause);
		if (kind == RECORD_SET)
			set_record_free(&r.set);
		else if (kind == RECORD_DAY)
			day_record_free(&r.day);
	}
	if (st != NULL)
		sqlite3_reset(st);
	store_exercise_cache_free(&rc);
	if (ret != 0 || st == NULL)
		return -1;
	return step == SQLITE_DONE ? 0 : store_fail(s, cause, store_range_what(ids[kind]));
}

/* Hand the live activities from `from` to `to` to e->activity. */
static int
store_each_activity(
    struct store *s, hs_date from, hs_date to, const struct store_each *e, char **cause)
{
	sqlite3_stmt *st = store_range(s, ST_ACTIVITIES_BETWEEN, from, to, cause);
	struct activity_record r;
	int step = SQLITE_DONE, ret = 0;

	while (ret == 0 && st != NULL && (step = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&r, 0, sizeof r);
		if ((ret = store_row_activity(s, st, &r, NULL, cause)) == 0)
			ret = e->activity(e->arg, &r, cause);
		activity_record_free(&r);
	}
	if (st != NULL)
		sqlite3_reset(st);
	if (ret != 0 || st == NULL)
		return -1;
	return step == SQLITE_DONE ? 0 : store_fail(s, cause, "read activities");
}

int
store_each_record(
    struct store *s, hs_date from, hs_date to, const struct store_each *e, char **cause)
{
	const bool given[] = { [RECORD_SET] = e->set != NULL,
		[RECORD_SORENESS] = e->soreness != NULL,
		[RECORD_SLEEP] = e->sleep != NULL,
		[RECORD_DAY] = e->day != NULL };
	int rc = 0;

	if (s->batch != 0)
		return util_fail(cause, "internal error: export inside a batch");
	/* One read transaction: the kinds come from the same moment. */
	if (store_run(s, ST_BEGIN_READ, cause) != 0)
		return -1;
	for (int k = RECORD_SET; rc == 0 && k <= RECORD_DAY; k++)
		if (given[k])
			rc = store_each_kind(s, (enum record_kind)k, from, to, e, cause);
	if (rc == 0 && e->activity != NULL)
		rc = store_each_activity(s, from, to, e, cause);
	store_run(s, rc == 0 ? ST_COMMIT : ST_ROLLBACK, NULL);
	return rc;
}
