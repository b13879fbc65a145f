#!/usr/bin/env python3
"""Turns package-benchmark's text output into the Markdown tables of Benchmarks/README.md.

    swift package --package-path Benchmarks benchmark --target Tokenization --no-progress > run.txt
    python3 Benchmarks/Scripts/summarize.py run.txt

Throughput is UTF-8 input bytes (MiB) over the p50 wall-clock time (and over p0, the
fastest sample, which is the least disturbed by other load); each KoEn figure is set
against ICU's figure from the same run.
"""
import re
import sys

SIZES = {"1MB": 1, "8MB": 8, "64MB": 64, "256KB": 0.25, "64KB": 1 / 16}


def parse(text):
    results = {}
    for block in re.split(r"\n(?=[A-Za-z-]+_\S+\n)", text):
        match = re.match(r"([A-Za-z-]+_\S+)\n", block)
        if not match:
            continue
        row = {}
        for line in block.splitlines():
            cells = [c.strip() for c in line.split("│")[1:-1]]
            if len(cells) < 3:
                continue
            if cells[0].startswith("Time (wall clock)"):
                unit = re.search(r"\((ns|us|μs|ms|s)\)", cells[0]).group(1)
                scale = {"ns": 1e-9, "us": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1.0}[unit]
                row["p0"] = float(cells[1].replace(",", "")) * scale
                row["p50"] = float(cells[3].replace(",", "")) * scale
                row["samples"] = cells[-1]
            elif cells[0].startswith("Malloc (total)"):
                row["mallocs"] = cells[3]
        results[match.group(1)] = row
    return results


def megabytes(name):
    size = name.rsplit("_", 1)[-1].rsplit("-", 1)[-1]
    return SIZES.get(size, None)


def main():
    results = parse(open(sys.argv[1]).read())
    inputs = sorted({name.split("_", 2)[-1] for name in results if name.startswith("Tokenize_ICU_")},
                    key=lambda n: (megabytes(n) or 0, n))
    print("| input | KoEn tokenize MB/s (p50 / best) | ICU words MB/s (p50 / best) | ratio p50 / best | "
          "KoEn segment MB/s (p50 / best) | ratio p50 / best | whitespace split MB/s (p50) | KoEn mallocs |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name in inputs:
        mb = megabytes(name)
        koen = results.get(f"Tokenize_KoEn_{name}", {})
        icu = results.get(f"Tokenize_ICU_{name}", {})
        seg = results.get(f"Segment_KoEn_{name}", {})
        ws = results.get(f"WhitespaceSplit_{name}", {})
        if not koen or not icu:
            continue

        def rate(r, key):
            return mb / r[key] if r and key in r else float("nan")

        print(f"| {name} | {rate(koen,'p50'):.0f} / {rate(koen,'p0'):.0f} | {rate(icu,'p50'):.0f} / {rate(icu,'p0'):.0f} | "
              f"{icu['p50']/koen['p50']:.1f}× / {icu['p0']/koen['p0']:.1f}× | "
              f"{rate(seg,'p50'):.0f} / {rate(seg,'p0'):.0f} | {icu['p50']/seg['p50']:.1f}× / {icu['p0']/seg['p0']:.1f}× | "
              f"{rate(ws,'p50'):.0f} | {koen.get('mallocs','?')} (tokenize), {seg.get('mallocs','?')} (segment) |")
    others = [n for n in results if not n.startswith(("Tokenize_KoEn_", "Tokenize_ICU_", "Segment_", "WhitespaceSplit_"))]
    if others:
        print()
        print("| benchmark | p50 | best | MB/s (p50) | mallocs |")
        print("| --- | --- | --- | --- | --- |")
        for name in sorted(others):
            r = results[name]
            mb = megabytes(name)
            mbs = f"{mb / r['p50']:.2f}" if mb and "p50" in r else ""
            print(f"| {name} | {r.get('p50', 0)*1e3:.2f} ms | {r.get('p0', 0)*1e3:.2f} ms | {mbs} | {r.get('mallocs','?')} |")


if __name__ == "__main__":
    main()
