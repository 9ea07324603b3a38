# test_cli.sh - the command itself: help, version, usage errors, the man
# page, make install.
. tests/cli/lib.sh

expect_ok "shuyu --help succeeds" "$SHUYU" --help
expect_output "shuyu --version prints the version" "shuyu $(sed -n 's/.*SY_VERSION "\(.*\)".*/\1/p' include/shuyu/version.h)" "$SHUYU" --version
"$SHUYU" --help >"$TMP/help"
expect_ok "shuyu --help shows an example" grep -q '^Example' "$TMP/help"
expect_ok "shuyu --help lists segment" grep -q '^  segment ' "$TMP/help"
expect_stderr 2 "no command is a usage error" "usage: shuyu" "$SHUYU"
expect_stderr 2 "an unknown command is a usage error" "'frobnicate' is not a shuyu command" "$SHUYU" frobnicate
expect_stderr 2 "an unknown option is a usage error" "unknown option" "$SHUYU" --frobnicate

# Every command's --help has an example.
for cmd in $(awk '/^Commands:/ {on = 1; next} /^$/ {on = 0} on {print $1}' "$TMP/help"); do
	"$SHUYU" "$cmd" --help >"$TMP/cmdhelp" 2>&1
	expect_ok "shuyu $cmd --help shows an example" grep -Eq '^Examples?:' "$TMP/cmdhelp"
done
expect_stderr 2 "segment without a file is a usage error" "name at least one file" "$SHUYU" segment
expect_stderr 2 "segment with an unknown format is a usage error" "unknown format" \
	"$SHUYU" segment --format xml corpora/concept-note.zh.txt

# The man page renders without warnings.
expect_ok "man -l renders docs/shuyu.1" sh -c 'MANWIDTH=80 man -l docs/shuyu.1 >/dev/null 2>&1'
preconv docs/shuyu.1 | groff -man -Tutf8 -ww -z >"$TMP/groff" 2>&1
expect_ok "the man page has no groff warnings" test ! -s "$TMP/groff"
expect_ok "the man page documents segment" sh -c 'MANWIDTH=80 man -l docs/shuyu.1 2>/dev/null | grep -q "shuyu segment"'

# make install honours PREFIX and DESTDIR.
make --no-print-directory BUILD="${BUILD:-build}" install PREFIX=/opt/shuyu DESTDIR="$TMP/root" >/dev/null 2>&1
expect_ok "make install puts the command under DESTDIR/PREFIX" test -x "$TMP/root/opt/shuyu/bin/shuyu"
expect_ok "make install puts the headers under DESTDIR/PREFIX" test -f "$TMP/root/opt/shuyu/include/shuyu/segment.h"
expect_ok "make install puts the man page under DESTDIR/PREFIX" test -f "$TMP/root/opt/shuyu/share/man/man1/shuyu.1"
expect_ok "the installed command runs" "$TMP/root/opt/shuyu/bin/shuyu" segment corpora/concept-note.en.txt

finish
