/*
 * matcher.c - the termbase's term keys in memory, found in folded text.
 * See matcher.h.
 *
 * The keys' text is one block. Four open-addressing tables index it: for
 * each language, the keys (each to its term ids) and the first two units
 * of the longer keys (each to the lengths of the keys that begin with
 * them). A slot is 8 bytes (32 bits of the hash, an entry number), an
 * entry 16, and each table has a filter of 8 bits per entry in front (three set for each): a
 * million terms take about 77 MB, where 64-byte entries in the slots took
 * 350 and entries of 24 bytes 89.
 * There are only arrays and offsets, no pointers, so the matcher goes into
 * the file as it is and comes back with one read per array.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "matcher.h"
#include "utf8.h"
#include "util.h"

#define MAX_UNITS 63 /* characters (Chinese) or words (English) in a key */

typedef struct slot {
	uint32_t tag;   /* the hash's high half: a probe that misses reads no entry */
	uint32_t entry; /* the entry's number + 1; 0: empty */
} slot;

/* How both kinds of entry begin. An entry keeps no hash: the slot's tag
 * has 32 bits of it, and whatever else is needed (a table refitted, its
 * filter) is hashed again from the text, where entries of 24 bytes with
 * the whole hash made a third of the 89 MB a merge reads back (stop 44). */
typedef struct head {
	uint32_t key, len; /* where in the matcher's text */
} head;

typedef struct key_entry {
	head h;
	uint32_t ids, n_ids; /* the terms with this key: ids[ids .. ids + n_ids) */
} key_entry;

typedef struct prefix_entry {
	head h;
	uint64_t mask; /* bit n: some key of n units begins with this prefix */
} prefix_entry;

typedef struct table {
	slot *slots;
	size_t n_slots; /* a power of two, or 0 */
	void *entries;  /* key_entry or prefix_entry, size bytes each */
	size_t n_entries, size;
	/* Three bits per hash of each entry, eight bits per entry: most places in
	 * a text begin no key, and most lengths tried there end none, and
	 * this answers them from a few hundred kilobytes instead of a probe
	 * into tables of a hundred megabytes. */
	uint64_t *filter;
	size_t filter_words; /* a power of two, or 0 */
} table;

struct matcher {
	/* Read back from the file (matcher_read): every array below lies in
	 * this one mapping, and goes with it; built: each array is malloc'd. */
	void *block;
	size_t block_size;
	char *text;
	size_t text_len;
	int64_t *ids;
	size_t n_ids;        /* also the number of keys read */
	table keys[2];       /* [0] Chinese, [1] English */
	table prefixes[2];
};

/* ---- tables ------------------------------------------------------------------------ */

static head *entry_at(const table *t, size_t k)
{
	return (head *)((char *)t->entries + k * t->size);
}

/* A key's place in its table's filter: a word, and three bits in it. The
 * word is chosen by some bits of the hash and the bits by others, so that
 * a probe reads one word, and a key absent from the table passes about one
 * time in twenty-five where one bit a key let one in eight through. */
static size_t filter_word(const table *t, uint64_t hash)
{
	return (size_t)(hash >> 20) & (t->filter_words - 1);
}

static uint64_t filter_bits(uint64_t hash)
{
	return 1ULL << (hash >> 46 & 63) | 1ULL << (hash >> 52 & 63) | 1ULL << (hash >> 58);
}

static const head *table_find(const table *t, const char *text, const char *key, size_t len,
			      uint64_t hash)
{
	uint32_t tag = (uint32_t)(hash >> 32);
	size_t mask, i, b;

	if (!t->n_slots)
		return NULL;
	b = filter_word(t, hash);
	if ((t->filter[b] & filter_bits(hash)) != filter_bits(hash))
		return NULL;
	mask = t->n_slots - 1;
	for (i = hash & mask; t->slots[i].entry; i = (i + 1) & mask) {
		const head *h;
		if (t->slots[i].tag != tag)
			continue;
		h = entry_at(t, t->slots[i].entry - 1);
		if (h->len == len && !memcmp(text + h->key, key, len))
			return h;
	}
	return NULL;
}

