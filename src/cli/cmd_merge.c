/*
 * cmd_merge.c - shuyu merge: one document, and its English original when
 * given, into the termbase: segment, align, store, find the terms.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "shuyu/align.h"
#include "shuyu/extract.h"
#include "shuyu/lexicon.h"
#include "shuyu/segment.h"
#include "shuyu/termbase.h"

static void help(void)
{
	puts("usage: shuyu [--db PATH] merge [options] --doc SYMBOL ZH [EN]\n"
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
	     "  --encoding NAME   read the files in this encoding instead of detecting it\n"
	     "  --force           store the pair even if it does not look parallel\n"
	     "  -h, --help        show this help\n"
	     "\n"
	     "Example:\n"
	     "  shuyu merge --doc S/2021/621 --date 2021-06-08 note.zh.txt note.en.txt");
}

int cmd_merge(int argc, char **argv)
{
	static const struct option options[] = {
		{"doc", required_argument, NULL, 'd'},
		{"title", required_argument, NULL, 't'},
		{"date", required_argument, NULL, 'D'},
		{"encoding", required_argument, NULL, 'e'},
		{"force", no_argument, NULL, 'F'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	sy_decode_options decode = {NULL, 0};
	sy_merge_doc doc;
	sy_merge_stats stats;
	sy_sentence_list zh, en;
	sy_termbase *tb;
	sy_error err = {0, ""};
	sy_merge_bead *beads = NULL;
	cli_aligner a;
	sy_lexicon *lex = NULL;
	sy_reference *ref = NULL;
	int c, status = EXIT_OK, force = 0;

	memset(&doc, 0, sizeof(doc));
	while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		switch (c) {
		case 'd':
			doc.symbol = optarg;
			break;
		case 't':
			doc.title = optarg;
			break;
		case 'D':
			doc.date = optarg;
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
	if (!doc.symbol || !*doc.symbol)
		return cli_usage_error("merge", "say which document this is with --doc SYMBOL");
	if (optind >= argc || argc - optind > 2)
		return cli_usage_error("merge", "name the Chinese file, and the English one if there is one");

	memset(&zh, 0, sizeof(zh));
	memset(&en, 0, sizeof(en));
	if (sy_sentence_list_from_file(&zh, argv[optind], &decode, &err))
		return cli_fail(&err);
	if (!sy_sentence_list_is_chinese(&zh)) {
		cli_error("%s does not look Chinese; name the Chinese file first", argv[optind]);
		sy_sentence_list_free(&zh);
		return EXIT_INPUT;
	}
	if (argc - optind == 2) {
		if (sy_sentence_list_from_file(&en, argv[optind + 1], &decode, &err)) {
			sy_sentence_list_free(&zh);
			return cli_fail(&err);
		}
		if (sy_sentence_list_is_chinese(&en)) {
			cli_error("%s looks Chinese; the second file must be the English", argv[optind + 1]);
			status = EXIT_INPUT;
			goto done;
		}
	}
	doc.zh = &zh;
	memset(&a, 0, sizeof a);
	status = cli_open_termbase(&tb, SY_TB_CREATE);
	if (status)
		goto done;
	/* The general-language frequencies the phrase index reads are read
	 * meanwhile, on a thread of their own. */
	status = cli_reference_open(&ref, argv[0], 1);
	if (status)
		goto close;
	if (argc - optind == 2) {
		/* Align, with the termbase's terms as known translations. */
		sy_align_options opt;
		sy_alignment alignment;
		sy_lemmatizer *lm = NULL;
		size_t i;

		sy_align_options_init(&opt);
		/* The termbase's lemmatizer, which the merge uses after, with
		 * the lemmas the termbase knows: Hunspell loads once (50-130
		 * ms), and only for a word the termbase has not met. Without
		 * it, the aligner says so. */
		if (sy_termbase_lemmatizer(tb, &lm, &err))
			lm = NULL;
		status = cli_aligner_open(&a, "shuyu", &opt, lm);
		if (!status)
			status = cli_aligner_add_termbase(&a, tb, &zh);
		if (!status && sy_align(a.al, &zh, &en, &alignment, &err))
			status = cli_fail(&err);
		if (status)
			goto close;
		if (!alignment.parallel && !force) {
			cli_error("%s and %s do not look like translations of each other "
				  "(%.0f%% of sentence pairs show word evidence, about %.0f%% would by "
				  "chance); nothing was stored (--force stores them anyway)",
				  argv[optind], argv[optind + 1], 100 * alignment.evidence,
				  100 * alignment.chance);
			sy_alignment_free(&alignment);
			status = EXIT_INPUT;
			goto close;
		}
		beads = calloc(alignment.count ? alignment.count : 1, sizeof(*beads));
		if (!beads) {
			sy_alignment_free(&alignment);
			cli_error("out of memory");
			status = EXIT_INPUT;
			goto close;
		}
		for (i = 0; i < alignment.count; i++) {
			beads[i].zh_first = alignment.beads[i].zh_first;
			beads[i].zh_count = alignment.beads[i].zh_count;
			beads[i].en_first = alignment.beads[i].en_first;
			beads[i].en_count = alignment.beads[i].en_count;
			beads[i].score = alignment.beads[i].score;
		}
		doc.en = &en;
		doc.beads = beads;
		doc.n_beads = alignment.count;
		sy_alignment_free(&alignment);
	}
	/* The document's candidate phrases are recorded as it is stored, so
	 * that shuyu extract never goes over old documents again. */
	if (!a.lex)
		status = cli_lexicon_open(&lex, argv[0]);
	if (status)
		goto close;
	if (sy_reference_ready(ref, &err)) {
		status = cli_fail(&err);
		goto close;
	}
	doc.lex = a.lex ? a.lex : lex;
	doc.reference = ref;
	if (sy_termbase_merge(tb, &doc, &stats, cli_progress, "merging", &err)) {
		status = cli_fail(&err);
	} else if (stats.unchanged) {
		fprintf(stderr, "shuyu: %s: already in the termbase with the same content; nothing changed\n",
			doc.symbol);
	} else {
		fprintf(stderr, "shuyu: %s: %s %zu segment%s; %zu distinct term%s found, %zu time%s\n",
			doc.symbol, stats.replaced ? "replaced the old version with" : "stored",
			stats.segments, stats.segments == 1 ? "" : "s", stats.terms_found,
			stats.terms_found == 1 ? "" : "s", stats.occurrences,
			stats.occurrences == 1 ? "" : "s");
		/* Given CC-CEDICT, the merge has cut the phrases and this
		 * finds none left; without it, they are cut here, on ICU's
		 * words alone. */
		if (sy_termbase_index_phrases(tb, doc.lex, ref, doc.symbol, &err))
			status = cli_fail(&err);
	}
close:
	cli_aligner_close(&a);
	sy_lexicon_close(lex);
	sy_reference_close(ref);
	sy_termbase_close(tb);
done:
	free(beads);
	sy_sentence_list_free(&zh);
	sy_sentence_list_free(&en);
	return cli_finish_output(status);
}
