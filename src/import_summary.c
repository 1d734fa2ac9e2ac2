/* import_summary.c: the report of `herstel import`, one sentence a line. */
#include "config.h"

#include "import_summary.h"

#include "i18n.h"
#include "util.h"

/* The first line: what was (or would be) added. */
static void
import_summary_added(FILE *f, const struct import_report *r, const char *path, bool dry_run)
{
	const size_t *n = r->added;

	/* One count a piece, each with its own plural. TRANSLATORS: these
	 * pieces make one line: "imported 12 sets, 1 activity, 2 soreness,
	 * 3 sleep, 4 days and 1 day note from FILE (FORMAT)". */
	fputs(dry_run ? _("dry run: would import") : _("imported"), f);
	fprintf(f, ngettext(" %zu set", " %zu sets", n[INTEROP_SET]), n[INTEROP_SET]);
	fprintf(f, ngettext(", %zu activity", ", %zu activities", n[INTEROP_ACTIVITY]),
	    n[INTEROP_ACTIVITY]);
	/* TRANSLATORS: soreness records, one group's level on one day. */
	fprintf(f, ngettext(", %zu soreness", ", %zu soreness", n[INTEROP_SORENESS]),
	    n[INTEROP_SORENESS]);
	/* TRANSLATORS: sleep records, one a night. */
	fprintf(f, ngettext(", %zu sleep", ", %zu sleep", n[INTEROP_SLEEP]), n[INTEROP_SLEEP]);
	fprintf(f, ngettext(", %zu day", ", %zu days", n[INTEROP_DAY]), n[INTEROP_DAY]);
	fprintf(f, ngettext(" and %zu day note", " and %zu day notes", n[INTEROP_DAY_NOTE]),
	    n[INTEROP_DAY_NOTE]);
	/* TRANSLATORS: the end of the line above: FILE (FORMAT). */
	fprintf(f, _(" from %s (%s)"), path, r->format);
	fprintf(f, "%s\n", dry_run ? _("; nothing was written") : "");
	if (r->skipped > 0)
		fprintf(f, ngettext("skipped %zu already in the journal\n",
		               "skipped %zu already in the journal\n", r->skipped),
		    r->skipped);
}

/* The set kinds, times and distances kept, when there are any. */
static void
import_summary_kinds(FILE *f, const struct import_report *r)
{
	const size_t *k = r->kinds;

	if (k[SET_WARMUP] + k[SET_DROP] + k[SET_FAILURE] + r->timed + r->distance + r->superset ==
	    0)
		return;
	/* TRANSLATORS: "kept 2 warm-up, 1 drop and 3 failure sets, 4 timed,
	 * 0 with a distance, 6 in supersets"; the plural follows the failure
	 * sets, the last count before "sets". */
	fprintf(f,
	    ngettext("kept %zu warm-up, %zu drop and %zu failure set, %zu timed, %zu with a "
	             "distance, %zu in supersets\n",
	        "kept %zu warm-up, %zu drop and %zu failure sets, %zu timed, %zu with a "
	        "distance, %zu in supersets\n",
	        k[SET_FAILURE]),
	    k[SET_WARMUP], k[SET_DROP], k[SET_FAILURE], r->timed, r->distance, r->superset);
}

/* Rows that held nothing to keep, and the units assumed. */
static void
import_summary_left(FILE *f, const struct import_report *r)
{
	const struct interop_stats *s = &r->stats;
	const char *unit = r->units == UNITS_LB ? "lb" : "kg",
	           *other = r->units == UNITS_LB ? "kg" : "lb";

	if (s->rest_timers > 0)
		fprintf(f,
		    ngettext("left out %zu rest timer row\n", "left out %zu rest timer rows\n",
		        s->rest_timers),
		    s->rest_timers);
	if (s->empty > 0)
		fprintf(f,
		    ngettext("left out %zu row with nothing logged (no reps, time or distance)\n",
		        "left out %zu rows with nothing logged (no reps, time or distance)\n",
		        s->empty),
		    s->empty);
	if (s->missed > 0)
		fprintf(f,
		    ngettext("left out %zu planned set that was not done (0 reps)\n",
		        "left out %zu planned sets that were not done (0 reps)\n", s->missed),
		    s->missed);
	if (s->user_units > 0)
		fprintf(f, _("weights read as %s, your units; --units %s if the file is in %s\n"),
		    unit, other, r->units == UNITS_LB ? _("kilograms") : _("pounds"));
	if (s->user_distances > 0)
		fprintf(f,
		    ngettext("%zu distance without a unit read as %s, your units\n",
		        "%zu distances without a unit read as %s, your units\n", s->user_distances),
		    s->user_distances, r->units == UNITS_LB ? _("miles") : "km");
}

/* The own exercises: made, placed and not placed. */
static void
import_summary_names(FILE *f, const struct import_report *r, bool dry_run)
{
	if (r->nnew > 0) {
		fprintf(f, _("%s your own exercises (not in the catalogue):"),
		    dry_run ? _("would add") : _("added"));
		for (size_t i = 0; i < r->nnew; i++)
			fprintf(f, "%s %s", i ? "," : "", r->new_exercises[i]);
		fputc('\n', f);
	}
	if (r->nlike > 0) {
		fprintf(f, _("placed on muscle groups:"));
		for (size_t i = 0; i < r->nlike; i++)
			if (r->like[i].like != NULL)
				fprintf(f, _("%s %s (like %s)"), i ? "," : "", r->like[i].name,
				    r->like[i].like);
			else
				fprintf(
				    f, _("%s %s (the file's groups)"), i ? "," : "", r->like[i].name);
		fputc('\n', f);
	}
	if (r->nunplaced == 0)
		return;
	fprintf(f, _("without muscle groups, counting toward no timer:"));
	for (size_t i = 0; i < r->nunplaced; i++) {
		const struct import_name *u = &r->unplaced[i];

		if (u->like != NULL)
			fprintf(f,
			    ngettext("%s %s (%zu set; did you mean %s?)",
			        "%s %s (%zu sets; did you mean %s?)", u->sets),
			    i ? "," : "", u->name, u->sets, u->like);
		else
			fprintf(f, ngettext("%s %s (%zu set)", "%s %s (%zu sets)", u->sets),
			    i ? "," : "", u->name, u->sets);
	}
	fprintf(f,
	    _("\ngive them groups with herstel exercises --add NAME --primary GROUP,..."
	      " or g in the journal; herstel exercises --unplaced lists them\n"));
}

void
import_summary_print(FILE *f, const struct import_report *rep, const char *path, bool dry_run)
{
	import_summary_added(f, rep, path, dry_run);
	import_summary_kinds(f, rep);
	import_summary_left(f, rep);
	import_summary_names(f, rep, dry_run);
}
