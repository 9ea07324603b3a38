/*
 * test_termbase.c - the termbase: creation with the glossary, schema
 * version, merge (idempotent, replacing, all or nothing), lookup with
 * folding, the concordance.
 */
#include <unistd.h>

#include "testutil.h"
#include "shuyu/termbase.h"
#include "lemmatizer.h"        /* lemmatizer_loaded */
#include "termbase_internal.h" /* matcher_cache_min, tb_checkpointer_limits */

static char dir[64];

static int make_dir(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/shuyu-tb-XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state)
{
	char cmd[128];
	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	return system(cmd);
}

static sy_termbase *open_new(const char *name, int flags)
{
	return open_new_termbase(dir, name, flags);
}

/* A termbase with a glossary of our own, so that counts do not depend on
 * what the curated glossary holds. */
static sy_termbase *open_with_small_glossary(const char *name)
{
	static const char glossary[] =
		"id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
		"t1\t负责任国家行为\tresponsible State behaviour\tnorms\tpreferred\t\tA/70/174\n"
		"t2\t建立信任措施\tconfidence-building measures\tconfidence-building\tpreferred\t\t\n";
	sy_termbase *tb = open_new(name, SY_TB_EMPTY);
	sy_error err = {0, ""};

	if (sy_termbase_import_glossary(tb, glossary, sizeof(glossary) - 1, "test", &err))
		fail_msg("glossary: %s", err.message);
	return tb;
}

static void merge_text(sy_termbase *tb, const char *symbol, const char *zh_text,
		       sy_merge_stats *stats)
{
	sy_sentence_list zh;
	sy_merge_doc doc;
	sy_error err = {0, ""};

	segment_text(&zh, zh_text);
	memset(&doc, 0, sizeof(doc));
	doc.symbol = symbol;
	doc.zh = &zh;
	if (sy_termbase_merge(tb, &doc, stats, NULL, NULL, &err))
		fail_msg("merge: %s", err.message);
	sy_sentence_list_free(&zh);
}

/* Run SQL on a termbase file with the sqlite3 shell; its first number. */
static long sql_number(const char *path, const char *sql)
{
	char cmd[4096];
	FILE *p;
	long n = -1;

	snprintf(cmd, sizeof(cmd), "sqlite3 %s \"PRAGMA foreign_keys = ON; %s\"", path, sql);
	p = popen(cmd, "r");
	if (!p || fscanf(p, "%ld", &n) != 1)
		n = -1;
	if (p)
		pclose(p);
	return n;
}

/* How many concordance lines a query finds (at most 10). */
static size_t concord_count(sy_termbase *tb, const char *query)
{
	sy_concord_list lines;
	sy_error err = {0, ""};
	size_t n;

	assert_int_equal(sy_termbase_concord(tb, query, 10, &lines, &err), SY_OK);
	n = lines.count;
	sy_concord_list_free(&lines);
	return n;
}

static void test_termbase_new_has_glossary_and_schema_version(void **state)
{
	sy_termbase *tb = open_new("new.sqlite", 0);
	sy_termbase_stats stats;
	sy_error err = {0, ""};
	sy_hit_list hits;

	(void)state;
	assert_int_equal(sy_termbase_stats_get(tb, &stats, &err), SY_OK);
	assert_true(stats.concepts > 0);
	assert_int_equal(sy_termbase_lookup(tb, "负责任国家行为", NULL, &hits, &err), SY_OK);
	assert_true(hits.count >= 1);
	assert_string_equal(hits.hits[0].match, "exact");
	sy_hit_list_free(&hits);
	sy_termbase_close(tb);
}

/* A new termbase has pages of 16 KB (sy_termbase_open_noticed): its text
 * indexes and the kept matcher are written and read in fewer pages. One
 * made with SQLite's 4 KB pages, as termbases were before, keeps them, and
 * is merged into and looked up as before. */
static void test_termbase_new_has_pages_of_16_kb(void **state)
{
	sy_termbase *tb = open_with_small_glossary("pages.sqlite");
	char path[256], old[256], cmd[1024];
	sy_merge_stats stats;
	sy_hit_list hits;
	sy_error err = {0, ""};
	size_t i;
	long frequency = -1;
	int pages, catch_up;

	(void)state;
	merge_text(tb, "S/1", "负责任国家行为很重要。\n", &stats);
	/* The log is written back from 16 MB and caught up from 64 MB,
	 * whatever the size of a page. */
	tb_checkpointer_limits_of(tb, &pages, &catch_up);
	assert_int_equal(pages, 1000);
	assert_int_equal(catch_up, 4096);
	sy_termbase_close(tb);
	snprintf(path, sizeof(path), "%s/pages.sqlite", dir);
	assert_int_equal(sql_number(path, "PRAGMA page_size"), 16384);
	snprintf(old, sizeof(old), "%s/pages-4k.sqlite", dir);
	snprintf(cmd, sizeof(cmd), "sqlite3 %s \"PRAGMA page_size = 4096; VACUUM INTO '%s'\"", path,
		 old);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(sql_number(old, "PRAGMA page_size"), 4096);
	assert_int_equal(sy_termbase_open(&tb, old, 0, &err), SY_OK);
	tb_checkpointer_limits_of(tb, &pages, &catch_up);
	assert_int_equal(pages, 4000);
	assert_int_equal(catch_up, 16384);
	merge_text(tb, "S/2", "建立信任措施和负责任国家行为。\n", &stats);
	assert_int_equal(stats.segments, 1);
	assert_int_equal(sy_termbase_lookup(tb, "负责任国家行为", NULL, &hits, &err), SY_OK);
	assert_true(hits.count >= 1);
	for (i = 0; i < hits.hits[0].n_terms; i++)
		if (!strcmp(hits.hits[0].terms[i].text, "负责任国家行为"))
			frequency = hits.hits[0].terms[i].frequency;
	assert_int_equal(frequency, 2);
	sy_hit_list_free(&hits);
	sy_termbase_close(tb);
	assert_int_equal(sql_number(old, "PRAGMA page_size"), 4096);
}

static void test_termbase_empty_has_no_glossary(void **state)
{
	sy_termbase *tb = open_new("empty.sqlite", SY_TB_EMPTY);
	sy_termbase_stats stats;
	sy_error err = {0, ""};

	(void)state;
	assert_int_equal(sy_termbase_stats_get(tb, &stats, &err), SY_OK);
	assert_int_equal(stats.concepts, 0);
	sy_termbase_close(tb);
}

static void test_termbase_lookup_folds_traditional_characters(void **state)
{
	sy_termbase *tb = open_new("trad.sqlite", 0);
	sy_error err = {0, ""};
	sy_hit_list hits;

	(void)state;
	assert_int_equal(sy_termbase_lookup(tb, "負責任國家行為", NULL, &hits, &err), SY_OK);
	assert_true(hits.count >= 1);
	assert_string_equal(hits.hits[0].matched, "负责任国家行为");
	assert_string_equal(hits.hits[0].match, "exact");
	sy_hit_list_free(&hits);
	sy_termbase_close(tb);
}

static void test_termbase_lookup_folds_english_case_and_plural(void **state)
{
	sy_termbase *tb = open_new("plural.sqlite", 0);
	sy_error err = {0, ""};
	sy_hit_list hits;
	size_t i;
	int found = 0;

	(void)state;
	assert_int_equal(sy_termbase_lookup(tb, "Confidence-building measure", NULL, &hits, &err),
			 SY_OK);
	assert_true(hits.count >= 1);
	assert_string_equal(hits.hits[0].match, "exact");
	for (i = 0; i < hits.hits[0].n_terms; i++)
		found |= !strcmp(hits.hits[0].terms[i].text, "建立信任措施");
	assert_true(found);
	sy_hit_list_free(&hits);
	sy_termbase_close(tb);
}

