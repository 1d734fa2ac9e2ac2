/* cli_complete.c: the table of commands read back: the help, and the
 * completion scripts of bash, zsh and fish. Nothing here knows a command
 * by name: a new command or option shows up in all four by its row. */
#include "config.h"

#include "cli_complete.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "groups.h"
#include "i18n.h"
#include "journal.h"
#include "recovery.h"
#include "util.h"

/* The words a value of kind `v` can be, each followed by `suffix`, with
 * `sep` between them. */
static void
cli_words(
    struct strbuf *sb, enum cli_values v, const char *list, const char *suffix, const char *sep)
{
	const char *p, *bar;
	bool first = true;

	switch (v) {
	case CLI_LIST:
		for (p = list; p != NULL; p = bar != NULL ? bar + 1 : NULL, first = false) {
			bar = strchr(p, '|');
			strbuf_printf(sb, "%s%.*s%s", first ? "" : sep,
			    (int)(bar != NULL ? (size_t)(bar - p) : strlen(p)), p, suffix);
		}
		break;
	case CLI_GROUP:
	case CLI_GROUPS:
	case CLI_SORENESS:
		/* The ids ("middle_back"): one word each, and group_parse takes them. */
		for (int g = 0; g < GROUP_COUNT; g++)
			strbuf_printf(sb, "%s%s%s", g ? sep : "", group_id((enum group)g), suffix);
		break;
	case CLI_DAY_KIND:
		for (int k = DAY_UNSET + 1; k < DAY_KIND_COUNT; k++)
			strbuf_printf(sb, "%s%s%s", k > DAY_UNSET + 1 ? sep : "",
			    day_kind_id((enum day_kind)k), suffix);
		break;
	case CLI_COMMAND:
		for (size_t i = 0; i < cli_ncommands; i++)
			strbuf_printf(sb, "%s%s%s", i ? sep : "", cli_commands[i].name, suffix);
		break;
	case CLI_NONE:
	case CLI_TEXT:
	case CLI_FILE:
	case CLI_EXERCISE: /* asked of herstel when completing */
		break;
	}
}

/* `text` inside '...' of a shell: bash and zsh end the quotes around a '. */
static void
cli_quoted(FILE *f, const char *text, const char *specials)
{
	for (const char *p = text; *p != '\0'; p++) {
		if (*p == '\'')
			fputs("'\\''", f);
		else if (specials != NULL && strchr(specials, *p) != NULL)
			fprintf(f, "\\%c", *p);
		else
			putc(*p, f);
	}
}

/* fish: inside '...', \ and ' take a backslash. */
static void
cli_fish_quoted(FILE *f, const char *text)
{
	for (const char *p = text; *p != '\0'; p++) {
		if (*p == '\'' || *p == '\\')
			putc('\\', f);
		putc(*p, f);
	}
}

/* "  -o, --output FILE   the file to write", GNU's columns. */
static void
cli_option_line(FILE *f, const struct cli_option *o)
{
	char head[64], letter[8] = "    ";

	if (o->letter)
		snprintf(letter, sizeof letter, "-%c, ", o->letter);
	snprintf(head, sizeof head, "%s--%s%s%s", letter, o->name, o->arg ? " " : "",
	    o->arg ? o->arg : "");
	fprintf(f, "  %-30s %s\n", head, _(o->help));
}

