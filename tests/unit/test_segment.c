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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_segment_chinese_ends_at_full_stops_and_question_marks),
		cmocka_unit_test(test_segment_keeps_document_symbol_whole),
		cmocka_unit_test(test_segment_paragraph_number_is_metadata),
	};
	return cmocka_run_group_tests_name("segment", tests, NULL, NULL);
}
