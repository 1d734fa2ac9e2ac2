/* ui_month.c: the month view: the weeks of a month as rows, each day with
 * its kind symbol and hard sets, today marked, and per week the training
 * days against the level; with room, the groups each day trained. The
 * selected day is a->day, so Enter opens it in the daily screen as it is
 * and w its week. The days come from the service layer as judged weeks,
 * the layout from the calendar core, as `herstel calendar` has them. Its
 * keys are [keys.month]'s. */
#include "config.h"

#include "ui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "calendar_report.h"
#include "i18n.h"
#include "rc.h"
#include "ui_draw.h"
#include "util.h"
#include "week.h"

#define UI_MONTH_LABEL 5 /* the week number column: "47" and a gap */
#define UI_MONTH_DAYS 10 /* the training days column: "3 of 4-5 !" */
#define UI_MONTH_CELL_MAX 24

/* The loaded month, private to the view. */
struct ui_month {
	bool loaded;
	struct calendar_month m;
	hs_date from;    /* the day the view was opened from, for "back" */
	int64_t version; /* a->data_version it was read at */
	struct svc_week w[6];
};

/* Read the month of a->day again when it or the journal changed. */
static void
ui_month_load(struct app *a, struct ui_month *mo)
{
	int y, m, d;
	char *cause = NULL;

	date_to_ymd(a->day, &y, &m, &d);
	if (mo->loaded && mo->m.year == y && mo->m.month == m && mo->version == a->data_version)
		return;
	calendar_month(y, m, a->rc->week_start, &mo->m);
	mo->version = a->data_version;
	mo->loaded = svc_weeks(a->store, a->rc, mo->m.first, mo->m.nweeks, a->now, a->today,
	                 mo->w, &cause) == 0;
	if (!mo->loaded) {
		ui_status(a, true, _("cannot read the month: %s"), cause);
		free(cause);
	}
}

static void
ui_month_reload(struct app *a, void *st)
{
	ui_month_load(a, st);
}

static void
ui_month_draw_head(struct app *a, const struct ui_month *mo)
{
	char line[160], help[64] = "";
	int min, max;

	level_days(a->rc->level, &min, &max);
	/* TRANSLATORS: the month view's title: "November 2026   intermediate:
	 * 4-5 days a week". */
	snprintf(line, sizeof line, _("%s %d   %s: %d-%d days a week"),
	    date_month_name(mo->m.month), mo->m.year, level_word(a->rc->level), min, max);
	keys_hint(&a->keys[KT_MONTH], KM_HELP, a->utf8, help, sizeof help);
	ui_head_draw(a, 11, line, help);
}

/* A day's column, its gap included: wider with room, up to a cap. */
static int
ui_month_cell(const struct app *a)
{
	int cw = (a->cols - UI_MONTH_LABEL - UI_MONTH_DAYS) / WEEK_DAYS;

	return cw > UI_MONTH_CELL_MAX ? UI_MONTH_CELL_MAX : cw;
}

/* Lines a week's row gets: one, and with room one more for the groups and
 * a blank between weeks. */
static int
ui_month_row_lines(const struct app *a, const struct ui_month *mo)
{
	int body = getmaxy(a->full) - 3; /* the day names, the legend, a gap */
	int h = body / mo->m.nweeks;

	return h >= 3 ? 3 : h < 1 ? 1 : h;
}

/* The groups a day trained, by name, those that fit in `width`, and "+"
 * when some did not. */
static void
ui_month_groups(const struct week_day *d, int width, char *buf, size_t len)
{
	size_t used = 0, need;
	bool left_out = false;

	buf[0] = '\0';
	for (int g = 0; g < GROUP_COUNT; g++) {
		const char *name = group_name((enum group)g);

		if (!week_trained(d, (enum group)g))
			continue;
		need = strlen(name) + (used > 0);
		if ((int)(used + need) > width - 2 || used + need + 1 >= len) {
			left_out = true;
			continue;
		}
		used += (size_t)snprintf(buf + used, len - used, "%s%s", used > 0 ? " " : "", name);
	}
	if (left_out && used + 2 < len)
		snprintf(buf + used, len - used, "%s+", used > 0 ? " " : "");
}

/* One day's cell: "17* ▲ 12" (date, * today, kind, hard sets), tighter
 * where the cell is narrow; the selected one in reverse video. */
