/* ui_place.c: `g`: muscle groups for the exercises an import could not
 * place. A list of them, most sets first, each with the catalogue
 * exercise it seems closest to; Enter gives a name that exercise's groups,
 * e opens a chooser of the fifteen groups. Each save is its own batch, so
 * `u` takes one back; the board counts the exercise's sets at once. */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "place.h"
#include "svc.h"
#include "ui_day.h"
#include "ui_place.h"
#include "util.h"

#define K_ESC 27
#define FN(k) (KEYS_FN | (k))

struct ui_place_item {
	char *name;
	size_t sets;
	const struct exercise_def *like; /* the suggestion, NULL when none */
};

struct ui_place {
	enum ui_mode back; /* the screen it was opened from */
	struct place *place;
	struct ui_place_item *items;
	size_t n, cap, sel;
	bool choosing; /* the group chooser is open */
	unsigned char role[GROUP_COUNT];
	int gsel;
};

/* "quads (+ glutes)": a role list for people. */
static void
ui_place_groups_text(const unsigned char role[GROUP_COUNT], char *buf, size_t len)
{
	size_t used = 0;

	buf[0] = '\0';
	for (int pass = ROLE_PRIMARY; pass <= ROLE_SECONDARY; pass++) {
		bool first = true;

		for (int g = 0; g < GROUP_COUNT && used < len; g++) {
			if (role[g] != pass)
				continue;
			used += (size_t)snprintf(buf + used, len - used, "%s%s",
			    first ? (pass == ROLE_SECONDARY ? (used ? " (+ " : "(+ ") : "") : ", ",
			    group_id(g));
			first = false;
		}
		if (pass == ROLE_SECONDARY && !first && used < len)
			used += (size_t)snprintf(buf + used, len - used, ")");
	}
}

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
ui_place_load(struct app *a)
{
	struct ui_place *p = a->place;
	char *cause = NULL;

	for (size_t i = 0; i < p->n; i++)
		free(p->items[i].name);
	p->n = 0;
	if (store_unplaced(a->store, ui_place_add, p, &cause) != 0) {
		ui_status(a, true, "cannot read the journal: %s", cause);
		free(cause);
		return -1;
	}
	if (p->sel >= p->n)
		p->sel = p->n > 0 ? p->n - 1 : 0;
	return 0;
}

void
ui_place_free(struct app *a)
{
	struct ui_place *p = a->place;

	if (p == NULL)
		return;
	for (size_t i = 0; i < p->n; i++)
		free(p->items[i].name);
	free(p->items);
	place_free(p->place);
	free(p);
	a->place = NULL;
}

unsigned
ui_place_open(struct app *a)
{
	ui_place_free(a);
	a->place = xcalloc(1, sizeof *a->place);
	a->place->back = a->mode;
	a->place->place = place_new(a->cat);
	if (ui_place_load(a) != 0 || a->place->n == 0) {
		if (a->place->n == 0 && !a->status_error)
			ui_status(a, false, "every exercise with sets has muscle groups");
		ui_place_free(a);
		return UI_FOOT;
	}
	a->mode = MODE_PLACE;
	a->status[0] = '\0';
	return UI_ALL;
}

/* Back to the screen it was opened from. */
static unsigned
ui_place_close(struct app *a)
{
	a->mode = a->place->back;
	ui_place_free(a);
	return UI_ALL | UI_RELOAD;
}

/* Give the selected exercise `role`, as one batch. */
static unsigned
ui_place_save(struct app *a, const unsigned char role[GROUP_COUNT])
{
	struct ui_place *p = a->place;
	struct ui_place_item *it = &p->items[p->sel];
	struct exercise_def def = { .name = it->name, .custom = true };
	char *cause = NULL, *what = xasprintf("give groups to %s", it->name), groups[256];
	int64_t id = 0;
	int found;

	memcpy(def.role, role, sizeof def.role);
	if ((found = store_find_exercise(a->store, it->name, &id, &cause)) <= 0 ||
	    svc_exercise_groups(a->store, what, id, role, &cause) != 0) {
		ui_status(a, true, "%s: %s", what,
		    found == 0 ? "the exercise is gone from the journal" : cause);
		free(cause);
		free(what);
		return UI_FOOT;
	}
	catalogue_add(a->cat, &def, NULL); /* logging it finds it with its groups */
	ui_place_groups_text(role, groups, sizeof groups);
	ui_status(a, false, "gave groups to %s: %s; u undoes it", it->name, groups);
	free(what);
	p->choosing = false;
	if (ui_place_load(a) != 0 || p->n == 0) {
		a->mode = p->back;
		ui_place_free(a);
	}
	return UI_ALL | UI_RELOAD;
}

/* Open the chooser with the suggestion's groups (or none). */
static unsigned
ui_place_choose(struct app *a)
{
	struct ui_place *p = a->place;
	const struct exercise_def *like = p->items[p->sel].like;

	memset(p->role, 0, sizeof p->role);
	if (like != NULL)
		memcpy(p->role, like->role, sizeof p->role);
	p->choosing = true;
	p->gsel = 0;
	return UI_LOG | UI_FOOT;
}

