/*
 * reference.c - general-language word frequencies (jieba's dictionary) in
 * memory. See reference.h.
 *
 * The file is read whole and cut up in place: each line's word is
 * NUL-terminated where it stands, and an open-addressing table of line
 * offsets finds it; the frequency is read from the line when asked for.
 * No allocation per word, so that loading 349,000 lines costs little more
 * than reading 5 MB (the aligner's string table, a copy per word, took
 * 0.08 s and 22 MB).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shuyu/reference.h"
#include "util.h"

struct sy_reference {
	char *text;      /* the file, each word NUL-terminated */
	uint32_t *slots; /* offset of a word + 1; 0 = empty */
	size_t n_slots;  /* a power of two, at least twice the words */
	double total;
};

/* FNV-1a */
static uint32_t hash_of(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

void sy_reference_close(sy_reference *ref)
{
	if (!ref)
		return;
	free(ref->text);
	free(ref->slots);
	free(ref);
}

/* The slot holding word, or the empty slot where it would go. */
static size_t slot_of(const sy_reference *ref, const char *word, size_t len)
{
	size_t mask = ref->n_slots - 1, i = hash_of(word, len) & mask;

	while (ref->slots[i]) {
		const char *w = ref->text + ref->slots[i] - 1;
		if (!strncmp(w, word, len) && w[len] == '\0')
			break;
		i = (i + 1) & mask;
	}
	return i;
}

int sy_reference_open(sy_reference **out, const char *path, sy_error *err)
{
	sy_reference *ref;
	size_t len = 0, at = 0, lines = 1, i;
	int rc;

	*out = NULL;
	ref = calloc(1, sizeof(*ref));
	if (!ref)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	if ((rc = util_read_file(path, &ref->text, &len, err))) {
		free(ref);
		return rc;
	}
	if (len >= UINT32_MAX) { /* the table holds 32-bit offsets */
		sy_reference_close(ref);
		return sy_error_set(err, SY_EIO, "cannot read %s: too large", path);
	}
	for (i = 0; i < len; i++)
		lines += ref->text[i] == '\n';
	for (ref->n_slots = 1024; ref->n_slots < 2 * lines; ref->n_slots *= 2)
		;
	ref->slots = calloc(ref->n_slots, sizeof(*ref->slots));
	if (!ref->slots) {
		sy_reference_close(ref);
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	}
	while (at < len) {
		char *line = ref->text + at, *nl = memchr(line, '\n', len - at), *sp, *end;
		size_t n = nl ? (size_t)(nl - line) : len - at, slot;
		double f;

		at += n + 1;
		sp = memchr(line, ' ', n);
		if (!sp || sp == line)
			continue; /* a line without a frequency says nothing */
		f = strtod(sp + 1, &end);
		if (end == sp + 1 || f <= 0)
			continue;
		*sp = '\0';
		slot = slot_of(ref, line, (size_t)(sp - line));
		if (!ref->slots[slot]) /* a word listed twice keeps its first count */
			ref->slots[slot] = (uint32_t)(line - ref->text) + 1;
		ref->total += f;
	}
	*out = ref;
	return SY_OK;
}

double sy_reference_frequency(const sy_reference *ref, const char *word, size_t len)
{
	size_t slot;
	const char *w;

	if (!ref || !len)
		return 0;
	slot = slot_of(ref, word, len);
	if (!ref->slots[slot])
		return 0;
	w = ref->text + ref->slots[slot] - 1;
	return strtod(w + len + 1, NULL);
}

double sy_reference_total(const sy_reference *ref)
{
	return ref ? ref->total : 0;
}

int sy_reference_find_path(char *buf, size_t size, const char *exe_dir, sy_error *err)
{
	return util_find_data(buf, size, exe_dir, "SHUYU_JIEBA", "jieba", "jieba.dict.utf8",
			      "the jieba dictionary was not found", err);
}
