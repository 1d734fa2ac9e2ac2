/* ui.c: the top of the interactive journal: terminal checks, curses,
 * signals, layout, the screen table and stack, and the main loop. The
 * screens live in ui_day.c, ui_week.c, ui_help.c, ui_form*.c, ui_export.c
 * and ui_place.c; what they draw with in ui_draw.c. */
#include "config.h"

#include "ui.h"

#include <curses.h>
#include <langinfo.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <term.h> /* setupterm: after the others, its macros are many */

#include "i18n.h"
#include "rc.h"
#include "ui_day.h"
#include "ui_draw.h"
#include "ui_place.h"
#include "ui_rest.h"
#include "util.h"

/* How often the loop wakes without a key: signals, other writers, the clock. */
#define UI_TICK_MS 1000

/* The one allowed static: set by the signal handler, read by the loop. */
static volatile sig_atomic_t ui_signalled;

/* SIGINT, SIGTERM, SIGHUP: leave the loop at the next tick. */
static void
ui_on_signal(int sig)
{
	ui_signalled = sig;
}

/* SIGSEGV, SIGABRT: give the terminal back (best effort), then die as usual. */
static void
ui_on_fatal(int sig)
{
	endwin();
	signal(sig, SIG_DFL);
	raise(sig);
}

static const int ui_quit_signals[] = { SIGINT, SIGTERM, SIGHUP };
static const int ui_fatal_signals[] = { SIGSEGV, SIGABRT };

/* Install the handlers, keeping the old ones in `old` (5 entries). */
static void
ui_signals_install(struct sigaction old[5])
{
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = ui_on_signal; /* no SA_RESTART: getch returns at once */
	for (i = 0; i < HS_ARRAY_LEN(ui_quit_signals); i++)
		sigaction(ui_quit_signals[i], &sa, &old[i]);
	sa.sa_handler = ui_on_fatal;
	sa.sa_flags = SA_RESETHAND;
	for (size_t j = 0; j < HS_ARRAY_LEN(ui_fatal_signals); j++)
		sigaction(ui_fatal_signals[j], &sa, &old[i + j]);
}

/* Put the old handlers back. */
static void
ui_signals_restore(const struct sigaction old[5])
{
	size_t i;

	for (i = 0; i < HS_ARRAY_LEN(ui_quit_signals); i++)
		sigaction(ui_quit_signals[i], &old[i], NULL);
	for (size_t j = 0; j < HS_ARRAY_LEN(ui_fatal_signals); j++)
		sigaction(ui_fatal_signals[j], &old[i + j], NULL);
}

/* Can curses run here? Checked before it starts, so errors go to the CLI. */
static SCREEN *
ui_terminal(char **cause)
{
	const char *term = getenv("TERM");
	SCREEN *scr;
	char *cup;
	int err = 0;

	if (term == NULL || *term == '\0') {
		util_fail(cause, "%s", _("TERM is not set: cannot use the terminal"));
		return NULL;
	}
	/* Ask terminfo first: with errret, setupterm reports instead of exiting. */
	if (setupterm(term, STDOUT_FILENO, &err) != OK || err != 1) {
		util_fail(cause, _("unknown terminal type \"%s\""), term);
		return NULL;
	}
	/* A terminal that cannot move the cursor (TERM=dumb, emacs' shell)
	 * would get a screen drawn blind, line after line. */
	cup = tigetstr("cup");
	if (cup == NULL || cup == (char *)-1) {
		del_curterm(cur_term);
		util_fail(cause,
		    _("the terminal \"%s\" cannot move the cursor, which the journal screen"
		    " needs; run herstel in a full terminal (TERM=xterm-256color, for one), or"
		    " use its commands (herstel --help)"),
		    term);
		return NULL;
	}
	del_curterm(cur_term);
	if (!isatty(STDIN_FILENO)) {
		util_fail(cause, "%s",
		    _("not a terminal: standard input (the journal screen needs one)"));
		return NULL;
	}
	if (!isatty(STDOUT_FILENO)) {
		util_fail(cause, "%s",
		    _("not a terminal: standard output (the journal screen needs one)"));
		return NULL;
	}
	/* newterm, unlike initscr, returns NULL instead of exiting. */
	if ((scr = newterm(NULL, stdout, stdin)) == NULL)
		util_fail(cause, _("unknown terminal type \"%s\""), term);
	return scr;
}

/* Colours only where the terminal has them and the user has not said no. */
static bool
ui_want_color(const struct rc *rc)
{
	const char *no = getenv("NO_COLOR");

	return rc->color && (no == NULL || *no == '\0') && has_colors();
}

