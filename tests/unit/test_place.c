/* test_place.c: placing other apps' exercise names (place.c): 150 names as
 * Strong, Hevy, Fitbod and lifters write them, each against how it must be
 * placed and the primary groups it must get, and the rules one by one. */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "place.h"

static const struct {
	const char *name;
	enum place_how how;
	const char *primary; /* group ids, in the fixed group order; NULL: unplaced */
} names[] = {
	{ "Bench Press (Barbell)", PLACE_SAME, "chest" },
	{ "barbell bench press", PLACE_SAME, "chest" },
	{ "Flat Barbell Bench Press", PLACE_SAME, "chest" },
	{ "Bench Press (Dumbbell)", PLACE_SAME, "chest" },
	{ "Incline Bench Press (Dumbbell)", PLACE_SAME, "chest" },
	{ "Dumbbell Incline Bench Press", PLACE_SAME, "chest" },
	{ "Incline Bench Press (Smith Machine)", PLACE_SAME, "chest" },
	{ "Paused Bench Press", PLACE_LIKE, "chest" },
	{ "Bench Press - Close Grip (Barbell)", PLACE_SAME, "triceps" },
	{ "Close-Grip Bench Press", PLACE_SAME, "triceps" },
	{ "Chest Press (Machine)", PLACE_SAME, "chest" },
	{ "Incline Chest Press (Machine)", PLACE_SAME, "chest" },
	{ "Hammerstrength Chest Press", PLACE_LIKE, "chest" },
	{ "Chest Fly (Dumbbell)", PLACE_SAME, "chest" },
	{ "Dumbbell Flyes", PLACE_SAME, "chest" },
	{ "Cable Fly Crossovers", PLACE_SAME, "chest" },
	{ "Butterfly (Pec Deck)", PLACE_SAME, "chest" },
	{ "Chest Dip", PLACE_SAME, "chest" },
	{ "Chest Dip (Weighted)", PLACE_LIKE, "chest" },
	{ "Triceps Dip", PLACE_SAME, "triceps" },
	{ "Tricep Dips", PLACE_SAME, "triceps" },
	{ "Bench Dip", PLACE_SAME, "triceps" },
	{ "Push Up", PLACE_SAME, "chest" },
	{ "Push-Ups", PLACE_SAME, "chest" },
	{ "Diamond Push Up", PLACE_SAME, "triceps" },
	{ "Squat (Barbell)", PLACE_SAME, "quads" },
	{ "Back Squat", PLACE_SAME, "quads" },
	{ "Squats", PLACE_SAME, "quads" },
	{ "Front Squat (Barbell)", PLACE_SAME, "quads" },
	{ "Pause Squat", PLACE_LIKE, "quads" },
	{ "Squat (Smith Machine)", PLACE_SAME, "quads" },
	{ "Goblet Squat", PLACE_SAME, "quads" },
	{ "Hack Squat (Machine)", PLACE_LIKE, "quads" },
	{ "Pendulum Squat (Machine)", PLACE_LIKE, "quads" },
	{ "Bulgarian Split Squat (Dumbbell)", PLACE_SAME, "quads" },
	{ "Lunge (Dumbbell)", PLACE_SAME, "quads" },
	{ "Walking Lunge", PLACE_LIKE, "quads" },
	{ "Reverse Lunge (Barbell)", PLACE_LIKE, "quads" },
	{ "Leg Press (Machine)", PLACE_SAME, "quads" },
	{ "Single Leg Press (Machine)", PLACE_LIKE, "quads" },
	{ "Leg Press Horizontal (Machine)", PLACE_LIKE, "quads" },
	{ "Leg Extension (Machine)", PLACE_SAME, "quads" },
	{ "Single Leg Extensions", PLACE_SAME, "quads" },
	{ "Seated Leg Curl (Machine)", PLACE_SAME, "hamstrings" },
	{ "Lying Leg Curl (Machine)", PLACE_SAME, "hamstrings" },
	{ "Standing Leg Curls", PLACE_SAME, "hamstrings" },
	{ "Single Leg Curl", PLACE_LIKE, "hamstrings" },
	{ "Deadlift (Barbell)", PLACE_SAME, "lower_back glutes hamstrings" },
	{ "Deadlift (Dumbbell)", PLACE_LIKE, "lower_back glutes hamstrings" },
	{ "Sumo Deadlift (Barbell)", PLACE_SAME, "glutes hamstrings" },
	{ "Romanian Deadlift (Barbell)", PLACE_SAME, "hamstrings" },
	{ "Romanian Deadlift (Dumbbell)", PLACE_LIKE, "hamstrings" },
	{ "Romanian Deadlift, Barbell", PLACE_SAME, "hamstrings" },
	{ "RDL", PLACE_SAME, "hamstrings" },
	{ "Straight Leg Deadlift", PLACE_LIKE, "hamstrings" },
	{ "Trap Bar Deadlift", PLACE_SAME, "quads" },
	{ "Hip Thrust (Barbell)", PLACE_SAME, "glutes" },
	{ "Hip Abduction (Machine)", PLACE_SAME, "hips" },
	{ "Hip Adduction (Machine)", PLACE_SAME, "hips" },
	{ "Standing Calf Raise (Machine)", PLACE_SAME, "calves" },
	{ "Seated Calf Raise (Plate Loaded)", PLACE_LIKE, "calves" },
	{ "Calf Press (Machine)", PLACE_LIKE, "calves" },
	{ "Overhead Press (Barbell)", PLACE_SAME, "shoulders" },
	{ "Overhead Press (Dumbbell)", PLACE_SAME, "shoulders" },
	{ "Shoulder Press (Dumbbell)", PLACE_SAME, "shoulders" },
	{ "Seated Overhead Press (Dumbbell)", PLACE_SAME, "shoulders" },
	{ "Strict Military Press (Barbell)", PLACE_LIKE, "shoulders" },
	{ "Arnold Press (Dumbbell)", PLACE_SAME, "shoulders" },
	{ "Seated Shoulder Press (Machine)", PLACE_SAME, "shoulders" },
	{ "Lateral Raise (Dumbbell)", PLACE_SAME, "shoulders" },
	{ "Lateral Raise (Cable)", PLACE_LIKE, "shoulders" },
	{ "Single Arm Lateral Raise (Cable)", PLACE_LIKE, "shoulders" },
	{ "Seated Lateral Raise (Dumbbell)", PLACE_LIKE, "shoulders" },
	{ "Front Raise (Dumbbell)", PLACE_SAME, "shoulders" },
	{ "Face Pull (Cable)", PLACE_SAME, "shoulders" },
	{ "Rear Delt Reverse Fly (Machine)", PLACE_SAME, "shoulders" },
	{ "Rear Delt Reverse Fly (Dumbbell)", PLACE_SAME, "shoulders" },
	{ "Rear Delt Reverse Fly (Cable)", PLACE_SAME, "shoulders" },
	{ "Reverse Fly (Cable)", PLACE_LIKE, "shoulders" },
	{ "Upright Row (Barbell)", PLACE_SAME, "shoulders" },
	{ "Shrug (Barbell)", PLACE_SAME, "traps" },
	{ "Shrug (Dumbbell)", PLACE_SAME, "traps" },
	{ "Pull Up", PLACE_SAME, "lats" },
	{ "Pull-ups", PLACE_SAME, "lats" },
	{ "Chin Up", PLACE_SAME, "lats" },
	{ "Pull Up (Weighted)", PLACE_SAME, "lats" },
	{ "Pull Up (Neutral Grip)", PLACE_LIKE, "lats" },
	{ "Neutral Grip Pull Up", PLACE_LIKE, "lats" },
	{ "Wide Grip Lat Pulldown", PLACE_SAME, "lats" },
	{ "Lat Pulldown (Cable)", PLACE_SAME, "lats" },
	{ "Lat Pulldown (Machine)", PLACE_LIKE, "lats" },
	{ "Lat Pulldown - Close Grip (Cable)", PLACE_LIKE, "lats" },
	{ "Single Arm Lat Pulldown", PLACE_LIKE, "lats" },
	{ "Straight Arm Lat Pulldown (Cable)", PLACE_SAME, "lats" },
	{ "Bent Over Row (Barbell)", PLACE_SAME, "middle_back" },
	{ "Bent Over Row (Dumbbell)", PLACE_SAME, "middle_back" },
	{ "Pendlay Row (Barbell)", PLACE_LIKE, "middle_back" },
	{ "Seated Row (Cable)", PLACE_SAME, "middle_back" },
	{ "Seated Row (Machine)", PLACE_LIKE, "middle_back" },
	{ "Seated Cable Row - V Grip (Cable)", PLACE_LIKE, "middle_back" },
	{ "Seated Cable Row - Bar Wide Grip", PLACE_LIKE, "middle_back" },
	{ "T Bar Row", PLACE_SAME, "middle_back" },
	{ "Chest Supported Incline Row (Dumbbell)", PLACE_SAME, "middle_back" },
	{ "Bent Over One Arm Row (Dumbbell)", PLACE_SAME, "middle_back" },
	{ "Iso-Lateral Row (Machine)", PLACE_SAME, "lats" },
	{ "Inverted Row", PLACE_SAME, "middle_back" },
	{ "Bicep Curl (Barbell)", PLACE_SAME, "biceps" },
	{ "Bicep Curl (Dumbbell)", PLACE_SAME, "biceps" },
	{ "Bicep Curl (Cable)", PLACE_LIKE, "biceps" },
	{ "EZ Bar Biceps Curl", PLACE_LIKE, "biceps" },
	{ "Hammer Curl (Dumbbell)", PLACE_SAME, "biceps" },
	{ "Hammer Curls", PLACE_SAME, "biceps" },
	{ "Incline Curl (Dumbbell)", PLACE_SAME, "biceps" },
	{ "Seated Incline Curl (Dumbbell)", PLACE_LIKE, "biceps" },
	{ "Preacher Curl (Barbell)", PLACE_LIKE, "biceps" },
	{ "Concentration Curls", PLACE_SAME, "biceps" },
	{ "Reverse Curl (Barbell)", PLACE_SAME, "biceps" },
	{ "Waiter Curl", PLACE_LIKE, "biceps" },
	{ "Triceps Pushdown (Cable - Straight Bar)", PLACE_SAME, "triceps" },
	{ "Tricep Pushdown", PLACE_SAME, "triceps" },
	{ "Triceps Rope Pushdown", PLACE_LIKE, "triceps" },
	{ "Single Arm Triceps Pushdown (Cable)", PLACE_LIKE, "triceps" },
	{ "Triceps Extension (Cable)", PLACE_LIKE, "triceps" },
	{ "Triceps Extension (Dumbbell)", PLACE_LIKE, "triceps" },
	{ "Overhead Triceps Extension (Cable)", PLACE_LIKE, "triceps" },
	{ "Skullcrusher (Barbell)", PLACE_SAME, "triceps" },
	{ "Skullcrusher (Dumbbell)", PLACE_LIKE, "triceps" },
	{ "Triceps Kickback (Dumbbell)", PLACE_SAME, "triceps" },
	{ "Dumbbell Kickbacks", PLACE_SAME, "triceps" },
	{ "Cable Kickback", PLACE_LIKE, "triceps" },
	{ "Single Leg Cable Kickback", PLACE_LIKE, "glutes" },
	{ "Crunch", PLACE_SAME, "abs" },
	{ "Cable Crunch", PLACE_SAME, "abs" },
	{ "Crunch (Machine)", PLACE_LIKE, "abs" },
	{ "Hanging Leg Raise", PLACE_SAME, "abs" },
	{ "Hanging Knee Raise", PLACE_LIKE, "abs" },
	{ "Knee Raise (Captain's Chair)", PLACE_SAME, "abs" },
	{ "Leg Raise Parallel Bars", PLACE_SAME, "abs" },
	{ "Plank", PLACE_SAME, "abs" },
	{ "Side Plank", PLACE_LIKE, "abs" },
	{ "Russian Twist (Weighted)", PLACE_LIKE, "abs" },
	{ "Ab Wheel", PLACE_LIKE, "abs" },
	{ "Ab Roller", PLACE_SAME, "abs" },
	{ "Back Extension", PLACE_SAME, "lower_back" },
	{ "Back Extension (Weighted Hyperextension)", PLACE_LIKE, "lower_back" },
	{ "Good Morning (Barbell)", PLACE_LIKE, "hamstrings" },
	{ "Kettlebell Swing", PLACE_LIKE, "hamstrings" },
	{ "Clean (Barbell)", PLACE_LIKE, "hamstrings" },
	{ "Power Clean", PLACE_SAME, "hamstrings" },
	{ "Pull Up (Assisted)", PLACE_LIKE, "lats" },
	{ "Chin Up (Assisted)", PLACE_LIKE, "lats" },
	{ "Assisted Pull Up", PLACE_LIKE, "lats" },
	{ "Pull Up (Band)", PLACE_LIKE, "lats" },
	{ "Assisted Dip (Machine)", PLACE_LIKE, "triceps" },
	{ "Lying Neck Curls (Weighted)", PLACE_NONE, NULL },
	{ "Landmine", PLACE_NONE, NULL },
	{ "Intensity", PLACE_NONE, NULL },
	{ "Sqaut", PLACE_NONE, NULL },
	{ "Zercher Carry Walk", PLACE_NONE, NULL },
};

