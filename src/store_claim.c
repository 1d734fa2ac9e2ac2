/* store_claim.c: what an import asks of the journal: the records it
 * already holds, each claimed once. */
#include "config.h"

#include "store.h"

#include <stdlib.h>

#include <sqlite3.h>

#include "store_impl.h"
#include "util.h"

/* Bind the fields of a record to its ST_SAME_* statement. */
static void
store_bind_same(sqlite3_stmt *st, enum record_kind kind, const void *rec)
{
	const struct set_record *l = rec;
	const struct soreness_record *so = rec;
	const struct sleep_record *sl = rec;
	const struct day_record *d = rec;
	const struct activity_record *ac = rec;

	switch (kind) {
	case RECORD_SET:
		store_bind_date(st, 2, stamp_date(l->at));
		store_bind_time(st, 3, l->at);
		sqlite3_bind_int64(st, 4, l->exercise_id);
		sqlite3_bind_double(st, 5, l->weight_kg);
		sqlite3_bind_int(st, 6, l->bodyweight);
		sqlite3_bind_int(st, 7, l->reps);
		sqlite3_bind_double(st, 8, l->rpe);
		sqlite3_bind_text(st, 9, set_kind_id(l->kind), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 10, l->note ? l->note : "", -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 11, l->seconds);
		sqlite3_bind_double(st, 12, l->distance_m);
		sqlite3_bind_int(st, 13, l->superset);
		break;
	case RECORD_ACTIVITY:
		store_bind_date(st, 2, stamp_date(ac->at));
		store_bind_time(st, 3, ac->at);
		sqlite3_bind_text(st, 4, ac->name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 5, ac->seconds);
		sqlite3_bind_double(st, 6, ac->distance_m);
		sqlite3_bind_text(st, 7, ac->note ? ac->note : "", -1, SQLITE_TRANSIENT);
		break;
	case RECORD_SORENESS:
		store_bind_date(st, 2, stamp_date(so->at));
		store_bind_time(st, 3, so->at);
		sqlite3_bind_text(st, 4, group_id(so->group), -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 5, so->level);
		break;
	case RECORD_SLEEP:
		store_bind_date(st, 2, sl->date);
		sqlite3_bind_double(st, 3, sl->hours);
		sqlite3_bind_int(st, 4, sl->quality);
		break;
	case RECORD_DAY:
		store_bind_date(st, 2, d->date);
		sqlite3_bind_text(
		    st, 3, d->kind != DAY_UNSET ? day_kind_id(d->kind) : "", -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, d->note ? d->note : "", -1, SQLITE_TRANSIENT);
		break;
	}
}

int
store_claims_begin(struct store *s, char **cause)
{
	/* An import is checked whatever the day: it may write a lot. */
	s->check_next = true;
	if (store_run(s, ST_CLAIMED_TABLE, cause) != 0 ||
	    store_run(s, ST_CLAIMED_CLEAR, cause) != 0)
		return -1;
	return 0;
}

int
store_claim_same(struct store *s, enum record_kind kind, const void *rec, bool *found, char **cause)
{
	static const enum stmt_id ids[] = { [RECORD_SET] = ST_SAME_LIFT,
		[RECORD_SORENESS] = ST_SAME_SORENESS,
		[RECORD_SLEEP] = ST_SAME_SLEEP,
		[RECORD_DAY] = ST_SAME_DAY,
		[RECORD_ACTIVITY] = ST_SAME_ACTIVITY };
	/* The kinds of temp.claimed. */
	static const int claim_kind[] = {
		[RECORD_SET] = 0, [RECORD_SORENESS] = 1, [RECORD_ACTIVITY] = 2
	};
	sqlite3_stmt *st = store_stmt(s, ids[kind], cause);
	int64_t id = 0;
	int step;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, s->batch);
	store_bind_same(st, kind, rec);
	if ((step = sqlite3_step(st)) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return store_fail(s, cause, "look for duplicates");
	*found = step == SQLITE_ROW;
	/* A date has one night and one kind: those are not counted out. */
	if (!*found || kind == RECORD_SLEEP || kind == RECORD_DAY)
		return 0;
	if ((st = store_stmt(s, ST_CLAIM, cause)) == NULL)
		return -1;
	sqlite3_bind_int(st, 1, claim_kind[kind]);
	sqlite3_bind_int64(st, 2, id);
	return store_exec(s, st, cause, "look for duplicates");
}
