/* test_plates.c: the plate calculator: exact loads, loads it cannot make,
 * a missing or broken inventory, and pounds. */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "plates.h"

static void
expect_text(const struct plates_inventory *inv, const struct plates_load *l, const char *want)
{
	char buf[256];

	plates_text(inv, l, true, buf, sizeof buf);
	cr_expect_str_eq(buf, want);
}

Test(plates, exact_heaviest_first)
{
	struct plates_inventory inv;
	struct plates_load ex, lo, hi;
	char buf[256];

	plates_default(&inv, UNITS_KG);
	/* 112.5 = 20 + 2 × 46.25 = 20 + 2 × (25 + 20 + 1.25). */
	cr_assert_eq(plates_solve(&inv, 112.5, &ex, &lo, &hi, NULL), 1);
	cr_expect_float_eq(ex.total, 112.5, 1e-9);
	cr_expect_eq(ex.n, 3);
	expect_text(&inv, &ex, "20 + 2 \u00d7 (25 + 20 + 1.25)");
	/* 140 = 20 + 2 × 60: 25 + 25 + 10 (three plates), not 20 + 20 + 20. */
	cr_assert_eq(plates_solve(&inv, 140, &ex, &lo, &hi, NULL), 1);
	expect_text(&inv, &ex, "20 + 2 \u00d7 (25 + 25 + 10)");
	/* One plate: no brackets. */
	cr_assert_eq(plates_solve(&inv, 70, &ex, &lo, &hi, NULL), 1);
	expect_text(&inv, &ex, "20 + 2 \u00d7 25");
	/* The bar alone. */
	cr_assert_eq(plates_solve(&inv, 20, &ex, &lo, &hi, NULL), 1);
	cr_expect_eq(ex.n, 0);
	expect_text(&inv, &ex, "20");
	/* Without UTF-8, an x. */
	cr_assert_eq(plates_solve(&inv, 112.5, &ex, &lo, &hi, NULL), 1);
	plates_text(&inv, &ex, false, buf, sizeof buf);
	cr_expect_str_eq(buf, "20 + 2 x (25 + 20 + 1.25)");
}

Test(plates, fewest_plates_over_greedy)
{
	/* Greedy from the heaviest takes 25 and is stuck at 5 left with no 5:
	 * the table finds 15 + 15. */
	struct plates_inventory inv = { .units = UNITS_KG, .bar = 20, .nkinds = 2 };
	struct plates_load ex, lo, hi;

	inv.kind[0] = (struct plates_kind){ 25, 1 };
	inv.kind[1] = (struct plates_kind){ 15, 2 };
	cr_assert_eq(plates_solve(&inv, 80, &ex, &lo, &hi, NULL), 1);
	expect_text(&inv, &ex, "20 + 2 \u00d7 (15 + 15)");
}

Test(plates, not_loadable_nearest_below_and_above)
{
	struct plates_inventory inv;
	struct plates_load ex, lo, hi;

	plates_default(&inv, UNITS_KG);
	/* 101: the side needs 40.5; 40 and 41.25 load. */
	cr_assert_eq(plates_solve(&inv, 101, &ex, &lo, &hi, NULL), 0);
	cr_expect_float_eq(lo.total, 100, 1e-9);
	cr_expect_float_eq(hi.total, 102.5, 1e-9);
	expect_text(&inv, &lo, "20 + 2 \u00d7 (25 + 15)");
	/* Below the bar: nothing below, the bar above. */
	cr_assert_eq(plates_solve(&inv, 15, &ex, &lo, &hi, NULL), 0);
	cr_expect_float_eq(lo.total, 0, 1e-9);
	cr_expect_float_eq(hi.total, 20, 1e-9);
	cr_expect_eq(hi.n, 0);
	/* Past the whole inventory: the most it makes below, nothing above.
	 * 20 + 2 × (6×25 + 2×(20+15+10+5+2.5+1.25)) = 20 + 2 × 257.5 = 535. */
	cr_assert_eq(plates_solve(&inv, 600, &ex, &lo, &hi, NULL), 0);
	cr_expect_float_eq(lo.total, 535, 1e-9);
	cr_expect_float_eq(hi.total, 0, 1e-9);
	cr_assert_eq(plates_solve(&inv, 535, &ex, &lo, &hi, NULL), 1);
	cr_expect_eq(ex.n, 18); /* every plate: 6 + 2 × 6 */
}

