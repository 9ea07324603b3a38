/*
 * extract.c - bilingual term extraction from the translation memory.
 * See include/shuyu/extract.h for what it does; this file has three parts:
 *
 *   1. indexing: a segment's two sides become chunks of words, stored in
 *      segment.zh_chunks and segment.en_chunks;
 *   2. extraction: candidate phrases from the chunks, their C-values, the
 *      pairs of phrases seen in the same segments and their scores;
 *   3. decisions: accept, reject, edit.
 *
 * The chunk format (one chunk a line; inside a chunk, words separated by
 * tabs): a Chinese word is its text; an English word is its text, then
 * \x1f and its key (the lemma, as sy_fold_en makes it) where the key is not
 * the text itself (most words: the reader takes the text). A word that
 * begins with '~'
 * may stand inside a candidate but not at its edge (和, 与; of, and); a
 * Chinese one after "~%" is a function word that a known term holds (的 in
 * 规范的执行), and stands only in a candidate that holds the whole term; an
 * English word after '=' (an adverb that modifies the next, internationally
 * wrongful) may begin one but not end it. An
 * English line "@ACR\x1fN" says that the acronym ACR stands for the last N
 * words of the chunk before it.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <sqlite3.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include "shuyu/extract.h"
#include "shuyu/fold.h"
#include "align_text.h"
#include "place_names.h"
#include "synonyms.h"
#include "termbase_internal.h"
#include "utf8.h"
#include "util.h"

#define ZH_MAX_WORDS 7   /* the longest Chinese candidate, in words */
#define ZH_MAX_CHARS 16
#define EN_MAX_WORDS 8
#define ZH_MAX_INNER 1   /* conjunctions inside one Chinese candidate */
#define EN_MAX_INNER 3   /* of, the, and ... inside one English candidate */

/* ---- word lists --------------------------------------------------------------- */

/* Chinese function words: a candidate never spans them. */
static const char *const zh_stop[] = {
	"的", "了", "着", "过", "是", "在", "对", "对于", "关于", "为", "为了", "以", "由", "从",
	"向", "于", "把", "被", "将", "让", "使", "给", "跟", "同", "等", "等等", "之", "其",
	"其中", "这", "那", "这些", "那些", "这个", "这种", "那种", "这次", "该", "此", "各", "每",
	"也", "都", "还", "又", "就", "才", "已", "已经", "曾", "正", "正在", "不", "没有", "没",
	"很", "更", "最", "非常", "如", "如何", "如果", "虽然", "但", "但是", "因此", "所以", "因为",
	"由于", "通过", "根据", "按照", "以便", "以及", "并", "并且", "而", "而且", "或", "或者",
	/* Prepositions jieba's reference tags so, of two characters (针对医院,
	 * "targeting hospitals"; 随着, "as"); not 依据, also "basis". */
	"针对", "依照", "随着", "沿着", "凭借", "本着", "经由", "朝着", "向着", "自从", "按着", "借着",
	"靠着",
	"即", "则", "可", "可以", "能", "能够", "会", "应", "应该", "应当", "理应", "必须", "须", "务必",
	"要", "需要", "我们",
	"他们", "它们", "我", "你", "他", "她", "它", "你们", "她们", "您", "咱们", "自己", "大家",
	/* "Our country", "your country": the possessive a letter or a
	 * statement writes for "my" or "our" (我国政府 / my Government,
	 * 我国代表团 / my delegation). */
	"我国", "贵国",
	"有", "具有", "作为", "成为", "进行", "并不",
	"不是", "所", "哪些", "什么", "如此", "以下", "一", "一个", "一次", "一些", "一种", "几",
	"许多", "诸多", "本", "本次", "次", "就是", "及其", "其他", "其它", "任何", "所有", "得到",
	"地", "得", "从而", "而是", "还是", "不仅", "以便", "以免", "以来", "上", "下", "后", "前",
	"时", "期间", "方面", "往往", "进一步", "不断", "日益", "可能", "能否", "不妨", "予以",
	"已得到", "得以", "即将", "若干", "几位", "一份", "一致", "至关重要", "年", "月", "日",
	"号",
	/* "In ...'s": the segmenter's one word for 中 and 的 (社会|中的|弱势群体,
	 * "groups in society"), a function word as both are. */
	"中的",
	/* Adverbs of manner, time and focus, which no term holds (原则同样适用,
	 * 与此同时, 尤其是); and those of degree that grows, as 日益 and 不断
	 * ("increasingly", "gradually": 区域越来越重视). */
	"同样", "同时", "与此同时", "尤其", "尤其是", "特别是", "仍", "仍然", "依然", "亦", "均",
	"皆", "始终", "一直", "越来越", "日趋", "更加", "愈加", "愈发", "越发", "日渐", "逐渐", "逐步",
	/* Light nouns (zh_light) and judging modifiers (zh_judging) are
	 * function words too (zh_stop_word). */
	/* What the English list has as function words, in Chinese: including
	 * (包括犯罪集团 / criminal groups), between (小组之间), such (此类漏洞). */
	"包括", "之间", "此类", "这类", "该类",
	/* "Besides", "except": 除了, and 除 in its frame (except_frame); the
	 * postpositions "outside", "beyond" (工作时间以外, 除此之外). */
	"除了", "以外", "之外",
	/* "To", "up to", "until", and the complement of a verb cut apart from
	 * it (考虑|到, "to take into account"): no term holds it alone. */
	"到",
};

/* Light nouns that frame a term without being one (从……角度, ……性质):
 * function words as zh_stop's are (zh_stop_word), even where the reference
 * writes one as a word with the word before it (核心作用, "central role":
 * listed_with_word_before). */
static const char *const zh_light[] = {
	"角度", "性质", "内容", "重要性", "作用", "方面", "情况", "可能性", "机会", "背景", "努力", "因素",
};

/* Modifiers that judge rather than name (重要平台, 主要责任): function words
 * as zh_stop's are (zh_stop_word), unless the English writes the modifier
 * where the Chinese does (judging_translated: 特别政治任务 / special political
 * missions). */
static const char *const zh_judging[] = {
	"重要", "主要", "具体", "相关", "额外", "广泛", "当前", "最近", "各种", "某些", "特别",
	"潜在", "充分", "显著", "历届", "当代", "正常", "可观", "更好", "良好", "巨大", "新的",
};

/* Determiners and the nominalizer 所, of zh_stop (function_word_s); not
 * the distributives 各 and 每: 各国 is "States", the subject of most of a
 * resolution's paragraphs. */
static const char *const zh_determiners[] = {"该", "本", "此", "这", "那", "其", "所", "下"};

/* Pronouns and demonstratives, of zh_stop. The segmenter's dictionary
 * keeps some of them glued to the function word after them (你的, 他的,
 * 你要, 此次): such a word is a function word as its parts are. */
static const char *const zh_deictic[] = {"我", "你", "他", "她", "它", "您", "我们", "你们", "他们",
					 "她们", "它们", "咱们", "自己", "大家", "这", "那", "这些",
					 "那些", "此", "该"};

/* Chinese nominalizing suffixes (透明度, 可预测性, 复原力, 问责制, 多边主义):
 * derivational morphology, a closed class. */
static const char *const zh_noun_suffixes[] = {"性", "度", "力", "制", "化", "率", "主义"};

/* Bound characters of Chinese word-formation (类词缀), cut off as words of
 * their own where the dictionary lacks the whole (多|利益|攸关|方): a
 * prefix needs the word after it, and ends no candidate; a suffix needs the
 * word before it, and begins none. */
static const char *const zh_bound_prefixes[] = {"多", "非", "反", "超", "副", "总", "准", "半", "亚", "泛", "各", "次"};
static const char *const zh_bound_suffixes[] = {"方", "者", "性", "化", "员", "界", "式", "型", "率", "度", "论", "体"};

/* Chinese words that may stand inside a candidate: 国际和平与安全,
 * 武装冲突中保护平民. */
static const char *const zh_inner[] = {"和", "与", "及", "中"};
static const char *const zh_conj[] = {"和", "与", "及"};

/* English function words. */
static const char *const en_stop[] = {
	"a", "an", "to", "by", "with", "as", "at", "from", "into", "onto", "upon", "about",
	"through", "during", "under", "over", "between", "among", "against", "without", "within",
	"via", "per", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these",
	"those", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "whether",
	"while", "since", "because", "although", "though", "is", "are", "was", "were", "be", "been",
	"being", "am", "has", "have", "had", "having", "do", "does", "did", "doing", "will", "would",
	"shall", "should", "can", "could", "may", "might", "must", "it", "its", "itself", "they",
	"them", "their", "theirs", "themselves", "we", "our", "us", "you", "your", "he", "him",
	"his", "she", "her", "i", "me", "my", "yours", "ours", "hers", "myself", "yourself",
	"yourselves", "ourselves", "himself", "herself", /* not "mine": mine action, landmines */
	"not", "no", "also", "further", "furthermore",
	"already", "still", "even", "only", "just", "very", "more", "most", "much", "many",
	"several", "some", "any", "each", "every", "all", "both", "either", "neither", "other",
	"another",
	"others", "such", "same", "own", "there", "here", "thus", "thereby", "therefore",
	"however", "moreover", "including", "include", "includes", "regarding", "concerning",
	"well", "like", "up", "out", "down", "off", "again", "ever", "never", "often", "always",
	"whereas", "whilst", "number", "part", "way", "ways", "one", "two",
	"three", "given", "following", "above", "below", "etc", "e.g", "i.e", "sb", "sth",
	"example", "instance", "addition", "order", "respect", "view", "terms", "case", "cases",
	"less", "least", "too", "s", "t", "i.e.", "e.g.", "whether", "after", "before", "until",
	"across", "beyond", "towards", "toward", "around", "along", "alongside", "despite",
	"throughout", "amid", "amongst", "unlike", "whereby", "wherein", "thereof", "therein", "behind",
	/* Adverbs that make phrasal verbs (look forward, look ahead, come
	 * together), in no noun phrase. */
	"forward", "ahead", "together", "away",
	/* The first words of prepositions of two words (pursuant to,
	 * according to, owing to), which no term holds. */
	"pursuant", "according", "owing",
	/* Modifiers that judge rather than name (important platform, main
	 * frame), and light nouns that frame a term without being one (the
	 * nature of, in the context of). */
	"important", "key", "main", "significant", "specific", "new", "relevant", "crucial",
	"considerable", "additional", "broad", "broader", "wider", "current", "recent", "various",
	"numerous", "certain", "particular", "possible", "potential", "great", "good", "better",
	"best", "ample", "remarkable", "successive", "contemporary", "different", "overall",
	"normal", "undoubtedly", "nature", "context", "substance", "importance", "role",
	"perspective", "aspect", "aspects", "kind", "kinds", "type", "types", "likelihood",
	"opportunity", "opportunities", "attention", "effort", "efforts", "factor", "factors",
};

/* Numerals written as words, cardinal and ordinal (one, two and three are
 * stop words above already): like digits, they count (seven days, the
 * first time, a second meeting) and bound a candidate. Capitalized, they
 * belong to a name (First Committee, Group of Seven) and stay. */
static const char *const en_numeral[] = {
	"zero", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
	"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
	"thousand", "million", "billion", "first", "second", "third", "fourth", "fifth", "sixth",
	"seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
	"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
	"thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
	"hundredth", "thousandth", "millionth",
};

/* English words that may stand inside a candidate: Charter of the United
 * Nations, Organization for Security and Cooperation in Europe. */
static const char *const en_inner[] = {"of", "for", "in", "on", "and", "the"};
#define EN_PREPOSITIONS 4 /* en_inner's first four: of, for, in, on */

static int in_list(const char *const *list, size_t n, const char *w, size_t len)
{
	size_t i;

	/* The first byte first: the lists are read for every word indexed,
	 * and a strlen of every entry took a tenth of the indexing. */
	if (!len)
		return 0;
	for (i = 0; i < n; i++)
		if (list[i][0] == w[0] && strlen(list[i]) == len && !memcmp(list[i], w, len))
			return 1;
	return 0;
}

#define IN(list, w, len) in_list(list, sizeof(list) / sizeof(list[0]), w, len)

static int all_digits(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((w[i] < '0' || w[i] > '9') && w[i] != '-' && w[i] != '/')
			return 0;
	return 1;
}

/* ---- strings to small integers: the aligner's table (align_text.h) ---------- */

typedef align_vocab strtab;

#define strtab_find align_vocab_find
#define strtab_free align_vocab_free

/* The index of s, added when new (*added set); -1 when out of memory. */
static long strtab_add(strtab *t, const char *s, size_t len, int *added)
{
	size_t before = t->count;
	uint32_t id;

	if (align_vocab_add(t, s, len, &id))
		return -1;
	if (added)
		*added = t->count > before;
	return (long)id;
}

/*
 * The word lists read for every word indexed, as string tables: scanning
 * them took about a tenth of the merge workers' time in a profile, as most
 * Chinese words begin with one of a few bytes. Filled once, on first use,
 * from whichever thread; out of memory, the lists are scanned as before.
 */
static strtab zh_stop_set, zh_light_set, zh_judging_set, zh_inner_set, en_stop_set, en_inner_set;
static strtab zh_glued_set; /* each of zh_deictic written with one of zh_stop, zh_light or zh_judging */
static int word_sets_filled;
static pthread_once_t word_sets_once = PTHREAD_ONCE_INIT;

static int word_set_fill(strtab *set, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strtab_add(set, list[i], strlen(list[i]), NULL) < 0)
			return -1;
	return 0;
}

#define WORD_SET_FILL(list) word_set_fill(&list##_set, list, sizeof(list) / sizeof(list[0]))

static int glued_set_add(const char *const *list, size_t n)
{
	size_t i, k, a, b;
	char buf[64];

	for (i = 0; i < sizeof(zh_deictic) / sizeof(zh_deictic[0]); i++)
		for (k = 0; k < n; k++) {
			a = strlen(zh_deictic[i]);
			b = strlen(list[k]);
			if (a + b > sizeof buf)
				continue;
			memcpy(buf, zh_deictic[i], a);
			memcpy(buf + a, list[k], b);
			if (strtab_add(&zh_glued_set, buf, a + b, NULL) < 0)
				return -1;
		}
	return 0;
}

static int glued_set_fill(void)
{
	return glued_set_add(zh_stop, sizeof(zh_stop) / sizeof(zh_stop[0])) ||
	       glued_set_add(zh_light, sizeof(zh_light) / sizeof(zh_light[0])) ||
	       glued_set_add(zh_judging, sizeof(zh_judging) / sizeof(zh_judging[0]));
}

static void word_sets_fill(void)
{
	word_sets_filled = !WORD_SET_FILL(zh_stop) && !WORD_SET_FILL(zh_light) && !WORD_SET_FILL(zh_judging) &&
			   !WORD_SET_FILL(zh_inner) &&
			   !WORD_SET_FILL(en_stop) && !WORD_SET_FILL(en_inner) && !glued_set_fill();
}

static int in_set(const strtab *set, const char *const *list, size_t n, const char *w, size_t len)
{
	pthread_once(&word_sets_once, word_sets_fill);
	return word_sets_filled ? len && strtab_find(set, w, len) >= 0 : in_list(list, n, w, len);
}

#define IN_SET(list, w, len) in_set(&list##_set, list, sizeof(list) / sizeof(list[0]), w, len)

/* Is the Chinese word w[0..n) on a list of function words: zh_stop,
 * zh_light or zh_judging? */
static int zh_function_listed(const char *w, size_t n)
{
	return IN_SET(zh_stop, w, n) || IN_SET(zh_light, w, n) || IN_SET(zh_judging, w, n);
}

/* Is the Chinese word w[0..n) a function word: listed (zh_function_listed),
 * or a pronoun or demonstrative and a listed word written as one word? */
static int zh_stop_word(const char *w, size_t n)
{
	size_t i, k;

	if (zh_function_listed(w, n))
		return 1;
	/* A word that ends in the preposition 于 ("at", "to", "from") is a
	 * verb or a preposition with it (有助于 "to help", 属于 "to belong
	 * to", 基于 "based on"), never a noun. */
	if (n > 3 && !memcmp(w + n - 3, "于", 3))
		return 1;
	if (word_sets_filled)
		return strtab_find(&zh_glued_set, w, n) >= 0;
	for (i = 0; i < sizeof(zh_deictic) / sizeof(zh_deictic[0]); i++) {
		k = strlen(zh_deictic[i]);
		if (k < n && !memcmp(w, zh_deictic[i], k) && zh_function_listed(w + k, n - k))
			return 1;
	}
	return 0;
}

/* Is the Chinese word w[0..n) a function word, or one that stands only
 * inside a phrase (zh_inner: 和, 与, 及, 中), never at its edge? */
static int zh_bound_word(const char *w, size_t n)
{
	return zh_stop_word(w, n) || IN_SET(zh_inner, w, n);
}

/* ---- matching English words and glosses ---------------------------------------- */

/* CBMs, ICTs, ASEAN, COVID-19: two or more capitals, maybe a plural s. */
static int acronym_like(const char *w, size_t n)
{
	size_t i, caps = 0;

	for (i = 0; i < n; i++) {
		if (w[i] >= 'A' && w[i] <= 'Z')
			caps++;
		else if (!(w[i] == 's' && i == n - 1) && !(w[i] >= '0' && w[i] <= '9') && w[i] != '-')
			return 0;
	}
	return caps >= 2;
}

/* How many digits end the acronym acr[0..an) after a hyphen: 2 for
 * COVID-19 (the last digits of the year of coronavirus disease 2019), 0
 * for ICTs. */
static size_t acronym_digits(const char *acr, size_t an)
{
	size_t digits = 0;

	while (digits < an && acr[an - 1 - digits] >= '0' && acr[an - 1 - digits] <= '9')
		digits++;
	return digits && digits < an && acr[an - 1 - digits] == '-' ? digits : 0;
}

/* Does the acronym acr[0..an) end in "-" and the last digits of the
 * longer number w[0..n) (COVID-19, 2019)? */
static int ends_in_digits_of(const char *acr, size_t an, const char *w, size_t n)
{
	size_t digits = acronym_digits(acr, an);

	return digits && digits < n && all_digits(w, n) && !memcmp(w + n - digits, acr + an - digits, digits);
}

/* Does a part of w[0..n) ending at `to` end the word, or all but a
 * plural's s? */
static int word_end(const char *w, size_t n, size_t to)
{
	return to == n || (to + 1 == n && w[n - 1] == 's');
}

/* British and American spellings meet: behaviour/behavior, organization/
 * organisation, centre/center, analyse/analyze, programme/program,
 * dialogue/dialog, defence/defense, licence/license. For matching only. */
static size_t spelling_fold(const char *w, size_t n, char *out, size_t size)
{
	size_t o = 0, i;

	if (n + 1 > size)
		n = size - 1;
	for (i = 0; i < n; i++) {
		if (i + 3 <= n && n > 4 && !memcmp(w + i, "our", 3) &&
		    (i + 3 == n || w[i + 3] == 's' || w[i + 3] == 'a')) {
			out[o++] = 'o';
			out[o++] = 'r';
			i += 2;
			continue;
		}
		if (i > 2 && i + 3 <= n && (!memcmp(w + i, "ise", 3) || !memcmp(w + i, "isa", 3) ||
					    !memcmp(w + i, "isi", 3))) {
			out[o++] = 'i';
			out[o++] = 'z';
			i += 1;
			continue;
		}
		if (i > 2 && i + 3 == n && !memcmp(w + i, "tre", 3)) {
			memcpy(out + o, "ter", 3);
			o += 3;
			break;
		}
		if (i > 2 && i + 3 <= n && !memcmp(w + i, "yse", 3)) {
			out[o++] = 'y';
			out[o++] = 'z';
			i += 1;
			continue;
		}
		/* programme, dialogue, catalogue: a word's end, before a plural's s. */
		if (i > 2 && word_end(w, n, i + 3) && !memcmp(w + i, "mme", 3)) {
			out[o++] = 'm';
			i += 2;
			continue;
		}
		if (i > 2 && word_end(w, n, i + 4) && !memcmp(w + i, "ogue", 4)) {
			out[o++] = 'o';
			out[o++] = 'g';
			i += 3;
			continue;
		}
		/* defence, offence, licence, pretence. */
		if (i > 1 && word_end(w, n, i + 5) && !memcmp(w + i + 1, "ence", 4) &&
		    (w[i] == 'f' || w[i] == 'c' || w[i] == 't')) {
			out[o++] = w[i];
			memcpy(out + o, "ense", 4);
			o += 4;
			i += 4;
			continue;
		}
		out[o++] = w[i];
	}
	out[o] = '\0';
	return o;
}

/*
 * A crude stem, for matching glosses with words only: threaten and threat,
 * protection and protect, organization and organize meet. Each suffix is
 * cut only when four letters or more remain.
 */
static size_t stem(char *w, size_t n)
{
	static const char *const suffixes[] = {
		"izations", "ization", "ations", "ation", "itions", "ition", "ments", "ment", "ness",
		"ities", "ity", "ives", "ive", "ions", "ion", "ens", "en", "als", "al", "ings", "ing",
		"ers", "er", "ed", "ics", "ic", "ious", "es", "s", "e", "y",
	};
	/* -ious makes an adjective of a noun (malicious: malice, malic;
	 * suspicious: suspicion), as 恶意 "malice" is malicious before a noun.
	 * Not -ous: generous and numerous would stem as general and numeral.
	 *
	 * A noun Latin made of the verb in -nd: response (respond), defence
	 * and offense (defend, offend), expense, suspense (expend, suspend),
	 * expanse (expand). */
	static const char *const nd_nouns[][2] = {
		{"ponse", "pond"}, {"fence", "fend"}, {"fense", "fend"}, {"pense", "pend"}, {"panse", "pand"},
	};
	size_t i, m = n >= 1 && w[n - 1] == 's' ? n - 1 : n;

	/* A doctrine in -ism stems as what holds it: humanitarianism as
	 * humanitarian, multilateralism as multilateral, terrorism as
	 * terror (CC-CEDICT glosses 人道 "humanitarianism" and the UN writes
	 * "humanitarian law"). */
	if (m >= 7 && !memcmp(w + m - 3, "ism", 3))
		return stem(w, m - 3);
	for (i = 0; i < sizeof(nd_nouns) / sizeof(nd_nouns[0]); i++)
		if (m >= 7 && !memcmp(w + m - 5, nd_nouns[i][0], 5)) {
			memcpy(w + m - 5, nd_nouns[i][1], 4);
			w[m - 1] = '\0';
			return m - 1;
		}
	for (i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++) {
		size_t k = strlen(suffixes[i]);
		/* A word in -ss is no plural (discuss, process, progress): its
		 * last s stays, as it does where -ion follows (discussion). */
		if (!strcmp(suffixes[i], "s") && n >= 2 && w[n - 1] == 's' && w[n - 2] == 's')
			continue;
		if (n >= k + 4 && !memcmp(w + n - k, suffixes[i], k)) {
			n -= k;
			/* What is left ends as its word does when stemmed:
			 * settlement as settle, which loses its e (to settle:
			 * settl); measurement, agreement, awareness too. */
			if (k > 2 && n >= 5 && w[n - 1] == 'e')
				n--;
			break;
		}
	}
	w[n] = '\0';
	return n;
}

static const char *const gloss_skip[] = {
	"to", "of", "the", "a", "an", "and", "or", "sb", "sth", "one", "one's", "sb's", "etc", "in",
	"on", "for", "with", "by", "be", "is", "as", "at", "from", "lit", "fig", "abbr", "variant",
	"cl", "used", "also", "written", "see", "old", "esp", "s", "up", "out", "not", "no", "it",
	"oneself", "person", "something", "someone", "kind", "type", "etc.", "pr",
};

/* Is the sense that begins at s an acronym followed by its expansion in
 * brackets, up to p ("ASEAN (Association of Southeast Asian Nations)")? */
static int acronym_sense(const char *s, const char *p)
{
	const char *e = p;

	while (e > s && e[-1] == ' ')
		e--;
	return e > s && !memchr(s, ' ', (size_t)(e - s)) && acronym_like(s, (size_t)(e - s));
}

/*
 * Does the sense at s describe a bound morpheme or a particle rather than
 * translate it ("suffix forming noun from adjective, corresponding to -ness
 * or -ity", "particle indicating ...")? CC-CEDICT's metalanguage: its words
 * name no English word the Chinese one stands for (性's "forming" met the
 * "formation" of "transformation"). "suffix" alone is a translation
 * (后缀), so a word must follow. A classifier's sense lists what it counts
 * (通: "classifier for letters, telegrams, phone calls, activities"), not
 * what it means: through the character, 通报 ("to inform") explained
 * "activities".
 */
static int grammar_sense(const char *s)
{
	static const char *const heads[] = {"suffix ", "prefix ", "infix ", "particle ", "classifier ",
					    "measure word "};
	size_t i;

	for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
		if (!strncmp(s, heads[i], strlen(heads[i])))
			return 1;
	return 0;
}

/*
 * English names the presiding officer of a body its President or its Chair
 * as often as its Chairman (the President of the General Assembly, of the
 * Security Council, of a company; the Chair of a committee), and
 * CC-CEDICT glosses that office (主席, 议长, 董事长, 总裁) as chairman or
 * chairperson only. A gloss word "chairman" or "chairperson" gives the
 * other names too: one office, named three ways, a closed set. Not the
 * other way round: "president" alone is also a head of State (总统).
 */
static const char *const presiding_officer_glossed[] = {"chairman", "chairperson"};
static const char *const presiding_officer_other[] = {"chair", "president"};

/*
 * Walk one CC-CEDICT gloss string: fn receives each English word of it in
 * lower case, function words and dictionary jargon left out; *senses and
 * *verbs count its senses and those that are verbs ("to ..."). Words in
 * brackets are comments and left out, except where a sense is an acronym
 * and the brackets give what it stands for: the expansion is the
 * translation too. A sense that describes the word's grammar
 * (grammar_sense) gives no words. With judged set, the modifiers and
 * nouns of en_stop are given too (关键 "key, crucial"): they bound no
 * English phrase here, and WordNet has senses for them (word_senses).
 * fn's other is set for another name walk_gloss gives after a word
 * (chairman: chair, president; anti-: counter), not a word of the sense.
 */
typedef int (*gloss_word_fn)(const char *low, size_t n, int other, void *userdata);

static int walk_gloss(const char *gloss, size_t *senses, size_t *verbs, gloss_word_fn fn,
		      void *userdata, int judged)
{
	const char *p = gloss, *sense = gloss;
	int depth = 0, sense_start = 1, expansion = 0;

	while (*p) {
		if (*p == '/') {
			sense_start = 1;
			p++;
			continue;
		}
		if (sense_start && *p != ' ') {
			sense_start = 0;
			sense = p;
			(*senses)++;
			if (!strncmp(p, "to ", 3)) {
				(*verbs)++;
				p += 3;
				continue;
			}
			if (grammar_sense(p)) {
				while (*p && *p != '/')
					p++;
				continue;
			}
		}
		const char *s;
		size_t n, i;
		char low[64];

		if (*p == '(' || *p == '[') {
			if (!depth && *p == '(' && acronym_sense(sense, p))
				expansion = 1;
			else
				depth++;
			p++;
			continue;
		}
		if (*p == ')' || *p == ']') {
			if (expansion && !depth)
				expansion = 0;
			else if (depth)
				depth--;
			p++;
			continue;
		}
		if (!((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')) {
			p++;
			continue;
		}
		s = p;
		while (((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') || *p == '\'')
			p++;
		n = (size_t)(p - s);
		if (depth || n >= sizeof low || n < 2)
			continue;
		for (i = 0; i < n; i++)
			low[i] = (char)(s[i] | 0x20);
		low[n] = '\0';
		if (IN(gloss_skip, low, n) || (!judged && IN_SET(en_stop, low, n)) || IN_SET(en_inner, low, n))
			continue;
		if (fn(low, n, 0, userdata))
			return -1;
		if (IN(presiding_officer_glossed, low, n)) {
			for (i = 0; i < sizeof presiding_officer_other / sizeof presiding_officer_other[0]; i++)
				if (fn(presiding_officer_other[i], strlen(presiding_officer_other[i]), 1, userdata))
					return -1;
		}
		/* The prefix "anti-" (反, 反恐) is "counter-" as often in UN
		 * English: counter-terrorism, counter-proliferation. A sense
		 * that is the prefix alone gives both. */
		if (n == 4 && !memcmp(low, "anti", 4) && p[0] == '-' && (!p[1] || p[1] == '/') &&
		    fn("counter", 7, 1, userdata))
			return -1;
	}
	return 0;
}

/* ---- 1. indexing ------------------------------------------------------------------ */

/* What cuts the Han runs of a text into words (han_words): one thread at
 * a time. */
struct tb_cutter {
	const sy_lexicon *lex;
	const sy_reference *ref; /* general-language frequencies, or NULL */
	UBreakIterator *bi;
	UChar *u16;
	size_t u16_cap;
};

typedef struct tb_indexer {
	sy_termbase *tb;
	const sy_lexicon *lex;
	strtab verbs;           /* English words CC-CEDICT glosses only as verbs */
	strtab verbs_mostly;    /* ... or mostly */
	strtab senses;          /* every English word that is a CC-CEDICT sense alone */
	strtab prefix_classifiers; /* the function words of one character that are prefixes too (次) */
	strtab hunspell_verbs;  /* words of no sense that Hunspell inflects as verbs only */
	strtab hunspell_other;  /* words of no sense that it does not */
	tb_cutter cut;          /* the Han runs' words */
	/* For index_pending: the keys of the terms merge found in a segment,
	 * from their ids (segment.terms). */
	sqlite3_stmt *key_of;   /* a term's key, when the term is Chinese */
	strtab term_ids;        /* the ids looked up so far, as written */
	char **term_keys;       /* for each of them its key, or NULL */
	size_t term_keys_cap;
	/* Translations in the aligned English: stems of English words and of
	 * CC-CEDICT glosses share one table of ids. */
	strtab stems;
	struct en_word *en_words;  /* the English words of the segment being indexed */
	size_t n_en_words, en_words_cap;
	struct complement *complements; /* its complements "to (the) X" (post_of_title) */
	size_t n_complements, complements_cap;
	util_buf names_numbers;    /* " 77 2019 ": numbers both sides write in a name */
	util_buf numbered;         /* "article 51\n": references both sides write (en_numbered) */
	strtab gloss_words;        /* Chinese words looked up, and the stems of their glosses */
	uint32_t *gloss_first, *gloss_count;
	size_t first_cap, count_cap;
	uint32_t *gloss_stems;
	size_t n_gloss_stems, gloss_stems_cap;
} indexer;

/* A complement "to (the) X" of the segment being indexed: the positions
 * of its first word and of the punctuation that ends it. */
typedef struct complement {
	unsigned first, end;
} complement;

/* An English word of the segment being indexed: a stem of its key (a
 * hyphenated word has several, at one position), where, in which chunk. */
typedef struct en_word {
	uint32_t stem;
	unsigned pos, chunk;
} en_word;

/* The id of a stem (spelling folded and stemmed as lemma_id does it). */
static long stem_id(indexer *ix, const char *w, size_t n)
{
	char buf[96];
	size_t m = stem(buf, spelling_fold(w, n, buf, sizeof buf));

	return strtab_add(&ix->stems, buf, m, NULL);
}

/* Record the English key (one lemma, or several for a hyphenated word:
 * "confidence build") as the word at pos, in chunk. */
static int en_words_add(indexer *ix, const char *key, unsigned pos, unsigned chunk)
{
	while (*key) {
		size_t n = strcspn(key, " ");
		if (n) {
			long id = stem_id(ix, key, n);
			en_word *e;
			if (id < 0 || util_grow(&ix->en_words, &ix->en_words_cap, ix->n_en_words + 1,
						sizeof(*ix->en_words)))
				return -1;
			e = &ix->en_words[ix->n_en_words++];
			e->stem = (uint32_t)id;
			e->pos = pos;
			e->chunk = chunk;
		}
		key += n;
		key += *key == ' ';
	}
	return 0;
}

/* The stem id of a word of a gloss, as Hunspell lemmatizes it. */
static long gloss_stem_id(indexer *ix, const char *low, size_t n)
{
	const char *lemma = sy_lemma(ix->tb->lm, low, n);

	return lemma ? stem_id(ix, lemma, strlen(lemma)) : stem_id(ix, low, n);
}

static int add_gloss_stem(const char *low, size_t n, int other, void *userdata)
{
	indexer *ix = userdata;
	long id = gloss_stem_id(ix, low, n);

	(void)other;
	if (id < 0 || util_grow(&ix->gloss_stems, &ix->gloss_stems_cap, ix->n_gloss_stems + 1,
				sizeof(*ix->gloss_stems)))
		return -1;
	ix->gloss_stems[ix->n_gloss_stems++] = (uint32_t)id;
	return 0;
}

/* The stems of the CC-CEDICT glosses of the Chinese word w[0..n), worked
 * out once, then kept: *count of them from *first in ix->gloss_stems. */
static void gloss_stems_of(indexer *ix, const char *w, size_t n, size_t *first, size_t *count)
{
	int added;
	long id;

	*first = *count = 0;
	if (!ix->lex || !n)
		return;
	id = strtab_add(&ix->gloss_words, w, n, &added);
	if (id < 0 || util_grow(&ix->gloss_first, &ix->first_cap, (size_t)id + 1, sizeof(*ix->gloss_first)) ||
	    util_grow(&ix->gloss_count, &ix->count_cap, (size_t)id + 1, sizeof(*ix->gloss_count)))
		return;
	if (added) {
		const char *g[16];
		size_t k = sy_lexicon_lookup(ix->lex, w, n, g, 16), senses = 0, verbs = 0, i;
		ix->gloss_first[id] = (uint32_t)ix->n_gloss_stems;
		for (i = 0; i < k && i < 16; i++)
			if (walk_gloss(g[i], &senses, &verbs, add_gloss_stem, ix, 0))
				break;
		ix->gloss_count[id] = (uint32_t)(ix->n_gloss_stems - ix->gloss_first[id]);
	}
	*first = ix->gloss_first[id];
	*count = ix->gloss_count[id];
}

static int has_stem(const indexer *ix, size_t first, size_t count, uint32_t stem_id)
{
	size_t i;

	for (i = first; i < first + count; i++)
		if (ix->gloss_stems[i] == stem_id)
			return 1;
	return 0;
}

/* Do the Chinese words a and b, in this order, translate two English words
 * that stand next to each other in one chunk of the segment being indexed
 * (跨国 组织: transnational organized)? */
static int translated_side_by_side(indexer *ix, const char *a, size_t an, const char *b, size_t bn)
{
	size_t af, ac, bf, bc, i, j;

	gloss_stems_of(ix, a, an, &af, &ac);
	if (!ac)
		return 0;
	gloss_stems_of(ix, b, bn, &bf, &bc);
	if (!bc)
		return 0;
	for (i = 0; i < ix->n_en_words; i++) {
		const en_word *e = &ix->en_words[i];
		if (!has_stem(ix, af, ac, e->stem))
			continue;
		for (j = i + 1; j < ix->n_en_words && ix->en_words[j].pos <= e->pos + 1; j++)
			if (ix->en_words[j].pos == e->pos + 1 && ix->en_words[j].chunk == e->chunk &&
			    has_stem(ix, bf, bc, ix->en_words[j].stem))
				return 1;
	}
	return 0;
}

typedef tb_span span;   /* bytes */
typedef tb_spans spans;

static int spans_add(spans *s, size_t start, size_t end)
{
	if (util_grow(&s->v, &s->cap, s->count + 1, sizeof(*s->v)))
		return -1;
	s->v[s->count].start = start;
	s->v[s->count].end = end;
	s->count++;
	return 0;
}

/* Where the run of Han characters that goes on at byte i of text ends (i
 * itself when none is there). */
static size_t han_run_end(const char *text, size_t len, size_t i)
{
	size_t k = i;

	while (i < len && is_han(utf8_next(text, len, &k)))
		i = k;
	return i;
}

/* Sum of the words' log frequencies in the reference, the words of
 * [lo, hi) cut where at[] is set (pos[]: each character's byte offset in
 * s); *words: how many. 1 when a word is not listed. */
static int reading_weight(const sy_reference *ref, const char *s, const size_t *pos,
			  const unsigned char *at, size_t lo, size_t hi, double *weight, size_t *words)
{
	size_t a = lo, m;

	*weight = 0;
	*words = 0;
	for (m = lo + 1; m <= hi; m++) {
		double f;
		if (m < hi && !at[m])
			continue;
		f = sy_reference_frequency(ref, s + pos[a], pos[m] - pos[a]);
		if (f <= 0)
			return 1;
		*weight += log(f);
		++*words;
		a = m;
	}
	return 0;
}

/*
 * An overlap of two readings (交集型歧义): the longest-word cut takes 安全带|来
 * ("seat belt, come") in 给和平与安全带来新的风险 ("bring new risks to peace
 * and security"), where ICU's word break reads 安全|带来, and
 * 夏令时|间 where it reads 夏令|时间. Where the cut's word crosses one of ICU's
 * words, the stretch up to where both readings agree is read as the one
 * whose words are the commoner in general text (their frequencies in the
 * reference multiplied, as jieba does), but only between readings of as
 * many words, all of them listed. A reading of more words is no rival:
 * the product of more frequencies says little (他|国内|政 against 他国|内政,
 * "other States' internal affairs"), and names the reference does not
 * list (玛拿西) keep the dictionary's reading. cut[] is the longest-word
 * cut's boundaries, icu[] ICU's, over the n characters at pos[] of s.
 */
static void prefer_common_reading(const sy_reference *ref, const char *s, const size_t *pos,
				  const unsigned char *icu, unsigned char *cut, size_t n)
{
	size_t a = 0, b, m;

	while (a < n) {
		size_t lo, hi, cut_words, icu_words;
		double cut_weight, icu_weight;
		int crosses = 0;
		for (b = a + 1; b < n && !cut[b]; b++)
			;
		for (m = a + 1; m < b; m++)
			crosses |= icu[m];
		if (!crosses || (icu[a] && icu[b])) {
			a = b;
			continue;
		}
		for (lo = a; !(icu[lo] && cut[lo]); lo--)
			;
		for (hi = b; !(icu[hi] && cut[hi]); hi++)
			;
		if (!reading_weight(ref, s, pos, cut, lo, hi, &cut_weight, &cut_words) &&
		    !reading_weight(ref, s, pos, icu, lo, hi, &icu_weight, &icu_words) &&
		    icu_words == cut_words && icu_weight > cut_weight)
			for (m = lo + 1; m < hi; m++)
				cut[m] = icu[m];
		a = hi;
	}
}

/*
 * The words of a run of Han characters text[start..end), appended. ICU's
 * dictionary word break proposes words; CC-CEDICT proposes every word it
 * has at each position; the segmentation kept is the one whose words have
 * the largest sum of squared lengths (longest words first: 委员会|所设 over
 * ICU's 委员|会所|设, 联合国 over 联合|国), fewer words breaking ties. Where
 * one of its words crosses ICU's, general-language frequencies may give
 * ICU's reading instead (prefer_common_reading).
 */
static int han_words(tb_cutter *ix, const char *text, size_t start, size_t end, spans *words)
{
	UErrorCode status = U_ZERO_ERROR;
	int32_t u16_len, next;
	size_t byte = start, unit = 0, len = end - start, n = 0, i, k;
	size_t *pos = NULL;          /* byte offset of each character, n + 1 */
	unsigned char *icu = NULL;   /* an ICU boundary before character i */
	long *best = NULL;           /* best score of text up to character i */
	size_t *back = NULL;         /* where the last word of that starts */
	unsigned char *cut = NULL;   /* a word boundary before character i */
	int rc = -1;

	pos = malloc((len + 1) * sizeof(*pos));
	icu = calloc(len + 1, 1);
	best = malloc((len + 1) * sizeof(*best));
	back = malloc((len + 1) * sizeof(*back));
	if (!pos || !icu || !best || !back)
		goto done;
	for (i = start; i < end;) {
		pos[n++] = i - start;
		utf8_next(text, end, &i);
	}
	pos[n] = len;

	if (len * 2 + 2 > ix->u16_cap) {
		UChar *p = realloc(ix->u16, (len * 2 + 2) * sizeof(*p));
		if (!p)
			goto done;
		ix->u16 = p;
		ix->u16_cap = len * 2 + 2;
	}
	icu[0] = icu[n] = 1;
	u_strFromUTF8(ix->u16, (int32_t)ix->u16_cap, &u16_len, text + start, (int32_t)len, &status);
	if (U_SUCCESS(status))
		ubrk_setText(ix->bi, ix->u16, u16_len, &status);
	if (U_SUCCESS(status)) {
		size_t c = 0;
		ubrk_first(ix->bi);
		while ((next = ubrk_next(ix->bi)) != UBRK_DONE) {
			while ((int32_t)unit < next && byte < end) {
				uint32_t cp = utf8_next(text, end, &byte);
				unit += cp >= 0x10000 ? 2 : 1;
				c++;
			}
			icu[c] = 1;
		}
	}

	best[0] = 0;
	for (i = 1; i <= n; i++)
		best[i] = -1;
	for (i = 0; i < n; i++) {
		int longer = ix->lex != NULL; /* a headword may begin with text[i..k) */
		if (best[i] < 0)
			continue;
		for (k = i + 1; k <= n && k <= i + 8; k++) {
			int word = k == i + 1;
			if (!word && icu[i] && icu[k]) {
				size_t m;
				word = 1;
				for (m = i + 1; m < k; m++)
					if (icu[m])
						word = 0;
			}
			if (!word && longer)
				word = sy_lexicon_lookup(ix->lex, text + start + pos[i], pos[k] - pos[i], NULL, 0) > 0;
			if (longer)
				longer = sy_lexicon_begins_word(ix->lex, text + start + pos[i], pos[k] - pos[i]);
			if (!word)
				continue;
			{
				long score = best[i] + (long)((k - i) * (k - i)) * 16 - 1 +
					     (icu[i] && icu[k] ? 2 : 0);
				if (score > best[k]) {
					best[k] = score;
					back[k] = i;
				}
			}
		}
	}
	/* The cut's boundaries, read back; ICU's where the two overlap and
	 * its reading is the commoner. */
	cut = calloc(n + 1, 1);
	if (!cut)
		goto done;
	for (i = n; i > 0; i = back[i])
		cut[i] = 1;
	cut[0] = 1;
	if (ix->ref)
		prefer_common_reading(ix->ref, text + start, pos, icu, cut, n);
	for (i = 0, k = 1; k <= n; k++)
		if (cut[k]) {
			if (spans_add(words, start + pos[i], start + pos[k]))
				goto done;
			i = k;
		}
	rc = 0;
done:
	free(pos);
	free(icu);
	free(best);
	free(back);
	free(cut);
	return rc;
}

static size_t chars_in(const char *s, size_t len)
{
	size_t i = 0, n = 0;

	while (i < len) {
		utf8_next(s, len, &i);
		n++;
	}
	return n;
}

/* Split words so that no word crosses the edge of a known term, and
 * mark which words lie inside one. */
static int split_at_terms(spans *w, const spans *terms, unsigned char **inside)
{
	size_t t, i;

	for (t = 0; t < terms->count; t++) {
		size_t edges[2] = {terms->v[t].start, terms->v[t].end}, e;
		for (e = 0; e < 2; e++) {
			for (i = 0; i < w->count; i++) {
				if (w->v[i].start < edges[e] && edges[e] < w->v[i].end) {
					if (util_grow(&w->v, &w->cap, w->count + 1, sizeof(*w->v)))
						return -1;
					memmove(w->v + i + 2, w->v + i + 1, (w->count - i - 1) * sizeof(*w->v));
					w->v[i + 1].start = edges[e];
					w->v[i + 1].end = w->v[i].end;
					w->v[i].end = edges[e];
					w->count++;
					break;
				}
			}
		}
	}
	*inside = calloc(w->count ? w->count : 1, 1);
	if (!*inside)
		return -1;
	for (t = 0; t < terms->count; t++)
		for (i = 0; i < w->count; i++)
			if (w->v[i].start >= terms->v[t].start && w->v[i].end <= terms->v[t].end)
				(*inside)[i] |= (w->v[i].start == terms->v[t].start ? 1 : 0) |
						(w->v[i].end == terms->v[t].end ? 2 : 0) | 4;
	return 0;
}

/*
 * 可 + a verb + 性 is one word, a noun in -ability (可预测性 predictability,
 * 可持续性 sustainability, 可用性 availability, 可核查性 verifiability):
 * 可 is a derivational prefix there ("-able"), not the modal verb "can"
 * that bounds a chunk. CC-CEDICT lists a few (可行性, 可靠性), the pattern
 * makes any. Joins the spans of words[] in place, however the segmentation
 * cut them (可|预测|性, 可|预测性).
 */
static void join_ability_nouns(const char *text, spans *words)
{
	size_t w, out = 0;

	for (w = 0; w < words->count; w++) {
		const span *a = &words->v[w];
		size_t last = w;
		if (a->end - a->start == 3 && !memcmp(text + a->start, "可", 3) && w + 1 < words->count &&
		    words->v[w + 1].start == a->end && words->v[w + 1].end > words->v[w + 1].start) {
			const span *b = &words->v[w + 1];
			if (b->end - b->start >= 6 && !memcmp(text + b->end - 3, "性", 3))
				last = w + 1;
			else if (w + 2 < words->count && words->v[w + 2].start == b->end &&
				 words->v[w + 2].end - words->v[w + 2].start == 3 &&
				 !memcmp(text + words->v[w + 2].start, "性", 3))
				last = w + 2;
		}
		words->v[out].start = a->start;
		words->v[out].end = words->v[last].end;
		out++;
		w = last;
	}
	words->count = out;
}

/*
 * A bound suffix the segmentation cut off a word CC-CEDICT knows (行为|体,
 * 攸关|方, 参与|者) is that word's: joined to it, in place, as the
 * dictionary would have it had it listed the whole (行为体, an actor; 行为
 * alone is behaviour). Not after a character alone, nor after characters
 * the dictionary does not know: there 方 and 体 may be syllables of a
 * name; nor after a function word (我们|度: 度 is the verb "to pass").
 */
static void join_bound_suffixes(indexer *ix, const char *text, spans *words)
{
	size_t w, out = 0;

	for (w = 0; w < words->count; w++) {
		span a = words->v[w];
		if (ix->lex && a.end - a.start >= 6 && w + 1 < words->count && words->v[w + 1].start == a.end &&
		    IN(zh_bound_suffixes, text + a.end, words->v[w + 1].end - a.end) &&
		    !zh_stop_word(text + a.start, a.end - a.start) &&
		    sy_lexicon_lookup(ix->lex, text + a.start, a.end - a.start, NULL, 0) > 0) {
			a.end = words->v[w + 1].end;
			w++;
		}
		words->v[out++] = a;
	}
	words->count = out;
}

/*
 * Does the function word words[w] link the words on either side of it
 * into one noun phrase? 有 before a noun makes an attribute of it (有组织
 * organized, 有约束力 binding, 有针对性 targeted); but it is also the verb
 * "to have" and the existential "there is" (各国有责任, 犹大有王). The
 * English tells them apart: an attribute is translated where it stands,
 * so the words just before and just after 有 translate two English words
 * side by side, in that order, in one chunk (跨国 有 组织 犯罪:
 * transnational organized crime); a verb's subject and object are apart
 * ("States have a responsibility") or in the other order ("a king in
 * Judah"). Both must be content words. (的 and 之 under the same test let
 * free noun phrases in: see the notes.)
 */
static int links(indexer *ix, const char *text, const spans *words, size_t w)
{
	static const char *const linking[] = {"有"};
	const span *a, *b, *l = &words->v[w];

	if (!w || w + 1 >= words->count || !IN(linking, text + l->start, l->end - l->start))
		return 0;
	a = &words->v[w - 1];
	b = &words->v[w + 1];
	if (a->end != l->start || b->start != l->end || a->end == a->start || b->end == b->start)
		return 0;
	if (zh_bound_word(text + a->start, a->end - a->start) || zh_bound_word(text + b->start, b->end - b->start))
		return 0;
	return translated_side_by_side(ix, text + a->start, a->end - a->start, text + b->start,
				       b->end - b->start);
}

/*
 * Is words[w] a modifier that judges (zh_judging: 特别, 充分) which the
 * English writes where the Chinese does, its gloss just before the
 * translation of the word after it, in one chunk (特别政治任务 / special
 * political missions; 信通技术相关活动 / ICT-related activities)? Then it
 * names a kind, a word of the term, not a judgement of it. The English
 * modifiers that only judge are function words there (important,
 * relevant, new), and never stand in a chunk.
 */
static int judging_translated(indexer *ix, const char *text, const spans *words, size_t w)
{
	const span *a = &words->v[w], *b;

	if (w + 1 >= words->count || !IN_SET(zh_judging, text + a->start, a->end - a->start))
		return 0;
	b = &words->v[w + 1];
	if (b->start != a->end || b->end == b->start || zh_bound_word(text + b->start, b->end - b->start))
		return 0;
	return translated_side_by_side(ix, text + a->start, a->end - a->start, text + b->start,
				       b->end - b->start);
}

/*
 * Is words[w] a function word of two characters or more that the
 * general-language reference writes as one noun with the word just before
 * it, itself no function word (协商|一致: 协商一致, "consensus", where 一致
 * alone is the adverb "unanimously")? The segmenter's dictionary cut a
 * word the reference has whole: 一致 is a word of the term there, not a
 * bound of it. Not in an idiom or a phrase the reference tags otherwise
 * (转眼之间, "in the twinkling of an eye"; 原来如此).
 */
static int listed_with_word_before(const indexer *ix, const char *text, const spans *words, size_t w)
{
	const span *a, *b = &words->v[w];

	if (!w || !ix->cut.ref || chars_in(text + b->start, b->end - b->start) < 2 ||
	    IN_SET(zh_light, text + b->start, b->end - b->start))
		return 0;
	a = &words->v[w - 1];
	if (a->end != b->start || chars_in(text + a->start, a->end - a->start) < 2 ||
	    zh_bound_word(text + a->start, a->end - a->start))
		return 0;
	return sy_reference_noun(ix->cut.ref, text + a->start, b->end - a->start);
}

/*
 * Is words[w] one character that the segmenter cut from the one-character
 * function word after it, where the general-language reference lists the
 * two as one verb or function word (题|为: 题为, "entitled"; 按|着, "according
 * to"), not as a noun or a place (书|上, "on the book")? CC-CEDICT lacks the
 * word, and the character alone is no word of the chunk: a bound, as the
 * function word it belongs to (机构题为《...》 is no 机构题, "body topic").
 * So is a character the reference tags as a verb, after a dictionary word
 * of two characters or more, where it does not list the two (人工智能|赋|能,
 * "AI-enabled": 赋 "to bestow", 能 "can"; 代表团|愿|意): the predicate, not
 * a word of a noun. Not after a single character, a syllable of a name
 * most often (拉|结, Rachel).
 */
static int function_with_next(const indexer *ix, const char *text, const spans *words, size_t w)
{
	const span *a = &words->v[w], *b, *before;

	if (w + 1 >= words->count || !ix->cut.ref || chars_in(text + a->start, a->end - a->start) != 1)
		return 0;
	b = &words->v[w + 1];
	if (b->start != a->end || chars_in(text + b->start, b->end - b->start) != 1 ||
	    !zh_stop_word(text + b->start, b->end - b->start) || zh_stop_word(text + a->start, a->end - a->start))
		return 0;
	if (sy_reference_frequency(ix->cut.ref, text + a->start, b->end - a->start) > 0)
		return sy_reference_verb_or_function(ix->cut.ref, text + a->start, b->end - a->start);
	if (!w || !ix->lex || !sy_reference_verb_or_function(ix->cut.ref, text + a->start, a->end - a->start))
		return 0;
	before = &words->v[w - 1];
	return before->end == a->start && chars_in(text + before->start, before->end - before->start) >= 2 &&
	       sy_lexicon_lookup(ix->lex, text + before->start, before->end - before->start, NULL, 0) > 0;
}

/*
 * Is words[w] 除 opening the frame 除……外 ("besides", "apart from": 除其他外,
 * "inter alia"), its 外, 以外 or 之外 later in the clause? A preposition
 * then, as 除了 always is; alone, 除 is also the verb "to remove" (除酵节,
 * the feast of unleavened bread), which a chunk may hold.
 */
static int except_frame(const char *text, size_t len, const spans *words, size_t w)
{
	static const char *const ends[] = {"外", "以外", "之外"};
	static const char *const clause_ends[] = {"，", "。", "；", "：", "！", "？", ",", ";", ":"};
	size_t k;

	if (words->v[w].end - words->v[w].start != 3 || memcmp(text + words->v[w].start, "除", 3))
		return 0;
	for (k = w + 1; k < words->count && k < w + 40; k++) { /* 40: a clause's words, at most */
		size_t at = words->v[k].start, end = at;
		if (IN(ends, text + at, words->v[k].end - at))
			return 1;
		/* A mark of punctuation is a boundary, an empty span at it. */
		if (words->v[k].end == at && at < len) {
			utf8_next(text, len, &end);
			if (IN(clause_ends, text + at, end - at))
				return 0;
		}
	}
	return 0;
}

/* A classifier's sense (个: "classifier for people or objects in
 * general"). */
static int classifier_sense(const char *sense, size_t len)
{
	(void)len;
	return !strncmp(sense, "classifier", 10) || !strncmp(sense, "measure word", 12);
}

/* A combining form: a sense in lower case that ends in "-" (sub-, vice-). */
static int prefix_sense(const char *sense, size_t len)
{
	return len > 2 && sense[len - 1] == '-' && sense[0] >= 'a' && sense[0] <= 'z';
}

/* Does CC-CEDICT give w[0..n) a sense that is(sense, its length) holds of? */
static int has_sense(const sy_lexicon *lex, const char *w, size_t n, int (*is)(const char *, size_t))
{
	const char *g[16];
	size_t k = sy_lexicon_lookup(lex, w, n, g, 16), i;

	for (i = 0; i < k && i < 16; i++) {
		const char *sense = g[i];
		while (sense && *sense) {
			if (*sense == '/')
				sense++;
			if (is(sense, strcspn(sense, "/")))
				return 1;
			sense = strchr(sense, '/');
		}
	}
	return 0;
}

/* Does CC-CEDICT give w[0..n) as a classifier? A number before a
 * classifier counts. */
static int classifier(const sy_lexicon *lex, const char *w, size_t n)
{
	return has_sense(lex, w, n, classifier_sense);
}

/* Is c[0..n), one character, a Chinese numeral (一, 十, 两, 几)? */
static int zh_numeral_char(const char *c, size_t n)
{
	static const char *const numerals = "〇一二三四五六七八九十百千万亿两几";

	return n == 3 && memmem(numerals, strlen(numerals), c, n) != NULL;
}

/*
 * Is the function word words[w] a prefix here, not a classifier: one
 * character CC-CEDICT gives both as a classifier and as a combining form
 * ("sub-": 次, "classifier for enumerated events: time"), written onto a
 * content word of two characters or more, after no number or quantifier?
 * A classifier counts what a number before it says (两|次|会议, 几|次);
 * without one the character forms a word with what follows (区域和次|区域|
 * 组织, "regional and subregional organizations"), which the dictionary
 * lacks whole.
 */
static int prefix_not_classifier(const indexer *ix, const char *text, const spans *words, size_t w)
{
	static const char *const quantifiers = "多数每首上下这那该本此历屡某各半";
	const span *v = &words->v[w], *b;
	size_t n = v->end - v->start;

	/* The function words that are such characters, found once (次). */
	if (!ix->prefix_classifiers.count || strtab_find(&ix->prefix_classifiers, text + v->start, n) < 0 ||
	    w + 1 >= words->count)
		return 0;
	b = &words->v[w + 1];
	if (b->start != v->end || chars_in(text + b->start, b->end - b->start) < 2 ||
	    zh_stop_word(text + b->start, b->end - b->start))
		return 0;
	if (v->start) {
		/* The character just before: a digit, or a numeral's or
		 * quantifier's last character. */
		size_t last = v->start - 1;
		while (last && ((unsigned char)text[last] & 0xC0) == 0x80)
			last--;
		if ((text[last] >= '0' && text[last] <= '9') || zh_numeral_char(text + last, v->start - last) ||
		    memmem(quantifiers, strlen(quantifiers), text + last, v->start - last))
			return 0;
	}
	return 1;
}

/* Does CC-CEDICT give the one character w[0..n) both as a classifier and
 * as a combining form, a sense ending in "-" (次: "sub-")? */
static int classifier_and_prefix(const sy_lexicon *lex, const char *w, size_t n)
{
	return chars_in(w, n) == 1 && classifier(lex, w, n) && has_sense(lex, w, n, prefix_sense);
}

/* Is w[0..n) all Chinese numerals (三, 十一, 两)? */
static int zh_numerals(const char *w, size_t n)
{
	size_t at = 0, from;

	while (at < n) {
		from = at;
		utf8_next(w, n, &at);
		if (!zh_numeral_char(w + from, at - from))
			return 0;
	}
	return n > 0;
}

/*
 * Is words[w] 所 closing a word before a bracket or a mark of
 * punctuation (联合国裁军研究所（裁研所）, "UNIDIR")? The nominalizer 所
 * stands before the verb it makes a noun of (所做的努力); with nothing
 * after it, it is the "institute" of an abbreviated name the dictionary
 * lacks, and a word of the chunk.
 */
static int institute_suffix(const char *text, size_t len, const spans *words, size_t w)
{
	const span *v = &words->v[w];
	size_t at = v->end;

	if (v->end - v->start != 3 || memcmp(text + v->start, "所", 3) || !w ||
	    words->v[w - 1].end != v->start || !is_han(utf8_next(text, len, &(size_t){words->v[w - 1].start})))
		return 0;
	return at >= len || !is_han(utf8_next(text, len, &at));
}

/* Does the word just before words[w] begin with 第, which makes the number
 * an ordinal (第七|十七|届, "seventy-seventh session"), no count? */
static int after_ordinal(const char *text, const spans *words, size_t w)
{
	return w && words->v[w - 1].end == words->v[w].start &&
	       words->v[w - 1].end - words->v[w - 1].start >= 3 && !memcmp(text + words->v[w - 1].start, "第", 3);
}

/*
 * Is words[w] a count: a classifier after a number, written as one word
 * with it that CC-CEDICT lacks (一名|代表, "a representative";
 * 三份|年度进展报告; not 一级, "first class", nor 一套, "a set"), or alone
 * after a number or after 各 or 每 ("each": 各|项|要素, "the elements"); or
 * the number before such a classifier (两|级)? CC-CEDICT gives the
 * character as a classifier. A count says how many, and begins no term:
 * 一名代表 / representatives, 项要素 / elements were listed. Not after 多
 * ("multi-": 多|方, multi-stakeholder).
 */
static int counted_classifier(const indexer *ix, const char *text, const spans *words, size_t w)
{
	const char *s = text + words->v[w].start, *p;
	size_t n = words->v[w].end - words->v[w].start, last = n, pn;

	if (!ix->lex || !n)
		return 0;
	utf8_prev(s, &last);
	if (zh_numerals(s, n)) {
		const span *next = w + 1 < words->count ? &words->v[w + 1] : NULL;
		return next && next->start == words->v[w].end && !after_ordinal(text, words, w) &&
		       chars_in(text + next->start, next->end - next->start) == 1 &&
		       classifier(ix->lex, text + next->start, next->end - next->start);
	}
	if (last > 0)
		return zh_numerals(s, last) && classifier(ix->lex, s + last, n - last) &&
		       !sy_lexicon_lookup(ix->lex, s, n, NULL, 0);
	if (!w || words->v[w - 1].end != words->v[w].start)
		return 0;
	p = text + words->v[w - 1].start;
	pn = words->v[w - 1].end - words->v[w - 1].start;
	/* The word before first: most words follow no number, and the
	 * dictionary's look-up is the dearer test. */
	return ((zh_numerals(p, pn) && !after_ordinal(text, words, w - 1)) ||
		(pn == 3 && (!memcmp(p, "各", 3) || !memcmp(p, "每", 3)))) &&
	       classifier(ix->lex, s, n);
}

/*
 * Is Chinese word w a determiner's word, a function word: a pronoun of two
 * characters begun by a determiner, as the general-language reference
 * tags it (jieba's "r": 本国, 该国, 此类, 其余); or one character that a
 * dictionary (CC-CEDICT, or the reference) writes as one word with the
 * determiner just before it, which the segmenter cut apart (该|国, "that
 * country"; 下|列, "the following"; 所|载, "contained in")? Either is
 * what 我国 is (CHUNK_RULES 26), and begins no term: 该国领土 gave 国领土 /
 * territory, and 本国领土 / territory was listed first where the segmenter
 * kept 本国 whole. Determiners only: after another function word the
 * character may begin a name (以|利 is a word, and 以利米勒 is Elimelech).
 * Inside a term of the termbase the words stay as they are.
 */
static int function_word_s(const tb_indexer *ix, const char *text, const spans *words, size_t w)
{
	const char *s = text + words->v[w].start, *p;
	size_t n = words->v[w].end - words->v[w].start, pn, first = 0;

	utf8_next(s, n, &first);
	if (chars_in(s, n) == 2 && IN(zh_determiners, s, first) && ix->cut.ref &&
	    sy_reference_pronoun(ix->cut.ref, s, n))
		return 1;
	if (!w || chars_in(s, n) != 1 || words->v[w - 1].end != words->v[w].start)
		return 0;
	p = text + words->v[w - 1].start;
	pn = words->v[w - 1].end - words->v[w - 1].start;
	return IN(zh_determiners, p, pn) && ((ix->lex && sy_lexicon_lookup(ix->lex, p, pn + n, NULL, 0) > 0) ||
					     (ix->cut.ref && sy_reference_frequency(ix->cut.ref, p, pn + n) > 0));
}

/*
 * Is text[at..) a number of ASCII digits glued to a Han word that is no
 * function word, unit or classifier (2019冠状病毒病, 77国集团; not 2021年,
 * 1325号, 193个)? Its length in bytes, or 0 (or -1 when out of memory).
 * A number is read from its first digit: none when a digit, a letter,
 * "/", "-" or "." stands before text[at] (A/77, 1.5, 2020-2021). A cardinal before a noun takes a classifier in Chinese (193个会员国) or
 * a unit (2021年), both bounds of a chunk or counts; a number written
 * straight onto a noun is part of a name. With year set, a year glued to
 * a word through 年 counts too (2030年议程): whether it names or dates
 * what follows, only the English can say (year_of_name). The word after
 * the number is the first of the Han run's segmentation (2015年|会员国,
 * not 年会).
 */
static long glued_number(indexer *ix, const char *text, size_t len, size_t at, int year)
{
	spans words = {NULL, 0, 0};
	size_t end = at, run, w = 0;
	long rc = 0;

	if (at > 0 && ((text[at - 1] >= '0' && text[at - 1] <= '9') || isalpha((unsigned char)text[at - 1]) ||
		       text[at - 1] == '/' || text[at - 1] == '-' || text[at - 1] == '.'))
		return 0;
	while (end < len && text[end] >= '0' && text[end] <= '9')
		end++;
	run = han_run_end(text, len, end);
	if (end == at || run == end)
		return 0;
	if (han_words(&ix->cut, text, end, run, &words))
		return -1;
	if (year && words.count > 1 && words.v[0].end - words.v[0].start == 3 &&
	    !memcmp(text + words.v[0].start, "年", 3))
		w = 1;
	if (words.count > w) {
		const char *word = text + words.v[w].start;
		size_t n = words.v[w].end - words.v[w].start;
		/* 多 or 余 after a number makes it approximate (90多个会员国,
		 * "more than 90 Member States"; 100余): a count, not a name. */
		int approximate = n >= 3 && (!memcmp(word, "多", 3) || !memcmp(word, "余", 3));
		if (n && !approximate && !zh_bound_word(word, n) &&
		    !classifier(ix->lex, word, n))
			rc = (long)(end - at);
	}
	free(words.v);
	return rc;
}

/* Does the Chinese text write the number w[0..n) glued to a word (or,
 * with year set, through 年)? 1, 0, or -1 when out of memory. */
static int written_glued(indexer *ix, const char *zh, size_t zh_len, const char *w, size_t n, int year)
{
	const char *p = zh, *end = zh + zh_len;

	while ((p = memmem(p, (size_t)(end - p), w, n)) != NULL) {
		long g = glued_number(ix, zh, zh_len, (size_t)(p - zh), year);
		if (g < 0)
			return -1;
		if ((size_t)g == n)
			return 1;
		p += n;
	}
	return 0;
}

/* Is the number w[0..n) one that both sides of the segment being indexed
 * write in a name (names_numbers)? */
static int names_number(const indexer *ix, const char *w, size_t n)
{
	const char *p = ix->names_numbers.s, *end;

	if (!p)
		return 0; /* nothing written yet: no offset from a null pointer */
	end = p + ix->names_numbers.len;
	while (p && p < end) {
		const char *q = memchr(p, ' ', (size_t)(end - p));
		size_t m = q ? (size_t)(q - p) : (size_t)(end - p);
		if (m == n && !memcmp(p, w, n))
			return 1;
		p = q ? q + 1 : NULL;
	}
	return 0;
}

/*
 * Numbered parts of a text and numbered decisions. Chinese writes 第, the
 * number and the unit (第五十一条, 第六章, 第二条第三项, 第76/19号决议);
 * English the noun, then the number (Article 51, Chapter VI, Article 2,
 * paragraph 3, resolution 76/19). Where both sides of a segment write the
 * same one, each writes it as one word: the Chinese reference is one word
 * (join_numbered), glossed by its noun and its number (word_glosses), and
 * the English number a word whose key is its value in digits (chunk_en),
 * so that the reference pairs as a name does and no number ends the
 * English phrase before it. The Charter writes 项 for its paragraphs.
 */
static const struct numbered_kind {
	const char *zh, *en;
} numbered_kinds[] = {
	{"条", "article"}, {"章", "chapter"},     {"款", "paragraph"},       {"项", "paragraph"},
	{"段", "paragraph"}, {"号决议", "resolution"}, {"号决定", "decision"},
};

/* The end of the number in digits at s[at..n) (at its first digit), a
 * resolution's second part too (76/19). */
static size_t digits_end(const char *s, size_t n, size_t at)
{
	while (at < n && s[at] >= '0' && s[at] <= '9')
		at++;
	if (at + 1 < n && s[at] == '/' && s[at + 1] >= '0' && s[at + 1] <= '9')
		for (at++; at < n && s[at] >= '0' && s[at] <= '9'; at++)
			;
	return at;
}

/*
 * Is s[0..n), from its start, 第, a number and a unit of numbered_kinds?
 * Its length in bytes, or 0; the number in digits is written to
 * num[0..size) (五十一: 51; 76/19 as written), the kind to *kind. Chinese
 * numerals are read with their units up to the thousands; two digits in a
 * row (二〇二一) are a year or a code, and no reference.
 */
static size_t zh_numbered(const char *s, size_t n, char *num, size_t size, size_t *kind)
{
	static const struct {
		const char *c;
		int value;
	} numerals[] = {
		{"〇", 0}, {"零", 0}, {"一", 1}, {"二", 2}, {"两", 2}, {"三", 3},   {"四", 4},    {"五", 5},
		{"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}, {"十", 10}, {"百", 100}, {"千", 1000},
	};
	size_t at = 3, k;

	if (n < 9 || memcmp(s, "第", 3))
		return 0;
	if (s[at] >= '0' && s[at] <= '9') {
		size_t from = at;
		at = digits_end(s, n, at);
		if (at - from >= size)
			return 0;
		memcpy(num, s + from, at - from);
		num[at - from] = '\0';
	} else {
		long value = 0, digit = -1;
		for (;;) {
			for (k = 0; k < sizeof numerals / sizeof numerals[0]; k++)
				if (at + 3 <= n && !memcmp(s + at, numerals[k].c, 3))
					break;
			if (k == sizeof numerals / sizeof numerals[0])
				break;
			if (numerals[k].value >= 10) {
				value += (digit < 0 ? 1 : digit) * numerals[k].value;
				digit = -1;
			} else if (digit >= 0) {
				return 0;
			} else {
				digit = numerals[k].value;
			}
			at += 3;
		}
		if (digit > 0)
			value += digit;
		if (value <= 0 || snprintf(num, size, "%ld", value) >= (int)size)
			return 0;
	}
	for (k = 0; k < sizeof numbered_kinds / sizeof numbered_kinds[0]; k++) {
		size_t un = strlen(numbered_kinds[k].zh);
		if (at + un <= n && !memcmp(s + at, numbered_kinds[k].zh, un)) {
			*kind = k;
			return at + un;
		}
	}
	return 0;
}

/* The value of a roman numeral in capitals (VI: 6, XII: 12), written the
 * usual way, up to 399; 0 for anything else. */
static int roman_value(const char *w, size_t n)
{
	static const char *const ones[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"},
				 *const tens[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"},
				 *const hundreds[] = {"", "C", "CC", "CCC"};
	int v;

	for (v = 1; v < 400 && n <= 12; v++) {
		const char *h = hundreds[v / 100], *t = tens[v / 10 % 10], *o = ones[v % 10];
		size_t hn = strlen(h), tn = strlen(t), on = strlen(o);
		if (hn + tn + on == n && !memcmp(w, h, hn) && !memcmp(w + hn, t, tn) && !memcmp(w + hn + tn, o, on))
			return v;
	}
	return 0;
}

/* Has the English of the segment being indexed written the reference
 * noun[0..) num (recorded by en_numbered)? */
static int numbered_written(const indexer *ix, const char *noun, const char *num)
{
	const char *p = ix->numbered.s, *end = p ? p + ix->numbered.len : NULL;
	size_t nn = strlen(noun), mn = strlen(num);

	for (; p && p < end; p = memchr(p, '\n', (size_t)(end - p)), p = p ? p + 1 : NULL)
		if ((size_t)(end - p) > nn + mn + 1 && !memcmp(p, noun, nn) && p[nn] == ' ' &&
		    !memcmp(p + nn + 1, num, mn) && p[nn + 1 + mn] == '\n')
			return 1;
	return 0;
}

/* Make each reference the English of the segment writes too one word
 * (第|五|十一条: 第五十一条; 第, the digits and 号|决议), where the
 * reference ends where a word does; its phrase ends with it (决议|中|请
 * after it is the sentence's). -1 when out of memory. */
static int join_numbered(const indexer *ix, const char *text, size_t len, spans *words)
{
	size_t w, j;

	for (w = 0; w < words->count; w++) {
		span *a = &words->v[w];
		char num[24];
		size_t kind, n;
		if (a->end - a->start < 3 || memcmp(text + a->start, "第", 3))
			continue;
		n = zh_numbered(text + a->start, len - a->start, num, sizeof num, &kind);
		if (!n || !numbered_written(ix, numbered_kinds[kind].en, num))
			continue;
		for (j = w; j < words->count && words->v[j].end < a->start + n; j++)
			;
		if (j == words->count || words->v[j].end != a->start + n)
			continue;
		a->end = a->start + n;
		memmove(&words->v[w + 1], &words->v[j + 1], (words->count - j - 1) * sizeof(*words->v));
		words->count -= j - w;
		if (w + 1 < words->count) {
			/* A boundary after it: an empty span. */
			span end = {words->v[w].end, words->v[w].end};
			if (spans_add(words, 0, 0))
				return -1;
			memmove(&words->v[w + 2], &words->v[w + 1], (words->count - w - 2) * sizeof(*words->v));
			words->v[w + 1] = end;
			w++;
		}
	}
	return 0;
}

/* Does the Chinese word w[0..n) translate an English word of the segment
 * being indexed that stands at a position in [from, to)? */
static int translated_between(indexer *ix, const char *w, size_t n, unsigned from, unsigned to)
{
	size_t first, count, i;

	gloss_stems_of(ix, w, n, &first, &count);
	for (i = 0; count && i < ix->n_en_words; i++)
		if (ix->en_words[i].pos >= from && ix->en_words[i].pos < to &&
		    has_stem(ix, first, count, ix->en_words[i].stem))
			return 1;
	return 0;
}

/*
 * How many words after words[w] are a title's post, written inside the
 * title: 常驻 (permanent, "stationed at") takes the body a representative
 * is posted to as its object, and Chinese puts the object before the title
 * it makes (常驻|联合国|代表, 常驻|联合国|观察员, 常驻|联合国|代表团), where
 * English puts it after the title as a complement (Permanent Representative
 * of Estonia to the United Nations, permanent observers to the United
 * Nations). The title is 常驻 and the noun after the post (常驻代表,
 * 常驻观察员: CC-CEDICT lists 常驻 as "permanent (representative)"), and
 * the post a name of its own. The English must show it so: the post's
 * words translate words of a complement "to (the) X" (the first of them
 * its first word), 常驻 translates a word before that "to", and so does
 * the title's noun, unless the dictionary gives it nothing in the segment
 * (代表团 is "delegation" only: Permanent Mission). Without the post the
 * title is no word with 驻 alone (中国驻联合国代表 is no 中国驻代表), so
 * only 常驻 is read this way.
 */
static size_t post_of_title(indexer *ix, const char *text, const spans *words, size_t w,
			    const unsigned char *inside)
{
	const span *a = &words->v[w];
	size_t j, k;

	if (a->end - a->start != 6 || memcmp(text + a->start, "常驻", 6) || inside[w])
		return 0;
	for (j = 0; j < ix->n_complements; j++) {
		unsigned at = ix->complements[j].first, to_pos = at - 1;
		size_t run;
		if (!translated_between(ix, text + a->start, a->end - a->start, 0, to_pos))
			continue;
		/* The words that translate the complement, from its first word on. */
		for (run = 0; w + run + 1 < words->count; run++) {
			const span *p = &words->v[w + run + 1];
			size_t pn = p->end - p->start;
			if (!pn || p->start != words->v[w + run].end || inside[w + run + 1] ||
			    zh_bound_word(text + p->start, pn) ||
			    !translated_between(ix, text + p->start, pn, at,
						run ? ix->complements[j].end : at + 1))
				break;
		}
		/* The post is the longest of them that leaves a title's noun
		 * after it: a word that translates one before the "to", or a
		 * word that translates none of the segment (a gap of the
		 * dictionary: 代表团 is "delegation", the English "Mission"). */
		for (k = run; k > 0; k--) {
			const span *t;
			size_t tn;
			if (w + k + 1 >= words->count)
				continue; /* the post ends the text: no noun after it */
			t = &words->v[w + k + 1];
			tn = t->end - t->start;
			if (tn && t->start == words->v[w + k].end &&
			    !inside[w + k + 1] && !zh_bound_word(text + t->start, tn) &&
			    (translated_between(ix, text + t->start, tn, 0, to_pos) ||
			     !translated_between(ix, text + t->start, tn, 0, UINT_MAX)))
				return k;
		}
	}
	return 0;
}

/* Is words[w] the 年 of a year that both sides write in a name (2030年议程 /
 * 2030 Agenda: see year_of_name)? It stays inside the phrase, as a
 * linking word does, never at its edge. */
static int year_in_name(const indexer *ix, const char *text, const spans *words, size_t w)
{
	const span *y = &words->v[w], *a, *b;

	if (!w || w + 1 >= words->count || y->end - y->start != 3 || memcmp(text + y->start, "年", 3))
		return 0;
	a = &words->v[w - 1];
	b = &words->v[w + 1];
	return a->end == y->start && a->end > a->start && b->start == y->end && b->end > b->start &&
	       all_digits(text + a->start, a->end - a->start) &&
	       names_number(ix, text + a->start, a->end - a->start) &&
	       !zh_bound_word(text + b->start, b->end - b->start);
}

/* The Chinese key of the term whose id is written id[0..n), or NULL when
 * the term is English (or gone). Each id is looked up once per index pass:
 * a document's terms come back in segment after segment, and each lookup
 * in a million terms read a page or two of the term table. */
static const char *term_key(indexer *ix, const char *id, size_t n)
{
	int added = 0;
	long k = strtab_add(&ix->term_ids, id, n, &added);

	if (k < 0 || !ix->key_of)
		return NULL;
	if (added) {
		size_t had = ix->term_keys_cap;
		if (util_grow(&ix->term_keys, &ix->term_keys_cap, (size_t)k + 1, sizeof(*ix->term_keys)))
			return NULL;
		memset(ix->term_keys + had, 0, (ix->term_keys_cap - had) * sizeof(*ix->term_keys));
		sqlite3_bind_int64(ix->key_of, 1, strtoll(id, NULL, 10));
		if (sqlite3_step(ix->key_of) == SQLITE_ROW)
			ix->term_keys[k] = strdup((const char *)sqlite3_column_text(ix->key_of, 0));
		sqlite3_reset(ix->key_of);
	}
	return (size_t)k < ix->term_keys_cap ? ix->term_keys[k] : NULL;
}

/* The chunks of a Chinese text (folded: simplified, half-width). */
static int chunk_zh(indexer *ix, const char *text, size_t len, const tb_keys *keys,
		    const tb_spans *han, util_buf *out)
{
	size_t t, h = 0;
	spans words = {NULL, 0, 0}, terms = {NULL, 0, 0};
	unsigned char *inside = NULL;
	util_buf posts = {NULL, 0, 0}; /* the chunks of titles' posts (post_of_title) */
	size_t i = 0, w, post_words = 0;
	int rc = -1, open = 0;

	/* Words of the Han runs; anything else is a boundary (an empty span). */
	while (i < len) {
		size_t at = i, end;
		uint32_t c = utf8_next(text, len, &i);
		if (!is_han(c)) {
			/* A number the English writes too, glued to a word. */
			long digits = c >= '0' && c <= '9' ? glued_number(ix, text, len, at, 1) : 0;
			if (digits < 0)
				goto done;
			/* It begins the name: the word before it is no part of it. */
			if (digits && names_number(ix, text + at, (size_t)digits)) {
				if (spans_add(&words, at, at) || spans_add(&words, at, at + (size_t)digits))
					goto done;
				i = at + (size_t)digits;
				continue;
			}
			if (spans_add(&words, at, at))
				goto done;
			continue;
		}
		end = han_run_end(text, len, i);
		if (!han) {
			if (han_words(&ix->cut, text, at, end, &words))
				goto done;
		} else {
			/* Cut already (tb_cut_han), run by run in order. */
			for (; h < han->count && han->v[h].end <= end; h++)
				if (han->v[h].start >= at &&
				    spans_add(&words, han->v[h].start, han->v[h].end))
					goto done;
		}
		i = end;
	}
	if (join_numbered(ix, text, len, &words))
		goto done;
	join_ability_nouns(text, &words);
	join_bound_suffixes(ix, text, &words);

	/* The termbase's terms in this segment: never cut inside them. */
	for (t = 0; keys && t < keys->count; t++) {
		const char *key = keys->key[t], *p = text;
		size_t kn = keys->len[t];
		while (kn && (p = memmem(p, len - (size_t)(p - text), key, kn)) != NULL) {
			if (spans_add(&terms, (size_t)(p - text), (size_t)(p - text) + kn))
				break;
			p += kn;
		}
	}
	if (split_at_terms(&words, &terms, &inside))
		goto done;

	for (w = 0; w < words.count; w++) {
		const char *s = text + words.v[w].start;
		size_t n = words.v[w].end - words.v[w].start;
		int in_term = inside[w] & 4, edge = inside[w] & 3;
		int stop = n && (zh_stop_word(s, n) || function_word_s(ix, text, &words, w) ||
				 function_with_next(ix, text, &words, w) || except_frame(text, len, &words, w) ||
				 counted_classifier(ix, text, &words, w)) &&
			   !prefix_not_classifier(ix, text, &words, w) && !judging_translated(ix, text, &words, w) &&
			   !institute_suffix(text, len, &words, w),
		    inner = n && IN_SET(zh_inner, s, n);
		/* The tail of a word the reference has whole (协商|一致): a word
		 * of the chunk that begins no phrase (一致方式 is none). */
		int glued = stop && listed_with_word_before(ix, text, &words, w);

		stop &= !glued;

		if (post_words) {
			/* A title's post: a chunk of its own, after the others. */
			if (util_buf_add(&posts, s, n) ||
			    util_buf_add(&posts, --post_words ? "\t" : "\n", 1))
				goto done;
			continue;
		}

		if (!n || ((stop || inner) && !in_term) || (inner && edge)) {
			/* A boundary; a conjunction outside a term may still join,
			 * and so may a linking word the English shows inside one. */
			if ((inner && open && !edge) ||
			    (stop && open && (links(ix, text, &words, w) || year_in_name(ix, text, &words, w)))) {
				if (util_buf_add(out, "\t~", 2) || util_buf_add(out, s, n))
					goto done;
				continue;
			}
			if (open && util_buf_add(out, "\n", 1))
				goto done;
			open = 0;
			continue;
		}
		if (open && util_buf_add(out, "\t", 1))
			goto done;
		if ((stop || inner) && util_buf_add(out, "~", 1))
			goto done;
		/* A function word only the known term joins (licensed_whole). */
		if (stop && !inner && util_buf_add(out, "%", 1))
			goto done;
		if ((glued && util_buf_add(out, "!", 1)) || util_buf_add(out, s, n))
			goto done;
		open = 1;
		post_words = post_of_title(ix, text, &words, w, inside);
	}
	if (open && util_buf_add(out, "\n", 1))
		goto done;
	if (posts.len && util_buf_add(out, posts.s, posts.len))
		goto done;
	rc = 0;
done:
	free(words.v);
	free(terms.v);
	free(inside);
	free(posts.s);
	return rc;
}

static int en_word_char(uint32_t c)
{
	return u_isalnum((UChar32)c) || c == '\'' || c == 0x2019 || c == '-';
}

/*
 * Does the English word w[0..n) end in a suffix that makes adjectives
 * (malicious, harmful, economic, preventive, reliable, regional)? Such a
 * word before the last word of a phrase makes that word a noun: malicious
 * use, peaceful use, whatever the dictionary says of "use" as a verb. The
 * suffixes are English derivational morphology, a closed class.
 */
static int adjective_form(const char *w, size_t n)
{
	static const char *const suffixes[] = {"ous", "ful", "less", "ic", "ical", "ive",
					       "able", "ible", "al"};
	size_t i;

	if (n < 5 || (w[0] >= 'A' && w[0] <= 'Z'))
		return 0;
	for (i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++) {
		size_t k = strlen(suffixes[i]);
		if (n >= k + 3 && !memcmp(w + n - k, suffixes[i], k))
			return 1;
	}
	return 0;
}

/* The k-th (0, 1) adjective an adverb in -ly may be made from, the likelier
 * first, written to buf: reliable for reliably; happy, then happ for
 * happily; international for internationally. Its length, or 0 when
 * there is no k-th (or w[0..n) ends in no -ly). */
static size_t adverb_base(const char *w, size_t n, int k, char *buf, size_t size)
{
	int ily;

	if (n < 5 || n >= size || memcmp(w + n - 2, "ly", 2))
		return 0;
	ily = !memcmp(w + n - 3, "ily", 3);
	if (n > 5 && (!memcmp(w + n - 4, "ably", 4) || !memcmp(w + n - 4, "ibly", 4))) {
		if (k)
			return 0;
		memcpy(buf, w, n - 1);
		buf[n - 2] = 'l';
		buf[n - 1] = 'e';
		buf[n] = '\0';
		return n;
	}
	if (ily && !k) {
		memcpy(buf, w, n - 3);
		buf[n - 3] = 'y';
		buf[n - 2] = '\0';
		return n - 2;
	}
	if (k != ily) /* the plain form: the first, or the second after -y */
		return 0;
	memcpy(buf, w, n - 2);
	buf[n - 2] = '\0';
	return n - 2;
}

/* An adverb in -ly (effectively, considerably): a boundary. */
static int adverb(sy_lemmatizer *lm, const char *w, size_t n)
{
	char buf[64];
	int k;

	for (k = 0; lm && k < 2 && adverb_base(w, n, k, buf, sizeof buf); k++)
		if (sy_lemmatizer_knows(lm, buf))
			return 1;
	return 0;
}

/* Is w[0..n) a numeral in words, in lower case (seven, first; of
 * twenty-seventh, the last part)? */
static int numeral(const char *w, size_t n)
{
	const char *dash = memrchr(w, '-', n);

	if (!n || w[0] < 'a' || w[0] > 'z')
		return 0;
	if (dash) {
		n -= (size_t)(dash + 1 - w);
		w = dash + 1;
	}
	return IN(en_numeral, w, n);
}

typedef struct en_tok {
	size_t start, end;
	char *key;
	int kind; /* 0 word, 1 inner, 2 boundary, 3 acronym, 4 adverb in -ly, 5 a.i. (dotted_qualifier) */
	int compound; /* the first word of a compound noun WordNet lists (developing country) */
	int verb; /* a verb's form by CC-CEDICT's glosses (verb_only, read in_sentence) */
	int possessor; /* written with 's, cut off (the Secretary-General's Roadmap) */
} en_tok;

/* Is token k of text the word w, in any case ("to", "To")? */
static int tok_is(const char *text, const en_tok *k, const char *w)
{
	size_t n = strlen(w);

	return k->end - k->start == n && !strncasecmp(text + k->start, w, n);
}

/* How many of the last words of a chunk an acronym stands for. */
static size_t acronym_reach(const char *text, const en_tok *toks, size_t first, size_t last,
			    const char *acr, size_t an)
{
	size_t letters = 0, i, content = 0, best = 0;
	char c0;

	for (i = 0; i < an; i++)
		if (acr[i] >= 'A' && acr[i] <= 'Z')
			letters++;
	c0 = (char)(acr[0] | 0x20);
	/* From the end, the earliest word (within reach) that begins with the
	 * acronym's first letter. */
	for (i = last; i-- > first;) {
		if (toks[i].kind == 1)
			continue;
		content++;
		if (content > letters + 1)
			break;
		if ((text[toks[i].start] | 0x20) == c0)
			best = content;
	}
	return best;
}

/*
 * Is this English word (its surface w[0..n), its lemma key) a verb form and
 * not a noun's: discusses, provide (never nouns in CC-CEDICT), reducing,
 * promoting (-ing of a word mostly a verb)? Not a participle that may
 * qualify a noun (organized crime, armed conflict), not a capitalized word.
 */
static int verb_form(const strtab *pure, const strtab *mostly, const char *w, size_t n,
		     const char *key)
{
	size_t kn = strlen(key);
	char low[64];
	size_t i;

	if (!pure->count || n < 3 || n >= sizeof low || memchr(w, '-', n) || strchr(key, ' '))
		return 0;
	if (!memcmp(w + n - 2, "ed", 2) || (w[0] >= 'A' && w[0] <= 'Z'))
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)(w[i] | 0x20);
	if (n > 5 && !memcmp(w + n - 3, "ing", 3))
		return strtab_find(mostly, key, kn) >= 0;
	return strtab_find(pure, key, kn) >= 0 || strtab_find(pure, low, n) >= 0;
}

static int verb_only(const indexer *ix, const char *w, size_t n, const char *key)
{
	return verb_form(&ix->verbs, &ix->verbs_mostly, w, n, key);
}

/*
 * The word w[0..n) as it would stand inside a sentence, in buf: the first
 * word of a text has its capital from its place (Encourages, Requests,
 * Decides: every operative paragraph of a resolution begins with its
 * verb), so its first letter is read in lower case; any other word as it
 * is. Words longer than buf are left as they are.
 */
static const char *in_sentence(const char *w, size_t n, int initial, char *buf, size_t size)
{
	if (!initial || n >= size || w[0] < 'A' || w[0] > 'Z')
		return w;
	memcpy(buf, w, n);
	buf[0] = (char)(buf[0] | 0x20);
	return buf;
}

/*
 * Does token t follow, with nothing between, a word in lower case that is
 * an adjective by its form (digital, malicious, financial)? An adjective
 * qualifies a noun; before a verb it never stands in English, so the
 * word after it is a noun whatever CC-CEDICT's glosses make of it (the
 * digital divide: "divide" is only ever "to divide" there).
 */
static int after_adjective_form(const char *text, const en_tok *toks, size_t t)
{
	const en_tok *p;

	if (t == 0)
		return 0;
	p = &toks[t - 1];
	return p->kind == 0 && p->end > p->start && adjective_form(text + p->start, p->end - p->start);
}

/*
 * Is this word, which CC-CEDICT never gives as a sense, a verb by Hunspell's
 * inflections: it takes -ed and -ing regularly and no possessive (accrue:
 * accrued, accruing, no "accrue's")? CC-CEDICT's glosses say which words
 * are verbs for the words they use; a rarer verb (the benefits of digital
 * transformation accrue) is in none of them, and ran the noun phrase on.
 * en_GB marks nouns with the possessive; a word it inflects as a verb and
 * not so is a verb only. A word CC-CEDICT has is left to it: Hunspell
 * calls "use" a verb only too. The word as written must be its own lemma:
 * Hunspell's lemma of a plural noun may be a verb (clothes: clothe, calves:
 * calve). Lower case, no hyphen, as verb_form() asks; the verdict is kept
 * per word.
 */
/* Does Hunspell know the regular forms of verb key[0..kn) (accrued and
 * accruing, posed and posing)? kn is under 58. */
static int regular_verb(sy_lemmatizer *lm, const char *key, size_t kn)
{
	size_t stem_len = key[kn - 1] == 'e' ? kn - 1 : kn;
	char form[64];

	memcpy(form, key, stem_len);
	memcpy(form + stem_len, "ed", 3);
	if (!sy_lemmatizer_knows(lm, form))
		return 0;
	memcpy(form + stem_len, "ing", 4);
	return sy_lemmatizer_knows(lm, form);
}

static int hunspell_verb(indexer *ix, sy_lemmatizer *lm, const char *w, size_t n, const char *key)
{
	size_t kn = strlen(key);
	char form[64];
	int verb;

	if (!lm || !ix->senses.count || kn != n || memcmp(w, key, n) || kn < 4 ||
	    kn + 5 >= sizeof form || !(w[0] >= 'a' && w[0] <= 'z') || strchr(key, '-') ||
	    strchr(key, ' ') || !memcmp(key + kn - 2, "ed", 2) ||
	    strtab_find(&ix->senses, key, kn) >= 0)
		return 0;
	if (strtab_find(&ix->hunspell_verbs, key, kn) >= 0)
		return 1;
	if (strtab_find(&ix->hunspell_other, key, kn) >= 0)
		return 0;
	memcpy(form, key, kn);
	memcpy(form + kn, "'s", 3);
	verb = sy_lemmatizer_knows(lm, key) && !sy_lemmatizer_knows(lm, form) && regular_verb(lm, key, kn);
	if (strtab_add(verb ? &ix->hunspell_verbs : &ix->hunspell_other, key, kn, NULL) < 0)
		return -1;
	return verb;
}

/* Is w[0..n) an English article (a, an, the), in either case? */
static int article_word(const char *w, size_t n)
{
	return (n == 1 && (w[0] | 0x20) == 'a') || (n == 2 && !strncasecmp(w, "an", 2)) ||
	       (n == 3 && !strncasecmp(w, "the", 3));
}

/* Is w[0..n) a determiner: an article, a quantifier (each, every, another,
 * any, all, both, other) or a possessive or demonstrative (its, their,
 * these)? What follows it is a noun phrase. */
static int determiner_word(const char *w, size_t n)
{
	static const char *const words[] = {"each", "every", "another", "any", "all", "both", "other",
					    "its", "their", "our", "his", "her", "my", "your",
					    "this", "that", "these", "those", "no"};
	size_t i;

	if (article_word(w, n))
		return 1;
	for (i = 0; i < sizeof words / sizeof *words; i++)
		if (strlen(words[i]) == n && !strncasecmp(w, words[i], n))
			return 1;
	return 0;
}

/* Is token k the article a, an or the (in any case)? */
static int article(const char *text, const en_tok *k)
{
	return article_word(text + k->start, k->end - k->start);
}

/* Is token k written with an -s its lemma has not (activities, discusses;
 * not process, nor a word Hunspell leaves as it is)? */
static int in_s(const char *text, const en_tok *k)
{
	size_t wn = k->end - k->start;

	return k->key && wn > 3 && text[k->end - 1] == 's' && text[k->end - 2] != 's' && strlen(k->key) < wn;
}

/*
 * Can English lemma key be a verb: CC-CEDICT glosses it as one ("to
 * play"), or Hunspell knows its regular forms (posed and posing)? 1 or 0.
 */
static int can_be_verb(indexer *ix, sy_lemmatizer *lm, const char *key)
{
	size_t kn = strlen(key);

	if (strtab_find(&ix->verbs, key, kn) >= 0 || strtab_find(&ix->verbs_mostly, key, kn) >= 0)
		return 1;
	if (!lm || kn < 3 || kn + 5 >= 64 || strchr(key, ' ') || strchr(key, '-'))
		return 0;
	return regular_verb(lm, key, kn);
}

/* A word that is mostly a verb (strengthen, reduce; also change, use) may
 * end a term (climate change) or be one, but does not begin a longer one
 * (strengthen cyber resilience). */
static int verb_start(const indexer *ix, const char *w, size_t n, const char *key)
{
	if (!ix->verbs_mostly.count || n < 3 || memchr(w, '-', n) || strchr(key, ' ') ||
	    (w[0] >= 'A' && w[0] <= 'Z'))
		return 0;
	return strtab_find(&ix->verbs_mostly, key, strlen(key)) >= 0;
}

/*
 * Does an article (a, an, the) stand just before token t? An article
 * opens a noun phrase: the word after it is a noun or its modifier, not
 * a verb, whatever the word mostly is elsewhere (a cover letter, the use
 * of force; not to cover, to use).
 */
static int after_article(const char *text, const en_tok *toks, size_t t)
{
	const en_tok *a;

	if (!t)
		return 0;
	a = &toks[t - 1];
	return article_word(text + a->start, a->end - a->start);
}

/*
 * Is w[0..n) the irregular past form of a word mostly a verb (held: hold;
 * made, taken, sought), by WordNet's list of such forms? Not a form in
 * -s, -ed or -ing (the regular ones, which participle_at_end reads by
 * their ending); the base a verb three times as often as not in
 * CC-CEDICT's senses (sought: seek; found: find).
 */
static int irregular_participle(const indexer *ix, const char *w, size_t n)
{
	char base[SYNONYMS_WORD];

	if (n < 3 || w[n - 1] == 's' || !memcmp(w + n - 2, "ed", 2) || (n > 3 && !memcmp(w + n - 3, "ing", 3)) ||
	    !ix->verbs_mostly.count || !synonyms_irregular_verb_form(w, n, base, sizeof base))
		return 0;
	return strtab_find(&ix->verbs_mostly, base, strlen(base)) >= 0;
}

/*
 * Is token t a past participle that ends its phrase (services provided to
 * the public, the measures adopted by States)? Before a noun a participle
 * may qualify it (armed conflict, organized crime); with no noun after it,
 * it is a verb or a clause of its own, and the noun phrase ends before it.
 * A participle: -ed, lower case, and Hunspell's lemma differs from it,
 * or Hunspell keeps it whole and knows the word without -ed (addressed).
 */
static int participle_at_end(const indexer *ix, sy_lemmatizer *lm, const char *text, const en_tok *toks,
			     size_t n, size_t t)
{
	static const char *const complement_prepositions[] = {"in", "on", "for"};
	const en_tok *k = &toks[t], *q = t + 1 < n ? &toks[t + 1] : NULL;
	size_t len = k->end - k->start;
	char base[64];
	/* A determiner after it, its object's (the ASEAN Regional Forum
	 * described the work, States reaffirmed their commitment): a verb,
	 * never a word inside a noun phrase. Or a preposition other than
	 * "of": its complement (the means of peaceful settlement of disputes
	 * listed in Article 33, the measures contained in the report). "Of"
	 * makes nouns' phrases (persons deprived of liberty). */
	int before_object = q && (determiner_word(text + q->start, q->end - q->start) ||
				  (q->kind == 1 && IN(complement_prepositions, text + q->start, q->end - q->start)));

	if (!k->key || !(text[k->start] >= 'a' && text[k->start] <= 'z') || memchr(text + k->start, '-', len))
		return 0;
	if (len < 3 || memcmp(text + k->end - 2, "ed", 2))
		/* Held, made, taken: only before its complement or its object
		 * (the informal dialogue held in New York), as a word whose
		 * lemma is another may be a noun's plural at a phrase's end.
		 * WordNet is asked last, of few words. */
		return before_object && irregular_participle(ix, text + k->start, len);
	if (len < 5 || len >= sizeof base)
		return 0;
	if (strlen(k->key) == len && !memcmp(k->key, text + k->start, len)) {
		/* Hunspell keeps some participles as words of their own
		 * (addressed): the verb is the word without its -ed. */
		if (!lm)
			return 0;
		memcpy(base, text + k->start, len - 2);
		base[len - 2] = '\0';
		if (!sy_lemmatizer_knows(lm, base)) {
			/* Or without its -d (described: describe). */
			base[len - 2] = 'e';
			base[len - 1] = '\0';
			if (!sy_lemmatizer_knows(lm, base))
				return 0;
		}
	}
	/* A boundary, an acronym, an adverb after it; or its object or its
	 * complement. */
	return !q || q->kind >= 2 || before_object;
}

/*
 * Is toks[t] an adjective in -able or -ible followed by "to" (acts
 * attributable to them, rules applicable to States, information available
 * to all)? Such an adjective takes its complement after it, and so stands
 * after the noun it qualifies, as a clause would: the noun phrase ends
 * before it. English terms put their adjectives before the noun.
 */
static int adjective_with_to(const char *text, const en_tok *toks, size_t n, size_t t)
{
	const en_tok *k = &toks[t];
	size_t len = k->end - k->start;

	if (t + 1 >= n || len < 7 || !(text[k->start] >= 'a' && text[k->start] <= 'z') ||
	    (memcmp(text + k->end - 4, "able", 4) && memcmp(text + k->end - 4, "ible", 4)))
		return 0;
	return toks[t + 1].end - toks[t + 1].start == 2 && !memcmp(text + toks[t + 1].start, "to", 2);
}

/*
 * Is the number toks[t] a year that names what follows ("the 2030 Agenda",
 * "the 2005 World Summit Outcome"), not one that dates it ("in 2015 Member
 * States adopted")? The article before it makes it a modifier of the
 * noun phrase, and a capital after it begins the name it modifies.
 */
static int year_of_name(const char *text, size_t len, const en_tok *toks, size_t t)
{
	size_t after = toks[t].end;

	if (!t || toks[t - 1].end - toks[t - 1].start != 3 || strncasecmp(text + toks[t - 1].start, "the", 3))
		return 0;
	/* Spaces as chunk_en reads them: a no-break space too (2030\u00a0Agenda). */
	while (after < len) {
		size_t next = after;
		if (!u_isspace((UChar32)utf8_next(text, len, &next)))
			break;
		after = next;
	}
	return after > toks[t].end && after < len && text[after] >= 'A' && text[after] <= 'Z';
}

/*
 * Does a Chinese word of the segment zh[0..zh_len) (one CC-CEDICT lists, of
 * two characters or more) have one of the m gloss stems ids? With
 * as_modifier, only a word written against the Han character after it,
 * with no 的, 之, 地 or 得 between: a modifier of the word that follows.
 */
static int segment_word_glosses(indexer *ix, const char *zh, size_t zh_len, const long *ids, int m,
				int as_modifier)
{
	/* The particles that join a modifier to its head. */
	static const char *const particles[] = {"的", "之", "地", "得"};
	size_t at, end, first, count, p;
	int k, c;

	for (at = 0; at < zh_len; utf8_next(zh, zh_len, &at)) {
		end = at;
		for (c = 0; c < 6 && end < zh_len && is_han(utf8_next(zh, zh_len, &end)); c++) {
			if (!c || !sy_lexicon_lookup(ix->lex, zh + at, end - at, NULL, 0))
				continue;
			if (as_modifier) {
				size_t after = end;
				if (end >= zh_len || !is_han(utf8_next(zh, zh_len, &after)))
					continue;
				for (p = 0; p < sizeof particles / sizeof *particles; p++)
					if (!strncmp(zh + end, particles[p], after - end))
						break;
				if (p < sizeof particles / sizeof *particles)
					continue;
			}
			gloss_stems_of(ix, zh + at, end - at, &first, &count);
			for (k = 0; k < m; k++)
				if (has_stem(ix, first, count, (uint32_t)ids[k]))
					return 1;
		}
	}
	return 0;
}

/*
 * Does a CC-CEDICT word of two characters or more in the Chinese zh
 * translate the adjective an adverb w[0..n) in -ly is made from (国际
 * "international" for internationally)? Then the adverb is the English
 * form of a Chinese modifier, part of the name: 国际不法行为 /
 * internationally wrongful acts, where English makes an adverb of the
 * adjective before another adjective. A single character's sense is too
 * loose for it. -1 when out of memory.
 */
static int adverb_translated(indexer *ix, const char *zh, size_t zh_len, const char *w, size_t n)
{
	char low[64], adj[64];
	long ids[2];
	size_t at;
	int k, m = 0;

	if (!ix->lex || n >= sizeof low)
		return 0;
	/* In lower case, as adverb() read it: an adverb that opens a
	 * sentence (Internationally wrongful acts ...) has the adjective
	 * the glosses write in lower case. */
	for (at = 0; at < n; at++)
		low[at] = (char)(w[at] >= 'A' && w[at] <= 'Z' ? w[at] | 0x20 : w[at]);
	for (k = 0; k < 2 && adverb_base(low, n, k, adj, sizeof adj); k++)
		if ((ids[m++] = gloss_stem_id(ix, adj, strlen(adj))) < 0)
			return -1;
	return segment_word_glosses(ix, zh, zh_len, ids, m, 0);
}

/*
 * Does a Chinese word of the segment zh[0..zh_len) translate the verb key
 * (its CC-CEDICT glosses) and stand as a modifier, written against the
 * Han character after it with no 的, 之, 地 or 得 between (参与国, 新兴技术;
 * not 日益增长的威胁)? Then the verb's participle before a noun names a
 * kind of it (participating States, emerging technologies) rather than
 * describing it (a growing threat). 1, 0, or -1 when out of memory.
 */
static int participle_translated(indexer *ix, const char *zh, size_t zh_len, const char *key)
{
	long id;

	if (!ix->lex)
		return 0;
	if ((id = gloss_stem_id(ix, key, strlen(key))) < 0)
		return -1;
	return segment_word_glosses(ix, zh, zh_len, &id, 1, 1);
}

/*
 * Does the Chinese of the segment zh[0..zh_len) write the English word
 * before a verb's -ing form and the verb as one noun: a word of two
 * characters or more that translates both (预警, "early warning"), or a
 * word that translates the first followed at once by one that translates
 * the verb (机器学习: 机器 "machine", 学习 "to learn")? Then the English is
 * a compound whose head is the gerund (machine learning, early warning),
 * not a noun before the verb of a clause. first_key and verb_key are the
 * two words' keys. 1, 0, or -1 when out of memory.
 */
static int gerund_translated(indexer *ix, const char *zh, size_t zh_len, const char *first_key,
			     const char *verb_key)
{
	long a, v;
	size_t at, end, next, af, ac, bf, bc;
	int c, d;

	if (!ix->lex)
		return 0;
	if ((a = gloss_stem_id(ix, first_key, strlen(first_key))) < 0 ||
	    (v = gloss_stem_id(ix, verb_key, strlen(verb_key))) < 0)
		return -1;
	for (at = 0; at < zh_len; utf8_next(zh, zh_len, &at)) {
		end = at;
		for (c = 0; c < 4 && end < zh_len && is_han(utf8_next(zh, zh_len, &end)); c++) {
			if (!c || !sy_lexicon_lookup(ix->lex, zh + at, end - at, NULL, 0))
				continue;
			gloss_stems_of(ix, zh + at, end - at, &af, &ac);
			if (!has_stem(ix, af, ac, (uint32_t)a))
				continue;
			if (has_stem(ix, af, ac, (uint32_t)v))
				return 1;
			next = end;
			for (d = 0; d < 4 && next < zh_len && is_han(utf8_next(zh, zh_len, &next)); d++) {
				if (!d || !sy_lexicon_lookup(ix->lex, zh + end, next - end, NULL, 0))
					continue;
				gloss_stems_of(ix, zh + end, next - end, &bf, &bc);
				if (has_stem(ix, bf, bc, (uint32_t)v))
					return 1;
			}
		}
	}
	return 0;
}

/* Is the English word w[0..n) an adjective by its form, or a participle
 * (wrongful, recognized, binding), as the word after an adverb of a name
 * is (internationally wrongful acts, internally displaced persons,
 * nationally determined contributions)? An adverb before a verb (surely
 * die) or a noun belongs to no noun phrase. */
static int modifier_form(const char *w, size_t n)
{
	if (adjective_form(w, n))
		return 1;
	return n >= 5 && w[0] >= 'a' && w[0] <= 'z' &&
	       (!memcmp(w + n - 2, "ed", 2) || !memcmp(w + n - 3, "ing", 3));
}

/*
 * An acronym that ends in the last digits of a number (COVID-19: coronavirus
 * disease 2019) abbreviates a name that holds the number. Where the Chinese
 * writes that number glued to a word (2019冠状病毒病), the number is part of
 * the name there, as one both sides write is (round 14): it is recorded
 * in names_numbers, though the English writes only its acronym ("the
 * coronavirus disease (COVID-19) pandemic"). 0, or -1 when out of memory.
 */
static int number_of_acronym(indexer *ix, const char *zh, size_t zh_len, const char *acr, size_t an)
{
	size_t at, end;

	if (!acronym_digits(acr, an))
		return 0;
	for (at = 0; at < zh_len; at = end + (end == at)) {
		long glued;
		for (end = at; end < zh_len && zh[end] >= '0' && zh[end] <= '9'; end++)
			;
		if (!ends_in_digits_of(acr, an, zh + at, end - at) || names_number(ix, zh + at, end - at))
			continue;
		glued = glued_number(ix, zh, zh_len, at, 0);
		if (glued < 0)
			return -1;
		if ((size_t)glued == end - at && (util_buf_add(&ix->names_numbers, zh + at, end - at) ||
						  util_buf_add(&ix->names_numbers, " ", 1)))
			return -1;
	}
	return 0;
}

/* End the chunk being written, if one is open: chunk_no counts the chunks
 * written. */
static int close_chunk(util_buf *out, int *open, unsigned *chunk_no)
{
	if (*open && util_buf_add(out, "\n", 1))
		return -1;
	*chunk_no += (unsigned)*open;
	*open = 0;
	return 0;
}

/* An English word into a chunk: its text, then its key after \x1f where
 * the key is not the text itself. Most words are their own key, and
 * writing it twice took 100 bytes a segment of the termbase. */
static int put_en_word(util_buf *out, const char *w, size_t n, const char *key)
{
	size_t kn = strlen(key);

	if (util_buf_add(out, w, n))
		return -1;
	if (kn == n && !memcmp(key, w, n))
		return 0;
	return util_buf_add(out, "\x1f", 1) || util_buf_add(out, key, kn) ? -1 : 0;
}

/* Is w[0..n) a form of "be" or "have" that follows a subject (is, are,
 * was, were, has, have)? */
static int be_or_have(const char *w, size_t n)
{
	static const char *const forms[] = {"is", "are", "was", "were", "has", "have"};

	return IN(forms, w, n);
}

/* Is w[0..n) a modal verb (should, must, may, ...)? */
static int modal_word(const char *w, size_t n)
{
	static const char *const modals[] = {"should", "must", "may", "might", "can",
					     "could", "will", "would", "shall"};

	return IN(modals, w, n);
}

/* Is w[0..n) a courtesy title written with a full stop (Mr, Mrs, Ms, Dr)? */
static int courtesy_title(const char *w, size_t n)
{
	return (n == 2 && (!memcmp(w, "Mr", 2) || !memcmp(w, "Ms", 2) || !memcmp(w, "Dr", 2))) ||
	       (n == 3 && !memcmp(w, "Mrs", 3));
}

/* The bytes of a possessive 's (or ’s) that ends word w[0..n); 0 for none. */
static size_t possessive_s(const char *w, size_t n)
{
	if (n > 3 && w[n - 1] == 's' && w[n - 2] == '\'')
		return 2;
	if (n > 5 && w[n - 1] == 's' && !memcmp(w + n - 4, "\xE2\x80\x99", 3))
		return 4;
	return 0;
}

/* Is w[0..n) an English plural not in -s (people, children, women, men)? */
static int irregular_plural(const char *w, size_t n)
{
	static const char *const plurals[] = {"people", "children", "women", "men", "peoples"};
	size_t i;

	for (i = 0; i < sizeof plurals / sizeof *plurals; i++)
		if (strlen(plurals[i]) == n && !strncasecmp(w, plurals[i], n))
			return 1;
	return 0;
}

/*
 * The end of a dotted abbreviation in lower case that begins at text[at]:
 * single letters, each with its full stop, two or more (a.i., e.g.); 0
 * where there is none. After a noun, one that is not a function word
 * (e.g., i.e.) qualifies it, as Latin does after a title: chargé
 * d'affaires a.i. (ad interim) is a post of its own, not a chargé
 * d'affaires followed by an article and the letter i.
 */
static size_t dotted_qualifier(const char *text, size_t len, size_t at)
{
	size_t i = at, letters = 0;

	if (at > 0 && (isalnum((unsigned char)text[at - 1]) || text[at - 1] == '.' || text[at - 1] == '-' ||
		       text[at - 1] == '\''))
		return 0;
	while (i + 1 < len && text[i] >= 'a' && text[i] <= 'z' && text[i + 1] == '.') {
		i += 2;
		letters++;
	}
	if (letters < 2 || (i < len && (isalnum((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80)))
		return 0;
	return i;
}

/*
 * Is English token t (digits, or a roman numeral) the number of a
 * reference (numbered_kinds) whose noun is the token before it, one that
 * the Chinese of the segment writes too (Article 51 and 第五十一条)? Then
 * its value in digits is written to num[0..size) (76/19 whole, VI as 6),
 * the reference recorded for join_numbered, and the number's end returned
 * (after "/19"); else 0; -1 when out of memory.
 */
static long en_numbered(indexer *ix, const char *text, size_t len, const en_tok *toks, size_t t,
			const char *zh, size_t zh_len, char *num, size_t size)
{
	const en_tok *noun = t ? &toks[t - 1] : NULL, *k = &toks[t];
	const char *p = zh, *zend = zh + zh_len, *en = NULL;
	size_t end = k->end, i;

	/* Asked of every word the merge indexes: a number or a capital
	 * first, then the noun before it. */
	if (!noun || noun->kind != 0 || noun->end == noun->start ||
	    !((text[k->start] >= '0' && text[k->start] <= '9') || (text[k->start] && strchr("IVXLC", text[k->start]))))
		return 0;
	for (i = 0; i < sizeof numbered_kinds / sizeof numbered_kinds[0] && !en; i++)
		if (strlen(numbered_kinds[i].en) == noun->end - noun->start &&
		    !strncasecmp(text + noun->start, numbered_kinds[i].en, noun->end - noun->start))
			en = numbered_kinds[i].en;
	if (!en)
		return 0;
	if (text[k->start] >= '0' && text[k->start] <= '9') {
		end = digits_end(text, len, k->start);
		if (end - k->start >= size)
			return 0;
		memcpy(num, text + k->start, end - k->start);
		num[end - k->start] = '\0';
	} else {
		int v = roman_value(text + k->start, end - k->start);
		if (!v)
			return 0;
		snprintf(num, size, "%d", v);
	}
	while ((p = memmem(p, (size_t)(zend - p), "第", 3)) != NULL) {
		char zn[24];
		size_t kind;
		if (zh_numbered(p, (size_t)(zend - p), zn, sizeof zn, &kind) && numbered_kinds[kind].en == en &&
		    !strcmp(zn, num)) {
			if (!numbered_written(ix, en, num) &&
			    (util_buf_add(&ix->numbered, en, strlen(en)) || util_buf_add(&ix->numbered, " ", 1) ||
			     util_buf_add(&ix->numbered, num, strlen(num)) || util_buf_add(&ix->numbered, "\n", 1)))
				return -1;
			return (long)end;
		}
		p += 3;
	}
	return 0;
}

/* Append a token of kind over text[start..end) (a boundary: start == end);
 * the new token, or NULL when out of memory. */
static en_tok *add_tok(en_tok **toks, size_t *n, size_t *cap, size_t start, size_t end, int kind)
{
	en_tok *k;

	if (util_grow(toks, cap, *n + 1, sizeof(**toks)))
		return NULL;
	k = &(*toks)[(*n)++];
	k->start = start;
	k->end = end;
	k->key = NULL;
	k->kind = kind;
	k->compound = k->verb = k->possessor = 0;
	return k;
}

/*
 * Is token t, a function word or a judging modifier (certain, new, our),
 * a word of a name: capitalized where no sentence starts (after a word,
 * not a boundary) and before a capitalized word (the Convention on Certain
 * Conventional Weapons, the policy brief A New Agenda for Peace, Our
 * Common Agenda)? Not the pronoun I, nor the text's first word (first),
 * whose capital says nothing.
 */
static int name_word_of_stop(const char *text, size_t len, const en_tok *toks, size_t t, int first)
{
	const en_tok *k = &toks[t], *prev = t ? &toks[t - 1] : NULL;
	size_t wn = k->end - k->start, at = k->end;

	if (first || !prev || text[k->start] < 'A' || text[k->start] > 'Z' ||
	    (wn == 1 ? text[k->start] != 'A' : !(text[k->start + 1] >= 'a' && text[k->start + 1] <= 'z')))
		return 0;
	if (prev->kind != 0 && prev->kind != 1)
		return 0;
	while (at < len && text[at] == ' ')
		at++;
	return at < len && text[at] >= 'A' && text[at] <= 'Z';
}

/*
 * Is token t "and" or "or" before a word mostly a verb and the noun it
 * governs (erode trust in United Nations peace operations and obstruct
 * humanitarian action)? Then it joins two predicates, not two nouns: the
 * noun phrase before it ends there.
 */
static int joins_a_verb(const indexer *ix, const char *text, const en_tok *toks, size_t n, size_t t)
{
	const en_tok *v = &toks[t + 1];

	if (t + 2 >= n || !(tok_is(text, &toks[t], "and") || tok_is(text, &toks[t], "or")) || v->kind != 0 ||
	    !v->key || v->compound || toks[t + 2].kind != 0)
		return 0;
	return verb_start(ix, text + v->start, v->end - v->start, v->key);
}

/* Is w[0..n) capitalized, then in lower case (Convention, not ICT nor
 * a), and a word Hunspell knows with its first letter in lower case
 * (convention; not Judah)? */
static int capitalized_common_noun(sy_lemmatizer *lm, const char *w, size_t n)
{
	char low[64];

	if (n < 2 || n >= sizeof low || w[0] < 'A' || w[0] > 'Z' || w[1] < 'a' || w[1] > 'z')
		return 0;
	memcpy(low, w, n);
	low[0] = (char)(low[0] | 0x20);
	low[n] = '\0';
	return sy_lemmatizer_knows(lm, low);
}

/*
 * Is token t "against" or "to" in lower case inside a name: after a
 * capitalized common noun (Hunspell knows it in lower case), not the
 * text's first word, and before a capitalized word (the United Nations
 * Convention against Cybercrime, the Inter-American Committee against
 * Terrorism, the Ad Hoc Committee to Elaborate ...), a common noun too?
 * Then it is a word of the name, as "of" and "on" are. Not beside a
 * proper name (Israel against Judah, God to Abner), which Hunspell knows
 * capitalized only.
 */
static int name_preposition(sy_lemmatizer *lm, const char *text, size_t len, const en_tok *toks, size_t t,
			    long initial)
{
	const en_tok *k = &toks[t], *prev = t ? &toks[t - 1] : NULL;
	size_t at = k->end, end;

	if (!lm || !prev || prev->kind != 0 || (long)(t - 1) == initial ||
	    !(tok_is(text, k, "against") || tok_is(text, k, "to")) ||
	    !capitalized_common_noun(lm, text + prev->start, prev->end - prev->start))
		return 0;
	/* The word after it: capitalized, and a common noun too. */
	while (at < len && text[at] == ' ')
		at++;
	for (end = at; end < len && isalpha((unsigned char)text[end]); end++)
		;
	return capitalized_common_noun(lm, text + at, end - at);
}

/*
 * Is token t the "to" of a right's name, after "right" or "rights" and
 * before a noun (the right to privacy, the right to freedom of opinion
 * and expression, the right to self-defence)? Then it is a word of the
 * phrase, as "of" is. Not before a word mostly a verb (the right to use
 * force), whose "to" makes an infinitive.
 */
static int right_to(const indexer *ix, const char *text, size_t len, const en_tok *toks, size_t t)
{
	size_t at = toks[t].end, start;

	if (!t || !tok_is(text, &toks[t], "to") || toks[t - 1].kind != 0 ||
	    !(tok_is(text, &toks[t - 1], "right") || tok_is(text, &toks[t - 1], "rights")))
		return 0;
	while (at < len && text[at] == ' ')
		at++;
	for (start = at; at < len && text[at] >= 'a' && text[at] <= 'z'; at++)
		;
	return at > start && (at == len || !isalpha((unsigned char)text[at])) &&
	       strtab_find(&ix->verbs_mostly, text + start, at - start) < 0 &&
	       !IN_SET(en_stop, text + start, at - start) && !IN_SET(en_inner, text + start, at - start);
}

/* The chunks of an English text; zh is the segment's Chinese (folded), for
 * the numbers it writes in names and the modifiers adverbs translate. */
static int chunk_en(indexer *ix, const char *text, size_t len, const char *zh, size_t zh_len,
		    util_buf *out)
{
	sy_lemmatizer *lm = ix->tb->lm;
	en_tok *toks = NULL;
	size_t n = 0, cap = 0, i = 0, t, chunk_first = 0;
	int rc = -1, open = 0;
	unsigned chunk_no = 0; /* of the chunks written, for the Chinese side's look-ups */
	long initial = -1; /* the token that opens the text */
	char low_first[64]; /* that token in lower case (in_sentence) */
	sy_error err;

	ix->n_en_words = 0;
	ix->names_numbers.len = 0;
	ix->numbered.len = 0;

	while (i < len) {
		size_t at = i, end;
		uint32_t c = utf8_next(text, len, &i);
		en_tok *k;

		if (c == '(') {
			/* "(CBMs)" after words: an acronym for them. */
			size_t a = i, b = i;
			while (b < len && text[b] != ')' && b - a < 16)
				b++;
			if (b < len && text[b] == ')' && acronym_like(text + a, b - a)) {
				if (number_of_acronym(ix, zh, zh_len, text + a, b - a) ||
				    !add_tok(&toks, &n, &cap, a, b, 3))
					goto done;
				i = b + 1;
				continue;
			}
		}
		if (u_isspace((UChar32)c))
			continue;
		end = c < 0x80 ? dotted_qualifier(text, len, at) : 0;
		if (end) {
			/* A qualifier after a word; else, or a function word
			 * (e.g.), a boundary. */
			int qualifies = n > 0 && toks[n - 1].kind == 0 && toks[n - 1].end < at &&
					!IN_SET(en_stop, text + at, end - at);
			if (!add_tok(&toks, &n, &cap, at, end, qualifies ? 5 : 2))
				goto done;
			i = end;
			continue;
		}
		if (!en_word_char(c) || c == '-' || c == '\'') {
			if (!add_tok(&toks, &n, &cap, at, at, 2))
				goto done;
			continue;
		}
		end = i;
		while (end < len) {
			size_t k2 = end;
			if (!en_word_char(utf8_next(text, len, &k2)))
				break;
			end = k2;
		}
		while (end > at && (text[end - 1] == '-' || text[end - 1] == '\''))
			end--;
		i = end;
		if (!(k = add_tok(&toks, &n, &cap, at, end, 0)))
			goto done;
		/* A named possessor's 's is no part of the word, and the
		 * possessor's phrase ends with it: the Secretary-General's |
		 * Roadmap for Digital Cooperation, Japan's | presidency. Not a
		 * common noun's in lower case, whose genitive qualifies the
		 * noun after it as a modifier does (the king's house, 王宫; the
		 * year's end, 年底), nor an irregular plural's, which names a
		 * kind inside a name, as States' does (People's Republic of
		 * China, United Nations Children's Fund). */
		if (text[at] >= 'A' && text[at] <= 'Z') {
			size_t cut = possessive_s(text + at, end - at);
			if (cut && !irregular_plural(text + at, end - cut - at)) {
				end -= cut;
				k->possessor = 1;
			}
		}
		k->end = end;
		/* A courtesy title keeps its full stop and the name or post after
		 * it (Mr. President, 主席先生: 先生 is "Mister (Mr.)"). */
		if (end + 2 < len && text[end] == '.' && text[end + 1] == ' ' && text[end + 2] >= 'A' &&
		    text[end + 2] <= 'Z' && courtesy_title(text + at, end - at)) {
			k->end = end + 1;
			i = end + 1;
		}
		{
			char low[64];
			size_t wn = end - at, j;
			char num[24];
			long ref = en_numbered(ix, text, len, toks, n - 1, zh, zh_len, num, sizeof num);
			if (ref < 0)
				goto done;
			if (ref) {
				/* A reference both sides write: a word, its value its
				 * key, and the end of its phrase, as any number was. */
				k->end = i = (size_t)ref;
				k->kind = 0;
				if (!(k->key = strdup(num)) || !add_tok(&toks, &n, &cap, i, i, 2))
					goto done;
				continue;
			}
			if (all_digits(text + at, wn) && wn < sizeof(low)) {
				/* A number bounds a phrase (2021, resolution 1325), but
				 * one the Chinese writes glued to a word is part of a
				 * name on both sides (77国集团 / Group of 77, 2019冠状病毒病
				 * / coronavirus disease 2019): a word, its own key. */
				int named = written_glued(ix, zh, zh_len, text + at, wn,
							  year_of_name(text, len, toks, n - 1));
				if (named < 0)
					goto done;
				if (named && !names_number(ix, text + at, wn) &&
				    (util_buf_add(&ix->names_numbers, text + at, wn) ||
				     util_buf_add(&ix->names_numbers, " ", 1)))
					goto done;
				k->kind = named ? 0 : 2;
				if (named && !(k->key = strndup(text + at, wn)))
					goto done;
				continue;
			}
			if (wn >= sizeof(low)) {
				k->kind = 2;
				continue;
			}
			for (j = 0; j < wn; j++)
				low[j] = (char)((text[at + j] >= 'A' && text[at + j] <= 'Z') ? text[at + j] | 0x20
											 : text[at + j]);
			low[wn] = '\0';
			if (IN_SET(en_inner, low, wn) || name_preposition(lm, text, len, toks, n - 1, initial) ||
			    right_to(ix, text, len, toks, n - 1))
				k->kind = 1;
			else if ((IN_SET(en_stop, low, wn) || numeral(text + at, wn)) &&
				 !name_word_of_stop(text, len, toks, n - 1, initial < 0))
				k->kind = 2;
			else if (adverb(lm, low, wn))
				k->kind = 4;
			else
				k->kind = 0;
		}
		if (initial < 0 && u_isalpha((UChar32)c))
			initial = (long)(n - 1);
		if (k->kind == 2 || k->kind == 4)
			continue;
		if (sy_fold_en(lm, text + at, end - at, &k->key, &err))
			goto done;
		if (!*k->key) {
			k->kind = 2;
		} else if (k->kind == 0) {
			k->verb = verb_only(ix,
					    in_sentence(text + at, end - at, initial == (long)(n - 1), low_first,
							sizeof low_first),
					    end - at, k->key);
			if (k->verb && !after_adjective_form(text, toks, n - 1)) {
				k->kind = 2;
			} else {
				int verb = hunspell_verb(ix, lm, text + at, end - at, k->key);
				if (verb < 0)
					goto done;
				if (verb)
					k->kind = 2;
			}
		}
	}

	/* A word between a noun and an article is the verb of a clause whose
	 * subject the noun ends (ransomware attacks pose a growing threat;
	 * regional programmes play a role; the Council notes the): no noun
	 * phrase runs on into it, where CC-CEDICT or Hunspell knows it for a
	 * verb. A noun is seldom followed by an article (a name or a title
	 * may be: gives Member States the right). */
	for (t = 1; t + 1 < n; t++) {
		en_tok *k = &toks[t];
		if (k->kind == 0 && toks[t - 1].kind == 0 && k->key && text[k->start] >= 'a' &&
		    text[k->start] <= 'z' && article(text, &toks[t + 1]) && can_be_verb(ix, lm, k->key))
			k->kind = 2;
	}
	/* So is a word in -s between a noun and an adverb in -ly that a
	 * function word or the sentence's end follows (critical information
	 * infrastructure lies primarily with States), where WordNet knows it
	 * for a verb and nothing knows the noun for one: the adverb modifies
	 * it. Not before a verb (criminal groups increasingly operated: the
	 * plural is the subject), nor after one (take measures swiftly: the
	 * plural is the object). */
	for (t = 1; t + 1 < n; t++) {
		en_tok *k = &toks[t], *p = &toks[t - 1], *after = t + 2 < n ? &toks[t + 2] : NULL;
		if (k->kind == 0 && p->kind == 0 && toks[t + 1].kind == 4 && k->key && p->key &&
		    (!after || after->start == after->end ||
		     IN_SET(en_stop, text + after->start, after->end - after->start)) &&
		    text[k->start] >= 'a' && text[k->start] <= 'z' && in_s(text, k) &&
		    text[k->end - 2] != '\'' && !can_be_verb(ix, lm, p->key) &&
		    synonyms_verb(text + k->start, k->end - k->start))
			k->kind = 2;
	}
	/* So is a word between a noun and the particle of a phrasal verb (the
	 * law of State responsibility sets out the consequences; States
	 * carry out assessments; the guidelines set forth): a noun is seldom
	 * followed by "out" or "forth", a verb often is, and many of these
	 * verbs are irregular (set, lay), which the test of a regular verb's
	 * forms does not see. "Up" and "down" follow nouns too (bottom up),
	 * and there the word must be a verb CC-CEDICT or Hunspell knows. */
	for (t = 1; t + 1 < n; t++) {
		static const char *const particles[] = {"out", "forth"}, *const others[] = {"up", "down"};
		en_tok *k = &toks[t], *q = &toks[t + 1];
		const char *p = text + q->start;
		size_t pn = q->end - q->start;
		/* "Out of" is a preposition (water out of the rock). */
		int out_of = t + 2 < n && tok_is(text, &toks[t + 2], "of");
		if (k->kind == 0 && toks[t - 1].kind == 0 && k->key && text[k->start] >= 'a' &&
		    text[k->start] <= 'z' && !out_of &&
		    (IN(particles, p, pn) || (IN(others, p, pn) && can_be_verb(ix, lm, k->key))))
			k->kind = 2;
	}
	/* So is a word in -s that is mostly a verb (CC-CEDICT) after a name
	 * or a title, its subject (the Chinese Government attaches great
	 * importance; the Permanent Mission avails itself): a capitalized
	 * noun is seldom followed by a noun of its phrase in lower case that
	 * is mostly a verb. Not after an acronym (ICT supplies), nor after the
	 * text's first word, whose capital is its place's (Ransomware
	 * attacks). */
	for (t = 1; t < n; t++) {
		en_tok *k = &toks[t], *p = &toks[t - 1];
		size_t wn = k->end - k->start;
		if (k->kind == 0 && p->kind == 0 && text[k->start] >= 'a' && text[k->start] <= 'z' &&
		    in_s(text, k) && text[k->end - 2] != '\'' && text[p->start] >= 'A' && text[p->start] <= 'Z' &&
		    (long)(t - 1) != initial && !acronym_like(text + p->start, p->end - p->start) &&
		    verb_start(ix, text + k->start, wn, k->key))
			k->kind = 2;
	}

	/* So is a word before an adjective and a noun, where CC-CEDICT or
	 * Hunspell knows it for a verb: a word in -s (an ICT operation that
	 * damages critical infrastructure; a State that supports malicious
	 * activity), as a plural noun is never followed by an adjective
	 * inside its noun phrase; or a word after "to" (attacks expected to
	 * cause excessive incidental harm), as "to" before a noun phrase is a
	 * preposition and a noun that modifies another stands after the
	 * phrase's adjectives (to conflict prevention). The adjective by its
	 * form (critical, malicious). */
	for (t = 0; t + 2 < n; t++) {
		en_tok *k = &toks[t], *a = &toks[t + 1], *h = &toks[t + 2], *to = t ? &toks[t - 1] : NULL;
		if (k->kind == 0 && a->kind == 0 && h->kind == 0 && k->key && text[k->start] >= 'a' &&
		    text[k->start] <= 'z' &&
		    (in_s(text, k) ? text[k->end - 2] != '\''
				   : to && tok_is(text, to, "to")) &&
		    adjective_form(text + a->start, a->end - a->start) && can_be_verb(ix, lm, k->key))
			k->kind = 2;
	}

	/* A word in -ing between a plural noun and a word of a noun phrase
	 * or a preposition is the verb of a clause that qualifies the noun
	 * (malicious ICT activities targeting medical facilities; acts using
	 * ICTs; operations emanating from their territory), where
	 * CC-CEDICT or Hunspell knows its stem for a verb: a noun that
	 * modifies another is singular (data processing, capacity-building),
	 * so the noun phrase ends before it. */
	for (t = 1; t + 1 < n; t++) {
		en_tok *k = &toks[t], *p = &toks[t - 1], *q = &toks[t + 1];
		size_t wn = k->end - k->start;
		/* Or a preposition that opens its complement (operations
		 * emanating from their territory); not "of" nor "and", which
		 * join nouns. */
		int opens = (q->kind == 2 && q->end > q->start) ||
				 (q->kind == 1 && !tok_is(text, q, "of") && !tok_is(text, q, "and") &&
				  !tok_is(text, q, "the"));
		if (k->kind == 0 && p->kind == 0 && (q->kind == 0 || opens) && k->key && wn >= 5 &&
		    !memcmp(text + k->end - 3, "ing", 3) && text[k->start] >= 'a' && text[k->start] <= 'z' &&
		    in_s(text, p) && can_be_verb(ix, lm, k->key))
			k->kind = 2;
	}

	/* A word in -ing that is mostly a verb's form (developing, from
	 * develop) qualifies the noun after it where WordNet lists the two as
	 * one noun (developing country): a lexicalized compound, which a
	 * gerund and its object (strengthening cooperation) never is. Its
	 * adjective alone says less: WordNet has devastating and existing as
	 * adjectives too, and they begin no term. */
	for (t = 0; t + 1 < n; t++) {
		en_tok *k = &toks[t], *next = &toks[t + 1];
		size_t wn = k->end - k->start;
		if (!k->verb || !next->key || next->kind != 0 || wn <= 5 || memcmp(text + k->end - 3, "ing", 3) ||
		    strchr(next->key, ' ') ||
		    !synonyms_is_compound_noun(text + k->start, wn, next->key, strlen(next->key)))
			continue;
		k->kind = 0;
		k->compound = 1;
	}

	/* A word in -ing that is a verb's form, after a word in lower case and
	 * ending its phrase, is the head of a compound where the Chinese
	 * writes the two as one noun (gerund_translated): systems based on
	 * machine learning (机器学习), conflict prevention, early warning (预警)
	 * and ... Before a noun or an article it would be a verb with its
	 * object (States using ICTs, 国家使用信通技术; establishing a team),
	 * which the Chinese writes side by side too; after a word mostly a
	 * verb, that verb's object (consider establishing, 考虑建立). The word
	 * before it may be an adverb by its form (early): then it is the
	 * compound's modifier. */
	for (t = 1; t < n; t++) {
		en_tok *k = &toks[t], *p = &toks[t - 1];
		size_t wn = k->end - k->start;
		char *adverb_key = NULL;
		int compound;
		if ((k->kind != 2 && !(k->kind == 0 && p->kind == 4)) || !k->key || !*k->key || wn <= 5 ||
		    memcmp(text + k->end - 3, "ing", 3) || text[k->start] < 'a' || text[k->start] > 'z' ||
		    (t + 1 < n && (toks[t + 1].kind == 0 || article(text, &toks[t + 1]))) ||
		    (p->kind != 0 && p->kind != 4) || p->end == p->start || text[p->start] < 'a' ||
		    text[p->start] > 'z' ||
		    (p->kind == 0 && (!p->key || verb_start(ix, text + p->start, p->end - p->start, p->key))))
			continue;
		/* An adverb has no key until the chunks are written. */
		if (p->kind == 4 && sy_fold_en(lm, text + p->start, p->end - p->start, &adverb_key, &err))
			goto done;
		compound = gerund_translated(ix, zh, zh_len, adverb_key ? adverb_key : p->key, k->key);
		if (compound > 0) {
			k->kind = p->kind = 0;
			k->compound = 1;
			if (adverb_key)
				p->key = adverb_key;
		} else {
			free(adverb_key);
		}
		adverb_key = NULL;
		if (compound < 0)
			goto done;
	}

	/* A word in -ing that is a verb's form, between a determiner and a
	 * noun, qualifies the noun (each participating State, the requesting
	 * State): a determiner opens a noun phrase, and a gerund with its
	 * object takes none (strengthening cooperation; the strengthening of
	 * cooperation has "of"). It names a kind of the noun, and begins its
	 * term, where the Chinese writes the verb as the noun's modifier
	 * (participle_translated: 参与国); a growing threat, 日益增长的威胁, is
	 * only described. */
	for (t = 1; t + 1 < n; t++) {
		en_tok *k = &toks[t], *next = &toks[t + 1];
		size_t wn = k->end - k->start;
		int names_kind;
		if (k->kind != 2 || !k->key || !*k->key || wn <= 5 || memcmp(text + k->end - 3, "ing", 3) ||
		    text[k->start] < 'a' || text[k->start] > 'z' || next->kind != 0 || !next->key ||
		    !determiner_word(text + toks[t - 1].start, toks[t - 1].end - toks[t - 1].start))
			continue;
		if ((names_kind = participle_translated(ix, zh, zh_len, k->key)) < 0)
			goto done;
		if (names_kind) {
			k->kind = 0;
			k->compound = 1;
		}
	}

	/* The text's first word, mostly a verb elsewhere, before words in
	 * lower case and then a form of "be" or "have" or a modal, opens the
	 * subject (Supply chain security is essential): a noun's modifier,
	 * not the verb that opens an operative paragraph (Requests the
	 * Secretary-General; Encourages regional organizations to). So too
	 * the first word of a clause after "and" or "but" (..., and supply
	 * chain security should be addressed). */
	for (t = 0; t + 2 < n; t++) {
		size_t u = t + 1, pn = t ? toks[t - 1].end - toks[t - 1].start : 0;
		const char *pw = t ? text + toks[t - 1].start : NULL;
		if (toks[t].kind != 0 ||
		    !((long)t == initial || (pn == 3 && (!memcmp(pw, "and", 3) || !memcmp(pw, "but", 3)))))
			continue;
		while (u < n && toks[u].kind == 0 && text[toks[u].start] >= 'a' && text[toks[u].start] <= 'z')
			u++;
		if (u > t + 1 && u < n &&
		    (be_or_have(text + toks[u].start, toks[u].end - toks[u].start) ||
		     modal_word(text + toks[u].start, toks[u].end - toks[u].start)))
			toks[t].compound = 1;
	}

	/* Where a complement "to (the) X" stands, up to the punctuation that
	 * ends it: the Chinese side looks for a title's post there
	 * (post_of_title). */
	ix->n_complements = 0;
	for (t = 0; t + 1 < n; t++) {
		size_t u = t + 1, e;
		complement *c;
		if (!tok_is(text, &toks[t], "to"))
			continue;
		if (tok_is(text, &toks[u], "the"))
			u++;
		for (e = u; e < n && toks[e].end > toks[e].start; e++)
			;
		if (u >= n || e == u)
			continue;
		if (util_grow(&ix->complements, &ix->complements_cap, ix->n_complements + 1,
			      sizeof(*ix->complements)))
			goto done;
		c = &ix->complements[ix->n_complements++];
		c->first = (unsigned)u;
		c->end = (unsigned)e;
	}

	for (t = 0; t < n; t++) {
		en_tok *k = &toks[t];
		if (k->kind == 3) {
			/* The acronym ties to the chunk it follows, then stands alone. */
			size_t reach = open ? acronym_reach(text, toks, chunk_first, t, text + k->start,
							    k->end - k->start)
					    : 0;
			char *key = NULL;
			if (close_chunk(out, &open, &chunk_no) ||
			    sy_fold_en(lm, text + k->start, k->end - k->start, &key, &err))
				goto done;
			if (en_words_add(ix, key, (unsigned)t, chunk_no++)) {
				free(key);
				goto done;
			}
			if (reach) {
				char num[32];
				snprintf(num, sizeof num, "\x1f%zu\n", reach);
				if (util_buf_add(out, "@", 1) ||
				    util_buf_add(out, text + k->start, k->end - k->start) ||
				    util_buf_add(out, num, strlen(num))) {
					free(key);
					goto done;
				}
			}
			if (put_en_word(out, text + k->start, k->end - k->start, key) ||
			    util_buf_add(out, "\n", 1)) {
				free(key);
				goto done;
			}
			free(key);
			continue;
		}
		if (k->kind == 4) {
			/* An adverb bounds a phrase, unless it modifies the word
			 * after it as the Chinese modifier it translates does
			 * (adverb_translated): then it begins a chunk, and ends no
			 * phrase ("=" before it). */
			int kept = t + 1 < n && toks[t + 1].kind == 0 &&
				   modifier_form(text + toks[t + 1].start, toks[t + 1].end - toks[t + 1].start);
			/* Called apart: inside the && its -1 (out of memory) would read as 1. */
			if (kept)
				kept = adverb_translated(ix, zh, zh_len, text + k->start, k->end - k->start);
			if (kept < 0 || close_chunk(out, &open, &chunk_no))
				goto done;
			if (!kept)
				continue;
			/* Written as a word is, below, with its "=". */
			if (sy_fold_en(lm, text + k->start, k->end - k->start, &k->key, &err))
				goto done;
		}
		if (k->kind == 5) {
			/* The qualifier ends the phrase it follows (marked "+"). */
			if (open && (util_buf_add(out, "\t+", 2) || util_buf_add(out, text + k->start, k->end - k->start) ||
				     close_chunk(out, &open, &chunk_no)))
				goto done;
			continue;
		}
		if (k->kind == 2 || (k->kind == 1 && (!open || joins_a_verb(ix, text, toks, n, t))) ||
		    (k->kind == 0 && open && participle_at_end(ix, lm, text, toks, n, t)) ||
		    (k->kind == 0 && adjective_with_to(text, toks, n, t))) {
			if (close_chunk(out, &open, &chunk_no))
				goto done;
			continue;
		}
		if (!open)
			chunk_first = t;
		if ((k->kind == 0 || k->kind == 4) && en_words_add(ix, k->key, (unsigned)t, chunk_no))
			goto done;
		if (open && util_buf_add(out, "\t", 1))
			goto done;
		if (k->kind == 1 && util_buf_add(out, "~", 1))
			goto done;
		if ((long)t == initial && util_buf_add(out, "^", 1))
			goto done;
		if (k->kind == 4 && util_buf_add(out, "=", 1))
			goto done;
		if (k->kind == 0 && !after_article(text, toks, t) && !k->compound &&
		    verb_start(ix,
			       in_sentence(text + k->start, k->end - k->start, (long)t == initial, low_first,
					   sizeof low_first),
			       k->end - k->start, k->key) &&
		    util_buf_add(out, "!", 1))
			goto done;
		if (put_en_word(out, text + k->start, k->end - k->start, k->key))
			goto done;
		open = 1;
		if (k->possessor && close_chunk(out, &open, &chunk_no))
			goto done;
	}
	if (open && util_buf_add(out, "\n", 1))
		goto done;
	rc = 0;
done:
	for (t = 0; t < n; t++)
		free(toks[t].key);
	free(toks);
	return rc;
}

/*
 * English words that CC-CEDICT uses only as verbs: some sense is "to W"
 * and no sense is "W" alone (discuss, provide, promote; not debate, which
 * is also a sense of its own). They bound English candidates: English terms
 * are noun phrases, and Hunspell gives no parts of speech.
 */
static int load_verbs(const sy_lexicon *lex, strtab *pure, strtab *mostly, strtab *senses)
{
	strtab words = {NULL, 0, 0, NULL, 0};
	unsigned *as_verb = NULL, *as_noun = NULL;
	size_t cap = 0, i, n = sy_lexicon_size(lex);
	int rc = 0;

	for (i = 0; i < n && !rc; i++) {
		const char *g = sy_lexicon_gloss_at(lex, i), *p = g;
		while (*p && !rc) {
			const char *end = strchr(p, '/'), *w;
			size_t len, k;
			int verb, added;
			long id;
			if (!end)
				end = p + strlen(p);
			verb = end - p > 3 && !strncmp(p, "to ", 3);
			w = verb ? p + 3 : p;
			len = (size_t)(end - w);
			for (k = 0; k < len; k++)
				if (w[k] < 'a' || w[k] > 'z')
					break;
			p = *end ? end + 1 : end;
			if (k != len || len <= 2)
				continue;
			id = strtab_add(&words, w, len, &added);
			if (id < 0) {
				rc = -1;
				break;
			}
			if ((size_t)id >= cap) {
				size_t from = cap;
				unsigned *v, *nn;
				cap = cap ? cap * 2 : 4096;
				v = realloc(as_verb, cap * sizeof(*v));
				nn = v ? realloc(as_noun, cap * sizeof(*nn)) : NULL;
				if (v)
					as_verb = v;
				if (nn)
					as_noun = nn;
				if (!v || !nn) {
					rc = -1;
					break;
				}
				memset(as_verb + from, 0, (cap - from) * sizeof(*v));
				memset(as_noun + from, 0, (cap - from) * sizeof(*nn));
			}
			if (verb)
				as_verb[id]++;
			else
				as_noun[id]++;
		}
	}
	/* pure: never a sense of its own (discuss, provide, prevent); mostly:
	 * a verb three times as often as not (reduce, promote; but also change
	 * and use, which are nouns too: only their -ing forms count). */
	for (i = 0; i < words.count && !rc; i++) {
		if (senses && strtab_add(senses, words.words[i], strlen(words.words[i]), NULL) < 0)
			rc = -1;
		if (as_verb[i] >= 1 && !as_noun[i] &&
		    strtab_add(pure, words.words[i], strlen(words.words[i]), NULL) < 0)
			rc = -1;
		if (as_verb[i] >= 3 && as_verb[i] >= 3 * as_noun[i] &&
		    strtab_add(mostly, words.words[i], strlen(words.words[i]), NULL) < 0)
			rc = -1;
	}
	strtab_free(&words);
	free(as_verb);
	free(as_noun);
	return rc;
}

static int indexer_open(indexer *ix, sy_termbase *tb, const sy_lexicon *lex,
			const sy_reference *ref, sy_error *err)
{
	UErrorCode status = U_ZERO_ERROR;
	int rc;

	memset(ix, 0, sizeof(*ix));
	ix->tb = tb;
	ix->lex = lex;
	rc = tb_lemmatizer(tb, err);
	if (rc)
		return rc;
	if (lex && load_verbs(lex, &ix->verbs, &ix->verbs_mostly, &ix->senses))
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	for (size_t i = 0; lex && i < sizeof zh_stop / sizeof zh_stop[0]; i++)
		if (classifier_and_prefix(lex, zh_stop[i], strlen(zh_stop[i])) &&
		    strtab_add(&ix->prefix_classifiers, zh_stop[i], strlen(zh_stop[i]), NULL) < 0)
			return sy_error_set(err, SY_ENOMEM, "out of memory");
	ix->cut.lex = lex;
	ix->cut.ref = ref;
	ix->cut.bi = ubrk_open(UBRK_WORD, "zh", NULL, 0, &status);
	if (U_FAILURE(status))
		return sy_error_set(err, SY_EINTERNAL, "ICU word break: %s", u_errorName(status));
	sqlite3_prepare_v2(tb->db, "SELECT key FROM term WHERE id = ? AND lang = 'zh'", -1,
			   &ix->key_of, NULL);
	return SY_OK;
}

static void indexer_close(indexer *ix)
{
	if (ix->cut.bi)
		ubrk_close(ix->cut.bi);
	sqlite3_finalize(ix->key_of);
	for (size_t k = 0; k < ix->term_ids.count && k < ix->term_keys_cap; k++)
		free(ix->term_keys[k]);
	free(ix->term_keys);
	strtab_free(&ix->term_ids);
	free(ix->cut.u16);
	strtab_free(&ix->stems);
	free(ix->en_words);
	free(ix->complements);
	free(ix->names_numbers.s);
	free(ix->numbered.s);
	strtab_free(&ix->gloss_words);
	free(ix->gloss_first);
	free(ix->gloss_count);
	free(ix->gloss_stems);
	strtab_free(&ix->verbs);
	strtab_free(&ix->verbs_mostly);
	strtab_free(&ix->senses);
	strtab_free(&ix->prefix_classifiers);
	strtab_free(&ix->hunspell_verbs);
	strtab_free(&ix->hunspell_other);
}

int tb_indexer_open(tb_indexer **out, sy_termbase *tb, const sy_lexicon *lex, sy_error *err)
{
	tb_indexer *ix = malloc(sizeof(*ix));
	int rc;

	*out = NULL;
	if (!ix)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	rc = indexer_open(ix, tb, lex, NULL, err);
	if (rc) {
		indexer_close(ix);
		free(ix);
		return rc;
	}
	*out = ix;
	return SY_OK;
}

void tb_indexer_use_reference(tb_indexer *ix, const sy_reference *ref)
{
	ix->cut.ref = ref;
}

void tb_indexer_close(tb_indexer *ix)
{
	if (ix) {
		indexer_close(ix);
		free(ix);
	}
}

/* The next term id in a segment's terms column ("[12,345]") from *ids on:
 * its digits, *n of them, with *ids moved past them; NULL after the last. */
static const char *next_term_id(const char **ids, size_t *n)
{
	const char *s = *ids;

	while (s && *s && !(*s >= '0' && *s <= '9'))
		s++; /* '[', ',' or ']' */
	if (!s || !*s)
		return NULL;
	*n = strspn(s, "0123456789");
	*ids = s + *n;
	return s;
}

/* The keys of the Chinese terms whose ids a segment's terms column lists
 * ("[12,345]"), into keys. */
static int segment_keys(indexer *ix, const char *ids, tb_keys *keys)
{
	const char *id;
	size_t digits;

	keys->count = 0;
	while ((id = next_term_id(&ids, &digits)) != NULL) {
		const char *key = term_key(ix, id, digits);
		if (key && tb_keys_add(keys, key, strlen(key)))
			return -1;
	}
	return 0;
}

int tb_cutter_open(tb_cutter **out, const sy_lexicon *lex, const sy_reference *ref,
		   sy_error *err)
{
	UErrorCode status = U_ZERO_ERROR;
	tb_cutter *c = calloc(1, sizeof(*c));

	*out = NULL;
	if (!c)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	c->lex = lex;
	c->ref = ref;
	c->bi = ubrk_open(UBRK_WORD, "zh", NULL, 0, &status);
	if (U_FAILURE(status)) {
		free(c);
		return sy_error_set(err, SY_EINTERNAL, "ICU word break: %s", u_errorName(status));
	}
	*out = c;
	return SY_OK;
}

void tb_cutter_close(tb_cutter *c)
{
	if (c) {
		ubrk_close(c->bi);
		free(c->u16);
		free(c);
	}
}

int tb_cut_han(tb_cutter *c, const char *text, size_t len, tb_spans *words)
{
	size_t i = 0;

	words->count = 0;
	while (i < len) {
		size_t at = i, end;
		if (!is_han(utf8_next(text, len, &i)))
			continue;
		end = han_run_end(text, len, i);
		if (han_words(c, text, at, end, words))
			return -1;
		i = end;
	}
	return 0;
}

/* Both sides' chunks of one segment, zh folded. */
int tb_index_segment(tb_indexer *ix, const char *zh, const char *en, const tb_keys *keys,
		     const tb_spans *han, util_buf *zc, util_buf *ec, sy_error *err)
{
	zc->len = 0;
	ec->len = 0;
	if (util_buf_add(zc, "", 0) || util_buf_add(ec, "", 0) ||
	    /* English first: the Chinese side looks up its words' translations in it. */
	    chunk_en(ix, en, strlen(en), zh, strlen(zh), ec) ||
	    chunk_zh(ix, zh, strlen(zh), keys, han, zc))
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	return SY_OK;
}

/*
 * The version of the rules that cut segments into chunks (part 1 of this
 * file), kept with each segment's chunks (segment.chunks_version, schema
 * 10). Raise it whenever a change to them changes any segment's chunks:
 * segments chunked by other rules are chunked again at the next extract,
 * so that a termbase's old documents and new ones are read alike after an
 * upgrade. 1: the rules of rounds 1 to 16 (docs/notes-extract.md); 2: a
 * year before a no-break space is read as in a name too (year_of_name);
 * 3: a word in -ss keeps its last s in the stem that the indexer's
 * translation checks compare (stem; round 17a); 4 (round 17b): an adverb
 * in -ly whose adjective a Chinese word of the segment translates begins
 * a chunk (adverb_translated), an adjective in -able/-ible before "to"
 * ends one (adjective_with_to), a word mostly a verb after an article
 * begins one (after_article), an -ed word Hunspell keeps whole is read as
 * a participle (participle_at_end), and a number whose last digits end
 * an acronym is in the name (number_of_acronym); 5: an adverb with a
 * capital (Internationally, opening a sentence) is read in lower case
 * for the adjective a Chinese word translates (adverb_translated); 6:
 * the personal pronouns complete in both stop lists (你们, 她们, 您, 咱们,
 * 自己, 大家; yours, ours, hers and the reflexives); 7: a pronoun or a
 * demonstrative written as one word with a function word (你的, 你要,
 * 此次) is a function word (zh_stop_word); 8: an -ing word that is the
 * first of a compound noun WordNet lists (developing country) is no verb
 * form and may begin a phrase (en_tok.compound); 9: a verb after an
 * adjective by its form is a noun (the digital divide:
 * after_adjective_form); 10: adverbs of manner, time and focus are
 * Chinese function words (同样, 与此同时, 尤其是); 11: the first word of a
 * text is read for a verb in lower case (in_sentence); 12: so too where
 * it begins a compound noun (Developing countries, opening a sentence);
 * 13: a word between a noun and an article is a verb (can_be_verb); 14: a
 * dotted abbreviation after a word qualifies it (chargé d'affaires a.i.:
 * dotted_qualifier); 15: 包括, 之间 and 此类 are function words; 16: a
 * bound suffix is the known word's before it (join_bound_suffixes); 17: a
 * word in -s mostly a verb after a name is its verb (the Government
 * attaches); 18: the first word before its subject's other words and a
 * form of be or have is no verb (Supply chain security is); 19: a
 * named possessor's 's is cut off, and ends its phrase (the
 * Secretary-General's); 20: a courtesy title keeps its full stop and the
 * name after it (Mr. President); 21: where the longest-word cut and ICU's
 * overlap, the reading of commoner words (安全|带来: prefer_common_reading);
 * 22: "another" is a function word, and a word in -ing between a
 * determiner and a noun begins its phrase where the Chinese writes the
 * verb as the noun's modifier (each participating State, 参与国:
 * participle_translated); 23: a word between a noun and "out" or "forth"
 * is a verb (the law of State responsibility sets out); 24: the modals
 * 应当, 理应, 须 and 务必 are function words; 25: a word in -ing before
 * a noun of the same sense as the head of a compound WordNet lists begins
 * a phrase (developing States: developing country); 26: 我国 and 贵国 are
 * function words, as 我们 is; 27: a noun in -nse or -nce stems as its
 * verb in -nd does (response: respond; stem); 28: a word in -ing after a
 * plural noun, before a word, is a verb (activities targeting); 29: the
 * English keys are WordNet's choice among Hunspell's stems (using: use,
 * not us; fold.c, schema 17); 30: a gloss "anti-" gives "counter" too
 * (walk_gloss); 31: a determiner's pronoun (本国, 该国) is a function word,
 * and so is one character that makes one with the determiner before it
 * (该|国: function_word_s); 32: a doctrine in -ism stems as its adjective
 * (humanitarianism: humanitarian; stem); 33: what a suffix leaves loses
 * its e as its word does (settlement: settle, settl; stem); 34: the first
 * word of a clause after "and" or "but", before words in lower case and a
 * form of be or have or a modal, opens the subject (and supply chain
 * security should), as the text's first word did (18); 35: across,
 * toward, beyond, thereof and the other prepositions and adverbs of place
 * en_stop lacked are function words; 36: a numbered reference both
 * sides write is one word on each side (第五十一条, Article 51:
 * en_numbered, join_numbered); 37: a function word a known term holds is
 * marked (~%: licensed_whole); 38: a word in -s before an adjective and a
 * noun is a verb (damages critical infrastructure); 39: a classifier
 * without a number before it is a prefix (次|区域: prefix_not_classifier);
 * 40: a participle before in, on or for ends its phrase (disputes | listed
 * in: participle_at_end); 41: -ious is a suffix of stem (malicious:
 * malice); 42: a word after "to" before an adjective and a noun is a verb
 * (to cause excessive harm); 43: 多 or 余 after a number makes it a count
 * (90多个: glued_number); 44: 到 is a function word; 45: forward, ahead,
 * together and away are; 46: and behind; 47: 中的 is a function word;
 * 48: a participle in -d (described) and one before a determiner end a
 * noun phrase (participle_at_end); 49: a function word capitalized inside
 * a name is a word of it (name_word_of_stop); 50: a gerund the Chinese
 * writes as a compound's head is a noun (gerund_translated); 51: "and"
 * before a verb and its object ends a noun phrase (joins_a_verb); 52: an
 * irregular participle before its complement does (irregular_participle);
 * 53: pursuant, according and owing are function words; 54: "against"
 * and "to" inside a name are its words (name_preposition); 55: a verb in
 * -ing of five letters (using), or before a preposition, after a plural
 * noun ends its phrase; 56: a judging modifier the English writes where the
 * Chinese does is a word of the phrase (judging_translated); 57: the "to"
 * of a right's name is (right_to); 58: a function word that the
 * reference lists as one noun with the word before it is a word of the
 * phrase (listed_with_word_before: 协商一致); 59: a character the
 * segmenter left before a one-character function word, with which the
 * reference lists it as one verb or function word, bounds the chunk
 * (function_with_next: 题|为, "entitled"); 60: so does a character the
 * reference tags as a verb, after a word of two characters, where it
 * does not list the two (人工智能|赋|能); 61: 除 in the frame 除……外
 * ("besides") and 除了 are function words (except_frame); 62: so are 以外
 * and 之外 ("outside"); 63: so is a word that ends in 于 (有助于, 属于:
 * zh_stop_word); 64: a word in -s that WordNet knows for a verb, between
 * a noun and an adverb that a function word follows, ends the English
 * phrase (infrastructure lies primarily with); 65: adverbs of growing
 * degree (越来越, 逐渐) are function words; 66: so is a count, a
 * classifier after a number or 各 or 每, and the number before it
 * (counted_classifier: 一名|代表, 各|项|要素); 67: prepositions of two
 * characters the reference tags so (针对, 随着); 68: 所 after a Han word,
 * before a bracket or punctuation, is a word (institute_suffix: 裁研所);
 * 69: 努力 and "efforts" are light nouns; 70: so are 因素 and "factors";
 * 71: except_frame stops at the clause's end (it read past punctuation).
 */
#define CHUNK_RULES 71

int tb_chunk_rules(void)
{
	return CHUNK_RULES;
}

/* Index what is not indexed yet, or indexed by other rules, inside the
 * caller's transaction. */
static int index_pending(sy_termbase *tb, const sy_lexicon *lex, const sy_reference *ref,
			 const char *symbol, sy_error *err)
{
	sqlite3_stmt *get = NULL, *put = NULL;
	util_buf zc = {NULL, 0, 0}, ec = {NULL, 0, 0};
	tb_keys keys = {NULL, NULL, 0, 0};
	char *folded = NULL;
	const char *zh;
	indexer ix;
	int rc, step;

	/* One document's through its symbol's index: a condition such as
	 * "?1 IS NULL OR d.symbol = ?1" keeps SQLite's planner from the
	 * index, and every merge read all the termbase's segments. */
	rc = tb_prepare(tb, &get,
			symbol ? "SELECT s.id, s.zh, s.en, s.terms FROM document d JOIN segment s"
				 " ON s.document_id = d.id WHERE d.symbol = ?1"
				 " AND (s.zh_chunks IS NULL OR s.chunks_version <> ?2)"
			       : "SELECT s.id, s.zh, s.en, s.terms FROM segment s JOIN document d"
				 " ON d.id = s.document_id"
				 " WHERE s.zh_chunks IS NULL OR s.chunks_version <> ?2",
			err);
	if (!rc)
		rc = tb_prepare(tb, &put,
				"UPDATE segment SET zh_chunks = ?, en_chunks = ?, chunks_version = ?"
				" WHERE id = ?",
				err);
	/* Opened at the first segment to index: most calls find none, and the
	 * verb table costs a pass over CC-CEDICT. */
	memset(&ix, 0, sizeof ix);
	if (rc) {
		sqlite3_finalize(get);
		sqlite3_finalize(put);
		return rc;
	}
	if (symbol)
		sqlite3_bind_text(get, 1, symbol, -1, SQLITE_STATIC);
	sqlite3_bind_int(get, 2, CHUNK_RULES);
	while ((step = sqlite3_step(get)) == SQLITE_ROW) {
		long id = (long)sqlite3_column_int64(get, 0);
		if (!ix.tb && (rc = indexer_open(&ix, tb, lex, ref, err)) != SY_OK)
			break;
		if (segment_keys(&ix, (const char *)sqlite3_column_text(get, 3), &keys)) {
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
			break;
		}
		zh = (const char *)sqlite3_column_text(get, 1);
		rc = sy_fold_zh(zh, strlen(zh), &folded, err);
		if (!rc)
			rc = tb_index_segment(&ix, folded, (const char *)sqlite3_column_text(get, 2),
					      &keys, NULL, &zc, &ec, err);
		free(folded);
		folded = NULL;
		if (rc)
			break;
		sqlite3_bind_text(put, 1, zc.s, (int)zc.len, SQLITE_STATIC);
		sqlite3_bind_text(put, 2, ec.s, (int)ec.len, SQLITE_STATIC);
		sqlite3_bind_int(put, 3, CHUNK_RULES);
		sqlite3_bind_int64(put, 4, id);
		if (sqlite3_step(put) != SQLITE_DONE) {
			rc = tb_sql_error(tb, err, "indexing the segments' phrases");
			break;
		}
		sqlite3_reset(put);
	}
	if (!rc && step != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "reading the segments");
	indexer_close(&ix);
	sqlite3_finalize(get);
	sqlite3_finalize(put);
	tb_keys_free(&keys);
	free(zc.s);
	free(ec.s);
	return rc;
}

int sy_termbase_index_phrases(sy_termbase *tb, const sy_lexicon *lex, const sy_reference *ref,
			      const char *symbol, sy_error *err)
{
	int rc = tb_begin(tb, err);

	if (rc)
		return rc;
	rc = index_pending(tb, lex, ref, symbol, err);
	if (rc) {
		tb_rollback(tb);
		return rc;
	}
	return tb_commit(tb, err);
}

/* ---- 2. extraction ------------------------------------------------------------------ */

/* A candidate phrase of one language. */
typedef struct phrase {
	int en;
	char *text;         /* as written (the first time not at a sentence's start) */
	int text_initial;   /* text was taken at a sentence's start */
	size_t units;       /* Chinese: characters / 2; English: words */
	int single;         /* one word only */
	int name;           /* English, every word capitalized: 1; not: 0; unknown: -1 */
	long freq;          /* segments */
	long acronym_freq;  /* of freq, segments where only its acronym stands (acronym_occurrences) */
	long hits;          /* occurrences, however many a segment has */
	long cut_hits;      /* zh: those that cut across a known term (cuts_known) */
	long last_bead;     /* the last segment counted */
	long closed;        /* segments where it ends its chunk (English: where a head noun is) */
	long last_closed;
	uint32_t next_hash; /* English, never closed: the key of the word after it, first seen */
	int heads;          /* ... and how many different words follow it: 1, or 2 for more */
	double nested_sum;  /* frequencies of longer candidates that contain it */
	long nested_count;
	long nested_max;    /* the most frequent of them */
	long piece_max;     /* ... of those it does not end, or that join two (it is no head there) */
	long name_max;      /* English: ... of those that are names; Chinese: that begin before it, or
			     * add one character after it (name_independence) */
	int institution;    /* English: a name of several words ending in a common noun (institution_name) */
	double cvalue;
	double rarity;      /* Chinese: how seldom general language writes its words (word_rarity); 0: not yet */
	char *acronym;      /* English: the acronym the text gives for it */
	size_t conj_at;     /* in its key: where a conjunction (和, 与, 及, and) starts, or 0 */
	size_t conj_len;
	int coordination;   /* two candidates more frequent than it, joined (1); or seen once (2) */
	long conjuncts[2];  /* the candidates it joins, or -1 (when conj_at) */
	int placed;         /* English: a kind placed by a name (incidents in the Middle East) */
	int instance;       /* English: a title or common noun of a proper name (king of Egypt) */
	int clause;         /* English: holds, past its first word and after a noun, the past of
			     * a word mostly a verb (States expressed concern): a subject and
			     * its predicate */
	int shared_head;    /* a coordination whose first part has no head of its own: English
			     * (vulnerable and marginalized groups), or Chinese (信息和通信技术) */
	int shared_of;      /* English: one noun "and" a noun "of" a complement, which may be
			     * the first's too (means and methods of warfare); Chinese: a
			     * modifier and a noun "and" one noun, which the modifier may
			     * qualify too (作战手段和方法) */
	int free_modifiers; /* English: adjectives joined before a head, met before other heads too
			     * (regional and national policy mechanisms) */
	long name_tail;     /* English: occurrences that continue a capitalized word (name_piece) */
	int adjectives;     /* English: every content word an adjective (adjectives_only): 1;
			     * not: 2; not asked yet: 0 */
	size_t first_len;   /* bytes of text in its first word */
	size_t last_start;  /* where in text its last word starts */
	long first_bead;
} phrase;

/* One occurrence of a phrase in a segment: which words. */
typedef struct occ {
	uint32_t phrase;
	uint16_t from, to; /* word positions in the segment's side */
} occ;

/* A word of a segment's side. */
typedef struct word {
	const char *text; /* zh: the word; en: the surface form */
	size_t len;
	const char *key;  /* en: the key; zh: = text */
	size_t key_len;
	int inner;
	int initial;      /* en: the first word of the text (its capital says nothing) */
	int nostart;      /* en: mostly a verb: begins no phrase longer than itself */
	int adverb;       /* en: an adverb in -ly that modifies the next word: ends no phrase */
	int post;         /* en: a.i. after a title (dotted_qualifier): begins no phrase, translates nothing */
	int licensed;     /* zh: a function word inside a known term, which only the term joins (的 in 规范的执行) */
	size_t chunk;
} word;

/* Is the English word's key s ("of", "and")? */
static int key_is(const word *w, const char *s)
{
	size_t n = strlen(s);

	return w->key_len == n && !memcmp(w->key, s, n);
}

typedef struct bead {
	long segment;
	long document;
	uint32_t zh_first, zh_count; /* into the occurrence array */
	uint32_t en_first, en_count;
	uint32_t known_first, known_count; /* its known Chinese terms, in x->bead_known */
} bead;

/* A term of the termbase that a segment holds (its terms column), as the
 * extractor reads it: its Chinese key, and the keys of its concept's
 * English terms. An English term has no Chinese key: the Chinese side
 * finds it. */
typedef struct known_term {
	char *zh;
	uint32_t en_first, en_count; /* in x->known_en */
} known_term;

/* Where a known Chinese term stands among a segment's words. */
typedef struct known_place {
	uint32_t term;     /* in x->known */
	uint16_t from, to; /* words [from, to) */
} known_place;

/* A pair of phrases that occur together. */
typedef struct pair {
	uint32_t zh, en;
	uint32_t count;
	float translation;
	uint32_t first_bead;
	uint32_t docs[3];   /* the first documents it was seen in */
	uint8_t n_docs;
	/* In some segment of the pair, the dictionary explains a word of
	 * either side by a whole word of the other language there, not
	 * only by a part of a closed compound (pair_bead). */
	uint8_t heard;
	/* The example's segment is the pair and little else (a heading). */
	uint8_t example_bare;
	/* In some segment, every Chinese word of the pair meets its English
	 * by a sense of its own (not a part's, not ECDICT's): pair_bead. */
	uint8_t own_senses;
	/* The segment shown as its example: the first where the pair is
	 * less than half of the Chinese words, else the first. */
	uint32_t example_bead;
	/* Of count, segments where the English stands as its acronym only. */
	uint32_t acronym_count;
} pair;

/* A short form the Chinese text gives in parentheses after a full form,
 * "联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）": the Han characters
 * before the parenthesis (the full form's end), the short form inside, and
 * the bead that says so (note_short_forms). */
typedef struct zh_short_form {
	char *before, *inside;
	long bead;
} zh_short_form;

typedef struct extractor {
	sy_termbase *tb;
	const sy_lexicon *lex;
	strtab phrase_keys; /* "z:key" / "e:key" */
	phrase *phrases;
	size_t phrases_cap;
	occ *occs;
	size_t n_occs, occs_cap;
	bead *beads;
	size_t n_beads, beads_cap;
	strtab lemmas;        /* English lemmas, as glosses and words meet them */
	strtab zh_words;      /* Chinese word → its gloss lemmas (gloss_first/count) */
	uint32_t *gloss_first, *gloss_count;
	/* Per Chinese word: its glosses [gloss_own, gloss_own + gloss_parts)
	 * are its parts' senses; those before are its own, those after learned. */
	uint32_t *gloss_own, *gloss_parts;
	unsigned char *verb_only; /* per Chinese word: every sense is "to ..." (1), some (2) */
	unsigned char *adverb_only; /* per Chinese word: a manner adverb (zh_adverb): 1; not: 2;
				     * not asked yet: 0 */
	/* Per Chinese word: the most common WordNet senses of its own glosses'
	 * lemmas, [syn_first, + syn_count) in gloss_senses; syn_first is
	 * UINT32_MAX until they are looked up (word_senses). */
	uint32_t *syn_first, *syn_count;
	/* Per Chinese word: where the words of its own glosses begin in
	 * gloss_text, each ending in a NUL and the last in two, plus one; 0
	 * until they are read (own_gloss_words). */
	uint32_t *gloss_text_at;
	util_buf gloss_text;
	size_t gloss_wcap;
	uint32_t *glosses;
	/* Beside each gloss lemma, the sense of the word's own entries it
	 * comes from (1-254, counted on past 254 from 1; SENSE_PART for a
	 * part's; 0: none known, a learned gloss or a Latin word), with
	 * SENSE_ONE_WORD for a sense of one word and SENSE_HEAD for the last
	 * word of its sense, so that a word met twice in one English
	 * phrase can be told met in one sense ("musical instrument") or in
	 * two (交流: "exchange", "contact"). */
	uint16_t *gloss_sense;
	size_t n_glosses, glosses_cap, gloss_sense_cap;
	/* While a word's glosses are read: the sense count of the entry being
	 * walked (walk_gloss), and whether they are the word's own entries
	 * (numbered) or a part's (SENSE_PART). */
	const size_t *walk_senses;
	int own_senses;
	/* Per (Chinese word, English word) of the segment match_words read
	 * last: the senses its glosses met it by (sense_bits). */
	uint32_t *sense_mask;
	size_t sense_mask_cap;
	synonyms_sense *gloss_senses;
	size_t n_gloss_senses, gloss_senses_cap;
	/* What WordNet was asked, kept: a word is asked once, as it reads
	 * its files each time. Gloss lemmas, their most common sense (0:
	 * none) and the head it is similar to (0: none); English keys and their senses, [en_sense_first, +
	 * en_sense_count) in en_senses. */
	strtab gloss_asked;
	synonyms_sense (*gloss_asked_sense)[2]; /* the commonest sense, the head it is similar to */
	size_t gloss_asked_cap;
	strtab en_asked;
	uint32_t *en_sense_first, *en_sense_count;
	size_t en_sense_first_cap, en_sense_count_cap;
	synonyms_sense *en_senses;
	size_t n_en_senses, en_senses_cap;
	pair *pairs;
	size_t n_pairs, pairs_cap;
	uint32_t *pair_slots;
	size_t n_pair_slots;
	strtab docs;          /* document symbols by their id order of meeting */
	strtab verbs;         /* English words CC-CEDICT glosses only as verbs */
	strtab verbs_mostly;  /* ... or mostly */
	long *doc_ids;
	size_t doc_ids_cap;
	long *lemma_head;     /* per lemma: its first slot among a segment's English words */
	unsigned long *lemma_stamp; /* ... valid when equal to match_calls */
	size_t lemma_cap;
	long *slot_next;      /* per English word slot: the next slot of the same lemma */
	size_t slot_next_cap;
	unsigned long match_calls;
	strtab leftovers;     /* "zh word\x1fen lemma" met as neighbours the dictionary misses */
	uint32_t *leftover_beads;  /* how many segments each was met in */
	long *leftover_last;       /* the last segment counted */
	size_t leftover_beads_cap, leftover_last_cap;
	const sy_reference *reference; /* general-language frequencies; may be NULL */
	const sy_endict *endict;       /* English-Chinese dictionary; may be NULL */
	char *const *en_texts;         /* each bead's English as written (scoring) */
	zh_short_form *short_forms;    /* note_short_forms */
	size_t n_short_forms, short_forms_cap;
	/* The termbase's terms that the segments hold, by term id
	 * (known_term_of); each bead's Chinese ones; and where they stand
	 * among the words of the bead being read (find_known). */
	strtab known_ids;
	known_term *known;
	size_t known_cap;
	char **known_en;
	size_t n_known_en, known_en_cap;
	uint32_t *bead_known;
	size_t n_bead_known, bead_known_cap;
	known_place *places_known;
	size_t n_places_known, places_known_cap;
	/* The bits of the bead's match table that only its known terms set
	 * (mark_known), and the rows of a phrase without those of a term it
	 * does not hold whole (phrase_rows). */
	unsigned char *known_bits, *rows;
	size_t known_bits_cap, rows_cap;
	sqlite3_stmt *term_of;
	/* Chinese words the dictionary lacks that the documents write only
	 * before one dictionary word (find_bound_words), and the words they
	 * make joined (read_words). */
	strtab bound_words;
	struct bound_word *bound;
	size_t bound_cap;
	strtab bound_nexts; /* the words the bound ones are bound to (bound_across) */
	strtab joined;
	/* English words asked of WordNet (wordnet_verb), and the answers:
	 * 1 a verb only, 2 not. */
	strtab verbs_asked;
	uint8_t *verb_answer;
	size_t verb_answer_cap;
} extractor;

static long lemma_id(extractor *x, const char *w, size_t n, int add)
{
	char buf[96];
	size_t m = stem(buf, spelling_fold(w, n, buf, sizeof buf));

	return add ? strtab_add(&x->lemmas, buf, m, NULL) : strtab_find(&x->lemmas, buf, m);
}

#define JOINED_MAX 64 /* the longest stem and suffix lemma_id_with joins */

/* The lemma id of w[0..n) followed by tail (a stem and a suffix, as
 * derivation joins them), or -1 when there is none or it is too long. */
static long lemma_id_with(extractor *x, const char *w, size_t n, const char *tail)
{
	char buf[JOINED_MAX];
	size_t tn = strlen(tail);

	if (n + tn > sizeof buf)
		return -1;
	memcpy(buf, w, n);
	memcpy(buf + n, tail, tn);
	return lemma_id(x, buf, n + tn, 0);
}

/* A word of a gloss (low[0..n), a string) as Hunspell lemmatizes it
 * (consequences: consequence); the word itself where Hunspell cannot. */
static const char *gloss_lemma(extractor *x, const char *low, size_t n)
{
	const char *lemma = sy_lemma(x->tb->lm, low, n);

	return lemma ? lemma : low;
}

/* The lemma id of a word of a gloss, as Hunspell lemmatizes it. */
static long gloss_lemma_id(extractor *x, const char *low, size_t n, int add)
{
	const char *l = gloss_lemma(x, low, n);

	return lemma_id(x, l, strlen(l), add);
}

/* In gloss_sense: the sense gives this one word and no other ("event",
 * not "peace settlement"). The sense's number is the low 8 bits. */
#define SENSE_ONE_WORD 0x100
/* In gloss_sense: the last word of its sense ("contact" of "to have social
 * contact", not "wild" of "wild animal"). */
#define SENSE_HEAD 0x200
/* In gloss_sense: a sense of a part of the word (会员国: 国), not its own. */
#define SENSE_PART 0xff
/* In gloss_sense, while add_gloss_words reads one gloss: another name
 * walk_gloss gives for the word before (chairman: chair, president), not
 * a word of the same sense. */
#define SENSE_OTHER_NAME 0x400
/* In sense_mask: met by a sense of one word; met by a part's sense; met as
 * the last word of a sense. The other 29 bits, the senses' numbers. */
#define SENSE_MASK_ONE_WORD 0x80000000u
#define SENSE_MASK_PART 0x40000000u
#define SENSE_MASK_HEAD 0x20000000u
#define SENSE_MASK_FLAGS (SENSE_MASK_ONE_WORD | SENSE_MASK_PART | SENSE_MASK_HEAD)

/* Room for n more glosses, in both arrays. */
static int glosses_grow(extractor *x, size_t n)
{
	return util_grow(&x->glosses, &x->glosses_cap, x->n_glosses + n + 1, sizeof(*x->glosses)) ||
	       util_grow(&x->gloss_sense, &x->gloss_sense_cap, x->n_glosses + n + 1, sizeof(*x->gloss_sense));
}

/* Append lemma id to the glosses, met by sense (0: none known; SIZE_MAX:
 * a part's). */
static int gloss_push(extractor *x, long id, size_t sense)
{
	if (id < 0 || glosses_grow(x, 1))
		return -1;
	x->gloss_sense[x->n_glosses] =
		(uint16_t)(sense == SIZE_MAX ? SENSE_PART : sense ? 1 + (sense - 1) % (SENSE_PART - 1) : 0);
	x->glosses[x->n_glosses++] = (uint32_t)id;
	return 0;
}

static int add_gloss_word(const char *low, size_t n, int other, void *userdata)
{
	extractor *x = userdata;

	if (gloss_push(x, gloss_lemma_id(x, low, n, 1), x->own_senses ? *x->walk_senses : SIZE_MAX))
		return -1;
	if (other && x->gloss_sense[x->n_glosses - 1] && x->gloss_sense[x->n_glosses - 1] != SENSE_PART)
		x->gloss_sense[x->n_glosses - 1] |= SENSE_OTHER_NAME;
	return 0;
}

/* Add the English lemmas of one CC-CEDICT gloss string to the glosses,
 * and mark those of a sense that gives one word only (SENSE_ONE_WORD) and
 * the last word of each sense (SENSE_HEAD). */
static int add_gloss_words(extractor *x, const char *gloss, size_t *senses, size_t *verbs)
{
	size_t start = x->n_glosses, g, h;

	x->walk_senses = senses;
	if (walk_gloss(gloss, senses, verbs, add_gloss_word, x, 0))
		return -1;
	/* Another name takes the marks of the word it names again. */
	for (g = start; g < x->n_glosses; g++) {
		uint16_t sense = x->gloss_sense[g];
		size_t same = 0, after = 0;
		if (!sense || sense == SENSE_PART || (sense & SENSE_OTHER_NAME))
			continue;
		for (h = start; h < x->n_glosses; h++) {
			same += x->gloss_sense[h] == sense;
			after += h > g && x->gloss_sense[h] == sense;
		}
		x->gloss_sense[g] |= (uint16_t)((same == 1 ? SENSE_ONE_WORD : 0) | (!after ? SENSE_HEAD : 0));
		for (h = g + 1; h < x->n_glosses && (x->gloss_sense[h] & SENSE_OTHER_NAME); h++)
			x->gloss_sense[h] = x->gloss_sense[g];
		g = h - 1;
	}
	return 0;
}

static size_t bound_prefix(const extractor *x, const char *w, size_t n);

/* The gloss lemmas of a Chinese word: its own entries, or, when CC-CEDICT
 * lacks it, those of its longest known pieces. Returns the word's index. */
static long word_glosses(extractor *x, const char *w, size_t n)
{
	int added;
	long id = strtab_add(&x->zh_words, w, n, &added);
	const char *g[16];
	char num[24];
	size_t k, i, at, kind;

	if (id < 0 || !added)
		return id;
	/* The per-word arrays grow together; the capacity moves only when
	 * all of them have. */
	if ((size_t)id >= x->gloss_wcap) {
		size_t cap = x->gloss_wcap ? x->gloss_wcap : 64;
		while (cap <= (size_t)id)
			cap *= 2;
		if (util_resize(&x->gloss_first, cap, sizeof(*x->gloss_first)) ||
		    util_resize(&x->gloss_count, cap, sizeof(*x->gloss_count)) ||
		    util_resize(&x->gloss_own, cap, sizeof(*x->gloss_own)) ||
		    util_resize(&x->gloss_parts, cap, sizeof(*x->gloss_parts)) ||
		    util_resize(&x->verb_only, cap, sizeof(*x->verb_only)) ||
		    util_resize(&x->adverb_only, cap, sizeof(*x->adverb_only)) ||
		    util_resize(&x->syn_first, cap, sizeof(*x->syn_first)) ||
		    util_resize(&x->syn_count, cap, sizeof(*x->syn_count)) ||
		    util_resize(&x->gloss_text_at, cap, sizeof(*x->gloss_text_at)))
			return -1;
		x->gloss_wcap = cap;
	}
	x->verb_only[id] = 0;
	x->adverb_only[id] = 0;
	x->syn_first[id] = UINT32_MAX;
	x->syn_count[id] = 0;
	x->gloss_text_at[id] = 0;
	x->gloss_first[id] = (uint32_t)x->n_glosses;
	if (x->lex) {
		/* Latin words and numbers match themselves. */
		if (!is_han(utf8_next(w, n, &(size_t){0}))) {
			if (gloss_push(x, lemma_id(x, w, n, 1), 0))
				return -1;
		} else if (zh_numbered(w, n, num, sizeof num, &kind) == n) {
			/* A reference (join_numbered): its noun and its number. */
			const char *noun = numbered_kinds[kind].en;
			if (gloss_push(x, gloss_lemma_id(x, noun, strlen(noun), 1), 1) ||
			    gloss_push(x, lemma_id(x, num, strlen(num), 1), 1))
				return -1;
			x->gloss_sense[x->n_glosses - 1] |= SENSE_HEAD;
			x->gloss_own[id] = 2;
		} else {
			size_t whole = sy_lexicon_lookup(x->lex, w, n, g, 16), bound = bound_prefix(x, w, n);
			/* A known word with a bound suffix (全能|者, 行为|体, joined
			 * by join_bound_suffixes) means what the word does: its
			 * senses are the whole's own. */
			if (!whole && n > 6 && IN(zh_bound_suffixes, w + n - 3, 3))
				whole = sy_lexicon_lookup(x->lex, w, n - 3, g, 16);
			x->own_senses = 1;
			if (whole) {
				size_t senses = 0, verbs = 0;
				for (i = 0; i < whole && i < 16; i++)
					if (add_gloss_words(x, g[i], &senses, &verbs))
						return -1;
				x->verb_only[id] = (unsigned char)((senses && verbs == senses) | (verbs ? 2 : 0));
			}
			x->gloss_own[id] = (uint32_t)(x->n_glosses - x->gloss_first[id]);
			x->own_senses = 0;
			/* And its parts, the longest known first: 会员国 is "member
			 * nation" whole, but 国 is also "State". The characters of a
			 * bound word joined to its word (信通|技术, find_bound_words)
			 * are none: 信 is "trust" alone, not in 信通. */
			for (at = 0; at < n;) {
				size_t best = 0, end = at, kk;
				for (kk = 0; kk < 6 && end < n; kk++) {
					utf8_next(w, n, &end);
					if (sy_lexicon_lookup(x->lex, w + at, end - at, NULL, 0))
						best = end;
				}
				if (best == n && at == 0) {
					/* The whole word: its parts are what is inside. */
					size_t e1 = 0;
					utf8_next(w, n, &e1);
					best = 0;
					end = e1;
					for (kk = 0; kk < 5 && end < n; kk++) {
						if (sy_lexicon_lookup(x->lex, w, end, NULL, 0))
							best = end;
						utf8_next(w, n, &end);
					}
					if (!best)
						best = e1;
				}
				if (!best || (at < bound && chars_in(w + at, best - at) < 2)) {
					size_t e1 = at;
					utf8_next(w, n, &e1);
					at = e1;
					continue;
				}
				k = sy_lexicon_lookup(x->lex, w + at, best - at, g, 16);
				for (i = 0; i < k && i < 16; i++) {
					size_t senses = 0, verbs = 0;
					/* A part's senses are none of the whole's: a part
					 * and the whole meeting two English words is how a
					 * compound translates (会员 member, 国 State). */
					if (add_gloss_words(x, g[i], &senses, &verbs))
						return -1;
				}
				at = best;
			}
		}
	}
	x->gloss_count[id] = (uint32_t)(x->n_glosses - x->gloss_first[id]);
	if (!x->lex || !is_han(utf8_next(w, n, &(size_t){0})))
		x->gloss_own[id] = x->gloss_count[id];
	x->gloss_parts[id] = x->gloss_count[id] - x->gloss_own[id];
	return id;
}

/* Is lemma among the glosses of Chinese word wid (word_glosses)? */
static int has_gloss(const extractor *x, long wid, long lemma)
{
	size_t g;

	if (lemma < 0)
		return 0;
	for (g = x->gloss_first[wid]; g < x->gloss_first[wid] + x->gloss_count[wid]; g++)
		if ((long)x->glosses[g] == lemma)
			return 1;
	return 0;
}

/* Add the most common WordNet sense of a gloss word, by its lemma
 * (consequences: consequence), to the current Chinese word's. */
static int add_gloss_sense(const char *low, size_t n, int other, void *userdata)
{
	extractor *x = userdata;
	const char *l = gloss_lemma(x, low, n);
	size_t ln = strlen(l);
	int added;
	long id = strtab_add(&x->gloss_asked, l, ln, &added);
	synonyms_sense *sense;

	(void)other;
	if (id < 0 ||
	    util_grow(&x->gloss_asked_sense, &x->gloss_asked_cap, (size_t)id + 1, sizeof(*x->gloss_asked_sense)))
		return -1;
	sense = x->gloss_asked_sense[id];
	if (added) {
		if (!synonyms_main_sense(l, ln, &sense[0]))
			sense[0] = 0;
		sense[1] = sense[0] ? synonyms_head_of(sense[0]) : 0;
	}
	/* Of en_stop's words, the judging modifiers only (关键 "crucial":
	 * critical), not the light nouns (看法 "view": views). */
	if (!sense[0] || (IN_SET(en_stop, low, n) && !synonyms_adjective(sense[0])))
		return 0;
	if (util_grow(&x->gloss_senses, &x->gloss_senses_cap, x->n_gloss_senses + 2, sizeof(*x->gloss_senses)))
		return -1;
	x->gloss_senses[x->n_gloss_senses++] = sense[0];
	/* An adjective's sense similar to a head meets the head's other
	 * near-synonyms through it (基本 "fundamental": essential). */
	if (sense[1])
		x->gloss_senses[x->n_gloss_senses++] = sense[1];
	return 0;
}

/*
 * The most common WordNet senses of the glosses of Chinese word wid
 * (w[0..n)), looked up the first time it is asked for. Only the word's
 * own senses: a character's sense is loose already (round 17a), and its
 * synonyms would be looser.
 */
static int word_senses(extractor *x, long wid, const char *w, size_t n)
{
	const char *g[16];
	size_t k, i;

	if (x->syn_first[wid] != UINT32_MAX)
		return 0;
	x->syn_first[wid] = (uint32_t)x->n_gloss_senses;
	k = x->lex && is_han(utf8_next(w, n, &(size_t){0})) ? sy_lexicon_lookup(x->lex, w, n, g, 16) : 0;
	for (i = 0; i < k && i < 16; i++) {
		size_t senses = 0, verbs = 0;
		if (walk_gloss(g[i], &senses, &verbs, add_gloss_sense, x, 1))
			return -1;
	}
	x->syn_count[wid] = (uint32_t)(x->n_gloss_senses - x->syn_first[wid]);
	return 0;
}

/* The WordNet senses of English key key[0..n): its most common one, and
 * those of the words derivationally related to it or that it pertains to
 * (synonyms_senses_of); *first and *count in x->en_senses. 0 or -1. */
static int en_senses_of(extractor *x, const char *key, size_t n, size_t *first, size_t *count)
{
	enum { MAX_SENSES = 40 };
	int added;
	long id = strtab_add(&x->en_asked, key, n, &added);

	if (id < 0 ||
	    util_grow(&x->en_sense_first, &x->en_sense_first_cap, (size_t)id + 1, sizeof(*x->en_sense_first)) ||
	    util_grow(&x->en_sense_count, &x->en_sense_count_cap, (size_t)id + 1, sizeof(*x->en_sense_count)))
		return -1;
	if (added) {
		if (util_grow(&x->en_senses, &x->en_senses_cap, x->n_en_senses + MAX_SENSES, sizeof(*x->en_senses)))
			return -1;
		x->en_sense_first[id] = (uint32_t)x->n_en_senses;
		x->en_sense_count[id] = (uint32_t)synonyms_senses_of(key, n, x->en_senses + x->n_en_senses, MAX_SENSES);
		x->n_en_senses += x->en_sense_count[id];
	}
	*first = x->en_sense_first[id];
	*count = x->en_sense_count[id];
	return 0;
}

/* Does WordNet relate English word e (or a word of its hyphenated key) to
 * a gloss of Chinese word wid (w[0..n)): is the gloss's most common sense
 * the English word's too, or one of a word WordNet relates to it by
 * derivation (thematic: theme) or that it pertains to? 1, 0 or -1. The
 * English side is asked first: where WordNet lacks the word, the Chinese
 * word's glosses need not be looked up. */
static int synonym_meets(extractor *x, long wid, const char *w, size_t n, const word *e)
{
	size_t sp = 0, end, first, count, i, g;

	while (sp < e->key_len) {
		for (end = sp; end < e->key_len && e->key[end] != ' '; end++)
			;
		if (en_senses_of(x, e->key + sp, end - sp, &first, &count) ||
		    (count && word_senses(x, wid, w, n)))
			return -1;
		for (i = first; i < first + count; i++)
			for (g = x->syn_first[wid]; g < x->syn_first[wid] + x->syn_count[wid]; g++)
				if (x->en_senses[i] == x->gloss_senses[g])
					return 1;
		sp = end + 1;
	}
	return 0;
}

/* Is the English word the past form of a word mostly a verb (marked to
 * begin no phrase, in -ed: provided, expressed)? */
static int past_of_verb(const word *w)
{
	return w->nostart && w->len > 4 && !memcmp(w->text + w->len - 2, "ed", 2);
}

/* Does WordNet know the English word text[0..n) only as a verb
 * (synonyms_only_verb)? Asked once a word. 1, 0, or -1 when out of
 * memory. */
static int wordnet_verb(extractor *x, const char *text, size_t n)
{
	int added;
	long id = strtab_add(&x->verbs_asked, text, n, &added);

	if (id < 0 || util_grow(&x->verb_answer, &x->verb_answer_cap, (size_t)id + 1, 1))
		return -1;
	if (added)
		x->verb_answer[id] = synonyms_only_verb(text, n) ? 1 : 2;
	return x->verb_answer[id] == 1;
}

/* Is the English word a verb's present in -s that WordNet knows only as a
 * verb (protects, applies), after a noun the predicate of a clause
 * (international humanitarian law protects humanitarian organizations;
 * round 73)? 1, 0, or -1 when out of memory. */
static int present_verb(extractor *x, const word *w)
{
	if (w->inner || w->len < 4 || w->text[w->len - 1] != 's' || w->text[w->len - 2] == 's' ||
	    w->text[0] < 'a' || w->text[0] > 'z')
		return 0;
	return wordnet_verb(x, w->text, w->len);
}

/* Parse one side's chunks into words. Acronym lines fill acr/acr_reach
 * (the acronym given for the words ending at acr_end). */
typedef struct acr_note {
	const char *text;
	size_t len;
	size_t end, reach; /* words [end - reach, end) */
} acr_note;

static int parse_chunks(const char *s, int en, word **words, size_t *n, size_t *cap, acr_note **acrs,
			size_t *n_acrs, size_t *acr_cap)
{
	size_t chunk = 0;

	*n = 0;
	if (n_acrs)
		*n_acrs = 0; /* Chinese chunks have no acronym lines: NULL there */
	while (*s) {
		const char *line_end = strchr(s, '\n');
		const char *p = s;
		if (!line_end)
			line_end = s + strlen(s);
		if (en && *s == '@') {
			const char *sep = memchr(s, '\x1f', (size_t)(line_end - s));
			if (sep && *n &&
			    !util_grow(acrs, acr_cap, *n_acrs + 1, sizeof(**acrs))) {
				acr_note *a = &(*acrs)[(*n_acrs)++];
				a->text = s + 1;
				a->len = (size_t)(sep - s - 1);
				a->end = *n;
				a->reach = (size_t)strtoul(sep + 1, NULL, 10);
			}
			s = *line_end ? line_end + 1 : line_end;
			continue;
		}
		while (p < line_end) {
			const char *tab = memchr(p, '\t', (size_t)(line_end - p));
			const char *w_end = tab ? tab : line_end;
			word *w;
			if (util_grow(words, cap, *n + 1, sizeof(**words)))
				return -1;
			w = &(*words)[(*n)++];
			w->inner = *p == '~';
			if (w->inner)
				p++;
			w->licensed = !en && w->inner && *p == '%';
			if (w->licensed)
				p++;
			w->initial = *p == '^';
			if (w->initial)
				p++;
			w->adverb = *p == '=';
			if (w->adverb)
				p++;
			w->nostart = *p == '!';
			if (w->nostart)
				p++;
			w->post = en && *p == '+';
			if (w->post)
				p++;
			w->text = p;
			w->chunk = chunk;
			if (en) {
				const char *sep = memchr(p, '\x1f', (size_t)(w_end - p));
				w->len = sep ? (size_t)(sep - p) : (size_t)(w_end - p);
				w->key = sep ? sep + 1 : p;
				w->key_len = sep ? (size_t)(w_end - sep - 1) : w->len;
			} else {
				w->len = (size_t)(w_end - p);
				w->key = p;
				w->key_len = w->len;
			}
			p = tab ? tab + 1 : w_end;
		}
		chunk++;
		s = *line_end ? line_end + 1 : line_end;
	}
	return 0;
}

static int capitalized(const char *w, size_t n)
{
	return n && ((w[0] >= 'A' && w[0] <= 'Z') || (unsigned char)w[0] >= 0x80);
}

/*
 * Is the English word a year or a span of years (2030, 2021-2025,
 * 2021–2025), which a name may hold: the 2030 Agenda for Sustainable
 * Development, the Open-ended Working Group 2021–2025, the 1540 Committee
 * (a resolution's number, four digits too)? Neither capitalized nor in
 * lower case, it leaves the rest of the name to say whether it is one.
 */
static int year_word(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < 4; i++)
		if (i >= n || w[i] < '0' || w[i] > '9')
			return 0;
	if (n == 4)
		return 1;
	if (w[4] == '-' && n == 9)
		i = 5;
	else if (n == 11 && !memcmp(w + 4, "\xe2\x80\x93", 3)) /* an en dash */
		i = 7;
	else
		return 0;
	for (n = i + 4; i < n; i++)
		if (w[i] < '0' || w[i] > '9')
			return 0;
	return 1;
}

/* Is the English word an inflected form (its key, the lemma, is not the
 * word in lower case: States, Governments)? */
static int inflected(const word *w)
{
	size_t i;

	if (w->key_len != w->len)
		return 1;
	for (i = 0; i < w->len; i++)
		if ((w->text[i] | 0x20) != w->key[i])
			return 1;
	return 0;
}

/*
 * Is the English phrase w[i..j] a kind placed by a name: a noun phrase
 * with a lower-case head, then "in" and a proper name to the end (major
 * cyber incidents in the Middle East, the situation in Africa)? The name
 * says where, not what kind: the term is the phrase before "in", and the
 * name is a pair of its own (中东 / Middle East). A name as a whole
 * (Organization for Security and Cooperation in Europe) has a capital
 * head and is no such phrase; nor is a phrase whose last words are not
 * all capitalized (protection of civilians in armed conflict), nor one
 * whose capitalized words are all plurals of common nouns (cooperation
 * in States: UN style capitalizes State).
 */
static int placed_by_name(const word *w, size_t i, size_t j)
{
	size_t k, m;
	int plain;

	for (k = j; k > i; k--) {
		if (!w[k].inner)
			continue;
		if (key_is(&w[k], "the") || key_is(&w[k], "and"))
			continue;
		/* The locative "in": a proper name after it, a lower-case head
		 * before. Not "of", which makes relational nouns and titles of
		 * their own (king of Israel, members of the Council). */
		if (!key_is(&w[k], "in"))
			return 0;
		for (m = k + 1, plain = 0; m <= j; m++) {
			if (w[m].inner)
				continue;
			if (!capitalized(w[m].text, w[m].len))
				return 0;
			plain |= !inflected(&w[m]);
		}
		if (!plain)
			return 0;
		if (k == j || w[k - 1].inner || w[k - 1].initial || capitalized(w[k - 1].text, w[k - 1].len))
			return 0;
		return 1;
	}
	return 0;
}

/* Does Hunspell know w[0..n) in lower case: a common word, not only a
 * name (Experts, Assembly; not Bashan)? 0 without Hunspell. */
static int known_in_lower_case(const extractor *x, const char *w, size_t n)
{
	char low[64];
	size_t i;

	if (!x->tb->lm || n >= sizeof low)
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] | 0x20 : w[i]);
	low[n] = '\0';
	return sy_lemmatizer_knows(x->tb->lm, low);
}

/*
 * Is the English phrase w[i..j] a title or common noun, "of" and a proper
 * name that ends the phrase (Permanent Representative of Estonia, Prime
 * Minister of the Republic of Estonia, king of Egypt)? It designates an
 * individual, not a general concept (ISO 704): the termbase records the
 * title and the name, each a pair of its own. A proper noun is a word
 * Hunspell knows only capitalized, or not at all (Estonia, Judah); an
 * institution named with common nouns (members of the Security Council,
 * Organization of American States, Charter of the United Nations) is no
 * such name.
 */
static int named_instance(extractor *x, const word *w, size_t i, size_t j)
{
	size_t k, m;
	if (!x->tb->lm || !capitalized(w[j].text, w[j].len) || w[j].len >= 64)
		return 0;
	for (k = i + 1; k < j; k++) {
		if (!w[k].inner || !key_is(&w[k], "of"))
			continue;
		for (m = k + 1; m <= j && (w[m].inner || capitalized(w[m].text, w[m].len)); m++)
			;
		if (m <= j)
			continue; /* not a name to the end: perhaps after a later "of" */
		if (w[k - 1].inner)
			return 0;
		return !known_in_lower_case(x, w[j].text, w[j].len);
	}
	return 0;
}

/*
 * Does the English phrase that begins at w[i] continue a name begun
 * before it: a capitalized word just before, or before of, the, in, for,
 * on (Open-ended | Working Group, Developments in the | Field of
 * Information)? "and" joins two names, and ends the walk (the Security
 * Council and the General Assembly); a capital at a sentence's start
 * says nothing. Nor does a name of two capitalized words or more before
 * "of": "adoption by the General Assembly of the United Nations Convention
 * against Cybercrime" joins two names, where one word before "of" is the
 * head the name after it completes (Group of Governmental Experts,
 * Charter of the United Nations).
 */
static int continues_name(const word *w, size_t i)
{
	size_t k = i;
	int of = 0;

	while (k-- > 0 && w[k].chunk == w[i].chunk) {
		if (!w[k].inner) {
			if (!capitalized(w[k].text, w[k].len) || w[k].initial)
				return 0;
			return !of || k == 0 || w[k - 1].chunk != w[k].chunk || w[k - 1].inner ||
			       !capitalized(w[k - 1].text, w[k - 1].len) || w[k - 1].initial;
		}
		if (key_is(&w[k], "and"))
			return 0;
		of |= key_is(&w[k], "of");
	}
	return 0;
}

/* Count the candidate phrases of one side of a segment; their occurrences
 * are appended to x->occs. */
/* Is Chinese word w one of CC-CEDICT's, two characters or more? */
static int dictionary_word(const extractor *x, const word *w)
{
	return !w->inner && x->lex && chars_in(w->text, w->len) >= 2 &&
	       sy_lexicon_lookup(x->lex, w->text, w->len, NULL, 0) > 0;
}

/*
 * The termbase's term with id id[0..n) (a segment's terms column lists
 * them), read the first time a segment names it: for a Chinese term, its
 * key and the keys of its concept's English terms of its status, or of
 * any where none has it. A preferred term translates the preferred one,
 * an admitted abbreviation the admitted one (信息和通信技术: "information
 * and communication technology"; 信通技术: "ict"). Its index in x->known;
 * -1 when out of memory, -2 when the termbase cannot be read.
 */
static long known_term_of(extractor *x, const char *id, size_t n)
{
	int added, step;
	long k = strtab_add(&x->known_ids, id, n, &added);
	known_term *t;

	if (k < 0 || util_grow(&x->known, &x->known_cap, (size_t)k + 1, sizeof(*x->known)))
		return -1;
	if (!added)
		return k;
	t = &x->known[k];
	t->zh = NULL;
	t->en_first = (uint32_t)x->n_known_en;
	t->en_count = 0;
	sqlite3_bind_int64(x->term_of, 1, strtoll(id, NULL, 10));
	step = sqlite3_step(x->term_of);
	if (step == SQLITE_ROW && !strcmp((const char *)sqlite3_column_text(x->term_of, 0), "zh")) {
		const char *e = (const char *)sqlite3_column_text(x->term_of, 2);
		if (!(t->zh = strdup((const char *)sqlite3_column_text(x->term_of, 1))))
			goto nomem;
		while (e && *e) {
			size_t len = strcspn(e, "\x1f");
			if (len) {
				if (util_grow(&x->known_en, &x->known_en_cap, x->n_known_en + 1, sizeof(*x->known_en)) ||
				    !(x->known_en[x->n_known_en] = strndup(e, len)))
					goto nomem;
				x->n_known_en++;
			}
			e += len + (e[len] != '\0');
		}
		t->en_count = (uint32_t)(x->n_known_en - t->en_first);
	} else if (step != SQLITE_ROW && step != SQLITE_DONE) {
		sqlite3_reset(x->term_of);
		return -2;
	}
	sqlite3_reset(x->term_of);
	return k;
nomem:
	sqlite3_reset(x->term_of);
	return -1;
}

/* Note bead b's known Chinese terms, from its terms column ("[12,345]").
 * 0, -1 (out of memory) or -2 (the termbase cannot be read). */
static int read_bead_known(extractor *x, bead *b, const char *ids)
{
	const char *id;
	size_t digits;

	b->known_first = (uint32_t)x->n_bead_known;
	while ((id = next_term_id(&ids, &digits)) != NULL) {
		long k = known_term_of(x, id, digits);
		if (k < 0)
			return (int)k;
		if (!x->known[k].zh)
			continue;
		if (util_grow(&x->bead_known, &x->bead_known_cap, x->n_bead_known + 1, sizeof(*x->bead_known)))
			return -1;
		x->bead_known[x->n_bead_known++] = (uint32_t)k;
	}
	b->known_count = (uint32_t)(x->n_bead_known - b->known_first);
	return 0;
}

/* How many of the words zw[i..), side by side in one chunk, spell item
 * whole (0: none). Unlike spelt_by, a conjunction may stand inside
 * (信息|~和|通信|技术). */
static size_t spelt_whole(const word *zw, size_t nz, const char *item, size_t i)
{
	size_t n = strlen(item), at = 0, k;

	for (k = i; k < nz && at < n; k++) {
		if (zw[k].chunk != zw[i].chunk || !zw[k].len || zw[k].len > n - at ||
		    memcmp(item + at, zw[k].text, zw[k].len))
			return 0;
		at += zw[k].len;
	}
	return at == n && !zw[i].inner && !zw[k - 1].inner ? k - i : 0;
}

/* Where bead b's known Chinese terms stand among its words zw[0..nz), into
 * x->places_known. 0 or -1. */
static int find_known(extractor *x, const bead *b, const word *zw, size_t nz)
{
	size_t t, i, r;

	x->n_places_known = 0;
	for (t = b->known_first; t < b->known_first + b->known_count; t++) {
		const char *zh = x->known[x->bead_known[t]].zh;
		for (i = 0; i < nz && nz < UINT16_MAX; i++) {
			known_place *pl;
			if (!(r = spelt_whole(zw, nz, zh, i)))
				continue;
			if (util_grow(&x->places_known, &x->places_known_cap, x->n_places_known + 1,
				      sizeof(*x->places_known)))
				return -1;
			pl = &x->places_known[x->n_places_known++];
			pl->term = x->bead_known[t];
			pl->from = (uint16_t)i;
			pl->to = (uint16_t)(i + r);
		}
	}
	return 0;
}

/*
 * Does the Chinese candidate of words [i, j) cut across a known term of
 * its segment: begin inside one and end past it, or begin before it and
 * end inside (技术产品 in 信通技术产品)? What lies inside a term does not:
 * its head may be a term too (信通技术漏洞 in 负责任地报告信通技术漏洞).
 * Nor does a known term, where two cross (网络空间负责任国家行为 and
 * 负责任国家行为规范 in 网络空间负责任国家行为规范框架).
 */
static int cuts_known(const extractor *x, size_t i, size_t j)
{
	size_t k;
	int cuts = 0;

	for (k = 0; k < x->n_places_known; k++) {
		const known_place *pl = &x->places_known[k];
		if (pl->from == i && pl->to == j)
			return 0;
		cuts |= (pl->from < i && i < pl->to && j > pl->to) || (i < pl->from && pl->from < j && j < pl->to);
	}
	return cuts;
}

/*
 * Does the Chinese candidate of words [i, j) hold each function word that
 * a known term joins (word.licensed) inside a whole known term of its
 * segment? 的 and 在 stand in a chunk only because the glossary has 规范的执行
 * and 国际法在网络空间的适用: a piece that holds one without the whole term
 * (国际法在网络空间, 操作的网络空间, where the term, written with 、, is no
 * whole known place) is no phrase of the text. A phrase that holds the
 * whole term and more (网络空间负责任国家行为规范的执行) is.
 */
static int licensed_whole(const extractor *x, const word *w, size_t i, size_t j)
{
	size_t k, t;

	for (k = i; k < j; k++) {
		if (!w[k].licensed)
			continue;
		for (t = 0; t < x->n_places_known; t++) {
			const known_place *pl = &x->places_known[t];
			if (pl->from <= k && k < pl->to && i <= pl->from && pl->to <= j)
				break;
		}
		if (t == x->n_places_known)
			return 0;
	}
	return 1;
}

/* What the documents write after a Chinese word the dictionary lacks. */
typedef struct bound_word {
	const char *next;  /* the word after it, the first time */
	size_t next_len;
	const char *prev;  /* the word before it, the first time */
	size_t prev_len;
	uint32_t count;    /* its occurrences */
	uint8_t varies;    /* another word after it, or none */
	uint8_t varies_before; /* another word before it, or none */
	uint8_t bound;     /* always the same dictionary word after it, twice or more */
	uint8_t bound_after; /* not bound, and always the same dictionary word before it */
} bound_word;

/* A word of two Chinese characters or more, all Han, that the dictionary
 * does not list. */
static int unknown_han_word(const extractor *x, const word *w)
{
	size_t at = 0, chars = 0;

	while (at < w->len) {
		if (!is_han(utf8_next(w->text, w->len, &at)))
			return 0;
		chars++;
	}
	return chars >= 2 && !sy_lexicon_lookup(x->lex, w->text, w->len, NULL, 0);
}

/*
 * Is English phrase p one word that WordNet knows only as a verb (protect,
 * consider, called, opposes)? It names an action, not a concept: its
 * pairs are a Chinese verb's (免受 / protect, 反对 / oppose) or a fragment
 * around one (考虑建立国家 / consider, 加强本国 / strengthen), and none is
 * listed (round 70). A word in -ing may be a noun WordNet lacks (hacking,
 * targeting), and a name (every word capitalized) is a name. Asked only
 * of a phrase about to be listed. 1, 0, or -1 when out of memory.
 */
static int only_verb(extractor *x, const phrase *p)
{
	size_t n = p->en && p->single ? strlen(p->text) : 0;

	if (!n || p->name == 1 || (n > 4 && !strcmp(p->text + n - 3, "ing")))
		return 0;
	return wordnet_verb(x, p->text, n);
}

/*
 * Is Chinese word w[0..n) an adverb of manner: every CC-CEDICT sense an
 * adverb for WordNet, one at least in -ly (故意 "deliberately", "on
 * purpose")? It modifies the verb after it and begins no term: 故意支持 /
 * support ("knowingly support") was listed in three texts (round 75).
 * Not 不再 ("no more", "no longer"), which begins 不再重犯 /
 * non-repetition. Asked once a word (word_glosses' table), of the first
 * words of phrases about to be listed.
 */
static int zh_adverb(extractor *x, const char *w, size_t n)
{
	long id = word_glosses(x, w, n);

	if (id < 0)
		return 0;
	if (!x->adverb_only[id]) {
		const char *g[16];
		size_t k = x->lex ? sy_lexicon_lookup(x->lex, w, n, g, 16) : 0;
		size_t i, manner = 0, others = 0;
		/* Each entry is "/sense/sense/". */
		for (i = 0; i < k && i < 16 && !others; i++) {
			const char *at = g[i];
			while (*at && !others) {
				size_t len;
				at += *at == '/';
				len = strcspn(at, "/");
				if (len) {
					others += !synonyms_only_adverb(at, len);
					manner += len > 2 && !strncmp(at + len - 2, "ly", 2);
				}
				at += len;
			}
		}
		x->adverb_only[id] = k > 0 && k <= 16 && !others && manner ? 1 : 2;
	}
	return x->adverb_only[id] == 1;
}

/* One more occurrence of word w with n beside it (after it or before it,
 * NULL at the text's edge): the first neighbour is kept in *first; *varies
 * is set when one is another, or none in w's chunk. */
static void note_neighbour(const word *w, const word *n, const char **first, size_t *first_len, uint8_t *varies)
{
	if (!n || n->inner || n->chunk != w->chunk)
		*varies = 1;
	else if (!*first) {
		*first = n->text;
		*first_len = n->len;
	} else if (*first_len != n->len || memcmp(*first, n->text, n->len)) {
		*varies = 1;
	}
}

/*
 * The Chinese words the dictionary lacks that the documents write, twice
 * or more, always before the same dictionary word of two characters or
 * more, in the same chunk: 信通 before 技术 (信通技术, "ICTs", an
 * abbreviation of 信息和通信技术 that CC-CEDICT does not have). Such a
 * word is no word of its own but the first part of one the segmenter
 * could not see: the two are read as one (read_words), so that no
 * candidate ends with it (重大信通 / major ICT) or begins with what follows
 * it (技术事件 / ICT incidents), and the word learns its translation from
 * its neighbours as a whole (learn_leftovers). A one-character word after
 * it is most often a suffix (指导|性) or the rest of a name cut short
 * (米吉|多), which the chunker's own rules read. Likewise a word the
 * dictionary lacks that the documents write, twice or more, always after
 * the same dictionary word of two characters or more that the reference
 * tags as a noun (攸关方 after 利益, "interest": 利益攸关方, "stakeholders"):
 * the second part of one word, read with the first (bound_after). Not
 * after an adjective (不同行为体, "different actors"), a free modifier.
 * zh_chunks: the n segments' Chinese chunks. 0 or -1.
 */
static int find_bound_words(extractor *x, char *const *zh_chunks, size_t n, word **zw, size_t *zw_cap)
{
	size_t b, i, nz;

	if (!x->lex)
		return 0;
	for (b = 0; b < n; b++) {
		if (parse_chunks(zh_chunks[b], 0, zw, &nz, zw_cap, NULL, NULL, NULL))
			return -1;
		for (i = 0; i < nz; i++) {
			const word *w = &(*zw)[i], *v = i + 1 < nz ? w + 1 : NULL, *u = i > 0 ? w - 1 : NULL;
			bound_word *bw;
			int added;
			long id;
			if (w->inner || !unknown_han_word(x, w))
				continue;
			id = strtab_add(&x->bound_words, w->text, w->len, &added);
			if (id < 0 || util_grow(&x->bound, &x->bound_cap, (size_t)id + 1, sizeof(*x->bound)))
				return -1;
			bw = &x->bound[id];
			if (added)
				memset(bw, 0, sizeof(*bw));
			bw->count++;
			note_neighbour(w, v, &bw->next, &bw->next_len, &bw->varies);
			note_neighbour(w, u, &bw->prev, &bw->prev_len, &bw->varies_before);
		}
	}
	for (i = 0; i < x->bound_words.count; i++) {
		bound_word *bw = &x->bound[i];
		bw->bound = !bw->varies && bw->count >= 2 && bw->next && chars_in(bw->next, bw->next_len) >= 2 &&
			    sy_lexicon_lookup(x->lex, bw->next, bw->next_len, NULL, 0) > 0;
		bw->bound_after = !bw->bound && !bw->varies_before && bw->count >= 2 && bw->prev &&
				  chars_in(bw->prev, bw->prev_len) >= 2 && !zh_bound_word(bw->prev, bw->prev_len) &&
				  sy_lexicon_lookup(x->lex, bw->prev, bw->prev_len, NULL, 0) > 0 && x->reference &&
				  sy_reference_noun(x->reference, bw->prev, bw->prev_len);
		if (bw->bound && strtab_add(&x->bound_nexts, bw->next, bw->next_len, NULL) < 0)
			return -1;
	}
	return 0;
}

/* The length of the bound word that begins w[0..n), a word read_words
 * joined; 0 when it is none. */
static size_t bound_prefix(const extractor *x, const char *w, size_t n)
{
	size_t at = 0;
	long id;

	if (!x->joined.count || strtab_find(&x->joined, w, n) < 0)
		return 0;
	while (at < n) {
		utf8_next(w, n, &at);
		if (at < n && (id = strtab_find(&x->bound_words, w, at)) >= 0 && x->bound[id].bound)
			return at;
	}
	return 0;
}

/* A segment's words on both sides, as the passes read them. */
typedef struct bead_words {
	word *zw, *ew;
	size_t nz, ne, zw_cap, ew_cap;
	acr_note *acrs;
	size_t n_acrs, acr_cap;
} bead_words;

/*
 * Where the segmenter cut across a bound word (免|受信|通|技术, where 信通
 * is bound before 技术): the bound word's id when the tail of z and the
 * word v after it spell it and the word u after v is its follower, with
 * the tail's length in *tail; -1 when not. 受信 ("to receive a letter")
 * took the 信 of 信通, and 免受信 / protect was listed beside 信通技术 /
 * ICTs (round 69).
 */
static long bound_across(const extractor *x, const word *z, const word *v, const word *u,
			 size_t *tail)
{
	size_t id;

	if (z->inner || v->inner || u->inner || v->chunk != z->chunk || u->chunk != z->chunk ||
	    strtab_find(&x->bound_nexts, u->text, u->len) < 0)
		return -1;
	for (id = 0; id < x->bound_words.count; id++) {
		const bound_word *bw = &x->bound[id];
		const char *b = x->bound_words.words[id];
		size_t n = strlen(b), t;
		if (!bw->bound || bw->next_len != u->len || memcmp(bw->next, u->text, u->len) ||
		    n <= v->len)
			continue;
		t = n - v->len;
		if (t < z->len && !memcmp(z->text + z->len - t, b, t) && !memcmp(v->text, b + t, v->len)) {
			*tail = t;
			return (long)id;
		}
	}
	return -1;
}

/* Make *z the word a[0..an) and b[0..bn) make, as one (信通技术, 利益攸关方),
 * kept in x->joined: 1, 0 when it is too long to join, -1 when out of
 * memory. */
static int join_two(extractor *x, const char *a, size_t an, const char *b, size_t bn, word *z)
{
	char both[2 * ZH_MAX_CHARS * 4];
	long j;

	if (an + bn > sizeof both)
		return 0;
	memcpy(both, a, an);
	memcpy(both + an, b, bn);
	if ((j = strtab_add(&x->joined, both, an + bn, NULL)) < 0)
		return -1;
	z->text = z->key = x->joined.words[j];
	z->len = z->key_len = an + bn;
	return 1;
}

/* Make *z the word bound word id and its follower make, as one (信通技术):
 * as join_two. */
static int join_word(extractor *x, long id, word *z)
{
	const char *b = x->bound_words.words[id];

	return join_two(x, b, strlen(b), x->bound[id].next, x->bound[id].next_len, z);
}

/* Are Chinese words z and v, side by side in one chunk, one word the
 * segmenter cut (find_bound_words): z bound to v after it (信通|技术), or v
 * to z before it (利益|攸关方)? */
static int bound_pair(const extractor *x, const word *z, const word *v)
{
	long id;

	if (z->inner || v->inner || v->chunk != z->chunk)
		return 0;
	if ((id = strtab_find(&x->bound_words, z->text, z->len)) >= 0 && x->bound[id].bound &&
	    v->len == x->bound[id].next_len && !memcmp(v->text, x->bound[id].next, v->len))
		return 1;
	return (id = strtab_find(&x->bound_words, v->text, v->len)) >= 0 && x->bound[id].bound_after &&
	       z->len == x->bound[id].prev_len && !memcmp(z->text, x->bound[id].prev, z->len);
}

/* Join, in the Chinese words of w, each bound word with the word after it,
 * or with the word before it (find_bound_words), and mend a cut across one
 * (bound_across). 0 or -1. */
static int join_bound(extractor *x, bead_words *w)
{
	size_t i, o = 0;

	for (i = 0; i < w->nz; i++) {
		word z = w->zw[i];
		const word *v = i + 1 < w->nz ? &w->zw[i + 1] : NULL;
		size_t tail;
		long id;
		int r;
		if (v && i + 2 < w->nz && (id = bound_across(x, &z, v, &w->zw[i + 2], &tail)) >= 0) {
			/* The head stays a word; the tail, v and the follower
			 * are one, as 信通|技术 is below. */
			word u = w->zw[i + 2];
			if ((r = join_word(x, id, &u)) < 0)
				return -1;
			if (r) {
				z.len = z.key_len = z.len - tail;
				w->zw[o++] = z;
				w->zw[o++] = u;
				i += 2;
				continue;
			}
		}
		if (v && bound_pair(x, &z, v)) {
			if ((r = join_two(x, z.text, z.len, v->text, v->len, &z)) < 0)
				return -1;
			i += (size_t)r;
		}
		w->zw[o++] = z;
	}
	w->nz = o;
	return 0;
}

/* Read bead b's words from its chunks zh and en into w, each bound word
 * joined with the next, and find its known terms. 1 for a runaway
 * segment, left out; 0, or -1 when out of memory. */
static int read_words(extractor *x, size_t b, const char *zh, const char *en, bead_words *w)
{
	if (parse_chunks(zh, 0, &w->zw, &w->nz, &w->zw_cap, NULL, NULL, NULL) ||
	    parse_chunks(en, 1, &w->ew, &w->ne, &w->ew_cap, &w->acrs, &w->n_acrs, &w->acr_cap))
		return -1;
	if (w->nz > 65000 || w->ne > 65000)
		return 1;
	if (x->bound_words.count && join_bound(x, w))
		return -1;
	return find_known(x, &x->beads[b], w->zw, w->nz);
}

/*
 * Whether Chinese word i, one character, stands between a word of its
 * chunk and a conjunction: the tail of the word before (外交联络|点|和),
 * which the segmenter cut off, rather than the first conjunct.
 */
static int conj_tail(const word *w, size_t n, size_t i)
{
	return i > 0 && i + 1 < n && !w[i - 1].inner && w[i - 1].chunk == w[i].chunk && w[i + 1].inner &&
	       w[i + 1].chunk == w[i].chunk && IN(zh_conj, w[i + 1].key, w[i + 1].key_len);
}

static int count_side(extractor *x, int en, const word *w, size_t n, const acr_note *acrs,
		      size_t n_acrs, long bead_index, util_buf *key, util_buf *text)
{
	size_t i, j, a;
	size_t max_words = en ? EN_MAX_WORDS : ZH_MAX_WORDS, max_inner = en ? EN_MAX_INNER : ZH_MAX_INNER;

	for (i = 0; i < n; i++) {
		size_t inner = 0, chars = 0, content = 0;
		int licensed = 0; /* a word of [i, j] only a known term joins */
		if (w[i].inner || w[i].post)
			continue;
		for (j = i; j < n && j < i + max_words && w[j].chunk == w[i].chunk; j++) {
			long id;
			int added;
			phrase *p;
			size_t k, conj_at, conj_len;

			if (w[j].inner) {
				/* "the" only after of, for, in...: Charter of the United
				 * Nations, not guided the conduct; nor after "and",
				 * which there joins two phrases each with its own
				 * article (the Open-ended Working Group and the Groups
				 * of Governmental Experts). */
				if (en && w[j].len == 3 && !strncasecmp(w[j].text, "the", 3) &&
				    (!w[j - 1].inner || key_is(&w[j - 1], "and")))
					break;
				if (++inner > max_inner)
					break;
				licensed |= w[j].licensed;
				continue;
			}
			content++;
			chars += en ? w[j].len : chars_in(w[j].text, w[j].len);
			if (!en && chars > ZH_MAX_CHARS)
				break;
			/* A bound suffix begins no candidate (方对话); a bound prefix
			 * ends none (参与多), nor after a conjunction (普遍性和非,
			 * cut before 歧视性). Only beside a word the dictionary
			 * knows: among characters it does not, 多 and 亚 are
			 * syllables of a name (米吉多, Megiddo). */
			if (!en && j == i && IN(zh_bound_suffixes, w[i].text, w[i].len) && i + 1 < n &&
			    dictionary_word(x, &w[i + 1]))
				break;
			if (!en && j > i && IN(zh_bound_prefixes, w[j].text, w[j].len) &&
			    (w[j - 1].inner || dictionary_word(x, &w[j - 1])))
				continue;
			/* One Chinese character alone is no term; nor is a two-letter word. */
			if (!en && j == i && chars < 2) {
				/* Nor does it begin a coordination after a word of its
				 * chunk, whose tail it is (外交联络|点|和|技术联络点:
				 * 点和技术联络点 is no phrase). */
				if (conj_tail(w, n, i))
					break;
				continue;
			}
			if (en && j == i && w[i].len < 3 && !acronym_like(w[i].text, w[i].len))
				continue;
			/* Nor is a number alone: it names nothing without its word. */
			if (j == i && all_digits(w[i].text, w[i].len))
				continue;
			if (j > i && w[i].nostart)
				break;
			if (en && w[j].adverb)
				continue; /* it modifies what follows */
			if (licensed && !licensed_whole(x, w, i, j + 1))
				continue;
			key->len = 0;
			text->len = 0;
			if (util_buf_add(key, en ? "e:" : "z:", 2))
				return -1;
			conj_at = conj_len = 0;
			for (k = i; k <= j; k++) {
				if (en && k > i && (util_buf_add(key, " ", 1) || util_buf_add(text, " ", 1)))
					return -1;
				if (w[k].inner && !conj_at &&
				    (en ? key_is(&w[k], "and") : IN(zh_conj, w[k].key, w[k].key_len))) {
					conj_at = key->len;
					conj_len = w[k].key_len;
				}
				if (util_buf_add(key, w[k].key, w[k].key_len) ||
				    util_buf_add(text, w[k].text, w[k].len))
					return -1;
			}
			id = strtab_add(&x->phrase_keys, key->s, key->len, &added);
			if (id < 0 || util_grow(&x->phrases, &x->phrases_cap, (size_t)id + 1, sizeof(*x->phrases)))
				return -1;
			p = &x->phrases[id];
			if (added) {
				memset(p, 0, sizeof(*p));
				p->en = en;
				p->text = strndup(text->s, text->len);
				if (!p->text)
					return -1;
				p->text_initial = en && w[i].initial;
				p->units = en ? content : (chars + 1) / 2;
				p->first_len = w[i].len;
				p->conj_at = conj_at;
				p->conj_len = conj_len;
				p->last_start = text->len - w[j].len;
				p->single = i == j;
				p->name = en ? -1 : 0;
				p->last_bead = -1;
				p->last_closed = -1;
				p->first_bead = bead_index;
				/* Not after an adjective or an adverb, which it
				 * follows as a participle (transnational organized
				 * crime, internally displaced persons). */
				for (k = i + 1; en && k <= j && !p->clause; k++) {
					int present = !w[k - 1].inner ? present_verb(x, &w[k]) : 0;
					if (present < 0)
						return -1;
					p->clause = present || (past_of_verb(&w[k]) && !w[k - 1].adverb &&
								!adjective_form(w[k - 1].text, w[k - 1].len));
				}
			} else if (p->text_initial && en && !w[i].initial) {
				char *t = strndup(text->s, text->len);
				if (!t)
					return -1;
				free(p->text);
				p->text = t;
				p->text_initial = 0;
			}
			/* English hyphenates an open compound that modifies a noun
			 * (health-care facilities; health care, the noun): written
			 * open anywhere, the phrase is two words, whichever form
			 * came first, and the term is written open. A hyphenated
			 * word never written open (capacity-building) stays one. */
			if (i != j && p->single) {
				char *t = strndup(text->s, text->len);
				if (!t)
					return -1;
				free(p->text);
				p->text = t;
				p->text_initial = en && w[i].initial;
				p->single = 0;
			}
			if (en && p->name && !w[i].initial) {
				int letters = 0;
				p->name = 1;
				for (k = i; k <= j; k++) {
					if (w[k].inner || year_word(w[k].text, w[k].len))
						continue;
					if (capitalized(w[k].text, w[k].len))
						letters = 1;
					else
						p->name = 0;
				}
				p->name &= letters;
			}
			if (en && !p->placed)
				p->placed = placed_by_name(w, i, j);
			if (en && added)
				p->instance = named_instance(x, w, i, j);
			if (en && !p->acronym) {
				for (a = 0; a < n_acrs; a++)
					if (acrs[a].end == j + 1 && acrs[a].reach == content) {
						p->acronym = strndup(acrs[a].text, acrs[a].len);
						if (!p->acronym)
							return -1;
					}
			}
			/* A noun phrase ends where the chunk does, at a word inside,
			 * or before the past form of a verb, its predicate (the
			 * Institute for Disarmament Research provided). */
			if ((j + 1 == n || w[j + 1].chunk != w[j].chunk || w[j + 1].inner ||
			     (en && past_of_verb(&w[j + 1]))) &&
			    p->last_closed != bead_index) {
				p->last_closed = bead_index;
				p->closed++;
			} else if (en && j + 1 < n && p->heads < 2) {
				uint32_t h = (uint32_t)util_fnv1a(UTIL_FNV_START, w[j + 1].key, w[j + 1].key_len);
				if (!p->heads++)
					p->next_hash = h;
				else if (h == p->next_hash)
					p->heads = 1;
			}
			p->hits++;
			p->cut_hits += !en && cuts_known(x, i, j + 1);
			if (en && continues_name(w, i))
				p->name_tail++;
			if (p->last_bead == bead_index)
				continue; /* counted once a segment */
			p->last_bead = bead_index;
			p->freq++;
			if (util_grow(&x->occs, &x->occs_cap, x->n_occs + 1, sizeof(*x->occs)))
				return -1;
			x->occs[x->n_occs].phrase = (uint32_t)id;
			x->occs[x->n_occs].from = (uint16_t)i;
			x->occs[x->n_occs].to = (uint16_t)(j + 1);
			x->n_occs++;
		}
	}
	return 0;
}

/* The candidate prefix + part[0..n), if there is one, is contained in a
 * longer candidate seen freq times; head: it ends that candidate, and no
 * conjunction joins two there (independence as a head counts the others
 * only). Returns -1 when out of memory. */
static int nested_in(extractor *x, util_buf *key, const char *prefix, const char *part, size_t n,
		     long freq, int head, int name)
{
	long sub;

	key->len = 0;
	if (util_buf_add(key, prefix, 2) || util_buf_add(key, part, n))
		return -1;
	sub = strtab_find(&x->phrase_keys, key->s, key->len);
	if (sub >= 0) {
		phrase *q = &x->phrases[sub];
		q->nested_sum += (double)freq;
		q->nested_count++;
		if (freq > q->nested_max)
			q->nested_max = freq;
		if (!head && freq > q->piece_max)
			q->piece_max = freq;
		if (name && freq > q->name_max)
			q->name_max = freq;
	}
	return 0;
}

static int zh_verb(extractor *x, const char *w, size_t n);
static int act_verb(extractor *x, const char *w, size_t n);

/* C-value (Frantzi, Ananiadou and Mima 2000): a candidate's frequency, less
 * the mean frequency of the longer candidates it is part of, weighted by its
 * length. Each candidate's sub-phrases are found again by their keys. */
static int cvalues(extractor *x)
{
	size_t id;
	util_buf key = {NULL, 0, 0};

	for (id = 0; id < x->phrase_keys.count; id++) {
		const char *k = x->phrase_keys.words[id];
		phrase *p = &x->phrases[id];
		size_t klen = strlen(k), a, b;

		if (p->single)
			continue;
		if (p->en) {
			/* Sub-phrases: runs of whole words of the key. */
			const char *body = k + 2;
			size_t blen = klen - 2;
			for (a = 0; a < blen; a++) {
				if (a && body[a - 1] != ' ')
					continue;
				for (b = a + 1; b <= blen; b++) {
					if (b < blen && body[b] != ' ')
						continue;
					if (a == 0 && b == blen)
						continue;
					if (nested_in(x, &key, "e:", body + a, b - a, p->freq,
						      b == blen && !p->conj_at, p->name == 1))
						goto nomem;
				}
			}
		} else {
			/* Sub-strings on character boundaries. */
			const char *body = k + 2;
			size_t blen = klen - 2;
			for (a = 0; a < blen;) {
				size_t a2 = a;
				utf8_next(body, blen, &a2);
				for (b = a2; b <= blen;) {
					if (!(a == 0 && b == blen) &&
					    nested_in(x, &key, "z:", body + a, b - a, p->freq,
						      b == blen && !p->conj_at,
						      a > 0 || chars_in(body + b, blen - b) == 1))
						goto nomem;
					if (b == blen)
						break;
					utf8_next(body, blen, &b);
				}
				a = a2;
			}
		}
	}
	/* A coordination of two candidates that each stand alone more often
	 * (区域和国家, confidence-building measures and capacity-building) is two
	 * terms, not one; 国际和平与安全 stays whole, as 国际和平 never stands
	 * without it. Seen once, nothing shows a coordination to be a fixed
	 * pair (基础设施和数字服务): it is taken for two. */
	for (id = 0; id < x->phrase_keys.count; id++) {
		phrase *p = &x->phrases[id];
		const char *k = x->phrase_keys.words[id];
		size_t klen = strlen(k), a_end, b_start;
		long a, b;
		if (!p->conj_at)
			continue;
		p->conjuncts[0] = p->conjuncts[1] = -1;
		a_end = p->conj_at - (p->en ? 1 : 0);
		b_start = p->conj_at + p->conj_len + (p->en ? 1 : 0);
		if (a_end <= 2 || b_start >= klen)
			continue;
		key.len = 0;
		if (util_buf_add(&key, k, a_end))
			goto nomem;
		a = strtab_find(&x->phrase_keys, key.s, key.len);
		key.len = 0;
		if (util_buf_add(&key, k, 2) || util_buf_add(&key, k + b_start, klen - b_start))
			goto nomem;
		b = strtab_find(&x->phrase_keys, key.s, key.len);
		p->conjuncts[0] = a;
		p->conjuncts[1] = b;
		if (a >= 0 && b >= 0 && x->phrases[a].freq > p->freq && x->phrases[b].freq > p->freq)
			p->coordination = 1;
		else if (a >= 0 && b >= 0 && p->freq < 2)
			p->coordination = 2;
		p->shared_head = p->en && a >= 0 && x->phrases[a].single &&
				 adjective_form(x->phrases[a].text, strlen(x->phrases[a].text));
		p->shared_of = a >= 0 && b >= 0 &&
			       (p->en ? x->phrases[a].single && strstr(x->phrase_keys.words[b], " of ") != NULL
				      : !x->phrases[a].single && x->phrases[b].single &&
						!zh_verb(x, x->phrases[a].text, x->phrases[a].first_len));
		/* A Chinese first conjunct of one word that makes a dictionary
		 * word with the end of the second (信息|和|通信技术: 信息技术, as
		 * 通信技术 is): the two share that head, and the whole is one
		 * term (information and communications technologies). The end:
		 * two characters or more, and less than the whole second. */
		if (!p->en && a >= 0 && b >= 0 && x->phrases[a].single && x->lex) {
			const char *ta = x->phrases[a].text, *tb = x->phrases[b].text;
			size_t an = strlen(ta), bn = strlen(tb), at = 0;
			char both[128];
			utf8_next(tb, bn, &at);
			for (; at < bn && !p->shared_head && an + bn - at < sizeof both; utf8_next(tb, bn, &at)) {
				if (chars_in(tb + at, bn - at) < 2)
					break;
				memcpy(both, ta, an);
				memcpy(both + an, tb + at, bn - at);
				p->shared_head = sy_lexicon_lookup(x->lex, both, an + bn - at, NULL, 0) > 0;
			}
		}
		/* Adjectives joined before one head are one term only when they
		 * go with that head: "regional and national" met before levels,
		 * discussions and policy mechanisms is a free modifier, each whole
		 * a free combination (lowered after selection); "vulnerable and
		 * marginalized" goes with groups alone. */
		if (p->shared_head) {
			size_t mod_end = b_start + strcspn(k + b_start, " ");
			long mod = mod_end < klen ? strtab_find(&x->phrase_keys, k, mod_end) : -1;
			p->free_modifiers = mod >= 0 && x->phrases[mod].freq > p->freq;
		}
	}
	for (id = 0; id < x->phrase_keys.count; id++) {
		phrase *p = &x->phrases[id];
		double f = (double)p->freq;
		if (p->nested_count)
			f -= p->nested_sum / (double)p->nested_count;
		p->cvalue = log2(1.0 + (double)p->units) * f;
	}
	free(key.s);
	return 0;
nomem:
	free(key.s);
	return -1;
}

/*
 * How seldom general language writes the words of a Chinese phrase: the
 * geometric mean over its words of 1 / (f + 1), f a word's count in the
 * general-language reference (a word it does not list counts 0). Between
 * pairs of equal score, the one of rarer words first: 汇编 ("to compile",
 * 286 in the reference), 辩论 ("debate", 474) name a field's things where
 * 经济 (48,718), 过去 (17,444) and 复杂 (6,117) are everyday words
 * (经济价值, 过去十年, 复杂因素). 1 for all without a reference.
 */
static double word_rarity(const extractor *x, const word *w, size_t from, size_t to)
{
	double log_sum = 0;
	size_t i, n = 0;

	if (!x->reference)
		return 1;
	for (i = from; i < to; i++) {
		if (w[i].inner)
			continue;
		log_sum -= log(1.0 + sy_reference_frequency(x->reference, w[i].text, w[i].len));
		n++;
	}
	return n ? exp(log_sum / (double)n) : 1;
}

static int pair_slot_grow(extractor *x)
{
	size_t n = x->n_pair_slots ? x->n_pair_slots * 2 : 4096, i;
	uint32_t *slots = calloc(n, sizeof(*slots));

	if (!slots)
		return -1;
	for (i = 0; i < x->n_pairs; i++) {
		uint64_t h = ((uint64_t)x->pairs[i].zh * 0x9E3779B97F4A7C15ULL) ^ x->pairs[i].en;
		size_t s = (size_t)(h * 0xff51afd7ed558ccdULL >> 17) & (n - 1);
		while (slots[s])
			s = (s + 1) & (n - 1);
		slots[s] = (uint32_t)i + 1;
	}
	free(x->pair_slots);
	x->pair_slots = slots;
	x->n_pair_slots = n;
	return 0;
}

static pair *pair_get(extractor *x, uint32_t zh, uint32_t en, int *added)
{
	uint64_t h = ((uint64_t)zh * 0x9E3779B97F4A7C15ULL) ^ en;
	size_t s, mask;

	*added = 0;
	if ((x->n_pairs + 1) * 2 > x->n_pair_slots && pair_slot_grow(x))
		return NULL;
	mask = x->n_pair_slots - 1;
	s = (size_t)(h * 0xff51afd7ed558ccdULL >> 17) & mask;
	while (x->pair_slots[s]) {
		pair *p = &x->pairs[x->pair_slots[s] - 1];
		if (p->zh == zh && p->en == en)
			return p;
		s = (s + 1) & mask;
	}
	if (util_grow(&x->pairs, &x->pairs_cap, x->n_pairs + 1, sizeof(*x->pairs)))
		return NULL;
	x->pair_slots[s] = (uint32_t)x->n_pairs + 1;
	memset(&x->pairs[x->n_pairs], 0, sizeof(pair));
	x->pairs[x->n_pairs].zh = zh;
	x->pairs[x->n_pairs].en = en;
	x->pairs[x->n_pairs].translation = -1;
	*added = 1;
	return &x->pairs[x->n_pairs++];
}

/* How a Chinese word's gloss met an English word: the word or a lemma of
 * it (health-care: care), or only a part of a closed compound. */
enum { MATCH_WORD = 1, MATCH_TAIL = 2, MATCH_HEAD = 4, MATCH_OWN = 8 };
/* The ways a match is made, without MATCH_OWN (which says by which sense). */
#define MATCH_HOW (MATCH_WORD | MATCH_TAIL | MATCH_HEAD)

/* The same English word, whatever its case (the first "first" and the
 * "First" of First Committee). */
static int same_key(const word *a, const word *b)
{
	return a->key_len == b->key_len && !strncasecmp(a->key, b->key, a->key_len);
}

/* Is English word w "and" or "or", inside a chunk? */
static int conjunction(const word *w)
{
	return w->inner && (key_is(w, "and") || key_is(w, "or"));
}

/* Are a and b hyphenated words of the same last part (confidence-building,
 * capacity-building: "build")? */
static int same_last_part(const word *a, const word *b)
{
	const char *pa = memrchr(a->key, ' ', a->key_len), *pb = memrchr(b->key, ' ', b->key_len);
	size_t na, nb;

	if (!pa || !pb)
		return 0;
	na = a->key_len - (size_t)(pa - a->key);
	nb = b->key_len - (size_t)(pb - b->key);
	return na == nb && !strncasecmp(pa, pb, na);
}

/* Does the row meet, in ew[from..to), a word of the same key as ew[k], or
 * a hyphenated word of the same last part (the "building" of
 * confidence-building measures and capacity-building)? */
static int meets_key_inside(const word *ew, const unsigned char *row, size_t from, size_t to, size_t k)
{
	size_t j;

	for (j = from; j < to; j++)
		if (!ew[j].inner && row[j] && (same_key(&ew[j], &ew[k]) || same_last_part(&ew[j], &ew[k])))
			return 1;
	return 0;
}

/* Past the conjunction ew[c], before it (step -1) or after it (+1), in the
 * chunk of ew[c], does the row meet a word of the same key as one it meets
 * inside ew[from..to), among the words it meets there in a run? */
static int conjunct_repeats(const word *ew, size_t ne, const unsigned char *row, size_t from, size_t to,
			    size_t c, int step)
{
	size_t k;

	for (k = c + (size_t)step; k < ne && ew[k].chunk == ew[c].chunk && (ew[k].inner || row[k]);
	     k += (size_t)step)
		if (!ew[k].inner && meets_key_inside(ew, row, from, to, k))
			return 1;
	return 0;
}

/*
 * How many words just outside the English phrase ew[from..to), in its
 * chunk, the Chinese word whose matches are row[] also explains: a phrase
 * that holds part of what one Chinese word says, and leaves the rest next
 * to it, has the wrong edge (安全理事会 / Council beside "Security"). Not
 * past "and" or "or" to a conjunct that says again what the phrase does
 * (a word of the same key met inside too): that conjunct is one of its
 * own (发展中国家, "developing country", meets the "developed countries"
 * of "least developed countries and small island developing States").
 * A conjunct that says the rest of the Chinese word counts (金银, "gold
 * and silver", for "thy silver and thy gold").
 */
static size_t explained_outside(const word *ew, size_t ne, const unsigned char *row, size_t from,
				size_t to)
{
	size_t n = 0, j;

	for (j = from; j-- > 0 && ew[j].chunk == ew[from].chunk && (ew[j].inner || row[j]);) {
		if (conjunction(&ew[j]) && conjunct_repeats(ew, ne, row, from, to, j, -1))
			break;
		n += row[j] && !ew[j].inner;
	}
	for (j = to; j < ne && ew[j].chunk == ew[to - 1].chunk && (ew[j].inner || row[j]); j++) {
		if (conjunction(&ew[j]) && conjunct_repeats(ew, ne, row, from, to, j, 1))
			break;
		n += row[j] && !ew[j].inner;
	}
	return n;
}

/* Does the row match the English word just before "of" just before
 * ew[from], in its chunk ("field" of "field of information security")? */
static int head_before_of(const word *ew, const unsigned char *row, size_t from)
{
	return from >= 2 && ew[from - 1].inner && key_is(&ew[from - 1], "of") &&
	       ew[from - 2].chunk == ew[from].chunk && ew[from - 1].chunk == ew[from].chunk && !ew[from - 2].inner &&
	       row[from - 2];
}

/*
 * Do count Chinese words translate English word j more times than the
 * English writes it outside the phrase ew[from..to), written being how
 * often it writes it in all? Then the word is theirs, not the phrase's
 * (首次 is the "first" of "the first time", not of "First Committee").
 * written is 0 for a word left uncounted (a numeral): never.
 */
static int outnumbers_outside(const word *ew, size_t from, size_t to, size_t j, size_t count, size_t written)
{
	size_t k, inside = 0;

	for (k = from; k < to; k++)
		inside += same_key(&ew[k], &ew[j]);
	return inside <= written && count > written - inside;
}

static size_t place_spelt_at(const extractor *x, const known_place *pl, const word *ew, size_t ne, size_t s);

/* Does known place pl's term have an English term spelt whole in ew
 * over word j? */
static int place_spells(const extractor *x, const known_place *pl, const word *ew, size_t ne, size_t j)
{
	size_t s;

	for (s = 0; s <= j; s++)
		if (j < s + place_spelt_at(x, pl, ew, ne, s))
			return 1;
	return 0;
}

/* Is Chinese word i inside a known term of two words or more? */
static int in_known_term(const extractor *x, size_t i)
{
	size_t k;

	for (k = 0; k < x->n_places_known; k++)
		if (x->places_known[k].from <= i && i < x->places_known[k].to &&
		    x->places_known[k].to - x->places_known[k].from >= 2)
			return 1;
	return 0;
}

/*
 * Is English word j, which the Chinese phrase zw[zfrom..zto) explains only
 * through a part's sense, translated by Chinese words outside the phrase
 * by senses of their own, more of them than the English writes the word
 * outside its phrase ew[efrom..eto)? Only a word whose every match in the
 * English is that word counts: 国家 beside "countries" is their
 * translation, whatever else it glosses. So does a known term of the
 * termbase outside the phrase whose English, spelt whole, holds the word
 * (联络点, "points of contact", holds the "contact" of contact for the
 * exchange of information): a terminologist's entry translates its words
 * as one, and the term counts once, for all its words.
 */
static int claimed_whole(const extractor *x, const word *zw, size_t nz, const word *ew, size_t ne,
			 const unsigned char *match, size_t zfrom, size_t zto, size_t efrom, size_t eto, size_t j,
			 size_t written)
{
	size_t i, k, whole = 0;

	/* Each word of the phrase that meets it through a part has a sense
	 * of its own in the English phrase already (专题: "topic"). */
	for (i = zfrom; i < zto; i++) {
		int own = 0;
		if (zw[i].inner || !match[i * ne + j])
			continue;
		for (k = efrom; k < eto && !own; k++)
			own = k != j && !ew[k].inner && (match[i * ne + k] & MATCH_OWN);
		if (!own)
			return 0;
	}
	for (i = 0; i < nz; i++) {
		const unsigned char *row = match + i * ne;
		int only = 1;
		if ((i >= zfrom && i < zto) || zw[i].inner ||
		    (row[j] & (MATCH_WORD | MATCH_OWN)) != (MATCH_WORD | MATCH_OWN))
			continue;
		/* A word of a known term counts with its term, below. */
		only = !in_known_term(x, i);
		for (k = 0; k < ne && only; k++)
			only = !row[k] || same_key(&ew[k], &ew[j]);
		whole += only;
	}
	for (k = 0; k < x->n_places_known; k++) {
		const known_place *pl = &x->places_known[k];
		if (pl->to - pl->from >= 2 && (pl->to <= zfrom || pl->from >= zto) && place_spells(x, pl, ew, ne, j))
			whole++;
	}
	return outnumbers_outside(ew, efrom, eto, j, whole, written);
}

/*
 * Is the English phrase ew[efrom..eto), of two words or more, translated
 * whole by one Chinese word outside the Chinese phrase zw[zfrom..zto), one
 * dictionary sense of its own meeting each of the phrase's words
 * (发展中国家, "developing country"; not a gloss learned from the text),
 * more times than the English writes the phrase outside (its last word
 * counted, as outnumbers_outside does)? Then the
 * English phrase is that word's translation, whatever the phrase's own
 * words meet in it (各国开展 / developing countries: 开展 "to develop", 各国
 * "each country", in "called upon States to pursue capacity-building ...
 * in particular developing countries"). Not a word the phrase holds too:
 * a term written twice is not its own rival.
 */
static int spelt_outside(const extractor *x, const word *zw, size_t nz, const word *ew, size_t ne,
			 const unsigned char *match, size_t zfrom, size_t zto, size_t efrom, size_t eto,
			 size_t written)
{
	size_t i, j, k, words = 0, last = eto, whole = 0;

	for (j = efrom; j < eto; j++)
		if (!ew[j].inner && !ew[j].post) {
			words++;
			last = j;
		}
	if (words < 2)
		return 0;
	for (i = 0; i < nz; i++) {
		uint32_t senses = ~SENSE_MASK_FLAGS; /* the senses that meet every word */
		int all = 1;
		if ((i >= zfrom && i < zto) || zw[i].inner)
			continue;
		for (j = efrom; j < eto && all; j++) {
			if (ew[j].inner || ew[j].post)
				continue;
			senses &= x->sense_mask[i * ne + j];
			all = senses && (match[i * ne + j] & (MATCH_WORD | MATCH_OWN)) == (MATCH_WORD | MATCH_OWN);
		}
		for (k = zfrom; k < zto && all; k++)
			all = !same_key(&zw[k], &zw[i]);
		/* A word of a known term meets all its term's English (mark_known):
		 * that is the term's, not the word's own sense. */
		whole += all && !in_known_term(x, i);
	}
	return whole && outnumbers_outside(ew, efrom, eto, last, whole, written);
}

/* Is English word j the first or the last of phrase ew[from..to) that
 * counts (not a function word inside, nor a possessive's mark)? */
static int en_edge(const word *ew, size_t from, size_t to, size_t j)
{
	size_t k;
	int first = 1, last = 1;

	for (k = from; k < j && first; k++)
		first = ew[k].inner || ew[k].post;
	for (k = j + 1; k < to && last; k++)
		last = ew[k].inner || ew[k].post;
	return first || last;
}

/* Does a conjunction (and, or) stand between English words j and k? */
static int conjoined(const word *ew, size_t j, size_t k)
{
	size_t a = j < k ? j : k, b = j < k ? k : j;

	for (a++; a < b; a++)
		if (conjunction(&ew[a]))
			return 1;
	return 0;
}

/*
 * Does every Chinese word of the phrase zw[zfrom..zto) that meets English
 * word j meet it in a second role: as the last word of a sense of its own,
 * while it meets another word of the English phrase ew[efrom..eto) by a
 * sense of one word that does not give j, with no "and" or "or" between
 * the two (交流 meets "exchange" as "to exchange" and "contact" as "to
 * have social contact"; 事件 "event" and "incident")? One sense that gives
 * both words ("musical instrument", 乐器) is one role; so is a modifier
 * of a sense of several words ("wild" of 野兽's "wild animal", beside
 * "beast"), a part's sense (会员国's 国, "State", beside "member"), and
 * two words conjoined (恐惧, "fear and dread"). A match of no known sense
 * (a learned gloss, ECDICT, a known term) tells nothing, and answers no.
 */
static int second_role(const extractor *x, const word *zw, const word *ew, size_t ne, const unsigned char *match,
		       size_t zfrom, size_t zto, size_t efrom, size_t eto, size_t j)
{
	size_t i, k;
	int any = 0;

	for (i = zfrom; i < zto; i++) {
		uint32_t mj = x->sense_mask[i * ne + j];
		int other = 0;
		if (zw[i].inner || !match[i * ne + j])
			continue;
		if (!(mj & SENSE_MASK_HEAD) || (mj & SENSE_MASK_PART))
			return 0;
		mj &= ~SENSE_MASK_FLAGS;
		for (k = efrom; k < eto && !other; k++) {
			uint32_t mk = x->sense_mask[i * ne + k];
			other = k != j && !ew[k].inner && (match[i * ne + k] & MATCH_OWN) &&
				!same_key(&ew[k], &ew[j]) && (mk & SENSE_MASK_ONE_WORD) && !(mk & mj) &&
				!conjoined(ew, j, k);
		}
		if (!other)
			return 0;
		any = 1;
	}
	return any;
}

static int add_gloss_text(const char *low, size_t n, int other, void *userdata)
{
	util_buf *b = userdata;

	(void)other;
	return util_buf_add(b, low, n) || util_buf_add(b, "", 1);
}

/* Where in x->gloss_text the words of the glosses of Chinese word w's
 * own entries begin, each ending in a NUL, the last in two; SIZE_MAX when
 * out of memory. Read once a word. */
static size_t own_gloss_words(extractor *x, const word *w)
{
	const char *g[16];
	long id = word_glosses(x, w->text, w->len);
	size_t k, i, at;

	if (id < 0)
		return SIZE_MAX;
	if (!x->gloss_text_at[id]) {
		at = x->gloss_text.len;
		k = sy_lexicon_lookup(x->lex, w->text, w->len, g, 16);
		for (i = 0; i < k && i < 16; i++) {
			size_t senses = 0, verbs = 0;
			if (walk_gloss(g[i], &senses, &verbs, add_gloss_text, &x->gloss_text, 0))
				return SIZE_MAX;
		}
		if (util_buf_add(&x->gloss_text, "", 1) || at >= UINT32_MAX)
			return SIZE_MAX;
		x->gloss_text_at[id] = (uint32_t)at + 1;
	}
	return x->gloss_text_at[id] - 1;
}

/*
 * Whether Chinese word zw[1], the last of a phrase and left unexplained,
 * names the class that an English word of [from, to) holds in its suffix,
 * where the Chinese word before it, zw[0], gives the word's stem (row:
 * that word's row of the match table): 伙伴|关系 / partnerships, 伙伴
 * "partner" and 关系 "relationship", and WordNet's partnership is a kind
 * of relationship. Chinese writes as a word of its own the class that an
 * English derivational suffix (-ship, -hood) carries. A sense of zw[1] of
 * its own, a direct hypernym of a noun sense of the English word; the
 * English word a gloss word of zw[0] and three letters or more besides
 * its plural's -s.
 */
static int class_head(extractor *x, const word *zw, const word *ew, const unsigned char *row, size_t from,
		      size_t to)
{
	size_t stems, classes = SIZE_MAX, j;
	const char *g;

	if (!x->lex || !synonyms_available() || (stems = own_gloss_words(x, &zw[0])) == SIZE_MAX)
		return 0;
	for (j = from; j < to; j++) {
		size_t n = ew[j].len - (ew[j].len > 1 && ew[j].text[ew[j].len - 1] == 's');
		int derived = 0;
		if (!row[j] || ew[j].inner || !islower((unsigned char)ew[j].text[0]))
			continue;
		for (g = x->gloss_text.s + stems; *g && !derived; g += strlen(g) + 1)
			derived = n >= strlen(g) + 3 && !strncasecmp(ew[j].text, g, strlen(g));
		if (!derived || (classes == SIZE_MAX && (classes = own_gloss_words(x, &zw[1])) == SIZE_MAX))
			continue;
		for (g = x->gloss_text.s + classes; *g; g += strlen(g) + 1)
			if (synonyms_hypernym_of(ew[j].text, ew[j].len, g, strlen(g)))
				return 1;
	}
	return 0;
}

/* The last word of the English phrase ew[from..to) that pair_bead counts
 * (not an inner word, nor a qualifier after the phrase), or to when none. */
static size_t last_counted(const word *ew, size_t from, size_t to)
{
	size_t k = to;

	while (k > from && (ew[k - 1].inner || ew[k - 1].post))
		k--;
	return k > from ? k - 1 : to;
}

/*
 * Whether the one English word of [from, to) that Chinese word i, zw, a
 * noun, explains (row: its row of the match table) meets it only as a
 * modifier in its senses: never a sense's last word, nor a sense of one
 * word (工作组, "work team, working group", and "work" of "the work of the
 * Working Group"). The English then says what kind of thing, and leaves
 * the thing itself unsaid: the word is explained in half. Not a word with
 * senses "to ...", whose first word is the head (起誓, "to swear an oath":
 * sware); nor a word the English writes with a capital, a name (亚哈,
 * "Ahab, King of Israel").
 */
static int modifiers_only(extractor *x, const word *zw, const word *ew, size_t ne, const unsigned char *row,
			  size_t i, size_t from, size_t to)
{
	size_t j;
	int any = 0;
	long id = word_glosses(x, zw->text, zw->len);

	if (id < 0 || (x->verb_only[id] & 2))
		return 0;
	for (j = from; j < to; j++) {
		uint32_t m;
		if (!row[j] || ew[j].inner)
			continue;
		m = x->sense_mask[i * ne + j];
		if (any++ || (row[j] & MATCH_HOW) != MATCH_WORD || !islower((unsigned char)ew[j].text[0]) ||
		    !(m & ~SENSE_MASK_FLAGS) || (m & (SENSE_MASK_ONE_WORD | SENSE_MASK_HEAD)))
			return 0;
	}
	return any;
}

/*
 * How much a left-over pair whose words WordNet relates explains, against
 * a dictionary gloss's 1 and a bare left-over's 0.5: as much as the gloss.
 * The place says that the two words translate each other, and WordNet
 * that they mean the same; a gloss too is the same in one sense of each
 * word. UN English often writes another word than CC-CEDICT's (关键,
 * "crucial": critical infrastructure; 基本, "basic": essential services),
 * and at 0.75 (to stop 35) such a pair, seen once, ranked below every
 * pair of the dictionary's own words seen once (docs/notes-extract.md,
 * round 114).
 */
#define SYNONYM_CREDIT 1.0

/* The most left-over words on each side for which the left-over rule
 * gives credit. */
#define LEFT_OVERS 2

/*
 * What repetition explains where the dictionary is silent: a pair seen
 * together at least twice and never apart (Dice 1), neither of whose
 * sides has a word the dictionary relates to any whole word of the other
 * language in its segments (names CC-CEDICT lacks, 利沙玛 / Elishama;
 * words it glosses otherwise, 通报人 / briefers). The same credit as a
 * bare left-over's (0.5): the place of two words says that they may
 * translate each other, and so does their recurring together, which by
 * chance is rare. A phrase whose words the dictionary gives to another
 * phrase of the segment gets nothing: recurring verses repeat their
 * free combinations with them (都是按圣 / full of fine flour, where
 * 细面 is the fine flour).
 */
#define REPETITION_CREDIT 0.5

/*
 * Among the words of a pair that the dictionary leaves unexplained on both
 * sides (the left-overs: Chinese words zu[0..n), English words eu[0..n)),
 * those where WordNet puts the English word beside a gloss of the Chinese
 * word (专题 "specific topic" / thematic: topic, theme; theme, thematic):
 * UN English often writes a synonym of the dictionary's word, or the
 * adjective derived from it. One English word for one Chinese word; *zs
 * gets the Chinese words' characters, *es the number of English words. 0
 * or -1.
 */
static int synonym_leftovers(extractor *x, const word *zw, const word *ew, const size_t *zu,
			     const size_t *eu, size_t n, double *zs, double *es)
{
	int taken[LEFT_OVERS] = {0};
	size_t i, j;

	for (i = 0; i < n; i++) {
		const word *z = &zw[zu[i]];
		long wid;
		if (!is_han(utf8_next(z->text, z->len, &(size_t){0})))
			continue;
		wid = word_glosses(x, z->text, z->len);
		if (wid < 0)
			return -1;
		for (j = 0; j < n; j++) {
			int meets;
			if (taken[j])
				continue;
			meets = synonym_meets(x, wid, z->text, z->len, &ew[eu[j]]);
			if (meets < 0)
				return -1;
			if (!meets)
				continue;
			taken[j] = 1;
			*zs += (double)chars_in(z->text, z->len);
			*es += 1;
			break;
		}
	}
	return 0;
}

/*
 * Do the one word left over on each side of a pair sit at different
 * places: at the start of one phrase and not of the other, or at the end
 * of one and not of the other (设施构成 / health-care facilities, where
 * 设施 is the facilities)? A Chinese noun phrase and an English one with
 * no word inside it (of, for, in) put their modifiers before their head
 * in the same order (医疗设施 / health-care facilities), so the two words
 * the dictionary leaves over can be each other's translation only where
 * their places agree. Not for an English word with a capital: a name and
 * its title turn round (亚哈斯王 / king Ahaz, 乍得湖 / Lake Chad); nor for a
 * Chinese verb first and the English word last, a verb and its object
 * against an English compound whose head names the act (割麦子 / wheat
 * harvest, 预防冲突 / conflict prevention). z and e are the left-over
 * words' positions in the segment's sides, z_end and e_end those of the
 * last words of their runs (the same words, where each is one word).
 */
static int leftovers_cross(extractor *x, const word *zw, const occ *zoc, const word *ew, const occ *eoc,
			   size_t z, size_t z_end, size_t e, size_t e_end)
{
	size_t j, zfirst = zoc->from, zlast = zoc->to - 1u;

	if (ew[e].text[0] < 'a' || ew[e].text[0] > 'z')
		return 0;
	for (j = eoc->from; j < eoc->to; j++)
		if (ew[j].inner)
			return 0;
	while (zfirst < zlast && zw[zfirst].inner)
		zfirst++;
	while (zlast > zfirst && zw[zlast].inner)
		zlast--;
	if (z == zfirst && z_end != zlast && e_end == eoc->to - 1u && zh_verb(x, zw[z].text, zw[z].len))
		return 0;
	return (z == zfirst) != (e == eoc->from) || (z_end == zlast) != (e_end == eoc->to - 1u);
}

/*
 * Does a gloss of Chinese word z hold the whole of English word e, every
 * part of a hyphenated one (建立信任, "build confidence", for
 * confidence-building) or its parts written solid? 开放, "open", holds
 * one part of Open-ended only, and says nothing of the word. A word
 * without a hyphen is whole wherever it matches.
 */
static int glosses_whole(extractor *x, const word *z, const word *e)
{
	const char *k = e->key;
	size_t kn = e->key_len, sp, end;
	char joined[JOINED_MAX];
	size_t jn = 0;
	long wid;

	if (!memchr(k, ' ', kn) || (wid = word_glosses(x, z->text, z->len)) < 0)
		return 1;
	for (sp = 0; sp < kn && kn < JOINED_MAX; sp++)
		if (k[sp] != ' ')
			joined[jn++] = k[sp];
	if (kn < JOINED_MAX && has_gloss(x, wid, lemma_id(x, joined, jn, 0)))
		return 1;
	for (sp = 0; sp <= kn; sp = end + 1) {
		for (end = sp; end < kn && k[end] != ' '; end++)
			;
		if (!has_gloss(x, wid, lemma_id(x, k + sp, end - sp, 0)))
			return 0;
	}
	return 1;
}

/* Does a Chinese word's row of matches meet an English word by a sense of
 * its own (MATCH_OWN), not only through one of its characters? */
static int own_match(const unsigned char *row, size_t ne)
{
	size_t j;

	for (j = 0; j < ne; j++)
		if (row[j] & MATCH_OWN)
			return 1;
	return 0;
}

/*
 * Is Chinese word w the 问题 with which UN Chinese names a body by its
 * subject: X问题Y, "Y on X" (毒品和犯罪问题办公室 / Office on Drugs and
 * Crime; 信息和通信技术安全和使用问题不限成员名额工作组 / Open-ended
 * Working Group on security of and in the use of ICTs)? Inside a name,
 * where no English word of the segment is its translation, the English
 * says it, if at all, with "on": it is no word to explain.
 */
static int subject_marker(const word *w)
{
	return w->len == strlen("问题") && !memcmp(w->text, "问题", w->len);
}

/* The runs of left-over words of one side of a pair, word by word: how
 * many, and where the first begins and ends (不限|成员|名额 is one run). */
typedef struct leftover_runs {
	size_t count, first, last;
	int open; /* the word before was left over */
} leftover_runs;

/* The word at position at, left over or not, in its turn. */
static void runs_step(leftover_runs *r, size_t at, int left)
{
	if (left && !r->open && r->count++ == 0)
		r->first = at;
	if (left && r->count == 1)
		r->last = at;
	r->open = left;
}

/* Is English word w a word of a name: capitalized, then in lower case,
 * not at a sentence's start (Open-ended, Working; not ICT, Encourages)? */
static int name_word_of(const word *w)
{
	return w->len > 1 && capitalized(w->text, w->len) && islower((unsigned char)w->text[1]) && !w->initial;
}

/*
 * Is Chinese word w, which nothing in the segment's English explains
 * (heard unset), one a name may be made of: a noun or an adjective by the
 * reference (名额 "quota", 不限 "unlimited"); not a verb (参与), nor a word
 * the reference does not list (得了, before 加利利 in the Bible), nor the 问题
 * that names a body's subject (subject_marker), which the English need not
 * say?
 */
static int unexplained_name_word(const extractor *x, const word *w, unsigned char heard)
{
	return !heard && !subject_marker(w) && x->reference && sy_reference_nominal(x->reference, w->text, w->len);
}

/*
 * The pairs of one segment. match[i * ne + j] says that Chinese word i has
 * a gloss that is English word j (or a part of it: cyberthreats ⊃ threat).
 */
static const unsigned char *phrase_rows(extractor *x, const occ *zoc, const word *zw, const word *ew, size_t ne,
					const unsigned char *match);

/* Does each side of the coordination of Chinese phrase occurrence o (its
 * first 和, 与 or 及) hold a word the dictionary relates to an English word
 * of the segment (heard)? */
static int conjuncts_heard(const word *zw, const occ *o, const unsigned char *heard)
{
	size_t i;
	int before = 0, after = 0, conj = 0;

	for (i = o->from; i < o->to; i++) {
		if (!conj && zw[i].inner && IN(zh_conj, zw[i].text, zw[i].len))
			conj = 1;
		else if (conj)
			after |= heard[i];
		else
			before |= heard[i];
	}
	return before && after;
}

/*
 * Does every English word of ew[from..to) that the phrase's Chinese word
 * at row r meets (zr, a row of ne per word of the phrase, rows of them)
 * without its own sense have another word of the phrase meet it by its
 * own sense?
 */
static int said_by_another(const unsigned char *zr, const word *ew, size_t ne, size_t rows, size_t r,
			   size_t from, size_t to)
{
	size_t j, k;

	for (j = from; j < to; j++) {
		int other = 0;
		if (!zr[r * ne + j] || ew[j].inner)
			continue;
		/* A hyphenated word has parts for two words to meet
		 * (建立信任措施 / confidence-building measures). */
		if ((zr[r * ne + j] & MATCH_OWN) || memchr(ew[j].text, '-', ew[j].len))
			return 0;
		for (k = 0; k < rows && !other; k++)
			other = k != r && (zr[k * ne + j] & (MATCH_WORD | MATCH_OWN)) == (MATCH_WORD | MATCH_OWN);
		if (!other)
			return 0;
	}
	return 1;
}

static int pair_bead(extractor *x, long b, const word *zw, size_t nz, const word *ew, size_t ne,
		     unsigned char *match)
{
	const bead *bd = &x->beads[b];
	size_t zo, eo, i, j;
	/* For each English word, how many Chinese words of the segment have
	 * it for a gloss, and how many times the segment writes it. */
	size_t *zh_glossing = malloc(3 * (ne + 1) * sizeof(*zh_glossing)), *en_written, *zh_whole;
	/* Per word of each side: does the dictionary relate it to any word
	 * of the other side of the segment? And to the whole of one, not only
	 * to a part of a closed compound (whole)? */
	unsigned char *zh_heard = malloc(2 * (nz + ne) + 1), *en_heard, *zh_whole_heard, *en_whole_heard;

	if (!zh_glossing || !zh_heard) {
		free(zh_glossing);
		free(zh_heard);
		return -1;
	}
	en_written = zh_glossing + ne + 1;
	zh_whole = en_written + ne + 1;
	en_heard = zh_heard + nz;
	zh_whole_heard = en_heard + ne;
	en_whole_heard = zh_whole_heard + nz;
	memset(zh_heard, 0, 2 * (nz + ne));
	memset(zh_whole, 0, ne * sizeof(*zh_whole));
	for (i = 0; i < nz; i++)
		for (j = 0; j < ne; j++)
			if (match[i * ne + j]) {
				zh_heard[i] = 1;
				en_heard[j] = 1;
				if (match[i * ne + j] & MATCH_WORD)
					zh_whole_heard[i] = en_whole_heard[j] = 1;
				/* Chinese words whose own sense is the whole English word. */
				zh_whole[j] += (match[i * ne + j] & (MATCH_WORD | MATCH_OWN)) ==
						       (MATCH_WORD | MATCH_OWN) &&
					       !zw[i].inner;
			}
	for (j = 0; j < ne; j++) {
		size_t k;
		int name_word;
		zh_glossing[j] = en_written[j] = 0;
		/* A numeral in lower case bounds a phrase, so the chunks hold
		 * none of the times the segment writes it outside a name (the
		 * first time, the First Committee): uncounted, it is left out. */
		char low[16];
		size_t n = ew[j].key_len < sizeof(low) ? ew[j].key_len : 0;
		for (i = 0; i < n; i++)
			low[i] = (char)tolower((unsigned char)ew[j].key[i]);
		if (ew[j].inner || numeral(low, n))
			continue;
		name_word = name_word_of(&ew[j]);
		for (i = 0; i < nz; i++)
			zh_glossing[j] += (match[i * ne + j] & MATCH_WORD) && !zw[i].inner &&
					  (!name_word || glosses_whole(x, &zw[i], &ew[j]) ||
					   (i > 0 && (match[(i - 1) * ne + j] & MATCH_WORD)) ||
					   (i + 1 < nz && (match[(i + 1) * ne + j] & MATCH_WORD)));
		for (k = 0; k < ne && zh_glossing[j]; k++)
			en_written[j] += same_key(&ew[k], &ew[j]);
	}
	for (zo = bd->zh_first; zo < bd->zh_first + bd->zh_count; zo++) {
		const occ *zoc = &x->occs[zo];
		const phrase *zp = &x->phrases[zoc->phrase];
		/* Its words' rows: zr[(i - zoc->from) * ne + j]. */
		const unsigned char *zr = phrase_rows(x, zoc, zw, ew, ne, match);
		if (!zr) {
			free(zh_glossing);
			free(zh_heard);
			return -1;
		}
		for (eo = bd->en_first; eo < bd->en_first + bd->en_count; eo++) {
			const occ *eoc = &x->occs[eo];
			const phrase *ep = &x->phrases[eoc->phrase];
			double zc = 0, zt = 0, ec = 0, et = 0, tr;
			size_t claimed = 0;
			/* A word of the phrase's chunk just before it, or just after. */
			int word_before = zoc->from > 0 && zw[zoc->from - 1].chunk == zw[zoc->from].chunk &&
					  !zw[zoc->from - 1].inner;
			int word_after = zoc->to < nz && zw[zoc->to].chunk == zw[zoc->to - 1].chunk &&
					 !zw[zoc->to].inner;
			/* The English phrase's last counted word (its head). */
			size_t last = last_counted(ew, eoc->from, eoc->to);
			int added;
			pair *p;

			/* The left-over words, the first LEFT_OVERS of each side. */
			size_t zu_words = 0, eu_words = 0, zu[LEFT_OVERS], eu[LEFT_OVERS];
			leftover_runs z_runs = {0, 0, 0, 0}, e_runs = {0, 0, 0, 0};
			int all_own = 1;

			if (x->phrases[zoc->phrase].rarity == 0)
				x->phrases[zoc->phrase].rarity = word_rarity(x, zw, zoc->from, zoc->to);

			for (i = zoc->from; i < zoc->to; i++) {
				double c;
				size_t in = 0, out = 0;
				int own = 0;
				if (zw[i].inner || (ep->name == 1 && i > zoc->from && i + 1 < zoc->to && !zh_heard[i] &&
						    subject_marker(&zw[i]))) {
					runs_step(&z_runs, i, 0);
					continue;
				}
				c = (double)chars_in(zw[i].text, zw[i].len);
				zt += c;
				/* The number of a name the English writes only in the
				 * phrase's acronym (2019 / COVID-19). */
				if (ep->acronym && ends_in_digits_of(ep->acronym, strlen(ep->acronym), zw[i].text, zw[i].len)) {
					zc += c;
					continue;
				}
				for (j = eoc->from; j < eoc->to; j++) {
					in += zr[(i - zoc->from) * ne + j] && !ew[j].inner;
					own |= !ew[j].inner && (x->sense_mask[i * ne + j] & ~SENSE_MASK_FLAGS);
				}
				/* The phrase's first word, which meets only English words
				 * another word of the phrase translates by a sense of its
				 * own, and meets them by no sense of its own (实施, "to carry
				 * out", meets acts by its character 施, "to act", in
				 * 实施国际不法行为 / internationally wrongful acts, where 行为
				 * is "act"): a verb before its object (CC-CEDICT gives it
				 * as a verb only), which the English says nowhere. */
				if (in && i == zoc->from && i + 1 < zoc->to && !own &&
				    said_by_another(zr, ew, ne, zoc->to - zoc->from, i - zoc->from, eoc->from, eoc->to) &&
				    act_verb(x, zw[i].text, zw[i].len))
					in = 0;
				all_own &= own;
				/* The English words next to the phrase that this same
				 * Chinese word explains: 医疗保健 is "health care", and
				 * "care" alone leaves half of it outside. */
				if (in) {
					out = explained_outside(ew, ne, zr + (i - zoc->from) * ne, eoc->from, eoc->to);
					/* A gloss's modifier alone (modifiers_only), where
					 * the English has no head of its own to say the
					 * rest: a phrase of one word, or the last words of
					 * both phrases (供应链安全问题 / supply chain security:
					 * 安全问题 is "security issue"). Not 医疗队, "medical
					 * team", in medical units. */
					if ((ep->units == 1 || (i + 1 == zoc->to && last < eoc->to && zr[(i - zoc->from) * ne + last])) &&
					    modifiers_only(x, &zw[i], ew, ne, zr + (i - zoc->from) * ne, i, eoc->from, eoc->to))
						c *= 0.5;
					zc += c * (double)in / (double)(in + out);
				} else if (i + 1 == zoc->to &&
					   head_before_of(ew, zr + (i - zoc->from) * ne, eoc->from)) {
					/* The Chinese phrase's head, whose translation the
					 * English writes before the phrase, joined by "of"
					 * (信息安全领域 / information security, where the
					 * English writes "field of information security"):
					 * the English is cut short of its head. */
					claimed++;
				} else if (i + 1 == zoc->to && i > zoc->from &&
					   class_head(x, &zw[i - 1], ew, zr + (i - 1 - zoc->from) * ne, eoc->from, eoc->to)) {
					zc += c;
				} else {
					if (zu_words++ < LEFT_OVERS)
						zu[zu_words - 1] = i;
					runs_step(&z_runs, i, 1);
					continue;
				}
				runs_step(&z_runs, i, 0);
			}
			for (j = eoc->from; j < eoc->to; j++) {
				int hit = 0, second;
				if (ew[j].inner || ew[j].post) {
					runs_step(&e_runs, j, 0);
					continue;
				}
				et += 1;
				for (i = zoc->from; i < zoc->to; i++)
					hit |= zr[(i - zoc->from) * ne + j];
				second = hit && (hit & MATCH_OWN) &&
					 second_role(x, zw, ew, ne, match, zoc->from, zoc->to, eoc->from, eoc->to, j);
				/* A closed compound met only by its tail (coronavirus:
				 * virus), while the Chinese word before the phrase is
				 * left out of it (冠状|病毒|病 cut to 病毒病): the head
				 * of the compound is that word's to translate, and the
				 * phrase was cut inside the unit the compound names.
				 * Likewise a head met alone with a word after it. Half
				 * credit: the part is explained, the whole word not. */
				if (((hit & MATCH_HOW) == MATCH_TAIL && word_before) ||
				    ((hit & MATCH_HOW) == MATCH_HEAD && word_after))
					ec += 0.5;
				/* So is a hyphenated word that the Chinese word just
				 * before or after the phrase, left out of it, meets
				 * too (建立|信任措施: the building of confidence-building
				 * measures is 建立's, and the Chinese writes the verb
				 * before its object, the English after); or that the
				 * phrase meets only by a sense of one of its characters
				 * (进, "base of a number system", for consensus-based):
				 * one of its words, by a chance likeness. */
				else if (hit && memchr(ew[j].text, '-', ew[j].len) && strchr(ew[j].key, ' ') &&
					 (!(hit & MATCH_OWN) || (word_before && match[(zoc->from - 1) * ne + j]) ||
					  (word_after && match[zoc->to * ne + j])))
					ec += 0.5;
				/* A word at the phrase's edge that its Chinese word
				 * meets in a second role, beside a word of the phrase
				 * it translates in a first (事件, "event" and
				 * "incident": event of major ICT incidents): the
				 * Chinese says it once, and the English phrase has
				 * taken in a word it says twice. No credit. */
				else if (second && en_edge(ew, eoc->from, eoc->to, j))
					;
				else if (hit)
					ec += 1;
				else if (eu_words++ < LEFT_OVERS)
					eu[eu_words - 1] = j;
				runs_step(&e_runs, j, !hit);
				/* An English word the phrase leaves unexplained, which a
				 * Chinese word outside the phrase translates (各国的网络空间
				 * 行为 / the conduct of States in cyberspace: States is
				 * 各国's): the English holds more than the Chinese says.
				 * It is that word's when the segment has more Chinese
				 * words for it than the English writes it outside the
				 * phrase (首次 is the "first" of "the first time", not of
				 * "First Committee"). A word nothing in the segment
				 * explains is a gap of the dictionary (能力 / capacity),
				 * and tells nothing. */
				if (!hit)
					claimed += outnumbers_outside(ew, eoc->from, eoc->to, j, zh_glossing[j],
								      en_written[j]);
				/* A word the phrase explains only by the sense of one of
				 * its characters (专题 "discussion on the topic": 题,
				 * "problem for discussion"), which a Chinese word outside
				 * the phrase translates by a sense of its own and nothing
				 * else in the English (讨论, "discussion"): the whole
				 * word's sense is the translation, the character's a
				 * chance one. */
				if (hit && !(hit & MATCH_OWN))
					claimed += claimed_whole(x, zw, nz, ew, ne, match, zoc->from, zoc->to, eoc->from,
								 eoc->to, j, en_written[j]);
				/* A word the phrase explains only by a part of it
				 * (international: its tail "national", 国家's nation),
				 * which a Chinese word outside the phrase translates
				 * whole by a sense of its own (国际法, "international
				 * law"): the word is that one's, and its part a chance
				 * likeness. Not where the phrase says both parts, head
				 * and tail (维持和平 for peacekeeping: peace, keeping),
				 * the word whole, whatever 维和 outside says. */
				else if (hit && !(hit & MATCH_WORD) && (hit & MATCH_HOW) != (MATCH_HEAD | MATCH_TAIL) &&
					 zh_whole[j])
					claimed++;
				/* A word the phrase explains by a second sense of a
				 * Chinese word that translates another of its words by
				 * a first (交流, "exchange" and "contact": contact for
				 * the exchange of information), which a word outside
				 * translates and nothing else (联络点, points of
				 * contact): that word's, as above. */
				else if (second)
					claimed += claimed_whole(x, zw, nz, ew, ne, match, zoc->from, zoc->to, eoc->from,
								 eoc->to, j, en_written[j]);
			}
			/* A Chinese coordination against an English phrase that joins
			 * nothing (小岛屿发展中国家和最不发达国家 / small island
			 * developing States, or SIDS; 国际标准化组织和国际电工委员会 /
			 * International Electrotechnical Commission): the Chinese
			 * names two things, the English one, whatever the dictionary
			 * finds of the second in the first (发达国家, "developed
			 * nation", meets developing States by its lemmas). Where each
			 * conjunct has a word the segment's English says: not a
			 * fragment whose first conjunct the chunk cut short (障碍及和平,
			 * of 无障碍及和平, "accessible and peaceful"). */
			if (zp->conj_at && !ep->conj_at && conjuncts_heard(zw, zoc, zh_heard))
				claimed++;
			/* A name whose last word no Chinese word of the segment
			 * explains, where the Chinese word just after the phrase, in
			 * its chunk, explains no English word by a sense of its own
			 * (非洲联盟 / African Union Commission, before 委员会,
			 * "committee"): the Chinese stops short of the word that
			 * most likely names the body, and names another. */
			if (ep->name == 1 && word_after && last < eoc->to && !en_heard[last] &&
			    !own_match(match + zoc->to * ne, ne))
				claimed++;
			/* A word of a name that nothing in the segment explains,
			 * the first the phrase leaves over, where the Chinese word
			 * just before the phrase, in its chunk, is a word of a name
			 * that nothing explains either (名额 before 工作组, with
			 * Open-ended; 成员名额工作组 after 不限): the two most likely
			 * translate each other (CC-CEDICT has no 不限成员名额,
			 * "open-ended"), and the Chinese stops short of the name. */
			if (eu_words && name_word_of(&ew[eu[0]]) && word_before &&
			    unexplained_name_word(x, &zw[zoc->from - 1], zh_heard[zoc->from - 1]))
				claimed++;
			/* Nor does a name's Chinese begin with the 问题 of a subject
			 * (安全和使用问题|不限成员名额工作组): it closes the subject
			 * before it, which the phrase has cut off. */
			if (ep->name == 1 && zoc->to - zoc->from > 1 && subject_marker(&zw[zoc->from]) &&
			    !zh_heard[zoc->from])
				claimed++;
			/* Not a name: its full Chinese and its abbreviation (欧洲安全与
			 * 合作组织, 欧安组织) both translate it, side by side. */
			if (ep->name != 1)
				claimed += spelt_outside(x, zw, nz, ew, ne, match, zoc->from, zoc->to, eoc->from, eoc->to,
							 eoc->to > eoc->from ? en_written[eoc->to - 1] : 0);
			/* Words left over on both sides may well translate each other
			 * where the dictionary is silent (民间 / civil): half credit for
			 * as many as both sides have. In a name, one run of words
			 * side by side on each side, at the same place, whatever
			 * their numbers: the segmenter cuts a name's Chinese the
			 * dictionary lacks into words of its own (不限|成员|名额 for
			 * Open-ended, in the Open-ended Working Group). */
			if ((zc > 0 || ec > 0) &&
			    ((zu_words && zu_words == eu_words && zu_words <= LEFT_OVERS &&
			      !(zu_words == 1 && leftovers_cross(x, zw, zoc, ew, eoc, zu[0], zu[0], eu[0], eu[0]))) ||
			     (ep->name == 1 && z_runs.count == 1 && e_runs.count == 1 &&
			      !leftovers_cross(x, zw, zoc, ew, eoc, z_runs.first, z_runs.last, e_runs.first,
					       e_runs.last)))) {
				/* A left-over pair WordNet relates: SYNONYM_CREDIT. */
				double zs = 0, es = 0;
				if (zu_words == eu_words && zu_words <= LEFT_OVERS &&
				    synonym_leftovers(x, zw, ew, zu, eu, zu_words, &zs, &es)) {
					free(zh_glossing);
					free(zh_heard);
					return -1;
				}
				zc += 0.5 * (zt - zc) + (SYNONYM_CREDIT - 0.5) * zs;
				ec += 0.5 * (et - ec) + (SYNONYM_CREDIT - 0.5) * es;
			}
			zc = zt > 0 ? zc / zt : 0;
			ec = et > 0 ? ec / et : 0;
			tr = zc + ec > 0 && !claimed ? 2 * zc * ec / (zc + ec) : 0;
			/* Without dictionary evidence, only repetition can tell; and
			 * two phrases of very different frequencies cannot be each
			 * other's translation (their Dice is small whatever happens). */
			{
				double lo = (double)(zp->freq < ep->freq ? zp->freq : ep->freq);
				double hi = (double)(zp->freq < ep->freq ? ep->freq : zp->freq);
				if (tr <= 0 && (lo < 2 || lo < 0.5 * hi))
					continue;
				if (lo < 0.1 * hi)
					continue;
			}
			p = pair_get(x, zoc->phrase, eoc->phrase, &added);
			if (!p) {
				free(zh_glossing);
				free(zh_heard);
				return -1;
			}
			if (tr > p->translation)
				p->translation = (float)tr;
			if (tr >= 0.999 && all_own)
				p->own_senses = 1;
			for (i = zoc->from; i < zoc->to && !p->heard; i++)
				p->heard = zh_whole_heard[i] && !zw[i].inner;
			for (j = eoc->from; j < eoc->to && !p->heard; j++)
				p->heard = en_whole_heard[j] && !ew[j].inner;
			if (added)
				p->first_bead = (uint32_t)b;
			/* A heading (安全理事会 / Security Council) shows a term
			 * without its use: the example is the first segment where
			 * the pair is less than half of the Chinese words. */
			{
				int bare = 2 * (size_t)(zoc->to - zoc->from) >= nz;
				if (added || (p->example_bare && !bare)) {
					p->example_bead = (uint32_t)b;
					p->example_bare = (uint8_t)bare;
				}
			}
			p->count++;
			if (p->n_docs < 3) {
				int d, seen = 0;
				for (d = 0; d < p->n_docs; d++)
					seen |= p->docs[d] == (uint32_t)bd->document;
				if (!seen)
					p->docs[p->n_docs++] = (uint32_t)bd->document;
			}
		}
	}
	free(zh_glossing);
	free(zh_heard);
	return 0;
}

/* Is w[0..n) a word, or a combining form, so that a compound may be cut
 * there (cyber|threat, peace|time, dis|information; not respons|ible)?
 * dis- and mis- negate what they prefix, and a Chinese phrase says it in
 * a word of its own (虚假|信息: "false" information). */
static int word_part(extractor *x, const char *w, size_t n)
{
	static const char *const forms[] = {
		"cyber", "multi", "inter", "tele", "video", "micro", "macro", "anti", "counter", "post",
		"self", "super", "trans", "hyper", "info", "techno", "bio", "geo", "eco", "socio", "dis", "mis", "sub",
	};
	char buf[64];

	if (n < 3 || n >= sizeof buf)
		return 0;
	if (IN(forms, w, n))
		return 1;
	memcpy(buf, w, n);
	buf[n] = '\0';
	return n >= 4 && sy_lemmatizer_knows(x->tb->lm, buf);
}

/* A tail that is a suffix more than a word (predict|ability). */
static int suffix_word(const char *w, size_t n)
{
	static const char *const tails[] = {"ability", "ibility", "ation", "ment", "ness", "ship",
					    "hood", "ance", "ence", "able", "ible"};
	return IN(tails, w, n);
}

#define LEARN_ROUNDS 2 /* passes that learn glosses from the segments */
#define ID_SLOTS 5 /* per English word: up to 3 lemmas (hyphens), a compound's tail and head */
#define SLOT_TAIL 3
#define SLOT_HEAD 4

/* What a match in each slot says (MATCH_WORD, MATCH_TAIL, MATCH_HEAD). */
static const unsigned char match_kind[ID_SLOTS] = {MATCH_WORD, MATCH_WORD, MATCH_WORD, MATCH_TAIL,
						   MATCH_HEAD};

/* Does Chinese word row[] match any English word of the segment? */
static int matches_any(const unsigned char *row, size_t ne)
{
	size_t j;

	for (j = 0; j < ne; j++)
		if (row[j])
			return 1;
	return 0;
}

static pair *pair_find(extractor *x, uint32_t zh, uint32_t en)
{
	uint64_t h = ((uint64_t)zh * 0x9E3779B97F4A7C15ULL) ^ en;
	size_t s, mask;

	if (!x->n_pair_slots)
		return NULL;
	mask = x->n_pair_slots - 1;
	s = (size_t)(h * 0xff51afd7ed558ccdULL >> 17) & mask;
	while (x->pair_slots[s]) {
		pair *p = &x->pairs[x->pair_slots[s] - 1];
		if (p->zh == zh && p->en == en)
			return p;
		s = (s + 1) & mask;
	}
	return NULL;
}

/* Does bead bd's English hold phrase en? */
static int bead_has_en(const extractor *x, const bead *bd, uint32_t en)
{
	size_t o;

	for (o = bd->en_first; o < bd->en_first + bd->en_count; o++)
		if (x->occs[o].phrase == en)
			return 1;
	return 0;
}

/*
 * Count the English phrase en once more in bead bd, with each Chinese phrase
 * of the bead it is already paired with, unless the bead's English holds
 * it already; by its acronym, where acronym is set (acronym_freq,
 * acronym_count). Whether it was counted.
 */
static int count_in_bead(extractor *x, const bead *bd, uint32_t en, int acronym)
{
	size_t o;

	if (bead_has_en(x, bd, en))
		return 0;
	x->phrases[en].freq++;
	x->phrases[en].acronym_freq += acronym;
	for (o = bd->zh_first; o < bd->zh_first + bd->zh_count; o++) {
		pair *q = pair_find(x, x->occs[o].phrase, en);
		if (q) {
			q->count++;
			q->acronym_count += (uint32_t)acronym;
		}
	}
	return 1;
}

/* The English phrase of the acronym the text gives for phrase id (ICTs
 * for information and communications technologies), or -1. */
static long acronym_phrase(extractor *x, size_t id)
{
	char *key = NULL, buf[80];
	sy_error err;
	long a;

	if (!x->phrases[id].acronym ||
	    sy_fold_en(x->tb->lm, x->phrases[id].acronym, strlen(x->phrases[id].acronym), &key, &err))
		return -1;
	snprintf(buf, sizeof buf, "e:%s", key);
	free(key);
	a = strtab_find(&x->phrase_keys, buf, strlen(buf));
	return a >= 0 && (size_t)a != id ? a : -1;
}

/*
 * Once a text has said "information and communications technologies
 * (ICTs)", each later ICTs is that term again: the segments where only the
 * acronym stands count for the long form too, with the Chinese phrases it
 * is already paired with (信息和通信技术, which the Chinese repeats whole).
 */
static int acronym_occurrences(extractor *x)
{
	size_t id, b, eo, n = x->phrase_keys.count;
	long *long_of = malloc((n + 1) * sizeof(*long_of));

	if (!long_of)
		return -1;
	for (id = 0; id < n; id++)
		long_of[id] = -1;
	for (id = 0; id < n; id++) {
		long a = acronym_phrase(x, id);
		if (a >= 0)
			long_of[a] = (long)id;
	}
	for (b = 0; b < x->n_beads; b++) {
		const bead *bd = &x->beads[b];
		for (eo = bd->en_first; eo < bd->en_first + bd->en_count; eo++) {
			long L = long_of[x->occs[eo].phrase];
			if (L >= 0)
				count_in_bead(x, bd, (uint32_t)L, 1);
		}
	}
	free(long_of);
	return 0;
}

/* Does CC-CEDICT gloss w[0..n) as a verb only or mostly ("to prevent")? */
static int glossed_verb(const extractor *x, const char *w, size_t n)
{
	return strtab_find(&x->verbs, w, n) >= 0 || strtab_find(&x->verbs_mostly, w, n) >= 0;
}

/*
 * The -ing word of an English phrase, as written, as its verb (preventing
 * → prevent, making → make, planning → plan), when CC-CEDICT glosses that
 * as a verb ("to prevent"); written into base in lower case, its length
 * returned, or 0.
 */
static size_t gerund_verb(const extractor *x, const char *w, size_t n, char *base, size_t size)
{
	size_t stem_len = n - 3, i;

	if (n < 6 || n >= size || memcmp(w + stem_len, "ing", 3))
		return 0;
	for (i = 0; i < stem_len; i++)
		base[i] = (char)tolower((unsigned char)w[i]);
	base[stem_len] = 'e';
	if (glossed_verb(x, base, stem_len))
		return stem_len;
	if (glossed_verb(x, base, stem_len + 1))
		return stem_len + 1;
	if (stem_len > 3 && w[stem_len - 1] == w[stem_len - 2] && glossed_verb(x, base, stem_len - 1))
		return stem_len - 1;
	return 0;
}

/* The verbs a written word may be a form of: itself, and without -s, -es,
 * -d, -ed, or -ed and a doubled consonant (prevents, used, planned). */
static size_t verb_bases(const char *w, size_t n, size_t *lens)
{
	size_t k = 0;

	lens[k++] = n;
	if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's') {
		lens[k++] = n - 1;
		if (w[n - 2] == 'e')
			lens[k++] = n - 2;
	}
	if (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd') {
		lens[k++] = n - 1;
		lens[k++] = n - 2;
		if (n > 5 && w[n - 3] == w[n - 4])
			lens[k++] = n - 3;
	}
	return k;
}

/* Count, in bead b, the phrases of `phrases` that the words after the verb
 * (at `after` in the segment's English s) complete: verb_phrase_occurrences. */
static int verb_phrase_at(extractor *x, size_t b, const char *s, size_t len, size_t after,
			  const char *verb, size_t verb_len, const strtab *phrases, const uint32_t *phrase_of)
{
	util_buf key = {NULL, 0, 0};
	size_t i = after, words;
	int rc = -1;

	if (util_buf_add(&key, verb, verb_len) || util_buf_add(&key, "\x1f", 1))
		goto done;
	for (words = 1; words < EN_MAX_WORDS; words++) {
		size_t start, end;
		char *folded = NULL;
		long k;
		sy_error err;
		const bead *bd = &x->beads[b];
		phrase *p;

		/* The object follows the verb with nothing but spaces between. */
		while (i < len && s[i] == ' ')
			i++;
		start = i;
		while (i < len && (isalpha((unsigned char)s[i]) || s[i] == '-' || s[i] == '\''))
			i++;
		end = i;
		if (end == start)
			break;
		if (sy_fold_en(x->tb->lm, s + start, end - start, &folded, &err))
			goto done;
		if (words > 1 && util_buf_add(&key, " ", 1)) {
			free(folded);
			goto done;
		}
		if (util_buf_add(&key, folded, strlen(folded))) {
			free(folded);
			goto done;
		}
		free(folded);
		k = strtab_find(phrases, key.s, key.len);
		if (k < 0)
			continue;
		p = &x->phrases[phrase_of[k]];
		if (p->last_bead != (long)b && count_in_bead(x, bd, phrase_of[k], 0))
			p->last_bead = (long)b;
	}
	rc = 0;
done:
	free(key.s);
	return rc;
}

/*
 * English names an activity with the -ing form of its verb (preventing
 * conflict), and writes the same verb and object as a verb phrase too (to
 * prevent conflict, prevents conflict), which is no candidate: a verb
 * bounds the noun phrase. Chinese writes both the same way (预防冲突),
 * so its phrase was counted where the English one was not, and the pair
 * lost to a piece of it ("conflict"). Where a segment writes the phrase's
 * words after another form of its verb, the English phrase is counted
 * there too, with the Chinese phrases it is already paired with, as an
 * acronym is (acronym_occurrences): both sides counted alike.
 */
static int verb_phrase_occurrences(extractor *x, char *const *en_texts)
{
	strtab verbs = {NULL, 0, 0, NULL, 0}, phrases = {NULL, 0, 0, NULL, 0};
	uint32_t *phrase_of = NULL;
	size_t cap = 0, id, b;
	char buf[256];
	int rc = -1;

	/* "prevent" (the verbs) and "prevent\x1fconflict" (the phrases). */
	for (id = 0; id < x->phrase_keys.count; id++) {
		const phrase *p = &x->phrases[id];
		const char *key = x->phrase_keys.words[id], *rest, *space;
		size_t n;
		long k;
		/* Lower case, but at a sentence's start (Preventing conflict is ...). */
		if (!p->en || p->single || p->name == 1 || (isupper((unsigned char)p->text[0]) && !p->text_initial))
			continue;
		rest = strchr(key + 2, ' ');
		space = strchr(p->text, ' ');
		if (!rest || !space || !(n = gerund_verb(x, p->text, (size_t)(space - p->text), buf, sizeof buf)) ||
		    n + strlen(rest) >= sizeof buf)
			continue;
		if (strtab_add(&verbs, buf, n, NULL) < 0)
			goto done;
		buf[n] = '\x1f';
		memcpy(buf + n + 1, rest + 1, strlen(rest));
		k = strtab_add(&phrases, buf, n + strlen(rest), NULL);
		if (k < 0 || util_grow(&phrase_of, &cap, (size_t)k + 1, sizeof(*phrase_of)))
			goto done;
		phrase_of[k] = (uint32_t)id;
	}
	for (b = 0; verbs.count && b < x->n_beads; b++) {
		const char *s = en_texts[b];
		size_t i = 0, len = strlen(s);
		while (i < len) {
			size_t start, end, lens[6], n_lens, v;
			while (i < len && !isalpha((unsigned char)s[i]))
				i++;
			start = i;
			while (i < len && (isalpha((unsigned char)s[i]) || s[i] == '-'))
				i++;
			end = i;
			if (end - start < 3 || end - start >= 64 || !(s[start] >= 'a' && s[start] <= 'z'))
				continue;
			n_lens = verb_bases(s + start, end - start, lens);
			for (v = 0; v < n_lens; v++)
				if (strtab_find(&verbs, s + start, lens[v]) >= 0)
					break;
			if (v == n_lens)
				continue;
			if (verb_phrase_at(x, b, s, len, end, s + start, lens[v], &phrases, phrase_of))
				goto done;
		}
	}
	rc = 0;
done:
	strtab_free(&verbs);
	strtab_free(&phrases);
	free(phrase_of);
	return rc;
}

/* The bits of sense_mask for a gloss_sense: one of 29 for the sense's
 * number, SENSE_MASK_ONE_WORD for a sense of one word and SENSE_MASK_HEAD
 * for its last word; or SENSE_MASK_PART for a part's. */
static uint32_t sense_bits(uint16_t s)
{
	if ((s & 0xff) == SENSE_PART)
		return SENSE_MASK_PART;
	return (1u << ((s & 0xff) % 29)) | (s & SENSE_ONE_WORD ? SENSE_MASK_ONE_WORD : 0) |
	       (s & SENSE_HEAD ? SENSE_MASK_HEAD : 0);
}

/* Mark, in a row of the segment's English words, those that a gloss of
 * Chinese word wid matches (the lemmas stamped by this match_words call),
 * and how; and in senses[], where not NULL, by which of its senses. */
static void mark_glossed(const extractor *x, long wid, unsigned char *row, uint32_t *senses)
{
	size_t g;
	long slot;

	for (g = x->gloss_first[wid]; g < x->gloss_first[wid] + x->gloss_count[wid]; g++) {
		size_t gid = x->glosses[g], r = g - x->gloss_first[wid];
		unsigned char own = r < x->gloss_own[wid] || r >= x->gloss_own[wid] + x->gloss_parts[wid]
					    ? MATCH_OWN
					    : 0;
		if (gid >= x->lemma_cap || x->lemma_stamp[gid] != x->match_calls)
			continue;
		for (slot = x->lemma_head[gid]; slot >= 0; slot = x->slot_next[slot]) {
			row[(size_t)slot / ID_SLOTS] |= match_kind[slot % ID_SLOTS] | own;
			if (senses && x->gloss_sense[g])
				senses[(size_t)slot / ID_SLOTS] |= sense_bits(x->gloss_sense[g]);
		}
	}
}

/*
 * Two neighbouring Chinese words the English explains neither of, whose
 * characters hold a CC-CEDICT word across their boundary that the English
 * does translate (大|流行病: 大流行 "pandemic"), were cut at a tie that the
 * translation decides the other way: segmentation weighs word lengths
 * and ICU's boundaries, not the aligned English. Both words are explained
 * by what the word across them explains. Segmentation itself is left
 * alone (round 4: deciding ties by the English everywhere let chance
 * matches of short words cut 获|得了); here the match must be the only
 * evidence for both words. rows: the two words' rows of the match table;
 * the lemma lists are match_words' current ones. 0 or -1 (out of memory).
 */
static int word_across(extractor *x, const word *zw, size_t ne, unsigned char *rows)
{
	char both[64];
	size_t from, to, j;
	long wid;

	if (zw[0].inner || zw[1].inner || zw[0].chunk != zw[1].chunk || !x->lex ||
	    zw[0].len + zw[1].len > sizeof both || !is_han(utf8_next(zw[0].text, zw[0].len, &(size_t){0})) ||
	    !is_han(utf8_next(zw[1].text, zw[1].len, &(size_t){0})) || matches_any(rows, ne) ||
	    matches_any(rows + ne, ne))
		return 0;
	memcpy(both, zw[0].text, zw[0].len);
	memcpy(both + zw[0].len, zw[1].text, zw[1].len);
	/* The longest word first: from each start in the first word, each end
	 * in the second, longest first. */
	for (from = 0; from < zw[0].len; utf8_next(both, zw[0].len, &from)) {
		for (to = zw[0].len + zw[1].len; to > zw[0].len; utf8_prev(both, &to)) {
			if (!sy_lexicon_lookup(x->lex, both + from, to - from, NULL, 0))
				continue;
			wid = word_glosses(x, both + from, to - from);
			if (wid < 0)
				return -1;
			mark_glossed(x, wid, rows, NULL);
			if (matches_any(rows, ne)) {
				for (j = 0; j < ne; j++)
					rows[ne + j] = rows[j];
				return 0;
			}
		}
	}
	return 0;
}

/*
 * The lemma of an adjective English derives from the noun w[0..n), the
 * head of a closed compound w[0..kn) whose tail w[n..kn) is a word
 * (corona|virus: coronary), when a gloss has it; -1 if none. CC-CEDICT
 * glosses a Chinese modifier by its adjective (冠状 "coronary") where the
 * English compound writes the noun: -al, -ar, -ary, -ic, after the noun
 * or in place of its last vowel (nature: natural; corona: coronary), on a
 * noun of five letters or more (mete|yard is no metal|yard). A
 * form the crude stem folds back into the noun (-al, -ic) is the noun
 * itself, which the compound's head look-up has tried already.
 */
static long head_adjective(extractor *x, const char *w, size_t n, size_t kn)
{
	static const char *const suffixes[] = {"al", "ar", "ary", "ic"};
	size_t s, cut;
	long noun;

	if (n < 5 || n + 4 > JOINED_MAX || !word_part(x, w + n, kn - n))
		return -1;
	noun = lemma_id(x, w, n, 0);
	for (cut = 0; cut < 2; cut++) {
		if (cut && !strchr("aeo", w[n - 1]))
			break;
		for (s = 0; s < sizeof(suffixes) / sizeof(suffixes[0]); s++) {
			long id = lemma_id_with(x, w, n - cut, suffixes[s]);
			if (id >= 0 && id != noun)
				return id;
		}
	}
	return -1;
}

/*
 * The place a demonym names (Egyptians: Egypt; Israelites: Israel;
 * Syrians: Syria; Palestinians: Palestine; Iraqis: Iraq; Japanese:
 * Japan): the word less its plural and a demonym suffix, a closed class
 * of English derivation, is a lemma some gloss brought. CC-CEDICT glosses
 * 埃及 "Egypt" and has no 埃及人, which the word break cuts 埃及|人. The
 * lemma's id, or -1.
 */
static long demonym_place(extractor *x, const char *k, size_t kn)
{
	static const char *const suffixes[] = {"ites", "ite", "ians", "ian", "ans", "an", "ns",
					       "n",    "ese", "is",   "i"};
	static const char *const ends[] = {"", "e", "a"};
	size_t s, e;

	for (s = 0; s < sizeof(suffixes) / sizeof(suffixes[0]); s++) {
		size_t sn = strlen(suffixes[s]);
		if (kn < sn + 4 || kn + 2 > JOINED_MAX || memcmp(k + kn - sn, suffixes[s], sn))
			continue;
		for (e = 0; e < sizeof(ends) / sizeof(ends[0]); e++) {
			long id = lemma_id_with(x, k, kn - sn, ends[e]);
			if (id >= 0)
				return id;
		}
	}
	return -1;
}

/* Which Chinese words of a segment gloss which English words. */
/* Is English word j explained by no Chinese word's own gloss (a part's
 * gloss, 函 "letter" inside 附函, does not count)? */
static int column_unexplained(const unsigned char *match, size_t nz, size_t ne, size_t j)
{
	size_t i;

	for (i = 0; i < nz; i++)
		if (match[i * ne + j] & MATCH_OWN)
			return 0;
	return 1;
}

/* Chinese words zw[i..) that spell item, whole words side by side, none of
 * them inner: how many (0: none). The last may add a bound suffix to the
 * item's end (全能者 for 全能, "almighty": join_bound_suffixes). */
static size_t spelt_by(const word *zw, size_t nz, const char *item, size_t i)
{
	size_t n = strlen(item), at = 0, k;

	for (k = i; k < nz && at < n; k++) {
		if (!zw[k].inner && zw[k].len == n - at + 3 && !memcmp(item + at, zw[k].text, n - at) &&
		    IN(zh_bound_suffixes, zw[k].text + n - at, 3))
			return k - i + 1;
		if (zw[k].inner || zw[k].len > n - at || memcmp(item + at, zw[k].text, zw[k].len))
			return 0;
		at += zw[k].len;
	}
	return at == n ? k - i : 0;
}

/* Is English word j translated, by a sense of its own, by some Chinese
 * word outside zw[from..to) and by none inside? */
static int translated_outside(const unsigned char *match, size_t nz, size_t ne, size_t j, size_t from,
			      size_t to)
{
	size_t i;
	int outside = 0;

	for (i = 0; i < nz; i++) {
		if (!(match[i * ne + j] & MATCH_OWN))
			continue;
		if (i >= from && i < to)
			return 0;
		outside = 1;
	}
	return outside;
}

/*
 * Mark with bits, in the columns of English words ew[j..j+m) (inner words
 * left out), every Chinese word of each run zw[i..) that spells one of
 * items[0..n): how many Chinese words were marked. A run of English words
 * looked up whole (m > 1) gives no Chinese run a word of it that another
 * Chinese word translates by its own sense: ECDICT's 难民 for "displaced
 * persons" does not take "displaced" from 流离失所 beside it, which
 * CC-CEDICT glosses so (境内流离失所者 / internally displaced persons).
 */
static size_t mark_spelt(const word *zw, size_t nz, const word *ew, size_t ne, size_t j, size_t m,
			 const char *const *items, size_t n, unsigned char bits, unsigned char *match)
{
	size_t t, i, a, b, marked = 0;

	for (t = 0; t < n; t++)
		for (i = 0; i < nz; i++) {
			size_t r = spelt_by(zw, nz, items[t], i);
			for (b = j; r && m > 1 && b < j + m; b++)
				if (!ew[b].inner && translated_outside(match, nz, ne, b, i, i + r))
					r = 0;
			for (a = i; a < i + r; a++)
				for (b = j; b < j + m; b++)
					if (!ew[b].inner)
						match[a * ne + b] |= bits;
			marked += r;
		}
	return marked;
}

/* The English words ew[j..j+m) written as one string, by key or by text,
 * into buf; its length, 0 when it does not fit. */
static size_t en_run(const word *ew, size_t j, size_t m, int by_key, char *buf, size_t size)
{
	size_t k, n = 0;

	for (k = j; k < j + m; k++) {
		const char *s = by_key ? ew[k].key : ew[k].text;
		size_t len = by_key ? ew[k].key_len : ew[k].len;
		if (n + len + 2 > size)
			return 0;
		if (k > j)
			buf[n++] = ' ';
		memcpy(buf + n, s, len);
		n += len;
	}
	buf[n] = '\0';
	return n;
}

/*
 * The head of a closed compound English word j (cyber|threats,
 * cyber|security) that CC-CEDICT has no gloss for, from ECDICT: each
 * Chinese word spelling a translation of the longest head whose rest is a
 * word matches j as its head (MATCH_HEAD), as a gloss of a known head does
 * in match_words.
 */
static void mark_endict_head(extractor *x, const word *zw, size_t nz, const word *ew, size_t ne, size_t j,
			     unsigned char *match)
{
	enum { ITEMS_MAX = 16 };
	const char *items[ITEMS_MAX];
	const char *k = ew[j].key;
	size_t kn = ew[j].key_len, a, i, n;

	if (kn <= 7 || memchr(k, ' ', kn) || memchr(k, '-', kn))
		return;
	for (i = 0; i < nz; i++)
		if (match[i * ne + j] & MATCH_HEAD)
			return;
	for (a = kn - 4; a >= 4; a--) {
		if (lemma_id(x, k + a, kn - a, 0) < 0)
			continue;
		n = sy_endict_lookup(x->endict, k, a, items, ITEMS_MAX);
		mark_spelt(zw, nz, ew, ne, j, 1, items, n < ITEMS_MAX ? n : ITEMS_MAX, MATCH_HEAD | MATCH_OWN, match);
		if (n)
			return;
	}
}

/* Does any Chinese word of the segment have lemma id among its glosses? */
static int glossed_in_segment(extractor *x, const word *zw, size_t nz, long lemma)
{
	size_t i;

	for (i = 0; i < nz; i++) {
		long wid;
		if (!zw[i].inner && (wid = word_glosses(x, zw[i].text, zw[i].len)) >= 0 && has_gloss(x, wid, lemma))
			return 1;
	}
	return 0;
}

/*
 * The parts of a hyphenated English word j (capacity-building: "capacity
 * build") that no Chinese word's gloss explains, from ECDICT: a Chinese
 * word spelling a translation of such a part matches j. CC-CEDICT's 建设
 * explains "building", and the word counts as explained, so mark_endict
 * never asks about it; its "capacity" (能力) was left to association.
 * ids: j's lemma ids, one a part (match_words' slots).
 */
static void mark_endict_parts(extractor *x, const word *zw, size_t nz, const word *ew, size_t ne, size_t j,
			      const long *ids, unsigned char *match)
{
	enum { ITEMS_MAX = 16 };
	const char *items[ITEMS_MAX];
	const char *k = ew[j].key;
	size_t kn = ew[j].key_len, sp, g, n;

	if (!memchr(k, ' ', kn))
		return;
	for (sp = 0, g = 0; g < 3 && sp <= kn; g++) {
		size_t e = sp;
		while (e < kn && k[e] != ' ')
			e++;
		if (ids[g] < 0 || !glossed_in_segment(x, zw, nz, ids[g])) {
			n = sy_endict_lookup(x->endict, k + sp, e - sp, items, ITEMS_MAX);
			mark_spelt(zw, nz, ew, ne, j, 1, items, n < ITEMS_MAX ? n : ITEMS_MAX, MATCH_WORD | MATCH_OWN,
				   match);
		}
		sp = e + 1;
	}
}

/*
 * Where CC-CEDICT is silent, the English-Chinese dictionary (ECDICT): an
 * English word, or a run of two or three (cover letter, chargé
 * d'affaires), that no Chinese word's own gloss explains is matched to
 * each Chinese word, or run of words side by side (临时|代办), that spells
 * one of its translations there. CC-CEDICT is written from the Chinese and
 * leaves out much of the English a UN text uses (不法 is "unlawful" there,
 * never "wrongful"; "cyber" is nowhere); heard only in its silences, the
 * second dictionary adds matches and takes none away. Like a gloss, it
 * marks every Chinese word that spells the translation.
 */
static void mark_endict(extractor *x, const word *zw, size_t nz, const word *ew, size_t ne, const long *en_ids,
			unsigned char *match)
{
	enum { RUN_MAX = 3, ITEMS_MAX = 48 };
	const char *items[ITEMS_MAX];
	char key[128], text[128];
	size_t j, m, k, n, len;
	int by_key;

	if (!x->endict)
		return;
	for (j = 0; j < ne; j++) {
		if (ew[j].inner || ew[j].post)
			continue;
		mark_endict_head(x, zw, nz, ew, ne, j, match);
		mark_endict_parts(x, zw, nz, ew, ne, j, en_ids + j * ID_SLOTS, match);
		for (m = RUN_MAX; m >= 1; m--) {
			size_t found = 0, silent = 0;
			if (j + m > ne || ew[j + m - 1].inner)
				continue;
			for (k = j; k < j + m && ew[k].chunk == ew[j].chunk; k++)
				silent += !ew[k].inner && column_unexplained(match, nz, ne, k);
			if (k < j + m || !silent)
				continue;
			key[0] = '\0';
			for (by_key = 1; by_key >= 0 && !found; by_key--) {
				char *buf = by_key ? key : text;
				len = en_run(ew, j, m, by_key, buf, sizeof key);
				if (!len || (!by_key && !strcasecmp(key, text)))
					continue; /* the text is the key: asked already */
				n = sy_endict_lookup(x->endict, buf, len, items, ITEMS_MAX);
				found += mark_spelt(zw, nz, ew, ne, j, m, items, n < ITEMS_MAX ? n : ITEMS_MAX,
						    MATCH_WORD | MATCH_OWN, match);
			}
			if (found)
				break;
		}
	}
}

/* How many of the English words ew[j..) spell key (an English term's key,
 * "information and communication technology") in one chunk, word by
 * word from ew[j]'s first (0: none). The last may hold more than the
 * key's end (ICT-related for "ict"). */
static size_t spelt_in_english(const word *ew, size_t ne, size_t j, const char *key)
{
	size_t w;

	for (w = j; w < ne && *key; w++) {
		const char *t = ew[w].key;
		size_t tn = ew[w].key_len, at = 0;
		if (ew[w].chunk != ew[j].chunk)
			return 0;
		while (at < tn && *key) {
			size_t a = at, b = strcspn(key, " ");
			while (a < tn && t[a] != ' ')
				a++;
			if (a - at != b || strncasecmp(t + at, key, b))
				return 0;
			at = a + (a < tn);
			key += b + (key[b] == ' ');
		}
	}
	return *key ? 0 : w - j;
}

/* Mark, in rows (the first word's at [0]), each word of known place pl
 * from word first on as translated by each run of English words ew that
 * spells one of its concept's English terms (mark_known). */
/* How many English words from ew[s] on spell one of known place pl's
 * English terms whole, the longest (0: none). */
static size_t place_spelt_at(const extractor *x, const known_place *pl, const word *ew, size_t ne, size_t s)
{
	const known_term *t = &x->known[pl->term];
	size_t e, m, longest = 0;

	for (e = t->en_first; e < t->en_first + t->en_count; e++)
		if ((m = spelt_in_english(ew, ne, s, x->known_en[e])) > longest)
			longest = m;
	return longest;
}

static void mark_place(const extractor *x, const known_place *pl, const word *zw, const word *ew, size_t ne,
		       size_t first, unsigned char *rows)
{
	size_t a, j, m, k;

	for (j = 0; j < ne; j++) {
		if (ew[j].inner || !(m = place_spelt_at(x, pl, ew, ne, j)))
			continue;
		for (a = pl->from; a < pl->to; a++)
			for (k = j; k < j + m; k++)
				if (!zw[a].inner && !ew[k].inner)
					rows[(a - first) * ne + k] |= MATCH_WORD | MATCH_OWN;
	}
}

/*
 * The termbase's own translations: each word of a known Chinese term of
 * the segment (find_known) matches the English words there that spell
 * one of its concept's English terms whole, as a gloss of its own would.
 * Whole: a concept's variants may say more ("responsibility of States for
 * internationally wrongful acts" beside "State responsibility"), and
 * their words are not the term's. A terminologist's entry is the surest
 * dictionary there is, and the one that knows the UN's words: 信通 is in
 * no dictionary, and 信通技术 is "ICTs" in the termbase. After the
 * dictionaries, so that x->known_bits holds what the terms alone give
 * (phrase_rows).
 */
static int mark_known(extractor *x, const word *zw, size_t nz, const word *ew, size_t ne, unsigned char *match)
{
	size_t p, k;

	if (!x->n_places_known)
		return 0;
	if (util_grow(&x->known_bits, &x->known_bits_cap, nz * ne + 1, 1))
		return -1;
	memcpy(x->known_bits, match, nz * ne);
	for (p = 0; p < x->n_places_known; p++)
		mark_place(x, &x->places_known[p], zw, ew, ne, 0, match);
	for (k = 0; k < nz * ne; k++)
		x->known_bits[k] ^= match[k];
	return 0;
}

/*
 * The match rows of the words of Chinese phrase occurrence zoc, the first
 * at [0]. Where the phrase holds part of a known term and not the whole,
 * a term's English is given only by the terms it holds whole: 常驻 in
 * 常驻代表 is not "Permanent Representative", nor is 负责任国家行为 in
 * 网络空间负责任国家行为 "in cyberspace". NULL when out of memory.
 */
static const unsigned char *phrase_rows(extractor *x, const occ *zoc, const word *zw, const word *ew, size_t ne,
					const unsigned char *match)
{
	size_t k, n = (size_t)(zoc->to - zoc->from);
	int part = 0;

	for (k = 0; k < x->n_places_known && !part; k++) {
		const known_place *pl = &x->places_known[k];
		part = pl->from < zoc->to && pl->to > zoc->from && (pl->from < zoc->from || pl->to > zoc->to);
	}
	if (!part)
		return match + (size_t)zoc->from * ne;
	if (util_grow(&x->rows, &x->rows_cap, n * ne + 1, 1))
		return NULL;
	for (k = 0; k < n * ne; k++)
		x->rows[k] = match[(size_t)zoc->from * ne + k] & (unsigned char)~x->known_bits[(size_t)zoc->from * ne + k];
	for (k = 0; k < x->n_places_known; k++) {
		const known_place *pl = &x->places_known[k];
		if (pl->from >= zoc->from && pl->to <= zoc->to)
			mark_place(x, pl, zw, ew, ne, zoc->from, x->rows);
	}
	return x->rows;
}

static int match_words(extractor *x, const word *zw, size_t nz, const word *ew, size_t ne,
		       unsigned char **match, size_t *match_cap, long **en_ids, size_t *en_cap)
{
	size_t i, j, g;

	if (util_grow(match, match_cap, nz * ne + 1, 1) || util_grow(en_ids, en_cap, ne * ID_SLOTS + 1, sizeof(long)) ||
	    util_grow(&x->sense_mask, &x->sense_mask_cap, nz * ne + 1, sizeof(*x->sense_mask)))
		return -1;
	memset(*match, 0, nz * ne + 1);
	memset(x->sense_mask, 0, (nz * ne + 1) * sizeof(*x->sense_mask));
	/* The Chinese words' glosses first: they bring the lemmas to look for. */
	for (i = 0; i < nz; i++)
		if (!zw[i].inner && word_glosses(x, zw[i].text, zw[i].len) < 0)
			return -1;
	/* Each English word: its key's lemma ids, whole and its tail part of a
	 * compound (cyberthreat: threat). */
	for (j = 0; j < ne; j++) {
		const char *k = ew[j].key;
		size_t kn = ew[j].key_len, sp;
		long *ids = *en_ids + j * ID_SLOTS;
		for (g = 0; g < ID_SLOTS; g++)
			ids[g] = -1;
		if (ew[j].inner)
			continue;
		/* A hyphenated word has a key of several lemmas ("confidence build"). */
		for (sp = 0, g = 0; g < 3 && sp <= kn;) {
			size_t e = sp;
			while (e < kn && k[e] != ' ')
				e++;
			ids[g++] = lemma_id(x, k + sp, e - sp, 0);
			sp = e + 1;
		}
		/* A word of two parts that a gloss writes solid (non-intervention:
		 * 不干涉 "nonintervention"; co-operation, peace-keeping): the two
		 * joined, in the slot a third part would take. */
		if (g == 2 && kn < JOINED_MAX) {
			char joined[JOINED_MAX];
			const char *space = memchr(k, ' ', kn);
			size_t at = space ? (size_t)(space - k) : kn;
			if (at < kn) {
				memcpy(joined, k, at);
				memcpy(joined + at, k + at + 1, kn - at - 1);
				ids[2] = lemma_id(x, joined, kn - 1, 0);
			}
		}
		/* A demonym written with its capital, not at a sentence's start
		 * (where any word has one): its place. */
		if (ids[1] < 0 && capitalized(ew[j].text, ew[j].len) && !ew[j].initial &&
		    !memchr(k, ' ', kn))
			ids[1] = demonym_place(x, k, kn);
		if (ew[j].adverb) {
			/* An adverb kept in a phrase translates as its adjective
			 * (internationally: 国际, "international"); one key, so
			 * the second slot is free. */
			char adj[64];
			int a;
			for (a = 0; a < 2 && adverb_base(k, kn, a, adj, sizeof adj) && ids[1] < 0; a++)
				ids[1] = gloss_lemma_id(x, adj, strlen(adj), 0);
		}
		if (kn > 7 && !memchr(k, ' ', kn)) {
			/* A compound: its longest known tail (cyberthreat: threat)
			 * and head (peacetime: peace), or the adjective of its head
			 * (coronavirus: coronary). */
			size_t a, tail_at = 0;
			for (a = 3; a + 4 <= kn; a++) {
				long id = lemma_id(x, k + a, kn - a, 0);
				if (id >= 0 && word_part(x, k, a) && !suffix_word(k + a, kn - a)) {
					ids[SLOT_TAIL] = id;
					tail_at = a;
					break;
				}
			}
			for (a = kn - 4; a >= 4; a--) {
				long id = lemma_id(x, k, a, 0);
				if (id >= 0 && word_part(x, k + a, kn - a)) {
					ids[SLOT_HEAD] = id;
					break;
				}
			}
			if (ids[SLOT_HEAD] < 0 && tail_at)
				ids[SLOT_HEAD] = head_adjective(x, k, tail_at, kn);
		}
	}
	/* Where each lemma stands among the English words: a list per lemma,
	 * valid for this call only (stamped), so that each gloss finds its
	 * words at once rather than by a walk over the segment. */
	if (x->lemmas.count > x->lemma_cap) {
		size_t cap = x->lemmas.count * 2, k;
		long *head = realloc(x->lemma_head, cap * sizeof(*head));
		unsigned long *stamp;
		if (!head)
			return -1;
		x->lemma_head = head;
		stamp = realloc(x->lemma_stamp, cap * sizeof(*stamp));
		if (!stamp)
			return -1;
		x->lemma_stamp = stamp;
		for (k = x->lemma_cap; k < cap; k++)
			stamp[k] = 0;
		x->lemma_cap = cap;
	}
	if (util_grow(&x->slot_next, &x->slot_next_cap, ne * ID_SLOTS + 1, sizeof(*x->slot_next)))
		return -1;
	x->match_calls++;
	for (j = 0; j < ne * ID_SLOTS; j++) {
		long id = (*en_ids)[j];
		if (id < 0)
			continue;
		if (x->lemma_stamp[id] != x->match_calls) {
			x->lemma_stamp[id] = x->match_calls;
			x->lemma_head[id] = -1;
		}
		x->slot_next[j] = x->lemma_head[id];
		x->lemma_head[id] = (long)j;
	}
	for (i = 0; i < nz; i++) {
		long wid;
		if (zw[i].inner)
			continue;
		wid = word_glosses(x, zw[i].text, zw[i].len);
		if (wid < 0)
			return -1;
		mark_glossed(x, wid, *match + i * ne, x->sense_mask + i * ne);
	}
	/* A number in a name (77国集团 / Group of 77) translates itself. */
	for (i = 0; i < nz; i++) {
		if (zw[i].inner || !all_digits(zw[i].text, zw[i].len))
			continue;
		for (j = 0; j < ne; j++)
			if (ew[j].key_len == zw[i].len && !memcmp(ew[j].key, zw[i].text, zw[i].len))
				(*match)[i * ne + j] |= MATCH_WORD | MATCH_OWN;
	}
	mark_endict(x, zw, nz, ew, ne, *en_ids, *match);
	if (mark_known(x, zw, nz, ew, ne, *match))
		return -1;
	/* A nominalizing suffix cut off as a word of its own (复原|力,
	 * 指导|性) is translated inside the English word of its root
	 * (resilience, guiding): English makes the same derivation with a
	 * suffix of its own, or with none. Where the suffix matches nothing
	 * itself, it explains what the root word before it explains. */
	for (i = 1; i < nz; i++) {
		unsigned char *row = *match + i * ne, *root = row - ne;
		if (zw[i].inner || zw[i - 1].inner || zw[i - 1].chunk != zw[i].chunk ||
		    chars_in(zw[i - 1].text, zw[i - 1].len) < 2 ||
		    !IN(zh_noun_suffixes, zw[i].text, zw[i].len) || matches_any(row, ne) ||
		    !matches_any(root, ne))
			continue;
		memcpy(row, root, ne);
	}
	for (i = 1; i < nz; i++)
		if (word_across(x, zw + i - 1, ne, *match + (i - 1) * ne) < 0)
			return -1;
	return 0;
}

/* Count one (Chinese word, English word) met as left-over neighbours in
 * segment b. */
static int leftover_add(extractor *x, const word *z, const word *e, long b)
{
	char key[256];
	long id;
	int added;

	if (z->len + e->key_len + 1 >= sizeof key || memchr(e->key, ' ', e->key_len))
		return 0;
	memcpy(key, z->text, z->len);
	key[z->len] = '\x1f';
	memcpy(key + z->len + 1, e->key, e->key_len);
	id = strtab_add(&x->leftovers, key, z->len + 1 + e->key_len, &added);
	if (id < 0)
		return -1;
	if (util_grow(&x->leftover_beads, &x->leftover_beads_cap, (size_t)id + 1,
		      sizeof(*x->leftover_beads)) ||
	    util_grow(&x->leftover_last, &x->leftover_last_cap, (size_t)id + 1,
		      sizeof(*x->leftover_last)))
		return -1;
	if (added) {
		x->leftover_beads[id] = 0;
		x->leftover_last[id] = -1;
	}
	if (x->leftover_last[id] != b && x->leftover_beads[id] != UINT32_MAX) {
		x->leftover_last[id] = b;
		x->leftover_beads[id]++;
	}
	return 0;
}

/*
 * Words the dictionary leaves unexplained, next to words it explains, in
 * the same order on both sides: in 网络事件 / cyber incidents, 事件 is
 * "incident", and 网络 and "cyber" stand just before them, explained by
 * nothing in the segment. Met so in two segments or more, such a pair is
 * a translation the dictionary lacks (网络 is never "cyber" in CC-CEDICT;
 * 恶意 is "malice", not "malicious"). A modifier stands before its head in
 * both languages, and a dictionary-explained head anchors it: the same
 * evidence a terminologist uses to fill a gap in a glossary.
 */
static int learn_leftovers(extractor *x, long b, const word *zw, size_t nz, const word *ew,
			   size_t ne, const unsigned char *match, unsigned char **seen, size_t *seen_cap)
{
	size_t i, j;
	unsigned char *zx, *ex;

	if (util_grow(seen, seen_cap, nz + ne + 1, 1))
		return -1;
	zx = *seen;
	ex = *seen + nz;
	memset(zx, 0, nz + ne + 1);
	for (i = 0; i < nz; i++)
		for (j = 0; j < ne; j++)
			if (match[i * ne + j])
				zx[i] = ex[j] = 1;
	for (i = 0; i < nz; i++) {
		int d;
		if (zx[i] || zw[i].inner)
			continue;
		/* The explained neighbour: after (d = 1) or before (d = -1). */
		for (d = -1; d <= 1; d += 2) {
			size_t a = i + (size_t)d;
			if ((d < 0 && i == 0) || a >= nz || !zx[a] || zw[a].inner ||
			    zw[a].chunk != zw[i].chunk)
				continue;
			for (j = 0; j < ne; j++) {
				size_t k = j - (size_t)d;
				if (!match[a * ne + j] || (d > 0 && j == 0) || k >= ne)
					continue;
				/* A verb and its object (使用|信通技术) are a noun and
				 * its "of" in English (use of ICTs), in the same order;
				 * a noun's "of" turns the order round (儿子|亚比, "Abidan
				 * the son of Gideoni"), and is left alone. */
				if (d < 0 && ew[k].inner && key_is(&ew[k], "of") &&
				    k + 1 < ne && ew[k + 1].chunk == ew[k].chunk && zh_verb(x, zw[a].text, zw[a].len))
					k++;
				if (ex[k] || ew[k].inner || ew[k].chunk != ew[j].chunk)
					continue;
				if (leftover_add(x, &zw[i], &ew[k], b))
					return -1;
			}
		}
	}
	return 0;
}

/* Give each Chinese word the English words it was met with as a left-over
 * neighbour in two segments or more, as glosses of its own. */
static int adopt_leftovers(extractor *x)
{
	size_t id;

	for (id = 0; id < x->leftovers.count; id++) {
		const char *k = x->leftovers.words[id], *sep;
		long w, lemma;
		size_t first, count;
		/* Counted afresh in the next round; adopted ones stay so. */
		x->leftover_last[id] = -1;
		if (x->leftover_beads[id] < 2 || x->leftover_beads[id] == UINT32_MAX) {
			if (x->leftover_beads[id] != UINT32_MAX)
				x->leftover_beads[id] = 0;
			continue;
		}
		x->leftover_beads[id] = UINT32_MAX;
		sep = strchr(k, '\x1f');
		w = strtab_find(&x->zh_words, k, (size_t)(sep - k));
		lemma = lemma_id(x, sep + 1, strlen(sep + 1), 1);
		if (w < 0 || lemma < 0)
			continue;
		/* The word's glosses move to the end, the new one after them. */
		first = x->gloss_first[w];
		count = x->gloss_count[w];
		if (glosses_grow(x, count))
			return -1;
		if (first + count != x->n_glosses) {
			memmove(x->glosses + x->n_glosses, x->glosses + first, count * sizeof(*x->glosses));
			memmove(x->gloss_sense + x->n_glosses, x->gloss_sense + first, count);
			x->gloss_first[w] = (uint32_t)x->n_glosses;
			x->n_glosses += count;
		}
		if (gloss_push(x, lemma, 0))
			return -1;
		x->gloss_count[w] = (uint32_t)(count + 1);
	}
	return 0;
}

static void extractor_free(extractor *x)
{
	size_t i;

	for (i = 0; i < x->phrase_keys.count; i++) {
		free(x->phrases[i].text);
		free(x->phrases[i].acronym);
	}
	strtab_free(&x->phrase_keys);
	free(x->phrases);
	for (i = 0; i < x->n_short_forms; i++) {
		free(x->short_forms[i].before);
		free(x->short_forms[i].inside);
	}
	free(x->short_forms);
	free(x->occs);
	free(x->beads);
	strtab_free(&x->lemmas);
	strtab_free(&x->zh_words);
	free(x->gloss_first);
	free(x->gloss_count);
	free(x->gloss_own);
	free(x->gloss_parts);
	free(x->verb_only);
	free(x->adverb_only);
	free(x->syn_first);
	free(x->syn_count);
	free(x->gloss_text_at);
	free(x->gloss_text.s);
	free(x->glosses);
	free(x->gloss_sense);
	free(x->sense_mask);
	free(x->gloss_senses);
	strtab_free(&x->gloss_asked);
	free(x->gloss_asked_sense);
	strtab_free(&x->en_asked);
	free(x->en_sense_first);
	free(x->en_sense_count);
	free(x->en_senses);
	free(x->pairs);
	free(x->pair_slots);
	strtab_free(&x->docs);
	strtab_free(&x->verbs);
	strtab_free(&x->verbs_mostly);
	free(x->doc_ids);
	free(x->lemma_head);
	free(x->lemma_stamp);
	free(x->slot_next);
	strtab_free(&x->leftovers);
	free(x->leftover_beads);
	free(x->leftover_last);
	for (i = 0; i < x->known_ids.count && i < x->known_cap; i++)
		free(x->known[i].zh);
	strtab_free(&x->known_ids);
	free(x->known);
	for (i = 0; i < x->n_known_en; i++)
		free(x->known_en[i]);
	free(x->known_en);
	free(x->bead_known);
	free(x->places_known);
	free(x->known_bits);
	free(x->rows);
	sqlite3_finalize(x->term_of);
	strtab_free(&x->bound_words);
	strtab_free(&x->bound_nexts);
	free(x->bound);
	strtab_free(&x->joined);
	strtab_free(&x->verbs_asked);
	free(x->verb_answer);
}

/*
 * A pair whose Chinese cuts across a known term wherever it stands
 * (cuts_known), and that the dictionaries do not explain whole, is a
 * fragment: 技术产品 / ICT products in 信通技术产品, where "ICT" is 信通技术's
 * and 技术 alone does not give it (phrase_rows), or 重大信通 / major ICT.
 * It is no one's partner, and the whole that holds the term takes the
 * English (信通技术产品 / ICT products). Explained whole, the crossing is
 * a bracketing of the compound's own (安全挑战 / security challenges in
 * 国际安全挑战, beside 国际安全), and the pair stays, as in round 53.
 */
static int known_fragment(const extractor *x, const pair *p)
{
	const phrase *z = &x->phrases[p->zh];

	return z->cut_hits > 0 && z->cut_hits == z->hits && p->translation < 0.999f;
}

typedef struct ranked {
	size_t pair;
	double score;
	double tie; /* between equal scores, the higher first: the rarity of the Chinese words */
	int compound; /* the English writes a compound joined by a hyphen: first between equal scores */
	int after_terms; /* a named entity, or two listed terms joined: listed after every term */
} ranked;

/*
 * Whether English text joins two words by a hyphen (public-private,
 * multi-stakeholder, capacity-building). English hyphenates a compound
 * modifier that it reads as one word, a unit of the vocabulary rather than
 * of the sentence; among pairs that score alike (seen once and fully
 * explained, where nothing else tells a term from a free combination) such
 * a pair comes first. A number after the hyphen (COVID-19) is no word.
 */
static int hyphen_compound(const char *text)
{
	const char *h;

	for (h = strchr(text, '-'); h; h = strchr(h + 1, '-'))
		if (h > text && isalpha((unsigned char)h[-1]) && isalpha((unsigned char)h[1]))
			return 1;
	return 0;
}

static int by_score(const void *a, const void *b)
{
	const ranked *x = a, *y = b;

	if (x->after_terms != y->after_terms)
		return x->after_terms - y->after_terms;
	if (x->score != y->score)
		return x->score < y->score ? 1 : -1;
	if (x->compound != y->compound)
		return y->compound - x->compound;
	if (x->tie != y->tie)
		return x->tie < y->tie ? 1 : -1;
	return x->pair < y->pair ? -1 : x->pair > y->pair;
}

/*
 * How far a phrase stands on its own: 1 when no longer candidate contains
 * it, 0 when it only ever occurs inside the same longer one (国际和平 in
 * 国际和平与安全). As a head (dictionary_head), only the longer phrases it
 * is a piece of count: not those it ends, unless they join two.
 */
static double independence(const phrase *p, int as_head)
{
	/* Seen once, a phrase and its parts cannot be told apart this way. */
	if (p->freq < 2)
		return 0.5;
	return 1.0 - (double)(as_head ? p->piece_max : p->nested_max) / (double)p->freq;
}

/*
 * Is English phrase e the name of an institution, a body or a document:
 * several words, each capitalized, no "and" joining two names, the last a
 * common noun Hunspell knows in lower case (Group of Governmental
 * Experts, General Assembly), not a person's or a place's (Golan in
 * Bashan)?
 */
static int institution_name(const extractor *x, const phrase *e)
{
	const char *last = e->text + e->last_start;

	return e->name == 1 && !e->single && !e->conj_at && known_in_lower_case(x, last, strlen(last));
}

/*
 * How far a name stands on its own: as independence, counting only the
 * longer names that contain an English one (Group of Governmental inside
 * Group of Governmental Experts), not the phrases it is a part of; and
 * only the longer phrases that begin before a Chinese one, or add a
 * character to it.
 */
static double name_independence(const phrase *p)
{
	if (p->freq < 2)
		return 0.5;
	return 1.0 - (double)p->name_max / (double)p->freq;
}

/* The English lemmas of a Chinese word's own CC-CEDICT senses. */
typedef struct own_senses {
	extractor *x;
	long lemmas[64];
	size_t n;
} own_senses;

static int add_own_sense(const char *low, size_t n, int other, void *userdata)
{
	own_senses *o = userdata;

	(void)other;
	if (o->n < sizeof(o->lemmas) / sizeof(o->lemmas[0]))
		o->lemmas[o->n++] = gloss_lemma_id(o->x, low, n, 0);
	return 0;
}

/*
 * Is the pair one Chinese word that CC-CEDICT lists whole, of more than
 * two characters (not everyday vocabulary, as in pair_score), whose
 * English its own senses give, and which is no name (视频会议 /
 * videoconference)?
 * Such a word is a unit of the language before it is a unit of the text:
 * a modifier the text puts before it (公开视频会议 / open videoconference)
 * narrows the kind it names, and does not make it a piece of the longer
 * phrase, as 国际和平 is of 国际和平与安全. So it stands on its own
 * wherever it ends what contains it, on both sides. A capitalized head
 * (Regional Forum in ASEAN Regional Forum) is a piece of a name.
 */
static int dictionary_head(extractor *x, const pair *p)
{
	const phrase *z = &x->phrases[p->zh], *e = &x->phrases[p->en];
	const char *key = x->phrase_keys.words[p->en] + 2, *g[16];
	size_t n = strlen(z->text), k, i;
	own_senses own;

	if (!x->lex || !z->single || p->translation < 0.99 || e->name == 1 || chars_in(z->text, n) <= 2 ||
	    !is_han(utf8_next(z->text, n, &(size_t){0})))
		return 0;
	/* Its own senses, not its parts' (委员会 is "committee"; its part 会
	 * is also "group"): the dictionary lists the word with that meaning. */
	own.x = x;
	own.n = 0;
	k = sy_lexicon_lookup(x->lex, z->text, n, g, 16);
	for (i = 0; i < k && i < 16; i++) {
		size_t senses = 0, verbs = 0;
		walk_gloss(g[i], &senses, &verbs, add_own_sense, &own, 0);
	}
	while (*key) {
		size_t wn = strcspn(key, " "), j;
		long id = lemma_id(x, key, wn, 0);
		int found = IN_SET(en_inner, key, wn);
		for (j = 0; j < own.n && !found; j++)
			found = id >= 0 && own.lemmas[j] == id;
		if (!found)
			return 0;
		key += wn + (key[wn] == ' ');
	}
	return k > 0;
}

/* Is this Chinese word a verb and nothing else (指出: to point out)? */
static int zh_verb(extractor *x, const char *w, size_t n)
{
	long id = word_glosses(x, w, n);

	return id >= 0 && (x->verb_only[id] & 1);
}

/* Is w[0..n) the verb of an act, a verb and its object (使用 in
 * 使用信息和通信技术): a word of two characters or more that CC-CEDICT
 * gives as a verb only? One character may be a piece of a name the
 * segmenter cut (摩|撒, Moza). */
static int act_verb(extractor *x, const char *w, size_t n)
{
	return chars_in(w, n) >= 2 && zh_verb(x, w, n);
}

/*
 * Is the word in -ing w[0..n), whose key is key[0..kn), a closed compound
 * of a noun and a gerund (peacekeeping, policymaking, wrongdoing): a word
 * Hunspell lists as it is, not as a form of a verb (its key is the word:
 * "undermining" folds to undermine), made of two words it knows (peace +
 * keeping)? A noun, as the Chinese verb and object before a noun are
 * (维持和平行动 / peacekeeping operations).
 */
static int gerund_compound(extractor *x, const char *w, size_t n, const char *key, size_t kn)
{
	size_t a;

	if (kn != n || memcmp(key, w, n))
		return 0;
	for (a = 4; a + 5 <= n; a++)
		if (word_part(x, w, a) && word_part(x, w + a, n - a))
			return 1;
	return 0;
}

/* Does an English phrase begin with a verb form (increasing transparency,
 * promote stability)? */
static int en_verb(extractor *x, const phrase *e)
{
	const char *key = x->phrase_keys.words[(size_t)(e - x->phrases)] + 2;
	size_t n = strcspn(key, " "), tn = e->first_len;

	if (e->text[0] < 'a' || e->text[0] > 'z')
		return 0;
	if (!e->single && tn > 5 && !memcmp(e->text + tn - 3, "ing", 3) && !memchr(e->text, '-', tn) &&
	    !gerund_compound(x, e->text, tn, key, n))
		return 1;
	return strtab_find(&x->verbs_mostly, key, n) >= 0;
}

/* Is the English word w[0..n) mostly a verb (consider, promote)? */
static int mostly_verb_word(extractor *x, const char *w, size_t n)
{
	char *lemma;
	int verb;
	sy_error err;

	if (sy_fold_en(x->tb->lm, w, n, &lemma, &err))
		return 0;
	verb = strtab_find(&x->verbs_mostly, lemma, strlen(lemma)) >= 0;
	free(lemma);
	return verb;
}

/*
 * Does the English phrase end in a plural noun and then a verb in its base
 * form (members consider, States agree)? That is a subject and its verb, a
 * clause, not a noun phrase: a noun that modifies another is singular in
 * English (member consultation, State practice), so a lower-case plural
 * before a last word that is mostly a verb is that verb's subject.
 */
static int subject_and_verb(extractor *x, const phrase *e)
{
	const char *key = x->phrase_keys.words[(size_t)(e - x->phrases)] + 2;
	const char *last = e->text + e->last_start, *prev, *klast, *kprev;
	size_t pn, kn;

	if (e->single || e->last_start < 2 || !(last[0] >= 'a' && last[0] <= 'z'))
		return 0;
	/* The last word as it stands is its own lemma: a base form. */
	klast = strrchr(key, ' ');
	if (!klast || strcmp(klast + 1, last))
		return 0;
	/* The word before: lower case, in -s, and its lemma shorter (a plural). */
	for (prev = e->text + e->last_start - 1, pn = 0; prev > e->text && prev[-1] != ' '; pn++)
		prev--;
	for (kprev = klast, kn = 0; kprev > key && kprev[-1] != ' '; kn++)
		kprev--;
	if (pn < 3 || !(prev[0] >= 'a' && prev[0] <= 'z') || prev[pn - 1] != 's' || kn >= pn ||
	    strncmp(prev, kprev, kn))
		return 0;
	return mostly_verb_word(x, last, strlen(last));
}

/* Does the sense that goes on at s, after its verb, end there or go on
 * with a particle (to call on, to carry out) or a note in brackets (to
 * share (let others have some of sth good)) rather than an object (to
 * take responsibility)? */
static int verb_ends_sense(const char *s)
{
	static const char *const particles[] = {"on",   "for",     "up",   "out",  "in",   "off",
						"down", "over",    "with", "to",   "into", "about",
						"against", "at",   "by",   "from", "of",   "away",
						"back"};
	size_t i, n;

	if (*s != ' ' || s[1] == '(')
		return 1;
	s++;
	n = strcspn(s, " /(,;");
	for (i = 0; i < sizeof particles / sizeof *particles; i++)
		if (strlen(particles[i]) == n && !strncmp(s, particles[i], n))
			return 1;
	return 0;
}

/* Does one of the glosses g[0..k) read "to" and the lemma of English word
 * en[0..len), as the whole verb of its sense? 负责任 "to take
 * responsibility" does not read "take" (should take appropriate
 * measures): the verb is the object's (round 71). */
static int glosses_read_verb(extractor *x, const char *const *g, size_t k, const char *en, size_t len)
{
	char *lemma;
	size_t i, ln;
	int yes = 0;
	sy_error err;

	if (sy_fold_en(x->tb->lm, en, len, &lemma, &err))
		return 0;
	ln = strlen(lemma);
	for (i = 0; i < k && !yes; i++) {
		const char *at = g[i];
		while ((at = strstr(at, "to ")) != NULL) {
			const char *v = at + 3;
			if ((at == g[i] || at[-1] == ' ' || at[-1] == '/') && !strncmp(v, lemma, ln) &&
			    (v[ln] == '\0' || v[ln] == ' ' || v[ln] == '/' || v[ln] == '(' || v[ln] == ',') &&
			    verb_ends_sense(v + ln)) {
				yes = 1;
				break;
			}
			at = v;
		}
	}
	free(lemma);
	return yes;
}

/*
 * Does Chinese word w[0..n), one CC-CEDICT gives as a verb only, translate
 * English word en[0..len) as that verb, a gloss reading "to" and its lemma
 * (强调 "to stress": stresses)? Not a noun derived from the verb, which
 * the glosses' lemmas also meet (讨论 "to discuss": discussions).
 */
static int verb_translates(extractor *x, const char *w, size_t n, const char *en, size_t len)
{
	const char *g[16];
	size_t k;

	if (!x->lex || !zh_verb(x, w, n))
		return 0;
	k = sy_lexicon_lookup(x->lex, w, n, g, 16);
	return glosses_read_verb(x, g, k < 16 ? k : 16, en, len);
}

/* The rest of an English phrase's key after its first word and "of" (use
 * of information and communication technology: information and ...), or
 * NULL where it does not begin so. */
static const char *after_word_of(const char *key)
{
	size_t n = strcspn(key, " ");

	return !strncmp(key + n, " of ", 4) ? key + n + 4 : NULL;
}

/*
 * Does the English phrase begin with the verb the Chinese one begins with,
 * in its base form, before its object (造成过度附带伤害 / cause excessive
 * incidental harm, 共享威胁信息 / share threat information)? English
 * nouns that are verbs too (cause, share) are not mostly verbs (en_verb);
 * the Chinese verb, a verb only, says which they are here. Not before "of"
 * (使用 / use of ICTs: the act named, round 89).
 */
static int verb_first(extractor *x, const phrase *z, const phrase *e)
{
	const char *key = x->phrase_keys.words[(size_t)(e - x->phrases)] + 2;
	size_t n = e->first_len;

	if (e->text[0] < 'a' || e->text[0] > 'z' || strncmp(key, e->text, n) || key[n] != ' ' ||
	    after_word_of(key))
		return 0;
	return verb_translates(x, z->text, z->first_len, e->text, n);
}

/* What the words at a pair's edges say: a term does not end in a verb
 * (秘书长指出, Poland organized, members consider), and a verb phrase on
 * both sides (参加辩论, participate in the debate) is a predicate, not a
 * term; but after an adjective the last word is a noun (恶意使用 /
 * malicious use). */
static double edges(extractor *x, const phrase *z, const phrase *e)
{
	size_t zn = strlen(z->text), en = strlen(e->text);
	const char *last = e->text + e->last_start;
	size_t ln = en - e->last_start;
	double f = 1;
	int after_adjective = 0;

	if (e->last_start >= 2) {
		size_t end = e->last_start - 1, start = end;
		while (start > 0 && e->text[start - 1] != ' ')
			start--;
		after_adjective = adjective_form(e->text + start, end - start);
	}

	int en_verb_end = ln > 4 && !memcmp(last + ln - 2, "ed", 2) && !strchr(last, '-');
	/* A gerund after a singular noun is a compound's head (machine
	 * learning, 机器学习; information sharing): a noun, as the Chinese
	 * verb is, not a verb a subject governs (States using). */
	int gerund_head = 0;
	if (e->last_start >= 2 && ln > 5 && !memcmp(last + ln - 3, "ing", 3)) {
		size_t end = e->last_start - 1;
		gerund_head = e->text[end - 1] != 's';
	}

	/* Chinese verbs serve as nouns (网络威胁: cyberthreats); only with a
	 * verb at the end of the English too is it a predicate. */
	if (en_verb_end)
		f *= 0.2;
	if (!z->single && !e->single && zh_verb(x, z->text + z->last_start, zn - z->last_start) &&
	    !en_verb_end && !after_adjective && !gerund_head && last[0] >= 'a' && last[0] <= 'z' &&
	    mostly_verb_word(x, last, ln))
		f *= 0.2;
	if (!z->single && !e->single && zh_verb(x, z->text, z->first_len) &&
	    (en_verb(x, e) || verb_first(x, z, e)))
		f *= 0.5;
	if (subject_and_verb(x, e))
		f *= 0.2;
	/* A subject and its verb in the present (安全理事会强调 / Security
	 * Council stresses, 安理会注意到 / Council notes), as a resolution and a
	 * presidential statement write every paragraph: the Chinese ends with
	 * a word CC-CEDICT gives as a verb only, and that verb translates the
	 * English last word, in -s. A plural noun ends many a term, but a
	 * verb-only word translates none (网络威胁 / cyber threats: 威胁 is
	 * also "threat"); nor is a word after an adjective a verb (可用补救 /
	 * available remedies: 补救 is "to remedy"). */
	if (!z->single && !e->single && !after_adjective && ln > 3 && last[ln - 1] == 's' && last[ln - 2] != 's' &&
	    last[0] >= 'a' && last[0] <= 'z' && verb_translates(x, z->text + z->last_start, zn - z->last_start, last, ln))
		f *= 0.2;
	return f;
}

/* Is the pair two terms joined (see cvalues)? Seen once, a coordination
 * is taken for two terms unless the English shows it to be one: a name
 * (Organization for Security and Cooperation in Europe), or words sharing
 * one head (vulnerable and marginalized groups); or both sides share a
 * word between the conjuncts, the English a complement and the Chinese a
 * modifier (作战手段和方法 / means and methods of warfare). */
static int coordinated(const phrase *z, const phrase *e)
{
	return z->coordination == 1 || e->coordination == 1 || e->placed ||
	       ((z->coordination || e->coordination) && e->name != 1 && !e->shared_head && !z->shared_head &&
		!(e->shared_of && z->shared_of));
}

/*
 * Are both sides of a pair single abstract nouns made by derivation: a
 * Chinese word of a root and a nominalizing suffix (透明度, 可预测性,
 * 问责制, 多边主义) and an English noun of a root and a nominal suffix
 * (transparency, predictability, accountability, multilateralism)? Such a
 * noun names a property, a system or a doctrine: the classic single-word
 * term, not everyday vocabulary as two single plain words are (国家 /
 * States). Both suffix lists are derivational morphology, closed classes;
 * the Chinese root is two characters or more (机制 is no derivative).
 */
static int derived_nouns(const phrase *z, const phrase *e)
{
	static const char *const en_suffixes[] = {"ity", "ness", "ency", "ancy", "ence", "ance",
						  "ism", "tion", "sion", "ment"};
	size_t zn = strlen(z->text), en = strlen(e->text), i;
	int zh = 0, eng = 0;

	if (!z->single || !e->single || chars_in(z->text, zn) < 3)
		return 0;
	for (i = 0; i < sizeof(zh_noun_suffixes) / sizeof(zh_noun_suffixes[0]); i++) {
		size_t k = strlen(zh_noun_suffixes[i]);
		zh |= zn > k && !memcmp(z->text + zn - k, zh_noun_suffixes[i], k);
	}
	for (i = 0; i < sizeof(en_suffixes) / sizeof(en_suffixes[0]); i++) {
		size_t k = strlen(en_suffixes[i]);
		eng |= en >= k + 4 && !memcmp(e->text + en - k, en_suffixes[i], k);
	}
	return zh && eng;
}

/* Does s begin, after spaces, with an article (a, an, the)? */
static int before_article(const char *s)
{
	while (*s == ' ')
		s++;
	return article_word(s, strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"));
}

/*
 * Is a content word of bead b's English, outside the English phrase e, one
 * that glosses g[0..k) of a Chinese word translate as a verb ("to" and its
 * lemma)? Where object: a verb with its object, in -s and before an
 * article (requests the; not the plural of "available remedies."), a
 * capital allowed on the text's first word (an operative paragraph's
 * verb: Requests the Secretary-General); and e may be that verb alone,
 * without the object the Chinese holds (请秘书长 / requests).
 */
static int verb_outside(extractor *x, const char *const *g, size_t k, const phrase *e, long b, int object)
{
	const char *s = x->en_texts[b];
	size_t n = strlen(s), i = 0;

	while (i < n) {
		size_t from;
		while (i < n && !((s[i] >= 'a' && s[i] <= 'z') || (object && i == 0 && s[i] >= 'A' && s[i] <= 'Z')))
			i++;
		from = i;
		while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
			i++;
		/* A content word: not "have" of "to have confidence in". */
		if (i - from < 4 || (from > 0 && ((s[from - 1] >= 'A' && s[from - 1] <= 'Z') || s[from - 1] == '-')) ||
		    IN_SET(en_stop, s + from, i - from) || IN_SET(en_inner, s + from, i - from) ||
		    (object && (s[i - 1] != 's' || !before_article(s + i))))
			continue;
		if (glosses_read_verb(x, g, k, s + from, i - from)) {
			/* Not a word the English phrase holds itself. */
			const char *at = e->text;
			size_t wn = i - from;
			int inside = 0;
			while (*at && !inside && !(object && e->single)) {
				size_t an = strcspn(at, " ");
				inside = an == wn && !strncasecmp(at, s + from, wn);
				at += an;
				at += *at == ' ';
			}
			if (!inside)
				return 1;
		}
	}
	return 0;
}

/*
 * Does the Chinese phrase z hold a verb whose English the phrase leaves
 * out, at either end? The English chunks leave verbs out, so the match
 * table never holds one, and the Chinese verb passed for a gap of the
 * dictionary.
 * - At its end, a subject and its verb: a word CC-CEDICT gives as a verb
 *   only, two characters or more, that translates as that verb a word of
 *   bead b's English outside e (各国重申 / States: 重申 "to reaffirm", and
 *   the English writes "States reaffirmed").
 * - At its start, a verb and its object: a word CC-CEDICT gives as a
 *   verb only, two characters or more, that translates as that verb a word
 *   outside e, in any form (遵守国际法 / international law: "should comply
 *   with international law"); or any word with a sense "to" and the lemma
 *   of an English word in -s before an article outside e (请秘书长 /
 *   Secretary-General: 请 "to request", "requests the Secretary-General"),
 *   as 请 is "please" too, and the English word's form, a verb's in the
 *   present with its object, makes up for it.
 */
static int verb_left_out(extractor *x, const phrase *z, const phrase *e, long b)
{
	size_t zn = strlen(z->text), vn = zn - z->last_start, k;
	const char *v = z->text + z->last_start, *g[16];

	if (z->single || !x->en_texts || !x->lex || b < 0 || (size_t)b >= x->n_beads)
		return 0;
	if (chars_in(v, vn) >= 2 && zh_verb(x, v, vn)) {
		k = sy_lexicon_lookup(x->lex, v, vn, g, 16); /* once, for every word of the English */
		if (verb_outside(x, g, k < 16 ? k : 16, e, b, 0))
			return 1;
	}
	k = sy_lexicon_lookup(x->lex, z->text, z->first_len, g, 16);
	if (k > 16)
		k = 16;
	if (chars_in(z->text, z->first_len) >= 2 && zh_verb(x, z->text, z->first_len) &&
	    verb_outside(x, g, k, e, b, 0))
		return 1;
	return verb_outside(x, g, k, e, b, 1);
}

/* How often in the general-language reference's 60 million words a word
 * may be written and still be rare: 归因 ("to attribute") 17 times, 军事化
 * 57, against 合作 13,478 and 发展 68,664. */
#define RARE_WORD 100

/* Does the reference list the Chinese word w, and seldom (RARE_WORD)? A
 * word it does not list at all may be a name or a piece the segmenter
 * cut, and tells nothing. */
static int rare_word(const extractor *x, const char *w)
{
	double f;
	size_t at = 0, n = strlen(w);

	/* Not a count (九届, "ninth session"): it names no concept. */
	while (at < n) {
		size_t from = at;
		utf8_next(w, n, &at);
		if (zh_numeral_char(w + from, at - from))
			return 0;
	}
	f = x->reference ? sy_reference_frequency(x->reference, w, n) : 0;
	return f > 0 && f < RARE_WORD;
}

/*
 * Is every content word of English phrase e an adjective in its commonest
 * sense (WordNet's counts): applicable and essential, universal,
 * accessible and peaceful? A term names a thing; adjectives without their
 * noun name none, however the Chinese (普遍性, "universality") reads. Not a
 * name, nor a word WordNet lacks (gender-sensitive, public-private).
 */
static int adjectives_only(phrase *e)
{
	const char *w = e->text;

	if (e->adjectives)
		return e->adjectives == 1;
	e->adjectives = 2;
	if (e->name == 1 || e->acronym || !synonyms_available())
		return 0;
	while (*w) {
		size_t n = strcspn(w, " ");
		synonyms_sense sense;
		if (!IN(en_inner, w, n) &&
		    (!synonyms_main_sense(w, n, &sense) || !synonyms_adjective(sense)))
			return 0;
		w += n + (w[n] == ' ');
	}
	e->adjectives = 1;
	return 1;
}

/* How much a pair looks like a term pair worth a terminologist's time. */
/*
 * Is English phrase e, which never ends its noun phrase, a noun that
 * modifies others: several words, the last a noun by its form, seen
 * before two different words or more (cyber diplomacy capacity, cyber
 * diplomacy training)? A term of its own that the text uses only to
 * qualify; not a run of adjectives (regional and national), nor one
 * that always stands before the same word (a piece of a longer term),
 * nor one an adjective opens, which qualifies the whole phrase after it
 * (national computer security incident response teams, national computer
 * emergency response teams).
 */
static int noun_modifier(const phrase *e)
{
	const char *last = e->text + e->last_start;
	size_t ln = strlen(last);

	return !e->single && e->heads >= 2 && last[0] >= 'a' && last[0] <= 'z' && !modifier_form(last, ln) &&
	       !adjective_form(e->text, e->first_len);
}

static double pair_score(extractor *x, const pair *p)
{
	const phrase *z = &x->phrases[p->zh], *e = &x->phrases[p->en];
	double tr = p->translation > 0 ? p->translation : 0;
	/* The segments where only the English's acronym stands count where
	 * the Chinese repeats this pair's Chinese (信息和通信技术 with ICTs),
	 * not where it writes a short form of its own (信通技术): each side
	 * as often as it is written. */
	double dice = 2.0 * p->count / (double)(z->freq + e->freq - e->acronym_freq + (long)p->acronym_count);
	int head = dictionary_head(x, p);
	double iz = independence(z, head), ie = independence(e, head);
	double form = 1;

	/* A name is a unit wherever it stands: inside a longer phrase that
	 * is no name (reports of the Group of Governmental Experts) it is
	 * still the name; and so is its Chinese (政府专家组) before the words
	 * that follow it (报告), not where a longer Chinese begins before it
	 * (名额工作组 in 不限成员名额工作组: a piece of the name) or only adds a
	 * character (常驻代表 in 常驻代表团). Seen once, the Chinese cannot
	 * show it. */
	if (e->institution && z->freq >= 2) {
		double zn = name_independence(z);
		ie = name_independence(e);
		if (iz < zn)
			iz = zn < ie ? zn : ie;
	}

	if (tr <= 0 && !p->heard && p->count >= 2 && z->freq == p->count && e->freq == p->count)
		tr = REPETITION_CREDIT;

	/* Two single everyday words (国家 / States) are vocabulary, not terms;
	 * an acronym, a longer Chinese word may still be one, and two derived
	 * abstract nouns (透明度 / transparency) are; so is a word of two
	 * characters that general text seldom writes (归因 / attribution:
	 * RARE_WORD), however short. */
	if (z->single && e->single && !acronym_like(e->text, strlen(e->text)) && !derived_nouns(z, e))
		form = chars_in(z->text, strlen(z->text)) <= 2 && !rare_word(x, z->text) ? 0.12 : 0.7;
	if ((e->name == 1) && !e->single)
		form *= 1.2;
	/* Terms are seldom long: past ten characters or five words, less
	 * likely. Not a name's Chinese: 反恐怖主义委员会执行局 is as long as the
	 * body it names. */
	if (chars_in(z->text, strlen(z->text)) > 10 && e->name != 1)
		form *= 0.7;
	if (e->units > 5)
		form *= 0.7;
	if (iz < 0)
		iz = 0;
	if (ie < 0)
		ie = 0;
	if (coordinated(z, e))
		form *= 0.3;
	/* A subject and its verb are a clause, not a term; so is a Chinese
	 * subject and verb whose English writes the subject alone. */
	if (e->clause || verb_left_out(x, z, e, (long)p->first_bead))
		form *= 0.2;
	/* An English phrase that never ends where its noun phrase ends has no
	 * head noun: regional and national (levels, discussions). */
	if (!e->closed && !noun_modifier(e))
		form *= 0.4;
	if (adjectives_only(&x->phrases[p->en]))
		form *= 0.2;
	/* Between equals, the longer pair: the whole name, not a piece of it. */
	form *= 1.0 + 0.01 * (double)(z->units + e->units);
	return (0.1 + 0.9 * tr) * (0.1 + 0.9 * tr) * sqrt(dice) * (1.0 + log2((double)p->count)) * (0.15 + 0.85 * iz) *
	       (0.15 + 0.85 * ie) * form * edges(x, z, e);
}

/* Close up rank[0..n) over the entries marked in drop; the new count. */
static size_t keep_undropped(ranked *rank, size_t n, const unsigned char *drop)
{
	size_t i, out = 0;

	for (i = 0; i < n; i++)
		if (!drop[i])
			rank[out++] = rank[i];
	return out;
}

static int by_bead(const void *a, const void *b, void *userdata)
{
	const extractor *x = userdata;
	long p = x->pairs[((const ranked *)a)->pair].first_bead;
	long q = x->pairs[((const ranked *)b)->pair].first_bead;

	return p < q ? -1 : p > q;
}

/* Does key a hold key b as a run of whole words (English) or characters? */
static int holds(const char *a, const char *b, int en)
{
	size_t bn = strlen(b);
	const char *p = a;

	while ((p = strstr(p, b)) != NULL) {
		if (!en || ((p == a || p[-1] == ' ') && (p[bn] == '\0' || p[bn] == ' ')))
			return 1;
		p++;
	}
	return 0;
}

/* Does key a end with key b, shorter, at a word's start (English)? */
static int ends_with(const char *a, const char *b, int en)
{
	size_t an = strlen(a), bn = strlen(b);

	return bn < an && !strcmp(a + an - bn, b) && (!en || a[an - bn - 1] == ' ');
}

/*
 * Is a listed pair made of the whole's modifier (zh_mod, en_mod) and a
 * shorter end of its head (zh_head, en_head): 关键 + 基础设施 / critical +
 * infrastructure, for 关键数字基础设施 / critical digital infrastructure?
 * partner[zh] is the English phrase listed with a Chinese one.
 */
static int modifier_term_listed(extractor *x, const uint32_t *partner, const char *zh_mod, size_t zm,
				const char *zh_head, const char *en_mod, size_t em, const char *en_head,
				util_buf *key)
{
	const char *z, *e;

	for (z = zh_head + 1; *z; z++) {
		long id;
		if ((*z & 0xC0) == 0x80)
			continue;
		key->len = 0;
		if (util_buf_add(key, "z:", 2) || util_buf_add(key, zh_mod, zm) || util_buf_add(key, z, strlen(z)))
			return 0;
		id = strtab_find(&x->phrase_keys, key->s, key->len);
		if (id < 0 || partner[id] == UINT32_MAX)
			continue;
		for (e = en_head; (e = strchr(e, ' ')) != NULL;) {
			e++;
			key->len = 0;
			if (util_buf_add(key, "e:", 2) || util_buf_add(key, en_mod, em) ||
			    util_buf_add(key, e, strlen(e)))
				return 0;
			if (strtab_find(&x->phrase_keys, key->s, key->len) == (long)partner[id])
				return 1;
		}
	}
	return 0;
}

/* Does Chinese phrase part end whole on whole words in segment b (网络|事件
 * in 重大|网络|事件; not 安全|协定, cut from 区域|网络安全|协定)? */
static int ends_words(const extractor *x, uint32_t part, uint32_t whole, long b)
{
	const bead *bd = &x->beads[b];
	size_t i, j;

	for (i = bd->zh_first; i < bd->zh_first + bd->zh_count; i++) {
		if (x->occs[i].phrase != whole)
			continue;
		for (j = bd->zh_first; j < bd->zh_first + bd->zh_count; j++)
			if (x->occs[j].phrase == part && x->occs[j].to == x->occs[i].to &&
			    x->occs[j].from > x->occs[i].from)
				return 1;
	}
	return 0;
}

/*
 * Is pair p the head of pair q: q's Chinese and English both end with p's,
 * a modifier dropped on both sides (网络事件 / cyber incidents in 重大网络事件
 * / major cyber incidents)? Such a head names the kind the whole narrows,
 * and stays beside it; but not the head of a name (地区论坛 / Regional
 * Forum in 东盟地区论坛), and not where the modifier forms a listed term
 * with a shorter end of the head: then the modifier was inserted into
 * that term (critical [digital] infrastructure), and the head is a piece;
 * nor the second conjunct's head in a coordination (国家政策机制 in
 * 区域和国家政策机制), which modifies nothing.
 */
static int head_of(extractor *x, const pair *p, const pair *q, const uint32_t *partner, util_buf *key)
{
	const char *pz = x->phrase_keys.words[p->zh] + 2, *qz = x->phrase_keys.words[q->zh] + 2;
	const char *pe = x->phrase_keys.words[p->en] + 2, *qe = x->phrase_keys.words[q->en] + 2;

	if (!ends_with(qz, pz, 0) || !ends_with(qe, pe, 1) || x->phrases[q->en].name == 1 ||
	    x->phrases[q->zh].conj_at || x->phrases[q->en].conj_at || !ends_words(x, p->zh, q->zh, q->first_bead))
		return 0;
	return !modifier_term_listed(x, partner, qz, strlen(qz) - strlen(pz), pz, qe, strlen(qe) - strlen(pe),
				     pe, key);
}

/* Per phrase, the other side of its listed pair among rank[0..n): for each
 * English phrase its Chinese (en = 1), or for each Chinese phrase its
 * English (en = 0); UINT32_MAX where it has none. NULL when out of memory. */
static uint32_t *listed_partners(const extractor *x, const ranked *rank, size_t n, int en)
{
	uint32_t *partner = malloc((x->phrase_keys.count + 1) * sizeof(*partner));
	size_t i;

	if (!partner)
		return NULL;
	for (i = 0; i < x->phrase_keys.count; i++)
		partner[i] = UINT32_MAX;
	for (i = 0; i < n; i++) {
		const pair *p = &x->pairs[rank[i].pair];
		partner[en ? p->en : p->zh] = en ? p->zh : p->en;
	}
	return partner;
}

/*
 * Is p the object of the act q names: q's Chinese a verb and p's
 * (使用 + 信息和通信技术), q's English one word, "of" and p's (use of
 * information and communications technologies)? The verb an act_verb.
 */
static int object_of_act(extractor *x, const pair *p, const pair *q)
{
	const phrase *qz = &x->phrases[q->zh];
	const char *rest = after_word_of(x->phrase_keys.words[q->en] + 2);

	return !qz->single && !strcmp(x->phrase_keys.words[q->zh] + 2 + qz->first_len, x->phrase_keys.words[p->zh] + 2) &&
	       rest && !strcmp(rest, x->phrase_keys.words[p->en] + 2) && act_verb(x, qz->text, qz->first_len);
}

/*
 * Is p a name that q is of: q's English one word, "of", perhaps "the",
 * and p's, a name of several words (report of the Group of Governmental
 * Experts), and q's Chinese p's and one word after it, the head
 * (政府专家组报告)?
 */
static int name_of_head(extractor *x, const pair *p, const pair *q)
{
	const phrase *qz = &x->phrases[q->zh], *pe = &x->phrases[p->en];
	const char *pk = x->phrase_keys.words[p->en] + 2, *zk = x->phrase_keys.words[p->zh] + 2;
	const char *of = after_word_of(x->phrase_keys.words[q->en] + 2);

	if (pe->name != 1 || pe->single || !of || !qz->last_start)
		return 0;
	if (!strncmp(of, "the ", 4))
		of += 4;
	return !strcmp(of, pk) && strlen(zk) == qz->last_start && !strncmp(qz->text, zk, qz->last_start);
}

/*
 * Does the Chinese phrase end in a numbered reference (zh_numbered: 第五十
 * 一条, 大会第76/19号决议)? A citation of a part of a text or of a
 * decision, which a translator checks as a name, not a term: listed after
 * the terms, as named entities are.
 */
static int citation(const phrase *z)
{
	const char *t = z->text, *p = NULL, *q;
	size_t n = strlen(t), kind;
	char num[24];

	for (q = t; (q = strstr(q, "第")) != NULL; q += 3)
		p = q;
	return p && zh_numbered(p, n - (size_t)(p - t), num, sizeof num, &kind) == n - (size_t)(p - t);
}

/*
 * A pair that is part of a longer pair met in the same segments, and no
 * better explained by the dictionary, adds nothing: 东盟地区 / ASEAN
 * Regional inside 东盟地区论坛 / ASEAN Regional Forum. Keep the whole;
 * unless both parts also stand alone in those segments, more often than
 * the whole occurs ("东南亚国家联盟(东盟)以及东盟地区论坛": 东盟 / ASEAN is
 * a pair of its own, not only a piece of the forum's name); nor does a
 * conjunct give way to a coordination (数字服务 / digital services in
 * 基础设施和数字服务 / infrastructure and digital services), nor a head to
 * the whole it heads (head_of: 网络事件 / cyber incidents beside 重大网络事件
 * / major cyber incidents). Sets *count to what is kept; -1 when out of
 * memory.
 */
static int drop_parts(extractor *x, ranked *rank, size_t *count)
{
	size_t n = *count, i, j, group;
	unsigned char *drop = calloc(n + 1, 1);
	uint32_t *partner = listed_partners(x, rank, n, 0);
	util_buf key = {0};

	if (!drop || !partner) {
		free(drop);
		free(partner);
		return -1;
	}
	qsort_r(rank, n, sizeof(*rank), by_bead, x);
	for (group = 0; group < n;) {
		long first = x->pairs[rank[group].pair].first_bead;
		size_t end = group;
		while (end < n && x->pairs[rank[end].pair].first_bead == first)
			end++;
		for (i = group; i < end; i++) {
			const pair *p = &x->pairs[rank[i].pair];
			for (j = group; j < end && !drop[i]; j++) {
				const pair *q = &x->pairs[rank[j].pair];
				if (i == j || q->count != p->count || q->translation < p->translation - 0.05f)
					continue;
				if (x->phrases[p->zh].hits > x->phrases[q->zh].hits &&
				    x->phrases[p->en].hits > x->phrases[q->en].hits)
					continue;
				/* The conjuncts are the terms, not the coordination. */
				if (coordinated(&x->phrases[q->zh], &x->phrases[q->en]))
					continue;
				/* A name is a term inside a phrase that is none (the
				 * Group of Governmental Experts in their reports),
				 * where it is seen twice (pair_score). */
				if (p->count >= 2 && x->phrases[p->en].institution && x->phrases[q->en].name != 1)
					continue;
				/* The object is the term, not the act; and a name
				 * seen once, the name a head is of. A citation is no
				 * term: the name it cites by (大会 in 大会第76/19号决议)
				 * stays one. */
				if (object_of_act(x, p, q) || name_of_head(x, p, q) || citation(&x->phrases[q->zh]))
					continue;
				if ((q->zh != p->zh || q->en != p->en) &&
				    holds(x->phrase_keys.words[q->zh] + 2, x->phrase_keys.words[p->zh] + 2, 0) &&
				    holds(x->phrase_keys.words[q->en] + 2, x->phrase_keys.words[p->en] + 2, 1) &&
				    !head_of(x, p, q, partner, &key))
					drop[i] = 1;
			}
		}
		group = end;
	}
	*count = keep_undropped(rank, n, drop);
	free(drop);
	free(partner);
	free(key.s);
	return 0;
}

/*
 * Two listed pairs with the same phrase on one side, where the other side
 * of one holds the other's and is as well explained by the dictionary:
 * keep the longer (负责任国家行为规范, not 国家行为规范, for norms of
 * responsible State behaviour; security challenges, not challenges, for
 * 安全挑战). Sets *count to what is kept; -1 when out of memory
 * (drop_nested).
 */
typedef struct nest_ctx {
	const extractor *x;
	const ranked *rank;
	int by_en;
} nest_ctx;

static int by_side(const void *a, const void *b, void *userdata)
{
	const nest_ctx *c = userdata;
	const pair *p = &c->x->pairs[c->rank[*(const size_t *)a].pair];
	const pair *q = &c->x->pairs[c->rank[*(const size_t *)b].pair];
	uint32_t u = c->by_en ? p->en : p->zh, v = c->by_en ? q->en : q->zh;

	return u < v ? -1 : u > v;
}

/*
 * Of two pairs with the same English phrase, a noun phrase (it ends its
 * chunk somewhere), does p's Chinese phrase translate it word by word by
 * the words' own senses, where q's is p's and words the English leaves
 * out, a head (信息和通信技术 and 信息和通信技术安全 for "information and
 * communications technologies": "security of and in the use of" stands
 * before it) or a word the English writes elsewhere (代表 and 代表介绍 for
 * "representative": "presented" is the verb; 框架 and 框架内, "within the
 * framework"), and seen more often, without them too?
 */
static int part_says_all(const extractor *x, const pair *p, const pair *q)
{
	const char *pk = x->phrase_keys.words[p->zh] + 2, *qk = x->phrase_keys.words[q->zh] + 2;
	size_t pn = strlen(pk);

	if (!(p->own_senses && p->translation >= 0.999f && q->translation < 0.999f && p->count > q->count &&
	      x->phrases[p->en].closed && strlen(qk) > pn && !strncmp(qk, pk, pn)))
		return 0;
	/* A tail that makes a noun of it names a kind of its own (迦南|人,
	 * "Canaanites"; 参与|者), which the dictionary does not explain. */
	qk += pn;
	return strcmp(qk, "人") && !IN(zh_bound_suffixes, qk, strlen(qk)) && !IN(zh_noun_suffixes, qk, strlen(qk));
}

static int drop_nested(extractor *x, ranked *rank, size_t *count)
{
	size_t n = *count, i, j, g, *order = malloc((n + 1) * sizeof(*order));
	unsigned char *drop = calloc(n + 1, 1);
	nest_ctx c = {x, rank, 0};

	if (!drop || !order) {
		free(drop);
		free(order);
		return -1;
	}
	for (c.by_en = 0; c.by_en < 2; c.by_en++) {
		for (i = 0; i < n; i++)
			order[i] = i;
		qsort_r(order, n, sizeof(*order), by_side, &c);
		for (g = 0; g < n;) {
			size_t end = g + 1;
			while (end < n && !by_side(&order[g], &order[end], &c))
				end++;
			for (i = g; i < end; i++) {
				size_t a = order[i];
				const pair *p = &x->pairs[rank[a].pair];
				for (j = g; j < end && !drop[a]; j++) {
					size_t b = order[j];
					const pair *q = &x->pairs[rank[b].pair];
					const char *pk, *qk;
					int says; /* 1: q says all p's English does, 0: p does, -1: neither */
					if (a == b || drop[b])
						continue;
					pk = x->phrase_keys.words[c.by_en ? p->zh : p->en] + 2;
					qk = x->phrase_keys.words[c.by_en ? q->zh : q->en] + 2;
					/* The shorter Chinese that says all the English does,
					 * where the longer says more; else the longer, as well
					 * explained and nearly as good; or whichever is
					 * plainly better. */
					says = c.by_en ? part_says_all(x, q, p) ? 1 : part_says_all(x, p, q) ? 0 : -1 : -1;
					if (says >= 0)
						drop[a] = (unsigned char)says;
					else if ((holds(qk, pk, c.by_en == 0) && q->translation >= p->translation &&
						  rank[b].score >= 0.8 * rank[a].score) ||
						 ((holds(qk, pk, c.by_en == 0) || holds(pk, qk, c.by_en == 0)) &&
						  rank[b].score > rank[a].score &&
						  !(holds(pk, qk, c.by_en == 0) && p->translation >= q->translation &&
						    rank[a].score >= 0.8 * rank[b].score)))
						drop[a] = 1;
				}
			}
			g = end;
		}
	}
	*count = keep_undropped(rank, n, drop);
	free(drop);
	free(order);
	return 0;
}

/* Each Chinese phrase's occurrences (occs holds the first in each
 * segment), with their segments: [first[z], first[z + 1]) of at[] and
 * bead_of[] are phrase z's. */
typedef struct zh_places {
	uint32_t *first, *at, *bead_of;
} zh_places;

static void zh_places_free(zh_places *pl)
{
	free(pl->first);
	free(pl->at);
	free(pl->bead_of);
}

/* A counting sort of the Chinese occurrences by phrase; -1 when out of
 * memory. */
static int zh_places_index(const extractor *x, zh_places *pl)
{
	size_t n_phrases = x->phrase_keys.count, i, b, o;
	uint32_t *fill;

	pl->first = calloc(n_phrases + 1, sizeof(*pl->first));
	pl->at = pl->bead_of = NULL;
	if (!pl->first)
		return -1;
	for (b = 0; b < x->n_beads; b++)
		for (o = x->beads[b].zh_first; o < x->beads[b].zh_first + x->beads[b].zh_count; o++)
			pl->first[x->occs[o].phrase + 1]++;
	for (i = 0; i < n_phrases; i++)
		pl->first[i + 1] += pl->first[i];
	pl->at = malloc((pl->first[n_phrases] + 1) * sizeof(*pl->at));
	pl->bead_of = malloc((pl->first[n_phrases] + 1) * sizeof(*pl->bead_of));
	fill = malloc((n_phrases + 1) * sizeof(*fill));
	if (!pl->at || !pl->bead_of || !fill) {
		free(fill);
		return -1;
	}
	memcpy(fill, pl->first, (n_phrases + 1) * sizeof(*fill));
	for (b = 0; b < x->n_beads; b++)
		for (o = x->beads[b].zh_first; o < x->beads[b].zh_first + x->beads[b].zh_count; o++) {
			uint32_t k = fill[x->occs[o].phrase]++;
			pl->at[k] = (uint32_t)o;
			pl->bead_of[k] = (uint32_t)b;
		}
	free(fill);
	return 0;
}

/*
 * Does Chinese phrase zh, in every segment it stands in, cut across
 * phrase `other` there (begin inside it and end past it, or begin before
 * it and end inside it); or, where other is UINT32_MAX, across a phrase
 * that unit[] marks?
 */
static int crosses_everywhere(const extractor *x, const zh_places *pl, uint32_t zh,
			      const unsigned char *unit, uint32_t other)
{
	uint32_t k;
	int crossed = pl->first[zh] < pl->first[zh + 1];

	for (k = pl->first[zh]; k < pl->first[zh + 1] && crossed; k++) {
		const occ *me = &x->occs[pl->at[k]];
		const bead *bd = &x->beads[pl->bead_of[k]];
		size_t o;
		crossed = 0;
		for (o = bd->zh_first; o < bd->zh_first + bd->zh_count && !crossed; o++) {
			const occ *u = &x->occs[o];
			crossed = (other == UINT32_MAX ? unit[u->phrase] : u->phrase == other) &&
				  ((u->from < me->from && me->from < u->to && u->to < me->to) ||
				   (me->from < u->from && u->from < me->to && me->to < u->to));
		}
	}
	return crossed;
}

/* (English phrase, place in rank) pairs, in that order. */
static int by_en_then_rank(const void *a, const void *b)
{
	const size_t *i = a, *j = b;

	return i[0] != j[0] ? (i[0] < j[0] ? -1 : 1) : (i[1] < j[1] ? -1 : i[1] > j[1]);
}

/*
 * Two Chinese readings of one English phrase that cut across each other
 * wherever they stand are one phrase read twice (缩小数字 and 数字鸿沟, both
 * "digital divide", in 缩小数字鸿沟 "bridge the digital divide"): one goes.
 * Chinese writes a verb before its object, so where one reading begins
 * with a word CC-CEDICT gives as a verb only (缩小, "to reduce") and the
 * other does not, the first has taken the verb in and the end of its
 * object out, and goes. Where both or neither begin so, nothing tells
 * which reading is the term (民间社会和学术界 and 社会和学术界参与, both
 * "civil society and academia"), and both stay. Marks drop[] by place in
 * rank; -1 when out of memory.
 */
static int drop_rereadings(extractor *x, const zh_places *pl, const ranked *rank, size_t n,
			   unsigned char *drop)
{
	size_t (*by_en)[2] = malloc((n + 1) * sizeof(*by_en)), g, a, b;

	if (!by_en)
		return -1;
	for (g = 0; g < n; g++) {
		by_en[g][0] = x->pairs[rank[g].pair].en;
		by_en[g][1] = g;
	}
	qsort(by_en, n, sizeof(*by_en), by_en_then_rank);
	for (g = 0; g < n;) {
		size_t end = g + 1;
		while (end < n && by_en[end][0] == by_en[g][0])
			end++;
		for (a = g; a < end; a++)
			for (b = a + 1; b < end && !drop[by_en[a][1]]; b++) {
				const pair *p = &x->pairs[rank[by_en[a][1]].pair];
				const pair *q = &x->pairs[rank[by_en[b][1]].pair];
				const phrase *pz = &x->phrases[p->zh], *qz = &x->phrases[q->zh];
				int pv, qv;
				if (drop[by_en[b][1]] || !crosses_everywhere(x, pl, q->zh, NULL, p->zh) ||
				    !crosses_everywhere(x, pl, p->zh, NULL, q->zh))
					continue;
				pv = zh_verb(x, pz->text, pz->first_len);
				qv = zh_verb(x, qz->text, qz->first_len);
				if (pv != qv)
					drop[by_en[pv ? a : b][1]] = 1;
			}
		g = end;
	}
	free(by_en);
	return 0;
}

/*
 * A Chinese candidate that cuts across a term listed above it is a
 * fragment: 使用信息 / use, where the segment writes 使用|信息和通信技术,
 * or 参与多利益 / participation, where it writes 参与|多利益攸关方对话.
 * The candidates listed above are read in order, and those the dictionary
 * explains whole (every word of both sides) are the reliable units. A
 * candidate it explains in part or not at all goes where, in every
 * segment it stands in, it begins inside one of them and ends past it, or
 * begins before one and ends inside it. One that holds a unit whole, or
 * lies inside one, is a longer or a shorter term, for the rules above
 * (drop_nested) to weigh; one explained whole is a unit itself, however it
 * overlaps (国际安全 and 安全挑战 in 国际安全挑战). Two readings of one
 * English phrase that cross go first (drop_rereadings).
 *
 * Two modifiers that share a head (信息和通信技术, shared_head) are a unit
 * wherever they are listed, and before any other test: a candidate that
 * crosses them everywhere has taken a modifier without the head it shares
 * (和平利用信息, cut before 和通信技术), however well the dictionary
 * explains it ("peaceful use of information"). Returns -1 when out of
 * memory.
 */
static int drop_crossing(extractor *x, ranked *rank, size_t *n)
{
	zh_places pl = {NULL, NULL, NULL};
	unsigned char *unit = calloc(x->phrase_keys.count + 1, 1), *drop = calloc(*n + 1, 1);
	unsigned char *shared = calloc(x->phrase_keys.count + 1, 1);
	size_t i, out = 0;
	int rc = -1;

	if (!unit || !drop || !shared || zh_places_index(x, &pl))
		goto done;
	if (drop_rereadings(x, &pl, rank, *n, drop))
		goto done;
	for (i = 0; i < x->phrase_keys.count; i++)
		shared[i] = !x->phrases[i].en && x->phrases[i].shared_head;
	for (i = 0; i < *n; i++) {
		const pair *p = &x->pairs[rank[i].pair];

		if (drop[i] || (!shared[p->zh] && crosses_everywhere(x, &pl, p->zh, shared, UINT32_MAX)))
			continue;
		if (p->translation >= 0.999f && x->phrases[p->zh].first_len < strlen(x->phrases[p->zh].text) &&
		    zh_verb(x, x->phrases[p->zh].text, x->phrases[p->zh].first_len) &&
		    crosses_everywhere(x, &pl, p->zh, unit, UINT32_MAX))
			continue;
		if (p->translation >= 0.999f) {
			unit[p->zh] = 1;
			rank[out++] = rank[i];
		} else if (!crosses_everywhere(x, &pl, p->zh, unit, UINT32_MAX)) {
			rank[out++] = rank[i];
		}
	}
	*n = out;
	rc = 0;
done:
	zh_places_free(&pl);
	free(unit);
	free(shared);
	free(drop);
	return rc;
}

/*
 * Does the key whole hold the key part as a modifier, not as its head? The
 * head of a Chinese phrase is its end; of an English one, the words before
 * its first preposition (of, for, in, on), or all. A part that ends where
 * the head ends is the head (网络事件 in 重大网络事件, Permanent
 * Representative in Permanent Representative of Estonia): a kind the whole
 * narrows, a term of its own there; so is a part that holds the head
 * (framework for responsible State behaviour in framework for responsible
 * State behaviour in cyberspace). A part before the head's end, or after
 * it, modifies the head, before it or as its complement (建立信任 in 建立信任措施,
 * confidence build in confidence build measure, security council in
 * president of the security council).
 */
static int modifier_in(const char *whole, const char *part, int en)
{
	size_t pn = strlen(part), head_end = strlen(whole);
	const char *p = whole, *w;

	if (en)
		for (w = whole; *w; w++)
			if (*w == ' ' && in_list(en_inner, EN_PREPOSITIONS, w + 1, strcspn(w + 1, " "))) {
				head_end = (size_t)(w - whole);
				break;
			}
	while ((p = strstr(p, part)) != NULL) {
		size_t end = (size_t)(p - whole) + pn;
		if ((!en || ((p == whole || p[-1] == ' ') && (!whole[end] || whole[end] == ' '))) &&
		    (end < head_end || (size_t)(p - whole) > head_end))
			return 1;
		p++;
	}
	return 0;
}

/* A listed phrase met in a segment where a longer listed phrase holds all
 * its occurrences (own_occurrences). */
typedef struct owned_at {
	uint32_t phrase;
	uint32_t bead;
} owned_at;

static int by_phrase_bead(const void *a, const void *b)
{
	const owned_at *p = a, *q = b;

	if (p->phrase != q->phrase)
		return p->phrase < q->phrase ? -1 : 1;
	return p->bead < q->bead ? -1 : p->bead > q->bead;
}

/*
 * A phrase met only as the modifier of a longer listed term in a segment,
 * where that term's partner stands too, is written there as part of the
 * longer term's name (建立信任 in 建立信任措施 / confidence-building
 * measures; "health care" in 医疗设施 / health-care facilities): the
 * segment counts neither for nor against a pair of the phrase alone (the
 * C-value's reasoning, Frantzi et al. 2000). So, for each listed pair, a
 * side's frequency leaves out the segments where the side stands only
 * inside such a term (a Chinese "health care" missing there is no evidence
 * against 医疗保健 / health care: the Chinese translates the longer term),
 * and the pair's count leaves out those where both sides do (five of
 * 建立信任 / confidence-building's six; one is its own); the score's Dice and
 * frequency are taken again from the counts left, each at least 1. The
 * longer term is a noun phrase (no verb at either end: 希西家王听见 / king
 * Hezekiah heard is no term), not a coordination (each conjunct is a term
 * of its own), and, where the pair's both sides stand inside it, a better
 * pair than the shorter one (else the longer is the fragment). Heads stay
 * counted (modifier_in). Applied to the listed pairs' scores, after
 * selection, so that each pair keeps its partner and its parts.
 */
static int own_occurrences(extractor *x, ranked *rank, size_t n, const uint32_t *en_of_zh,
			   const uint32_t *zh_of_en)
{
	size_t np = x->phrase_keys.count, b, i, n_at = 0, at_cap = 0, owners_cap = 0;
	long *seen = malloc((np + 1) * sizeof(*seen)), *alone = malloc((np + 1) * sizeof(*alone));
	/* Per phrase: the best score of its listed pairs, and of those that
	 * are noun phrases (0: none); where its owned segments start in at. */
	double *best = calloc(np + 1, sizeof(*best)), *best_np = calloc(np + 1, sizeof(*best_np));
	size_t *first = malloc((np + 2) * sizeof(*first));
	owned_at *at = NULL;
	const occ **owners = NULL;
	int rc = -1;

	if (!seen || !alone || !best || !best_np || !first)
		goto done;
	/* The listed partner of the bead's k-th occurrence, phrase ph
	 * (UINT32_MAX: none). */
#define PARTNER(k, ph) ((k) < bd->zh_count ? en_of_zh[ph] : zh_of_en[ph])
	for (i = 0; i < np; i++)
		seen[i] = alone[i] = -1;
	for (i = 0; i < n; i++) {
		const pair *p = &x->pairs[rank[i].pair];
		const phrase *z = &x->phrases[p->zh], *e = &x->phrases[p->en];
		double s = rank[i].score;
		if (s > best[p->zh])
			best[p->zh] = s;
		if (s > best[p->en])
			best[p->en] = s;
		/* A noun phrase, as a term is: no verb at either end
		 * (希西家王听见 / king Hezekiah heard), and no coordination
		 * (each conjunct is a term). */
		if (edges(x, z, e) < 1 || en_verb(x, e) ||
		    zh_verb(x, z->text + z->last_start, strlen(z->text) - z->last_start) || z->conj_at ||
		    e->conj_at)
			continue;
		if (s > best_np[p->zh])
			best_np[p->zh] = s;
		if (s > best_np[p->en])
			best_np[p->en] = s;
	}
	for (b = 0; b < x->n_beads; b++) {
		const bead *bd = &x->beads[b];
		const occ *o = &x->occs[bd->zh_first];
		size_t no = (size_t)bd->zh_count + bd->en_count, n_owners = 0, k, j;
		for (k = 0; k < no; k++)
			seen[o[k].phrase] = (long)b;
		/* The listed noun phrases whose partner stands here too. */
		for (k = 0; k < no; k++) {
			uint32_t ph = o[k].phrase, partner = PARTNER(k, ph);
			if (best_np[ph] <= 0 || partner == UINT32_MAX || seen[partner] != (long)b)
				continue;
			if (util_grow(&owners, &owners_cap, n_owners + 1, sizeof(*owners)))
				goto done;
			owners[n_owners++] = &o[k];
		}
		/* Each listed phrase: does it stand here on its own anywhere? */
		for (k = 0; k < no; k++) {
			uint32_t ph = o[k].phrase, partner = PARTNER(k, ph);
			int en = k >= bd->zh_count, inside = 0;
			if (partner == UINT32_MAX)
				continue;
			for (j = 0; j < n_owners && !inside; j++) {
				const occ *q = owners[j];
				inside = (q >= o + bd->zh_count) == en && q->phrase != ph &&
					 q->from <= o[k].from && o[k].to <= q->to &&
					 /* Where its partner stands too, the pair
					  * gives way only to a better one. */
					 (seen[partner] != (long)b || best_np[q->phrase] >= best[ph]) &&
					 modifier_in(x->phrase_keys.words[q->phrase] + 2,
						     x->phrase_keys.words[ph] + 2, en);
			}
			if (!inside)
				alone[ph] = (long)b;
		}
		for (k = 0; k < no; k++) {
			uint32_t ph = o[k].phrase;
			if (PARTNER(k, ph) == UINT32_MAX ||
			    seen[ph] != (long)b || alone[ph] == (long)b)
				continue;
			seen[ph] = -1; /* once per segment */
			if (util_grow(&at, &at_cap, n_at + 1, sizeof(*at)))
				goto done;
			at[n_at].phrase = ph;
			at[n_at++].bead = (uint32_t)b;
		}
	}
	/* Beads come in order; group them by phrase. */
	if (n_at)
		qsort(at, n_at, sizeof(*at), by_phrase_bead);
	for (i = 0, b = 0; i <= np; i++) {
		while (b < n_at && at[b].phrase < i)
			b++;
		first[i] = b;
	}
	first[np + 1] = n_at;
	for (i = 0; i < n; i++) {
		const pair *p = &x->pairs[rank[i].pair];
		const phrase *z = &x->phrases[p->zh], *e = &x->phrases[p->en];
		size_t zi = first[p->zh], ze = first[p->zh + 1], ei = first[p->en], ee = first[p->en + 1];
		double c = p->count, both = 0, c2, zf, ef;
		if (zi == ze && ei == ee)
			continue;
		zf = (double)z->freq - (double)(ze - zi);
		ef = (double)e->freq - (double)(ee - ei);
		/* The segments where both sides are the longer pair's. */
		while (zi < ze && ei < ee) {
			if (at[zi].bead == at[ei].bead) {
				both++;
				zi++;
				ei++;
			} else if (at[zi].bead < at[ei].bead) {
				zi++;
			} else {
				ei++;
			}
		}
		/* Seen at least once: a pair never met alone keeps that once. */
		c2 = c - both < 1 ? 1 : c - both;
		zf = zf < 1 ? 1 : zf;
		ef = ef < 1 ? 1 : ef;
		rank[i].score *= sqrt((2.0 * c2 / (zf + ef)) / (2.0 * c / (double)(z->freq + e->freq))) *
				 (1.0 + log2(c2)) / (1.0 + log2(c));
	}
#undef PARTNER
	rc = 0;
done:
	free(seen);
	free(alone);
	free(best);
	free(best_np);
	free(first);
	free(at);
	free(owners);
	return rc;
}

/*
 * Is the Chinese a an abbreviation of b: b's characters in order with some
 * left out, the first and the last kept (安理会 of 安全理事会, 东盟 of
 * 东南亚国家联盟, 信通技术 of 信息和通信技术)? Taking characters from the
 * full form is the regular way Chinese shortens a name (缩略语); a
 * contiguous piece (理事会) is a part, not an abbreviation.
 */
static int abbreviates(const char *a, const char *b, size_t b_first_len)
{
	size_t an = strlen(a), bn = strlen(b), i = 0, j = 0, ea = 0, eb = 0;
	uint32_t c = 0, d = 0, last_a = 0, last_b = 0;

	if (an < 6 || an >= bn || strstr(b, a))
		return 0;
	if (utf8_next(a, an, &ea) != utf8_next(b, bn, &eb) || !is_han(utf8_next(a, an, &(size_t){0})))
		return 0;
	ea = an;
	eb = bn;
	last_a = utf8_prev(a, &ea);
	last_b = utf8_prev(b, &eb);
	if (last_a != last_b)
		return 0;
	/* The first word of the full form is cut short: characters taken, not
	 * words dropped (以色列支派 is 以色列众支派 less a word). */
	for (i = 0; i < an && i < bn && a[i] == b[i]; i++)
		;
	if (i >= b_first_len)
		return 0;
	i = 0;
	while (i < an) {
		c = utf8_next(a, an, &i);
		do {
			if (j >= bn)
				return 0;
			d = utf8_next(b, bn, &j);
		} while (d != c);
	}
	return 1;
}

/* The English head of a phrase's key: the last word before a
 * preposition, or the last word (Council in Security Council, President
 * in President of the Security Council). */
static long en_head_phrase(extractor *x, uint32_t en)
{
	const char *key = x->phrase_keys.words[en] + 2, *end = key + strlen(key), *w;
	char buf[96];
	size_t i;

	for (w = key; *w; w++) {
		if (*w != ' ')
			continue;
		for (i = 0; i < 4; i++) { /* of, for, in, on */
			size_t k = strlen(en_inner[i]);
			if (!strncmp(w + 1, en_inner[i], k) && (w[1 + k] == ' ' || !w[1 + k]))
				break;
		}
		if (i < 4) {
			end = w;
			break;
		}
	}
	for (w = end; w > key && w[-1] != ' ';)
		w--;
	if (w == key && end == key + strlen(key))
		return -1; /* one word: its own head */
	if ((size_t)(end - w) + 3 > sizeof buf)
		return -1;
	buf[0] = 'e';
	buf[1] = ':';
	memcpy(buf + 2, w, (size_t)(end - w));
	return strtab_find(&x->phrase_keys, buf, (size_t)(end - w) + 2);
}

typedef struct full_form {
	uint32_t en;   /* an English phrase: a listed pair's, or its head */
	uint32_t zh;   /* the listed pair's Chinese */
} full_form;

static int by_full_en(const void *a, const void *b)
{
	const full_form *p = a, *q = b;

	return p->en < q->en ? -1 : p->en > q->en;
}

/*
 * A Chinese abbreviation shares its full form's translation. 安理会 is
 * what the Chinese text says where the English says "the Council", after
 * 安全理事会 / Security Council: one concept, two Chinese forms. Its pair
 * with "Council" is best for neither side ("Council" prefers the full
 * form, which has its own partner), so it was never listed. A Chinese
 * phrase with no listed pair that abbreviates (abbreviates()) the Chinese
 * of a listed pair takes, of its pairs whose English is that pair's
 * English or the head of it, the best one. Sets *count to the new count
 * of rank (rank has room for every pair); -1 when out of memory.
 */
static int list_abbreviations(extractor *x, ranked *rank, size_t *count, const double *score)
{
	size_t n = *count, i, n_full = 0, nk = x->phrase_keys.count;
	full_form *full = malloc((2 * n + 1) * sizeof(*full));
	unsigned char *listed = calloc(nk + 1, 1);
	uint32_t *best = malloc((nk + 1) * sizeof(*best));
	int rc = -1;

	if (!full || !listed || !best)
		goto done;
	for (i = 0; i < n; i++) {
		const pair *p = &x->pairs[rank[i].pair];
		const phrase *e = &x->phrases[p->en];
		long head;
		listed[p->zh] = 1;
		/* Names and designations the English abbreviates too. */
		if (!((e->name == 1 && !e->single) || e->acronym))
			continue;
		head = en_head_phrase(x, p->en);
		full[n_full++] = (full_form){p->en, p->zh};
		if (head >= 0)
			full[n_full++] = (full_form){(uint32_t)head, p->zh};
	}
	qsort(full, n_full, sizeof(*full), by_full_en);
	for (i = 0; i < nk; i++)
		best[i] = UINT32_MAX;
	for (i = 0; i < x->n_pairs; i++) {
		const pair *p = &x->pairs[i];
		full_form key = {p->en, 0};
		const full_form *f;
		if (listed[p->zh] || p->translation <= 0 || known_fragment(x, p) || x->phrases[p->zh].en)
			continue;
		if (best[p->zh] != UINT32_MAX && score[best[p->zh]] >= score[i])
			continue;
		f = bsearch(&key, full, n_full, sizeof(*full), by_full_en);
		if (!f)
			continue;
		while (f > full && f[-1].en == p->en)
			f--;
		for (; f < full + n_full && f->en == p->en; f++)
			if (abbreviates(x->phrases[p->zh].text, x->phrases[f->zh].text,
					x->phrases[f->zh].first_len)) {
				best[p->zh] = (uint32_t)i;
				break;
			}
	}
	for (i = 0; i < nk; i++) {
		if (best[i] == UINT32_MAX)
			continue;
		rank[n].pair = best[i];
		rank[n].score = score[best[i]];
		rank[n].tie = x->phrases[i].rarity;
		n++;
	}
	*count = n;
	rc = 0;
done:
	free(full);
	free(listed);
	free(best);
	return rc;
}

/*
 * The pair of phrases zh and en, made where no segment made it as a copy
 * of pair model (its counts, its score's evidence: the short form is met
 * where the full one is); the pair as it was where it exists. NULL when
 * out of memory.
 */
static pair *pair_like(extractor *x, uint32_t zh, uint32_t en, size_t model)
{
	int added;
	pair *q = pair_get(x, zh, en, &added);

	if (q && added) {
		/* pair_get may have moved the pairs: the model is read after. */
		*q = x->pairs[model];
		q->zh = zh;
		q->en = en;
	}
	return q;
}

/*
 * The full forms of a name, and the short forms, paired with each other.
 * The text writes 欧洲安全与合作组织（欧安组织） where the English writes
 * "Organization for Security and Co-operation in Europe (OSCE)", and then
 * 欧安组织 where it writes OSCE; each OSCE counts for the long form
 * (acronym_occurrences), so the abbreviation, met three times, took the
 * expansion from the full form, met once. A listed pair of a Chinese
 * abbreviation (abbreviates()) and an English phrase with an acronym, where
 * a Chinese full form of it, not listed, is paired with the same English
 * as well translated, gives the English to the full form (with the
 * pair's score), and takes the acronym, where that pair is met (欧安组织 /
 * OSCE, listed beside it with the same score). Sets *count to the new
 * count of rank (rank has room for every pair); -1 when out of memory.
 */
static int list_full_forms(extractor *x, ranked *rank, size_t *count)
{
	/* The pairs made here (the short form's with the acronym) are no
	 * full form's: the search looks among the pairs there were. */
	size_t n = *count, i, j, nk = x->phrase_keys.count, n_pairs = x->n_pairs;
	unsigned char *listed = calloc(nk + 1, 1), *pair_listed = calloc(n_pairs + 1, 1);

	if (!listed || !pair_listed) {
		free(listed);
		free(pair_listed);
		return -1;
	}
	for (i = 0; i < n; i++) {
		listed[x->pairs[rank[i].pair].zh] = listed[x->pairs[rank[i].pair].en] = 1;
		pair_listed[rank[i].pair] = 1;
	}
	for (i = 0; i < *count; i++) {
		const pair *p = &x->pairs[rank[i].pair], *full = NULL, *brief;
		const phrase *z = &x->phrases[p->zh];
		long acronym = acronym_phrase(x, p->en);
		int twin = 0; /* the full form is listed with the same English */
		if (acronym < 0 || listed[acronym])
			continue;
		for (j = 0; j < n_pairs; j++) {
			const pair *q = &x->pairs[j];
			const phrase *f = &x->phrases[q->zh];
			if (q->en != p->en || q->translation < p->translation ||
			    !abbreviates(z->text, f->text, f->first_len))
				continue;
			if (listed[q->zh]) {
				twin |= pair_listed[j];
				continue;
			}
			if (!full || q->count > full->count)
				full = q;
		}
		if (!full && twin) {
			/* Both forms listed with the expansion (世界卫生组织 and 世卫组织 /
			 * World Health Organization, the text writing "世界卫生组织
			 * （世卫组织）" for "World Health Organization (WHO)"): the
			 * short form is the acronym's, met where the acronym is,
			 * whether or not a bead paired them (the dictionary's
			 * "WHO" is a function word's key). */
			pair *b = pair_like(x, p->zh, (uint32_t)acronym, rank[i].pair);
			if (!b) {
				free(listed);
				free(pair_listed);
				return -1;
			}
			listed[acronym] = 1;
			rank[i].pair = (size_t)(b - x->pairs);
			continue;
		}
		if (!full || !(brief = pair_find(x, p->zh, (uint32_t)acronym)))
			continue;
		listed[full->zh] = listed[acronym] = 1;
		rank[i].pair = (size_t)(full - x->pairs);
		rank[i].tie = x->phrases[full->zh].rarity;
		rank[n].pair = (size_t)(brief - x->pairs);
		rank[n].score = rank[i].score;
		rank[n].tie = z->rarity;
		n++;
	}
	*count = n;
	free(listed);
	free(pair_listed);
	return 0;
}

/* The phrase whose key is side ("z:" or "e:") and s[0..n): its id, -1
 * when there is none, -2 when out of memory. key is the caller's
 * buffer. */
static long phrase_of(extractor *x, util_buf *key, const char *side, const char *s, size_t n)
{
	key->len = 0;
	if (util_buf_add(key, side, 2) || util_buf_add(key, s, n))
		return -2;
	return strtab_find(&x->phrase_keys, key->s, key->len);
}

/* How many Han characters a short form the text defines may have, and
 * how many of the full form's last ones are kept to find it by. */
#define SHORT_FORM_CHARS 12
#define SHORT_FORM_BEFORE 30

/*
 * Note the short forms Chinese text zh of bead b defines: Han characters
 * in parentheses right after Han characters, "红十字国际委员会（红十字委员
 * 会）", the way a UN text says once which short form it will use (the
 * English writes the acronym so: "International Committee of the Red
 * Cross (ICRC)"). 0, or -1 when out of memory.
 */
static int note_short_forms(extractor *x, const char *zh, long b)
{
	char *folded = NULL;
	sy_error err;
	size_t n, open;
	int rc = -1;

	if (!strstr(zh, "（") && !strchr(zh, '('))
		return 0;
	if (sy_fold_zh(zh, strlen(zh), &folded, &err))
		return -1;
	n = strlen(folded);
	for (open = 0; open < n; open++) {
		size_t start = open, in = open + 1, end, chars = 0, before = 0;
		zh_short_form *f;
		if (folded[open] != '(')
			continue;
		/* The short form: Han characters only, up to the parenthesis. */
		for (end = in; end < n && folded[end] != ')' && chars <= SHORT_FORM_CHARS; chars++) {
			size_t at = end;
			if (!is_han(utf8_next(folded, n, &at)))
				break;
			end = at;
		}
		if (end >= n || folded[end] != ')' || chars < 2 || chars > SHORT_FORM_CHARS)
			continue;
		/* The full form's end: the Han characters before it. */
		while (start > 0 && before < SHORT_FORM_BEFORE) {
			size_t at = start;
			if (!is_han(utf8_prev(folded, &at)))
				break;
			start = at;
			before++;
		}
		if (before <= chars)
			continue;
		if (util_grow(&x->short_forms, &x->short_forms_cap, x->n_short_forms + 1, sizeof(*x->short_forms)))
			goto done;
		f = &x->short_forms[x->n_short_forms];
		f->before = strndup(folded + start, open - start);
		f->inside = strndup(folded + in, end - in);
		f->bead = b;
		x->n_short_forms++;
		if (!f->before || !f->inside)
			goto done;
	}
	rc = 0;
done:
	free(folded);
	return rc;
}

/*
 * The short forms the text defines, paired with the acronyms the English
 * defines beside them. 红十字国际委员会（红十字委员会） stands where the
 * English writes "International Committee of the Red Cross (ICRC)"; then
 * 红十字委员会 where it writes ICRC, or "the Committee". The short form
 * is no abbreviation by characters (a word is dropped: abbreviates()), and
 * where it is met only once or twice its pairs are weak (红十字委员会 /
 * Committee of the Red Cross was listed, 271st); 毒品和犯罪问题办公室 is the
 * full form less 联合国. The text's own definition is the evidence a
 * terminologist takes: for a listed pair whose English has an acronym not
 * listed, a short form defined right after its Chinese, in a segment that
 * holds its English, is listed with the acronym, with the pair's score (in
 * place of its own listing, if it was listed with another English). Sets
 * *count to the new count of *rank, *cap its room; -1 when out of memory.
 */
static int list_defined_short_forms(extractor *x, ranked **rank, size_t *count, size_t *cap)
{
	size_t n = *count, i, d, nk = x->phrase_keys.count;
	unsigned char *listed_en = NULL;
	size_t *rank_of_zh = NULL;
	util_buf key = {NULL, 0, 0};
	int rc = -1;

	if (!x->n_short_forms)
		return 0;
	listed_en = calloc(nk + 1, 1);
	rank_of_zh = malloc((nk + 1) * sizeof(*rank_of_zh));
	if (!listed_en || !rank_of_zh)
		goto done;
	for (i = 0; i < nk; i++)
		rank_of_zh[i] = SIZE_MAX;
	for (i = 0; i < n; i++) {
		const pair *p = &x->pairs[(*rank)[i].pair];
		listed_en[p->en] = 1;
		if (rank_of_zh[p->zh] == SIZE_MAX)
			rank_of_zh[p->zh] = i;
	}
	for (i = 0; i < *count; i++) {
		size_t full = (*rank)[i].pair, zn, at;
		const char *zt = x->phrases[x->pairs[full].zh].text;
		long acronym = acronym_phrase(x, x->pairs[full].en), brief;
		if (acronym < 0 || listed_en[acronym])
			continue;
		zn = strlen(zt);
		for (d = 0; d < x->n_short_forms; d++) {
			const zh_short_form *f = &x->short_forms[d];
			size_t bn = strlen(f->before);
			pair *q;
			if (bn < zn || strcmp(f->before + bn - zn, zt) || !strcmp(f->inside, zt) ||
			    !bead_has_en(x, &x->beads[f->bead], x->pairs[full].en))
				continue;
			brief = phrase_of(x, &key, "z:", f->inside, strlen(f->inside));
			if (brief == -2)
				goto done;
			if (brief < 0)
				continue;
			q = pair_like(x, (uint32_t)brief, (uint32_t)acronym, full);
			if (!q)
				goto done;
			listed_en[acronym] = 1;
			at = rank_of_zh[brief];
			if (at == SIZE_MAX) {
				if (n + 1 > *cap) {
					ranked *r = realloc(*rank, 2 * *cap * sizeof(**rank));
					if (!r)
						goto done;
					*rank = r;
					*cap *= 2;
				}
				at = rank_of_zh[brief] = n++;
				(*rank)[at].score = 0;
			}
			(*rank)[at].pair = (size_t)(q - x->pairs);
			if ((*rank)[at].score < (*rank)[i].score)
				(*rank)[at].score = (*rank)[i].score;
			(*rank)[at].tie = x->phrases[brief].rarity;
			break;
		}
	}
	rc = 0;
done:
	*count = n;
	free(listed_en);
	free(rank_of_zh);
	free(key.s);
	return rc;
}

/*
 * An English phrase whose best Chinese partner is taken goes to the
 * longer Chinese phrase that adds its head. "President of the Security
 * Council" meets 安全理事会 more often than 安全理事会主席 (a frequent
 * phrase has the better Dice), but 安全理事会 has its own partner,
 * "Security Council"; the English is then left with nothing, and
 * 安全理事会主席, whose best partner it is, was never listed. Chinese puts
 * the head of a noun phrase last: the phrase that extends the taken one
 * at its end (安全理事会 + 主席) adds the head the English has more
 * (President), where one that extends it at the front (致安全理事会,
 * "addressed to") adds a modifier or a verb. A pair is listed when its
 * Chinese has no listed pair and it is that Chinese phrase's best, its
 * English has no listed pair, and the English's best Chinese partner
 * begins the Chinese and is listed with another English. Sets *count to
 * the new count of rank; -1 when out of memory.
 */
static int list_longer_partners(extractor *x, ranked *rank, size_t *count, const double *score,
				const uint32_t *best_zh, const uint32_t *best_en)
{
	size_t n = *count, i, nk = x->phrase_keys.count;
	unsigned char *listed = calloc(nk + 1, 1), *pair_listed = calloc(x->n_pairs + 1, 1);
	uint32_t *best = malloc((nk + 1) * sizeof(*best));
	int rc = -1;

	if (!listed || !pair_listed || !best)
		goto done;
	for (i = 0; i < n; i++) {
		const pair *p = &x->pairs[rank[i].pair];
		listed[p->zh] = listed[p->en] = 1;
		pair_listed[rank[i].pair] = 1;
	}
	for (i = 0; i < nk; i++)
		best[i] = UINT32_MAX;
	for (i = 0; i < x->n_pairs; i++) {
		const pair *p = &x->pairs[i];
		const char *z, *taken;
		uint32_t b = best_en[p->en];
		if (listed[p->zh] || listed[p->en] || best_zh[p->zh] != i || b == UINT32_MAX ||
		    pair_listed[b] || !listed[x->pairs[b].zh] || p->translation <= 0)
			continue;
		z = x->phrases[p->zh].text;
		taken = x->phrases[x->pairs[b].zh].text;
		if (strlen(z) <= strlen(taken) || strncmp(z, taken, strlen(taken)))
			continue;
		/* The English holds the taken phrase's own English, as the
		 * Chinese holds the taken phrase; and the word the Chinese adds
		 * last, its head, is no verb (预防冲突和维护). */
		{
			const pair *own = &x->pairs[best_zh[x->pairs[b].zh]];
			const char *ek = x->phrase_keys.words[p->en] + 2, *ok = x->phrase_keys.words[own->en] + 2;
			const phrase *zp = &x->phrases[p->zh];
			if (!pair_listed[best_zh[x->pairs[b].zh]] || strlen(ek) <= strlen(ok) || !holds(ek, ok, 1) ||
			    p->translation <= x->pairs[b].translation ||
			    zh_verb(x, z + zp->last_start, strlen(z) - zp->last_start))
				continue;
			/* What the English adds is its head, and a noun: President
			 * of the Security Council, not "Abimelech said". */
			{
				long h = en_head_phrase(x, p->en);
				const char *hk = h >= 0 ? x->phrase_keys.words[h] + 2 : NULL;
				size_t hn = hk ? strlen(hk) : 0;
				if (!hk || holds(ok, hk, 1) || mostly_verb_word(x, hk, hn) ||
				    (hn > 4 && !memcmp(hk + hn - 2, "ed", 2)))
					continue;
			}
		}
		if (best[p->en] == UINT32_MAX || score[i] > score[best[p->en]])
			best[p->en] = (uint32_t)i;
	}
	for (i = 0; i < nk; i++) {
		if (best[i] == UINT32_MAX)
			continue;
		rank[n].pair = best[i];
		rank[n].score = score[best[i]];
		rank[n].tie = x->phrases[x->pairs[best[i]].zh].rarity;
		n++;
	}
	*count = n;
	rc = 0;
done:
	free(listed);
	free(pair_listed);
	free(best);
	return rc;
}

/*
 * A listed pair whose Chinese is a verb and its object (缩小数字鸿沟, "to
 * reduce" + the digital divide) where the English holds only the object
 * (digital divide): the verb is the text's, not the term's. So too a
 * subject and its verb (非洲联盟审议) where the English is the subject.
 * Chinese writes no boundary between a verb and its object, and an object that
 * occurs only after the same verb counts, for C-value, as no term of its
 * own; so the pair with the verb outranked the object's. Where the pair
 * of the object and the same English explains more (the verb unexplained
 * is all the difference), that pair is listed in its place, with its
 * score. Not when the English translates the verb too (建立信任措施 /
 * confidence-building measures, 预防冲突 / preventing conflict: the pair
 * of the object explains no more), nor when the object or its pair is
 * listed already. The verb an act_verb. 0, or -1 when out of memory.
 */
static int list_objects_of_verbs(extractor *x, ranked *rank, size_t n)
{
	unsigned char *listed = calloc(x->phrase_keys.count + 1, 1);
	util_buf key = {NULL, 0, 0};
	size_t i;
	int rc = 0;

	if (!listed)
		return -1;
	for (i = 0; i < n; i++)
		listed[x->pairs[rank[i].pair].zh] = 1;
	for (i = 0; i < n; i++) {
		const pair *p = &x->pairs[rank[i].pair];
		const phrase *z = &x->phrases[p->zh];
		size_t zn = strlen(z->text), last = zn - z->last_start;
		const pair *q;
		long object;
		if (z->single)
			continue;
		if (act_verb(x, z->text, z->first_len))
			object = phrase_of(x, &key, "z:", z->text + z->first_len, zn - z->first_len);
		else if (act_verb(x, z->text + z->last_start, last))
			/* The verb last: a subject and its verb (非洲联盟审议, "the
			 * African Union considered"), the English the subject. */
			object = phrase_of(x, &key, "z:", z->text, z->last_start);
		else
			continue;
		if (object == -2) {
			rc = -1;
			break;
		}
		if (object < 0 || listed[object])
			continue;
		q = pair_find(x, (uint32_t)object, p->en);
		if (!q || q->translation < p->translation + 0.05)
			continue;
		listed[object] = 1;
		rank[i].pair = (size_t)(q - x->pairs);
		rank[i].tie = x->phrases[object].rarity;
	}
	free(key.s);
	free(listed);
	return rc;
}

/* Does English key a add a head to key b: b and words after it (ransomware
 * attacks), or words, "of" and b (principle of distinction, principles of
 * the Charter)? Not words before b, which modify it (thy people). */
static int adds_the_head(const char *a, const char *b)
{
	size_t an = strlen(a), bn = strlen(b);

	if (an > bn + 1 && !memcmp(a, b, bn) && a[bn] == ' ')
		return 1;
	if (!ends_with(a, b, 1))
		return 0;
	an -= bn + 1;
	if (an > 4 && !memcmp(a + an - 4, " the", 4))
		an -= 4;
	return an > 3 && !memcmp(a + an - 3, " of", 3);
}

/*
 * A listed pair whose English is cut short of a word the Chinese says
 * gives way to the pair of the same Chinese and a longer English that
 * holds it and translates the whole Chinese. "The principles of humanity,
 * necessity, proportionality and distinction" writes "principle" once for
 * four conjuncts, and "the principle of distinction" again later: so
 * "distinction" meets 区分原则 in both beads, "principle of distinction" in
 * one, and the more frequent partner won, 原则 left untranslated. The
 * longer English is taken where the listed pair leaves some of its
 * Chinese unexplained, the longer explains all of it, and no pair lists
 * it; it is a noun phrase that ends where its noun phrase does, and no
 * clause, and it adds the head (adds_the_head). Its pair takes the listed
 * pair's place and score. Only for a listed English of one word and a
 * Chinese of several: a longer English's new English holds phrases
 * listed on their own, which would then go as its parts (drop_parts). 0,
 * or -1 when out of memory.
 */
static int list_whole_translations(extractor *x, ranked *rank, size_t n)
{
	size_t nk = x->phrase_keys.count, i;
	long *at = malloc((nk + 1) * sizeof(*at));
	unsigned char *listed = calloc(nk + 1, 1);
	uint32_t *longer = malloc((n + 1) * sizeof(*longer));
	int rc = -1;

	if (!at || !listed || !longer)
		goto done;
	for (i = 0; i < nk; i++)
		at[i] = -1;
	for (i = 0; i < n; i++) {
		const pair *p = &x->pairs[rank[i].pair];
		at[p->zh] = (long)i;
		listed[p->en] = 1;
		longer[i] = UINT32_MAX;
	}
	for (i = 0; i < x->n_pairs; i++) {
		const pair *q = &x->pairs[i], *p, *b;
		const phrase *e = &x->phrases[q->en];
		long r = at[q->zh];
		if (r < 0 || listed[q->en] || q->translation < 0.99f || e->clause || !e->closed)
			continue;
		p = &x->pairs[rank[r].pair];
		if (!x->phrases[p->en].single || x->phrases[p->zh].single || p->translation >= 0.99f ||
		    q->translation < p->translation + 0.05f || coordinated(&x->phrases[q->zh], e) ||
		    !adds_the_head(x->phrase_keys.words[q->en] + 2, x->phrase_keys.words[p->en] + 2))
			continue;
		b = longer[r] == UINT32_MAX ? NULL : &x->pairs[longer[r]];
		if (!b || q->count > b->count || (q->count == b->count && q->translation > b->translation))
			longer[r] = (uint32_t)i;
	}
	for (i = 0; i < n; i++) {
		const phrase *z;
		if (longer[i] == UINT32_MAX || listed[x->pairs[longer[i]].en] > 1)
			continue;
		/* Not where the Chinese ends with a verb: the longer English is
		 * its subject and the verb (安全理事会强调 / Security Council
		 * stresses). */
		z = &x->phrases[x->pairs[longer[i]].zh];
		if (zh_verb(x, z->text + z->last_start, strlen(z->text) - z->last_start))
			continue;
		listed[x->pairs[longer[i]].en] = 2;
		rank[i].pair = longer[i];
	}
	rc = 0;
done:
	free(at);
	free(listed);
	free(longer);
	return rc;
}

/*
 * A listed pair of an act and its object (使用网络技术 / use of network
 * technologies, object_of_act) whose object's pair translates it whole
 * by the words' own senses: that pair is listed beside it, with its score,
 * where neither of its phrases is listed. An object the text writes only
 * after the verb has, for C-value, no life of its own, and its English
 * phrase meets the act's Chinese as often as its own: it is never the
 * best of both. An object of one Chinese word is left out (全球 / global
 * of 促进全球, a modifier more often than a term). Sets *count to the new
 * count of rank; -1 when out of memory.
 */
static int list_objects_of_acts(extractor *x, ranked *rank, size_t *count)
{
	size_t n = *count, i, nk = x->phrase_keys.count;
	unsigned char *listed = calloc(nk + 1, 1);
	util_buf key = {NULL, 0, 0};
	int rc = 0;

	if (!listed)
		return -1;
	for (i = 0; i < n; i++) {
		listed[x->pairs[rank[i].pair].zh] = 1;
		listed[x->pairs[rank[i].pair].en] = 1;
	}
	for (i = 0; i < *count; i++) {
		const pair *p = &x->pairs[rank[i].pair], *q;
		const phrase *z = &x->phrases[p->zh];
		const char *of = after_word_of(x->phrase_keys.words[p->en] + 2);
		const char *zk = x->phrase_keys.words[p->zh] + 2 + z->first_len;
		long object, rest;
		/* The act as object_of_act reads it, by construction. */
		if (z->single || !of || !act_verb(x, z->text, z->first_len))
			continue;
		if ((object = phrase_of(x, &key, "z:", zk, strlen(zk))) == -2 ||
		    (rest = phrase_of(x, &key, "e:", of, strlen(of))) == -2) {
			rc = -1;
			break;
		}
		if (object < 0 || rest < 0 || listed[object] || listed[rest] || x->phrases[object].single)
			continue;
		q = pair_find(x, (uint32_t)object, (uint32_t)rest);
		if (!q || !q->own_senses || q->translation < 0.999f)
			continue;
		listed[object] = listed[rest] = 1;
		rank[n].pair = (size_t)(q - x->pairs);
		rank[n].score = rank[i].score;
		rank[n].tie = x->phrases[object].rarity;
		n++;
	}
	*count = n;
	free(key.s);
	free(listed);
	return rc;
}

/*
 * Is the pair one the dictionary lists as a unit: the Chinese side a single
 * CC-CEDICT word, the English side all of its translation, in more than
 * one word or as an acronym (人权 / human rights, 贩毒 / drug trafficking,
 * 东盟 / ASEAN)? A general dictionary lists lexicalized concepts, not free
 * combinations (经济价值 / economic value): such a pair ranks as a name
 * does (the same 1.2). Applied to the listed pairs only, once each side
 * has its partner: it orders candidates, it does not choose between a
 * phrase's translations.
 *
 * The same holds of a Chinese side that segmentation cut into several
 * words but that the general-language reference (jieba's dictionary) lists
 * whole (和平时期 / peacetime, 武装冲突 / armed conflict, 私营部门 / private
 * sector): a lexicalized compound, whatever the English makes of it (a
 * closed compound such as peacetime is one word). The condition on the
 * English side is for single Chinese words only, where a one-word gloss
 * would be everyday vocabulary (国家 / States); but not for two derived
 * abstract nouns, one word each, that translate each other (透明度 /
 * transparency, derived_nouns): a derivative is a lexical unit by its
 * making, as a dictionary entry is by its listing.
 */
static int lexical_unit(extractor *x, const pair *p)
{
	const phrase *z = &x->phrases[p->zh], *e = &x->phrases[p->en];

	if (p->translation >= 0.99 && derived_nouns(z, e))
		return 1;

	if (!z->single && p->translation >= 0.99 &&
	    sy_reference_frequency(x->reference, z->text, strlen(z->text)) > 0)
		return 1;
	if (!x->lex || !z->single || p->translation < 0.99 || chars_in(z->text, strlen(z->text)) < 2 ||
	    !is_han(utf8_next(z->text, strlen(z->text), &(size_t){0})) ||
	    !sy_lexicon_lookup(x->lex, z->text, strlen(z->text), NULL, 0))
		return 0;
	return !e->single || acronym_like(e->text, strlen(e->text));
}

/*
 * Is the pair a named entity rather than a term: one side the name of a
 * country, a region or a time zone as CLDR gives it (爱沙尼亚 / Estonia,
 * 东部夏令时间 / Eastern Daylight Time), or a title of such a name
 * (爱沙尼亚常驻联合国代表 / Permanent Representative of Estonia, an
 * individual whose name is a country's)? A termbase of UN terminology
 * records concepts; the names of States and times belong in it only as
 * the gazetteer already has them, so they are listed after the terms.
 * 1 yes, 0 no, -1 out of memory.
 */
static int named_entity(extractor *x, place_names *places, const pair *p)
{
	const phrase *z = &x->phrases[p->zh], *e = &x->phrases[p->en];
	const char *name = e->text, *of;
	int rc;

	if (!places)
		return 0;
	rc = place_names_has(places, z->text, strlen(z->text));
	if (rc)
		return rc;
	if (e->instance && !z->single) {
		/* The name after the title's last "of" (the Republic of Estonia). */
		for (of = strstr(e->text, " of "); of; of = strstr(of + 1, " of "))
			name = of + 4;
		if (!strncmp(name, "the ", 4))
			name += 4;
	}
	return place_names_has(places, name, strlen(name));
}

/*
 * Is the pair a coordination of two terms (coordinated(): seen apart more
 * often than joined, or joined once) that are each listed on their own:
 * 建立信任措施和能力建设 / confidence-building measures and capacity-building
 * beside 建立信任措施 / confidence-building measures and 能力建设 /
 * capacity-building? It says nothing the two pairs do not, and is listed
 * after the terms. A fixed coordination (国际和平与安全) has a conjunct that
 * never stands alone (国际和平), and is no such pair; nor is a Chinese word
 * that the English renders as two (昼夜 / day and night).
 */
static int joins_listed_terms(extractor *x, const pair *p, const uint32_t *listed_en_of_zh)
{
	const phrase *z = &x->phrases[p->zh], *e = &x->phrases[p->en];

	/* The Chinese side joins them with 和, 与 or 及: a Chinese word
	 * translated by two English ones (昼夜 / day and night) is a fixed
	 * pair. */
	return coordinated(z, e) && z->conj_at && z->conjuncts[0] >= 0 && z->conjuncts[1] >= 0 &&
	       listed_en_of_zh[z->conjuncts[0]] != UINT32_MAX &&
	       listed_en_of_zh[z->conjuncts[1]] != UINT32_MAX;
}

/*
 * Is the pair's English a piece of a longer name, never the name itself:
 * capitalized to its end, and wherever it occurs continuing a capitalized
 * word (continues_name)? "Working Group" and "Field of Information and
 * Telecommunications" only ever stand inside "Open-ended Working Group on
 * Developments in the Field of Information and Telecommunications ...",
 * longer than any candidate; neither names anything in the text. A name
 * that also stands on its own (Security Council, beside President of the
 * Security Council) is no piece. Listed after the terms, as named
 * entities are (still listed: the piece may be how the name is cited).
 */
static int name_piece(const phrase *e)
{
	return e->name == 1 && e->hits > 0 && e->name_tail == e->hits;
}

/*
 * Is a capitalized "HEAD of (the) NAME" (First Committee of the General
 * Assembly) two listed names, the Chinese the owner's Chinese and the
 * head's, in that order (大会第一委员会)? A name already picks out one body;
 * its owner's name after "of" adds nothing a terminologist records apart
 * from the two names. A capitalized head that is no listed name on its own
 * (President of the Security Council, a title) stays; so does one the text
 * writes nowhere but in the whole (President, where each President is "of
 * the Security Council": hits, the whole's occurrences, as many as the
 * head's), whatever its Chinese is listed with. The head's words are
 * key[0..at) of the pair's English key; name_zh is the owner's Chinese.
 */
static int listed_name_of_name(extractor *x, const char *zh, const char *key, const char *at, long hits,
			       uint32_t name_zh, const uint32_t *listed_zh_of_en)
{
	const char *owner = x->phrases[name_zh].text;
	size_t on = strlen(owner);
	char buf[512];
	long id;

	snprintf(buf, sizeof buf, "e:%.*s", (int)(at - key), key);
	id = strtab_find(&x->phrase_keys, buf, strlen(buf));
	if (id < 0 || listed_zh_of_en[id] == UINT32_MAX || x->phrases[id].name != 1 || x->phrases[id].hits <= hits)
		return 0;
	return !strncmp(zh, owner, on) && !strcmp(zh + on, x->phrases[listed_zh_of_en[id]].text);
}

/*
 * Is the pair a listed name and one common noun or noun phrase in lower
 * case: "members of the Security Council", "document of the Security
 * Council" (noun, of, the name), "Security Council open debate" (the name
 * before a noun), and on the Chinese side the listed name's Chinese with a
 * word before or after it (安全理事会成员)? The noun relates to the named
 * body as to any other (its members, its documents, its debates): a free
 * combination, whose parts are the terms (after a name, lower-case words
 * that are a verb make a clause, David said: no term either). A title is
 * capitalized in English (President of the Security Council, a
 * designation of its own), unless it is a listed name itself
 * (listed_name_of_name); a Chinese side of one word (神人 / man of God)
 * is lexicalized. The Chinese of the listed pair that each English
 * phrase is a side of is in listed_zh_of_en (UINT32_MAX where none is).
 */
static int name_and_noun(extractor *x, const pair *p, const uint32_t *listed_zh_of_en)
{
	const phrase *z = &x->phrases[p->zh], *e = &x->phrases[p->en];
	const char *key = x->phrase_keys.words[p->en] + 2, *at;
	size_t zn = strlen(z->text), tn = strlen(e->text);
	char buf[512];

	if (z->single || e->single || strlen(key) + 3 > sizeof buf)
		return 0;
	for (at = key; (at = strchr(at, ' ')) != NULL; at++) {
		const char *rest = at + 1, *nz;
		const phrase *n;
		long id;
		size_t nn, cz;
		/* The name after "of (the)", or the words before this space,
		 * which begin the phrase. */
		int before = strncmp(rest, "of ", 3) != 0;

		if (before)
			snprintf(buf, sizeof buf, "e:%.*s", (int)(at - key), key);
		else
			snprintf(buf, sizeof buf, "e:%s", rest + (strncmp(rest, "of the ", 7) ? 3 : 7));
		id = strtab_find(&x->phrase_keys, buf, strlen(buf));
		if (id < 0 || listed_zh_of_en[id] == UINT32_MAX)
			continue;
		n = &x->phrases[id];
		nn = strlen(n->text);
		if (n->name != 1 || nn >= tn)
			continue;
		if (before) {
			/* Lower-case words after the name, to the end. */
			const char *t = e->text + nn, *c;
			if (strncmp(e->text, n->text, nn) || *t != ' ')
				continue;
			for (c = t; *c; c++)
				if (c[0] == ' ' && c[1] && !(c[1] >= 'a' && c[1] <= 'z'))
					break;
			if (*c)
				continue;
		} else if (strcmp(e->text + tn - nn, n->text)) {
			continue;
		} else if (!(e->text[0] >= 'a' && e->text[0] <= 'z')) {
			if (listed_name_of_name(x, z->text, key, at, e->hits, listed_zh_of_en[id], listed_zh_of_en))
				return 1;
			continue;
		}
		/* The Chinese: the name's Chinese, and more, at one edge. */
		nz = x->phrases[listed_zh_of_en[id]].text;
		cz = strlen(nz);
		if (cz < zn && (!strncmp(z->text, nz, cz) || !strcmp(z->text + zn - cz, nz)))
			return 1;
	}
	return 0;
}

static char *dup_or_empty(const char *s)
{
	return strdup(s ? s : "");
}

/* Does the query st, given a Chinese and an English key, find a row? */
static int has_row(sqlite3_stmt *st, const char *zk, const char *ek)
{
	int found;

	sqlite3_bind_text(st, 1, zk, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, ek, -1, SQLITE_STATIC);
	found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return found;
}

/* Do the first two words of English phrase en make a phrase the text
 * writes capitalized where no sentence starts (General Assembly, for
 * "General Assembly resolution 70/237", which opens a footnote; not "Now
 * Hiram")? 1, 0, or -1 when out of memory. */
static int opens_with_name(extractor *x, uint32_t en)
{
	const char *key = x->phrase_keys.words[en] + 2, *second = strchr(key, ' '), *end;
	util_buf buf = {NULL, 0, 0};
	long id;

	if (!second)
		return 0;
	end = strchr(second + 1, ' ');
	id = phrase_of(x, &buf, "e:", key, end ? (size_t)(end - key) : strlen(key));
	free(buf.s);
	if (id == -2)
		return -1;
	return id >= 0 && !x->phrases[id].text_initial && x->phrases[id].text[0] >= 'A' &&
	       x->phrases[id].text[0] <= 'Z';
}

/* Fill one listed candidate and record it (its id) in the candidate table. */
static int emit(extractor *x, const pair *p, double score, int known, sqlite3_stmt *upsert,
		sqlite3_stmt *example, sy_candidate *c, sy_error *err)
{
	const phrase *z = &x->phrases[p->zh], *e = &x->phrases[p->en];
	util_buf docs = {NULL, 0, 0};
	int d;
	char en_text[1024];

	memset(c, 0, sizeof(*c));
	/* A phrase seen only at a sentence's start: lower-case its first letter
	 * unless it is a name or an acronym, a word Hunspell knows only
	 * capitalized (Mr. Chair, not mr. Chair), or the first word of a name
	 * the text writes elsewhere (General Assembly resolution 70/237). */
	snprintf(en_text, sizeof en_text, "%s", e->text);
	{
		size_t first = strcspn(en_text, " ");
		int name = e->text_initial ? opens_with_name(x, p->en) : 0;
		if (name < 0)
			goto nomem;
		if (e->text_initial && !(e->name == 1) && en_text[0] >= 'A' && en_text[0] <= 'Z' &&
		    !(en_text[1] >= 'A' && en_text[1] <= 'Z') && !name &&
		    (!x->tb->lm || known_in_lower_case(x, en_text, first)))
			en_text[0] = (char)(en_text[0] | 0x20);
	}
	for (d = 0; d < p->n_docs; d++) {
		if (d && util_buf_add(&docs, "; ", 2))
			goto nomem;
		if (util_buf_add(&docs, x->docs.words[p->docs[d]], strlen(x->docs.words[p->docs[d]])))
			goto nomem;
	}
	c->zh = strdup(z->text);
	c->en = strdup(en_text);
	c->acronym = dup_or_empty(e->acronym);
	c->documents = dup_or_empty(docs.s);
	c->score = score;
	c->translation = p->translation > 0 ? p->translation : 0;
	c->termhood = z->cvalue;
	c->frequency = p->count;
	c->zh_frequency = z->freq;
	c->en_frequency = e->freq;
	c->known = known;
	sqlite3_bind_int64(example, 1, x->beads[p->example_bead].segment);
	if (sqlite3_step(example) == SQLITE_ROW) {
		c->example_zh = strdup((const char *)sqlite3_column_text(example, 0));
		c->example_en = strdup((const char *)sqlite3_column_text(example, 1));
	}
	sqlite3_reset(example);
	if (!c->example_zh)
		c->example_zh = strdup("");
	if (!c->example_en)
		c->example_en = strdup("");
	if (!c->zh || !c->en || !c->acronym || !c->documents || !c->example_zh || !c->example_en)
		goto nomem;
	sqlite3_bind_text(upsert, 1, c->zh, -1, SQLITE_STATIC);
	sqlite3_bind_text(upsert, 2, c->en, -1, SQLITE_STATIC);
	sqlite3_bind_text(upsert, 3, x->phrase_keys.words[p->zh] + 2, -1, SQLITE_STATIC);
	sqlite3_bind_text(upsert, 4, x->phrase_keys.words[p->en] + 2, -1, SQLITE_STATIC);
	sqlite3_bind_text(upsert, 5, c->acronym, -1, SQLITE_STATIC);
	sqlite3_bind_double(upsert, 6, score);
	sqlite3_bind_int64(upsert, 7, p->count);
	sqlite3_bind_text(upsert, 8, c->documents, -1, SQLITE_STATIC);
	if (sqlite3_step(upsert) != SQLITE_ROW) {
		free(docs.s);
		sqlite3_reset(upsert);
		return tb_sql_error(x->tb, err, "recording the candidates");
	}
	c->id = (long)sqlite3_column_int64(upsert, 0);
	sqlite3_reset(upsert);
	free(docs.s);
	return SY_OK;
nomem:
	free(docs.s);
	return sy_error_set(err, SY_ENOMEM, "out of memory");
}

static int extract_in_tx(sy_termbase *tb, const sy_lexicon *lex, const sy_extract_options *opt,
			 sy_candidate_list *out, sy_error *err)
{
	extractor x;
	sqlite3_stmt *get = NULL, *known = NULL, *rejected = NULL, *upsert = NULL, *example = NULL;
	bead_words bw;
	unsigned char *match = NULL, *seen = NULL;
	size_t match_cap = 0, en_cap = 0, seen_cap = 0;
	long *en_ids = NULL;
	util_buf key = {NULL, 0, 0}, text = {NULL, 0, 0};
	ranked *rank = NULL;
	uint32_t *best_zh = NULL, *best_en = NULL;
	size_t i, n_rank = 0, rank_cap = 0;
	int rc, step, round;
	char **zh_chunks = NULL, **en_chunks = NULL, **en_texts = NULL;
	size_t chunks_cap = 0, n_texts = 0; /* beads whose texts are held: freed at the end */
	place_names *places = NULL;
	uint32_t *listed_en_of_zh = NULL, *listed_zh_of_en = NULL; /* listed_partners */

	memset(&x, 0, sizeof x);
	memset(&bw, 0, sizeof bw);
	x.tb = tb;
	x.lex = lex;
	x.reference = opt->reference;
	x.endict = opt->endict;
	memset(out, 0, sizeof(*out));

	if (lex && load_verbs(lex, &x.verbs, &x.verbs_mostly, NULL))
		goto nomem;
	rc = tb_lemmatizer(tb, err); /* glosses and English words are matched as lemmas */
	if (!rc)
		rc = index_pending(tb, lex, opt->reference, opt->document, err);
	if (!rc)
		rc = tb_prepare(tb, &get,
				opt->document ? "SELECT s.id, d.symbol, s.zh_chunks, s.en_chunks, s.en, s.terms, s.zh"
						" FROM document d JOIN segment s ON s.document_id = d.id"
						" WHERE d.symbol = ?1 AND s.zh != '' AND s.en != ''"
						" ORDER BY s.position"
					      : "SELECT s.id, d.symbol, s.zh_chunks, s.en_chunks, s.en, s.terms, s.zh"
						" FROM segment s JOIN document d ON d.id = s.document_id"
						" WHERE s.zh != '' AND s.en != ''"
						" ORDER BY s.document_id, s.position",
				err);
	if (!rc)
		rc = tb_prepare(tb, &x.term_of,
				"SELECT t.lang, t.key, coalesce((SELECT group_concat(e.key, char(31)) FROM term e"
				" WHERE e.concept_id = t.concept_id AND e.lang = 'en' AND e.status = t.status),"
				" (SELECT group_concat(e.key, char(31)) FROM term e"
				" WHERE e.concept_id = t.concept_id AND e.lang = 'en')) FROM term t WHERE t.id = ?1",
				err);
	if (rc)
		goto done;
	if (opt->document)
		sqlite3_bind_text(get, 1, opt->document, -1, SQLITE_STATIC);

	/* Pass 1: the phrases of every segment, counted. */
	while ((step = sqlite3_step(get)) == SQLITE_ROW) {
		bead *bd;
		long doc;
		const char *sym = (const char *)sqlite3_column_text(get, 1);
		if (util_grow(&x.beads, &x.beads_cap, x.n_beads + 1, sizeof(*x.beads)) ||
		    util_grow(&zh_chunks, &chunks_cap, x.n_beads + 1, sizeof(*zh_chunks)))
			goto nomem;
		{
			size_t c2 = chunks_cap;
			char **ec2 = realloc(en_chunks, c2 * sizeof(*ec2));
			if (!ec2)
				goto nomem;
			en_chunks = ec2;
			ec2 = realloc(en_texts, c2 * sizeof(*ec2));
			if (!ec2)
				goto nomem;
			en_texts = ec2;
		}
		doc = strtab_add(&x.docs, sym, strlen(sym), NULL);
		if (doc < 0)
			goto nomem;
		bd = &x.beads[x.n_beads];
		bd->segment = (long)sqlite3_column_int64(get, 0);
		bd->document = doc;
		zh_chunks[x.n_beads] = strdup((const char *)sqlite3_column_text(get, 2));
		en_chunks[x.n_beads] = strdup((const char *)sqlite3_column_text(get, 3));
		en_texts[x.n_beads] = strdup((const char *)sqlite3_column_text(get, 4));
		n_texts = x.n_beads + 1;
		if (!zh_chunks[x.n_beads] || !en_chunks[x.n_beads] || !en_texts[x.n_beads] ||
		    note_short_forms(&x, (const char *)sqlite3_column_text(get, 6), (long)x.n_beads))
			goto nomem;
		if ((rc = read_bead_known(&x, bd, (const char *)sqlite3_column_text(get, 5))) == -2) {
			rc = tb_sql_error(tb, err, "reading the termbase's terms");
			goto done;
		}
		if (rc)
			goto nomem;
		x.n_beads++;
	}
	if (step != SQLITE_DONE) {
		rc = tb_sql_error(tb, err, "reading the segments");
		goto done;
	}
	if (find_bound_words(&x, zh_chunks, x.n_beads, &bw.zw, &bw.zw_cap))
		goto nomem;
	for (i = 0; i < x.n_beads; i++) {
		bead *bd = &x.beads[i];
		int r = read_words(&x, i, zh_chunks[i], en_chunks[i], &bw);
		if (r < 0)
			goto nomem;
		if (r)
			bw.nz = bw.ne = x.n_places_known = 0; /* a runaway segment: leave it out */
		bd->zh_first = (uint32_t)x.n_occs;
		if (count_side(&x, 0, bw.zw, bw.nz, NULL, 0, (long)i, &key, &text))
			goto nomem;
		bd->zh_count = (uint32_t)(x.n_occs - bd->zh_first);
		bd->en_first = (uint32_t)x.n_occs;
		if (count_side(&x, 1, bw.ew, bw.ne, bw.acrs, bw.n_acrs, (long)i, &key, &text))
			goto nomem;
		bd->en_count = (uint32_t)(x.n_occs - bd->en_first);
	}
	x.en_texts = en_texts;
	if (cvalues(&x))
		goto nomem;
	/* The English-Chinese dictionary, read meanwhile, is wanted from here. */
	if ((rc = sy_endict_ready(x.endict, err)))
		goto done;

	/* Pass 2: the dictionary's gaps, filled from what the segments show;
	 * twice, as a gloss learned in the first round (网络 / cyber) explains
	 * the neighbour of the next (复原力 / resilience). */
	for (round = 0; round < LEARN_ROUNDS && lex; round++) {
		for (i = 0; i < x.n_beads; i++) {
			int r = read_words(&x, i, zh_chunks[i], en_chunks[i], &bw);
			if (r < 0)
				goto nomem;
			if (r)
				continue;
			if (match_words(&x, bw.zw, bw.nz, bw.ew, bw.ne, &match, &match_cap, &en_ids, &en_cap) ||
			    learn_leftovers(&x, (long)i, bw.zw, bw.nz, bw.ew, bw.ne, match, &seen, &seen_cap))
				goto nomem;
		}
		if (adopt_leftovers(&x))
			goto nomem;
	}

	/* Pass 3: pairs, segment by segment. */
	for (i = 0; i < x.n_beads; i++) {
		int r = read_words(&x, i, zh_chunks[i], en_chunks[i], &bw);
		if (r < 0)
			goto nomem;
		if (r)
			continue;
		if (match_words(&x, bw.zw, bw.nz, bw.ew, bw.ne, &match, &match_cap, &en_ids, &en_cap) ||
		    pair_bead(&x, (long)i, bw.zw, bw.nz, bw.ew, bw.ne, match))
			goto nomem;
	}

	if (acronym_occurrences(&x) || verb_phrase_occurrences(&x, en_texts))
		goto nomem;
	/* Each phrase's best partner, both ways; a pair survives when each side
	 * is the other's best. */
	best_zh = malloc((x.phrase_keys.count + 1) * sizeof(*best_zh));
	best_en = malloc((x.phrase_keys.count + 1) * sizeof(*best_en));
	rank_cap = x.n_pairs + 1;
	rank = malloc(rank_cap * sizeof(*rank));
	if (!best_zh || !best_en || !rank)
		goto nomem;
	for (i = 0; i < x.phrase_keys.count; i++)
		best_zh[i] = best_en[i] = UINT32_MAX;
	{
		double *score = malloc((x.n_pairs + 1) * sizeof(*score));
		unsigned char *own_alt, *part_alt;
		if (!score)
			goto nomem;
		for (i = 0; i < x.phrase_keys.count; i++)
			x.phrases[i].institution = x.phrases[i].en && institution_name(&x, &x.phrases[i]);
		for (i = 0; i < x.n_pairs; i++) {
			const pair *p = &x.pairs[i];
			score[i] = pair_score(&x, p);
			if (known_fragment(&x, p))
				continue;
			if (best_zh[p->zh] == UINT32_MAX || score[i] > score[best_zh[p->zh]])
				best_zh[p->zh] = (uint32_t)i;
			if (best_en[p->en] == UINT32_MAX || score[i] > score[best_en[p->en]])
				best_en[p->en] = (uint32_t)i;
		}
		/* A Chinese phrase whose nearly best English partner is its
		 * translation word by word, by the words' own senses (中国政府 /
		 * Chinese Government), where the best is not (中国政府 / States:
		 * 中国 meets "States" through its character 国, 政府 through
		 * ECDICT): the best goes, the other stays. */
		own_alt = calloc(2 * (x.phrase_keys.count + 1), 1);
		if (!own_alt) {
			free(score);
			goto nomem;
		}
		part_alt = own_alt + x.phrase_keys.count + 1;
		for (i = 0; i < x.n_pairs; i++) {
			const pair *p = &x.pairs[i];
			if (p->own_senses && best_en[p->en] == i && best_zh[p->zh] != UINT32_MAX &&
			    best_zh[p->zh] != i && score[i] >= 0.9 * score[best_zh[p->zh]])
				own_alt[p->zh] = 1;
		}
		/* An English phrase of several words whose best Chinese partner
		 * says more than it does (信息和通信技术安全, where "security"
		 * stands outside the English phrase) and holds a shorter Chinese
		 * phrase that translates it word by word by the words' own
		 * senses, whose best partner it is (信息和通信技术 / information
		 * and communications technologies): the shorter is listed with
		 * it, however the longer scores. */
		for (i = 0; i < x.n_pairs; i++) {
			const pair *p = &x.pairs[i], *q;
			if (best_zh[p->zh] != i || best_en[p->en] == i || best_en[p->en] == UINT32_MAX)
				continue;
			q = &x.pairs[best_en[p->en]];
			if (q->zh != p->zh && part_says_all(&x, p, q))
				part_alt[p->zh] = 1;
		}
		for (i = 0; i < x.n_pairs; i++) {
			const pair *p = &x.pairs[i];
			/* Mutual best partners; or best for one side and nearly so
			 * for the other (东盟 / ASEAN beside 东南亚国家联盟 / ASEAN). */
			if (best_zh[p->zh] != i && best_en[p->en] != i)
				continue;
			if ((best_zh[p->zh] != i && score[i] < 0.9 * score[best_zh[p->zh]]) ||
			    (best_en[p->en] != i && score[i] < 0.9 * score[best_en[p->en]] && !part_alt[p->zh]))
				continue;
			if (best_zh[p->zh] == i && own_alt[p->zh] && !p->own_senses)
				continue;
			{
				const phrase *z = &x.phrases[p->zh];
				int verb = only_verb(&x, &x.phrases[p->en]);
				if (verb < 0) {
					free(own_alt);
					free(score);
					goto nomem;
				}
				if (verb || (!z->single && zh_adverb(&x, z->text, z->first_len)))
					continue;
			}
			if ((long)p->count < (opt->min_frequency > 0 ? opt->min_frequency : 1))
				continue;
			rank[n_rank].pair = i;
			rank[n_rank].score = score[i];
			rank[n_rank].tie = x.phrases[p->zh].rarity;
			n_rank++;
		}
		free(own_alt);
		if (list_abbreviations(&x, rank, &n_rank, score) ||
		    list_longer_partners(&x, rank, &n_rank, score, best_zh, best_en) ||
		    list_objects_of_verbs(&x, rank, n_rank) || list_whole_translations(&x, rank, n_rank) ||
		    list_objects_of_acts(&x, rank, &n_rank) ||
		    list_full_forms(&x, rank, &n_rank) || list_defined_short_forms(&x, &rank, &n_rank, &rank_cap)) {
			free(score);
			goto nomem;
		}
		free(score);
	}
	if (drop_parts(&x, rank, &n_rank) || drop_nested(&x, rank, &n_rank))
		goto nomem;
	if (place_names_open(&places) || !(listed_en_of_zh = listed_partners(&x, rank, n_rank, 0)) ||
	    !(listed_zh_of_en = listed_partners(&x, rank, n_rank, 1)))
		goto nomem;
	if (own_occurrences(&x, rank, n_rank, listed_en_of_zh, listed_zh_of_en))
		goto nomem;
	for (i = 0; i < n_rank; i++) {
		const pair *p = &x.pairs[rank[i].pair];
		rank[i].after_terms = named_entity(&x, places, p);
		if (rank[i].after_terms < 0)
			goto nomem;
		rank[i].after_terms |= joins_listed_terms(&x, p, listed_en_of_zh);
		rank[i].after_terms |= name_piece(&x.phrases[p->en]) | citation(&x.phrases[p->zh]);
		rank[i].compound = hyphen_compound(x.phrases[p->en].text);
		if (lexical_unit(&x, p))
			rank[i].score *= 1.2;
		/* An individual is two units, its title and its name, as a
		 * coordination is; after selection, so that the pair still takes
		 * its partner and holds its parts (共和国总理 / Prime Minister of
		 * the Republic stays inside the whole). A Chinese side of one
		 * word (大韩民国 / Republic of Korea) is a name of its own. */
		else if (x.phrases[p->en].instance && !x.phrases[p->zh].single)
			rank[i].score *= 0.3;
		/* A listed name and a common noun (members of the Security
		 * Council) are two units, the same way and for the same reason. */
		else if (name_and_noun(&x, p, listed_zh_of_en))
			rank[i].score *= 0.3;
		/* Adjectives joined before a head that they also qualify
		 * elsewhere are two terms, as a coordination is; after
		 * selection, so that the whole still holds its parts ("national
		 * policy mechanisms" is no conjunct: the text never writes
		 * "regional policy mechanisms" beside it). */
		if (x.phrases[p->en].free_modifiers)
			rank[i].score *= 0.3;
	}
	qsort(rank, n_rank, sizeof(*rank), by_score);
	if (drop_crossing(&x, rank, &n_rank))
		goto nomem;

	/* Known as written, or as the title the glossary writes in its marks
	 * (《联合国宪章》: the chunks end at the marks). */
	rc = tb_prepare(tb, &known,
			"SELECT 1 FROM term a JOIN term b ON b.concept_id = a.concept_id"
			" WHERE a.lang = 'zh' AND a.key IN (?1, '《' || ?1 || '》')"
			" AND b.lang = 'en' AND b.key = ?2 LIMIT 1",
			err);
	if (!rc)
		rc = tb_prepare(tb, &rejected,
				"SELECT 1 FROM candidate WHERE zh_key = ?1 AND en_key = ?2"
				" AND (status = 'rejected' OR (status = 'accepted' AND NOT ?3))",
				err);
	if (!rc)
		rc = tb_prepare(tb, &upsert,
				"INSERT INTO candidate (zh, en, zh_key, en_key, acronym, score, frequency,"
				" documents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
				" ON CONFLICT (zh_key, en_key) DO UPDATE SET zh = ?1, en = ?2, acronym = ?5,"
				" score = ?6, frequency = ?7, documents = ?8 RETURNING id",
				err);
	if (!rc)
		rc = tb_prepare(tb, &example, "SELECT zh, en FROM segment WHERE id = ?", err);
	if (rc)
		goto done;
	sqlite3_bind_int(rejected, 3, opt->all != 0);
	out->items = calloc(n_rank + 1, sizeof(*out->items));
	if (!out->items)
		goto nomem;
	for (i = 0; i < n_rank && (!opt->limit || out->count < opt->limit); i++) {
		const pair *p = &x.pairs[rank[i].pair];
		const char *zk = x.phrase_keys.words[p->zh] + 2, *ek = x.phrase_keys.words[p->en] + 2;
		int k = has_row(known, zk, ek);
		if (k && !opt->all)
			continue;
		if (has_row(rejected, zk, ek))
			continue;
		rc = emit(&x, p, rank[i].score, k, upsert, example, &out->items[out->count], err);
		out->count++;
		if (rc)
			goto done;
	}
	rc = SY_OK;
	goto done;
nomem:
	rc = sy_error_set(err, SY_ENOMEM, "out of memory");
done:
	for (i = 0; i < n_texts; i++) {
		free(zh_chunks[i]);
		free(en_chunks[i]);
		free(en_texts[i]);
	}
	free(zh_chunks);
	free(en_chunks);
	free(en_texts);
	sqlite3_finalize(get);
	sqlite3_finalize(known);
	sqlite3_finalize(rejected);
	sqlite3_finalize(upsert);
	sqlite3_finalize(example);
	free(bw.zw);
	free(bw.ew);
	free(bw.acrs);
	free(match);
	free(seen);
	free(en_ids);
	free(key.s);
	free(text.s);
	free(rank);
	free(best_zh);
	free(best_en);
	place_names_free(places);
	free(listed_en_of_zh);
	free(listed_zh_of_en);
	extractor_free(&x);
	if (rc) {
		sy_candidate_list_free(out);
	}
	return rc;
}

int sy_termbase_extract(sy_termbase *tb, const sy_lexicon *lex, const sy_extract_options *opt,
			sy_candidate_list *out, sy_error *err)
{
	sy_extract_options none;
	int rc;

	if (!opt) {
		memset(&none, 0, sizeof none);
		opt = &none;
	}
	rc = tb_begin(tb, err);
	if (rc)
		return rc;
	rc = extract_in_tx(tb, lex, opt, out, err);
	if (rc) {
		tb_rollback(tb);
		return rc;
	}
	rc = tb_commit(tb, err);
	if (rc)
		sy_candidate_list_free(out);
	return rc;
}

void sy_candidate_list_free(sy_candidate_list *list)
{
	size_t i;

	if (!list)
		return;
	for (i = 0; i < list->count; i++) {
		sy_candidate *c = &list->items[i];
		free(c->zh);
		free(c->en);
		free(c->acronym);
		free(c->documents);
		free(c->example_zh);
		free(c->example_en);
	}
	free(list->items);
	list->items = NULL;
	list->count = 0;
}

/* ---- 3. decisions ------------------------------------------------------------------- */

static int valid_status(const char *s)
{
	return !strcmp(s, "preferred") || !strcmp(s, "admitted") || !strcmp(s, "deprecated") ||
	       !strcmp(s, "candidate");
}

/* Does the text hold only Han characters? */
static int all_han(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len)
		if (!u_hasBinaryProperty((UChar32)utf8_next(s, len, &i), UCHAR_IDEOGRAPHIC))
			return 0;
	return len > 0;
}

/*
 * The segments that contain a new term: its frequency and examples. The
 * full-text indexes narrow the search (reading a million segments took
 * seconds for each term accepted), and the text itself decides: Chinese of
 * Han characters only through the character index, which gives every
 * segment that holds all its characters; English through the word index, so that
 * a term is found as words ("ICT" not inside "conflict"), in any case.
 */
static int find_occurrences(sy_termbase *tb, long term, const char *lang, const char *text,
			    sy_error *err)
{
	static const char *const sql[] = {
		"UPDATE segment SET terms = json_insert(terms, '$[#]', ?1)"
		" WHERE instr(zh, ?2) > 0 AND NOT EXISTS"
		" (SELECT 1 FROM json_each(segment.terms) WHERE value = ?1)",
		"UPDATE segment SET terms = json_insert(terms, '$[#]', ?1)"
		" WHERE id IN (SELECT rowid FROM segment_zh_fts WHERE segment_zh_fts MATCH ?3)"
		" AND instr(zh, ?2) > 0 AND NOT EXISTS"
		" (SELECT 1 FROM json_each(segment.terms) WHERE value = ?1)",
		"UPDATE segment SET terms = json_insert(terms, '$[#]', ?1)"
		" WHERE id IN (SELECT rowid FROM segment_en_fts WHERE segment_en_fts MATCH ?3)"
		" AND instr(lower(en), lower(?2)) > 0 AND NOT EXISTS"
		" (SELECT 1 FROM json_each(segment.terms) WHERE value = ?1)",
	};
	size_t len = strlen(text);
	int zh = !strcmp(lang, "zh"), which = zh ? (all_han(text, len) ? 1 : 0) : 2;
	util_buf spaced = {0};
	sqlite3_stmt *st = NULL;
	char *match = NULL;
	int rc;

	if (which == 1 && tb_zh_spaced(text, len, &spaced))
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	if (which)
		match = which == 1 ? tb_fts_all(spaced.s, spaced.len) : tb_fts_phrase(text, len);
	free(spaced.s);
	if (which && !match)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	rc = tb_prepare(tb, &st, sql[which], err);
	if (!rc) {
		sqlite3_bind_int64(st, 1, term);
		sqlite3_bind_text(st, 2, text, -1, SQLITE_STATIC);
		if (match)
			sqlite3_bind_text(st, 3, match, -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = tb_sql_error(tb, err, "counting the new term's occurrences");
	}
	sqlite3_finalize(st);
	free(match);
	/* The term is now in segments: so says its bit (termbase_internal.h). */
	if (!rc && sqlite3_changes(tb->db) > 0)
		rc = tb_seen_mark(tb, &term, 1, err);
	return rc;
}

static int decide_in_tx(sy_termbase *tb, long id, int action, const sy_term_decision *d, char *ref,
			size_t ref_size, sy_error *err)
{
	sqlite3_stmt *st = NULL;
	char *zh = NULL, *en = NULL, *acronym = NULL, *documents = NULL, *zk = NULL, *ek = NULL,
	     *status_now = NULL;
	const char *status = d && d->status ? d->status : "admitted";
	long concept = 0, term;
	int rc;
	char cref[32];

	rc = tb_prepare(tb, &st,
			"SELECT zh, en, acronym, documents, status FROM candidate WHERE id = ?", err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return sy_error_set(err, SY_EINPUT,
				    "%s: there is no candidate %ld (run shuyu extract to see the list)",
				    tb->path, id);
	}
	zh = strdup((const char *)sqlite3_column_text(st, 0));
	en = strdup((const char *)sqlite3_column_text(st, 1));
	acronym = strdup((const char *)sqlite3_column_text(st, 2));
	documents = strdup((const char *)sqlite3_column_text(st, 3));
	status_now = strdup((const char *)sqlite3_column_text(st, 4));
	sqlite3_finalize(st);
	st = NULL;
	if (!zh || !en || !acronym || !documents || !status_now) {
		rc = sy_error_set(err, SY_ENOMEM, "out of memory");
		goto done;
	}
	if (!valid_status(status)) {
		rc = sy_error_set(err, SY_EUSAGE,
				  "%s is not a status; say preferred, admitted or deprecated", status);
		goto done;
	}
	if (!strcmp(status_now, "accepted")) {
		rc = sy_error_set(err, SY_EINPUT, "candidate %ld was accepted already", id);
		goto done;
	}

	if (action == SY_TERM_REJECT) {
		rc = tb_prepare(tb, &st,
				"UPDATE candidate SET status = 'rejected', note = ?2,"
				" decided_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
				err);
		if (rc)
			goto done;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, d && d->note ? d->note : "", -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = tb_sql_error(tb, err, "rejecting the candidate");
		goto done;
	}

	if (action == SY_TERM_EDIT) {
		if (d && d->zh) {
			if (!*d->zh || !sy_has_han(d->zh, strlen(d->zh))) {
				rc = sy_error_set(err, SY_EUSAGE, "the Chinese term must have Chinese characters");
				goto done;
			}
			free(zh);
			zh = strdup(d->zh);
		}
		if (d && d->en) {
			if (!*d->en || sy_has_han(d->en, strlen(d->en))) {
				rc = sy_error_set(err, SY_EUSAGE, "the English term must be English");
				goto done;
			}
			free(en);
			en = strdup(d->en);
		}
		if (!zh || !en) {
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
			goto done;
		}
	}
	rc = tb_key(tb, "zh", zh, strlen(zh), TB_KEY_RECORD, &zk, err);
	if (!rc)
		rc = tb_key(tb, "en", en, strlen(en), TB_KEY_RECORD, &ek, err);
	if (rc)
		goto done;

	if (d && d->concept) {
		rc = tb_prepare(tb, &st, "SELECT id FROM concept WHERE ref = ?", err);
		if (rc)
			goto done;
		sqlite3_bind_text(st, 1, d->concept, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			concept = (long)sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		st = NULL;
		if (!concept) {
			rc = sy_error_set(err, SY_EINPUT, "%s: there is no concept %s", tb->path, d->concept);
			goto done;
		}
		snprintf(cref, sizeof cref, "%s", d->concept);
	} else {
		snprintf(cref, sizeof cref, "x%04ld", id);
		rc = tb_concept(tb, cref, d && d->domain ? d->domain : "", "", d && d->note ? d->note : "",
				"extract", &concept, err);
		if (rc)
			goto done;
	}
	rc = tb_term(tb, concept, "zh", zh, status, "", "", &term, err);
	if (!rc)
		rc = tb_attest_list(tb, term, documents, ";", err);
	if (!rc)
		rc = find_occurrences(tb, term, "zh", zh, err);
	if (!rc)
		rc = tb_term(tb, concept, "en", en, status, "", "", &term, err);
	if (!rc)
		rc = tb_attest_list(tb, term, documents, ";", err);
	if (!rc)
		rc = find_occurrences(tb, term, "en", en, err);
	if (!rc && *acronym && (!d || !d->en)) {
		char note[160];
		snprintf(note, sizeof note, "Acronym of %s.", en);
		rc = tb_term(tb, concept, "en", acronym, "admitted", "", note, &term, err);
		if (!rc)
			rc = tb_attest_list(tb, term, documents, ";", err);
	}
	if (rc)
		goto done;
	rc = tb_prepare(tb, &st,
			"UPDATE candidate SET status = 'accepted', note = ?2, zh = ?3, en = ?4,"
			" decided_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
			err);
	if (rc)
		goto done;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, d && d->note ? d->note : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, zh, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, en, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "recording the decision");
	if (!rc && ref)
		snprintf(ref, ref_size, "%s", cref);
done:
	sqlite3_finalize(st);
	free(zh);
	free(en);
	free(acronym);
	free(documents);
	free(status_now);
	free(zk);
	free(ek);
	return rc;
}

int sy_termbase_decide(sy_termbase *tb, long id, int action, const sy_term_decision *d, char *ref,
		       size_t ref_size, sy_error *err)
{
	int rc = tb_begin(tb, err);

	if (rc)
		return rc;
	rc = decide_in_tx(tb, id, action, d, ref, ref_size, err);
	if (rc) {
		tb_rollback(tb);
		return rc;
	}
	return tb_commit(tb, err);
}
