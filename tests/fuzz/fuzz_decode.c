/*
 * fuzz_decode.c - libFuzzer target for the first stages of the pipeline:
 * any bytes through sy_reader_open_memory (every line read), sy_decode, and
 * sy_segment_reader (structure and sentence segmentation).
 *
 * The first byte chooses the options, so that one corpus reaches the
 * lenient path and the forced encodings as well as detection:
 *   bit 0     lenient (invalid bytes become U+FFFD instead of an error)
 *   bits 1-3  0-3 detect, 4 GB18030, 5 Big5, 6 UTF-16LE, 7 UTF-16BE
 * The rest is the document.
 *
 * Built by 'make fuzz' (see scripts/fuzz.sh); run one input by hand with
 *   build/fuzz/fuzz_decode FILE
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "shuyu/decode.h"
#include "shuyu/segment.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int touch_sentence(const sy_sentence *sentence, void *userdata)
{
	size_t *bytes = userdata;

	/* Read every byte the segmenter hands out, so that ASan sees it. */
	*bytes += strlen(sentence->text) + sentence->len;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const forced[8] = {NULL, NULL, NULL, NULL, "GB18030", "Big5", "UTF-16LE",
					      "UTF-16BE"};
	sy_decode_options opt = {NULL, 0};
	const char *bytes = (const char *)data;
	sy_reader *reader;
	sy_error err = {0, ""};
	char *text = NULL;
	size_t len, text_len, offset, total = 0;
	const char *line;

	if (size > 0) {
		opt.lenient = data[0] & 1;
		opt.encoding = forced[(data[0] >> 1) & 7];
		bytes++;
		size--;
	}

	if (sy_reader_open_memory(&reader, bytes, size, "fuzz", &opt, &err) == 0) {
		while (sy_reader_next_line(reader, &line, &len, &offset, &err) == 0 && line)
			total += len ? (unsigned char)line[len - 1] : 0;
		sy_reader_close(reader);
	}

	if (sy_decode(bytes, size, "fuzz", &opt, &text, &text_len, &err) == 0) {
		if (strlen(text) > text_len) /* NUL-terminated at text_len, never beyond */
			abort();
		free(text);
	}

	if (sy_reader_open_memory(&reader, bytes, size, "fuzz", &opt, &err) == 0) {
		sy_segment_reader(reader, touch_sentence, &total, &err);
		sy_reader_close(reader);
	}
	return total == (size_t)-1; /* keep total alive */
}
