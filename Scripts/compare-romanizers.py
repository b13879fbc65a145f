#!/usr/bin/env python3
"""Score other romanizers on KoEn's romanization tables, for the README comparison.

    python3 -m venv /tmp/rr-venv && /tmp/rr-venv/bin/pip install korean-romanizer
    /tmp/rr-venv/bin/python Scripts/compare-romanizers.py

Reads Corpora/Romanization/{rr-examples,places}.tsv (hangul, expected, options, rule/kind) and
prints, per table, how many rows each tool gets exactly right and how many ignoring case:
- korean-romanizer (PyPI), if importable: it has no options (no names, units, hyphens), so it is
  given the Hangul as is;
- ICU's Hangul-Latin through `uconv -x Hangul-Latin` (icu-devtools), if installed.
KoEn's own figures come from `swift test --filter RomanizationCorpus`, which prints them.
This script is a measuring tool only; nothing in KoEn depends on it or on korean-romanizer.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(name):
    rows = []
    with open(os.path.join(ROOT, "Corpora", "Romanization", name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            rows.append((fields[0], fields[1]))
    return rows


def only_letters(text):
    """Lower case, without hyphens, spaces and parenthesized numeral readings: the sounds only."""
    out, depth = [], 0
    for ch in text.lower():
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0 and ch not in "- ":
            out.append(ch)
    return "".join(out)


def korean_romanizer():
    try:
        from korean_romanizer.romanizer import Romanizer
    except ImportError:
        return None
    return lambda text: Romanizer(text).romanize()


def icu():
    try:
        subprocess.run(["uconv", "--version"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None

    def run(text):
        out = subprocess.run(["uconv", "-x", "Hangul-Latin"], input=text.encode(), capture_output=True, check=True)
        return out.stdout.decode()

    return run


def main():
    tools = {"korean-romanizer": korean_romanizer(), "ICU Hangul-Latin (uconv)": icu()}
    show_misses = "--misses" in sys.argv
    for table in ("rr-examples.tsv", "places.tsv"):
        rows = load(table)
        for name, tool in tools.items():
            if tool is None:
                print(f"{table}: {name}: not available")
                continue
            exact = folded = letters = 0
            misses = []
            for hangul, expected in rows:
                got = tool(hangul)
                exact += got == expected
                folded += got.lower() == expected.lower()
                letters += only_letters(got) == only_letters(expected)
                if got != expected:
                    misses.append(f"{hangul} {expected} {got}")
            n = len(rows)
            print(f"{table}: {name}: {exact}/{n} exact ({100 * exact / n:.1f}%), "
                  f"{folded}/{n} ignoring case ({100 * folded / n:.1f}%), "
                  f"{letters}/{n} letters only ({100 * letters / n:.1f}%)")
            if show_misses:
                for miss in misses:
                    print("   ", miss)


if __name__ == "__main__":
    main()
