/*
 * termbase.h - the termbase: concepts, terms, translation memory, lookup.
 *
 *   sentences ─align─▶ beads ─merge─▶ termbase (SQLite) ─▶ lookup / concord
 *
 * One SQLite file holds everything (WAL journal, foreign keys on, schema
 * version in PRAGMA user_version). It is concept-oriented, like TBX: a
 * concept has a domain and a note, and terms in Chinese and English, each
 * with a status (preferred, admitted, deprecated, candidate) and its sources.
 * Merged documents are kept as translation memory: aligned segments with
 * their document, position and score, linked to the terms they contain.
 * Full-text indexes (FTS5, trigram tokenizer) on terms and on segments give
 * substring search in Chinese, which has no spaces.
 *
 * A new termbase starts with the curated cyber-diplomacy glossary (built into
 * the library from glossary/cyber-diplomacy.tsv) unless SY_TB_EMPTY is given.
 *
 * Safety: every merge and import is one transaction; a crash, a kill or a
 * full disk leaves the termbase as it was before. Two processes merging into
 * one termbase take turns (each waits up to a minute for the other).
 *
 * Ownership: sy_termbase_open creates a handle that sy_termbase_close frees.
 * Results (sy_hit_list, sy_concord_list) are owned by the caller and freed
 * with their _free function; every string in them belongs to the list.
 */
#ifndef SHUYU_TERMBASE_H
#define SHUYU_TERMBASE_H

#include <stddef.h>
#include "error.h"
#include "segment.h"

#define SY_SCHEMA_VERSION 18

typedef struct sy_termbase sy_termbase;
struct sy_lemmatizer; /* shuyu/fold.h */
struct sy_lexicon;    /* shuyu/lexicon.h */
struct sy_reference;  /* shuyu/reference.h */

enum {
	SY_TB_CREATE = 1,   /* create the file when it does not exist */
	SY_TB_EMPTY = 2,    /* when creating: no curated glossary */
	SY_TB_READONLY = 4, /* open for lookup only */
};

/*
 * For a program that opens a termbase to look a few things up and is done
 * (shuyu lookup, concord): give SQLite, for the whole process, the buffers
 * of its first 1,024 pages in one mapping in transparent huge pages, where
 * the kernel gives them; otherwise nothing. Each page read otherwise takes
 * fresh heap and a page fault (a cold lookup in a million-segment
 * termbase: 950 faults, 297 with it). Call before anything opens SQLite.
 * Not for a long merge: SQLite hands these buffers out under a lock of its
 * own, and the merge was a tenth slower with them.
 */
void sy_termbase_cache_in_huge_pages(void);

/* The default path: $SHUYU_DB, else $XDG_DATA_HOME/shuyu/termbase.sqlite,
 * else ~/.local/share/shuyu/termbase.sqlite. Writes into buf. */
int sy_termbase_default_path(char *buf, size_t size, sy_error *err);

int sy_termbase_open(sy_termbase **out, const char *path, int flags, sy_error *err);

/* Called by sy_termbase_open_noticed just before it brings a termbase of an
 * older schema (version, at least 1) up to date: in a termbase of a million
 * segments that takes a minute or so, and the caller can say so first. */
typedef void sy_upgrade_notice(const char *path, int version, void *userdata);

/* sy_termbase_open, telling notice (which may be NULL) of an upgrade before
 * it starts. The notice comes only when the upgrade is really made: not
 * for a new file, nor where another process has just made it. */
int sy_termbase_open_noticed(sy_termbase **out, const char *path, int flags, sy_upgrade_notice *notice,
			     void *userdata, sy_error *err);

/* The schema version of the termbase at path, without opening it for
 * writing: 0 when there is no such file, or it is not a termbase. A
 * version below SY_SCHEMA_VERSION is brought up to date by the next
 * sy_termbase_open that may write (sy_termbase_open_noticed says when,
 * without a second opening of the file). */
int sy_termbase_schema_of(const char *path);
void sy_termbase_close(sy_termbase *tb);
const char *sy_termbase_path(const sy_termbase *tb);

