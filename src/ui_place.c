/* ui_place.c: `g`: muscle groups for the exercises an import could not
 * place. A list of them, most sets first, each with the catalogue
 * exercise it seems closest to; Enter gives a name that exercise's groups,
 * e opens a chooser of the fifteen groups. Each save is its own batch, so
 * `u` takes one back; the board counts the exercise's sets at once. */
#include "config.h"

#include "ui_place.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "place.h"
#include "svc.h"
#include "ui_draw.h"
#include "i18n.h"
#include "util.h"

struct ui_place_item {
	char *name;
	size_t sets;
	const struct exercise_def *like; /* the suggestion, NULL when none */
};

struct ui_place {
	struct place *place;
	struct ui_place_item *items;
	size_t n, cap, sel;
	bool choosing; /* the group chooser is open */
	unsigned char role[GROUP_COUNT];
	int gsel;
};

static int
ui_place_add(void *arg, const char *name, size_t sets, char **cause)
{
	struct ui_place *p = arg;

	(void)cause;
	if (p->n == p->cap)
		p->items =
		    xreallocarray(p->items, p->cap = p->cap ? p->cap * 2 : 8, sizeof *p->items);
	p->items[p->n].name = xstrdup(name);
	p->items[p->n].sets = sets;
	p->items[p->n++].like = place_suggest(p->place, name);
	return 0;
}

/* Read the list again; -1 with the status set when the journal fails. */
static int
ui_place_load(struct app *a, struct ui_place *p)
{
	char *cause = NULL;

	for (size_t i = 0; i < p->n; i++)
		free(p->items[i].name);
	p->n = 0;
	if (store_unplaced(a->store, ui_place_add, p, &cause) != 0) {
		ui_status(a, true, _("cannot read the journal: %s"), cause);
		free(cause);
		return -1;
	}
	if (p->sel >= p->n)
		p->sel = p->n > 0 ? p->n - 1 : 0;
	return 0;
}

static void
ui_place_free(void *st)
{
	struct ui_place *p = st;

	for (size_t i = 0; i < p->n; i++)
		free(p->items[i].name);
	free(p->items);
	place_free(p->place);
	free(p);
}

/* Open the screen; with nothing to place it says so and stays closed. */
static bool
ui_place_open(struct app *a, const struct ui_arg *arg, void **st)
{
	struct ui_place *p = xcalloc(1, sizeof *p);

	(void)arg;
	p->place = place_new(a->cat);
	if (ui_place_load(a, p) != 0 || p->n == 0) {
		if (p->n == 0 && !a->status_error)
			ui_status(a, false, "%s", _("every exercise with sets has muscle groups"));
		ui_place_free(p);
		return false;
	}
	a->status[0] = '\0';
	*st = p;
	return true;
}

/* Give the selected exercise `role`, as one batch. */
static struct ui_react
ui_place_save(struct app *a, struct ui_place *p, const unsigned char role[GROUP_COUNT])
{
	struct ui_place_item *it = &p->items[p->sel];
	struct exercise_def def = { .name = it->name, .custom = true };
	char *cause = NULL, *what = xasprintf(_("give groups to %s"), it->name), groups[256];
	int64_t id = 0;
	int found;

	memcpy(def.role, role, sizeof def.role);
	if ((found = store_find_exercise(a->store, it->name, &id, &cause)) <= 0 ||
	    svc_exercise_groups(a->store, what, id, role, &cause) != 0) {
		ui_status(a, true, _("%s: %s"), what,
		    found == 0 ? _("the exercise is gone from the journal") : cause);
		free(cause);
		free(what);
		return ui_stay(UI_FOOT);
	}
	catalogue_add(a->cat, &def, NULL); /* logging it finds it with its groups */
	group_roles_text(role, group_id, groups, sizeof groups);
	ui_status(a, false, _("gave groups to %s: %s; u undoes it"), it->name, groups);
	free(what);
	p->choosing = false;
	if (ui_place_load(a, p) != 0 || p->n == 0)
		return ui_close(UI_ALL | UI_RELOAD);
	return ui_stay(UI_ALL | UI_RELOAD);
}

