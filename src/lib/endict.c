/*
 * endict.c - an English-Chinese dictionary (ECDICT's CSV) in memory. See
 * endict.h.
 *
 * The file is read once and what extraction needs is copied out of it: each
 * headword folded (lower case, accents and curly apostrophes taken off),
 * then its Chinese items, all NUL-terminated, the record closed by an empty
 * string. Of ECDICT's 66 MB that leaves the headwords with a Chinese item;
 * the file itself is freed. An open-addressing table of record offsets
 * finds a headword; a headword written twice (Act, act) has two records,
 * and a lookup returns the items of both.
 */
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "shuyu/endict.h"
#include "utf8.h"
#include "util.h"

struct sy_endict {
	util_buf store;  /* records: key \0 item \0 item \0 ... \0 */
	uint32_t *slots; /* offset of a record + 1; 0 = empty */
	void *map;       /* the cache file, when store and slots are in it */
	size_t map_len;
	size_t n_slots;  /* a power of two; at most three slots in four taken */
	size_t records;
	/* Loading in the background (sy_endict_open_background). */
	char *path;
	util_loader loader;
};

enum { KEY_MAX = 128, ITEM_MIN_CHARS = 2, ITEM_MAX_BYTES = 48 };

static const char header[] = "word,phonetic,definition,translation";

/* FNV-1a */
static uint32_t hash_of(const char *s, size_t n)
{
	return (uint32_t)util_fnv1a(UTIL_FNV_START, s, n);
}

void sy_endict_close(sy_endict *d)
{
	if (!d)
		return;
	util_loader_free(&d->loader);
	free(d->path);
	if (d->map) {
		munmap(d->map, d->map_len);
	} else {
		free(d->store.s);
		free(d->slots);
	}
	free(d);
}

/* The base letter of a Latin-1 letter with an accent (U+00C0..U+00FF), or 0. */
static char latin1_base(uint32_t c)
{
	static const char base[] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts" /* U+00C0..U+00DF */
				   "aaaaaaaceeeeiiiidnooooo/ouuuuyty"; /* U+00E0..U+00FF */
	char b;

	if (c < 0xC0 || c > 0xFF)
		return 0;
	b = base[c - 0xC0];
	return b == '*' || b == '/' ? 0 : b;
}

/*
 * Fold English s[0..n) into out (size bytes) as the table keys it: ASCII
 * lower case, accents off, curly apostrophes straight, runs of spaces as
 * one. Its length, or 0 when it holds anything else (a headword in another
 * script, a symbol) or does not fit.
 */
static size_t fold_key(const char *s, size_t n, char *out, size_t size)
{
	size_t i = 0, o = 0;

	while (i < n) {
		uint32_t c = utf8_next(s, n, &i);
		char b;
		if (c >= 'A' && c <= 'Z')
			b = (char)(c - 'A' + 'a');
		else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
			 c == '\'')
			b = (char)c;
		else if (c == 0x2019 || c == 0x2018)
			b = '\'';
		else if (c == ' ') {
			if (!o || out[o - 1] == ' ')
				continue;
			b = ' ';
		} else if (!(b = latin1_base(c)))
			return 0;
		if (o + 1 >= size)
			return 0;
		out[o++] = b;
	}
	while (o && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return o;
}

/* Does s[0..n) hold Han characters alone, at least ITEM_MIN_CHARS? */
static int han_item(const char *s, size_t n)
{
	size_t i = 0, chars = 0;

	while (i < n) {
		if (!is_han(utf8_next(s, n, &i)))
			return 0;
		chars++;
	}
	return chars >= ITEM_MIN_CHARS;
}

/* Remove the notes in brackets from s[0..n) into out: (), （）, <>, ＜＞, [],
 * 【】. The length kept; 0 when it does not fit. */
static size_t drop_notes(const char *s, size_t n, char *out, size_t size)
{
	size_t i = 0, o = 0;
	int depth = 0;

	while (i < n) {
		size_t at = i;
		uint32_t c = utf8_next(s, n, &i);
		if (c == '(' || c == 0xFF08 || c == '<' || c == 0xFF1C || c == '[' || c == 0x3010) {
			depth++;
			continue;
		}
		if (c == ')' || c == 0xFF09 || c == '>' || c == 0xFF1E || c == ']' || c == 0x3011) {
			if (depth)
				depth--;
			continue;
		}
		if (depth)
			continue;
		if (o + (i - at) >= size)
			return 0;
		memcpy(out + o, s + at, i - at);
		o += i - at;
	}
	return o;
}

