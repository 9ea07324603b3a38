/*
 * merge.c - one aligned document into the termbase, in one transaction.
 * See include/shuyu/termbase.h.
 *
 * The document becomes segments (one per bead, or one per Chinese sentence
 * when there is no English), each stored with its position, paragraph and
 * score. Every known term is then looked for in every segment: each
 * segment's folded text is scanned for the term keys (matcher.c).
 *
 * A document is identified by its symbol and its content by a 64-bit hash:
 * the same content again changes nothing; new content under the same symbol
 * replaces the old (its segments and occurrences go with it, by cascade).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lemmatizer.h"
#include "matcher.h"
#include "synonyms.h"
#include "termbase_internal.h"
#include "utf8.h"
#include "util.h"

/* ---- finding a segment's terms ---------------------------------------------------- */

/* What finding the terms of one segment gives: the term ids, and the same
 * as a JSON array ("[12,345]", sorted, as json_group_array writes it);
 * and, made on the same thread, the Chinese as its index takes it. */
typedef struct seg_terms {
	found hits;
	char *json;
	size_t json_cap;
	util_buf zh_index;
	/* When the merge indexes phrases: the Chinese keys found (hits.keys
	 * points here), and the segment's chunks, cut (chunked) from them. */
	tb_keys keys;
	char *folded;   /* the Chinese folded (sy_fold_zh), which the keys are found in */
	tb_spans han;   /* the Han runs' words, when cut beside the terms (han_cut) */
	int han_cut;
	util_buf zh_chunks, en_chunks;
	int chunked;
} seg_terms;

static int by_id(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return x < y ? -1 : x > y;
}

static int terms_json(seg_terms *t)
{
	size_t used = 0, k;

	if (t->hits.count)
		qsort(t->hits.ids, t->hits.count, sizeof(*t->hits.ids), by_id);
	if (util_grow(&t->json, &t->json_cap, 3 + t->hits.count * 21, 1))
		return -1;
	t->json[used++] = '[';
	for (k = 0; k < t->hits.count; k++) {
		/* By hand: with sprintf, this list took a tenth of the
		 * time that finding the terms did. */
		char digits[24];
		unsigned long v = (unsigned long)t->hits.ids[k];
		size_t n = 0;
		if (k)
			t->json[used++] = ',';
		do
			digits[n++] = (char)('0' + v % 10);
		while ((v /= 10));
		while (n)
			t->json[used++] = digits[--n];
	}
	t->json[used++] = ']';
	t->json[used] = '\0';
	return 0;
}

/*
 * What storing a segment needs besides SQLite, in two halves that read
 * only the matcher, and the lemmatizer for English: its terms, as ids and
 * as JSON, and its Chinese as the character index takes it. The merge runs
 * each half on a thread of its own (see merge_pipelined), the English
 * after the Chinese, since it adds to the same list of ids.
 */
/* The terms of the Chinese zh, into hits; with cut, also the words of its
 * Han runs into han; with folded, the folded text they are found in, which
 * the phrase index reads (NULL for an empty zh). */
static int find_zh(const matcher *m, tb_cutter *cut, const char *zh, found *hits, tb_spans *han,
		   char **folded, sy_error *err)
{
	char *key = NULL;
	int rc = SY_OK;

	hits->count = 0;
	if (hits->keys)
		hits->keys->count = 0;
	if (han)
		han->count = 0;
	if (zh && *zh)
		rc = sy_fold_zh(zh, strlen(zh), &key, err);
	if (!rc && key &&
	    (matcher_scan(m, 0, key, strlen(key), hits) || (cut && tb_cut_han(cut, key, strlen(key), han))))
		rc = sy_error_set(err, SY_ENOMEM, "out of memory");
	if (folded) {
		free(*folded);
		*folded = key;
	} else {
		free(key);
	}
	return rc;
}

static int prepare_zh(const matcher *m, tb_cutter *cut, const char *zh, seg_terms *out,
		      sy_error *err)
{
	int rc = find_zh(m, cut, zh, &out->hits, &out->han, out->hits.keys ? &out->folded : NULL, err);

	out->han_cut = cut && !rc;
	if (!rc && tb_zh_spaced(zh ? zh : "", zh ? strlen(zh) : 0, &out->zh_index))
		rc = sy_error_set(err, SY_ENOMEM, "out of memory");
	return rc;
}

static int prepare_en(const matcher *m, sy_lemmatizer *lm, const char *en, seg_terms *out,
		      sy_error *err)
{
	char *key = NULL;
	int rc = SY_OK;

	if (matcher_has_keys(m, 1) && en && *en)
		rc = sy_fold_en(lm, en, strlen(en), &key, err);
	if (!rc && ((key && matcher_scan(m, 1, key, strlen(key), &out->hits)) || terms_json(out)))
		rc = sy_error_set(err, SY_ENOMEM, "out of memory");
	free(key);
	return rc;
}

/* The segment's phrases, for extraction, when the merge cuts them (ix): on
 * the thread that uses the lemmatizer, after prepare_zh has folded the
 * Chinese and found the keys of its terms in it. */
static int prepare_phrases(tb_indexer *ix, const char *en, seg_terms *out, sy_error *err)
{
	int rc;

	out->chunked = 0;
	if (!ix)
		return SY_OK;
	rc = tb_index_segment(ix, out->folded ? out->folded : "", en ? en : "", &out->keys,
			      out->han_cut ? &out->han : NULL, &out->zh_chunks, &out->en_chunks, err);
	out->chunked = !rc;
	return rc;
}

static int prepare_segment(const matcher *m, sy_lemmatizer *lm, tb_indexer *ix, const char *zh,
			   const char *en, seg_terms *out, sy_error *err)
{
	int rc = prepare_zh(m, NULL, zh, out, err);

	if (!rc)
		rc = prepare_en(m, lm, en, out, err);
	return rc ? rc : prepare_phrases(ix, en, out, err);
}

/* Keep the Chinese keys found (for the phrases) or not. */
static void seg_terms_keep_keys(seg_terms *t, int keep)
{
	t->hits.keys = keep ? &t->keys : NULL;
}

