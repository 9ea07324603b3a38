/*
 * cmd_import.c - shuyu import: TMX, TBX, TSV or CSV into the termbase.
 */
#include <getopt.h>
#include <stdio.h>

#include "cli.h"
#include "shuyu/import.h"
#include "shuyu/termbase.h"

static void help(void)
{
	puts("usage: shuyu [--db PATH] import FILE...\n"
	     "\n"
	     "Bring into the termbase what a CAT tool exported:\n"
	     "  .tmx        translation memory (TMX, any version; UTF-8 or UTF-16)\n"
	     "  .tbx        terms (TBX-Basic or TBX v3)\n"
	     "  .tsv .txt   a glossary: OmegaT's (Chinese, English, comment) or\n"
	     "              shuyu's own (id, zh, en, domain, status, note, source)\n"
	     "  .csv        terms as 'shuyu export --format csv' writes them\n"
	     "\n"
	     "Each file goes in whole or not at all: a malformed file is reported\n"
	     "with its line and changes nothing. Importing the same file again adds\n"
	     "nothing. XML entities and DTDs in the files are never read.\n"
	     "\n"
	     "Options:\n"
	     "  -h, --help   show this help\n"
	     "\n"
	     "Example:\n"
	     "  shuyu import project/tm/trados-export.tmx omegat/glossary/cyber.txt");
}

int cmd_import(int argc, char **argv)
{
	static const struct option options[] = {
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	sy_termbase *tb;
	int c, i, status = EXIT_OK;

	while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		switch (c) {
		case 'h':
			help();
			return cli_finish_output(EXIT_OK);
		default:
			return cli_usage_error("import", "unknown option");
		}
	}
	if (optind >= argc)
		return cli_usage_error("import", "name at least one file to import");
	status = cli_open_termbase(&tb, SY_TB_CREATE);
	if (status)
		return status;
	for (i = optind; i < argc; i++) {
		sy_import_stats stats;
		sy_error err = {0, ""};

		if (sy_termbase_import(tb, argv[i], &stats, cli_progress, "importing", &err)) {
			status = cli_fail(&err);
			continue;
		}
		if (stats.format[1] == 'm') /* tmx */
			fprintf(stderr,
				"shuyu: %s: %zu translation units in %zu document%s (%zu unchanged); "
				"%zu units without both Chinese and English skipped\n",
				argv[i], stats.units, stats.documents, stats.documents == 1 ? "" : "s",
				stats.unchanged, stats.skipped);
		else
			fprintf(stderr, "shuyu: %s: %zu entries\n", argv[i], stats.concepts);
	}
	sy_termbase_close(tb);
	return cli_finish_output(status);
}
