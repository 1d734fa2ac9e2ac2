/* cli.c: the command line. Global options, then one table of subcommands,
 * each a function that checks all of its input before it writes anything. */
#include "config.h"

#include <getopt.h>
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "cli.h"
#include "date.h"
#include "demo.h"
#include "entry.h"
#include "export.h"
#include "i18n.h"
#include "import.h"
#include "import_summary.h"
#include "place.h"
#include "rc.h"
#include "recovery.h"
#include "report.h"
#include "signals.h"
#include "store.h"
#include "svc.h"
#include "ui.h"
#include "util.h"
#include "week.h"
#include "week_report.h"

struct cli_args {
	const char *date, *time, *quality, *note, *format, *group, *explain;
	const char *add, *primary, *secondary;
	const char *from, *to, *output, *units;
	bool bodyweight, dry_run, unplaced;
	char **rest; /* operands */
	int nrest;
};

struct cli {
	const char *cmd; /* the subcommand, for messages */
	const char *db_path;
	const char *config_path;
	bool config_given;
	const char *at_text; /* --at or HERSTEL_AT */
	bool demo;
	hs_minute now;
	bool pinned;
	struct rc rc;
	struct catalogue *cat;
	struct store *store;
	char *demo_dir;
};

struct cli_command {
	const char *name;
	int (*run)(struct cli *c, struct cli_args *a);
	const char *usage;
	const char *options; /* the short names of its options, see cli_options */
	unsigned needs;      /* NEEDS_*: what cli_setup prepares for it */
};

/* Only what a command uses is set up: status, the command a script calls
 * most, does not parse the exercise catalogue. A command without
 * NEEDS_WRITE only reads: it opens the journal read-only and creates
 * nothing (a missing journal reads as an empty one). */
#define NEEDS_STORE 0x1
#define NEEDS_CATALOGUE 0x2
#define NEEDS_WRITE 0x4
/* The command opens the journal itself (import: a dry run works on a copy). */
#define NEEDS_OWN_STORE 0x8

static int cli_log(struct cli *, struct cli_args *);
static int cli_sore(struct cli *, struct cli_args *);
static int cli_sleep(struct cli *, struct cli_args *);
static int cli_day(struct cli *, struct cli_args *);
static int cli_exercises(struct cli *, struct cli_args *);
static int cli_undo(struct cli *, struct cli_args *);
static int cli_status(struct cli *, struct cli_args *);
static int cli_config(struct cli *, struct cli_args *);
static int cli_week(struct cli *, struct cli_args *);
static int cli_export(struct cli *, struct cli_args *);
static int cli_import(struct cli *, struct cli_args *);

static const struct cli_command commands[] = {
	{ "log", cli_log, "log [--date D] [--time HH:MM] ENTRY...", "dt",
	    NEEDS_STORE | NEEDS_CATALOGUE | NEEDS_WRITE },
	{ "sore", cli_sore, "sore [--date D] [--time HH:MM] GROUP=LEVEL...", "dt",
	    NEEDS_STORE | NEEDS_WRITE },
	{ "sleep", cli_sleep, "sleep [--date D] HOURS [--quality 1-5]", "dq",
	    NEEDS_STORE | NEEDS_WRITE },
	{ "day", cli_day, "day [--date D] [training|active|rest|passive] [--note TEXT]", "dn",
	    NEEDS_STORE | NEEDS_WRITE },
	{ "exercises", cli_exercises,
	    "exercises [TEXT] | exercises --unplaced | exercises --add NAME --primary"
	    " GROUP,... [--secondary GROUP,...] [--bodyweight]",
	    "apsbk", NEEDS_STORE | NEEDS_CATALOGUE },
	{ "undo", cli_undo, "undo", "", NEEDS_STORE | NEEDS_WRITE },
	{ "status", cli_status, "status [--format text|tsv|json] [--group G] [--explain G]", "fge",
	    NEEDS_STORE },
	{ "config", cli_config, "config", "", 0 },
	{ "week", cli_week, "week [--date D] [--format text|tsv|json]", "df", NEEDS_STORE },
	{ "export", cli_export,
	    "export [--format csv|json|strong] [--from D] [--to D]"
	    " [-o FILE|-]",
	    "fFTo", NEEDS_STORE },
	{ "import", cli_import,
	    "import [--format "
	    "auto|csv|json|strong|hevy|fitnotes|fitbod|liftosaur|stronglifts|liftlog]"
	    " [--units kg|lb] [--dry-run] FILE|-",
	    "fru", NEEDS_OWN_STORE | NEEDS_CATALOGUE },
};

