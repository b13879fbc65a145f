#!/usr/bin/env python3
"""Reduces the files `thresholds update` writes in Benchmarks/Thresholds/ to the one metric
KoEn gates on, mallocCountTotal (wall-clock thresholds would fail on any other machine).

    (cd Benchmarks && swift package --allow-writing-to-package-directory benchmark thresholds update)
    python3 Benchmarks/Scripts/keep-malloc-thresholds.py
"""
import glob
import json
import os

folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Thresholds")
for path in sorted(glob.glob(os.path.join(folder, "*.p90.json"))):
    with open(path) as f:
        values = json.load(f)
    with open(path, "w") as f:
        f.write('{\n  "mallocCountTotal" : %d\n}' % values["mallocCountTotal"])
