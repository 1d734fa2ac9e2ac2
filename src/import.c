/* import.c: stream a file into the journal as one batch.
 *
 * Records are read, checked and written one at a time inside one
 * transaction; the first bad one rolls the whole import back, so the
 * journal ends up with all of the file or none of it while memory stays
 * flat. A regular file is mapped and read front to back, each page let go
 * once read; stdin is read into memory, and a JSON document is parsed
 * whole by SQLite's JSON functions. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv.h"
#include "import.h"
#include "store_json.h"
#include "util.h"

#define IMPORT_MAX_BYTES (256L << 20)
#define IMPORT_NAME_MAX 100
/* CSV rows between letting go of the pages read. */
#define IMPORT_RELEASE_ROWS 4096

/* An exercise the file has that the catalogue lacks: the user's own. */
struct import_own {
	struct exercise_def def;
	int64_t id; /* in the journal; 0 until written */
	bool made;  /* by this import */
};

/* The journal id of an exercise, looked up once per import. */
struct import_id {
	const struct exercise_def *def;
	int64_t id;
};

struct import_data {
	struct store *s;
	const struct catalogue *cat;
	const char *path;
	char *text;
	size_t len;
	bool mapped;     /* text is the file mapped, not a copy */
	size_t released; /* bytes of the mapping let go */
	struct import_own **own;
	size_t nown;
	struct import_id *ids;
	size_t nids;
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
		return util_fail(cause, "%s: larger than %ld MiB", d->path, IMPORT_MAX_BYTES >> 20);
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
		return util_fail(cause, "%s: larger than %ld MiB", d->path, IMPORT_MAX_BYTES >> 20);
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
			    cause, "%s:%d: binary data (a NUL byte), not text", d->path, line);
		blank = blank && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n');
		if (*p < 0x80)
			continue;
		more = (*p & 0xe0) == 0xc0 ? 1
		    : (*p & 0xf0) == 0xe0  ? 2
		    : (*p & 0xf8) == 0xf0  ? 3
		                           : -1;
		if (more < 0 || p + more >= end)
			return util_fail(cause, "%s:%d: not UTF-8 text", d->path, line);
		for (int i = 1; i <= more; i++)
			if ((p[i] & 0xc0) != 0x80)
				return util_fail(cause, "%s:%d: not UTF-8 text", d->path, line);
		p += more;
	}
	if (blank)
		return util_fail(cause, "%s: the file is empty", d->path);
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
			return util_fail(cause, "%s: %s: has %s", where, names[i], bad);
	}
	return 0;
}

/* The user's own exercise `name`, added to d->own if new. */
static struct import_own *
import_own(struct import_data *d, const char *name)
{
	struct import_own *own;

	for (size_t i = 0; i < d->nown; i++)
		if (util_strcasecmp(d->own[i]->def.name, name) == 0)
			return d->own[i];
	d->own = xreallocarray(d->own, d->nown + 1, sizeof *d->own);
	own = d->own[d->nown++] = xcalloc(1, sizeof *own);
	own->def.name = xstrdup(name);
	own->def.custom = true;
	return own;
}

/* Write an own exercise (its groups as known so far) unless the journal
 * has it; one made now is reported, and gets its final groups at the end. */
static int
import_own_write(struct import_data *d, struct import_own *own, char **cause)
{
	struct import_report *rep = d->rep;
	int found;

	if (own->id != 0)
		return 0;
	if ((found = store_find_exercise(d->s, own->def.name, &own->id, cause)) != 0)
		return found < 0 ? -1 : 0;
	if (store_exercise_id(d->s, &own->def, &own->id, cause) != 0)
		return -1;
	own->made = true;
	rep->new_exercises =
	    xreallocarray(rep->new_exercises, rep->nnew + 1, sizeof *rep->new_exercises);
	rep->new_exercises[rep->nnew++] = xstrdup(own->def.name);
	return 0;
}