/* Every option of every subcommand, and the global ones (upper case). */
static const struct option cli_options[] = {
	{ "db", required_argument, NULL, 'D' },
	{ "config", required_argument, NULL, 'C' },
	{ "at", required_argument, NULL, 'A' },
	{ "demo", no_argument, NULL, 'M' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "date", required_argument, NULL, 'd' },
	{ "time", required_argument, NULL, 't' },
	{ "quality", required_argument, NULL, 'q' },
	{ "note", required_argument, NULL, 'n' },
	{ "format", required_argument, NULL, 'f' },
	{ "group", required_argument, NULL, 'g' },
	{ "explain", required_argument, NULL, 'e' },
	{ "add", required_argument, NULL, 'a' },
	{ "primary", required_argument, NULL, 'p' },
	{ "secondary", required_argument, NULL, 's' },
	{ "bodyweight", no_argument, NULL, 'b' },
	{ "from", required_argument, NULL, 'F' },
	{ "to", required_argument, NULL, 'T' },
	{ "output", required_argument, NULL, 'o' },
	{ "dry-run", no_argument, NULL, 'r' },
	{ "units", required_argument, NULL, 'u' },
	{ "unplaced", no_argument, NULL, 'k' },
	{ NULL, 0, NULL, 0 },
};

/* "herstel: log: message" on stderr; returns EXIT_ERROR. */
static int cli_error(const struct cli *c, const char *fmt, ...) HS_PRINTF(2, 3);

static int
cli_error(const struct cli *c, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	/* Messages quote what the user gave; a control character or a broken
	 * byte in it must not reach the terminal as one. */
	util_printable(msg);
	fprintf(stderr, "herstel: %s%s%s\n", c->cmd != NULL ? c->cmd : "",
	    c->cmd != NULL ? ": " : "", msg);
	free(msg);
	return EXIT_ERROR;
}

/* Print a cause, free it, return EXIT_ERROR. */
static int
cli_cause(const struct cli *c, char *cause)
{
	cli_error(c, "%s", cause != NULL ? cause : "unknown error");
	free(cause);
	return EXIT_ERROR;
}

static void
cli_usage(FILE *f)
{
	fprintf(f,
	    "usage: herstel [--db FILE] [--config FILE] [--at 'YYYY-MM-DD HH:MM'] [--demo]"
	    " [COMMAND]\n\nWithout a command, herstel opens the interactive journal.\n\n"
	    "commands:\n");
	for (size_t i = 0; i < HS_ARRAY_LEN(commands); i++)
		fprintf(f, "  herstel %s\n", commands[i].usage);
	fprintf(f, "\nSee herstel(1), herstelrc(5) and herstel-recovery(7).\n");
}

/* A usage error: what was wrong and the command's synopsis; EXIT_USAGE. */
static int
cli_bad_usage(const struct cli *c, const struct cli_command *cmd, const char *what)
{
	cli_error(c, "%s", what);
	if (cmd != NULL)
		fprintf(stderr, "usage: herstel %s\n", cmd->usage);
	else
		fprintf(stderr, "try: herstel --help\n");
	return EXIT_USAGE;
}

/* Take one parsed option: a global one, or one the command allows. */
static int
cli_take_option(
    struct cli *c, const struct cli_command *cmd, struct cli_args *a, int opt, const char *arg)
{
	const char **slot = NULL;

	switch (opt) {
	case 'D':
		c->db_path = arg;
		return 0;
	case 'C':
		c->config_path = arg;
		c->config_given = true;
		return 0;
	case 'A':
		c->at_text = arg;
		return 0;
	case 'M':
		c->demo = true;
		return 0;
	case 'd':
		slot = &a->date;
		break;
	case 't':
		slot = &a->time;
		break;
	case 'q':
		slot = &a->quality;
		break;
	case 'n':
		slot = &a->note;
		break;
	case 'f':
		slot = &a->format;
		break;
	case 'g':
		slot = &a->group;
		break;
	case 'e':
		slot = &a->explain;
		break;
	case 'a':
		slot = &a->add;
		break;
	case 'p':
		slot = &a->primary;
		break;
	case 's':
		slot = &a->secondary;
		break;
	case 'F':
		slot = &a->from;
		break;
	case 'T':
		slot = &a->to;
		break;
	case 'o':
		slot = &a->output;
		break;
	case 'u':
		slot = &a->units;
		break;
	case 'b':
	case 'r':
	case 'k':
		break;
	default:
		return -1;
	}
	if (cmd == NULL || strchr(cmd->options, opt) == NULL)
		return -1;
	if (slot != NULL)
		*slot = arg;
	else if (opt == 'r')
		a->dry_run = true;
	else if (opt == 'k')
		a->unplaced = true;
	else
		a->bodyweight = true;
	return 0;
}

/* Parse argv from optind on with getopt_long; `+` stops at the first operand
 * when reading the global options, so the command name ends them. */
