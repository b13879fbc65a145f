"""Normalization and romanization equal the command's text output."""

import unicodedata

import pytest

import koen
from conftest import run_koen

SAMPLES = [
    "Corpora/Seeds/daum-nato-delegation.txt",
    "Corpora/Documents/kd-01.txt",
]


@pytest.mark.parametrize("form", ["nfc", "nfd", "nfkc", "nfkd", "nfkc_cf"])
@pytest.mark.parametrize("path", SAMPLES)
def test_normalize_equals_the_command(path, form):
    status, out, err = run_koen("normalize", "--form", form, path)
    assert status == 0, err
    from conftest import REPOSITORY
    text = (REPOSITORY / path).read_bytes()
    assert koen.normalize(text, form) == out
    assert koen.normalize(text.decode(), form) == out.decode()


def test_normalize_agrees_with_python_on_decomposed_hangul():
    decomposed = unicodedata.normalize("NFD", "한국어 텍스트")
    assert koen.normalize(decomposed, "nfc") == unicodedata.normalize("NFC", decomposed)


@pytest.mark.parametrize("scheme,flags", [("rr", []), ("mr", []), ("rr-translit", []), ("rr", ["--proper"])])
@pytest.mark.parametrize("path", SAMPLES)
def test_romanize_equals_the_command(path, scheme, flags):
    status, out, err = run_koen("romanize", "--scheme", scheme, *flags, path)
    assert status == 0, err
    from conftest import REPOSITORY
    text = (REPOSITORY / path).read_bytes()
    assert koen.romanize(text, scheme, proper="--proper" in flags) == out


@pytest.mark.parametrize("word,flags,options", [
    ("신라", [], {}), ("한복남", ["--name"], {"name": True}), ("의정부시", ["--address"], {"address": True}),
    ("부산", ["--proper"], {"proper": True}),
])
def test_romanize_options_equal_the_commands_flags(word, flags, options):
    status, out, err = run_koen("romanize", *flags, "--word", word)
    assert status == 0, err
    assert koen.romanize(word, **options) + "\n" == out.decode()
