/* export_strong.c: Strong's classic CSV (Date,Workout Name,Duration,
 * Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout
 * Notes,RPE). Strong has no time per set: a set's Date is when its workout
 * began. Each set keeps its own time as that Date, so that the sets an app
 * gave herstel go back as the workouts they were (each with its own start)
 * and a file re-imported matches the journal set for set. Set Order counts
 * an exercise's work sets in its workout; W, D and F mark warm-up, drop
 * and failure sets. Distances are in km, as Strong's classic Distance. A
 * day's note is the Workout Notes of its first workout. */
#include "config.h"

#include "export_strong.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "interop.h"
#include "util.h"

struct strong_ctx {
	FILE *f;
	const struct export_opts *o;
	size_t *count;
	hs_minute workout; /* the start of the workout being written */
	struct {
		int64_t id;
		int n;
	} * order; /* work sets so far per exercise of the workout */
	size_t norder;
	struct day_record *notes; /* days with a note, by date; id -1 once written */
	size_t nnotes;
	int64_t *own; /* own exercises with groups seen */
	size_t nown;
	struct strbuf own_names;
};

/* The days' notes (and what Strong cannot carry of the other kinds). */
static int
strong_day(void *arg, const struct day_record *r, char **cause)
{
	struct strong_ctx *x = arg;

	(void)cause;
	if (r->note[0] == '\0')
		return 0;
	x->notes = xreallocarray(x->notes, x->nnotes + 1, sizeof *x->notes);
	x->notes[x->nnotes] = *r;
	x->notes[x->nnotes++].note = xstrdup(r->note);
	return 0;
}

static int
strong_soreness(void *arg, const struct soreness_record *r, char **cause)
{
	struct strong_ctx *x = arg;

	(void)r, (void)cause;
	x->o->left->soreness++;
	return 0;
}

static int
strong_sleep(void *arg, const struct sleep_record *r, char **cause)
{
	struct strong_ctx *x = arg;

	(void)r, (void)cause;
	x->o->left->sleep++;
	return 0;
}

/* The note of `date` once, on the first row written of that date. */
static const char *
strong_workout_note(struct strong_ctx *x, hs_date date)
{
	size_t lo = 0, hi = x->nnotes;

	while (lo < hi) { /* the days are in date order */
		size_t mid = lo + (hi - lo) / 2;

		if (x->notes[mid].date < date)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == x->nnotes || x->notes[lo].date != date || x->notes[lo].id < 0)
		return "";
	x->notes[lo].id = -1; /* written */
	return x->notes[lo].note;
}

/* Set Order of a set: its kind's letter, or its number among the work
 * sets of its exercise in this workout. */
static void
strong_order(struct strong_ctx *x, const struct set_record *r, char *buf, size_t len)
{
	static const char *const letter[SET_KIND_COUNT] = {
		[SET_WARMUP] = "W", [SET_DROP] = "D", [SET_FAILURE] = "F"
	};
	size_t i;

	if (r->at != x->workout) {
		x->workout = r->at;
		x->norder = 0;
	}
	for (i = 0; i < x->norder && x->order[i].id != r->exercise_id; i++)
		;
	if (i == x->norder) {
		x->order = xreallocarray(x->order, ++x->norder, sizeof *x->order);
		x->order[i].id = r->exercise_id;
		x->order[i].n = 0;
	}
	if (r->kind != SET_WORK) {
		snprintf(buf, len, "%s", letter[r->kind]);
		return;
	}
	snprintf(buf, len, "%d", ++x->order[i].n);
}

/* An own exercise with groups: Strong cannot carry those. */
static void
strong_note_own(struct strong_ctx *x, const struct set_record *r, bool custom)
{
	bool grouped = false;

	for (int g = 0; g < GROUP_COUNT; g++)
		grouped = grouped || r->role[g] != ROLE_NONE;
	if (!custom || !grouped || x->o->left == NULL)
		return;
	for (size_t i = 0; i < x->nown; i++)
		if (x->own[i] == r->exercise_id)
			return;
	x->own = xreallocarray(x->own, x->nown + 1, sizeof *x->own);
	x->own[x->nown++] = r->exercise_id;
	strbuf_printf(&x->own_names, "%s%s", x->own_names.len ? ", " : "", r->exercise);
}

/* One row of the file. */
static int
strong_row(struct strong_ctx *x, hs_minute at, const char *name, const char *order, double kg,
    int reps, double metres, int seconds, const char *note, double rpe, char **cause)
{
	char date[STAMP_BUF], stamp[STAMP_BUF + 4], w[32], r[16], km[32], sec[16], p[16];
	const char *f[12];

	stamp_format(at, date);
	snprintf(stamp, sizeof stamp, "%s:00", date);
	interop_number(x->o->units == UNITS_LB ? kg / KG_PER_LB : kg, w, sizeof w);
	snprintf(r, sizeof r, "%d", reps);
	interop_number(metres / 1000, km, sizeof km);
	snprintf(sec, sizeof sec, "%d", seconds);
	interop_number(rpe, p, sizeof p);
	f[0] = stamp, f[1] = "herstel", f[2] = "0m", f[3] = name, f[4] = order, f[5] = w;
	f[6] = r, f[7] = km, f[8] = sec, f[9] = note;
	f[10] = strong_workout_note(x, stamp_date(at)), f[11] = rpe > 0 ? p : "";
	csv_write_row(x->f, f, 12, ',');
	return export_count(x->f, x->o, x->count, cause);
}

static int
strong_set(void *arg, const struct set_record *r, bool custom, char **cause)
{
	struct strong_ctx *x = arg;
	char order[16];

	strong_order(x, r, order, sizeof order);
	strong_note_own(x, r, custom);
	if (x->o->left != NULL && r->superset > 0)
		x->o->left->supersets++;
	return strong_row(x, r->at, interop_strong_name(r->exercise), order, r->weight_kg, r->reps,
	    r->distance_m, r->seconds, r->note, r->rpe, cause);
}

static int
strong_activity(void *arg, const struct activity_record *r, char **cause)
{
	return strong_row(
	    arg, r->at, r->name, "1", 0, 0, r->distance_m, r->seconds, r->note, 0, cause);
}

int
export_strong_write(
    struct store *s, FILE *f, const struct export_opts *o, size_t *count, char **cause)
{
	static const char *const head[] = { "Date", "Workout Name", "Duration", "Exercise Name",
		"Set Order", "Weight", "Reps", "Distance", "Seconds", "Notes", "Workout Notes",
		"RPE" };
	struct strong_ctx x = { .f = f, .o = o, .count = count, .workout = HS_NO_TIME };
	struct store_each days = { .day = strong_day, .arg = &x };
	struct store_each sets = { .set = strong_set, .activity = strong_activity, .arg = &x };
	int rc;

	strbuf_init(&x.own_names);
	if (o->left != NULL) {
		days.soreness = strong_soreness;
		days.sleep = strong_sleep;
	}
	csv_write_row(f, head, HS_ARRAY_LEN(head), ',');
	rc = store_each_record(s, o->from, o->to, &days, cause);
	if (rc == 0)
		rc = store_each_record(s, o->from, o->to, &sets, cause);
	if (o->left != NULL) {
		o->left->own_groups = x.nown;
		o->left->own_names = strbuf_detach(&x.own_names);
	}
	strbuf_free(&x.own_names);
	for (size_t i = 0; i < x.nnotes; i++)
		day_record_free(&x.notes[i]);
	free(x.notes);
	free(x.order);
	free(x.own);
	return rc;
}
