#!/usr/bin/env python3
"""Lists Swift functions, initializers and closures-as-properties longer than a limit.

usage: Scripts/long-functions.py [--limit N] PATH...   (default limit 80 lines)

A function's length is counted from the line of its declaration to its closing brace.
Braces inside string literals and comments are skipped; that is enough for this code base.
"""
import re
import sys
from pathlib import Path

DECL = re.compile(r"^\s*(?:@[\w()]+\s+)*(?:(?:public|internal|private|fileprivate|package|static|"
                  r"mutating|nonmutating|override|final|class|nonisolated|@inlinable|"
                  r"@usableFromInline|@inline\(__always\))\s+)*(func\s+[^\s(<]+|init[?!]?\s*[(<]|deinit|subscript)")


def code_only(line: str) -> str:
    """The line without string literals and // comments."""
    out, i, in_string = [], 0, False
    while i < len(line):
        c = line[i]
        if in_string:
            if c == "\\":
                i += 2
                continue
            if c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif line.startswith("//", i):
            break
        else:
            out.append(c)
        i += 1
    return "".join(out)


def long_functions(path: Path, limit: int):
    lines = path.read_text(encoding="utf-8").splitlines()
    for start, line in enumerate(lines):
        match = DECL.match(line)
        if not match:
            continue
        depth, opened = 0, False
        for end in range(start, len(lines)):
            code = code_only(lines[end])
            for c in code:
                if c == "{":
                    depth += 1
                    opened = True
                elif c == "}":
                    depth -= 1
            if opened and depth <= 0:
                break
            if not opened and end > start and code.strip() == "":
                break  # a protocol requirement: no body
        if not opened:
            continue
        length = end - start + 1
        if length > limit:
            yield length, start + 1, match.group(1).strip()


def main(argv):
    limit = 80
    if len(argv) > 1 and argv[1] == "--limit":
        limit = int(argv[2])
        argv = argv[:1] + argv[3:]
    found = []
    for root in argv[1:]:
        files = [Path(root)] if root.endswith(".swift") else sorted(Path(root).rglob("*.swift"))
        for path in files:
            for length, line, name in long_functions(path, limit):
                found.append((length, f"{path}:{line}", name))
    for length, where, name in sorted(found, reverse=True):
        print(f"{length:5d}  {where}  {name}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