/* "chest triceps": the primary groups of an exercise. */
static void
primaries(const struct exercise_def *d, char *buf, size_t len)
{
	size_t used = 0;

	buf[0] = '\0';
	for (int g = 0; g < GROUP_COUNT && used < len; g++)
		if (d->role[g] == ROLE_PRIMARY)
			used += (size_t)snprintf(
			    buf + used, len - used, "%s%s", used ? " " : "", group_id(g));
}

Test(place, real_style_names_get_their_groups)
{
	struct catalogue *c = catalogue_builtin();
	struct place *p = place_new(c);
	size_t n = sizeof names / sizeof names[0];

	cr_assert_geq(n, 100, "the table holds 100 names or more");
	for (size_t i = 0; i < n; i++) {
		const struct exercise_def *d = NULL;
		enum place_how how = place_name(p, names[i].name, &d);
		char got[200];

		cr_expect_eq(how, names[i].how, "\"%s\": placed %d, want %d", names[i].name, how,
		    names[i].how);
		if (names[i].primary == NULL) {
			cr_expect_null(d, "\"%s\" must stay unplaced, got %s", names[i].name,
			    d ? d->name : "");
			continue;
		}
		cr_assert_not_null(d, "\"%s\" must be placed", names[i].name);
		primaries(d, got, sizeof got);
		cr_expect_str_eq(
		    got, names[i].primary, "\"%s\" (placed on %s)", names[i].name, d->name);
	}
	place_free(p);
	catalogue_free(c);
}

