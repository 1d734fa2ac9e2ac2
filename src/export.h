/* export.h: the journal out to a file or stdout, as herstel's CSV, JSON or
 * Strong's CSV. Files are written beside their destination and renamed
 * into place, so an existing file is never left half overwritten. */
#ifndef HERSTEL_EXPORT_H
#define HERSTEL_EXPORT_H

#include <stddef.h>
#include <stdio.h>

#include "interop.h"
#include "rc.h"
#include "store.h"

/* What a Strong export left out: its format has no place for it. */
struct export_left {
	size_t own_groups;      /* own exercises whose groups were not written */
	char *own_names;        /* their names, comma-separated (owned) */
	size_t supersets;       /* sets of a superset */
	size_t soreness, sleep; /* records of kinds Strong does not have */
};

struct export_opts {
	enum interop_format format; /* INTEROP_CSV, INTEROP_JSON or INTEROP_STRONG */
	hs_date from, to;
	enum units units; /* weights in the file */
	hs_minute now;    /* the export time written in JSON */
	const char *path; /* NULL or "-": stdout */
	/* Called every few hundred records, for a progress display. */
	void (*progress)(void *arg, size_t done);
	void *progress_arg;
	struct export_left *left; /* Strong: filled when not NULL; free with export_left_free */
};

void export_left_free(struct export_left *l);

/* For the writers of each format: count a record written to `f`, tell the
 * progress callback now and then; -1 with *cause after a write error. */
int export_count(FILE *f, const struct export_opts *o, size_t *count, char **cause);

/* csv, json or strong; -1 otherwise. */
int export_format_from_id(const char *s);
/* Write the records; *count gets how many. -1 with *cause, and the
 * destination as it was, on failure (a symbolic link there is refused). */
int export_run(struct store *s, const struct export_opts *o, size_t *count, char **cause);
/* The export directory, [export] directory (~/ expanded) or
 * $XDG_DATA_HOME/herstel/exports, not created. Caller frees; NULL with *cause. */
char *export_default_dir(const struct rc *rc, char **cause);
/* "herstel-YYYY-MM-DD-HHMM.csv" ("-strong.csv", ".json") for `now`. Caller frees. */
char *export_file_name(enum interop_format f, hs_minute now);

#endif
