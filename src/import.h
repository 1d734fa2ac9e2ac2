/* import.h: records into the journal from herstel's own CSV or JSON or from
 * Strong, Hevy or FitNotes. All or nothing: records are checked and written
 * one by one inside one batch that any error rolls back, so `herstel undo`
 * takes a whole import back; records already in the journal are skipped. */
#ifndef HERSTEL_IMPORT_H
#define HERSTEL_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "catalogue.h"
#include "interop.h"
#include "store.h"

struct import_opts {
	enum interop_format format; /* INTEROP_AUTO: from the header */
	bool dry_run;               /* check and count, write nothing */
	enum units units;           /* for weights of files that give no unit */
	const char *path;           /* "-": stdin */
};

struct import_report {
	char *format;         /* "Strong (classic)" */
	size_t added[4];      /* by enum interop_kind */
	size_t skipped;       /* already in the journal */
	size_t ignored;       /* rows with nothing herstel keeps */
	char **new_exercises; /* made as the user's own */
	size_t nnew;
};

/* Import o->path. -1 with *cause "FILE:LINE: what is wrong" (or
 * "FILE:sets[3]: ..." in JSON), and the journal unchanged, on any error. */
int import_run(struct store *s, const struct catalogue *cat, const struct import_opts *o,
    struct import_report *rep, char **cause);
void import_report_free(struct import_report *rep);

#endif
