# test_segment_cli.sh - shuyu segment from the command line: formats,
# encodings, and every kind of bad input with its message and status.
. tests/cli/lib.sh

zh=corpora/concept-note.zh.txt
"$SHUYU" segment --format json "$zh" >"$TMP/zh.json"
expect_ok "segment --format json gives the sentences with their blocks" python3 -c '
import json, sys
rows = json.load(open(sys.argv[1]))
assert len(rows) == 71, len(rows)
assert rows[15]["kind"] == "paragraph" and rows[15]["number"] == "1", rows[15]
assert rows[14]["kind"] == "heading" and rows[14]["text"] == "目标", rows[14]
assert all(r["end"] > r["start"] for r in rows)
' "$TMP/zh.json"
"$SHUYU" segment --format tsv "$zh" "$zh" >"$TMP/two.tsv"
expect_ok "segment takes several files" test "$(wc -l <"$TMP/two.tsv")" -eq 142
expect_output "segment reads standard input with -" "第一句。
第二句！" sh -c "printf '第一句。第二句！\n' | '$SHUYU' segment -"

iconv -f UTF-8 -t GB18030 "$zh" >"$TMP/gb.txt"
expect_output "segment detects GB18030" "$(cat tests/data/concept-note.zh.sentences)" "$SHUYU" segment "$TMP/gb.txt"
expect_stderr 0 "segment -v says which encoding it read" "read as GB18030" "$SHUYU" segment -v "$TMP/gb.txt"
expect_output "segment --encoding GBK reads GB18030 text" "$(cat tests/data/concept-note.zh.sentences)" \
	"$SHUYU" segment --encoding GBK "$TMP/gb.txt"
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE corpora/concept-note.en.txt; } >"$TMP/u16.txt"
expect_output "segment reads UTF-16 with a byte-order mark" "$(cat tests/data/concept-note.en.sentences)" \
	"$SHUYU" segment "$TMP/u16.txt"

printf '负责任国家行为。建立信任措施。会员国将有机会重申其承诺。\n网络\200空间。\n' >"$TMP/bad.txt"
expect_stderr 1 "an invalid byte is named by file, line and byte" "bad.txt: line 2, byte 91: not valid UTF-8" \
	"$SHUYU" segment "$TMP/bad.txt"
expect_stderr 0 "--lenient replaces the byte and says so" "replaced 1 bad byte" \
	"$SHUYU" segment --lenient "$TMP/bad.txt"
: >"$TMP/empty.txt"
expect_stderr 1 "an empty file is named" "empty.txt: the file is empty" "$SHUYU" segment "$TMP/empty.txt"
expect_stderr 1 "a missing file is named" "nothere.txt: no such file" "$SHUYU" segment "$TMP/nothere.txt"
expect_stderr 1 "a folder is named" "is a folder" "$SHUYU" segment "$TMP"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' >"$TMP/img.png"
expect_stderr 1 "an image is refused as binary" "img.png: byte 8: a NUL byte; this looks like a binary file" \
	"$SHUYU" segment "$TMP/img.png"
expect_stderr 2 "an unknown encoding is a usage error" "unknown encoding" \
	"$SHUYU" segment --encoding KLINGON "$zh"

finish