/* Curses modes and the palette; 8 colours are enough. */
static void
ui_curses_init(struct app *a)
{
	const char *cs = nl_langinfo(CODESET);

	a->utf8 = cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	wtimeout(stdscr, UI_TICK_MS);
	if ((a->color = ui_want_color(a->rc))) {
		start_color();
		use_default_colors();
		init_pair(C_READY, COLOR_GREEN, -1);
		init_pair(C_DUE, COLOR_CYAN, -1);
		init_pair(C_ALMOST, COLOR_YELLOW, -1);
		init_pair(C_RECOVERING, COLOR_RED, -1);
		init_pair(C_WARN, COLOR_YELLOW, -1);
		init_pair(C_ERROR, COLOR_RED, -1);
		init_pair(C_TITLE, COLOR_CYAN, -1);
	}
}

/* Drop the panel windows. */
static void
ui_layout_free(struct app *a)
{
	WINDOW **w[] = { &a->head, &a->logw, &a->boardw, &a->foot, &a->full };

	for (size_t i = 0; i < HS_ARRAY_LEN(w); i++) {
		if (*w[i] != NULL)
			delwin(*w[i]);
		*w[i] = NULL;
	}
}

/* The log pane's width: the board takes what its rows need (UI_BOARD_COLS,
 * the longest bar and the ready time) and not a column more, so the log,
 * where notes and long names are, grows with the window. In a narrow one
 * the log keeps two fifths, and at least a set line with its RPE. */
static int
ui_log_width(int cols)
{
	int logw = cols * 2 / 5 < UI_LOG_MIN_COLS ? UI_LOG_MIN_COLS : cols * 2 / 5;

	return cols - logw > UI_BOARD_COLS ? cols - UI_BOARD_COLS : logw;
}

/* Size the panels to the terminal: header, log | board, three foot lines. */
static void
ui_layout(struct app *a)
{
	int body, logw;

	ui_layout_free(a);
	a->cursor.win = NULL; /* it pointed into a window just deleted */
	getmaxyx(stdscr, a->rows, a->cols);
	werase(stdscr);
	clearok(curscr, TRUE); /* repaint all: what the terminal shows is unknown */
	a->too_small = a->cols < UI_MIN_COLS || a->rows < UI_MIN_ROWS;
	a->dirty = UI_ALL;
	if (a->too_small)
		return;
	body = a->rows - 4;
	logw = ui_log_width(a->cols);
	a->head = newwin(1, a->cols, 0, 0);
	a->logw = newwin(body, logw, 1, 0);
	a->boardw = newwin(body, a->cols - logw, 1, logw);
	a->full = newwin(body, a->cols, 1, 0);
	a->foot = newwin(3, a->cols, a->rows - 3, 0);
}

/* The notice that replaces the screen while it is too small. */
static void
ui_draw_small(struct app *a)
{
	char line[80];
	int y = a->rows / 2 - 1, x;

	werase(stdscr);
	snprintf(line, sizeof line, "%s", _("terminal too small"));
	x = (a->cols - ui_width(line)) / 2;
	ui_put(stdscr, y < 0 ? 0 : y, x < 0 ? 0 : x, a->cols, line);
	/* TRANSLATORS: the terminal's size and the least herstel needs, as
	 * columns x rows: "50x12, need 60x16". */
	snprintf(
	    line, sizeof line, _("%dx%d, need %dx%d"), a->cols, a->rows, UI_MIN_COLS, UI_MIN_ROWS);
	x = (a->cols - ui_width(line)) / 2;
	ui_put(stdscr, y + 1 < a->rows ? y + 1 : 0, x < 0 ? 0 : x, a->cols, line);
	wnoutrefresh(stdscr);
}

/* The screens by id. */
static const struct ui_screen *const ui_screens[SCREEN_COUNT] = {
	[SCREEN_DAY] = &ui_day_screen,
	[SCREEN_HELP] = &ui_help_screen,
	[SCREEN_WEEK] = &ui_week_screen,
	[SCREEN_ENTRY] = &ui_entry_screen,
	[SCREEN_SORE] = &ui_sore_screen,
	[SCREEN_SLEEP] = &ui_sleep_screen,
	[SCREEN_DAYFORM] = &ui_dayform_screen,
	[SCREEN_DELETE] = &ui_delete_screen,
	[SCREEN_FUTURE] = &ui_future_screen,
	[SCREEN_EXPORT] = &ui_export_screen,
	[SCREEN_PLACE] = &ui_place_screen,
	[SCREEN_MONTH] = &ui_month_screen,
	[SCREEN_GOTO] = &ui_goto_screen,
	[SCREEN_PLATES] = &ui_plates_screen,
	[SCREEN_SEARCH] = &ui_search_screen,
	[SCREEN_HISTORY] = &ui_history_screen,
};

