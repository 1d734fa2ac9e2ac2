/* export.c: write the journal as herstel's CSV or JSON or Strong's CSV. */
#include "config.h"

#include "export.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "export_strong.h"
#include "i18n.h"
#include "paths.h"
#include "report.h"
#include "util.h"

#define EXPORT_PROGRESS_EVERY 500

/* Where the records go. */
struct export_out {
	FILE *f;                   /* stdout, or file.f */
	struct paths_replace file; /* the file, replaced whole */
};

/* The state of one export while the store walks the records. */
struct export_ctx {
	FILE *f;
	const struct export_opts *o;
	size_t count;
	bool first; /* JSON: no comma before the first item of a list */
	int list;   /* JSON: the list being written, -1 for exercises */
};

int
export_format_from_id(const char *s)
{
	int f = interop_format_from_id(s);

	return f == INTEROP_CSV || f == INTEROP_JSON || f == INTEROP_STRONG ? f : -1;
}

/* A weight in the file's units. */
static void
export_weight(const struct export_ctx *x, double kg, char *buf, size_t len)
{
	interop_number(x->o->units == UNITS_LB ? kg / KG_PER_LB : kg, buf, len);
}

int
export_count(FILE *f, const struct export_opts *o, size_t *count, char **cause)
{
	(*count)++;
	if (o->progress != NULL && *count % EXPORT_PROGRESS_EVERY == 0)
		o->progress(o->progress_arg, *count);
	if (ferror(f))
		return o->path != NULL && strcmp(o->path, "-") != 0
		    ? util_fail(cause, _("%s: write error: %s; the file was not written"), o->path,
		          strerror(errno))
		    : util_fail(cause, _("standard output: write error: %s"), strerror(errno));
	return 0;
}

/* Count a record and tell the progress callback now and then. */
static int
export_counted(struct export_ctx *x, char **cause)
{
	return export_count(x->f, x->o, &x->count, cause);
}

void
export_left_free(struct export_left *l)
{
	free(l->own_names);
	memset(l, 0, sizeof *l);
}

/* "chest triceps": the groups of one role. */
static void
export_groups(const unsigned char role[GROUP_COUNT], int want, char *buf, size_t len)
{
	size_t used = 0;

	buf[0] = '\0';
	for (int g = 0; g < GROUP_COUNT && used < len; g++)
		if (role[g] == want)
			used += (size_t)snprintf(
			    buf + used, len - used, "%s%s", used ? " " : "", group_id(g));
}

/* CSV ------------------------------------------------------------------ */

/* The time, distance and superset of a set or activity as CSV fields. */
static void
export_csv_amount(int seconds, double metres, int superset, char (*buf)[32], const char **f)
{
	snprintf(buf[0], sizeof buf[0], "%d", seconds);
	interop_number(metres, buf[1], sizeof buf[1]);
	snprintf(buf[2], sizeof buf[2], "%d", superset);
	f[IC_SECONDS] = seconds > 0 ? buf[0] : "";
	f[IC_DISTANCE] = metres > 0 ? buf[1] : "";
	f[IC_SUPERSET] = superset > 0 ? buf[2] : "";
}

static int
export_csv_set(void *arg, const struct set_record *r, bool custom, char **cause)
{
	struct export_ctx *x = arg;
	char date[DATE_BUF], time[TIME_BUF], w[32], reps[16], rpe[16], pri[160], sec[160];
	char amount[3][32];
	const char *f[IC_COUNT] = { 0 };

	date_format(stamp_date(r->at), date);
	time_format(stamp_minute_of_day(r->at), time);
	export_weight(x, r->weight_kg, w, sizeof w);
	snprintf(reps, sizeof reps, "%d", r->reps);
	interop_number(r->rpe, rpe, sizeof rpe);
	export_groups(r->role, ROLE_PRIMARY, pri, sizeof pri);
	export_groups(r->role, ROLE_SECONDARY, sec, sizeof sec);
	f[IC_KIND] = "set";
	f[IC_DATE] = date;
	f[IC_TIME] = time;
	f[IC_EXERCISE] = r->exercise;
	f[IC_WEIGHT] = w;
	f[IC_BODYWEIGHT] = r->bodyweight ? "1" : "0";
	f[IC_REPS] = reps;
	f[IC_RPE] = r->rpe > 0 ? rpe : "";
	f[IC_WARMUP] = r->kind == SET_WARMUP ? "1" : "0";
	f[IC_SET_KIND] = set_kind_id(r->kind);
	export_csv_amount(r->seconds, r->distance_m, r->superset, amount, f);
	f[IC_NOTE] = r->note;
	/* The user's own exercises carry their groups, so nothing is lost. */
	f[IC_PRIMARY] = custom ? pri : "";
	f[IC_SECONDARY] = custom ? sec : "";
	csv_write_row(x->f, f, IC_COUNT, ',');
	return export_counted(x, cause);
}

