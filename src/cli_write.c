/* cli_write.c: the commands that write: log, sore, sleep and day, each one
 * batch of the service layer (svc.h) that undo takes back whole, and undo.
 * Every operand is checked before anything is written. */
#include "config.h"

#include "cli_write.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "cli.h"
#include "date.h"
#include "entry.h"
#include "groups.h"
#include "history_report.h"
#include "i18n.h"
#include "journal.h"
#include "store.h"
#include "svc.h"
#include "util.h"

/* When an entry happened: --date (default today) and --time (default now on
 * today, else `default_minute`). */
static int
cli_when(struct cli *c, const struct cli_args *a, int default_minute, hs_minute *at)
{
	hs_date today = stamp_date(c->now), day = today;
	int minute = day == today ? stamp_minute_of_day(c->now) : default_minute;
	char *cause = NULL;

	if (a->date != NULL && date_parse(a->date, today, &day, &cause) != 0)
		return cli_error(c, _("--date: %s"), cause), free(cause), -1;
	minute = day == today ? stamp_minute_of_day(c->now) : default_minute;
	if (a->time != NULL && time_parse(a->time, &minute, &cause) != 0)
		return cli_error(c, _("--time: %s"), cause), free(cause), -1;
	*at = stamp_make(day, minute);
	return 0;
}

/* "on Tue 17 Nov 12:00", for confirmations. */
static void
cli_when_text(hs_minute at, char *buf, size_t len)
{
	int y, m, d;

	date_to_ymd(stamp_date(at), &y, &m, &d);
	snprintf(buf, len, "%s %d %s %d %02d:%02d", date_weekday_name(date_weekday(stamp_date(at))),
	    d, date_month_name(m), y, stamp_minute_of_day(at) / 60, stamp_minute_of_day(at) % 60);
}

/* After the confirmation of a write on a day after today: it says so, the
 * journal's screen asks first. A later time today is not the future. */
static void
cli_future_note(const struct cli *c, hs_date day)
{
	hs_date today = stamp_date(c->now);
	int y, m, d, ahead = (int)(day - today);
	char text[40];

	if (ahead <= 0)
		return;
	date_to_ymd(day, &y, &m, &d);
	snprintf(text, sizeof text, "%s %d %s %d", date_weekday_name(date_weekday(day)), d,
	    date_month_name(m), y);
	if (ahead == 1)
		printf(_("%s is tomorrow: this was logged into the future"
		         " (herstel undo takes it back)\n"),
		    text);
	else
		printf(ngettext("%s is %d day from today: this was logged into the future"
		                " (herstel undo takes it back)\n",
		           "%s is %d days from today: this was logged into the future"
		           " (herstel undo takes it back)\n",
		           ahead),
		    text, ahead);
}

/* Words that can only start the tail of an entry, never a name: unquoted
 * `herstel log squat 5x5 100kg` is one entry, not three. */
static bool
cli_tail_word(const char *w)
{
	return (w[0] >= '0' && w[0] <= '9') || w[0] == '@' || w[0] == '#' ||
	    util_strncasecmp(w, "bw", 2) == 0 || util_strcasecmp(w, "warmup") == 0;
}

/* The command's words as entries: one per operand, or all as one entry
 * when the words were not quoted. */
static char **
cli_entry_texts(const struct cli_args *a, int *n)
{
	char **texts;
	struct strbuf sb;
	bool joined = false;

	for (int i = 1; i < a->nrest; i++)
		joined = joined || cli_tail_word(a->rest[i]);
	if (!joined) {
		texts = xcalloc((size_t)a->nrest, sizeof *texts);
		for (int i = 0; i < a->nrest; i++)
			texts[i] = xstrdup(a->rest[i]);
		*n = a->nrest;
		return texts;
	}
	strbuf_init(&sb);
	for (int i = 0; i < a->nrest; i++)
		strbuf_printf(&sb, "%s%s", i ? " " : "", a->rest[i]);
	texts = xcalloc(1, sizeof *texts);
	texts[0] = strbuf_detach(&sb);
	*n = 1;
	return texts;
}

