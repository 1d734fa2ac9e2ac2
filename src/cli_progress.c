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
#include "util.h"

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
