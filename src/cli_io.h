/* cli_io.h: export and import, as rows of the table run them. */
#ifndef HERSTEL_CLI_IO_H
#define HERSTEL_CLI_IO_H

#include "cli_impl.h"

/* `herstel export`: the journal to stdout or a file. */
int cli_export(struct cli *c, struct cli_args *a);
/* `herstel import FILE`: all or nothing, one batch. */
int cli_import(struct cli *c, struct cli_args *a);

#endif