/* The handle's Hunspell lemmatizer (shuyu/fold.h), opened when first
 * needed and closed with the handle, which uses it when it merges. It
 * takes the lemmas the termbase has recorded, and loads Hunspell (50-130
 * ms) only at a word the termbase has not met that may be inflected. A
 * caller may lemmatize with it too, on one thread and not during a merge:
 * shuyu merge's aligner does, so that Hunspell loads once if at all. */
int sy_termbase_lemmatizer(sy_termbase *tb, struct sy_lemmatizer **out, sy_error *err);

/* Import the curated glossary (our TSV: id zh en domain status note source). */
int sy_termbase_import_glossary(sy_termbase *tb, const char *tsv, size_t len, const char *name,
				sy_error *err);

/* ---- merge ------------------------------------------------------------------ */

/* One bead of an alignment: sentence index ranges on each side (count 0
 * for an omission) and the aligner's score. */
typedef struct sy_merge_bead {
	size_t zh_first, zh_count;
	size_t en_first, en_count;
	double score;
} sy_merge_bead;

typedef struct sy_merge_doc {
	const char *symbol;              /* document symbol, e.g. "S/2021/621" (required) */
	const char *title, *date;        /* may be NULL */
	const sy_sentence_list *zh;      /* required */
	const sy_sentence_list *en;      /* NULL: Chinese only */
	const sy_merge_bead *beads;      /* with en: the alignment, zh side first */
	size_t n_beads;
	/* CC-CEDICT (shuyu/lexicon.h), or NULL. Given, each segment's phrases
	 * are indexed for term extraction as it is stored, on the merge's
	 * threads; otherwise sy_termbase_index_phrases does it later. The
	 * handle keeps what it reads from it for the next merge given the
	 * same lexicon, and never reads a lexicon the caller has closed. */
	const struct sy_lexicon *lex;
	/* General-language word frequencies (shuyu/reference.h), or NULL:
	 * with lex, they settle where two readings of the Chinese overlap
	 * (安全|带来, not 安全带|来). Read during the merge only. */
	const struct sy_reference *reference;
} sy_merge_doc;

typedef struct sy_merge_stats {
	int unchanged;       /* the same content was already there: nothing done */
	int replaced;        /* an older version of the document was replaced */
	size_t segments;     /* segments stored */
	size_t occurrences;  /* term occurrences found */
	size_t terms_found;  /* distinct terms found */
} sy_merge_stats;

/* Called now and then during a merge: done out of total segments. */
typedef void (*sy_progress_fn)(size_t done, size_t total, void *userdata);

int sy_termbase_merge(sy_termbase *tb, const sy_merge_doc *doc, sy_merge_stats *stats,
		      sy_progress_fn progress, void *userdata, sy_error *err);

/*
 * Several documents, in order, each in a transaction of its own, as with
 * sy_termbase_merge one after another, but sooner: while one document
 * commits, the merge's workers find the terms of the next (documents of
 * 256 segments or more; with lex, once a document before had the same
 * lexicon). stats: one per document; progress as for each document.
 * Every document is checked before any is merged.
 * On an error, the documents before the one err names are merged, and
 * that one and those after it are not (their stats zero).
 */
int sy_termbase_merge_docs(sy_termbase *tb, const sy_merge_doc *docs, size_t count,
			   sy_merge_stats *stats, sy_progress_fn progress, void *userdata,
			   sy_error *err);

/* ---- lookup ------------------------------------------------------------------ */

typedef struct sy_term_info {
	char *lang;       /* "zh" or "en" */
	char *text;
	char *status;     /* preferred, admitted, deprecated, candidate */
	char *pinyin;     /* for Chinese terms (ICU Han-Latin) */
	char *note;
	long frequency;   /* segments of the translation memory that contain it */
} sy_term_info;

typedef struct sy_example {
	char *zh, *en;
	char *symbol;     /* the document */
	char *paragraph;
} sy_example;

typedef struct sy_hit {
	char *match;      /* "exact", "prefix", "substring" or "fuzzy" */
	char *matched;    /* the term that matched the query */
	char *ref;        /* the concept's id, e.g. "c001" */
	char *domain, *note;
	sy_term_info *terms;
	size_t n_terms;
	char **sources;   /* "A/70/174", "S/2021/621 para. 5" */
	size_t n_sources;
	sy_example *examples;
	size_t n_examples;
} sy_hit;

