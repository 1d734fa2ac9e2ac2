/* store_claim.c: what an import asks of the journal: the records it
 * already holds, each claimed once. */
#include "config.h"

#include "i18n.h"
#include "store.h"

#include <stdlib.h>

#include <sqlite3.h>

#include "store_impl.h"
#include "util.h"

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
	store_bind_record(st, s->batch, kind, rec);
	if ((step = sqlite3_step(st)) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return store_fail(s, cause, _("look for duplicates"));
	*found = step == SQLITE_ROW;
	/* A date has one night and one kind: those are not counted out. */
	if (!*found || kind == RECORD_SLEEP || kind == RECORD_DAY)
		return 0;
	if ((st = store_stmt(s, ST_CLAIM, cause)) == NULL)
		return -1;
	sqlite3_bind_int(st, 1, claim_kind[kind]);
	sqlite3_bind_int64(st, 2, id);
	return store_exec(s, st, cause, _("look for duplicates"));
}
