/*
 * test_reader.c - the decode stage: encodings found and converted, NFC,
 * line ends, bad bytes named by offset, files that are not text, and the
 * 64 KiB reads that a character or a CRLF may straddle.
 */
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

/* Decode bytes; fail the test on error. Returns a malloc'd string. */
static char *decode_ok(const char *bytes, size_t len, const sy_decode_options *opt)
{
	sy_error err = {0, ""};
	char *out;
	size_t out_len;

	if (sy_decode(bytes, len, "test", opt, &out, &out_len, &err))
		fail_msg("decode failed: %s", err.message);
	return out;
}

/* Decode bytes expecting failure; returns the message in a static buffer. */
static const char *decode_fails(const char *bytes, size_t len, const sy_decode_options *opt)
{
	static sy_error err;
	char *out = NULL;
	size_t out_len;

	sy_error_clear(&err);
	if (sy_decode(bytes, len, "test.txt", opt, &out, &out_len, &err) == SY_OK)
		fail_msg("decode succeeded, expected an error; got \"%s\"", out);
	assert_int_not_equal(err.code, SY_OK);
	return err.message;
}

static const char *detect(const char *bytes, size_t len)
{
	sy_error err = {0, ""};
	const char *name = NULL;

	if (sy_detect_encoding(bytes, len, 0, &name, "test", &err))
		fail_msg("detection failed: %s", err.message);
	return name;
}

/* GB18030 and Big5 bytes of short Chinese texts, written out so that the
 * test does not depend on a converter. */
#define GB_WOMEN_SHI_ZHONGGUOREN "\xce\xd2\xc3\xc7\xca\xc7\xd6\xd0\xb9\xfa\xc8\xcb\xa1\xa3" /* 我们是中国人。 */
#define BIG5_WANGLUO_KONGJIAN "\xba\xf4\xb5\xb8\xaa\xc5\xb6\xa1\xa1\x43" /* 網絡空間。 */

static void test_reader_reads_utf8_with_and_without_bom(void **state)
{
	char *a, *b;
	static const char with_bom[] = "\xEF\xBB\xBF负责任国家行为。\n", without[] = "负责任国家行为。\n";

	(void)state;
	a = decode_ok(with_bom, sizeof(with_bom) - 1, NULL);
	b = decode_ok(without, sizeof(without) - 1, NULL);
	assert_string_equal(a, "负责任国家行为。");
	assert_string_equal(b, "负责任国家行为。");
	free(a);
	free(b);
}

static void test_reader_reads_utf16_with_bom_both_orders(void **state)
{
	/* "网络" U+7F51 U+7EDC, then LF */
	static const char le[] = "\xFF\xFE\x51\x7F\xDC\x7E\x0A\x00";
	static const char be[] = "\xFE\xFF\x7F\x51\x7E\xDC\x00\x0A";
	char *a, *b;

	(void)state;
	assert_string_equal(detect(le, 8), "UTF-16LE");
	assert_string_equal(detect(be, 8), "UTF-16BE");
	a = decode_ok(le, 8, NULL);
	b = decode_ok(be, 8, NULL);
	assert_string_equal(a, "网络");
	assert_string_equal(b, "网络");
	free(a);
	free(b);
}

static void test_reader_detects_a_short_gb18030_line(void **state)
{
	char *text;

	(void)state;
	/* A line this short is where ICU's detector guesses wildly. */
	assert_string_equal(detect(GB_WOMEN_SHI_ZHONGGUOREN, 14), "GB18030");
	text = decode_ok(GB_WOMEN_SHI_ZHONGGUOREN "\n", 15, NULL);
	assert_string_equal(text, "我们是中国人。");
	free(text);
}

static void test_reader_detects_a_short_big5_line(void **state)
{
	char *text;

	(void)state;
	assert_string_equal(detect(BIG5_WANGLUO_KONGJIAN, 10), "Big5");
	text = decode_ok(BIG5_WANGLUO_KONGJIAN, 10, NULL);
	assert_string_equal(text, "網絡空間。");
	free(text);
}

