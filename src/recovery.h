/* recovery.h: the per-muscle-group recovery timer (model v2), pure core.
 *
 * Events go in (sets, soreness reports, sleep per date), a board comes out.
 * Nothing here knows about SQL or curses; the store gathers the events of the
 * window that can still matter and hands them over. The rules every view
 * shares (a set's effective RPE, whether it is hard, its role weight) live
 * here and nowhere else. */
#ifndef HERSTEL_RECOVERY_H
#define HERSTEL_RECOVERY_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "groups.h"

/* Every number of the model; config.c fills it from herstelrc, and
 * recovery_params_default() gives the documented defaults. */
struct recovery_params {
	double base_hours[GROUP_COUNT]; /* B per group, a full session: 72 / 48 / 36 */
	double effort_6;                /* E at RPE <= 6: 0.40 */
	double effort_7;                /* E at RPE 7: 0.70 */
	double effort_8;                /* E at RPE 8: 0.90 */
	double effort_9;                /* E at RPE 9: 1.00 */
	double effort_10;               /* E at RPE 10: 1.25 */
	double volume_sets;             /* weighted hard sets of a full session: 10 */
	double volume_min;              /* clamp of V: 0.5 */
	double volume_max;              /* clamp of V: 1.6 */
	double secondary_weight;        /* role weight of a secondary group: 0.5 */
	double novelty_factor;          /* N of a first session after a lay-off: 1.25 */
	int novelty_days;               /* dates without a session that make one: 21 */
	double stack_weight;            /* share of the smaller of left and H: 0.5 */
	double min_rpe;                 /* sets below this RPE are left out: 5 */
	double default_rpe;             /* RPE when missing, loaded: 8 */
	double default_rpe_bodyweight;  /* RPE when missing, bodyweight: 7 */
	double sleep_full_hours;        /* nights of at least this run at 1.0: 7 */
	double sleep_penalty;           /* speed lost per hour short: 0.07 */
	double sleep_floor;             /* lowest speed: 0.80 */
	double short_night_hours;       /* signal 6: a night under this: 6.0 */
	double max_need_hours;          /* cap of a stacked window: 168 */
	double sore_moderate_hours;     /* left at least this after soreness 2: 24 */
	double sore_severe_hours;       /* left at least this after soreness 3: 48 */
	int due_days;                   /* ready and untrained this long: due: 7 */
	int almost_percent;             /* almost from this percent: 50 */
};

void recovery_params_default(struct recovery_params *p);

/* One logged set, with the groups its exercise hits. */
struct recovery_set {
	hs_minute at;
	double rpe; /* 0 when not logged */
	bool warmup;
	bool bodyweight;                 /* unloaded bodyweight work: default RPE 7 */
	unsigned char role[GROUP_COUNT]; /* enum group_role per group */
	/* For explanations and signals only; the timer does not read these. */
	const char *exercise;
	double weight_kg;
	int reps;
};

struct recovery_soreness {
	hs_minute at;
	enum group group;
	int level; /* 0-3 */
};

struct recovery_sleep {
	hs_date date; /* the night that ended on the morning of this date */
	double hours;
	int quality; /* 1-5, 0 when not rated */
};

/* The rules a set is judged by, in every view: the RPE it counts with (as
 * logged, else the default for its kind), whether it counts at all (not a
 * warm-up, that RPE at least min_rpe), and its weight for group g (1
 * primary, secondary_weight secondary, 0 when it does not hit g). */
double recovery_set_rpe(const struct recovery_params *p, const struct recovery_set *s);
bool recovery_set_hard(const struct recovery_params *p, const struct recovery_set *s);
double recovery_role_weight(
    const struct recovery_params *p, const struct recovery_set *s, enum group g);

/* recovery_set_hard in the terms a query of the journal can test: a set that
 * is no warm-up counts when its logged RPE is at least *min_logged, or when
 * it has none and the default of its kind counts (*loaded, *bodyweight). */
void recovery_hard_terms(
    const struct recovery_params *p, double *min_logged, bool *loaded, bool *bodyweight);

/* Days of history the timers replay: a window is at most max_need_hours
 * long and runs at no less than the sleep floor, so with the defaults it
 * closes within 168 / 0.80 h = 8.75 days unless the group is trained again.
 * Two weeks at least, more when the parameters allow longer windows; the
 * work does not grow with the history. Novelty looks further back through
 * last_trained_before, which the store reads with one seek per exercise. */
#define RECOVERY_REPLAY_MIN_DAYS 14
int recovery_replay_days(const struct recovery_params *p);

