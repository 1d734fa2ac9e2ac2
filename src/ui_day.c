/* ui_day.c: the daily screen: what was logged on the viewed day, the
 * recovery board at the current clock, signals and the key hints. The
 * bottom of the screen stack: its keys open the others by reaction. */
#include "config.h"

#include "ui_day.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "rc.h"
#include "ui_draw.h"
#include "ui_rest.h"
#include "ui_log.h"
#include "util.h"

/* The selection on the run holding the newest set (the highest id) of the
 * exercise just saved. */
static void
ui_day_select_newest(struct app *a)
{
	int64_t newest = 0;

	for (size_t i = 0; i < a->nitems; i++) {
		const struct ui_item *it = &a->items[i];

		if (it->kind != ITEM_SETS ||
		    strcmp(a->log.sets[it->first].exercise, a->select_after) != 0)
			continue;
		for (size_t k = 0; k < it->count; k++)
			if (a->log.sets[it->first + k].id > newest) {
				newest = a->log.sets[it->first + k].id;
				a->sel = i;
			}
	}
	a->select_after[0] = '\0';
}

/* The selectable lines: runs of sets, then sleep, soreness and the note. */
static void
ui_day_items(struct app *a)
{
	const struct store_day *d = &a->log;
	size_t i = 0, n = 0;

	free(a->items);
	a->items = xcalloc(d->nsets + d->nactivities + 3, sizeof *a->items);
	while (i < d->nsets) {
		size_t run = entry_run_length(&d->sets[i], d->nsets - i);

		a->items[n++] = (struct ui_item){ ITEM_SETS, i, run };
		i += run;
	}
	for (size_t k = 0; k < d->nactivities; k++)
		a->items[n++] = (struct ui_item){ ITEM_ACTIVITY, k, 1 };
	if (d->has_sleep)
		a->items[n++] = (struct ui_item){ ITEM_SLEEP, 0, 1 };
	if (d->nsoreness > 0)
		a->items[n++] = (struct ui_item){ ITEM_SORE, 0, d->nsoreness };
	if (d->has_day && (d->day.kind != DAY_UNSET || d->day.note[0] != '\0'))
		a->items[n++] = (struct ui_item){ ITEM_DAY, 0, 1 };
	a->nitems = n;
	if (a->sel >= n)
		a->sel = n > 0 ? n - 1 : 0;
	if (a->select_after[0] != '\0')
		ui_day_select_newest(a);
}

void
ui_day_load(struct app *a)
{
	char *cause = NULL;

	a->data_version = store_data_version(a->store);
	store_day_free(&a->log);
	if (store_load_day(a->store, a->day, &a->log, &cause) != 0) {
		ui_status(a, true, _("cannot read the journal: %s"), cause);
		free(cause);
		cause = NULL;
		a->log.day.note = xstrdup("");
	}
	entry_sort_sets(a->log.sets, a->log.nsets);
	ui_day_items(a);
	if (a->have_events)
		store_events_free(&a->events);
	a->have_events =
	    store_load_events(a->store, a->now, &a->rc->recovery, &a->events, &cause) == 0;
	if (!a->have_events) {
		ui_status(a, true, _("cannot read the journal: %s"), cause);
		free(cause);
	}
	ui_day_board(a);
}

void
ui_day_board(struct app *a)
{
	svc_board_of(a->rc, a->have_events ? &a->events : NULL, a->now, &a->board);
	recovery_sort(a->board.group, GROUP_COUNT);
}

void
ui_day_free(struct app *a)
{
	store_day_free(&a->log);
	if (a->have_events)
		store_events_free(&a->events);
	a->have_events = false;
	free(a->items);
	a->items = NULL;
	a->nitems = 0;
}

static void
ui_day_draw_head(struct app *a)
{
	int y, m, d, wk = date_iso_week(a->day, NULL), diff = a->day - a->today;
	const char *kind =
	    a->log.has_day && a->log.day.kind != DAY_UNSET ? day_kind_label(a->log.day.kind) : "";
	char line[256], rel[32] = "", help[64] = "";

	date_to_ymd(a->day, &y, &m, &d);
	if (diff == -1)
		snprintf(rel, sizeof rel, _("  (yesterday)"));
	else if (diff == 1)
		snprintf(rel, sizeof rel, _("  (tomorrow)"));
	else if (diff != 0)
		snprintf(rel, sizeof rel,
		    diff < 0 ? ngettext("  (%d day ago)", "  (%d days ago)", (unsigned long)-diff)
		             : ngettext("  (in %d day)", "  (in %d days)", (unsigned long)diff),
		    diff < 0 ? -diff : diff);
	snprintf(line, sizeof line, _(" %s %02d %s %d%s   week %d   %s"),
	    date_weekday_name(date_weekday(a->day)), d, date_month_name(m), y, rel, wk, kind);
	keys_hint(&a->keys[KT_DAY], KA_HELP, a->utf8, help, sizeof help);
	ui_head_draw(a, 9, line, help);
}