/* Append item s[0..n) of a translation line to the store, if it is one. */
static int add_item(util_buf *store, const char *s, size_t n)
{
	char clean[ITEM_MAX_BYTES * 2];
	size_t k;

	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	k = drop_notes(s, n, clean, sizeof clean);
	if (!k || k > ITEM_MAX_BYTES)
		return 0;
	/* An adjective's 的, an adverb's 地: 不法的 is 不法. */
	if (k > 6 && (!memcmp(clean + k - 3, "的", 3) || !memcmp(clean + k - 3, "地", 3)))
		k -= 3;
	if (!han_item(clean, k))
		return 0;
	if (util_buf_add(store, clean, k) || util_buf_add(store, "", 1))
		return -1;
	return 1;
}

/* Add the items of one translation line s[0..n). */
static int add_line(util_buf *store, const char *s, size_t n, size_t *items)
{
	size_t i = 0, start;

	while (n && *s == ' ')
		s++, n--;
	if (n >= 2 && s[0] == '[') {
		const char *close = memchr(s, ']', n);
		if (close && (size_t)(close - s) == 7 && !memcmp(s + 1, "网络", 6))
			return 0; /* web translations: gathered, not edited */
		if (close) {
			n -= (size_t)(close + 1 - s);
			s = close + 1;
		}
	}
	/* A part of speech: letters and a full stop ("n. ", "vt. ", "adv. "). */
	while (i < n && s[i] >= 'a' && s[i] <= 'z')
		i++;
	if (i && i < n && s[i] == '.') {
		s += i + 1;
		n -= i + 1;
	}
	for (i = 0, start = 0; i <= n;) {
		size_t at = i;
		uint32_t c = i < n ? utf8_next(s, n, &i) : (i++, ',');
		if (c == ',' || c == ';' || c == 0xFF0C || c == 0xFF1B || c == 0x3001 || c == '/') {
			int rc = add_item(store, s + start, at - start);
			if (rc < 0)
				return -1;
			*items += (size_t)rc;
			start = i;
		}
	}
	return 0;
}

/* Add the items of a translation field f[0..n) (quotes undone). */
static int add_translations(util_buf *store, const char *f, size_t n, size_t *items)
{
	size_t start = 0, i;

	for (i = 0; i + 1 < n; i++)
		if (f[i] == '\\' && f[i + 1] == 'n') {
			if (add_line(store, f + start, i - start, items))
				return -1;
			start = i + 2;
			i++;
		}
	return add_line(store, f + start, n - start, items);
}

/*
 * Read one CSV field at text[*at..len): its bytes in field when keep (quotes
 * undone), and how it ended in *end: ',' another field follows,
 * '\n' the record ended, 0 the file ended. *line counts the newlines read.
 * -1 when a quoted field does not close.
 */
static int csv_field(const char *text, size_t len, size_t *at, util_buf *field, int keep, int *end,
		     size_t *line)
{
	size_t i = *at;

	field->len = 0;
	if (i < len && text[i] == '"') {
		size_t from = ++i;
		for (;;) {
			const char *q = memchr(text + i, '"', len - i), *nl;
			size_t qi;
			if (!q)
				return -1;
			qi = (size_t)(q - text);
			for (nl = text + i; (nl = memchr(nl, '\n', qi - (size_t)(nl - text))); nl++)
				++*line;
			if (qi + 1 < len && text[qi + 1] == '"') { /* "" is a quote */
				if (keep && util_buf_add(field, text + from, qi + 1 - from))
					return -2;
				i = from = qi + 2;
				continue;
			}
			if (keep && util_buf_add(field, text + from, qi - from))
				return -2;
			i = qi + 1;
			break;
		}
	} else {
		size_t from = i;
		while (i < len && text[i] != ',' && text[i] != '\n')
			i += text[i] ? strcspn(text + i, ",\n") : 1; /* a NUL in the file: past it */
		if (keep && util_buf_add(field, text + from, i - from))
			return -2;
	}
	/* A quoted field runs to the next comma or newline (a stray byte after
	 * the quote is dropped, as a lenient reader does). */
	while (i < len && text[i] != ',' && text[i] != '\n')
		i += text[i] ? strcspn(text + i, ",\n") : 1;
	if (i >= len)
		*end = 0;
	else
		*end = text[i];
	if (i < len)
		i++;
	*at = i;
	if (field->len && field->s[field->len - 1] == '\r')
		field->len--;
	return 0;
}

/*
 * Skip the rest of a record from text[*at]: to the first newline with an
 * even number of quotes before it (a quoted field holds its quotes in
 * pairs, "" included), and past it. *line counts the newlines inside
 * quotes. -1 when the file ends inside quotes.
 */
