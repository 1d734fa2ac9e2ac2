/* ui_week.c: the week view: seven columns from the first day of the week,
 * the facts of each day, a grid of sets per group and day, and the week's
 * verdicts. The selected day is a->day, so Enter opens it in the daily
 * screen as it is. Reads one week (and the 28 days its signals need). Its
 * keys are [keys.week]'s. */
#include "config.h"

#include "ui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rc.h"
#include "ui_draw.h"
#include "i18n.h"
#include "util.h"
#include "week.h"

#define UI_WEEK_LABEL (GROUP_NAME_MAX + 1) /* the row labels: a group's name and a gap */

/* The loaded week, private to the view. */
struct ui_week {
	bool loaded;
	hs_date first;
	hs_date from;      /* the day the view was opened from, for "back" */
	int64_t version;   /* a->data_version it was read at */
	struct svc_week j; /* the week judged */
};

/* The colour of a group's load. */
static enum ui_color
ui_week_load_color(enum week_load l)
{
	static const enum ui_color c[LOAD_COUNT] = { C_NONE, C_READY, C_ALMOST, C_RECOVERING };

	return c[l];
}

/* Read the week again when it or the journal changed. */
static void
ui_week_load(struct app *a, struct ui_week *wk)
{
	hs_date first = week_start_date(a->day, a->rc->week_start);
	char *cause = NULL;

	if (wk->loaded && wk->first == first && wk->version == a->data_version)
		return;
	wk->first = first;
	wk->version = a->data_version;
	wk->loaded = svc_week(a->store, a->rc, first, a->now, a->today, &wk->j, &cause) == 0;
	if (!wk->loaded) {
		ui_status(a, true, _("cannot read the week: %s"), cause);
		free(cause);
	}
}

/* The journal changed: read the week again. */
static void
ui_week_reload(struct app *a, void *st)
{
	ui_week_load(a, st);
}

/* The title line: week number, dates, level and the help key. */
static void
ui_week_draw_head(struct app *a, const struct ui_week *wk)
{
	char range[64], line[160], help[64] = "";

	week_range_text(&wk->j.w, range, sizeof range);
	snprintf(line, sizeof line, _("week %d   %s   %s"), wk->j.w.iso_week, range,
	    level_word(a->rc->level));
	keys_hint(&a->keys[KT_WEEK], KW_HELP, a->utf8, help, sizeof help);
	ui_head_draw(a, 11, line, help);
}

/* Width of a day's column, its gap included: more room when there is more.
 * The last column needs no gap after it, so 80 columns give seven of 10. */
static int
ui_week_cell(const struct app *a)
{
	int cw = (a->cols - UI_WEEK_LABEL + 1) / WEEK_DAYS;

	return cw > 14 ? 14 : cw;
}

/* Put `s` in the cell of day i on line y, in `at`. */
static void
ui_week_put(struct app *a, int y, int i, const char *s, attr_t at)
{
	int cw = ui_week_cell(a);

	wattron(a->full, at);
	ui_put_fit(a, a->full, y, UI_WEEK_LABEL + i * cw, cw - 1, s);
	wattroff(a->full, at);
}

/* The day names (today marked *, the selected one in reverse video) and
 * the rows of facts: kind, hard sets, sleep, soreness. */
