/* import_summary.h: what an import did, in words, for `herstel import`. */
#ifndef HERSTEL_IMPORT_SUMMARY_H
#define HERSTEL_IMPORT_SUMMARY_H

#include <stdbool.h>
#include <stdio.h>

#include "import.h"

/* The summary of `rep` (an import of `path`, or a dry run of it): what was
 * added and skipped, the set kinds kept, the rows left out, the units
 * assumed, the own exercises placed and those left without groups with a
 * suggestion each, and how to give them groups. */
void import_summary_print(FILE *f, const struct import_report *rep, const char *path, bool dry_run);

#endif