static void seg_terms_free(seg_terms *t)
{
	free(t->hits.ids);
	free(t->json);
	free(t->zh_index.s);
	tb_keys_free(&t->keys);
	free(t->folded);
	free(t->han.v);
	free(t->zh_chunks.s);
	free(t->en_chunks.s);
}

int tb_refind_terms(sy_termbase *tb, sy_error *err)
{
	sqlite3_stmt *get = NULL, *put = NULL;
	seg_terms t = {0};
	matcher *m = NULL;
	long *marks = NULL;
	size_t n_marks = 0, cap_marks = 0;
	int rc, step = SQLITE_DONE;

	rc = matcher_get(tb, &m, err);
	if (!rc && matcher_has_keys(m, 1))
		rc = tb_lemmatizer(tb, err);
	if (!rc)
		rc = tb_prepare(tb, &get, "SELECT id, zh, en, terms FROM segment", err);
	if (!rc)
		rc = tb_prepare(tb, &put, "UPDATE segment SET terms = ? WHERE id = ?", err);
	/* Writing terms while reading the segments in the order of their ids
	 * moves no row: SQLite reads on. */
	while (!rc && (step = sqlite3_step(get)) == SQLITE_ROW) {
		const char *old = (const char *)sqlite3_column_text(get, 3);
		rc = find_zh(m, NULL, (const char *)sqlite3_column_text(get, 1), &t.hits, NULL, NULL, err);
		if (!rc)
			rc = prepare_en(m, tb->lm, (const char *)sqlite3_column_text(get, 2), &t, err);
		if (rc || !strcmp(t.json, old ? old : ""))
			continue;
		if (util_grow(&marks, &cap_marks, n_marks + t.hits.count, sizeof(*marks))) {
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
			break;
		}
		memcpy(marks + n_marks, t.hits.ids, t.hits.count * sizeof(*marks));
		n_marks += t.hits.count;
		sqlite3_bind_text(put, 1, t.json, -1, SQLITE_STATIC);
		sqlite3_bind_int64(put, 2, sqlite3_column_int64(get, 0));
		if (sqlite3_step(put) != SQLITE_DONE)
			rc = tb_sql_error(tb, err, "writing a segment's terms");
		sqlite3_reset(put);
	}
	if (!rc && step != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "reading the stored segments");
	sqlite3_finalize(get);
	sqlite3_finalize(put);
	if (!rc)
		rc = tb_seen_mark(tb, marks, n_marks, err);
	/* The matcher built for this goes into the file, as a merge's does:
	 * else the next merge builds it again (2.2 s for the bench's
	 * million terms). */
	if (!rc)
		rc = matcher_save(tb, err);
	free(marks);
	seg_terms_free(&t);
	return rc;
}

/* ---- the document writer ------------------------------------------------------------ */

/*
 * Segments stream into a document row under a provisional symbol while a
 * hash of their content is kept. At the end the hash is compared with the
 * stored version's: the same means nothing changed (the caller rolls back);
 * otherwise the old version goes and the new one takes the symbol. Memory
 * stays flat however long the document (a 1 GB TMX is one "document").
 */
/* The full-text indexes a segment goes into (index_sql, below). */
enum { INDEX_ZH, INDEX_EN, INDEX_TERMS, INDEXES };

struct tb_doc {
	sy_termbase *tb;
	char *symbol;
	long id;
	long position;
	uint64_t hash;
	matcher *m;         /* the handle's (matcher_get): not ours to free */
	/* When the phrases are cut as the segments are stored
	 * (tb_doc_index_phrases): the handle's indexer, its CC-CEDICT, and the
	 * general-language frequencies given for this merge. */
	tb_indexer *ix;
	const sy_lexicon *ix_lex;
	const sy_reference *ix_ref;
	seg_terms scratch;  /* tb_doc_add's */
	sqlite3_stmt *put_seg;
	sqlite3_stmt *put_index[INDEXES]; /* index_sql's */
	sy_merge_stats *stats;
	long *seen;         /* a set of the term ids found (0: empty), for stats->terms_found */
	size_t n_seen, seen_slots;
	long last_id;       /* the last segment stored */
};

static void mix(uint64_t *h, const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");

	for (; *p; p++) {
		*h ^= *p;
		*h *= 1099511628211ULL;
	}
	/* A byte text cannot contain ends each field, so that moving text
	 * from one field to the next changes the hash. */
	*h ^= 0xFF;
	*h *= 1099511628211ULL;
}

/*
 * A segment goes into its three full-text indexes row by row, with one
 * single-row INSERT each, as it is stored. FTS5 keeps what a transaction
 * adds in memory and writes it out as one run at the commit. Any statement
 * that may write several rows (INSERT ... SELECT, or a trigger on segment)
 * opens a savepoint, and FTS5 writes out what it holds at every savepoint:
 * through a trigger, each row became a run of its own (migrations 4 and 6
 * in termbase.c), and an INSERT ... SELECT per batch of segments made a
 * run per batch, which FTS5 then had to merge. See docs/notes-termbase.md.
 */
static const char *const index_sql[INDEXES] = {
	[INDEX_ZH] = "INSERT INTO segment_zh_fts (rowid, zh) VALUES (?, ?)",
	[INDEX_EN] = "INSERT INTO segment_en_fts (rowid, en) VALUES (?, ?)",
	[INDEX_TERMS] = "INSERT INTO occurrence_fts (rowid, terms) VALUES (?, ?)",
};

/* What tb_doc_open's second thread does with the lemmatizer while the
 * merging thread reads the matcher. */
typedef struct warming {
	sy_lemmatizer *lm;
	const sy_sentence_list *en; /* fold these; NULL: load Hunspell */
} warming;

/* Sentences a warming folds at most: enough to meet the words of a
 * document, and no more than the matcher's read takes to overlap. */
#define WARM_SENTENCES 2048

static void *warm(void *arg)
{
	const warming *w = arg;
	size_t i;

	if (!w->en)
		return lemmatizer_load(w->lm);
	for (i = 0; i < w->en->count && i < WARM_SENTENCES; i++) {
		sy_error ignored = {0, ""};
		char *key = NULL;
		sy_fold_en(w->lm, w->en->items[i].text, w->en->items[i].len, &key, &ignored);
		free(key);
	}
	return NULL;
}

