/* interop.c: herstel's own files and other apps' exports, row by row. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interop.h"
#include "util.h"

#define INTEROP_MAX_KG 1000.0
#define INTEROP_MAX_REPS 1000

static const char *const format_ids[INTEROP_FORMAT_COUNT] = { "auto", "csv", "json", "strong",
	"hevy", "fitnotes" };

const char *
interop_format_id(enum interop_format f)
{
	return f < INTEROP_FORMAT_COUNT ? format_ids[f] : "?";
}

int
interop_format_from_id(const char *s)
{
	for (int i = 0; i < INTEROP_FORMAT_COUNT; i++)
		if (s != NULL && strcmp(s, format_ids[i]) == 0)
			return i;
	return -1;
}

void
interop_record_free(struct interop_record *r)
{
	free(r->exercise);
	free(r->note);
	r->exercise = r->note = NULL;
}

/* Other apps' names for catalogue exercises; the first name of an exercise
 * is also the one a Strong export uses. */
static const struct {
	const char *foreign, *name;
} name_map[] = {
	{ "Bench Press (Barbell)", "bench press" },
	{ "Flat Barbell Bench Press", "bench press" },
	{ "Bench Press (Dumbbell)", "dumbbell bench press" },
	{ "Flat Dumbbell Bench Press", "dumbbell bench press" },
	{ "Incline Bench Press (Barbell)", "incline bench press" },
	{ "Incline Barbell Bench Press", "incline bench press" },
	{ "Squat (Barbell)", "squat" },
	{ "Front Squat (Barbell)", "front squat" },
	{ "Deadlift (Barbell)", "deadlift" },
	{ "Romanian Deadlift (Barbell)", "romanian deadlift" },
	{ "Sumo Deadlift (Barbell)", "sumo deadlift" },
	{ "Leg Press (Machine)", "leg press" },
	{ "Lunge (Dumbbell)", "lunge" },
	{ "Walking Lunge (Dumbbell)", "lunge" },
	{ "Bulgarian Split Squat (Dumbbell)", "bulgarian split squat" },
	{ "Hip Thrust (Barbell)", "hip thrust" },
	{ "Leg Extension (Machine)", "leg extension" },
	{ "Leg Extension Machine", "leg extension" },
	{ "Lying Leg Curl (Machine)", "leg curl" },
	{ "Seated Leg Curl (Machine)", "leg curl" },
	{ "Seated Leg Curl Machine", "leg curl" },
	{ "Lying Leg Curl Machine", "leg curl" },
	{ "Standing Calf Raise (Machine)", "calf raise" },
	{ "Calf Raise (Machine)", "calf raise" },
	{ "Standing Calf Raise Machine", "calf raise" },
	{ "Push Up", "push-up" },
	{ "Chest Dip", "dip" },
	{ "Triceps Dip", "dip" },
	{ "Chest Fly (Dumbbell)", "chest fly" },
	{ "Overhead Press (Barbell)", "overhead press" },
	{ "Overhead Press (Dumbbell)", "overhead press" },
	{ "Lateral Raise (Dumbbell)", "lateral raise" },
	{ "Face Pull (Cable)", "face pull" },
	{ "Bent Over Row (Barbell)", "barbell row" },
	{ "Bent Over One Arm Row (Dumbbell)", "dumbbell row" },
	{ "Pull Up", "pull-up" },
	{ "Chin Up", "chin-up" },
	{ "Lat Pulldown (Cable)", "lat pulldown" },
	{ "Lat Pulldown (Machine)", "lat pulldown" },
	{ "Shrug (Barbell)", "shrug" },
	{ "Shrug (Dumbbell)", "shrug" },
	{ "Bicep Curl (Barbell)", "biceps curl" },
	{ "Bicep Curl (Dumbbell)", "biceps curl" },
	{ "Dumbbell Curl", "biceps curl" },
	{ "Hammer Curl (Dumbbell)", "hammer curl" },
	{ "Triceps Pushdown (Cable - Straight Bar)", "triceps pushdown" },
	{ "Triceps Pushdown", "triceps pushdown" },
	{ "Rope Push Down", "triceps pushdown" },
	{ "Skullcrusher (Barbell)", "skull crusher" },
	{ "Back Extension", "back extension" },
	{ "Hanging Leg Raise", "hanging leg raise" },
	{ "Crunch", "crunch" },
	{ "Plank", "plank" },
};