static void
ui_week_draw_days(struct app *a, const struct ui_week *wk)
{
	static const char *const labels[] = { "", N_("day"), N_("sets"), N_("sleep"), N_("sore") };
	char cell[48];
	int y, m, d;

	for (int row = 1; row < 5; row++)
		ui_put(a->full, row, 0, UI_WEEK_LABEL, _(labels[row]));
	for (int i = 0; i < WEEK_DAYS; i++) {
		const struct week_day *wd = &wk->j.w.day[i];
		bool short_night = wd->has_sleep && wd->sleep_hours < a->rc->sleep_target;

		date_to_ymd(wd->date, &y, &m, &d);
		snprintf(cell, sizeof cell, "%s %d%s", date_weekday_name(date_weekday(wd->date)), d,
		    wd->date == a->today ? "*" : "");
		if (ui_width(cell) > ui_week_cell(a) - 1) /* the weekday goes, the date stays */
			snprintf(cell, sizeof cell, "%d%s", d, wd->date == a->today ? "*" : "");
		ui_week_put(a, 0, i, cell,
		    (wd->date == a->day ? A_REVERSE : 0) | (wd->date == a->today ? A_BOLD : 0));
		snprintf(cell, sizeof cell, "%s %s", week_kind_symbol(wd->kind, a->utf8),
		    week_kind_word(wd->kind));
		if (ui_width(cell) > ui_week_cell(a) - 1) /* the symbol says it alone */
			snprintf(cell, sizeof cell, "%s", week_kind_symbol(wd->kind, a->utf8));
		ui_week_put(a, 1, i, cell, wd->training ? A_BOLD : 0);
		if (wd->hard_sets > 0)
			snprintf(cell, sizeof cell, "%d", wd->hard_sets);
		else
			snprintf(cell, sizeof cell, "-");
		ui_week_put(a, 2, i, cell, 0);
		if (wd->has_sleep)
			snprintf(
			    cell, sizeof cell, "%.1f%s", wd->sleep_hours, short_night ? " !" : "");
		else
			snprintf(cell, sizeof cell, "-");
		ui_week_put(a, 3, i, cell, short_night ? ui_attr(a, C_WARN) : 0);
		week_sore_text(wd, ui_week_cell(a) - 1, cell, sizeof cell);
		ui_week_put(a, 4, i, cell, wd->max_soreness >= 2 ? ui_attr(a, C_WARN) : 0);
	}
}

/* A grid cell that is too wide loses shading, never its number: "▒▒ 3.5"
 * is "▒ 3.5", then "3.5". */
static void
ui_week_fit_cell(const struct app *a, char *cell)
{
	char *num = strchr(cell, ' ');
	size_t shade = a->utf8 ? strlen("\u2591") : 1, drop; /* bytes of a shade */

	while (num != NULL && ui_width(cell) > ui_week_cell(a) - 1) {
		drop = num > cell ? shade : 1; /* a shade, then the gap */
		memmove(cell, cell + drop, strlen(cell + drop) + 1);
		num = num > cell ? num - drop : NULL;
	}
}

/* One grid row: a group's sets per day, shaded and coloured by load. */
static void
ui_week_draw_row(struct app *a, const struct ui_week *wk, int y, enum group g)
{
	char cell[64];

	ui_put(a->full, y, 0, UI_WEEK_LABEL, group_name(g));
	for (int i = 0; i < WEEK_DAYS; i++) {
		week_cell_text(&wk->j.w.day[i], g, a->utf8, cell, sizeof cell);
		ui_week_fit_cell(a, cell);
		ui_week_put(a, y, i, cell,
		    ui_attr(a, ui_week_load_color(week_load_of(&wk->j.w.day[i], g))));
	}
}

/* The line the groups that do not get a row fold into, in the grid's order:
 * those hit this week first, then those not trained. */
static void
ui_week_fold(const double *total, const bool *shown, struct strbuf *sb)
{
	int n = 0;

	for (int g = 0; g < GROUP_COUNT; g++)
		if (total[g] > 0 && !shown[g])
			strbuf_printf(
			    sb, "%s%s", n++ > 0 ? ", " : "also hit: ", group_name((enum group)g));
	n = 0;
	for (int g = 0; g < GROUP_COUNT; g++)
		if (total[g] <= 0)
			strbuf_printf(sb, "%s%s",
			    n++ > 0           ? ", "
			        : sb->len > 0 ? _("; not trained: ")
			                      : _("not trained: "),
			    group_name((enum group)g));
}

/* What the grid's numbers count, on line y: where there is a line to spare
 * (the help says it always). */
