/* store.c: the journal's core: finding and checking the file before SQLite
 * touches it, the connection, the open, copy and close, the journal's health
 * checks, and the helpers every store_*.c runs its statements through.
 *
 * All SQL is fixed text (store_sql.c, store_schema.c), run through prepared
 * statements that are kept for the life of the connection; values are
 * always bound. */
#include "config.h"

#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "i18n.h"
#include "paths.h"
#include "store_impl.h"
#include "util.h"

/* Does the verdict of a check only say that pages could not be read
 * ("unable to get the page. error code=266": an I/O error, not damage)? */
static bool
store_verdict_unread(const char *verdict)
{
	static const char tag[] = "unable to get the page. error code=";
	const char *p = verdict;
	bool any = false;

	while ((p = strstr(p, tag)) != NULL) {
		long code = strtol(p + sizeof tag - 1, NULL, 10);

		if ((code & 0xff) != SQLITE_IOERR && (code & 0xff) != SQLITE_NOMEM)
			return false;
		any = true;
		p += sizeof tag - 1;
	}
	return any;
}

/* The verdict of `check` (ST_QUICK_CHECK or ST_INTEGRITY_CHECK): its first
 * row, a new string, or NULL with *err (when err is given) when it could
 * not run. It runs on a fresh connection of its own, which in WAL mode sees
 * what is committed whatever the store's connection holds open. That one
 * is read-write (with query_only) where the file can be written: through a
 * read-only connection SQLite skips the CHECK constraints, three times
 * faster but blind to a value a flipped byte took out of range. */
static char *
store_verdict(struct store *s, enum stmt_id check, char **err)
{
	int mode = access(s->path, W_OK) == 0 ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	char *verdict = NULL;

	if (s->memory)
		db = s->db;
	else if (sqlite3_open_v2(s->path, &db, mode, NULL) != SQLITE_OK ||
	    sqlite3_exec(db, "PRAGMA query_only = ON", NULL, NULL, NULL) != SQLITE_OK)
		goto out;
	if (sqlite3_prepare_v2(db, stmt_sql[check], -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != NULL)
		verdict = xstrdup((const char *)sqlite3_column_text(st, 0));
out:
	if (verdict == NULL && err != NULL)
		*err = xstrdup(db != NULL ? sqlite3_errmsg(db) : _("out of memory"));
	sqlite3_finalize(st);
	if (db != s->db)
		sqlite3_close(db);
	return verdict;
}

/* SQLite saw damage: is it on disk? A read that failed halfway or came
 * back short (SQLite fills the rest of the page with zeros) reads as
 * damage too. `check` run again says: true when the file fails it, or
 * cannot be checked at all; false when it passes, or its pages could not
 * be read. */
static bool
store_damage_confirmed(struct store *s, enum stmt_id check)
{
	char *verdict = store_verdict(s, check, NULL);
	bool damaged =
	    verdict == NULL || (strcmp(verdict, "ok") != 0 && !store_verdict_unread(verdict));

	free(verdict);
	return damaged;
}

/* What to add to the message of a failed statement: SQLite reports a
 * write that hit the file size limit as a bare "disk I/O error", with no
 * errno, a failed read the same way, and a lock held past the busy timeout
 * as "database is locked". Damage found again on a fresh look marks the
 * journal: nothing more is written to it. */
static const char *
store_write_hint(struct store *s)
{
	int ext = sqlite3_extended_errcode(s->db);

	if ((ext & 0xff) == SQLITE_CORRUPT || (ext & 0xff) == SQLITE_NOTADB) {
		if (!store_damage_confirmed(s, ST_QUICK_CHECK))
			return _(" (yet the journal, read again, passes quick_check: a read of the "
			       "file"
			       " failed or came back short; nothing was written, try again, and "
			       "check"
			       " the disk if it keeps failing)");
		s->damaged = true;
		return _("; the journal is damaged: herstel writes nothing more to it. To save what"
		         " it holds (sqlite3's .recover or .dump), see \"To recover\" in herstel(1),"
		         " FILES");
	}
	if (ext == SQLITE_IOERR_READ || ext == SQLITE_IOERR_SHORT_READ)
		return _(" (reading the file failed: the journal may well be intact; try again,"
		       " and check the disk if it keeps failing)");
	if ((ext & 0xff) == SQLITE_FULL || ext == SQLITE_IOERR_WRITE ||
	    ext == SQLITE_IOERR_TRUNCATE)
		return _(" (the disk may be full or the file at its size limit)");
	if (ext == SQLITE_IOERR_FSYNC)
		return _(" (the disk failed to make the change safe: the disk may be full or "
		       "failing)");
	if ((ext & 0xff) == SQLITE_BUSY || (ext & 0xff) == SQLITE_LOCKED)
		return _(" (another program held the journal for more than 5 seconds;"
		       " nothing was written, try again)");
	if ((ext & 0xff) == SQLITE_IOERR)
		return _(" (the system reported an error on the journal's files; the journal may well"
		       " be intact: try again, and check the disk if it keeps failing)");
	return "";
}

/* The message of the connection's last error, for a cause. */
int
store_fail(struct store *s, char **cause, const char *doing)
{
	return util_fail(
	    cause, "%s: %s: %s%s", s->path, doing, sqlite3_errmsg(s->db), store_write_hint(s));
}

/* A prepared statement, reset and with its bindings cleared. */
sqlite3_stmt *
store_stmt(struct store *s, enum stmt_id id, char **cause)
{
	sqlite3_stmt *st = s->stmt[id];

	if (st == NULL) {
		if (sqlite3_prepare_v3(s->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
		        &s->stmt[id], NULL) != SQLITE_OK) {
			store_fail(s, cause, _("prepare"));
			return NULL;
		}
		return s->stmt[id];
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return st;
}

/* Step a statement that returns no rows. */
int
store_exec(struct store *s, sqlite3_stmt *st, char **cause, const char *doing)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, cause, doing);
	return 0;
}

