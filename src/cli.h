/* cli.h: the command line: global options and the subcommands. */
#ifndef HERSTEL_CLI_H
#define HERSTEL_CLI_H

/* Exit statuses, as herstel(1) documents them. */
#define EXIT_OK 0
#define EXIT_ERROR 1 /* bad input or data; nothing was written */
#define EXIT_USAGE 2 /* a command line herstel does not understand */

/* Parse the command line, run what it asks for, return the exit status. */
int cli_main(int argc, char **argv);

#endif
