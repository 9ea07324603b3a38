/*
 * lemmatizer.h - the termbase's use of the English lemmatizer (fold.c):
 * Hunspell loaded only when a word needs it, lemmas asked of the
 * termbase's lemma table, and the lemmas Hunspell worked out handed back
 * to be written there. Internal to libshuyu.
 *
 * Hunspell's dictionary takes 50-130 ms to load in a fresh process, and
 * its stems another 10-20 us a word type; the lemma table already holds
 * the lemma of every word the termbase has folded. The termbase's
 * lemmatizer asks the table for a word it has not met (lemmatizer_ask_first)
 * and loads Hunspell only for a word the table lacks.
 *
 * Thread safety: as sy_lemma, one thread at a time; lemmatizer_load may
 * run on another thread while nothing else uses the lemmatizer.
 */
#ifndef SHUYU_LEMMATIZER_H
#define SHUYU_LEMMATIZER_H

#include <stddef.h>

#include "shuyu/fold.h"

/* A lemmatizer that loads Hunspell at the first word that needs it. Fails
 * at once, as sy_lemmatizer_open does, when the dictionary is missing. */
int lemmatizer_open_lazy(sy_lemmatizer **out, sy_error *err);

/* Load Hunspell now, if it is not loaded (for a thread: arg is the
 * lemmatizer). Returns NULL. */
void *lemmatizer_load(void *lm);
int lemmatizer_loaded(const sy_lemmatizer *lm);

/* The lemma sy_lemma would give, if the lemmatizer has it without
 * Hunspell: found 1 (*lemma NULL: the word is its own lemma, or has no
 * letter), else 0. A word sy_lemma_may_fold rejects is its own lemma. */
int lemmatizer_cached(sy_lemmatizer *lm, const char *word, size_t len, const char **lemma);

/* The lemma Hunspell and WordNet give word, folded to its fixed point
 * (malloc'd), or NULL when the word stays as it is; uncached, and asked
 * whether or not the word ends in an inflection. sy_lemma takes a word
 * that ends in none (sy_lemma_may_fold) for its own lemma without asking:
 * test_lemma_may_fold_admits_every_folded_word checks this against it. */
char *lemmatizer_fold(sy_lemmatizer *lm, const char *word, size_t len);

/* Remember word's lemma as sy_lemma gives it (from the lemma table). */
int lemmatizer_teach(sy_lemmatizer *lm, const char *word, size_t len, const char *lemma);

/* Before Hunspell, ask fn for the lemma of a word that may fold and is not
 * cached: the lemma (read before fn's next call), or NULL when fn does not
 * know it. fn runs on the thread that calls sy_lemma. */
void lemmatizer_ask_first(sy_lemmatizer *lm, const char *(*fn)(void *userdata, const char *word, size_t len),
			  void *userdata);

/* Keep each word Hunspell folds from now on, and hand them over: fn for
 * each word and its lemma since the last call, in the order found; the
 * list is then empty. Stops at fn's first non-zero return and gives it
 * back. */
void lemmatizer_keep_new(sy_lemmatizer *lm);
int lemmatizer_take_new(sy_lemmatizer *lm, int (*fn)(void *userdata, const char *word, const char *lemma),
			void *userdata);

#endif
