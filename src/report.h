/* report.h: `herstel status` output: the board as text, TSV or JSON. */
#ifndef HERSTEL_REPORT_H
#define HERSTEL_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "recovery.h"
#include "signals.h"

enum report_format { REPORT_TEXT, REPORT_TSV, REPORT_JSON };

struct report_opts {
	enum report_format format;
	bool color; /* ANSI colour for text: a terminal, NO_COLOR unset, rc allows */
	bool utf8;  /* symbols and bar in UTF-8, else ASCII */
	int group;  /* only this group, -1 for all */
	const char *secondary_share; /* what a secondary set counts, in words ("half") */
};

/* Print the board (fixed group order for TSV and JSON, readiness order for
 * text) and the signals that hold. */
void report_status(FILE *f, const struct group_status board[GROUP_COUNT],
    const struct signal *signals, size_t nsignals, hs_minute now, const struct report_opts *o);

/* A bar of `cells` cells for a percentage, in eighths where UTF-8 allows. */
void report_bar(int percent, int cells, bool utf8, char *buf, size_t len);

/* Write s as a JSON string literal, quotes included. */
void report_json_string(FILE *f, const char *s);

#endif
