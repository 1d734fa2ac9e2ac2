/* test_entry.c: the log grammar: valid entries, errors and descriptions. */
#include "config.h"

#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "entry.h"

#define LB(x) ((x)*KG_PER_LB)

struct valid_case {
	const char *text;
	enum units units;
	const char *exercise;
	int nsets;
	int reps[6];
	bool has_load;
	bool bodyweight;
	double weight_kg;
	double rpe;
	int kind; /* enum set_kind: false is SET_WORK, true SET_WARMUP */
	const char *note;
	bool timed;
};

static const struct valid_case valid[] = {
	{ "squat 5x5 100kg @8", UNITS_KG, "squat", 5, { 5, 5, 5, 5, 5 }, true, false, 100, 8, false,
	    "", false },
	{ "pull-up 3x8 bw+10", UNITS_KG, "pull-up", 3, { 8, 8, 8 }, true, true, 10, 0, false, "",
	    false },
	{ "bench press 8,8,6 80 @9 # paused", UNITS_KG, "bench press", 3, { 8, 8, 6 }, true, false,
	    80, 9, false, "paused", false },
	{ "bench press 8,8,6 80 @9 # paused", UNITS_LB, "bench press", 3, { 8, 8, 6 }, true, false,
	    LB(80), 9, false, "paused", false },
	/* No scheme: one set of one rep. */
	{ "plank", UNITS_KG, "plank", 1, { 1 }, false, false, 0, 0, false, "", false },
	{ "squat 3x5 225lb", UNITS_KG, "squat", 3, { 5, 5, 5 }, true, false, LB(225), 0, false, "",
	    false },
	{ "squat 3x5 225 lbs", UNITS_KG, "squat", 3, { 5, 5, 5 }, true, false, LB(225), 0, false,
	    "", false },
	{ "squat 3x5 100 kg", UNITS_LB, "squat", 3, { 5, 5, 5 }, true, false, 100, 0, false, "",
	    false },
	{ "deadlift 5 140 warmup", UNITS_KG, "deadlift", 1, { 5 }, true, false, 140, 0, true, "",
	    false },
	{ "squat 5X5 @8.5", UNITS_KG, "squat", 5, { 5, 5, 5, 5, 5 }, false, false, 0, 8.5, false,
	    "", false },
	{ "squat 2\xc3\x97"
	  "3 @ 7 warm-up",
	    UNITS_KG, "squat", 2, { 3, 3 }, false, false, 0, 7, true, "", false },
	{ "  Bench   Press  3x8   82.5kg  wu  #  felt  slow  ", UNITS_KG, "Bench Press", 3,
	    { 8, 8, 8 }, true, false, 82.5, 0, true, "felt  slow", false },
	{ "dip 3x10 bw", UNITS_KG, "dip", 3, { 10, 10, 10 }, true, true, 0, 0, false, "", false },
	{ "chin-up 3x5 BW+20lb @10", UNITS_KG, "chin-up", 3, { 5, 5, 5 }, true, true, LB(20), 10,
	    false, "", false },
	{ "squat 100kg", UNITS_KG, "squat", 1, { 1 }, true, false, 100, 0, false, "", false },
	{ "squat 100 kg", UNITS_KG, "squat", 1, { 1 }, true, false, 100, 0, false, "", false },
	{ "squat 0kg", UNITS_KG, "squat", 1, { 1 }, true, false, 0, 0, false, "", false },
	{ "squat 1x1 1000kg @1", UNITS_KG, "squat", 1, { 1 }, true, false, 1000, 1, false, "",
	    false },
	{ "3/4 Sit-Up 3x20", UNITS_KG, "3/4 Sit-Up", 3, { 20, 20, 20 }, false, false, 0, 0, false,
	    "", false },
	{ "90/90 Hamstring", UNITS_KG, "90/90 Hamstring", 1, { 1 }, false, false, 0, 0, false, "",
	    false },
	/* A bare number in a name joins it when the tail after it fails. */
	{ "kettlebell figure 8 3x10 16kg", UNITS_KG, "kettlebell figure 8", 3, { 10, 10, 10 }, true,
	    false, 16, 0, false, "", false },
	{ "plank # 60 s", UNITS_KG, "plank", 1, { 1 }, false, false, 0, 0, false, "60 s", false },
	{ "crunch 20,15,12,10,8,6 #", UNITS_KG, "crunch", 6, { 20, 15, 12, 10, 8, 6 }, false, false,
	    0, 0, false, "", false },
	/* Timed sets: the counts are seconds. */
	{ "plank 3x60s", UNITS_KG, "plank", 3, { 60, 60, 60 }, false, false, 0, 0, SET_WORK, "",
	    true },
	{ "side plank 45s bw+5", UNITS_KG, "side plank", 1, { 45 }, true, true, 5, 0, SET_WORK, "",
	    true },
	{ "dead hang 60s,45s,30s", UNITS_KG, "dead hang", 3, { 60, 45, 30 }, false, false, 0, 0,
	    SET_WORK, "", true },
	/* Drop and failure sets: after a scheme, a load or the RPE; in a name
	 * the words are the name's. */
	{ "bench press 1x8 60kg drop", UNITS_KG, "bench press", 1, { 8 }, true, false, 60, 0,
	    SET_DROP, "", false },
	{ "squat 1x6 100kg @10 failure", UNITS_KG, "squat", 1, { 6 }, true, false, 100, 10,
	    SET_FAILURE, "", false },
	{ "Drop Push 3x10", UNITS_KG, "Drop Push", 3, { 10, 10, 10 }, false, false, 0, 0, SET_WORK,
	    "", false },
};

