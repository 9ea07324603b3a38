/*
 * termbase_internal.h - what termbase.c, merge.c and lookup.c share: the
 * handle's insides and small SQLite helpers. Not part of the public API.
 */
#ifndef SHUYU_TERMBASE_INTERNAL_H
#define SHUYU_TERMBASE_INTERNAL_H

#include <sqlite3.h>
#include <unicode/utrans.h>

#include "shuyu/fold.h"
#include "shuyu/lexicon.h"
#include "shuyu/reference.h"
#include "shuyu/termbase.h"
#include "util.h"

/* The longest lemma the lemma table's readers take, with its null. */
#define TB_LEMMA_MAX 256

struct sy_termbase {
	sqlite3 *db;
	char *path;
	sy_lemmatizer *lm;          /* opened when a write needs it; Hunspell loads
				     * in it at the first word that needs it */
	int lemmas_taught;          /* lm has folded a document's English with
				     * the lemma table's lemmas (merge.c: a
				     * handle's first merge warms it) */
	UTransliterator *han_latin; /* pinyin, opened only when a term is added */
	sqlite3_stmt *lemma_get, *lemma_put, *term_put, *attest_put, *bigram_put;
	char lemma_buf[TB_LEMMA_MAX];
	/* The lemma table as lm asks it, on whichever thread folds (a merge's
	 * English worker while this thread writes): a connection of its own,
	 * opened at the first word lm does not have. */
	const char *lemma_db_file; /* the file's name ("" in memory), SQLite's */
	sqlite3 *lemma_db;
	sqlite3_stmt *lemma_read;
	int lemma_db_failed;
	char lemma_read_buf[TB_LEMMA_MAX];
	int lemma_miss;             /* a lookup met a word the lemma table lacks and
				     * Hunspell might fold (sy_lemma_may_fold) */
	int occurrence_vocab;       /* temp.occurrence_vocab is made (tb_occurrence_vocab) */
	/* The term matcher (matcher.c), kept between merges on this handle:
	 * building it from a million keys takes most of a second. It is valid
	 * while neither
	 * another connection has committed (PRAGMA data_version) nor this one
	 * has added a term or rolled back (terms_changed). */
	struct matcher *matcher;
	long long matcher_data_version, matcher_terms_changed;
	long long terms_changed;
	int matcher_cached;       /* the file's matcher_cache holds this one */
	size_t matcher_cache_min; /* terms from which it is worth keeping there */
	struct tb_checkpointer *checkpointer; /* writable handles: checkpoint.c */
	struct tb_pipeline *pipeline;         /* a merge's workers, kept (merge.c) */
	/* The phrase index's indexer (extract.c), kept between merges given
	 * the same CC-CEDICT (sy_lexicon_serial): opening one reads CC-CEDICT's
	 * verbs, 15-20 ms of the writer's time per document. */
	struct tb_indexer *indexer;
	unsigned long indexer_lexicon;
};

/* The page size of a new termbase (see sy_termbase_open_noticed), and
 * the same as text, for its PRAGMA. */
#define TB_PAGE_SIZE 16384
#define TB_TEXT_OF(n) TB_TEXT_OF_(n)
#define TB_TEXT_OF_(n) #n

/* From this many terms a matcher is kept in the file: building it for the
 * glossary alone takes a millisecond, for a million terms most of a
 * second. */
#define TB_MATCHER_CACHE_MIN 20000

/* Chinese as segment_zh_fts indexes it: a space on each side of every Han
 * character, so that FTS5's unicode61 tokenizer makes each one a token
 * (migration 7 in termbase.c). Returns 0, or -1 when out of memory. */
int tb_zh_spaced(const char *zh, size_t len, util_buf *out);

/* An FTS5 string literal (a phrase): the text in double quotes, quotes
 * doubled. NULL when out of memory; the caller frees it. */
char *tb_fts_phrase(const char *s, size_t len);
/* Every token of s (as unicode61 cuts it), quoted and joined by AND: a
 * query of the character index (detail=none), which finds the segments
 * that hold them all, wherever they stand. "" when s has none. */
char *tb_fts_all(const char *s, size_t len);

/* The same phrase written at out, which has room for len * 2 + 2 bytes,
 * without a NUL; the number of bytes written. */
size_t tb_fts_quote(char *out, const char *s, size_t len);

/* Checkpoints on a thread of their own (checkpoint.c): after a commit
 * that leaves the log over 4,000 pages, a thread writes it back into the
 * file through a connection of its own while the handle goes on. Start
 * installs the hook (the thread starts when first needed); stop waits for
 * the thread and closes its connection, before the handle's own. */
