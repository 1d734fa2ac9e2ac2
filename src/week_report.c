/* week_report.c: the week calendar for the command line: text, TSV and JSON.
 *
 * The text draws what the week view shows, in 80 columns: a row per fact
 * (kind, hard sets, sleep, soreness), a row per group trained, the groups
 * not trained folded into one line, then the verdicts. Symbols and words
 * carry the meaning; colour only repeats it. */
#include "config.h"

#include "week_report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

#define WR_LABEL (GROUP_NAME_MAX + 1) /* label column: a group's name and a gap */
#define WR_CELL 10                    /* a day's column; the last one's gap is trimmed */

#define WR_RESET "\033[0m"
static const char *const wr_load_ansi[LOAD_COUNT] = {
	"",
	"\033[32m",
	"\033[33m",
	"\033[31m",
};
static const char *const wr_verdict_ansi[] = {
	[VERDICT_OK] = "\033[32m",
	[VERDICT_WARN] = "\033[1;33m",
	[VERDICT_INFO] = "",
};

/* Columns of the first n bytes of `s`. */
static size_t
week_report_cols_n(const char *s, size_t n)
{
	size_t cols = 0;

	for (size_t i = 0; i < n; i++)
		cols += ((unsigned char)s[i] & 0xc0) != 0x80;
	return cols;
}

/* Append `s` in `ansi` (none when NULL or without colour), padded to width. */
static void
week_report_pad(struct strbuf *sb, const char *s, size_t width, const char *ansi,
    const struct week_report_opts *o)
{
	bool paint = o->color && ansi != NULL && ansi[0] != '\0';
	size_t cols = util_chars(s);

	strbuf_printf(sb, "%s%s%s", paint ? ansi : "", s, paint ? WR_RESET : "");
	for (; cols < width; cols++)
		strbuf_add(sb, " ", 1);
}

/* Print a line without its trailing blanks, and start the next one. */
static void
week_report_flush(FILE *f, struct strbuf *sb)
{
	while (sb->len > 0 && sb->buf[sb->len - 1] == ' ')
		sb->buf[--sb->len] = '\0';
	fprintf(f, "%s\n", sb->buf);
	sb->len = 0;
	sb->buf[0] = '\0';
}

/* The title and the row of day names, today marked with `*`. */
static void
week_report_head(FILE *f, const struct week *w, const struct week_report_opts *o, struct strbuf *sb)
{
	char range[64], cell[32];
	bool has_today = o->today >= w->first && o->today < w->first + WEEK_DAYS;
	int y, m, d;

	week_range_text(w, range, sizeof range);
	fprintf(f, _("%sweek %d%s   %s   %s%s\n"), o->color ? "\033[1m" : "", w->iso_week,
	    o->color ? WR_RESET : "", range, level_word(o->level),
	    has_today ? _("   (* today)") : "");
	week_report_pad(sb, "", WR_LABEL, NULL, o);
	for (int i = 0; i < WEEK_DAYS; i++) {
		date_to_ymd(w->day[i].date, &y, &m, &d);
		snprintf(cell, sizeof cell, "%s %d%s",
		    date_weekday_name(date_weekday(w->day[i].date)), d,
		    w->day[i].date == o->today ? "*" : "");
		week_report_pad(
		    sb, cell, WR_CELL, w->day[i].date == o->today ? "\033[7m" : NULL, o);
	}
	week_report_flush(f, sb);
}

/* The rows of facts per day: kind, hard sets, sleep, soreness. */
static void
week_report_facts(
    FILE *f, const struct week *w, const struct week_report_opts *o, struct strbuf *sb)
{
	char cell[32];

	for (int row = 0; row < 4; row++) {
		/* TRANSLATORS: the labels of the week's rows, at most 10 characters. */
		static const char *const labels[] = { N_("day"), N_("sets"), N_("sleep"),
			N_("sore") };

		week_report_pad(sb, _(labels[row]), WR_LABEL, NULL, o);
		for (int i = 0; i < WEEK_DAYS; i++) {
			const struct week_day *d = &w->day[i];
			bool short_night = d->has_sleep && d->sleep_hours < o->sleep_target;

			if (row == 0)
				snprintf(cell, sizeof cell, "%s %s",
				    week_kind_symbol(d->kind, o->utf8), week_kind_word(d->kind));
			else if (row == 1 && d->hard_sets > 0)
				snprintf(cell, sizeof cell, "%d", d->hard_sets);
			else if (row == 2 && d->has_sleep)
				snprintf(cell, sizeof cell, "%.1f%s", d->sleep_hours,
				    short_night ? " !" : "");
			else if (row == 3)
				week_sore_text(d, WR_CELL - 1, cell, sizeof cell);
			else
				snprintf(cell, sizeof cell, "-");
			week_report_pad(sb, cell, WR_CELL,
			    row == 2 && short_night ? wr_load_ansi[LOAD_MODERATE] : NULL, o);
		}
		week_report_flush(f, sb);
	}
}

