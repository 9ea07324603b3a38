/*
 * test_synonyms.c - WordNet's files cut short: extraction must go on, with
 * no synonyms where a file cannot be read, and never crash. libwordnet
 * parses its lines without looking whether their fields are there.
 *
 * WordNet is opened once a process, from the directory WNSEARCHDIR names
 * at that time: each case runs in a child process of its own, over a
 * directory holding WordNet's files (links) but for the one cut short.
 */
#include <limits.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "testutil.h"
#include "synonyms.h"

static const char *const wordnet_files[] = {
	"adj.exc",   "adv.exc",	   "cntlist.rev", "data.adj",  "data.adv",	"data.noun",  "data.verb",
	"index.adj", "index.adv", "index.noun",  "index.verb", "noun.exc", "sentidx.vrb", "sents.vrb",
	"verb.exc",
};

static const char *wordnet_dir(void)
{
	const char *dir = getenv("WNSEARCHDIR");

	return dir && *dir ? dir : "/usr/share/wordnet";
}

/* The whole of file name of WordNet, in memory; NULL if it is not there. */
static char *wordnet_file(const char *name, size_t *size)
{
	char path[PATH_MAX];
	struct stat st;
	char *text;
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", wordnet_dir(), name);
	f = fopen(path, "rb");
	if (!f)
		return NULL;
	if (fstat(fileno(f), &st) || !(text = malloc((size_t)st.st_size + 1)) ||
	    fread(text, 1, (size_t)st.st_size, f) != (size_t)st.st_size) {
		fclose(f);
		return NULL;
	}
	fclose(f);
	text[st.st_size] = '\0';
	*size = (size_t)st.st_size;
	return text;
}

/* A directory of WordNet's files where name holds only text[0..cut). */
static void wordnet_cut(char *dir, size_t size, const char *name, const char *text, size_t cut)
{
	char from[PATH_MAX], to[PATH_MAX];
	size_t i;
	FILE *f;

	snprintf(dir, size, "/tmp/shuyu-test-wordnet.XXXXXX");
	assert_non_null(mkdtemp(dir));
	for (i = 0; i < sizeof wordnet_files / sizeof wordnet_files[0]; i++) {
		snprintf(from, sizeof from, "%s/%s", wordnet_dir(), wordnet_files[i]);
		snprintf(to, sizeof to, "%s/%s", dir, wordnet_files[i]);
		if (strcmp(wordnet_files[i], name))
			assert_int_equal(symlink(from, to), 0);
	}
	snprintf(to, sizeof to, "%s/%s", dir, name);
	f = fopen(to, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, cut, f), cut);
	assert_int_equal(fclose(f), 0);
}

static void wordnet_remove(const char *dir)
{
	char path[PATH_MAX];
	size_t i;

	for (i = 0; i < sizeof wordnet_files / sizeof wordnet_files[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, wordnet_files[i]);
		unlink(path);
	}
	rmdir(dir);
}

/* How many senses synonyms_senses_of gives word, asked in a child process
 * that reads WordNet from dir; -1 if the child died. */
