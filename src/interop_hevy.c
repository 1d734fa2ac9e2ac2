/* interop_hevy.c: Hevy's CSV export: "title","start_time","end_time",
 * "description","exercise_title","superset_id","exercise_notes",
 * "set_index","set_type","weight_kg" (or "weight_lbs"),"reps",
 * "distance_km" (or "distance_miles"),"duration_seconds","rpe".
 * set_type is normal, warmup, dropset or failure; a bodyweight set has no
 * weight; notes carry line breaks as a literal \n; superset_id numbers the
 * supersets of a workout from 0; the description is the workout's note. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "interop_read.h"
#include "util.h"

static bool
hevy_detect(const struct csv_row *h)
{
	return interop_find(h, (const char *const[]){ "exercise_title", NULL }) >= 0 &&
	    interop_find(h, (const char *const[]){ "set_type", NULL }) >= 0;
}

static int
hevy_open(struct interop_reader *r, const struct csv_row *h, char **cause)
{
	bool ok = interop_want(r, h, X_DATE, (const char *const[]){ "start_time", NULL }) &
	    interop_want(r, h, X_EXERCISE, (const char *const[]){ "exercise_title", NULL }) &
	    interop_want(r, h, X_ORDER, (const char *const[]){ "set_type", NULL }) &
	    interop_want(r, h, X_REPS, (const char *const[]){ "reps", NULL });

	r->label = "Hevy";
	interop_want(r, h, X_RPE, (const char *const[]){ "rpe", NULL });
	interop_want(r, h, X_NOTE, (const char *const[]){ "exercise_notes", NULL });
	interop_want(r, h, X_WORKOUT_NOTE, (const char *const[]){ "description", NULL });
	interop_want(r, h, X_SUPERSET, (const char *const[]){ "superset_id", NULL });
	interop_want(r, h, X_SECONDS, (const char *const[]){ "duration_seconds", NULL });
	r->weight_unit = IU_KG;
	if (!interop_want(r, h, X_WEIGHT, (const char *const[]){ "weight_kg", NULL }) &&
	    interop_want(r, h, X_WEIGHT, (const char *const[]){ "weight_lbs", NULL }))
		r->weight_unit = IU_LB;
	r->distance_unit = IU_KM;
	if (!interop_want(r, h, X_DISTANCE, (const char *const[]){ "distance_km", NULL }) &&
	    interop_want(r, h, X_DISTANCE, (const char *const[]){ "distance_miles", NULL }))
		r->distance_unit = IU_MI;
	else if (r->col[X_DISTANCE] < 0 &&
	    interop_want(r, h, X_DISTANCE, (const char *const[]){ "distance_meters", NULL }))
		r->distance_unit = IU_M;
	if (!ok || r->col[X_WEIGHT] < 0)
		return util_fail(cause, "1: %s", r->fmt->needs);
	return 0;
}

/* Notes with Hevy's literal "\n" for a line break: a space instead. */
static char *
hevy_note(const char *s)
{
	char *out = xstrdup(s), *o = out;

	for (const char *p = s; *p != '\0'; p++) {
		if (p[0] == '\\' && p[1] == 'n') {
			if (o > out && o[-1] != ' ')
				*o++ = ' ';
			p++;
			continue;
		}
		*o++ = *p;
	}
	*o = '\0';
	return out;
}

static int
hevy_row(struct interop_reader *r, const struct csv_row *row, const char *where, char **cause)
{
	static const struct {
		const char *id;
		enum set_kind kind;
	} types[] = { { "normal", SET_WORK }, { "warmup", SET_WARMUP }, { "dropset", SET_DROP },
		{ "failure", SET_FAILURE } };
	struct interop_cells c = { 0 };
	const char *t = interop_get(r, row, X_ORDER), *date = interop_get(r, row, X_DATE),
	           *ss = interop_get(r, row, X_SUPERSET);
	size_t i;
	long n = 0;
	char *note;
	int rc;

	for (i = 0; i < HS_ARRAY_LEN(types) && util_strcasecmp(t, types[i].id) != 0; i++)
		;
	if (i == HS_ARRAY_LEN(types))
		return interop_bad(
		    cause, where, "set_type", _("warmup, normal, failure or dropset"), t);
	c.kind = types[i].kind;
	if (interop_parse_stamp(date, &c.at) != 0)
		return interop_bad(
		    cause, where, "start_time", _("a date like 9 Jan 2024, 18:30"), date);
	if (*ss != '\0' && util_parse_long(ss, 0, 999, &n) != 0)
		return interop_bad(cause, where, "superset_id", _("empty or a number"), ss);
	c.superset = *ss != '\0' ? (int)n + 1 : 0;
	note = hevy_note(interop_get(r, row, X_WORKOUT_NOTE));
	interop_workout_note(r, c.at, row->line, note);
	free(note);
	c.exercise = interop_get(r, row, X_EXERCISE);
	c.reps = interop_get(r, row, X_REPS);
	c.weight = interop_get(r, row, X_WEIGHT);
	c.rpe = interop_get(r, row, X_RPE);
	c.distance = interop_get(r, row, X_DISTANCE);
	c.seconds = interop_get(r, row, X_SECONDS);
	c.note = note = hevy_note(interop_get(r, row, X_NOTE));
	rc = interop_push_cells(r, &c, row->line, where, cause);
	free(note);
	return rc;
}

const struct interop_fmt interop_fmt_hevy = {
	.id = INTEROP_HEVY,
	.needs = "a Hevy export needs the columns start_time, exercise_title, set_type, weight_kg"
	         " or weight_lbs, and reps",
	.detect = hevy_detect,
	.open = hevy_open,
	.row = hevy_row,
};
