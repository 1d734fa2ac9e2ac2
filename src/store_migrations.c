/* store_migrations.c: the scripts that make the journal's schema, one a
 * version. They are the one source of the schema: store_migrate runs them
 * on a journal, and the build runs them (store_schema_gen) to write down
 * the schema each version has, which store_check_schema compares with. */
#include "config.h"

#include "store.h"

#include "store_impl.h"

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

/* store_migrations[v - 1] takes a journal from version v - 1 to v. The
 * text of a released version never changes: the schema check of store_open
 * compares a journal with what these scripts make, as store_schema_gen
 * wrote it down at build time (schema_expected.c). */
const char *const store_migrations[STORE_SCHEMA_VERSION] = { schema_v1, schema_v2, schema_v3,
	schema_v4 };
