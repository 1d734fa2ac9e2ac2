/* test_paths.c: the XDG directories, private directories and files, and the
 * atomic replace, on real temp dirs with real environment variables. */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "paths.h"
#include "util.h"

static char dir[64];

static void
setup(void)
{
	strcpy(dir, "/tmp/herstel-paths.XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	/* Each test sets what it needs: nothing comes from the caller's. */
	unsetenv("XDG_DATA_HOME");
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("HOME");
	umask(022);
}

static void
teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(paths, .init = setup, .fini = teardown);

static char *
at(const char *rel)
{
	return xasprintf("%s/%s", dir, rel);
}

static int
mode_of(const char *p)
{
	struct stat sb;

	cr_assert_eq(lstat(p, &sb), 0, "stat %s", p);
	return (int)(sb.st_mode & 07777);
}

static char *
slurp(const char *p)
{
	FILE *f = fopen(p, "r");
	char *buf = xcalloc(1, 256);

	cr_assert_not_null(f, "open %s", p);
	cr_assert(fread(buf, 1, 255, f) < 255);
	fclose(f);
	return buf;
}

static void
write_text(const char *p, const char *text)
{
	FILE *f = fopen(p, "w");

	cr_assert_not_null(f, "create %s", p);
	fputs(text, f);
	cr_assert_eq(fclose(f), 0);
}

/* How many entries of `d` start with `prefix`. */
static int
count_named(const char *d, const char *prefix)
{
	char *cmd = xasprintf("ls -A '%s' | grep -c '^%s' >%s/.count; true", d, prefix, dir);
	char *cf = at(".count"), *n;
	int count;

	cr_assert_eq(system(cmd), 0);
	n = slurp(cf);
	count = atoi(n);
	unlink(cf);
	free(cmd);
	free(cf);
	free(n);
	return count;
}

Test(paths, home_takes_an_absolute_xdg_directory)
{
	char *cause = NULL, *p;

	setenv("HOME", "/home/someone", 1);
	setenv("XDG_DATA_HOME", "/data", 1);
	setenv("XDG_CONFIG_HOME", "/conf", 1);
	p = paths_home(PATHS_DATA, "herstel.db", &cause);
	cr_expect_str_eq(p, "/data/herstel/herstel.db");
	free(p);
	p = paths_home(PATHS_CONFIG, "herstelrc", &cause);
	cr_expect_str_eq(p, "/conf/herstel/herstelrc");
	free(p);
	cr_expect_null(cause);
}

/* The XDG spec: a relative path in these variables is to be ignored. */
Test(paths, home_falls_back_to_home_without_xdg_or_with_a_relative_one)
{
	char *cause = NULL, *p;

	setenv("HOME", "/home/someone", 1);
	p = paths_home(PATHS_DATA, "exports", &cause);
	cr_expect_str_eq(p, "/home/someone/.local/share/herstel/exports");
	free(p);
	setenv("XDG_CONFIG_HOME", "relative/conf", 1);
	p = paths_home(PATHS_CONFIG, "herstelrc", &cause);
	cr_expect_str_eq(p, "/home/someone/.config/herstel/herstelrc");
	free(p);
	cr_expect_null(cause);
}

Test(paths, home_fails_when_neither_is_set_and_names_the_variable)
{
	char *cause = NULL;

	cr_expect_null(paths_home(PATHS_DATA, "herstel.db", &cause));
	cr_expect_str_eq(cause, "neither XDG_DATA_HOME nor HOME is set");
	free(cause);
	cause = NULL;
	setenv("HOME", "", 1); /* empty is not set */
	cr_expect_null(paths_home(PATHS_CONFIG, "herstelrc", &cause));
	cr_expect_str_eq(cause, "neither XDG_CONFIG_HOME nor HOME is set");
	free(cause);
	cr_expect_null(paths_home(PATHS_CONFIG, "herstelrc", NULL), "no cause asked for");
}

Test(paths, expand_takes_tilde_slash_only)
{
	char *p;

	setenv("HOME", "/home/someone", 1);
	cr_expect_str_eq(p = paths_expand("~/exports"), "/home/someone/exports");
	free(p);
	cr_expect_str_eq(p = paths_expand("~other/x"), "~other/x");
	free(p);
	cr_expect_str_eq(p = paths_expand("/abs/~/x"), "/abs/~/x");
	free(p);
	unsetenv("HOME");
	cr_expect_str_eq(p = paths_expand("~/exports"), "~/exports", "without HOME, as typed");
	free(p);
}

Test(paths, make_dir_makes_every_missing_level_private)
{
	char *deep = at("a/b/c"), *a = at("a"), *b = at("a/b"), *cause = NULL;

	cr_assert_eq(paths_make_dir(deep, &cause), 0, "%s", cause ? cause : "");
	cr_expect_eq(mode_of(a), 0700);
	cr_expect_eq(mode_of(b), 0700);
	cr_expect_eq(mode_of(deep), 0700);
	cr_expect_eq(paths_make_dir(deep, &cause), 0, "again: it exists");
	free(deep);
	free(a);
	free(b);
}

/* An existing directory keeps its mode: only new ones are made private. */
Test(paths, make_dir_leaves_existing_directories_alone)
{
	char *pub = at("pub"), *sub = at("pub/sub/"), *subdir = at("pub/sub");

	cr_assert_eq(mkdir(pub, 0755), 0);
	cr_assert_eq(paths_make_dir(sub, NULL), 0, "a trailing slash is fine");
	cr_expect_eq(mode_of(pub), 0755);
	cr_expect_eq(mode_of(subdir), 0700);
	free(pub);
	free(sub);
	free(subdir);
}

/* A file in the way: mkdir fails for root too. */
Test(paths, make_dir_names_the_directory_it_cannot_make)
{
	char *file = at("file"), *deep = at("file/x/y"), *cause = NULL, *want;

	write_text(file, "in the way\n");
	cr_expect_eq(paths_make_dir(deep, &cause), -1);
	want = xasprintf("cannot create directory %s/file/x: Not a directory", dir);
	cr_expect_str_eq(cause, want);
	free(want);
	free(cause);
	free(file);
	free(deep);
}

Test(paths, make_parents_makes_the_directories_above_a_file)
{
	char *file = at("d1/d2/herstel.db"), *d2 = at("d1/d2");
	struct stat sb;

	cr_assert_eq(paths_make_parents(file, NULL), 0);
	cr_expect_eq(mode_of(d2), 0700);
	cr_expect_neq(stat(file, &sb), 0, "the file itself is not made");
	cr_expect_eq(paths_make_parents("herstel.db", NULL), 0, "no directory: nothing to do");
	cr_expect_eq(paths_make_parents("/herstel.db", NULL), 0, "the root is there");
	free(file);
	free(d2);
}

Test(paths, create_private_makes_0600_and_keeps_what_is_there)
{
	char *file = at("private"), *cause = NULL, *text;

	umask(0);
	cr_assert_eq(paths_create_private(file, &cause), 0);
	cr_expect_eq(mode_of(file), 0600, "0600 even with umask 0");
	write_text(file, "kept");
	cr_assert_eq(paths_create_private(file, &cause), 0);
	cr_expect_str_eq(text = slurp(file), "kept", "an existing file is not truncated");
	free(text);
	free(file);
	file = at("no/such/dir/f");
	cr_expect_eq(paths_create_private(file, &cause), -1);
	cr_expect(
	    strstr(cause, "cannot create ") == cause && strstr(cause, "No such file"), "%s", cause);
	free(cause);
	free(file);
}

Test(paths, replace_writes_a_new_file_whole_and_private)
{
	char *file = at("out.csv"), *cause = NULL, *text;
	struct paths_replace r;

	cr_assert_eq(paths_replace_open(&r, file, "herstel-test", &cause), 0);
	cr_expect_eq(count_named(dir, ".herstel-test."), 1, "the temporary file is beside it");
	fputs("a,b\n", r.f);
	cr_assert_eq(paths_replace_close(&r, true, &cause), 0, "%s", cause ? cause : "");
	cr_expect_str_eq(text = slurp(file), "a,b\n");
	cr_expect_eq(mode_of(file), 0600);
	cr_expect_eq(count_named(dir, ".herstel-test."), 0, "no temporary file is left");
	free(text);
	free(file);
}

Test(paths, replace_not_ok_leaves_the_old_file_and_no_temporary)
{
	char *file = at("out.csv"), *text;
	struct paths_replace r;

	write_text(file, "old\n");
	cr_assert_eq(paths_replace_open(&r, file, "herstel-test", NULL), 0);
	fputs("half", r.f);
	cr_expect_eq(paths_replace_close(&r, false, NULL), -1);
	cr_expect_str_eq(text = slurp(file), "old\n", "the destination is as it was");
	cr_expect_eq(count_named(dir, ".herstel-test."), 0);
	free(text);
	free(file);
}

Test(paths, replace_refuses_a_symbolic_link_and_a_directory)
{
	char *file = at("link.csv"), *target = at("target"), *sub = at("sub"), *cause = NULL;
	char *want;
	struct paths_replace r;

	write_text(target, "theirs\n");
	cr_assert_eq(symlink(target, file), 0);
	cr_expect_eq(paths_replace_open(&r, file, "herstel-test", &cause), -1);
	want = xasprintf("%s is a symbolic link; not writing through it"
	                 " (remove it or choose another file)",
	    file);
	cr_expect_str_eq(cause, want);
	free(want);
	free(cause);
	cause = NULL;
	cr_assert_eq(mkdir(sub, 0700), 0);
	cr_expect_eq(paths_replace_open(&r, sub, "herstel-test", &cause), -1);
	cr_expect(strstr(cause, "exists and is not a regular file") != NULL, "%s", cause);
	free(cause);
	cr_expect_eq(count_named(dir, ".herstel-test."), 0, "nothing was made");
	free(file);
	free(target);
	free(sub);
}

/* A link that appears while the file is written is refused at the rename. */
Test(paths, replace_checks_the_destination_again_before_the_rename)
{
	char *file = at("late.csv"), *target = at("target"), *cause = NULL, *text;
	struct paths_replace r;

	write_text(target, "theirs\n");
	cr_assert_eq(paths_replace_open(&r, file, "herstel-test", &cause), 0);
	fputs("mine\n", r.f);
	cr_assert_eq(symlink(target, file), 0);
	cr_expect_eq(paths_replace_close(&r, true, &cause), -1);
	cr_expect(cause != NULL && strstr(cause, "is a symbolic link") != NULL);
	cr_expect_str_eq(text = slurp(target), "theirs\n", "the link's file is untouched");
	cr_expect_eq(count_named(dir, ".herstel-test."), 0);
	free(cause);
	free(text);
	free(file);
	free(target);
}

Test(paths, replace_in_a_directory_that_is_not_there_says_so)
{
	char *file = at("gone/out.csv"), *cause = NULL, *want;
	struct paths_replace r;

	cr_expect_eq(paths_replace_open(&r, file, "herstel-test", &cause), -1);
	want = xasprintf("cannot write in the directory of %s: No such file or directory", file);
	cr_expect_str_eq(cause, want);
	cr_expect_null(r.tmp);
	free(want);
	free(cause);
	free(file);
}
