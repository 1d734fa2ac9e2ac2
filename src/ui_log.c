/* ui_log.c: the viewed day's log as text: a run of sets as the log shows
 * it and as the quick-entry line takes it, and one line of each item. */
#include "config.h"

#include "ui_log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "rc.h"
#include "ui_plates.h"

/* A set's weight in the user's units, without a useless ".0"; a barbell
 * lift's in lb as the lb plates make it (ui_plates_shown). */
static void
ui_log_weight(const struct app *a, const struct set_record *s, char *buf, size_t len)
{
	bool lb = a->rc->units == UNITS_LB;

	util_number_text(ui_plates_shown(a, s->exercise, s->weight_kg), buf, len);
	snprintf(buf + strlen(buf), len - strlen(buf), " %s", lb ? "lb" : "kg");
}

/* What one set did: its reps, or its time ("60 s"), or nothing. */
static int
ui_log_count(const struct set_record *s)
{
	return s->seconds > 0 ? s->seconds : s->reps;
}

/* "5 × 5", "8, 8, 6", "3 × 60 s"; a distance set: "2 × 40 m". */
static void
ui_log_reps(const struct app *a, const struct set_record *s, size_t n, struct strbuf *sb)
{
	const char *unit = s[0].seconds > 0 ? " s" : "";
	char m[32];
	bool same = true;

	for (size_t i = 1; i < n; i++)
		same = same && ui_log_count(&s[i]) == ui_log_count(&s[0]);
	if (ui_log_count(&s[0]) == 0) { /* a distance only */
		snprintf(m, sizeof m, "%g", s[0].distance_m);
		strbuf_printf(sb, "%zu %s %s m", n, a->utf8 ? "\u00d7" : "x", m);
		return;
	}
	if (same)
		strbuf_printf(
		    sb, "%zu %s %d%s", n, a->utf8 ? "\u00d7" : "x", ui_log_count(&s[0]), unit);
	for (size_t i = 0; !same && i < n; i++)
		strbuf_printf(sb, "%s%d%s", i > 0 ? ", " : "", ui_log_count(&s[i]), unit);
	if (s[0].distance_m > 0 && (s[0].reps > 0 || s[0].seconds > 0)) {
		snprintf(m, sizeof m, "%g", s[0].distance_m);
		strbuf_printf(sb, "  %s m", m);
	}
}

char *
ui_log_run_text(const struct app *a, const struct ui_item *it)
{
	const struct set_record *s = &a->log.sets[it->first];
	struct strbuf sb;
	char w[32];

	strbuf_init(&sb);
	ui_log_reps(a, s, it->count, &sb);
	ui_log_weight(a, s, w, sizeof w);
	if (s->bodyweight && s->weight_kg > 0)
		strbuf_printf(&sb, "  bw+%s", w);
	else if (s->bodyweight)
		strbuf_puts(&sb, "  bw");
	else if (s->weight_kg > 0)
		strbuf_printf(&sb, "  %s", w);
	if (s->rpe > 0)
		strbuf_printf(&sb, "  @%g", s->rpe);
	if (s->kind != SET_WORK)
		strbuf_printf(&sb, "  %s", set_kind_label(s->kind));
	if (s->superset > 0)
		strbuf_printf(&sb, _("  superset %d"), s->superset);
	if (s->note[0] != '\0')
		strbuf_printf(&sb, "  %s", s->note);
	return strbuf_detach(&sb);
}

char *
ui_log_entry_text(const struct app *a, const struct ui_item *it)
{
	return entry_text(&a->log.sets[it->first], it->count, true);
}

/* "quads 2 · glutes 1": the latest level of each group reported that day. */
static void
ui_log_sore_text(const struct app *a, struct strbuf *sb)
{
	int level[GROUP_COUNT];
	bool first = true;

	for (int g = 0; g < GROUP_COUNT; g++)
		level[g] = -1;
	for (size_t i = 0; i < a->log.nsoreness; i++)
		level[a->log.soreness[i].group] = a->log.soreness[i].level;
	for (int g = 0; g < GROUP_COUNT; g++) {
		if (level[g] < 0)
			continue;
		strbuf_printf(sb, "%s%s %d",
		    first         ? ""
		        : a->utf8 ? " \u00b7 "
		                  : ", ",
		    group_name(g), level[g]);
		first = false;
	}
}

/* "Running (Treadmill)  5 km  30:00": cardio, which no timer counts. */
static void
ui_log_activity_text(const struct app *a, const struct activity_record *r, struct strbuf *sb)
{
	bool mi = a->rc->units == UNITS_LB;
	char d[32];

	strbuf_printf(sb, "%s", r->name);
	if (r->distance_m > 0) {
		snprintf(d, sizeof d, "%.2f", r->distance_m / (mi ? 1609.344 : 1000));
		while (d[strlen(d) - 1] == '0')
			d[strlen(d) - 1] = '\0';
		if (d[strlen(d) - 1] == '.')
			d[strlen(d) - 1] = '\0';
		strbuf_printf(sb, "  %s %s", d, mi ? "mi" : "km");
	}
	if (r->seconds >= 3600)
		strbuf_printf(
		    sb, "  %d:%02d:%02d", r->seconds / 3600, r->seconds / 60 % 60, r->seconds % 60);
	else if (r->seconds > 0)
		strbuf_printf(sb, "  %d:%02d", r->seconds / 60, r->seconds % 60);
	strbuf_puts(sb, _("  (cardio)"));
	if (r->note[0] != '\0')
		strbuf_printf(sb, "  %s", r->note);
}

void
ui_log_item_text(const struct app *a, const struct ui_item *it, char *buf, size_t len)
{
	const struct store_day *d = &a->log;
	struct strbuf sb;
	char *t;

	strbuf_init(&sb);
	switch (it->kind) {
	case ITEM_SETS:
		t = ui_log_run_text(a, it);
		strbuf_printf(&sb, "%s  %s", d->sets[it->first].exercise, t);
		free(t);
		break;
	case ITEM_SLEEP:
		strbuf_printf(&sb, _("Sleep   %g h"), d->sleep.hours);
		if (d->sleep.quality > 0)
			strbuf_printf(&sb, _("   quality %d/5"), d->sleep.quality);
		break;
	case ITEM_SORE:
		strbuf_puts(&sb, _("Sore    "));
		ui_log_sore_text(a, &sb);
		break;
	case ITEM_DAY:
		if (d->day.note[0] != '\0')
			strbuf_printf(&sb, _("Note    %s"), d->day.note);
		else
			strbuf_printf(&sb, _("Day     %s"), day_kind_label(d->day.kind));
		break;
	case ITEM_ACTIVITY:
		ui_log_activity_text(a, &d->activities[it->first], &sb);
		break;
	}
	snprintf(buf, len, "%s", sb.buf);
	strbuf_free(&sb);
}
