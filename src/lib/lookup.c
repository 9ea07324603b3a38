/*
 * lookup.c - finding terms (exact, prefix, substring, fuzzy) and the
 * bilingual concordance. See include/shuyu/termbase.h.
 *
 * A lookup must answer at once, so it loads neither Hunspell nor an ICU
 * transliterator: the query is folded with the compiled-in
 * Traditional-Simplified table and the lemma table kept in the termbase.
 * Only when the query has an English word the lemma table has never seen
 * and that Hunspell might fold (it ends in -s, -d, -ing or -s'), and
 * nothing matched, is Hunspell loaded for a second try: loading it takes
 * ten times as long as the lookup.
 */
#define _GNU_SOURCE /* strcasestr */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

#include "termbase_internal.h"
#include "util.h"
#include "utf8.h"

/* ---- stage queries ------------------------------------------------------------ */

typedef struct id_list {
	long *ids;
	size_t count, cap;
} id_list;

static int ids_has(const id_list *l, long id)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		if (l->ids[i] == id)
			return 1;
	return 0;
}

static int ids_add(id_list *l, long id)
{
	if (ids_has(l, id))
		return 0;
	if (l->count == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		long *ids = realloc(l->ids, cap * sizeof(*ids));
		if (!ids)
			return -1;
		l->ids = ids;
		l->cap = cap;
	}
	l->ids[l->count++] = id;
	return 0;
}

static size_t count_chars(const char *s, size_t len)
{
	size_t i = 0, n = 0;

	while (i < len) {
		utf8_next(s, len, &i);
		n++;
	}
	return n;
}

/* Run a query that yields term ids, adding them to out (max in all). */
static int collect_ids(sy_termbase *tb, sqlite3_stmt *st, id_list *out, size_t max, sy_error *err)
{
	int step;

	while (out->count < max && (step = sqlite3_step(st)) == SQLITE_ROW)
		if (ids_add(out, (long)sqlite3_column_int64(st, 0)))
			return sy_error_set(err, SY_ENOMEM, "out of memory");
	if (out->count < max && step != SQLITE_DONE)
		return tb_sql_error(tb, err, "looking up");
	return SY_OK;
}

/* Levenshtein distance over code points, giving up past limit. */
static size_t edit_distance(const char *a, size_t an, const char *b, size_t bn, size_t limit)
{
	uint32_t ca[128], cb[128];
	size_t na = 0, nb = 0, i = 0, j, row[129], prev, best;

	while (i < an && na < 128)
		ca[na++] = utf8_next(a, an, &i);
	i = 0;
	while (i < bn && nb < 128)
		cb[nb++] = utf8_next(b, bn, &i);
	if ((na > nb ? na - nb : nb - na) > limit)
		return limit + 1;
	for (j = 0; j <= nb; j++)
		row[j] = j;
	for (i = 1; i <= na; i++) {
		prev = row[0];
		row[0] = i;
		best = row[0];
		for (j = 1; j <= nb; j++) {
			size_t cur = row[j], sub = prev + (ca[i - 1] != cb[j - 1]);
			size_t del = row[j] + 1, ins = row[j - 1] + 1;
			row[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
			prev = cur;
			if (row[j] < best)
				best = row[j];
		}
		if (best > limit)
			return limit + 1;
	}
	return row[nb];
}

/* A fuzzy query too short to filter: every trigram, ranked by FTS5, the
 * first 200 measured. */
static int find_fuzzy_ranked(sy_termbase *tb, const char *lang, const char *key, size_t klen,
			     const size_t *starts, size_t n, size_t limit, id_list *out, size_t max,
			     sy_error *err)
{
	sqlite3_stmt *st = NULL;
	/* Each trigram is at most its bytes doubled (quotes), two quotes and
	 * " OR ": 3 * klen bytes of trigrams in all, 6 more per trigram. */
	char *match = malloc(klen * 6 + n * 6 + 16), *p = match;
	size_t k;
	int rc;

	if (!match)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	*p = '\0';
	for (k = 0; k + 3 <= n; k++) {
		char *q = tb_fts_phrase(key + starts[k], starts[k + 3] - starts[k]);
		if (!q)
			break;
		p += sprintf(p, "%s%s", p > match ? " OR " : "", q);
		free(q);
	}
	rc = tb_prepare(tb, &st,
			"SELECT term.id, term.key, lower(term.text) FROM term_fts JOIN term"
			" ON term.id = term_fts.rowid"
			" WHERE term_fts MATCH ?1 AND term.lang = ?2 ORDER BY rank LIMIT 200",
			err);
	if (!rc) {
		sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
		while (out->count < max && sqlite3_step(st) == SQLITE_ROW) {
			/* The key, or the term as written (see measure_key). */
			if ((edit_distance(key, klen, (const char *)sqlite3_column_text(st, 1),
					   (size_t)sqlite3_column_bytes(st, 1), limit) <= limit ||
			     edit_distance(key, klen, (const char *)sqlite3_column_text(st, 2),
					   (size_t)sqlite3_column_bytes(st, 2), limit) <= limit) &&
			    ids_add(out, (long)sqlite3_column_int64(st, 0))) {
				rc = sy_error_set(err, SY_ENOMEM, "out of memory");
				break;
			}
		}
		sqlite3_finalize(st);
	}
	free(match);
	return rc;
}

typedef struct scored {
	long id;
	size_t dist, len;
} scored;

static int by_distance(const void *a, const void *b)
{
	const scored *x = a, *y = b;

	if (x->dist != y->dist)
		return x->dist < y->dist ? -1 : 1;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* The keys found within reach, closest first once emitted. */
typedef struct scored_list {
	scored *v;
	size_t n, cap;
} scored_list;

static int scored_add(scored_list *l, long id, size_t dist, size_t len)
{
	if (util_grow(&l->v, &l->cap, l->n + 1, sizeof(*l->v)))
		return -1;
	l->v[l->n++] = (scored){id, dist, len};
	return 0;
}

/* Sort, add to out (max in all) and free. */
static int scored_emit(scored_list *l, id_list *out, size_t max, sy_error *err)
{
	size_t k;
	int rc = SY_OK;

	if (l->n)
		qsort(l->v, l->n, sizeof(*l->v), by_distance);
	for (k = 0; !rc && k < l->n && out->count < max; k++)
		if (ids_add(out, l->v[k].id))
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
	free(l->v);
	memset(l, 0, sizeof(*l));
	return rc;
}

/*
 * A short English query (under six letters) with an inner letter wrong
 * ("sqin", "phqse") has every trigram spoiled, and the ranked plan finds
 * nothing. A key one edit away begins with the query's first letter unless
 * the edit is there: the keys that begin so, of the query's length give or
 * take one, are read from the index on (lang, key) and measured, the
 * closest first. A first letter wrong is still not found.
 */
static int find_fuzzy_first_letter(sy_termbase *tb, const char *key, size_t klen, size_t chars,
				   id_list *out, size_t max, sy_error *err)
{
	sqlite3_stmt *st = NULL;
	scored_list found = {NULL, 0, 0};
	size_t first = 0;
	int rc, step;

	utf8_next(key, klen, &first);
	rc = tb_prepare(tb, &st,
			"SELECT id, key FROM term WHERE lang = 'en' AND key >= ?1"
			" AND key < ?1 || char(1114111) AND length(key) BETWEEN ?2 AND ?3",
			err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, key, (int)first, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)chars - 1);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)chars + 1);
	while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
		size_t cn = (size_t)sqlite3_column_bytes(st, 1);
		size_t d = edit_distance(key, klen, (const char *)sqlite3_column_text(st, 1), cn, 1);
		if (d <= 1 && scored_add(&found, (long)sqlite3_column_int64(st, 0), d, cn))
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
	}
	if (!rc && step != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "looking up");
	sqlite3_finalize(st);
	if (!rc)
		rc = scored_emit(&found, out, max, err);
	free(found.v);
	return rc;
}

