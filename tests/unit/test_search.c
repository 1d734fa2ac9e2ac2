/* test_search.c: svc_search on a journal in a real SQLite file: case,
 * substrings, % and _ taken literally, notes against sets against
 * exercise names, newest first, the limit, UTF-8, removed rows and undo;
 * and textfold's folding and excerpts. */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "date.h"
#include "store.h"
#include "svc.h"
#include "textfold.h"
#include "util.h"

static char dir[64];
static char path[128];
static struct store *s;
static struct catalogue *cat;

static void
setup(void)
{
	char *cause = NULL;

	strcpy(dir, "/tmp/herstel-search.XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/herstel.db", dir);
	s = store_open(path, &cause);
	cr_assert_not_null(s, "%s", cause);
	cat = catalogue_builtin();
}

static void
teardown(void)
{
	char cmd[128];

	store_close(s);
	catalogue_free(cat);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(search, .init = setup, .fini = teardown);

static hs_date
day(const char *d)
{
	hs_date out;

	cr_assert_eq(date_parse(d, 0, &out, NULL), 0);
	return out;
}

/* A set of `name` on `date` with `note`, its own batch. */
static void
add_set(const char *date, const char *name, const char *note)
{
	const struct exercise_def *def = catalogue_find(cat, name, NULL);
	struct set_record r = { 0 };
	char *cause = NULL;

	cr_assert_not_null(def, "%s", name);
	r.at = stamp_make(day(date), 18 * 60);
	r.weight_kg = 100;
	r.reps = 5;
	r.note = (char *)note;
	cr_assert_eq(store_begin(s, "log", &cause), 0, "%s", cause);
	cr_assert_eq(store_exercise_id(s, def, &r.exercise_id, &cause), 0, "%s", cause);
	cr_assert_eq(store_add_set(s, &r, &cause), 0, "%s", cause);
	cr_assert_eq(store_commit(s, &cause), 0, "%s", cause);
}

static void
add_day_note(const char *date, const char *note)
{
	struct day_record r = { .date = day(date), .kind = DAY_REST, .note = (char *)note };
	char *cause = NULL;

	cr_assert_eq(svc_day(s, "day", &r, &cause), 0, "%s", cause);
}

/* The dates found for `text`, "2026-11-09 2026-11-02", "" for none. */
static void
found(const char *text, size_t limit, char *out, size_t len, struct store_hit **hits, size_t *n)
{
	char *cause = NULL;
	size_t used = 0;

	cr_assert_eq(svc_search(s, text, limit, hits, n, &cause), 0, "%s", cause);
	out[0] = '\0';
	for (size_t i = 0; i < *n; i++) {
		char d[DATE_BUF];

		date_format((*hits)[i].date, d);
		used += (size_t)snprintf(out + used, len - used, "%s%s", i ? " " : "", d);
	}
}

/* The dates only. */
static void
expect_dates(const char *text, const char *want)
{
	struct store_hit *h;
	size_t n;
	char got[512];

	found(text, 0, got, sizeof got, &h, &n);
	cr_expect_str_eq(got, want, "search \"%s\"", text);
	store_hits_free(h, n);
}

static void
history(void)
{
	add_set("2026-11-02", "squat", "");
	add_set("2026-11-04", "front squat", "Felt HEAVY today");
	add_set("2026-11-06", "bench press", "100% effort");
	add_set("2026-11-07", "bench press", "pr_attempt");
	add_day_note("2026-11-08", "Knie deed pijn; rustig aan");
	add_day_note("2026-11-10", "ÉTÉ À GENT, heavy rain");
	add_set("2026-11-10", "deadlift", "grip gave out");
}

Test(search, case_and_substring)
{
	history();
	expect_dates("heavy", "2026-11-10 2026-11-04");
	expect_dates("HEAVY", "2026-11-10 2026-11-04");
	expect_dates("eav", "2026-11-10 2026-11-04");
	expect_dates("  heavy  ", "2026-11-10 2026-11-04"); /* trimmed */
	expect_dates("felt heavy today", "2026-11-04");
	expect_dates("felt  heavy", "");
}

Test(search, percent_and_underscore_are_literal)
{
	history();
	expect_dates("100%", "2026-11-06");
	expect_dates("%", "2026-11-06");
	expect_dates("_", "2026-11-07");
	expect_dates("r_a", "2026-11-07");
	expect_dates("pr%", "");
}

Test(search, names_notes_and_sets)
{
	struct store_hit *h;
	size_t n;
	char got[256];

	history();
	/* squat and front squat by name; none of their notes says squat. */
	expect_dates("SQUAT", "2026-11-04 2026-11-02");
	found("squat", 0, got, sizeof got, &h, &n);
	cr_assert_eq(n, 2);
	cr_expect_eq(h[0].nexercises, 1);
	cr_expect_str_eq(h[0].exercises[0], "front squat");
	cr_expect_null(h[0].set_note, "the set's note did not match: not claimed");
	cr_expect_null(h[0].day_note);
	store_hits_free(h, n);
	/* One day: its day note and a set note both match, the name does not. */
	add_set("2026-11-10", "deadlift", "rain on the way");
	found("rain", 0, got, sizeof got, &h, &n);
	cr_assert_eq(n, 1);
	cr_expect_str_eq(got, "2026-11-10");
	cr_expect_eq(h[0].nexercises, 0);
	cr_expect_str_eq(h[0].day_note, "ÉTÉ À GENT, heavy rain");
	cr_expect_str_eq(h[0].set_note, "rain on the way");
	store_hits_free(h, n);
	/* A day note alone. */
	expect_dates("rustig", "2026-11-08");
	/* The name and a set note the same day. */
	expect_dates("dead", "2026-11-10");
}

Test(search, newest_first_and_limit)
{
	struct store_hit *h;
	size_t n;
	char got[256];

	for (int d = 1; d <= 9; d++) {
		char date[16];

		snprintf(date, sizeof date, "2026-10-%02d", 10 - d); /* written oldest last */
		add_set(date, d % 2 ? "squat" : "deadlift", d % 3 ? "" : "easy");
		add_day_note(date, d == 9 ? "easy does it" : "");
	}
	expect_dates("easy", "2026-10-07 2026-10-04 2026-10-01");
	expect_dates("squat", "2026-10-09 2026-10-07 2026-10-05 2026-10-03 2026-10-01");
	found("a", 3, got, sizeof got, &h, &n);
	cr_expect_str_eq(got, "2026-10-09 2026-10-08 2026-10-07", "the newest 3 of every source");
	store_hits_free(h, n);
}

Test(search, utf8_case_folds_beyond_ascii)
{
	history();
	expect_dates("été à gent", "2026-11-10");
	expect_dates("Été", "2026-11-10");
	expect_dates("ete", ""); /* accents stay */
	add_day_note("2026-11-11", "Ωραία ΠΡΟΠΌΝΗΣΗ, сильно УСТАЛ, Łódź, ĲSSEL");
	expect_dates("προπόνηση", "2026-11-11");
	expect_dates("устал", "2026-11-11");
	expect_dates("ŁÓDŹ", "2026-11-11");
	add_day_note("2026-11-12", "ΎΠΝΟΣ ΏΡΑ");
	expect_dates("ύπνος ώρα", "2026-11-12");
	expect_dates("ijssel", ""); /* the ligature is one letter */
	expect_dates("ĳssel", "2026-11-11");
}

Test(search, removed_and_undone_rows_are_not_found)
{
	char *cause = NULL, *what = NULL;

	add_set("2026-11-02", "squat", "grinder");
	expect_dates("grinder", "2026-11-02");
	cr_assert_eq(store_undo(s, &what, &cause), 0, "%s", cause);
	free(what);
	expect_dates("grinder", "");
	expect_dates("squat", ""); /* gone with its only set */
	add_day_note("2026-11-03", "old note");
	add_day_note("2026-11-03", "new note"); /* replaces: the old row is removed */
	expect_dates("old", "");
	expect_dates("new", "2026-11-03");
}

Test(search, bad_text_is_refused)
{
	struct store_hit *h;
	size_t n;
	char *cause = NULL, big[400];

	cr_expect_eq(svc_search(s, "   ", 0, &h, &n, &cause), -1);
	cr_expect(cause != NULL && strstr(cause, "empty") != NULL, "%s", cause);
	free(cause);
	cause = NULL;
	cr_expect_eq(svc_search(s, "a\x1b[2J", 0, &h, &n, &cause), -1);
	cr_expect(cause != NULL && strstr(cause, "control character") != NULL, "%s", cause);
	free(cause);
	cause = NULL;
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	cr_expect_eq(svc_search(s, big, 0, &h, &n, &cause), -1);
	free(cause);
}

Test(search, fold_and_excerpt)
{
	char *f = textfold("SQUAT Équipe ÀÞ × Ÿ Ǆ ǅ");
	char *e;

	cr_expect_str_eq(f, "squat équipe àþ × ÿ Ǆ ǅ");
	cr_expect_eq(strlen(f), strlen("SQUAT Équipe ÀÞ × Ÿ Ǆ ǅ"), "the same length in bytes");
	free(f);
	cr_expect(textfold_contains("abc", ""));
	cr_expect(!textfold_contains("ab", "abc"));
	cr_expect(textfold_contains("\xff\xfe BAD", "bad"), "invalid UTF-8 compared byte for byte");
	e = textfold_excerpt("short", "x", 10, true);
	cr_expect_str_eq(e, "short");
	free(e);
	e = textfold_excerpt(
	    "the first words, then the match, and a long tail after it", "match", 20, true);
	cr_expect_str_eq(e, "…n the match, and a…", "a third of the line before the match");
	cr_expect_eq(util_chars(e), 20);
	free(e);
	e = textfold_excerpt("match at the start of a long note here", "match", 12, false);
	cr_expect_str_eq(e, "match at ...");
	free(e);
	e = textfold_excerpt("a long note that has the match at its very end", "end", 12, true);
	cr_expect_str_eq(e, "…ts very end", "the end shown whole when it fits");
	cr_expect_eq(util_chars(e), 12);
	free(e);
}
