"""Bad input and bad options surface as exceptions with koen.h's code and the command's message."""

import pytest

import koen
from conftest import REPOSITORY, run_koen


def command_message(tmp_path, content, *arguments):
    """The command's message and exit status for a file holding `content`."""
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    status, out, err = run_koen(*arguments, str(path))
    prefix = f"koen: {path}: "
    assert err.startswith(prefix), err
    return status, err[len(prefix):].strip()


def decoder_cases():
    """The ill-formed and well-formed sequences of Markus Kuhn's UTF-8 decoder test, from
    Corpora/Adversarial/utf8-decoder-cases.tsv."""
    cases = []
    for line in (REPOSITORY / "Corpora" / "Adversarial" / "utf8-decoder-cases.tsv").read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        cases.append(pytest.param(bytes.fromhex(fields[2]), id=fields[0]))
    return cases


@pytest.mark.parametrize("sequence", decoder_cases())
def test_invalid_utf8_is_refused_or_kept_as_the_command_does(tmp_path, sequence):
    content = "한국어 text ".encode() + sequence + b" end\n"
    path = tmp_path / "case.txt"
    path.write_bytes(content)
    for arguments, function in ((["analyze"], koen.analyze_jsonl), (["segment"], koen.segment_jsonl),
                                (["untranslated"], koen.untranslated_jsonl)):
        status, out, err = run_koen(*arguments, "--format", "jsonl", str(path))
        if status == 65:
            with pytest.raises(koen.DataError) as caught:
                function(content, name=str(path))
            assert caught.value.code == koen.ERROR_DATA == 65
            assert err.strip() == f"koen: {path}: {caught.value.message}"
        else:
            assert function(content, name=str(path)) == out
    status, out, err = run_koen("segment", "--keep-invalid", "--format", "jsonl", str(path))
    if b"\x00" not in content:
        assert status == 0, err
        records = koen.segment(content, name=str(path), keep_invalid=True)
        assert koen.segment_jsonl(content, name=str(path), keep_invalid=True) == out
        assert records[-1]["end"] == len(content)


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