/* The journal id of a catalogue exercise. */
static int
import_exercise_id(struct import_data *d, const struct exercise_def *def, int64_t *id, char **cause)
{
	for (size_t i = d->nids; i-- > 0;)
		if (d->ids[i].def == def) {
			*id = d->ids[i].id;
			return 0;
		}
	if (store_exercise_id(d->s, def, id, cause) != 0)
		return -1;
	d->ids = xreallocarray(d->ids, d->nids + 1, sizeof *d->ids);
	d->ids[d->nids++] = (struct import_id){ def, *id };
	return 0;
}

/* The exercise of a set: the catalogue's, or the user's own, made with the
 * groups the file gives (if any). */
static int
import_resolve(struct import_data *d, const struct interop_record *r,
    const struct exercise_def **def, int64_t *id, char **cause)
{
	struct import_own *own;
	char *name;

	if ((*def = interop_resolve(d->cat, r->exercise)) != NULL)
		return import_exercise_id(d, *def, id, cause);
	name = util_trim(r->exercise);
	if (strlen(name) > IMPORT_NAME_MAX)
		return util_fail(cause, "exercise: longer than %d characters", IMPORT_NAME_MAX);
	own = import_own(d, name);
	for (int g = 0; g < GROUP_COUNT; g++)
		if (own->def.role[g] == ROLE_NONE)
			own->def.role[g] = r->role[g];
	*def = &own->def;
	if (import_own_write(d, own, cause) != 0)
		return -1;
	*id = own->id;
	return 0;
}

/* A set as the store takes it. */
static struct set_record
import_set(const struct interop_record *r, const struct exercise_def *def, int64_t eid)
{
	return (struct set_record){ .at = r->at,
		.exercise_id = eid,
		.weight_kg = r->weight_kg,
		.bodyweight =
		    r->bodyweight_known ? r->bodyweight : r->weight_kg == 0 && def->bodyweight,
		.reps = r->reps,
		.rpe = r->rpe,
		.warmup = r->warmup,
		.note = r->note };
}

