/* interop.c: herstel's own files, the names of formats and kinds, and the
 * dates and numbers other apps write. The readers of other apps' files are
 * in interop_read.c and interop_*.c. */
#include "config.h"

#include "interop.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interop_read.h"
#include "place.h"
#include "i18n.h"
#include "util.h"

static const char *const format_ids[INTEROP_FORMAT_COUNT] = { "auto", "csv", "json", "strong",
	"hevy", "fitnotes", "fitbod", "liftosaur", "stronglifts", "liftlog" };

const char *
interop_format_id(enum interop_format f)
{
	return f < INTEROP_FORMAT_COUNT ? format_ids[f] : "?";
}

int
interop_format_from_id(const char *s)
{
	for (int i = 0; i < INTEROP_FORMAT_COUNT; i++)
		if (s != NULL && strcmp(s, format_ids[i]) == 0)
			return i;
	return -1;
}

static const char *const kind_ids[INTEROP_KIND_COUNT] = { "set", "soreness", "sleep", "day",
	"activity", "day note" };

const char *
interop_kind_id(enum interop_kind k)
{
	return k < INTEROP_KIND_COUNT ? kind_ids[k] : "?";
}

void
interop_record_free(struct interop_record *r)
{
	free(r->exercise);
	free(r->note);
	r->exercise = r->note = NULL;
}

const char *
interop_strong_name(const char *name)
{
	const char *foreign = place_foreign_name(name);

	return foreign != NULL ? foreign : name;
}

void
interop_number(double v, char *buf, size_t len)
{
	size_t n;

	snprintf(buf, len, "%.3f", v);
	if (strchr(buf, '.') == NULL)
		return;
	n = strlen(buf);
	while (n > 0 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 0 && buf[n - 1] == '.')
		buf[--n] = '\0';
	if (strcmp(buf, "-0") == 0)
		strcpy(buf, "0");
}

/* Exactly n digits at s. */
static int
interop_digits(const char *s, int n, int *out)
{
	*out = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		*out = *out * 10 + (s[i] - '0');
	}
	return 0;
}

/* "9 Jan 2024, 18:30" (Hevy). */
static int
interop_parse_hevy(const char *s, hs_minute *out)
{
	char mon[4];
	int d, y, hh, mm, m = 0, used = 0;

	if (sscanf(s, "%2d %3s %4d, %2d:%2d%n", &d, mon, &y, &hh, &mm, &used) != 5 ||
	    s[used] != '\0' || !isdigit((unsigned char)s[0]))
		return -1;
	for (int i = 1; i <= 12 && m == 0; i++)
		if (util_strcasecmp(date_month_name(i), mon) == 0)
			m = i;
	if (m == 0 || y < DATE_MIN_YEAR || y > DATE_MAX_YEAR || d < 1 ||
	    d > date_days_in_month(y, m))
		return -1;
	if (hh < 0 || hh > 23 || mm < 0 || mm > 59)
		return -1;
	*out = stamp_make(date_from_ymd(y, m, d), hh * 60 + mm);
	return 0;
}

/* The zone after an ISO time: "Z", "+02:00", "-0500" or nothing; its
 * offset from UTC in minutes into *off, *zoned when there was one. */
static int
interop_zone(const char *s, int *off, bool *zoned)
{
	int hh, mm;

	*off = 0;
	*zoned = *s != '\0';
	if (*s == '\0')
		return 0;
	if (strcmp(s, "Z") == 0)
		return 0;
	if ((s[0] != '+' && s[0] != '-') || interop_digits(s + 1, 2, &hh) != 0)
		return -1;
	if (s[3] == ':' ? interop_digits(s + 4, 2, &mm) != 0 || s[6] != '\0'
	                : interop_digits(s + 3, 2, &mm) != 0 || s[5] != '\0')
		return -1;
	if (hh > 14 || mm > 59)
		return -1;
	*off = (s[0] == '-' ? -1 : 1) * (hh * 60 + mm);
	return 0;
}

/* "2025-12-15T10:30:00.000Z" and its kin: seconds, a fraction, a zone. */
static int
interop_parse_iso(const char *s, hs_minute *out)
{
	char buf[STAMP_BUF];
	const char *p = s + 16;
	int sec, off;
	bool zoned;

	if (strlen(s) < 16 || s[4] != '-' || (s[10] != 'T' && s[10] != ' '))
		return -1;
	memcpy(buf, s, 16);
	buf[16] = '\0';
	if (*p == ':') {
		if (interop_digits(p + 1, 2, &sec) != 0 || sec > 59)
			return -1;
		p += 3;
		if (*p == '.' || *p == ',')
			for (p++; isdigit((unsigned char)*p); p++)
				;
	}
	if (interop_zone(p, &off, &zoned) != 0 || stamp_parse(buf, out, NULL) != 0)
		return -1;
	if (zoned)
		*out = date_local_from_utc(*out - off);
	return 0;
}

