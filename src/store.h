/* store.h: the journal's SQLite database. The only module that speaks SQL.
 *
 * Every change happens inside a batch: store_begin() opens a transaction and
 * records what the user asked for; rows written in it carry the batch id and
 * rows it removes are marked with it, so store_undo() can take the whole
 * batch back without building any SQL from strings. */
#ifndef HERSTEL_STORE_H
#define HERSTEL_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "catalogue.h"
#include "journal.h"
#include "recovery.h"
#include "signals.h"

#define STORE_SCHEMA_VERSION 4
#define STORE_APPLICATION_ID 0x48727374 /* "Hrst" */

struct store;

/* The default path: $XDG_DATA_HOME/herstel/herstel.db or
 * ~/.local/share/herstel/herstel.db; caller frees. NULL with *cause when
 * neither XDG_DATA_HOME nor HOME is set. */
char *store_default_path(char **cause);

/* Open or create the journal at `path`, creating its directory (0700) and the
 * file (0600) when missing, migrating an older schema after a quick_check
 * and a verified backup. A file that is not a herstel journal is refused and
 * left as it was, and so is one that SQLite reads differently from its
 * header (another database's -wal beside it), one whose -wal does not fit
 * it (integrity_check fails right after SQLite applied it), one whose
 * schema is not herstel's (a trigger, a view, another table or index) and
 * one with another database's -journal beside it. NULL with *cause. */
struct store *store_open(const char *path, char **cause);

/* store_open with flags: STORE_READ_ONLY opens the journal read-only (every
 * write fails; on a read-only filesystem too); STORE_NO_CREATE creates
 * nothing: a missing or empty journal is read as an empty one in memory. */
#define STORE_READ_ONLY 0x1
#define STORE_NO_CREATE 0x2
struct store *store_open_as(const char *path, unsigned flags, char **cause);
/* The journal at `path` copied into memory (an empty one when there is no
 * file), at this herstel's schema: what a dry run writes to, so that it
 * creates, migrates and changes nothing on disk. */
struct store *store_open_copy(const char *path, char **cause);
void store_close(struct store *s);

/* Start a batch: `what` says what the user did ("log squat 5x5 100kg @8"),
 * shown again by undo. Writes between begin and commit are one transaction.
 * The first batch of a day (and of an import) runs quick_check first, and
 * a journal found damaged (by SQLite or a decoder) takes no more batches. */
int store_begin(struct store *s, const char *what, char **cause);
/* After an I/O error at commit, the journal is read again on a fresh
 * connection, as the next program to open it would: when it holds the
 * batch after all, commit returns 0 and leaves a warning (the disk gave an
 * error; do not enter it again) for store_take_warning; else -1 with a
 * cause that says whether nothing was saved or that it may have been.
 * store_undo does the same for the batch it takes back. */
int store_commit(struct store *s, char **cause);
void store_rollback(struct store *s);
/* The one way to write: `write(s, arg, cause)` runs inside a batch called
 * `what`, which is committed when it returns 0 and rolled back whole when
 * it or the commit fails. */
typedef int store_write_fn(struct store *s, void *arg, char **cause);
int store_batch(struct store *s, const char *what, store_write_fn *write, void *arg, char **cause);
/* The warning of the last commit or undo that succeeded despite an error,
 * or NULL; the caller frees it. */
char *store_take_warning(struct store *s);

/* The id of the exercise in the journal, added with its groups the first time
 * it is used, so the journal keeps the groups it was logged with. */
int store_exercise_id(struct store *s, const struct exercise_def *def, int64_t *id, char **cause);
/* Replace the groups of an exercise (one the user made, or an import left
 * without groups); needs an open batch, and undo of it gives the old
 * groups back. */
int store_set_exercise_groups(
    struct store *s, int64_t id, const unsigned char role[GROUP_COUNT], char **cause);

/* The user's own exercises kept in the journal (`herstel exercises --add`),
 * handed one by one to `add` (typically catalogue_add). */
