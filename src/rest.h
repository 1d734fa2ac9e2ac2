/* rest.h: the rest countdown between sets, pure core.
 *
 * Time is a monotonic clock in milliseconds that the caller reads (the
 * screen's loop, `herstel rest`, or a test's pinned clock); the timer only
 * remembers when it ends, so it keeps time whatever happens between two
 * looks at it: a resize, another screen, a slow redraw. */
#ifndef HERSTEL_REST_H
#define HERSTEL_REST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define REST_MAX_SECONDS (24 * 3600)

enum rest_state {
	REST_IDLE,    /* not started, or reset */
	REST_RUNNING, /* counting down */
	REST_PAUSED,  /* stopped with time left */
	REST_OVER     /* reached zero; stays until the next key */
};

struct rest_timer {
	enum rest_state state;
	int64_t length_ms; /* of the countdown as started */
	int64_t ends_at;   /* REST_RUNNING: when it reaches zero */
	int64_t left_ms;   /* REST_PAUSED: what was left */
};

/* Start (or restart) a countdown of `length_ms` at `now`. */
void rest_start(struct rest_timer *t, int64_t now, int64_t length_ms);
/* Pause a running countdown, resume a paused one; else nothing. */
void rest_toggle(struct rest_timer *t, int64_t now);
/* Back to idle. */
void rest_reset(struct rest_timer *t);
/* Bring the timer to `now`: true exactly once, when it reaches zero (it is
 * then REST_OVER). */
bool rest_update(struct rest_timer *t, int64_t now);
/* Milliseconds left at `now`: 0 when idle or over. */
int64_t rest_left(const struct rest_timer *t, int64_t now);
/* Milliseconds from `now` until the shown seconds change, so a loop can
 * sleep exactly that long; -1 when nothing is counting. */
int64_t rest_next_change(const struct rest_timer *t, int64_t now);

/* Time left as shown, rounded up to the second: "1:42", "12:05",
 * "1:02:03"; a countdown shows 0:00 only once it is over. */
void rest_format(int64_t ms, char *buf, size_t len);
/* A duration as typed or written in herstelrc: "90" or "90s" (seconds),
 * "1:30", "3m", "2m30s", "1h": 1 second to 24 hours. -1 with *cause. */
int rest_parse(const char *s, int *seconds, char **cause);

#endif
