/*
 * fuzz_endict.c - libFuzzer target: any bytes as an English-Chinese
 * dictionary in ECDICT's CSV (what $SHUYU_ECDICT may name), read, asked a
 * few words, and its cache read back. Built by 'make fuzz'.
 *
 * The input is written to a file in $TMPDIR and opened; its cache goes
 * beside it. It must open or fail with a message naming the file; opened,
 * it is asked for words and phrases, then opened again (through the cache
 * it wrote) and must answer the same.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "shuyu/endict.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const words[] = {"wrongful", "Chargé d’affaires", "cover letter", "act", "a", "", "x y z"};

/* The items of each word, joined, into out (size bytes). */
static void answers(const sy_endict *d, char *out, size_t size)
{
	size_t w, i, n, at = 0;
	const char *zh[8];

	out[0] = '\0';
	for (w = 0; w < sizeof words / sizeof *words; w++) {
		n = sy_endict_lookup(d, words[w], strlen(words[w]), zh, 8);
		for (i = 0; i < n && i < 8; i++) {
			int k = snprintf(out + at, size - at, "%s|", zh[i]);
			if (k < 0 || (size_t)k >= size - at)
				return;
			at += (size_t)k;
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char path[512], cache[600];
	static char first[8192], second[8192];
	sy_endict *d = NULL;
	sy_error err = {0, ""};
	FILE *f;

	if (!path[0]) {
		const char *tmp = getenv("TMPDIR");
		snprintf(path, sizeof path, "%s/fuzz-endict-%ld.csv", tmp && *tmp ? tmp : "/tmp", (long)getpid());
		snprintf(cache, sizeof cache, "%s.shuyu-cache", path);
	}
	unlink(cache);
	f = fopen(path, "wb");
	if (!f)
		abort();
	if (size && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
	if (sy_endict_open(&d, path, &err)) {
		if (!err.message[0] || !strstr(err.message, path))
			abort(); /* a refusal names the file */
		return 0;
	}
	answers(d, first, sizeof first);
	if (sy_endict_size(d) > size)
		abort(); /* more headwords than bytes */
	sy_endict_close(d);
	if (sy_endict_open(&d, path, &err))
		abort(); /* read once, it reads again */
	answers(d, second, sizeof second);
	if (strcmp(first, second))
		abort(); /* the cache answers as the file did */
	sy_endict_close(d);
	unlink(cache);
	return 0;
}