/* Open the chooser with the suggestion's groups (or none). */
static struct ui_react
ui_place_choose(struct ui_place *p)
{
	const struct exercise_def *like = p->items[p->sel].like;

	memset(p->role, 0, sizeof p->role);
	if (like != NULL)
		memcpy(p->role, like->role, sizeof p->role);
	p->choosing = true;
	p->gsel = 0;
	return ui_stay(UI_LOG | UI_FOOT);
}

/* A key in the chooser: Space cycles none, primary, secondary. */
static struct ui_react
ui_place_chooser_key(struct app *a, struct ui_place *p, int action)
{
	bool any = false;

	switch (action) {
	case KP_BACK:
		p->choosing = false;
		break;
	case KP_UP:
		p->gsel = (p->gsel + GROUP_COUNT - 1) % GROUP_COUNT;
		break;
	case KP_DOWN:
		p->gsel = (p->gsel + 1) % GROUP_COUNT;
		break;
	case KP_CYCLE:
		p->role[p->gsel] = (unsigned char)((p->role[p->gsel] + 1) % 3);
		break;
	case KP_PRIMARY:
	case KP_SECONDARY:
	case KP_NONE:
		p->role[p->gsel] = action == KP_PRIMARY ? ROLE_PRIMARY
		    : action == KP_SECONDARY            ? ROLE_SECONDARY
		                                        : ROLE_NONE;
		break;
	case KP_TAKE:
		for (int g = 0; g < GROUP_COUNT; g++)
			any = any || p->role[g] == ROLE_PRIMARY;
		if (any)
			return ui_place_save(a, p, p->role);
		ui_status(a, true, "%s", _("choose at least one primary group (p or Space)"));
		return ui_stay(UI_FOOT);
	default:
		break;
	}
	return ui_stay(UI_LOG | UI_FOOT);
}

static struct ui_react
ui_place_key(struct app *a, void *st, int action, int code)
{
	struct ui_place *p = st;

	(void)code;
	a->status[0] = '\0';
	if (p->choosing)
		return ui_place_chooser_key(a, p, action);
	if (action == KP_BACK)
		return ui_close(UI_ALL | UI_RELOAD);
	if (action == KP_UP)
		p->sel = p->sel > 0 ? p->sel - 1 : 0;
	else if (action == KP_DOWN)
		p->sel = p->sel + 1 < p->n ? p->sel + 1 : p->sel;
	else if (action == KP_CHOOSE || (action == KP_TAKE && p->items[p->sel].like == NULL))
		return ui_place_choose(p);
	else if (action == KP_TAKE)
		return ui_place_save(a, p, p->items[p->sel].like->role);
	return ui_stay(UI_LOG | UI_FOOT);
}

/* The list: name, sets, what it seems to be. */
static void
ui_place_draw_list(struct ui_place *p, WINDOW *w, int h, int width)
{
	int off = (int)p->sel >= h ? (int)p->sel - h + 1 : 0;
	char line[512], groups[256];

	for (int y = 0; y < h && (size_t)(y + off) < p->n; y++) {
		const struct ui_place_item *it = &p->items[y + off];

		if (it->like != NULL)
			group_roles_text(it->like->role, group_id, groups, sizeof groups);
		/* TRANSLATORS: a row of the list: NAME, its sets, then "like
		 * EXERCISE: GROUPS" or "no suggestion". */
		snprintf(line, sizeof line,
		    ngettext("%-34.34s %5zu set    %s%s%s%s", "%-34.34s %5zu sets   %s%s%s%s", it->sets),
		    it->name, it->sets, it->like ? _("like ") : _("no suggestion"),
		    it->like ? it->like->name : "", it->like ? ": " : "", it->like ? groups : "");
		if ((size_t)(y + off) == p->sel)
			wattron(w, A_REVERSE);
		ui_put(w, y + 3, 2, width, line);
		wattroff(w, A_REVERSE);
	}
}

/* The chooser: each group with its role, as a word and a mark. */
static void
ui_place_draw_chooser(struct ui_place *p, WINDOW *w, int h, int width)
{
	static const char *const mark[] = { "[ ]         ", "[P] primary ", "[s] secondary" };
	int off = p->gsel >= h ? p->gsel - h + 1 : 0;
	char line[128];

	for (int y = 0; y < h && y + off < GROUP_COUNT; y++) {
		int g = y + off;

		snprintf(line, sizeof line, "%s  %s", mark[p->role[g]], group_id(g));
		if (g == p->gsel)
			wattron(w, A_REVERSE);
		ui_put(w, y + 3, 2, width, line);
		wattroff(w, A_REVERSE);
	}
}

