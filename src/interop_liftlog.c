/* interop_liftlog.c: LiftLog's CSV export:
 *   SessionId,Timestamp,Exercise,Weight,WeightUnit,Reps,TargetReps,Notes
 * one row a set, the unit on each row, the time ISO 8601 (with its zone,
 * turned into local time). A set of 0 reps was planned and not done. */
#include "config.h"

#include <string.h>

#include "i18n.h"
#include "interop_read.h"
#include "util.h"

static bool
liftlog_detect(const struct csv_row *h)
{
	return interop_find(h, (const char *const[]){ "SessionId", NULL }) >= 0 &&
	    interop_find(h, (const char *const[]){ "Timestamp", NULL }) >= 0 &&
	    interop_find(h, (const char *const[]){ "Exercise", NULL }) >= 0;
}

static int
liftlog_open(struct interop_reader *r, const struct csv_row *h, char **cause)
{
	bool ok = interop_want(r, h, X_DATE, (const char *const[]){ "Timestamp", NULL }) &
	    interop_want(r, h, X_EXERCISE, (const char *const[]){ "Exercise", NULL }) &
	    interop_want(r, h, X_REPS, (const char *const[]){ "Reps", NULL }) &
	    interop_want(r, h, X_WEIGHT, (const char *const[]){ "Weight", NULL });

	r->label = "LiftLog";
	r->weight_unit =
	    interop_want(r, h, X_WEIGHT_UNIT, (const char *const[]){ "WeightUnit", NULL })
	    ? IU_COLUMN
	    : IU_USER;
	interop_want(r, h, X_NOTE, (const char *const[]){ "Notes", NULL });
	if (!ok)
		return util_fail(cause, "1: %s", r->fmt->needs);
	return 0;
}

static int
liftlog_row(struct interop_reader *r, const struct csv_row *row, const char *where, char **cause)
{
	struct interop_cells c = { 0 };
	const char *date = interop_get(r, row, X_DATE), *reps = interop_get(r, row, X_REPS);

	if (*reps == '\0' || strcmp(reps, "0") == 0) {
		r->stats.missed++;
		return 0;
	}
	if (interop_parse_stamp(date, &c.at) != 0)
		return interop_bad(
		    cause, where, "Timestamp", _("a time like 2024-03-01T18:30:00+01:00"), date);
	c.exercise = interop_get(r, row, X_EXERCISE);
	c.reps = reps;
	c.weight = interop_get(r, row, X_WEIGHT);
	c.weight_unit = interop_get(r, row, X_WEIGHT_UNIT);
	c.note = interop_get(r, row, X_NOTE);
	return interop_push_cells(r, &c, row->line, where, cause);
}

const struct interop_fmt interop_fmt_liftlog = {
	.id = INTEROP_LIFTLOG,
	.needs = "a LiftLog export needs the columns Timestamp, Exercise, Weight and Reps",
	.detect = liftlog_detect,
	.open = liftlog_open,
	.row = liftlog_row,
};
