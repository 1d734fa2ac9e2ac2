/* report.c: the recovery board for the command line: text, TSV and JSON. */
#include "config.h"

#include "report.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

/* ANSI colours of the states for the plain terminal (the UI has its own). */
static const char *const state_ansi[STATE_COUNT] = {
	[STATE_READY] = "\033[32m",
	[STATE_DUE] = "\033[36m",
	[STATE_ALMOST] = "\033[33m",
	[STATE_RECOVERING] = "\033[31m",
};

void
report_bar(int percent, int cells, bool utf8, char *buf, size_t len)
{
	static const char *const eighths[] = { "", "▏", "▎", "▍", "▌", "▋", "▊", "▉" };
	int total = percent * cells * 8 / 100, full = total / 8;
	size_t used = 0;

	buf[0] = '\0';
	for (int i = 0; i < cells; i++) {
		const char *cell;

		if (i < full)
			cell = utf8 ? "█" : "#";
		else if (i == full && total % 8 != 0 && utf8)
			cell = eighths[total % 8];
		else
			cell = utf8 ? " " : ".";
		if (used + strlen(cell) + 1 > len)
			break;
		strcpy(buf + used, cell);
		used += strlen(cell);
	}
}

/* What drives a group's line: the last session (its hard sets, weighted by
 * role, and their mean RPE, as the week grid and --explain count them; a
 * first session after a lay-off says so), soreness since it, and the
 * shortest night that slows the current window. Nothing older is named. */
static bool
report_drivers(const struct group_status *st, hs_minute now, char *buf, size_t len)
{
	size_t used = 0;
	char rpe[16];
	hs_date day;

	buf[0] = '\0';
	if (st->last_trained == HS_NO_TIME) {
		snprintf(buf, len, "%s", _("never trained"));
		return false;
	}
	day = stamp_date(st->last_trained);
	recovery_rpe_text(st->last_rpe, rpe, sizeof rpe);
	if (st->state == STATE_DUE)
		used += (size_t)snprintf(buf, len,
		    ngettext("last trained %d day ago", "last trained %d days ago",
		        (unsigned long)(stamp_date(now) - day)),
		    (int)(stamp_date(now) - day));
	else if (st->last_sets > 0)
		used += (size_t)snprintf(buf, len, _("%g hard sets @%s %s %02d:%02d"),
		    st->last_sets, rpe, date_weekday_name(date_weekday(day)),
		    stamp_minute_of_day(st->last_trained) / 60,
		    stamp_minute_of_day(st->last_trained) % 60);
	if (st->state != STATE_DUE && st->last_novel && used < len)
		used += (size_t)(st->last_gap_days < 0
		        ? snprintf(buf + used, len - used, "%s", _(", first session"))
		        : snprintf(buf + used, len - used,
		              ngettext(", first in %d day", ", first in %d days",
		                  (unsigned long)st->last_gap_days),
		              st->last_gap_days));
	if (st->soreness > 0 && used < len)
		used += (size_t)snprintf(
		    buf + used, len - used, _("%ssore %d"), used ? ", " : "", st->soreness);
	if (st->slow_sleep > 0 && used < len)
		snprintf(buf + used, len - used, _("%sshort sleep %.1fh"), used ? ", " : "",
		    st->slow_sleep);
	return st->state != STATE_DUE && st->last_sets > 0;
}

static void
report_text(FILE *f, const struct group_status board[GROUP_COUNT], const struct signal *sig,
    size_t nsig, hs_minute now, const struct report_opts *o)
{
	struct group_status sorted[GROUP_COUNT];
	char bar[64], when[32], why[160], pct[8];
	bool counted = false;

	memcpy(sorted, board, sizeof sorted);
	recovery_sort(sorted, GROUP_COUNT);
	for (int i = 0; i < GROUP_COUNT; i++) {
		const struct group_status *st = &sorted[i];

		if (o->group >= 0 && (int)st->group != o->group)
			continue;
		report_bar(st->percent, 10, o->utf8, bar, sizeof bar);
		recovery_ready_text(st, now, RECOVERY_WHEN_SENTENCE, when, sizeof when);
		counted = report_drivers(st, now, why, sizeof why) || counted;
		snprintf(pct, sizeof pct, "%d%%", st->percent);
		fprintf(f, "%s%s %-10s%s %-11s %4s %s  %-16s %s\n",
		    o->color ? state_ansi[st->state] : "",
		    recovery_state_symbol(st->state, o->utf8), recovery_state_word(st->state),
		    o->color ? "\033[0m" : "", group_name(st->group), pct, bar, when, why);
	}
	if (counted)
		fprintf(f, _("(hard sets of the last session; a secondary set counts %s)\n"),
		    o->secondary_share);
	if (nsig > 0)
		fputc('\n', f);
	for (size_t i = 0; i < nsig; i++)
		fprintf(f, "%s%s %s%s\n", o->color ? "\033[1m" : "", sig[i].strong ? "!!" : "!",
		    sig[i].text, o->color ? "\033[0m" : "");
}

