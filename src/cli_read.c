/* cli_read.c: the commands that read the journal and print: exercises (and
 * exercises --add, which gives an exercise its groups), status, config and
 * week. */
#include "config.h"

#include "cli_read.h"

#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "cli.h"
#include "date.h"
#include "groups.h"
#include "i18n.h"
#include "place.h"
#include "rc.h"
#include "recovery.h"
#include "report.h"
#include "store.h"
#include "svc.h"
#include "util.h"
#include "week.h"
#include "week_report.h"

/* `exercises --add NAME`: the user's own exercise, kept in the journal. */
static int
cli_exercise_add(struct cli *c, struct cli_args *a)
{
	struct exercise_def def = {
		.name = (char *)a->add, .custom = true, .bodyweight = a->bodyweight
	};
	const struct exercise_def *old;
	char *cause = NULL, *what, groups[256];
	const char *lists[2] = { a->primary, a->secondary }, *bad;
	int64_t id;
	int found;

	if (a->primary == NULL || a->nrest > 0)
		return cli_bad_usage(c, _("--add needs --primary GROUP,... and no TEXT"));
	if (strlen(a->add) == 0 || strlen(a->add) > 100)
		return cli_error(c, _("--add: the name must be 1 to 100 characters"));
	if ((bad = util_text_problem(a->add)) != NULL)
		return cli_error(c, _("--add: the name has %s"), bad);
	old = catalogue_find(c->cat, a->add, NULL);
	if (old != NULL && util_strcasecmp(old->name, a->add) == 0)
		return cli_error(c, _("\"%s\" is already an exercise"), old->name);
	for (int k = 0; k < 2; k++) {
		char *copy = xstrdup(lists[k] ? lists[k] : ""), *save = NULL, *tok;

		for (tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
			int g = group_parse(util_trim(tok));

			if (g < 0) {
				cli_error(c, _("--%s: unknown group \"%s\" (groups: %s)"),
				    k ? "secondary" : "primary", util_trim(tok), group_names());
				free(copy);
				return EXIT_ERROR;
			}
			if (def.role[g] == ROLE_NONE)
				def.role[g] = k ? ROLE_SECONDARY : ROLE_PRIMARY;
		}
		free(copy);
	}
	if (catalogue_add(c->cat, &def, &cause) != 0)
		return cli_cause(c, cause);
	/* A name in the journal but not in the catalogue is one an import could
	 * not place: --add gives it its groups. */
	if ((found = store_find_exercise(c->store, a->add, &id, &cause)) < 0)
		return cli_cause(c, cause);
	what = xasprintf(_("add exercise %s"), a->add);
	if ((found == 1 ? svc_exercise_groups(c->store, what, id, def.role, &cause)
	                : svc_exercise_add(c->store, what, &def, &cause)) != 0) {
		free(what);
		return cli_cause(c, cause);
	}
	free(what);
	group_roles_text(def.role, group_name, groups, sizeof groups);
	printf(found == 1 ? _("gave groups to %s: %s%s\n") : _("added %s: %s%s\n"), def.name,
	    groups, def.bodyweight ? _(", bodyweight") : "");
	return EXIT_OK;
}

/* What `exercises` lists of the journal's own exercises without groups. */
struct cli_unplaced {
	const char *text;    /* only names with every word of it; NULL: all */
	struct place *place; /* for suggestions; NULL: none */
	bool names;          /* the names alone, one a line (--names) */
	size_t n;
};

/* Does `name` hold every word of `text` (case aside)? */
static bool
cli_has_words(const char *name, const char *text)
{
	char *copy = xstrdup(text), *save = NULL, *w;
	bool all = true;

	for (w = strtok_r(copy, " ", &save); w != NULL && all; w = strtok_r(NULL, " ", &save)) {
		size_t n = strlen(w);

		all = false;
		for (const char *p = name; *p != '\0' && !all; p++)
			all = util_strncasecmp(p, w, n) == 0;
	}
	free(copy);
	return all;
}