static void
ui_place_draw_body(struct app *a, struct ui_place *p)
{
	WINDOW *w = a->full;
	int h = getmaxy(w) - 4, width = getmaxx(w) - 4;
	char title[200];

	werase(w);
	ui_box(a, w, _(" Muscle groups for imported exercises "));
	if (p->choosing)
		snprintf(title, sizeof title, _("Groups of %s:"), p->items[p->sel].name);
	else
		snprintf(title, sizeof title,
		    ngettext("%zu exercise with sets and no muscle groups counts toward no timer:",
		        "%zu exercises with sets and no muscle groups count toward no timer:",
		        p->n),
		    p->n);
	ui_put(w, 1, 2, width, title);
	if (p->choosing)
		ui_place_draw_chooser(p, w, h - 1, width);
	else
		ui_place_draw_list(p, w, h - 1, width);
	wnoutrefresh(w);
}

/* The hint line's rows in the list and in the chooser. */
#define UI_PLACE_LIST_KEYS \
	(1ul << KP_UP | 1ul << KP_DOWN | 1ul << KP_TAKE | 1ul << KP_CHOOSE | 1ul << KP_BACK)
#define UI_PLACE_CHOOSER_KEYS \
	(1ul << KP_UP | 1ul << KP_DOWN | 1ul << KP_CYCLE | 1ul << KP_PRIMARY | \
	    1ul << KP_SECONDARY | 1ul << KP_NONE | 1ul << KP_TAKE | 1ul << KP_BACK)

static void
ui_place_draw_foot(struct app *a, const struct ui_place *p)
{
	char cycle[32], take[32], line[200];

	werase(a->foot);
	ui_foot_status(a);
	keys_first(&a->keys[KT_PLACE], KP_CYCLE, a->utf8, cycle, sizeof cycle);
	if (p->choosing)
		snprintf(line, sizeof line, _("%s: none, primary, secondary"), cycle);
	else {
		keys_first(&a->keys[KT_PLACE], KP_TAKE, a->utf8, take, sizeof take);
		keys_first(&a->keys[KT_PLACE], KP_CHOOSE, a->utf8, cycle, sizeof cycle);
		snprintf(line, sizeof line,
		    _("%s gives the groups of the suggestion; %s chooses the groups"), take, cycle);
	}
	ui_put_fit(a, a->foot, 1, 1, a->cols - 2, line);
	ui_hints(a, &a->keys[KT_PLACE], 2, p->choosing ? UI_PLACE_CHOOSER_KEYS : UI_PLACE_LIST_KEYS,
	    NULL);
	wnoutrefresh(a->foot);
}

static void
ui_place_draw(struct app *a, void *st, unsigned dirty, bool top)
{
	(void)top;
	if (dirty & (UI_LOG | UI_BOARD))
		ui_place_draw_body(a, st);
	if (dirty & UI_FOOT)
		ui_place_draw_foot(a, st);
}

/* How many exercises wait for groups. */
static int
ui_place_count(void *arg, const char *name, size_t sets, char **cause)
{
	(void)name, (void)sets, (void)cause;
	(*(size_t *)arg)++;
	return 0;
}

void
ui_place_offer(struct app *a)
{
	size_t n = 0;
	char g[32];

	if (a->status[0] != '\0' || store_unplaced(a->store, ui_place_count, &n, NULL) != 0 ||
	    n == 0)
		return;
	keys_first(&a->keys[KT_DAY], KA_PLACE, a->utf8, g, sizeof g);
	ui_status(a, false,
	    ngettext("%zu exercise from an import has no muscle groups: %s gives it groups",
	        "%zu exercises from an import have no muscle groups: %s gives them groups", n),
	    n, g);
}

const struct ui_screen ui_place_screen = {
	.name = "groups",
	.covers = UI_LOG | UI_BOARD | UI_FOOT,
	.keys = KT_PLACE,
	.open = ui_place_open,
	.draw = ui_place_draw,
	.key = ui_place_key,
	.free = ui_place_free,
};
