/* import.c: stream a file into the journal as one batch.
 *
 * Records are read, checked and written one at a time inside one
 * transaction; the first bad one rolls the whole import back, so the
 * journal ends up with all of the file or none of it while memory stays
 * flat. A regular file is mapped and read front to back, each page let go
 * once read; stdin is read into memory, and a JSON document is parsed
 * whole by SQLite's JSON functions. */
#include "config.h"

#include "import.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv.h"
#include "i18n.h"
#include "import_names.h"
#include "store_json.h"
#include "util.h"

#define IMPORT_MAX_BYTES (256L << 20)
#define IMPORT_NAME_MAX 100
/* CSV rows between letting go of the pages read. */
#define IMPORT_RELEASE_ROWS 4096

struct import_data {
	struct store *s;
	const struct catalogue *cat;
	const char *path;
	char *text;
	size_t len;
	bool mapped;     /* text is the file mapped, not a copy */
	size_t released; /* bytes of the mapping let go */
	struct import_names *names;
	enum units units; /* JSON: the document's */
	struct import_report *rep;
};

/* Map a regular file; 1 when it is not one (or cannot be mapped). */
static int
import_map(struct import_data *d, int fd, char **cause)
{
	struct stat st;
	void *p;

	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size == 0 ||
	    lseek(fd, 0, SEEK_CUR) != 0)
		return 1;
	if (st.st_size >= IMPORT_MAX_BYTES)
		return util_fail(cause, _("%s: larger than %ld MiB"), d->path, IMPORT_MAX_BYTES >> 20);
	if ((p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0)) == MAP_FAILED)
		return 1;
	madvise(p, (size_t)st.st_size, MADV_SEQUENTIAL);
	d->text = p;
	d->len = (size_t)st.st_size;
	d->mapped = true;
	return 0;
}

/* Let go of the mapped pages before `upto`: read once, they need not stay
 * in memory (a later touch reads them from the file again). */
static void
import_release(struct import_data *d, size_t upto)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE), end = upto / page * page;

	if (!d->mapped || end <= d->released)
		return;
	madvise(d->text + d->released, end - d->released, MADV_DONTNEED);
	d->released = end;
}

/* The file's text: mapped when it is a regular file, else read whole. */
static int
import_read(struct import_data *d, char **cause)
{
	bool in = strcmp(d->path, "-") == 0;
	int fd = in ? STDIN_FILENO : open(d->path, O_RDONLY | O_CLOEXEC);
	size_t cap = 65536;
	ssize_t n = 0;
	int rc;

	if (fd < 0)
		return util_fail(cause, "%s: %s", d->path, strerror(errno));
	if ((rc = import_map(d, fd, cause)) <= 0) {
		if (!in)
			close(fd);
		return rc;
	}
	d->text = xmalloc(cap + 1);
	d->len = 0;
	while ((n = read(fd, d->text + d->len, cap - d->len)) > 0 || (n < 0 && errno == EINTR)) {
		if (n < 0)
			continue;
		d->len += (size_t)n;
		if (d->len == cap && cap < IMPORT_MAX_BYTES)
			d->text = xreallocarray(d->text, (cap *= 2) + 1, 1);
		else if (d->len == cap)
			break;
	}
	if (!in)
		close(fd);
	d->text[d->len] = '\0';
	if (n < 0)
		return util_fail(cause, "%s: %s", d->path, strerror(errno));
	if (d->len >= IMPORT_MAX_BYTES)
		return util_fail(cause, _("%s: larger than %ld MiB"), d->path, IMPORT_MAX_BYTES >> 20);
	return 0;
}

/* The text must be text: no NUL bytes, valid UTF-8, not empty. Read
 * pages are let go as the check moves on; the import reads them again. */
