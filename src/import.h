/* import.h: records into the journal from herstel's own CSV or JSON or from
 * the exports of other apps (interop.h). All or nothing: records are
 * checked and written one by one inside one batch that any error rolls
 * back, so `herstel undo` takes a whole import back; records already in
 * the journal are skipped. The exercise of each name is placed by place.h:
 * the catalogue's own, or the user's own made for the name, with the
 * groups of the exercise it is like or that the file gives, or none. */
#ifndef HERSTEL_IMPORT_H
#define HERSTEL_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "catalogue.h"
#include "interop.h"
#include "store.h"

struct import_opts {
	enum interop_format format; /* INTEROP_AUTO: from the header */
	bool dry_run;               /* check and count; the caller gives a copy */
	enum units units;           /* for weights of files that give no unit */
	const char *path;           /* "-": stdin */
};

/* An exercise of the user's own the import used: placed like a catalogue
 * exercise, or left without groups (with a close name to suggest). */
struct import_name {
	char *name;
	size_t sets;    /* sets of this import on it */
	char *like;     /* placed: the exercise it is like; unplaced: a
	                  * suggestion; NULL when none */
	bool from_file; /* placed by the groups the file gave */
};

struct import_report {
	char *format;                     /* "Strong (classic)" */
	size_t added[INTEROP_KIND_COUNT]; /* by enum interop_kind */
	size_t skipped;                   /* already in the journal */
	struct interop_stats stats;       /* rows left out, units assumed */
	enum units units;                 /* the units assumed */
	size_t kinds[SET_KIND_COUNT];     /* sets added by kind */
	size_t timed, distance, superset; /* sets added with a time, a distance, in a superset */
	size_t placed_sets;               /* sets added on an exercise with groups */
	char **new_exercises;             /* made as the user's own */
	size_t nnew;
	struct import_name *like; /* own exercises placed like another */
	size_t nlike;
	struct import_name *unplaced; /* own exercises without groups */
	size_t nunplaced;
};

/* Import o->path. -1 with *cause "FILE:LINE: what is wrong" (or
 * "FILE:sets[3]: ..." in JSON), and the journal unchanged, on any error. */
int import_run(struct store *s, const struct catalogue *cat, const struct import_opts *o,
    struct import_report *rep, char **cause);
void import_report_free(struct import_report *rep);

#endif