/* Room for up to n entries of size bytes, in slots kept under half full. */
static int table_init(table *t, size_t n, size_t size)
{
	size_t slots = 16;

	t->size = size;
	if (!n)
		return 0;
	while (slots < n * 2)
		slots *= 2;
	t->slots = calloc(slots, sizeof(*t->slots));
	t->entries = malloc(n * size);
	if (!t->slots || !t->entries)
		return -1;
	t->n_slots = slots;
	return 0;
}

/* The entry for key, added (zeroed) if it is new; *fresh says which.
 * table_init made room for every key the caller adds. */
static head *table_add(table *t, const char *text, uint32_t key, uint32_t len, uint64_t hash,
		       int *fresh)
{
	uint32_t tag = (uint32_t)(hash >> 32);
	size_t mask = t->n_slots - 1, i;
	head *h;

	for (i = hash & mask; t->slots[i].entry; i = (i + 1) & mask) {
		h = entry_at(t, t->slots[i].entry - 1);
		if (t->slots[i].tag == tag && h->len == len && !memcmp(text + h->key, text + key, len)) {
			*fresh = 0;
			return h;
		}
	}
	h = entry_at(t, t->n_entries);
	memset(h, 0, t->size);
	h->key = key;
	h->len = len;
	t->slots[i].tag = tag;
	t->slots[i].entry = (uint32_t)++t->n_entries;
	*fresh = 1;
	return h;
}

/*
 * Slots for the entries a table ended up with. table_init sized it for one
 * entry per key, but keys share their first two units: in the bench's
 * million terms, 13,000 Chinese prefixes took a million slots (8 MB of the
 * 96 MB every merge reads back). Each entry's key is hashed again from
 * the text.
 */
static uint64_t entry_hash(const table *t, const char *text, size_t k)
{
	const head *h = entry_at(t, k);

	return util_fnv1a(UTIL_FNV_START, text + h->key, h->len);
}

static int table_fit(table *t, const char *text)
{
	size_t slots = 16, mask, k, i;
	slot *fresh;
	void *entries;

	while (slots < t->n_entries * 2)
		slots *= 2;
	if (slots >= t->n_slots)
		return 0;
	if (!(fresh = calloc(slots, sizeof(*fresh))))
		return -1;
	mask = slots - 1;
	for (k = 0; k < t->n_entries; k++) {
		uint64_t hash = entry_hash(t, text, k);
		for (i = hash & mask; fresh[i].entry; i = (i + 1) & mask)
			;
		fresh[i].tag = (uint32_t)(hash >> 32);
		fresh[i].entry = (uint32_t)k + 1;
	}
	free(t->slots);
	t->slots = fresh;
	t->n_slots = slots;
	if ((entries = realloc(t->entries, (t->n_entries ? t->n_entries : 1) * t->size)))
		t->entries = entries;
	return 0;
}

static void table_free(table *t)
{
	free(t->slots);
	free(t->entries);
	free(t->filter);
	memset(t, 0, sizeof(*t));
}

static void matcher_free(matcher *m)
{
	int l;

	if (!m)
		return;
	if (m->block) {
		munmap(m->block, m->block_size);
		free(m);
		return;
	}
	free(m->text);
	free(m->ids);
	for (l = 0; l < 2; l++) {
		table_free(&m->keys[l]);
		table_free(&m->prefixes[l]);
	}
	free(m);
}

void tb_matcher_drop(sy_termbase *tb)
{
	matcher_free(tb->matcher);
	tb->matcher = NULL;
	tb->matcher_cached = 0;
}

/* ---- building it from the terms ---------------------------------------------------- */

/* Units in a key and the length in bytes of its first two (or one). */
static size_t key_units(int english, const char *key, size_t len, size_t *first_len)
{
	size_t units = 0, i = 0;

	*first_len = len;
	if (english) {
		for (i = 0; i < len; i++)
			if (key[i] == ' ' && ++units == 2)
				*first_len = i;
		return len ? units + 1 : 0;
	}
	while (i < len) {
		utf8_next(key, len, &i);
		if (++units == 2)
			*first_len = i;
	}
	return units;
}

/* A term as read, before it goes into the tables. */
typedef struct row {
	uint64_t hash, first_hash;
	int64_t id;
	uint32_t key, len, first_len;
	uint32_t entry; /* its key's entry in keys[english] */
	uint8_t english, units;
} row;

