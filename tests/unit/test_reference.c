/*
 * test_reference.c - the general-language reference (jieba's dictionary
 * format): what a line gives, a word listed twice, the reading on a thread
 * of its own, and a file that cannot be read.
 */
#include "testutil.h"

#include <pthread.h>

#include "shuyu/reference.h"

static char dir[64];

/* jieba's own forms: a tag or none, a word of Latin letters, a line
 * without a frequency, a frequency written as a decimal, a word listed
 * twice (the first count stands), a last line without its newline. */
static const char sample[] =
	"安全 9921 n\n"
	"带来 6670 v\n"
	"安全带 70\n"
	"AT&T 3 nz\n"
	"无频\n"
	"来 1.5e3 v\n"
	"安全 5 n\n"
	"本国 1428 r\n"
	"不限 3 a\n"
	"该国 3.72e2 r\n"
	"我们 100 rr\n"
	"风险 4077 n";

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/shuyu-ref-XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	return system(cmd);
}

static double freq(const sy_reference *ref, const char *word)
{
	return sy_reference_frequency(ref, word, strlen(word));
}

/* What either way of opening gives for the sample. */
static void check_sample(const sy_reference *ref)
{
	assert_true(freq(ref, "安全") == 9921);
	assert_true(freq(ref, "带来") == 6670);
	assert_true(freq(ref, "安全带") == 70);
	assert_true(freq(ref, "AT&T") == 3);
	assert_true(freq(ref, "来") == 1500);
	assert_true(freq(ref, "风险") == 4077);
	assert_true(freq(ref, "无频") == 0);
	assert_true(freq(ref, "安") == 0);       /* a prefix of a word is not it */
	assert_true(freq(ref, "安全带来") == 0); /* nor two words together */
	assert_true(sy_reference_frequency(ref, "安全", 3) == 0); /* half a character */
	/* jieba's tag "r", a pronoun: that tag alone, on a listed word. */
	assert_true(sy_reference_pronoun(ref, "本国", strlen("本国")));
	assert_true(sy_reference_pronoun(ref, "该国", strlen("该国")));
	assert_false(sy_reference_pronoun(ref, "我们", strlen("我们")));
	assert_false(sy_reference_pronoun(ref, "风险", strlen("风险")));
	assert_false(sy_reference_pronoun(ref, "安全带", strlen("安全带"))); /* no tag */
	assert_false(sy_reference_pronoun(ref, "本", strlen("本")));         /* not listed */
	/* A tag in n, a noun ("n", "nz"...); not "r", nor no tag, nor not listed. */
	assert_true(sy_reference_noun(ref, "风险", strlen("风险")));
	assert_false(sy_reference_noun(ref, "本国", strlen("本国")));
	assert_false(sy_reference_noun(ref, "安全带", strlen("安全带")));
	assert_false(sy_reference_noun(ref, "无频", strlen("无频")));
	/* A tag in n or in a, a noun or an adjective; not "v", "r", nor no
	 * tag, nor not listed. */
	assert_true(sy_reference_nominal(ref, "风险", strlen("风险")));
	assert_true(sy_reference_nominal(ref, "安全", strlen("安全")));
	assert_true(sy_reference_nominal(ref, "不限", strlen("不限")));
	assert_false(sy_reference_nominal(ref, "来", strlen("来")));
	assert_false(sy_reference_nominal(ref, "本国", strlen("本国")));
	assert_false(sy_reference_nominal(ref, "安全带", strlen("安全带")));
	assert_false(sy_reference_nominal(ref, "无频", strlen("无频")));
	/* A tag in v, p, d, c or u, a verb or a function word; not "n", "r",
	 * "a", nor no tag, nor not listed. */
	assert_true(sy_reference_verb_or_function(ref, "带来", strlen("带来")));
	assert_true(sy_reference_verb_or_function(ref, "来", strlen("来")));
	assert_false(sy_reference_verb_or_function(ref, "风险", strlen("风险")));
	assert_false(sy_reference_verb_or_function(ref, "本国", strlen("本国")));
	assert_false(sy_reference_verb_or_function(ref, "不限", strlen("不限")));
	assert_false(sy_reference_verb_or_function(ref, "安全带", strlen("安全带")));
	assert_false(sy_reference_verb_or_function(ref, "无频", strlen("无频")));
	/* Every counted line, the second 安全 too: the corpus's size. */
	assert_true(sy_reference_total(ref) == 9921 + 6670 + 70 + 3 + 1500 + 5 + 1428 + 3 + 372 + 100 + 4077);
}

