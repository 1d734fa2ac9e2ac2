/* test_import.c: the file formats of interop*.c: detection from headers,
 * rows of each format into records, units, set kinds, times and distances,
 * dates, and the messages of bad rows. Every text here is written for the
 * test from the facts real exports show; none is copied from one. */
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
		while ((k = csv_next(r, &row, cause)) == 1) {
			if ((k = interop_reader_row(ir, &row, cause)) < 0)
				break;
			while (*n < max && interop_reader_next(ir, &out[*n]) == 1)
				(*n)++;
			cr_assert_lt(*n, max, "more records than the test has room for");
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
	struct interop_record r[8];
	char *cause = NULL;
	size_t n;

	cr_assert_eq(parse(text, INTEROP_AUTO, UNITS_LB, r, 8, &n, NULL, &cause), 0, "%s",
	    cause ? cause : "");
	cr_assert_eq(n, 3, "the rest timer is left out, the run is an activity");
	cr_expect(r[0].set_kind == SET_WARMUP && r[1].set_kind == SET_WORK);
	cr_expect_eq(r[2].kind, INTEROP_ACTIVITY);
	cr_expect_eq(r[2].seconds, 1800);
	cr_expect(fabs(r[2].distance_m - 5000) < 1e-9, "classic Distance is km");
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
	struct interop_record r[4];
	size_t n;

	cr_assert_eq(parse(semi, INTEROP_AUTO, UNITS_KG, r, 4, &n, NULL, NULL), 0);
	cr_assert_eq(n, 2);
	cr_expect(fabs(r[0].weight_kg - 225 * KG_PER_LB) < 1e-9, "lbs are converted");
	cr_expect(fabs(r[1].weight_kg - 100) < 1e-9, "kg stay kg");
	free_all(r, n);
	cr_assert_eq(parse(quoted, INTEROP_AUTO, UNITS_LB, r, 4, &n, NULL, NULL), 0);
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
	struct interop_record r[4];
	size_t n;

	cr_assert_eq(parse(hevy, INTEROP_AUTO, UNITS_KG, r, 4, &n, NULL, NULL), 0);
	cr_assert_eq(n, 2);
	cr_expect(r[0].set_kind == SET_WARMUP && r[1].set_kind == SET_DROP,
	    "warmup is a warm-up, dropset a drop set");
	cr_expect(fabs(r[1].weight_kg - 225 * KG_PER_LB) < 1e-9);
	cr_expect_eq(r[0].at, at("2024-01-09 18:30"));
	free_all(r, n);
	cr_assert_eq(parse(fit, INTEROP_AUTO, UNITS_KG, r, 4, &n, NULL, NULL), 0);
	cr_assert_eq(n, 1, "the cardio row holds nothing (no time, no distance)");
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
	    "2: Date: expected a date like 2024-01-09, got \"01/06/2023\"" },
	{ "Date,Exercise,Category,Weight (kgs),Reps\n2023-06-01,Squat,Legs,100\n",
	    "2: 4 fields where the header has 5" },
	{ "Date,Exercise Name,Set Order,Weight,Reps\n2024-01-09 18:30:00,S,X,80,5\n",
	    "2: Set Order: expected a number, W, D, F, Rest Timer or Note, got \"X\"" },
	{ "Date,Exercise Name,Set Order,Weight,Reps,Distance,Distance Unit\n"
	  "2024-01-09 18:30:00,Row,1,,,2,parsecs\n",
	    "2: Distance Unit: expected km, mi, m, ft or yd, got \"parsecs\"" },
	{ "Date,Exercise,Category,Weight (kgs),Reps,Time\n2023-06-01,Plank,Abs,,,9:99\n",
	    "2: Time: expected seconds or H:MM:SS up to 24 hours, got \"9:99\"" },
	{ "Date,Exercise,Sets,Reps,Weight,isWarmup,Note\n2022-09-21,Chin Up,1,6,-10,,\n",
	    "2: Weight: expected a weight from 0 to 1000 kg, got \"-10\"" },
	{ "Workout DateTime,Exercise,Completed Reps,Completed Weight Value,Completed Weight Unit\n"
	  "yesterday,Squat,5,100,kg\n",
	    "2: Workout DateTime: expected a time like 2025-12-15T10:30:00.000Z" },
	{ "Date (yyyy/mm/dd),Exercise,Start Time (h:mm),Set 1 (Reps),Set 1 (KG)\n"
	  "2026/08/11,Squat,25:00 PM,5,55\n",
	    "2: Date (yyyy/mm/dd): expected a date like 2026/08/11 and a Start Time like 10:56 "
	    "PM" },
	{ "Date (yyyy/mm/dd),Exercise,Set 1 (Reps),Set 1 (KG)\n2026/08/11,Squat,5,heavy\n",
	    "2: Set 1 (KG): expected a weight from 0 to 1000 kg, got \"heavy\"" },
	{ "title,start_time,exercise_title,set_type,weight_kg,reps,superset_id\n"
	  "X,\"9 Jan 2024, 18:30\",S,normal,1,5,first\n",
	    "2: superset_id: expected empty or a number, got \"first\"" },
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
	    "2: kind: expected set, soreness, sleep, day or activity" },
	{ "kind,date,time,exercise,set_kind\nset,2026-01-01,10:00,squat,super\n",
	    "2: reps: expected a whole number from 1 to 1000" },
	{ "kind,date,time,exercise,reps,set_kind\nset,2026-01-01,10:00,squat,5,super\n",
	    "2: set_kind: expected work, warmup, drop or failure, got \"super\"" },
	{ "kind,date,time,exercise,seconds\nactivity,2026-01-01,10:00,Run,0\n",
	    "2: seconds: expected empty or 1 to 86400, got \"0\"" },
	{ "kind,date,time,exercise\nactivity,2026-01-01,10:00,Run\n",
	    "2: an activity needs seconds or distance_m" },
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
	cr_expect(r.set_kind == SET_WARMUP && r.bodyweight_known && !r.bodyweight);
	cr_expect_eq(r.role[GROUP_QUADS], ROLE_PRIMARY);
	cr_expect_eq(r.role[GROUP_CALVES], ROLE_SECONDARY);
	cr_expect_str_eq(r.note, "a note");
	interop_record_free(&r);
	f[IC_REPS] = "0";
	cr_assert_eq(interop_herstel_fields(f, UNITS_KG, "sets[3]", 0, &r, &cause), -1);
	cr_expect_str_eq(cause, "sets[3]: reps: expected a whole number from 1 to 1000, got \"0\"");
	free(cause);
	cause = NULL;
	f[IC_SECONDS] = "60"; /* a timed set needs no reps */
	f[IC_SET_KIND] = "failure";
	f[IC_SUPERSET] = "2";
	cr_assert_eq(interop_herstel_fields(f, UNITS_KG, "sets[4]", 0, &r, &cause), 0, "%s",
	    cause ? cause : "");
	cr_expect_eq(r.reps, 0);
	cr_expect_eq(r.seconds, 60);
	cr_expect_eq(r.set_kind, SET_FAILURE, "set_kind wins over the old warmup column");
	cr_expect_eq(r.superset, 2);
	interop_record_free(&r);
}

