#!/bin/sh
# run-tests.sh BUILD - run every unit test program and every CLI test script,
# then print one summary line over all the test cases: "N passed, N failed".
#
# Unit tests are cmocka programs (build/tests/test_*); each prints cmocka's
# own summary, which we add up. CLI tests are shell scripts (tests/cli/test_*.sh)
# that drive the built shuyu binary through tests/cli/lib.sh, which prints
# "ok - NAME" or "not ok - NAME" per case.
set -u
build=${1:-build}
cd "$(dirname "$0")/.."

passed=0
failed=0
failures=""
log=$(mktemp)
trap 'rm -f "$log"' EXIT

for t in "$build"/tests/test_*; do
	[ -x "$t" ] || continue
	echo "== $t"
	"$t" >"$log" 2>&1
	status=$?
	cat "$log"
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log")
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log")
	passed=$((passed + ${p:-0}))
	failed=$((failed + ${f:-0}))
	if [ "$status" -ne 0 ]; then
		failures="$failures $t"
		# A crash prints no summary: count it as one failure.
		[ -z "$f" ] && failed=$((failed + 1))
	fi
done

for t in tests/cli/test_*.sh; do
	[ -f "$t" ] || continue
	echo "== $t"
	SHUYU="$build/shuyu" BUILD="$build" sh "$t" >"$log" 2>&1
	status=$?
	cat "$log"
	p=$(grep -c '^ok - ' "$log")
	f=$(grep -c '^not ok - ' "$log")
	passed=$((passed + p))
	failed=$((failed + f))
	if [ "$status" -ne 0 ]; then
		failures="$failures $t"
		[ "$f" -eq 0 ] && failed=$((failed + 1))
	fi
done

echo
[ -n "$failures" ] && echo "failed in:$failures"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ -z "$failures" ]
