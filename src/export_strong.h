/* export_strong.h: the journal as Strong's classic CSV, for export.c. */
#ifndef HERSTEL_EXPORT_STRONG_H
#define HERSTEL_EXPORT_STRONG_H

#include <stdio.h>

#include "export.h"
#include "store.h"

/* Write o->from to o->to to `f`; *count gets the rows written; o->left,
 * when given, what Strong's format has no place for. */
int export_strong_write(
    struct store *s, FILE *f, const struct export_opts *o, size_t *count, char **cause);

#endif
