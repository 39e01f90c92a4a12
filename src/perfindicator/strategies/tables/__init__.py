"""Declaration forms as the readers get them: grids of cells, and the project they hold.

`form_tables` lays a drawn project out in one of the templates of the real forms the
library's fixtures reproduce, quirks included, and builds the `Project` that `read_table`
must return from the drawn parts, never by reading the grid.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import strategies as st

from perfindicator.strategies.tables.cells import _Drawn
from perfindicator.strategies.tables.layouts import (
    _anju,
    _chongqing,
    _huaibei,
    _ningxia,
    _ningxiang,
    _qingshan,
    _shanghai,
    _sichuan,
    _tianjin,
    _xiangtan,
)

FORM_TEMPLATES: tuple[str, ...] = (
    "tianjin_hebei_2023",
    "shanghai_style_2026",
    "chongqing_rongchang_2022",
    "sichuan_jingyan_2023",
    "ningxia_yuanzhou_2022",
    "hunan_ningxiang_2021",
    "sichuan_anju_2021",
    "hunan_xiangtan_2023",
    "anhui_huaibei_2025",
    "hubei_qingshan_2020",
)
"""The declaration templates `form_tables` lays forms out in; shrinking prefers the first.

Named as the library's real-template fixtures name them (`<province>_<place>_<year>`);
`docs/reference/templates.md` lists the header spellings the reader recognises.

- `tianjin_hebei_2023`: 天津's 目标表. The year in a row of its own (`(2023年)`), the
  money unit announced by a header cell (`单位:万元`, `单位:元`, or nothing: the amounts
  are then kept as written), the budget in one row (`预算规模及资金用途 | 预算数 | … |
  其中:财政资金 | … | 其他资金 | …`), the goal under `绩效目标`, and merged target cells
  beside a description column; the level-1 and level-2 cells merged down their rows.
- `shanghai_style_2026`: the 2026 申报表. Category and start and end dates (date cells),
  department and implementing unit side by side, a funding block with the whole-period
  and this-year amounts side by side and its unit in a cell of its own (`单位：元`,
  `单位:万元`), overall and annual goals, merged target cells.
- `chongqing_rongchang_2022`: 重庆's 目标表. `资金情况(万元)` labels the funding block (so
  amounts are in 万元), labels in one row with the amounts under them, and split targets
  with the unit cell *before* the sign cell (`计量单位 | 指标性质 | 指标值`).
- `sichuan_jingyan_2023`: 四川's flat 申报表, one row per indicator with the project's
  cells merged down (empty after the first row), `金额单位:元` or `金额单位:万元` in a row
  of its own, split targets (`指标性质 | 指标值 | 度量单位`, `定性` for words), weights
  printed `权重15` or as bare numbers, and 指标方向性.
- `ningxia_yuanzhou_2022`: 宁夏's 申报表. `项目资金 (万元)` over one amount a row
  (`年度资金总额:`, `其中:财政拨款`, `其他资金`), the block label spaced out (`绩 效 指 标`),
  level-2 labels with their marks (`数量指标 (必填硬性指标)`), and names stating a unit
  (`实施营造林总面积(亩)`) beside a bare number, which takes that unit.
- `hunan_ningxiang_2021`: the old national 申报表 (湖南). `资金情况(万元)` over one amount a
  row, `项目绩效目标 | 长期目标 | 年度目标` with the goals under their labels, and stacked
  indicator blocks: `长期绩效指标` (mid-term indicators) then `年度绩效指标`, each with its
  header (`指标内容` names, `备注` explanations).
- `sichuan_anju_2021`: a 四川 申报表 of the 10号 attachment: level-1 labels with their points
  (`产出指标(50分)`), names numbered or starred (`指标1:`, `指标2.`, `★`, which the reader
  drops), `项目资金 (元)` or `(万元)` over one amount a row.
- `hunan_xiangtan_2023`: 湖南's 申报表. `单位:万元` in a cell shared with `填报单位:(盖章)`,
  `项目支出名称` and `预算部门` in one row, `年度本级 预算金额` (a space inside the label),
  `实施期绩效目标` and `本年度绩效目标`, `指标值及单位`, a `绩效标准` column naming the standard
  (计划标准, 行业标准, …) or empty, and template rows of unused categories left empty (counted
  as `empty_rows`).
- `anhui_huaibei_2025`: 安徽's 目标表. The year in a row of its own (`(2025年度)`), 项目来源 and
  项目期 kept as details, the funding labels in a row with the amounts under them and no
  unit announced (kept as written), and the page's vertical labels cut to their first
  line (`年度` for the goal, `绩` for the indicator block, `一级`).
- `hubei_qingshan_2020`: 湖北's 目标表. Header labels in a row with their values under them,
  whole-period and this-year amounts side by side (no unit announced), 中期目标 and
  年度目标 under 总体目标, and mid-term and annual indicators side by side on each row
  (`二级指标(长期)` … `指标值(年度)`), the mid-term one read first.
"""

# Each template's strategy, by its name.
_TEMPLATES: dict[str, Callable[[], st.SearchStrategy[_Drawn]]] = {
    "tianjin_hebei_2023": _tianjin,
    "shanghai_style_2026": _shanghai,
    "chongqing_rongchang_2022": _chongqing,
    "sichuan_jingyan_2023": _sichuan,
    "ningxia_yuanzhou_2022": _ningxia,
    "hunan_ningxiang_2021": _ningxiang,
    "sichuan_anju_2021": _anju,
    "hunan_xiangtan_2023": _xiangtan,
    "anhui_huaibei_2025": _huaibei,
    "hubei_qingshan_2020": _qingshan,
}


def form_tables(*, template: str | None = None) -> st.SearchStrategy[_Drawn]:
    """Pairs `(rows, expected)`: a declaration form as a grid of cells, and what it reads as.

    `rows` are rows of cell values as `read_table` takes them (`str`, `int`, `float`,
    `Decimal`, `date` or `None`; merged cells `None` after their first), laid out in one of
    the templates of `FORM_TEMPLATES` (by default any; `template` names one) with its
    quirks: merged cells, split or merged targets, a money unit announced (`单位:万元`,
    whose amounts are converted to 元) or not, header labels in any spelling the reader's
    recognition tables (`perfindicator.documents.labels`) list for them. `expected` is
    the `Project` `read_table(rows)` must return, built from the drawn parts, not read:
    `read_table(rows) == [expected]`.

    Names, goals and descriptions are drawn from characters no label or category uses,
    so that no drawn text reads as a header. Shrinks toward a form of one indicator (one
    mid-term and one annual, where the template has both) with one-character names and
    texts, a simple target and few amounts filled, under the earlier templates and header
    spellings (the first listed in the recognition tables).

    Raises:
        ValueError: `template` is not one of `FORM_TEMPLATES` (the message lists them).

    Examples:
        >>> from hypothesis import given, settings
        >>> from perfindicator import read_table
        >>> @settings(max_examples=10)
        ... @given(form_tables())
        ... def check(case):
        ...     rows, expected = case
        ...     assert read_table(rows) == [expected]
        >>> check()
    """
    if template is None:
        return st.one_of([_TEMPLATES[name]() for name in FORM_TEMPLATES])
    if template not in _TEMPLATES:
        known = ", ".join(FORM_TEMPLATES)
        raise ValueError(f"unknown template {template!r}: known templates are {known}")
    return _TEMPLATES[template]()
