/*
 * tmx.h - writing translation memory as TMX 1.4b, the exchange format every
 * CAT tool reads (OmegaT, Trados, memoQ).
 *
 *   beads / stored segments ─▶ TMX 1.4b (libxml2's xmlTextWriter, streaming)
 *
 * The header names shuyu as creation tool, segtype="sentence",
 * datatype="plaintext", adminlang="en" and the source language; each <tu>
 * holds one Chinese and one English <tuv> (BCP 47: zh-CN, en) and, as
 * <prop>s, where it comes from: document, position, paragraph, score.
 * libxml2 escapes the text; characters XML 1.0 forbids (control codes) are
 * dropped, since no CAT tool would open the file otherwise.
 *
 * Ownership: sy_tmx_writer_open creates a writer; sy_tmx_writer_close
 * finishes the file and frees it, and must be called even after an error.
 */
#ifndef SHUYU_TMX_H
#define SHUYU_TMX_H

#include "error.h"

typedef struct sy_tmx_writer sy_tmx_writer;

/* Where a unit comes from; any field may be NULL (or position < 0). */
typedef struct sy_tmx_unit {
	const char *zh, *en;
	const char *document;
	long position;
	const char *paragraph;
	double score;
	int has_score;
	const char *props;  /* more <prop>s and <note>s: "type<TAB>value" lines ("note" for a note) */
} sy_tmx_unit;

/* path NULL or "-": standard output. srclang: "zh-CN" or "en". */
int sy_tmx_writer_open(sy_tmx_writer **out, const char *path, const char *srclang, sy_error *err);
int sy_tmx_write_unit(sy_tmx_writer *w, const sy_tmx_unit *unit, sy_error *err);
int sy_tmx_writer_close(sy_tmx_writer *w, sy_error *err);

#endif
