# test_termbase.sh - init, merge, lookup, concord and export from the
# command line, as a translator would run them.
. tests/cli/lib.sh

db="$TMP/tb.sqlite"
expect_ok "init creates a termbase with the glossary" "$SHUYU" --db "$db" init
"$SHUYU" --db "$db" init >"$TMP/init"
expect_ok "init reports concepts" grep -Eq '[1-9][0-9]* concepts' "$TMP/init"

expect_ok "lookup answers on a fresh termbase" "$SHUYU" --db "$db" lookup 负责任国家行为
"$SHUYU" --db "$db" lookup 負責任國家行為 >"$TMP/trad"
expect_ok "lookup folds traditional characters" grep -q 'responsible State behaviour' "$TMP/trad"
"$SHUYU" --db "$db" lookup "Confidence-building measure" >"$TMP/plural"
expect_ok "lookup folds case and plural" grep -q '建立信任措施' "$TMP/plural"
"$SHUYU" --db "$db" lookup --json 负责任国家行为 >"$TMP/json"
expect_ok "lookup --json is JSON with the terms" python3 -c '
import json, sys
hits = json.load(open(sys.argv[1]))
assert hits[0]["match"] == "exact", hits[0]
assert any(t["text"] == "responsible State behaviour" for t in hits[0]["terms"])
assert any(t["pinyin"] for t in hits[0]["terms"] if t["lang"] == "zh")
' "$TMP/json"
# The glossary writes a document's Chinese name in its title marks, as UN
# Chinese does; a translator types it with or without them.
"$SHUYU" --db "$db" lookup 联合国宪章 >"$TMP/title"
expect_ok "a title typed without its marks is an exact match" grep -q '^《联合国宪章》  (exact match' "$TMP/title"
"$SHUYU" --db "$db" lookup 联合国宪 >"$TMP/title"
expect_ok "the start of a title without its mark is a prefix match" grep -q '^《联合国宪章》  (prefix match' "$TMP/title"
expect_stderr 1 "lookup of an unknown term says so, status 1" "not in the termbase" \
	"$SHUYU" --db "$db" lookup qqqqzzzzxxxx
expect_stderr 2 "lookup without a term is a usage error" "name one term" "$SHUYU" --db "$db" lookup

expect_stderr 0 "merge stores the concept note" "stored 71 segments" \
	"$SHUYU" --db "$db" merge --doc S/2021/621 corpora/concept-note.zh.txt
expect_stderr 0 "merging the same content again changes nothing" "nothing changed" \
	"$SHUYU" --db "$db" merge --doc S/2021/621 corpora/concept-note.zh.txt
expect_stderr 2 "merge without --doc is a usage error" "--doc" \
	"$SHUYU" --db "$db" merge corpora/concept-note.zh.txt
expect_stderr 1 "merge of a missing file names it" "nofile.txt" \
	"$SHUYU" --db "$db" merge --doc X/1 "$TMP/nofile.txt"
"$SHUYU" --db "$db" lookup 负责任国家行为 >"$TMP/after"
expect_ok "lookup shows the merged document as a source" grep -q 'S/2021/621 para. 1' "$TMP/after"
expect_ok "lookup counts segments" grep -Eq '\([0-9]+ segments\)' "$TMP/after"
expect_ok "lookup --examples 0 shows none" "$SHUYU" --db "$db" lookup --examples 0 负责任国家行为
expect_stderr 1 "lookup of a word only the stored sentences hold points to concord" \
	"shuyu concord '饥荒'" "$SHUYU" --db "$db" lookup 饥荒
"$SHUYU" --db "$db" lookup qqqqzzzzxxxx 2>"$TMP/nowhere" || true
expect_ok "lookup of a word that is nowhere does not point to concord" \
	sh -c '! grep -q concord "$1"' - "$TMP/nowhere"
expect_stderr 2 "lookup --examples takes a whole number" "from 0 to 1000" \
	"$SHUYU" --db "$db" lookup --examples 2x 负责任国家行为
expect_stderr 2 "lookup --limit 0 is a usage error" "from 1 to 1000" \
	"$SHUYU" --db "$db" lookup --limit 0 负责任国家行为

"$SHUYU" --db "$db" concord 建立信任 >"$TMP/concord"
expect_ok "concord shows the word in context" grep -q '\[建立信任\]措施' "$TMP/concord"
expect_stderr 1 "concord of a word not there says so" "not in the translation memory" \
	"$SHUYU" --db "$db" concord 不存在的词语