#define MEASURE_SQL "SELECT key, lower(text) FROM term WHERE id = ? AND lang = ?"

/* Edits from the query to term id (MEASURE_SQL in get), limit + 1 when
 * more: to its key, or to its text as written, whichever is closer. A
 * misspelt word does not fold, so "scorcqing" is one edit from the text
 * "scorching" but four from the key "scorch". *len: the key's bytes. */
static size_t measure_key(sqlite3_stmt *get, const char *lang, long id, const char *key,
			  size_t klen, size_t limit, size_t *len)
{
	size_t d = limit + 1;

	*len = 0;
	sqlite3_bind_int64(get, 1, id);
	sqlite3_bind_text(get, 2, lang, -1, SQLITE_STATIC);
	if (sqlite3_step(get) == SQLITE_ROW) {
		const char *text = (const char *)sqlite3_column_text(get, 1);
		size_t d2;
		*len = (size_t)sqlite3_column_bytes(get, 0);
		d = edit_distance(key, klen, (const char *)sqlite3_column_text(get, 0), *len, limit);
		d2 = text ? edit_distance(key, klen, text, (size_t)sqlite3_column_bytes(get, 1), limit)
			  : limit + 1;
		d = d2 < d ? d2 : d;
	}
	sqlite3_reset(get);
	return d;
}

/* Is the gram of w units at a the same as the one at b? */
static int same_gram(const char *key, const size_t *starts, size_t a, size_t b, size_t w)
{
	size_t len = starts[a + w] - starts[a];

	return starts[b + w] - starts[b] == len && !memcmp(key + starts[a], key + starts[b], len);
}

/* Keys counted by how many of the chosen trigrams each holds. */
typedef struct tally {
	struct {
		long id;        /* 0: empty (term ids start at 1) */
		unsigned n;     /* how many of the trigrams read it holds */
		int measured;
		size_t dist, len;
	} *slots;
	size_t n_slots, used;
} tally;

/* Count id in the tally; *slot (when given): where it stands. */
static int tally_add(tally *t, long id, size_t *slot)
{
	size_t i;

	if ((t->used + 1) * 2 > t->n_slots) {
		tally bigger = {NULL, t->n_slots ? t->n_slots * 2 : 4096, 0};
		bigger.slots = calloc(bigger.n_slots, sizeof(*bigger.slots));
		if (!bigger.slots)
			return -1;
		for (i = 0; i < t->n_slots; i++) {
			size_t j;
			if (!t->slots[i].id)
				continue;
			for (j = ((size_t)t->slots[i].id * 0x9E3779B97F4A7C15ULL) >> 20 & (bigger.n_slots - 1);
			     bigger.slots[j].id; j = (j + 1) & (bigger.n_slots - 1))
				;
			bigger.slots[j] = t->slots[i];
			bigger.used++;
		}
		free(t->slots);
		*t = bigger;
	}
	for (i = ((size_t)id * 0x9E3779B97F4A7C15ULL) >> 20 & (t->n_slots - 1);
	     t->slots[i].id && t->slots[i].id != id; i = (i + 1) & (t->n_slots - 1))
		;
	if (!t->slots[i].id) {
		t->slots[i].id = id;
		t->used++;
	}
	t->slots[i].n++;
	if (slot)
		*slot = i;
	return 0;
}

/* Keys a short Chinese fuzzy lookup measures at most, those holding most
 * of the query's pieces first: a common piece (国家) is in thousands. */
#define FUZZY_BIGRAM_CAP 2000

/* Measure the keys of the tally that hold at least `need` of the grams
 * read, at most `cap` of them (those holding most first), within `limit`
 * edits of the key (or of the term's text); the found, closest first,
 * into out. */
static int measure_tally(sy_termbase *tb, const char *lang, const char *key, size_t klen,
			 tally *t, unsigned need, size_t limit, size_t cap, id_list *out, size_t max,
			 sy_error *err)
{
	sqlite3_stmt *get = NULL;
	scored_list found = {NULL, 0, 0};
	size_t measured = 0, i;
	unsigned level, top = 0;
	int rc;

	for (i = 0; i < t->n_slots; i++)
		if (t->slots[i].id && t->slots[i].n > top)
			top = t->slots[i].n;
	rc = tb_prepare(tb, &get, MEASURE_SQL, err);
	for (level = top; !rc && level >= need && level > 0 && measured < cap; level--)
		for (i = 0; i < t->n_slots && !rc && measured < cap; i++) {
			size_t d, len;
			if (!t->slots[i].id || t->slots[i].n != level)
				continue;
			measured++;
			d = measure_key(get, lang, t->slots[i].id, key, klen, limit, &len);
			if (d <= limit && scored_add(&found, t->slots[i].id, d, len))
				rc = sy_error_set(err, SY_ENOMEM, "out of memory");
		}
	sqlite3_finalize(get);
	if (!rc)
		return scored_emit(&found, out, max, err);
	free(found.v);
	return rc;
}

/*
 * Fuzzy, for Chinese keys of four or five characters: too short for the
 * trigram filter, but an edit spoils at most two of the query's
 * two-character pieces, so a key one edit away holds all but two of them,
 * and term_bigram (migration 5) lists the keys that hold each. Returns 1
 * when the query is too short for this too.
 */
static int find_fuzzy_bigram(sy_termbase *tb, const char *key, size_t klen, const size_t *starts,
			     size_t n, id_list *out, size_t max, sy_error *err)
{
	sqlite3_stmt *st = NULL;
	tally t = {NULL, 0, 0};
	size_t k, j, distinct = 0;
	int rc;

	size_t firsts[8]; /* where each distinct piece first stands (n is 4 or 5) */

	for (k = 0; k + 2 <= n && distinct < 8; k++) {
		for (j = 0; j < distinct && !same_gram(key, starts, firsts[j], k, 2); j++)
			;
		if (j == distinct)
			firsts[distinct++] = k;
	}
	if (distinct < 3)
		return 1;
	/* A key one edit away is within a character of the query in length
	 * (migration 16 keeps each key's length with its pieces): of the 119
	 * keys of the bench's million that hold 国家, 33 are. */
	rc = tb_prepare(tb, &st,
			"SELECT term_id FROM term_bigram WHERE gram = ?1 AND len BETWEEN ?2 AND ?3",
			err);
	for (j = 0; !rc && j < distinct; j++) {
		k = firsts[j];
		sqlite3_bind_text(st, 1, key + starts[k], (int)(starts[k + 2] - starts[k]), SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)n - 1);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)n + 1);
		while (!rc && sqlite3_step(st) == SQLITE_ROW)
			if (tally_add(&t, (long)sqlite3_column_int64(st, 0), NULL))
				rc = sy_error_set(err, SY_ENOMEM, "out of memory");
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	if (!rc)
		rc = measure_tally(tb, "zh", key, klen, &t, (unsigned)(distinct - 2), 1, FUZZY_BIGRAM_CAP,
				   out, max, err);
	free(t.slots);
	return rc;
}

