#!/bin/sh
# Scores KoEn's document analysis against the gold documents in Corpora/Documents (or the
# folder given first) with `koen eval`: Markdown tables per kind, then in corpus mode.
# Further arguments go to `koen eval`: --errors (every line where analysis and gold
# disagree), --by group, --split NAME, --kind KIND, --format text|json.
set -e
dir=Corpora/Documents
case "$1" in -* | "") ;; *) dir="$(cd "$1" && pwd)"; shift ;; esac
cd "$(dirname "$0")/.."
swift build --product koen >/dev/null
koen="$(swift build --show-bin-path)/koen"
"$koen" eval --format markdown "$@" "$dir"
echo "Corpus mode (the documents of each row analysed together):"
"$koen" eval --format markdown --corpus "$@" "$dir"
