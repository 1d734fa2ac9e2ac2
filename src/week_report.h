/* week_report.h: `herstel week` output: the calendar as text, TSV or JSON. */
#ifndef HERSTEL_WEEK_REPORT_H
#define HERSTEL_WEEK_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "journal.h"
#include "report.h"
#include "week.h"

struct week_report_opts {
	enum report_format format;
	bool color;    /* ANSI colour for text */
	bool utf8;     /* symbols and bars in UTF-8, else ASCII */
	hs_date today; /* marked in the calendar */
	enum level level;
	double sleep_target;     /* nights under it are flagged */
	double secondary_weight; /* what a secondary set counts, for the grid's legend */
};

/* Print the week: the days, the groups' grid and the verdicts (text); one
 * line per day and a `#` line per verdict (TSV); both as one object (JSON). */
void week_report(FILE *f, const struct week *w, const struct week_verdict *v, size_t nv,
    const struct week_report_opts *o);

#endif
