/*
 * fuzz_extract.c - libFuzzer target: whatever pair of documents a
 * translator merges, then 'shuyu extract'. Built by 'make fuzz'.
 *
 * Each input is a Chinese document and its English, cut at the first NUL
 * (no NUL: a Chinese document alone). Both are decoded leniently and
 * segmented, aligned, merged into one termbase as the document S/FUZZ
 * (each input replaces the last, so the termbase stays small), their
 * phrases indexed, and the candidates extracted, every string of each
 * read. This is the path an unseen document takes: UN structure,
 * alignment of any shape, the chunk cutter, the stored chunks read back
 * and the pairing.
 *
 * At the first input: a termbase with a few glossary terms, a small
 * dictionary in CC-CEDICT's format written beside it and one in ECDICT's,
 * the termbase's Hunspell and an aligner. Besides what ASan catches,
 * every call must succeed or fail with a message.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "shuyu/align.h"
#include "shuyu/endict.h"
#include "shuyu/extract.h"
#include "shuyu/lexicon.h"
#include "shuyu/segment.h"
#include "shuyu/termbase.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
sy_termbase *fuzz_open_termbase(const char *extension);

static sy_termbase *termbase; /* fuzz_open_termbase's (import_target.c) */
static sy_lexicon *lexicon;
static sy_aligner *aligner;
static char dict_path[160], endict_path[160], reference_path[160];
static sy_endict *endict;
static sy_reference *reference;

static const char glossary[] =
	"id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
	"t1\t负责任国家行为\tresponsible State behaviour\tnorms\tpreferred\t\tA/70/174\n"
	"t2\t建立信任措施\tconfidence-building measures\tconfidence-building\tpreferred\t\t\n"
	"t3\t信通技术\tICT\tthreats\tpreferred\t\t\n"
	"t4\t关键基础设施\tcritical infrastructure\tinfrastructure\tpreferred\t\t\n";

static const char dictionary[] =
	"# a few entries in the CC-CEDICT format\n"
	"網絡 网络 [wang3 luo4] /network/cyber/\n"
	"關鍵 关键 [guan1 jian4] /critical/key/\n"
	"基礎設施 基础设施 [ji1 chu3 she4 shi1] /infrastructure/\n"
	"建立 建立 [jian4 li4] /to establish/to build/\n"
	"信任 信任 [xin4 ren4] /to trust/confidence/\n"
	"措施 措施 [cuo4 shi1] /measure/step/\n"
	"保護 保护 [bao3 hu4] /to protect/protection/\n"
	"各國 各国 [ge4 guo2] /each country/States/\n"
	"國際法 国际法 [guo2 ji4 fa3] /international law/\n"
	"安全理事會 安全理事会 [An1 quan2 Li3 shi4 hui4] /(United Nations) Security Council/\n"
	"東盟 东盟 [Dong1 Meng2] /ASEAN/\n"
	"埃及 埃及 [Ai1 ji2] /Egypt/\n"
	"透明度 透明度 [tou4 ming2 du4] /transparency/\n"
	"個 个 [ge4] /individual/classifier for people or objects in general/\n"
	"安全 安全 [an1 quan2] /safe/security/\n"
	"安全帶 安全带 [an1 quan2 dai4] /seat belt/\n"
	"帶來 带来 [dai4 lai2] /to bring/\n";

/* General-language frequencies (jieba's format), for where two readings of
 * the Chinese overlap (安全带来). */
static const char frequencies[] = "安全 9921 n\n带来 6670 v\n安全带 70 n\n来 161501 v\n"
				  "国际 24601 n\n国际法 403 n\n外 35084 f\n";

/* A few entries in ECDICT's CSV: the English-Chinese dictionary's matches
 * (runs of words, heads of compounds, parts of hyphenated words) are on
 * the path too. */
static const char ecdict[] =
	"word,phonetic,definition,translation,pos,collins,oxford,tag,bnc,frq,exchange,detail,audio\n"
	"cyber,,,\"a. 网络的\",,,,,0,0,,,\n"
	"wrongful,,,\"a. 不正当的, 不法的\",,,,,0,0,,,\n"
	"capacity,,,\"n. 容量, 能力\",,,,,0,0,,,\n"
	"charge d'affaires,,,\"n. <法>代办，临时代办\",,,,,0,0,,,\n"
	"settlement of disputes,,,\"n. 解决争端\",,,,,0,0,,,\n"
	"state,,,\"n. 国家, 状态\",,,,,0,0,,,\n";

static void fail(const char *what, const sy_error *err)
{
	fprintf(stderr, "fuzz_extract: %s: %s\n", what, err ? err->message : "");
	abort();
}

static void clean_up(void)
{
	sy_aligner_free(aligner);
	sy_lexicon_close(lexicon);
	sy_endict_close(endict);
	sy_reference_close(reference);
	unlink(dict_path);
	unlink(reference_path);
	unlink(endict_path);
	strncat(endict_path, ".shuyu-cache", sizeof(endict_path) - strlen(endict_path) - 1);
	unlink(endict_path);
}

