/*
 * cmd_export.c - shuyu export: the translation memory (TMX) for a CAT tool.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "shuyu/termbase.h"
#include "shuyu/tmx.h"

static void help(void)
{
	puts("usage: shuyu [--db PATH] export --format tmx [options]\n"
	     "\n"
	     "Write the translation memory as TMX 1.4b, one translation unit per\n"
	     "aligned sentence pair, for OmegaT, Trados or memoQ. Each unit says\n"
	     "which document and position it comes from.\n"
	     "\n"
	     "Options:\n"
	     "  --format tmx       the format (tmx)\n"
	     "  -o, --output FILE  write to FILE instead of standard output\n"
	     "  --doc SYMBOL       only this document\n"
	     "  --min-score X      only pairs the aligner scored X or more (0 to 1)\n"
	     "  -h, --help         show this help\n"
	     "\n"
	     "Example:\n"
	     "  shuyu export --format tmx --doc S/2021/621 -o omegat/tm/s-2021-621.tmx");
}

typedef struct export_state {
	sy_tmx_writer *tmx;
	sy_error *err;
	size_t count;
} export_state;

static int export_unit(const sy_segment_row *row, void *userdata)
{
	export_state *x = userdata;
	sy_tmx_unit u;

	u.zh = row->zh;
	u.en = row->en;
	u.document = row->document;
	u.position = row->position;
	u.paragraph = row->paragraph;
	u.score = row->score;
	u.has_score = row->has_score;
	x->count++;
	return sy_tmx_write_unit(x->tmx, &u, x->err);
}

int cmd_export(int argc, char **argv)
{
	static const struct option options[] = {
		{"format", required_argument, NULL, 'f'},
		{"output", required_argument, NULL, 'o'},
		{"doc", required_argument, NULL, 'd'},
		{"min-score", required_argument, NULL, 's'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *format = NULL, *output = NULL, *document = NULL;
	double min_score = 0.0;
	sy_termbase *tb;
	sy_error err = {0, ""};
	export_state x = {NULL, &err, 0};
	int c, status;

	while ((c = getopt_long(argc, argv, "o:h", options, NULL)) != -1) {
		switch (c) {
		case 'f':
			format = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		case 'd':
			document = optarg;
			break;
		case 's': {
			char *end;
			min_score = strtod(optarg, &end);
			if (*end || min_score < 0 || min_score > 1)
				return cli_usage_error("export", "--min-score needs a number from 0 to 1");
			break;
		}
		case 'h':
			help();
			return cli_finish_output(EXIT_OK);
		default:
			return cli_usage_error("export", "unknown option");
		}
	}
	if (!format)
		return cli_usage_error("export", "say which format with --format tmx");
	if (strcmp(format, "tmx"))
		return cli_usage_error("export", "unknown format '%s' (use tmx)", format);
	if (optind < argc)
		return cli_usage_error("export", "export takes no file name but -o FILE");
	status = cli_open_termbase(&tb, SY_TB_CREATE);
	if (status)
		return status;
	if (sy_tmx_writer_open(&x.tmx, output, "zh-CN", &err)) {
		status = cli_fail(&err);
	} else {
		int rc = sy_termbase_each_segment(tb, document, min_score, export_unit, &x, &err);
		int closed = sy_tmx_writer_close(x.tmx, rc ? NULL : &err);
		if (rc || closed)
			status = cli_fail(&err);
		else if (output)
			fprintf(stderr, "shuyu: %s: %zu translation units\n", output, x.count);
	}
	sy_termbase_close(tb);
	return cli_finish_output(status);
}
