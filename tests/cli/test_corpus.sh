# test_corpus.sh - the concept note in corpora/, segmented exactly as the
# hand-written, reviewed expectation in tests/data/ says (sentences, block
# kinds and numbers), in both languages.
. tests/cli/lib.sh

for lang in zh en; do
	doc=corpora/concept-note.$lang.txt
	expect_output "segment $doc gives the hand-checked sentences" \
		"$(cat tests/data/concept-note.$lang.sentences)" "$SHUYU" segment "$doc"
	"$SHUYU" segment --format tsv "$doc" | cut -f4,5 >"$TMP/blocks"
	expect_output "segment $doc gives the hand-checked block kinds and numbers" \
		"$(cat tests/data/concept-note.$lang.blocks.tsv)" cat "$TMP/blocks"
done

# The offsets in tsv slice each sentence out of the decoded text (both
# files are UTF-8 already, so decoded text = file bytes); white space is
# compared collapsed, as the segmenter collapses it (the page break).
for lang in zh en; do
	doc=corpora/concept-note.$lang.txt
	"$SHUYU" segment --format tsv "$doc" >"$TMP/$lang.tsv"
	expect_ok "tsv byte offsets of $doc slice each sentence out of the text" python3 -c '
import re, sys
text = open(sys.argv[1], "rb").read()
rows = 0
for row in open(sys.argv[2], encoding="utf-8"):
    f = row.rstrip("\n").split("\t")
    piece = text[int(f[5]):int(f[6])].decode("utf-8")
    piece = re.sub(r"\s+", " ", piece)
    if piece != f[7] and piece.replace(" ", "") != f[7].replace(" ", ""):
        sys.exit("sentence %s: %r != %r" % (f[1], piece, f[7]))
    rows += 1
if rows < 50:
    sys.exit("only %d sentences" % rows)
' "$doc" "$TMP/$lang.tsv"
done

# The gold alignment covers every sentence of both sides once, in order.
zh_n=$(wc -l <tests/data/concept-note.zh.sentences)
en_n=$(wc -l <tests/data/concept-note.en.sentences)
zh_seen=$(sed 's/:.*//' corpora/concept-note.gold.align | tr -d '[]' | tr ',' '\n' | grep -c .)
en_seen=$(sed 's/.*://' corpora/concept-note.gold.align | tr -d '[]' | tr ',' '\n' | grep -c .)
expect_ok "the gold alignment covers every Chinese sentence" test "$zh_seen" -eq "$zh_n"
expect_ok "the gold alignment covers every English sentence" test "$en_seen" -eq "$en_n"

finish
