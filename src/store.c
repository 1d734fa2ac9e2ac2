/* store.c: the journal's SQLite database; the only file that speaks SQL.
 *
 * All SQL is fixed text in the tables below, run through prepared statements
 * that are kept for the life of the connection; values are always bound. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "store.h"
#include "interop.h"
#include "paths.h"
#include "week.h"
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

/* migrations[v - 1] takes a journal from version v - 1 to v. The text of a
 * released version never changes: the schema check of store_open compares
 * a journal with what these scripts make. */
static const char *const migrations[STORE_SCHEMA_VERSION] = { schema_v1, schema_v2, schema_v3 };

/* Every statement the store runs, prepared once on first use. */
enum stmt_id {
	ST_BEGIN,
	ST_COMMIT,
	ST_ROLLBACK,
	ST_ADD_BATCH,
	ST_FIND_EXERCISE,
	ST_ADD_EXERCISE,
	ST_ADD_EXERCISE_GROUP,
	ST_EXERCISE_GROUPS,
	ST_ADD_LIFT,
	ST_ADD_SORENESS,
	ST_ADD_SLEEP,
	ST_ADD_DAY,
	ST_REMOVE_LIFT,
	ST_REMOVE_SORENESS,
	ST_REMOVE_SLEEP,
	ST_REMOVE_DAY,
	ST_REMOVE_SLEEP_DATE,
	ST_REMOVE_DAY_DATE,
	ST_ADD_ACTIVITY,
	ST_REMOVE_ACTIVITY,
	ST_LAST_BATCH,
	ST_FIND_BATCH,
	ST_UNDO_LIFT,
	ST_UNDO_SORENESS,
	ST_UNDO_SLEEP,
	ST_UNDO_DAY,
	ST_UNDO_ACTIVITY,
	ST_UNDO_EXERCISE_GROUP,
	ST_UNDO_EXERCISE,
	ST_RESTORE_LIFT,
	ST_RESTORE_SORENESS,
	ST_RESTORE_SLEEP,
	ST_RESTORE_DAY,
	ST_RESTORE_ACTIVITY,
	ST_DROP_BATCH,
	ST_LIFTS_BETWEEN,
	ST_EVENT_LIFTS_BETWEEN,
	ST_SORENESS_BETWEEN,
	ST_SLEEP_BETWEEN,
	ST_DAYS_BETWEEN,
	ST_ACTIVITIES_BETWEEN,
	ST_LAST_TRAINED_BEFORE,
	ST_DATA_VERSION,
	ST_CUSTOM_EXERCISES,
	ST_CLEAR_EXERCISE_GROUPS,
	ST_SAVE_GROUPS,
	ST_UNDO_GROUPS,
	ST_RESTORE_GROUPS,
	ST_DROP_REGROUP,
	ST_UNPLACED,
	/* export and import */
	ST_BEGIN_READ,
	ST_SAME_LIFT,
	ST_SAME_SORENESS,
	ST_SAME_SLEEP,
	ST_SAME_DAY,
	ST_SAME_ACTIVITY,
	ST_CLAIMED_TABLE,
	ST_CLAIMED_CLEAR,
	ST_CLAIM,
	/* the journal's health */
	ST_SCHEMA,
	ST_QUICK_CHECK,
	ST_INTEGRITY_CHECK,
	ST_CHECKED_DAY,
	ST_SET_CHECKED_DAY,
	ST_COUNT
};

