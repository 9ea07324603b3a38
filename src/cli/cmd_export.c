/*
 * cmd_export.c - shuyu export: the translation memory (TMX) for a CAT tool.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "shuyu/tbx.h"
#include "shuyu/termbase.h"
#include "shuyu/tmx.h"

static void help(void)
{
	puts("usage: shuyu [--db PATH] export --format tmx|tbx|tsv|csv [options]\n"
	     "\n"
	     "Write what the termbase holds in a form a CAT tool reads:\n"
	     "  tmx  the translation memory as TMX 1.4b, one translation unit per\n"
	     "       aligned sentence pair (OmegaT, Trados, memoQ), each with its\n"
	     "       document and position\n"
	     "  tbx  the terms as TBX-Basic: concepts, terms in both languages,\n"
	     "       status, part of speech where known, definition, note, source\n"
	     "  tsv  the terms as OmegaT's glossary: Chinese, English, comment\n"
	     "  csv  the terms with every field, for a spreadsheet\n"
	     "\n"
	     "Options:\n"
	     "  --format FORMAT    tmx, tbx, tsv or csv\n"
	     "  -o, --output FILE  write to FILE instead of standard output\n"
	     "  --doc SYMBOL       tmx: only this document\n"
	     "  --min-score X      tmx: only pairs the aligner scored X or more (0 to 1)\n"
	     "  -h, --help         show this help\n"
	     "\n"
	     "Examples:\n"
	     "  shuyu export --format tmx --doc S/2021/621 -o omegat/tm/s-2021-621.tmx\n"
	     "  shuyu export --format tsv -o omegat/glossary/cyber.txt");
}

typedef struct export_state {
	sy_tmx_writer *tmx;
	sy_tbx_writer *tbx;
	FILE *out;
	int csv;
	sy_error *err;
	size_t count;
} export_state;

static int export_concept(const sy_concept_row *c, void *userdata)
{
	export_state *x = userdata;

	x->count++;
	if (x->tbx)
		return sy_tbx_write_concept(x->tbx, c, x->err);
	if (x->csv)
		sy_glossary_write_csv(x->out, c);
	else
		sy_glossary_write_tsv(x->out, c);
	return ferror(x->out) ? sy_error_set(x->err, SY_EIO, "cannot write the glossary") : 0;
}

/* The terms, as TBX or as a glossary file. */
static int export_terms(sy_termbase *tb, const char *format, const char *output, export_state *x)
{
	int rc, closed;

	if (!strcmp(format, "tbx")) {
		if (sy_tbx_writer_open(&x->tbx, output, x->err))
			return cli_fail(x->err);
		rc = sy_termbase_each_concept(tb, export_concept, x, x->err);
		closed = sy_tbx_writer_close(x->tbx, rc ? NULL : x->err);
		return rc || closed ? cli_fail(x->err) : EXIT_OK;
	}
	x->csv = !strcmp(format, "csv");
	x->out = output ? fopen(output, "w") : stdout;
	if (!x->out) {
		cli_error("%s: cannot create the file", output);
		return EXIT_INPUT;
	}
	if (x->csv)
		sy_glossary_write_csv_header(x->out);
	rc = sy_termbase_each_concept(tb, export_concept, x, x->err);
	if (output && fclose(x->out) && !rc)
		rc = sy_error_set(x->err, SY_EIO, "%s: cannot write the file", output);
	return rc ? cli_fail(x->err) : EXIT_OK;
}

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
	u.props = row->props;
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
	export_state x = {NULL, NULL, NULL, 0, &err, 0};
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
		return cli_usage_error("export", "say which format with --format tmx, tbx, tsv or csv");
	if (strcmp(format, "tmx") && strcmp(format, "tbx") && strcmp(format, "tsv") &&
	    strcmp(format, "csv"))
		return cli_usage_error("export", "unknown format '%s' (use tmx, tbx, tsv or csv)", format);
	if (optind < argc)
		return cli_usage_error("export", "export takes no file name but -o FILE");
	status = cli_open_termbase(&tb, SY_TB_CREATE);
	if (status)
		return status;
	if (strcmp(format, "tmx")) {
		status = export_terms(tb, format, output, &x);
		if (!status && output)
			fprintf(stderr, "shuyu: %s: %zu concepts\n", output, x.count);
	} else if (sy_tmx_writer_open(&x.tmx, output, "zh-CN", &err)) {
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
