/* cli.c: the command line. The table of commands and the global options,
 * the parser built from it, the setup each command's row asks for, and
 * the dispatch. The commands themselves are in cli_write.c (log, sore,
 * sleep, day, undo), cli_read.c (exercises, status, config, week), cli_io.c
 * (export, import) and cli_complete.c (help, completion); each checks all
 * of its input before it writes anything. */
#include "config.h"

#include "cli.h"

#include <getopt.h>
#include <locale.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "cli_complete.h"
#include "cli_impl.h"
#include "cli_io.h"
#include "cli_read.h"
#include "cli_search.h"
#include "cli_tools.h"
#include "cli_write.h"
#include "date.h"
#include "demo.h"
#include "i18n.h"
#include "cli_progress.h"
#include "rc.h"
#include "store.h"
#include "ui.h"
#include "util.h"

#define ARG(f) offsetof(struct cli_args, f)
/* The options more than one command has. */
#define OPT_DATE \
	{ \
		"date", 0, "D", CLI_TEXT, NULL, ARG(date), \
		    N_("the day: YYYY-MM-DD, today, yesterday or -N (days ago)") \
	}
#define OPT_TIME \
	{ \
		"time", 0, "HH:MM", CLI_TEXT, NULL, ARG(time), N_("the time of day") \
	}
#define OPT_FORMAT_REPORT \
	{ \
		"format", 0, "FORMAT", CLI_LIST, "text|tsv|json", ARG(format), \
		    N_("text for people, tsv or json for scripts") \
	}

