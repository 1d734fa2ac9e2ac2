/* bench.c: the benchmark's measuring tool; tests/bench/bench.sh drives it.
 *
 *   bench exec N CMD ARG...        run CMD N times (after one warm-up run)
 *   bench cold N CMD ARG...        the same without the warm-up (long runs)
 *   bench race N CMD... :: CMD...  run the commands in turn, N rounds (after
 *                                  one warm-up round), one line for each:
 *                                  drift of the machine hits them all alike
 *   bench pty N TEXT CMD ARG...    run CMD N times on a 100x30 terminal, time
 *                                  until TEXT is drawn, then send q
 *   bench mini DB                  the reference for pty: a minimal curses
 *                                  program that opens DB, queries, draws
 *   bench screen DB 'YYYY-MM-DD HH:MM'
 *                                  in-process: the screen's start-up work and
 *                                  its queries over 520 consecutive weeks
 *   bench search DB                in-process: svc_search over a set of words
 *                                  (names, notes, nothing), as the screen asks
 *                                  (its limit) and for every day, against a
 *                                  bare LIKE scan of the sets' notes;
 *                                  BENCH_WORDS set: each word's p50 too
 *   bench save DB N                N saves of one set, one transaction each
 *   bench check DB N               the journal's own checks, N times each:
 *                                  store_open (header, SQLite's view, schema)
 *                                  against a bare open, a save with the day's
 *                                  quick_check due and one without, and the
 *                                  two PRAGMAs alone
 *
 * Every figure is printed as "name value..." (milliseconds, kilobytes) for
 * bench.sh to lay out; nothing here judges a figure. */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "catalogue.h"
#include "date.h"
#include "rc.h"
#include "recovery.h"
#include "signals.h"
#include "store.h"
#include "svc.h"
#include "util.h"
#include "week.h"

#define BENCH_WEEKS 520
#define BENCH_PASSES 5 /* each week's figure is its median of 5 passes */

/* Milliseconds on the monotonic clock. */
static double
bench_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int
bench_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The p-th percentile (nearest rank) of v[0..n-1], which it sorts. */
static double
bench_pct(double *v, size_t n, double p)
{
	size_t k;

	qsort(v, n, sizeof *v, bench_cmp);
	k = (size_t)(p / 100 * (double)n + 0.999999);
	return v[k == 0 ? 0 : k - 1];
}

static void
bench_die(const char *what, const char *cause)
{
	fprintf(stderr, "bench: %s: %s\n", what, cause != NULL ? cause : strerror(errno));
	exit(1);
}

/* Run argv once with its output thrown away; wall ms and max RSS in KB. */
static double
bench_run(char **argv, long *rss)
{
	struct rusage ru;
	double t0 = bench_ms();
	int status, fd;
	pid_t pid;

	if ((pid = fork()) < 0)
		bench_die("fork", NULL);
	if (pid == 0) {
		fd = open("/dev/null", O_RDWR);
		dup2(fd, STDIN_FILENO);
		dup2(fd, STDOUT_FILENO);
		dup2(fd, STDERR_FILENO);
		execvp(argv[0], argv);
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) < 0)
		bench_die("wait", NULL);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fprintf(stderr, "bench: %s exited with status %d\n", argv[0], status);
	*rss = ru.ru_maxrss;
	return bench_ms() - t0;
}

/* Wait until `text` shows in what the program writes to the terminal. */
static int
bench_pty_wait(int fd, const char *text, double deadline)
{
	char buf[4096], seen[8192];
	size_t len = 0, keep = strlen(text);
	struct pollfd p = { .fd = fd, .events = POLLIN };
	ssize_t n;

	while (bench_ms() < deadline) {
		if (poll(&p, 1, 50) <= 0)
			continue;
		if ((n = read(fd, buf, sizeof buf)) <= 0)
			return -1;
		if (len + (size_t)n >= sizeof seen) { /* keep the tail only */
			memmove(seen, seen + len - keep, keep);
			len = keep;
		}
		memcpy(seen + len, buf, (size_t)n);
		len += (size_t)n;
		seen[len] = '\0';
		if (strstr(seen, text) != NULL) /* curses writes no NUL bytes */
			return 0;
	}
	return -1;
}