/* Sort the (slot << 32 | row) words: three passes of eleven bits over the
 * slot, which is below 2^33 only in a table of four billion keys. */
static int radix_sort(uint64_t **v, size_t n)
{
	uint64_t *from = *v, *to = malloc((n ? n : 1) * sizeof(*to)), *swap;
	int pass;

	if (!to)
		return -1;
	for (pass = 0; pass < 3; pass++) {
		size_t count[2049] = {0}, i;
		int shift = 32 + pass * 11;
		for (i = 0; i < n; i++)
			count[((from[i] >> shift) & 2047) + 1]++;
		for (i = 1; i < 2049; i++)
			count[i] += count[i - 1];
		for (i = 0; i < n; i++)
			to[count[(from[i] >> shift) & 2047]++] = from[i];
		swap = from;
		from = to;
		to = swap;
	}
	free(to);
	*v = from;
	return 0;
}

/*
 * Put one language's keys (or their prefixes) into a table in the order
 * of the slots they hash to: a million keys inserted as they come touch
 * the slots at random, a cache miss each; in slot order the walk is
 * sequential.
 */
static int fill_table(matcher *m, row *rows, size_t n, int english, int prefixes)
{
	table *t = prefixes ? &m->prefixes[english] : &m->keys[english];
	uint64_t *order;
	size_t k, count = 0;

	if (!t->n_slots)
		return 0;
	order = malloc((n ? n : 1) * sizeof(*order));
	if (!order)
		return -1;
	/* A key of one unit has no prefix to look up: it is looked up itself. */
	for (k = 0; k < n; k++)
		if (rows[k].english == english && (!prefixes || rows[k].units >= 2))
			order[count++] =
				(((prefixes ? rows[k].first_hash : rows[k].hash) & (t->n_slots - 1)) << 32) | k;
	if (radix_sort(&order, count)) {
		free(order);
		return -1;
	}
	for (k = 0; k < count; k++) {
		row *r = &rows[order[k] & 0xFFFFFFFFu];
		int fresh;
		head *h = prefixes ? table_add(t, m->text, r->key, r->first_len, r->first_hash, &fresh)
				   : table_add(t, m->text, r->key, r->len, r->hash, &fresh);
		if (prefixes) {
			((prefix_entry *)h)->mask |= 1ULL << r->units;
		} else {
			((key_entry *)h)->n_ids++;
			r->entry = (uint32_t)(((char *)h - (char *)t->entries) / t->size);
		}
	}
	free(order);
	return 0;
}

static int filter_build(table *t, const char *text)
{
	size_t bits = 1 << 12, k;

	if (!t->n_slots)
		return 0;
	while (bits < t->n_entries * 8)
		bits <<= 1;
	if (!(t->filter = calloc(bits / 64, sizeof(uint64_t))))
		return -1;
	t->filter_words = bits / 64;
	for (k = 0; k < t->n_entries; k++) {
		uint64_t hash = entry_hash(t, text, k);
		t->filter[filter_word(t, hash)] |= filter_bits(hash);
	}
	return 0;
}

