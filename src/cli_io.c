/* cli_io.c: the commands that move the journal in and out of files:
 * export and import. */
#include "config.h"

#include "cli_io.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "date.h"
#include "export.h"
#include "i18n.h"
#include "import.h"
#include "import_summary.h"
#include "interop.h"
#include "paths.h"
#include "util.h"

/* --from and --to of export: the whole history when not given. */
static int
cli_range(struct cli *c, const struct cli_args *a, hs_date *from, hs_date *to)
{
	hs_date today = stamp_date(c->now);
	char *cause = NULL;

	*from = date_from_ymd(DATE_MIN_YEAR, 1, 1);
	*to = date_from_ymd(DATE_MAX_YEAR, 12, 31);
	if (a->from != NULL && date_parse(a->from, today, from, &cause) != 0)
		return cli_error(c, _("--from: %s"), cause), free(cause), -1;
	if (a->to != NULL && date_parse(a->to, today, to, &cause) != 0)
		return cli_error(c, _("--to: %s"), cause), free(cause), -1;
	if (*from > *to)
		return cli_error(c, _("--from %s is after --to %s"), a->from, a->to), -1;
	return 0;
}

/* What a Strong export could not carry, on stderr (stdout may be the file). */
static void
cli_export_left(const struct cli *c, const struct export_left *l)
{
	if (l->own_groups > 0)
		cli_error(c,
		    _("the Strong format cannot carry the muscle groups of your own exercises (%s);"
		    " export --format csv or json keeps them"),
		    l->own_names);
	if (l->supersets > 0)
		cli_error(c,
		    ngettext("the Strong format cannot carry supersets: %zu set left as a single set",
		        "the Strong format cannot carry supersets: %zu sets left as single sets",
		        l->supersets),
		    l->supersets);
	if (l->soreness + l->sleep > 0)
		cli_error(c,
		    ngettext("the Strong format has no soreness or sleep: %zu record not written"
		             " (export --format csv or json has them)",
		        "the Strong format has no soreness or sleep: %zu records not written"
		        " (export --format csv or json has them)",
		        l->soreness + l->sleep),
		    l->soreness + l->sleep);
}

/* `herstel export`: the journal to stdout or a file (written beside it and
 * renamed into place). */
int
cli_export(struct cli *c, struct cli_args *a)
{
	struct export_opts o = { .units = c->rc.units, .now = c->now, .path = a->output };
	const char *fmt = a->format != NULL ? a->format : c->rc.export_format;
	struct export_left left = { 0 };
	char *cause = NULL;
	size_t n;
	int f;

	if (a->nrest > 0)
		return cli_bad_usage(c,
		    _("export takes no operands"
		    " (use -o FILE)"));
	if ((f = export_format_from_id(fmt)) < 0)
		return cli_error(c, _("--format: expected csv, json or strong, got \"%s\""), fmt);
	o.format = (enum interop_format)f;
	if (cli_range(c, a, &o.from, &o.to) != 0)
		return EXIT_ERROR;
	if (o.format == INTEROP_STRONG)
		o.left = &left;
	if (o.path != NULL && strcmp(o.path, "-") != 0 &&
	    paths_check_destination(o.path, NULL, &cause) != 0)
		return cli_cause(c, cause);
	if (export_run(c->store, &o, &n, &cause) != 0)
		return export_left_free(&left), cli_cause(c, cause);
	if (o.path != NULL && strcmp(o.path, "-") != 0)
		printf(ngettext("exported %zu record to %s\n", "exported %zu records to %s\n", n), n,
		    o.path);
	cli_export_left(c, &left);
	export_left_free(&left);
	return EXIT_OK;
}

/* `herstel import`: all or nothing, one batch that undo takes back. */
int
cli_import(struct cli *c, struct cli_args *a)
{
	struct import_opts o = {
		.format = INTEROP_AUTO, .dry_run = a->dry_run, .units = c->rc.units
	};
	struct import_report rep;
	char *cause = NULL;
	int f = a->format != NULL ? interop_format_from_id(a->format) : INTEROP_AUTO;

	if (a->nrest != 1)
		return cli_bad_usage(
		    c, a->nrest ? _("one FILE only") : _("no FILE given (- reads stdin)"));
	/* The parser has held --format and --units to the table's words. */
	if (a->units != NULL)
		o.units = strcmp(a->units, "lb") == 0 ? UNITS_LB : UNITS_KG;
	o.format = (enum interop_format)f;
	o.path = a->rest[0];
	/* A dry run reads the journal into memory: nothing is made on disk,
	 * not even a new journal's schema. */
	if (!c->demo && cli_open_journal(c, o.dry_run, 0, &cause) != 0)
		return cli_cause(c, cause);
	if (import_run(c->store, c->cat, &o, &rep, &cause) != 0)
		return cli_cause(c, cause);
	import_summary_print(stdout, &rep, strcmp(o.path, "-") == 0 ? _("stdin") : o.path, o.dry_run);
	import_report_free(&rep);
	return EXIT_OK;
}
