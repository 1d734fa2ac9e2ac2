/* history_report.c: one exercise's history for the command line. The
 * sessions and records are the progress core's (svc_history); this only
 * lays them out. */
#include "config.h"

#include "history_report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

#define HISTORY_CHART_MAX 512

/* The ids of the records, as TSV and JSON name them. */
static const char *const history_record_ids[1 + PROGRESS_REP_MAXES] = { "e1rm", "1rm", "3rm",
	"5rm", "10rm" };

static double
hr_in(double kg, enum units units)
{
	return units == UNITS_LB ? kg / KG_PER_LB : kg;
}

static const char *
hr_unit(enum units units)
{
	return units == UNITS_LB ? "lb" : "kg";
}

void
history_records_text(const struct progress_session *p, enum units units, char *buf, size_t len)
{
	char num[32];
	size_t used = 0;

	char reps[32] = "";
	size_t r = 0;

	buf[0] = '\0';
	if (p->prs & PROGRESS_PR_E1RM) {
		util_number_text(hr_in(p->pr_e1rm_gain, units), num, sizeof num);
		used += (size_t)snprintf(buf, len, _("e1RM +%s %s"), num, hr_unit(units));
	}
	/* The rep maxes as one word, "1/3/5RM": the column stays narrow. */
	for (int i = 0; i < PROGRESS_REP_MAXES; i++)
		if (p->prs & PROGRESS_PR_REPS(i))
			r += (size_t)snprintf(reps + r, sizeof reps - r, "%s%d", r ? "/" : "",
			    progress_rep_max_reps[i]);
	if (r > 0 && used < len)
		snprintf(buf + used, len - used, _("%s%sRM"), used ? ", " : "", reps);
}

void
history_pr_text(const char *exercise, const struct progress_session *p, enum units units,
    char *buf, size_t len)
{
	char e[32], g[32], reps[64] = "";
	size_t used = 0;

	buf[0] = '\0';
	if (p->prs == 0)
		return;
	for (int i = 0; i < PROGRESS_REP_MAXES; i++)
		if (p->prs & PROGRESS_PR_REPS(i))
			used += (size_t)snprintf(reps + used, sizeof reps - used, _("%s%dRM"),
			    used ? ", " : "", progress_rep_max_reps[i]);
	util_number_text(hr_in(p->e1rm, units), e, sizeof e);
	util_number_text(hr_in(p->pr_e1rm_gain, units), g, sizeof g);
	if ((p->prs & PROGRESS_PR_E1RM) && reps[0] != '\0')
		snprintf(buf, len, _("PR: %s e1RM %s %s (+%s), %s"), exercise, e, hr_unit(units), g,
		    reps);
	else if (p->prs & PROGRESS_PR_E1RM)
		snprintf(buf, len, _("PR: %s e1RM %s %s (+%s)"), exercise, e, hr_unit(units), g);
	else
		snprintf(buf, len, _("PR: %s %s"), exercise, reps);
}

void
history_date_text(hs_date d, char *buf, size_t len)
{
	int y, m, day;

	date_to_ymd(d, &y, &m, &day);
	snprintf(buf, len, "%s %d %s %d", date_weekday_name(date_weekday(d)), day,
	    date_month_name(m), y);
}

/* The table's columns; `wide`: the date with its weekday, else without
 * (the screen's narrow windows), so that the records fit. A column's
 * heading is as wide as its widest cell. */
void
history_table_head(bool wide, char *buf, size_t len)
{
	snprintf(buf, len, "%-*s %4s  %-14s %7s %*s  %s", wide ? 16 : 11, _("date"), _("sets"),
	    _("best set"), "e1RM", wide ? 9 : 8, _("volume"), _("records"));
}

void
history_table_row(const struct svc_history *h, const struct progress_session *p,
    enum units units, bool utf8, bool wide, char *buf, size_t len)
{
	char date[40], best[64], e1rm[32], vol[32], rec[128];
	const char *shown = date;

