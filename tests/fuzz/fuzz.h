/* fuzz.h: what the libFuzzer harnesses share: the input as a C string.
 *
 * Every parser of herstel reads NUL-terminated text, so a harness cuts the
 * input at its first NUL (the command line and the terminal can never pass
 * one) and works on a private copy, so that ASan sees any read past the end. */
#ifndef HERSTEL_FUZZ_H
#define HERSTEL_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The input up to its first NUL, as a new string; the caller frees it. */
static inline char *
fuzz_string(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, '\0', size);
	size_t n = nul != NULL ? (size_t)(nul - data) : size;
	char *s = malloc(n + 1);

	if (s == NULL)
		abort();
	memcpy(s, data, n);
	s[n] = '\0';
	return s;
}

#endif
