/*
 * lexicon.c - CC-CEDICT in memory, indexed by headword. See lexicon.h.
 *
 * The file is read whole and cut up in place: each line
 *   傳統 传统 [chuan2 tong3] /tradition/traditional/convention/
 * gives its two headwords and its gloss string, NUL-terminated where they
 * stand. An open-addressing table maps a headword to a chain of the entries
 * that carry it (行 has several), so a lookup is one hash and a short walk.
 * A second table holds the hashes of the headwords' proper prefixes, cut at
 * characters (sy_lexicon_begins_word).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shuyu/lexicon.h"
#include "util.h"

typedef struct lex_entry {
	const char *gloss;
} lex_entry;

/* One (headword, entry) pair in a chain. */
typedef struct lex_node {
	const char *word;
	uint32_t len;
	uint32_t entry;
	uint32_t next; /* next node with the same headword, or UINT32_MAX */
} lex_node;

struct sy_lexicon {
	char *text; /* the whole file, cut in place */
	lex_entry *entries;
	size_t n_entries;
	lex_node *nodes;
	size_t n_nodes;
	uint32_t *slots; /* node index + 1 of a chain's head; 0 = empty */
	size_t n_slots;
	uint64_t *prefixes; /* hashes of proper prefixes (0 stands for empty) */
	size_t n_prefix_slots, n_prefixes;
	size_t max_word;
	unsigned long serial; /* sy_lexicon_serial */
};

/* FNV-1a (util_fnv1a): index_prefixes reads the hashes of a headword's
 * prefixes on the way through it. */
static uint64_t hash_bytes(const char *s, size_t len)
{
	return util_fnv1a(UTIL_FNV_START, s, len);
}

/* A prefix's hash as the table keeps it: 0 marks an empty slot. */
static uint64_t prefix_key(uint64_t h)
{
	return h ? h : 1;
}

/* Twice the prefix table, when three slots in four are taken. */
static int grow_prefixes(sy_lexicon *lex)
{
	size_t n = lex->n_prefix_slots * 2, mask = n - 1, i, k;
	uint64_t *t = calloc(n, sizeof(*t));

	if (!t)
		return -1;
	for (i = 0; i < lex->n_prefix_slots; i++) {
		if (!lex->prefixes[i])
			continue;
		for (k = lex->prefixes[i] & mask; t[k]; k = (k + 1) & mask)
			;
		t[k] = lex->prefixes[i];
	}
	free(lex->prefixes);
	lex->prefixes = t;
	lex->n_prefix_slots = n;
	return 0;
}

/* Every proper prefix of a headword that ends at a character: the hashes
 * FNV-1a computes on its way through the word. */
static int index_prefixes(sy_lexicon *lex, const char *word, size_t len)
{
	uint64_t h = UTIL_FNV_START;
	size_t i, k, from = 0;

	for (i = 0; i + 1 < len; i++) {
		size_t mask = lex->n_prefix_slots - 1;
		if (((unsigned char)word[i + 1] & 0xC0) == 0x80)
			continue; /* inside a character */
		h = util_fnv1a(h, word + from, i + 1 - from); /* the prefix word[0..i] */
		from = i + 1;
		for (k = prefix_key(h) & mask; lex->prefixes[k] && lex->prefixes[k] != prefix_key(h);
		     k = (k + 1) & mask)
			;
		if (lex->prefixes[k])
			continue;
		lex->prefixes[k] = prefix_key(h);
		if (++lex->n_prefixes * 4 >= lex->n_prefix_slots * 3 && grow_prefixes(lex))
			return -1;
	}
	return 0;
}

static int read_whole(const char *path, char **out, size_t *out_len, sy_error *err)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0, got;

	if (!f)
		return sy_error_set(err, SY_EIO, "%s: cannot open the dictionary: %s", path,
				    strerror(errno));
	for (;;) {
		if (cap - len < 65536) {
			size_t ncap = cap ? cap * 2 : 1 << 20;
			char *nbuf = realloc(buf, ncap + 1);
			if (!nbuf) {
				free(buf);
				fclose(f);
				return sy_error_set(err, SY_ENOMEM, "%s: out of memory", path);
			}
			buf = nbuf;
			cap = ncap;
		}
		got = fread(buf + len, 1, cap - len, f);
		len += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		free(buf);
		fclose(f);
		return sy_error_set(err, SY_EIO, "%s: cannot read the dictionary", path);
	}
	fclose(f);
	buf[len] = '\0';
	*out = buf;
	*out_len = len;
	return SY_OK;
}

static int index_word(sy_lexicon *lex, const char *word, size_t len, uint32_t entry)
{
	size_t mask = lex->n_slots - 1, i = hash_bytes(word, len) & mask;
	lex_node *node = &lex->nodes[lex->n_nodes];

	node->word = word;
	node->len = (uint32_t)len;
	node->entry = entry;
	node->next = UINT32_MAX;
	while (lex->slots[i]) {
		lex_node *head = &lex->nodes[lex->slots[i] - 1];
		if (head->len == len && !memcmp(head->word, word, len)) {
			/* Append, so that entries come back in file order. */
			while (head->next != UINT32_MAX)
				head = &lex->nodes[head->next];
			head->next = (uint32_t)lex->n_nodes;
			lex->n_nodes++;
			return 0;
		}
		i = (i + 1) & mask;
	}
	lex->slots[i] = (uint32_t)lex->n_nodes + 1;
	lex->n_nodes++;
	if (len > lex->max_word)
		lex->max_word = len;
	return index_prefixes(lex, word, len);
}

