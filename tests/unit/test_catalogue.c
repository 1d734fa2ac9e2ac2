/* test_catalogue.c: the exercise catalogue: parsing, lookup, search, completion. */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "util.h"

/* The core list as it must be: name, aliases, primary, secondary, bodyweight.
 * Written here by hand so that a change to the data file shows up. */
struct core_row {
	const char *name;
	const char *aliases;
	const char *primary;
	const char *secondary;
	bool bodyweight;
};

static const struct core_row core[] = {
	{ "squat", "back squat|barbell squat|kniebuiging", "quads", "glutes,hamstrings,lower_back",
	    false },
	{ "front squat", "front barbell squat", "quads", "glutes", false },
	{ "deadlift", "conventional deadlift|barbell deadlift", "glutes,hamstrings,lower_back",
	    "quads,traps,forearms,lats", false },
	{ "romanian deadlift", "rdl|stiff-leg deadlift", "hamstrings", "glutes,lower_back", false },
	{ "sumo deadlift", "", "hamstrings,glutes", "hips,lower_back,quads", false },
	{ "leg press", "beenpers", "quads", "glutes,hamstrings", false },
	{ "lunge", "barbell lunge|dumbbell lunge|uitvalspas", "quads", "glutes,hamstrings", false },
	{ "bulgarian split squat", "split squat", "quads", "glutes,hamstrings", false },
	{ "hip thrust", "barbell hip thrust", "glutes", "hamstrings", false },
	{ "leg extension", "", "quads", "", false },
	{ "leg curl", "lying leg curl|seated leg curl", "hamstrings", "", false },
	{ "calf raise", "standing calf raise|kuitheffen", "calves", "", false },
	{ "bench press", "barbell bench press|bankdrukken", "chest", "shoulders,triceps", false },
	{ "incline bench press", "incline press", "chest", "shoulders,triceps", false },
	{ "dumbbell bench press", "db bench press", "chest", "shoulders,triceps", false },
	{ "push-up", "pushup|opdrukken", "chest", "shoulders,triceps", true },
	{ "dip", "chest dip|dips", "chest", "triceps,shoulders", true },
	{ "chest fly", "dumbbell fly|cable fly", "chest", "shoulders", false },
	{ "overhead press", "military press|ohp|shoulder press", "shoulders", "triceps", false },
	{ "lateral raise", "side raise", "shoulders", "", false },
	{ "face pull", "", "shoulders", "middle_back,traps", false },
	{ "barbell row", "bent-over row|roeien", "middle_back", "lats,biceps,shoulders", false },
	{ "dumbbell row", "one-arm row", "middle_back", "lats,biceps", false },
	{ "pull-up", "pullup|optrekken", "lats", "biceps,middle_back", true },
	{ "chin-up", "chinup", "lats", "biceps,middle_back", true },
	{ "lat pulldown", "pulldown", "lats", "biceps,middle_back", false },
	{ "shrug", "barbell shrug", "traps", "", false },
	{ "biceps curl", "barbell curl|curl", "biceps", "forearms", false },
	{ "hammer curl", "", "biceps", "forearms", false },
	{ "triceps pushdown", "pushdown", "triceps", "", false },
	{ "skull crusher", "lying triceps press", "triceps", "", false },
	{ "back extension", "hyperextension", "lower_back", "glutes,hamstrings", true },
	{ "plank", "", "abs", "", true },
	{ "crunch", "", "abs", "", true },
	{ "hanging leg raise", "leg raise", "abs", "hips", true },
	{ "3/4 Sit-Up", "", "abs", "", true },
	{ "90/90 Hamstring", "", "hamstrings", "calves", true },
};

#define NCORE (sizeof core / sizeof core[0])

static struct catalogue *cat;

/* Every test gets a fresh built-in catalogue. */
static void
setup(void)
{
	cat = catalogue_builtin();
}

static void
teardown(void)
{
	catalogue_free(cat);
}

TestSuite(catalogue, .init = setup, .fini = teardown);

