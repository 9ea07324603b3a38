# test_concurrent.sh - two merges into one termbase at once both succeed
# (the second waits for the first's write lock), a lookup answers while
# they run, and a termbase that cannot be written (a read-only file, or a
# read-only folder) refuses a merge by name and still answers lookups.
#
# As root, file permissions do not stop anything: the read-only cases then
# run shuyu as nobody (setpriv), in a folder nobody can enter.
. tests/cli/lib.sh

case "${BUILD:-build}" in
*asan*) copies=15 ;;
*) copies=60 ;;
esac
doc() { # doc N: a large document, its content numbered N
	c=1
	while [ $c -le $copies ]; do
		sed "s/信息/信息$1号$c/g" corpora/concept-note.zh.txt
		c=$((c + 1))
	done >"$TMP/d$1.txt"
}
doc 1
doc 2
expected=$((copies * 71))

# ---- two merges at once -------------------------------------------------------
for fresh in existing new; do
	db="$TMP/$fresh.sqlite"
	[ $fresh = existing ] && "$SHUYU" --db "$db" init >/dev/null 2>&1
	"$SHUYU" --db "$db" merge --doc C/1 "$TMP/d1.txt" >/dev/null 2>"$TMP/m1.err" &
	p1=$!
	"$SHUYU" --db "$db" merge --doc C/2 "$TMP/d2.txt" >/dev/null 2>"$TMP/m2.err" &
	p2=$!
	wait $p1
	s1=$?
	wait $p2
	s2=$?
	expect_ok "two merges at once into an $fresh termbase both succeed" \
		sh -c "[ $s1 -eq 0 ] && [ $s2 -eq 0 ]" || true
	[ $s1 -eq 0 ] && [ $s2 -eq 0 ] || cat "$TMP/m1.err" "$TMP/m2.err"
	expect_output "both documents are there, whole ($fresh termbase)" "C/1 $expected
C/2 $expected" sqlite3 "$db" "SELECT symbol || ' ' || count(segment.id) FROM document
		JOIN segment ON segment.document_id = document.id GROUP BY symbol ORDER BY symbol"
	expect_output "the glossary is there once ($fresh termbase)" "1" \
		sqlite3 "$db" "SELECT count(*) FROM concept WHERE ref = 'c001'"
done

# A lookup while a merge holds the write lock answers at once.
db="$TMP/existing.sqlite"
doc 3
"$SHUYU" --db "$db" merge --doc C/3 "$TMP/d3.txt" >/dev/null 2>&1 &
p=$!
sleep 0.1
expect_ok "lookup answers while a merge is writing" "$SHUYU" --db "$db" lookup 负责任国家行为
wait $p

# ---- read-only -----------------------------------------------------------------
if [ "$(id -u)" -eq 0 ]; then
	as_user() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
	chmod 755 "$TMP"
else
	as_user() { "$@"; }
fi
mkdir "$TMP/rofile" "$TMP/rodir"
"$SHUYU" --db "$TMP/rofile/tb.sqlite" init >/dev/null 2>&1
"$SHUYU" --db "$TMP/rodir/tb.sqlite" init >/dev/null 2>&1
chmod 444 "$TMP/rofile/tb.sqlite"
chmod 777 "$TMP/rofile" # the folder is writable: only the file is not
chmod 555 "$TMP/rodir"
[ "$(id -u)" -eq 0 ] || chmod 644 "$TMP/rodir/tb.sqlite"
for case in rofile rodir; do
	what="a read-only file"
	[ $case = rodir ] && what="a read-only folder"
	expect_stderr 1 "merge into a termbase in $what is refused by name" \
		"$case/tb.sqlite: cannot write to this termbase: the file or its folder is read-only" \
		as_user "$SHUYU" --db "$TMP/$case/tb.sqlite" merge --doc R/1 corpora/concept-note.zh.txt
	as_user "$SHUYU" --db "$TMP/$case/tb.sqlite" lookup 负责任国家行为 >"$TMP/ro.out" 2>"$TMP/ro.err"
	expect_ok "lookup in a termbase in $what still works" grep -q 'responsible State behaviour' "$TMP/ro.out"
done
chmod 755 "$TMP/rodir"
chmod 644 "$TMP/rofile/tb.sqlite"

finish
