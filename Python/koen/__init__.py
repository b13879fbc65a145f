"""KoEn for Python: segmentation, document analysis, untranslated-text findings,
normalization and romanization of mixed Korean/English text, through KoEn's C library
(libKoEnC) in this process — no subprocess.

Records are the ones ``koen segment|analyze|untranslated --format jsonl NAME`` prints for a
file of that name and content, as dicts or as the raw JSON Lines bytes. Offsets are UTF-8
byte offsets into the input.

Every function may be called from many threads at once; the GIL is released while KoEn runs.
"""

import ctypes
import json
from typing import Iterable, List, Optional, Tuple, Union

from . import _library

__all__ = [
    "KoEnError", "ArgumentError", "DataError", "InternalError",
    "segment", "segment_jsonl", "segment_ranges",
    "analyze", "analyze_jsonl", "untranslated", "untranslated_jsonl",
    "normalize", "romanize", "version", "library_path",
]

Text = Union[str, bytes, bytearray, memoryview]

_lib = _library.load()

# Result codes of koen.h.
OK = 0
ERROR_ARGUMENT = 2
ERROR_DATA = 65
ERROR_INTERNAL = 70


class KoEnError(Exception):
    """A KoEn call failed: ``code`` is koen.h's result code, ``message`` says why."""

    def __init__(self, code: int, message: str):
        super().__init__(f"{message} (KoEn error {code})")
        self.code = code
        self.message = message


class ArgumentError(KoEnError, ValueError):
    """An option value out of range (KOEN_ERROR_ARGUMENT, 2)."""


class DataError(KoEnError, ValueError):
    """The input is not UTF-8 text: invalid UTF-8, a NUL byte, a UTF-16/UTF-32 byte order
    mark (KOEN_ERROR_DATA, 65: the command's exit status for the same input)."""


class InternalError(KoEnError):
    """ICU failed or memory ran out (KOEN_ERROR_INTERNAL, 70)."""


_ERRORS = {ERROR_ARGUMENT: ArgumentError, ERROR_DATA: DataError, ERROR_INTERNAL: InternalError}

_LEVELS = {"token": 0, "run": 1, "line": 2}
_DOMINANT = {"auto": 0, "en": 1, "ko": 2}
_FORMATS = {"auto": 0, "text": 1, "markdown": 2, "po": 3, "asciidoc": 4, "rst": 5, "markup": 6,
            "locale-table": 7, "xml-catalogue": 8, "json-catalogue": 9,
            "csv-catalogue": 10, "org": 11}
_FORMS = {"nfc": 0, "nfd": 1, "nfkc": 2, "nfkd": 3, "nfkc_cf": 4}
_SCHEMES = {"rr": 0, "rr-translit": 1, "mr": 2, "icu": 3}
_KEEP_INVALID = 1
_ROMANIZE = {
    "proper": 1 << 0, "hyphenate": 1 << 1, "name": 1 << 2, "address": 1 << 3,
    "omit_units": 1 << 4, "read_hanja": 1 << 5, "ascii": 1 << 6, "customary_surnames": 1 << 7,
}


def version() -> str:
    """KoEn's version."""
    return _lib.koen_version().decode()


def library_path() -> str:
    """The shared library in use."""
    return str(_library.library_path())


def _bytes(text: Text) -> bytes:
    if isinstance(text, str):
        return text.encode("utf-8")
    if isinstance(text, bytes):
        return text
    return bytes(text)


def _choice(table: dict, value: str, what: str) -> int:
    try:
        return table[value]
    except KeyError:
        raise ArgumentError(ERROR_ARGUMENT, f"unknown {what} {value!r} (one of: {', '.join(table)})") from None


def _name(name: Optional[str]) -> Optional[bytes]:
    return None if name is None else name.encode("utf-8", "surrogateescape")


def _check(code: int, message: ctypes.c_void_p) -> None:
    if code == OK:
        return
    text = ctypes.string_at(message.value).decode("utf-8", "replace") if message.value else ""
    _lib.koen_free(message)
    raise _ERRORS.get(code, KoEnError)(code, text)


def _call_bytes(function, data: bytes, *arguments) -> bytes:
    out = _library._u8p()
    length = ctypes.c_size_t()
    message = ctypes.c_void_p()
    code = function(data, len(data), *arguments, ctypes.byref(out), ctypes.byref(length), ctypes.byref(message))
    _check(code, message)
    try:
        return ctypes.string_at(out, length.value)
    finally:
        _lib.koen_free(out)


def _records(jsonl: bytes) -> List[dict]:
    # One parse for all records: a line feed inside a record is always escaped, so each raw
    # line feed ends a record and can become an array's comma.
    if not jsonl:
        return []
    return json.loads(b"[" + jsonl[:-1].replace(b"\n", b",") + b"]")


def segment_jsonl(text: Text, name: Optional[str] = None, level: str = "run", keep_invalid: bool = False) -> bytes:
    """``koen segment --format jsonl --level LEVEL NAME`` for ``text``, as bytes.

    ``name`` is the records' ``file`` field (None: ``<stdin>``). ``keep_invalid`` accepts
    invalid UTF-8 (``--keep-invalid``); without it, such input raises ``DataError``.
    """
    flags = _KEEP_INVALID if keep_invalid else 0
    return _call_bytes(_lib.koen_segment, _bytes(text), _name(name), _choice(_LEVELS, level, "level"), flags)