/* Start argv on a fresh 100x30 terminal; ms until `text` is drawn. */
static double
bench_pty_run(char **argv, const char *text, long *rss)
{
	struct winsize ws = { .ws_row = 30, .ws_col = 100 };
	struct rusage ru;
	char buf[4096];
	double t0 = bench_ms(), t;
	int fd, status;
	pid_t pid;

	if ((pid = forkpty(&fd, NULL, NULL, &ws)) < 0)
		bench_die("forkpty", NULL);
	if (pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		execvp(argv[0], argv);
		_exit(127);
	}
	if (bench_pty_wait(fd, text, t0 + 10000) != 0) {
		fprintf(stderr, "bench: %s never drew \"%s\"\n", argv[0], text);
		kill(pid, SIGTERM);
		t = -1;
	} else
		t = bench_ms() - t0;
	if (write(fd, "q", 1) != 1)
		kill(pid, SIGTERM);
	while (read(fd, buf, sizeof buf) > 0)
		; /* drain until the program has gone */
	if (wait4(pid, &status, 0, &ru) < 0)
		bench_die("wait", NULL);
	close(fd);
	*rss = ru.ru_maxrss;
	return t;
}

/* `exec` and `pty`: median, p95 and the largest max RSS of n runs. */
static int
bench_repeat(int n, bool pty, bool warm, const char *text, char **argv)
{
	double *v = xcalloc((size_t)n, sizeof *v);
	long rss, top = 0;

	if (warm && pty)
		bench_pty_run(argv, text, &rss); /* warm-up: page cache, dynamic linker */
	else if (warm)
		bench_run(argv, &rss);
	for (int i = 0; i < n; i++) {
		v[i] = pty ? bench_pty_run(argv, text, &rss) : bench_run(argv, &rss);
		if (rss > top)
			top = rss;
	}
	printf("median_ms %.3f p95_ms %.3f maxrss_kb %ld\n", bench_pct(v, (size_t)n, 50),
	    bench_pct(v, (size_t)n, 95), top);
	free(v);
	return 0;
}

/* `race`: commands compared with each other are run in turns, each round
 * in a rotated order, so that a busy moment of the machine falls on all of
 * them alike instead of on whichever ran then. */
static int
bench_race(int n, int argc, char **argv)
{
	char **cmd[8];
	double *v[8];
	long rss, top[8] = { 0 };
	int k = 0;

	cmd[k++] = argv;
	for (int i = 0; i < argc; i++)
		if (strcmp(argv[i], "::") == 0) {
			if (k == 8 || i + 1 == argc)
				bench_die("race", "up to 8 commands, each after \"::\"");
			argv[i] = NULL;
			cmd[k++] = argv + i + 1;
		}
	for (int c = 0; c < k; c++) {
		v[c] = xcalloc((size_t)n, sizeof *v[c]);
		bench_run(cmd[c], &rss); /* warm-up: page cache, dynamic linker */
	}
	for (int i = 0; i < n; i++)
		for (int j = 0; j < k; j++) {
			int c = (i + j) % k;

			v[c][i] = bench_run(cmd[c], &rss);
			if (rss > top[c])
				top[c] = rss;
		}
	for (int c = 0; c < k; c++) {
		printf("median_ms %.3f p95_ms %.3f maxrss_kb %ld\n", bench_pct(v[c], (size_t)n, 50),
		    bench_pct(v[c], (size_t)n, 95), top[c]);
		free(v[c]);
	}
	return 0;
}

/* The reference for the first screen: curses, the database, one query. */
static int
bench_mini(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	SCREEN *scr;
	int rows, cols;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db,
	        "SELECT count(*) FROM lift WHERE removed_by IS NULL"
	        " AND date = date('now')",
	        -1, &st, NULL) != SQLITE_OK)
		bench_die(path, sqlite3_errmsg(db));
	sqlite3_step(st);
	sqlite3_finalize(st);
	if ((scr = newterm(NULL, stdout, stdin)) == NULL)
		bench_die("newterm", "no terminal");
	set_term(scr);
	cbreak();
	noecho();
	getmaxyx(stdscr, rows, cols);
	box(stdscr, 0, 0);
	mvaddstr(1, 2, "herstel");
	mvaddnstr(rows - 1, 0, " q quit", cols);
	refresh();
	while (getch() != 'q')
		;
	endwin();
	delscreen(scr);
	sqlite3_close(db);
	return 0;
}

