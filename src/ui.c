/* ui.c: the interactive journal: terminal checks, curses, signals, layout and
 * the main loop. Screens live in ui_day.c and ui_form.c. */
#include "config.h"

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
#include "ui.h"
#include "ui_day.h"
#include "ui_export.h"
#include "ui_place.h"
#include "ui_form.h"
#include "ui_week.h"
#include "util.h"

/* The characters of one line of text the screens measure, fit and draw:
 * more than the longest line (a note of ENTRY_NOTE_MAX bytes and its set)
 * and than any terminal is wide, so a cut is always the fitting's. */
#define UI_TEXT_MAX 1024

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
		util_fail(cause, "TERM is not set: cannot use the terminal");
		return NULL;
	}
	/* Ask terminfo first: with errret, setupterm reports instead of exiting. */
	if (setupterm(term, STDOUT_FILENO, &err) != OK || err != 1) {
		util_fail(cause, "unknown terminal type \"%s\"", term);
		return NULL;
	}
	/* A terminal that cannot move the cursor (TERM=dumb, emacs' shell)
	 * would get a screen drawn blind, line after line. */
	cup = tigetstr("cup");
	if (cup == NULL || cup == (char *)-1) {
		del_curterm(cur_term);
		util_fail(cause,
		    "the terminal \"%s\" cannot move the cursor, which the journal screen"
		    " needs; run herstel in a full terminal (TERM=xterm-256color, for one), or"
		    " use its commands (herstel --help)",
		    term);
		return NULL;
	}
	del_curterm(cur_term);
	if (!isatty(STDIN_FILENO)) {
		util_fail(cause, "not a terminal: standard input (the journal screen needs one)");
		return NULL;
	}
	if (!isatty(STDOUT_FILENO)) {
		util_fail(cause, "not a terminal: standard output (the journal screen needs one)");
		return NULL;
	}
	/* newterm, unlike initscr, returns NULL instead of exiting. */
	if ((scr = newterm(NULL, stdout, stdin)) == NULL)
		util_fail(cause, "unknown terminal type \"%s\"", term);
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

