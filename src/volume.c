/* volume.c: a week's volume per group against the band (see volume.h). */
#include "config.h"

#include "volume.h"

#include <math.h>

#include "i18n.h"

void
volume_of_week(const struct week *w, hs_date today, double out[GROUP_COUNT])
{
	for (int g = 0; g < GROUP_COUNT; g++)
		out[g] = 0;
	for (int d = 0; d < WEEK_DAYS; d++)
		if (w->day[d].date <= today)
			for (int g = 0; g < GROUP_COUNT; g++)
				out[g] += w->day[d].sets[g];
}

enum volume_verdict
volume_judge(double sets, double low, double high)
{
	/* The sets are weighted (a secondary set is a part of one): compare
	 * what a person reads, rounded to a tenth, so that 9.96 shown as 10
	 * is not "below 10". */
	double shown = round(sets * 10) / 10;

	if (shown < low)
		return VOLUME_BELOW;
	return shown > high ? VOLUME_ABOVE : VOLUME_IN_BAND;
}

enum volume_trend
volume_trend(const double *weekly, size_t n)
{
	double mean = 0, last, off;
	size_t first = 0;

	/* Weeks before the group's first sets are before the lifter began it,
	 * not a low to rise from. */
	while (first + 1 < n && weekly[first] == 0)
		first++;
	if (n - first < 2)
		return TREND_NONE;
	for (size_t i = first; i + 1 < n; i++)
		mean += weekly[i];
	mean /= (double)(n - 1 - first);
	last = weekly[n - 1];
	off = last - mean;
	if (fabs(off) < 2 || fabs(off) <= 0.2 * mean)
		return TREND_STEADY;
	return off > 0 ? TREND_RISING : TREND_FALLING;
}

const char *
volume_verdict_id(enum volume_verdict v)
{
	static const char *const id[] = { "below", "in_band", "above" };

	return id[v];
}

const char *
volume_verdict_word(enum volume_verdict v)
{
	static const char *const word[] = { N_("below"), N_("in band"), N_("above") };

	return _(word[v]);
}

const char *
volume_verdict_symbol(enum volume_verdict v, bool utf8)
{
	static const char *const sym[] = { "\u25bc", "\u25cf", "\u25b2" };
	static const char *const ascii[] = { "<", "=", ">" };

	return utf8 ? sym[v] : ascii[v];
}

const char *
volume_trend_id(enum volume_trend t)
{
	static const char *const id[] = { "-", "rising", "steady", "falling" };

	return id[t];
}

const char *
volume_trend_word(enum volume_trend t)
{
	static const char *const word[] = { "-", N_("rising"), N_("steady"), N_("falling") };

	return t == TREND_NONE ? "-" : _(word[t]);
}