typedef struct sy_hit_list {
	sy_hit *hits;
	size_t count;
} sy_hit_list;

typedef struct sy_lookup_options {
	size_t limit;         /* concepts at most (0: 10) */
	size_t examples;      /* example pairs per concept (0: 3; SY_NO_EXAMPLES: none) */
} sy_lookup_options;

#define SY_NO_EXAMPLES ((size_t)-1)

/*
 * Find a term, Chinese or English: exact matches first, then prefix, then
 * substring, then (only when nothing else matched) fuzzy ones. Traditional
 * and full-width Chinese, and English case and inflection, are folded.
 */
int sy_termbase_lookup(sy_termbase *tb, const char *query, const sy_lookup_options *opt,
		       sy_hit_list *out, sy_error *err);
void sy_hit_list_free(sy_hit_list *list);

/* The ids of matching terms only, without the details: for benchmarks. */
int sy_termbase_find(sy_termbase *tb, const char *query, int stage, long *ids, size_t max,
		     size_t *found, sy_error *err);
enum { SY_FIND_EXACT = 0, SY_FIND_PREFIX, SY_FIND_SUBSTRING, SY_FIND_FUZZY };

/* ---- concordance ------------------------------------------------------------ */

typedef struct sy_concord_line {
	char *zh, *en;
	char *symbol, *paragraph;
	long position;
	int side;            /* the side the word was found on: 0 zh, 1 en */
	size_t at, len;      /* where, in bytes, in that side's text */
} sy_concord_line;

typedef struct sy_concord_list {
	sy_concord_line *lines;
	size_t count;
} sy_concord_list;

int sy_termbase_concord(sy_termbase *tb, const char *word, size_t limit, sy_concord_list *out,
			sy_error *err);
void sy_concord_list_free(sy_concord_list *list);

/* ---- the translation memory, segment by segment ---------------------------- */

typedef struct sy_segment_row {
	const char *zh, *en;
	const char *document, *paragraph;
	const char *props;  /* kept from an imported TMX: "type<TAB>value" lines */
	long position;
	double score;
	int has_score;
} sy_segment_row;

/* Called for each stored segment with both sides, in document order; a
 * nonzero return stops the walk and is passed back. */
typedef int (*sy_segment_fn)(const sy_segment_row *row, void *userdata);

/* document NULL: all documents. Segments scored below min_score (when
 * they have a score) are skipped. */
int sy_termbase_each_segment(sy_termbase *tb, const char *document, double min_score,
			     sy_segment_fn fn, void *userdata, sy_error *err);

/* ---- the concepts, one by one ------------------------------------------------ */

typedef struct sy_term_row {
	const char *lang, *text, *status, *pos, *note, *pinyin;
	const char *sources;  /* "; "-separated document symbols, or "" */
} sy_term_row;

typedef struct sy_concept_row {
	const char *ref, *domain, *definition, *note;
	const sy_term_row *terms;
	size_t n_terms;
} sy_concept_row;

typedef int (*sy_concept_fn)(const sy_concept_row *concept, void *userdata);

/* Every concept with its terms, in the order they were added. */
int sy_termbase_each_concept(sy_termbase *tb, sy_concept_fn fn, void *userdata, sy_error *err);

/*
 * The term pairs a document can use: for each Chinese term found in zh (as
 * merge finds terms, folded), fn(zh_text, en_text, userdata) with each
 * English term of its concept; deprecated terms are left out. What the
 * aligner needs from a termbase, without reading every concept of a large
 * one.
 */
typedef int (*sy_term_pair_fn)(const char *zh, const char *en, void *userdata);
int sy_termbase_pairs_in(sy_termbase *tb, const sy_sentence_list *zh, sy_term_pair_fn fn,
			 void *userdata, sy_error *err);

/* ---- counts ----------------------------------------------------------------- */

typedef struct sy_termbase_stats {
	long concepts, terms, documents, segments;
} sy_termbase_stats;

int sy_termbase_stats_get(sy_termbase *tb, sy_termbase_stats *stats, sy_error *err);

#endif
