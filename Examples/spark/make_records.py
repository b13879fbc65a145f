"""Writes the records the pipeline examples are checked on: the gold documents in
Corpora/Documents, each document and each of its non-blank lines as a JSON Lines record
(`id`, `text`), with one record koen cannot use after each document.

    python3 make_records.py OUT.jsonl
"""

import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


# Records that koen cannot use, each with the error it must report.
BAD_RECORDS = [
    ("not json at all", "invalid JSON"),
    ('{"id":"B2","text":42}', "the field 'text' is not a string"),
    ('{"id":"B3","text":null}', "the field 'text' is not a string"),
    ('{"id":"B4","body":"no text field"}', "the record has no field 'text'"),
    ("[1,2,3]", "the record is not a JSON object"),
    ('{"id":"B6","text":"trailing comma",}', "invalid JSON"),
]


def make_records(path):
    """Writes the records; returns the input lines."""
    lines = []
    for number, name in enumerate(sorted(glob.glob(os.path.join(ROOT, "Corpora/Documents/*.txt")))):
        with open(name, encoding="utf-8") as file:
            text = file.read()
        document = os.path.basename(name)
        lines.append(json.dumps({"id": f"{document}", "text": text}, ensure_ascii=False))
        for line_number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                lines.append(json.dumps({"id": f"{document}:{line_number}", "text": line, "n": line_number}, ensure_ascii=False))
        bad, _ = BAD_RECORDS[number % len(BAD_RECORDS)]
        lines.append(bad)
    with open(path, "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")
    return lines


def expected_error(line):
    for bad, message in BAD_RECORDS:
        if line == bad:
            return message
    return None


if __name__ == "__main__":
    print(len(make_records(sys.argv[1])), "records")
