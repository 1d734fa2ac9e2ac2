/* calendar_report.c: the month and year calendars for the command line.
 *
 * The month is rows of weeks, each day "12*^14": its date, a star on today,
 * its kind's symbol and its hard sets; a day without training before today
 * shows the rest symbol, so rest days stand out without colour. The year is
 * a heat map like a contribution graph: a character per day, one per level
 * of hard sets, each level its own character (calendar_heat_symbol). */
#include "config.h"

#include "calendar_report.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

#define CR_CELL 8 /* a day's column in the month */

/* The day at date d among the weeks from `first`. */
static const struct week_day *
cr_day(const struct week *weeks, hs_date first, hs_date d)
{
	long i = d - first;

	return &weeks[i / WEEK_DAYS].day[i % WEEK_DAYS];
}

const char *
calendar_day_symbol(const struct week_day *d, hs_date today, bool utf8)
{
	if (d->kind == DAY_UNSET && !d->training && d->date < today)
		return week_kind_symbol(DAY_REST, utf8);
	return week_kind_symbol(d->kind, utf8);
}

static void
cr_pad(FILE *f, const char *s, size_t width)
{
	size_t n = util_chars(s);

	fputs(s, f);
	for (; n < width; n++)
		fputc(' ', f);
}

int
calendar_week_days(const struct week *w, hs_date today, enum level level, bool *off)
{
	int n = 0, min, max;

	for (int i = 0; i < WEEK_DAYS; i++)
		n += w->day[i].date <= today && w->day[i].training;
	level_days(level, &min, &max);
	*off = n > max || (w->day[WEEK_DAYS - 1].date < today && n < min);
	return n;
}

static void
cr_month_text(FILE *f, const struct calendar_month *m, const struct week *weeks,
    const struct calendar_report_opts *o)
{
	char cell[32], head[64];
	int min, max;

	level_days(o->level, &min, &max);
	snprintf(head, sizeof head, "%s %d", date_month_name(m->month), m->year);
	cr_pad(f, head, 6 + 7 * CR_CELL);
	fprintf(f, _("%s: %d-%d days a week\n"), level_word(o->level), min, max);
	cr_pad(f, _("week"), 6);
	for (int i = 0; i < WEEK_DAYS; i++)
		cr_pad(f, date_weekday_name(m->week_start + i), CR_CELL);
	fputs(_("days"), f);
	fputc('\n', f);
	for (int r = 0; r < m->nweeks; r++) {
		const struct week *w = &weeks[r];
		bool off;
		int n;

		snprintf(cell, sizeof cell, "%d", w->iso_week);
		cr_pad(f, cell, 6);
		for (int i = 0; i < WEEK_DAYS; i++) {
			const struct week_day *d = &w->day[i];
			int y, mo, day;

			date_to_ymd(d->date, &y, &mo, &day);
			if (mo != m->month) {
				cr_pad(f, "", CR_CELL);
				continue;
			}
			if (d->hard_sets > 0)
				snprintf(cell, sizeof cell, "%2d%s%s%d", day,
				    d->date == o->today ? "*" : " ",
				    calendar_day_symbol(d, o->today, o->utf8), d->hard_sets);
			else
				snprintf(cell, sizeof cell, "%2d%s%s", day,
				    d->date == o->today ? "*" : " ",
				    calendar_day_symbol(d, o->today, o->utf8));
			cr_pad(f, cell, CR_CELL);
		}
		if (w->first <= o->today) {
			n = calendar_week_days(w, o->today, o->level, &off);
			fprintf(f, "%d%s", n, off ? " !" : "");
		}
		fputc('\n', f);
	}
	fprintf(f, _("%s training  %s active  %s rest  %s passive  number: hard sets  * today\n"),
	    week_kind_symbol(DAY_TRAINING, o->utf8), week_kind_symbol(DAY_ACTIVE, o->utf8),
	    week_kind_symbol(DAY_REST, o->utf8), week_kind_symbol(DAY_PASSIVE, o->utf8));
}

/* One day as a row of TSV, or an object of JSON. */
static void
cr_day_row(FILE *f, const struct week_day *d, enum report_format format, bool first)
{
	char date[DATE_BUF];

	date_format(d->date, date);
	if (format == REPORT_TSV)
		fprintf(f, "%s\t%s\t%d\t%d\n", date, day_kind_id(d->kind), d->hard_sets,
		    calendar_heat(d->hard_sets));
	else
		fprintf(f, "%s{\"date\":\"%s\",\"kind\":\"%s\",\"hard_sets\":%d,\"heat\":%d}",
		    first ? "" : ",", date, day_kind_id(d->kind), d->hard_sets,
		    calendar_heat(d->hard_sets));
}

