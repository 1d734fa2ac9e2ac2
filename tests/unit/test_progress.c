/* test_progress.c: estimated 1RM, records (warm-ups never, ties never),
 * the sessions of a history, and the chart at its edges. */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "progress.h"
#include "util.h"

#define AT(d, hhmm) stamp_make(date_from_ymd(2026, 11, d), (hhmm) / 100 * 60 + (hhmm) % 100)

Test(progress, e1rm)
{
	/* 100 × 5 @8: 100 × (1 + 7/30) = 123.33. */
	cr_expect_float_eq(progress_e1rm(100, 5, 8), 123.3333333, 1e-6);
	/* A true single at RPE 10 is its own 1RM. */
	cr_expect_float_eq(progress_e1rm(140, 1, 10), 140 * (1 + 1 / 30.0), 1e-9);
	cr_expect_float_eq(progress_e1rm(0, 5, 8), 0, 1e-9);
	cr_expect_float_eq(progress_e1rm(100, 0, 8), 0, 1e-9);
}

Test(progress, records_warmups_and_ties)
{
	struct progress_records r;
	struct progress_set s = { .at = AT(2, 1800), .load = 100, .reps = 5, .rpe = 8 };

	memset(&r, 0, sizeof r);
	cr_expect_eq(progress_beats(&r, &s), 0u, "a first set has nothing to beat");
	progress_add(&r, &s);
	cr_expect_float_eq(r.rep_max[0], 100, 1e-9);
	cr_expect_float_eq(r.rep_max[2], 100, 1e-9);
	cr_expect_float_eq(r.rep_max[3], 0, 1e-9, "no ten-rep set yet");
	/* The same set again: a tie is no record. */
	cr_expect_eq(progress_beats(&r, &s), 0u);
	/* A heavier warm-up never counts. */
	s.load = 120;
	s.warmup = true;
	cr_expect_eq(progress_beats(&r, &s), 0u);
	progress_add(&r, &s);
	cr_expect_float_eq(r.rep_max[0], 100, 1e-9);
	/* 102.5 × 5 @8: e1RM, 1RM, 3RM and 5RM records; no 10RM to beat. */
	s.warmup = false;
	s.load = 102.5;
	cr_expect_eq(progress_beats(&r, &s),
	    PROGRESS_PR_E1RM | PROGRESS_PR_REPS(0) | PROGRESS_PR_REPS(1) | PROGRESS_PR_REPS(2));
	/* 90 × 10 @9: 10RM is new (nothing to beat: no record), e1RM
	 * 90 × (1 + 11/30) = 123.0 < 123.33: none. */
	s.load = 90;
	s.reps = 10;
	s.rpe = 9;
	cr_expect_eq(progress_beats(&r, &s), 0u);
	/* Unknown load (bodyweight, no body weight logged): never a record. */
	s.load = 0;
	cr_expect_eq(progress_beats(&r, &s), 0u);
}

Test(progress, sessions)
{
	const struct progress_set sets[] = {
		{ AT(2, 1800), 60, 8, 0, true },     /* warm-up */
		{ AT(2, 1805), 100, 5, 8, false },   /* e1RM 123.33 */
		{ AT(2, 1810), 100, 5, 9, false },   /* 120.0 */
		{ AT(5, 1800), 102.5, 5, 8, false }, /* 126.42: PR +3.08 */
		{ AT(5, 1810), 85, 8, 8, false },    /* 85 × (1 + 10/30) = 113.33 */
		{ AT(9, 1800), 102.5, 5, 8, false }, /* a tie: no PR */
	};
	struct progress_session *p;
	size_t n = progress_sessions(sets, HS_ARRAY_LEN(sets), &p);

	cr_assert_eq(n, 3);
	cr_expect_eq(p[0].date, date_from_ymd(2026, 11, 2));
	cr_expect_eq(p[0].sets, 2, "the warm-up is not a set that counts");
	cr_expect_eq(p[0].best, 1);
	cr_expect_float_eq(p[0].e1rm, 123.3333333, 1e-6);
	cr_expect_float_eq(p[0].volume, 1000, 1e-9);
	cr_expect_eq(p[0].prs, 0u, "the first session sets no records");
	cr_expect_eq(p[1].best, 3);
	cr_expect(p[1].prs & PROGRESS_PR_E1RM);
	cr_expect(p[1].prs & PROGRESS_PR_REPS(2));
	cr_expect_float_eq(p[1].pr_e1rm_gain, 102.5 * (1 + 7 / 30.0) - 100 * (1 + 7 / 30.0), 1e-6);
	cr_expect_float_eq(p[1].volume, 512.5 + 680, 1e-9);
	cr_expect_eq(p[2].prs, 0u);
	free(p);
}

