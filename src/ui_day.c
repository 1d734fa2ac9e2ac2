/* ui_day.c: the daily screen: what was logged on the viewed day, the
 * recovery board at the current clock, signals and the key hints. */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "rc.h"
#include "ui_day.h"
#include "ui_export.h"
#include "ui_place.h"
#include "ui_form.h"
#include "ui_week.h"
#include "util.h"

/* Sort the day's sets by exercise (first appearance), then time: stable. */
static void
ui_day_sort_sets(struct store_day *d)
{
	size_t *rank = xcalloc(d->nsets + 1, sizeof *rank), i, j;
	struct set_record tmp;
	size_t rtmp;

	for (i = 0; i < d->nsets; i++) {
		rank[i] = i;
		for (j = 0; j < i; j++)
			if (d->sets[j].exercise_id == d->sets[i].exercise_id) {
				rank[i] = rank[j];
				break;
			}
	}
	for (i = 1; i < d->nsets; i++)
		for (j = i; j > 0 && rank[j - 1] > rank[j]; j--) {
			tmp = d->sets[j - 1], d->sets[j - 1] = d->sets[j], d->sets[j] = tmp;
			rtmp = rank[j - 1], rank[j - 1] = rank[j], rank[j] = rtmp;
		}
	free(rank);
}

/* Two sets print as one line when everything but the reps agrees. */
static bool
ui_day_same_run(const struct set_record *x, const struct set_record *y)
{
	return x->exercise_id == y->exercise_id && x->weight_kg == y->weight_kg &&
	    x->bodyweight == y->bodyweight && x->rpe == y->rpe && x->kind == y->kind &&
	    (x->seconds > 0) == (y->seconds > 0) && x->distance_m == y->distance_m &&
	    x->superset == y->superset && strcmp(x->note, y->note) == 0;
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
		size_t j = i + 1;
		while (j < d->nsets && j - i < ENTRY_MAX_SETS &&
		    ui_day_same_run(&d->sets[i], &d->sets[j]))
			j++;
		a->items[n++] = (struct ui_item){ ITEM_SETS, i, j - i };
		i = j;
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
}

