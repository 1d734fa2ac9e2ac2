/* interop_strong.c: Strong's CSV export in every generation seen:
 *  - classic: Date,Workout Name,Duration,Exercise Name,Set Order,Weight,
 *    Reps,Distance,Seconds,Notes,Workout Notes,RPE (with or without
 *    Duration, Notes and Workout Notes, RPE), weights in the user's units;
 *  - semicolons with a Weight Unit and a Distance Unit per row;
 *  - "Workout #" with the units in the header: Weight (kg), Weight (lbs),
 *    Distance (meters);
 *  - the oldest, with the unit as the column's name (kg or lbs, km or mi.)
 *    and Set Order counted from 0;
 *  - the app set to German (Datum, Name der Übung, Reihenfolge festlegen,
 *    Gewicht, Wiederh., ...), its rest timers called Ruhezeit.
 * Set Order is the set's number, or W, D, F (WARM_UP, FAILURE, ...) for its
 * kind, a rest timer, or Note: an exercise's note for the sets after it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "interop_read.h"
#include "util.h"

/* Every name a column has in the exports: English, then German. */
static const char *const strong_date[] = { "Date", "Datum", NULL };
static const char *const strong_exercise[] = { "Exercise Name", "Name der Übung", NULL };
static const char *const strong_order[] = { "Set Order", "Reihenfolge festlegen", NULL };
static const char *const strong_reps[] = { "Reps", "Wiederh.", NULL };
static const char *const strong_rpe[] = { "RPE", NULL };
static const char *const strong_seconds[] = { "Seconds", "Sekunden", NULL };
static const char *const strong_note[] = { "Notes", "Notizen", NULL };
static const char *const strong_workout_note[] = { "Workout Notes", "Workout-Notizen", NULL };

/* The weight column and where its unit comes from, in the order tried. */
static const struct {
	const char *name;
	enum interop_unit unit;
	const char *label;
} strong_weights[] = {
	{ "Weight (kg)", IU_KG, "Strong (units in the header)" },
	{ "Weight (kgs)", IU_KG, "Strong (units in the header)" },
	{ "Weight (lbs)", IU_LB, "Strong (units in the header)" },
	{ "Weight (lb)", IU_LB, "Strong (units in the header)" },
	{ "kg", IU_KG, "Strong (oldest, unit as column name)" },
	{ "lbs", IU_LB, "Strong (oldest, unit as column name)" },
	{ "lb", IU_LB, "Strong (oldest, unit as column name)" },
	{ "Weight", IU_USER, "Strong (classic)" },
	{ "Gewicht", IU_USER, "Strong (German)" },
};

/* The distance column: Strong's classic Distance is in kilometres (a lb
 * account's rows of 0.5 on the rowing machine in under two minutes are
 * 500 m, not half a mile). */
static const struct {
	const char *name;
	enum interop_unit unit;
} strong_distances[] = {
	{ "Distance (meters)", IU_M },
	{ "Distance (m)", IU_M },
	{ "Distance (km)", IU_KM },
	{ "Distance (miles)", IU_MI },
	{ "Distance (mi)", IU_MI },
	{ "km", IU_KM },
	{ "mi.", IU_MI },
	{ "mi", IU_MI },
	{ "Distance", IU_KM },
	{ "Entfernung", IU_KM },
};

static bool
strong_detect(const struct csv_row *h)
{
	return interop_find(h, strong_exercise) >= 0 && interop_find(h, strong_order) >= 0;
}

/* The weight and distance columns and their units. */
static void
strong_units(struct interop_reader *r, const struct csv_row *h)
{
	for (size_t i = 0; i < HS_ARRAY_LEN(strong_weights) && r->col[X_WEIGHT] < 0; i++)
		if (interop_want(
		        r, h, X_WEIGHT, (const char *const[]){ strong_weights[i].name, NULL })) {
			r->weight_unit = strong_weights[i].unit;
			r->label = strong_weights[i].label;
		}
	if (r->weight_unit == IU_USER &&
	    interop_want(r, h, X_WEIGHT_UNIT, (const char *const[]){ "Weight Unit", NULL })) {
		r->weight_unit = IU_COLUMN;
		r->label = "Strong (semicolon, Weight Unit)";
	}
	for (size_t i = 0; i < HS_ARRAY_LEN(strong_distances) && r->col[X_DISTANCE] < 0; i++)
		if (interop_want(
		        r, h, X_DISTANCE, (const char *const[]){ strong_distances[i].name, NULL }))
			r->distance_unit = strong_distances[i].unit;
	if (r->distance_unit == IU_KM && r->col[X_DISTANCE] >= 0 &&
	    interop_want(r, h, X_DISTANCE_UNIT, (const char *const[]){ "Distance Unit", NULL }))
		r->distance_unit = IU_COLUMN;
}

