/* fuzz_journal.c: libFuzzer harness for the store on damaged journals.
 *
 * One small journal (512-byte pages, every kind of record, an own
 * exercise) is made once; each input is a list of byte changes to a copy
 * of it, four bytes each: a 24-bit offset (taken modulo the file's size)
 * and the byte written there. The changed journal is opened as a reading
 * command opens it and read whole: the events the board replays, a week,
 * three days, the own exercises and every record an export walks. Then it
 * is opened for writing, one set is saved and undone. Besides not crashing
 * or leaking: every refusal says why, and every record read is one the
 * schema allows (the decoders check what they read). */
#include "config.h"

#include <fcntl.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <unistd.h>

#include "fuzz.h"
#include "store.h"
#include "util.h"

static char fz_dir[64], fz_path[128];
static unsigned char *fz_base;
static size_t fz_size;

static struct recovery_params fz_params; /* the defaults, for the replay windows */
static const hs_minute FZ_NOW = (hs_minute)20774 * 1440 + 12 * 60; /* 2026-11-17 12:00 */

static void
fz_die(const char *what, char *cause)
{
	fprintf(stderr, "fuzz_journal: %s: %s\n", what, cause ? cause : "?");
	abort();
}

/* The journal every input changes: made through the store itself. */
static void
fz_make(void)
{
	struct exercise_def squat = { .name = (char *)"squat" },
	                    own = { .name = (char *)"Zercher Walk", .custom = true };
	struct set_record set = { .weight_kg = 100, .reps = 5, .rpe = 8, .note = (char *)"heavy" };
	struct day_record day = { .kind = DAY_REST, .note = (char *)"easy" };
	struct store *s;
	sqlite3 *db;
	char *cause = NULL;

	squat.role[GROUP_QUADS] = ROLE_PRIMARY;
	squat.role[GROUP_GLUTES] = ROLE_SECONDARY;
	own.role[GROUP_FOREARMS] = ROLE_PRIMARY;
	/* An empty file of small pages, which the store takes as version 0. */
	if (sqlite3_open(fz_path, &db) != SQLITE_OK ||
	    sqlite3_exec(db, "PRAGMA page_size = 512; PRAGMA application_id = 1215460212; VACUUM",
	        NULL, NULL, NULL) != SQLITE_OK)
		fz_die("make", (char *)sqlite3_errmsg(db));
	sqlite3_close(db);
	if ((s = store_open(fz_path, &cause)) == NULL)
		fz_die("open", cause);
	for (int d = 0; d < 10; d++) {
		struct soreness_record sore = {
			.at = FZ_NOW - (d * 1440 + 60), .group = GROUP_QUADS, .level = d % 4
		};
		struct sleep_record sleep = {
			.date = stamp_date(FZ_NOW) - d, .hours = 6 + d % 3, .quality = 1 + d % 5
		};

		set.at = FZ_NOW - d * 1440 - 120;
		day.date = stamp_date(FZ_NOW) - d;
		if (store_begin(s, "fuzz day", &cause) != 0 ||
		    store_exercise_id(s, d % 2 ? &own : &squat, &set.exercise_id, &cause) != 0 ||
		    store_add_set(s, &set, &cause) != 0 || store_add_set(s, &set, &cause) != 0 ||
		    store_add_soreness(s, &sore, &cause) != 0 ||
		    store_put_sleep(s, &sleep, &cause) != 0 ||
		    store_put_day(s, &day, &cause) != 0 || store_commit(s, &cause) != 0)
			fz_die("fill", cause);
	}
	store_close(s);
	/* Every write of an input runs the day's quick_check. */
	if (sqlite3_open(fz_path, &db) != SQLITE_OK ||
	    sqlite3_exec(db, "UPDATE checked SET day = '2000-01-01'", NULL, NULL, NULL) !=
	        SQLITE_OK)
		fz_die("make", (char *)sqlite3_errmsg(db));
	sqlite3_close(db);
}