/* The roles a row of the table gives, from its group lists. */
static void
expected_roles(const struct core_row *r, unsigned char role[GROUP_COUNT])
{
	const char *lists[2] = { r->primary, r->secondary };
	char *copy, *id, *save;

	memset(role, 0, GROUP_COUNT);
	for (int k = 0; k < 2; k++) {
		copy = xstrdup(lists[k]);
		for (id = strtok_r(copy, ",", &save); id != NULL; id = strtok_r(NULL, ",", &save)) {
			int g = group_from_id(id);

			cr_assert_geq(g, 0, "bad group %s in the test table", id);
			role[g] = k == 0 ? ROLE_PRIMARY : ROLE_SECONDARY;
		}
		free(copy);
	}
}

/* Find `name` and expect it to be the exercise `want`. */
static void
expect_finds(const char *name, const char *want)
{
	char *cause = NULL;
	const struct exercise_def *d = catalogue_find(cat, name, &cause);

	cr_assert_not_null(d, "\"%s\" not found: %s", name, cause);
	cr_expect_str_eq(d->name, want, "\"%s\" found \"%s\"", name, d->name);
}

/* Find `name` and expect it to fail with exactly `want`. */
static void
expect_fails(const char *name, const char *want)
{
	char *cause = NULL;
	const struct exercise_def *d = catalogue_find(cat, name, &cause);

	cr_assert_null(d, "\"%s\" found \"%s\"", name, d->name);
	cr_expect_str_eq(cause, want);
	free(cause);
}

/* Check the exercise found for a core row against the row. */
static void
check_core_row(const struct core_row *r, const struct exercise_def *d)
{
	unsigned char role[GROUP_COUNT];
	char *aliases = xstrdup(r->aliases), *a, *save;
	size_t n = 0;

	expected_roles(r, role);
	cr_expect_str_eq(d->name, r->name);
	for (int g = 0; g < GROUP_COUNT; g++)
		cr_expect_eq(
		    d->role[g], role[g], "%s: role of %s is %d", r->name, group_id(g), d->role[g]);
	cr_expect_eq(d->bodyweight, r->bodyweight, "%s: bodyweight", r->name);
	cr_expect_not(d->custom);
	for (a = strtok_r(aliases, "|", &save); a != NULL; a = strtok_r(NULL, "|", &save), n++) {
		cr_assert_lt(n, d->naliases, "%s: too few aliases", r->name);
		cr_expect_str_eq(d->aliases[n], a);
		expect_finds(a, r->name);
	}
	cr_expect_eq(d->naliases, n, "%s: %zu aliases", r->name, d->naliases);
	free(aliases);
}

Test(catalogue, core_rows_by_name_and_alias)
{
	for (size_t i = 0; i < NCORE; i++) {
		const struct exercise_def *d = catalogue_find(cat, core[i].name, NULL);

		cr_assert_not_null(d, "%s not found", core[i].name);
		cr_expect_eq(d, catalogue_at(cat, i), "%s is not at %zu", core[i].name, i);
		check_core_row(&core[i], d);
	}
}

Test(catalogue, dutch_aliases)
{
	expect_finds("kniebuiging", "squat");
	expect_finds("bankdrukken", "bench press");
	expect_finds("optrekken", "pull-up");
	expect_finds("opdrukken", "push-up");
	expect_finds("roeien", "barbell row");
}

Test(catalogue, case_and_spaces)
{
	expect_finds("SQUAT", "squat");
	expect_finds("  Bench   PRESS ", "bench press");
	expect_finds("Pull-Up", "pull-up");
	expect_finds("OHP", "overhead press");
	expect_finds("barbell bench press", "bench press");
	expect_finds("3/4 sit-up", "3/4 Sit-Up");
}

Test(catalogue, exact_beats_prefix)
{
	/* "squat" is also a prefix of "Squat Jerk" and others. */
	expect_finds("squat", "squat");
	expect_finds("curl", "biceps curl");
	expect_finds("dips", "dip");
}

Test(catalogue, plural_finds_singular)
{
	const struct exercise_def *d;

	d = catalogue_find(cat, "Squats", NULL);
	cr_assert_not_null(d);
	cr_expect_str_eq(d->name, "squat", "not \"Squats - With Bands\" by prefix");
	d = catalogue_find(cat, "lunges", NULL);
	cr_assert_not_null(d);
	cr_expect_str_eq(d->name, "lunge");
	d = catalogue_find(cat, "hammer curls", NULL);
	cr_assert_not_null(d);
	cr_expect_str_eq(d->name, "hammer curl");
}