Test(import, strong_names_for_the_export)
{
	cr_expect_str_eq(interop_strong_name("bench press"), "Bench Press (Barbell)");
	cr_expect_str_eq(interop_strong_name("Zercher Carry"), "Zercher Carry");
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

Test(import, detects_every_format)
{
	static const struct {
		const char *header;
		enum interop_format f;
		const char *label;
	} cases[] = {
		{ "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
		  "Workout Notes,RPE\n",
		    INTEROP_STRONG, "Strong (classic)" },
		{ "Date,Workout Name,Duration,Exercise Name,Set "
		  "Order,Weight,Reps,Distance,Seconds\n",
		    INTEROP_STRONG, "Strong (classic)" },
		{ "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;"
		  "Distance Unit;Seconds;Notes;Workout Notes;Workout Duration\n",
		    INTEROP_STRONG, "Strong (semicolon, Weight Unit)" },
		{ "\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";\"Exercise Name\";"
		  "\"Set Order\";\"Weight (lbs)\";\"Reps\";\"RPE\";\"Distance "
		  "(meters)\";\"Seconds\"\n",
		    INTEROP_STRONG, "Strong (units in the header)" },
		{ "Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes\r\n",
		    INTEROP_STRONG, "Strong (oldest, unit as column name)" },
		{ "Datum,Workout-Name,Dauer,Name der \xc3\x9c"
		  "bung,Reihenfolge festlegen,Gewicht,Wiederh.,Entfernung,Sekunden,Notizen,"
		  "Workout-Notizen,RPE\n",
		    INTEROP_STRONG, "Strong (German)" },
		{ "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,"
		  "Comment\n",
		    INTEROP_FITNOTES, "FitNotes (Weight Unit)" },
		{ "Date,Exercise,Sets,Reps,Weight,isWarmup,Note\n", INTEROP_FITBOD, "Fitbod" },
		{ "Workout DateTime,Program,Day Name,Exercise,Is Warmup Set?,Required Reps,"
		  "Completed Reps,Completed Weight Value,Completed Weight Unit\n",
		    INTEROP_LIFTOSAUR, "Liftosaur" },
		{ "Date (yyyy/mm/dd),Workout,Exercise,Start Time (h:mm),Set 1 (Reps),Set 1 (KG)\n",
		    INTEROP_STRONGLIFTS, "StrongLifts" },
		{ "SessionId,Timestamp,Exercise,Weight,WeightUnit,Reps,TargetReps,Notes\n",
		    INTEROP_LIFTLOG, "LiftLog" },
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
		cr_assert_eq(parse(cases[i].header, cases[i].f, UNITS_KG, rec, 1, &n, NULL, &cause),
		    0, "case %zu as --format %s: %s", i, interop_format_id(cases[i].f),
		    cause ? cause : "");
	}
}

Test(import, strong_set_orders_notes_and_rest_timers)
{
	const char *text =
	    "\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";\"Exercise Name\";"
	    "\"Set Order\";\"Weight (kg)\";\"Reps\";\"RPE\";\"Distance (meters)\";\"Seconds\";"
	    "\"Notes\";\"Workout Notes\"\n"
	    "\"3\";\"2025-03-01 10:00:00\";\"Pull\";\"3000\";\"Row\";\"Note\";\"\";\"\";\"\";\"\";"
	    "\"\";\"elbows in\";\"sore back\"\n"
	    "\"3\";\"2025-03-01 "
	    "10:00:00\";\"Pull\";\"3000\";\"Row\";\"WARM_UP\";\"20\";\"10\";\"\";"
	    "\"\";\"\";\"\";\"sore back\"\n"
	    "\"3\";\"2025-03-01 10:00:00\";\"Pull\";\"3000\";\"Row\";\"Rest Timer\";\"\";\"\";\"\";"
	    "\"\";\"90.0\";\"\";\"\"\n"
	    "\"3\";\"2025-03-01 "
	    "10:00:00\";\"Pull\";\"3000\";\"Row\";\"1\";\"40\";\"8.0\";\"\";\"\";"
	    "\"\";\"slow\";\"\"\n"
	    "\"3\";\"2025-03-01 10:00:00\";\"Pull\";\"3000\";\"Row\";\"D\";\"30\";\"6\";\"\";\"\";"
	    "\"\";\"\";\"\"\n"
	    "\"3\";\"2025-03-01 10:00:00\";\"Pull\";\"3000\";\"Row\";\"FAILURE\";\"30\";\"4\";\"\";"
	    "\"\";\"\";\"\";\"\"\n"
	    "\"3\";\"2025-03-01 10:00:00\";\"Pull\";\"3000\";\"Plank\";\"1\";\"\";\"\";\"\";\"\";"
	    "\"60\";\"\";\"\"\n"
	    "\"3\";\"2025-03-01 10:00:00\";\"Pull\";\"3000\";\"Rowing (Machine)\";\"1\";\"\";\"\";"
	    "\"\";\"500\";\"115\";\"\";\"\"\n";
	struct interop_record r[10];
	char *cause = NULL;
	size_t n;

	cr_assert_eq(parse(text, INTEROP_AUTO, UNITS_LB, r, 10, &n, NULL, &cause), 0, "%s",
	    cause ? cause : "");
	cr_assert_eq(
	    n, 7, "a day note, five sets and an activity; the Note and rest rows give none");
	cr_expect_eq(r[0].kind, INTEROP_DAY_NOTE);
	cr_expect_str_eq(r[0].note, "sore back", "Workout Notes go to the day, once");
	cr_expect_eq(r[1].set_kind, SET_WARMUP);
	cr_expect_str_eq(r[1].note, "elbows in", "a Note row is the note of the exercise's sets");
	cr_expect_str_eq(r[2].note, "elbows in; slow", "after it, the set's own note");
	cr_expect(fabs(r[2].weight_kg - 40) < 1e-9, "Weight (kg) is kg whatever the user's units");
	cr_expect_eq(r[3].set_kind, SET_DROP);
	cr_expect_eq(r[4].set_kind, SET_FAILURE);
	cr_expect_eq(r[5].kind, INTEROP_SET);
	cr_expect_eq(r[5].seconds, 60, "a plank of 60 s is a timed set");
	cr_expect_eq(r[5].reps, 0);
	cr_expect_eq(r[6].kind, INTEROP_ACTIVITY, "the rowing machine is cardio");
	cr_expect(fabs(r[6].distance_m - 500) < 1e-9, "Distance (meters) is metres");
	free_all(r, n);
}

Test(import, strong_oldest_german_and_wrapped_lines)
{
	const char *oldest =
	    "Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes\r\n"
	    "2018-04-16 18:05:10,\"Day A\",\"Squat\",0,80.0,5,0.0,0,\"\"\r\n"
	    "2018-04-16 18:05:10,\"Day A\",\"Plank\",0,0.0,0,0.0,45,\"\"\r\n";
	const char *wrapped =
	    "Date;Workout Name;Exercise Name;Set Order;lbs;Reps;mi.;Seconds;Notes;"
	    "Workout Notes\n"
	    "\"2018-06-27 16:26:53;\"\"B\"\";\"\"Squat\"\";1;100;5;;0;\"\"\"\";"
	    "\"\"\"\"\"\n"
	    "\"2018-06-28 07:00:00;\"\"C\"\";\"\"Cycling\"\";1;;;2;1200;;\"\n";
	const char *german = "Datum,Workout-Name,Dauer,Name der \xc3\x9c"
	                     "bung,Reihenfolge festlegen,Gewicht,Wiederh.,Entfernung,Sekunden,"
	                     "Notizen,Workout-Notizen,RPE\n"
	                     "2024-02-01 18:00:00,A,1h 3m,Kniebeuge,1,100,5,0,0,,,8\n"
	                     "2024-02-01 18:00:00,A,1h 3m,Kniebeuge,Ruhezeit,0,0,0,120,,,\n";
	struct interop_record r[4];
	size_t n;

	cr_assert_eq(parse(oldest, INTEROP_AUTO, UNITS_LB, r, 4, &n, NULL, NULL), 0);
	cr_assert_eq(n, 2, "Set Order 0 is a set");
	cr_expect(fabs(r[0].weight_kg - 80) < 1e-9, "a column named kg is in kg");
	cr_expect_eq(r[1].seconds, 45);
	free_all(r, n);
	cr_assert_eq(parse(wrapped, INTEROP_AUTO, UNITS_KG, r, 4, &n, NULL, NULL), 0);
	cr_assert_eq(n, 2, "a line wrapped in quotes is read as the row inside");
	cr_expect_str_eq(r[0].exercise, "Squat");
	cr_expect(fabs(r[0].weight_kg - 100 * KG_PER_LB) < 1e-9, "a column named lbs is in lb");
	cr_expect_eq(r[1].kind, INTEROP_ACTIVITY);
	cr_expect(fabs(r[1].distance_m - 2 * 1609.344) < 1e-6, "a column named mi. is in miles");
	free_all(r, n);
	cr_assert_eq(parse(german, INTEROP_AUTO, UNITS_KG, r, 4, &n, NULL, NULL), 0);
	cr_assert_eq(n, 1, "Ruhezeit is a rest timer");
	cr_expect_str_eq(r[0].exercise, "Kniebeuge");
	cr_expect(fabs(r[0].rpe - 8) < 1e-9);
	free_all(r, n);
}

Test(import, hevy_supersets_notes_and_bodyweight)
{
	const char *text =
	    "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\","
	    "\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\","
	    "\"distance_km\",\"duration_seconds\",\"rpe\"\n"
	    "\"Push\",\"3 Mar 2025, 07:10\",\"\",\"new gym\",\"Pull Up\",0,\"wide\\ngrip\",0,"
	    "\"normal\",,8,,,\n"
	    "\"Push\",\"3 Mar 2025, 07:10\",\"\",\"new gym\",\"Dip\",0,\"\",0,\"failure\",10,6,,,\n"
	    "\"Push\",\"3 Mar 2025, 07:10\",\"\",\"new gym\",\"Treadmill\",,\"\",0,\"normal\",,,"
	    ",900,\n";
	struct interop_record r[6];
	char *cause = NULL;
	size_t n;

	cr_assert_eq(parse(text, INTEROP_AUTO, UNITS_KG, r, 6, &n, NULL, &cause), 0, "%s",
	    cause ? cause : "");
	cr_assert_eq(n, 4);
	cr_expect_eq(r[0].kind, INTEROP_DAY_NOTE, "the description is the day's note");
	cr_expect_str_eq(r[0].note, "new gym");
	cr_expect_str_eq(r[1].note, "wide grip", "a literal \\n in a note is a space");
	cr_expect_eq(r[1].superset, 1, "superset_id 0 is superset 1");
	cr_expect_eq(r[2].superset, 1);
	cr_expect(r[1].weight_kg == 0 && !r[1].bodyweight_known,
	    "no weight: the exercise says whether it is bodyweight");
	cr_expect_eq(r[2].set_kind, SET_FAILURE);
	cr_expect_eq(r[3].kind, INTEROP_ACTIVITY, "a treadmill is cardio, kept as an activity");
	cr_expect_eq(r[3].seconds, 900);
	free_all(r, n);
}

Test(import, fitnotes_units_times_categories_and_commas)
{
	const char *text =
	    "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment\n"
	    "2024-05-14,Overhead Press (Each Side, Dumbbells),Shoulders,16.0,kgs,10,,,,\"\"\n"
	    "2024-05-14,Curl,Biceps,30.0,lbs,12,,,,\"warm up\"\n"
	    "2024-05-15,Wall Sit,Legs,,,,,,0:01:30,\"\"\n"
	    "2024-05-15,Hiking,Cardio,,,,6.0,mi,2:00:00,\"\"\n"
	    "2024-05-15,Side Plank,Abs,,,,0.0,kg,0:00:00,\"\"\n";
	struct interop_record r[6];
	char *cause = NULL;
	size_t n;

	cr_assert_eq(parse(text, INTEROP_AUTO, UNITS_KG, r, 6, &n, NULL, &cause), 0, "%s",
	    cause ? cause : "");
	cr_assert_eq(n, 4, "the side plank with no time holds nothing");
	cr_expect_str_eq(r[0].exercise, "Overhead Press (Each Side, Dumbbells)",
	    "a name with an unquoted comma is joined back");
	cr_expect_eq(r[0].role[GROUP_SHOULDERS], ROLE_PRIMARY);
	cr_expect(fabs(r[1].weight_kg - 30 * KG_PER_LB) < 1e-9, "the unit is on each row");
	cr_expect_eq(r[2].seconds, 90, "Time 0:01:30 is 90 s");
	cr_expect_eq(r[2].role[GROUP_QUADS], ROLE_PRIMARY, "Legs: quads first");
	cr_expect_eq(r[2].role[GROUP_GLUTES], ROLE_SECONDARY);
	cr_expect_eq(r[3].kind, INTEROP_ACTIVITY, "the Cardio category makes an activity");
	cr_expect_eq(r[3].seconds, 7200);
	cr_expect(fabs(r[3].distance_m - 6 * 1609.344) < 1e-6);
	free_all(r, n);
}

Test(import, fitbod_rows)
{
	const char *text = "Date,Exercise,Sets,Reps,Weight,isWarmup,Note\n"
	                   "2022-09-21,Chin Up,1,6,0,,\n"
	                   "2022-09-21,Goblet Squat,2,8,27.2155422,TRUE,\n"
	                   "2022-09-21,Assisted Chin Up,1,6,-13.60777109,,\n"
	                   "2022-09-21,Running - Treadmill,1,0,0,,\n";
	struct interop_record r[6];
	char *cause = NULL;
	size_t n;

	cr_assert_eq(parse(text, INTEROP_AUTO, UNITS_LB, r, 6, &n, NULL, &cause), 0, "%s",
	    cause ? cause : "");
	cr_assert_eq(n, 4, "Sets 2 is two sets; a row of 0 reps holds nothing");
	cr_expect_eq(r[0].at, at("2022-09-21 12:00"));
	cr_expect(fabs(r[1].weight_kg - 27.2155422) < 1e-9, "Fitbod's weights are kg");
	cr_expect_eq(r[1].set_kind, SET_WARMUP);
	cr_expect_eq(r[2].set_kind, SET_WARMUP);
	cr_expect(fabs(r[3].weight_kg - 13.60777109) < 1e-9,
	    "the negative weight of an assisted exercise is its help");
	free_all(r, n);
}

Test(import, liftosaur_times_are_utc)
{
	const char *text =
	    "Workout DateTime,Program,Day Name,Exercise,Is Warmup Set?,Required Reps,Completed "
	    "Reps,"
	    "Is AMRAP?,Required RPE,Completed RPE,Log RPE?,Required Weight Value,Required Weight "
	    "Unit,Completed Weight Value,Completed Weight Unit,Ask Weight?,Completed Reps Time,"
	    "Target Muscles,Synergist Muscles,Notes\n"
	    "2025-12-15T10:30:00.000Z,P,Day 1,Landmine Press,1,8,8,0,,,0,45,lb,45,lb,0,"
	    "2025-12-15T10:32:15.000Z,Deltoid Anterior,\"Triceps Brachii,Pectoralis Major "
	    "Clavicular Head\",\n"
	    "2025-12-15T10:30:00.000Z,P,Day 1,Landmine Press,0,8,0,0,,,0,45,lb,45,lb,0,,"
	    "Deltoid Anterior,,\n"
	    "2025-12-15T10:30:00.000Z,P,Day 1,Squat,0,5,5,0,,8.5,1,100,kg,100,kg,0,"
	    "2025-12-15T23:59:00+01:00,\"Gluteus Maximus,Quadriceps\",\"Biceps Femoris\",\n";
	struct interop_record r[4];
	char *cause = NULL;
	size_t n;

	setenv("TZ", "Europe/Amsterdam", 1);
	cr_assert_eq(parse(text, INTEROP_AUTO, UNITS_KG, r, 4, &n, NULL, &cause), 0, "%s",
	    cause ? cause : "");
	cr_assert_eq(n, 2, "a set with 0 completed reps was not done");
	cr_expect_eq(r[0].at, at("2025-12-15 11:32"), "10:32 UTC is 11:32 in Amsterdam");
	cr_expect_eq(r[0].set_kind, SET_WARMUP);
	cr_expect(fabs(r[0].weight_kg - 45 * KG_PER_LB) < 1e-9);
	cr_expect_eq(r[0].role[GROUP_SHOULDERS], ROLE_PRIMARY, "Deltoid Anterior: shoulders");
	cr_expect_eq(r[0].role[GROUP_TRICEPS], ROLE_SECONDARY);
	cr_expect_eq(r[0].role[GROUP_CHEST], ROLE_SECONDARY);
	cr_expect_eq(r[1].at, at("2025-12-15 23:59"), "+01:00 is Amsterdam's own time");
	cr_expect_eq(r[1].role[GROUP_HAMSTRINGS], ROLE_SECONDARY, "Biceps Femoris: hamstrings");
	cr_expect_eq(r[1].role[GROUP_BICEPS], ROLE_NONE);
	cr_expect(fabs(r[1].rpe - 8.5) < 1e-9);
	free_all(r, n);
}

Test(import, stronglifts_wide_rows)
{
	const char *text =
	    "Date (yyyy/mm/dd),Workout,Workout Name,Exercise,Start Time (h:mm),Notes,"
	    "Set 1 (Reps),Set 1 (KG),Set 2 (Reps),Set 2 (KG),Set 3 (Reps),Set 3 (KG)\n"
	    "2026/08/11,1,A,Squat,10:56 PM,\"\",5,55,0,55,-,55\n"
	    "2026/08/12,2,B,Deadlift,12:05 AM,\"\",4,75,,,,\n";
	struct interop_record r[6];
	char *cause = NULL;
	size_t n;

	cr_assert_eq(parse(text, INTEROP_AUTO, UNITS_LB, r, 6, &n, NULL, &cause), 0, "%s",
	    cause ? cause : "");
	cr_assert_eq(n, 2, "one set each: 0 and - are missed sets, empty is no set");
	cr_expect_eq(r[0].at, at("2026-08-11 22:56"), "10:56 PM");
	cr_expect(fabs(r[0].weight_kg - 55) < 1e-9, "Set 1 (KG) is kg");
	cr_expect_eq(r[1].at, at("2026-08-12 00:05"), "12:05 AM is just after midnight");
	free_all(r, n);
}

Test(import, liftlog_rows)
{
	const char *text = "SessionId,Timestamp,Exercise,Weight,WeightUnit,Reps,TargetReps,Notes\n"
	                   "a1,2024-03-01T18:30:00,Bench Press,60,kg,5,5,\n"
	                   "a1,2024-03-01T18:30:00,Bench Press,135,lbs,0,5,\n"
	                   "a1,2024-03-01T18:35:10.5,Bench Press,135,lbs,4,5,tired\n";
	struct interop_record r[4];
	char *cause = NULL;
	size_t n;

	cr_assert_eq(parse(text, INTEROP_AUTO, UNITS_KG, r, 4, &n, NULL, &cause), 0, "%s",
	    cause ? cause : "");
	cr_assert_eq(n, 2, "0 reps: not done");
	cr_expect_eq(r[0].at, at("2024-03-01 18:30"), "no zone: local time as written");
	cr_expect(fabs(r[1].weight_kg - 135 * KG_PER_LB) < 1e-9);
	cr_expect_str_eq(r[1].note, "tired");
	free_all(r, n);
}

Test(import, durations_and_iso_times)
{
	int sec;
	hs_minute t;

	cr_expect_eq(interop_parse_seconds("90", &sec), 0);
	cr_expect_eq(sec, 90);
	cr_expect_eq(interop_parse_seconds("120.0", &sec), 0);
	cr_expect_eq(sec, 120);
	cr_expect_eq(interop_parse_seconds("0:09:21", &sec), 0);
	cr_expect_eq(sec, 561);
	cr_expect_eq(interop_parse_seconds("4:05", &sec), 0);
	cr_expect_eq(sec, 245);
	cr_expect_eq(interop_parse_seconds("", &sec), 0);
	cr_expect_eq(sec, 0);
	cr_expect_eq(interop_parse_seconds("1:60", &sec), -1);
	cr_expect_eq(interop_parse_seconds("25:00:00", &sec), -1, "more than a day");
	cr_expect_eq(interop_parse_seconds("soon", &sec), -1);
	setenv("TZ", "UTC", 1);
	cr_expect_eq(interop_parse_stamp("2025-12-15T10:30:00.000Z", &t), 0);
	cr_expect_eq(t, at("2025-12-15 10:30"));
	cr_expect_eq(interop_parse_stamp("2025-12-15T10:30:00-0500", &t), 0);
	cr_expect_eq(t, at("2025-12-15 15:30"));
	cr_expect_eq(interop_parse_stamp("2025-12-15T10:30:00+25:00", &t), -1);
	cr_expect_eq(interop_parse_stamp("2025-12-15T10:30:00Q", &t), -1);
}
