/* week.h: the week calendar, pure core: seven days at a glance and the
 * week's verdicts (training days, rest, sleep, groups trained twice, and the
 * recovery model's signals), each with its evidence.
 *
 * The caller hands over the events of the week (and, for the signals, the
 * 28 days before it); nothing here knows about SQL or curses. */
#ifndef HERSTEL_WEEK_H
#define HERSTEL_WEEK_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "groups.h"
#include "journal.h"
#include "recovery.h"
#include "signals.h"

#define WEEK_DAYS 7

/* How hard a session was for a group: its work relative to a full session,
 * V x E (the base need it asks for, H / B without novelty, which is about
 * the lifter's lay-off and not the work): light below 0.5 (three sets at RPE
 * 8 give 0.49), hard from 0.9 (ten sets at RPE 8; a full session of ten at
 * RPE 9 gives 1.0), moderate between. */
enum week_load { LOAD_NONE, LOAD_LIGHT, LOAD_MODERATE, LOAD_HARD, LOAD_COUNT };
#define WEEK_LOAD_LIGHT_BELOW 0.5
#define WEEK_LOAD_HARD_FROM 0.9

struct week_day {
	hs_date date;
	enum day_kind logged;     /* as logged with `day`, DAY_UNSET when not */
	enum day_kind kind;       /* shown: DAY_TRAINING when it has hard sets */
	bool training;            /* hard sets, or logged as training */
	int hard_sets;            /* sets that count (recovery_set_hard), any group */
	double sets[GROUP_COUNT]; /* S: hard sets per group, weighted by role */
	double need[GROUP_COUNT]; /* the session's V x E per group, 0 when none */
	bool has_sleep;
	double sleep_hours; /* the night that ended this morning */
	int max_soreness;   /* highest level reported, -1 when none */
	int sore_group;     /* the group of it (first in group order), -1 */
};

struct week {
	hs_date first;          /* the week's first day */
	int iso_week, iso_year; /* of the Monday in it */
	struct week_day day[WEEK_DAYS];
	int trained_days[GROUP_COUNT]; /* days each group was trained on */
};

/* The first day of the week holding `day`; week_start 0 Monday ... 6 Sunday. */
hs_date week_start_date(hs_date day, int week_start);

/* Aggregate the seven days from `first`. `in` may hold events outside the
 * week (they are left out); `days` are the logged kinds of the days. */
void week_build(const struct recovery_params *p, const struct recovery_input *in,
    const struct day_kind_entry *days, size_t ndays, hs_date first, struct week *out);

/* A group counts as trained on a day from one weighted hard set on: one set
 * as primary, or two as secondary. */
bool week_trained(const struct week_day *d, enum group g);
enum week_load week_load_of(const struct week_day *d, enum group g);
/* Groups trained on the day, as a bit mask (1 << group). */
unsigned week_day_groups(const struct week_day *d);

enum week_verdict_kind { VERDICT_OK, VERDICT_WARN, VERDICT_INFO };
enum week_verdict_rule {
	VERDICT_TRAINING_DAYS,
	VERDICT_REST,
	VERDICT_SLEEP,
	VERDICT_TWICE,
	VERDICT_SIGNAL /* a signal of the recovery model */
};

struct week_verdict {
	enum week_verdict_kind kind;
	enum week_verdict_rule rule;
	char text[420]; /* "4 training days (intermediate: 4-5)", no symbol */
};

#define WEEK_VERDICTS_MAX 16
/* Nights the sleep verdict needs, like the model's sleep signal. */
#define WEEK_SLEEP_MIN_NIGHTS 3

/* The week's own verdicts, judged on its days up to `today` (a week still
 * running is judged so far, a future week not at all); returns how many. */
size_t week_verdicts(const struct week *w, enum level level, double sleep_target, hs_date today,
    struct week_verdict *out, size_t max);

/* When the week from `first` is judged: now, or its last minute once it
 * is over. */
hs_minute week_judged_at(hs_date first, hs_minute now);
/* The signals of the recovery model that hold at the end of the week, or at
 * `now` while the week runs (none for a week that has not started), added
 * as verdicts; `si` carries the events store_load_week reads. The sleep
 * average is the week's own verdict, so signal 1 is left out; a short night
 * is told on its day, so only while the week runs. */
size_t week_signals(const struct recovery_params *p, const struct signals_input *si,
    const struct week *w, hs_minute now, struct week_verdict *out, size_t max);
/* "training_days", "rest", "sleep", "twice", "signal". */
const char *week_verdict_rule_id(enum week_verdict_rule r);
/* "light", "moderate", "hard", "-": for people, and for JSON. */
const char *week_load_word(enum week_load l);
const char *week_load_id(enum week_load l);
/* "✔" / "!" / "·", or "+" / "!" / "-" without UTF-8. */
const char *week_verdict_symbol(enum week_verdict_kind k, bool utf8);
/* "ok", "warn", "info". */
const char *week_verdict_word(enum week_verdict_kind k);
/* "▲ train", "~ active", "· rest", "○ passive", "  -": symbol and word. */
const char *week_kind_symbol(enum day_kind k, bool utf8);
const char *week_kind_word(enum day_kind k);
/* A grid cell: a bar of the day's hard sets for the group, one cell per two
 * sets up to four, in its load's shade (░ ▒ █, or . + # without UTF-8),
 * then the count: "▒▒▒ 5"; "" when the group was not hit. */
void week_cell_text(const struct week_day *d, enum group g, bool utf8, char *buf, size_t len);
/* The day's highest soreness in at most `cols` columns: "quads 2", the
 * name clipped where it must be so the level shows ("hamstri 2"), "-" when
 * none was reported. */
void week_sore_text(const struct week_day *d, int cols, char *buf, size_t len);
/* "16-22 Nov 2026", "30 Nov - 6 Dec 2026", "28 Dec 2026 - 3 Jan 2027". */
void week_range_text(const struct week *w, char *buf, size_t len);

#endif
