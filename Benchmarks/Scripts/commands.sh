#!/usr/bin/env bash
# End-to-end benchmarks of the `koen` command: MB/s of input, against `koen segment` and
# ICU's `uconv` in the same run, peak RSS on a large input, 1 thread against 2 on one
# large input, and instructions per input byte (callgrind, independent of the load).
#
#   bash Benchmarks/Scripts/commands.sh            # from the repository root
#   KOEN=path/to/koen RUNS=5 bash Benchmarks/Scripts/commands.sh
#
# Needs hyperfine, uconv (icu-devtools), valgrind and GNU time (apt-get install hyperfine
# icu-devtools valgrind time). Inputs are the documents under Corpora/Documents repeated
# to size (deterministic): `news-en` the English news pages, `corpus` all of them (Korean
# and English documents, l10n files).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work=${WORK:-$root/.build/command-bench}
runs=${RUNS:-3}
mkdir -p "$work"

for tool in hyperfine uconv valgrind /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

if [[ -z "${KOEN:-}" ]]; then
  swift build -c release --product koen --package-path "$root" >&2
  KOEN=$root/.build/release/koen
fi

# Inputs: whole documents, one after another, repeated until the size is reached (cut
# after a line break).
python3 - "$root/Corpora/Documents" "$work" <<'EOF'
import os, sys
docs, out = sys.argv[1], sys.argv[2]
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(docs, 'MANIFEST.tsv'), encoding='utf-8')][1:]
sets = {'news-en': [r[0] for r in rows if r[1] == 'news-portal'], 'corpus': [r[0] for r in rows]}
for name, size in [('news-en', 16), ('corpus', 16), ('corpus', 64), ('corpus', 1)]:
    path = os.path.join(out, f'{name}-{size}MB.txt')
    if os.path.exists(path):
        continue
    data = b''.join(open(os.path.join(docs, d + '.txt'), 'rb').read().rstrip(b'\n') + b'\n' for d in sets[name])
    text = bytearray()
    while len(text) < size << 20:
        text += data
    with open(path, 'wb') as f:
        f.write(bytes(text[:size << 20]).rsplit(b'\n', 1)[0] + b'\n')
EOF

echo "## machine"
echo "$(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg); $(uname -r)"
echo "koen: $KOEN"
echo

# name|command (the input file is appended)
commands=(
  "koen tokens jsonl|$KOEN tokens --format jsonl"
  "koen tokens tsv|$KOEN tokens --format tsv"
  "koen segment jsonl|$KOEN segment --format jsonl"
  "koen segment tsv|$KOEN segment --format tsv"
  "koen segment --level token jsonl|$KOEN segment --level token --format jsonl"
  "koen segment --level line jsonl|$KOEN segment --level line --format jsonl"
  "koen normalize nfc|$KOEN normalize --form nfc"
  "koen analyze jsonl|$KOEN analyze --format jsonl"
  "koen clean|$KOEN clean"
  "uconv -x any-nfc|uconv -f utf-8 -t utf-8 -x any-nfc"
)

speed() {  # input
  local input=$1 json=$work/hyperfine.json args=()
  for entry in "${commands[@]}"; do args+=(-n "${entry%%|*}" "${entry#*|} $input"); done
  hyperfine -N --runs "$runs" --warmup 1 --output null --export-json "$json" "${args[@]}" >/dev/null
  python3 - "$json" "$(stat -c %s "$input")" "$(basename "$input")" <<'EOF'
import json, sys
results = json.load(open(sys.argv[1]))['results']
size = int(sys.argv[2]) / (1 << 20)
by = {r['command']: r for r in results}
seg, icu = by['koen segment jsonl']['median'], by['uconv -x any-nfc']['median']
print(f"### {sys.argv[3]}: MB/s of input (median of the runs; best)\n")
print("| command | MB/s (median) | MB/s (best) | MB/s of CPU time (user+sys) | speed / segment jsonl's | speed / uconv's |")
print("| --- | --- | --- | --- | --- | --- |")
for r in results:
    cpu = r['user'] + r['system']
    print(f"| {r['command']} | {size / r['median']:.1f} | {size / r['min']:.1f} | {size / cpu:.1f} | "
          f"{seg / r['median']:.2f}× | {icu / r['median']:.2f}× |")
print()
EOF
}

echo "## speed"
speed "$work/news-en-16MB.txt"
speed "$work/corpus-16MB.txt"

echo "## peak RSS on corpus-64MB.txt (/usr/bin/time -f %M)"
echo
echo "| command | peak RSS MB |"
echo "| --- | --- |"
for entry in "${commands[@]}"; do
  kb=$(/usr/bin/time -f %M ${entry#*|} "$work/corpus-64MB.txt" 2>&1 >/dev/null | tail -1)
  echo "| ${entry%%|*} | $((kb / 1024)) |"
done
echo

echo "## one large input: 1 thread against 2 (corpus-64MB.txt, -j 1 / -j 2, wall time)"
echo
echo "| command | MB/s -j 1 | MB/s -j 2 | speed-up |"
echo "| --- | --- | --- | --- |"
for entry in "koen tokens jsonl|$KOEN tokens --format jsonl" \
  "koen segment --level token jsonl|$KOEN segment --level token --format jsonl" \
  "koen segment --level line jsonl|$KOEN segment --level line --format jsonl" \
  "koen segment jsonl (run level)|$KOEN segment --format jsonl" \
  "koen normalize nfc|$KOEN normalize --form nfc"; do
  hyperfine -N --runs "$runs" --output null --export-json "$work/jobs.json" \
    -n 1 "${entry#*|} -j 1 $work/corpus-64MB.txt" -n 2 "${entry#*|} -j 2 $work/corpus-64MB.txt" >/dev/null
  python3 - "$work/jobs.json" "$(stat -c %s "$work/corpus-64MB.txt")" "${entry%%|*}" <<'EOF'
import json, sys
r = {x['command']: x['median'] for x in json.load(open(sys.argv[1]))['results']}
size = int(sys.argv[2]) / (1 << 20)
print(f"| {sys.argv[3]} | {size / r['1']:.1f} | {size / r['2']:.1f} | {r['1'] / r['2']:.2f}× |")
EOF
done
echo

echo "## instructions per input byte (callgrind, corpus-1MB.txt, -j 1)"
echo
# valgrind 3.19 cannot read the DWARF 5 that Swift 6 writes: profile a copy without it.
profiled=$work/koen-nodebug
cp "$KOEN" "$profiled"
strip --strip-debug "$profiled"
size=$(stat -c %s "$work/corpus-1MB.txt")
echo "| command | instructions per byte |"
echo "| --- | --- |"
for entry in "${commands[@]}"; do
  cmd=${entry#*|}
  [[ $cmd == "$KOEN "* ]] && cmd="${cmd/#$KOEN/$profiled} -j 1"
  ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null $cmd "$work/corpus-1MB.txt" 2>&1 >/dev/null |
    sed -n 's/.*refs: *//p' | tr -d ,)
  echo "| ${entry%%|*} | $((ir / size)) |"
done
