/*
 * fuzz_matcher.c - libFuzzer target: the term matcher a termbase keeps in
 * its file (matcher_cache, see src/lib/matcher.h), damaged. Built by
 * 'make fuzz'.
 *
 * At the first input, a termbase with a few terms is made and its matcher
 * written to the file. Each input is then laid over that blob (XOR from its
 * first byte; bytes past the blob's end are added to it), the result stored
 * in its place, and the matcher read back and used to find terms in a fixed
 * text and in the input itself. A damaged blob must be refused (the matcher
 * is then built from the terms) or, if it passes the checks, stay within
 * its arrays: never a read out of bounds, never a probe that does not end.
 * The checks guard memory, not meaning, so the terms found are not compared.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "matcher.h"
#include "shuyu/termbase.h"
#include "termbase_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
sy_termbase *fuzz_open_termbase(const char *extension);

static sy_termbase *termbase; /* fuzz_open_termbase's (import_target.c) */
static unsigned char *good;
static size_t good_len;

static const char glossary[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
			       "t1\t负责任国家行为\tresponsible State behaviour\tnorms\tpreferred\t\t\n"
			       "t2\t建立信任措施\tconfidence-building measures\tconfidence-building\tpreferred\t\t\n"
			       "t3\t网络\tcyber\tthreats\tadmitted\t\t\n"
			       "t4\t信通技术\tICT\tthreats\tpreferred\t\t\n";

static const char text_zh[] = "各国在网络空间的负责任国家行为和建立信任措施以及信通技术。";
static const char text_en[] = "responsible state behaviour and confidence build measure in ict";

static void fail(const char *what, const sy_error *err)
{
	fprintf(stderr, "fuzz_matcher: %s: %s\n", what, err ? err->message : "");
	abort();
}

static void open_once(void)
{
	sy_error err = {0, ""};
	sqlite3_stmt *st;
	matcher *m;

	termbase = fuzz_open_termbase("");
	if (sy_termbase_import_glossary(termbase, glossary, sizeof(glossary) - 1, "fuzz", &err))
		fail("making the termbase", &err);
	termbase->matcher_cache_min = 1;
	if (tb_begin(termbase, &err) || matcher_get(termbase, &m, &err) ||
	    matcher_save(termbase, &err) || tb_commit(termbase, &err))
		fail("keeping the matcher", &err);
	if (sqlite3_prepare_v2(termbase->db, "SELECT data FROM matcher_cache", -1, &st, NULL) !=
		    SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW)
		fail("reading the matcher back", NULL);
	good_len = (size_t)sqlite3_column_bytes(st, 0);
	good = malloc(good_len);
	if (!good)
		fail("out of memory", NULL);
	memcpy(good, sqlite3_column_blob(st, 0), good_len);
	sqlite3_finalize(st);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t len, i;
	unsigned char *blob;
	sqlite3_stmt *st;
	sy_error err = {0, ""};
	matcher *m;
	found f = {NULL, 0, 0};
	int english;

	if (!termbase)
		open_once();
	len = size > good_len ? size : good_len;
	blob = malloc(len ? len : 1);
	if (!blob)
		fail("out of memory", NULL);
	memcpy(blob, good, good_len);
	memset(blob + good_len, 0, len - good_len);
	for (i = 0; i < size; i++)
		blob[i] ^= data[i];
	if (sqlite3_prepare_v2(termbase->db, "UPDATE matcher_cache SET data = ?", -1, &st, NULL) !=
	    SQLITE_OK)
		fail("storing the blob", NULL);
	sqlite3_bind_blob(st, 1, blob, (int)len, free);
	if (sqlite3_step(st) != SQLITE_DONE)
		fail("storing the blob", NULL);
	sqlite3_finalize(st);
	tb_matcher_drop(termbase);
	if (matcher_get(termbase, &m, &err))
		fail("reading the matcher", &err);
	for (english = 0; english < 2; english++) {
		const char *text = english ? text_en : text_zh;
		if (matcher_scan(m, english, text, strlen(text), &f) ||
		    matcher_scan(m, english, (const char *)data, size, &f))
			fail("out of memory", NULL);
	}
	free(f.ids);
	return 0;
}
