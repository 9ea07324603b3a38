/*
 * segment.h - the third stage: blocks become sentences, in Chinese and in
 * English; and the whole front of the pipeline in one call.
 *
 *   bytes ─decode─▶ lines ─structure─▶ blocks ─segment─▶ sentences
 *
 * ICU's sentence break iterator (with its standard suppressions) proposes the
 * breaks; our own rules then correct it where UN text needs more:
 *  - abbreviations (No., Art., para., e.g., i.e., Mr., Dr., U.S., initials)
 *    never end a sentence, nor do document symbols (S/PV.8144, A/RES/70/237)
 *    or decimals (ICU already keeps those whole);
 *  - a ？ or ! inside quotation marks does not end the sentence when the
 *    sentence goes on after the quote (“……威胁？”(见 S/2019/643)，几位……);
 *  - footnote markers (¹ ² ³) stay with the sentence they follow;
 *  - …… ends a sentence only where a new one clearly starts (a space or an
 *    opening quote follows);
 *  - a Chinese line that ends in ； or ： ends a sentence (the structure
 *    stage marks those breaks).
 *
 * Sentence text is the block text with runs of white space collapsed to one
 * space and the ends trimmed; start and end are byte offsets of the sentence
 * in the decoded text.
 *
 * Ownership: a sentence passed to a callback is valid during the call only.
 * sy_sentence_list owns copies of everything; sy_sentence_list_free frees it.
 */
#ifndef SHUYU_SEGMENT_H
#define SHUYU_SEGMENT_H

#include <stddef.h>
#include "decode.h"
#include "error.h"
#include "structure.h"

typedef struct sy_sentence {
	size_t index;            /* 0-based in the document */
	const char *text;        /* UTF-8, NUL-terminated */
	size_t len;
	size_t start, end;       /* byte range in the decoded text */
	const sy_block *block;   /* the block it comes from */
} sy_sentence;

typedef int (*sy_sentence_fn)(const sy_sentence *sentence, void *userdata);

typedef struct sy_segmenter sy_segmenter;

int sy_segmenter_new(sy_segmenter **out, sy_error *err);
void sy_segmenter_free(sy_segmenter *seg);

/* Split one block into sentences; fn is called for each in order. */
int sy_segment_block(sy_segmenter *seg, const sy_block *block, sy_sentence_fn fn, void *userdata,
		     sy_error *err);

/* The whole front of the pipeline over one reader (or one file), streaming. */
int sy_segment_reader(sy_reader *reader, sy_sentence_fn fn, void *userdata, sy_error *err);
int sy_segment_file(const char *path, const sy_decode_options *opt, sy_sentence_fn fn,
		    void *userdata, sy_error *err);

/* A document's sentences kept in memory, for the aligner and the termbase. */
typedef struct sy_sentence_rec {
	char *text;
	size_t len;
	size_t start, end;
	size_t block_id;
	sy_block_kind kind;
	char number[32];
} sy_sentence_rec;

typedef struct sy_sentence_list {
	sy_sentence_rec *items;
	size_t count, cap;
	char encoding[32]; /* the encoding the document was read in */
} sy_sentence_list;

/* Segment a file, or text in memory, into a list (initialized by the call). */
int sy_sentence_list_from_file(sy_sentence_list *list, const char *path,
			       const sy_decode_options *opt, sy_error *err);
int sy_sentence_list_from_memory(sy_sentence_list *list, const char *bytes, size_t len,
				 const char *name, const sy_decode_options *opt, sy_error *err);
/*
 * Presegmented text: one sentence per line, line n being sentence n (empty
 * lines included). Each sentence is its own paragraph block, unnumbered.
 */
int sy_sentence_list_from_lines(sy_sentence_list *list, const char *path,
				const sy_decode_options *opt, sy_error *err);
int sy_sentence_list_lines_from_memory(sy_sentence_list *list, const char *bytes, size_t len,
				       const char *name, const sy_decode_options *opt, sy_error *err);
void sy_sentence_list_free(sy_sentence_list *list);

#endif
