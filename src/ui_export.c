/* ui_export.c: `x`: the export dialog. Format, range and destination are
 * checked before anything is written; export_run writes a temp file beside
 * the destination and renames it into place, so Esc, an error or a crash
 * never leaves a half-written file. */
#include "config.h"

#include "ui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "paths.h"
#include "rc.h"
#include "ui_draw.h"
#include "ui_field.h"
#include "i18n.h"
#include "util.h"
#include "week.h"
#define UI_EXPORT_PROGRESS_EVERY 1000 /* records between progress redraws */

enum ui_export_range { RANGE_ALL, RANGE_WEEK, RANGE_MONTH, RANGE_FROM_TO, RANGE_COUNT };
enum ui_export_row { ROW_FORMAT, ROW_RANGE, ROW_FROM, ROW_TO, ROW_FILE, ROW_COUNT };

static const char *const ui_export_ranges[RANGE_COUNT] = { N_("all"), N_("this week"),
	N_("this month"), N_("from-to") };
static const enum interop_format ui_export_formats[] = { INTEROP_CSV, INTEROP_JSON,
	INTEROP_STRONG };

/* The open dialog. */
struct ui_export {
	struct app *a;                    /* for export_run's progress */
	int format;                       /* index into ui_export_formats */
	int range;                        /* enum ui_export_range */
	int focus;                        /* enum ui_export_row */
	struct ui_field field[ROW_COUNT]; /* ROW_FROM, ROW_TO and ROW_FILE */
	char *dir;                        /* the default directory, made only when used */
	hs_minute at;                     /* the time in the default file name */
	size_t shown;                     /* records at the last progress redraw */
};

/* The default destination for format index `f`, NULL without a directory. */
static char *
ui_export_default_file(const struct ui_export *e, int f)
{
	char *name, *path;

	if (e->dir == NULL)
		return NULL;
	name = export_file_name(ui_export_formats[f], e->at);
	path = xasprintf("%s/%s", e->dir, name);
	free(name);
	return path;
}

static bool
ui_export_open(struct app *a, const struct ui_arg *arg, void **st)
{
	struct ui_export *e = xcalloc(1, sizeof *e);
	int f = export_format_from_id(a->rc->export_format);
	char *cause = NULL, *path, date[DATE_BUF];

	e->a = a;
	e->at = a->now;
	for (size_t i = 0; i < HS_ARRAY_LEN(ui_export_formats); i++)
		if ((int)ui_export_formats[i] == f)
			e->format = (int)i;
	if ((e->dir = export_default_dir(a->rc, &cause)) == NULL) {
		ui_status(a, true, _("export: %s"), cause);
		free(cause);
	} else {
		path = ui_export_default_file(e, e->format);
		ui_field_prefill(&e->field[ROW_FILE], path);
		free(path);
		a->status[0] = '\0';
	}
	if (arg->week != UI_NO_WEEK) { /* the week being looked at */
		e->range = RANGE_FROM_TO;
		date_format(arg->week, date);
		ui_field_prefill(&e->field[ROW_FROM], date);
		date_format(arg->week + 6, date);
		ui_field_prefill(&e->field[ROW_TO], date);
	}
	*st = e;
	return true;
}

static void
ui_export_free(void *st)
{
	struct ui_export *e = st;

	free(e->dir);
	free(e);
}

/* ---- checking the fields --------------------------------------------- */

/* A date field; empty gives `empty`. -1 with the focus on it and *cause
 * naming it. */
static int
ui_export_date(
    struct app *a, struct ui_export *e, int row, hs_date empty, hs_date *out, char **cause)
{
	char buf[UI_FIELD_MAX], *s, *why = NULL;

	snprintf(buf, sizeof buf, "%s", e->field[row].buf);
	s = util_trim(buf);
	if (*s == '\0') {
		*out = empty;
		return 0;
	}
	if (date_parse(s, a->today, out, &why) == 0)
		return 0;
	e->focus = row;
	util_fail(cause, _("%s: %s"), row == ROW_FROM ? "from" : "to", why);
	free(why);
	return -1;
}

/* The first and last day of the chosen range. */
static int
ui_export_range(struct app *a, struct ui_export *e, hs_date *from, hs_date *to, char **cause)
{
	hs_date lo = date_from_ymd(DATE_MIN_YEAR, 1, 1), hi = date_from_ymd(DATE_MAX_YEAR, 12, 31);
	char f[DATE_BUF], t[DATE_BUF];
	int y, m, d;

	*from = lo;
	*to = hi;
	date_to_ymd(a->today, &y, &m, &d);
	switch (e->range) {
	case RANGE_WEEK:
		*from = week_start_date(a->today, a->rc->week_start);
		*to = *from + 6;
		return 0;
	case RANGE_MONTH:
		*from = date_from_ymd(y, m, 1);
		*to = date_from_ymd(y, m, date_days_in_month(y, m));
		return 0;
	case RANGE_FROM_TO:
		if (ui_export_date(a, e, ROW_FROM, lo, from, cause) != 0 ||
		    ui_export_date(a, e, ROW_TO, hi, to, cause) != 0)
			return -1;
		if (*from <= *to)
			return 0;
		date_format(*from, f);
		date_format(*to, t);
		e->focus = ROW_FROM;
		return util_fail(cause, _("from: %s is after to: %s"), f, t);
	default:
		return 0;
	}
}