static int
export_csv_soreness(void *arg, const struct soreness_record *r, char **cause)
{
	struct export_ctx *x = arg;
	char date[DATE_BUF], time[TIME_BUF], level[8];
	const char *f[IC_COUNT] = { 0 };

	date_format(stamp_date(r->at), date);
	time_format(stamp_minute_of_day(r->at), time);
	snprintf(level, sizeof level, "%d", r->level);
	f[IC_KIND] = "soreness";
	f[IC_DATE] = date;
	f[IC_TIME] = time;
	f[IC_GROUP] = group_id(r->group);
	f[IC_LEVEL] = level;
	csv_write_row(x->f, f, IC_COUNT, ',');
	return export_counted(x, cause);
}

static int
export_csv_sleep(void *arg, const struct sleep_record *r, char **cause)
{
	struct export_ctx *x = arg;
	char date[DATE_BUF], hours[32], quality[8];
	const char *f[IC_COUNT] = { 0 };

	date_format(r->date, date);
	interop_number(r->hours, hours, sizeof hours);
	snprintf(quality, sizeof quality, "%d", r->quality);
	f[IC_KIND] = "sleep";
	f[IC_DATE] = date;
	f[IC_HOURS] = hours;
	f[IC_QUALITY] = r->quality > 0 ? quality : "";
	csv_write_row(x->f, f, IC_COUNT, ',');
	return export_counted(x, cause);
}

static int
export_csv_day(void *arg, const struct day_record *r, char **cause)
{
	struct export_ctx *x = arg;
	char date[DATE_BUF];
	const char *f[IC_COUNT] = { 0 };

	date_format(r->date, date);
	f[IC_KIND] = "day";
	f[IC_DATE] = date;
	f[IC_DAY] = r->kind != DAY_UNSET ? day_kind_id(r->kind) : "";
	f[IC_NOTE] = r->note;
	csv_write_row(x->f, f, IC_COUNT, ',');
	return export_counted(x, cause);
}

static int
export_csv_activity(void *arg, const struct activity_record *r, char **cause)
{
	struct export_ctx *x = arg;
	char date[DATE_BUF], time[TIME_BUF], amount[3][32];
	const char *f[IC_COUNT] = { 0 };

	date_format(stamp_date(r->at), date);
	time_format(stamp_minute_of_day(r->at), time);
	f[IC_KIND] = "activity";
	f[IC_DATE] = date;
	f[IC_TIME] = time;
	f[IC_EXERCISE] = r->name;
	export_csv_amount(r->seconds, r->distance_m, 0, amount, f);
	f[IC_NOTE] = r->note;
	csv_write_row(x->f, f, IC_COUNT, ',');
	return export_counted(x, cause);
}

static int
export_csv(struct store *s, struct export_ctx *x, char **cause)
{
	const char *head[IC_COUNT];
	struct store_each e = { export_csv_set, export_csv_soreness, export_csv_sleep,
		export_csv_day, export_csv_activity, x };

	for (int c = 0; c < IC_COUNT; c++)
		head[c] = interop_column_name(c, x->o->units);
	csv_write_row(x->f, head, IC_COUNT, ',');
	return store_each_record(s, x->o->from, x->o->to, &e, cause);
}

/* JSON -------------------------------------------------------------------- */

static const char *const json_lists[] = { "sets", "soreness", "sleep", "days", "activities" };

/* Close lists up to the one of kind `list` and open it. */
static void
export_json_list(struct export_ctx *x, int list)
{
	while (x->list < list) {
		fprintf(x->f, "],\n\"%s\":[", json_lists[++x->list]);
		x->first = true;
	}
}

/* The separator before an item of a list: one item a line. */
static void
export_json_item(struct export_ctx *x)
{
	fputs(x->first ? "\n" : ",\n", x->f);
	x->first = false;
}

