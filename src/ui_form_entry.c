/* ui_form_entry.c: `a` and Enter on sets: the quick-entry line on the
 * foot, which takes an entry as `herstel log` does, shows what it
 * understood as it is typed, completes exercise names with Tab and replaces
 * the sets it was opened on. Its keys are [keys.entry]'s; the others edit
 * the line. */
#include "config.h"

#include "ui.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "entry.h"
#include "history_report.h"
#include "rc.h"
#include "svc.h"
#include "ui_draw.h"
#include "ui_form.h"
#include "ui_log.h"
#include "ui_plates.h"
#include "ui_rest.h"
#include "i18n.h"
#include "util.h"

/* What the line takes, shown after its keys where the width allows. */
static const char ui_entry_grammar[] =
    "exercise [sets x reps|3x60s] [weight] [@rpe] [warmup|drop|failure] [# note]";

/* The parsed entry and its exercise. */
struct ui_entry_parsed {
	struct entry e;
	const struct exercise_def *def;
};

/* The open line. */
struct ui_entry {
	struct ui_field field;
	char preview[512]; /* the parsed result or the error */
	bool preview_error;
	char plates[200]; /* a barbell lift's plates, "" when none */
	/* The named exercise's last session before the day, read when the
	 * name changes: "last Thu 26 Nov: 100x5 @9, 85x8" and the line that
	 * logs it again (NULL when there is none). */
	const struct exercise_def *last_def;
	char last[300];
	char *last_line;
	bool tail; /* the line has more than the name: the last is not shown */
	/* Up and Down: the lines of the last days (svc_recent_lines), read
	 * at the first Up; hpos 0 is the line as typed, kept in `typed`. */
	char **hist;
	size_t nhist, hpos;
	bool hist_read;
	char typed[UI_FIELD_MAX];
	hs_date day;
	struct ui_form_old old; /* the sets it replaces */
	struct ui_entry_parsed p;
};

static int
ui_entry_parse(struct app *a, struct ui_entry *e, struct ui_entry_parsed *p, char **cause)
{
	memset(p, 0, sizeof *p);
	if (strspn(e->field.buf, " ") == e->field.len)
		return util_fail(cause, "%s", _("type an exercise, e.g. squat 5x5 100 @8"));
	if (entry_parse(e->field.buf, a->rc->units, &p->e, cause) != 0)
		return -1;
	if ((p->def = catalogue_find(a->cat, p->e.exercise, cause)) == NULL ||
	    entry_check_for(&p->e, p->def->bodyweight, cause) != 0) {
		entry_free(&p->e);
		return -1;
	}
	return 0;
}

static void ui_entry_preview(struct app *a, struct ui_entry *e);

/* The last session of `def`, when the line names another exercise than
 * before. */
static void
ui_entry_last(struct app *a, struct ui_entry *e, const struct exercise_def *def)
{
	struct svc_last l;
	char *cause = NULL, keys[64];
	int y, m, d;

	if (def == e->last_def)
		return;
	e->last_def = def;
	free(e->last_line);
	e->last_line = NULL;
	e->last[0] = '\0';
	if (def == NULL)
		return;
	if (svc_last_session(a->store, def, e->day, &l, &cause) != 0) {
		snprintf(e->last, sizeof e->last, _("last session not read: %s"), cause);
		free(cause);
		return;
	}
	if (l.nsets > 0) {
		e->last_line = entry_line(l.sets, l.nsets);
		date_to_ymd(l.date, &y, &m, &d);
		keys_names(&a->keys[KT_ENTRY].e[KE_LAST], a->utf8, keys, sizeof keys);
		/* The sets as the line takes them, without the name typed. */
		snprintf(e->last, sizeof e->last, _("last %s %d %s: %s  (%s: take it)"),
		    date_weekday_name(date_weekday(l.date)), d, date_month_name(m),
		    e->last_line + strlen(l.sets[0].exercise) + 1, keys);
	}
	svc_last_free(&l);
}

/* Ctrl-R: the last session as the start of the line, ready to change. */
static struct ui_react
ui_entry_take_last(struct app *a, struct ui_entry *e)
{
	if (e->last_line == NULL) {
		snprintf(e->preview, sizeof e->preview, "%s",
		    e->last_def != NULL ? _("no earlier session of this exercise")
		                        : _("type an exercise first"));
		e->preview_error = true;
		return ui_stay(UI_FOOT);
	}
	ui_field_set(&e->field, e->last_line);
	e->field.cur = e->field.len;
	ui_entry_preview(a, e);
	return ui_stay(UI_FOOT);
}

