/*
 * fuzz_lookup.c - libFuzzer target: whatever a translator types at
 * 'shuyu lookup' and 'shuyu concord'. Built by 'make fuzz'.
 *
 * At the first input, a termbase with a few terms of both languages and a
 * short aligned document is made (fuzz_open_termbase, import_target.c).
 * Each input, cut at its first NUL as a command-line argument is, is then
 * looked up (all four stages, as 'shuyu lookup' does, then each stage
 * alone) and given to the concordance. Besides what ASan catches, every
 * call must succeed or refuse the query with a message: nothing else (an
 * SQL error, a failure without a message) is allowed.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shuyu/termbase.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
sy_termbase *fuzz_open_termbase(const char *extension);

static sy_termbase *termbase; /* fuzz_open_termbase's (import_target.c) */

static const char glossary[] =
	"id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
	"t1\t负责任国家行为\tresponsible State behaviour\tnorms\tpreferred\t\tA/70/174\n"
	"t2\t建立信任措施\tconfidence-building measures\tconfidence-building\tpreferred\t\t\n"
	"t3\t网络\tcyber\tthreats\tadmitted\t\t\n"
	"t4\t信通技术\tICT\tthreats\tpreferred\t\t\n"
	"t5\t关键基础设施\tcritical infrastructure\tinfrastructure\tpreferred\t\t\n"
	"t6\t域\tdomain\tother\tadmitted\t\t\n";

static const char *const zh_text[] = {
	"各国在网络空间的负责任国家行为。",
	"建立信任措施有助于防止冲突。",
	"关键基础设施受到恶意信通技术活动的威胁。",
};
static const char *const en_text[] = {
	"Responsible State behaviour in cyberspace.",
	"Confidence-building measures help to prevent conflict.",
	"Critical infrastructure is threatened by malicious ICT activities.",
};

static void fail(const char *what, const sy_error *err)
{
	fprintf(stderr, "fuzz_lookup: %s: %s\n", what, err ? err->message : "");
	abort();
}

static void add(sy_sentence_list *l, const char *text, size_t number)
{
	sy_sentence_rec *r = &l->items[l->count++];

	memset(r, 0, sizeof(*r));
	r->text = strdup(text);
	if (!r->text)
		fail("out of memory", NULL);
	r->len = strlen(text);
	snprintf(r->number, sizeof(r->number), "%zu", number);
}

static void open_once(void)
{
	enum { N = sizeof(zh_text) / sizeof(zh_text[0]) };
	sy_sentence_rec zh_items[N], en_items[N];
	sy_sentence_list zh, en;
	sy_merge_bead beads[N];
	sy_merge_doc doc;
	sy_merge_stats stats;
	sy_error err = {0, ""};
	size_t i;

	memset(&zh, 0, sizeof(zh));
	memset(&en, 0, sizeof(en));
	zh.items = zh_items;
	en.items = en_items;
	zh.cap = en.cap = N;
	termbase = fuzz_open_termbase("");
	if (sy_termbase_import_glossary(termbase, glossary, sizeof(glossary) - 1, "fuzz", &err))
		fail("making the termbase", &err);
	for (i = 0; i < N; i++) {
		add(&zh, zh_text[i], i + 1);
		add(&en, en_text[i], i + 1);
		beads[i].zh_first = beads[i].en_first = i;
		beads[i].zh_count = beads[i].en_count = 1;
		beads[i].score = 0.9;
	}
	memset(&doc, 0, sizeof(doc));
	doc.symbol = "S/FUZZ/1";
	doc.zh = &zh;
	doc.en = &en;
	doc.beads = beads;
	doc.n_beads = N;
	if (sy_termbase_merge(termbase, &doc, &stats, NULL, NULL, &err))
		fail("merging the document", &err);
	for (i = 0; i < N; i++) {
		free(zh_items[i].text);
		free(en_items[i].text);
	}
}

/* Done, or the query refused with a message. */
static void check(int rc, const sy_error *err, const char *what)
{
	if (rc == SY_OK)
		return;
	if ((rc != SY_EUSAGE && rc != SY_EINPUT) || !err->message[0])
		fail(what, err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sy_lookup_options opt;
	sy_hit_list hits;
	sy_concord_list lines;
	sy_error err = {0, ""};
	long ids[16];
	size_t found;
	char *query;
	int stage;

	if (!termbase)
		open_once();
	if (size > 4096)
		return 0;
	query = malloc(size + 1);
	if (!query)
		fail("out of memory", NULL);
	memcpy(query, data, size);
	query[size] = '\0';

	check(sy_termbase_lookup(termbase, query, NULL, &hits, &err), &err, "lookup");
	sy_hit_list_free(&hits);
	memset(&opt, 0, sizeof(opt));
	opt.limit = 2;
	opt.examples = 1;
	err.message[0] = '\0';
	check(sy_termbase_lookup(termbase, query, &opt, &hits, &err), &err, "lookup, two hits");
	sy_hit_list_free(&hits);
	for (stage = SY_FIND_EXACT; stage <= SY_FIND_FUZZY; stage++) {
		err.message[0] = '\0';
		check(sy_termbase_find(termbase, query, stage, ids, 16, &found, &err), &err, "find");
		if (found > 16)
			fail("find: more ids than asked for", NULL);
	}
	err.message[0] = '\0';
	check(sy_termbase_concord(termbase, query, 5, &lines, &err), &err, "concord");
	sy_concord_list_free(&lines);
	free(query);
	return 0;
}