static int
import_check_text(struct import_data *d, char **cause)
{
	const unsigned char *text = (const unsigned char *)d->text, *p = text, *end = p + d->len;
	int line = 1, more;
	bool blank = true;

	for (; p < end; p++) {
		/* Lines end in LF, CRLF or CR alone, as the CSV reader counts them. */
		bool eol = *p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n'));

		if (eol && ++line % IMPORT_RELEASE_ROWS == 0)
			import_release(d, (size_t)(p - text));
		if (eol)
			continue;
		if (*p == '\0')
			return util_fail(
			    cause, _("%s:%d: binary data (a NUL byte), not text"), d->path, line);
		blank = blank && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n');
		if (*p < 0x80)
			continue;
		more = (*p & 0xe0) == 0xc0 ? 1
		    : (*p & 0xf0) == 0xe0  ? 2
		    : (*p & 0xf8) == 0xf0  ? 3
		                           : -1;
		if (more < 0 || p + more >= end)
			return util_fail(cause, _("%s:%d: not UTF-8 text"), d->path, line);
		for (int i = 1; i <= more; i++)
			if ((p[i] & 0xc0) != 0x80)
				return util_fail(cause, _("%s:%d: not UTF-8 text"), d->path, line);
		p += more;
	}
	if (blank)
		return util_fail(cause, _("%s: the file is empty"), d->path);
	return 0;
}

/* Text fields of a record fit to store and show: line breaks and tabs of a
 * multi-line note become spaces; any other control character (an escape
 * sequence could take over the terminal that shows it) refuses the file.
 * `where` is "12" (a CSV line) or "sets[3]" (a JSON item). */
static int
import_clean(struct interop_record *r, const char *where, char **cause)
{
	char *fields[] = { r->exercise, r->note };
	const char *names[] = { "exercise", "note" }, *bad;

	for (size_t i = 0; i < HS_ARRAY_LEN(fields); i++) {
		if (fields[i] == NULL)
			continue;
		for (char *c = fields[i]; *c != '\0'; c++)
			if (*c == '\n' || *c == '\r' || *c == '\t')
				*c = ' ';
		if ((bad = util_text_problem(fields[i])) != NULL)
			return util_fail(cause, _("%s: %s: has %s"), where, names[i], bad);
	}
	return 0;
}

/* A set as the store takes it. A bodyweight exercise with a weight in a
 * file of another app is one with that much added (Strong's "Pull Up, 10"
 * is bw+10). */
static struct set_record
import_set(const struct interop_record *r, const struct import_exercise *ex)
{
	return (struct set_record){ .at = r->at,
		.exercise_id = ex->id,
		.weight_kg = r->weight_kg,
		.bodyweight = r->bodyweight_known ? r->bodyweight : ex->bodyweight,
		.reps = r->reps,
		.rpe = r->rpe,
		.kind = r->set_kind,
		.seconds = r->seconds,
		.distance_m = r->distance_m,
		.superset = r->superset,
		.note = r->note };
}

/* Count what a set kept. */
static void
import_count_set(struct import_data *d, const struct interop_record *r, bool placed)
{
	struct import_report *rep = d->rep;

	rep->kinds[r->set_kind]++;
	rep->timed += r->seconds > 0;
	rep->distance += r->distance_m > 0;
	rep->superset += r->superset > 0;
	rep->placed_sets += placed;
	import_names_count(d->names, r);
}

/* A workout's notes into its day's note, after what the day has unless it
 * has them already; the day's kind stays. */
static int
import_day_note(struct import_data *d, const struct interop_record *r, char **cause)
{
	struct day_record old, day = { .date = stamp_date(r->at) };
	bool found;
	int rc = 0;

	if (store_get_day(d->s, day.date, &old, &found, cause) != 0)
		return -1;
	if (found && strstr(old.note, r->note) != NULL) {
		d->rep->skipped++;
	} else {
		day.kind = found ? old.kind : DAY_UNSET;
		day.note = found && old.note[0] != '\0' ? xasprintf("%s; %s", old.note, r->note)
		                                        : xstrdup(r->note);
		if ((rc = store_put_day(d->s, &day, cause)) == 0)
			d->rep->added[INTEROP_DAY_NOTE]++;
		free(day.note);
	}
	day_record_free(&old);
	return rc;
}

