/* plates_report.h: `herstel plates` output: the plates of a load, as text,
 * TSV or JSON. */
#ifndef HERSTEL_PLATES_REPORT_H
#define HERSTEL_PLATES_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "plates.h"
#include "report.h"

/* What plates_solve found for `target` (its return value `exact`, and the
 * loads it filled), printed: the plates on each side, or, when the weight
 * cannot be loaded, the nearest loads below and above. */
void plates_report(FILE *f, const struct plates_inventory *inv, double target, int exact,
    const struct plates_load *load, const struct plates_load *below,
    const struct plates_load *above, enum report_format format, bool utf8);

#endif