static const char *const stmt_sql[ST_COUNT] = {
	[ST_BEGIN] = "BEGIN IMMEDIATE",
	[ST_COMMIT] = "COMMIT",
	[ST_ROLLBACK] = "ROLLBACK",
	[ST_ADD_BATCH] = "INSERT INTO batch (what) VALUES (?1)",
	[ST_FIND_EXERCISE] = "SELECT id FROM exercise WHERE name = ?1",
	[ST_ADD_EXERCISE] = "INSERT INTO exercise (name, bodyweight, custom, batch)"
	                    " VALUES (?1, ?2, ?3, ?4)",
	[ST_ADD_EXERCISE_GROUP] = "INSERT INTO exercise_group (exercise_id, grp, role, batch)"
	                          " VALUES (?1, ?2, ?3, ?4)",
	[ST_EXERCISE_GROUPS] =
	    "SELECT e.name, g.grp, g.role, g.exercise_id FROM exercise e"
	    " LEFT JOIN exercise_group g ON g.exercise_id = e.id WHERE e.id = ?1",
	[ST_ADD_LIFT] = "INSERT INTO lift (date, time, exercise_id, weight_kg, bodyweight, reps,"
	                " rpe, kind, note, batch, seconds, distance_m, superset)"
	                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
	[ST_ADD_SORENESS] = "INSERT INTO soreness (date, time, grp, level, batch)"
	                    " VALUES (?1, ?2, ?3, ?4, ?5)",
	[ST_ADD_SLEEP] = "INSERT INTO sleep (date, hours, quality, batch) VALUES (?1, ?2, ?3, ?4)",
	[ST_ADD_DAY] = "INSERT INTO day (date, kind, note, batch) VALUES (?1, ?2, ?3, ?4)",
	[ST_REMOVE_LIFT] = "UPDATE lift SET removed_by = ?2 WHERE id = ?1 AND removed_by IS NULL",
	[ST_REMOVE_SORENESS] =
	    "UPDATE soreness SET removed_by = ?2 WHERE id = ?1 AND removed_by IS NULL",
	[ST_REMOVE_SLEEP] = "UPDATE sleep SET removed_by = ?2 WHERE id = ?1 AND removed_by IS NULL",
	[ST_REMOVE_DAY] = "UPDATE day SET removed_by = ?2 WHERE id = ?1 AND removed_by IS NULL",
	[ST_REMOVE_SLEEP_DATE] =
	    "UPDATE sleep SET removed_by = ?2 WHERE date = ?1 AND removed_by IS NULL",
	[ST_REMOVE_DAY_DATE] =
	    "UPDATE day SET removed_by = ?2 WHERE date = ?1 AND removed_by IS NULL",
	[ST_ADD_ACTIVITY] = "INSERT INTO activity (date, time, name, seconds, distance_m, note,"
	                    " batch) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[ST_REMOVE_ACTIVITY] =
	    "UPDATE activity SET removed_by = ?2 WHERE id = ?1 AND removed_by IS NULL",
	[ST_LAST_BATCH] = "SELECT id, what FROM batch ORDER BY id DESC LIMIT 1",
	[ST_FIND_BATCH] = "SELECT what FROM batch WHERE id = ?1",
	[ST_UNDO_LIFT] = "DELETE FROM lift WHERE batch = ?1",
	[ST_UNDO_SORENESS] = "DELETE FROM soreness WHERE batch = ?1",
	[ST_UNDO_SLEEP] = "DELETE FROM sleep WHERE batch = ?1",
	[ST_UNDO_DAY] = "DELETE FROM day WHERE batch = ?1",
	[ST_UNDO_ACTIVITY] = "DELETE FROM activity WHERE batch = ?1",
	[ST_UNDO_EXERCISE_GROUP] = "DELETE FROM exercise_group WHERE batch = ?1",
	[ST_UNDO_EXERCISE] = "DELETE FROM exercise WHERE batch = ?1",
	[ST_RESTORE_LIFT] = "UPDATE lift SET removed_by = NULL WHERE removed_by = ?1",
	[ST_RESTORE_SORENESS] = "UPDATE soreness SET removed_by = NULL WHERE removed_by = ?1",
	[ST_RESTORE_SLEEP] = "UPDATE sleep SET removed_by = NULL WHERE removed_by = ?1",
	[ST_RESTORE_DAY] = "UPDATE day SET removed_by = NULL WHERE removed_by = ?1",
	[ST_RESTORE_ACTIVITY] = "UPDATE activity SET removed_by = NULL WHERE removed_by = ?1",
	[ST_DROP_BATCH] = "DELETE FROM batch WHERE id = ?1",
	/* A LEFT JOIN: a set whose exercise is missing is damage to report,
	 * not a row to leave out. Export reads the sets through this too. */
	[ST_LIFTS_BETWEEN] = "SELECT l.id, l.date, l.time, l.exercise_id, e.name, l.weight_kg,"
	                     " l.bodyweight, l.reps, l.rpe, l.kind, l.note, e.bodyweight, e.custom,"
	                     " l.seconds, l.distance_m, l.superset"
	                     " FROM lift l LEFT JOIN exercise e ON e.id = l.exercise_id"
	                     " WHERE l.removed_by IS NULL AND l.date BETWEEN ?1 AND ?2"
	                     " ORDER BY l.date, l.time, l.id",
	/* The sets the model replays: no notes, no join; each exercise's name
	 * and groups are read once per query (struct exercise_cache). */
	[ST_EVENT_LIFTS_BETWEEN] =
	    "SELECT date, time, exercise_id, weight_kg, bodyweight, reps, rpe, kind, id FROM lift"
	    " WHERE removed_by IS NULL AND date BETWEEN ?1 AND ?2 ORDER BY date, time, id",
	[ST_SORENESS_BETWEEN] =
	    "SELECT id, date, time, grp, level FROM soreness"
	    " WHERE removed_by IS NULL AND date BETWEEN ?1 AND ?2 ORDER BY date, time, id",
	[ST_SLEEP_BETWEEN] = "SELECT id, date, hours, quality FROM sleep"
	                     " WHERE removed_by IS NULL AND date BETWEEN ?1 AND ?2 ORDER BY date",
	[ST_DAYS_BETWEEN] = "SELECT id, date, kind, note FROM day"
	                    " WHERE removed_by IS NULL AND date BETWEEN ?1 AND ?2 ORDER BY date",
	[ST_ACTIVITIES_BETWEEN] =
	    "SELECT id, date, time, name, seconds, distance_m, note FROM activity"
	    " WHERE removed_by IS NULL AND date BETWEEN ?1 AND ?2 ORDER BY date, time, id",
	/* One index seek per exercise, not per (exercise, group), joined to
	 * the groups afterwards: flat in the history. Only sets the model
	 * counts make a session: ?2 to ?4 are recovery_hard_terms. */
	[ST_LAST_TRAINED_BEFORE] =
	    "WITH last (id, at) AS MATERIALIZED (SELECT e.id,"
	    " (SELECT l.date || ' ' || l.time FROM lift l"
	    " WHERE l.exercise_id = e.id AND l.removed_by IS NULL"
	    " AND l.date < ?1 AND l.kind <> 'warmup' AND (l.rpe >= ?2 OR (l.rpe IS NULL"
	    " AND iif(l.bodyweight = 1 AND l.weight_kg = 0, ?4, ?3)))"
	    " ORDER BY l.date DESC, l.time DESC LIMIT 1) FROM exercise e)"
	    " SELECT g.grp, last.at, g.exercise_id FROM exercise_group g"
	    " JOIN last ON last.id = g.exercise_id",
	[ST_DATA_VERSION] = "PRAGMA data_version",
	[ST_CLEAR_EXERCISE_GROUPS] = "DELETE FROM exercise_group WHERE exercise_id = ?1",
	/* The groups as they were before this batch first changed them. */
	[ST_SAVE_GROUPS] =
	    "INSERT INTO regroup (batch, exercise_id, grp, role, old_batch)"
	    " SELECT ?1, ?2, g.grp, g.role, g.batch FROM (SELECT grp, role, batch"
	    " FROM exercise_group WHERE exercise_id = ?2 UNION ALL SELECT NULL, NULL, NULL) g"
	    " WHERE NOT EXISTS (SELECT 1 FROM regroup r"
	    " WHERE r.batch = ?1 AND r.exercise_id = ?2)",
	[ST_UNDO_GROUPS] = "DELETE FROM exercise_group WHERE exercise_id IN"
	                   " (SELECT exercise_id FROM regroup WHERE batch = ?1)",
	[ST_RESTORE_GROUPS] = "INSERT INTO exercise_group (exercise_id, grp, role, batch)"
	                      " SELECT exercise_id, grp, role, old_batch FROM regroup"
	                      " WHERE batch = ?1 AND grp IS NOT NULL",
	[ST_DROP_REGROUP] = "DELETE FROM regroup WHERE batch = ?1",
	[ST_CUSTOM_EXERCISES] = "SELECT id, name, bodyweight FROM exercise WHERE custom = 1"
	                        " ORDER BY name",
	/* Own exercises with sets but no groups: what an import could not place. */
	[ST_UNPLACED] = "SELECT e.name, count(l.id) AS n FROM exercise e"
	                " JOIN lift l ON l.exercise_id = e.id AND l.removed_by IS NULL"
	                " WHERE e.custom = 1 AND NOT EXISTS (SELECT 1 FROM exercise_group g"
	                " WHERE g.exercise_id = e.id) GROUP BY e.id ORDER BY n DESC, e.name",
	[ST_BEGIN_READ] = "BEGIN",
	/* A live record like the one given, written before the open batch ?1
	 * and, for sets and soreness, not yet claimed by an earlier record of
	 * the same import; a weight within a gram is the same (files round to
	 * grams). */
	[ST_SAME_LIFT] =
	    "SELECT id FROM lift WHERE removed_by IS NULL AND batch <> ?1"
	    " AND exercise_id = ?4 AND date = ?2 AND time = ?3 AND abs(weight_kg - ?5) < 0.001"
	    " AND bodyweight = ?6 AND reps = ?7 AND coalesce(rpe, 0) = ?8 AND kind = ?9"
	    " AND note = ?10 AND coalesce(seconds, 0) = ?11"
	    " AND abs(coalesce(distance_m, 0) - ?12) < 0.001 AND coalesce(superset, 0) = ?13"
	    " AND NOT EXISTS (SELECT 1 FROM temp.claimed c"
	    " WHERE c.kind = 0 AND c.id = lift.id) LIMIT 1",
	[ST_SAME_SORENESS] =
	    "SELECT id FROM soreness WHERE removed_by IS NULL"
	    " AND batch <> ?1 AND date = ?2 AND time = ?3 AND grp = ?4 AND level = ?5"
	    " AND NOT EXISTS (SELECT 1 FROM temp.claimed c"
	    " WHERE c.kind = 1 AND c.id = soreness.id) LIMIT 1",
	[ST_SAME_SLEEP] = "SELECT id FROM sleep WHERE removed_by IS NULL"
	                  " AND batch <> ?1 AND date = ?2 AND abs(hours - ?3) < 0.001"
	                  " AND coalesce(quality, 0) = ?4 LIMIT 1",
	[ST_SAME_DAY] = "SELECT id FROM day WHERE removed_by IS NULL"
	                " AND batch <> ?1 AND date = ?2 AND coalesce(kind, '') = ?3 AND note = ?4"
	                " LIMIT 1",
	[ST_SAME_ACTIVITY] =
	    "SELECT id FROM activity WHERE removed_by IS NULL AND batch <> ?1 AND date = ?2"
	    " AND time = ?3 AND name = ?4 AND coalesce(seconds, 0) = ?5"
	    " AND abs(coalesce(distance_m, 0) - ?6) < 0.001 AND note = ?7"
	    " AND NOT EXISTS (SELECT 1 FROM temp.claimed c"
	    " WHERE c.kind = 2 AND c.id = activity.id) LIMIT 1",
	/* Records of the journal an import found in its file, each claimed
	 * once: connection-private, never written to the journal. */
	[ST_CLAIMED_TABLE] = "CREATE TEMP TABLE IF NOT EXISTS claimed"
	                     " (kind INTEGER NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (kind, id))"
	                     " WITHOUT ROWID",
	[ST_CLAIMED_CLEAR] = "DELETE FROM temp.claimed",
	[ST_CLAIM] = "INSERT INTO temp.claimed (kind, id) VALUES (?1, ?2)",
	/* Triggers and views first: a difference there is the one to name. */
	[ST_SCHEMA] = "SELECT type, name, tbl_name, sql FROM main.sqlite_master ORDER BY"
	              " CASE type WHEN 'trigger' THEN 0 WHEN 'view' THEN 1 WHEN 'table' THEN 2"
	              " ELSE 3 END, name",
	[ST_QUICK_CHECK] = "PRAGMA quick_check",
	[ST_INTEGRITY_CHECK] = "PRAGMA integrity_check",
	[ST_CHECKED_DAY] = "SELECT day FROM checked WHERE id = 1",
	[ST_SET_CHECKED_DAY] = "INSERT INTO checked (id, day) VALUES (1, ?1)"
	                       " ON CONFLICT (id) DO UPDATE SET day = excluded.day",
};

struct store {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *stmt[ST_COUNT];
	int64_t batch;   /* the open batch, 0 when none */
	int64_t commits; /* writes this connection committed, for store_data_version */
	bool damaged;    /* SQLite or a decoder found damage: write nothing more */
	bool memory;     /* an empty journal in memory: nothing to read on disk */
	bool check_next; /* the next batch runs quick_check whatever the day */
	char *what;      /* what the open (or last) batch says, for a failed commit */
	char *warning;   /* see store_take_warning */
};

/* What to do about a damaged journal; the man page says it at length. */
#define STORE_RECOVER_HINT \
	"herstel writes nothing more to it. To save what it holds (sqlite3's" \
	" .recover or .dump), see \"To recover\" in herstel(1), FILES"

/* Does the verdict of a check only say that pages could not be read
 * ("unable to get the page. error code=266": an I/O error, not damage)? */
static bool
store_verdict_unread(const char *verdict)
{
	static const char tag[] = "unable to get the page. error code=";
	const char *p = verdict;
	bool any = false;

	while ((p = strstr(p, tag)) != NULL) {
		long code = strtol(p + sizeof tag - 1, NULL, 10);

		if ((code & 0xff) != SQLITE_IOERR && (code & 0xff) != SQLITE_NOMEM)
			return false;
		any = true;
		p += sizeof tag - 1;
	}
	return any;
}

/* The verdict of `check` (ST_QUICK_CHECK or ST_INTEGRITY_CHECK): its first
 * row, a new string, or NULL with *err (when err is given) when it could
 * not run. It runs on a fresh connection of its own, which in WAL mode sees
 * what is committed whatever the store's connection holds open. That one
 * is read-write (with query_only) where the file can be written: through a
 * read-only connection SQLite skips the CHECK constraints, three times
 * faster but blind to a value a flipped byte took out of range. */