static void
ui_week_draw_legend(struct app *a, int y)
{
	char share[16], line[120];

	recovery_share_text(a->rc->recovery.secondary_weight, share, sizeof share);
	snprintf(
	    line, sizeof line, _("(hard sets per group and day; a secondary set counts %s)"), share);
	ui_put_fit(a, a->full, y, UI_WEEK_LABEL, a->cols - UI_WEEK_LABEL - 1, line);
}

/* The grid in `lines` rows from y, always in the order of the groups (the
 * body's, head to foot), whatever the size: when not all the groups hit
 * this week fit, the least trained of them fold into one line with the
 * groups not trained; with room, all 15, and what the numbers count. */
static void
ui_week_draw_grid(struct app *a, const struct ui_week *wk, int y, int lines)
{
	int hit[GROUP_COUNT], nhit = 0, rows, k, row = 0;
	double total[GROUP_COUNT];
	bool shown[GROUP_COUNT] = { false };
	struct strbuf fold;

	for (int g = 0; g < GROUP_COUNT; g++) {
		total[g] = 0;
		for (int i = 0; i < WEEK_DAYS; i++)
			total[g] += wk->j.w.day[i].sets[g];
		if (total[g] <= 0)
			continue;
		/* the most trained first: they keep their rows when others fold */
		for (k = nhit++; k > 0 && total[hit[k - 1]] < total[g]; k--)
			hit[k] = hit[k - 1];
		hit[k] = g;
	}
	rows = lines >= GROUP_COUNT                ? GROUP_COUNT
	    : nhit + (nhit < GROUP_COUNT) <= lines ? nhit
	                                           : lines - 1;
	for (k = 0; k < rows && k < nhit; k++)
		shown[hit[k]] = true;
	for (int g = 0; g < GROUP_COUNT; g++)
		if (shown[g] || rows == GROUP_COUNT)
			ui_week_draw_row(a, wk, y + row++, (enum group)g);
	strbuf_init(&fold);
	if (rows < GROUP_COUNT)
		ui_week_fold(total, shown, &fold);
	if (fold.len > 0 && row < lines)
		ui_put_fit(a, a->full, y + row++, 0, a->cols - 1, fold.buf);
	if (nhit > 0 && row < lines)
		ui_week_draw_legend(a, y + row);
	strbuf_free(&fold);
}

/* Verdict i as shown: the symbol carries the meaning. */
static void
ui_week_verdict_text(const struct app *a, const struct ui_week *wk, size_t i, char *buf, size_t len)
{
	snprintf(buf, len, "%s %s", week_verdict_symbol(wk->j.v[i].kind, a->utf8), wk->j.v[i].text);
}

/* The first `nv` verdicts from y, verdict i in lines[i] lines: wrapped
 * between words, and where a line is not enough, cut with the mark. */
static void
ui_week_draw_verdicts(struct app *a, const struct ui_week *wk, int y, int nv, const int *lines)
{
	static const enum ui_color c[] = {
		[VERDICT_OK] = C_READY, [VERDICT_WARN] = C_WARN, [VERDICT_INFO] = C_NONE
	};
	char line[400];

	for (int i = 0; i < nv; i++) {
		ui_week_verdict_text(a, wk, (size_t)i, line, sizeof line);
		wattron(a->full, ui_attr(a, c[wk->j.v[i].kind]));
		y += ui_put_wrap(a, a->full, y, 1, a->cols - 2, lines[i], line);
		wattroff(a->full, ui_attr(a, c[wk->j.v[i].kind]));
	}
}

