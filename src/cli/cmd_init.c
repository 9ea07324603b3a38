/*
 * cmd_init.c - shuyu init: create a termbase.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "shuyu/termbase.h"

static void help(void)
{
	puts("usage: shuyu [--db PATH] init [--empty]\n"
	     "\n"
	     "Create a termbase. It starts with the curated cyber-diplomacy glossary\n"
	     "(负责任国家行为 / responsible State behaviour, ...), unless --empty is\n"
	     "given. merge and import create a termbase too, when there is none.\n"
	     "Running init on an existing termbase changes nothing.\n"
	     "\n"
	     "Options:\n"
	     "  --empty      start without the curated glossary (to judge term\n"
	     "               extraction on its own, say)\n"
	     "  -h, --help   show this help\n"
	     "\n"
	     "Example:\n"
	     "  shuyu --db project.sqlite init");
}

int cmd_init(int argc, char **argv)
{
	static const struct option options[] = {
		{"empty", no_argument, NULL, 'e'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	sy_termbase *tb;
	sy_termbase_stats stats;
	sy_error err = {0, ""};
	int c, flags = SY_TB_CREATE, status;

	while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		switch (c) {
		case 'e':
			flags |= SY_TB_EMPTY;
			break;
		case 'h':
			help();
			return cli_finish_output(EXIT_OK);
		default:
			return cli_usage_error("init", "unknown option");
		}
	}
	if (optind < argc)
		return cli_usage_error("init", "init takes no file; name the termbase with --db PATH");
	status = cli_open_termbase(&tb, flags);
	if (status)
		return status;
	if (sy_termbase_stats_get(tb, &stats, &err)) {
		status = cli_fail(&err);
	} else {
		printf("%s: %ld concepts, %ld terms, %ld documents, %ld segments\n", sy_termbase_path(tb),
		       stats.concepts, stats.terms, stats.documents, stats.segments);
	}
	sy_termbase_close(tb);
	return cli_finish_output(status);
}
