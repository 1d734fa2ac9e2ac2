/* store_schema.c: the journal's schema, the migrations that make it, the
 * check that a journal holds that schema and nothing else, and the backup
 * taken before a migration. */
#include "config.h"

#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "paths.h"
#include "store_impl.h"
#include "util.h"

/* Schema version 1. Later versions append a script to `migrations`. */
static const char schema_v1[] =
    "CREATE TABLE batch ("
    " id INTEGER PRIMARY KEY,"
    " made_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,"
    " what TEXT NOT NULL);"
    "CREATE TABLE exercise ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 200),"
    " bodyweight INTEGER NOT NULL DEFAULT 0 CHECK (bodyweight IN (0, 1)),"
    " custom INTEGER NOT NULL DEFAULT 0 CHECK (custom IN (0, 1)));"
    "CREATE TABLE exercise_group ("
    " exercise_id INTEGER NOT NULL REFERENCES exercise(id) ON DELETE CASCADE,"
    " grp TEXT NOT NULL CHECK (grp IN ('chest', 'shoulders', 'triceps', 'biceps',"
    "  'forearms', 'lats', 'middle_back', 'traps', 'lower_back', 'abs', 'glutes',"
    "  'quads', 'hamstrings', 'hips', 'calves')),"
    " role TEXT NOT NULL CHECK (role IN ('primary', 'secondary')),"
    " PRIMARY KEY (exercise_id, grp)) WITHOUT ROWID;"
    /* "set" is an SQL keyword, so a logged set is a lift. */
    "CREATE TABLE lift ("
    " id INTEGER PRIMARY KEY,"
    " date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    " time TEXT NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),"
    " exercise_id INTEGER NOT NULL REFERENCES exercise(id),"
    " weight_kg REAL NOT NULL CHECK (weight_kg BETWEEN 0 AND 1000),"
    " bodyweight INTEGER NOT NULL DEFAULT 0 CHECK (bodyweight IN (0, 1)),"
    " reps INTEGER NOT NULL CHECK (reps BETWEEN 1 AND 1000),"
    " rpe REAL CHECK (rpe IS NULL OR rpe BETWEEN 1 AND 10),"
    " warmup INTEGER NOT NULL DEFAULT 0 CHECK (warmup IN (0, 1)),"
    " note TEXT NOT NULL DEFAULT '',"
    " batch INTEGER NOT NULL REFERENCES batch(id),"
    " removed_by INTEGER REFERENCES batch(id));"
    "CREATE INDEX lift_date ON lift(date, time) WHERE removed_by IS NULL;"
    "CREATE INDEX lift_exercise ON lift(exercise_id, date, time) WHERE removed_by IS NULL;"
    "CREATE TABLE soreness ("
    " id INTEGER PRIMARY KEY,"
    " date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    " time TEXT NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),"
    " grp TEXT NOT NULL,"
    " level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),"
    " batch INTEGER NOT NULL REFERENCES batch(id),"
    " removed_by INTEGER REFERENCES batch(id));"
    "CREATE INDEX soreness_date ON soreness(date, time) WHERE removed_by IS NULL;"
    "CREATE TABLE sleep ("
    " id INTEGER PRIMARY KEY,"
    " date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    " hours REAL NOT NULL CHECK (hours BETWEEN 0 AND 24),"
    " quality INTEGER CHECK (quality IS NULL OR quality BETWEEN 1 AND 5),"
    " batch INTEGER NOT NULL REFERENCES batch(id),"
    " removed_by INTEGER REFERENCES batch(id));"
    "CREATE UNIQUE INDEX sleep_date ON sleep(date) WHERE removed_by IS NULL;"
    "CREATE TABLE day ("
    " id INTEGER PRIMARY KEY,"
    " date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    " kind TEXT CHECK (kind IS NULL OR kind IN ('training', 'active', 'rest', 'passive')),"
    " note TEXT NOT NULL DEFAULT '',"
    " batch INTEGER NOT NULL REFERENCES batch(id),"
    " removed_by INTEGER REFERENCES batch(id));"
    "CREATE UNIQUE INDEX day_date ON day(date) WHERE removed_by IS NULL;"
    /* Undo looks rows up by the batch that wrote or removed them. */
    "CREATE INDEX lift_batch ON lift(batch);"
    "CREATE INDEX lift_removed ON lift(removed_by) WHERE removed_by IS NOT NULL;"
    "CREATE INDEX soreness_batch ON soreness(batch);"
    "CREATE INDEX soreness_removed ON soreness(removed_by) WHERE removed_by IS NOT NULL;"
    "CREATE INDEX sleep_batch ON sleep(batch);"
    "CREATE INDEX sleep_removed ON sleep(removed_by) WHERE removed_by IS NOT NULL;"
    "CREATE INDEX day_batch ON day(batch);"
    "CREATE INDEX day_removed ON day(removed_by) WHERE removed_by IS NOT NULL;";