static int
cli_parse(struct cli *c, const struct cli_command *cmd, struct cli_args *a, int argc, char **argv,
    bool globals_only)
{
	char msg[128];
	int opt, idx = 0;

	opterr = 0;
	while ((opt = getopt_long(
	            argc, argv, globals_only ? "+:hV" : ":hVo:", cli_options, &idx)) != -1) {
		if (opt == 'h') {
			cli_usage(stdout);
			exit(EXIT_OK);
		}
		if (opt == 'V') {
			printf("herstel %s\n", PACKAGE_VERSION);
			exit(EXIT_OK);
		}
		if (opt == '?' || opt == ':' || cli_take_option(c, cmd, a, opt, optarg) != 0) {
			/* ':' (a leading ':' in the option string): a missing value, which
			 * '?' used to report as "unknown option -d". */
			if (opt == ':')
				snprintf(msg, sizeof msg, "%s needs a value", argv[optind - 1]);
			else if (opt == '?' && optopt != 0)
				snprintf(msg, sizeof msg, "unknown option -%c", optopt);
			else if (opt == '?' || opt == ':')
				snprintf(msg, sizeof msg, "unknown option or missing value: %s",
				    argv[optind - 1]);
			else
				snprintf(msg, sizeof msg, "--%s is not an option of %s",
				    cli_options[idx].name, cmd != NULL ? cmd->name : "herstel");
			return cli_bad_usage(c, cmd, msg);
		}
	}
	a->rest = argv + optind;
	a->nrest = argc - optind;
	return 0;
}

/* The clock: --at, then HERSTEL_AT, then the system's local time. */
static int
cli_clock(struct cli *c)
{
	char *cause = NULL;

	if (c->at_text == NULL)
		c->at_text = getenv("HERSTEL_AT");
	if (c->at_text == NULL || c->at_text[0] == '\0') {
		c->now = date_now_local();
		return 0;
	}
	if (stamp_parse(c->at_text, &c->now, &cause) != 0)
		return cli_error(c, "--at: %s", cause), free(cause), EXIT_ERROR;
	c->pinned = true;
	return 0;
}

/* Catalogue hook for store_custom_exercises. */
static int
cli_add_custom(void *arg, const struct exercise_def *def, char **cause)
{
	bool grouped = false;

	/* An import makes names of other apps it cannot place into exercises
	 * without groups: they stay in the history and count toward nothing. */
	for (int g = 0; g < GROUP_COUNT; g++)
		grouped = grouped || def->role[g] != ROLE_NONE;
	return grouped ? catalogue_add(arg, def, cause) : 0;
}

/* A private database in a temp dir, filled with eight weeks of history. */
static int
cli_demo(struct cli *c, char **path)
{
	const char *tmp = getenv("TMPDIR");
	char *cause = NULL;

	c->demo_dir = xasprintf("%s/herstel-demo.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (mkdtemp(c->demo_dir) == NULL) {
		cli_error(c, "cannot make a demo directory in %s", tmp && *tmp ? tmp : "/tmp");
		free(c->demo_dir);
		c->demo_dir = NULL;
		return EXIT_ERROR;
	}
	*path = xasprintf("%s/herstel.db", c->demo_dir);
	if ((c->store = store_open(*path, &cause)) == NULL ||
	    demo_fill(c->store, c->cat, c->now, &cause) != 0)
		return cli_cause(c, cause);
	return 0;
}

/* How a command opens the journal: a reader read-only, creating nothing. */
static unsigned
cli_store_flags(unsigned needs)
{
	return needs & NEEDS_WRITE ? 0 : STORE_READ_ONLY | STORE_NO_CREATE;
}

/* What a command needs given its options: `exercises --add` writes. */
static unsigned
cli_needs(const struct cli_command *cmd, const struct cli_args *a)
{
	if (cmd == NULL)
		return NEEDS_STORE | NEEDS_CATALOGUE | NEEDS_WRITE;
	if (cmd->run == cli_exercises && a->add != NULL)
		return cmd->needs | NEEDS_WRITE;
	return cmd->needs;
}

/* Open the journal (--db, HERSTEL_DB or the default path) as `flags` say
 * (STORE_*) and add its own exercises to the catalogue; with `copy`, a copy
 * of it in memory that nothing on disk comes of (a dry run). */
static int
cli_open_journal(struct cli *c, bool copy, unsigned flags, char **cause)
{
	char *path = NULL;
	const char *p;

	if (c->db_path == NULL && (c->db_path = getenv("HERSTEL_DB")) != NULL &&
	    c->db_path[0] == '\0')
		c->db_path = NULL;
	if (c->db_path == NULL && (path = store_default_path(cause)) == NULL)
		return -1;
	p = c->db_path ? c->db_path : path;
	c->store = copy ? store_open_copy(p, cause) : store_open_as(p, flags, cause);
	free(path);
	if (c->store == NULL ||
	    (c->cat != NULL &&
	        store_custom_exercises(c->store, cli_add_custom, c->cat, cause) != 0))
		return -1;
	return 0;
}