/* Trimmed, runs of space folded to one: the form names are compared in. */
static char *
interop_fold(const char *s)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;

	for (; *s == ' ' || *s == '\t'; s++)
		;
	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t') {
			if (s[1] != ' ' && s[1] != '\t' && s[1] != '\0')
				*o++ = ' ';
			continue;
		}
		*o++ = *s;
	}
	*o = '\0';
	return out;
}

/* The catalogue's exercise named exactly `name` (or with that alias). */
static const struct exercise_def *
interop_exact(const struct catalogue *c, const char *name)
{
	const struct exercise_def *d = catalogue_find(c, name, NULL);

	if (d == NULL)
		return NULL;
	if (util_strcasecmp(d->name, name) == 0)
		return d;
	for (size_t i = 0; i < d->naliases; i++)
		if (util_strcasecmp(d->aliases[i], name) == 0)
			return d;
	return NULL; /* only a prefix matched */
}

/* The mapping table, then the catalogue, for one spelling. */
static const struct exercise_def *
interop_lookup(const struct catalogue *c, const char *name)
{
	for (size_t i = 0; i < HS_ARRAY_LEN(name_map); i++)
		if (util_strcasecmp(name_map[i].foreign, name) == 0)
			return interop_exact(c, name_map[i].name);
	return interop_exact(c, name);
}

const struct exercise_def *
interop_resolve(const struct catalogue *c, const char *name)
{
	char *folded = interop_fold(name), *paren;
	const struct exercise_def *d = NULL;

	if (folded[0] != '\0')
		d = interop_lookup(c, folded);
	paren = strrchr(folded, '(');
	if (d == NULL && paren != NULL && paren > folded && paren[-1] == ' ' &&
	    folded[strlen(folded) - 1] == ')') {
		paren[-1] = '\0';
		d = interop_lookup(c, folded);
	}
	free(folded);
	return d;
}

const char *
interop_strong_name(const char *name)
{
	for (size_t i = 0; i < HS_ARRAY_LEN(name_map); i++)
		if (util_strcasecmp(name_map[i].name, name) == 0)
			return name_map[i].foreign;
	return name;
}

void
interop_number(double v, char *buf, size_t len)
{
	size_t n;

	snprintf(buf, len, "%.3f", v);
	if (strchr(buf, '.') == NULL)
		return;
	n = strlen(buf);
	while (n > 0 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 0 && buf[n - 1] == '.')
		buf[--n] = '\0';
	if (strcmp(buf, "-0") == 0)
		strcpy(buf, "0");
}

/* Exactly n digits at s. */
static int
interop_digits(const char *s, int n, int *out)
{
	*out = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		*out = *out * 10 + (s[i] - '0');
	}
	return 0;
}

/* "9 Jan 2024, 18:30" (Hevy). */
static int
interop_parse_hevy(const char *s, hs_minute *out)
{
	char mon[4];
	int d, y, hh, mm, m = 0, used = 0;

	if (sscanf(s, "%2d %3s %4d, %2d:%2d%n", &d, mon, &y, &hh, &mm, &used) != 5 ||
	    s[used] != '\0' || !isdigit((unsigned char)s[0]))
		return -1;
	for (int i = 1; i <= 12 && m == 0; i++)
		if (util_strcasecmp(date_month_name(i), mon) == 0)
			m = i;
	if (m == 0 || y < DATE_MIN_YEAR || y > DATE_MAX_YEAR || d < 1 ||
	    d > date_days_in_month(y, m))
		return -1;
	if (hh < 0 || hh > 23 || mm < 0 || mm > 59)
		return -1;
	*out = stamp_make(date_from_ymd(y, m, d), hh * 60 + mm);
	return 0;
}