/* Catalogue hook for store_custom_exercises, as cli.c has it. */
static int
bench_add_custom(void *arg, const struct exercise_def *def, char **cause)
{
	return catalogue_add(arg, def, cause);
}

/* What the interactive app does before its first frame, minus curses. */
static double
bench_startup(const char *path, hs_minute now, const struct rc *rc)
{
	struct group_status board[GROUP_COUNT];
	struct signal sig[16];
	struct store_events ev;
	struct store_day day;
	struct signals_input si;
	struct catalogue *cat;
	struct store *s;
	char *cause = NULL;
	double t0 = bench_ms(), t;

	cat = catalogue_builtin();
	if ((s = store_open(path, &cause)) == NULL ||
	    store_custom_exercises(s, bench_add_custom, cat, &cause) != 0)
		bench_die(path, cause);
	store_data_version(s);
	if (store_load_day(s, stamp_date(now), &day, &cause) != 0 ||
	    store_load_events(s, now, &rc->recovery, &ev, &cause) != 0)
		bench_die(path, cause);
	recovery_board(&rc->recovery, &ev.in, now, board);
	recovery_sort(board, GROUP_COUNT);
	si = (struct signals_input){ .events = &ev.in,
		.days = ev.days,
		.ndays = ev.ndays,
		.level = rc->level,
		.week_start = rc->week_start,
		.sleep_target = rc->sleep_target };
	signals_compute(&rc->recovery, &si, now, sig, HS_ARRAY_LEN(sig));
	t = bench_ms() - t0;
	store_day_free(&day);
	store_events_free(&ev);
	store_close(s);
	catalogue_free(cat);
	return t;
}

/* SQLite alone: the board's sets query, bare, for the same window. */
static double
bench_raw(sqlite3_stmt *st, hs_date from, hs_date to)
{
	char a[DATE_BUF], b[DATE_BUF];
	double t0 = bench_ms();

	date_format(from, a);
	date_format(to, b);
	sqlite3_bind_text(st, 1, a, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, b, -1, SQLITE_TRANSIENT);
	while (sqlite3_step(st) == SQLITE_ROW)
		(void)sqlite3_column_text(st, 4);
	sqlite3_reset(st);
	return bench_ms() - t0;
}

/* Print p50, p99 and max of one query's times over the weeks. */
static void
bench_print(const char *name, double *v, size_t n)
{
	double max = 0;

	for (size_t i = 0; i < n; i++)
		if (v[i] > max)
			max = v[i];
	printf("%s p50_ms %.4f p99_ms %.4f max_ms %.4f\n", name, bench_pct(v, n, 50),
	    bench_pct(v, n, 99), max);
}

/* Each week's median over the passes, into pass 0. */
static void
bench_fold(double v[BENCH_PASSES][BENCH_WEEKS])
{
	double w[BENCH_PASSES];

	for (int i = 0; i < BENCH_WEEKS; i++) {
		for (int p = 0; p < BENCH_PASSES; p++)
			w[p] = v[p][i];
		v[0][i] = bench_pct(w, BENCH_PASSES, 50);
	}
}

/* One pass over 520 consecutive weeks back from now: each screen's queries. */
static void
bench_pass(struct store *s, sqlite3_stmt *st, hs_date first, double *day, double *wk, double *board,
    double *raw)
{
	struct store_events ev;
	struct store_day d;
	struct recovery_params p;
	char *cause = NULL;
	double t0;

	recovery_params_default(&p);
	for (int w = 0; w < BENCH_WEEKS; w++, first -= 7) {
		t0 = bench_ms();
		if (store_load_day(s, first, &d, &cause) != 0)
			bench_die("day", cause);
		day[w] = bench_ms() - t0;
		store_day_free(&d);
		t0 = bench_ms();
		if (store_load_week(
		        s, first, stamp_make(first + 6, 24 * 60 - 1), &p, &ev, &cause) != 0)
			bench_die("week", cause);
		wk[w] = bench_ms() - t0;
		store_events_free(&ev);
		t0 = bench_ms();
		if (store_load_events(s, stamp_make(first + 6, 12 * 60), &p, &ev, &cause) != 0)
			bench_die("board", cause);
		board[w] = bench_ms() - t0;
		store_events_free(&ev);
		raw[w] = bench_raw(st, first - 7, first + 6);
	}
}

