/*
 * cmd_align.c - shuyu align: which sentences of a Chinese document and its
 * English counterpart translate which.
 */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "shuyu/align.h"
#include "shuyu/termbase.h"
#include "shuyu/tmx.h"

enum format { FORMAT_BEADS, FORMAT_TSV, FORMAT_JSON, FORMAT_TMX };

static void help(void)
{
	puts("usage: shuyu align [options] SRC TGT\n"
	     "\n"
	     "Find which sentences of two documents translate which: a Chinese\n"
	     "document and its English source, or the other way round (either may\n"
	     "come first). Each line of the output is a bead: the sentences of the\n"
	     "first file, then the sentences of the second file that match them.\n"
	     "Sentences are numbered from 0 in the order 'shuyu segment' gives them.\n"
	     "  [4]:[3]       sentence 4 of SRC is translated by sentence 3 of TGT\n"
	     "  [5]:[4,5]     sentence 5 became two sentences\n"
	     "  [6]:[]        sentence 6 has no counterpart\n"
	     "\n"
	     "The aligner weighs sentence lengths, the CC-CEDICT dictionary, numbers,\n"
	     "document symbols and paragraph numbers, and learns the document's own\n"
	     "vocabulary as it goes. Every bead gets a score from 0 to 1; tsv and json\n"
	     "mark the doubtful ones so that you can check them first. Two documents\n"
	     "that are not translations of each other are refused (status 1).\n"
	     "\n"
	     "Options:\n"
	     "  --presegmented    the files hold one sentence per line already\n"
	     "  --format FORMAT   beads (default), tsv, json or tmx\n"
	     "                    tsv columns: SRC sentences, TGT sentences, score,\n"
	     "                    ok/check, SRC text, TGT text\n"
	     "                    tmx: one translation unit per matched bead, for a CAT\n"
	     "                    tool (OmegaT, Trados, memoQ)\n"
	     "  --threshold X     mark beads scoring below X as 'check' (default 0.5;\n"
	     "                    1 marks every bead)\n"
	     "  --passes N        2 (default) learns from the document; 1 is faster\n"
	     "  --force           align even documents that do not look parallel\n"
	     "  --encoding NAME   read both files in this encoding instead of detecting it\n"
	     "  --lenient         replace bytes that are not valid in the encoding\n"
	     "  -v, --verbose     report the length ratio and the evidence on stderr\n"
	     "  -h, --help        show this help\n"
	     "\n"
	     "The dictionary is found through $SHUYU_CEDICT, else next to the program\n"
	     "(build/cedict/cedict_ts.u8), else in <prefix>/share/shuyu/.\n"
	     "\n"
	     "Examples:\n"
	     "  shuyu align corpora/concept-note.zh.txt corpora/concept-note.en.txt\n"
	     "  shuyu align --format tsv report.en.txt report.zh.txt | grep check\n"
	     "  shuyu align --presegmented --format tmx a.en a.zh > a.tmx");
}

/*
 * Terms already in the termbase count as known translations, when there is
 * a termbase: aligning never creates one.
 */
static int add_termbase_terms(cli_aligner *a, const sy_sentence_list *zh)
{
	char path[PATH_MAX];
	const char *file = cli_db_path;
	sy_termbase *tb;
	sy_error err = {0, ""};
	int status;

	if (!file) {
		if (sy_termbase_default_path(path, sizeof path, &err))
			return EXIT_OK;
		file = path;
	}
	if (access(file, R_OK))
		return EXIT_OK;
	if (sy_termbase_open(&tb, file, SY_TB_READONLY, &err)) {
		cli_warning("%s; aligning without its terms", err.message);
		return EXIT_OK;
	}
	status = cli_aligner_add_termbase(a, tb, zh);
	sy_termbase_close(tb);
	return status;
}

typedef struct side {
	const char *file;
	const sy_sentence_list *list;
	int chinese;
} side;

/* A bead's sentences on one side, as "1,2" (or "" for none). */
static void print_indices(FILE *out, size_t first, size_t count)
{
	size_t k;

	for (k = 0; k < count; k++)
		fprintf(out, k ? ",%zu" : "%zu", first + k);
}

