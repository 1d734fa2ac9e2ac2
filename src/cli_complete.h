/* cli_complete.h: what the table of commands says of itself: the help of
 * herstel and of each command, and the shell completion scripts. */
#ifndef HERSTEL_CLI_COMPLETE_H
#define HERSTEL_CLI_COMPLETE_H

#include <stdio.h>

#include "cli_impl.h"

/* The help of `cmd` (its usage, summary and options), or with NULL of
 * herstel (the global options and every command). */
void cli_help_print(FILE *f, const struct cli_command *cmd);
/* `herstel help [COMMAND]`. */
int cli_help(struct cli *c, struct cli_args *a);
/* `herstel completion bash|zsh|fish`: the script, on stdout. */
int cli_completion(struct cli *c, struct cli_args *a);

#endif
