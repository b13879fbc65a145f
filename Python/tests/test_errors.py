"""Bad input and bad options surface as exceptions with koen.h's code and the command's message."""

import pytest

import koen
from conftest import REPOSITORY, by_file, run_koen


def command_message(tmp_path, content, *arguments):
    """The command's message and exit status for a file holding `content`."""
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    status, out, err = run_koen(*arguments, str(path))
    prefix = f"koen: {path}: "
    assert err.startswith(prefix), err
    return status, err[len(prefix):].strip()


def decoder_cases():
    """The well-formed and ill-formed sequences of Markus Kuhn's UTF-8 decoder test, from
    Corpora/Adversarial/utf8-decoder-cases.tsv: (id, bytes)."""
    cases = []
    for line in (REPOSITORY / "Corpora" / "Adversarial" / "utf8-decoder-cases.tsv").read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        cases.append((fields[0], bytes.fromhex(fields[2])))
    return cases


@pytest.fixture(scope="module")
def decoder_files(tmp_path_factory):
    """Each decoder case inside a line of mixed text, as a file: {path: content}."""
    folder = tmp_path_factory.mktemp("decoder")
    files = {}
    for case, sequence in decoder_cases():
        path = folder / f"case-{case}.txt"
        path.write_bytes("한국어 text ".encode() + sequence + b" end\n")
        files[str(path)] = path.read_bytes()
    return files


def messages(stderr):
    """The command's per-file messages: {path: message}."""
    found = {}
    for line in stderr.splitlines():
        if line.startswith("koen: "):
            path, _, message = line[len("koen: "):].partition(": ")
            found[path] = message
    return found


@pytest.mark.parametrize("command,function", [
    ("analyze", koen.analyze_jsonl), ("segment", koen.segment_jsonl), ("untranslated", koen.untranslated_jsonl),
])
def test_invalid_utf8_is_refused_as_the_command_refuses_it(decoder_files, command, function):
    status, out, err = run_koen(command, "--format", "jsonl", *decoder_files)
    refused, records = messages(err), by_file(out)
    assert 10 < len(refused) < len(decoder_files)
    for path, content in decoder_files.items():
        if path in refused:
            with pytest.raises(koen.DataError) as caught:
                function(content, name=path)
            assert caught.value.code == koen.ERROR_DATA == 65
            assert caught.value.message == refused[path]
        else:
            assert function(content, name=path) == records.get(path, b""), path


def test_invalid_utf8_is_kept_as_the_command_keeps_it(decoder_files):
    status, out, err = run_koen("segment", "--keep-invalid", "--format", "jsonl", *decoder_files)
    refused, records = messages(err), by_file(out)
    for path, content in decoder_files.items():
        if b"\x00" in content:
            assert "NUL byte" in refused[path]
            with pytest.raises(koen.DataError):
                koen.segment(content, keep_invalid=True)
            continue
        assert koen.segment_jsonl(content, name=path, keep_invalid=True) == records[path], path
        assert koen.segment_ranges(content, keep_invalid=True)[-1][1] == len(content)


@pytest.mark.parametrize("content,kind", [
    (b"\xff\xfeh\x00i\x00", "UTF-16 little-endian"),
    (b"\xfe\xff\x00h\x00i", "UTF-16 big-endian"),
    (b"\xff\xfe\x00\x00h\x00\x00\x00", "UTF-32"),
    (b"abc\x00def", "binary file: NUL byte at byte 3"),
    (b"ok\n\xc3\x28", "invalid UTF-8 at byte 3 (line 2, column 1: 0xC3 0x28)"),
])
def test_data_errors_carry_the_commands_message(tmp_path, content, kind):
    status, message = command_message(tmp_path, content, "analyze")
    assert status == 65
    for function in (koen.analyze, koen.segment, koen.untranslated, koen.normalize, koen.romanize):
        with pytest.raises(koen.DataError) as caught:
            function(content)
        assert caught.value.code == 65
        assert caught.value.message == message
        assert kind in caught.value.message


def test_bad_options_raise_argument_errors():
    for call in (lambda: koen.segment("x", level="word"), lambda: koen.analyze("x", dominant="fr"),
                 lambda: koen.normalize("x", "nfx"), lambda: koen.romanize("x", "yale")):
        with pytest.raises(koen.ArgumentError) as caught:
            call()
        assert caught.value.code == 2
        assert isinstance(caught.value, ValueError)


def test_the_c_library_checks_its_arguments():
    import ctypes
    lib = koen._lib
    out = koen._library._u8p()
    length = ctypes.c_size_t()
    message = ctypes.c_void_p()
    code = lib.koen_segment(None, 5, None, 1, 0, ctypes.byref(out), ctypes.byref(length), ctypes.byref(message))
    assert code == 2
    assert b"NULL" in ctypes.string_at(message.value)
    lib.koen_free(message)
    code = lib.koen_segment(b"abc", 3, None, 7, 0, ctypes.byref(out), ctypes.byref(length), ctypes.byref(message))
    assert code == 2 and b"level" in ctypes.string_at(message.value)
    lib.koen_free(message)
    code = lib.koen_segment(b"abc", 3, None, 1, 0, None, None, None)
    assert code == 2
    code = lib.koen_segment(None, 0, None, 1, 0, ctypes.byref(out), ctypes.byref(length), ctypes.byref(message))
    assert code == 0 and length.value == 0 and out and not message.value
    lib.koen_free(out)