for format in tmx tbx; do
	expect_ok "export --format $format writes a file" "$SHUYU" --db "$db" export --format $format -o "$TMP/out.$format"
	expect_ok "the $format export is well-formed XML" xmllint --noout "$TMP/out.$format"
done
expect_stderr 2 "export with an unknown format is a usage error" "unknown format" \
	"$SHUYU" --db "$db" export --format docx

# A termbase from the shuyu before (schema 7: no kept matcher) is brought
# up to date by the first command that opens it, which says so once.
cp "$db" "$TMP/old.sqlite"
sqlite3 "$TMP/old.sqlite" "DROP TABLE term_seen; DROP INDEX term_zh_latin;
	DROP TRIGGER term_insert_matcher; DROP TRIGGER term_delete_matcher;
	DROP TRIGGER term_update_matcher; DROP TABLE matcher_cache;
	ALTER TABLE segment DROP COLUMN chunks_version;
	DROP TRIGGER term_fts_insert; DROP TRIGGER term_fts_delete; DROP TRIGGER term_fts_update;
	DROP TRIGGER term_fts_unindex; DROP TABLE term_fts; DROP VIEW term_fts_source;
	CREATE VIRTUAL TABLE term_fts USING fts5(key, content='term', content_rowid='id',
	  tokenize='trigram');
	INSERT INTO term_fts(term_fts) VALUES ('rebuild');
	CREATE TRIGGER term_fts_insert AFTER INSERT ON term BEGIN
	  INSERT INTO term_fts(rowid, key) VALUES (new.id, new.key); END;
	CREATE TRIGGER term_fts_delete AFTER DELETE ON term BEGIN
	  INSERT INTO term_fts(term_fts, rowid, key) VALUES ('delete', old.id, old.key); END;
	CREATE TRIGGER term_fts_update AFTER UPDATE OF key ON term BEGIN
	  INSERT INTO term_fts(term_fts, rowid, key) VALUES ('delete', old.id, old.key);
	  INSERT INTO term_fts(rowid, key) VALUES (new.id, new.key); END;
	PRAGMA user_version = 7"
expect_stderr 0 "an older termbase is brought up to date, with a word about it" "up to date" \
	"$SHUYU" --db "$TMP/old.sqlite" lookup 负责任国家行为
expect_output "it is at the current schema afterwards" "$(sqlite3 "$db" "PRAGMA user_version")" \
	sqlite3 "$TMP/old.sqlite" "PRAGMA user_version"
"$SHUYU" --db "$TMP/old.sqlite" lookup 负责任国家行为 >/dev/null 2>"$TMP/again"
expect_ok "the next command says nothing about it" test ! -s "$TMP/again"
# Migration 12: the English terms as written are in the term index, so a
# misspelt plural of the glossary is found ("remqdies": one edit from
# "remedies", and no trigram of it but "rem" is in the key "remedy").
"$SHUYU" --db "$TMP/old.sqlite" lookup remqdies >"$TMP/misspelt" 2>&1
expect_ok "a misspelt plural is found after the migration" grep -q '^remedies' "$TMP/misspelt"

# Migration 17: English keys made by the lemmatizer before, which took
# Hunspell's shortest stem ("us" for used, using and uses), are made again,
# and the stored segments' terms found again with them. The older file is
# made from a new one as that lemmatizer left it.
db16="$TMP/fold16.sqlite"
"$SHUYU" --db "$db16" init --empty >/dev/null
printf '信通技术的使用\tuse of ICTs\t\n' >"$TMP/use.txt"
"$SHUYU" --db "$db16" import "$TMP/use.txt" 2>/dev/null
printf '各国对信通技术的使用。\n' >"$TMP/use.zh"
printf 'The uses of ICTs by States.\n' >"$TMP/use.en"
"$SHUYU" --db "$db16" merge --doc A/1 "$TMP/use.zh" "$TMP/use.en" 2>/dev/null
sqlite3 "$db16" "UPDATE term SET key = 'us of ict' WHERE lang = 'en';
	UPDATE segment SET terms = '[1]'; PRAGMA user_version = 16"
expect_stderr 0 "a termbase of schema 16 is brought up to date" "up to date" \
	"$SHUYU" --db "$db16" lookup "uses of ICTs"
