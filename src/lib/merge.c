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

#include "matcher.h"
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
	for (k = 0; k < t->hits.count; k++)
		used += (size_t)sprintf(t->json + used, k ? ",%ld" : "%ld", t->hits.ids[k]);
	t->json[used++] = ']';
	t->json[used] = '\0';
	return 0;
}

/* Fold a segment's two sides and find the matcher's keys in them. Reads
 * only the matcher and the lemmatizer: the merge runs it on a thread of
 * its own (see merge_pipelined). */
static int find_terms(const matcher *m, sy_lemmatizer *lm, const char *zh, const char *en,
		      seg_terms *out, sy_error *err)
{
	char *zh_key = NULL, *en_key = NULL;
	int rc = SY_OK;

	out->hits.count = 0;
	if (zh && *zh)
		rc = sy_fold_zh(zh, strlen(zh), &zh_key, err);
	if (!rc && matcher_has_keys(m, 1) && en && *en)
		rc = sy_fold_en(lm, en, strlen(en), &en_key, err);
	if (!rc && ((zh_key && matcher_scan(m, 0, zh_key, strlen(zh_key), &out->hits)) ||
		    (en_key && matcher_scan(m, 1, en_key, strlen(en_key), &out->hits))))
		rc = sy_error_set(err, SY_ENOMEM, "out of memory");
	free(zh_key);
	free(en_key);
	return rc;
}

/* All that storing a segment needs besides SQLite, on the same thread as
 * find_terms: its terms, as ids and as JSON, and its Chinese as the
 * character index takes it. */
static int prepare_segment(const matcher *m, sy_lemmatizer *lm, const char *zh, const char *en,
			   seg_terms *out, sy_error *err)
{
	int rc = find_terms(m, lm, zh, en, out, err);

	if (!rc && (terms_json(out) || tb_zh_spaced(zh ? zh : "", zh ? strlen(zh) : 0, &out->zh_index)))
		rc = sy_error_set(err, SY_ENOMEM, "out of memory");
	return rc;
}

static void seg_terms_free(seg_terms *t)
{
	free(t->hits.ids);
	free(t->json);
	free(t->zh_index.s);
}

/* ---- the document writer ------------------------------------------------------------ */

/*
 * Segments stream into a document row under a provisional symbol while a
 * hash of their content is kept. At the end the hash is compared with the
 * stored version's: the same means nothing changed (the caller rolls back);
 * otherwise the old version goes and the new one takes the symbol. Memory
 * stays flat however long the document (a 1 GB TMX is one "document").
 */