/* The screens' queries over 520 weeks, BENCH_PASSES times: the passes take
 * out what other processes on the machine did, not what the weeks differ in. */
static void
bench_weeks(const char *path, hs_minute now, const struct rc *rc)
{
	static double day[BENCH_PASSES][BENCH_WEEKS], wk[BENCH_PASSES][BENCH_WEEKS],
	    board[BENCH_PASSES][BENCH_WEEKS], raw[BENCH_PASSES][BENCH_WEEKS];
	hs_date first = week_start_date(stamp_date(now), rc->week_start);
	struct store *s;
	sqlite3 *db;
	sqlite3_stmt *st;
	char *cause = NULL;

	if ((s = store_open(path, &cause)) == NULL)
		bench_die(path, cause);
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db,
	        "SELECT l.id, l.date, l.time, l.exercise_id, e.name,"
	        " l.weight_kg, l.reps, l.rpe FROM lift l JOIN exercise e ON e.id = l.exercise_id"
	        " WHERE l.removed_by IS NULL AND l.date BETWEEN ?1 AND ?2",
	        -1, &st, NULL) != SQLITE_OK)
		bench_die(path, sqlite3_errmsg(db));
	for (int p = 0; p < BENCH_PASSES; p++)
		bench_pass(s, st, first, day[p], wk[p], board[p], raw[p]);
	bench_fold(day);
	bench_fold(wk);
	bench_fold(board);
	bench_fold(raw);
	bench_print("day", day[0], BENCH_WEEKS);
	bench_print("week", wk[0], BENCH_WEEKS);
	bench_print("board", board[0], BENCH_WEEKS);
	bench_print("raw14", raw[0], BENCH_WEEKS);
	sqlite3_finalize(st);
	sqlite3_close(db);
	store_close(s);
}

/* `screen`: start-up work (median of 11) and the per-week queries. */
static int
bench_screen(const char *path, const char *at)
{
	double v[11];
	struct rc rc;
	hs_minute now;

	if (stamp_parse(at, &now, NULL) != 0)
		bench_die(at, "not YYYY-MM-DD HH:MM");
	rc_defaults(&rc);
	bench_startup(path, now, &rc);
	for (size_t i = 0; i < HS_ARRAY_LEN(v); i++)
		v[i] = bench_startup(path, now, &rc);
	printf("startup median_ms %.3f\n", bench_pct(v, HS_ARRAY_LEN(v), 50));
	bench_weeks(path, now, &rc);
	rc_free(&rc);
	return 0;
}

/* `lifting`: what the quick-entry line and the history ask per exercise, in
 * process, for every exercise of the journal: its last session before 100
 * dates spread over the history (and a bare SQLite seek of the same date,
 * the reference), and its whole history, 3 times each. */
