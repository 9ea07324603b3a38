/*
 * test_fold.c - the keys terms are found by: traditional and full-width
 * Chinese, English case and inflection.
 */
#include <ctype.h>

#include "lemmatizer.h"
#include "testutil.h"
#include "util.h"

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

/*
 * Hunspell gives every stem a word can be spelt from, and the shortest was
 * taken: "us" for used, using and uses, "car" for caring, "the" for
 * things, "ass" for assessed. WordNet now chooses among them, or gives
 * its own (assess), and a word it lists whose stems it knows none of
 * stays as it is.
 */
static void test_fold_english_takes_the_stem_wordnet_knows(void **state)
{
	(void)state;
	assert_same_en_key("use of ICTs", "uses of ICTs");
	assert_same_en_key("use", "used");
	assert_same_en_key("use", "using");
	assert_same_en_key("assess", "assessed");
	assert_same_en_key("assess", "assessing");
	assert_same_en_key("care", "caring");
	assert_same_en_key("aid", "aided");
	assert_same_en_key("unite", "united");
	assert_same_en_key("base", "bases");
	assert_en_key("using", "use");
	assert_en_key("aided", "aid");
	assert_en_key("assess", "assess");
	assert_en_key("things", "thing");
	assert_en_key("seeds", "seed");
	assert_en_key("passed", "pass");
	assert_en_key("severed", "sever");
	assert_en_key("men's", "men");
}

/*
 * A lemmatizer opened for a termbase loads Hunspell at the first word that
 * needs it: not for a word that cannot be inflected, nor for one it was
 * taught (from the lemma table). The words Hunspell folds are kept, when
 * asked, to be written to the table.
 */
static int take_pair(void *userdata, const char *word, const char *lemma)
{
	util_buf *b = userdata;

	return util_buf_add(b, word, strlen(word)) || util_buf_add(b, ">", 1) ||
	       util_buf_add(b, lemma, strlen(lemma)) || util_buf_add(b, " ", 1);
}

static void test_lemmatizer_loads_hunspell_only_for_a_word_that_needs_it(void **state)
{
	sy_lemmatizer *lazy;
	sy_error err = {0, ""};
	util_buf taken = {0};
	const char *lemma;

	(void)state;
	assert_int_equal(lemmatizer_open_lazy(&lazy, &err), SY_OK);
	lemmatizer_keep_new(lazy);
	assert_string_equal(sy_lemma(lazy, "sovereignty", 11), "sovereignty");
	assert_string_equal(sy_lemma(lazy, "the", 3), "the");
	assert_null(sy_lemma(lazy, "2021", 4));
	assert_false(lemmatizer_loaded(lazy));
	/* Taught, as from the table: no Hunspell either. */
	assert_int_equal(lemmatizer_teach(lazy, "villages", 8, "village"), 0);
	assert_int_equal(lemmatizer_teach(lazy, "news", 4, "news"), 0);
	assert_true(lemmatizer_cached(lazy, "villages", 8, &lemma));
	assert_string_equal(lemma, "village");
	assert_true(lemmatizer_cached(lazy, "quantum", 7, &lemma));
	assert_null(lemma);
	assert_false(lemmatizer_cached(lazy, "harvests", 8, &lemma));
	assert_string_equal(sy_lemma(lazy, "villages", 8), "village");
	assert_string_equal(sy_lemma(lazy, "news", 4), "news");
	assert_false(lemmatizer_loaded(lazy));
	/* A word that may be inflected and was not taught loads it. */
	assert_string_equal(sy_lemma(lazy, "harvests", 8), "harvest");
	assert_true(lemmatizer_loaded(lazy));
	assert_string_equal(sy_lemma(lazy, "measures", 8), "measure");
	assert_string_equal(sy_lemma(lazy, "quantum", 7), "quantum");
	/* Kept: what Hunspell folded, not what was taught or cannot fold. */
	assert_int_equal(lemmatizer_take_new(lazy, take_pair, &taken), 0);
	assert_string_equal(util_buf_str(&taken), "harvests>harvest measures>measure ");
	util_buf_set(&taken, NULL);
	assert_int_equal(lemmatizer_take_new(lazy, take_pair, &taken), 0);
	assert_string_equal(util_buf_str(&taken), "");
	free(taken.s);
	sy_lemmatizer_close(lazy);
}