const struct ui_screen *
ui_screen_of(enum ui_screen_id id)
{
	return ui_screens[id];
}

struct ui_arg
ui_arg_none(void)
{
	return (
	    struct ui_arg){ .item = -1, .week = UI_NO_WEEK, .then = SCREEN_DAY, .of = SCREEN_DAY };
}

struct ui_react
ui_stay(unsigned redraw)
{
	return (struct ui_react){ .redraw = redraw, .go = GO_STAY };
}

struct ui_react
ui_open(enum ui_screen_id id, struct ui_arg arg)
{
	return (struct ui_react){ .go = GO_OPEN, .open = id, .arg = arg };
}

struct ui_react
ui_close(unsigned redraw)
{
	return (struct ui_react){ .redraw = redraw, .go = GO_CLOSE };
}

struct ui_react
ui_swap(enum ui_screen_id id, struct ui_arg arg)
{
	return (struct ui_react){ .go = GO_SWAP, .open = id, .arg = arg };
}

unsigned
ui_go(struct app *a, hs_date day)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	if (y < DATE_MIN_YEAR || y > DATE_MAX_YEAR)
		return 0;
	a->day = day;
	a->sel = 0;
	return UI_RELOAD;
}

/* Push screen `id`; false when it stays closed. */
static bool
ui_push(struct app *a, enum ui_screen_id id, const struct ui_arg *arg)
{
	void *st = NULL;

	if (a->depth == UI_STACK_MAX || !ui_screens[id]->open(a, arg, &st))
		return false;
	a->stack[a->depth].id = id;
	a->stack[a->depth++].st = st;
	a->cursor.win = NULL;
	return true;
}

/* Close the top screen (never the day view at the bottom). */
static void
ui_pop(struct app *a)
{
	if (a->depth <= 1)
		return;
	a->depth--;
	ui_screens[a->stack[a->depth].id]->free(a->stack[a->depth].st);
	a->cursor.win = NULL;
}

/* Act on a reaction; returns what to redraw and reload. */
static unsigned
ui_react(struct app *a, struct ui_react r)
{
	switch (r.go) {
	case GO_STAY:
		return r.redraw;
	case GO_CLOSE:
		ui_pop(a);
		return r.redraw | UI_ALL;
	case GO_SWAP:
		ui_pop(a);
		ui_push(a, r.open, &r.arg);
		return r.redraw | UI_ALL;
	case GO_OPEN:
		return ui_push(a, r.open, &r.arg) ? r.redraw | UI_ALL : r.redraw | UI_FOOT;
	}
	return r.redraw;
}

/* Redraw what is dirty: the stack from the lowest screen that shows, each
 * told the panels no screen above it covers; one doupdate. */
static void
ui_draw(struct app *a)
{
	size_t low = a->depth - 1;
	unsigned covered = 0, dirty;

	if (a->too_small) {
		ui_draw_small(a);
		doupdate();
		a->dirty = 0;
		return;
	}
	if (a->dirty == UI_ALL)
		wnoutrefresh(stdscr); /* erased by the layout; keeps getch from
		                        * refreshing it over the panels later */
	while (low > 0 && ui_screens[a->stack[low].id]->covers != UI_ALL)
		low--;
	for (size_t i = low; i < a->depth; i++) {
		covered = 0;
		for (size_t j = i + 1; j < a->depth; j++)
			covered |= ui_screens[a->stack[j].id]->covers;
		dirty = a->dirty & ~covered;
		if (dirty != 0 || i + 1 == a->depth)
			ui_screens[a->stack[i].id]->draw(
			    a, a->stack[i].st, dirty, i + 1 == a->depth);
	}
	curs_set(a->cursor.win != NULL ? 1 : 0);
	if (a->cursor.win != NULL) {
		wmove(a->cursor.win, a->cursor.y, a->cursor.x);
		wnoutrefresh(a->cursor.win);
	}
	doupdate();
	a->dirty = 0;
}