int sy_lexicon_open(sy_lexicon **out, const char *path, sy_error *err)
{
	sy_lexicon *lex;
	size_t len = 0, lines = 0, i;
	char *p, *end;
	int rc;

	*out = NULL;
	lex = calloc(1, sizeof *lex);
	if (!lex)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	{
		static unsigned long opened; /* lexicons opened by the process */
		lex->serial = __atomic_add_fetch(&opened, 1, __ATOMIC_RELAXED);
	}
	rc = read_whole(path, &lex->text, &len, err);
	if (rc) {
		free(lex);
		return rc;
	}
	for (i = 0; i < len; i++)
		lines += lex->text[i] == '\n';
	lines++;
	lex->entries = malloc(lines * sizeof *lex->entries);
	lex->nodes = malloc(2 * lines * sizeof *lex->nodes);
	for (lex->n_slots = 1024; lex->n_slots < 4 * lines; lex->n_slots *= 2)
		;
	lex->slots = calloc(lex->n_slots, sizeof *lex->slots);
	lex->n_prefix_slots = lex->n_slots / 2; /* grown as needed */
	lex->prefixes = calloc(lex->n_prefix_slots, sizeof *lex->prefixes);
	if (!lex->entries || !lex->nodes || !lex->slots || !lex->prefixes) {
		sy_lexicon_close(lex);
		return sy_error_set(err, SY_ENOMEM, "%s: out of memory", path);
	}

	for (p = lex->text, end = lex->text + len; p < end;) {
		char *eol = memchr(p, '\n', (size_t)(end - p)), *trad, *simp, *gloss, *sp;
		size_t trad_len, simp_len;

		if (!eol)
			eol = end;
		*eol = '\0';
		if (eol > p && eol[-1] == '\r')
			eol[-1] = '\0';
		trad = p;
		p = eol + 1;
		if (*trad == '#' || *trad == '\0')
			continue;
		sp = strchr(trad, ' ');
		if (!sp)
			continue;
		trad_len = (size_t)(sp - trad);
		simp = sp + 1;
		sp = strchr(simp, ' ');
		gloss = sp ? strchr(sp, '/') : NULL;
		if (!sp || !gloss)
			continue; /* not an entry: skip it rather than refuse the file */
		simp_len = (size_t)(sp - simp);
		lex->entries[lex->n_entries].gloss = gloss;
		trad[trad_len] = '\0';
		simp[simp_len] = '\0';
		if (index_word(lex, simp, simp_len, (uint32_t)lex->n_entries) ||
		    ((trad_len != simp_len || memcmp(trad, simp, simp_len)) &&
		     index_word(lex, trad, trad_len, (uint32_t)lex->n_entries))) {
			sy_lexicon_close(lex);
			return sy_error_set(err, SY_ENOMEM, "%s: out of memory", path);
		}
		lex->n_entries++;
	}
	if (lex->n_entries == 0) {
		sy_lexicon_close(lex);
		return sy_error_set(err, SY_EINPUT, "%s: not a CC-CEDICT file (no entries found)", path);
	}
	*out = lex;
	return SY_OK;
}

void sy_lexicon_close(sy_lexicon *lex)
{
	if (!lex)
		return;
	free(lex->text);
	free(lex->entries);
	free(lex->nodes);
	free(lex->slots);
	free(lex->prefixes);
	free(lex);
}

size_t sy_lexicon_size(const sy_lexicon *lex)
{
	return lex ? lex->n_entries : 0;
}

const char *sy_lexicon_gloss_at(const sy_lexicon *lex, size_t i)
{
	return lex && i < lex->n_entries ? lex->entries[i].gloss : NULL;
}

size_t sy_lexicon_max_word(const sy_lexicon *lex)
{
	return lex ? lex->max_word : 0;
}

size_t sy_lexicon_lookup(const sy_lexicon *lex, const char *word, size_t len,
			 const char **glosses, size_t max)
{
	size_t mask, i, n = 0;

	if (!lex || len == 0 || len > lex->max_word)
		return 0;
	mask = lex->n_slots - 1;
	for (i = hash_bytes(word, len) & mask; lex->slots[i]; i = (i + 1) & mask) {
		const lex_node *node = &lex->nodes[lex->slots[i] - 1];
		if (node->len != len || memcmp(node->word, word, len))
			continue;
		for (;;) {
			if (n < max)
				glosses[n] = lex->entries[node->entry].gloss;
			n++;
			if (node->next == UINT32_MAX)
				break;
			node = &lex->nodes[node->next];
		}
		break;
	}
	return n;
}

int sy_lexicon_begins_word(const sy_lexicon *lex, const char *word, size_t len)
{
	size_t mask, i;
	uint64_t key;

	if (!lex || len == 0 || len >= lex->max_word)
		return 0;
	mask = lex->n_prefix_slots - 1;
	key = prefix_key(hash_bytes(word, len));
	for (i = key & mask; lex->prefixes[i]; i = (i + 1) & mask)
		if (lex->prefixes[i] == key)
			return 1;
	return 0;
}

int sy_lexicon_find_path(char *buf, size_t size, const char *exe_dir, sy_error *err)
{
	return util_find_data(buf, size, exe_dir, "SHUYU_CEDICT", "cedict", "cedict_ts.u8",
			      "CC-CEDICT not found", err);
}

unsigned long sy_lexicon_serial(const sy_lexicon *lex)
{
	return lex ? lex->serial : 0;
}
