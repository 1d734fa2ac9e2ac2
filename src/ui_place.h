/* ui_place.h: `g` in the interactive journal (ui_place_screen in ui.h):
 * give muscle groups to the exercises an import left without them (the
 * user's own, with sets and no groups), each by a suggestion or by choosing
 * the groups; each is one undo step. */
#ifndef HERSTEL_UI_PLACE_H
#define HERSTEL_UI_PLACE_H

#include "ui.h"

/* The offer on the status line, once at the start, when there is anything
 * to place. */
void ui_place_offer(struct app *a);

#endif