const struct cli_command cli_commands[] = {
	{ "log", "log [--date D] [--time HH:MM] ENTRY... | log --repeat D [--date D] [--time HH:MM]",
	    N_("log sets: \"squat 5x5 100kg @8\", one entry per argument"),
	    { OPT_DATE, OPT_TIME,
	        { "repeat", 0, "D", CLI_TEXT, NULL, ARG(repeat),
	            N_("log every set of day D again, as one undo step") } },
	    CLI_EXERCISE, NULL, NEEDS_STORE | NEEDS_CATALOGUE | NEEDS_WRITE, cli_log },
	{ "sore", "sore [--date D] [--time HH:MM] GROUP=LEVEL...",
	    N_("log soreness of muscle groups, 0 (none) to 3 (severe)"), { OPT_DATE, OPT_TIME },
	    CLI_SORENESS, NULL, NEEDS_STORE | NEEDS_WRITE, cli_sore },
	{ "sleep", "sleep [--date D] HOURS [--quality 1-5]",
	    N_("log the hours slept the night before the day"),
	    { OPT_DATE,
	        { "quality", 0, "1-5", CLI_TEXT, NULL, ARG(quality),
	            N_("how well, 1 (poorly) to 5 (very well)") } },
	    CLI_TEXT, NULL, NEEDS_STORE | NEEDS_WRITE, cli_sleep },
	{ "day", "day [--date D] [training|active|rest|passive] [--note TEXT]",
	    N_("set the kind of a day, or its note"),
	    { OPT_DATE, { "note", 0, "TEXT", CLI_TEXT, NULL, ARG(note), N_("the day's note") } },
	    CLI_DAY_KIND, NULL, NEEDS_STORE | NEEDS_WRITE, cli_day },
	{ "exercises",
	    "exercises [--names] [TEXT] | exercises --unplaced | exercises --add NAME --primary"
	    " GROUP,... [--secondary GROUP,...] [--bodyweight]",
	    N_("search the exercises, or add one of your own"),
	    { { "names", 0, NULL, CLI_NONE, NULL, ARG(names),
	          N_("the names alone, one a line, for scripts") },
	        { "unplaced", 0, NULL, CLI_NONE, NULL, ARG(unplaced),
	            N_("list the journal's exercises without muscle groups") },
	        { "add", 0, "NAME", CLI_TEXT, NULL, ARG(add), N_("add an exercise of your own") },
	        { "primary", 0, "GROUP,...", CLI_GROUPS, NULL, ARG(primary),
	            N_("the groups it trains most") },
	        { "secondary", 0, "GROUP,...", CLI_GROUPS, NULL, ARG(secondary),
	            N_("the groups it trains less") },
	        { "bodyweight", 0, NULL, CLI_NONE, NULL, ARG(bodyweight),
	            N_("it is done with the body's weight") } },
	    CLI_TEXT, NULL, NEEDS_STORE | NEEDS_CATALOGUE, cli_exercises },
	{ "undo", "undo", N_("take back the last write, whole"), { { 0 } }, CLI_NONE, NULL,
	    NEEDS_STORE | NEEDS_WRITE, cli_undo },
	{ "status", "status [--format text|tsv|json] [--group G] [--explain G]",
	    N_("the recovery board: how ready each muscle group is"),
	    { OPT_FORMAT_REPORT,
	        { "group", 0, "G", CLI_GROUP, NULL, ARG(group), N_("only this muscle group") },
	        { "explain", 0, "G", CLI_GROUP, NULL, ARG(explain),
	            N_("how the group's figure came about") } },
	    CLI_NONE, NULL, NEEDS_STORE, cli_status },
	{ "config", "config", N_("list every herstelrc key, its default and meaning"), { { 0 } },
	    CLI_NONE, NULL, NEEDS_CONFIG, cli_config },
	{ "week", "week [--date D] [--format text|tsv|json]",
	    N_("the week's calendar and verdicts"), { OPT_DATE, OPT_FORMAT_REPORT }, CLI_NONE, NULL,
	    NEEDS_STORE, cli_week },
	{ "calendar", "calendar [--month YYYY-MM | --year YYYY] [--format text|tsv|json]",
	    N_("a month of days at a glance, or a year as a heat map of hard sets"),
	    { { "month", 0, "YYYY-MM", CLI_TEXT, NULL, ARG(month),
	          N_("the month (default: this one)") },
	        { "year", 0, "YYYY", CLI_TEXT, NULL, ARG(year), N_("a whole year instead") },
	        OPT_FORMAT_REPORT },
	    CLI_NONE, NULL, NEEDS_STORE, cli_calendar },
	{ "history", "history EXERCISE [--format text|tsv|json]",
	    N_("one exercise's sessions: best sets, e1RM, volume and records"),
	    { OPT_FORMAT_REPORT }, CLI_EXERCISE, NULL, NEEDS_STORE | NEEDS_CATALOGUE, cli_history },
	{ "volume", "volume [--weeks N] [--date D] [--format text|tsv|json]",
	    N_("hard sets per muscle group and week, against [volume] low-high"),
	    { { "weeks", 0, "N", CLI_TEXT, NULL, ARG(weeks), N_("how many weeks, 1-26 (default 4)") },
	        OPT_DATE, OPT_FORMAT_REPORT },
	    CLI_NONE, NULL, NEEDS_STORE, cli_volume },
	{ "plates", "plates WEIGHT [--bar W] [--format text|tsv|json]",
	    N_("the plates on each side of the bar for a weight"),
	    { { "bar", 0, "W", CLI_TEXT, NULL, ARG(bar),
	          N_("the bar's weight, instead of [plates] bar") },
	        OPT_FORMAT_REPORT },
	    CLI_TEXT, NULL, NEEDS_CONFIG, cli_plates },
	{ "search", "search TEXT [--limit N] [--format text|tsv|json]",
	    N_("the days whose exercises or notes contain TEXT, newest first"),
	    { { "limit", 0, "N", CLI_TEXT, NULL, ARG(limit), N_("at most N days (default: all)") },
	        OPT_FORMAT_REPORT },
	    CLI_TEXT, NULL, NEEDS_STORE | EXITS_AS_GREP, cli_search },
	{ "rest", "rest [DURATION]",
	    N_("count a rest down (default: [rest] length), then ring the bell"), { { 0 } },
	    CLI_TEXT, NULL, NEEDS_CONFIG, cli_rest },
	{ "export", "export [--format csv|json|strong] [--from D] [--to D] [-o FILE|-]",
	    N_("write the journal to a file or stdout"),
	    { { "format", 0, "FORMAT", CLI_LIST, "csv|json|strong", ARG(format),
	          N_("the file's format (default: [export] format)") },
	        { "from", 0, "D", CLI_TEXT, NULL, ARG(from), N_("the first day") },
	        { "to", 0, "D", CLI_TEXT, NULL, ARG(to), N_("the last day") },
	        { "output", 'o', "FILE", CLI_FILE, NULL, ARG(output),
	            N_("the file to write, - for stdout") } },
	    CLI_NONE, NULL, NEEDS_STORE, cli_export },
	{ "import",
	    "import [--format "
	    "auto|csv|json|strong|hevy|fitnotes|fitbod|liftosaur|stronglifts|liftlog]"
	    " [--units kg|lb] [--dry-run] FILE|-",
	    N_("read a file of herstel or another app, all or nothing"),
	    { { "format", 0, "FORMAT", CLI_LIST,
	          "auto|csv|json|strong|hevy|fitnotes|fitbod|liftosaur|stronglifts|liftlog",
	          ARG(format), N_("the file's format (default: found from the file)") },
	        { "units", 0, "UNITS", CLI_LIST, "kg|lb", ARG(units),
	            N_("the units of a file that does not say") },
	        { "dry-run", 0, NULL, CLI_NONE, NULL, ARG(dry_run),
	            N_("say what would be imported, write nothing") } },
	    CLI_FILE, NULL, NEEDS_OWN_STORE | NEEDS_CATALOGUE, cli_import },
	{ "help", "help [COMMAND]", N_("the commands, or one command's options"), { { 0 } },
	    CLI_COMMAND, NULL, 0, cli_help },
	{ "completion", "completion bash|zsh|fish",
	    N_("print the shell's completion script for herstel"), { { 0 } }, CLI_LIST,
	    "bash|zsh|fish", 0, cli_completion },
};
const size_t cli_ncommands = HS_ARRAY_LEN(cli_commands);

