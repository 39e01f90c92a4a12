"""Text encodings: turn a text file's bytes into text, exactly or not at all.

Forms are published in UTF-8, in GB18030/GBK (what Chinese Windows saves as "ANSI", and what
Excel writes as "CSV"), and in UTF-16 (Excel's "Unicode text"). `decode_text` finds which,
and never decodes leniently: a byte that does not decode is an error naming the file and the
offset, never a replacement character in a name.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple, NoReturn

from perfindicator.errors import FieldTypeError, FormError, Place, Problem

__all__ = ["decode_text"]

# Byte order marks, longest first: a UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOMS_BY_NAME = {encoding: bom for bom, encoding in _BOMS}

# Labels pages use for the GB family. Pages labelled gb2312 routinely hold GBK characters
# (browsers decode all of these labels as GBK, per the WHATWG Encoding Standard), and GB18030
# is a superset of both that decodes their bytes to the same characters.
_GB_LABELS = frozenset(
    {"gb2312", "gb_2312", "gb_2312-80", "gbk", "x-gbk", "cp936", "chinese", "csgb2312"}
    | {"iso-ir-58", "gb18030", "euc-cn"}
)

# Codecs that Python can look up but that are no charset a page can be written in: escape
# codecs turn backslash sequences into other characters, which would change the text.
_NOT_CHARSETS = frozenset(
    {"unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7", "undefined"}
)

# The encodings besides GB18030 and UTF-8 that Chinese forms are found in, which GB18030
# decodes as nonsense without an error (Big5 always; UTF-16 where the text is Chinese).
_OTHER_CHINESE = frozenset(
    {"big5", "big5hkscs", "cp950", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"}
)

# Control characters that no text file holds (tab, line feed, vertical tab, form feed and
# carriage return are text); bytes that decode to them are binary data, or a wrong guess.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def decode_text(data: bytes, *, source: str | None = None, declared: str | None = None) -> str:
    r"""Decode a text file's bytes, finding their encoding; never replace a byte.

    The encodings are tried in this order, and the first that decodes every byte wins:

    1. a byte order mark: UTF-8, UTF-16 or UTF-32 (the mark is removed);
    2. UTF-8: valid UTF-8 is taken as UTF-8 even against a declared charset, since text in
       UTF-8 also decodes cleanly, as nonsense, in GBK (a page re-saved as UTF-8 often keeps
       its old `<meta charset=gb2312>`), while GBK text is almost never valid UTF-8;
    3. the `declared` charset (an HTML `<meta charset>`), where Python knows it; the GB
       labels (gb2312, gbk, ...) decode as GB18030, their superset, as browsers do;
    4. where the bytes decode as GB18030 and charset-normalizer (the extra
       `perfindicator[encodings]`, imported only here) rules GB18030 out, the encodings it
       finds plausible among Big5 and UTF-16/32 without a byte order mark, best first;
    5. GB18030. Short Chinese texts decode cleanly in several East Asian encodings, which
       the detector ranks arbitrarily, so it is not asked to choose among them; and bytes
       that GB18030 cannot decode (a damaged file) are refused, not reread as another
       encoding in which they happen to decode. Without the extra GB18030 is the only
       guess: other legacy encodings are then read only with a byte order mark or a
       declared charset, and a Big5 file, which always decodes as GB18030, is misread.

    An encoding whose text holds control characters other than tab, line and page breaks is
    passed over as a wrong guess; if every one does, the bytes are refused as binary data.

    Args:
        data: the bytes as read.
        source: the file's name, for the error's place.
        declared: the charset the file declares, e.g. `"gb2312"` from `<meta charset>`.

    Returns:
        The text, without its byte order mark.

    Raises:
        FormError: no encoding decodes the bytes (the problem gives the line and the byte
            offset where the likeliest encoding breaks), or the text holds control
            characters (a binary file).
        FieldTypeError: `data` is not `bytes`, or `source` or `declared` neither a `str`
            nor `None`.

    Examples:
        >>> decode_text("项目名称".encode("gb18030"))
        '项目名称'
        >>> decode_text("\ufeff指标值".encode("utf-16-le"))
        '指标值'
        >>> decode_text("年度".encode("gbk"), declared="GB2312")
        '年度'
        >>> try:
        ...     decode_text("项目\n满意度".encode("gb18030")[:-1], source="a.csv")
        ... except FormError as error:
        ...     print(error.problems[0].where, error.problems[0].message_en)
        a.csv:2 cannot decode the text: it reads as GB18030 up to byte 0xB6 at offset 9, where it breaks; not UTF-8 (byte 0xCF at offset 0) either
    """
    if not isinstance(data, bytes):
        raise FieldTypeError("decode_text", "data", data, "must be bytes")
    if source is not None and not isinstance(source, str):
        raise FieldTypeError("decode_text", "source", source, "must be a str (a file name) or None")
    if declared is not None and not isinstance(declared, str):
        raise FieldTypeError("decode_text", "declared", declared, "must be a str or None")
    candidates = [encoding for bom, encoding in _BOMS if data.startswith(bom)][:1]
    skipped = len(_BOMS_BY_NAME[candidates[0]]) if candidates else 0
    if not candidates:
        candidates = _candidates(data, declared)
    failures: list[_Failure] = []
    for encoding in candidates:
        try:
            text = data[skipped:].decode(encoding)
        except UnicodeDecodeError as error:
            failures.append(_Failure(encoding, skipped, skipped + error.start, None))
            continue
        found = _CONTROL.search(text)
        if found is None:
            return text
        offset = skipped + len(text[: found.start()].encode(encoding))
        failures.append(_Failure(encoding, skipped, offset, found.group()))
    return _refuse(data, source, failures)


class _Failure(NamedTuple):
    encoding: str
    skipped: int  # the byte order mark's length
    offset: int  # the first byte that does not decode, or that decodes to `control`
    control: str | None


def _candidates(data: bytes, declared: str | None) -> list[str]:
    candidates = ["utf-8"]
    charset = _charset(declared) if declared is not None else None
    if charset is not None:
        candidates.append(charset)
    # charset-normalizer is asked only where GB18030 decodes, and heard only where it rules
    # GB18030 out for Big5 or BOM-less UTF-16/32, the other encodings of Chinese text: short
    # Chinese texts decode cleanly in several East Asian encodings that it ranks arbitrarily
    # (johab first, and GB18030 not at all, for 满意度 in GB18030), and a damaged GB18030
    # file decodes, as nonsense, in one of them: bytes that GB18030 cannot decode are
    # refused, never reread as another encoding.
    if _decodes(data, "gb18030"):
        guesses = _guesses(data)
        if "gb18030" not in guesses:
            candidates.extend(name for name in guesses if _plausible(data, name))
    candidates.append("gb18030")
    # Each encoding once, in order: a failure is reported for its first try only.
    return list(dict.fromkeys(candidates))


def _plausible(data: bytes, encoding: str) -> bool:
    r"""Whether a detector's guess is another encoding of Chinese text that reads as lines.

    UTF-16/32 without a byte order mark must decode to text with a line break: a few bytes
    of GB18030 ending in one (`,?\x810\x842\r\n`) also decode as UTF-16, as a line of
    nonsense whose last character is U+0D0A, not a line break.
    """
    if encoding not in _OTHER_CHINESE:
        return False
    if not encoding.startswith("utf-"):
        return True
    try:
        return "\n" in data.decode(encoding)
    except UnicodeDecodeError:
        return False


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _charset(label: str) -> str | None:
    """The Python codec for a declared charset label, or None for a label it cannot use."""
    label = label.strip().lower()
    if label in _GB_LABELS:
        return "gb18030"
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # `_is_text_encoding` is False for bytes-to-bytes codecs (base64, zlib, ...).
    if info.name in _NOT_CHARSETS or not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def _guesses(data: bytes) -> list[str]:
    """The encodings charset-normalizer finds plausible, best first; none without the extra."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return []
    names = (_charset(match.encoding) for match in from_bytes(data))
    return [name for name in names if name is not None]


