/*
 * test_align.c - sentence alignment: small made-up documents aligned
 * exactly, beads that are not 1-1, anchors, structure, documents that are
 * not translations, and input that is empty, lopsided or huge.
 *
 * Most tests use a small dictionary in the CC-CEDICT format written here;
 * the non-parallel test needs the real CC-CEDICT (set-up fetches it) and
 * is skipped without it.
 */
#include <unistd.h>

#include "testutil.h"

static const char small_dictionary[] =
	"安全理事會 安全理事会 [an1 quan2 li3 shi4 hui4] /Security Council/\n"
	"安理會 安理会 [an1 li3 hui4] /Security Council/\n"
	"星期二 星期二 [xing1 qi1 er4] /Tuesday/\n"
	"會議 会议 [hui4 yi4] /meeting/conference/\n"
	"舉行 举行 [ju3 xing2] /to hold (a meeting)/\n"
	"會員國 会员国 [hui4 yuan2 guo2] /member state/\n"
	"討論 讨论 [tao3 lun4] /to discuss/discussion/\n"
	"網絡 网络 [wang3 luo4] /network/cyber/\n"
	"安全 安全 [an1 quan2] /safe/security/\n"
	"秘書長 秘书长 [mi4 shu1 zhang3] /secretary-general/\n"
	"介紹 介绍 [jie4 shao4] /to present/to introduce/\n"
	"報告 报告 [bao4 gao4] /report/\n"
	"代表團 代表团 [dai4 biao3 tuan2] /delegation/\n"
	"問題 问题 [wen4 ti2] /question/problem/\n"
	"中午 中午 [zhong1 wu3] /noon/\n"
	"結束 结束 [jie2 shu4] /to end/\n"
	"六月 六月 [liu4 yue4] /June/\n"
	"通過 通过 [tong1 guo4] /to adopt/to pass/\n"
	"決議 决议 [jue2 yi4] /resolution/\n";

typedef struct fixture {
	char *dictionary_path;
	sy_lexicon *lex;
	sy_lemmatizer *lm;
} fixture;

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof *f);
	sy_error err = {0, ""};
	int fd;

	f->dictionary_path = strdup("/tmp/shuyu-test-align-XXXXXX");
	fd = mkstemp(f->dictionary_path);
	if (fd < 0 || write(fd, small_dictionary, sizeof small_dictionary - 1) < 0)
		return -1;
	close(fd);
	if (sy_lexicon_open(&f->lex, f->dictionary_path, &err))
		return -1;
	if (sy_lemmatizer_open(&f->lm, NULL, &err))
		f->lm = NULL;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;

	sy_lexicon_close(f->lex);
	sy_lemmatizer_close(f->lm);
	unlink(f->dictionary_path);
	free(f->dictionary_path);
	free(f);
	return 0;
}

/* A presegmented document from sentences (the list ends with NULL). */
static void lines(sy_sentence_list *list, const char *const *sentences)
{
	sy_error err = {0, ""};
	size_t len = 0, i;
	char *text, *p;

	for (i = 0; sentences[i]; i++)
		len += strlen(sentences[i]) + 1;
	p = text = malloc(len + 1);
	for (i = 0; sentences[i]; i++) {
		size_t n = strlen(sentences[i]);
		memcpy(p, sentences[i], n);
		p[n] = '\n';
		p += n + 1;
	}
	*p = '\0';
	if (sy_sentence_list_lines_from_memory(list, text, len, "test", NULL, &err))
		fail_msg("reading lines: %s", err.message);
	free(text);
}

static void align(const fixture *f, const sy_lexicon *lex, const sy_sentence_list *zh,
		  const sy_sentence_list *en, sy_alignment *out)
{
	sy_aligner *al;
	sy_error err = {0, ""};

	assert_int_equal(sy_aligner_new(&al, lex, f ? f->lm : NULL, NULL, &err), SY_OK);
	if (sy_align(al, zh, en, out, &err))
		fail_msg("align: %s", err.message);
	sy_aligner_free(al);
}

