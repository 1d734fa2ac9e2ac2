/* plates.h: the plate calculator, pure core: which plates on each side of
 * a barbell make a weight, from the lifter's own inventory.
 *
 * Weights are in the inventory's unit (kg or lb) throughout; the caller
 * converts. A load is symmetric: the same plates on both sides. */
#ifndef HERSTEL_PLATES_H
#define HERSTEL_PLATES_H

#include <stdbool.h>
#include <stddef.h>

#include "journal.h"

#define PLATES_MAX_KINDS 16     /* different plate weights in an inventory */
#define PLATES_MAX_PER_SIDE 40  /* plates on one side of a load */
#define PLATES_MAX_WEIGHT 500.0 /* the heaviest plate or bar, either unit */

struct plates_kind {
	double weight; /* of one plate */
	int pairs;     /* how many pairs the lifter has */
};

struct plates_inventory {
	enum units units;
	double bar;                                /* the bar's own weight */
	struct plates_kind kind[PLATES_MAX_KINDS]; /* any order */
	size_t nkinds;
};

/* The plates of one side, heaviest first, and what the bar then weighs. */
struct plates_load {
	double total;
	double side[PLATES_MAX_PER_SIDE];
	size_t n;
};

/* The defaults of herstelrc's [plates]: a 20 kg bar with 25, 20, 15, 10, 5,
 * 2.5 and 1.25 kg plates, or a 45 lb bar with 45, 35, 25, 10, 5 and 2.5 lb
 * plates; pairs enough for a heavy deadlift. */
void plates_default(struct plates_inventory *inv, enum units units);

/* A list of plates as herstelrc writes it: "25x6 20x2 1.25x2", WEIGHTxPAIRS
 * separated by spaces or commas, into kind[0..*n); empty is none. -1 when
 * it is not one (the weights are checked by plates_check). */
int plates_parse(const char *s, struct plates_kind kind[PLATES_MAX_KINDS], size_t *n);
/* Check an inventory: -1 with *cause when the bar or a plate weight is not
 * a positive number up to PLATES_MAX_WEIGHT, a count is negative or a
 * weight is given twice. */
int plates_check(const struct plates_inventory *inv, char **cause);

/* Load `target`. 1 when it loads exactly (*exact: fewest plates, heaviest
 * first); 0 when it does not, with the nearest loads *below and *above
 * (total 0 when there is none: nothing is below the bar, nothing above what
 * the whole inventory makes); -1 with *cause when the target is not a
 * number above zero or the inventory does not check out. */
int plates_solve(const struct plates_inventory *inv, double target, struct plates_load *exact,
    struct plates_load *below, struct plates_load *above, char **cause);

/* "20 + 2 × (25 + 20 + 1.25)", "20" for the bar alone; with `utf8` false,
 * "x" for "×". Numbers without trailing zeros. */
void plates_text(const struct plates_inventory *inv, const struct plates_load *l, bool utf8,
    char *buf, size_t len);

/* The nearest weight the inventory loads, for showing a weight in the
 * inventory's unit without a false precision (231.49 lb shows as the
 * 230 lb the plates make). Returns `w` itself when nothing loads. */
double plates_round(const struct plates_inventory *inv, double w);

#endif