/* After a log: the records each exercise logged set that day, once each. */
static void
cli_log_records(struct cli *c, const struct exercise_def **defs, int n, hs_date day)
{
	struct progress_session p;
	char *cause = NULL, text[256];

	for (int i = 0; i < n; i++) {
		bool seen = false;

		for (int j = 0; j < i; j++)
			seen = seen || defs[j] == defs[i];
		if (seen)
			continue;
		if (svc_session_records(c->store, &c->rc, defs[i], day, &p, &cause) != 0) {
			/* The sets are saved; only the records could not be read. */
			(void)cli_error(c, _("records not read: %s"), cause);
			free(cause);
			cause = NULL;
			continue;
		}
		history_pr_text(defs[i]->name, &p, c->rc.units, text, sizeof text);
		if (text[0] != '\0')
			printf("%s\n", text);
	}
}

/* `log --repeat D`: every set of day D again, at --date and --time. */
static int
cli_log_repeat(struct cli *c, struct cli_args *a)
{
	struct store_day d;
	char *cause = NULL, when[40], from[40];
	hs_minute at;
	hs_date day;

	if (a->nrest > 0)
		return cli_bad_usage(c, _("--repeat takes no entries: it logs the day's sets"));
	if (date_parse(a->repeat, stamp_date(c->now), &day, &cause) != 0)
		return cli_error(c, _("--repeat: %s"), cause), free(cause), EXIT_ERROR;
	if (cli_when(c, a, 12 * 60, &at) != 0)
		return EXIT_ERROR;
	if (a->time == NULL && svc_log_at(c->store, stamp_date(at), c->now, 12 * 60, &at, &cause) != 0)
		return cli_cause(c, cause);
	if (svc_repeat(c->store, day, at, &d, &cause) != 0)
		return cli_cause(c, cause);
	cli_when_text(at, when, sizeof when);
	history_date_text(day, from, sizeof from);
	printf(ngettext("logged %zu set of %s again on %s:\n", "logged %zu sets of %s again on %s:\n",
	           (unsigned long)d.nsets),
	    d.nsets, from, when);
	/* A line for each exercise, as it would be typed again. */
	for (size_t i = 0, j; i < d.nsets; i = j) {
		char *line;

		for (j = i + 1; j < d.nsets && d.sets[j].exercise_id == d.sets[i].exercise_id; j++)
			;
		line = entry_line(&d.sets[i], j - i);
		printf("  %s\n", line);
		free(line);
	}
	cli_future_note(c, stamp_date(at));
	store_day_free(&d);
	return EXIT_OK;
}

int
cli_log(struct cli *c, struct cli_args *a)
{
	struct entry *e;
	const struct exercise_def **defs;
	struct svc_entry *ents;
	char **texts, *cause = NULL, *what, when[40];
	int n = 0, parsed = 0, status = EXIT_ERROR;
	hs_minute at;

	if (a->repeat != NULL)
		return cli_log_repeat(c, a);
	if (a->nrest < 1)
		return cli_bad_usage(c, _("nothing to log"));
	if (cli_when(c, a, 12 * 60, &at) != 0)
		return EXIT_ERROR;
	if (a->time == NULL && svc_log_at(c->store, stamp_date(at), c->now, 12 * 60, &at, &cause) != 0)
		return cli_cause(c, cause);
	texts = cli_entry_texts(a, &n);
	e = xcalloc((size_t)n, sizeof *e);
	defs = xcalloc((size_t)n, sizeof *defs);
	/* Check every entry before writing any, so a bad last one loses nothing. */
	for (; parsed < n; parsed++) {
		if (entry_parse(texts[parsed], c->rc.units, &e[parsed], &cause) != 0) {
			cli_error(c, "\"%s\": %s", texts[parsed], cause);
			free(cause);
			goto out;
		}
		if ((defs[parsed] = catalogue_find(c->cat, e[parsed].exercise, &cause)) == NULL) {
			parsed++;
			cli_cause(c, cause);
			goto out;
		}
		if (entry_check_for(&e[parsed], defs[parsed]->bodyweight, &cause) != 0) {
			cli_error(c, "\"%s\": %s", texts[parsed++], cause);
			free(cause);
			goto out;
		}
	}
	what = xasprintf(_("log %s%s"), texts[0], n > 1 ? " ..." : "");
	ents = xcalloc((size_t)n, sizeof *ents);
	for (int i = 0; i < n; i++)
		ents[i] = (struct svc_entry){ .e = &e[i], .def = defs[i] };
	status = svc_log(c->store, what, ents, (size_t)n, at, NULL, &cause) == 0
	    ? EXIT_OK
	    : cli_cause(c, cause);
	free(ents);
	free(what);
	for (int i = 0; status == EXIT_OK && i < n; i++) {
		char *d;

		/* Its own time ("18:30") is said once, in "on ...". */
		cli_when_text(e[i].minute >= 0 ? stamp_make(stamp_date(at), e[i].minute) : at, when,
		    sizeof when);
		e[i].minute = -1;
		free(e[i].exercise);
		e[i].exercise = xstrdup(defs[i]->name);
		d = entry_describe(&e[i], c->rc.units);
		printf(_("logged %s on %s\n"), d, when);
		free(d);
	}
	if (status == EXIT_OK)
		cli_log_records(c, defs, n, stamp_date(at));
	if (status == EXIT_OK)
		cli_future_note(c, stamp_date(at));
out:
	for (int i = 0; i < parsed; i++)
		entry_free(&e[i]);
	for (int i = 0; i < n; i++)
		free(texts[i]);
	free(texts);
	free(e);
	free(defs);
	return status;
}

