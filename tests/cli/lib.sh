# lib.sh - sourced by the CLI tests. $SHUYU is the binary under test.
#
#   expect_ok NAME CMD...            CMD exits 0
#   expect_status N NAME CMD...      CMD exits N
#   expect_output NAME EXPECTED CMD...  CMD's stdout equals EXPECTED
#   expect_stderr N NAME PATTERN CMD... CMD exits N and stderr matches PATTERN (grep -E)
#   finish                           exit 1 if any case failed
#
# Each case prints "ok - NAME" or "not ok - NAME" with what went wrong.
: "${SHUYU:=build/shuyu}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
FAILED=0

pass() { echo "ok - $1"; }
fail() {
	echo "not ok - $1"
	shift
	[ $# -gt 0 ] && printf '    %s\n' "$@"
	FAILED=$((FAILED + 1))
}

expect_status() {
	want=$1 name=$2
	shift 2
	"$@" >"$TMP/out" 2>"$TMP/err" </dev/null
	got=$?
	if [ "$got" -eq "$want" ]; then pass "$name"; else
		fail "$name" "exit status $got, expected $want" "stderr: $(head -c 400 "$TMP/err")"
	fi
}

expect_ok() {
	name=$1
	shift
	expect_status 0 "$name" "$@"
}

expect_output() {
	name=$1 want=$2
	shift 2
	"$@" >"$TMP/out" 2>"$TMP/err" </dev/null
	got=$?
	if [ "$got" -ne 0 ]; then
		fail "$name" "exit status $got" "stderr: $(head -c 400 "$TMP/err")"
	elif [ "$(cat "$TMP/out")" = "$want" ]; then pass "$name"; else
		fail "$name" "got:" "$(head -c 800 "$TMP/out")" "expected:" "$want"
	fi
}

expect_stderr() {
	want=$1 name=$2 pattern=$3
	shift 3
	"$@" >"$TMP/out" 2>"$TMP/err" </dev/null
	got=$?
	if [ "$got" -ne "$want" ]; then
		fail "$name" "exit status $got, expected $want" "stderr: $(head -c 400 "$TMP/err")"
	elif grep -Eq -e "$pattern" "$TMP/err"; then pass "$name"; else
		fail "$name" "stderr does not match /$pattern/:" "$(head -c 400 "$TMP/err")"
	fi
}

finish() {
	[ "$FAILED" -eq 0 ]
}