int
interop_parse_stamp(const char *s, hs_minute *out)
{
	char buf[STAMP_BUF];
	size_t n = strlen(s);
	int sec;

	if (n == 10 && s[4] == '-') {
		snprintf(buf, sizeof buf, "%s 12:00", s);
		return stamp_parse(buf, out, NULL);
	}
	if (n == 16 && s[4] == '-')
		return stamp_parse(s, out, NULL);
	if (n == 19 && s[4] == '-' && s[16] == ':' && interop_digits(s + 17, 2, &sec) == 0 &&
	    sec < 60) {
		memcpy(buf, s, 16);
		buf[16] = '\0';
		return stamp_parse(buf, out, NULL);
	}
	return interop_parse_hevy(s, out);
}

/* herstel's own columns. */
static const char *const column_names[IC_COUNT] = { "kind", "date", "time", "exercise", "weight_kg",
	"bodyweight", "reps", "rpe", "warmup", "group", "level", "hours", "quality", "day", "note",
	"primary", "secondary" };

const char *
interop_column_name(enum interop_column c, enum units units)
{
	if (c == IC_WEIGHT && units == UNITS_LB)
		return "weight_lb";
	return c < IC_COUNT ? column_names[c] : "?";
}

/* A field, "" for a missing one. */
static const char *
fld(const char *const *f, enum interop_column c)
{
	return f[c] != NULL ? f[c] : "";
}

/* "WHERE: COLUMN: expected WHAT, got "TEXT"" */
static int
interop_bad(char **cause, const char *where, const char *column, const char *what, const char *got)
{
	return util_fail(cause, "%s: %s: expected %s, got \"%.60s\"", where, column, what, got);
}

/* 0/1, true/false, yes/no; empty is false. */
static int
interop_flag(const char *s, bool *out)
{
	if (*s == '\0' || strcmp(s, "0") == 0 || util_strcasecmp(s, "false") == 0 ||
	    util_strcasecmp(s, "no") == 0)
		*out = false;
	else if (strcmp(s, "1") == 0 || util_strcasecmp(s, "true") == 0 ||
	    util_strcasecmp(s, "yes") == 0)
		*out = true;
	else
		return -1;
	return 0;
}

/* A whole number, also written as a decimal with nothing after the point
 * ("5.0", as some apps write reps). */
static int
interop_whole(const char *s, long min, long max, long *out)
{
	double d;

	if (util_parse_long(s, min, max, out) == 0)
		return 0;
	if (util_parse_double(s, (double)min, (double)max, &d) != 0 || d != (long)d)
		return -1;
	*out = (long)d;
	return 0;
}

/* "quads glutes" into roles; -1 on an unknown group. */
static int
interop_groups(const char *s, unsigned char role, unsigned char out[GROUP_COUNT])
{
	char *copy = xstrdup(s), *save = NULL, *tok;
	int rc = 0, g;

	for (tok = strtok_r(copy, " ,|", &save); tok && rc == 0;
	     tok = strtok_r(NULL, " ,|", &save)) {
		if ((g = group_from_id(tok)) < 0)
			rc = -1;
		else if (out[g] == ROLE_NONE)
			out[g] = role;
	}
	free(copy);
	return rc;
}

/* A herstel date column, strictly YYYY-MM-DD, with `time` (HH:MM or NULL). */
static int
interop_when(const char *date, const char *time, hs_minute *out)
{
	char buf[STAMP_BUF + 8];

	if (strlen(date) != 10)
		return -1;
	snprintf(buf, sizeof buf, "%s %s", date, time != NULL ? time : "00:00");
	return stamp_parse(buf, out, NULL);
}

/* The set columns of a herstel row. */
static int
interop_herstel_set(const char *const *f, enum units units, const char *where,
    struct interop_record *r, char **cause)
{
	double max = units == UNITS_LB ? INTEROP_MAX_KG / KG_PER_LB : INTEROP_MAX_KG;
	const char *wname = interop_column_name(IC_WEIGHT, units);
	long reps;