struct tb_doc {
	sy_termbase *tb;
	char *symbol;
	long id;
	long position;
	uint64_t hash;
	matcher *m;         /* the handle's (matcher_get): not ours to free */
	seg_terms scratch;  /* tb_doc_add's */
	sqlite3_stmt *put_seg, *put_zh;
	sy_merge_stats *stats;
	long *seen;         /* every term id found, for stats->terms_found */
	size_t n_seen, seen_cap;
	long last_id;       /* the last segment stored */
	long indexed_upto;  /* segments up to this id are in the full-text indexes */
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

/* Loading Hunspell on a thread of its own: it takes 30 ms, reading the
 * matcher kept in a large termbase 0.1 s, and neither needs the other. */
typedef struct lemmatizer_load {
	sy_lemmatizer *lm;
	int rc;
	sy_error err; /* not reported: tb_lemmatizer tries again, and says why */
} lemmatizer_load;

static void *load_lemmatizer(void *arg)
{
	lemmatizer_load *l = arg;

	l->rc = sy_lemmatizer_open(&l->lm, NULL, &l->err);
	return NULL;
}

int tb_doc_open(sy_termbase *tb, const char *symbol, const char *title, const char *date,
		sy_merge_stats *stats, tb_doc **out, sy_error *err)
{
	sqlite3_stmt *st;
	tb_doc *d;
	lemmatizer_load load = {NULL, SY_OK, {0, ""}};
	pthread_t loader;
	int rc, loading;

	*out = NULL;
	memset(stats, 0, sizeof(*stats));
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
	/* Hunspell, which English keys need, loads while the matcher is read. */
	loading = !rc && !tb->lm && !pthread_create(&loader, NULL, load_lemmatizer, &load);
	if (!rc)
		rc = matcher_get(tb, &d->m, err);
	if (loading) {
		pthread_join(loader, NULL);
		if (!load.rc && !tb->lm)
			tb->lm = load.lm;
		else
			sy_lemmatizer_close(load.lm);
	}
	/* A large matcher goes into the file with this document, so that the
	 * next process reads it instead of building it. */
	if (!rc)
		rc = matcher_save(tb, err);
	if (!rc)
		rc = tb_prepare(tb, &d->put_seg,
				"INSERT INTO segment (document_id, position, zh, en, paragraph, score, props,"
				" terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				err);
	if (!rc)
		rc = tb_prepare(tb, &d->put_zh, "INSERT INTO segment_zh_fts (rowid, zh) VALUES (?, ?)",
				err);
	if (!rc && matcher_has_keys(d->m, 1))
		rc = tb_lemmatizer(tb, err);
	if (rc) {
		tb_doc_free(d);
		return rc;
	}
	*out = d;
	return SY_OK;
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
		if (util_grow(&d->seen, &d->seen_cap, d->n_seen + t->hits.count, sizeof(*d->seen)))
			return sy_error_set(err, SY_ENOMEM, "out of memory");
		memcpy(d->seen + d->n_seen, t->hits.ids, t->hits.count * sizeof(*d->seen));
		d->n_seen += t->hits.count;
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
	/* The Chinese goes into its index row by row: FTS5 keeps what a
	 * transaction adds in memory and writes it out in runs of its own. */
	sqlite3_bind_int64(d->put_zh, 1, d->last_id);
	sqlite3_bind_text(d->put_zh, 2, t->zh_index.s, (int)t->zh_index.len, SQLITE_STATIC);
	rc = sqlite3_step(d->put_zh) == SQLITE_DONE ? SY_OK
						   : tb_sql_error(tb, err, "indexing a segment's Chinese");
	sqlite3_reset(d->put_zh);
	if (rc)
		return rc;
	d->stats->occurrences += t->hits.count;
	d->stats->segments++;
	return SY_OK;
}

int tb_doc_add(tb_doc *d, const tb_segment *g, sy_error *err)
{
	int rc = prepare_segment(d->m, d->tb->lm, g->zh, g->en, &d->scratch, err);

	return rc ? rc : store(d, g, &d->scratch, err);
}

/* Put the segments stored since the last call into the English index and
 * the index from terms to segments, one statement each: through a trigger,
 * row by row, FTS5 wrote every row out as a run of its own (see migrations
 * 4 and 6 in termbase.c). The Chinese index is written by store. */
static int index_pending(tb_doc *d, sy_error *err)
{
	static const char *const index_sql[] = {
		"INSERT INTO segment_en_fts (rowid, en)"
		" SELECT id, en FROM segment WHERE document_id = ?1 AND id > ?2",
		"INSERT INTO occurrence_fts (rowid, terms)"
		" SELECT id, terms FROM segment WHERE document_id = ?1 AND id > ?2",
	};
	sqlite3_stmt *st;
	size_t k;
	int rc = SY_OK;

	if (d->last_id <= d->indexed_upto)
		return SY_OK;
	for (k = 0; k < sizeof(index_sql) / sizeof(*index_sql) && !rc; k++) {
		rc = tb_prepare(d->tb, &st, index_sql[k], err);
		if (rc)
			return rc;
		sqlite3_bind_int64(st, 1, d->id);
		sqlite3_bind_int64(st, 2, d->indexed_upto);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = tb_sql_error(d->tb, err, "indexing the segments");
		sqlite3_finalize(st);
	}
	if (!rc)
		d->indexed_upto = d->last_id;
	return rc;
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
	rc = index_pending(d, err);
	if (rc)
		return rc;
	if (d->n_seen) {
		qsort(d->seen, d->n_seen, sizeof(*d->seen), by_id);
		d->stats->terms_found = 1;
		for (size_t k = 1; k < d->n_seen; k++)
			d->stats->terms_found += d->seen[k] != d->seen[k - 1];
	}
	return SY_OK;
}

void tb_doc_free(tb_doc *d)
{
	if (!d)
		return;
	sqlite3_finalize(d->put_seg);
	sqlite3_finalize(d->put_zh);
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
 * The same on two threads. Folding the text and finding the terms in it
 * (a worker) and writing to SQLite (the caller's thread) take about as
 * long as each other in a large termbase, so the worker runs ahead by up
 * to RING segments, and the writer indexes each INDEX_BATCH segments for
 * full text while the worker goes on, rather than all at the close
 * (where nothing overlaps it). When the writer has caught up with the
 * worker, it indexes what it has (from INDEX_EARLY segments) instead of
 * waiting: at the start of a document, and all through a short one, the
 * worker is the slower. See docs/notes-termbase.md for the figures.
 */
#define RING 8192 /* more than INDEX_BATCH: the worker goes on while a batch is indexed */
#define INDEX_BATCH 1024
#define INDEX_EARLY 256
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

typedef struct pipeline {
	const sy_merge_doc *doc;
	const matcher *m;
	sy_lemmatizer *lm;
	prepared *ring;
	size_t n, produced, consumed;
	int stop;
	pthread_mutex_t lock;
	pthread_cond_t more, room;
} pipeline;

static void *find_worker(void *arg)
{
	pipeline *p = arg;
	size_t i, room = 0; /* segments below room have a free slot */

	for (i = 0; i < p->n; i++) {
		prepared *x = &p->ring[i % RING];

		if (i == room) {
			int stop;
			pthread_mutex_lock(&p->lock);
			p->produced = i; /* what is done, before waiting */
			pthread_cond_signal(&p->more);
			while (i - p->consumed == RING && !p->stop)
				pthread_cond_wait(&p->room, &p->lock);
			stop = p->stop;
			room = p->consumed + RING;
			pthread_mutex_unlock(&p->lock);
			if (stop)
				break;
		}
		/* The texts this slot held last time round: freed here, on the
		 * thread that allocated them (a free from the other thread goes
		 * back to this thread's arena under its lock). */
		free(x->zh);
		free(x->en);
		x->err.code = 0;
		x->err.message[0] = '\0';
		x->rc = bead_segment(p->doc, i, &x->g, &x->zh, &x->en)
				? sy_error_set(&x->err, SY_ENOMEM, "out of memory")
				: prepare_segment(p->m, p->lm, x->g.zh, x->g.en, &x->t, &x->err);
		if (x->rc || i + 1 == p->n || (i + 1) % HANDOFF == 0) {
			pthread_mutex_lock(&p->lock);
			p->produced = i + 1;
			pthread_cond_signal(&p->more);
			pthread_mutex_unlock(&p->lock);
		}
		if (x->rc)
			break;
	}
	return NULL;
}

static int merge_pipelined(tb_doc *d, const sy_merge_doc *doc, size_t n, sy_progress_fn progress,
			   void *userdata, sy_error *err)
{
	pipeline p;
	pthread_t thread;
	size_t i, k, ready, indexed;
	int rc = SY_OK;

	memset(&p, 0, sizeof(p));
	p.doc = doc;
	p.m = d->m;
	p.lm = d->tb->lm;
	p.n = n;
	p.ring = calloc(RING, sizeof(*p.ring));
	if (!p.ring)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	pthread_mutex_init(&p.lock, NULL);
	pthread_cond_init(&p.more, NULL);
	pthread_cond_init(&p.room, NULL);
	if (pthread_create(&thread, NULL, find_worker, &p)) {
		rc = merge_segments(d, doc, n, progress, userdata, err);
		goto done;
	}
	for (i = 0, ready = 0, indexed = 0; i < n && !rc; i++) {
		prepared *x = &p.ring[i % RING];

		if (i == ready || i % HANDOFF == 0) {
			pthread_mutex_lock(&p.lock);
			p.consumed = i; /* the slots of segments before i are free */
			pthread_cond_signal(&p.room);
			if (p.produced == i && i - indexed >= INDEX_EARLY) {
				pthread_mutex_unlock(&p.lock);
				rc = index_pending(d, err);
				indexed = i;
				if (rc)
					break;
				pthread_mutex_lock(&p.lock);
			}
			while (p.produced == i)
				pthread_cond_wait(&p.more, &p.lock);
			ready = p.produced;
			pthread_mutex_unlock(&p.lock);
		}
		rc = x->rc;
		if (rc)
			*err = x->err;
		else
			rc = store(d, &x->g, &x->t, err);
		if (!rc && i + 1 - indexed >= INDEX_BATCH) {
			rc = index_pending(d, err);
			indexed = i + 1;
		}
		if (progress && (i % 512 == 0 || i + 1 == n))
			progress(i + 1, n, userdata);
	}
	pthread_mutex_lock(&p.lock);
	p.stop = 1;
	pthread_cond_signal(&p.room);
	pthread_mutex_unlock(&p.lock);
	pthread_join(thread, NULL);
done:
	for (k = 0; k < RING; k++) {
		free(p.ring[k].zh);
		free(p.ring[k].en);
		seg_terms_free(&p.ring[k].t);
	}
	free(p.ring);
	pthread_mutex_destroy(&p.lock);
	pthread_cond_destroy(&p.more);
	pthread_cond_destroy(&p.room);
	return rc;
}

int sy_termbase_merge(sy_termbase *tb, const sy_merge_doc *doc, sy_merge_stats *stats,
		      sy_progress_fn progress, void *userdata, sy_error *err)
{
	tb_doc *d = NULL;
	size_t n;
	int rc;

	memset(stats, 0, sizeof(*stats));
	if (!doc->symbol || !*doc->symbol)
		return sy_error_set(err, SY_EUSAGE, "a document needs a symbol (--doc S/2021/621)");
	if (!doc->zh || !doc->zh->count)
		return sy_error_set(err, SY_EINPUT, "%s: the Chinese document has no sentences",
				    doc->symbol);
	if (doc->en && !doc->beads)
		return sy_error_set(err, SY_EUSAGE, "%s: English given without an alignment", doc->symbol);
	n = doc->en ? doc->n_beads : doc->zh->count;
	rc = check_beads(doc, n, err);
	if (rc)
		return rc;
	rc = tb_begin(tb, err);
	if (!rc)
		rc = tb_doc_open(tb, doc->symbol, doc->title, doc->date, stats, &d, err);
	if (!rc)
		rc = n >= PIPELINE_MIN ? merge_pipelined(d, doc, n, progress, userdata, err)
				       : merge_segments(d, doc, n, progress, userdata, err);
	if (!rc)
		rc = tb_doc_close(d, err);
	tb_doc_free(d);
	if (!rc && !stats->unchanged)
		rc = tb_commit(tb, err);
	else
		tb_rollback(tb);
	if (rc)
		memset(stats, 0, sizeof(*stats));
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
		rc = find_terms(m, NULL, zh->items[i].text, NULL, &t, err);
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