expect_output "its English key is made again" "use of ict" \
	sqlite3 "$db16" "SELECT key FROM term WHERE lang = 'en'"
expect_output "the stored segment holds the English term again" "[1,2]" \
	sqlite3 "$db16" "SELECT terms FROM segment"
"$SHUYU" --db "$db16" lookup "uses of ICTs" >"$TMP/uses" 2>&1
expect_ok "a plural the lemma table lacks is an exact match" \
	grep -q '^use of ICTs  (exact match' "$TMP/uses"
expect_ok "and the term is counted in its segment" \
	grep -q 'en  use of ICTs  admitted  (1 segment)' "$TMP/uses"
"$SHUYU" --db "$db" lookup "using ICTs" >"$TMP/using" 2>&1 || true
expect_ok "using is not us: malicious ICT acts is no substring of it" \
	sh -c '! grep -qi "malicious" "$1"' - "$TMP/using"

# A candidate the terminologist rejected under a key of the old lemmas
# stays rejected, and a proposed pair that the new key makes the same
# gives way to it.
dbr="$TMP/reject16.sqlite"
"$SHUYU" --db "$dbr" init --empty >/dev/null
printf '各国对信通技术的使用。\n信通技术的使用不断增加。\n' >"$TMP/r.zh"
printf 'The uses of ICTs by States.\nThe use of ICTs keeps growing.\n' >"$TMP/r.en"
"$SHUYU" --db "$dbr" merge --doc A/1 "$TMP/r.zh" "$TMP/r.en" 2>/dev/null
"$SHUYU" --db "$dbr" extract --min-freq 1 >/dev/null
id=$(sqlite3 "$dbr" "SELECT id FROM candidate WHERE en = 'uses of ICTs'")
"$SHUYU" --db "$dbr" term reject "$id" 2>/dev/null
sqlite3 "$dbr" "UPDATE candidate SET en_key = 'us of ict' WHERE id = $id;
	INSERT INTO candidate (zh, en, zh_key, en_key) VALUES ('使用', 'use of ICTs', '使用', 'use of ict');
	PRAGMA user_version = 16"
"$SHUYU" --db "$dbr" extract --min-freq 1 >"$TMP/again16" 2>/dev/null
expect_ok "a pair rejected under an old key is not proposed again" \
	sh -c '! grep -Eq "^#[0-9]+ +使用 " "$1"' - "$TMP/again16"
expect_output "its key is made again, and the proposed pair of the same key is gone" "rejected" \
	sqlite3 "$dbr" "SELECT group_concat(status) FROM candidate WHERE zh_key = '使用'"

echo "not a database" >"$TMP/notes.sqlite"
expect_stderr 1 "a file that is not a termbase is refused by name" "notes.sqlite" \
	"$SHUYU" --db "$TMP/notes.sqlite" lookup 负责任国家行为
expect_ok "the file that is not a termbase is left alone" grep -q "not a database" "$TMP/notes.sqlite"

