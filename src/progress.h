/* progress.h: a lifter's progress on one exercise, pure core: the
 * estimated 1RM, personal records, the sessions of its history and a
 * terminal chart of them.
 *
 * The caller hands over the exercise's sets with the load each was lifted
 * with (for bodyweight work, body weight plus what was added, when the body
 * weight is known) and the RPE it counts with (recovery_set_rpe). */
#ifndef HERSTEL_PROGRESS_H
#define HERSTEL_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"

/* The estimated one-rep maximum of the recovery model's strength signal:
 * load × (1 + (reps + 10 - RPE) / 30), the reps left in reserve counted as
 * reps done. 0 when there is no load or no reps. */
double progress_e1rm(double load, int reps, double rpe);

/* The rep maxes tracked: the heaviest load lifted for at least 1, 3, 5 and
 * 10 reps. */
#define PROGRESS_REP_MAXES 4
extern const int progress_rep_max_reps[PROGRESS_REP_MAXES];

/* PR kinds, as bits: the e1RM, and each rep max by its index. */
#define PROGRESS_PR_E1RM 0x1u
#define PROGRESS_PR_REPS(i) (0x2u << (i))

struct progress_set {
	hs_minute at;
	double load; /* what was lifted; 0 when not known (bodyweight without a body weight) */
	int reps;
	double rpe;  /* as it counts (recovery_set_rpe) */
	bool warmup; /* never a record */
};

/* The bests so far; all 0 before the first set that counts. */
struct progress_records {
	double e1rm;
	double rep_max[PROGRESS_REP_MAXES];
};

/* Which records `s` beats (PROGRESS_PR_* bits; ties are not records, and
 * a first set is not a record either: there is nothing to beat). */
unsigned progress_beats(const struct progress_records *r, const struct progress_set *s);
/* Take `s` into the records. */
void progress_add(struct progress_records *r, const struct progress_set *s);

/* One date of the history. */
struct progress_session {
	hs_date date;
	int sets;            /* work sets: not warm-ups (loaded or not) */
	int best;            /* index into the sets of the best set (highest e1RM), -1 when none */
	double e1rm;         /* of the best set */
	double volume;       /* sum of load × reps of the sets that count */
	unsigned prs;        /* records set that day (PROGRESS_PR_* bits) */
	double pr_e1rm_gain; /* how much the e1RM record rose that day, 0 when it did not */
};

/* The sessions of `sets` (in time order), oldest first; caller frees *out.
 * Returns how many. */
size_t progress_sessions(const struct progress_set *sets, size_t n, struct progress_session **out);

/* A column chart of `values` (oldest first) in `width` columns and
 * `height` rows, from the lowest value at the bottom row to the highest at
 * the top: rows[0] is the top. With more values than columns, each column
 * shows the highest of the values it stands for. With UTF-8, eighth blocks
 * (▁ ... █); without, '#' for a full cell and ':' and '.' for the part of
 * the top one. Each row is a NUL-terminated string in rows[i] of at least
 * 4 × width + 1 bytes. */
void progress_chart(const double *values, size_t n, int width, int height, bool utf8, char **rows);

#endif
