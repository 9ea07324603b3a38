#!/bin/sh
# bench-termbase.sh BUILD - speed and size of a large termbase, as figures to read.
#
# tests/bench/bench_termbase makes a synthetic termbase of 1,000,000 terms
# (500,000 concepts, a Chinese and an English term each) and 1,000,000
# aligned segment pairs, through the library's API, in BUILD/bench/termbase/
# (kept: a rerun with the same sizes reuses it, the first run takes several
# minutes). Then:
#  1. lookup latency inside the process, p50 and p99, for exact, prefix,
#     substring and fuzzy queries in Chinese and in English (aims: p99 under
#     1 ms for exact and prefix, under 20 ms for substring and fuzzy);
#  2. wall time of 'shuyu lookup' from the shell (aim: under 20 ms), beside
#     /bin/true and 'shuyu --version' on the same machine, with hyperfine
#     (best and median of many runs);
#  3. merge throughput in aligned pairs per second, alignment excluded (aim:
#     20,000/s), into a copy of the big termbase, then into a new termbase
#     with only the glossary;
#     per process (all documents and the close), and in the steady state
#     (from the fourth document: the first three read the matcher and
#     warm the caches); one document at a time and as one list (shuyu
#     merge --list), in turn, three times each (BENCH_TB_MERGE_RUNS), with
#     the medians; then 1,000-pair documents again with each
#     document's phrases indexed for term extraction as well, as
#     'shuyu merge' does (that needs CC-CEDICT, as set-up fetches);
#  4. the size of the termbase per million segments, table by table.
# Timings on a shared machine are noisy: read the best and the percentiles,
# not a single run. BENCH_TB_CONCEPTS and BENCH_TB_SEGMENTS make it smaller;
# BENCH_TB_QUERIES sets the number of queries of each kind (default 500);
# BENCH_TB_VERBOSE=1 prints the time of each document merged.
set -eu
build=${1:-build}
cd "$(dirname "$0")/.."
make --no-print-directory BUILD="$build" "$build/bench/bench_termbase" "$build/shuyu" >/dev/null

concepts=${BENCH_TB_CONCEPTS:-500000}
segments=${BENCH_TB_SEGMENTS:-1000000}
work="$build/bench/termbase"
db="$work/tb-$concepts-$segments.sqlite"
mkdir -p "$work"
bench="$build/bench/bench_termbase"

echo
echo "== a termbase of $((concepts * 2)) terms and $segments segment pairs"
"$bench" build "$db" "$concepts" "$segments"

echo
echo "== lookup latency inside the process (aims: p99 < 1 ms exact and prefix, < 20 ms substring and fuzzy)"
"$bench" lookup "$db" "${BENCH_TB_QUERIES:-500}"

echo
echo "== merge throughput, alignment excluded (aim: 20,000 pairs/s)"
# Each series merges into a copy of the built termbase, so that every run
# measures the same file: taking the measured documents out again leaves
# FTS5 delete markers behind, and after some thirty runs the term index
# had doubled (134 to 259 MB) and merges slowed down. SQLite's backup
# copies it (a plain cp would miss what a write-ahead log still holds), and
# the copy is synced before the clock starts, so that writing it back does
# not overlap.
copy="$work/merge-copy.sqlite"
merge_copy() { # merge_copy ARGS...: bench_termbase merge into a fresh copy
	rm -f "$copy" "$copy-wal" "$copy-shm"
	sqlite3 "$db" ".backup '$copy'"
	sync "$copy"
	"$bench" merge "$copy" 20000 "$@"
}
# "1000 list": the same documents through sy_termbase_merge_docs (shuyu
# merge --list), which finds a document's terms while the last commits.
# The host's speed moves a run by a fifth from minute to minute, so the
# two are run in turn, BENCH_TB_MERGE_RUNS times each (default 3), and
# their medians printed.
runs=${BENCH_TB_MERGE_RUNS:-3}
log="$work/merge-runs.log"
: >"$log"
i=0
while [ $i -lt "$runs" ]; do
	merge_copy 1000 | tee -a "$log"
	merge_copy 1000 list | tee -a "$log"
	i=$((i + 1))
