/* cli_progress.h: a lifter's progress on the command line, as rows of the
 * table run them: one exercise's history. */
#ifndef HERSTEL_CLI_PROGRESS_H
#define HERSTEL_CLI_PROGRESS_H

#include "cli_impl.h"

/* `herstel history EXERCISE [--format text|tsv|json]`: its sessions. */
int cli_history(struct cli *c, struct cli_args *a);
/* `herstel volume [--weeks N] [--date D]`: hard sets per group and week. */
int cli_volume(struct cli *c, struct cli_args *a);

#endif
