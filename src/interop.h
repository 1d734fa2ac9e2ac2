/* interop.h: the files herstel exchanges with people and other apps.
 *
 * herstel's own CSV (one row per record, first column `kind`) and JSON, and
 * the CSV exports of Strong (three header variants), Hevy and FitNotes:
 * format detection from a header, rows into records, the names other apps
 * give exercises, and their dates. No SQL, no curses: the store and the
 * import and export modules do the reading and writing. */
#ifndef HERSTEL_INTEROP_H
#define HERSTEL_INTEROP_H

#include <stdbool.h>
#include <stddef.h>

#include "catalogue.h"
#include "csv.h"
#include "journal.h"

enum interop_format {
	INTEROP_AUTO,
	INTEROP_CSV,
	INTEROP_JSON,
	INTEROP_STRONG,
	INTEROP_HEVY,
	INTEROP_FITNOTES,
	INTEROP_FORMAT_COUNT
};

/* "auto", "csv", "json", "strong", "hevy", "fitnotes". */
const char *interop_format_id(enum interop_format f);
/* -1 when unknown. */
int interop_format_from_id(const char *s);

enum interop_kind { INTEROP_SET, INTEROP_SORENESS, INTEROP_SLEEP, INTEROP_DAY };

/* One record read from a file, before its exercise is looked up. */
struct interop_record {
	enum interop_kind kind;
	int line;       /* where it was read, for messages */
	hs_minute at;   /* set, soreness; sleep and day at 00:00 of their date */
	char *exercise; /* set: the name in the file (owned) */
	double weight_kg;
	bool bodyweight; /* set: the file says so (herstel's own formats) */
	bool bodyweight_known;
	int reps;
	double rpe; /* 0 when none */
	bool warmup;
	char *note;       /* set, day: owned, "" when none */
	enum group group; /* soreness */
	int level;
	double hours; /* sleep */
	int quality;  /* 0 when none */
	enum day_kind day_kind;
	/* Groups the file gives the exercise (herstel's own exercises, FitNotes'
	 * category); all ROLE_NONE when it gives none. */
	unsigned char role[GROUP_COUNT];
};

void interop_record_free(struct interop_record *r);

/* herstel's CSV columns, in order; the weight column is weight_kg or
 * weight_lb with `units`. */
enum interop_column {
	IC_KIND,
	IC_DATE,
	IC_TIME,
	IC_EXERCISE,
	IC_WEIGHT,
	IC_BODYWEIGHT,
	IC_REPS,
	IC_RPE,
	IC_WARMUP,
	IC_GROUP,
	IC_LEVEL,
	IC_HOURS,
	IC_QUALITY,
	IC_DAY,
	IC_NOTE,
	IC_PRIMARY,
	IC_SECONDARY,
	IC_COUNT
};
const char *interop_column_name(enum interop_column c, enum units units);

/* A record from herstel's fields in interop_column order (NULL or "" when
 * empty), weights in `units`. `where` starts messages ("12" for a line,
 * "sets[3]" in JSON): -1 with *cause "12: reps: expected ...". */
int interop_herstel_fields(const char *const *fields, enum units units, const char *where, int line,
    struct interop_record *out, char **cause);

struct interop_reader;

/* Take the header row of a CSV file: detect the format (want ==
 * INTEROP_AUTO) or check it is `want`. Weights without a unit are in
 * `units`. NULL with *cause "1: ..." when the header is none herstel knows. */
struct interop_reader *interop_reader_new(
    enum interop_format want, const struct csv_row *header, enum units units, char **cause);
void interop_reader_free(struct interop_reader *r);
enum interop_format interop_reader_format(const struct interop_reader *r);
/* "Strong (classic)", "Hevy", ...: for the report. */
const char *interop_reader_label(const struct interop_reader *r);
/* A data row: 1 with *out filled, 0 when the row holds nothing herstel
 * keeps (Strong's rest timers, cardio without reps), -1 with *cause
 * "LINE: COLUMN: what is wrong". */
int interop_reader_row(
    struct interop_reader *r, const struct csv_row *row, struct interop_record *out, char **cause);

/* The catalogue exercise a name from a file means: an exact name or alias,
 * the mapping table of other apps' names ("Bench Press (Barbell)"), or the
 * name without its equipment in brackets. NULL when none. */
const struct exercise_def *interop_resolve(const struct catalogue *c, const char *name);
/* The name Strong gives a catalogue exercise, or the name itself. */
const char *interop_strong_name(const char *name);

/* A number for a file: at most three decimals, no trailing zeros. */
void interop_number(double v, char *buf, size_t len);
/* Dates other apps write: "2024-01-09 18:30:00", "2024-01-09 18:30",
 * "2024-01-09T18:30", "9 Jan 2024, 18:30", "2024-01-09" (at 12:00). */
int interop_parse_stamp(const char *s, hs_minute *out);

#endif
