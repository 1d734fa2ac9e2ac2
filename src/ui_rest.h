/* ui_rest.h: the rest countdown of the journal screen: started by saving
 * a set or by hand, shown in the header of every screen, and at zero the
 * bell (or a flash), "rest over" and herstelrc's hook. The counting is the
 * core's (rest.c); this is its clock and what the screen does with it. */
#ifndef HERSTEL_UI_REST_H
#define HERSTEL_UI_REST_H

#include "ui.h"

/* The monotonic clock in milliseconds: the time of the countdown, apart
 * from the journal's clock (HERSTEL_AT pins that, not this). */
int64_t ui_rest_clock(void);
/* A set of `def` was saved: a rest of its kind's length from now. */
void ui_rest_after_set(struct app *a, const struct exercise_def *def);
/* The rest key: start a rest of [rest] length when none runs, else pause
 * or resume it. */
void ui_rest_toggle(struct app *a);
/* The reset key: no rest. */
void ui_rest_reset(struct app *a);
/* Any key: "rest over" has been seen, it goes. UI_HEAD when it went. */
unsigned ui_rest_seen(struct app *a);
/* On every pass of the loop: bring the timer to now, ring at zero, reap
 * the hook; UI_HEAD when what the header shows changed. */
unsigned ui_rest_tick(struct app *a);
/* How long the loop may wait for a key: until the shown second changes
 * while a rest counts down, else `idle` ms. */
int ui_rest_wait(const struct app *a, int idle);
/* What the header shows: "rest 1:42", "rest 1:42 paused", "rest over", or
 * "" with no rest. */
void ui_rest_text(const struct app *a, char *buf, size_t len);

#endif
