/* volume_report.h: `herstel volume` output: the hard sets of each muscle
 * group over the last weeks against the band, as text, TSV or JSON. */
#ifndef HERSTEL_VOLUME_REPORT_H
#define HERSTEL_VOLUME_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "report.h"
#include "volume.h"
#include "week.h"

struct volume_report_opts {
	enum report_format format;
	bool utf8;
	hs_date today; /* a week holding it counts so far */
	double low, high;
};

/* `n` consecutive weeks, oldest first; the last is judged. */
void volume_report(FILE *f, const struct week *weeks, int n, const struct volume_report_opts *o);

#endif