/* One line of the log: a heading (item -1) or an item. */
struct ui_day_line {
	int item;
	const char *heading;
};

/* Lay out the log's lines; returns how many, with the selected one's index. */
static size_t
ui_day_log_lines(const struct app *a, struct ui_day_line *out, size_t *selline)
{
	const char *last = NULL;
	size_t n = 0;
	bool gap = false;

	*selline = 0;
	for (size_t i = 0; i < a->nitems; i++) {
		const struct ui_item *it = &a->items[i];
		if (it->kind == ITEM_SETS &&
		    (last == NULL || strcmp(last, a->log.sets[it->first].exercise) != 0)) {
			last = a->log.sets[it->first].exercise;
			out[n++] = (struct ui_day_line){ -1, last };
		}
		if (it->kind != ITEM_SETS && !gap && i > 0) {
			out[n++] = (struct ui_day_line){ -1, "" };
			gap = true;
		}
		if (i == a->sel)
			*selline = n;
		out[n++] = (struct ui_day_line){ (int)i, NULL };
	}
	return n;
}

/* Draw one log line at row y. */
static void
ui_day_log_line(struct app *a, const struct ui_day_line *l, int y, int w, bool top)
{
	const struct ui_item *it;
	char buf[1024]; /* 50 sets of 1000 reps and a note of 500 bytes fit */
	char *t;

	if (l->item < 0) {
		wattron(a->logw, A_BOLD);
		ui_put_fit(a, a->logw, y, 2, w, l->heading);
		wattroff(a->logw, A_BOLD);
		return;
	}
	it = &a->items[l->item];
	if (it->kind == ITEM_SETS) {
		t = ui_log_run_text(a, it);
		snprintf(buf, sizeof buf, "  %s", t);
		free(t);
	} else
		ui_log_item_text(a, it, buf, sizeof buf);
	if ((size_t)l->item == a->sel && top) {
		wattron(a->logw, A_REVERSE);
		mvwhline(a->logw, y, 1, ' ', w + 2);
	}
	ui_put_fit(a, a->logw, y, 2, w, buf);
	wattroff(a->logw, A_REVERSE);
}

/* The log of a day with nothing in it: what to press, two keys a line
 * where they fit, else one. */
static void
ui_day_draw_empty(struct app *a, int w)
{
	static const struct {
		enum keys_action act;
		const char *what;
	} first[] = { { KA_ADD, N_("log sets") }, { KA_SLEEP, N_("sleep") },
		{ KA_SORE, N_("soreness") }, { KA_DAY, N_("day and note") } };
	int y = 1 + ui_put_wrap(a, a->logw, 1, 2, w, 2, _("Nothing logged on this day.")) + 1;
	char keys[HS_ARRAY_LEN(first)][64], key[32];
	bool two;

	for (size_t i = 0; i < HS_ARRAY_LEN(first); i++) {
		keys_first(&a->keys[KT_DAY], first[i].act, a->utf8, key, sizeof key);
		snprintf(keys[i], sizeof keys[i], "%s: %s", key[0] != '\0' ? key : _("(none)"),
		    _(first[i].what));
	}
	two = w >= 14 + ui_width(keys[3]);
	for (size_t i = 0; i < HS_ARRAY_LEN(keys); i++) {
		if (two && i % 2 == 1)
			ui_put_fit(a, a->logw, y++, 16, w - 14, keys[i]);
		else
			ui_put_fit(a, a->logw, two ? y : y++, 2, two ? 14 : w, keys[i]);
	}
}

static void
ui_day_draw_log(struct app *a, bool top)
{
	int h = getmaxy(a->logw) - 2, w = getmaxx(a->logw) - 4, off = 0;
	struct ui_day_line *lines = xcalloc(a->nitems * 2 + 2, sizeof *lines);
	size_t n, sel;

	werase(a->logw);
	ui_box(a, a->logw, _(" Log "));
	n = ui_day_log_lines(a, lines, &sel);
	if (n == 0)
		ui_day_draw_empty(a, w);
	if ((int)sel >= h)
		off = (int)sel - h + 1;
	for (int y = 0; y < h && (size_t)(y + off) < n; y++)
		ui_day_log_line(a, &lines[y + off], y + 1, w, top);
	free(lines);
	wnoutrefresh(a->logw);
}

