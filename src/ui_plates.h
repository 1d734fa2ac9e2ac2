/* ui_plates.h: the plates of a barbell lift on the screen: the line the
 * quick-entry preview shows, the weight the log shows in lb, and what the
 * plates panel (ui_plates_panel.c, ui_plates_screen in ui.h) lists. The
 * arithmetic is the plates core's, over herstelrc's [plates] inventory. */
#ifndef HERSTEL_UI_PLATES_H
#define HERSTEL_UI_PLATES_H

#include "ui.h"

#include "plates.h"

#define UI_PLATES_UNIT(inv) ((inv)->units == UNITS_LB ? "lb" : "kg")

/* A weight kept in kg, in the inventory's unit; in lb what the lb plates
 * make of it. */
double ui_plates_weight(const struct plates_inventory *inv, double weight_kg);

/* The plates of `weight_kg` on a bar, for `def`: "20 + 2 × (25 + 20 +
 * 1.25)", or what is wrong; false (and buf "") when `def` is not a
 * barbell lift or there is no weight. */
bool ui_plates_of(const struct app *a, const struct exercise_def *def, double weight_kg,
    char *buf, size_t len);

/* A set's weight of `exercise` in the user's units: kg as it is; lb
 * converted, and for a barbell lift rounded to what the lb plates make
 * (105 kg is 230 lb, not 231.49 lb). */
double ui_plates_shown(const struct app *a, const char *exercise, double weight_kg);

#endif
