/*
 * reference.h - a general-language reference: how often each Chinese word
 * occurs in general text, for telling a document's terms from its free
 * combinations (domain specificity, "weirdness": Ahmad et al.; Kit and Liu
 * 2008 on the termhood of Chinese terms against a general corpus).
 *
 *   phrases ─extract (reference: word → general frequency)─▶ ranked pairs
 *
 * The reference is jieba's dictionary (MIT licence): one line per word,
 * "word frequency tag", counted over a general Chinese corpus (some 349,000
 * words, 60 million tokens). Like CC-CEDICT it is never shipped in the
 * repository: set-up fetches it to build/jieba/jieba.dict.utf8, and a user
 * may point $SHUYU_JIEBA at a copy. Extraction works without it.
 *
 * Ownership: sy_reference_open creates a reference that sy_reference_close
 * frees. A loaded reference is read-only.
 */
#ifndef SHUYU_REFERENCE_H
#define SHUYU_REFERENCE_H

#include <stddef.h>
#include "error.h"

typedef struct sy_reference sy_reference;

/* Load a word-frequency file (jieba.dict.utf8 format: "word freq [tag]"). */
int sy_reference_open(sy_reference **out, const char *path, sy_error *err);
void sy_reference_close(sy_reference *ref);

/*
 * The same, read on a thread of its own: it returns at once, and the first
 * question asked of the reference (or sy_reference_ready) waits for the
 * reading to end. Reading jieba's 349,000 words takes some 40 ms, which a
 * merge spends meanwhile aligning. Fails only when out of memory; a file
 * that cannot be read is reported by sy_reference_ready, and the reference
 * then lists no word.
 */
int sy_reference_open_background(sy_reference **out, const char *path, sy_error *err);

/* Wait for a reference read in the background; SY_OK, or why it could not
 * be read. At once for one opened by sy_reference_open, and for NULL. */
int sy_reference_ready(const sy_reference *ref, sy_error *err);

/* How often the word occurs in the reference corpus (0: not listed). */
double sy_reference_frequency(const sy_reference *ref, const char *word, size_t len);

/* Does the reference tag the word as a pronoun (jieba's "r": 我们, 本国,
 * 该国, 此类)? 0 when it does not, or does not list it. */
int sy_reference_pronoun(const sy_reference *ref, const char *word, size_t len);

/* Does the reference tag the word as a noun (jieba's "n", "nz", "ns" and
 * the other tags in n: 协商一致, 审查会议)? 0 when it does not, or does not
 * list it. */
int sy_reference_noun(const sy_reference *ref, const char *word, size_t len);

/* Does the reference tag the word as a noun or an adjective (jieba's "n..."
 * or "a...": 名额, 不限), the words a name is made of? 0 when it does not
 * (a verb, 参与), or does not list it. */
int sy_reference_nominal(const sy_reference *ref, const char *word, size_t len);

/* Does the reference tag the word as a verb or a function word (jieba's
 * "v...", "p", "d", "c", "u": 题为 "entitled", 按着 "according to")? 0 when
 * it does not (a noun, a place word: 树上), or does not list it. */
int sy_reference_verb_or_function(const sy_reference *ref, const char *word, size_t len);

/* The sum of all frequencies: the reference corpus's size in words. */
double sy_reference_total(const sy_reference *ref);

/*
 * Where the reference is, for a program whose executable lives in exe_dir
 * (may be NULL): $SHUYU_JIEBA when set; else exe_dir/jieba/jieba.dict.utf8
 * or exe_dir/../jieba/jieba.dict.utf8 (a build inside the build directory);
 * else exe_dir/../share/shuyu/jieba.dict.utf8. Fails with SY_EINPUT when
 * none can be read, or when $SHUYU_JIEBA names a file that cannot be read.
 */
int sy_reference_find_path(char *buf, size_t size, const char *exe_dir, sy_error *err);

#endif
