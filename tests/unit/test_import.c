/* test_import.c: the file formats of interop.c: detection from headers, rows
 * of each format into records, units, foreign names and dates, and the
 * messages of bad rows. */
#include "config.h"

#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "interop.h"

/* Parse a whole CSV text; the records in *out (up to max), -1 with *cause. */
static int
parse(const char *text, enum interop_format want, enum units units, struct interop_record *out,
    size_t max, size_t *n, char **label, char **cause)
{
	struct csv_reader *r =
	    csv_reader_new(text, strlen(text), csv_guess_sep(text, strlen(text)));
	struct interop_reader *ir = NULL;
	struct csv_row row;
	int k = csv_next(r, &row, cause);

	*n = 0;
	if (k == 1 && (ir = interop_reader_new(want, &row, units, cause)) != NULL) {
		if (label != NULL)
			*label = strdup(interop_reader_label(ir));
		while ((k = csv_next(r, &row, cause)) == 1 && *n < max) {
			if ((k = interop_reader_row(ir, &row, &out[*n], cause)) < 0)
				break;
			*n += (size_t)k;
		}
	}
	interop_reader_free(ir);
	csv_reader_free(r);
	return ir == NULL || k < 0 ? -1 : 0;
}

static void
free_all(struct interop_record *r, size_t n)
{
	for (size_t i = 0; i < n; i++)
		interop_record_free(&r[i]);
}

static hs_minute
at(const char *s)
{
	hs_minute t = 0;

	cr_assert_eq(stamp_parse(s, &t, NULL), 0);
	return t;
}

Test(import, detects_formats_from_headers)
{
	static const struct {
		const char *header;
		enum interop_format f;
		const char *label;
	} cases[] = {
		{ "kind,date,time,exercise,weight_kg,reps\n", INTEROP_CSV, "herstel csv" },
		{ "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,"
		  "Notes,Workout Notes,RPE\n",
		    INTEROP_STRONG, "Strong (classic)" },
		{ "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE\n",
		    INTEROP_STRONG, "Strong (semicolon, Weight Unit)" },
		{ "\"Workout #\",\"Date\",\"Workout Name\",\"Exercise Name\",\"Set Order\","
		  "\"Weight (kg)\",\"Reps\"\n",
		    INTEROP_STRONG, "Strong (units in the header)" },
		{ "\"title\",\"start_time\",\"exercise_title\",\"set_type\",\"weight_lbs\","
		  "\"reps\"\n",
		    INTEROP_HEVY, "Hevy" },
		{ "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment\n",
		    INTEROP_FITNOTES, "FitNotes" },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct interop_record rec[1];
		char *label = NULL, *cause = NULL;
		size_t n;

		cr_assert_eq(
		    parse(cases[i].header, INTEROP_AUTO, UNITS_KG, rec, 1, &n, &label, &cause), 0,
		    "case %zu: %s", i, cause ? cause : "");
		cr_expect_str_eq(label, cases[i].label, "case %zu", i);
		free(label);
	}
}

Test(import, unknown_header_is_refused)
{
	struct interop_record rec[1];
	char *cause = NULL;
	size_t n;

	cr_assert_eq(
	    parse("Datum,Oefening\n", INTEROP_AUTO, UNITS_KG, rec, 1, &n, NULL, &cause), -1);
	cr_expect(strstr(cause, "1: the header is not one herstel knows") == cause, "%s", cause);
	free(cause);
	cause = NULL;
	cr_assert_eq(parse("Date,Exercise,Category,Weight (kgs),Reps\n", INTEROP_HEVY, UNITS_KG,
	                 rec, 1, &n, NULL, &cause),
	    -1, "a forced format must match the header");
	free(cause);
}

Test(import, strong_rows)
{
	const char *text =
	    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,"
	    "Notes,Workout Notes,RPE\n"
	    "2024-01-09 18:30:00,A,1h,Bench Press (Barbell),W,40.0,10.0,0,0,,,\n"
	    "2024-01-09 18:30:00,A,1h,Bench Press (Barbell),1,80,5,0,0,\"ok, good\",,8.5\n"
	    "2024-01-09 18:30:00,A,1h,Bench Press (Barbell),Rest Timer,0,0,0,90,,,\n"
	    "2024-01-09 18:30:00,A,1h,Running,1,,,5,1800,,,\n";
	struct interop_record r[4];
	char *cause = NULL;
	size_t n;

	cr_assert_eq(parse(text, INTEROP_AUTO, UNITS_LB, r, 4, &n, NULL, &cause), 0, "%s",
	    cause ? cause : "");
	cr_assert_eq(n, 2, "the rest timer and the run are skipped");
	cr_expect(r[0].warmup && !r[1].warmup);
	cr_expect_eq(r[0].reps, 10, "\"10.0\" reps is 10");
	cr_expect(fabs(r[1].weight_kg - 80 * KG_PER_LB) < 1e-9,
	    "classic weights are in the user's units");
	cr_expect(fabs(r[1].rpe - 8.5) < 1e-9);
	cr_expect_str_eq(r[1].note, "ok, good");
	cr_expect_eq(r[1].at, at("2024-01-09 18:30"));
	cr_expect_str_eq(r[1].exercise, "Bench Press (Barbell)");
	free_all(r, n);
}

