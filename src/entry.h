/* entry.h: the log grammar shared by `herstel log` and the quick-entry line.
 *
 *     ENTRY   := EXERCISE [SCHEME] [LOAD] [@RPE] [KIND] [# note]
 *     SCHEME  := SETSxREPS | REPS[,REPS...]        5x5   3x8   10,8,6
 *              | the same in seconds               3x60s  45s  60s,45s
 *     LOAD    := NUMBER[kg|lb] | bw | bw+NUMBER[kg|lb]
 *     RPE     := 1 to 10 in steps of 0.5
 *     KIND    := warmup | drop | failure             (drop and failure after
 *                                                     a scheme, load or RPE)
 *
 * The parser only splits and checks the text; resolving the exercise name
 * against the catalogue is the caller's job (catalogue_find). */
#ifndef HERSTEL_ENTRY_H
#define HERSTEL_ENTRY_H

#include <stdbool.h>

#include "journal.h"

#define ENTRY_MAX_SETS 50
#define ENTRY_MAX_REPS 1000
#define ENTRY_MAX_SECONDS 86400
#define ENTRY_MAX_KG 1000.0
#define ENTRY_NOTE_MAX 500

struct entry {
	char *exercise;           /* the name as typed, spaces folded */
	int nsets;                /* 1 when no scheme was given */
	int reps[ENTRY_MAX_SETS]; /* seconds when timed */
	bool timed;               /* a timed scheme: "plank 3x60s" */
	bool has_load;            /* a LOAD was given */
	bool bodyweight;          /* "bw" or "bw+X" */
	double weight_kg;         /* converted from lb when needed; added weight for bw+X */
	double rpe;               /* 0 when none */
	enum set_kind kind;
	char *note; /* "" when none */
};

/* Parse one entry; a bare number as LOAD is in `units`. Returns 0, or -1 with
 * *cause naming the part that is wrong ("RPE must be from 1 to 10, got 11"). */
int entry_parse(const char *text, enum units units, struct entry *out, char **cause);
void entry_free(struct entry *e);
/* "squat: 5 sets of 5 at 100 kg, RPE 8" (for the live preview); caller frees. */
char *entry_describe(const struct entry *e, enum units units);

#endif