/* The days from..to as TSV or as the "days" of a JSON object, then the
 * weeks' training days for JSON. */
static void
cr_days_machine(FILE *f, const struct week *weeks, hs_date first, int nweeks, hs_date from,
    hs_date to, const struct calendar_report_opts *o)
{
	char date[DATE_BUF];
	bool off;

	if (o->format == REPORT_TSV)
		fputs("date\tkind\thard_sets\theat\n", f);
	else
		fputs("\"days\":[", f);
	for (hs_date d = from; d <= to; d++)
		cr_day_row(f, cr_day(weeks, first, d), o->format, d == from);
	if (o->format == REPORT_TSV)
		return;
	fputs("],\"weeks\":[", f);
	for (int i = 0; i < nweeks; i++) {
		date_format(weeks[i].first, date);
		fprintf(f, "%s{\"first\":\"%s\",\"iso_week\":%d,\"training_days\":", i ? "," : "",
		    date, weeks[i].iso_week);
		if (weeks[i].first <= o->today)
			fprintf(f, "%d}", calendar_week_days(&weeks[i], o->today, o->level, &off));
		else
			fputs("null}", f);
	}
	fputs("]}\n", f);
}

void
calendar_report_month(FILE *f, const struct calendar_month *m, const struct week *weeks,
    const struct calendar_report_opts *o)
{
	hs_date from = date_from_ymd(m->year, m->month, 1);

	if (o->format == REPORT_TEXT) {
		cr_month_text(f, m, weeks, o);
		return;
	}
	if (o->format == REPORT_JSON)
		fprintf(f, "{\"month\":\"%04d-%02d\",\"level\":\"%s\",", m->year, m->month,
		    level_id(o->level));
	cr_days_machine(f, weeks, m->first, m->nweeks, from, from + m->ndays - 1, o);
}

static void
cr_year_text(FILE *f, const struct calendar_year *y, const struct week *weeks,
    const struct calendar_report_opts *o)
{
	char line[512];
	size_t used;
	hs_date jan1 = date_from_ymd(y->year, 1, 1), dec31 = date_from_ymd(y->year, 12, 31);

	fprintf(f, "%d   ", y->year);
	fprintf(f, _("hard sets a day: %s 0  %s 1-8  %s 9-15  %s 16-24  %s 25+\n"),
	    calendar_heat_symbol(0, o->utf8), calendar_heat_symbol(1, o->utf8),
	    calendar_heat_symbol(2, o->utf8), calendar_heat_symbol(3, o->utf8),
	    calendar_heat_symbol(4, o->utf8));
	/* The months' names over the column of the week holding their first. */
	memset(line, ' ', sizeof line);
	used = 0;
	for (int mo = 1; mo <= 12; mo++) {
		int week, day;
		const char *name = date_month_name(mo);
		size_t at, len = strlen(name);

		calendar_year_where(y, date_from_ymd(y->year, mo, 1), &week, &day);
		at = 5 + (size_t)week;
		if (at < used || at + len >= sizeof line)
			continue;
		memcpy(line + at, name, len);
		used = at + len + 1;
	}
	fprintf(f, "%.*s\n", (int)(used > 0 ? used - 1 : 0), line);
	for (int r = 0; r < WEEK_DAYS; r++) {
		cr_pad(f, date_weekday_name(y->week_start + r), 5);
		for (int c = 0; c < y->nweeks; c++) {
			hs_date d = calendar_year_cell(y, c, r);
			const struct week_day *wd = &weeks[c].day[r];

			if (d < jan1 || d > dec31 || d > o->today)
				fputc(' ', f); /* not this year's, or still to come */
			else
				fputs(
				    calendar_heat_symbol(calendar_heat(wd->hard_sets), o->utf8), f);
		}
		fputc('\n', f);
	}
}

void
calendar_report_year(FILE *f, const struct calendar_year *y, const struct week *weeks,
    const struct calendar_report_opts *o)
{
	if (o->format == REPORT_TEXT) {
		cr_year_text(f, y, weeks, o);
		return;
	}
	if (o->format == REPORT_JSON)
		fprintf(f, "{\"year\":%d,\"level\":\"%s\",", y->year, level_id(o->level));
	cr_days_machine(f, weeks, y->first, y->nweeks, date_from_ymd(y->year, 1, 1),
	    date_from_ymd(y->year, 12, 31), o);
}