Test(plates, missing_and_broken_inventory)
{
	struct plates_inventory inv = { .units = UNITS_KG, .bar = 20, .nkinds = 0 };
	struct plates_load ex, lo, hi;
	char *cause = NULL;

	/* No plates at all: only the bar loads. */
	cr_assert_eq(plates_solve(&inv, 20, &ex, &lo, &hi, NULL), 1);
	cr_assert_eq(plates_solve(&inv, 60, &ex, &lo, &hi, NULL), 0);
	cr_expect_float_eq(lo.total, 20, 1e-9);
	cr_expect_float_eq(hi.total, 0, 1e-9);
	/* Plates with no pairs are no plates. */
	inv.kind[0] = (struct plates_kind){ 20, 0 };
	inv.nkinds = 1;
	cr_assert_eq(plates_solve(&inv, 60, &ex, &lo, &hi, NULL), 0);
	/* Broken: a bad bar, a bad plate, a count out of range, a weight twice. */
	inv.bar = 0;
	cr_expect_eq(plates_solve(&inv, 60, &ex, &lo, &hi, &cause), -1);
	cr_expect(strstr(cause, "bar") != NULL, "%s", cause);
	free(cause);
	inv.bar = 20;
	inv.kind[0] = (struct plates_kind){ 1.234, 1 };
	cr_expect_eq(plates_check(&inv, &cause), -1);
	cr_expect(strstr(cause, "0.01") != NULL, "%s", cause);
	free(cause);
	inv.kind[0] = (struct plates_kind){ 20, -1 };
	cr_expect_eq(plates_check(&inv, &cause), -1);
	cr_expect(strstr(cause, "pairs") != NULL, "%s", cause);
	free(cause);
	inv.kind[0] = (struct plates_kind){ 20, 1 };
	inv.kind[1] = (struct plates_kind){ 20.0, 2 };
	inv.nkinds = 2;
	cr_expect_eq(plates_check(&inv, &cause), -1);
	cr_expect(strstr(cause, "twice") != NULL, "%s", cause);
	free(cause);
	/* A bad target. */
	inv.nkinds = 1;
	cr_expect_eq(plates_solve(&inv, -5, &ex, &lo, &hi, &cause), -1);
	free(cause);
	cr_expect_eq(plates_solve(&inv, 0.0 / 0.0, &ex, &lo, &hi, &cause), -1);
	free(cause);
}

Test(plates, pounds)
{
	struct plates_inventory inv;
	struct plates_load ex, lo, hi;

	plates_default(&inv, UNITS_LB);
	/* 225 = 45 + 2 × 90 = 45 + 2 × (45 + 45). */
	cr_assert_eq(plates_solve(&inv, 225, &ex, &lo, &hi, NULL), 1);
	expect_text(&inv, &ex, "45 + 2 \u00d7 (45 + 45)");
	/* 102 kg is 224.87 lb: not loadable; 220 and 225 are. */
	cr_assert_eq(plates_solve(&inv, 102 / 0.45359237, &ex, &lo, &hi, NULL), 0);
	cr_expect_float_eq(lo.total, 220, 1e-9);
	cr_expect_float_eq(hi.total, 225, 1e-9);
	/* Shown rounded to what the plates make: 231.49 lb is 230. */
	cr_expect_float_eq(plates_round(&inv, 231.49), 230, 1e-9);
	cr_expect_float_eq(plates_round(&inv, 233), 235, 1e-9);
	cr_expect_float_eq(plates_round(&inv, 225), 225, 1e-9);
	/* Ties go down: 227.5 is as near 225 as 230. */
	cr_expect_float_eq(plates_round(&inv, 227.5), 225, 1e-9);
}

Test(plates, the_list_of_herstelrc)
{
	struct plates_kind k[PLATES_MAX_KINDS];
	size_t n;

	cr_assert_eq(plates_parse("25x6, 20x2 1.25X2", k, &n), 0);
	cr_assert_eq(n, 3);
	cr_expect_float_eq(k[2].weight, 1.25, 1e-9);
	cr_expect_eq(k[2].pairs, 2);
	cr_expect_eq(plates_parse("  ", k, &n), 0, "empty: none, the defaults then");
	cr_expect_eq(n, 0);
	cr_expect_eq(plates_parse("25", k, &n), -1, "no pairs");
	cr_expect_eq(plates_parse("x2", k, &n), -1, "no weight");
	cr_expect_eq(plates_parse("25x", k, &n), -1);
	cr_expect_eq(plates_parse("25x2y", k, &n), -1);
	cr_expect_eq(plates_parse("1x1 2x1 3x1 4x1 5x1 6x1 7x1 8x1 9x1 10x1 11x1 12x1 13x1 14x1 "
	                          "15x1 16x1 17x1",
	                 k, &n),
	    -1, "more kinds than an inventory holds");
}
