/*
 * main.c - the shuyu command: global options, then the table of commands.
 * Each command lives in its own cmd_<name>.c and is only argument parsing
 * plus calls into libshuyu.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "shuyu/termbase.h"
#include "shuyu/version.h"

static const struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
	int glance; /* reads a few hundred pages and is done: sy_termbase_cache_in_huge_pages */
} commands[] = {
	{"segment", cmd_segment, "split documents into sentences, one per line", 0},
	{"align", cmd_align, "find which sentences of a Chinese and an English document match", 0},
	{"merge", cmd_merge, "store a document (and its alignment) in the termbase", 0},
	{"lookup", cmd_lookup, "look a term up, Chinese or English", 1},
	{"concord", cmd_concord, "show a word in context, in both languages", 1},
	{"extract", cmd_extract, "propose new term pairs found in the stored documents", 0},
	{"term", cmd_term, "accept, reject or edit a proposed term pair", 0},
	{"export", cmd_export, "write the translation memory as TMX for a CAT tool", 0},
	{"import", cmd_import, "bring in TMX, TBX or glossary files from a CAT tool", 0},
	{"init", cmd_init, "create a termbase (with the curated glossary)", 0},
};

static void usage(FILE *out)
{
	size_t i;

	fprintf(out,
		"usage: shuyu [--db PATH] COMMAND [options] [args]\n"
		"\n"
		"shuyu (术语) helps translators who work between Chinese and English:\n"
		"it splits documents into sentences, aligns them, and keeps a termbase.\n"
		"\n"
		"Commands:\n");
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(out,
		"\n"
		"Options:\n"
		"  --db PATH     the termbase to use (default: $SHUYU_DB, else\n"
		"                $XDG_DATA_HOME/shuyu/termbase.sqlite)\n"
		"  --help        show this help; 'shuyu COMMAND --help' shows a command's\n"
		"  --version     show the version\n"
		"\n"
		"Example:\n"
		"  shuyu segment corpora/concept-note.zh.txt\n"
		"\n"
		"The manual: man shuyu (or man -l docs/shuyu.1 in the source tree).\n");
}

int main(int argc, char **argv)
{
	static const struct option options[] = {
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	size_t i;
	int c;

	cli_db_path = getenv("SHUYU_DB");
	/* "+" stops at the first non-option: the command name. */
	opterr = 0;
	while ((c = getopt_long(argc, argv, "+h", options, NULL)) != -1) {
		switch (c) {
		case 'd':
			cli_db_path = optarg;
			break;
		case 'h':
			usage(stdout);
			return cli_finish_output(EXIT_OK);
		case 'V':
			printf("shuyu %s\n", SY_VERSION);
			return cli_finish_output(EXIT_OK);
		default:
			return cli_usage_error(NULL, "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc) {
		usage(stderr);
		return EXIT_USAGE;
	}
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (!strcmp(argv[optind], commands[i].name)) {
			/* The command sees itself as argv[0], as git's builtins do;
			 * optind = 0 makes glibc's getopt start afresh. */
			int first = optind;
			if (commands[i].glance)
				sy_termbase_cache_in_huge_pages();
			optind = 0;
			opterr = 1;
			return commands[i].run(argc - first, argv + first);
		}
	}
	return cli_usage_error(NULL, "'%s' is not a shuyu command", argv[optind]);
}
