/*
 * test_endict.c - the English-Chinese dictionary (ECDICT's CSV): what a
 * translation line keeps, how a lookup folds the English, the cache, and
 * the messages for a file that is not one.
 */
#include "testutil.h"

#include <stdint.h>
#include <sys/stat.h>

static char dir[64];

/* Lines in ECDICT's own forms: a part of speech, a field, web translations,
 * notes in brackets, a quote doubled inside a quoted field, a headword in
 * two cases, one with no Chinese at all. */
static const char sample[] =
	"word,phonetic,definition,translation,pos,collins,oxford,tag,bnc,frq,exchange,detail,audio\n"
	"wrongful,'rɒŋful,\"s. unlawfully violating the rights of others\",\"a. 不正当的, 不法的, 不讲道理的\\n"
	"[法] 错误的, 不正当的, 伤害的\",,1,,,16898,15863,,,\n"
	"charge d'affaires,,,\"n. <法>代办，临时代办\",,,,,0,0,,,\n"
	"cover letter,,,\" （附于包裹或另一信件中作为说明或附言的）附函, 伴书\",,,,,0,0,,,\n"
	"cyber,,,\"a. 网络的\\n[网络] 赛博；电脑\",,,,,0,0,,,\n"
	"quote,,\"n. a \"\"quoted\"\" passage\",\"n. 引语；引文\\nv. 引用\",,,,,0,0,,,\n"
	"Act,,,\"n. 法令\",,,,,0,0,,,\n"
	"act,,,\"n. 行动, 行为\\nv. 行动\",,,,,0,0,,,\n"
	"letter,,,\"n. 信, 字母\",,,,,0,0,,,\n"
	"lol,,,\"[网络] 大笑\",,,,,0,0,,,\n"
	"zebra,,,斑马,,,,,0,0,,,\n";

