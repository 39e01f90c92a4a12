"""Every word and character table of the target grammar: a leaf that imports nothing of ours.

The recognisers (`_syntax`), the parser (`grammar.parse`) and the model (`model.units`,
`model.targets`) all read the grammar's words from here, so a spelling is added in one place.
Operators and directions are given as plain strings (`">="`, `"up"`): the values of the
model's `Op` and `Direction` enums, which this module cannot import.

Character folding is one character for one: a position in the folded text is the same
position in the text as written, so errors point at what the user typed. The grammar and
the reasons for its words are in the documentation (`docs/explanation/grammar.md`).
"""

from __future__ import annotations

import re
import unicodedata

# --- Characters -----------------------------------------------------------------------------

# Code-point ranges holding every character whose compatibility form (NFKC) is one ASCII
# digit, operator, sign or separator, or a full-width ASCII character; a test scans all of
# Unicode to prove the list complete.
COMPATIBILITY_RANGES = (
    (0x2024, 0x2024),
    (0x207A, 0x208C),
    (0xFB29, 0xFB29),
    (0xFE10, 0xFE6B),
    (0xFF01, 0xFF5E),
    (0x1D7CE, 0x1D7FF),
    (0x1FBF0, 0x1FBF9),
)
_ASCII_SYMBOLS = frozenset("0123456789%<>=~-.,+")


def compatibility_mapping(code_point: int) -> str | None:
    """Return the ASCII character `code_point` stands for, or `None` to keep it as it is.

    Superscripts and other `No` characters are kept: `m²` is a unit, not `m2`.

    Examples:
        >>> compatibility_mapping(ord("％")), compatibility_mapping(ord("²"))
        ('%', None)
    """
    char = chr(code_point)
    folded = unicodedata.normalize("NFKC", char)
    if len(folded) != 1 or folded == char or unicodedata.category(char) == "No":
        return None
    if folded in _ASCII_SYMBOLS or 0xFF01 <= code_point <= 0xFF5E:
        return folded
    return None


# Glyphs with no compatibility decomposition that forms use for the same operators.
_GLYPHS = {
    "≧": "≥",
    "⩾": "≥",
    "≦": "≤",
    "⩽": "≤",
    "〜": "~",
    "∼": "~",
    "–": "—",
    "―": "—",
    "−": "-",
    "‐": "-",
    "‑": "-",
    "‒": "-",
}

TABLE: dict[int, str] = {ord(k): v for k, v in _GLYPHS.items()} | {
    cp: mapped
    for low, high in COMPATIBILITY_RANGES
    for cp in range(low, high + 1)
    if (mapped := compatibility_mapping(cp)) is not None
}

# A decimal digit of any script (Unicode category Nd) that is not ASCII: Arabic-Indic ٩٥,
# Devanagari ९५, … `str.isdecimal()` says they are digits; read silently as words they
# would turn a number into a qualitative target, so they fold to the ASCII digit of the same
# value, as `int("٩٥")` does. Found with a pattern rather than a table, so every script of
# the running Python's Unicode is covered without scanning Unicode at import.
_NON_ASCII_DIGIT = re.compile(r"(?![0-9])\d")


def fold(text: str) -> str:
    """Return `text` with every character the grammar reads as ASCII replaced by it.

    Full-width and compatibility forms and the operator glyphs of `TABLE`, and decimal
    digits of every script, one character for one.

    Examples:
        >>> fold("＞＝９５％"), fold("٩٥%"), fold("≧95 m²")
        ('>=95%', '95%', '≥95 m²')
    """
    if text.isascii():
        return text
    folded = text.translate(TABLE)
    if _NON_ASCII_DIGIT.search(folded) is None:
        return folded
    digits = set(_NON_ASCII_DIGIT.findall(folded))
    return folded.translate({ord(d): str(unicodedata.decimal(d)) for d in digits})


# Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt): characters
# that render as nothing (zero-width spaces and joiners, the BOM, bidi marks, soft hyphen,
# variation selectors, Hangul fillers, tags). Text extracted from PDF and Word carries them
# as debris. With white space they make up the grammar's "gap": stripped around a target,
# one token separator inside a quantity, and never the only content of a text.
DEFAULT_IGNORABLE = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)

# --- Operators ------------------------------------------------------------------------------

