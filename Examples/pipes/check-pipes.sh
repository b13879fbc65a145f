#!/usr/bin/env bash
# Runs the GNU parallel and xargs recipes of Documentation/Pipelines.md on RECORDS and checks
# them: one line out per line in, in order, equal to the plain pipe
# (`koen analyze --jsonl-in < RECORDS`), and a koen that fails (a mistyped option) fails the
# whole command with a non-zero status.
#
#   Examples/pipes/check-pipes.sh KOEN RECORDS.jsonl   # records: Examples/spark/make_records.py
set -uo pipefail
koen=$(readlink -f "$1")
records=$(readlink -f "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
passed=0
failed=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok    $what"; else failed=$((failed + 1)); echo "FAIL  $what"; fi
}
seconds() { local start=$1; echo "$(( ($(date +%s%N) - start) / 1000000 ))" | sed -E 's/(...)$/.\1/; s/^\./0./'; }

records_in=$(wc -l < "$records")
start=$(date +%s%N)
"$koen" analyze --jsonl-in < "$records" > plain.jsonl
echo "plain pipe: $records_in records, $(seconds "$start") s, 1 process"

# GNU parallel: blocks of whole lines, in order; the first failure stops everything.
if command -v parallel >/dev/null; then
  start=$(date +%s%N)
  parallel --pipe --keep-order --block 64k --halt now,fail=1 --joblog jobs.log "$koen" analyze --jsonl-in < "$records" > parallel.jsonl
  status=$?
  echo "parallel: $(wc -l < parallel.jsonl) records, $(seconds "$start") s, $(($(wc -l < jobs.log) - 1)) processes (64 KB blocks)"
  check "parallel exits 0" test "$status" -eq 0
  check "parallel: records in = records out, equal to the plain pipe" cmp -s plain.jsonl parallel.jsonl
  parallel --pipe --keep-order --block 64k --halt now,fail=1 "$koen" analyze --jsonl-in --feild text < "$records" > /dev/null 2>parallel.err
  status=$?
  check "parallel: a mistyped option fails the command (status $status)" test "$status" -ne 0
else
  echo "NOT RUN: GNU parallel is not installed"
fi

# xargs over files: each file through koen; a failure exits 255, which stops xargs at once.
mkdir parts
split -l 500 -d -a 3 --additional-suffix=.jsonl "$records" parts/part-
start=$(date +%s%N)
find parts -name 'part-*.jsonl' -print0 | sort -z \
  | xargs -0 -P 2 -I{} sh -c '"$0" analyze --jsonl-in < "$1" > "$1.out" || exit 255' "$koen" {}
status=$?
files=$(ls parts/*.jsonl | wc -l)
cat parts/*.jsonl.out > xargs.jsonl
echo "xargs: $(wc -l < xargs.jsonl) records, $(seconds "$start") s, $files processes (files of 500 records)"
check "xargs exits 0" test "$status" -eq 0
check "xargs: records in = records out, equal to the plain pipe" cmp -s plain.jsonl xargs.jsonl
find parts -name 'part-*.jsonl' -print0 | sort -z \
  | xargs -0 -P 2 -I{} sh -c '"$0" analyze --jsonl-in --feild text < "$1" > "$1.out" 2>/dev/null || exit 255' "$koen" {} 2>/dev/null
status=$?
check "xargs: a mistyped option stops xargs (status $status, 124 expected)" test "$status" -eq 124

# A shell pipeline: pipefail makes koen's status the pipeline's.
gzip -c "$records" > records.jsonl.gz
( set -o pipefail; zcat records.jsonl.gz | "$koen" analyze --jsonl-in | gzip > analyzed.jsonl.gz )
status=$?
check "pipefail: the pipeline exits 0" test "$status" -eq 0
check "pipefail: records in = records out, equal to the plain pipe" sh -c 'zcat analyzed.jsonl.gz | cmp -s plain.jsonl -'
( set -o pipefail; zcat records.jsonl.gz | "$koen" analyze --jsonl-in --feild text 2>/dev/null | gzip > analyzed.jsonl.gz )
status=$?
check "pipefail: a mistyped option fails the pipeline (status $status)" test "$status" -ne 0

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
