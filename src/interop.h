/* interop.h: the files herstel exchanges with people and other apps.
 *
 * herstel's own CSV (one row per record, first column `kind`) and JSON, and
 * the CSV exports of Strong (every header generation, English and German),
 * Hevy, FitNotes, Fitbod, Liftosaur, StrongLifts and LiftLog: format
 * detection from a header, rows into records, and the dates and numbers
 * other apps write. No SQL, no curses: the store and the import and export
 * modules do the reading and writing; place.c says which exercise a name
 * means. The readers of other apps live in interop_*.c, one per app. */
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
	INTEROP_FITBOD,
	INTEROP_LIFTOSAUR,
	INTEROP_STRONGLIFTS,
	INTEROP_LIFTLOG,
	INTEROP_FORMAT_COUNT
};

/* "auto", "csv", "json", "strong", "hevy", "fitnotes", "fitbod",
 * "liftosaur", "stronglifts", "liftlog". */
const char *interop_format_id(enum interop_format f);
/* -1 when unknown. */
int interop_format_from_id(const char *s);

/* What a record is. A day note is a workout's notes (Strong's Workout
 * Notes, Hevy's description): the import adds it to the day's note. */
enum interop_kind {
	INTEROP_SET,
	INTEROP_SORENESS,
	INTEROP_SLEEP,
	INTEROP_DAY,
	INTEROP_ACTIVITY,
	INTEROP_DAY_NOTE,
	INTEROP_KIND_COUNT
};

/* "set", "soreness", "sleep", "day", "activity": the kind column of
 * herstel's CSV ("day note" for the last, which no file of herstel has). */
const char *interop_kind_id(enum interop_kind k);

/* One record read from a file, before its exercise is looked up. */
struct interop_record {
	enum interop_kind kind;
	int line;       /* where it was read, for messages */
	hs_minute at;   /* set, soreness, activity; the others at 00:00 of their date */
	char *exercise; /* set: the name in the file; activity: its name (owned) */
	double weight_kg;
	bool bodyweight; /* set: the file says so (herstel's own formats) */
	bool bodyweight_known;
	int reps;   /* 0 for a timed or distance set */
	double rpe; /* 0 when none */
	enum set_kind set_kind;
	int seconds;       /* set, activity: 0 when none */
	double distance_m; /* set, activity: 0 when none */
	int superset;      /* set: 0 when none */
	char *note;        /* set, day, activity, day note: owned, "" when none */
	enum group group;  /* soreness */
	int level;
	double hours; /* sleep */
	int quality;  /* 0 when none */
	enum day_kind day_kind;
	/* Groups the file gives the exercise (herstel's own exercises, FitNotes'
	 * category, Liftosaur's muscles); all ROLE_NONE when it gives none. */
	unsigned char role[GROUP_COUNT];
};

void interop_record_free(struct interop_record *r);

/* herstel's CSV columns, in order; the weight column is weight_kg or
 * weight_lb with `units`. The columns of version 2 come last, so a file of
 * version 1 reads as before; warmup is still written for older readers. */
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
	IC_SET_KIND,
	IC_SECONDS,
	IC_DISTANCE,
	IC_SUPERSET,
	IC_COUNT
};
const char *interop_column_name(enum interop_column c, enum units units);
/* The column a field of a JSON item of `kind` fills: the fields are named
 * like the CSV columns (weight_kg or weight_lb), except a day's kind,
 * which is "kind" in JSON. -1 for a field herstel does not read. */
int interop_json_column(enum interop_kind kind, const char *key);

/* A record from herstel's fields in interop_column order (NULL or "" when
 * empty), weights in `units`. `where` starts messages ("12" for a line,
 * "sets[3]" in JSON): -1 with *cause "12: reps: expected ...". */
int interop_herstel_fields(const char *const *fields, enum units units, const char *where, int line,
    struct interop_record *out, char **cause);

struct interop_reader;

/* Take the header row of a CSV file: detect the format (want ==
 * INTEROP_AUTO) or check it is `want`. Weights the file gives no unit for
 * are in `units`. NULL with *cause "1: ..." when the header is none herstel
 * knows. */
struct interop_reader *interop_reader_new(
    enum interop_format want, const struct csv_row *header, enum units units, char **cause);
void interop_reader_free(struct interop_reader *r);
enum interop_format interop_reader_format(const struct interop_reader *r);
/* "Strong (classic)", "Hevy", ...: for the report. */
const char *interop_reader_label(const struct interop_reader *r);
/* Read a data row: the number of records it gave (a StrongLifts row gives
 * one per set, a rest timer none), to be taken with interop_reader_next
 * before the next row; -1 with *cause "LINE: COLUMN: what is wrong". */
int interop_reader_row(struct interop_reader *r, const struct csv_row *row, char **cause);
/* The next record of the last row into *out (the caller owns it): 1, or 0
 * when there is none left. */
int interop_reader_next(struct interop_reader *r, struct interop_record *out);

/* What a reader left out or assumed, for the report. */
struct interop_stats {
	size_t rest_timers;    /* Strong's rest timer rows */
	size_t empty;          /* rows with nothing logged: no reps, time or distance */
	size_t missed;         /* sets a program planned that were not done (0 reps) */
	size_t user_units;     /* sets whose weight was read in the user's units */
	size_t user_distances; /* distances without a unit, read in the user's */
};
const struct interop_stats *interop_reader_stats(const struct interop_reader *r);

/* The name Strong gives a catalogue exercise, or the name itself. */
const char *interop_strong_name(const char *name);

/* A number for a file: at most three decimals, no trailing zeros. */
void interop_number(double v, char *buf, size_t len);
/* Dates other apps write: "2024-01-09 18:30:00", "2024-01-09 18:30",
 * "2024-01-09T18:30", "9 Jan 2024, 18:30", "2024-01-09" (at 12:00), and
 * ISO 8601 with seconds, fractions and a zone ("2025-12-15T10:30:00.000Z",
 * "...+02:00"), which is turned into local time. */
int interop_parse_stamp(const char *s, hs_minute *out);
/* A duration: seconds ("90", "120.0") or H:MM:SS / M:SS ("0:09:21");
 * 0 for an empty or zero one, -1 when it is neither. */
int interop_parse_seconds(const char *s, int *out);

#endif