/* "seconds":60,"distance_m":40, for what a set or activity has. */
static void
export_json_amount(struct export_ctx *x, int seconds, double metres)
{
	char m[32];

	if (seconds > 0)
		fprintf(x->f, "\"seconds\":%d,", seconds);
	interop_number(metres, m, sizeof m);
	if (metres > 0)
		fprintf(x->f, "\"distance_m\":%s,", m);
}

static int
export_json_set(void *arg, const struct set_record *r, bool custom, char **cause)
{
	struct export_ctx *x = arg;
	char stamp[STAMP_BUF], w[32], rpe[16];

	(void)custom;
	export_json_list(x, 0);
	export_json_item(x);
	stamp_format(r->at, stamp);
	stamp[10] = '\0';
	export_weight(x, r->weight_kg, w, sizeof w);
	interop_number(r->rpe, rpe, sizeof rpe);
	fprintf(x->f, "{\"date\":\"%s\",\"time\":\"%s\",\"exercise\":", stamp, stamp + 11);
	report_json_string(x->f, r->exercise);
	fprintf(x->f,
	    ",\"%s\":%s,\"bodyweight\":%s,\"reps\":%d,\"rpe\":%s,\"warmup\":%s,"
	    "\"set_kind\":\"%s\",",
	    interop_column_name(IC_WEIGHT, x->o->units), w, r->bodyweight ? "true" : "false",
	    r->reps, r->rpe > 0 ? rpe : "null", r->kind == SET_WARMUP ? "true" : "false",
	    set_kind_id(r->kind));
	export_json_amount(x, r->seconds, r->distance_m);
	if (r->superset > 0)
		fprintf(x->f, "\"superset\":%d,", r->superset);
	fputs("\"note\":", x->f);
	report_json_string(x->f, r->note);
	fputc('}', x->f);
	return export_counted(x, cause);
}

static int
export_json_activity(void *arg, const struct activity_record *r, char **cause)
{
	struct export_ctx *x = arg;
	char stamp[STAMP_BUF];

	export_json_list(x, 4);
	export_json_item(x);
	stamp_format(r->at, stamp);
	stamp[10] = '\0';
	fprintf(x->f, "{\"date\":\"%s\",\"time\":\"%s\",\"exercise\":", stamp, stamp + 11);
	report_json_string(x->f, r->name);
	fputc(',', x->f);
	export_json_amount(x, r->seconds, r->distance_m);
	fputs("\"note\":", x->f);
	report_json_string(x->f, r->note);
	fputc('}', x->f);
	return export_counted(x, cause);
}

static int
export_json_soreness(void *arg, const struct soreness_record *r, char **cause)
{
	struct export_ctx *x = arg;
	char stamp[STAMP_BUF];

	export_json_list(x, 1);
	export_json_item(x);
	stamp_format(r->at, stamp);
	stamp[10] = '\0';
	fprintf(x->f, "{\"date\":\"%s\",\"time\":\"%s\",\"group\":\"%s\",\"level\":%d}", stamp,
	    stamp + 11, group_id(r->group), r->level);
	return export_counted(x, cause);
}

static int
export_json_sleep(void *arg, const struct sleep_record *r, char **cause)
{
	struct export_ctx *x = arg;
	char date[DATE_BUF], hours[32], quality[8];

	export_json_list(x, 2);
	export_json_item(x);
	date_format(r->date, date);
	interop_number(r->hours, hours, sizeof hours);
	snprintf(quality, sizeof quality, "%d", r->quality);
	fprintf(x->f, "{\"date\":\"%s\",\"hours\":%s,\"quality\":%s}", date, hours,
	    r->quality > 0 ? quality : "null");
	return export_counted(x, cause);
}

static int
export_json_day(void *arg, const struct day_record *r, char **cause)
{
	struct export_ctx *x = arg;
	char date[DATE_BUF];

	export_json_list(x, 3);
	export_json_item(x);
	date_format(r->date, date);
	fprintf(x->f, "{\"date\":\"%s\",\"kind\":", date);
	if (r->kind != DAY_UNSET)
		report_json_string(x->f, day_kind_id(r->kind));
	else
		fputs("null", x->f);
	fputs(",\"note\":", x->f);
	report_json_string(x->f, r->note);
	fputc('}', x->f);
	return export_counted(x, cause);
}

