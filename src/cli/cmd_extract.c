/*
 * cmd_extract.c - shuyu extract: the new Chinese-English term pairs the
 * stored documents propose, best first.
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "shuyu/extract.h"
#include "shuyu/endict.h"
#include "shuyu/lexicon.h"
#include "shuyu/reference.h"
#include "shuyu/termbase.h"

static void help(void)
{
	puts("usage: shuyu [--db PATH] extract [options]\n"
	     "\n"
	     "Propose the Chinese-English term pairs that the stored documents\n"
	     "contain and the termbase does not have yet, best first. Each line\n"
	     "shows the candidate's number, the pair, its score, how many aligned\n"
	     "sentence pairs hold it, the documents, and an example.\n"
	     "Accept, reject or correct a candidate with shuyu term.\n"
	     "\n"
	     "Pairs are explained by CC-CEDICT ($SHUYU_CEDICT) and, for the English\n"
	     "it has no gloss for, by ECDICT ($SHUYU_ECDICT); set-up fetches both.\n"
	     "The termbase's own terms explain them too, so each pair you accept\n"
	     "helps the next extraction.\n"
	     "\n"
	     "Options:\n"
	     "  --doc SYMBOL      only what this document contains\n"
	     "  --min-freq N      only pairs seen in at least N sentence pairs\n"
	     "  --limit N         at most N candidates (default 50; 0: all)\n"
	     "  --all             list pairs the termbase already has too\n"
	     "  --json            one JSON object per candidate, for scripts\n"
	     "  -h, --help        show this help\n"
	     "\n"
	     "Example:\n"
	     "  shuyu extract --doc S/2021/621 --limit 20\n"
	     "  shuyu term accept 12 --status preferred");
}

static void print_json(const sy_candidate_list *list)
{
	size_t i;

	for (i = 0; i < list->count; i++) {
		const sy_candidate *c = &list->items[i];
		printf("{\"id\":%ld,\"zh\":", c->id);
		cli_json_string(stdout, c->zh, strlen(c->zh));
		fputs(",\"en\":", stdout);
		cli_json_string(stdout, c->en, strlen(c->en));
		fputs(",\"acronym\":", stdout);
		cli_json_string(stdout, c->acronym, strlen(c->acronym));
		printf(",\"score\":%.3f,\"translation\":%.2f,\"termhood\":%.2f,\"frequency\":%ld,"
		       "\"zh_frequency\":%ld,\"en_frequency\":%ld,\"known\":%s,\"documents\":",
		       c->score, c->translation, c->termhood, c->frequency, c->zh_frequency,
		       c->en_frequency, c->known ? "true" : "false");
		cli_json_string(stdout, c->documents, strlen(c->documents));
		fputs(",\"example\":{\"zh\":", stdout);
		cli_json_string(stdout, c->example_zh, strlen(c->example_zh));
		fputs(",\"en\":", stdout);
		cli_json_string(stdout, c->example_en, strlen(c->example_en));
		fputs("}}\n", stdout);
	}
}

/* The example sentence, with the term marked on a terminal. */
static void print_example(const char *text, const char *term, int english, int colour)
{
	const char *at = english ? strcasestr(text, term) : strstr(text, term);

	fputs("      ", stdout);
	if (!colour || !at) {
		puts(text);
		return;
	}
	fwrite(text, 1, (size_t)(at - text), stdout);
	printf("\033[1;33m%s\033[0m%s\n", term, at + strlen(term));
}

static void print_text(const sy_candidate_list *list)
{
	int colour = cli_stdout_is_terminal();
	const char *bold = colour ? "\033[1m" : "", *dim = colour ? "\033[2m" : "";
	const char *plain = colour ? "\033[0m" : "";
	size_t i;

	for (i = 0; i < list->count; i++) {
		const sy_candidate *c = &list->items[i];
		printf("%s#%-5ld%s %s%s%s  %s%s%s", dim, c->id, plain, bold, c->zh, plain, bold, c->en, plain);
		if (c->acronym[0])
			printf(" (%s)", c->acronym);
		printf("  %sscore %.2f, %ld pair%s%s%s%s%s\n", dim, c->score, c->frequency,
		       c->frequency == 1 ? "" : "s", c->documents[0] ? ", " : "", c->documents,
		       c->known ? ", in the termbase" : "", plain);
		print_example(c->example_zh, c->zh, 0, colour);
		print_example(c->example_en, c->en, 1, colour);
	}
}

int cmd_extract(int argc, char **argv)
{
	static const struct option options[] = {
		{"doc", required_argument, NULL, 'd'},
		{"min-freq", required_argument, NULL, 'm'},
		{"limit", required_argument, NULL, 'n'},
		{"all", no_argument, NULL, 'a'},
		{"json", no_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	sy_extract_options opt = {NULL, 1, 50, 0, NULL, NULL};
	sy_candidate_list list;
	sy_lexicon *lex = NULL;
	sy_reference *ref = NULL;
	sy_endict *endict = NULL;
	sy_termbase *tb;
	sy_error err = {0, ""};
	int c, json = 0, status;
	long v;

	while ((c = getopt_long(argc, argv, "n:h", options, NULL)) != -1) {
		switch (c) {
		case 'd':
			opt.document = optarg;
			break;
		case 'm':
			if (cli_number(optarg, 1, LONG_MAX, &v))
				return cli_usage_error("extract", "--min-freq needs a number of 1 or more");
			opt.min_frequency = v;
			break;
		case 'n':
			if (cli_number(optarg, 0, LONG_MAX, &v))
				return cli_usage_error("extract", "--limit needs a number (0: all)");
			opt.limit = (size_t)v;
			break;
		case 'a':
			opt.all = 1;
			break;
		case 'j':
			json = 1;
			break;
		case 'h':
			help();
			return cli_finish_output(EXIT_OK);
		default:
			return cli_usage_error("extract", "unknown option");
		}
	}
	if (optind != argc)
		return cli_usage_error("extract", "extract takes no file: it reads the termbase");
	status = cli_open_termbase(&tb, SY_TB_CREATE);
	if (status)
		return status;
	status = cli_lexicon_open(&lex, argv[0]);
	if (!status)
		status = cli_reference_open(&ref, argv[0], 0);
	if (!status)
		status = cli_endict_open(&endict, argv[0]);
	if (status) {
		sy_reference_close(ref);
		sy_lexicon_close(lex);
		sy_termbase_close(tb);
		return status;
	}
	opt.reference = ref;
	opt.endict = endict;
	if (sy_termbase_extract(tb, lex, &opt, &list, &err)) {
		status = cli_fail(&err);
	} else {
		if (json)
			print_json(&list);
		else
			print_text(&list);
		if (!list.count && !json)
			fprintf(stderr, "shuyu: no new term pairs%s%s (merge a document with its English first)\n",
				opt.document ? " in " : "", opt.document ? opt.document : "");
		sy_candidate_list_free(&list);
	}
	sy_endict_close(endict);
	sy_reference_close(ref);
	sy_lexicon_close(lex);
	sy_termbase_close(tb);
	return cli_finish_output(status);
}