/* Config, and what the command needs of the catalogue and the journal. */
static int
cli_setup(struct cli *c, unsigned needs)
{
	char *cause = NULL, *path = NULL;
	int rc = EXIT_ERROR;

	if (cli_clock(c) != 0)
		return EXIT_ERROR;
	rc_defaults(&c->rc);
	/* --config FILE must exist; HERSTEL_CONFIG, like the default path, may
	 * name a file not written yet. */
	if (c->config_path == NULL && (c->config_path = getenv("HERSTEL_CONFIG")) != NULL &&
	    c->config_path[0] == '\0')
		c->config_path = NULL;
	path = c->config_path != NULL ? xstrdup(c->config_path) : rc_default_path();
	if (path != NULL && rc_load(&c->rc, path, c->config_given, &cause) != 0)
		goto fail;
	free(path);
	path = NULL;
	for (size_t i = 0; i < c->rc.nwarnings; i++)
		cli_error(c, "warning: %s", c->rc.warnings[i]);
	if (c->demo)
		needs |= NEEDS_CATALOGUE;
	if (needs & NEEDS_CATALOGUE) {
		c->cat = catalogue_builtin();
		for (size_t i = 0; i < c->rc.nexercises; i++)
			if (catalogue_add(c->cat, &c->rc.exercises[i], &cause) != 0)
				goto fail;
	}
	if (!(needs & (NEEDS_STORE | NEEDS_OWN_STORE)) && !c->demo)
		return 0;
	if (c->demo)
		return cli_demo(c, &path) == 0 ? (free(path), 0) : (free(path), EXIT_ERROR);
	if ((needs & NEEDS_OWN_STORE) ||
	    cli_open_journal(c, false, cli_store_flags(needs), &cause) == 0)
		return 0;
fail:
	free(path);
	cli_cause(c, cause);
	return rc;
}

/* Remove the demo journal and its directory. */
static void
cli_demo_cleanup(struct cli *c)
{
	static const char *const files[] = { "herstel.db", "herstel.db-wal", "herstel.db-shm" };

	if (c->demo_dir == NULL)
		return;
	for (size_t i = 0; i < HS_ARRAY_LEN(files); i++) {
		char *p = xasprintf("%s/%s", c->demo_dir, files[i]);

		unlink(p);
		free(p);
	}
	rmdir(c->demo_dir);
	free(c->demo_dir);
	c->demo_dir = NULL;
}

static void
cli_teardown(struct cli *c)
{
	store_close(c->store);
	c->store = NULL;
	cli_demo_cleanup(c);
	if (c->cat != NULL)
		catalogue_free(c->cat);
	rc_free(&c->rc);
}

int
cli_main(int argc, char **argv)
{
	struct cli c = { 0 };
	struct cli_args a = { 0 };
	const struct cli_command *cmd = NULL;
	char *cause = NULL;
	int status;

	optind = 1;
	if ((status = cli_parse(&c, NULL, &a, argc, argv, true)) != 0)
		return status;
	if (a.nrest > 0) {
		for (size_t i = 0; i < HS_ARRAY_LEN(commands) && cmd == NULL; i++)
			if (strcmp(a.rest[0], commands[i].name) == 0)
				cmd = &commands[i];
		if (cmd == NULL) {
			char msg[160];

			snprintf(msg, sizeof msg, "unknown command \"%.100s\"", a.rest[0]);
			return cli_bad_usage(&c, NULL, msg);
		}
		c.cmd = cmd->name;
		optind = 0; /* glibc: start over on the command's own arguments */
		if ((status = cli_parse(&c, cmd, &a, a.nrest, a.rest, false)) != 0)
			return status;
	}
	if ((status = cli_setup(&c, cli_needs(cmd, &a))) != 0) {
		cli_teardown(&c);
		return status;
	}
	if (cmd != NULL)
		status = cmd->run(&c, &a);
	else if (ui_run(c.store, &c.rc, c.cat, c.pinned ? c.now : HS_NO_TIME, &cause) != 0)
		status = cli_cause(&c, cause);
	/* A write that the disk reported as failed but that landed after all. */
	if (c.store != NULL && (cause = store_take_warning(c.store)) != NULL) {
		cli_error(&c, "warning: %s", cause);
		free(cause);
	}
	cli_teardown(&c);
	return status;
}

/* When an entry happened: --date (default today) and --time (default now on
 * today, else `default_minute`). */