#define GLOBAL(f) offsetof(struct cli, f)
const struct cli_option cli_globals[] = {
	{ "db", 0, "FILE", CLI_FILE, NULL, GLOBAL(db_path), N_("use the journal in FILE") },
	{ "config", 0, "FILE", CLI_FILE, NULL, GLOBAL(config_path),
	    N_("read the settings from FILE") },
	{ "at", 0, "'YYYY-MM-DD HH:MM'", CLI_TEXT, NULL, GLOBAL(at_text),
	    N_("act as if it were this local time") },
	{ "demo", 0, NULL, CLI_NONE, NULL, GLOBAL(demo),
	    N_("work on a journal of made-up history, removed on exit") },
	{ "help", 'h', NULL, CLI_NONE, NULL, GLOBAL(help), N_("print the commands and exit") },
	{ "version", 'V', NULL, CLI_NONE, NULL, GLOBAL(version), N_("print the version and exit") },
	{ 0 },
};

int
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
	fprintf(stderr, "herstel: %s%s%s\n", c->cmd != NULL ? c->cmd->name : "",
	    c->cmd != NULL ? ": " : "", msg);
	free(msg);
	return EXIT_ERROR;
}

int
cli_cause(const struct cli *c, char *cause)
{
	cli_error(c, "%s", cause != NULL ? cause : _("unknown error"));
	free(cause);
	return EXIT_ERROR;
}

int
cli_bad_usage(const struct cli *c, const char *what)
{
	cli_error(c, "%s", what);
	if (c->cmd != NULL)
		fprintf(stderr, _("usage: herstel %s\n"), c->cmd->usage);
	else
		fprintf(stderr, _("try: herstel --help\n"));
	return EXIT_USAGE;
}

const struct cli_command *
cli_command_named(const char *name)
{
	for (size_t i = 0; i < cli_ncommands; i++)
		if (strcmp(name, cli_commands[i].name) == 0)
			return &cli_commands[i];
	return NULL;
}

/* Does the command's --format choose how a view is written (its words
 * have "text"), rather than a file's format? */
static bool
cli_view_format(const struct cli_command *cmd)
{
	if (cmd == NULL)
		return false;
	for (const struct cli_option *o = cmd->options; o->name != NULL; o++)
		if (strcmp(o->name, "format") == 0)
			return o->list != NULL && cli_list_index(o->list, "text") >= 0;
	return false;
}

int
cli_list_index(const char *list, const char *word)
{
	size_t n = strlen(word);
	int i = 0;

	/* "text|tsv" would match the first two words as one. */
	if (strchr(word, '|') != NULL)
		return -1;
	for (const char *p = list; p != NULL; p = strchr(p, '|'), p = p ? p + 1 : p, i++)
		if (strncmp(p, word, n) == 0 && (p[n] == '|' || p[n] == '\0'))
			return i;
	return -1;
}

int
cli_pick(const struct cli *c, const char *option, const char *value)
{
	if (value == NULL || c->cmd == NULL)
		return -1;
	for (const struct cli_option *o = c->cmd->options; o->name != NULL; o++)
		if (strcmp(o->name, option) == 0 && o->values == CLI_LIST)
			return cli_list_index(o->list, value);
	return -1;
}

