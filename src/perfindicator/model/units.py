"""Units of measure: which spellings are units, and exact conversion to a base unit.

Units stay as written (domain.md §3: unknown measure words are legal). Conversion only knows
the factors that are exact in decimal: magnitude characters (万, 亿, …), money, percent and
per mille, lengths, areas, masses and durations. Calendar months and years do not convert to
days, nor working days (个工作日) to calendar days, nor 亩 to square metres (1 亩 = 2000/3 m²).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from perfindicator._lexicon import TABLE

__all__ = ["base_unit", "is_unit"]

# Words that follow a number but belong to the expression, not the unit (domain.md §3).
SUFFIX_WORDS = ("及以上", "及以下", "以上", "以下", "以内", "之内", "以外", "之间", "左右")

_SUFFIX_AHEAD = "|".join(SUFFIX_WORDS)
# A unit may not contain what separates or delimits quantities in an expression.
_STOP = r"\s\x00-\x1f\x7f-\x9f0-9<>=≥≤~—\-,+±%‰至到"
UNIT_PATTERN = rf"%|‰|百分比|(?:(?!{_SUFFIX_AHEAD})[^{_STOP}.*])(?:(?!{_SUFFIX_AHEAD})[^{_STOP}])*"
# Longer "units" are sentences that happen to follow a number (`1-6期培训结束后及时考核`).
MAX_UNIT_LENGTH = 8

_UNIT_RE = re.compile(UNIT_PATTERN)

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


@functools.lru_cache(maxsize=4096)
def is_unit(text: str) -> bool:
    """Tell whether `text` is a unit as the target parser reads it (`""` for no unit).

    Examples:
        >>> is_unit("元/人*月"), is_unit("%"), is_unit("以上")
        (True, True, False)
    """
    return text == "" or (
        len(text) <= MAX_UNIT_LENGTH
        and text != "百分比"
        # Units are kept in the spelling the parser gives them: `%`, not `％`.
        and text.translate(TABLE) == text
        and _UNIT_RE.fullmatch(text) is not None
    )


@functools.lru_cache(maxsize=4096)
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
    head, slash, rest = unit.partition("/")
    factor = Decimal(1)
    for prefix, magnitude in _MAGNITUDES:
        if head.startswith(prefix):
            head = head[len(prefix) :]
            factor = magnitude
            break
    base, scale = _BASES.get(head, (head, Decimal(1)))
    return base + slash + rest, factor * scale
