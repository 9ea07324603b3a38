#!/bin/sh
# eval-extract.sh - how well shuyu extract finds the term pairs of the
# concept note: recall of the hand-written gold list in the top 100
# candidates, precision of the top 50. The termbase starts empty (init
# --empty), so that the curated glossary (which has the concept note's
# terms) gives nothing away.
#
#   scripts/eval-extract.sh [ZH EN GOLD]
#
# Prints the figures, and with -v the candidates with + (in the gold list)
# or - (not), then the gold pairs missed.
set -eu
cd "$(dirname "$0")/.."
verbose=
[ "${1:-}" = -v ] && { verbose=1; shift; }
zh=${1:-corpora/concept-note.zh.txt}
en=${2:-corpora/concept-note.en.txt}
gold=${3:-tests/data/concept-note.terms.gold.tsv}
shuyu=${SHUYU:-build/shuyu}
dir=$(mktemp -d "${TMPDIR:-/tmp}/shuyu-eval.XXXXXX")
trap 'rm -rf "$dir"' EXIT

"$shuyu" --db "$dir/tb.sqlite" init --empty >/dev/null
"$shuyu" --db "$dir/tb.sqlite" merge --doc EVAL "$zh" "$en" 2>/dev/null
"$shuyu" --db "$dir/tb.sqlite" extract --limit 100 --json >"$dir/candidates.json"

python3 - "$dir/candidates.json" "$gold" "$verbose" <<'PY'
import json, re, sys

def en_key(s):
    s = s.lower().replace("\u2019", "'").replace("-", " ")
    words = re.findall(r"[a-z0-9'.]+", s)
    out = []
    for w in words:
        w = w.strip(".")
        if len(w) > 3 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return " ".join(out)

cands = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
gold = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    zh, en = line.rstrip("\n").split("\t")
    gold[zh] = {en_key(e) for e in en.split("|")}

def good(c):
    return c["zh"] in gold and en_key(c["en"]) in gold[c["zh"]]

top100 = cands[:100]
found = {c["zh"] for c in top100 if good(c)}
recall = len(found) / len(gold)
p50 = sum(good(c) for c in cands[:50]) / max(1, min(50, len(cands)))
print(f"gold pairs {len(gold)}; candidates {len(cands)}")
print(f"recall in the top 100: {recall:.3f} ({len(found)} of {len(gold)})")
print(f"precision of the top 50: {p50:.3f}")
if sys.argv[3]:
    for i, c in enumerate(cands):
        print(f"{i+1:4d} {'+' if good(c) else '-'} {c['zh']} / {c['en']}")
    print("missed:", "; ".join(z for z in gold if z not in found))
PY
