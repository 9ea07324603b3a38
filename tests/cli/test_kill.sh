# test_kill.sh - a merge killed at any moment leaves the termbase whole:
# 'shuyu merge' is killed (SIGKILL) after a random delay, again and again,
# on a document large enough that a merge takes a while; then the file must
# pass SQLite's integrity check and FTS5's, each document must be there
# with all its segments or not at all, and merging afterwards must work.
#
# The document is the concept note repeated with a different number in each
# copy (so each round's content is new and is really written), its size
# chosen so that a merge takes about half a second; the delays are spread
# over 1.6 times the measured length of a merge, so most kills land in the
# middle of the work and a few after it. Under make sanitize (BUILD ends in
# asan) the document is smaller: everything runs several times slower.
# KILL_ROUNDS changes the number of kills (default 20).
. tests/cli/lib.sh

rounds=${KILL_ROUNDS:-20}
case "${BUILD:-build}" in
*asan*) copies=30 ;;
*) copies=120 ;;
esac
db="$TMP/kill.sqlite"

# variant N: the document's content for round N, the same sentences each time.
variant() {
	c=1
	while [ $c -le $copies ]; do
		sed "s/信息/信息$1号$c/g" corpora/concept-note.zh.txt
		c=$((c + 1))
	done >"$TMP/v$1.txt"
}
ms() { echo $(($(date +%s%N) / 1000000)); }
random() { od -An -N2 -tu2 /dev/urandom | tr -d ' \n'; } # 0..65535

"$SHUYU" --db "$db" init >/dev/null 2>&1
variant 0
t0=$(ms)
"$SHUYU" --db "$db" merge --doc K/0 "$TMP/v0.txt" >"$TMP/out" 2>"$TMP/err"
status=$?
length=$(($(ms) - t0))
expected=$(sed -n 's/.*stored \([0-9]*\) segments.*/\1/p' "$TMP/err")
expect_ok "a first merge of the large document works ($expected segments, $length ms)" \
	sh -c "[ $status -eq 0 ] && [ -n '$expected' ]"
expected=${expected:-0}

killed=0
finished=0
i=1
while [ $i -le $rounds ]; do
	variant $i
	delay=$(($(random) % (length * 16 / 10 + 1) + 1))
	# Four symbols in turn: some rounds add a document, others replace one.
	"$SHUYU" --db "$db" merge --doc "K/$((i % 4))" "$TMP/v$i.txt" >/dev/null 2>&1 &
	pid=$!
	sleep "$((delay / 1000)).$(printf '%03d' $((delay % 1000)))"
	kill -KILL $pid 2>/dev/null
	{ wait $pid; } 2>/dev/null # without the shell's "Killed"
	if [ $? -eq 137 ]; then killed=$((killed + 1)); else finished=$((finished + 1)); fi
	rm -f "$TMP/v$i.txt"
	i=$((i + 1))
done
expect_ok "most of the $rounds merges were killed before they finished ($killed killed, $finished finished)" \
	test $killed -ge $((rounds / 4))

expect_output "the termbase passes SQLite's integrity check" "ok" \
	sqlite3 "$db" "PRAGMA integrity_check"
expect_ok "the full-text index matches the segments" \
	sqlite3 "$db" "INSERT INTO segment_zh_fts(segment_zh_fts) VALUES ('integrity-check'); INSERT INTO segment_en_fts(segment_en_fts) VALUES ('integrity-check'); INSERT INTO occurrence_fts(occurrence_fts) VALUES ('integrity-check')"
# The character index holds every segment's Chinese and nothing else (it
# keeps its own copy, with spaces around the characters).
expect_output "the Chinese index holds exactly the stored segments' Chinese" "0" \
	sqlite3 "$db" "SELECT (SELECT count(*) FROM segment s LEFT JOIN segment_zh_fts f ON f.rowid = s.id
		WHERE f.rowid IS NULL OR replace(f.zh, ' ', '') <> replace(s.zh, ' ', ''))
		+ (SELECT count(*) FROM segment_zh_fts f LEFT JOIN segment s ON s.id = f.rowid WHERE s.id IS NULL)"
# Every document: all its segments, numbered 0..n-1, or not there at all;
# no half-made document under its provisional name.
expect_output "each document is there whole or not at all" "" \
	sqlite3 "$db" "SELECT symbol, count(segment.id), max(position) FROM document
		LEFT JOIN segment ON segment.document_id = document.id GROUP BY document.id
		HAVING count(segment.id) <> $expected OR max(position) <> $expected - 1
		OR symbol NOT LIKE 'K/%' OR content_hash = ''"
expect_output "K/0 is there (merged before the kills)" "1" \
	sqlite3 "$db" "SELECT count(*) FROM document WHERE symbol = 'K/0'"

variant 99
for k in 0 1 2 3; do
	expect_stderr 0 "a merge into K/$k after the kills succeeds" "(stored|replaced the old version with) $expected segments" \
		"$SHUYU" --db "$db" merge --doc "K/$k" "$TMP/v99.txt"
done
expect_output "the four documents are whole afterwards" "4 $((expected * 4))" \
	sqlite3 "$db" "SELECT (SELECT count(*) FROM document) || ' ' || (SELECT count(*) FROM segment)"
expect_output "the termbase still passes the integrity check" "ok" \
	sqlite3 "$db" "PRAGMA integrity_check"
expect_ok "lookup still answers" "$SHUYU" --db "$db" lookup 负责任国家行为

finish