static void test_reader_reads_the_concept_note_in_gb18030_and_big5(void **state)
{
	size_t len;
	char *utf8 = read_file("corpora/concept-note.zh.txt", &len), *gb, *back;
	FILE *p;
	size_t gb_len;

	(void)state;
	p = popen("iconv -f UTF-8 -t GB18030 corpora/concept-note.zh.txt", "r");
	assert_non_null(p);
	gb = malloc(len * 2 + 16);
	gb_len = fread(gb, 1, len * 2 + 16, p);
	pclose(p);
	assert_true(gb_len > 1000);
	assert_string_equal(detect(gb, gb_len), "GB18030");
	back = decode_ok(gb, gb_len, NULL);
	/* The four blank lines at the top are kept. */
	assert_int_equal(strncmp(back, "\n\n\n\n安全理事会", strlen("\n\n\n\n安全理事会")), 0);
	assert_non_null(strstr(back, "负责任国家行为框架"));
	free(back);
	free(gb);
	free(utf8);
}

static void test_reader_forced_gbk_reads_as_gb18030(void **state)
{
	sy_decode_options opt = {"GBK", 0};
	char *text;

	(void)state;
	text = decode_ok(GB_WOMEN_SHI_ZHONGGUOREN, 14, &opt);
	assert_string_equal(text, "我们是中国人。");
	free(text);
}

static void test_reader_normalizes_to_nfc(void **state)
{
	char *text;

	(void)state;
	/* e + combining acute → é; the compatibility ideograph U+F900 → U+8C48 */
	text = decode_ok("caf" "e\xCC\x81" " \xEF\xA4\x80\n", 10, NULL);
	assert_string_equal(text, "caf\xC3\xA9 \xE8\xB1\x88");
	free(text);
}

static void test_reader_turns_crlf_and_cr_into_lf(void **state)
{
	char *text;

	(void)state;
	text = decode_ok("one\r\ntwo\rthree\nfour", 19, NULL);
	assert_string_equal(text, "one\ntwo\nthree\nfour");
	free(text);
}

static void test_reader_reports_line_and_byte_of_invalid_utf8(void **state)
{
	const char *msg;

	(void)state;
	static const char bytes[] = "负责任国家行为。\n建立\x80信任措施。\n";

	msg = decode_fails(bytes, sizeof(bytes) - 1, NULL);
	assert_non_null(strstr(msg, "test.txt"));
	assert_non_null(strstr(msg, "line 2"));
	assert_non_null(strstr(msg, "byte 31")); /* 8 characters, LF, 2 characters */
}

static void test_reader_lenient_replaces_and_counts_bad_bytes(void **state)
{
	sy_decode_options opt = {NULL, 1};
	sy_reader *r;
	sy_error err = {0, ""};
	const char *line;
	size_t len, offset;
	static const char bytes[] = "网络\x80空间\xff。会员国将有机会重申其对国际法和负责任国家行为框架的承诺。\n";

	(void)state;
	assert_int_equal(sy_reader_open_memory(&r, bytes, sizeof(bytes) - 1, "t", &opt, &err), SY_OK);
	assert_int_equal(sy_reader_next_line(r, &line, &len, &offset, &err), SY_OK);
	assert_int_equal(len, sizeof(bytes) - 1 - 1 + 2 * 2); /* no LF; two bytes become U+FFFD (3 bytes) */
	assert_memory_equal(line, "网络\xEF\xBF\xBD空间\xEF\xBF\xBD。", strlen("网络\xEF\xBF\xBD空间\xEF\xBF\xBD。"));
	assert_int_equal(sy_reader_replaced(r), 2);
	sy_reader_close(r);
}

static void test_reader_refuses_binary_data(void **state)
{
	static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
	const char *msg;

	(void)state;
	msg = decode_fails(png, sizeof(png) - 1, NULL);
	assert_non_null(strstr(msg, "binary"));
}

static void test_reader_names_empty_missing_and_folder(void **state)
{
	sy_error err = {0, ""};
	sy_reader *r;

	(void)state;
	assert_int_equal(sy_reader_open_memory(&r, "", 0, "empty.txt", NULL, &err), SY_EINPUT);
	assert_non_null(strstr(err.message, "empty.txt: the file is empty"));
	assert_int_equal(sy_reader_open(&r, "/nonexistent/shuyu.txt", NULL, &err), SY_EINPUT);
	assert_non_null(strstr(err.message, "/nonexistent/shuyu.txt: no such file"));
	assert_int_equal(sy_reader_open(&r, "tests", NULL, &err), SY_EINPUT);
	assert_non_null(strstr(err.message, "tests: is a folder"));
}