/* Trigrams in a key and in the term as written where that differs (0
 * where not), from FTS5's own count of the tokens in each row
 * (term_fts_docsize: one varint per column, key then written); -1 when it
 * cannot say. */
static void key_grams(sqlite3_stmt *size, long id, long *key, long *written)
{
	*key = *written = -1;
	sqlite3_bind_int64(size, 1, id);
	if (sqlite3_step(size) == SQLITE_ROW) {
		const unsigned char *p = sqlite3_column_blob(size, 0);
		int bytes = sqlite3_column_bytes(size, 0), i = 0, col;
		for (col = 0; col < 2 && p; col++) {
			long n = 0;
			int start = i;
			for (; i < bytes && i - start < 5; i++) {
				n = (n << 7) | (p[i] & 0x7F);
				if (!(p[i] & 0x80))
					break;
			}
			if (i == bytes || i - start == 5)
				break;
			i++;
			*(col ? written : key) = n;
		}
	}
	sqlite3_reset(size);
}

/*
 * Whether a key of kg trigrams (its term as written of wg; 0: the same as
 * the key) can be within limit edits of a query of grams: the edits are
 * at least the difference of the lengths, and a text of n characters has
 * n - 2 trigrams. Unknown counts (-1) say yes. Short queries share a
 * trigram with thousands of long keys ("ave" in every "... average ..."),
 * pieces of a long one with many shorter keys ("sove" in "sovereignty"),
 * and reading a key costs far more than its size: the count is a row of a
 * small table. The written text is asked separately because it may be
 * shorter than the key (an irregular plural: "mice", key "mouse") or
 * longer. A Chinese term is written as its key, or with characters its
 * key folds (traditional, full-width, spaces), which the folded query is
 * no nearer to.
 */
static int within_length(long kg, long wg, size_t grams, size_t limit)
{
	long lo = (long)grams - (long)limit, hi = (long)(grams + limit);

	if (kg < 0 || wg < 0)
		return 1;
	return (kg >= lo && kg <= hi) || (wg > 0 && wg >= lo && wg <= hi);
}

/* Keys a fuzzy lookup reads through one cut of the query before it asks
 * for those that pass two (see pieces_filter): the second cut costs a
 * query whose pieces are rare more than it saves. */
#define FUZZY_ONE_CUT 512

/* The query cut into edits + 1 pieces at n * p / (edits + 1), each cut
 * moved by `shift` characters (to the right when `right`), as phrases
 * joined by OR, in brackets, at q; its length. */
static size_t put_pieces(char *q, const char *key, const size_t *starts, size_t n, size_t edits,
			 size_t shift, int right)
{
	size_t p, used = 0, from = 0;

	q[used++] = '(';
	for (p = 1; p <= edits + 1; p++) {
		size_t to = p <= edits ? n * p / (edits + 1) : n;
		if (p <= edits)
			to = right ? to + shift : to - shift;
		if (p > 1)
			used += (size_t)sprintf(q + used, " OR ");
		used += tb_fts_quote(q + used, key + starts[from], starts[to] - starts[from]);
		from = to;
	}
	q[used++] = ')';
	return used;
}

/*
 * The index's query for the keys that may be within `edits` edits of
 * key[0..klen) (n characters, starts[] where each begins, n at least
 * 3 * (edits + 1)). Cut into edits + 1 pieces, the query keeps at least
 * one piece whole in any key within reach, since an edit spoils at most
 * one piece: the keys holding none are out. So are those holding none of
 * the pieces of a second cut (two_cuts), each cut moved by half a piece
 * where every piece still has three characters (the trigram index's
 * least; *can_cut_twice says whether it can be): "monsteq system" as
 * "monsteq" OR " system" reads 10,987 keys of the bench's million; AND
 * "mons" OR "teq system", 17. NULL when out of memory.
 */
static char *pieces_filter(const char *key, const size_t *starts, size_t n, size_t edits,
			   int two_cuts, int *can_cut_twice)
{
	size_t len = n / (edits + 1), shift, used;
	/* A cut quoted doubles its bytes at most, with brackets, two quotes
	 * and " OR " a piece; two cuts and " AND ". */
	char *q = malloc(2 * ((starts[n] - starts[0]) * 2 + (edits + 1) * 6 + 2) + 6);

	if (!q)
		return NULL;
	used = put_pieces(q, key, starts, n, edits, 0, 0);
	*can_cut_twice = 0;
	for (shift = len / 2; shift > 0; shift--) {
		/* The first piece shortened, or the last. */
		int right = len - shift < 3;
		if (right && n - (n * edits / (edits + 1) + shift) < 3)
			continue;
		*can_cut_twice = 1;
		if (two_cuts) {
			used += (size_t)sprintf(q + used, " AND ");
			used += put_pieces(q + used, key, starts, n, edits, shift, right);
		}
		break;
	}
	q[used] = '\0';
	return q;
}

/* The keys the index gives for the query q (st: "SELECT rowid FROM
 * term_fts WHERE term_fts MATCH ?"), into ids, at most `most`. */
static int read_keys(sy_termbase *tb, sqlite3_stmt *st, char *q, size_t most, long **ids,
		     size_t *n_ids, size_t *cap, sy_error *err)
{
	int rc = SY_OK, step = SQLITE_DONE;

	*n_ids = 0;
	sqlite3_bind_text(st, 1, q, -1, free);
	while (*n_ids < most && (step = sqlite3_step(st)) == SQLITE_ROW) {
		if (util_grow(ids, cap, *n_ids + 1, sizeof(**ids))) {
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
			break;
		}
		(*ids)[(*n_ids)++] = (long)sqlite3_column_int64(st, 0);
	}
	if (!rc && *n_ids < most && step != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "looking up");
	sqlite3_reset(st);
	return rc;
}

/* The keys that may be within `edits` edits of the query (see
 * pieces_filter), into ids: those that pass one cut, or, when more than
 * FUZZY_ONE_CUT do and a second cut can be made, those that pass two. */
static int pieces_keys(sy_termbase *tb, sqlite3_stmt *st, const char *key, const size_t *starts,
		       size_t n, size_t edits, long **ids, size_t *n_ids, size_t *cap, sy_error *err)
{
	int two, can_cut_twice = 0, rc = SY_OK;

	for (two = 0; two < 2 && !rc; two++) {
		char *q = pieces_filter(key, starts, n, edits, two, &can_cut_twice);
		if (!q)
			return sy_error_set(err, SY_ENOMEM, "out of memory");
		rc = read_keys(tb, st, q, !two && can_cut_twice ? FUZZY_ONE_CUT + 1 : SIZE_MAX, ids,
			       n_ids, cap, err);
		if (*n_ids <= FUZZY_ONE_CUT || !can_cut_twice)
			break;
	}
	return rc;
}

