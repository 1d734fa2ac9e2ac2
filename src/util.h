/* util.h: allocation wrappers that never return NULL, and a growable string. */
#ifndef HERSTEL_UTIL_H
#define HERSTEL_UTIL_H

#include <stdarg.h>
#include <stddef.h>

#if defined(__GNUC__)
#define HS_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define HS_PRINTF(f, a)
#endif

#define HS_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Allocation failure is not recoverable here: these abort with a message. */
void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) HS_PRINTF(1, 2);
char *xvasprintf(const char *fmt, va_list ap) HS_PRINTF(1, 0);

/* Set *cause (if cause is not NULL) to a new formatted message; returns -1
 * so error paths can say `return util_fail(cause, "...")`. */
int util_fail(char **cause, const char *fmt, ...) HS_PRINTF(2, 3);

/* A growable, always NUL-terminated string. */
struct strbuf {
	char *buf;
	size_t len;
	size_t cap;
};

void strbuf_init(struct strbuf *sb);
void strbuf_add(struct strbuf *sb, const char *s, size_t n);
void strbuf_puts(struct strbuf *sb, const char *s);
void strbuf_printf(struct strbuf *sb, const char *fmt, ...) HS_PRINTF(2, 3);
char *strbuf_detach(struct strbuf *sb); /* caller frees; sb is reset */
void strbuf_free(struct strbuf *sb);

/* ASCII helpers that do not depend on the locale. */
int util_strcasecmp(const char *a, const char *b);
int util_strncasecmp(const char *a, const char *b, size_t n);
char *util_trim(char *s); /* trims ASCII space in place, returns s moved */

/* Text a person typed or a file carried, fit to store and to show on a
 * terminal: NULL when it is valid UTF-8 without control characters (C0,
 * DEL or C1), else what is wrong ("a control character (0x1b)", "a control
 * character (U+009B)", "invalid UTF-8"). */
const char *util_text_problem(const char *s);
/* Make s safe to print, in place: each control character (C0, DEL, C1)
 * and each byte that is not part of valid UTF-8 becomes one '?'. Returns s. */
char *util_printable(char *s);

/* The characters of UTF-8 text: bytes that do not continue one. The
 * command line's tables count them as columns (each symbol they use takes
 * one). */
size_t util_chars(const char *s);

/* A number for people, as every view writes a weight: at most two decimals,
 * no trailing zeros ("142.5", "20", "1.25"). */
void util_number_text(double v, char *buf, size_t len);

/* Strict number parsing: the whole string must be the number. */
int util_parse_long(const char *s, long min, long max, long *out);
int util_parse_double(const char *s, double min, double max, double *out);

#endif
