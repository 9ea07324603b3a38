/*
 * cmd_segment.c - shuyu segment: documents to sentences, one per line.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "shuyu/segment.h"

enum format { FORMAT_TEXT, FORMAT_TSV, FORMAT_JSON };

typedef struct output {
	enum format format;
	const char *file;
	size_t count;   /* sentences written, over all files (for JSON commas) */
} output;

static void help(void)
{
	puts("usage: shuyu segment [options] FILE...\n"
	     "\n"
	     "Split each document into sentences and print them, one per line.\n"
	     "Chinese and English both work; the encoding is detected (UTF-8,\n"
	     "UTF-16 with a byte-order mark, GB18030/GBK, Big5). Paragraph numbers,\n"
	     "list markers (a) and heading numbers are kept out of the sentences;\n"
	     "--format tsv or json shows them. FILE '-' reads standard input.\n"
	     "\n"
	     "Options:\n"
	     "  --format FORMAT   text (default), tsv or json\n"
	     "                    tsv columns: file, sentence, block, kind, number,\n"
	     "                    start, end, text (start and end are byte offsets in\n"
	     "                    the decoded UTF-8 text)\n"
	     "  --encoding NAME   read the files in this encoding (GB18030, Big5, UTF-8,\n"
	     "                    UTF-16LE, ...) instead of detecting it\n"
	     "  --lenient         replace bytes that are not valid in the encoding\n"
	     "                    with U+FFFD and say how many, instead of stopping\n"
	     "  -v, --verbose     say which encoding each file was read in\n"
	     "  -h, --help        show this help\n"
	     "\n"
	     "Examples:\n"
	     "  shuyu segment corpora/concept-note.zh.txt\n"
	     "  shuyu segment --format tsv report-gbk.txt | cut -f4,5,8");
}

static int print_sentence(const sy_sentence *s, void *userdata)
{
	output *out = userdata;

	switch (out->format) {
	case FORMAT_TEXT:
		fwrite(s->text, 1, s->len, stdout);
		putchar('\n');
		break;
	case FORMAT_TSV:
		printf("%s\t%zu\t%zu\t%s\t%s\t%zu\t%zu\t", out->file, s->index, s->block->id,
		       sy_block_kind_name(s->block->kind), s->block->number, s->start, s->end);
		fwrite(s->text, 1, s->len, stdout);
		putchar('\n');
		break;
	case FORMAT_JSON:
		fputs(out->count ? ",\n  {\"file\": " : "  {\"file\": ", stdout);
		cli_json_string(stdout, out->file, strlen(out->file));
		printf(", \"sentence\": %zu, \"block\": %zu, \"kind\": \"%s\", \"number\": ", s->index,
		       s->block->id, sy_block_kind_name(s->block->kind));
		cli_json_string(stdout, s->block->number, strlen(s->block->number));
		printf(", \"start\": %zu, \"end\": %zu, \"text\": ", s->start, s->end);
		cli_json_string(stdout, s->text, s->len);
		putchar('}');
		break;
	}
	out->count++;
	return ferror(stdout) ? SY_EIO : 0;
}

int cmd_segment(int argc, char **argv)
{
	static const struct option options[] = {
		{"format", required_argument, NULL, 'f'},
		{"encoding", required_argument, NULL, 'e'},
		{"lenient", no_argument, NULL, 'l'},
		{"verbose", no_argument, NULL, 'v'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	sy_decode_options decode = {NULL, 0};
	output out = {FORMAT_TEXT, NULL, 0};
	int c, i, verbose = 0, status = EXIT_OK;

	while ((c = getopt_long(argc, argv, "f:e:lvh", options, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (!strcmp(optarg, "text"))
				out.format = FORMAT_TEXT;
			else if (!strcmp(optarg, "tsv"))
				out.format = FORMAT_TSV;
			else if (!strcmp(optarg, "json"))
				out.format = FORMAT_JSON;
			else
				return cli_usage_error("segment", "unknown format '%s' (use text, tsv or json)",
						       optarg);
			break;
		case 'e':
			decode.encoding = optarg;
			break;
		case 'l':
			decode.lenient = 1;
			break;
		case 'v':
			verbose = 1;
			break;
		case 'h':
			help();
			return cli_finish_output(EXIT_OK);
		default:
			return cli_usage_error("segment", "unknown option");
		}
	}
	if (optind >= argc)
		return cli_usage_error("segment", "name at least one file to segment");

	if (out.format == FORMAT_JSON)
		puts("[");
	for (i = optind; i < argc; i++) {
		sy_error err = {0, ""};
		sy_reader *reader;
		int rc;

		out.file = argv[i];
		rc = sy_reader_open(&reader, argv[i], &decode, &err);
		if (rc) {
			status = cli_fail(&err);
			if (status == EXIT_USAGE)
				break;
			continue;
		}
		rc = sy_segment_reader(reader, print_sentence, &out, &err);
		if (rc) {
			if (rc == SY_EIO && ferror(stdout))
				break;
			status = cli_fail(&err);
		} else if (verbose) {
			fflush(stdout);
			fprintf(stderr, "shuyu: %s: read as %s\n", argv[i], sy_reader_encoding(reader));
		}
		if (sy_reader_replaced(reader))
			cli_warning("%s: replaced %zu bad byte%s with U+FFFD", argv[i],
				    sy_reader_replaced(reader), sy_reader_replaced(reader) == 1 ? "" : "s");
		sy_reader_close(reader);
	}
	if (out.format == FORMAT_JSON)
		puts(out.count ? "\n]" : "]");
	return cli_finish_output(status);
}