static void test_termbase_lookup_finds_prefix_substring_and_fuzzy(void **state)
{
	sy_termbase *tb = open_new("stages.sqlite", 0);
	sy_error err = {0, ""};
	sy_hit_list hits;

	(void)state;
	assert_int_equal(sy_termbase_lookup(tb, "负责任国", NULL, &hits, &err), SY_OK);
	assert_true(hits.count >= 1);
	assert_string_equal(hits.hits[0].match, "prefix");
	sy_hit_list_free(&hits);

	assert_int_equal(sy_termbase_lookup(tb, "国家行为", NULL, &hits, &err), SY_OK);
	assert_true(hits.count >= 1);
	assert_string_equal(hits.hits[0].match, "substring");
	sy_hit_list_free(&hits);

	assert_int_equal(sy_termbase_lookup(tb, "cyberspase", NULL, &hits, &err), SY_OK);
	assert_true(hits.count >= 1);
	assert_string_equal(hits.hits[0].match, "fuzzy");
	assert_string_equal(hits.hits[0].matched, "cyberspace");
	sy_hit_list_free(&hits);

	assert_int_equal(sy_termbase_lookup(tb, "zzzzqqqq", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.count, 0);
	sy_termbase_close(tb);
}

/* The trigram index finds the keys with every third trigram of the query;
 * a key with all of them that does not hold the query whole is no match. */
static void test_termbase_substring_lookup_wants_the_whole_text(void **state)
{
	static const char glossary[] =
		"id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
		"t1\t国家行为规范\tnorms of State behaviour\tnorms\tpreferred\t\t\n"
		"t2\t国家团队行为\tbehaviour of the State team\tother\tadmitted\t\t\n"
		"t3\t\"网络\"行动\t\"cyber\" operations\tother\tadmitted\t\t\n";
	sy_termbase *tb = open_new("substring.sqlite", SY_TB_EMPTY);
	sy_error err = {0, ""};
	sy_hit_list hits;
	long ids[8];
	size_t found;

	(void)state;
	assert_int_equal(sy_termbase_import_glossary(tb, glossary, sizeof(glossary) - 1, "test", &err),
			 SY_OK);
	/* "sta", "te ", "beh", "avi" and "our" are all in t2, but not side by side. */
	assert_int_equal(sy_termbase_find(tb, "State behaviour", SY_FIND_SUBSTRING, ids, 8, &found, &err),
			 SY_OK);
	assert_int_equal(found, 1);
	assert_int_equal(sy_termbase_lookup(tb, "State behaviour", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.count, 1);
	assert_string_equal(hits.hits[0].matched, "norms of State behaviour");
	sy_hit_list_free(&hits);
	/* 国家, 行为: in both Chinese terms, side by side in one. */
	assert_int_equal(sy_termbase_find(tb, "国家行为", SY_FIND_SUBSTRING, ids, 8, &found, &err), SY_OK);
	assert_int_equal(found, 1);
	/* A quote in the query is a character like any other. */
	assert_int_equal(sy_termbase_find(tb, "\"cyber\" op", SY_FIND_SUBSTRING, ids, 8, &found, &err),
			 SY_OK);
	assert_int_equal(found, 1);
	assert_int_equal(sy_termbase_find(tb, "络\"行", SY_FIND_SUBSTRING, ids, 8, &found, &err), SY_OK);
	assert_int_equal(found, 1);
	sy_termbase_close(tb);
}

static void test_termbase_fuzzy_lookup_of_a_long_english_query(void **state)
{
	sy_termbase *tb = open_with_small_glossary("long.sqlite");
	sy_hit_list hits;
	sy_error err = {0, ""};
	char query[400];
	size_t i;

	(void)state;
	/* Its fuzzy stage writes one quoted trigram per letter into the FTS
	 * query: that buffer once overflowed for English queries of about 40
	 * letters or more. */
	for (i = 0; i + 1 < sizeof(query); i++)
		query[i] = i % 9 == 8 ? ' ' : (char)('a' + i % 7);
	query[i] = '\0';
	assert_int_equal(sy_termbase_lookup(tb, query, NULL, &hits, &err), SY_OK);
	sy_hit_list_free(&hits);
	sy_termbase_close(tb);
}

/* The first hit of looking query up is a fuzzy match of the term matched. */
static void assert_fuzzy_finds(sy_termbase *tb, const char *query, const char *matched)
{
	sy_hit_list hits;
	sy_error err = {0, ""};

	assert_int_equal(sy_termbase_lookup(tb, query, NULL, &hits, &err), SY_OK);
	if (hits.count < 1)
		fail_msg("%s: nothing found", query);
	assert_string_equal(hits.hits[0].match, "fuzzy");
	assert_string_equal(hits.hits[0].matched, matched);
	sy_hit_list_free(&hits);
}

/* A misspelt word is not lemmatized. A fuzzy lookup finds the keys to
 * measure by the trigrams they share with the query, and "smqling" shares
 * none with "smile", the key of "smiling": the index holds the term as
 * written beside its key (migration 12). And where the words around the
 * misspelt one fold ("sqcluded wing" to "sqcluded we"), the query is asked
 * again as typed, spaces and all. Each of these was "not in the termbase"
 * before. */
static void test_termbase_fuzzy_lookup_finds_a_misspelt_inflected_word(void **state)
{
	static const char glossary[] =
		"id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
		"t1\t微笑\tsmiling\tother\tadmitted\t\t\n"
		"t2\t耳机\theadphones\tother\tadmitted\t\t\n"
		"t3\t补救\tremedies\tother\tadmitted\t\t\n"
		"t4\t侧楼\tsecluded wing\tother\tadmitted\t\t\n"
		"t5\t干扰被拦船只\tjamming of stopped ships\tother\tadmitted\t\t\n";
	static const char *const cases[][2] = {
		{"smqling", "smiling"},
		{"heaqphones", "headphones"},
		{"remqdies", "remedies"},
		{"sqcluded wing", "secluded wing"},
		{"Sqcluded Wing", "secluded wing"},
		/* Folded, four edits from the key "jam of stop ship" and five
		 * from the term; as typed with its spaces, one from the term;
		 * run together ("jamqingofstoppedships"), four, past its limit
		 * of three. */
		{"jamqing of stopped ships", "jamming of stopped ships"},
	};
	sy_termbase *tb = open_new("inflected.sqlite", SY_TB_EMPTY);
	sy_error err = {0, ""};
	size_t i;

	(void)state;
	assert_int_equal(sy_termbase_import_glossary(tb, glossary, sizeof(glossary) - 1, "test", &err),
			 SY_OK);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_fuzzy_finds(tb, cases[i][0], cases[i][1]);
	/* The substring stage still finds keys alone: "ling" is in the
	 * term as written, not in its key "smile". */
	{
		long ids[8];
		size_t found;
		assert_int_equal(sy_termbase_find(tb, "ling", SY_FIND_SUBSTRING, ids, 8, &found, &err),
				 SY_OK);
		assert_int_equal(found, 0);
	}
	sy_termbase_close(tb);
}

/* A short English word with an inner letter wrong has every trigram
 * spoiled: "sqin" shares none with "skin". The keys that begin with its
 * first letter, of about its length, are measured instead. */
static void test_termbase_fuzzy_lookup_of_a_short_english_word(void **state)
{
	static const char glossary[] =
		"id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
		"t1\t皮肤\tskin\tother\tadmitted\t\t\n"
		"t2\t阶段\tphase\tother\tadmitted\t\t\n"
		"t3\t烤箱\toven\tother\tadmitted\t\t\n"
		"t4\t技能\tskill\tother\tadmitted\t\t\n";
	static const char *const cases[][2] = {
		{"sqin", "skin"},
		{"phqse", "phase"},
		{"oqen", "oven"},
		{"xkin", "skin"}, /* the first letter wrong: its other trigram */
	};
	sy_termbase *tb = open_new("short.sqlite", SY_TB_EMPTY);
	sy_error err = {0, ""};
	long ids[8];
	size_t found, i;

	(void)state;
	assert_int_equal(sy_termbase_import_glossary(tb, glossary, sizeof(glossary) - 1, "test", &err),
			 SY_OK);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_fuzzy_finds(tb, cases[i][0], cases[i][1]);
	/* Two edits from every key: nothing. */
	assert_int_equal(sy_termbase_find(tb, "sqqn", SY_FIND_FUZZY, ids, 8, &found, &err), SY_OK);
	assert_int_equal(found, 0);
	sy_termbase_close(tb);
}

static void test_termbase_fuzzy_lookup_finds_the_closest_keys(void **state)
{
	static const char glossary[] =
		"id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
		"t1\t网络事件\tcyber incident\tthreats\tpreferred\t\t\n"
		"t2\t网络事件应对\tcyber incident response\tthreats\tpreferred\t\t\n"
		"t3\t网络事故\tcyber insident\tthreats\tdeprecated\t\t\n"
		"t4\t灼热天气\tscorching weather\tother\tadmitted\t\t\n"
		"t5\t信息共享\tinformation sharing\tother\tadmitted\t\t\n";
	sy_termbase *tb = open_new("fuzzy.sqlite", SY_TB_EMPTY);
	sy_hit_list hits;
	sy_error err = {0, ""};
	long ids[8];
	size_t found;

	(void)state;
	assert_int_equal(sy_termbase_import_glossary(tb, glossary, sizeof(glossary) - 1, "test", &err),
			 SY_OK);
	/* One edit away from "cyber incident", two from "cyber insident" (both
	 * within the two edits a query of 14 letters allows): only the closest
	 * is shown. */
	assert_int_equal(sy_termbase_find(tb, "cyber incidemt", SY_FIND_FUZZY, ids, 8, &found, &err),
			 SY_OK);
	assert_int_equal(found, 1);
	assert_int_equal(sy_termbase_lookup(tb, "cyber incidemt", NULL, &hits, &err), SY_OK);
	assert_true(hits.count >= 1);
	assert_string_equal(hits.hits[0].match, "fuzzy");
	assert_string_equal(hits.hits[0].matched, "cyber incident");
	sy_hit_list_free(&hits);
	/* A misspelt inflected word does not fold: it is measured against the
	 * term as written ("scorching"), not only its key ("scorch"). */
	assert_int_equal(sy_termbase_lookup(tb, "scorcqing weather", NULL, &hits, &err), SY_OK);
	assert_true(hits.count >= 1);
	assert_string_equal(hits.hits[0].matched, "scorching weather");
	sy_hit_list_free(&hits);
	/* A short Chinese key with its middle character wrong: no trigram of
	 * the query is in the key, but two-character pieces are. */
	assert_int_equal(sy_termbase_lookup(tb, "网乂事件", NULL, &hits, &err), SY_OK);
	assert_true(hits.count >= 1);
	assert_string_equal(hits.hits[0].match, "fuzzy");
	assert_string_equal(hits.hits[0].matched, "网络事件");
	sy_hit_list_free(&hits);
	/* Nothing within reach: nothing found. */
	assert_int_equal(sy_termbase_find(tb, "quantum chromodynamics", SY_FIND_FUZZY, ids, 8, &found,
					  &err),
			 SY_OK);
	assert_int_equal(found, 0);
	sy_termbase_close(tb);
}

/* Levenshtein distance over bytes (the test's text is ASCII). */
static size_t levenshtein(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b), i, j, row[130];

	assert_true(nb < 130);
	for (j = 0; j <= nb; j++)
		row[j] = j;
	for (i = 1; i <= na; i++) {
		size_t prev = row[0];
		row[0] = i;
		for (j = 1; j <= nb; j++) {
			size_t cur = row[j], best = prev + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			prev = cur;
		}
	}
	return row[nb];
}

/* A number from a simple generator: the same sequence on every run. */
static unsigned long next_random(unsigned long *x)
{
	*x = *x * 6364136223846793005UL + 1442695040888963407UL;
	return *x >> 33;
}

/*
 * Fuzzy lookup against a brute-force search. 2,000 English terms of three
 * words from twelve (so that a piece of a query is held by hundreds of
 * keys, and the lookup must narrow it down by a second cut), then 300
 * queries, each a term with one to three letters changed, added or
 * dropped at random places: the lookup must find exactly the terms at the
 * least distance (to the key or to the term as written), when that is
 * within its limit (one edit per six letters), and nothing otherwise. The
 * words use no letters that Hunspell's suffixes could fold away.
 */
static void test_termbase_fuzzy_lookup_agrees_with_brute_force(void **state)
{
	static const char *const words[] = {"kabo", "tufam", "zumok", "hopka", "bavo", "mufta",
					    "kotu", "fazum", "otako", "pumba", "chafo", "wuko"};
	enum { TERMS = 2000, QUERIES = 300 };
	sy_termbase *tb = open_new("brute.sqlite", SY_TB_EMPTY);
	sy_error err = {0, ""};
	sqlite3_stmt *st;
	char *tsv = malloc(TERMS * 64 + 64), (*key)[64] = calloc(TERMS, 64),
	     (*written)[64] = calloc(TERMS, 64);
	long *id = calloc(TERMS, sizeof(*id)), ids[64];
	unsigned long x = 17;
	size_t used, n = 0, i, k, found, checked = 0, none = 0;

	(void)state;
	assert_non_null(tsv);
	used = (size_t)sprintf(tsv, "id\tzh\ten\tdomain\tstatus\tnote\tsource\n");
	for (i = 0; i < TERMS; i++)
		used += (size_t)sprintf(tsv + used, "c%zu\t\t%s %s %s\tother\tadmitted\t\t\n", i,
					words[next_random(&x) % 12], words[next_random(&x) % 12],
					words[next_random(&x) % 12]);
	assert_int_equal(sy_termbase_import_glossary(tb, tsv, used, "test", &err), SY_OK);
	assert_int_equal(sqlite3_prepare_v2(tb->db,
					    "SELECT id, key, lower(text) FROM term WHERE lang = 'en'",
					    -1, &st, NULL),
			 SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW && n < TERMS) {
		id[n] = (long)sqlite3_column_int64(st, 0);
		snprintf(key[n], 64, "%s", sqlite3_column_text(st, 1));
		snprintf(written[n], 64, "%s", sqlite3_column_text(st, 2));
		n++;
	}
	sqlite3_finalize(st);
	assert_int_equal(n, TERMS);
	for (k = 0; k < QUERIES; k++) {
		char query[64];
		size_t len, edits = 1 + next_random(&x) % 3, e, best = 99, limit, want = 0;
		snprintf(query, sizeof(query), "%s", written[next_random(&x) % n]);
		for (e = 0; e < edits; e++) {
			size_t at, kind = next_random(&x) % 3;
			len = strlen(query);
			at = next_random(&x) % (len + (kind == 1));
			if (kind == 1) /* add */
				memmove(query + at + 1, query + at, len - at + 1);
			if (kind <= 1) /* change, or fill what was added */
				query[at] = (char)('a' + next_random(&x) % 26);
			else if (len > 6) /* drop */
				memmove(query + at, query + at + 1, len - at);
		}
		len = strlen(query);
		if (len < 6 || strchr(query, 's')) /* shorter: another plan; 's': a plural */
			continue;
		limit = len / 6 > 1 ? len / 6 : 1;
		for (i = 0; i < n; i++) {
			size_t d = levenshtein(query, key[i]), d2 = levenshtein(query, written[i]);
			if (d2 < d)
				d = d2;
			if (d < best) {
				best = d;
				want = 0;
			}
			want += d == best;
		}
		assert_int_equal(sy_termbase_find(tb, query, SY_FIND_FUZZY, ids, 64, &found, &err),
				 SY_OK);
		if (best > limit) {
			if (found)
				fail_msg("%s: %zu found, none within %zu edits", query, found, limit);
			none++;
			continue;
		}
		if (found != (want < 64 ? want : 64))
			fail_msg("%s: %zu found, %zu within %zu edits", query, found, want, best);
		for (e = 0; e < found; e++) {
			for (i = 0; i < n && id[i] != ids[e]; i++)
				;
			assert_true(i < n);
			if (levenshtein(query, key[i]) > best && levenshtein(query, written[i]) > best)
				fail_msg("%s: found \"%s\", more than %zu edits away", query, key[i], best);
		}
		checked++;
	}
	/* Both kinds of answer were asked for. */
	assert_true(checked > 100);
	assert_true(none > 0);
	free(tsv);
	free(key);
	free(written);
	free(id);
	sy_termbase_close(tb);
}

/* Import n glossary rows of English terms named from `stem`. */
static void import_terms(sy_termbase *tb, const char *stem, size_t n)
{
	char *tsv = malloc(n * 80 + 64);
	size_t used, i;
	sy_error err = {0, ""};

	assert_non_null(tsv);
	used = (size_t)sprintf(tsv, "id\tzh\ten\tdomain\tstatus\tnote\tsource\n");
	for (i = 0; i < n; i++)
		used += (size_t)sprintf(tsv + used, "%s%zu\t\t%s term %zu\tother\tadmitted\t\t\n", stem,
					i, stem, i);
	assert_int_equal(sy_termbase_import_glossary(tb, tsv, used, stem, &err), SY_OK);
	free(tsv);
}

/* The runs ("segments") of the term index: FTS5 numbers each run's pages
 * from its id shifted left by 37 bits (its file format). */
static int term_index_runs(sy_termbase *tb)
{
	return db_number(tb->db, "SELECT count(DISTINCT id >> 37) FROM term_fts_data WHERE id >> 37 > 0");
}

/* An import that adds a tenth of the terms or more leaves the term index
 * in one run, which lookups read fastest; a small one leaves it to FTS5,
 * unless the runs have piled up. */
static void test_termbase_large_import_compacts_the_term_index(void **state)
{
	sy_termbase *tb = open_new("compact.sqlite", SY_TB_EMPTY);
	long ids[8];
	size_t found;
	sy_error err = {0, ""};

	(void)state;
	import_terms(tb, "alpha", 200);
	assert_int_equal(term_index_runs(tb), 1);
	/* A small import adds a run of its own. */
	import_terms(tb, "beta", 10); /* 20 terms of 420 */
	assert_int_equal(term_index_runs(tb), 2);
	import_terms(tb, "gamma", 100); /* 200 of 620 */
	assert_int_equal(term_index_runs(tb), 1);
	/* Small imports, one after another, with FTS5's own merging off
	 * (it merges four runs of a level, and any sixteen in a crisis):
	 * the runs pile up, one an import, and the import that leaves 17
	 * merges them. */
	assert_int_equal(sqlite3_exec(tb->db,
				      "INSERT INTO term_fts (term_fts, rank) VALUES ('automerge', 0);"
				      "INSERT INTO term_fts (term_fts, rank) VALUES ('crisismerge', 100)",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	{
		int i, runs;
		for (i = 0; i < 30; i++) {
			char stem[24];
			snprintf(stem, sizeof(stem), "small%d-", i);
			import_terms(tb, stem, 4);
			runs = term_index_runs(tb);
			assert_int_equal(runs, i < 15 ? i + 2 : i - 14);
		}
	}
	/* And every term is still found. */
	assert_int_equal(sy_termbase_find(tb, "betq term 7", SY_FIND_FUZZY, ids, 8, &found, &err), SY_OK);
	assert_int_equal(found, 1);
	assert_int_equal(sy_termbase_find(tb, "alpha term 199", SY_FIND_EXACT, ids, 8, &found, &err),
			 SY_OK);
	assert_int_equal(found, 1);
	assert_int_equal(sy_termbase_find(tb, "small29-", SY_FIND_SUBSTRING, ids, 8, &found, &err),
			 SY_OK);
	assert_int_equal(found, 4);
	sy_termbase_close(tb);
}

/* An import indexes its terms at its end, with the trigger that indexes
 * one term at a time set aside meanwhile: afterwards the trigger is back
 * and the index holds every term once, whether the import went in or
 * failed. */
static void test_termbase_import_indexes_its_terms_at_the_end(void **state)
{
	static const char bad[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
				  "b1\t网络韧性\tcyber toughness\tother\tadmitted\t\t\n"
				  "b2\t网络坚韧\tcyber hardiness\tother\tsomething\t\t\n";
	sy_termbase *tb = open_new("bulk.sqlite", SY_TB_EMPTY);
	const char *trigger = "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
			      " AND name = 'term_fts_insert'";
	const char *check = "INSERT INTO term_fts (term_fts, rank) VALUES ('integrity-check', 1)";
	long ids[8];
	size_t found;
	sy_error err = {0, ""};

	(void)state;
	import_terms(tb, "delta", 50);
	import_terms(tb, "delta", 50); /* the same again: nothing new */
	import_terms(tb, "epsilon", 3);
	assert_int_equal(db_number(tb->db, trigger), 1);
	assert_int_equal(sqlite3_exec(tb->db, check, NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(db_number(tb->db, "SELECT count(*) FROM term"), 53);
	assert_int_equal(sy_termbase_find(tb, "psilon term", SY_FIND_SUBSTRING, ids, 8, &found, &err),
			 SY_OK);
	assert_int_equal(found, 3);

	/* A failed import: no term, the trigger and the index as they were. */
	assert_int_equal(sy_termbase_import_glossary(tb, bad, sizeof(bad) - 1, "bad", &err), SY_EINPUT);
	assert_int_equal(db_number(tb->db, trigger), 1);
	assert_int_equal(db_number(tb->db, "SELECT count(*) FROM term"), 53);
	assert_int_equal(sqlite3_exec(tb->db, check, NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sy_termbase_find(tb, "toughness", SY_FIND_SUBSTRING, ids, 8, &found, &err),
			 SY_OK);
	assert_int_equal(found, 0);

	/* A term added outside an import goes in through the trigger. */
	assert_int_equal(sqlite3_exec(tb->db,
				      "INSERT INTO term (concept_id, lang, text, key, status)"
				      " SELECT concept_id, 'en', 'zeta outside', 'zeta outside', 'admitted'"
				      " FROM term LIMIT 1",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	assert_int_equal(sy_termbase_find(tb, "ta outsi", SY_FIND_SUBSTRING, ids, 8, &found, &err),
			 SY_OK);
	assert_int_equal(found, 1);
	assert_int_equal(sqlite3_exec(tb->db, check, NULL, NULL, NULL), SQLITE_OK);
	sy_termbase_close(tb);
}

/* The character index says which segments hold a character, not where
 * (schema 18): the concordance of a word finds only the segments where
 * its characters stand side by side, and ASCII letters in any case. */
static void test_termbase_concordance_needs_the_characters_side_by_side(void **state)
{
	sy_termbase *tb = open_with_small_glossary("side.sqlite");
	sy_merge_stats stats;
	sy_concord_list lines;
	sy_error err = {0, ""};

	(void)state;
	merge_text(tb, "S/1", "络在网中。安全在ICT之外。\n", &stats);
	merge_text(tb, "S/2", "网络安全。加强ICT安全。\n", &stats);
	assert_int_equal(sy_termbase_concord(tb, "网络", 10, &lines, &err), SY_OK);
	assert_int_equal(lines.count, 1);
	assert_string_equal(lines.lines[0].symbol, "S/2");
	sy_concord_list_free(&lines);
	assert_int_equal(sy_termbase_concord(tb, "ict安全", 10, &lines, &err), SY_OK);
	assert_int_equal(lines.count, 1);
	assert_string_equal(lines.lines[0].zh, "加强ICT安全。");
	assert_int_equal(lines.lines[0].position, 1);
	/* Highlighted where it stands, in the segment's case. */
	assert_int_equal(lines.lines[0].at, strlen("加强"));
	assert_int_equal(lines.lines[0].len, strlen("ict安全"));
	sy_concord_list_free(&lines);
	assert_int_equal(concord_count(tb, "安全"), 3);
	assert_int_equal(concord_count(tb, "全在"), 1);
	assert_int_equal(concord_count(tb, "在网"), 1);
	assert_int_equal(concord_count(tb, "网在"), 0);
	sy_termbase_close(tb);
}

static void test_termbase_merge_counts_terms_and_is_idempotent(void **state)
{
	sy_termbase *tb = open_with_small_glossary("merge.sqlite");
	sy_merge_stats stats;
	sy_termbase_stats counts;
	sy_error err = {0, ""};
	sy_hit_list hits;
	static const char text[] = "1. 会员国重申负责任国家行为框架。\n\n2. 建立信任措施很重要。负责任国家行为也是。\n";

	(void)state;
	merge_text(tb, "S/2021/621", text, &stats);
	assert_false(stats.unchanged);
	assert_int_equal(stats.segments, 3);
	assert_int_equal(stats.occurrences, 3);

	merge_text(tb, "S/2021/621", text, &stats);
	assert_true(stats.unchanged);
	assert_int_equal(sy_termbase_stats_get(tb, &counts, &err), SY_OK);
	assert_int_equal(counts.documents, 1);
	assert_int_equal(counts.segments, 3);

	assert_int_equal(sy_termbase_lookup(tb, "负责任国家行为", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.hits[0].terms[0].frequency, 2);
	assert_true(hits.hits[0].n_sources >= 1);
	sy_hit_list_free(&hits);
	sy_termbase_close(tb);
}

/* The term matcher kept between merges sees terms added since, by this
 * handle or by another connection. */
static void test_termbase_merge_sees_terms_added_between_merges(void **state)
{
	static const char more[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
				   "t3\t网络复原力\tcyber resilience\tcapacity-building\tpreferred\t\t\n";
	static const char again[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
				    "t4\t数字鸿沟\tdigital divide\tcapacity-building\tpreferred\t\t\n";
	sy_termbase *tb = open_with_small_glossary("cache.sqlite"), *other;
	sy_merge_stats stats;
	sy_error err = {0, ""};
	char path[256];

	(void)state;
	merge_text(tb, "S/1", "各国应加强网络复原力。\n", &stats);
	assert_int_equal(stats.occurrences, 0);
	/* This handle adds a term. */
	assert_int_equal(sy_termbase_import_glossary(tb, more, sizeof(more) - 1, "test", &err), SY_OK);
	merge_text(tb, "S/2", "网络复原力很重要。\n", &stats);
	assert_int_equal(stats.occurrences, 1);
	/* Another connection adds one. */
	snprintf(path, sizeof(path), "%s/cache.sqlite", dir);
	assert_int_equal(sy_termbase_open(&other, path, 0, &err), SY_OK);
	assert_int_equal(sy_termbase_import_glossary(other, again, sizeof(again) - 1, "test", &err),
			 SY_OK);
	sy_termbase_close(other);
	merge_text(tb, "S/3", "数字鸿沟正在扩大。\n", &stats);
	assert_int_equal(stats.occurrences, 1);
	sy_termbase_close(tb);
}

static void test_termbase_merge_replaces_a_new_version(void **state)
{
	sy_termbase *tb = open_with_small_glossary("replace.sqlite");
	sy_merge_stats stats;
	sy_termbase_stats counts;
	sy_error err = {0, ""};
	sy_hit_list hits;

	(void)state;
	merge_text(tb, "A/76/135", "负责任国家行为很重要。建立信任措施也是。\n", &stats);
	merge_text(tb, "A/76/135", "只有建立信任措施。\n", &stats);
	assert_true(stats.replaced);
	assert_int_equal(sy_termbase_stats_get(tb, &counts, &err), SY_OK);
	assert_int_equal(counts.documents, 1);
	assert_int_equal(counts.segments, 1);
	assert_int_equal(sy_termbase_lookup(tb, "负责任国家行为", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.hits[0].terms[0].frequency, 0);
	sy_hit_list_free(&hits);
	sy_termbase_close(tb);
}

static void test_termbase_refuses_a_newer_schema(void **state)
{
	char path[256], cmd[512];
	sy_termbase *tb = open_new("newer.sqlite", SY_TB_EMPTY);
	sy_error err = {0, ""};

	(void)state;
	sy_termbase_close(tb);
	snprintf(path, sizeof(path), "%s/newer.sqlite", dir);
	snprintf(cmd, sizeof(cmd), "sqlite3 %s 'PRAGMA user_version = 99'", path);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(sy_termbase_open(&tb, path, 0, &err), SY_EINPUT);
	assert_non_null(strstr(err.message, "newer shuyu"));
}

/* What sy_termbase_open_noticed told: how often, from which version, of
 * which file. */
typedef struct notices_seen {
	int count, version;
	char path[256];
} notices_seen;

static void count_notice(const char *path, int version, void *userdata)
{
	notices_seen *n = userdata;

	n->count++;
	n->version = version;
	snprintf(n->path, sizeof(n->path), "%s", path);
}

static void test_termbase_migrates_a_version_1_termbase(void **state)
{
	notices_seen notices = {0, 0, ""};
	char path[256], cmd[1024];
	sy_termbase *tb = open_with_small_glossary("v1.sqlite");
	sy_merge_stats stats;
	sy_hit_list hits;
	sy_error err = {0, ""};
	FILE *p;
	int version = 0;

	(void)state;
	merge_text(tb, "S/1", "负责任国家行为很重要。\n", &stats);
	{
		static const char inflected[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
						"t3\t补救\tremedies\tother\tadmitted\t\t\n";
		assert_int_equal(sy_termbase_import_glossary(tb, inflected, sizeof(inflected) - 1, "test",
							     &err),
				 SY_OK);
	}
	sy_termbase_close(tb);
	/* Make it what version 1 wrote: no props column, an occurrence table,
	 * one trigram index of both languages kept by triggers, user_version 1. */
	snprintf(path, sizeof(path), "%s/v1.sql", dir);
	p = fopen(path, "w");
	assert_non_null(p);
	fputs("DROP TABLE term_seen; DROP INDEX term_zh_latin;"
	      " DROP VIEW occurrence; DROP TRIGGER segment_delete; DROP TRIGGER segment_terms_update;"
	      " DROP TRIGGER term_occurrence_delete; DROP TRIGGER term_insert_matcher;"
	      " DROP TRIGGER term_delete_matcher; DROP TRIGGER term_update_matcher;"
	      " DROP TABLE matcher_cache;"
	      " CREATE TABLE occurrence ("
	      "  term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,"
	      "  segment_id INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,"
	      "  PRIMARY KEY (term_id, segment_id)) WITHOUT ROWID;"
	      " CREATE INDEX occurrence_by_segment ON occurrence(segment_id);"
	      " INSERT INTO occurrence SELECT j.value, s.id FROM segment s, json_each(s.terms) j;"
	      " DROP TABLE segment_zh_fts; DROP TABLE segment_en_fts; DROP TABLE occurrence_fts;"
	      " ALTER TABLE segment DROP COLUMN terms;"
	      " ALTER TABLE segment DROP COLUMN props; DROP TABLE candidate; DROP TABLE term_bigram;"
	      " ALTER TABLE segment DROP COLUMN zh_chunks; ALTER TABLE segment DROP COLUMN en_chunks;"
	      " ALTER TABLE segment DROP COLUMN chunks_version;"
	      " CREATE VIRTUAL TABLE segment_fts USING fts5(zh, en, content='segment',"
	      "  content_rowid='id', tokenize='trigram');"
	      " INSERT INTO segment_fts(segment_fts) VALUES ('rebuild');"
	      " CREATE TRIGGER segment_fts_insert AFTER INSERT ON segment BEGIN"
	      "  INSERT INTO segment_fts(rowid, zh, en) VALUES (new.id, new.zh, new.en); END;"
	      " CREATE TRIGGER segment_fts_delete AFTER DELETE ON segment BEGIN"
	      "  INSERT INTO segment_fts(segment_fts, rowid, zh, en)"
	      "  VALUES ('delete', old.id, old.zh, old.en); END;"
	      " DROP TRIGGER term_fts_insert; DROP TRIGGER term_fts_delete;"
	      " DROP TRIGGER term_fts_update; DROP TRIGGER term_fts_unindex; DROP TABLE term_fts;"
	      " DROP VIEW term_fts_source;"
	      " CREATE VIRTUAL TABLE term_fts USING fts5(key, content='term', content_rowid='id',"
	      "  tokenize='trigram');"
	      " INSERT INTO term_fts(term_fts) VALUES ('rebuild');"
	      " CREATE TRIGGER term_fts_insert AFTER INSERT ON term BEGIN"
	      "  INSERT INTO term_fts(rowid, key) VALUES (new.id, new.key); END;"
	      " CREATE TRIGGER term_fts_delete AFTER DELETE ON term BEGIN"
	      "  INSERT INTO term_fts(term_fts, rowid, key) VALUES ('delete', old.id, old.key); END;"
	      " CREATE TRIGGER term_fts_update AFTER UPDATE OF key ON term BEGIN"
	      "  INSERT INTO term_fts(term_fts, rowid, key) VALUES ('delete', old.id, old.key);"
	      "  INSERT INTO term_fts(rowid, key) VALUES (new.id, new.key); END;"
	      " PRAGMA user_version = 1;\n",
	      p);
	fclose(p);
	snprintf(cmd, sizeof(cmd), "sqlite3 %s/v1.sqlite < %s", dir, path);
	assert_int_equal(system(cmd), 0);
	snprintf(path, sizeof(path), "%s/v1.sqlite", dir);
	snprintf(cmd, sizeof(cmd), "sqlite3 %s 'SELECT count(*) FROM occurrence'", path);
	p = popen(cmd, "r");
	assert_non_null(p);
	assert_int_equal(fscanf(p, "%d", &version), 1);
	pclose(p);
	assert_int_equal(version, 1); /* the version-1 file has its occurrence */

	/* The caller hears of the upgrade once, before it starts, with the
	 * version it starts from. */
	assert_int_equal(sy_termbase_open_noticed(&tb, path, 0, count_notice, &notices, &err), SY_OK);
	assert_int_equal(notices.count, 1);
	assert_int_equal(notices.version, 1);
	assert_string_equal(notices.path, path);
	assert_int_equal(sy_termbase_lookup(tb, "负责任国家行为", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.hits[0].terms[0].frequency, 1);
	sy_hit_list_free(&hits);
	/* Migration 12 indexed the existing English terms as written: a
	 * misspelt plural is found by its written form. */
	assert_int_equal(sy_termbase_lookup(tb, "remqdies", NULL, &hits, &err), SY_OK);
	assert_true(hits.count >= 1);
	assert_string_equal(hits.hits[0].matched, "remedies");
	sy_hit_list_free(&hits);
	/* The migration indexed the existing terms' two-character pieces, and
	 * a term added now gets them too. */
	assert_int_equal(sy_termbase_lookup(tb, "信任", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.count, 1);
	assert_string_equal(hits.hits[0].match, "substring");
	assert_string_equal(hits.hits[0].matched, "建立信任措施");
	sy_hit_list_free(&hits);
	{
		static const char more[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
					   "t9\t互信机制\tmutual trust mechanism\tconfidence-building\tadmitted\t\t\n";
		assert_int_equal(sy_termbase_import_glossary(tb, more, sizeof(more) - 1, "test", &err), SY_OK);
		assert_int_equal(sy_termbase_lookup(tb, "信机", NULL, &hits, &err), SY_OK);
		assert_int_equal(hits.count, 1);
		assert_string_equal(hits.hits[0].matched, "互信机制");
		sy_hit_list_free(&hits);
	}
	/* A document merged after the migration is indexed once, not twice;
	 * the one merged before it is in the character index of version 7. */
	merge_text(tb, "S/2", "建立信任措施也很重要。\n", &stats);
	{
		sy_concord_list lines;
		assert_int_equal(concord_count(tb, "建立信任措施"), 1);
		assert_int_equal(sy_termbase_concord(tb, "国家行为", 10, &lines, &err), SY_OK);
		assert_int_equal(lines.count, 1);
		assert_string_equal(lines.lines[0].symbol, "S/1");
		sy_concord_list_free(&lines);
		assert_int_equal(concord_count(tb, "重要"), 2);
	}
	sy_termbase_close(tb);
	/* Up to date now: opened again, nothing to tell. Nor of a new file. */
	assert_int_equal(sy_termbase_open_noticed(&tb, path, 0, count_notice, &notices, &err), SY_OK);
	sy_termbase_close(tb);
	snprintf(cmd, sizeof(cmd), "%s/new.sqlite", dir);
	assert_int_equal(sy_termbase_open_noticed(&tb, cmd, SY_TB_CREATE | SY_TB_EMPTY, count_notice, &notices, &err),
			 SY_OK);
	sy_termbase_close(tb);
	assert_int_equal(notices.count, 1);
	snprintf(cmd, sizeof(cmd), "sqlite3 %s 'PRAGMA user_version; SELECT props FROM segment'", path);
	p = popen(cmd, "r");
	assert_non_null(p);
	assert_int_equal(fscanf(p, "%d", &version), 1);
	pclose(p);
	assert_int_equal(version, SY_SCHEMA_VERSION);
	/* Migrations 9 and 11: FTS5 merges 32 runs of a level of the text
	 * indexes, a bit at a time, and all of them at once only at 128; 16
	 * and 64 in the term index, which every lookup reads. */
	assert_int_equal(sql_number(path, "SELECT sum(v) FROM (SELECT v FROM segment_zh_fts_config"
					  " WHERE k = 'crisismerge' UNION ALL SELECT v FROM"
					  " segment_en_fts_config WHERE k = 'crisismerge' UNION ALL"
					  " SELECT v FROM occurrence_fts_config WHERE k = 'crisismerge')"),
			 2 * 128 + 64);
	assert_int_equal(sql_number(path, "SELECT sum(v) FROM (SELECT v FROM segment_zh_fts_config"
					  " WHERE k = 'automerge' UNION ALL SELECT v FROM"
					  " segment_en_fts_config WHERE k = 'automerge' UNION ALL"
					  " SELECT v FROM occurrence_fts_config WHERE k = 'automerge')"),
			 2 * 32 + 16);
	/* Migration 11: the English and term indexes count no tokens per row. */
	assert_int_equal(sql_number(path, "SELECT count(*) FROM sqlite_master WHERE name IN"
					  " ('segment_en_fts_docsize', 'occurrence_fts_docsize')"),
			 0);
}

static void test_termbase_refuses_a_file_that_is_not_a_termbase(void **state)
{
	char path[256];
	sy_termbase *tb;
	sy_error err = {0, ""};
	FILE *f;

	(void)state;
	snprintf(path, sizeof(path), "%s/notes.txt", dir);
	f = fopen(path, "w");
	fputs("these are my notes, not a database\n", f);
	fclose(f);
	assert_int_not_equal(sy_termbase_open(&tb, path, SY_TB_CREATE, &err), SY_OK);
	assert_non_null(strstr(err.message, path));
}

static void test_termbase_concordance_finds_word_in_context(void **state)
{
	sy_termbase *tb = open_new("concord.sqlite", SY_TB_EMPTY);
	sy_merge_stats stats;
	sy_concord_list lines;
	sy_error err = {0, ""};

	(void)state;
	merge_text(tb, "S/1", "我们讨论了建立信任措施。然后休会。\n", &stats);
	merge_text(tb, "S/2", "ICT供应链的安全。信任与措施。\n", &stats);
	assert_int_equal(sy_termbase_concord(tb, "信任措施", 10, &lines, &err), SY_OK);
	assert_int_equal(lines.count, 1);
	assert_int_equal(lines.lines[0].side, 0);
	assert_int_equal(lines.lines[0].at, strlen("我们讨论了建立"));
	sy_concord_list_free(&lines);
	/* The characters must stand side by side, in order: S/2 has 信任 and
	 * 措施, but not 信任措施. */
	assert_int_equal(sy_termbase_concord(tb, "任措", 10, &lines, &err), SY_OK);
	assert_int_equal(lines.count, 1);
	assert_string_equal(lines.lines[0].symbol, "S/1");
	sy_concord_list_free(&lines);
	/* One character, two, and Chinese with Latin letters in it. */
	assert_int_equal(concord_count(tb, "施"), 2);
	assert_int_equal(concord_count(tb, "信任"), 2);
	assert_int_equal(sy_termbase_concord(tb, "ICT供应", 10, &lines, &err), SY_OK);
	assert_int_equal(lines.count, 1);
	assert_string_equal(lines.lines[0].symbol, "S/2");
	assert_int_equal(lines.lines[0].at, 0);
	sy_concord_list_free(&lines);
	assert_int_equal(concord_count(tb, "措信"), 0);
	sy_termbase_close(tb);
}

/* Merge a document of n sentences, aligned one to one with the given
 * scores (NULL: 0.9 each); what the merge did into *stats. */
static void merge_aligned(sy_termbase *tb, const char *symbol, const char *zh_text,
			  const char *en_text, const double *scores, size_t n, sy_merge_stats *stats)
{
	aligned_doc a;
	sy_error err = {0, ""};

	aligned_make(&a, symbol, zh_text, en_text, 1, scores, 0.9);
	assert_int_equal(a.doc.n_beads, n);
	if (sy_termbase_merge(tb, &a.doc, stats, NULL, NULL, &err))
		fail_msg("merge %s: %s", symbol, err.message);
	aligned_free(&a);
}

static void merge_paragraphs(sy_termbase *tb, const char *symbol, const char *zh_text,
			     const char *en_text, const double *scores, size_t n)
{
	sy_merge_stats stats;

	merge_aligned(tb, symbol, zh_text, en_text, scores, n, &stats);
}

/* Merge one Chinese sentence and its English as a one-bead document. */
static void merge_pair(sy_termbase *tb, const char *symbol, const char *zh_text,
		       const char *en_text)
{
	static const double score = 0.9;

	merge_paragraphs(tb, symbol, zh_text, en_text, &score, 1);
}

/* Merge n numbered paragraphs (n <= 64), "负责任国家行为第k段。" and
 * "Responsible State behaviour, paragraph k.", each aligned at score. */
static void merge_numbered(sy_termbase *tb, const char *symbol, size_t n, double score)
{
	double scores[64];
	char zh[4096], en[8192];
	size_t i, zl = 0, el = 0;

	assert_true(n <= 64);
	for (i = 0; i < n; i++) {
		zl += (size_t)snprintf(zh + zl, sizeof(zh) - zl, "%zu. 负责任国家行为第%zu段。\n\n",
				       i + 1, i + 1);
		el += (size_t)snprintf(en + el, sizeof(en) - el,
				       "%zu. Responsible State behaviour, paragraph %zu.\n\n", i + 1, i + 1);
		scores[i] = score;
	}
	merge_paragraphs(tb, symbol, zh, en, scores, n);
}

static void test_termbase_english_concordance_is_by_word(void **state)
{
	sy_termbase *tb = open_new("concord-en.sqlite", SY_TB_EMPTY);
	sy_concord_list lines;
	sy_error err = {0, ""};

	(void)state;
	merge_pair(tb, "S/1", "各国商定了建立信任措施。\n", "States agreed on confidence-building measures.\n");
	merge_pair(tb, "S/2", "这是一项措施。\n", "This is a measure.\n");
	merge_pair(tb, "S/3", "危害无法估量。\n", "The harm is immeasurable.\n");
	/* A word finds its inflected forms, and not words that merely
	 * contain it. */
	assert_int_equal(sy_termbase_concord(tb, "measure", 10, &lines, &err), SY_OK);
	assert_int_equal(lines.count, 2);
	assert_string_equal(lines.lines[0].symbol, "S/1");
	assert_int_equal(lines.lines[0].side, 1);
	assert_int_equal(lines.lines[0].at, strlen("States agreed on confidence-building "));
	assert_string_equal(lines.lines[1].symbol, "S/2");
	sy_concord_list_free(&lines);
	/* Case folds; a hyphen joins words as a space does. */
	assert_int_equal(concord_count(tb, "Confidence building"), 1);
	/* Chinese still by substring. */
	assert_int_equal(concord_count(tb, "信任措"), 1);
	sy_termbase_close(tb);
}

/* A term in more segments than a lookup reads for its sources and
 * examples (fifty) shows those of the documents merged last: S/NEW,
 * merged after the sixty paragraphs of S/OLD, is among its sources, and
 * its pair, the best-aligned, is the first example. */
static void test_termbase_lookup_shows_the_documents_merged_last(void **state)
{
	sy_termbase *tb = open_with_small_glossary("newest.sqlite");
	static const double best = 0.95;
	sy_hit_list hits;
	sy_error err = {0, ""};
	size_t i;
	int seen = 0;

	(void)state;
	merge_numbered(tb, "S/OLD", 60, 0.5);
	merge_paragraphs(tb, "S/NEW", "1. 负责任国家行为，新的。\n", "1. Responsible State behaviour, new.\n",
			 &best, 1);
	assert_int_equal(sy_termbase_lookup(tb, "负责任国家行为", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.hits[0].terms[0].frequency, 61);
	for (i = 0; i < hits.hits[0].n_sources; i++)
		seen |= !strcmp(hits.hits[0].sources[i], "S/NEW para. 1");
	assert_true(seen);
	assert_string_equal(hits.hits[0].examples[0].symbol, "S/NEW");
	sy_hit_list_free(&hits);
	sy_termbase_close(tb);
}

static void test_termbase_lookup_shows_sources_and_best_examples(void **state)
{
	static const double scores[] = {0.5, 0.9, 0.7};
	static const char *const sources[] = {
		"A/1", "A/70/174", "S/2 (c)", "S/2 para. 2", "S/2 para. 10", "S/3 para. 1",
		"S/3 para. 2", "S/3 para. 3", "S/3 para. 4", "S/3 para. 5", "S/3 para. 6",
		"S/3 para. 7", "S/3 para. 8", "S/3 para. 9", "S/3 para. 10", "S/3 para. 11",
		"S/3 para. 12", "S/3 para. 13", "S/3 para. 14", "S/3 para. 15"};
	sy_termbase *tb = open_with_small_glossary("sources.sqlite");
	sy_lookup_options two = {0, 2}, none = {0, SY_NO_EXAMPLES};
	sy_merge_stats stats;
	sy_hit_list hits;
	sy_error err = {0, ""};
	size_t i;

	(void)state;
	/* Nothing merged: the glossary's attestation only, no example. */
	assert_int_equal(sy_termbase_lookup(tb, "负责任国家行为", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.hits[0].terms[0].frequency, 0);
	assert_int_equal(hits.hits[0].n_sources, 1);
	assert_string_equal(hits.hits[0].sources[0], "A/70/174");
	assert_int_equal(hits.hits[0].n_examples, 0);
	sy_hit_list_free(&hits);

	merge_paragraphs(tb, "S/2",
			 "10. 负责任国家行为甲。\n\n2. 负责任国家行为乙。\n\n(c) 负责任国家行为丙。\n",
			 "10. Responsible State behaviour A.\n\n2. Responsible State behaviour B.\n\n"
			 "(c) Responsible State behaviour C.\n",
			 scores, 3);
	/* Chinese only: a source, never an example. */
	merge_text(tb, "A/1", "负责任国家行为。\n", &stats);
	merge_numbered(tb, "S/3", 20, 0.1);

	assert_int_equal(sy_termbase_lookup(tb, "负责任国家行为", NULL, &hits, &err), SY_OK);
	assert_string_equal(hits.hits[0].terms[0].text, "负责任国家行为");
	assert_int_equal(hits.hits[0].terms[0].frequency, 24);
	assert_string_equal(hits.hits[0].terms[1].text, "responsible State behaviour");
	assert_int_equal(hits.hits[0].terms[1].frequency, 23);
	/* The glossary's attestation and the merged paragraphs, by document,
	 * paragraphs in numeric order, list items first; twenty at most. */
	assert_int_equal(hits.hits[0].n_sources, 20);
	for (i = 0; i < 20; i++)
		assert_string_equal(hits.hits[0].sources[i], sources[i]);
	/* The best-aligned pairs first. */
	assert_int_equal(hits.hits[0].n_examples, 3);
	assert_string_equal(hits.hits[0].examples[0].en, "Responsible State behaviour B.");
	assert_string_equal(hits.hits[0].examples[0].paragraph, "2");
	assert_string_equal(hits.hits[0].examples[1].zh, "负责任国家行为丙。");
	assert_string_equal(hits.hits[0].examples[1].paragraph, "(c)");
	assert_string_equal(hits.hits[0].examples[2].symbol, "S/2");
	assert_string_equal(hits.hits[0].examples[2].paragraph, "10");
	sy_hit_list_free(&hits);

	/* As many examples as asked for; a concept never merged has none. */
	assert_int_equal(sy_termbase_lookup(tb, "responsible State behaviour", &two, &hits, &err),
			 SY_OK);
	assert_int_equal(hits.hits[0].n_examples, 2);
	assert_string_equal(hits.hits[0].examples[1].en, "Responsible State behaviour C.");
	assert_int_equal(hits.hits[0].n_sources, 20);
	sy_hit_list_free(&hits);
	/* None, when none are asked for; the sources are still there. */
	assert_int_equal(sy_termbase_lookup(tb, "responsible State behaviour", &none, &hits, &err),
			 SY_OK);
	assert_int_equal(hits.hits[0].n_examples, 0);
	assert_int_equal(hits.hits[0].n_sources, 20);
	assert_int_equal(hits.hits[0].terms[1].frequency, 23);
	sy_hit_list_free(&hits);
	assert_int_equal(sy_termbase_lookup(tb, "建立信任措施", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.hits[0].n_sources, 0);
	assert_int_equal(hits.hits[0].n_examples, 0);
	assert_int_equal(hits.hits[0].terms[0].frequency, 0);
	sy_hit_list_free(&hits);
	sy_termbase_close(tb);
}

/* A Latin-script query finds Chinese terms that hold it (migration 13's
 * index of the Chinese terms with a Latin letter or a digit), at any
 * length, beside the English ones; Chinese terms without Latin letters
 * never come up. */
static void test_termbase_latin_query_finds_chinese_terms_that_hold_it(void **state)
{
	static const char terms[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
				    "l1\tICT供应链\tICT supply chain\tthreats\tpreferred\t\t\n"
				    "l2\t2019冠状病毒病\tcoronavirus disease\tother\tpreferred\t\t\n"
				    "l3\t5G网络\tfifth-generation networks\tthreats\tadmitted\t\t\n"
				    "l4\t信通技术\tICT\tthreats\tpreferred\t\t\n"
				    "l5\t供应链安全\tsupply chain security\tthreats\tpreferred\t\t\n";
	sy_termbase *tb = open_new("latin.sqlite", SY_TB_EMPTY);
	long ids[8];
	size_t found, i;
	sy_error err = {0, ""};

	(void)state;
	assert_int_equal(sy_termbase_import_glossary(tb, terms, sizeof(terms) - 1, "test", &err), SY_OK);
	assert_int_equal(db_number(tb->db, "SELECT count(*) FROM term INDEXED BY term_zh_latin"
					   " WHERE lang = 'zh' AND key GLOB '*[0-9A-Za-z]*'"),
			 3);
	/* "ICT": the English term exactly, then by substring the English
	 * "ICT supply chain" and the Chinese ICT供应链. */
	assert_int_equal(sy_termbase_find(tb, "ICT", SY_FIND_SUBSTRING, ids, 8, &found, &err), SY_OK);
	assert_int_equal(found, 3);
	assert_int_equal(db_number(tb->db, "SELECT count(*) FROM term WHERE text = 'ICT供应链'"), 1);
	{
		int zh = 0;
		for (i = 0; i < found; i++) {
			char sql[96];
			snprintf(sql, sizeof(sql), "SELECT lang = 'zh' FROM term WHERE id = %ld", ids[i]);
			zh += (int)db_number(tb->db, sql);
		}
		assert_int_equal(zh, 1);
	}
	/* Digits, two characters, and a piece in the middle. */
	assert_int_equal(sy_termbase_find(tb, "2019", SY_FIND_SUBSTRING, ids, 8, &found, &err), SY_OK);
	assert_int_equal(found, 1);
	assert_int_equal(sy_termbase_find(tb, "5G", SY_FIND_SUBSTRING, ids, 8, &found, &err), SY_OK);
	assert_int_equal(found, 1);
	assert_int_equal(sy_termbase_find(tb, "01", SY_FIND_SUBSTRING, ids, 8, &found, &err), SY_OK);
	assert_int_equal(found, 1);
	/* Nothing Latin to hold: no Chinese term. */
	assert_int_equal(sy_termbase_find(tb, "security", SY_FIND_SUBSTRING, ids, 8, &found, &err), SY_OK);
	assert_int_equal(found, 1);
	sy_termbase_close(tb);
}

/* Two letters of English are looked for where a word of a key begins:
 * "UN" finds "the UN system", not "fund", whose inside holds them. */
static void test_termbase_two_letters_find_words_that_begin_with_them(void **state)
{
	static const char terms[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
				    "w1\t联合国\tUnited Nations\tinstitutions\tpreferred\t\t\n"
				    "w2\t基金\tfund\tother\tpreferred\t\t\n"
				    "w3\t联合国系统\tthe UN system\tinstitutions\tpreferred\t\t\n"
				    "w4\t部署5G\tdeployment of 5G\tthreats\tadmitted\t\t\n";
	sy_termbase *tb = open_new("twoletters.sqlite", SY_TB_EMPTY);
	long ids[8];
	size_t found;
	char sql[96];
	sy_error err = {0, ""};

	(void)state;
	assert_int_equal(sy_termbase_import_glossary(tb, terms, sizeof(terms) - 1, "test", &err), SY_OK);
	assert_int_equal(sy_termbase_find(tb, "UN", SY_FIND_SUBSTRING, ids, 8, &found, &err), SY_OK);
	assert_int_equal(found, 1);
	snprintf(sql, sizeof(sql), "SELECT text = 'the UN system' FROM term WHERE id = %ld", ids[0]);
	assert_int_equal(db_number(tb->db, sql), 1);
	/* The key that begins with them is the prefix stage's. */
	assert_int_equal(sy_termbase_find(tb, "UN", SY_FIND_PREFIX, ids, 8, &found, &err), SY_OK);
	assert_int_equal(found, 1);
	snprintf(sql, sizeof(sql), "SELECT text = 'United Nations' FROM term WHERE id = %ld", ids[0]);
	assert_int_equal(db_number(tb->db, sql), 1);
	/* A letter and a digit: the English word, and the Chinese term that
	 * holds them. */
	assert_int_equal(sy_termbase_find(tb, "5g", SY_FIND_SUBSTRING, ids, 8, &found, &err), SY_OK);
	assert_int_equal(found, 2);
	/* Nowhere at the start of a word. */
	assert_int_equal(sy_termbase_find(tb, "nd", SY_FIND_SUBSTRING, ids, 8, &found, &err), SY_OK);
	assert_int_equal(found, 0);
	sy_termbase_close(tb);
}

static int count_step(void *arg)
{
	++*(long *)arg;
	return 0;
}

/* What a one-stage lookup of query finds among texts[], as a bitmask of
 * their places (-1 for a term found that is not among them), and in how
 * many steps of SQLite's virtual machine. */
static long found_among(sy_termbase *tb, const char *query, int stage, const char *const *texts,
			size_t n, long *steps)
{
	long ids[64], mask = 0;
	size_t found, i, k;
	sy_error err = {0, ""};

	*steps = 0;
	sqlite3_progress_handler(tb->db, 1, count_step, steps);
	assert_int_equal(sy_termbase_find(tb, query, stage, ids, 64, &found, &err), SY_OK);
	sqlite3_progress_handler(tb->db, 0, NULL, NULL);
	for (i = 0; i < found; i++) {
		long bit = -1;
		for (k = 0; k < n; k++) {
			char check[160];
			snprintf(check, sizeof(check), "SELECT count(*) FROM term WHERE id = %ld AND text = '%s'",
				 ids[i], texts[k]);
			if (db_number(tb->db, check))
				bit = 1L << k;
		}
		if (bit < 0)
			return -1;
		mask |= bit;
	}
	return mask;
}

/* One Chinese character is found inside keys, at any place, last included,
 * through the index of their pieces (migration 15), not by reading every
 * Chinese key: counted in steps of SQLite's virtual machine beside 2,000
 * other terms. A termbase from before the migration gets its keys' last
 * characters from it. */
static void test_termbase_one_character_is_found_through_the_pieces(void **state)
{
	static const char *const texts[] = {"网络空间", "领域", "域名", "互联网"};
	sy_termbase *tb = open_new("onechar.sqlite", SY_TB_EMPTY);
	util_buf tsv = {NULL, 0, 0};
	sy_error err = {0, ""};
	char path[256], cmd[1024], line[160];
	long steps;
	size_t i;

	(void)state;
	{
		static const char header[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n";
		assert_int_equal(util_buf_add(&tsv, header, sizeof(header) - 1), 0);
	}
	for (i = 0; i < 4; i++) {
		snprintf(line, sizeof(line), "o%zu\t%s\tterm %zu\tother\tadmitted\t\t\n", i, texts[i], i);
		assert_int_equal(util_buf_add(&tsv, line, strlen(line)), 0);
	}
	/* Two thousand other terms of three characters, none of them above. */
	for (i = 0; i < 2000; i++) {
		static const char *const a[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
		static const char *const b[] = {"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉"};
		snprintf(line, sizeof(line), "f%zu\t%s%s%s\tfiller %zu\tother\tadmitted\t\t\n", i,
			 a[i % 10], b[i / 10 % 10], a[i / 100 % 10], i);
		assert_int_equal(util_buf_add(&tsv, line, strlen(line)), 0);
	}
	assert_int_equal(sy_termbase_import_glossary(tb, tsv.s, tsv.len, "test", &err), SY_OK);
	free(tsv.s);

	/* 网 begins a piece of 网络空间 and ends 互联网; 间 ends a key only. */
	assert_int_equal(found_among(tb, "网", SY_FIND_SUBSTRING, texts, 4, &steps), 1 | 8);
	assert_true(steps < 2000);
	assert_int_equal(found_among(tb, "域", SY_FIND_SUBSTRING, texts, 4, &steps), 2 | 4);
	assert_int_equal(found_among(tb, "间", SY_FIND_SUBSTRING, texts, 4, &steps), 1);
	assert_int_equal(found_among(tb, "联", SY_FIND_SUBSTRING, texts, 4, &steps), 8);
	assert_int_equal(found_among(tb, "鬣", SY_FIND_SUBSTRING, texts, 4, &steps), 0);
	assert_true(steps < 2000);
	sy_termbase_close(tb);

	/* What schema 14 held: the pieces, no last characters, no lengths. */
	snprintf(path, sizeof(path), "%s/onechar.sqlite", dir);
	snprintf(cmd, sizeof(cmd),
		 "sqlite3 %s \"CREATE TABLE piece (gram TEXT NOT NULL,"
		 " term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,"
		 " PRIMARY KEY (gram, term_id)) WITHOUT ROWID;"
		 " INSERT INTO piece SELECT gram, term_id FROM term_bigram WHERE length(gram) = 2;"
		 " DROP TABLE term_bigram; ALTER TABLE piece RENAME TO term_bigram;"
		 " CREATE INDEX term_bigram_by_term ON term_bigram(term_id);"
		 " PRAGMA user_version = 14\"",
		 path);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(sy_termbase_open(&tb, path, 0, &err), SY_OK);
	assert_int_equal(found_among(tb, "间", SY_FIND_SUBSTRING, texts, 4, &steps), 1);
	assert_int_equal(found_among(tb, "网", SY_FIND_SUBSTRING, texts, 4, &steps), 1 | 8);
	/* Migration 16 gave every row its key's length. */
	assert_int_equal(db_number(tb->db, "SELECT count(*) FROM term_bigram b JOIN term t"
					   " ON t.id = b.term_id WHERE b.len = length(t.key)"),
			 db_number(tb->db, "SELECT count(*) FROM term_bigram"));
	assert_true(db_number(tb->db, "SELECT count(*) FROM term_bigram") > 2000 * 3);
	sy_termbase_close(tb);
}

/* One or two Chinese characters find the shortest keys that hold them
 * first, and two read only the index rows of the keys shown (migration
 * 16): counted in steps of SQLite's virtual machine beside 1,500 keys that
 * hold them. */
static void test_termbase_short_query_reads_the_shortest_keys_first(void **state)
{
	sy_termbase *tb = open_new("shortest.sqlite", SY_TB_EMPTY);
	util_buf tsv = {NULL, 0, 0};
	sy_error err = {0, ""};
	char line[160], sql[160];
	long ids[8], steps = 0;
	size_t found, i;

	(void)state;
	{
		static const char header[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n";
		assert_int_equal(util_buf_add(&tsv, header, sizeof(header) - 1), 0);
	}
	/* 网络 and four to seven characters more: the eight shortest are
	 * those with four, written last, so that the order is the length's. */
	for (i = 0; i < 1500; i++) {
		static const char *const a[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
		size_t more = 7 - i / 375, k;
		char zh[64] = "网络";
		for (k = 0; k < more; k++)
			strcat(zh, a[(i / (k == 0 ? 1 : k * 10)) % 10]);
		snprintf(line, sizeof(line), "w%zu\t%s\tnet %zu\tother\tadmitted\t\t\n", i, zh, i);
		assert_int_equal(util_buf_add(&tsv, line, strlen(line)), 0);
	}
	assert_int_equal(sy_termbase_import_glossary(tb, tsv.s, tsv.len, "test", &err), SY_OK);
	free(tsv.s);

	for (i = 0; i < 2; i++) {
		const char *query = i == 0 ? "网络" : "络";
		size_t k;
		sqlite3_progress_handler(tb->db, 1, count_step, &steps);
		steps = 0;
		assert_int_equal(sy_termbase_find(tb, query, SY_FIND_SUBSTRING, ids, 8, &found, &err),
				 SY_OK);
		sqlite3_progress_handler(tb->db, 0, NULL, NULL);
		assert_int_equal(found, 8);
		for (k = 0; k < found; k++) {
			snprintf(sql, sizeof(sql), "SELECT length(key) FROM term WHERE id = %ld", ids[k]);
			assert_int_equal(db_number(tb->db, sql), 6);
			assert_true(k == 0 || ids[k] > ids[k - 1]);
		}
		if (i == 0)
			assert_true(steps < 500);
	}
	sy_termbase_close(tb);
}

/* Whether a term's bit (migration 14) says it may occur. */
static int term_marked(sy_termbase *tb, long id)
{
	sqlite3_stmt *st;
	int marked = 0;

	assert_int_equal(sqlite3_prepare_v2(tb->db, "SELECT bits FROM term_seen WHERE block = ?", -1,
					    &st, NULL),
			 SQLITE_OK);
	sqlite3_bind_int64(st, 1, id >> 12);
	if (sqlite3_step(st) == SQLITE_ROW) {
		const unsigned char *b = sqlite3_column_blob(st, 0);
		assert_int_equal(sqlite3_column_bytes(st, 0), 512);
		marked = (b[(id & 4095) / 8] >> (id & 7)) & 1;
	}
	sqlite3_finalize(st);
	return marked;
}

static long term_id(sy_termbase *tb, const char *text)
{
	char sql[256];

	snprintf(sql, sizeof(sql), "SELECT id FROM term WHERE text = '%s'", text);
	return (long)db_number(tb->db, sql);
}

/* A merge marks the terms it stores, in whichever block of ids they are;
 * the others stay clear, and a lookup counts them as 0 without asking the
 * term index. A term taken out of every segment keeps its mark, and its
 * count is still right. No term that occurs is ever left clear. */
static void test_termbase_marks_the_terms_that_occur(void **state)
{
	static const char cyberspace[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
					 "t3\t网络空间\tcyberspace\tother\tpreferred\t\t\n";
	static const char infrastructure[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
					     "t4\t关键基础设施\tcritical infrastructure\tother\tpreferred\t\t\n";
	sy_termbase *tb = open_with_small_glossary("seen.sqlite");
	char path[256];
	sy_merge_stats stats;
	sy_hit_list hits;
	sy_error err = {0, ""};
	sqlite3_stmt *st;

	(void)state;
	snprintf(path, sizeof(path), "%s/seen.sqlite", dir);
	/* Terms in the third block of ids and in the eighteenth. */
	assert_int_equal(sqlite3_exec(tb->db,
				      "INSERT INTO term (id, concept_id, lang, text, key)"
				      " VALUES (9000, 1, 'zh', '占位甲', '占位甲')",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	assert_int_equal(sy_termbase_import_glossary(tb, cyberspace, sizeof(cyberspace) - 1, "test", &err),
			 SY_OK);
	assert_int_equal(sqlite3_exec(tb->db,
				      "INSERT INTO term (id, concept_id, lang, text, key)"
				      " VALUES (70000, 1, 'zh', '占位乙', '占位乙')",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	assert_int_equal(sy_termbase_import_glossary(tb, infrastructure, sizeof(infrastructure) - 1,
						     "test", &err),
			 SY_OK);
	assert_true(term_id(tb, "网络空间") > 9000 && term_id(tb, "网络空间") < 9010);
	assert_true(term_id(tb, "关键基础设施") > 70000);
	assert_int_equal(db_number(tb->db, "SELECT count(*) FROM term_seen"), 0);

	merge_text(tb, "S/1", "负责任国家行为在网络空间很重要。关键基础设施。\n", &stats);
	assert_true(term_marked(tb, term_id(tb, "负责任国家行为")));
	assert_true(term_marked(tb, term_id(tb, "网络空间")));
	assert_true(term_marked(tb, term_id(tb, "关键基础设施")));
	assert_false(term_marked(tb, term_id(tb, "建立信任措施")));
	assert_false(term_marked(tb, term_id(tb, "cyberspace")));
	assert_int_equal(db_number(tb->db, "SELECT count(*) FROM term_seen"), 3);
	assert_int_equal(sy_termbase_lookup(tb, "网络空间", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.hits[0].terms[0].frequency, 1);
	assert_int_equal(hits.hits[0].terms[1].frequency, 0);
	sy_hit_list_free(&hits);

	/* A new version without 网络空间: the mark stays, the count is 0. */
	merge_text(tb, "S/1", "关键基础设施。\n", &stats);
	assert_true(stats.replaced);
	assert_true(term_marked(tb, term_id(tb, "网络空间")));
	assert_int_equal(sy_termbase_lookup(tb, "网络空间", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.hits[0].terms[0].frequency, 0);
	sy_hit_list_free(&hits);
	assert_int_equal(sy_termbase_lookup(tb, "关键基础设施", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.hits[0].terms[0].frequency, 1);
	sy_hit_list_free(&hits);

	/* A term whose id is far beyond the others' (blocks sorted another
	 * way, past a million of them). */
	assert_int_equal(sqlite3_exec(tb->db,
				      "INSERT INTO term (id, concept_id, lang, text, key)"
				      " VALUES (5000000000, 1, 'zh', '信通技术', '信通技术')",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sy_termbase_close(tb); /* its matcher, kept between merges, knows only the terms it added */
	assert_int_equal(sy_termbase_open(&tb, path, 0, &err), SY_OK);
	merge_text(tb, "S/3", "信通技术和关键基础设施。\n", &stats);
	assert_true(term_marked(tb, 5000000000L));
	assert_true(term_marked(tb, term_id(tb, "关键基础设施")));
	assert_false(term_marked(tb, 5000000000L - 1));

	/* Every term in a segment is marked. */
	merge_text(tb, "S/2", "建立信任措施和负责任国家行为。\n", &stats);
	assert_int_equal(sqlite3_prepare_v2(tb->db, "SELECT DISTINCT term_id FROM occurrence", -1, &st,
					    NULL),
			 SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW)
		assert_true(term_marked(tb, (long)sqlite3_column_int64(st, 0)));
	sqlite3_finalize(st);
	assert_int_equal(db_number(tb->db, "SELECT count(DISTINCT term_id) FROM occurrence"), 4);
	sy_termbase_close(tb);
}

static void test_termbase_occurrences_follow_terms_and_documents(void **state)
{
	sy_termbase *tb = open_with_small_glossary("occ.sqlite");
	sy_merge_stats stats;
	sy_hit_list hits;
	sy_error err = {0, ""};
	char path[256];

	(void)state;
	snprintf(path, sizeof(path), "%s/occ.sqlite", dir);
	merge_text(tb, "S/1", "负责任国家行为和建立信任措施。建立信任措施很重要。\n", &stats);
	assert_int_equal(stats.occurrences, 3);
	assert_int_equal(stats.terms_found, 2);
	merge_text(tb, "S/2", "建立信任措施。\n", &stats);
	assert_int_equal(sy_termbase_lookup(tb, "建立信任措施", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.hits[0].terms[0].frequency, 3);
	assert_int_equal(hits.hits[0].n_sources, 2);
	sy_hit_list_free(&hits);
	/* A new version of S/1 without the term: its segments leave the
	 * index with it. */
	merge_text(tb, "S/1", "负责任国家行为。\n", &stats);
	assert_true(stats.replaced);
	assert_int_equal(sy_termbase_lookup(tb, "建立信任措施", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.hits[0].terms[0].frequency, 1);
	assert_int_equal(hits.hits[0].n_sources, 1);
	assert_string_equal(hits.hits[0].sources[0], "S/2");
	sy_hit_list_free(&hits);
	sy_termbase_close(tb);

	assert_int_equal(sql_number(path, "SELECT count(*) FROM occurrence"), 2);
	/* A concept deleted by hand takes its terms' occurrences with it. */
	assert_int_equal(sql_number(path, "DELETE FROM concept WHERE id = (SELECT concept_id FROM term"
					  " WHERE text = '建立信任措施'); SELECT count(*) FROM occurrence"),
			 1);
	assert_int_equal(sql_number(path, "SELECT count(*) FROM occurrence_fts"
					  " WHERE occurrence_fts MATCH char(34)||(SELECT min(term_id) FROM occurrence)||char(34)"),
			 1);
	/* And every index still agrees with the segments it indexes. */
	assert_int_equal(sql_number(path, "INSERT INTO occurrence_fts(occurrence_fts) VALUES ('integrity-check');"
					  " INSERT INTO segment_zh_fts(segment_zh_fts) VALUES ('integrity-check');"
					  " INSERT INTO segment_en_fts(segment_en_fts) VALUES ('integrity-check');"
					  " SELECT 7"),
			 7);
	/* The Chinese index keeps its own copy of the text: one row per
	 * segment, the same characters. */
	assert_int_equal(sql_number(path, "SELECT (SELECT count(*) FROM segment) ="
					  " (SELECT count(*) FROM segment_zh_fts) AND"
					  " (SELECT count(*) FROM segment) = (SELECT count(*) FROM segment s"
					  " JOIN segment_zh_fts f ON f.rowid = s.id"
					  " WHERE replace(f.zh, ' ', '') = replace(s.zh, ' ', ''))"),
			 1);
}

/* The term matcher kept in the file (matcher_cache, schema 8): written by a
 * merge, read by the next process, gone when a term changes, and ignored
 * (then written again) when it is damaged. Every handle here keeps it from
 * the first term; by default only termbases of 20,000 terms or more do. */
static sy_termbase *open_keeping_matcher(const char *path)
{
	sy_termbase *tb;
	sy_error err = {0, ""};

	assert_int_equal(sy_termbase_open(&tb, path, 0, &err), SY_OK);
	tb->matcher_cache_min = 1;
	return tb;
}

/* Merge text as a new process would: open, merge, close. The occurrences
 * found; *cached says whether the matcher came from (or went into) the
 * file. */
static size_t merge_in_new_process(const char *path, const char *symbol, const char *text,
				   int *cached)
{
	sy_termbase *tb = open_keeping_matcher(path);
	sy_merge_stats stats;

	merge_text(tb, symbol, text, &stats);
	if (cached)
		*cached = tb->matcher_cached;
	sy_termbase_close(tb);
	return stats.occurrences;
}

/* Fill every slot of the kept matcher's first table (the Chinese keys'),
 * each pointing at entry 1. The layout is matcher.c's: a 128-byte header,
 * then the key text and the term ids, each padded to 8 bytes, then the
 * slots. */
static void take_every_slot(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	unsigned char *blob;
	uint64_t text_len, n_ids, n_slots, at, k;
	int bytes;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT data FROM matcher_cache", -1, &st, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	bytes = sqlite3_column_bytes(st, 0);
	blob = malloc((size_t)bytes);
	assert_non_null(blob);
	memcpy(blob, sqlite3_column_blob(st, 0), (size_t)bytes);
	sqlite3_finalize(st);
	memcpy(&text_len, blob + 16, 8);
	memcpy(&n_ids, blob + 24, 8);
	memcpy(&n_slots, blob + 32, 8);
	at = 128 + ((text_len + 7) & ~(uint64_t)7) + n_ids * 8;
	assert_true(n_slots > 0 && at + n_slots * 8 <= (uint64_t)bytes);
	for (k = 0; k < n_slots; k++) {
		uint32_t slot[2] = {0, 1}; /* any tag, entry 1 */
		memcpy(blob + at + k * 8, slot, 8);
	}
	assert_int_equal(sqlite3_prepare_v2(db, "UPDATE matcher_cache SET data = ?", -1, &st, NULL),
			 SQLITE_OK);
	sqlite3_bind_blob(st, 1, blob, bytes, free);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	sqlite3_close(db);
}

/* The handle lends its Hunspell lemmatizer (shuyu merge's aligner borrows
 * it): loaded once, the same one each time, and the merge uses it. */
static void test_termbase_lends_its_lemmatizer(void **state)
{
	sy_termbase *tb = open_with_small_glossary("lends.sqlite");
	sy_lemmatizer *lm = NULL, *again = NULL;
	sy_merge_stats stats;
	sy_error err = {0, ""};

	(void)state;
	assert_int_equal(sy_termbase_lemmatizer(tb, &lm, &err), SY_OK);
	assert_non_null(lm);
	assert_string_equal(sy_lemma(lm, "measures", 8), "measure");
	assert_int_equal(sy_termbase_lemmatizer(tb, &again, &err), SY_OK);
	assert_ptr_equal(lm, again);
	merge_text(tb, "S/1", "建立信任措施。\n", &stats);
	assert_ptr_equal(tb->lm, lm); /* the merge loaded none of its own */
	sy_termbase_close(tb);
}

/* Segments of a termbase file holding the English term "confidence-building
 * measures" among their terms. */
static long segments_with_cbm(const char *path)
{
	return sql_number(path, "SELECT count(*) FROM segment s, json_each(s.terms) j, term t"
				" WHERE t.id = j.value AND t.text = 'confidence-building measures'");
}

/*
 * A merge writes the lemmas Hunspell worked out for its words into the
 * lemma table. The next process's merge of words the table has takes
 * their lemmas from it, without loading Hunspell (50-130 ms in a fresh
 * process), and finds the same terms; a word the table lacks that may be
 * inflected loads it (stop 44).
 */
static void test_termbase_merge_takes_lemmas_from_the_table(void **state)
{
	sy_termbase *tb = open_with_small_glossary("lemmas.sqlite");
	sy_lemmatizer *lm = NULL;
	sy_error err = {0, ""};
	char path[4096];

	(void)state;
	snprintf(path, sizeof(path), "%s", sy_termbase_path(tb));
	merge_pair(tb, "A/1", "各国在村庄商定了建立信任措施。",
		   "States agreed confidence-building measures in villages.");
	sy_termbase_close(tb);
	assert_int_equal(sql_number(path, "SELECT count(*) FROM lemma WHERE word = 'villages'"
					  " AND lemma = 'village'"),
			 1);
	assert_int_equal(sql_number(path, "SELECT count(*) FROM lemma WHERE word = 'agreed'"
					  " AND lemma = 'agree'"),
			 1);
	/* A word that cannot be inflected is its own lemma: no row. */
	assert_int_equal(sql_number(path, "SELECT count(*) FROM lemma WHERE word = 'in'"), 0);
	assert_int_equal(segments_with_cbm(path), 1);

	assert_int_equal(sy_termbase_open(&tb, path, 0, &err), SY_OK);
	merge_pair(tb, "A/2", "村庄商定了建立信任措施。", "Villages agreed confidence-building measures.");
	assert_non_null(tb->lm);
	assert_false(lemmatizer_loaded(tb->lm));
	/* A word the table has and the handle's first document had not
	 * ("villages" in lower case, "States"), in a later document: the
	 * English worker asks the table, and Hunspell stays unloaded. */
	merge_pair(tb, "A/2b", "各国在村庄商定了建立信任措施。",
		   "States agreed confidence-building measures in villages.");
	assert_false(lemmatizer_loaded(tb->lm));
	/* A word the table lacks, in a later document of the same handle:
	 * Hunspell loads when the word is met. */
	merge_pair(tb, "A/3", "村庄收获了建立信任措施。", "Villages harvested confidence-building measures.");
	assert_true(lemmatizer_loaded(tb->lm));
	sy_termbase_close(tb);
	assert_int_equal(segments_with_cbm(path), 4);
	assert_int_equal(sql_number(path, "SELECT count(*) FROM lemma WHERE word = 'harvested'"
					  " AND lemma = 'harvest'"),
			 1);

	/* What shuyu merge does before it aligns: the handle's lemmatizer,
	 * with the table's lemmas, loads Hunspell only for a word the table
	 * lacks. */
	assert_int_equal(sy_termbase_open(&tb, path, 0, &err), SY_OK);
	assert_int_equal(sy_termbase_lemmatizer(tb, &lm, &err), SY_OK);
	assert_ptr_equal(lm, tb->lm);
	assert_string_equal(sy_lemma(lm, "harvested", 9), "harvest");
	assert_false(lemmatizer_loaded(lm));
	sy_termbase_close(tb);
	assert_int_equal(sy_termbase_open(&tb, path, 0, &err), SY_OK);
	assert_int_equal(sy_termbase_lemmatizer(tb, &lm, &err), SY_OK);
	assert_string_equal(sy_lemma(lm, "planted", 7), "plant");
	assert_true(lemmatizer_loaded(lm));
	sy_termbase_close(tb);
}

/*
 * A lookup loads Hunspell (a tenth of a second) only for a word the lemma
 * table has never seen and Hunspell could fold. "quantum sovereignty" and
 * "5G" are nowhere, and no inflection ends them: nothing found, Hunspell
 * not loaded. "policies" is nowhere either, but Hunspell folds it to the
 * glossary's "policy", which the second try finds.
 */
static void test_termbase_lookup_loads_hunspell_only_where_it_could_help(void **state)
{
	static const char glossary[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
				       "t1\t政策\tpolicy\tnorms\tpreferred\t\t\n";
	sy_termbase *tb = open_new("hunspell.sqlite", SY_TB_EMPTY);
	char path[4096];
	sy_hit_list hits;
	sy_error err = {0, ""};

	(void)state;
	assert_int_equal(sy_termbase_import_glossary(tb, glossary, sizeof(glossary) - 1, "test", &err),
			 SY_OK);
	sy_termbase_close(tb);
	snprintf(path, sizeof(path), "%s/hunspell.sqlite", dir);
	assert_int_equal(sy_termbase_open(&tb, path, 0, &err), SY_OK);
	assert_int_equal(sy_termbase_lookup(tb, "quantum sovereignty", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.count, 0);
	sy_hit_list_free(&hits);
	assert_int_equal(sy_termbase_lookup(tb, "5G", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.count, 0);
	sy_hit_list_free(&hits);
	assert_null(tb->lm);
	assert_int_equal(sy_termbase_lookup(tb, "policies", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.count, 1);
	assert_string_equal(hits.hits[0].matched, "policy");
	sy_hit_list_free(&hits);
	assert_non_null(tb->lm);
	sy_termbase_close(tb);
}

static void test_termbase_matcher_kept_in_the_file(void **state)
{
	static const char more[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
				   "t9\t数字鸿沟\tdigital divide\tcapacity-building\tpreferred\t\t\n";
	const char *text = "负责任国家行为和建立信任措施。数字鸿沟正在扩大。\n";
	sy_termbase *tb = open_with_small_glossary("kept.sqlite");
	sy_merge_stats stats;
	sy_error err = {0, ""};
	char path[256];
	int cached;

	(void)state;
	snprintf(path, sizeof(path), "%s/kept.sqlite", dir);
	sy_termbase_close(tb);
	assert_int_equal(sql_number(path, "SELECT count(*) FROM matcher_cache"), 0);

	/* A merge builds the matcher and keeps it. */
	assert_int_equal(merge_in_new_process(path, "S/1", text, &cached), 2);
	assert_false(cached == 0);
	assert_int_equal(sql_number(path, "SELECT count(*) FROM matcher_cache WHERE terms > 0"), 1);

	/* The next process reads it, and finds the same terms. It reads it
	 * through a page cache of a few pages, and gives the connection its
	 * own size back. */
	tb = open_keeping_matcher(path);
	assert_int_equal(sqlite3_exec(tb->db, "PRAGMA cache_size = -1234", NULL, NULL, NULL), SQLITE_OK);
	merge_text(tb, "S/2", text, &stats);
	assert_int_equal(stats.occurrences, 2);
	assert_int_equal(tb->matcher_cached, 1);
	assert_int_equal(db_number(tb->db, "PRAGMA cache_size"), -1234);
	/* A new term takes it away: the next merge finds the new term too. */
	assert_int_equal(sy_termbase_import_glossary(tb, more, sizeof(more) - 1, "test", &err), SY_OK);
	sy_termbase_close(tb);
	assert_int_equal(sql_number(path, "SELECT count(*) FROM matcher_cache"), 0);
	assert_int_equal(merge_in_new_process(path, "S/3", text, NULL), 3);

	/* Damaged past its header, it is not trusted: the terms are found
	 * from the term table, and the merge writes a good copy. */
	assert_int_equal(sql_number(path, "UPDATE matcher_cache SET data = substr(data, 1, 128) ||"
					  " randomblob(length(data) - 128); SELECT changes()"),
			 1);
	assert_int_equal(merge_in_new_process(path, "S/4", text, NULL), 3);
	assert_int_equal(merge_in_new_process(path, "S/5", text, &cached), 3);
	assert_int_equal(cached, 1);
	/* Every slot of the Chinese keys' table taken: in bounds, but a probe
	 * for a key not there would go round for ever. */
	take_every_slot(path);
	assert_int_equal(merge_in_new_process(path, "S/6", text, NULL), 3);
	/* Cut short, or not a matcher at all, the same. */
	assert_int_equal(sql_number(path, "UPDATE matcher_cache SET data = substr(data, 1, 200);"
					  " SELECT changes()"),
			 1);
	assert_int_equal(merge_in_new_process(path, "S/7", text, NULL), 3);
	assert_int_equal(sql_number(path, "UPDATE matcher_cache SET data = x'00';"
					  " SELECT changes()"),
			 1);
	assert_int_equal(merge_in_new_process(path, "S/8", text, NULL), 3);
}

/* Merge 30 small documents with the given checkpoint limits, close, and
 * check that everything is in the file and the log is gone. The
 * checkpoints the thread made, and the longest log a commit left. */
static size_t merge_with_checkpoints(const char *name, int pages, int catch_up, int *most_pages)
{
	sy_termbase *tb = open_with_small_glossary(name);
	sy_merge_stats stats;
	char path[256], wal[300], symbol[32], text[2048];
	size_t runs, used;
	int k, i;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	snprintf(wal, sizeof(wal), "%s-wal", path);
	tb_checkpointer_limits(tb, pages, catch_up);
	for (k = 0; k < 30; k++) {
		for (i = 0, used = 0; i < 20; i++)
			used += (size_t)snprintf(text + used, sizeof(text) - used,
						 "第%d号文件第%d句负责任国家行为。\n", k, i);
		snprintf(symbol, sizeof(symbol), "S/%d", k);
		merge_text(tb, symbol, text, &stats);
		assert_int_equal(stats.segments, 20);
	}
	runs = tb_checkpointer_runs(tb, most_pages);
	sy_termbase_close(tb);
	/* The log is back in the file, and everything is there. */
	assert_int_equal(access(wal, F_OK), -1);
	assert_int_equal(sql_number(path, "SELECT count(*) FROM document"), 30);
	assert_int_equal(sql_number(path, "SELECT count(*) FROM segment"), 30 * 20);
	assert_int_equal(sql_number(path, "SELECT count(*) FROM pragma_integrity_check"
					  " WHERE integrity_check = 'ok'"),
			 1);
	return runs;
}

/* Checkpoints run on a thread of their own (checkpoint.c); and past a
 * length, a commit checkpoints itself, so that the log starts again from
 * its beginning while documents keep coming. */
static void test_termbase_checkpoints_on_a_thread_and_the_log_starts_again(void **state)
{
	int most_pages;

	(void)state;
	/* The thread checkpoints from 8 pages. */
	assert_true(merge_with_checkpoints("checkpoint.sqlite", 8, 1 << 30, &most_pages) > 0);
	/* Without the thread, a commit catches up from 48 pages: the log
	 * never holds more than that and one document (a few pages). With
	 * no checkpoint at all it would hold every document (561 pages of
	 * 4 KB, before termbases had pages of 16 KB). */
	assert_int_equal(merge_with_checkpoints("catch-up.sqlite", 1 << 30, 48, &most_pages), 0);
	assert_true(most_pages >= 48 && most_pages < 48 + 40);
}

/* Merge a document of n numbered pairs: the Chinese of every third holds
 * 负责任国家行为, the English of every fifth "confidence-building
 * measure"; tag makes its text its own. */
/* n sentences tagged tag, Chinese and English, a third of the Chinese
 * with a term of the small glossary and a fifth of the English. */
static void generated_make(aligned_doc *a, const char *symbol, size_t n, const char *tag)
{
	char *zt = malloc(n * 96), *et = malloc(n * 96), *zp = zt, *ep = et;
	size_t i;

	assert_non_null(zt);
	assert_non_null(et);
	for (i = 0; i < n; i++) {
		zp += sprintf(zp, i % 3 ? "%s第%zu句。\n" : "%s第%zu句负责任国家行为。\n", tag, i);
		ep += sprintf(ep, i % 5 ? "%s sentence %zu.\n" : "%s sentence %zu on confidence-building measure.\n",
			      tag, i);
	}
	aligned_make(a, symbol, zt, et, 1, NULL, 0.9);
	assert_int_equal(a->doc.n_beads, n);
	free(zt);
	free(et);
}

static void merge_generated(sy_termbase *tb, const char *symbol, size_t n, const char *tag,
			    sy_merge_stats *stats)
{
	aligned_doc a;
	sy_error err = {0, ""};

	generated_make(&a, symbol, n, tag);
	if (sy_termbase_merge(tb, &a.doc, stats, NULL, NULL, &err))
		fail_msg("merge %s: %s", symbol, err.message);
	aligned_free(&a);
}

/* The integrity checks of the three text indexes, then a count of
 * segments (from_where: "FROM segment ..."), of the termbase file path. */
static long checked_count(const char *path, const char *from_where)
{
	char sql[1024];

	snprintf(sql, sizeof(sql),
		 "INSERT INTO occurrence_fts(occurrence_fts) VALUES ('integrity-check');"
		 " INSERT INTO segment_zh_fts(segment_zh_fts) VALUES ('integrity-check');"
		 " INSERT INTO segment_en_fts(segment_en_fts) VALUES ('integrity-check');"
		 " SELECT count(*) %s",
		 from_where);
	return sql_number(path, sql);
}

/* A document long enough for the merge on three threads (merge.c): the
 * Chinese terms are found on one, the English on another, and every
 * segment is stored and indexed in order on the third. Longer than the
 * ring of 8,192 segments the workers fill, so that the Chinese worker
 * comes round to slots the writer has freed. */
static void test_termbase_long_document_merges_on_three_threads(void **state)
{
	sy_termbase *tb = open_with_small_glossary("long-doc.sqlite");
	enum { N = 9000 };
	sy_merge_stats stats;
	sy_hit_list hits;
	sy_concord_list lines;
	sy_error err = {0, ""};
	char path[256], *zt = malloc(N * 80), *et = malloc(N * 80), *zp = zt, *ep = et;
	size_t i;

	(void)state;
	assert_non_null(zt);
	assert_non_null(et);
	for (i = 0; i < N; i++) {
		/* Every third Chinese sentence has the term, and every fifth
		 * English one, inflected; the last sentence a word of its own. */
		zp += sprintf(zp, i == N - 1 ? "最后一句话。\n" : i % 3 ? "第%zu句。\n" : "第%zu句负责任国家行为。\n", i);
		ep += sprintf(ep,
			      i == N - 1 ? "The very last sentence.\n"
			      : i % 5 ? "Sentence %zu.\n"
				      : "Sentence %zu on confidence-building measure.\n",
			      i);
	}
	merge_aligned(tb, "A/LONG", zt, et, NULL, N, &stats);
	assert_int_equal(stats.segments, N);
	assert_int_equal(stats.occurrences, (N + 2) / 3 + N / 5);
	assert_int_equal(stats.terms_found, 2);
	assert_int_equal(sy_termbase_lookup(tb, "负责任国家行为", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.hits[0].terms[0].frequency, (N + 2) / 3);
	sy_hit_list_free(&hits);
	assert_int_equal(sy_termbase_lookup(tb, "confidence-building measures", NULL, &hits, &err),
			 SY_OK);
	assert_int_equal(hits.hits[0].n_terms, 2);
	assert_string_equal(hits.hits[0].terms[1].text, "confidence-building measures");
	assert_int_equal(hits.hits[0].terms[1].frequency, N / 5);
	sy_hit_list_free(&hits);
	/* The last segment and a middle one, in the full-text indexes. */
	assert_int_equal(sy_termbase_concord(tb, "very last", 10, &lines, &err), SY_OK);
	assert_int_equal(lines.count, 1);
	assert_int_equal(lines.lines[0].position, N - 1);
	sy_concord_list_free(&lines);
	assert_int_equal(concord_count(tb, "第2048句"), 1);
	assert_int_equal(concord_count(tb, "第8500句"), 1);
	/* The same again changes nothing. */
	merge_aligned(tb, "A/LONG", zt, et, NULL, N, &stats);
	assert_true(stats.unchanged);
	sy_termbase_close(tb);
	snprintf(path, sizeof(path), "%s/long-doc.sqlite", dir);
	assert_int_equal(checked_count(path, "FROM segment"), N);
	free(zt);
	free(et);
}

/*
 * A handle keeps its merge workers and their ring from one document to
 * the next (stop 45): documents shorter and longer than the ring held,
 * one after another, each find their own terms in every segment, and the
 * text indexes hold each segment once.
 */
static void test_termbase_merges_documents_one_after_another_on_kept_workers(void **state)
{
	static const size_t sizes[] = {300, 1200, 400, 300, 2500};
	static const char *const tags[] = {"甲", "乙", "丙", "丁", "戊"};
	sy_termbase *tb = open_with_small_glossary("kept-workers.sqlite");
	struct tb_pipeline *kept = NULL;
	sy_merge_stats stats;
	char path[256], symbol[32];
	size_t k, total = 0, with_zh = 0, with_en = 0;

	(void)state;
	for (k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
		size_t n = sizes[k];
		snprintf(symbol, sizeof(symbol), "A/KEPT/%zu", k);
		merge_generated(tb, symbol, n, tags[k], &stats);
		assert_int_equal(stats.segments, n);
		assert_int_equal(stats.occurrences, (n + 2) / 3 + (n + 4) / 5);
		assert_int_equal(stats.terms_found, 2);
		assert_non_null(tb->pipeline);
		if (k)
			assert_ptr_equal(tb->pipeline, kept);
		kept = tb->pipeline;
		total += n;
		with_zh += (n + 2) / 3;
		with_en += (n + 4) / 5;
	}
	assert_int_equal(concord_count(tb, "乙第1199句"), 1);
	assert_int_equal(concord_count(tb, "丙第399句"), 1);
	assert_int_equal(concord_count(tb, "戊第2499句"), 1);
	sy_termbase_close(tb);
	snprintf(path, sizeof(path), "%s/kept-workers.sqlite", dir);
	assert_int_equal(sql_number(path, "SELECT count(*) FROM segment s, json_each(s.terms) j, term t"
					  " WHERE t.id = j.value AND t.text = '负责任国家行为'"),
			 (long)with_zh);
	assert_int_equal(sql_number(path, "SELECT count(*) FROM segment s, json_each(s.terms) j, term t"
					  " WHERE t.id = j.value AND t.text = 'confidence-building measures'"),
			 (long)with_en);
	assert_int_equal(checked_count(path, "FROM segment WHERE document_id IN"
					     " (SELECT id FROM document WHERE symbol LIKE 'A/KEPT/%')"),
			 (long)total);
}

/* The rows of the termbase at path that the one at other lacks, and the
 * other way round: documents, their segments with the terms found, the
 * terms seen, the lemmas. 0: the two hold the same. */
static long differences(const char *path, const char *other)
{
	static const char *const rows[] = {
		"SELECT d.symbol, d.title, d.date, d.content_hash, s.position, s.zh, s.en, s.paragraph,"
		" s.score, s.terms, s.zh_chunks, s.en_chunks FROM %1$s.segment s JOIN %1$s.document d"
		" ON d.id = s.document_id",
		"SELECT block, bits FROM %1$s.term_seen",
		"SELECT word, lemma FROM %1$s.lemma",
		"SELECT d.symbol, s.position, o.term_id FROM %1$s.occurrence o JOIN %1$s.segment s"
		" ON s.id = o.segment_id JOIN %1$s.document d ON d.id = s.document_id",
	};
	char sql[3072], one[512], two[512];
	long total = 0;
	size_t k;

	for (k = 0; k < sizeof(rows) / sizeof(rows[0]); k++) {
		snprintf(one, sizeof(one), rows[k], "main");
		snprintf(two, sizeof(two), rows[k], "e");
		snprintf(sql, sizeof(sql),
			 "ATTACH '%s' AS e; SELECT (SELECT count(*) FROM (%s EXCEPT %s))"
			 " + (SELECT count(*) FROM (%s EXCEPT %s))",
			 other, one, two, two, one);
		total += sql_number(path, sql);
	}
	return total;
}

/*
 * sy_termbase_merge_docs stores what sy_termbase_merge would, document
 * after document, though the workers find the terms of the next document
 * while one commits: documents long enough for the workers and shorter,
 * with English and without, one merged again unchanged (its next then
 * starts as usual) and one replaced.
 */
static void test_termbase_merges_a_list_as_one_document_after_another(void **state)
{
	static const struct {
		const char *symbol;
		size_t n;
		const char *tag;
		int chinese_only;
	} list[] = {
		{"L/0", 300, "甲", 0}, {"L/1", 1200, "乙", 0}, {"L/2", 100, "丙", 0},
		{"L/3", 400, "丁", 0}, {"L/4", 500, "戊", 1}, {"L/5", 2500, "己", 0},
		{"L/0", 300, "甲", 0}, {"L/6", 300, "庚", 0}, {"L/1", 260, "辛", 0},
	};
	enum { N = sizeof(list) / sizeof(list[0]) };
	sy_termbase *listed = open_with_small_glossary("list.sqlite"),
		    *each = open_with_small_glossary("each.sqlite");
	aligned_doc docs[N];
	sy_merge_doc plain[N];
	sy_merge_stats by_list[N], by_one;
	sy_error err = {0, ""};
	char path[256], other[256];
	size_t k, stored = 0;

	(void)state;
	for (k = 0; k < N; k++) {
		generated_make(&docs[k], list[k].symbol, list[k].n, list[k].tag);
		if (list[k].chinese_only) {
			docs[k].doc.en = NULL;
			docs[k].doc.beads = NULL;
			docs[k].doc.n_beads = 0;
		}
		plain[k] = docs[k].doc;
	}
	if (sy_termbase_merge_docs(listed, plain, N, by_list, NULL, NULL, &err))
		fail_msg("merge the list: %s", err.message);
	for (k = 0; k < N; k++) {
		if (sy_termbase_merge(each, &plain[k], &by_one, NULL, NULL, &err))
			fail_msg("merge %s: %s", plain[k].symbol, err.message);
		assert_int_equal(by_list[k].unchanged, by_one.unchanged);
		assert_int_equal(by_list[k].replaced, by_one.replaced);
		assert_int_equal(by_list[k].segments, by_one.segments);
		assert_int_equal(by_list[k].occurrences, by_one.occurrences);
		assert_int_equal(by_list[k].terms_found, by_one.terms_found);
		if (!by_list[k].unchanged && !by_list[k].replaced)
			stored += list[k].n;
	}
	assert_int_equal(by_list[6].unchanged, 1);
	assert_int_equal(by_list[8].replaced, 1);
	assert_int_equal(by_list[5].occurrences, (2500 + 2) / 3 + (2500 + 4) / 5);
	assert_int_equal(by_list[4].occurrences, (500 + 2) / 3);
	/* The handle merges on after the list as before. */
	merge_generated(listed, "L/7", 300, "壬", &by_one);
	assert_int_equal(by_one.segments, 300);
	merge_generated(each, "L/7", 300, "壬", &by_one);
	sy_termbase_close(listed);
	sy_termbase_close(each);
	snprintf(path, sizeof(path), "%s/list.sqlite", dir);
	snprintf(other, sizeof(other), "%s/each.sqlite", dir);
	assert_int_equal(differences(path, other), 0);
	assert_int_equal(checked_count(path, "FROM segment"), (long)(stored - 1200 + 260 + 300));
	for (k = 0; k < N; k++)
		aligned_free(&docs[k]);
}

/* Every document of a list is checked before any is stored; the message
 * names the document at fault. */
static void test_termbase_merge_list_checks_every_document_first(void **state)
{
	sy_termbase *tb = open_with_small_glossary("list-checked.sqlite");
	aligned_doc docs[3];
	sy_merge_doc plain[3];
	sy_merge_stats stats[3];
	sy_error err = {0, ""};
	char path[256];
	size_t k;

	(void)state;
	generated_make(&docs[0], "C/0", 300, "甲");
	generated_make(&docs[1], "C/1", 300, "乙");
	generated_make(&docs[2], "C/2", 300, "丙");
	docs[2].beads[299].en_first = 300; /* past the English */
	for (k = 0; k < 3; k++)
		plain[k] = docs[k].doc;
	assert_int_equal(sy_termbase_merge_docs(tb, plain, 3, stats, NULL, NULL, &err), SY_EUSAGE);
	assert_non_null(strstr(err.message, "C/2"));
	assert_non_null(strstr(err.message, "bead 299"));
	for (k = 0; k < 3; k++)
		assert_int_equal(stats[k].segments, 0);
	/* Mended, the list goes in. */
	docs[2].beads[299].en_first = 299;
	assert_int_equal(sy_termbase_merge_docs(tb, plain, 3, stats, NULL, NULL, &err), SY_OK);
	assert_int_equal(stats[2].segments, 300);
	sy_termbase_close(tb);
	snprintf(path, sizeof(path), "%s/list-checked.sqlite", dir);
	assert_int_equal(checked_count(path, "FROM segment"), 900);
	for (k = 0; k < 3; k++)
		aligned_free(&docs[k]);
}

typedef struct pairs_seen {
	char text[512];
	int n;
} pairs_seen;

static int note_pair(const char *zh, const char *en, void *userdata)
{
	pairs_seen *p = userdata;
	size_t used = strlen(p->text);

	snprintf(p->text + used, sizeof(p->text) - used, "%s=%s;", zh, en);
	p->n++;
	return 0;
}

static void test_termbase_pairs_in_a_document(void **state)
{
	static const char glossary[] =
		"id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
		"t1\t负责任国家行为\tresponsible State behaviour\tnorms\tpreferred\t\t\n"
		"t2\t建立信任措施\tconfidence-building measures\tconfidence-building\tpreferred\t\t\n"
		"t3\t信通技术\tICT\tother\tpreferred\t\t\n"
		"t3\t信通技术\tinformation technology\tother\tdeprecated\t\t\n";
	sy_termbase *tb = open_new("pairs.sqlite", SY_TB_EMPTY);
	sy_sentence_list zh;
	pairs_seen seen = {"", 0};
	sy_error err = {0, ""};

	(void)state;
	assert_int_equal(sy_termbase_import_glossary(tb, glossary, sizeof(glossary) - 1, "test", &err),
			 SY_OK);
	/* Traditional characters fold as merge folds them; a term not in the
	 * text, and a deprecated equivalent, are left out. */
	segment_text(&zh, "各國重申負責任國家行為。信通技术很重要。\n");
	assert_int_equal(sy_termbase_pairs_in(tb, &zh, note_pair, &seen, &err), SY_OK);
	assert_int_equal(seen.n, 2);
	assert_non_null(strstr(seen.text, "负责任国家行为=responsible State behaviour;"));
	assert_non_null(strstr(seen.text, "信通技术=ICT;"));
	assert_null(strstr(seen.text, "建立信任措施"));
	assert_null(strstr(seen.text, "information technology"));
	sy_sentence_list_free(&zh);
	sy_termbase_close(tb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_termbase_new_has_glossary_and_schema_version),
		cmocka_unit_test(test_termbase_new_has_pages_of_16_kb),
		cmocka_unit_test(test_termbase_merge_takes_lemmas_from_the_table),
		cmocka_unit_test(test_termbase_empty_has_no_glossary),
		cmocka_unit_test(test_termbase_lookup_folds_traditional_characters),
		cmocka_unit_test(test_termbase_lookup_folds_english_case_and_plural),
		cmocka_unit_test(test_termbase_lookup_finds_prefix_substring_and_fuzzy),
		cmocka_unit_test(test_termbase_substring_lookup_wants_the_whole_text),
		cmocka_unit_test(test_termbase_fuzzy_lookup_of_a_long_english_query),
		cmocka_unit_test(test_termbase_fuzzy_lookup_finds_the_closest_keys),
		cmocka_unit_test(test_termbase_fuzzy_lookup_finds_a_misspelt_inflected_word),
		cmocka_unit_test(test_termbase_fuzzy_lookup_of_a_short_english_word),
		cmocka_unit_test(test_termbase_concordance_needs_the_characters_side_by_side),
		cmocka_unit_test(test_termbase_merge_counts_terms_and_is_idempotent),
		cmocka_unit_test(test_termbase_merge_replaces_a_new_version),
		cmocka_unit_test(test_termbase_merge_sees_terms_added_between_merges),
		cmocka_unit_test(test_termbase_refuses_a_newer_schema),
		cmocka_unit_test(test_termbase_migrates_a_version_1_termbase),
		cmocka_unit_test(test_termbase_refuses_a_file_that_is_not_a_termbase),
		cmocka_unit_test(test_termbase_concordance_finds_word_in_context),
		cmocka_unit_test(test_termbase_english_concordance_is_by_word),
		cmocka_unit_test(test_termbase_occurrences_follow_terms_and_documents),
		cmocka_unit_test(test_termbase_latin_query_finds_chinese_terms_that_hold_it),
		cmocka_unit_test(test_termbase_two_letters_find_words_that_begin_with_them),
		cmocka_unit_test(test_termbase_marks_the_terms_that_occur),
		cmocka_unit_test(test_termbase_one_character_is_found_through_the_pieces),
		cmocka_unit_test(test_termbase_short_query_reads_the_shortest_keys_first),
		cmocka_unit_test(test_termbase_lookup_shows_sources_and_best_examples),
		cmocka_unit_test(test_termbase_lookup_shows_the_documents_merged_last),
		cmocka_unit_test(test_termbase_lends_its_lemmatizer),
		cmocka_unit_test(test_termbase_lookup_loads_hunspell_only_where_it_could_help),
		cmocka_unit_test(test_termbase_matcher_kept_in_the_file),
		cmocka_unit_test(test_termbase_long_document_merges_on_three_threads),
		cmocka_unit_test(test_termbase_merges_documents_one_after_another_on_kept_workers),
		cmocka_unit_test(test_termbase_merges_a_list_as_one_document_after_another),
		cmocka_unit_test(test_termbase_merge_list_checks_every_document_first),
		cmocka_unit_test(test_termbase_checkpoints_on_a_thread_and_the_log_starts_again),
		cmocka_unit_test(test_termbase_pairs_in_a_document),
		cmocka_unit_test(test_termbase_fuzzy_lookup_agrees_with_brute_force),
		cmocka_unit_test(test_termbase_large_import_compacts_the_term_index),
		cmocka_unit_test(test_termbase_import_indexes_its_terms_at_the_end),
	};
	return cmocka_run_group_tests_name("termbase", tests, make_dir, remove_dir);
}
