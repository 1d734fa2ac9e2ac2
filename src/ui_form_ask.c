/* ui_form_ask.c: the two questions on the foot: before deleting an entry
 * (`d`), and before a form writes a day after today. Their keys are
 * [keys.ask]'s; any key but yes is no. */
#include "config.h"

#include "ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui_draw.h"
#include "ui_form.h"
#include "ui_log.h"
#include "util.h"

struct ui_ask {
	char question[256];
	char hint[160]; /* the keys for yes and no, and what they do */
	char text[200]; /* the entry the delete question is about */
	struct ui_form_old old;
	struct ui_arg then; /* the future question: the form to open on yes */
};

/* The first keys of yes and no. */
static void
ui_ask_keys(const struct app *a, char yes[32], char no[32])
{
	keys_first(&a->keys[KT_ASK], KQ_YES, a->utf8, yes, 32);
	keys_first(&a->keys[KT_ASK], KQ_NO, a->utf8, no, 32);
}

/* Ask before deleting the item of `arg`. */
static bool
ui_delete_open(struct app *a, const struct ui_arg *arg, void **st)
{
	const struct ui_item *it = ui_form_item(a, arg);
	struct ui_ask *q;
	char text[200], yes[32], no[32];

	if (it == NULL)
		return false;
	q = xcalloc(1, sizeof *q);
	ui_log_item_text(a, it, text, sizeof text);
	ui_form_take(a, it, &q->old);
	snprintf(q->text, sizeof q->text, "%s", util_trim(text));
	snprintf(q->question, sizeof q->question, _("delete \"%s\"? (y/n)"), q->text);
	ui_ask_keys(a, yes, no);
	/* TRANSLATORS: the keys for yes and no ("y", "n"), and what they do. */
	snprintf(q->hint, sizeof q->hint, _("%s delete  %s keep"), yes, no);
	a->status[0] = '\0';
	*st = q;
	return true;
}

/* Ask before `arg->then` opens a form on a day after today. */
static bool
ui_future_open(struct app *a, const struct ui_arg *arg, void **st)
{
	struct ui_ask *q = xcalloc(1, sizeof *q);
	int y, m, d, ahead = (int)(a->day - a->today);
	char day[64], yes[32], no[32];

	date_to_ymd(a->day, &y, &m, &d);
	snprintf(day, sizeof day, "%s %d %s %d", date_weekday_name(date_weekday(a->day)), d,
	    date_month_name(m), y);
	q->then = *arg;
	ui_ask_keys(a, yes, no);
	/* TRANSLATORS: the keys for yes and no ("y", "n"), and what they do. */
	snprintf(q->hint, sizeof q->hint, _("%s log there  %s cancel"), yes, no);
	if (ahead == 1)
		snprintf(q->question, sizeof q->question,
		    _("%s is tomorrow: log into the future? (y/n)"), day);
	else
		snprintf(q->question, sizeof q->question,
		    ngettext("%s is %d day from today: log into the future? (y/n)",
		        "%s is %d days from today: log into the future? (y/n)", ahead),
		    day, ahead);
	a->status[0] = '\0';
	*st = q;
	return true;
}

static struct ui_react
ui_delete_key(struct app *a, void *st, int action, int code)
{
	struct ui_ask *q = st;
	struct svc_old old = ui_form_svc_old(&q->old);
	char *what, *done, *cause = NULL;
	struct ui_react r;

	(void)code;
	if (action != KQ_YES) {
		ui_status(a, false, "%s", _("not deleted"));
		return ui_close(UI_ALL);
	}
	what = xasprintf(_("delete %s"), q->text);
	done = xasprintf(_("deleted: %s"), q->text);
	r = ui_form_saved(a, svc_remove(a->store, what, &old, &cause), cause, done);
	free(done);
	free(what);
	/* Failed or not, the question is answered. */
	return r.go == GO_STAY ? ui_close(r.redraw) : r;
}

static struct ui_react
ui_future_key(struct app *a, void *st, int action, int code)
{
	struct ui_ask *q = st;

	(void)code;
	if (action != KQ_YES) {
		ui_status(a, false, _("%s"), _("nothing logged: the day is in the future"));
		return ui_close(UI_ALL);
	}
	return ui_swap(q->then.then, q->then); /* yes: the form the key asked for */
}

/* The question on the foot, never cut (it may take the line under it), and
 * what the answers do. */
static void
ui_ask_draw(struct app *a, void *st, unsigned dirty, bool top)
{
	struct ui_ask *q = st;

	(void)top;
	if (!(dirty & UI_FOOT))
		return;
	werase(a->foot);
	wattron(a->foot, A_BOLD);
	ui_put_wrap(a, a->foot, 0, 1, a->cols - 2, 2, q->question);
	wattroff(a->foot, A_BOLD);
	ui_put_fit(a, a->foot, 2, 1, a->cols - 2, q->hint);
	wnoutrefresh(a->foot);
}

const struct ui_screen ui_delete_screen = {
	.name = "delete",
	.covers = UI_FOOT,
	.keys = KT_ASK,
	.open = ui_delete_open,
	.draw = ui_ask_draw,
	.key = ui_delete_key,
	.free = free,
};

const struct ui_screen ui_future_screen = {
	.name = "future",
	.covers = UI_FOOT,
	.keys = KT_ASK,
	.open = ui_future_open,
	.draw = ui_ask_draw,
	.key = ui_future_key,
	.free = free,
};