/* Leave nothing in /dev/shm. */
static void
fz_clean(void)
{
	static const char *const ends[] = { "", "-wal", "-shm", "-journal", ".bak-v0",
		".bak-v0-journal" };
	char p[160];

	for (size_t k = 0; k < HS_ARRAY_LEN(ends); k++) {
		snprintf(p, sizeof p, "%s%s", fz_path, ends[k]);
		unlink(p);
	}
	rmdir(fz_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *shm = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
	FILE *f;

	(void)argc, (void)argv;
	snprintf(fz_dir, sizeof fz_dir, "%s/herstel-fuzz.XXXXXX", shm);
	if (mkdtemp(fz_dir) == NULL)
		fz_die("mkdtemp", fz_dir);
	snprintf(fz_path, sizeof fz_path, "%s/journal.db", fz_dir);
	atexit(fz_clean);
	recovery_params_default(&fz_params);
	fz_make();
	if ((f = fopen(fz_path, "rb")) == NULL || fseek(f, 0, SEEK_END) != 0 ||
	    (fz_size = (size_t)ftell(f)) == 0 || fseek(f, 0, SEEK_SET) != 0)
		fz_die("read", fz_path);
	fz_base = malloc(fz_size);
	if (fz_base == NULL || fread(fz_base, 1, fz_size, f) != fz_size)
		fz_die("read", fz_path);
	fclose(f);
	return 0;
}

/* The changed journal at fz_path, nothing beside it. */
static void
fz_write(const uint8_t *data, size_t size)
{
	unsigned char *j = malloc(fz_size);
	char side[160];
	int fd;

	if (j == NULL)
		abort();
	memcpy(j, fz_base, fz_size);
	for (size_t i = 0; i + 4 <= size && i < 64; i += 4)
		j[((size_t)data[i] << 16 | (size_t)data[i + 1] << 8 | data[i + 2]) % fz_size] =
		    data[i + 3];
	for (int k = 0; k < 4; k++) {
		static const char *const ends[] = { "-wal", "-shm", "-journal", ".bak-v0" };

		snprintf(side, sizeof side, "%s%s", fz_path, ends[k]);
		unlink(side);
	}
	if ((fd = open(fz_path, O_WRONLY | O_TRUNC)) < 0 ||
	    write(fd, j, fz_size) != (ssize_t)fz_size)
		abort();
	close(fd);
	free(j);
}

/* A failed call must say why. */
static void
fz_refused(char *cause)
{
	if (cause == NULL || cause[0] == '\0')
		abort();
	free(cause);
}

static int
fz_set(void *arg, const struct set_record *r, bool custom, char **cause)
{
	(void)arg, (void)custom, (void)cause;
	if (r->reps < 1 || r->reps > 1000 || !(r->weight_kg >= 0 && r->weight_kg <= 1000) ||
	    r->rpe < 0 || r->rpe > 10 || r->exercise == NULL || r->note == NULL ||
	    util_text_problem(r->exercise) != NULL)
		abort();
	return 0;
}

static int
fz_soreness(void *arg, const struct soreness_record *r, char **cause)
{
	(void)arg, (void)cause;
	if ((unsigned)r->group >= GROUP_COUNT || r->level < 0 || r->level > 3)
		abort();
	return 0;
}

static int
fz_sleep(void *arg, const struct sleep_record *r, char **cause)
{
	(void)arg, (void)cause;
	if (!(r->hours >= 0 && r->hours <= 24) || r->quality < 0 || r->quality > 5)
		abort();
	return 0;
}

static int
fz_day(void *arg, const struct day_record *r, char **cause)
{
	(void)arg, (void)cause;
	if ((unsigned)r->kind >= DAY_KIND_COUNT || r->note == NULL)
		abort();
	return 0;
}

static int
fz_exercise(void *arg, const struct exercise_def *d, char **cause)
{
	(void)arg, (void)cause;
	if (d->name == NULL || util_text_problem(d->name) != NULL)
		abort();
	return 0;
}

/* Everything a reading command reads. */
static void
fz_read(struct store *s)
{
	struct store_each each = { fz_set, fz_soreness, fz_sleep, fz_day, NULL };
	struct store_events ev;
	struct store_day day;
	char *cause = NULL;

	if (store_load_events(s, FZ_NOW, &fz_params, &ev, &cause) == 0) {
		for (size_t i = 0; i < ev.in.nsets; i++)
			if (ev.in.sets[i].reps < 1 || ev.in.sets[i].exercise == NULL)
				abort();
		store_events_free(&ev);
	} else
		fz_refused(cause), cause = NULL;
	if (store_load_week(s, stamp_date(FZ_NOW) - 7, FZ_NOW, &fz_params, &ev, &cause) == 0)
		store_events_free(&ev);
	else
		fz_refused(cause), cause = NULL;
	for (int d = 0; d < 3; d++)
		if (store_load_day(s, stamp_date(FZ_NOW) - d, &day, &cause) == 0)
			store_day_free(&day);
		else
			fz_refused(cause), cause = NULL;
	if (store_custom_exercises(s, fz_exercise, NULL, &cause) != 0)
		fz_refused(cause), cause = NULL;
	if (store_each_record(
	        s, date_from_ymd(1900, 1, 1), date_from_ymd(9999, 12, 31), &each, &cause) != 0)
		fz_refused(cause);
}

/* What a writing command does: one set saved, then undone. */
static void
fz_write_path(void)
{
	struct set_record set = {
		.at = FZ_NOW, .exercise_id = 1, .weight_kg = 60, .reps = 5, .note = (char *)""
	};
	char *cause = NULL, *what = NULL;
	struct store *s = store_open(fz_path, &cause);

	if (s == NULL) {
		fz_refused(cause);
		return;
	}
	if (store_begin(s, "fuzz", &cause) != 0 || store_add_set(s, &set, &cause) != 0 ||
	    store_commit(s, &cause) != 0) {
		store_rollback(s);
		fz_refused(cause);
		cause = NULL;
	}
	free(store_take_warning(s));
	if (store_undo(s, &what, &cause) < 0)
		fz_refused(cause);
	free(what);
	free(store_take_warning(s));
	store_close(s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *cause = NULL;
	struct store *s;

	fz_write(data, size);
	if ((s = store_open_as(fz_path, STORE_READ_ONLY, &cause)) == NULL)
		fz_refused(cause);
	else {
		fz_read(s);
		store_close(s);
	}
	fz_write_path();
	return 0;
}
