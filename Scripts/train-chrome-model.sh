#!/bin/sh
# Retrains the chrome model on every gold document in Corpora/Documents not kept unseen
# (a split named *-unseen is for first readings) and rewrites its compiled-in weights; then prints the cross-validated figures (each source held out in
# turn). Deterministic: the same corpus gives the same file.
set -e
cd "$(dirname "$0")/.."
swift build -c release --product koen
KOEN=$(swift build -c release --show-bin-path)/koen
"$KOEN" eval --train-chrome Sources/KoEn/Analysis/ChromeModel+Weights.swift Corpora/Documents
swift build -c release --product koen
"$KOEN" eval --cross-validate Corpora/Documents