Test(catalogue, unique_prefix)
{
	expect_finds("kniebu", "squat");
	expect_finds("bankdr", "bench press");
	expect_finds("skull", "skull crusher");
	expect_finds("lat pull", "lat pulldown");
	expect_finds("milit", "overhead press");
	/* "chin-up" and its alias "chinup": one exercise, so still unique. */
	expect_finds("chin", "chin-up");
}

Test(catalogue, ambiguous_prefix)
{
	/* Several core exercises: the word is ambiguous, the core ones listed. */
	expect_fails("leg",
	    "\"leg\" is ambiguous: leg press, leg extension, leg curl, "
	    "hanging leg raise");
	expect_fails("pull", "\"pull\" is ambiguous: pull-up, lat pulldown");
	/* No core one: the large catalogue's, five at most. */
	expect_fails("bench press -",
	    "\"bench press -\" is ambiguous: Bench Press - Powerlifting, "
	    "Bench Press - With Bands");
	/* By an alias ("barbell squat", "barbell shrug"), named by the name. */
	expect_fails("barbell s", "\"barbell s\" is ambiguous: squat, shrug");
}

/* The short words lifters type mean the core exercise, or are refused with
 * the candidates (as the quick-entry line's preview shows them); never a
 * guess from the large catalogue ("row" was "Rowing, Stationary"). */
Test(catalogue, short_words)
{
	expect_fails("row", "\"row\" is ambiguous: barbell row, dumbbell row");
	expect_fails("press",
	    "\"press\" is ambiguous: leg press, bench press, "
	    "incline bench press, dumbbell bench press, overhead press, ...");
	expect_finds("curl", "biceps curl");
	expect_finds("dip", "dip");
	expect_finds("fly", "chest fly");
	expect_fails("raise",
	    "\"raise\" is ambiguous: calf raise, lateral raise, "
	    "hanging leg raise");
	expect_finds("pulldown", "lat pulldown");
	/* A core prefix wins over the large catalogue's names that start alike. */
	expect_finds("bench", "bench press");
	expect_finds("bench pr", "bench press");
	expect_finds("hammer", "hammer curl");
	/* Not a word of a core name: the large catalogue is asked. */
	expect_finds("rowing", "Rowing, Stationary");
	expect_finds("bench d", "Bench Dips");
}

/* The user's own exercises count as core: they take part in a short word. */
Test(catalogue, short_words_own)
{
	char name[] = "Seal Row";
	struct exercise_def def = { .name = name };

	def.role[GROUP_MIDDLE_BACK] = ROLE_PRIMARY;
	cr_assert_eq(catalogue_add(cat, &def, NULL), 0);
	expect_fails("row", "\"row\" is ambiguous: barbell row, dumbbell row, Seal Row");
	expect_finds("seal", "Seal Row");
}

/* Case tells the lists apart: a small catalogue with both kinds. */
Test(catalogue, core_by_case)
{
	const char *text = "barbell row\t\tmiddle_back\t\t0\n"
	                   "Rowing, Stationary\t\tquads\t\t0\n"
	                   "Rowing Machine Sprint\t\tquads\t\t0\n";
	struct catalogue *c = catalogue_parse(text, "x", NULL);
	const struct exercise_def *d;

	cr_assert_not_null(c);
	d = catalogue_find(c, "row", NULL);
	cr_assert_not_null(d);
	cr_expect_str_eq(d->name, "barbell row");
	d = catalogue_find(c, "rowing, s", NULL);
	cr_assert_not_null(d);
	cr_expect_str_eq(d->name, "Rowing, Stationary");
	catalogue_free(c);
}

Test(catalogue, did_you_mean)
{
	expect_fails("sqaut", "unknown exercise \"sqaut\" (did you mean: squat?)");
	expect_fails("deadlft",
	    "unknown exercise \"deadlft\" (did you mean: "
	    "deadlift?)");
	expect_fails("kneibuiging",
	    "unknown exercise \"kneibuiging\" (did you "
	    "mean: squat?)");
	expect_fails("xyzzyq",
	    "unknown exercise \"xyzzyq\" (try: herstel "
	    "exercises xyzzyq)");
	expect_fails("   ", "missing exercise name");
}

