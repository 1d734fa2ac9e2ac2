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
/* The level as a person reads it, in the interface's language. */
const char *level_word(enum level l);
int level_from_id(const char *s);
/* Training days a week the level allows: beginner 3-4, intermediate 4-5, advanced 5-6. */
void level_days(enum level l, int *min, int *max);

/* What a set was: a work set, a warm-up, a drop set (the weight lowered
 * and the set carried on) or a set taken to failure. */
enum set_kind { SET_WORK, SET_WARMUP, SET_DROP, SET_FAILURE, SET_KIND_COUNT };

/* "work", "warmup", "drop", "failure": the id in files and the journal. */
const char *set_kind_id(enum set_kind k);
/* "warm-up", "drop set", "to failure"; "" for a work set: for people. */
const char *set_kind_label(enum set_kind k);
/* The ids; "" is a work set. -1 when unknown. */
int set_kind_from_id(const char *s);
/* The RPE a set counts with: as logged, else what its kind says (a set
 * taken to failure is RPE 10), else 0 (none logged). */
double set_kind_rpe(enum set_kind k, double rpe);

#define SET_MAX_SECONDS 86400
#define SET_MAX_METRES 1000000.0

struct set_record {
	int64_t id;
	hs_minute at;
	int64_t exercise_id;
	char *exercise;   /* owned */
	double weight_kg; /* the load; with bodyweight, the weight added */
	bool bodyweight;  /* "bw" or "bw+X" */
	int reps;         /* 0 for a timed or distance set */
	double rpe;       /* 0 when not logged */
	enum set_kind kind;
	int seconds;       /* a timed set (plank 60 s); 0 when none */
	double distance_m; /* a distance set (farmer's walk 40 m); 0 when none */
	int superset;      /* sets of one workout with the same number were done
	                    * as a superset; 0 when none */
	char *note;        /* owned, "" when none */
	unsigned char role[GROUP_COUNT];
	bool exercise_bodyweight; /* the exercise is bodyweight by default */
};

/* Cardio: a run, a ride, a row on the machine. Kept and shown on its day,
 * never counted by the recovery timers. */
struct activity_record {
	int64_t id;
	hs_minute at;
	char *name;        /* owned: "Running (Treadmill)" */
	int seconds;       /* 0 when not given */
	double distance_m; /* 0 when not given */
	char *note;        /* owned, "" when none */
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
void activity_record_free(struct activity_record *r);
void day_record_free(struct day_record *r);

#endif
