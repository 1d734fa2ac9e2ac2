/* interop_read.c: the reader every CSV format shares: detection, the
 * checks of a row's shape, the queue of records a row gives, and the one
 * place where a set's cells (reps, weight, time, distance) are checked and
 * turned into a set, an activity or nothing. */
#include "config.h"

#include "interop_read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "place.h"
#include "i18n.h"
#include "util.h"

/* Detection tries these in turn; herstel's own header first. */
static const struct interop_fmt *const interop_formats[] = { &interop_fmt_csv, &interop_fmt_hevy,
	&interop_fmt_strong, &interop_fmt_liftosaur, &interop_fmt_stronglifts,
	&interop_fmt_fitnotes, &interop_fmt_fitbod, &interop_fmt_liftlog };

/* Trimmed, runs of space folded to one: the form header names are compared in. */
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

int
interop_find(const struct csv_row *h, const char *const *names)
{
	for (; *names != NULL; names++)
		for (size_t i = 0; i < h->n; i++) {
			char *f = interop_fold(h->fields[i]);
			int same = util_strcasecmp(f, *names) == 0;

			free(f);
			if (same)
				return (int)i;
		}
	return -1;
}

bool
interop_want(
    struct interop_reader *r, const struct csv_row *h, enum interop_col c, const char *const *names)
{
	r->col[c] = interop_find(h, names);
	if (r->col[c] >= 0) {
		free(r->colname[c]);
		r->colname[c] = xstrdup(h->fields[r->col[c]]);
	}
	return r->col[c] >= 0;
}

const char *
interop_cell(const struct csv_row *row, int c)
{
	return c >= 0 && (size_t)c < row->n ? util_trim(row->fields[c]) : "";
}

const char *
interop_get(const struct interop_reader *r, const struct csv_row *row, enum interop_col c)
{
	return interop_cell(row, r->col[c]);
}

int
interop_bad(char **cause, const char *where, const char *column, const char *what, const char *got)
{
	return util_fail(cause, _("%s: %s: expected %s, got \"%.60s\""), where, column, what, got);
}

int
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

int
interop_whole(const char *s, long min, long max, long *out)
{
	double d;

	if (util_parse_long(s, min, max, out) == 0)
		return 0;
	if (interop_decimal(s, (double)min, (double)max, &d) != 0 || d != (long)d)
		return -1;
	*out = (long)d;
	return 0;
}

int
interop_weight_unit(const char *s)
{
	static const char *const kg[] = { "kg", "kgs", "kilogram", "kilograms" };
	static const char *const lb[] = { "lb", "lbs", "pound", "pounds" };

	for (size_t i = 0; i < HS_ARRAY_LEN(kg); i++)
		if (util_strcasecmp(s, kg[i]) == 0)
			return IU_KG;
	for (size_t i = 0; i < HS_ARRAY_LEN(lb); i++)
		if (util_strcasecmp(s, lb[i]) == 0)
			return IU_LB;
	return -1;
}

/* "km", "mi", "m", ... into metres per unit; 0 when unknown. */
static double
interop_metres_per(const char *s)
{
	static const struct {
		const char *name;
		double m;
	} units[] = { { "km", 1000 }, { "kms", 1000 }, { "kilometers", 1000 },
		{ "kilometres", 1000 }, { "mi", 1609.344 }, { "mi.", 1609.344 },
		{ "miles", 1609.344 }, { "mile", 1609.344 }, { "m", 1 }, { "meters", 1 },
		{ "metres", 1 }, { "ft", 0.3048 }, { "feet", 0.3048 }, { "yd", 0.9144 },
		{ "yards", 0.9144 } };

	for (size_t i = 0; i < HS_ARRAY_LEN(units); i++)
		if (util_strcasecmp(s, units[i].name) == 0)
			return units[i].m;
	return 0;
}

void
interop_push(struct interop_reader *r, const struct interop_record *rec)
{
	if (r->nqueue == r->qcap) {
		r->qcap = r->qcap ? r->qcap * 2 : 8;
		r->queue = xreallocarray(r->queue, r->qcap, sizeof *r->queue);
	}
	r->queue[r->nqueue++] = *rec;
}

void
interop_workout_note(struct interop_reader *r, hs_minute at, int line, const char *note)
{
	struct interop_record rec = { .kind = INTEROP_DAY_NOTE, .line = line };

	if (*note == '\0' ||
	    (at == r->workout_at && r->workout_note != NULL && strcmp(note, r->workout_note) == 0))
		return;
	r->workout_at = at;
	free(r->workout_note);
	r->workout_note = xstrdup(note);
	rec.at = stamp_make(stamp_date(at), 0);
	rec.note = xstrdup(note);
	interop_push(r, &rec);
}