static int
cli_unplaced_line(void *arg, const char *name, size_t sets, char **cause)
{
	struct cli_unplaced *u = arg;
	const struct exercise_def *d;

	(void)cause;
	if (u->text != NULL && !cli_has_words(name, u->text))
		return 0;
	u->n++;
	if (u->names) {
		printf("%s\n", name);
		return 0;
	}
	if (u->place == NULL) {
		printf(ngettext("%-36s no groups yet, %zu set [own]\n",
		           "%-36s no groups yet, %zu sets [own]\n", sets),
		    name, sets);
		return 0;
	}
	printf(ngettext("%-36s %zu set", "%-36s %zu sets", sets), name, sets);
	if ((d = place_suggest(u->place, name)) != NULL)
		printf(_("   did you mean %s?"), d->name);
	putchar('\n');
	return 0;
}

/* `exercises --unplaced`: own exercises with sets and no groups. */
static int
cli_exercises_unplaced(struct cli *c)
{
	struct cli_unplaced u = { .place = place_new(c->cat) };
	char *cause = NULL;
	int rc = store_unplaced(c->store, cli_unplaced_line, &u, &cause);

	place_free(u.place);
	if (rc != 0)
		return cli_cause(c, cause);
	if (u.n == 0)
		printf(_("every exercise with sets has muscle groups\n"));
	else
		printf(_("give one groups: herstel exercises --add NAME --primary GROUP,..."
		       " [--secondary GROUP,...]\n"));
	return EXIT_OK;
}

int
cli_exercises(struct cli *c, struct cli_args *a)
{
	const struct exercise_def **found;
	struct cli_unplaced own = { 0 };
	struct strbuf text;
	char groups[256], *cause = NULL;
	size_t n, total = catalogue_count(c->cat);

	if (a->names && (a->add != NULL || a->unplaced))
		return cli_bad_usage(c, _("--names goes with the list, not --add or --unplaced"));
	if (a->add != NULL)
		return cli_exercise_add(c, a);
	if (a->primary || a->secondary || a->bodyweight)
		return cli_bad_usage(c, _("--primary, --secondary and --bodyweight go with --add"));
	if (a->unplaced && a->nrest > 0)
		return cli_bad_usage(c, _("--unplaced takes no TEXT"));
	if (a->unplaced)
		return cli_exercises_unplaced(c);
	strbuf_init(&text);
	for (int i = 0; i < a->nrest; i++)
		strbuf_printf(&text, "%s%s", i ? " " : "", a->rest[i]);
	found = xcalloc(total, sizeof *found);
	if (text.len > 0)
		n = catalogue_search(c->cat, text.buf, found, total);
	else
		for (n = 0; n < total; n++)
			found[n] = catalogue_at(c->cat, n);
	for (size_t i = 0; i < n && i < total; i++) {
		if (a->names) {
			printf("%s\n", found[i]->name);
			continue;
		}
		group_roles_text(found[i]->role, group_name, groups, sizeof groups);
		printf("%-36s %s%s%s\n", found[i]->name, groups,
		    found[i]->bodyweight ? _(" [bodyweight]") : "", found[i]->custom ? _(" [own]") : "");
	}
	/* The journal's own exercises without groups are not in the catalogue. */
	own.text = text.buf;
	own.names = a->names;
	if (store_unplaced(c->store, cli_unplaced_line, &own, &cause) != 0) {
		strbuf_free(&text);
		free(found);
		return cli_cause(c, cause);
	}
	n += own.n;
	if (n == 0)
		fprintf(stderr, _("herstel: exercises: nothing matches \"%s\"\n"), text.buf);
	strbuf_free(&text);
	free(found);
	return n > 0 ? EXIT_OK : EXIT_ERROR;
}

bool
cli_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs != NULL &&
	    (util_strcasecmp(cs, "UTF-8") == 0 || util_strcasecmp(cs, "utf8") == 0);
}

static void
cli_explain_line(void *arg, const char *line)
{
	(void)arg;
	printf("%s\n", line);
}

/* The group of --group or --explain: any form a person types, a name of
 * two words given unquoted ("--explain mid back") taking the operand after
 * it; -1 with the error printed. */
static int
cli_group_option(struct cli *c, struct cli_args *a, const char *opt, const char *value)
{
	char *two;
	int g = group_parse(value);

	if (g < 0 && a->nrest == 1) {
		two = xasprintf("%s %s", value, a->rest[0]);
		if ((g = group_parse(two)) >= 0)
			a->nrest = 0;
		free(two);
	}
	if (g < 0)
		cli_error(c, _("%s: unknown group \"%s\" (groups: %s)"), opt, value, group_names());
	return g;
}