int
cli_bad_word(const struct cli *c, const char *what, const char *list, const char *value)
{
	struct strbuf words;
	const char *p = list, *bar;

	strbuf_init(&words);
	for (; (bar = strchr(p, '|')) != NULL; p = bar + 1)
		strbuf_printf(&words, "%s%.*s", words.len ? ", " : "", (int)(bar - p), p);
	strbuf_printf(&words, "%s%s", words.len ? _(" or ") : "", p);
	if (what != NULL)
		cli_error(c, _("%s: expected %s, got \"%s\""), what, words.buf, value);
	else
		cli_error(c, _("expected %s, got \"%s\""), words.buf, value);
	strbuf_free(&words);
	return EXIT_ERROR;
}

/* The options a parse knows: the global ones (into struct cli) and the
 * command's (into struct cli_args). */
struct cli_known {
	const struct cli_option *opt[32];
	void *base[32];
	size_t n;
};

static void
cli_know(struct cli_known *k, const struct cli_option *list, void *base)
{
	for (const struct cli_option *o = list; o->name != NULL && k->n < HS_ARRAY_LEN(k->opt);
	     o++) {
		k->opt[k->n] = o;
		k->base[k->n++] = base;
	}
}

/* Is `word` ("--quality", "--quality=3") an option of some command? */
static bool
cli_option_elsewhere(const char *word)
{
	size_t n;

	if (strncmp(word, "--", 2) != 0)
		return false;
	word += 2;
	n = strcspn(word, "=");
	for (size_t i = 0; i < cli_ncommands; i++)
		for (const struct cli_option *o = cli_commands[i].options; o->name != NULL; o++)
			if (strlen(o->name) == n && strncmp(o->name, word, n) == 0)
				return true;
	return false;
}

/* Parse argv from optind on with getopt_long, knowing the global options
 * and the command's (from its row); `+` stops at the first operand when
 * reading the global options alone, so the command name ends them. */