	history_date_text(p->date, date, sizeof date);
	if (!wide) /* "Tue 17 Nov 2026" without "Tue " */
		shown = strchr(date, ' ') + 1;
	history_best_text(h, p, units, utf8, best, sizeof best);
	if (p->e1rm > 0)
		util_number_text(hr_in(p->e1rm, units), e1rm, sizeof e1rm);
	else
		snprintf(e1rm, sizeof e1rm, "-");
	util_number_text(hr_in(p->volume, units), vol, sizeof vol);
	history_records_text(p, units, rec, sizeof rec);
	/* A record has a star and its words: no colour needed. */
	snprintf(buf, len, "%-*s %4d  %-*s %7s %*s  %s%s", wide ? 16 : 11, shown, p->sets,
	    14 + (int)(strlen(best) - util_chars(best)), best, e1rm, wide ? 9 : 8, vol,
	    rec[0] != '\0' ? (utf8 ? "\u2605 " : "* ") : "", rec);
}

/* The best set of a session for people: "100 × 5 @8". */
void
history_best_text(const struct svc_history *h, const struct progress_session *p,
    enum units units, bool utf8, char *buf, size_t len)
{
	const struct set_record *r;
	char num[32], rpe[16] = "";

	if (p->best < 0) {
		snprintf(buf, len, "-");
		return;
	}
	r = &h->sets[p->best];
	util_number_text(hr_in(r->weight_kg, units), num, sizeof num);
	if (r->rpe > 0)
		snprintf(rpe, sizeof rpe, " @%g", r->rpe);
	snprintf(buf, len, "%s %s %d%s", num, utf8 ? "\u00d7" : "x", r->reps, rpe);
}

size_t
history_e1rm_series(const struct svc_history *h, enum units units, size_t max, double *v,
    double *lo, double *hi)
{
	size_t n = 0, first;

	/* The last sessions with an e1RM, as many as the chart has columns at
	 * most: older ones are in the table. */
	for (size_t i = 0; i < h->nsessions; i++)
		n += h->sessions[i].e1rm > 0;
	first = n > max ? n - max : 0;
	n = 0;
	*lo = *hi = 0;
	for (size_t i = 0, k = 0; i < h->nsessions; i++) {
		if (h->sessions[i].e1rm <= 0 || k++ < first)
			continue;
		v[n] = hr_in(h->sessions[i].e1rm, units);
		*lo = n == 0 || v[n] < *lo ? v[n] : *lo;
		*hi = n == 0 || v[n] > *hi ? v[n] : *hi;
		n++;
	}
	return n;
}

static void
hr_chart(FILE *f, const struct svc_history *h, const struct history_report_opts *o)
{
	double v[HISTORY_CHART_MAX], lo, hi;
	char *rows[16], hi_text[32], lo_text[32];
	size_t n;
	int height = o->chart_height < 1 ? 1 : o->chart_height > 16 ? 16 : o->chart_height;
	int width = o->chart_width < 8 ? 8 : o->chart_width > HISTORY_CHART_MAX ? HISTORY_CHART_MAX
	                                                                     : o->chart_width;

	n = history_e1rm_series(h, o->units, (size_t)width, v, &lo, &hi);
	if (n < 2) /* one bar says nothing the table does not */
		return;
	for (int r = 0; r < height; r++)
		rows[r] = xmalloc(4 * (size_t)width + 1);
	progress_chart(v, n, width, height, o->utf8, rows);
	util_number_text(hi, hi_text, sizeof hi_text);
	util_number_text(lo, lo_text, sizeof lo_text);
	fprintf(f,
	    ngettext("e1RM in %s, the best set of the last %zu session:\n",
	        "e1RM in %s, the best set of each of the last %zu sessions:\n", (unsigned long)n),
	    hr_unit(o->units), n);
	for (int r = 0; r < height; r++) {
		const char *label = r == 0 ? hi_text : r == height - 1 ? lo_text : "";

		fprintf(f, "%7s %s %s\n", label, o->utf8 ? "\u2502" : "|", rows[r]);
		free(rows[r]);
	}
}