int
interop_parse_stamp(const char *s, hs_minute *out)
{
	char buf[STAMP_BUF];
	size_t n = strlen(s);

	if (n == 10 && s[4] == '-') {
		snprintf(buf, sizeof buf, "%s 12:00", s);
		return stamp_parse(buf, out, NULL);
	}
	if (n == 16 && s[4] == '-')
		return stamp_parse(s, out, NULL);
	if (n > 16 && s[4] == '-')
		return interop_parse_iso(s, out);
	return interop_parse_hevy(s, out);
}

int
interop_parse_seconds(const char *s, int *out)
{
	int part[3] = { 0, 0, 0 }, n = 0;
	double d;
	const char *p = s;

	*out = 0;
	if (*s == '\0')
		return 0;
	if (strchr(s, ':') == NULL) {
		if (interop_decimal(s, 0, SET_MAX_SECONDS, &d) != 0)
			return -1;
		*out = (int)(d + 0.5);
		return 0;
	}
	for (;;) {
		char *end;
		long v = strtol(p, &end, 10);

		if (end == p || !isdigit((unsigned char)*p) || v > 100000 || n == 3)
			return -1;
		part[n++] = (int)v;
		if (*end == '\0')
			break;
		if (*end != ':')
			return -1;
		p = end + 1;
	}
	if (n < 2 || part[n - 1] > 59 || (n == 3 && part[1] > 59))
		return -1;
	*out = n == 3 ? part[0] * 3600 + part[1] * 60 + part[2] : part[0] * 60 + part[1];
	return *out <= SET_MAX_SECONDS ? 0 : -1;
}

/* herstel's own columns. */
static const char *const column_names[IC_COUNT] = { "kind", "date", "time", "exercise", "weight_kg",
	"bodyweight", "reps", "rpe", "warmup", "group", "level", "hours", "quality", "day", "note",
	"primary", "secondary", "set_kind", "seconds", "distance_m", "superset" };

const char *
interop_column_name(enum interop_column c, enum units units)
{
	if (c == IC_WEIGHT && units == UNITS_LB)
		return "weight_lb";
	return c < IC_COUNT ? column_names[c] : "?";
}

int
interop_json_column(enum interop_kind kind, const char *key)
{
	if (kind == INTEROP_DAY && strcmp(key, "kind") == 0)
		return IC_DAY;
	if (strcmp(key, "weight_lb") == 0)
		return IC_WEIGHT;
	for (int c = 0; c < IC_COUNT; c++)
		if (strcmp(key, column_names[c]) == 0)
			return c;
	return -1;
}

/* A field, "" for a missing one. */
static const char *
fld(const char *const *f, enum interop_column c)
{
	return f[c] != NULL ? f[c] : "";
}

/* 0/1, true/false, yes/no; empty is false. */
static int
interop_flag(const char *s, bool *out)
{
	if (*s == '\0' || strcmp(s, "0") == 0 || util_strcasecmp(s, "false") == 0 ||
	    util_strcasecmp(s, "no") == 0)
		*out = false;
	else if (strcmp(s, "1") == 0 || util_strcasecmp(s, "true") == 0 ||
	    util_strcasecmp(s, "yes") == 0)
		*out = true;
	else
		return -1;
	return 0;
}

/* "quads glutes" into roles; -1 on an unknown group. */
static int
interop_groups(const char *s, unsigned char role, unsigned char out[GROUP_COUNT])
{
	char *copy = xstrdup(s), *save = NULL, *tok;
	int rc = 0, g;

	for (tok = strtok_r(copy, " ,|", &save); tok && rc == 0;
	     tok = strtok_r(NULL, " ,|", &save)) {
		if ((g = group_from_id(tok)) < 0)
			rc = -1;
		else if (out[g] == ROLE_NONE)
			out[g] = role;
	}
	free(copy);
	return rc;
}

/* A herstel date column, strictly YYYY-MM-DD, with `time` (HH:MM or NULL). */
static int
interop_when(const char *date, const char *time, hs_minute *out)
{
	char buf[STAMP_BUF + 8];

	if (strlen(date) != 10)
		return -1;
	snprintf(buf, sizeof buf, "%s %s", date, time != NULL ? time : "00:00");
	return stamp_parse(buf, out, NULL);
}

/* The time and distance of a set or an activity; a set needs reps, a time
 * or a distance. */
