/*
 * import_target.c - the body shared by the importer fuzz targets
 * (fuzz_tmx.c, fuzz_tbx.c, fuzz_tsv.c): each input is written to a file with
 * the target's extension and given to sy_termbase_import, as 'shuyu import'
 * would.
 *
 * One termbase, opened at the first input and kept (opening one costs far
 * more than an import); it lives in a temporary folder removed at exit
 * (fuzz_open_termbase, which fuzz_matcher.c uses too). A
 * TMX without x-document props lands in the document "tmx:input.tmx" each
 * time, replacing the last, so the termbase stays small.
 *
 * Besides what ASan catches, the target checks the importer's promise: on
 * failure, nothing changed (the counts are as before) and the message is set.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "shuyu/import.h"
#include "shuyu/termbase.h"

int fuzz_import(const uint8_t *data, size_t size, const char *extension);
sy_termbase *fuzz_open_termbase(const char *extension);

static sy_termbase *termbase;
static char folder[64], db_path[128], input_path[128];

static void clean_up(void)
{
	char path[160];

	sy_termbase_close(termbase);
	termbase = NULL;
	unlink(input_path);
	unlink(db_path);
	snprintf(path, sizeof(path), "%s-wal", db_path);
	unlink(path);
	snprintf(path, sizeof(path), "%s-shm", db_path);
	unlink(path);
	rmdir(folder);
}

/* A new empty termbase in a temporary folder removed at exit, beside the
 * path an input with this extension is written to. */
sy_termbase *fuzz_open_termbase(const char *extension)
{
	const char *tmp = getenv("TMPDIR");
	sy_error err = {0, ""};

	snprintf(folder, sizeof(folder), "%s/shuyu-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(folder)) {
		perror("mkdtemp");
		abort();
	}
	snprintf(db_path, sizeof(db_path), "%s/termbase.sqlite", folder);
	snprintf(input_path, sizeof(input_path), "%s/input%s", folder, extension);
	if (sy_termbase_open(&termbase, db_path, SY_TB_CREATE | SY_TB_EMPTY, &err)) {
		fprintf(stderr, "fuzz: %s\n", err.message);
		abort();
	}
	atexit(clean_up);
	return termbase;
}

int fuzz_import(const uint8_t *data, size_t size, const char *extension)
{
	sy_termbase_stats before, after;
	sy_import_stats stats;
	sy_error err = {0, ""};
	FILE *f;

	if (!termbase)
		fuzz_open_termbase(extension);
	f = fopen(input_path, "wb");
	if (!f || fwrite(data, 1, size, f) != size || fclose(f)) {
		perror(input_path);
		abort();
	}
	if (sy_termbase_stats_get(termbase, &before, &err))
		abort();
	if (sy_termbase_import(termbase, input_path, &stats, NULL, NULL, &err)) {
		if (!err.message[0]) {
			fprintf(stderr, "fuzz: import failed (code %d) without a message\n", err.code);
			abort();
		}
		if (sy_termbase_stats_get(termbase, &after, &err))
			abort();
		if (memcmp(&before, &after, sizeof(before))) {
			fprintf(stderr, "fuzz: a failed import changed the termbase\n");
			abort();
		}
	}
	return 0;
}
