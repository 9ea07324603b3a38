/*
 * align.h - sentence alignment of a Chinese document and its English
 * counterpart: which sentences translate which.
 *
 *   sentences (zh) ─┐
 *                   ├─align─▶ beads ─merge─▶ termbase
 *   sentences (en) ─┘
 *
 * A bead joins 0 to 4 sentences of one side with 0 to 4 of the other
 * (1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-4, 4-1, 2-3, 3-2, and 1-0 / 0-1 for a
 * sentence left untranslated). The aligner scores every bead on three
 * kinds of evidence, in one cost (negative log probability):
 *
 *  - length: Chinese characters against English characters, with the ratio
 *    and its spread (Gale & Church's model) estimated from the document;
 *  - words: each Chinese word (ICU word break) and its CC-CEDICT glosses
 *    against the English lemmas (Hunspell en_GB), both ways, where a match
 *    counts by how unlikely it is by chance (rare words count most);
 *    anchors (numbers, document symbols, Latin-script words, paragraph and
 *    list numbers, question marks) take part as words that translate
 *    themselves;
 *  - what the document teaches: translation probabilities (IBM Model 1,
 *    with the dictionary as prior) re-estimated from the confident beads of
 *    a first pass, then a second pass with them, as Moore (2002) does.
 *
 * How often each kind of bead occurs is also estimated from the document.
 * When both documents number their paragraphs the same way, paragraphs are
 * aligned first and sentences inside them. The search is coarse to fine: a
 * path over blocks of sentences, refined level by level in a narrow band,
 * so time and memory grow linearly with the length of the documents.
 *
 * Ownership: sy_aligner_new creates an aligner that sy_aligner_free frees;
 * it borrows the lexicon and the lemmatizer, which must outlive it (both
 * may be NULL: the aligner then works on length, anchors and what it
 * learns). sy_align fills a caller's sy_alignment that sy_alignment_free
 * releases. One aligner aligns one pair at a time.
 */
#ifndef SHUYU_ALIGN_H
#define SHUYU_ALIGN_H

#include <stddef.h>
#include "error.h"
#include "fold.h"
#include "lexicon.h"
#include "segment.h"

typedef struct sy_aligner sy_aligner;

typedef struct sy_align_options {
	double threshold;  /* beads scoring below are flagged (default 0.5; 1: all) */
	int passes;        /* 1: dictionary only; 2 (default): also learn from the document */
	int threads;       /* 0: as many as help (two); 1: no threads */
} sy_align_options;

/* Fill opt with the defaults. */
void sy_align_options_init(sy_align_options *opt);

typedef struct sy_bead {
	size_t zh_first, zh_count; /* Chinese sentences zh_first .. zh_first + zh_count - 1 */
	size_t en_first, en_count;
	double score;              /* posterior probability of the bead, 0..1 */
	int flagged;               /* score below the threshold: worth a look */
} sy_bead;

typedef struct sy_alignment {
	sy_bead *beads;
	size_t count;
	int parallel;          /* 0: the two documents do not look like translations */
	double evidence;       /* share of the matched beads that are 1-1 beads whose word
				* evidence beats 99% of random pairings of the sentences */
	double chance;         /* what a search free to pick among the candidates its band
				* offers would reach by chance; parallel = evidence > chance */
	double length_ratio;   /* Chinese characters per English character */
	double length_spread;  /* variance of that, per English character */
} sy_alignment;

int sy_aligner_new(sy_aligner **out, const sy_lexicon *lex, sy_lemmatizer *lm,
		   const sy_align_options *opt, sy_error *err);
void sy_aligner_free(sy_aligner *al);

/*
 * A known translation (a termbase entry, say): zh and en are a term and
 * its translation; a bead holding both gains as from a rare dictionary word.
 */
int sy_aligner_add_term(sy_aligner *al, const char *zh, const char *en, sy_error *err);

/*
 * Align. Either list may be empty (the other side's sentences then become
 * 1-0 or 0-1 beads). A pair that does not look parallel is still aligned,
 * with out->parallel set to 0: the caller decides what to do with it.
 */
int sy_align(sy_aligner *al, const sy_sentence_list *zh, const sy_sentence_list *en,
	     sy_alignment *out, sy_error *err);

void sy_alignment_free(sy_alignment *alignment);

/* Is a document Chinese? Counts Han characters against Latin letters. */
int sy_sentence_list_is_chinese(const sy_sentence_list *list);

#endif
