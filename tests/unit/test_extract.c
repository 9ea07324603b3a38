/*
 * test_extract.c - term extraction through the library: candidates from a
 * small aligned document, the acronym tied to its expansion, stable ids,
 * accept / reject / edit, and a refused decision that changes nothing.
 *
 * The dictionary is a small one in the CC-CEDICT format written here, so
 * that the figures do not depend on the version set-up fetches.
 */
#include <unistd.h>

#include <sqlite3.h>

#include "testutil.h"
#include "shuyu/extract.h"
#include "shuyu/lexicon.h"
#include "shuyu/reference.h"
#include "shuyu/termbase.h"
#include "synonyms.h"
#include "termbase_internal.h" /* the connection, to count its steps */

static char dir[64];
static sy_lexicon *lex;

static const char dictionary[] =
	"# a few entries in the CC-CEDICT format\n"
	"網絡 网络 [wang3 luo4] /network/cyber/\n"
	"復原力 复原力 [fu4 yuan2 li4] /resilience/\n"
	"關鍵 关键 [guan1 jian4] /critical/key/\n"
	"基礎設施 基础设施 [ji1 chu3 she4 shi1] /infrastructure/\n"
	"建立 建立 [jian4 li4] /to establish/to build/\n"
	"信任 信任 [xin4 ren4] /to trust/confidence/\n"
	"措施 措施 [cuo4 shi1] /measure/step/\n"
	"加強 加强 [jia1 qiang2] /to strengthen/\n"
	"保護 保护 [bao3 hu4] /to protect/protection/\n"
	"各國 各国 [ge4 guo2] /each country/States/\n"
	"減少 减少 [jian3 shao3] /to reduce/\n"
	"緊張 紧张 [jin3 zhang1] /tension/nervous/\n"
	/* for the rules tested on documents of their own */
	"惡意 恶意 [e4 yi4] /malice/evil intention/\n"
	"使用 使用 [shi3 yong4] /to use/to employ/\n"
	"運用 运用 [yun4 yong4] /to use/to put to use/\n"
	"用 用 [yong4] /to use/\n"
	"用處 用处 [yong4 chu5] /use/usefulness/\n"
	"技術 技术 [ji4 shu4] /technology/technique/\n"
	"威脅 威胁 [wei1 xie2] /to threaten/threat/\n"
	"和平 和平 [he2 ping2] /peace/\n"
	"東南亞國家聯盟 东南亚国家联盟 [Dong1 nan2 ya4 Guo2 jia1 Lian2 meng2] "
	"/ASEAN (Association of Southeast Asian Nations)/\n"
	"東盟 东盟 [Dong1 Meng2] /ASEAN/\n"
	"地區 地区 [di4 qu1] /region/regional/\n"
	"論壇 论坛 [lun4 tan2] /forum/\n"
	"組織 组织 [zu3 zhi1] /organization/to organize/\n"
	"數字 数字 [shu4 zi4] /digital/number/\n"
	"服務 服务 [fu2 wu4] /service/to serve/\n"
	"活動 活动 [huo2 dong4] /activity/\n"
	"軟件 软件 [ruan3 jian4] /software/\n"
	"基本 基本 [ji1 ben3] /basic/essential/\n"
	"提供 提供 [ti2 gong1] /to provide/\n"
	"醫療保健 医疗保健 [yi1 liao2 bao3 jian4] /health care/\n"
	"醫療 医疗 [yi1 liao2] /medical/\n"
	"計算機 计算机 [ji4 suan4 ji1] /computer/\n"
	"應急 应急 [ying4 ji2] /to respond to an emergency/(attributive) emergency/\n"
	"小組 小组 [xiao3 zu3] /group/team/\n"
	"針對 针对 [zhen1 dui4] /to target/in response to/\n"
	"政府 政府 [zheng4 fu3] /government/\n"
	"專家 专家 [zhuan1 jia1] /expert/specialist/\n"
	"組 组 [zu3] /to form/group/\n"
	"譴責 谴责 [qian3 ze2] /to denounce/to condemn/\n"
	"設施 设施 [she4 shi1] /facility/\n"
	"權利 权利 [quan2 li4] /right/\n"
	"國家 国家 [guo2 jia1] /country/nation/\n"
	"人權 人权 [ren2 quan2] /human rights/\n"
	"經濟 经济 [jing1 ji4] /economy/economic/\n"
	"價值 价值 [jia4 zhi2] /value/\n"
	"公私 公私 [gong1 si1] /public and private (interests, initiative etc)/\n"
	"倡議 倡议 [chang4 yi4] /to suggest/to initiate/proposal/initiative/\n"
	"大流行 大流行 [da4 liu2 xing2] /major epidemic/pandemic/\n"
	"流行病 流行病 [liu2 xing2 bing4] /epidemic disease/\n"
	"預測 预测 [yu4 ce4] /to forecast/to predict/\n"
	"可 可 [ke3] /can/may/able to/\n"
	"跨國 跨国 [kua4 guo2] /transnational/multinational/\n"
	"犯罪 犯罪 [fan4 zui4] /to commit a crime/crime/offense/\n"
	"有 有 [you3] /to have/there is/to exist/\n"
	"責任 责任 [ze2 ren4] /responsibility/duty/\n"
	"非洲 非洲 [Fei1 zhou1] /Africa/\n"
	"成員 成员 [cheng2 yuan2] /member/\n"
	"考慮 考虑 [kao3 lu:4] /to consider/to think over/consideration/\n"
	"審議 审议 [shen3 yi4] /to consider/to deliberate/\n"
	"斟酌 斟酌 [zhen1 zhuo2] /to consider/to deliberate/\n"
	"揆 揆 [kui2] /consider/estimate/\n"
	"首次 首次 [shou3 ci4] /first/first time/for the first time/\n"
	"重大 重大 [zhong4 da4] /major/great/\n"
	"事件 事件 [shi4 jian4] /incident/event/\n"
	"委員會 委员会 [wei3 yuan2 hui4] /committee/\n"
	"愛沙尼亞 爱沙尼亚 [Ai4 sha1 ni2 ya4] /Estonia/\n"
	"代表 代表 [dai4 biao3] /representative/delegate/to represent/\n"
	"透明度 透明度 [tou4 ming2 du4] /transparency/\n"
	"聯盟 联盟 [lian2 meng2] /alliance/union/\n"
	"非盟 非盟 [Fei1 Meng2] /African Union/\n"
	"轉型 转型 [zhuan3 xing2] /transformation/to transform/\n"
	"帶來 带来 [dai4 lai2] /to bring/to bring about/\n"
	"好處 好处 [hao3 chu5] /benefit/advantage/\n"
	"系統性 系统性 [xi4 tong3 xing4] /systematic/\n"
	"系統 系统 [xi4 tong3] /system/\n"
	"性 性 [xing4] /nature/suffix forming noun from adjective/\n"
	"問題 问题 [wen4 ti2] /question/problem/\n"
	"安全理事會 安全理事会 [An1 quan2 Li3 shi4 hui4] /(United Nations) Security Council/\n"
	"信息 信息 [xin4 xi1] /information/\n"
	"電信 电信 [dian4 xin4] /telecommunications/\n"
	"領域 领域 [ling3 yu4] /field/domain/\n"
	"冠狀 冠状 [guan1 zhuang4] /coronary/crown-shaped/\n"
	"病毒 病毒 [bing4 du2] /virus/\n"
	"病 病 [bing4] /disease/illness/\n"
	"報告 报告 [bao4 gao4] /to report/report/\n"
	"應對 应对 [ying4 dui4] /to respond/to handle/\n"
	"網絡空間 网络空间 [wang3 luo4 kong1 jian1] /cyberspace/\n"
	"視頻會議 视频会议 [shi4 pin2 hui4 yi4] /videoconference/\n"
	"公開 公开 [gong1 kai1] /open/public/\n"
	"舉行 举行 [ju3 xing2] /to hold/\n"
	"會 会 [hui4] /group/association/to meet/\n"
	"行為 行为 [xing2 wei2] /conduct/behavior/\n"
	"國際法 国际法 [guo2 ji4 fa3] /international law/\n"
	"人道 人道 [ren2 dao4] /human sympathy/humanitarianism/humane/\n"
	"法 法 [fa3] /law/method/way/\n"
	"適用 适用 [shi4 yong4] /to be applicable/\n"
	"國際 国际 [guo2 ji4] /international/\n"
	"不法 不法 [bu4 fa3] /wrongful/unlawful/\n"
	"歸咎 归咎 [gui1 jiu4] /to put the blame on/\n"
	"行動 行动 [xing2 dong4] /act/action/\n"
	"附 附 [fu4] /to add/to attach/\n"
	"爭端 争端 [zheng1 duan1] /dispute/conflict/\n"
	"函 函 [han2] /envelope/letter/\n"
	"覆蓋 覆盖 [fu4 gai4] /to cover/\n"
	"掩蓋 掩盖 [yan3 gai4] /to conceal/to cover/\n"
	"遮蓋 遮盖 [zhe1 gai4] /to cover/to hide/\n"
	"蓋子 盖子 [gai4 zi5] /lid/cover/\n"
	"指導 指导 [zhi3 dao3] /to guide/guidance/guiding/\n"
	"能力 能力 [neng2 li4] /capability/ability/\n"
	"建設 建设 [jian4 she4] /to build/building/\n"
	"聯合國 联合国 [Lian2 he2 guo2] /United Nations/\n"
	"常駐 常驻 [chang2 zhu4] /resident/permanent (representative)/\n"
	"觀察員 观察员 [guan1 cha2 yuan2] /observer/\n"
	"埃及 埃及 [Ai1 ji2] /Egypt/\n"
	"割 割 [ge1] /to cut/\n"
	"發展 发展 [fa1 zhan3] /development/to develop/\n"
	"開發 开发 [kai1 fa1] /to develop/to exploit/\n"
	"發育 发育 [fa1 yu4] /to develop/growth/\n"
	"劃分 划分 [hua4 fen1] /to divide/\n"
	"鴻溝 鸿沟 [hong2 gou1] /gulf/chasm/\n"
	"不干涉 不干涉 [bu4 gan1 she4] /noninterference/nonintervention/\n"
	"綱領 纲领 [gang1 ling3] /program (i.e. plan of action)/guiding principle/\n"
	"國防 国防 [guo2 fang2] /national defense/\n"
	"發展中國家 发展中国家 [fa1 zhan3 zhong1 guo2 jia1] /developing country/\n"
	"麥子 麦子 [mai4 zi5] /wheat/\n"
	"集團 集团 [ji2 tuan2] /group/bloc/\n"
	"發言 发言 [fa1 yan2] /to make a speech/statement/\n"
	"議程 议程 [yi4 cheng2] /agenda/\n"
	"可持續 可持续 [ke3 chi2 xu4] /sustainable/\n"
	"開展 开展 [kai1 zhan3] /to launch/to develop/to carry out/\n"
	"發展 发展 [fa1 zhan3] /development/growth/to develop/\n"
	"會員國 会员国 [hui4 yuan2 guo2] /member state/\n"
	"預防 预防 [yu4 fang2] /to prevent/to take precautions against/\n"
	"衝突 冲突 [chong1 tu1] /conflict/clash/\n"
	"主席 主席 [zhu3 xi2] /chairperson/premier/chairman/\n"
	"個 个 [ge4] /individual/classifier for people or objects in general/\n"
	"討論 讨论 [tao3 lun4] /to discuss/to talk over/\n"
	"專題 专题 [zhuan1 ti2] /specific topic/\n"
	"辯論 辩论 [bian4 lun4] /debate/argument/\n"
	"後果 后果 [hou4 guo3] /consequences/aftermath/\n"
	"題 题 [ti2] /topic/problem for discussion/\n"
	"通 通 [tong1] /to go through/to connect/open/classifier for letters, telegrams, phone calls, "
	"activities (take a walk, etc)/\n"
	"通報 通报 [tong1 bao4] /to inform/to notify/bulletin/\n"
	"重視 重视 [zhong4 shi4] /to attach importance to sth/to value/\n"
	"全能 全能 [quan2 neng2] /omnipotent/all-round/\n"
	"次 次 [ci4] /next in sequence/second/secondary/vice-/sub-/infra-/classifier for enumerated "
	"events: time/\n"
	"會議 会议 [hui4 yi4] /meeting/conference/\n"
	"兩 两 [liang3] /two/both/\n"
	"區分 区分 [qu1 fen1] /to differentiate/to draw a distinction/to divide into categories/\n"
	"必要 必要 [bi4 yao4] /necessary/essential/indispensable/required/\n"
	"原則 原则 [yuan2 ze2] /principle/doctrine/\n";

static const char zh_text[] =
	"各国应加强网络复原力。\n\n"
	"网络复原力对关键基础设施至关重要。\n\n"
	"关键基础设施需要保护。\n\n"
	"建立信任措施可减少紧张。\n\n"
	"建立信任措施有帮助。\n";

static const char en_text[] =
	"States should strengthen cyber resilience.\n\n"
	"Cyber resilience matters for critical infrastructure.\n\n"
	"Critical infrastructure needs protection.\n\n"
	"Confidence-building measures (CBMs) reduce tension.\n\n"
	"CBMs help.\n";

static int setup(void **state)
{
	char path[128];
	sy_error err = {0, ""};
	FILE *f;

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/shuyu-ex-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/dict.u8", dir);
	f = fopen(path, "w");
	if (!f)
		return -1;
	fputs(dictionary, f);
	fclose(f);
	return sy_lexicon_open(&lex, path, &err) ? -1 : 0;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	sy_lexicon_close(lex);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	return system(cmd);
}

/* Store a document whose beads are each per_bead sentences on both sides,
 * with CC-CEDICT (with) to cut its phrases as it is stored, or NULL; the
 * number of beads into *n_beads, and the terms found. */
static size_t merge_beads(sy_termbase *tb, const char *symbol, const char *zh_doc,
			  const char *en_doc, size_t per_bead, const sy_lexicon *with, size_t *n_beads)
{
	sy_error err = {0, ""};
	sy_merge_stats stats;
	aligned_doc b;

	aligned_make(&b, symbol, zh_doc, en_doc, per_bead, NULL, 1);
	b.doc.lex = with;
	if (sy_termbase_merge(tb, &b.doc, &stats, NULL, NULL, &err))
		fail_msg("merge: %s", err.message);
	if (n_beads)
		*n_beads = b.doc.n_beads;
	aligned_free(&b);
	return stats.occurrences;
}

/* Store a document, aligned one sentence to one. */
static void merge_aligned(sy_termbase *tb, const char *symbol, const char *zh_doc, const char *en_doc)
{
	merge_beads(tb, symbol, zh_doc, en_doc, 1, NULL, NULL);
}

/* A termbase without the glossary, holding a document, aligned one
 * sentence to one. */
static sy_termbase *termbase_with(const char *name, const char *zh_doc, const char *en_doc)
{
	sy_error err = {0, ""};
	sy_termbase *tb = open_new_termbase(dir, name, SY_TB_EMPTY);

	merge_aligned(tb, "T/1", zh_doc, en_doc);
	if (sy_termbase_index_phrases(tb, lex, NULL, "T/1", &err))
		fail_msg("index: %s", err.message);
	return tb;
}

/* The document above. */
static sy_termbase *termbase_with_document(const char *name)
{
	return termbase_with(name, zh_text, en_text);
}

static const sy_candidate *find(const sy_candidate_list *list, const char *zh, const char *en)
{
	size_t i;

	for (i = 0; i < list->count; i++)
		if (!strcmp(list->items[i].zh, zh) && !strcmp(list->items[i].en, en))
			return &list->items[i];
	return NULL;
}

/* A candidate that must be there. */
static const sy_candidate *found(const sy_candidate_list *list, const char *zh, const char *en)
{
	const sy_candidate *c = find(list, zh, en);

	if (!c)
		fail_msg("not listed: %s / %s", zh, en);
	return c;
}

/* No candidate holds any of words[0..n) on either side. */
static void assert_none_holds(const sy_candidate_list *list, const char *const *words, size_t n)
{
	size_t i, k;

	for (i = 0; i < list->count; i++)
		for (k = 0; k < n; k++)
			if (strstr(list->items[i].zh, words[k]) || strstr(list->items[i].en, words[k]))
				fail_msg("%s / %s holds %s", list->items[i].zh, list->items[i].en,
					 words[k]);
}

/* The candidates of tb (known pairs too where all), with the
 * English-Chinese dictionary d (NULL: none). */
static void extract_with(sy_termbase *tb, int all, const sy_endict *d, sy_candidate_list *out)
{
	sy_extract_options opt;
	sy_error err = {0, ""};

	memset(&opt, 0, sizeof(opt));
	opt.all = all;
	opt.endict = d;
	if (sy_termbase_extract(tb, lex, &opt, out, &err))
		fail_msg("extract: %s", err.message);
}

static void extract(sy_termbase *tb, int all, sy_candidate_list *out)
{
	extract_with(tb, all, NULL, out);
}

/* The candidates of tb, read with the dictionary `with` (a small one). */
static void extract_by(sy_termbase *tb, const sy_lexicon *with, sy_candidate_list *out)
{
	sy_extract_options opt;
	sy_error err = {0, ""};

	memset(&opt, 0, sizeof(opt));
	if (sy_termbase_extract(tb, with, &opt, out, &err))
		fail_msg("extract: %s", err.message);
}

/* ECDICT, an English-Chinese dictionary, explains what CC-CEDICT has no
 * gloss for (here: 临时代办, 法定人数, "settlement"): through a run of
 * English words, the accent and the curly apostrophe of "chargé d’affaires"
 * folded, and a run of Chinese words, as the segmenter may cut them. A run
 * is asked about when one of its words is unexplained: "disputes" has
 * 争端's gloss, "settlement" nothing; and the part of a hyphenated word
 * that no gloss explains ("capacity": 能力 is "capability" here). */
static const char ecdict_sample[] =
	"word,phonetic,definition,translation,pos,collins,oxford,tag,bnc,frq,exchange,detail,audio\n"
	"charge d'affaires,,,\"n. <法>代办，临时代办\",,,,,0,0,,,\n"
	"quorum,kwɔ:rәm,n. a gathering of the minimal number of members,\"n. 法定人数\\n[网络] 定额\",,,,,0,0,,,\n"
	"settlement of disputes,,,\"n. 解决争端\",,,,,0,0,,,\n"
	"capacity,kә'pæsәti,,\"n. 容量, 能力, 才能\\na. 充其量的\",,,,,0,0,,,\n";

/* An English-Chinese dictionary (ECDICT's format) written from csv as
 * file name, read in the background as the CLI reads it. */
static sy_endict *open_endict(const char *name, const char *csv)
{
	sy_error err = {0, ""};
	sy_endict *d = NULL;
	char path[256];

	write_fixture(path, sizeof path, dir, name, csv);
	assert_int_equal(sy_endict_open_background(&d, path, &err), SY_OK);
	return d;
}

/* A dictionary of CC-CEDICT's format written from text as file name, and
 * read. */
static sy_lexicon *small_lexicon(const char *name, const char *text)
{
	sy_lexicon *l;
	sy_error err = {0, ""};
	char path[256];

	write_fixture(path, sizeof path, dir, name, text);
	if (sy_lexicon_open(&l, path, &err))
		fail_msg("%s: %s", name, err.message);
	return l;
}

/* General-language frequencies of jieba's format, written and read the
 * same way. */
static sy_reference *small_reference(const char *name, const char *text)
{
	sy_reference *ref;
	sy_error err = {0, ""};
	char path[256];

	write_fixture(path, sizeof path, dir, name, text);
	if (sy_reference_open(&ref, path, &err))
		fail_msg("%s: %s", name, err.message);
	return ref;
}

/* The candidates of a document, one sentence to one, merged into a new
 * termbase without the curated glossary and read with the small
 * dictionary dict, both written under name (name.u8, name.sqlite); the
 * terms of glossary (our TSV), when there is one, imported first. */
/* As extract_small, the termbase left open for the caller to look into
 * (segments_with) and close. */
static sy_termbase *extract_small_open(const char *name, const char *dict, const char *glossary,
				       const char *zh, const char *en, sy_candidate_list *out)
{
	char file[64];
	sy_lexicon *small;
	sy_termbase *tb;
	sy_error err = {0, ""};

	snprintf(file, sizeof file, "%s.u8", name);
	small = small_lexicon(file, dict);
	snprintf(file, sizeof file, "%s.sqlite", name);
	tb = open_new_termbase(dir, file, SY_TB_EMPTY);
	if (glossary && sy_termbase_import_glossary(tb, glossary, strlen(glossary), "test", &err))
		fail_msg("glossary: %s", err.message);
	merge_beads(tb, "T/1", zh, en, 1, small, NULL);
	extract_by(tb, small, out);
	sy_lexicon_close(small);
	return tb;
}

static void extract_small(const char *name, const char *dict, const char *glossary, const char *zh,
			  const char *en, sy_candidate_list *out)
{
	sy_termbase_close(extract_small_open(name, dict, glossary, zh, en, out));
}

/* As extract_small, the candidates read with the general-language
 * reference of jieba's format `reference` as well (name.jieba). */
static void extract_small_referenced(const char *name, const char *dict, const char *reference, const char *zh,
				     const char *en, sy_candidate_list *out)
{
	char file[64];
	sy_lexicon *small;
	sy_termbase *tb;
	sy_reference *ref;
	sy_extract_options opt;
	sy_error err = {0, ""};

	snprintf(file, sizeof file, "%s.u8", name);
	small = small_lexicon(file, dict);
	snprintf(file, sizeof file, "%s.jieba", name);
	ref = small_reference(file, reference);
	snprintf(file, sizeof file, "%s.sqlite", name);
	tb = open_new_termbase(dir, file, SY_TB_EMPTY);
	merge_beads(tb, "T/1", zh, en, 1, small, NULL);
	memset(&opt, 0, sizeof(opt));
	opt.reference = ref;
	if (sy_termbase_extract(tb, small, &opt, out, &err))
		fail_msg("extract: %s", err.message);
	sy_reference_close(ref);
	sy_termbase_close(tb);
	sy_lexicon_close(small);
}

/* A one-document termbase (name.sqlite) whose segments are chunked with a
 * small dictionary and a general-language reference of jieba's format, as
 * merge chunks them with CC-CEDICT and jieba's (name.u8, name.jieba). */
typedef struct referenced {
	sy_lexicon *lex;
	sy_reference *ref;
	sy_termbase *tb;
} referenced;

static void referenced_open(referenced *r, const char *name, const char *dict, const char *reference,
			    const char *zh, const char *en)
{
	char file[64];
	sy_error err = {0, ""};

	snprintf(file, sizeof file, "%s.u8", name);
	r->lex = small_lexicon(file, dict);
	snprintf(file, sizeof file, "%s.jieba", name);
	r->ref = small_reference(file, reference);
	snprintf(file, sizeof file, "%s.sqlite", name);
	r->tb = open_new_termbase(dir, file, SY_TB_EMPTY);
	merge_beads(r->tb, "T/1", zh, en, 1, NULL, NULL);
	if (sy_termbase_index_phrases(r->tb, r->lex, r->ref, "T/1", &err))
		fail_msg("index: %s", err.message);
}

/* The candidates of r's termbase, read with its dictionary and reference. */
static void referenced_extract(referenced *r, sy_candidate_list *out)
{
	sy_extract_options opt;
	sy_error err = {0, ""};

	memset(&opt, 0, sizeof(opt));
	opt.reference = r->ref;
	if (sy_termbase_extract(r->tb, r->lex, &opt, out, &err))
		fail_msg("extract: %s", err.message);
}

static void referenced_close(referenced *r)
{
	sy_reference_close(r->ref);
	sy_termbase_close(r->tb);
	sy_lexicon_close(r->lex);
}

/* How well the dictionary dict explains the pair zh / en that the
 * one-document termbase of zh_doc and en_doc lists (extract_small): the
 * pair's translation; the test fails where it is not listed. */
static double translation_of(const char *name, const char *dict, const char *zh_doc, const char *en_doc,
			     const char *zh, const char *en)
{
	sy_candidate_list list;
	double t;

	extract_small(name, dict, NULL, zh_doc, en_doc, &list);
	t = found(&list, zh, en)->translation;
	sy_candidate_list_free(&list);
	return t;
}

/* The one-document termbase of zh_doc and en_doc (termbase_with, under
 * name) lists the pair zh / en. */
static void assert_lists(const char *name, const char *zh_doc, const char *en_doc, const char *zh, const char *en)
{
	sy_termbase *tb = termbase_with(name, zh_doc, en_doc);
	sy_candidate_list list;

	extract(tb, 0, &list);
	found(&list, zh, en);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* How many of tb's segments have a column of chunks ("zh_chunks",
 * "en_chunks") LIKE pattern, whose words a tab parts, as in the chunks. */
static long long segments_with(sy_termbase *tb, const char *column, const char *pattern)
{
	char sql[96];
	sqlite3_stmt *q;
	long long n = -1;

	snprintf(sql, sizeof sql, "SELECT count(*) FROM segment WHERE %s LIKE ?", column);
	assert_int_equal(sqlite3_prepare_v2(tb->db, sql, -1, &q, NULL), SQLITE_OK);
	sqlite3_bind_text(q, 1, pattern, -1, SQLITE_STATIC);
	if (sqlite3_step(q) == SQLITE_ROW)
		n = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	return n;
}

/* No candidate whose Chinese holds zh and whose English holds en (NULL:
 * any). */
static void assert_no_pair_holding(const sy_candidate_list *list, const char *zh, const char *en)
{
	size_t i;

	for (i = 0; i < list->count; i++)
		if ((!zh || strstr(list->items[i].zh, zh)) && (!en || strstr(list->items[i].en, en)))
			fail_msg("listed: %s / %s", list->items[i].zh, list->items[i].en);
}

/* No candidate's Chinese is one of zh[0..n). */
static void assert_no_chinese(const sy_candidate_list *list, const char *const *zh, size_t n)
{
	size_t i, k;

	for (i = 0; i < list->count; i++)
		for (k = 0; k < n; k++)
			if (!strcmp(list->items[i].zh, zh[k]))
				fail_msg("listed: %s / %s", list->items[i].zh, list->items[i].en);
}

static void test_extract_explains_by_an_english_chinese_dictionary(void **state)
{
	sy_termbase *tb = termbase_with("endict.sqlite",
					"发言由临时代办签署。\n\n临时代办出席会议。\n\n"
					"会议须有法定人数。\n\n法定人数为过半数。\n\n"
					"各国和平解决争端。\n\n解决争端需要时间。\n\n"
					"各国支持能力建设。\n\n能力建设需要资金。\n",
					"Statements are signed by the chargé d’affaires.\n\n"
					"The chargé d’affaires attends the meeting.\n\n"
					"The meeting needs a quorum.\n\nA quorum is a majority.\n\n"
					"States seek the peaceful settlement of disputes.\n\n"
					"The settlement of disputes takes time.\n\n"
					"States support capacity-building.\n\nCapacity-building needs funds.\n");
	static const char *const pairs[][2] = {{"临时代办", "chargé d’affaires"},
					       {"法定人数", "quorum"},
					       {"解决争端", "settlement of disputes"},
					       {"能力建设", "capacity-building"}};
	sy_candidate_list with, without;
	sy_endict *d;
	const sy_candidate *c;
	size_t i;

	(void)state;
	d = open_endict("ecdict.csv", ecdict_sample);
	extract_with(tb, 1, NULL, &without);
	extract_with(tb, 1, d, &with);
	/* Each pair whole with the dictionary, in part (or not at all) without. */
	for (i = 0; i < sizeof pairs / sizeof *pairs; i++) {
		c = found(&with, pairs[i][0], pairs[i][1]);
		assert_true(c->translation > 0.99);
		c = find(&without, pairs[i][0], pairs[i][1]);
		assert_true(!c || c->translation < 0.99);
	}
	sy_candidate_list_free(&with);
	sy_candidate_list_free(&without);
	sy_endict_close(d);
	sy_termbase_close(tb);
}

/* A dotted abbreviation after a title is part of it: chargé d'affaires
 * a.i. (ad interim) is a post of its own, listed whole and fully
 * explained, as a.i. translates nothing a dictionary could explain. A
 * function word written so (e.g.) qualifies nothing, nor does an
 * abbreviation that follows no word. */
static void test_extract_keeps_a_dotted_qualifier_with_its_title(void **state)
{
	sy_termbase *tb = termbase_with("qualifier.sqlite",
					"信由临时代办签署。\n\n临时代办出席会议。\n\n"
					"会议讨论措施，例如加密。\n",
					"The letter is signed by the chargé d’affaires a.i.\n\n"
					"The chargé d’affaires a.i. attends the meeting.\n\n"
					"The meeting discusses measures, e.g. encryption.\n");
	static const char *const dotted[] = {"e.g", " a", " i"};
	sy_candidate_list list;
	sy_endict *d;
	const sy_candidate *c;
	size_t i;

	(void)state;
	d = open_endict("ecdict.csv", ecdict_sample);
	extract_with(tb, 1, d, &list);
	c = found(&list, "临时代办", "chargé d’affaires a.i.");
	assert_true(c->translation > 0.99);
	assert_int_equal(c->frequency, 2);
	assert_null(find(&list, "临时代办", "chargé d’affaires"));
	for (i = 0; i < list.count; i++) {
		size_t k, n = strlen(list.items[i].en);
		/* a.i. begins nothing, and nothing ends in a piece of it. */
		assert_true(strncmp(list.items[i].en, "a.i.", 4) != 0);
		for (k = 0; k < sizeof dotted / sizeof *dotted; k++) {
			size_t m = strlen(dotted[k]);
			if (n >= m && !strcmp(list.items[i].en + n - m, dotted[k]))
				fail_msg("%s / %s ends in %s", list.items[i].zh, list.items[i].en, dotted[k]);
		}
		assert_null(strstr(list.items[i].en, "e.g."));
	}
	sy_candidate_list_free(&list);
	sy_endict_close(d);
	sy_termbase_close(tb);
}

/* A bound suffix the segmenter cuts off a known word is that word's
 * (全能|者, the Almighty, one word), and a dictionary item that spells the
 * word without it explains it (ECDICT's "almighty" is 全能的: 全能). */
static void test_extract_joins_a_bound_suffix_to_its_word(void **state)
{
	static const char almighty[] =
		"word,phonetic,definition,translation,pos,collins,oxford,tag,bnc,frq,exchange,detail,audio\n"
		"almighty,,,\"a. 全能的\",,,,,0,0,,,\n";
	sy_termbase *tb = termbase_with("suffix.sqlite", "全能者赐福。\n\n愿全能者帮助你。\n",
					"The Almighty blesses.\n\nMay the Almighty help thee.\n");
	sy_candidate_list list;
	sy_endict *d;
	const sy_candidate *c;

	(void)state;
	d = open_endict("almighty.csv", almighty);
	extract_with(tb, 1, d, &list);
	c = found(&list, "全能者", "Almighty");
	assert_true(c->translation > 0.99);
	assert_int_equal(c->frequency, 2);
	assert_null(find(&list, "全能", "Almighty"));
	sy_candidate_list_free(&list);
	sy_endict_close(d);
	sy_termbase_close(tb);
}

