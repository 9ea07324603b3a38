/*
 * structure.h - the second stage: decoded lines become blocks.
 *
 *   lines ─structure─▶ blocks (heading, paragraph, item, footnote, line)
 *
 * A block is what a translator sees as one unit of the page: a heading
 * ("一. 目标", "I. Objective"), a numbered or unnumbered paragraph, a list
 * item ("(a)"), a footnote ("¹ A/65/201 ..."), or a short standalone line
 * (letterhead, date, title, signature). Numbers and markers are metadata,
 * not text: the block "5. 遗憾的是……" has number "5" and text "遗憾的是……".
 *
 * Two repairs happen here, because only this stage sees line breaks:
 *  - hard-wrapped prose (lines of similar width, 40 to 110 columns) is
 *    joined back into paragraphs; a line ending in ； or ： inside such a
 *    paragraph still ends a sentence, recorded as a forced break;
 *  - a paragraph cut by a page break ("(COVID-19)大" / blank / "流行进一步")
 *    is joined to its continuation: the first part has no final punctuation
 *    and the next block carries no number or marker and does not start as a
 *    new sentence would.
 *
 * The stage streams: it holds one block back (to see whether the next one
 * continues it) and at most a few hundred lines of a block being read.
 *
 * Ownership: sy_structure_new creates a parser that sy_structure_free frees.
 * A block passed to the callback, and everything it points to, is valid only
 * during the call.
 */
#ifndef SHUYU_STRUCTURE_H
#define SHUYU_STRUCTURE_H

#include <stddef.h>
#include "error.h"

typedef enum sy_block_kind {
	SY_BLOCK_PARAGRAPH = 0,
	SY_BLOCK_HEADING,
	SY_BLOCK_ITEM,
	SY_BLOCK_FOOTNOTE,
	SY_BLOCK_LINE, /* a short standalone line: letterhead, date, title, signature */
} sy_block_kind;

/* "paragraph", "heading", "item", "footnote", "line". */
const char *sy_block_kind_name(sy_block_kind kind);

/* Where a stretch of block text comes from in the decoded document. */
typedef struct sy_block_piece {
	size_t text_offset;   /* in sy_block.text */
	size_t source_offset; /* in the decoded text */
} sy_block_piece;

typedef struct sy_block {
	size_t id;              /* 0-based, in document order */
	sy_block_kind kind;
	const char *number;     /* "5", "一", "I", "(a)", "1" (footnote ¹), or "" */
	const char *text;       /* UTF-8, NUL-terminated, marker removed, lines joined */
	size_t text_len;
	size_t start, end;      /* the block's byte range in the decoded text */
	const size_t *breaks;   /* forced sentence ends, as offsets into text */
	size_t n_breaks;
	const sy_block_piece *pieces; /* sorted by text_offset; see sy_block_source_offset */
	size_t n_pieces;
} sy_block;

/* Map an offset in block->text to an offset in the decoded text. */
size_t sy_block_source_offset(const sy_block *block, size_t text_offset);

/* Called once per block; a nonzero return stops the parse and is passed back. */
typedef int (*sy_block_fn)(const sy_block *block, void *userdata);

typedef struct sy_structure sy_structure;

int sy_structure_new(sy_structure **out, sy_block_fn fn, void *userdata, sy_error *err);

/* Feed the next line (no line end) and where it starts in the decoded text. */
int sy_structure_line(sy_structure *st, const char *line, size_t len, size_t offset, sy_error *err);

/* No more lines: emit what is held back. */
int sy_structure_finish(sy_structure *st, sy_error *err);

void sy_structure_free(sy_structure *st);

#endif
