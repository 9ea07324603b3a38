/*
 * bench_termbase.c - speed and size of a large termbase, for
 * scripts/bench-termbase.sh.
 *
 *   bench_termbase build DB [CONCEPTS SEGMENTS]   make DB unless it is there already
 *   bench_termbase lookup DB [QUERIES]            lookup latency, p50 and p99
 *   bench_termbase merge DB [SEGMENTS PER_DOC [index]]
 *                                                 merge throughput into DB; with
 *                                                 "index", each document's phrases
 *                                                 are indexed for extraction too,
 *                                                 as shuyu merge does
 *   bench_termbase queries DB                     print a Chinese and an English term
 *
 * The termbase is synthetic but looks like the real thing: CONCEPTS concepts
 * (default 500,000, so 1,000,000 terms) each with a Chinese term of 2 to 8
 * Han characters and an English term of 1 to 4 words (mostly 2 or 3), made
 * from CC-CEDICT's
 * two-character words and their one-word glosses (build/cedict, or SHUYU_CEDICT;
 * without it, from a small built-in table of characters and made-up words);
 * and SEGMENTS (default 1,000,000) aligned sentence pairs built from the same
 * words, each carrying a couple of the terms (frequent ones more often) and one
 * in ten a phrase of the curated glossary. Everything goes in through the
 * public API: the concepts as glossary TSV (sy_termbase_import_glossary), the
 * segments as documents with a 1:1 alignment (sy_termbase_merge, given
 * CC-CEDICT when it is at hand so that their phrases are indexed for
 * extraction, as shuyu merge does), so merge times exclude segmentation
 * and alignment.
 *
 * Every text is a pure function of its number (a hash, not a running random
 * state), so a segment can carry concept k's terms without a table of them,
 * and every run makes the same termbase.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <sqlite3.h>

#include "shuyu/extract.h"
#include "shuyu/lexicon.h"
#include "shuyu/termbase.h"
#include "matcher.h"           /* matcher_get, matcher_save */
#include "termbase_internal.h" /* TB_PAGE_SIZE */

/* ---- words ------------------------------------------------------------------ */

typedef struct word {
	char zh[8]; /* two Han characters, UTF-8 */
	char en[16];
} word;

static word *vocab;
static size_t n_vocab;

/* Used when CC-CEDICT is not at hand. */
static const char fallback_chars[] =
	"国家安全网络空间信息技术合作发展和平国际组织会议法律规则原则措施框架机制"
	"能力建设数据保护基础设施关键标准治理责任行为政府专家工作报告秘书处成员"
	"区域经济社会环境人权文化教育科学卫生金融贸易投资市场服务系统平台管理监督"
	"评估风险威胁攻击防御应对危机冲突预防稳定透明信任对话协商谈判执行落实";
static const char *const fallback_syll[] = {"ka", "lo", "mer", "vi", "tan", "sel", "ro", "dio",
					    "pre", "cu", "nat", "ion", "ver", "ma", "ti", "con"};

static uint64_t mixbits(uint64_t x)
{
	/* splitmix64's finalizer: a hash of the number. */
	x += 0x9E3779B97F4A7C15ULL;
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
	x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
	return x ^ (x >> 31);
}

static int add_word(size_t *cap, const char *zh, size_t zlen, const char *en, size_t elen)
{
	if (zlen >= sizeof(vocab->zh) || elen >= sizeof(vocab->en))
		return 0;
	if (n_vocab == *cap) {
		word *grown;
		*cap = *cap ? *cap * 2 : 4096;
		grown = realloc(vocab, *cap * sizeof(*vocab));
		if (!grown)
			return -1;
		vocab = grown;
	}
	memcpy(vocab[n_vocab].zh, zh, zlen);
	vocab[n_vocab].zh[zlen] = '\0';
	memcpy(vocab[n_vocab].en, en, elen);
	vocab[n_vocab].en[elen] = '\0';
	n_vocab++;
	return 0;
}

/* CC-CEDICT: $SHUYU_CEDICT, or where set-up puts it. */
static const char *cedict_path(void)
{
	const char *env = getenv("SHUYU_CEDICT");

	return env && *env ? env : "build/cedict/cedict_ts.u8";
}

/* jieba's frequencies, which shuyu merge gives the phrase index when
 * set-up has fetched them; NULL without. */
static sy_reference *open_reference(void)
{
	const char *env = getenv("SHUYU_JIEBA");
	sy_reference *ref = NULL;
	sy_error err = {0, ""};

	if (sy_reference_open(&ref, env && *env ? env : "build/jieba/jieba.dict.utf8", &err))
		return NULL;
	return ref;
}

/* CC-CEDICT lines "TRAD SIMP [pinyin] /gloss/...": two-character simplified
 * words (both characters Han) whose first gloss is one lower-case word. */