/* Operand i of sore, or, when a group's name of two words was given
 * unquoted ("mid" "back=2"), it and the next joined again (i moves on). */
static char *
cli_sore_operand(const struct cli_args *a, int *i)
{
	const char *w = a->rest[*i], *next = *i + 1 < a->nrest ? a->rest[*i + 1] : NULL;
	char *joined, *name;
	int g;

	if (strchr(w, '=') != NULL || next == NULL || strchr(next, '=') == NULL)
		return xstrdup(w);
	joined = xasprintf("%s %s", w, next);
	name = xstrndup(joined, (size_t)(strchr(joined, '=') - joined));
	g = group_parse(name);
	free(name);
	if (g < 0) {
		free(joined);
		return xstrdup(w);
	}
	(*i)++;
	return joined;
}

/* One GROUP=LEVEL into r; -1 with the error printed. */
static int
cli_sore_parse(struct cli *c, const char *arg, struct soreness_record *r)
{
	const char *eq = strchr(arg, '=');
	char *name = xstrndup(arg, eq != NULL ? (size_t)(eq - arg) : strlen(arg));
	int g = group_parse(name), rc = -1;
	long level;

	if (eq == NULL)
		cli_error(c, _("\"%s\": expected GROUP=LEVEL, e.g. quads=2"), arg);
	else if (g < 0)
		cli_error(c, _("unknown group \"%s\" (groups: %s)"), name, group_names());
	else if (util_parse_long(eq + 1, 0, 3, &level) != 0)
		cli_error(c,
		    _("%s: soreness must be 0 (none), 1 (mild), 2 (moderate) or"
		    " 3 (severe), got \"%s\""),
		    group_name(g), eq + 1);
	else {
		r->group = g;
		r->level = (int)level;
		rc = 0;
	}
	free(name);
	return rc;
}

int
cli_sore(struct cli *c, struct cli_args *a)
{
	struct soreness_record *r;
	char *cause = NULL, when[40], *arg;
	hs_minute at;
	int status = EXIT_ERROR, n = 0;

	if (a->nrest < 1)
		return cli_bad_usage(c, _("no GROUP=LEVEL given"));
	if (cli_when(c, a, 8 * 60, &at) != 0)
		return EXIT_ERROR;
	r = xcalloc((size_t)a->nrest, sizeof *r);
	for (int i = 0; i < a->nrest; i++) {
		arg = cli_sore_operand(a, &i);
		r[n].at = at;
		if (cli_sore_parse(c, arg, &r[n]) != 0) {
			free(arg);
			goto out;
		}
		free(arg);
		n++;
	}
	if (svc_sore(c->store, _("sore"), r, (size_t)n, NULL, &cause) != 0) {
		cli_cause(c, cause);
		goto out;
	}
	cli_when_text(at, when, sizeof when);
	for (int i = 0; i < n; i++)
		printf(_("logged soreness %s %d on %s\n"), group_name(r[i].group), r[i].level, when);
	cli_future_note(c, stamp_date(at));
	status = EXIT_OK;
out:
	free(r);
	return status;
}

