/* failcall.c: an LD_PRELOAD library that fails chosen calls, for the fault
 * tests (tests/reliability/faults.sh). The test build makes it
 * (tests/reliability/failcall.so); nothing else loads it.
 *
 *   FAILCALL="fdatasync:2,unlink:1"  fail the 2nd fdatasync and the 1st
 *                                    unlink (counted from 1, per function)
 *   FAILCALL="pwrite:3:ENOSPC"       ...with that errno (default EIO)
 *   FAILCALL="pread:5:SHORT"         a read that comes back with half of
 *                                    what was asked, as a flaky disk or a
 *                                    network filesystem may give
 *   FAILCALL_PATH=journal.db         count only calls on files whose path
 *                                    holds this text (for a call on a file
 *                                    descriptor, the path it has now)
 *   FAILCALL_COUNT=FILE              at exit, append "function count" lines
 *                                    for every function called: how many
 *                                    calls there are to fail one by one
 *
 * Each function name covers its 64-bit twin (pwrite is pwrite64 too, open
 * is open64 and openat, mmap is mmap64). A failed call does nothing and
 * returns -1 with errno set, or MAP_FAILED. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <unistd.h>

enum fc_fn {
	FC_READ,
	FC_PREAD,
	FC_WRITE,
	FC_PWRITE,
	FC_FSYNC,
	FC_FDATASYNC,
	FC_OPEN,
	FC_RENAME,
	FC_UNLINK,
	FC_MMAP,
	FC_FTRUNCATE,
	FC_COUNT
};

static const char *const fc_names[FC_COUNT] = { "read", "pread", "write", "pwrite", "fsync",
	"fdatasync", "open", "rename", "unlink", "mmap", "ftruncate" };

/* Up to 8 rules: fail call `nth` of `fn` with `err`. */
static struct fc_rule {
	enum fc_fn fn;
	long nth;
	int err;
} fc_rules[8];
static int fc_nrules, fc_ready;
static long fc_calls[FC_COUNT];
static const char *fc_path;

/* The "errno" of a read that comes back short instead of failing. */
#define FC_SHORT (-1)

static int
fc_errno(const char *s)
{
	static const struct {
		const char *name;
		int value;
	} names[] = { { "EIO", EIO }, { "ENOSPC", ENOSPC }, { "EROFS", EROFS },
		{ "EACCES", EACCES }, { "ENOMEM", ENOMEM }, { "EINTR", EINTR },
		{ "EDQUOT", EDQUOT } };

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(s, names[i].name) == 0)
			return names[i].value;
	return strcmp(s, "SHORT") == 0 ? FC_SHORT : EIO;
}

static void
fc_report(void)
{
	const char *out = getenv("FAILCALL_COUNT");
	FILE *f;

	if (out == NULL || (f = fopen(out, "a")) == NULL)
		return;
	for (int i = 0; i < FC_COUNT; i++)
		if (fc_calls[i] > 0)
			fprintf(f, "%s %ld\n", fc_names[i], fc_calls[i]);
	fclose(f);
}

/* Read FAILCALL once, on the first call of any wrapper. */
static void
fc_setup(void)
{
	char spec[512], *save = NULL, *rule;
	const char *env = getenv("FAILCALL");

	if (fc_ready)
		return;
	fc_ready = 1;
	fc_path = getenv("FAILCALL_PATH");
	if (getenv("FAILCALL_COUNT") != NULL)
		atexit(fc_report);
	if (env == NULL)
		return;
	snprintf(spec, sizeof spec, "%s", env);
	for (rule = strtok_r(spec, ",", &save); rule != NULL && fc_nrules < 8;
	     rule = strtok_r(NULL, ",", &save)) {
		char *n = strchr(rule, ':'), *e;

		if (n == NULL)
			continue;
		*n++ = '\0';
		e = strchr(n, ':');
		if (e != NULL)
			*e++ = '\0';
		for (int i = 0; i < FC_COUNT; i++)
			if (strcmp(rule, fc_names[i]) == 0) {
				fc_rules[fc_nrules].fn = (enum fc_fn)i;
				fc_rules[fc_nrules].nth = strtol(n, NULL, 10);
				fc_rules[fc_nrules++].err = e != NULL ? fc_errno(e) : EIO;
			}
	}
}

/* Does a call on `path` (or on `fd`, when path is NULL) count? */
static int
fc_counts(const char *path, int fd)
{
	char link[64], where[4096];
	ssize_t n;

	if (fc_path == NULL)
		return 1;
	if (path == NULL) {
		snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
		/* readlink is not wrapped: no recursion. */
		if ((n = readlink(link, where, sizeof where - 1)) < 0)
			return 0;
		where[n] = '\0';
		path = where;
	}
	return strstr(path, fc_path) != NULL;
}

