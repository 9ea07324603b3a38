#!/bin/sh
# bench.sh BUILD - speed and memory of segmentation, as figures to read.
#
#  1. Throughput on the Bible texts (../shared/eval/bible/text/006.zh and
#     006.en) beside a bare loop of ICU's sentence break iterator over the same
#     text (tests/bench/bench_segment). Without ../shared, the concept note
#     in corpora/ is used instead (too small to mean much).
#  2. Peak memory (maximum resident set size) of 'shuyu segment' on a 1 MB
#     and a 100 MB file made by repeating the same text: streaming means the
#     two figures are close.
set -eu
build=${1:-build}
cd "$(dirname "$0")/.."
make --no-print-directory BUILD="$build" "$build/bench/bench_segment" >/dev/null

eval_dir=../shared/eval/bible/text
if [ -d "$eval_dir" ]; then
	zh=$eval_dir/006.zh
	en=$eval_dir/006.en
else
	echo "(../shared/eval is absent: measuring on corpora/ only)"
	zh=corpora/concept-note.zh.txt
	en=corpora/concept-note.en.txt
fi

echo "== segmentation throughput (best of 5)"
"$build/bench/bench_segment" "$zh" 5
"$build/bench/bench_segment" "$en" 5

echo
echo "== peak memory of 'shuyu segment' (streaming: should not grow with the file)"
work="$build/bench"
mkdir -p "$work"
make_file() { # make_file OUT MB SOURCE...: the sources repeated to MB megabytes
	out=$1 want=$(($2 * 1000000))
	shift 2
	[ -f "$out" ] && [ "$(wc -c <"$out")" -ge "$want" ] && return 0
	cat "$@" >"$out"
	while [ "$(wc -c <"$out")" -lt "$want" ]; do
		if [ $(($(wc -c <"$out") * 2)) -le "$want" ]; then
			cat "$out" "$out" >"$out.tmp" && mv "$out.tmp" "$out"
		else
			cat "$@" >>"$out"
		fi
	done
}
make_file "$work/small.txt" 1 corpora/concept-note.zh.txt corpora/concept-note.en.txt
make_file "$work/big.txt" 100 "$zh" "$en"
for f in "$work/small.txt" "$work/big.txt"; do
	size=$(wc -c <"$f")
	/usr/bin/time -f '%e %M' -o "$work/time.out" "$build/shuyu" segment "$f" >/dev/null
	read -r secs kb <"$work/time.out"
	printf '%-24s %7.1f MB   %6.2f s   %6.1f MB/s   peak RSS %6.1f MB\n' "$(basename "$f")" \
		"$(echo "$size / 1000000" | bc -l)" "$secs" "$(echo "$size / 1000000 / ($secs + 0.0001)" | bc -l)" \
		"$(echo "$kb / 1024" | bc -l)"
done
scripts/bench-exchange.sh "$build"
scripts/bench-extract.sh "$build"
scripts/bench-termbase.sh "$build"
