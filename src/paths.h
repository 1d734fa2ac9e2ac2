/* paths.h: where herstel keeps its files and how it makes them: the XDG
 * base directories, private directories and files, and the replace of a
 * file whole or not at all. The journal, the config and the exports take
 * this policy from one place, so that they cannot drift apart. */
#ifndef HERSTEL_PATHS_H
#define HERSTEL_PATHS_H

#include <stdbool.h>
#include <stdio.h>

enum paths_base {
	PATHS_DATA,  /* $XDG_DATA_HOME, else ~/.local/share */
	PATHS_CONFIG /* $XDG_CONFIG_HOME, else ~/.config */
};

/* herstel's directory of `base` with `name` in it: "$XDG_DATA_HOME/herstel/
 * NAME" when that variable holds an absolute path, else "$HOME/.local/share/
 * herstel/NAME" when HOME is set and not empty. Caller frees. NULL with
 * *cause ("neither XDG_DATA_HOME nor HOME is set") when neither is. */
char *paths_home(enum paths_base base, const char *name, char **cause);

/* `path` with a leading "~/" as $HOME, when HOME is set; else as it is.
 * Caller frees. */
char *paths_expand(const char *path);

/* mkdir -p: `dir` and the directories above it that are missing, each new
 * one 0700, private to the user. Existing ones are left as they are. */
int paths_make_dir(const char *dir, char **cause);
/* The same for the directories above the file `path` (none for a name
 * without a directory, or one in /). */
int paths_make_parents(const char *path, char **cause);

/* A file is about to be written at `path` (an export): refused when it is
 * a directory, or when the directory it goes in is missing or is not one,
 * so that a typo makes no directories, except `own_dir` (herstel's export
 * directory, NULL for none), which is made (0700) when it is missing. */
int paths_check_destination(const char *path, const char *own_dir, char **cause);

/* Create the file `path` when it is missing, mode 0600 (a umask only takes
 * bits away), before a library makes it with its own mode; an existing file
 * is left as it is. */
int paths_create_private(const char *path, char **cause);

/* Replace a file whole or not at all: the new text goes to a temporary
 * file (0600) beside the destination, which is synced and renamed over it.
 * A destination that is a symbolic link or not a regular file is refused,
 * when the replace begins and again just before the rename. */
struct paths_replace {
	const char *path; /* the destination, as given */
	char *tmp;        /* the temporary file */
	FILE *f;          /* open on tmp, for writing */
};
/* Begin: `tag` names the temporary file (".TAG.XXXXXX" in the
 * destination's directory). -1 with *cause, and nothing made, on failure. */
int paths_replace_open(struct paths_replace *r, const char *path, const char *tag, char **cause);
/* Finish: with `ok`, flush, sync and rename into place; without it, or when
 * any of that fails, remove the temporary file (saying so in *cause when
 * that fails too) and leave the destination as it was. */
int paths_replace_close(struct paths_replace *r, bool ok, char **cause);

#endif