/* One of the user's own exercises, with its groups. */
static int
export_json_exercise(void *arg, const struct exercise_def *d, char **cause)
{
	struct export_ctx *x = arg;

	(void)cause;
	export_json_item(x);
	fputs("{\"name\":", x->f);
	report_json_string(x->f, d->name);
	for (int role = ROLE_PRIMARY; role <= ROLE_SECONDARY; role++) {
		const char *sep = "";

		fputs(role == ROLE_PRIMARY ? ",\"primary\":[" : ",\"secondary\":[", x->f);
		for (int g = 0; g < GROUP_COUNT; g++)
			if (d->role[g] == role) {
				fprintf(x->f, "%s\"%s\"", sep, group_id(g));
				sep = ",";
			}
		fputc(']', x->f);
	}
	fprintf(x->f, ",\"bodyweight\":%s}", d->bodyweight ? "true" : "false");
	return 0;
}

static int
export_json(struct store *s, struct export_ctx *x, char **cause)
{
	struct store_each e = { export_json_set, export_json_soreness, export_json_sleep,
		export_json_day, export_json_activity, x };
	char stamp[STAMP_BUF];

	stamp_format(x->o->now, stamp);
	stamp[10] = 'T';
	fprintf(x->f,
	    "{\"format\":\"herstel\",\"schema_version\":%d,\n\"exported_at\":\"%s\",\n"
	    "\"units\":\"%s\",\n\"exercises\":[",
	    STORE_SCHEMA_VERSION, stamp, x->o->units == UNITS_LB ? "lb" : "kg");
	x->first = true;
	x->list = -1;
	if (store_custom_exercises(s, export_json_exercise, x, cause) != 0 ||
	    store_each_record(s, x->o->from, x->o->to, &e, cause) != 0)
		return -1;
	export_json_list(x, 4);
	fputs("]}\n", x->f);
	return 0;
}

/* Output ----------------------------------------------------------------- */

/* A temp file (0600) beside the destination, or stdout. */
static int
export_open(const char *path, struct export_out *out, char **cause)
{
	memset(out, 0, sizeof *out);
	if (path == NULL || strcmp(path, "-") == 0) {
		out->f = stdout;
		return 0;
	}
	if (paths_replace_open(&out->file, path, "herstel-export", cause) != 0)
		return -1;
	out->f = out->file.f;
	return 0;
}

/* Finish: the file renamed into place whole (or removed, and the
 * destination left alone, on failure or !ok), or stdout flushed. */
static int
export_close(struct export_out *out, bool ok, char **cause)
{
	if (out->f != stdout)
		return paths_replace_close(&out->file, ok, cause);
	if (fflush(stdout) != 0 || ferror(stdout))
		return ok ? util_fail(cause, _("writing to stdout: %s"), strerror(errno)) : -1;
	return ok ? 0 : -1;
}

int
export_run(struct store *s, const struct export_opts *o, size_t *count, char **cause)
{
	struct export_out out;
	struct export_ctx x = { .o = o };
	int rc;

	*count = 0;
	if (export_open(o->path, &out, cause) != 0)
		return -1;
	x.f = out.f;
	if (o->format == INTEROP_JSON)
		rc = export_json(s, &x, cause);
	else if (o->format == INTEROP_STRONG)
		rc = export_strong_write(s, out.f, o, &x.count, cause);
	else
		rc = export_csv(s, &x, cause);
	if (export_close(&out, rc == 0, cause) != 0)
		return -1;
	*count = x.count;
	if (o->progress != NULL)
		o->progress(o->progress_arg, x.count);
	return 0;
}

char *
export_default_dir(const struct rc *rc, char **cause)
{
	if (rc->export_dir != NULL && rc->export_dir[0] != '\0')
		return paths_expand(rc->export_dir);
	char *dir = paths_home(PATHS_DATA, "exports", NULL);

	if (dir == NULL)
		util_fail(cause, _("no export directory: set [export] directory in herstelrc"));
	return dir;
}

char *
export_file_name(enum interop_format f, hs_minute now)
{
	char stamp[STAMP_BUF];

	stamp_format(now, stamp);
	stamp[10] = '-';
	memmove(stamp + 13, stamp + 14, 3); /* "2026-11-17-1200" */
	return xasprintf("herstel-%s%s.%s", stamp, f == INTEROP_STRONG ? "-strong" : "",
	    f == INTEROP_JSON ? "json" : "csv");
}