static int
bench_lifting(const char *path, const char *at)
{
	enum { DATES = 100, HISTORY_RUNS = 3 };
	struct store *s;
	sqlite3 *db;
	sqlite3_stmt *names, *seek;
	char *cause = NULL, date[DATE_BUF];
	struct rc rc;
	hs_minute now;
	double *last = NULL, *raw = NULL, *hist = NULL, t0, most = 0;
	size_t nlast = 0, nhist = 0, nsets = 0;

	if (stamp_parse(at, &now, NULL) != 0)
		bench_die(at, "not YYYY-MM-DD HH:MM");
	rc_defaults(&rc);
	if ((s = store_open(path, &cause)) == NULL)
		bench_die(path, cause);
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT name FROM exercise ORDER BY id", -1, &names, NULL) !=
	        SQLITE_OK ||
	    sqlite3_prepare_v2(db,
	        "SELECT max(l.date) FROM lift l JOIN exercise e ON e.id = l.exercise_id"
	        " WHERE e.name = ?1 AND l.date < ?2 AND l.removed_by IS NULL",
	        -1, &seek, NULL) != SQLITE_OK)
		bench_die(path, sqlite3_errmsg(db));
	while (sqlite3_step(names) == SQLITE_ROW) {
		struct exercise_def def = { .name = (char *)sqlite3_column_text(names, 0) };
		struct svc_last l;
		struct svc_history h;

		last = xreallocarray(last, nlast + DATES, sizeof *last);
		raw = xreallocarray(raw, nlast + DATES, sizeof *raw);
		for (int i = 0; i < DATES; i++, nlast++) {
			hs_date before = stamp_date(now) - i * 37;

			t0 = bench_ms();
			if (svc_last_session(s, &def, before, &l, &cause) != 0)
				bench_die("last session", cause);
			last[nlast] = bench_ms() - t0;
			svc_last_free(&l);
			date_format(before, date);
			t0 = bench_ms();
			sqlite3_bind_text(seek, 1, def.name, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(seek, 2, date, -1, SQLITE_TRANSIENT);
			while (sqlite3_step(seek) == SQLITE_ROW)
				;
			sqlite3_reset(seek);
			raw[nlast] = bench_ms() - t0;
		}
		hist = xreallocarray(hist, nhist + HISTORY_RUNS, sizeof *hist);
		for (int i = 0; i < HISTORY_RUNS; i++, nhist++) {
			t0 = bench_ms();
			if (svc_history(s, &rc, &def, &h, &cause) != 0)
				bench_die("history", cause);
			hist[nhist] = bench_ms() - t0;
			if ((double)h.nsets > most)
				most = (double)h.nsets, nsets = h.nsets;
			svc_history_free(&h);
		}
	}
	bench_print("last", last, nlast);
	bench_print("last_raw", raw, nlast);
	bench_print("history", hist, nhist);
	printf("history_sets most %zu\n", nsets);
	free(last);
	free(raw);
	free(hist);
	sqlite3_finalize(names);
	sqlite3_finalize(seek);
	sqlite3_close(db);
	store_close(s);
	rc_free(&rc);
/* What a lifter might look for: exercise names, the stress journal's day
 * and set notes in any case, words found nowhere, short ones. */
static const char *const bench_words[] = { "squat", "Bench", "curl", "travel", "HEAVY",
	"felt heavy", "knee", "zzzz", "ab", "e" };

#define BENCH_SEARCH_RUNS 21

/* One word's runs: svc_search with `limit`, into v. */
static void
bench_search_word(struct store *s, const char *w, size_t limit, double *v)
{
	struct store_hit *h;
	size_t n;
	char *cause = NULL;
	double t0;

	for (int r = 0; r < BENCH_SEARCH_RUNS; r++) {
		t0 = bench_ms();
		if (svc_search(s, w, limit, &h, &n, &cause) != 0)
			bench_die("search", cause);
		v[r] = bench_ms() - t0;
		store_hits_free(h, n);
	}
}

/* `search`: p50 and p99 over every run of every word. */
static int
bench_search(const char *path)
{
	enum { N = HS_ARRAY_LEN(bench_words) * BENCH_SEARCH_RUNS };
	static double shown[N], all[N], raw[N];
	struct store *s;
	sqlite3 *db;
	sqlite3_stmt *st;
	char *cause = NULL;

	if ((s = store_open(path, &cause)) == NULL)
		bench_die(path, cause);
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db,
	        "SELECT DISTINCT date FROM lift WHERE removed_by IS NULL AND note LIKE ?1"
	        " ORDER BY date DESC",
	        -1, &st, NULL) != SQLITE_OK)
		bench_die(path, sqlite3_errmsg(db));
	for (size_t i = 0; i < HS_ARRAY_LEN(bench_words); i++) {
		char *like = xasprintf("%%%s%%", bench_words[i]);

		bench_search_word(
		    s, bench_words[i], SVC_SEARCH_LIMIT, shown + i * BENCH_SEARCH_RUNS);
		bench_search_word(s, bench_words[i], 0, all + i * BENCH_SEARCH_RUNS);
		for (int r = 0; r < BENCH_SEARCH_RUNS; r++) {
			double t0 = bench_ms();

			sqlite3_bind_text(st, 1, like, -1, SQLITE_TRANSIENT);
			while (sqlite3_step(st) == SQLITE_ROW)
				(void)sqlite3_column_text(st, 0);
			sqlite3_reset(st);
			raw[i * BENCH_SEARCH_RUNS + (size_t)r] = bench_ms() - t0;
		}
		free(like);
		if (getenv("BENCH_WORDS") != NULL)
			printf("word %s p50_ms %.3f all_p50_ms %.3f\n", bench_words[i],
			    bench_pct(shown + i * BENCH_SEARCH_RUNS, BENCH_SEARCH_RUNS, 50),
			    bench_pct(all + i * BENCH_SEARCH_RUNS, BENCH_SEARCH_RUNS, 50));
	}
	bench_print("search", shown, N);
	bench_print("search_all", all, N);
	bench_print("search_raw", raw, N);
	sqlite3_finalize(st);
	sqlite3_close(db);
	store_close(s);
	return 0;
}

