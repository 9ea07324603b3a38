/*
 * extract.h - bilingual term extraction: the termbase proposes the new
 * Chinese-English term pairs its translation memory contains.
 *
 *   merge ─▶ segments ─index─▶ phrase chunks ─extract─▶ ranked candidate pairs
 *                                                        │
 *                          term accept / reject / edit ◀─┘
 *
 * Indexing (done by `shuyu merge` as it stores its document, given
 * CC-CEDICT in sy_merge_doc.lex; else by sy_termbase_index_phrases; and by
 * extract for any segment not yet indexed, such as imported translation
 * memory) cuts each side of a segment into chunks: runs of words bounded by
 * punctuation and
 * function words. Chinese words come from ICU's dictionary word break, with
 * runs of single characters re-joined where CC-CEDICT knows the longer
 * word, and never split inside a term the termbase already has; English
 * words carry their Hunspell lemma, and "measures (CBMs)" ties the acronym
 * to the words it abbreviates. Conjunctions (和, 与, 及; and) and the
 * prepositions of English names (of, for, in, on, the) may stand inside a
 * candidate, never at its edge: 国际和平与安全, Charter of the United Nations.
 *
 * Extraction reads the chunks back, counts every candidate phrase of each
 * language (its C-value: frequency, less what longer candidates that
 * contain it explain), pairs the phrases that occur in the same aligned
 * segments, and scores each pair by
 *   - translation evidence: how much of each side CC-CEDICT's glosses of the
 *     Chinese words cover on the English side, and the reverse;
 *   - association: the Dice coefficient of the two phrases over segments;
 *   - termhood: C-value of both sides, frequency of the pair;
 * keeping for each phrase its best partner. Nothing is tuned to a document:
 * the frequencies come from the termbase's own translation memory.
 *
 * Candidates keep a stable id (one per Chinese/English key pair) so that
 * `shuyu term accept 12` means what the last listing showed; rejected pairs
 * are remembered and never proposed again.
 *
 * Ownership: a sy_candidate_list and every string in it belong to the caller,
 * freed with sy_candidate_list_free.
 */
#ifndef SHUYU_EXTRACT_H
#define SHUYU_EXTRACT_H

#include <stddef.h>
#include "error.h"
#include "lexicon.h"
#include "endict.h"
#include "reference.h"
#include "termbase.h"

/*
 * Cut the segments of one document (symbol; NULL: every document) that are
 * not yet indexed into phrase chunks and store them, in one transaction.
 * lex may be NULL (no dictionary: ICU's words are kept as they are); so
 * may ref, the general-language frequencies that settle where two
 * readings of the Chinese overlap (安全|带来 or 安全带|来).
 */
int sy_termbase_index_phrases(sy_termbase *tb, const sy_lexicon *lex, const sy_reference *ref,
			      const char *symbol, sy_error *err);

typedef struct sy_candidate {
	long id;              /* stable: give it to sy_termbase_decide */
	char *zh, *en;        /* as the text writes them */
	char *acronym;        /* "CBMs" when the text gives one, else "" */
	double score;         /* higher is better; about 0..10 */
	double translation;   /* 0..1: how well the dictionary explains the pair */
	double termhood;      /* C-value of the Chinese side (Frantzi et al. 2000) */
	long frequency;       /* aligned segments holding both */
	long zh_frequency, en_frequency;
	char *documents;      /* "; "-separated symbols */
	char *example_zh, *example_en;
	int known;            /* already in the termbase (listed with all only) */
} sy_candidate;

typedef struct sy_candidate_list {
	sy_candidate *items;
	size_t count;
} sy_candidate_list;

typedef struct sy_extract_options {
	const char *document; /* only this document's segments; NULL: all */
	long min_frequency;   /* pairs seen in fewer segments are left out (0: 1) */
	size_t limit;         /* at most this many (0: no limit) */
	int all;              /* list pairs the termbase already has too */
	/* general-language word frequencies (NULL: none; pairs the score cannot
	 * tell apart are then ordered by the document alone) */
	const sy_reference *reference;
	/* an English-Chinese dictionary, heard where CC-CEDICT is silent (NULL:
	 * CC-CEDICT alone) */
	const sy_endict *endict;
} sy_extract_options;

/*
 * Rank the candidate pairs of the stored translation memory. Indexes what is
 * not indexed yet and records the listed candidates' ids: it writes to the
 * termbase, in one transaction.
 */
int sy_termbase_extract(sy_termbase *tb, const sy_lexicon *lex, const sy_extract_options *opt,
			sy_candidate_list *out, sy_error *err);
void sy_candidate_list_free(sy_candidate_list *list);

enum { SY_TERM_ACCEPT, SY_TERM_REJECT, SY_TERM_EDIT };

typedef struct sy_term_decision {
	const char *zh, *en;   /* edit: the corrected terms (NULL: keep) */
	const char *status;    /* preferred, admitted (default), deprecated */
	const char *note;      /* may be NULL */
	const char *domain;    /* may be NULL */
	const char *concept;   /* add the terms to this concept (its id) instead of a new one */
} sy_term_decision;

/*
 * Accept (into the termbase, as a concept with both terms and the acronym),
 * reject (remembered, never proposed again) or edit-and-accept candidate id.
 * ref, when not NULL, receives the concept id of an accepted pair.
 */
int sy_termbase_decide(sy_termbase *tb, long id, int action, const sy_term_decision *d,
		       char *ref, size_t ref_size, sy_error *err);

#endif