/* Compare every field of a parsed entry with its expected case: one group,
 * so every set has the case's load, RPE and kind. */
static void
check_valid(const struct valid_case *v, const struct entry *e)
{
	cr_expect_str_eq(e->exercise, v->exercise, "exercise of \"%s\"", v->text);
	cr_assert_eq(e->nsets, v->nsets, "nsets of \"%s\": %d", v->text, e->nsets);
	cr_expect_eq(e->ngroups, 1, "ngroups of \"%s\": %d", v->text, e->ngroups);
	cr_expect_eq(e->minute, -1, "minute of \"%s\": %d", v->text, e->minute);
	for (int i = 0; i < v->nsets; i++) {
		const struct entry_set *s = &e->set[i];

		cr_expect_eq(s->reps, v->reps[i], "reps[%d] of \"%s\": %d", i, v->text, s->reps);
		cr_expect_eq(s->has_load, v->has_load, "has_load of \"%s\"", v->text);
		cr_expect_eq(s->bodyweight, v->bodyweight, "bodyweight of \"%s\"", v->text);
		cr_expect(fabs(s->weight_kg - v->weight_kg) < 1e-9, "weight_kg of \"%s\": %g",
		    v->text, s->weight_kg);
		cr_expect(fabs(s->rpe - v->rpe) < 1e-9, "rpe of \"%s\": %g", v->text, s->rpe);
		cr_expect_eq(s->kind, v->kind, "kind of \"%s\"", v->text);
		cr_expect_eq(s->group, 0, "group of \"%s\"", v->text);
	}
	cr_expect_eq(e->timed, v->timed, "timed of \"%s\"", v->text);
	cr_expect_str_eq(e->note, v->note, "note of \"%s\"", v->text);
}

Test(entry, valid_table)
{
	for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++) {
		struct entry e;
		char *cause = NULL;

		cr_assert_eq(entry_parse(valid[i].text, valid[i].units, &e, &cause), 0,
		    "\"%s\" failed: %s", valid[i].text, cause);
		check_valid(&valid[i], &e);
		entry_free(&e);
	}
}

struct invalid_case {
	const char *text;
	enum units units;
	const char *cause;
};

