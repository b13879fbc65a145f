"""Finds and loads libKoEnC, and declares the C signatures of koen.h."""

import ctypes
import os
import sys
from pathlib import Path

#: The environment variable naming the shared library to load instead of the bundled one.
LIBRARY_VARIABLE = "KOEN_LIBRARY"

_NAME = "libKoEnC.dylib" if sys.platform == "darwin" else "libKoEnC.so"


def library_path() -> Path:
    """The shared library to load: $KOEN_LIBRARY, else the one bundled in this package."""
    override = os.environ.get(LIBRARY_VARIABLE)
    if override:
        path = Path(override)
        if not path.is_file():
            raise ImportError(f"{LIBRARY_VARIABLE}={override}: no such file")
        return path
    bundled = Path(__file__).with_name("lib") / _NAME
    if bundled.is_file():
        return bundled
    raise ImportError(
        f"KoEn's shared library was not found: no {bundled} in the package and "
        f"{LIBRARY_VARIABLE} is not set (build it with `swift build -c release --product KoEnC` "
        f"and set {LIBRARY_VARIABLE}=.build/release/{_NAME}, or install the wheel)"
    )


_u8p = ctypes.POINTER(ctypes.c_uint8)
_out = ctypes.POINTER(_u8p)
_size = ctypes.c_size_t
_sizep = ctypes.POINTER(ctypes.c_size_t)
_msg = ctypes.POINTER(ctypes.c_void_p)  # char **, read as an address so it can be freed


def load() -> ctypes.CDLL:
    """Loads the library and declares its functions (ctypes releases the GIL during calls)."""
    lib = ctypes.CDLL(str(library_path()))
    i32, u32, cstr, vp = ctypes.c_int32, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_void_p
    signatures = {
        "koen_version": (cstr, []),
        "koen_free": (None, [vp]),
        "koen_segment": (i32, [vp, _size, cstr, i32, u32, _out, _sizep, _msg]),
        "koen_segment_ranges": (
            i32,
            [vp, _size, i32, u32, ctypes.POINTER(ctypes.POINTER(ctypes.c_int64)), _sizep, _msg],
        ),
        "koen_analyze": (i32, [vp, _size, cstr, i32, i32, vp, _size, _out, _sizep, _msg]),
        "koen_untranslated": (i32, [vp, _size, cstr, i32, i32, vp, _size, _out, _sizep, _msg]),
        "koen_normalize_text": (i32, [vp, _size, i32, _out, _sizep, _msg]),
        "koen_romanize": (i32, [vp, _size, i32, u32, _out, _sizep, _msg]),
    }
    for name, (restype, argtypes) in signatures.items():
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = argtypes
    return lib