/* The alignment as "zh:en" beads, e.g. "0:0 1-2:1 3:-", to compare. */
static void assert_beads(const sy_alignment *a, const char *expected)
{
	char got[4096];
	size_t k, n = 0;

	got[0] = '\0';
	for (k = 0; k < a->count && n + 64 < sizeof got; k++) {
		const sy_bead *b = &a->beads[k];
		char zh[32], en[32];
		if (!b->zh_count)
			snprintf(zh, sizeof zh, "-");
		else if (b->zh_count == 1)
			snprintf(zh, sizeof zh, "%zu", b->zh_first);
		else
			snprintf(zh, sizeof zh, "%zu-%zu", b->zh_first, b->zh_first + b->zh_count - 1);
		if (!b->en_count)
			snprintf(en, sizeof en, "-");
		else if (b->en_count == 1)
			snprintf(en, sizeof en, "%zu", b->en_first);
		else
			snprintf(en, sizeof en, "%zu-%zu", b->en_first, b->en_first + b->en_count - 1);
		n += (size_t)snprintf(got + n, sizeof got - n, "%s%s:%s", k ? " " : "", zh, en);
	}
	if (strcmp(got, expected))
		fail_msg("beads\n  got      %s\n  expected %s", got, expected);
}

/* Every sentence of both sides in exactly one bead, in order. */
static void assert_covers(const sy_alignment *a, size_t n_zh, size_t n_en)
{
	size_t k, zh = 0, en = 0;

	for (k = 0; k < a->count; k++) {
		if (a->beads[k].zh_count)
			assert_int_equal(a->beads[k].zh_first, zh);
		if (a->beads[k].en_count)
			assert_int_equal(a->beads[k].en_first, en);
		zh += a->beads[k].zh_count;
		en += a->beads[k].en_count;
		assert_true(a->beads[k].score >= 0 && a->beads[k].score <= 1);
	}
	assert_int_equal(zh, n_zh);
	assert_int_equal(en, n_en);
}

static const char *const meeting_zh[] = {
	"安全理事会星期二举行会议。", "会员国讨论了网络安全。", "秘书长介绍了一份报告。",
	"若干代表团提出了问题？",     "会议于中午结束。",       "下次会议将于六月举行。", NULL};
static const char *const meeting_en[] = {
	"The Security Council held a meeting on Tuesday.", "Member States discussed cyber security.",
	"The Secretary-General presented a report.", "Did several delegations ask questions?",
	"The meeting ended at noon.", "The next meeting will be held in June.", NULL};

static void test_align_small_document_exactly(void **state)
{
	sy_sentence_list zh, en;
	sy_alignment a;

	lines(&zh, meeting_zh);
	lines(&en, meeting_en);
	align(*state, ((fixture *)*state)->lex, &zh, &en, &a);
	assert_beads(&a, "0:0 1:1 2:2 3:3 4:4 5:5");
	assert_covers(&a, zh.count, en.count);
	assert_true(a.parallel);
	sy_alignment_free(&a);
	sy_sentence_list_free(&zh);
	sy_sentence_list_free(&en);
}

static void test_align_finds_one_english_sentence_split_in_two(void **state)
{
	static const char *const zh_text[] = {
		"安全理事会星期二举行会议。", "会员国讨论了网络安全。", "安理会通过了决议。",
		"会议于中午结束。", "秘书长介绍了一份报告。", "下次会议将于六月举行。", NULL};
	static const char *const en_text[] = {
		"The Security Council held a meeting on Tuesday.", "Member States discussed cyber security.",
		"The Council adopted the resolution and the meeting ended at noon.",
		"The Secretary-General presented a report.", "The next meeting will be held in June.", NULL};
	sy_sentence_list zh, en;
	sy_alignment a;

	(void)state;
	lines(&zh, zh_text);
	lines(&en, en_text);
	align(*state, ((fixture *)*state)->lex, &zh, &en, &a);
	assert_beads(&a, "0:0 1:1 2-3:2 4:3 5:4");
	sy_alignment_free(&a);
	sy_sentence_list_free(&zh);
	sy_sentence_list_free(&en);
}

/*
 * No dictionary at all, and sentences alike but for their numbers; the
 * Chinese has one more. Only the numbers can tell which one has no
 * English counterpart.
 */