static const struct invalid_case invalid[] = {
	{ "squat 5x5 100kg @11", UNITS_KG, "RPE must be from 1 to 10, got 11" },
	{ "squat 5x5 100kg @0", UNITS_KG, "RPE must be from 1 to 10, got 0" },
	{ "squat 5x5 100kg @8.3", UNITS_KG, "RPE must be in steps of 0.5, got 8.3" },
	{ "squat 5x5 @abc", UNITS_KG, "bad RPE \"@abc\" (expected @1 to @10)" },
	{ "squat 5x5 @", UNITS_KG, "missing RPE after \"@\"" },
	{ "squat 5x0", UNITS_KG, "reps must be from 1 to 1000, got 0" },
	{ "squat 5x1001", UNITS_KG, "reps must be from 1 to 1000, got 1001" },
	{ "squat 10,0,8", UNITS_KG, "reps must be from 1 to 1000, got 0" },
	{ "squat 0x5", UNITS_KG, "sets must be from 1 to 50, got 0" },
	/* More than 50 cannot be a set count: it is a load ("51x5" is 5 at 51). */
	{ "squat 99999999999x5", UNITS_KG, "weight must be from 0 to 1000 kg, got 99999999999 kg" },
	{ "squat 60x1001", UNITS_KG, "reps must be from 1 to 1000, got 1001" },
	{ "squat 100x5 @8, @9", UNITS_KG,
	    "a group after a comma needs its reps (e.g. 85x8 or 3x8 85)" },
	{ "plank 60s, 100x5", UNITS_KG, "timed and counted sets cannot share one line" },
	{ "squat 5x5 18:30 19:00", UNITS_KG, "a second time of day \"19:00\"" },
	{ "squat 100x5 5x5", UNITS_KG,
	    "unexpected \"5x5\" after the load (expected @RPE, warmup, drop, failure or # note)" },
	{ "squat 20x2, 20x2, 12x1", UNITS_KG, "sets must be from 1 to 50, got 52" },
	{ "squat 5x5 25:00", UNITS_KG, "bad time \"25:00\" (expected HH:MM, 00:00 to 23:59)" },
	{ "squat 5,,5", UNITS_KG, "bad scheme \"5,,5\" (expected SETSxREPS or REPS,REPS,...)" },
	{ "squat 5x5 -5", UNITS_KG, "weight must be from 0 to 1000 kg, got -5" },
	{ "squat 5x5 -5kg", UNITS_KG, "weight must be from 0 to 1000 kg, got -5" },
	{ "squat 5x5 5000kg", UNITS_KG, "weight must be from 0 to 1000 kg, got 5000 kg" },
	{ "squat 5x5 5000", UNITS_KG, "weight must be from 0 to 1000 kg, got 5000 kg" },
	{ "squat 5x5 2500", UNITS_LB, "weight must be from 0 to 1000 kg, got 2500 lb" },
	{ "squat 5x5 1000.5kg", UNITS_KG, "weight must be from 0 to 1000 kg, got 1000.5 kg" },
	{ "pull-up 3x8 bw+2000", UNITS_KG, "weight must be from 0 to 1000 kg, got 2000 kg" },
	{ "pull-up 3x8 bw+", UNITS_KG, "bad load \"bw+\" (expected bw or bw+NUMBER)" },
	{ "squat 5x5 100kgs", UNITS_KG, "bad unit \"kgs\" in \"100kgs\" (expected kg or lb)" },
	{ "", UNITS_KG, "missing exercise name" },
	{ "   ", UNITS_KG, "missing exercise name" },
	{ "5x5 100kg", UNITS_KG, "missing exercise name" },
	{ "@8", UNITS_KG, "missing exercise name" },
	{ "# just a note", UNITS_KG, "missing exercise name" },
	{ "squat 100kg foo", UNITS_KG,
	    "unexpected \"foo\" after the load (expected @RPE, warmup, drop, failure or # note)" },
	{ "squat 100kg 5x5", UNITS_KG,
	    "unexpected \"5x5\" after the load (expected @RPE, warmup, drop, failure or # note)" },
	{ "squat 5x5 foo", UNITS_KG,
	    "unexpected \"foo\" after the scheme "
	    "(expected a load, @RPE, warmup, drop, failure or # note)" },
	{ "squat 5x5 3x3", UNITS_KG,
	    "unexpected \"3x3\" after the scheme "
	    "(expected a load, @RPE, warmup, drop, failure or # note)" },
	{ "squat 5x5 @8 100kg", UNITS_KG,
	    "unexpected \"100kg\" after the RPE (expected warmup, drop, failure or # note)" },
	{ "squat 5x5 @8 @9", UNITS_KG,
	    "unexpected \"@9\" after the RPE (expected warmup, drop, failure or # note)" },
	{ "squat warmup 5x5", UNITS_KG, "unexpected \"5x5\" after the set kind (expected # note)" },
	{ "plank 3x0s", UNITS_KG, "seconds must be from 1 to 86400, got 0" },
	{ "squat 5x5 drop failure", UNITS_KG,
	    "unexpected \"failure\" after the set kind (expected # note)" },
	{ "squat 5 foo", UNITS_KG,
	    "unexpected \"foo\" after the scheme "
	    "(expected a load, @RPE, warmup, drop, failure or # note)" },
};

