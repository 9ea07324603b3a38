/*
 * cmd_lookup.c - shuyu lookup: a term, its equivalents and where it is used.
 */
#define _GNU_SOURCE /* strcasestr */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "shuyu/termbase.h"

static void help(void)
{
	puts("usage: shuyu [--db PATH] lookup [options] TERM\n"
	     "\n"
	     "Look a term up, in Chinese or in English. Exact matches come first,\n"
	     "then terms that start with it, then terms that contain it, and, when\n"
	     "nothing else matches, terms spelled nearly alike. Traditional\n"
	     "characters find simplified ones, full-width letters find half-width\n"
	     "ones, and English case and plurals do not matter.\n"
	     "\n"
	     "Each concept found shows its terms in both languages with their\n"
	     "status (preferred, admitted, deprecated, candidate), pinyin, domain,\n"
	     "note, sources, how many stored segments use each term, and example\n"
	     "sentence pairs from the translation memory.\n"
	     "\n"
	     "Options:\n"
	     "  --json          print the result as JSON, for scripts\n"
	     "  -n, --limit N   show at most N concepts (default 10)\n"
	     "  -x, --examples N  example pairs per concept (default 3; 0 for none)\n"
	     "  -h, --help      show this help\n"
	     "\n"
	     "When the termbase has no such term but the stored sentences hold the\n"
	     "words, it says so: 'shuyu concord' shows them.\n"
	     "\n"
	     "Exit status: 0 found, 1 not found (or a problem), 2 usage error.\n"
	     "\n"
	     "Examples:\n"
	     "  shuyu lookup 负责任国家行为\n"
	     "  shuyu lookup \"confidence-building measure\"\n"
	     "  shuyu lookup --json 網絡空間");
}

static void json_field(const char *name, const char *value, int comma)
{
	printf("\"%s\": ", name);
	cli_json_string(stdout, value, strlen(value));
	if (comma)
		fputs(", ", stdout);
}

static void print_json(const sy_hit_list *list)
{
	size_t i, k;

	puts("[");
	for (i = 0; i < list->count; i++) {
		const sy_hit *h = &list->hits[i];
		fputs("  {", stdout);
		json_field("match", h->match, 1);
		json_field("matched", h->matched, 1);
		json_field("concept", h->ref, 1);
		json_field("domain", h->domain, 1);
		json_field("note", h->note, 1);
		fputs("\"terms\": [", stdout);
		for (k = 0; k < h->n_terms; k++) {
			const sy_term_info *t = &h->terms[k];
			fputs(k ? ", {" : "{", stdout);
			json_field("lang", t->lang, 1);
			json_field("text", t->text, 1);
			json_field("status", t->status, 1);
			json_field("pinyin", t->pinyin, 1);
			json_field("note", t->note, 1);
			printf("\"frequency\": %ld}", t->frequency);
		}
		fputs("], \"sources\": [", stdout);
		for (k = 0; k < h->n_sources; k++) {
			if (k)
				fputs(", ", stdout);
			cli_json_string(stdout, h->sources[k], strlen(h->sources[k]));
		}
		fputs("], \"examples\": [", stdout);
		for (k = 0; k < h->n_examples; k++) {
			const sy_example *x = &h->examples[k];
			fputs(k ? ", {" : "{", stdout);
			json_field("document", x->symbol, 1);
			json_field("paragraph", x->paragraph, 1);
			json_field("zh", x->zh, 1);
			json_field("en", x->en, 0);
			putchar('}');
		}
		printf("]}%s\n", i + 1 < list->count ? "," : "");
	}
	puts("]");
}

/* Print text with the first of the concept's terms in lang highlighted
 * (bold on a terminal; left plain in a pipe). */
static void print_highlighted(const char *text, const sy_hit *h, const char *lang, int colour)
{
	const char *best = NULL;
	size_t best_len = 0, k;

	for (k = 0; colour && k < h->n_terms; k++) {
		const char *at;
		if (strcmp(h->terms[k].lang, lang))
			continue;
		at = strcmp(lang, "en") ? strstr(text, h->terms[k].text)
					: strcasestr(text, h->terms[k].text);
		if (at && (!best || at < best)) {
			best = at;
			best_len = strlen(h->terms[k].text);
		}
	}
	if (!best) {
		fputs(text, stdout);
		return;
	}
	fwrite(text, 1, (size_t)(best - text), stdout);
	fputs("\033[1;33m", stdout);
	fwrite(best, 1, best_len, stdout);
	fputs("\033[0m", stdout);
	fputs(best + best_len, stdout);
}