	if (*fld(f, IC_EXERCISE) == '\0')
		return util_fail(cause, "%s: exercise: empty", where);
	if (util_parse_double(fld(f, IC_WEIGHT), 0, max, &r->weight_kg) != 0 &&
	    *fld(f, IC_WEIGHT) != '\0')
		return interop_bad(
		    cause, where, wname, "a weight from 0 to 1000 kg", fld(f, IC_WEIGHT));
	if (units == UNITS_LB)
		r->weight_kg *= KG_PER_LB;
	if (interop_flag(fld(f, IC_BODYWEIGHT), &r->bodyweight) != 0)
		return interop_bad(cause, where, "bodyweight", "0 or 1", fld(f, IC_BODYWEIGHT));
	r->bodyweight_known = true;
	if (interop_whole(fld(f, IC_REPS), 1, INTEROP_MAX_REPS, &reps) != 0)
		return interop_bad(
		    cause, where, "reps", "a whole number from 1 to 1000", fld(f, IC_REPS));
	r->reps = (int)reps;
	if (*fld(f, IC_RPE) != '\0' && util_parse_double(fld(f, IC_RPE), 1, 10, &r->rpe) != 0)
		return interop_bad(cause, where, "rpe", "empty or 1 to 10", fld(f, IC_RPE));
	if (interop_flag(fld(f, IC_WARMUP), &r->warmup) != 0)
		return interop_bad(cause, where, "warmup", "0 or 1", fld(f, IC_WARMUP));
	if (interop_groups(fld(f, IC_PRIMARY), ROLE_PRIMARY, r->role) != 0)
		return interop_bad(cause, where, "primary", "muscle groups", fld(f, IC_PRIMARY));
	if (interop_groups(fld(f, IC_SECONDARY), ROLE_SECONDARY, r->role) != 0)
		return interop_bad(
		    cause, where, "secondary", "muscle groups", fld(f, IC_SECONDARY));
	r->exercise = xstrdup(fld(f, IC_EXERCISE));
	return 0;
}

/* The other kinds' columns of a herstel row. */
static int
interop_herstel_other(
    const char *const *f, const char *where, struct interop_record *r, char **cause)
{
	long v = 0;
	int k = 0;

	switch (r->kind) {
	case INTEROP_SORENESS:
		if ((k = group_from_id(fld(f, IC_GROUP))) < 0)
			return interop_bad(
			    cause, where, "group", "a muscle group", fld(f, IC_GROUP));
		r->group = (enum group)k;
		if (util_parse_long(fld(f, IC_LEVEL), 0, 3, &v) != 0)
			return interop_bad(cause, where, "level", "0 to 3", fld(f, IC_LEVEL));
		r->level = (int)v;
		return 0;
	case INTEROP_SLEEP:
		if (util_parse_double(fld(f, IC_HOURS), 0, 24, &r->hours) != 0)
			return interop_bad(cause, where, "hours", "0 to 24", fld(f, IC_HOURS));
		if (*fld(f, IC_QUALITY) != '\0' &&
		    util_parse_long(fld(f, IC_QUALITY), 1, 5, &v) != 0)
			return interop_bad(
			    cause, where, "quality", "empty or 1 to 5", fld(f, IC_QUALITY));
		r->quality = *fld(f, IC_QUALITY) != '\0' ? (int)v : 0;
		return 0;
	default:
		if (*fld(f, IC_DAY) != '\0' && (k = day_kind_from_id(fld(f, IC_DAY))) <= 0)
			return interop_bad(cause, where, "day", "training, active, rest or passive",
			    fld(f, IC_DAY));
		r->day_kind = *fld(f, IC_DAY) != '\0' ? (enum day_kind)k : DAY_UNSET;
		return 0;
	}
}

int
interop_herstel_fields(const char *const *f, enum units units, const char *where, int line,
    struct interop_record *r, char **cause)
{
	static const char *const kinds[] = { "set", "soreness", "sleep", "day" };
	bool timed;
	int k = -1, rc;