/* The calendar: days, grid and verdicts in the body window. */
static void
ui_week_draw_body(struct app *a, const struct ui_week *wk)
{
	int h = getmaxy(a->full), nv = (int)wk->j.nv, grid, spare, more, vlines = 0;
	int lines[WEEK_VERDICTS_MAX];
	char line[400];

	werase(a->full);
	ui_week_draw_days(a, wk);
	/* Five lines of days, a blank line before the verdicts; the grid gets
	 * what is left, but at least two lines. */
	if (nv > h - 5 - 1 - 2)
		nv = h - 5 - 1 - 2 > 0 ? h - 5 - 1 - 2 : 0;
	grid = h - 5 - (nv > 0 ? nv + 1 : 0);
	/* The lines the whole grid and its legend do not need let a long
	 * verdict wrap instead of being cut. */
	spare = grid - (GROUP_COUNT + 1);
	for (int i = 0; i < nv; i++) {
		ui_week_verdict_text(a, wk, (size_t)i, line, sizeof line);
		more = ui_wrap_lines(line, a->cols - 2) - 1;
		more = more < spare ? more : spare > 0 ? spare : 0;
		spare -= more;
		grid -= more;
		lines[i] = 1 + more;
		vlines += lines[i];
	}
	ui_week_draw_grid(a, wk, 5, grid);
	ui_week_draw_verdicts(a, wk, h - vlines, nv, lines);
	wnoutrefresh(a->full);
}

/* The selected day in words, its groups coloured by how hard. */
static void
ui_week_draw_selected(struct app *a, const struct ui_week *wk, int y)
{
	const struct week_day *d = &wk->j.w.day[a->day - wk->first];
	char buf[160];
	int x = 1, y0, m, dd;

	date_to_ymd(d->date, &y0, &m, &dd);
	snprintf(buf, sizeof buf, "%s %d %s: %s", date_weekday_name(date_weekday(d->date)), dd,
	    date_month_name(m),
	    d->kind == DAY_UNSET ? _("nothing logged") : day_kind_label(d->kind));
	if (d->hard_sets > 0)
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf),
		    ngettext(", %d hard set:", ", %d hard sets:", d->hard_sets), d->hard_sets);
	x += ui_put_fit(a, a->foot, y, x, a->cols - 2, buf) + 1;
	/* Each group whole, and the mark where the rest do not fit. */
	for (int g = 0; g < GROUP_COUNT && x < a->cols - 1; g++) {
		enum week_load l = week_load_of(d, (enum group)g);

		if (l == LOAD_NONE)
			continue;
		snprintf(buf, sizeof buf, "%s %s", group_name((enum group)g), week_load_word(l));
		if (x + ui_width(buf) > a->cols - 1) {
			ui_put_fit(a, a->foot, y, x, 1, buf); /* the mark alone */
			break;
		}
		wattron(a->foot, ui_attr(a, ui_week_load_color(l)));
		ui_put(a->foot, y, x, a->cols - 1 - x, buf);
		wattroff(a->foot, ui_attr(a, ui_week_load_color(l)));
		x += ui_width(buf) + 2;
	}
}

/* Status, the selected day and the key hints. */
static void
ui_week_draw_foot(struct app *a, const struct ui_week *wk)
{
	werase(a->foot);
	ui_foot_status(a);
	ui_week_draw_selected(a, wk, 1);
	ui_hints(a, &a->keys[KT_WEEK], 2, 0, NULL);
	wnoutrefresh(a->foot);
}

/* What the help says under the view's keys: the legend. */
static void
ui_week_help(struct app *a, WINDOW *win, int y, int last, int w)
{
	char share[64], line[200];

	(void)last;
	snprintf(line, sizeof line, _("%s train  %s active  %s rest  %s passive   * today"),
	    week_kind_symbol(DAY_TRAINING, a->utf8), week_kind_symbol(DAY_ACTIVE, a->utf8),
	    week_kind_symbol(DAY_REST, a->utf8), week_kind_symbol(DAY_PASSIVE, a->utf8));
	ui_put_fit(a, win, y, 2, w, line);
	snprintf(line, sizeof line,
	    _("grid: hard sets per group and day   %s light  %s moderate  %s hard"),
	    a->utf8 ? "\u2591" : ".", a->utf8 ? "\u2592" : "+", a->utf8 ? "\u2588" : "#");
	ui_put_fit(a, win, y + 1, 2, w, line);
	recovery_share_text(a->rc->recovery.secondary_weight, share, sizeof share);
	snprintf(
	    line, sizeof line, _("(a secondary set counts %s, as in status and --explain;"), share);
	ui_put_fit(a, win, y + 2, 2, w, line);
	ui_put_fit(a, win, y + 3, 2, w, _(" how hard: the session's work against a full session)"));
}

