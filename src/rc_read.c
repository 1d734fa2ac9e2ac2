/* rc_read.c: herstelrc read as lines, in linear time: each line with its
 * number, and the values through iniparser a chunk at a time. */
#include "config.h"

#include "i18n.h"
#include "rc_impl.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <iniparser/iniparser.h>

#include "util.h"
/* iniparser 4.1 reads lines of up to 1023 bytes and takes a longer one for
 * two broken ones; a comment of any length is skipped before it sees it. */
#define RC_LINE_MAX 1000
/* Lines handed to iniparser at a time: its dictionary looks every key up
 * one by one, so a whole file of 20,000 sections took 20 s. */
#define RC_CHUNK 256

/* Room for element n of an array of n: doubled when n is 0 or a power of
 * two, so that a file of 20,000 sections costs 15 reallocations, not
 * 20,000 (each a copy of all, where realloc cannot grow in place). */
void *
rc_grow(void *p, size_t n, size_t size)
{
	if (n != 0 && (n & (n - 1)) != 0)
		return p;
	return xreallocarray(p, n == 0 ? 1 : 2 * n, size);
}

void
rc_lower(char *s)
{
	for (; *s; s++)
		*s = (char)((*s >= 'A' && *s <= 'Z') ? *s + 32 : *s);
}

/* A UTF-8 byte order mark and CR line ends (CRLF or CR alone), gone:
 * iniparser would take the mark for text and CR for part of a line. */
void
rc_text_fix(char *text)
{
	char *in = text, *out = text;

	if (memcmp(text, "\xef\xbb\xbf", 3) == 0)
		in += 3;
	for (; *in != '\0'; in++) {
		if (*in == '\r' && in[1] == '\n')
			continue;
		*out++ = *in == '\r' ? '\n' : *in;
	}
	*out = '\0';
}

static void
rc_scan_add(struct rc_scan *sc, const char *section, char *key, char *text, int line)
{
	if (sc->n == sc->cap)
		sc->lines = xreallocarray(
		    sc->lines, sc->cap = sc->cap ? sc->cap * 2 : 64, sizeof *sc->lines);
	sc->lines[sc->n++] = (struct rc_line){ xstrdup(section), key, xstrdup(text), NULL, line };
}

/* Note each section and key line of the file, and refuse a line that is
 * none of those nor a comment, or one too long for iniparser. */
int
rc_scan(struct rc *rc, char *text, struct rc_scan *sc, char **cause)
{
	char *raw, *next, *p, *end, *section = xstrdup("");
	int line = 0, ret = 0;

	for (raw = text; raw != NULL && ret == 0; raw = next) {
		if ((next = strchr(raw, '\n')) != NULL)
			*next++ = '\0';
		line++;
		p = util_trim(raw);
		if (*p == '\0' || *p == '#' || *p == ';')
			continue;
		if (strlen(p) > RC_LINE_MAX) {
			ret = util_fail(cause,
			    _("%s:%d: a line of %zu characters; a [section] or key = value line holds"
			    " at most %d (comments may be longer)"),
			    rc->path, line, strlen(p), RC_LINE_MAX);
		} else if (*p == '[' && p[strlen(p) - 1] == ']') {
			end = strchr(p, ']');
			*end = '\0';
			free(section);
			rc_lower(section = xstrdup(util_trim(p + 1)));
			*end = ']';
			rc_scan_add(sc, section, NULL, p, line);
		} else if ((end = strchr(p, '=')) != NULL) {
			char *key = xstrndup(p, (size_t)(end - p));

			rc_lower(key);
			memmove(key, util_trim(key), strlen(util_trim(key)) + 1);
			rc_scan_add(sc, section, key, p, line);
		} else {
			ret = util_fail(cause,
			    _("%s:%d: syntax error: \"%s\" is not a [section], a key = value line or "
			    "a"
			    " comment"),
			    rc->path, line, p);
		}
	}
	free(section);
	return ret;
}

void
rc_scan_free(struct rc_scan *sc)
{
	for (size_t i = 0; i < sc->n; i++) {
		free(sc->lines[i].section);
		free(sc->lines[i].key);
		free(sc->lines[i].text);
		free(sc->lines[i].value);
	}
	free(sc->lines);
}

/* iniparser reports syntax errors through a printf-like callback, in two
 * calls ("syntax error in F (N):" then "-> line"); collect them so rc_load
 * can return the error instead of it going to stderr. */
static char rc_ini_error[1024];

static int
rc_ini_errback(const char *fmt, ...)
{
	size_t used = strlen(rc_ini_error);
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(rc_ini_error + used, sizeof rc_ini_error - used, fmt, ap);
	va_end(ap);
	return 0;
}

/* "iniparser: syntax error in F (12):\n-> line" as "PATH:LINE: syntax error:
 * line", its line found through `map` (the file's line of each line given). */
static int
rc_syntax_error(const char *path, const int *map, int nmap, char **cause)
{
	char *open = strrchr(rc_ini_error, '('), *arrow = strstr(rc_ini_error, "-> ");
	long line = open != NULL ? strtol(open + 1, NULL, 10) : 0;
	char *text = xstrdup(arrow != NULL ? arrow + 3 : "");
	int rc;

	text[strcspn(text, "\r\n")] = '\0';
	if (line > 0 && line <= nmap && map[line - 1] > 0)
		rc = util_fail(cause,
		    _("%s:%d: syntax error: \"%s\" is not a [section], a key = value line or a"
		    " comment"),
		    path, map[line - 1], text);
	else
		rc = util_fail(cause, _("%s: cannot be read as an ini file"), path);
	free(text);
	return rc;
}

