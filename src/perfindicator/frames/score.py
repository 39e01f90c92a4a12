"""Scoring a polars DataFrame of targets and actuals at once: `score_frame`.

A row's result is by definition what the per-object path gives: `evaluate(target, actual,
rules=rules)`, then `Evaluation.score(points)`, with a library error caught and kept as its
message. `score_frame` computes exactly that, in two ways that meet in one frame:

- The bulk of a collection (`>=95%` against `96.2%`, `≤15399.72万元` against `15000万元`,
  `=0次` against `0次`) are comparisons whose actual is written as a plain number in the
  target's own unit. Those rows are scored by polars, in integers counting millionths (64
  bits wide when the frame's numbers allow, else 128), by `_scored`: the rules of `kernel.comparison`, `kernel.ratio` and `kernel.earned` on whole
  numbers, with each rounding done exactly as the kernel does it, once, half up. Comparing in
  the target's own unit needs no conversion: the kernel's results are ratios of the two
  numbers, the same in any unit.
- Every other row (ranges, changes, dates, words, other units, text the fast reading does not
  take, bad cells) goes through the per-object path itself, once for each distinct
  (target, actual, points), so the rules of every other kind live only in `scoring`, and
  a property test holds `_scored` to the kernel on generated rows.

A row is taken by the fast path only when its numbers are proven exact there: the target
read by `parse_target` (cached, once for each distinct text) is a `Comparison` whose value
has at most 6 decimal places, the actual is plain ASCII digits with at most 18 before the
point and 6 after it (checked before polars reads it as a decimal: polars would round more
places, and takes `1e5` and `+5`, which the grammar refuses), and every number lies within
bounds that keep each product inside 128 bits. Anything else is left to the per-object path,
so nothing is less exact or less validated than `evaluate`.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from perfindicator._exact import product
from perfindicator.errors import FieldError, FieldTypeError, MissingExtraError, PerfIndicatorError
from perfindicator.grammar.parse import parse_quantity, parse_target
from perfindicator.model import _validators as v
from perfindicator.model.quantity import Quantity
from perfindicator.model.targets import Comparison, Op
from perfindicator.scoring import kernel
from perfindicator.scoring.evaluate import evaluate
from perfindicator.scoring.rules import DEFAULT_RULES, LowerIsBetter, ScoringRules

if TYPE_CHECKING:
    import polars

__all__ = ["score_frame"]

# The columns score_frame adds, in order.
_OUTPUTS = ("met", "ratio", "score", "error")

# The fast path's fixed point: numbers are integers counting millionths. Six places cover
# every target and actual of the corpus; a number with more goes the per-object way.
PLACES = 6
_UNIT = 10**PLACES
# Bounds on the scaled integers (18 digits before the point at most, as the library takes)
# and on points in cents: every product below then stays far inside 128 bits
# (2 × points × actual < 2 × 10^12 × 10^24).
_LIMIT = 10 ** (18 + PLACES)
_POINTS_LIMIT = 10**12
# A ratio is `None` from 10^18 on (`kernel.ratio`); as ten-thousandths, from 10^22.
_RATIO_LIMIT = 10**22

# The operators as small integers, the kernel's higher-is-better ones first.
_OP_CODES = {
    op: code
    for code, op in enumerate([*kernel.HIGHER, *(op for op in Op if op not in kernel.HIGHER)])
}
_NUMBER = f"^[0-9]{{1,18}}(?:\\.[0-9]{{1,{PLACES}}})?$"

Result = tuple[bool | None, Decimal | None, Decimal | None, str | None]
"""A row's met, ratio, score and error."""