/* Write one record unless the journal already has it, and count it. */
static int
import_write(struct import_data *d, const struct interop_record *r, char **cause)
{
	static const enum record_kind kinds[] = { RECORD_SET, RECORD_SORENESS, RECORD_SLEEP,
		RECORD_DAY, RECORD_ACTIVITY };
	struct import_exercise ex = { 0 };
	struct set_record set;
	struct soreness_record sore = { .at = r->at, .group = r->group, .level = r->level };
	struct sleep_record sleep = {
		.date = stamp_date(r->at), .hours = r->hours, .quality = r->quality
	};
	struct day_record day = { .date = stamp_date(r->at), .kind = r->day_kind, .note = r->note };
	struct activity_record act = { .at = r->at,
		.name = r->exercise,
		.seconds = r->seconds,
		.distance_m = r->distance_m,
		.note = r->note };
	const void *rec[] = { &set, &sore, &sleep, &day, &act };
	bool found;
	int rc;

	if (r->kind == INTEROP_DAY_NOTE)
		return import_day_note(d, r, cause);
	if (r->kind == INTEROP_SET) {
		if (import_names_set(d->names, r, &ex, cause) != 0)
			return -1;
		set = import_set(r, &ex);
	}
	if (store_claim_same(d->s, kinds[r->kind], rec[r->kind], &found, cause) != 0)
		return -1;
	if (found) {
		d->rep->skipped++;
		return 0;
	}
	switch (r->kind) {
	case INTEROP_SET:
		if ((rc = store_add_set(d->s, &set, cause)) == 0)
			import_count_set(d, r, ex.placed);
		break;
	case INTEROP_SORENESS:
		rc = store_add_soreness(d->s, &sore, cause);
		break;
	case INTEROP_SLEEP:
		rc = store_put_sleep(d->s, &sleep, cause);
		break;
	case INTEROP_ACTIVITY:
		rc = store_add_activity(d->s, &act, cause);
		break;
	default:
		rc = store_put_day(d->s, &day, cause);
	}
	if (rc == 0)
		d->rep->added[r->kind]++;
	return rc;
}

/* Clean, write and free one record read at `where` ("12", a CSV line, or
 * "sets[3]", a JSON item); a failure says where. */
static int
import_take(struct import_data *d, struct interop_record *r, const char *where, char **cause)
{
	char *why = NULL;
	int rc = import_clean(r, where, cause);

	if (rc == 0 && (rc = import_write(d, r, &why)) != 0) {
		util_fail(cause, "%s: %s", where, why);
		free(why);
	}
	interop_record_free(r);
	return rc;
}

/* Take the records of the row the reader read last. */
static int
import_take_row(struct import_data *d, struct interop_reader *ir, char **why)
{
	struct interop_record rec;
	char line[24];
	int rc = 0;

	while (interop_reader_next(ir, &rec) == 1) {
		if (rc != 0) {
			interop_record_free(&rec);
			continue;
		}
		snprintf(line, sizeof line, "%d", rec.line);
		rc = import_take(d, &rec, line, why);
	}
	return rc;
}

