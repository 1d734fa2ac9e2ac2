/* cli_search.h: `herstel search`, a row of the command table. */
#ifndef HERSTEL_CLI_SEARCH_H
#define HERSTEL_CLI_SEARCH_H

#include "cli_impl.h"

/* `herstel search TEXT [--limit N]`: the days that match, newest first;
 * exits as grep does: 0 found, 1 none, 2 an error. */
int cli_search(struct cli *c, struct cli_args *a);

#endif
