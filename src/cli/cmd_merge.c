/*
 * cmd_merge.c - shuyu merge: one document, and its English original when
 * given, into the termbase: segment, align, store, find the terms. With
 * --list, several documents, each read and aligned before any is stored.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "shuyu/align.h"
#include "shuyu/decode.h"
#include "shuyu/extract.h"
#include "shuyu/lexicon.h"
#include "shuyu/segment.h"
#include "shuyu/termbase.h"

static void help(void)
{
	puts("usage: shuyu [--db PATH] merge [options] --doc SYMBOL ZH [EN]\n"
	     "       shuyu [--db PATH] merge [options] --list FILE\n"
	     "\n"
	     "Store a Chinese document, and its English original when given, in the\n"
	     "termbase: split both into sentences, align them, keep the sentence\n"
	     "pairs as translation memory, and find every known term in them\n"
	     "(counts and sources are updated).\n"
	     "\n"
	     "The whole document goes in at once or not at all. Merging the same\n"
	     "content again changes nothing; new content under the same symbol\n"
	     "replaces the old version.\n"
	     "\n"
	     "Options:\n"
	     "  --doc SYMBOL      the document's UN symbol (required), e.g. S/2021/621\n"
	     "  --title TEXT      its title\n"
	     "  --date DATE       its date, e.g. 2021-06-08\n"
	     "  --list FILE       merge the documents FILE lists, one a line, fields\n"
	     "                    separated by tabs: SYMBOL, ZH, then EN, TITLE and\n"
	     "                    DATE if known (empty fields are fine; lines starting\n"
	     "                    with # are skipped; file names are relative to FILE's\n"
	     "                    folder). Every document is read and aligned before\n"
	     "                    any is stored; each goes in on its own, in order, and\n"
	     "                    faster than one shuyu merge after another\n"
	     "  --encoding NAME   read the files in this encoding instead of detecting it\n"
	     "  --force           store a pair even if it does not look parallel\n"
	     "  -h, --help        show this help\n"
	     "\n"
	     "Examples:\n"
	     "  shuyu merge --doc S/2021/621 --date 2021-06-08 note.zh.txt note.en.txt\n"
	     "  shuyu merge --list documents.tsv");
}

/* A document to merge: where it comes from, its sentences, and their
 * alignment once aligned. */
typedef struct job {
	char *symbol, *zh_path, *en_path, *title, *date; /* en_path NULL: Chinese only */
	size_t line;                                      /* in the list; 0: the command line */
	sy_sentence_list zh, en;
	sy_merge_bead *beads;
	sy_merge_doc doc;
} job;

static void job_free(job *j)
{
	free(j->symbol);
	free(j->zh_path);
	free(j->en_path);
	free(j->title);
	free(j->date);
	free(j->beads);
	sy_sentence_list_free(&j->zh);
	sy_sentence_list_free(&j->en);
}

/* Say which line of the list a document that failed came from. */
static int job_failed(const job *j, const char *list, int status)
{
	if (j->line)
		cli_error("%s, line %zu (%s): nothing was merged", list, j->line, j->symbol);
	return status;
}

/* Read the document's files and check that each is in its language. */
static int job_read(job *j, const sy_decode_options *decode)
{
	sy_error err = {0, ""};

	if (sy_sentence_list_from_file(&j->zh, j->zh_path, decode, &err))
		return cli_fail(&err);
	if (!sy_sentence_list_is_chinese(&j->zh)) {
		cli_error("%s does not look Chinese; name the Chinese file first", j->zh_path);
		return EXIT_INPUT;
	}
	if (j->en_path) {
		if (sy_sentence_list_from_file(&j->en, j->en_path, decode, &err))
			return cli_fail(&err);
		if (sy_sentence_list_is_chinese(&j->en)) {
			cli_error("%s looks Chinese; the second file must be the English", j->en_path);
			return EXIT_INPUT;
		}
	}
	memset(&j->doc, 0, sizeof(j->doc));
	j->doc.symbol = j->symbol;
	j->doc.title = j->title;
	j->doc.date = j->date;
	j->doc.zh = &j->zh;
	return EXIT_OK;
}

/* Align the document with its English, if it has one, with the
 * termbase's terms as known translations; the aligner opens at the first
 * document that needs it. */
