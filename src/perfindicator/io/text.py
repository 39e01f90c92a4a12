"""Text files: declaration forms as tab-separated text, decoded strictly as UTF-8.

A form file is UTF-8, with or without a byte order mark. Bytes that do not decode are an
error naming the file, the line and the byte offset, never a replacement character in a
name: many Chinese forms are saved as GBK, and a wrong guess would change the text silently.
"""

from __future__ import annotations

import os

from perfindicator.documents.shanghai import read_forms
from perfindicator.errors import FieldTypeError, FormError, Place, Problem
from perfindicator.io._files import file_name, read_bytes
from perfindicator.model.project import Project

__all__ = ["decode", "read_text", "read_utf8"]

_BOM = b"\xef\xbb\xbf"


def read_text(path: str | os.PathLike[str]) -> list[Project]:
    """Read every declaration form in a text file (cells separated by tabs).

    Args:
        path: the file, as a `str` or an `os.PathLike` path (`pathlib.Path`).

    Raises:
        FormError: the file is not UTF-8 (see `decode`), or not a form that `read_forms`
            can read; each problem names the file.
        FieldTypeError: `path` is neither a `str` nor a path of text.
        ReadError: the file cannot be opened or read (also an `OSError`), or `path` is no
            file name at all (a NUL character in it).

    Examples:
        >>> import datetime, pathlib, tempfile
        >>> from perfindicator import Project, format_form
        >>> project = Project(name="弱电安防", year=2022,
        ...                   start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31))
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "forms.txt").write_text(format_form(project), encoding="utf-8")
        >>> read_text(folder / "forms.txt") == [project]
        True
        >>> _ = (folder / "gbk.txt").write_bytes("财政项目支出绩效目标申报表".encode("gbk"))
        >>> try:
        ...     read_text(folder / "gbk.txt")
        ... except FormError as error:
        ...     print(error.problems[0].message_en)
        not UTF-8: byte 0xB2 at offset 0 does not decode; it reads as GBK (GB18030): save the file as UTF-8
    """
    name = file_name(path, "read_text")
    return read_forms(decode(read_bytes(name), source=name), source=name)


def read_utf8(path: str | os.PathLike[str]) -> str:
    r"""Read a text file of any kind, decoded strictly as UTF-8 as `read_text` decodes forms.

    For the other files a form comes with (the command line reads its actual values with
    it), so that every file is refused for the same bytes with the same errors.

    Args:
        path: the file, as a `str` or an `os.PathLike` path (`pathlib.Path`).

    Raises:
        FormError: the file is not UTF-8 (see `decode`).
        FieldTypeError: `path` is neither a `str` nor a path of text.
        ReadError: the file cannot be opened or read (also an `OSError`), or `path` is no
            file name at all (a NUL character in it).

    Examples:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "actuals.json"
        >>> _ = path.write_bytes(b'\xef\xbb\xbf{"projects": {}}')
        >>> read_utf8(path)
        '{"projects": {}}'
        >>> from perfindicator.errors import ReadError
        >>> try:
        ...     read_utf8("actuals\x00.json")
        ... except ReadError as error:
        ...     print(error.as_problem().message_en)
        cannot read: a file name cannot contain a NUL character
    """
    name = file_name(path, "read_utf8")
    return decode(read_bytes(name), source=name)


def decode(data: bytes, *, source: str | None = None) -> str:
    r"""Decode the bytes of a text file strictly as UTF-8, without its byte order mark.

    Used for files and standard input alike, so both accept and refuse the same bytes.

    Args:
        data: the bytes as read.
        source: the file's name, for the error's place.

    Raises:
        FormError: the bytes are not UTF-8. The problem gives the line and, in its message,
            the offset of the first byte that does not decode, and says when the bytes read
            as GBK (GB18030) or UTF-16 instead.
        FieldTypeError: `data` is not `bytes`, or `source` neither a `str` nor `None`.

    Examples:
        >>> decode("\ufeff项目名称\n".encode("utf-8"))
        '项目名称\n'
        >>> try:
        ...     decode(b"ok\n\xff", source="a.txt")
        ... except FormError as error:
        ...     print(error.problems[0].where, error.problems[0].message_en)
        a.txt:2 not UTF-8: byte 0xFF at offset 3 does not decode
    """
    if not isinstance(data, bytes):
        raise FieldTypeError("decode", "data", data, "must be bytes")
    if source is not None and not isinstance(source, str):
        raise FieldTypeError("decode", "source", source, "must be a str (a file name) or None")
    try:
        return data.removeprefix(_BOM).decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + (len(_BOM) if data.startswith(_BOM) else 0)
    message = f"not UTF-8: byte 0x{data[offset]:02X} at offset {offset} does not decode"
    zh = "文件不是UTF-8编码"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        message += "; it starts like UTF-16: save the file as UTF-8"
        zh += "（疑为UTF-16）"
    elif _reads_as_gb18030(data):
        message += "; it reads as GBK (GB18030): save the file as UTF-8"
        zh += "（疑为GBK编码）"
    # Lines end as `read_forms` ends them: at \n, \r\n or \r.
    before = data[:offset]
    row = before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1
    raise FormError(
        (
            Problem(
                code="encoding",
                message_en=message,
                message_zh=zh,
                where=Place(file=source, row=row),
            ),
        )
    )


def _reads_as_gb18030(data: bytes) -> bool:
    try:
        data.decode("gb18030")
    except UnicodeDecodeError:
        return False
    return True
