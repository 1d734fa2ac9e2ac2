/* volume.h: a week's training volume per muscle group, pure core: the hard
 * sets each group got, weighted by role as the recovery model and the week
 * view count them (a secondary set counts for part of one), against the
 * band a lifter aims at ([volume] low and high, 10-20 by default, the range
 * the sources give for growth). */
#ifndef HERSTEL_VOLUME_H
#define HERSTEL_VOLUME_H

#include <stdbool.h>
#include <stddef.h>

#include "groups.h"
#include "week.h"

enum volume_verdict { VOLUME_BELOW, VOLUME_IN_BAND, VOLUME_ABOVE };

enum volume_trend { TREND_NONE, TREND_RISING, TREND_STEADY, TREND_FALLING };

/* The weighted hard sets of each group over the days of `w` up to `today`
 * (a week still running counts so far). */
void volume_of_week(const struct week *w, hs_date today, double out[GROUP_COUNT]);
enum volume_verdict volume_judge(double sets, double low, double high);
/* How the weeks went, oldest first: the last week against the mean of the
 * ones before it, from the first week with any sets; rising or falling when
 * it is off by more than 20 % (and two sets); TREND_NONE with fewer than two
 * such weeks. */
enum volume_trend volume_trend(const double *weekly, size_t n);
/* "below", "in_band", "above" (TSV and JSON); "below", "in band", "above"
 * for people; "▼", "●", "▲" or "<", "=", ">" without UTF-8. */
const char *volume_verdict_id(enum volume_verdict v);
const char *volume_verdict_word(enum volume_verdict v);
const char *volume_verdict_symbol(enum volume_verdict v, bool utf8);
/* "rising", "steady", "falling", "-" (all languages for TSV and JSON);
 * translated for people by volume_trend_word. */
const char *volume_trend_id(enum volume_trend t);
const char *volume_trend_word(enum volume_trend t);

#endif
