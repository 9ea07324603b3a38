#!/bin/sh
# bench-extract.sh - how long term extraction takes per 1,000 aligned
# sentence pairs, and whether that grows linearly.
#
# Input: the zh-en Bible of ../shared/eval (when it is there), cut to
# 1,000 ... 16,000 English sentences, aligned by shuyu, imported as TMX into
# an empty termbase. For each size: the first `shuyu extract` (which indexes
# the imported segments: word break, dictionary, lemmas) and a second one
# (counting and pairing only, as after `shuyu merge`, which indexes as it
# stores), wall time and peak memory.
set -eu
build=${1:-build}
cd "$(dirname "$0")/.."
bible=../shared/eval/bible/text
if [ ! -f "$bible/006.en" ]; then
	echo "bench-extract: $bible not found; skipped (it needs ../shared/eval)"
	exit 0
fi
work=$build/bench/extract
rm -rf "$work"
mkdir -p "$work"
printf '\nTerm extraction (Bible 006 cut to size; extract --limit 0)\n'
printf '%8s %10s %10s %10s %12s %10s\n' pairs index_s extract_s per1000_s peak_MB candidates
for n in 1000 2000 4000 8000 16000; do
	zn=$((n * 1423 / 1000))
	head -n "$n" "$bible/006.en" >"$work/en.txt"
	head -n "$zn" "$bible/006.zh" >"$work/zh.txt"
	"$build/shuyu" align --presegmented --format tmx "$work/zh.txt" "$work/en.txt" >"$work/tm.tmx" 2>/dev/null
	db=$work/tb-$n.sqlite
	"$build/shuyu" --db "$db" init --empty >/dev/null
	"$build/shuyu" --db "$db" import "$work/tm.tmx" 2>/dev/null
	pairs=$(sqlite3 "$db" "SELECT count(*) FROM segment WHERE zh != '' AND en != ''")
	/usr/bin/time -f '%e %M' -o "$work/t1" "$build/shuyu" --db "$db" extract --limit 0 >/dev/null 2>&1
	/usr/bin/time -f '%e %M' -o "$work/t2" "$build/shuyu" --db "$db" extract --limit 0 --json >"$work/c.json" 2>/dev/null
	read -r s1 kb1 <"$work/t1"
	read -r s2 kb2 <"$work/t2"
	printf '%8d %10.2f %10.2f %10.3f %12.1f %10d\n' "$pairs" "$(echo "$s1 - $s2" | bc -l)" "$s2" \
		"$(echo "$s2 * 1000 / $pairs" | bc -l)" "$(echo "$kb1 / 1024" | bc -l)" "$(wc -l <"$work/c.json")"
done