static const enum ui_color ui_day_state_color[STATE_COUNT] = {
	[STATE_READY] = C_READY,
	[STATE_DUE] = C_DUE,
	[STATE_ALMOST] = C_ALMOST,
	[STATE_RECOVERING] = C_RECOVERING,
};

/* One board row: symbol, group, word, percent, bar, ready time. */
static void
ui_day_board_row(struct app *a, const struct group_status *g, int y, int w)
{
	attr_t at = ui_attr(a, ui_day_state_color[g->state]);
	bool word = w - 39 >= 3;
	int bar = w - (word ? 39 : 28);
	char buf[64];

	bar = bar > 20 ? 20 : bar;
	wattron(a->boardw, at);
	ui_put(a->boardw, y, 2, 1, recovery_state_symbol(g->state, a->utf8));
	wattroff(a->boardw, at);
	ui_put(a->boardw, y, 4, GROUP_NAME_MAX, group_name(g->group));
	wmove(a->boardw, y, 15);
	wattron(a->boardw, at);
	if (word)
		wprintw(a->boardw, "%-10s ", recovery_state_word(g->state));
	wattroff(a->boardw, at);
	wprintw(a->boardw, "%3d%% ", g->percent);
	wattron(a->boardw, at);
	ui_bar(a, a->boardw, g->percent, bar);
	wattroff(a->boardw, at);
	recovery_ready_text(g, a->now, RECOVERY_WHEN_COLUMN, buf, sizeof buf);
	waddch(a->boardw, ' ');
	ui_put_fit(a, a->boardw, y, getcurx(a->boardw), 9, buf);
}

static void
ui_day_draw_board(struct app *a)
{
	int h = getmaxy(a->boardw) - 2, w = getmaxx(a->boardw) - 4, n = GROUP_COUNT;
	char title[64], hm[TIME_BUF];

	werase(a->boardw);
	time_format(stamp_minute_of_day(a->now), hm);
	snprintf(title, sizeof title, _(" Recovery  %s %s "),
	    date_weekday_name(date_weekday(stamp_date(a->now))), hm);
	ui_box(a, a->boardw, title);
	if (n > h)
		n = h - 1; /* the most recovered fold into one line */
	for (int i = 0; i < n; i++)
		ui_day_board_row(a, &a->board.group[i], i + 1, w);
	if (n < GROUP_COUNT) {
		snprintf(title, sizeof title, _("... %d more, all further along"), GROUP_COUNT - n);
		ui_put_fit(a, a->boardw, n + 1, 4, w - 2, title);
	}
	wnoutrefresh(a->boardw);
}

/* What the help says under the keys, where there are lines for it, and
 * the board's symbols on the bottom line of the box. */
static void
ui_day_help_notes(struct app *a, WINDOW *win, int y, int last, int w)
{
	char line[200];
	const char *notes[] = {
		_("A field a form opens with is selected: typing replaces it, an arrow or"
		  " Backspace edits it."),
		_("On a day after today a form asks first: nothing goes into the future"
		  " unasked."),
		line,
	};

	snprintf(line, sizeof line,
	    _("Text that does not fit ends with %s; a number is never cut."),
	    a->utf8 ? "\u2026" : "~");
	for (size_t i = 0; i < HS_ARRAY_LEN(notes) && y <= last; i++)
		y += ui_put_wrap(a, win, y, 2, w, last - y + 1, notes[i]);
	snprintf(line, sizeof line, " %s %s  %s %s  %s %s  %s %s ",
	    recovery_state_symbol(STATE_READY, a->utf8), recovery_state_word(STATE_READY),
	    recovery_state_symbol(STATE_DUE, a->utf8), recovery_state_word(STATE_DUE),
	    recovery_state_symbol(STATE_ALMOST, a->utf8), recovery_state_word(STATE_ALMOST),
	    recovery_state_symbol(STATE_RECOVERING, a->utf8),
	    recovery_state_word(STATE_RECOVERING));
	ui_put_fit(a, win, last + 1, 2, w, line);
}

/* The foot: status, the first signal and the hints (or, under a form, the
 * form's hint, which it draws). */