#define UI_ENTRY_RECALL_DAYS 28

/* Up (older) and Down (newer): an earlier line in place of the typed one,
 * ready to change; Down past the newest gives the typed line back. */
static struct ui_react
ui_entry_recall(struct app *a, struct ui_entry *e, bool older)
{
	char *cause = NULL;

	if (!e->hist_read) {
		e->hist_read = true;
		if (svc_recent_lines(a->store, e->day, UI_ENTRY_RECALL_DAYS, &e->hist, &e->nhist,
		        &cause) != 0) {
			snprintf(e->preview, sizeof e->preview, "%s", cause);
			e->preview_error = true;
			free(cause);
			return ui_stay(UI_FOOT);
		}
	}
	if (older && e->hpos < e->nhist) {
		if (e->hpos == 0)
			snprintf(e->typed, sizeof e->typed, "%s", e->field.buf);
		ui_field_set(&e->field, e->hist[e->hpos++]);
	} else if (!older && e->hpos > 0) {
		e->hpos--;
		ui_field_set(&e->field, e->hpos == 0 ? e->typed : e->hist[e->hpos - 1]);
	} else {
		snprintf(e->preview, sizeof e->preview, "%s",
		    e->nhist == 0 ? _("no line in the last 28 days to recall")
		    : older      ? _("no earlier line: the oldest of the last 28 days")
		                 : _("the line as typed"));
		e->preview_error = false;
		return ui_stay(UI_FOOT);
	}
	e->field.cur = e->field.len;
	ui_entry_preview(a, e);
	return ui_stay(UI_FOOT);
}

/* The live line under the input: what will be saved, or what is wrong. */
static void
ui_entry_preview(struct app *a, struct ui_entry *e)
{
	struct ui_entry_parsed p;
	char *cause = NULL, *typed, *d;
	double top = 0;

	e->plates[0] = '\0';
	if (ui_entry_parse(a, e, &p, &cause) != 0) {
		snprintf(e->preview, sizeof e->preview, "%s", cause);
		e->preview_error = e->field.len > 0;
		free(cause);
		ui_entry_last(a, e, NULL);
		return;
	}
	ui_entry_last(a, e, p.def);
	{
		char typed_line[UI_FIELD_MAX];

		snprintf(typed_line, sizeof typed_line, "%s", e->field.buf);
		e->tail = util_chars(util_trim(typed_line)) > util_chars(p.e.exercise);
	}
	typed = p.e.exercise;
	p.e.exercise = p.def->name; /* describe the exercise it resolved to */
	d = entry_describe(&p.e, a->rc->units);
	p.e.exercise = typed;
	snprintf(e->preview, sizeof e->preview, "%s %s", a->utf8 ? "\u2192" : "->", d);
	e->preview_error = false;
	/* A line of several loads shows its heaviest: the one to load last;
	 * `p` breaks down every set. */
	for (int k = 0; k < p.e.nsets; k++)
		if (p.e.set[k].has_load && !p.e.set[k].bodyweight && p.e.set[k].weight_kg > top)
			top = p.e.set[k].weight_kg;
	if (top > 0)
		ui_plates_of(a, p.def, top, e->plates, sizeof e->plates);
	free(d);
	entry_free(&p.e);
}

static bool
ui_entry_open(struct app *a, const struct ui_arg *arg, void **st)
{
	struct ui_entry *e = xcalloc(1, sizeof *e);
	const struct ui_item *it = ui_form_item(a, arg);
	char *text;

	e->day = a->day;
	ui_form_take(a, it, &e->old);
	if (it != NULL) {
		text = ui_log_entry_text(a, it);
		ui_field_prefill(&e->field, text);
		free(text);
	}
	ui_entry_preview(a, e);
	a->status[0] = '\0';
	*st = e;
	return true;
}

/* After a save: the records the exercise set that day, on the status line
 * before what was saved, so that a narrow window still shows them
 * ("★ PR: squat e1RM 126.42 kg (+3.08) · logged: ..."). */
static void
ui_entry_records(struct app *a, const struct ui_entry *e)
{
	struct progress_session p;
	char *cause = NULL, text[256], *line;

	if (svc_session_records(a->store, a->rc, e->p.def, e->day, &p, &cause) != 0) {
		free(cause); /* saved; the records are only a remark */
		return;
	}
	history_pr_text(e->p.def->name, &p, a->rc->units, text, sizeof text);
	if (text[0] == '\0')
		return;
	line = xasprintf("%s %s %s %s", a->utf8 ? "\u2605" : "*", text, a->utf8 ? "\u00b7" : "-",
	    a->status);
	snprintf(a->status, sizeof a->status, "%s", line);
	free(line);
}

