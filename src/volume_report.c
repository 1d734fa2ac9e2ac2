/* volume_report.c: the weekly volume per group for the command line. The
 * figures and verdicts are the volume core's; this lays them out. */
#include "config.h"

#include "volume_report.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

#define VOLUME_WEEKS_MAX 26

/* Every group's sets in each week, its verdict on the last and its trend. */
struct vr_group {
	double sets[VOLUME_WEEKS_MAX];
	enum volume_verdict verdict;
	enum volume_trend trend;
};

static void
vr_collect(const struct week *weeks, int n, const struct volume_report_opts *o,
    struct vr_group g[GROUP_COUNT])
{
	double week[GROUP_COUNT];

	for (int i = 0; i < n; i++) {
		volume_of_week(&weeks[i], o->today, week);
		for (int k = 0; k < GROUP_COUNT; k++)
			g[k].sets[i] = week[k];
	}
	for (int k = 0; k < GROUP_COUNT; k++) {
		g[k].verdict = volume_judge(g[k].sets[n - 1], o->low, o->high);
		g[k].trend = volume_trend(g[k].sets, (size_t)n);
	}
}

static void
vr_text(FILE *f, const struct week *weeks, int n, const struct volume_report_opts *o,
    const struct vr_group g[GROUP_COUNT])
{
	char lo[32], hi[32], num[32], head[16];
	int y, m, d;
	bool running = weeks[n - 1].first + WEEK_DAYS - 1 >= o->today;

	util_number_text(o->low, lo, sizeof lo);
	util_number_text(o->high, hi, sizeof hi);
	fprintf(f, _("hard sets a week per group, a secondary set counted in part; target %s-%s\n"),
	    lo, hi);
	fprintf(f, "%-12s", "");
	for (int i = 0; i < n; i++) {
		date_to_ymd(weeks[i].first, &y, &m, &d);
		snprintf(head, sizeof head, "%d %s", d, date_month_name(m));
		fprintf(f, " %7s", head);
	}
	fprintf(f, "  %-14s %s\n", running ? _("so far") : _("verdict"), _("trend"));
	for (int k = 0; k < GROUP_COUNT; k++) {
		char cell[64];
		const char *name = group_name(k);
		int pad = 12 - (int)util_chars(name);

		fprintf(f, "%s%*s", name, pad > 0 ? pad : 0, "");
		for (int i = 0; i < n; i++) {
			if (g[k].sets[i] > 0)
				snprintf(num, sizeof num, "%.1f", g[k].sets[i]);
			else
				snprintf(num, sizeof num, "-");
			fprintf(f, " %7s", num);
		}
		snprintf(cell, sizeof cell, "%s %s", volume_verdict_symbol(g[k].verdict, o->utf8),
		    volume_verdict_word(g[k].verdict));
		pad = 14 - (int)util_chars(cell);
		fprintf(f, "  %s%*s %s\n", cell, pad > 0 ? pad : 0, "", volume_trend_word(g[k].trend));
	}
}

static void
vr_machine(FILE *f, const struct week *weeks, int n, const struct volume_report_opts *o,
    const struct vr_group g[GROUP_COUNT], bool json)
{
	char date[DATE_BUF], lo[32], hi[32];

	util_number_text(o->low, lo, sizeof lo);
	util_number_text(o->high, hi, sizeof hi);
	if (!json)
		fputs("group\tweek\tsets\tverdict\ttrend\n", f);
	else {
		fprintf(f, "{\"low\":%s,\"high\":%s,\"weeks\":[", lo, hi);
		for (int i = 0; i < n; i++) {
			date_format(weeks[i].first, date);
			fprintf(f, "%s\"%s\"", i ? "," : "", date);
		}
		fputs("],\"groups\":[", f);
	}
	for (int k = 0; k < GROUP_COUNT; k++) {
		if (json)
			fprintf(f, "%s{\"group\":\"%s\",\"sets\":[", k ? "," : "", group_id(k));
		for (int i = 0; i < n; i++) {
			date_format(weeks[i].first, date);
			if (json)
				fprintf(f, "%s%.1f", i ? "," : "", g[k].sets[i]);
			else
				fprintf(f, "%s\t%s\t%.1f\t%s\t%s\n", group_id(k), date, g[k].sets[i],
				    volume_verdict_id(volume_judge(g[k].sets[i], o->low, o->high)),
				    volume_trend_id(g[k].trend));
		}
		if (json)
			fprintf(f, "],\"verdict\":\"%s\",\"trend\":\"%s\"}",
			    volume_verdict_id(g[k].verdict), volume_trend_id(g[k].trend));
	}
	if (json)
		fputs("]}\n", f);
}

void
volume_report(FILE *f, const struct week *weeks, int n, const struct volume_report_opts *o)
{
	struct vr_group *g = xcalloc(GROUP_COUNT, sizeof *g);

	if (n > VOLUME_WEEKS_MAX)
		n = VOLUME_WEEKS_MAX;
	vr_collect(weeks, n, o, g);
	if (o->format == REPORT_TEXT)
		vr_text(f, weeks, n, o, g);
	else
		vr_machine(f, weeks, n, o, g, o->format == REPORT_JSON);
	free(g);
}