def score_frame(
    df: polars.DataFrame,
    *,
    target: str = "target",
    actual: str = "actual",
    points: str = "points",
    rules: ScoringRules = DEFAULT_RULES,
) -> polars.DataFrame:
    """Return `df` with `met`, `ratio`, `score` and `error` columns: every row scored.

    Each row is scored as `evaluate(row[target], row[actual], rules=rules).score(row[points])`
    would score it, with the cells as polars gives them to Python: the target is its text
    (read by `parse_target`; a null target is `None`, which `evaluate` refuses), the actual
    a `str` (read as `evaluate` reads text: `96.2%`, a bare number in the target's unit,
    `2022-11-30`, `基本达到`), a `Decimal`, an `int`, a `datetime.date` or, in an object
    column, a `Quantity` or a `Judgement`; points an `int` or a `Decimal`. The new columns
    are that call's `met` (`Boolean`), `ratio` (`Decimal(22, 4)`) and score
    (`Decimal(20, 2)`), and `error` (`String`): null where the row scored, else the message
    of the library error the call raises (a target that does not read, an actual in another
    unit, points finer than cents, a change without its baseline, ...), the other three null
    on that row. Nothing is a float: numbers are read and computed exactly.

    Args:
        df: a polars DataFrame; other columns are kept as they are.
        target: the column of target texts (`String`, `Categorical`, `Enum` or nulls).
        actual: the column of actual values: text or exact numbers, dates, objects.
        points: the column of the points each row is worth (integers or decimals).
        rules: the rules of practice, as `evaluate` takes them.

    Raises:
        FieldTypeError: `df` is not a polars DataFrame, `rules` not `ScoringRules`, or a
            column holds floats (inexact: cast them from their text to `Decimal`) or, for
            targets and points, values of no type the row could take.
        FieldError: a column is missing, or `df` already has one of the new columns.
        MissingExtraError: polars is not installed (`pip install 'perfindicator[polars]'`).

    Examples:
        >>> import polars as pl
        >>> frame = pl.DataFrame({
        ...     "target": [">=95%", "≤15399.72万元", "=0次", "及时", ">=95%"],
        ...     "actual": ["90%", "16000万元", "0次", "基本达到", "95万"],
        ...     "points": [10, 20, 5, 5, 10],
        ... })
        >>> scored = score_frame(frame)
        >>> scored.get_column("score").to_list()
        [Decimal('9.47'), Decimal('19.22'), Decimal('5.00'), Decimal('3.50'), None]
        >>> scored.get_column("met").to_list(), scored.get_column("ratio").to_list()[:2]
        ([False, False, True, False, None], [Decimal('0.9474'), Decimal('1.0390')])
        >>> print(scored.get_column("error")[4])
        units '万' and '%' are not comparable (单位不可比较)
    """
    pl = _polars()
    _check(df, (target, actual, points), rules)
    targets, actuals, worth = (_as_text(df.get_column(name)) for name in (target, actual, points))
    plain = _plain_targets(targets)
    numbers = pl.DataFrame(
        {
            "op": plain.op,
            "t": plain.value,
            "a": _actual_units(actuals, plain.unit),
            "p": _cents(worth),
        }
    )
    fast = _scored(_narrowed(numbers), rules)
    outputs = [fast.get_column(name) for name in _OUTPUTS[:3]]
    outputs.append(pl.Series("error", dtype=pl.String).extend_constant(None, df.height))
    slow = pl.DataFrame({"t": targets, "a": actuals, "p": worth}).with_row_index("row")
    slow = slow.filter(fast.get_column("fast").not_())
    if slow.height:
        scored = _per_object(slow, rules)
        rows = scored.get_column("row")
        for column in outputs:
            column.scatter(rows, scored.get_column(column.name))
    return df.with_columns(*outputs)


def _polars() -> Any:
    try:
        import polars as pl
    except ImportError as error:
        raise MissingExtraError(
            extra="polars", format="polars DataFrames", module="polars", doing="scoring"
        ) from error
    return pl


def _check(df: object, names: tuple[str, str, str], rules: object) -> None:
    import polars as pl

    if not isinstance(df, pl.DataFrame):
        raise FieldTypeError("score_frame", "df", df, "must be a polars DataFrame")
    v.require(rules, ScoringRules, "score_frame", "rules")
    for field, name in zip(("target", "actual", "points"), names, strict=True):
        if not isinstance(name, str):
            raise FieldTypeError("score_frame", field, name, "must be a column name (a str)")
        if name not in df.columns:
            raise FieldError("score_frame", field, name, f"is no column of the frame: {df.columns}")
        dtype = df.schema[name]
        if dtype.is_float():
            raise FieldTypeError(
                "score_frame",
                field,
                name,
                f"holds floats ({dtype}), which are inexact: read the column as text, "
                "or cast it to Decimal from its text (浮点数不精确)",
            )
    taken = [name for name in _OUTPUTS if name in df.columns]
    if taken:
        raise FieldError(
            "score_frame", "df", taken, "already has the columns score_frame adds (列名冲突)"
        )
    target_type, points_type = df.schema[names[0]], df.schema[names[2]]
    if not (target_type in (pl.String, pl.Null) or _is_category(target_type)):
        raise FieldTypeError(
            "score_frame", "target", names[0], f"must be a column of text, not {target_type}"
        )
    if not (points_type.is_integer() or points_type in (pl.Decimal, pl.Null)):
        raise FieldTypeError(
            "score_frame", "points", names[2], f"must be integers or decimals, not {points_type}"
        )


