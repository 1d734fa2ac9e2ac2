/* journal.h: the records of the journal, shared by the store, the CLI and the UI. */
#ifndef HERSTEL_JOURNAL_H
#define HERSTEL_JOURNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "date.h"
#include "groups.h"

enum day_kind {
	DAY_UNSET,
	DAY_TRAINING,
	DAY_ACTIVE, /* active recovery */
	DAY_REST,
	DAY_PASSIVE, /* passive recovery */
	DAY_KIND_COUNT
};

enum level { LEVEL_BEGINNER, LEVEL_INTERMEDIATE, LEVEL_ADVANCED, LEVEL_COUNT };
enum units { UNITS_KG, UNITS_LB };

#define KG_PER_LB 0.45359237

/* "training", "active", "rest", "passive"; "-" for DAY_UNSET. */
const char *day_kind_id(enum day_kind k);
/* "active recovery" etc., for people. */
const char *day_kind_label(enum day_kind k);
/* Accepts the ids and the labels; -1 when unknown. */
int day_kind_from_id(const char *s);
const char *level_id(enum level l);
int level_from_id(const char *s);
/* Training days a week the level allows: beginner 3-4, intermediate 4-5, advanced 5-6. */
void level_days(enum level l, int *min, int *max);

struct set_record {
	int64_t id;
	hs_minute at;
	int64_t exercise_id;
	char *exercise;   /* owned */
	double weight_kg; /* the load; with bodyweight, the weight added */
	bool bodyweight;  /* "bw" or "bw+X" */
	int reps;
	double rpe; /* 0 when not logged */
	bool warmup;
	char *note; /* owned, "" when none */
	unsigned char role[GROUP_COUNT];
	bool exercise_bodyweight; /* the exercise is bodyweight by default */
};

struct soreness_record {
	int64_t id;
	hs_minute at;
	enum group group;
	int level;
};

struct sleep_record {
	int64_t id;
	hs_date date;
	double hours;
	int quality; /* 1-5, 0 when not logged */
};

struct day_record {
	int64_t id;
	hs_date date;
	enum day_kind kind;
	char *note; /* owned, "" when none */
};

void set_record_free(struct set_record *r);
void day_record_free(struct day_record *r);

#endif