int store_custom_exercises(struct store *s,
    int (*add)(void *arg, const struct exercise_def *def, char **cause), void *arg, char **cause);

/* Writes; each needs an open batch. `id` of the record is ignored on add. */
int store_add_set(struct store *s, const struct set_record *r, char **cause);
int store_add_soreness(struct store *s, const struct soreness_record *r, char **cause);
int store_add_activity(struct store *s, const struct activity_record *r, char **cause);
/* Sleep and the day's kind and note: one per date; a new one replaces the old. */
int store_put_sleep(struct store *s, const struct sleep_record *r, char **cause);
int store_put_day(struct store *s, const struct day_record *r, char **cause);

enum record_kind { RECORD_SET, RECORD_SORENESS, RECORD_SLEEP, RECORD_DAY, RECORD_ACTIVITY };
/* Remove one record (marked, so undo can bring it back). */
int store_remove(struct store *s, enum record_kind kind, int64_t id, char **cause);

/* Take back the newest batch: the records it wrote or removed, and the
 * exercises it added to the journal and the groups it gave them. 0 with
 * *what set (caller frees) to what was undone, 1 when there is nothing to
 * undo, -1 with *cause. */
int store_undo(struct store *s, char **what, char **cause);

/* Everything logged on one date. */
struct store_day {
	hs_date date;
	struct set_record *sets; /* by time, then id */
	size_t nsets;
	struct soreness_record *soreness;
	size_t nsoreness;
	bool has_sleep;
	struct sleep_record sleep;
	bool has_day;
	struct day_record day;
	struct activity_record *activities; /* by time */
	size_t nactivities;
};
int store_load_day(struct store *s, hs_date date, struct store_day *out, char **cause);
void store_day_free(struct store_day *d);
/* The day record of `date`: *found false (and *out empty) when none. */
int store_get_day(struct store *s, hs_date date, struct day_record *out, bool *found, char **cause);
/* The time of the last set on `date` into *at; *found false (and *at as it
 * was) when the day has none. 0 or -1. */
/* Every set of the exercise called `name`, oldest first, into *out (*n of
 * them; none when the journal has no such exercise). 0 or -1. */
int store_exercise_sets(
    struct store *s, const char *name, struct set_record **out, size_t *n, char **cause);
/* The sets of exercise `name` on its last date before `before` into *out (*n
 * of them; none when there is none), and that date into *date. */
int store_last_session(struct store *s, const char *name, hs_date before, hs_date *date,
    struct set_record **out, size_t *n, char **cause);
int store_day_last_time(struct store *s, hs_date date, hs_minute *at, bool *found, char **cause);

/* The events the recovery model and the signals need at `now`: soreness,
 * sleep and day kinds of the days the timers replay with the parameters `p`
 * (recovery_replay_days), the last session of each group before those (of
 * sets `p` counts: warm-ups and easy sets make none), and the sets of the
 * SIGNALS_BEST_DAYS the strength signal compares with when that is longer
 * (in.replay_from marks where the replay starts). The cost does not grow
 * with the history. */
struct store_events {
	struct recovery_input in;
	struct recovery_set *sets;
	struct recovery_soreness *soreness;
	struct recovery_sleep *sleep;
	struct day_kind_entry *days;
	size_t ndays;
	char **names; /* exercise names the sets point into */
	size_t nnames;
};
int store_load_events(struct store *s, hs_minute now, const struct recovery_params *p,
    struct store_events *out, char **cause);
/* The same for the week from `first` to first + 6, replayed up to when it
 * is judged (week_judged_at: now, or its end), so that the current week
 * agrees with the day screen and status; one bounded range per table, so
 * moving through weeks costs the same at any history size. */
int store_load_week(struct store *s, hs_date first, hs_minute now, const struct recovery_params *p,
    struct store_events *out, char **cause);
void store_events_free(struct store_events *e);