static int
cli_parse(struct cli *c, struct cli_args *a, int argc, char **argv, bool globals_only)
{
	struct cli_known k = { .n = 0 };
	struct option longs[HS_ARRAY_LEN(k.opt) + 1];
	char shorts[3 * HS_ARRAY_LEN(k.opt) + 4], msg[160];
	size_t ns = 0;
	int opt, idx;

	cli_know(&k, cli_globals, c);
	if (c->cmd != NULL)
		cli_know(&k, c->cmd->options, a);
	if (globals_only)
		shorts[ns++] = '+';
	shorts[ns++] = ':';
	for (size_t i = 0; i < k.n; i++) {
		const struct cli_option *o = k.opt[i];

		/* A short letter comes back as itself, the rest as 256 + place. */
		longs[i] = (struct option){ o->name, o->arg ? required_argument : no_argument, NULL,
			o->letter ? o->letter : 256 + (int)i };
		if (o->letter) {
			shorts[ns++] = o->letter;
			if (o->arg)
				shorts[ns++] = ':';
		}
	}
	longs[k.n] = (struct option){ 0 };
	shorts[ns] = '\0';
	opterr = 0;
	while ((opt = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
		const struct cli_option *o = NULL;

		for (idx = 0; idx < (int)k.n && o == NULL; idx++)
			if (opt == (k.opt[idx]->letter ? k.opt[idx]->letter : 256 + idx))
				o = k.opt[idx];
		if (o == NULL) {
			/* ':' (a leading ':' in the option string): a missing value, which
			 * '?' used to report as "unknown option -d". */
			if (opt == ':')
				snprintf(msg, sizeof msg, _("%s needs a value"), argv[optind - 1]);
			else if (optopt != 0 && optopt < 256)
				snprintf(msg, sizeof msg, _("unknown option -%c"), optopt);
			else if (cli_option_elsewhere(argv[optind - 1]))
				snprintf(msg, sizeof msg, _("%.*s is not an option of %s"),
				    (int)strcspn(argv[optind - 1], "="), argv[optind - 1],
				    c->cmd != NULL ? c->cmd->name : "herstel");
			else
				snprintf(msg, sizeof msg, _("unknown option or missing value: %.100s"),
				    argv[optind - 1]);
			return cli_bad_usage(c, msg);
		}
		idx--;
		if (o->arg == NULL)
			*(bool *)((char *)k.base[idx] + o->slot) = true;
		else if (o->values == CLI_LIST && cli_list_index(o->list, optarg) < 0) {
			snprintf(msg, sizeof msg, "--%s", o->name);
			return cli_bad_word(c, msg, o->list, optarg);
		} else
			*(const char **)((char *)k.base[idx] + o->slot) = optarg;
		/* At once, as getopt used to: "herstel --help --bogus" helps. */
		if (c->help) {
			cli_help_print(stdout, c->cmd);
			exit(EXIT_OK);
		}
		if (c->version) {
			printf("herstel %s\n", PACKAGE_VERSION);
			exit(EXIT_OK);
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
		return cli_error(c, _("--at: %s"), cause), free(cause), EXIT_ERROR;
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
		cli_error(c, _("cannot make a demo directory in %s"), tmp && *tmp ? tmp : "/tmp");
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
int
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

/* herstelrc's language over the locale main() chose. gettext looks first
 * at LANGUAGE, but ignores it while LC_MESSAGES is "C" (or "POSIX"): so nl
 * sets LANGUAGE=nl and, in such a locale, LC_MESSAGES to nl_NL.UTF-8 or,
 * where that is not installed, C.UTF-8 (every glibc since 2.35 has it;
 * only the category of messages changes, LC_CTYPE stays the user's). en
 * is the C locale of messages, where gettext returns the English msgids.
 * A view in a machine format keeps C whatever the key says. */
static void
cli_language(enum rc_language l)
{
#if ENABLE_NLS
	const char *cur;

	if (l == RC_LANGUAGE_EN)
		setlocale(LC_MESSAGES, "C");
	else if (l == RC_LANGUAGE_NL) {
		setenv("LANGUAGE", "nl", 1);
		cur = setlocale(LC_MESSAGES, NULL);
		if (cur == NULL || strcmp(cur, "C") == 0 || strcmp(cur, "POSIX") == 0)
			if (setlocale(LC_MESSAGES, "nl_NL.UTF-8") == NULL)
				setlocale(LC_MESSAGES, "C.UTF-8");
	} else
		return;
	/* gettext keeps what it found; a call of textdomain makes it look again. */
	textdomain(PACKAGE);
#else
	(void)l;
#endif
}

/* Config, and what the command needs of the catalogue and the journal. */
static int
cli_setup(struct cli *c, unsigned needs)
{
	char *cause = NULL, *path = NULL;
	int rc = EXIT_ERROR;

	if (needs == 0)
		return 0;
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
	if (!c->machine)
		cli_language(c->rc.language);
	for (size_t i = 0; i < c->rc.nwarnings; i++)
		cli_error(c, _("warning: %s"), c->rc.warnings[i]);
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
	if ((status = cli_parse(&c, &a, argc, argv, true)) != 0)
		return status;
	if (a.nrest > 0) {
		if ((cmd = cli_command_named(a.rest[0])) == NULL) {
			char msg[160];

			snprintf(msg, sizeof msg, _("unknown command \"%.100s\""), a.rest[0]);
			return cli_bad_usage(&c, msg);
		}
		c.cmd = cmd;
		optind = 0; /* glibc: start over on the command's own arguments */
		if ((status = cli_parse(&c, &a, a.nrest, a.rest, false)) != 0)
			return cmd->needs & EXITS_AS_GREP ? EXIT_USAGE : status;
	}
	/* A view in a machine format (status, week, calendar, plates as tsv or
	 * json) reads the same in every language: its words and messages are
	 * made in C from here on. The --format of export and import names a
	 * file's format instead (the file is English anyway): what they say on
	 * the terminal stays in the user's language. */
	c.machine = a.format != NULL && strcmp(a.format, "text") != 0 && cli_view_format(cmd);
	if (c.machine)
		setlocale(LC_MESSAGES, "C");
	c.config_given = c.config_path != NULL;
	if ((status = cli_setup(&c, cli_needs(cmd, &a))) != 0) {
		cli_teardown(&c);
		return cmd != NULL && cmd->needs & EXITS_AS_GREP ? EXIT_USAGE : status;
	}
	if (cmd != NULL)
		status = cmd->run(&c, &a);
	else if (ui_run(c.store, &c.rc, c.cat, c.pinned ? c.now : HS_NO_TIME, &cause) != 0)
		status = cli_cause(&c, cause);
	/* A write that the disk reported as failed but that landed after all. */
	if (c.store != NULL && (cause = store_take_warning(c.store)) != NULL) {
		cli_error(&c, _("warning: %s"), cause);
		free(cause);
	}
	cli_teardown(&c);
	return status;
}
