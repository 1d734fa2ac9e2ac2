/* ui_form_sore.c: `s`: the soreness form in the log panel, every group
 * with a level from 0 to 3, replacing the day's reports as one batch. Its
 * keys are [keys.soreness]'s; the digits set a level. */
#include "config.h"

#include "ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_draw.h"
#include "ui_form.h"
#include "i18n.h"
#include "util.h"


struct ui_sore {
	int level[GROUP_COUNT]; /* -1 not set */
	int sel;
	hs_date day;
	struct ui_form_old old; /* the day's reports */
};

static bool
ui_sore_open(struct app *a, const struct ui_arg *arg, void **st)
{
	struct ui_item all = { ITEM_SORE, 0, a->log.nsoreness };
	struct ui_sore *f = xcalloc(1, sizeof *f);

	(void)arg;
	f->day = a->day;
	for (int g = 0; g < GROUP_COUNT; g++)
		f->level[g] = -1;
	for (size_t i = 0; i < a->log.nsoreness; i++)
		f->level[a->log.soreness[i].group] = a->log.soreness[i].level;
	ui_form_take(a, &all, &f->old);
	a->status[0] = '\0';
	*st = f;
	return true;
}

static struct ui_react
ui_sore_save(struct app *a, struct ui_sore *f)
{
	struct soreness_record rec[GROUP_COUNT];
	struct svc_old old = ui_form_svc_old(&f->old);
	struct strbuf sb;
	char date[DATE_BUF], *what, *cause = NULL;
	size_t n = 0;
	struct ui_react r;

	strbuf_init(&sb);
	for (int g = 0; g < GROUP_COUNT; g++)
		if (f->level[g] >= 0) {
			strbuf_printf(
			    &sb, "%s%s %d", sb.len > 0 ? ", " : "", group_name(g), f->level[g]);
			rec[n++] = (struct soreness_record){ .at = ui_form_stamp(a, f->day, 8 * 60),
				.group = g,
				.level = f->level[g] };
		}
	if (sb.len == 0 && f->old.nids == 0) {
		strbuf_free(&sb);
		ui_status(a, true, "%s", _("soreness: nothing to save: set a level (0-3) first"));
		return ui_stay(UI_FOOT);
	}
	date_format(f->day, date);
	what = xasprintf(_("soreness %s: %s"), date, sb.len > 0 ? sb.buf : _("cleared"));
	r = ui_form_saved(a, svc_sore(a->store, what, rec, n, &old, &cause), cause, what);
	free(what);
	strbuf_free(&sb);
	return r;
}

static struct ui_react
ui_sore_key(struct app *a, void *st, int action, int code)
{
	struct ui_sore *f = st;
	int *v = &f->level[f->sel];

	a->status[0] = '\0';
	switch (action) {
	case KS_CANCEL:
		return ui_form_cancel(a);
	case KS_SAVE:
		return ui_sore_save(a, f);
	case KS_UP:
		f->sel -= f->sel > 0;
		break;
	case KS_DOWN:
		f->sel += f->sel + 1 < GROUP_COUNT;
		break;
	case KS_CLEAR:
		*v = -1;
		break;
	case KS_MORE:
		*v += *v < 3;
		break;
	case KS_LESS:
		*v -= *v > -1;
		break;
	default:
		if (code >= '0' && code <= '3')
			*v = code - '0';
		else if (code >= '4' && code <= '9')
			ui_status(a, true, _("soreness: %s: the level is 0 to 3, got %c"),
			    group_name(f->sel), code);
		break;
	}
	return ui_stay(UI_LOG | UI_FOOT);
}

static void
ui_sore_draw(struct app *a, void *st, unsigned dirty, bool top)
{
	struct ui_sore *f = st;
	WINDOW *w = a->logw;
	int h = getmaxy(w) - 2, width = getmaxx(w) - 4, off = f->sel >= h ? f->sel - h + 1 : 0;
	char line[128];

	(void)top;
	if (dirty & UI_LOG) {
		ui_form_frame(a, _("Soreness"), f->day);
		for (int y = 0; y < h && y + off < GROUP_COUNT; y++) {
			int g = y + off, v = f->level[g];
			snprintf(line, sizeof line, "%-12s %s  %s", group_name(g),
			    v < 0 ? "-" : (char[]){ (char)('0' + v), '\0' },
			    v < 0 ? "" : recovery_sore_word(v));
			if (g == f->sel) {
				wattron(w, A_REVERSE);
				mvwhline(w, y + 1, 1, ' ', width + 2);
			}
			ui_put_fit(a, w, y + 1, 2, width, line);
			wattroff(w, A_REVERSE);
		}
		wnoutrefresh(w);
	}
	if (dirty & UI_FOOT)
		ui_form_hints(a, KT_SORE, 0, _("0-3 set"));
}

const struct ui_screen ui_sore_screen = {
	.name = "soreness",
	.covers = UI_LOG,
	.keys = KT_SORE,
	.open = ui_sore_open,
	.draw = ui_sore_draw,
	.key = ui_sore_key,
	.free = free,
};