void
ui_day_load(struct app *a)
{
	char *cause = NULL;

	a->data_version = store_data_version(a->store);
	store_day_free(&a->log);
	if (store_load_day(a->store, a->day, &a->log, &cause) != 0) {
		ui_status(a, true, "cannot read the journal: %s", cause);
		free(cause);
		cause = NULL;
		a->log.day.note = xstrdup("");
	}
	ui_day_sort_sets(&a->log);
	ui_day_items(a);
	if (a->have_events)
		store_events_free(&a->events);
	a->have_events =
	    store_load_events(a->store, a->now, &a->rc->recovery, &a->events, &cause) == 0;
	if (!a->have_events) {
		ui_status(a, true, "cannot read the journal: %s", cause);
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

/* A weight in the user's units, without a useless ".0". */
static void
ui_day_weight(const struct app *a, double kg, char *buf, size_t len)
{
	bool lb = a->rc->units == UNITS_LB;
	double v = lb ? kg / KG_PER_LB : kg;

	snprintf(buf, len, "%.2f", v);
	while (buf[strlen(buf) - 1] == '0')
		buf[strlen(buf) - 1] = '\0';
	if (buf[strlen(buf) - 1] == '.')
		buf[strlen(buf) - 1] = '\0';
	snprintf(buf + strlen(buf), len - strlen(buf), " %s", lb ? "lb" : "kg");
}

/* What one set did: its reps, or its time ("60 s"), or nothing. */
static int
ui_day_count(const struct set_record *s)
{
	return s->seconds > 0 ? s->seconds : s->reps;
}

/* "5 × 5", "8, 8, 6", "3 × 60 s"; a distance set: "2 × 40 m". */
static void
ui_day_reps(const struct app *a, const struct set_record *s, size_t n, struct strbuf *sb)
{
	const char *unit = s[0].seconds > 0 ? " s" : "";
	char m[32];
	bool same = true;

	for (size_t i = 1; i < n; i++)
		same = same && ui_day_count(&s[i]) == ui_day_count(&s[0]);
	if (ui_day_count(&s[0]) == 0) { /* a distance only */
		snprintf(m, sizeof m, "%g", s[0].distance_m);
		strbuf_printf(sb, "%zu %s %s m", n, a->utf8 ? "\u00d7" : "x", m);
		return;
	}
	if (same)
		strbuf_printf(
		    sb, "%zu %s %d%s", n, a->utf8 ? "\u00d7" : "x", ui_day_count(&s[0]), unit);
	for (size_t i = 0; !same && i < n; i++)
		strbuf_printf(sb, "%s%d%s", i > 0 ? ", " : "", ui_day_count(&s[i]), unit);
	if (s[0].distance_m > 0 && (s[0].reps > 0 || s[0].seconds > 0)) {
		snprintf(m, sizeof m, "%g", s[0].distance_m);
		strbuf_printf(sb, "  %s m", m);
	}
}

/* "5 × 5  100 kg  @8  warm-up  note" for a run of sets. */
static char *
ui_day_run_text(const struct app *a, const struct ui_item *it)
{
	const struct set_record *s = &a->log.sets[it->first];
	struct strbuf sb;
	char w[32];

	strbuf_init(&sb);
	ui_day_reps(a, s, it->count, &sb);
	ui_day_weight(a, s->weight_kg, w, sizeof w);
	if (s->bodyweight && s->weight_kg > 0)
		strbuf_printf(&sb, "  bw+%s", w);
	else if (s->bodyweight)
		strbuf_puts(&sb, "  bw");
	else if (s->weight_kg > 0)
		strbuf_printf(&sb, "  %s", w);
	if (s->rpe > 0)
		strbuf_printf(&sb, "  @%g", s->rpe);
	if (s->kind != SET_WORK)
		strbuf_printf(&sb, "  %s", set_kind_label(s->kind));
	if (s->superset > 0)
		strbuf_printf(&sb, "  superset %d", s->superset);
	if (s->note[0] != '\0')
		strbuf_printf(&sb, "  %s", s->note);
	return strbuf_detach(&sb);
}

char *
ui_day_entry_text(const struct app *a, const struct ui_item *it)
{
	const struct set_record *s = &a->log.sets[it->first];
	struct strbuf sb;
	bool same = true;

	strbuf_init(&sb);
	strbuf_printf(&sb, "%s ", s->exercise);
	for (size_t i = 1; i < it->count; i++)
		same = same && ui_day_count(&s[i]) == ui_day_count(&s[0]);
	if (same && ui_day_count(s) > 0)
		strbuf_printf(
		    &sb, "%zux%d%s", it->count, ui_day_count(s), s->seconds > 0 ? "s" : "");
	for (size_t i = 0; !same && i < it->count; i++)
		strbuf_printf(&sb, "%s%d%s", i > 0 ? "," : "", ui_day_count(&s[i]),
		    s->seconds > 0 ? "s" : "");
	if (s->bodyweight)
		strbuf_puts(&sb, " bw");
	if (s->weight_kg > 0)
		strbuf_printf(&sb, "%s%gkg", s->bodyweight ? "+" : " ", s->weight_kg);
	if (s->rpe > 0)
		strbuf_printf(&sb, " @%g", s->rpe);
	if (s->kind != SET_WORK)
		strbuf_printf(&sb, " %s", set_kind_id(s->kind));
	if (s->note[0] != '\0')
		strbuf_printf(&sb, " # %s", s->note);
	return strbuf_detach(&sb);
}

/* "quads 2 · glutes 1": the latest level of each group reported that day. */
static void
ui_day_sore_text(const struct app *a, struct strbuf *sb)
{
	int level[GROUP_COUNT];
	bool first = true;

	for (int g = 0; g < GROUP_COUNT; g++)
		level[g] = -1;
	for (size_t i = 0; i < a->log.nsoreness; i++)
		level[a->log.soreness[i].group] = a->log.soreness[i].level;
	for (int g = 0; g < GROUP_COUNT; g++) {
		if (level[g] < 0)
			continue;
		strbuf_printf(sb, "%s%s %d",
		    first         ? ""
		        : a->utf8 ? " \u00b7 "
		                  : ", ",
		    group_name(g), level[g]);
		first = false;
	}
}

/* "Running (Treadmill)  5 km  30:00": cardio, which no timer counts. */
static void
ui_day_activity_text(const struct app *a, const struct activity_record *r, struct strbuf *sb)
{
	bool mi = a->rc->units == UNITS_LB;
	char d[32];

	strbuf_printf(sb, "%s", r->name);
	if (r->distance_m > 0) {
		snprintf(d, sizeof d, "%.2f", r->distance_m / (mi ? 1609.344 : 1000));
		while (d[strlen(d) - 1] == '0')
			d[strlen(d) - 1] = '\0';
		if (d[strlen(d) - 1] == '.')
			d[strlen(d) - 1] = '\0';
		strbuf_printf(sb, "  %s %s", d, mi ? "mi" : "km");
	}
	if (r->seconds >= 3600)
		strbuf_printf(
		    sb, "  %d:%02d:%02d", r->seconds / 3600, r->seconds / 60 % 60, r->seconds % 60);
	else if (r->seconds > 0)
		strbuf_printf(sb, "  %d:%02d", r->seconds / 60, r->seconds % 60);
	strbuf_puts(sb, "  (cardio)");
	if (r->note[0] != '\0')
		strbuf_printf(sb, "  %s", r->note);
}

void
ui_day_item_text(const struct app *a, const struct ui_item *it, char *buf, size_t len)
{
	const struct store_day *d = &a->log;
	struct strbuf sb;
	char *t;

	strbuf_init(&sb);
	switch (it->kind) {
	case ITEM_SETS:
		t = ui_day_run_text(a, it);
		strbuf_printf(&sb, "%s  %s", d->sets[it->first].exercise, t);
		free(t);
		break;
	case ITEM_SLEEP:
		strbuf_printf(&sb, "Sleep   %g h", d->sleep.hours);
		if (d->sleep.quality > 0)
			strbuf_printf(&sb, "   quality %d/5", d->sleep.quality);
		break;
	case ITEM_SORE:
		strbuf_puts(&sb, "Sore    ");
		ui_day_sore_text(a, &sb);
		break;
	case ITEM_DAY:
		if (d->day.note[0] != '\0')
			strbuf_printf(&sb, "Note    %s", d->day.note);
		else
			strbuf_printf(&sb, "Day     %s", day_kind_label(d->day.kind));
		break;
	case ITEM_ACTIVITY:
		ui_day_activity_text(a, &d->activities[it->first], &sb);
		break;
	}
	snprintf(buf, len, "%s", sb.buf);
	strbuf_free(&sb);
}

void
ui_day_draw_head(struct app *a)
{
	int y, m, d, wk = date_iso_week(a->day, NULL), diff = a->day - a->today;
	const char *kind =
	    a->log.has_day && a->log.day.kind != DAY_UNSET ? day_kind_label(a->log.day.kind) : "";
	char line[256], rel[32] = "";

	date_to_ymd(a->day, &y, &m, &d);
	if (diff == -1)
		snprintf(rel, sizeof rel, "  (yesterday)");
	else if (diff == 1)
		snprintf(rel, sizeof rel, "  (tomorrow)");
	else if (diff != 0)
		snprintf(rel, sizeof rel, diff < 0 ? "  (%d days ago)" : "  (in %d days)",
		    diff < 0 ? -diff : diff);
	snprintf(line, sizeof line, " %s %02d %s %d%s   week %d   %s",
	    date_weekday_name(date_weekday(a->day)), d, date_month_name(m), y, rel, wk, kind);
	ui_head_draw(a, 9, line);
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
ui_day_log_line(struct app *a, const struct ui_day_line *l, int y, int w)
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
		t = ui_day_run_text(a, it);
		snprintf(buf, sizeof buf, "  %s", t);
		free(t);
	} else
		ui_day_item_text(a, it, buf, sizeof buf);
	if ((size_t)l->item == a->sel && a->mode == MODE_DAY) {
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
	static const char *const keys[] = { "a: log sets", "z: sleep", "s: soreness",
		"n: day and note" };
	int y = 1 + ui_put_wrap(a, a->logw, 1, 2, w, 2, "Nothing logged on this day.") + 1;
	bool two = w >= 14 + ui_width(keys[3]);

	for (size_t i = 0; i < HS_ARRAY_LEN(keys); i++) {
		if (two && i % 2 == 1)
			ui_put_fit(a, a->logw, y++, 16, w - 14, keys[i]);
		else
			ui_put_fit(a, a->logw, two ? y : y++, 2, two ? 14 : w, keys[i]);
	}
}

void
ui_day_draw_log(struct app *a)
{
	int h = getmaxy(a->logw) - 2, w = getmaxx(a->logw) - 4, off = 0;
	struct ui_day_line *lines = xcalloc(a->nitems * 2 + 2, sizeof *lines);
	size_t n, sel;

	werase(a->logw);
	ui_box(a, a->logw, " Log ");
	n = ui_day_log_lines(a, lines, &sel);
	if (n == 0)
		ui_day_draw_empty(a, w);
	if ((int)sel >= h)
		off = (int)sel - h + 1;
	for (int y = 0; y < h && (size_t)(y + off) < n; y++)
		ui_day_log_line(a, &lines[y + off], y + 1, w);
	free(lines);
	wnoutrefresh(a->logw);
}

/* "14:10" today, "Thu 11:44" this week, "25 Nov" later. */
static void
ui_day_when(const struct app *a, const struct group_status *g, char *buf, size_t len)
{
	hs_minute t = g->ready_at;
	char hm[TIME_BUF];
	int y, m, d;
	long days;

	buf[0] = '\0';
	if (g->state == STATE_DUE) {
		days = g->last_trained == HS_NO_TIME
		    ? -1
		    : (long)(stamp_date(a->now) - stamp_date(g->last_trained));
		snprintf(buf, len, days < 0 ? "never" : "%ld days", days);
		return;
	}
	if (t == HS_NO_TIME || g->state == STATE_READY)
		return;
	time_format(stamp_minute_of_day(t), hm);
	date_to_ymd(stamp_date(t), &y, &m, &d);
	if (stamp_date(t) == stamp_date(a->now))
		snprintf(buf, len, "%s", hm);
	else if (stamp_date(t) - stamp_date(a->now) < 7)
		snprintf(buf, len, "%s %s", date_weekday_name(date_weekday(stamp_date(t))), hm);
	else
		snprintf(buf, len, "%d %s", d, date_month_name(m));
}

/* A bar of `width` cells filled to `percent`. */
static void
ui_day_bar(const struct app *a, WINDOW *w, int percent, int width)
{
	static const char *eighths[] = { "", "\u258f", "\u258e", "\u258d", "\u258c", "\u258b",
		"\u258a", "\u2589" };
	int fill = percent * width * 8 / 100, x;

	for (x = 0; x < width; x++) {
		if (fill >= 8)
			waddstr(w, a->utf8 ? "\u2588" : "#");
		else if (fill > 0 && a->utf8)
			waddstr(w, eighths[fill]);
		else
			waddstr(w, a->utf8 ? " " : ".");
		fill = fill >= 8 ? fill - 8 : 0;
	}
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
	ui_day_bar(a, a->boardw, g->percent, bar);
	wattroff(a->boardw, at);
	ui_day_when(a, g, buf, sizeof buf);
	waddch(a->boardw, ' ');
	ui_put_fit(a, a->boardw, y, getcurx(a->boardw), 9, buf);
}

void
ui_day_draw_board(struct app *a)
{
	int h = getmaxy(a->boardw) - 2, w = getmaxx(a->boardw) - 4, n = GROUP_COUNT;
	char title[64], hm[TIME_BUF];

	werase(a->boardw);
	time_format(stamp_minute_of_day(a->now), hm);
	snprintf(title, sizeof title, " Recovery  %s %s ",
	    date_weekday_name(date_weekday(stamp_date(a->now))), hm);
	ui_box(a, a->boardw, title);
	if (n > h)
		n = h - 1; /* the most recovered fold into one line */
	for (int i = 0; i < n; i++)
		ui_day_board_row(a, &a->board.group[i], i + 1, w);
	if (n < GROUP_COUNT) {
		snprintf(title, sizeof title, "... %d more, all further along", GROUP_COUNT - n);
		ui_put_fit(a, a->boardw, n + 1, 4, w - 2, title);
	}
	wnoutrefresh(a->boardw);
}

/* The hint text of entry i: "a add", "←→ day". */
static bool
ui_day_hint(const struct app *a, int i, char *buf, size_t len)
{
	const struct keys_entry *e = &a->keys.e[i], *p = i > 0 ? &a->keys.e[i - 1] : NULL;
	char k1[32], k0[32] = "";

	if (e->hint == NULL || e->nkeys == 0)
		return false;
	keys_name(e->keys[0], a->utf8, k1, sizeof k1);
	if (p != NULL && p->joined && p->nkeys > 0)
		keys_name(p->keys[0], a->utf8, k0, sizeof k0);
	snprintf(buf, len, "%s%s%s %s", k0, ui_width(k0) > 1 ? "/" : "", k1, e->hint);
	return true;
}

/* The hint line from the key table: as many as fit, most important first. */
static void
ui_day_hints(struct app *a, int y)
{
	bool in[KA_COUNT] = { false };
	int used = 1, x = 1;
	char buf[64];

	for (int prio = 1; prio <= 3; prio++)
		for (int i = 0; i < KA_COUNT; i++)
			if (a->keys.e[i].prio == prio && ui_day_hint(a, i, buf, sizeof buf) &&
			    used + ui_width(buf) + 2 <= a->cols) {
				in[i] = true;
				used += ui_width(buf) + 2;
			}
	for (int i = 0; i < KA_COUNT; i++)
		if (in[i] && ui_day_hint(a, i, buf, sizeof buf)) {
			ui_put(a->foot, y, x, a->cols - x, buf);
			x += ui_width(buf) + 2;
		}
}

void
ui_day_draw_foot(struct app *a)
{
	const struct signal *s = a->board.nsig > 0 ? &a->board.sig[0] : NULL;
	char buf[460];
	attr_t at;

	werase(a->foot);
	if (!ui_form_draw_foot(a)) {
		at = ui_attr(a, a->status_error ? C_ERROR : C_NONE);
		wattron(a->foot, at);
		ui_put_fit(a, a->foot, 0, 1, a->cols - 2, a->status);
		wattroff(a->foot, at);
		if (s != NULL) {
			/* The pointer to the others only when the signal is whole. */
			snprintf(buf, sizeof buf, "! %s%s", s->text,
			    a->board.nsig > 1 ? "  (more: herstel status)" : "");
			if (ui_width(buf) > a->cols - 2)
				snprintf(buf, sizeof buf, "! %s", s->text);
			at = ui_attr(a, s->strong ? C_ERROR : C_WARN);
			wattron(a->foot, at);
			ui_put_fit(a, a->foot, 1, 1, a->cols - 2, buf);
			wattroff(a->foot, at);
		}
		if (a->mode == MODE_DAY || a->mode == MODE_HELP)
			ui_day_hints(a, 2);
		else
			ui_put_fit(a, a->foot, 2, 1, a->cols - 2, a->form.hint);
	}
	wnoutrefresh(a->foot);
}

/* The keys of entry i for the help screen. */
static void
ui_day_help_keys(const struct app *a, int i, char *buf, size_t len)
{
	keys_names(&a->keys.e[i], a->utf8, buf, len);
	if (a->keys.e[i].nkeys == 0)
		snprintf(buf, len, "(none)");
}

/* What the help says beside the keys, where there are lines for it. */
static void
ui_day_help_notes(struct app *a, int y, int last, int w)
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
		y += ui_put_wrap(a, a->full, y, 2, w, last - y + 1, notes[i]);
}

/* The key table as a help screen, in as many columns as it needs, what
 * the forms do, and the board's symbols on the bottom line of the box. */
void
ui_day_draw_help(struct app *a)
{
	int h = getmaxy(a->full) - 2, w = getmaxx(a->full) - 4, cols, colw, rows, keyw = 0;
	char keys[64], line[200];

	werase(a->full);
	ui_box(a, a->full, " Help: keys (any key closes) ");
	for (int i = 0; i < KA_COUNT; i++) {
		ui_day_help_keys(a, i, keys, sizeof keys);
		keyw = ui_width(keys) > keyw ? ui_width(keys) : keyw;
	}
	cols = KA_COUNT > h ? 2 : 1;
	colw = w / cols;
	rows = (KA_COUNT + cols - 1) / cols;
	for (int i = 0; i < KA_COUNT; i++) {
		int y = 1 + i % rows, x = 2 + i / rows * colw;

		ui_day_help_keys(a, i, keys, sizeof keys);
		ui_put_fit(a, a->full, y, x, keyw, keys);
		ui_put_fit(a, a->full, y, x + keyw + 2, colw - keyw - 3, a->keys.e[i].help);
	}
	ui_day_help_notes(a, rows + 2, h, w);
	snprintf(line, sizeof line, " %s ready  %s due  %s almost  %s recovering ",
	    recovery_state_symbol(STATE_READY, a->utf8), recovery_state_symbol(STATE_DUE, a->utf8),
	    recovery_state_symbol(STATE_ALMOST, a->utf8),
	    recovery_state_symbol(STATE_RECOVERING, a->utf8));
	ui_put_fit(a, a->full, h + 1, 2, w, line);
	wnoutrefresh(a->full);
}

unsigned
ui_day_go(struct app *a, hs_date day)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	if (y < DATE_MIN_YEAR || y > DATE_MAX_YEAR)
		return 0;
	a->day = day;
	a->sel = 0;
	return UI_RELOAD;
}

