"""Targets published in separate cells: sign (计算符号, 指标性质), value (指标值) and unit (计量单位).

Forms made in spreadsheets split a target such as `≥95%` into cells, and the sign cell may
hold the published direction (`正向 =`) or the indicator's nature (`定性`, `定量`) instead of,
or besides, an operator. `target_from_cells` checks that the cells agree, joins them into one
text and has `parse_target` read it, so one grammar decides every target however it was
published; `direction_from_sign` reads the direction. Conflicting cells are errors, never
guessed at, and every error names the cell at fault. The grammar is in the documentation
(`docs/explanation/grammar.md`); reading split cells, with examples, in
`docs/how-to/targets.md`.
"""

from __future__ import annotations

import functools
import math
import re
from decimal import Decimal
from typing import Literal, NamedTuple, TypeAlias

from perfindicator import _lexicon as lex
from perfindicator._syntax import Found, _alternatives, recognise, scan, strip_blank
from perfindicator.errors import FieldError, FieldTypeError, TargetSyntaxError
from perfindicator.grammar.parse import parse_quantity, parse_target
from perfindicator.model._validators import exact_number
from perfindicator.model.targets import (
    Change,
    Comparison,
    DatePeriod,
    Deadline,
    Direction,
    Qualitative,
    Range,
    RelativeDeadline,
    Schedule,
    Target,
)

__all__ = [
    "Cell",
    "CellSyntaxError",
    "decimal_from_float",
    "direction_from_sign",
    "target_from_cells",
]

Cell: TypeAlias = str | int | Decimal | float | None
"""One cell as a spreadsheet or a table extractor gives it: text, a number, or empty (`None`)."""

Role: TypeAlias = Literal["sign", "value", "unit", "name"]

_OWNER = "target_from_cells"

# What each cell is called on the forms, for the Chinese half of a message.
_ZH: dict[str, str] = {
    "sign": "计算符号无法解析",
    "value": "指标值无法解析",
    "unit": "计量单位无法解析",
    "name": "指标名称中的计量单位无法解析",
}


class CellSyntaxError(TargetSyntaxError):
    """A target split across cells could not be read; `cell` names the cell at fault.

    A `TargetSyntaxError`, so code that catches that catches this. A reader of a grid uses
    `cell` to point at the right column.

    Attributes:
        cell: the cell at fault: `"sign"`, `"value"`, `"unit"`, or `"name"` when the unit
            was taken from the indicator's name.
        text: the cell's text as given (a number cell: the text it was read as).
        position: index into `text` of the first character that could not be read.
        reason: what is wrong.

    Examples:
        >>> try:
        ...     target_from_cells("≥", "95%", "个")
        ... except CellSyntaxError as error:
        ...     print(error.cell, repr(error.text), error.reason)
        unit '个' the unit cell's '个' contradicts the unit '%' written in the value cell (单位冲突)
    """

    def __init__(self, cell: Role, text: str, position: int, reason: str) -> None:
        self.cell = cell
        super().__init__(text, position, reason, kind=f"{cell} cell")

    def _message_zh(self) -> str:
        return _ZH[self.cell]


class _Cell(NamedTuple):
    """A cell read as text: `raw` as given (or as a number was written), `text` trimmed."""

    role: Role
    raw: str
    text: str
    start: int  # where `text` starts in `raw`


class _Piece(NamedTuple):
    """A part of the joined target text, and where in which cell it came from."""

    text: str
    cell: _Cell
    start: int


class _Sign(NamedTuple):
    direction: str | None  # "up" or "down"
    nature: str | None  # a value of `NATURE_WORDS`
    operator: str | None  # folded, a key of `_OPERATOR_MEANING`
    operator_at: int  # where the operator starts in the cell as given


# Every operator a sign cell may hold, and the ASCII symbol it means. Besides the comparison
# operators, the deadline words (不晚于, 不迟于), which all mean "on or before".
_OPERATOR_MEANING = {**dict.fromkeys(lex.ON_OR_BEFORE, "<="), **lex.OPERATORS}

# A sign cell, after folding (`＝`, `﹦` → `=`; `（其他）` → `(其他)`) and with every gap one
# space: an optional direction, then the nature or an operator.
_SIGN = re.compile(
    rf"""
    (?: (?P<direction> {_alternatives(lex.DIRECTION_SIGNS)} ) [ ]? )?  # 正向, 反向指标
    (?: (?P<nature> {_alternatives(lex.NATURE_WORDS)} )                # 定性, 定量(其他)
      | (?P<operator> {_alternatives(_OPERATOR_MEANING)} )             # ≥, >=, 不低于, 不晚于
    )?
    """,
    re.VERBOSE,
)