static int skip_record(const char *text, size_t len, size_t *at, size_t *line)
{
	size_t i = *at, quotes = 0;

	for (;;) {
		const char *nl = memchr(text + i, '\n', len - i), *q;
		size_t end = nl ? (size_t)(nl - text) : len;
		for (q = text + i; (q = memchr(q, '"', end - (size_t)(q - text))); q++)
			quotes++;
		if (!(quotes & 1)) {
			*at = end; /* the newline: the caller steps over it */
			return 0;
		}
		if (!nl)
			return -1;
		++*line;
		i = end + 1;
	}
}

static int fail(sy_endict *d, char *text, util_buf *field, sy_error *err, int code, const char *fmt,
		const char *path, size_t line)
{
	free(text);
	free(field->s);
	free(d->store.s);
	memset(&d->store, 0, sizeof d->store);
	d->records = 0;
	if (code == SY_ENOMEM)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	return sy_error_set(err, code, fmt, path, line);
}

/* Index the records of d->store: an open-addressing table of their offsets,
 * at most three slots in four taken. */
static int index_records(sy_endict *d)
{
	size_t at = 0, mask;

	for (d->n_slots = 1024; d->n_slots * 3 < 4 * d->records; d->n_slots *= 2)
		;
	d->slots = calloc(d->n_slots, sizeof(*d->slots));
	if (!d->slots)
		return -1;
	mask = d->n_slots - 1;
	while (at < d->store.len) {
		const char *key = d->store.s + at;
		size_t kn = strlen(key), i = hash_of(key, kn) & mask;
		while (d->slots[i])
			i = (i + 1) & mask;
		d->slots[i] = (uint32_t)at + 1;
		at += kn + 1;
		while (d->store.s[at]) /* the items */
			at += strlen(d->store.s + at) + 1;
		at++;
	}
	return 0;
}

/* Read the file at path into d (empty, allocated). On failure d holds
 * nothing and err says why. */
static int parse(sy_endict *d, const char *path, sy_error *err)
{
	char *text = NULL;
	size_t len = 0, at, line = 1;
	util_buf field = {0};
	int rc;

	if ((rc = util_read_file(path, &text, &len, err)))
		return rc;
	if (len < sizeof header - 1 || memcmp(text, header, sizeof header - 1))
		return fail(d, text, &field, err, SY_EINPUT,
			    "%s: line %zu is not ECDICT's header (word,phonetic,definition,translation,...)", path,
			    line);
	/* What is kept is less than half the file: room for it at once. */
	if (util_grow(&d->store.s, &d->store.cap, len / 2 + 1, 1))
		return fail(d, text, &field, err, SY_ENOMEM, "", path, line);
	{
		const char *nl = memchr(text, '\n', len);
		at = nl ? (size_t)(nl - text) + 1 : len;
	}
	line = 2;
	while (at < len) {
		char key[KEY_MAX];
		size_t kn = 0, record_at = d->store.len, items = 0, first_line = line;
		int end = ',', f;

		for (f = 0; end == ',' && f < 4; f++) {
			int r = csv_field(text, len, &at, &field, f == 0 || (f == 3 && kn), &end, &line);
			if (r == -1)
				return fail(d, text, &field, err, SY_EINPUT,
					    "%s: line %zu: a quoted field is not closed", path, first_line);
			if (r < 0)
				return fail(d, text, &field, err, SY_ENOMEM, "", path, line);
			if (f == 0) {
				kn = fold_key(field.s ? field.s : "", field.len, key, sizeof key);
				if (kn && (util_buf_add(&d->store, key, kn + 1)))
					return fail(d, text, &field, err, SY_ENOMEM, "", path, line);
			} else if (f == 3 && kn) {
				if (add_translations(&d->store, field.s ? field.s : "", field.len, &items))
					return fail(d, text, &field, err, SY_ENOMEM, "", path, line);
			}
		}
		if (end == ',') {
			if (skip_record(text, len, &at, &line))
				return fail(d, text, &field, err, SY_EINPUT,
					    "%s: line %zu: a quoted field is not closed", path, first_line);
			end = at < len ? '\n' : 0;
			at += at < len;
		}
		if (end == '\n')
			line++;
		if (!kn)
			continue;
		if (!items) {
			d->store.len = record_at; /* nothing Chinese to keep */
			continue;
		}
		if (util_buf_add(&d->store, "", 1))
			return fail(d, text, &field, err, SY_ENOMEM, "", path, line);
		d->records++;
		if (d->store.len >= UINT32_MAX)
			return fail(d, text, &field, err, SY_EINPUT, "%s: too large (line %zu)", path, line);
	}
	free(text);
	free(field.s);
	if (index_records(d)) {
		free(d->store.s);
		memset(&d->store, 0, sizeof d->store);
		d->records = 0;
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	}
	return SY_OK;
}

