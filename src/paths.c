/* paths.c: the XDG directories, private directories and files, and the
 * atomic replace of a file. */
#include "config.h"

#include "paths.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "util.h"

char *
paths_home(enum paths_base base, const char *name, char **cause)
{
	const char *var = base == PATHS_CONFIG ? "XDG_CONFIG_HOME" : "XDG_DATA_HOME";
	const char *under = base == PATHS_CONFIG ? ".config" : ".local/share";
	const char *xdg = getenv(var), *home = getenv("HOME");

	/* The XDG spec: a relative path in these variables is invalid and
	 * to be ignored. */
	if (xdg != NULL && xdg[0] == '/')
		return xasprintf("%s/herstel/%s", xdg, name);
	if (home != NULL && home[0] != '\0')
		return xasprintf("%s/%s/herstel/%s", home, under, name);
	util_fail(cause, _("neither %s nor HOME is set"), var);
	return NULL;
}

char *
paths_expand(const char *path)
{
	const char *home = getenv("HOME");

	if (path[0] == '~' && path[1] == '/' && home != NULL)
		return xasprintf("%s%s", home, path + 1);
	return xstrdup(path);
}

int
paths_make_dir(const char *dir, char **cause)
{
	char *d = xstrdup(dir);
	int rc = 0;

	/* Each prefix that ends at a slash, then the whole; the root (and an
	 * empty name) is never made. */
	for (char *p = d[0] != '\0' ? d + 1 : d; rc == 0; p++) {
		char c = *p;

		if (c != '/' && c != '\0')
			continue;
		*p = '\0';
		if (d[0] != '\0' && mkdir(d, 0700) != 0 && errno != EEXIST)
			rc = util_fail(cause, _("cannot create directory %s: %s"), d, strerror(errno));
		*p = c;
		if (c == '\0')
			break;
	}
	free(d);
	return rc;
}

int
paths_make_parents(const char *path, char **cause)
{
	const char *slash = strrchr(path, '/');
	char *dir;
	int rc;

	if (slash == NULL || slash == path)
		return 0;
	dir = xstrndup(path, (size_t)(slash - path));
	rc = paths_make_dir(dir, cause);
	free(dir);
	return rc;
}

int
paths_check_destination(const char *path, const char *own_dir, char **cause)
{
	const char *slash = strrchr(path, '/');
	struct stat sb;
	char *dir;
	int rc = 0, st;

	if (lstat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
		return util_fail(cause, _("%s is a directory: add a file name"), path);
	if (slash == NULL || slash == path)
		return 0; /* the current or the root directory */
	dir = xasprintf("%.*s", (int)(slash - path), path);
	if ((st = stat(dir, &sb)) == 0 && !S_ISDIR(sb.st_mode))
		rc = util_fail(cause, _("%s is not a directory"), dir);
	else if (st != 0 && errno == ENOENT && own_dir != NULL && strcmp(dir, own_dir) == 0)
		rc = paths_make_dir(dir, cause);
	else if (st != 0 && errno == ENOENT)
		rc = util_fail(cause, _("directory %s does not exist"), dir);
	else if (st != 0)
		rc = util_fail(cause, "%s: %s", dir, strerror(errno));
	free(dir);
	return rc;
}

int
paths_create_private(const char *path, char **cause)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);

	if (fd < 0)
		return util_fail(cause, _("cannot create %s: %s"), path, strerror(errno));
	close(fd);
	return 0;
}

/* Refuse a destination that is a symbolic link or not a regular file: a
 * rename would replace the link, not the file it names. */
static int
paths_check_dest(const char *path, char **cause)
{
	struct stat sb;

	if (lstat(path, &sb) != 0)
		return errno == ENOENT ? 0 : util_fail(cause, "%s: %s", path, strerror(errno));
	if (S_ISLNK(sb.st_mode))
		return util_fail(cause,
		    _("%s is a symbolic link; not writing through it"
		    " (remove it or choose another file)"),
		    path);
	if (!S_ISREG(sb.st_mode))
		return util_fail(cause, _("%s exists and is not a regular file"), path);
	return 0;
}

/* Remove an unfinished temp file; a removal that keeps failing is added
 * to *cause, so that no half-written file is left without a word. */
static void
paths_discard(const char *tmp, char **cause)
{
	struct stat sb;
	char *why;
	int err = 0;

	for (int i = 0; i < 5; i++) {
		if (unlink(tmp) == 0)
			return;
		err = errno;
		/* ENOENT is believed only when the file is not there. */
		if (lstat(tmp, &sb) != 0 && errno == ENOENT)
			return;
	}
	if (cause == NULL || *cause == NULL)
		return;
	why = *cause;
	*cause = xasprintf(_("%s; the unfinished file %s could not be removed (%s): remove it"), why,
	    tmp, strerror(err));
	free(why);
}

int
paths_replace_open(struct paths_replace *r, const char *path, const char *tag, char **cause)
{
	const char *slash = strrchr(path, '/');
	int fd;

	memset(r, 0, sizeof *r);
	r->path = path;
	if (paths_check_dest(path, cause) != 0)
		return -1;
	r->tmp = slash == NULL ? xasprintf(".%s.XXXXXX", tag)
	                       : xasprintf("%.*s/.%s.XXXXXX", (int)(slash - path), path, tag);
	if ((fd = mkstemp(r->tmp)) < 0) {
		util_fail(cause, _("cannot write in the directory of %s: %s"), path, strerror(errno));
		free(r->tmp);
		r->tmp = NULL;
		return -1;
	}
	if (fchmod(fd, 0600) != 0 || (r->f = fdopen(fd, "w")) == NULL) {
		util_fail(cause, "%s: %s", r->tmp, strerror(errno));
		close(fd);
		paths_discard(r->tmp, cause);
		free(r->tmp);
		r->tmp = NULL;
		return -1;
	}
	return 0;
}

int
paths_replace_close(struct paths_replace *r, bool ok, char **cause)
{
	int rc = ok ? 0 : -1;

	if (r->tmp == NULL)
		return -1;
	if (rc == 0 && (fflush(r->f) != 0 || ferror(r->f) || fsync(fileno(r->f)) != 0))
		rc = util_fail(cause, "%s: %s", r->path, strerror(errno));
	if (fclose(r->f) != 0 && rc == 0)
		rc = util_fail(cause, "%s: %s", r->path, strerror(errno));
	r->f = NULL;
	/* Checked again: a link may have appeared while we wrote. */
	if (rc == 0 && paths_check_dest(r->path, cause) != 0)
		rc = -1;
	if (rc == 0 && rename(r->tmp, r->path) != 0)
		rc = util_fail(cause, "%s: %s", r->path, strerror(errno));
	if (rc != 0)
		paths_discard(r->tmp, cause);
	free(r->tmp);
	r->tmp = NULL;
	return rc;
}