static char *
store_verdict(struct store *s, enum stmt_id check, char **err)
{
	int mode = access(s->path, W_OK) == 0 ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	char *verdict = NULL;

	if (s->memory)
		db = s->db;
	else if (sqlite3_open_v2(s->path, &db, mode, NULL) != SQLITE_OK ||
	    sqlite3_exec(db, "PRAGMA query_only = ON", NULL, NULL, NULL) != SQLITE_OK)
		goto out;
	if (sqlite3_prepare_v2(db, stmt_sql[check], -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != NULL)
		verdict = xstrdup((const char *)sqlite3_column_text(st, 0));
out:
	if (verdict == NULL && err != NULL)
		*err = xstrdup(db != NULL ? sqlite3_errmsg(db) : "out of memory");
	sqlite3_finalize(st);
	if (db != s->db)
		sqlite3_close(db);
	return verdict;
}

/* SQLite saw damage: is it on disk? A read that failed halfway or came
 * back short (SQLite fills the rest of the page with zeros) reads as
 * damage too. `check` run again says: true when the file fails it, or
 * cannot be checked at all; false when it passes, or its pages could not
 * be read. */
static bool
store_damage_confirmed(struct store *s, enum stmt_id check)
{
	char *verdict = store_verdict(s, check, NULL);
	bool damaged =
	    verdict == NULL || (strcmp(verdict, "ok") != 0 && !store_verdict_unread(verdict));

	free(verdict);
	return damaged;
}

/* What to add to the message of a failed statement: SQLite reports a
 * write that hit the file size limit as a bare "disk I/O error", with no
 * errno, a failed read the same way, and a lock held past the busy timeout
 * as "database is locked". Damage found again on a fresh look marks the
 * journal: nothing more is written to it. */
static const char *
store_write_hint(struct store *s)
{
	int ext = sqlite3_extended_errcode(s->db);

	if ((ext & 0xff) == SQLITE_CORRUPT || (ext & 0xff) == SQLITE_NOTADB) {
		if (!store_damage_confirmed(s, ST_QUICK_CHECK))
			return " (yet the journal, read again, passes quick_check: a read of the "
			       "file"
			       " failed or came back short; nothing was written, try again, and "
			       "check"
			       " the disk if it keeps failing)";
		s->damaged = true;
		return "; the journal is damaged: " STORE_RECOVER_HINT;
	}
	if (ext == SQLITE_IOERR_READ || ext == SQLITE_IOERR_SHORT_READ)
		return " (reading the file failed: the journal may well be intact; try again,"
		       " and check the disk if it keeps failing)";
	if ((ext & 0xff) == SQLITE_FULL || ext == SQLITE_IOERR_WRITE ||
	    ext == SQLITE_IOERR_TRUNCATE)
		return " (the disk may be full or the file at its size limit)";
	if (ext == SQLITE_IOERR_FSYNC)
		return " (the disk failed to make the change safe: the disk may be full or "
		       "failing)";
	if ((ext & 0xff) == SQLITE_BUSY || (ext & 0xff) == SQLITE_LOCKED)
		return " (another program held the journal for more than 5 seconds;"
		       " nothing was written, try again)";
	if ((ext & 0xff) == SQLITE_IOERR)
		return " (the system reported an error on the journal's files; the journal may well"
		       " be intact: try again, and check the disk if it keeps failing)";
	return "";
}

/* The message of the connection's last error, for a cause. */
static int
store_fail(struct store *s, char **cause, const char *doing)
{
	return util_fail(
	    cause, "%s: %s: %s%s", s->path, doing, sqlite3_errmsg(s->db), store_write_hint(s));
}

/* A prepared statement, reset and with its bindings cleared. */
static sqlite3_stmt *
store_stmt(struct store *s, enum stmt_id id, char **cause)
{
	sqlite3_stmt *st = s->stmt[id];

	if (st == NULL) {
		if (sqlite3_prepare_v3(s->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
		        &s->stmt[id], NULL) != SQLITE_OK) {
			store_fail(s, cause, "prepare");
			return NULL;
		}
		return s->stmt[id];
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return st;
}

/* Step a statement that returns no rows. */
static int
store_exec(struct store *s, sqlite3_stmt *st, char **cause, const char *doing)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, cause, doing);
	return 0;
}

/* Run a statement without parameters, by id. */
static int
store_run(struct store *s, enum stmt_id id, char **cause)
{
	sqlite3_stmt *st = store_stmt(s, id, cause);

	return st == NULL ? -1 : store_exec(s, st, cause, stmt_sql[id]);
}

static void
bind_date(sqlite3_stmt *st, int i, hs_date d)
{
	char buf[DATE_BUF];

	date_format(d, buf);
	sqlite3_bind_text(st, i, buf, -1, SQLITE_TRANSIENT);
}

static void
bind_time(sqlite3_stmt *st, int i, hs_minute t)
{
	char buf[TIME_BUF];

	time_format(stamp_minute_of_day(t), buf);
	sqlite3_bind_text(st, i, buf, -1, SQLITE_TRANSIENT);
}

/* "YYYY-MM-DD" and "HH:MM" columns back into a time stamp; the schema's
 * CHECKs make a bad value unlikely, but a hand-edited file may have one. */
static int
column_stamp(sqlite3_stmt *st, int date_col, int time_col, hs_minute *out)
{
	const char *d = (const char *)sqlite3_column_text(st, date_col);
	const char *t = time_col < 0 ? "00:00" : (const char *)sqlite3_column_text(st, time_col);
	char buf[STAMP_BUF];

	/* Copied, not printed: this runs for every row a screen reads. */
	if (d == NULL || t == NULL || strlen(d) != 10 || strlen(t) != 5)
		return -1;
	memcpy(buf, d, 10);
	buf[10] = ' ';
	memcpy(buf + 11, t, 6);
	return stamp_parse(buf, out, NULL);
}

/* A text column as a string fit for a terminal, "" for NULL. */
static char *
column_strdup(sqlite3_stmt *st, int col)
{
	const char *p = (const char *)sqlite3_column_text(st, col);

	return util_printable(xstrdup(p != NULL ? p : ""));
}

char *
store_default_path(char **cause)
{
	char *why = NULL, *path = paths_home(PATHS_DATA, "herstel.db", &why);

	if (path == NULL)
		util_fail(cause, "cannot find the journal: %s (use --db FILE)", why);
	free(why);
	return path;
}

/* A big-endian 32-bit field of the SQLite header. */
static uint32_t
header_u32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* What the file's header said before SQLite touched it. */
struct store_head {
	bool fresh;    /* missing or empty: herstel makes the journal */
	int version;   /* the header's user version (offset 60) */
	bool wal_mode; /* the header says write-ahead log (offsets 18 and 19) */
};

/* Read the header of an existing file: 0, or -1 with *cause. */
static int
store_read_head(const char *path, off_t size, unsigned char head[100], char **cause)
{
	ssize_t n;
	int fd, err;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return util_fail(cause, "%s: %s", path, strerror(errno));
	n = read(fd, head, 100);
	err = errno;
	close(fd);
	if (n < 0)
		return util_fail(cause,
		    "%s: cannot read the journal: %s; the file was left as it is", path,
		    strerror(err));
	if (n < 100 && size >= 100)
		return util_fail(cause,
		    "%s: cannot read the journal: its first 100 bytes came back short;"
		    " the file was left as it is",
		    path);
	if (n < 100 || memcmp(head, "SQLite format 3", 16) != 0)
		return util_fail(cause,
		    "%s: not a herstel journal (not an SQLite database);"
		    " the file was left as it is",
		    path);
	return 0;
}

/* Look at the file before SQLite touches it: *h says whether it is new or
 * empty, else it carries herstel's application id and a schema version
 * this herstel knows. Reading the header ourselves leaves a refused file,
 * and its directory, exactly as they were. */
static int
store_check_file(const char *path, bool write, struct store_head *h, char **cause)
{
	unsigned char head[100];
	struct stat sb;

	memset(h, 0, sizeof *h);
	if (stat(path, &sb) != 0) {
		if (errno == ENOENT)
			return h->fresh = true, 0;
		return util_fail(
		    cause, "%s: cannot look at the journal: %s", path, strerror(errno));
	}
	if (!S_ISREG(sb.st_mode))
		return util_fail(cause, "%s: not a regular file", path);
	if (sb.st_size == 0)
		return h->fresh = true, 0;
	if (store_read_head(path, sb.st_size, head, cause) != 0)
		return -1;
	/* Offsets 60 and 68 of the SQLite file format: user version, application id. */
	if (header_u32(head + 68) != STORE_APPLICATION_ID)
		return util_fail(cause,
		    "%s: not a herstel journal (an SQLite database of"
		    " another application); the file was left as it is",
		    path);
	h->version = (int)header_u32(head + 60);
	h->wal_mode = head[18] == 2 && head[19] == 2;
	if (h->version > STORE_SCHEMA_VERSION)
		return util_fail(cause,
		    "%s: journal version %d is newer than this herstel"
		    " understands (%d); upgrade herstel. The file was left as it is",
		    path, h->version, STORE_SCHEMA_VERSION);
	/* SQLite would open a read-only file and fail at the first write, leaving
	 * a read-only -shm behind that breaks the journal even after chmod. */
	if (write && access(path, R_OK | W_OK) != 0)
		return util_fail(cause, "%s: cannot write the journal: %s", path, strerror(errno));
	return 0;
}

/* Does PATH-SUFFIX exist and hold something? */
static bool
store_beside(const char *path, const char *suffix)
{
	char *p = xasprintf("%s%s", path, suffix);
	struct stat sb;
	bool there = stat(p, &sb) == 0 && sb.st_size > 0;

	free(p);
	return there;
}

