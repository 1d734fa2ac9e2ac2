/* test_rest.c: the rest countdown on a pinned millisecond clock, and the
 * durations herstelrc and `herstel rest` take. */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "rest.h"

static const char *
shown(const struct rest_timer *t, int64_t now)
{
	static char buf[32];

	rest_format(rest_left(t, now), buf, sizeof buf);
	return buf;
}

Test(rest, counts_down_and_ends_once)
{
	struct rest_timer t;

	rest_reset(&t);
	cr_expect_eq(t.state, REST_IDLE);
	cr_expect_eq(rest_next_change(&t, 0), -1);
	rest_start(&t, 1000, 90000);
	cr_expect_str_eq(shown(&t, 1000), "1:30");
	/* Rounded up: 89.5 s left still shows 1:30, 89 s shows 1:29. */
	cr_expect_str_eq(shown(&t, 1500), "1:30");
	cr_expect_eq(rest_next_change(&t, 1500), 500);
	cr_expect_str_eq(shown(&t, 2000), "1:29");
	cr_expect_eq(rest_next_change(&t, 2000), 1000);
	cr_expect_eq(rest_update(&t, 90999), false);
	cr_expect_str_eq(shown(&t, 90999), "0:01");
	cr_expect_eq(rest_update(&t, 91000), true);
	cr_expect_eq(t.state, REST_OVER);
	cr_expect_eq(rest_update(&t, 95000), false, "over is reported once");
	cr_expect_str_eq(shown(&t, 95000), "0:00");
	cr_expect_eq(rest_next_change(&t, 95000), -1);
}

Test(rest, late_look_still_ends)
{
	/* A loop that looks late (a long redraw, a suspended terminal) still
	 * sees the end once, and no negative time. */
	struct rest_timer t;

	rest_start(&t, 0, 3000);
	cr_expect_eq(rest_left(&t, 10000), 0);
	cr_expect_eq(rest_update(&t, 10000), true);
}

Test(rest, pause_resume_reset_restart)
{
	struct rest_timer t;

	rest_start(&t, 0, 60000);
	rest_toggle(&t, 20000);
	cr_expect_eq(t.state, REST_PAUSED);
	cr_expect_str_eq(shown(&t, 50000), "0:40", "paused time does not run");
	cr_expect_eq(rest_next_change(&t, 50000), -1);
	rest_toggle(&t, 100000);
	cr_expect_eq(t.state, REST_RUNNING);
	cr_expect_str_eq(shown(&t, 110000), "0:30");
	cr_expect_eq(rest_update(&t, 140000), true);
	rest_toggle(&t, 141000);
	cr_expect_eq(t.state, REST_OVER, "an ended countdown does not pause");
	rest_start(&t, 150000, 120000);
	cr_expect_str_eq(shown(&t, 150000), "2:00");
	rest_reset(&t);
	cr_expect_eq(t.state, REST_IDLE);
	cr_expect_eq(rest_left(&t, 150000), 0);
}

Test(rest, format)
{
	char buf[32];

	rest_format(0, buf, sizeof buf);
	cr_expect_str_eq(buf, "0:00");
	rest_format(1, buf, sizeof buf);
	cr_expect_str_eq(buf, "0:01");
	rest_format(725000, buf, sizeof buf);
	cr_expect_str_eq(buf, "12:05");
	rest_format(3723000, buf, sizeof buf);
	cr_expect_str_eq(buf, "1:02:03");
}

Test(rest, parse)
{
	static const struct {
		const char *text;
		int seconds;
	} good[] = { { "90", 90 }, { "90s", 90 }, { "1:30", 90 }, { "3m", 180 }, { "2m30s", 150 },
		{ "1h", 3600 }, { "1h30m", 5400 }, { "0:05", 5 }, { "1:00:00", 3600 },
		{ "24h", 86400 } };
	static const char *const bad[] = { "", "0", "abc", "1:60", "1:2:3:4", "-5", "5x", "3m2m",
		"30s1m", "1h30", "24h1s", "99999999", ":30", "1:", "1.5m" };
	char *cause = NULL;
	int s;

	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		cr_expect_eq(rest_parse(good[i].text, &s, NULL), 0, "%s", good[i].text);
		cr_expect_eq(s, good[i].seconds, "%s: %d", good[i].text, s);
	}
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		cr_expect_eq(rest_parse(bad[i], &s, &cause), -1, "%s was taken", bad[i]);
		cr_expect(cause != NULL && strstr(cause, "duration") != NULL, "%s", bad[i]);
		free(cause);
		cause = NULL;
	}
}
