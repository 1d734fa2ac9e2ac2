/* import_summary.c: the report of `herstel import`, one sentence a line. */
#include "config.h"

#include "import_summary.h"
#include "util.h"

/* "s" for a count other than one. */
static const char *
plural(size_t n)
{
	return n == 1 ? "" : "s";
}

/* The first line: what was (or would be) added. */
static void
import_summary_added(FILE *f, const struct import_report *r, const char *path, bool dry_run)
{
	const size_t *n = r->added;

	fprintf(f,
	    "%s %zu set%s, %zu activit%s, %zu soreness, %zu sleep, %zu day%s and %zu day note%s"
	    " from %s (%s)%s\n",
	    dry_run ? "dry run: would import" : "imported", n[INTEROP_SET], plural(n[INTEROP_SET]),
	    n[INTEROP_ACTIVITY], n[INTEROP_ACTIVITY] == 1 ? "y" : "ies", n[INTEROP_SORENESS],
	    n[INTEROP_SLEEP], n[INTEROP_DAY], plural(n[INTEROP_DAY]), n[INTEROP_DAY_NOTE],
	    plural(n[INTEROP_DAY_NOTE]), path, r->format, dry_run ? "; nothing was written" : "");
	if (r->skipped > 0)
		fprintf(f, "skipped %zu already in the journal\n", r->skipped);
}

/* The set kinds, times and distances kept, when there are any. */
static void
import_summary_kinds(FILE *f, const struct import_report *r)
{
	const size_t *k = r->kinds;

	if (k[SET_WARMUP] + k[SET_DROP] + k[SET_FAILURE] + r->timed + r->distance + r->superset ==
	    0)
		return;
	fprintf(f,
	    "kept %zu warm-up, %zu drop and %zu failure set%s, %zu timed, %zu with a distance,"
	    " %zu in supersets\n",
	    k[SET_WARMUP], k[SET_DROP], k[SET_FAILURE], plural(k[SET_FAILURE]), r->timed,
	    r->distance, r->superset);
}

/* Rows that held nothing to keep, and the units assumed. */
static void
import_summary_left(FILE *f, const struct import_report *r)
{
	const struct interop_stats *s = &r->stats;
	const char *unit = r->units == UNITS_LB ? "lb" : "kg",
	           *other = r->units == UNITS_LB ? "kg" : "lb";

	if (s->rest_timers > 0)
		fprintf(
		    f, "left out %zu rest timer row%s\n", s->rest_timers, plural(s->rest_timers));
	if (s->empty > 0)
		fprintf(f, "left out %zu row%s with nothing logged (no reps, time or distance)\n",
		    s->empty, plural(s->empty));
	if (s->missed == 1)
		fprintf(f, "left out 1 planned set that was not done (0 reps)\n");
	else if (s->missed > 1)
		fprintf(f, "left out %zu planned sets that were not done (0 reps)\n", s->missed);
	if (s->user_units > 0)
		fprintf(f, "weights read as %s, your units; --units %s if the file is in %s\n",
		    unit, other, r->units == UNITS_LB ? "kilograms" : "pounds");
	if (s->user_distances > 0)
		fprintf(f, "%zu distance%s without a unit read as %s, your units\n",
		    s->user_distances, plural(s->user_distances),
		    r->units == UNITS_LB ? "miles" : "km");
}

/* The own exercises: made, placed and not placed. */
static void
import_summary_names(FILE *f, const struct import_report *r, bool dry_run)
{
	if (r->nnew > 0) {
		fprintf(f, "%s your own exercises (not in the catalogue):",
		    dry_run ? "would add" : "added");
		for (size_t i = 0; i < r->nnew; i++)
			fprintf(f, "%s %s", i ? "," : "", r->new_exercises[i]);
		fputc('\n', f);
	}
	if (r->nlike > 0) {
		fprintf(f, "placed on muscle groups:");
		for (size_t i = 0; i < r->nlike; i++)
			if (r->like[i].like != NULL)
				fprintf(f, "%s %s (like %s)", i ? "," : "", r->like[i].name,
				    r->like[i].like);
			else
				fprintf(
				    f, "%s %s (the file's groups)", i ? "," : "", r->like[i].name);
		fputc('\n', f);
	}
	if (r->nunplaced == 0)
		return;
	fprintf(f, "without muscle groups, counting toward no timer:");
	for (size_t i = 0; i < r->nunplaced; i++) {
		const struct import_name *u = &r->unplaced[i];

		if (u->like != NULL)
			fprintf(f, "%s %s (%zu set%s; did you mean %s?)", i ? "," : "", u->name,
			    u->sets, plural(u->sets), u->like);
		else
			fprintf(f, "%s %s (%zu set%s)", i ? "," : "", u->name, u->sets,
			    plural(u->sets));
	}
	fprintf(f,
	    "\ngive them groups with herstel exercises --add NAME --primary GROUP,..."
	    " or g in the journal; herstel exercises --unplaced lists them\n");
}

void
import_summary_print(FILE *f, const struct import_report *rep, const char *path, bool dry_run)
{
	import_summary_added(f, rep, path, dry_run);
	import_summary_kinds(f, rep);
	import_summary_left(f, rep);
	import_summary_names(f, rep, dry_run);
}