/* The text of a bead's sentences on one side; Chinese joins without spaces. */
static char *joined_text(const side *s, size_t first, size_t count)
{
	size_t k, len = 0, n = 0;
	char *out;

	for (k = 0; k < count; k++)
		len += s->list->items[first + k].len + 1;
	out = malloc(len + 1);
	if (!out)
		return NULL;
	for (k = 0; k < count; k++) {
		const sy_sentence_rec *r = &s->list->items[first + k];
		if (k && !s->chinese)
			out[n++] = ' ';
		memcpy(out + n, r->text, r->len);
		n += r->len;
	}
	out[n] = '\0';
	return out;
}

/* tsv cells hold no tabs or line ends. */
static void print_tsv_text(const char *s)
{
	for (; *s; s++)
		putchar(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

static int print_alignment(enum format format, const sy_alignment *a, const side *src,
			   const side *tgt, sy_error *err)
{
	sy_tmx_writer *tmx = NULL;
	size_t k;
	int rc = SY_OK;

	if (format == FORMAT_JSON)
		puts("[");
	if (format == FORMAT_TMX) {
		rc = sy_tmx_writer_open(&tmx, NULL, src->chinese ? "zh-CN" : "en", err);
		if (rc)
			return rc;
	}
	for (k = 0; k < a->count && !rc; k++) {
		const sy_bead *b = &a->beads[k];
		size_t sf = src->chinese ? b->zh_first : b->en_first;
		size_t sc = src->chinese ? b->zh_count : b->en_count;
		size_t tf = src->chinese ? b->en_first : b->zh_first;
		size_t tc = src->chinese ? b->en_count : b->zh_count;
		char *st, *tt;

		if (format == FORMAT_BEADS) {
			putchar('[');
			print_indices(stdout, sf, sc);
			fputs("]:[", stdout);
			print_indices(stdout, tf, tc);
			puts("]");
			continue;
		}
		st = joined_text(src, sf, sc);
		tt = joined_text(tgt, tf, tc);
		if (!st || !tt) {
			free(st);
			free(tt);
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
			break;
		}
		switch (format) {
		case FORMAT_TSV:
			print_indices(stdout, sf, sc);
			putchar('\t');
			print_indices(stdout, tf, tc);
			printf("\t%.3f\t%s\t", b->score, b->flagged ? "check" : "ok");
			print_tsv_text(st);
			putchar('\t');
			print_tsv_text(tt);
			putchar('\n');
			break;
		case FORMAT_JSON:
			fputs(k ? ",\n  {\"src\": [" : "  {\"src\": [", stdout);
			print_indices(stdout, sf, sc);
			fputs("], \"tgt\": [", stdout);
			print_indices(stdout, tf, tc);
			printf("], \"score\": %.3f, \"flagged\": %s, \"src_text\": ", b->score,
			       b->flagged ? "true" : "false");
			cli_json_string(stdout, st, strlen(st));
			fputs(", \"tgt_text\": ", stdout);
			cli_json_string(stdout, tt, strlen(tt));
			putchar('}');
			break;
		case FORMAT_TMX:
			if (sc && tc) {
				sy_tmx_unit unit;
				memset(&unit, 0, sizeof unit);
				unit.zh = src->chinese ? st : tt;
				unit.en = src->chinese ? tt : st;
				unit.document = src->file;
				unit.position = (long)k;
				unit.score = b->score;
				unit.has_score = 1;
				rc = sy_tmx_write_unit(tmx, &unit, err);
			}
			break;
		case FORMAT_BEADS:
			break;
		}
		free(st);
		free(tt);
	}
	if (format == FORMAT_JSON)
		puts(a->count ? "\n]" : "]");
	if (tmx) {
		int close_rc = sy_tmx_writer_close(tmx, rc ? NULL : err);
		if (!rc)
			rc = close_rc;
	}
	return rc;
}

static int read_side(sy_sentence_list *list, const char *path, int presegmented,
		     const sy_decode_options *decode, sy_error *err)
{
	return presegmented ? sy_sentence_list_from_lines(list, path, decode, err)
			    : sy_sentence_list_from_file(list, path, decode, err);
}

int cmd_align(int argc, char **argv)
{
	static const struct option options[] = {
		{"presegmented", no_argument, NULL, 'p'},
		{"format", required_argument, NULL, 'f'},
		{"threshold", required_argument, NULL, 't'},
		{"passes", required_argument, NULL, 'n'},
		{"force", no_argument, NULL, 'F'},
		{"encoding", required_argument, NULL, 'e'},
		{"lenient", no_argument, NULL, 'l'},
		{"verbose", no_argument, NULL, 'v'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	sy_decode_options decode = {NULL, 0};
	sy_align_options opt;
	enum format format = FORMAT_BEADS;
	int c, presegmented = 0, force = 0, verbose = 0, status = EXIT_INPUT, rc;
	sy_sentence_list lists[2];
	side sides[2];
	cli_aligner a;
	sy_alignment alignment;
	sy_error err = {0, ""};
	char *end;

	sy_align_options_init(&opt);
	while ((c = getopt_long(argc, argv, "f:vh", options, NULL)) != -1) {
		switch (c) {
		case 'p':
			presegmented = 1;
			break;
		case 'f':
			if (!strcmp(optarg, "beads"))
				format = FORMAT_BEADS;
			else if (!strcmp(optarg, "tsv"))
				format = FORMAT_TSV;
			else if (!strcmp(optarg, "json"))
				format = FORMAT_JSON;
			else if (!strcmp(optarg, "tmx"))
				format = FORMAT_TMX;
			else
				return cli_usage_error("align", "unknown format '%s' (use beads, tsv, json or tmx)",
						       optarg);
			break;
		case 't':
			opt.threshold = strtod(optarg, &end);
			if (*end || end == optarg || opt.threshold < 0 || opt.threshold > 1)
				return cli_usage_error("align", "--threshold takes a number from 0 to 1");
			break;
		case 'n':
			if (strcmp(optarg, "1") && strcmp(optarg, "2"))
				return cli_usage_error("align", "--passes takes 1 or 2");
			opt.passes = optarg[0] - '0';
			break;
		case 'F':
			force = 1;
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
			return cli_usage_error("align", "unknown option");
		}
	}
	if (argc - optind != 2)
		return cli_usage_error("align", "name two files: the source and its translation");

	memset(lists, 0, sizeof lists);
	memset(&a, 0, sizeof a);
	for (c = 0; c < 2; c++) {
		const char *file = argv[optind + c];
		if (read_side(&lists[c], file, presegmented, &decode, &err)) {
			status = cli_fail(&err);
			goto done;
		}
		sides[c].file = file;
		sides[c].list = &lists[c];
		sides[c].chinese = sy_sentence_list_is_chinese(&lists[c]);
		if (lists[c].count == 0) {
			cli_error("%s: no sentences to align (the file is empty)", file);
			goto done;
		}
	}
	if (sides[0].chinese == sides[1].chinese) {
		cli_error("%s and %s are both %s: align needs one Chinese and one English document",
			  sides[0].file, sides[1].file, sides[0].chinese ? "Chinese" : "English (no Chinese text)");
		goto done;
	}

	status = cli_aligner_open(&a, argv[0], &opt, NULL);
	if (status)
		goto done;
	status = add_termbase_terms(&a, sides[0].chinese ? sides[0].list : sides[1].list);
	if (status)
		goto done;
	status = EXIT_INPUT;
	{
		const side *zh = sides[0].chinese ? &sides[0] : &sides[1];
		const side *en = sides[0].chinese ? &sides[1] : &sides[0];
		rc = sy_align(a.al, zh->list, en->list, &alignment, &err);
		if (rc) {
			status = cli_fail(&err);
			goto done;
		}
	}
	if (verbose)
		fprintf(stderr,
			"shuyu: %zu beads; %.3f Chinese characters per English one (spread %.2f); "
			"%.0f%% of beads show word evidence (chance %.0f%%)\n",
			alignment.count, alignment.length_ratio, alignment.length_spread,
			100 * alignment.evidence, 100 * alignment.chance);
	if (!alignment.parallel && !force) {
		cli_error("%s and %s do not look like translations of each other "
			  "(%.0f%% of the matched sentences show word evidence, about %.0f%% would by chance); "
			  "--force aligns them anyway",
			  sides[0].file, sides[1].file, 100 * alignment.evidence, 100 * alignment.chance);
		sy_alignment_free(&alignment);
		goto done;
	}
	if (!alignment.parallel)
		cli_warning("%s and %s do not look like translations of each other", sides[0].file,
			    sides[1].file);
	rc = print_alignment(format, &alignment, &sides[0], &sides[1], &err);
	sy_alignment_free(&alignment);
	if (rc)
		status = cli_fail(&err);
	else
		status = EXIT_OK;
done:
	cli_aligner_close(&a);
	sy_sentence_list_free(&lists[0]);
	sy_sentence_list_free(&lists[1]);
	return cli_finish_output(status);
}