# Every spelling of a comparison operator written before the number, and the ASCII symbol
# it means. Words from the practice of Chinese performance forms.
OPERATORS = {
    ">=": ">=",
    "≥": ">=",
    "<=": "<=",
    "≤": "<=",
    ">": ">",
    "<": "<",
    "=": "=",
    "不低于": ">=",
    "不少于": ">=",
    "不小于": ">=",
    "至少": ">=",
    "大于等于": ">=",
    "大于或等于": ">=",
    "不高于": "<=",
    "不超过": "<=",
    "不多于": "<=",
    "不大于": "<=",
    "至多": "<=",
    "小于等于": "<=",
    "小于或等于": "<=",
    "大于": ">",
    "高于": ">",
    "超过": ">",
    "多于": ">",
    "小于": "<",
    "低于": "<",
    "少于": "<",
    "不满": "<",
    "不足": "<",
    "等于": "=",
    "达到": "=",
}
# 达到 ("reach") names no bound of its own: `达到95%以上` is `>=95%`, not a conflict.
WEAK_OPERATORS = frozenset({"达到"})
# Operators spelled in words (not symbols): only these may start a quantity that is otherwise
# indistinguishable from words, so a number must follow them directly.
OPERATOR_WORDS = tuple(w for w in OPERATORS if not w.isascii() and len(w) > 1)

# Words after the number that give the operator. 以上, 以下 and 以内 include the number
# (民法典 Art. 1259).
SUFFIX_OPERATORS = {
    "以上": ">=",
    "及以上": ">=",
    "以下": "<=",
    "及以下": "<=",
    "以内": "<=",
    "之内": "<=",
    # 内 ("within") after a duration: `3个月内` is `<=3个月`, `30日内` is `<=30日`.
    "内": "<=",
    # A time limit done within (`3个工作日内完成`): 完成 adds nothing to the bound.
    "以内完成": "<=",
    "之内完成": "<=",
    "内完成": "<=",
    "以外": ">",
}
BETWEEN = "之间"  # closes a range: `90%~95%之间`
ABOUT = "左右"  # "about": no checkable bound, recognised only to be refused
# Words that follow a number but belong to the expression, never to its unit.
SUFFIX_WORDS = (*SUFFIX_OPERATORS, BETWEEN, ABOUT)

# Between the two ends of a range: hyphen, tilde, em dash, 至 and 到 ("to").
RANGE_SEPARATORS = ("-", "~", "—", "至", "到")
PLUS_MINUS = "±"
PERCENT_WORD = "百分比"  # `98百分比` is `98%`

# --- Dates ----------------------------------------------------------------------------------

# Operators a deadline may start with; all mean "on or before". An ISO date also takes `<`.
ON_OR_BEFORE = ("<=", "≤", "不晚于", "不迟于")
BEFORE_WORDS = ("之前", "以前", "前")  # after the date: 前 means "by", the date included
WITHIN_WORDS = ("以内", "内")  # after a bare year: 2022年内
DONE_WORD = "完成"  # 6月30日前完成: "completed by 30 June"
# Words after a date that say the work is done by then, which is what a deadline means, so
# they add nothing to it: `12月底到位` (funds in place by the end of December), `11月底完成100%`.
# A share below 100% (`11月底完成80%`) would be a second target, and is not among them.
DONE_WORDS = (DONE_WORD, "到位")
EVERY_YEAR = "每年"
END_WORDS = ("底", "末")  # 年底, 12月末: the end of the year or month
DAY_WORDS = ("日", "号")
# Characters without which a text cannot be a date: a cheap test before the date patterns.
DATE_CHARACTERS = frozenset("年月底末-/")
# Characters of date words; a unit holding one may make a comparison read as a date.
DATE_WORD_CHARACTERS = frozenset("年月日底末前")

# --- Periods, relative deadlines and schedules ------------------------------------------------

