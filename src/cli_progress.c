/* cli_progress.c: `herstel history`. The sessions, records and chart are
 * svc_history's and history_report's; this reads the operand and prints. */
#include "config.h"

#include "cli_progress.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "history_report.h"
#include "i18n.h"
#include "svc.h"
#include "volume_report.h"
#include "util.h"

int
cli_volume(struct cli *c, struct cli_args *a)
{
	struct volume_report_opts o = { .format = REPORT_TEXT,
		.utf8 = cli_utf8(),
		.low = c->rc.volume_low,
		.high = c->rc.volume_high };
	struct svc_week *sw;
	struct week *weeks;
	char *cause = NULL;
	hs_date day;
	long n = 4;

	if (a->nrest > 0)
		return cli_bad_usage(c, _("volume takes no operands"));
	if (a->format != NULL)
		o.format = (enum report_format)cli_pick(c, "format", a->format);
	if (a->weeks != NULL && util_parse_long(a->weeks, 1, 26, &n) != 0)
		return cli_error(c, _("--weeks: expected 1 to 26, got \"%s\""), a->weeks);
	o.today = day = stamp_date(c->now);
	if (a->date != NULL && date_parse(a->date, o.today, &day, &cause) != 0)
		return cli_error(c, _("--date: %s"), cause), free(cause), EXIT_ERROR;
	sw = xcalloc((size_t)n, sizeof *sw);
	weeks = xcalloc((size_t)n, sizeof *weeks);
	if (svc_weeks(c->store, &c->rc, week_start_date(day, c->rc.week_start) - 7 * ((int)n - 1),
	        (int)n, c->now, o.today, sw, &cause) != 0) {
		free(sw);
		free(weeks);
		return cli_cause(c, cause);
	}
	for (long i = 0; i < n; i++)
		weeks[i] = sw[i].w;
	volume_report(stdout, weeks, (int)n, &o);
	free(sw);
	free(weeks);
	return EXIT_OK;
}

int
cli_history(struct cli *c, struct cli_args *a)
{
	struct history_report_opts o = { .format = REPORT_TEXT,
		.utf8 = cli_utf8(),
		.units = c->rc.units,
		.chart_width = 60,
		.chart_height = 6 };
	const struct exercise_def *def;
	struct svc_history h;
	struct strbuf name;
	char *cause = NULL;

	if (a->nrest < 1)
		return cli_bad_usage(c, _("history needs an exercise, e.g. herstel history squat"));
	if (a->format != NULL)
		o.format = (enum report_format)cli_pick(c, "format", a->format);
	/* "history bench press" unquoted is one name. */
	strbuf_init(&name);
	for (int i = 0; i < a->nrest; i++)
		strbuf_printf(&name, "%s%s", i ? " " : "", a->rest[i]);
	def = catalogue_find(c->cat, name.buf, &cause);
	strbuf_free(&name);
	if (def == NULL)
		return cli_cause(c, cause);
	if (svc_history(c->store, &c->rc, def, &h, &cause) != 0)
		return cli_cause(c, cause);
	history_report(stdout, def->name, &h, &o);
	svc_history_free(&h);
	return EXIT_OK;
}