typedef struct tb_checkpointer tb_checkpointer;
int tb_checkpointer_start(sy_termbase *tb, sy_error *err);
void tb_checkpointer_stop(sy_termbase *tb);
/* Stop and free the handle's merge workers, if it has them. */
typedef struct tb_pipeline tb_pipeline;
void tb_pipeline_free(sy_termbase *tb);
/* For the tests: checkpoint from pages, catch up from catch_up (16 MB and
 * 64 MB of the termbase's pages); those two limits; and, once the thread
 * is idle, the checkpoints it has made and the longest log a commit left. */
void tb_checkpointer_limits(sy_termbase *tb, int pages, int catch_up);
void tb_checkpointer_limits_of(sy_termbase *tb, int *pages, int *catch_up);
size_t tb_checkpointer_runs(sy_termbase *tb, int *most_pages);

/* Forget the kept term matcher (matcher.c). */
void tb_matcher_drop(sy_termbase *tb);

/* How English keys get their lemmas. */
enum {
	TB_KEY_TABLE,    /* from the lemma table (lookups: no Hunspell to load) */
	TB_KEY_RECORD,   /* from Hunspell, recorded in the lemma table (writes) */
	TB_KEY_HUNSPELL, /* from Hunspell, not recorded (a lookup's second try) */
};

int tb_sql_error(sy_termbase *tb, sy_error *err, const char *what);
int tb_exec(sy_termbase *tb, const char *sql, sy_error *err);
int tb_prepare(sy_termbase *tb, sqlite3_stmt **stmt, const char *sql, sy_error *err);
/* The number a query (a PRAGMA) answers, or otherwise when it cannot be
 * read. */
long long tb_number(sy_termbase *tb, const char *sql, long long otherwise);
int tb_begin(sy_termbase *tb, sy_error *err);
int tb_commit(sy_termbase *tb, sy_error *err);
/*
 * An import's terms go into the term index in one statement at its end,
 * not one by one through the trigger (termbase.c). Inside the import's
 * transaction: tb_bulk_begin before the first term, tb_bulk_end after the
 * last (which also merges the index into one run when the import added a
 * tenth of the terms or more, or left it in many runs); on failure,
 * tb_bulk_free and roll back, which brings the trigger back.
 */
typedef struct tb_bulk {
	long before;   /* the highest term id before the import (0: none) */
	char *trigger; /* the trigger's SQL, to put back; NULL: not taken out */
} tb_bulk;

int tb_bulk_begin(sy_termbase *tb, tb_bulk *bulk, sy_error *err);
int tb_bulk_end(sy_termbase *tb, tb_bulk *bulk, sy_error *err);
void tb_bulk_free(tb_bulk *bulk);
void tb_rollback(sy_termbase *tb);
int tb_lemmatizer(sy_termbase *tb, sy_error *err);
/* The lemma table's lemma of word: 1 and *lemma (valid until the next
 * call), or 0 when the table lacks it. */
int tb_lemma_of(sy_termbase *tb, const char *word, size_t len, const char **lemma);
/* Write word's lemma into the lemma table, unless it has one: 0, or -1. */
int tb_lemma_put(sy_termbase *tb, const char *word, size_t len, const char *lemma);
int tb_key(sy_termbase *tb, const char *lang, const char *text, size_t len, int mode, char **key,
	   sy_error *err);
int tb_concept(sy_termbase *tb, const char *ref, const char *domain, const char *definition,
	       const char *note, const char *origin, long *id, sy_error *err);
int tb_term(sy_termbase *tb, long concept, const char *lang, const char *text, const char *status,
	    const char *pos, const char *note, long *id, sy_error *err);
/* One row of our glossary TSV (id zh en domain status note source), in the
 * caller's transaction; line is modified. */
int tb_glossary_line(sy_termbase *tb, char *line, size_t lineno, const char *name,
		     const char *origin, sy_error *err);
int tb_attest(sy_termbase *tb, long term, const char *symbol, const char *paragraph, sy_error *err);
/* Each document symbol in list (split at any of separators) attests term. */
int tb_attest_list(sy_termbase *tb, long term, const char *list, const char *separators,
		   sy_error *err);

/*
 * Which terms occur (migration 14): a bit per term id, in rows of
 * TB_SEEN_BYTES for the ids of one block (id >> TB_SEEN_SHIFT). A set bit
 * means the term may be in a stored segment; a clear one, that it is in
 * none, and its count is 0 without asking the term index. Whatever puts a
 * term id into a segment's terms marks it, in the same transaction:
 * storing a segment (tb_doc_close, for the whole document) and finding a
 * new term in the stored segments (extract.c). Nothing clears a bit.
 */
#define TB_SEEN_SHIFT 12
#define TB_SEEN_BYTES ((1 << TB_SEEN_SHIFT) / 8)

/* The bits of a block into bits[TB_SEEN_BYTES] (all clear when the block
 * has no row yet); get is "SELECT bits FROM term_seen WHERE block = ?". */
