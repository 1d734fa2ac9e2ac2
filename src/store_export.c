/* store_export.c: the walks for export and the catalogue: every live record
 * of a range handed to visitors from one read transaction, and the
 * journal's exercises: by name, the user's own, and those an import could
 * not place. */
#include "config.h"

#include "i18n.h"
#include "store.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store_impl.h"
#include "util.h"

int
store_find_exercise(struct store *s, const char *name, int64_t *id, char **cause)
{
	sqlite3_stmt *st = store_stmt(s, ST_FIND_EXERCISE, cause);
	int step;

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	if ((step = sqlite3_step(st)) == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return store_fail(s, cause, _("find exercise"));
	return step == SQLITE_ROW;
}

/* Each exercise statement `id` lists (its first column; its second, a
 * count, when it has one), read by the exercise decoder, to `each`. */
static int
store_each_exercise(struct store *s, enum stmt_id id,
    int (*each)(void *arg, const struct exercise_def *def, size_t n, char **cause), void *arg,
    char **cause)
{
	struct exercise_cache rc = { 0 };
	sqlite3_stmt *st = store_stmt(s, id, cause);
	int step = SQLITE_DONE, ret = 0;
	ptrdiff_t x;

	while (ret == 0 && st != NULL && (step = sqlite3_step(st)) == SQLITE_ROW) {
		if ((x = store_exercise(s, &rc, sqlite3_column_int64(st, 0), cause)) < 0)
			ret = -1;
		else
			ret = each(arg, &rc.defs[x],
			    sqlite3_column_count(st) > 1 ? (size_t)sqlite3_column_int64(st, 1) : 0,
			    cause);
	}
	if (st != NULL)
		sqlite3_reset(st);
	store_exercise_cache_free(&rc);
	if (ret != 0 || st == NULL)
		return -1;
	return step == SQLITE_DONE ? 0 : store_fail(s, cause, _("read the exercises"));
}

struct store_add_custom {
	int (*add)(void *arg, const struct exercise_def *def, char **cause);
	void *arg;
};

static int
store_add_custom(void *arg, const struct exercise_def *def, size_t n, char **cause)
{
	const struct store_add_custom *a = arg;

	(void)n;
	return a->add(a->arg, def, cause);
}

int
store_custom_exercises(struct store *s,
    int (*add)(void *arg, const struct exercise_def *def, char **cause), void *arg, char **cause)
{
	struct store_add_custom a = { add, arg };

	return store_each_exercise(s, ST_CUSTOM_EXERCISES, store_add_custom, &a, cause);
}

struct store_add_unplaced {
	int (*each)(void *arg, const char *name, size_t sets, char **cause);
	void *arg;
};

static int
store_add_unplaced(void *arg, const struct exercise_def *def, size_t n, char **cause)
{
	const struct store_add_unplaced *a = arg;

	return a->each(a->arg, def->name, n, cause);
}

int
store_unplaced(struct store *s, int (*each)(void *arg, const char *name, size_t sets, char **cause),
    void *arg, char **cause)
{
	struct store_add_unplaced a = { each, arg };

	return store_each_exercise(s, ST_UNPLACED, store_add_unplaced, &a, cause);
}

/* One kind's walk of store_each_record: the visitors, the kind, and for
 * sets the reader whose cache says whether a set's exercise is the user's. */
struct store_visit {
	const struct store_each *e;
	enum record_kind kind;
	struct lift_reader lr;
};

/* Hand one decoded record to its visitor, then free it. */
static int
store_visit(void *arg, void *row, char **cause)
{
	struct store_visit *v = arg;
	const struct store_each *e = v->e;
	int rc = -1;

	switch (v->kind) {
	case RECORD_SET:
		rc = e->set(e->arg, row, v->lr.rc.defs[v->lr.slot].custom, cause);
		break;
	case RECORD_SORENESS:
		rc = e->soreness(e->arg, row, cause);
		break;
	case RECORD_SLEEP:
		rc = e->sleep(e->arg, row, cause);
		break;
	case RECORD_DAY:
		rc = e->day(e->arg, row, cause);
		break;
	case RECORD_ACTIVITY:
		rc = e->activity(e->arg, row, cause);
		break;
	}
	store_row_free((enum store_rows)v->kind, row);
	return rc;
}

int
store_each_record(
    struct store *s, hs_date from, hs_date to, const struct store_each *e, char **cause)
{
	const bool given[] = { [RECORD_SET] = e->set != NULL,
		[RECORD_SORENESS] = e->soreness != NULL,
		[RECORD_SLEEP] = e->sleep != NULL,
		[RECORD_DAY] = e->day != NULL,
		[RECORD_ACTIVITY] = e->activity != NULL };
	int rc = 0;

	if (s->batch != 0)
		return util_fail(cause, _("internal error: export inside a batch"));
	/* One read transaction: the kinds come from the same moment. */
	if (store_run(s, ST_BEGIN_READ, cause) != 0)
		return -1;
	for (int k = RECORD_SET; rc == 0 && k <= RECORD_ACTIVITY; k++) {
		struct store_visit v = { .e = e, .kind = (enum record_kind)k };

		/* enum store_rows begins in the order of enum record_kind. */
		if (given[k])
			rc = store_walk(
			    s, (enum store_rows)k, from, to, &v.lr, store_visit, &v, cause);
		store_exercise_cache_free(&v.lr.rc);
	}
	store_run(s, rc == 0 ? ST_COMMIT : ST_ROLLBACK, NULL);
	return rc;
}
