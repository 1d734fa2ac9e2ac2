/* ui_plates_panel.c: p in the daily screen: the plates of each set of the
 * selected entry of a barbell lift, in a panel over the board; any key
 * closes it. */
#include "config.h"

#include "ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "i18n.h"
#include "plates.h"
#include "rc.h"
#include "ui_draw.h"
#include "ui_plates.h"
#include "util.h"

/* The panel's state: the entry it lists. */
struct ui_plates {
	size_t first, count;
};

static bool
ui_plates_open(struct app *a, const struct ui_arg *arg, void **st)
{
	struct ui_plates *p;
	const struct ui_item *it = a->nitems > 0 ? &a->items[a->sel] : NULL;
	const struct exercise_def *def;

	(void)arg;
	if (it == NULL || it->kind != ITEM_SETS) {
		ui_status(a, false, "%s", _("plates: select the sets of a barbell lift first"));
		return false;
	}
	def = catalogue_find(a->cat, a->log.sets[it->first].exercise, NULL);
	if (def == NULL || !catalogue_barbell(def)) {
		ui_status(a, false, _("plates: %s is not a barbell lift"),
		    a->log.sets[it->first].exercise);
		return false;
	}
	p = xcalloc(1, sizeof *p);
	p->first = it->first;
	p->count = it->count;
	*st = p;
	return true;
}

static void
ui_plates_draw(struct app *a, void *st, unsigned dirty, bool top)
{
	struct ui_plates *p = st;
	struct plates_inventory inv;
	int h = getmaxy(a->boardw), w = getmaxx(a->boardw), y = 1;
	char title[128], line[256], plates[200], num[32];
	const struct exercise_def *def;

	(void)top;
	if (!(dirty & UI_BOARD))
		return;
	rc_plates(a->rc, &inv);
	def = catalogue_find(a->cat, a->log.sets[p->first].exercise, NULL);
	werase(a->boardw);
	snprintf(title, sizeof title, _(" Plates: %s "), a->log.sets[p->first].exercise);
	ui_box(a, a->boardw, title);
	util_number_text(inv.bar, num, sizeof num);
	snprintf(line, sizeof line, _("bar %s %s, per side as loaded:"), num, UI_PLATES_UNIT(&inv));
	ui_put_fit(a, a->boardw, y++, 2, w - 4, line);
	for (size_t i = 0; i < p->count && y < h - 2; i++, y++) {
		const struct set_record *s = &a->log.sets[p->first + i];

		if (s->bodyweight || !(s->weight_kg > 0)) {
			snprintf(line, sizeof line, _("%2zu  no weight"), i + 1);
		} else {
			util_number_text(ui_plates_weight(&inv, s->weight_kg), num, sizeof num);
			ui_plates_of(a, def, s->weight_kg, plates, sizeof plates);
			snprintf(line, sizeof line, "%2zu  %d %s %s %s", i + 1, s->reps,
			    a->utf8 ? "\u00d7" : "x", num, UI_PLATES_UNIT(&inv));
			/* The plates beside the set, or under it where they do not fit. */
			if (ui_width(line) + 3 + ui_width(plates) <= w - 4)
				snprintf(line + strlen(line), sizeof line - strlen(line), "   %s",
				    plates);
			else if (y + 1 < h - 2) {
				ui_put_fit(a, a->boardw, y++, 2, w - 4, line);
				snprintf(line, sizeof line, "    %s", plates);
			}
		}
		ui_put_fit(a, a->boardw, y, 2, w - 4, line);
	}
	ui_put_fit(a, a->boardw, h - 2, 2, w - 4, _("any key closes"));
	wnoutrefresh(a->boardw);
}

static struct ui_react
ui_plates_key(struct app *a, void *st, int action, int code)
{
	(void)a, (void)st, (void)action, (void)code;
	return ui_close(UI_ALL);
}

const struct ui_screen ui_plates_screen = {
	.name = "plates",
	.covers = UI_BOARD,
	.keys = -1,
	.open = ui_plates_open,
	.draw = ui_plates_draw,
	.key = ui_plates_key,
	.free = free,
	.help_title = NULL,
};
