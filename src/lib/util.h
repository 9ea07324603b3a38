/*
 * util.h - the small helpers every stage needs: growing arrays, growing
 * strings, one hash. Internal to libshuyu, not part of its API.
 *
 * Ownership: a util_buf owns its memory; free(buf.s) releases it.
 */
#ifndef SHUYU_UTIL_H
#define SHUYU_UTIL_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "shuyu/error.h"

/* Anonymous memory of at least *size bytes (rounded up to 2 MB, the new
 * size in *size), aligned to 2 MB and advised for transparent huge pages,
 * where the kernel gives them; NULL when it cannot be had. munmap it. */
void *util_map_huge(size_t *size);

/* Make *pptr (an array of elem-sized items, capacity *cap) hold at least
 * need items, doubling. Returns 0, or -1 when out of memory. */
int util_grow(void *pptr, size_t *cap, size_t need, size_t elem);

/* Make *pptr (an array of elem-sized items) hold exactly n items: for
 * arrays that grow together under one capacity. Returns 0, or -1 when out
 * of memory (the array is then as it was). */
int util_resize(void *pptr, size_t n, size_t elem);

/* A growing NUL-terminated string. */
typedef struct util_buf {
	char *s;
	size_t len, cap;
} util_buf;

int util_buf_add(util_buf *b, const char *s, size_t n);  /* append n bytes */
int util_buf_set(util_buf *b, const char *s);            /* replace (NULL: empty) */
int util_buf_add_cp(util_buf *b, uint32_t c);            /* append a code point as UTF-8 */
const char *util_buf_str(const util_buf *b);             /* "" when empty */

/* FNV-1a, 64 bits: keys of in-memory tables and content fingerprints. */
#define UTIL_FNV_START 1469598103934665603ULL
uint64_t util_fnv1a(uint64_t h, const char *s, size_t n);

/* Read the whole file at path into *text (NUL-terminated, malloc'd; the
 * caller frees it) and its length into *len. SY_EIO naming the file, or
 * SY_ENOMEM. */
int util_read_file(const char *path, char **text, size_t *len, sy_error *err);

/* Find a data file that set-up fetched into build/DIR/NAME: the file
 * $ENV names when it is set, else DIR/NAME beside the program, in the
 * directory above it (a build inside the build directory, build/asan,
 * shares its copy), or ../share/shuyu/NAME where make install puts it.
 * The path goes into buf; when there is none, the error says
 * "MISSING (run scripts/setup.sh, or set ENV)". */
int util_find_data(char *buf, size_t size, const char *exe_dir, const char *env, const char *dir,
		   const char *name, const char *missing, sy_error *err);

/* Run fn on each of n tasks (size bytes each, at most 8): the first on
 * this thread, the others on threads of their own; a task whose thread
 * cannot start runs here too. */
void util_run_split(void *(*fn)(void *), void *tasks, size_t size, size_t n);

/*
 * A file read on a thread of its own (a dictionary that takes tens of
 * milliseconds to read, while the program does other work): start returns
 * at once, and wait, which every reader calls first, waits for the reading
 * to end and gives its result. The loader goes inside the object it fills:
 * load(arg, err) fills the object.
 */
typedef struct util_loader {
	int (*load)(void *arg, sy_error *err);
	void *arg;
	pthread_t thread;
	pthread_mutex_t lock;   /* between readers that wait */
	int started, threaded;  /* the lock is made; the thread runs */
	int status;             /* load's result */
	int ready;              /* read and written atomically */
	sy_error err;           /* load's error */
} util_loader;

/* Start load(arg) on a thread (where no thread can be had, it runs here,
 * now). */
void util_loader_start(util_loader *l, int (*load)(void *arg, sy_error *err), void *arg);
/* Wait for the reading to end: SY_OK, or load's error. At once for a
 * loader never started (all zero). */
int util_loader_wait(util_loader *l, sy_error *err);
/* Wait, then free what the loader holds (not what load filled). */
void util_loader_free(util_loader *l);

#endif