static void test_reference_reads_jieba_lines(void **state)
{
	sy_reference *ref;
	sy_error err = {0, ""};
	char path[256];

	(void)state;
	write_fixture(path, sizeof path, dir, "sample.dict", sample);
	assert_int_equal(sy_reference_open(&ref, path, &err), SY_OK);
	check_sample(ref);
	assert_int_equal(sy_reference_ready(ref, &err), SY_OK);
	sy_reference_close(ref);
	assert_true(sy_reference_frequency(NULL, "安全", strlen("安全")) == 0);
	assert_int_equal(sy_reference_ready(NULL, &err), SY_OK);
}

/* Read on a thread of its own, the reference answers as it does read at
 * once; several threads may ask at once while it is still being read. */
static void *ask(void *arg)
{
	check_sample(arg);
	return NULL;
}

static void test_reference_reads_in_the_background(void **state)
{
	sy_reference *ref;
	sy_error err = {0, ""};
	pthread_t threads[3];
	char path[256];
	int t;

	(void)state;
	write_fixture(path, sizeof path, dir, "background.dict", sample);
	assert_int_equal(sy_reference_open_background(&ref, path, &err), SY_OK);
	for (t = 0; t < 3; t++)
		assert_int_equal(pthread_create(&threads[t], NULL, ask, ref), 0);
	check_sample(ref);
	for (t = 0; t < 3; t++)
		pthread_join(threads[t], NULL);
	assert_int_equal(sy_reference_ready(ref, &err), SY_OK);
	sy_reference_close(ref);
	/* Closed before anything was asked: the reading is waited for. */
	assert_int_equal(sy_reference_open_background(&ref, path, &err), SY_OK);
	sy_reference_close(ref);
}

/* A file that cannot be read is named, at once or when waited for; a
 * reference that could not be read lists nothing. */
static void test_reference_names_a_file_it_cannot_read(void **state)
{
	sy_reference *ref;
	sy_error err = {0, ""};
	char missing[256];

	(void)state;
	snprintf(missing, sizeof missing, "%s/none.dict", dir);
	assert_int_equal(sy_reference_open(&ref, missing, &err), SY_EIO);
	assert_null(ref);
	assert_non_null(strstr(err.message, missing));
	memset(&err, 0, sizeof err);
	assert_int_equal(sy_reference_open_background(&ref, missing, &err), SY_OK);
	assert_non_null(ref);
	assert_int_equal(sy_reference_ready(ref, &err), SY_EIO);
	assert_non_null(strstr(err.message, missing));
	assert_true(freq(ref, "安全") == 0);
	assert_true(sy_reference_total(ref) == 0);
	sy_reference_close(ref);
}

/* A file none of whose lines is "word frequency" is not a reference: named
 * with the first such line, as is an empty file and a directory. */
static void test_reference_refuses_what_is_not_one(void **state)
{
	sy_reference *ref;
	sy_error err = {0, ""};
	char path[256];

	(void)state;
	write_fixture(path, sizeof path, dir, "words.txt", "安全\n带来\n");
	assert_int_equal(sy_reference_open(&ref, path, &err), SY_EINPUT);
	assert_null(ref);
	assert_non_null(strstr(err.message, path));
	assert_non_null(strstr(err.message, "line 1 "));
	write_fixture(path, sizeof path, dir, "csv.txt", "安全,9921\n带来 many\n");
	assert_int_equal(sy_reference_open(&ref, path, &err), SY_EINPUT);
	assert_non_null(strstr(err.message, "line 1 "));
	write_fixture(path, sizeof path, dir, "empty.txt", "");
	assert_int_equal(sy_reference_open(&ref, path, &err), SY_EINPUT);
	assert_non_null(strstr(err.message, "empty"));
	assert_int_equal(sy_reference_open(&ref, dir, &err), SY_EIO);
	assert_non_null(strstr(err.message, "not a file"));
	/* In the background, the same when waited for. */
	assert_int_equal(sy_reference_open_background(&ref, dir, &err), SY_OK);
	assert_int_equal(sy_reference_ready(ref, &err), SY_EIO);
	assert_non_null(strstr(err.message, "not a file"));
	sy_reference_close(ref);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reference_reads_jieba_lines),
		cmocka_unit_test(test_reference_reads_in_the_background),
		cmocka_unit_test(test_reference_names_a_file_it_cannot_read),
		cmocka_unit_test(test_reference_refuses_what_is_not_one),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
