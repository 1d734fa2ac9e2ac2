/* ui_log.h: the viewed day's items (a->items over a->log) as text, for the
 * day view's log and for the forms that edit or delete them. */
#ifndef HERSTEL_UI_LOG_H
#define HERSTEL_UI_LOG_H

#include "ui.h"

/* "5 × 5  100 kg  @8  warm-up  note" for a run of sets. Caller frees. */
char *ui_log_run_text(const struct app *a, const struct ui_item *it);
/* Text of a run of sets for the quick-entry line: "squat 5x5 100kg @8". */
char *ui_log_entry_text(const struct app *a, const struct ui_item *it);
/* One-line description of an item, for the log and the delete question. */
void ui_log_item_text(const struct app *a, const struct ui_item *it, char *buf, size_t len);

#endif
