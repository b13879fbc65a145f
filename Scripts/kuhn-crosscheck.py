#!/usr/bin/env python3
"""Compares the case bytes of Corpora/Adversarial/utf8-decoder-cases.tsv with a copy of
Markus Kuhn's UTF-8-test.txt (any revision, read as bytes).

    Scripts/kuhn-crosscheck.py PATH-TO-UTF-8-test.txt

For every row of the table, the case is looked up in the file by its number: the bytes
between the quotes on the case's line, or, for the cases laid out over several lines
(1, 3.1.9, 3.2.x, 3.4), between the quotes of the block that follows, with the file's
layout (line breaks, the indentation, the padding and the "|" column) left out; those
blocks are compared without spaces, since the layout's spaces and the cases' own spaces
cannot be told apart. Prints one line per case that differs or is missing, then a
summary; exits 1 if any case found in the file differs from the table.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "Corpora" / "Adversarial" / "utf8-decoder-cases.tsv"
BLOCKS = {"1": rb"kosme':", "3.1.9": rb"\n3\.1\.9 ", "3.2.1": rb"\n3\.2\.1 ", "3.2.2": rb"\n3\.2\.2 ",
          "3.2.3": rb"\n3\.2\.3 ", "3.2.4": rb"\n3\.2\.4 ", "3.2.5": rb"\n3\.2\.5 ", "3.4": rb"\n3\.4 "}


def table():
    rows = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        fields = line.split("\t")
        rows[fields[0]] = bytes(int(h, 16) for h in fields[2].split())
    return rows


def block(data, anchor):
    match = re.search(anchor, data)
    if not match:
        return None
    open_quote = data.index(b'"', match.end())
    close_quote = data.index(b'"', open_quote + 1)
    lines = data[open_quote + 1:close_quote].split(b"\n")
    return b"".join(line.rstrip(b" ").rstrip(b"|").rstrip(b" ") for line in lines)


def single(data, case):
    match = re.search(rb"\n" + re.escape(case.encode()) + rb" [^\n]*", data)
    if not match:
        return None
    line = match.group(0)
    first, last = line.find(b'"'), line.rfind(b'"')
    return line[first + 1:last] if last > first else None


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    data = Path(sys.argv[1]).read_bytes()
    same, differ, missing = [], [], []
    for case, want in table().items():
        if case in BLOCKS:
            got = block(data, BLOCKS[case])
            equal = got is not None and got.replace(b" ", b"") == want.replace(b" ", b"")
        else:
            got = single(data, case)
            equal = got == want
        if got is None:
            missing.append(case)
            print(f"{case}: not found in the file")
        elif equal:
            same.append(case)
        else:
            differ.append(case)
            print(f"{case}: file {got.hex(' ')} / table {want.hex(' ')}")
    print(f"{len(same)} cases equal, {len(differ)} differ, {len(missing)} not found "
          f"({len(data)} bytes read)")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