/* The report options of status: --format and --group. */
static int
cli_status_opts(struct cli *c, struct cli_args *a, struct report_opts *o)
{
	const char *no_color = getenv("NO_COLOR");

	/* The table's words are text, tsv and json, in enum report_format's order. */
	o->format =
	    a->format != NULL ? (enum report_format)cli_pick(c, "format", a->format) : REPORT_TEXT;
	if (a->group != NULL && (o->group = cli_group_option(c, a, "--group", a->group)) < 0)
		return EXIT_ERROR;
	o->color = c->rc.color && isatty(STDOUT_FILENO) && (no_color == NULL || *no_color == '\0');
	return 0;
}

int
cli_status(struct cli *c, struct cli_args *a)
{
	struct svc_board b;
	struct report_opts o = { .format = REPORT_TEXT, .group = -1, .utf8 = cli_utf8() };
	char *cause = NULL, share[16];
	int explain = -1;

	recovery_share_text(c->rc.recovery.secondary_weight, share, sizeof share);
	o.secondary_share = share;
	if (a->explain != NULL && (explain = cli_group_option(c, a, "--explain", a->explain)) < 0)
		return EXIT_ERROR;
	if (cli_status_opts(c, a, &o) != 0)
		return EXIT_ERROR;
	if (a->nrest > 0)
		return cli_bad_usage(c, _("status takes no operands"));
	if (explain >= 0)
		return svc_explain(c->store, &c->rc, c->now, (enum group)explain, cli_explain_line,
		           NULL, &cause) == 0
		    ? EXIT_OK
		    : cli_cause(c, cause);
	if (svc_board(c->store, &c->rc, c->now, &b, &cause) != 0)
		return cli_cause(c, cause);
	report_status(stdout, b.group, b.sig, b.nsig, c->now, &o);
	return EXIT_OK;
}

static void
cli_config_line(void *arg, const char *section, const char *key, const char *range, const char *def,
    const char *help)
{
	(void)arg;
	printf("[%s] %s = %s\t(%s) %s\n", section, key, def, range, help);
}

/* `herstel config`: every key with its default, range and meaning. */
int
cli_config(struct cli *c, struct cli_args *a)
{
	if (a->nrest > 0)
		return cli_bad_usage(c, _("config takes no operands"));
	printf(_("# herstelrc keys: [section] key = default\t(range) meaning\n"));
	printf(_("# read from %s\n"), c->rc.path != NULL ? c->rc.path : _("(no file: defaults)"));
	rc_print_table(cli_config_line, NULL);
	return EXIT_OK;
}

/* Load the week from `first` (and the days its signals read), judge it and
 * print it. */
static int
cli_week_print(struct cli *c, hs_date first, const struct week_report_opts *o)
{
	struct svc_week wk;
	char *cause = NULL;

	if (svc_week(c->store, &c->rc, first, c->now, o->today, &wk, &cause) != 0)
		return cli_cause(c, cause);
	week_report(stdout, &wk.w, wk.v, wk.nv, o);
	return EXIT_OK;
}

/* `herstel week`: the calendar and verdicts of the week holding --date. */
int
cli_week(struct cli *c, struct cli_args *a)
{
	struct week_report_opts o = { .format = REPORT_TEXT,
		.utf8 = cli_utf8(),
		.today = stamp_date(c->now),
		.level = c->rc.level,
		.sleep_target = c->rc.sleep_target,
		.secondary_weight = c->rc.recovery.secondary_weight };
	const char *no_color = getenv("NO_COLOR");
	hs_date day = o.today;
	char *cause = NULL;

	if (a->nrest > 0)
		return cli_bad_usage(c, _("week takes no operands"));
	if (a->date != NULL && date_parse(a->date, o.today, &day, &cause) != 0)
		return cli_error(c, _("--date: %s"), cause), free(cause), EXIT_ERROR;
	if (a->format != NULL)
		o.format = (enum report_format)cli_pick(c, "format", a->format);
	o.color = c->rc.color && isatty(STDOUT_FILENO) && (no_color == NULL || *no_color == '\0');
	return cli_week_print(c, week_start_date(day, c->rc.week_start), &o);
}
