#!/usr/bin/env bash
# Re-copies Unicode's conformance test files from Debian's unicode-data package into
# Corpora/UCD/<version>/ and checks them against the committed SHA256SUMS.
#
#   Scripts/update-ucd.sh            copy from /usr/share/unicode, then verify
#   Scripts/update-ucd.sh --check    only verify the committed copies
#
# Nothing is downloaded. The files must stay byte-for-byte as Unicode publishes them
# (https://www.unicode.org/Public/<version>/ucd/); Debian ships NormalizationTest.txt
# compressed, so it is decompressed here. Install the source with:
#   apt-get install unicode-data
# Environment: UCD_SOURCE (default /usr/share/unicode), UCD_VERSION (default 15.0.0, the
# Unicode version of ICU 72; the copy step refuses a source of another version).
set -euo pipefail
cd "$(dirname "$0")/.."

source_dir="${UCD_SOURCE:-/usr/share/unicode}"
version="${UCD_VERSION:-15.0.0}"
dest="Corpora/UCD/$version"
files=(
  NormalizationTest.txt
  auxiliary/GraphemeBreakTest.txt
  auxiliary/WordBreakTest.txt
  auxiliary/SentenceBreakTest.txt
  auxiliary/LineBreakTest.txt
)

if [ "${1:-}" != "--check" ]; then
  if [ ! -d "$source_dir" ]; then
    echo "error: $source_dir not found; install Debian's unicode-data package (apt-get install unicode-data)" >&2
    exit 1
  fi
  if [ -f "$source_dir/DerivedAge.txt" ] && ! grep -q "DerivedAge-$version.txt" "$source_dir/DerivedAge.txt"; then
    echo "error: $source_dir does not hold Unicode $version (see $source_dir/DerivedAge.txt); set UCD_VERSION" >&2
    exit 1
  fi
  mkdir -p "$dest/auxiliary"
  for f in "${files[@]}"; do
    if [ -f "$source_dir/$f" ]; then
      cp "$source_dir/$f" "$dest/$f"
    elif [ -f "$source_dir/$f.bz2" ]; then
      bzip2 -dc "$source_dir/$f.bz2" > "$dest/$f"
    else
      echo "error: neither $source_dir/$f nor $source_dir/$f.bz2 exists" >&2
      exit 1
    fi
  done
fi

if [ ! -f "$dest/SHA256SUMS" ]; then
  echo "error: $dest/SHA256SUMS is missing; review the files, then create it with:" >&2
  echo "  (cd $dest && sha256sum ${files[*]} > SHA256SUMS)" >&2
  exit 1
fi
(cd "$dest" && sha256sum --check --strict SHA256SUMS)