static void
chart(const double *v, size_t n, int width, int height, bool utf8, char out[][4 * 64 + 1])
{
	char *rows[16];

	for (int i = 0; i < height; i++)
		rows[i] = out[i];
	progress_chart(v, n, width, height, utf8, rows);
}

Test(progress, chart_few_values)
{
	const double v[] = { 100, 110, 120 };
	char out[4][4 * 64 + 1];

	/* Three values in 12 columns: bars three wide, right-aligned. The scale
	 * runs from 97.5 (an eighth of the range below the lowest) to 120 in 32
	 * eighths: 100 stands 2.5/22.5 × 32 = 3.6, so 4 eighths; 110 stands
	 * 12.5/22.5 × 32 = 17.8, so 18 (two rows and 2 eighths); 120 all 32.
	 * ASCII: # a full cell, : half or more of one, . less. */
	chart(v, 3, 12, 4, false, out);
	cr_expect_str_eq(out[0], "         ###");
	cr_expect_str_eq(out[1], "      ...###");
	cr_expect_str_eq(out[2], "      ######");
	cr_expect_str_eq(out[3], "   :::######");
	chart(v, 3, 12, 4, true, out);
	cr_expect_str_eq(out[3], "   \u2584\u2584\u2584\u2588\u2588\u2588\u2588\u2588\u2588");
	cr_expect_str_eq(out[1], "      \u2582\u2582\u2582\u2588\u2588\u2588");
	cr_expect_str_eq(out[0], "         \u2588\u2588\u2588");
}

Test(progress, chart_many_values_and_edges)
{
	double v[100];
	char out[4][4 * 64 + 1];

	/* 100 rising values in 10 columns: each column its bucket's highest. */
	for (int i = 0; i < 100; i++)
		v[i] = 100 + i;
	chart(v, 100, 10, 4, false, out);
	cr_expect_eq(strlen(out[0]), 10);
	cr_expect_eq(out[0][9], '#');
	cr_expect_eq(out[0][0], ' ');
	/* Equal values stand half high. */
	double same[] = { 80, 80 };
	chart(same, 2, 2, 4, false, out);
	cr_expect_str_eq(out[0], "  ");
	cr_expect_str_eq(out[1], "  ");
	cr_expect_str_eq(out[2], "##");
	cr_expect_str_eq(out[3], "##");
	/* No values: blank rows of the width. */
	chart(v, 0, 5, 2, true, out);
	cr_expect_str_eq(out[0], "     ");
}

/* A work set whose load is not known (at body weight, no body weight) is a
 * set of its session, but in no e1RM, volume or record. */
Test(progress, unknown_load_is_a_set_not_a_record)
{
	const struct progress_set sets[] = {
		{ AT(2, 1800), 0, 8, 7, false },
		{ AT(2, 1805), 0, 8, 7, false },
		{ AT(3, 1800), 20, 5, 8, false },
	};
	struct progress_session *p;
	size_t n = progress_sessions(sets, HS_ARRAY_LEN(sets), &p);

	cr_assert_eq(n, 2);
	cr_expect_eq(p[0].sets, 2);
	cr_expect_eq(p[0].best, -1, "no best set without a load");
	cr_expect_float_eq(p[0].volume, 0, 1e-9);
	cr_expect_eq(p[1].prs, 0u, "the first set with a load beats nothing");
	free(p);
}