	memset(r, 0, sizeof *r);
	r->line = line;
	for (int i = 0; i < 4; i++)
		if (strcmp(fld(f, IC_KIND), kinds[i]) == 0)
			k = i;
	if (k < 0)
		return interop_bad(
		    cause, where, "kind", "set, soreness, sleep or day", fld(f, IC_KIND));
	r->kind = (enum interop_kind)k;
	timed = r->kind == INTEROP_SET || r->kind == INTEROP_SORENESS;
	if (interop_when(fld(f, IC_DATE), "00:00", &r->at) != 0)
		return interop_bad(cause, where, "date", "YYYY-MM-DD", fld(f, IC_DATE));
	if (timed && interop_when(fld(f, IC_DATE), fld(f, IC_TIME), &r->at) != 0)
		return interop_bad(cause, where, "time", "HH:MM", fld(f, IC_TIME));
	if (strlen(fld(f, IC_NOTE)) > 10000)
		return util_fail(cause, "%s: note: longer than 10000 bytes", where);
	if (r->kind == INTEROP_SET)
		rc = interop_herstel_set(f, units, where, r, cause);
	else
		rc = interop_herstel_other(f, where, r, cause);
	if (rc != 0) {
		interop_record_free(r);
		return -1;
	}
	r->note = xstrdup(fld(f, IC_NOTE));
	return 0;
}

/* Where weights of a foreign file get their unit. */
enum interop_unit { IU_USER, IU_KG, IU_LB, IU_COLUMN };

struct interop_reader {
	enum interop_format format;
	const char *label;
	enum units units;      /* the user's, for IU_USER */
	enum units file_units; /* herstel CSV: weight_kg or weight_lb */
	size_t ncols;
	int herstel[IC_COUNT]; /* herstel CSV: column of each field, -1 if absent */
	/* Foreign columns, -1 when absent. */
	int date, exercise, order, weight, unit, reps, rpe, note, category;
	enum interop_unit weight_unit;
	const char *weight_name; /* the weight column's header, for messages */
};

/* The column named `name` (case-insensitive, space trimmed), -1 if none. */
static int
interop_col(const struct csv_row *h, const char *name)
{
	for (size_t i = 0; i < h->n; i++) {
		char *f = interop_fold(h->fields[i]);
		int same = util_strcasecmp(f, name) == 0;

		free(f);
		if (same)
			return (int)i;
	}
	return -1;
}

/* herstel's own header. */
static int
interop_open_herstel(struct interop_reader *r, const struct csv_row *h, char **cause)
{
	r->format = INTEROP_CSV;
	r->label = "herstel csv";
	for (int c = 0; c < IC_COUNT; c++)
		r->herstel[c] = interop_col(h, column_names[c]);
	r->file_units = UNITS_KG;
	if (r->herstel[IC_WEIGHT] < 0 && (r->herstel[IC_WEIGHT] = interop_col(h, "weight_lb")) >= 0)
		r->file_units = UNITS_LB;
	if (r->herstel[IC_KIND] != 0 || r->herstel[IC_DATE] < 0)
		return util_fail(cause, "1: not herstel's csv header (it starts kind,date,...)");
	return 0;
}

/* Strong: three headers, told apart by how they give the weight's unit. */
static int
interop_open_strong(struct interop_reader *r, const struct csv_row *h, char **cause)
{
	r->format = INTEROP_STRONG;
	r->date = interop_col(h, "Date");
	r->exercise = interop_col(h, "Exercise Name");
	r->order = interop_col(h, "Set Order");
	r->reps = interop_col(h, "Reps");
	r->rpe = interop_col(h, "RPE");
	r->note = interop_col(h, "Notes");
	r->label = "Strong (classic)";
	r->weight_unit = IU_USER;
	r->weight_name = "Weight";
	if ((r->weight = interop_col(h, "Weight (kg)")) >= 0) {
		r->label = "Strong (units in the header)";
		r->weight_unit = IU_KG;
		r->weight_name = "Weight (kg)";
	} else if ((r->weight = interop_col(h, "Weight (lbs)")) >= 0 ||
	    (r->weight = interop_col(h, "Weight (lb)")) >= 0) {
		r->label = "Strong (units in the header)";
		r->weight_unit = IU_LB;
		r->weight_name = h->fields[r->weight];
	} else if ((r->weight = interop_col(h, "Weight")) >= 0 &&
	    (r->unit = interop_col(h, "Weight Unit")) >= 0) {
		r->label = "Strong (semicolon, Weight Unit)";
		r->weight_unit = IU_COLUMN;
	}
	if (r->date < 0 || r->exercise < 0 || r->order < 0 || r->reps < 0 || r->weight < 0)
		return util_fail(cause,
		    "1: a Strong export needs the columns Date, Exercise Name,"
		    " Set Order, Weight and Reps");
	return 0;
}