static int interop_push_checked(struct interop_reader *r, const struct interop_cells *c, int line,
    const char *where, char **cause);

/* The weight of a set's cells in kg. */
static int
interop_cells_weight(struct interop_reader *r, const struct interop_cells *c, const char *where,
    double *kg, char **cause)
{
	int u = r->weight_unit;
	bool lb;

	if (u == IU_COLUMN && *c->weight_unit != '\0' &&
	    (u = interop_weight_unit(c->weight_unit)) < 0)
		return interop_bad(cause, where,
		    r->colname[X_WEIGHT_UNIT] ? r->colname[X_WEIGHT_UNIT] : "Weight Unit",
		    _("kg or lbs"), c->weight_unit);
	if (u == IU_COLUMN || u == IU_USER) {
		u = r->units == UNITS_LB ? IU_LB : IU_KG;
		if (*c->weight != '\0')
			r->stats.user_units++;
	}
	lb = u == IU_LB;
	*kg = 0;
	/* Fitbod writes the help of an assisted exercise as a negative weight. */
	if (*c->weight == '-' && place_assisted(c->exercise) &&
	    interop_decimal(
	        c->weight + 1, 0, lb ? INTEROP_MAX_KG / KG_PER_LB : INTEROP_MAX_KG, kg) == 0)
		return (lb ? (*kg *= KG_PER_LB) : 0), 0;
	if (*c->weight != '\0' &&
	    interop_decimal(c->weight, 0, lb ? INTEROP_MAX_KG / KG_PER_LB : INTEROP_MAX_KG, kg) !=
	        0)
		return interop_bad(cause, where,
		    c->weight_name != NULL     ? c->weight_name
		        : r->colname[X_WEIGHT] ? r->colname[X_WEIGHT]
		                               : "Weight",
		    _("a weight from 0 to 1000 kg"), c->weight);
	if (lb)
		*kg *= KG_PER_LB;
	return 0;
}

/* The time and distance of a set's cells. */
static int
interop_cells_amount(struct interop_reader *r, const struct interop_cells *c, const char *where,
    struct interop_record *out, char **cause)
{
	const char *dname = r->colname[X_DISTANCE] ? r->colname[X_DISTANCE] : "Distance";
	double per = r->distance_unit == IU_MI ? 1609.344 : r->distance_unit == IU_M ? 1 : 1000, d;

	if (interop_parse_seconds(c->seconds, &out->seconds) != 0)
		return interop_bad(cause, where,
		    r->colname[X_SECONDS] ? r->colname[X_SECONDS] : "Time",
		    _("seconds or H:MM:SS up to 24 hours"), c->seconds);
	if (*c->distance == '\0')
		return 0;
	if (interop_decimal(c->distance, 0, SET_MAX_METRES, &d) != 0)
		return interop_bad(cause, where, dname, _("a distance"), c->distance);
	if (d > 0 && r->distance_unit == IU_COLUMN && *c->distance_unit == '\0') {
		per = r->units == UNITS_LB ? 1609.344 : 1000; /* the user's: km or miles */
		r->stats.user_distances++;
	} else if (d > 0 && r->distance_unit == IU_COLUMN &&
	    (per = interop_metres_per(c->distance_unit)) == 0)
		return interop_bad(cause, where,
		    r->colname[X_DISTANCE_UNIT] ? r->colname[X_DISTANCE_UNIT] : "Distance Unit",
		    _("km, mi, m, ft or yd"), c->distance_unit);
	out->distance_m = d * per;
	if (out->distance_m > SET_MAX_METRES)
		return interop_bad(cause, where, dname, _("a distance up to 1000 km"), c->distance);
	return 0;
}

int
interop_push_cells(struct interop_reader *r, const struct interop_cells *given, int line,
    const char *where, char **cause)
{
	struct interop_cells cells = *given, *c = &cells;
	const char **text[] = { &cells.exercise, &cells.reps, &cells.weight, &cells.weight_unit,
		&cells.rpe, &cells.distance, &cells.distance_unit, &cells.seconds, &cells.note };

	for (size_t i = 0; i < HS_ARRAY_LEN(text); i++)
		if (*text[i] == NULL)
			*text[i] = ""; /* a column the format does not have */
	return interop_push_checked(r, c, line, where, cause);
}

