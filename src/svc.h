/* svc.h: the service layer, what the command line and the screens ask of
 * the journal, each as one call.
 *
 * It wires the store to the model: which events are read, with which of
 * herstelrc's parameters, which signals and verdicts follow. The CLI and the
 * screens both call it, so the board of `herstel status` and of the day
 * screen, or the week of `herstel week` and of the week view, agree by
 * construction rather than because two copies happen to match. Every write
 * is one batch (store_batch) built here, with the rules that turn what the
 * user typed into records. No curses and no SQL here: the shells draw, the
 * store speaks SQL. */
#ifndef HERSTEL_SVC_H
#define HERSTEL_SVC_H

#include <stddef.h>
#include <stdint.h>

#include "catalogue.h"
#include "entry.h"
#include "progress.h"
#include "rc.h"
#include "signals.h"
#include "store.h"
#include "week.h"

/* ---- reading -------------------------------------------------------- */

#define SVC_SIGNALS_MAX 16

/* The recovery board at a moment: every group in group order (the screen
 * sorts its own copy), and the warning signals, most urgent first. */
struct svc_board {
	struct group_status group[GROUP_COUNT];
	struct signal sig[SVC_SIGNALS_MAX];
	size_t nsig;
};

/* The board from events already read (store_load_events); `ev` NULL when
 * the journal could not be read: every group then shows fresh, no signals. */
void svc_board_of(
    const struct rc *rc, const struct store_events *ev, hs_minute now, struct svc_board *out);
/* Read the events and compute the board. */
int svc_board(
    struct store *s, const struct rc *rc, hs_minute now, struct svc_board *out, char **cause);
/* How group g's timer got where it is, one line per call of emit. */
int svc_explain(struct store *s, const struct rc *rc, hs_minute now, enum group g,
    void (*emit)(void *arg, const char *line), void *arg, char **cause);

/* One week judged: its days, and its verdicts with the model's signals. */
struct svc_week {
	struct week w;
	struct week_verdict v[WEEK_VERDICTS_MAX];
	size_t nv;
};
/* The week from `first` (a week start), judged up to `today` and replayed
 * up to when it is judged. On failure `out` holds the empty week, so a
 * screen can still draw its frame. */
int svc_week(struct store *s, const struct rc *rc, hs_date first, hs_minute now, hs_date today,
    struct svc_week *out, char **cause);

/* `n` weeks from `first`, each judged as svc_week judges it, into out[0..n):
 * the rows of a month or the columns of a year. */
int svc_weeks(struct store *s, const struct rc *rc, hs_date first, int n, hs_minute now,
    hs_date today, struct svc_week *out, char **cause);

/* One exercise's history: its sets, oldest first, each as the progress core
 * counts it (sets[i] and ps[i] are the same set), and its sessions. */
struct svc_history {
	struct set_record *sets;
	struct progress_set *ps;
	size_t nsets;
	struct progress_session *sessions;
	size_t nsessions;
	size_t unknown_load; /* sets at body weight: no body weight is known, so
	                      * they are in no e1RM, volume or record */
};
/* An exercise's last session before a day: its date and sets (none when it
 * has none), for the quick-entry line's "last:" and to log it again. */
struct svc_last {
	hs_date date;
	struct set_record *sets;
	size_t nsets;
};
int svc_last_session(struct store *s, const struct exercise_def *def, hs_date before,
    struct svc_last *out, char **cause);
void svc_last_free(struct svc_last *l);

/* The lines that log the sets of the `days` days up to `day` again, one per
 * exercise and day (entry_line), newest first, each line once: what the
 * quick-entry line recalls with Up and Down. *out is an array of *n lines;
 * svc_lines_free frees it. */
int svc_recent_lines(
    struct store *s, hs_date day, int days, char ***out, size_t *n, char **cause);
void svc_lines_free(char **lines, size_t n);

/* The history of exercise `def` (none when it was never logged). */
int svc_history(struct store *s, const struct rc *rc, const struct exercise_def *def,
    struct svc_history *out, char **cause);
void svc_history_free(struct svc_history *h);
/* The session of exercise `def` on `day` as its history judges it: its
 * records against every earlier session (PROGRESS_PR_* bits in out->prs,
 * 0 when none, or when the day has no session of it). */
int svc_session_records(struct store *s, const struct rc *rc, const struct exercise_def *def,
    hs_date day, struct progress_session *out, char **cause);
/* The days that match `text` (store_search: exercises, day and set notes,
 * in any case), newest first, at most `limit` (0: all). Blank text, or text
 * that is not fit to show, is refused with a cause that says so. */
#define SVC_SEARCH_MAX 200   /* characters of a search, as of a note */
#define SVC_SEARCH_LIMIT 200 /* the days the journal's results screen lists */
int svc_search(struct store *s, const char *text, size_t limit, struct store_hit **out, size_t *n,
    char **cause);

/* ---- writing: each call is one batch, called `what` (shown by undo) ---- */

/* The records a write takes the place of, removed in the same batch: an
 * edit replaces the day's sets or reports, a delete only removes. */
struct svc_old {
	enum record_kind kind;
	const int64_t *ids;
	size_t n;
};

/* One parsed entry and the exercise it names. The set's superset group and
 * distance come from the form that edits them (0 when none). */
struct svc_entry {
	const struct entry *e;
	const struct exercise_def *def;
	int superset;
	double distance_m;
};

/* Log every set of day `from` again at `at`, without their notes, as one
 * batch; the day read (its sets sorted as the log shows them) into *day
 * for the caller to say what was logged. Nothing written, and an error,
 * when that day has no sets. */
int svc_repeat(struct store *s, hs_date from, hs_minute at, struct store_day *day, char **cause);
/* The time of a set logged on `day` without one of its own: now on today,
 * else the time of the day's last set, else `default_minute` of that day
 * (a session logged the day after keeps its place, not noon). */
int svc_log_at(struct store *s, hs_date day, hs_minute now, int default_minute, hs_minute *at,
    char **cause);
/* Log entries at `at` (an entry's own time of day on the line wins), in
 * place of `old` (NULL: nothing). */
int svc_log(struct store *s, const char *what, const struct svc_entry *entries, size_t n,
    hs_minute at, const struct svc_old *old, char **cause);
/* Soreness reports, in place of `old`. */
int svc_sore(struct store *s, const char *what, const struct soreness_record *r, size_t n,
    const struct svc_old *old, char **cause);
/* The night before r->date, or the day's kind and note (one per date). */
int svc_sleep(struct store *s, const char *what, const struct sleep_record *r, char **cause);
int svc_day(struct store *s, const char *what, const struct day_record *r, char **cause);
/* Remove `old`. */
int svc_remove(struct store *s, const char *what, const struct svc_old *old, char **cause);
/* Give the journal's exercise `id` (one an import could not place) its
 * groups, or add the user's own exercise `def` to the journal. */
int svc_exercise_groups(struct store *s, const char *what, int64_t id,
    const unsigned char role[GROUP_COUNT], char **cause);
int svc_exercise_add(
    struct store *s, const char *what, const struct exercise_def *def, char **cause);

#endif
