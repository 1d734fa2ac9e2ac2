/* textfold.h: case-insensitive substring matching of UTF-8 text, the rule
 * of `herstel search` and the journal's `/`.
 *
 * SQLite's LIKE and lower() fold ASCII only, so "SQUAT" would miss
 * "squat" but "BÉLA" would miss "béla" too: the folding is done here, in
 * C, over the letters a lifter's notes use: ASCII, Latin-1 and Latin
 * Extended-A (Dutch, German, French, Polish, Czech...), Greek and
 * Cyrillic. Accents stay: "e" does not find "é". Other characters match
 * only themselves; text that is not valid UTF-8 is compared byte by byte. */
#ifndef HERSTEL_TEXTFOLD_H
#define HERSTEL_TEXTFOLD_H

#include <stdbool.h>
#include <stddef.h>

/* `s` folded to lower case, as a new string of the same length in bytes
 * (every mapping above keeps a character's length); caller frees. */
char *textfold(const char *s);
/* Whether `hay` contains `folded` (made by textfold) in any case. An empty
 * `folded` is in every text. */
bool textfold_contains(const char *hay, const char *folded);
/* `text` as at most `width` characters (width >= 8) for one line: whole
 * when it fits, else cut around the first place `folded` occurs with "…"
 * ("..." when not utf8) where it was cut; caller frees. */
char *textfold_excerpt(const char *text, const char *folded, size_t width, bool utf8);

#endif