/* The destination as typed, ~/ expanded; NULL with *cause. Caller frees. */
static char *
ui_export_path(struct ui_export *e, char **cause)
{
	char buf[UI_FIELD_MAX], *s;

	snprintf(buf, sizeof buf, "%s", e->field[ROW_FILE].buf);
	s = util_trim(buf);
	e->focus = ROW_FILE;
	if (*s == '\0') {
		util_fail(cause, "%s", _("file: type where to write the export"));
		return NULL;
	}
	return paths_expand(s);
}

/* ---- exporting --------------------------------------------------------- */

/* The foot lines: status (or progress), what the keys do. */
static void
ui_export_draw_foot(struct app *a)
{
	const struct keys *k = &a->keys[KT_EXPORT];
	char change[64], line[200];

	werase(a->foot);
	ui_foot_status(a);
	keys_names(&k->e[KX_CHANGE], a->utf8, change, sizeof change);
	snprintf(
	    line, sizeof line, _("%s change format and range; dates YYYY-MM-DD, today, -N"), change);
	ui_put_fit(a, a->foot, 1, 1, a->cols - 2, line);
	ui_hints(a, k, 2, 0, NULL);
	wnoutrefresh(a->foot);
}

/* export_run's progress callback. A long export would otherwise freeze the
 * screen: this is the one draw outside the main loop, and it only repaints
 * the foot with how far it got. */
static void
ui_export_progress(void *arg, size_t done)
{
	struct ui_export *e = arg;
	struct app *a = e->a;

	if (done != 0 && done < e->shown + UI_EXPORT_PROGRESS_EVERY)
		return;
	e->shown = done;
	ui_status(a, false, _("exporting%s %zu records"), a->utf8 ? "\u2026" : "...", done);
	ui_export_draw_foot(a);
	doupdate();
}

/* "exported N records to PATH", the path cut from the left to fit. */
static void
ui_export_done(struct app *a, size_t n, const char *path)
{
	char head[64];
	const char *p = path, *dots = a->utf8 ? "\u2026" : "...";
	int room;

	snprintf(head, sizeof head,
	    ngettext("exported %zu record to ", "exported %zu records to ", n), n);
	room = a->cols - 2 - ui_width(head);
	if (ui_width(p) > room) {
		while (*p != '\0' && ui_width(p) + ui_width(dots) > room)
			p++;
		while (((unsigned char)*p & 0xc0) == 0x80)
			p++;
	}
	ui_status(a, false, _("%s%s%s"), head, p != path ? dots : "", p);
}

/* An error about `path` on the status line, the path cut to its file name
 * (the File field shows the rest), so a narrow line keeps the reason. */
static void
ui_export_fail(struct app *a, const char *cause, const char *path)
{
	const char *at = path != NULL ? strstr(cause, path) : NULL;
	const char *name =
	    path != NULL && strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path;

	if (at == NULL || *name == '\0')
		ui_status(a, true, _("export: %s"), cause);
	else
		ui_status(
		    a, true, _("export: %.*s%s%s"), (int)(at - cause), cause, name, at + strlen(path));
}

/* Enter: check every field, then export; errors keep the dialog open. */
static struct ui_react
ui_export_save(struct app *a, struct ui_export *e)
{
	struct export_opts o = { .units = a->rc->units,
		.now = a->now,
		.progress = ui_export_progress,
		.progress_arg = e };
	char *path = NULL, *cause = NULL;
	size_t n = 0;

	o.format = ui_export_formats[e->format];
	if (ui_export_range(a, e, &o.from, &o.to, &cause) != 0 ||
	    (path = ui_export_path(e, &cause)) == NULL)
		goto fail;
	if (paths_check_destination(path, e->dir, &cause) != 0) {
		char *why = cause;

		util_fail(&cause, _("file: %s"), why);
		free(why);
		goto fail;
	}
	o.path = path;
	e->shown = 0;
	ui_export_progress(e, 0);
	if (export_run(a->store, &o, &n, &cause) != 0)
		goto fail;
	ui_export_done(a, n, path);
	free(path);
	return ui_close(UI_FOOT);
fail:
	ui_export_fail(a, cause != NULL ? cause : _("unknown error"), path);
	free(cause);
	free(path);
	return ui_stay(UI_ALL);
}

/* ---- keys ------------------------------------------------------------------ */

/* Cycle the format; the file name follows while it is still the default. */
static void
ui_export_cycle_format(struct ui_export *e, int step)
{
	int n = (int)HS_ARRAY_LEN(ui_export_formats), next = (e->format + step + n) % n;
	char *old = ui_export_default_file(e, e->format), *path;

	if (old != NULL && strcmp(old, e->field[ROW_FILE].buf) == 0) {
		path = ui_export_default_file(e, next);
		ui_field_prefill(&e->field[ROW_FILE], path);
		free(path);
	}
	free(old);
	e->format = next;
}