/*
 * The cache. Reading the CSV costs most of a second, every extraction; what
 * it yields (the store and its table) is written once to a file, then
 * mapped: a lookup reads only the pages it needs. The cache is told from a
 * stale one by the source's size and time of change, and by CACHE_VERSION,
 * which must change whenever what parse() keeps does. It lives beside the
 * source when that directory can be written (build/ecdict/), else in
 * $XDG_CACHE_HOME/shuyu or ~/.cache/shuyu; where neither can be, the CSV is
 * read each time, as before. Written under a temporary name and renamed,
 * so that a reader never maps half of one.
 */
enum { CACHE_VERSION = 1 };
static const char cache_magic[16] = "shuyu ecdict\n";

typedef struct cache_head {
	char magic[16];
	uint32_t version, pad;
	uint64_t source_size;
	int64_t source_sec, source_nsec;
	uint64_t records, n_slots, store_len;
} cache_head;

/* Where the cache of source path is: 0, or -1 when nowhere. */
static int cache_path(const char *path, char *buf, size_t size)
{
	char dir[PATH_MAX], full[PATH_MAX];
	const char *slash = strrchr(path, '/'), *base;
	int n;

	if (slash)
		n = snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), slash == path ? "/" : path);
	else
		n = snprintf(dir, sizeof dir, ".");
	if (n < 0 || (size_t)n >= sizeof dir)
		return -1;
	if (!access(dir, W_OK)) {
		n = snprintf(buf, size, "%s.shuyu-cache", path);
		return n < 0 || (size_t)n >= size ? -1 : 0;
	}
	/* Another user's copy (share/shuyu): a cache of one's own, named by
	 * the source's full path. */
	if (!realpath(path, full))
		return -1;
	base = getenv("XDG_CACHE_HOME");
	if (base && *base)
		n = snprintf(dir, sizeof dir, "%s/shuyu", base);
	else if ((base = getenv("HOME")) && *base)
		n = snprintf(dir, sizeof dir, "%s/.cache/shuyu", base);
	else
		return -1;
	if (n < 0 || (size_t)n >= sizeof dir)
		return -1;
	{
		char parent[PATH_MAX];
		snprintf(parent, sizeof parent, "%.*s", (int)(strrchr(dir, '/') - dir), dir);
		mkdir(parent, 0755);
		mkdir(dir, 0755);
	}
	n = snprintf(buf, size, "%s/ecdict-%016llx.cache", dir,
		     (unsigned long long)util_fnv1a(UTIL_FNV_START, full, strlen(full)));
	return n < 0 || (size_t)n >= size || access(dir, W_OK) ? -1 : 0;
}

/* Map the cache at path into d if it is the cache of a source as st
 * describes: 0, or -1 (d untouched). */
static int map_cache(sy_endict *d, const char *path, const struct stat *st)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat cs;
	const cache_head *h;
	void *map;

	if (fd < 0)
		return -1;
	if (fstat(fd, &cs) || (size_t)cs.st_size < sizeof *h) {
		close(fd);
		return -1;
	}
	map = mmap(NULL, (size_t)cs.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		return -1;
	h = map;
	if (memcmp(h->magic, cache_magic, sizeof cache_magic) || h->version != CACHE_VERSION ||
	    h->source_size != (uint64_t)st->st_size || h->source_sec != (int64_t)st->st_mtim.tv_sec ||
	    h->source_nsec != (int64_t)st->st_mtim.tv_nsec || h->n_slots == 0 ||
	    (h->n_slots & (h->n_slots - 1)) || h->n_slots > (uint64_t)cs.st_size ||
	    (uint64_t)cs.st_size != sizeof *h + h->n_slots * sizeof(uint32_t) + h->store_len ||
	    h->store_len < 2 || h->store_len >= UINT32_MAX || ((const char *)map)[cs.st_size - 1] != '\0' ||
	    ((const char *)map)[cs.st_size - 2] != '\0' || h->records >= h->n_slots) {
		munmap(map, (size_t)cs.st_size);
		return -1;
	}
	/* Every slot inside the store, which ends with an empty item list:
	 * then no lookup reads past it, whatever the file holds. */
	{
		const uint32_t *slot = (const uint32_t *)(h + 1);
		size_t i, empty = 0;
		for (i = 0; i < h->n_slots; i++) {
			empty += !slot[i];
			if (slot[i] > h->store_len) {
				munmap(map, (size_t)cs.st_size);
				return -1;
			}
		}
		if (!empty) { /* a full table: a lookup's probe would never end */
			munmap(map, (size_t)cs.st_size);
			return -1;
		}
	}
	d->map = map;
	d->map_len = (size_t)cs.st_size;
	d->records = (size_t)h->records;
	d->n_slots = (size_t)h->n_slots;
	d->slots = (uint32_t *)(h + 1);
	d->store.s = (char *)(d->slots + d->n_slots);
	d->store.len = d->store.cap = (size_t)h->store_len;
	return 0;
}

