/*
 * fold.h - the keys by which terms are stored and found.
 *
 * A translator types 負責任國家行為 or 负责任国家行为, "Confidence-building
 * measure" or "confidence-building measures"; each pair must find the same
 * term. Folding turns text into a key where such differences vanish:
 *
 *   Chinese  traditional → simplified (ICU's Traditional-Simplified table,
 *            generated at build time), full-width → half-width, Latin
 *            letters lower-cased, white space removed;
 *   English  full-width → half-width, lower case, each word replaced by its
 *            lemma (Hunspell en_GB: activities → activity), words joined by
 *            one space.
 *
 * Ownership: sy_fold_* return malloc'd strings the caller frees. A
 * lemmatizer is opened once and closed with sy_lemmatizer_close; the strings
 * it returns belong to it and live as long as it does.
 */
#ifndef SHUYU_FOLD_H
#define SHUYU_FOLD_H

#include <stddef.h>
#include "error.h"

typedef struct sy_lemmatizer sy_lemmatizer;

/*
 * Open Hunspell's en_GB dictionary from dict_dir (NULL: $SHUYU_HUNSPELL_DIR,
 * else /usr/share/hunspell). Loading takes some 60 ms; keep it open.
 */
int sy_lemmatizer_open(sy_lemmatizer **out, const char *dict_dir, sy_error *err);
void sy_lemmatizer_close(sy_lemmatizer *lm);

/*
 * The lemma of one lower-case English word ("measures" → "measure"). Words
 * Hunspell does not know come back unchanged, and so do words that end in
 * no inflection (sy_lemma_may_fold), without asking Hunspell; words without
 * a letter (2021) come back as NULL: keep them as they are. Cached: a word
 * type costs one Hunspell call until the cache, bounded, starts again. The
 * string is valid until the next call of sy_lemma on the same lemmatizer.
 */
const char *sy_lemma(sy_lemmatizer *lm, const char *word, size_t len);

/*
 * Could sy_lemma give back another word than this one? Only an inflection
 * folds away: a word that ends in none of -s, -d, -ing and -s' comes back
 * as it is, whatever Hunspell knows ("sovereignty", "quantum", "5g"). So a
 * lookup that meets such a word for the first time need not load Hunspell
 * to fold it. Needs no lemmatizer.
 */
int sy_lemma_may_fold(const char *word, size_t len);

/* Does Hunspell's en_GB dictionary know this word as spelt? */
int sy_lemmatizer_knows(sy_lemmatizer *lm, const char *word);

/* Does the text contain a Han character? (Then it is folded as Chinese.) */
int sy_has_han(const char *text, size_t len);

/* The Chinese key of text. */
int sy_fold_zh(const char *text, size_t len, char **out, sy_error *err);

/*
 * The English key of text. lm may be NULL: then words are lower-cased but
 * not lemmatized.
 */
int sy_fold_en(sy_lemmatizer *lm, const char *text, size_t len, char **out, sy_error *err);

/*
 * The same with lemmas from elsewhere (the termbase keeps the lemmas of the
 * words it has seen, so that a lookup need not load Hunspell). lemma_of
 * returns the lemma of a lower-case word, or NULL to keep the word.
 */
typedef const char *(*sy_lemma_fn)(void *userdata, const char *word, size_t len);
int sy_fold_en_with(sy_lemma_fn lemma_of, void *userdata, const char *text, size_t len, char **out,
		    sy_error *err);

/* Traditional → simplified for one code point (itself when no mapping). */
unsigned int sy_simplified(unsigned int c);

#endif