attr_t
ui_attr(const struct app *a, enum ui_color c)
{
	if (c == C_TITLE)
		return A_BOLD | (a->color ? COLOR_PAIR(c) : 0);
	if (!a->color || c == C_NONE)
		return c == C_ERROR ? A_BOLD : A_NORMAL;
	return COLOR_PAIR(c) | (c == C_ERROR || c == C_RECOVERING ? A_BOLD : 0);
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
	a->form.cwin = NULL; /* it pointed into a window just deleted */
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

/* Redraw what is dirty; one doupdate. */
static void
ui_draw(struct app *a)
{
	if (a->too_small) {
		ui_draw_small(a);
	} else if (a->mode == MODE_WEEK) {
		if (a->dirty == UI_ALL)
			wnoutrefresh(stdscr);
		ui_week_draw(a);
	} else if (a->mode == MODE_EXPORT) {
		if (a->dirty == UI_ALL)
			wnoutrefresh(stdscr);
		ui_export_draw(a);
		ui_form_cursor(a);
	} else if (a->mode == MODE_PLACE) {
		if (a->dirty == UI_ALL)
			wnoutrefresh(stdscr);
		ui_place_draw(a);
	} else {
		if (a->dirty == UI_ALL)
			wnoutrefresh(stdscr); /* erased by the layout; keeps getch from
			                        * refreshing it over the panels later */
		if (a->dirty & UI_HEAD)
			ui_day_draw_head(a);
		if (a->mode == MODE_HELP && (a->dirty & (UI_LOG | UI_BOARD)))
			ui_day_draw_help(a);
		else {
			if (a->dirty & UI_BOARD)
				ui_day_draw_board(a);
			if ((a->dirty & UI_LOG) &&
			    (a->mode == MODE_SORE || a->mode == MODE_SLEEP ||
			        a->mode == MODE_DAYFORM))
				ui_form_draw(a);
			else if (a->dirty & UI_LOG)
				ui_day_draw_log(a);
		}
		if (a->dirty & UI_FOOT)
			ui_day_draw_foot(a);
		ui_form_cursor(a);
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
	return r;
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

/* Send a key to the open screen or form. */
static unsigned
ui_key(struct app *a, int code)
{
	if (a->too_small)
		return code == 'q' ? UI_QUIT : 0;
	switch (a->mode) {
	case MODE_DAY:
		return ui_day_key(a, code);
	case MODE_HELP:
		a->mode = MODE_DAY;
		return UI_ALL;
	case MODE_WEEK:
		return ui_week_key(a, code);
	case MODE_EXPORT:
		return ui_export_key(a, code);
	case MODE_PLACE:
		return ui_place_key(a, code);
	default:
		return ui_form_key(a, code);
	}
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
			if (a->mode == MODE_WEEK)
				ui_week_load(a);
			r |= UI_ALL;
		}
		a->dirty |= r & UI_ALL;
		if (a->dirty != 0)
			ui_draw(a);
		r = 0;
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

/* Collect a key table warning for the status line. */
static void
ui_warn(void *arg, const char *msg)
{
	struct app *a = arg;
	size_t len = strlen(a->status);

	snprintf(a->status + len, sizeof a->status - len, "%s%s", len > 0 ? "; " : "", msg);
	a->status_error = true;
}

/* The app's state before the first draw. */
static void
ui_app_init(struct app *a, struct store *s, const struct rc *rc, struct catalogue *cat,
    hs_minute now_pinned)
{
	memset(a, 0, sizeof *a);
	a->store = s;
	a->rc = rc;
	a->cat = cat;
	a->pinned = now_pinned;
	a->now = now_pinned != HS_NO_TIME ? now_pinned : date_now_local();
	a->today = a->day = stamp_date(a->now);
	a->data_version = -1;
	keys_init(&a->keys);
	keys_apply(&a->keys, rc, ui_warn, a);
	for (size_t i = 0; i < rc->nwarnings; i++)
		ui_warn(a, rc->warnings[i]);
	a->status_error = a->status[0] != '\0';
	ui_place_offer(a);
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
	ui_day_free(&a);
	ui_week_free(&a);
	ui_export_free(&a);
	ui_place_free(&a);
	return 0;
}

void
ui_status(struct app *a, bool error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(a->status, sizeof a->status, fmt, ap);
	va_end(ap);
	a->status_error = error;
	a->dirty |= UI_FOOT;
}

/* Decode UTF-8 into `out`; undecodable bytes become '?'. Returns the count. */
static size_t
ui_decode(const char *s, wchar_t *out, size_t max)
{
	mbstate_t mbs;
	size_t n = 0, len = strlen(s), k;

	memset(&mbs, 0, sizeof mbs);
	while (len > 0 && n < max) {
		k = mbrtowc(&out[n], s, len, &mbs);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			memset(&mbs, 0, sizeof mbs);
			out[n] = L'?';
			k = 1;
		}
		if (wcwidth(out[n]) < 0)
			out[n] = L'?';
		n++;
		s += k;
		len -= k;
	}
	return n;
}

void
ui_put(WINDOW *w, int y, int x, int width, const char *s)
{
	wchar_t buf[UI_TEXT_MAX];
	size_t n = ui_decode(s, buf, HS_ARRAY_LEN(buf)), i;
	int used = 0, cw;

	for (i = 0; i < n; i++) {
		cw = wcwidth(buf[i]);
		if (used + cw > width)
			break;
		used += cw;
	}
	if (i > 0)
		mvwaddnwstr(w, y, x, buf, (int)i);
}

/* Where to cut buf[0..n) to show it in `width` columns, never in a word
 * with a digit in it (so a number shown is the whole number) and, when an
 * earlier space allows, never in a word at all. Returns the characters to
 * keep; *mark is 0 when all fit, 1 for the cut mark right after them (a
 * long first word cut inside), 2 for a space and then the mark. */
static size_t
ui_fit_cut(const wchar_t *buf, size_t n, int width, int *mark)
{
	size_t i, ws;
	int used = 0;
	bool digit = false;

	for (i = 0; i < n; i++)
		used += wcwidth(buf[i]);
	*mark = 0;
	if (used <= width)
		return n;
	/* Room for " ~" after the kept words. */
	for (i = 0, used = 0; i < n && used + wcwidth(buf[i]) <= width - 2; i++)
		used += wcwidth(buf[i]);
	/* ws: the start of the word the cut falls in (i itself at a space). */
	for (ws = i; ws > 0 && buf[i] != L' ' && buf[ws - 1] != L' '; ws--)
		;
	for (size_t k = ws; k < n && buf[k] != L' '; k++)
		digit = digit || (buf[k] >= L'0' && buf[k] <= L'9');
	if (ws == 0 && i > 0 && !digit) {
		/* One long word and no number in it: cut it, mark right after. */
		for (i = 0, used = 0; i < n && used + wcwidth(buf[i]) <= width - 1; i++)
			used += wcwidth(buf[i]);
		*mark = 1;
		return i;
	}
	i = ws;
	while (i > 0 && buf[i - 1] == L' ')
		i--;
	*mark = i > 0 && width >= 2 ? 2 : 1;
	return i;
}

/* ui_put_fit on decoded characters. */
static int
ui_put_fit_wide(
    const struct app *a, WINDOW *w, int y, int x, int width, const wchar_t *buf, size_t n)
{
	size_t keep;
	int mark, used = 0;

	if (width <= 0)
		return 0;
	keep = ui_fit_cut(buf, n, width, &mark);
	for (size_t i = 0; i < keep; i++)
		used += wcwidth(buf[i]);
	if (keep > 0)
		mvwaddnwstr(w, y, x, buf, (int)keep);
	if (mark == 0)
		return used;
	/* "…" in UTF-8; "~" where the terminal has no such character. */
	if (mark == 2)
		mvwaddstr(w, y, x + used, a->utf8 ? " \u2026" : " ~");
	else
		mvwaddstr(w, y, x + used, a->utf8 ? "\u2026" : "~");
	return used + mark;
}

int
ui_put_fit(const struct app *a, WINDOW *w, int y, int x, int width, const char *s)
{
	wchar_t buf[UI_TEXT_MAX];
	size_t n = ui_decode(s, buf, HS_ARRAY_LEN(buf));

	return ui_put_fit_wide(a, w, y, x, width, buf, n);
}

/* Where the line that starts at buf[at] breaks in `width` columns: the
 * space before the first word that does not fit; n when the rest fits, `at`
 * when its first word alone is too wide. */
static size_t
ui_wrap_break(const wchar_t *buf, size_t n, size_t at, int width)
{
	size_t end, brk;
	int used = 0;

	for (end = at; end < n && used + wcwidth(buf[end]) <= width; end++)
		used += wcwidth(buf[end]);
	if (end == n)
		return n;
	for (brk = end; brk > at && buf[brk] != L' '; brk--)
		;
	return brk;
}

int
ui_put_wrap(const struct app *a, WINDOW *w, int y, int x, int width, int max_lines, const char *s)
{
	wchar_t buf[UI_TEXT_MAX];
	size_t n = ui_decode(s, buf, HS_ARRAY_LEN(buf)), at = 0, brk;
	int used = 0;

	while (at < n && used < max_lines) {
		brk = ui_wrap_break(buf, n, at, width);
		/* The last line, the rest, or a word too wide: the fitting rule
		 * shows it and marks any cut. */
		if (brk == n || brk == at || used == max_lines - 1) {
			ui_put_fit_wide(a, w, y + used++, x, width, buf + at, n - at);
			break;
		}
		mvwaddnwstr(w, y + used++, x, buf + at, (int)(brk - at));
		for (at = brk; at < n && buf[at] == L' '; at++)
			;
	}
	return used;
}

int
ui_wrap_lines(const char *s, int width)
{
	wchar_t buf[UI_TEXT_MAX];
	size_t n = ui_decode(s, buf, HS_ARRAY_LEN(buf)), at = 0, brk;
	int count = 0;

	while (at < n) {
		count++;
		brk = ui_wrap_break(buf, n, at, width);
		if (brk == n || brk == at)
			break;
		for (at = brk; at < n && buf[at] == L' '; at++)
			;
	}
	return count;
}

int
ui_width(const char *s)
{
	wchar_t buf[UI_TEXT_MAX];
	size_t n = ui_decode(s, buf, HS_ARRAY_LEN(buf));
	int used = 0;

	for (size_t i = 0; i < n; i++)
		used += wcwidth(buf[i]);
	return used;
}

void
ui_box(const struct app *a, WINDOW *w, const char *title)
{
	int width = getmaxx(w);

	if (a->utf8)
		box(w, 0, 0);
	else
		wborder(w, '|', '|', '-', '-', '+', '+', '+', '+');
	if (title != NULL && width > 6) {
		wattron(w, A_BOLD);
		ui_put_fit(a, w, 0, 2, width - 4, title);
		wattroff(w, A_BOLD);
	}
}

hs_minute
ui_stamp(const struct app *a, int default_minute)
{
	return a->form.day == a->today ? a->now : stamp_make(a->form.day, default_minute);
}

/* The frame both views' title lines share; see ui.h. */
void
ui_head_draw(struct app *a, int col, const char *line)
{
	char help[64];

	werase(a->head);
	wattron(a->head, ui_attr(a, C_TITLE));
	ui_put(a->head, 0, 0, a->cols, " herstel");
	wattroff(a->head, ui_attr(a, C_TITLE));
	ui_put_fit(a, a->head, 0, col, a->cols - col, line);
	if (a->keys.e[KA_HELP].nkeys > 0) {
		keys_name(a->keys.e[KA_HELP].keys[0], a->utf8, help, 32);
		strcat(help, " help ");
		if (col + ui_width(line) + ui_width(help) + 2 <= a->cols)
			ui_put(a->head, 0, a->cols - ui_width(help), ui_width(help), help);
	}
	wnoutrefresh(a->head);
}
