"""The cells of a form as the spreadsheet readers' tests write and read them.

The seed's first form laid out as its cells (written by the `.xlsx` and `.xls` tests, each
with its own writer, and read back to the same values), and Hypothesis strategies for the
cells people type into a form's spreadsheet or document, shared by the round-trip tests.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from hypothesis import strategies as st

from perfindicator.documents.grid import RawCell

# --- The seed's first form, as its cells are laid out (numbers and dates typed) ----------
TITLE = "财政项目支出绩效目标申报表"
NAME = "12348公共法律服务平台政府购买法律咨询服务"
HEADER: list[list[RawCell]] = [
    [TITLE, None, None, None, None],
    ["(2022年度)", None, None, None, None],
    ["项目名称", NAME, "项目类别", "经常性项目", None],
    ["主管部门", "上海市司法局", "实施单位", "上海市司法局", None],
    ["计划开始日期", datetime.date(2022, 1, 1), "计划完成日期", datetime.date(2022, 12, 31), None],
    ["项目资金", "项目资金总额", 15399720, "年度资金申请总额", 15399720],
    [None, "其中：财政资金", 15399720, "其中：当年财政拨款", 15399720],
    [None, None, None, "上年结转资金", None],
    [None, "其他资金", None, "其他资金", None],
]
INDICATORS: list[list[RawCell]] = [
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标目标值"],
    [None, "产出指标", "数量指标", "法律咨询接通率", ">=95%"],
    [None, None, None, "值班人员到位率", "=100%"],
    [None, None, None, "12348上海法律服务网案例数", ">=500条"],
    [None, None, "质量指标", "在线接答率", ">=95%"],
    [None, None, None, "法律咨询致命错误率", "<=2%"],
    [None, "满意度指标", "服务对象满意度指标", "群众满意度", ">=85%"],
]
# As read back: the whole numbers as exact Decimals, the rest as written.
HEADER_READ: list[list[object]] = [
    [Decimal(value) if isinstance(value, int) else value for value in row] for row in HEADER
]

# What people type into a form's cells: text (CJK included; no control characters, which
# Office files cannot hold and Excel does not let one type), numbers of at most 15
# significant digits (what a spreadsheet keeps), and dates.
texts = st.text(
    st.characters(
        codec="utf-8", exclude_categories=["Cc", "Cs", "Co", "Cn"], include_characters="\n"
    ),
    min_size=1,
    max_size=12,
)
cjk = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=8)
decimals = st.decimals(
    min_value=Decimal("-1e12"),
    max_value=Decimal("1e12"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)
ints = st.integers(-(10**14), 10**14)
dates = st.dates(datetime.date(1901, 1, 1), datetime.date(2100, 12, 31))
values = st.one_of(st.none(), texts, cjk, decimals, ints, dates)


def values_of(text: st.SearchStrategy[str]) -> st.SearchStrategy[RawCell]:
    """Any cell a text format holds, its text drawn from `text`: numbers and dates as well."""
    return st.one_of(
        st.none(),
        text,
        st.decimals(allow_nan=False, allow_infinity=False, places=2),
        st.integers(min_value=-(10**12), max_value=10**12),
        st.dates(),
    )


@st.composite
def tables(draw: st.DrawFn) -> list[list[RawCell]]:
    """Rectangular rows whose last row and last column each hold a value (nothing to trim)."""
    height = draw(st.integers(1, 5))
    width = draw(st.integers(1, 5))
    rows: list[list[RawCell]] = [[draw(values) for _ in range(width)] for _ in range(height)]
    rows[-1][draw(st.integers(0, width - 1))] = draw(cjk)
    rows[draw(st.integers(0, height - 1))][-1] = draw(cjk)
    return rows
