/* ui_form_day.c: `n`: the day form in the log panel, the kind of day and
 * its note, both checked before the one write. Its keys are
 * [keys.form]'s; in the note the others edit the field. */
#include "config.h"

#include "ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_draw.h"
#include "ui_form.h"
#include "i18n.h"
#include "util.h"

/* The keys that set the kind at once; the form shows them under the kind. */
static const struct {
	int key;
	enum day_kind kind;
} ui_dayform_kinds[] = {
	{ 't', DAY_TRAINING },
	{ 'a', DAY_ACTIVE },
	{ 'r', DAY_REST },
	{ 'p', DAY_PASSIVE },
};

struct ui_dayform {
	struct ui_field note;
	int focus; /* 0 the kind, 1 the note */
	int kind;  /* enum day_kind */
	hs_date day;
};

static bool
ui_dayform_open(struct app *a, const struct ui_arg *arg, void **st)
{
	struct ui_dayform *f = xcalloc(1, sizeof *f);

	(void)arg;
	f->day = a->day;
	f->kind = a->log.has_day ? (int)a->log.day.kind : DAY_UNSET;
	if (a->log.has_day)
		ui_field_prefill(&f->note, a->log.day.note);
	a->status[0] = '\0';
	*st = f;
	return true;
}

static struct ui_react
ui_dayform_save(struct app *a, struct ui_dayform *f)
{
	struct day_record r = { 0 };
	char date[DATE_BUF], *what, *cause = NULL;
	const char *bad;
	struct ui_react ret;

	if (f->note.len > ENTRY_NOTE_MAX) {
		f->focus = 1;
		ui_status(a, true, _("day: note: at most %d bytes, got %zu"), ENTRY_NOTE_MAX,
		    f->note.len);
		return ui_stay(UI_LOG | UI_FOOT);
	}
	if ((bad = util_text_problem(f->note.buf)) != NULL) {
		f->focus = 1;
		ui_status(a, true, _("day: note: has %s"), bad);
		return ui_stay(UI_LOG | UI_FOOT);
	}
	r.date = f->day;
	r.kind = f->kind;
	r.note = util_trim(f->note.buf);
	date_format(r.date, date);
	what = xasprintf(
	    _("day %s: %s%s%s"), date, day_kind_label(r.kind), r.note[0] != '\0' ? ", " : "", r.note);
	ret = ui_form_saved(a, svc_day(a->store, what, &r, &cause), cause, what);
	free(what);
	return ret;
}

static struct ui_react
ui_dayform_key(struct app *a, void *st, int action, int code)
{
	struct ui_dayform *f = st;

	a->status[0] = '\0';
	if (action == KF_CANCEL)
		return ui_form_cancel(a);
	if (action == KF_SAVE)
		return ui_dayform_save(a, f);
	if (action == KF_NEXT || action == KF_PREV)
		f->focus = !f->focus;
	else if (f->focus == 1)
		ui_field_key(&f->note, code);
	else if (action == KF_KIND_NEXT)
		f->kind = (f->kind + 1) % DAY_KIND_COUNT;
	else if (action == KF_KIND_PREV)
		f->kind = (f->kind + DAY_KIND_COUNT - 1) % DAY_KIND_COUNT;
	else
		for (size_t i = 0; i < HS_ARRAY_LEN(ui_dayform_kinds); i++)
			if (code == ui_dayform_kinds[i].key)
				f->kind = ui_dayform_kinds[i].kind;
	return ui_stay(UI_LOG | UI_FOOT);
}

/* The kind keys as "t training  a active ...", from x in `width` columns,
 * on as many lines from y as they need; returns the line after them. */
static int
ui_dayform_draw_keys(struct app *a, WINDOW *w, int y, int x, int width)
{
	char item[48];
	int used = 0;

	for (size_t i = 0; i < HS_ARRAY_LEN(ui_dayform_kinds); i++) {
		snprintf(item, sizeof item, "%c %s", ui_dayform_kinds[i].key,
		    day_kind_id(ui_dayform_kinds[i].kind));
		if (used > 0 && used + 2 + ui_width(item) > width) {
			y++;
			used = 0;
		}
		used += used > 0 ? 2 : 0;
		used += ui_put_fit(a, w, y, x + used, width - used, item);
	}
	return y + 1;
}

static void
ui_dayform_draw(struct app *a, void *st, unsigned dirty, bool top)
{
	struct ui_dayform *f = st;
	WINDOW *w = a->logw;
	int width = getmaxx(w) - 4, y;
	char line[64];

	(void)top;
	if (dirty & UI_LOG) {
		ui_form_frame(a, _("Day"), f->day);
		ui_put(w, 2, 2, width, _("Kind"));
		snprintf(line, sizeof line, "%s %s %s", a->utf8 ? "\u2039" : "<",
		    f->kind == DAY_UNSET ? _("(not set)") : day_kind_label(f->kind),
		    a->utf8 ? "\u203a" : ">");
		if (f->focus == 0)
			wattron(w, A_REVERSE);
		ui_put(w, 2, 10, width - 8, line);
		wattroff(w, A_REVERSE);
		y = ui_dayform_draw_keys(a, w, 3, 10, width - 8) + 1;
		ui_put(w, y, 2, width, _("Note"));
		ui_field_draw(a, w, &f->note, y, 10, width - 8, f->focus == 1);
		if (f->focus == 0)
			a->cursor.win = NULL;
		wnoutrefresh(w);
	}
	if (dirty & UI_FOOT)
		ui_form_hints(a, KT_FORM, 0, NULL);
}

const struct ui_screen ui_dayform_screen = {
	.name = "day form",
	.covers = UI_LOG,
	.keys = KT_FORM,
	.open = ui_dayform_open,
	.draw = ui_dayform_draw,
	.key = ui_dayform_key,
	.free = free,
};
