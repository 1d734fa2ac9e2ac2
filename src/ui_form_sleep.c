/* ui_form_sleep.c: `z`: the sleep form in the log panel, the night's hours
 * and its quality, both checked before the one write. Its keys are
 * [keys.form]'s; the others edit the field. */
#include "config.h"

#include "ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_draw.h"
#include "ui_form.h"
#include "i18n.h"
#include "util.h"

/* The rows of [keys.form] on the hint line: no kind here. */
#define UI_SLEEP_KEYS (1ul << KF_NEXT | 1ul << KF_PREV | 1ul << KF_SAVE | 1ul << KF_CANCEL)

struct ui_sleep {
	struct ui_field field[2]; /* hours, quality */
	int focus;
	hs_date day;
};

static bool
ui_sleep_open(struct app *a, const struct ui_arg *arg, void **st)
{
	struct ui_sleep *f = xcalloc(1, sizeof *f);
	char buf[32];

	(void)arg;
	f->day = a->day;
	if (a->log.has_sleep) {
		snprintf(buf, sizeof buf, "%g", a->log.sleep.hours);
		ui_field_prefill(&f->field[0], buf);
		if (a->log.sleep.quality > 0) {
			snprintf(buf, sizeof buf, "%d", a->log.sleep.quality);
			ui_field_prefill(&f->field[1], buf);
		}
	}
	a->status[0] = '\0';
	*st = f;
	return true;
}

/* Check both fields, then save. */
static struct ui_react
ui_sleep_save(struct app *a, struct ui_sleep *f)
{
	struct sleep_record r = { 0 };
	char date[DATE_BUF], *what, *cause = NULL;
	double q = 0;
	struct ui_react ret;

	r.date = f->day;
	if (ui_form_number(&f->field[0], 0, 24, &r.hours) != 0) {
		f->focus = 0;
		ui_status(a, true, _("sleep: hours: expected a number from 0 to 24, got \"%s\""),
		    f->field[0].buf);
		return ui_stay(UI_LOG | UI_FOOT);
	}
	if (strspn(f->field[1].buf, " ") != f->field[1].len &&
	    (ui_form_number(&f->field[1], 1, 5, &q) != 0 || q != (int)q)) {
		f->focus = 1;
		ui_status(a, true, _("sleep: quality: expected 1 to 5 or nothing, got \"%s\""),
		    f->field[1].buf);
		return ui_stay(UI_LOG | UI_FOOT);
	}
	r.quality = (int)q;
	date_format(r.date, date);
	what = xasprintf(_("sleep %s: %g h"), date, r.hours);
	ret = ui_form_saved(a, svc_sleep(a->store, what, &r, &cause), cause, what);
	free(what);
	return ret;
}

static struct ui_react
ui_sleep_key(struct app *a, void *st, int action, int code)
{
	struct ui_sleep *f = st;

	a->status[0] = '\0';
	switch (action) {
	case KF_CANCEL:
		return ui_form_cancel(a);
	case KF_SAVE:
		return ui_sleep_save(a, f);
	case KF_NEXT:
	case KF_PREV:
		f->focus = !f->focus;
		break;
	default:
		ui_field_key(&f->field[f->focus], code);
		break;
	}
	return ui_stay(UI_LOG | UI_FOOT);
}

static void
ui_sleep_draw(struct app *a, void *st, unsigned dirty, bool top)
{
	struct ui_sleep *f = st;
	WINDOW *w = a->logw;
	int width = getmaxx(w) - 4, fw = width - 12 < 12 ? width - 12 : 12;

	(void)top;
	if (dirty & UI_LOG) {
		ui_form_frame(a, _("Sleep"), f->day);
		ui_put(w, 2, 2, width, _("Hours"));
		ui_field_draw(a, w, &f->field[0], 2, 12, fw, f->focus == 0);
		ui_put(w, 4, 2, width, _("Quality"));
		ui_field_draw(a, w, &f->field[1], 4, 12, fw < 4 ? fw : 4, f->focus == 1);
		ui_put_fit(a, w, 4, 17, width - 15, _("1-5, optional"));
		ui_put_wrap(a, w, 6, 2, width, 2, _("The night that ended this morning."));
		wnoutrefresh(w);
	}
	if (dirty & UI_FOOT)
		ui_form_hints(a, KT_FORM, UI_SLEEP_KEYS, NULL);
}

const struct ui_screen ui_sleep_screen = {
	.name = "sleep",
	.covers = UI_LOG,
	.keys = KT_FORM,
	.open = ui_sleep_open,
	.draw = ui_sleep_draw,
	.key = ui_sleep_key,
	.free = free,
};