/*
 * Every printable ASCII character, and the same in full width, split and
 * lower-cased as ICU's letters and digits say: English folding answers
 * ASCII without ICU (stop 45), and must cut and case it exactly as ICU
 * cuts and cases the full-width forms it folds to ASCII.
 */
static void test_fold_en_cuts_ascii_as_icu_does(void **state)
{
	char ascii[96], wide[96 * 3 + 1], *a = NULL, *w = NULL;
	size_t n = 0, k = 0;
	sy_error err = {0, ""};
	int c;

	(void)state;
	for (c = 0x21; c < 0x7f; c++) {
		ascii[n++] = (char)c;
		/* U+FF01..U+FF5E: the full-width forms of 0x21..0x7e */
		wide[k++] = (char)0xef;
		wide[k++] = (char)(0xbc + (c - 0x21 + 0x01 >= 0x40));
		wide[k++] = (char)(0x80 + ((c - 0x21 + 0x01) & 0x3f));
	}
	ascii[n] = '\0';
	wide[k] = '\0';
	assert_int_equal(sy_fold_en(NULL, ascii, n, &a, &err), SY_OK);
	/* The apostrophe belongs to words ("State's"): alone, it is one. */
	assert_string_equal(a, "' 0123456789 abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz");
	assert_int_equal(sy_fold_en(NULL, wide, k, &w, &err), SY_OK);
	assert_string_equal(w, a);
	free(a);
	free(w);
}

/* A lemma table of two words, as the termbase's reader gives them; counts
 * what it is asked. */
static const char *ask_table(void *userdata, const char *word, size_t len)
{
	int *asked = userdata;

	(*asked)++;
	if (len == 8 && !memcmp(word, "treaties", 8))
		return "treaty";
	if (len == 6 && !memcmp(word, "access", 6))
		return "access";
	return NULL;
}

/*
 * The lemmatizer asks its table (lemmatizer_ask_first) before Hunspell for
 * a word that may be inflected and is not cached: what the table has,
 * Hunspell is not loaded for, and the answer is cached; what it lacks,
 * Hunspell folds and the lemmatizer keeps for the table. A word that
 * cannot be inflected is not asked about.
 */
static void test_lemmatizer_asks_its_table_before_hunspell(void **state)
{
	sy_lemmatizer *lazy;
	sy_error err = {0, ""};
	util_buf taken = {0};
	int asked = 0;

	(void)state;
	assert_int_equal(lemmatizer_open_lazy(&lazy, &err), SY_OK);
	lemmatizer_keep_new(lazy);
	lemmatizer_ask_first(lazy, ask_table, &asked);
	assert_string_equal(sy_lemma(lazy, "treaties", 8), "treaty");
	assert_string_equal(sy_lemma(lazy, "access", 6), "access");
	assert_int_equal(asked, 2);
	assert_string_equal(sy_lemma(lazy, "treaties", 8), "treaty");
	assert_string_equal(sy_lemma(lazy, "sovereignty", 11), "sovereignty");
	assert_int_equal(asked, 2); /* cached; and no inflection ends "sovereignty" */
	assert_false(lemmatizer_loaded(lazy));
	assert_string_equal(sy_lemma(lazy, "harvests", 8), "harvest");
	assert_int_equal(asked, 3);
	assert_true(lemmatizer_loaded(lazy));
	assert_int_equal(lemmatizer_take_new(lazy, take_pair, &taken), 0);
	assert_string_equal(util_buf_str(&taken), "harvests>harvest ");
	free(taken.s);
	sy_lemmatizer_close(lazy);
}

