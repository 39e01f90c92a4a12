"""Internal helpers the readers share: paths, bytes, and refusing a file that is not a form.

Package-internal (not exported): every reader takes a path and reads its bytes as
`read_text` does, and refuses a bad file with the same kind of `FormError`, so that the
same bad path or bytes give the same error whatever the format.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
from pathlib import Path

from perfindicator.errors import FieldTypeError, FormError, Place, Problem, ReadError

__all__ = [
    "OLE2",
    "ZIP",
    "damaged",
    "file_name",
    "form_error",
    "is_text",
    "looks_like",
    "read_bytes",
    "read_file",
    "refused",
]

ZIP = b"PK\x03\x04"
"""How a zip file, and so every `.xlsx` and `.docx` file, begins."""
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""How an OLE2 compound file, and so every legacy `.xls` and `.doc` file, begins."""


def file_name(path: object, owner: str) -> str:
    """The name of `path` as text; a FieldTypeError naming `path` for anything else."""
    if not isinstance(path, (str, os.PathLike)):
        raise FieldTypeError(owner, "path", path, "must be a str or an os.PathLike path")
    name = os.fspath(path)
    if not isinstance(name, str):
        raise FieldTypeError(
            owner, "path", path, "must be a path of text, not of bytes: decode it first"
        )
    return name


def read_bytes(name: str) -> bytes:
    """The bytes of the file `name`; a ReadError for anything the system refuses."""
    try:
        return Path(name).read_bytes()
    except OSError as error:
        raise ReadError(name, error) from error
    except ValueError as error:
        # Python refuses a name that it cannot hand to the system (a NUL character, a lone
        # surrogate) with a ValueError, before asking: no file has such a name.
        reason = (
            "a file name cannot contain a NUL character"
            if "\x00" in name
            else f"not a file name the system can take: {error}"
        )
        raise ReadError(name, OSError(errno.EINVAL, reason)) from error


def read_file(path: object, owner: str) -> tuple[str, bytes]:
    """The file name and bytes of `path`, refused as `read_text` refuses it."""
    name = file_name(path, owner)
    return name, read_bytes(name)


def read_zip_package(path: object, expected_en: str, expected_zh: str) -> tuple[str, bytes]:
    """Read an Office Open XML file (`.xlsx`, `.docx`): its name and bytes, a zip package.

    Raises:
        FormError: the bytes are not a zip package; says what they look like instead.
    """
    name, data = read_file(path, "read_grids")
    if not data.startswith(ZIP):
        raise refused(name, expected_en, expected_zh, data)
    return name, data


def form_error(file: str, message_en: str, message_zh: str, row: int | None = None) -> FormError:
    """A reader's refusal of a file: one problem of code "form" at the file (and row)."""
    return FormError(
        (
            Problem(
                code="form",
                message_en=message_en,
                message_zh=message_zh,
                where=Place(file=file, row=row),
            ),
        )
    )


def refused(name: str, expected_en: str, expected_zh: str, data: bytes) -> FormError:
    """The error for bytes that are not the expected format, saying what they look like."""
    looks, hint = looks_like(data)
    return form_error(
        name,
        f"not {expected_en}: the file is {looks}{hint}",
        f"文件不是{expected_zh}",
    )


def damaged(name: str, expected_en: str, expected_zh: str, error: BaseException) -> FormError:
    """The error for a file of the right kind that its library cannot read."""
    # The library's own words, without the in-memory file object some of them name.
    reason = re.sub(r"<_io\.BytesIO object at 0x[0-9a-f]+>", "the file", str(error)).strip()
    reason = reason or type(error).__name__
    return form_error(
        name,
        f"not {expected_en} that can be read (damaged, truncated, or another kind of "
        f"file): {reason}",
        f"{expected_zh}已损坏、不完整或格式不符",
    )


def looks_like(data: bytes) -> tuple[str, str]:
    """What a file's first bytes say it is, and what to do about it."""
    if not data:
        return "empty", ""
    if data.startswith(ZIP):
        return "a zip package", ": an .xlsx workbook or .docx document (read it as .xlsx or .docx)"
    if data.startswith(OLE2):
        return (
            "an OLE2 compound file",
            ": a legacy .xls workbook (read it as .xls) or .doc document (save it as .docx), "
            "or a password-protected workbook or document (remove the password and save it "
            "again)",
        )
    head = data[:1024].lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n\x00").lower()
    if b"<html" in head or b"<table" in head or head.startswith(b"<!doctype html"):
        return "HTML", ": read it as .html (web pages often save tables under Office names)"
    if head.startswith(b"<"):
        return "XML or HTML text", ""
    if head.startswith(b"%pdf"):
        return "a PDF document", ": read it as .pdf"
    if is_text(data[:1024]):
        return "text", ""
    return "of no format the library reads (no PDF, zip or OLE2 signature at its start)", ""


def is_text(head: bytes) -> bool:
    """Whether a file's first bytes are text: UTF-8 or GB18030, without NUL bytes."""
    if b"\x00" in head:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            # Incremental and not final: the head may end inside a character.
            codecs.getincrementaldecoder(encoding)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        return True
    return False