/* Lines of sets that differ: each set as it will be stored. */
struct set_case {
	int reps;
	bool has_load;
	double kg;
	double rpe;
	int kind;
	int group;
};

static const struct {
	const char *text;
	int nsets, ngroups, minute;
	struct set_case set[5];
} groups[] = {
	{ "bench press 100x5 @9, 85x8, 85x8 @8", 3, 3, -1,
	    { { 5, true, 100, 9, SET_WORK, 0 }, { 8, true, 85, 0, SET_WORK, 1 },
	        { 8, true, 85, 8, SET_WORK, 2 } } },
	/* A group without a load takes the one before it. */
	{ "squat 2x5 100kg @8, 3 @9", 3, 2, -1,
	    { { 5, true, 100, 8, SET_WORK, 0 }, { 5, true, 100, 8, SET_WORK, 0 },
	        { 3, true, 100, 9, SET_WORK, 1 } } },
	/* nsets 0: a line that must be refused (a lone "x" after the load). */
	{ "squat 60kgx10 warmup , 82,5x5 @8, 82,5 kg x 1", 0, 0, 0, { { 0 } } },
	/* A comma of its own, a unit on the load, a decimal comma, a kind. */
	{ "squat 60kgx10 warmup , 82,5x5 @8, 5 82,5 kg", 3, 3, -1,
	    { { 10, true, 60, 0, SET_WARMUP, 0 }, { 5, true, 82.5, 8, SET_WORK, 1 },
	        { 5, true, 82.5, 0, SET_WORK, 2 } } },
	/* 51 cannot be a set count; a time of day anywhere in the tail. */
	{ "squat 51x5 18:30", 1, 1, 18 * 60 + 30, { { 5, true, 51, 0, SET_WORK, 0 } } },
	{ "row 7:05 3x8 60", 3, 1, 7 * 60 + 5,
	    { { 8, true, 60, 0, SET_WORK, 0 }, { 8, true, 60, 0, SET_WORK, 0 },
	        { 8, true, 60, 0, SET_WORK, 0 } } },
	/* Many reps with a load given are reps. */
	{ "push-up 2x50 bw", 2, 1, -1,
	    { { 50, true, 0, 0, SET_WORK, 0 }, { 50, true, 0, 0, SET_WORK, 0 } } },
};