/* SQLite alone, same file and settings: one batch and one set per commit. */
static void
bench_save_raw(const char *path, int n)
{
	double *v = xcalloc((size_t)n, sizeof *v), t0;
	sqlite3 *db;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL", NULL, NULL,
	        NULL) != SQLITE_OK)
		bench_die(path, sqlite3_errmsg(db));
	for (int i = 0; i < n; i++) {
		t0 = bench_ms();
		if (sqlite3_exec(db,
		        "BEGIN IMMEDIATE; INSERT INTO batch (what) VALUES ('raw');"
		        " INSERT INTO lift (date, time, exercise_id, weight_kg, reps, rpe, batch)"
		        " VALUES ('2026-11-17', '18:30', 1, 100, 5, 8, last_insert_rowid()); "
		        "COMMIT",
		        NULL, NULL, NULL) != SQLITE_OK)
			bench_die("raw save", sqlite3_errmsg(db));
		v[i] = bench_ms() - t0;
	}
	printf("save_raw p50_ms %.3f p95_ms %.3f\n", bench_pct(v, (size_t)n, 50),
	    bench_pct(v, (size_t)n, 95));
	sqlite3_close(db);
	free(v);
}

/* `save`: one set per transaction, as `herstel log` or the a key does it. */
static int
bench_save(const char *path, int n)
{
	struct catalogue *cat = catalogue_builtin();
	const struct exercise_def *def = catalogue_find(cat, "squat", NULL);
	struct set_record r = { .weight_kg = 100, .reps = 5, .rpe = 8, .note = (char *)"" };
	double *v = xcalloc((size_t)n, sizeof *v), t0;
	char *cause = NULL;
	struct store *s;

	if ((s = store_open(path, &cause)) == NULL)
		bench_die(path, cause);
	r.at = stamp_make(date_from_ymd(2026, 11, 17), 18 * 60);
	for (int i = 0; i < n; i++) {
		t0 = bench_ms();
		if (store_begin(s, "log squat 1x5 100kg @8", &cause) != 0 ||
		    store_exercise_id(s, def, &r.exercise_id, &cause) != 0 ||
		    store_add_set(s, &r, &cause) != 0 || store_commit(s, &cause) != 0)
			bench_die("save", cause);
		v[i] = bench_ms() - t0;
	}
	printf("save p50_ms %.3f p95_ms %.3f\n", bench_pct(v, (size_t)n, 50),
	    bench_pct(v, (size_t)n, 95));
	store_close(s);
	catalogue_free(cat);
	free(v);
	bench_save_raw(path, n);
	return 0;
}

/* The median of n runs of PRAGMA `pragma` on a read-write connection of
 * its own, as the store runs it (read-only, SQLite skips the CHECKs). */
static double
bench_pragma(const char *path, const char *pragma, int n)
{
	double *v = xcalloc((size_t)n, sizeof *v), t0, m;
	sqlite3 *db;
	sqlite3_stmt *st;

	for (int i = 0; i < n; i++) {
		if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
		    sqlite3_prepare_v2(db, pragma, -1, &st, NULL) != SQLITE_OK)
			bench_die(pragma, sqlite3_errmsg(db));
		t0 = bench_ms();
		while (sqlite3_step(st) == SQLITE_ROW)
			;
		v[i] = bench_ms() - t0;
		sqlite3_finalize(st);
		sqlite3_close(db);
	}
	m = bench_pct(v, (size_t)n, 50);
	free(v);
	return m;
}

/* One save of a set, timed; `due` first sets the day of the last
 * quick_check back (untimed), so the save runs it. */
