/* store_impl.h: what the store's files share and nothing else includes:
 * struct store, the statements (their text is the one table stmt_sql of
 * store_sql.c), and the helpers they run them through. */
#ifndef HERSTEL_STORE_IMPL_H
#define HERSTEL_STORE_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

#include "store.h"

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
	ST_DAY_LAST_TIME,
	ST_EXERCISE_SETS,
	ST_LAST_SESSION_DATE,
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
	ST_SEARCH_EXERCISES,
	ST_SEARCH_EXERCISE_DAY,
	ST_SEARCH_LIFT_NOTES,
	ST_SEARCH_DAY_NOTES,
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
	_("herstel writes nothing more to it. To save what it holds (sqlite3's" \
	  " .recover or .dump), see \"To recover\" in herstel(1), FILES")

/* The exercises a walk meets, each read once however many rows name it:
 * name, flags and groups (aliases are the catalogue's, never read). */
struct exercise_cache {
	int64_t *ids;
	struct exercise_def *defs;
	size_t n;
};

/* What a walk of sets keeps from row to row: the exercises (it owns the
 * names the model's sets point into), the slot of the last set's, and the
 * last date seen, since a day's sets come together and its date need be
 * parsed only once. */
struct lift_reader {
	struct exercise_cache rc;
	size_t slot;
	char date[DATE_BUF];
	hs_date day;
};

/* What a walk over a date range reads, one decoder each; the first five
 * in the order of enum record_kind. */
enum store_rows {
	ROWS_SETS,       /* struct set_record; ctx: a struct lift_reader */
	ROWS_SORENESS,   /* struct soreness_record */
	ROWS_SLEEP,      /* struct sleep_record */
	ROWS_DAYS,       /* struct day_record */
	ROWS_ACTIVITIES, /* struct activity_record */
	ROWS_EVENT_SETS, /* struct recovery_set, as the model reads sets; ctx as ROWS_SETS */
	ROWS_EXERCISE_SETS /* struct set_record of one exercise (the walk's key); ctx as ROWS_SETS */
};

extern const char *const stmt_sql[ST_COUNT];

/* store.c: statements, errors, checks, the connection. */
int store_fail(struct store *s, char **cause, const char *doing);
sqlite3_stmt *store_stmt(struct store *s, enum stmt_id id, char **cause);
int store_exec(struct store *s, sqlite3_stmt *st, char **cause, const char *doing);
int store_run(struct store *s, enum stmt_id id, char **cause);
void store_bind_date(sqlite3_stmt *st, int i, hs_date d);
void store_bind_time(sqlite3_stmt *st, int i, hs_minute t);
int store_exec_sql(struct store *s, const char *sql, char **cause);
int store_pragma_int(struct store *s, const char *pragma, int *out, char **cause);
int store_check(struct store *s, enum stmt_id id, char **cause);
int store_connect(struct store *s, bool read_only, bool immutable, char **cause);
int store_accept(struct store *s, bool write, char **cause);

/* store_write.c: bind a record (a struct set_record, soreness_record,
 * sleep_record, day_record or activity_record as `kind` says) to its
 * ST_ADD_* or ST_SAME_* statement, ?1 to `batch`. */
void store_bind_record(sqlite3_stmt *st, int64_t batch, enum record_kind kind, const void *rec);

/* store_schema.c */
int store_migrate(struct store *s, int from, bool backup, char **cause);
int store_check_schema(struct store *s, int version, char **cause);

/* store_migrations.c: store_migrations[v - 1] takes a journal from
 * version v - 1 to v. */
extern const char *const store_migrations[STORE_SCHEMA_VERSION];

/* One object of a schema, as ST_SCHEMA lists sqlite_master: sql is "" for
 * an automatic index. */
struct schema_row {
	const char *type, *name, *tbl, *sql;
};

struct schema_rows {
	const struct schema_row *rows;
	size_t n;
};

/* schema_expected.c, written at build time by store_schema_gen from
 * store_migrations: store_expected_schema[v] is what the first v
 * migrations make, in the order of ST_SCHEMA (version 0: nothing). */
extern const struct schema_rows store_expected_schema[STORE_SCHEMA_VERSION + 1];

/* store_row.c: the column readers, one decoder per table, the walk. */
/* A text column as a new string fit for any terminal; NULL when it is not
 * text. */
char *store_col_text(sqlite3_stmt *st, int col);
int store_row_damaged(
    struct store *s, const char *table, int64_t id, const char *what, char **cause);
int store_col_group(sqlite3_stmt *st, int col);
/* The cache slot of exercise `eid`, read by its decoder the first time;
 * -1 with *cause when the read fails or the exercise is missing or damaged. */
ptrdiff_t store_exercise(struct store *s, struct exercise_cache *rc, int64_t eid, char **cause);
void store_exercise_cache_free(struct exercise_cache *rc);
/* Hand each live row of `rows` dated `from` to `to`, decoded, to `each`,
 * which takes what the row owns (store_row_free frees it). A row that
 * does not decode, or an `each` that fails, stops the walk: -1 with
 * *cause. */
int store_walk(struct store *s, enum store_rows rows, hs_date from, hs_date to, void *ctx,
    int (*each)(void *arg, void *row, char **cause), void *arg, char **cause);
void store_row_free(enum store_rows rows, void *row);
/* Free what each of the n rows of array v owns (not v). */
void store_rows_free(enum store_rows rows, void *v, size_t n);
/* The same into a new array of *n rows; on failure none. */
int store_load_rows(struct store *s, enum store_rows rows, hs_date from, hs_date to, void *ctx,
    void **out, size_t *n, char **cause);
/* The same for a walk of one thing's rows (ROWS_EXERCISE_SETS: `key` is
 * the exercise's id). */
int store_load_rows_of(struct store *s, enum store_rows rows, int64_t key, hs_date from,
    hs_date to, void *ctx, void **out, size_t *n, char **cause);

#endif