/* A time stamp or "-". */
static void
report_stamp(hs_minute t, char buf[STAMP_BUF])
{
	if (t == HS_NO_TIME)
		strcpy(buf, "-");
	else
		stamp_format(t, buf);
}

static void
report_tsv(FILE *f, const struct group_status board[GROUP_COUNT], const struct report_opts *o)
{
	char ready[STAMP_BUF], last[STAMP_BUF];

	fputs("group\tstate\tpercent\tleft_hours\tready_at\tlast_trained\tsoreness\n", f);
	for (int g = 0; g < GROUP_COUNT; g++) {
		if (o->group >= 0 && g != o->group)
			continue;
		report_stamp(board[g].ready_at, ready);
		report_stamp(board[g].last_trained, last);
		fprintf(f, "%s\t%s\t%d\t%.1f\t%s\t%s\t%d\n", group_id(g),
		    recovery_state_id(board[g].state), board[g].percent, board[g].left, ready, last,
		    board[g].soreness);
	}
}

void
report_json_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

/* A time stamp as a JSON string, or null. */
static void
report_json_stamp(FILE *f, hs_minute t)
{
	char buf[STAMP_BUF];

	if (t == HS_NO_TIME) {
		fputs("null", f);
		return;
	}
	stamp_format(t, buf);
	report_json_string(f, buf);
}

static void
report_json(FILE *f, const struct group_status board[GROUP_COUNT], const struct signal *sig,
    size_t nsig, hs_minute now, const struct report_opts *o)
{
	static const char *const rules[] = { "", "short_sleep", "lingering_soreness",
		"strength_drop", "no_rest", "trained_recovering", "short_night" };
	const char *sep = "";

	fputs("{\"now\":", f);
	report_json_stamp(f, now);
	fputs(",\"groups\":[", f);
	for (int g = 0; g < GROUP_COUNT; g++) {
		if (o->group >= 0 && g != o->group)
			continue;
		fprintf(f,
		    "%s{\"group\":\"%s\",\"state\":\"%s\",\"percent\":%d,"
		    "\"left_hours\":%.1f,\"ready_at\":",
		    sep, group_id(g), recovery_state_id(board[g].state), board[g].percent,
		    board[g].left);
		report_json_stamp(f, board[g].ready_at);
		fputs(",\"last_trained\":", f);
		report_json_stamp(f, board[g].last_trained);
		fprintf(f, ",\"soreness\":%d}", board[g].soreness);
		sep = ",";
	}
	fputs("],\"signals\":[", f);
	for (size_t i = 0; i < nsig; i++) {
		fprintf(f, "%s{\"rule\":\"%s\",\"strong\":%s,\"evidence\":", i ? "," : "",
		    sig[i].rule < HS_ARRAY_LEN(rules) ? rules[sig[i].rule] : "?",
		    sig[i].strong ? "true" : "false");
		report_json_string(f, sig[i].text);
		fputc('}', f);
	}
	fputs("]}\n", f);
}

void
report_status(FILE *f, const struct group_status board[GROUP_COUNT], const struct signal *signals,
    size_t nsignals, hs_minute now, const struct report_opts *o)
{
	switch (o->format) {
	case REPORT_TEXT:
		report_text(f, board, signals, nsignals, now, o);
		break;
	case REPORT_TSV:
		report_tsv(f, board, o);
		break;
	case REPORT_JSON:
		report_json(f, board, signals, nsignals, now, o);
		break;
	}
}