/*
 * Fuzzy: the keys within a few edits of the query (one per six characters,
 * at least one), closest first.
 *
 * Cut into e + 1 pieces, the query keeps at least one piece whole in any
 * key within e edits of it, since an edit spoils at most one piece. The
 * trigram index finds the keys that hold a piece (pieces_filter), and only
 * those are measured. So is an English term as written, which the index
 * holds beside its key where the two differ (migration 12): a misspelt
 * inflected word ("heaqphones") is one edit from the term as written and
 * more from its key. Rounds go one edit, then two, up to the limit: the
 * closest keys are the ones shown, and one edit cuts the fewest pieces,
 * which are the longest and the rarest. A key is measured once. FTS5
 * finds a piece's keys by skipping through the lists of its trigrams,
 * where counting and reading whole trigram lists, as the lookup did
 * before, read tens of thousands of keys for a query of common words (see
 * docs/notes-termbase.md).
 */
static int find_fuzzy(sy_termbase *tb, const char *lang, const char *key, size_t klen,
		      size_t chars, id_list *out, size_t max, sy_error *err)
{
	sqlite3_stmt *st = NULL, *get = NULL, *size = NULL;
	size_t limit = chars / 6 > 1 ? chars / 6 : 1, starts[130], n = 0, i = 0, grams, edits, k;
	size_t n_ids = 0, cap_ids = 0;
	long *ids = NULL;
	scored_list found = {NULL, 0, 0};
	tally t = {NULL, 0, 0};
	int rc = SY_OK;

	if (chars < 3)
		return SY_OK;
	while (i < klen && n < 129) {
		starts[n++] = i;
		utf8_next(key, klen, &i);
	}
	starts[n] = klen;
	if (n < 3)
		return SY_OK;
	grams = n - 2;
	if (grams < 4) { /* too short for two pieces of three characters */
		size_t before = out->count;
		rc = !strcmp(lang, "zh") ? find_fuzzy_bigram(tb, key, klen, starts, n, out, max, err) : 1;
		if (rc <= 0)
			return rc;
		rc = find_fuzzy_ranked(tb, lang, key, klen, starts, n, limit, out, max, err);
		if (!rc && out->count == before && !strcmp(lang, "en"))
			rc = find_fuzzy_first_letter(tb, key, klen, n, out, max, err);
		return rc;
	}
	rc = tb_prepare(tb, &st, "SELECT rowid FROM term_fts WHERE term_fts MATCH ?", err);
	if (!rc)
		rc = tb_prepare(tb, &get, MEASURE_SQL, err);
	if (!rc && sqlite3_prepare_v2(tb->db, "SELECT sz FROM term_fts_docsize WHERE id = ?", -1,
				      &size, NULL) != SQLITE_OK)
		size = NULL; /* measured without the filter */
	/* Pieces of three characters at least (a query cut at 129 characters
	 * may have fewer for its limit). */
	for (edits = 1; edits <= limit && n >= 3 * (edits + 1) && !found.n && !rc; edits++) {
		rc = pieces_keys(tb, st, key, starts, n, edits, &ids, &n_ids, &cap_ids, err);
		for (k = 0; k < n_ids && !rc; k++) {
			size_t slot;
			if (tally_add(&t, ids[k], &slot)) {
				rc = sy_error_set(err, SY_ENOMEM, "out of memory");
				break;
			}
			if (!t.slots[slot].measured) {
				long kg = -1, wg = -1;
				if (size)
					key_grams(size, ids[k], &kg, &wg);
				t.slots[slot].measured = 1;
				t.slots[slot].dist =
					!within_length(kg, wg, chars - 2, limit)
						? limit + 1
						: measure_key(get, lang, ids[k], key, klen, limit,
							      &t.slots[slot].len);
			}
			/* Measured in an earlier round, too far then: each
			 * round's pieces find every key within its reach. */
			if (t.slots[slot].dist <= edits &&
			    scored_add(&found, ids[k], t.slots[slot].dist, t.slots[slot].len))
				rc = sy_error_set(err, SY_ENOMEM, "out of memory");
		}
	}
	if (!rc)
		rc = scored_emit(&found, out, max, err);
	sqlite3_finalize(st);
	sqlite3_finalize(get);
	sqlite3_finalize(size);
	free(ids);
	free(t.slots);
	free(found.v);
	return rc;
}

/*
 * The trigram index's query for the keys that may hold key[0..klen) (three
 * characters or more): its trigrams at 0, 3, 6 ... and the last one, each
 * a phrase, joined by AND ("res" AND "pon" AND ... AND "our"). A key with
 * all of them may still not hold the whole text, so the caller checks it.
 * The index holds English terms as written too (migration 12): the
 * caller's check keeps only the keys. A column filter (key : (...)) made
 * a frequent term's whole lookup 0.5 ms slower in the bench's million.
 * As one phrase of all its trigrams, a query of common English words
 * ("responsible state behaviour") took 4.7 ms in the bench's million
 * terms, the better part of a lookup; this way, 2.2 ms. NULL when out of
 * memory.
 */
static char *trigram_filter(const char *key, size_t klen)
{
	/* At most klen / 3 + 2 trigrams of up to 12 bytes, each quoted
	 * (tb_fts_quote: 12 * 2 + 2 bytes at most) with " AND ": 31 bytes. */
	size_t starts[3], i = 0, n = 0, used = 0;
	char *q = malloc((klen / 3 + 2) * 31 + 1);

	if (!q)
		return NULL;
	/* starts holds the last three character starts seen. */
	while (i < klen) {
		size_t from = i;
		utf8_next(key, klen, &i);
		starts[n % 3] = from;
		n++;
		/* A trigram ends here: take it when it starts at a multiple of
		 * three, and the last one always. */
		if (n >= 3 && ((n - 3) % 3 == 0 || i == klen)) {
			size_t g = starts[(n - 3) % 3];
			if (used)
				used += (size_t)sprintf(q + used, " AND ");
			used += tb_fts_quote(q + used, key + g, i - g);
		}
	}
	q[used] = '\0';
	return q;
}

/* Whether key has no Han character and at least one ASCII letter or digit. */
static int latin_only(const char *key, size_t klen)
{
	size_t i;
	int alnum = 0;

	if (sy_has_han(key, klen))
		return 0;
	for (i = 0; i < klen && !alnum; i++)
		alnum = (key[i] >= '0' && key[i] <= '9') || ((key[i] | 0x20) >= 'a' && (key[i] | 0x20) <= 'z');
	return alnum;
}

/*
 * The key of the title a Chinese query may be: the glossary writes a
 * document's Chinese name in its title marks (《联合国宪章》, as UN Chinese
 * does), and a translator types it with or without them. For an exact
 * match, the query in the marks, or the query without the marks it is in;
 * for a prefix, the query after an opening mark. Sets *title to an owned
 * string, or to NULL where there is none (an English key, a query that
 * opens with a mark and does not close with one): a NULL binding finds no
 * row. -1 when out of memory.
 */
static int title_key(const char *lang, const char *key, size_t klen, int whole, char **title)
{
	static const char open[] = "\xe3\x80\x8a", close[] = "\xe3\x80\x8b"; /* 《 》 */
	size_t m = sizeof(open) - 1;

	*title = NULL;
	if (strcmp(lang, "zh"))
		return 0;
	if (!strncmp(key, open, m)) {
		if (whole && klen > 2 * m && !strcmp(key + klen - m, close) &&
		    !(*title = strndup(key + m, klen - 2 * m)))
			return -1;
		return 0;
	}
	*title = malloc(klen + 2 * m + 1);
	if (!*title)
		return -1;
	snprintf(*title, klen + 2 * m + 1, "%s%s%s", open, key, whole ? close : "");
	return 0;
}