_UNIT_EXAMPLES = "a unit such as %, 个 or 万元"


def decimal_from_float(value: float) -> Decimal:
    """Return the number a person typed into a spreadsheet cell that reads back as `value`.

    Spreadsheets store a typed number as the nearest binary float, and `openpyxl`, `xlrd` and
    `pandas` hand that float on: `0.95` arrives as
    0.9499999999999999555910790149937…, and `Decimal(0.95)` would keep every one of those
    digits. Python's `repr` gives the shortest decimal that reads back as the same float,
    and any decimal of at most 15 significant digits (what a spreadsheet keeps of a typed
    number) reads back as a float no other such decimal does; so the shortest decimal is
    the one that was typed, exactly. A whole-number float is the whole number (`95.0` is
    `95`: the `.0` is `repr`'s, not the typist's). Results of formulas (`=0.1+0.2`) are not
    typed numbers, and come back as `repr` writes them (`0.30000000000000004`).

    Raises:
        FieldError: `value` is NaN or infinite, or beyond the supported size (18 digits
            before the point, 20 after).
        FieldTypeError: `value` is not a float (a bool, say).

    Examples:
        >>> decimal_from_float(0.95), decimal_from_float(95.0), decimal_from_float(1e-07)
        (Decimal('0.95'), Decimal('95'), Decimal('1E-7'))
    """
    return _from_float(value, "decimal_from_float", "value")


def _from_float(value: float, owner: str, field: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, float):
        raise FieldTypeError(owner, field, value, "must be a float")
    if not math.isfinite(value):
        raise FieldError(owner, field, value, "must be a finite number (须为有限数值)")
    exact = exact_number(int(value) if value.is_integer() else Decimal(repr(value)), owner, field)
    return exact_number(exact, owner, field)  # again: an int is checked by bits, not digits


def _read_cell(value: object, role: Role) -> _Cell:
    """Read a cell as text, refusing what no form's cell holds (a bool, NaN, a list, …)."""
    if value is None:
        raw = ""
    elif isinstance(value, str):
        raw = value
    elif isinstance(value, float):
        raw = f"{_from_float(value, _OWNER, role):f}"
    elif isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        # Twice: an int is checked by its length in bits, its Decimal by its digits.
        raw = f"{exact_number(exact_number(value, _OWNER, role), _OWNER, role):f}"
    else:
        raise FieldTypeError(
            _OWNER, role, value, "must be a str, an int, a Decimal, a float or None (empty)"
        )
    text = strip_blank(raw)
    # The trimmed text cannot start inside the blank run before it, so this finds its start.
    return _Cell(role=role, raw=raw, text=text, start=raw.find(text) if text else 0)


def _read_sign(cell: _Cell) -> _Sign:
    if not cell.text:
        return _Sign(direction=None, nature=None, operator=None, operator_at=0)
    scanned = scan(cell.raw, "sign cell")
    m = _SIGN.fullmatch(scanned.s)
    if m is None or not (m["direction"] or m["nature"] or m["operator"]):
        # `match` always succeeds (every part is optional): its end is how far the cell reads.
        readable = _SIGN.match(scanned.s)
        assert readable is not None
        raise CellSyntaxError(
            "sign",
            cell.raw,
            scanned.where(readable.end() if m is None else 0),
            "expected a comparison sign (≥ ≤ = > <, 不低于, 不超过, …), a direction "
            "(正向, 反向) or a nature (定性, 定量, 定量(其他))",
        )
    direction = None if m["direction"] is None else lex.DIRECTION_SIGNS[m["direction"]]
    nature = None if m["nature"] is None else lex.NATURE_WORDS[m["nature"]]
    at = scanned.where(m.start("operator")) if m["operator"] is not None else 0
    return _Sign(direction=direction, nature=nature, operator=m["operator"], operator_at=at)


def direction_from_sign(sign: Cell) -> Direction | None:
    """Return the direction a sign cell publishes (正向 → up, 反向 → down), or `None`.

    The direction is the form's statement of which way is better, kept apart from the
    operator: `正向 =` is an `=` target published as higher-is-better.

    Raises:
        CellSyntaxError: the cell holds something other than a sign, a direction or a nature.
        FieldTypeError: the cell is not a str, a number or `None`.

    Examples:
        >>> direction_from_sign("正向 ="), direction_from_sign("反向指标"), direction_from_sign("≥")
        (<Direction.UP: 'up'>, <Direction.DOWN: 'down'>, None)
    """
    direction = _read_sign(_read_cell(sign, "sign")).direction
    return None if direction is None else Direction(direction)