int tb_seen_read(sy_termbase *tb, sqlite3_stmt *get, long block, unsigned char *bits,
		 sy_error *err);

/* Mark ids[0..n) as occurring; ids of 0 or less are left out, and ids is
 * reordered. */
int tb_seen_mark(sy_termbase *tb, long *ids, size_t n, sy_error *err);

/* temp.occurrence_vocab, FTS5's table of the term index's terms (a row
 * per term id, with the number of segments that hold it), made once per
 * connection. */
int tb_occurrence_vocab(sy_termbase *tb, sy_error *err);

/* Writing one document's segments, inside a transaction the caller holds
 * (merge.c): open, add each segment, close; when close reports
 * stats->unchanged the caller rolls back. */
typedef struct tb_doc tb_doc;
typedef struct tb_segment {
	const char *zh, *en, *paragraph;
	const char *props;  /* "type\tvalue" lines kept from an imported TMX, or NULL */
	long position;      /* -1: next after the previous one */
	double score;
	int has_score;
} tb_segment;

/* While the matcher is read, if Hunspell is not loaded: hunspell, load it;
 * else warm_en (may be NULL), fold these sentences with the lemmatizer,
 * which loads it only for a word the lemma table lacks. With neither,
 * Hunspell loads at the first word that needs it. */
int tb_doc_open(sy_termbase *tb, const char *symbol, const char *title, const char *date,
		int hunspell, const sy_sentence_list *warm_en, sy_merge_stats *stats, tb_doc **out,
		sy_error *err);
/* Cut each segment's phrases for extraction as it is stored, with
 * CC-CEDICT (lex) and the general-language frequencies (ref, may be NULL),
 * instead of leaving them to sy_termbase_index_phrases. */
int tb_doc_index_phrases(tb_doc *d, const sy_lexicon *lex, const sy_reference *ref,
			 sy_error *err);
int tb_doc_add(tb_doc *d, const tb_segment *segment, sy_error *err);
int tb_doc_close(tb_doc *d, sy_error *err);
void tb_doc_free(tb_doc *d);

/* Find the terms of every stored segment again, with the termbase's
 * matcher, and write the segments whose terms differ (and mark the terms
 * found; see tb_seen_mark); the matcher is kept in the file. Inside a
 * write transaction: migration 17, after the English keys were folded
 * again. */
int tb_refind_terms(sy_termbase *tb, sy_error *err);

/* Term keys, each a pointer and a length into text that outlives the list
 * (the matcher's, or an indexer's). */
typedef struct tb_keys {
	const char **key;
	size_t *len;
	size_t count, cap;
} tb_keys;
int tb_keys_add(tb_keys *k, const char *key, size_t len); /* 0, or -1 when out of memory */
void tb_keys_free(tb_keys *k);

/*
 * The phrase index of term extraction (extract.c, part 1): a segment's
 * chunks, the phrases extraction counts, cut once when the segment is
 * stored. keys: the Chinese keys of the termbase's terms found in the
 * segment, which no chunk boundary cuts. An indexer uses the handle's
 * lemmatizer: one thread at a time, the one that uses the lemmatizer.
 */
/* Byte spans of a text. */
typedef struct tb_span {
	size_t start, end;
} tb_span;
typedef struct tb_spans {
	tb_span *v;
	size_t count, cap;
} tb_spans;

typedef struct tb_indexer tb_indexer;
int tb_indexer_open(tb_indexer **out, sy_termbase *tb, const sy_lexicon *lex,
		    sy_error *err);
/* The general-language frequencies its cutting uses from now on (NULL:
 * none); the caller keeps them open while it does. */
void tb_indexer_use_reference(tb_indexer *ix, const sy_reference *ref);
/* zh: the Chinese folded (sy_fold_zh), which keys and han are about; han:
 * the words of its Han runs (tb_cut_han), or NULL to cut them here. */
int tb_index_segment(tb_indexer *ix, const char *zh, const char *en, const tb_keys *keys,
		     const tb_spans *han, util_buf *zc, util_buf *ec, sy_error *err);
void tb_indexer_close(tb_indexer *ix);

/* The words of the Han runs of a folded Chinese text, in order, as the
 * phrase index cuts them (ICU's dictionary word break and CC-CEDICT), into
 * words: the part of the index that needs no English, so that the merge's
 * Chinese worker does it. A cutter is for one thread at a time. */
typedef struct tb_cutter tb_cutter;
int tb_cutter_open(tb_cutter **out, const sy_lexicon *lex, const sy_reference *ref,
		   sy_error *err);
int tb_cut_han(tb_cutter *c, const char *text, size_t len, tb_spans *words); /* 0 or -1 */
void tb_cutter_close(tb_cutter *c);
/* The version of the rules that cut chunks (segment.chunks_version). */
int tb_chunk_rules(void);

#endif
