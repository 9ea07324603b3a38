# test_omegat.sh - end to end with a real CAT tool: OmegaT, headless, fills
# a Chinese document from the TMX shuyu exports.
#
#   fixture TMX ─import─▶ termbase ─export─▶ PROJECT/tm/auto/shuyu.tmx
#   the TMX's Chinese segments, one per paragraph ─▶ PROJECT/source/doc.txt
#   omegat PROJECT --mode=console-translate ─▶ PROJECT/target/doc.txt
#
# OmegaT segments the source with its own rules and, with a TMX in tm/auto/,
# puts in the translation of every segment that matches a <tu> exactly; the
# others it leaves in Chinese. So the target must be our English, paragraph
# for paragraph, and a paragraph the TMX lacks must stay as it was.
#
# Needs Debian's omegat (scripts/setup.sh installs it) and python3; without
# them the case is skipped. OmegaT takes about 3 s.
. tests/cli/lib.sh

DATA=tests/data/exchange
NAME=test_omegat_fills_every_aligned_segment_from_our_tmx

if ! command -v omegat >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
	echo "ok - $NAME # SKIP omegat is not installed (apt-get install omegat)"
	echo "ok - test_omegat_leaves_unknown_segment_in_chinese # SKIP omegat is not installed"
	exit 0
fi

DB="$TMP/tb.sqlite"
PROJECT="$TMP/project"
"$SHUYU" --db "$DB" init --empty >/dev/null
expect_ok test_omegat_fixture_imports "$SHUYU" --db "$DB" import "$DATA/un-sample.tmx" "$DATA/trados-utf16le.tmx"

mkdir -p "$PROJECT/source" "$PROJECT/target" "$PROJECT/tm/auto" "$PROJECT/glossary" \
	"$PROJECT/dictionary" "$PROJECT/omegat" "$TMP/home"
expect_ok test_omegat_export_tmx_into_tm_auto \
	"$SHUYU" --db "$DB" export --format tmx -o "$PROJECT/tm/auto/shuyu.tmx"
"$SHUYU" --db "$DB" export --format tsv -o "$PROJECT/glossary/shuyu.txt" 2>/dev/null

cat >"$PROJECT/omegat.project" <<'EOF'
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes/>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>zh-CN</source_lang>
    <target_lang>en</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
EOF

# The source: each Chinese segment of the TMX as a paragraph, then one the
# TMX does not have. The expected target: the English, and that one as is.
UNKNOWN='这一句不在翻译记忆中。'
python3 - "$PROJECT/tm/auto/shuyu.tmx" "$PROJECT/source/doc.txt" "$TMP/expected.txt" "$UNKNOWN" <<'EOF'
import sys
import xml.etree.ElementTree as ET
tmx, source, expected, unknown = sys.argv[1:]
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
zh, en = [], []
for tu in ET.parse(tmx).getroot().iter("tu"):
    sides = {tuv.get(LANG): tuv.find("seg").text for tuv in tu.iter("tuv")}
    zh.append(sides["zh-CN"])
    en.append(sides["en"])
with open(source, "w", encoding="utf-8") as f:
    f.write("\n\n".join(zh + [unknown]) + "\n")
with open(expected, "w", encoding="utf-8") as f:
    f.write("\n\n".join(en + [unknown]) + "\n")
EOF

# OmegaT keeps its settings in ~/.omegat: give it a home of its own.
HOME="$TMP/home" timeout 300 omegat "$PROJECT" --mode=console-translate >"$TMP/omegat.log" 2>&1
status=$?
if [ "$status" -ne 0 ] || [ ! -f "$PROJECT/target/doc.txt" ]; then
	fail "$NAME" "omegat exited with status $status, target/doc.txt $(test -f "$PROJECT/target/doc.txt" && echo present || echo missing)" \
		"$(tail -n 15 "$TMP/omegat.log")"
	fail test_omegat_leaves_unknown_segment_in_chinese "omegat did not run"
	finish
	exit
fi

# Every paragraph but the last: our English, exactly.
n=$(grep -c . "$TMP/expected.txt")
head -n $((2 * n - 3)) "$TMP/expected.txt" >"$TMP/expected.en"
head -n $((2 * n - 3)) "$PROJECT/target/doc.txt" >"$TMP/got.en"
if [ "$n" -ge 6 ] && cmp -s "$TMP/expected.en" "$TMP/got.en"; then
	pass "$NAME"
else
	fail "$NAME" "$(diff "$TMP/expected.en" "$TMP/got.en" | head -c 800)"
fi
if [ "$(tail -n 1 "$PROJECT/target/doc.txt")" = "$UNKNOWN" ]; then
	pass test_omegat_leaves_unknown_segment_in_chinese
else
	fail test_omegat_leaves_unknown_segment_in_chinese "last line: $(tail -n 1 "$PROJECT/target/doc.txt")"
fi
if grep -q 'Created by: shuyu' "$TMP/omegat.log"; then
	pass test_omegat_reads_our_tmx_header
else
	fail test_omegat_reads_our_tmx_header "$(grep -i tmx "$TMP/omegat.log" | head -5)"
fi

finish