int
cli_sleep(struct cli *c, struct cli_args *a)
{
	struct sleep_record r = { 0 };
	char *cause = NULL, *what, date[DATE_BUF];
	hs_minute at;
	long q;
	int status;

	if (a->nrest != 1)
		return cli_bad_usage(c, a->nrest ? _("one HOURS only") : _("no HOURS given"));
	if (cli_when(c, a, 0, &at) != 0)
		return EXIT_ERROR;
	if (util_parse_double(a->rest[0], 0, 24, &r.hours) != 0)
		return cli_error(c, _("hours must be a number from 0 to 24, got \"%s\""), a->rest[0]);
	if (a->quality != NULL && util_parse_long(a->quality, 1, 5, &q) != 0)
		return cli_error(c, _("--quality must be from 1 to 5, got \"%s\""), a->quality);
	r.quality = a->quality != NULL ? (int)q : 0;
	r.date = stamp_date(at);
	date_format(r.date, date);
	what = xasprintf(_("sleep %s %g h"), date, r.hours);
	status = svc_sleep(c->store, what, &r, &cause) == 0 ? EXIT_OK : cli_cause(c, cause);
	free(what);
	if (status == EXIT_OK && r.quality > 0)
		printf(_("logged sleep %.1f h, quality %d/5, for the night before %s\n"), r.hours,
		    r.quality, date);
	else if (status == EXIT_OK)
		printf(_("logged sleep %.1f h for the night before %s\n"), r.hours, date);
	if (status == EXIT_OK)
		cli_future_note(c, r.date);
	return status;
}

int
cli_day(struct cli *c, struct cli_args *a)
{
	struct store_day old;
	struct day_record r = { 0 };
	char *cause = NULL, *what, date[DATE_BUF];
	const char *bad;
	hs_minute at;
	int kind = -1, status;

	if (a->nrest > 1 || (a->nrest == 0 && a->note == NULL))
		return cli_bad_usage(c, _("give the day's kind, a --note, or both"));
	if (cli_when(c, a, 12 * 60, &at) != 0)
		return EXIT_ERROR;
	if (a->nrest == 1 && (kind = day_kind_from_id(a->rest[0])) < 0)
		return cli_error(c,
		    _("unknown kind of day \"%s\" (expected training, active,"
		    " rest or passive)"),
		    a->rest[0]);
	if (a->note != NULL && strlen(a->note) > ENTRY_NOTE_MAX)
		return cli_error(c, _("--note is longer than %d characters"), ENTRY_NOTE_MAX);
	if (a->note != NULL && (bad = util_text_problem(a->note)) != NULL)
		return cli_error(c, _("--note has %s"), bad);
	/* Keep what was already set for the day and is not given now. */
	if (store_load_day(c->store, stamp_date(at), &old, &cause) != 0)
		return cli_cause(c, cause);
	r.date = stamp_date(at);
	r.kind = kind >= 0 ? (enum day_kind)kind : old.day.kind;
	r.note = (char *)(a->note != NULL ? a->note : old.day.note);
	date_format(r.date, date);
	what = xasprintf(_("day %s %s"), date, day_kind_id(r.kind));
	status = svc_day(c->store, what, &r, &cause) == 0 ? EXIT_OK : cli_cause(c, cause);
	if (status == EXIT_OK)
		printf("%s: %s%s%s\n", date, day_kind_label(r.kind), r.note[0] ? _(", note: ") : "",
		    r.note);
	if (status == EXIT_OK)
		cli_future_note(c, r.date);
	free(what);
	store_day_free(&old);
	return status;
}

int
cli_undo(struct cli *c, struct cli_args *a)
{
	char *what = NULL, *cause = NULL;
	int rc;

	if (a->nrest > 0)
		return cli_bad_usage(c, _("undo takes no arguments"));
	if ((rc = store_undo(c->store, &what, &cause)) < 0)
		return cli_cause(c, cause);
	if (rc == 1) {
		printf(_("nothing to undo\n"));
		return EXIT_OK;
	}
	printf(_("undone: %s\n"), what);
	free(what);
	return EXIT_OK;
}
