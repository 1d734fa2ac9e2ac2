/* ui_plates.c: the plates of a barbell lift on the screen (ui_plates.h),
 * which the quick-entry line, the log and the plates panel show. */
#include "config.h"

#include "ui_plates.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "i18n.h"
#include "plates.h"
#include "rc.h"
#include "ui_draw.h"
#include "util.h"

/* A weight kept in kg, in the inventory's unit; lb to what lb plates make
 * of it, as the core rounds (105 kg is the 230 lb the plates load, not
 * 231.49 lb). */
double
ui_plates_weight(const struct plates_inventory *inv, double weight_kg)
{
	if (inv->units == UNITS_KG)
		return weight_kg;
	return plates_round(inv, round(weight_kg / KG_PER_LB * 1000) / 1000);
}

double
ui_plates_shown(const struct app *a, const char *exercise, double weight_kg)
{
	struct plates_inventory inv;
	const struct exercise_def *def;

	if (a->rc->units == UNITS_KG || !(weight_kg > 0))
		return weight_kg;
	def = catalogue_find(a->cat, exercise, NULL);
	if (def == NULL || !catalogue_barbell(def))
		return weight_kg / KG_PER_LB;
	rc_plates(a->rc, &inv);
	return ui_plates_weight(&inv, weight_kg);
}

bool
ui_plates_of(const struct app *a, const struct exercise_def *def, double weight_kg, char *buf,
    size_t len)
{
	struct plates_inventory inv;
	struct plates_load exact, below, above;
	char *cause = NULL, lo[32], hi[32], want[32];
	double w;
	int r;

	buf[0] = '\0';
	if (def == NULL || !catalogue_barbell(def) || !(weight_kg > 0))
		return false;
	rc_plates(a->rc, &inv);
	w = ui_plates_weight(&inv, weight_kg);
	if ((r = plates_solve(&inv, w, &exact, &below, &above, &cause)) < 0) {
		snprintf(buf, len, _("plates: %s"), cause);
		free(cause);
		return true;
	}
	if (r == 1) {
		plates_text(&inv, &exact, a->utf8, buf, len);
		return true;
	}
	util_number_text(w, want, sizeof want);
	util_number_text(below.total, lo, sizeof lo);
	util_number_text(above.total, hi, sizeof hi);
	if (below.total > 0 && above.total > 0)
		/* TRANSLATORS: 101 kg on a bar: "101 kg does not load: 100 or 102.5". */
		snprintf(buf, len, _("%s %s does not load: %s or %s"), want, UI_PLATES_UNIT(&inv),
		    lo, hi);
	else if (below.total > 0)
		snprintf(buf, len, _("%s %s does not load: at most %s"), want,
		    UI_PLATES_UNIT(&inv), lo);
	else
		snprintf(buf, len, _("%s %s does not load: at least %s"), want,
		    UI_PLATES_UNIT(&inv), hi);
	return true;
}