static int
interop_open_hevy(struct interop_reader *r, const struct csv_row *h, char **cause)
{
	r->format = INTEROP_HEVY;
	r->label = "Hevy";
	r->date = interop_col(h, "start_time");
	r->exercise = interop_col(h, "exercise_title");
	r->order = interop_col(h, "set_type");
	r->reps = interop_col(h, "reps");
	r->rpe = interop_col(h, "rpe");
	r->note = interop_col(h, "exercise_notes");
	r->weight_unit = IU_KG;
	r->weight_name = "weight_kg";
	if ((r->weight = interop_col(h, "weight_kg")) < 0 &&
	    (r->weight = interop_col(h, "weight_lbs")) >= 0) {
		r->weight_unit = IU_LB;
		r->weight_name = "weight_lbs";
	}
	if (r->date < 0 || r->exercise < 0 || r->order < 0 || r->reps < 0 || r->weight < 0)
		return util_fail(cause,
		    "1: a Hevy export needs the columns start_time,"
		    " exercise_title, set_type, weight_kg or weight_lbs, and reps");
	return 0;
}

static int
interop_open_fitnotes(struct interop_reader *r, const struct csv_row *h, char **cause)
{
	r->format = INTEROP_FITNOTES;
	r->label = "FitNotes";
	r->date = interop_col(h, "Date");
	r->exercise = interop_col(h, "Exercise");
	r->category = interop_col(h, "Category");
	r->reps = interop_col(h, "Reps");
	r->note = interop_col(h, "Comment");
	r->weight_unit = IU_KG;
	r->weight_name = "Weight (kgs)";
	if ((r->weight = interop_col(h, "Weight (kgs)")) < 0 &&
	    (r->weight = interop_col(h, "Weight (kg)")) < 0 &&
	    (r->weight = interop_col(h, "Weight (lbs)")) >= 0) {
		r->weight_unit = IU_LB;
		r->weight_name = "Weight (lbs)";
	}
	if (r->date < 0 || r->exercise < 0 || r->reps < 0 || r->weight < 0)
		return util_fail(cause,
		    "1: a FitNotes export needs the columns Date, Exercise,"
		    " Weight (kgs) or Weight (lbs), and Reps");
	return 0;
}

/* Which format a header is, from the columns only it has. */
static enum interop_format
interop_detect(const struct csv_row *h)
{
	if (h->n > 0 && interop_col(h, "kind") == 0)
		return INTEROP_CSV;
	if (interop_col(h, "exercise_title") >= 0 && interop_col(h, "set_type") >= 0)
		return INTEROP_HEVY;
	if (interop_col(h, "Exercise Name") >= 0 && interop_col(h, "Set Order") >= 0)
		return INTEROP_STRONG;
	if (interop_col(h, "Exercise") >= 0 && interop_col(h, "Category") >= 0)
		return INTEROP_FITNOTES;
	return INTEROP_AUTO;
}

struct interop_reader *
interop_reader_new(
    enum interop_format want, const struct csv_row *header, enum units units, char **cause)
{
	struct interop_reader *r = xcalloc(1, sizeof *r);
	enum interop_format f = want == INTEROP_AUTO ? interop_detect(header) : want;
	int rc;