static int find_stage(sy_termbase *tb, const char *lang, const char *key, int stage, id_list *out,
		      size_t max, sy_error *err)
{
	sqlite3_stmt *st = NULL;
	size_t klen = strlen(key), chars = count_chars(key, klen);
	int latin_zh = !strcmp(lang, "zh") && latin_only(key, klen);
	int word_start = chars == 2 && !strcmp(lang, "en");
	char spaced[16];
	int rc;

	if (!klen)
		return SY_OK;
	switch (stage) {
	case SY_FIND_EXACT:
		/* The key, or the title it is (?4: 联合国宪章 is 《联合国宪章》). */
		rc = tb_prepare(tb, &st, "SELECT id FROM term WHERE lang = ?1 AND key IN (?2, ?4)", err);
		break;
	case SY_FIND_PREFIX:
		/* Every key that starts with ?2 sorts between ?2 and ?2 followed by
		 * the highest code point, so the index on (lang, key) answers;
		 * and so for a title's (?4: 《联合国宪 begins 《联合国宪章》). */
		rc = tb_prepare(tb, &st,
				"SELECT id FROM (SELECT id, key FROM term WHERE lang = ?1 AND key > ?2"
				" AND key < ?2 || char(1114111) UNION ALL SELECT id, key FROM term"
				" WHERE lang = ?1 AND key > ?4 AND key < ?4 || char(1114111))"
				" ORDER BY length(key) LIMIT ?3",
				err);
		break;
	case SY_FIND_SUBSTRING:
		if (latin_zh)
			/* A Latin-script query among the Chinese terms ("ICT",
			 * "2019"): a Chinese term that holds it holds one of its
			 * letters or digits, and the index of migration 13 lists
			 * those terms, a few among many. The trigram index would
			 * answer with the English keys, only for the language test
			 * to drop them: a quarter of an English lookup's
			 * instructions went into that. The language is written
			 * out (not ?1), as SQLite uses a partial index only for
			 * a query that repeats its condition. */
			rc = tb_prepare(tb, &st,
					"SELECT id FROM term INDEXED BY term_zh_latin"
					" WHERE lang = 'zh' AND key GLOB '*[0-9A-Za-z]*'"
					" AND instr(key, ?2) > 0 ORDER BY length(key) LIMIT ?3",
					err);
		else if (chars >= 3 || word_start)
			/* The shortest keys first, among the first few thousand that
			 * hold the query: a common piece ("tion") is in a hundred
			 * thousand keys, and sorting them all took tens of ms. The
			 * index finds the keys with every third trigram of the
			 * query (see trigram_filter), and instr keeps those that
			 * hold it whole. Two letters of English are looked for
			 * where a word of the key begins ("UN" finds "the UN
			 * system", not "fund"): the space and the two letters
			 * are a trigram, where reading every English key to find
			 * the two letters anywhere took half a second, and found
			 * mostly the inside of words. A key that begins with them
			 * is the prefix stage's. */
			rc = tb_prepare(tb, &st,
					"SELECT id FROM (SELECT term.id, term.key FROM term_fts CROSS JOIN term"
					" ON term.id = term_fts.rowid WHERE term_fts MATCH ?4 AND term.lang = ?1"
					" AND instr(term.key, ?2) > 0 LIMIT 2000) ORDER BY length(key) LIMIT ?3",
					err);
		else if (chars == 2 && !strcmp(lang, "zh"))
			/* Two Chinese characters: their own index (migration 5),
			 * which holds Chinese keys only, in the order shown
			 * (migration 16). */
			rc = tb_prepare(tb, &st,
					"SELECT term_id FROM term_bigram WHERE gram = ?2"
					" ORDER BY len, term_id LIMIT ?3",
					err);
		else if (chars == 1 && !strcmp(lang, "zh"))
			/* One character: the pieces that begin with it, and the
			 * keys that end with it (migration 15), each row with
			 * its key's length (migration 16). */
			rc = tb_prepare(tb, &st,
					"SELECT term_id FROM term_bigram"
					" WHERE gram >= ?2 AND gram < ?2 || char(1114111)"
					" GROUP BY term_id ORDER BY min(len), term_id LIMIT ?3",
					err);
		else /* the trigram index needs three characters: scan */
			rc = tb_prepare(tb, &st,
					"SELECT id FROM term WHERE lang = ?1 AND instr(key, ?2) > 0 "
					"ORDER BY length(key) LIMIT ?3",
					err);
		break;
	default:
		return find_fuzzy(tb, lang, key, klen, chars, out, max, err);
	}
	if (rc)
		return rc;
	if (stage == SY_FIND_SUBSTRING && word_start) {
		/* Two characters of up to four bytes each, after a space. */
		snprintf(spaced, sizeof(spaced), " %s", key);
		key = spaced;
		klen++;
	}
	/* The language (?1) has no place in the statements of term_bigram,
	 * which holds Chinese keys only; SQLite leaves such a binding out. */
	sqlite3_bind_text(st, 1, lang, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
	if (stage != SY_FIND_EXACT)
		sqlite3_bind_int64(st, 3, (sqlite3_int64)max);
	if (stage == SY_FIND_EXACT || stage == SY_FIND_PREFIX) {
		char *title;
		if (title_key(lang, key, klen, stage == SY_FIND_EXACT, &title)) {
			sqlite3_finalize(st);
			return sy_error_set(err, SY_ENOMEM, "out of memory");
		}
		if (title)
			sqlite3_bind_text(st, 4, title, -1, free);
		else
			sqlite3_bind_null(st, 4);
	}
	if (stage == SY_FIND_SUBSTRING && (chars >= 3 || word_start) && !latin_zh) {
		char *q = trigram_filter(key, klen);
		if (!q) {
			sqlite3_finalize(st);
			return sy_error_set(err, SY_ENOMEM, "out of memory");
		}
		sqlite3_bind_text(st, 4, q, -1, free);
	}
	rc = collect_ids(tb, st, out, max, err);
	sqlite3_finalize(st);
	return rc;
}

/* The query's keys: Chinese when it has Han characters, else English (and
 * the Chinese key too, for Latin-script Chinese terms such as "ICT"). */
static int query_keys(sy_termbase *tb, const char *query, int hunspell, char **zh, char **en,
		      sy_error *err)
{
	size_t len = strlen(query);
	int rc;

	*zh = *en = NULL;
	rc = sy_fold_zh(query, len, zh, err);
	if (!rc && !sy_has_han(query, len))
		rc = tb_key(tb, "en", query, len, hunspell ? TB_KEY_HUNSPELL : TB_KEY_TABLE, en, err);
	return rc;
}

/* The query as the term index holds a term as written (lower(text),
 * migration 12): ASCII in lower case, full-width forms as half-width, its
 * spaces kept but each run of them one space, none at the ends. NULL when
 * out of memory. */
static char *typed_form(const char *query)
{
	size_t len = strlen(query), i = 0;
	util_buf b = {NULL, 0, 0};
	int space = 0;

	while (i < len) {
		uint32_t c = utf8_halfwidth(utf8_next(query, len, &i));
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			space = b.len > 0;
			continue;
		}
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		if ((space && util_buf_add(&b, " ", 1)) || util_buf_add_cp(&b, c)) {
			free(b.s);
			return NULL;
		}
		space = 0;
	}
	if (util_buf_add(&b, "", 0)) { /* "" for a query of spaces */
		free(b.s);
		return NULL;
	}
	return b.s;
}