/* A list under the grid, in the cells' column: wrapped after its commas,
 * never inside a name ("mid back"), so the calendar stays in 80 columns. */
static void
week_report_wrap(FILE *f, const char *text)
{
	size_t width = WEEK_DAYS * WR_CELL - 1, used = 0, n;
	const char *p = text, *comma;

	fprintf(f, "%-*s", WR_LABEL, "");
	while (*p != '\0') {
		comma = strstr(p, ", ");
		n = comma != NULL ? (size_t)(comma - p) + 1 : strlen(p); /* "chest," */
		if (used > 0 && used + 1 + week_report_cols_n(p, n) > width) {
			fprintf(f, "\n%-*s", WR_LABEL, "");
			used = 0;
		} else if (used > 0) {
			fputc(' ', f);
			used++;
		}
		fwrite(p, 1, n, f);
		used += week_report_cols_n(p, n);
		p += n;
		while (*p == ' ')
			p++;
	}
	fputc('\n', f);
}

/* The grid: a row per group hit this week, the others on one line, and
 * what its numbers count. */
static void
week_report_grid(FILE *f, const struct week *w, const struct week_report_opts *o, struct strbuf *sb)
{
	char share[16];
	bool any = false;

	struct strbuf rest;
	char cell[64];
	bool hit;

	strbuf_init(&rest);
	for (int g = 0; g < GROUP_COUNT; g++) {
		hit = false;
		for (int i = 0; i < WEEK_DAYS; i++)
			hit = hit || w->day[i].sets[g] > 0;
		if (!hit) {
			strbuf_printf(
			    &rest, "%s%s", rest.len ? ", " : "", group_name((enum group)g));
			continue;
		}
		any = true;
		week_report_pad(sb, group_name((enum group)g), WR_LABEL, NULL, o);
		for (int i = 0; i < WEEK_DAYS; i++) {
			week_cell_text(&w->day[i], (enum group)g, o->utf8, cell, sizeof cell);
			week_report_pad(sb, cell, WR_CELL,
			    wr_load_ansi[week_load_of(&w->day[i], (enum group)g)], o);
		}
		week_report_flush(f, sb);
	}
	if (rest.len > 0) {
		char *line = xasprintf(_("not trained: %s"), rest.buf);

		week_report_wrap(f, line);
		free(line);
	}
	strbuf_free(&rest);
	recovery_share_text(o->secondary_weight, share, sizeof share);
	if (any) {
		fprintf(f, "%-*s", WR_LABEL, "");
		fprintf(f, _("(hard sets per group and day; a secondary set counts %s)\n"), share);
	}
}

/* The calendar and the verdicts, for people. */
static void
week_report_text(FILE *f, const struct week *w, const struct week_verdict *v, size_t nv,
    const struct week_report_opts *o)
{
	struct strbuf sb;

	strbuf_init(&sb);
	week_report_head(f, w, o, &sb);
	week_report_facts(f, w, o, &sb);
	week_report_grid(f, w, o, &sb);
	strbuf_free(&sb);
	if (nv > 0)
		fputc('\n', f);
	for (size_t i = 0; i < nv; i++) {
		bool paint = o->color && wr_verdict_ansi[v[i].kind][0] != '\0';

		fprintf(f, "%s%s%s %s\n", paint ? wr_verdict_ansi[v[i].kind] : "",
		    week_verdict_symbol(v[i].kind, o->utf8), paint ? WR_RESET : "", v[i].text);
	}
}

/* The groups trained on a day, comma-separated ids, "-" for none. */
static void
week_report_groups(const struct week_day *d, const char *sep, const char *quote, struct strbuf *sb)
{
	int n = 0;

	for (int g = 0; g < GROUP_COUNT; g++)
		if (week_trained(d, (enum group)g))
			strbuf_printf(
			    sb, "%s%s%s%s", n++ ? sep : "", quote, group_id((enum group)g), quote);
	if (n == 0 && quote[0] == '\0')
		strbuf_puts(sb, "-");
}