Test(place, word_order_plurals_hyphens_and_brackets)
{
	static const char *const same[][2] = {
		{ "Arnold Press (Dumbbell)", "Arnold Dumbbell Press" },
		{ "Seated Row (Cable)", "Seated Cable Rows" },
		{ "Bench Dip", "Bench Dips" },
		{ "pull-up", "pull-up" },
		{ "Pullups", "pull-up" },
		{ "  Leg   Press ", "leg press" },
		{ "back squat", "squat" },
		{ "DB Bench Press", "dumbbell bench press" },
		{ "Tricep Pushdown", "triceps pushdown" },
		{ "Calf Raises - With Bands", "Calf Raises - With Bands" },
	};
	struct catalogue *c = catalogue_builtin();
	struct place *p = place_new(c);

	for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
		const struct exercise_def *d = NULL;

		cr_expect_eq(place_name(p, same[i][0], &d), PLACE_SAME, "\"%s\"", same[i][0]);
		cr_expect(d != NULL && strcmp(d->name, same[i][1]) == 0, "\"%s\" is %s, got %s",
		    same[i][0], same[i][1], d ? d->name : "nothing");
	}
	cr_expect_eq(place_name(p, "bench", &(const struct exercise_def *){ NULL }), PLACE_NONE,
	    "a prefix is no match in a file");
	place_free(p);
	catalogue_free(c);
}

