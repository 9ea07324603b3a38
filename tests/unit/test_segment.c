/*
 * test_segment.c - sentence segmentation, Chinese and English, and the
 * structure of UN documents (headings, numbered paragraphs, items, footnotes).
 */
#include "testutil.h"

static void test_segment_chinese_ends_at_full_stops_and_question_marks(void **state)
{
	static const char *const expected[] = {"会员国将有机会重申其承诺。", "这是什么？", "好！", NULL};
	sy_sentence_list list;

	(void)state;
	segment_text(&list, "会员国将有机会重申其承诺。这是什么？好！\n");
	assert_sentences(&list, expected);
	sy_sentence_list_free(&list);
}

static void test_segment_keeps_document_symbol_whole(void **state)
{
	static const char *const expected[] = {
		"The Secretary-General said so (see S/PV.8144).",
		"The Assembly adopted resolution A/RES/70/237 by consensus.", NULL};
	sy_sentence_list list;

	(void)state;
	segment_text(&list, "The Secretary-General said so (see S/PV.8144). The Assembly adopted "
			    "resolution A/RES/70/237 by consensus.\n");
	assert_sentences(&list, expected);
	sy_sentence_list_free(&list);
}

static void test_segment_paragraph_number_is_metadata(void **state)
{
	static const char *const expected[] = {"本次公开辩论的目标是促进更好地了解风险。", NULL};
	sy_sentence_list list;

	(void)state;
	segment_text(&list, "1. 本次公开辩论的目标是促进更好地了解风险。\n");
	assert_sentences(&list, expected);
	assert_int_equal(list.items[0].kind, SY_BLOCK_PARAGRAPH);
	assert_string_equal(list.items[0].number, "1");
	sy_sentence_list_free(&list);
}

static void check(const char *text, const char *const *expected)
{
	sy_sentence_list list;

	segment_text(&list, text);
	assert_sentences(&list, expected);
	sy_sentence_list_free(&list);
}

static void test_segment_english_abbreviations_initials_decimals_never_split(void **state)
{
	static const char *const expected[] = {
		"Mr. Smith and Dr. Jones met the U.S. delegation, i.e. the No. 2 team, e.g. at 3.5 p.m. on time.",
		"J. R. R. Tolkien wrote it (see A/70/174, para. 3).",
		"The risks ... and the threats remain.", NULL};

	(void)state;
	check("Mr. Smith and Dr. Jones met the U.S. delegation, i.e. the No. 2 team, e.g. at 3.5 "
	      "p.m. on time. J. R. R. Tolkien wrote it (see A/70/174, para. 3). The risks ... and the "
	      "threats remain.\n",
	      expected);
}

static void test_segment_chinese_closing_quotes_stay_and_runs_of_stops(void **state)
{
	/* A quotation ending in 。 inside a sentence that goes on is part of it
	 * (GB/T 15834); after a sentence, closing quotes stay with it. */
	static const char *const expected[] = {"他说：“我们同意。”然后离开了。", "真的吗？！",
					       "她说：“好。”", "“再见。”", NULL};

	(void)state;
	check("他说：“我们同意。”然后离开了。真的吗？！她说：“好。” “再见。”\n", expected);
}

static void test_segment_chinese_semicolon_and_colon_end_only_at_line_end(void **state)
{
	static const char *const expected[] = {"第一，加强合作；第二，建立信任：这是关键。",
					       "会员国不妨讨论以下问题：", "各国如何合作？", NULL};

	(void)state;
	check("第一，加强合作；第二，建立信任：这是关键。\n会员国不妨讨论以下问题：\n各国如何合作？\n",
	      expected);
}

static void test_segment_chinese_ellipsis_ends_only_where_a_new_sentence_starts(void **state)
{
	static const char *const expected[] = {"这是一个很长的段落……他停顿了一下。", "他说……",
					       "“我们走吧。”", NULL};

	(void)state;
	check("这是一个很长的段落……他停顿了一下。他说…… “我们走吧。”\n", expected);
}

static void test_segment_halfwidth_punctuation_in_chinese(void **state)
{
	static const char *const expected[] = {"他来了!", "她走了?", "好.", NULL};

	(void)state;
	check("他来了!她走了?好.\n", expected);
}

static void test_segment_quoted_question_inside_a_sentence_does_not_end_it(void **state)
{
	static const char *const expected[] = {
		"建议成员国考虑“如何应对网络威胁？”(见 S/2019/643)，几位与会者谈到了这一问题。",
		"They asked \"how?\" and left.", NULL};

	(void)state;
	check("建议成员国考虑“如何应对网络威胁？”(见 S/2019/643)，几位与会者谈到了这一问题。"
	      "They asked \"how?\" and left.\n",
	      expected);
}

static void test_segment_footnote_markers_stay_with_their_sentence(void **state)
{
	static const char *const expected[] = {"编写了共识报告。¹", "会员国一致同意。²",
					       "They reported in 2021.³", "Members agreed.", NULL};

	(void)state;
	check("编写了共识报告。¹ 会员国一致同意。²\n\nThey reported in 2021.³ Members agreed.\n", expected);
}