/* Every row of a CSV file, in turn. */
static int
import_parse_csv(struct import_data *d, const struct import_opts *o, char **cause)
{
	struct csv_reader *rd = csv_reader_new(d->text, d->len, csv_guess_sep(d->text, d->len));
	struct interop_reader *ir = NULL;
	struct csv_row row;
	char *why = NULL;
	long rows = 0;
	int k;

	if ((k = csv_next(rd, &row, &why)) == 1 &&
	    (ir = interop_reader_new(o->format, &row, o->units, &why)) != NULL) {
		d->rep->format = xstrdup(interop_reader_label(ir));
		d->names = import_names_new(d->s, d->cat, interop_reader_format(ir) == INTEROP_CSV);
		while ((k = csv_next(rd, &row, &why)) == 1) {
			if (++rows % IMPORT_RELEASE_ROWS == 0)
				import_release(d, csv_offset(rd));
			if (interop_reader_row(ir, &row, &why) < 0 ||
			    import_take_row(d, ir, &why) != 0)
				break;
		}
		d->rep->stats = *interop_reader_stats(ir);
	}
	interop_reader_free(ir);
	csv_reader_free(rd);
	if (why == NULL)
		return 0;
	util_fail(cause, "%s:%s", d->path, why);
	free(why);
	return -1;
}

/* "chest triceps" into roles of a definition; -1 on an unknown group. */
static int
import_groups(const char *list, unsigned char role, struct exercise_def *def)
{
	char *copy = xstrdup(list != NULL ? list : ""), *save = NULL, *tok;
	int g, rc = 0;

	for (tok = strtok_r(copy, " ", &save); tok && rc == 0; tok = strtok_r(NULL, " ", &save))
		if ((g = group_from_id(tok)) < 0)
			rc = -1;
		else if (def->role[g] == ROLE_NONE)
			def->role[g] = role;
	free(copy);
	return rc;
}

/* A JSON list item's place, for messages: "sets[3]". */
struct import_json_ctx {
	struct import_data *d;
	const char *list;
};

static int
import_json_exercise(
    void *arg, const char *index, const char *type, const char *const *f, size_t n, char **cause)
{
	struct import_json_ctx *j = arg;
	struct exercise_def def = { .custom = true };
	const char *bad;

	if (type == NULL || strcmp(type, "object") != 0 || n < 4 || f[0] == NULL ||
	    f[0][0] == '\0' || strlen(f[0]) > IMPORT_NAME_MAX)
		return util_fail(cause,
		    _("exercises[%s]: expected an object with a name of 1 to %d"
		    " characters"),
		    index, IMPORT_NAME_MAX);
	if ((bad = util_text_problem(f[0])) != NULL)
		return util_fail(cause, _("exercises[%s]: name: has %s"), index, bad);
	def.name = (char *)f[0];
	def.bodyweight = f[3] != NULL && strcmp(f[3], "1") == 0;
	if (import_groups(f[1], ROLE_PRIMARY, &def) != 0 ||
	    import_groups(f[2], ROLE_SECONDARY, &def) != 0)
		return util_fail(cause, _("exercises[%s]: unknown muscle group"), index);
	return import_names_own(j->d->names, &def, cause);
}

static int
import_json_record(
    void *arg, const char *index, const char *type, const char *const *f, size_t n, char **cause)
{
	struct import_json_ctx *j = arg;
	struct interop_record rec;
	char *where = xasprintf("%s[%s]", j->list, index);
	int rc;

	if (type == NULL || strcmp(type, "object") != 0 || n < IC_COUNT)
		rc = util_fail(cause, _("%s: expected an object"), where);
	else if ((rc = interop_herstel_fields(f, j->d->units, where, 0, &rec, cause)) == 0)
		rc = import_take(j->d, &rec, where, cause);
	free(where);
	return rc;
}

/* herstel's JSON document, read through the store's JSON functions: its
 * own exercises first (all of them, so a round trip keeps unused ones). */
