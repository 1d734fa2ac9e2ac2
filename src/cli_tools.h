/* cli_tools.h: the daily tools on the command line, as rows of the table
 * run them: the plate calculator, the calendar and the rest countdown. */
#ifndef HERSTEL_CLI_TOOLS_H
#define HERSTEL_CLI_TOOLS_H

#include "cli_impl.h"

/* `herstel plates WEIGHT [--bar W]`: the plates on each side. */
int cli_plates(struct cli *c, struct cli_args *a);
/* `herstel calendar [--month YYYY-MM | --year YYYY]`: days at a glance. */
int cli_calendar(struct cli *c, struct cli_args *a);
/* `herstel rest [DURATION]`: a countdown, then the bell. */
int cli_rest(struct cli *c, struct cli_args *a);

#endif
