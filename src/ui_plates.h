/* ui_plates.h: the plates of a barbell lift on the screen: the line the
 * quick-entry preview shows, and the panel of each set's plates
 * (ui_plates_screen in ui.h). The arithmetic is the plates core's, over
 * herstelrc's [plates] inventory. */
#ifndef HERSTEL_UI_PLATES_H
#define HERSTEL_UI_PLATES_H

#include "ui.h"

/* The plates of `weight_kg` on a bar, for `def`: "20 + 2 × (25 + 20 +
 * 1.25)", or what is wrong; false (and buf "") when `def` is not a
 * barbell lift or there is no weight. */
bool ui_plates_of(const struct app *a, const struct exercise_def *def, double weight_kg,
    char *buf, size_t len);

#endif
