#!/usr/bin/env python3
"""Validates SARIF logs against the SARIF 2.1.0 JSON schema kept next to this script.

Usage: validate_sarif.py LOG.sarif [...]   (or '-' for standard input)
Prints one line per problem and exits 1 when a log is invalid, 0 when all are valid.
Needs Python's `jsonschema` package (pip install jsonschema).
"""
import json
import os
import sys

import jsonschema

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "sarif-schema-2.1.0.json"), encoding="utf-8") as f:
    schema = json.load(f)

validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)

failed = False
for path in sys.argv[1:] or ["-"]:
    text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()
    log = json.loads(text)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    for error in errors:
        failed = True
        where = "/".join(str(p) for p in error.absolute_path)
        print(f"{path}: {where}: {error.message}")
    if not errors:
        print(f"{path}: valid SARIF 2.1.0 ({sum(len(r.get('results', [])) for r in log['runs'])} results)")
sys.exit(1 if failed else 0)