/* Arrays in any order; recovery sorts its own copies. */
struct recovery_input {
	const struct recovery_set *sets;
	size_t nsets;
	/* Sets before this minute are there for the signals' longer look-back
	 * and are not replayed; HS_NO_TIME replays them all. */
	hs_minute replay_from;
	const struct recovery_soreness *soreness;
	size_t nsoreness;
	const struct recovery_sleep *sleep;
	size_t nsleep;
	/* Last session of each group before the replayed window, counting only
	 * hard sets (recovery_set_hard), HS_NO_TIME when there was none: it
	 * tells `due`, and novelty for the first session replayed. Sessions
	 * inside the window win. */
	hs_minute last_trained_before[GROUP_COUNT];
};

enum recovery_state { STATE_READY, STATE_DUE, STATE_ALMOST, STATE_RECOVERING, STATE_COUNT };

/* The board line of one group at `now`. */
struct group_status {
	enum group group;
	enum recovery_state state;
	int percent;            /* floor(100 * done / need); 100 when nothing open */
	double need, done;      /* hours of the open window (0 when none) */
	double left;            /* need - done */
	hs_minute ready_at;     /* HS_NO_TIME when already ready */
	hs_minute last_trained; /* last session, HS_NO_TIME when never */
	int soreness;           /* latest level reported since the last session */
	/* What drives it: the last session, as every view counts it. */
	double last_sets;  /* S: its hard sets, weighted by role (secondary half) */
	double last_rpe;   /* their mean effective RPE, weighted the same way */
	double last_need;  /* H of that session, novelty included */
	int last_gap_days; /* dates since the session before it, -1 when none */
	bool last_novel;   /* it was a first session after a lay-off (N applied) */
	double slow_sleep; /* hours of the shortest logged night that slows the
	                    * current window (from its last restart), 0 when none */
};

/* Replay the events up to and including `now` and fill board[g] for every
 * group, in the fixed group order. */
void recovery_board(const struct recovery_params *p, const struct recovery_input *in, hs_minute now,
    struct group_status board[GROUP_COUNT]);

/* Where each group trained on `day` (by `now`) stood just before the first
 * hard set of that day hitting it: board[g] as recovery_board gives it a
 * minute before that set, and hit[g] true; hit[g] false (board[g] unset) for
 * the groups the day did not train. */
void recovery_board_before(const struct recovery_params *p, const struct recovery_input *in,
    hs_date day, hs_minute now, struct group_status board[GROUP_COUNT], bool hit[GROUP_COUNT]);

/* Sort a board copy by readiness: least recovered first. */
void recovery_sort(struct group_status *board, size_t n);

/* Model pieces, exposed so the tests can pin each rule on its own. */
double recovery_effort(const struct recovery_params *p, double rpe);
double recovery_volume(const struct recovery_params *p, double weighted_sets);
double recovery_sleep_speed(const struct recovery_params *p, double hours);
/* The window after a session asking h on a group with `left` hours left:
 * min(max(left, h) + stack_weight x min(left, h), max_need_hours). */
double recovery_stack(const struct recovery_params *p, double left, double h);

/* A mean RPE as every view writes it: "8", "8.3". */
void recovery_rpe_text(double rpe, char *buf, size_t len);
/* A share in words, as in "a secondary set counts half": "half", "0.30". */
void recovery_share_text(double share, char *buf, size_t len);

/* Step-by-step account of how the group's timer got where it is, one line
 * per call of emit, in words a lifter understands. */
void recovery_explain(const struct recovery_params *p, const struct recovery_input *in,
    hs_minute now, enum group g, void (*emit)(void *arg, const char *line), void *arg);

/* When a group is ready, as the board says it. In a sentence for the
 * command line: "ready now", "ready in 14m", "ready in 14h", "ready Thu
 * 11:44", "ready 3 Dec 11:44". In the screen's narrow column: "11:44"
 * today, "Thu 11:44", "3 Dec"; nothing when ready, and for a due group the
 * days since it was trained ("12 days", "never"). */
enum recovery_when { RECOVERY_WHEN_SENTENCE, RECOVERY_WHEN_COLUMN };
void recovery_ready_text(
    const struct group_status *st, hs_minute now, enum recovery_when how, char *buf, size_t len);

/* A soreness level, 0 to 3 (clamped), in a word where a column or the
 * form shows it ("mild"), and as --explain says it ("mild soreness"). */
const char *recovery_sore_word(int level);
const char *recovery_sore_phrase(int level);

const char *recovery_state_word(enum recovery_state s);              /* "ready", for people */
const char *recovery_state_id(enum recovery_state s);                /* "ready", in tsv and json */
const char *recovery_state_symbol(enum recovery_state s, bool utf8); /* "●" or "+" */

#endif