def target_from_cells(sign: Cell, value: Cell, unit: Cell, *, name: str | None = None) -> Target:
    """Read a target published in separate sign, value and unit cells.

    Each cell is a `str`, an `int`, a `Decimal`, a `float` as a spreadsheet gives it (read
    through `decimal_from_float`) or
    empty (`None`, `""` or white space). Pass the cells by role, whatever their order on the
    form.

    - `sign` holds an operator in any spelling `parse_target` reads (`≥`, `>=`, `＝`, `﹦`,
      `不低于`, …), a direction (`正向`, `反向`, `正向指标`; read it with
      `direction_from_sign`), a direction
      and an operator (`正向 =`), or the nature: `定性` (the value must be words or a
      date), `定量` (a number or a date), `定量(其他)` (anything). Empty means `=` for a
      number, as in `parse_target`.
    - `value` is the target; it may carry its own operator and unit (`≥95%`), which must
      agree with the other cells.
    - `unit` is the unit (`%`, `百分比`, `万元`); empty for none. A unit already written in
      the value is not doubled.
    - `name`, the indicator's name, gives the unit only when the unit cell is empty and the
      value is a number without one: `保障在职职工人数(人)` gives `人`. Brackets holding a
      mark (`(年度)`, `(必填)`) or anything but a unit are not a unit.

    The cells are joined into one text for `parse_target`, so the grammar decides the target.

    Raises:
        CellSyntaxError: a cell cannot be read, or the cells contradict each other (`≥` in
            the sign cell and `≤` in the value cell; `%` in the value and `个` in the unit
            cell; `定性` with a number). `cell` names the cell at fault.
        FieldError: a number cell is NaN, infinite or beyond the supported size (a
            FieldTypeError when a cell is not a str, a number or `None`: a bool, say).

    Examples:
        >>> target_from_cells("≥", 95, "%")
        <Comparison('>=95%')>
        >>> target_from_cells("正向 =", "8", None)
        <Comparison('=8')>
        >>> target_from_cells(None, "≥95%", "%")
        <Comparison('>=95%')>
        >>> target_from_cells("定性", "及时", "")
        <Qualitative('及时')>
        >>> target_from_cells("=", 116, None, name="保障在职职工人数(人)")
        <Comparison('=116人')>
        >>> target_from_cells("≥", 0.95, None)
        <Comparison('>=0.95')>
    """
    key = (_key(sign), _key(value), _key(unit), name)
    if None in key[:3] or not (name is None or type(name) is str):
        return _from_cells(sign, value, unit, name)  # refused below, or not to be cached
    return _cached_cells(key)


_CellKey: TypeAlias = tuple[str, str | int | None]


# A cell as a cache key: its type and its spelling. Equal numbers are different cells (`1`
# and `1.0` give `=1` and `=1.0`), and `True == 1`; a number that is not finite is refused
# below and never cached (a signalling NaN cannot even be hashed).
def _key(cell: object) -> _CellKey | None:
    if cell is None or type(cell) is str or type(cell) is int:
        return ("as is", cell)
    if type(cell) is Decimal and cell.is_finite():
        return ("Decimal", str(cell))
    if type(cell) is float and math.isfinite(cell):
        return ("float", repr(cell))
    return None


def _cell_of(key: _CellKey) -> Cell:
    kind, spelling = key
    if kind == "Decimal":
        return Decimal(str(spelling))
    if kind == "float":
        return float(str(spelling))
    return spelling


# Targets are immutable, and a split-cell template spells the same few targets on every
# form, as `parse_target`'s cache has it.
@functools.lru_cache(maxsize=4096)
def _cached_cells(key: tuple[_CellKey, _CellKey, _CellKey, str | None]) -> Target:
    sign, value, unit, name = key
    return _from_cells(_cell_of(sign), _cell_of(value), _cell_of(unit), name)