static void load_vocab(void)
{
	FILE *f = fopen(cedict_path(), "r");
	char line[1024];
	size_t cap = 0, i, j;

	while (f && fgets(line, sizeof(line), f)) {
		char *simp, *slash, *end;
		if (line[0] == '#' || !(simp = strchr(line, ' ')))
			continue;
		simp++;
		end = strchr(simp, ' ');
		slash = strchr(simp, '/');
		if (!end || !slash || end - simp != 6)
			continue;
		if ((unsigned char)simp[0] < 0xE4 || (unsigned char)simp[0] > 0xE9 ||
		    (unsigned char)simp[3] < 0xE4 || (unsigned char)simp[3] > 0xE9)
			continue;
		for (i = 1; slash[i] >= 'a' && slash[i] <= 'z'; i++)
			;
		if (slash[i] != '/' || i < 4 || i > 13)
			continue;
		/* The same simplified word twice (two traditional forms): keep one. */
		if (n_vocab && !memcmp(vocab[n_vocab - 1].zh, simp, 6))
			continue;
		if (add_word(&cap, simp, 6, slash + 1, i - 1))
			break;
	}
	if (f)
		fclose(f);
	if (n_vocab >= 1000)
		return;
	fprintf(stderr, "bench_termbase: no CC-CEDICT: using made-up words\n");
	n_vocab = 0;
	for (i = 0; i + 3 <= sizeof(fallback_chars) - 1; i += 3)
		for (j = 0; j + 3 <= sizeof(fallback_chars) - 1 && n_vocab < 20000; j += 3) {
			char zh[7], en[16];
			uint64_t h = mixbits(i * 1000 + j);
			if (i == j)
				continue;
			memcpy(zh, fallback_chars + i, 3);
			memcpy(zh + 3, fallback_chars + j, 3);
			snprintf(en, sizeof(en), "%s%s%s", fallback_syll[h % 16], fallback_syll[(h >> 8) % 16],
				 fallback_syll[(h >> 16) % 16]);
			if (add_word(&cap, zh, 6, en, strlen(en)))
				return;
		}
}

/* Single characters that end many Chinese terms: 安全性, 数字化, 国际法. */
static const char *const suffix_zh[] = {"性", "化", "法", "权", "者", "率", "制", "网"};
static const char *const suffix_en[] = {"nature", "ization", "law", "right", "actor", "rate",
					"system", "network"};

/* Concept k's terms: 1-4 words, sometimes with a one-character suffix, so
 * 2 to 8 Han characters (9 with the suffix on a 4-word term is avoided). */
static void concept_terms(uint64_t k, char *zh, char *en)
{
	uint64_t h = mixbits(k * 2 + 1), r = h % 100;
	size_t words = r < 2 ? 1 : r < 50 ? 2 : r < 85 ? 3 : 4, i;
	int suffix = words < 4 && (h >> 8) % 5 == 0;

	zh[0] = en[0] = '\0';
	for (i = 0; i < words; i++) {
		/* One-word terms come from a quarter of the words (every fourth),
		 * which the segments' other words mostly avoid: otherwise every
		 * word of every sentence would be a term of several concepts. */
		uint64_t x = mixbits(h + i) % n_vocab;
		const word *w = &vocab[words == 1 ? x - x % 4 : x];
		strcat(zh, w->zh);
		if (i)
			strcat(en, " ");
		strcat(en, w->en);
	}
	if (suffix) {
		size_t s = (h >> 16) % 8;
		strcat(zh, suffix_zh[s]);
		strcat(en, " ");
		strcat(en, suffix_en[s]);
	}
}

/* ---- timing ---------------------------------------------------------------------- */