/* interop_push_cells with every cell there. */
static int
interop_push_checked(struct interop_reader *r, const struct interop_cells *c, int line,
    const char *where, char **cause)
{
	const char *rname = c->reps_name ? c->reps_name
	    : r->colname[X_REPS]         ? r->colname[X_REPS]
	                                 : "Reps";
	struct interop_record rec = { .kind = INTEROP_SET, .line = line, .at = c->at };
	long reps = 0;

	if (*c->exercise == '\0')
		return util_fail(cause, _("%s: the exercise name is empty"), where);
	if (*c->reps != '\0' && interop_whole(c->reps, 0, INTEROP_MAX_REPS, &reps) != 0)
		return interop_bad(cause, where, rname, _("a whole number from 1 to 1000"), c->reps);
	if (interop_cells_amount(r, c, where, &rec, cause) != 0)
		return -1;
	rec.reps = (int)reps;
	if (reps == 0 && rec.seconds == 0 && rec.distance_m == 0) {
		r->stats.empty++;
		return 0;
	}
	if (reps == 0 && (c->cardio || place_is_cardio(c->exercise)))
		rec.kind = INTEROP_ACTIVITY;
	else if (interop_cells_weight(r, c, where, &rec.weight_kg, cause) != 0)
		return -1;
	if (rec.kind == INTEROP_SET && *c->rpe != '\0' && strcmp(c->rpe, "0") != 0 &&
	    interop_decimal(c->rpe, 1, 10, &rec.rpe) != 0)
		return interop_bad(cause, where, r->colname[X_RPE] ? r->colname[X_RPE] : "RPE",
		    _("empty or 1 to 10"), c->rpe);
	rec.set_kind = c->kind;
	rec.superset = c->superset;
	memcpy(rec.role, c->role, sizeof rec.role);
	rec.exercise = xstrdup(c->exercise);
	rec.note = xstrdup(c->note != NULL ? c->note : "");
	interop_push(r, &rec);
	return 1;
}

bool
interop_category(const char *cat, unsigned char role[GROUP_COUNT], bool *cardio)
{
	static const struct {
		const char *name;
		enum group primary, secondary[2];
		int nsecondary;
	} map[] = {
		{ "Chest", GROUP_CHEST, { 0 }, 0 },
		{ "Back", GROUP_LATS, { GROUP_MIDDLE_BACK }, 1 },
		{ "Legs", GROUP_QUADS, { GROUP_GLUTES, GROUP_HAMSTRINGS }, 2 },
		{ "Shoulders", GROUP_SHOULDERS, { 0 }, 0 },
		{ "Biceps", GROUP_BICEPS, { 0 }, 0 },
		{ "Triceps", GROUP_TRICEPS, { 0 }, 0 },
		{ "Abs", GROUP_ABS, { 0 }, 0 },
		{ "Core", GROUP_ABS, { 0 }, 0 },
		{ "Glutes", GROUP_GLUTES, { 0 }, 0 },
		{ "Calves", GROUP_CALVES, { 0 }, 0 },
		{ "Forearms", GROUP_FOREARMS, { 0 }, 0 },
		{ "Forearm", GROUP_FOREARMS, { 0 }, 0 },
		{ "Quads", GROUP_QUADS, { 0 }, 0 },
		{ "Quadriceps", GROUP_QUADS, { 0 }, 0 },
		{ "Hamstrings", GROUP_HAMSTRINGS, { 0 }, 0 },
		{ "Traps", GROUP_TRAPS, { 0 }, 0 },
		{ "Lats", GROUP_LATS, { 0 }, 0 },
		{ "Lower Back", GROUP_LOWER_BACK, { 0 }, 0 },
	};

	*cardio = util_strcasecmp(cat, "Cardio") == 0;
	for (size_t i = 0; i < HS_ARRAY_LEN(map); i++)
		if (util_strcasecmp(cat, map[i].name) == 0) {
			role[map[i].primary] = ROLE_PRIMARY;
			for (int k = 0; k < map[i].nsecondary; k++)
				role[map[i].secondary[k]] = ROLE_SECONDARY;
			return true;
		}
	return false;
}

/* Liftosaur's muscle names (anatomical ones) by the group they belong to;
 * the first word that matches wins, so "Biceps Femoris" comes before
 * "Biceps". Neck muscles and the serratus have no group. */