static void test_segment_joins_a_sentence_cut_by_a_page_break(void **state)
{
	static const char *const expected[] = {
		"这是第一句。2019冠状病毒病(COVID-19)大流行进一步增加了依赖。",
		"The coronavirus disease (COVID-19) pandemic has increased dependence.", NULL};
	sy_sentence_list list;

	(void)state;
	segment_text(&list, "5. 这是第一句。2019冠状病毒病(COVID-19)大\n\n流行进一步增加了依赖。\n\n"
			    "6. The coronavirus disease (COVID-19)\n\npandemic has increased dependence.\n");
	assert_int_equal(list.count, 3);
	assert_string_equal(list.items[0].text, "这是第一句。");
	assert_string_equal(list.items[1].text, "2019冠状病毒病(COVID-19)大流行进一步增加了依赖。");
	assert_string_equal(list.items[1].number, "5");
	assert_string_equal(list.items[2].text, expected[1]);
	assert_string_equal(list.items[2].number, "6");
	sy_sentence_list_free(&list);
}

static void test_segment_un_structure_headings_items_footnotes(void **state)
{
	sy_sentence_list list;

	(void)state;
	segment_text(&list, "一. 目标\n\nI. Objective\n\nA. Background\n\n(a) 第一个问题？\n\n"
			    "（二）第二项。\n\n¹ A/65/201 已得到核可。\n\n12. Paragraph twelve.\n");
	assert_int_equal(list.count, 7);
	assert_int_equal(list.items[0].kind, SY_BLOCK_HEADING);
	assert_string_equal(list.items[0].number, "一");
	assert_string_equal(list.items[0].text, "目标");
	assert_int_equal(list.items[1].kind, SY_BLOCK_HEADING);
	assert_string_equal(list.items[1].number, "I");
	assert_string_equal(list.items[2].number, "A");
	assert_int_equal(list.items[3].kind, SY_BLOCK_ITEM);
	assert_string_equal(list.items[3].number, "(a)");
	assert_string_equal(list.items[4].number, "(二)");
	assert_int_equal(list.items[5].kind, SY_BLOCK_FOOTNOTE);
	assert_string_equal(list.items[5].number, "1");
	assert_string_equal(list.items[5].text, "A/65/201 已得到核可。");
	assert_int_equal(list.items[6].kind, SY_BLOCK_PARAGRAPH);
	assert_string_equal(list.items[6].number, "12");
	sy_sentence_list_free(&list);
}

static void test_segment_joins_hard_wrapped_english_but_keeps_short_lines_apart(void **state)
{
	static const char *const expected[] = {
		"Security Council", "Distr.: General", "8 June 2021",
		"The Group of Governmental Experts on Advancing Responsible State Behaviour in "
		"Cyberspace met in New York and adopted its report by consensus.",
		"It was endorsed later.", NULL};

	(void)state;
	check("Security Council\nDistr.: General\n8 June 2021\n\n"
	      "The Group of Governmental Experts on Advancing Responsible State\n"
	      "Behaviour in Cyberspace met in New York and adopted its report by\n"
	      "consensus. It was endorsed later.\n",
	      expected);
}

static void test_segment_one_sentence_per_line_file_stays_one_per_line(void **state)
{
	static const char *const expected[] = {"In the beginning God created the heaven and the earth.",
					       "And the earth was without form, and void;",
					       "and darkness was upon the face of the deep.", NULL};

	(void)state;
	check("In the beginning God created the heaven and the earth.\nAnd the earth was without "
	      "form, and void;\nand darkness was upon the face of the deep.\n",
	      expected);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_segment_chinese_ends_at_full_stops_and_question_marks),
		cmocka_unit_test(test_segment_keeps_document_symbol_whole),
		cmocka_unit_test(test_segment_paragraph_number_is_metadata),
		cmocka_unit_test(test_segment_english_abbreviations_initials_decimals_never_split),
		cmocka_unit_test(test_segment_chinese_closing_quotes_stay_and_runs_of_stops),
		cmocka_unit_test(test_segment_chinese_semicolon_and_colon_end_only_at_line_end),
		cmocka_unit_test(test_segment_chinese_ellipsis_ends_only_where_a_new_sentence_starts),
		cmocka_unit_test(test_segment_halfwidth_punctuation_in_chinese),
		cmocka_unit_test(test_segment_quoted_question_inside_a_sentence_does_not_end_it),
		cmocka_unit_test(test_segment_footnote_markers_stay_with_their_sentence),
		cmocka_unit_test(test_segment_joins_a_sentence_cut_by_a_page_break),
		cmocka_unit_test(test_segment_un_structure_headings_items_footnotes),
		cmocka_unit_test(test_segment_joins_hard_wrapped_english_but_keeps_short_lines_apart),
		cmocka_unit_test(test_segment_one_sentence_per_line_file_stays_one_per_line),
	};
	return cmocka_run_group_tests_name("segment", tests, NULL, NULL);
}