Test(place, assisted_stays_assisted)
{
	struct catalogue *c = catalogue_builtin();
	struct place *p = place_new(c);
	const struct exercise_def *d = NULL;

	cr_expect(place_assisted("Pull Up (Assisted)"));
	cr_expect(place_assisted("Assisted Chin Up"));
	cr_expect(place_assisted("Pull Up (Band)"), "a band on a pull-up helps");
	cr_expect(!place_assisted("Chest Press (Band)"), "a band on a press is a load");
	cr_expect(!place_assisted("Pull Up (Weighted)"));
	cr_expect_eq(place_name(p, "Pull Up (Assisted)", &d), PLACE_LIKE);
	cr_expect(d != NULL && strcmp(d->name, "pull-up") != 0,
	    "an assisted pull-up is never the pull-up");
	place_free(p);
	catalogue_free(c);
}

Test(place, a_leg_means_legs)
{
	struct catalogue *c = catalogue_builtin();
	struct place *p = place_new(c);
	const struct exercise_def *d = NULL;

	cr_expect_eq(place_name(p, "Kickback", &d), PLACE_NONE,
	    "a kickback with no leg is not placed on the one-legged kickback");
	cr_expect_eq(place_name(p, "Single Leg Cable Kickback", &d), PLACE_LIKE);
	cr_expect(d != NULL && d->role[GROUP_GLUTES] == ROLE_PRIMARY);
	place_free(p);
	catalogue_free(c);
}