static unsigned
ui_day_prev(struct app *a)
{
	return ui_day_go(a, a->day - 1);
}

static unsigned
ui_day_next(struct app *a)
{
	return ui_day_go(a, a->day + 1);
}

static unsigned
ui_day_today(struct app *a)
{
	return ui_day_go(a, a->today);
}

static unsigned
ui_day_up(struct app *a)
{
	if (a->sel > 0)
		a->sel--;
	return UI_LOG;
}

static unsigned
ui_day_down(struct app *a)
{
	if (a->sel + 1 < a->nitems)
		a->sel++;
	return UI_LOG;
}

static unsigned
ui_day_add(struct app *a)
{
	return ui_form_open_entry(a, NULL);
}

/* Enter: the form that made the selected entry, filled in. */
static unsigned
ui_day_edit(struct app *a)
{
	if (a->nitems == 0) {
		ui_status(a, false, "nothing to edit on this day");
		return UI_FOOT;
	}
	switch (a->items[a->sel].kind) {
	case ITEM_SETS:
		return ui_form_open_entry(a, &a->items[a->sel]);
	case ITEM_SORE:
		return ui_form_open_sore(a);
	case ITEM_SLEEP:
		return ui_form_open_sleep(a);
	case ITEM_ACTIVITY:
		ui_status(a, false, "an imported activity is kept as it came: d deletes it");
		return UI_FOOT;
	default:
		return ui_form_open_day(a);
	}
}

