/* store_schema.c: running the migrations (store_migrations.c) on a
 * journal, the backup taken before, and the check that a journal holds
 * herstel's schema of its version and nothing else. */
#include "config.h"

#include "i18n.h"
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "paths.h"
#include "store_impl.h"
#include "util.h"

/* Copy the journal to PATH.bak-vN with SQLite's backup API and check the
 * copy before any migration touches the original. */
static int
store_backup(struct store *s, int version, char **cause)
{
	char *bak = xasprintf("%s.bak-v%d", s->path, version), *journal = NULL;
	sqlite3 *dst = NULL;
	sqlite3_backup *b;
	sqlite3_stmt *st = NULL;
	const char *verdict;
	int rc = -1;

	unlink(bak);
	journal = xasprintf("%s-journal", bak);
	unlink(journal); /* an earlier backup's, cut short */
	if (paths_create_private(bak, cause) != 0)
		goto out;
	if (sqlite3_open_v2(bak, &dst, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		util_fail(cause, "%s: %s", bak, sqlite3_errmsg(dst));
		goto out;
	}
	b = sqlite3_backup_init(dst, "main", s->db, "main");
	if (b == NULL || sqlite3_backup_step(b, -1) != SQLITE_DONE) {
		sqlite3_backup_finish(b);
		util_fail(cause, _("backup to %s failed: %s"), bak, sqlite3_errmsg(dst));
		goto out;
	}
	sqlite3_backup_finish(b);
	if (sqlite3_prepare_v2(dst, "PRAGMA quick_check", -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW ||
	    strcmp((verdict = (const char *)sqlite3_column_text(st, 0)), "ok") != 0) {
		util_fail(cause, _("backup %s does not check out; the journal was not changed"), bak);
		goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(st);
	sqlite3_close(dst);
	free(bak);
	free(journal);
	return rc;
}

/* Bring the schema to STORE_SCHEMA_VERSION in one transaction, after a
 * quick_check and a checked backup when the file already held something. */
int
store_migrate(struct store *s, int from, bool backup, char **cause)
{
	char pragma[64];

	if (backup &&
	    (store_check(s, ST_QUICK_CHECK, cause) != 0 || store_backup(s, from, cause) != 0))
		return -1;
	if (store_exec_sql(s, "BEGIN IMMEDIATE", cause) != 0)
		return -1;
	for (int v = from; v < STORE_SCHEMA_VERSION; v++)
		if (store_exec_sql(s, store_migrations[v], cause) != 0)
			goto fail;
	snprintf(pragma, sizeof pragma, "PRAGMA application_id = %d; PRAGMA user_version = %d",
	    STORE_APPLICATION_ID, STORE_SCHEMA_VERSION);
	if (store_exec_sql(s, pragma, cause) != 0 || store_exec_sql(s, "COMMIT", cause) != 0)
		goto fail;
	return 0;
fail:
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

/* The journal's next object of ST_SCHEMA's list into *r (its texts are
 * SQLite's until the next step); false at the end or on an error, which
 * *step then holds. */
static bool
schema_next(sqlite3_stmt *st, struct schema_row *r, int *step)
{
	const char **col[] = { &r->type, &r->name, &r->tbl, &r->sql };

	if ((*step = sqlite3_step(st)) != SQLITE_ROW)
		return false;
	/* Byte for byte: made printable, two texts could compare equal. */
	for (int i = 0; i < (int)HS_ARRAY_LEN(col); i++) {
		const unsigned char *t = sqlite3_column_text(st, i);

		*col[i] = t != NULL ? (const char *)t : "";
	}
	return true;
}

/* Tables SQLite itself makes (ANALYZE, PRAGMA optimize), read only by its
 * query planner. */
static bool
schema_sqlite_own(const struct schema_row *r)
{
	return strcmp(r->type, "table") == 0 &&
	    (strcmp(r->name, "sqlite_stat1") == 0 || strcmp(r->name, "sqlite_stat4") == 0);
}

/* The order of ST_SCHEMA: triggers, views, tables, indexes. */
static int
schema_rank(const char *type)
{
	static const char *const types[] = { "trigger", "view", "table" };

	for (int i = 0; i < (int)HS_ARRAY_LEN(types); i++)
		if (strcmp(type, types[i]) == 0)
			return i;
	return (int)HS_ARRAY_LEN(types);
}

/* The first difference of the journal's schema, as st lists it, from
 * herstel's, in words; NULL when there is none or the read failed (*step
 * not SQLITE_DONE). Both lists are in the order of ST_SCHEMA. */
static char *
schema_difference(const struct schema_rows *want, sqlite3_stmt *st, int *step)
{
	struct schema_row got;
	bool have = schema_next(st, &got, step);
	size_t i = 0;

	while (i < want->n || have) {
		const struct schema_row *w = i < want->n ? &want->rows[i] : NULL;
		const struct schema_row *g = have ? &got : NULL;
		int order = w == NULL ? 1
		    : g == NULL       ? -1
		                      : schema_rank(w->type) - schema_rank(g->type);

		if (!have && *step != SQLITE_DONE)
			return NULL; /* a read that failed says nothing of what is missing */
		if (order == 0)
			order = strcmp(w->name, g->name);
		if (order < 0)
			return xasprintf(_("%s %s is missing"), w->type, w->name);
		if (order > 0 && !schema_sqlite_own(g))
			return xasprintf(_("%s %s is not herstel's"), g->type, g->name);
		if (order == 0 && (strcmp(w->tbl, g->tbl) != 0 || strcmp(w->sql, g->sql) != 0))
			return xasprintf(_("%s %s is not as herstel made it"), g->type, g->name);
		i += order <= 0;
		if (order >= 0)
			have = schema_next(st, &got, step);
	}
	return NULL;
}

/* The journal must hold herstel's schema of its version, and nothing else:
 * a trigger, a view or a changed table could change what herstel writes
 * and reads ("logged" while a trigger deletes the sets). What herstel's
 * migrations make was written down when herstel was built
 * (store_expected_schema): building it here, in memory, was most of what
 * every command paid to open the journal. */
int
store_check_schema(struct store *s, int version, char **cause)
{
	sqlite3_stmt *st;
	char *diff;
	int step;

	if (version < 0 || version > STORE_SCHEMA_VERSION)
		return util_fail(cause, _("internal error: herstel has no schema %d"), version);
	if (sqlite3_prepare_v2(s->db, stmt_sql[ST_SCHEMA], -1, &st, NULL) != SQLITE_OK)
		return store_fail(s, cause, _("read the journal's schema"));
	diff = schema_difference(&store_expected_schema[version], st, &step);
	if (diff == NULL && step != SQLITE_DONE) {
		store_fail(s, cause, _("read the journal's schema"));
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	if (diff == NULL)
		return 0;
	util_fail(cause,
	    _("%s: the journal's schema is not the one herstel made (%s); herstel does not"
	    " open it. The file was left as it is"),
	    s->path, diff);
	free(diff);
	return -1;
}