/* Count a call of `fn`: 1 (errno set) when it is to fail, 2 when it is
 * to come back short, else 0. */
static int
fc_fail(enum fc_fn fn, const char *path, int fd)
{
	int saved = errno;

	fc_setup();
	if (!fc_counts(path, fd)) {
		errno = saved;
		return 0;
	}
	fc_calls[fn]++;
	for (int i = 0; i < fc_nrules; i++)
		if (fc_rules[i].fn == fn && fc_rules[i].nth == fc_calls[fn]) {
			if (fc_rules[i].err == FC_SHORT) {
				errno = saved;
				return 2;
			}
			errno = fc_rules[i].err;
			return 1;
		}
	errno = saved;
	return 0;
}

#define REAL(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

/* A read: failed, short (half of n), or as asked. */
#define FC_READ_BODY(fn, name, ...) \
	int k = fc_fail(fn, NULL, fd); \
	return k == 1 ? -1 : REAL(name)(fd, buf, k == 2 ? n / 2 : n __VA_ARGS__)

ssize_t
read(int fd, void *buf, size_t n)
{
	FC_READ_BODY(FC_READ, read);
}

ssize_t
pread64(int fd, void *buf, size_t n, off_t off)
{
	FC_READ_BODY(FC_PREAD, pread64, , off);
}

ssize_t
pread(int fd, void *buf, size_t n, off_t off)
{
	FC_READ_BODY(FC_PREAD, pread, , off);
}

ssize_t
write(int fd, const void *buf, size_t n)
{
	return fc_fail(FC_WRITE, NULL, fd) ? -1 : REAL(write)(fd, buf, n);
}

ssize_t
pwrite64(int fd, const void *buf, size_t n, off_t off)
{
	return fc_fail(FC_PWRITE, NULL, fd) ? -1 : REAL(pwrite64)(fd, buf, n, off);
}

ssize_t
pwrite(int fd, const void *buf, size_t n, off_t off)
{
	return fc_fail(FC_PWRITE, NULL, fd) ? -1 : REAL(pwrite)(fd, buf, n, off);
}

int
fsync(int fd)
{
	return fc_fail(FC_FSYNC, NULL, fd) ? -1 : REAL(fsync)(fd);
}

int
fdatasync(int fd)
{
	return fc_fail(FC_FDATASYNC, NULL, fd) ? -1 : REAL(fdatasync)(fd);
}

int
ftruncate64(int fd, off_t len)
{
	return fc_fail(FC_FTRUNCATE, NULL, fd) ? -1 : REAL(ftruncate64)(fd, len);
}

int
ftruncate(int fd, off_t len)
{
	return fc_fail(FC_FTRUNCATE, NULL, fd) ? -1 : REAL(ftruncate)(fd, len);
}

/* open and its twins: the mode is there only with O_CREAT or O_TMPFILE. */
#define FC_OPEN_BODY(name, ...) \
	mode_t mode = 0; \
	if (flags & (O_CREAT | O_TMPFILE)) { \
		va_list ap; \
		va_start(ap, flags); \
		mode = (mode_t)va_arg(ap, int); \
		va_end(ap); \
	} \
	return fc_fail(FC_OPEN, path, -1) ? -1 : REAL(name)(__VA_ARGS__, flags, mode)

int
open(const char *path, int flags, ...)
{
	FC_OPEN_BODY(open, path);
}

int
open64(const char *path, int flags, ...)
{
	FC_OPEN_BODY(open64, path);
}

int
openat(int dir, const char *path, int flags, ...)
{
	FC_OPEN_BODY(openat, dir, path);
}

int
openat64(int dir, const char *path, int flags, ...)
{
	FC_OPEN_BODY(openat64, dir, path);
}

int
rename(const char *from, const char *to)
{
	return fc_fail(FC_RENAME, to, -1) ? -1 : REAL(rename)(from, to);
}

int
unlink(const char *path)
{
	return fc_fail(FC_UNLINK, path, -1) ? -1 : REAL(unlink)(path);
}

void *
mmap64(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	if (fd >= 0 && fc_fail(FC_MMAP, NULL, fd))
		return MAP_FAILED;
	return REAL(mmap64)(addr, len, prot, flags, fd, off);
}

void *
mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	if (fd >= 0 && fc_fail(FC_MMAP, NULL, fd))
		return MAP_FAILED;
	return REAL(mmap)(addr, len, prot, flags, fd, off);
}