static void open_once(void)
{
	const char *db = NULL;
	sy_lemmatizer *lm = NULL;
	sy_align_options opt;
	sy_error err = {0, ""};
	FILE *f;

	termbase = fuzz_open_termbase("");
	if (sy_termbase_import_glossary(termbase, glossary, sizeof(glossary) - 1, "fuzz", &err))
		fail("making the termbase", &err);
	db = sy_termbase_path(termbase);
	snprintf(dict_path, sizeof(dict_path), "%s.cedict", db);
	f = fopen(dict_path, "wb");
	if (!f || fwrite(dictionary, 1, sizeof(dictionary) - 1, f) != sizeof(dictionary) - 1 || fclose(f))
		fail("writing the dictionary", NULL);
	if (sy_lexicon_open(&lexicon, dict_path, &err))
		fail("reading the dictionary", &err);
	snprintf(endict_path, sizeof(endict_path), "%s.ecdict.csv", db);
	f = fopen(endict_path, "wb");
	if (!f || fwrite(ecdict, 1, sizeof(ecdict) - 1, f) != sizeof(ecdict) - 1 || fclose(f))
		fail("writing the English-Chinese dictionary", NULL);
	if (sy_endict_open(&endict, endict_path, &err))
		fail("reading the English-Chinese dictionary", &err);
	snprintf(reference_path, sizeof(reference_path), "%s.jieba", db);
	f = fopen(reference_path, "wb");
	if (!f || fwrite(frequencies, 1, sizeof(frequencies) - 1, f) != sizeof(frequencies) - 1 ||
	    fclose(f))
		fail("writing the frequencies", NULL);
	if (sy_reference_open_background(&reference, reference_path, &err) ||
	    sy_reference_ready(reference, &err))
		fail("reading the frequencies", &err);
	if (sy_termbase_lemmatizer(termbase, &lm, &err))
		lm = NULL; /* no Hunspell: the aligner works without */
	sy_align_options_init(&opt);
	opt.threads = 1;
	if (sy_aligner_new(&aligner, lexicon, lm, &opt, &err))
		fail("making the aligner", &err);
	atexit(clean_up);
}

/* Done, or refused with a message. */
static int check(int rc, const sy_error *err, const char *what)
{
	if (rc != SY_OK && !err->message[0])
		fail(what, err);
	return rc;
}

/* Read every byte of a string, so that ASan sees it. */
static size_t touch(const char *s)
{
	if (!s)
		fail("a candidate's string is NULL", NULL);
	return strlen(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sy_decode_options decode = {NULL, 1}; /* lenient: bad bytes become U+FFFD */
	sy_sentence_list zh, en;
	sy_alignment alignment;
	sy_merge_bead *beads = NULL;
	sy_merge_doc doc;
	sy_merge_stats stats;
	sy_extract_options opt;
	sy_candidate_list list;
	sy_error err = {0, ""};
	const char *cut;
	size_t zh_len, i, total = 0;
	int have_en;

	if (!termbase)
		open_once();
	if (size > 32768)
		return 0;
	cut = memchr(data, '\0', size);
	zh_len = cut ? (size_t)(cut - (const char *)data) : size;
	have_en = cut != NULL;
	memset(&zh, 0, sizeof(zh));
	memset(&en, 0, sizeof(en));
	if (check(sy_sentence_list_from_memory(&zh, (const char *)data, zh_len, "zh", &decode, &err), &err,
		  "segmenting the Chinese"))
		return 0;
	if (have_en && check(sy_sentence_list_from_memory(&en, cut + 1, size - zh_len - 1, "en", &decode, &err),
			     &err, "segmenting the English")) {
		sy_sentence_list_free(&zh);
		return 0;
	}

	memset(&doc, 0, sizeof(doc));
	doc.symbol = "S/FUZZ";
	doc.zh = &zh;
	doc.lex = lexicon;
	doc.reference = reference;
	if (have_en) {
		if (check(sy_align(aligner, &zh, &en, &alignment, &err), &err, "aligning"))
			goto done;
		beads = calloc(alignment.count ? alignment.count : 1, sizeof(*beads));
		if (!beads)
			fail("out of memory", NULL);
		for (i = 0; i < alignment.count; i++) {
			const sy_bead *b = &alignment.beads[i];
			if (b->zh_first + b->zh_count > zh.count || b->en_first + b->en_count > en.count)
				fail("a bead past the end of the sentences", NULL);
			beads[i].zh_first = b->zh_first;
			beads[i].zh_count = b->zh_count;
			beads[i].en_first = b->en_first;
			beads[i].en_count = b->en_count;
			beads[i].score = b->score;
		}
		doc.en = &en;
		doc.beads = beads;
		doc.n_beads = alignment.count;
		sy_alignment_free(&alignment);
	}
	if (check(sy_termbase_merge(termbase, &doc, &stats, NULL, NULL, &err), &err, "merging") ||
	    check(sy_termbase_index_phrases(termbase, lexicon, reference, doc.symbol, &err), &err,
		  "indexing"))
		goto done;

	memset(&opt, 0, sizeof(opt));
	opt.document = doc.symbol;
	opt.all = 1;
	opt.endict = endict;
	opt.reference = reference;
	if (check(sy_termbase_extract(termbase, lexicon, &opt, &list, &err), &err, "extracting"))
		goto done;
	for (i = 0; i < list.count; i++) {
		const sy_candidate *c = &list.items[i];
		total += touch(c->zh) + touch(c->en) + touch(c->acronym) + touch(c->documents) +
			 touch(c->example_zh) + touch(c->example_en);
		if (c->frequency < 1 || c->translation < 0 || c->translation > 1)
			fail("a candidate out of range", NULL);
	}
	sy_candidate_list_free(&list);
done:
	free(beads);
	sy_sentence_list_free(&zh);
	sy_sentence_list_free(&en);
	return total == (size_t)-1; /* keep total alive */
}
