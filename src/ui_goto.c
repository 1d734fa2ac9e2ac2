/* ui_goto.c: go to a date from any view: a line on the foot that takes a
 * date as --date does (2026-03-14, -10, yesterday), read by the same
 * parser; Enter moves the view under it there, bad input says why on the
 * status line and moves nothing. Its keys are [keys.entry]'s; the others
 * edit the line. */
#include "config.h"

#include "ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "i18n.h"
#include "ui_draw.h"
#include "ui_field.h"
#include "ui_form.h"
#include "util.h"

struct ui_goto {
	struct ui_field field;
};

static bool
ui_goto_open(struct app *a, const struct ui_arg *arg, void **st)
{
	(void)arg;
	a->status[0] = '\0';
	*st = xcalloc(1, sizeof(struct ui_goto));
	return true;
}

/* Enter: the date, or why not. */
static struct ui_react
ui_goto_take(struct app *a, struct ui_goto *g)
{
	char *cause = NULL;
	hs_date day;
	unsigned r;

	if (date_parse(util_trim(g->field.buf), a->today, &day, &cause) != 0) {
		ui_status(a, true, _("go to: %s"), cause);
		free(cause);
		return ui_stay(UI_FOOT);
	}
	if ((r = ui_go(a, day)) == 0) {
		ui_status(a, true, _("go to: \"%s\" is out of the calendar herstel knows"),
		    g->field.buf);
		return ui_stay(UI_FOOT);
	}
	a->status[0] = '\0';
	return ui_close(r | UI_ALL);
}

static struct ui_react
ui_goto_key(struct app *a, void *st, int action, int code)
{
	struct ui_goto *g = st;

	switch (action) {
	case KE_CANCEL:
		a->status[0] = '\0';
		return ui_close(UI_FOOT);
	case KE_SAVE:
		return ui_goto_take(a, g);
	default:
		break;
	}
	if (ui_field_key(&g->field, code) && a->status_error) {
		a->status[0] = '\0'; /* the error was about the text before */
		a->status_error = false;
	}
	return ui_stay(UI_FOOT);
}

/* The status line (where an error shows), the line and its keys. */
static void
ui_goto_draw(struct app *a, void *st, unsigned dirty, bool top)
{
	struct ui_goto *g = st;
	const char *prompt = _("go to>");
	int pw = ui_width(prompt) + 2;

	(void)top;
	if (!(dirty & UI_FOOT))
		return;
	werase(a->foot);
	ui_foot_status(a);
	ui_put(a->foot, 1, 1, pw, prompt);
	ui_field_draw(a, a->foot, &g->field, 1, pw + 1, a->cols - pw - 2, true);
	ui_form_hints(a, KT_ENTRY, (1ul << KE_SAVE) | (1ul << KE_CANCEL),
	    _("a date: 2026-03-14, -10, yesterday"));
	wnoutrefresh(a->foot);
}

const struct ui_screen ui_goto_screen = {
	.name = "goto",
	.covers = UI_FOOT,
	.keys = KT_ENTRY,
	.open = ui_goto_open,
	.draw = ui_goto_draw,
	.key = ui_goto_key,
	.free = free,
	.help_title = NULL,
};