static int pipeline_posted(const sy_termbase *tb);

int tb_doc_open(sy_termbase *tb, const char *symbol, const char *title, const char *date,
		int hunspell, const sy_sentence_list *warm_en, sy_merge_stats *stats, tb_doc **out,
		sy_error *err)
{
	sqlite3_stmt *st;
	tb_doc *d;
	sy_error ignored = {0, ""};
	pthread_t loader;
	warming w = {NULL, hunspell ? NULL : warm_en};
	int rc, loading;

	*out = NULL;
	memset(stats, 0, sizeof(*stats));
	/* The lemma table's reader, if it could not be opened for an earlier
	 * document (a new termbase's table not yet committed), is tried
	 * again; not while the workers, started early (merge_one), may be
	 * using it. */
	if (!pipeline_posted(tb))
		tb->lemma_db_failed = 0;
	d = calloc(1, sizeof(*d));
	if (!d)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	d->tb = tb;
	d->stats = stats;
	d->symbol = strdup(symbol);
	d->hash = 1469598103934665603ULL;
	mix(&d->hash, title);
	mix(&d->hash, date);
	rc = d->symbol ? SY_OK : sy_error_set(err, SY_ENOMEM, "out of memory");
	/* The provisional symbol cannot clash with a real one: it starts with
	 * a control character no document symbol has. */
	if (!rc)
		rc = tb_prepare(tb, &st,
				"INSERT INTO document (symbol, title, date, content_hash)"
				" VALUES (char(1) || ?, ?, ?, '') RETURNING id",
				err);
	if (!rc) {
		sqlite3_bind_text(st, 1, symbol, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, title ? title : "", -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, date ? date : "", -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			d->id = (long)sqlite3_column_int64(st, 0);
		else
			rc = tb_sql_error(tb, err, "adding the document");
		sqlite3_finalize(st);
	}
	/* While the matcher is read, on a thread of its own: Hunspell loads
	 * (hunspell), or the lemmatizer folds the document's English first
	 * (warm_en), taking the lemmas the lemma table has and loading
	 * Hunspell only for a word it lacks (doc_warming). A lemmatizer that
	 * cannot be opened is left to tb_lemmatizer below, which says why. */
	if (!rc && (hunspell || w.en) && !tb->lm)
		tb_lemmatizer(tb, &ignored);
	w.lm = tb->lm;
	loading = !rc && (hunspell || w.en) && tb->lm && !lemmatizer_loaded(tb->lm) &&
		  !pthread_create(&loader, NULL, warm, &w);
	if (!rc)
		rc = matcher_get(tb, &d->m, err);
	/* WordNet, which the lemmatizer opens at the first inflected word
	 * it meets (33 ms), opens here while Hunspell is still loading,
	 * rather than on the English worker, which every segment waits for. */
	if (!rc && loading && hunspell && matcher_has_keys(d->m, 1))
		synonyms_available();
	if (loading)
		pthread_join(loader, NULL);
	/* A large matcher goes into the file with this document, so that the
	 * next process reads it instead of building it. */
	if (!rc)
		rc = matcher_save(tb, err);
	if (!rc)
		rc = tb_prepare(tb, &d->put_seg,
				"INSERT INTO segment (document_id, position, zh, en, paragraph, score, props,"
				" terms, zh_chunks, en_chunks, chunks_version)"
				" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				err);
	for (int k = 0; k < INDEXES && !rc; k++)
		rc = tb_prepare(tb, &d->put_index[k], index_sql[k], err);
	if (!rc && matcher_has_keys(d->m, 1))
		rc = tb_lemmatizer(tb, err);
	if (rc) {
		tb_doc_free(d);
		return rc;
	}
	*out = d;
	return SY_OK;
}

/* Put a term id (above 0) into a set of slots (a power of two, kept under
 * half full); 1 if it was not there. */
static int seen_put(long *set, size_t slots, long id)
{
	size_t mask = slots - 1,
	       i = (size_t)util_fnv1a(UTIL_FNV_START, (const char *)&id, sizeof(id)) & mask;

	for (; set[i]; i = (i + 1) & mask)
		if (set[i] == id)
			return 0;
	set[i] = id;
	return 1;
}

/* Add term ids to the set of those the document contains. Sorting every
 * id found at the close took the writer 2 ms per 1,000 segments of the
 * bench. */
static int note_seen(tb_doc *d, const long *ids, size_t n)
{
	size_t k;

	if ((d->n_seen + n) * 2 > d->seen_slots) {
		size_t slots = d->seen_slots ? d->seen_slots * 2 : 1024;
		long *set;
		while ((d->n_seen + n) * 2 > slots)
			slots *= 2;
		set = calloc(slots, sizeof(*set));
		if (!set)
			return -1;
		for (k = 0; k < d->seen_slots; k++)
			if (d->seen[k])
				seen_put(set, slots, d->seen[k]);
		free(d->seen);
		d->seen = set;
		d->seen_slots = slots;
	}
	for (k = 0; k < n; k++)
		d->n_seen += (size_t)seen_put(d->seen, d->seen_slots, ids[k]);
	return 0;
}

/* Put the segment just stored into full-text index k (see index_sql). */
static int index_row(tb_doc *d, int k, const char *text, int len, sy_error *err)
{
	sqlite3_stmt *st = d->put_index[k];
	int rc;

	sqlite3_bind_int64(st, 1, d->last_id);
	sqlite3_bind_text(st, 2, text, len, SQLITE_STATIC);
	rc = sqlite3_step(st) == SQLITE_DONE ? SY_OK : tb_sql_error(d->tb, err, "indexing a segment");
	sqlite3_reset(st);
	return rc;
}

/* Store a segment whose terms are found. */
static int store(tb_doc *d, const tb_segment *g, const seg_terms *t, sy_error *err)
{
	sy_termbase *tb = d->tb;
	char score[32];
	long position = g->position >= 0 ? g->position : d->position;
	int rc;

	d->position = position + 1;
	snprintf(score, sizeof(score), "%ld %.4f", position, g->has_score ? g->score : -1.0);
	mix(&d->hash, g->zh);
	mix(&d->hash, g->en);
	mix(&d->hash, g->paragraph);
	mix(&d->hash, g->props);
	mix(&d->hash, score);
	if (t->hits.count) {
		if (note_seen(d, t->hits.ids, t->hits.count))
			return sy_error_set(err, SY_ENOMEM, "out of memory");
	}

	sqlite3_bind_int64(d->put_seg, 1, d->id);
	sqlite3_bind_int64(d->put_seg, 2, position);
	sqlite3_bind_text(d->put_seg, 3, g->zh ? g->zh : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(d->put_seg, 4, g->en ? g->en : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(d->put_seg, 5, g->paragraph ? g->paragraph : "", -1, SQLITE_STATIC);
	if (g->has_score)
		sqlite3_bind_double(d->put_seg, 6, g->score);
	else
		sqlite3_bind_null(d->put_seg, 6);
	sqlite3_bind_text(d->put_seg, 7, g->props ? g->props : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(d->put_seg, 8, t->json, -1, SQLITE_STATIC);
	/* Not chunked: NULL, for sy_termbase_index_phrases to do. */
	if (t->chunked) {
		sqlite3_bind_text(d->put_seg, 9, t->zh_chunks.s, (int)t->zh_chunks.len, SQLITE_STATIC);
		sqlite3_bind_text(d->put_seg, 10, t->en_chunks.s, (int)t->en_chunks.len, SQLITE_STATIC);
		sqlite3_bind_int(d->put_seg, 11, tb_chunk_rules());
	} else {
		sqlite3_bind_null(d->put_seg, 9);
		sqlite3_bind_null(d->put_seg, 10);
		sqlite3_bind_int(d->put_seg, 11, 0);
	}
	if (sqlite3_step(d->put_seg) != SQLITE_DONE) {
		rc = sqlite3_errcode(tb->db) == SQLITE_CONSTRAINT
			     ? sy_error_set(err, SY_EINPUT, "%s: two segments at position %ld", d->symbol,
					    position)
			     : tb_sql_error(tb, err, "storing a segment");
		sqlite3_reset(d->put_seg);
		return rc;
	}
	sqlite3_reset(d->put_seg);
	d->last_id = (long)sqlite3_last_insert_rowid(tb->db);
	rc = index_row(d, INDEX_ZH, t->zh_index.s, (int)t->zh_index.len, err);
	if (!rc)
		rc = index_row(d, INDEX_EN, g->en ? g->en : "", -1, err);
	if (!rc)
		rc = index_row(d, INDEX_TERMS, t->json, -1, err);
	if (rc)
		return rc;
	d->stats->occurrences += t->hits.count;
	d->stats->segments++;
	return SY_OK;
}

int tb_doc_index_phrases(tb_doc *d, const sy_lexicon *lex, const sy_reference *ref,
			 sy_error *err)
{
	sy_termbase *tb = d->tb;
	int rc = SY_OK;

	/* The handle's, when it was opened with this lexicon. */
	if (!tb->indexer || tb->indexer_lexicon != sy_lexicon_serial(lex)) {
		tb_indexer_close(tb->indexer);
		tb->indexer = NULL;
		rc = tb_indexer_open(&tb->indexer, tb, lex, err);
		tb->indexer_lexicon = sy_lexicon_serial(lex);
	}
	/* Started early (merge_one), the workers have the indexer, set to
	 * these frequencies already. */
	if (tb->indexer && !pipeline_posted(tb))
		tb_indexer_use_reference(tb->indexer, ref);
	d->ix = tb->indexer;
	d->ix_lex = lex;
	d->ix_ref = ref;
	seg_terms_keep_keys(&d->scratch, d->ix != NULL);
	return rc;
}

int tb_doc_add(tb_doc *d, const tb_segment *g, sy_error *err)
{
	int rc = prepare_segment(d->m, d->tb->lm, d->ix, g->zh, g->en, &d->scratch, err);

	return rc ? rc : store(d, g, &d->scratch, err);
}

static int put_lemma(void *tb, const char *word, const char *lemma)
{
	return tb_lemma_put(tb, word, strlen(word), lemma);
}

/* The lemmas Hunspell worked out for the document, into the lemma table. */
static int record_lemmas(sy_termbase *tb, sy_error *err)
{
	if (lemmatizer_take_new(tb->lm, put_lemma, tb))
		return tb_sql_error(tb, err, "recording the lemmas");
	return SY_OK;
}

int tb_doc_close(tb_doc *d, sy_error *err)
{
	sy_termbase *tb = d->tb;
	sqlite3_stmt *st;
	char hash[17];
	int rc;

	snprintf(hash, sizeof(hash), "%016llx", (unsigned long long)d->hash);
	rc = tb_prepare(tb, &st, "SELECT content_hash FROM document WHERE symbol = ?", err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, d->symbol, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		if (!strcmp((const char *)sqlite3_column_text(st, 0), hash))
			d->stats->unchanged = 1; /* the caller rolls back */
		else
			d->stats->replaced = 1;
	}
	sqlite3_finalize(st);
	if (d->stats->unchanged)
		return SY_OK;
	if (d->stats->replaced) {
		rc = tb_prepare(tb, &st, "DELETE FROM document WHERE symbol = ?", err);
		if (rc)
			return rc;
		sqlite3_bind_text(st, 1, d->symbol, -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = tb_sql_error(tb, err, "replacing the old version of the document");
		sqlite3_finalize(st);
		if (rc)
			return rc;
	}
	rc = tb_prepare(tb, &st, "UPDATE document SET symbol = ?, content_hash = ? WHERE id = ?", err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, d->symbol, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, hash, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, d->id);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "naming the document");
	sqlite3_finalize(st);
	if (rc)
		return rc;
	/* The lemmas Hunspell worked out since the last document, this
	 * one's and its alignment's, for the next process and for lookups. */
	if (tb->lm)
		rc = record_lemmas(tb, err);
	if (rc)
		return rc;
	d->stats->terms_found = (long)d->n_seen;
	/* The set's slots, empty ones (0) and all: tb_seen_mark leaves those
	 * out, and the set is not used again. */
	return tb_seen_mark(tb, d->seen, d->seen_slots, err);
}

void tb_doc_free(tb_doc *d)
{
	if (!d)
		return;
	/* The handle keeps the indexer, not the caller's frequencies. */
	if (d->ix)
		tb_indexer_use_reference(d->ix, NULL);
	sqlite3_finalize(d->put_seg);
	for (int k = 0; k < INDEXES; k++)
		sqlite3_finalize(d->put_index[k]);
	seg_terms_free(&d->scratch);
	free(d->seen);
	free(d->symbol);
	free(d);
}

/* ---- merging a segmented, aligned document ---------------------------------------- */

static char *join(const sy_sentence_list *list, size_t first, size_t count, const char *sep)
{
	size_t i, len = 0, used = 0, seplen = strlen(sep);
	char *s;

	for (i = first; i < first + count; i++)
		len += list->items[i].len + seplen;
	s = malloc(len + 1);
	if (!s)
		return NULL;
	for (i = first; i < first + count; i++) {
		if (used) {
			memcpy(s + used, sep, seplen);
			used += seplen;
		}
		memcpy(s + used, list->items[i].text, list->items[i].len);
		used += list->items[i].len;
	}
	s[used] = '\0';
	return s;
}

/* Bead i as a segment: its texts joined (Chinese without a space, English
 * with one), paragraph and score. */
static int bead_segment(const sy_merge_doc *doc, size_t i, tb_segment *g, char **zh, char **en)
{
	size_t zf = i, zc = 1, ef = 0, ec = 0;

	memset(g, 0, sizeof(*g));
	g->position = -1;
	if (doc->en) {
		const sy_merge_bead *b = &doc->beads[i];
		zf = b->zh_first;
		zc = b->zh_count;
		ef = b->en_first;
		ec = b->en_count;
		g->score = b->score;
		g->has_score = 1;
	}
	*zh = join(doc->zh, zf, zc, "");
	*en = doc->en ? join(doc->en, ef, ec, " ") : strdup("");
	g->zh = *zh;
	g->en = *en;
	g->paragraph = zc ? doc->zh->items[zf].number : ec ? doc->en->items[ef].number : "";
	return *zh && *en ? 0 : -1;
}

static int check_beads(const sy_merge_doc *doc, size_t n, sy_error *err)
{
	size_t i;

	for (i = 0; doc->en && i < n; i++) {
		const sy_merge_bead *b = &doc->beads[i];
		if (b->zh_first + b->zh_count > doc->zh->count ||
		    b->en_first + b->en_count > doc->en->count || (!b->zh_count && !b->en_count))
			return sy_error_set(err, SY_EUSAGE,
					    "%s: bead %zu points outside the document (%zu Chinese, "
					    "%zu English sentences)",
					    doc->symbol, i, doc->zh->count, doc->en->count);
	}
	return SY_OK;
}

static int merge_segments(tb_doc *d, const sy_merge_doc *doc, size_t n, sy_progress_fn progress,
			  void *userdata, sy_error *err)
{
	size_t i;
	int rc = SY_OK;

	for (i = 0; i < n && !rc; i++) {
		tb_segment g;
		char *zh, *en;

		rc = bead_segment(doc, i, &g, &zh, &en) ? sy_error_set(err, SY_ENOMEM, "out of memory")
							 : tb_doc_add(d, &g, err);
		free(zh);
		free(en);
		if (progress && (i % 512 == 0 || i + 1 == n))
			progress(i + 1, n, userdata);
	}
	return rc;
}

/*
 * The same on three threads. Finding the terms in the Chinese (a worker),
 * then in the English (a second worker: it adds to the same list of ids),
 * and writing to SQLite (the caller's thread) take comparable times in a
 * large termbase, so the workers run ahead by up to RING segments while
 * the writer stores and indexes them. The workers split the work by
 * language, not by segment: Hunspell and the lemma cache are not to be
 * shared between threads. See docs/notes-termbase.md for the figures.
 *
 * The workers and their ring stay with the handle from its first such
 * document to its close (tb_pipeline_free), waiting between documents: a
 * program that merges document after document starts no threads and
 * clears no ring for each (stop 45).
 */
#define RING 8192
#define PIPELINE_MIN 256 /* fewer beads: not worth a thread */
/* The threads tell each other of their progress every HANDOFF segments, or
 * when one must wait: a lock and a wake-up for every segment cost the
 * writer a tenth of its time in the kernel. */
#define HANDOFF 64

typedef struct prepared {
	tb_segment g;
	char *zh, *en;
	seg_terms t;
	int rc;
	sy_error err;
} prepared;

enum { CHINESE, ENGLISH, STAGES };

struct tb_pipeline {
	pthread_t thread[STAGES];
	pthread_mutex_t lock;
	pthread_cond_t more[STAGES], room;
	pthread_cond_t job, idle; /* a document for the workers; a worker done with it */
	prepared *ring;
	size_t ring_cap; /* slots allocated */
	unsigned long jobs;          /* documents given to the workers so far */
	unsigned long seen[STAGES];  /* the last each worker took up */
	int busy[STAGES];            /* a worker is on the current document */
	int quit;
	/* The current document. */
	const sy_merge_doc *doc;
	const matcher *m;
	sy_lemmatizer *lm;
	tb_indexer *ix; /* used by the English worker, which uses the lemmatizer */
	tb_cutter *cut; /* the Chinese worker's, for the Han words ix will want */
	size_t slots; /* in use: RING, or fewer for a short document */
	size_t n, consumed;
	size_t done[STAGES]; /* segments below done[s] have been through stage s */
	int stop;
	/* The document given to the workers and not yet stored: the writer's
	 * to read and change, never the workers'. NULL whenever the library
	 * returns to its caller (merge_pipelined, merge_one). */
	const sy_merge_doc *posted;
};

typedef tb_pipeline pipeline;

typedef struct worker {
	pipeline *p;
	int stage;
} worker;

/* How far stage s may go: the Chinese as far as there are free slots, the
 * English as far as the Chinese is done. Called under the lock. */
static size_t stage_limit(const pipeline *p, int s)
{
	return s == CHINESE ? p->consumed + p->slots : p->done[CHINESE];
}

/* Stage s of the current document, as far as the writer lets it go. */
static void find_stage(pipeline *p, int s)
{
	size_t i, limit = 0;

	for (i = 0; i < p->n; i++) {
		prepared *x = &p->ring[i % p->slots];
		int failed;

		if (i == limit) {
			int stop;
			pthread_mutex_lock(&p->lock);
			p->done[s] = i; /* what is done, before waiting */
			pthread_cond_signal(&p->more[s]);
			while (stage_limit(p, s) == i && !p->stop)
				pthread_cond_wait(s == CHINESE ? &p->room : &p->more[CHINESE], &p->lock);
			stop = p->stop;
			limit = stage_limit(p, s);
			pthread_mutex_unlock(&p->lock);
			if (stop)
				break;
		}
		if (s == CHINESE) {
			/* The texts this slot held last time round: freed here,
			 * on the thread that allocated them (a free from another
			 * thread goes back to this thread's arena under its lock). */
			free(x->zh);
			free(x->en);
			x->err.code = 0;
			x->err.message[0] = '\0';
			x->rc = bead_segment(p->doc, i, &x->g, &x->zh, &x->en)
					? sy_error_set(&x->err, SY_ENOMEM, "out of memory")
					: prepare_zh(p->m, p->cut, x->g.zh, &x->t, &x->err);
		} else if (!x->rc) {
			x->rc = prepare_en(p->m, p->lm, x->g.en, &x->t, &x->err);
			if (!x->rc)
				x->rc = prepare_phrases(p->ix, x->g.en, &x->t, &x->err);
		}
		/* Read before the slot is handed on: after, the next stages
		 * may be done with it and the Chinese reusing it. */
		failed = x->rc;
		if (failed || i + 1 == p->n || (i + 1) % HANDOFF == 0) {
			pthread_mutex_lock(&p->lock);
			p->done[s] = i + 1;
			pthread_cond_signal(&p->more[s]);
			pthread_mutex_unlock(&p->lock);
		}
		if (failed)
			break;
	}
}

static void *find_worker(void *arg)
{
	worker *w = arg;
	pipeline *p = w->p;
	int s = w->stage;

	free(w);
	pthread_mutex_lock(&p->lock);
	for (;;) {
		while (p->seen[s] == p->jobs && !p->quit)
			pthread_cond_wait(&p->job, &p->lock);
		if (p->quit)
			break;
		p->seen[s] = p->jobs;
		pthread_mutex_unlock(&p->lock);
		find_stage(p, s);
		pthread_mutex_lock(&p->lock);
		p->busy[s] = 0;
		pthread_cond_signal(&p->idle);
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

static void pipeline_stop(pipeline *p)
{
	pthread_mutex_lock(&p->lock);
	p->stop = 1;
	pthread_cond_signal(&p->room);
	pthread_cond_signal(&p->more[CHINESE]);
	pthread_mutex_unlock(&p->lock);
}

/* Free the ring's slots, on whichever thread: the workers are waiting or
 * gone. */
static void ring_free(pipeline *p)
{
	for (size_t k = 0; k < p->ring_cap; k++) {
		free(p->ring[k].zh);
		free(p->ring[k].en);
		seg_terms_free(&p->ring[k].t);
	}
	free(p->ring);
	p->ring = NULL;
	p->ring_cap = 0;
}

/* Ask the first n workers to quit, wait for them, and free what is left. */
static void pipeline_end(pipeline *p, int n)
{
	int s;

	pthread_mutex_lock(&p->lock);
	p->quit = 1;
	pthread_cond_broadcast(&p->job);
	pthread_mutex_unlock(&p->lock);
	for (s = 0; s < n; s++)
		pthread_join(p->thread[s], NULL);
	ring_free(p);
	pthread_mutex_destroy(&p->lock);
	pthread_cond_destroy(&p->room);
	pthread_cond_destroy(&p->job);
	pthread_cond_destroy(&p->idle);
	for (s = 0; s < STAGES; s++)
		pthread_cond_destroy(&p->more[s]);
	free(p);
}

/* Have the workers a document the writer has not stored? */
static int pipeline_posted(const sy_termbase *tb)
{
	return tb->pipeline && tb->pipeline->posted;
}

void tb_pipeline_free(sy_termbase *tb)
{
	if (tb->pipeline)
		pipeline_end(tb->pipeline, STAGES);
	tb->pipeline = NULL;
}

/* The handle's workers, started at its first pipelined document; NULL
 * when they cannot be (the caller stores the segments on its own). */
static pipeline *pipeline_of(sy_termbase *tb)
{
	pipeline *p = tb->pipeline;
	int s, started;

	if (p)
		return p;
	p = calloc(1, sizeof(*p));
	if (!p)
		return NULL;
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->room, NULL);
	pthread_cond_init(&p->job, NULL);
	pthread_cond_init(&p->idle, NULL);
	for (s = 0; s < STAGES; s++)
		pthread_cond_init(&p->more[s], NULL);
	tb->pipeline = p;
	for (started = 0; started < STAGES; started++) {
		worker *w = malloc(sizeof(*w));
		if (!w)
			break;
		w->p = p;
		w->stage = started;
		if (pthread_create(&p->thread[started], NULL, find_worker, w)) {
			free(w);
			break;
		}
	}
	if (started < STAGES) {
		pipeline_end(p, started);
		tb->pipeline = NULL;
		return NULL;
	}
	return p;
}

/*
 * Give the workers a document's n segments: they find its terms in the
 * ring while the caller goes on, storing them (merge_pipelined) or
 * committing the document before (merge_one). The workers are waiting.
 */
static int pipeline_post(pipeline *p, const sy_merge_doc *doc, size_t n, const matcher *m,
			 sy_lemmatizer *lm, tb_indexer *ix, const sy_lexicon *lex,
			 const sy_reference *ref, sy_error *err)
{
	size_t k, slots = n < RING ? n : RING;
	int s;

	/* The workers wait for a job: the ring is theirs only while one runs.
	 * No more slots than segments are cleared (seg_terms_keep_keys writes
	 * every slot), 6.5 MB for 8,192, while a document of 1,000 pairs uses
	 * 0.8 MB of it; a longer document than the ring has room for makes it
	 * again. */
	if (slots > p->ring_cap) {
		prepared *ring = calloc(slots, sizeof(*ring));
		if (!ring)
			return sy_error_set(err, SY_ENOMEM, "out of memory");
		ring_free(p);
		p->ring = ring;
		p->ring_cap = slots;
	}
	p->doc = doc;
	p->m = m;
	p->lm = lm;
	p->ix = ix;
	p->cut = NULL;
	/* Cutting the Han runs into words is the part of the phrase index
	 * that needs no English: the Chinese worker, which has the least to
	 * do, does it. Without a cutter, the English worker does. */
	if (ix) {
		sy_error ignored = {0, ""};
		if (tb_cutter_open(&p->cut, lex, ref, &ignored))
			p->cut = NULL;
	}
	for (k = 0; k < slots; k++)
		seg_terms_keep_keys(&p->ring[k].t, ix != NULL);
	pthread_mutex_lock(&p->lock);
	p->slots = slots;
	p->n = n;
	p->consumed = 0;
	p->stop = 0;
	for (s = 0; s < STAGES; s++) {
		p->done[s] = 0;
		p->busy[s] = 1;
	}
	p->jobs++;
	pthread_cond_broadcast(&p->job);
	pthread_mutex_unlock(&p->lock);
	p->posted = doc;
	return SY_OK;
}

/* Stop the workers on the posted document, wherever they are, and wait
 * for them. */
static void pipeline_finish(pipeline *p)
{
	pipeline_stop(p);
	pthread_mutex_lock(&p->lock);
	while (p->busy[CHINESE] || p->busy[ENGLISH])
		pthread_cond_wait(&p->idle, &p->lock);
	pthread_mutex_unlock(&p->lock);
	tb_cutter_close(p->cut);
	p->cut = NULL;
	p->doc = NULL;
	p->posted = NULL;
}

static int merge_pipelined(tb_doc *d, const sy_merge_doc *doc, size_t n, sy_progress_fn progress,
			   void *userdata, sy_error *err)
{
	pipeline *p = pipeline_of(d->tb);
	size_t i, ready;
	int rc = SY_OK;

	if (!p)
		return merge_segments(d, doc, n, progress, userdata, err);
	/* Posted while the document before committed (merge_one, which
	 * checked its matcher): the workers are ahead already. */
	if (p->posted != doc)
		rc = pipeline_post(p, doc, n, d->m, d->tb->lm, d->ix, d->ix_lex, d->ix_ref, err);
	for (i = 0, ready = 0; i < n && !rc; i++) {
		prepared *x = &p->ring[i % p->slots];

		if (i == ready || i % HANDOFF == 0) {
			pthread_mutex_lock(&p->lock);
			p->consumed = i; /* the slots of segments before i are free */
			pthread_cond_signal(&p->room);
			while (p->done[ENGLISH] == i)
				pthread_cond_wait(&p->more[ENGLISH], &p->lock);
			ready = p->done[ENGLISH];
			pthread_mutex_unlock(&p->lock);
		}
		rc = x->rc;
		if (rc)
			*err = x->err;
		else
			rc = store(d, &x->g, &x->t, err);
		if (progress && (i % 512 == 0 || i + 1 == n))
			progress(i + 1, n, userdata);
	}
	if (p->posted)
		pipeline_finish(p);
	return rc;
}

/*
 * What tb_doc_open does with the lemmatizer while it reads the matcher,
 * if Hunspell is not loaded: load it when the merge cuts the document's
 * phrases, which asks Hunspell whether words are English
 * (sy_lemmatizer_knows); on a handle's first document, fold the
 * document's English (*warm_en), which loads Hunspell only for a word the
 * lemma table lacks. Otherwise the English worker asks the table for the
 * words the lemmatizer has not met, and loads Hunspell at a word the
 * table lacks, if there is one (docs/notes-termbase.md, stops 44 and 45).
 */
static int doc_warming(sy_termbase *tb, const sy_merge_doc *doc, const sy_sentence_list **warm_en)
{
	*warm_en = NULL;
	if (tb->lm && lemmatizer_loaded(tb->lm))
		return 0;
	if (doc->lex)
		return 1;
	if (doc->en && !tb->lemmas_taught) {
		tb->lemmas_taught = 1;
		*warm_en = doc->en;
	}
	return 0;
}

/* The segments a document stores (checked by check_doc). */
static size_t doc_segments(const sy_merge_doc *doc)
{
	return doc->en ? doc->n_beads : doc->zh->count;
}

static int check_doc(const sy_merge_doc *doc, sy_error *err)
{
	if (!doc->symbol || !*doc->symbol)
		return sy_error_set(err, SY_EUSAGE, "a document needs a symbol (--doc S/2021/621)");
	if (!doc->zh || !doc->zh->count)
		return sy_error_set(err, SY_EINPUT, "%s: the Chinese document has no sentences",
				    doc->symbol);
	if (doc->en && !doc->beads)
		return sy_error_set(err, SY_EUSAGE, "%s: English given without an alignment", doc->symbol);
	return check_beads(doc, doc_segments(doc), err);
}

/*
 * May the workers start on the next document (checked) while this one
 * commits? Only as the merge would start them itself: a document long
 * enough for them; with the phrase index, once Hunspell is loaded (the
 * document's opening would load it on a thread of its own) and when the
 * handle's indexer is for the document's lexicon (its opening would make
 * another); without, not for the handle's first document with English,
 * whose opening warms the lemmatizer on a thread of its own
 * (doc_warming).
 */
static int can_start_early(sy_termbase *tb, const sy_merge_doc *next)
{
	int loaded = tb->lm && lemmatizer_loaded(tb->lm);

	if (!next || doc_segments(next) < PIPELINE_MIN)
		return 0;
	if (next->lex)
		return loaded && tb->indexer &&
		       tb->indexer_lexicon == sy_lexicon_serial(next->lex);
	return !next->en || tb->lemmas_taught || loaded;
}

/*
 * One document in one transaction. With next (checked, and the document
 * the caller merges after this one): once this document is stored, and
 * while it commits, the workers start finding the terms of the next. They
 * use this document's matcher, which stays the handle's unless another
 * connection changes the glossary in between; the next merge_one then
 * stops them and starts again.
 */
static int merge_one(sy_termbase *tb, const sy_merge_doc *doc, const sy_merge_doc *next,
		     sy_merge_stats *stats, sy_progress_fn progress, void *userdata, sy_error *err)
{
	pipeline *p = tb->pipeline;
	size_t n = doc_segments(doc);
	const matcher *m;
	tb_doc *d = NULL;
	const sy_sentence_list *warm_en = NULL;
	int rc, hunspell = 0, early = p && p->posted == doc;

	memset(stats, 0, sizeof(*stats));
	rc = tb_begin(tb, err);
	/* Under the write lock no other connection changes the glossary:
	 * if it did before, matcher_get would free the workers' matcher.
	 * (Their indexer is the handle's: only a document's opening changes
	 * it.) */
	if (early && (rc || !matcher_current(tb))) {
		pipeline_finish(p);
		early = 0;
	}
	if (!early)
		hunspell = doc_warming(tb, doc, &warm_en);
	if (!rc)
		rc = tb_doc_open(tb, doc->symbol, doc->title, doc->date, hunspell, warm_en, stats, &d,
				 err);
	if (!rc && doc->lex)
		rc = tb_doc_index_phrases(d, doc->lex, doc->reference, err);
	if (!rc)
		rc = n >= PIPELINE_MIN ? merge_pipelined(d, doc, n, progress, userdata, err)
				       : merge_segments(d, doc, n, progress, userdata, err);
	if (!rc)
		rc = tb_doc_close(d, err);
	m = d ? d->m : NULL;
	tb_doc_free(d);
	/* The lemmas are recorded (tb_doc_close), the indexer let go
	 * (tb_doc_free): the workers may take them up again. A failed start
	 * leaves the next document to start as this one did. */
	if (!rc && !stats->unchanged && can_start_early(tb, next) && (p = pipeline_of(tb))) {
		sy_error ignored = {0, ""};
		tb_indexer *ix = next->lex ? tb->indexer : NULL;
		if (ix)
			tb_indexer_use_reference(ix, next->reference);
		pipeline_post(p, next, doc_segments(next), m, tb->lm, ix, next->lex, next->reference,
			      &ignored);
	}
	if (!rc && !stats->unchanged)
		rc = tb_commit(tb, err);
	else
		tb_rollback(tb);
	if (rc) {
		if ((p = tb->pipeline) && p->posted)
			pipeline_finish(p);
		memset(stats, 0, sizeof(*stats));
	}
	return rc;
}

int sy_termbase_merge(sy_termbase *tb, const sy_merge_doc *doc, sy_merge_stats *stats,
		      sy_progress_fn progress, void *userdata, sy_error *err)
{
	int rc;

	memset(stats, 0, sizeof(*stats));
	rc = check_doc(doc, err);
	return rc ? rc : merge_one(tb, doc, NULL, stats, progress, userdata, err);
}

int sy_termbase_merge_docs(sy_termbase *tb, const sy_merge_doc *docs, size_t count,
			   sy_merge_stats *stats, sy_progress_fn progress, void *userdata,
			   sy_error *err)
{
	size_t i;
	int rc = SY_OK;

	memset(stats, 0, count * sizeof(*stats));
	/* All of them first: a document the merge would refuse stops it
	 * before any is stored. */
	for (i = 0; i < count && !rc; i++)
		rc = check_doc(&docs[i], err);
	for (i = 0; i < count && !rc; i++) {
		rc = merge_one(tb, &docs[i], i + 1 < count ? &docs[i + 1] : NULL, &stats[i], progress,
			       userdata, err);
		/* Which document, if the message does not say. */
		if (rc && strncmp(err->message, docs[i].symbol, strlen(docs[i].symbol))) {
			sy_error said = *err;
			sy_error_set(err, rc, "%s: %.400s", docs[i].symbol, said.message);
		}
	}
	return rc;
}

/* ---- the term pairs of a document ------------------------------------------------- */

int sy_termbase_pairs_in(sy_termbase *tb, const sy_sentence_list *zh, sy_term_pair_fn fn,
			 void *userdata, sy_error *err)
{
	matcher *m;
	seg_terms t;
	long *ids = NULL;
	size_t n_ids = 0, cap_ids = 0, i, k;
	sqlite3_stmt *st = NULL;
	int rc = matcher_get(tb, &m, err);

	memset(&t, 0, sizeof(t));
	for (i = 0; !rc && i < zh->count; i++) {
		rc = find_zh(m, NULL, zh->items[i].text, &t.hits, NULL, NULL, err);
		if (!rc && t.hits.count) {
			if (util_grow(&ids, &cap_ids, n_ids + t.hits.count, sizeof(*ids)))
				rc = sy_error_set(err, SY_ENOMEM, "out of memory");
			else {
				memcpy(ids + n_ids, t.hits.ids, t.hits.count * sizeof(*ids));
				n_ids += t.hits.count;
			}
		}
	}
	seg_terms_free(&t);
	if (!rc && n_ids)
		qsort(ids, n_ids, sizeof(*ids), by_id);
	if (!rc)
		rc = tb_prepare(tb, &st,
				"SELECT z.text, e.text FROM term z JOIN term e"
				" ON e.concept_id = z.concept_id AND e.lang = 'en' AND e.status <> 'deprecated'"
				" WHERE z.id = ? AND z.lang = 'zh' AND z.status <> 'deprecated' ORDER BY e.id",
				err);
	for (k = 0; !rc && k < n_ids; k++) {
		if (k && ids[k] == ids[k - 1])
			continue;
		sqlite3_bind_int64(st, 1, ids[k]);
		while (!rc && sqlite3_step(st) == SQLITE_ROW)
			rc = fn((const char *)sqlite3_column_text(st, 0),
				(const char *)sqlite3_column_text(st, 1), userdata);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	free(ids);
	return rc;
}