	r->units = units;
	r->ncols = header->n;
	r->date = r->exercise = r->order = r->weight = r->unit = -1;
	r->reps = r->rpe = r->note = r->category = -1;
	switch (f) {
	case INTEROP_CSV:
		rc = interop_open_herstel(r, header, cause);
		break;
	case INTEROP_STRONG:
		rc = interop_open_strong(r, header, cause);
		break;
	case INTEROP_HEVY:
		rc = interop_open_hevy(r, header, cause);
		break;
	case INTEROP_FITNOTES:
		rc = interop_open_fitnotes(r, header, cause);
		break;
	case INTEROP_JSON:
		rc = util_fail(cause, "1: not a JSON document (it does not start with '{')");
		break;
	default:
		rc = util_fail(cause,
		    "1: the header is not one herstel knows (herstel csv,"
		    " Strong, Hevy or FitNotes); it starts \"%.60s\"",
		    header->n > 0 ? header->fields[0] : "");
	}
	if (rc != 0) {
		free(r);
		return NULL;
	}
	return r;
}

void
interop_reader_free(struct interop_reader *r)
{
	free(r);
}

enum interop_format
interop_reader_format(const struct interop_reader *r)
{
	return r->format;
}

const char *
interop_reader_label(const struct interop_reader *r)
{
	return r->label;
}

/* A cell of a row, trimmed; "" when the column is absent. */
static const char *
interop_cell(const struct csv_row *row, int c)
{
	return c >= 0 && (size_t)c < row->n ? util_trim(row->fields[c]) : "";
}

/* A number as other apps write it: "102.5" or, in some locales, "102,5". */
static int
interop_decimal(const char *s, double min, double max, double *out)
{
	char *copy = xstrdup(s), *comma = strchr(copy, ',');
	int rc;

	if (comma != NULL && strchr(copy, '.') == NULL && strchr(comma + 1, ',') == NULL)
		*comma = '.';
	rc = util_parse_double(copy, min, max, out);
	free(copy);
	return rc;
}

/* The weight of a foreign row in kg. */
static int
interop_foreign_weight(const struct interop_reader *r, const struct csv_row *row, const char *where,
    double *kg, char **cause)
{
	const char *w = interop_cell(row, r->weight), *u = interop_cell(row, r->unit);
	bool lb = r->weight_unit == IU_LB || (r->weight_unit == IU_USER && r->units == UNITS_LB);

	if (r->weight_unit == IU_COLUMN) {
		if (util_strcasecmp(u, "lbs") == 0 || util_strcasecmp(u, "lb") == 0)
			lb = true;
		else if (util_strcasecmp(u, "kg") == 0 || util_strcasecmp(u, "kgs") == 0)
			lb = false;
		else if (*u != '\0')
			return interop_bad(cause, where, "Weight Unit", "kg or lbs", u);
		else
			lb = r->units == UNITS_LB;
	}
	*kg = 0;
	if (*w != '\0' &&
	    interop_decimal(w, 0, lb ? INTEROP_MAX_KG / KG_PER_LB : INTEROP_MAX_KG, kg) != 0)
		return interop_bad(cause, where, r->weight_name, "a weight from 0 to 1000 kg", w);
	if (lb)
		*kg *= KG_PER_LB;
	return 0;
}

/* Warm-up or work set from Strong's Set Order or Hevy's set_type; 0 to
 * skip the row (a rest timer). */
static int
interop_set_kind(const struct interop_reader *r, const struct csv_row *row, const char *where,
    bool *warmup, char **cause)
{
	static const char *const hevy[] = { "warmup", "normal", "failure", "dropset" };
	const char *o = interop_cell(row, r->order);
	long n;

	*warmup = false;
	if (r->format == INTEROP_HEVY) {
		for (size_t i = 0; i < HS_ARRAY_LEN(hevy); i++)
			if (util_strcasecmp(o, hevy[i]) == 0) {
				*warmup = i == 0;
				return 1;
			}
		return interop_bad(
		    cause, where, "set_type", "warmup, normal, failure or dropset", o);
	}
	if (r->format != INTEROP_STRONG)
		return 1;
	if (util_strcasecmp(o, "Rest Timer") == 0)
		return 0;
	if (util_strcasecmp(o, "W") == 0)
		*warmup = true;
	else if (util_strcasecmp(o, "D") != 0 && util_strcasecmp(o, "F") != 0 &&
	    interop_whole(o, 1, 10000, &n) != 0)
		return interop_bad(cause, where, "Set Order", "a number, W, D or F", o);
	return 1;
}