/* Read every term's key; build the tables. */
static int matcher_build(sy_termbase *tb, matcher *m, sy_error *err)
{
	sqlite3_stmt *st;
	row *rows = NULL;
	size_t n = 0, cap = 0, text_cap = 0, per_lang[2] = {0, 0}, k, next;
	int rc = tb_prepare(tb, &st, "SELECT id, lang, key FROM term", err), step = SQLITE_DONE, l;

	if (rc)
		return rc;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *key = (const char *)sqlite3_column_text(st, 2);
		size_t len = (size_t)sqlite3_column_bytes(st, 2), first_len, units;
		int english = !strcmp((const char *)sqlite3_column_text(st, 1), "en");
		row *r;

		units = key_units(english, key, len, &first_len);
		if (!units || units > MAX_UNITS)
			continue;
		if (n >= 0xFFFFFFFFu || m->text_len + len >= 0xFFFFFFFFu) {
			rc = sy_error_set(err, SY_EINPUT, "%s: too many terms to look for at once",
					  tb->path);
			break;
		}
		if (util_grow(&rows, &cap, n + 1, sizeof(*rows)) ||
		    util_grow(&m->text, &text_cap, m->text_len + len, 1))
			break;
		r = &rows[n++];
		memcpy(m->text + m->text_len, key, len);
		r->key = (uint32_t)m->text_len;
		m->text_len += len;
		r->id = sqlite3_column_int64(st, 0);
		r->len = (uint32_t)len;
		r->first_len = (uint32_t)first_len;
		r->english = (uint8_t)english;
		r->units = (uint8_t)units;
		r->hash = util_fnv1a(UTIL_FNV_START, key, len);
		r->first_hash = util_fnv1a(UTIL_FNV_START, key, first_len);
		per_lang[english]++;
	}
	sqlite3_finalize(st);
	if (!rc && step != SQLITE_DONE)
		rc = step == SQLITE_ROW ? sy_error_set(err, SY_ENOMEM, "out of memory")
					: tb_sql_error(tb, err, "reading the terms");
	for (l = 0; l < 2 && !rc; l++)
		if (table_init(&m->keys[l], per_lang[l], sizeof(key_entry)) ||
		    table_init(&m->prefixes[l], per_lang[l], sizeof(prefix_entry)) ||
		    fill_table(m, rows, n, l, 0) || fill_table(m, rows, n, l, 1) ||
		    table_fit(&m->prefixes[l], m->text) || filter_build(&m->keys[l], m->text) ||
		    filter_build(&m->prefixes[l], m->text))
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
	/* Each key's terms side by side in ids[], in the order read. */
	if (!rc && !(m->ids = malloc((n ? n : 1) * sizeof(*m->ids))))
		rc = sy_error_set(err, SY_ENOMEM, "out of memory");
	if (!rc) {
		m->n_ids = n;
		for (l = 0, next = 0; l < 2; l++)
			for (k = 0; k < m->keys[l].n_entries; k++) {
				key_entry *e = (key_entry *)entry_at(&m->keys[l], k);
				e->ids = (uint32_t)next;
				next += e->n_ids;
				e->n_ids = 0;
			}
		for (k = 0; k < n; k++) {
			key_entry *e = (key_entry *)entry_at(&m->keys[rows[k].english], rows[k].entry);
			m->ids[e->ids + e->n_ids++] = rows[k].id;
		}
	}
	free(rows);
	return rc;
}

/* ---- the copy in the file ------------------------------------------------------------ */

/*
 * The blob: a header, then each array in the order parts() lists them, each
 * padded to 8 bytes. Written and read on the same kind of machine; a blob
 * from another (byte order, entry sizes) is not used, only rebuilt.
 */
/* Earlier layouts, rebuilt when met: m1 had a slot per key in the prefix
 * tables and no filter on the key tables; m2 put one-unit keys in the
 * prefix tables. */
#define CACHE_MAGIC "shuyu-m4"

typedef struct cache_head {
	char magic[8];
	uint32_t byte_order; /* 0x01020304 as this machine writes it */
	uint32_t sizes;      /* sizeof(key_entry) << 16 | sizeof(prefix_entry) */
	uint64_t text_len, n_ids;
	uint64_t n_slots[4], n_entries[4], filter_words[4];
} cache_head;

typedef struct part {
	void **at;
	size_t size;
} part;

static table *table_no(matcher *m, int k)
{
	return k & 1 ? &m->prefixes[k / 2] : &m->keys[k / 2];
}

#define N_PARTS 14

static void parts(matcher *m, part *p)
{
	int k, n = 0;

	p[n++] = (part){(void **)&m->text, m->text_len};
	p[n++] = (part){(void **)&m->ids, m->n_ids * sizeof(*m->ids)};
	for (k = 0; k < 4; k++) {
		table *t = table_no(m, k);
		p[n++] = (part){(void **)&t->slots, t->n_slots * sizeof(slot)};
		p[n++] = (part){&t->entries, t->n_entries * t->size};
		p[n++] = (part){(void **)&t->filter, t->filter_words * sizeof(uint64_t)};
	}
}