/* A line per day, then a `#` line per verdict. */
static void
week_report_tsv(FILE *f, const struct week *w, const struct week_verdict *v, size_t nv)
{
	struct strbuf sb;
	char date[DATE_BUF], sleep[16], sore[16];

	fputs("date\tkind\tgroups\thard_sets\tsleep_hours\tmax_soreness\n", f);
	strbuf_init(&sb);
	for (int i = 0; i < WEEK_DAYS; i++) {
		const struct week_day *d = &w->day[i];

		sb.len = 0;
		sb.buf[0] = '\0';
		week_report_groups(d, ",", "", &sb);
		date_format(d->date, date);
		strcpy(sleep, "-");
		strcpy(sore, "-");
		if (d->has_sleep)
			snprintf(sleep, sizeof sleep, "%.1f", d->sleep_hours);
		if (d->max_soreness >= 0)
			snprintf(sore, sizeof sore, "%d", d->max_soreness);
		fprintf(f, "%s\t%s\t%s\t%d\t%s\t%s\n", date, day_kind_id(d->kind), sb.buf,
		    d->hard_sets, sleep, sore);
	}
	strbuf_free(&sb);
	for (size_t i = 0; i < nv; i++)
		fprintf(f, "# %s\t%s\n", week_verdict_word(v[i].kind), v[i].text);
}

/* One day as a JSON object. */
static void
week_report_json_day(FILE *f, const struct week_day *d, hs_date today)
{
	struct strbuf sb;
	char date[DATE_BUF];
	const char *sep = "";

	date_format(d->date, date);
	strbuf_init(&sb);
	week_report_groups(d, ",", "\"", &sb);
	fprintf(f,
	    "{\"date\":\"%s\",\"today\":%s,\"kind\":\"%s\",\"logged\":\"%s\","
	    "\"groups\":[%s],\"hard_sets\":%d,\"sets\":[",
	    date, d->date == today ? "true" : "false", day_kind_id(d->kind), day_kind_id(d->logged),
	    sb.buf, d->hard_sets);
	strbuf_free(&sb);
	for (int g = 0; g < GROUP_COUNT; g++) {
		if (d->sets[g] <= 0)
			continue;
		fprintf(f, "%s{\"group\":\"%s\",\"sets\":%g,\"need_ratio\":%.2f,\"load\":\"%s\"}",
		    sep, group_id((enum group)g), d->sets[g], d->need[g],
		    week_load_id(week_load_of(d, (enum group)g)));
		sep = ",";
	}
	if (d->has_sleep)
		fprintf(f, "],\"sleep_hours\":%.1f", d->sleep_hours);
	else
		fputs("],\"sleep_hours\":null", f);
	fputs(",\"max_soreness\":", f);
	if (d->max_soreness >= 0)
		fprintf(f, "%d,\"sore_group\":\"%s\"}", d->max_soreness,
		    group_id((enum group)d->sore_group));
	else
		fputs("null,\"sore_group\":null}", f);
}

/* The week, its days and its verdicts as one object. */
static void
week_report_json(FILE *f, const struct week *w, const struct week_verdict *v, size_t nv,
    const struct week_report_opts *o)
{
	char first[DATE_BUF], last[DATE_BUF];

	date_format(w->first, first);
	date_format(w->first + WEEK_DAYS - 1, last);
	fprintf(f,
	    "{\"iso_week\":%d,\"iso_year\":%d,\"first\":\"%s\",\"last\":\"%s\","
	    "\"level\":\"%s\",\"sleep_target\":%.1f,\"days\":[",
	    w->iso_week, w->iso_year, first, last, level_id(o->level), o->sleep_target);
	for (int i = 0; i < WEEK_DAYS; i++) {
		if (i > 0)
			fputc(',', f);
		week_report_json_day(f, &w->day[i], o->today);
	}
	fputs("],\"verdicts\":[", f);
	for (size_t i = 0; i < nv; i++) {
		fprintf(f, "%s{\"rule\":\"%s\",\"status\":\"%s\",\"evidence\":", i ? "," : "",
		    week_verdict_rule_id(v[i].rule), week_verdict_word(v[i].kind));
		report_json_string(f, v[i].text);
		fputc('}', f);
	}
	fputs("]}\n", f);
}

/* Print the week in the chosen format. */
void
week_report(FILE *f, const struct week *w, const struct week_verdict *v, size_t nv,
    const struct week_report_opts *o)
{
	switch (o->format) {
	case REPORT_TEXT:
		week_report_text(f, w, v, nv, o);
		break;
	case REPORT_TSV:
		week_report_tsv(f, w, v, nv);
		break;
	case REPORT_JSON:
		week_report_json(f, w, v, nv, o);
		break;
	}
}