# Inputs the fuzzers once caught misbehaving: each must give 0 or 1, never
# a crash or (under make sanitize) a leak.
for f in tests/fuzz/crashes/*; do
	[ -f "$f" ] || continue
	case "$f" in *tmx-*) ext=tmx ;; *tbx-*) ext=tbx ;; *csv-*) ext=csv ;; *) ext=tsv ;; esac
	cp "$f" "$TMP/fuzz.$ext"
	"$SHUYU" --db "$TMP/fuzz.sqlite" import "$TMP/fuzz.$ext" >/dev/null 2>"$TMP/fuzz.err"
	status=$?
	expect_ok "fuzzer input $(basename "$f") is handled (status $status)" \
		sh -c "[ $status -le 1 ] && ! grep -q Sanitizer '$TMP/fuzz.err'"
done

finish

# Several documents in one run, named in a list (tab-separated: symbol,
# Chinese, English, title, date), the file names relative to the list.
dbl="$TMP/list.sqlite"
mkdir -p "$TMP/batch/texts"
cp corpora/concept-note.zh.txt corpora/concept-note.en.txt "$TMP/batch/texts/"
printf '各国对信通技术的使用。\n信通技术的使用不断增加。\n' >"$TMP/batch/texts/r.zh"
printf 'The uses of ICTs by States.\nThe use of ICTs keeps growing.\n' >"$TMP/batch/texts/r.en"
printf '建立信任措施可减少紧张。\n' >"$TMP/batch/texts/only.zh"
printf '# symbol\tChinese\tEnglish\ttitle\tdate\n\nS/2021/621\ttexts/concept-note.zh.txt\ttexts/concept-note.en.txt\tConcept note\t2021-06-08\nA/1\ttexts/r.zh\ttexts/r.en\nA/2\ttexts/only.zh\n' \
	>"$TMP/batch/docs.tsv"
"$SHUYU" --db "$dbl" merge --list "$TMP/batch/docs.tsv" 2>"$TMP/list.err"
expect_ok "merge --list stores every document" \
	sh -c 'grep -q "S/2021/621: stored" "$1" && grep -q "A/1: stored" "$1" && grep -q "A/2: stored 1 segment;" "$1"' - "$TMP/list.err"
expect_output "the list's title and date are kept" "Concept note|2021-06-08" \
	sqlite3 "$dbl" "SELECT title || '|' || date FROM document WHERE symbol = 'S/2021/621'"
expect_stderr 0 "merging the list again changes nothing" "A/2: already in the termbase" \
	"$SHUYU" --db "$dbl" merge --list "$TMP/batch/docs.tsv"
before=$(sqlite3 "$dbl" "SELECT count(*) || '/' || total(length(zh)) FROM segment")
printf 'A/3\ttexts/r.zh\ttexts/r.en\nA/4\ttexts/missing.zh\n' >"$TMP/batch/bad.tsv"
expect_stderr 1 "a list naming a missing file says where, and stores nothing" "bad.tsv, line 2 \\(A/4\\)" \
	"$SHUYU" --db "$dbl" merge --list "$TMP/batch/bad.tsv"
expect_output "the termbase is as it was" "$before" \
	sqlite3 "$dbl" "SELECT count(*) || '/' || total(length(zh)) FROM segment"
printf 'A/5\n' >"$TMP/batch/short.tsv"
expect_stderr 2 "a list line without its Chinese file is a usage error" "short.tsv, line 1" \
	"$SHUYU" --db "$dbl" merge --list "$TMP/batch/short.tsv"
printf 'A/6\ttexts/r.zh\t\t\270\272\324\360\n' >"$TMP/batch/gbk.tsv"
expect_stderr 1 "a list not in UTF-8 is refused with its line and byte" "gbk.tsv, line 1, byte 17: not UTF-8" \
	"$SHUYU" --db "$dbl" merge --list "$TMP/batch/gbk.tsv"
expect_stderr 2 "--list takes no --doc" "with --list" \
	"$SHUYU" --db "$dbl" merge --list "$TMP/batch/docs.tsv" --doc X/1
# What a list stores is what one shuyu merge after another stores: the
# same sentence pairs, alignment scores, terms and phrases (each document
# aligned on its own, not with the known translations of those before).
dbo="$TMP/one-by-one.sqlite"
printf 'B/1\ttexts/concept-note.zh.txt\ttexts/concept-note.en.txt\nB/2\ttexts/r.zh\ttexts/r.en\nB/3\ttexts/concept-note.zh.txt\ttexts/concept-note.en.txt\n' \
	>"$TMP/batch/same.tsv"
"$SHUYU" --db "$dbo" merge --list "$TMP/batch/same.tsv" 2>/dev/null
"$SHUYU" --db "$TMP/each.sqlite" merge --doc B/1 "$TMP/batch/texts/concept-note.zh.txt" "$TMP/batch/texts/concept-note.en.txt" 2>/dev/null
"$SHUYU" --db "$TMP/each.sqlite" merge --doc B/2 "$TMP/batch/texts/r.zh" "$TMP/batch/texts/r.en" 2>/dev/null
"$SHUYU" --db "$TMP/each.sqlite" merge --doc B/3 "$TMP/batch/texts/concept-note.zh.txt" "$TMP/batch/texts/concept-note.en.txt" 2>/dev/null
rows="SELECT d.symbol, s.position, s.zh, s.en, s.score, s.terms, s.zh_chunks, s.en_chunks
	FROM %s.segment s JOIN %s.document d ON d.id = s.document_id"
expect_output "a list stores what one merge after another stores" "141|0" \
	sqlite3 "$dbo" "ATTACH '$TMP/each.sqlite' AS e;
	SELECT (SELECT count(*) FROM segment) || '|' || (SELECT count(*) FROM
	($(printf "$rows" main main) EXCEPT $(printf "$rows" e e)))"