static int job_align(job *j, cli_aligner *a, sy_termbase *tb, int force, const char *argv0)
{
	sy_error err = {0, ""};
	sy_align_options opt;
	sy_alignment alignment;
	int status;
	size_t i;

	if (!j->en_path)
		return EXIT_OK;
	sy_align_options_init(&opt);
	if (!a->al) {
		sy_lemmatizer *lm = NULL;

		/* The termbase's lemmatizer, which the merge uses after, with
		 * the lemmas the termbase knows: Hunspell loads once (50-130
		 * ms), and only for a word the termbase has not met. Without
		 * it, the aligner says so. */
		if (sy_termbase_lemmatizer(tb, &lm, &err))
			lm = NULL;
		status = cli_aligner_open(a, argv0, &opt, lm);
		if (status)
			return status;
	} else {
		/* A new aligner for each document of a list, on the same
		 * CC-CEDICT and lemmatizer: the known translations of the
		 * documents before are not to weigh on this one's alignment,
		 * which is then what shuyu merge of it alone would give. */
		sy_aligner_free(a->al);
		a->al = NULL;
		if (sy_aligner_new(&a->al, a->lex, a->lm, &opt, &err))
			return cli_fail(&err);
	}
	status = cli_aligner_add_termbase(a, tb, &j->zh);
	if (status)
		return status;
	if (sy_align(a->al, &j->zh, &j->en, &alignment, &err))
		return cli_fail(&err);
	if (!alignment.parallel && !force) {
		cli_error("%s and %s do not look like translations of each other "
			  "(%.0f%% of sentence pairs show word evidence, about %.0f%% would by "
			  "chance); nothing was stored (--force stores them anyway)",
			  j->zh_path, j->en_path, 100 * alignment.evidence, 100 * alignment.chance);
		sy_alignment_free(&alignment);
		return EXIT_INPUT;
	}
	j->beads = calloc(alignment.count ? alignment.count : 1, sizeof(*j->beads));
	if (!j->beads) {
		sy_alignment_free(&alignment);
		cli_error("out of memory");
		return EXIT_INPUT;
	}
	for (i = 0; i < alignment.count; i++) {
		j->beads[i].zh_first = alignment.beads[i].zh_first;
		j->beads[i].zh_count = alignment.beads[i].zh_count;
		j->beads[i].en_first = alignment.beads[i].en_first;
		j->beads[i].en_count = alignment.beads[i].en_count;
		j->beads[i].score = alignment.beads[i].score;
	}
	j->doc.en = &j->en;
	j->doc.beads = j->beads;
	j->doc.n_beads = alignment.count;
	sy_alignment_free(&alignment);
	return EXIT_OK;
}

/* What the merge did with the document, on stderr. */
static void job_report(const job *j, const sy_merge_stats *s)
{
	if (s->unchanged) {
		fprintf(stderr, "shuyu: %s: already in the termbase with the same content; nothing changed\n",
			j->symbol);
		return;
	}
	fprintf(stderr, "shuyu: %s: %s %zu segment%s; %zu distinct term%s found, %zu time%s\n",
		j->symbol, s->replaced ? "replaced the old version with" : "stored", s->segments,
		s->segments == 1 ? "" : "s", s->terms_found, s->terms_found == 1 ? "" : "s",
		s->occurrences, s->occurrences == 1 ? "" : "s");
}

/* A field of the list as a string of its own, NULL when empty; a file
 * name relative to the list's folder (dir, dir_len bytes with its slash). */
static char *list_field(const char *s, size_t len, const char *dir, size_t dir_len, int path)
{
	char *out;

	if (!len)
		return NULL;
	if (!path || s[0] == '/')
		dir_len = 0;
	out = malloc(dir_len + len + 1);
	if (!out)
		return NULL;
	memcpy(out, dir, dir_len);
	memcpy(out + dir_len, s, len);
	out[dir_len + len] = '\0';
	return out;
}

/* The documents a list names, one a line: SYMBOL, ZH, [EN, [TITLE,
 * [DATE]]], separated by tabs. */