def _is_category(dtype: polars.DataType) -> bool:
    import polars as pl

    return isinstance(dtype, (pl.Categorical, pl.Enum))


def _as_text(column: polars.Series) -> polars.Series:
    """A column of categories as the text of their labels; any other column as it is."""
    import polars as pl

    return column.cast(pl.String) if _is_category(column.dtype) else column


class _Plain(NamedTuple):
    """The fast path's view of each row's target (nulls where it is no plain comparison)."""

    op: polars.Series  # Int8, `_OP_CODES`
    value: polars.Series  # Int64 or Int128, the target's value in millionths of its unit
    unit: polars.Series  # String, the target's unit


def _plain_targets(texts: polars.Series) -> _Plain:
    """Read each distinct target text once, and give every row its reading."""
    import polars as pl

    # A category of its own for each distinct text, numbered from 0 in this column only.
    codes = texts.cast(pl.Categorical(pl.Categories.random()))
    distinct = codes.unique().drop_nulls()
    numbers = distinct.to_physical().to_list()
    size = max(numbers, default=-1) + 1
    ops: list[int | None] = [None] * size
    values: list[int | None] = [None] * size
    units: list[str | None] = [None] * size
    for code, text in zip(numbers, distinct.to_list(), strict=True):
        reading = _plain(text)
        if reading is not None:
            ops[code], values[code], units[code] = reading
    rows = codes.to_physical()
    # 64 bits when they hold every value: gathering and arithmetic are faster.
    wide = any(value is not None and abs(value) >= 2**63 for value in values)
    return _Plain(
        pl.Series(ops, dtype=pl.Int8).gather(rows),
        pl.Series(values, dtype=pl.Int128 if wide else pl.Int64).gather(rows),
        pl.Series(units, dtype=pl.String).gather(rows),
    )


def _plain(text: str) -> tuple[int, int, str] | None:
    """A target text as (operator code, value in millionths, unit), or `None`.

    `None` unless the text reads as a `Comparison` whose value is whole in millionths and
    within the bounds, and whose unit a number written before it reads as written.
    """
    try:
        target = parse_target(text)
    except PerfIndicatorError:
        return None
    if not isinstance(target, Comparison):
        return None
    quantity = target.quantity
    numerator, denominator = product(quantity.value, Decimal(_UNIT)).as_integer_ratio()
    if denominator != 1 or abs(numerator) >= _LIMIT or not _reads_as_written(quantity.unit):
        return None
    return _OP_CODES[target.op], numerator, quantity.unit


@functools.lru_cache(maxsize=1024)
def _reads_as_written(unit: str) -> bool:
    """Whether `parse_quantity` reads a plain number followed by `unit` as that number and unit.

    The fast path takes `96.2%` as 96.2 and `%` without the grammar; this is the grammar's
    word on the unit (`个半月` after a number reads as a half more, say), asked once.
    """
    try:
        return all(
            parse_quantity(number + unit) == Quantity(value=Decimal(number), unit=unit)
            for number in ("1", "0.5")
        )
    except PerfIndicatorError:
        return False


def _actual_units(column: polars.Series, units: polars.Series) -> polars.Series:
    """Each row's actual in millionths of its target's unit, as Int128; null where not plain."""
    import polars as pl

    dtype = column.dtype
    frame = pl.DataFrame({"a": column, "u": units})
    if dtype == pl.String:
        # The target's unit written after the number, or none: a bare number is in the
        # target's unit, as `evaluate` reads it. Whatever else is written goes the slow way.
        number = pl.col("a").str.strip_suffix(pl.col("u"))
        read = (
            pl.when(pl.col("u").is_not_null() & number.str.contains(_NUMBER))
            .then(number.cast(pl.Decimal(38, PLACES), strict=False).to_physical())
            .otherwise(None)
        )
    elif dtype == pl.Decimal or dtype.is_integer():
        read = _scaled(pl.col("a"), dtype, PLACES)
        read = pl.when(pl.col("u").is_not_null() & (read.abs() < _LIMIT)).then(read)
    else:
        return _nulls(len(column))
    return frame.select(read.cast(pl.Int128).alias("a")).to_series()


