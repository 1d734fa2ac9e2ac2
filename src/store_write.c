/* store_write.c: batches (begin, commit, rollback, store_batch), the daily
 * check before a write, the writes of each kind and undo. */
#include "config.h"

#include "i18n.h"
#include "store.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store_impl.h"
#include "util.h"

/* Before the first write of a day (or of an import) the journal must pass
 * quick_check; the day of the last one is kept in the journal itself, in
 * the table `checked`, written in the same transaction as the write. Runs
 * inside the write transaction, so nothing changes between check and write. */
static int
store_check_daily(struct store *s, char **cause)
{
	char today[DATE_BUF];
	const char *day;
	sqlite3_stmt *st;
	bool done = false;

	if (s->memory)
		return 0;
	date_format(stamp_date(date_now_local()), today);
	if (!s->check_next && (st = store_stmt(s, ST_CHECKED_DAY, cause)) != NULL) {
		if (sqlite3_step(st) == SQLITE_ROW &&
		    (day = (const char *)sqlite3_column_text(st, 0)))
			done = strcmp(day, today) == 0;
		sqlite3_reset(st);
	}
	if (done)
		return 0;
	if (store_check(s, ST_QUICK_CHECK, cause) != 0 ||
	    (st = store_stmt(s, ST_SET_CHECKED_DAY, cause)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, today, -1, SQLITE_STATIC);
	if (store_exec(s, st, cause, _("note the check")) != 0)
		return -1;
	s->check_next = false;
	return 0;
}

/* Start a write transaction, unless the journal is known to be damaged;
 * the daily check comes first. */
static int
store_write_begin(struct store *s, char **cause)
{
	if (s->damaged)
		return util_fail(
		    cause, _("%s: the journal is damaged; %s"), s->path, STORE_RECOVER_HINT);
	if (store_run(s, ST_BEGIN, cause) != 0)
		return -1;
	if (store_check_daily(s, cause) != 0) {
		store_run(s, ST_ROLLBACK, NULL);
		return -1;
	}
	return 0;
}

int
store_begin(struct store *s, const char *what, char **cause)
{
	sqlite3_stmt *st;

	if (s->batch != 0)
		return util_fail(cause, _("internal error: a batch is already open"));
	if (store_write_begin(s, cause) != 0)
		return -1;
	if ((st = store_stmt(s, ST_ADD_BATCH, cause)) == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, what, -1, SQLITE_TRANSIENT);
	if (store_exec(s, st, cause, _("begin")) != 0)
		goto fail;
	s->batch = sqlite3_last_insert_rowid(s->db);
	free(s->what);
	s->what = xstrdup(what);
	return 0;
fail:
	store_run(s, ST_ROLLBACK, NULL);
	return -1;
}

/* Is batch `id` (with `what`) in the journal as the next program to open
 * it will find it? 1, 0, or -1 when that cannot be read. Our connection is
 * closed first: its view may lack a commit whose last sync failed but whose
 * frames are in the -wal, which the next open applies (or closing may fold
 * that log in, or remove it). A fresh connection sees what is on file. */
static int
store_probe_batch(struct store *s, int64_t id, const char *what, char **cause)
{
	sqlite3 *probe = NULL;
	sqlite3_stmt *st = NULL;
	const char *got;
	int found = -1;

	for (int i = 0; i < ST_COUNT; i++) {
		sqlite3_finalize(s->stmt[i]);
		s->stmt[i] = NULL;
	}
	sqlite3_close(s->db);
	s->db = NULL;
	if (sqlite3_open_v2(s->path, &probe, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(probe, stmt_sql[ST_FIND_BATCH], -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, id);
		if ((found = sqlite3_step(st)) == SQLITE_ROW)
			found = (got = (const char *)sqlite3_column_text(st, 0)) != NULL &&
			    strcmp(got, what) == 0;
		else
			found = found == SQLITE_DONE ? 0 : -1;
	}
	sqlite3_finalize(st);
	sqlite3_close(probe);
	/* Connected again for what the caller does next (the screen goes on). */
	if (store_connect(s, false, false, cause) != 0 || store_accept(s, true, cause) != 0)
		s->damaged = true; /* no connection to write through */
	return found;
}

/* A COMMIT (of batch `id`, `saved` when the commit adds it, else when it
 * removes it) failed with an I/O error: say truly what the journal holds. */
static int
store_commit_failed(struct store *s, int64_t id, const char *what, bool saved, char **cause)
{
	char *why = cause != NULL && *cause != NULL ? *cause : xstrdup("COMMIT: disk I/O error");
	char *ignored = NULL;
	int found = store_probe_batch(s, id, what, &ignored);

	free(ignored);
	if (cause != NULL)
		*cause = NULL;
	if (found == (saved ? 1 : 0)) {
		/* Done after all: success, with a word about the disk. */
		free(s->warning);
		s->warning = xasprintf(_("%s; yet the journal, read again, holds the change: it is"
		                       " saved, do not enter it again. Check the disk"),
		    why);
		free(why);
		return 0;
	}
	if (found >= 0)
		util_fail(cause,
		    saved ? _("%s; the journal, read again, shows that nothing was saved")
		          : _("%s; the journal, read again, shows that nothing was undone"),
		    why);
	else if (saved)
		util_fail(cause,
		    _("%s; the change may have been saved: check with \"herstel status\" or the"
		      " journal screen before you enter it again"),
		    why);
	else
		util_fail(cause,
		    _("%s; the change may have been undone: check with \"herstel status\" or the"
		      " journal screen before you undo again"),
		    why);
	free(why);
	return -1;
}

int
store_commit(struct store *s, char **cause)
{
	int64_t id = s->batch;
	int ext;

	if (s->batch == 0)
		return util_fail(cause, _("internal error: no batch to commit"));
	if (store_run(s, ST_COMMIT, cause) != 0) {
		ext = sqlite3_extended_errcode(s->db);
		store_rollback(s);
		if ((ext & 0xff) == SQLITE_IOERR && !s->memory &&
		    store_commit_failed(s, id, s->what, true, cause) == 0) {
			s->commits++; /* saved after all */
			return 0;
		}
		return -1;
	}
	s->batch = 0;
	s->commits++;
	return 0;
}

char *
store_take_warning(struct store *s)
{
	char *w = s->warning;

	s->warning = NULL;
	return w;
}

void
store_rollback(struct store *s)
{
	if (!sqlite3_get_autocommit(s->db))
		store_run(s, ST_ROLLBACK, NULL);
	s->batch = 0;
}

int
store_batch(struct store *s, const char *what, store_write_fn *write, void *arg, char **cause)
{
	if (store_begin(s, what, cause) != 0)
		return -1;
	if (write(s, arg, cause) != 0 || store_commit(s, cause) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

/* Writes outside a batch would escape undo and atomicity: refuse them. */
static int
store_need_batch(struct store *s, char **cause)
{
	return s->batch != 0 ? 0 : util_fail(cause, _("internal error: write outside a batch"));
}

/* The groups an exercise hits, with their roles. */
static int
store_add_groups(struct store *s, int64_t eid, const unsigned char role[GROUP_COUNT], char **cause)
{
	sqlite3_stmt *st;

	for (int g = 0; g < GROUP_COUNT; g++) {
		if (role[g] == ROLE_NONE)
			continue;
		if ((st = store_stmt(s, ST_ADD_EXERCISE_GROUP, cause)) == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, eid);
		sqlite3_bind_text(st, 2, group_id(g), -1, SQLITE_STATIC);
		sqlite3_bind_text(
		    st, 3, role[g] == ROLE_PRIMARY ? "primary" : "secondary", -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 4, s->batch);
		if (store_exec(s, st, cause, _("add exercise group")) != 0)
			return -1;
	}
	return 0;
}

int
store_exercise_id(struct store *s, const struct exercise_def *def, int64_t *id, char **cause)
{
	int found = store_find_exercise(s, def->name, id, cause);
	sqlite3_stmt *st;
	int64_t eid;

	if (found != 0)
		return found < 0 ? -1 : 0;
	if (store_need_batch(s, cause) != 0 || (st = store_stmt(s, ST_ADD_EXERCISE, cause)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, def->name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 2, def->bodyweight);
	sqlite3_bind_int(st, 3, def->custom);
	sqlite3_bind_int64(st, 4, s->batch);
	if (store_exec(s, st, cause, _("add exercise")) != 0)
		return -1;
	eid = sqlite3_last_insert_rowid(s->db);
	if (store_add_groups(s, eid, def->role, cause) != 0)
		return -1;
	*id = eid;
	return 0;
}

int
store_set_exercise_groups(
    struct store *s, int64_t id, const unsigned char role[GROUP_COUNT], char **cause)
{
	sqlite3_stmt *st;

	if (store_need_batch(s, cause) != 0 || (st = store_stmt(s, ST_SAVE_GROUPS, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, s->batch);
	sqlite3_bind_int64(st, 2, id);
	if (store_exec(s, st, cause, _("set exercise groups")) != 0 ||
	    (st = store_stmt(s, ST_CLEAR_EXERCISE_GROUPS, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (store_exec(s, st, cause, _("set exercise groups")) != 0)
		return -1;
	return store_add_groups(s, id, role, cause);
}

void
store_bind_record(sqlite3_stmt *st, int64_t batch, enum record_kind kind, const void *rec)
{
	const struct set_record *l = rec;
	const struct soreness_record *so = rec;
	const struct sleep_record *sl = rec;
	const struct day_record *d = rec;
	const struct activity_record *ac = rec;

	sqlite3_bind_int64(st, 1, batch);
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

/* Write `rec` of `kind` in the open batch through its ST_ADD_* `id`. */
static int
store_add(struct store *s, enum stmt_id id, enum record_kind kind, const void *rec,
    const char *doing, char **cause)
{
	sqlite3_stmt *st;

	if (store_need_batch(s, cause) != 0 || (st = store_stmt(s, id, cause)) == NULL)
		return -1;
	store_bind_record(st, s->batch, kind, rec);
	return store_exec(s, st, cause, doing);
}

int
store_add_set(struct store *s, const struct set_record *r, char **cause)
{
	return store_add(s, ST_ADD_LIFT, RECORD_SET, r, "add set", cause);
}

int
store_add_activity(struct store *s, const struct activity_record *r, char **cause)
{
	return store_add(s, ST_ADD_ACTIVITY, RECORD_ACTIVITY, r, "add activity", cause);
}

int
store_add_soreness(struct store *s, const struct soreness_record *r, char **cause)
{
	return store_add(s, ST_ADD_SORENESS, RECORD_SORENESS, r, "add soreness", cause);
}

/* Mark the live record of a one-per-date table removed by this batch. */
static int
store_replace_date(struct store *s, enum stmt_id id, hs_date date, char **cause)
{
	sqlite3_stmt *st;

	if (store_need_batch(s, cause) != 0 || (st = store_stmt(s, id, cause)) == NULL)
		return -1;
	store_bind_date(st, 1, date);
	sqlite3_bind_int64(st, 2, s->batch);
	return store_exec(s, st, cause, _("replace"));
}

int
store_put_sleep(struct store *s, const struct sleep_record *r, char **cause)
{
	if (store_replace_date(s, ST_REMOVE_SLEEP_DATE, r->date, cause) != 0)
		return -1;
	return store_add(s, ST_ADD_SLEEP, RECORD_SLEEP, r, "log sleep", cause);
}

int
store_put_day(struct store *s, const struct day_record *r, char **cause)
{
	if (store_replace_date(s, ST_REMOVE_DAY_DATE, r->date, cause) != 0)
		return -1;
	return store_add(s, ST_ADD_DAY, RECORD_DAY, r, "log day", cause);
}

int
store_remove(struct store *s, enum record_kind kind, int64_t id, char **cause)
{
	static const enum stmt_id by_kind[] = {
		[RECORD_SET] = ST_REMOVE_LIFT,
		[RECORD_SORENESS] = ST_REMOVE_SORENESS,
		[RECORD_SLEEP] = ST_REMOVE_SLEEP,
		[RECORD_DAY] = ST_REMOVE_DAY,
		[RECORD_ACTIVITY] = ST_REMOVE_ACTIVITY,
	};
	sqlite3_stmt *st;

	if (store_need_batch(s, cause) != 0 || (st = store_stmt(s, by_kind[kind], cause)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, s->batch);
	if (store_exec(s, st, cause, _("remove")) != 0)
		return -1;
	if (sqlite3_changes(s->db) != 1)
		return util_fail(cause, _("no such entry (it may have been removed meanwhile)"));
	return 0;
}

/* Run one of the per-batch undo statements. */
static int
store_undo_step(struct store *s, enum stmt_id id, int64_t batch, char **cause)
{
	sqlite3_stmt *st = store_stmt(s, id, cause);

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, batch);
	return store_exec(s, st, cause, _("undo"));
}

int
store_undo(struct store *s, char **what, char **cause)
{
	/* New rows go first, so a replaced sleep or day can come back under its
	 * one-per-date index, and the sets before the exercises they name. */
	static const enum stmt_id steps[] = { ST_UNDO_LIFT, ST_UNDO_SORENESS, ST_UNDO_SLEEP,
		ST_UNDO_DAY, ST_UNDO_ACTIVITY, ST_RESTORE_LIFT, ST_RESTORE_SORENESS,
		ST_RESTORE_SLEEP, ST_RESTORE_DAY, ST_RESTORE_ACTIVITY, ST_UNDO_GROUPS,
		ST_RESTORE_GROUPS, ST_DROP_REGROUP, ST_UNDO_EXERCISE_GROUP, ST_UNDO_EXERCISE,
		ST_DROP_BATCH };
	sqlite3_stmt *st;
	int64_t batch;
	int rc = -1, ext;

	if (s->batch != 0)
		return util_fail(cause, _("internal error: undo inside a batch"));
	if (store_write_begin(s, cause) != 0)
		return -1;
	if ((st = store_stmt(s, ST_LAST_BATCH, cause)) == NULL)
		goto fail;
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		store_run(s, ST_ROLLBACK, NULL);
		return 1;
	}
	batch = sqlite3_column_int64(st, 0);
	free(s->what); /* as stored, for a failed commit's check */
	s->what =
	    xstrdup(sqlite3_column_text(st, 1) ? (const char *)sqlite3_column_text(st, 1) : "");
	if ((*what = store_col_text(st, 1)) == NULL)
		*what = xstrdup("");
	sqlite3_reset(st);
	for (size_t i = 0; i < HS_ARRAY_LEN(steps); i++)
		if (store_undo_step(s, steps[i], batch, cause) != 0)
			goto fail;
	if (store_run(s, ST_COMMIT, cause) == 0) {
		s->commits++;
		return 0;
	}
	ext = sqlite3_extended_errcode(s->db);
	store_run(s, ST_ROLLBACK, NULL);
	if ((ext & 0xff) == SQLITE_IOERR && !s->memory &&
	    (rc = store_commit_failed(s, batch, s->what, false, cause)) == 0) {
		s->commits++;
		return 0;
	}
	free(*what);
	*what = NULL;
	return rc;
fail:
	free(*what);
	*what = NULL;
	store_run(s, ST_ROLLBACK, NULL);
	return -1;
}
