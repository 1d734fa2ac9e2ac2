/* cli_tools.c: the plate calculator, the calendar and the rest countdown on
 * the command line. The arithmetic is the core's (plates.c, calendar.c,
 * rest.c); the days come through the service layer as judged weeks. */
#include "config.h"

#include "cli_tools.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "calendar.h"
#include "calendar_report.h"
#include "cli.h"
#include "i18n.h"
#include "plates.h"
#include "plates_report.h"
#include "rc.h"
#include "rest.h"
#include "svc.h"
#include "util.h"

/* A weight typed for the plates, in the inventory's unit: "142.5", or
 * with a unit ("100kg", "225 lb") converted to it. */
static int
cli_plates_weight(const char *s, enum units units, double *w)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (end == s || errno != 0 || !(v > 0 && v <= 2000))
		return -1;
	while (*end == ' ')
		end++;
	if (*end == '\0')
		*w = v;
	else if (util_strcasecmp(end, "kg") == 0)
		*w = units == UNITS_LB ? v / KG_PER_LB : v;
	else if (util_strcasecmp(end, "lb") == 0 || util_strcasecmp(end, "lbs") == 0)
		*w = units == UNITS_LB ? v : v * KG_PER_LB;
	else
		return -1;
	return 0;
}

int
cli_plates(struct cli *c, struct cli_args *a)
{
	struct plates_inventory inv;
	struct plates_load load, below, above;
	enum report_format format = REPORT_TEXT;
	char *cause = NULL;
	double target;
	int exact;

	if (a->nrest != 1)
		return cli_bad_usage(
		    c, a->nrest == 0 ? _("no WEIGHT given") : _("one WEIGHT only"));
	rc_plates(&c->rc, &inv);
	if (cli_plates_weight(a->rest[0], inv.units, &target) != 0)
		return cli_error(c,
		    _("WEIGHT: expected a weight above 0, as 142.5 or 100kg, got \"%s\""),
		    a->rest[0]);
	if (a->bar != NULL && (util_parse_double(a->bar, 0.01, PLATES_MAX_WEIGHT, &inv.bar) != 0))
		return cli_error(c, _("--bar: expected a weight from 0.01 to %g, got \"%s\""),
		    PLATES_MAX_WEIGHT, a->bar);
	if (a->format != NULL)
		format = (enum report_format)cli_pick(c, "format", a->format);
	if ((exact = plates_solve(&inv, target, &load, &below, &above, &cause)) < 0)
		return cli_cause(c, cause);
	plates_report(stdout, &inv, target, exact, &load, &below, &above, format, cli_utf8());
	return EXIT_OK;
}

/* "2026-11" into year and month. */
static int
cli_parse_month(const char *s, int *y, int *m)
{
	char tail;

	return sscanf(s, "%4d-%2d%c", y, m, &tail) == 2 && strlen(s) == 7 && *y >= 1900 &&
	        *y <= 9999 && *m >= 1 && *m <= 12
	    ? 0
	    : -1;
}

int
cli_calendar(struct cli *c, struct cli_args *a)
{
	struct calendar_report_opts o = { .format = REPORT_TEXT,
		.utf8 = cli_utf8(),
		.today = stamp_date(c->now),
		.level = c->rc.level };
	struct calendar_month m;
	struct calendar_year y;
	struct svc_week *sw;
	struct week *weeks;
	char *cause = NULL;
	int year, month, d, n;
	long yl;
	hs_date first;

	if (a->nrest > 0)
		return cli_bad_usage(c, _("calendar takes no operands"));
	if (a->month != NULL && a->year != NULL)
		return cli_bad_usage(c, _("--month or --year, not both"));
	if (a->format != NULL)
		o.format = (enum report_format)cli_pick(c, "format", a->format);
	date_to_ymd(o.today, &year, &month, &d);
	if (a->month != NULL && cli_parse_month(a->month, &year, &month) != 0)
		return cli_error(c, _("--month: expected YYYY-MM, got \"%s\""), a->month);
	if (a->year != NULL) {
		if (util_parse_long(a->year, 1900, 9999, &yl) != 0)
			return cli_error(
			    c, _("--year: expected a year from 1900 to 9999, got \"%s\""), a->year);
		calendar_year((int)yl, c->rc.week_start, &y);
		first = y.first;
		n = y.nweeks;
	} else {
		calendar_month(year, month, c->rc.week_start, &m);
		first = m.first;
		n = m.nweeks;
	}
	sw = xcalloc((size_t)n, sizeof *sw);
	weeks = xcalloc((size_t)n, sizeof *weeks);
	if (svc_weeks(c->store, &c->rc, first, n, c->now, o.today, sw, &cause) != 0) {
		free(sw);
		free(weeks);
		return cli_cause(c, cause);
	}
	for (int i = 0; i < n; i++)
		weeks[i] = sw[i].w;
	if (a->year != NULL)
		calendar_report_year(stdout, &y, weeks, &o);
	else
		calendar_report_month(stdout, &m, weeks, &o);
	free(sw);
	free(weeks);
	return EXIT_OK;
}

/* The monotonic clock in milliseconds, as the countdown counts. */
static int64_t
cli_clock_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static volatile sig_atomic_t cli_rest_stop;

static void
cli_rest_signal(int sig)
{
	(void)sig;
	cli_rest_stop = 1;
}

int
cli_rest(struct cli *c, struct cli_args *a)
{
	struct rest_timer t;
	struct sigaction sa;
	char *cause = NULL, shown[32];
	int seconds = c->rc.rest_length;
	bool tty = isatty(STDOUT_FILENO);
	int64_t now, wait;

	if (a->nrest > 1)
		return cli_bad_usage(c, _("one DURATION only"));
	if (a->nrest == 1 && rest_parse(a->rest[0], &seconds, &cause) != 0)
		return cli_cause(c, cause);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = cli_rest_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	rest_start(&t, cli_clock_ms(), (int64_t)seconds * 1000);
	/* Redrawn when the shown second changes, and asleep in between. */
	while (!cli_rest_stop) {
		now = cli_clock_ms();
		if (rest_update(&t, now))
			break;
		rest_format(rest_left(&t, now), shown, sizeof shown);
		if (tty) {
			printf("\r%s %s ", P_("countdown", "rest"), shown);
			fflush(stdout);
		}
		wait = rest_next_change(&t, now);
		if (wait > 0) {
			struct timespec ts = { (time_t)(wait / 1000),
				(long)(wait % 1000) * 1000000 };

			nanosleep(&ts, NULL);
		}
	}
	if (cli_rest_stop) {
		if (tty)
			putchar('\n');
		printf("%s\n", _("rest stopped"));
		return EXIT_ERROR;
	}
	/* Over the countdown's line, which "rest over" may be shorter than. */
	printf("%s%-20s\n%s", tty ? "\r" : "", _("rest over"), c->rc.rest_bell ? "\a" : "");
	return EXIT_OK;
}
