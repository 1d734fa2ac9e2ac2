/* ui_history.c: e in the journal: the history of the selected entry's
 * exercise over the log and the board, as `herstel history` gives it
 * (svc_history): a chart of the e1RM of the last sessions, as wide as the
 * window, then the sessions, newest first, with their best set, e1RM,
 * volume and records; up and down scroll them. */
#include "config.h"

#include "ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "history_report.h"
#include "i18n.h"
#include "progress.h"
#include "rc.h"
#include "svc.h"
#include "ui_draw.h"
#include "util.h"

#define UI_HISTORY_CHART_MAX 256 /* columns of the chart at most */

struct ui_history {
	const struct exercise_def *def;
	struct svc_history h;
	size_t top; /* the first session shown, counted from the newest */
};

static bool
ui_history_open(struct app *a, const struct ui_arg *arg, void **st)
{
	const struct ui_item *it = a->nitems > 0 ? &a->items[a->sel] : NULL;
	struct ui_history *x;
	char *cause = NULL;

	(void)arg;
	if (it == NULL || it->kind != ITEM_SETS) {
		ui_status(a, false, "%s", _("history: select the sets of an exercise first"));
		return false;
	}
	x = xcalloc(1, sizeof *x);
	x->def = catalogue_find(a->cat, a->log.sets[it->first].exercise, NULL);
	if (x->def == NULL || svc_history(a->store, a->rc, x->def, &x->h, &cause) != 0) {
		ui_status(a, true, _("history: %s"),
		    cause != NULL ? cause : _("the exercise is not in the catalogue"));
		free(cause);
		free(x);
		return false;
	}
	*st = x;
	return true;
}

/* The chart's rows at y..y+height-1: the e1RM of as many of the last
 * sessions as there are columns, the highest and lowest labelled. */
static int
ui_history_chart(struct app *a, struct ui_history *x, int y, int height, int width)
{
	double v[UI_HISTORY_CHART_MAX], lo, hi;
	char *rows[16], label[32], head[160];
	int cols = width - 10;
	size_t n;

	if (cols > UI_HISTORY_CHART_MAX)
		cols = UI_HISTORY_CHART_MAX;
	if (height > 16)
		height = 16;
	n = history_e1rm_series(&x->h, a->rc->units, (size_t)cols, v, &lo, &hi);
	if (n < 2 || height < 2 || cols < 8)
		return 0; /* one bar says nothing the table does not */
	snprintf(head, sizeof head,
	    ngettext("e1RM in %s, the best set of the last %zu session:",
	        "e1RM in %s, the best set of each of the last %zu sessions:", (unsigned long)n),
	    a->rc->units == UNITS_LB ? "lb" : "kg", n);
	ui_put_fit(a, a->full, y, 2, width, head);
	for (int r = 0; r < height; r++)
		rows[r] = xmalloc(4 * (size_t)cols + 1);
	progress_chart(v, n, cols, height, a->utf8, rows);
	for (int r = 0; r < height; r++) {
		label[0] = '\0';
		if (r == 0 || r == height - 1)
			util_number_text(r == 0 ? hi : lo, label, sizeof label);
		ui_put(a->full, y + 1 + r, 2, 7, label);
		ui_put(a->full, y + 1 + r, 9, 1, a->utf8 ? "\u2502" : "|");
		ui_put(a->full, y + 1 + r, 10, cols, rows[r]);
		free(rows[r]);
	}
	return height + 2;
}