/*
 * sy_lemma_may_fold against Hunspell and WordNet's folding, which sy_lemma
 * skips for the words the predicate rejects (lemmatizer_fold): every word
 * that Hunspell's dictionary lists (one line in eight), with the endings
 * English inflects it by. A word the folding changes must be one the
 * predicate admits, or sy_lemma and a lookup would keep it unfolded.
 */
static void test_lemma_may_fold_admits_every_folded_word(void **state)
{
	static const char *const endings[] = {"", "s", "es", "ed", "d", "ing", "'s", "s'"};
	/* Spelling changes: the last letter replaced (policy, policies;
	 * secure, securing) or doubled (plan, planned, planning). */
	static const char *const replace_last[] = {"ies", "ing"};
	static const char *const double_last[] = {"ed", "ing"};
	enum { ENDINGS = sizeof(endings) / sizeof(endings[0]) };
	const char *dir = getenv("SHUYU_HUNSPELL_DIR");
	char path[4096], line[256], form[300];
	size_t lines = 0, folded = 0, kept = 0, e;
	FILE *f;

	(void)state;
	snprintf(path, sizeof(path), "%s/en_GB.dic", dir && *dir ? dir : "/usr/share/hunspell");
	f = fopen(path, "r");
	assert_non_null(f);
	while (fgets(line, sizeof(line), f)) {
		size_t n = strcspn(line, "/\t\r\n"), k;
		if (lines++ % 8 || n < 2 || n > 200)
			continue;
		line[n] = '\0';
		for (k = 0; k < n; k++)
			line[k] = (char)tolower((unsigned char)line[k]);
		for (e = 0; e < ENDINGS + 4; e++) {
			char *lemma;
			size_t len;
			if (e < ENDINGS)
				len = (size_t)snprintf(form, sizeof(form), "%s%s", line, endings[e]);
			else if (e < ENDINGS + 2)
				len = (size_t)snprintf(form, sizeof(form), "%.*s%s", (int)n - 1, line,
						       replace_last[e - ENDINGS]);
			else
				len = (size_t)snprintf(form, sizeof(form), "%s%c%s", line, line[n - 1],
						       double_last[e - ENDINGS - 2]);
			lemma = lemmatizer_fold(lm, form, len);
			if (lemma && strcmp(lemma, form)) {
				folded++;
				if (!sy_lemma_may_fold(form, len))
					fail_msg("\"%s\" folds to \"%s\", but sy_lemma_may_fold says no",
						 form, lemma);
			} else if (!sy_lemma_may_fold(form, len)) {
				kept++;
			}
			free(lemma);
		}
	}
	fclose(f);
	/* Enough of both kinds that the comparison means something. */
	assert_true(folded > 10000);
	assert_true(kept > 5000);
	assert_false(sy_lemma_may_fold("sovereignty", 11));
	assert_false(sy_lemma_may_fold("quantum", 7));
	assert_false(sy_lemma_may_fold("5g", 2));
	assert_false(sy_lemma_may_fold("ing", 3));
	assert_true(sy_lemma_may_fold("measures", 8));
	assert_true(sy_lemma_may_fold("applied", 7));
	assert_true(sy_lemma_may_fold("building", 8));
	assert_true(sy_lemma_may_fold("states'", 7));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold_traditional_chinese_to_simplified),
		cmocka_unit_test(test_fold_fullwidth_to_halfwidth_and_drops_spaces),
		cmocka_unit_test(test_fold_english_plural_and_case),
		cmocka_unit_test(test_fold_english_keeps_distinct_words_apart),
		cmocka_unit_test(test_fold_english_takes_the_stem_wordnet_knows),
		cmocka_unit_test(test_lemma_may_fold_admits_every_folded_word),
		cmocka_unit_test(test_lemmatizer_loads_hunspell_only_for_a_word_that_needs_it),
		cmocka_unit_test(test_lemmatizer_asks_its_table_before_hunspell),
		cmocka_unit_test(test_fold_en_cuts_ascii_as_icu_does),
	};
	return cmocka_run_group_tests_name("fold", tests, open_lemmatizer, close_lemmatizer);
}
