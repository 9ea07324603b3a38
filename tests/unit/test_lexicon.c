/*
 * test_lexicon.c - CC-CEDICT loading and lookup, and where the dictionary
 * is found. Uses a small file in the CC-CEDICT format written here, so it
 * needs no download.
 */
#include <unistd.h>

#include "testutil.h"

static const char sample[] =
	"# CC-CEDICT\n"
	"#! version=1\n"
	"會員國 会员国 [hui4 yuan2 guo2] /member state/\n"
	"行 行 [hang2] /row/line/profession/\n"
	"行 行 [xing2] /to walk/to go/capable/\n"
	"網絡 网络 [wang3 luo4] /network/cyber-/\n"
	"this line is not an entry\n"
	"安全 安全 [an1 quan2] /safe/security/";

static char *write_sample(void)
{
	char *path = strdup("/tmp/shuyu-test-cedict-XXXXXX");
	int fd = mkstemp(path);

	if (fd < 0 || write(fd, sample, sizeof sample - 1) != (ssize_t)(sizeof sample - 1))
		fail_msg("cannot write a temporary dictionary");
	close(fd);
	return path;
}

static void test_lexicon_finds_simplified_and_traditional(void **state)
{
	char *path = write_sample();
	sy_lexicon *lex;
	sy_error err = {0, ""};
	const char *g[4];

	(void)state;
	assert_int_equal(sy_lexicon_open(&lex, path, &err), SY_OK);
	assert_int_equal(sy_lexicon_size(lex), 5);
	assert_int_equal(sy_lexicon_lookup(lex, "会员国", strlen("会员国"), g, 4), 1);
	assert_string_equal(g[0], "/member state/");
	assert_int_equal(sy_lexicon_lookup(lex, "網絡", strlen("網絡"), g, 4), 1);
	assert_string_equal(g[0], "/network/cyber-/");
	/* The last line has no newline and is still read. */
	assert_int_equal(sy_lexicon_lookup(lex, "安全", strlen("安全"), g, 4), 1);
	sy_lexicon_close(lex);
	unlink(path);
	free(path);
}

static void test_lexicon_keeps_every_entry_of_a_word_in_file_order(void **state)
{
	char *path = write_sample();
	sy_lexicon *lex;
	sy_error err = {0, ""};
	const char *g[4];

	(void)state;
	assert_int_equal(sy_lexicon_open(&lex, path, &err), SY_OK);
	assert_int_equal(sy_lexicon_lookup(lex, "行", strlen("行"), g, 4), 2);
	assert_string_equal(g[0], "/row/line/profession/");
	assert_string_equal(g[1], "/to walk/to go/capable/");
	/* Asking for fewer still tells how many there are. */
	assert_int_equal(sy_lexicon_lookup(lex, "行", strlen("行"), g, 1), 2);
	assert_int_equal(sy_lexicon_lookup(lex, "没有", strlen("没有"), g, 4), 0);
	assert_int_equal(sy_lexicon_lookup(lex, "会员", strlen("会员"), g, 4), 0);
	sy_lexicon_close(lex);
	unlink(path);
	free(path);
}

static void test_lexicon_tells_what_a_longer_headword_begins_with(void **state)
{
	char *path = write_sample();
	sy_lexicon *lex;
	sy_error err = {0, ""};

	(void)state;
	assert_int_equal(sy_lexicon_open(&lex, path, &err), SY_OK);
	/* 会员国 and 會員國 begin with these; 网络 and 網絡 with 网 and 網. */
	assert_true(sy_lexicon_begins_word(lex, "会", strlen("会")));
	assert_true(sy_lexicon_begins_word(lex, "会员", strlen("会员")));
	assert_true(sy_lexicon_begins_word(lex, "會員", strlen("會員")));
	assert_true(sy_lexicon_begins_word(lex, "网", strlen("网")));
	assert_true(sy_lexicon_begins_word(lex, "網", strlen("網")));
	/* Whole headwords that begin no longer one, a word's inside, and
	 * what is not there at all. */
	assert_false(sy_lexicon_begins_word(lex, "会员国", strlen("会员国")));
	assert_false(sy_lexicon_begins_word(lex, "网络", strlen("网络")));
	assert_false(sy_lexicon_begins_word(lex, "行", strlen("行")));
	assert_false(sy_lexicon_begins_word(lex, "员", strlen("员")));
	assert_false(sy_lexicon_begins_word(lex, "员国", strlen("员国")));
	assert_false(sy_lexicon_begins_word(lex, "没", strlen("没")));
	assert_false(sy_lexicon_begins_word(lex, "", 0));
	sy_lexicon_close(lex);
	unlink(path);
	free(path);
}

