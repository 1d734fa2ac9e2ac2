/* signals.h: warnings of too little recovery (model v2, section "Signals").
 * Warnings, never diagnoses: each one names its evidence. Pure core. */
#ifndef HERSTEL_SIGNALS_H
#define HERSTEL_SIGNALS_H

#include <stdbool.h>
#include <stddef.h>

#include "journal.h"
#include "recovery.h"

enum signal_rule {
	SIGNAL_SHORT_SLEEP = 1, /* 7-night average under the target */
	SIGNAL_LINGERING_SORENESS,
	SIGNAL_STRENGTH_DROP,
	SIGNAL_NO_REST,
	SIGNAL_TRAINED_RECOVERING, /* today's sessions hit groups below 50 % */
	SIGNAL_SHORT_NIGHT         /* today's night short or poor */
};

struct signal {
	enum signal_rule rule;
	bool strong;    /* e.g. sleep average under 6.0 h */
	char text[400]; /* "short sleep: 7-night average 6.4 h (target 7.0 h)" */
};

struct day_kind_entry {
	hs_date date;
	enum day_kind kind;
};

/* The strength rule compares with the best of this many days, so the sets
 * reach back this far; the rest needs no more than the replayed window. */
#define SIGNALS_BEST_DAYS 28

struct signals_input {
	/* Soreness and sleep of the replayed days (recovery_replay_days), and
	 * sets of those or of the last SIGNALS_BEST_DAYS, whichever is longer. */
	const struct recovery_input *events;
	const struct day_kind_entry *days; /* logged day kinds, replayed window */
	size_t ndays;
	enum level level;
	int week_start;      /* 0 Monday, 6 Sunday */
	double sleep_target; /* hours, 7.0 */
	/* The view has a sleep average of its own (the week's verdict): rule 1
	 * is folded into that line and left out here. Otherwise a short night
	 * today and a short average share one line. */
	bool own_sleep_average;
};

/* An average of nights in hours as the sleep lines write it: one decimal,
 * two where one would round an average under the target up to it ("6.96",
 * not "7.0" under a 7.0 h target). */
void signals_average_text(double avg, double target, char *buf, size_t len);

/* The signals that hold at `now`, at most `max`; returns how many. */
size_t signals_compute(const struct recovery_params *p, const struct signals_input *in,
    hs_minute now, struct signal *out, size_t max);

#endif
