/* interop_liftosaur.c: Liftosaur's "Export history to CSV":
 *   Workout DateTime,Program,Day Name,Exercise,Is Warmup Set?,Required Reps,
 *   Completed Reps,Is AMRAP?,Required RPE,Completed RPE,Log RPE?,
 *   Required Weight Value,Required Weight Unit,Completed Weight Value,
 *   Completed Weight Unit,Ask Weight?,Completed Reps Time,Target Muscles,
 *   Synergist Muscles,Notes
 * What was done is in the Completed columns; times are ISO 8601 in UTC,
 * each set with its own; the muscles are anatomical names
 * ("Deltoid Anterior", "Latissimus Dorsi"), which place the exercises the
 * catalogue does not know. A set with no completed reps was not done. */
#include "config.h"

#include <string.h>

#include "i18n.h"
#include "interop_read.h"
#include "util.h"

static bool
liftosaur_detect(const struct csv_row *h)
{
	return interop_find(h, (const char *const[]){ "Workout DateTime", NULL }) >= 0 &&
	    interop_find(h, (const char *const[]){ "Completed Reps", NULL }) >= 0;
}

static int
liftosaur_open(struct interop_reader *r, const struct csv_row *h, char **cause)
{
	bool ok = interop_want(r, h, X_DATE, (const char *const[]){ "Workout DateTime", NULL }) &
	    interop_want(r, h, X_EXERCISE, (const char *const[]){ "Exercise", NULL }) &
	    interop_want(r, h, X_REPS, (const char *const[]){ "Completed Reps", NULL }) &
	    interop_want(r, h, X_WEIGHT, (const char *const[]){ "Completed Weight Value", NULL });

	r->label = "Liftosaur";
	r->weight_unit = interop_want(r, h, X_WEIGHT_UNIT,
	                     (const char *const[]){ "Completed Weight Unit", NULL })
	    ? IU_COLUMN
	    : IU_USER;
	interop_want(r, h, X_WARMUP, (const char *const[]){ "Is Warmup Set?", NULL });
	interop_want(r, h, X_RPE, (const char *const[]){ "Completed RPE", NULL });
	interop_want(r, h, X_SET_TIME, (const char *const[]){ "Completed Reps Time", NULL });
	interop_want(r, h, X_TARGET, (const char *const[]){ "Target Muscles", NULL });
	interop_want(r, h, X_SYNERGIST, (const char *const[]){ "Synergist Muscles", NULL });
	interop_want(r, h, X_NOTE, (const char *const[]){ "Notes", NULL });
	if (!ok)
		return util_fail(cause, "1: %s", r->fmt->needs);
	return 0;
}

static int
liftosaur_row(struct interop_reader *r, const struct csv_row *row, const char *where, char **cause)
{
	struct interop_cells c = { 0 };
	const char *date = interop_get(r, row, X_DATE), *done = interop_get(r, row, X_SET_TIME),
	           *w = interop_get(r, row, X_WARMUP), *reps = interop_get(r, row, X_REPS);

	if (*reps == '\0' || strcmp(reps, "0") == 0) {
		r->stats.missed++;
		return 0;
	}
	if (interop_parse_stamp(date, &c.at) != 0)
		return interop_bad(
		    cause, where, "Workout DateTime", _("a time like 2025-12-15T10:30:00.000Z"), date);
	if (*done != '\0' && interop_parse_stamp(done, &c.at) != 0)
		return interop_bad(cause, where, "Completed Reps Time",
		    _("a time like 2025-12-15T10:32:15.000Z"), done);
	if (strcmp(w, "1") == 0 || util_strcasecmp(w, "true") == 0)
		c.kind = SET_WARMUP;
	interop_muscles(interop_get(r, row, X_TARGET), ROLE_PRIMARY, c.role);
	interop_muscles(interop_get(r, row, X_SYNERGIST), ROLE_SECONDARY, c.role);
	c.exercise = interop_get(r, row, X_EXERCISE);
	c.reps = reps;
	c.weight = interop_get(r, row, X_WEIGHT);
	c.weight_unit = interop_get(r, row, X_WEIGHT_UNIT);
	c.rpe = interop_get(r, row, X_RPE);
	c.note = interop_get(r, row, X_NOTE);
	return interop_push_cells(r, &c, row->line, where, cause);
}

const struct interop_fmt interop_fmt_liftosaur = {
	.id = INTEROP_LIFTOSAUR,
	.needs = "a Liftosaur export needs the columns Workout DateTime, Exercise, Completed Reps"
	         " and Completed Weight Value",
	.detect = liftosaur_detect,
	.open = liftosaur_open,
	.row = liftosaur_row,
};