static int read_list(const char *path, job **out, size_t *count)
{
	FILE *f = fopen(path, "r");
	const char *slash = strrchr(path, '/');
	size_t dir_len = slash ? (size_t)(slash - path) + 1 : 0, cap = 0, n = 0, line_no = 0;
	char *line = NULL;
	size_t line_cap = 0;
	ssize_t got;
	job *jobs = NULL;
	int status = EXIT_OK;

	if (!f) {
		cli_error("%s: %s", path, strerror(errno));
		return EXIT_INPUT;
	}
	while (!status && (got = getline(&line, &line_cap, f)) >= 0) {
		const char *field[5] = {NULL};
		size_t len[5] = {0}, k = 0, valid;
		char *p = line, *end = line + got;
		job *j;

		line_no++;
		while (end > line && (end[-1] == '\n' || end[-1] == '\r'))
			end--;
		*end = '\0';
		if (line_no == 1 && !strncmp(p, "\xEF\xBB\xBF", 3))
			p += 3; /* a byte-order mark */
		if (!*p || *p == '#')
			continue;
		if (strlen(p) != (size_t)(end - p)) {
			cli_error("%s, line %zu: a zero byte; the list is text, one document a line",
				  path, line_no);
			status = EXIT_INPUT;
			break;
		}
		/* Symbols and titles go into the termbase as they are. */
		valid = sy_utf8_valid_prefix(p, (size_t)(end - p), 0);
		if (valid != (size_t)(end - p)) {
			cli_error("%s, line %zu, byte %zu: not UTF-8; save the list as UTF-8", path,
				  line_no, valid + 1);
			status = EXIT_INPUT;
			break;
		}
		for (k = 0; k < 5 && p; k++) {
			char *tab = strchr(p, '\t');
			field[k] = p;
			len[k] = tab ? (size_t)(tab - p) : strlen(p);
			p = tab ? tab + 1 : NULL;
		}
		if (p || !len[0] || !field[1] || !len[1]) {
			cli_error("%s, line %zu: %s", path, line_no,
				  p ? "more than five fields (SYMBOL, ZH, EN, TITLE, DATE, separated by tabs)"
				    : "a document needs its symbol and its Chinese file, separated by a tab");
			status = EXIT_USAGE;
			break;
		}
		if (n == cap) {
			job *grown = realloc(jobs, (cap = cap ? 2 * cap : 16) * sizeof(*jobs));
			if (!grown) {
				cli_error("out of memory");
				status = EXIT_INPUT;
				break;
			}
			jobs = grown;
		}
		j = &jobs[n++];
		memset(j, 0, sizeof(*j));
		j->line = line_no;
		j->symbol = list_field(field[0], len[0], path, dir_len, 0);
		j->zh_path = list_field(field[1], len[1], path, dir_len, 1);
		j->en_path = list_field(field[2], len[2], path, dir_len, 1);
		j->title = list_field(field[3], len[3], path, dir_len, 0);
		j->date = list_field(field[4], len[4], path, dir_len, 0);
		if (!j->symbol || !j->zh_path || (len[2] && !j->en_path) || (len[3] && !j->title) ||
		    (len[4] && !j->date)) {
			cli_error("out of memory");
			status = EXIT_INPUT;
		}
	}
	if (!status && ferror(f)) {
		cli_error("%s: %s", path, strerror(errno));
		status = EXIT_INPUT;
	}
	if (!status && !n) {
		cli_error("%s: no documents in the list", path);
		status = EXIT_INPUT;
	}
	free(line);
	fclose(f);
	if (status) {
		while (n)
			job_free(&jobs[--n]);
		free(jobs);
		return status;
	}
	*out = jobs;
	*count = n;
	return EXIT_OK;
}

/* The one document the command line names. */
static int one_job(job **out, const char *symbol, const char *title, const char *date,
		   char **files, int n_files)
{
	job *j = calloc(1, sizeof(*j));

	if (!j || !(j->symbol = strdup(symbol)) || !(j->zh_path = strdup(files[0])) ||
	    (n_files == 2 && !(j->en_path = strdup(files[1]))) || (title && !(j->title = strdup(title))) ||
	    (date && !(j->date = strdup(date)))) {
		if (j)
			job_free(j);
		free(j);
		cli_error("out of memory");
		return EXIT_INPUT;
	}
	*out = j;
	return EXIT_OK;
}