static int
cli_when(struct cli *c, const struct cli_args *a, int default_minute, hs_minute *at)
{
	hs_date today = stamp_date(c->now), day = today;
	int minute = day == today ? stamp_minute_of_day(c->now) : default_minute;
	char *cause = NULL;

	if (a->date != NULL && date_parse(a->date, today, &day, &cause) != 0)
		return cli_error(c, "--date: %s", cause), free(cause), -1;
	minute = day == today ? stamp_minute_of_day(c->now) : default_minute;
	if (a->time != NULL && time_parse(a->time, &minute, &cause) != 0)
		return cli_error(c, "--time: %s", cause), free(cause), -1;
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

static int
cli_log(struct cli *c, struct cli_args *a)
{
	struct entry *e;
	const struct exercise_def **defs;
	struct svc_entry *ents;
	char **texts, *cause = NULL, *what, when[40];
	int n = 0, parsed = 0, status = EXIT_ERROR;
	hs_minute at;

	if (a->nrest < 1)
		return cli_bad_usage(c, &commands[0], "nothing to log");
	if (cli_when(c, a, 12 * 60, &at) != 0)
		return EXIT_ERROR;
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
	}
	what = xasprintf("log %s%s", texts[0], n > 1 ? " ..." : "");
	ents = xcalloc((size_t)n, sizeof *ents);
	for (int i = 0; i < n; i++)
		ents[i] = (struct svc_entry){ .e = &e[i], .def = defs[i] };
	status = svc_log(c->store, what, ents, (size_t)n, at, NULL, &cause) == 0
	    ? EXIT_OK
	    : cli_cause(c, cause);
	free(ents);
	free(what);
	cli_when_text(at, when, sizeof when);
	for (int i = 0; status == EXIT_OK && i < n; i++) {
		char *d;

		free(e[i].exercise);
		e[i].exercise = xstrdup(defs[i]->name);
		d = entry_describe(&e[i], c->rc.units);
		printf("logged %s on %s\n", d, when);
		free(d);
	}
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
		cli_error(c, "\"%s\": expected GROUP=LEVEL, e.g. quads=2", arg);
	else if (g < 0)
		cli_error(c, "unknown group \"%s\" (groups: %s)", name, group_names());
	else if (util_parse_long(eq + 1, 0, 3, &level) != 0)
		cli_error(c,
		    "%s: soreness must be 0 (none), 1 (mild), 2 (moderate) or"
		    " 3 (severe), got \"%s\"",
		    group_name(g), eq + 1);
	else {
		r->group = g;
		r->level = (int)level;
		rc = 0;
	}
	free(name);
	return rc;
}

static int
cli_sore(struct cli *c, struct cli_args *a)
{
	struct soreness_record *r;
	char *cause = NULL, when[40], *arg;
	hs_minute at;
	int status = EXIT_ERROR, n = 0;

	if (a->nrest < 1)
		return cli_bad_usage(c, &commands[1], "no GROUP=LEVEL given");
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
	if (svc_sore(c->store, "sore", r, (size_t)n, NULL, &cause) != 0) {
		cli_cause(c, cause);
		goto out;
	}
	cli_when_text(at, when, sizeof when);
	for (int i = 0; i < n; i++)
		printf("logged soreness %s %d on %s\n", group_name(r[i].group), r[i].level, when);
	cli_future_note(c, stamp_date(at));
	status = EXIT_OK;
out:
	free(r);
	return status;
}

static int
cli_sleep(struct cli *c, struct cli_args *a)
{
	struct sleep_record r = { 0 };
	char *cause = NULL, *what, date[DATE_BUF];
	hs_minute at;
	long q;
	int status;

	if (a->nrest != 1)
		return cli_bad_usage(
		    c, &commands[2], a->nrest ? "one HOURS only" : "no HOURS given");
	if (cli_when(c, a, 0, &at) != 0)
		return EXIT_ERROR;
	if (util_parse_double(a->rest[0], 0, 24, &r.hours) != 0)
		return cli_error(c, "hours must be a number from 0 to 24, got \"%s\"", a->rest[0]);
	if (a->quality != NULL && util_parse_long(a->quality, 1, 5, &q) != 0)
		return cli_error(c, "--quality must be from 1 to 5, got \"%s\"", a->quality);
	r.quality = a->quality != NULL ? (int)q : 0;
	r.date = stamp_date(at);
	date_format(r.date, date);
	what = xasprintf("sleep %s %g h", date, r.hours);
	status = svc_sleep(c->store, what, &r, &cause) == 0 ? EXIT_OK : cli_cause(c, cause);
	free(what);
	if (status == EXIT_OK && r.quality > 0)
		printf("logged sleep %.1f h, quality %d/5, for the night before %s\n", r.hours,
		    r.quality, date);
	else if (status == EXIT_OK)
		printf("logged sleep %.1f h for the night before %s\n", r.hours, date);
	if (status == EXIT_OK)
		cli_future_note(c, r.date);
	return status;
}

