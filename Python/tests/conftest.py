"""Shared fixtures: the repository, the `koen` command to compare with, the documents."""

import os
import subprocess
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]


def koen_binary() -> Path:
    """$KOEN_BINARY, else the release or debug build in the repository's .build."""
    override = os.environ.get("KOEN_BINARY")
    if override:
        return Path(override).resolve()
    for configuration in ("release", "debug"):
        path = REPOSITORY / ".build" / configuration / "koen"
        if path.is_file():
            return path
    pytest.fail("no koen binary: build it (swift build --product koen) or set KOEN_BINARY")


def documents():
    """The documents compared with the command, as paths relative to the repository (the
    command is run from there, so its `file` fields are these paths)."""
    paths = sorted((REPOSITORY / "Corpora" / "Seeds").glob("*.txt"))
    paths += sorted((REPOSITORY / "Corpora" / "Documents").glob("*.txt"))
    paths += sorted((REPOSITORY / "Corpora" / "Catalogs").glob("*.po"))
    return [str(p.relative_to(REPOSITORY)) for p in paths]


def run_koen(*arguments, input=None):
    """Runs the command from the repository; returns (exit status, stdout bytes, stderr text)."""
    result = subprocess.run(
        [str(koen_binary()), *arguments], cwd=REPOSITORY, input=input,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    return result.returncode, result.stdout, result.stderr.decode("utf-8", "replace")


def by_file(jsonl: bytes):
    """The JSON Lines of a multi-file run, split by each record's `file` field, in order."""
    import json
    groups = {}
    for line in jsonl.split(b"\n"):
        if line:
            groups.setdefault(json.loads(line)["file"], []).append(line + b"\n")
    return {name: b"".join(lines) for name, lines in groups.items()}


@pytest.fixture(scope="session")
def corpus():
    """Each document's path and bytes."""
    return [(path, (REPOSITORY / path).read_bytes()) for path in documents()]