static int senses_in_child(const char *dir, const char *word)
{
	int status;
	pid_t child = fork();

	assert_true(child >= 0);
	if (child == 0) {
		synonyms_sense senses[16];
		setenv("WNSEARCHDIR", dir, 1);
		_exit((int)synonyms_senses_of(word, strlen(word), senses, 16));
	}
	assert_int_equal(waitpid(child, &status, 0), child);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The offset of the first synset of the index line of word (which has a
 * space after it), in index file text. */
static long first_offset(const char *text, const char *word)
{
	char start[64];
	const char *line;
	long pointers, i;

	snprintf(start, sizeof start, "\n%s", word);
	line = strstr(text, start);
	assert_non_null(line);
	/* Lemma, part of speech, synset count, then the pointer count, its
	 * symbols, the sense count, the tagged count: then the offsets. */
	for (i = 0; i < 3; i++)
		line = strchr(line + 1, ' ');
	pointers = strtol(line + 1, NULL, 10);
	for (i = 0; i < pointers + 3; i++)
		line = strchr(line + 1, ' ');
	return strtol(line + 1, NULL, 10);
}

/* index.noun cut in the middle of topic's line: libwordnet would read
 * through a null pointer, parsing it, whatever word it was asked. */
static void test_synonyms_takes_no_index_cut_in_the_middle_of_a_line(void **state)
{
	char dir[64];
	size_t size;
	char *text = wordnet_file("index.noun", &size);
	const char *topic;
	int topic_senses, thematic_senses;

	(void)state;
	if (!text)
		skip();
	topic = strstr(text, "\ntopic n ");
	assert_non_null(topic);
	wordnet_cut(dir, sizeof dir, "index.noun", text, (size_t)(topic - text) + 10);
	topic_senses = senses_in_child(dir, "topic");
	thematic_senses = senses_in_child(dir, "thematic");
	wordnet_remove(dir);
	free(text);
	assert_int_equal(topic_senses, 0);
	assert_int_equal(thematic_senses, 0);
}

/* data.noun cut in the middle of topic's synset: topic keeps its most
 * common sense, from the index, but the synset cannot be read for the
 * senses it is derived from. */
static void test_synonyms_reads_no_synset_cut_in_the_middle_of_its_line(void **state)
{
	char dir[64];
	size_t index_size, size;
	char *index = wordnet_file("index.noun", &index_size);
	char *text = wordnet_file("data.noun", &size);
	long offset;
	int topic_senses;

	(void)state;
	if (!index || !text)
		skip();
	offset = first_offset(index, "topic ");
	assert_true(offset > 0 && (size_t)offset + 40 < size);
	wordnet_cut(dir, sizeof dir, "data.noun", text, (size_t)offset + 40);
	topic_senses = senses_in_child(dir, "topic");
	wordnet_remove(dir);
	free(index);
	free(text);
	assert_int_equal(topic_senses, 1);
}

/* A word WordNet knows only as a verb, as written or inflected; not a
 * word that is a noun or an adjective too, nor one it lacks, nor two. */
static void test_synonyms_knows_a_word_that_is_only_a_verb(void **state)
{
	static const char *const verbs[] = {"protect", "opposes", "called", "Consider", "strengthen"};
	static const char *const others[] = {"support", "infrastructure", "attribution", "responsible",
					     "cyberthreats", "protect it", ""};
	size_t i;

	(void)state;
	if (!synonyms_available())
		skip();
	for (i = 0; i < sizeof verbs / sizeof *verbs; i++)
		if (!synonyms_only_verb(verbs[i], strlen(verbs[i])))
			fail_msg("not only a verb: %s", verbs[i]);
	for (i = 0; i < sizeof others / sizeof *others; i++)
		if (synonyms_only_verb(others[i], strlen(others[i])))
			fail_msg("only a verb: %s", others[i]);
}

/* A word WordNet knows as a verb, whatever else it is, as written or
 * inflected (lies: lie; support, a noun too); not a noun only, nor a word
 * it lacks. */
static void test_synonyms_knows_a_word_that_can_be_a_verb(void **state)
{
	static const char *const verbs[] = {"lies", "support", "groups", "protect", "called"};
	static const char *const others[] = {"infrastructure", "attribution", "cyberthreats", "lie it", ""};
	size_t i;

	(void)state;
	if (!synonyms_available())
		skip();
	for (i = 0; i < sizeof verbs / sizeof *verbs; i++)
		if (!synonyms_verb(verbs[i], strlen(verbs[i])))
			fail_msg("not a verb: %s", verbs[i]);
	for (i = 0; i < sizeof others / sizeof *others; i++)
		if (synonyms_verb(others[i], strlen(others[i])))
			fail_msg("a verb: %s", others[i]);
}

/* Two words WordNet lists as one noun, or with the second's place taken
 * by a word of one of its senses (a State is a country); not a gerund and
 * its object. */
static void test_synonyms_knows_a_compound_noun_by_a_word_of_its_sense(void **state)
{
	(void)state;
	if (!synonyms_available())
		skip();
	assert_true(synonyms_is_compound_noun("developing", 10, "country", 7));
	assert_true(synonyms_is_compound_noun("developing", 10, "state", 5));
	assert_true(synonyms_is_compound_noun("Developing", 10, "State", 5));
	assert_false(synonyms_is_compound_noun("strengthening", 13, "cooperation", 11));
	assert_false(synonyms_is_compound_noun("developing", 10, "", 0));
}

/* Does WordNet give base as a base form of word (synonyms_base_forms)? */
static int has_base(const char *word, const char *base)
{
	char bases[8][SYNONYMS_WORD];
	size_t n = synonyms_base_forms(word, strlen(word), bases, 8), k;

	for (k = 0; k < n; k++)
		if (!strcmp(bases[k], base))
			return 1;
	return 0;
}

/* The base forms of an inflected word, as WordNet's morphstr gives them,
 * from the hashed exception lists and index: a rule's first base the
 * index lists (used: use; assessed: assess), the exceptions (mice:
 * mouse), and nothing more for a word whose first exception is itself
 * (verb.exc: "feed feed fee"). */
static void test_synonyms_gives_the_base_forms_morphstr_gives(void **state)
{
	char bases[8][SYNONYMS_WORD];

	(void)state;
	if (!synonyms_available())
		skip();
	assert_true(has_base("used", "use"));
	assert_true(has_base("Using", "use"));
	assert_true(has_base("assessed", "assess"));
	assert_true(has_base("mice", "mouse"));
	assert_true(has_base("bases", "base"));
	assert_true(has_base("aided", "aid"));
	assert_false(has_base("aided", "aide"));
	assert_false(has_base("feed", "fee"));
	assert_false(has_base("assess", "asses"));
	assert_int_equal(synonyms_base_forms("", 0, bases, 8), 0);
	assert_int_equal(synonyms_base_forms("use of", 6, bases, 8), 0);
}

/* An adverb and nothing else, one word or a collocation. */
static void test_synonyms_knows_a_word_that_is_only_an_adverb(void **state)
{
	(void)state;
	if (!synonyms_available())
		skip();
	assert_true(synonyms_only_adverb("deliberately", 12));
	assert_true(synonyms_only_adverb("on purpose", 10));
	assert_false(synonyms_only_adverb("deliberate", 10));
	assert_false(synonyms_only_adverb("support", 7));
	assert_false(synonyms_only_adverb("to support", 10));
}

/* A direct hypernym of a noun sense: partnership (a cooperative
 * relationship) is a relationship; a plural is read as its noun; neither
 * the other way round nor two steps up (entity). */
static void test_synonyms_knows_a_direct_hypernym(void **state)
{
	(void)state;
	if (!synonyms_available())
		skip();
	assert_true(synonyms_hypernym_of("partnership", 11, "relationship", 12));
	assert_true(synonyms_hypernym_of("Partnerships", 12, "relationship", 12));
	assert_true(synonyms_hypernym_of("friendship", 10, "relationship", 12));
	assert_false(synonyms_hypernym_of("relationship", 12, "partnership", 11));
	assert_false(synonyms_hypernym_of("partnership", 11, "entity", 6));
	assert_false(synonyms_hypernym_of("security", 8, "issue", 5));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_synonyms_takes_no_index_cut_in_the_middle_of_a_line),
		cmocka_unit_test(test_synonyms_reads_no_synset_cut_in_the_middle_of_its_line),
		cmocka_unit_test(test_synonyms_knows_a_word_that_is_only_a_verb),
		cmocka_unit_test(test_synonyms_knows_a_word_that_can_be_a_verb),
		cmocka_unit_test(test_synonyms_knows_a_compound_noun_by_a_word_of_its_sense),
		cmocka_unit_test(test_synonyms_knows_a_word_that_is_only_an_adverb),
		cmocka_unit_test(test_synonyms_gives_the_base_forms_morphstr_gives),
		cmocka_unit_test(test_synonyms_knows_a_direct_hypernym),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