static double seconds(clockid_t clock)
{
	struct timespec ts;
	clock_gettime(clock, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double now(void)
{
	return seconds(CLOCK_MONOTONIC);
}

/* CPU time of the calling thread, in seconds. */
static double thread_cpu(void)
{
	return seconds(CLOCK_THREAD_CPUTIME_ID);
}

static void die(const char *what, const sy_error *err)
{
	fprintf(stderr, "bench_termbase: %s: %s\n", what, err ? err->message : "failed");
	exit(1);
}

/* ---- building ---------------------------------------------------------------------- */

static const char *const un_zh[] = {
	"负责任国家行为", "建立信任措施", "关键基础设施", "能力建设", "网络空间", "信息和通信技术",
};
static const char *const un_en[] = {
	"responsible State behaviour", "confidence-building measures", "critical infrastructure",
	"capacity-building", "cyberspace", "information and communications technologies",
};
static const char *const glue_zh[] = {"的", "和", "在", "对", "与", "以及", "关于", "为了"};
static const char *const glue_en[] = {"of", "and", "in", "for", "with", "as well as", "on", "to"};

static void sentence_add(sy_sentence_list *l, const char *text, size_t number)
{
	sy_sentence_rec *r;

	if (l->count == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 1024;
		l->items = realloc(l->items, l->cap * sizeof(*l->items));
		if (!l->items)
			die("out of memory", NULL);
	}
	r = &l->items[l->count];
	memset(r, 0, sizeof(*r));
	r->text = strdup(text);
	r->len = strlen(text);
	snprintf(r->number, sizeof(r->number), "%zu", number);
	l->count++;
}

/* Segment s: 6-16 words with glue, two terms (skewed to frequent concepts),
 * one in ten a curated-glossary phrase. */
static void segment_text(uint64_t s, uint64_t concepts, char *zh, char *en)
{
	uint64_t h = mixbits(s * 7 + 3);
	size_t words = 6 + h % 11, i, t = 0;
	char tz[64], te[96];

	zh[0] = en[0] = '\0';
	for (i = 0; i < words; i++) {
		uint64_t g = mixbits(h + i * 31), x = g % n_vocab;
		/* Nine in ten of the words are not one-word terms (see above). */
		const word *w = &vocab[(g >> 40) % 10 == 0 || x % 4 ? x : x + 1 < n_vocab ? x + 1 : x - 1];
		if (i && g % 4 == 0) {
			strcat(zh, glue_zh[(g >> 8) % 8]);
			strcat(en, " ");
			strcat(en, glue_en[(g >> 8) % 8]);
		}
		if (i == 2 || i == 5) {
			/* u^3 over the concepts: low numbers far more often. */
			double u = (double)((g >> 11) % 1000000) / 1e6;
			concept_terms((uint64_t)(u * u * u * (double)concepts), tz, te);
			strcat(zh, tz);
			strcat(en, *en ? " " : "");
			strcat(en, te);
			t++;
			continue;
		}
		strcat(zh, w->zh);
		if (*en)
			strcat(en, " ");
		strcat(en, w->en);
	}
	if (h % 10 == 0) {
		strcat(zh, "的");
		strcat(zh, un_zh[(h >> 32) % 6]);
		strcat(en, " of ");
		strcat(en, un_en[(h >> 32) % 6]);
	}
	strcat(zh, "。");
	strcat(en, ".");
	if (en[0] >= 'a' && en[0] <= 'z')
		en[0] = (char)(en[0] - 'a' + 'A');
}

/* Segments [first, first+count) as one document, aligned one to one. */
static void make_doc(sy_merge_doc *doc, const char *symbol, uint64_t first, size_t count,
		     uint64_t concepts, const sy_lexicon *lex, const sy_reference *ref)
{
	sy_sentence_list *zh = calloc(1, sizeof(*zh)), *en = calloc(1, sizeof(*en));
	sy_merge_bead *beads = calloc(count, sizeof(*beads));
	char zs[2048], es[4096];
	size_t i;

	if (!zh || !en || !beads)
		die("out of memory", NULL);
	for (i = 0; i < count; i++) {
		segment_text(first + i, concepts, zs, es);
		sentence_add(zh, zs, i + 1);
		sentence_add(en, es, i + 1);
		beads[i].zh_first = beads[i].en_first = i;
		beads[i].zh_count = beads[i].en_count = 1;
		beads[i].score = 0.5 + (double)(mixbits(first + i) % 500) / 1000.0;
	}
	memset(doc, 0, sizeof(*doc));
	doc->symbol = strdup(symbol);
	doc->title = "Synthetic document";
	doc->date = "2026-01-01";
	doc->zh = zh;
	doc->en = en;
	doc->beads = beads;
	doc->n_beads = count;
	doc->lex = lex;
	doc->reference = ref;
}

static void free_doc(sy_merge_doc *doc)
{
	sy_sentence_list_free((sy_sentence_list *)doc->zh);
	sy_sentence_list_free((sy_sentence_list *)doc->en);
	free((void *)doc->zh);
	free((void *)doc->en);
	free((void *)doc->beads);
	free((void *)doc->symbol);
}

/* Merge segments [first, first+count) as one document; returns seconds. */
static double merge_doc(sy_termbase *tb, const char *symbol, uint64_t first, size_t count,
			uint64_t concepts, const sy_lexicon *lex, const sy_reference *ref,
			sy_merge_stats *stats)
{
	sy_merge_doc doc;
	sy_error err = {0, ""};
	double t0;

	make_doc(&doc, symbol, first, count, concepts, lex, ref);
	t0 = now();
	if (sy_termbase_merge(tb, &doc, stats, NULL, NULL, &err))
		die(symbol, &err);
	t0 = now() - t0;
	free_doc(&doc);
	return t0;
}

/* Is the termbase at path made as the library makes one now: its last
 * segment's phrase chunks there when CC-CEDICT is (a termbase built
 * before the bench indexed them has none), and pages of a new termbase's
 * size (4 KB before stop 43)? Else it is built again. */
static int made_as_now(const char *path, int chunked)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int ok = 0;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(db,
			       "SELECT (? = 0 OR zh_chunks IS NOT NULL) AND"
			       " (SELECT page_size FROM pragma_page_size) = ?"
			       " FROM segment ORDER BY id DESC LIMIT 1",
			       -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int(st, 1, chunked);
		sqlite3_bind_int(st, 2, TB_PAGE_SIZE);
		if (sqlite3_step(st) == SQLITE_ROW)
			ok = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return ok;
}

static int matcher_kept(sy_termbase *tb)
{
	sy_error err = {0, ""};
	matcher *m;
	int rc = tb_begin(tb, &err);

	if (!rc)
		rc = matcher_get(tb, &m, &err);
	if (!rc)
		rc = matcher_save(tb, &err);
	if (!rc)
		rc = tb_commit(tb, &err);
	else
		tb_rollback(tb);
	if (rc)
		fprintf(stderr, "bench_termbase: the kept matcher: %s\n", err.message);
	return !rc;
}

static int cmd_build(const char *path, uint64_t concepts, uint64_t segments)
{
	sy_termbase *tb;
	sy_termbase_stats st;
	sy_error err = {0, ""};
	uint64_t k, s, per_doc = 10000;
	size_t cap = 1 << 20, used = 0;
	char *tsv = malloc(cap), zh[64], en[96], tmp[4096];
	double t0, t_terms = 0, t_merge = 0;
	struct stat sb;
	sy_lexicon *lex = NULL;
	sy_reference *ref = open_reference();

	/* The segments go in as shuyu merge puts them, with their phrases
	 * indexed for extraction: their chunks are part of the size. */
	if (sy_lexicon_open(&lex, cedict_path(), &err))
		lex = NULL;
	if (stat(path, &sb) == 0 && !sy_termbase_open(&tb, path, 0, &err)) {
		int ok = !sy_termbase_stats_get(tb, &st, &err) && st.terms >= (long)(concepts * 2) &&
			 st.segments >= (long)segments;
		/* The matcher kept in the file, made again and kept if this
		 * build cannot read it (its entries changed size at stop 44):
		 * else every series would make it in its first document. */
		if (ok)
			ok = matcher_kept(tb);
		sy_termbase_close(tb);
		if (ok)
			ok = made_as_now(path, lex != NULL);
		if (ok) {
			printf("reusing %s: %ld concepts, %ld terms, %ld documents, %ld segments\n", path,
			       st.concepts, st.terms, st.documents, st.segments);
			sy_lexicon_close(lex);
			sy_reference_close(ref);
			free(tsv);
			return 0;
		}
	}
	snprintf(tmp, sizeof(tmp), "%s-wal", path);
	remove(tmp);
	snprintf(tmp, sizeof(tmp), "%s-shm", path);
	remove(tmp);
	remove(path);
	if (!tsv)
		die("out of memory", NULL);
	if (sy_termbase_open(&tb, path, SY_TB_CREATE, &err))
		die(path, &err);

	/* The concepts, 50,000 to a transaction, as glossary TSV. */
	for (k = 0; k < concepts; k++) {
		static const char *const status[] = {"candidate", "candidate", "admitted", "preferred"};
		if (!used)
			used = (size_t)snprintf(tsv, cap, "id\tzh\ten\tdomain\tstatus\tnote\tsource\n");
		concept_terms(k, zh, en);
		used += (size_t)snprintf(tsv + used, cap - used, "b%07llu\t%s\t%s\tbench\t%s\t\t\n",
					 (unsigned long long)k, zh, en, status[mixbits(k) % 4]);
		if (used + 512 > cap || k + 1 == concepts || (k + 1) % 50000 == 0) {
			t0 = now();
			if (sy_termbase_import_glossary(tb, tsv, used, "synthetic concepts", &err))
				die("importing the concepts", &err);
			t_terms += now() - t0;
			used = 0;
			fprintf(stderr, "\rconcepts %llu/%llu", (unsigned long long)k + 1,
				(unsigned long long)concepts);
		}
	}
	fprintf(stderr, "\n");
	printf("%llu concepts (%llu terms) imported in %.1f s: %.0f terms/s\n",
	       (unsigned long long)concepts, (unsigned long long)concepts * 2, t_terms,
	       (double)concepts * 2 / t_terms);

	/* The segments, per_doc to a document. */
	for (s = 0; s < segments; s += per_doc) {
		sy_merge_stats ms;
		size_t n = (size_t)(segments - s < per_doc ? segments - s : per_doc);
		snprintf(tmp, sizeof(tmp), "BENCH/%06llu", (unsigned long long)(s / per_doc));
		t_merge += merge_doc(tb, tmp, s, n, concepts, lex, ref, &ms);
		fprintf(stderr, "\rsegments %llu/%llu (%.0f/s)", (unsigned long long)(s + n),
			(unsigned long long)segments, (double)(s + n) / t_merge);
	}
	fprintf(stderr, "\n");
	printf("%llu segment pairs merged in %.1f s (%llu-pair documents%s): %.0f pairs/s\n",
	       (unsigned long long)segments, t_merge, (unsigned long long)per_doc,
	       lex ? ", phrases indexed" : "", (double)segments / t_merge);
	sy_termbase_close(tb);
	sy_lexicon_close(lex);
	sy_reference_close(ref);
	free(tsv);
	return 0;
}

/* ---- merge throughput ------------------------------------------------------------- */

#define STEADY_FROM 3 /* documents not counted in the steady state */

/* sy_termbase_merge_docs's documents, timed as each one's last segment is
 * stored (its progress), so each one's time holds the commit of the one
 * before. */
typedef struct doc_clock {
	double *at, *cpu;
	size_t count;
} doc_clock;

static void doc_stored(size_t done, size_t total, void *userdata)
{
	doc_clock *c = userdata;

	if (done == total) {
		c->at[c->count] = now();
		c->cpu[c->count++] = thread_cpu();
	}
}

/* Merge the documents with one sy_termbase_merge_docs: per document, the
 * seconds and the CPU time of the merging thread. */
static void merge_list(sy_termbase *tb, uint64_t first, uint64_t segments, uint64_t per_doc,
		       uint64_t concepts, const sy_lexicon *lex, const sy_reference *ref, double *t,
		       double *cpu)
{
	size_t count = (size_t)((segments + per_doc - 1) / per_doc), i;
	sy_merge_doc *docs = calloc(count, sizeof(*docs));
	sy_merge_stats *stats = calloc(count, sizeof(*stats));
	doc_clock c = {calloc(count + 1, sizeof(double)), calloc(count + 1, sizeof(double)), 0};
	sy_error err = {0, ""};
	char symbol[64];
	double t0, c0;

	if (!docs || !stats || !c.at || !c.cpu)
		die("out of memory", NULL);
	for (i = 0; i < count; i++) {
		uint64_t s = (uint64_t)i * per_doc;
		snprintf(symbol, sizeof(symbol), "BENCH-MERGE/%zu", i);
		make_doc(&docs[i], symbol, first + s, (size_t)(segments - s < per_doc ? segments - s : per_doc),
			 concepts, lex, ref);
	}
	t0 = now();
	c0 = thread_cpu();
	if (sy_termbase_merge_docs(tb, docs, count, stats, doc_stored, &c, &err))
		die("the list of documents", &err);
	if (c.count != count)
		die("a document's progress was not told", NULL);
	/* The last document's commit, after its last segment. */
	c.at[count - 1] = now();
	c.cpu[count - 1] = thread_cpu();
	for (i = 0; i < count; i++) {
		t[i] = c.at[i] - (i ? c.at[i - 1] : t0);
		cpu[i] = c.cpu[i] - (i ? c.cpu[i - 1] : c0);
		free_doc(&docs[i]);
	}
	free(c.at);
	free(c.cpu);
	free(stats);
	free(docs);
}

static int cmd_merge(const char *path, uint64_t segments, uint64_t per_doc, int index, int list)
{
	double *list_t = NULL, *list_cpu = NULL;
	sy_lexicon *lex = NULL;
	sy_reference *ref = NULL;
	double indexing = 0;
	sy_termbase *tb;
	sy_termbase_stats st;
	sy_error err = {0, ""};
	sqlite3 *db;
	double total = 0, best = 1e9, t_close, steady = 0, steady_pairs = 0, first = 0;
	double steady_cpu = 0;
	uint64_t s, base = 1ULL << 40; /* segment numbers far from the built ones */
	char symbol[64];
	size_t docs = 0;

	if (sy_termbase_open(&tb, path, 0, &err) || sy_termbase_stats_get(tb, &st, &err))
		die(path, &err);
	if (index) {
		if (sy_lexicon_open(&lex, cedict_path(), &err))
			die("the phrase index needs CC-CEDICT", &err);
		ref = open_reference();
	}
	if (list) {
		size_t count = (size_t)((segments + per_doc - 1) / per_doc);
		list_t = calloc(count, sizeof(double));
		list_cpu = calloc(count, sizeof(double));
		if (!list_t || !list_cpu)
			die("out of memory", NULL);
		merge_list(tb, base, segments, per_doc, (uint64_t)st.concepts, lex, ref, list_t,
			   list_cpu);
	}
	for (s = 0; s < segments; s += per_doc) {
		sy_merge_stats ms;
		size_t n = (size_t)(segments - s < per_doc ? segments - s : per_doc);
		double t, cpu = thread_cpu();
		snprintf(symbol, sizeof(symbol), "BENCH-MERGE/%zu", docs++);
		t = list ? list_t[docs - 1]
			 : merge_doc(tb, symbol, base + s, n, (uint64_t)st.concepts, lex, ref, &ms);
		if (lex) {
			double ti = now();
			if (sy_termbase_index_phrases(tb, lex, ref, symbol, &err))
				die(symbol, &err);
			ti = now() - ti;
			indexing += ti;
			t += ti;
		}
		cpu = list ? list_cpu[docs - 1] : thread_cpu() - cpu;
		if (getenv("BENCH_TB_VERBOSE"))
			fprintf(stderr, "  %s: %zu pairs, %.3f s\n", symbol, n, t);
		total += t;
		if (t < best)
			best = t;
		if (docs == 1)
			first = t;
		/* The first three documents read the matcher and warm the
		 * caches and the checkpoint thread: the rest is the steady
		 * state of a program that merges document after document. */
		if (docs > STEADY_FROM) {
			steady += t;
			steady_pairs += (double)n;
			steady_cpu += cpu;
		}
	}
	/* Closing the last connection writes the log back into the file (a
	 * checkpoint): every shuyu merge pays it, so it is counted. */
	t_close = now();
	sy_termbase_close(tb);
	t_close = now() - t_close;
	total += t_close;
	free(list_t);
	free(list_cpu);
	printf("merge%s into %ld terms, %ld segments: %llu pairs in %zu documents of %llu: "
	       "%.2f s with the close (%.3f s), %.0f pairs/s (best document %.0f pairs/s)\n",
	       lex ? (list ? " with the phrase index, as one list" : " with the phrase index")
	       : list ? " as one list (sy_termbase_merge_docs)" : "",
	       st.terms, st.segments,
	       (unsigned long long)segments, docs, (unsigned long long)per_doc, total, t_close,
	       (double)segments / total, (double)per_doc / best);
	/* The merge cuts the phrases as it stores the segments; what it
	 * leaves (nothing) is for sy_termbase_index_phrases, timed apart. */
	if (lex)
		printf("  of which sy_termbase_index_phrases after each merge: %.2f s\n", indexing);
	sy_lexicon_close(lex);
	sy_reference_close(ref);
	/* The first document reads the matcher back from the file. */
	printf("  first document: %.3f s\n", first);
	if (docs > STEADY_FROM + 1) {
		printf("  steady state (documents %d-%zu): %.0f pairs/s\n", STEADY_FROM + 1, docs,
		       steady_pairs / steady);
		/* The thread that writes is the one the others wait for: its
		 * CPU time moves less with the machine's load than the clock. */
		printf("  writing thread's CPU time (documents %d-%zu): %.1f ms per 1,000 pairs\n",
		       STEADY_FROM + 1, docs, steady_cpu * 1e6 / steady_pairs);
	}
	/* Take them out again, so that reruns measure the same documents and
	 * terms. Not quite the same file: FTS5 keeps delete markers until its
	 * merges reach the rows they delete, so bench-termbase.sh merges into
	 * a copy. */
	if (sqlite3_open(path, &db) != SQLITE_OK ||
	    sqlite3_exec(db,
			 "PRAGMA foreign_keys = ON; BEGIN; DELETE FROM document WHERE symbol LIKE "
			 "'BENCH-MERGE/%'; COMMIT; PRAGMA wal_checkpoint(TRUNCATE);",
			 NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "bench_termbase: removing the measured documents: %s\n", sqlite3_errmsg(db));
		sqlite3_close(db);
		return 1;
	}
	sqlite3_close(db);
	return 0;
}

/* ---- lookup latency ------------------------------------------------------------------- */

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* Byte offset of code point n in s. */
static size_t cp_offset(const char *s, size_t n)
{
	size_t i = 0;

	while (s[i] && n) {
		i++;
		while ((s[i] & 0xC0) == 0x80)
			i++;
		n--;
	}
	return i;
}

static size_t cp_count(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += (*s & 0xC0) != 0x80;
	return n;
}

enum { Q_EXACT, Q_PREFIX, Q_SUBSTRING, Q_SUBSTRING2, Q_FUZZY };

/* A query of kind q made from term text t (lang zh or en), into out. */
static int make_query(int q, int zh, const char *t, uint64_t h, char *out, size_t size)
{
	size_t n = cp_count(t), from, len;

	switch (q) {
	case Q_EXACT:
		snprintf(out, size, "%s", t);
		return 1;
	case Q_PREFIX: /* about half of it, at least 2 characters (zh) or 3 letters (en) */
		len = n / 2 > (zh ? 2 : 3) ? n / 2 : (zh ? 2 : 3);
		if (len >= n)
			return 0;
		snprintf(out, size, "%.*s", (int)cp_offset(t, len), t);
		return 1;
	case Q_SUBSTRING:  /* from inside it: 3-4 characters (zh), 4-8 letters (en) */
	case Q_SUBSTRING2: /* two Chinese characters: below the trigram index */
		len = q == Q_SUBSTRING2 ? 2 : zh ? 3 + h % 2 : 4 + h % 5;
		if (n < len + 2)
			return 0;
		from = 1 + (h >> 8) % (n - len - 1);
		snprintf(out, size, "%.*s", (int)(cp_offset(t, from + len) - cp_offset(t, from)),
			 t + cp_offset(t, from));
		return 1;
	default: /* one character changed, in a term of 4 characters or more */
		if (n < 4)
			return 0;
		from = 1 + h % (n - 1);
		snprintf(out, size, "%.*s%s%s", (int)cp_offset(t, from), t, zh ? "乂" : "q",
			 t + cp_offset(t, from + 1));
		return 1;
	}
}

static int cmd_lookup(const char *path, size_t n_queries)
{
	static const char *const names[] = {"exact", "prefix", "substring", "substring (2 chars)",
					    "fuzzy"};
	static const int stages[] = {SY_FIND_EXACT, SY_FIND_PREFIX, SY_FIND_SUBSTRING,
				     SY_FIND_SUBSTRING, SY_FIND_FUZZY};
	sy_termbase *tb;
	sy_termbase_stats st;
	sy_error err = {0, ""};
	sqlite3 *db;
	sqlite3_stmt *pick;
	double *lat = malloc(n_queries * sizeof(*lat));
	char (*texts)[128] = malloc(n_queries * sizeof(*texts)), query[256];
	long ids[64];
	int lang, q;

	if (!lat || !texts)
		die("out of memory", NULL);
	if (sy_termbase_open(&tb, path, 0, &err) || sy_termbase_stats_get(tb, &st, &err))
		die(path, &err);
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db,
			       "SELECT text FROM term WHERE lang = ?1 AND id >= ?2 ORDER BY id LIMIT 1",
			       -1, &pick, NULL) != SQLITE_OK)
		die("reading terms", NULL);
	printf("lookup latency in the process, %zu queries of each kind; %ld terms, %ld segments\n",
	       n_queries, st.terms, st.segments);
	printf("%-4s %-20s %10s %10s %10s %8s\n", "lang", "query", "p50 ms", "p99 ms", "max ms",
	       "found");
	for (lang = 0; lang < 2; lang++) {
		size_t i;
		/* Terms picked uniformly over the ids. */
		for (i = 0; i < n_queries; i++) {
			sqlite3_bind_text(pick, 1, lang ? "en" : "zh", -1, SQLITE_STATIC);
			sqlite3_bind_int64(pick, 2, 1 + (sqlite3_int64)(mixbits(i * 2 + (size_t)lang) %
									 (uint64_t)st.terms));
			texts[i][0] = '\0';
			if (sqlite3_step(pick) == SQLITE_ROW)
				snprintf(texts[i], sizeof(texts[i]), "%s", sqlite3_column_text(pick, 0));
			sqlite3_reset(pick);
		}
		for (q = Q_EXACT; q <= Q_FUZZY; q++) {
			size_t n = 0, with_hits = 0;
			if (lang && q == Q_SUBSTRING2)
				continue;
			for (i = 0; i < n_queries; i++) {
				size_t n_found;
				double t0;
				if (!make_query(q, !lang, texts[i], mixbits(i + 99), query, sizeof(query)))
					continue;
				t0 = now();
				if (sy_termbase_find(tb, query, stages[q], ids, 40, &n_found, &err))
					die(query, &err);
				lat[n++] = (now() - t0) * 1000;
				with_hits += n_found > 0;
			}
			if (!n)
				continue;
			qsort(lat, n, sizeof(*lat), cmp_double);
			printf("%-4s %-20s %10.3f %10.3f %10.3f %7.1f%%\n", lang ? "en" : "zh", names[q],
			       lat[n / 2], lat[(size_t)((double)n * 0.99)], lat[n - 1],
			       100.0 * (double)with_hits / (double)n);
		}
		/* The whole lookup, as shuyu lookup does it (hits with terms,
		 * sources and examples), for a term that exists. */
		{
			size_t n = 0;
			for (i = 0; i < n_queries; i++) {
				sy_hit_list list;
				sy_lookup_options opt = {10, 3};
				double t0 = now();
				if (sy_termbase_lookup(tb, texts[i], &opt, &list, &err))
					die(texts[i], &err);
				lat[n++] = (now() - t0) * 1000;
				sy_hit_list_free(&list);
			}
			qsort(lat, n, sizeof(*lat), cmp_double);
			printf("%-4s %-20s %10.3f %10.3f %10.3f\n", lang ? "en" : "zh", "whole lookup",
			       lat[n / 2], lat[(size_t)((double)n * 0.99)], lat[n - 1]);
		}
		/* The concordance (50 segments), of the term and of its first two
		 * characters or first word, which stand in many segments. */
		for (q = 0; q < 2; q++) {
			size_t n = 0, with_hits = 0;
			for (i = 0; i < n_queries; i++) {
				sy_concord_list lines;
				double t0;
				snprintf(query, sizeof(query), "%s", texts[i]);
				if (q && lang)
					query[strcspn(query, " ")] = '\0';
				else if (q)
					query[strlen(query) > 6 ? 6 : strlen(query)] = '\0'; /* two characters */
				t0 = now();
				if (sy_termbase_concord(tb, query, 50, &lines, &err))
					die(query, &err);
				lat[n++] = (now() - t0) * 1000;
				with_hits += lines.count > 0;
				sy_concord_list_free(&lines);
			}
			qsort(lat, n, sizeof(*lat), cmp_double);
			printf("%-4s %-20s %10.3f %10.3f %10.3f %7.0f%%\n", lang ? "en" : "zh",
			       q ? (lang ? "concord (1 word)" : "concord (2 chars)") : "concord (term)",
			       lat[n / 2], lat[(size_t)((double)n * 0.99)], lat[n - 1],
			       100.0 * (double)with_hits / (double)n);
		}
	}
	/* A curated term used in one segment in sixty: many sources, many examples. */
	{
		size_t i, j;
		for (j = 0; j < 2; j++) {
			const char *t = j ? un_en[0] : un_zh[0];
			size_t n = 0;
			for (i = 0; i < 20; i++) {
				sy_hit_list list;
				sy_lookup_options opt = {10, 3};
				double t0 = now();
				if (sy_termbase_lookup(tb, t, &opt, &list, &err))
					die(t, &err);
				lat[n++] = (now() - t0) * 1000;
				sy_hit_list_free(&list);
			}
			qsort(lat, n, sizeof(*lat), cmp_double);
			printf("%-4s whole lookup of '%s' (frequent): p50 %.3f ms, max %.3f ms\n",
			       j ? "en" : "zh", t, lat[n / 2], lat[n - 1]);
		}
	}
	sqlite3_finalize(pick);
	sqlite3_close(db);
	sy_termbase_close(tb);
	free(lat);
	free(texts);
	return 0;
}

