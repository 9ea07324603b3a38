/*
 * testutil.h - what the cmocka unit tests share: segmenting text held in
 * memory, and finding the repository's test data wherever the test runs.
 */
#ifndef SHUYU_TESTUTIL_H
#define SHUYU_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "shuyu/shuyu.h"

/* The number one SQL statement gives on an open connection (a test that
 * looks into a termbase through its handle's connection). */
static inline long long db_number(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	long long n;

	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* A new termbase at dir/name, whatever file was there removed first,
 * opened with flags (SY_TB_EMPTY: without the glossary). */
static inline sy_termbase *open_new_termbase(const char *dir, const char *name, int flags)
{
	char path[256];
	sy_error err = {0, ""};
	sy_termbase *tb;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	unlink(path);
	if (sy_termbase_open(&tb, path, SY_TB_CREATE | flags, &err))
		fail_msg("open %s: %s", path, err.message);
	return tb;
}

/* Segment UTF-8 (or any encoding, detected) text held in memory. */
static inline void segment_text(sy_sentence_list *list, const char *text)
{
	sy_error err = {0, ""};
	int rc = sy_sentence_list_from_memory(list, text, strlen(text), "test", NULL, &err);
	if (rc)
		fail_msg("segmenting failed: %s", err.message);
}

/* Assert the sentences of list, in order; the expected list ends with NULL. */
/* A document as sy_termbase_merge takes it: Chinese and English texts,
 * each bead per_bead sentences on both sides, scored scores[k] (NULL:
 * score for all). */
typedef struct aligned_doc {
	sy_sentence_list zh, en;
	sy_merge_bead *beads;
	sy_merge_doc doc;
} aligned_doc;

static inline void aligned_make(aligned_doc *a, const char *symbol, const char *zh_text,
				const char *en_text, size_t per_bead, const double *scores,
				double score)
{
	size_t i, n;

	segment_text(&a->zh, zh_text);
	segment_text(&a->en, en_text);
	assert_int_equal(a->zh.count, a->en.count);
	assert_int_equal(a->zh.count % per_bead, 0);
	n = a->zh.count / per_bead;
	a->beads = calloc(n ? n : 1, sizeof(*a->beads));
	assert_non_null(a->beads);
	for (i = 0; i < n; i++) {
		sy_merge_bead b = {per_bead * i, per_bead, per_bead * i, per_bead,
				   scores ? scores[i] : score};
		a->beads[i] = b;
	}
	memset(&a->doc, 0, sizeof(a->doc));
	a->doc.symbol = symbol;
	a->doc.zh = &a->zh;
	a->doc.en = &a->en;
	a->doc.beads = a->beads;
	a->doc.n_beads = n;
}

static inline void aligned_free(aligned_doc *a)
{
	sy_sentence_list_free(&a->zh);
	sy_sentence_list_free(&a->en);
	free(a->beads);
}

static inline void assert_sentences(const sy_sentence_list *list, const char *const *expected)
{
	size_t i;

	for (i = 0; expected[i]; i++) {
		if (i >= list->count)
			fail_msg("sentence %zu missing: expected \"%s\"", i, expected[i]);
		if (strcmp(list->items[i].text, expected[i]))
			fail_msg("sentence %zu:\n  got      \"%s\"\n  expected \"%s\"", i,
				 list->items[i].text, expected[i]);
	}
	if (list->count != i)
		fail_msg("%zu sentences, expected %zu; extra: \"%s\"", list->count, i,
			 list->items[i].text);
}

/* Write text to dir/name, its path into path[0..size); the test fails if it
 * cannot. */
static inline void write_fixture(char *path, size_t size, const char *dir, const char *name,
				 const char *text)
{
	FILE *f;

	snprintf(path, size, "%s/%s", dir, name);
	f = fopen(path, "w");
	if (!f || fputs(text, f) < 0 || fclose(f))
		fail_msg("cannot write %s", path);
}

/* Read a whole file into a malloc'd buffer; the test fails if it cannot. */
static inline char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f)
		fail_msg("cannot open %s", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n)
		fail_msg("cannot read %s", path);
	buf[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return buf;
}

#endif
