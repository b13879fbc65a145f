#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer and UndefinedBehaviorSanitizer, and the
# parallel paths of the koen CLI (several files on several threads, and record mode)
# under ThreadSanitizer. Where swiftc rejects -sanitize=undefined (Swift 6.3 on Linux), the
# undefined run instruments the C targets only (clang's -fsanitize=undefined).
#
#   Scripts/sanitizers.sh [address] [undefined] [thread]     (default: all three)
#
# Each sanitizer builds in its own scratch folder (.build-asan, .build-ubsan, .build-tsan;
# git-ignored), so the ordinary .build stays as it is. A summary goes to standard output and
# to .build-sanitizers/summary.log; the exit status is non-zero if any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
LOG=$ROOT/.build-sanitizers/summary.log
mkdir -p "$ROOT/.build-sanitizers"
kinds=("$@")
[ ${#kinds[@]} -eq 0 ] && kinds=(address undefined thread)
status=0

say() { echo "$*" | tee -a "$LOG"; }

supports_ubsan() {
  local dir; dir=$(mktemp -d)
  echo 'print(1)' > "$dir/probe.swift"
  swiftc -sanitize=undefined "$dir/probe.swift" -o "$dir/probe" > /dev/null 2>&1
  local rc=$?
  rm -rf "$dir"
  return $rc
}

run_tests() {  # address | undefined
  local kind=$1 scratch=$2
  local out=$ROOT/$scratch/test-output.log
  mkdir -p "$ROOT/$scratch"
  local start=$SECONDS
  # halt_on_error: the first report fails the run. Leak checking stays on for ASan.
  local flags=(--sanitize="$kind") label=$kind
  if [ "$kind" = undefined ] && ! supports_ubsan; then
    # swiftc rejects -sanitize=undefined on Linux (unsupported option), so Swift code is
    # not instrumented (Swift's own checks, overflow, bounds, unwrap, trap in every build).
    # The C targets (CICU, MallocCounter) are: clang instruments them, and clang, as the
    # linker driver, links the UBSan runtime into the test binary.
    flags=(-Xcc -fsanitize=undefined -Xswiftc -Xclang-linker -Xswiftc -fsanitize=undefined)
    label="undefined (C targets only; swiftc rejects -sanitize=undefined)"
  fi
  ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1} \
    LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/Scripts/lsan-suppressions.txt:print_suppressions=0} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} \
    swift test "${flags[@]}" --scratch-path "$scratch" > "$out" 2>&1
  local rc=$?
  local summary
  summary=$(grep -E "^(✔|✘) Test run with|Executed [0-9]+ tests" "$out" | tail -2 | tr '\n' ' ')
  local reports
  reports=$(grep -cE "ERROR: (Address|Leak)Sanitizer|runtime error:" "$out")
  say "$label: exit $rc in $((SECONDS - start)) s; sanitizer reports: $reports; $summary (log: $out)"
  [ $rc -eq 0 ] && [ "$reports" -eq 0 ] || status=1
}

run_thread() {
  local scratch=.build-tsan out=$ROOT/.build-tsan/tsan-output.log
  mkdir -p "$ROOT/$scratch"
  local start=$SECONDS
  if ! swift build --sanitize=thread --scratch-path "$scratch" --product koen > "$out" 2>&1; then
    say "thread: build failed (log: $out)"; status=1; return
  fi
  local koen=$ROOT/$scratch/debug/koen
  local work; work=$(mktemp -d)
  # Many files on 4 threads, for every command that processes whole files.
  local inputs=(Corpora/Documents/*.txt Corpora/Seeds/*.txt)
  local rc=0 runs=0
  export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}
  # One run of koen with 4 threads: 0 and 1 (findings) are normal results; anything else, or
  # a TSan report, fails.
  run_koen() {  # command (words), then inputs
    local cmd=$1; shift
    runs=$((runs + 1))
    # shellcheck disable=SC2086
    "$koen" $cmd --jobs 4 --no-progress "$@" > "$work/out" 2>> "$out"
    local r=$?
    if [ $r -gt 1 ]; then echo "koen $cmd $*: exit $r" >> "$out"; rc=1; fi
  }
  for cmd in "segment --format jsonl" "tokens --format jsonl" "analyze --format jsonl" \
             "untranslated --format jsonl" "clean" "normalize --form nfd" "stats --format json" \
             "romanize"; do
    run_koen "$cmd" "${inputs[@]}"
  done
  # One large input split into chunks on several threads (ChunkPipeline, BufferPool): the
  # documents end to end, repeated past the 1 MB streaming threshold.
  for _ in 1 2 3 4; do cat Corpora/Documents/*.txt; done > "$work/large.txt"
  for cmd in "tokens --format jsonl" "segment --level token --format jsonl" "segment --level line --format jsonl" \
             "normalize --form nfc"; do
    run_koen "$cmd" "$work/large.txt"
  done
  # Record mode: enough records that the work is spread over threads.
  python3 - "$work/records.jsonl" <<'PY'
import json, sys, glob
lines = []
for path in sorted(glob.glob("Corpora/Documents/*.txt")):
    for line in open(path, encoding="utf-8", errors="replace"):
        lines.append(line.rstrip("\n"))
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for k, text in enumerate(lines * 2):
        f.write(json.dumps({"id": k, "text": text}, ensure_ascii=False) + "\n")
PY
  for cmd in "segment" "analyze" "normalize --form nfkc" "romanize" "untranslated"; do
    runs=$((runs + 1))
    # shellcheck disable=SC2086
    "$koen" $cmd --jsonl-in --jobs 4 --no-progress < "$work/records.jsonl" > "$work/out" 2>> "$out"
    local r=$?
    if [ $r -gt 1 ]; then echo "koen $cmd --jsonl-in: exit $r" >> "$out"; rc=1; fi
    local want got
    want=$(wc -l < "$work/records.jsonl"); got=$(wc -l < "$work/out")
    if [ "$want" != "$got" ]; then echo "koen $cmd --jsonl-in: $got of $want records" >> "$out"; rc=1; fi
  done
  rm -rf "$work"
  local reports; reports=$(grep -c "WARNING: ThreadSanitizer" "$out")
  say "thread: $runs parallel CLI runs, exit $rc in $((SECONDS - start)) s; ThreadSanitizer reports: $reports (log: $out)"
  [ $rc -eq 0 ] && [ "$reports" -eq 0 ] || status=1
}

: > "$LOG"
for kind in "${kinds[@]}"; do
  case $kind in
    address) run_tests address .build-asan ;;
    undefined) run_tests undefined .build-ubsan ;;
    thread) run_thread ;;
    *) echo "unknown sanitizer: $kind (address, undefined, thread)" >&2; exit 2 ;;
  esac
done
exit $status