Test(entry, groups)
{
	for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++) {
		struct entry e;
		char *cause = NULL;
		int rc = entry_parse(groups[i].text, UNITS_KG, &e, &cause);

		if (groups[i].nsets == 0) { /* a line that must be refused */
			cr_expect_eq(rc, -1, "\"%s\" was accepted", groups[i].text);
			free(cause);
			continue;
		}
		cr_assert_eq(rc, 0, "\"%s\" failed: %s", groups[i].text, cause);
		cr_assert_eq(e.nsets, groups[i].nsets, "nsets of \"%s\": %d", groups[i].text, e.nsets);
		cr_expect_eq(e.ngroups, groups[i].ngroups, "ngroups of \"%s\"", groups[i].text);
		cr_expect_eq(e.minute, groups[i].minute, "minute of \"%s\"", groups[i].text);
		for (int k = 0; k < e.nsets; k++) {
			const struct set_case *w = &groups[i].set[k];
			const struct entry_set *s = &e.set[k];

			cr_expect(s->reps == w->reps && s->has_load == w->has_load &&
			        fabs(s->weight_kg - w->kg) < 1e-9 && s->rpe == w->rpe &&
			        (int)s->kind == w->kind && s->group == w->group,
			    "set %d of \"%s\": %d reps, load %d %g kg, RPE %g, kind %d, group %d", k,
			    groups[i].text, s->reps, s->has_load, s->weight_kg, s->rpe, s->kind,
			    s->group);
		}
		entry_free(&e);
	}
}

/* 5x100 would be 500 reps: refused for a loaded exercise, with both
 * readings; standing for one done at body weight, or with a load. */
Test(entry, many_reps_without_load)
{
	static const struct {
		const char *text;
		bool bodyweight;
		const char *cause; /* NULL: accepted */
	} cases[] = {
		{ "squat 5x100", false,
		    "\"5x100\" is 5 sets of 100 reps, or 100 for 5 reps? Write 100x5 for the load, "
		    "or 5x100 bw for the reps" },
		{ "squat 100x5, 2x40", false,
		    "\"2x40\" is 2 sets of 40 reps, or 40 for 2 reps? Write 40x2 for the load, "
		    "or 2x40 bw for the reps" },
		{ "plank 3x60", true, NULL },
		{ "squat 5x100 bw", false, NULL },
		{ "squat 5x100 20kg", false, NULL },
		{ "squat 3x30", false, NULL },
		{ "squat 3x60s", false, NULL },
		{ "squat 60,60", false, NULL },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct entry e;
		char *cause = NULL;

		cr_assert_eq(entry_parse(cases[i].text, UNITS_KG, &e, &cause), 0, "%s: %s",
		    cases[i].text, cause);
		if (cases[i].cause == NULL)
			cr_expect_eq(entry_check_for(&e, cases[i].bodyweight, &cause), 0, "%s: %s",
			    cases[i].text, cause);
		else {
			cr_expect_eq(entry_check_for(&e, cases[i].bodyweight, &cause), -1, "%s accepted",
			    cases[i].text);
			cr_expect_str_eq(cause != NULL ? cause : "(none)", cases[i].cause);
		}
		free(cause);
		entry_free(&e);
	}
}

Test(entry, invalid_table)
{
	for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
		struct entry e;
		char *cause = NULL;

		cr_expect_eq(entry_parse(invalid[i].text, invalid[i].units, &e, &cause), -1,
		    "\"%s\" was accepted", invalid[i].text);
		cr_expect_str_eq(cause != NULL ? cause : "(none)", invalid[i].cause, "\"%s\": %s",
		    invalid[i].text, cause);
		/* A failed parse leaves nothing to free, but freeing is safe. */
		cr_expect_null(e.exercise);
		entry_free(&e);
		free(cause);
	}
}

Test(entry, note_length)
{
	char text[700], *cause = NULL;
	struct entry e;

	strcpy(text, "plank # ");
	memset(text + 8, 'a', 500);
	text[508] = '\0';
	cr_assert_eq(entry_parse(text, UNITS_KG, &e, &cause), 0);
	cr_expect_eq(strlen(e.note), 500);
	entry_free(&e);

	strcpy(text + 508, "a");
	cr_assert_eq(entry_parse(text, UNITS_KG, &e, &cause), -1);
	cr_expect_str_eq(cause, "note is longer than 500 characters");
	free(cause);
}