Test(catalogue, size_and_unique_names)
{
	size_t n = catalogue_count(cat);

	cr_assert_gt(n, 800);
	cr_expect_null(catalogue_at(cat, n));
	for (size_t i = 0; i < n; i++) {
		const struct exercise_def *a = catalogue_at(cat, i);
		int any = 0;

		cr_expect_neq(a->name[0], '\0', "empty name at %zu", i);
		for (int g = 0; g < GROUP_COUNT; g++)
			any |= a->role[g] != ROLE_NONE;
		cr_expect(any, "%s hits no group", a->name);
		for (size_t j = i + 1; j < n; j++)
			cr_expect_neq(util_strcasecmp(a->name, catalogue_at(cat, j)->name), 0,
			    "duplicate %s", a->name);
	}
}

/* Parse text and expect it to fail with exactly `want`. */
static void
expect_parse_error(const char *text, const char *want)
{
	char *cause = NULL;
	struct catalogue *c = catalogue_parse(text, "test.tsv", &cause);

	cr_expect_null(c, "accepted: %s", text);
	catalogue_free(c);
	cr_expect_str_eq(cause, want);
	free(cause);
}

#define HEADER "name\taliases\tprimary\tsecondary\tbodyweight\n"

Test(catalogue, parse_errors)
{
	expect_parse_error("# comment\n" HEADER "\nsquat\t\tquads\tgluts\t0\n",
	    "test.tsv:4: unknown group \"gluts\"");
	expect_parse_error(HEADER "squat\t\tquads\t0\n",
	    "test.tsv:2: expected 5 columns (name, aliases, primary, secondary, "
	    "bodyweight), got 4");
	expect_parse_error(HEADER "squat\t\tquads\t\t0\textra\n",
	    "test.tsv:2: expected 5 columns (name, aliases, primary, secondary, "
	    "bodyweight), got 6");
	expect_parse_error(HEADER "squat\t\tquads\t\tyes\n",
	    "test.tsv:2: bad bodyweight flag \"yes\" (expected 0 or 1)");
	expect_parse_error(
	    HEADER "squat\t\tquads\t\t0\n  \t\tquads\t\t0\n", "test.tsv:3: empty name");
	expect_parse_error(HEADER "squat\t\tquads\t\t0\n# c\nSquat\t\tquads\t\t0\n",
	    "test.tsv:4: duplicate name \"Squat\" (first on line 2)");
	expect_parse_error(
	    HEADER "squat\t\tquads\tquads\t0\n", "test.tsv:2: group \"quads\" listed twice");
	expect_parse_error(HEADER "squat\t\t\t\t0\n", "test.tsv:2: \"squat\" hits no muscle group");
}

Test(catalogue, parse_small)
{
	const char *text = "# c\r\n" HEADER "\r\n"
	                   "alpha\talpha one | alpha two||\tchest, triceps\tshoulders\t1\r\n"
	                   "beta  row\t\tlats\t\t0";
	char *cause = NULL;
	struct catalogue *c = catalogue_parse(text, "x", &cause);
	const struct exercise_def *d;

	cr_assert_not_null(c, "%s", cause);
	cr_assert_eq(catalogue_count(c), 2);
	d = catalogue_at(c, 0);
	cr_expect_str_eq(d->name, "alpha");
	cr_assert_eq(d->naliases, 2);
	cr_expect_str_eq(d->aliases[0], "alpha one");
	cr_expect_str_eq(d->aliases[1], "alpha two");
	cr_expect_eq(d->role[GROUP_CHEST], ROLE_PRIMARY);
	cr_expect_eq(d->role[GROUP_TRICEPS], ROLE_PRIMARY);
	cr_expect_eq(d->role[GROUP_SHOULDERS], ROLE_SECONDARY);
	cr_expect_eq(d->role[GROUP_LATS], ROLE_NONE);
	cr_expect(d->bodyweight);
	/* "alpha " is a prefix of two aliases of the same exercise. */
	cr_expect_eq(catalogue_find(c, "alpha ", NULL), d);
	cr_expect_eq(catalogue_find(c, "ALPHA T", NULL), d);
	d = catalogue_at(c, 1);
	cr_expect_str_eq(d->name, "beta row");
	cr_expect_eq(catalogue_find(c, "beta row", NULL), d);
	cr_expect_not(d->bodyweight);
	catalogue_free(c);
}