static void print_text(const sy_hit_list *list)
{
	int colour = cli_stdout_is_terminal();
	const char *bold = colour ? "\033[1m" : "", *dim = colour ? "\033[2m" : "";
	const char *plain = colour ? "\033[0m" : "";
	size_t i, k;

	for (i = 0; i < list->count; i++) {
		const sy_hit *h = &list->hits[i];
		if (i)
			putchar('\n');
		printf("%s%s%s  %s(%s match; concept %s%s%s)%s\n", bold, h->matched, plain, dim, h->match,
		       h->ref, h->domain[0] ? ", " : "", h->domain, plain);
		for (k = 0; k < h->n_terms; k++) {
			const sy_term_info *t = &h->terms[k];
			printf("  %s  %s%s%s  %s", t->lang, bold, t->text, plain, t->status);
			if (t->pinyin[0])
				printf("  %s", t->pinyin);
			if (t->frequency)
				printf("  (%ld segment%s)", t->frequency, t->frequency == 1 ? "" : "s");
			if (t->note[0])
				printf("  %s— %s%s", dim, t->note, plain);
			putchar('\n');
		}
		if (h->note[0])
			printf("  note: %s\n", h->note);
		if (h->n_sources) {
			fputs("  sources: ", stdout);
			for (k = 0; k < h->n_sources; k++)
				printf("%s%s", k ? "; " : "", h->sources[k]);
			putchar('\n');
		}
		for (k = 0; k < h->n_examples; k++) {
			const sy_example *x = &h->examples[k];
			printf("  %s%s%s%s%s\n", dim, x->symbol, x->paragraph[0] ? " para. " : "",
			       x->paragraph, plain);
			fputs("    ", stdout);
			print_highlighted(x->zh, h, "zh", colour);
			fputs("\n    ", stdout);
			print_highlighted(x->en, h, "en", colour);
			putchar('\n');
		}
	}
}

int cmd_lookup(int argc, char **argv)
{
	static const struct option options[] = {
		{"json", no_argument, NULL, 'j'},
		{"limit", required_argument, NULL, 'n'},
		{"examples", required_argument, NULL, 'x'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	sy_lookup_options opt = {10, 3};
	sy_termbase *tb;
	sy_hit_list list;
	sy_error err = {0, ""};
	int c, json = 0, status;

	while ((c = getopt_long(argc, argv, "n:x:h", options, NULL)) != -1) {
		switch (c) {
		case 'j':
			json = 1;
			break;
		case 'n':
		case 'x': {
			long v, least = c == 'n' ? 1 : 0;
			if (cli_number(optarg, least, 1000, &v))
				return cli_usage_error("lookup", "--%s needs a number from %ld to 1000",
						       c == 'n' ? "limit" : "examples", least);
			if (c == 'n')
				opt.limit = (size_t)v;
			else
				opt.examples = v ? (size_t)v : SY_NO_EXAMPLES;
			break;
		}
		case 'h':
			help();
			return cli_finish_output(EXIT_OK);
		default:
			return cli_usage_error("lookup", "unknown option");
		}
	}
	if (optind + 1 != argc)
		return cli_usage_error("lookup", "name one term to look up (quote it if it has spaces)");
	status = cli_open_termbase(&tb, SY_TB_CREATE);
	if (status)
		return status;
	if (sy_termbase_lookup(tb, argv[optind], &opt, &list, &err)) {
		status = cli_fail(&err);
		sy_termbase_close(tb);
		return status;
	}
	if (json)
		print_json(&list);
	else if (list.count)
		print_text(&list);
	if (!list.count && !json) {
		sy_concord_list lines = {NULL, 0};
		sy_error ignored = {0, ""};
		fprintf(stderr, "shuyu: '%s' is not in the termbase\n", argv[optind]);
		/* The next place a translator looks: the stored sentences. */
		if (!sy_termbase_concord(tb, argv[optind], 1, &lines, &ignored) && lines.count) {
			const char *q;
			/* Quoted for the shell, to be copied as it is: ' as '\''. */
			fputs("shuyu: it occurs in the stored sentences: shuyu concord '", stderr);
			for (q = argv[optind]; *q; q++) {
				if (*q == '\'')
					fputs("'\\''", stderr);
				else
					fputc(*q, stderr);
			}
			fputs("'\n", stderr);
		}
		sy_concord_list_free(&lines);
	}
	status = list.count ? EXIT_OK : EXIT_INPUT;
	sy_hit_list_free(&list);
	sy_termbase_close(tb);
	return cli_finish_output(status);
}