/* Run a statement without parameters, by id. */
int
store_run(struct store *s, enum stmt_id id, char **cause)
{
	sqlite3_stmt *st = store_stmt(s, id, cause);

	return st == NULL ? -1 : store_exec(s, st, cause, stmt_sql[id]);
}

void
store_bind_date(sqlite3_stmt *st, int i, hs_date d)
{
	char buf[DATE_BUF];

	date_format(d, buf);
	sqlite3_bind_text(st, i, buf, -1, SQLITE_TRANSIENT);
}

void
store_bind_time(sqlite3_stmt *st, int i, hs_minute t)
{
	char buf[TIME_BUF];

	time_format(stamp_minute_of_day(t), buf);
	sqlite3_bind_text(st, i, buf, -1, SQLITE_TRANSIENT);
}

char *
store_default_path(char **cause)
{
	char *why = NULL, *path = paths_home(PATHS_DATA, "herstel.db", &why);

	if (path == NULL)
		util_fail(cause, _("cannot find the journal: %s (use --db FILE)"), why);
	free(why);
	return path;
}

/* A big-endian 32-bit field of the SQLite header. */
static uint32_t
header_u32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* What the file's header said before SQLite touched it. */
struct store_head {
	bool fresh;    /* missing or empty: herstel makes the journal */
	int version;   /* the header's user version (offset 60) */
	bool wal_mode; /* the header says write-ahead log (offsets 18 and 19) */
};

/* Read the header of an existing file: 0, or -1 with *cause. */
static int
store_read_head(const char *path, off_t size, unsigned char head[100], char **cause)
{
	ssize_t n;
	int fd, err;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return util_fail(cause, "%s: %s", path, strerror(errno));
	n = read(fd, head, 100);
	err = errno;
	close(fd);
	if (n < 0)
		return util_fail(cause,
		    _("%s: cannot read the journal: %s; the file was left as it is"), path,
		    strerror(err));
	if (n < 100 && size >= 100)
		return util_fail(cause,
		    _("%s: cannot read the journal: its first 100 bytes came back short;"
		    " the file was left as it is"),
		    path);
	if (n < 100 || memcmp(head, "SQLite format 3", 16) != 0)
		return util_fail(cause,
		    _("%s: not a herstel journal (not an SQLite database);"
		    " the file was left as it is"),
		    path);
	return 0;
}

/* Look at the file before SQLite touches it: *h says whether it is new or
 * empty, else it carries herstel's application id and a schema version
 * this herstel knows. Reading the header ourselves leaves a refused file,
 * and its directory, exactly as they were. */