static void
ui_month_draw_day(struct app *a, const struct ui_month *mo, int row, int i, int y, int lines)
{
	const struct week_day *d = &mo->w[row].w.day[i];
	int cw = ui_month_cell(a), x = UI_MONTH_LABEL + i * cw, yy, mm, dd;
	char cell[64], sets[16] = "";
	attr_t at = d->date == a->day ? A_REVERSE : A_NORMAL;

	date_to_ymd(d->date, &yy, &mm, &dd);
	if (mm != mo->m.month)
		return;
	if (d->hard_sets > 0)
		snprintf(sets, sizeof sets, "%d", d->hard_sets);
	snprintf(cell, sizeof cell, cw >= 9 ? "%2d%s %s %s" : "%2d%s%s%s", dd,
	    d->date == a->today ? "*" : " ", calendar_day_symbol(d, a->today, a->utf8), sets);
	if (d->date == a->today)
		at |= A_BOLD;
	wattron(a->full, at);
	ui_put_fit(a, a->full, y, x, cw - 1, cell);
	wattroff(a->full, at);
	if (lines >= 2 && cw >= 9) {
		ui_month_groups(d, cw - 2, cell, sizeof cell);
		ui_put_fit(a, a->full, y + 1, x + 1, cw - 2, cell);
	}
}

/* The week rows, their training days and the legend. */
static void
ui_month_draw_body(struct app *a, const struct ui_month *mo)
{
	int cw = ui_month_cell(a), lines = ui_month_row_lines(a, mo), y = 1, n;
	char buf[160];
	bool off;

	werase(a->full);
	ui_put(a->full, 0, 0, UI_MONTH_LABEL, _("week"));
	for (int i = 0; i < WEEK_DAYS; i++)
		ui_put_fit(a, a->full, 0, UI_MONTH_LABEL + i * cw, cw - 1,
		    date_weekday_name((a->rc->week_start + i) % WEEK_DAYS));
	ui_put(a->full, 0, UI_MONTH_LABEL + WEEK_DAYS * cw, UI_MONTH_DAYS, _("days"));
	for (int r = 0; r < mo->m.nweeks; r++, y += lines) {
		const struct week *w = &mo->w[r].w;

		snprintf(buf, sizeof buf, "%d", w->iso_week);
		ui_put(a->full, y, 0, UI_MONTH_LABEL, buf);
		for (int i = 0; i < WEEK_DAYS; i++)
			ui_month_draw_day(a, mo, r, i, y, lines);
		if (w->first > a->today)
			continue;
		n = calendar_week_days(w, a->today, a->rc->level, &off);
		/* "!": out of the level's range, said without the colour. */
		snprintf(buf, sizeof buf, "%d%s", n, off ? " !" : "");
		wattron(a->full, ui_attr(a, off ? C_WARN : C_NONE));
		ui_put(a->full, y, UI_MONTH_LABEL + WEEK_DAYS * cw, UI_MONTH_DAYS, buf);
		wattroff(a->full, ui_attr(a, off ? C_WARN : C_NONE));
	}
	snprintf(buf, sizeof buf,
	    _("%s training  %s active  %s rest  %s passive  number: hard sets  * today"),
	    week_kind_symbol(DAY_TRAINING, a->utf8), week_kind_symbol(DAY_ACTIVE, a->utf8),
	    week_kind_symbol(DAY_REST, a->utf8), week_kind_symbol(DAY_PASSIVE, a->utf8));
	ui_put_fit(a, a->full, y + (lines > 1 ? 0 : 1), 0, a->cols - 1, buf);
	wnoutrefresh(a->full);
}

/* Status, the selected day in words and the key hints. */
static void
ui_month_draw_foot(struct app *a, const struct ui_month *mo)
{
	int week, day, y, m, d;
	char buf[200], groups[160];

	werase(a->foot);
	ui_foot_status(a);
	if (calendar_month_where(&mo->m, a->day, &week, &day)) {
		const struct week_day *wd = &mo->w[week].w.day[day];

		date_to_ymd(wd->date, &y, &m, &d);
		ui_month_groups(wd, (int)sizeof groups - 1, groups, sizeof groups);
		snprintf(buf, sizeof buf, "%s %d %s: %s", date_weekday_name(date_weekday(wd->date)),
		    d, date_month_name(m),
		    wd->kind != DAY_UNSET  ? day_kind_label(wd->kind)
		        : wd->date < a->today ? _("nothing logged, a rest day")
		                              : _("nothing logged"));
		if (wd->hard_sets > 0)
			snprintf(buf + strlen(buf), sizeof buf - strlen(buf),
			    ngettext(", %d hard set: %s", ", %d hard sets: %s", wd->hard_sets),
			    wd->hard_sets, groups);
		ui_put_fit(a, a->foot, 1, 1, a->cols - 2, buf);
	}
	ui_hints(a, &a->keys[KT_MONTH], 2, 0, NULL);
	wnoutrefresh(a->foot);
}