/* Draw the dirty parts of the view. */
static void
ui_week_draw(struct app *a, void *st, unsigned dirty, bool top)
{
	struct ui_week *wk = st;

	(void)top;
	if (!wk->loaded || wk->first != week_start_date(a->day, a->rc->week_start))
		ui_week_load(a, wk);
	if (dirty & UI_HEAD)
		ui_week_draw_head(a, wk);
	if (dirty & (UI_LOG | UI_BOARD))
		ui_week_draw_body(a, wk);
	if (dirty & UI_FOOT)
		ui_week_draw_foot(a, wk);
}

/* Back to the daily screen on `day`. */
static struct ui_react
ui_week_leave(struct app *a, hs_date day)
{
	return ui_close(day == a->day ? UI_ALL : ui_go(a, day));
}

/* A key in the week view. */
static struct ui_react
ui_week_key(struct app *a, void *st, int action, int code)
{
	struct ui_week *wk = st;
	struct ui_arg arg = ui_arg_none();
	char open[32] = "", help[32] = "?";

	(void)code;
	if (a->status[0] != '\0') {
		a->status[0] = '\0';
		a->dirty |= UI_FOOT;
	}
	switch (action) {
	case KW_PREV:
		return ui_stay(ui_go(a, a->day - 1));
	case KW_NEXT:
		return ui_stay(ui_go(a, a->day + 1));
	case KW_PREV_WEEK:
		return ui_stay(ui_go(a, a->day - WEEK_DAYS));
	case KW_NEXT_WEEK:
		return ui_stay(ui_go(a, a->day + WEEK_DAYS));
	case KW_TODAY:
		return ui_stay(ui_go(a, a->today));
	case KW_OPEN:
		return ui_week_leave(a, a->day);
	case KW_MONTH:
		return ui_swap(SCREEN_MONTH, arg);
	case KW_GOTO:
		return ui_open(SCREEN_GOTO, arg);
	case KW_BACK:
		return ui_week_leave(a, wk->from);
	case KW_EXPORT:
		arg.week = wk->first;
		return ui_open(SCREEN_EXPORT, arg);
	case KW_HELP:
		arg.of = SCREEN_WEEK;
		return ui_open(SCREEN_HELP, arg);
	case KW_QUIT:
		return ui_stay(UI_QUIT);
	default:
		break;
	}
	keys_first(&a->keys[KT_WEEK], KW_OPEN, a->utf8, open, sizeof open);
	keys_first(&a->keys[KT_WEEK], KW_HELP, a->utf8, help, sizeof help);
	ui_status(
	    a, false, _("not in the week view: %s opens the day (%s lists the keys)"), open, help);
	return ui_stay(UI_FOOT);
}

/* Open the view on the week of the viewed day. */
static bool
ui_week_open(struct app *a, const struct ui_arg *arg, void **st)
{
	struct ui_week *wk = xcalloc(1, sizeof *wk);

	(void)arg;
	wk->from = a->day;
	ui_week_load(a, wk);
	*st = wk;
	return true;
}

const struct ui_screen ui_week_screen = {
	.name = "week",
	.covers = UI_ALL,
	.keys = KT_WEEK,
	.open = ui_week_open,
	.draw = ui_week_draw,
	.key = ui_week_key,
	.reload = ui_week_reload,
	.free = free,
	.help_title = N_(" Week view: keys (any key closes) "),
	.help = ui_week_help,
};