static int
cli_day(struct cli *c, struct cli_args *a)
{
	struct store_day old;
	struct day_record r = { 0 };
	char *cause = NULL, *what, date[DATE_BUF];
	const char *bad;
	hs_minute at;
	int kind = -1, status;

	if (a->nrest > 1 || (a->nrest == 0 && a->note == NULL))
		return cli_bad_usage(c, &commands[3], "give the day's kind, a --note, or both");
	if (cli_when(c, a, 12 * 60, &at) != 0)
		return EXIT_ERROR;
	if (a->nrest == 1 && (kind = day_kind_from_id(a->rest[0])) < 0)
		return cli_error(c,
		    "unknown kind of day \"%s\" (expected training, active,"
		    " rest or passive)",
		    a->rest[0]);
	if (a->note != NULL && strlen(a->note) > ENTRY_NOTE_MAX)
		return cli_error(c, "--note is longer than %d characters", ENTRY_NOTE_MAX);
	if (a->note != NULL && (bad = util_text_problem(a->note)) != NULL)
		return cli_error(c, "--note has %s", bad);
	/* Keep what was already set for the day and is not given now. */
	if (store_load_day(c->store, stamp_date(at), &old, &cause) != 0)
		return cli_cause(c, cause);
	r.date = stamp_date(at);
	r.kind = kind >= 0 ? (enum day_kind)kind : old.day.kind;
	r.note = (char *)(a->note != NULL ? a->note : old.day.note);
	date_format(r.date, date);
	what = xasprintf("day %s %s", date, day_kind_id(r.kind));
	status = svc_day(c->store, what, &r, &cause) == 0 ? EXIT_OK : cli_cause(c, cause);
	if (status == EXIT_OK)
		printf("%s: %s%s%s\n", date, day_kind_label(r.kind), r.note[0] ? ", note: " : "",
		    r.note);
	if (status == EXIT_OK)
		cli_future_note(c, r.date);
	free(what);
	store_day_free(&old);
	return status;
}

