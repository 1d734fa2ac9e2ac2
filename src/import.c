/* import.c: read a whole file, check every row, then write one batch. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv.h"
#include "import.h"
#include "util.h"

#define IMPORT_MAX_BYTES (256L << 20)
#define IMPORT_NAME_MAX 100

/* Everything read from the file, before any write. */
struct import_data {
	const char *path;
	char *text;
	size_t len;
	struct interop_record *recs;
	size_t nrecs, cap;
	struct exercise_def **own; /* exercises the file defines or herstel lacks */
	size_t nown;
	enum units units; /* JSON: the document's */
	struct import_report *rep;
};

/* Read all of a file or stdin into memory. */
static int
import_read(struct import_data *d, char **cause)
{
	bool in = strcmp(d->path, "-") == 0;
	int fd = in ? STDIN_FILENO : open(d->path, O_RDONLY | O_CLOEXEC);
	size_t cap = 65536;
	ssize_t n;

	if (fd < 0)
		return util_fail(cause, "%s: %s", d->path, strerror(errno));
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

/* The text must be text: no NUL bytes, valid UTF-8, not empty. */
static int
import_check_text(const struct import_data *d, char **cause)
{
	const unsigned char *p = (const unsigned char *)d->text, *end = p + d->len;
	int line = 1, more;
	bool blank = true;

	for (; p < end; p++) {
		if (*p == '\n')
			line++;
		else if (*p == '\0')
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

/* Keep a record read from the file. */
static void
import_keep(struct import_data *d, const struct interop_record *r)
{
	if (d->nrecs == d->cap)
		d->recs =
		    xreallocarray(d->recs, d->cap = d->cap ? d->cap * 2 : 256, sizeof *d->recs);
	d->recs[d->nrecs++] = *r;
}

/* Every row of a CSV file into records. */
static int
import_parse_csv(struct import_data *d, const struct import_opts *o, char **cause)
{
	struct csv_reader *rd = csv_reader_new(d->text, d->len, csv_guess_sep(d->text, d->len));
	struct interop_reader *ir = NULL;
	struct interop_record rec;
	struct csv_row row;
	char *why = NULL, line[24];
	int k;

	if ((k = csv_next(rd, &row, &why)) == 1 &&
	    (ir = interop_reader_new(o->format, &row, o->units, &why)) != NULL) {
		d->rep->format = xstrdup(interop_reader_label(ir));
		while ((k = csv_next(rd, &row, &why)) == 1) {
			if ((k = interop_reader_row(ir, &row, &rec, &why)) < 0)
				break;
			if (k == 0) {
				d->rep->ignored++;
				continue;
			}
			snprintf(line, sizeof line, "%d", rec.line);
			if (import_clean(&rec, line, &why) != 0) {
				interop_record_free(&rec);
				break;
			}
			import_keep(d, &rec);
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

/* The user's own exercise `name`, added to d->own if new. */
static struct exercise_def *
import_own(struct import_data *d, const char *name)
{
	struct exercise_def *def;

	for (size_t i = 0; i < d->nown; i++)
		if (util_strcasecmp(d->own[i]->name, name) == 0)
			return d->own[i];
	d->own = xreallocarray(d->own, d->nown + 1, sizeof *d->own);
	def = d->own[d->nown++] = xcalloc(1, sizeof *def);
	def->name = xstrdup(name);
	def->custom = true;
	return def;
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
	struct exercise_def *def;

	if (type == NULL || strcmp(type, "object") != 0 || n < 4 || f[0] == NULL ||
	    f[0][0] == '\0' || strlen(f[0]) > IMPORT_NAME_MAX)
		return util_fail(cause,
		    "exercises[%s]: expected an object with a name of 1 to %d"
		    " characters",
		    index, IMPORT_NAME_MAX);
	def = import_own(j->d, f[0]);
	def->bodyweight = f[3] != NULL && strcmp(f[3], "1") == 0;
	if (import_groups(f[1], ROLE_PRIMARY, def) != 0 ||
	    import_groups(f[2], ROLE_SECONDARY, def) != 0)
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
	else if ((rc = interop_herstel_fields(f, j->d->units, where, 0, &rec, cause)) == 0 &&
	    (rc = import_clean(&rec, where, cause)) != 0)
		interop_record_free(&rec);
	else if (rc == 0)
		import_keep(j->d, &rec);
	free(where);
	return rc;
}

/* herstel's JSON document, read through the store's JSON functions. */
static int
import_parse_json(struct store *s, struct import_data *d, char **cause)
{
	static const char *const lists[] = { "sets", "soreness", "sleep", "days" };
	struct import_json_ctx j = { d, "exercises" };
	char *why = NULL;
	int version, rc;

	d->rep->format = xstrdup("herstel json");
	rc = store_json_head(s, d->text, d->len, &version, &d->units, &why);
	if (rc == 0)
		rc = store_json_rows(
		    s, d->text, d->len, STORE_JSON_EXERCISES, import_json_exercise, &j, &why);
	for (int i = 0; rc == 0 && i < 4; i++) {
		j.list = lists[i];
		rc = store_json_rows(
		    s, d->text, d->len, (enum store_json_part)i, import_json_record, &j, &why);
	}
	if (rc == 0)
		return 0;
	util_fail(cause, "%s: %s", d->path, why != NULL ? why : "unknown error");
	free(why);
	return -1;
}

/* The exercise of every set: the catalogue's, or the user's own (made
 * with the groups the file gives, if any). */
static int
import_resolve(struct import_data *d, const struct catalogue *cat, const struct exercise_def **defs,
    char **cause)
{
	for (size_t i = 0; i < d->nrecs; i++) {
		struct interop_record *r = &d->recs[i];
		struct exercise_def *own;
		char *name;

		if (r->kind != INTEROP_SET)
			continue;
		if ((defs[i] = interop_resolve(cat, r->exercise)) != NULL)
			continue;
		name = util_trim(r->exercise);
		if (strlen(name) > IMPORT_NAME_MAX)
			return util_fail(cause, "%s:%d: exercise: longer than %d characters",
			    d->path, r->line, IMPORT_NAME_MAX);
		own = import_own(d, name);
		for (int g = 0; g < GROUP_COUNT; g++)
			if (own->role[g] == ROLE_NONE)
				own->role[g] = r->role[g];
		defs[i] = own;
	}
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

/* Sort order of the duplicate keys: by key, then by place in the file. */
static const char *const *import_sort_keys;

static int
import_key_cmp(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	int c = strcmp(import_sort_keys[i], import_sort_keys[j]);

	return c != 0 ? c : (i > j) - (i < j);
}

/* occ[i]: how many records equal to record i come before it in the file,
 * so a file with three equal sets adds three, and only once. */
static void
import_occurrences(const struct import_data *d, const int64_t *eids, size_t *occ)
{
	char **keys = xcalloc(d->nrecs, sizeof *keys);
	size_t *idx = xcalloc(d->nrecs, sizeof *idx);

	for (size_t i = 0; i < d->nrecs; i++) {
		const struct interop_record *r = &d->recs[i];

		idx[i] = i;
		keys[i] = r->kind == INTEROP_SET
		    ? xasprintf("s%lld|%lld|%.3f|%d|%d|%.1f|%d|%s", (long long)r->at,
		          (long long)eids[i], r->weight_kg, r->bodyweight, r->reps, r->rpe,
		          r->warmup, r->note)
		    : xasprintf("%d|%zu", (int)r->kind, i);
		if (r->kind == INTEROP_SORENESS)
			keys[i] = (free(keys[i]),
			    xasprintf("o%lld|%d|%d", (long long)r->at, (int)r->group, r->level));
	}
	import_sort_keys = (const char *const *)keys;
	qsort(idx, d->nrecs, sizeof *idx, import_key_cmp);
	for (size_t k = 0; k < d->nrecs; k++)
		occ[idx[k]] =
		    k > 0 && strcmp(keys[idx[k]], keys[idx[k - 1]]) == 0 ? occ[idx[k - 1]] + 1 : 0;
	for (size_t i = 0; i < d->nrecs; i++)
		free(keys[i]);
	free(keys);
	free(idx);
}

/* The journal's ids of the exercises: the file's own ones first (all of a
 * JSON document's list, so a round trip keeps unused ones), then each set's. */
static int
import_exercise_ids(struct store *s, struct import_data *d, const struct exercise_def **defs,
    int64_t *eids, char **cause)
{
	int64_t id;
	int found;

	for (size_t i = 0; i < d->nown; i++) {
		if ((found = store_find_exercise(s, d->own[i]->name, &id, cause)) < 0 ||
		    store_exercise_id(s, d->own[i], &id, cause) != 0)
			return -1;
		if (found == 0) {
			struct import_report *rep = d->rep;

			rep->new_exercises = xreallocarray(
			    rep->new_exercises, rep->nnew + 1, sizeof *rep->new_exercises);
			rep->new_exercises[rep->nnew++] = xstrdup(d->own[i]->name);
		}
	}
	for (size_t i = 0; i < d->nrecs; i++) {
		eids[i] = 0;
		if (d->recs[i].kind == INTEROP_SET &&
		    store_exercise_id(s, defs[i], &eids[i], cause) != 0)
			return -1;
	}
	return 0;
}

/* Write record i unless the journal already has it; *added is set. */
static int
import_one(struct store *s, const struct interop_record *r, const struct exercise_def *def,
    int64_t eid, size_t occ, bool *added, char **cause)
{
	struct set_record set;
	struct soreness_record sore = { .at = r->at, .group = r->group, .level = r->level };
	struct sleep_record sleep = {
		.date = stamp_date(r->at), .hours = r->hours, .quality = r->quality
	};
	struct day_record day = { .date = stamp_date(r->at), .kind = r->day_kind, .note = r->note };
	static const enum record_kind kinds[] = { RECORD_SET, RECORD_SORENESS, RECORD_SLEEP,
		RECORD_DAY };
	const void *rec[] = { &set, &sore, &sleep, &day };
	int64_t same = 0;

	if (r->kind == INTEROP_SET)
		set = import_set(r, def, eid);
	if (store_count_same(s, kinds[r->kind], rec[r->kind], &same, cause) != 0)
		return -1;
	/* Equal records: as many as the file has, counting those there already. */
	*added = (int64_t)occ >= same &&
	    !(same > 0 && (r->kind == INTEROP_SLEEP || r->kind == INTEROP_DAY));
	if (!*added)
		return 0;
	switch (r->kind) {
	case INTEROP_SET:
		return store_add_set(s, &set, cause);
	case INTEROP_SORENESS:
		return store_add_soreness(s, &sore, cause);
	case INTEROP_SLEEP:
		return store_put_sleep(s, &sleep, cause);
	default:
		return store_put_day(s, &day, cause);
	}
}

/* One batch for the whole file; kept only when it adds something and this
 * is not a dry run. */
static int
import_write(struct store *s, struct import_data *d, const struct import_opts *o,
    const struct exercise_def **defs, char **cause)
{
	int64_t *eids = xcalloc(d->nrecs + 1, sizeof *eids);
	size_t *occ = xcalloc(d->nrecs + 1, sizeof *occ);
	char *what = xasprintf("import %s", d->path);
	bool added;
	int rc = -1;

	if (store_begin(s, what, cause) != 0)
		goto out;
	if (import_exercise_ids(s, d, defs, eids, cause) != 0)
		goto fail;
	import_occurrences(d, eids, occ);
	for (size_t i = 0; i < d->nrecs; i++) {
		if (import_one(s, &d->recs[i], defs[i], eids[i], occ[i], &added, cause) != 0) {
			char *why = *cause;

			*cause = xasprintf("%s:%d: %s", d->path, d->recs[i].line, why);
			free(why);
			goto fail;
		}
		if (added)
			d->rep->added[d->recs[i].kind]++;
		else
			d->rep->skipped++;
	}
	if (o->dry_run ||
	    (d->rep->added[0] + d->rep->added[1] + d->rep->added[2] + d->rep->added[3] == 0 &&
	        d->rep->nnew == 0))
		store_rollback(s);
	else if (store_commit(s, cause) != 0)
		goto out;
	rc = 0;
	goto out;
fail:
	store_rollback(s);
out:
	free(what);
	free(eids);
	free(occ);
	return rc;
}

/* Free what was read. */
static void
import_data_free(struct import_data *d)
{
	for (size_t i = 0; i < d->nrecs; i++)
		interop_record_free(&d->recs[i]);
	free(d->recs);
	for (size_t i = 0; i < d->nown; i++) {
		free(d->own[i]->name);
		free(d->own[i]);
	}
	free(d->own);
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

int
import_run(struct store *s, const struct catalogue *cat, const struct import_opts *o,
    struct import_report *rep, char **cause)
{
	struct import_data d = { .path = o->path, .rep = rep, .units = o->units };
	const struct exercise_def **defs = NULL;
	int rc = -1;

	memset(rep, 0, sizeof *rep);
	if (import_read(&d, cause) != 0 || import_check_text(&d, cause) != 0)
		goto out;
	if (o->format == INTEROP_JSON ||
	    (o->format == INTEROP_AUTO && import_is_json(d.text, d.len))) {
		if (import_parse_json(s, &d, cause) != 0)
			goto out;
	} else if (import_parse_csv(&d, o, cause) != 0)
		goto out;
	defs = xcalloc(d.nrecs + 1, sizeof *defs);
	if (import_resolve(&d, cat, defs, cause) != 0 || import_write(s, &d, o, defs, cause) != 0)
		goto out;
	rc = 0;
out:
	free(defs);
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