static int
interop_herstel_amount(
    const char *const *f, const char *where, struct interop_record *r, char **cause)
{
	long v = 0;

	if (*fld(f, IC_SECONDS) != '\0' &&
	    util_parse_long(fld(f, IC_SECONDS), 1, SET_MAX_SECONDS, &v) != 0)
		return interop_bad(
		    cause, where, "seconds", _("empty or 1 to 86400"), fld(f, IC_SECONDS));
	r->seconds = (int)v;
	if (*fld(f, IC_DISTANCE) != '\0' &&
	    util_parse_double(fld(f, IC_DISTANCE), 0.001, SET_MAX_METRES, &r->distance_m) != 0)
		return interop_bad(cause, where, "distance_m", _("empty or a distance up to 1000 km"),
		    fld(f, IC_DISTANCE));
	return 0;
}

/* The set columns of a herstel row. */
static int
interop_herstel_set(const char *const *f, enum units units, const char *where,
    struct interop_record *r, char **cause)
{
	double max = units == UNITS_LB ? INTEROP_MAX_KG / KG_PER_LB : INTEROP_MAX_KG;
	const char *wname = interop_column_name(IC_WEIGHT, units);
	bool warmup = false, timed;
	long reps = 0, v = 0;
	int k;

	if (*fld(f, IC_EXERCISE) == '\0')
		return util_fail(cause, _("%s: exercise: empty"), where);
	if (util_parse_double(fld(f, IC_WEIGHT), 0, max, &r->weight_kg) != 0 &&
	    *fld(f, IC_WEIGHT) != '\0')
		return interop_bad(
		    cause, where, wname, _("a weight from 0 to 1000 kg"), fld(f, IC_WEIGHT));
	if (units == UNITS_LB)
		r->weight_kg *= KG_PER_LB;
	if (interop_flag(fld(f, IC_BODYWEIGHT), &r->bodyweight) != 0)
		return interop_bad(cause, where, "bodyweight", _("0 or 1"), fld(f, IC_BODYWEIGHT));
	r->bodyweight_known = true;
	if (interop_herstel_amount(f, where, r, cause) != 0)
		return -1;
	timed = r->seconds > 0 || r->distance_m > 0;
	if ((*fld(f, IC_REPS) != '\0' || !timed) &&
	    interop_whole(fld(f, IC_REPS), timed ? 0 : 1, INTEROP_MAX_REPS, &reps) != 0)
		return interop_bad(cause, where, "reps",
		    timed ? _("a whole number from 0 to 1000") : _("a whole number from 1 to 1000"),
		    fld(f, IC_REPS));
	r->reps = (int)reps;
	if (*fld(f, IC_RPE) != '\0' && util_parse_double(fld(f, IC_RPE), 1, 10, &r->rpe) != 0)
		return interop_bad(cause, where, "rpe", _("empty or 1 to 10"), fld(f, IC_RPE));
	if (interop_flag(fld(f, IC_WARMUP), &warmup) != 0)
		return interop_bad(cause, where, "warmup", _("0 or 1"), fld(f, IC_WARMUP));
	if ((k = set_kind_from_id(fld(f, IC_SET_KIND))) < 0)
		return interop_bad(
		    cause, where, "set_kind", _("work, warmup, drop or failure"), fld(f, IC_SET_KIND));
	r->set_kind = warmup && k == SET_WORK ? SET_WARMUP : (enum set_kind)k;
	if (*fld(f, IC_SUPERSET) != '\0' && util_parse_long(fld(f, IC_SUPERSET), 1, 1000, &v) != 0)
		return interop_bad(
		    cause, where, "superset", _("empty or 1 to 1000"), fld(f, IC_SUPERSET));
	r->superset = (int)v;
	if (interop_groups(fld(f, IC_PRIMARY), ROLE_PRIMARY, r->role) != 0)
		return interop_bad(cause, where, "primary", _("muscle groups"), fld(f, IC_PRIMARY));
	if (interop_groups(fld(f, IC_SECONDARY), ROLE_SECONDARY, r->role) != 0)
		return interop_bad(
		    cause, where, "secondary", _("muscle groups"), fld(f, IC_SECONDARY));
	r->exercise = xstrdup(fld(f, IC_EXERCISE));
	return 0;
}