Test(import, strong_semicolon_and_decimal_commas)
{
	const char *semi =
	    "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE\n"
	    "2019-03-02 10:00:00;L;Squat;1;225;lbs;5;\n2019-03-02 10:00:00;L;Squat;2;100;kg;5;8\n";
	const char *quoted =
	    "\"Date\",\"Exercise Name\",\"Set Order\",\"Weight (kg)\",\"Reps\",\"RPE\"\n"
	    "\"2024-05-01 17:00:00\",\"Bench Press (Barbell)\",\"1\",\"82,5\",\"5\",\"8,5\"\n";
	struct interop_record r[2];
	size_t n;

	cr_assert_eq(parse(semi, INTEROP_AUTO, UNITS_KG, r, 2, &n, NULL, NULL), 0);
	cr_assert_eq(n, 2);
	cr_expect(fabs(r[0].weight_kg - 225 * KG_PER_LB) < 1e-9, "lbs are converted");
	cr_expect(fabs(r[1].weight_kg - 100) < 1e-9, "kg stay kg");
	free_all(r, n);
	cr_assert_eq(parse(quoted, INTEROP_AUTO, UNITS_LB, r, 2, &n, NULL, NULL), 0);
	cr_assert_eq(n, 1);
	cr_expect(fabs(r[0].weight_kg - 82.5) < 1e-9, "82,5 in a kg header is 82.5 kg");
	cr_expect(fabs(r[0].rpe - 8.5) < 1e-9);
	free_all(r, n);
}

Test(import, hevy_and_fitnotes_rows)
{
	const char *hevy = "title,start_time,exercise_title,set_type,weight_lbs,reps,rpe\n"
	                   "X,\"9 Jan 2024, 18:30\",Squat (Barbell),warmup,135,5,\n"
	                   "X,\"9 Jan 2024, 18:30\",Squat (Barbell),dropset,225,3,9.5\n";
	const char *fit = "Date,Exercise,Category,Weight (kgs),Reps,Comment\n"
	                  "2023-06-01,Odd Press,Shoulders,20,12,\n2023-06-02,Treadmill,Cardio,,,\n";
	struct interop_record r[2];
	size_t n;

	cr_assert_eq(parse(hevy, INTEROP_AUTO, UNITS_KG, r, 2, &n, NULL, NULL), 0);
	cr_assert_eq(n, 2);
	cr_expect(r[0].warmup && !r[1].warmup, "warmup is a warm-up, dropset a work set");
	cr_expect(fabs(r[1].weight_kg - 225 * KG_PER_LB) < 1e-9);
	cr_expect_eq(r[0].at, at("2024-01-09 18:30"));
	free_all(r, n);
	cr_assert_eq(parse(fit, INTEROP_AUTO, UNITS_KG, r, 2, &n, NULL, NULL), 0);
	cr_assert_eq(n, 1, "the cardio row has no reps");
	cr_expect_eq(r[0].at, at("2023-06-01 12:00"), "a date alone is at noon");
	cr_expect_eq(r[0].role[GROUP_SHOULDERS], ROLE_PRIMARY, "the category gives a group");
	free_all(r, n);
}

struct bad_case {
	const char *text;
	const char *want;
};

static const struct bad_case bad[] = {
	{ "Date,Exercise,Category,Weight (kgs),Reps\n2023-06-01,Squat,Legs,100,-5\n",
	    "2: Reps: expected a whole number from 1 to 1000, got \"-5\"" },
	{ "Date,Exercise,Category,Weight (kgs),Reps\n2023-06-01,Squat,Legs,-100,5\n",
	    "2: Weight (kgs): expected a weight from 0 to 1000 kg, got \"-100\"" },
	{ "Date,Exercise,Category,Weight (kgs),Reps\n01/06/2023,Squat,Legs,100,5\n",
	    "2: Date: expected a date like 2024-01-09 18:30:00, got \"01/06/2023\"" },
	{ "Date,Exercise,Category,Weight (kgs),Reps\n2023-06-01,Squat,Legs,100\n",
	    "2: 4 fields where the header has 5" },
	{ "Date,Exercise,Category,Weight (kgs),Reps\n2023-06-01,,Legs,100,5\n",
	    "2: the exercise name is empty" },
	{ "Date;Exercise Name;Set Order;Weight;Weight Unit;Reps\n2019-03-02 "
	  "10:00:00;Squat;1;9;stone;5\n",
	    "2: Weight Unit: expected kg or lbs, got \"stone\"" },
	{ "title,start_time,exercise_title,set_type,weight_kg,reps\nX,\"9 Jan 2024, "
	  "18:30\",S,super,1,5\n",
	    "2: set_type: expected warmup, normal, failure or dropset" },
	{ "Date,Exercise Name,Set Order,Weight,Reps,RPE\n2024-01-09 18:30:00,S,1,80,5,11\n",
	    "2: RPE: expected empty or 1 to 10, got \"11\"" },
	{ "kind,date,time,exercise,weight_kg,bodyweight,reps\nlift,2026-01-01,10:00,squat,1,0,5\n",
	    "2: kind: expected set, soreness, sleep or day" },
	{ "kind,date,time,exercise,weight_kg,bodyweight,reps\nset,2026-02-30,10:00,squat,1,0,5\n",
	    "2: date: expected YYYY-MM-DD" },
	{ "kind,date,time,group,level\nsoreness,2026-01-01,10:00,neck,2\n",
	    "2: group: expected a muscle group" },
};