static int
store_check_file(const char *path, bool write, struct store_head *h, char **cause)
{
	unsigned char head[100];
	struct stat sb;

	memset(h, 0, sizeof *h);
	if (stat(path, &sb) != 0) {
		if (errno == ENOENT)
			return h->fresh = true, 0;
		return util_fail(
		    cause, _("%s: cannot look at the journal: %s"), path, strerror(errno));
	}
	if (!S_ISREG(sb.st_mode))
		return util_fail(cause, _("%s: not a regular file"), path);
	if (sb.st_size == 0)
		return h->fresh = true, 0;
	if (store_read_head(path, sb.st_size, head, cause) != 0)
		return -1;
	/* Offsets 60 and 68 of the SQLite file format: user version, application id. */
	if (header_u32(head + 68) != STORE_APPLICATION_ID)
		return util_fail(cause,
		    _("%s: not a herstel journal (an SQLite database of"
		    " another application); the file was left as it is"),
		    path);
	h->version = (int)header_u32(head + 60);
	h->wal_mode = head[18] == 2 && head[19] == 2;
	if (h->version > STORE_SCHEMA_VERSION)
		return util_fail(cause,
		    _("%s: journal version %d is newer than this herstel"
		    " understands (%d); upgrade herstel. The file was left as it is"),
		    path, h->version, STORE_SCHEMA_VERSION);
	/* SQLite would open a read-only file and fail at the first write, leaving
	 * a read-only -shm behind that breaks the journal even after chmod. */
	if (write && access(path, R_OK | W_OK) != 0)
		return util_fail(cause, _("%s: cannot write the journal: %s"), path, strerror(errno));
	return 0;
}

/* Does PATH-SUFFIX exist and hold something? */
static bool
store_beside(const char *path, const char *suffix)
{
	char *p = xasprintf("%s%s", path, suffix);
	struct stat sb;
	bool there = stat(p, &sb) == 0 && sb.st_size > 0;

	free(p);
	return there;
}

/* SQLite applies what lies next to the journal before herstel can look:
 * a write-ahead log beside an empty file makes that file another
 * database, and a rollback journal beside a journal in WAL mode (herstel
 * never leaves one) would be played into it. Both are someone else's. */
static int
store_check_neighbours(const char *path, const struct store_head *h, char **cause)
{
	if (h->fresh && store_beside(path, "-wal"))
		return util_fail(cause,
		    _("%s-wal lies beside a journal that is empty or missing, so it belongs to"
		    " another database; move it away (and %s-shm). Nothing was written"),
		    path, path);
	if (!h->fresh && h->wal_mode && store_beside(path, "-journal"))
		return util_fail(cause,
		    _("%s-journal lies beside the journal, which never makes one: it belongs to"
		    " another database and SQLite would play it into the journal; move it away."
		    " The journal was left as it is"),
		    path);
	return 0;
}

/* The directory of `path` must be writable: SQLite keeps its write-ahead
 * log beside the journal. */
static int
store_check_dir(const char *path, char **cause)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash == NULL ? xstrdup(".")
	    : slash == path       ? xstrdup("/")
	                          : xstrndup(path, (size_t)(slash - path));
	int rc = 0;

	if (access(dir, W_OK | X_OK) != 0)
		rc = util_fail(cause, _("%s: cannot write in the journal's directory %s: %s"), path,
		    dir, strerror(errno));
	free(dir);
	return rc;
}

int
store_exec_sql(struct store *s, const char *sql, char **cause)
{
	char *err = NULL;

	/* Only fixed text of the store comes here (a literal or a migration),
	 * never user input. */
	if (sqlite3_exec(s->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		sqlite3_free(err);
		return store_fail(s, cause, _("update the journal's schema"));
	}
	return 0;
}

int
store_pragma_int(struct store *s, const char *pragma, int *out, char **cause)
{
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(s->db, pragma, -1, &st, NULL) != SQLITE_OK)
		return store_fail(s, cause, _("open"));
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : store_fail(s, cause, _("open"));
}

/* PRAGMA quick_check or integrity_check (`id`): 0 when "ok", else -1 with
 * *cause naming the first problem, and the journal marked damaged (when a
 * second look confirms it). */
int
store_check(struct store *s, enum stmt_id id, char **cause)
{
	char *err = NULL, *first = store_verdict(s, id, &err);

	if (first == NULL) {
		util_fail(cause, _("%s: the journal could not be checked: %s; nothing was written"),
		    s->path, err);
		free(err);
		return -1;
	}
	util_printable(first);
	if (strcmp(first, "ok") == 0) {
		free(first);
		return 0;
	}
	if (store_verdict_unread(first) || !store_damage_confirmed(s, id)) {
		util_fail(cause,
		    _("%s: the journal could not be read whole to check it (%s: %s): a read of the"
		    " file failed or came back short; nothing was written, try again, and check"
		    " the disk if it keeps failing"),
		    s->path, id == ST_QUICK_CHECK ? "quick_check" : "integrity_check", first);
		free(first);
		return -1;
	}
	s->damaged = true;
	util_fail(cause, _("%s: the journal is damaged (%s: %s); %s"), s->path,
	    id == ST_QUICK_CHECK ? "quick_check" : "integrity_check", first, STORE_RECOVER_HINT);
	free(first);
	return -1;
}

