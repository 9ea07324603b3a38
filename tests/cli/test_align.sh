# test_align.sh - shuyu align from the command line: formats, both orders,
# exit statuses and messages, the concept note against its hand-written gold
# alignment, and (when ../shared/eval is there) a Bible book.
. tests/cli/lib.sh

zh=corpora/concept-note.zh.txt
en=corpora/concept-note.en.txt

# The concept note: every bead as the hand-written gold alignment has it.
expect_output "align $zh $en gives every gold bead" "$(cat corpora/concept-note.gold.align)" \
	"$SHUYU" align "$zh" "$en"

# With a termbase, its terms count as known translations; the beads stay right.
SHUYU_DB="$TMP/tb.sqlite" "$SHUYU" init >/dev/null 2>&1
expect_output "align with the termbase's terms gives every gold bead" \
	"$(cat corpora/concept-note.gold.align)" env SHUYU_DB="$TMP/tb.sqlite" "$SHUYU" align "$zh" "$en"

# English first: the same beads with the sides swapped.
swapped=$(sed 's/^\(\[[^]]*\]\):\(\[[^]]*\]\)$/\2:\1/' corpora/concept-note.gold.align)
expect_output "align puts the first file's side first" "$swapped" "$SHUYU" align "$en" "$zh"

# tsv: six columns, ok/check, the texts; json parses; tmx is well-formed XML.
"$SHUYU" align --format tsv "$zh" "$en" >"$TMP/tsv" 2>"$TMP/err"
expect_ok "tsv has six columns on every line" \
	awk -F'\t' 'NF != 6 || ($4 != "ok" && $4 != "check") { exit 1 }' "$TMP/tsv"
expect_ok "tsv carries both texts" grep -q '安全理事会	Security Council$' "$TMP/tsv"
"$SHUYU" align --format json "$zh" "$en" >"$TMP/json"
expect_ok "json is valid and has one object per bead" python3 -c '
import json, sys
beads = json.load(open(sys.argv[1]))
assert len(beads) == 70, len(beads)
assert all(0 <= b["score"] <= 1 and isinstance(b["flagged"], bool) for b in beads)
assert beads[0]["src_text"] == "安全理事会"
' "$TMP/json"
"$SHUYU" align --format tmx "$zh" "$en" >"$TMP/tmx"
expect_ok "tmx is well-formed XML" xmllint --noout "$TMP/tmx"
expect_ok "tmx has a unit per matched bead, Chinese and English" python3 -c '
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
units = root.findall("body/tu")
assert len(units) == 69, len(units)
lang = "{http://www.w3.org/XML/1998/namespace}lang"
assert sorted(t.get(lang) for t in units[0].findall("tuv")) == ["en", "zh-CN"]
assert root.find("header").get("srclang") == "zh-CN"
' "$TMP/tmx"
expect_ok "a threshold of 1 flags every bead" sh -c \
	"'$SHUYU' align --threshold 1 --format tsv '$zh' '$en' | awk -F'\t' '\$4 != \"check\" { exit 1 }'"

# Presegmented input: line n is sentence n.
"$SHUYU" segment "$zh" >"$TMP/zh.lines"
"$SHUYU" segment "$en" >"$TMP/en.lines"
expect_output "--presegmented reads one sentence per line" "$(cat corpora/concept-note.gold.align)" \
	"$SHUYU" align --presegmented "$TMP/zh.lines" "$TMP/en.lines"

# Bad input: clear messages, status 1; usage errors, status 2.
: >"$TMP/empty.txt"
expect_stderr 1 "an empty file is refused, by name" "empty.txt" "$SHUYU" align "$zh" "$TMP/empty.txt"
expect_stderr 1 "two English files are refused" "both English" "$SHUYU" align "$en" "$en"
expect_stderr 1 "a missing file is named" "nonexistent" "$SHUYU" align "$zh" "$TMP/nonexistent.txt"
cat >"$TMP/cooking.txt" <<'TEXT'
Preheat the oven to a moderate heat before you start. Sift the flour and the salt into a
large bowl. Rub the butter into the flour with your fingertips. Add the sugar, the raisins
and the grated lemon peel. Beat the eggs with the milk in a jug. Pour the liquid into the
dry ingredients and stir gently. The dough should be soft but not sticky. Roll it out on a
floured board to the thickness of a thumb. Cut it into rounds with a fluted cutter. Brush
the tops with a little beaten egg. Bake the scones until they have risen and turned golden.
Cool them on a wire rack for ten minutes. Serve them warm with clotted cream and jam. A pot
of strong tea goes well with them. Scones are best eaten on the day they are baked.
Leftovers can be frozen for up to a month. Some cooks add cheese instead of fruit. Others
prefer a pinch of nutmeg or cinnamon. The recipe makes about twelve scones.
TEXT
expect_stderr 1 "unrelated documents are refused" "do not look like translations" \
	"$SHUYU" align "$zh" "$TMP/cooking.txt"
expect_ok "--force aligns them all the same" "$SHUYU" align --force "$zh" "$TMP/cooking.txt"
expect_stderr 2 "an unknown format is a usage error" "unknown format" "$SHUYU" align --format xml "$zh" "$en"
expect_stderr 2 "one file is a usage error" "two files" "$SHUYU" align "$zh"
expect_ok "--help shows an example" sh -c "'$SHUYU' align --help | grep -q 'shuyu align corpora'"

# A dictionary named but missing is an error, not a silent fallback.
expect_stderr 1 "SHUYU_CEDICT naming a missing file is an error" "SHUYU_CEDICT" \
	env SHUYU_CEDICT=/nonexistent/cedict "$SHUYU" align "$zh" "$en"

# A Bible book, when the evaluation data is there (English first).
bible=../shared/eval/bible
if [ -d "$bible" ] && [ -x ../shared/tools/align-eval ]; then
	"$SHUYU" align --presegmented "$bible/text/001.en" "$bible/text/001.zh" >"$TMP/001.align"
	f1=$(../shared/tools/align-eval --contain "$bible/gold/001.align" "$TMP/001.align" | sed -n 's/^F1 //p')
	expect_ok "Bible 001 aligns with F1 >= 0.97 (got $f1)" python3 -c "import sys; sys.exit(float('$f1') < 0.97)"
else
	echo "ok - Bible 001 (skipped: ../shared/eval is absent)"
fi

# A path with many 0-1 beads near the band's edge once overflowed the rows
# the aligner keeps (a crash on the first 4,000 verses of Bible 006).
if [ -f ../shared/eval/bible/text/006.en ]; then
	head -n 4000 ../shared/eval/bible/text/006.en >"$TMP/006.en"
	head -n 5692 ../shared/eval/bible/text/006.zh >"$TMP/006.zh"
	expect_ok "align survives a path with many omissions at the band's edge" \
		"$SHUYU" align --presegmented "$TMP/006.zh" "$TMP/006.en"
else
	echo "ok - band-edge regression (skipped: ../shared/eval is absent)"
fi

finish
