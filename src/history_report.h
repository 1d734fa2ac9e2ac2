/* history_report.h: `herstel history EXERCISE` output: one exercise's
 * sessions, with their best set, e1RM, volume and records, as text (with a
 * chart of the e1RM), TSV or JSON. */
#ifndef HERSTEL_HISTORY_REPORT_H
#define HERSTEL_HISTORY_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "journal.h"
#include "report.h"
#include "svc.h"

struct history_report_opts {
	enum report_format format;
	bool utf8;         /* the chart's blocks and the × sign, else ASCII */
	enum units units;  /* of the text; TSV and JSON are in kg */
	int chart_width;   /* columns of the e1RM chart in text */
	int chart_height;  /* its rows */
};

/* The PR words of a session's record bits: "e1RM +2.5 kg, 5RM", or "" when
 * none; `units` as the text's. */
void history_records_text(const struct progress_session *p, enum units units, char *buf,
    size_t len);

/* "PR: squat e1RM 126.42 kg (+3.08), 5RM", what the records of a session
 * just logged say; "" when it set none. */
void history_pr_text(const char *exercise, const struct progress_session *p, enum units units,
    char *buf, size_t len);

/* The e1RM of the last `max` sessions that have one, oldest first, in
 * `units`, into v (and their lowest and highest); how many. */
size_t history_e1rm_series(const struct svc_history *h, enum units units, size_t max, double *v,
    double *lo, double *hi);
/* A session's best set for people: "100 × 5 @8", or "-". */
void history_best_text(const struct svc_history *h, const struct progress_session *p,
    enum units units, bool utf8, char *buf, size_t len);
/* The history's table: its heading and a session's row; `wide`: the date
 * with its weekday (else without, for narrow windows). */
void history_table_head(bool wide, char *buf, size_t len);
void history_table_row(const struct svc_history *h, const struct progress_session *p,
    enum units units, bool utf8, bool wide, char *buf, size_t len);
/* "Tue 17 Nov 2026". */
void history_date_text(hs_date d, char *buf, size_t len);

void history_report(FILE *f, const char *exercise, const struct svc_history *h,
    const struct history_report_opts *o);

#endif
