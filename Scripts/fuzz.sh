#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ with AddressSanitizer and runs one of them.
#
#   Scripts/fuzz.sh TARGET [SECONDS] [extra libFuzzer flags...]
#   Scripts/fuzz.sh --build            build every target, run none
#   Scripts/fuzz.sh --regress          run every target once over its corpus and Fuzz/Regressions
#   Scripts/fuzz.sh --smoke [SECONDS]  --regress, then every target for SECONDS (default 20) (CI)
#
# TARGET is one of: tokenizer segmenter normalization romanization analysis markdown gettext cabi
# (or the product name, e.g. FuzzTokenizer). SECONDS defaults to 60.
#
# The working corpus grows in .build-fuzz/corpus/TARGET (git-ignored), seeded from
# Corpora/ (documents, seeds, the adversarial cases), Unicode's test files and Fuzz/Seeds/.
# Crashes and invariant failures are written to .build-fuzz/artifacts/TARGET/ and the run
# exits non-zero; minimize one with `-minimize_crash=1 -runs=10000 FILE` and add it to
# Fuzz/Regressions/ with a unit test. A summary line (executions, seconds) is appended to
# .build-fuzz/fuzz-log.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CONFIG=${FUZZ_CONFIG:-release}
SCRATCH=$ROOT/.build-fuzz
ALL=(tokenizer segmenter normalization romanization analysis markdown gettext cabi)

product() {
  case "$1" in
    tokenizer) echo FuzzTokenizer ;; segmenter) echo FuzzSegmenter ;;
    normalization) echo FuzzNormalization ;; romanization) echo FuzzRomanization ;;
    analysis) echo FuzzAnalysis ;; markdown) echo FuzzMarkdown ;; gettext) echo FuzzGettext ;;
    cabi) echo FuzzCABI ;;
    Fuzz*) echo "$1" ;;
    *) echo "unknown fuzz target: $1 (one of: ${ALL[*]})" >&2; exit 2 ;;
  esac
}

build() {
  local args=()
  for p in "$@"; do args=(--product "$p"); done  # one product at a time
  # -parse-as-library: a target has no top-level code; libFuzzer provides main.
  swift build --package-path Fuzz --scratch-path "$SCRATCH/build" -c "$CONFIG" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library "${args[@]}" >&2
}

binary() { echo "$SCRATCH/build/$CONFIG/$1"; }

# Seeds: small files only (libFuzzer's default -max_len is 4096; longer seeds are cut).
seed() {
  local name=$1 dir=$SCRATCH/seeds/$1
  [ -d "$dir" ] && return 0
  mkdir -p "$dir"
  local n=0
  add() { n=$((n + 1)); head -c 4096 "$1" > "$dir/$(printf '%04d' $n)-$(basename "$1")"; }
  for f in Fuzz/Seeds/*; do [ -f "$f" ] && add "$f"; done
  for f in Corpora/Adversarial/* Corpora/Seeds/*; do [ -f "$f" ] && add "$f"; done
  # (No `| head` here: with pipefail, a producer cut off by head would fail the script.)
  local docs=() f
  case "$name" in
    markdown) for f in Corpora/Documents/*.txt; do grep -qE '^#|```' "$f" && docs+=("$f"); done ;;
    gettext) for f in Corpora/Documents/*.txt; do grep -q '^msgid ' "$f" && docs+=("$f"); done ;;
    *) docs=(Corpora/Documents/*.txt) ;;
  esac
  for f in "${docs[@]:0:40}"; do add "$f"; done
  # Unicode's test files, cut into small pieces of consecutive lines.
  local ucd
  case "$name" in
    normalization) ucd=(NormalizationTest.txt) ;;
    tokenizer | segmenter) ucd=(WordBreakTest.txt LineBreakTest.txt) ;;
    *) ucd=(WordBreakTest.txt) ;;
  esac
  for u in "${ucd[@]}"; do
    local src
    src=$(ls Corpora/UCD/*/"$u" Corpora/UCD/*/auxiliary/"$u" 2>/dev/null | head -1 || true)
    [ -n "$src" ] || src=$( [ -f "/usr/share/unicode/$u" ] && echo "/usr/share/unicode/$u" || true)
    if [ -z "$src" ] && [ -f "/usr/share/unicode/$u.bz2" ]; then
      bzcat "/usr/share/unicode/$u.bz2" > "$SCRATCH/$u"; src=$SCRATCH/$u
    fi
    [ -n "$src" ] || continue
    # Decode the test files' hex code points into text: 40 lines per seed, 50 seeds.
    python3 - "$src" "$dir" "$u" <<'PY'
import sys, re
src, out, name = sys.argv[1:4]
texts = []
for line in open(src, encoding="utf-8"):
    line = line.split("#")[0].strip()
    if not line or line.startswith("@"):
        continue
    field = line.split(";")[0]
    cps = [int(h, 16) for h in re.findall(r"[0-9A-Fa-f]{4,6}", field)]
    if any(0xD800 <= c <= 0xDFFF for c in cps):
        continue
    texts.append("".join(map(chr, cps)))
step = max(1, len(texts) // 50)
for k in range(0, min(len(texts), step * 50), step):
    with open(f"{out}/ucd-{name}-{k:06d}", "w", encoding="utf-8") as f:
        f.write(" ".join(texts[k:k + 40]))
PY
  done
}

run() {
  local name=$1 seconds=$2; shift 2
  local prod; prod=$(product "$name")
  build "$prod"
  seed "$name"
  local corpus=$SCRATCH/corpus/$name artifacts=$SCRATCH/artifacts/$name
  mkdir -p "$corpus" "$artifacts"
  local log=$SCRATCH/logs/$name-$(date -u +%Y%m%dT%H%M%S).log
  mkdir -p "$SCRATCH/logs"
  echo "fuzzing $prod for ${seconds}s (log: $log)" >&2
  local status=0
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} "$(binary "$prod")" "$corpus" "$SCRATCH/seeds/$name" \
    -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$@" > "$log" 2>&1 || status=$?
  local execs time
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  time=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1 | awk '{print $5}')
  printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$name" "${execs:-?}" "${time:-$seconds}" "$status" >> "$SCRATCH/fuzz-log.tsv"
  tail -n 12 "$log" >&2
  echo "$name: ${execs:-?} executions in ${time:-?} s, exit $status, corpus $(ls "$corpus" | wc -l) files" >&2
  return $status
}

case "${1:-}" in
  "" | -h | --help) sed -n '2,17p' "$0"; exit 0 ;;
  --build)
    for t in "${ALL[@]}"; do build "$(product "$t")"; done ;;
  --regress)
    status=0
    for t in "${ALL[@]}"; do
      prod=$(product "$t"); build "$prod"
      files=(); for f in Fuzz/Regressions/*; do [ "${f##*/}" = README.md ] || files+=("$f"); done
      [ ${#files[@]} -gt 0 ] || continue
      "$(binary "$prod")" -runs=0 "${files[@]}" > "$SCRATCH/regress-$t.log" 2>&1 || { echo "$t: FAILED" >&2; status=1; }
    done
    exit $status ;;
  --smoke)
    "$ROOT/Scripts/fuzz.sh" --build
    "$ROOT/Scripts/fuzz.sh" --regress
    for t in "${ALL[@]}"; do run "$t" "${2:-20}"; done ;;
  *) name=$1; seconds=${2:-60}; shift $(( $# >= 2 ? 2 : 1 )); run "$name" "$seconds" "$@" ;;
esac
