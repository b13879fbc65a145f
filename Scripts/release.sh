#!/usr/bin/env bash
# Builds the release `koen`, statically linked against the Swift runtime, and checks that it
# runs where no Swift toolchain is: its dynamic libraries are only the C/C++ runtime and the
# system ICU, and it analyses a bundled document with an empty environment (no PATH, no
# LD_LIBRARY_PATH) from a folder of its own, with the toolchain's folder hidden.
#
#   Scripts/release.sh [OUT_DIR]      # default OUT_DIR: .build-release
#
# The checked binary is OUT_DIR/koen. Engines that pipe records through koen (Spark, Hadoop
# Streaming; Documentation/Pipelines.md) ship this file to machines without Swift.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build-release}

swift build -c release --static-swift-stdlib --product koen
built="$(swift build -c release --static-swift-stdlib --show-bin-path)/koen"
mkdir -p "$out"
cp "$built" "$out/koen"
koen="$(cd "$out" && pwd)/koen"
document=Corpora/Seeds/daum-nato-delegation.txt

fail() { echo "release: $*" >&2; exit 1; }

# 1. Dynamic libraries: the C and C++ runtimes and ICU, nothing of Swift's.
allowed='^(linux-vdso\.so|ld-linux|libc\.so|libm\.so|libstdc\+\+\.so|libgcc_s\.so|libicu[a-z0-9]*\.so)'
libraries=$(ldd "$koen" | awk '{print $1}' | xargs -n1 basename)
unexpected=$(grep -Ev "$allowed" <<<"$libraries" || true)
[ -z "$unexpected" ] || fail "koen links libraries a machine without Swift lacks: $unexpected"
! ldd "$koen" | grep -q 'not found' || fail "ldd: $(ldd "$koen" | grep 'not found')"
echo "release: koen links only $(tr '\n' ' ' <<<"$libraries")"

# 2. The same output with an empty environment, run from a folder holding only koen.
expected=$("$koen" analyze --format jsonl "$document")
grep -q '"type":"document"' <<<"$expected" || fail "koen analyze wrote no document record"
alone=$(mktemp -d)
trap 'rm -rf "$alone"' EXIT
cp "$koen" "$alone/koen"
cp "$document" "$alone/document.txt"
got=$(cd "$alone" && env -i ./koen analyze --format jsonl document.txt | sed 's/"file":"document.txt"/"file":"'"${document//\//\\/}"'"/')
[ "$got" = "$expected" ] || fail "with env -i, koen analyze wrote other output"
echo "release: env -i ./koen analyze gives the same $(wc -l <<<"$got") records"

# 3. The same with the Swift toolchain's folder hidden (a mount namespace over it).
toolchain=$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")")
if unshare --mount true 2>/dev/null; then
  got=$(cd "$alone" && unshare --mount sh -c 'mount -t tmpfs none "$1" && exec env -i ./koen analyze --format jsonl document.txt' sh "$toolchain" \
    | sed 's/"file":"document.txt"/"file":"'"${document//\//\\/}"'"/')
  [ "$got" = "$expected" ] || fail "with $toolchain hidden, koen analyze wrote other output"
  echo "release: with $toolchain hidden, the same output"
else
  echo "release: NOT CHECKED: hiding $toolchain needs unshare --mount (root)"
fi

# ---- Python wheel hook -------------------------------------------------------------------
# Python/build-wheel.sh packages the checked binary into a wheel; it runs when it exists.
if [ -x Python/build-wheel.sh ]; then
  KOEN_BINARY="$koen" Python/build-wheel.sh "$koen"
fi
# -------------------------------------------------------------------------------------------

echo "release: $koen ($(du -h "$koen" | cut -f1)) checked"