static void
ui_month_help(struct app *a, WINDOW *win, int y, int last, int w)
{
	char line[200];

	(void)last;
	snprintf(line, sizeof line,
	    _("%s training  %s active  %s rest  %s passive   number: hard sets   * today"),
	    week_kind_symbol(DAY_TRAINING, a->utf8), week_kind_symbol(DAY_ACTIVE, a->utf8),
	    week_kind_symbol(DAY_REST, a->utf8), week_kind_symbol(DAY_PASSIVE, a->utf8));
	ui_put_fit(a, win, y, 2, w, line);
	ui_put_fit(a, win, y + 1, 2, w,
	    _("days: the week's training days so far; ! out of the level's range"));
}

static void
ui_month_draw(struct app *a, void *st, unsigned dirty, bool top)
{
	struct ui_month *mo = st;

	(void)top;
	ui_month_load(a, mo);
	if (dirty & UI_HEAD)
		ui_month_draw_head(a, mo);
	if (dirty & (UI_LOG | UI_BOARD))
		ui_month_draw_body(a, mo);
	if (dirty & UI_FOOT)
		ui_month_draw_foot(a, mo);
}

/* Select `day`; a day in another month reads that month. */
static struct ui_react
ui_month_go(struct app *a, hs_date day)
{
	return ui_stay(ui_go(a, day) | UI_ALL);
}

static struct ui_react
ui_month_key(struct app *a, void *st, int action, int code)
{
	struct ui_month *mo = st;
	struct ui_arg arg = ui_arg_none();
	char open[32] = "", help[32] = "?";

	(void)code;
	if (a->status[0] != '\0') {
		a->status[0] = '\0';
		a->dirty |= UI_FOOT;
	}
	switch (action) {
	case KM_PREV:
		return ui_month_go(a, a->day - 1);
	case KM_NEXT:
		return ui_month_go(a, a->day + 1);
	case KM_UP:
		return ui_month_go(a, a->day - WEEK_DAYS);
	case KM_DOWN:
		return ui_month_go(a, a->day + WEEK_DAYS);
	case KM_PREV_MONTH:
		return ui_month_go(a, calendar_add_months(a->day, -1));
	case KM_NEXT_MONTH:
		return ui_month_go(a, calendar_add_months(a->day, 1));
	case KM_TODAY:
		return ui_month_go(a, a->today);
	case KM_OPEN:
		return ui_close(UI_ALL);
	case KM_WEEK:
		return ui_swap(SCREEN_WEEK, arg);
	case KM_GOTO:
		return ui_open(SCREEN_GOTO, arg);
	case KM_BACK:
		return ui_close(mo->from == a->day ? UI_ALL : ui_go(a, mo->from));
	case KM_HELP:
		arg.of = SCREEN_MONTH;
		return ui_open(SCREEN_HELP, arg);
	case KM_QUIT:
		return ui_stay(UI_QUIT);
	default:
		break;
	}
	keys_first(&a->keys[KT_MONTH], KM_OPEN, a->utf8, open, sizeof open);
	keys_first(&a->keys[KT_MONTH], KM_HELP, a->utf8, help, sizeof help);
	ui_status(a, false, _("not in the month view: %s opens the day (%s lists the keys)"), open,
	    help);
	return ui_stay(UI_FOOT);
}

static bool
ui_month_open(struct app *a, const struct ui_arg *arg, void **st)
{
	struct ui_month *mo = xcalloc(1, sizeof *mo);

	(void)arg;
	mo->from = a->day;
	ui_month_load(a, mo);
	*st = mo;
	return true;
}

const struct ui_screen ui_month_screen = {
	.name = "month",
	.covers = UI_ALL,
	.keys = KT_MONTH,
	.open = ui_month_open,
	.draw = ui_month_draw,
	.key = ui_month_key,
	.reload = ui_month_reload,
	.free = free,
	.help_title = N_(" Month view: keys (any key closes) "),
	.help = ui_month_help,
};