/* The other kinds' columns of a herstel row. */
static int
interop_herstel_other(
    const char *const *f, const char *where, struct interop_record *r, char **cause)
{
	long v = 0;
	int k = 0;

	switch (r->kind) {
	case INTEROP_SORENESS:
		if ((k = group_from_id(fld(f, IC_GROUP))) < 0)
			return interop_bad(
			    cause, where, "group", _("a muscle group"), fld(f, IC_GROUP));
		r->group = (enum group)k;
		if (util_parse_long(fld(f, IC_LEVEL), 0, 3, &v) != 0)
			return interop_bad(cause, where, "level", _("0 to 3"), fld(f, IC_LEVEL));
		r->level = (int)v;
		return 0;
	case INTEROP_SLEEP:
		if (util_parse_double(fld(f, IC_HOURS), 0, 24, &r->hours) != 0)
			return interop_bad(cause, where, "hours", _("0 to 24"), fld(f, IC_HOURS));
		if (*fld(f, IC_QUALITY) != '\0' &&
		    util_parse_long(fld(f, IC_QUALITY), 1, 5, &v) != 0)
			return interop_bad(
			    cause, where, "quality", _("empty or 1 to 5"), fld(f, IC_QUALITY));
		r->quality = *fld(f, IC_QUALITY) != '\0' ? (int)v : 0;
		return 0;
	case INTEROP_ACTIVITY:
		if (*fld(f, IC_EXERCISE) == '\0')
			return util_fail(cause, _("%s: exercise: empty"), where);
		if (interop_herstel_amount(f, where, r, cause) != 0)
			return -1;
		if (r->seconds == 0 && r->distance_m == 0)
			return util_fail(
			    cause, _("%s: an activity needs seconds or distance_m"), where);
		r->exercise = xstrdup(fld(f, IC_EXERCISE));
		return 0;
	default:
		if (*fld(f, IC_DAY) != '\0' && (k = day_kind_from_id(fld(f, IC_DAY))) <= 0)
			return interop_bad(cause, where, "day", _("training, active, rest or passive"),
			    fld(f, IC_DAY));
		r->day_kind = *fld(f, IC_DAY) != '\0' ? (enum day_kind)k : DAY_UNSET;
		return 0;
	}
}

int
interop_herstel_fields(const char *const *f, enum units units, const char *where, int line,
    struct interop_record *r, char **cause)
{
	bool timed;
	int k = -1, rc;

	memset(r, 0, sizeof *r);
	r->line = line;
	for (int i = 0; i < INTEROP_DAY_NOTE; i++)
		if (strcmp(fld(f, IC_KIND), kind_ids[i]) == 0)
			k = i;
	if (k < 0)
		return interop_bad(
		    cause, where, "kind", _("set, soreness, sleep, day or activity"), fld(f, IC_KIND));
	r->kind = (enum interop_kind)k;
	timed =
	    r->kind == INTEROP_SET || r->kind == INTEROP_SORENESS || r->kind == INTEROP_ACTIVITY;
	if (interop_when(fld(f, IC_DATE), "00:00", &r->at) != 0)
		return interop_bad(cause, where, "date", "YYYY-MM-DD", fld(f, IC_DATE));
	if (timed && interop_when(fld(f, IC_DATE), fld(f, IC_TIME), &r->at) != 0)
		return interop_bad(cause, where, "time", "HH:MM", fld(f, IC_TIME));
	if (strlen(fld(f, IC_NOTE)) > 10000)
		return util_fail(cause, _("%s: note: longer than 10000 bytes"), where);
	if (r->kind == INTEROP_SET)
		rc = interop_herstel_set(f, units, where, r, cause);
	else
		rc = interop_herstel_other(f, where, r, cause);
	if (rc != 0) {
		interop_record_free(r);
		return -1;
	}
	r->note = xstrdup(fld(f, IC_NOTE));
	return 0;
}

/* herstel's own header: the columns are found by name. */
static bool
interop_csv_detect(const struct csv_row *h)
{
	return h->n > 0 && interop_find(h, (const char *const[]){ "kind", NULL }) == 0;
}

static int
interop_csv_open(struct interop_reader *r, const struct csv_row *h, char **cause)
{
	r->label = "herstel csv";
	for (int c = 0; c < IC_COUNT; c++)
		r->herstel[c] = interop_find(h, (const char *const[]){ column_names[c], NULL });
	r->file_units = UNITS_KG;
	if (r->herstel[IC_WEIGHT] < 0 &&
	    (r->herstel[IC_WEIGHT] = interop_find(h, (const char *const[]){ "weight_lb", NULL })) >=
	        0)
		r->file_units = UNITS_LB;
	if (r->herstel[IC_KIND] != 0 || r->herstel[IC_DATE] < 0)
		return util_fail(
		    cause, "%s", _("1: not herstel's csv header (it starts kind,date,...)"));
	return 0;
}

static int
interop_csv_row(
    struct interop_reader *r, const struct csv_row *row, const char *where, char **cause)
{
	const char *f[IC_COUNT];
	struct interop_record rec;

	for (int c = 0; c < IC_COUNT; c++)
		f[c] = r->herstel[c] >= 0 ? row->fields[r->herstel[c]] : NULL;
	if (interop_herstel_fields(f, r->file_units, where, row->line, &rec, cause) != 0)
		return -1;
	interop_push(r, &rec);
	return 1;
}

const struct interop_fmt interop_fmt_csv = {
	.id = INTEROP_CSV,
	.needs = "herstel's csv needs the columns kind and date",
	.detect = interop_csv_detect,
	.open = interop_csv_open,
	.row = interop_csv_row,
};