static size_t padded(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

int matcher_save(sy_termbase *tb, sy_error *err)
{
	matcher *m = tb->matcher;
	part p[N_PARTS];
	cache_head h;
	sqlite3_stmt *st;
	sqlite3_blob *blob = NULL;
	size_t total = sizeof(h), at;
	int k, rc;

	if (!m || tb->matcher_cached || m->n_ids < tb->matcher_cache_min)
		return SY_OK;
	memset(&h, 0, sizeof(h));
	memcpy(h.magic, CACHE_MAGIC, 8);
	h.byte_order = 0x01020304;
	h.sizes = (uint32_t)(sizeof(key_entry) << 16 | sizeof(prefix_entry));
	h.text_len = m->text_len;
	h.n_ids = m->n_ids;
	for (k = 0; k < 4; k++) {
		h.n_slots[k] = table_no(m, k)->n_slots;
		h.n_entries[k] = table_no(m, k)->n_entries;
		h.filter_words[k] = table_no(m, k)->filter_words;
	}
	parts(m, p);
	for (k = 0; k < N_PARTS; k++)
		total += padded(p[k].size);
	if (total > 0x7FFFFFFF)
		return SY_OK; /* past what a blob holds: built each time instead */
	rc = tb_prepare(tb, &st,
			"INSERT OR REPLACE INTO matcher_cache (id, terms, data) VALUES (1, ?, zeroblob(?))",
			err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, (sqlite3_int64)m->n_ids);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)total);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "keeping the term matcher");
	sqlite3_finalize(st);
	if (!rc && sqlite3_blob_open(tb->db, "main", "matcher_cache", "data", 1, 1, &blob) != SQLITE_OK)
		rc = tb_sql_error(tb, err, "keeping the term matcher");
	if (!rc && sqlite3_blob_write(blob, &h, sizeof(h), 0) != SQLITE_OK)
		rc = tb_sql_error(tb, err, "keeping the term matcher");
	for (k = 0, at = sizeof(h); !rc && k < N_PARTS; at += padded(p[k].size), k++)
		if (p[k].size && sqlite3_blob_write(blob, *p[k].at, (int)p[k].size, (int)at) != SQLITE_OK)
			rc = tb_sql_error(tb, err, "keeping the term matcher");
	sqlite3_blob_close(blob);
	if (!rc)
		tb->matcher_cached = 1;
	return rc;
}

/* Is what was read a matcher every probe can trust to stay in bounds? */
static int cache_sane(const matcher *m)
{
	size_t k, i;

	for (k = 0; k < 4; k++) {
		const table *t = table_no((matcher *)m, (int)k);
		size_t used = 0;
		if (t->n_slots & (t->n_slots - 1) || t->n_entries > t->n_slots)
			return 0;
		for (i = 0; i < t->n_slots; i++) {
			if (t->slots[i].entry > t->n_entries)
				return 0;
			used += t->slots[i].entry > 0;
		}
		if (t->n_slots && used == t->n_slots)
			return 0; /* a probe for a key not there would never end */
		if (t->filter_words & (t->filter_words - 1) || (!t->filter_words && t->n_slots))
			return 0;
		for (i = 0; i < t->n_entries; i++) {
			const head *h = entry_at(t, i);
			if ((uint64_t)h->key + h->len > m->text_len)
				return 0;
			if (!(k & 1) && (uint64_t)((const key_entry *)h)->ids +
							 ((const key_entry *)h)->n_ids > m->n_ids)
				return 0;
		}
	}
	return 1;
}

/*
 * Read the file's copy into m. Returns 1 when m holds it, 0 when there is
 * none or it cannot be used (m is then as it was: empty).
 *
 * The blob's pages come through SQLite's page cache one at a time (Debian's
 * SQLite is built without SQLITE_DIRECT_OVERFLOW_READ). With the cache at
 * its 64 MB, each of the 22,000 pages of a million terms' matcher took a
 * fresh allocation and pushed out a page the merge would read again; with
 * a cache of a few pages for the read, the same few buffers come round
 * again: 95-104 ms became 66-78 (docs/notes-termbase.md). The arrays are
 * read in one call into one mapping in huge pages (util_map_huge), laid
 * out as in the blob: filling 90 MB of fresh 4 KB pages took a page fault
 * each, 22,000 of them, which on a virtual machine were a third of a
 * merge's first document (docs/notes-termbase.md, stop 29).
 */
