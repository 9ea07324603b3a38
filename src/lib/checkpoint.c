/*
 * checkpoint.c - writing the log back into the termbase on a thread of
 * its own. See termbase_internal.h.
 *
 * In WAL mode a commit appends pages to the log (termbase.sqlite-wal);
 * a checkpoint copies them back into the file and waits for the disk
 * (fsync) twice. SQLite's automatic checkpoint runs inside the COMMIT
 * that takes the log over 1,000 pages, so every other document of a
 * thousand pairs waited for it: 15 ms on a quick disk, 0.2-0.6 s on a
 * slow one (docs/notes-termbase.md, "Checkpoints off the writer").
 *
 * Here the commit only signals a thread (from CHECKPOINT_BYTES), which
 * checkpoints through a connection of its own while the next document is
 * written. SQLite
 * allows that: a PASSIVE checkpoint copies what was committed before it
 * began and never blocks a writer. What it cannot do while a writer is
 * always busy is let the log start again from its beginning, which
 * happens only when a write begins with the whole log copied. So once
 * the log passes CATCH_UP_BYTES, the thread is no longer asked, and the
 * first commit that finds it idle checkpoints itself: little is left to
 * copy, and the next document starts a new log.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "termbase_internal.h"

/* Checkpoint when the log holds this many bytes (16 MB). SQLite's own
 * default is 1,000 pages; off the writer, fewer and larger checkpoints
 * went faster: 60 documents of 1,000 pairs into a million terms, with
 * 4 KB pages, 10,800-15,100 pairs/s at 1,000 pages, 14,200-15,900 at
 * 2,000, 16,300-18,500 at 4,000, 14,000-15,100 at 8,000
 * (docs/notes-termbase.md). Counted in bytes since a termbase may have
 * 4 KB or 16 KB pages (stop 43). */
#define CHECKPOINT_BYTES (4000 * 4096)
/* The commit checkpoints itself from here: 64 MB. */
#define CATCH_UP_BYTES (16384 * 4096)

struct tb_checkpointer {
	int pages, catch_up; /* CHECKPOINT_BYTES and CATCH_UP_BYTES in pages, but for tests */
	char *path;
	sqlite3 *db; /* the thread's own connection, opened by the thread */
	pthread_t thread;
	int started;
	pthread_mutex_t lock;
	pthread_cond_t wake, idle;
	int wanted, busy, stop;
	size_t runs;   /* checkpoints the thread has made */
	int most_pages; /* the longest log a commit left */
};

static void checkpoint_once(tb_checkpointer *c)
{
	if (!c->db) {
		if (sqlite3_open_v2(c->path, &c->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
			/* The commit's own checkpoints (CATCH_UP_BYTES) and the
			 * close still write the log back. */
			sqlite3_close(c->db);
			c->db = NULL;
			return;
		}
		sqlite3_exec(c->db, "PRAGMA synchronous = NORMAL", NULL, NULL, NULL);
	}
	/* A failure leaves the log as it is, to be copied next time. */
	sqlite3_wal_checkpoint_v2(c->db, "main", SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
}

static void *checkpoint_thread(void *arg)
{
	tb_checkpointer *c = arg;

	pthread_mutex_lock(&c->lock);
	for (;;) {
		while (!c->wanted && !c->stop)
			pthread_cond_wait(&c->wake, &c->lock);
		if (c->stop)
			break;
		c->wanted = 0;
		c->busy = 1;
		pthread_mutex_unlock(&c->lock);
		checkpoint_once(c);
		pthread_mutex_lock(&c->lock);
		c->busy = 0;
		c->runs++;
		pthread_cond_broadcast(&c->idle);
	}
	pthread_mutex_unlock(&c->lock);
	return NULL;
}

/* sqlite3_wal_hook: called after each commit, the write lock released,
 * with the number of pages in the log. */
static int after_commit(void *arg, sqlite3 *db, const char *schema, int pages)
{
	tb_checkpointer *c = arg;

	if (pages > c->most_pages)
		c->most_pages = pages;
	if (pages >= c->catch_up) {
		int idle;
		pthread_mutex_lock(&c->lock);
		idle = !c->busy && !c->wanted;
		pthread_mutex_unlock(&c->lock);
		/* The thread has copied all but the last document or two: copy
		 * those here. While it is at work, leave it to finish, and the
		 * next commit will find it idle, rather than wait for its disk. */
		if (idle)
			sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
		return SQLITE_OK;
	}
	if (pages < c->pages)
		return SQLITE_OK;
	if (!c->started) {
		if (pthread_create(&c->thread, NULL, checkpoint_thread, c)) {
			/* No thread: checkpoint here, as SQLite would. */
			sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
			return SQLITE_OK;
		}
		c->started = 1;
	}
	pthread_mutex_lock(&c->lock);
	c->wanted = 1;
	pthread_cond_signal(&c->wake);
	pthread_mutex_unlock(&c->lock);
	return SQLITE_OK;
}

int tb_checkpointer_start(sy_termbase *tb, sy_error *err)
{
	tb_checkpointer *c = calloc(1, sizeof(*c));
	/* The file's page size; SQLite's default where it cannot be read. */
	long long page = tb_number(tb, "PRAGMA page_size", 4096);

	if (!c || !(c->path = strdup(tb->path))) {
		free(c);
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	}
	c->pages = (int)(CHECKPOINT_BYTES / page);
	c->catch_up = (int)(CATCH_UP_BYTES / page);
	pthread_mutex_init(&c->lock, NULL);
	pthread_cond_init(&c->wake, NULL);
	pthread_cond_init(&c->idle, NULL);
	tb->checkpointer = c;
	/* Replaces SQLite's automatic checkpoint, which is a hook too. */
	sqlite3_wal_hook(tb->db, after_commit, c);
	return SY_OK;
}

void tb_checkpointer_limits(sy_termbase *tb, int pages, int catch_up)
{
	tb->checkpointer->pages = pages;
	tb->checkpointer->catch_up = catch_up;
}

void tb_checkpointer_limits_of(sy_termbase *tb, int *pages, int *catch_up)
{
	*pages = tb->checkpointer->pages;
	*catch_up = tb->checkpointer->catch_up;
}

size_t tb_checkpointer_runs(sy_termbase *tb, int *most_pages)
{
	tb_checkpointer *c = tb->checkpointer;
	size_t runs;

	pthread_mutex_lock(&c->lock);
	while (c->busy || c->wanted)
		pthread_cond_wait(&c->idle, &c->lock);
	runs = c->runs;
	*most_pages = c->most_pages;
	pthread_mutex_unlock(&c->lock);
	return runs;
}

void tb_checkpointer_stop(sy_termbase *tb)
{
	tb_checkpointer *c = tb->checkpointer;

	if (!c)
		return;
	sqlite3_wal_hook(tb->db, NULL, NULL);
	if (c->started) {
		pthread_mutex_lock(&c->lock);
		c->stop = 1;
		pthread_cond_signal(&c->wake);
		pthread_mutex_unlock(&c->lock);
		pthread_join(c->thread, NULL);
	}
	/* Closed before the handle's own connection, so that the handle's is
	 * the last and writes back the rest of the log as it closes. */
	sqlite3_close(c->db);
	pthread_mutex_destroy(&c->lock);
	pthread_cond_destroy(&c->wake);
	pthread_cond_destroy(&c->idle);
	free(c->path);
	free(c);
	tb->checkpointer = NULL;
}
