/*
 * reference.c - general-language word frequencies (jieba's dictionary) in
 * memory. See reference.h.
 *
 * The file is read whole and cut up in place: each line's word is
 * NUL-terminated where it stands, and an open-addressing table of line
 * offsets finds it; the frequency is read from the line when asked for.
 * No allocation per word (the aligner's string table, a copy per word,
 * took 0.08 s and 22 MB). Filling the table is a cache miss per word:
 * lines are read in batches and their slots fetched ahead, and a slot
 * keeps its word's hash, so that a search reads only its own word's
 * text. 349,000 lines: some 40 ms, where the table of bare offsets took
 * 125 ms.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shuyu/reference.h"
#include "util.h"

struct sy_reference {
	char *text;      /* the file, each word NUL-terminated */
	uint64_t *slots; /* a word's hash << 32 | its offset + 1; 0 = empty */
	size_t n_slots;  /* a power of two, at least twice the words */
	double total;
	/* Loading in the background (sy_reference_open_background). */
	char *path;
	util_loader loader;
};

static uint32_t hash_of(const char *s, size_t n)
{
	return (uint32_t)util_fnv1a(UTIL_FNV_START, s, n);
}

void sy_reference_close(sy_reference *ref)
{
	if (!ref)
		return;
	util_loader_free(&ref->loader);
	free(ref->path);
	free(ref->text);
	free(ref->slots);
	free(ref);
}

/* The slot holding word, or the empty slot where the search ends. The
 * hash kept in the slot spares reading the words of other hashes: the
 * table and the text are each a cache miss. */
static size_t slot_of(const sy_reference *ref, const char *word, size_t len)
{
	uint32_t h = hash_of(word, len);
	size_t mask = ref->n_slots - 1, i = h & mask;

	while (ref->slots[i]) {
		if ((uint32_t)(ref->slots[i] >> 32) == h) {
			const char *w = ref->text + (uint32_t)ref->slots[i] - 1;
			if (!strncmp(w, word, len) && w[len] == '\0')
				break;
		}
		i = (i + 1) & mask;
	}
	return i;
}

/* A frequency: jieba writes whole numbers, read here digit by digit
 * (strtod, for the rest, took a tenth of the loading); 0 when there is
 * none. */
static double frequency_at(const char *p)
{
	double f = 0;
	const char *q = p;

	while (*q >= '0' && *q <= '9')
		f = f * 10 + (*q++ - '0');
	if (q == p || (*q != ' ' && *q != '\n' && *q != '\r' && *q != '\t' && *q != '\0'))
		f = strtod(p, NULL);
	return f > 0 ? f : 0;
}

/* Lines read before their slots are written. */
#define BATCH 64

/* Read the file at path into ref (all zero); on failure ref holds what
 * sy_reference_close frees. A file of which no line has a word and its
 * frequency is not one (SY_EINPUT, naming the first line); lines without
 * one among others are passed over. */
static int load(sy_reference *ref, const char *path, sy_error *err)
{
	size_t len = 0, at = 0, lines = 1, i, line_no = 0, first_bad = 0;
	int rc;

	if ((rc = util_read_file(path, &ref->text, &len, err)))
		return rc;
	if (len >= UINT32_MAX) /* the table holds 32-bit offsets */
		return sy_error_set(err, SY_EIO, "cannot read %s: too large", path);
	for (i = 0; i < len; i++) {
		const char *nl = memchr(ref->text + i, '\n', len - i);
		if (!nl)
			break;
		lines++;
		i = (size_t)(nl - ref->text);
	}
	for (ref->n_slots = 1024; ref->n_slots < 2 * lines; ref->n_slots *= 2)
		;
	ref->slots = calloc(ref->n_slots, sizeof(*ref->slots));
	if (!ref->slots)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	while (at < len) {
		/* A batch of lines read first, their slots fetched ahead: each
		 * slot is a cache miss, and a batch waits for them together. */
		uint32_t hs[BATCH], offsets[BATCH];
		size_t k, got = 0, slot;

		while (at < len && got < BATCH) {
			char *line = ref->text + at, *nl = memchr(line, '\n', len - at), *sp;
			size_t n = nl ? (size_t)(nl - line) : len - at;
			double f;

			at += n + 1;
			line_no++;
			sp = memchr(line, ' ', n);
			if (nl)
				*nl = '\0'; /* the frequency's end, for strtod */
			f = sp && sp != line ? frequency_at(sp + 1) : 0;
			if (f <= 0) { /* a line without a frequency says nothing */
				if (!first_bad)
					first_bad = line_no;
				continue;
			}
			*sp = '\0';
			hs[got] = hash_of(line, (size_t)(sp - line));
			offsets[got] = (uint32_t)(line - ref->text) + 1;
			__builtin_prefetch(&ref->slots[hs[got] & (ref->n_slots - 1)], 1);
			got++;
			ref->total += f;
		}
		/* No comparison of words: a word listed twice goes further
		 * along its chain, where the search finds its first count. */
		for (k = 0; k < got; k++) {
			for (slot = hs[k] & (ref->n_slots - 1); ref->slots[slot];
			     slot = (slot + 1) & (ref->n_slots - 1))
				;
			ref->slots[slot] = (uint64_t)hs[k] << 32 | offsets[k];
		}
	}
	if (ref->total <= 0)
		return sy_error_set(err, SY_EINPUT,
				    first_bad ? "%s is not a list of word frequencies: line %zu is not"
						" \"word frequency\" (jieba's dictionary)"
					      : "%s is empty: it lists no word frequencies",
				    path, first_bad);
	return SY_OK;
}