/* Enter on the quick-entry line. */
static struct ui_react
ui_entry_save(struct app *a, struct ui_entry *e)
{
	char *cause = NULL, *what, *done, *d, *typed;
	struct svc_entry ent;
	struct svc_old old = ui_form_svc_old(&e->old);
	struct ui_react r;
	hs_minute at;

	if (ui_entry_parse(a, e, &e->p, &cause) != 0) {
		snprintf(e->preview, sizeof e->preview, "%s", cause);
		e->preview_error = true;
		free(cause);
		return ui_stay(UI_FOOT);
	}
	what = xasprintf(e->old.nids > 0 ? _("edit %s") : _("log %s"), e->field.buf);
	typed = e->p.e.exercise;
	e->p.e.exercise = e->p.def->name; /* say the exercise it resolved to */
	d = entry_describe(&e->p.e, a->rc->units);
	e->p.e.exercise = typed;
	done = xasprintf(e->old.nids > 0 ? _("changed: %s") : _("logged: %s"), d);
	ent = (struct svc_entry){ .e = &e->p.e,
		.def = e->p.def,
		.superset = e->old.superset,
		.distance_m = e->old.distance_m };
	at = e->old.at;
	r = ui_form_saved(a,
	    (at == HS_NO_TIME && svc_log_at(a->store, e->day, a->now, 12 * 60, &at, &cause) != 0) ||
	        svc_log(a->store, what, &ent, 1, at, &old, &cause),
	    cause, done);
	if (r.go == GO_STAY) { /* not saved: say why where the user looks */
		snprintf(e->preview, sizeof e->preview, "%s", a->status);
		e->preview_error = true;
	} else {
		snprintf(a->select_after, sizeof a->select_after, "%s", e->p.def->name);
		ui_entry_records(a, e);
		if (e->old.nids == 0 && e->day == a->today)
			ui_rest_after_set(a, e->p.def); /* a set just done: rest */
	}
	free(d);
	free(done);
	free(what);
	entry_free(&e->p.e);
	return r;
}

/* Length of the common start of two names. */
static size_t
ui_entry_common(const char *x, const char *y)
{
	size_t n = 0;

	while (x[n] != '\0' && tolower((unsigned char)x[n]) == tolower((unsigned char)y[n]))
		n++;
	return n;
}

/* Tab: complete the exercise name, which is everything before the first
 * word that starts with a digit, '@', '#' or is a load. */
static struct ui_react
ui_entry_complete(struct app *a, struct ui_entry *e)
{
	struct ui_field *f = &e->field;
	const struct exercise_def *hit[8];
	char prefix[UI_FIELD_MAX], rest[UI_FIELD_MAX + 2], out[2 * UI_FIELD_MAX + 4], *p;
	size_t n, common;

	snprintf(prefix, sizeof prefix, "%s", f->buf);
	rest[0] = '\0';
	for (p = prefix; *p != '\0'; p++)
		if ((p == prefix || p[-1] == ' ') && strchr("0123456789@#", *p) != NULL) {
			snprintf(rest, sizeof rest, " %s", p);
			while (p > prefix && p[-1] == ' ')
				p--;
			*p = '\0';
			break;
		}
	n = catalogue_complete(a->cat, prefix, hit, HS_ARRAY_LEN(hit));
	if (n == 0) {
		snprintf(e->preview, sizeof e->preview, _("no exercise starts with \"%s\""),
		    util_trim(prefix));
		e->preview_error = true;
		return ui_stay(UI_FOOT);
	}
	common = strlen(hit[0]->name);
	for (size_t i = 1; i < n && i < HS_ARRAY_LEN(hit); i++)
		if (ui_entry_common(hit[0]->name, hit[i]->name) < common)
			common = ui_entry_common(hit[0]->name, hit[i]->name);
	if (common < strlen(prefix)) /* never take away what was typed */
		snprintf(out, sizeof out, "%s%s", prefix, rest);
	else
		snprintf(out, sizeof out, "%.*s%s%s", (int)common, hit[0]->name,
		    hit[0]->name[common] == '\0' && rest[0] == '\0' ? " " : "", rest);
	common = common < strlen(prefix) ? strlen(prefix) : common;
	ui_field_set(f, out);
	f->cur = n == 1 && rest[0] != '\0' ? common : f->len;
	ui_entry_preview(a, e);
	if (n > 1) {
		struct strbuf sb;
		strbuf_init(&sb);
		for (size_t i = 0; i < n && i < HS_ARRAY_LEN(hit); i++)
			strbuf_printf(&sb, "%s%s", i > 0 ? ", " : "", hit[i]->name);
		snprintf(e->preview, sizeof e->preview,
		    ngettext("%zu match: %s%s", "%zu matches: %s%s", n), n, sb.buf,
		    n > HS_ARRAY_LEN(hit) ? ", ..." : "");
		e->preview_error = false;
		strbuf_free(&sb);
	}
	return ui_stay(UI_FOOT);
}