Test(place, suggestions_for_what_stays_unplaced)
{
	struct catalogue *c = catalogue_builtin();
	struct place *p = place_new(c);
	const struct exercise_def *d = place_suggest(p, "Sqaut");

	cr_assert_not_null(d, "a typo gets a suggestion");
	cr_expect_str_eq(d->name, "squat");
	cr_expect_null(place_suggest(p, "Intensity"), "nothing close: no suggestion");
	place_free(p);
	catalogue_free(c);
}

Test(place, cardio_names)
{
	cr_expect(place_is_cardio("Running (Treadmill)"));
	cr_expect(place_is_cardio("Cycling (Indoor)"));
	cr_expect(place_is_cardio("Rowing (Machine)"));
	cr_expect(place_is_cardio("Hiking"));
	cr_expect(!place_is_cardio("Walking Lunge"), "a lunge is strength");
	cr_expect(!place_is_cardio("Farmer's Walk"), "a carry is strength");
	cr_expect(!place_is_cardio("Bicycle Crunch"));
	cr_expect(!place_is_cardio("Seated Cable Row"));
}

Test(place, the_reviewed_table_names_catalogue_exercises)
{
	struct catalogue *c = catalogue_builtin();
	const struct place_entry *e, *f;

	for (size_t i = 0; (e = place_table_at(i)) != NULL; i++) {
		const struct exercise_def *d;

		for (size_t k = 0; k < i; k++) {
			f = place_table_at(k);
			cr_expect(strcmp(e->foreign, f->foreign) != 0,
			    "\"%s\" is twice in the table", e->foreign);
		}
		if (e->how == PLACE_NONE) {
			cr_expect_null(e->name);
			continue;
		}
		d = catalogue_find(c, e->name, NULL);
		cr_expect(d != NULL && strcmp(d->name, e->name) == 0,
		    "\"%s\": \"%s\" is not an exercise of the catalogue", e->foreign, e->name);
	}
	cr_expect_str_eq(place_foreign_name("bench press"), "Bench Press (Barbell)",
	    "the first Strong name of an exercise is the one the export writes");
	cr_expect_null(place_foreign_name("Zercher Carry"));
	catalogue_free(c);
}