static int
import_parse_json(struct import_data *d, char **cause)
{
	static const struct {
		const char *name;
		enum store_json_part part;
	} lists[] = { { "sets", STORE_JSON_SETS }, { "soreness", STORE_JSON_SORENESS },
		{ "sleep", STORE_JSON_SLEEP }, { "days", STORE_JSON_DAYS },
		{ "activities", STORE_JSON_ACTIVITIES } };
	struct import_json_ctx j = { d, "exercises" };
	struct store_json *json;
	char *why = NULL;
	int version, rc;

	d->rep->format = xstrdup("herstel json");
	d->names = import_names_new(d->s, d->cat, true);
	if ((json = store_json_new(cause)) == NULL)
		return -1;
	rc = store_json_head(json, d->text, d->len, &version, &d->units, &why);
	if (rc == 0)
		rc = store_json_rows(
		    json, d->text, d->len, STORE_JSON_EXERCISES, import_json_exercise, &j, &why);
	for (size_t i = 0; rc == 0 && i < HS_ARRAY_LEN(lists); i++) {
		j.list = lists[i].name;
		rc = store_json_rows(
		    json, d->text, d->len, lists[i].part, import_json_record, &j, &why);
	}
	store_json_free(json);
	if (rc == 0)
		return 0;
	util_fail(cause, "%s: %s", d->path, why != NULL ? why : _("unknown error"));
	free(why);
	return -1;
}

/* Free what was read. */
static void
import_data_free(struct import_data *d)
{
	import_names_free(d->names);
	if (d->mapped)
		munmap(d->text, d->len);
	else
		free(d->text);
}

/* Does the text start (after a byte order mark and space) with '{'? */
static bool
import_is_json(const char *text, size_t len)
{
	size_t i = len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;

	while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
		i++;
	return i < len && text[i] == '{';
}

/* Read and write the whole file inside the open batch. */
static int
import_stream(struct import_data *d, const struct import_opts *o, char **cause)
{
	int rc;

	if (o->format == INTEROP_JSON ||
	    (o->format == INTEROP_AUTO && import_is_json(d->text, d->len)))
		rc = import_parse_json(d, cause);
	else
		rc = import_parse_csv(d, o, cause);
	if (rc == 0 && d->names != NULL && (rc = import_names_finish(d->names, cause)) == 0)
		import_names_report(d->names, d->rep);
	return rc;
}

/* Did the import add anything? */
static bool
import_added(const struct import_report *rep)
{
	for (int k = 0; k < INTEROP_KIND_COUNT; k++)
		if (rep->added[k] > 0)
			return true;
	return rep->nnew > 0;
}

int
import_run(struct store *s, const struct catalogue *cat, const struct import_opts *o,
    struct import_report *rep, char **cause)
{
	struct import_data d = {
		.s = s, .cat = cat, .path = o->path, .rep = rep, .units = o->units
	};
	char *what = xasprintf(_("import %s"), o->path);
	int rc = -1;

	memset(rep, 0, sizeof *rep);
	rep->units = o->units;
	if (import_read(&d, cause) != 0 || import_check_text(&d, cause) != 0)
		goto out;
	/* Let all of it go (the mapping ends on a page boundary); the import
	 * reads it again from the top. */
	import_release(&d, d.len + (size_t)sysconf(_SC_PAGESIZE) - 1);
	d.released = 0;
	if (store_claims_begin(s, cause) != 0 || store_begin(s, what, cause) != 0)
		goto out;
	if (import_stream(&d, o, cause) != 0) {
		store_rollback(s);
		goto out;
	}
	/* A dry run, or an import that adds nothing, leaves no batch behind. */
	if (o->dry_run || !import_added(rep))
		store_rollback(s);
	else if (store_commit(s, cause) != 0)
		goto out;
	rc = 0;
out:
	free(what);
	import_data_free(&d);
	if (rc != 0)
		import_report_free(rep);
	return rc;
}

/* Free a list of names of the report. */
static void
import_names_list_free(struct import_name *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(list[i].name);
		free(list[i].like);
	}
	free(list);
}

void
import_report_free(struct import_report *rep)
{
	for (size_t i = 0; i < rep->nnew; i++)
		free(rep->new_exercises[i]);
	free(rep->new_exercises);
	import_names_list_free(rep->like, rep->nlike);
	import_names_list_free(rep->unplaced, rep->nunplaced);
	free(rep->format);
	memset(rep, 0, sizeof *rep);
}
