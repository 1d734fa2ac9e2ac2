/* interop_read.h: what the readers of other apps' files share: the
 * reader's state, the columns a header has, and the steps from a row's
 * cells to records. Private to interop.c and interop_*.c: one format a
 * file (interop_strong.c, interop_hevy.c, ...), each a row of
 * interop_formats. */
#ifndef HERSTEL_INTEROP_READ_H
#define HERSTEL_INTEROP_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "interop.h"

#define INTEROP_MAX_KG 1000.0
#define INTEROP_MAX_REPS 1000
#define INTEROP_WIDE_MAX 20 /* StrongLifts' Set N columns */

/* The columns of other apps' files, by what they hold. */
enum interop_col {
	X_DATE,
	X_TIME,
	X_EXERCISE,
	X_ORDER, /* Strong's Set Order, Hevy's set_type */
	X_WEIGHT,
	X_WEIGHT_UNIT,
	X_REPS,
	X_RPE,
	X_DISTANCE,
	X_DISTANCE_UNIT,
	X_SECONDS,
	X_NOTE,
	X_WORKOUT_NOTE,
	X_CATEGORY,
	X_SUPERSET,
	X_WARMUP,   /* a flag column: Fitbod's isWarmup */
	X_SET_TIME, /* Liftosaur: when each set was done */
	X_TARGET,   /* Liftosaur's muscles */
	X_SYNERGIST,
	X_SETS, /* Fitbod: how many sets the row stands for */
	X_COUNT
};

/* Where a weight or a distance gets its unit. */
enum interop_unit { IU_USER, IU_KG, IU_LB, IU_KM, IU_MI, IU_M, IU_COLUMN };

/* One format: how its header is recognised, opened and its rows read. */
struct interop_fmt {
	enum interop_format id;
	const char *needs; /* "a Strong export needs the columns ..." */
	bool (*detect)(const struct csv_row *h);
	int (*open)(struct interop_reader *r, const struct csv_row *h, char **cause);
	int (*row)(
	    struct interop_reader *r, const struct csv_row *row, const char *where, char **cause);
};

extern const struct interop_fmt interop_fmt_csv, interop_fmt_strong, interop_fmt_hevy,
    interop_fmt_fitnotes, interop_fmt_fitbod, interop_fmt_liftosaur, interop_fmt_stronglifts,
    interop_fmt_liftlog;

struct interop_reader {
	const struct interop_fmt *fmt;
	const char *label;
	enum units units; /* the user's, for IU_USER */
	size_t ncols;
	int col[X_COUNT];       /* -1 when absent */
	char *colname[X_COUNT]; /* as the header writes it, for messages (owned) */
	enum interop_unit weight_unit, distance_unit;
	/* herstel's CSV */
	int herstel[IC_COUNT];
	enum units file_units;
	/* StrongLifts: the Set N (Reps) and Set N (KG) columns */
	int wide_reps[INTEROP_WIDE_MAX], wide_weight[INTEROP_WIDE_MAX];
	int nwide;
	/* The records of the row read last, not yet taken. */
	struct interop_record *queue;
	size_t qhead, nqueue, qcap;
	/* The workout being read, whose notes go to its day once. */
	hs_minute workout_at;
	char *workout_note;
	/* Strong's Note row: a note for the sets of one exercise that follow. */
	hs_minute note_at;
	char *note_exercise, *note_text;
	struct interop_stats stats;
};

/* The cells of one set as a file writes them, before they are checked. */
struct interop_cells {
	hs_minute at;
	const char *exercise, *reps, *weight, *weight_unit, *rpe, *distance, *distance_unit,
	    *seconds, *note;
	enum set_kind kind;
	int superset;
	bool cardio; /* the file says it is cardio (FitNotes' category) */
	unsigned char role[GROUP_COUNT];
	const char *reps_name, *weight_name; /* for messages, when not the columns' */
};

/* The column named like one of `names` (case-insensitive, space trimmed),
 * -1 if none; names end with NULL. */
int interop_find(const struct csv_row *h, const char *const *names);
/* Find column `c` under one of `names`; true when found. */
bool interop_want(struct interop_reader *r, const struct csv_row *h, enum interop_col c,
    const char *const *names);
/* A cell of a row, trimmed; "" when the column is absent. */
const char *interop_cell(const struct csv_row *row, int c);
/* The cell of column `c`. */
const char *interop_get(
    const struct interop_reader *r, const struct csv_row *row, enum interop_col c);
/* "WHERE: COLUMN: expected WHAT, got "TEXT"", -1. */
int interop_bad(
    char **cause, const char *where, const char *column, const char *what, const char *got);
/* A number as other apps write it: "102.5" or, in some locales, "102,5". */
int interop_decimal(const char *s, double min, double max, double *out);
/* A whole number, also written with nothing after the point ("5.0"). */
int interop_whole(const char *s, long min, long max, long *out);
/* "kg", "kgs", "lb", "lbs" and their names: IU_KG or IU_LB, else -1. */
int interop_weight_unit(const char *s);

/* Check the cells of one set and queue it (or, for cardio without reps,
 * an activity): 1 queued, 0 when the row holds nothing (counted), -1 with
 * *cause naming the column. */
int interop_push_cells(struct interop_reader *r, const struct interop_cells *c, int line,
    const char *where, char **cause);
/* Queue a copy of *rec (the queue owns its strings from now on). */
void interop_push(struct interop_reader *r, const struct interop_record *rec);
/* A workout's notes, queued as a day note once per workout and text. */
void interop_workout_note(struct interop_reader *r, hs_minute at, int line, const char *note);

/* FitNotes' categories and Liftosaur's muscles as groups: the groups a
 * file gives an exercise. interop_category is false for one it does not
 * know; *cardio tells FitNotes' Cardio. */
bool interop_category(const char *cat, unsigned char role[GROUP_COUNT], bool *cardio);
void interop_muscles(const char *list, unsigned char role, unsigned char out[GROUP_COUNT]);

#endif
