"""The package may be called from many threads at once (koen.h: every function is reentrant)."""

from concurrent.futures import ThreadPoolExecutor

import koen


def test_concurrent_calls_give_the_sequential_results(corpus):
    documents = corpus[:12]
    expected = {path: (koen.analyze_jsonl(text, name=path), koen.segment_jsonl(text, name=path, level="token"),
                       koen.untranslated_jsonl(text, name=path), koen.romanize(text), koen.normalize(text, "nfd"))
                for path, text in documents}

    def work(item):
        path, text = item
        return path, (koen.analyze_jsonl(text, name=path), koen.segment_jsonl(text, name=path, level="token"),
                      koen.untranslated_jsonl(text, name=path), koen.romanize(text), koen.normalize(text, "nfd"))

    with ThreadPoolExecutor(max_workers=8) as pool:
        for path, results in pool.map(work, documents * 3):
            assert results == expected[path], path


def test_errors_stay_with_their_thread():
    def work(k):
        if k % 2:
            try:
                koen.analyze(b"text \xff" + str(k).encode())
            except koen.DataError as error:
                return error.message
            return None
        return koen.analyze(f"line {k}\n")[-1]["lines"]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(200)))
    for k, result in enumerate(results):
        if k % 2:
            assert result == "invalid UTF-8 at byte 5 (line 1, column 6: " + " ".join(
                ["0xFF"] + [f"0x{b:02X}" for b in str(k).encode()[:3]]) + ")"
        else:
            assert result == 1
