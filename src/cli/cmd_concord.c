/*
 * cmd_concord.c - shuyu concord: a word in context, over the translation
 * memory, with the other language beside it.
 */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "shuyu/termbase.h"

static void help(void)
{
	puts("usage: shuyu [--db PATH] concord [options] WORD\n"
	     "\n"
	     "Show every stored segment that contains WORD, the word in its context,\n"
	     "and the segment's translation below it: a bilingual concordance.\n"
	     "Chinese is found anywhere, as part of a longer word too. English is\n"
	     "found by whole words, in any case and inflection (\"measure\" also\n"
	     "finds \"measures\"); several words must stand together.\n"
	     "\n"
	     "Options:\n"
	     "  -n, --limit N   show at most N segments (default 50)\n"
	     "  -w, --width N   characters of context on each side (default 30)\n"
	     "  -h, --help      show this help\n"
	     "\n"
	     "Examples:\n"
	     "  shuyu concord 建立信任\n"
	     "  shuyu concord \"capacity-building\"");
}

/* Print at most width characters of s[from..to), from the right end when
 * from_right (the left context). */
static void print_context(const char *s, size_t from, size_t to, int width, int from_right)
{
	size_t i, start = from, end = to;
	int n = 0;

	if (from_right) {
		for (i = to; i > from && n < width; i--)
			if (((unsigned char)s[i - 1] & 0xC0) != 0x80)
				n++;
		start = i;
		while (start > from && ((unsigned char)s[start] & 0xC0) == 0x80)
			start--;
		if (start > from)
			fputs("…", stdout);
	} else {
		for (i = from; i < to && n < width; i++)
			if (((unsigned char)s[i] & 0xC0) != 0x80)
				n++;
		while (i < to && ((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		end = i;
	}
	fwrite(s + start, 1, end - start, stdout);
	if (!from_right && end < to)
		fputs("…", stdout);
}

int cmd_concord(int argc, char **argv)
{
	static const struct option options[] = {
		{"limit", required_argument, NULL, 'n'},
		{"width", required_argument, NULL, 'w'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	sy_termbase *tb;
	sy_concord_list list;
	sy_error err = {0, ""};
	long limit = 50, width = 30;
	int c, status;
	size_t i;
	int colour = cli_stdout_is_terminal();

	while ((c = getopt_long(argc, argv, "n:w:h", options, NULL)) != -1) {
		switch (c) {
		case 'n':
			if (cli_number(optarg, 1, LONG_MAX, &limit))
				return cli_usage_error("concord", "--limit needs a number above 0");
			break;
		case 'w':
			if (cli_number(optarg, 1, 1000, &width))
				return cli_usage_error("concord", "--width needs a number from 1 to 1000");
			break;
		case 'h':
			help();
			return cli_finish_output(EXIT_OK);
		default:
			return cli_usage_error("concord", "unknown option");
		}
	}
	if (optind + 1 != argc)
		return cli_usage_error("concord", "name one word to look for");
	status = cli_open_termbase(&tb, SY_TB_CREATE);
	if (status)
		return status;
	if (sy_termbase_concord(tb, argv[optind], (size_t)limit, &list, &err)) {
		status = cli_fail(&err);
		sy_termbase_close(tb);
		return status;
	}
	if (!list.count)
		fprintf(stderr, "shuyu: '%s' is not in the translation memory\n", argv[optind]);
	for (i = 0; i < list.count; i++) {
		const sy_concord_line *l = &list.lines[i];
		const char *hit_side = l->side ? l->en : l->zh, *other = l->side ? l->zh : l->en;
		size_t n = strlen(hit_side);

		printf("%s%s%s\n", l->symbol, l->paragraph[0] ? " para. " : "", l->paragraph);
		fputs("  ", stdout);
		print_context(hit_side, 0, l->at, (int)width, 1);
		fputs(colour ? "\033[1;33m" : "[", stdout);
		fwrite(hit_side + l->at, 1, l->len, stdout);
		fputs(colour ? "\033[0m" : "]", stdout);
		print_context(hit_side, l->at + l->len, n, (int)width, 0);
		putchar('\n');
		if (*other)
			printf("  %s\n", other);
	}
	status = list.count ? EXIT_OK : EXIT_INPUT;
	sy_concord_list_free(&list);
	sy_termbase_close(tb);
	return cli_finish_output(status);
}