/* Version 2: what lifters bring from other apps. A set has a kind (work,
 * warm-up, drop, failure: the warmup flag becomes the kind 'warmup'), may
 * be timed or cover a distance instead of counting reps, and may be part of
 * a superset; cardio is kept apart as activities, which no timer counts.
 * SQLite cannot change a column's CHECK in place, so lift is built anew
 * and its rows copied. */
static const char schema_v2[] =
    "CREATE TABLE lift_v2 ("
    " id INTEGER PRIMARY KEY,"
    " date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    " time TEXT NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),"
    " exercise_id INTEGER NOT NULL REFERENCES exercise(id),"
    " weight_kg REAL NOT NULL CHECK (weight_kg BETWEEN 0 AND 1000),"
    " bodyweight INTEGER NOT NULL DEFAULT 0 CHECK (bodyweight IN (0, 1)),"
    " reps INTEGER NOT NULL CHECK (reps BETWEEN 0 AND 1000),"
    " rpe REAL CHECK (rpe IS NULL OR rpe BETWEEN 1 AND 10),"
    /* Not kind IN (...): SQLite builds a table for an IN list of more
     * than two at every insert, which made an import of a million sets a
     * third slower. */
    " kind TEXT NOT NULL DEFAULT 'work' CHECK (kind = 'work' OR kind = 'warmup' OR kind = 'drop'"
    " OR kind = 'failure'),"
    " seconds INTEGER CHECK (seconds IS NULL OR seconds BETWEEN 1 AND 86400),"
    " distance_m REAL CHECK (distance_m IS NULL OR (distance_m > 0 AND distance_m <= 1000000)),"
    " superset INTEGER CHECK (superset IS NULL OR superset BETWEEN 1 AND 1000),"
    " note TEXT NOT NULL DEFAULT '',"
    " batch INTEGER NOT NULL REFERENCES batch(id),"
    " removed_by INTEGER REFERENCES batch(id),"
    " CHECK (reps > 0 OR seconds IS NOT NULL OR distance_m IS NOT NULL));"
    "INSERT INTO lift_v2 (id, date, time, exercise_id, weight_kg, bodyweight, reps, rpe,"
    " kind, note, batch, removed_by) SELECT id, date, time, exercise_id, weight_kg,"
    " bodyweight, reps, rpe, iif(warmup = 1, 'warmup', 'work'), note, batch, removed_by"
    " FROM lift;"
    "DROP TABLE lift;"
    "ALTER TABLE lift_v2 RENAME TO lift;"
    "CREATE INDEX lift_date ON lift(date, time) WHERE removed_by IS NULL;"
    "CREATE INDEX lift_exercise ON lift(exercise_id, date, time) WHERE removed_by IS NULL;"
    "CREATE INDEX lift_batch ON lift(batch);"
    "CREATE INDEX lift_removed ON lift(removed_by) WHERE removed_by IS NOT NULL;"
    "CREATE TABLE activity ("
    " id INTEGER PRIMARY KEY,"
    " date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    " time TEXT NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),"
    " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),"
    " seconds INTEGER CHECK (seconds IS NULL OR seconds BETWEEN 1 AND 86400),"
    " distance_m REAL CHECK (distance_m IS NULL OR (distance_m > 0 AND distance_m <= 1000000)),"
    " note TEXT NOT NULL DEFAULT '',"
    " batch INTEGER NOT NULL REFERENCES batch(id),"
    " removed_by INTEGER REFERENCES batch(id),"
    " CHECK (seconds IS NOT NULL OR distance_m IS NOT NULL));"
    "CREATE INDEX activity_date ON activity(date, time) WHERE removed_by IS NULL;"
    "CREATE INDEX activity_batch ON activity(batch);"
    "CREATE INDEX activity_removed ON activity(removed_by) WHERE removed_by IS NOT NULL;"
    /* The groups an exercise had before a batch gave it others (a row
     * with grp NULL when it had none), so that undo gives them back. */
    "CREATE TABLE regroup ("
    " batch INTEGER NOT NULL REFERENCES batch(id),"
    " exercise_id INTEGER NOT NULL REFERENCES exercise(id),"
    " grp TEXT,"
    " role TEXT);"
    "CREATE INDEX regroup_batch ON regroup(batch);";

