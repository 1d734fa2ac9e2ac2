/* demo.h: a journal full of plausible history, to try herstel without
 * logging eight weeks first (`herstel --demo`). */
#ifndef HERSTEL_DEMO_H
#define HERSTEL_DEMO_H

#include "catalogue.h"
#include "date.h"
#include "store.h"

/* Fill the store with eight weeks of history ending at `now`: four training
 * days a week (push, pull, legs in turn) with progressing weights, sleep,
 * soreness, day kinds and a few notes. Deterministic: the same `now` gives
 * the same journal. One batch; -1 with *cause, nothing written. */
int demo_fill(struct store *s, const struct catalogue *cat, hs_minute now, char **cause);

#endif
