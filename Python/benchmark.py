"""Measures the package against the command on the same input, in one run.

    KOEN_LIBRARY=.build/release/libKoEnC.so python3 Python/benchmark.py [--koen .build/release/koen]

Inputs: every Corpora/Documents/*.txt concatenated, and that text repeated to 8 MB. For each
of analyze, segment and untranslated: the command run on the file with its JSON Lines read
from a pipe, against the package on the same bytes (raw JSON Lines, then dicts). The two
are interleaved, best of REPEATS, and checked to give the same bytes. The command's output is also
parsed into dicts the way the package parses its own, for pipelines that want records.
Prints a Markdown table.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import koen  # noqa: E402


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--koen", default=str(ROOT / ".build" / "release" / "koen"))
    parser.add_argument("--repeats", type=int, default=3)
    arguments = parser.parse_args()

    corpus = b"".join(p.read_bytes() for p in sorted((ROOT / "Corpora" / "Documents").glob("*.txt")))
    eight = (corpus * (8 * 2**20 // len(corpus) + 1))[: 8 * 2**20]
    eight = eight[: eight.rfind(b"\n") + 1]
    folder = Path(tempfile.mkdtemp())
    inputs = {"corpus": folder / "corpus.txt", "8MB": folder / "eight.txt"}
    inputs["corpus"].write_bytes(corpus)
    inputs["8MB"].write_bytes(eight)

    calls = {
        "analyze": (koen.analyze_jsonl, koen.analyze),
        "segment": (koen.segment_jsonl, koen.segment),
        "untranslated": (koen.untranslated_jsonl, koen.untranslated),
    }
    print(f"koen {koen.version()}, library {koen.library_path()}, command {arguments.koen}")
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; best of {arguments.repeats}\n")
    print("| input | records | `koen` CLI, JSONL (s) | package, JSONL (s) | `koen` CLI + `json` to dicts (s) | package, dicts (s) | JSONL MB/s CLI / package |")
    print("|---|---|---:|---:|---:|---:|---|")
    for label, path in inputs.items():
        size = path.stat().st_size
        name = str(path)
        for command, (as_bytes, as_dicts) in calls.items():
            cli, raw, cli_dicts, dicts = [], [], [], []
            for _ in range(arguments.repeats):
                t, out = timed(lambda: subprocess.run(
                    [arguments.koen, command, "--format", "jsonl", name], stdout=subprocess.PIPE, check=False).stdout)
                cli.append(t)
                t_parse, _ = timed(lambda: koen._records(out))
                cli_dicts.append(t + t_parse)
                t, mine = timed(lambda: as_bytes(path.read_bytes(), name=name))
                raw.append(t)
                assert mine == out, f"{command} on {label}: the package and the command differ"
                t, _ = timed(lambda: as_dicts(path.read_bytes(), name=name))
                dicts.append(t)
            mb = size / 2**20
            print(f"| {label} ({mb:.2f} MB) | {command} | {min(cli):.3f} | {min(raw):.3f} | {min(cli_dicts):.3f} | "
                  f"{min(dicts):.3f} | {mb / min(cli):.2f} / {mb / min(raw):.2f} |")
            sys.stdout.flush()
    per_document(arguments.koen, arguments.repeats)


def per_document(koen_binary, repeats):
    """The 65 corpus documents as separate files: one command run over all of them (it
    spreads files over its threads) against the package called per document, in a loop and
    from a thread pool."""
    from concurrent.futures import ThreadPoolExecutor

    paths = sorted((ROOT / "Corpora" / "Documents").glob("*.txt"))
    names = [str(p.relative_to(ROOT)) for p in paths]
    size = sum(p.stat().st_size for p in paths) / 2**20
    print(f"\n| {len(paths)} documents ({size:.2f} MB) | `koen` CLI, one run (s) | package, loop (s) | "
          f"package, {os.cpu_count()} threads (s) |")
    print("|---|---:|---:|---:|")
    for command, function in (("analyze", koen.analyze_jsonl), ("segment", koen.segment_jsonl)):
        cli, loop, pool = [], [], []
        for _ in range(repeats):
            t, out = timed(lambda: subprocess.run(
                [koen_binary, command, "--format", "jsonl", *names], cwd=ROOT, stdout=subprocess.PIPE, check=False).stdout)
            cli.append(t)
            work = lambda name: function((ROOT / name).read_bytes(), name=name)
            t, mine = timed(lambda: b"".join(map(work, names)))
            loop.append(t)
            assert mine == out, f"{command}: the package and the command differ"
            with ThreadPoolExecutor(os.cpu_count()) as executor:
                t, mine = timed(lambda: b"".join(executor.map(work, names)))
            pool.append(t)
            assert mine == out
        print(f"| {command} | {min(cli):.3f} | {min(loop):.3f} | {min(pool):.3f} |")


if __name__ == "__main__":
    main()
