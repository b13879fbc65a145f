"""koen.h agrees with the library: the C example of Documentation/CABI.md compiles against
the header without warnings, links, and prints what the package returns."""

import os
import re
import shutil
import subprocess

import pytest

import koen
from conftest import REPOSITORY


def test_the_documented_c_example_compiles_and_agrees(tmp_path):
    compiler = shutil.which("cc") or shutil.which("clang") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler")
    document = (REPOSITORY / "Documentation" / "CABI.md").read_text(encoding="utf-8")
    source = re.search(r"```c\n(.*?)```", document, re.S).group(1)
    (tmp_path / "example.c").write_text(source, encoding="utf-8")
    library = os.path.dirname(koen.library_path())
    subprocess.run(
        [compiler, "-std=c11", "-Wall", "-Wextra", "-Werror", "-I", str(REPOSITORY / "Sources" / "KoEnC" / "include"),
         str(tmp_path / "example.c"), "-L", library, "-l:" + os.path.basename(koen.library_path()),
         "-Wl,-rpath," + os.path.abspath(library), "-o", str(tmp_path / "example")],
        check=True)
    out = subprocess.run([str(tmp_path / "example")], stdout=subprocess.PIPE, check=True).stdout
    text = "Seoul 서울 is big.\n北 파병\n"
    ranges = "".join(f"{a}..{b}\n" for a, b in koen.segment_ranges(text))
    assert out == koen.analyze_jsonl(text, name="page.txt") + ranges.encode()