static char *write_sample(const char *name, const char *text)
{
	char *path = malloc(256);
	FILE *f;

	assert_non_null(path);
	snprintf(path, 256, "%s/%s", dir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return path;
}

/* The items of en, joined by '|'. */
static const char *items_of(const sy_endict *d, const char *en)
{
	static char buf[512];
	const char *zh[16];
	size_t n = sy_endict_lookup(d, en, strlen(en), zh, 16), i;

	buf[0] = '\0';
	for (i = 0; i < n && i < 16; i++) {
		if (i)
			strcat(buf, "|");
		strcat(buf, zh[i]);
	}
	return buf;
}

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/shuyu-endict-XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void test_endict_keeps_the_chinese_items_of_each_line(void **state)
{
	char *path = write_sample("items.csv", sample);
	sy_endict *d;
	sy_error err = {0, ""};

	(void)state;
	assert_int_equal(sy_endict_open(&d, path, &err), SY_OK);
	/* Parts of speech and fields off, 的 off, one-character items and the
	 * web's translations left out; a word listed twice keeps both. */
	assert_string_equal(items_of(d, "wrongful"), "不正当|不法|不讲道理|错误|不正当|伤害");
	assert_string_equal(items_of(d, "cover letter"), "附函|伴书");
	assert_string_equal(items_of(d, "cyber"), "网络");
	assert_string_equal(items_of(d, "quote"), "引语|引文|引用");
	assert_string_equal(items_of(d, "act"), "法令|行动|行为|行动");
	assert_string_equal(items_of(d, "zebra"), "斑马");
	assert_string_equal(items_of(d, "letter"), "字母");
	assert_string_equal(items_of(d, "lol"), "");
	assert_string_equal(items_of(d, "nothing"), "");
	/* lol (web translations only) is not kept. */
	assert_int_equal(sy_endict_size(d), 9);
	sy_endict_close(d);
	free(path);
}

static void test_endict_folds_case_accents_and_apostrophes(void **state)
{
	char *path = write_sample("fold.csv", sample);
	sy_endict *d;
	sy_error err = {0, ""};

	(void)state;
	assert_int_equal(sy_endict_open(&d, path, &err), SY_OK);
	assert_string_equal(items_of(d, "Chargé d’affaires"), "代办|临时代办");
	assert_string_equal(items_of(d, "CHARGE  D'AFFAIRES"), "代办|临时代办");
	assert_string_equal(items_of(d, "Cover Letter"), "附函|伴书");
	assert_string_equal(items_of(d, "wrongful acts"), "");
	sy_endict_close(d);
	free(path);
}

static void test_endict_names_the_file_and_line_of_bad_input(void **state)
{
	char *bad_head = write_sample("head.csv", "hello,world\nzebra,,,斑马\n");
	char *open_quote = write_sample("quote.csv", "word,phonetic,definition,translation\n"
						      "zebra,,,斑马\n"
						      "wrongful,,\"unclosed,不法\n"
						      "and more\n");
	sy_endict *d = (sy_endict *)1;
	sy_error err = {0, ""};
	char missing[128];

	(void)state;
	assert_int_equal(sy_endict_open(&d, bad_head, &err), SY_EINPUT);
	assert_null(d);
	assert_non_null(strstr(err.message, bad_head));
	assert_non_null(strstr(err.message, "line 1"));
	assert_int_equal(sy_endict_open(&d, open_quote, &err), SY_EINPUT);
	assert_non_null(strstr(err.message, open_quote));
	assert_non_null(strstr(err.message, "line 3"));
	snprintf(missing, sizeof missing, "%s/none.csv", dir);
	assert_int_equal(sy_endict_open(&d, missing, &err), SY_EIO);
	assert_non_null(strstr(err.message, missing));
	/* Read in the background, the failure comes when it is waited for, and
	 * the dictionary then answers nothing. */
	assert_int_equal(sy_endict_open_background(&d, open_quote, &err), SY_OK);
	assert_int_equal(sy_endict_ready(d, &err), SY_EINPUT);
	assert_non_null(strstr(err.message, "line 3"));
	assert_string_equal(items_of(d, "zebra"), "");
	sy_endict_close(d);
	free(bad_head);
	free(open_quote);
}

static void test_endict_reads_its_cache_and_no_stale_one(void **state)
{
	char *path = write_sample("cached.csv", sample), cache[300];
	sy_endict *d;
	sy_error err = {0, ""};
	struct stat st;
	FILE *f;

	(void)state;
	snprintf(cache, sizeof cache, "%s.shuyu-cache", path);
	unlink(cache);
	assert_int_equal(sy_endict_open(&d, path, &err), SY_OK);
	sy_endict_close(d);
	assert_int_equal(stat(cache, &st), 0);
	/* The cache answers as the file did (the file itself is not read: a
	 * cache made unreadable as a cache would be replaced, not used). */
	assert_int_equal(sy_endict_open_background(&d, path, &err), SY_OK);
	assert_int_equal(sy_endict_ready(d, &err), SY_OK);
	assert_string_equal(items_of(d, "Chargé d’affaires"), "代办|临时代办");
	assert_string_equal(items_of(d, "act"), "法令|行动|行为|行动");
	assert_int_equal(sy_endict_size(d), 9);
	sy_endict_close(d);
	/* The source changes: its cache is stale and is not used. */
	f = fopen(path, "a");
	assert_non_null(f);
	fputs("okapi,,,\"n. 霍加狓\",,,,,0,0,,,\n", f);
	fclose(f);
	assert_int_equal(sy_endict_open(&d, path, &err), SY_OK);
	assert_string_equal(items_of(d, "okapi"), "霍加狓");
	assert_int_equal(sy_endict_size(d), 10);
	sy_endict_close(d);
	/* A damaged cache is read as none: its head, or a slot of its table
	 * pointing past the store. */
	f = fopen(cache, "r+");
	assert_non_null(f);
	fputs("garbage", f);
	fclose(f);
	assert_int_equal(sy_endict_open(&d, path, &err), SY_OK);
	assert_string_equal(items_of(d, "okapi"), "霍加狓");
	sy_endict_close(d);
	{
		/* The cache head is 72 bytes; its table of 1,024 slots follows. */
		uint32_t table[1024];
		size_t i;
		f = fopen(cache, "r+");
		assert_non_null(f);
		assert_int_equal(fseek(f, 72, SEEK_SET), 0);
		assert_int_equal(fread(table, sizeof table, 1, f), 1);
		for (i = 0; i < 1024; i++)
			if (table[i])
				table[i] = 0xFFFFFF00u;
		assert_int_equal(fseek(f, 72, SEEK_SET), 0);
		assert_int_equal(fwrite(table, sizeof table, 1, f), 1);
		fclose(f);
	}
	assert_int_equal(sy_endict_open(&d, path, &err), SY_OK);
	assert_string_equal(items_of(d, "okapi"), "霍加狓");
	assert_string_equal(items_of(d, "zebra"), "斑马");
	sy_endict_close(d);
	free(path);
}

static void test_endict_path_prefers_the_environment(void **state)
{
	char *path = write_sample("env.csv", sample), buf[256];
	sy_error err = {0, ""};

	(void)state;
	setenv("SHUYU_ECDICT", path, 1);
	assert_int_equal(sy_endict_find_path(buf, sizeof buf, "/nonexistent", &err), SY_OK);
	assert_string_equal(buf, path);
	setenv("SHUYU_ECDICT", "/nonexistent/ecdict.csv", 1);
	assert_int_equal(sy_endict_find_path(buf, sizeof buf, NULL, &err), SY_EINPUT);
	assert_non_null(strstr(err.message, "SHUYU_ECDICT"));
	unsetenv("SHUYU_ECDICT");
	assert_int_equal(sy_endict_find_path(buf, sizeof buf, "/nonexistent", &err), SY_EINPUT);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_endict_keeps_the_chinese_items_of_each_line),
		cmocka_unit_test(test_endict_folds_case_accents_and_apostrophes),
		cmocka_unit_test(test_endict_names_the_file_and_line_of_bad_input),
		cmocka_unit_test(test_endict_reads_its_cache_and_no_stale_one),
		cmocka_unit_test(test_endict_path_prefers_the_environment),
	};
	return cmocka_run_group_tests_name("endict", tests, setup, teardown);
}