int sy_reference_open(sy_reference **out, const char *path, sy_error *err)
{
	sy_reference *ref = calloc(1, sizeof(*ref));
	int rc;

	*out = NULL;
	if (!ref)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	if ((rc = load(ref, path, err))) {
		sy_reference_close(ref);
		return rc;
	}
	*out = ref;
	return SY_OK;
}

static int load_path(void *arg, sy_error *err)
{
	sy_reference *ref = arg;

	return load(ref, ref->path, err);
}

int sy_reference_open_background(sy_reference **out, const char *path, sy_error *err)
{
	sy_reference *ref = calloc(1, sizeof(*ref));

	*out = NULL;
	if (!ref || !(ref->path = strdup(path))) {
		free(ref);
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	}
	util_loader_start(&ref->loader, load_path, ref);
	*out = ref;
	return SY_OK;
}

int sy_reference_ready(const sy_reference *ref, sy_error *err)
{
	/* The wait is the one change a reader makes. */
	return ref ? util_loader_wait((util_loader *)&ref->loader, err) : SY_OK;
}

/* What the word's line says after the word (its frequency, then its tag),
 * or NULL when it is not listed. */
static const char *entry(const sy_reference *ref, const char *word, size_t len)
{
	size_t slot;

	if (!ref || !len || sy_reference_ready(ref, NULL) || !ref->slots)
		return NULL;
	slot = slot_of(ref, word, len);
	if (!ref->slots[slot])
		return NULL;
	return ref->text + (uint32_t)ref->slots[slot] - 1 + len + 1;
}

double sy_reference_frequency(const sy_reference *ref, const char *word, size_t len)
{
	const char *p = entry(ref, word, len);

	return p ? frequency_at(p) : 0;
}

/* The tag of a listed word's line (after the frequency and a space), or
 * NULL when it is not listed. */
static const char *tag_of(const sy_reference *ref, const char *word, size_t len)
{
	const char *p = entry(ref, word, len);

	if (!p)
		return NULL;
	/* The frequency, a space, the tag, then the line's NUL. */
	while (*p && *p != ' ' && *p != '\t')
		p++;
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

int sy_reference_pronoun(const sy_reference *ref, const char *word, size_t len)
{
	const char *p = tag_of(ref, word, len);

	return p && p[0] == 'r' && (p[1] == '\0' || p[1] == '\r' || p[1] == ' ' || p[1] == '\t');
}

/* Does the word's tag begin with one of the letters of classes (jieba's
 * tags are classes by their first letter: n, nz, ns are nouns)? */
static int tag_in(const sy_reference *ref, const char *word, size_t len, const char *classes)
{
	const char *p = tag_of(ref, word, len);

	return p && p[0] && strchr(classes, p[0]) != NULL;
}

int sy_reference_noun(const sy_reference *ref, const char *word, size_t len)
{
	return tag_in(ref, word, len, "n");
}

int sy_reference_nominal(const sy_reference *ref, const char *word, size_t len)
{
	return tag_in(ref, word, len, "na");
}

int sy_reference_verb_or_function(const sy_reference *ref, const char *word, size_t len)
{
	return tag_in(ref, word, len, "vpdcu");
}

double sy_reference_total(const sy_reference *ref)
{
	return ref && !sy_reference_ready(ref, NULL) ? ref->total : 0;
}

int sy_reference_find_path(char *buf, size_t size, const char *exe_dir, sy_error *err)
{
	return util_find_data(buf, size, exe_dir, "SHUYU_JIEBA", "jieba", "jieba.dict.utf8",
			      "the jieba dictionary was not found", err);
}