/* Version 3: undo takes back the exercises a batch added and the groups it
 * gave (rows of earlier versions have no batch and stay; regroup keeps the
 * batch of the groups it saved, so that undo gives them back as they were),
 * and the day of the last quick_check, which runs at most once a day before
 * a write. */
static const char schema_v3[] =
    "ALTER TABLE exercise ADD COLUMN batch INTEGER REFERENCES batch(id);"
    "ALTER TABLE exercise_group ADD COLUMN batch INTEGER REFERENCES batch(id);"
    "CREATE INDEX exercise_batch ON exercise(batch) WHERE batch IS NOT NULL;"
    "CREATE INDEX exercise_group_batch ON exercise_group(batch) WHERE batch IS NOT NULL;"
    "ALTER TABLE regroup ADD COLUMN old_batch INTEGER REFERENCES batch(id);"
    "CREATE TABLE checked ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'));";

/* Version 4: search (store_search) reads only the rows with a note, newest
 * first, from these two indexes, which hold all it reads of them (removed_by
 * too: a partial index on removed_by IS NULL would send each row back to the
 * table to test it): a search of a million sets then walks the few thousand
 * noted ones and never the table. */
static const char schema_v4[] =
    "CREATE INDEX lift_noted ON lift(date, note, removed_by) WHERE note <> '';"
    "CREATE INDEX day_noted ON day(date, note, removed_by) WHERE note <> '';";

/* migrations[v - 1] takes a journal from version v - 1 to v. The text of a
 * released version never changes: the schema check of store_open compares
 * a journal with what these scripts make. */