static int
strong_open(struct interop_reader *r, const struct csv_row *h, char **cause)
{
	bool ok = interop_want(r, h, X_DATE, strong_date) &
	    interop_want(r, h, X_EXERCISE, strong_exercise) &
	    interop_want(r, h, X_ORDER, strong_order) & interop_want(r, h, X_REPS, strong_reps);

	interop_want(r, h, X_RPE, strong_rpe);
	interop_want(r, h, X_SECONDS, strong_seconds);
	interop_want(r, h, X_NOTE, strong_note);
	interop_want(r, h, X_WORKOUT_NOTE, strong_workout_note);
	strong_units(r, h);
	if (!ok || r->col[X_WEIGHT] < 0)
		return util_fail(cause, "1: %s", r->fmt->needs);
	return 0;
}

/* What a Set Order says. */
enum strong_order { SO_SET, SO_REST, SO_NOTE, SO_BAD };

static enum strong_order
strong_order_of(const char *o, enum set_kind *kind)
{
	static const struct {
		const char *word;
		enum set_kind kind;
	} kinds[] = { { "W", SET_WARMUP }, { "WARM_UP", SET_WARMUP }, { "WARMUP", SET_WARMUP },
		{ "D", SET_DROP }, { "DROP", SET_DROP }, { "DROP_SET", SET_DROP },
		{ "DROPSET", SET_DROP }, { "F", SET_FAILURE }, { "FAILURE", SET_FAILURE } };
	long n;

	*kind = SET_WORK;
	if (util_strcasecmp(o, "Rest Timer") == 0 || util_strcasecmp(o, "Ruhezeit") == 0)
		return SO_REST;
	if (util_strcasecmp(o, "Note") == 0 || util_strcasecmp(o, "Notiz") == 0)
		return SO_NOTE;
	for (size_t i = 0; i < HS_ARRAY_LEN(kinds); i++)
		if (util_strcasecmp(o, kinds[i].word) == 0) {
			*kind = kinds[i].kind;
			return SO_SET;
		}
	return interop_whole(o, 0, 100000, &n) == 0 ? SO_SET : SO_BAD;
}

/* A Note row: its text is the note of the exercise's sets that follow in
 * the same workout. */
static void
strong_keep_note(struct interop_reader *r, hs_minute at, const char *exercise, const char *note)
{
	free(r->note_exercise);
	free(r->note_text);
	r->note_at = at;
	r->note_exercise = xstrdup(exercise);
	r->note_text = xstrdup(note);
}

/* The note of a set: the exercise's note (if one came before), its own. */
static char *
strong_set_note(const struct interop_reader *r, hs_minute at, const char *exercise, const char *own)
{
	if (r->note_text == NULL || *r->note_text == '\0' || at != r->note_at ||
	    strcmp(exercise, r->note_exercise) != 0)
		return xstrdup(own);
	return *own == '\0' ? xstrdup(r->note_text) : xasprintf("%s; %s", r->note_text, own);
}

static int
strong_row(struct interop_reader *r, const struct csv_row *row, const char *where, char **cause)
{
	struct interop_cells c = { 0 };
	const char *o = interop_get(r, row, X_ORDER), *date = interop_get(r, row, X_DATE);
	enum strong_order what = strong_order_of(o, &c.kind);
	char *note;
	int rc;

	if (what == SO_REST) {
		r->stats.rest_timers++;
		return 0;
	}
	if (what == SO_BAD)
		return interop_bad(
		    cause, where, r->colname[X_ORDER], _("a number, W, D, F, Rest Timer or Note"), o);
	if (interop_parse_stamp(date, &c.at) != 0)
		return interop_bad(
		    cause, where, r->colname[X_DATE], _("a date like 2024-01-09 18:30:00"), date);
	c.exercise = interop_get(r, row, X_EXERCISE);
	if (what == SO_NOTE) {
		strong_keep_note(r, c.at, c.exercise, interop_get(r, row, X_NOTE));
		return 0;
	}
	interop_workout_note(r, c.at, row->line, interop_get(r, row, X_WORKOUT_NOTE));
	c.reps = interop_get(r, row, X_REPS);
	c.weight = interop_get(r, row, X_WEIGHT);
	c.weight_unit = interop_get(r, row, X_WEIGHT_UNIT);
	c.rpe = interop_get(r, row, X_RPE);
	c.distance = interop_get(r, row, X_DISTANCE);
	c.distance_unit = interop_get(r, row, X_DISTANCE_UNIT);
	c.seconds = interop_get(r, row, X_SECONDS);
	c.note = note = strong_set_note(r, c.at, c.exercise, interop_get(r, row, X_NOTE));
	rc = interop_push_cells(r, &c, row->line, where, cause);
	free(note);
	return rc;
}

const struct interop_fmt interop_fmt_strong = {
	.id = INTEROP_STRONG,
	.needs =
	    "a Strong export needs the columns Date, Exercise Name, Set Order, Weight and Reps",
	.detect = strong_detect,
	.open = strong_open,
	.row = strong_row,
};