static void
ui_history_draw_body(struct app *a, struct ui_history *x)
{
	WINDOW *w = a->full;
	int width = getmaxx(w) - 4, h = getmaxy(w), y = 1, rows;
	bool wide = width >= 90;
	char title[160], line[512], from[40], to[40];
	const struct svc_history *hist = &x->h;

	werase(w);
	snprintf(title, sizeof title, _(" History: %s "), x->def->name);
	ui_box(a, w, title);
	if (hist->nsessions == 0) {
		ui_put_fit(a, w, y, 2, width, _("not logged yet"));
		wnoutrefresh(w);
		return;
	}
	history_date_text(hist->sessions[0].date, from, sizeof from);
	history_date_text(hist->sessions[hist->nsessions - 1].date, to, sizeof to);
	snprintf(line, sizeof line,
	    ngettext("%zu session, %s to %s", "%zu sessions, %s to %s",
	        (unsigned long)hist->nsessions),
	    hist->nsessions, from, to);
	ui_put_fit(a, w, y++, 2, width, line);
	if (hist->unknown_load > 0) {
		snprintf(line, sizeof line,
		    ngettext("%zu set at body weight is in no e1RM: herstel knows no body weight",
		        "%zu sets at body weight are in no e1RM: herstel knows no body weight",
		        (unsigned long)hist->unknown_load),
		    hist->unknown_load);
		ui_put_fit(a, w, y++, 2, width, line);
	}
	/* The chart takes a third of the rows, the sessions the rest. */
	y += ui_history_chart(a, x, y + 1, (h - 2) / 3 - 1, width) + 1;
	/* Narrow: the date without its weekday, so that the records fit. */
	history_table_head(wide, line, sizeof line);
	ui_put_fit(a, w, y++, 2, width, line);
	rows = h - 1 - y;
	if (rows < 1)
		rows = 1;
	if (x->top + (size_t)rows > hist->nsessions)
		x->top = hist->nsessions > (size_t)rows ? hist->nsessions - (size_t)rows : 0;
	for (int r = 0; r < rows && x->top + (size_t)r < hist->nsessions; r++) {
		const struct progress_session *p =
		    &hist->sessions[hist->nsessions - 1 - x->top - (size_t)r];

		history_table_row(hist, p, a->rc->units, a->utf8, wide, line, sizeof line);
		ui_put_fit(a, w, y + r, 2, width, line);
	}
	wnoutrefresh(w);
}

static void
ui_history_draw(struct app *a, void *st, unsigned dirty, bool top)
{
	(void)top;
	if (dirty & (UI_LOG | UI_BOARD))
		ui_history_draw_body(a, st);
	if (dirty & UI_FOOT) {
		werase(a->foot);
		ui_foot_status(a);
		ui_hints(a, &a->keys[KT_HISTORY], 2, 0, NULL);
		wnoutrefresh(a->foot);
	}
}

static struct ui_react
ui_history_key(struct app *a, void *st, int action, int code)
{
	struct ui_history *x = st;
	struct ui_arg arg = ui_arg_none();

	(void)code;
	switch (action) {
	case KH_UP:
		if (x->top > 0)
			x->top--;
		return ui_stay(UI_LOG | UI_BOARD);
	case KH_DOWN:
		if (x->top + 1 < x->h.nsessions)
			x->top++;
		return ui_stay(UI_LOG | UI_BOARD);
	case KH_BACK:
		return ui_close(UI_ALL);
	case KH_HELP:
		arg.of = SCREEN_HISTORY;
		return ui_open(SCREEN_HELP, arg);
	default:
		(void)a;
		return ui_stay(0);
	}
}

/* The journal changed under it (another process, or undo): read again. */
static void
ui_history_reload(struct app *a, void *st)
{
	struct ui_history *x = st;
	struct svc_history h;
	char *cause = NULL;

	if (svc_history(a->store, a->rc, x->def, &h, &cause) != 0) {
		ui_status(a, true, _("history: %s"), cause);
		free(cause);
		return;
	}
	svc_history_free(&x->h);
	x->h = h;
}

static void
ui_history_free(void *st)
{
	struct ui_history *x = st;

	svc_history_free(&x->h);
	free(x);
}

static void
ui_history_help(struct app *a, WINDOW *w, int y, int last, int width)
{
	if (y <= last)
		ui_put_wrap(a, w, y, 2, width - 2, last - y + 1,
		    _("A record beats every earlier session: warm-ups never count, a tie is not"
		      " one, and a first session sets none. The e1RM is load x (1 + (reps + 10 -"
		      " RPE) / 30)."));
}

const struct ui_screen ui_history_screen = {
	.name = "history",
	.covers = UI_LOG | UI_BOARD | UI_FOOT,
	.keys = KT_HISTORY,
	.open = ui_history_open,
	.draw = ui_history_draw,
	.key = ui_history_key,
	.reload = ui_history_reload,
	.free = ui_history_free,
	.help_title = N_(" History: keys (any key closes) "),
	.help = ui_history_help,
};
