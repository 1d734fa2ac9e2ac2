/* plates_report.c: the plate calculator for the command line. */
#include "config.h"

#include "plates_report.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

static const char *
pr_unit(const struct plates_inventory *inv)
{
	return inv->units == UNITS_LB ? "lb" : "kg";
}

static void
pr_text(FILE *f, const struct plates_inventory *inv, double target, int exact,
    const struct plates_load *load, const struct plates_load *below,
    const struct plates_load *above, bool utf8)
{
	char t[32], a[32], b[32], how[256], how2[256];
	const char *u = pr_unit(inv);

	util_number_text(target, t, sizeof t);
	if (exact) {
		plates_text(inv, load, utf8, how, sizeof how);
		fprintf(f, "%s %s: %s\n", t, u, how);
		return;
	}
	fprintf(f, _("%s %s cannot be loaded exactly with these plates\n"), t, u);
	if (below->total > 0) {
		util_number_text(below->total, b, sizeof b);
		plates_text(inv, below, utf8, how, sizeof how);
		fprintf(f, _("  below: %s %s: %s\n"), b, u, how);
	} else {
		util_number_text(inv->bar, b, sizeof b);
		fprintf(f, _("  below: nothing, the bar alone weighs %s %s\n"), b, u);
	}
	if (above->total > 0) {
		util_number_text(above->total, a, sizeof a);
		plates_text(inv, above, utf8, how2, sizeof how2);
		fprintf(f, _("  above: %s %s: %s\n"), a, u, how2);
	} else
		fprintf(f, "%s\n", _("  above: nothing, every plate is on the bar"));
}

/* The plates of one side: "25 25 20 1.25" (TSV) or "[25,25,20,1.25]". */
static void
pr_side(FILE *f, const struct plates_load *l, bool json)
{
	char n[32];

	if (json)
		fputc('[', f);
	for (size_t i = 0; i < l->n; i++) {
		util_number_text(l->side[i], n, sizeof n);
		fprintf(f, "%s%s", i == 0 ? "" : json ? "," : " ", n);
	}
	if (json)
		fputc(']', f);
}

static void
pr_row(FILE *f, const struct plates_inventory *inv, double target, const char *what,
    const struct plates_load *l, enum report_format format, bool first)
{
	char t[32], tot[32], bar[32];

	util_number_text(target, t, sizeof t);
	util_number_text(l->total, tot, sizeof tot);
	util_number_text(inv->bar, bar, sizeof bar);
	if (format == REPORT_TSV) {
		fprintf(f, "%s\t%s\t%s\t%s\t%s\t", t, pr_unit(inv), what, tot, bar);
		pr_side(f, l, false);
		fputc('\n', f);
		return;
	}
	fprintf(f, "%s{\"load\":\"%s\",\"total\":%s,\"side\":", first ? "" : ",", what, tot);
	pr_side(f, l, true);
	fputc('}', f);
}

void
plates_report(FILE *f, const struct plates_inventory *inv, double target, int exact,
    const struct plates_load *load, const struct plates_load *below,
    const struct plates_load *above, enum report_format format, bool utf8)
{
	char t[32], bar[32];
	bool first = true;

	if (format == REPORT_TEXT) {
		pr_text(f, inv, target, exact, load, below, above, utf8);
		return;
	}
	util_number_text(target, t, sizeof t);
	util_number_text(inv->bar, bar, sizeof bar);
	if (format == REPORT_TSV)
		fputs("weight\tunits\tload\ttotal\tbar\tside\n", f);
	else
		fprintf(f, "{\"weight\":%s,\"units\":\"%s\",\"bar\":%s,\"exact\":%s,\"loads\":[", t,
		    pr_unit(inv), bar, exact ? "true" : "false");
	if (exact)
		pr_row(f, inv, target, "exact", load, format, true);
	else {
		if (below->total > 0) {
			pr_row(f, inv, target, "below", below, format, first);
			first = false;
		}
		if (above->total > 0)
			pr_row(f, inv, target, "above", above, format, first);
	}
	if (format == REPORT_JSON)
		fputs("]}\n", f);
}