/* SQLite logs a notice when opening a journal made it apply a write-ahead
 * log that no open connection knew (after a crash, or a log that is not
 * this file's), or roll back a hot rollback journal (a crash during a
 * transaction of a journal not yet in WAL mode). Counted here; -1 when the
 * log cannot be set up (the library was in use first), and then whatever
 * lay beside the journal counts. */
static int store_wal_recoveries = -1, store_rollbacks = -1;

static void
store_log(void *arg, int code, const char *msg)
{
	(void)arg, (void)msg;
	if (code == SQLITE_NOTICE_RECOVER_WAL)
		store_wal_recoveries++;
	else if (code == SQLITE_NOTICE_RECOVER_ROLLBACK)
		store_rollbacks++;
}

/* herstel runs SQLite from one thread: without its mutexes and memory
 * statistics every step and column read is cheaper. Settings of a library
 * that is already in use are refused, which is harmless but for the log. */
static void
store_setup_library(void)
{
	static bool done;

	if (done)
		return;
	done = true;
	if (sqlite3_config(SQLITE_CONFIG_LOG, store_log, NULL) == SQLITE_OK)
		store_wal_recoveries = store_rollbacks = 0;
	sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/* "file:PATH?immutable=1", the path escaped for a URI. */
static char *
store_immutable_uri(const char *path)
{
	struct strbuf sb;

	strbuf_init(&sb);
	strbuf_puts(&sb, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p != '\0'; p++)
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("/._-~", *p) != NULL)
			strbuf_add(&sb, (const char *)p, 1);
		else
			strbuf_printf(&sb, "%%%02X", *p);
	strbuf_puts(&sb, "?immutable=1");
	return strbuf_detach(&sb);
}

/* Open the connection: to the file, read-only or not, to it as immutable
 * (a read-only filesystem, where SQLite cannot make the -shm it needs to
 * read a WAL journal), or to memory. */
int
store_connect(struct store *s, bool read_only, bool immutable, char **cause)
{
	int oflags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	char *uri = immutable ? store_immutable_uri(s->path) : NULL;
	int rc = sqlite3_open_v2(s->memory ? ":memory:"
	        : uri != NULL              ? uri
	                                   : s->path,
	    &s->db, oflags | (uri != NULL ? SQLITE_OPEN_URI : 0), NULL);

	free(uri);
	if (rc != SQLITE_OK)
		return store_fail(s, cause, _("open"));
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, 5000);
	/* Until the journal is accepted, closing must not fold a write-ahead
	 * log into it that may be another database's. */
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
	/* The schema is checked before use (store_check_schema); this keeps
	 * whatever a journal holds from running meanwhile, or ever. */
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
	/* Foreign keys on; cell_size_check makes SQLite report more damage as
	 * it reads, for a small cost. */
	return store_exec_sql(s, "PRAGMA foreign_keys = ON; PRAGMA cell_size_check = ON", cause);
}

/* What lay beside the journal before SQLite opened it. */
struct store_beside {
	bool wal, journal;
};

/* The header and SQLite disagree: another database's -wal beside it. */
static int
store_foreign(
    struct store *s, const struct store_head *h, int app, int version, bool wal, char **cause)
{
	if (!wal)
		return util_fail(cause,
		    _("%s: through SQLite the journal reads as another database (application id"
		    " %d, version %d) where its file says herstel's journal version %d; nothing"
		    " was written"),
		    s->path, app, version, h->version);
	return util_fail(cause,
	    _("%s: through SQLite the journal reads as another database (application id %d,"
	    " version %d) where its file says herstel's journal version %d: the write-ahead"
	    " log %s-wal beside it belongs to another database. Nothing was written; move"
	    " %s-wal and %s-shm away"),
	    s->path, app, version, h->version, s->path, s->path, s->path);
}

/* Read the journal through SQLite and hold it to what its header said
 * (h; `b`: what lay beside it): *version is SQLite's own. After SQLite
 * rolled back a hot journal, the header was that of the transaction taken
 * back, and SQLite's view replaces it. */