static int find_all(sy_termbase *tb, const char *query, int stage, int hunspell, id_list *out,
		    size_t max, sy_error *err)
{
	char *zh, *en;
	int rc = query_keys(tb, query, hunspell, &zh, &en, err);

	if (!rc && en)
		rc = find_stage(tb, "en", en, stage, out, max, err);
	/* A misspelt word is not lemmatized, while the words beside it are:
	 * "sqcluded wing" folds to "sqcluded we", two edits from the key
	 * "seclude we" and three from "secluded wing". Asked again as typed
	 * (in lower case, as the index holds the term as written), it is one
	 * edit from "secluded wing". Only when the key found nothing. */
	if (!rc && en && stage == SY_FIND_FUZZY && !out->count) {
		char *typed = typed_form(query);
		if (!typed)
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
		else if (strcmp(typed, en)) /* the same text: asked already */
			rc = find_stage(tb, "en", typed, stage, out, max, err);
		free(typed);
	}
	/* A Latin-script query asks the Chinese keys too (ICT), but not
	 * fuzzily: those keys are acronyms and names, and looking for a
	 * misspelt English phrase among them cost most of a fuzzy lookup. */
	if (!rc && !(en && stage == SY_FIND_FUZZY))
		rc = find_stage(tb, "zh", zh, stage, out, max, err);
	free(zh);
	free(en);
	return rc;
}

/*
 * A lookup runs many small queries. Each, outside a transaction, takes
 * SQLite's locks and leaves them again (a tenth of a fuzzy lookup's time
 * went into fcntl); in one read transaction it takes them once. Inside a
 * caller's transaction, or when BEGIN fails, the queries run as they are.
 */
