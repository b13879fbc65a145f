#!/bin/sh
# Scores KoEn's document analysis against the gold documents in Corpora/Documents (or the
# folder given as $1) and prints the figures per kind and overall, then corpus mode.
# Set KOEN_EVAL_REPORT=2 to also print every line where analysis and gold disagree.
set -e
cd "$(dirname "$0")/.."
if [ -n "$1" ]; then KOEN_EVAL_DIR="$(cd "$1" && pwd)"; export KOEN_EVAL_DIR; fi
KOEN_EVAL_REPORT="${KOEN_EVAL_REPORT:-1}" swift test --filter AnalysisEvaluationTests 2>&1 \
  | grep -E '^\||^Corpus mode|^[a-z0-9-]+:[0-9]+	|✘|error:'