static int
store_verify(
    struct store *s, struct store_head *h, struct store_beside b, int *version, char **cause)
{
	int wal_before = store_wal_recoveries, rb_before = store_rollbacks, app = 0;
	bool recovered, rolled_back;

	if (store_pragma_int(s, "PRAGMA application_id", &app, cause) != 0 ||
	    store_pragma_int(s, "PRAGMA user_version", version, cause) != 0)
		return -1;
	rolled_back = rb_before < 0 ? b.journal : store_rollbacks != rb_before;
	recovered = rolled_back || (wal_before < 0 ? b.wal : store_wal_recoveries != wal_before);
	if (rolled_back) {
		h->fresh = app == 0 && *version == 0;
		h->version = *version;
	}
	/* The header can lag behind a log not yet folded in, but never by
	 * another application or an older version. */
	if (app != (h->fresh ? 0 : STORE_APPLICATION_ID) || *version < h->version)
		return store_foreign(s, h, app, *version, b.wal, cause);
	if (*version > STORE_SCHEMA_VERSION)
		return util_fail(cause,
		    _("%s: journal version %d is newer than this herstel understands (%d);"
		    " upgrade herstel"),
		    s->path, *version, STORE_SCHEMA_VERSION);
	if (recovered && store_check(s, ST_INTEGRITY_CHECK, cause) != 0) {
		char *why = *cause;

		if (rolled_back)
			util_fail(cause,
			    _("%s; SQLite had just rolled back an unfinished change from %s-journal."
			    " Nothing was written"),
			    why, s->path);
		else
			util_fail(cause,
			    _("%s; SQLite had just applied the write-ahead log beside it. If you"
			    " restored the journal from a backup, that log is the old one's:"
			    " remove %s-wal and %s-shm as well (see herstel(1), FILES). Nothing"
			    " was written"),
			    why, s->path, s->path);
		free(why);
		return -1;
	}
	return store_check_schema(s, *version, cause);
}

/* The journal is accepted: closing folds the log in again (and removes the
 * -wal and -shm). A writer gets WAL with synchronous=FULL: a commit that
 * returned is on disk, and readers never block the writer. A reader's
 * read-write connection takes no statement that writes (query_only). */
