/* test_store.c: the journal on real SQLite files in a temp dir. */
#include "config.h"

#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalogue.h"
#include "demo.h"
#include "store.h"
#include "util.h"

static char dir[64];
static char path[128];

static void
setup(void)
{
	strcpy(dir, "/tmp/herstel-store.XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/sub/herstel.db", dir);
}

static void
teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(store, .init = setup, .fini = teardown);

/* The whole file, to prove a refused file is left byte for byte. */
static char *
slurp(const char *p, size_t *n)
{
	FILE *f = fopen(p, "rb");
	char *buf = xmalloc(1 << 20);

	cr_assert_not_null(f, "open %s", p);
	*n = fread(buf, 1, 1 << 20, f);
	fclose(f);
	return buf;
}

static void
write_file(const char *p, const void *data, size_t n)
{
	FILE *f = fopen(p, "wb");

	cr_assert_not_null(f);
	cr_assert_eq(fwrite(data, 1, n, f), n);
	fclose(f);
}

/* Run SQL on a file with the sqlite3 library directly (not through the store). */
static void
raw_sql(const char *p, const char *sql)
{
	sqlite3 *db;

	cr_assert_eq(sqlite3_open(p, &db), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK, "%s", sqlite3_errmsg(db));
	sqlite3_close(db);
}

