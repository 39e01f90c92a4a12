"""Typed DataFrames: tables of records, and a frame of targets and actuals scored at once.

`to_records` gives plain dicts; a DataFrame library handed them infers each column's type
from the values it happens to see: a column that is `None` in every row of one project
becomes a column of nulls that will not concatenate with another project's dates, a
`Decimal` becomes a float or a decimal of whatever scale the first values had, and polars
silently cuts the places a decimal column has no room for. Here every column's type comes from the record kind's
schema (`SCHEMAS`), never from the data, so frames of different projects, or an empty one,
have the same columns and types and concatenate:

| Column type | Arrow (`to_arrow`) | polars (`to_polars`) | pandas (`to_pandas`) |
|---|---|---|---|
| text | `string` | `String` | `ArrowDtype(string)` |
| int | `int64` | `Int64` | `ArrowDtype(int64)` |
| bool | `bool` | `Boolean` | `ArrowDtype(bool)` |
| date | `date32` | `Date` | `ArrowDtype(date32)` |
| decimal | `decimal128(p, s)` | `Decimal(p, s)` | `ArrowDtype(decimal128(p, s))` |
| category | `dictionary<int32, string>` | `Enum(categories)` | `CategoricalDtype(categories)` |

Every value is checked against its column first (`Column.fits`, and what the backend can
hold: an int within 64 bits, text that UTF-8 can encode), so nothing is rounded or coerced:
a value that does not fit is refused, naming its row and column.

`score_frame` goes the other way: a polars frame of targets, actuals and points, as a
collection's export holds them, gets the columns `met`, `ratio`, `score` and `error`, each
row equal to what `evaluate` and `Evaluation.score` give for it, at the speed of polars.

The backends are optional dependencies, imported only when called: polars (the `polars`
extra), pandas with pyarrow (the `pandas` extra), pyarrow (the `arrow` extra).
"""

from __future__ import annotations

from perfindicator.frames.score import score_frame
from perfindicator.frames.tables import to_arrow, to_pandas, to_polars

__all__ = ["score_frame", "to_arrow", "to_pandas", "to_polars"]
