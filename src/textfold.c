/* textfold.c: see textfold.h. */
#include "config.h"

#include "textfold.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The lower case of code point c in the ranges textfold.h names, else c.
 * Each result has as many UTF-8 bytes as c. */
static uint32_t
fold_char(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c < 0xc0)
		return c;
	if (c <= 0xde)
		return c == 0xd7 ? c : c + 32; /* À-Þ, not × */
	if (c >= 0x100 && c <= 0x17f) {        /* Latin Extended-A: pairs */
		if (c == 0x130 || c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17f)
			return c; /* İ ı ĸ ŉ ſ: no pair of the same length */
		if (c == 0x178)
			return 0xff; /* Ÿ */
		if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e))
			return (c & 1) ? c + 1 : c;
		return (c & 1) ? c : c + 1;
	}
	if (c >= 0x391 && c <= 0x3ab && c != 0x3a2)
		return c + 32; /* Greek */
	if (c == 0x3c2)
		return 0x3c3; /* final sigma: one letter with σ */
	if (c == 0x386)
		return 0x3ac; /* Ά */
	if (c >= 0x388 && c <= 0x38a)
		return c + 37; /* Έ Ή Ί */
	if (c == 0x38c)
		return 0x3cc; /* Ό */
	if (c == 0x38e || c == 0x38f)
		return c + 63; /* Ύ Ώ */
	if (c >= 0x410 && c <= 0x42f)
		return c + 32; /* Cyrillic */
	if (c >= 0x400 && c <= 0x40f)
		return c + 80;
	return c;
}

/* Fold s into out (as long as s): each two-byte character decoded, folded
 * and written back; anything longer or invalid copied as it is. */
static void
fold_into(const unsigned char *s, unsigned char *out)
{
	while (*s != '\0') {
		if (*s < 0x80) {
			*out++ = (unsigned char)fold_char(*s++);
		} else if ((s[0] & 0xe0) == 0xc0 && (s[1] & 0xc0) == 0x80) {
			uint32_t c = fold_char(((uint32_t)(s[0] & 0x1f) << 6) | (s[1] & 0x3f));

			*out++ = (unsigned char)(0xc0 | (c >> 6));
			*out++ = (unsigned char)(0x80 | (c & 0x3f));
			s += 2;
		} else {
			*out++ = *s++;
		}
	}
	*out = '\0';
}

char *
textfold(const char *s)
{
	char *out = xmalloc(strlen(s) + 1);

	fold_into((const unsigned char *)s, (unsigned char *)out);
	return out;
}

bool
textfold_contains(const char *hay, const char *folded)
{
	/* Notes are short: folded on the stack, one scan each. */
	char buf[512], *f;
	size_t n = strlen(hay);
	bool found;

	if (*folded == '\0')
		return true;
	if (n < strlen(folded))
		return false;
	f = n < sizeof buf ? buf : xmalloc(n + 1);
	fold_into((const unsigned char *)hay, (unsigned char *)f);
	found = strstr(f, folded) != NULL;
	if (f != buf)
		free(f);
	return found;
}

/* The byte offset of character `chars` of s (its end when shorter). */
static size_t
char_offset(const char *s, size_t chars)
{
	size_t i = 0;

	for (; s[i] != '\0'; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 && chars-- == 0)
			break;
	return i;
}

char *
textfold_excerpt(const char *text, const char *folded, size_t width, bool utf8)
{
	const char *dots = utf8 ? "\u2026" : "...";
	size_t dots_w = utf8 ? 1 : 3, len = util_chars(text), at = 0, first, take;
	char *f, *hit;
	struct strbuf sb;

	if (len <= width)
		return xstrdup(text);
	/* Folding keeps byte offsets, so the match's place in the copy is its
	 * place in the text. */
	f = textfold(text);
	if (*folded != '\0' && (hit = strstr(f, folded)) != NULL) {
		*hit = '\0';
		at = util_chars(f);
	}
	free(f);
	/* A third of the line before the match, so it reads in context. */
	first = at > width / 3 ? at - width / 3 : 0;
	if (first == 0) {
		take = width - dots_w;
	} else if (len - first <= width - dots_w) { /* the end fits: show it all */
		first = len - (width - dots_w);
		take = len - first;
	} else {
		take = width - 2 * dots_w;
	}
	strbuf_init(&sb);
	if (first > 0)
		strbuf_puts(&sb, dots);
	strbuf_add(&sb, text + char_offset(text, first),
	    char_offset(text, first + take) - char_offset(text, first));
	if (first + take < len)
		strbuf_puts(&sb, dots);
	return strbuf_detach(&sb);
}
