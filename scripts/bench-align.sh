#!/bin/sh
# bench-align.sh BUILD - accuracy, speed and memory of the aligner.
#
# With ../shared/eval present: aligns the six Bible pairs 001..006 (English
# first, one sentence per line, beads format), scores each against the gold
# verses with align-eval --contain, then all six together, and prints wall
# time, CPU time (user + system) and peak memory (maximum resident set size)
# per pair: the pairs grow by 5,000 English sentences each, so the table
# shows how time and memory grow with the input. Without ../shared, the
# concept note in corpora/ is aligned and compared with its hand-written
# gold alignment.
#
# RUNS=N (default 1) aligns each pair N times and reports the best wall
# time and the least CPU time of the N: on a shared machine the wall time
# of one run says little.
set -eu
build=${1:-build}
runs=${RUNS:-1}
cd "$(dirname "$0")/.."
eval_dir=../shared/eval/bible
scorer=../shared/tools/align-eval
work="$build/bench/align"
mkdir -p "$work"

if [ ! -x /usr/bin/time ]; then
	echo "bench-align: /usr/bin/time is missing (apt-get install time)" >&2
	exit 1
fi

if [ ! -d "$eval_dir" ] || [ ! -x "$scorer" ]; then
	echo "(../shared/eval is absent: aligning corpora/ only)"
	/usr/bin/time -f '%e %M' -o "$work/time.out" "$build/shuyu" align \
		corpora/concept-note.zh.txt corpora/concept-note.en.txt >"$work/concept-note.align"
	read -r secs kb <"$work/time.out"
	beads=$(wc -l <corpora/concept-note.gold.align)
	same=$(paste -d' ' corpora/concept-note.gold.align "$work/concept-note.align" |
		awk '$1 == $2' | wc -l)
	echo "concept note: $same of $beads gold beads found, ${secs} s, $((kb / 1024)) MB"
	exit 0
fi

echo "== sentence alignment, Bible (English first), align-eval --contain, best of $runs"
printf '%-6s %8s %8s %8s %8s %8s %8s\n' file en zh F1 'wall s' 'cpu s' 'peak MB'
for n in 001 002 003 004 005 006; do
	en=$eval_dir/text/$n.en
	zh=$eval_dir/text/$n.zh
	: >"$work/times.out"
	r=0
	while [ "$r" -lt "$runs" ]; do
		/usr/bin/time -f '%e %U %S %M' -a -o "$work/times.out" "$build/shuyu" align \
			--presegmented --format beads "$en" "$zh" >"$work/$n.align"
		r=$((r + 1))
	done
	best=$(awk 'NR == 1 || $1 < w { w = $1 } NR == 1 || $2 + $3 < c { c = $2 + $3 }
		$4 > m { m = $4 } END { printf "%.2f %.2f %d", w, c, m / 1024 }' "$work/times.out")
	f1=$("$scorer" --contain "$eval_dir/gold/$n.align" "$work/$n.align" | sed -n 's/^F1 //p')
	# shellcheck disable=SC2086
	printf '%-6s %8s %8s %8s %8s %8s %8s\n' "$n" "$(wc -l <"$en")" "$(wc -l <"$zh")" "$f1" $best
done
mkdir -p "$work/all"
for n in 001 002 003 004 005 006; do cp "$work/$n.align" "$work/all/$n.align"; done
echo "all six: $("$scorer" --contain "$eval_dir/gold" "$work/all" | head -1)"