static unsigned
ui_day_delete(struct app *a)
{
	if (a->nitems == 0) {
		ui_status(a, false, "nothing to delete on this day");
		return UI_FOOT;
	}
	return ui_form_open_confirm(a, &a->items[a->sel]);
}

static unsigned
ui_day_undo(struct app *a)
{
	char *what = NULL, *cause = NULL, *warning;

	switch (store_undo(a->store, &what, &cause)) {
	case 0:
		if ((warning = store_take_warning(a->store)) != NULL)
			ui_status(a, true, "undone: %s: %s", what, warning);
		else
			ui_status(a, false, "undone: %s", what);
		free(warning);
		free(what);
		return UI_RELOAD;
	case 1:
		ui_status(a, false, "nothing to undo");
		return UI_FOOT;
	default:
		ui_status(a, true, "undo failed: %s", cause);
		free(cause);
		return UI_FOOT;
	}
}

static unsigned
ui_day_prev_week(struct app *a)
{
	return ui_day_go(a, a->day - 7);
}

static unsigned
ui_day_next_week(struct app *a)
{
	return ui_day_go(a, a->day + 7);
}

static unsigned
ui_day_week(struct app *a)
{
	return ui_week_open(a);
}

/* Esc in the day view: nothing to go back to; it clears the status line. */
static unsigned
ui_day_back(struct app *a)
{
	(void)a;
	return UI_FOOT;
}