/* Hand lines [from, to) to iniparser through `fd` (an unlinked temp file,
 * read again as /proc/self/fd/N) and take each key line's value. */
static int
rc_chunk(struct rc *rc, struct rc_scan *sc, size_t from, size_t to, int fd, char **cause)
{
	struct strbuf sb;
	int *map = xcalloc(to - from + 1, sizeof *map), nmap = 0, ret = -1;
	char name[64], key[2 * RC_LINE_MAX + 2];
	dictionary *d = NULL;

	strbuf_init(&sb);
	/* The chunk starts in the section its first line is in. */
	if (sc->lines[from].key != NULL && sc->lines[from].section[0] != '\0') {
		strbuf_printf(&sb, "[%s]\n", sc->lines[from].section);
		map[nmap++] = 0;
	}
	for (size_t i = from; i < to; i++) {
		strbuf_printf(&sb, "%s\n", sc->lines[i].text);
		map[nmap++] = sc->lines[i].line;
	}
	snprintf(name, sizeof name, "/proc/self/fd/%d", fd);
	if (ftruncate(fd, 0) != 0 || pwrite(fd, sb.buf, sb.len, 0) != (ssize_t)sb.len) {
		util_fail(cause, _("%s: cannot be read: %s"), rc->path, strerror(errno));
		goto out;
	}
	rc_ini_error[0] = '\0';
	iniparser_set_error_callback(rc_ini_errback);
	d = iniparser_load(name);
	iniparser_set_error_callback(NULL);
	if (d == NULL || rc_ini_error[0] != '\0') {
		rc_syntax_error(rc->path, map, nmap, cause);
		goto out;
	}
	for (size_t i = from; i < to; i++)
		if (sc->lines[i].key != NULL) {
			snprintf(key, sizeof key, "%s:%s", sc->lines[i].section, sc->lines[i].key);
			sc->lines[i].value = xstrdup(iniparser_getstring(d, key, ""));
		}
	ret = 0;
out:
	if (d != NULL)
		iniparser_freedict(d);
	strbuf_free(&sb);
	free(map);
	return ret;
}

/* The value of every key line, read by iniparser RC_CHUNK lines at a time. */
int
rc_values(struct rc *rc, struct rc_scan *sc, char **cause)
{
	const char *tmp = getenv("TMPDIR");
	char *name = xasprintf("%s/herstelrc.XXXXXX", tmp != NULL && *tmp == '/' ? tmp : "/tmp");
	int fd = mkstemp(name), ret = 0;

	if (fd < 0) {
		ret = util_fail(cause, _("%s: cannot be read: no temp file in %s: %s"), rc->path,
		    tmp != NULL && *tmp == '/' ? tmp : "/tmp", strerror(errno));
		free(name);
		return ret;
	}
	unlink(name);
	free(name);
	for (size_t i = 0; ret == 0 && i < sc->n; i += RC_CHUNK)
		ret = rc_chunk(rc, sc, i, i + RC_CHUNK < sc->n ? i + RC_CHUNK : sc->n, fd, cause);
	close(fd);
	return ret;
}

static size_t
rc_hash(const char *s)
{
	size_t h = 2166136261u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* The slot of `key` (*found says whether it was there); added if not. */
size_t *
rc_index_slot(struct rc_index *ix, const char *key, bool *found)
{
	size_t i;

	if (2 * (ix->n + 1) > ix->cap) {
		struct rc_index old = *ix;

		ix->cap = ix->cap ? ix->cap * 2 : 64;
		ix->keys = xcalloc(ix->cap, sizeof *ix->keys);
		ix->vals = xcalloc(ix->cap, sizeof *ix->vals);
		ix->n = 0;
		for (size_t j = 0; j < old.cap; j++)
			if (old.keys[j] != NULL) {
				for (i = rc_hash(old.keys[j]) & (ix->cap - 1); ix->keys[i];
				     i = (i + 1) & (ix->cap - 1))
					;
				ix->keys[i] = old.keys[j];
				ix->vals[i] = old.vals[j];
				ix->n++;
			}
		free(old.keys);
		free(old.vals);
	}
	for (i = rc_hash(key) & (ix->cap - 1); ix->keys[i] != NULL; i = (i + 1) & (ix->cap - 1))
		if (strcmp(ix->keys[i], key) == 0)
			return *found = true, &ix->vals[i];
	ix->keys[i] = xstrdup(key);
	ix->n++;
	*found = false;
	return &ix->vals[i];
}

void
rc_index_free(struct rc_index *ix)
{
	for (size_t i = 0; i < ix->cap; i++)
		free(ix->keys[i]);
	free(ix->keys);
	free(ix->vals);
}

/* Read the file into memory; herstelrc is small, anything big is a mistake. */
char *
rc_slurp(const char *path, char **cause)
{
	FILE *f = fopen(path, "r");
	char *buf;
	size_t n;

	if (f == NULL) {
		util_fail(cause, "%s: %s", path, strerror(errno));
		return NULL;
	}
	buf = xmalloc(1 << 20);
	n = fread(buf, 1, (1 << 20) - 1, f);
	if (ferror(f) || !feof(f)) {
		util_fail(cause, "%s: %s", path,
		    ferror(f) ? strerror(errno) : _("larger than 1 MiB, not a herstelrc"));
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	if (memchr(buf, '\0', n) != NULL) {
		util_fail(cause, _("%s: binary data, not a herstelrc"), path);
		free(buf);
		return NULL;
	}
	return buf;
}