static const struct {
	const char *word;
	enum group g;
} interop_muscle_words[] = {
	{ "biceps femoris", GROUP_HAMSTRINGS },
	{ "semitendinosus", GROUP_HAMSTRINGS },
	{ "semimembranosus", GROUP_HAMSTRINGS },
	{ "hamstring", GROUP_HAMSTRINGS },
	{ "pectoralis", GROUP_CHEST },
	{ "deltoid", GROUP_SHOULDERS },
	{ "infraspinatus", GROUP_SHOULDERS },
	{ "supraspinatus", GROUP_SHOULDERS },
	{ "teres minor", GROUP_SHOULDERS },
	{ "triceps", GROUP_TRICEPS },
	{ "biceps", GROUP_BICEPS },
	{ "brachialis", GROUP_BICEPS },
	{ "brachioradialis", GROUP_FOREARMS },
	{ "wrist", GROUP_FOREARMS },
	{ "latissimus", GROUP_LATS },
	{ "teres major", GROUP_LATS },
	{ "trapezius upper", GROUP_TRAPS },
	{ "trapezius middle", GROUP_MIDDLE_BACK },
	{ "trapezius lower", GROUP_MIDDLE_BACK },
	{ "rhomboid", GROUP_MIDDLE_BACK },
	{ "trapezius", GROUP_TRAPS },
	{ "levator scapulae", GROUP_TRAPS },
	{ "erector spinae", GROUP_LOWER_BACK },
	{ "rectus abdominis", GROUP_ABS },
	{ "obliques", GROUP_ABS },
	{ "transverse abdominis", GROUP_ABS },
	{ "gluteus", GROUP_GLUTES },
	{ "quadriceps", GROUP_QUADS },
	{ "rectus femoris", GROUP_QUADS },
	{ "vastus", GROUP_QUADS },
	{ "adductor", GROUP_HIPS },
	{ "abductor", GROUP_HIPS },
	{ "iliopsoas", GROUP_HIPS },
	{ "tensor fasciae", GROUP_HIPS },
	{ "sartorius", GROUP_HIPS },
	{ "gracilis", GROUP_HIPS },
	{ "pectineus", GROUP_HIPS },
	{ "pectineous", GROUP_HIPS },
	{ "gastrocnemius", GROUP_CALVES },
	{ "soleus", GROUP_CALVES },
	{ "tibialis", GROUP_CALVES },
};

/* Does `name` (one muscle) start with, or hold as a word, `word`? */
static bool
interop_muscle_is(const char *name, const char *word)
{
	size_t n = strlen(word);

	for (const char *p = name; *p != '\0'; p++)
		if ((p == name || p[-1] == ' ') && util_strncasecmp(p, word, n) == 0)
			return true;
	return false;
}

void
interop_muscles(const char *list, unsigned char role, unsigned char out[GROUP_COUNT])
{
	char *copy = xstrdup(list), *save = NULL, *tok;

	for (tok = strtok_r(copy, ",;", &save); tok != NULL; tok = strtok_r(NULL, ",;", &save)) {
		char *m = util_trim(tok);

		for (size_t i = 0; i < HS_ARRAY_LEN(interop_muscle_words); i++)
			if (interop_muscle_is(m, interop_muscle_words[i].word)) {
				enum group g = interop_muscle_words[i].g;

				if (out[g] == ROLE_NONE || role == ROLE_PRIMARY)
					out[g] = role;
				break;
			}
	}
	free(copy);
}

/* ---- the reader -------------------------------------------------------- */

/* Which format a header is, from the columns only it has. */
static const struct interop_fmt *
interop_detect(const struct csv_row *h)
{
	for (size_t i = 0; i < HS_ARRAY_LEN(interop_formats); i++)
		if (interop_formats[i]->detect(h))
			return interop_formats[i];
	return NULL;
}

struct interop_reader *
interop_reader_new(
    enum interop_format want, const struct csv_row *header, enum units units, char **cause)
{
	const struct interop_fmt *fmt = NULL;
	struct interop_reader *r;

	if (want == INTEROP_JSON) {
		util_fail(cause, "%s", _("1: not a JSON document (it does not start with '{')"));
		return NULL;
	}
	for (size_t i = 0; i < HS_ARRAY_LEN(interop_formats) && want != INTEROP_AUTO; i++)
		if (interop_formats[i]->id == want)
			fmt = interop_formats[i];
	if (want == INTEROP_AUTO && (fmt = interop_detect(header)) == NULL) {
		util_fail(cause,
		    _("1: the header is not one herstel knows (herstel csv, Strong, Hevy, FitNotes,"
		      " Fitbod, Liftosaur, StrongLifts or LiftLog); it starts \"%.60s\""),
		    header->n > 0 ? header->fields[0] : "");
		return NULL;
	}
	r = xcalloc(1, sizeof *r);
	r->fmt = fmt;
	r->units = units;
	r->ncols = header->n;
	r->workout_at = r->note_at = HS_NO_TIME;
	for (int c = 0; c < X_COUNT; c++)
		r->col[c] = -1;
	if (fmt == NULL || fmt->open(r, header, cause) != 0) {
		if (fmt == NULL)
			util_fail(cause, "%s", _("1: not a file herstel reads"));
		interop_reader_free(r);
		return NULL;
	}
	return r;
}

