/*
 * bench_segment.c - segmentation throughput beside a bare ICU loop.
 *
 *   bench_segment FILE [REPEAT]
 *
 * Times three things over the same file, best of REPEAT runs each:
 *  - bare ICU: one sentence break iterator over the whole text, nothing
 *    else (over UTF-16 and over UTF-8 through a UText; the faster counts);
 *  - shuyu: the whole front of the pipeline (read, detect, decode, NFC,
 *    structure, segment) through sy_segment_file, sentences counted.
 * Prints MB/s for each and the ratio shuyu / bare ICU.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include "shuyu/segment.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int count_block(const sy_block *b, void *userdata)
{
	(void)b;
	(*(size_t *)userdata)++;
	return 0;
}

/* The stages alone: decode only (structure 0), or decode and structure. */
static double time_stages(const char *path, int structure)
{
	sy_error err = {0, ""};
	sy_reader *reader;
	sy_structure *st = NULL;
	size_t blocks = 0;
	double t0 = now();

	if (sy_reader_open(&reader, path, NULL, &err))
		return -1;
	if (structure)
		sy_structure_new(&st, count_block, &blocks, &err);
	for (;;) {
		const char *line;
		size_t n, offset;
		if (sy_reader_next_line(reader, &line, &n, &offset, &err) || !line)
			break;
		if (st)
			sy_structure_line(st, line, n, offset, &err);
	}
	if (st) {
		sy_structure_finish(st, &err);
		sy_structure_free(st);
	}
	sy_reader_close(reader);
	return now() - t0;
}

static int count_sentence(const sy_sentence *s, void *userdata)
{
	(void)s;
	(*(size_t *)userdata)++;
	return 0;
}

int main(int argc, char **argv)
{
	UErrorCode uerr = U_ZERO_ERROR;
	int repeat = argc > 2 ? atoi(argv[2]) : 3, r;
	double best_conv = 1e9, best_u16 = 1e9, best_u8 = 1e9, best_ours = 1e9, best_decode = 1e9, best_structure = 1e9, mb;
	size_t len, ours = 0, icu = 0;
	UChar *u16;
	int32_t u16_len;
	char *text;
	FILE *f;

	if (argc < 2) {
		fprintf(stderr, "usage: bench_segment FILE [REPEAT]\n");
		return 2;
	}
	f = fopen(argv[1], "rb");
	if (!f) {
		perror(argv[1]);
		return 1;
	}
	fseek(f, 0, SEEK_END);
	len = (size_t)ftell(f);
	fseek(f, 0, SEEK_SET);
	text = malloc(len + 1);
	if (!text || fread(text, 1, len, f) != len)
		return 1;
	fclose(f);
	mb = (double)len / 1e6;

	u16 = malloc(sizeof(UChar) * (len + 1));
	for (r = 0; r < repeat; r++) {
		UBreakIterator *bi;
		UText *ut = NULL;
		double t0 = now(), t;

		u_strFromUTF8(u16, (int32_t)len + 1, &u16_len, text, (int32_t)len, &uerr);
		t = now() - t0;
		if (t < best_conv)
			best_conv = t;
		t0 = now();

		bi = ubrk_open(UBRK_SENTENCE, "en@ss=standard", u16, u16_len, &uerr);
		for (icu = 0; ubrk_next(bi) != UBRK_DONE;)
			icu++;
		ubrk_close(bi);
		t = now() - t0;
		if (t < best_u16)
			best_u16 = t;

		t0 = now();
		ut = utext_openUTF8(NULL, text, (int64_t)len, &uerr);
		bi = ubrk_open(UBRK_SENTENCE, "en@ss=standard", NULL, 0, &uerr);
		ubrk_setUText(bi, ut, &uerr);
		for (icu = 0; ubrk_next(bi) != UBRK_DONE;)
			icu++;
		ubrk_close(bi);
		utext_close(ut);
		t = now() - t0;
		if (t < best_u8)
			best_u8 = t;

		t0 = now();
		{
			sy_error err = {0, ""};
			ours = 0;
			if (sy_segment_file(argv[1], NULL, count_sentence, &ours, &err)) {
				fprintf(stderr, "%s\n", err.message);
				return 1;
			}
		}
		t = now() - t0;
		if (t < best_ours)
			best_ours = t;
		t = time_stages(argv[1], 0);
		if (t < best_decode)
			best_decode = t;
		t = time_stages(argv[1], 1);
		if (t < best_structure)
			best_structure = t;
	}
	if (U_FAILURE(uerr)) {
		fprintf(stderr, "ICU: %s\n", u_errorName(uerr));
		return 1;
	}
	{
		double bare = best_u16 < best_u8 ? best_u16 : best_u8;
		printf("%-28s %8.1f MB  bare ICU %6.1f MB/s (UTF-16 %.1f, UTF-8 %.1f; %zu breaks)  "
		       "shuyu %6.1f MB/s (%zu sentences)  ratio %.2f\n",
		       argv[1], mb, mb / bare, mb / best_u16, mb / best_u8, icu, mb / best_ours, ours,
		       bare / best_ours);
		printf("%-28s %8s     bare ICU with its UTF-8 to UTF-16 conversion: %.1f MB/s, ratio %.2f\n",
		       "", "", mb / (best_u16 + best_conv), (best_u16 + best_conv) / best_ours);
		printf("%-28s %8s     of which: decode %.1f ms, structure %.1f ms, segment %.1f ms "
		       "(all %.1f ms; bare ICU %.1f ms)\n",
		       "", "", best_decode * 1e3, (best_structure - best_decode) * 1e3,
		       (best_ours - best_structure) * 1e3, best_ours * 1e3, bare * 1e3);
	}
	free(u16);
	free(text);
	return 0;
}
