/*
 * align_text.h - what the aligner reads in a sentence: words as types with
 * counts, anchors, lengths. Internal to libshuyu (see align.h).
 *
 * English: words lower-cased and lemmatized (Hunspell en_GB through
 * sy_lemma), function words left out. Chinese: words by ICU's word break
 * iterator over runs of Han characters. Both: numbers ("#2021"), document
 * symbols ("#s/2021/621"), question marks ("#?"), and the number of the
 * paragraph, heading, list item or footnote a block opens with ("#p:5",
 * "#h:1", "#i:a", "#f:1"); Latin-script words inside Chinese text are
 * lower-cased, so that they meet the same word on the English side.
 *
 * Ownership: an align_side owns everything in it; align_side_free frees it.
 */
#ifndef SHUYU_ALIGN_TEXT_H
#define SHUYU_ALIGN_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "shuyu/fold.h"
#include "shuyu/segment.h"

/* Strings to small integers. */
typedef struct align_vocab {
	char **words;
	size_t count, cap;
	uint32_t *slots; /* id + 1; 0 = empty */
	size_t n_slots;
} align_vocab;

int align_vocab_add(align_vocab *v, const char *word, size_t len, uint32_t *id);
long align_vocab_find(const align_vocab *v, const char *word, size_t len);
void align_vocab_free(align_vocab *v);

/* One word type of a sentence and how often it occurs there. */
typedef struct align_feat {
	uint32_t type, count;
} align_feat;

typedef struct align_side {
	size_t n;            /* sentences */
	size_t *first;       /* n + 1 offsets into feats; a sentence's feats are sorted by type */
	align_feat *feats;
	size_t n_feats, cap_feats;
	uint32_t *ntok;      /* tokens per sentence */
	double *len;         /* characters per sentence, spaces left out */
	double *latin;       /* of which Latin letters and digits (in Chinese text: English words, numbers) */
	align_vocab vocab;
	double *inv_p;       /* per type: total tokens / count, the inverse of its probability */
	uint32_t *df;        /* per type: sentences it occurs in */
	size_t max_feats;    /* most types in one sentence */
} align_side;

/* Tokenize a whole document. stop holds the function words to leave out;
 * terms, the Chinese sides of known translations (each becomes a type
 * "term:<zh>" in the sentences that contain it); both may be empty. */
int align_side_english(align_side *side, const sy_sentence_list *list, sy_lemmatizer *lm,
		       const align_vocab *stop);
int align_side_chinese(align_side *side, const sy_sentence_list *list, const align_vocab *stop,
		       char *const *terms, size_t n_terms);
void align_side_free(align_side *side);

/* The English function words, as a vocabulary. */
int align_stopwords(align_vocab *stop);

/*
 * Cut an English text (a gloss, a term) into lemmas the way English
 * sentences are cut; fn receives each lemma.
 */
typedef int (*align_word_fn)(const char *lemma, size_t len, void *userdata);
int align_english_words(const char *text, size_t len, sy_lemmatizer *lm, const align_vocab *stop,
			align_word_fn fn, void *userdata);

#endif