int cmd_merge(int argc, char **argv)
{
	static const struct option options[] = {
		{"doc", required_argument, NULL, 'd'},
		{"title", required_argument, NULL, 't'},
		{"date", required_argument, NULL, 'D'},
		{"list", required_argument, NULL, 'l'},
		{"encoding", required_argument, NULL, 'e'},
		{"force", no_argument, NULL, 'F'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	sy_decode_options decode = {NULL, 0};
	const char *symbol = NULL, *title = NULL, *date = NULL, *list = NULL;
	sy_termbase *tb = NULL;
	sy_error err = {0, ""};
	cli_aligner a;
	sy_lexicon *lex = NULL;
	sy_reference *ref = NULL;
	sy_merge_doc *docs = NULL;
	sy_merge_stats *stats = NULL;
	job *jobs = NULL;
	size_t n = 0, i, merged;
	int c, status = EXIT_OK, force = 0;

	while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		switch (c) {
		case 'd':
			symbol = optarg;
			break;
		case 't':
			title = optarg;
			break;
		case 'D':
			date = optarg;
			break;
		case 'l':
			list = optarg;
			break;
		case 'e':
			decode.encoding = optarg;
			break;
		case 'F':
			force = 1;
			break;
		case 'h':
			help();
			return cli_finish_output(EXIT_OK);
		default:
			return cli_usage_error("merge", "unknown option");
		}
	}
	if (list) {
		if (symbol || title || date || optind < argc)
			return cli_usage_error("merge", "with --list, the list gives the documents, their "
							"symbols, titles and dates");
		status = read_list(list, &jobs, &n);
	} else {
		if (!symbol || !*symbol)
			return cli_usage_error("merge", "say which document this is with --doc SYMBOL");
		if (optind >= argc || argc - optind > 2)
			return cli_usage_error("merge",
					       "name the Chinese file, and the English one if there is one");
		status = one_job(&jobs, symbol, title, date, argv + optind, argc - optind);
		n = status ? 0 : 1;
	}
	if (status)
		return cli_finish_output(status);

	memset(&a, 0, sizeof a);
	for (i = 0; i < n && !status; i++) {
		status = job_read(&jobs[i], &decode);
		if (status)
			job_failed(&jobs[i], list, status);
	}
	if (!status)
		status = cli_open_termbase(&tb, SY_TB_CREATE);
	/* The general-language frequencies the phrase index reads are read
	 * meanwhile, on a thread of their own. */
	if (!status)
		status = cli_reference_open(&ref, argv[0], 1);
	for (i = 0; i < n && !status; i++) {
		status = job_align(&jobs[i], &a, tb, force, "shuyu");
		if (status)
			job_failed(&jobs[i], list, status);
	}
	/* The documents' candidate phrases are recorded as they are stored,
	 * so that shuyu extract never goes over old documents again. */
	if (!status && !a.lex)
		status = cli_lexicon_open(&lex, argv[0]);
	if (!status && sy_reference_ready(ref, &err))
		status = cli_fail(&err);
	if (status)
		goto close;
	docs = calloc(n, sizeof(*docs));
	stats = calloc(n, sizeof(*stats));
	if (!docs || !stats) {
		cli_error("out of memory");
		status = EXIT_INPUT;
		goto close;
	}
	for (i = 0; i < n; i++) {
		jobs[i].doc.lex = a.lex ? a.lex : lex;
		jobs[i].doc.reference = ref;
		docs[i] = jobs[i].doc;
	}
	merged = n;
	if (n == 1 ? sy_termbase_merge(tb, &docs[0], &stats[0], cli_progress, "merging", &err)
		   : sy_termbase_merge_docs(tb, docs, n, stats, cli_progress, "merging", &err)) {
		status = cli_fail(&err);
		/* Those before the one that failed are merged. */
		for (merged = 0; merged < n && (stats[merged].segments || stats[merged].unchanged);)
			merged++;
		if (list)
			cli_error("%s: %zu of %zu documents merged; %s (line %zu) and those after it "
				  "were not", list, merged, n, jobs[merged].symbol, jobs[merged].line);
	}
	/* Given CC-CEDICT, the merge has cut the documents' phrases and
	 * sy_termbase_index_phrases finds none left; without it, they are
	 * cut here, on ICU's words alone. */
	for (i = 0; i < merged; i++) {
		job_report(&jobs[i], &stats[i]);
		if (!stats[i].unchanged &&
		    sy_termbase_index_phrases(tb, docs[i].lex, ref, docs[i].symbol, &err)) {
			status = cli_fail(&err);
			break;
		}
	}
close:
	cli_aligner_close(&a);
	sy_lexicon_close(lex);
	sy_reference_close(ref);
	sy_termbase_close(tb);
	for (i = 0; i < n; i++)
		job_free(&jobs[i]);
	free(jobs);
	free(docs);
	free(stats);
	return cli_finish_output(status);
}