void
cli_help_print(FILE *f, const struct cli_command *cmd)
{
	const struct cli_option *o;

	if (cmd != NULL) {
		fprintf(f, _("usage: herstel %s\n"), cmd->usage);
		fprintf(f, "%s\n", _(cmd->summary));
		if (cmd->options[0].name != NULL)
			fprintf(f, "\n%s\n", _("options:"));
		for (o = cmd->options; o->name != NULL; o++)
			cli_option_line(f, o);
		fprintf(f, "\n%s\n", _("The options of herstel --help go with every command."));
		return;
	}
	/* TRANSLATORS: followed by the global options, " [--db FILE] ...". */
	fputs(_("usage: herstel"), f);
	for (o = cli_globals; o->name != NULL; o++)
		if (o->letter == 0) /* not --help and --version */
			fprintf(f, " [--%s%s%s]", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
	fprintf(f, " [COMMAND]\n\n%s\n\n%s\n",
	    _("Without a command, herstel opens the interactive journal."), _("options:"));
	for (o = cli_globals; o->name != NULL; o++)
		cli_option_line(f, o);
	fprintf(f, "\n%s\n", _("commands:"));
	for (size_t i = 0; i < cli_ncommands; i++)
		fprintf(f, "  herstel %s\n      %s\n", cli_commands[i].usage, /* the synopsis is typed */
		    _(cli_commands[i].summary));
	fprintf(f, "\n%s\n", _("See herstel(1), herstelrc(5) and herstel-recovery(7)."));
}

int
cli_help(struct cli *c, struct cli_args *a)
{
	const struct cli_command *cmd = NULL;

	if (a->nrest > 1)
		return cli_bad_usage(c, _("one COMMAND only"));
	if (a->nrest == 1 && (cmd = cli_command_named(a->rest[0])) == NULL) {
		char *msg = xasprintf(_("unknown command \"%.100s\""), a->rest[0]);
		int rc = cli_bad_usage(c, msg);

		free(msg);
		return rc;
	}
	cli_help_print(stdout, cmd);
	return EXIT_OK;
}

/* bash ----------------------------------------------------------------------- */

/* The long names of a list of options, " --date --time". */
static void
cli_long_names(struct strbuf *sb, const struct cli_option *list)
{
	for (const struct cli_option *o = list; o->name != NULL; o++)
		strbuf_printf(sb, " --%s", o->name);
}

/* The case arm of bash that completes the value of an option or an operand
 * of kind `v`, ending in `return`. */
static void
cli_bash_values(FILE *f, enum cli_values v, const char *list, const char *indent)
{
	struct strbuf words;

	strbuf_init(&words);
	cli_words(&words, v, list, "", " ");
	switch (v) {
	case CLI_LIST:
	case CLI_GROUP:
	case CLI_DAY_KIND:
	case CLI_COMMAND:
		fprintf(f, "%sCOMPREPLY=($(compgen -W '%s' -- \"$cur\"))\n", indent, words.buf);
		break;
	case CLI_GROUPS:
		fprintf(f, "%s_herstel_list '%s'\n", indent, words.buf);
		break;
	case CLI_SORENESS:
		fprintf(f, "%s_herstel_soreness '%s'\n", indent, words.buf);
		break;
	case CLI_FILE:
		fprintf(f, "%s_herstel_files\n", indent);
		break;
	case CLI_EXERCISE:
		fprintf(f, "%s_herstel_exercises\n", indent);
		break;
	case CLI_NONE:
	case CLI_TEXT:
		break;
	}
	fprintf(f, "%sreturn\n", indent);
	strbuf_free(&words);
}

/* The case arms of `case $prev` for the options of a list that take a value. */
static void
cli_bash_prev(FILE *f, const struct cli_option *list, const char *indent)
{
	char inner[16];

	snprintf(inner, sizeof inner, "%s\t", indent);
	for (const struct cli_option *o = list; o->name != NULL; o++) {
		if (o->arg == NULL)
			continue;
		fprintf(f, "%s--%s", indent, o->name);
		if (o->letter)
			fprintf(f, " | -%c", o->letter);
		fprintf(f, ")\n");
		cli_bash_values(f, o->values, o->list, inner);
		fprintf(f, "%s;;\n", inner);
	}
}

static void
cli_bash(FILE *f)
{
	struct strbuf globals, words;

	strbuf_init(&globals);
	strbuf_init(&words);
	cli_long_names(&globals, cli_globals);
	cli_words(&words, CLI_COMMAND, NULL, "", " ");
	fputs("# bash completion for herstel(1), written by `herstel completion bash`.\n"
	      "# bash-completion loads it from its completions directory; or source it.\n"
	      "\n"
	      "_herstel_files()\n"
	      "{\n"
	      "\tlocal IFS=$'\\n'\n"
	      "\tcompopt -o filenames 2>/dev/null\n"
	      "\tCOMPREPLY=($(compgen -f -- \"$cur\"))\n"
	      "}\n"
	      "\n"
	      "# The last of words with commas between: --primary quads,glu<Tab>.\n"
	      "_herstel_list()\n"
	      "{\n"
	      "\tlocal pre=\n"
	      "\tcase $cur in *,*) pre=${cur%,*}, ;; esac\n"
	      "\tCOMPREPLY=($(compgen -P \"$pre\" -W \"$1\" -- \"${cur##*,}\"))\n"
	      "\tcompopt -o nospace 2>/dev/null\n"
	      "}\n"
	      "\n"
	      "# GROUP=LEVEL: the group, then after its = the level.\n"
	      "_herstel_soreness()\n"
	      "{\n"
	      "\tif [ -n \"$eq\" ]; then\n"
	      "\t\tCOMPREPLY=($(compgen -W '0 1 2 3' -- \"$cur\"))\n"
	      "\telif [[ $cur == *=* ]]; then\n"
	      "\t\tCOMPREPLY=($(compgen -P \"${cur%%=*}=\" -W '0 1 2 3' -- \"${cur#*=}\"))\n"
	      "\telse\n"
	      "\t\tCOMPREPLY=($(compgen -S = -W \"$1\" -- \"$cur\"))\n"
	      "\t\tcompopt -o nospace 2>/dev/null\n"
	      "\tfi\n"
	      "}\n"
	      "\n"
	      "# An exercise's name, as herstel exercises --names lists them: a name of\n"
	      "# several words is one word to bash (bench\\ press).\n"
	      "_herstel_exercises()\n"
	      "{\n"
	      "\tlocal n q c=${cur//\\\\ / }\n"
	      "\twhile IFS= read -r n; do\n"
	      "\t\tif [[ $n == \"$c\"* ]]; then\n"
	      "\t\t\tprintf -v q '%q' \"$n\"\n"
	      "\t\t\tCOMPREPLY+=(\"$q\")\n"
	      "\t\tfi\n"
	      "\tdone < <(herstel exercises --names 2>/dev/null)\n"
	      "}\n"
	      "\n"
	      "_herstel()\n"
	      "{\n"
	      "\tlocal cur=${COMP_WORDS[COMP_CWORD]} prev= eq= cmd= i\n"
	      "\t[ \"$COMP_CWORD\" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
	      "\tCOMPREPLY=()\n"
	      "\t# bash splits --format=json and quads=2 at the = (COMP_WORDBREAKS).\n"
	      "\tif [ \"$cur\" = = ]; then\n"
	      "\t\tcur= eq=$prev\n"
	      "\telif [ \"$prev\" = = ] && [ \"$COMP_CWORD\" -gt 1 ]; then\n"
	      "\t\teq=${COMP_WORDS[COMP_CWORD - 2]}\n"
	      "\tfi\n"
	      "\tcase $eq in --*) prev=$eq eq= ;; esac\n"
	      "\t# The command: the first word neither an option nor a global option's value.\n"
	      "\tfor ((i = 1; i < COMP_CWORD; i++)); do\n"
	      "\t\tcase ${COMP_WORDS[i]} in\n",
	    f);
	fputs("\t\t", f);
	for (const struct cli_option *o = cli_globals, *first = o; o->name != NULL; o++)
		if (o->arg != NULL)
			fprintf(f, "%s--%s", o == first ? "" : " | ", o->name);
	fputs(") i=$((i + 1)) ;;\n"
	      "\t\t-*) ;;\n"
	      "\t\t*)\n"
	      "\t\t\tcmd=${COMP_WORDS[i]}\n"
	      "\t\t\tbreak\n"
	      "\t\t\t;;\n"
	      "\t\tesac\n"
	      "\tdone\n"
	      "\tcase $prev in\n",
	    f);
	cli_bash_prev(f, cli_globals, "\t");
	fprintf(f,
	    "\tesac\n"
	    "\tcase $cmd in\n"
	    "\t'')\n"
	    "\t\tcase $cur in\n"
	    "\t\t-*) COMPREPLY=($(compgen -W '%s' -- \"$cur\")) ;;\n"
	    "\t\t*) COMPREPLY=($(compgen -W '%s' -- \"$cur\")) ;;\n"
	    "\t\tesac\n"
	    "\t\t;;\n",
	    globals.buf + 1, words.buf);
	for (size_t i = 0; i < cli_ncommands; i++) {
		const struct cli_command *cmd = &cli_commands[i];
		struct strbuf opts;

		strbuf_init(&opts);
		cli_long_names(&opts, cmd->options);
		fprintf(f, "\t%s)\n\t\tcase $prev in\n", cmd->name);
		cli_bash_prev(f, cmd->options, "\t\t");
		fprintf(f,
		    "\t\tesac\n"
		    "\t\tcase $cur in\n"
		    "\t\t-*) COMPREPLY=($(compgen -W '%s%s' -- \"$cur\")) ;;\n"
		    "\t\t*)\n",
		    opts.buf + (opts.len ? 1 : 0), globals.buf + (opts.len ? 0 : 1));
		cli_bash_values(f, cmd->operands, cmd->operand_list, "\t\t\t");
		fprintf(f, "\t\t\t;;\n\t\tesac\n\t\t;;\n");
		strbuf_free(&opts);
	}
	fputs("\tesac\n}\ncomplete -F _herstel herstel\n", f);
	strbuf_free(&globals);
	strbuf_free(&words);
}

/* zsh ------------------------------------------------------------------------ */

/* What _arguments does with a value or an operand of kind `v`, after the
 * message's ":": "(text tsv json)", "_files", " " for nothing. */
static void
cli_zsh_action(FILE *f, enum cli_values v, const char *list)
{
	struct strbuf words;

	strbuf_init(&words);
	cli_words(&words, v, list, "", " ");
	switch (v) {
	case CLI_LIST:
	case CLI_GROUP:
	case CLI_DAY_KIND:
	case CLI_COMMAND:
		fprintf(f, "(%s)", words.buf);
		break;
	case CLI_GROUPS:
		fprintf(f, "_values -s , group %s", words.buf);
		break;
	case CLI_SORENESS:
		fputs("_herstel_soreness", f);
		break;
	case CLI_FILE:
		fputs("_files", f);
		break;
	case CLI_EXERCISE:
		fputs("_herstel_exercises", f);
		break;
	case CLI_NONE:
	case CLI_TEXT:
		fputs(" ", f);
		break;
	}
	strbuf_free(&words);
}

/* What zsh calls the operands of each kind. */
static const char *const operand_names[] = {
	[CLI_NONE] = "",
	[CLI_TEXT] = N_("text"),
	[CLI_LIST] = N_("word"),
	[CLI_FILE] = N_("file"),
	[CLI_GROUP] = N_("muscle group"),
	[CLI_GROUPS] = N_("muscle groups"),
	[CLI_SORENESS] = N_("group=level"),
	[CLI_DAY_KIND] = N_("kind of day"),
	[CLI_COMMAND] = N_("command"),
	[CLI_EXERCISE] = N_("exercise"),
};

/* One option as _arguments takes it: '--date[the day]:D: ', each word of
 * it on its own line of the array. */
static void
cli_zsh_options(FILE *f, const struct cli_option *list, const char *indent, const char *end)
{
	for (const struct cli_option *o = list; o->name != NULL; o++) {
		fputs(indent, f);
		/* --help and --version end the line: nothing comes after them. */
		if (o->letter && o->arg == NULL)
			fprintf(f, "'(- *)'{-%c,--%s}'[", o->letter, o->name);
		else if (o->letter)
			fprintf(
			    f, "'(-%c --%s)'{-%c,--%s}'[", o->letter, o->name, o->letter, o->name);
		else
			fprintf(f, "'--%s[", o->name);
		cli_quoted(f, _(o->help), "[]");
		fputs("]", f);
		if (o->arg != NULL) {
			fputs(":", f);
			cli_quoted(f, o->arg, ":");
			fputs(":", f);
			cli_zsh_action(f, o->values, o->list);
		}
		fprintf(f, "'%s\n", end);
	}
}

static void
cli_zsh(FILE *f)
{
	struct strbuf groups;

	strbuf_init(&groups);
	cli_words(&groups, CLI_SORENESS, NULL, "", " ");
	fprintf(f,
	    "#compdef herstel\n"
	    "# zsh completion for herstel(1), written by `herstel completion zsh`.\n"
	    "# Put it in a directory of $fpath as _herstel; compinit finds it.\n"
	    "\n"
	    "# GROUP=LEVEL: the group, then after its = the level.\n"
	    "_herstel_soreness() {\n"
	    "\tif compset -P '*='; then\n"
	    "\t\tlocal -a levels\n"
	    "\t\tlevels=('0:%s' '1:%s' '2:%s' '3:%s')\n"
	    "\t\t_describe -t levels 'soreness level' levels\n"
	    "\telse\n"
	    "\t\tcompadd -S = -- %s\n"
	    "\tfi\n"
	    "}\n"
	    "\n"
	    "# An exercise's name, as herstel exercises --names lists them.\n"
	    "_herstel_exercises() {\n"
	    "\tlocal -a names\n"
	    "\tnames=(${(f)\"$(_call_program exercises herstel exercises --names 2>/dev/null)\"})\n"
	    "\tcompadd -a names\n"
	    "}\n"
	    "\n"
	    "_herstel() {\n"
	    "\tlocal curcontext=$curcontext state state_descr line ret=1\n"
	    "\tlocal -A opt_args\n"
	    "\tlocal -a globals commands\n"
	    "\tglobals=(\n",
	    recovery_sore_word(0), recovery_sore_word(1), recovery_sore_word(2),
	    recovery_sore_word(3), groups.buf);
	strbuf_free(&groups);
	cli_zsh_options(f, cli_globals, "\t\t", "");
	fputs(
	    "\t)\n"
	    "\t_arguments -C -S $globals '1:command:->command' '*::argument:->argument' && ret=0\n"
	    "\tcase $state in\n"
	    "\tcommand)\n"
	    "\t\tcommands=(\n",
	    f);
	for (size_t i = 0; i < cli_ncommands; i++) {
		fprintf(f, "\t\t\t'%s:", cli_commands[i].name);
		cli_quoted(f, _(cli_commands[i].summary), NULL);
		fputs("'\n", f);
	}
	fputs("\t\t)\n"
	      "\t\t_describe -t commands command commands && ret=0\n"
	      "\t\t;;\n"
	      "\targument)\n"
	      "\t\tcurcontext=${curcontext%:*:*}:herstel-$words[1]:\n"
	      "\t\tcase $words[1] in\n",
	    f);
	for (size_t i = 0; i < cli_ncommands; i++) {
		const struct cli_command *cmd = &cli_commands[i];

		fprintf(f, "\t\t%s)\n\t\t\t_arguments -S $globals \\\n", cmd->name);
		cli_zsh_options(f, cmd->options, "\t\t\t\t", " \\");
		if (cmd->operands != CLI_NONE) {
			/* One operand of a list, a kind or a command; any number of
			 * the rest. The message is what zsh shows above them. */
			bool one = cmd->operands == CLI_LIST || cmd->operands == CLI_DAY_KIND ||
			    cmd->operands == CLI_COMMAND;

			fprintf(f, "\t\t\t\t'%s:", one ? "1" : "*");
			cli_quoted(f, _(operand_names[cmd->operands]), ":");
			fputs(":", f);
			cli_zsh_action(f, cmd->operands, cmd->operand_list);
			fputs("' \\\n", f);
		}
		fputs("\t\t\t\t&& ret=0\n\t\t\t;;\n", f);
	}
	fputs("\t\tesac\n"
	      "\t\t;;\n"
	      "\tesac\n"
	      "\treturn ret\n"
	      "}\n"
	      "\n"
	      "_herstel \"$@\"\n",
	    f);
}

/* fish ----------------------------------------------------------------------- */

/* One `complete` line of an option; `cond` is the -n condition or NULL. */
static void
cli_fish_option(FILE *f, const struct cli_option *o, const char *cond)
{
	struct strbuf words;

	fputs("complete -c herstel", f);
	if (cond != NULL)
		fprintf(f, " -n '%s'", cond);
	if (o->letter)
		fprintf(f, " -s %c", o->letter);
	fprintf(f, " -l %s", o->name);
	strbuf_init(&words);
	cli_words(&words, o->values, o->list, "", " ");
	if (o->arg != NULL && o->values == CLI_FILE)
		fputs(" -r -F", f);
	else if (o->arg != NULL && o->values == CLI_GROUPS)
		fputs(" -x -a '(__fish_complete_list , __herstel_groups)'", f);
	else if (o->arg != NULL && words.len > 0)
		fprintf(f, " -x -a '%s'", words.buf);
	else if (o->arg != NULL)
		fputs(" -x", f);
	strbuf_free(&words);
	fputs(" -d '", f);
	cli_fish_quoted(f, _(o->help));
	fputs("'\n", f);
}

static void
cli_fish(FILE *f)
{
	struct strbuf groups;

	strbuf_init(&groups);
	cli_words(&groups, CLI_GROUPS, NULL, "", " ");
	fprintf(f,
	    "# fish completion for herstel(1), written by `herstel completion fish`.\n"
	    "# fish loads it from vendor_completions.d; or source it.\n"
	    "\n"
	    "function __herstel_groups\n"
	    "\tprintf '%%s\\n' %s\n"
	    "end\n"
	    "\n"
	    "# GROUP=LEVEL: the group, then after its = the level.\n"
	    "function __herstel_soreness\n"
	    "\tset -l t (commandline -ct)\n"
	    "\tif string match -q -- '*=*' $t\n"
	    "\t\tset -l g (string split -m 1 = -- $t)[1]\n"
	    "\t\tprintf '%%s=%%s\\n' $g 0 $g 1 $g 2 $g 3\n"
	    "\telse\n"
	    "\t\tprintf '%%s=\\n' (__herstel_groups)\n"
	    "\tend\n"
	    "end\n"
	    "\n"
	    "complete -c herstel -f\n",
	    groups.buf);
	strbuf_free(&groups);
	for (const struct cli_option *o = cli_globals; o->name != NULL; o++)
		cli_fish_option(f, o, NULL);
	for (size_t i = 0; i < cli_ncommands; i++) {
		fprintf(f, "complete -c herstel -n __fish_use_subcommand -x -a %s -d '",
		    cli_commands[i].name);
		cli_fish_quoted(f, _(cli_commands[i].summary));
		fputs("'\n", f);
	}
	for (size_t i = 0; i < cli_ncommands; i++) {
		const struct cli_command *cmd = &cli_commands[i];
		char *cond = xasprintf("__fish_seen_subcommand_from %s", cmd->name);
		struct strbuf words;

		for (const struct cli_option *o = cmd->options; o->name != NULL; o++)
			cli_fish_option(f, o, cond);
		strbuf_init(&words);
		cli_words(&words, cmd->operands, cmd->operand_list, "", " ");
		if (cmd->operands == CLI_FILE)
			fprintf(f, "complete -c herstel -n '%s' -F\n", cond);
		else if (cmd->operands == CLI_EXERCISE)
			fprintf(f,
			    "complete -c herstel -n '%s' -x"
			    " -a '(herstel exercises --names 2>/dev/null)'\n",
			    cond);
		else if (cmd->operands == CLI_SORENESS)
			fprintf(
			    f, "complete -c herstel -n '%s' -x -a '(__herstel_soreness)'\n", cond);
		else if (words.len > 0)
			fprintf(f, "complete -c herstel -n '%s' -x -a '%s'\n", cond, words.buf);
		strbuf_free(&words);
		free(cond);
	}
}

int
cli_completion(struct cli *c, struct cli_args *a)
{
	static void (*const writers[])(FILE *) = { cli_bash, cli_zsh, cli_fish };
	int shell = a->nrest == 1 ? cli_list_index(c->cmd->operand_list, a->rest[0]) : -1;

	if (a->nrest != 1)
		return cli_bad_usage(c, a->nrest ? _("one shell only") : _("no shell given"));
	if (shell < 0)
		return cli_bad_word(c, NULL, c->cmd->operand_list, a->rest[0]);
	writers[shell](stdout);
	return fflush(stdout) == 0 && !ferror(stdout) ? EXIT_OK
	                                              : cli_error(c, _("cannot write the script"));
}