Test(entry, note_length_counts_characters)
{
	char text[1200] = "plank # ";
	struct entry e;
	char *cause = NULL;

	/* 500 two-byte characters are 500 characters, not 1000. */
	for (int i = 0; i < 500; i++)
		strcat(text, "\xc3\xa9");
	cr_assert_eq(entry_parse(text, UNITS_KG, &e, &cause), 0, "%s", cause);
	entry_free(&e);
}

Test(entry, null_cause_is_allowed)
{
	struct entry e;

	cr_expect_eq(entry_parse("squat @11", UNITS_KG, &e, NULL), -1);
	cr_expect_eq(entry_parse("squat 5 foo", UNITS_KG, &e, NULL), -1);
}

struct describe_case {
	const char *text;
	enum units units;
	const char *text_out;
};

static const struct describe_case describe[] = {
	{ "squat 5x5 100kg @8", UNITS_KG, "squat: 5 sets of 5 at 100 kg, RPE 8" },
	{ "bench press 8,8,6 80 @9 # paused", UNITS_KG,
	    "bench press: 3 sets (8, 8, 6) at 80 kg, RPE 9, note \"paused\"" },
	{ "pull-up 3x8 bw+10", UNITS_KG, "pull-up: 3 sets of 8 at bodyweight + 10 kg" },
	{ "dip 3x10 bw", UNITS_KG, "dip: 3 sets of 10 at bodyweight" },
	{ "plank", UNITS_KG, "plank: 1 set of 1" },
	{ "deadlift 5 140 warmup", UNITS_KG, "deadlift: 1 set of 5 at 140 kg, warm-up" },
	{ "squat 3x5 225", UNITS_LB, "squat: 3 sets of 5 at 225 lb" },
	{ "squat 3x5 100kg", UNITS_LB, "squat: 3 sets of 5 at 220.46 lb" },
	{ "squat 3x5 225lb", UNITS_KG, "squat: 3 sets of 5 at 102.06 kg" },
	{ "squat 3x3 102.5 @8.5", UNITS_KG, "squat: 3 sets of 3 at 102.5 kg, RPE 8.5" },
	{ "chin-up 3x5 bw+20 @7 wu", UNITS_LB,
	    "chin-up: 3 sets of 5 at bodyweight + 20 lb, RPE 7, warm-up" },
	{ "plank 3x60s", UNITS_KG, "plank: 3 sets of 60 s" },
	{ "dead hang 60s,45s", UNITS_KG, "dead hang: 2 sets (60 s, 45 s)" },
	/* The preview says how a line of different sets was read. */
	{ "bench press 100x5 @9, 85x8, 85x8 @8 # top set", UNITS_KG,
	    "bench press: 1 set of 5 at 100 kg, RPE 9; 1 set of 8 at 85 kg; 1 set of 8 at 85 kg, "
	    "RPE 8, note \"top set\"" },
	{ "squat 100x5, 100x5, 90x8 18:30", UNITS_KG,
	    "squat: 2 sets of 5 at 100 kg; 1 set of 8 at 90 kg, at 18:30" },
	{ "bench press 1x8 60 drop", UNITS_KG, "bench press: 1 set of 8 at 60 kg, drop set" },
	{ "squat 1x3 140 failure", UNITS_KG, "squat: 1 set of 3 at 140 kg, to failure" },
};

Test(entry, describe_table)
{
	for (size_t i = 0; i < sizeof describe / sizeof describe[0]; i++) {
		struct entry e;
		char *cause = NULL, *d;

		cr_assert_eq(entry_parse(describe[i].text, describe[i].units, &e, &cause), 0,
		    "\"%s\": %s", describe[i].text, cause);
		d = entry_describe(&e, describe[i].units);
		cr_expect_str_eq(d, describe[i].text_out);
		free(d);
		entry_free(&e);
	}
}