def segment(text: Text, name: Optional[str] = None, level: str = "run", keep_invalid: bool = False) -> List[dict]:
    """The records of ``koen segment --format jsonl`` as dicts (see ``segment_jsonl``)."""
    return _records(segment_jsonl(text, name, level, keep_invalid))


def segment_ranges(text: Text, level: str = "run", keep_invalid: bool = False) -> List[Tuple[int, int]]:
    """The UTF-8 byte ranges ``(start, end)`` of the segments (tokens and runs tile the
    input; lines exclude their line breaks)."""
    data = _bytes(text)
    ranges = ctypes.POINTER(ctypes.c_int64)()
    count = ctypes.c_size_t()
    message = ctypes.c_void_p()
    code = _lib.koen_segment_ranges(
        data, len(data), _choice(_LEVELS, level, "level"), _KEEP_INVALID if keep_invalid else 0,
        ctypes.byref(ranges), ctypes.byref(count), ctypes.byref(message))
    _check(code, message)
    try:
        flat = ranges[: 2 * count.value]
    finally:
        _lib.koen_free(ranges)
    return list(zip(flat[0::2], flat[1::2]))


def _analysis_arguments(name, dominant, format, glossary):
    terms = b""
    if glossary is not None:
        terms = glossary.encode("utf-8") if isinstance(glossary, str) else "\n".join(glossary).encode("utf-8")
    return (_name(name), _choice(_DOMINANT, dominant, "dominant language"),
            _choice(_FORMATS, format, "document format"), terms, len(terms))


def analyze_jsonl(text: Text, name: Optional[str] = None, dominant: str = "auto", format: str = "auto",
                  glossary: Union[None, str, Iterable[str]] = None) -> bytes:
    """``koen analyze --format jsonl NAME`` for ``text``, as bytes.

    ``name`` is the ``file`` field and, with ``format="auto"``, decides the format by its
    extension (``.po``, ``.md``) as for a file. ``dominant``: ``auto``, ``en`` or ``ko``;
    ``format``: as the command's ``--as``: ``auto``, ``text``, ``markdown``, ``asciidoc``, ``rst``,
    ``org``, ``markup`` (HTML or XML), ``po``, ``locale-table``, ``xml-catalogue``, ``json-catalogue`` or ``csv-catalogue``;
    ``glossary``: terms kept as they are (the text of an ``--allow`` file, or an iterable of terms).
    """
    return _call_bytes(_lib.koen_analyze, _bytes(text), *_analysis_arguments(name, dominant, format, glossary))


def analyze(text: Text, name: Optional[str] = None, dominant: str = "auto", format: str = "auto",
            glossary: Union[None, str, Iterable[str]] = None) -> List[dict]:
    """The records of ``koen analyze --format jsonl`` as dicts: ``line`` records, then
    ``finding`` records (gettext catalogues), then one ``document`` record."""
    return _records(analyze_jsonl(text, name, dominant, format, glossary))


def untranslated_jsonl(text: Text, name: Optional[str] = None, target: str = "auto", format: str = "auto",
                       glossary: Union[None, str, Iterable[str]] = None) -> bytes:
    """``koen untranslated --format jsonl --target TARGET NAME`` for ``text``, as bytes
    (empty when nothing is left untranslated)."""
    return _call_bytes(_lib.koen_untranslated, _bytes(text), *_analysis_arguments(name, target, format, glossary))


def untranslated(text: Text, name: Optional[str] = None, target: str = "auto", format: str = "auto",
                 glossary: Union[None, str, Iterable[str]] = None) -> List[dict]:
    """The records of ``koen untranslated --format jsonl`` as dicts."""
    return _records(untranslated_jsonl(text, name, target, format, glossary))


def normalize(text: Text, form: str = "nfc") -> Union[str, bytes]:
    """``text`` in normalization form ``nfc``, ``nfd``, ``nfkc``, ``nfkd`` or ``nfkc_cf``
    (``koen normalize --form``): a str for a str, bytes for bytes."""
    result = _call_bytes(_lib.koen_normalize_text, _bytes(text), _choice(_FORMS, form, "normalization form"))
    return result.decode("utf-8") if isinstance(text, str) else result


def romanize(text: Text, scheme: str = "rr", *, name: bool = False, address: bool = False,
             proper: bool = False, read_hanja: bool = True, **options: bool) -> Union[str, bytes]:
    """``text`` romanized line by line (``koen romanize --scheme SCHEME``), line breaks kept:
    a str for a str, bytes for bytes. ``name``, ``address`` and ``proper`` are the command's
    flags; further options: ``hyphenate``, ``omit_units``, ``ascii``, ``customary_surnames``."""
    bits = 0
    for option, on in dict(options, name=name, address=address, proper=proper, read_hanja=read_hanja).items():
        if on:
            bits |= _choice(_ROMANIZE, option, "romanization option")
    result = _call_bytes(_lib.koen_romanize, _bytes(text), _choice(_SCHEMES, scheme, "romanization scheme"), bits)
    return result.decode("utf-8") if isinstance(text, str) else result
