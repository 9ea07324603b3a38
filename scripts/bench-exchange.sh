#!/bin/sh
# bench-exchange.sh BUILD - speed and memory of TMX exchange, as figures to read.
#
#  1. Import, then export, a TMX of 1,000,000 translation units (zh/en
#     pairs, 1,000 to a document) made by tests/bench/bench_exchange:
#     MB/s and units/s, peak resident memory.
#  2. Peak memory of importing a ~1 GB TMX made the same way: the importer
#     streams, so it should stay far below 100 MB.
#
# Each import goes into a new termbase (made by 'shuyu import', so with the
# curated glossary whose terms are linked to the segments). The files live
# in BUILD/bench/exchange/ and are removed at the end (several GB).
# BENCH_TMX_UNITS and BENCH_TMX_BIG_MB make it smaller, for a quick look.
set -eu
build=${1:-build}
cd "$(dirname "$0")/.."
make --no-print-directory BUILD="$build" "$build/bench/bench_exchange" >/dev/null
echo

units=${BENCH_TMX_UNITS:-1000000}
big_mb=${BENCH_TMX_BIG_MB:-1000}
work="$build/bench/exchange"
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT

mb() { echo "scale=1; $1 / 1000000" | bc; }
rate() { echo "scale=1; $1 / ($2 + 0.0001)" | bc; }

# measure LABEL FILE UNITS CMD...: run CMD under /usr/bin/time and print
# one line of figures; MB/s counts the bytes of FILE (read or written).
measure() {
	label=$1 file=$2 count=$3
	shift 3
	/usr/bin/time -f '%e %M' -o "$work/time.out" "$@" 2>"$work/err" || {
		cat "$work/err" >&2
		exit 1
	}
	bytes=$(wc -c <"$file")
	set -- $(tail -n 1 "$work/time.out")
	printf '%-28s %8s MB %9s units %8.1f s %7s MB/s %9s units/s   peak RSS %6s MB\n' "$label" \
		"$(mb "$bytes")" "$count" "$1" "$(rate "$(mb "$bytes")" "$1")" "$(rate "$count" "$1" | cut -d. -f1)" \
		"$(echo "scale=1; $2 / 1024" | bc)"
}

echo "== TMX import and export, $units translation units"
"$build/bench/bench_exchange" "$units" >"$work/tm.tmx"
size=$(wc -c <"$work/tm.tmx")
measure "import" "$work/tm.tmx" "$units" "$build/shuyu" --db "$work/tm.sqlite" import "$work/tm.tmx"
measure "export --format tmx" "$work/out.tmx" "$units" \
	"$build/shuyu" --db "$work/tm.sqlite" export --format tmx -o "$work/out.tmx"
echo "(termbase $(mb "$(wc -c <"$work/tm.sqlite")") MB)"
rm -f "$work/tm.sqlite"* "$work/out.tmx"

echo
echo "== peak memory of importing a ${big_mb} MB TMX (streaming: aim under 100 MB)"
# As many units as make big_mb megabytes, at the size per unit seen above.
big_units=$(echo "$big_mb * 1000000 * $units / $size + 1" | bc)
rm -f "$work/tm.tmx"
"$build/bench/bench_exchange" "$big_units" >"$work/big.tmx"
measure "import" "$work/big.tmx" "$big_units" \
	"$build/shuyu" --db "$work/big.sqlite" import "$work/big.tmx"
echo "(termbase $(mb "$(wc -c <"$work/big.sqlite")") MB)"