/* A key in the chooser: Space cycles none, primary, secondary. */
static unsigned
ui_place_chooser_key(struct app *a, int code)
{
	struct ui_place *p = a->place;
	bool any = false;

	if (code == K_ESC) {
		p->choosing = false;
		return UI_LOG | UI_FOOT;
	}
	if (code == FN(KEY_UP) || code == 'k')
		p->gsel = (p->gsel + GROUP_COUNT - 1) % GROUP_COUNT;
	else if (code == FN(KEY_DOWN) || code == 'j')
		p->gsel = (p->gsel + 1) % GROUP_COUNT;
	else if (code == ' ')
		p->role[p->gsel] = (unsigned char)((p->role[p->gsel] + 1) % 3);
	else if (code == 'p' || code == 's' || code == '-')
		p->role[p->gsel] = code == 'p' ? ROLE_PRIMARY
		    : code == 's'              ? ROLE_SECONDARY
		                               : ROLE_NONE;
	else if (code == '\n' || code == '\r' || code == FN(KEY_ENTER)) {
		for (int g = 0; g < GROUP_COUNT; g++)
			any = any || p->role[g] == ROLE_PRIMARY;
		if (any)
			return ui_place_save(a, p->role);
		ui_status(a, true, "choose at least one primary group (p or Space)");
		return UI_FOOT;
	}
	return UI_LOG | UI_FOOT;
}

unsigned
ui_place_key(struct app *a, int code)
{
	struct ui_place *p = a->place;

	a->status[0] = '\0';
	if (p->choosing)
		return ui_place_chooser_key(a, code);
	if (code == K_ESC || code == 'q')
		return ui_place_close(a);
	if (code == FN(KEY_UP) || code == 'k')
		p->sel = p->sel > 0 ? p->sel - 1 : 0;
	else if (code == FN(KEY_DOWN) || code == 'j')
		p->sel = p->sel + 1 < p->n ? p->sel + 1 : p->sel;
	else if (code == 'e' ||
	    ((code == '\n' || code == '\r' || code == FN(KEY_ENTER)) &&
	        p->items[p->sel].like == NULL))
		return ui_place_choose(a);
	else if (code == '\n' || code == '\r' || code == FN(KEY_ENTER))
		return ui_place_save(a, p->items[p->sel].like->role);
	return UI_LOG | UI_FOOT;
}

/* The list: name, sets, what it seems to be. */
static void
ui_place_draw_list(struct app *a, WINDOW *w, int h, int width)
{
	struct ui_place *p = a->place;
	int off = (int)p->sel >= h ? (int)p->sel - h + 1 : 0;
	char line[512], groups[256];

	for (int y = 0; y < h && (size_t)(y + off) < p->n; y++) {
		const struct ui_place_item *it = &p->items[y + off];

		if (it->like != NULL)
			ui_place_groups_text(it->like->role, groups, sizeof groups);
		snprintf(line, sizeof line, "%-34.34s %5zu set%s   %s%s%s%s", it->name, it->sets,
		    it->sets == 1 ? " " : "s", it->like ? "like " : "no suggestion",
		    it->like ? it->like->name : "", it->like ? ": " : "", it->like ? groups : "");
		if ((size_t)(y + off) == p->sel)
			wattron(w, A_REVERSE);
		ui_put(w, y + 3, 2, width, line);
		wattroff(w, A_REVERSE);
	}
}

/* The chooser: each group with its role, as a word and a mark. */
static void
ui_place_draw_chooser(struct app *a, WINDOW *w, int h, int width)
{
	static const char *const mark[] = { "[ ]         ", "[P] primary ", "[s] secondary" };
	struct ui_place *p = a->place;
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
ui_place_draw_body(struct app *a)
{
	struct ui_place *p = a->place;
	WINDOW *w = a->full;
	int h = getmaxy(w) - 4, width = getmaxx(w) - 4;
	char title[200];

	werase(w);
	ui_box(a, w, " Muscle groups for imported exercises ");
	if (p->choosing)
		snprintf(title, sizeof title, "Groups of %s:", p->items[p->sel].name);
	else
		snprintf(title, sizeof title,
		    "%zu exercise%s with sets and no muscle groups count toward no timer:", p->n,
		    p->n == 1 ? "" : "s");
	ui_put(w, 1, 2, width, title);
	if (p->choosing)
		ui_place_draw_chooser(a, w, h - 1, width);
	else
		ui_place_draw_list(a, w, h - 1, width);
	wnoutrefresh(w);
}

static void
ui_place_draw_foot(struct app *a)
{
	attr_t at = ui_attr(a, a->status_error ? C_ERROR : C_NONE);
	bool choosing = a->place->choosing;

	werase(a->foot);
	wattron(a->foot, at);
	ui_put(a->foot, 0, 1, a->cols - 2, a->status);
	wattroff(a->foot, at);
	ui_put(a->foot, 1, 1, a->cols - 2,
	    choosing ? "Space: none, primary, secondary   p primary  s secondary  - none"
	             : "Enter gives the groups of the suggestion; e chooses the groups");
	ui_put(a->foot, 2, 1, a->cols - 2,
	    choosing ? "Enter save  Esc back to the list" : "Enter save  e choose  Esc back");
	wnoutrefresh(a->foot);
}

void
ui_place_draw(struct app *a)
{
	if (a->place == NULL)
		return;
	if (a->dirty & UI_HEAD)
		ui_day_draw_head(a);
	if (a->dirty & (UI_LOG | UI_BOARD))
		ui_place_draw_body(a);
	if (a->dirty & UI_FOOT)
		ui_place_draw_foot(a);
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

	if (a->status[0] != '\0' || store_unplaced(a->store, ui_place_count, &n, NULL) != 0 ||
	    n == 0)
		return;
	ui_status(a, false,
	    n == 1 ? "%zu exercise from an import has no muscle groups: g gives it groups"
	           : "%zu exercises from an import have no muscle groups: g gives them groups",
	    n);
}
