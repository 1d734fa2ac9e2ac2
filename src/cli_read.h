/* cli_read.h: the commands that read and print, as rows of the table run them. */
#ifndef HERSTEL_CLI_READ_H
#define HERSTEL_CLI_READ_H

#include "cli_impl.h"

/* `herstel exercises`: search, --unplaced, or --add (which writes). */
int cli_exercises(struct cli *c, struct cli_args *a);
/* `herstel status`: the board, or --explain of one group. */
int cli_status(struct cli *c, struct cli_args *a);
/* `herstel config`: every herstelrc key. */
int cli_config(struct cli *c, struct cli_args *a);
/* `herstel week`: the calendar and verdicts of a week. */
int cli_week(struct cli *c, struct cli_args *a);

#endif
