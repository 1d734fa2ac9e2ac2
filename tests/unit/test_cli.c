/* test_cli.c: the table of commands (src/cli.c) against itself and against
 * the modules whose words it lists. The parser, the help and the shell
 * completions all read the table, so a word it lists that the module does
 * not take would be offered by every shell and then fail. */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "cli_impl.h"
#include "export.h"
#include "interop.h"
#include "journal.h"
#include "report.h"

static const struct cli_command *
command(const char *name)
{
	const struct cli_command *cmd = cli_command_named(name);

	cr_assert_not_null(cmd, "no row for %s", name);
	return cmd;
}

static const struct cli_option *
option(const struct cli_command *cmd, const char *name)
{
	for (const struct cli_option *o = cmd->options; o->name != NULL; o++)
		if (strcmp(o->name, name) == 0)
			return o;
	cr_assert_fail("%s has no --%s", cmd->name, name);
	return NULL;
}

/* The words of a CLI_LIST, "a|b|c", into words[] (at most 16 of 32 bytes). */
static int
words_of(const char *list, char words[16][32])
{
	int n = 0;

	for (const char *p = list; p != NULL && n < 16; n++) {
		const char *bar = strchr(p, '|');
		size_t len = bar ? (size_t)(bar - p) : strlen(p);

		cr_assert(len > 0 && len < 32, "an empty or long word in \"%s\"", list);
		memcpy(words[n], p, len);
		words[n][len] = '\0';
		p = bar ? bar + 1 : NULL;
	}
	return n;
}

Test(cli, every_row_is_whole)
{
	for (size_t i = 0; i < cli_ncommands; i++) {
		const struct cli_command *cmd = &cli_commands[i];
		size_t n = strlen(cmd->name);

		cr_expect(strncmp(cmd->usage, cmd->name, n) == 0 &&
		        (cmd->usage[n] == ' ' || cmd->usage[n] == '\0'),
		    "the usage of %s starts with its name: %s", cmd->name, cmd->usage);
		cr_expect(
		    cmd->summary != NULL && cmd->summary[0] != '\0', "%s has a summary", cmd->name);
		cr_expect(cmd->run != NULL, "%s runs something", cmd->name);
		cr_expect(cli_command_named(cmd->name) == cmd, "%s is named once", cmd->name);
		cr_expect((cmd->operands == CLI_LIST) == (cmd->operand_list != NULL),
		    "%s: a list of operands exactly when they are CLI_LIST", cmd->name);
		for (const struct cli_option *o = cmd->options; o->name != NULL; o++) {
			cr_expect(o->help != NULL && o->help[0] != '\0', "%s --%s has help",
			    cmd->name, o->name);
			cr_expect((o->values == CLI_LIST) == (o->list != NULL),
			    "%s --%s: a list exactly when CLI_LIST", cmd->name, o->name);
			cr_expect((o->arg == NULL) == (o->values == CLI_NONE),
			    "%s --%s: a flag exactly when it takes no value", cmd->name, o->name);
			cr_expect(strstr(cmd->usage, o->name) != NULL ||
			        (o->letter && strchr(cmd->usage, o->letter) != NULL),
			    "the usage of %s names --%s", cmd->name, o->name);
		}
	}
}

/* getopt_long takes the first of two options of one name: a command's
 * option must not shadow a global one, nor another of its own. */
Test(cli, no_option_is_declared_twice)
{
	for (size_t i = 0; i < cli_ncommands; i++) {
		const struct cli_option *own = cli_commands[i].options;

		for (const struct cli_option *o = own; o->name != NULL; o++) {
			for (const struct cli_option *g = cli_globals; g->name != NULL; g++) {
				cr_expect(strcmp(o->name, g->name) != 0, "%s --%s is global too",
				    cli_commands[i].name, o->name);
				cr_expect(!o->letter || o->letter != g->letter,
				    "%s -%c is global too", cli_commands[i].name, o->letter);
			}
			for (const struct cli_option *p = o + 1; p->name != NULL; p++) {
				cr_expect(strcmp(o->name, p->name) != 0, "%s --%s twice",
				    cli_commands[i].name, o->name);
				cr_expect(!o->letter || o->letter != p->letter, "%s -%c twice",
				    cli_commands[i].name, o->letter);
			}
		}
	}
}

Test(cli, import_and_export_list_the_formats_interop_takes)
{
	char w[16][32];
	int n = words_of(option(command("import"), "format")->list, w);

	cr_expect_eq(n, INTEROP_FORMAT_COUNT, "import --format lists every format");
	for (int i = 0; i < n; i++)
		cr_expect_eq(interop_format_from_id(w[i]), i, "import --format %s", w[i]);
	n = words_of(option(command("export"), "format")->list, w);
	for (int i = 0; i < n; i++)
		cr_expect(export_format_from_id(w[i]) >= 0, "export --format %s", w[i]);
	n = words_of(option(command("import"), "units")->list, w);
	cr_expect(n == 2 && strcmp(w[UNITS_KG], "kg") == 0 && strcmp(w[UNITS_LB], "lb") == 0);
}

/* status and week read the place of the word as an enum report_format. */
Test(cli, report_formats_are_in_the_order_of_the_enum)
{
	static const char *const cmds[] = { "status", "week" };
	char w[16][32];

	for (size_t i = 0; i < 2; i++) {
		int n = words_of(option(command(cmds[i]), "format")->list, w);

		cr_expect_eq(n, 3);
		cr_expect_str_eq(w[REPORT_TEXT], "text");
		cr_expect_str_eq(w[REPORT_TSV], "tsv");
		cr_expect_str_eq(w[REPORT_JSON], "json");
	}
}

Test(cli, list_index_finds_whole_words_only)
{
	cr_expect_eq(cli_list_index("text|tsv|json", "text"), 0);
	cr_expect_eq(cli_list_index("text|tsv|json", "json"), 2);
	cr_expect_eq(cli_list_index("text|tsv|json", "ts"), -1);
	cr_expect_eq(cli_list_index("text|tsv|json", "tsvx"), -1);
	cr_expect_eq(cli_list_index("text|tsv|json", ""), -1);
	cr_expect_eq(cli_list_index("text|tsv|json", "text|tsv"), -1);
}
