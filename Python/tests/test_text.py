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


def test_romanize_options():
    assert koen.romanize("신라") == "Silla"
    assert koen.romanize("한복남", name=True) == "Han Boknam"
    assert koen.romanize("의정부시", address=True) == "Uijeongbu-si"
