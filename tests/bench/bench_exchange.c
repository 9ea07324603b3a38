/*
 * bench_exchange.c - writes a synthetic TMX 1.4 translation memory to
 * standard output, for scripts/bench-exchange.sh to import and export.
 *
 *   bench_exchange UNITS [UNITS_PER_DOCUMENT]
 *
 * Each unit pairs a Chinese and an English sentence of UN-style text, put
 * together from a few phrase tables by a fixed pseudo-random sequence, so
 * the file is the same on every run, its sentences are varied enough for
 * the full-text indexes to do real work, and each carries its number (no two
 * units are the same). Units carry shuyu's props (x-document, x-position),
 * UNITS_PER_DOCUMENT (default 1000) to a document, as our own export writes
 * them. The file is streamed: memory does not grow with UNITS.
 */
#include <stdio.h>
#include <stdlib.h>

static const char *const zh_subject[] = {
	"安全理事会", "大会", "秘书长", "各会员国", "开放式工作组", "政府专家组", "区域组织", "各国",
};
static const char *const en_subject[] = {
	"The Security Council", "The General Assembly", "The Secretary-General", "Member States",
	"The open-ended working group", "The group of governmental experts", "Regional organizations",
	"States",
};
static const char *const zh_verb[] = {
	"审议了", "欢迎", "重申", "强调", "注意到", "鼓励加强",
};
static const char *const en_verb[] = {
	"considered", "welcomed", "reaffirmed", "stressed", "took note of", "encouraged stronger",
};
static const char *const zh_object[] = {
	"信息和通信技术领域的发展",
	"负责任国家行为的框架",
	"建立信任措施的执行情况",
	"关键基础设施的保护",
	"能力建设方面的国际合作",
	"国际法对网络空间的适用",
	"数字鸿沟对发展中国家的影响",
	"网络攻击对国际和平与安全的威胁",
};
static const char *const en_object[] = {
	"developments in the field of information and telecommunications",
	"the framework for responsible State behaviour",
	"the implementation of confidence-building measures",
	"the protection of critical infrastructure",
	"international cooperation in capacity-building",
	"the application of international law to cyberspace",
	"the effects of the digital divide on developing countries",
	"the threat of cyberattacks to international peace and security",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static unsigned long long state = 88172645463325252ULL;

static size_t pick(size_t n)
{
	/* xorshift64: fixed, fast, good enough to vary the text. */
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return (size_t)(state % n);
}

int main(int argc, char **argv)
{
	unsigned long units, per_doc = 1000, i;
	char *end;

	if (argc < 2 || argc > 3) {
		fputs("usage: bench_exchange UNITS [UNITS_PER_DOCUMENT] >FILE.tmx\n", stderr);
		return 2;
	}
	units = strtoul(argv[1], &end, 10);
	if (*end || (argc == 3 && ((per_doc = strtoul(argv[2], &end, 10)) == 0 || *end))) {
		fputs("bench_exchange: UNITS and UNITS_PER_DOCUMENT are whole numbers\n", stderr);
		return 2;
	}
	printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	       "<tmx version=\"1.4\">\n"
	       "  <header creationtool=\"bench_exchange\" creationtoolversion=\"1\" segtype=\"sentence\""
	       " o-tmf=\"shuyu\" adminlang=\"en\" srclang=\"zh-CN\" datatype=\"plaintext\"/>\n"
	       "  <body>\n");
	for (i = 0; i < units; i++) {
		size_t s = pick(COUNT(zh_subject)), v = pick(COUNT(zh_verb)), o = pick(COUNT(zh_object)),
		       o2 = pick(COUNT(zh_object));
		printf("    <tu>\n"
		       "      <prop type=\"x-document\">BENCH/%lu</prop>\n"
		       "      <prop type=\"x-position\">%lu</prop>\n"
		       "      <tuv xml:lang=\"zh-CN\">\n"
		       "        <seg>第%lu段：%s%s%s以及%s。</seg>\n"
		       "      </tuv>\n"
		       "      <tuv xml:lang=\"en\">\n"
		       "        <seg>Paragraph %lu: %s %s %s and %s.</seg>\n"
		       "      </tuv>\n"
		       "    </tu>\n",
		       i / per_doc, i % per_doc, i + 1, zh_subject[s], zh_verb[v], zh_object[o],
		       zh_object[o2], i + 1, en_subject[s], en_verb[v], en_object[o], en_object[o2]);
	}
	printf("  </body>\n</tmx>\n");
	return fflush(stdout) || ferror(stdout) ? 1 : 0;
}
