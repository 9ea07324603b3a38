/*
 * util.c - see util.h.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

int util_grow(void *pptr, size_t *cap, size_t need, size_t elem)
{
	void **p = pptr;
	size_t n = *cap ? *cap : 64;
	void *q;

	if (need <= *cap)
		return 0;
	while (n < need)
		n *= 2;
	q = realloc(*p, n * elem);
	if (!q)
		return -1;
	*p = q;
	*cap = n;
	return 0;
}

int util_resize(void *pptr, size_t n, size_t elem)
{
	void **p = pptr, *q = realloc(*p, n * elem);

	if (!q)
		return -1;
	*p = q;
	return 0;
}

int util_buf_add(util_buf *b, const char *s, size_t n)
{
	if (util_grow(&b->s, &b->cap, b->len + n + 1, 1))
		return -1;
	if (n)
		memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
	return 0;
}

int util_buf_set(util_buf *b, const char *s)
{
	b->len = 0;
	return util_buf_add(b, s ? s : "", s ? strlen(s) : 0);
}

int util_buf_add_cp(util_buf *b, uint32_t c)
{
	char u[4];
	size_t n;

	if (c < 0x80) {
		u[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		u[0] = (char)(0xC0 | (c >> 6));
		u[1] = (char)(0x80 | (c & 0x3F));
		n = 2;
	} else if (c < 0x10000) {
		u[0] = (char)(0xE0 | (c >> 12));
		u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		u[2] = (char)(0x80 | (c & 0x3F));
		n = 3;
	} else {
		u[0] = (char)(0xF0 | (c >> 18));
		u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
		u[3] = (char)(0x80 | (c & 0x3F));
		n = 4;
	}
	return util_buf_add(b, u, n);
}

const char *util_buf_str(const util_buf *b)
{
	return b->s ? b->s : "";
}

uint64_t util_fnv1a(uint64_t h, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

/* buf = a + b + c, when it fits and names a readable file. */
static int try_path(char *buf, size_t size, const char *a, const char *b, const char *c)
{
	int n = snprintf(buf, size, "%s%s%s", a, b, c);

	return n > 0 && (size_t)n < size && access(buf, R_OK) == 0;
}

int util_read_file(const char *path, char **text, size_t *len, sy_error *err)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	long size;

	if (!f)
		return sy_error_set(err, SY_EIO, "cannot open %s", path);
	/* A directory opens, and its "size" is the largest offset there is. */
	if (fstat(fileno(f), &st) || !S_ISREG(st.st_mode)) {
		fclose(f);
		return sy_error_set(err, SY_EIO, "cannot read %s: not a file", path);
	}
	if (fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) {
		fclose(f);
		return sy_error_set(err, SY_EIO, "cannot read %s", path);
	}
	*text = malloc((size_t)size + 1);
	if (!*text) {
		fclose(f);
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	}
	if (fread(*text, 1, (size_t)size, f) != (size_t)size) {
		fclose(f);
		free(*text);
		return sy_error_set(err, SY_EIO, "cannot read %s", path);
	}
	fclose(f);
	(*text)[size] = '\0';
	*len = (size_t)size;
	return SY_OK;
}

int util_find_data(char *buf, size_t size, const char *exe_dir, const char *env, const char *dir,
		   const char *name, const char *missing, sy_error *err)
{
	const char *path = getenv(env);
	char beside[128], above[128];

	if (path && *path) {
		if (try_path(buf, size, path, "", ""))
			return SY_OK;
		return sy_error_set(err, SY_EINPUT, "%s names %s, which cannot be read", env, path);
	}
	snprintf(beside, sizeof(beside), "/%s/", dir);
	snprintf(above, sizeof(above), "/../%s/", dir);
	if (exe_dir && *exe_dir &&
	    (try_path(buf, size, exe_dir, beside, name) || try_path(buf, size, exe_dir, above, name) ||
	     try_path(buf, size, exe_dir, "/../share/shuyu/", name)))
		return SY_OK;
	return sy_error_set(err, SY_EINPUT, "%s (run scripts/setup.sh, or set %s)", missing, env);
}

static void *loader_thread(void *arg)
{
	util_loader *l = arg;

	l->status = l->load(l->arg, &l->err);
	return NULL;
}

void util_loader_start(util_loader *l, int (*load)(void *arg, sy_error *err), void *arg)
{
	memset(l, 0, sizeof(*l));
	l->load = load;
	l->arg = arg;
	pthread_mutex_init(&l->lock, NULL);
	l->started = 1;
	l->threaded = pthread_create(&l->thread, NULL, loader_thread, l) == 0;
	if (!l->threaded) /* no thread to be had: read it now */
		l->status = load(arg, &l->err);
}

int util_loader_wait(util_loader *l, sy_error *err)
{
	if (l->started && !__atomic_load_n(&l->ready, __ATOMIC_ACQUIRE)) {
		pthread_mutex_lock(&l->lock);
		if (!l->ready) {
			if (l->threaded)
				pthread_join(l->thread, NULL);
			l->threaded = 0;
			__atomic_store_n(&l->ready, 1, __ATOMIC_RELEASE);
		}
		pthread_mutex_unlock(&l->lock);
	}
	if (l->status)
		return sy_error_set(err, l->status, "%s", l->err.message);
	return SY_OK;
}

void util_loader_free(util_loader *l)
{
	util_loader_wait(l, NULL);
	if (l->started)
		pthread_mutex_destroy(&l->lock);
	memset(l, 0, sizeof(*l));
}

void util_run_split(void *(*fn)(void *), void *tasks, size_t size, size_t n)
{
	pthread_t threads[8];
	int started[8] = {0};
	char *task = tasks;
	size_t t;

	if (n > 8)
		n = 8;
	for (t = 1; t < n; t++)
		started[t] = pthread_create(&threads[t], NULL, fn, task + t * size) == 0;
	if (n)
		fn(task);
	for (t = 1; t < n; t++) {
		if (started[t])
			pthread_join(threads[t], NULL);
		else
			fn(task + t * size);
	}
}

#define HUGE_PAGE ((size_t)2 << 20)

void *util_map_huge(size_t *size)
{
	size_t want = *size ? (*size + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1) : HUGE_PAGE, lead;
	char *at = mmap(NULL, want + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
			-1, 0);

	if (at == MAP_FAILED)
		return NULL;
	/* Trim the mapping to an aligned start and the rounded length. */
	lead = (HUGE_PAGE - ((uintptr_t)at & (HUGE_PAGE - 1))) & (HUGE_PAGE - 1);
	if (lead)
		munmap(at, lead);
	munmap(at + lead + want, HUGE_PAGE - lead);
	at += lead;
#ifdef MADV_HUGEPAGE
	madvise(at, want, MADV_HUGEPAGE);
#endif
	*size = want;
	return at;
}
