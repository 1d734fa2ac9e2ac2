/* test_volume.c: the weekly volume per group: sums up to today, verdicts
 * against the band as a person reads the figure, and the trend. */
#include "config.h"

#include <criterion/criterion.h>

#include "volume.h"

Test(volume, of_week_counts_up_to_today)
{
	struct week w = { 0 };
	double v[GROUP_COUNT];

	w.first = date_from_ymd(2026, 11, 16);
	for (int d = 0; d < WEEK_DAYS; d++)
		w.day[d].date = w.first + d;
	w.day[0].sets[GROUP_QUADS] = 5;
	w.day[2].sets[GROUP_QUADS] = 4.5; /* a secondary set counted in part */
	w.day[5].sets[GROUP_QUADS] = 6;   /* Saturday, after today */
	volume_of_week(&w, w.first + 3, v);
	cr_expect_float_eq(v[GROUP_QUADS], 9.5, 1e-9);
	cr_expect_float_eq(v[GROUP_CHEST], 0, 1e-9);
	volume_of_week(&w, w.first + 6, v);
	cr_expect_float_eq(v[GROUP_QUADS], 15.5, 1e-9, "the whole week once it is over");
}

Test(volume, judge_against_the_band)
{
	cr_expect_eq(volume_judge(9.9, 10, 20), VOLUME_BELOW);
	cr_expect_eq(volume_judge(9.96, 10, 20), VOLUME_IN_BAND, "shown as 10.0: not below 10");
	cr_expect_eq(volume_judge(10, 10, 20), VOLUME_IN_BAND);
	cr_expect_eq(volume_judge(20, 10, 20), VOLUME_IN_BAND, "the band's ends are in it");
	cr_expect_eq(volume_judge(20.1, 10, 20), VOLUME_ABOVE);
	cr_expect_eq(volume_judge(0, 0, 0), VOLUME_IN_BAND);
}

Test(volume, trend)
{
	const double rising[] = { 10, 10, 10, 14 }, falling[] = { 12, 12, 6 },
		     steady[] = { 10, 11, 10, 11.5 }, small[] = { 2, 2, 3.5 },
		     late[] = { 0, 0, 8, 8 }, one[] = { 0, 0, 0, 8 };

	cr_expect_eq(volume_trend(rising, 4), TREND_RISING, "14 against 10: +40 %");
	cr_expect_eq(volume_trend(falling, 3), TREND_FALLING);
	cr_expect_eq(volume_trend(steady, 4), TREND_STEADY, "11.5 against 10.33: within 20 %");
	cr_expect_eq(volume_trend(small, 3), TREND_STEADY, "1.5 sets is not a trend");
	cr_expect_eq(volume_trend(late, 4), TREND_STEADY, "weeks before the first sets are not lows");
	cr_expect_eq(volume_trend(one, 4), TREND_NONE, "one week of sets is no trend");
	cr_expect_eq(volume_trend(rising, 1), TREND_NONE);
}

Test(volume, words_and_symbols)
{
	cr_expect_str_eq(volume_verdict_id(VOLUME_IN_BAND), "in_band");
	cr_expect_str_eq(volume_verdict_symbol(VOLUME_BELOW, false), "<");
	cr_expect_str_eq(volume_verdict_symbol(VOLUME_ABOVE, true), "\u25b2");
	cr_expect_str_eq(volume_trend_id(TREND_NONE), "-");
	cr_expect_str_eq(volume_trend_id(TREND_FALLING), "falling");
}