void
interop_reader_free(struct interop_reader *r)
{
	if (r == NULL)
		return;
	for (size_t i = r->qhead; i < r->nqueue; i++)
		interop_record_free(&r->queue[i]);
	free(r->queue);
	for (int c = 0; c < X_COUNT; c++)
		free(r->colname[c]);
	free(r->workout_note);
	free(r->note_exercise);
	free(r->note_text);
	free(r);
}

enum interop_format
interop_reader_format(const struct interop_reader *r)
{
	return r->fmt->id;
}

const char *
interop_reader_label(const struct interop_reader *r)
{
	return r->label;
}

const struct interop_stats *
interop_reader_stats(const struct interop_reader *r)
{
	return &r->stats;
}

int
interop_reader_next(struct interop_reader *r, struct interop_record *out)
{
	if (r->qhead == r->nqueue) {
		r->qhead = r->nqueue = 0;
		return 0;
	}
	*out = r->queue[r->qhead++];
	return 1;
}

/* A row one field too long or more, as FitNotes writes a name with a comma
 * it did not quote ("Overhead Press (Each Side, Dumbbells)"): the exercise
 * fields joined back with the comma, in `sb`; the other fields are the
 * row's. */
static char **
interop_join_name(const struct interop_reader *r, const struct csv_row *row, struct strbuf *sb)
{
	size_t extra = row->n - r->ncols, ex = (size_t)r->col[X_EXERCISE];
	char **fields = xreallocarray(NULL, r->ncols, sizeof *fields);

	for (size_t i = ex; i <= ex + extra; i++)
		strbuf_printf(sb, "%s%s", i > ex ? "," : "", row->fields[i]);
	for (size_t k = 0; k < r->ncols; k++)
		fields[k] = k < ex ? row->fields[k] : k == ex ? sb->buf : row->fields[k + extra];
	return fields;
}

/* The row as its format reads it: a line the file wrapped whole in quotes
 * (old Strong exports) read again as a line of its own. */
static int
interop_unwrap(const struct interop_reader *r, const struct csv_row *row, struct csv_reader **inner,
    struct csv_row *out, char **cause)
{
	const char *f = row->n == 1 ? row->fields[0] : NULL;
	int k;

	*inner = NULL;
	if (f == NULL || r->ncols < 2 || (strchr(f, ';') == NULL && strchr(f, ',') == NULL)) {
		*out = *row;
		return 0;
	}
	*inner = csv_reader_new(f, strlen(f), csv_guess_sep(f, strlen(f)));
	if ((k = csv_next(*inner, out, NULL)) != 1) {
		*out = *row;
		return k < 0 ? util_fail(cause, _("%d: a quoted line that is not a row"), row->line)
		             : 0;
	}
	out->line = row->line;
	return 0;
}

int
interop_reader_row(struct interop_reader *r, const struct csv_row *given, char **cause)
{
	struct csv_reader *inner = NULL;
	struct csv_row row;
	struct strbuf joined = { 0 }; /* made only for a row to join */
	char where[24], **fields = NULL;
	int rc;

	if (interop_unwrap(r, given, &inner, &row, cause) != 0) {
		csv_reader_free(inner);
		return -1;
	}
	snprintf(where, sizeof where, "%d", row.line);
	if (row.n > r->ncols && r->fmt == &interop_fmt_fitnotes && r->col[X_EXERCISE] >= 0) {
		strbuf_init(&joined);
		fields = interop_join_name(r, &row, &joined);
		row.fields = fields;
		row.n = r->ncols;
	}
	if (row.n != r->ncols)
		rc = util_fail(cause,
		    _("%s: %zu fields where the header has %zu"
		      " (a stray separator or quote, or a file cut short?)"),
		    where, row.n, r->ncols);
	else if ((rc = r->fmt->row(r, &row, where, cause)) < 0) {
		for (size_t i = r->qhead; i < r->nqueue; i++)
			interop_record_free(&r->queue[i]);
		r->qhead = r->nqueue = 0;
	}
	free(fields);
	strbuf_free(&joined);
	csv_reader_free(inner);
	return rc < 0 ? -1 : (int)(r->nqueue - r->qhead);
}