static int matcher_read(sy_termbase *tb, matcher *m)
{
	sqlite3_blob *blob = NULL;
	cache_head h;
	part p[N_PARTS];
	size_t total = sizeof(h), at;
	int k, ok = 0;
	long long pages = tb_number(tb, "PRAGMA cache_size", 0);
	char sql[64];

	if (pages)
		sqlite3_exec(tb->db, "PRAGMA cache_size = 8", NULL, NULL, NULL);
	if (sqlite3_blob_open(tb->db, "main", "matcher_cache", "data", 1, 0, &blob) != SQLITE_OK)
		goto done;
	if ((size_t)sqlite3_blob_bytes(blob) < sizeof(h) ||
	    sqlite3_blob_read(blob, &h, sizeof(h), 0) != SQLITE_OK || memcmp(h.magic, CACHE_MAGIC, 8) ||
	    h.byte_order != 0x01020304 ||
	    h.sizes != (uint32_t)(sizeof(key_entry) << 16 | sizeof(prefix_entry)))
		goto done;
	m->text_len = (size_t)h.text_len;
	m->n_ids = (size_t)h.n_ids;
	for (k = 0; k < 4; k++) {
		table *t = table_no(m, k);
		t->size = k & 1 ? sizeof(prefix_entry) : sizeof(key_entry);
		t->n_slots = (size_t)h.n_slots[k];
		t->n_entries = (size_t)h.n_entries[k];
		t->filter_words = (size_t)h.filter_words[k];
		if (h.n_slots[k] > 0x7FFFFFFF || h.n_entries[k] > 0x7FFFFFFF ||
		    h.filter_words[k] > 0x7FFFFFFF)
			goto done;
	}
	if (h.text_len > 0x7FFFFFFF || h.n_ids > 0x7FFFFFFF)
		goto done;
	parts(m, p);
	for (k = 0; k < N_PARTS; k++)
		total += padded(p[k].size);
	if (total != (size_t)sqlite3_blob_bytes(blob))
		goto done;
	m->block_size = total - sizeof(h);
	if (!(m->block = util_map_huge(&m->block_size)))
		goto done;
	if (total > sizeof(h) &&
	    sqlite3_blob_read(blob, m->block, (int)(total - sizeof(h)), (int)sizeof(h)) != SQLITE_OK)
		goto done;
	for (k = 0, at = 0; k < N_PARTS; at += padded(p[k].size), k++)
		*p[k].at = (char *)m->block + at;
	ok = cache_sane(m);
done:
	sqlite3_blob_close(blob);
	if (pages) {
		snprintf(sql, sizeof sql, "PRAGMA cache_size = %lld", pages);
		sqlite3_exec(tb->db, sql, NULL, NULL, NULL);
	}
	if (!ok) {
		if (m->block)
			munmap(m->block, m->block_size);
		memset(m, 0, sizeof(*m));
	}
	return ok;
}

/* ---- the handle's matcher ---------------------------------------------------------- */

/* Is the handle's matcher that of the terms now, version being the
 * connection's data_version (another connection's commit changes it)? */
static int matcher_is_current(const sy_termbase *tb, long long version)
{
	return tb->matcher && version >= 0 && version == tb->matcher_data_version &&
	       tb->terms_changed == tb->matcher_terms_changed;
}

int matcher_current(sy_termbase *tb)
{
	return matcher_is_current(tb, tb_number(tb, "PRAGMA data_version", -1));
}

int matcher_get(sy_termbase *tb, matcher **out, sy_error *err)
{
	long long version = tb_number(tb, "PRAGMA data_version", -1);
	matcher *m;
	int rc = SY_OK, cached;

	if (matcher_is_current(tb, version)) {
		*out = tb->matcher;
		return SY_OK;
	}
	tb_matcher_drop(tb);
	m = calloc(1, sizeof(*m));
	if (!m)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	cached = matcher_read(tb, m);
	if (!cached)
		rc = matcher_build(tb, m, err);
	if (rc) {
		matcher_free(m);
		return rc;
	}
	tb->matcher = m;
	tb->matcher_cached = cached;
	tb->matcher_data_version = version;
	tb->matcher_terms_changed = tb->terms_changed;
	*out = m;
	return SY_OK;
}