/* Two terms of the termbase for the cold-start measurement: zh and en. */
static int cmd_queries(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *st;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db,
			       "SELECT (SELECT text FROM term WHERE lang = 'zh' AND id >="
			       " (SELECT max(id) FROM term) / 4 ORDER BY id LIMIT 1),"
			       " (SELECT text FROM term WHERE lang = 'en' AND id >="
			       " (SELECT max(id) FROM term) / 2 ORDER BY id LIMIT 1)",
			       -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW)
		die("reading terms", NULL);
	printf("%s\n%s\n", sqlite3_column_text(st, 0), sqlite3_column_text(st, 1));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return 0;
}

/* ---- finding the terms ------------------------------------------------------------ */

/*
 * What a merge's two workers do for each segment: fold the Chinese and the
 * English (sy_fold_zh, sy_fold_en with the termbase's lemmatizer, its
 * cache warm) and find the terms' keys in them (matcher_scan), here on one
 * thread over the same synthetic segments, five rounds, the best kept. CPU
 * time, which moves less with the host than the clock; in a merge the
 * workers run beside the writer, which takes its share of the caches.
 */
static int cmd_scan(const char *path, uint64_t segments)
{
	sy_termbase *tb;
	sy_termbase_stats st;
	sy_lemmatizer *lm;
	sy_error err = {0, ""};
	matcher *m;
	char **texts[2], **keys[2];
	double best_fold[2] = {1e9, 1e9}, best_scan[2] = {1e9, 1e9};
	size_t found_ids[2] = {0, 0};
	uint64_t s, base = 1ULL << 40;
	int round, l;

	if (sy_termbase_open(&tb, path, 0, &err) || sy_termbase_stats_get(tb, &st, &err) ||
	    sy_termbase_lemmatizer(tb, &lm, &err) || matcher_get(tb, &m, &err))
		die(path, &err);
	for (l = 0; l < 2; l++) {
		texts[l] = calloc(segments, sizeof(char *));
		keys[l] = calloc(segments, sizeof(char *));
		if (!texts[l] || !keys[l])
			die("out of memory", NULL);
	}
	for (s = 0; s < segments; s++) {
		char zs[2048], es[4096];
		segment_text(base + s, (uint64_t)st.concepts, zs, es);
		texts[0][s] = strdup(zs);
		texts[1][s] = strdup(es);
		if (!texts[0][s] || !texts[1][s])
			die("out of memory", NULL);
	}
	for (round = 0; round < 5; round++) {
		for (l = 0; l < 2; l++) {
			found hits;
			double cpu = thread_cpu();
			for (s = 0; s < segments; s++) {
				const char *t = texts[l][s];
				free(keys[l][s]);
				keys[l][s] = NULL;
				if (l ? sy_fold_en(lm, t, strlen(t), &keys[l][s], &err)
				      : sy_fold_zh(t, strlen(t), &keys[l][s], &err))
					die("folding", &err);
			}
			cpu = thread_cpu() - cpu;
			if (cpu < best_fold[l])
				best_fold[l] = cpu;
			memset(&hits, 0, sizeof(hits));
			found_ids[l] = 0;
			cpu = thread_cpu();
			for (s = 0; s < segments; s++) {
				hits.count = 0;
				if (keys[l][s] && matcher_scan(m, l, keys[l][s], strlen(keys[l][s]), &hits))
					die("out of memory", NULL);
				found_ids[l] += hits.count;
			}
			cpu = thread_cpu() - cpu;
			free(hits.ids);
			if (cpu < best_scan[l])
				best_scan[l] = cpu;
		}
	}
	printf("finding terms in %llu segments (one thread, best of 5 rounds, CPU time per 1,000"
	       " segments):\n  Chinese: fold %.2f ms, keys found %.2f ms (%zu term ids)\n"
	       "  English: fold %.2f ms, keys found %.2f ms (%zu term ids)\n",
	       (unsigned long long)segments, best_fold[0] * 1e6 / (double)segments,
	       best_scan[0] * 1e6 / (double)segments, found_ids[0],
	       best_fold[1] * 1e6 / (double)segments, best_scan[1] * 1e6 / (double)segments,
	       found_ids[1]);
	for (l = 0; l < 2; l++) {
		for (s = 0; s < segments; s++) {
			free(texts[l][s]);
			free(keys[l][s]);
		}
		free(texts[l]);
		free(keys[l]);
	}
	sy_termbase_close(tb);
	return 0;
}