static int read_begin(sy_termbase *tb)
{
	return sqlite3_get_autocommit(tb->db) &&
	       sqlite3_exec(tb->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
}

static void read_end(sy_termbase *tb, int began)
{
	if (began && sqlite3_exec(tb->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		sqlite3_exec(tb->db, "ROLLBACK", NULL, NULL, NULL);
}

int sy_termbase_find(sy_termbase *tb, const char *query, int stage, long *ids, size_t max,
		     size_t *found, sy_error *err)
{
	id_list l = {NULL, 0, 0};
	int began = read_begin(tb);
	int rc = find_all(tb, query, stage, 0, &l, max, err);

	read_end(tb, began);
	*found = 0;
	if (!rc) {
		*found = l.count < max ? l.count : max;
		if (*found)
			memcpy(ids, l.ids, *found * sizeof(*ids));
	}
	free(l.ids);
	return rc;
}

/* ---- assembling a hit ------------------------------------------------------------ */

static char *col_dup(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	return strdup(t ? (const char *)t : "");
}

/*
 * The three statements that fill a hit, prepared at the first concept of a
 * lookup and reset for the next: a lookup shows up to ten, and parsing the
 * statements anew for each was a sixth of a frequent term's lookup.
 */
typedef struct hit_reader {
	sqlite3_stmt *head, *terms, *places, *seen, *count;
	long seen_block; /* the block whose bits are in seen_bits; -1: none */
	unsigned char seen_bits[TB_SEEN_BYTES];
} hit_reader;

/* *st prepared from sql, or reset for another use. */
static int hit_statement(sy_termbase *tb, sqlite3_stmt **st, const char *sql, sy_error *err)
{
	if (*st) {
		sqlite3_reset(*st);
		sqlite3_clear_bindings(*st);
		return SY_OK;
	}
	return tb_prepare(tb, st, sql, err);
}

static void hit_reader_close(hit_reader *r)
{
	sqlite3_finalize(r->head);
	sqlite3_finalize(r->terms);
	sqlite3_finalize(r->places);
	sqlite3_finalize(r->seen);
	sqlite3_finalize(r->count);
}

/*
 * How many stored segments hold a term: 0 when its bit says it is in none
 * (migration 14), else the count of FTS5's table of the term index, which
 * counts without a row for each (0.8 ms for a term in 16,685 of the
 * bench's segments, where count(*) over a MATCH took 2.5), but seeks the
 * term in every run of the index, found or not. The bits of a concept's
 * terms are mostly in one block, read once.
 */
static int term_frequency(sy_termbase *tb, hit_reader *r, long term, long *frequency, sy_error *err)
{
	long block = term >> TB_SEEN_SHIFT;
	unsigned bit = (unsigned)(term & ((1 << TB_SEEN_SHIFT) - 1));
	int rc, step;

	*frequency = 0;
	if (block != r->seen_block) {
		rc = hit_statement(tb, &r->seen, "SELECT bits FROM term_seen WHERE block = ?", err);
		if (!rc)
			rc = tb_seen_read(tb, r->seen, block, r->seen_bits, err);
		if (rc)
			return rc;
		r->seen_block = block;
	}
	if (!(r->seen_bits[bit >> 3] & (1u << (bit & 7))))
		return SY_OK;
	rc = tb_occurrence_vocab(tb, err);
	if (rc)
		return rc;
	rc = hit_statement(tb, &r->count,
			   "SELECT doc FROM temp.occurrence_vocab WHERE term = CAST(?1 AS TEXT)", err);
	if (rc)
		return rc;
	sqlite3_bind_int64(r->count, 1, term);
	step = sqlite3_step(r->count);
	if (step == SQLITE_ROW)
		*frequency = (long)sqlite3_column_int64(r->count, 0);
	else if (step != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "counting a term's segments");
	sqlite3_reset(r->count);
	return rc;
}

/* The segments read for a hit's sources and examples (fill_hit). */
#define HIT_SAMPLE "50"

static int fill_hit(sy_termbase *tb, hit_reader *r, long term, const char *match,
		    size_t n_examples, sy_hit *hit, sy_error *err)
{
	sqlite3_stmt *st;
	long concept = 0;
	int rc, step = SQLITE_DONE;
	/* The concept's terms as an occurrence_fts query: "12" OR "345". */
	char *terms_match = NULL;
	size_t match_len = 0, match_cap = 0;

	memset(hit, 0, sizeof(*hit));
	hit->match = strdup(match);
	rc = hit_statement(tb, &r->head,
			   "SELECT term.text, concept.id, concept.ref, concept.domain, concept.note"
			   " FROM term JOIN concept ON concept.id = term.concept_id WHERE term.id = ?",
			   err);
	if (rc)
		return rc;
	st = r->head;
	sqlite3_bind_int64(st, 1, term);
	if (sqlite3_step(st) == SQLITE_ROW) {
		hit->matched = col_dup(st, 0);
		concept = (long)sqlite3_column_int64(st, 1);
		hit->ref = col_dup(st, 2);
		hit->domain = col_dup(st, 3);
		hit->note = col_dup(st, 4);
	}
	sqlite3_reset(st);

	rc = hit_statement(tb, &r->terms,
			   "SELECT lang, text, status, pinyin, note, id"
			   " FROM term WHERE concept_id = ? ORDER BY lang = 'en',"
			   " CASE status WHEN 'preferred' THEN 0 WHEN 'admitted' THEN 1"
			   " WHEN 'candidate' THEN 2 ELSE 3 END, id",
			   err);
	if (rc)
		return rc;
	st = r->terms;
	sqlite3_bind_int64(st, 1, concept);
	while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
		sy_term_info *t;
		if (util_resize(&hit->terms, hit->n_terms + 1, sizeof(*hit->terms))) {
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
			break;
		}
		t = &hit->terms[hit->n_terms++];
		t->lang = col_dup(st, 0);
		t->text = col_dup(st, 1);
		t->status = col_dup(st, 2);
		t->pinyin = col_dup(st, 3);
		t->note = col_dup(st, 4);
		rc = term_frequency(tb, r, (long)sqlite3_column_int64(st, 5), &t->frequency, err);
		if (rc || t->frequency <= 0)
			continue;
		if (util_grow(&terms_match, &match_cap, match_len + 32, 1))
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
		else
			match_len += (size_t)sprintf(terms_match + match_len, "%s\"%lld\"",
						     match_len ? " OR " : "",
						     (long long)sqlite3_column_int64(st, 5));
	}
	if (!rc && step != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "reading a concept's terms");
	sqlite3_reset(st);
	if (rc) {
		free(terms_match);
		return rc;
	}

	/* Sources and examples in one statement, which reads the segments
	 * once. Sources: where the glossary attests the concept, then the
	 * merged documents it occurs in, with the paragraph; examples: the
	 * best-aligned pairs. Both among the HIT_SAMPLE segments merged last
	 * that hold one of its terms (the highest ids: a document merged again
	 * is stored anew), so that a termbase of many years shows the term as
	 * the latest documents use it. A frequent term occurs in tens of thousands,
	 * and sorting them all took 40 ms (each segment read is a page of the
	 * file). Fifty still give the twenty places shown and the examples;
	 * 200 made a cold lookup of 负责任国家行为 on the bench termbase 3-5
	 * ms slower (498 reads of the file against 349; see
	 * docs/notes-termbase.md). Read as two
	 * statements, the occurrence index was asked twice; and a term that
	 * occurs nowhere is left out of the question (terms_match is NULL
	 * when none occurs), as asking the index costs a seek in each of its
	 * runs. Rows come back sources first (kind 0), each kind in order. */
	rc = hit_statement(tb, &r->places,
			   "WITH hit AS MATERIALIZED ("
			   " SELECT segment.id AS id, document.symbol AS symbol, segment.paragraph AS paragraph,"
			   "  segment.score AS score, segment.zh <> '' AND segment.en <> '' AS pair"
			   " FROM segment JOIN document ON document.id = segment.document_id"
			   " WHERE ?2 IS NOT NULL AND segment.id IN (SELECT rowid FROM occurrence_fts"
			   "  WHERE occurrence_fts MATCH ?2 ORDER BY rowid DESC LIMIT " HIT_SAMPLE ")) "
			   "SELECT * FROM ("
			   " SELECT 0 AS kind, symbol, paragraph, NULL AS zh, NULL AS en,"
			   "  symbol AS k1, CAST(paragraph AS INTEGER) AS k2, paragraph AS k3 FROM ("
			   "  SELECT symbol, paragraph FROM attestation WHERE term_id IN"
			   "   (SELECT id FROM term WHERE concept_id = ?1)"
			   "  UNION SELECT symbol, paragraph FROM hit)"
			   /* Documents in order, paragraphs in numeric order within each. */
			   " ORDER BY k1, k2, k3 LIMIT 20) "
			   "UNION ALL SELECT * FROM ("
			   " SELECT 1, hit.symbol, hit.paragraph, segment.zh, segment.en, -hit.score, hit.id, NULL"
			   " FROM hit JOIN segment ON segment.id = hit.id WHERE hit.pair"
			   " ORDER BY -hit.score, hit.id LIMIT ?3) "
			   "ORDER BY kind, k1, k2, k3",
			   err);
	if (rc) {
		free(terms_match);
		return rc;
	}
	st = r->places;
	sqlite3_bind_int64(st, 1, concept);
	if (terms_match)
		sqlite3_bind_text(st, 2, terms_match, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)n_examples);
	while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *symbol = (const char *)sqlite3_column_text(st, 1);
		const char *para = (const char *)sqlite3_column_text(st, 2);
		if (sqlite3_column_int(st, 0) == 0) {
			char buf[512];
			if (util_resize(&hit->sources, hit->n_sources + 1, sizeof(*hit->sources))) {
				rc = sy_error_set(err, SY_ENOMEM, "out of memory");
				break;
			}
			if (para && *para == '(')
				snprintf(buf, sizeof(buf), "%s %s", symbol, para); /* a list item: (c) */
			else if (para && *para)
				snprintf(buf, sizeof(buf), "%s para. %s", symbol, para);
			else
				snprintf(buf, sizeof(buf), "%s", symbol);
			hit->sources[hit->n_sources++] = strdup(buf);
		} else {
			sy_example *x;
			if (util_resize(&hit->examples, hit->n_examples + 1, sizeof(*hit->examples))) {
				rc = sy_error_set(err, SY_ENOMEM, "out of memory");
				break;
			}
			x = &hit->examples[hit->n_examples++];
			x->zh = col_dup(st, 3);
			x->en = col_dup(st, 4);
			x->symbol = col_dup(st, 1);
			x->paragraph = col_dup(st, 2);
		}
	}
	if (!rc && step != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "reading a term's sources");
	/* Reset before terms_match, bound to it, is freed. */
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	free(terms_match);
	return rc;
}

static long concept_of(sy_termbase *tb, long term)
{
	sqlite3_stmt *st;
	long concept = -1;

	if (sqlite3_prepare_v2(tb->db, "SELECT concept_id FROM term WHERE id = ?", -1, &st, NULL))
		return -1;
	sqlite3_bind_int64(st, 1, term);
	if (sqlite3_step(st) == SQLITE_ROW)
		concept = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return concept;
}

