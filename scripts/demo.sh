#!/bin/sh
# demo.sh BUILD - the main job on corpora/, shown step by step: what a
# translator would run on a new Chinese document and its English original.
# Each stage of the pipeline that exists appears here; results go to
# build/demo/ as well as to the screen.
set -eu
build=${1:-build}
cd "$(dirname "$0")/.."
shuyu="$build/shuyu"
out="$build/demo"
mkdir -p "$out"

zh=corpora/concept-note.zh.txt
en=corpora/concept-note.en.txt

if [ -t 1 ]; then bold=$(printf '\033[1m') plain=$(printf '\033[0m'); else bold="" plain=""; fi
step() { printf '\n%s== %s%s\n$ %s\n' "$bold" "$1" "$plain" "$2"; }

step "1. Split the Chinese concept note into sentences" "shuyu segment $zh"
"$shuyu" segment "$zh" | tee "$out/concept-note.zh.sentences" | head -n 20
echo "... ($(wc -l <"$out/concept-note.zh.sentences") sentences; all in $out/concept-note.zh.sentences)"

step "2. The same for the English, with block kinds and paragraph numbers" \
	"shuyu segment --format tsv $en | cut -f4,5,8"
"$shuyu" segment --format tsv "$en" >"$out/concept-note.en.tsv"
cut -f4,5,8 "$out/concept-note.en.tsv" | sed -n '14,22p' | cut -c1-110
echo "... ($(wc -l <"$out/concept-note.en.tsv") sentences; all in $out/concept-note.en.tsv)"

step "3. The page break inside paragraph 5 is joined back" \
	"shuyu segment $zh | grep COVID-19"
"$shuyu" segment "$zh" | grep 'COVID-19'

if "$shuyu" --help | grep -q '^  align '; then
	step "4. Align the Chinese with the English" "shuyu align $zh $en --format tsv"
	"$shuyu" align "$zh" "$en" --format tsv >"$out/concept-note.align.tsv"
	sed -n '14,20p' "$out/concept-note.align.tsv"
	"$shuyu" align "$zh" "$en" --format tmx >"$out/concept-note.tmx"
	echo "... (all beads in $out/concept-note.align.tsv; TMX in $out/concept-note.tmx)"
fi

db="$out/termbase.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
if "$shuyu" merge --help | grep -q 'ZH \[EN\]' && "$shuyu" --help | grep -q '^  align '; then
	step "5. Merge the pair into a demo termbase (it starts with the curated glossary)" \
		"shuyu --db $db merge --doc S/2021/621 --date 2021-06-08 $zh $en"
	"$shuyu" --db "$db" merge --doc S/2021/621 --date 2021-06-08 "$zh" "$en"
else
	step "5. Merge the Chinese document into a demo termbase (it starts with the curated glossary)" \
		"shuyu --db $db merge --doc S/2021/621 --date 2021-06-08 $zh"
	"$shuyu" --db "$db" merge --doc S/2021/621 --date 2021-06-08 "$zh"
fi

step "6. Look a term up, in traditional characters" "shuyu --db $db lookup 負責任國家行為"
"$shuyu" --db "$db" lookup --limit 2 --examples 1 負責任國家行為

step "7. A bilingual concordance" "shuyu --db $db concord 建立信任 --limit 3"
"$shuyu" --db "$db" concord --limit 3 建立信任

step "8. New term pairs the document proposes (those the glossary lacks), and accepting one" \
	"shuyu --db $db extract --limit 8; shuyu --db $db term accept ID"
"$shuyu" --db "$db" extract --limit 8
first=$("$shuyu" --db "$db" extract --limit 1 --json | sed -n 's/^{"id":\([0-9]*\),.*/\1/p')
if [ -n "$first" ]; then
	"$shuyu" --db "$db" term accept "$first" --note "accepted in the demo"
fi

step "9. Export the translation memory and the terms for a CAT tool" \
	"shuyu --db $db export --format tmx -o $out/S-2021-621.tmx; shuyu --db $db export --format tbx -o $out/terms.tbx"
"$shuyu" --db "$db" export --format tmx --doc S/2021/621 -o "$out/S-2021-621.tmx"
"$shuyu" --db "$db" export --format tbx -o "$out/terms.tbx"
"$shuyu" --db "$db" export --format tsv -o "$out/omegat-glossary.txt"
sed -n '8,16p' "$out/S-2021-621.tmx"

printf '\nDone. Everything the demo wrote is in %s/.\n' "$out"