/* A character of the CJK block from a number, three bytes of UTF-8. */
static void put_han(char *out, unsigned n)
{
	unsigned c = 0x4E00 + n % 0x5000;

	out[0] = (char)(0xE0 | (c >> 12));
	out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
	out[2] = (char)(0x80 | (c & 0x3F));
}

/* Headwords of twelve characters, none a prefix of another: eleven
 * prefixes each, some 16 times the lines, where the table starts at half
 * of four times the lines and must grow. */
static void test_lexicon_knows_every_prefix_of_many_long_headwords(void **state)
{
	enum { WORDS = 3000, CHARS = 12 };
	char *path = strdup("/tmp/shuyu-test-cedict-XXXXXX");
	char word[CHARS * 3];
	int fd = mkstemp(path);
	FILE *f = fdopen(fd, "w");
	sy_lexicon *lex;
	sy_error err = {0, ""};
	unsigned w, c;

	(void)state;
	assert_non_null(f);
	for (w = 0; w < WORDS; w++) {
		for (c = 0; c < CHARS; c++)
			put_han(word + 3 * c, w * 7 + c * 4099);
		fprintf(f, "%.*s %.*s [x] /w/\n", CHARS * 3, word, CHARS * 3, word);
	}
	fclose(f);
	assert_int_equal(sy_lexicon_open(&lex, path, &err), SY_OK);
	assert_int_equal(sy_lexicon_size(lex), WORDS);
	for (w = 0; w < WORDS; w++) {
		for (c = 0; c < CHARS; c++)
			put_han(word + 3 * c, w * 7 + c * 4099);
		for (c = 1; c < CHARS; c++)
			assert_true(sy_lexicon_begins_word(lex, word, 3 * c));
		assert_false(sy_lexicon_begins_word(lex, word, 3 * CHARS));
		assert_int_equal(sy_lexicon_lookup(lex, word, 3 * CHARS, NULL, 0), 1);
	}
	sy_lexicon_close(lex);
	unlink(path);
	free(path);
}

static void test_lexicon_refuses_a_file_with_no_entries(void **state)
{
	sy_lexicon *lex = NULL;
	sy_error err = {0, ""};

	(void)state;
	assert_int_equal(sy_lexicon_open(&lex, "/dev/null", &err), SY_EINPUT);
	assert_null(lex);
	assert_non_null(strstr(err.message, "/dev/null"));
	assert_int_equal(sy_lexicon_open(&lex, "/nonexistent/cedict", &err), SY_EIO);
}

static void test_lexicon_path_prefers_the_environment(void **state)
{
	char *path = write_sample(), buf[512];
	sy_error err = {0, ""};

	(void)state;
	setenv("SHUYU_CEDICT", path, 1);
	assert_int_equal(sy_lexicon_find_path(buf, sizeof buf, "/nonexistent", &err), SY_OK);
	assert_string_equal(buf, path);
	/* Named but unreadable: an error, not a silent fallback. */
	setenv("SHUYU_CEDICT", "/nonexistent/cedict", 1);
	assert_int_equal(sy_lexicon_find_path(buf, sizeof buf, NULL, &err), SY_EINPUT);
	assert_non_null(strstr(err.message, "SHUYU_CEDICT"));
	unsetenv("SHUYU_CEDICT");
	assert_int_equal(sy_lexicon_find_path(buf, sizeof buf, "/nonexistent", &err), SY_EINPUT);
	unlink(path);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lexicon_finds_simplified_and_traditional),
		cmocka_unit_test(test_lexicon_keeps_every_entry_of_a_word_in_file_order),
		cmocka_unit_test(test_lexicon_tells_what_a_longer_headword_begins_with),
		cmocka_unit_test(test_lexicon_knows_every_prefix_of_many_long_headwords),
		cmocka_unit_test(test_lexicon_refuses_a_file_with_no_entries),
		cmocka_unit_test(test_lexicon_path_prefers_the_environment),
	};
	return cmocka_run_group_tests_name("lexicon", tests, NULL, NULL);
}