int matcher_has_keys(const matcher *m, int english)
{
	return m->keys[english].n_entries > 0;
}

/* ---- finding keys in a text ---------------------------------------------------------- */

static int found_add(found *f, const int64_t *ids, size_t n)
{
	size_t i, k;

	for (k = 0; k < n; k++) {
		for (i = 0; i < f->count; i++)
			if (f->ids[i] == ids[k])
				break;
		if (i < f->count)
			continue;
		if (util_grow(&f->ids, &f->cap, f->count + 1, sizeof(*f->ids)))
			return -1;
		f->ids[f->count++] = (long)ids[k];
	}
	return 0;
}

/* Which lengths of key begin with this two-unit prefix, whose hash is h
 * (0: none). */
static uint64_t prefix_mask(const matcher *m, int english, const char *key, size_t len, uint64_t h)
{
	const head *e = table_find(&m->prefixes[english], m->text, key, len, h);

	return e ? ((const prefix_entry *)e)->mask : 0;
}

/* A key found: its terms, and the key itself when the caller keeps them. */
static int found_key(const matcher *m, found *out, const key_entry *e)
{
	if (found_add(out, m->ids + e->ids, e->n_ids))
		return -1;
	return out->keys ? tb_keys_add(out->keys, m->text + e->h.key, e->h.len) : 0;
}

int tb_keys_add(tb_keys *k, const char *key, size_t len)
{
	if (k->count == k->cap) {
		size_t cap = k->cap ? k->cap * 2 : 16;
		/* Both first; the capacity only when both have it. */
		if (util_resize(&k->key, cap, sizeof(*k->key)) ||
		    util_resize(&k->len, cap, sizeof(*k->len)))
			return -1;
		k->cap = cap;
	}
	k->key[k->count] = key;
	k->len[k->count++] = len;
	return 0;
}

void tb_keys_free(tb_keys *k)
{
	free(k->key);
	free(k->len);
	memset(k, 0, sizeof(*k));
}

/*
 * Units are characters (Chinese) or space-separated words (English);
 * starts[u] is where unit u begins and starts[n] the end, so any run of
 * units is one substring of the key space.
 */
int matcher_scan(const matcher *m, int english, const char *text, size_t len, found *out)
{
	size_t *starts, n = 0, i = 0, u;
	int rc = 0;

	if (!len || !m->keys[english].n_entries)
		return 0;
	starts = malloc((len + 2) * sizeof(*starts));
	if (!starts)
		return -1;
	while (i < len) {
		starts[n++] = i;
		if (english) {
			const char *sp = memchr(text + i, ' ', len - i);
			i = sp ? (size_t)(sp - text) + 1 : len;
		} else {
			utf8_next(text, len, &i);
		}
	}
	starts[n] = len + (english ? 1 : 0);
	for (u = 0; u < n && !rc; u++) {
		const char *key = text + starts[u];
		size_t w, at = starts[u + 1] - (english ? 1 : 0) - starts[u];
		uint64_t mask = 0, h = util_fnv1a(UTIL_FNV_START, key, at);
		const key_entry *e;

		/* The one-unit key is looked for itself; a longer one only where
		 * the prefix table says that some key of its length begins with
		 * these two units. A key's hash extends the hash of the key one
		 * unit shorter (FNV-1a goes byte by byte), so each unit is
		 * hashed once. */
		e = (const key_entry *)table_find(&m->keys[english], m->text, key, at, h);
		if (e && found_key(m, out, e))
			rc = -1;
		for (w = 2; w <= MAX_UNITS && u + w <= n && (w == 2 || mask >> w); w++) {
			size_t end = starts[u + w] - (english ? 1 : 0) - starts[u];
			h = util_fnv1a(h, key + at, end - at);
			at = end;
			if (w == 2 && !((mask = prefix_mask(m, english, key, at, h)) >> 2))
				break;
			if (!(mask & (1ULL << w)))
				continue;
			e = (const key_entry *)table_find(&m->keys[english], m->text, key, at, h);
			if (e && found_key(m, out, e))
				rc = -1;
		}
	}
	free(starts);
	return rc;
}