def _refuse(data: bytes, source: str | None, failures: list[_Failure]) -> NoReturn:
    # The encoding that decodes furthest is the file's likeliest: where it breaks is the
    # damage, and the others are named with where each broke.
    best = max(failures, key=lambda failure: failure.offset)
    byte = f"0x{data[best.offset]:02X}"
    if best.control is not None:
        message = (
            f"not a text file: byte {byte} at offset {best.offset} is the control character "
            f"U+{ord(best.control):04X} in {best.encoding.upper()}; expected text"
        )
        zh = "不是文本文件（含控制字符）"
    else:
        message = (
            f"cannot decode the text: it reads as {best.encoding.upper()} up to byte {byte} "
            f"at offset {best.offset}, where it breaks"
        )
        zh = "无法识别文件编码（字节无法解码）"
    others = [
        f"{f.encoding.upper()} (byte 0x{data[f.offset]:02X} at offset {f.offset})"
        for f in failures
        if f is not best
    ]
    if others:
        message += f"; not {', '.join(others)} either"
    # The bytes before the break decode: the decoder stopped at the first that did not.
    before = data[best.skipped : best.offset].decode(best.encoding)
    raise FormError(
        (
            Problem(
                code="encoding",
                message_en=message,
                message_zh=zh,
                where=Place(file=source, row=_line(before)),
            ),
        )
    )


def _line(before: str) -> int:
    r"""The line (from 1) where text continuing `before` is; lines end at \n, \r\n or \r."""
    return before.count("\n") + before.count("\r") - before.count("\r\n") + 1