static void test_align_numbers_are_anchors(void **state)
{
	char zh_buf[21][128], en_buf[20][128], expected[512];
	const char *zh_text[22], *en_text[21];
	sy_sentence_list zh, en;
	sy_alignment a;
	size_t k, z = 0, n = 0;

	(void)state;
	for (k = 0; k < 20; k++) {
		unsigned number = 1000 + 37 * (unsigned)k * (unsigned)k;
		if (k == 13) {
			snprintf(zh_buf[z], sizeof zh_buf[z], "项目99999已讨论。");
			zh_text[z] = zh_buf[z];
			n += (size_t)snprintf(expected + n, sizeof expected - n, " %zu:-", z);
			z++;
		}
		snprintf(zh_buf[z], sizeof zh_buf[z], "项目%u已讨论。", number);
		snprintf(en_buf[k], sizeof en_buf[k], "Item %u was discussed.", number);
		zh_text[z] = zh_buf[z];
		en_text[k] = en_buf[k];
		n += (size_t)snprintf(expected + n, sizeof expected - n, "%s%zu:%zu", k ? " " : "", z, k);
		z++;
	}
	zh_text[z] = en_text[20] = NULL;
	lines(&zh, zh_text);
	lines(&en, en_text);
	align(NULL, NULL, &zh, &en, &a);
	assert_beads(&a, expected);
	sy_alignment_free(&a);
	sy_sentence_list_free(&zh);
	sy_sentence_list_free(&en);
}

/* Numbered paragraphs on both sides: no bead crosses a paragraph start. */
static void test_align_keeps_beads_inside_numbered_paragraphs(void **state)
{
	static const char zh_text[] = "1. 安全理事会星期二举行会议。会员国讨论了网络安全。\n\n"
				      "2. 秘书长介绍了一份报告。\n\n"
				      "3. 会议于中午结束。下次会议将于六月举行。\n";
	static const char en_text[] = "1. The Security Council held a meeting on Tuesday. Member States "
				      "discussed cyber security.\n\n"
				      "2. The Secretary-General presented a report.\n\n"
				      "3. The meeting ended at noon. The next meeting will be held in June.\n";
	sy_sentence_list zh, en;
	sy_alignment a;

	segment_text(&zh, zh_text);
	segment_text(&en, en_text);
	assert_int_equal(zh.count, 5);
	assert_int_equal(en.count, 5);
	align(*state, ((fixture *)*state)->lex, &zh, &en, &a);
	assert_beads(&a, "0:0 1:1 2:2 3:3 4:4");
	sy_alignment_free(&a);
	sy_sentence_list_free(&zh);
	sy_sentence_list_free(&en);
}

static void test_align_one_side_empty_leaves_the_other_unmatched(void **state)
{
	sy_sentence_list zh, en;
	sy_alignment a;

	memset(&zh, 0, sizeof zh);
	lines(&en, meeting_en);
	align(*state, ((fixture *)*state)->lex, &zh, &en, &a);
	assert_int_equal(a.count, 6);
	assert_beads(&a, "-:0 -:1 -:2 -:3 -:4 -:5");
	sy_alignment_free(&a);
	sy_sentence_list_free(&zh);
	sy_sentence_list_free(&en);
}

static void test_align_one_sentence_against_ten_thousand(void **state)
{
	const char **many = malloc(10001 * sizeof *many);
	static const char *const one[] = {"The meeting ended at noon.", NULL};
	sy_sentence_list zh, en;
	sy_alignment a;
	size_t k, matched = 0;

	for (k = 0; k < 10000; k++)
		many[k] = meeting_zh[k % 6];
	many[10000] = NULL;
	lines(&zh, many);
	lines(&en, one);
	align(*state, ((fixture *)*state)->lex, &zh, &en, &a);
	assert_covers(&a, 10000, 1);
	for (k = 0; k < a.count; k++)
		matched += a.beads[k].en_count;
	assert_int_equal(matched, 1);
	sy_alignment_free(&a);
	sy_sentence_list_free(&zh);
	sy_sentence_list_free(&en);
	free(many);
}

static void test_align_survives_a_sentence_of_fifty_thousand_characters(void **state)
{
	char *huge = malloc(50000 * 3 + 1), *p = huge;
	const char *zh_text[8], *en_text[8];
	sy_sentence_list zh, en;
	sy_alignment a;
	size_t k;

	for (k = 0; k < 50000; k++) {
		memcpy(p, k % 7 ? "会" : "议", 3);
		p += 3;
	}
	*p = '\0';
	for (k = 0; k < 6; k++) {
		zh_text[k] = meeting_zh[k];
		en_text[k] = meeting_en[k];
	}
	zh_text[6] = huge;
	zh_text[7] = NULL;
	en_text[6] = NULL;
	lines(&zh, zh_text);
	lines(&en, en_text);
	align(*state, ((fixture *)*state)->lex, &zh, &en, &a);
	assert_covers(&a, 7, 6);
	sy_alignment_free(&a);
	sy_sentence_list_free(&zh);
	sy_sentence_list_free(&en);
	free(huge);
}