static void
ui_day_draw_foot(struct app *a)
{
	const struct signal *s = a->board.nsig > 0 ? &a->board.sig[0] : NULL;
	char buf[460];
	attr_t at;

	werase(a->foot);
	ui_foot_status(a);
	if (s != NULL) {
		/* The pointer to the others only when the signal is whole. */
		snprintf(buf, sizeof buf, "! %s%s", s->text,
		    a->board.nsig > 1 ? _("  (more: herstel status)") : "");
		if (ui_width(buf) > a->cols - 2)
			snprintf(buf, sizeof buf, "! %s", s->text);
		at = ui_attr(a, s->strong ? C_ERROR : C_WARN);
		wattron(a->foot, at);
		ui_put_fit(a, a->foot, 1, 1, a->cols - 2, buf);
		wattroff(a->foot, at);
	}
	ui_hints(a, &a->keys[KT_DAY], 2, 0, NULL);
	wnoutrefresh(a->foot);
}

static void
ui_day_draw(struct app *a, void *st, unsigned dirty, bool top)
{
	(void)st;
	if (dirty & UI_HEAD)
		ui_day_draw_head(a);
	if (dirty & UI_BOARD)
		ui_day_draw_board(a);
	if (dirty & UI_LOG)
		ui_day_draw_log(a, top);
	if (dirty & UI_FOOT)
		ui_day_draw_foot(a);
}

static unsigned
ui_day_undo(struct app *a)
{
	char *what = NULL, *cause = NULL, *warning;

	switch (store_undo(a->store, &what, &cause)) {
	case 0:
		if ((warning = store_take_warning(a->store)) != NULL)
			ui_status(a, true, _("undone: %s: %s"), what, warning);
		else
			ui_status(a, false, _("undone: %s"), what);
		free(warning);
		free(what);
		return UI_RELOAD;
	case 1:
		ui_status(a, false, "%s", _("nothing to undo"));
		return UI_FOOT;
	default:
		ui_status(a, true, _("undo failed: %s"), cause);
		free(cause);
		return UI_FOOT;
	}
}

/* c on an earlier day: its sets again today (svc_repeat), then today. */
static unsigned
ui_day_repeat(struct app *a)
{
	struct store_day d;
	char *cause = NULL;
	hs_minute at;
	int y, m, day;

	if (a->day == a->today) {
		ui_status(a, true, "%s", _("this is today: go to an earlier day to log it again"));
		return UI_FOOT;
	}
	if (svc_log_at(a->store, a->today, a->now, 12 * 60, &at, &cause) != 0 ||
	    svc_repeat(a->store, a->day, at, &d, &cause) != 0) {
		ui_status(a, true, "%s", cause);
		free(cause);
		return UI_FOOT;
	}
	date_to_ymd(a->day, &y, &m, &day);
	ui_status(a, false,
	    ngettext("logged %zu set of %s %d %s again today (u undoes it)",
	        "logged %zu sets of %s %d %s again today (u undoes it)", (unsigned long)d.nsets),
	    d.nsets, date_weekday_name(date_weekday(a->day)), day, date_month_name(m));
	store_day_free(&d);
	return ui_go(a, a->today) | UI_RELOAD;
}

/* Enter: the form that made the selected entry, filled in. */
static struct ui_react
ui_day_edit(struct app *a)
{
	static const enum ui_screen_id form[] = { [ITEM_SETS] = SCREEN_ENTRY,
		[ITEM_SORE] = SCREEN_SORE,
		[ITEM_SLEEP] = SCREEN_SLEEP,
		[ITEM_DAY] = SCREEN_DAYFORM };
	struct ui_arg arg = ui_arg_none();

	if (a->nitems == 0) {
		ui_status(a, false, "%s", _("nothing to edit on this day"));
		return ui_stay(UI_FOOT);
	}
	if (a->items[a->sel].kind == ITEM_ACTIVITY) {
		ui_status(
		    a, false, "%s", _("an imported activity is kept as it came: d deletes it"));
		return ui_stay(UI_FOOT);
	}
	arg.item = (int)a->sel;
	return ui_open(form[a->items[a->sel].kind], arg);
}

