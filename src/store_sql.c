/* store_sql.c: every statement the store runs, one table of fixed text
 * (enum stmt_id in store_impl.h), and the screens' queries for the test
 * that pins their plans (store_query_sql). */
#include "config.h"

#include "store.h"

#include <stddef.h>

#include <sqlite3.h>

#include "store_impl.h"

const char *const stmt_sql[ST_COUNT] = {
	[ST_BEGIN] = "BEGIN IMMEDIATE",
	[ST_COMMIT] = "COMMIT",
	[ST_ROLLBACK] = "ROLLBACK",
	[ST_ADD_BATCH] = "INSERT INTO batch (what) VALUES (?1)",
	[ST_FIND_EXERCISE] = "SELECT id FROM exercise WHERE name = ?1",
	[ST_ADD_EXERCISE] = "INSERT INTO exercise (name, bodyweight, custom, batch)"
	                    " VALUES (?1, ?2, ?3, ?4)",
	[ST_ADD_EXERCISE_GROUP] = "INSERT INTO exercise_group (exercise_id, grp, role, batch)"
	                          " VALUES (?1, ?2, ?3, ?4)",
	[ST_EXERCISE_GROUPS] = "SELECT e.name, e.bodyweight, e.custom, g.grp, g.role, g.exercise_id"
	                       " FROM exercise e LEFT JOIN exercise_group g ON g.exercise_id = e.id"
	                       " WHERE e.id = ?1",
	/* A record's statements, ST_ADD_* and ST_SAME_*, number their
	 * parameters alike (?1 the batch, then the record's fields), so that
	 * one binder serves both (store_bind_record); a value none is 0 or ''
	 * there, stored as NULL. */
	[ST_ADD_LIFT] = "INSERT INTO lift (batch, date, time, exercise_id, weight_kg, bodyweight,"
	                " reps, rpe, kind, note, seconds, distance_m, superset)"
	                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, nullif(?8, 0), ?9, ?10,"
	                " nullif(?11, 0), nullif(?12, 0), nullif(?13, 0))",
	[ST_ADD_SORENESS] = "INSERT INTO soreness (batch, date, time, grp, level)"
	                    " VALUES (?1, ?2, ?3, ?4, ?5)",
	[ST_ADD_SLEEP] = "INSERT INTO sleep (batch, date, hours, quality)"
	                 " VALUES (?1, ?2, ?3, nullif(?4, 0))",
	[ST_ADD_DAY] =
	    "INSERT INTO day (batch, date, kind, note) VALUES (?1, ?2, nullif(?3, ''), ?4)",
	[ST_REMOVE_LIFT] = "UPDATE lift SET removed_by = ?2 WHERE id = ?1 AND removed_by IS NULL",
	[ST_REMOVE_SORENESS] =
	    "UPDATE soreness SET removed_by = ?2 WHERE id = ?1 AND removed_by IS NULL",
	[ST_REMOVE_SLEEP] = "UPDATE sleep SET removed_by = ?2 WHERE id = ?1 AND removed_by IS NULL",
	[ST_REMOVE_DAY] = "UPDATE day SET removed_by = ?2 WHERE id = ?1 AND removed_by IS NULL",
	[ST_REMOVE_SLEEP_DATE] =
	    "UPDATE sleep SET removed_by = ?2 WHERE date = ?1 AND removed_by IS NULL",
	[ST_REMOVE_DAY_DATE] =
	    "UPDATE day SET removed_by = ?2 WHERE date = ?1 AND removed_by IS NULL",
	[ST_ADD_ACTIVITY] = "INSERT INTO activity (batch, date, time, name, seconds, distance_m,"
	                    " note) VALUES (?1, ?2, ?3, ?4, nullif(?5, 0), nullif(?6, 0), ?7)",
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
	/* Both statements of lift begin with the same nine columns, which its
	 * one decoder reads (store_decode_lift). A LEFT JOIN: a set whose
	 * exercise is missing is damage to report, not a row to leave out;
	 * the exercise's name, flags and groups come from ST_EXERCISE_GROUPS,
	 * once per walk. Export reads the sets through this too. */
	[ST_LIFTS_BETWEEN] = "SELECT l.id, l.date, l.time, l.exercise_id, l.weight_kg,"
	                     " l.bodyweight, l.reps, l.rpe, l.kind, l.note, l.seconds,"
	                     " l.distance_m, l.superset, e.id"
	                     " FROM lift l LEFT JOIN exercise e ON e.id = l.exercise_id"
	                     " WHERE l.removed_by IS NULL AND l.date BETWEEN ?1 AND ?2"
	                     " ORDER BY l.date, l.time, l.id",
	/* The sets the model replays: no notes, no join. */
	[ST_EVENT_LIFTS_BETWEEN] =
	    "SELECT id, date, time, exercise_id, weight_kg, bodyweight, reps, rpe, kind FROM lift"
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
	/* One exercise's sets, as ST_LIFTS_BETWEEN reads them, on its index. */
	[ST_EXERCISE_SETS] = "SELECT l.id, l.date, l.time, l.exercise_id, l.weight_kg,"
	                     " l.bodyweight, l.reps, l.rpe, l.kind, l.note, l.seconds,"
	                     " l.distance_m, l.superset, e.id"
	                     " FROM lift l LEFT JOIN exercise e ON e.id = l.exercise_id"
	                     " WHERE l.removed_by IS NULL AND l.exercise_id = ?3"
	                     " AND l.date BETWEEN ?1 AND ?2 ORDER BY l.date, l.time, l.id",
	/* The date of an exercise's last session before a date: one seek. */
	[ST_LAST_SESSION_DATE] = "SELECT max(date) FROM lift WHERE exercise_id = ?1"
	                         " AND date < ?2 AND removed_by IS NULL",
	[ST_DAY_LAST_TIME] = "SELECT max(time) FROM lift WHERE date = ?1 AND removed_by IS NULL",
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
	/* Exercises by id: their rows are read by their one decoder. */
	[ST_CUSTOM_EXERCISES] = "SELECT id FROM exercise WHERE custom = 1 ORDER BY name",
	/* Own exercises with sets but no groups: what an import could not place. */
	[ST_UNPLACED] = "SELECT e.id, count(l.id) AS n FROM exercise e"
	                " JOIN lift l ON l.exercise_id = e.id AND l.removed_by IS NULL"
	                " WHERE e.custom = 1 AND NOT EXISTS (SELECT 1 FROM exercise_group g"
	                " WHERE g.exercise_id = e.id) GROUP BY e.id ORDER BY n DESC, e.name",
	[ST_BEGIN_READ] = "BEGIN",
	/* Search (store_search.c) folds case in C, so it reads the candidates:
	 * every exercise (a few hundred at most), the newest day before ?2 with
	 * a live set of exercise ?1 (a seek per day found), and the notes from
	 * their own partial indexes, newest first. */
	[ST_SEARCH_EXERCISES] = "SELECT id, name FROM exercise",
	[ST_SEARCH_EXERCISE_DAY] =
	    "SELECT date FROM lift WHERE exercise_id = ?1"
	    " AND removed_by IS NULL AND date < ?2 ORDER BY date DESC LIMIT 1",
	[ST_SEARCH_LIFT_NOTES] =
	    "SELECT date, note FROM lift WHERE note <> '' AND removed_by IS NULL"
	    " ORDER BY date DESC",
	[ST_SEARCH_DAY_NOTES] = "SELECT date, note FROM day WHERE note <> '' AND removed_by IS NULL"
	                        " ORDER BY date DESC",
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
		[STORE_Q_DAY_TIME] = ST_DAY_LAST_TIME,
		[STORE_Q_EXERCISE_SETS] = ST_EXERCISE_SETS,
		[STORE_Q_LAST_SESSION] = ST_LAST_SESSION_DATE,
		[STORE_Q_SEARCH_EXERCISE_DAY] = ST_SEARCH_EXERCISE_DAY,
		[STORE_Q_SEARCH_SET_NOTES] = ST_SEARCH_LIFT_NOTES,
		[STORE_Q_SEARCH_DAY_NOTES] = ST_SEARCH_DAY_NOTES,
	};

	return (unsigned)q < STORE_Q_COUNT ? stmt_sql[ids[q]] : NULL;
}