static const char *const migrations[STORE_SCHEMA_VERSION] = { schema_v1, schema_v2, schema_v3,
	schema_v4 };

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
		util_fail(cause, "backup to %s failed: %s", bak, sqlite3_errmsg(dst));
		goto out;
	}
	sqlite3_backup_finish(b);
	if (sqlite3_prepare_v2(dst, "PRAGMA quick_check", -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW ||
	    strcmp((verdict = (const char *)sqlite3_column_text(st, 0)), "ok") != 0) {
		util_fail(cause, "backup %s does not check out; the journal was not changed", bak);
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
		if (store_exec_sql(s, migrations[v], cause) != 0)
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

/* One object of a schema, as sqlite_master lists it. */
struct schema_row {
	char *type, *name, *tbl, *sql; /* sql is "" for an automatic index */
};

struct schema {
	struct schema_row *rows;
	size_t n;
};

static void
schema_free(struct schema *sc)
{
	for (size_t i = 0; i < sc->n; i++) {
		free(sc->rows[i].type);
		free(sc->rows[i].name);
		free(sc->rows[i].tbl);
		free(sc->rows[i].sql);
	}
	free(sc->rows);
	memset(sc, 0, sizeof *sc);
}

/* Every object of db's main schema, by type and name; an SQLite code. */
static int
schema_read(sqlite3 *db, struct schema *sc)
{
	sqlite3_stmt *st;
	int step;

	memset(sc, 0, sizeof *sc);
	if ((step = sqlite3_prepare_v2(db, stmt_sql[ST_SCHEMA], -1, &st, NULL)) != SQLITE_OK)
		return step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct schema_row *r;

		sc->rows = xreallocarray(sc->rows, sc->n + 1, sizeof *sc->rows);
		r = &sc->rows[sc->n++];
		/* Byte for byte: made printable, two texts could compare equal. */
		r->type = xstrdup(
		    sqlite3_column_text(st, 0) ? (const char *)sqlite3_column_text(st, 0) : "");
		r->name = xstrdup(
		    sqlite3_column_text(st, 1) ? (const char *)sqlite3_column_text(st, 1) : "");
		r->tbl = xstrdup(
		    sqlite3_column_text(st, 2) ? (const char *)sqlite3_column_text(st, 2) : "");
		r->sql = xstrdup(
		    sqlite3_column_text(st, 3) ? (const char *)sqlite3_column_text(st, 3) : "");
	}
	sqlite3_finalize(st);
	return step == SQLITE_DONE ? SQLITE_OK : step;
}

/* The schema herstel's own scripts make at `version`, made in memory from
 * the same migrations, so that a new version changes it in one place. */
static int
store_expected_schema(int version, struct schema *sc, char **cause)
{
	sqlite3 *mem = NULL;
	int rc = sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE, NULL);

	/* One transaction: a fifth cheaper than a commit per statement. */
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(mem, "BEGIN", NULL, NULL, NULL);
	for (int v = 0; rc == SQLITE_OK && v < version; v++)
		rc = sqlite3_exec(mem, migrations[v], NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = schema_read(mem, sc);
	if (rc != SQLITE_OK)
		util_fail(
		    cause, "internal error: herstel's schema %d: %s", version, sqlite3_errmsg(mem));
	sqlite3_close(mem);
	return rc == SQLITE_OK ? 0 : -1;
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

/* The first difference of the journal's schema from herstel's, in words;
 * NULL when there is none. Both lists are in the order of ST_SCHEMA. */
static char *
schema_difference(const struct schema *want, const struct schema *got)
{
	size_t i = 0, j = 0;

	while (i < want->n || j < got->n) {
		const struct schema_row *w = i < want->n ? &want->rows[i] : NULL;
		const struct schema_row *g = j < got->n ? &got->rows[j] : NULL;
		int order = w == NULL ? 1
		    : g == NULL       ? -1
		                      : schema_rank(w->type) - schema_rank(g->type);

		if (order == 0)
			order = strcmp(w->name, g->name);
		if (order < 0)
			return xasprintf("%s %s is missing", w->type, w->name);
		if (order > 0 && !schema_sqlite_own(g))
			return xasprintf("%s %s is not herstel's", g->type, g->name);
		if (order == 0 && (strcmp(w->tbl, g->tbl) != 0 || strcmp(w->sql, g->sql) != 0))
			return xasprintf("%s %s is not as herstel made it", g->type, g->name);
		i += order <= 0;
		j += order >= 0;
	}
	return NULL;
}

/* The journal must hold herstel's schema of its version, and nothing else:
 * a trigger, a view or a changed table could change what herstel writes
 * and reads ("logged" while a trigger deletes the sets). */
int
store_check_schema(struct store *s, int version, char **cause)
{
	struct schema want, got;
	char *diff;
	int rc;

	if (store_expected_schema(version, &want, cause) != 0)
		return -1;
	if ((rc = schema_read(s->db, &got)) != SQLITE_OK) {
		schema_free(&want);
		return store_fail(s, cause, "read the journal's schema");
	}
	diff = schema_difference(&want, &got);
	schema_free(&want);
	schema_free(&got);
	if (diff == NULL)
		return 0;
	util_fail(cause,
	    "%s: the journal's schema is not the one herstel made (%s); herstel does not"
	    " open it. The file was left as it is",
	    s->path, diff);
	free(diff);
	return -1;
}
