/*
 * matcher.h - the termbase's term keys in memory, found in folded text.
 * Internal to libshuyu: merge.c finds each segment's terms with it.
 *
 * A handle keeps one matcher (tb->matcher) while neither another connection
 * has committed nor this one has changed a term. In a large termbase it is
 * also kept in the file, in the matcher_cache table (schema 8), so that a
 * new process reads it instead of building it from a million terms; any
 * change to the terms deletes that copy (triggers on term).
 */
#ifndef SHUYU_MATCHER_H
#define SHUYU_MATCHER_H

#include <stddef.h>

#include "termbase_internal.h"

typedef struct matcher matcher;

/* Term ids found in a text, each once, in the order found; and, when keys
 * is set, each key found added to it (pointing into the matcher). */
typedef struct found {
	long *ids;
	size_t count, cap;
	tb_keys *keys;
} found;

/* The handle's matcher, read from the file's copy or built from the
 * terms. It stays the handle's: the caller does not free it. */
int matcher_get(sy_termbase *tb, matcher **out, sy_error *err);

/* Would matcher_get give the matcher it gave last, neither made again nor
 * freed? */
int matcher_current(sy_termbase *tb);

/* Keep the handle's matcher in the file, when it is large enough to be
 * worth it (tb->matcher_cache_min terms) and the file's copy is not
 * already this one. Call inside a write transaction. */
int matcher_save(sy_termbase *tb, sy_error *err);

/* Does the matcher hold keys in English (english = 1) or Chinese (0)? */
int matcher_has_keys(const matcher *m, int english);

/* Add to out every term whose key is in text, a folded text (sy_fold_zh or
 * sy_fold_en). Reads only the matcher: threads may share it. Returns 0,
 * or -1 when out of memory. */
int matcher_scan(const matcher *m, int english, const char *text, size_t len, found *out);

#endif
