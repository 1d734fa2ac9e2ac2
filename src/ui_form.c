/* ui_form.c: what the forms share: the records a form replaces, what its
 * one write leaves on the status line, the time a new entry gets, the
 * frame a form in the log panel is drawn in. */
#include "config.h"

#include "ui_form.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_draw.h"
#include "i18n.h"
#include "util.h"

const struct ui_item *
ui_form_item(const struct app *a, const struct ui_arg *arg)
{
	return arg->item >= 0 && (size_t)arg->item < a->nitems ? &a->items[arg->item] : NULL;
}

struct ui_react
ui_form_cancel(struct app *a)
{
	ui_status(a, false, "%s", _("cancelled: nothing saved"));
	return ui_close(UI_ALL);
}

hs_minute
ui_form_stamp(const struct app *a, hs_date day, int default_minute)
{
	return day == a->today ? a->now : stamp_make(day, default_minute);
}

/* ---- writing ------------------------------------------------------------ */

struct ui_react
ui_form_saved(struct app *a, int failed, char *cause, const char *done)
{
	char *warning;

	if (failed) {
		/* The cause says whether anything may have been saved after all. */
		ui_status(a, true, _("saving failed: %s"), cause != NULL ? cause : "unknown error");
		free(cause);
		return ui_stay(UI_FOOT);
	}
	if ((warning = store_take_warning(a->store)) != NULL)
		ui_status(a, true, _("%s: %s"), done, warning);
	else
		ui_status(a, false, _("%s"), done);
	free(warning);
	return ui_close(UI_RELOAD);
}

static const enum record_kind ui_form_record_kind[] = {
	[ITEM_SETS] = RECORD_SET,
	[ITEM_SORE] = RECORD_SORENESS,
	[ITEM_SLEEP] = RECORD_SLEEP,
	[ITEM_DAY] = RECORD_DAY,
	[ITEM_ACTIVITY] = RECORD_ACTIVITY,
};

struct svc_old
ui_form_svc_old(const struct ui_form_old *old)
{
	return (struct svc_old){ ui_form_record_kind[old->what], old->ids, old->nids };
}

void
ui_form_take(const struct app *a, const struct ui_item *it, struct ui_form_old *old)
{
	const struct store_day *d = &a->log;

	memset(old, 0, sizeof *old);
	old->at = HS_NO_TIME;
	if (it == NULL)
		return;
	old->what = it->kind;
	for (size_t i = 0; i < it->count && old->nids < HS_ARRAY_LEN(old->ids); i++) {
		switch (it->kind) {
		case ITEM_SETS:
			old->ids[old->nids++] = d->sets[it->first + i].id;
			break;
		case ITEM_SORE:
			old->ids[old->nids++] = d->soreness[i].id;
			break;
		case ITEM_SLEEP:
			old->ids[old->nids++] = d->sleep.id;
			break;
		case ITEM_DAY:
			old->ids[old->nids++] = d->day.id;
			break;
		case ITEM_ACTIVITY:
			old->ids[old->nids++] = d->activities[it->first].id;
			break;
		}
	}
	if (it->kind == ITEM_SETS) {
		/* What the entry line cannot say stays as it was. */
		old->at = d->sets[it->first].at;
		old->superset = d->sets[it->first].superset;
		old->distance_m = d->sets[it->first].distance_m;
	}
}

int
ui_form_number(const struct ui_field *f, double min, double max, double *out)
{
	char buf[UI_FIELD_MAX], *p;

	snprintf(buf, sizeof buf, "%s", f->buf);
	if ((p = strchr(buf, ',')) != NULL)
		*p = '.';
	return util_parse_double(util_trim(buf), min, max, out);
}

/* ---- drawing -------------------------------------------------------------- */

void
ui_form_frame(struct app *a, const char *title, hs_date day)
{
	char line[64];
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	snprintf(line, sizeof line, " %s %s %s %d %s ", title, a->utf8 ? "\u00b7" : "-",
	    date_weekday_name(date_weekday(day)), d, date_month_name(m));
	werase(a->logw);
	ui_box(a, a->logw, line);
}

void
ui_form_hints(struct app *a, int t, unsigned long only, const char *lead)
{
	ui_hints(a, &a->keys[t], 2, only, lead);
	wnoutrefresh(a->foot);
}
