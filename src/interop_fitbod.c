/* interop_fitbod.c: Fitbod's CSV export, the old one:
 *   Date,Exercise,Sets,Reps,Weight,isWarmup,Note
 * one row a set (Sets is how many sets the row stands for), weights in kg
 * whatever the user's units (written with eight decimals, the pounds
 * converted), isWarmup TRUE for a warm-up, dates without a time. A row with
 * 0 reps holds nothing (Fitbod writes its cardio so). */
#include "config.h"

#include "i18n.h"
#include "interop_read.h"
#include "util.h"

static bool
fitbod_detect(const struct csv_row *h)
{
	return interop_find(h, (const char *const[]){ "Exercise", NULL }) >= 0 &&
	    interop_find(h, (const char *const[]){ "isWarmup", NULL }) >= 0;
}

static int
fitbod_open(struct interop_reader *r, const struct csv_row *h, char **cause)
{
	bool ok = interop_want(r, h, X_DATE, (const char *const[]){ "Date", NULL }) &
	    interop_want(r, h, X_EXERCISE, (const char *const[]){ "Exercise", NULL }) &
	    interop_want(r, h, X_REPS, (const char *const[]){ "Reps", NULL }) &
	    interop_want(r, h, X_WEIGHT, (const char *const[]){ "Weight", "Weight(kg)", NULL });

	r->label = "Fitbod";
	r->weight_unit = IU_KG;
	r->distance_unit = IU_M;
	interop_want(r, h, X_SETS, (const char *const[]){ "Sets", NULL });
	interop_want(r, h, X_WARMUP, (const char *const[]){ "isWarmup", NULL });
	interop_want(r, h, X_NOTE, (const char *const[]){ "Note", NULL });
	interop_want(r, h, X_SECONDS, (const char *const[]){ "Duration(s)", NULL });
	interop_want(r, h, X_DISTANCE, (const char *const[]){ "Distance(m)", NULL });
	if (!ok)
		return util_fail(cause, "1: %s", r->fmt->needs);
	return 0;
}

static int
fitbod_row(struct interop_reader *r, const struct csv_row *row, const char *where, char **cause)
{
	struct interop_cells c = { 0 };
	const char *date = interop_get(r, row, X_DATE), *sets = interop_get(r, row, X_SETS),
	           *w = interop_get(r, row, X_WARMUP);
	long n = 1;
	int rc = 0;

	if (interop_parse_stamp(date, &c.at) != 0)
		return interop_bad(cause, where, "Date", _("a date like 2024-01-09"), date);
	if (*sets != '\0' && interop_whole(sets, 0, 50, &n) != 0)
		return interop_bad(cause, where, "Sets", _("a number of sets from 0 to 50"), sets);
	if (util_strcasecmp(w, "true") == 0 || util_strcasecmp(w, "1") == 0)
		c.kind = SET_WARMUP;
	else if (*w != '\0' && util_strcasecmp(w, "false") != 0 && util_strcasecmp(w, "0") != 0)
		return interop_bad(cause, where, "isWarmup", _("TRUE, FALSE or empty"), w);
	c.exercise = interop_get(r, row, X_EXERCISE);
	c.reps = interop_get(r, row, X_REPS);
	c.weight = interop_get(r, row, X_WEIGHT);
	c.seconds = interop_get(r, row, X_SECONDS);
	c.distance = interop_get(r, row, X_DISTANCE);
	c.note = interop_get(r, row, X_NOTE);
	for (long i = 0; i < (n > 0 ? n : 1) && rc >= 0; i++)
		rc = interop_push_cells(r, &c, row->line, where, cause);
	return rc;
}

const struct interop_fmt interop_fmt_fitbod = {
	.id = INTEROP_FITBOD,
	.needs = "a Fitbod export needs the columns Date, Exercise, Reps and Weight",
	.detect = fitbod_detect,
	.open = fitbod_open,
	.row = fitbod_row,
};