def _from_cells(sign: Cell, value: Cell, unit: Cell, name: str | None) -> Target:
    sign_cell, value_cell, unit_cell = (
        _read_cell(sign, "sign"),
        _read_cell(value, "value"),
        _read_cell(unit, "unit"),
    )
    if name is not None and not isinstance(name, str):
        raise FieldTypeError(_OWNER, "name", name, "must be a str or None")
    read_sign = _read_sign(sign_cell)
    if not value_cell.text:
        raise CellSyntaxError("value", value_cell.raw, 0, "the value cell is empty (指标值为空)")
    try:
        alone = parse_target(value_cell.raw)
    except TargetSyntaxError as error:
        raise CellSyntaxError("value", value_cell.raw, error.position, error.reason) from None
    _check_nature(read_sign, value_cell, alone)
    scanned = scan(value_cell.raw)
    found = recognise(scanned)
    operator = _sign_operator(read_sign, value_cell, alone, found)
    unit_at, written = _value_units(found, alone)

    pieces: list[_Piece] = []
    if operator is not None:
        pieces.append(_Piece(operator, sign_cell, read_sign.operator_at))
    added = _added_unit(unit_cell, name, alone, written, unit_at)
    if added is None or unit_at is None:
        pieces.append(_Piece(value_cell.text, value_cell, value_cell.start))
    else:
        split = scanned.where(unit_at)
        pieces += [
            _Piece(value_cell.raw[value_cell.start : split], value_cell, value_cell.start),
            added,
            _Piece(
                value_cell.raw[split : value_cell.start + len(value_cell.text)], value_cell, split
            ),
        ]
    pieces = [piece for piece in pieces if piece.text]
    joined = "".join(piece.text for piece in pieces)
    try:
        target = parse_target(joined)
    except TargetSyntaxError as error:
        raise _located(pieces, error) from None
    if isinstance(target, Qualitative) and not isinstance(alone, Qualitative):
        # Only a sign the grammar reads before dates alone (不晚于 before 95%) makes words.
        raise CellSyntaxError(
            "sign",
            sign_cell.raw,
            read_sign.operator_at,
            f"the sign {operator!r} does not go with the value {alone}",
        )
    return target


def _check_nature(sign: _Sign, value: _Cell, alone: Target) -> None:
    """Refuse a value of the wrong nature: `定性` with a number, `定量` with words."""
    if sign.nature == "qualitative" and isinstance(alone, (Comparison, Range, Change, Schedule)):
        reason = (
            "the sign cell says 定性 (qualitative), which takes words, but the value is a number"
        )
    elif sign.nature == "quantitative" and isinstance(alone, Qualitative):
        reason = (
            "the sign cell says 定量 (quantitative), which takes a number, but the value is words"
        )
    else:
        return
    raise CellSyntaxError("value", value.raw, value.start, reason)


def _sign_operator(sign: _Sign, value: _Cell, alone: Target, found: Found | None) -> str | None:
    """The sign cell's operator, to write before the value; `None` when the value has its own.

    The value's own operator must mean the same (a sign repeated in both cells).
    """
    operator = sign.operator
    if operator is None:
        return None
    if isinstance(alone, Qualitative):
        raise CellSyntaxError(
            "value",
            value.raw,
            value.start,
            f"the sign cell's {operator!r} needs a number or a date, but the value is words",
        )
    written = _written_operator(found, alone)
    if written is None:
        return operator
    position, meaning = written
    if operator in lex.WEAK_OPERATORS or _OPERATOR_MEANING[operator] == meaning:
        return None
    raise CellSyntaxError(
        "value",
        value.raw,
        scan(value.raw).where(position),
        f"the value's operator {meaning!r} contradicts the sign cell's {operator!r} (符号冲突)",
    )


def _written_operator(found: Found | None, alone: Target) -> tuple[int, str] | None:
    """Where the value cell writes an operator of its own, and what it means; else `None`."""
    if found is None:
        return None
    m = found.match
    if isinstance(alone, Comparison):
        if m["operator"] is not None:
            return m.start("operator"), alone.op.value
        if m["suffix"] in lex.SUFFIX_OPERATORS:
            return m.start("suffix"), alone.op.value
        return None
    if isinstance(alone, Deadline) and found.kind in ("iso_date", "chinese_date"):
        # The date's first part starts after an operator when one is written (`≤2022-06-30`).
        starts = [m.start(g) for g in ("year", "every_year", "year_end", "month") if _has(m, g)]
        if min(starts) > 0:
            strictly = _has(m, "strictly_before") and m["strictly_before"] is not None
            return 0, "<" if strictly else "<="
    return None


