/*
 * test_fold.c - the keys terms are found by: traditional and full-width
 * Chinese, English case and inflection.
 */
#include "testutil.h"

static sy_lemmatizer *lm;

static int open_lemmatizer(void **state)
{
	sy_error err = {0, ""};
	(void)state;
	return sy_lemmatizer_open(&lm, NULL, &err);
}

static int close_lemmatizer(void **state)
{
	(void)state;
	sy_lemmatizer_close(lm);
	return 0;
}

static void assert_zh_key(const char *text, const char *key)
{
	sy_error err = {0, ""};
	char *got;

	assert_int_equal(sy_fold_zh(text, strlen(text), &got, &err), SY_OK);
	assert_string_equal(got, key);
	free(got);
}

static void assert_en_key(const char *text, const char *key)
{
	sy_error err = {0, ""};
	char *got;

	assert_int_equal(sy_fold_en(lm, text, strlen(text), &got, &err), SY_OK);
	assert_string_equal(got, key);
	free(got);
}

static void assert_same_en_key(const char *a, const char *b)
{
	sy_error err = {0, ""};
	char *ka, *kb;

	assert_int_equal(sy_fold_en(lm, a, strlen(a), &ka, &err), SY_OK);
	assert_int_equal(sy_fold_en(lm, b, strlen(b), &kb, &err), SY_OK);
	if (strcmp(ka, kb))
		fail_msg("\"%s\" → \"%s\" but \"%s\" → \"%s\"", a, ka, b, kb);
	free(ka);
	free(kb);
}

static void test_fold_traditional_chinese_to_simplified(void **state)
{
	(void)state;
	assert_zh_key("負責任國家行為", "负责任国家行为");
	assert_zh_key("建立信任措施", "建立信任措施");
	assert_zh_key("網絡空間", "网络空间");
}

static void test_fold_fullwidth_to_halfwidth_and_drops_spaces(void **state)
{
	(void)state;
	assert_zh_key("Ｓ／ＰＶ．８１４４", "s/pv.8144");
	assert_zh_key("负责任　国家 行为", "负责任国家行为");
}

static void test_fold_english_plural_and_case(void **state)
{
	(void)state;
	assert_same_en_key("confidence-building measure", "Confidence-building measures");
	assert_same_en_key("Member State", "Member States");
	assert_same_en_key("activity", "activities");
	assert_same_en_key("organization", "organizations");
	assert_same_en_key("United Nation", "United Nations");
	assert_same_en_key("ICT", "ICTs");
	assert_same_en_key("confidence building", "confidence-building");
	assert_same_en_key("cyberthreat", "cyberthreats");
}

static void test_fold_english_keeps_distinct_words_apart(void **state)
{
	(void)state;
	assert_en_key("responsible State behaviour", "responsible state behaviour");
	assert_en_key("better", "better");
	assert_en_key("data", "data");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold_traditional_chinese_to_simplified),
		cmocka_unit_test(test_fold_fullwidth_to_halfwidth_and_drops_spaces),
		cmocka_unit_test(test_fold_english_plural_and_case),
		cmocka_unit_test(test_fold_english_keeps_distinct_words_apart),
	};
	return cmocka_run_group_tests_name("fold", tests, open_lemmatizer, close_lemmatizer);
}