/* Write one record unless the journal already has it, and count it. */
static int
import_write(struct import_data *d, const struct interop_record *r, char **cause)
{
	static const enum record_kind kinds[] = { RECORD_SET, RECORD_SORENESS, RECORD_SLEEP,
		RECORD_DAY };
	const struct exercise_def *def = NULL;
	struct set_record set;
	struct soreness_record sore = { .at = r->at, .group = r->group, .level = r->level };
	struct sleep_record sleep = {
		.date = stamp_date(r->at), .hours = r->hours, .quality = r->quality
	};
	struct day_record day = { .date = stamp_date(r->at), .kind = r->day_kind, .note = r->note };
	const void *rec[] = { &set, &sore, &sleep, &day };
	int64_t eid = 0;
	bool found;
	int rc;

	if (r->kind == INTEROP_SET) {
		if (import_resolve(d, r, &def, &eid, cause) != 0)
			return -1;
		set = import_set(r, def, eid);
	}
	if (store_claim_same(d->s, kinds[r->kind], rec[r->kind], &found, cause) != 0)
		return -1;
	if (found) {
		d->rep->skipped++;
		return 0;
	}
	switch (r->kind) {
	case INTEROP_SET:
		rc = store_add_set(d->s, &set, cause);
		break;
	case INTEROP_SORENESS:
		rc = store_add_soreness(d->s, &sore, cause);
		break;
	case INTEROP_SLEEP:
		rc = store_put_sleep(d->s, &sleep, cause);
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

/* Every row of a CSV file, in turn. */
static int
import_parse_csv(struct import_data *d, const struct import_opts *o, char **cause)
{
	struct csv_reader *rd = csv_reader_new(d->text, d->len, csv_guess_sep(d->text, d->len));
	struct interop_reader *ir = NULL;
	struct interop_record rec;
	struct csv_row row;
	char *why = NULL, line[24];
	long rows = 0;
	int k;

	if ((k = csv_next(rd, &row, &why)) == 1 &&
	    (ir = interop_reader_new(o->format, &row, o->units, &why)) != NULL) {
		d->rep->format = xstrdup(interop_reader_label(ir));
		while ((k = csv_next(rd, &row, &why)) == 1) {
			if (++rows % IMPORT_RELEASE_ROWS == 0)
				import_release(d, csv_offset(rd));
			if ((k = interop_reader_row(ir, &row, &rec, &why)) < 0)
				break;
			if (k == 0) {
				d->rep->ignored++;
				continue;
			}
			snprintf(line, sizeof line, "%d", rec.line);
			if (import_take(d, &rec, line, &why) != 0)
				break;
		}
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
	struct import_own *own;
	const char *bad;

	if (type == NULL || strcmp(type, "object") != 0 || n < 4 || f[0] == NULL ||
	    f[0][0] == '\0' || strlen(f[0]) > IMPORT_NAME_MAX)
		return util_fail(cause,
		    "exercises[%s]: expected an object with a name of 1 to %d"
		    " characters",
		    index, IMPORT_NAME_MAX);
	if ((bad = util_text_problem(f[0])) != NULL)
		return util_fail(cause, "exercises[%s]: name: has %s", index, bad);
	own = import_own(j->d, f[0]);
	own->def.bodyweight = f[3] != NULL && strcmp(f[3], "1") == 0;
	if (import_groups(f[1], ROLE_PRIMARY, &own->def) != 0 ||
	    import_groups(f[2], ROLE_SECONDARY, &own->def) != 0)
		return util_fail(cause, "exercises[%s]: unknown muscle group", index);
	return 0;
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
		rc = util_fail(cause, "%s: expected an object", where);
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
	static const char *const lists[] = { "sets", "soreness", "sleep", "days" };
	struct import_json_ctx j = { d, "exercises" };
	struct store_json *json;
	char *why = NULL;
	int version, rc;

	d->rep->format = xstrdup("herstel json");
	if ((json = store_json_new(cause)) == NULL)
		return -1;
	rc = store_json_head(json, d->text, d->len, &version, &d->units, &why);
	if (rc == 0)
		rc = store_json_rows(
		    json, d->text, d->len, STORE_JSON_EXERCISES, import_json_exercise, &j, &why);
	for (size_t i = 0; rc == 0 && i < d->nown; i++)
		rc = import_own_write(d, d->own[i], &why);
	for (int i = 0; rc == 0 && i < 4; i++) {
		j.list = lists[i];
		rc = store_json_rows(
		    json, d->text, d->len, (enum store_json_part)i, import_json_record, &j, &why);
	}
	store_json_free(json);
	if (rc == 0)
		return 0;
	util_fail(cause, "%s: %s", d->path, why != NULL ? why : "unknown error");
	free(why);
	return -1;
}

/* Free what was read. */
static void
import_data_free(struct import_data *d)
{
	for (size_t i = 0; i < d->nown; i++) {
		free(d->own[i]->def.name);
		free(d->own[i]);
	}
	free(d->own);
	free(d->ids);
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
	/* Own exercises made now get all the groups their sets gave. */
	for (size_t i = 0; rc == 0 && i < d->nown; i++)
		if (d->own[i]->made)
			rc = store_set_exercise_groups(
			    d->s, d->own[i]->id, d->own[i]->def.role, cause);
	return rc;
}

int
import_run(struct store *s, const struct catalogue *cat, const struct import_opts *o,
    struct import_report *rep, char **cause)
{
	struct import_data d = {
		.s = s, .cat = cat, .path = o->path, .rep = rep, .units = o->units
	};
	const size_t *n = rep->added;
	char *what = xasprintf("import %s", o->path);
	int rc = -1;

	memset(rep, 0, sizeof *rep);
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
	if (o->dry_run || (n[0] + n[1] + n[2] + n[3] == 0 && rep->nnew == 0))
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

void
import_report_free(struct import_report *rep)
{
	for (size_t i = 0; i < rep->nnew; i++)
		free(rep->new_exercises[i]);
	free(rep->new_exercises);
	free(rep->format);
	memset(rep, 0, sizeof *rep);
}
