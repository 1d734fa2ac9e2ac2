/* interop_stronglifts.c: the StrongLifts 5x5 app's CSV export, wide: one
 * row an exercise of a workout, its sets in columns Set 1 (Reps),
 * Set 1 (KG), Set 2 (Reps), ... (LB in a pounds account); Date
 * (yyyy/mm/dd) and Start Time (h:mm) in twelve-hour time ("10:56 PM").
 * A set of 0 or "-" reps was planned and missed: it is no set. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "interop_read.h"
#include "util.h"

/* The column "Set N (WHAT)" of the header, -1 if none. */
static int
stronglifts_set_col(const struct csv_row *h, int n, const char *what)
{
	char name[40];

	snprintf(name, sizeof name, "Set %d (%s)", n, what);
	return interop_find(h, (const char *const[]){ name, NULL });
}

static bool
stronglifts_detect(const struct csv_row *h)
{
	return interop_find(h, (const char *const[]){ "Exercise", NULL }) >= 0 &&
	    stronglifts_set_col(h, 1, "Reps") >= 0;
}

static int
stronglifts_open(struct interop_reader *r, const struct csv_row *h, char **cause)
{
	static const struct {
		const char *what;
		enum interop_unit unit;
	} weights[] = { { "KG", IU_KG }, { "LB", IU_LB }, { "LBS", IU_LB } };
	bool ok =
	    interop_want(r, h, X_DATE, (const char *const[]){ "Date (yyyy/mm/dd)", "Date", NULL }) &
	    interop_want(r, h, X_EXERCISE, (const char *const[]){ "Exercise", NULL });

	r->label = "StrongLifts";
	interop_want(
	    r, h, X_TIME, (const char *const[]){ "Start Time (h:mm)", "Start Time", NULL });
	interop_want(r, h, X_NOTE, (const char *const[]){ "Notes", NULL });
	for (size_t u = 0; u < HS_ARRAY_LEN(weights) && r->nwide == 0; u++)
		for (int n = 1; n <= INTEROP_WIDE_MAX; n++) {
			int reps = stronglifts_set_col(h, n, "Reps"),
			    w = stronglifts_set_col(h, n, weights[u].what);

			if (reps < 0 || w < 0)
				break;
			r->wide_reps[r->nwide] = reps;
			r->wide_weight[r->nwide++] = w;
			r->weight_unit = weights[u].unit;
		}
	if (!ok || r->nwide == 0)
		return util_fail(cause, "1: %s", r->fmt->needs);
	return 0;
}

/* "2026/08/11" and "10:56 PM" (or "22:56") into a time stamp. */
static int
stronglifts_when(const char *date, const char *time, hs_minute *out)
{
	char buf[STAMP_BUF + 8], ampm[3] = "";
	int y, m, d, hh = 12, mm = 0, used = 0;

	if (sscanf(date, "%4d/%2d/%2d%n", &y, &m, &d, &used) != 3 || date[used] != '\0')
		return interop_parse_stamp(date, out);
	if (*time != '\0' &&
	    (sscanf(time, "%2d:%2d %2s%n", &hh, &mm, ampm, &used) < 2 || hh < 0 || hh > 23 ||
	        mm < 0 || mm > 59))
		return -1;
	if (util_strcasecmp(ampm, "PM") == 0 && hh >= 1 && hh <= 11)
		hh += 12;
	else if (util_strcasecmp(ampm, "AM") == 0 && hh == 12)
		hh = 0;
	else if (*ampm != '\0' && util_strcasecmp(ampm, "AM") != 0 &&
	    util_strcasecmp(ampm, "PM") != 0)
		return -1;
	snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", y % 10000, m % 100, d % 100, hh % 100,
	    mm % 100);
	return stamp_parse(buf, out, NULL);
}

static int
stronglifts_row(
    struct interop_reader *r, const struct csv_row *row, const char *where, char **cause)
{
	struct interop_cells c = { 0 };
	const char *date = interop_get(r, row, X_DATE), *time = interop_get(r, row, X_TIME);
	char rname[32], wname[32];
	int rc = 0;

	if (stronglifts_when(date, time, &c.at) != 0)
		return interop_bad(cause, where, r->colname[X_DATE],
		    _("a date like 2026/08/11 and a Start Time like 10:56 PM"), date);
	c.exercise = interop_get(r, row, X_EXERCISE);
	c.note = interop_get(r, row, X_NOTE);
	for (int i = 0; i < r->nwide && rc >= 0; i++) {
		c.reps = interop_cell(row, r->wide_reps[i]);
		c.weight = interop_cell(row, r->wide_weight[i]);
		if (*c.reps == '\0')
			continue; /* no such set in this workout */
		if (strcmp(c.reps, "0") == 0 || strcmp(c.reps, "-") == 0) {
			r->stats.missed++;
			continue;
		}
		snprintf(rname, sizeof rname, "Set %d (Reps)", i + 1);
		snprintf(wname, sizeof wname, "Set %d (%s)", i + 1,
		    r->weight_unit == IU_LB ? "LB" : "KG");
		c.reps_name = rname;
		c.weight_name = wname;
		rc = interop_push_cells(r, &c, row->line, where, cause);
	}
	return rc;
}

const struct interop_fmt interop_fmt_stronglifts = {
	.id = INTEROP_STRONGLIFTS,
	.needs = "a StrongLifts export needs the columns Date, Exercise, Set 1 (Reps) and"
	         " Set 1 (KG) or Set 1 (LB)",
	.detect = stronglifts_detect,
	.open = stronglifts_open,
	.row = stronglifts_row,
};
