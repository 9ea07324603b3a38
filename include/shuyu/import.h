/*
 * import.h - bringing what CAT tools export into the termbase.
 *
 *   TMX (translation memory) ─┐
 *   TBX (terms)              ─┼─import─▶ termbase
 *   TSV, CSV (glossaries)    ─┘
 *
 * The format is taken from the file name (.tmx .tbx .tsv .txt .csv). XML is
 * read with libxml2's streaming reader, so a 1 GB TMX costs no more memory
 * than a small one. Files come from strangers, so the reader never touches
 * the network, never reads a DTD or an external entity, and refuses a file
 * that declares entities of its own (the "billion laughs" attack).
 *
 * TMX: each <tu> with a Chinese and an English <tuv> becomes a segment of
 * the translation memory (language codes in any case and form: zh-CN,
 * ZH-CN, zh-Hans, zh; en-US, EN-GB, en). Inline codes (<ph>, <bpt>, <ept>,
 * <it>) are dropped, the text of <hi> kept; <prop>s and <note>s are kept
 * with the segment. Units carrying shuyu's x-document prop return to their
 * document; the others form one document named after the file.
 * TBX: TBX-Basic (martif) and TBX v3 (tbx): concepts, terms, status, part
 * of speech, definition, notes, sources.
 * TSV: shuyu's glossary format (with its header) or OmegaT's (Chinese,
 * English, comment). CSV: the columns shuyu exports.
 *
 * One transaction per file: a malformed file changes nothing, and the error
 * names the file and the line.
 */
#ifndef SHUYU_IMPORT_H
#define SHUYU_IMPORT_H

#include <stddef.h>
#include "error.h"
#include "termbase.h"

typedef struct sy_import_stats {
	char format[8];       /* "tmx", "tbx", "tsv" or "csv" */
	size_t units;         /* TMX: translation units stored */
	size_t skipped;       /* TMX: units without both Chinese and English */
	size_t documents;     /* TMX: documents stored (or unchanged) */
	size_t unchanged;     /* TMX: documents already there with the same content */
	size_t concepts;      /* TBX, TSV, CSV: concepts read */
} sy_import_stats;

int sy_termbase_import(sy_termbase *tb, const char *path, sy_import_stats *stats,
		       sy_progress_fn progress, void *userdata, sy_error *err);

#endif
