/* entry.h: the log grammar shared by `herstel log` and the quick-entry line.
 *
 *     ENTRY   := EXERCISE GROUP [, GROUP ...] [TIME] [# note]
 *     GROUP   := [SCHEME | LOADxREPS] [LOAD] [@RPE] [KIND]
 *     SCHEME  := SETSxREPS | REPS[,REPS...]        5x5   3x8   10,8,6
 *              | the same in seconds               3x60s  45s  60s,45s
 *     LOADxREPS := one set of REPS at LOAD         100x5  82.5x8  60kgx10
 *     LOAD    := NUMBER[kg|lb] | bw | bw+NUMBER[kg|lb]    (82,5kg: a comma
 *                                                  is a decimal before a unit)
 *     RPE     := 1 to 10 in steps of 0.5
 *     KIND    := warmup | drop | failure             (drop and failure after
 *                                                     a scheme, load or RPE)
 *     TIME    := HH:MM, anywhere in the tail         18:30
 *
 * "bench press 100x5 @9, 85x8, 85x8 @8" is three sets of their own load and
 * RPE: groups are parted by a comma at the end of a word. A group without a
 * load takes the load of the group before it.
 *
 * The parser only splits and checks the text; resolving the exercise name
 * against the catalogue is the caller's job (catalogue_find). */
#ifndef HERSTEL_ENTRY_H
#define HERSTEL_ENTRY_H

#include <stdbool.h>
#include <stddef.h>

#include "journal.h"

#define ENTRY_MAX_SETS 50
#define ENTRY_MAX_REPS 1000
/* More reps a set than this in SETSxREPS without a load may be LOADxREPS
 * the other way round ("5x100"): see entry_check_for. */
#define ENTRY_MAX_PLAIN_REPS 30
#define ENTRY_MAX_SECONDS 86400
#define ENTRY_MAX_KG 1000.0
#define ENTRY_NOTE_MAX 500

/* One set of the line, as it will be stored. */
struct entry_set {
	int reps;         /* seconds when timed */
	bool has_load;    /* a LOAD was given (or taken from the group before) */
	bool bodyweight;  /* "bw" or "bw+X" */
	double weight_kg; /* converted from lb when needed; added weight for bw+X */
	double rpe;       /* 0 when none */
	enum set_kind kind;
	int group;        /* which comma-parted group of the line, from 0 */
};

struct entry {
	char *exercise; /* the name as typed, spaces folded */
	int nsets;      /* 1 when no scheme was given */
	struct entry_set set[ENTRY_MAX_SETS];
	int ngroups;
	bool timed;  /* a timed scheme: "plank 3x60s" */
	int minute;  /* the time of day on the line ("18:30"), or -1 */
	int unclear; /* the first set of a "5x100" group (see entry_check_for), or -1 */
	int unclear_sets;
	char *note;  /* "" when none */
};

/* Parse one entry; a bare number as LOAD is in `units`. Returns 0, or -1 with
 * *cause naming the part that is wrong ("RPE must be from 1 to 10, got 11"). */
int entry_parse(const char *text, enum units units, struct entry *out, char **cause);
/* For an exercise that is not done at body weight, refuse a group written
 * SETSxREPS with more than ENTRY_MAX_PLAIN_REPS reps and no load: "squat
 * 5x100" may be 100 kg for 5 reps written the other way round, and is not
 * silently logged as 500 reps. "plank 3x60" and "push-up 2x50" stand. */
int entry_check_for(const struct entry *e, bool bodyweight, char **cause);
void entry_free(struct entry *e);
/* The line that logs `n` sets again: a run of one exercise with the load,
 * RPE and kind of the first ("squat 5x5 100kg @8 # note"), for an edit's
 * prefilled line and a repeated day; the note only when `note`. Caller
 * frees. */
char *entry_text(const struct set_record *s, size_t n, bool note);
/* A day's sets as its log shows them: by exercise, in the order each first
 * appears, then by time (a stable sort, in place). */
void entry_sort_sets(struct set_record *s, size_t n);
/* How many sets from s[0] make one line of the log (and one entry_text):
 * everything but the reps agrees; at most ENTRY_MAX_SETS. */
size_t entry_run_length(const struct set_record *s, size_t n);
/* The one line that logs `n` sets of one exercise again, a group for each
 * run: "bench press 2x5 60kg warmup, 100x5 @9, 85x8, 85x8 @8"; no notes.
 * Caller frees. */
char *entry_line(const struct set_record *s, size_t n);
/* "squat: 5 sets of 5 at 100 kg, RPE 8", or per group "bench press: 1 set
 * of 5 at 100 kg, RPE 9; 2 sets of 8 at 85 kg" (for the live preview and
 * the confirmations: it says how the line was read); caller frees. */
char *entry_describe(const struct entry *e, enum units units);

#endif