static int
raw_int(const char *p, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int v = -1;

	cr_assert_eq(sqlite3_open_v2(p, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	cr_assert_eq(
	    sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK, "%s", sqlite3_errmsg(db));
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

/* Open expecting failure; the cause must mention `needle`. */
static void
refused(const char *needle)
{
	char *cause = NULL;
	struct store *s = store_open(path, &cause);

	cr_assert_null(s);
	cr_assert_not_null(cause);
	cr_expect(strstr(cause, needle) != NULL, "cause \"%s\" lacks \"%s\"", cause, needle);
	free(cause);
}

static struct store *
open_ok(void)
{
	char *cause = NULL;
	struct store *s = store_open(path, &cause);

	cr_assert_not_null(s, "store_open: %s", cause ? cause : "?");
	return s;
}

Test(store, creates_private_journal)
{
	mode_t old = umask(0);
	struct store *s = open_ok();
	struct stat sb;
	char sub[160];

	umask(old);
	store_close(s);
	cr_assert_eq(stat(path, &sb), 0);
	cr_expect_eq(sb.st_mode & 0777, 0600, "db mode %o", sb.st_mode & 0777);
	snprintf(sub, sizeof sub, "%s/sub", dir);
	cr_assert_eq(stat(sub, &sb), 0);
	cr_expect_eq(sb.st_mode & 0777, 0700, "dir mode %o", sb.st_mode & 0777);
	cr_expect_eq(raw_int(path, "PRAGMA application_id"), STORE_APPLICATION_ID);
	cr_expect_eq(raw_int(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	cr_expect_eq(
	    raw_int(path, "SELECT count(*) FROM sqlite_master WHERE name = 'lift_date'"), 1);
}

Test(store, refuses_random_bytes_untouched)
{
	char junk[4096], *after;
	size_t n;

	for (size_t i = 0; i < sizeof junk; i++)
		junk[i] = (char)(i * 7919 % 251);
	snprintf(path, sizeof path, "%s/junk.db", dir);
	write_file(path, junk, sizeof junk);
	refused("not a herstel journal");
	after = slurp(path, &n);
	cr_expect_eq(n, sizeof junk);
	cr_expect_eq(memcmp(after, junk, n), 0);
	free(after);
}

Test(store, refuses_other_apps_database_untouched)
{
	char *before, *after;
	size_t n1, n2;

	snprintf(path, sizeof path, "%s/other.db", dir);
	raw_sql(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1)");
	before = slurp(path, &n1);
	refused("another application");
	after = slurp(path, &n2);
	cr_expect_eq(n1, n2);
	cr_expect_eq(memcmp(before, after, n1), 0);
	free(before);
	free(after);
}

Test(store, refuses_newer_schema_untouched)
{
	char *before, *after;
	size_t n1, n2;

	store_close(open_ok());
	raw_sql(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99");
	before = slurp(path, &n1);
	refused("newer");
	after = slurp(path, &n2);
	cr_expect_eq(n1, n2);
	cr_expect_eq(memcmp(before, after, n1), 0);
	free(before);
	free(after);
}

/* "" once ran into store_check_dir's strcpy of "." into a 1-byte copy. */
Test(store, refuses_an_empty_path)
{
	char *cause = NULL;

	cr_assert_null(store_open("", &cause));
	cr_assert_not_null(cause);
	cr_expect(strstr(cause, "path is empty") != NULL, "%s", cause);
	free(cause);
}

Test(store, empty_file_becomes_journal)
{
	snprintf(path, sizeof path, "%s/empty.db", dir);
	write_file(path, "", 0);
	store_close(open_ok());
	cr_expect_eq(raw_int(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
}

/* The journal of tests/fixtures/journal-v1.sql, made by herstel at schema
 * version 1, at `path`. */
static void
make_v1_journal(void)
{
	const char *src = getenv("TESTS_SRCDIR");
	char fixture[512], *sql;
	size_t n;

	cr_assert_not_null(src, "TESTS_SRCDIR (make check sets it)");
	snprintf(fixture, sizeof fixture, "%s/fixtures/journal-v1.sql", src);
	sql = slurp(fixture, &n);
	sql[n] = '\0';
	raw_sql(path, sql);
	free(sql);
	cr_assert_eq(raw_int(path, "PRAGMA user_version"), 1);
}

Test(store, migration_backs_up_first)
{
	char bak[160], *cause = NULL;
	struct store_day d;
	struct stat sb;
	struct store *s;

	snprintf(path, sizeof path, "%s/v1.db", dir);
	make_v1_journal();
	s = open_ok();
	snprintf(bak, sizeof bak, "%s.bak-v1", path);
	cr_assert_eq(stat(bak, &sb), 0, "no backup %s", bak);
	cr_expect_eq(sb.st_mode & 0777, 0600);
	cr_expect_eq(raw_int(bak, "PRAGMA user_version"), 1);
	cr_expect_eq(raw_int(bak, "SELECT count(*) FROM lift"), 8);
	cr_expect_eq(raw_int(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	cr_assert_eq(store_load_day(s, date_from_ymd(2026, 11, 16), &d, &cause), 0, "%s", cause);
	cr_expect_eq(
	    d.nsets, 8, "the sets of version 1 read through version %d", STORE_SCHEMA_VERSION);
	cr_expect_str_eq(d.day.note, "from version 1");
	store_day_free(&d);
	store_close(s);
	/* Opened again, it is up to date: no second backup over the first. */
	unlink(bak);
	store_close(open_ok());
	cr_expect_neq(stat(bak, &sb), 0);
}

/* A version-0 file is empty to herstel: one with tables is not its own,
 * and is refused before anything is backed up or migrated. */
Test(store, refuses_version_0_with_tables)
{
	char bak[160];
	struct stat sb;

	snprintf(path, sizeof path, "%s/clash.db", dir);
	raw_sql(path,
	    "PRAGMA application_id = 1215460212; CREATE TABLE day(x);"
	    " INSERT INTO day VALUES (42)");
	refused("table day is not herstel's");
	cr_expect_eq(raw_int(path, "PRAGMA user_version"), 0);
	cr_expect_eq(raw_int(path, "SELECT count(*) FROM sqlite_master WHERE name = 'lift'"), 0);
	cr_expect_eq(raw_int(path, "SELECT x FROM day"), 42);
	snprintf(bak, sizeof bak, "%s.bak-v0", path);
	cr_expect_neq(stat(bak, &sb), 0, "no backup of a refused file");
}

static const hs_minute MON_18 = (hs_minute)20773 * 1440 + 18 * 60; /* 2026-11-16 18:00 */

/* Log `n` sets of an exercise at `at` in one batch. */
static void
log_sets(struct store *s, const char *name, int n, double kg, double rpe, hs_minute at)
{
	struct catalogue *cat = catalogue_builtin();
	const struct exercise_def *def = catalogue_find(cat, name, NULL);
	char *cause = NULL;
	int64_t id;

	cr_assert_not_null(def, "%s", name);
	cr_assert_eq(store_begin(s, name, &cause), 0, "%s", cause);
	cr_assert_eq(store_exercise_id(s, def, &id, &cause), 0, "%s", cause);
	for (int i = 0; i < n; i++) {
		struct set_record r = { .at = at,
			.exercise_id = id,
			.weight_kg = kg,
			.reps = 5,
			.rpe = rpe,
			.note = (char *)"" };

		cr_assert_eq(store_add_set(s, &r, &cause), 0, "%s", cause);
	}
	cr_assert_eq(store_commit(s, &cause), 0, "%s", cause);
	catalogue_free(cat);
}

Test(store, date_constant_is_monday)
{
	cr_assert_eq(MON_18 / 1440, date_from_ymd(2026, 11, 16));
}

Test(store, set_round_trip_and_undo)
{
	struct store *s = open_ok();
	struct store_day d;
	char *what = NULL, *cause = NULL;

	log_sets(s, "squat", 5, 100, 8, MON_18);
	cr_assert_eq(store_load_day(s, stamp_date(MON_18), &d, &cause), 0, "%s", cause);
	cr_assert_eq(d.nsets, 5);
	cr_expect_str_eq(d.sets[0].exercise, "squat");
	cr_expect_eq(d.sets[0].at, MON_18);
	cr_expect_float_eq(d.sets[0].weight_kg, 100, 1e-9);
	cr_expect_float_eq(d.sets[0].rpe, 8, 1e-9);
	cr_expect_eq(d.sets[0].role[GROUP_QUADS], ROLE_PRIMARY);
	cr_expect_eq(d.sets[0].role[GROUP_GLUTES], ROLE_SECONDARY);
	store_day_free(&d);
	cr_assert_eq(store_undo(s, &what, &cause), 0);
	cr_expect_str_eq(what, "squat");
	free(what);
	cr_assert_eq(store_load_day(s, stamp_date(MON_18), &d, &cause), 0);
	cr_expect_eq(d.nsets, 0);
	store_day_free(&d);
	cr_expect_eq(store_undo(s, &what, &cause), 1, "nothing left to undo");
	store_close(s);
}

/* Undo takes back the exercise a batch added and the groups it gave; a
 * later batch that replaces the groups gives back, on undo, the groups as
 * they were and the batch that gave them, so that undoing that one too
 * takes them away. */
Test(store, undo_takes_back_exercises_and_groups)
{
	struct store *s = open_ok();
	struct exercise_def own = { .name = (char *)"Sled Thing", .custom = true };
	unsigned char role[GROUP_COUNT] = { 0 };
	char *cause = NULL, *what = NULL;
	int64_t id, again;

	cr_assert_eq(store_begin(s, "import", &cause), 0);
	cr_assert_eq(store_exercise_id(s, &own, &id, &cause), 0, "%s", cause);
	cr_assert_eq(store_commit(s, &cause), 0);
	role[GROUP_QUADS] = ROLE_PRIMARY;
	cr_assert_eq(store_begin(s, "add exercise sled thing", &cause), 0);
	cr_assert_eq(store_set_exercise_groups(s, id, role, &cause), 0, "%s", cause);
	cr_assert_eq(store_commit(s, &cause), 0);
	role[GROUP_QUADS] = ROLE_NONE;
	role[GROUP_HAMSTRINGS] = ROLE_PRIMARY;
	cr_assert_eq(store_begin(s, "again", &cause), 0);
	cr_assert_eq(store_set_exercise_groups(s, id, role, &cause), 0, "%s", cause);
	cr_assert_eq(store_commit(s, &cause), 0);
	cr_expect_eq(
	    raw_int(path, "SELECT count(*) FROM exercise_group WHERE grp = 'hamstrings'"), 1);
	cr_assert_eq(store_undo(s, &what, &cause), 0);
	free(what);
	cr_expect_eq(raw_int(path,
	                 "SELECT count(*) FROM exercise_group WHERE grp = 'quads'"
	                 " AND batch = (SELECT max(id) FROM batch)"),
	    1, "the quads come back with the batch that gave them");
	cr_assert_eq(store_undo(s, &what, &cause), 0);
	free(what);
	cr_expect_eq(raw_int(path, "SELECT count(*) FROM exercise_group"), 0, "the groups go back");
	cr_expect_eq(store_find_exercise(s, "Sled Thing", &again, &cause), 1, "the exercise stays");
	cr_assert_eq(store_undo(s, &what, &cause), 0);
	free(what);
	cr_expect_eq(store_find_exercise(s, "Sled Thing", &again, &cause), 0, "the exercise goes");
	cr_expect_eq(raw_int(path, "SELECT count(*) FROM regroup"), 0);
	store_close(s);
}

/* Once damage is found, by SQLite or a decoder, the store writes nothing
 * more: no batch, no undo. */
Test(store, no_write_after_damage_is_found)
{
	struct store *s = open_ok();
	struct store_day d;
	char *cause = NULL, *what = NULL;

	log_sets(s, "squat", 2, 100, 8, MON_18);
	store_close(s);
	raw_sql(path, "PRAGMA ignore_check_constraints = ON; UPDATE lift SET reps = -5");
	s = open_ok();
	cr_assert_eq(store_load_day(s, stamp_date(MON_18), &d, &cause), -1);
	cr_expect(strstr(cause, "damaged at lift row") != NULL, "%s", cause);
	free(cause);
	cause = NULL;
	cr_expect_eq(store_begin(s, "more", &cause), -1, "no batch after damage");
	cr_expect(cause != NULL && strstr(cause, "damaged") != NULL);
	free(cause);
	cause = NULL;
	cr_expect_eq(store_undo(s, &what, &cause), -1, "no undo after damage");
	free(cause);
	store_close(s);
	cr_expect_eq(raw_int(path, "SELECT count(*) FROM batch"), 1);
}

/* The first write of a day runs quick_check and notes the day in the
 * journal, in the same transaction. */
Test(store, daily_check_notes_the_day)
{
	struct store *s = open_ok();
	char today[DATE_BUF], *day;
	sqlite3 *db;
	sqlite3_stmt *st;

	log_sets(s, "squat", 1, 100, 8, MON_18);
	store_close(s);
	date_format(stamp_date(date_now_local()), today);
	cr_assert_eq(sqlite3_open(path, &db), SQLITE_OK);
	cr_assert_eq(sqlite3_prepare_v2(db, "SELECT day FROM checked", -1, &st, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
	day = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	cr_expect_str_eq(day, today);
	free(day);
}

Test(store, rollback_writes_nothing)
{
	struct store *s = open_ok();
	struct soreness_record r = { .at = MON_18, .group = GROUP_QUADS, .level = 2 };
	struct store_day d;
	char *cause = NULL;

	cr_assert_eq(store_begin(s, "sore", &cause), 0);
	cr_assert_eq(store_add_soreness(s, &r, &cause), 0);
	store_rollback(s);
	cr_assert_eq(store_load_day(s, stamp_date(MON_18), &d, &cause), 0);
	cr_expect_eq(d.nsoreness, 0);
	store_day_free(&d);
	store_close(s);
}

Test(store, write_outside_batch_refused)
{
	struct store *s = open_ok();
	struct soreness_record r = { .at = MON_18, .group = GROUP_QUADS, .level = 2 };
	char *cause = NULL;

	cr_expect_eq(store_add_soreness(s, &r, &cause), -1);
	cr_expect_not_null(cause);
	free(cause);
	store_close(s);
}

Test(store, schema_checks_refuse_bad_rows)
{
	struct store *s = open_ok();
	struct soreness_record r = { .at = MON_18, .group = GROUP_QUADS, .level = 7 };
	char *cause = NULL;

	cr_assert_eq(store_begin(s, "sore", &cause), 0);
	cr_expect_eq(store_add_soreness(s, &r, &cause), -1, "level 7 must not pass the CHECK");
	free(cause);
	store_rollback(s);
	store_close(s);
}

Test(store, sleep_replaces_and_undo_restores)
{
	struct store *s = open_ok();
	struct sleep_record a = { .date = stamp_date(MON_18), .hours = 6, .quality = 2 };
	struct sleep_record b = { .date = stamp_date(MON_18), .hours = 8 };
	struct store_day d;
	char *cause = NULL, *what = NULL;

	cr_assert_eq(store_begin(s, "sleep 6", &cause), 0);
	cr_assert_eq(store_put_sleep(s, &a, &cause), 0, "%s", cause);
	cr_assert_eq(store_commit(s, &cause), 0);
	cr_assert_eq(store_begin(s, "sleep 8", &cause), 0);
	cr_assert_eq(store_put_sleep(s, &b, &cause), 0, "%s", cause);
	cr_assert_eq(store_commit(s, &cause), 0);
	cr_assert_eq(store_load_day(s, a.date, &d, &cause), 0);
	cr_assert(d.has_sleep);
	cr_expect_float_eq(d.sleep.hours, 8, 1e-9);
	cr_expect_eq(d.sleep.quality, 0);
	store_day_free(&d);
	cr_assert_eq(store_undo(s, &what, &cause), 0);
	free(what);
	cr_assert_eq(store_load_day(s, a.date, &d, &cause), 0);
	cr_assert(d.has_sleep);
	cr_expect_float_eq(d.sleep.hours, 6, 1e-9);
	cr_expect_eq(d.sleep.quality, 2);
	store_day_free(&d);
	store_close(s);
}

Test(store, remove_and_undo_brings_back)
{
	struct store *s = open_ok();
	struct store_day d;
	char *cause = NULL, *what = NULL;
	int64_t id;

	log_sets(s, "bench press", 2, 80, 9, MON_18);
	cr_assert_eq(store_load_day(s, stamp_date(MON_18), &d, &cause), 0);
	id = d.sets[0].id;
	store_day_free(&d);
	cr_assert_eq(store_begin(s, "delete", &cause), 0);
	cr_assert_eq(store_remove(s, RECORD_SET, id, &cause), 0, "%s", cause);
	cr_expect_eq(store_remove(s, RECORD_SET, id, &cause), -1, "already removed");
	free(cause);
	cause = NULL;
	cr_assert_eq(store_commit(s, &cause), 0);
	cr_assert_eq(store_load_day(s, stamp_date(MON_18), &d, &cause), 0);
	cr_expect_eq(d.nsets, 1);
	store_day_free(&d);
	cr_assert_eq(store_undo(s, &what, &cause), 0);
	cr_expect_str_eq(what, "delete");
	free(what);
	cr_assert_eq(store_load_day(s, stamp_date(MON_18), &d, &cause), 0);
	cr_expect_eq(d.nsets, 2);
	store_day_free(&d);
	store_close(s);
}

/* The model's parameters as herstelrc leaves them. */
static const struct recovery_params *
defaults(void)
{
	static struct recovery_params p;

	recovery_params_default(&p);
	return &p;
}

Test(store, events_window_and_last_trained_before)
{
	struct store *s = open_ok();
	struct store_events ev;
	hs_minute old = MON_18 - 40 * 1440, now = MON_18 + 18 * 60;
	char *cause = NULL;

	log_sets(s, "calf raise", 3, 60, 8, old);
	log_sets(s, "squat", 5, 100, 8, MON_18);
	cr_assert_eq(store_load_events(s, now, defaults(), &ev, &cause), 0, "%s", cause);
	cr_expect_eq(ev.in.nsets, 5, "only the squat sets are inside 28 days");
	cr_expect_str_eq(ev.in.sets[0].exercise, "squat");
	cr_expect_eq(ev.in.sets[0].role[GROUP_QUADS], ROLE_PRIMARY);
	cr_expect_eq(ev.in.last_trained_before[GROUP_CALVES], old);
	cr_expect_eq(ev.in.last_trained_before[GROUP_CHEST], HS_NO_TIME);
	store_events_free(&ev);
	store_close(s);
}

/* The timers replay 14 days; the strength signal's sets reach back 28. */
Test(store, events_replay_window_and_strength_look_back)
{
	struct store *s = open_ok();
	struct store_events ev;
	struct soreness_record sore = {
		.at = MON_18 - 20 * 1440, .group = GROUP_QUADS, .level = 2
	};
	hs_minute old = MON_18 - 20 * 1440, now = MON_18 + 18 * 60;
	char *cause = NULL;

	log_sets(s, "squat", 4, 120, 8, old);
	log_sets(s, "bench press", 3, 80, 8, MON_18);
	cr_assert_eq(store_begin(s, "sore", &cause), 0, "%s", cause);
	cr_assert_eq(store_add_soreness(s, &sore, &cause), 0, "%s", cause);
	cr_assert_eq(store_commit(s, &cause), 0, "%s", cause);
	cr_assert_eq(store_load_events(s, now, defaults(), &ev, &cause), 0, "%s", cause);
	cr_expect_eq(ev.in.replay_from, stamp_make(stamp_date(now) - 14, 0));
	cr_expect_eq(ev.in.nsets, 7, "the squat sets of 20 days ago are in the look-back");
	cr_expect_eq(ev.in.sets[0].at, old);
	cr_expect_lt(ev.in.sets[0].at, ev.in.replay_from);
	cr_expect_str_eq(ev.in.sets[0].exercise, "squat");
	cr_expect_str_eq(ev.in.sets[4].exercise, "bench press");
	cr_expect_eq(ev.nnames, 2, "one name per exercise, not per set");
	cr_expect_eq(ev.in.nsoreness, 0, "soreness is read for the replayed days only");
	cr_expect_eq(ev.in.last_trained_before[GROUP_QUADS], old);
	store_events_free(&ev);
	store_close(s);
}

/* One set of `name` at `at`: RPE 0 logs none; a bodyweight exercise at 0 kg
 * is unloaded bodyweight work. */
static void
log_one(struct store *s, const char *name, double kg, double rpe, bool warmup, hs_minute at)
{
	struct catalogue *cat = catalogue_builtin();
	const struct exercise_def *def = catalogue_find(cat, name, NULL);
	char *cause = NULL;
	int64_t id;
	struct set_record r = { .at = at,
		.weight_kg = kg,
		.reps = 5,
		.rpe = rpe,
		.kind = warmup ? SET_WARMUP : SET_WORK };

	cr_assert_not_null(def, "%s", name);
	r.bodyweight = def->bodyweight;
	r.note = (char *)"";
	cr_assert_eq(store_begin(s, name, &cause), 0, "%s", cause);
	cr_assert_eq(store_exercise_id(s, def, &id, &cause), 0, "%s", cause);
	r.exercise_id = id;
	cr_assert_eq(store_add_set(s, &r, &cause), 0, "%s", cause);
	cr_assert_eq(store_commit(s, &cause), 0, "%s", cause);
	catalogue_free(cat);
}

/* The last session before the replay counts only sets the model counts
 * (recovery_set_hard): no warm-ups, nothing under min_rpe, and a set logged
 * without an RPE by the default of its kind, as the parameters set them. */
Test(store, last_trained_before_counts_only_hard_sets)
{
	struct store *s = open_ok();
	struct store_events ev;
	struct recovery_params p;
	hs_minute now = MON_18 + 18 * 60, d = 1440;
	char *cause = NULL;

	recovery_params_default(&p);
	log_one(s, "squat", 100, 9, false, MON_18 - 30 * d);
	log_one(s, "squat", 100, 4, false, MON_18 - 20 * d);      /* below min_rpe */
	log_one(s, "squat", 100, 8, true, MON_18 - 18 * d);       /* a warm-up */
	log_one(s, "push-up", 0, 0, false, MON_18 - 25 * d);      /* bodyweight, RPE 7 */
	log_one(s, "bench press", 80, 0, false, MON_18 - 16 * d); /* loaded, RPE 8 */
	cr_assert_eq(store_load_events(s, now, &p, &ev, &cause), 0, "%s", cause);
	cr_expect_eq(ev.in.last_trained_before[GROUP_QUADS], MON_18 - 30 * d,
	    "the RPE 4 set and the warm-up make no session");
	cr_expect_eq(ev.in.last_trained_before[GROUP_CHEST], MON_18 - 16 * d,
	    "a loaded set without an RPE counts as RPE 8");
	store_events_free(&ev);
	p.default_rpe = 4;
	p.default_rpe_bodyweight = 4;
	cr_assert_eq(store_load_events(s, now, &p, &ev, &cause), 0, "%s", cause);
	cr_expect_eq(ev.in.last_trained_before[GROUP_CHEST], HS_NO_TIME,
	    "with defaults under min_rpe, sets without an RPE make no session");
	store_events_free(&ev);
	p.default_rpe_bodyweight = 7;
	cr_assert_eq(store_load_events(s, now, &p, &ev, &cause), 0, "%s", cause);
	cr_expect_eq(ev.in.last_trained_before[GROUP_CHEST], MON_18 - 25 * d,
	    "the push-up counts by the bodyweight default alone");
	store_events_free(&ev);
	p.min_rpe = 9.5;
	cr_assert_eq(store_load_events(s, now, &p, &ev, &cause), 0, "%s", cause);
	cr_expect_eq(
	    ev.in.last_trained_before[GROUP_QUADS], HS_NO_TIME, "min_rpe 9.5: none counts");
	store_events_free(&ev);
	store_close(s);
}

/* A hand edit that leaves a set without its exercise: the model's events
 * leave it out, as the day's joined query does, and read the rest. */
/* A set of no exercise breaks a foreign key herstel keeps: damage, said
 * with its row, on the screens' path and the model's alike. */
Test(store, a_set_of_no_exercise_is_damage)
{
	struct store *s = open_ok();
	struct store_events ev;
	struct store_day d;
	char *cause = NULL;
	int64_t id;

	log_sets(s, "squat", 2, 100, 8, MON_18);
	store_close(s);
	raw_sql(path,
	    "PRAGMA foreign_keys = OFF; UPDATE lift SET exercise_id = 999"
	    " WHERE id = (SELECT min(id) FROM lift)");
	id = raw_int(path, "SELECT min(id) FROM lift");
	s = open_ok();
	cr_assert_eq(store_load_events(s, MON_18 + 60, defaults(), &ev, &cause), -1);
	cr_expect(strstr(cause, "damaged at exercise row 999") != NULL, "%s", cause);
	free(cause);
	cause = NULL;
	cr_assert_eq(store_load_day(s, stamp_date(MON_18), &d, &cause), -1);
	cr_expect(strstr(cause, "damaged at lift row") != NULL && strstr(cause, "missing") != NULL,
	    "%s (lift %lld)", cause, (long long)id);
	free(cause);
	store_close(s);
}

/* Its own writes move it too: the week view caches the week by it. */
Test(store, data_version_moves_on_own_commit_and_undo)
{
	struct store *a = open_ok();
	int64_t v = store_data_version(a), w;
	char *what = NULL, *cause = NULL;

	log_sets(a, "squat", 1, 100, 8, MON_18);
	cr_expect_neq(w = store_data_version(a), v);
	cr_assert_eq(store_undo(a, &what, &cause), 0, "%s", cause);
	free(what);
	cr_expect_neq(store_data_version(a), w);
	store_close(a);
}

Test(store, data_version_moves_on_other_connection)
{
	struct store *a = open_ok(), *b = open_ok();
	int64_t v = store_data_version(a);

	log_sets(b, "squat", 1, 100, 8, MON_18);
	cr_expect_neq(store_data_version(a), v);
	store_close(b);
	store_close(a);
}

Test(store, day_kind_and_note)
{
	struct store *s = open_ok();
	struct day_record r = {
		.date = stamp_date(MON_18), .kind = DAY_REST, .note = (char *)"tired"
	};
	struct store_day d;
	char *cause = NULL;

	cr_assert_eq(store_begin(s, "day", &cause), 0);
	cr_assert_eq(store_put_day(s, &r, &cause), 0, "%s", cause);
	cr_assert_eq(store_commit(s, &cause), 0);
	cr_assert_eq(store_load_day(s, r.date, &d, &cause), 0);
	cr_assert(d.has_day);
	cr_expect_eq(d.day.kind, DAY_REST);
	cr_expect_str_eq(d.day.note, "tired");
	store_day_free(&d);
	store_close(s);
}

Test(store, demo_fills_eight_weeks)
{
	struct store *s = open_ok();
	struct catalogue *cat = catalogue_builtin();
	hs_minute now = MON_18;
	int training = 0, slept = 0;
	char *cause = NULL;

	cr_assert_eq(demo_fill(s, cat, now, &cause), 0, "%s", cause);
	for (hs_date d = stamp_date(now) - 55; d <= stamp_date(now); d++) {
		struct store_day day;

		cr_assert_eq(store_load_day(s, d, &day, &cause), 0);
		training += day.nsets > 0;
		slept += day.has_sleep;
		store_day_free(&day);
	}
	cr_expect(training >= 28 && training <= 40, "about 4 training days a week: %d", training);
	cr_expect(slept >= 40, "sleep logged most nights: %d", slept);
	catalogue_free(cat);
	store_close(s);
}

/* Two sets of a version-1 journal's newest batch, on a day of their own:
 * a warm-up and a work set, as version 1 stored them. */
static const char v1_sets[] =
    "INSERT INTO batch (id, what) VALUES (6, 'log squat');"
    "INSERT INTO lift (date, time, exercise_id, weight_kg, reps, rpe, warmup, note, batch)"
    " VALUES ('2026-11-18', '18:00', 2, 60, 5, NULL, 1, 'wu', 6),"
    " ('2026-11-18', '18:05', 2, 100, 5, 8, 0, 'work', 6);";

Test(store, migration_from_version_1_keeps_every_set)
{
	char bak[160], *cause = NULL, *what = NULL;
	struct store_day d;
	struct store *s;

	snprintf(path, sizeof path, "%s/v1.db", dir);
	make_v1_journal();
	raw_sql(path, v1_sets);
	s = open_ok();
	snprintf(bak, sizeof bak, "%s.bak-v1", path);
	cr_expect_eq(raw_int(bak, "SELECT count(*) FROM lift WHERE warmup = 1"), 1,
	    "the checked backup is the journal as it was");
	cr_expect_eq(raw_int(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	cr_expect_eq(
	    raw_int(path, "SELECT count(*) FROM lift WHERE kind = 'warmup' AND note = 'wu'"), 1,
	    "the warm-up is a set of kind warmup");
	cr_expect_eq(
	    raw_int(path, "SELECT count(*) FROM lift WHERE kind = 'work' AND note = 'work'"), 1);
	cr_expect_eq(
	    raw_int(path, "SELECT count(*) FROM sqlite_master WHERE name = 'activity'"), 1);
	cr_assert_eq(store_load_day(s, date_from_ymd(2026, 11, 18), &d, &cause), 0, "%s", cause);
	cr_assert_eq(d.nsets, 2);
	cr_expect_eq(d.sets[0].kind, SET_WARMUP);
	cr_expect_eq(d.sets[1].kind, SET_WORK);
	store_day_free(&d);
	cr_assert_eq(store_undo(s, &what, &cause), 0, "the old batch can still be undone");
	cr_expect_str_eq(what, "log squat");
	free(what);
	cr_expect_eq(raw_int(path, "SELECT count(*) FROM lift"), 8, "the fixture's own sets stay");
	store_close(s);
}

Test(store, kinds_times_distances_and_activities)
{
	struct store *s = open_ok();
	struct catalogue *cat = catalogue_builtin();
	const struct exercise_def *plank = catalogue_find(cat, "plank", NULL);
	struct activity_record run = { .at = MON_18,
		.name = (char *)"Running",
		.seconds = 1800,
		.distance_m = 5000,
		.note = (char *)"" };
	struct set_record r = {
		.at = MON_18, .seconds = 60, .kind = SET_FAILURE, .superset = 2, .note = (char *)""
	};
	struct store_events ev;
	struct store_day d;
	char *cause = NULL, *what = NULL;
	bool found;

	cr_assert_eq(store_begin(s, "import", &cause), 0, "%s", cause);
	cr_assert_eq(store_exercise_id(s, plank, &r.exercise_id, &cause), 0, "%s", cause);
	cr_assert_eq(store_add_set(s, &r, &cause), 0, "a timed set needs no reps: %s", cause);
	cr_assert_eq(store_add_activity(s, &run, &cause), 0, "%s", cause);
	cr_assert_eq(store_commit(s, &cause), 0);
	cr_assert_eq(store_load_day(s, stamp_date(MON_18), &d, &cause), 0, "%s", cause);
	cr_assert_eq(d.nsets, 1);
	cr_expect(d.sets[0].reps == 0 && d.sets[0].seconds == 60 && d.sets[0].superset == 2);
	cr_expect_eq(d.sets[0].kind, SET_FAILURE);
	cr_assert_eq(d.nactivities, 1);
	cr_expect_str_eq(d.activities[0].name, "Running");
	cr_expect(d.activities[0].seconds == 1800 && d.activities[0].distance_m == 5000);
	store_day_free(&d);
	cr_assert_eq(store_load_events(s, MON_18 + 60, defaults(), &ev, &cause), 0, "%s", cause);
	cr_assert_eq(ev.in.nsets, 1, "the model gets the set; no activity is a set");
	cr_expect_float_eq(ev.in.sets[0].rpe, 10, 1e-9, "a failure set without an RPE is RPE 10");
	store_events_free(&ev);
	cr_assert_eq(store_claims_begin(s, &cause), 0);
	cr_assert_eq(store_begin(s, "again", &cause), 0);
	cr_assert_eq(store_claim_same(s, RECORD_ACTIVITY, &run, &found, &cause), 0, "%s", cause);
	cr_expect(found, "the same activity is found in the journal");
	cr_assert_eq(store_claim_same(s, RECORD_SET, &r, &found, &cause), 0, "%s", cause);
	cr_expect(found, "and the same timed set");
	store_rollback(s);
	cr_assert_eq(store_undo(s, &what, &cause), 0);
	free(what);
	cr_assert_eq(store_load_day(s, stamp_date(MON_18), &d, &cause), 0);
	cr_expect(d.nsets == 0 && d.nactivities == 0, "undo takes back the set and the activity");
	store_day_free(&d);
	catalogue_free(cat);
	store_close(s);
}

Test(store, a_set_needs_reps_a_time_or_a_distance)
{
	struct store *s = open_ok();
	struct catalogue *cat = catalogue_builtin();
	struct set_record r = { .at = MON_18, .note = (char *)"" };
	char *cause = NULL;

	cr_assert_eq(store_begin(s, "bad", &cause), 0);
	cr_assert_eq(
	    store_exercise_id(s, catalogue_find(cat, "squat", NULL), &r.exercise_id, &cause), 0);
	cr_expect_eq(store_add_set(s, &r, &cause), -1, "no reps, no time, no distance");
	free(cause);
	store_rollback(s);
	catalogue_free(cat);
	store_close(s);
}

Test(store, undo_gives_an_exercise_its_old_groups_back)
{
	struct store *s = open_ok();
	struct exercise_def own = { .name = (char *)"Hamster Wheel", .custom = true };
	unsigned char role[GROUP_COUNT] = { [GROUP_BICEPS] = ROLE_PRIMARY };
	char *cause = NULL, *what = NULL;
	int64_t id;

	cr_assert_eq(store_begin(s, "import", &cause), 0);
	cr_assert_eq(store_exercise_id(s, &own, &id, &cause), 0, "%s", cause);
	cr_assert_eq(store_commit(s, &cause), 0);
	cr_assert_eq(store_begin(s, "give groups to Hamster Wheel", &cause), 0);
	cr_assert_eq(store_set_exercise_groups(s, id, role, &cause), 0, "%s", cause);
	cr_assert_eq(store_commit(s, &cause), 0);
	cr_expect_eq(raw_int(path, "SELECT count(*) FROM exercise_group"), 1);
	cr_assert_eq(store_undo(s, &what, &cause), 0);
	cr_expect_str_eq(what, "give groups to Hamster Wheel");
	free(what);
	cr_expect_eq(raw_int(path, "SELECT count(*) FROM exercise_group"), 0,
	    "undo of giving groups leaves it without again");
	store_close(s);
}

Test(store, a_copy_in_memory_writes_nothing)
{
	char *cause = NULL;
	struct store *s;
	struct stat sb;

	s = store_open_copy(path, &cause);
	cr_assert_not_null(s, "%s", cause ? cause : "");
	log_sets(s, "squat", 3, 100, 8, MON_18);
	store_close(s);
	cr_expect_eq(stat(path, &sb), -1, "no journal is made for a copy of none");
	store_close(open_ok());
	s = open_ok();
	log_sets(s, "bench press", 2, 60, 8, MON_18);
	store_close(s);
	s = store_open_copy(path, &cause);
	cr_assert_not_null(s, "%s", cause ? cause : "");
	log_sets(s, "squat", 3, 100, 8, MON_18);
	store_close(s);
	cr_expect_eq(raw_int(path, "SELECT count(*) FROM lift"), 2,
	    "writes to the copy leave the journal as it was");
}
