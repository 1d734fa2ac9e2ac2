/* cli_write.h: the commands that write, as rows of the table run them. */
#ifndef HERSTEL_CLI_WRITE_H
#define HERSTEL_CLI_WRITE_H

#include "cli_impl.h"

/* `herstel log ENTRY...`: the entries as one batch. */
int cli_log(struct cli *c, struct cli_args *a);
/* `herstel sore GROUP=LEVEL...`. */
int cli_sore(struct cli *c, struct cli_args *a);
/* `herstel sleep HOURS`. */
int cli_sleep(struct cli *c, struct cli_args *a);
/* `herstel day [KIND] [--note TEXT]`: what is not given stays. */
int cli_day(struct cli *c, struct cli_args *a);
/* `herstel undo`: the last batch taken back. */
int cli_undo(struct cli *c, struct cli_args *a);

#endif