int
store_accept(struct store *s, bool write, char **cause)
{
	if (s->memory)
		return 0;
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
	if (!write)
		return sqlite3_db_readonly(s->db, "main") == 1
		    ? 0
		    : store_exec_sql(s, "PRAGMA query_only = ON", cause);
	return store_exec_sql(s, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL", cause);
}

/* A reading command on a missing journal reads an empty one in memory:
 * reading creates nothing. */
static struct store *
store_open_memory(const char *path, char **cause)
{
	struct store *s = xcalloc(1, sizeof *s);

	s->path = xstrdup(path);
	s->memory = true;
	if (store_connect(s, false, false, cause) != 0 || store_migrate(s, 0, false, cause) != 0) {
		store_close(s);
		return NULL;
	}
	return s;
}

/* Connect and verify. A reader connects read-only only where the journal
 * cannot be written (SQLite leaves a read-only connection's -wal and -shm
 * behind), and on a read-only filesystem reads a journal without a -wal as
 * immutable. */
static int
store_connect_verified(
    struct store *s, bool write, struct store_head *h, int *version, char **cause)
{
	struct store_beside b = { store_beside(s->path, "-wal"),
		store_beside(s->path, "-journal") };
	bool wal = b.wal;
	bool read_only =
	    !write && (access(s->path, W_OK) != 0 || store_check_dir(s->path, NULL) != 0);
	int rc = store_connect(s, read_only, false, cause);

	if (rc == 0 && (rc = store_verify(s, h, b, version, cause)) == 0)
		return 0;
	if (!wal && s->db != NULL)
		/* SQLite made the -wal and -shm: let closing remove them. */
		sqlite3_db_config(s->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
	if (!read_only || wal || s->db == NULL ||
	    (sqlite3_extended_errcode(s->db) & 0xff) != SQLITE_CANTOPEN)
		return -1;
	free(*cause);
	*cause = NULL;
	sqlite3_close(s->db);
	s->db = NULL;
	if (store_connect(s, true, true, cause) != 0)
		return -1;
	b.wal = b.journal = false;
	return store_verify(s, h, b, version, cause);
}

struct store *
store_open_as(const char *path, unsigned flags, char **cause)
{
	struct store_head h;
	struct store *s;
	bool write = !(flags & STORE_READ_ONLY);
	int version = 0;

	store_setup_library();
	/* "" would be a file named nothing in no directory. */
	if (path[0] == '\0') {
		util_fail(cause, _("the journal's path is empty (check --db and HERSTEL_DB)"));
		return NULL;
	}
	if (((flags & STORE_NO_CREATE) == 0 && paths_make_parents(path, cause) != 0) ||
	    store_check_file(path, write, &h, cause) != 0 ||
	    store_check_neighbours(path, &h, cause) != 0)
		return NULL;
	if (h.fresh && (flags & STORE_NO_CREATE))
		return store_open_memory(path, cause);
	if (write && store_check_dir(path, cause) != 0)
		return NULL;
	if (h.fresh && paths_create_private(path, cause) != 0)
		return NULL;
	s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	if (store_connect_verified(s, write, &h, &version, cause) != 0)
		goto fail;
	/* An older journal is brought up to date first, even to be read. */
	if (version < STORE_SCHEMA_VERSION && sqlite3_db_readonly(s->db, "main") == 1) {
		util_fail(cause,
		    _("%s: journal version %d must be brought up to version %d before this herstel"
		    " reads it, and it cannot be written here"),
		    path, version, STORE_SCHEMA_VERSION);
		goto fail;
	}
	if ((version < STORE_SCHEMA_VERSION && store_migrate(s, version, !h.fresh, cause) != 0) ||
	    store_accept(s, write, cause) != 0)
		goto fail;
	return s;
fail:
	store_close(s);
	return NULL;
}

/* Copy the journal at `path` into `s` (a fresh in-memory database). */
static int
store_copy_in(struct store *s, const char *path, char **cause)
{
	sqlite3 *src = NULL;
	sqlite3_backup *b = NULL;
	int rc = -1;

	if (sqlite3_open_v2(path, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		util_fail(cause, "%s: %s", path, sqlite3_errmsg(src));
	else if ((b = sqlite3_backup_init(s->db, "main", src, "main")) == NULL ||
	    sqlite3_backup_step(b, -1) != SQLITE_DONE)
		util_fail(cause, _("%s: cannot read the journal: %s"), path, sqlite3_errmsg(s->db));
	else
		rc = 0;
	sqlite3_backup_finish(b);
	sqlite3_close(src);
	return rc;
}

struct store *
store_open_copy(const char *path, char **cause)
{
	struct store_head h;
	struct store *s;
	int version = 0;

	store_setup_library();
	if (path[0] == '\0') {
		util_fail(cause, _("the journal's path is empty (check --db and HERSTEL_DB)"));
		return NULL;
	}
	if (store_check_file(path, false, &h, cause) != 0 ||
	    store_check_neighbours(path, &h, cause) != 0)
		return NULL;
	s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	s->memory = true;
	/* The copy is held to the same schema as the journal itself, before
	 * anything runs on it. */
	if (store_connect(s, false, false, cause) != 0 ||
	    (!h.fresh &&
	        (store_copy_in(s, path, cause) != 0 ||
	            store_pragma_int(s, "PRAGMA user_version", &version, cause) != 0)))
		goto fail;
	if (version > STORE_SCHEMA_VERSION) {
		util_fail(cause,
		    _("%s: journal version %d is newer than this herstel understands (%d)"), path,
		    version, STORE_SCHEMA_VERSION);
		goto fail;
	}
	if ((!h.fresh && store_check_schema(s, version, cause) != 0) ||
	    (version < STORE_SCHEMA_VERSION && store_migrate(s, version, false, cause) != 0))
		goto fail;
	return s;
fail:
	store_close(s);
	return NULL;
}

struct store *
store_open(const char *path, char **cause)
{
	return store_open_as(path, 0, cause);
}

void
store_close(struct store *s)
{
	if (s == NULL)
		return;
	if (s->batch != 0)
		store_rollback(s);
	for (int i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(s->stmt[i]);
	sqlite3_close(s->db);
	free(s->path);
	free(s->what);
	free(s->warning);
	free(s);
}

/* PRAGMA data_version moves with other connections' commits only; this
 * connection's own are counted beside it, so that a screen caching what it
 * read (the week view) sees the day screen's writes too. Both only grow, so
 * their sum moves whenever either does. */
int64_t
store_data_version(struct store *s)
{
	sqlite3_stmt *st = store_stmt(s, ST_DATA_VERSION, NULL);
	int64_t v = -1;

	if (st != NULL && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0) + s->commits;
	if (st != NULL)
		sqlite3_reset(st);
	return v;
}
