"""Units of measure: which spellings are units, and exact conversion to a base unit.

Units stay as written: forms use measure words of every kind (人次, 元/人*月, 头, 株), and
an unknown one is legal (`docs/explanation/grammar.md`). Conversion only knows the factors
that are exact in decimal: magnitude characters (万, 亿, …), money, percent and per mille,
lengths, areas, masses and durations. Calendar months and years do not convert to days, nor
working days (个工作日) to calendar days, nor 亩 to square metres (1 亩 = 2000/3 m²).
"""

from __future__ import annotations

import functools
from decimal import Decimal

from perfindicator._lexicon import PERCENT_WORD, fold
from perfindicator._syntax import MAX_UNIT_LENGTH, UNIT_RE

__all__ = ["base_unit", "is_unit"]

_MAGNITUDES = tuple(
    (prefix, Decimal(scale))
    for prefix, scale in (
        ("千万", 10**7),
        ("百万", 10**6),
        ("亿", 10**8),
        ("万", 10**4),
        ("千", 10**3),
    )
)

_BASES: dict[str, tuple[str, Decimal]] = {
    "‰": ("%", Decimal("0.1")),
    "角": ("元", Decimal("0.1")),
    "米": ("米", Decimal(1)),
    "公里": ("米", Decimal(1000)),
    "厘米": ("米", Decimal("0.01")),
    "毫米": ("米", Decimal("0.001")),
    "平方米": ("平方米", Decimal(1)),
    "㎡": ("平方米", Decimal(1)),
    "平方公里": ("平方米", Decimal(10**6)),
    "公顷": ("平方米", Decimal(10**4)),
    "克": ("克", Decimal(1)),
    "公斤": ("克", Decimal(1000)),
    "斤": ("克", Decimal(500)),
    "吨": ("克", Decimal(10**6)),
    "秒": ("秒", Decimal(1)),
    "秒钟": ("秒", Decimal(1)),
    "分钟": ("秒", Decimal(60)),
    "小时": ("秒", Decimal(3600)),
    "个小时": ("秒", Decimal(3600)),
    "天": ("秒", Decimal(86400)),
    "日": ("秒", Decimal(86400)),
    "周": ("秒", Decimal(604800)),
    "星期": ("秒", Decimal(604800)),
    "个星期": ("秒", Decimal(604800)),
    "月": ("月", Decimal(1)),
    "个月": ("月", Decimal(1)),
    "年": ("月", Decimal(12)),
    "工作日": ("工作日", Decimal(1)),
    "个工作日": ("工作日", Decimal(1)),
}


def is_unit(text: str) -> bool:
    """Tell whether `text` is a unit as the target parser reads it (`""` for no unit).

    Examples:
        >>> is_unit("元/人*月"), is_unit("%"), is_unit("以上"), is_unit("个\u200b人")
        (True, True, False, False)
    """
    # Checked before the cache, so that only short texts are kept in it (see base_unit).
    return text == "" or (len(text) <= MAX_UNIT_LENGTH and _is_unit(text))


@functools.lru_cache(maxsize=4096)
def _is_unit(text: str) -> bool:
    return (
        text != PERCENT_WORD
        # Units are kept in the spelling the parser gives them: `%`, not `％`.
        and fold(text) == text
        and UNIT_RE.fullmatch(text) is not None
    )


def _convert(unit: str) -> tuple[str, Decimal]:
    head, slash, rest = unit.partition("/")
    factor = Decimal(1)
    for prefix, magnitude in _MAGNITUDES:
        if head.startswith(prefix):
            head = head[len(prefix) :]
            factor = magnitude
            break
    base, scale = _BASES.get(head, (head, Decimal(1)))
    return base + slash + rest, factor * scale


_base_unit = functools.lru_cache(maxsize=4096)(_convert)


def base_unit(unit: str) -> tuple[str, Decimal]:
    """Return `(base, factor)` such that one `unit` is exactly `factor` `base`.

    A leading magnitude character scales the rest of the unit (`万元/人` is 10,000 `元/人`);
    known measures convert to their base (`公里` → `米`, `小时` → `秒`, `‰` → `%`); any other
    unit is its own base.

    Examples:
        >>> base_unit("万人次")
        ('人次', Decimal('10000'))
        >>> base_unit("个工作日")
        ('工作日', Decimal('1'))
    """
    # Every real unit is short (a Quantity's at most MAX_UNIT_LENGTH characters), so caching
    # only short texts serves them all and bounds the cache's memory by size, whatever
    # texts callers pass.
    return _base_unit(unit) if len(unit) <= MAX_UNIT_LENGTH else _convert(unit)
