/*
 * lexicon.h - CC-CEDICT, the Chinese-English dictionary the aligner reads
 * its first lexical evidence from.
 *
 *   sentences ─align (lexicon: Chinese word → English glosses)─▶ beads
 *
 * CC-CEDICT (CC BY-SA 4.0) is never shipped in the repository: set-up
 * fetches it to build/cedict/cedict_ts.u8, `make install` copies it to
 * <prefix>/share/shuyu/, and a user may point $SHUYU_CEDICT at a newer copy.
 * sy_lexicon_find_path says where a program should look, in that order.
 *
 * Loading reads the file once into memory and indexes each entry under its
 * simplified and its traditional headword (some 117,000 entries, about
 * 40 ms). Glosses are handed out as the file writes them ("/heaven/sky/"),
 * one string per entry; what to make of them (English words, lemmas) is the
 * caller's business, so that loading costs no Hunspell call at all.
 *
 * Ownership: sy_lexicon_open creates a lexicon that sy_lexicon_close frees.
 * Gloss strings belong to the lexicon and live as long as it does. A loaded
 * lexicon is read-only: several threads may look words up at once.
 */
#ifndef SHUYU_LEXICON_H
#define SHUYU_LEXICON_H

#include <stddef.h>
#include "error.h"

typedef struct sy_lexicon sy_lexicon;

/* Load a CC-CEDICT file (the cedict_ts.u8 format). */
int sy_lexicon_open(sy_lexicon **out, const char *path, sy_error *err);
void sy_lexicon_close(sy_lexicon *lex);

/* Number of entries loaded. */
size_t sy_lexicon_size(const sy_lexicon *lex);

/* The gloss string of entry i (0 <= i < sy_lexicon_size), NULL past the end. */
const char *sy_lexicon_gloss_at(const sy_lexicon *lex, size_t i);

/* The longest headword, in bytes: no lookup of a longer string can succeed. */
size_t sy_lexicon_max_word(const sy_lexicon *lex);

/* A number no other lexicon opened by this process has, for what is kept
 * from a lexicon between calls (a termbase handle keeps the tables the
 * phrase index derives from it): another lexicon opened at the address of
 * one closed is told apart. */
unsigned long sy_lexicon_serial(const sy_lexicon *lex);

/*
 * The glosses of a word (simplified or traditional), one string per
 * dictionary entry ("/heaven/sky/day/"): up to max of them are stored in
 * glosses; the return value is how many entries the word has (0: unknown).
 */
size_t sy_lexicon_lookup(const sy_lexicon *lex, const char *word, size_t len,
			 const char **glosses, size_t max);

/*
 * Whether some headword longer than len bytes begins with word[0..len)
 * (len ends at a character). 0: no lookup of a longer string that begins
 * so can succeed, and whoever tries every substring of a text can stop
 * there. It may answer 1 where no headword does (two prefixes can share a
 * hash), never 0 where one does.
 */
int sy_lexicon_begins_word(const sy_lexicon *lex, const char *word, size_t len);

/*
 * Where CC-CEDICT is, for a program whose executable lives in exe_dir (may
 * be NULL): $SHUYU_CEDICT when set; else exe_dir/cedict/cedict_ts.u8 (the
 * build directory, where set-up puts it) or exe_dir/../cedict/cedict_ts.u8
 * (a build inside it, such as build/asan); else
 * exe_dir/../share/shuyu/cedict_ts.u8 (an installed copy). Writes the first
 * path that can be read into buf. Fails with SY_EINPUT when none can, or
 * when $SHUYU_CEDICT names a file that cannot be read.
 */
int sy_lexicon_find_path(char *buf, size_t size, const char *exe_dir, sy_error *err);

#endif