/* Clock, midnight and other writers, checked on every pass of the loop. */
static unsigned
ui_tick(struct app *a)
{
	hs_minute now = a->pinned != HS_NO_TIME ? a->pinned : date_now_local();
	unsigned r = 0;

	if (stamp_date(now) != a->today) {
		ui_rest_tick(a);
		if (a->day == a->today)
			a->day = stamp_date(now); /* viewing today follows today */
		a->today = stamp_date(now);
		a->now = now;
		return UI_RELOAD;
	}
	if (now != a->now) {
		a->now = now;
		ui_day_board(a);
		r |= UI_BOARD | UI_FOOT;
	}
	if (store_data_version(a->store) != a->data_version)
		r |= UI_RELOAD;
	return r | ui_rest_tick(a);
}

/* Read one key: a character or KEYS_FN | a curses key; ERR on timeout. */
static int
ui_getkey(int *code)
{
	wint_t wc;
	int r = wget_wch(stdscr, &wc);

	if (r == ERR)
		return ERR;
	*code = r == KEY_CODE_YES ? KEYS_FN | (int)wc : (int)wc;
	return OK;
}

/* Send a key to the top screen, through its key table. */
static unsigned
ui_key(struct app *a, int code)
{
	const struct ui_screen *s = ui_screens[a->stack[a->depth - 1].id];
	int action = s->keys >= 0 ? keys_lookup(&a->keys[s->keys], code) : KEYS_NONE;

	if (a->too_small)
		return code == 'q' ? UI_QUIT : 0;
	a->dirty |= ui_rest_seen(a);
	return ui_react(a, s->key(a, a->stack[a->depth - 1].st, action, code));
}

/* The loop: tick, reload, draw, wait for a key. */
static void
ui_loop(struct app *a)
{
	unsigned r = UI_RELOAD;
	int code;

	while (!ui_signalled) {
		r |= ui_tick(a);
		if (r & UI_RELOAD) {
			ui_day_load(a);
			for (size_t i = 0; i < a->depth; i++)
				if (ui_screens[a->stack[i].id]->reload != NULL)
					ui_screens[a->stack[i].id]->reload(a, a->stack[i].st);
			r |= UI_ALL;
		}
		a->dirty |= r & UI_ALL;
		if (a->dirty != 0)
			ui_draw(a);
		r = 0;
		/* Wake when the countdown's second changes, else at the tick
		 * that notices the clock and other writers. */
		wtimeout(stdscr, ui_rest_wait(a, UI_TICK_MS));
		if (ui_getkey(&code) == ERR)
			continue;
		if (code == (KEYS_FN | KEY_RESIZE)) {
			ui_layout(a);
			continue;
		}
		r = ui_key(a, code);
		if (r & UI_QUIT)
			break;
	}
}

/* Collect a warning of herstelrc for the status line. */
static void
ui_warn(struct app *a, const char *msg)
{
	size_t len = strlen(a->status);

	snprintf(a->status + len, sizeof a->status - len, "%s%s", len > 0 ? "; " : "", msg);
	a->status_error = true;
}

/* The app's state before the first draw: the day view open. */
static void
ui_app_init(struct app *a, struct store *s, const struct rc *rc, struct catalogue *cat,
    hs_minute now_pinned)
{
	struct ui_arg none = ui_arg_none();

	memset(a, 0, sizeof *a);
	a->store = s;
	a->rc = rc;
	a->cat = cat;
	a->pinned = now_pinned;
	a->now = now_pinned != HS_NO_TIME ? now_pinned : date_now_local();
	a->today = a->day = stamp_date(a->now);
	a->data_version = -1;
	keys_init(a->keys);
	keys_apply(a->keys, rc);
	for (size_t i = 0; i < rc->nwarnings; i++)
		ui_warn(a, rc->warnings[i]);
	a->status_error = a->status[0] != '\0';
	ui_place_offer(a);
	ui_push(a, SCREEN_DAY, &none);
}

int
ui_run(
    struct store *s, const struct rc *rc, struct catalogue *cat, hs_minute now_pinned, char **cause)
{
	struct sigaction old[5];
	struct app a;
	SCREEN *scr;

	if ((scr = ui_terminal(cause)) == NULL)
		return -1;
	set_term(scr);
	ui_app_init(&a, s, rc, cat, now_pinned);
	ui_signals_install(old);
	ui_curses_init(&a);
	ui_layout(&a);
	ui_loop(&a);
	ui_layout_free(&a);
	endwin();
	delscreen(scr);
	ui_signals_restore(old);
	ui_signalled = 0;
	/* No batch stays open across a key, but make sure of it. */
	store_rollback(s);
	while (a.depth > 1)
		ui_pop(&a);
	ui_day_screen.free(a.stack[0].st);
	ui_day_free(&a);
	return 0;
}