static struct ui_react
ui_entry_key(struct app *a, void *st, int action, int code)
{
	struct ui_entry *e = st;

	switch (action) {
	case KE_CANCEL:
		return ui_form_cancel(a);
	case KE_SAVE:
		return ui_entry_save(a, e);
	case KE_COMPLETE:
		return ui_entry_complete(a, e);
	case KE_LAST:
		return ui_entry_take_last(a, e);
	case KE_OLDER:
		return ui_entry_recall(a, e, true);
	case KE_NEWER:
		return ui_entry_recall(a, e, false);
	default:
		break;
	}
	if (ui_field_key(&e->field, code))
		ui_entry_preview(a, e);
	if (e->field.full) {
		snprintf(e->preview, sizeof e->preview,
		    _("the line is full: it holds %d bytes, and what is typed or pasted past"
		      " that is not taken"),
		    UI_FIELD_MAX - 1);
		e->preview_error = true;
	}
	return ui_stay(UI_FOOT);
}

/* The line, its preview and its keys on the foot. */
static void
ui_entry_draw(struct app *a, void *st, unsigned dirty, bool top)
{
	struct ui_entry *e = st;
	char hint[256], keys[160] = "", one[64];
	attr_t at;

	(void)top;
	if (!(dirty & UI_FOOT))
		return;
	werase(a->foot);
	ui_put(a->foot, 0, 1, 6, e->old.nids > 0 ? _("edit>") : _("add>"));
	ui_field_draw(a, a->foot, &e->field, 0, 7, a->cols - 8, true);
	at = ui_attr(a, e->preview_error ? C_ERROR : C_NONE);
	wattron(a->foot, at);
	ui_put_fit(a, a->foot, 1, 3, a->cols - 4, e->preview);
	wattroff(a->foot, at);
	for (int i = 0; i < KE_COUNT; i++)
		if (keys_hint(&a->keys[KT_ENTRY], i, a->utf8, one, sizeof one))
			snprintf(keys + strlen(keys), sizeof keys - strlen(keys), "%s%s",
			    keys[0] != '\0' ? "  " : "", one);
	/* Under a bare name its last session; a barbell lift's plates after the
	 * keys, or the grammar where it fits whole. */
	if (e->last[0] != '\0' && !e->tail)
		ui_put_fit(a, a->foot, 2, 1, a->cols - 2, e->last);
	else if (e->plates[0] != '\0') {
		/* The plates first, the keys after them where they fit. */
		snprintf(hint, sizeof hint, "%s %s", _("plates:"), e->plates);
		if (ui_width(hint) + 3 + ui_width(keys) <= a->cols - 2)
			snprintf(hint + strlen(hint), sizeof hint - strlen(hint), "   %s", keys);
		ui_put_fit(a, a->foot, 2, 1, a->cols - 2, hint);
	} else if (ui_width(keys) + 3 + ui_width(ui_entry_grammar) <= a->cols - 2) {
		snprintf(hint, sizeof hint, "%s   %s", keys, ui_entry_grammar);
		ui_put(a->foot, 2, 1, a->cols - 2, hint);
	} else
		ui_form_hints(a, KT_ENTRY, 0, NULL);
	wnoutrefresh(a->foot);
}

static void
ui_entry_free(void *st)
{
	struct ui_entry *e = st;

	free(e->last_line);
	svc_lines_free(e->hist, e->nhist);
	free(e);
}

const struct ui_screen ui_entry_screen = {
	.name = "entry",
	.covers = UI_FOOT,
	.keys = KT_ENTRY,
	.open = ui_entry_open,
	.draw = ui_entry_draw,
	.key = ui_entry_key,
	.free = ui_entry_free,
	.help_title = NULL,
};