/* Is what among argv[from...]? */
static int has_word(int argc, char **argv, int from, const char *what)
{
	for (; from < argc; from++)
		if (!strcmp(argv[from], what))
			return 1;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fputs("usage: bench_termbase build|lookup|merge|queries|scan DB [N...]\n", stderr);
		return 2;
	}
	load_vocab();
	if (!strcmp(argv[1], "build"))
		return cmd_build(argv[2], argc > 3 ? strtoull(argv[3], NULL, 10) : 500000,
				 argc > 4 ? strtoull(argv[4], NULL, 10) : 1000000);
	if (!strcmp(argv[1], "lookup"))
		return cmd_lookup(argv[2], argc > 3 ? strtoul(argv[3], NULL, 10) : 2000);
	if (!strcmp(argv[1], "merge"))
		return cmd_merge(argv[2], argc > 3 ? strtoull(argv[3], NULL, 10) : 20000,
				 argc > 4 ? strtoull(argv[4], NULL, 10) : 1000,
				 has_word(argc, argv, 5, "index"), has_word(argc, argv, 5, "list"));
	if (!strcmp(argv[1], "queries"))
		return cmd_queries(argv[2]);
	if (!strcmp(argv[1], "scan"))
		return cmd_scan(argv[2], argc > 3 ? strtoull(argv[3], NULL, 10) : 20000);
	fputs("bench_termbase: build, lookup, merge, queries or scan\n", stderr);
	return 2;
}
