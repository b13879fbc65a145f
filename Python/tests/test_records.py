"""The package's records equal the command's, byte for byte, on every corpus document."""

import json

import pytest

import koen
from conftest import REPOSITORY, by_file, documents, run_koen


@pytest.fixture(scope="module")
def command_output():
    """One run of each command over all documents, split per file."""
    outputs = {}
    paths = documents()
    for key, arguments in {
        "analyze": ["analyze", "--format", "jsonl"],
        "run": ["segment", "--format", "jsonl"],
        "token": ["segment", "--format", "jsonl", "--level", "token"],
        "line": ["segment", "--format", "jsonl", "--level", "line"],
        "untranslated": ["untranslated", "--format", "jsonl"],
        "analyze-ko": ["analyze", "--format", "jsonl", "--dominant", "ko"],
    }.items():
        status, out, err = run_koen(*arguments, *paths)
        assert status in (0, 1), err
        outputs[key] = by_file(out)
    return outputs


def test_the_corpus_is_there(corpus):
    assert len(corpus) >= 60
    assert any(path.endswith(".po") for path, _ in corpus)


@pytest.mark.parametrize("path", documents())
def test_analyze_equals_the_command(path, corpus, command_output):
    text = dict(corpus)[path]
    jsonl = koen.analyze_jsonl(text, name=path)
    assert jsonl == command_output["analyze"][path]
    records = koen.analyze(text, name=path)
    assert records == [json.loads(line) for line in jsonl.splitlines()]
    assert records[-1]["type"] == "document"
    assert koen.analyze_jsonl(text, name=path, dominant="ko") == command_output["analyze-ko"][path]


@pytest.mark.parametrize("path", documents())
def test_segment_equals_the_command(path, corpus, command_output):
    text = dict(corpus)[path]
    for level in ("run", "token", "line"):
        jsonl = koen.segment_jsonl(text, name=path, level=level)
        assert jsonl == command_output[level].get(path, b""), level
    records = koen.segment(text, name=path)
    assert "".join(r["text"] for r in records).encode() == text


@pytest.mark.parametrize("path", documents())
def test_segment_ranges_tile_the_input_and_match_the_records(path, corpus):
    text = dict(corpus)[path]
    for level in ("run", "token"):
        ranges = koen.segment_ranges(text, level=level)
        records = koen.segment(text, name=path, level=level)
        assert ranges == [(r["start"], r["end"]) for r in records]
        assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
        assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))
    lines = koen.segment(text, name=path, level="line")
    assert koen.segment_ranges(text, level="line") == [(r["start"], r["end"]) for r in lines]


def test_untranslated_equals_the_command(corpus, command_output):
    found = 0
    for path, text in corpus:
        jsonl = koen.untranslated_jsonl(text, name=path)
        assert jsonl == command_output["untranslated"].get(path, b""), path
        found += len(koen.untranslated(text, name=path))
    assert found > 0


def test_a_name_decides_the_format_as_a_file_name_does(corpus, command_output):
    path, text = next((p, t) for p, t in corpus if p.endswith(".po"))
    as_po = koen.analyze(text, name=path)
    assert any(r["type"] == "finding" for r in as_po)
    as_text = koen.analyze(text, name="catalogue.txt", format="text")
    assert not any(r["type"] == "finding" for r in as_text)
    assert koen.analyze(text, name="catalogue.txt", format="po")[-1]["findings"] == as_po[-1]["findings"]


def test_markup_formats_by_name_or_by_argument():
    text = "설치\n====\n\n.. code-block:: sh\n\n   pip install the tool\n\n설치가 끝나면 the cache is cleared 됩니다.\n"

    def without_file(records):
        return [{k: v for k, v in r.items() if k != "file"} for r in records]

    by_name = koen.analyze(text, name="docs/ko/install.rst")
    assert without_file(koen.analyze(text, name="install.txt", format="rst")) == without_file(by_name)
    # The code block is not prose; the English left in the sentence is a fragment.
    assert [f["text"] for r in by_name if r["type"] == "line" for f in r["fragments"]] == ["the cache is cleared"]
    as_text = koen.analyze(text, name="install.txt", format="text")
    assert without_file(as_text) != without_file(by_name)


def test_standard_input_is_named_as_the_command_names_it(corpus):
    path, text = corpus[0]
    status, out, err = run_koen("analyze", "--format", "jsonl", input=text)
    assert status == 0, err
    assert koen.analyze_jsonl(text) == out
    status, out, err = run_koen("segment", "--format", "jsonl", input=text)
    assert koen.segment_jsonl(text) == out


def test_a_glossary_is_read_as_an_allow_file(tmp_path):
    text = "이 문서는 한국어로 작성되었으며 배포 과정에서 rolling deployment 라는 말이 자주 쓰입니다.\n".encode()
    document = tmp_path / "ko.txt"
    document.write_bytes(text)
    glossary = tmp_path / "terms.txt"
    glossary.write_text("# kept as they are\nrolling deployment\n", encoding="utf-8")
    status, without, err = run_koen("untranslated", "--format", "jsonl", str(document))
    assert status == 1 and b"rolling deployment" in without
    assert koen.untranslated_jsonl(text, name=str(document)) == without
    status, out, err = run_koen("untranslated", "--format", "jsonl", "--allow", str(glossary), str(document))
    assert status == 0 and out == b""
    assert koen.untranslated_jsonl(text, name=str(document), glossary=glossary.read_text(encoding="utf-8")) == out
    assert koen.untranslated_jsonl(text, name=str(document), glossary=["rolling deployment"]) == out
    status, out, err = run_koen("analyze", "--format", "jsonl", "--allow", str(glossary), str(document))
    assert koen.analyze_jsonl(text, name=str(document), glossary=["rolling deployment"]) == out


def test_str_and_bytes_give_the_same_records(corpus):
    path, text = corpus[1]
    assert koen.analyze(text.decode("utf-8"), name=path) == koen.analyze(text, name=path)
    assert koen.segment(bytearray(text), name=path) == koen.segment(memoryview(text), name=path)


def test_empty_input_gives_what_the_command_gives(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for arguments, function in ((["analyze"], koen.analyze_jsonl), (["segment"], koen.segment_jsonl),
                                (["untranslated"], koen.untranslated_jsonl)):
        status, out, err = run_koen(*arguments, "--format", "jsonl", str(empty))
        assert function(b"", name=str(empty)) == out, arguments


AS_FORMATS = ["auto", "text", "markdown", "asciidoc", "rst", "markup", "po", "locale-table", "xml-catalogue",
              "json-catalogue", "csv-catalogue", "org"]


@pytest.mark.parametrize("document", ["l10n-151", "l10n-153", "l10n-150", "kd-149"])
def test_every_format_of_the_command_is_the_library_s(document):
    """Each `--as` of the command has its `format=` with the same records, and the format is
    really passed on: a catalogue read as each format gives more than one set of records."""
    path = f"Corpora/Documents/{document}.txt"
    text = (REPOSITORY / path).read_bytes()
    outputs = set()
    for name in AS_FORMATS:
        status, out, err = run_koen("analyze", "--as", name, "--format", "jsonl", path)
        assert status == 0, err
        assert koen.analyze_jsonl(text, name=path, format=name) == out, name
        outputs.add(out)
    assert len(outputs) >= 3


def test_an_unknown_format_is_refused():
    with pytest.raises(ValueError):
        koen.analyze("설치\n", format="html")
