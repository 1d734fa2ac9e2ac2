/* cli_impl.h: what the files of the command line share (cli.c and the
 * cli_*.c of each family of commands): the table of commands, the state a
 * run function gets, and the helpers it reports with. Not for the rest of
 * herstel, which knows only cli_main (cli.h). */
#ifndef HERSTEL_CLI_IMPL_H
#define HERSTEL_CLI_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "catalogue.h"
#include "date.h"
#include "rc.h"
#include "store.h"
#include "util.h"

/* What a command's options and operands were. */
struct cli_args {
	const char *date, *time, *quality, *note, *format, *group, *explain;
	const char *add, *primary, *secondary;
	const char *from, *to, *output, *units;
	const char *month, *year, *bar, *repeat, *weeks, *limit;
	bool bodyweight, dry_run, unplaced, names;
	char **rest; /* operands */
	int nrest;
};

struct cli_command;

struct cli {
	const struct cli_command *cmd; /* its row, for messages and usage; NULL: none */
	const char *db_path;
	const char *config_path;
	bool config_given;
	const char *at_text; /* --at or HERSTEL_AT */
	bool demo;
	bool help, version;
	bool machine; /* a view in a machine format: messages in C, whatever herstelrc says */
	hs_minute now;
	bool pinned;
	struct rc rc;
	struct catalogue *cat;
	struct store *store;
	char *demo_dir;
};

/* What an option's value or a command's operands are, for the completions
 * (and, for CLI_LIST, for the check when the option is parsed). */
enum cli_values {
	CLI_NONE,     /* no operands */
	CLI_TEXT,     /* any text: nothing to complete */
	CLI_LIST,     /* one of the words of `values`, "text|tsv|json" */
	CLI_FILE,     /* a path */
	CLI_GROUP,    /* a muscle group */
	CLI_GROUPS,   /* muscle groups, comma separated */
	CLI_SORENESS, /* GROUP=LEVEL */
	CLI_DAY_KIND, /* training, active, rest or passive */
	CLI_COMMAND,  /* a command's name */
	CLI_EXERCISE, /* an exercise's name (herstel exercises --names) */
};

struct cli_option {
	const char *name; /* the long name, without "--"; NULL ends a list */
	char letter;      /* the short one, or 0 */
	const char *arg;  /* the value's name in help ("D"); NULL: a flag */
	enum cli_values values;
	const char *list; /* CLI_LIST: the words, "|" between */
	size_t slot;      /* offsetof the field: struct cli_args, or struct cli
	                     * for the global options; const char * or bool */
	const char *help; /* N_(): one line, translated where shown */
};

#define CLI_OPTIONS_MAX 8

/* One row per command, as tmux's cmd_entry: everything the parser, the
 * usage, the help and the shell completions know of it. */
struct cli_command {
	const char *name;
	const char *usage;   /* after "herstel ", as herstel(1) writes it */
	const char *summary; /* N_(): one line */
	struct cli_option options[CLI_OPTIONS_MAX];
	enum cli_values operands;
	const char *operand_list; /* CLI_LIST operands: "bash|zsh|fish" */
	unsigned needs;           /* NEEDS_*: what cli_setup prepares for it */
	int (*run)(struct cli *c, struct cli_args *a);
};

/* Only what a command uses is set up: status, the command a script calls
 * most, does not parse the exercise catalogue. A command without
 * NEEDS_WRITE only reads: it opens the journal read-only and creates
 * nothing (a missing journal reads as an empty one). A command that needs
 * none of these (help, completion) runs without even reading herstelrc. */
#define NEEDS_STORE 0x1
#define NEEDS_CATALOGUE 0x2
#define NEEDS_WRITE 0x4
/* The command opens the journal itself (import: a dry run works on a copy). */
#define NEEDS_OWN_STORE 0x8
#define NEEDS_CONFIG 0x10
/* Not a need: the command exits as grep does (search), 1 when it found
 * nothing, so every error of its command line or setup is 2. */
#define EXITS_AS_GREP 0x100

extern const struct cli_command cli_commands[];
extern const size_t cli_ncommands;
/* The options every command takes, before or after its name. */
extern const struct cli_option cli_globals[];

/* "herstel: log: message" on stderr; returns EXIT_ERROR. */
int cli_error(const struct cli *c, const char *fmt, ...) HS_PRINTF(2, 3);
/* Print a cause, free it, return EXIT_ERROR. */
int cli_cause(const struct cli *c, char *cause);
/* A usage error: what was wrong and the command's synopsis; EXIT_USAGE. */
int cli_bad_usage(const struct cli *c, const char *what);
/* The place of `value` among the CLI_LIST words of the command's option
 * `option` (the parser has checked it is one); -1 for a NULL value. */
int cli_pick(const struct cli *c, const char *option, const char *value);
/* The place of `word` among the words of `list` ("text|tsv|json"); -1. */
int cli_list_index(const char *list, const char *word);
/* A word not in `list`: "WHAT: expected text, tsv or json, got "xml"" (no
 * "WHAT: " when NULL), the words as the table has them; EXIT_ERROR. */
int cli_bad_word(const struct cli *c, const char *what, const char *list, const char *value);
/* Open the journal (--db, HERSTEL_DB or the default path) as `flags` say
 * (STORE_*) into c->store and add its own exercises to the catalogue; with
 * `copy`, a copy of it in memory that nothing on disk comes of (a dry run).
 * -1 with *cause. */
int cli_open_journal(struct cli *c, bool copy, unsigned flags, char **cause);
/* Is the locale's character set UTF-8? Then symbols and bars use it. */
bool cli_utf8(void);
/* The row of a command by name; NULL when there is none. */
const struct cli_command *cli_command_named(const char *name);

#endif