/* A text of n bytes: ASCII filler, then what must straddle the 64 KiB read. */
static char *around_64k(const char *middle, size_t *len)
{
	size_t filler = 65536 - 1, m = strlen(middle);
	char *s = malloc(filler + m + 8);
	size_t i;

	for (i = 0; i < filler; i++)
		s[i] = (i % 60 == 59) ? '\n' : 'a';
	memcpy(s + filler, middle, m);
	memcpy(s + filler + m, "\nend\n", 6);
	*len = filler + m + 5;
	return s;
}

static void test_reader_keeps_characters_and_crlf_across_64k_reads(void **state)
{
	size_t len;
	char *s = around_64k("网络\r\n空间", &len), *text;

	(void)state;
	/* "网" starts one byte before the 64 KiB boundary. */
	text = decode_ok(s, len, NULL);
	assert_non_null(strstr(text, "a网络\n空间\nend"));
	free(text);
	free(s);
}

static void test_reader_gives_exact_offset_of_bad_byte_after_64k(void **state)
{
	size_t len;
	char *s = around_64k("ab\xC3(", &len);
	const char *msg;
	char expected[64];

	(void)state;
	msg = decode_fails(s, len, NULL);
	snprintf(expected, sizeof(expected), "byte %d", 65536 - 1 + 2);
	if (!strstr(msg, expected))
		fail_msg("expected \"%s\" in \"%s\"", expected, msg);
	free(s);
}

static void test_reader_streams_gb18030_across_64k_reads(void **state)
{
	/* GB18030 two-byte characters, one of them cut by the read. */
	size_t filler = 65536 - 1, i, n;
	char *s = malloc(filler + 32), *text;

	(void)state;
	for (i = 0; i < filler; i++)
		s[i] = (i % 60 == 59) ? '\n' : 'a';
	memcpy(s + filler, GB_WOMEN_SHI_ZHONGGUOREN "\r\n", 16);
	n = filler + 16;
	{
		sy_decode_options opt = {"GB18030", 0};
		text = decode_ok(s, n, &opt);
	}
	assert_non_null(strstr(text, "a我们是中国人。"));
	assert_null(strchr(text, '\r'));
	free(text);
	free(s);
}

static void test_reader_gives_decoded_offsets_of_lines(void **state)
{
	sy_error err = {0, ""};
	sy_reader *r;
	const char *line;
	size_t len, offset;

	(void)state;
	assert_int_equal(sy_reader_open_memory(&r, "ab\r\n网络\ncd", 12, "t", NULL, &err), SY_OK);
	assert_int_equal(sy_reader_next_line(r, &line, &len, &offset, &err), SY_OK);
	assert_int_equal(offset, 0);
	assert_int_equal(sy_reader_next_line(r, &line, &len, &offset, &err), SY_OK);
	assert_int_equal(offset, 3); /* CRLF became one LF */
	assert_int_equal(sy_reader_next_line(r, &line, &len, &offset, &err), SY_OK);
	assert_int_equal(offset, 10);
	assert_int_equal(sy_reader_next_line(r, &line, &len, &offset, &err), SY_OK);
	assert_null(line);
	sy_reader_close(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reader_reads_utf8_with_and_without_bom),
		cmocka_unit_test(test_reader_reads_utf16_with_bom_both_orders),
		cmocka_unit_test(test_reader_detects_a_short_gb18030_line),
		cmocka_unit_test(test_reader_detects_a_short_big5_line),
		cmocka_unit_test(test_reader_reads_the_concept_note_in_gb18030_and_big5),
		cmocka_unit_test(test_reader_forced_gbk_reads_as_gb18030),
		cmocka_unit_test(test_reader_normalizes_to_nfc),
		cmocka_unit_test(test_reader_turns_crlf_and_cr_into_lf),
		cmocka_unit_test(test_reader_reports_line_and_byte_of_invalid_utf8),
		cmocka_unit_test(test_reader_lenient_replaces_and_counts_bad_bytes),
		cmocka_unit_test(test_reader_refuses_binary_data),
		cmocka_unit_test(test_reader_names_empty_missing_and_folder),
		cmocka_unit_test(test_reader_keeps_characters_and_crlf_across_64k_reads),
		cmocka_unit_test(test_reader_gives_exact_offset_of_bad_byte_after_64k),
		cmocka_unit_test(test_reader_streams_gb18030_across_64k_reads),
		cmocka_unit_test(test_reader_gives_decoded_offsets_of_lines),
	};
	return cmocka_run_group_tests_name("reader", tests, NULL, NULL);
}