/* FitNotes' categories as the groups of an exercise herstel does not know. */
static void
interop_category(const char *cat, unsigned char role[GROUP_COUNT])
{
	static const struct {
		const char *name;
		enum group g;
	} map[] = {
		{ "Chest", GROUP_CHEST },
		{ "Back", GROUP_LATS },
		{ "Legs", GROUP_QUADS },
		{ "Shoulders", GROUP_SHOULDERS },
		{ "Biceps", GROUP_BICEPS },
		{ "Triceps", GROUP_TRICEPS },
		{ "Abs", GROUP_ABS },
		{ "Arms", GROUP_BICEPS },
		{ "Core", GROUP_ABS },
		{ "Glutes", GROUP_GLUTES },
		{ "Calves", GROUP_CALVES },
		{ "Forearms", GROUP_FOREARMS },
	};

	for (size_t i = 0; i < HS_ARRAY_LEN(map); i++)
		if (util_strcasecmp(cat, map[i].name) == 0)
			role[map[i].g] = ROLE_PRIMARY;
}

/* A row of Strong, Hevy or FitNotes. */
static int
interop_foreign_row(struct interop_reader *r, const struct csv_row *row, const char *where,
    struct interop_record *out, char **cause)
{
	const char *reps = interop_cell(row, r->reps), *rpe = interop_cell(row, r->rpe);
	const char *date = interop_cell(row, r->date);
	long n;
	int k;

	if ((k = interop_set_kind(r, row, where, &out->warmup, cause)) <= 0)
		return k;
	if (*reps == '\0' || strcmp(reps, "0") == 0 || strcmp(reps, "0.0") == 0)
		return 0; /* cardio or a timed hold: nothing herstel counts */
	if (interop_whole(reps, 1, INTEROP_MAX_REPS, &n) != 0)
		return interop_bad(cause, where, r->format == INTEROP_HEVY ? "reps" : "Reps",
		    "a whole number from 1 to 1000", reps);
	out->reps = (int)n;
	if (interop_parse_stamp(date, &out->at) != 0)
		return interop_bad(cause, where, r->format == INTEROP_HEVY ? "start_time" : "Date",
		    r->format == INTEROP_HEVY ? "a date like 9 Jan 2024, 18:30"
		                              : "a date like 2024-01-09 18:30:00",
		    date);
	if (interop_foreign_weight(r, row, where, &out->weight_kg, cause) != 0)
		return -1;
	if (*rpe != '\0' && strcmp(rpe, "0") != 0 && interop_decimal(rpe, 1, 10, &out->rpe) != 0)
		return interop_bad(cause, where, r->format == INTEROP_HEVY ? "rpe" : "RPE",
		    "empty or 1 to 10", rpe);
	if (*interop_cell(row, r->exercise) == '\0')
		return util_fail(cause, "%s: the exercise name is empty", where);
	interop_category(interop_cell(row, r->category), out->role);
	out->exercise = xstrdup(interop_cell(row, r->exercise));
	out->note = xstrdup(interop_cell(row, r->note));
	return 1;
}

int
interop_reader_row(
    struct interop_reader *r, const struct csv_row *row, struct interop_record *out, char **cause)
{
	const char *f[IC_COUNT];
	char where[24];
	int rc;

	snprintf(where, sizeof where, "%d", row->line);
	memset(out, 0, sizeof *out);
	if (row->n != r->ncols)
		return util_fail(cause,
		    "%s: %zu fields where the header has %zu"
		    " (a stray separator or quote, or a file cut short?)",
		    where, row->n, r->ncols);
	if (r->format == INTEROP_CSV) {
		for (int c = 0; c < IC_COUNT; c++)
			f[c] = r->herstel[c] >= 0 ? row->fields[r->herstel[c]] : NULL;
		return interop_herstel_fields(f, r->file_units, where, row->line, out, cause) == 0
		    ? 1
		    : -1;
	}
	out->kind = INTEROP_SET;
	out->line = row->line;
	if ((rc = interop_foreign_row(r, row, where, out, cause)) <= 0)
		interop_record_free(out);
	return rc;
}