/* The screen an action opens, with what; GO_STAY when it opens none. */
static struct ui_react
ui_day_action(struct app *a, enum keys_action act)
{
	struct ui_arg arg = ui_arg_none();

	switch (act) {
	case KA_ADD:
		return ui_open(SCREEN_ENTRY, arg);
	case KA_SORE:
		return ui_open(SCREEN_SORE, arg);
	case KA_SLEEP:
		return ui_open(SCREEN_SLEEP, arg);
	case KA_DAY:
		return ui_open(SCREEN_DAYFORM, arg);
	case KA_PREV:
		return ui_stay(ui_go(a, a->day - 1));
	case KA_NEXT:
		return ui_stay(ui_go(a, a->day + 1));
	case KA_PREV_WEEK:
		return ui_stay(ui_go(a, a->day - 7));
	case KA_NEXT_WEEK:
		return ui_stay(ui_go(a, a->day + 7));
	case KA_TODAY:
		return ui_stay(ui_go(a, a->today));
	case KA_UP:
		if (a->sel > 0)
			a->sel--;
		return ui_stay(UI_LOG);
	case KA_DOWN:
		if (a->sel + 1 < a->nitems)
			a->sel++;
		return ui_stay(UI_LOG);
	case KA_EDIT:
		return ui_day_edit(a);
	case KA_DELETE:
		if (a->nitems == 0) {
			ui_status(a, false, "%s", _("nothing to delete on this day"));
			return ui_stay(UI_FOOT);
		}
		arg.item = (int)a->sel;
		return ui_open(SCREEN_DELETE, arg);
	case KA_UNDO:
		return ui_stay(ui_day_undo(a));
	case KA_HISTORY:
		return ui_open(SCREEN_HISTORY, arg);
	case KA_REPEAT:
		return ui_stay(ui_day_repeat(a));
	case KA_WEEK:
		return ui_open(SCREEN_WEEK, arg);
	case KA_MONTH:
		return ui_open(SCREEN_MONTH, arg);
	case KA_GOTO:
		return ui_open(SCREEN_GOTO, arg);
	case KA_REST:
		ui_rest_toggle(a);
		return ui_stay(UI_HEAD);
	case KA_REST_RESET:
		ui_rest_reset(a);
		return ui_stay(UI_HEAD);
	case KA_PLATES:
		return ui_open(SCREEN_PLATES, arg);
	case KA_SEARCH:
		return ui_open(SCREEN_SEARCH, arg);
	case KA_BACK: /* nothing to go back to: it clears the status line */
		return ui_stay(UI_FOOT);
	case KA_EXPORT:
		return ui_open(SCREEN_EXPORT, arg);
	case KA_PLACE:
		return ui_open(SCREEN_PLACE, arg);
	case KA_HELP:
		arg.of = SCREEN_DAY;
		return ui_open(SCREEN_HELP, arg);
	case KA_QUIT:
	default:
		return ui_stay(UI_QUIT);
	}
}

/* A key in the day view, dispatched through its key table. */
static struct ui_react
ui_day_key(struct app *a, void *st, int action, int code)
{
	struct ui_react r;
	char name[32], help[32] = "?";

	(void)st;
	if (a->status[0] != '\0') {
		a->status[0] = '\0';
		a->dirty |= UI_FOOT;
	}
	if (action == KEYS_NONE) {
		keys_name(code, a->utf8, name, sizeof name);
		keys_first(&a->keys[KT_DAY], KA_HELP, a->utf8, help, sizeof help);
		ui_status(a, false, _("no action on %s (%s lists the keys)"), name, help);
		return ui_stay(UI_FOOT);
	}
	r = ui_day_action(a, (enum keys_action)action);
	/* A form on a day after today asks first: a set two days ahead is a
	 * slip of the arrow key more often than a plan. */
	if (a->day > a->today && r.go == GO_OPEN &&
	    (r.open == SCREEN_ENTRY || r.open == SCREEN_SORE || r.open == SCREEN_SLEEP ||
	        r.open == SCREEN_DAYFORM)) {
		r.arg.then = r.open;
		r.open = SCREEN_FUTURE;
	}
	return r;
}

static bool
ui_day_open(struct app *a, const struct ui_arg *arg, void **st)
{
	(void)a, (void)arg;
	*st = NULL;
	return true;
}

static void
ui_day_close(void *st)
{
	(void)st;
}

const struct ui_screen ui_day_screen = {
	.name = "day",
	.covers = UI_ALL,
	.keys = KT_DAY,
	.open = ui_day_open,
	.draw = ui_day_draw,
	.key = ui_day_key,
	.free = ui_day_close,
	.help_title = N_(" Help: keys (any key closes) "),
	.help = ui_day_help_notes,
};