static void
hr_text(FILE *f, const char *exercise, const struct svc_history *h,
    const struct history_report_opts *o)
{
	char from[40], to[40], line[512];

	if (h->nsessions == 0) {
		fprintf(f, _("%s: not logged yet\n"), exercise);
		return;
	}
	history_date_text(h->sessions[0].date, from, sizeof from);
	history_date_text(h->sessions[h->nsessions - 1].date, to, sizeof to);
	fprintf(f,
	    ngettext("%s: %zu session, %s to %s\n", "%s: %zu sessions, %s to %s\n",
	        (unsigned long)h->nsessions),
	    exercise, h->nsessions, from, to);
	if (h->unknown_load > 0)
		fprintf(f,
		    ngettext("%zu set at body weight is in no e1RM, volume or record: herstel "
		             "knows no body weight\n",
		        "%zu sets at body weight are in no e1RM, volume or record: herstel "
		        "knows no body weight\n",
		        (unsigned long)h->unknown_load),
		    h->unknown_load);
	hr_chart(f, h, o);
	history_table_head(true, line, sizeof line);
	fprintf(f, "%s\n", line);
	for (size_t i = 0; i < h->nsessions; i++) {
		history_table_row(h, &h->sessions[i], o->units, o->utf8, true, line, sizeof line);
		fprintf(f, "%s\n", line);
	}
}

/* The record ids of a session, comma-separated, "" when none. */
static void
hr_record_ids(const struct progress_session *p, const char *sep, const char *quote, FILE *f)
{
	int n = 0;

	if (p->prs & PROGRESS_PR_E1RM)
		fprintf(f, "%s%s%s", quote, history_record_ids[0], quote), n++;
	for (int i = 0; i < PROGRESS_REP_MAXES; i++)
		if (p->prs & PROGRESS_PR_REPS(i))
			fprintf(f, "%s%s%s%s", n++ ? sep : "", quote, history_record_ids[1 + i], quote);
}

static void
hr_machine(FILE *f, const char *exercise, const struct svc_history *h, bool json)
{
	char date[DATE_BUF], w[32], e[32], v[32], g[32];

	if (json) {
		fputs("{\"exercise\":", f);
		report_json_string(f, exercise);
		fprintf(f, ",\"unknown_load_sets\":%zu,\"sessions\":[", h->unknown_load);
	} else
		fputs("date\tsets\tbest_weight_kg\tbest_reps\tbest_rpe\te1rm_kg\tvolume_kg\trecords\n",
		    f);
	for (size_t i = 0; i < h->nsessions; i++) {
		const struct progress_session *p = &h->sessions[i];
		const struct set_record *b = p->best >= 0 ? &h->sets[p->best] : NULL;

		date_format(p->date, date);
		util_number_text(b != NULL ? b->weight_kg : 0, w, sizeof w);
		util_number_text(p->e1rm, e, sizeof e);
		util_number_text(p->volume, v, sizeof v);
		util_number_text(p->pr_e1rm_gain, g, sizeof g);
		if (!json) {
			fprintf(f, "%s\t%d\t%s\t%d\t%g\t%s\t%s\t", date, p->sets, b ? w : "",
			    b ? b->reps : 0, b ? b->rpe : 0, e, v);
			if (p->prs == 0)
				fputc('-', f);
			hr_record_ids(p, ",", "", f);
			fputc('\n', f);
			continue;
		}
		fprintf(f, "%s{\"date\":\"%s\",\"sets\":%d,\"best\":", i ? "," : "", date, p->sets);
		if (b != NULL)
			fprintf(f, "{\"weight_kg\":%s,\"reps\":%d,\"rpe\":%g}", w, b->reps, b->rpe);
		else
			fputs("null", f);
		fprintf(f, ",\"e1rm_kg\":%s,\"volume_kg\":%s,\"records\":[", e, v);
		hr_record_ids(p, ",", "\"", f);
		fprintf(f, "],\"e1rm_gain_kg\":%s}", g);
	}
	if (json)
		fputs("]}\n", f);
}

void
history_report(FILE *f, const char *exercise, const struct svc_history *h,
    const struct history_report_opts *o)
{
	if (o->format == REPORT_TEXT)
		hr_text(f, exercise, h, o);
	else
		hr_machine(f, exercise, h, o->format == REPORT_JSON);
}