/* Write d's store and table to the cache at path; quietly nothing on failure. */
static void write_cache(const sy_endict *d, const char *path, const struct stat *st)
{
	char tmp[PATH_MAX + 32];
	cache_head h;
	FILE *f;
	int ok;

	memset(&h, 0, sizeof h);
	memcpy(h.magic, cache_magic, sizeof cache_magic);
	h.version = CACHE_VERSION;
	h.source_size = (uint64_t)st->st_size;
	h.source_sec = (int64_t)st->st_mtim.tv_sec;
	h.source_nsec = (int64_t)st->st_mtim.tv_nsec;
	h.records = d->records;
	h.n_slots = d->n_slots;
	h.store_len = d->store.len;
	if (snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid()) >= (int)sizeof tmp ||
	    !(f = fopen(tmp, "wb")))
		return;
	ok = fwrite(&h, sizeof h, 1, f) == 1 && fwrite(d->slots, sizeof(uint32_t), d->n_slots, f) == d->n_slots &&
	     fwrite(d->store.s, 1, d->store.len, f) == d->store.len;
	if (fclose(f) || !ok || rename(tmp, path))
		unlink(tmp);
}

/* Fill d from the cache of path, or read path and write the cache. */
static int load(sy_endict *d, const char *path, sy_error *err)
{
	char cache[PATH_MAX];
	struct stat st;
	int rc, cached;

	if (stat(path, &st))
		return sy_error_set(err, SY_EIO, "cannot open %s", path);
	cached = !cache_path(path, cache, sizeof cache);
	if (cached && !map_cache(d, cache, &st))
		return SY_OK;
	if ((rc = parse(d, path, err)))
		return rc;
	if (cached)
		write_cache(d, cache, &st);
	return SY_OK;
}

int sy_endict_open(sy_endict **out, const char *path, sy_error *err)
{
	sy_endict *d = calloc(1, sizeof(*d));
	int rc;

	*out = NULL;
	if (!d)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	if ((rc = load(d, path, err))) {
		free(d);
		return rc;
	}
	*out = d;
	return SY_OK;
}

static int load_path(void *arg, sy_error *err)
{
	sy_endict *d = arg;

	return load(d, d->path, err);
}

int sy_endict_open_background(sy_endict **out, const char *path, sy_error *err)
{
	sy_endict *d = calloc(1, sizeof(*d));

	*out = NULL;
	if (!d || !(d->path = strdup(path))) {
		free(d);
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	}
	util_loader_start(&d->loader, load_path, d);
	*out = d;
	return SY_OK;
}

int sy_endict_ready(const sy_endict *d, sy_error *err)
{
	/* The wait is the one change a reader makes. */
	return d ? util_loader_wait((util_loader *)&d->loader, err) : SY_OK;
}

size_t sy_endict_size(const sy_endict *d)
{
	return d && !sy_endict_ready(d, NULL) ? d->records : 0;
}

size_t sy_endict_lookup(const sy_endict *d, const char *en, size_t len, const char **zh, size_t max)
{
	char key[KEY_MAX];
	size_t kn, mask, i, found = 0;

	if (!d || sy_endict_ready(d, NULL) || !d->records || !(kn = fold_key(en, len, key, sizeof key)))
		return 0;
	mask = d->n_slots - 1;
	for (i = hash_of(key, kn) & mask; d->slots[i]; i = (i + 1) & mask) {
		const char *rec = d->store.s + d->slots[i] - 1;
		if (strcmp(rec, key))
			continue;
		for (rec += kn + 1; *rec; rec += strlen(rec) + 1)
			if (found++ < max)
				zh[found - 1] = rec;
	}
	return found;
}

int sy_endict_find_path(char *buf, size_t size, const char *exe_dir, sy_error *err)
{
	return util_find_data(buf, size, exe_dir, "SHUYU_ECDICT", "ecdict", "ecdict.csv",
			      "the English-Chinese dictionary (ECDICT) was not found", err);
}