Test(catalogue, ambiguous_lists_five)
{
	const char *text = "a1\t\tchest\t\t0\na2\t\tchest\t\t0\na3\t\tchest\t\t0\n"
	                   "a4\t\tchest\t\t0\na5\t\tchest\t\t0\nb\ta6\tchest\t\t0\n";
	struct catalogue *c = catalogue_parse(text, "x", NULL);
	char *cause = NULL;

	cr_assert_not_null(c);
	cr_expect_null(catalogue_find(c, "a", &cause));
	cr_expect_str_eq(cause, "\"a\" is ambiguous: a1, a2, a3, a4, a5, ...");
	free(cause);
	cr_expect_null(catalogue_find(c, "a", NULL));
	catalogue_free(c);
}

Test(catalogue, add_custom)
{
	char name[] = "zercher  squat", a1[] = "Zercher", a2[] = "  ";
	char *aliases[] = { a1, a2 };
	struct exercise_def def = {
		.name = name, .aliases = aliases, .naliases = 2, .bodyweight = false
	};
	size_t n = catalogue_count(cat);
	const struct exercise_def *d;

	def.role[GROUP_QUADS] = ROLE_PRIMARY;
	def.role[GROUP_ABS] = ROLE_SECONDARY;
	cr_assert_eq(catalogue_add(cat, &def, NULL), 0);
	cr_expect_eq(catalogue_count(cat), n + 1);
	d = catalogue_find(cat, "Zercher Squat", NULL);
	cr_assert_not_null(d);
	cr_expect_str_eq(d->name, "zercher squat");
	cr_expect(d->custom);
	cr_expect_eq(d->naliases, 1);
	cr_expect_eq(d->role[GROUP_QUADS], ROLE_PRIMARY);
	cr_expect_eq(d->role[GROUP_ABS], ROLE_SECONDARY);
	cr_expect_eq(catalogue_find(cat, "zercher", NULL), d);
}

Test(catalogue, add_replaces_same_name)
{
	char name[] = "Squat";
	struct exercise_def def = { .name = name, .bodyweight = true };
	size_t n = catalogue_count(cat);
	const struct exercise_def *d;

	def.role[GROUP_GLUTES] = ROLE_PRIMARY;
	cr_assert_eq(catalogue_add(cat, &def, NULL), 0);
	cr_expect_eq(catalogue_count(cat), n);
	d = catalogue_find(cat, "squat", NULL);
	cr_assert_not_null(d);
	cr_expect_str_eq(d->name, "Squat");
	cr_expect(d->custom);
	cr_expect(d->bodyweight);
	cr_expect_eq(d->role[GROUP_GLUTES], ROLE_PRIMARY);
	cr_expect_eq(d->role[GROUP_QUADS], ROLE_NONE);
	/* The old aliases went with the old exercise. */
	cr_expect_null(catalogue_find(cat, "kniebuiging", NULL));
}

Test(catalogue, add_errors)
{
	char blank[] = "  ", name[] = "air guitar";
	struct exercise_def def = { .name = blank };
	char *cause = NULL;
	size_t n = catalogue_count(cat);

	def.role[GROUP_CHEST] = ROLE_PRIMARY;
	cr_expect_eq(catalogue_add(cat, &def, &cause), -1);
	cr_expect_str_eq(cause, "missing exercise name");
	free(cause);
	memset(&def, 0, sizeof def);
	def.name = name;
	cr_expect_eq(catalogue_add(cat, &def, &cause), -1);
	cr_expect_str_eq(cause, "exercise \"air guitar\" hits no muscle group");
	free(cause);
	cr_expect_eq(catalogue_count(cat), n);
}

Test(catalogue, search_ranking)
{
	/* File order: word-start, prefix, contains, exact, another word-start. */
	const char *text = "leg curl\t\thamstrings\t\t0\n"
	                   "curls for girls\t\tbiceps\t\t0\n"
	                   "hypercurl\t\tbiceps\t\t0\n"
	                   "arm thing\tcurl\tbiceps\t\t0\n"
	                   "cable curl\t\tbiceps\t\t0\n"
	                   "squat\t\tquads\t\t0\n";
	const char *want[] = { "arm thing", "curls for girls", "leg curl", "cable curl",
		"hypercurl" };
	const struct exercise_def *out[8];
	struct catalogue *c = catalogue_parse(text, "x", NULL);
	size_t n;

	cr_assert_not_null(c);
	n = catalogue_search(c, "CURL", out, 8);
	cr_assert_eq(n, 5);
	for (size_t i = 0; i < n; i++)
		cr_expect_str_eq(out[i]->name, want[i], "rank %zu", i);
	cr_expect_eq(catalogue_search(c, "curl", out, 2), 5);
	cr_expect_str_eq(out[1]->name, "curls for girls");
	cr_expect_eq(catalogue_search(c, "girls curl", out, 8), 1);
	cr_expect_eq(catalogue_search(c, "curl squat", out, 8), 0);
	catalogue_free(c);
}

