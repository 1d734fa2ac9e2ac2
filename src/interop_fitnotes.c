/* interop_fitnotes.c: FitNotes' CSV export, old and current:
 *   Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time[,Comment]
 *   (or Weight (lbs)), and
 *   Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time[,Comment]
 *   with the unit on each row. Dates have no time; Time is H:MM:SS. The
 * Category names the muscles (Chest, Back, Legs, ...; Cardio for cardio),
 * which places exercises the catalogue does not know. FitNotes does not
 * quote a name with a comma ("Overhead Press (Each Side, Dumbbells)"): the
 * reader joins the fields of such a row back (interop_reader_row). */
#include "config.h"

#include <string.h>

#include "i18n.h"
#include "interop_read.h"
#include "util.h"

static bool
fitnotes_detect(const struct csv_row *h)
{
	return interop_find(h, (const char *const[]){ "Exercise", NULL }) >= 0 &&
	    interop_find(h, (const char *const[]){ "Category", NULL }) >= 0;
}

static int
fitnotes_open(struct interop_reader *r, const struct csv_row *h, char **cause)
{
	bool ok = interop_want(r, h, X_DATE, (const char *const[]){ "Date", NULL }) &
	    interop_want(r, h, X_EXERCISE, (const char *const[]){ "Exercise", NULL }) &
	    interop_want(r, h, X_REPS, (const char *const[]){ "Reps", NULL });

	r->label = "FitNotes";
	interop_want(r, h, X_CATEGORY, (const char *const[]){ "Category", NULL });
	interop_want(r, h, X_NOTE, (const char *const[]){ "Comment", NULL });
	interop_want(r, h, X_SECONDS, (const char *const[]){ "Time", NULL });
	if (interop_want(r, h, X_DISTANCE, (const char *const[]){ "Distance", NULL }))
		r->distance_unit = interop_want(r, h, X_DISTANCE_UNIT,
		                       (const char *const[]){ "Distance Unit", NULL })
		    ? IU_COLUMN
		    : IU_KM;
	r->weight_unit = IU_KG;
	if (interop_want(
	        r, h, X_WEIGHT, (const char *const[]){ "Weight (lbs)", "Weight (lb)", NULL }))
		r->weight_unit = IU_LB;
	else if (!interop_want(r, h, X_WEIGHT,
	             (const char *const[]){ "Weight (kgs)", "Weight (kg)", NULL }) &&
	    interop_want(r, h, X_WEIGHT, (const char *const[]){ "Weight", NULL })) {
		r->label = "FitNotes (Weight Unit)";
		if (interop_want(r, h, X_WEIGHT_UNIT, (const char *const[]){ "Weight Unit", NULL }))
			r->weight_unit = IU_COLUMN;
		else
			r->weight_unit = IU_USER;
	}
	if (!ok || r->col[X_WEIGHT] < 0)
		return util_fail(cause, "1: %s", r->fmt->needs);
	return 0;
}

static int
fitnotes_row(struct interop_reader *r, const struct csv_row *row, const char *where, char **cause)
{
	struct interop_cells c = { 0 };
	const char *date = interop_get(r, row, X_DATE);

	if (interop_parse_stamp(date, &c.at) != 0)
		return interop_bad(cause, where, "Date", _("a date like 2024-01-09"), date);
	interop_category(interop_get(r, row, X_CATEGORY), c.role, &c.cardio);
	c.exercise = interop_get(r, row, X_EXERCISE);
	c.reps = interop_get(r, row, X_REPS);
	c.weight = interop_get(r, row, X_WEIGHT);
	c.weight_unit = interop_get(r, row, X_WEIGHT_UNIT);
	c.distance = interop_get(r, row, X_DISTANCE);
	c.distance_unit = interop_get(r, row, X_DISTANCE_UNIT);
	c.seconds = interop_get(r, row, X_SECONDS);
	c.note = interop_get(r, row, X_NOTE);
	return interop_push_cells(r, &c, row->line, where, cause);
}

const struct interop_fmt interop_fmt_fitnotes = {
	.id = INTEROP_FITNOTES,
	.needs = "a FitNotes export needs the columns Date, Exercise, Weight (kgs), Weight (lbs)"
	         " or Weight and Weight Unit, and Reps",
	.detect = fitnotes_detect,
	.open = fitnotes_open,
	.row = fitnotes_row,
};