/* SQLite applies what lies next to the journal before herstel can look:
 * a write-ahead log beside an empty file makes that file another
 * database, and a rollback journal beside a journal in WAL mode (herstel
 * never leaves one) would be played into it. Both are someone else's. */
static int
store_check_neighbours(const char *path, const struct store_head *h, char **cause)
{
	if (h->fresh && store_beside(path, "-wal"))
		return util_fail(cause,
		    "%s-wal lies beside a journal that is empty or missing, so it belongs to"
		    " another database; move it away (and %s-shm). Nothing was written",
		    path, path);
	if (!h->fresh && h->wal_mode && store_beside(path, "-journal"))
		return util_fail(cause,
		    "%s-journal lies beside the journal, which never makes one: it belongs to"
		    " another database and SQLite would play it into the journal; move it away."
		    " The journal was left as it is",
		    path);
	return 0;
}

/* The directory of `path` must be writable: SQLite keeps its write-ahead
 * log beside the journal. */
static int
store_check_dir(const char *path, char **cause)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash == NULL ? xstrdup(".")
	    : slash == path       ? xstrdup("/")
	                          : xstrndup(path, (size_t)(slash - path));
	int rc = 0;

	if (access(dir, W_OK | X_OK) != 0)
		rc = util_fail(cause, "%s: cannot write in the journal's directory %s: %s", path,
		    dir, strerror(errno));
	free(dir);
	return rc;
}

static int
store_exec_sql(struct store *s, const char *sql, char **cause)
{
	char *err = NULL;

	/* Only fixed text from this file comes here, never user input. */
	if (sqlite3_exec(s->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		sqlite3_free(err);
		return store_fail(s, cause, "update the journal's schema");
	}
	return 0;
}

static int
store_pragma_int(struct store *s, const char *pragma, int *out, char **cause)
{
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(s->db, pragma, -1, &st, NULL) != SQLITE_OK)
		return store_fail(s, cause, "open");
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : store_fail(s, cause, "open");
}

/* PRAGMA quick_check or integrity_check (`id`): 0 when "ok", else -1 with
 * *cause naming the first problem, and the journal marked damaged (when a
 * second look confirms it). */
static int
store_check(struct store *s, enum stmt_id id, char **cause)
{
	char *err = NULL, *first = store_verdict(s, id, &err);

	if (first == NULL) {
		util_fail(cause, "%s: the journal could not be checked: %s; nothing was written",
		    s->path, err);
		free(err);
		return -1;
	}
	util_printable(first);
	if (strcmp(first, "ok") == 0) {
		free(first);
		return 0;
	}
	if (store_verdict_unread(first) || !store_damage_confirmed(s, id)) {
		util_fail(cause,
		    "%s: the journal could not be read whole to check it (%s: %s): a read of the"
		    " file failed or came back short; nothing was written, try again, and check"
		    " the disk if it keeps failing",
		    s->path, id == ST_QUICK_CHECK ? "quick_check" : "integrity_check", first);
		free(first);
		return -1;
	}
	s->damaged = true;
	util_fail(cause, "%s: the journal is damaged (%s: %s); %s", s->path,
	    id == ST_QUICK_CHECK ? "quick_check" : "integrity_check", first, STORE_RECOVER_HINT);
	free(first);
	return -1;
}

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
static int
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

/* SQLite logs a notice when opening a journal made it apply a write-ahead
 * log that no open connection knew (after a crash, or a log that is not
 * this file's), or roll back a hot rollback journal (a crash during a
 * transaction of a journal not yet in WAL mode). Counted here; -1 when the
 * log cannot be set up (the library was in use first), and then whatever
 * lay beside the journal counts. */
static int store_wal_recoveries = -1, store_rollbacks = -1;

static void
store_log(void *arg, int code, const char *msg)
{
	(void)arg, (void)msg;
	if (code == SQLITE_NOTICE_RECOVER_WAL)
		store_wal_recoveries++;
	else if (code == SQLITE_NOTICE_RECOVER_ROLLBACK)
		store_rollbacks++;
}

/* herstel runs SQLite from one thread: without its mutexes and memory
 * statistics every step and column read is cheaper. Settings of a library
 * that is already in use are refused, which is harmless but for the log. */
static void
store_setup_library(void)
{
	static bool done;

	if (done)
		return;
	done = true;
	if (sqlite3_config(SQLITE_CONFIG_LOG, store_log, NULL) == SQLITE_OK)
		store_wal_recoveries = store_rollbacks = 0;
	sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
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
static int
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

/* "file:PATH?immutable=1", the path escaped for a URI. */
static char *
store_immutable_uri(const char *path)
{
	struct strbuf sb;

	strbuf_init(&sb);
	strbuf_puts(&sb, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p != '\0'; p++)
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("/._-~", *p) != NULL)
			strbuf_add(&sb, (const char *)p, 1);
		else
			strbuf_printf(&sb, "%%%02X", *p);
	strbuf_puts(&sb, "?immutable=1");
	return strbuf_detach(&sb);
}

/* Open the connection: to the file, read-only or not, to it as immutable
 * (a read-only filesystem, where SQLite cannot make the -shm it needs to
 * read a WAL journal), or to memory. */
static int
store_connect(struct store *s, bool read_only, bool immutable, char **cause)
{
	int oflags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	char *uri = immutable ? store_immutable_uri(s->path) : NULL;
	int rc = sqlite3_open_v2(s->memory ? ":memory:"
	        : uri != NULL              ? uri
	                                   : s->path,
	    &s->db, oflags | (uri != NULL ? SQLITE_OPEN_URI : 0), NULL);

	free(uri);
	if (rc != SQLITE_OK)
		return store_fail(s, cause, "open");
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, 5000);
	/* Until the journal is accepted, closing must not fold a write-ahead
	 * log into it that may be another database's. */
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
	/* The schema is checked before use (store_check_schema); this keeps
	 * whatever a journal holds from running meanwhile, or ever. */
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
	/* Foreign keys on; cell_size_check makes SQLite report more damage as
	 * it reads, for a small cost. */
	return store_exec_sql(s, "PRAGMA foreign_keys = ON; PRAGMA cell_size_check = ON", cause);
}

/* What lay beside the journal before SQLite opened it. */
struct store_beside {
	bool wal, journal;
};

/* The header and SQLite disagree: another database's -wal beside it. */
static int
store_foreign(
    struct store *s, const struct store_head *h, int app, int version, bool wal, char **cause)
{
	if (!wal)
		return util_fail(cause,
		    "%s: through SQLite the journal reads as another database (application id"
		    " %d, version %d) where its file says herstel's journal version %d; nothing"
		    " was written",
		    s->path, app, version, h->version);
	return util_fail(cause,
	    "%s: through SQLite the journal reads as another database (application id %d,"
	    " version %d) where its file says herstel's journal version %d: the write-ahead"
	    " log %s-wal beside it belongs to another database. Nothing was written; move"
	    " %s-wal and %s-shm away",
	    s->path, app, version, h->version, s->path, s->path, s->path);
}

/* Read the journal through SQLite and hold it to what its header said
 * (h; `b`: what lay beside it): *version is SQLite's own. After SQLite
 * rolled back a hot journal, the header was that of the transaction taken
 * back, and SQLite's view replaces it. */
static int
store_verify(
    struct store *s, struct store_head *h, struct store_beside b, int *version, char **cause)
{
	int wal_before = store_wal_recoveries, rb_before = store_rollbacks, app = 0;
	bool recovered, rolled_back;

	if (store_pragma_int(s, "PRAGMA application_id", &app, cause) != 0 ||
	    store_pragma_int(s, "PRAGMA user_version", version, cause) != 0)
		return -1;
	rolled_back = rb_before < 0 ? b.journal : store_rollbacks != rb_before;
	recovered = rolled_back || (wal_before < 0 ? b.wal : store_wal_recoveries != wal_before);
	if (rolled_back) {
		h->fresh = app == 0 && *version == 0;
		h->version = *version;
	}
	/* The header can lag behind a log not yet folded in, but never by
	 * another application or an older version. */
	if (app != (h->fresh ? 0 : STORE_APPLICATION_ID) || *version < h->version)
		return store_foreign(s, h, app, *version, b.wal, cause);
	if (*version > STORE_SCHEMA_VERSION)
		return util_fail(cause,
		    "%s: journal version %d is newer than this herstel understands (%d);"
		    " upgrade herstel",
		    s->path, *version, STORE_SCHEMA_VERSION);
	if (recovered && store_check(s, ST_INTEGRITY_CHECK, cause) != 0) {
		char *why = *cause;

		if (rolled_back)
			util_fail(cause,
			    "%s; SQLite had just rolled back an unfinished change from %s-journal."
			    " Nothing was written",
			    why, s->path);
		else
			util_fail(cause,
			    "%s; SQLite had just applied the write-ahead log beside it. If you"
			    " restored the journal from a backup, that log is the old one's:"
			    " remove %s-wal and %s-shm as well (see herstel(1), FILES). Nothing"
			    " was written",
			    why, s->path, s->path);
		free(why);
		return -1;
	}
	return store_check_schema(s, *version, cause);
}