Test(catalogue, search_builtin)
{
	const struct exercise_def *out[5];
	size_t n;

	n = catalogue_search(cat, "squat", out, 5);
	cr_expect_gt(n, 10);
	cr_expect_str_eq(out[0]->name, "squat");
	n = catalogue_search(cat, "press bench", out, 5);
	cr_expect_gt(n, 5);
	cr_expect_str_eq(out[0]->name, "bench press");
	cr_expect_eq(catalogue_search(cat, "bankdrukken", out, 5), 1);
	cr_expect_str_eq(out[0]->name, "bench press");
	cr_expect_eq(catalogue_search(cat, "qqqq", out, 5), 0);
}

Test(catalogue, complete)
{
	const struct exercise_def *out[10];
	const char *want[] = { "Bench Dips", "Bench Jump", "bench press",
		"Bench Press - Powerlifting", "Bench Press - With Bands", "Bench Press with Chains",
		"Bench Sprint" };
	size_t n = catalogue_complete(cat, "BENCH", out, 10);

	cr_assert_eq(n, 7);
	for (size_t i = 0; i < n; i++)
		cr_expect_str_eq(out[i]->name, want[i]);
	cr_expect_eq(catalogue_complete(cat, "bench", out, 2), 7);
	cr_expect_str_eq(out[1]->name, "Bench Jump");
	/* A trailing space counts: "bench " is not "benchx". */
	cr_expect_eq(catalogue_complete(cat, "bench press ", out, 10), 3);
	/* Aliases are not completed. */
	cr_expect_eq(catalogue_complete(cat, "bankdr", out, 10), 0);
	cr_expect_eq(catalogue_complete(cat, "", out, 1), catalogue_count(cat));
}

/* The kind of a lift, for its rest: three groups or more make a compound
 * lift; and which lifts take a barbell, for the plates. */
Test(catalogue, compound_and_barbell)
{
	static const struct {
		const char *name;
		bool compound, barbell;
	} lifts[] = {
		{ "squat", true, true },
		{ "deadlift", true, true },
		{ "bench press", true, true },
		{ "overhead press", true, true },
		{ "barbell row", true, true },
		{ "front squat", true, true },
		{ "chest fly", false, false },
		{ "shrug", false, true },
		{ "romanian deadlift", true, true },
		{ "biceps curl", false, true },
		{ "dumbbell bench press", true, false },
		{ "lateral raise", false, false },
		{ "leg extension", false, false },
		{ "pull-up", true, false },
		{ "hammer curl", false, false },
		{ "lat pulldown", true, false },
	};

	for (size_t i = 0; i < sizeof lifts / sizeof lifts[0]; i++) {
		const struct exercise_def *d = catalogue_find(cat, lifts[i].name, NULL);

		cr_assert_not_null(d, "%s", lifts[i].name);
		cr_expect_eq(catalogue_compound(d), lifts[i].compound, "%s compound", lifts[i].name);
		cr_expect_eq(catalogue_barbell(d), lifts[i].barbell, "%s barbell", lifts[i].name);
	}
	/* "barbell" as a word in any case, not inside another word. */
	cr_expect(catalogue_barbell(catalogue_find(cat, "Barbell Curl", NULL)));
}

Test(catalogue, barbell_is_a_word)
{
	char word_in[] = "superbarbells", word[] = "my BARBELL thing";
	struct exercise_def own = { .name = word_in, .role = { [GROUP_CHEST] = ROLE_PRIMARY } };

	cr_expect_not(catalogue_barbell(&own));
	own.name = word;
	cr_expect(catalogue_barbell(&own));
	cr_expect_not(catalogue_compound(&own));
}