def _cents(column: polars.Series) -> polars.Series:
    """Each row's points in cents, as integers; null where not whole cents within the bounds."""
    import polars as pl

    if column.dtype == pl.Null:
        return _nulls(len(column))
    if column.dtype.is_integer():
        # The commonest case, in 64 bits: whole points below 10^10, in cents.
        within = pl.col("p").is_between(0, _POINTS_LIMIT // 100, closed="left")
        cents = pl.when(within).then(pl.col("p")).cast(pl.Int64) * 100
        return pl.DataFrame({"p": column}).select(cents).to_series()
    cents = _scaled(pl.col("p"), column.dtype, 2)
    checked = pl.when((cents >= 0) & (cents < _POINTS_LIMIT)).then(cents)
    return pl.DataFrame({"p": column}).select(checked.alias("p")).to_series()


def _nulls(length: int) -> polars.Series:
    """A column of `length` nulls: no row of it takes the fast path."""
    import polars as pl

    return pl.Series(dtype=pl.Int128).extend_constant(None, length)


def _scaled(expression: polars.Expr, dtype: Any, places: int) -> polars.Expr:
    """An integer or decimal column as Int128 units of 10^-places; null where not whole.

    Null too where the number is too large to be scaled within 128 bits: such a number is
    beyond the fast path's bounds anyway.
    """
    import polars as pl

    if dtype.is_integer():
        whole, scale = expression.cast(pl.Int128), 0
    else:
        whole, scale = expression.to_physical(), dtype.scale
    if scale <= places:
        factor = pl.lit(10 ** (places - scale), pl.Int128)
        return pl.when(whole.abs() < _LIMIT).then(whole * factor)
    divisor = pl.lit(10 ** (scale - places), pl.Int128)
    return pl.when(whole % divisor == 0).then(whole // divisor)


def _narrowed(numbers: polars.DataFrame) -> polars.DataFrame:
    """`numbers` in Int64 when every step of `_scored` stays within 64 bits, else in Int128.

    The numbers of a form (`15399.72万元` is 1.5 × 10^10 millionths) leave room to spare,
    and 64-bit arithmetic is several times faster than 128-bit.
    """
    import polars as pl

    largest = numbers.select(
        pl.max_horizontal(pl.col("t").abs().max(), pl.col("a").abs().max()), pl.col("p").max()
    ).row(0)
    number, cents = (0 if value is None else value for value in largest)
    # The largest intermediates: 2 × points × numerator + denominator, where a numerator is
    # at most twice a number (`2 × target - actual`), and 2 × actual × 10^4 + target.
    wide = max(number * (4 * cents + 1), number * (2 * 10**4 + 1)) >= 2**63
    integer = pl.Int128 if wide else pl.Int64
    return numbers.with_columns(
        pl.col(name).cast(integer) for name in ("t", "a", "p") if numbers.schema[name] != integer
    )


def _scored(frame: polars.DataFrame, rules: ScoringRules) -> polars.DataFrame:
    """The fast path's results from the columns `op`, `t`, `a` and `p` (see `_plain`).

    `t` and `a` are the target and the actual in millionths of the target's unit, `p` the
    points in cents, all integers of one type (`_narrowed`). Each step is the kernel
    function it names, on integers: a share is a pair of them, whose quotient is rounded
    once, half up, by integer division.
    Returns `met`, `ratio`, `score`, and `fast`: whether the row was scored here.
    """
    import polars as pl

    integer = frame.schema["t"]

    def whole(value: int) -> polars.Expr:
        return pl.lit(value, integer)

    op, t, a, p = (pl.col(name) for name in ("op", "t", "a", "p"))
    zero, one, two = whole(0), whole(1), whole(2)
    codes = _OP_CODES
    # kernel.meets: `=` is higher-is-better, but a zero target is met only by zero.
    met = (
        pl.when(op == codes[Op.GE])
        .then(a >= t)
        .when(op == codes[Op.GT])
        .then(a > t)
        .when(op == codes[Op.EQ])
        .then(pl.when(t == zero).then(a == zero).otherwise(a >= t))
        .when(op == codes[Op.LE])
        .then(a <= t)
        .otherwise(a < t)
    )
    # kernel.comparison, for a missed target above zero: negative actuals count as zero;
    # higher-is-better earns actual / target, lower-is-better as `rules` say.
    clamped = pl.col("clamped")
    higher = op < len(kernel.HIGHER)
    if rules.lower_is_better is LowerIsBetter.RATIO:
        lower = (t, clamped)
    else:
        lower = (pl.max_horizontal(two * t - clamped, zero), t)
    # Missed lower-is-better targets have actual > target > 0: no denominator is zero where
    # it counts, and one stands in for it elsewhere.
    chosen = (
        pl.when(higher).then(clamped).otherwise(lower[0]),
        pl.when(higher).then(t).otherwise(lower[1]),
    )
    # kernel.earned: points × share in cents, rounded half up once, within [0, points],
    # never full when missed; a missed target of zero or less earns nothing.
    numerator, denominator = pl.col("numerator"), pl.col("denominator")
    share = (two * p * numerator + denominator) // (two * denominator)
    missed = pl.when(t > zero).then(pl.min_horizontal(share, p)).otherwise(zero)
    cents = pl.when(pl.col("met")).then(p).when((missed == p) & (p > zero)).then(p - one)
    # kernel.ratio: actual / target in ten-thousandths, rounded half up (away from zero);
    # none for a target of zero or less, nor from 10^18 on.
    positive = pl.max_horizontal(t, one)
    size = (two * a.abs() * whole(10_000) + t) // (two * positive)
    ratio = pl.when((t > zero) & (size < _RATIO_LIMIT)).then(
        pl.when(a < zero).then(zero - size).otherwise(size)
    )
    fast = op.is_not_null() & a.is_not_null() & p.is_not_null()
    return (
        frame.lazy()
        .with_columns(met.alias("met"), pl.max_horizontal(a, zero).alias("clamped"))
        .with_columns(
            chosen[0].alias("numerator"),
            pl.max_horizontal(chosen[1], one).alias("denominator"),
        )
        .select(
            pl.when(fast).then(pl.col("met")).alias("met"),
            _decimal(pl.when(fast).then(ratio), 22, 4).alias("ratio"),
            _decimal(pl.when(fast).then(cents.otherwise(missed)), 20, 2).alias("score"),
            fast.alias("fast"),
        )
        .collect()
    )


def _decimal(units: polars.Expr, precision: int, scale: int) -> polars.Expr:
    """Integer units of 10^-scale as the decimal they count, exactly.

    A polars decimal is that integer with its scale; reinterpreting refuses a value that
    does not fit `precision`, which the fast path's bounds rule out.
    """
    import polars as pl

    return units.cast(pl.Int128).reinterpret(dtype=pl.Decimal(precision, scale))


def _per_object(rows: polars.DataFrame, rules: ScoringRules) -> polars.DataFrame:
    """Score `rows` (`t`, `a`, `p`, `row`) by the per-object path, once for each distinct row.

    Returns the results, a row for each of `rows` (named by `row`) with the output columns.
    """
    import polars as pl

    if pl.Object in rows.dtypes:
        # Objects (a Quantity, a Judgement) cannot be grouped: each row is its own group.
        groups = rows.select("t", "a", "p", pl.concat_list("row"))
    else:
        groups = rows.group_by("t", "a", "p").agg("row")
    results = [_row(t, a, p, rules) for t, a, p, _ in groups.iter_rows()]
    met, ratio, score, error = zip(*results, strict=True)
    return pl.DataFrame(
        {
            "row": groups.get_column("row"),
            "met": pl.Series(met, dtype=pl.Boolean),
            "ratio": pl.Series(ratio, dtype=pl.Decimal(22, 4)),
            "score": pl.Series(score, dtype=pl.Decimal(20, 2)),
            "error": pl.Series(error, dtype=pl.String),
        }
    ).explode("row")


def _row(target: object, actual: Any, points: Any, rules: ScoringRules) -> Result:
    """One row by the per-object path: met, ratio, score, or the error's message."""
    try:
        evaluation = evaluate(target, actual, rules=rules)  # type: ignore[arg-type]
        return evaluation.met, evaluation.ratio, evaluation.score(points), None
    except PerfIndicatorError as error:
        return None, None, None, str(error)