done
python3 - "$log" <<'EOF'
import re, statistics, sys
runs = {"one at a time": [], "as one list": []}
for line in open(sys.argv[1]):
    m = re.search(r" (\d+) pairs/s \(best", line)
    if m:
        runs["as one list" if "as one list" in line else "one at a time"].append(int(m.group(1)))
for key, v in runs.items():
    if v:
        print("per process, 20 documents of 1,000 %-14s median %6d pairs/s (%d-%d, %d runs)" % (
            key + ":", statistics.median(v), min(v), max(v), len(v)))
EOF
merge_copy 10000
merge_copy 1000 index
rm -f "$copy" "$copy-wal" "$copy-shm" "$log"
# The same documents into a new termbase that holds only the glossary: a
# translator's first months, and the figure without a million-term matcher
# to load and search.
fresh="$work/fresh.sqlite"
rm -f "$fresh" "$fresh-wal" "$fresh-shm"
"$build/shuyu" --db "$fresh" init >/dev/null
"$bench" merge "$fresh" 20000 1000
"$bench" merge "$fresh" 20000 10000

echo
echo "== the merge workers' share: folding and finding the terms, on one thread"
"$bench" scan "$db" 5000

echo
echo "== 'shuyu lookup' wall time, cold start of the process (aim: < 20 ms)"
# shellcheck disable=SC2046 # split on purpose: the Chinese query, then the English words
set -- $("$bench" queries "$db")
zh_query=$1
shift
en_query=$*
if command -v hyperfine >/dev/null 2>&1; then
	# -N: no shell in between; hyperfine splits each command itself, quotes included.
	# A random term of each language, then the glossary's most frequent
	# pair, which the bench's text holds in some 17,000 segments: its
	# lookup counts them and reads the first of them.
	hyperfine -N --warmup 5 --runs 200 --style basic --export-json "$work/hyperfine.json" \
		/bin/true "$build/shuyu --version" \
		"$build/shuyu --db $db lookup $zh_query" \
		"$build/shuyu --db $db lookup '$en_query'" \
		"$build/shuyu --db $db lookup 负责任国家行为" \
		"$build/shuyu --db $db lookup 'responsible State behaviour'" >/dev/null 2>&1
	python3 - "$work/hyperfine.json" <<'EOF'
import json, sys
for path in sys.argv[1:]:
    for r in json.load(open(path))["results"]:
        t = sorted(r["times"])
        print("%-70s best %6.2f ms  median %6.2f ms  p90 %6.2f ms  (%d runs)" % (
            r["command"][-70:], t[0] * 1000, r["median"] * 1000, t[int(len(t) * 0.9)] * 1000, len(t)))
EOF
else
	echo "(hyperfine is not installed: timing a loop of 100 runs with date +%s%N)"
	for cmd in /bin/true "$build/shuyu --version" "$build/shuyu --db $db lookup $zh_query"; do
		best=999999999999
		i=0
		while [ $i -lt 100 ]; do
			t0=$(date +%s%N)
			$cmd >/dev/null 2>&1 || true
			t=$(($(date +%s%N) - t0))
			[ $t -lt $best ] && best=$t
			i=$((i + 1))
		done
		printf '%-70s best %6.2f ms\n' "$cmd" "$(echo "scale=2; $best / 1000000" | bc)"
	done
fi

echo
echo "== size"
python3 - "$db" "$segments" <<'EOF'
import os, sqlite3, sys
path, segments = sys.argv[1], int(sys.argv[2])
size = os.path.getsize(path)
print("%s: %.1f MB, %.1f MB per million segments (terms and all)" % (
    path, size / 1e6, size / 1e6 / (segments / 1e6)))
db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
try:
    rows = db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
except sqlite3.Error as e:
    rows = []
    print("(no table-by-table sizes: %s)" % e)
groups = {}
for name, n in rows:
    key = name
    for base in ("segment_zh_fts", "segment_en_fts", "occurrence_fts", "term_fts"):
        if name.startswith(base):
            key = base + " (full-text index)"
    if name.startswith("sqlite_autoindex_segment"):
        key = "segment"
    groups[key] = groups.get(key, 0) + n
used = sum(groups.values())
print("  in use (the rest is free pages, from migrations or deletions): %.1f MB" % (used / 1e6))
for name, n in sorted(groups.items(), key=lambda kv: -kv[1])[:12]:
    print("  %-36s %8.1f MB" % (name, n / 1e6))
EOF