# Between the two ends of a date period: the range separators, and the doubled marks forms
# write between dates (`2020年1月--2020年11月`).
PERIOD_SEPARATORS = ("--", "——", *RANGE_SEPARATORS)
# A first part that is a year (a dotted `2023.07` is a month only with a year-like whole part):
# the years of budgets and their projects, far from any amount written with two decimals.
PERIOD_YEARS = (1900, 2100)
# 后 ("after") ties a relative deadline's offset to its event: `合同签订后30日内`.
AFTER_WORD = "后"
# The spellings of a relative deadline's time unit, and the canonical spelling of each (the
# values of the model's `TimeUnit`). 日 and 天 are one calendar day; 个工作日 is a working day.
OFFSET_UNITS = {
    "日": "日",
    "天": "日",
    "个工作日": "个工作日",
    "工作日": "个工作日",
    "周": "周",
    "个星期": "周",
    "星期": "周",
    "个月": "个月",
    "月": "个月",
    "年": "年",
}
# After the offset: within, the last day included (民法典 Art. 1259).
OFFSET_WITHIN = ("以内", "之内", "内")
EVERY = "每"  # 每月1次, 每季度1次: a schedule
# The calendar periods of a schedule, and the canonical spelling of each (the values of the
# model's `Cadence`): after 每 (`每季度1次`) or after a slash in the unit (`1次/月`).
CADENCES = {
    "周": "周",
    "星期": "周",
    "月": "月",
    "季度": "季度",
    "季": "季度",
    "半年": "半年",
    "年": "年",
}
# The measure words of occurrences a schedule counts: `每月1次`, `每季度1场`, `每月1期`.
OCCURRENCE_UNITS = ("次", "场", "场次", "期", "轮")

# --- Changes and directions -----------------------------------------------------------------

# The baselines a change is measured against. `较2022年` (a year) is matched by pattern.
CHANGE_BASES = (
    "较上年",
    "比上年",
    "较去年",
    "比去年",
    "较上一年",
    "比上一年",
    "较上年度",
    "比上年度",
    "较上期",
    "比上期",
    "较基期",
    "同比",
    "环比",
)
# Words of a change with a number (`提升5%`), and the direction each gives.
CHANGE_WORDS = {
    "提升": "up",
    "提高": "up",
    "增长": "up",
    "增加": "up",
    "上升": "up",
    "下降": "down",
    "降低": "down",
    "减少": "down",
}
# The canonical word of each direction of a change, in `str(Change)`.
CANONICAL_CHANGE_WORDS = {"up": "增长", "down": "下降"}
# Words of a qualitative target that ask for a direction.
DIRECTION_WORDS = {
    **dict.fromkeys(("提升", "提高", "增加", "增强", "改善", "增长", "上升", "扩大"), "up"),
    **dict.fromkeys(("加强", "优化"), "up"),
    **dict.fromkeys(("降低", "下降", "减少", "减轻", "缩短", "压减", "减小"), "down"),
    **dict.fromkeys(("稳定", "保持", "维持", "巩固", "不变"), "steady"),
}
# A direction word right after one of these is negated (不降低, 未减少) and names none.
NEGATIONS = "不未无"

# --- Split cells ----------------------------------------------------------------------------

# What a form's sign cell (计算符号, 指标性质) may hold besides an operator of `OPERATORS`.
# The published direction: 正向 (higher is better) and 反向 (lower is better), alone or before
# the operator (`正向 =`, `反向指标≤`). It is kept apart from the operator: `=100` can be 正向.
DIRECTION_SIGNS = {
    "正向": "up",
    "正向指标": "up",
    "反向": "down",
    "反向指标": "down",
}
# The nature of the indicator, in the cell where other forms put the operator. 定性 asks for a
# target in words, 定量 for a number; 定量(其他) is the systems' "quantitative, other" class,
# whose value is explained in 指标值说明 and may take any form. Folded spelling: `（其他）`
# folds to `(其他)`.
NATURE_WORDS = {
    "定性": "qualitative",
    "定性指标": "qualitative",
    "定量": "quantitative",
    "定量指标": "quantitative",
    "定量(其他)": "other",
}
# Words in brackets at the end of an indicator's name that mark it and are not its unit:
# the period (`(年度)`, `(长期)`) and whether the indicator must be filled in (`(必填)`).
NAME_MARKS = frozenset({"年度", "长期", "中期", "必填", "选填", "必填硬性指标"})


AND_A_HALF: dict[str, str] = {
    "个半月": "个月",
    "年半": "年",
    "天半": "天",
    "周半": "周",
    "个半小时": "小时",
    "个半钟头": "小时",
}
"""Units that say "and a half" after a whole number (`1个半月`, `2年半`): the half joins the
number (`1.5个月`), and the unit is the time unit itself."""