static void test_extract_finds_repeated_term_pairs(void **state)
{
	sy_termbase *tb = termbase_with_document("find.sqlite");
	sy_candidate_list list;
	const sy_candidate *c;

	(void)state;
	extract(tb, 0, &list);
	c = find(&list, "网络复原力", "cyber resilience");
	assert_non_null(c);
	assert_int_equal(c->frequency, 2);
	assert_true(c->translation > 0.99);
	assert_string_equal(c->documents, "T/1");
	assert_non_null(strstr(c->example_zh, "网络复原力"));
	c = find(&list, "关键基础设施", "critical infrastructure");
	assert_non_null(c);
	assert_int_equal(c->frequency, 2);
	/* Candidates come best first. */
	for (size_t i = 1; i < list.count; i++)
		assert_true(list.items[i - 1].score >= list.items[i].score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

static int count_step(void *arg)
{
	++*(long *)arg;
	return 0;
}

/* Steps of SQLite's virtual machine that indexing one document's phrases
 * takes (what merge does after storing it). */
static long steps_to_index(sy_termbase *tb, const char *symbol)
{
	sy_error err = {0, ""};
	long steps = 0;

	merge_aligned(tb, symbol, zh_text, en_text);
	sqlite3_progress_handler(tb->db, 1, count_step, &steps);
	if (sy_termbase_index_phrases(tb, lex, NULL, symbol, &err))
		fail_msg("index: %s", err.message);
	sqlite3_progress_handler(tb->db, 0, NULL, NULL);
	return steps;
}

/* A merge indexes its own document's phrases through the document's
 * symbol: the termbase's other segments, however many, cost it nothing.
 * Counted in steps, not in time: through a condition that hid the index,
 * a translator's merge into a million segments read them all (0.35 s). */
static void test_extract_indexes_a_document_without_reading_the_others(void **state)
{
	sy_termbase *tb = termbase_with_document("steps.sqlite");
	util_buf zh = {NULL, 0, 0}, en = {NULL, 0, 0};
	char line[64];
	long alone, beside;
	int k;

	(void)state;
	alone = steps_to_index(tb, "T/2");
	/* 2,000 segments of another document, not yet indexed either. */
	for (k = 0; k < 2000; k++) {
		snprintf(line, sizeof line, "第%d项措施。\n\n", k);
		assert_int_equal(util_buf_add(&zh, line, strlen(line)), 0);
		snprintf(line, sizeof line, "Measure %d.\n\n", k);
		assert_int_equal(util_buf_add(&en, line, strlen(line)), 0);
	}
	assert_int_equal(util_buf_add(&zh, "", 1), 0);
	assert_int_equal(util_buf_add(&en, "", 1), 0);
	merge_aligned(tb, "BIG", zh.s, en.s);
	beside = steps_to_index(tb, "T/3");
	assert_true(alone > 0);
	assert_true(beside < alone + alone / 2);
	free(zh.s);
	free(en.s);
	sy_termbase_close(tb);
}

/* Every segment's chunks, in order, as one string. */
static char *all_chunks(sy_termbase *tb)
{
	util_buf out = {NULL, 0, 0};
	sqlite3_stmt *st;

	assert_int_equal(sqlite3_prepare_v2(tb->db,
					    "SELECT position, zh_chunks, en_chunks, chunks_version"
					    " FROM segment ORDER BY document_id, position",
					    -1, &st, NULL),
			 SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		char line[64];
		snprintf(line, sizeof line, "%lld %d\n", sqlite3_column_int64(st, 0),
			 sqlite3_column_int(st, 3));
		assert_int_equal(util_buf_add(&out, line, strlen(line)), 0);
		for (int k = 1; k <= 2; k++) {
			const char *c = (const char *)sqlite3_column_text(st, k);
			assert_non_null(c); /* every segment chunked */
			assert_int_equal(util_buf_add(&out, c, strlen(c)), 0);
			assert_int_equal(util_buf_add(&out, "\n", 1), 0);
		}
	}
	sqlite3_finalize(st);
	assert_non_null(out.s);
	return out.s;
}

/* The chunks of two termbases, which must be the same: the first's, for the
 * caller to free. */
static char *same_chunks(sy_termbase *one, sy_termbase *other)
{
	char *a = all_chunks(one), *b = all_chunks(other);

	assert_string_equal(a, b);
	free(b);
	return a;
}

/* 300 sentence pairs made of the document above (enough for the merge's
 * threads), from its sentence first (0-4), with or without CC-CEDICT to
 * cut the phrases as it stores them. */
static void doc_of_300(aligned_doc *b, const char *symbol, size_t first, const sy_lexicon *with)
{
	static const char *const zh_lines[] = {"各国应加强网络复原力。", "网络复原力对关键基础设施至关重要。",
					       "关键基础设施需要保护。", "建立信任措施可减少紧张。",
					       "建立信任措施有帮助。"};
	static const char *const en_lines[] = {
		"States should strengthen cyber resilience.",
		"Cyber resilience matters for critical infrastructure.",
		"Critical infrastructure needs protection.",
		"Confidence-building measures (CBMs) reduce tension.", "CBMs help."};
	util_buf zh_doc = {NULL, 0, 0}, en_doc = {NULL, 0, 0};
	char line[256];
	size_t i;

	for (i = 0; i < 300; i++) {
		snprintf(line, sizeof line, "第%zu段。%s\n\n", i + 1, zh_lines[(first + i) % 5]);
		assert_int_equal(util_buf_add(&zh_doc, line, strlen(line)), 0);
		snprintf(line, sizeof line, "Paragraph %zu. %s\n\n", i + 1, en_lines[(first + i) % 5]);
		assert_int_equal(util_buf_add(&en_doc, line, strlen(line)), 0);
	}
	/* "第1段。" with its sentence: 600 sentences a side, in 300 beads. */
	aligned_make(b, symbol, zh_doc.s, en_doc.s, 2, NULL, 1);
	b->doc.lex = with;
	assert_int_equal(b->doc.n_beads, 300);
	free(zh_doc.s);
	free(en_doc.s);
}

/* Merge them; the terms found. */
static size_t merge_300(sy_termbase *tb, const char *symbol, size_t first, const sy_lexicon *with)
{
	sy_error err = {0, ""};
	sy_merge_stats stats;
	aligned_doc b;

	doc_of_300(&b, symbol, first, with);
	if (sy_termbase_merge(tb, &b.doc, &stats, NULL, NULL, &err))
		fail_msg("merge: %s", err.message);
	aligned_free(&b);
	return stats.occurrences;
}

/* A termbase with three terms of the document above, one of them across
 * a word that bounds chunks elsewhere (可), holding two documents of 300
 * pairs, merged with or without CC-CEDICT (the second merge of a handle
 * given the same lexicon keeps what the first read of it). */
static sy_termbase *termbase_of_600(const char *name, const sy_lexicon *with, size_t *found)
{
	static const char terms[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
				    "t1\t网络复原力\tcyber resilience\tthreats\tpreferred\t\t\n"
				    "t2\t关键基础设施\tcritical infrastructure\tthreats\tpreferred\t\t\n"
				    "t3\t可减少紧张\treduce tension\tthreats\tadmitted\t\t\n";
	sy_error err = {0, ""};
	sy_termbase *tb = open_new_termbase(dir, name, SY_TB_EMPTY);

	if (sy_termbase_import_glossary(tb, terms, sizeof(terms) - 1, "test", &err))
		fail_msg("%s: %s", name, err.message);
	*found = merge_300(tb, "T/300", 0, with);
	*found += merge_300(tb, "T/300b", 3, with);
	return tb;
}

/* A merge given CC-CEDICT cuts each segment's phrases as it stores it, on
 * its own threads, where sy_termbase_index_phrases cut them after it: the
 * same chunks, the termbase's terms kept whole in both. */
static void test_extract_merge_cuts_the_phrases_as_the_index_would(void **state)
{
	sy_error err = {0, ""};
	sy_termbase *during, *after;
	size_t found_during, found_after;
	char *a;

	(void)state;
	during = termbase_of_600("during.sqlite", lex, &found_during);
	after = termbase_of_600("after.sqlite", NULL, &found_after);
	assert_int_equal(found_during, 1200); /* ten in five pairs, both languages */
	assert_int_equal(found_during, found_after);
	/* Nothing left to index after the merges given CC-CEDICT. */
	assert_int_equal(db_number(during->db, "SELECT count(*) FROM segment"
					       " WHERE zh_chunks IS NULL OR chunks_version = 0"),
			 0);
	assert_int_equal(db_number(after->db, "SELECT count(*) FROM segment"
					      " WHERE zh_chunks IS NULL"),
			 600);
	if (sy_termbase_index_phrases(after, lex, NULL, "T/300", &err) ||
	    sy_termbase_index_phrases(after, lex, NULL, "T/300b", &err))
		fail_msg("index: %s", err.message);
	a = same_chunks(during, after);
	/* A term is in one chunk (its words are tab-separated there). */
	assert_non_null(strstr(a, "关键\t基础设施"));
	assert_non_null(strstr(a, "可\t减少\t紧张"));
	free(a);
	sy_termbase_close(during);
	sy_termbase_close(after);
}

/* A list of documents merged at once (sy_termbase_merge_docs, where the
 * workers cut the next document's phrases while one commits) cuts them
 * as merging one after another does; a document given another lexicon
 * waits for its own indexer. */
static void test_extract_merge_list_cuts_the_phrases_as_one_by_one(void **state)
{
	static const char *const symbols[] = {"M/1", "M/2", "M/3", "M/4", "M/5"};
	enum { N = 5 };
	sy_error err = {0, ""};
	sy_lexicon *other;
	sy_termbase *listed, *each;
	sy_merge_doc docs[N];
	sy_merge_stats stats[N], one;
	aligned_doc b[N];
	char path[256], *a;
	size_t k;

	(void)state;
	snprintf(path, sizeof(path), "%s/dict.u8", dir);
	assert_int_equal(sy_lexicon_open(&other, path, &err), SY_OK);
	for (k = 0; k < N; k++) {
		doc_of_300(&b[k], symbols[k], k, k == 3 ? other : lex);
		docs[k] = b[k].doc;
	}
	listed = open_new_termbase(dir, "list-cut.sqlite", SY_TB_EMPTY);
	each = open_new_termbase(dir, "each-cut.sqlite", SY_TB_EMPTY);
	if (sy_termbase_merge_docs(listed, docs, N, stats, NULL, NULL, &err))
		fail_msg("merge the list: %s", err.message);
	for (k = 0; k < N; k++) {
		if (sy_termbase_merge(each, &docs[k], &one, NULL, NULL, &err))
			fail_msg("merge %s: %s", symbols[k], err.message);
		assert_int_equal(stats[k].segments, 300);
		assert_int_equal(stats[k].occurrences, one.occurrences);
		assert_int_equal(stats[k].terms_found, one.terms_found);
	}
	assert_int_equal(db_number(listed->db, "SELECT count(*) FROM segment"
					       " WHERE zh_chunks IS NULL OR chunks_version = 0"),
			 0);
	a = same_chunks(listed, each);
	assert_non_null(strstr(a, "关键\t基础设施"));
	free(a);
	sy_termbase_close(listed);
	sy_termbase_close(each);
	for (k = 0; k < N; k++)
		aligned_free(&b[k]);
	sy_lexicon_close(other);
}

/* A handle keeps the phrase index's indexer between merges given the same
 * lexicon (opening one reads CC-CEDICT's verbs), and opens another for
 * another lexicon, though it be the same file opened again. */
static void test_extract_merge_keeps_the_indexer_for_its_lexicon(void **state)
{
	sy_error err = {0, ""};
	sy_lexicon *other;
	sy_termbase *tb;
	struct tb_indexer *first;
	char path[256];

	(void)state;
	tb = open_new_termbase(dir, "keeps.sqlite", SY_TB_EMPTY);
	merge_300(tb, "K/1", 0, lex);
	first = tb->indexer;
	assert_non_null(first);
	assert_int_equal(tb->indexer_lexicon, sy_lexicon_serial(lex));
	merge_300(tb, "K/2", 1, lex);
	assert_ptr_equal(tb->indexer, first);
	snprintf(path, sizeof(path), "%s/dict.u8", dir);
	assert_int_equal(sy_lexicon_open(&other, path, &err), SY_OK);
	assert_true(sy_lexicon_serial(other) != sy_lexicon_serial(lex));
	merge_300(tb, "K/3", 2, other);
	assert_int_equal(tb->indexer_lexicon, sy_lexicon_serial(other));
	assert_int_equal(db_number(tb->db, "SELECT count(*) FROM segment"
					   " WHERE zh_chunks IS NULL OR chunks_version = 0"),
			 0);
	sy_termbase_close(tb);
	sy_lexicon_close(other);
}

/* An English chunk's word in the format before stop 15: text, \x1f, key,
 * the key written even where it is the text. */
static void key_repeated(const char *chunks, util_buf *out)
{
	const char *p = chunks;

	out->len = 0;
	while (*p) {
		size_t n = strcspn(p, "\t\n"), skip = strspn(p, "~^=!");
		const char *w = p + skip;
		assert_int_equal(util_buf_add(out, p, n), 0);
		if (*p != '@' && n > skip && !memchr(p, '\x1f', n)) {
			assert_int_equal(util_buf_add(out, "\x1f", 1), 0);
			assert_int_equal(util_buf_add(out, w, n - skip), 0);
		}
		p += n;
		if (*p) {
			assert_int_equal(util_buf_add(out, p, 1), 0);
			p++;
		}
	}
	assert_int_equal(util_buf_add(out, "", 1), 0);
}

/* An English word is written with its key only where the key is not the
 * word itself, and chunks written with the key always (before stop 15) are
 * read the same: the same candidates, in the same order. */
static void test_extract_reads_chunks_with_or_without_the_key_repeated(void **state)
{
	sy_termbase *tb = termbase_with_document("repeated.sqlite");
	sy_candidate_list now, before;
	util_buf old = {NULL, 0, 0};
	sqlite3_stmt *get, *put;
	size_t i;

	(void)state;
	extract(tb, 1, &now);
	assert_true(now.count > 0);
	assert_int_equal(sqlite3_prepare_v2(tb->db, "SELECT id, en_chunks FROM segment", -1, &get, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(tb->db, "UPDATE segment SET en_chunks = ? WHERE id = ?",
					    -1, &put, NULL),
			 SQLITE_OK);
	for (i = 0; sqlite3_step(get) == SQLITE_ROW; i++) {
		const char *c = (const char *)sqlite3_column_text(get, 1);
		if (i == 0) { /* "States should strengthen cyber resilience." */
			assert_non_null(strstr(c, "States\x1fstate")); /* a key of its own */
			assert_null(strstr(c, "resilience\x1f"));      /* its own key */
		}
		key_repeated(c, &old);
		if (i == 0)
			assert_non_null(strstr(old.s, "resilience\x1fresilience"));
		sqlite3_bind_text(put, 1, old.s, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(put, 2, sqlite3_column_int64(get, 0));
		assert_int_equal(sqlite3_step(put), SQLITE_DONE);
		sqlite3_reset(put);
	}
	assert_int_equal(i, 5);
	sqlite3_finalize(get);
	sqlite3_finalize(put);
	extract(tb, 1, &before);
	assert_int_equal(now.count, before.count);
	for (i = 0; i < now.count; i++) {
		assert_string_equal(now.items[i].zh, before.items[i].zh);
		assert_string_equal(now.items[i].en, before.items[i].en);
		assert_true(now.items[i].score == before.items[i].score);
	}
	free(old.s);
	sy_candidate_list_free(&now);
	sy_candidate_list_free(&before);
	sy_termbase_close(tb);
}

/* Chunks cut by the rules of an older shuyu (chunks_version 0; here
 * emptied, so that they hold no phrase) are cut again by the next extract. */
static void test_extract_cuts_chunks_of_older_rules_again(void **state)
{
	sy_termbase *tb = termbase_with_document("rechunk.sqlite");
	sy_candidate_list list;
	sqlite3 *db;
	char path[256];

	(void)state;
	snprintf(path, sizeof(path), "%s/rechunk.sqlite", dir);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
				      "UPDATE segment SET zh_chunks = '', en_chunks = '',"
				      " chunks_version = 0",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);
	extract(tb, 0, &list);
	assert_non_null(find(&list, "网络复原力", "cyber resilience"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

static void test_extract_ties_the_acronym_to_its_expansion(void **state)
{
	sy_termbase *tb = termbase_with_document("acronym.sqlite");
	sy_candidate_list list;
	const sy_candidate *c;

	(void)state;
	extract(tb, 0, &list);
	/* Seen at a sentence's start, the English is given in lower case. */
	c = found(&list, "建立信任措施", "confidence-building measures");
	assert_string_equal(c->acronym, "CBMs");
	/* "CBMs help." counts for the long form: two segments, not one. */
	assert_int_equal(c->frequency, 2);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

static void test_extract_ids_are_stable(void **state)
{
	sy_termbase *tb = termbase_with_document("ids.sqlite");
	sy_candidate_list a, b;
	size_t i;

	(void)state;
	extract(tb, 0, &a);
	extract(tb, 0, &b);
	assert_int_equal(a.count, b.count);
	for (i = 0; i < a.count; i++) {
		assert_int_equal(a.items[i].id, b.items[i].id);
		assert_string_equal(a.items[i].zh, b.items[i].zh);
	}
	sy_candidate_list_free(&a);
	sy_candidate_list_free(&b);
	sy_termbase_close(tb);
}

static void test_extract_accept_reject_edit(void **state)
{
	sy_termbase *tb = termbase_with_document("decide.sqlite");
	sy_candidate_list list;
	sy_term_decision d;
	sy_error err = {0, ""};
	sy_hit_list hits;
	const sy_candidate *c;
	long resilience, infrastructure, cbm;
	char ref[32];

	(void)state;
	extract(tb, 0, &list);
	resilience = find(&list, "网络复原力", "cyber resilience")->id;
	infrastructure = find(&list, "关键基础设施", "critical infrastructure")->id;
	cbm = find(&list, "建立信任措施", "confidence-building measures")->id;
	sy_candidate_list_free(&list);

	memset(&d, 0, sizeof(d));
	d.status = "preferred";
	d.domain = "capacity-building";
	assert_int_equal(sy_termbase_decide(tb, resilience, SY_TERM_ACCEPT, &d, ref, sizeof ref, &err),
			 SY_OK);
	assert_int_equal(sy_termbase_lookup(tb, "网络复原力", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.count, 1);
	assert_string_equal(hits.hits[0].ref, ref);
	assert_string_equal(hits.hits[0].domain, "capacity-building");
	/* Linked to the two segments that hold it, in both languages. */
	assert_int_equal(hits.hits[0].terms[0].frequency, 2);
	assert_int_equal(hits.hits[0].terms[1].frequency, 2);
	sy_hit_list_free(&hits);

	/* The acronym comes in with its expansion. */
	memset(&d, 0, sizeof(d));
	assert_int_equal(sy_termbase_decide(tb, cbm, SY_TERM_ACCEPT, &d, NULL, 0, &err), SY_OK);
	assert_int_equal(sy_termbase_lookup(tb, "CBMs", NULL, &hits, &err), SY_OK);
	assert_true(hits.count >= 1);
	assert_string_equal(hits.hits[0].match, "exact");
	sy_hit_list_free(&hits);

	d.note = "not for this termbase";
	assert_int_equal(sy_termbase_decide(tb, infrastructure, SY_TERM_REJECT, &d, NULL, 0, &err),
			 SY_OK);

	extract(tb, 0, &list);
	assert_null(find(&list, "网络复原力", "cyber resilience"));
	assert_null(find(&list, "关键基础设施", "critical infrastructure"));
	sy_candidate_list_free(&list);
	extract(tb, 1, &list);
	c = found(&list, "网络复原力", "cyber resilience");
	assert_true(c->known);
	assert_null(find(&list, "关键基础设施", "critical infrastructure"));
	sy_candidate_list_free(&list);

	/* A second decision on an accepted pair is refused. */
	assert_int_equal(sy_termbase_decide(tb, resilience, SY_TERM_ACCEPT, NULL, NULL, 0, &err),
			 SY_EINPUT);
	sy_termbase_close(tb);
}

static void test_extract_refused_decision_changes_nothing(void **state)
{
	sy_termbase *tb = termbase_with_document("refused.sqlite");
	sy_candidate_list list;
	sy_term_decision d;
	sy_termbase_stats before, after;
	sy_error err = {0, ""};
	long id;

	(void)state;
	extract(tb, 0, &list);
	id = find(&list, "网络复原力", "cyber resilience")->id;
	sy_candidate_list_free(&list);
	assert_int_equal(sy_termbase_stats_get(tb, &before, &err), SY_OK);

	memset(&d, 0, sizeof(d));
	d.status = "maybe";
	assert_int_equal(sy_termbase_decide(tb, id, SY_TERM_ACCEPT, &d, NULL, 0, &err), SY_EUSAGE);
	d.status = NULL;
	d.en = "网络";
	assert_int_equal(sy_termbase_decide(tb, id, SY_TERM_EDIT, &d, NULL, 0, &err), SY_EUSAGE);
	d.en = NULL;
	d.concept = "no-such-concept";
	assert_int_equal(sy_termbase_decide(tb, id, SY_TERM_ACCEPT, &d, NULL, 0, &err), SY_EINPUT);
	assert_int_equal(sy_termbase_decide(tb, 999999, SY_TERM_ACCEPT, NULL, NULL, 0, &err),
			 SY_EINPUT);
	assert_non_null(strstr(err.message, "no candidate 999999"));

	assert_int_equal(sy_termbase_stats_get(tb, &after, &err), SY_OK);
	assert_int_equal(before.concepts, after.concepts);
	assert_int_equal(before.terms, after.terms);
	extract(tb, 0, &list);
	assert_non_null(find(&list, "网络复原力", "cyber resilience"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

static void test_extract_edit_corrects_then_accepts(void **state)
{
	sy_termbase *tb = termbase_with_document("edit.sqlite");
	sy_candidate_list list;
	sy_term_decision d;
	sy_error err = {0, ""};
	sy_hit_list hits;
	long id;

	(void)state;
	extract(tb, 0, &list);
	id = find(&list, "关键基础设施", "critical infrastructure")->id;
	sy_candidate_list_free(&list);
	memset(&d, 0, sizeof(d));
	d.en = "critical infrastructures";
	assert_int_equal(sy_termbase_decide(tb, id, SY_TERM_EDIT, &d, NULL, 0, &err), SY_OK);
	assert_int_equal(sy_termbase_lookup(tb, "关键基础设施", NULL, &hits, &err), SY_OK);
	assert_int_equal(hits.count, 1);
	assert_int_equal(hits.hits[0].n_terms, 2);
	assert_true(!strcmp(hits.hits[0].terms[0].text, "critical infrastructures") ||
		    !strcmp(hits.hits[0].terms[1].text, "critical infrastructures"));
	sy_hit_list_free(&hits);
	sy_termbase_close(tb);
}

/* "use" is mostly a verb in the dictionary, and 使用 only one; but after an
 * adjective it is a noun: the pair is malicious use, not use. */
static void test_extract_noun_after_adjective_is_no_verb(void **state)
{
	sy_termbase *tb = termbase_with("adjective.sqlite",
					"各国谴责恶意使用技术。\n\n恶意使用威胁和平。\n",
					"States condemn the malicious use of technology.\n\n"
					"Such malicious use threatens peace.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "恶意使用", "malicious use"));
	assert_null(find(&list, "恶意使用", "use"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* CC-CEDICT gives 东南亚国家联盟 as "ASEAN (Association of Southeast Asian
 * Nations)": the bracketed expansion is a translation, not a comment. */
static void test_extract_reads_the_expansion_of_an_acronym_gloss(void **state)
{
	sy_termbase *tb = termbase_with("expansion.sqlite",
					"东南亚国家联盟是一个组织。\n\n东南亚国家联盟是一个论坛。\n",
					"The Association of Southeast Asian Nations is an organization.\n\n"
					"The Association of Southeast Asian Nations is a forum.\n");
	sy_candidate_list list;
	const sy_candidate *c;

	(void)state;
	extract(tb, 0, &list);
	c = found(&list, "东南亚国家联盟", "Association of Southeast Asian Nations");
	assert_true(c->translation > 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 东盟 / ASEAN stands alone in the segment as well as inside 东盟地区论坛 /
 * ASEAN Regional Forum: a pair of its own, not a piece of the longer. */
static void test_extract_keeps_a_part_that_also_stands_alone(void **state)
{
	sy_termbase *tb = termbase_with("alone.sqlite",
					"东南亚国家联盟(东盟)和东盟地区论坛都是组织。\n",
					"The Association of Southeast Asian Nations (ASEAN) and the "
					"ASEAN Regional Forum are organizations.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "东盟地区论坛", "ASEAN Regional Forum"));
	assert_non_null(find(&list, "东盟", "ASEAN"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* Seen once, 数字服务和软件 / digital services and software is two terms
 * side by side, and ranks below a term seen as often. */
static void test_extract_ranks_a_coordination_seen_once_low(void **state)
{
	sy_termbase *tb = termbase_with("coordination.sqlite",
					"数字服务和软件受到威胁。\n\n网络复原力受到威胁。\n",
					"Digital services and software are threatened.\n\n"
					"Cyber resilience is threatened.\n");
	sy_candidate_list list;
	const sy_candidate *both, *term;

	(void)state;
	extract(tb, 0, &list);
	both = find(&list, "数字服务和软件", "digital services and software");
	term = found(&list, "网络复原力", "cyber resilience");
	assert_true(!both || both->score < 0.5 * term->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* The coordination gives way to its conjuncts, not they to it. */
static void test_extract_lists_the_conjuncts_of_a_coordination(void **state)
{
	sy_termbase *tb = termbase_with("conjuncts.sqlite",
					"数字服务和软件受到威胁。\n\n网络复原力受到威胁。\n",
					"Digital services and software are threatened.\n\n"
					"Cyber resilience is threatened.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "数字服务", "digital services"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 人权 is one dictionary word glossed "human rights"; 经济价值 is two, a
 * free combination, though as well explained and seen as often. */
static void test_extract_ranks_a_dictionary_unit_first(void **state)
{
	sy_termbase *tb = termbase_with("unit.sqlite",
					"对经济价值的威胁。\n\n对人权的威胁。\n",
					"Threats to economic value.\n\n"
					"Threats to human rights.\n");
	sy_candidate_list list;
	const sy_candidate *unit, *free_combination;

	(void)state;
	extract(tb, 0, &list);
	unit = found(&list, "人权", "human rights");
	free_combination = found(&list, "经济价值", "economic value");
	assert_true(unit->score > free_combination->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* The dictionary has 恶意 only as "malice"; twice "malicious" stands
 * unexplained just before the word that 活动 or 软件 explains, as 恶意
 * does before them: 恶意 is learned as "malicious". */
static void test_extract_learns_a_gloss_the_dictionary_lacks(void **state)
{
	sy_termbase *tb = termbase_with("learn.sqlite",
					"恶意活动是威胁。\n\n恶意软件是威胁。\n",
					"Malicious activities are a threat.\n\n"
					"Malicious software is a threat.\n");
	sy_candidate_list list;
	const sy_candidate *c;

	(void)state;
	extract(tb, 0, &list);
	c = found(&list, "恶意活动", "malicious activities");
	assert_true(c->translation > 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "provided" after the noun, with no noun after it, is no part of the
 * noun phrase: the term is essential services. */
static void test_extract_ends_a_phrase_before_a_trailing_participle(void **state)
{
	sy_termbase *tb = termbase_with("participle.sqlite",
					"各国提供的基本服务。\n\n和平时期提供的基本服务。\n",
					"Essential services provided by States.\n\n"
					"Essential services provided in peacetime.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "基本服务", "essential services"));
	assert_null(find(&list, "基本服务", "essential services provided"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* A word between a noun and "out" or "forth" is the verb of a phrasal verb
 * (sets out, sets forth), irregular as it may be, and ends the noun phrase
 * before it. */
static void test_extract_ends_a_phrase_before_a_phrasal_verb(void **state)
{
	sy_termbase *tb = termbase_with("phrasal.sqlite", "国家责任法规定了后果。\n\n国家责任法规定了义务。\n",
					"The law of State responsibility sets out the consequences.\n\n"
					"The law of State responsibility sets forth the obligations.\n");
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract(tb, 0, &list);
	for (i = 0; i < list.count; i++)
		if (strstr(list.items[i].en, "sets"))
			fail_msg("listed: %s / %s", list.items[i].zh, list.items[i].en);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* Learned in a second round: 国家 / State stands next to 恶意 / malicious,
 * itself learned in the first. */
static void test_extract_learns_from_what_it_learned(void **state)
{
	sy_termbase *tb = termbase_with("learn2.sqlite",
					"国家恶意活动是威胁。\n\n国家恶意软件是威胁。\n",
					"State malicious activities are a threat.\n\n"
					"State malicious software is a threat.\n");
	sy_candidate_list list;
	const sy_candidate *c;

	(void)state;
	extract(tb, 0, &list);
	c = found(&list, "国家恶意活动", "state malicious activities");
	assert_true(c->translation > 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 医疗保健 is "health care": "care" alone leaves "health", which the same
 * word explains, outside; the pair is health care, though "health care"
 * (health-care facilities) is seen more often than the Chinese. */
static void test_extract_keeps_a_gloss_whole_in_the_english(void **state)
{
	sy_termbase *tb = termbase_with("gloss.sqlite",
					"对医疗设施的威胁。\n\n对医疗保健的威胁。\n",
					"Threats to health-care facilities.\n\n"
					"Threats to health care.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "医疗保健", "health care")); /* written open (round 10) */
	assert_null(find(&list, "医疗保健", "care"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* Two pairs seen once, equally explained, score alike; general language
 * seldom writes 汇编 ("to compile") and 文件, often 经济 and 价值 (counts of
 * a reference of the jieba format written here): 汇编文件 ranks first,
 * though it comes later. */
static void test_extract_breaks_ties_by_how_seldom_general_language_writes_the_words(void **state)
{
	static const char reference[] = "汇编 286 v\n文件 4288 n\n经济 48718 n\n价值 15777 n\n";
	static const char dict[] = "匯編 汇编 [hui4 bian1] /to compile/compilation/\n"
				   "文件 文件 [wen2 jian4] /document/file/\n"
				   "經濟 经济 [jing1 ji4] /economy/economic/\n"
				   "價值 价值 [jia4 zhi2] /value/worth/\n"
				   "威脅 威胁 [wei1 xie2] /to threaten/threat/\n";
	sy_candidate_list list;
	const sy_candidate *rare, *common;

	(void)state;
	extract_small_referenced("rarity", dict, reference, "对经济价值的威胁。\n\n对汇编文件的威胁。\n",
				 "Threats to economic value.\n\nThreats to the compilation document.\n", &list);
	rare = found(&list, "汇编文件", "compilation document");
	common = found(&list, "经济价值", "economic value");
	assert_true(rare->score == common->score);
	assert_true(rare < common);
	sy_candidate_list_free(&list);
}

/* 可 before a verb and 性 is the prefix of a noun in -ability, not the
 * modal verb that bounds a chunk: 可预测性 is predictability. */
static void test_extract_keeps_an_ability_noun_whole(void **state)
{
	sy_termbase *tb = termbase_with("ability.sqlite",
					"各国提高可预测性。\n\n可预测性减少紧张。\n",
					"States increase predictability.\n\n"
					"Predictability reduces tension.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "可预测性", "predictability"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* The general-language reference lists 数字服务 whole (a reference of the
 * jieba format written here; the test does not need set-up's copy), not
 * 经济价值: the first is a lexicalized compound, the second a free
 * combination, and the first ranks higher though both are seen once and
 * fully explained. */
static void test_extract_ranks_a_compound_the_reference_lists_first(void **state)
{
	static const char reference[] = "数字服务 3 n\n经济 48718 n\n价值 15777 n\n数字 4670 n\n";
	sy_termbase *tb = termbase_with("reference.sqlite",
					"对经济价值的威胁。\n\n对数字服务的威胁。\n",
					"Threats to economic value.\n\nThreats to digital services.\n");
	sy_reference *ref = small_reference("jieba.dict.utf8", reference);
	sy_extract_options opt;
	sy_candidate_list list;
	sy_error err = {0, ""};
	const sy_candidate *unit, *free_combination;

	(void)state;
	assert_true(sy_reference_frequency(ref, "经济", strlen("经济")) == 48718);
	assert_true(sy_reference_frequency(ref, "经济价值", strlen("经济价值")) == 0);
	memset(&opt, 0, sizeof(opt));
	opt.reference = ref;
	if (sy_termbase_extract(tb, lex, &opt, &list, &err))
		fail_msg("extract: %s", err.message);
	unit = found(&list, "数字服务", "digital services");
	free_combination = found(&list, "经济价值", "economic value");
	assert_true(unit->score > free_combination->score);
	sy_candidate_list_free(&list);
	sy_reference_close(ref);
	sy_termbase_close(tb);
}

/* Two single words are vocabulary (安全 / security), unless general text
 * seldom writes the Chinese (归因 / attribution: 17 times in jieba's 60
 * million words): a word of the domain, a term however short. */
static void test_extract_ranks_a_rare_single_word_as_a_term(void **state)
{
	static const char reference[] = "归因 17 v\n安全 9921 an\n";
	static const char dict[] = "歸因 归因 [gui1 yin1] /to attribute/to ascribe/\n"
				   "安全 安全 [an1 quan2] /safe/secure/safety/security/\n";
	sy_candidate_list list;
	const sy_candidate *rare, *common;

	(void)state;
	extract_small_referenced("rare", dict, reference, "各国讨论归因。\n\n各国讨论安全。\n",
				 "States discussed attribution.\n\nStates discussed security.\n", &list);
	rare = found(&list, "归因", "attribution");
	common = find(&list, "安全", "security");
	assert_true(!common || rare->score > 3 * common->score);
	sy_candidate_list_free(&list);
}

/* The words tb_cut_han cuts text into, joined by "|". */
static void cut_words(const sy_lexicon *with, const sy_reference *ref, const char *text, char *out,
		      size_t size)
{
	tb_cutter *c;
	tb_spans words = {NULL, 0, 0};
	sy_error err = {0, ""};
	size_t i, used = 0;

	assert_int_equal(tb_cutter_open(&c, with, ref, &err), SY_OK);
	assert_int_equal(tb_cut_han(c, text, strlen(text), &words), 0);
	out[0] = '\0';
	for (i = 0; i < words.count; i++)
		used += (size_t)snprintf(out + used, size - used, "%s%.*s", i ? "|" : "",
					 (int)(words.v[i].end - words.v[i].start), text + words.v[i].start);
	free(words.v);
	tb_cutter_close(c);
}

/* Two readings overlap in 安全带来: the longest word first reads 安全带|来
 * (seat belt, come), ICU's word break 安全|带来 (security brings). Given
 * general-language frequencies (a reference of the jieba format written
 * here), the reading of the commoner words wins, as many words as the
 * other. Not against a reading of more words (他|国内|政 against 他国|内政,
 * the internal affairs of other States), nor where a word is not listed;
 * without a reference the longest word stays. The merge's threads and
 * the phrase index cut alike. */
static void test_extract_reads_an_overlap_as_its_commoner_words(void **state)
{
	static const char dict[] = "安全 安全 [an1 quan2] /safe/security/\n"
				   "安全帶 安全带 [an1 quan2 dai4] /seat belt/\n"
				   "帶來 带来 [dai4 lai2] /to bring/\n"
				   "來 来 [lai2] /to come/\n"
				   "和平 和平 [he2 ping2] /peace/\n"
				   "他國 他国 [ta1 guo2] /other countries/\n"
				   "國內 国内 [guo2 nei4] /domestic/\n"
				   "內政 内政 [nei4 zheng4] /internal affairs/\n";
	static const char frequencies[] = "安全 9921 n\n带来 6670 v\n安全带 70 n\n来 161501 v\n"
					  "他 401339 r\n国内 12450 s\n政 3607 n\n他国 137 n\n"
					  "内政 633 n\n";
	sy_lexicon *small = small_lexicon("overlap.u8", dict);
	sy_reference *ref = small_reference("overlap.jieba", frequencies);
	/* The same without 带来. */
	sy_reference *partial = small_reference("partial.jieba", "安全 9921 n\n安全带 70 n\n来 161501 v\n");
	sy_termbase *indexed, *merged;
	sy_error err = {0, ""};
	char words[256], *a;

	(void)state;

	cut_words(small, ref, "和平与安全带来风险", words, sizeof words);
	assert_string_equal(words, "和平|与|安全|带来|风险");
	cut_words(small, NULL, "和平与安全带来风险", words, sizeof words);
	assert_string_equal(words, "和平|与|安全带|来|风险");
	cut_words(small, partial, "和平与安全带来风险", words, sizeof words);
	assert_string_equal(words, "和平|与|安全带|来|风险");
	cut_words(small, ref, "不干涉他国内政", words, sizeof words);
	assert_non_null(strstr(words, "他国|内政"));

	/* The merge's threads (300 segments) against the index after it. */
	merged = open_new_termbase(dir, "overlap-merged.sqlite", SY_TB_EMPTY);
	indexed = open_new_termbase(dir, "overlap-indexed.sqlite", SY_TB_EMPTY);
	{
		util_buf zh = {NULL, 0, 0}, en = {NULL, 0, 0};
		sy_sentence_list zs, es;
		sy_merge_bead beads[300];
		sy_merge_doc doc;
		sy_merge_stats stats;
		size_t i;
		for (i = 0; i < 300; i++) {
			static const char z[] = "和平与安全带来风险。\n\n", e[] = "Peace and security bring risks.\n\n";
			assert_int_equal(util_buf_add(&zh, z, strlen(z)), 0);
			assert_int_equal(util_buf_add(&en, e, strlen(e)), 0);
			beads[i] = (sy_merge_bead){i, 1, i, 1, 1.0};
		}
		segment_text(&zs, zh.s);
		segment_text(&es, en.s);
		assert_int_equal(zs.count, 300);
		memset(&doc, 0, sizeof(doc));
		doc.symbol = "O/1";
		doc.zh = &zs;
		doc.en = &es;
		doc.beads = beads;
		doc.n_beads = 300;
		doc.lex = small;
		doc.reference = ref;
		if (sy_termbase_merge(merged, &doc, &stats, NULL, NULL, &err))
			fail_msg("merge: %s", err.message);
		doc.lex = NULL;
		doc.reference = NULL;
		if (sy_termbase_merge(indexed, &doc, &stats, NULL, NULL, &err) ||
		    sy_termbase_index_phrases(indexed, small, ref, "O/1", &err))
			fail_msg("merge and index: %s", err.message);
		sy_sentence_list_free(&zs);
		sy_sentence_list_free(&es);
		free(zh.s);
		free(en.s);
	}
	a = same_chunks(merged, indexed);
	assert_non_null(strstr(a, "安全\t带来"));
	assert_null(strstr(a, "安全带"));
	free(a);
	sy_termbase_close(merged);
	sy_termbase_close(indexed);
	sy_reference_close(ref);
	sy_reference_close(partial);
	sy_lexicon_close(small);
}

/* A word in -ing between a determiner and a noun names a kind of it where
 * the Chinese writes the verb as the noun's modifier: "each participating
 * State", 参与国, is one phrase. Where the Chinese describes the noun with
 * the verb and 的 (日益增长的威胁, "a growing threat"), the participle begins
 * nothing. "another" is a function word, and begins no phrase. */
static void test_extract_reads_a_participle_before_its_noun(void **state)
{
	/* Three verbs of each, so that "participating" and "growing" are
	 * mostly verbs' forms, as CC-CEDICT has them. */
	static const char dict[] = "參與 参与 [can1 yu4] /to participate/\n"
				   "參加 参加 [can1 jia1] /to participate/to take part/\n"
				   "加入 加入 [jia1 ru4] /to participate/to join/\n"
				   "國 国 [guo2] /country/nation/state/\n"
				   "增長 增长 [zeng1 zhang3] /to grow/to increase/\n"
				   "生長 生长 [sheng1 zhang3] /to grow/\n"
				   "發育 发育 [fa1 yu4] /to develop/to grow/\n"
				   "威脅 威胁 [wei1 xie2] /to threaten/threat/\n"
				   "合作 合作 [he2 zuo4] /to cooperate/cooperation/\n"
				   "通報 通报 [tong1 bao4] /to notify/\n";
	sy_lexicon *small = small_lexicon("participle.u8", dict);
	sy_termbase *tb;
	sy_candidate_list list;
	size_t i;

	(void)state;
	tb = open_new_termbase(dir, "participle.sqlite", SY_TB_EMPTY);
	merge_beads(tb, "P/1",
		    "各参与国应合作。\n\n各参与国应通报另一参与国。\n\n日益增长的威胁要求合作。\n",
		    "Each participating State should cooperate.\n\n"
		    "Each participating State should notify another participating State.\n\n"
		    "A growing threat calls for cooperation.\n",
		    1, small, NULL);
	extract_by(tb, small, &list);
	assert_true(found(&list, "参与国", "participating State")->score > 0);
	for (i = 0; i < list.count; i++) {
		assert_null(strstr(list.items[i].en, "growing"));
		assert_false(!strncmp(list.items[i].en, "another", 7));
	}
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
	sy_lexicon_close(small);
}

/* A candidate explained only in part that cuts across a term explained
 * whole above it is a fragment: 手段解决 / settlement across 和平手段 and
 * 解决争端 (with CC-CEDICT, 遵守国家 / law across 国家主权, 各级开展 / levels
 * across 区域和多边各级: see tests/cli/test_extract.sh). One that holds
 * such a term whole stays (不干涉他国内政 holds 内政), and so does one
 * explained whole, however it overlaps (安全挑战 in 国际安全挑战). */
static void test_extract_drops_a_fragment_across_a_term(void **state)
{
	static const char dict[] =
		"各國 各国 [ge4 guo2] /each country/every country/various countries/\n"
		"使用 使用 [shi3 yong4] /to use/to employ/\n"
		"技術 技术 [ji4 shu4] /technology/technique/\n"
		"遵守 遵守 [zun1 shou3] /to comply with/to abide by/to respect/to observe/\n"
		"國家 国家 [guo2 jia1] /country/nation/state/\n"
		"主權 主权 [zhu3 quan2] /sovereignty/\n"
		"平等 平等 [ping2 deng3] /equal/equality/\n"
		"和平 和平 [he2 ping2] /peace/peaceful/\n"
		"手段 手段 [shou3 duan4] /method/way/means/\n"
		"解決 解决 [jie3 jue2] /to settle/to resolve/settlement/\n"
		"爭端 争端 [zheng1 duan1] /dispute/conflict/\n"
		"不干涉 不干涉 [bu4 gan1 she4] /non-interference/non-intervention/\n"
		"他國 他国 [ta1 guo2] /another country/other States/\n"
		"內政 内政 [nei4 zheng4] /internal affairs/\n"
		"國際法 国际法 [guo2 ji4 fa3] /international law/\n"
		"原則 原则 [yuan2 ze2] /principle/\n"
		"雙邊 双边 [shuang1 bian1] /bilateral/\n"
		"區域 区域 [qu1 yu4] /area/region/regional/\n"
		"多邊 多边 [duo1 bian1] /multilateral/\n"
		"各級 各级 [ge4 ji2] /all levels/\n"
		"開展 开展 [kai1 zhan3] /to launch/to carry out/to undertake/\n"
		"能力 能力 [neng2 li4] /capacity/ability/\n"
		"建設 建设 [jian4 she4] /to build/building/construction/\n"
		"縮小 缩小 [suo1 xiao3] /to reduce/to narrow/\n"
		"數字 数字 [shu4 zi4] /numeral/digital/\n"
		"鴻溝 鸿沟 [hong2 gou1] /gulf/chasm/divide/\n"
		"惡意 恶意 [e4 yi4] /malicious/\n"
		"網絡 网络 [wang3 luo4] /network/cyber/\n"
		"活動 活动 [huo2 dong4] /activity/\n"
		"構成 构成 [gou4 cheng2] /to constitute/to pose/\n"
		"國際 国际 [guo2 ji4] /international/\n"
		"安全 安全 [an1 quan2] /safe/security/\n"
		"挑戰 挑战 [tiao3 zhan4] /challenge/\n"
		"維護 维护 [wei2 hu4] /to defend/to safeguard/to maintain/\n";
	static const char *const fragments[] = {"遵守国家", "各级开展", "维护国际", "手段解决",
	"手段解决争端和不干涉"};
	sy_candidate_list list;

	(void)state;
	extract_small("crossing", dict, NULL,
		"各国在使用信通技术时应遵守国家主权、主权平等、以和平手段解决争端和不干涉他国内政等国际法原则。\n\n"
		"各国应在双边、区域和多边各级开展能力建设，以缩小数字鸿沟。\n\n"
		"恶意网络活动构成新的国际安全挑战。\n\n各国应维护国际安全。\n",
		"In their use of ICTs, States should observe the principles of international law, "
		"including State sovereignty, sovereign equality, the settlement of disputes by peaceful "
		"means and non-intervention in the internal affairs of other States.\n\n"
		"States should undertake capacity-building at the bilateral, regional and multilateral "
		"levels to bridge the digital divide.\n\n"
		"Malicious cyber activities pose new international security challenges.\n\n"
		"States should maintain international security.\n",
		&list);
	assert_no_chinese(&list, fragments, sizeof(fragments) / sizeof(*fragments));
	found(&list, "国家主权", "State sovereignty");
	found(&list, "区域和多边各级", "regional and multilateral levels");
	found(&list, "国际安全", "international security");
	found(&list, "安全挑战", "security challenges");
	found(&list, "不干涉他国内政", "non-intervention in the internal affairs");
	sy_candidate_list_free(&list);
}

/* Two Chinese readings of one English phrase that cross each other are one
 * phrase read twice: the one that begins with a verb goes (缩小数字 /
 * digital divide, where the text writes 缩小|数字鸿沟, "bridge the digital
 * divide"), and the term stays. Neither is explained whole (鸿沟 is
 * "chasm"); the watershed teaches the small dictionary that "divide" is a
 * noun, as CC-CEDICT's many entries do. */
static void test_extract_drops_a_rereading_that_takes_in_the_verb(void **state)
{
	static const char dict[] = "縮小 缩小 [suo1 xiao3] /to reduce/to narrow/to shrink/\n"
				   "彌合 弥合 [mi2 he2] /to bridge/to heal/\n"
				   "數字 数字 [shu4 zi4] /numeral/digital/\n"
				   "鴻溝 鸿沟 [hong2 gou1] /gulf/chasm/wide gap/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/\n"
				   "國家 国家 [guo2 jia1] /country/nation/state/\n"
				   "參與 参与 [can1 yu4] /to participate/\n"
				   "支持 支持 [zhi1 chi2] /to support/\n"
				   "發展中國家 发展中国家 [fa1 zhan3 zhong1 guo2 jia1] /developing country/\n"
				   "能力 能力 [neng2 li4] /capacity/ability/\n"
				   "建設 建设 [jian4 she4] /to build/construction/\n"
				   "幫助 帮助 [bang1 zhu4] /to help/\n"
				   "分水嶺 分水岭 [fen1 shui3 ling3] /watershed/divide/\n";
	static const char *const rereading[] = {"缩小数字"};
	sy_candidate_list list;

	(void)state;
	extract_small("rereading", dict, NULL, "各参与国支持发展中国家的能力建设，帮助其缩小数字鸿沟。\n",
		      "Participating States support capacity-building in developing countries to help them "
		      "bridge the digital divide.\n",
		      &list);
	found(&list, "数字鸿沟", "digital divide");
	assert_no_chinese(&list, rereading, 1);
	sy_candidate_list_free(&list);
}

/* A known term of the termbase translates as its concept's English does
 * (信通技术 is "ICTs" there; 信通 is in no dictionary): the phrase that
 * holds it whole takes the English (信通技术产品 / ICT products), and a
 * piece that cuts across it is no candidate (技术产品, 重大信通). A piece
 * inside a term is not given the whole term's English: 常驻 alone is not
 * "Permanent Representative". */
static void test_extract_reads_known_terms_as_translations(void **state)
{
	static const char dict[] = "技術 技术 [ji4 shu4] /technology/technique/\n"
				   "產品 产品 [chan3 pin3] /goods/merchandise/product/\n"
				   "重大 重大 [zhong4 da4] /great/important/major/significant/\n"
				   "事件 事件 [shi4 jian4] /event/happening/incident/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/\n"
				   "確保 确保 [que4 bao3] /to ensure/to guarantee/\n"
				   "完整性 完整性 [wan2 zheng3 xing4] /integrity/completeness/\n"
				   "交流 交流 [jiao1 liu2] /to exchange/exchange/\n"
				   "信息 信息 [xin4 xi1] /information/news/message/\n"
				   "常駐 常驻 [chang2 zhu4] /resident/permanent/\n"
				   "代表 代表 [dai4 biao3] /representative/delegate/\n"
				   "中國 中国 [zhong1 guo2] /China/\n";
	static const char glossary[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
				       "t1\t信通技术\tICTs\ttechnology\tadmitted\t\t\n"
				       "t2\t常驻代表\tPermanent Representative\tinstitutions\tpreferred\t\t\n";
	static const char *const pieces[] = {"技术产品", "技术事件", "重大信通", "常驻", "代表"};
	sy_candidate_list list;

	(void)state;
	extract_small("known", dict, glossary,
		    "各国应确保信通技术产品的完整性。\n\n信通技术产品应当安全。\n\n"
		    "各国应交流重大信通技术事件的信息。\n\n中国常驻代表。\n\n常驻代表。\n",
		    "States should ensure the integrity of ICT products.\n\nICT products should be safe.\n\n"
		    "States should exchange information on major ICT incidents.\n\n"
		    "The Permanent Representative of China.\n\nThe Permanent Representative.\n",
		    &list);
	found(&list, "信通技术产品", "ICT products");
	found(&list, "重大信通技术事件", "major ICT incidents");
	assert_no_chinese(&list, pieces, sizeof(pieces) / sizeof(*pieces));
	sy_candidate_list_free(&list);
}

/* A phrase seen only at a sentence's start keeps its capital where its
 * first two words are a name the text writes capitalized elsewhere
 * (General Assembly resolution 70/237, opening a footnote); a common word
 * before a name loses it (now Israel). */
static void test_extract_keeps_the_capital_of_a_name_at_a_sentence_start(void **state)
{
	(void)state;
	assert_lists("capital.sqlite",
		     "大会第70/237号决议。\n\n大会第70/237号决议。\n\n各国欢迎大会的报告。\n\n各国支持大会。\n",
		     "General Assembly resolution 70/237.\n\nGeneral Assembly resolution 70/237.\n\n"
		     "States welcomed the report of the General Assembly.\n\nStates supported the General Assembly.\n",
		     "大会第70/237号决议", "General Assembly resolution 70/237");
}

/* 的 and 在 stand inside a chunk only where a known term holds them
 * (国际法在网络空间的适用): a piece that holds one without the whole term
 * (国际法在网络空间, 网络空间的适用) is no phrase of the text, and is not
 * proposed; a phrase that holds the whole term and more may be. */
static void test_extract_proposes_no_piece_of_a_known_term_that_holds_its_function_word(void **state)
{
	static const char dict[] = "國際法 国际法 [guo2 ji4 fa3] /international law/\n"
				   "網絡空間 网络空间 [wang3 luo4 kong1 jian1] /cyberspace/\n"
				   "適用 适用 [shi4 yong4] /to be applicable/application/\n"
				   "重申 重申 [chong2 shen1] /to reaffirm/to reiterate/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/\n"
				   "在 在 [zai4] /(located) at/in/\n"
				   "的 的 [de5] /of/\n";
	static const char glossary[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
				       "t1\t国际法在网络空间的适用\tapplication of international law in "
				       "cyberspace\tlaw\tpreferred\t\t\n";
	static const char *const pieces[] = {"国际法在网络空间", "网络空间的适用", "在网络空间的适用"};
	sy_candidate_list list;

	(void)state;
	extract_small("licensed", dict, glossary,
		      "各国重申国际法在网络空间的适用。\n\n各国重申国际法在网络空间的适用。\n",
		      "States reaffirmed the application of international law in cyberspace.\n\n"
		      "States reaffirmed the application of international law in cyberspace.\n",
		      &list);
	assert_no_chinese(&list, pieces, sizeof(pieces) / sizeof(*pieces));
	sy_candidate_list_free(&list);
}

/* A verb and its object are a noun and its "of" in English, in the same
 * order: 使用|信通技术, "use of ICTs". 使用 explains "use", and the word
 * after it learns the word after "of" (信通 is in no dictionary, and 技术
 * is no "technology" here): 使用信通技术 / use of ICTs is explained whole. */
static void test_extract_learns_the_object_of_a_verb_across_of(void **state)
{
	static const char dict[] = "技術 技术 [ji4 shu4] /technique/skill/\n"
				   "使用 使用 [shi3 yong4] /to use/to employ/to apply/\n"
				   "和平 和平 [he2 ping2] /peace/peaceful/\n"
				   "惡意 恶意 [e4 yi4] /malice/malicious/\n"
				   "促進 促进 [cu4 jin4] /to promote/to boost/\n"
				   "討論 讨论 [tao3 lun4] /to discuss/to talk over/\n"
				   "防止 防止 [fang2 zhi3] /to prevent/to guard against/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/\n";
	sy_candidate_list list;
	const sy_candidate *c;
	size_t i;

	(void)state;
	extract_small("of", dict, NULL,
		    "各国促进和平使用信通技术。\n\n各国讨论使用信通技术。\n\n各国防止恶意使用信通技术。\n",
		    "States promote the peaceful use of ICTs.\n\nStates discuss the use of ICTs.\n\n"
		    "States prevent the malicious use of ICTs.\n",
		    &list);
	c = found(&list, "使用信通技术", "use of ICTs");
	assert_true(c->translation > 0.99);
	for (i = 0; i < list.count; i++)
		if (strstr(list.items[i].en, "ICTs") && !strstr(list.items[i].zh, "信通技术"))
			fail_msg("listed: %s / %s", list.items[i].zh, list.items[i].en);
	sy_candidate_list_free(&list);
}

/* Two modifiers that share one head: 信息|和|通信技术, where 信息 and the
 * end of 通信技术 make the dictionary's 信息技术. The coordination is one
 * term (information and communications technologies), not two joined
 * once, and it ranks above its second conjunct. */
static void test_extract_keeps_modifiers_that_share_a_head_whole(void **state)
{
	static const char dict[] = "信息 信息 [xin4 xi1] /information/news/\n"
				   "通信 通信 [tong1 xin4] /to communicate/communication/\n"
				   "技術 技术 [ji4 shu4] /technology/technique/\n"
				   "信息技術 信息技术 [xin4 xi1 ji4 shu4] /information technology/IT/\n"
				   "通信技術 通信技术 [tong1 xin4 ji4 shu4] /communications technology/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/\n"
				   "使用 使用 [shi3 yong4] /to use/to employ/\n"
				   "交流 交流 [jiao1 liu2] /to exchange/exchange/\n";
	sy_candidate_list list;
	size_t i, whole = SIZE_MAX;

	(void)state;
	extract_small("shared", dict, NULL, "各国使用信息和通信技术。\n\n各国交流信息。\n",
		      "States use information and communications technologies.\n\nStates exchange information.\n",
		      &list);
	found(&list, "信息和通信技术", "information and communications technologies");
	for (i = 0; i < list.count; i++) {
		if (!strcmp(list.items[i].zh, "信息和通信技术"))
			whole = i;
		if (!strcmp(list.items[i].zh, "通信技术") && whole == SIZE_MAX)
			fail_msg("listed above the whole: %s / %s", list.items[i].zh, list.items[i].en);
	}
	sy_candidate_list_free(&list);
}

/* A candidate that ends on the first of two modifiers sharing a head
 * (和平利用信息, cut before 和通信技术) has the modifier without its head:
 * a fragment, however well the dictionary explains it ("peaceful use of
 * information"), and whatever its rank beside the whole. */
static void test_extract_drops_a_fragment_across_a_shared_head(void **state)
{
	static const char dict[] = "信息 信息 [xin4 xi1] /information/news/\n"
				   "通信 通信 [tong1 xin4] /to communicate/communication/\n"
				   "技術 技术 [ji4 shu4] /technology/technique/\n"
				   "信息技術 信息技术 [xin4 xi1 ji4 shu4] /information technology/IT/\n"
				   "通信技術 通信技术 [tong1 xin4 ji4 shu4] /communications technology/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/\n"
				   "和平 和平 [he2 ping2] /peace/peaceful/\n"
				   "利用 利用 [li4 yong4] /to use/to make use of/\n"
				   "交流 交流 [jiao1 liu2] /to exchange/exchange/\n";
	static const char *const fragments[] = {"和平利用信息", "利用信息"};
	sy_candidate_list list;

	(void)state;
	extract_small("across-shared", dict, NULL, "各国和平利用信息和通信技术。\n\n各国交流信息。\n",
		      "States make peaceful use of information and communications technologies.\n\n"
		      "States exchange information.\n",
		      &list);
	found(&list, "信息和通信技术", "information and communications technologies");
	assert_no_chinese(&list, fragments, sizeof fragments / sizeof fragments[0]);
	sy_candidate_list_free(&list);
}

/* A presidential statement's sentence, where 交流 meets "exchange" and
 * "contact", and a dictionary with CC-CEDICT's entries for its words. */
static const char second_sense_dict[] =
	"交流 交流 [jiao1 liu2] /to exchange/exchange/communication/interaction/to have "
	"social contact (with sb)/\n"
	"信息 信息 [xin4 xi1] /information/news/message/\n"
	"聯絡 联络 [lian2 luo4] /to get in touch with/to contact/to stay in contact (with)/"
	"liaison/(math.) connection/\n"
	"接觸 接触 [jie1 chu4] /to touch/contact/touch/\n"
	"點 点 [dian3] /point/dot/drop/speck/o'clock/point (in space or time)/\n"
	"網絡 网络 [wang3 luo4] /network (computing, telecommunications, transport etc)/\n"
	"各國 各国 [ge4 guo2] /each country/every country/\n"
	"建立 建立 [jian4 li4] /to establish/to set up/\n"
	"樂器 乐器 [yue4 qi4] /musical instrument/\n"
	"購買 购买 [gou4 mai3] /to purchase/to buy/\n"
	"以便 以便 [yi3 bian4] /so that/in order to/\n"
	"發生 发生 [fa1 sheng1] /to happen/to occur/\n"
	"重大 重大 [zhong4 da4] /great/important/major/\n"
	"事件 事件 [shi4 jian4] /event/incident/\n";
static const char second_sense_zh[] =
	"安理会鼓励会员国建立联络点网络，以便在发生重大信通技术事件时交流信息。\n\n各国购买乐器。\n";
static const char second_sense_en[] =
	"The Council encourages Member States to establish a network of points of contact for the exchange of "
	"information in the event of major ICT incidents.\n\nStates buy musical instruments.\n";

/* One Chinese word, two roles: 交流 is "to exchange" and also "to have
 * social contact", and met both "exchange" and "contact" in "contact for
 * the exchange of information", where "contact" is 联络点's (points of
 * contact), which translates it and nothing else. One sense that gives
 * two words (乐器, "musical instrument") is one role, and keeps both. */
static void test_extract_gives_a_word_met_by_a_second_sense_to_its_own_translator(void **state)
{
	sy_candidate_list list;

	(void)state;
	extract_small("second-sense", second_sense_dict, NULL, second_sense_zh, second_sense_en, &list);
	found(&list, "乐器", "musical instruments");
	found(&list, "联络点网络", "network of points of contact");
	found(&list, "交流信息", "exchange of information");
	assert_no_pair_holding(&list, "交流信息", "contact");
	sy_candidate_list_free(&list);
}

/* The same, where the word outside is a term of the termbase
 * (联络点 / point of contact): its English, spelt whole, holds "contact",
 * and the term translates its words as one. */
static void test_extract_gives_a_word_met_by_a_second_sense_to_a_known_term(void **state)
{
	static const char glossary[] = "id\tzh\ten\tdomain\tstatus\tnote\tsource\n"
				       "t1\t联络点\tpoint of contact\tconfidence-building\tpreferred\t\t\n";
	sy_candidate_list list;

	(void)state;
	extract_small("second-sense-known", second_sense_dict, glossary, second_sense_zh, second_sense_en, &list);
	found(&list, "交流信息", "exchange of information");
	assert_no_pair_holding(&list, "交流信息", "contact");
	sy_candidate_list_free(&list);
}

/* 事件 is "event" and "incident", each a sense of one word: in "in the
 * event of major ICT incidents" it met both, and the English phrase "event
 * of major ICT incidents" took in a word the Chinese says once. A word at
 * the phrase's edge met so explains nothing. */
static void test_extract_leaves_out_a_word_the_chinese_says_once(void **state)
{
	sy_candidate_list list;

	(void)state;
	extract_small("said-once", second_sense_dict, NULL, second_sense_zh, second_sense_en, &list);
	found(&list, "重大信通技术事件", "major ICT incidents");
	assert_no_pair_holding(&list, NULL, "event of");
	sy_candidate_list_free(&list);
}

/* Chinese writes a phrase's head last, English first, with "of": 信息安全领域
 * is "field of information security". An English phrase that leaves the
 * head out ("information security", beside "field of") is cut short of it,
 * though the English writes the phrase whole each time, twice as often
 * as either whole ("field of", "sphere of"). */
static void test_extract_keeps_the_head_the_english_writes_before_of(void **state)
{
	static const char dict[] = "信息 信息 [xin4 xi1] /information/news/message/\n"
				   "安全 安全 [an1 quan2] /safe/secure/safety/security/\n"
				   "領域 领域 [ling3 yu4] /domain/sphere/field/territory/area/\n"
				   "審議 审议 [shen3 yi4] /deliberation/consideration/to consider/\n"
				   "研究 研究 [yan2 jiu1] /research/a study/to research/to study/\n"
				   "現有 现有 [xian4 you3] /currently existing/currently available/\n"
				   "威脅 威胁 [wei1 xie2] /to threaten/to menace/threat/\n"
				   "潛在 潜在 [qian2 zai4] /hidden/potential/latent/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/\n";
	sy_candidate_list list;

	(void)state;
	extract_small("head-before-of", dict, NULL,
		      "各国审议信息安全领域现有的和潜在的威胁。\n\n各国研究信息安全领域的现有威胁和潜在威胁。\n",
		      "States consider existing and potential threats in the field of information security.\n\n"
		      "States study existing and potential threats in the sphere of information security.\n",
		      &list);
	found(&list, "信息安全领域", "field of information security");
	assert_null(find(&list, "信息安全领域", "information security"));
	sy_candidate_list_free(&list);
}

/* Three ways a Chinese candidate took in a word that is not the term's:
 * the modal 应当 ("should", 能力建设应当), a bound prefix after a
 * conjunction (普遍性和非, cut before 歧视性), and a verb that cuts a term
 * listed above it (执行负责任国家行为, cut before 规范; 增加财政, cut
 * inside 财政和技术援助), however well the dictionary explains it. */
static void test_extract_leaves_out_modals_prefixes_and_verbs_that_cut_a_term(void **state)
{
	static const char dict[] = "能力 能力 [neng2 li4] /capability/ability/capacity/\n"
				   "建設 建设 [jian4 she4] /to build/to construct/construction/\n"
				   "具有 具有 [ju4 you3] /to have/to possess/\n"
				   "普遍 普遍 [pu3 bian4] /universal/general/widespread/common/\n"
				   "歧視 歧视 [qi2 shi4] /to discriminate against/discrimination/\n"
				   "非 非 [fei1] /to not be/not/wrong/non-/un-/\n"
				   "執行 执行 [zhi2 xing2] /to implement/to carry out/to execute/\n"
				   "負責任 负责任 [fu4 ze2 ren4] /responsible/\n"
				   "國家 国家 [guo2 jia1] /country/nation/state/\n"
				   "行為 行为 [xing2 wei2] /action/conduct/behavior/activity/\n"
				   "規範 规范 [gui1 fan4] /norm/standard/\n"
				   "增加 增加 [zeng1 jia1] /to raise/to increase/\n"
				   "財政 财政 [cai2 zheng4] /finances (public)/financial/\n"
				   "技術 技术 [ji4 shu4] /technology/technique/technical/\n"
				   "援助 援助 [yuan2 zhu4] /to help/to support/to aid/aid/assistance/\n"
				   "呼籲 呼吁 [hu1 yu4] /to call on/to appeal/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/\n";
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract_small("cut-a-term", dict, NULL,
		      "能力建设应当具有普遍性和非歧视性。\n\n能力建设应当尊重人权。\n\n"
		      "各国执行负责任国家行为规范。\n\n各国呼吁增加财政和技术援助。\n",
		      "Capacity-building should be universal and non-discriminatory.\n\n"
		      "Capacity-building should respect human rights.\n\n"
		      "States implement the norms of responsible State behaviour.\n\n"
		      "States called for increased financial and technical assistance.\n",
		      &list);
	found(&list, "能力建设", "capacity-building");
	found(&list, "负责任国家行为规范", "norms of responsible State behaviour");
	found(&list, "财政和技术援助", "financial and technical assistance");
	for (i = 0; i < list.count; i++) {
		const char *z = list.items[i].zh;
		size_t n = strlen(z);
		if ((n >= 6 && !strcmp(z + n - 6, "应当")) || (n >= 3 && !strcmp(z + n - 3, "非")) ||
		    !strncmp(z, "执行负责任", 15) || !strncmp(z, "增加财政", 12))
			fail_msg("listed: %s / %s", z, list.items[i].en);
	}
	sy_candidate_list_free(&list);
}

/* 有 before 组织 makes an attribute of it (有组织 organized), and the English
 * shows the whole as one noun phrase: 跨国 and 组织 translate two words side
 * by side, in order, transnational organized crime. As the verb "to have"
 * or "there is", 有 still bounds the phrase: States and responsibility
 * stand apart; peace in Africa has its words the other way round. */
static void test_extract_keeps_a_linking_word_the_english_shows_inside(void **state)
{
	sy_termbase *tb = termbase_with("linking.sqlite",
					"各国打击跨国有组织犯罪。\n\n跨国有组织犯罪威胁和平。\n\n"
					"各国有责任。\n\n非洲有和平。\n",
					"States fight transnational organized crime.\n\n"
					"Transnational organized crime threatens peace.\n\n"
					"States have a responsibility.\n\nThere is peace in Africa.\n");
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "跨国有组织犯罪", "transnational organized crime"));
	for (i = 0; i < list.count; i++) {
		assert_null(strstr(list.items[i].zh, "各国有"));
		assert_null(strstr(list.items[i].zh, "非洲有"));
	}
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* A classifier's sense in CC-CEDICT names what it counts, not what it
 * means: 通 is "classifier for letters, telegrams, phone calls,
 * activities", and through that character 通报 ("to inform") explained
 * "activities" (in the concept note, 通报人 / activities at 0.8 then beat
 * 通报人 / briefers). */
static void test_extract_takes_no_meaning_from_a_classifier(void **state)
{
	sy_termbase *tb = termbase_with("classifier.sqlite", "各国重视通报。\n\n通报很重要。\n",
					"States value activities.\n\nActivities are important.\n");
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract(tb, 0, &list);
	/* Nothing in the Chinese means "activities": no pair that holds it is
	 * wholly explained (重视通报 / value activities had 1.0). */
	assert_true(list.count > 0);
	for (i = 0; i < list.count; i++)
		if (strstr(list.items[i].en, "activities"))
			assert_true(list.items[i].translation < 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "digital services in Africa" is a kind (digital services) placed by a
 * name: the term is the kind, listed on its own and above the whole,
 * which does not swallow it as a longer pair of the same segment would. */
static void test_extract_lists_the_kind_a_name_places(void **state)
{
	sy_termbase *tb = termbase_with("placed.sqlite", "各国保护非洲数字服务。\n",
					"States protect digital services in Africa.\n");
	sy_candidate_list list;
	const sy_candidate *kind, *placed;

	(void)state;
	extract(tb, 0, &list);
	kind = found(&list, "数字服务", "digital services");
	placed = find(&list, "非洲数字服务", "digital services in Africa");
	assert_true(!placed || placed->score < kind->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "members consider" is a subject and its verb, a clause: a plural noun
 * does not modify another, and "consider" is mostly a verb. Seen as often
 * and as well explained as cyber resilience, it ranks well below it,
 * though 考虑 is also a noun (consideration) and so no mere verb. */
static void test_extract_ranks_a_subject_and_its_verb_low(void **state)
{
	sy_termbase *tb = termbase_with("clause.sqlite",
					"成员考虑网络复原力很重要。\n\n成员考虑关键基础设施很重要。\n\n"
					"网络复原力减少紧张。\n",
					"The members consider that cyber resilience is important.\n\n"
					"The members consider that critical infrastructure is important.\n\n"
					"Cyber resilience reduces tension.\n");
	sy_candidate_list list;
	const sy_candidate *term, *clause;

	(void)state;
	extract(tb, 0, &list);
	term = found(&list, "网络复原力", "cyber resilience");
	clause = find(&list, "成员考虑", "members consider");
	assert_true(!clause || clause->score < 0.5 * term->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* A numeral counts, as digits do: "the first time" names no concept, and
 * "first" bounds the English phrase. Capitalized, it is part of a name
 * (the First Committee), which stays a phrase whole. */
static void test_extract_bounds_a_phrase_at_a_numeral(void **state)
{
	sy_termbase *tb = termbase_with("numeral.sqlite",
					"首次，第一委员会保护网络复原力。\n\n"
					"首次，第一委员会保护关键基础设施。\n",
					"For the first time, the First Committee protects cyber resilience.\n\n"
					"For the first time, the First Committee protects critical infrastructure.\n");
	sy_candidate_list list;
	size_t i;
	int name = 0;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "网络复原力", "cyber resilience"));
	for (i = 0; i < list.count; i++) {
		assert_null(strstr(list.items[i].en, "first"));
		name |= !strcmp(list.items[i].en, "First Committee");
	}
	assert_true(name);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* Personal pronouns are function words in both languages, the whole
 * class: 您 and 你们 (a meeting record's "you") bound a Chinese phrase as
 * 我们 does, and so do the reflexives (自己, yourselves) and "ours". */
static void test_extract_bounds_a_phrase_at_every_pronoun(void **state)
{
	static const char *const pronouns[] = {"您", "你们", "自己", "yourselves", "ours"};
	sy_termbase *tb = termbase_with("pronoun.sqlite",
					"我们感谢您加强网络复原力。\n\n"
					"你们自己保护关键基础设施和网络复原力。\n",
					"We thank you for strengthening cyber resilience.\n\n"
					"You yourselves protect critical infrastructure and cyber resilience "
					"of ours.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "网络复原力", "cyber resilience"));
	assert_none_holds(&list, pronouns, sizeof(pronouns) / sizeof(pronouns[0]));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* The segmenter writes some pronouns and demonstratives as one word with
 * the function word after them (他的, 你的, 此次): such a word bounds a
 * phrase as its parts do, even where the English keeps its pronoun (thy,
 * which is no function word of UN English). */
static void test_extract_bounds_a_phrase_at_a_pronoun_glued_to_a_function_word(void **state)
{
	static const char *const glued[] = {"他的", "你的", "此次"};
	sy_termbase *tb = termbase_with("glued.sqlite",
					"保护你的网络复原力。\n\n保护你的关键基础设施。\n\n"
					"他的网络复原力。\n\n此次网络复原力。\n",
					"Protect thy cyber resilience.\n\nProtect thy critical infrastructure.\n\n"
					"His cyber resilience.\n\nThis time, cyber resilience.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "网络复原力", "cyber resilience"));
	assert_none_holds(&list, glued, sizeof(glued) / sizeof(glued[0]));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 通报人 / briefers: the dictionary has neither, and relates no word of
 * either to any word of the other language in their segments; seen
 * together twice and never apart, the pair is credited by its repetition
 * (REPETITION_CREDIT) and ranks with a pair the dictionary explains, seen
 * once. A recurring phrase whose English the dictionary gives to another
 * phrase of its segments (保护 is "protect"; 按圣 is nothing) gets no such
 * credit. */
static void test_extract_credits_a_pair_the_dictionary_cannot_explain_by_its_repetition(void **state)
{
	sy_termbase *tb = termbase_with("repeated.sqlite",
					"通报人，网络复原力。\n\n通报人，透明度。\n\n"
					"按圣，保护。\n\n按圣，保护。\n\n关键基础设施。\n",
					"The briefers: cyber resilience.\n\nThe briefers: transparency.\n\n"
					"Protection.\n\nProtection.\n\nCritical infrastructure.\n");
	sy_candidate_list list;
	const sy_candidate *repeated, *explained, *claimed;

	(void)state;
	extract(tb, 0, &list);
	repeated = found(&list, "通报人", "briefers");
	explained = found(&list, "关键基础设施", "critical infrastructure");
	assert_true(repeated->score > explained->score);
	claimed = find(&list, "按圣", "protection");
	if (claimed)
		assert_true(claimed->score < explained->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* Egyptians is Egypt's demonym: the dictionary's 埃及 "Egypt" explains it
 * (demonym_place), though it has no 埃及人 and no "Egyptian". Written
 * with its capital only: the sentence's first word may be any word. */
static void test_extract_reads_a_demonym_as_its_place(void **state)
{
	sy_termbase *tb = termbase_with("demonym.sqlite",
					"埃及人，网络复原力。\n\n埃及人，关键基础设施。\n",
					"For the Egyptians: cyber resilience.\n\n"
					"For the Egyptians: critical infrastructure.\n");
	sy_candidate_list list;
	const sy_candidate *c;

	(void)state;
	extract(tb, 0, &list);
	c = found(&list, "埃及人", "Egyptians");
	assert_true(c->translation >= 0.5);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* In 医疗设施构成 / health-care facilities the dictionary explains 设施 by
 * "facilities" and leaves 医疗 ("medical" here) and 构成 over on the
 * Chinese side, "health-care" on the English. 医疗 sits where
 * "health-care" sits, before the head; 构成 after it: only 医疗设施 gets
 * the left-over credit (leftovers_cross). A verb first against the
 * English head last is a verb and its object (割麦子 / wheat harvest):
 * credited. */
static void test_extract_credits_left_overs_only_where_their_places_agree(void **state)
{
	sy_termbase *tb = termbase_with("places.sqlite",
					"医疗设施构成关键基础设施。\n\n保护关键基础设施。\n\n割麦子，透明度。\n",
					"The health-care facilities are critical infrastructure.\n\n"
					"Protect critical infrastructure.\n\nThe wheat harvest: transparency.\n");
	sy_candidate_list list;
	const sy_candidate *agree, *cross, *object;

	(void)state;
	extract(tb, 0, &list);
	agree = found(&list, "医疗设施", "health-care facilities");
	cross = find(&list, "设施构成", "health-care facilities");
	assert_true(agree->translation > 0.7);
	if (cross)
		assert_true(cross->translation < agree->translation);
	object = found(&list, "割麦子", "wheat harvest");
	assert_true(object->translation > 0.7);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* A heading shows a term without its use: the example is the first
 * sentence in which the pair is less than half of the words, though the
 * heading comes first. A pair seen only in headings keeps its first. */
static void test_extract_shows_a_sentence_not_a_heading_as_the_example(void **state)
{
	sy_termbase *tb = termbase_with("example.sqlite",
					"关键基础设施\n\n网络复原力\n\n各国保护关键基础设施，减少紧张。\n",
					"Critical infrastructure\n\nCyber resilience\n\n"
					"States protect critical infrastructure and reduce tension.\n");
	sy_candidate_list list;
	const sy_candidate *c;

	(void)state;
	extract(tb, 0, &list);
	c = found(&list, "关键基础设施", "critical infrastructure");
	assert_string_equal(c->example_zh, "各国保护关键基础设施，减少紧张。");
	assert_string_equal(c->example_en, "States protect critical infrastructure and reduce tension.");
	c = found(&list, "网络复原力", "cyber resilience");
	assert_string_equal(c->example_zh, "网络复原力");
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "Representative of Estonia" is an individual, a title and a proper
 * name, not a concept: it ranks below a term seen half as often. */
static void test_extract_ranks_a_title_of_a_name_low(void **state)
{
	sy_termbase *tb = termbase_with("instance.sqlite",
					"爱沙尼亚代表保护网络复原力。\n\n爱沙尼亚代表保护关键基础设施。\n",
					"The Representative of Estonia protects cyber resilience.\n\n"
					"The Representative of Estonia protects critical infrastructure.\n");
	sy_candidate_list list;
	const sy_candidate *term, *individual = NULL;
	size_t i;

	(void)state;
	extract(tb, 0, &list);
	term = found(&list, "网络复原力", "cyber resilience");
	for (i = 0; i < list.count; i++)
		if (!strcmp(list.items[i].en, "Representative of Estonia"))
			individual = &list.items[i];
	assert_non_null(individual);
	assert_true(individual->score < term->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 爱沙尼亚 / Estonia, seen in every segment, is a country's name as CLDR
 * (ICU) has it: a named entity, listed after the terms however often it
 * is seen, and still listed. */
static void test_extract_lists_a_country_name_after_the_terms(void **state)
{
	sy_termbase *tb = termbase_with("country.sqlite",
					"对于爱沙尼亚：保护网络复原力。\n\n对于爱沙尼亚：保护关键基础设施。\n\n"
					"对于爱沙尼亚：加强透明度。\n",
					"For Estonia: protect cyber resilience.\n\n"
					"For Estonia: protect critical infrastructure.\n\n"
					"For Estonia: strengthen transparency.\n");
	sy_candidate_list list;
	const sy_candidate *term, *country;

	(void)state;
	extract(tb, 0, &list);
	term = found(&list, "关键基础设施", "critical infrastructure");
	country = found(&list, "爱沙尼亚", "Estonia");
	assert_true(term < country); /* earlier in the list */
	assert_true(country->score > term->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "share" is a noun as often as a verb, but 共享 is "to share" only: the
 * pair that begins with it on both sides is a predicate, after the term. */
static void test_extract_ranks_a_verb_and_its_object_after_the_object(void **state)
{
	static const char dict[] = "各國 各国 [ge4 guo2] /each country/States/\n"
				   "共享 共享 [gong4 xiang3] /to share/to enjoy together/\n"
				   "份額 份额 [fen4 e2] /share/portion/\n"
				   "威脅 威胁 [wei1 xie2] /to threaten/threat/\n"
				   "信息 信息 [xin4 xi1] /information/\n";
	sy_candidate_list list;
	const sy_candidate *act, *term;

	(void)state;
	extract_small("share", dict, NULL, "各国应共享威胁信息。\n", "States should share threat information.\n",
		      &list);
	term = found(&list, "威胁信息", "threat information");
	act = find(&list, "共享威胁信息", "share threat information");
	assert_true(!act || act->score < term->score);
	sy_candidate_list_free(&list);
}

/* The Middle East is no M49 area, and CLDR has no name for it; a region
 * the UN names all the same (place_names.c, regions_named): listed after
 * the terms, as a country is. */
static void test_extract_lists_a_region_name_after_the_terms(void **state)
{
	static const char dict[] = "中東 中东 [Zhong1 dong1] /Middle East/\n"
				   "關鍵 关键 [guan1 jian4] /critical/key/\n"
				   "基礎設施 基础设施 [ji1 chu3 she4 shi1] /infrastructure/\n"
				   "保護 保护 [bao3 hu4] /to protect/protection/\n"
				   "對於 对于 [dui4 yu2] /regarding/for/\n";
	sy_candidate_list list;
	const sy_candidate *term, *region;

	(void)state;
	extract_small("region", dict, NULL, "对于中东：保护关键基础设施。\n\n对于中东：保护关键基础设施。\n",
		      "For the Middle East: protect critical infrastructure.\n\n"
		      "For the Middle East: protect critical infrastructure.\n",
		      &list);
	term = found(&list, "基础设施", "infrastructure");
	region = found(&list, "中东", "Middle East");
	assert_true(term < region); /* earlier in the list */
	assert_true(region->score > term->score);
	sy_candidate_list_free(&list);
}

/* 维也纳 / Vienna is the city CLDR names a time zone after (Europe/Vienna):
 * a named entity, listed after the terms, as a country is. */
static void test_extract_lists_a_city_name_after_the_terms(void **state)
{
	static const char dict[] = "維也納 维也纳 [Wei2 ye3 na4] /Vienna/\n"
				   "關鍵 关键 [guan1 jian4] /critical/key/\n"
				   "基礎設施 基础设施 [ji1 chu3 she4 shi1] /infrastructure/\n"
				   "保護 保护 [bao3 hu4] /to protect/protection/\n"
				   "對於 对于 [dui4 yu2] /regarding/for/\n";
	sy_candidate_list list;
	const sy_candidate *term, *city;

	(void)state;
	extract_small("city", dict, NULL,
		      "对于维也纳：保护关键基础设施。\n\n对于维也纳：保护关键基础设施。\n\n对于维也纳：保护。\n\n"
		      "对于维也纳：保护。\n",
		      "For Vienna: protect critical infrastructure.\n\n"
		      "For Vienna: protect critical infrastructure.\n\nFor Vienna: protect.\n\n"
		      "For Vienna: protect.\n",
		      &list);
	term = found(&list, "基础设施", "infrastructure");
	city = found(&list, "维也纳", "Vienna");
	assert_true(term < city); /* earlier in the list */
	assert_true(city->score > term->score);
	sy_candidate_list_free(&list);
}

/* "prepared by the Secretariat pursuant to a request": the first word of a
 * preposition of two words is a function word, in no phrase. */
static void test_extract_reads_pursuant_as_a_function_word(void **state)
{
	static const char dict[] = "秘書處 秘书处 [mi4 shu1 chu4] /secretariat/\n"
				   "請求 请求 [qing3 qiu2] /request/to request/\n"
				   "編寫 编写 [bian1 xie3] /to compile/to write/\n"
				   "說明 说明 [shuo1 ming2] /to explain/explanation/note/\n";
	sy_candidate_list list;
	sy_termbase *tb;

	(void)state;
	tb = extract_small_open("pursuant", dict, NULL, "本说明是秘书处应请求编写的。\n",
				"The present note was prepared by the Secretariat pursuant to a request.\n", &list);
	assert_int_equal(segments_with(tb, "en_chunks", "%Secretariat%"), 1);
	assert_int_equal(segments_with(tb, "en_chunks", "%pursuant%"), 0);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "the United Nations Convention against Cybercrime": "against" between two
 * capitalized common nouns is a word of the name, as "of" is; between
 * proper names (Israel against Judah) it is not. */
static void test_extract_keeps_a_preposition_inside_a_name(void **state)
{
	static const char dict[] = "聯合國 联合国 [Lian2 he2 guo2] /United Nations/\n"
				   "打擊 打击 [da3 ji1] /to hit/to strike/to combat/\n"
				   "網絡犯罪 网络犯罪 [wang3 luo4 fan4 zui4] /cybercrime/\n"
				   "公約 公约 [gong1 yue1] /convention/pact/\n"
				   "各國 各国 [ge4 guo2] /each country/States/\n"
				   "簽署 签署 [qian1 shu3] /to sign/\n"
				   "以色列 以色列 [Yi3 se4 lie4] /Israel/\n"
				   "猶大 犹大 [You2 da4] /Judah/\n"
				   "戰爭 战争 [zhan4 zheng1] /war/\n";
	sy_candidate_list list;
	sy_termbase *tb;

	(void)state;
	tb = extract_small_open("against", dict, NULL, "各国签署了联合国打击网络犯罪公约。\n\n以色列与犹大的战争。\n",
				"States signed the United Nations Convention against Cybercrime.\n\n"
				"The war of Israel against Judah.\n",
				&list);
	assert_int_equal(segments_with(tb, "en_chunks", "%Convention%~against%Cybercrime%"), 1);
	assert_int_equal(segments_with(tb, "en_chunks", "%~against%"), 1);
	assert_non_null(find(&list, "联合国打击网络犯罪公约", "United Nations Convention against Cybercrime"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "internationally wrongful acts using ICTs", "ransomware operations
 * emanating from their territory": a verb in -ing after a plural noun,
 * before a noun or a preposition, opens a clause that qualifies the noun;
 * the noun phrase ends before it, however short the verb (using). */
static void test_extract_ends_a_phrase_at_a_short_verb_in_ing_after_a_plural(void **state)
{
	static const char dict[] = "使用 使用 [shi3 yong4] /to use/to employ/\n"
				   "利用 利用 [li4 yong4] /to exploit/to use/\n"
				   "運用 运用 [yun4 yong4] /to use/to put to use/\n"
				   "發源 发源 [fa1 yuan2] /to emanate/to originate/\n"
				   "不法 不法 [bu4 fa3] /lawless/illegal/wrongful/\n"
				   "行為 行为 [xing2 wei2] /action/conduct/act/\n"
				   "勒索軟件 勒索软件 [le4 suo3 ruan3 jian4] /ransomware/\n"
				   "行動 行动 [xing2 dong4] /operation/action/\n"
				   "領土 领土 [ling3 tu3] /territory/\n";
	sy_candidate_list list;
	sy_termbase *tb;

	(void)state;
	tb = extract_small_open("using", dict, NULL, "各国不应允许使用信通技术的不法行为。\n\n各国处理源自其领土的勒索软件行动。\n",
				"States should not allow wrongful acts using ICTs.\n\n"
				"States address ransomware operations emanating from their territory.\n",
				&list);
	assert_int_equal(segments_with(tb, "en_chunks", "%acts%using%"), 0);
	assert_int_equal(segments_with(tb, "en_chunks", "%operations%emanating%"), 0);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 实施国际不法行为 / internationally wrongful acts: 实施, "to carry out",
 * meets "acts" only by a sense of its character 施 ("to act"), where 行为
 * is "act" by its own: the verb before its object says nothing the English
 * says, and the object alone is the pair. */
static void test_extract_leaves_out_a_verb_whose_word_another_says(void **state)
{
	static const char dict[] = "實施 实施 [shi2 shi1] /to implement/to carry out/\n"
				   "施 施 [shi1] /to grant/to give/to act/to carry out/\n"
				   "國際 国际 [guo2 ji4] /international/\n"
				   "不法 不法 [bu4 fa3] /lawless/illegal/wrongful/\n"
				   "行為 行为 [xing2 wei2] /action/conduct/behavior/act/\n"
				   "各國 各国 [ge4 guo2] /each country/States/\n"
				   "領土 领土 [ling3 tu3] /territory/\n"
				   "允許 允许 [yun3 xu3] /to permit/to allow/\n";
	sy_candidate_list list;

	(void)state;
	extract_small("carryout", dict, NULL, "各国不应允许他人利用其领土实施国际不法行为。\n",
		      "States should not allow their territory to be used for internationally wrongful acts.\n",
		      &list);
	assert_non_null(find(&list, "国际不法行为", "internationally wrongful acts"));
	assert_null(find(&list, "实施国际不法行为", "internationally wrongful acts"));
	sy_candidate_list_free(&list);
}

/* 特别政治任务 / special political missions: 特别 is a modifier that
 * judges (especially, special) and bounds a phrase, but where the English
 * writes its gloss just before the translation of the word after it, it
 * names a kind, a word of the term. Before 关注 / "particular attention",
 * whose English modifier only judges, it stays a function word. */
static void test_extract_keeps_a_judging_modifier_the_english_writes(void **state)
{
	static const char dict[] = "特別 特别 [te4 bie2] /especially/special/particular/unusual/\n"
				   "政治 政治 [zheng4 zhi4] /politics/political/\n"
				   "任務 任务 [ren4 wu5] /mission/assignment/task/\n"
				   "維持 维持 [wei2 chi2] /to keep/to maintain/\n"
				   "和平 和平 [he2 ping2] /peace/peaceful/\n"
				   "行動 行动 [xing2 dong4] /operation/action/\n"
				   "工作 工作 [gong1 zuo4] /to work/work/job/\n"
				   "支持 支持 [zhi1 chi2] /to support/\n"
				   "關注 关注 [guan1 zhu4] /to pay attention to/attention/\n"
				   "網絡安全 网络安全 [wang3 luo4 an1 quan2] /cybersecurity/\n"
				   "各國 各国 [ge4 guo2] /each country/States/\n";
	sy_candidate_list list;
	sy_termbase *tb;

	(void)state;
	tb = extract_small_open("special", dict, NULL,
				"各国支持维持和平行动和特别政治任务的工作。\n\n各国特别关注网络安全。\n",
				"States support the work of peacekeeping operations and special political missions.\n\n"
				"States pay particular attention to cybersecurity.\n",
				&list);
	assert_int_equal(segments_with(tb, "zh_chunks", "%特别\t政治\t任务%"), 1);
	assert_int_equal(segments_with(tb, "zh_chunks", "%特别\t关注%"), 0);
	assert_non_null(find(&list, "特别政治任务", "special political missions"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "the right to privacy", 隐私权: the "to" of a right's name is a word of
 * the phrase, as "of" is; before a verb ("the right to use force") it
 * makes an infinitive, and bounds the phrase. */
static void test_extract_keeps_the_to_of_a_right(void **state)
{
	static const char dict[] = "隱私權 隐私权 [yin3 si1 quan2] /right to privacy/\n"
				   "隱私 隐私 [yin3 si1] /privacy/\n"
				   "權 权 [quan2] /authority/power/right/\n"
				   "人權 人权 [ren2 quan2] /human rights/\n"
				   "尊重 尊重 [zun1 zhong4] /to esteem/to respect/\n"
				   "使用 使用 [shi3 yong4] /to use/to employ/\n"
				   "利用 利用 [li4 yong4] /to exploit/to use/\n"
				   "運用 运用 [yun4 yong4] /to use/to put to use/\n"
				   "武力 武力 [wu3 li4] /force/military force/\n"
				   "各國 各国 [ge4 guo2] /each country/States/\n";
	sy_candidate_list list;
	sy_termbase *tb;

	(void)state;
	tb = extract_small_open("rightto", dict, NULL, "各国尊重隐私权。\n\n各国有使用武力的权利。\n",
				"States respect the right to privacy.\n\nStates have the right to use force.\n", &list);
	assert_int_equal(segments_with(tb, "en_chunks", "%right\t~to\tprivacy%"), 1);
	assert_int_equal(segments_with(tb, "en_chunks", "%~to\t%use%"), 0);
	assert_non_null(find(&list, "隐私权", "right to privacy"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 协商一致 / consensus: the segmenter cuts 协商|一致, and 一致 alone is the
 * adverb "unanimously", a function word; but the general-language
 * reference lists 协商一致 as one noun (a reference of the jieba format
 * written here), and 一致 is a word of the phrase there, which begins
 * none. Not in an idiom the reference tags as one (转眼之间, "in the
 * twinkling of an eye"): 之间 stays a function word. */
static void test_extract_keeps_a_function_word_the_reference_writes_in_a_noun(void **state)
{
	static const char reference[] = "协商一致 3 nz\n一致 5406 d\n协商 1552 n\n转眼之间 3 l\n转眼 200 d\n";
	static const char dict[] = "協商 协商 [xie2 shang1] /to consult with/to talk things over/agreement/\n"
				   "一致 一致 [yi1 zhi4] /unanimous/identical (views or opinions)/\n"
				   "各國 各国 [ge4 guo2] /each country/States/\n"
				   "決定 决定 [jue2 ding4] /to decide/decision/\n"
				   "原則 原则 [yuan2 ze2] /principle/\n"
				   "適用 适用 [shi4 yong4] /to be applicable/to apply/\n"
				   "局勢 局势 [ju2 shi4] /situation/state of affairs/\n"
				   "變化 变化 [bian4 hua4] /change/to change/\n"
				   "轉眼 转眼 [zhuan3 yan3] /in a flash/within the blink of an eye/\n";
	referenced r;
	sy_candidate_list list;

	(void)state;
	referenced_open(&r, "consensus", dict, reference,
			"各国以协商一致方式作出决定。\n\n协商一致原则适用于决定。\n\n转眼之间局势变化。\n",
			"States take decisions by consensus.\n\nThe principle of consensus applies to decisions.\n\n"
			"In the blink of an eye the situation changed.\n");
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%协商\t!一致%"), 2);
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%之间%"), 0);
	referenced_extract(&r, &list);
	assert_non_null(find(&list, "协商一致", "consensus"));
	assert_null(find(&list, "一致方式", "consensus"));
	sy_candidate_list_free(&list);
	referenced_close(&r);
}

/* 人工智能赋能的网络攻击 / AI-enabled cyberattacks: no dictionary has 赋能, and
 * the segmenter cuts 赋|能, 能 ("can") a function word; 赋 ("to bestow"), a
 * verb by the reference, was left as the last word of 人工智能赋 after a word
 * of four characters: a bound now. Not after one character (拉|结, Rachel:
 * 结 is a verb by itself, and a syllable of the name here). */
static void test_extract_bounds_a_chunk_at_a_verb_character_before_a_function_word(void **state)
{
	static const char reference[] = "赋 1362 v\n结 2000 v\n拉 3000 v\n";
	static const char dict[] = "人工智能 人工智能 [ren2 gong1 zhi4 neng2] /artificial intelligence/AI/\n"
				   "賦 赋 [fu4] /to bestow/to endow with/\n"
				   "網絡攻擊 网络攻击 [wang3 luo4 gong1 ji1] /cyberattack/\n"
				   "拉 拉 [la1] /to pull/\n"
				   "結 结 [jie2] /knot/to tie/\n"
				   "兒子 儿子 [er2 zi5] /son/\n";
	referenced r;

	(void)state;
	referenced_open(&r, "enabled", dict, reference, "人工智能赋能的网络攻击增加。\n\n拉结的儿子来了。\n",
			"AI-enabled cyberattacks increase.\n\nThe sons of Rachel came.\n");
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%赋%"), 0);
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%人工智能%"), 1);
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%拉\t结%"), 1);
	referenced_close(&r);
}

/* 除其他外 / inter alia: the segmenter leaves 除 ("besides") alone, and
 * 专门专题小组除 / dedicated thematic groups address was listed. In the
 * frame 除……外 it is a preposition, a bound; outside it, the verb "to
 * remove" stays a word of its chunk (除酵节, the feast of unleavened
 * bread). */
static void test_extract_bounds_a_chunk_at_the_frame_of_besides(void **state)
{
	static const char reference[] = "除 5000 p\n";
	static const char dict[] = "專題 专题 [zhuan1 ti2] /special topic/\n"
				   "小組 小组 [xiao3 zu3] /group/\n"
				   "除 除 [chu2] /to get rid of/to remove/except/besides/\n"
				   "其他 其他 [qi2 ta1] /other/\n"
				   "外 外 [wai4] /outside/\n"
				   "處理 处理 [chu3 li3] /to handle/to address/\n"
				   "問題 问题 [wen4 ti2] /question/issue/\n"
				   "酵 酵 [jiao4] /yeast/leaven/\n"
				   "節 节 [jie2] /festival/feast/\n"
				   "守 守 [shou3] /to keep/\n";
	referenced r;

	(void)state;
	referenced_open(&r, "besides", dict, reference, "专题小组除其他外处理问题。\n\n要守除酵节。\n",
			"Thematic groups address, inter alia, issues.\n\nKeep the feast of unleavened bread.\n");
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%小组\t除%"), 0);
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%专题\t小组%"), 1);
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%除\t酵%"), 1);
	referenced_close(&r);
}

/* The frame 除……外 closes inside its clause: a 外 after a comma is no
 * 外 of it (除酵节，外人不可吃, "the feast of unleavened bread; no stranger
 * shall eat"), and 除 stays the verb of its chunk. The segmenter makes a
 * mark of punctuation an empty word, which the first version read past. */
static void test_extract_closes_the_frame_of_besides_in_its_clause(void **state)
{
	static const char reference[] = "除 5000 p\n";
	static const char dict[] = "除 除 [chu2] /to get rid of/to remove/except/besides/\n"
				   "酵 酵 [jiao4] /yeast/leaven/\n"
				   "節 节 [jie2] /festival/feast/\n"
				   "守 守 [shou3] /to keep/\n"
				   "外人 外人 [wai4 ren2] /stranger/\n"
				   "外 外 [wai4] /outside/\n"
				   "吃 吃 [chi1] /to eat/\n";
	referenced r;

	(void)state;
	referenced_open(&r, "besides_clause", dict, reference, "要守除酵节，外不可吃。\n",
			"Keep the feast of unleavened bread; outside, none shall eat.\n");
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%除\t酵%"), 1);
	referenced_close(&r);
}

/* 以外 and 之外 ("outside", "beyond") are postpositions, never a word of
 * a term: ict-regional listed 以外联络点 / points of contact outside, of
 * 在正常工作时间以外联络点的可用性. */
static void test_extract_bounds_a_chunk_at_a_postposition_of_outside(void **state)
{
	static const char reference[] = "以外 3000 f\n";
	static const char dict[] = "正常 正常 [zheng4 chang2] /regular/normal/\n"
				   "工作 工作 [gong1 zuo4] /work/\n"
				   "時間 时间 [shi2 jian1] /time/hours/\n"
				   "以外 以外 [yi3 wai4] /apart from/other than/outside/\n"
				   "聯絡點 联络点 [lian2 luo4 dian3] /point of contact/\n"
				   "可用 可用 [ke3 yong4] /available/\n";
	referenced r;

	(void)state;
	referenced_open(&r, "outside", dict, reference, "正常工作时间以外联络点可用。\n",
			"Points of contact are available outside regular working hours.\n");
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%以外%"), 0);
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%联络点%"), 1);
	referenced_close(&r);
}

/* 越来越 ("increasingly"), as 日益 and 不断: an adverb of degree that
 * grows is no word of a term; ict-regional listed 区域越来越 / States in
 * the region, of 区域越来越多的国家. */
static void test_extract_bounds_a_chunk_at_an_adverb_of_growing_degree(void **state)
{
	static const char reference[] = "越来越 7867 d\n";
	static const char dict[] = "區域 区域 [qu1 yu4] /area/region/\n"
				   "越來越 越来越 [yue4 lai2 yue4] /more and more/\n"
				   "國家 国家 [guo2 jia1] /country/nation/state/\n"
				   "重視 重视 [zhong4 shi4] /to attach importance to/\n";
	referenced r;

	(void)state;
	referenced_open(&r, "increasingly", dict, reference, "区域越来越重视国家。\n",
			"The region increasingly values States.\n");
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%越来越%"), 0);
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%区域%"), 1);
	referenced_close(&r);
}

/* 一名代表 ("a representative"), 各项要素 ("each element"): a classifier
 * after a number or after 各 counts what follows, and begins no term;
 * ict-ransom listed 一名代表 / representatives, ict-poa 项要素 / elements.
 * Not a word CC-CEDICT has whole (一级, "first class", in 区域一级, "at the
 * regional level"). */
static void test_extract_bounds_a_chunk_at_a_count(void **state)
{
	static const char reference[] = "代表 5000 n\n";
	static const char dict[] = "代表 代表 [dai4 biao3] /representative/delegate/\n"
				   "名 名 [ming2] /name/classifier for people/\n"
				   "項 项 [xiang4] /classifier for principles, items/item/\n"
				   "要素 要素 [yao4 su4] /essential factor/element/\n"
				   "報告 报告 [bao4 gao4] /to report/report/\n"
				   "列出 列出 [lie4 chu1] /to list/\n"
				   "區域 区域 [qu1 yu4] /area/region/\n"
				   "一級 一级 [yi1 ji2] /first class/category A/\n"
				   "級 级 [ji2] /level/grade/classifier: step, level/\n"
				   "合作 合作 [he2 zuo4] /to cooperate/cooperation/\n";
	referenced r;

	(void)state;
	referenced_open(&r, "count", dict, reference, "一名代表报告。\n\n各项要素列出。\n\n区域一级合作。\n",
			"A representative reported.\n\nThe elements are listed.\n\n"
			"Cooperation at the regional level.\n");
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%名%"), 0);
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%项%"), 0);
	assert_int_equal(segments_with(r.tb, "zh_chunks", "代表%"), 1);
	assert_int_equal(segments_with(r.tb, "zh_chunks", "要素%"), 1);
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%区域\t一级%"), 1);
	referenced_close(&r);
}

/* 框架内 / framework: "within the framework of the United Nations",
 * 在联合国框架内 (ict-statement, 24th). 框架 translates "framework" whole,
 * more often than 框架内 is written, and 内 ("inside") is left over: the
 * longer Chinese says no more of the English than the shorter. */
static void test_extract_drops_a_chinese_tail_the_english_does_not_say(void **state)
{
	static const char reference[] = "框架 5000 n\n内 3000 f\n";
	static const char dict[] = "框架 框架 [kuang4 jia4] /frame/framework/\n"
				   "內 内 [nei4] /inside/inner/\n"
				   "聯合國 联合国 [lian2 he2 guo2] /United Nations/\n"
				   "對話 对话 [dui4 hua4] /dialogue/\n"
				   "開展 开展 [kai1 zhan3] /to carry out/\n"
				   "合作 合作 [he2 zuo4] /cooperation/\n"
				   "提供 提供 [ti2 gong1] /to provide/\n"
				   "有益 有益 [you3 yi4] /useful/\n";
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract_small_referenced("tail", dict, reference,
				 "我们支持在联合国框架内开展对话。\n\n合作提供了有益的框架。\n\n框架很好。\n",
				 "We support dialogue within the framework of the United Nations.\n\n"
				 "Cooperation provides a useful framework.\n\nThe framework is good.\n",
				 &list);
	for (i = 0; i < list.count; i++)
		assert_string_not_equal(list.items[i].zh, "框架内");
	sy_candidate_list_free(&list);
}

/* 针对 ("targeting", "aimed at"), a preposition, began 针对医院 / hospitals
 * (ict-ransom, 34th): a bound, as 根据 and 通过 are. */
static void test_extract_bounds_a_chunk_at_a_preposition_of_two_characters(void **state)
{
	static const char reference[] = "针对 4053 p\n";
	static const char dict[] = "針對 针对 [zhen1 dui4] /to target/to be aimed at/\n"
				   "醫院 医院 [yi1 yuan4] /hospital/\n"
				   "攻擊 攻击 [gong1 ji1] /attack/\n"
				   "增加 增加 [zeng1 jia1] /to increase/\n";
	referenced r;

	(void)state;
	referenced_open(&r, "targeting", dict, reference, "针对医院的攻击增加。\n",
			"Attacks targeting hospitals increased.\n");
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%针对%"), 0);
	assert_int_equal(segments_with(r.tb, "zh_chunks", "医院%"), 1);
	referenced_close(&r);
}

/* 联合国裁军研究所（裁研所）, "UNIDIR": CC-CEDICT lacks the abbreviation,
 * the segmenter cut 裁|研|所, and 所, the nominalizer (所做的努力, "the
 * efforts made"), was a function word. Before a bracket it is the
 * "institute" of the name, a word of the chunk; before a verb it is
 * still the nominalizer. */
static void test_extract_keeps_the_institute_of_an_abbreviated_name(void **state)
{
	static const char reference[] = "所 5000 u\n";
	static const char dict[] = "聯合國 联合国 [lian2 he2 guo2] /United Nations/\n"
				   "裁軍 裁军 [cai2 jun1] /disarmament/\n"
				   "研究所 研究所 [yan2 jiu1 suo3] /research institute/\n"
				   "裁 裁 [cai2] /to cut out/\n"
				   "研 研 [yan2] /to grind/study/\n"
				   "所 所 [suo3] /actually/place/\n"
				   "合作 合作 [he2 zuo4] /to cooperate/cooperation/\n"
				   "各國 各国 [ge4 guo2] /each country/States/\n"
				   "做 做 [zuo4] /to do/to make/\n"
				   "努力 努力 [nu3 li4] /effort/\n";
	referenced r;

	(void)state;
	referenced_open(&r, "institute", dict, reference,
			"与联合国裁军研究所（裁研所）合作。\n\n各国所做的努力。\n",
			"In cooperation with the United Nations Institute for Disarmament Research (UNIDIR).\n\n"
			"The efforts made by States.\n");
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%裁\t研\t所%"), 1);
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%所\t做%"), 0);
	referenced_close(&r);
}

/* 努力 / efforts and 因素 / factors frame a term without being one, as 作用
 * / role does: the concept note listed 全球努力 / global efforts 95th and
 * 复杂因素 / complex factors 96th, ict-threats 集体努力 / collective efforts
 * 97th. */
static void test_extract_reads_efforts_and_factors_as_light_nouns(void **state)
{
	static const char dict[] = "全球 全球 [quan2 qiu2] /global/\n"
				   "努力 努力 [nu3 li4] /effort/to try hard/\n"
				   "複雜 复杂 [fu4 za2] /complex/\n"
				   "因素 因素 [yin1 su4] /element/factor/\n"
				   "應對 应对 [ying4 dui4] /to deal with/\n"
				   "支持 支持 [zhi1 chi2] /to support/\n"
				   "網絡 网络 [wang3 luo4] /network/\n"
				   "安全 安全 [an1 quan2] /security/\n";
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract_small_referenced("efforts", dict, "努力 9000 n\n因素 9000 n\n",
				 "支持全球努力。\n\n支持全球努力和网络安全。\n\n应对复杂因素。\n\n应对复杂因素和网络安全。\n",
				 "Support global efforts.\n\nSupport global efforts and network security.\n\n"
				 "Address complex factors.\n\nAddress complex factors and network security.\n", &list);
	for (i = 0; i < list.count; i++) {
		assert_null(strstr(list.items[i].zh, "努力"));
		assert_null(strstr(list.items[i].en, "efforts"));
		assert_null(strstr(list.items[i].zh, "因素"));
		assert_null(strstr(list.items[i].en, "factors"));
	}
	sy_candidate_list_free(&list);
}

/* 有助于 ("to help"), 属于 ("to belong to"), 基于 ("based on"): a word that
 * ends in the preposition 于 is a verb or a preposition, a bound as
 * function words are; 有助于 / help was listed in three texts (ict-ransom
 * 23rd). */
static void test_extract_bounds_a_chunk_at_a_word_ending_in_yu(void **state)
{
	static const char reference[] = "有助于 3000 v\n";
	static const char dict[] = "合作 合作 [he2 zuo4] /to cooperate/cooperation/\n"
				   "有助於 有助于 [you3 zhu4 yu2] /to contribute to/to help/\n"
				   "保護 保护 [bao3 hu4] /to protect/protection/\n"
				   "基礎設施 基础设施 [ji1 chu3 she4 shi1] /infrastructure/\n";
	referenced r;

	(void)state;
	referenced_open(&r, "yu", dict, reference, "合作有助于保护基础设施。\n",
			"Cooperation helps to protect infrastructure.\n");
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%有助于%"), 0);
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%基础设施%"), 1);
	referenced_close(&r);
}

/* "critical information infrastructure lies primarily with States": a
 * word in -s that WordNet knows for a verb, between a noun and an adverb
 * that a function word follows, is the verb the adverb modifies; ict-report
 * listed 保护关键信息基础设施 / critical information infrastructure lies.
 * Not before a verb: "criminal groups increasingly operated" keeps its
 * plural subject. */
static void test_extract_ends_a_phrase_at_a_verb_before_its_adverb(void **state)
{
	static const char reference[] = "基础设施 3000 n\n";
	static const char dict[] = "基礎設施 基础设施 [ji1 chu3 she4 shi1] /infrastructure/\n"
				   "犯罪 犯罪 [fan4 zui4] /crime/criminal/\n"
				   "集團 集团 [ji2 tuan2] /group/\n";
	referenced r;

	(void)state;
	if (!synonyms_available())
		skip();
	referenced_open(&r, "lies", dict, reference, "责任主要在于各国的基础设施。\n\n犯罪集团日益活动。\n",
			"Responsibility for critical infrastructure lies primarily with States.\n\n"
			"Criminal groups increasingly operated.\n");
	assert_int_equal(segments_with(r.tb, "en_chunks", "%lies%"), 0);
	assert_int_equal(segments_with(r.tb, "en_chunks", "%infrastructure%"), 1);
	assert_int_equal(segments_with(r.tb, "en_chunks", "%groups%"), 1);
	referenced_close(&r);
}

/* 利益攸关方 / stakeholders: CC-CEDICT lacks 攸关方 (the segmenter makes it of
 * 攸关 and the suffix 方), and the document writes it, three times, always
 * after the same noun, 利益 ("interest"): it is the second part of one word
 * the segmenter could not see, read whole. No candidate begins with 攸关方
 * (攸关方参与会议) or ends with 利益 (非政府利益, 各国欢迎利益). */
static void test_extract_reads_a_word_the_dictionary_lacks_with_the_noun_always_before_it(void **state)
{
	static const char reference[] = "利益 8351 n\n参与 7060 v\n";
	static const char dict[] = "利益 利益 [li4 yi4] /benefit/(in sb's) interest/\n"
				   "攸關 攸关 [you1 guan1] /of great concern/\n"
				   "參與 参与 [can1 yu4] /to participate (in sth)/\n"
				   "會議 会议 [hui4 yi4] /meeting/conference/\n"
				   "非政府 非政府 [fei1 zheng4 fu3] /non-governmental/\n"
				   "提交 提交 [ti2 jiao1] /to submit (a report etc)/\n"
				   "材料 材料 [cai2 liao4] /material/data/\n"
				   "各國 各国 [ge4 guo2] /each country/States/\n"
				   "歡迎 欢迎 [huan1 ying2] /to welcome/\n";
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract_small_referenced("stakeholders", dict, reference,
				 "利益攸关方参与会议。\n\n非政府利益攸关方提交材料。\n\n各国欢迎利益攸关方参与。\n",
				 "Stakeholders participate in meetings.\n\nNon-governmental stakeholders submit materials.\n\n"
				 "States welcome the participation of stakeholders.\n",
				 &list);
	found(&list, "利益攸关方", "stakeholders");
	for (i = 0; i < list.count; i++) {
		const char *zh = list.items[i].zh;
		size_t n = strlen(zh);
		assert_true(strncmp(zh, "攸关方", strlen("攸关方")));
		assert_true(n < strlen("利益") || strcmp(zh + n - strlen("利益"), "利益"));
	}
	sy_candidate_list_free(&list);
}

/* 题为 / "entitled": CC-CEDICT lacks it, and the segmenter cuts 题|为, 为
 * a function word; 题 ("topic") was left as a word of the chunk before it
 * (咨询机构题 / advisory body). The general-language reference lists 题为 as
 * a verb: 题 is a bound, as 为 is. Not 树|上, which it lists as a place
 * word ("in the tree"): 树 stays a word. */
static void test_extract_bounds_a_chunk_at_a_character_of_a_function_verb(void **state)
{
	static const char reference[] = "题为 367 v\n题 5668 n\n为 295952 p\n树上 931 s\n";
	static const char dict[] = "諮詢 咨询 [zi1 xun2] /to consult/to seek advice/consultation/advisory/\n"
				   "機構 机构 [ji1 gou4] /mechanism/structure/organization/agency/body/\n"
				   "題 题 [ti2] /topic/problem for discussion/\n"
				   "治理 治理 [zhi4 li3] /to govern/governance/\n"
				   "報告 报告 [bao4 gao4] /to report/report/\n"
				   "各國 各国 [ge4 guo2] /each country/States/\n"
				   "樹 树 [shu4] /tree/\n"
				   "看見 看见 [kan4 jian4] /to see/\n"
				   "鳥 鸟 [niao3] /bird/\n";
	referenced r;
	sy_candidate_list list;
	size_t i;

	(void)state;
	referenced_open(&r, "entitled", dict, reference,
			"咨询机构题为《治理》的报告。\n\n各国欢迎咨询机构题为《报告》的报告。\n\n各国在树上看见鸟。\n",
			"The report of the advisory body entitled Governance.\n\n"
			"States welcomed the report of the advisory body entitled Report.\n\n"
			"States saw birds in the tree.\n");
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%题%"), 0);
	assert_int_equal(segments_with(r.tb, "zh_chunks", "%树%"), 1);
	referenced_extract(&r, &list);
	assert_non_null(find(&list, "咨询机构", "advisory body"));
	for (i = 0; i < list.count; i++)
		assert_null(strstr(list.items[i].zh, "题"));
	sy_candidate_list_free(&list);
	referenced_close(&r);
}

/* 维持和平行动 / peacekeeping operations: "peacekeeping" is a closed
 * compound of a noun and a gerund (peace + keeping), a noun that Hunspell
 * lists as it is, not a verb in -ing that begins the phrase; and the
 * phrase says both its parts (和平 "peace", 维持 "to keep"), so that 维和
 * ("peacekeeping"), a word outside it, does not take the word from it. */
static void test_extract_reads_a_closed_compound_in_ing_as_a_noun(void **state)
{
	static const char dict[] = "維持 维持 [wei2 chi2] /to keep/to maintain/to preserve/\n"
				   "和平 和平 [he2 ping2] /peace/peaceful/\n"
				   "行動 行动 [xing2 dong4] /operation/action/to act/\n"
				   "維和 维和 [wei2 he2] /peacekeeping/\n"
				   "人員 人员 [ren2 yuan2] /staff/crew/personnel/\n"
				   "安全 安全 [an1 quan2] /safe/secure/safety/security/\n"
				   "工作 工作 [gong1 zuo4] /to work/work/job/\n"
				   "支持 支持 [zhi1 chi2] /to support/\n"
				   "各國 各国 [ge4 guo2] /each country/States/\n";
	sy_candidate_list list;

	(void)state;
	extract_small("peacekeeping", dict, NULL, "各国支持维和人员的安全以及维持和平行动的工作。\n",
		      "States support the safety of peacekeepers and the work of peacekeeping operations.\n",
		      &list);
	assert_non_null(find(&list, "维持和平行动", "peacekeeping operations"));
	sy_candidate_list_free(&list);
}

/* 利益攸关方 / stakeholders, which CC-CEDICT lacks, written together in
 * every segment and apart in none: repetition says they translate each
 * other. 承认 ("to recognize") and 保留 ("to hold back") meet
 * "stakeholders" only by a part of it, a chance likeness that says
 * nothing of the word, and does not silence the repetition. */
static void test_extract_pairs_by_repetition_past_a_part_likeness(void **state)
{
	static const char dict[] = "承認 承认 [cheng2 ren4] /to admit/to concede/to recognize/recognition (diplomatic, "
				   "artistic etc)/to acknowledge/\n"
				   "保留 保留 [bao3 liu2] /to retain/to continue to have/to preserve/to maintain/to "
				   "reserve/reservations/to hold back (approval or acceptance)/\n"
				   "利益 利益 [li4 yi4] /benefit/(in sb's) interest/\n"
				   "專門 专门 [zhuan1 men2] /specialist/specialized/customized/\n"
				   "知識 知识 [zhi1 shi5] /knowledge/intellectual/\n"
				   "權利 权利 [quan2 li4] /power/right/privilege/\n"
				   "代表團 代表团 [dai4 biao3 tuan2] /delegation/\n"
				   "政府 政府 [zheng4 fu3] /government/\n";
	sy_candidate_list list;

	(void)state;
	extract_small("stakeholders", dict, NULL, "代表团承认利益攸关方的专门知识。\n\n政府保留利益攸关方的权利。\n",
		      "Delegations recognized the specialized knowledge of stakeholders.\n\n"
		      "Governments retain the rights of stakeholders.\n",
		      &list);
	assert_non_null(find(&list, "利益攸关方", "stakeholders"));
	sy_candidate_list_free(&list);
}

/* 星期二 / Tuesday, a day's name (CLDR's, through ICU), names a date, not
 * a concept: listed after the terms, as a place's name is. */
static void test_extract_lists_a_day_name_after_the_terms(void **state)
{
	static const char dict[] = "星期二 星期二 [xing1 qi1 er4] /Tuesday/\n"
				   "關鍵 关键 [guan1 jian4] /critical/key/\n"
				   "基礎設施 基础设施 [ji1 chu3 she4 shi1] /infrastructure/\n"
				   "保護 保护 [bao3 hu4] /to protect/protection/\n"
				   "對於 对于 [dui4 yu2] /regarding/for/\n";
	sy_candidate_list list;
	const sy_candidate *term, *day;

	(void)state;
	extract_small("day", dict, NULL,
		      "对于星期二：保护关键基础设施。\n\n对于星期二：保护关键基础设施。\n\n对于星期二。\n\n对于星期二。\n",
		      "For Tuesday: protect critical infrastructure.\n\n"
		      "For Tuesday: protect critical infrastructure.\n\nFor Tuesday.\n\nFor Tuesday.\n",
		      &list);
	term = found(&list, "基础设施", "infrastructure");
	day = found(&list, "星期二", "Tuesday");
	assert_true(term < day); /* earlier in the list */
	assert_true(day->score > term->score);
	sy_candidate_list_free(&list);
}

/* 透明度和网络复原力 / transparency and cyber resilience joins two terms
 * that stand alone more often, each a listed pair: it says nothing they
 * do not, and comes after the terms, though seen three times. */
static void test_extract_lists_a_coordination_of_listed_terms_after_them(void **state)
{
	sy_termbase *tb = termbase_with("joined.sqlite",
					"各国加强透明度和网络复原力。\n\n各国促进透明度和网络复原力。\n\n"
					"各国保护透明度和网络复原力。\n\n各国加强透明度。\n\n各国促进透明度。\n\n"
					"各国加强网络复原力。\n\n各国促进网络复原力。\n\n各国保护关键基础设施。\n",
					"States strengthen transparency and cyber resilience.\n\n"
					"States promote transparency and cyber resilience.\n\n"
					"States protect transparency and cyber resilience.\n\n"
					"States strengthen transparency.\n\nStates promote transparency.\n\n"
					"States strengthen cyber resilience.\n\nStates promote cyber resilience.\n\n"
					"States protect critical infrastructure.\n");
	sy_candidate_list list;
	const sy_candidate *term, *joined;

	(void)state;
	extract(tb, 0, &list);
	term = found(&list, "关键基础设施", "critical infrastructure");
	joined = found(&list, "透明度和网络复原力", "transparency and cyber resilience");
	assert_non_null(find(&list, "透明度", "transparency"));
	assert_non_null(find(&list, "网络复原力", "cyber resilience"));
	assert_true(joined->score > term->score);
	assert_true(term < joined); /* earlier in the list */
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "political and economic" qualifies two heads here: a free modifier, and
 * 政治和经济政策 / political and economic policies, seen twice, is two
 * terms, and ranks below a term seen once, where
 * "vulnerable and marginalized groups" (adjectives met before that head
 * only) is one. */
static void test_extract_ranks_adjectives_joined_before_many_heads_low(void **state)
{
	sy_termbase *tb = termbase_with("modifiers.sqlite",
					"关于政治和经济政策。\n\n关于政治和经济合作。\n\n"
					"加强政治和经济政策。\n\n加强政治和经济合作。\n\n关于关键基础设施。\n",
					"On political and economic policies.\n\n"
					"On political and economic cooperation.\n\n"
					"Strengthen political and economic policies.\n\n"
					"Strengthen political and economic cooperation.\n\n"
					"On critical infrastructure.\n");
	sy_candidate_list list;
	const sy_candidate *term, *joined;

	(void)state;
	extract(tb, 0, &list);
	term = found(&list, "关键基础设施", "critical infrastructure");
	joined = found(&list, "政治和经济政策", "political and economic policies");
	assert_true(joined->score < term->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 透明度 / transparency is a pair of derived abstract nouns (-度, -ency),
 * the classic single-word term; 基础设施 / infrastructure, as often seen
 * and as well explained, is two plain single words. */
static void test_extract_ranks_derived_nouns_as_a_unit(void **state)
{
	sy_termbase *tb = termbase_with("derived.sqlite", "各国加强透明度。\n\n各国保护基础设施。\n",
					"States strengthen transparency.\n\nStates protect infrastructure.\n");
	sy_candidate_list list;
	const sy_candidate *derived, *plain;

	(void)state;
	extract(tb, 0, &list);
	derived = found(&list, "透明度", "transparency");
	plain = found(&list, "基础设施", "infrastructure");
	assert_true(derived->score > plain->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 非盟 is 非洲联盟 shortened by taking characters, as Chinese shortens
 * names; where the Chinese says 非盟 the English says "the Union". That
 * pair is best for neither side ("Union" prefers the full form), and is
 * listed all the same: the abbreviation shares its full form's head. */
static void test_extract_lets_an_abbreviation_share_its_full_form(void **state)
{
	sy_termbase *tb = termbase_with("abbreviation.sqlite",
					"非洲联盟保护关键基础设施。\n\n非洲联盟加强网络复原力。\n\n"
					"非盟保护关键基础设施。\n\n非盟减少紧张。\n",
					"The African Union protects critical infrastructure.\n\n"
					"The African Union strengthens cyber resilience.\n\n"
					"The Union protects critical infrastructure.\n\n"
					"The Union reduces tension.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "非洲联盟", "African Union"));
	assert_non_null(find(&list, "非盟", "Union"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "信息和通信技术（信通技术）" for "information and communications
 * technologies (ICTs)", then 信通技术 where the English writes ICTs: the
 * acronym's segments are the short form's, not the long Chinese's, and
 * the long pair, seen once on each side, has the Dice of a pair seen
 * once (its score against 关键基础设施 / critical infrastructure). */
static void test_extract_counts_an_acronym_where_the_chinese_repeats_the_pair(void **state)
{
	static const char dict[] = "信息 信息 [xin4 xi1] /information/news/message/\n"
				   "通信技術 通信技术 [tong1 xin4 ji4 shu4] /communications technology/\n"
				   "信通技術 信通技术 [xin4 tong1 ji4 shu4] /ICT/\n"
				   "關鍵 关键 [guan1 jian4] /crucial point/crux/key/crucial/pivotal/\n"
				   "基礎設施 基础设施 [ji1 chu3 she4 shi1] /infrastructure/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/States/\n"
				   "使用 使用 [shi3 yong4] /to use/to employ/\n"
				   "保護 保护 [bao3 hu4] /to protect/to defend/\n"
				   "風險 风险 [feng1 xian3] /risk/hazard/\n"
				   "帶來 带来 [dai4 lai2] /to bring/\n";
	sy_candidate_list list;
	const sy_candidate *ict, *ci;

	(void)state;
	extract_small("acronym-count", dict, NULL,
		      "各国使用信息和通信技术（信通技术）。\n\n信通技术带来风险。\n\n各国保护信通技术。\n\n"
		      "各国保护关键基础设施。\n",
		      "States use information and communications technologies (ICTs).\n\nICTs bring risks.\n\n"
		      "States protect ICTs.\n\nStates protect critical infrastructure.\n",
		      &list);
	ict = found(&list, "信息和通信技术", "information and communications technologies");
	ci = found(&list, "关键基础设施", "critical infrastructure");
	/* 0.53 of it (a coordination seen once is lowered); 0.37 when the
	 * ICTs counted against the long Chinese (Dice 0.5). */
	assert_true(ict->score >= 0.45 * ci->score);
	sy_candidate_list_free(&list);
}

/* "世界卫生组织（世卫组织）" for "World Health Organization (WHO)": both
 * Chinese forms were listed with the expansion; the short form is the
 * acronym's, 世卫组织 / WHO (CC-CEDICT's "WHO" is the key of "who", a
 * function word, and no segment paired them). */
static void test_extract_gives_the_acronym_to_the_short_form(void **state)
{
	static const char dict[] =
		"世界衛生組織 世界卫生组织 [Shi4 jie4 Wei4 sheng1 Zu3 zhi1] /World Health Organization (WHO)/\n"
		"世衛組織 世卫组织 [Shi4 wei4 Zu3 zhi1] /World Health Organization (WHO)/abbr. for "
		"世界衛生組織|世界卫生组织[Shi4 jie4 Wei4 sheng1 Zu3 zhi1]/\n"
		"報告 报告 [bao4 gao4] /to inform/to report/report/\n"
		"攻擊 攻击 [gong1 ji1] /to attack/an attack/\n"
		"呼籲 呼吁 [hu1 yu4] /to call on (sb to do sth)/to appeal (to)/\n"
		"各國 各国 [ge4 guo2] /each country/every country/States/\n"
		"保護 保护 [bao3 hu4] /to protect/to defend/\n"
		"醫院 医院 [yi1 yuan4] /hospital/\n"
		"非洲聯盟 非洲联盟 [Fei1 zhou1 Lian2 meng2] /African Union/\n"
		"非盟 非盟 [Fei1 meng2] /African Union (AU)/abbr. for 非洲聯盟|非洲联盟/\n"
		"警告 警告 [jing3 gao4] /to warn/warning/\n";
	sy_candidate_list list;

	(void)state;
	extract_small("acronym-short", dict, NULL,
		      "世界卫生组织（世卫组织）报告了攻击。\n\n世卫组织呼吁各国保护医院。\n\n"
		      "非洲联盟（非盟）警告各国。\n\n非盟保护医院。\n",
		      "The World Health Organization (WHO) reported attacks.\n\n"
		      "WHO called on States to protect hospitals.\n\n"
		      "The African Union (AU) warned States.\n\nThe AU protects hospitals.\n",
		      &list);
	assert_non_null(find(&list, "世界卫生组织", "World Health Organization"));
	assert_non_null(find(&list, "世卫组织", "WHO"));
	assert_null(find(&list, "世卫组织", "World Health Organization"));
	/* Two such names in one text: each short form takes its acronym. */
	assert_null(find(&list, "非盟", "African Union"));
	assert_non_null(find(&list, "非盟", "AU"));
	sy_candidate_list_free(&list);
}

/* "protection of critical infrastructure" meets 关键基础设施 in two
 * segments and 关键基础设施保护 in one; but 关键基础设施 has its own
 * partner, and the English goes to the longer phrase, which adds its
 * head (保护 / protection) at the end. */
static void test_extract_gives_a_taken_partner_to_the_longer_phrase(void **state)
{
	sy_termbase *tb = termbase_with("longer.sqlite",
					"关键基础设施需要保护。\n\n关键基础设施减少紧张。\n\n"
					"各国加强关键基础设施保护。\n\n各国加强关键基础设施的保护。\n",
					"Critical infrastructure needs protection.\n\n"
					"Critical infrastructure reduces tension.\n\n"
					"States strengthen the protection of critical infrastructure.\n\n"
					"States strengthen the protection of critical infrastructure.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "关键基础设施", "critical infrastructure"));
	assert_non_null(find(&list, "关键基础设施保护", "protection of critical infrastructure"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "accrue" is in no CC-CEDICT gloss, and Hunspell inflects it as a verb
 * only (accruing, no "accrue's"): it ends the noun phrase before it, and
 * no candidate holds it. */
static void test_extract_ends_a_phrase_at_a_verb_only_hunspell_knows(void **state)
{
	sy_termbase *tb = termbase_with("accrue.sqlite",
					"数字转型带来各种好处。\n\n各国保护数字转型。\n",
					"The benefits of digital transformation accrue.\n\n"
					"States protect digital transformation.\n");
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "数字转型", "digital transformation"));
	for (i = 0; i < list.count; i++)
		assert_null(strstr(list.items[i].en, "accrue"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "the ASEAN Regional Forum described the work": a word in -ed before a
 * determiner is a verb (its object follows), never a word of the noun
 * phrase before it; Hunspell keeps "described" whole, and the verb is the
 * word less its -d. */
static void test_extract_ends_a_phrase_at_a_participle_before_a_determiner(void **state)
{
	sy_termbase *tb = termbase_with("described.sqlite",
					"东盟地区论坛的代表介绍了工作。\n\n各国支持东盟地区论坛。\n",
					"The representative of the ASEAN Regional Forum described the work.\n\n"
					"States support the ASEAN Regional Forum.\n");
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract(tb, 0, &list);
	assert_int_equal(segments_with(tb, "en_chunks", "%forum\tdescribed%"), 0);
	assert_int_equal(segments_with(tb, "en_chunks", "%forum\t!described%"), 0);
	for (i = 0; i < list.count; i++)
		assert_null(strstr(list.items[i].en, "described"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "the Convention on Certain Conventional Weapons": "certain" judges
 * rather than names and bounds a phrase, but capitalized inside a name,
 * after a word and before a capitalized word, it is the name's; the
 * sentence's first word and a word after a full stop are not. */
static void test_extract_keeps_a_capitalized_function_word_inside_a_name(void **state)
{
	sy_termbase *tb = termbase_with("certain.sqlite",
					"各国讨论了《特定常规武器公约》。\n\n某些国家支持该公约。\n",
					"States discussed the Convention on Certain Conventional Weapons.\n\n"
					"Certain States support the Convention.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_int_equal(segments_with(tb, "en_chunks", "%~on\tcertain%"), 1);
	assert_int_equal(segments_with(tb, "en_chunks", "%certain\tstates%"), 0);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "an operation that damages critical infrastructure": a word in -s before
 * an adjective and a noun is a verb (a plural noun is never followed by an
 * adjective inside its phrase), and no English candidate begins with it. */
static void test_extract_ends_a_phrase_at_a_verb_in_s_before_an_adjective(void **state)
{
	sy_termbase *tb = termbase_with("damages.sqlite",
					"损害关键基础设施的行动。\n\n各国保护关键基础设施。\n\n损害关键基础设施的行动。\n",
					"An operation that damages critical infrastructure.\n\n"
					"States protect critical infrastructure.\n\n"
					"An operation that damages critical infrastructure.\n");
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "基础设施", "infrastructure"));
	for (i = 0; i < list.count; i++)
		assert_null(strstr(list.items[i].en, "damages"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "means and methods of warfare", 作战手段和方法: the English shares its
 * complement between the conjuncts, the Chinese its modifier; seen once,
 * the coordination is one term, not two joined. */
static void test_extract_keeps_a_coordination_that_shares_a_complement(void **state)
{
	sy_termbase *tb = termbase_with("means.sqlite", "各国选择作战手段和方法。\n\n各国讨论了冲突。\n",
					"States select means and methods of warfare.\n\nStates discussed conflict.\n");
	sy_candidate_list list;
	size_t i, whole = SIZE_MAX, part = SIZE_MAX;

	(void)state;
	extract(tb, 0, &list);
	/* The whole first of the pairs about warfare (方法 / methods of warfare
	 * came before it, the whole lowered as two terms joined). */
	for (i = 0; i < list.count; i++) {
		if (!strcmp(list.items[i].zh, "作战手段和方法") && !strcmp(list.items[i].en, "means and methods of warfare"))
			whole = i;
		else if (strstr(list.items[i].en, "warfare") && part == SIZE_MAX)
			part = i;
	}
	assert_true(whole != SIZE_MAX);
	assert_true(part == SIZE_MAX || whole < part);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* The adverbs of phrasal verbs (look forward, looking ahead, come
 * together, left behind) are in no noun phrase. */
static void test_extract_reads_the_adverb_of_a_phrasal_verb_as_a_function_word(void **state)
{
	sy_termbase *tb = termbase_with("forward.sqlite",
					"我们期待工作组的报告。\n\n展望未来，各国合作。\n\n不让任何人掉队。\n",
					"We look forward to the report of the Working Group.\n\n"
					"Looking ahead, States come together.\n\nNo one is left behind.\n");

	(void)state;
	assert_int_equal(segments_with(tb, "en_chunks", "%forward%"), 0);
	assert_int_equal(segments_with(tb, "en_chunks", "%ahead%"), 0);
	assert_int_equal(segments_with(tb, "en_chunks", "%together%"), 0);
	assert_int_equal(segments_with(tb, "en_chunks", "%behind%"), 0);
	sy_termbase_close(tb);
}

/* 到, "to", "until", or a verb's complement cut apart from it (影响|到
 * 各国, "affects States"), is a function word: no chunk holds it. */
static void test_extract_reads_dao_as_a_function_word(void **state)
{
	sy_termbase *tb = termbase_with("dao.sqlite", "冲突影响到各国。\n\n冲突影响到各国人民。\n",
					"Conflict affects States.\n\nConflict affects the peoples of States.\n");

	(void)state;
	assert_int_equal(segments_with(tb, "zh_chunks", "%到%"), 0);
	sy_termbase_close(tb);
}

/* 多 after a number makes it approximate (90多个会员国, "more than 90 Member
 * States"): a count, not a number glued into a name as 77国集团's is. */
static void test_extract_reads_an_approximate_number_as_a_count(void **state)
{
	sy_termbase *tb = termbase_with("approx.sqlite",
					"已有90多个会员国提名了联络点。\n\n已有90多个会员国提交了报告。\n",
					"Over 90 Member States have nominated points of contact.\n\n"
					"Over 90 Member States have submitted reports.\n");

	(void)state;
	assert_int_equal(segments_with(tb, "zh_chunks", "%90%"), 0);
	sy_termbase_close(tb);
}

/* A word after "to" before an adjective and a noun is a verb (expected to
 * cause excessive harm); a noun before a noun after "to" stays one (to
 * conflict prevention). */
static void test_extract_ends_a_phrase_at_a_verb_after_to(void **state)
{
	sy_termbase *tb = termbase_with("to-verb.sqlite",
					"各方避免预计会造成过度伤害的攻击。\n\n各国致力于冲突预防。\n",
					"Parties refrain from attacks expected to cause excessive harm.\n\n"
					"States contribute to conflict prevention.\n");

	(void)state;
	assert_int_equal(segments_with(tb, "en_chunks", "%cause\texcessive%"), 0);
	assert_true(segments_with(tb, "en_chunks", "%conflict\tprevention%") > 0);
	sy_termbase_close(tb);
}

/* A past participle after a noun and before "in", "on" or "for" is a
 * clause of its own (disputes listed in Article 33): the noun phrase ends
 * before it; before "of" it may belong to the term (persons deprived of
 * liberty). */
static void test_extract_ends_a_phrase_before_a_participle_and_its_preposition(void **state)
{
	sy_termbase *tb = termbase_with("listed.sqlite",
					"各国利用第三十三条所列的和平解决争端的方法。\n\n被剥夺自由者受到保护。\n",
					"States use the means of peaceful settlement of disputes listed in Article 33.\n\n"
					"Persons deprived of liberty are protected.\n");

	(void)state;
	assert_int_equal(segments_with(tb, "en_chunks", "%dispute\tlisted%"), 0);
	assert_true(segments_with(tb, "en_chunks", "%settlement\t~of\tdisputes%") > 0);
	assert_true(segments_with(tb, "en_chunks", "%deprived%\t~of\tliberty%") > 0);
	sy_termbase_close(tb);
}

/* "The principles of humanity, necessity and distinction" writes
 * "principle" once for three conjuncts: "distinction" meets 区分原则 in both
 * segments, "principle of distinction" in one. The English that translates
 * the whole Chinese is listed, not the more frequent one cut short of its
 * head. */
static void test_extract_lists_the_english_that_adds_the_head(void **state)
{
	sy_termbase *tb = termbase_with("head.sqlite",
					"代表团提及人道原则、必要原则和区分原则。\n\n与会者讨论了区分原则应如何适用。\n",
					"Delegations referred to the principles of humanity, necessity and distinction.\n\n"
					"Participants discussed how the principle of distinction should apply.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	found(&list, "区分原则", "principle of distinction");
	assert_null(find(&list, "区分原则", "distinction"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 次 is a classifier (3次会议, "3 meetings") and the prefix "sub-" (次区域组织,
 * "subregional organizations"): without a number before it, it begins a
 * word the dictionary lacks, and the candidate. */
static void test_extract_reads_a_classifier_without_a_number_as_a_prefix(void **state)
{
	sy_termbase *tb = termbase_with("sub.sqlite",
					"各国与次区域组织合作。\n\n各国举行了3次会议。\n\n"
					"各国借鉴其他次区域组织的经验。\n\n各国举行了3次会议。\n",
					"States cooperate with subregional organizations.\n\n"
					"States held 3 meetings.\n\n"
					"States learn from other subregional organizations.\n\n"
					"States held 3 meetings.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "次区域组织", "subregional organizations"));
	/* After a number, a classifier: the chunk ends before it. */
	assert_int_equal(segments_with(tb, "zh_chunks", "%次\t会议%"), 0);
	assert_true(segments_with(tb, "zh_chunks", "%次\t区域%") > 0);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 伙伴关系 is 伙伴 "partner" and 关系 "relationship": English writes the class
 * in a suffix (partner|ship), and WordNet's partnership is a kind of
 * relationship. 关系 is explained, and the pair is whole. */
static void test_extract_reads_a_class_the_english_holds_in_a_suffix(void **state)
{
	static const char dict[] = "公私 公私 [gong1 si1] /public and private (interests, initiative etc)/\n"
				   "夥伴 伙伴 [huo3 ban4] /partner/companion/comrade/\n"
				   "關係 关系 [guan1 xi5] /relation/relationship/to concern/to affect/\n"
				   "重視 重视 [zhong4 shi4] /to attach importance to sth/to value/\n"
				   "我們 我们 [wo3 men5] /we/us/ourselves/our/\n";
	double t;

	(void)state;
	if (!synonyms_available())
		skip();
	t = translation_of("class", dict, "我们重视公私伙伴关系。\n", "We value public-private partnerships.\n",
			   "公私伙伴关系", "public-private partnerships");
	assert_true(t > 0.99);
}

/* "African Union Commission" ends with a word nothing in the segment
 * explains, and 委员会 ("committee") after 非洲联盟 explains no English word
 * by a sense of its own (only "Union", through its character 会): 非洲联盟 /
 * African Union Commission stops short of the word that names the body.
 * It took 非洲联盟 from its own name, African Union. */
static void test_extract_leaves_a_name_s_head_to_the_word_after_the_chinese(void **state)
{
	static const char dict[] = "非洲聯盟 非洲联盟 [fei1 zhou1 lian2 meng2] /African Union/\n"
				   "委員會 委员会 [wei3 yuan2 hui4] /committee/\n"
				   "會 会 [hui4] /can/to meet/union/group/association/\n"
				   "感謝 感谢 [gan3 xie4] /(express) thanks/to thank/\n"
				   "東道國 东道国 [dong1 dao4 guo2] /host country/\n";
	sy_candidate_list list;

	(void)state;
	extract_small("name-head", dict, NULL, "与会者感谢非洲联盟委员会和东道国。\n",
		      "Participants thanked the African Union Commission and the host country.\n", &list);
	found(&list, "非洲联盟", "African Union");
	sy_candidate_list_free(&list);
}

/* "红十字国际委员会（红十字委员会）" where the English writes "International
 * Committee of the Red Cross (ICRC)": the text defines its short form, which
 * drops a word (no abbreviation by characters), beside the acronym. The
 * short form is listed with the acronym; and a note in parentheses after
 * a name the English gives no acronym (医院) is no short form. */
static void test_extract_pairs_a_short_form_the_text_defines_with_the_acronym(void **state)
{
	static const char dict[] = "紅十字 红十字 [Hong2 shi2 zi4] /Red Cross/\n"
				   "國際 国际 [guo2 ji4] /international/\n"
				   "委員會 委员会 [wei3 yuan2 hui4] /committee/\n"
				   "衛生 卫生 [wei4 sheng1] /health/hygiene/\n"
				   "組織 组织 [zu3 zhi1] /to organize/organization/\n"
				   "呼籲 呼吁 [hu1 yu4] /to call on (sb to do sth)/to appeal (to)/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/States/\n"
				   "保護 保护 [bao3 hu4] /to protect/to defend/\n"
				   "醫院 医院 [yi1 yuan4] /hospital/\n"
				   "警告 警告 [jing3 gao4] /to warn/warning/\n";
	sy_candidate_list list;

	(void)state;
	extract_small("short-defined", dict, NULL,
		      "红十字国际委员会（红十字委员会）呼吁各国保护医院。\n\n红十字委员会警告各国。\n\n"
		      "卫生组织（医院）警告各国。\n",
		      "The International Committee of the Red Cross (ICRC) called on States to protect hospitals.\n\n"
		      "The ICRC warned States.\n\nHealth organizations warned States.\n",
		      &list);
	found(&list, "红十字国际委员会", "International Committee of the Red Cross");
	found(&list, "红十字委员会", "ICRC");
	assert_null(find(&list, "医院", "ICRC"));
	sy_candidate_list_free(&list);
}

/* "小岛屿发展中国家和最不发达国家" where the English writes "small island
 * developing States (SIDS) and least developed countries (LDCs)": the
 * Chinese coordination names two groups, the English phrase one, however
 * the dictionary finds the second in the first (发达国家, "developed
 * nation", meets "developing States" by their lemmas). Such a pair is no
 * translation; the first conjunct is. */
static void test_extract_pairs_no_chinese_coordination_with_english_that_joins_nothing(void **state)
{
	static const char dict[] = "小 小 [xiao3] /small/tiny/few/young/\n"
				   "島嶼 岛屿 [dao3 yu3] /island/\n"
				   "發展中國家 发展中国家 [fa1 zhan3 zhong1 guo2 jia1] /developing nation/\n"
				   "發達國家 发达国家 [fa1 da2 guo2 jia1] /developed nation/\n"
				   "國家 国家 [guo2 jia1] /country/nation/state/\n"
				   "強調 强调 [qiang2 diao4] /to emphasize (a statement)/to stress/\n"
				   "面臨 面临 [mian4 lin2] /to face sth/to be confronted with/\n"
				   "挑戰 挑战 [tiao3 zhan4] /to challenge/challenge/\n"
				   "參與 参与 [can1 yu4] /to participate (in sth)/participation/\n"
				   "確保 确保 [que4 bao3] /to ensure/to guarantee/\n"
				   "代表團 代表团 [dai4 biao3 tuan2] /delegation/\n";
	sy_candidate_list list;

	(void)state;
	extract_small("coordination", dict, NULL,
		      "代表团强调小岛屿发展中国家和最不发达国家面临的挑战。\n\n代表团确保小岛屿发展中国家和最不发达国家参与。\n",
		      "Delegations stressed the challenges faced by small island developing States (SIDS) and "
		      "least developed countries (LDCs).\n\nDelegations ensured the participation of SIDS and LDCs.\n",
		      &list);
	assert_null(find(&list, "小岛屿发展中国家和最不发达国家", "small island developing States"));
	sy_candidate_list_free(&list);
}

/* "systems based on machine learning", "early warning": a verb's -ing form
 * after a word, ending its phrase, is the head of a compound where the
 * Chinese writes the two as one noun (机器学习: 机器 "machine" and 学习 "to
 * learn" side by side; 预警, "early warning"). Where the Chinese does not,
 * the word before it is a subject and the -ing word its verb. */
static void test_extract_keeps_a_gerund_the_chinese_writes_as_a_compound(void **state)
{
	static const char dict[] = "代表團 代表团 [dai4 biao3 tuan2] /delegation/\n"
				   "討論 讨论 [tao3 lun4] /to discuss/to talk over/\n"
				   "基於 基于 [ji1 yu2] /because of/on the basis of/\n"
				   "機器 机器 [ji1 qi4] /machine/\n"
				   "學習 学习 [xue2 xi2] /to learn/to study/\n"
				   "系統 系统 [xi4 tong3] /system/\n"
				   "支持 支持 [zhi1 chi2] /to support/to back/\n"
				   "早期 早期 [zao3 qi1] /early period/early stage/\n"
				   "預警 预警 [yu4 jing3] /warning/early warning/\n"
				   "警告 警告 [jing3 gao4] /to warn/to caution/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/States/\n"
				   "正在 正在 [zheng4 zai4] /right in the middle of (doing sth)/\n";
	sy_candidate_list list;
	sy_termbase *tb;

	(void)state;
	tb = extract_small_open("gerund", dict, NULL,
				"代表团讨论了基于机器学习的系统。\n\n代表团支持早期预警。\n\n"
				"代表团讨论了机器学习。\n\n各国正在学习。\n",
				"Delegations discussed systems based on machine learning.\n\n"
				"Delegations support early warning.\n\n"
				"Delegations discussed machine learning.\n\nThe States concerned are learning.\n",
				&list);
	assert_int_equal(segments_with(tb, "en_chunks", "%machine\tlearning%"), 2);
	assert_int_equal(segments_with(tb, "en_chunks", "%early\twarning%"), 1);
	assert_non_null(find(&list, "机器学习", "machine learning"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "cyber diplomacy capacity", "cyber diplomacy training", "cyber diplomacy
 * courses": a noun phrase that only ever qualifies other nouns, before
 * different ones, is a term of its own (网络外交 / cyber diplomacy), not
 * a run of modifiers without a head (regional and national). */
static void test_extract_ranks_a_noun_that_only_qualifies_as_a_term(void **state)
{
	static const char dict[] = "網絡 网络 [wang3 luo4] /network/cyber/\n"
				   "外交 外交 [wai4 jiao1] /diplomacy/diplomatic/\n"
				   "能力 能力 [neng2 li4] /capability/ability/capacity/\n"
				   "培訓 培训 [pei2 xun4] /to train/training/\n"
				   "課程 课程 [ke4 cheng2] /course/\n"
				   "發展 发展 [fa1 zhan3] /development/to develop/\n"
				   "與會者 与会者 [yu4 hui4 zhe3] /participant/\n"
				   "討論 讨论 [tao3 lun4] /to discuss/\n"
				   "提供 提供 [ti2 gong1] /to offer/to provide/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/States/\n";
	sy_candidate_list list;
	const sy_candidate *whole, *part;
	sy_termbase *tb;

	(void)state;
	tb = extract_small_open("modifier", dict, NULL,
				"各国发展网络外交能力。\n\n与会者讨论了网络外交培训。\n\n各国提供网络外交课程。\n",
				"States develop their cyber diplomacy capacity.\n\n"
				"Participants discussed cyber diplomacy training.\n\n"
				"States offer cyber diplomacy courses.\n",
				&list);
	part = found(&list, "网络外交", "cyber diplomacy");
	whole = found(&list, "网络外交能力", "cyber diplomacy capacity");
	/* As a run of modifiers without a head it scored less than twice the
	 * longer phrase seen once. */
	assert_true(part->score > 3 * whole->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "erode trust in peace operations and obstruct humanitarian action": "and"
 * before a word mostly a verb and its object joins two predicates; the noun
 * phrase before it ends there, and no candidate runs across it. */
static void test_extract_ends_a_phrase_at_and_before_a_verb(void **state)
{
	static const char dict[] = "深度 深度 [shen1 du4] /depth/\n"
				   "偽造 伪造 [wei3 zao4] /to forge/to fake/\n"
				   "削弱 削弱 [xue1 ruo4] /to weaken/to erode/\n"
				   "和平 和平 [he2 ping2] /peace/peaceful/\n"
				   "行動 行动 [xing2 dong4] /operation/action/to move/\n"
				   "信任 信任 [xin4 ren4] /to trust/trust/\n"
				   "阻礙 阻碍 [zu3 ai4] /to obstruct/to hinder/\n"
				   "妨礙 妨碍 [fang2 ai4] /to hinder/to obstruct/\n"
				   "阻撓 阻挠 [zu3 nao2] /to thwart/to obstruct/\n"
				   "梗 梗 [geng3] /obstruct/\n"
				   "人道主義 人道主义 [ren2 dao4 zhu3 yi4] /humanism/humanitarian/\n";
	sy_candidate_list list;
	sy_termbase *tb;
	size_t i;

	(void)state;
	tb = extract_small_open("andverb", dict, NULL, "深度伪造可能削弱对和平行动的信任以及阻碍人道主义行动。\n",
				"Deepfakes could erode trust in peace operations and obstruct humanitarian action.\n",
				&list);
	assert_int_equal(segments_with(tb, "en_chunks", "%~and\t!obstruct%"), 0);
	assert_int_equal(segments_with(tb, "en_chunks", "%!obstruct\thumanitarian\taction%"), 1);
	for (i = 0; i < list.count; i++)
		assert_null(strstr(list.items[i].en, "and obstruct"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "the informal dialogue held in New York": "held", the past of "hold"
 * by WordNet's list of irregular forms, before its complement ends the
 * noun phrase, as a participle in -ed does (services provided to ...). */
static void test_extract_ends_a_phrase_at_an_irregular_participle(void **state)
{
	static const char dict[] = "非正式 非正式 [fei1 zheng4 shi4] /unofficial/informal/\n"
				   "對話 对话 [dui4 hua4] /dialogue/\n"
				   "舉行 举行 [ju3 xing2] /to hold (a meeting, ceremony etc)/\n"
				   "握 握 [wo4] /to hold/to grasp/\n"
				   "持有 持有 [chi2 you3] /to hold/\n"
				   "抱 抱 [bao4] /to hold/to carry (in one's arms)/\n"
				   "概述 概述 [gai4 shu4] /to summarize/\n"
				   "紐約 纽约 [Niu3 yue1] /New York/\n";
	sy_candidate_list list;
	sy_termbase *tb;

	(void)state;
	if (!synonyms_available())
		skip();
	tb = extract_small_open("held", dict, NULL, "本说明概述了在纽约举行的非正式对话。\n",
				"It summarizes the informal dialogue held in New York.\n", &list);
	assert_int_equal(segments_with(tb, "en_chunks", "%dialogue\theld%"), 0);
	assert_int_equal(segments_with(tb, "en_chunks", "%informal\tdialogue\n%"), 1);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* UN Chinese names a body by its subject, X问题Y, where the English says
 * "Y on X": 毒品和犯罪问题办公室 / Office on Drugs and Crime. Inside the
 * name, 问题 ("issue", "question") is no word the English leaves unsaid;
 * outside a name (安全问题 / security issues) it is a word like another. */
static void test_extract_reads_wenti_in_a_name_as_the_english_on(void **state)
{
	static const char dict[] = "毒品 毒品 [du2 pin3] /drugs/narcotics/\n"
				   "犯罪 犯罪 [fan4 zui4] /to commit a crime/crime/offense/\n"
				   "問題 问题 [wen4 ti2] /question/problem/issue/\n"
				   "辦公室 办公室 [ban4 gong1 shi4] /office/\n"
				   "聯合國 联合国 [Lian2 he2 guo2] /United Nations/\n"
				   "感謝 感谢 [gan3 xie4] /(express) thanks/to thank/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/States/\n";
	double t;

	(void)state;
	t = translation_of("wenti", dict, "各国感谢联合国毒品和犯罪问题办公室。\n",
			   "States thanked the United Nations Office on Drugs and Crime.\n",
			   "联合国毒品和犯罪问题办公室", "United Nations Office on Drugs and Crime");
	assert_true(t > 0.99);
}

/* 安全问题 is "security issue": the English phrase ends with "security", and
 * leaves the issue, the word's head, unsaid. The last words of both
 * phrases, the Chinese word is explained in half, as round 116 does for an
 * English phrase of one word. */
static void test_extract_reads_a_gloss_s_modifier_at_the_english_end_as_half_the_word(void **state)
{
	static const char dict[] = "供應鏈 供应链 [gong1 ying4 lian4] /supply chain/\n"
				   "安全問題 安全问题 [an1 quan2 wen4 ti2] /safety issue/security issue/\n"
				   "解決 解决 [jie3 jue2] /to settle (a dispute)/to resolve/to solve/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/States/\n";
	double t;

	(void)state;
	t = translation_of("modifier-end", dict, "各国应解决供应链安全问题。\n",
			   "States should address supply chain security.\n", "供应链安全问题", "supply chain security");
	assert_true(t < 0.9);
}

/* 建立, "to build", meets the "building" of confidence-building and of
 * capacity-building, the conjunct after "and": that conjunct says again
 * what the phrase says (能力建设 is its Chinese), and 建立 is wholly the
 * phrase's. */
static void test_extract_reads_a_conjunct_of_the_same_last_part_as_its_own(void **state)
{
	static const char dict[] = "建立 建立 [jian4 li4] /to establish/to set up/to found/to build/\n"
				   "信任 信任 [xin4 ren4] /to trust/to have confidence in/trust/confidence/\n"
				   "措施 措施 [cuo4 shi1] /measure/step/\n"
				   "能力 能力 [neng2 li4] /capability/ability/capacity/\n"
				   "建設 建设 [jian4 she4] /to build/to construct/construction/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/States/\n"
				   "重視 重视 [zhong4 shi4] /to attach importance to sth/to value/\n";
	double t;

	(void)state;
	t = translation_of("last-part", dict, "各国重视建立信任措施和能力建设。\n",
			   "States value confidence-building measures and capacity-building.\n", "建立信任措施",
			   "confidence-building measures");
	assert_true(t > 0.99);
}

/* 开放, "open", meets one part of Open-ended, a word of a name: it does not
 * translate the word, and the name's left-over runs (不限|成员|名额 and
 * Open-ended) still translate each other. Twice, after other words (欢迎,
 * 2021年), the whole name is the unit. */
static void test_extract_leaves_a_name_s_hyphenated_word_to_the_name(void **state)
{
	static const char dict[] = "開放 开放 [kai1 fang4] /to lift (a ban or restriction)/to open to the outside/open/\n"
				   "成員 成员 [cheng2 yuan2] /member/\n"
				   "名額 名额 [ming2 e2] /quota/number of places/\n"
				   "工作組 工作组 [gong1 zuo4 zu3] /work team/working group/task force/\n"
				   "報告 报告 [bao4 gao4] /to inform/to report/report/\n"
				   "環境 环境 [huan2 jing4] /environment/circumstances/\n"
				   "歡迎 欢迎 [huan1 ying2] /to welcome/welcome/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/States/\n"
				   "通過 通过 [tong1 guo4] /by means of/through/to pass/to adopt/\n";
	double t;

	(void)state;
	t = translation_of("name-part", dict,
			   "各国欢迎不限成员名额工作组的报告和开放的环境。\n\n2021年不限成员名额工作组通过了开放的报告。\n",
			   "States welcomed the report of the Open-ended Working Group and an open environment.\n\n"
			   "In 2021, the Open-ended Working Group adopted an open report.\n",
			   "不限成员名额工作组", "Open-ended Working Group");
	assert_true(t > 0.5);
}

/* "voluntary" names no thing: an English candidate of adjectives only
 * ranks below a pair of the same evidence that names one (各国 / States). */
static void test_extract_ranks_adjectives_alone_below_nouns(void **state)
{
	static const char dict[] = "自願 自愿 [zi4 yuan4] /voluntary/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/States/\n"
				   "援助 援助 [yuan2 zhu4] /to help/to support/to aid/aid/assistance/\n"
				   "承諾 承诺 [cheng2 nuo4] /to promise/commitment/\n";
	sy_candidate_list list;
	size_t i, voluntary = SIZE_MAX, states = SIZE_MAX;

	(void)state;
	if (!synonyms_available())
		skip();
	extract_small("adjectives", dict, NULL, "各国的援助是自愿的。\n\n各国的承诺是自愿的。\n",
		      "The assistance of States is voluntary.\n\nThe commitments of States are voluntary.\n", &list);
	for (i = 0; i < list.count; i++) {
		if (!strcmp(list.items[i].zh, "自愿") && !strcmp(list.items[i].en, "voluntary"))
			voluntary = i;
		if (!strcmp(list.items[i].zh, "各国") && !strcmp(list.items[i].en, "States"))
			states = i;
	}
	assert_true(states < list.count);
	assert_true(voluntary > states);
	sy_candidate_list_free(&list);
}

/* The segmenter writes 中 and 的 as one word (社会|中的|弱势群体, "groups in
 * society"): a function word, as 的 is; no candidate holds it. */
static void test_extract_reads_zhongde_as_a_function_word(void **state)
{
	sy_termbase *tb = termbase_with("zhongde.sqlite",
					"技术使社会中的弱势群体获得了发言权。\n\n技术使社会中的弱势群体获得了帮助。\n",
					"Technology gave a voice to vulnerable groups in society.\n\n"
					"Technology gave help to vulnerable groups in society.\n");
	sy_candidate_list list;

	(void)state;
	assert_int_equal(segments_with(tb, "zh_chunks", "%中的%"), 0);
	extract(tb, 0, &list);
	assert_true(list.count > 0);
	assert_no_pair_holding(&list, "中的", NULL);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 工作组 is "work team, working group, task force": "work" is a word of two
 * of its senses, but never their head, which says what it is (a team, a
 * group). "We support its work" does not translate 工作组 whole. */
static void test_extract_reads_a_gloss_s_modifier_alone_as_half_the_word(void **state)
{
	static const char dict[] = "工作組 工作组 [gong1 zuo4 zu3] /work team/working group/task force/\n"
				   "支持 支持 [zhi1 chi2] /to support/to back/\n"
				   "主席 主席 [zhu3 xi2] /chairperson/premier/chairman/\n"
				   "召開 召开 [zhao4 kai1] /to convene/\n"
				   "會議 会议 [hui4 yi4] /meeting/conference/\n";
	sy_candidate_list list;
	const sy_candidate *work;

	(void)state;
	extract_small("modifier", dict, NULL, "我们支持工作组。\n\n主席召开了会议。\n",
		      "We support its work.\n\nThe Chair convened a meeting.\n", &list);
	work = find(&list, "工作组", "work");
	assert_true(!work || work->translation < 0.9);
	/* chair, another name walk_gloss gives for chairman, is a sense of
	 * one word, as chairman is. */
	assert_true(found(&list, "主席", "Chair")->translation > 0.99);
	sy_candidate_list_free(&list);
}

/* 外交联络点和技术联络点 is cut 外交|联络|点|和|技术|联络|点: the first 点
 * is the tail of 外交联络点, and begins no coordination (点和技术联络点). */
static void test_extract_begins_no_coordination_with_a_word_s_tail(void **state)
{
	static const char dict[] = "外交 外交 [wai4 jiao1] /diplomacy/diplomatic/\n"
				   "聯絡 联络 [lian2 luo4] /to get in touch with/contact/\n"
				   "點 点 [dian3] /point/dot/\n"
				   "技術 技术 [ji4 shu4] /technology/technique/technical/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/\n"
				   "指定 指定 [zhi3 ding4] /to appoint/to designate/\n";
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract_small("conj-tail", dict, NULL, "各国指定外交联络点和技术联络点。\n",
		      "States designate diplomatic and technical points of contact.\n", &list);
	found(&list, "技术联络点", "technical points of contact");
	for (i = 0; i < list.count; i++)
		assert_false(!strncmp(list.items[i].zh, "点和", strlen("点和")));
	sy_candidate_list_free(&list);
}

/* "and the" joins two phrases, each with its article (the Working Group
 * and the Expert Group): no candidate runs across it. */
static void test_extract_ends_a_phrase_at_and_the(void **state)
{
	sy_termbase *tb = termbase_with("and-the.sqlite",
					"工作组和专家组的成果。\n\n工作组和专家组的报告。\n\n工作组和专家组的成果。\n",
					"The outcomes of the Working Group and the Expert Group.\n\n"
					"The reports of the Working Group and the Expert Group.\n\n"
					"The outcomes of the Working Group and the Expert Group.\n");
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract(tb, 0, &list);
	assert_true(list.count > 0);
	for (i = 0; i < list.count; i++)
		assert_null(strstr(list.items[i].en, " and the "));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 性's sense "suffix forming noun from adjective" describes the
 * character; "forming" translates nothing, and 系统性 has no evidence for
 * "transformation" (whose tail "formation" it met). */
static void test_extract_reads_no_translation_in_a_grammar_sense(void **state)
{
	sy_termbase *tb = termbase_with("grammar.sqlite", "系统性需要保护。\n\n系统性需要保护。\n",
					"Transformation needs protection.\n\n"
					"Transformation needs protection.\n");
	sy_candidate_list list;
	const sy_candidate *c;

	(void)state;
	extract(tb, 0, &list);
	c = find(&list, "系统性", "transformation");
	assert_true(!c || c->translation < 0.5);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 指导性问题 is cut 指导|性|问题: the suffix 性 is translated inside
 * "guiding", as English derives the word, and the pair is fully
 * explained (0.89 when 性 counted as a word nothing translates). */
static void test_extract_reads_a_chinese_suffix_in_its_root_translation(void **state)
{
	sy_termbase *tb = termbase_with("suffix.sqlite", "各国讨论指导性问题。\n\n各国回答指导性问题。\n",
					"States discuss the guiding questions.\n\n"
					"States answer the guiding questions.\n");
	sy_candidate_list list;
	const sy_candidate *c;

	(void)state;
	extract(tb, 0, &list);
	c = found(&list, "指导性问题", "guiding questions");
	assert_true(c->translation > 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "members of the Security Council" is the listed name and a common noun
 * in lower case: a free combination of the term, which ranks below a
 * term seen once. */
static void test_extract_ranks_a_name_and_a_common_noun_low(void **state)
{
	sy_termbase *tb = termbase_with("name_noun.sqlite",
					"安全理事会讨论网络复原力。\n\n安全理事会加强网络复原力。\n\n"
					"安全理事会成员讨论。\n\n各国保护关键基础设施。\n",
					"The Security Council discusses cyber resilience.\n\n"
					"The Security Council strengthens cyber resilience.\n\n"
					"The members of the Security Council discuss.\n\n"
					"States protect critical infrastructure.\n");
	sy_candidate_list list;
	const sy_candidate *term, *combination;

	(void)state;
	extract(tb, 0, &list);
	term = found(&list, "关键基础设施", "critical infrastructure");
	combination = found(&list, "安全理事会成员", "members of the Security Council");
	assert_non_null(find(&list, "安全理事会", "Security Council"));
	assert_true(combination->score < term->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "Committee of the Security Council" is two listed names, the owner's
 * after "of": the same body named twice, which ranks below a term seen
 * once, as a listed name and a common noun do. */
static void test_extract_ranks_a_listed_name_of_a_listed_name_low(void **state)
{
	sy_termbase *tb = termbase_with("name_of_name.sqlite",
					"各国保护安全理事会。\n\n各国加强安全理事会。\n\n各国保护委员会。\n\n"
					"各国加强委员会。\n\n各国保护安全理事会委员会。\n\n各国保护关键基础设施。\n",
					"States protect the Security Council.\n\n"
					"States strengthen the Security Council.\n\n"
					"States protect the Committee.\n\n"
					"States strengthen the Committee.\n\n"
					"States protect the Committee of the Security Council.\n\n"
					"States protect critical infrastructure.\n");
	sy_candidate_list list;
	const sy_candidate *term, *twice_named;

	(void)state;
	extract(tb, 0, &list);
	term = found(&list, "关键基础设施", "critical infrastructure");
	twice_named = found(&list, "安全理事会委员会", "Committee of the Security Council");
	assert_non_null(find(&list, "委员会", "Committee"));
	assert_true(twice_named->score < term->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "President of the Security Council" is a title of the body, not two
 * names: the text writes "President" nowhere but before "of the Security
 * Council", so it is no listed name on its own, whatever 主席 is listed
 * with; it ranks as a term seen as often (round 162). */
static void test_extract_ranks_a_title_of_a_listed_name_as_a_term(void **state)
{
	sy_termbase *tb = termbase_with("title_of_name.sqlite",
					"各国保护安全理事会。\n\n各国加强安全理事会。\n\n各国支持安全理事会的主席。\n\n"
					"各国致函安全理事会的主席。\n\n各国感谢安全理事会主席。\n\n各国保护关键基础设施。\n",
					"States protect the Security Council.\n\n"
					"States strengthen the Security Council.\n\n"
					"States support the President of the Security Council.\n\n"
					"States write to the President of the Security Council.\n\n"
					"States thank the President of the Security Council.\n\n"
					"States protect critical infrastructure.\n");
	sy_candidate_list list;
	const sy_candidate *term, *title;

	(void)state;
	extract(tb, 0, &list);
	term = found(&list, "关键基础设施", "critical infrastructure");
	title = found(&list, "安全理事会主席", "President of the Security Council");
	assert_non_null(find(&list, "主席", "President"));
	assert_true(title->score > term->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "Field of Information and Telecommunications" only ever continues
 * "Developments in the", inside a name longer than any candidate: a
 * piece of a name, listed after the terms (a term seen once comes
 * first). */
static void test_extract_lists_a_piece_of_a_name_after_the_terms(void **state)
{
	sy_termbase *tb = termbase_with(
		"name_piece.sqlite", "各国加强信息和电信领域。\n\n各国保护信息和电信领域。\n\n各国保护关键基础设施。\n",
		"States strengthen the Group on Developments in the Field of Information and "
		"Telecommunications.\n\n"
		"States protect the Group on Developments in the Field of Information and "
		"Telecommunications.\n\n"
		"States protect critical infrastructure.\n");
	sy_candidate_list list;
	const sy_candidate *term, *piece;

	(void)state;
	extract(tb, 0, &list);
	term = found(&list, "关键基础设施", "critical infrastructure");
	piece = found(&list, "信息和电信领域", "Field of Information and Telecommunications");
	assert_true(piece > term); /* later in the list */
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* A dictionary for the Open-ended Working Group, which lacks 不限
 * ("unlimited", as CC-CEDICT does) and whose 成员, 名额 ("member", "quota")
 * say nothing of "Open-ended"; 展 meets its "open" as in CC-CEDICT. */
static const char oewg_dict[] = "信息 信息 [xin4 xi1] /information/\n"
				"安全 安全 [an1 quan2] /safe/secure/security/\n"
				"成員 成员 [cheng2 yuan2] /member/\n"
				"名額 名额 [ming2 e2] /quota/number of places/\n"
				"工作組 工作组 [gong1 zuo4 zu3] /working group/task force/\n"
				"問題 问题 [wen4 ti2] /question/problem/issue/\n"
				"會議 会议 [hui4 yi4] /meeting/conference/\n"
				"領域 领域 [ling3 yu4] /domain/sphere/field/\n"
				"發展 发展 [fa1 zhan3] /development/growth/to develop/\n"
				"通過 通过 [tong1 guo4] /to pass/to adopt/\n"
				"報告 报告 [bao4 gao4] /to report/report/\n"
				"展 展 [zhan3] /to spread out/to open up/\n";
static const char oewg_reference[] = "不限 3 a\n成员 9890 n\n名额 1731 n\n工作组 263 n\n问题 50000 n\n";

/* "领域的发展不限成员名额工作组" / "the Open-ended Working Group on
 * Development in the Field": CC-CEDICT explains none of 不限成员名额, nor
 * "Open-ended", and the pair of those two runs is credited only whole. The
 * name's Chinese is not cut after 不限 (成员名额工作组, a piece of the run),
 * and 工作组 alone, before which a word of the name stands unexplained,
 * is no translation of the whole name. */
static void test_extract_keeps_a_name_s_unexplained_run_whole(void **state)
{
	sy_candidate_list list;

	(void)state;
	extract_small_referenced("oewgrun", oewg_dict, oewg_reference,
				 "领域的发展不限成员名额工作组通过了报告。\n",
				 "The Open-ended Working Group on Development in the Field adopted a report.\n", &list);
	found(&list, "不限成员名额工作组", "Open-ended Working Group");
	assert_null(find(&list, "成员名额工作组", "Open-ended Working Group"));
	assert_null(find(&list, "工作组", "Open-ended Working Group"));
	sy_candidate_list_free(&list);
}

/* "安全问题不限成员名额工作组" / "the Open-ended Working Group on security":
 * 问题 closes the subject before it (X问题Y, "Y on X"), and a name's Chinese
 * does not begin with it. */
static void test_extract_begins_no_name_with_the_word_of_its_subject(void **state)
{
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract_small_referenced("oewgsubject", oewg_dict, oewg_reference,
				 "安全问题不限成员名额工作组举行会议。\n",
				 "The Open-ended Working Group on security held a meeting.\n", &list);
	found(&list, "不限成员名额工作组", "Open-ended Working Group");
	for (i = 0; i < list.count; i++)
		assert_true(strncmp(list.items[i].zh, "问题", strlen("问题")));
	sy_candidate_list_free(&list);
}

/* "the adoption by the General Assembly of the United Nations Convention
 * against Cybercrime": two names joined by "of", the first of two words;
 * the Convention's name is no piece of a longer one, and ranks among the
 * terms (before a term seen once, as a name does). */
static void test_extract_reads_two_names_joined_by_of_as_two(void **state)
{
	static const char dict[] = "大會 大会 [da4 hui4] /general assembly/General Assembly/\n"
				   "通過 通过 [tong1 guo4] /to pass/to adopt/\n"
				   "聯合國 联合国 [Lian2 he2 guo2] /United Nations/\n"
				   "打擊 打击 [da3 ji1] /to hit/to strike/to combat/\n"
				   "網絡犯罪 网络犯罪 [wang3 luo4 fan4 zui4] /cybercrime/\n"
				   "公約 公约 [gong1 yue1] /convention (i.e. international agreement)/\n"
				   "歡迎 欢迎 [huan1 ying2] /to welcome/\n"
				   "保護 保护 [bao3 hu4] /to protect/protection/\n"
				   "關鍵 关键 [guan1 jian4] /crucial point/critical/key/\n"
				   "基礎設施 基础设施 [ji1 chu3 she4 shi1] /infrastructure/\n"
				   "各國 各国 [ge4 guo2] /each country/States/\n";
	sy_candidate_list list;
	const sy_candidate *term, *name;

	(void)state;
	extract_small("twonames", dict, NULL, "各国欢迎大会通过联合国打击网络犯罪公约。\n\n各国保护关键基础设施。\n",
		      "States welcomed the adoption by the General Assembly of the United Nations Convention "
		      "against Cybercrime.\n\nStates protect critical infrastructure.\n",
		      &list);
	term = found(&list, "关键基础设施", "critical infrastructure");
	name = found(&list, "联合国打击网络犯罪公约", "United Nations Convention against Cybercrime");
	assert_true(name < term);
	sy_candidate_list_free(&list);
}

/* The head of a longer pair (网络事件 / cyber incidents in 重大网络事件 /
 * major cyber incidents: a modifier dropped on both sides)
 * names the kind the whole narrows, and is listed beside it; but where
 * the modifier makes a listed term with the head's last word (关键基础设施
 * / critical infrastructure), it was inserted into that term, and
 * 数字基础设施 / digital infrastructure is a piece of 关键数字基础设施. */
static void test_extract_keeps_the_head_of_a_longer_pair(void **state)
{
	sy_termbase *tb = termbase_with("head.sqlite",
					"各国减少重大网络事件。\n\n各国保护关键基础设施。\n\n"
					"各国加强关键基础设施。\n\n各国保护关键数字基础设施。\n",
					"States reduce major cyber incidents.\n\n"
					"States protect critical infrastructure.\n\n"
					"States strengthen critical infrastructure.\n\n"
					"States protect critical digital infrastructure.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "重大网络事件", "major cyber incidents"));
	assert_non_null(find(&list, "网络事件", "cyber incidents"));
	assert_non_null(find(&list, "关键数字基础设施", "critical digital infrastructure"));
	assert_null(find(&list, "数字基础设施", "digital infrastructure"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "health-care facilities" hyphenates the noun "health care" as a
 * modifier: written open elsewhere, the phrase is two words, not one
 * everyday word (the form that lowers 国家 / States), and the term is
 * written open; it ranks with a once-seen pair of two words. */
static void test_extract_reads_a_hyphenated_modifier_as_its_open_compound(void **state)
{
	sy_termbase *tb = termbase_with("hyphen.sqlite",
					"各国保护医疗设施。\n\n各国加强医疗保健。\n\n各国加强数字服务。\n",
					"States protect health-care facilities.\n\n"
					"States strengthen health care.\n\n"
					"States strengthen digital services.\n");
	sy_candidate_list list;
	const sy_candidate *term, *other;

	(void)state;
	extract(tb, 0, &list);
	term = found(&list, "医疗保健", "health care");
	other = found(&list, "数字服务", "digital services");
	assert_true(term->score > 0.8 * other->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* An adjective in -ious is its noun's derivative: 恶意 "malice" explains
 * malicious (malic|ious, as malice is malic|e), as a Chinese noun before
 * a noun modifies it and English makes the adjective. Seen once: twice,
 * the gloss "malicious" is learned (test_extract_learns_a_gloss_the_dictionary_lacks). */
static void test_extract_reads_an_adjective_in_ious_as_its_noun(void **state)
{
	static const char dict[] = "惡意 恶意 [e4 yi4] /malice/evil intention/\n"
				   "活動 活动 [huo2 dong4] /to exercise/activity/\n"
				   "應對 应对 [ying4 dui4] /to respond/to handle/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/\n";

	(void)state;
	assert_true(translation_of("ious", dict, "各国谴责恶意活动。\n\n各国应对。\n",
				   "States condemn malicious activities.\n\nStates respond.\n",
				   "恶意活动", "malicious activities") > 0.99);
}

/* "disinformation" is dis- and information: 信息 explains its tail, and
 * 虚假 ("false") is left over beside the prefix. Without the prefix
 * among the combining forms, the word is one and unexplained, and
 * 虚假信息 / disinformation, seen three times, was not translated at all. */
static void test_extract_reads_a_word_in_dis_as_its_prefix_and_tail(void **state)
{
	static const char dict[] = "虛假 虚假 [xu1 jia3] /false/fake/\n"
				   "信息 信息 [xin4 xi1] /information/news/message/\n"
				   "傳播 传播 [chuan2 bo1] /to disseminate/to spread/\n"
				   "應對 应对 [ying4 dui4] /to respond/to handle/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/\n";

	(void)state;
	assert_true(translation_of("dis", dict, "各国应对虚假信息。\n\n虚假信息传播。\n\n各国应对虚假信息。\n",
				   "States respond to disinformation.\n\nDisinformation spreads.\n\n"
				   "States respond to disinformation.\n",
				   "虚假信息", "disinformation") > 0.5);
}

/* 不限成员名额 is "open-ended" in UN Chinese only: the segmenter cuts it
 * 不限|成员|名额, three words the dictionary leaves over against one
 * English word. In a name, one run of left-over words on each side is
 * credited as a left-over pair is, whatever the numbers of words. */
static void test_extract_credits_a_run_of_left_over_words_in_a_name(void **state)
{
	static const char dict[] = "工作組 工作组 [gong1 zuo4 zu3] /working group/task force/\n"
				   "歡迎 欢迎 [huan1 ying2] /to welcome/welcome/\n"
				   "支持 支持 [zhi1 chi2] /to support/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/\n";

	(void)state;
	/* 0.61 as words, 0.81 as a run */
	assert_true(translation_of("run", dict, "各国欢迎不限成员名额工作组。\n\n各国支持不限成员名额工作组。\n",
				   "States welcomed the Open-ended Working Group.\n\n"
				   "States supported the Open-ended Working Group.\n",
				   "不限成员名额工作组", "Open-ended Working Group") > 0.7);
}

/* 冠状|病毒|病 is "coronavirus disease", but 病毒 explains only the tail
 * of "coronavirus": a phrase that starts after a word of its chunk and
 * claims a compound by its tail alone leaves the compound's head to that
 * word. 病毒病 is cut inside the unit and is not fully explained; where
 * the phrase holds the word that explains the head (网络威胁 /
 * cyberthreats), it is. */
static void test_extract_leaves_a_compound_head_to_the_word_before(void **state)
{
	sy_termbase *tb = termbase_with("compound.sqlite", "各国报告冠状病毒病。\n\n各国应对网络威胁。\n",
					"States report coronavirus disease.\n\n"
					"States counter cyberthreats.\n");
	sy_candidate_list list;
	const sy_candidate *fragment, *whole;

	(void)state;
	extract(tb, 0, &list);
	fragment = find(&list, "病毒病", "coronavirus disease");
	whole = found(&list, "网络威胁", "cyberthreats");
	assert_true(whole->translation > 0.99);
	assert_true(!fragment || fragment->translation < 0.9);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "the conduct of States in cyberspace" holds "States", which 各国, a
 * word outside 网络空间行为, translates: the English says more than the
 * Chinese phrase, and the pair has no evidence. "capacity" in
 * capacity-building is explained by nothing in its segment (a gap of the
 * dictionary: 能力 is "capability"), and 能力建设 keeps its pair. */
static void test_extract_gives_no_evidence_to_english_another_word_translates(void **state)
{
	sy_termbase *tb = termbase_with("claimed.sqlite",
					"国际法指导各国的网络空间行为。\n\n各国报告各自的网络空间行为。\n\n"
					"各国加强能力建设。\n",
					"International law guides the conduct of States in cyberspace.\n\n"
					"Each reports on the conduct of States in cyberspace.\n\n"
					"States strengthen capacity-building.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_null(find(&list, "网络空间行为", "conduct of States in cyberspace"));
	assert_non_null(find(&list, "能力建设", "capacity-building"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* A number written straight onto a Chinese word, which the English
 * writes too, is part of a name on both sides (77国集团 / Group of 77);
 * so is a year written onto one through 年 that English puts between the
 * article and the name (2030年议程 / the 2030 Agenda). A year that dates
 * ("In 2015 Member States") and a number before a classifier (193个) still
 * bound a phrase, and a number is no candidate alone. */
static void test_extract_keeps_a_number_both_sides_write_in_a_name(void **state)
{
	sy_termbase *tb = termbase_with("number.sqlite",
					"77国集团支持和平。\n\n2021年77国集团发言。\n\n"
					"2030年议程很重要。\n\n2015年会员国通过了2030年议程。\n\n"
					"193个会员国发言。\n",
					"The Group of 77 supports peace.\n\n"
					"In 2021 the Group of 77 made a statement.\n\n"
					"The 2030 Agenda is important.\n\n"
					"In 2015 Member States adopted the 2030 Agenda.\n\n"
					"The 193 Member States spoke.\n");
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "77国集团", "Group of 77"));
	assert_non_null(find(&list, "2030年议程", "2030 Agenda"));
	for (i = 0; i < list.count; i++) {
		const sy_candidate *c = &list.items[i];
		assert_null(strstr(c->zh, "2021"));
		assert_null(strstr(c->en, "2021"));
		assert_null(strstr(c->zh, "2015"));
		assert_null(strstr(c->zh, "193"));
		assert_string_not_equal(c->zh, "77");
		assert_string_not_equal(c->zh, "2030");
	}
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* A numbered reference both sides write is one word on each side
 * (第五十一条 / Article 51; 第六章 / Chapter VI; 第76/19号决议 / resolution
 * 76/19), listed after the terms as a citation; no piece of one (十一条 /
 * Article) and no phrase past its end (第六章承担, 第76/19号决议中请) is
 * listed. */
static void test_extract_lists_a_numbered_reference_as_a_citation(void **state)
{
	sy_termbase *tb = termbase_with("numbered.sqlite",
					"关于《宪章》第五十一条，各国回顾了集体自卫。\n\n"
					"各国回顾了第六章承担的义务和集体自卫。\n\n"
					"大会第76/19号决议中请会员国保护关键基础设施。\n\n"
					"各国保护关键基础设施。\n",
					"With regard to Article 51 of the Charter, States recalled collective "
					"self-defence.\n\n"
					"States recalled their obligations under Chapter VI and collective self-defence.\n\n"
					"General Assembly resolution 76/19 called upon Member States to protect critical "
					"infrastructure.\n\n"
					"States protect critical infrastructure.\n");
	static const char *const pieces[] = {"十一条", "第五", "第六章承担"};
	sy_candidate_list list;
	const sy_candidate *term, *article, *chapter;

	(void)state;
	extract(tb, 0, &list);
	term = found(&list, "集体自卫", "collective self-defence");
	article = found(&list, "第五十一条", "Article 51");
	chapter = found(&list, "第六章", "Chapter VI");
	found(&list, "第76/19号决议", "resolution 76/19");
	assert_true(term < article && term < chapter); /* earlier in the list */
	assert_no_chinese(&list, pieces, 3);
	assert_no_pair_holding(&list, "决议中", NULL);
	assert_no_pair_holding(&list, NULL, "Article of");
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* English puts a no-break space between a number and the word after it
 * as often as a space ("the 2030\u00a0Agenda"): the year names the Agenda
 * all the same, and 2030年议程 stays whole. */
static void test_extract_reads_a_year_before_a_no_break_space_as_in_a_name(void **state)
{
	sy_termbase *tb = termbase_with("number_nbsp.sqlite",
					"2030年议程很重要。\n\n我们落实2030年议程。\n",
					"The 2030\xc2\xa0" "Agenda is important.\n\n"
					"We implement the 2030\xc2\xa0" "Agenda.\n");
	sy_candidate_list list;
	size_t i;
	int whole = 0;

	(void)state;
	extract(tb, 0, &list);
	for (i = 0; i < list.count; i++)
		whole |= !strcmp(list.items[i].zh, "2030年议程");
	assert_true(whole);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 常驻联合国观察员 / permanent observers to the United Nations: Chinese
 * writes the post (联合国) inside the title, English after it as "to the
 * United Nations". The title is 常驻观察员 / permanent observers, and the
 * post a name of its own: counted with the title the text writes whole
 * (联合国常驻观察员), and no candidate keeps the post inside the title,
 * nor inside one whose noun the dictionary does not give (代表团 /
 * Mission). */
static void test_extract_takes_a_title_s_post_out_of_it(void **state)
{
	sy_termbase *tb = termbase_with("post.sqlite",
					"常驻联合国观察员发言。\n\n常驻联合国观察员提交报告。\n\n"
					"联合国常驻观察员发言。\n\n常驻联合国代表团发言。\n\n"
					"常驻联合国代表团提交报告。\n",
					"The permanent observers to the United Nations spoke.\n\n"
					"The permanent observers to the United Nations submit a report.\n\n"
					"The United Nations permanent observers spoke.\n\n"
					"The Permanent Mission to the United Nations spoke.\n\n"
					"The Permanent Mission to the United Nations submits a report.\n");
	sy_candidate_list list;
	const sy_candidate *title;
	size_t i;

	(void)state;
	extract(tb, 0, &list);
	title = found(&list, "常驻观察员", "permanent observers");
	assert_int_equal(title->zh_frequency, 3);
	assert_non_null(find(&list, "常驻代表团", "Permanent Mission"));
	for (i = 0; i < list.count; i++)
		assert_null(strstr(list.items[i].zh, "常驻联合国"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* A title's post that ends the segment's Chinese (常驻联合国, nothing
 * after it) leaves no title's noun to look at: the look for one stops at
 * the last word. The paddings put that last word, in one segment or
 * another, at the end of the words' allocation, where reading past it is
 * what the sanitizer build sees. */
static void test_extract_reads_no_word_after_a_post_that_ends_the_segment(void **state)
{
	char zh[16 * 96], en[16 * 48];
	size_t i, zn = 0, en_len = 0, pad;
	sy_termbase *tb;
	sy_candidate_list list;

	(void)state;
	for (i = 0; i < 16; i++) {
		zn += (size_t)snprintf(zh + zn, sizeof zh - zn, "会议");
		for (pad = 0; pad < 54 + i; pad++)
			zh[zn++] = 'a';
		zn += (size_t)snprintf(zh + zn, sizeof zh - zn, "常驻联合国\n\n");
		en_len += (size_t)snprintf(en + en_len, sizeof en - en_len,
					   "Permanent to the United Nations\n\n");
	}
	zh[zn] = '\0';
	tb = termbase_with("post_at_end.sqlite", zh, en);
	extract(tb, 0, &list);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 视频会议 / videoconference is a word CC-CEDICT lists whole, and the
 * text only ever writes it after a modifier (公开视频会议 / open
 * videoconference): it never stands outside the longer phrase, but it
 * heads it on both sides, and the modifier narrows the kind it names
 * rather than making it a piece. Listed beside the whole. Where the word
 * only ever modifies a head of its own (视频会议系统 / videoconference
 * systems), it is a piece, as before. */
static void test_extract_lists_a_dictionary_word_the_text_only_modifies(void **state)
{
	sy_termbase *tb = termbase_with("dictionary-head.sqlite",
					"各国举行公开视频会议。\n\n各国报告公开视频会议。\n",
					"States hold an open videoconference.\n\n"
					"States report on the open videoconference.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_non_null(find(&list, "公开视频会议", "open videoconference"));
	assert_non_null(find(&list, "视频会议", "videoconference"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);

	tb = termbase_with("dictionary-piece.sqlite", "各国使用视频会议系统。\n\n各国报告视频会议系统。\n",
			   "States use videoconference systems.\n\n"
			   "States report on videoconference systems.\n");
	extract(tb, 0, &list);
	assert_non_null(find(&list, "视频会议系统", "videoconference systems"));
	assert_null(find(&list, "视频会议", "videoconference"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);

	/* The word's own senses: 委员会 is "committee"; "group" is its part
	 * 会's, and gives no dictionary word to head anything. */
	tb = termbase_with("dictionary-part.sqlite", "各国举行公开委员会。\n\n各国报告公开委员会。\n",
			   "States hold open groups.\n\n"
			   "States report on the open groups.\n");
	extract(tb, 0, &list);
	assert_null(find(&list, "委员会", "groups"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* English names the activity with the -ing form of its verb (preventing
 * conflict) and writes the verb and its object as a verb phrase too (to
 * prevent conflict), which is no candidate; Chinese writes 预防冲突 for
 * both. Where the verb phrase stands, the English phrase is counted too:
 * both sides seen three times, and the pair, not "conflict", is the
 * Chinese's partner. */
static void test_extract_counts_a_gerund_where_its_verb_is_written(void **state)
{
	sy_termbase *tb = termbase_with("gerund.sqlite",
					"各国致力于预防冲突。\n\n各国应当预防冲突。\n\n各国帮助预防冲突。\n",
					"States are committed to preventing conflict.\n\n"
					"States should prevent conflict.\n\n"
					"States helped to prevent conflict.\n");
	sy_candidate_list list;
	const sy_candidate *pair;

	(void)state;
	extract(tb, 0, &list);
	pair = found(&list, "预防冲突", "preventing conflict");
	assert_int_equal(pair->frequency, 3);
	assert_int_equal(pair->en_frequency, 3);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* CC-CEDICT glosses 主席 chairperson, chairman; English names the same
 * office President (of the Security Council) or Chair (of a committee).
 * The title is explained whole, not by half. */
static void test_extract_reads_president_and_chair_in_chairman(void **state)
{
	sy_termbase *tb = termbase_with("presiding.sqlite",
					"安全理事会主席发言。\n\n安全理事会主席提交报告。\n\n"
					"委员会主席发言。\n\n委员会主席提交报告。\n",
					"The President of the Security Council spoke.\n\n"
					"The President of the Security Council submits a report.\n\n"
					"The Chair of the Committee spoke.\n\n"
					"The Chair of the Committee submits a report.\n");
	sy_candidate_list list;
	const sy_candidate *title;

	(void)state;
	extract(tb, 0, &list);
	title = find(&list, "安全理事会主席", "President of the Security Council");
	assert_non_null(title);
	assert_true(title->translation > 0.99);
	title = find(&list, "委员会主席", "Chair of the Committee");
	assert_non_null(title);
	assert_true(title->translation > 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

static void test_extract_puts_a_hyphenated_compound_first_between_equal_scores(void **state)
{
	sy_termbase *tb = termbase_with("hyphen_tie.sqlite", "(a) 经济价值；\n\n(b) 公私倡议；\n",
					"(a) economic value;\n\n(b) public-private initiatives;\n");
	sy_candidate_list list;
	const sy_candidate *free_combination, *compound;

	(void)state;
	extract(tb, 0, &list);
	free_combination = found(&list, "经济价值", "economic value");
	compound = found(&list, "公私倡议", "public-private initiatives");
	/* Seen once each and fully explained, the two score alike; the
	 * compound the English hyphenates comes first. */
	assert_true(compound->score == free_combination->score);
	assert_true(compound < free_combination);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 大流行病 is cut 大|流行病 (a tie of word lengths that ICU's boundaries
 * decide); the English reads it 大流行|病: "pandemics". */
static void test_extract_reads_a_dictionary_word_across_two_unexplained_words(void **state)
{
	sy_termbase *tb = termbase_with("across.sqlite", "(a) 大流行病；\n\n(b) 大流行病；\n",
					"(a) pandemics;\n\n(b) pandemics;\n");
	sy_candidate_list list;
	const sy_candidate *pandemics;

	(void)state;
	extract(tb, 0, &list);
	pandemics = found(&list, "大流行病", "pandemics");
	assert_true(pandemics->translation > 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* CC-CEDICT glosses 讨论 "to discuss"; the English writes the noun,
 * "discussions". A gloss in -ss meets its noun in -ion (seen once: no
 * gloss is learned). */
static void test_extract_reads_a_verb_in_ss_in_its_noun(void **state)
{
	sy_termbase *tb = termbase_with("discuss.sqlite", "各国举行网络讨论。\n", "States hold cyber discussions.\n");
	sy_candidate_list list;
	const sy_candidate *discussions;

	(void)state;
	extract(tb, 0, &list);
	discussions = found(&list, "网络讨论", "cyber discussions");
	assert_true(discussions->translation > 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 应急 is "to respond to an emergency": the response of "computer
 * emergency response teams" is its verb's noun, not the "in response to"
 * of 针对, which stands outside the phrase. */
static void test_extract_reads_a_noun_in_nse_as_its_verb_in_nd(void **state)
{
	sy_termbase *tb = termbase_with("response.sqlite", "针对恶意活动，各国应支持计算机应急小组。\n",
					"Against malicious activity, States should support computer emergency response teams.\n");
	sy_candidate_list list;
	const sy_candidate *teams;

	(void)state;
	extract(tb, 0, &list);
	teams = found(&list, "计算机应急小组", "computer emergency response teams");
	assert_true(teams->translation > 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 人道 is "humanitarianism": the doctrine is what the humanitarian of
 * "international humanitarian law" holds, and the pair is translated
 * whole. */
static void test_extract_reads_a_doctrine_in_ism_as_its_adjective(void **state)
{
	sy_termbase *tb = termbase_with("ism.sqlite", "国际人道法适用于网络空间。\n",
					"International humanitarian law applies in cyberspace.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_true(found(&list, "国际人道法", "international humanitarian law")->translation > 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* The text writes the technologies only after 使用, "to use", and the
 * English names the act: the use of network technologies. The object is
 * the term, and is listed beside the act though never seen without it. */
static void test_extract_lists_the_object_of_an_act(void **state)
{
	sy_termbase *tb = termbase_with("act.sqlite", "各国讨论了使用网络技术。\n\n各国加强使用网络技术。\n",
					"States discussed the use of network technologies.\n\n"
					"States strengthen the use of network technologies.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_true(found(&list, "网络技术", "network technologies")->translation > 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 解决 is "to settle": settlement is its noun, stemmed as the verb is
 * (settle loses its e, and so does what -ment leaves of settlement). */
static void test_extract_reads_a_noun_in_ment_as_its_verb(void **state)
{
	static const char dict[] = "各國 各国 [ge4 guo2] /each country/States/\n"
				   "重視 重视 [zhong4 shi4] /to value/to attach importance to/\n"
				   "解決 解决 [jie3 jue2] /to settle (a dispute)/to resolve/to solve/\n"
				   "爭端 争端 [zheng1 duan1] /dispute/conflict/\n";
	sy_candidate_list list;

	(void)state;
	extract_small("ment", dict, NULL, "各国重视解决争端。\n", "States value the settlement of disputes.\n",
		      &list);
	assert_true(found(&list, "解决争端", "settlement of disputes")->translation > 0.99);
	sy_candidate_list_free(&list);
}

/* "supply" is mostly a verb (three senses "to supply", one "supply"), but
 * after "and", before nouns and "should", it opens the clause's subject:
 * supply chain security, whole. */
static void test_extract_reads_a_subject_after_and(void **state)
{
	static const char dict[] = "各國 各国 [ge4 guo2] /each country/States/\n"
				   "加強 加强 [jia1 qiang2] /to strengthen/\n"
				   "合作 合作 [he2 zuo4] /to cooperate/cooperation/\n"
				   "供應 供应 [gong1 ying4] /to supply/to provide/\n"
				   "提供 提供 [ti2 gong1] /to offer/to supply/\n"
				   "補給 补给 [bu3 ji3] /to supply/to replenish/\n"
				   "供給 供给 [gong1 ji3] /to furnish/to provide/supply/\n"
				   "供應鏈 供应链 [gong1 ying4 lian4] /supply chain/\n"
				   "安全 安全 [an1 quan2] /safe/security/\n"
				   "處理 处理 [chu3 li3] /to handle/to deal with/to address/\n";
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract_small("subject", dict, NULL, "各国应加强合作，供应链安全应得到处理。\n",
		      "States should strengthen cooperation, and supply chain security should be addressed.\n",
		      &list);
	assert_true(found(&list, "供应链安全", "supply chain security")->translation > 0.99);
	for (i = 0; i < list.count; i++)
		assert_string_not_equal(list.items[i].en, "chain security");
	sy_candidate_list_free(&list);
}

/* 非洲联盟（非盟） as "the African Union (AU)", then 非盟 where the English
 * writes AU: the full forms are paired, and the short forms, though the
 * short Chinese form is met more often with the long English one (each AU
 * counts for it). */
static void test_extract_pairs_full_forms_and_short_forms(void **state)
{
	sy_termbase *tb = termbase_with("short.sqlite",
					"非洲联盟（非盟）加强网络复原力。\n\n非盟谴责恶意活动。\n\n非盟加强保护。\n",
					"The African Union (AU) strengthens cyber resilience.\n\n"
					"The AU condemns malicious activity.\n\nThe AU strengthens protection.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	found(&list, "非洲联盟", "African Union");
	found(&list, "非盟", "AU");
	assert_null(find(&list, "非盟", "African Union"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* The Group of Governmental Experts is named only with its reports, in
 * both languages: the name is a term all the same, and is listed beside
 * the longer pair. */
static void test_extract_lists_a_name_inside_a_longer_phrase(void **state)
{
	sy_termbase *tb = termbase_with("name.sqlite", "各国欢迎政府专家组报告。\n各国讨论了政府专家组报告。\n",
					"States welcomed the report of the Group of Governmental Experts.\n"
					"States discussed the report of the Group of Governmental Experts.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	found(&list, "政府专家组", "Group of Governmental Experts");
	found(&list, "政府专家组报告", "report of the Group of Governmental Experts");
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* Named once, inside "the report of the Group of Governmental Experts"
 * (政府专家组报告): the name is the term, the report its head's. */
static void test_extract_lists_a_name_a_head_is_of(void **state)
{
	(void)state;
	assert_lists("name-once.sqlite", "各国欢迎政府专家组报告。\n",
		     "States welcomed the report of the Group of Governmental Experts.\n", "政府专家组",
		     "Group of Governmental Experts");
}

/* "targeting" after the plural "activities" is the verb of a clause that
 * qualifies them: the noun phrase malicious activities ends before it,
 * and is listed as whole as where it stands alone. */
static void test_extract_ends_a_noun_phrase_before_an_ing_verb(void **state)
{
	sy_termbase *tb = termbase_with("targeting.sqlite",
					"代表团谴责以医疗设施为目标的恶意活动。\n\n各国谴责以医疗设施为目标的恶意活动。\n",
					"Delegations condemned malicious activities targeting medical facilities.\n\n"
					"States condemned malicious activities targeting medical facilities.\n");
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract(tb, 0, &list);
	/* 0.125 when the phrase ran on into "targeting", and never ended
	 * where its chunk did (a noun phrase without its head). */
	assert_true(found(&list, "恶意活动", "malicious activities")->score > 0.25);
	for (i = 0; i < list.count; i++)
		assert_null(strstr(list.items[i].en, "targeting"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* A year heads the name (the 2030 Agenda for Sustainable Development):
 * the name is every word of it, the year too, not the capitalized words
 * after the year, which name nothing on their own here. */
static void test_extract_keeps_a_year_in_a_name(void **state)
{
	sy_termbase *tb = termbase_with("year_name.sqlite",
					"网络安全是实现《2030年可持续发展议程》的先决条件。\n\n"
					"各国重申可持续发展的重要性。\n",
					"Cybersecurity is a prerequisite for the achievement of the 2030 Agenda for "
					"Sustainable Development.\n\n"
					"States reaffirmed the importance of Sustainable Development.\n");
	sy_candidate_list list;
	const sy_candidate *whole, *piece;

	(void)state;
	extract(tb, 0, &list);
	whole = found(&list, "2030年可持续发展议程", "2030 Agenda for Sustainable Development");
	piece = find(&list, "可持续发展议程", "Agenda for Sustainable Development");
	assert_true(!piece || piece > whole);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "developing countries" is 发展中国家's, a dictionary word whose one sense
 * is the English whole, outside the phrase 各国开展 ("each country" + "to
 * develop"), whose words meet it too: the phrase is not its translation. */
static void test_extract_leaves_an_english_phrase_to_the_word_that_says_it_whole(void **state)
{
	sy_termbase *tb = termbase_with("spelt_outside.sqlite",
					"主席呼吁各国开展能力建设，使发展中国家都能参与讨论。\n",
					"The Chair called upon States to pursue capacity-building, so that developing "
					"countries can take part in the discussions.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_null(find(&list, "各国开展", "developing countries"));
	found(&list, "发展中国家", "developing countries");
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 专题 is "specific topic"; its character 题 is also "problem for
 * discussion", but the discussion is 讨论's, which the segment writes
 * beside it. */
static void test_extract_gives_a_word_to_a_whole_sense_before_a_part_s(void **state)
{
	sy_termbase *tb = termbase_with("part_sense.sqlite", "为指导关于该专题的讨论，各国编写了概念说明。\n",
					"To guide the discussion on the topic, States prepared a concept note.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_null(find(&list, "专题", "discussion on the topic"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 专题 is "specific topic", and UN English writes "thematic debates": in
 * WordNet, topic is also theme, and thematic derives from theme. The two
 * words left over in the pair are related, and explain as much as the
 * dictionary's own word would, where a bare left-over explains half. */
static void test_extract_credits_a_left_over_wordnet_relates_to_the_gloss(void **state)
{
	sy_termbase *tb;
	sy_candidate_list list;
	const sy_candidate *debates;

	(void)state;
	if (!synonyms_available())
		skip();
	tb = termbase_with("synonym.sqlite", "安理会举行了广泛的专题辩论。\n",
			   "The Council has held broad thematic debates.\n");
	extract(tb, 0, &list);
	debates = found(&list, "专题辩论", "thematic debates");
	assert_true(debates->translation > 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 关键 is "crucial point, crux, key, crucial, pivotal" in CC-CEDICT, and UN
 * English writes "critical infrastructure": in WordNet, critical in one of
 * its senses ("critical, decisive") is similar to crucial. Key and crucial
 * bound English phrases as judging modifiers (en_stop), but in a gloss
 * they are the word's meaning; the English adjective is read in any of
 * its senses (its commonest, "inclined to judge severely", is no term's). */
static void test_extract_credits_an_adjective_similar_to_the_gloss(void **state)
{
	static const char dict[] = "關鍵 关键 [guan1 jian4] /crucial point/crux/CL:個|个[ge4]/key/crucial/pivotal/\n"
				   "基礎設施 基础设施 [ji1 chu3 she4 shi1] /infrastructure/\n"
				   "保護 保护 [bao3 hu4] /to protect/protection/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/\n";
	double t;

	(void)state;
	if (!synonyms_available())
		skip();
	t = translation_of("similar", dict, "各国保护关键基础设施。\n", "States protect critical infrastructure.\n",
			   "关键基础设施", "critical infrastructure");
	assert_true(t > 0.99);
}

/* 基本 is "basic, fundamental, main, elementary", and UN English writes
 * "essential services": in WordNet, fundamental and main in their
 * commonest senses are similar to "important", and so is essential in one
 * of its: near-synonyms around one head. */
static void test_extract_credits_an_adjective_near_the_gloss_s_head(void **state)
{
	static const char dict[] = "基本 基本 [ji1 ben3] /basic/fundamental/main/elementary/\n"
				   "服務 服务 [fu2 wu4] /to serve/service/\n"
				   "保護 保护 [bao3 hu4] /to protect/protection/\n"
				   "各國 各国 [ge4 guo2] /each country/every country/\n";
	double t;

	(void)state;
	if (!synonyms_available())
		skip();
	t = translation_of("near_head", dict, "各国保护基本服务。\n", "States protect essential services.\n", "基本服务",
			   "essential services");
	assert_true(t > 0.99);
}

/* "developing" is the -ing of a word mostly a verb (develop: three
 * glosses "to develop" in the test dictionary), which bounds a phrase as
 * a gerund does (strengthening cooperation); but WordNet lists
 * "developing country" as one noun, so there it qualifies the noun and
 * the phrase holds both. */
static void test_extract_begins_a_phrase_at_the_participle_of_a_compound_noun(void **state)
{
	sy_termbase *tb;
	sy_candidate_list list;

	(void)state;
	if (!synonyms_available())
		skip();
	tb = termbase_with("developing.sqlite",
			   "各国加强发展中国家的能力。\n\n各国保护发展中国家的网络复原力。\n\n发展中国家保护透明度。\n",
			   "States strengthen capacity in developing countries.\n\n"
			   "States protect cyber resilience in developing countries.\n\n"
			   "Developing countries protect transparency.\n");
	extract(tb, 0, &list);
	/* Seen three times: the sentence that opens with it counts too. */
	assert_int_equal(found(&list, "发展中国家", "developing countries")->frequency, 3);
	assert_null(find(&list, "发展中国家", "countries"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "divide" is only ever "to divide" in the test dictionary, a verb that
 * bounds a phrase; but after an adjective (digital) it is a noun, as no
 * English adjective stands before a verb. */
static void test_extract_reads_a_verb_after_an_adjective_as_a_noun(void **state)
{
	sy_termbase *tb = termbase_with("divide.sqlite", "数字鸿沟，透明度。\n\n数字鸿沟，网络复原力。\n",
					"The digital divide: transparency.\n\n"
					"The digital divide: cyber resilience.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	found(&list, "数字鸿沟", "digital divide");
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* The dictionary writes "nonintervention" solid, UN English
 * "non-intervention" with a hyphen: the two parts joined are the gloss. */
static void test_extract_reads_a_hyphenated_word_as_the_gloss_written_solid(void **state)
{
	sy_termbase *tb = termbase_with("solid.sqlite", "不干涉，透明度。\n\n不干涉，网络复原力。\n",
					"The non-intervention: transparency.\n\n"
					"The non-intervention: cyber resilience.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_true(found(&list, "不干涉", "non-intervention")->translation > 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 同样 ("likewise") and 尤其是 ("in particular") are adverbs, which no
 * term holds: they bound a phrase as the other function words do. */
static void test_extract_bounds_a_phrase_at_an_adverb(void **state)
{
	static const char *const adverbs[] = {"同样", "尤其是"};
	sy_termbase *tb = termbase_with("adverb.sqlite",
					"网络复原力同样适用。\n\n尤其是关键基础设施同样适用。\n",
					"The same holds for cyber resilience.\n\n"
					"The same holds in particular for critical infrastructure.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 1, &list);
	found(&list, "关键基础设施", "critical infrastructure");
	assert_none_holds(&list, adverbs, 2);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 加强网络复原力 is a verb ("to strengthen") and its object, and the English
 * ("building up cyber resilience") leaves the verb to words the
 * dictionary does not relate to it: the term is the object. As 网络复原力
 * occurs only after 加强 here, C-value counts it as no term of its own,
 * and the pair with the verb came first; the object's pair explains
 * more and is listed in its place. */
static void test_extract_lists_the_object_of_a_verb_the_english_leaves_out(void **state)
{
	sy_termbase *tb = termbase_with("object.sqlite", "加强网络复原力，减少紧张。\n\n加强网络复原力，保护关键基础设施。\n",
					"Building up cyber resilience reduces tension.\n\n"
					"Building up cyber resilience protects critical infrastructure.\n");
	sy_candidate_list list;
	const sy_candidate *c;

	(void)state;
	extract(tb, 0, &list);
	c = found(&list, "网络复原力", "cyber resilience");
	assert_true(c->translation > 0.99);
	assert_null(find(&list, "加强网络复原力", "cyber resilience"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* CC-CEDICT spells American (program, defense), UN English British
 * (programme, defence): the spellings meet. */
static void test_extract_reads_british_spellings_as_the_american_gloss(void **state)
{
	sy_termbase *tb = termbase_with("spelling.sqlite",
					"行动纲领，透明度。\n\n行动纲领，网络复原力。\n\n国防，透明度。\n\n国防，关键基础设施。\n",
					"The programme of action: transparency.\n\n"
					"The programme of action: cyber resilience.\n\n"
					"The national defence: transparency.\n\n"
					"The national defence: critical infrastructure.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 0, &list);
	assert_true(found(&list, "行动纲领", "programme of action")->translation > 0.99);
	assert_true(found(&list, "国防", "national defence")->translation > 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "African Union" is always followed in its chunk by "considered", the
 * past of a word mostly a verb: its predicate, where the name ends as a
 * noun phrase. The Chinese glues the subject to its verb (非洲联盟审议,
 * 审议 "to consider"), which the English phrase leaves out: the subject's
 * pair explains more and is listed in its place (list_objects_of_verbs). */
static void test_extract_ends_a_noun_phrase_before_a_past_verb(void **state)
{
	sy_termbase *tb = termbase_with("past.sqlite",
					"非洲联盟审议了透明度。\n\n非洲联盟审议了网络复原力。\n",
					"The African Union considered transparency.\n\n"
					"The African Union considered cyber resilience.\n");
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract(tb, 0, &list);
	assert_true(found(&list, "非洲联盟", "African Union")->translation > 0.99);
	for (i = 0; i < list.count; i++)
		assert_string_not_equal(list.items[i].en, "African Union considered");
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "States considered transparency" holds a subject and the past of its
 * verb: a clause, which ranks far below the term it holds, seen as
 * often, though the dictionary explains all of it. */
static void test_extract_lists_no_clause(void **state)
{
	sy_termbase *tb = termbase_with("clause.sqlite",
					"各国审议透明度。\n\n各国审议透明度。\n\n各国保护关键基础设施。\n",
					"The States considered transparency.\n\n"
					"The States considered transparency.\n\n"
					"The States protect critical infrastructure.\n");
	sy_candidate_list list;
	const sy_candidate *term, *clause;

	(void)state;
	extract(tb, 1, &list);
	term = found(&list, "透明度", "transparency");
	clause = find(&list, "各国审议透明度", "States considered transparency");
	if (clause)
		assert_true(clause->score < 0.5 * term->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* An operative paragraph of a resolution opens with its verb, written
 * with a capital for its place (Considers): read in lower case, it is the
 * verb it is inside a sentence, and begins no phrase longer than itself. */
static void test_extract_reads_the_first_word_as_it_stands_in_a_sentence(void **state)
{
	static const char *const verb[] = {"onsiders "};
	sy_termbase *tb = termbase_with("operative.sqlite",
					"审议网络复原力。\n\n审议透明度。\n\n审议关键基础设施。\n",
					"Considers cyber resilience.\n\n"
					"Considers transparency.\n\n"
					"Considers critical infrastructure.\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 1, &list);
	found(&list, "网络复原力", "cyber resilience");
	assert_none_holds(&list, verb, 1);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 后果 is "consequences", and WordNet's consequence shares its first
 * sense with "issue" (an effect, a result); but issue is mostly "an
 * important question in dispute", so 冲突后果 and "conflict issues" are no
 * more than left-overs, where "conflict effects" (effect: mostly that
 * result) is more. */
static void test_extract_relates_words_only_in_their_most_common_senses(void **state)
{
	static const char *const english[] = {"issues", "effects"};
	size_t i;

	(void)state;
	if (!synonyms_available())
		skip();
	for (i = 0; i < 2; i++) {
		char name[32], en_doc[64], en[32];
		sy_termbase *tb;
		sy_candidate_list list;
		const sy_candidate *c;
		snprintf(name, sizeof name, "synonym_sense%zu.sqlite", i);
		snprintf(en_doc, sizeof en_doc, "States discuss conflict %s.\n", english[i]);
		snprintf(en, sizeof en, "conflict %s", english[i]);
		tb = termbase_with(name, "各国讨论冲突后果。\n", en_doc);
		extract(tb, 1, &list);
		c = found(&list, "冲突后果", en);
		if (i == 0)
			assert_true(c->translation < 0.8);
		else
			assert_true(c->translation > 0.8);
		sy_candidate_list_free(&list);
		sy_termbase_close(tb);
	}
}

/* English makes an adverb of the adjective before another adjective
 * (internationally wrongful acts); the Chinese keeps its modifier
 * (国际, "international"), and the adverb belongs to the name. */
static void test_extract_keeps_an_adverb_the_chinese_writes_as_a_modifier(void **state)
{
	sy_termbase *tb = termbase_with("adverb.sqlite", "(a) 国际不法行动；\n\n(b) 国际不法行动；\n",
					"(a) internationally wrongful acts;\n\n(b) internationally wrongful acts;\n");
	sy_candidate_list list;
	const sy_candidate *acts;
	size_t i;

	(void)state;
	extract(tb, 1, &list);
	acts = found(&list, "国际不法行动", "internationally wrongful acts");
	assert_true(acts->translation > 0.99);
	/* The adverb modifies what follows: it ends no phrase. */
	for (i = 0; i < list.count; i++)
		assert_false(strlen(list.items[i].en) >= 15 &&
			     !strcmp(list.items[i].en + strlen(list.items[i].en) - 15, "internationally"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* An adverb that opens a sentence has a capital (Internationally
 * wrongful acts ...); its adjective is the same word as in lower case. */
static void test_extract_keeps_a_capitalized_adverb_the_chinese_writes_as_a_modifier(void **state)
{
	sy_termbase *tb = termbase_with("adverb_capital.sqlite", "国际不法行动；\n\n国际不法行动；\n",
					"Internationally wrongful acts;\n\nInternationally wrongful acts;\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 1, &list);
	assert_true(found(&list, "国际不法行动", "internationally wrongful acts")->translation > 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "attributable to them" follows the noun it qualifies, as a clause
 * would: the noun phrase ends before it. */
static void test_extract_ends_a_phrase_before_an_adjective_with_to(void **state)
{
	sy_termbase *tb = termbase_with("attributable.sqlite",
					"(a) 归咎于它们的不法行动；\n\n(b) 归咎于它们的不法行动；\n",
					"(a) wrongful acts attributable to them;\n\n"
					"(b) wrongful acts attributable to them;\n");
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract(tb, 1, &list);
	found(&list, "不法行动", "wrongful acts");
	for (i = 0; i < list.count; i++)
		assert_null(strstr(list.items[i].en, "attributable"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "cover" is mostly a verb ("to cover" three times in the dictionary),
 * but after an article it begins a noun phrase. */
static void test_extract_begins_a_phrase_after_an_article_with_a_verb(void **state)
{
	sy_termbase *tb = termbase_with("article.sqlite", "(a) 附函；\n\n(b) 附函；\n",
					"(a) with a cover letter;\n\n(b) with a cover letter;\n");
	sy_candidate_list list;

	(void)state;
	extract(tb, 1, &list);
	found(&list, "附函", "cover letter");
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* Hunspell keeps "addressed" as a word of its own; it is still the
 * participle of address, and "to" after it ends the noun phrase before it
 * (a letter addressed to the Council). */
static void test_extract_ends_a_phrase_before_a_participle_hunspell_keeps_whole(void **state)
{
	sy_termbase *tb = termbase_with("addressed.sqlite",
					"(a) 致安理会的附函；\n\n(b) 致安理会的附函；\n",
					"(a) a cover letter addressed to the Council;\n\n"
					"(b) a cover letter addressed to the Council;\n");
	sy_candidate_list list;
	size_t i;

	(void)state;
	extract(tb, 1, &list);
	found(&list, "附函", "cover letter");
	for (i = 0; i < list.count; i++)
		assert_null(strstr(list.items[i].en, "addressed"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* COVID-19 abbreviates coronavirus disease 2019: the Chinese writes the
 * year in the name (2019冠状病毒病), the English only in the acronym. */
static void test_extract_keeps_a_number_the_acronym_ends_with_in_the_name(void **state)
{
	sy_termbase *tb = termbase_with("covid.sqlite",
					"(a) 2019冠状病毒病(COVID-19)大流行；\n\n"
					"(b) 2019冠状病毒病(COVID-19)大流行；\n",
					"(a) the coronavirus disease (COVID-19) pandemic;\n\n"
					"(b) the coronavirus disease (COVID-19) pandemic;\n");
	sy_candidate_list list;
	const sy_candidate *covid;

	(void)state;
	extract(tb, 1, &list);
	covid = found(&list, "2019冠状病毒病", "coronavirus disease");
	/* The acronym translates the number (without it, 3 of 9 characters
	 * would be explained, and 冠状 "coronary" is the head of coronavirus
	 * since round 17d). */
	assert_true(covid->translation > 0.8);
	assert_null(find(&list, "病毒病", "coronavirus disease"));
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* 建立信任 / confidence-building stands alone once, and three times as the
 * modifier of 建立信任措施 / confidence-building measures: those three are
 * the longer term's occurrences, not its own, and it ranks below a pair
 * seen once (基本服务 / essential services). "health care" is written once
 * more as the modifier of "health-care facilities", where the Chinese
 * translates the longer term (医疗设施): no evidence against 医疗保健, which
 * ranks as a pair seen once on both sides. */
static void test_extract_counts_a_modifier_inside_a_longer_term_for_that_term(void **state)
{
	sy_termbase *tb = termbase_with("modifier_inside.sqlite",
					"各国采取建立信任措施。\n\n各国加强建立信任措施。\n\n"
					"各国支持建立信任措施。\n\n各国致力于建立信任。\n\n"
					"各国提供医疗保健。\n\n各国保护医疗设施。\n\n各国提供基本服务。\n",
					"States take confidence-building measures.\n\n"
					"States strengthen confidence-building measures.\n\n"
					"States support confidence-building measures.\n\n"
					"States are committed to confidence-building.\n\n"
					"States provide health care.\n\n"
					"States protect health-care facilities.\n\n"
					"States provide essential services.\n");
	sy_candidate_list list;
	const sy_candidate *part, *care, *services;

	(void)state;
	extract(tb, 0, &list);
	found(&list, "建立信任措施", "confidence-building measures");
	part = found(&list, "建立信任", "confidence-building");
	care = found(&list, "医疗保健", "health care");
	services = found(&list, "基本服务", "essential services");
	assert_true(part->score < services->score);
	assert_true(care->score >= 0.99 * services->score);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

/* "coronavirus" is corona + virus: 病毒 gives the tail, and 冠状, whose
 * CC-CEDICT sense is the adjective "coronary", gives the head the
 * compound writes as a noun. 冠状病毒病 / coronavirus disease is
 * explained whole. */
static void test_extract_reads_the_head_of_a_compound_in_its_adjective(void **state)
{
	sy_termbase *tb = termbase_with("corona.sqlite", "各国报告冠状病毒病。\n\n冠状病毒病已经出现。\n",
					"States report coronavirus disease.\n\n"
					"The coronavirus disease has emerged.\n");
	sy_candidate_list list;
	const sy_candidate *c;

	(void)state;
	extract(tb, 1, &list);
	c = found(&list, "冠状病毒病", "coronavirus disease");
	assert_true(c->translation > 0.99);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

static void test_extract_on_an_empty_termbase_lists_nothing(void **state)
{
	char path[256];
	sy_termbase *tb;
	sy_candidate_list list;
	sy_error err = {0, ""};

	(void)state;
	snprintf(path, sizeof(path), "%s/empty.sqlite", dir);
	assert_int_equal(sy_termbase_open(&tb, path, SY_TB_CREATE | SY_TB_EMPTY, &err), SY_OK);
	extract(tb, 0, &list);
	assert_int_equal(list.count, 0);
	sy_candidate_list_free(&list);
	sy_termbase_close(tb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_extract_finds_repeated_term_pairs),
		cmocka_unit_test(test_extract_indexes_a_document_without_reading_the_others),
		cmocka_unit_test(test_extract_merge_cuts_the_phrases_as_the_index_would),
		cmocka_unit_test(test_extract_merge_list_cuts_the_phrases_as_one_by_one),
		cmocka_unit_test(test_extract_merge_keeps_the_indexer_for_its_lexicon),
		cmocka_unit_test(test_extract_reads_chunks_with_or_without_the_key_repeated),
		cmocka_unit_test(test_extract_cuts_chunks_of_older_rules_again),
		cmocka_unit_test(test_extract_ties_the_acronym_to_its_expansion),
		cmocka_unit_test(test_extract_ids_are_stable),
		cmocka_unit_test(test_extract_accept_reject_edit),
		cmocka_unit_test(test_extract_refused_decision_changes_nothing),
		cmocka_unit_test(test_extract_edit_corrects_then_accepts),
		cmocka_unit_test(test_extract_noun_after_adjective_is_no_verb),
		cmocka_unit_test(test_extract_reads_the_expansion_of_an_acronym_gloss),
		cmocka_unit_test(test_extract_keeps_a_part_that_also_stands_alone),
		cmocka_unit_test(test_extract_ranks_a_coordination_seen_once_low),
		cmocka_unit_test(test_extract_lists_the_conjuncts_of_a_coordination),
		cmocka_unit_test(test_extract_ranks_a_dictionary_unit_first),
		cmocka_unit_test(test_extract_learns_a_gloss_the_dictionary_lacks),
		cmocka_unit_test(test_extract_ends_a_phrase_before_a_trailing_participle),
		cmocka_unit_test(test_extract_ends_a_phrase_before_a_phrasal_verb),
		cmocka_unit_test(test_extract_learns_from_what_it_learned),
		cmocka_unit_test(test_extract_keeps_a_gloss_whole_in_the_english),
		cmocka_unit_test(test_extract_breaks_ties_by_how_seldom_general_language_writes_the_words),
		cmocka_unit_test(test_extract_keeps_an_ability_noun_whole),
		cmocka_unit_test(test_extract_ranks_a_compound_the_reference_lists_first),
		cmocka_unit_test(test_extract_reads_an_overlap_as_its_commoner_words),
		cmocka_unit_test(test_extract_reads_a_participle_before_its_noun),
		cmocka_unit_test(test_extract_keeps_a_linking_word_the_english_shows_inside),
		cmocka_unit_test(test_extract_drops_a_fragment_across_a_term),
		cmocka_unit_test(test_extract_drops_a_rereading_that_takes_in_the_verb),
		cmocka_unit_test(test_extract_reads_known_terms_as_translations),
		cmocka_unit_test(test_extract_learns_the_object_of_a_verb_across_of),
		cmocka_unit_test(test_extract_keeps_modifiers_that_share_a_head_whole),
		cmocka_unit_test(test_extract_drops_a_fragment_across_a_shared_head),
		cmocka_unit_test(test_extract_gives_a_word_met_by_a_second_sense_to_its_own_translator),
		cmocka_unit_test(test_extract_gives_a_word_met_by_a_second_sense_to_a_known_term),
		cmocka_unit_test(test_extract_leaves_out_a_word_the_chinese_says_once),
		cmocka_unit_test(test_extract_keeps_the_head_the_english_writes_before_of),
		cmocka_unit_test(test_extract_leaves_out_modals_prefixes_and_verbs_that_cut_a_term),
		cmocka_unit_test(test_extract_lists_the_kind_a_name_places),
		cmocka_unit_test(test_extract_takes_no_meaning_from_a_classifier),
		cmocka_unit_test(test_extract_ranks_a_subject_and_its_verb_low),
		cmocka_unit_test(test_extract_bounds_a_phrase_at_a_numeral),
		cmocka_unit_test(test_extract_bounds_a_phrase_at_every_pronoun),
		cmocka_unit_test(test_extract_bounds_a_phrase_at_a_pronoun_glued_to_a_function_word),
		cmocka_unit_test(test_extract_credits_a_pair_the_dictionary_cannot_explain_by_its_repetition),
		cmocka_unit_test(test_extract_reads_a_demonym_as_its_place),
		cmocka_unit_test(test_extract_credits_left_overs_only_where_their_places_agree),
		cmocka_unit_test(test_extract_shows_a_sentence_not_a_heading_as_the_example),
		cmocka_unit_test(test_extract_ranks_a_title_of_a_name_low),
		cmocka_unit_test(test_extract_lists_a_country_name_after_the_terms),
		cmocka_unit_test(test_extract_lists_a_region_name_after_the_terms),
		cmocka_unit_test(test_extract_lists_a_day_name_after_the_terms),
		cmocka_unit_test(test_extract_ranks_a_verb_and_its_object_after_the_object),
		cmocka_unit_test(test_extract_lists_a_coordination_of_listed_terms_after_them),
		cmocka_unit_test(test_extract_ranks_adjectives_joined_before_many_heads_low),
		cmocka_unit_test(test_extract_ranks_derived_nouns_as_a_unit),
		cmocka_unit_test(test_extract_lets_an_abbreviation_share_its_full_form),
		cmocka_unit_test(test_extract_gives_the_acronym_to_the_short_form),
		cmocka_unit_test(test_extract_counts_an_acronym_where_the_chinese_repeats_the_pair),
		cmocka_unit_test(test_extract_gives_a_taken_partner_to_the_longer_phrase),
		cmocka_unit_test(test_extract_ends_a_phrase_at_a_verb_only_hunspell_knows),
		cmocka_unit_test(test_extract_ends_a_phrase_at_a_participle_before_a_determiner),
		cmocka_unit_test(test_extract_keeps_a_capitalized_function_word_inside_a_name),
		cmocka_unit_test(test_extract_ends_a_phrase_at_a_verb_in_s_before_an_adjective),
	    cmocka_unit_test(test_extract_ends_a_phrase_at_and_the),
	    cmocka_unit_test(test_extract_reads_a_classifier_without_a_number_as_a_prefix),
	    cmocka_unit_test(test_extract_begins_no_coordination_with_a_word_s_tail),
	    cmocka_unit_test(test_extract_reads_a_gloss_s_modifier_alone_as_half_the_word),
	    cmocka_unit_test(test_extract_reads_zhongde_as_a_function_word),
	    cmocka_unit_test(test_extract_ranks_adjectives_alone_below_nouns),
	    cmocka_unit_test(test_extract_reads_a_class_the_english_holds_in_a_suffix),
	    cmocka_unit_test(test_extract_leaves_a_name_s_hyphenated_word_to_the_name),
	    cmocka_unit_test(test_extract_reads_a_conjunct_of_the_same_last_part_as_its_own),
	    cmocka_unit_test(test_extract_reads_a_gloss_s_modifier_at_the_english_end_as_half_the_word),
	    cmocka_unit_test(test_extract_leaves_a_name_s_head_to_the_word_after_the_chinese),
	    cmocka_unit_test(test_extract_reads_wenti_in_a_name_as_the_english_on),
	    cmocka_unit_test(test_extract_pairs_a_short_form_the_text_defines_with_the_acronym),
	    cmocka_unit_test(test_extract_pairs_no_chinese_coordination_with_english_that_joins_nothing),
	    cmocka_unit_test(test_extract_keeps_a_gerund_the_chinese_writes_as_a_compound),
	    cmocka_unit_test(test_extract_ranks_a_noun_that_only_qualifies_as_a_term),
	    cmocka_unit_test(test_extract_ends_a_phrase_at_and_before_a_verb),
	    cmocka_unit_test(test_extract_ends_a_phrase_at_an_irregular_participle),
	    cmocka_unit_test(test_extract_lists_a_city_name_after_the_terms),
	    cmocka_unit_test(test_extract_reads_pursuant_as_a_function_word),
	    cmocka_unit_test(test_extract_keeps_a_preposition_inside_a_name),
	    cmocka_unit_test(test_extract_ends_a_phrase_at_a_short_verb_in_ing_after_a_plural),
	    cmocka_unit_test(test_extract_leaves_out_a_verb_whose_word_another_says),
	    cmocka_unit_test(test_extract_keeps_a_judging_modifier_the_english_writes),
	    cmocka_unit_test(test_extract_keeps_the_to_of_a_right),
	    cmocka_unit_test(test_extract_pairs_by_repetition_past_a_part_likeness),
	    cmocka_unit_test(test_extract_reads_a_closed_compound_in_ing_as_a_noun),
	    cmocka_unit_test(test_extract_keeps_a_function_word_the_reference_writes_in_a_noun),
	    cmocka_unit_test(test_extract_bounds_a_chunk_at_a_character_of_a_function_verb),
	    cmocka_unit_test(test_extract_bounds_a_chunk_at_a_verb_character_before_a_function_word),
	    cmocka_unit_test(test_extract_bounds_a_chunk_at_the_frame_of_besides),
	    cmocka_unit_test(test_extract_closes_the_frame_of_besides_in_its_clause),
	    cmocka_unit_test(test_extract_bounds_a_chunk_at_a_postposition_of_outside),
	    cmocka_unit_test(test_extract_bounds_a_chunk_at_a_word_ending_in_yu),
	    cmocka_unit_test(test_extract_bounds_a_chunk_at_an_adverb_of_growing_degree),
	    cmocka_unit_test(test_extract_bounds_a_chunk_at_a_count),
	    cmocka_unit_test(test_extract_drops_a_chinese_tail_the_english_does_not_say),
	    cmocka_unit_test(test_extract_bounds_a_chunk_at_a_preposition_of_two_characters),
	    cmocka_unit_test(test_extract_keeps_the_institute_of_an_abbreviated_name),
	    cmocka_unit_test(test_extract_reads_efforts_and_factors_as_light_nouns),
	    cmocka_unit_test(test_extract_ends_a_phrase_at_a_verb_before_its_adverb),
	    cmocka_unit_test(test_extract_reads_a_word_the_dictionary_lacks_with_the_noun_always_before_it),
	    cmocka_unit_test(test_extract_reads_two_names_joined_by_of_as_two),
	    cmocka_unit_test(test_extract_keeps_a_name_s_unexplained_run_whole),
	    cmocka_unit_test(test_extract_begins_no_name_with_the_word_of_its_subject),
	    cmocka_unit_test(test_extract_lists_the_english_that_adds_the_head),
	    cmocka_unit_test(test_extract_ends_a_phrase_before_a_participle_and_its_preposition),
	    cmocka_unit_test(test_extract_ends_a_phrase_at_a_verb_after_to),
	    cmocka_unit_test(test_extract_reads_an_approximate_number_as_a_count),
	    cmocka_unit_test(test_extract_reads_dao_as_a_function_word),
	    cmocka_unit_test(test_extract_reads_the_adverb_of_a_phrasal_verb_as_a_function_word),
	    cmocka_unit_test(test_extract_keeps_a_coordination_that_shares_a_complement),
	    cmocka_unit_test(test_extract_ranks_a_rare_single_word_as_a_term),
		cmocka_unit_test(test_extract_reads_no_translation_in_a_grammar_sense),
		cmocka_unit_test(test_extract_reads_a_chinese_suffix_in_its_root_translation),
		cmocka_unit_test(test_extract_ranks_a_name_and_a_common_noun_low),
		cmocka_unit_test(test_extract_ranks_a_listed_name_of_a_listed_name_low),
		cmocka_unit_test(test_extract_ranks_a_title_of_a_listed_name_as_a_term),
		cmocka_unit_test(test_extract_lists_a_piece_of_a_name_after_the_terms),
		cmocka_unit_test(test_extract_keeps_the_head_of_a_longer_pair),
		cmocka_unit_test(test_extract_reads_a_hyphenated_modifier_as_its_open_compound),
		cmocka_unit_test(test_extract_leaves_a_compound_head_to_the_word_before),
		cmocka_unit_test(test_extract_gives_no_evidence_to_english_another_word_translates),
		cmocka_unit_test(test_extract_lists_a_dictionary_word_the_text_only_modifies),
		cmocka_unit_test(test_extract_takes_a_title_s_post_out_of_it),
		cmocka_unit_test(test_extract_reads_no_word_after_a_post_that_ends_the_segment),
		cmocka_unit_test(test_extract_keeps_a_number_both_sides_write_in_a_name),
		cmocka_unit_test(test_extract_lists_a_numbered_reference_as_a_citation),
		cmocka_unit_test(test_extract_keeps_the_capital_of_a_name_at_a_sentence_start),
		cmocka_unit_test(test_extract_proposes_no_piece_of_a_known_term_that_holds_its_function_word),
		cmocka_unit_test(test_extract_reads_a_year_before_a_no_break_space_as_in_a_name),
		cmocka_unit_test(test_extract_counts_a_gerund_where_its_verb_is_written),
		cmocka_unit_test(test_extract_reads_president_and_chair_in_chairman),
		cmocka_unit_test(test_extract_puts_a_hyphenated_compound_first_between_equal_scores),
		cmocka_unit_test(test_extract_reads_a_dictionary_word_across_two_unexplained_words),
		cmocka_unit_test(test_extract_reads_a_verb_in_ss_in_its_noun),
		cmocka_unit_test(test_extract_reads_a_noun_in_nse_as_its_verb_in_nd),
		cmocka_unit_test(test_extract_reads_a_doctrine_in_ism_as_its_adjective),
		cmocka_unit_test(test_extract_lists_the_object_of_an_act),
		cmocka_unit_test(test_extract_pairs_full_forms_and_short_forms),
		cmocka_unit_test(test_extract_reads_a_noun_in_ment_as_its_verb),
		cmocka_unit_test(test_extract_reads_a_subject_after_and),
		cmocka_unit_test(test_extract_lists_a_name_inside_a_longer_phrase),
		cmocka_unit_test(test_extract_lists_a_name_a_head_is_of),
		cmocka_unit_test(test_extract_ends_a_noun_phrase_before_an_ing_verb),
		cmocka_unit_test(test_extract_keeps_a_year_in_a_name),
		cmocka_unit_test(test_extract_leaves_an_english_phrase_to_the_word_that_says_it_whole),
		cmocka_unit_test(test_extract_gives_a_word_to_a_whole_sense_before_a_part_s),
		cmocka_unit_test(test_extract_credits_a_left_over_wordnet_relates_to_the_gloss),
		cmocka_unit_test(test_extract_credits_an_adjective_similar_to_the_gloss),
		cmocka_unit_test(test_extract_credits_an_adjective_near_the_gloss_s_head),
		cmocka_unit_test(test_extract_reads_a_word_in_dis_as_its_prefix_and_tail),
		cmocka_unit_test(test_extract_reads_an_adjective_in_ious_as_its_noun),
		cmocka_unit_test(test_extract_credits_a_run_of_left_over_words_in_a_name),
		cmocka_unit_test(test_extract_relates_words_only_in_their_most_common_senses),
		cmocka_unit_test(test_extract_begins_a_phrase_at_the_participle_of_a_compound_noun),
		cmocka_unit_test(test_extract_reads_a_verb_after_an_adjective_as_a_noun),
		cmocka_unit_test(test_extract_reads_a_hyphenated_word_as_the_gloss_written_solid),
		cmocka_unit_test(test_extract_bounds_a_phrase_at_an_adverb),
		cmocka_unit_test(test_extract_lists_the_object_of_a_verb_the_english_leaves_out),
		cmocka_unit_test(test_extract_reads_british_spellings_as_the_american_gloss),
		cmocka_unit_test(test_extract_ends_a_noun_phrase_before_a_past_verb),
		cmocka_unit_test(test_extract_lists_no_clause),
		cmocka_unit_test(test_extract_reads_the_first_word_as_it_stands_in_a_sentence),
		cmocka_unit_test(test_extract_keeps_an_adverb_the_chinese_writes_as_a_modifier),
		cmocka_unit_test(test_extract_keeps_a_capitalized_adverb_the_chinese_writes_as_a_modifier),
		cmocka_unit_test(test_extract_ends_a_phrase_before_an_adjective_with_to),
		cmocka_unit_test(test_extract_begins_a_phrase_after_an_article_with_a_verb),
		cmocka_unit_test(test_extract_ends_a_phrase_before_a_participle_hunspell_keeps_whole),
		cmocka_unit_test(test_extract_keeps_a_number_the_acronym_ends_with_in_the_name),
		cmocka_unit_test(test_extract_counts_a_modifier_inside_a_longer_term_for_that_term),
		cmocka_unit_test(test_extract_reads_the_head_of_a_compound_in_its_adjective),
		cmocka_unit_test(test_extract_on_an_empty_termbase_lists_nothing),
		cmocka_unit_test(test_extract_explains_by_an_english_chinese_dictionary),
		cmocka_unit_test(test_extract_keeps_a_dotted_qualifier_with_its_title),
		cmocka_unit_test(test_extract_joins_a_bound_suffix_to_its_word),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