/* Text that would reach a terminal as a control sequence, or is not UTF-8,
 * is refused before anything else; valid UTF-8 names pass. */
Test(entry, control_characters_and_bad_utf8)
{
	static const struct {
		const char *text, *why;
	} bad[] = {
		{ "squat 5x5 # \033[2Jboom", "the entry has a control character (0x1b)" },
		{ "squat\t5x5", "the entry has a control character (0x09)" },
		{ "squat 5x5 # a\177b", "the entry has a control character (0x7f)" },
		{ "squat 5x5 # \xff", "the entry has invalid UTF-8" },
		{ "squat 5x5 # \xc0\xaf", "the entry has invalid UTF-8" },
		{ "squat 5x5 # \xed\xa0\x80", "the entry has invalid UTF-8" },
		{ "squat 5x5 # \xe2\x82", "the entry has invalid UTF-8" },
	};
	struct entry e;
	char *cause;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		cause = NULL;
		cr_expect_eq(entry_parse(bad[i].text, UNITS_KG, &e, &cause), -1, "row %zu", i);
		cr_expect(cause != NULL && strcmp(cause, bad[i].why) == 0, "row %zu: %s", i,
		    cause ? cause : "(none)");
		free(cause);
	}
	cause = NULL;
	cr_assert_eq(
	    entry_parse("kniebuiging 3x5 # zwaar, goed gevoel \xe2\x9c\x93", UNITS_KG, &e, &cause),
	    0, "%s", cause);
	cr_expect_str_eq(e.note, "zwaar, goed gevoel \xe2\x9c\x93");
	entry_free(&e);
}

/* The lines that log stored sets again read back as the same sets. */
Test(entry, line_of_stored_sets)
{
	struct set_record s[] = {
		{ .exercise_id = 1, .exercise = (char *)"bench press", .weight_kg = 60, .reps = 5,
		    .kind = SET_WARMUP, .note = (char *)"" },
		{ .exercise_id = 1, .exercise = (char *)"bench press", .weight_kg = 60, .reps = 5,
		    .kind = SET_WARMUP, .note = (char *)"" },
		{ .exercise_id = 1, .exercise = (char *)"bench press", .weight_kg = 100, .reps = 5,
		    .rpe = 9, .note = (char *)"top" },
		{ .exercise_id = 1, .exercise = (char *)"bench press", .weight_kg = 20, .reps = 8,
		    .note = (char *)"" },
		{ .exercise_id = 1, .exercise = (char *)"bench press", .weight_kg = 82.5, .reps = 8,
		    .rpe = 8, .note = (char *)"" },
	};
	struct entry e;
	char *line = entry_line(s, 5), *text, *cause = NULL;

	cr_expect_eq(entry_run_length(s, 5), 2, "the two warm-ups are one run");
	cr_expect_eq(entry_run_length(s + 2, 3), 1);
	cr_expect_str_eq(line, "bench press 2x5 60kg warmup, 100x5 @9, 1x8 20kg, 82.5x8 @8",
	    "20 could be a set count: 1x8 20kg");
	cr_assert_eq(entry_parse(line, UNITS_KG, &e, &cause), 0, "%s", cause);
	cr_assert_eq(e.nsets, 5);
	for (int i = 0; i < 5; i++)
		cr_expect(e.set[i].reps == s[i].reps && e.set[i].weight_kg == s[i].weight_kg &&
		        e.set[i].rpe == s[i].rpe && e.set[i].kind == s[i].kind,
		    "set %d reads back as it was", i);
	entry_free(&e);
	text = entry_text(s + 2, 1, true);
	cr_expect_str_eq(text, "bench press 1x5 100kg @9 # top", "an edit's line keeps the note");
	free(text);
	free(line);
}