/* The journal is accepted: closing folds the log in again (and removes the
 * -wal and -shm). A writer gets WAL with synchronous=FULL: a commit that
 * returned is on disk, and readers never block the writer. A reader's
 * read-write connection takes no statement that writes (query_only). */
static int
store_accept(struct store *s, bool write, char **cause)
{
	if (s->memory)
		return 0;
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
	if (!write)
		return sqlite3_db_readonly(s->db, "main") == 1
		    ? 0
		    : store_exec_sql(s, "PRAGMA query_only = ON", cause);
	return store_exec_sql(s, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL", cause);
}

/* A reading command on a missing journal reads an empty one in memory:
 * reading creates nothing. */
static struct store *
store_open_memory(const char *path, char **cause)
{
	struct store *s = xcalloc(1, sizeof *s);

	s->path = xstrdup(path);
	s->memory = true;
	if (store_connect(s, false, false, cause) != 0 || store_migrate(s, 0, false, cause) != 0) {
		store_close(s);
		return NULL;
	}
	return s;
}

/* Connect and verify. A reader connects read-only only where the journal
 * cannot be written (SQLite leaves a read-only connection's -wal and -shm
 * behind), and on a read-only filesystem reads a journal without a -wal as
 * immutable. */
static int
store_connect_verified(
    struct store *s, bool write, struct store_head *h, int *version, char **cause)
{
	struct store_beside b = { store_beside(s->path, "-wal"),
		store_beside(s->path, "-journal") };
	bool wal = b.wal;
	bool read_only =
	    !write && (access(s->path, W_OK) != 0 || store_check_dir(s->path, NULL) != 0);
	int rc = store_connect(s, read_only, false, cause);

	if (rc == 0 && (rc = store_verify(s, h, b, version, cause)) == 0)
		return 0;
	if (!wal && s->db != NULL)
		/* SQLite made the -wal and -shm: let closing remove them. */
		sqlite3_db_config(s->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
	if (!read_only || wal || s->db == NULL ||
	    (sqlite3_extended_errcode(s->db) & 0xff) != SQLITE_CANTOPEN)
		return -1;
	free(*cause);
	*cause = NULL;
	sqlite3_close(s->db);
	s->db = NULL;
	if (store_connect(s, true, true, cause) != 0)
		return -1;
	b.wal = b.journal = false;
	return store_verify(s, h, b, version, cause);
}

struct store *
store_open_as(const char *path, unsigned flags, char **cause)
{
	struct store_head h;
	struct store *s;
	bool write = !(flags & STORE_READ_ONLY);
	int version = 0;

	store_setup_library();
	/* "" would be a file named nothing in no directory. */
	if (path[0] == '\0') {
		util_fail(cause, "the journal's path is empty (check --db and HERSTEL_DB)");
		return NULL;
	}
	if (((flags & STORE_NO_CREATE) == 0 && paths_make_parents(path, cause) != 0) ||
	    store_check_file(path, write, &h, cause) != 0 ||
	    store_check_neighbours(path, &h, cause) != 0)
		return NULL;
	if (h.fresh && (flags & STORE_NO_CREATE))
		return store_open_memory(path, cause);
	if (write && store_check_dir(path, cause) != 0)
		return NULL;
	if (h.fresh && paths_create_private(path, cause) != 0)
		return NULL;
	s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	if (store_connect_verified(s, write, &h, &version, cause) != 0)
		goto fail;
	/* An older journal is brought up to date first, even to be read. */
	if (version < STORE_SCHEMA_VERSION && sqlite3_db_readonly(s->db, "main") == 1) {
		util_fail(cause,
		    "%s: journal version %d must be brought up to version %d before this herstel"
		    " reads it, and it cannot be written here",
		    path, version, STORE_SCHEMA_VERSION);
		goto fail;
	}
	if ((version < STORE_SCHEMA_VERSION && store_migrate(s, version, !h.fresh, cause) != 0) ||
	    store_accept(s, write, cause) != 0)
		goto fail;
	return s;
fail:
	store_close(s);
	return NULL;
}

/* Copy the journal at `path` into `s` (a fresh in-memory database). */
static int
store_copy_in(struct store *s, const char *path, char **cause)
{
	sqlite3 *src = NULL;
	sqlite3_backup *b = NULL;
	int rc = -1;

	if (sqlite3_open_v2(path, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		util_fail(cause, "%s: %s", path, sqlite3_errmsg(src));
	else if ((b = sqlite3_backup_init(s->db, "main", src, "main")) == NULL ||
	    sqlite3_backup_step(b, -1) != SQLITE_DONE)
		util_fail(cause, "%s: cannot read the journal: %s", path, sqlite3_errmsg(s->db));
	else
		rc = 0;
	sqlite3_backup_finish(b);
	sqlite3_close(src);
	return rc;
}

struct store *
store_open_copy(const char *path, char **cause)
{
	struct store_head h;
	struct store *s;
	int version = 0;

	store_setup_library();
	if (path[0] == '\0') {
		util_fail(cause, "the journal's path is empty (check --db and HERSTEL_DB)");
		return NULL;
	}
	if (store_check_file(path, false, &h, cause) != 0 ||
	    store_check_neighbours(path, &h, cause) != 0)
		return NULL;
	s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	s->memory = true;
	/* The copy is held to the same schema as the journal itself, before
	 * anything runs on it. */
	if (store_connect(s, false, false, cause) != 0 ||
	    (!h.fresh &&
	        (store_copy_in(s, path, cause) != 0 ||
	            store_pragma_int(s, "PRAGMA user_version", &version, cause) != 0)))
		goto fail;
	if (version > STORE_SCHEMA_VERSION) {
		util_fail(cause,
		    "%s: journal version %d is newer than this herstel understands (%d)", path,
		    version, STORE_SCHEMA_VERSION);
		goto fail;
	}
	if ((!h.fresh && store_check_schema(s, version, cause) != 0) ||
	    (version < STORE_SCHEMA_VERSION && store_migrate(s, version, false, cause) != 0))
		goto fail;
	return s;
fail:
	store_close(s);
	return NULL;
}

struct store *
store_open(const char *path, char **cause)
{
	return store_open_as(path, 0, cause);
}

void
store_close(struct store *s)
{
	if (s == NULL)
		return;
	if (s->batch != 0)
		store_rollback(s);
	for (int i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(s->stmt[i]);
	sqlite3_close(s->db);
	free(s->path);
	free(s->what);
	free(s->warning);
	free(s);
}

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
	if (store_exec(s, st, cause, "note the check") != 0)
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
		    cause, "%s: the journal is damaged; %s", s->path, STORE_RECOVER_HINT);
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
		return util_fail(cause, "internal error: a batch is already open");
	if (store_write_begin(s, cause) != 0)
		return -1;
	if ((st = store_stmt(s, ST_ADD_BATCH, cause)) == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, what, -1, SQLITE_TRANSIENT);
	if (store_exec(s, st, cause, "begin") != 0)
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
		s->warning = xasprintf("%s; yet the journal, read again, holds the change: it is"
		                       " saved, do not enter it again. Check the disk",
		    why);
		free(why);
		return 0;
	}
	if (found >= 0)
		util_fail(cause, "%s; the journal, read again, shows that nothing was %s", why,
		    saved ? "saved" : "undone");
	else
		util_fail(cause,
		    "%s; the change may have been %s: check with \"herstel status\" or the"
		    " journal screen before you %s",
		    why, saved ? "saved" : "undone", saved ? "enter it again" : "undo again");
	free(why);
	return -1;
}

int
store_commit(struct store *s, char **cause)
{
	int64_t id = s->batch;
	int ext;

	if (s->batch == 0)
		return util_fail(cause, "internal error: no batch to commit");
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
	return s->batch != 0 ? 0 : util_fail(cause, "internal error: write outside a batch");
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
		if (store_exec(s, st, cause, "add exercise group") != 0)
			return -1;
	}
	return 0;
}

int
store_exercise_id(struct store *s, const struct exercise_def *def, int64_t *id, char **cause)
{
	sqlite3_stmt *st;
	int64_t eid;

	if ((st = store_stmt(s, ST_FIND_EXERCISE, cause)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, def->name, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
		return 0;
	}
	sqlite3_reset(st);
	if (store_need_batch(s, cause) != 0 || (st = store_stmt(s, ST_ADD_EXERCISE, cause)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, def->name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 2, def->bodyweight);
	sqlite3_bind_int(st, 3, def->custom);
	sqlite3_bind_int64(st, 4, s->batch);
	if (store_exec(s, st, cause, "add exercise") != 0)
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
	if (store_exec(s, st, cause, "set exercise groups") != 0 ||
	    (st = store_stmt(s, ST_CLEAR_EXERCISE_GROUPS, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (store_exec(s, st, cause, "set exercise groups") != 0)
		return -1;
	return store_add_groups(s, id, role, cause);
}

int
store_add_set(struct store *s, const struct set_record *r, char **cause)
{
	sqlite3_stmt *st;

	if (store_need_batch(s, cause) != 0 || (st = store_stmt(s, ST_ADD_LIFT, cause)) == NULL)
		return -1;
	bind_date(st, 1, stamp_date(r->at));
	bind_time(st, 2, r->at);
	sqlite3_bind_int64(st, 3, r->exercise_id);
	sqlite3_bind_double(st, 4, r->weight_kg);
	sqlite3_bind_int(st, 5, r->bodyweight);
	sqlite3_bind_int(st, 6, r->reps);
	if (r->rpe > 0)
		sqlite3_bind_double(st, 7, r->rpe);
	sqlite3_bind_text(st, 8, set_kind_id(r->kind), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, r->note != NULL ? r->note : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 10, s->batch);
	if (r->seconds > 0)
		sqlite3_bind_int(st, 11, r->seconds);
	if (r->distance_m > 0)
		sqlite3_bind_double(st, 12, r->distance_m);
	if (r->superset > 0)
		sqlite3_bind_int(st, 13, r->superset);
	return store_exec(s, st, cause, "add set");
}

int
store_add_activity(struct store *s, const struct activity_record *r, char **cause)
{
	sqlite3_stmt *st;

	if (store_need_batch(s, cause) != 0 || (st = store_stmt(s, ST_ADD_ACTIVITY, cause)) == NULL)
		return -1;
	bind_date(st, 1, stamp_date(r->at));
	bind_time(st, 2, r->at);
	sqlite3_bind_text(st, 3, r->name, -1, SQLITE_TRANSIENT);
	if (r->seconds > 0)
		sqlite3_bind_int(st, 4, r->seconds);
	if (r->distance_m > 0)
		sqlite3_bind_double(st, 5, r->distance_m);
	sqlite3_bind_text(st, 6, r->note != NULL ? r->note : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 7, s->batch);
	return store_exec(s, st, cause, "add activity");
}

int
store_add_soreness(struct store *s, const struct soreness_record *r, char **cause)
{
	sqlite3_stmt *st;

	if (store_need_batch(s, cause) != 0 || (st = store_stmt(s, ST_ADD_SORENESS, cause)) == NULL)
		return -1;
	bind_date(st, 1, stamp_date(r->at));
	bind_time(st, 2, r->at);
	sqlite3_bind_text(st, 3, group_id(r->group), -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, r->level);
	sqlite3_bind_int64(st, 5, s->batch);
	return store_exec(s, st, cause, "add soreness");
}

/* Mark the live record of a one-per-date table removed by this batch. */
static int
store_replace_date(struct store *s, enum stmt_id id, hs_date date, char **cause)
{
	sqlite3_stmt *st;

	if (store_need_batch(s, cause) != 0 || (st = store_stmt(s, id, cause)) == NULL)
		return -1;
	bind_date(st, 1, date);
	sqlite3_bind_int64(st, 2, s->batch);
	return store_exec(s, st, cause, "replace");
}

int
store_put_sleep(struct store *s, const struct sleep_record *r, char **cause)
{
	sqlite3_stmt *st;

	if (store_replace_date(s, ST_REMOVE_SLEEP_DATE, r->date, cause) != 0 ||
	    (st = store_stmt(s, ST_ADD_SLEEP, cause)) == NULL)
		return -1;
	bind_date(st, 1, r->date);
	sqlite3_bind_double(st, 2, r->hours);
	if (r->quality > 0)
		sqlite3_bind_int(st, 3, r->quality);
	sqlite3_bind_int64(st, 4, s->batch);
	return store_exec(s, st, cause, "log sleep");
}

int
store_put_day(struct store *s, const struct day_record *r, char **cause)
{
	sqlite3_stmt *st;

	if (store_replace_date(s, ST_REMOVE_DAY_DATE, r->date, cause) != 0 ||
	    (st = store_stmt(s, ST_ADD_DAY, cause)) == NULL)
		return -1;
	bind_date(st, 1, r->date);
	if (r->kind != DAY_UNSET)
		sqlite3_bind_text(st, 2, day_kind_id(r->kind), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, r->note != NULL ? r->note : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, s->batch);
	return store_exec(s, st, cause, "log day");
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
	if (store_exec(s, st, cause, "remove") != 0)
		return -1;
	if (sqlite3_changes(s->db) != 1)
		return util_fail(cause, "no such entry (it may have been removed meanwhile)");
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
	return store_exec(s, st, cause, "undo");
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
		return util_fail(cause, "internal error: undo inside a batch");
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
	*what = column_strdup(st, 1);
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

/* PRAGMA data_version moves with other connections' commits only; this
 * connection's own are counted beside it, so that a screen caching what it
 * read (the week view) sees the day screen's writes too. Both only grow, so
 * their sum moves whenever either does. */
int64_t
store_data_version(struct store *s)
{
	sqlite3_stmt *st = store_stmt(s, ST_DATA_VERSION, NULL);
	int64_t v = -1;

	if (st != NULL && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0) + s->commits;
	if (st != NULL)
		sqlite3_reset(st);
	return v;
}

/* The statement behind each screen query, for the plan test. */
const char *
store_query_sql(enum store_query q)
{
	static const enum stmt_id ids[STORE_Q_COUNT] = {
		[STORE_Q_SETS] = ST_LIFTS_BETWEEN,
		[STORE_Q_EVENT_SETS] = ST_EVENT_LIFTS_BETWEEN,
		[STORE_Q_SORENESS] = ST_SORENESS_BETWEEN,
		[STORE_Q_SLEEP] = ST_SLEEP_BETWEEN,
		[STORE_Q_DAYS] = ST_DAYS_BETWEEN,
		[STORE_Q_LAST_TRAINED] = ST_LAST_TRAINED_BEFORE,
	};

	return (unsigned)q < STORE_Q_COUNT ? stmt_sql[ids[q]] : NULL;
}

/* Name and groups of each exercise a query meets, looked up once per
 * exercise however many rows name it. */
struct exercise_cache {
	int64_t *ids;
	char **names;
	unsigned char (*roles)[GROUP_COUNT];
	size_t n;
};

/* A row holding what the schema never lets in (a NULL in a NOT NULL
 * column, a value out of its CHECK, a set of no exercise): the file was
 * damaged there, by a flipped byte or a hand edit. Reading stops, so that
 * nothing is shown, counted or exported from a half-read row. */
static int
store_row_damaged(struct store *s, const char *table, int64_t id, const char *what, char **cause)
{
	s->damaged = true;
	return util_fail(cause, "%s: the journal is damaged at %s row %lld (%s); %s", s->path,
	    table, (long long)id, what, STORE_RECOVER_HINT);
}

/* Column readers: false when the value is not what the schema allows. */
static bool
col_int(sqlite3_stmt *st, int col, int lo, int hi, int *out)
{
	sqlite3_int64 v;

	if (sqlite3_column_type(st, col) != SQLITE_INTEGER)
		return false;
	v = sqlite3_column_int64(st, col);
	if (v < lo || v > hi)
		return false;
	*out = (int)v;
	return true;
}

static bool
col_real(sqlite3_stmt *st, int col, double lo, double hi, double *out)
{
	int type = sqlite3_column_type(st, col);
	double v = sqlite3_column_double(st, col);

	if ((type != SQLITE_INTEGER && type != SQLITE_FLOAT) || !isfinite(v) || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

/* The same for a column that may be NULL, which reads as 0. */
static bool
col_int_or_null(sqlite3_stmt *st, int col, int lo, int hi, int *out)
{
	*out = 0;
	return sqlite3_column_type(st, col) == SQLITE_NULL || col_int(st, col, lo, hi, out);
}

static bool
col_real_or_null(sqlite3_stmt *st, int col, double lo, double hi, double *out)
{
	*out = 0;
	return sqlite3_column_type(st, col) == SQLITE_NULL || col_real(st, col, lo, hi, out);
}

/* A text column as a new string fit for any terminal (a hand-edited name
 * could carry an escape sequence); NULL when it is not text. */
static char *
col_text(sqlite3_stmt *st, int col)
{
	const char *p;

	if (sqlite3_column_type(st, col) != SQLITE_TEXT ||
	    (p = (const char *)sqlite3_column_text(st, col)) == NULL)
		return NULL;
	return util_printable(xstrdup(p));
}

/* A muscle group column: the group, or -1. */
static int
col_group(sqlite3_stmt *st, int col)
{
	const char *g = (const char *)sqlite3_column_text(st, col);

	return sqlite3_column_type(st, col) == SQLITE_TEXT && g != NULL ? group_from_id(g) : -1;
}

/* Read the exercise `eid` into slot i of the cache: its name and groups. */
static int
store_exercise_read(struct store *s, struct exercise_cache *rc, size_t i, int64_t eid, char **cause)
{
	sqlite3_stmt *st = store_stmt(s, ST_EXERCISE_GROUPS, cause);
	const char *role;
	int g, step;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, eid);
	/* One row per group, or one row without a group for an exercise that
	 * has none yet; none at all when there is no such exercise. */
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (rc->names[i] == NULL && (rc->names[i] = col_text(st, 0)) == NULL)
			break;
		if (sqlite3_column_type(st, 3) == SQLITE_NULL)
			continue;
		role = (const char *)sqlite3_column_text(st, 2);
		if ((g = col_group(st, 1)) < 0 || role == NULL ||
		    (strcmp(role, "primary") != 0 && strcmp(role, "secondary") != 0))
			break;
		rc->roles[i][g] = strcmp(role, "primary") == 0 ? ROLE_PRIMARY : ROLE_SECONDARY;
	}
	sqlite3_reset(st);
	if (step == SQLITE_ROW)
		return store_row_damaged(s, "exercise", eid, "its name or a group", cause);
	if (step != SQLITE_DONE)
		return store_fail(s, cause, "read an exercise's groups");
	if (rc->names[i] == NULL)
		return store_row_damaged(
		    s, "exercise", eid, "a set names it, but it is missing", cause);
	return 0;
}

/* The cache slot of exercise `eid`, read from the journal the first time;
 * -1 with *cause when the read fails or the exercise is missing or damaged. */
static ptrdiff_t
store_exercise(struct store *s, struct exercise_cache *rc, int64_t eid, char **cause)
{
	size_t i;

	for (i = 0; i < rc->n; i++)
		if (rc->ids[i] == eid)
			return (ptrdiff_t)i;
	rc->ids = xreallocarray(rc->ids, rc->n + 1, sizeof *rc->ids);
	rc->names = xreallocarray(rc->names, rc->n + 1, sizeof *rc->names);
	rc->roles = xreallocarray(rc->roles, rc->n + 1, sizeof *rc->roles);
	rc->ids[i] = eid;
	rc->names[i] = NULL;
	memset(rc->roles[i], 0, GROUP_COUNT);
	rc->n++;
	if (store_exercise_read(s, rc, i, eid, cause) != 0) {
		free(rc->names[i]);
		rc->n--; /* read again next time, and fail again */
		return -1;
	}
	return (ptrdiff_t)i;
}

static int
store_roles(struct store *s, struct exercise_cache *rc, int64_t eid,
    unsigned char role[GROUP_COUNT], char **cause)
{
	ptrdiff_t i = store_exercise(s, rc, eid, cause);

	if (i < 0)
		return -1;
	memcpy(role, rc->roles[i], GROUP_COUNT);
	return 0;
}

static void
exercise_cache_free(struct exercise_cache *rc)
{
	for (size_t i = 0; i < rc->n; i++)
		free(rc->names[i]);
	free(rc->ids);
	free(rc->names);
	free(rc->roles);
}

/* Bind a date range and check the statement is ready. */
static sqlite3_stmt *
store_range(struct store *s, enum stmt_id id, hs_date from, hs_date to, char **cause)
{
	sqlite3_stmt *st = store_stmt(s, id, cause);

	if (st != NULL) {
		bind_date(st, 1, from);
		bind_date(st, 2, to);
	}
	return st;
}

/* One row of a range query into `elem`: 0, or -1 with *cause (a read that
 * failed, a damaged row). */
typedef int store_row_fn(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause);

/* What each range query reads, for messages. */
static const char *
store_range_what(enum stmt_id id)
{
	switch (id) {
	case ST_LIFTS_BETWEEN:
	case ST_EVENT_LIFTS_BETWEEN:
		return "read the sets";
	case ST_SORENESS_BETWEEN:
		return "read the soreness";
	case ST_SLEEP_BETWEEN:
		return "read the nights";
	default:
		return "read the days";
	}
}

/* Every row of a date-range statement into a new array of `size`-byte
 * elements; on failure `drop` (when given) frees each element's insides. */
static int
store_load_range(struct store *s, enum stmt_id id, hs_date from, hs_date to, size_t size,
    store_row_fn *row, void *ctx, void (*drop)(void *), void **out, size_t *n, char **cause)
{
	sqlite3_stmt *st = store_range(s, id, from, to, cause);
	char *v = NULL;
	size_t cap = 0;
	int step = SQLITE_DONE, rc = 0;

	*n = 0;
	while (st != NULL && rc == 0 && (step = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap)
			v = xreallocarray(v, cap = cap ? cap * 2 : 16, size);
		memset(v + *n * size, 0, size);
		rc = row(s, st, v + *n * size, ctx, cause);
		(*n)++; /* a failed element still holds what drop must free */
	}
	if (st != NULL)
		sqlite3_reset(st);
	if (st != NULL && rc == 0 && step == SQLITE_DONE) {
		*out = v;
		return 0;
	}
	if (st != NULL && rc == 0)
		store_fail(s, cause, store_range_what(id));
	for (size_t i = 0; drop != NULL && i < *n; i++)
		drop(v + i * size);
	free(v);
	*out = NULL;
	*n = 0;
	return -1;
}

/* A set's kind as stored: -1 when it is none herstel knows. */
static int
col_set_kind(sqlite3_stmt *st, int col)
{
	const char *p = (const char *)sqlite3_column_text(st, col);

	return p != NULL ? set_kind_from_id(p) : -1;
}

/* A set of ST_LIFTS_BETWEEN; ctx is the exercise cache. */
static int
store_row_set(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct set_record *r = elem;
	const char *bad = NULL;
	int bw = 0, ebw = 0, kind;

	r->id = sqlite3_column_int64(st, 0);
	if (column_stamp(st, 1, 2, &r->at) != 0)
		bad = "its date or time";
	else if ((r->exercise = col_text(st, 4)) == NULL)
		bad = "its exercise is missing";
	else if (!col_real(st, 5, 0, 1000, &r->weight_kg))
		bad = "its weight";
	else if (!col_int(st, 6, 0, 1, &bw) || !col_int(st, 11, 0, 1, &ebw))
		bad = "its bodyweight flag";
	else if (!col_int(st, 7, 0, 1000, &r->reps))
		bad = "its reps";
	else if (!col_real_or_null(st, 8, 1, 10, &r->rpe))
		bad = "its RPE";
	else if ((kind = col_set_kind(st, 9)) < 0)
		bad = "its kind";
	else if ((r->note = col_text(st, 10)) == NULL)
		bad = "its note";
	else if (!col_int_or_null(st, 13, 1, 86400, &r->seconds))
		bad = "its time";
	else if (!col_real_or_null(st, 14, 0, 1000000, &r->distance_m))
		bad = "its distance";
	else if (!col_int_or_null(st, 15, 1, 1000, &r->superset))
		bad = "its superset";
	else if (r->reps == 0 && r->seconds == 0 && r->distance_m == 0)
		bad = "its reps";
	if (bad != NULL)
		return store_row_damaged(s, "lift", r->id, bad, cause);
	r->bodyweight = bw;
	r->exercise_bodyweight = ebw;
	r->kind = (enum set_kind)kind;
	r->exercise_id = sqlite3_column_int64(st, 3);
	return store_roles(s, ctx, r->exercise_id, r->role, cause);
}

static void
store_drop_set(void *elem)
{
	set_record_free(elem);
}

/* The sets logged from `from` to `to`, in time order. */
static int
store_load_sets(
    struct store *s, hs_date from, hs_date to, struct set_record **out, size_t *n, char **cause)
{
	struct exercise_cache rc = { 0 };
	void *v;
	int ret = store_load_range(s, ST_LIFTS_BETWEEN, from, to, sizeof **out, store_row_set, &rc,
	    store_drop_set, &v, n, cause);

	exercise_cache_free(&rc);
	*out = v;
	return ret;
}

static int
store_row_soreness(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct soreness_record *r = elem;
	int g = col_group(st, 3);

	(void)ctx;
	r->id = sqlite3_column_int64(st, 0);
	if (column_stamp(st, 1, 2, &r->at) != 0)
		return store_row_damaged(s, "soreness", r->id, "its date or time", cause);
	if (g < 0)
		return store_row_damaged(s, "soreness", r->id, "its muscle group", cause);
	if (!col_int(st, 4, 0, 3, &r->level))
		return store_row_damaged(s, "soreness", r->id, "its level", cause);
	r->group = (enum group)g;
	return 0;
}

static int
store_load_soreness(struct store *s, hs_date from, hs_date to, struct soreness_record **out,
    size_t *n, char **cause)
{
	void *v;
	int ret = store_load_range(s, ST_SORENESS_BETWEEN, from, to, sizeof **out,
	    store_row_soreness, NULL, NULL, &v, n, cause);

	*out = v;
	return ret;
}

static int
store_row_sleep(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct sleep_record *r = elem;
	hs_minute t;

	(void)ctx;
	r->id = sqlite3_column_int64(st, 0);
	if (column_stamp(st, 1, -1, &t) != 0)
		return store_row_damaged(s, "sleep", r->id, "its date", cause);
	if (!col_real(st, 2, 0, 24, &r->hours))
		return store_row_damaged(s, "sleep", r->id, "its hours", cause);
	if (!col_int_or_null(st, 3, 1, 5, &r->quality))
		return store_row_damaged(s, "sleep", r->id, "its quality", cause);
	r->date = stamp_date(t);
	return 0;
}

static int
store_load_sleep(
    struct store *s, hs_date from, hs_date to, struct sleep_record **out, size_t *n, char **cause)
{
	void *v;
	int ret = store_load_range(
	    s, ST_SLEEP_BETWEEN, from, to, sizeof **out, store_row_sleep, NULL, NULL, &v, n, cause);

	*out = v;
	return ret;
}

static int
store_row_day(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct day_record *r = elem;
	const char *kind = (const char *)sqlite3_column_text(st, 2);
	int k = kind != NULL ? day_kind_from_id(kind) : DAY_UNSET;
	hs_minute t;

	(void)ctx;
	r->id = sqlite3_column_int64(st, 0);
	if (column_stamp(st, 1, -1, &t) != 0)
		return store_row_damaged(s, "day", r->id, "its date", cause);
	if (k < 0)
		return store_row_damaged(s, "day", r->id, "its kind", cause);
	if ((r->note = col_text(st, 3)) == NULL)
		return store_row_damaged(s, "day", r->id, "its note", cause);
	r->date = stamp_date(t);
	r->kind = (enum day_kind)k;
	return 0;
}

static void
store_drop_day(void *elem)
{
	day_record_free(elem);
}

static int
store_load_days(
    struct store *s, hs_date from, hs_date to, struct day_record **out, size_t *n, char **cause)
{
	void *v;
	int ret = store_load_range(s, ST_DAYS_BETWEEN, from, to, sizeof **out, store_row_day, NULL,
	    store_drop_day, &v, n, cause);

	*out = v;
	return ret;
}

static int
store_row_activity(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct activity_record *r = elem;
	const char *bad = NULL;

	(void)ctx;
	r->id = sqlite3_column_int64(st, 0);
	if (column_stamp(st, 1, 2, &r->at) != 0)
		bad = "its date or time";
	else if ((r->name = col_text(st, 3)) == NULL || r->name[0] == '\0')
		bad = "its name";
	else if (!col_int_or_null(st, 4, 1, 86400, &r->seconds))
		bad = "its time";
	else if (!col_real_or_null(st, 5, 0, 1000000, &r->distance_m))
		bad = "its distance";
	else if (r->seconds == 0 && r->distance_m == 0)
		bad = "its time and distance";
	else if ((r->note = col_text(st, 6)) == NULL)
		bad = "its note";
	if (bad != NULL)
		return store_row_damaged(s, "activity", r->id, bad, cause);
	return 0;
}

static void
store_drop_activity(void *elem)
{
	activity_record_free(elem);
}

static int
store_load_activities(struct store *s, hs_date from, hs_date to, struct activity_record **out,
    size_t *n, char **cause)
{
	void *v;
	int ret = store_load_range(s, ST_ACTIVITIES_BETWEEN, from, to, sizeof **out,
	    store_row_activity, NULL, store_drop_activity, &v, n, cause);

	*out = v;
	return ret;
}

int
store_get_day(struct store *s, hs_date date, struct day_record *out, bool *found, char **cause)
{
	struct day_record *days = NULL;
	size_t n = 0;

	memset(out, 0, sizeof *out);
	if (store_load_days(s, date, date, &days, &n, cause) != 0)
		return -1;
	if ((*found = n > 0))
		*out = days[0];
	for (size_t i = 1; i < n; i++)
		day_record_free(&days[i]);
	free(days);
	return 0;
}

int
store_load_day(struct store *s, hs_date date, struct store_day *out, char **cause)
{
	struct sleep_record *sleep = NULL;
	struct day_record *days = NULL;
	size_t nsleep = 0, ndays = 0;

	memset(out, 0, sizeof *out);
	out->date = date;
	if (store_load_sets(s, date, date, &out->sets, &out->nsets, cause) != 0 ||
	    store_load_soreness(s, date, date, &out->soreness, &out->nsoreness, cause) != 0 ||
	    store_load_sleep(s, date, date, &sleep, &nsleep, cause) != 0 ||
	    store_load_days(s, date, date, &days, &ndays, cause) != 0 ||
	    store_load_activities(s, date, date, &out->activities, &out->nactivities, cause) != 0) {
		free(sleep);
		for (size_t i = 0; i < ndays; i++)
			day_record_free(&days[i]);
		free(days);
		store_day_free(out);
		return -1;
	}
	if ((out->has_sleep = nsleep > 0))
		out->sleep = sleep[0];
	if ((out->has_day = ndays > 0))
		out->day = days[0];
	else
		out->day.note = xstrdup("");
	for (size_t i = 1; i < ndays; i++)
		day_record_free(&days[i]);
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
	bind_date(st, 1, from);
	sqlite3_bind_double(st, 2, min_logged);
	sqlite3_bind_int(st, 3, loaded);
	sqlite3_bind_int(st, 4, bodyweight);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		g = col_group(st, 0);
		at = (const char *)sqlite3_column_text(st, 1);
		if (g < 0 || (at != NULL && stamp_parse(at, &t, NULL) != 0))
			break;
		if (at != NULL && t > last[g])
			last[g] = t;
	}
	sqlite3_reset(st);
	if (step == SQLITE_ROW)
		return store_row_damaged(s, "exercise", sqlite3_column_int64(st, 2),
		    g < 0 ? "a muscle group" : "the date or time of its last set", cause);
	return step == SQLITE_DONE ? 0 : store_fail(s, cause, "read the last sessions");
}

/* What reading the model's sets keeps from row to row: the exercises (it
 * owns the names the sets point into) and the last date seen, since a
 * day's sets come together and its date need be parsed only once. */
struct event_reader {
	struct exercise_cache rc;
	char date[DATE_BUF];
	hs_date day;
};

/* The time of a set of the model, its date parsed once per day. */
static int
store_event_stamp(struct event_reader *er, sqlite3_stmt *st, hs_minute *at)
{
	const char *d = (const char *)sqlite3_column_text(st, 0),
	           *t = (const char *)sqlite3_column_text(st, 1);
	int minute;

	if (d != NULL && t != NULL && er->date[0] != '\0' && strcmp(d, er->date) == 0 &&
	    strlen(t) == 5 && time_parse(t, &minute, NULL) == 0) {
		*at = stamp_make(er->day, minute);
		return 0;
	}
	if (column_stamp(st, 0, 1, at) != 0)
		return -1;
	snprintf(er->date, sizeof er->date, "%s", d);
	er->day = stamp_date(*at);
	return 0;
}

/* One set as the model replays it (ST_EVENT_LIFTS_BETWEEN). */
static int
store_row_event_set(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct recovery_set *r = elem;
	struct event_reader *er = ctx;
	int64_t id = sqlite3_column_int64(st, 8);
	const char *bad = NULL;
	int bw = 0, kind = 0;
	ptrdiff_t x;

	if (store_event_stamp(er, st, &r->at) != 0)
		bad = "its date or time";
	else if (!col_real(st, 3, 0, 1000, &r->weight_kg))
		bad = "its weight";
	else if (!col_int(st, 4, 0, 1, &bw))
		bad = "its bodyweight flag";
	else if (!col_int(st, 5, 0, 1000, &r->reps))
		bad = "its reps";
	else if (!col_real_or_null(st, 6, 1, 10, &r->rpe))
		bad = "its RPE";
	else if ((kind = col_set_kind(st, 7)) < 0)
		bad = "its kind";
	if (bad != NULL)
		return store_row_damaged(s, "lift", id, bad, cause);
	if ((x = store_exercise(s, &er->rc, sqlite3_column_int64(st, 2), cause)) < 0)
		return -1;
	r->exercise = er->rc.names[x];
	memcpy(r->role, er->rc.roles[x], GROUP_COUNT);
	/* Only unloaded bodyweight work gets the lower default RPE. */
	r->bodyweight = bw && r->weight_kg == 0;
	/* The model knows warm-ups; a failure set without an RPE is one at 10. */
	r->warmup = kind == SET_WARMUP;
	r->rpe = set_kind_rpe((enum set_kind)kind, r->rpe);
	return 0;
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
	struct event_reader er = { 0 };
	struct soreness_record *sore = NULL;
	struct sleep_record *sleep = NULL;
	struct day_record *dk = NULL;
	size_t nsore = 0, nsleep = 0, ndk = 0;
	void *v = NULL;
	int ret = -1;

	memset(out, 0, sizeof *out);
	if (store_load_range(s, ST_EVENT_LIFTS_BETWEEN, from - more, to, sizeof *out->sets,
	        store_row_event_set, &er, NULL, &v, &out->in.nsets, cause) != 0)
		goto out;
	out->sets = v;
	if (store_load_soreness(s, from, to, &sore, &nsore, cause) != 0 ||
	    store_load_sleep(s, from, to, &sleep, &nsleep, cause) != 0 ||
	    store_load_days(s, from, to, &dk, &ndk, cause) != 0 ||
	    store_last_trained(s, p, from, out->in.last_trained_before, cause) != 0)
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
	out->names = er.rc.names;
	out->nnames = er.rc.n;
	free(er.rc.ids);
	free(er.rc.roles);
	for (size_t i = 0; i < ndk; i++)
		day_record_free(&dk[i]);
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
		if ((def.name = col_text(st, 1)) == NULL || !col_int(st, 2, 0, 1, &bw))
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
	exercise_cache_free(&rc);
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
	exercise_cache_free(&rc);
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
		return store_fail(s, cause, "find exercise");
	return step == SQLITE_ROW;
}

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
		bind_date(st, 2, stamp_date(l->at));
		bind_time(st, 3, l->at);
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
		bind_date(st, 2, stamp_date(ac->at));
		bind_time(st, 3, ac->at);
		sqlite3_bind_text(st, 4, ac->name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 5, ac->seconds);
		sqlite3_bind_double(st, 6, ac->distance_m);
		sqlite3_bind_text(st, 7, ac->note ? ac->note : "", -1, SQLITE_TRANSIENT);
		break;
	case RECORD_SORENESS:
		bind_date(st, 2, stamp_date(so->at));
		bind_time(st, 3, so->at);
		sqlite3_bind_text(st, 4, group_id(so->group), -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 5, so->level);
		break;
	case RECORD_SLEEP:
		bind_date(st, 2, sl->date);
		sqlite3_bind_double(st, 3, sl->hours);
		sqlite3_bind_int(st, 4, sl->quality);
		break;
	case RECORD_DAY:
		bind_date(st, 2, d->date);
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
