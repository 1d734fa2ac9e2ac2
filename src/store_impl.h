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

/* Name and groups of each exercise a query meets, looked up once per
 * exercise however many rows name it. */
struct exercise_cache {
	int64_t *ids;
	char **names;
	unsigned char (*roles)[GROUP_COUNT];
	size_t n;
};

/* One row of a range query into `elem`: 0, or -1 with *cause (a read that
 * failed, a damaged row). */
typedef int store_row_fn(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause);

/* What reading the model's sets keeps from row to row: the exercises (it
 * owns the names the sets point into) and the last date seen, since a
 * day's sets come together and its date need be parsed only once. */
struct event_reader {
	struct exercise_cache rc;
	char date[DATE_BUF];
	hs_date day;
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

/* store_schema.c */
int store_migrate(struct store *s, int from, bool backup, char **cause);
int store_check_schema(struct store *s, int version, char **cause);

/* store_row.c: column readers, decoders, the exercise cache, range walks. */
char *store_column_strdup(sqlite3_stmt *st, int col);
int store_row_damaged(
    struct store *s, const char *table, int64_t id, const char *what, char **cause);
bool store_col_int(sqlite3_stmt *st, int col, int lo, int hi, int *out);
char *store_col_text(sqlite3_stmt *st, int col);
int store_col_group(sqlite3_stmt *st, int col);
ptrdiff_t store_exercise(struct store *s, struct exercise_cache *rc, int64_t eid, char **cause);
int store_roles(struct store *s, struct exercise_cache *rc, int64_t eid,
    unsigned char role[GROUP_COUNT], char **cause);
void store_exercise_cache_free(struct exercise_cache *rc);
sqlite3_stmt *store_range(struct store *s, enum stmt_id id, hs_date from, hs_date to, char **cause);
const char *store_range_what(enum stmt_id id);
int store_load_range(struct store *s, enum stmt_id id, hs_date from, hs_date to, size_t size,
    store_row_fn *row, void *ctx, void (*drop)(void *), void **out, size_t *n, char **cause);
int store_row_set(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause);
void store_drop_set(void *elem);
int store_row_soreness(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause);
int store_row_sleep(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause);
int store_row_day(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause);
void store_drop_day(void *elem);
int store_row_activity(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause);
void store_drop_activity(void *elem);
int store_row_event_set(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause);

#endif