/* The next row that is shown, `step` 1 or -1. */
static void
ui_export_move(struct ui_export *e, int step)
{
	do
		e->focus = (e->focus + step + ROW_COUNT) % ROW_COUNT;
	while (e->range != RANGE_FROM_TO && (e->focus == ROW_FROM || e->focus == ROW_TO));
}

static struct ui_react
ui_export_key(struct app *a, void *st, int action, int code)
{
	struct ui_export *e = st;
	int step = action == KX_CHANGE ? 1 : action == KX_CHANGE_BACK ? -1 : 0;

	a->status[0] = '\0';
	if (action == KX_CANCEL) {
		ui_status(a, false, "%s", _("export cancelled: nothing written"));
		return ui_close(UI_FOOT);
	}
	if (action == KX_SAVE)
		return ui_export_save(a, e);
	if (action == KX_NEXT)
		ui_export_move(e, 1);
	else if (action == KX_PREV)
		ui_export_move(e, -1);
	else if (e->focus == ROW_FORMAT && step != 0)
		ui_export_cycle_format(e, step);
	else if (e->focus == ROW_RANGE && step != 0)
		e->range = (e->range + step + RANGE_COUNT) % RANGE_COUNT;
	else if (e->focus != ROW_FORMAT && e->focus != ROW_RANGE)
		ui_field_key(&e->field[e->focus], code);
	return ui_stay(UI_LOG | UI_FOOT);
}

/* ---- drawing --------------------------------------------------------------- */

/* A row of choices: "‹ json ›", reversed when it has the focus. */
static void
ui_export_draw_choice(
    struct app *a, WINDOW *w, int y, const char *label, const char *value, bool focus)
{
	char line[64];

	ui_put(w, y, 2, 10, label);
	snprintf(line, sizeof line, "%s %s %s", a->utf8 ? "\u2039" : "<", value,
	    a->utf8 ? "\u203a" : ">");
	if (focus)
		wattron(w, A_REVERSE);
	ui_put(w, y, 12, getmaxx(w) - 14, line);
	wattroff(w, A_REVERSE);
}

/* What the range covers, beside it. */
static void
ui_export_range_text(struct app *a, struct ui_export *e, char *buf, size_t len)
{
	hs_date from, to;
	char f[DATE_BUF], t[DATE_BUF];

	if (e->range == RANGE_ALL)
		snprintf(buf, len, "%s", _("the whole history"));
	else if (e->range == RANGE_FROM_TO)
		snprintf(buf, len, "%s", _("an empty date: no limit"));
	else {
		ui_export_range(a, e, &from, &to, NULL);
		date_format(from, f);
		date_format(to, t);
		snprintf(buf, len, _("%s to %s"), f, t);
	}
}

/* The form in the body window. */
static void
ui_export_draw_body(struct app *a, struct ui_export *e)
{
	WINDOW *w = a->full;
	int width = getmaxx(w) - 14;
	char text[64];

	werase(w);
	ui_box(a, w, _(" Export "));
	a->cursor.win = NULL;
	ui_export_draw_choice(a, w, 2, _("Format"), interop_format_id(ui_export_formats[e->format]),
	    e->focus == ROW_FORMAT);
	ui_put_fit(a, w, 2, 24, width - 12,
	    ui_export_formats[e->format] == INTEROP_STRONG ? _("Strong's CSV, sets only") : "");
	ui_export_draw_choice(
	    a, w, 4, _("Range"), _(ui_export_ranges[e->range]), e->focus == ROW_RANGE);
	ui_export_range_text(a, e, text, sizeof text);
	ui_put_fit(a, w, 4, 28, width - 16, text);
	if (e->range == RANGE_FROM_TO) {
		ui_put(w, 5, 2, 10, _("From"));
		ui_field_draw(a, w, &e->field[ROW_FROM], 5, 12, width < 12 ? width : 12,
		    e->focus == ROW_FROM);
		ui_put(w, 6, 2, 10, _("To"));
		ui_field_draw(
		    a, w, &e->field[ROW_TO], 6, 12, width < 12 ? width : 12, e->focus == ROW_TO);
	}
	ui_put(w, 8, 2, 10, _("File"));
	ui_field_draw(a, w, &e->field[ROW_FILE], 8, 12, width, e->focus == ROW_FILE);
	wnoutrefresh(w);
}

static void
ui_export_draw(struct app *a, void *st, unsigned dirty, bool top)
{
	(void)top;
	if (dirty & (UI_LOG | UI_BOARD))
		ui_export_draw_body(a, st);
	if (dirty & UI_FOOT)
		ui_export_draw_foot(a);
}

const struct ui_screen ui_export_screen = {
	.name = "export",
	.covers = UI_LOG | UI_BOARD | UI_FOOT,
	.keys = KT_EXPORT,
	.open = ui_export_open,
	.draw = ui_export_draw,
	.key = ui_export_key,
	.free = ui_export_free,
};
