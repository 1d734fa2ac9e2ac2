/* util.c: allocation wrappers, growable strings, strict number parsing. */
#include "config.h"

#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

/* Out of memory: say so and stop; no caller can do better. */
static void
util_oom(void)
{
	fputs("herstel: out of memory\n", stderr);
	abort();
}

void *
xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (p == NULL)
		util_oom();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		util_oom();
	return p;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		util_oom();
	p = realloc(p, n * size != 0 ? n * size : 1);
	if (p == NULL)
		util_oom();
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = xmalloc(len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list aq;
	int n;
	char *p;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		util_oom();
	p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

int
util_fail(char **cause, const char *fmt, ...)
{
	va_list ap;

	if (cause != NULL) {
		va_start(ap, fmt);
		*cause = xvasprintf(fmt, ap);
		va_end(ap);
	}
	return -1;
}

void
strbuf_init(struct strbuf *sb)
{
	sb->cap = 64;
	sb->len = 0;
	sb->buf = xmalloc(sb->cap);
	sb->buf[0] = '\0';
}

void
strbuf_add(struct strbuf *sb, const char *s, size_t n)
{
	if (sb->len + n + 1 > sb->cap) {
		while (sb->len + n + 1 > sb->cap)
			sb->cap *= 2;
		sb->buf = xreallocarray(sb->buf, sb->cap, 1);
	}
	memcpy(sb->buf + sb->len, s, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}

void
strbuf_puts(struct strbuf *sb, const char *s)
{
	strbuf_add(sb, s, strlen(s));
}

void
strbuf_printf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	strbuf_puts(sb, p);
	free(p);
}

char *
strbuf_detach(struct strbuf *sb)
{
	char *p = sb->buf;

	sb->buf = NULL;
	sb->len = sb->cap = 0;
	return p;
}

void
strbuf_free(struct strbuf *sb)
{
	free(sb->buf);
	sb->buf = NULL;
	sb->len = sb->cap = 0;
}

int
util_strcasecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int ca = tolower((unsigned char)*a), cb = tolower((unsigned char)*b);

		if (ca != cb || ca == '\0')
			return ca - cb;
	}
}

int
util_strncasecmp(const char *a, const char *b, size_t n)
{
	for (; n > 0; a++, b++, n--) {
		int ca = tolower((unsigned char)*a), cb = tolower((unsigned char)*b);

		if (ca != cb || ca == '\0')
			return ca - cb;
	}
	return 0;
}

char *
util_trim(char *s)
{
	size_t n;

	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	n = strlen(s);
	while (
	    n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
		s[--n] = '\0';
	return s;
}

/* The length of the valid UTF-8 character at p, 0 when it is not one
 * (a stray byte, a truncated, overlong or surrogate form). */
static int
util_utf8_len(const unsigned char *p)
{
	int len = *p < 0x80       ? 1
	    : (*p & 0xe0) == 0xc0 ? 2
	    : (*p & 0xf0) == 0xe0 ? 3
	    : (*p & 0xf8) == 0xf0 ? 4
	                          : 0;

	if (len == 0 || (len == 2 && *p < 0xc2) || (len == 4 && *p > 0xf4))
		return 0;
	for (int i = 1; i < len; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;
	if ((len == 3 && *p == 0xe0 && p[1] < 0xa0) || (len == 3 && *p == 0xed && p[1] >= 0xa0) ||
	    (len == 4 && *p == 0xf0 && p[1] < 0x90) || (len == 4 && *p == 0xf4 && p[1] >= 0x90))
		return 0;
	return len;
}

/* A C1 control character (U+0080 to U+009F, two bytes in UTF-8): some
 * terminals act on them as they do on ESC (U+009B is CSI). */
static bool
util_c1(const unsigned char *p)
{
	return p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f;
}

const char *
util_text_problem(const char *s)
{
	static char buf[80];
	const unsigned char *p = (const unsigned char *)s;
	int len;

	for (; *p != '\0'; p += len) {
		/* Tabs and newlines, too, would break a line of the journal screen
		 * or a row of an export; escape sequences could take the terminal. */
		if (*p < 0x20 || *p == 0x7f) {
			snprintf(buf, sizeof buf, _("a control character (0x%02x)"), *p);
			return buf;
		}
		if ((len = util_utf8_len(p)) == 0)
			return _("invalid UTF-8");
		if (util_c1(p)) {
			snprintf(buf, sizeof buf, _("a control character (U+%04X)"), p[1]);
			return buf;
		}
	}
	return NULL;
}

char *
util_printable(char *s)
{
	unsigned char *p = (unsigned char *)s, *out = p;
	int len;

	/* Each control character or broken byte becomes one '?'; the text
	 * can only get shorter, so it is rewritten in place. */
	while (*p != '\0') {
		if (*p < 0x20 || *p == 0x7f || (len = util_utf8_len(p)) == 0) {
			*out++ = '?';
			p++;
		} else if (util_c1(p)) {
			*out++ = '?';
			p += 2;
		} else {
			memmove(out, p, (size_t)len);
			out += len;
			p += len;
		}
	}
	*out = '\0';
	return s;
}

/* Decimal only: "042" is 42, not octal 34 (iniparser's getint gets this wrong). */
int
util_parse_long(const char *s, long min, long max, long *out)
{
	char *end;
	long v;

	if (s == NULL || *s == '\0' || isspace((unsigned char)*s))
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

/* Only plain decimal notation: no hex, inf or nan sneaking through strtod. */
int
util_parse_double(const char *s, double min, double max, double *out)
{
	const char *p = s;
	char *end;
	double v;

	if (s == NULL || *s == '\0')
		return -1;
	if (*p == '-' || *p == '+')
		p++;
	if (!isdigit((unsigned char)*p) && !(*p == '.' && isdigit((unsigned char)p[1])))
		return -1;
	for (; *p != '\0'; p++)
		if (!isdigit((unsigned char)*p) && *p != '.')
			return -1;
	errno = 0;
	v = strtod(s, &end);
	if (errno != 0 || *end != '\0' || !isfinite(v) || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

void
util_number_text(double v, char *buf, size_t len)
{
	char *dot, *end;

	snprintf(buf, len, "%.2f", v);
	if ((dot = strchr(buf, '.')) == NULL)
		return;
	for (end = buf + strlen(buf) - 1; end > dot && *end == '0'; end--)
		*end = '\0';
	if (end == dot)
		*end = '\0';
}

size_t
util_chars(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}