static unsigned
ui_day_export(struct app *a)
{
	return ui_export_open(a);
}

static unsigned
ui_day_help(struct app *a)
{
	a->mode = MODE_HELP;
	return UI_ALL;
}

static unsigned
ui_day_quit(struct app *a)
{
	(void)a;
	return UI_QUIT;
}

/* What each action of the key table does in the day view. */
static unsigned (*const ui_day_handlers[KA_COUNT])(struct app *) = {
	[KA_ADD] = ui_day_add,
	[KA_SORE] = ui_form_open_sore,
	[KA_SLEEP] = ui_form_open_sleep,
	[KA_DAY] = ui_form_open_day,
	[KA_PREV] = ui_day_prev,
	[KA_NEXT] = ui_day_next,
	[KA_PREV_WEEK] = ui_day_prev_week,
	[KA_NEXT_WEEK] = ui_day_next_week,
	[KA_TODAY] = ui_day_today,
	[KA_UP] = ui_day_up,
	[KA_DOWN] = ui_day_down,
	[KA_EDIT] = ui_day_edit,
	[KA_DELETE] = ui_day_delete,
	[KA_UNDO] = ui_day_undo,
	[KA_WEEK] = ui_day_week,
	[KA_BACK] = ui_day_back,
	[KA_EXPORT] = ui_day_export,
	[KA_PLACE] = ui_place_open,
	[KA_HELP] = ui_day_help,
	[KA_QUIT] = ui_day_quit,
};

/* Does the action open a form that writes the viewed day? */
static bool
ui_day_writes(const struct app *a, enum keys_action act)
{
	return act == KA_ADD || act == KA_SORE || act == KA_SLEEP || act == KA_DAY ||
	    (act == KA_EDIT && a->nitems > 0);
}

unsigned
ui_day_key(struct app *a, int code)
{
	enum keys_action act = keys_lookup(&a->keys, code);
	char name[32], help[32] = "?";

	if (a->status[0] != '\0') {
		a->status[0] = '\0';
		a->dirty |= UI_FOOT;
	}
	if (act == KA_NONE) {
		keys_name(code, a->utf8, name, sizeof name);
		if (a->keys.e[KA_HELP].nkeys > 0)
			keys_name(a->keys.e[KA_HELP].keys[0], a->utf8, help, sizeof help);
		ui_status(a, false, "no action on %s (%s lists the keys)", name, help);
		return UI_FOOT;
	}
	/* A form on a day after today asks first: a set two days ahead is a
	 * slip of the arrow key more often than a plan. */
	if (a->day > a->today && ui_day_writes(a, act))
		return ui_form_open_future(a, ui_day_handlers[act]);
	return ui_day_handlers[act](a);
}
