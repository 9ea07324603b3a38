/*
 * synonyms.h - WordNet 3.0's senses of English words: a word's most common
 * sense, and the senses of the words WordNet gives as derivationally
 * related to it in that sense, or as what it pertains to. Term extraction
 * asks it about the words of a CC-CEDICT gloss and the English words left
 * unexplained beside them, where UN English writes a synonym or a derived
 * form of the dictionary's word (专题 "specific topic" / thematic: topic
 * and theme share their most common sense, and thematic is derived from
 * theme). The English lemmatizer (fold.c) asks it for a word's base
 * forms, to choose among Hunspell's stems. Internal to libshuyu.
 *
 * WordNet is read through its C library (libwordnet, Debian's
 * wordnet-dev), from the files of wordnet-base (/usr/share/wordnet, or
 * the directory WNSEARCHDIR names). The library keeps global state and is
 * not thread-safe: every call here holds one lock. It also cuts lines with
 * strtok, whose state is the whole process's: a program that calls strtok
 * on another thread while extraction runs would have it clobbered. Without
 * the files, or with an index file cut short or garbled, there are no
 * senses (every call answers 0), and extraction goes on without synonyms.
 *
 * Ownership: nothing is handed out but numbers.
 */
#ifndef SHUYU_SYNONYMS_H
#define SHUYU_SYNONYMS_H

#include <stddef.h>
#include <stdint.h>

/* A sense: one synset of WordNet, as its part of speech and its offset
 * in that part's data file; never 0. */
typedef uint64_t synonyms_sense;

/* Is WordNet there? Opens it the first time. 1 yes, 0 no. */
int synonyms_available(void);

/* The most common sense of word[0..n) (case folded): the first sense of
 * the part of speech whose first sense WordNet's sense-tagged corpus
 * counts most often. 1 and *sense, or 0 when WordNet lacks the word (or
 * is missing). */
int synonyms_main_sense(const char *word, size_t n, synonyms_sense *sense);

/* The most common sense of word[0..n) first, then the senses of the words
 * WordNet gives as derivationally related to it in that sense, or as what
 * it pertains to (thematic: its own, then the synset of theme, topic and
 * subject). WordNet links derived forms both ways: theme gives thematic's
 * sense as well. Then each of its senses as an adjective, and for a
 * satellite the head it is similar to (critical: "critical, decisive",
 * and "crucial, important"). Up to max of them in senses; how many (0
 * when WordNet lacks the word). Two words are related when the first's
 * most common sense is among the second's. */
size_t synonyms_senses_of(const char *word, size_t n, synonyms_sense *senses, size_t max);

/* Is sense an adjective's? */
int synonyms_adjective(synonyms_sense sense);

/* The head an adjective satellite sense is similar to; 0 for any other. */
synonyms_sense synonyms_head_of(synonyms_sense sense);

/* Does WordNet list the two words first[0..n1) and second[0..n2) (case
 * folded) as one noun (developing country, operating system; not
 * strengthening cooperation)? 1 yes, 0 no (or WordNet is missing). */
int synonyms_is_compound_noun(const char *first, size_t n1, const char *second, size_t n2);

/* The base forms WordNet gives the inflected word word[0..n) (case
 * folded) as a noun, a verb or an adjective, in lower case, each once, up
 * to max of them (used: use; aided: aid; bases: basis and base;
 * assessed: assess), as its morphstr gives them, from the hashed
 * exception lists and index; how many (0 when WordNet is missing). */
#define SYNONYMS_WORD 64
size_t synonyms_base_forms(const char *word, size_t n, char (*bases)[SYNONYMS_WORD], size_t max);

/* Is a noun sense of hyper[0..hn) the direct hypernym of a noun sense of
 * word[0..n) or of its base form (case folded): partnerships and
 * relationship, friendship and relationship; not relationship and
 * partnership, nor partnership and entity, which is no direct one? 1 yes,
 * 0 no (or WordNet is missing). */
int synonyms_hypernym_of(const char *word, size_t n, const char *hyper, size_t hn);
/* Does WordNet list the one word word[0..n) (case folded) as written, in
 * any part of speech (assess, news, building)? 1 yes, 0 no (or WordNet is
 * missing). */
int synonyms_lists(const char *word, size_t n);

/* Does WordNet know the one word word[0..n) (case folded), as written or
 * as an inflection of a word it lists, as a verb and as nothing else
 * (protect, called, opposes; not support, which is a noun too, nor a word
 * it lacks)? 1 yes, 0 no (or WordNet is missing). */
int synonyms_only_verb(const char *word, size_t n);

/* Does WordNet know the one word word[0..n) (case folded), as written or
 * as an inflection of a word it lists, as a verb, whatever else it is
 * (lies: lie; support)? 1 yes, 0 no (or WordNet is missing). */
int synonyms_verb(const char *word, size_t n);

/* Does WordNet's list of irregular verb forms (verb.exc) give the word
 * word[0..n) (case folded) a base other than itself (held: hold; made:
 * make; sought: seek)? Then 1, and the first such base in base[0..size);
 * 0 when it does not, when the base does not fit, or WordNet is missing. */
int synonyms_irregular_verb_form(const char *word, size_t n, char *base, size_t size);

/* The same for an adverb: words[0..n), one word or a collocation WordNet
 * writes with underscores (deliberately, on purpose; not deliberate, an
 * adjective). */
int synonyms_only_adverb(const char *words, size_t n);

#endif