/* The concept note in Chinese against English about something else. */
static void test_align_refuses_documents_that_are_not_translations(void **state)
{
	static const char *const unrelated_en[] = {
		"Preheat the oven to a moderate heat before you start.",
		"Sift the flour and the salt into a large bowl.",
		"Rub the butter into the flour with your fingertips.",
		"Add the sugar, the raisins and the grated lemon peel.",
		"Beat the eggs with the milk in a jug.",
		"Pour the liquid into the dry ingredients and stir gently.",
		"The dough should be soft but not sticky.",
		"Roll it out on a floured board to the thickness of a thumb.",
		"Cut it into rounds with a fluted cutter.",
		"Brush the tops with a little beaten egg.",
		"Bake the scones until they have risen and turned golden.",
		"Cool them on a wire rack for ten minutes.",
		"Serve them warm with clotted cream and strawberry jam.",
		"A pot of strong tea goes well with them.",
		"Scones are best eaten on the day they are baked.",
		"Leftovers can be frozen for up to a month.",
		"Thaw them at room temperature and warm them briefly.",
		"Some cooks add cheese instead of fruit.",
		"Others prefer a pinch of nutmeg or cinnamon.",
		"The recipe makes about twelve scones.",
		NULL};
	const char *path = getenv("SHUYU_CEDICT") ? getenv("SHUYU_CEDICT") : "build/cedict/cedict_ts.u8";
	sy_lexicon *cedict;
	sy_sentence_list zh, en, en_true;
	sy_alignment a;
	sy_error err = {0, ""};
	size_t len;
	char *text;

	if (access(path, R_OK) || access("corpora/concept-note.zh.txt", R_OK))
		skip();
	assert_int_equal(sy_lexicon_open(&cedict, path, &err), SY_OK);
	text = read_file("corpora/concept-note.zh.txt", &len);
	assert_int_equal(sy_sentence_list_from_memory(&zh, text, len, "zh", NULL, &err), SY_OK);
	free(text);
	lines(&en, unrelated_en);
	align(*state, cedict, &zh, &en, &a);
	if (a.parallel)
		fail_msg("unrelated documents taken as parallel: evidence %.3f, chance %.3f", a.evidence,
			 a.chance);
	assert_true(a.evidence <= a.chance);
	sy_alignment_free(&a);
	/* And the real translation is taken as one. */
	text = read_file("corpora/concept-note.en.txt", &len);
	assert_int_equal(sy_sentence_list_from_memory(&en_true, text, len, "en", NULL, &err), SY_OK);
	free(text);
	align(*state, cedict, &zh, &en_true, &a);
	assert_true(a.parallel);
	assert_true(a.evidence > a.chance);
	sy_alignment_free(&a);
	sy_sentence_list_free(&en_true);
	sy_sentence_list_free(&zh);
	sy_sentence_list_free(&en);
	sy_lexicon_close(cedict);
}

static void test_align_tells_chinese_from_english(void **state)
{
	static const char *const quoting[] = {
		"几个会员国在发言中提到了大会第 A/RES/70/237 号决议和政府专家组 (Group of Governmental "
		"Experts) 的报告。",
		NULL};
	sy_sentence_list zh, en, mixed;

	(void)state;
	lines(&zh, meeting_zh);
	lines(&en, meeting_en);
	lines(&mixed, quoting);
	assert_true(sy_sentence_list_is_chinese(&zh));
	assert_false(sy_sentence_list_is_chinese(&en));
	assert_true(sy_sentence_list_is_chinese(&mixed));
	sy_sentence_list_free(&zh);
	sy_sentence_list_free(&en);
	sy_sentence_list_free(&mixed);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_align_small_document_exactly),
		cmocka_unit_test(test_align_finds_one_english_sentence_split_in_two),
		cmocka_unit_test(test_align_numbers_are_anchors),
		cmocka_unit_test(test_align_keeps_beads_inside_numbered_paragraphs),
		cmocka_unit_test(test_align_one_side_empty_leaves_the_other_unmatched),
		cmocka_unit_test(test_align_one_sentence_against_ten_thousand),
		cmocka_unit_test(test_align_survives_a_sentence_of_fifty_thousand_characters),
		cmocka_unit_test(test_align_refuses_documents_that_are_not_translations),
		cmocka_unit_test(test_align_tells_chinese_from_english),
	};
	return cmocka_run_group_tests_name("align", tests, setup, teardown);
}