Test(import, bad_rows_name_line_and_column)
{
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct interop_record r[2];
		char *cause = NULL;
		size_t n;

		cr_expect_eq(parse(bad[i].text, INTEROP_AUTO, UNITS_KG, r, 2, &n, NULL, &cause), -1,
		    "case %zu should fail", i);
		free_all(r, n);
		cr_assert_not_null(cause, "case %zu", i);
		cr_expect(strncmp(cause, bad[i].want, strlen(bad[i].want)) == 0,
		    "case %zu: got \"%s\", want \"%s\"", i, cause, bad[i].want);
		free(cause);
	}
}

Test(import, herstel_fields_in_pounds)
{
	const char *f[IC_COUNT] = { "set", "2026-10-01", "18:00", "Sled", "225", "0", "5", "8", "1",
		NULL, NULL, NULL, NULL, NULL, "a note", "quads", "glutes calves" };
	struct interop_record r;
	char *cause = NULL;

	cr_assert_eq(interop_herstel_fields(f, UNITS_LB, "sets[0]", 0, &r, &cause), 0, "%s",
	    cause ? cause : "");
	cr_expect(fabs(r.weight_kg - 225 * KG_PER_LB) < 1e-9);
	cr_expect(r.warmup && r.bodyweight_known && !r.bodyweight);
	cr_expect_eq(r.role[GROUP_QUADS], ROLE_PRIMARY);
	cr_expect_eq(r.role[GROUP_CALVES], ROLE_SECONDARY);
	cr_expect_str_eq(r.note, "a note");
	interop_record_free(&r);
	f[IC_REPS] = "0";
	cr_assert_eq(interop_herstel_fields(f, UNITS_KG, "sets[3]", 0, &r, &cause), -1);
	cr_expect_str_eq(cause, "sets[3]: reps: expected a whole number from 1 to 1000, got \"0\"");
	free(cause);
}

Test(import, foreign_names_map_to_the_catalogue)
{
	static const char *const map[][2] = {
		{ "Bench Press (Barbell)", "bench press" }, { "Squat (Barbell)", "squat" },
		{ "Pull Up", "pull-up" }, { "Flat Barbell Bench Press", "bench press" },
		{ "deadlift (barbell)", "deadlift" }, /* case, and brackets stripped */
		{ "  Leg   Press ", "leg press" },    /* space folded */
		{ "Romanian Deadlift (Dumbbell)", "romanian deadlift" },
		{ "back squat", "squat" }, /* an alias */
	};
	struct catalogue *c = catalogue_builtin();

	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
		const struct exercise_def *d = interop_resolve(c, map[i][0]);

		cr_assert_not_null(d, "\"%s\" should map", map[i][0]);
		cr_expect_str_eq(d->name, map[i][1], "\"%s\"", map[i][0]);
	}
	cr_expect_null(interop_resolve(c, "Landmine Twist Deluxe"));
	cr_expect_null(interop_resolve(c, "bench"), "a prefix is not a match in a file");
	cr_expect_str_eq(interop_strong_name("bench press"), "Bench Press (Barbell)");
	cr_expect_str_eq(interop_strong_name("Zercher Carry"), "Zercher Carry");
	catalogue_free(c);
}

Test(import, foreign_dates_and_numbers)
{
	hs_minute t;
	char buf[32];

	cr_expect_eq(interop_parse_stamp("2024-01-09 18:30:00", &t), 0);
	cr_expect_eq(t, at("2024-01-09 18:30"));
	cr_expect_eq(interop_parse_stamp("9 Jan 2024, 18:30", &t), 0);
	cr_expect_eq(t, at("2024-01-09 18:30"));
	cr_expect_eq(interop_parse_stamp("29 Feb 2024, 07:05", &t), 0);
	cr_expect_eq(interop_parse_stamp("29 Feb 2023, 07:05", &t), -1, "2023 is no leap year");
	cr_expect_eq(interop_parse_stamp("9 Foo 2024, 18:30", &t), -1);
	cr_expect_eq(interop_parse_stamp("2024-01-09 24:00:00", &t), -1);
	cr_expect_eq(interop_parse_stamp("2024-01-09 18:30:61", &t), -1);
	cr_expect_eq(interop_parse_stamp("", &t), -1);
	interop_number(102.05828, buf, sizeof buf);
	cr_expect_str_eq(buf, "102.058");
	interop_number(100, buf, sizeof buf);
	cr_expect_str_eq(buf, "100");
	interop_number(7.5, buf, sizeof buf);
	cr_expect_str_eq(buf, "7.5");
	interop_number(-0.0001, buf, sizeof buf);
	cr_expect_str_eq(buf, "0");
}