def _has(m: re.Match[str], group: str) -> bool:
    return group in m.re.groupindex and m[group] is not None


def _value_units(found: Found | None, alone: Target) -> tuple[int | None, list[str]]:
    """Where a unit goes in the value (after its last number), and the units the value writes.

    The position is in the scanned value; `None` for a value with no number to take a unit
    (words, a date). Units are as the grammar reads them (`百分比` is `%`).
    """
    if found is None or isinstance(alone, (Qualitative, Deadline, DatePeriod, RelativeDeadline)):
        return None, []
    if isinstance(alone, Change):
        assert found.amount is not None  # a change is found with its amount
        return found.amount.end("number"), [alone.amount.unit] if found.amount["unit"] else []
    if isinstance(alone, Schedule):
        # `1次/月` is read as a quantity, `每月1次` as a schedule with its count apart.
        count = found.amount if found.amount is not None else found.match
        return count.end("number"), [count["unit"]] if count["unit"] else []
    m = found.match
    if isinstance(alone, Range):
        if m["high"] is None:  # ±3: one number, the tolerance
            return m.end("number"), [alone.high.unit] if m["unit"] else []
        # 90-95: a unit written once, after the high end, serves both ends.
        written = [alone.low.unit] if m["unit"] else []
        written += [alone.high.unit] if m["high_unit"] else []
        return m.end("high"), written
    assert isinstance(alone, Comparison)  # the last kind with a number
    return m.end("number"), [alone.quantity.unit] if m["unit"] else []


def _added_unit(
    unit_cell: _Cell,
    name: str | None,
    alone: Target,
    written: list[str],
    unit_at: int | None,
) -> _Piece | None:
    """The unit to write into the value: from the unit cell, else from the name; or none."""
    if unit_cell.text:
        unit = _read_unit(unit_cell)
        if unit_at is None:
            kind = "a target in words" if isinstance(alone, Qualitative) else "a date target"
            raise CellSyntaxError(
                "unit", unit_cell.raw, unit_cell.start, f"{kind} ({alone}) takes no unit"
            )
        for other in written:
            if other != unit:
                raise CellSyntaxError(
                    "unit",
                    unit_cell.raw,
                    unit_cell.start,
                    f"the unit cell's {unit_cell.text!r} contradicts the unit {other!r} "
                    "written in the value cell (单位冲突)",
                )
        return None if written else _Piece(unit_cell.text, unit_cell, unit_cell.start)
    if name is None or unit_at is None or written:
        return None
    return _unit_of_name(name)


def _read_unit(cell: _Cell) -> str:
    """Read a unit cell as the grammar reads a unit after a number; `百分比` is `%`."""
    try:
        return parse_quantity("1 " + cell.text).unit
    except TargetSyntaxError as error:
        if lex.fold(cell.text)[0] in "0123456789":
            reason = f"expected {_UNIT_EXAMPLES}, not a number"
        elif "too long" in error.reason:
            reason = error.reason  # the grammar's own words: a sentence, not a unit
        else:
            reason = f"expected {_UNIT_EXAMPLES}, and nothing else"
        position = cell.start + max(error.position - len("1 "), 0)
        raise CellSyntaxError("unit", cell.raw, position, reason) from None


def _unit_of_name(name: str) -> _Piece | None:
    """The unit in brackets at the end of an indicator's name (`在职职工人数(人)`), if any."""
    cell = _read_cell(name, "name")
    folded = lex.fold(cell.text)  # one character for one: `（人）` is `(人)` at the same places
    opening = folded.rfind("(")
    if not folded.endswith(")") or opening < 0:
        return None
    inside = cell.text[opening + 1 : -1]
    unit = strip_blank(inside)
    if not unit or unit in lex.NAME_MARKS:
        return None
    try:
        parse_quantity("1 " + unit)
    except TargetSyntaxError:
        return None  # `(≥**%)` and other bracketed words: not a unit, and not an error
    return _Piece(unit, cell, cell.start + opening + 1 + inside.find(unit))


def _located(pieces: list[_Piece], error: TargetSyntaxError) -> CellSyntaxError:
    """The grammar's error about the joined text, moved to the cell the text came from."""
    at = 0
    for piece in pieces[:-1]:
        if error.position < at + len(piece.text):
            break
        at += len(piece.text)
    else:
        piece = pieces[-1]
    offset = piece.start + min(error.position - at, len(piece.text))
    return CellSyntaxError(piece.cell.role, piece.cell.raw, offset, error.reason)