/* "quads (+ glutes, hamstrings)" */
static void
cli_groups_text(const unsigned char role[GROUP_COUNT], char *buf, size_t len)
{
	size_t used = 0;
	bool any = false;

	buf[0] = '\0';
	for (int pass = ROLE_PRIMARY; pass <= ROLE_SECONDARY; pass++) {
		bool first = true;

		for (int g = 0; g < GROUP_COUNT && used < len; g++) {
			if (role[g] != pass)
				continue;
			used += (size_t)snprintf(buf + used, len - used, "%s%s",
			    first ? (pass == ROLE_SECONDARY ? (any ? " (+ " : "(+ ") : "") : ", ",
			    group_name(g));
			first = false;
			any = true;
		}
		if (pass == ROLE_SECONDARY && !first && used < len)
			used += (size_t)snprintf(buf + used, len - used, ")");
	}
}

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
		return cli_bad_usage(
		    c, &commands[4], "--add needs --primary GROUP,... and no TEXT");
	if (strlen(a->add) == 0 || strlen(a->add) > 100)
		return cli_error(c, "--add: the name must be 1 to 100 characters");
	if ((bad = util_text_problem(a->add)) != NULL)
		return cli_error(c, "--add: the name has %s", bad);
	old = catalogue_find(c->cat, a->add, NULL);
	if (old != NULL && util_strcasecmp(old->name, a->add) == 0)
		return cli_error(c, "\"%s\" is already an exercise", old->name);
	for (int k = 0; k < 2; k++) {
		char *copy = xstrdup(lists[k] ? lists[k] : ""), *save = NULL, *tok;

		for (tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
			int g = group_parse(util_trim(tok));

			if (g < 0) {
				cli_error(c, "--%s: unknown group \"%s\" (groups: %s)",
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
	what = xasprintf("add exercise %s", a->add);
	if ((found == 1 ? svc_exercise_groups(c->store, what, id, def.role, &cause)
	                : svc_exercise_add(c->store, what, &def, &cause)) != 0) {
		free(what);
		return cli_cause(c, cause);
	}
	free(what);
	cli_groups_text(def.role, groups, sizeof groups);
	printf("%s %s: %s%s\n", found == 1 ? "gave groups to" : "added", def.name, groups,
	    def.bodyweight ? ", bodyweight" : "");
	return EXIT_OK;
}

/* What `exercises` lists of the journal's own exercises without groups. */
struct cli_unplaced {
	const char *text;    /* only names with every word of it; NULL: all */
	struct place *place; /* for suggestions; NULL: none */
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
	if (u->place == NULL) {
		printf("%-36s no groups yet, %zu set%s [own]\n", name, sets, sets == 1 ? "" : "s");
		return 0;
	}
	printf("%-36s %zu set%s", name, sets, sets == 1 ? "" : "s");
	if ((d = place_suggest(u->place, name)) != NULL)
		printf("   did you mean %s?", d->name);
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
		printf("every exercise with sets has muscle groups\n");
	else
		printf("give one groups: herstel exercises --add NAME --primary GROUP,..."
		       " [--secondary GROUP,...]\n");
	return EXIT_OK;
}

static int
cli_exercises(struct cli *c, struct cli_args *a)
{
	const struct exercise_def **found;
	struct cli_unplaced own = { 0 };
	struct strbuf text;
	char groups[256], *cause = NULL;
	size_t n, total = catalogue_count(c->cat);

	if (a->add != NULL)
		return cli_exercise_add(c, a);
	if (a->primary || a->secondary || a->bodyweight)
		return cli_bad_usage(
		    c, &commands[4], "--primary, --secondary and --bodyweight go with --add");
	if (a->unplaced && a->nrest > 0)
		return cli_bad_usage(c, &commands[4], "--unplaced takes no TEXT");
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
		cli_groups_text(found[i]->role, groups, sizeof groups);
		printf("%-36s %s%s%s\n", found[i]->name, groups,
		    found[i]->bodyweight ? " [bodyweight]" : "", found[i]->custom ? " [own]" : "");
	}
	/* The journal's own exercises without groups are not in the catalogue. */
	own.text = text.buf;
	if (store_unplaced(c->store, cli_unplaced_line, &own, &cause) != 0) {
		strbuf_free(&text);
		free(found);
		return cli_cause(c, cause);
	}
	n += own.n;
	if (n == 0)
		fprintf(stderr, "herstel: exercises: nothing matches \"%s\"\n", text.buf);
	strbuf_free(&text);
	free(found);
	return n > 0 ? EXIT_OK : EXIT_ERROR;
}

static int
cli_undo(struct cli *c, struct cli_args *a)
{
	char *what = NULL, *cause = NULL;
	int rc;

	if (a->nrest > 0)
		return cli_bad_usage(c, &commands[5], "undo takes no arguments");
	if ((rc = store_undo(c->store, &what, &cause)) < 0)
		return cli_cause(c, cause);
	if (rc == 1) {
		printf("nothing to undo\n");
		return EXIT_OK;
	}
	printf("undone: %s\n", what);
	free(what);
	return EXIT_OK;
}

/* Is the locale's character set UTF-8? Then symbols and bars use it. */
static bool
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
		cli_error(c, "%s: unknown group \"%s\" (groups: %s)", opt, value, group_names());
	return g;
}

/* The report options of status: --format and --group. */
static int
cli_status_opts(struct cli *c, struct cli_args *a, struct report_opts *o)
{
	static const char *const names[] = { "text", "tsv", "json" };
	const char *no_color = getenv("NO_COLOR");
	int f = a->format == NULL ? 0 : -1;

	for (int i = 0; i < 3 && f < 0; i++)
		if (strcmp(a->format, names[i]) == 0)
			f = i;
	if (f < 0)
		return cli_error(c, "--format: expected text, tsv or json, got \"%s\"", a->format);
	o->format = (enum report_format)f;
	if (a->group != NULL && (o->group = cli_group_option(c, a, "--group", a->group)) < 0)
		return EXIT_ERROR;
	o->color = c->rc.color && isatty(STDOUT_FILENO) && (no_color == NULL || *no_color == '\0');
	return 0;
}

static int
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
		return cli_bad_usage(c, &commands[6], "status takes no operands");
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
static int
cli_config(struct cli *c, struct cli_args *a)
{
	if (a->nrest > 0)
		return cli_bad_usage(c, &commands[7], "config takes no operands");
	printf("# herstelrc keys: [section] key = default\t(range) meaning\n");
	printf("# read from %s\n", c->rc.path != NULL ? c->rc.path : "(no file: defaults)");
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
static int
cli_week(struct cli *c, struct cli_args *a)
{
	static const char *const formats[] = { "text", "tsv", "json" };
	struct week_report_opts o = { .format = REPORT_TEXT,
		.utf8 = cli_utf8(),
		.today = stamp_date(c->now),
		.level = c->rc.level,
		.sleep_target = c->rc.sleep_target,
		.secondary_weight = c->rc.recovery.secondary_weight };
	const char *no_color = getenv("NO_COLOR");
	hs_date day = o.today;
	char *cause = NULL;
	int f = a->format == NULL ? 0 : -1;

	if (a->nrest > 0) {
		for (size_t i = 0; i < HS_ARRAY_LEN(commands); i++)
			if (commands[i].run == cli_week)
				return cli_bad_usage(c, &commands[i], "week takes no operands");
	}
	for (int i = 0; i < 3 && f < 0; i++)
		if (strcmp(a->format, formats[i]) == 0)
			f = i;
	if (f < 0)
		return cli_error(c, "--format: expected text, tsv or json, got \"%s\"", a->format);
	if (a->date != NULL && date_parse(a->date, o.today, &day, &cause) != 0)
		return cli_error(c, "--date: %s", cause), free(cause), EXIT_ERROR;
	o.format = (enum report_format)f;
	o.color = c->rc.color && isatty(STDOUT_FILENO) && (no_color == NULL || *no_color == '\0');
	return cli_week_print(c, week_start_date(day, c->rc.week_start), &o);
}

/* The table entry of a command, for its usage line. */
static const struct cli_command *
cli_command_of(int (*run)(struct cli *, struct cli_args *))
{
	for (size_t i = 0; i < HS_ARRAY_LEN(commands); i++)
		if (commands[i].run == run)
			return &commands[i];
	return NULL;
}

/* --from and --to of export: the whole history when not given. */
static int
cli_range(struct cli *c, const struct cli_args *a, hs_date *from, hs_date *to)
{
	hs_date today = stamp_date(c->now);
	char *cause = NULL;

	*from = date_from_ymd(DATE_MIN_YEAR, 1, 1);
	*to = date_from_ymd(DATE_MAX_YEAR, 12, 31);
	if (a->from != NULL && date_parse(a->from, today, from, &cause) != 0)
		return cli_error(c, "--from: %s", cause), free(cause), -1;
	if (a->to != NULL && date_parse(a->to, today, to, &cause) != 0)
		return cli_error(c, "--to: %s", cause), free(cause), -1;
	if (*from > *to)
		return cli_error(c, "--from %s is after --to %s", a->from, a->to), -1;
	return 0;
}

/* What a Strong export could not carry, on stderr (stdout may be the file). */
static void
cli_export_left(const struct cli *c, const struct export_left *l)
{
	if (l->own_groups > 0)
		cli_error(c,
		    "the Strong format cannot carry the muscle groups of your own exercises (%s);"
		    " export --format csv or json keeps them",
		    l->own_names);
	if (l->supersets > 0)
		cli_error(c,
		    "the Strong format cannot carry supersets: %zu set%s left as single sets",
		    l->supersets, l->supersets == 1 ? "" : "s");
	if (l->soreness + l->sleep > 0)
		cli_error(c,
		    "the Strong format has no soreness or sleep: %zu record%s not written"
		    " (export --format csv or json has them)",
		    l->soreness + l->sleep, l->soreness + l->sleep == 1 ? "" : "s");
}

/* `herstel export`: the journal to stdout or a file (written beside it and
 * renamed into place). */
static int
cli_export(struct cli *c, struct cli_args *a)
{
	struct export_opts o = { .units = c->rc.units, .now = c->now, .path = a->output };
	const char *fmt = a->format != NULL ? a->format : c->rc.export_format;
	struct export_left left = { 0 };
	char *cause = NULL;
	size_t n;
	int f;

	if (a->nrest > 0)
		return cli_bad_usage(c, cli_command_of(cli_export),
		    "export takes no operands"
		    " (use -o FILE)");
	if ((f = export_format_from_id(fmt)) < 0)
		return cli_error(c, "--format: expected csv, json or strong, got \"%s\"", fmt);
	o.format = (enum interop_format)f;
	if (cli_range(c, a, &o.from, &o.to) != 0)
		return EXIT_ERROR;
	if (o.format == INTEROP_STRONG)
		o.left = &left;
	if (export_run(c->store, &o, &n, &cause) != 0)
		return export_left_free(&left), cli_cause(c, cause);
	if (o.path != NULL && strcmp(o.path, "-") != 0)
		printf("exported %zu record%s to %s\n", n, n == 1 ? "" : "s", o.path);
	cli_export_left(c, &left);
	export_left_free(&left);
	return EXIT_OK;
}

/* `herstel import`: all or nothing, one batch that undo takes back. */
static int
cli_import(struct cli *c, struct cli_args *a)
{
	struct import_opts o = {
		.format = INTEROP_AUTO, .dry_run = a->dry_run, .units = c->rc.units
	};
	struct import_report rep;
	char *cause = NULL;
	int f = a->format != NULL ? interop_format_from_id(a->format) : INTEROP_AUTO;

	if (a->nrest != 1)
		return cli_bad_usage(c, cli_command_of(cli_import),
		    a->nrest ? "one FILE only" : "no FILE given (- reads stdin)");
	if (f < 0)
		return cli_error(c,
		    "--format: expected auto, csv, json, strong, hevy, fitnotes, fitbod, liftosaur,"
		    " stronglifts or liftlog, got \"%s\"",
		    a->format);
	if (a->units != NULL && strcmp(a->units, "kg") != 0 && strcmp(a->units, "lb") != 0)
		return cli_error(c, "--units: expected kg or lb, got \"%s\"", a->units);
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
	import_summary_print(stdout, &rep, strcmp(o.path, "-") == 0 ? "stdin" : o.path, o.dry_run);
	import_report_free(&rep);
	return EXIT_OK;
}