static int lookup_all(sy_termbase *tb, const char *query, const sy_lookup_options *opt,
		      sy_hit_list *out, sy_error *err)
{
	static const char *const stage_names[] = {"exact", "prefix", "substring", "fuzzy"};
	size_t limit = opt && opt->limit ? opt->limit : 10;
	size_t n_examples = opt && opt->examples ? opt->examples : 3;
	id_list concepts = {NULL, 0, 0};
	hit_reader reader = {NULL, NULL, NULL, NULL, NULL, -1, {0}};
	int stage, rc = SY_OK, attempt;

	memset(out, 0, sizeof(*out));
	if (n_examples == SY_NO_EXAMPLES)
		n_examples = 0;
	if (!query || !*query)
		return sy_error_set(err, SY_EUSAGE, "nothing to look up");
	for (attempt = 0; attempt < 2 && !out->count && !rc; attempt++) {
		/* No word new to the lemma table could fold: Hunspell would
		 * change nothing. */
		if (attempt == 1 && !tb->lemma_miss)
			break;
		/* A stage runs only while there is room for its hits: once the
		 * prefixes of "UN" had filled the list, the substring stage
		 * still read every English key for "un" (0.6 billion
		 * instructions), and then showed nothing of it. */
		for (stage = SY_FIND_EXACT; stage <= SY_FIND_FUZZY && !rc && out->count < limit; stage++) {
			id_list terms = {NULL, 0, 0};
			size_t i;

			/* Fuzzy matches only when nothing closer was found, and
			 * not before Hunspell has folded a word the lemma table
			 * lacks: "uses of ICTs" is "use of ICTs" exactly, not
			 * one letter away. */
			if (stage == SY_FIND_FUZZY && (out->count || (attempt == 0 && tb->lemma_miss)))
				break;
			rc = find_all(tb, query, stage, attempt, &terms, limit * 4, err);
			for (i = 0; i < terms.count && !rc && out->count < limit; i++) {
				long concept = concept_of(tb, terms.ids[i]);
				if (concept < 0 || ids_has(&concepts, concept))
					continue;
				if (ids_add(&concepts, concept) ||
				    util_resize(&out->hits, out->count + 1, sizeof(*out->hits))) {
					rc = sy_error_set(err, SY_ENOMEM, "out of memory");
					break;
				}
				rc = fill_hit(tb, &reader, terms.ids[i], stage_names[stage], n_examples,
					      &out->hits[out->count++], err);
			}
			free(terms.ids);
		}
	}
	hit_reader_close(&reader);
	free(concepts.ids);
	if (rc)
		sy_hit_list_free(out);
	return rc;
}

int sy_termbase_lookup(sy_termbase *tb, const char *query, const sy_lookup_options *opt,
		       sy_hit_list *out, sy_error *err)
{
	int began = read_begin(tb);
	int rc = lookup_all(tb, query, opt, out, err);

	read_end(tb, began);
	return rc;
}

void sy_hit_list_free(sy_hit_list *list)
{
	size_t i, k;

	for (i = 0; i < list->count; i++) {
		sy_hit *h = &list->hits[i];
		free(h->match);
		free(h->matched);
		free(h->ref);
		free(h->domain);
		free(h->note);
		for (k = 0; k < h->n_terms; k++) {
			free(h->terms[k].lang);
			free(h->terms[k].text);
			free(h->terms[k].status);
			free(h->terms[k].pinyin);
			free(h->terms[k].note);
		}
		free(h->terms);
		for (k = 0; k < h->n_sources; k++)
			free(h->sources[k]);
		free(h->sources);
		for (k = 0; k < h->n_examples; k++) {
			free(h->examples[k].zh);
			free(h->examples[k].en);
			free(h->examples[k].symbol);
			free(h->examples[k].paragraph);
		}
		free(h->examples);
	}
	free(list->hits);
	memset(list, 0, sizeof(*list));
}

/* ---- the concordance -------------------------------------------------------------- */

int sy_termbase_concord(sy_termbase *tb, const char *word, size_t limit, sy_concord_list *out,
			sy_error *err)
{
	sqlite3_stmt *st = NULL;
	size_t len = strlen(word), i;
	int rc, han = 0, alnum = 0;
	const char *index;

	memset(out, 0, sizeof(*out));
	if (!len)
		return sy_error_set(err, SY_EUSAGE, "no word to look for");
	if (!limit)
		limit = 50;
	for (i = 0; i < len;) {
		UChar32 c = (UChar32)utf8_next(word, len, &i);
		han |= u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC);
		alnum |= u_isalnum(c);
	}
	/* Chinese goes to the character index, which gives the segments that
	 * hold all of the query's characters, and the text says whether they
	 * stand side by side (ASCII letters in any case); English to the word index
	 * (Porter stems: case and inflection fold, "measure" finds "measures").
	 * Words with no letter or digit fall back to a scan. Segments come in
	 * the order they were stored (each document's together, in its
	 * order), which the index gives as it reads: a word in a quarter of a
	 * million segments stops at the limit instead of sorting them all. */
	index = han ? "segment_zh_fts" : alnum ? "segment_en_fts" : NULL;
	if (index) {
		char sql[512];
		snprintf(sql, sizeof(sql),
			 "SELECT segment.zh, segment.en, document.symbol, segment.paragraph,"
			 " segment.position FROM %s"
			 " JOIN segment ON segment.id = %s.rowid"
			 " JOIN document ON document.id = segment.document_id"
			 " WHERE %s MATCH ?1%s ORDER BY %s.rowid LIMIT ?2",
			 index, index, index,
			 han ? " AND instr(lower(segment.zh), lower(?3)) > 0" : "", index);
		rc = tb_prepare(tb, &st, sql, err);
	} else {
		rc = tb_prepare(tb, &st,
				"SELECT segment.zh, segment.en, document.symbol, segment.paragraph,"
				" segment.position FROM segment"
				" JOIN document ON document.id = segment.document_id"
				" WHERE instr(segment.zh, ?1) > 0 OR instr(lower(segment.en), lower(?1)) > 0"
				" ORDER BY segment.id LIMIT ?2",
				err);
	}
	if (rc)
		return rc;
	if (index) {
		util_buf spaced = {0};
		char *q = NULL;
		if (!han || !tb_zh_spaced(word, len, &spaced))
			q = han ? tb_fts_all(spaced.s, spaced.len) : tb_fts_phrase(word, len);
		free(spaced.s);
		if (!q) {
			sqlite3_finalize(st);
			return sy_error_set(err, SY_ENOMEM, "out of memory");
		}
		sqlite3_bind_text(st, 1, q, -1, free);
		if (han)
			sqlite3_bind_text(st, 3, word, (int)len, SQLITE_STATIC);
	} else {
		sqlite3_bind_text(st, 1, word, -1, SQLITE_STATIC);
	}
	sqlite3_bind_int64(st, 2, (sqlite3_int64)limit);
	while (sqlite3_step(st) == SQLITE_ROW) {
		sy_concord_line *l, *grown = realloc(out->lines, (out->count + 1) * sizeof(*grown));
		const char *hit;
		if (!grown) {
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
			break;
		}
		out->lines = grown;
		l = &out->lines[out->count++];
		l->zh = col_dup(st, 0);
		l->en = col_dup(st, 1);
		l->symbol = col_dup(st, 2);
		l->paragraph = col_dup(st, 3);
		l->position = (long)sqlite3_column_int64(st, 4);
		l->side = 0;
		l->len = len;
		/* The Chinese index matches ASCII letters in any case. */
		hit = han ? strcasestr(l->zh, word) : strstr(l->zh, word);
		if (!hit) {
			hit = strcasestr(l->en, word);
			l->side = hit ? 1 : 0;
		}
		l->at = hit ? (size_t)(hit - (l->side ? l->en : l->zh)) : 0;
		if (!hit)
			l->len = 0;
	}
	sqlite3_finalize(st);
	if (rc)
		sy_concord_list_free(out);
	return rc;
}

void sy_concord_list_free(sy_concord_list *list)
{
	size_t i;

	for (i = 0; i < list->count; i++) {
		free(list->lines[i].zh);
		free(list->lines[i].en);
		free(list->lines[i].symbol);
		free(list->lines[i].paragraph);
	}
	free(list->lines);
	memset(list, 0, sizeof(*list));
}
