/*
 * decode.h - the first stage of the pipeline: bytes in any common encoding
 * become NFC-normalized UTF-8 text, delivered one line at a time.
 *
 *   bytes ─decode─▶ UTF-8 lines ─structure─▶ blocks ─segment─▶ sentences
 *
 * The encoding is found, in this order: a byte-order mark; a strict UTF-8
 * check of the first 64 KiB; ICU's charset detector; and, where the detector
 * is unsure (it guesses wildly on a line or two of Chinese), a strict trial
 * decode as GB18030 and then Big5, kept only when what comes out looks like
 * Chinese text. A caller may force an encoding instead.
 *
 * The reader streams: memory stays bounded by the longest line, whatever the
 * size of the file. CRLF and CR become LF; each line is NFC-normalized.
 *
 * Errors name the file and, for bad bytes, the line and the byte offset in
 * the file as it is on disk.
 *
 * Ownership: sy_reader_open* creates a reader that sy_reader_close frees.
 * The line returned by sy_reader_next_line belongs to the reader and is valid
 * until the next call. sy_decode returns a malloc'd string the caller frees.
 */
#ifndef SHUYU_DECODE_H
#define SHUYU_DECODE_H

#include <stddef.h>
#include "error.h"

typedef struct sy_decode_options {
	const char *encoding; /* NULL: detect; else a name such as "GB18030", "Big5", "UTF-16LE" */
	int lenient;          /* nonzero: replace invalid bytes with U+FFFD instead of failing */
} sy_decode_options;

typedef struct sy_reader sy_reader;

/* Open a file (path "-" reads standard input). */
int sy_reader_open(sy_reader **out, const char *path, const sy_decode_options *opt, sy_error *err);

/* Read from memory; name is used in messages. bytes must outlive the reader. */
int sy_reader_open_memory(sy_reader **out, const char *bytes, size_t len, const char *name,
			  const sy_decode_options *opt, sy_error *err);

/*
 * Next line, without its line end, NFC-normalized UTF-8, not NUL-terminated
 * (it may point into the reader's buffer). *offset is where the
 * line starts in the decoded text (lines joined by LF). At the end of input
 * returns SY_OK with *line set to NULL.
 */
int sy_reader_next_line(sy_reader *r, const char **line, size_t *len, size_t *offset, sy_error *err);

const char *sy_reader_encoding(const sy_reader *r); /* the encoding in use, e.g. "GB18030" */
const char *sy_reader_name(const sy_reader *r);     /* the file name given at open */
size_t sy_reader_replaced(const sy_reader *r);      /* bytes replaced by U+FFFD (lenient) */
void sy_reader_close(sy_reader *r);

/*
 * Detect the encoding of a sample of a document. *name is a static string.
 * Fails with SY_EINPUT when the bytes look binary or no encoding fits.
 */
int sy_detect_encoding(const char *bytes, size_t len, int truncated, const char **name,
		       const char *file, sy_error *err);

/* Decode a whole buffer to one NUL-terminated UTF-8 string (lines joined by LF). */
int sy_decode(const char *bytes, size_t len, const char *name, const sy_decode_options *opt,
	      char **out, size_t *out_len, sy_error *err);

/*
 * Strict UTF-8 check of s[0..len). Returns len when all is valid, otherwise
 * the offset of the first invalid byte. With truncated nonzero, a sequence cut
 * off by the end of the buffer counts as valid.
 */
size_t sy_utf8_valid_prefix(const char *s, size_t len, int truncated);

#endif