static double
bench_check_save(const char *path, bool due)
{
	struct catalogue *cat = catalogue_builtin();
	struct set_record r = { .weight_kg = 100, .reps = 5, .rpe = 8, .note = (char *)"" };
	char *cause = NULL;
	struct store *s;
	sqlite3 *db;
	double t0, ms;

	if (due &&
	    (sqlite3_open(path, &db) != SQLITE_OK ||
	        sqlite3_exec(db, "UPDATE checked SET day = '2000-01-01'", NULL, NULL, NULL) !=
	            SQLITE_OK))
		bench_die("check", sqlite3_errmsg(db));
	if (due)
		sqlite3_close(db);
	if ((s = store_open(path, &cause)) == NULL)
		bench_die(path, cause);
	r.at = stamp_make(date_from_ymd(2026, 11, 17), 18 * 60);
	t0 = bench_ms();
	if (store_begin(s, "log squat 1x5 100kg @8", &cause) != 0 ||
	    store_exercise_id(s, catalogue_find(cat, "squat", NULL), &r.exercise_id, &cause) != 0 ||
	    store_add_set(s, &r, &cause) != 0 || store_commit(s, &cause) != 0)
		bench_die("save", cause);
	ms = bench_ms() - t0;
	store_close(s);
	catalogue_free(cat);
	return ms;
}

static int
bench_check(const char *path, int n)
{
	double *v = xcalloc((size_t)n, sizeof *v), t0;
	char *cause = NULL;
	struct store *s;
	sqlite3 *db;

	for (int i = 0; i < n; i++) {
		t0 = bench_ms();
		if ((s = store_open_as(path, STORE_READ_ONLY, &cause)) == NULL)
			bench_die(path, cause);
		store_close(s);
		v[i] = bench_ms() - t0;
	}
	printf("open p50_ms %.3f\n", bench_pct(v, (size_t)n, 50));
	for (int i = 0; i < n; i++) {
		t0 = bench_ms();
		if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
		    sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) !=
		        SQLITE_OK)
			bench_die(path, sqlite3_errmsg(db));
		sqlite3_close(db);
		v[i] = bench_ms() - t0;
	}
	printf("open_raw p50_ms %.3f\n", bench_pct(v, (size_t)n, 50));
	for (int due = 1; due >= 0; due--) {
		for (int i = 0; i < n; i++)
			v[i] = bench_check_save(path, due);
		printf("%s p50_ms %.3f\n", due ? "save_due" : "save_checked",
		    bench_pct(v, (size_t)n, 50));
	}
	printf("quick_check p50_ms %.3f\n", bench_pragma(path, "PRAGMA quick_check", n));
	printf("integrity_check p50_ms %.3f\n", bench_pragma(path, "PRAGMA integrity_check", n));
	free(v);
	return 0;
}

int
main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";

	if (argc > 2 && strcmp(mode, "mini") != 0 && strcmp(mode, "screen") != 0 &&
	    strcmp(mode, "lifting") != 0 && strcmp(mode, "search") != 0 &&
	    strcmp(mode, "save") != 0 && strcmp(mode, "check") != 0 && atoi(argv[2]) < 1)
		bench_die(mode, "N must be a number of runs, 1 or more");

	if (strcmp(mode, "exec") == 0 && argc > 3)
		return bench_repeat(atoi(argv[2]), false, true, NULL, argv + 3);
	if (strcmp(mode, "cold") == 0 && argc > 3)
		return bench_repeat(atoi(argv[2]), false, false, NULL, argv + 3);
	if (strcmp(mode, "race") == 0 && argc > 3)
		return bench_race(atoi(argv[2]), argc - 3, argv + 3);
	if (strcmp(mode, "pty") == 0 && argc > 4)
		return bench_repeat(atoi(argv[2]), true, true, argv[3], argv + 4);
	if (strcmp(mode, "mini") == 0 && argc == 3)
		return bench_mini(argv[2]);
	if (strcmp(mode, "screen") == 0 && argc == 4)
		return bench_screen(argv[2], argv[3]);
	if (strcmp(mode, "lifting") == 0 && argc == 4)
		return bench_lifting(argv[2], argv[3]);
	if (strcmp(mode, "search") == 0 && argc == 3)
		return bench_search(argv[2]);
	if (strcmp(mode, "save") == 0 && argc == 4)
		return bench_save(argv[2], atoi(argv[3]));
	if (strcmp(mode, "check") == 0 && argc == 4)
		return bench_check(argv[2], atoi(argv[3]));
	fprintf(stderr,
	    "usage: bench exec|cold N CMD... | race N CMD... :: CMD... |"
	    " pty N TEXT CMD... | mini DB |"
	    " screen DB 'YYYY-MM-DD HH:MM' | lifting DB 'YYYY-MM-DD HH:MM' | search DB |"
	    " save DB N | check DB N\n");
	return 2;
}