/* Changes by any connection, this one or another process, move this number:
 * the screen polls it to pick up what `herstel log` wrote meanwhile. */
int64_t store_data_version(struct store *s);

/* The SQL text of the queries the screens run, for the test that pins their
 * plans to the indexes (tests/unit/test_plans.c). */
enum store_query {
	STORE_Q_SETS,       /* sets from a date to a date, for the day */
	STORE_Q_EVENT_SETS, /* the same as the model reads them */
	STORE_Q_SORENESS,
	STORE_Q_SLEEP,
	STORE_Q_DAYS,
	STORE_Q_LAST_TRAINED,        /* each group's last session before a date */
	STORE_Q_DAY_TIME,            /* the time of a day's last set */
	STORE_Q_EXERCISE_SETS,       /* one exercise's sets, for its history */
	STORE_Q_LAST_SESSION,        /* the date of an exercise's last session */
	STORE_Q_SEARCH_EXERCISE_DAY, /* search: the newest day of an exercise before a date */
	STORE_Q_SEARCH_SET_NOTES,    /* search: the sets' notes, newest first */
	STORE_Q_SEARCH_DAY_NOTES,    /* search: the days' notes, newest first */
	STORE_Q_COUNT
};
const char *store_query_sql(enum store_query q);

/* Export: every live record from `from` to `to`, one kind after the other
 * (sets, soreness, sleep, days, activities; kinds with a NULL callback are
 * left out),
 * each in date and time order, all from one read transaction. A callback
 * that fails stops the walk. `custom`: the set's exercise is the user's own. */
struct store_each {
	int (*set)(void *arg, const struct set_record *r, bool custom, char **cause);
	int (*soreness)(void *arg, const struct soreness_record *r, char **cause);
	int (*sleep)(void *arg, const struct sleep_record *r, char **cause);
	int (*day)(void *arg, const struct day_record *r, char **cause);
	int (*activity)(void *arg, const struct activity_record *r, char **cause);
	void *arg;
};
int store_each_record(
    struct store *s, hs_date from, hs_date to, const struct store_each *e, char **cause);

/* The user's own exercises that have sets but no muscle groups (an import
 * could not place them), most sets first, handed to `each` with the number
 * of their live sets. */
int store_unplaced(struct store *s,
    int (*each)(void *arg, const char *name, size_t sets, char **cause), void *arg, char **cause);

/* Search: the days whose exercises (by name), day note or set notes
 * contain `text` in any case (textfold.h says which letters fold), newest
 * first, at most `limit` of them (0: all). Each hit names the exercises that
 * matched (in name order), and the day's note and one set note when they
 * matched (else NULL). The cost is one seek per day found and a walk of the
 * notes, never of the sets without one. */
struct store_hit {
	hs_date date;
	char **exercises;
	size_t nexercises;
	char *day_note;
	char *set_note;
};
int store_search(struct store *s, const char *text, size_t limit, struct store_hit **out, size_t *n,
    char **cause);
void store_hits_free(struct store_hit *h, size_t n);

/* Import: 1 with *id when the journal has an exercise of that name, 0 not. */
int store_find_exercise(struct store *s, const char *name, int64_t *id, char **cause);
/* Duplicates for an import, which may stream: store_claims_begin (before
 * its batch) forgets earlier imports' claims, and has the batch run
 * quick_check first. store_claim_same sets *found
 * when the journal holds a live record equal to `rec` (a struct set_record,
 * soreness_record, sleep_record or day_record as `kind` says), written
 * before the open batch; weights and hours within a thousandth are equal.
 * A set or soreness report found is claimed: the next equal one of the file
 * needs another, so a file with three equal sets against a journal with
 * one adds two. A date's sleep and kind are found however often. */
int store_claims_begin(struct store *s, char **cause);
int store_claim_same(
    struct store *s, enum record_kind kind, const void *rec, bool *found, char **cause);

#endif
