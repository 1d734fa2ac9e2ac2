/* rest.c: the rest countdown: state, formatting and parsing of durations. */
#include "config.h"

#include "rest.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

void
rest_start(struct rest_timer *t, int64_t now, int64_t length_ms)
{
	t->state = REST_RUNNING;
	t->length_ms = length_ms;
	t->ends_at = now + length_ms;
	t->left_ms = 0;
}

void
rest_toggle(struct rest_timer *t, int64_t now)
{
	if (t->state == REST_RUNNING && !rest_update(t, now)) {
		t->left_ms = t->ends_at - now;
		t->state = REST_PAUSED;
	} else if (t->state == REST_PAUSED) {
		t->ends_at = now + t->left_ms;
		t->state = REST_RUNNING;
	}
}

void
rest_reset(struct rest_timer *t)
{
	memset(t, 0, sizeof *t);
}

bool
rest_update(struct rest_timer *t, int64_t now)
{
	if (t->state != REST_RUNNING || now < t->ends_at)
		return false;
	t->state = REST_OVER;
	return true;
}

int64_t
rest_left(const struct rest_timer *t, int64_t now)
{
	switch (t->state) {
	case REST_RUNNING:
		return t->ends_at > now ? t->ends_at - now : 0;
	case REST_PAUSED:
		return t->left_ms;
	default:
		return 0;
	}
}

int64_t
rest_next_change(const struct rest_timer *t, int64_t now)
{
	int64_t left;

	if (t->state != REST_RUNNING)
		return -1;
	if ((left = t->ends_at - now) <= 0)
		return 0;
	/* Shown rounded up: 1:42 shows from 101.001 s to 102 s left. */
	return left % 1000 == 0 ? 1000 : left % 1000;
}

void
rest_format(int64_t ms, char *buf, size_t len)
{
	int64_t s = ms <= 0 ? 0 : (ms + 999) / 1000;

	if (s >= 3600)
		snprintf(
		    buf, len, "%d:%02d:%02d", (int)(s / 3600), (int)(s / 60 % 60), (int)(s % 60));
	else
		snprintf(buf, len, "%d:%02d", (int)(s / 60), (int)(s % 60));
}

/* Digits at *p into *out (at most 7 of them); false when there are none. */
static bool
rest_digits(const char **p, long *out)
{
	int n = 0;

	*out = 0;
	while (isdigit((unsigned char)**p) && n < 7) {
		*out = *out * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n > 0 && !isdigit((unsigned char)**p);
}

/* "M:SS" or "H:MM:SS". */
static bool
rest_parse_clock(const char *s, long *total)
{
	long part[3];
	int n = 0;

	for (;;) {
		if (n == 3 || !rest_digits(&s, &part[n]))
			return false;
		n++;
		if (*s == '\0')
			break;
		if (*s++ != ':')
			return false;
	}
	if (n < 2 || part[n - 1] > 59 || (n == 3 && part[1] > 59))
		return false;
	*total = n == 2 ? part[0] * 60 + part[1] : part[0] * 3600 + part[1] * 60 + part[2];
	return true;
}

/* "90", "90s", "3m", "2m30s", "1h", "1h30m": units in falling order. */
static bool
rest_parse_units(const char *s, long *total)
{
	static const char units[] = "hms";
	static const long scale[] = { 3600, 60, 1 };
	const char *u;
	size_t last = 0;
	long v;

	*total = 0;
	if (!rest_digits(&s, &v))
		return false;
	if (*s == '\0') {
		*total = v;
		return true;
	}
	for (;;) {
		if (*s == '\0' || (u = strchr(units, *s)) == NULL || (size_t)(u - units) < last)
			return false;
		last = (size_t)(u - units) + 1;
		*total += v * scale[u - units];
		if (*++s == '\0')
			return true;
		if (!rest_digits(&s, &v))
			return false;
	}
}

int
rest_parse(const char *s, int *seconds, char **cause)
{
	long total;
	bool ok =
	    strchr(s, ':') != NULL ? rest_parse_clock(s, &total) : rest_parse_units(s, &total);

	if (!ok)
		return util_fail(cause,
		    _("bad duration \"%s\": expected seconds (90), minutes and seconds (1:30) or "
		      "units (3m, 2m30s)"),
		    s);
	if (total < 1 || total > REST_MAX_SECONDS)
		return util_fail(cause, _("duration \"%s\": expected 1 second to 24 hours"), s);
	*seconds = (int)total;
	return 0;
}
