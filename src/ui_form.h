/* ui_form.h: what the forms share (no form's screen is declared here: each
 * is a screen of its own in ui.h, with its state private to its file):
 * what a form replaces, what its one write (a call of svc.h) leaves on the
 * status line, the time it stamps,
 * its frame in the log panel. Every form checks all of its fields before it
 * writes, and writes in one batch, so undo takes it back whole; Esc writes
 * nothing. */
#ifndef HERSTEL_UI_FORM_H
#define HERSTEL_UI_FORM_H

#include "ui.h"
#include "ui_field.h"

/* The records a form replaces or the delete question deletes. */
struct ui_form_old {
	enum ui_item_kind what;
	int64_t ids[ENTRY_MAX_SETS * 2];
	size_t nids;
	hs_minute at;      /* when the replaced sets were logged, HS_NO_TIME: new */
	int superset;      /* ... their superset and distance, which the entry */
	double distance_m; /* line has no words for */
};

/* The item of a->items the form was opened on, NULL for none. */
const struct ui_item *ui_form_item(const struct app *a, const struct ui_arg *arg);
/* Remember the records of `it` (NULL: none) for replacing or deleting. */
void ui_form_take(const struct app *a, const struct ui_item *it, struct ui_form_old *old);
/* Them as the service layer takes them (valid while `old` is). */
struct svc_old ui_form_svc_old(const struct ui_form_old *old);
/* The status and reaction after a write of the service layer returned
 * `failed` (0 or -1) with `cause` (freed): closed, with `done` on the
 * status line, or open with the cause of the failure. */
struct ui_react ui_form_saved(struct app *a, int failed, char *cause, const char *done);
/* Esc: nothing saved. */
struct ui_react ui_form_cancel(struct app *a);
/* The time to stamp a new entry of `day` with: now today, else the
 * default minute of that day. */
hs_minute ui_form_stamp(const struct app *a, hs_date day, int default_minute);
/* A number as typed in `f`, with a decimal comma allowed: "7,5". */
int ui_form_number(const struct ui_field *f, double min, double max, double *out);
/* The form's box in the log panel, " Sleep · Tue 17 Nov ", erased. */
void ui_form_frame(struct app *a, const char *title, hs_date day);
/* The form's hint line on the third foot line, from table `t`. */
void ui_form_hints(struct app *a, int t, unsigned long only, const char *lead);

#endif
