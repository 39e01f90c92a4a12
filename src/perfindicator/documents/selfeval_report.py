"""A published self-evaluation (绩效自评表) as data: `SelfEvaluationReport`.

At year end every unit publishes, for each project, the targets against the actual values,
the points (分值) of each indicator and the score (得分) it gave itself, the budget
execution block and a total. `read_table` reads such a table into a `SelfEvaluationReport`
holding what it states, nothing recomputed, so that `audit` can recompute it under a
`ScoringScheme` and say where the published figures depart from the rules.
`SelfEvaluationReport.from_evaluation` goes the other way: a self-evaluation perfindicator
computed, as the report a unit files.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from perfindicator import _repr
from perfindicator._exact import exact_sum, product, quotient
from perfindicator.documents._rows import level2_of, total_of
from perfindicator.errors import FieldError, FormError, Place, Problem
from perfindicator.grammar.actuals import is_not_applicable, read_actual
from perfindicator.model import _validators as v
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.kinds import FormKind, ReportLayout
from perfindicator.model.outcomes import Outcome
from perfindicator.model.project import Indicator, LabelledText, Project
from perfindicator.model.targets import TARGET_TYPES, Target
from perfindicator.reports.budget import BudgetExecution
from perfindicator.reports.selfeval import Grade, SelfEvaluation
from perfindicator.scoring.evaluate import actual_text

__all__ = [
    "ExecutionLine",
    "PointsLabel",
    "ReportedIndicator",
    "ReportedSubtotal",
    "SelfEvaluationReport",
]

# Where a thing was read: no part of its value (nor of equality).
_PROVENANCE = {"omit": True}

# How forms write a grade (评价等级): the grade's own character, or its long form.
_GRADES = {
    "优": Grade.EXCELLENT,
    "优秀": Grade.EXCELLENT,
    "良": Grade.GOOD,
    "良好": Grade.GOOD,
    "中": Grade.FAIR,
    "中等": Grade.FAIR,
    "合格": Grade.FAIR,
    "差": Grade.POOR,
    "较差": Grade.POOR,
    "不合格": Grade.POOR,
}


# A number as printed: any finite Decimal (or int), or None for an empty cell. Published
# figures are kept whatever they are (a negative score, a rate of 120%): the report states,
# the audit judges.
_NUMBER = v.optional(v.decimal)


@attrs.frozen(kw_only=True)
class ExecutionLine:
    """One row of the budget-execution block (预算执行情况), as published; amounts in yuan.

    Attributes:
        label: the row's label as written (`年度资金总额`, `其中:本年财政拨款`, `总额`), or
            `""` where the block has a single unlabelled row.
        initial: 年初预算数 (年初预算), where the form has the column.
        budget: the denominator column: 全年预算数, 调整后预算数 or 预算数(A) (see
            `SelfEvaluationReport.adjusted`).
        executed: 全年执行数 (预算执行数, 执行数(B)).
        rate: 执行率 as printed, in percent (`97.48%` is `Decimal('97.48')`), keeping the
            printed precision.
        points: 分值 (权重, 执行率权重) of the row.
        score: 得分 of the row.
        reason: 原因, the explanation Sichuan asks for below 90%.
        place: where the row is (its first cell); no part of equality.

    Examples:
        >>> line = ExecutionLine(label="年度资金总额", budget=100, executed=95,
        ...     rate=Decimal("95.00"), points=10, score=Decimal("9.5"))
        >>> line.rate, line.score
        (Decimal('95.00'), Decimal('9.5'))
    """

    label: str = attrs.field(default="", validator=v.text)
    initial: Decimal | None = attrs.field(default=None, converter=v.to_exact, validator=_NUMBER)
    budget: Decimal | None = attrs.field(default=None, converter=v.to_exact, validator=_NUMBER)
    executed: Decimal | None = attrs.field(default=None, converter=v.to_exact, validator=_NUMBER)
    rate: Decimal | None = attrs.field(default=None, converter=v.to_exact, validator=_NUMBER)
    points: Decimal | None = attrs.field(default=None, converter=v.to_exact, validator=_NUMBER)
    score: Decimal | None = attrs.field(default=None, converter=v.to_exact, validator=_NUMBER)
    reason: str = attrs.field(default="", validator=v.text)
    place: Place = attrs.field(
        metadata=_PROVENANCE, default=Place(), eq=False, repr=False, validator=v.instance_of(Place)
    )

    __repr__ = _repr.compact


@attrs.frozen(kw_only=True)
class PointsLabel:
    """Points a label announces: `产出指标(50分)`, `年度绩效目标1(40分)`, `绩效指标(90分)`.

    Attributes:
        label: the label without its points (`产出指标`, `年度绩效目标1`).
        points: the points it announces.
        level1: the level-1 category the label names, or `None` for a block of indicators
            (`年度绩效目标1`, `绩效指标`).
        place: where the label is; no part of equality.

    Examples:
        >>> PointsLabel(label="产出指标", points=50, level1=Level1.OUTPUT).points
        Decimal('50')
    """

    label: str = attrs.field(validator=v.name)
    points: Decimal = attrs.field(converter=v.to_exact, validator=v.decimal)
    level1: Level1 | None = attrs.field(default=None, validator=v.optional(v.instance_of(Level1)))
    place: Place = attrs.field(
        metadata=_PROVENANCE, default=Place(), eq=False, repr=False, validator=v.instance_of(Place)
    )

    __repr__ = _repr.compact


@attrs.frozen(kw_only=True)
class ReportedSubtotal:
    """A subtotal row (小计) of the indicator table, as published.

    Attributes:
        label: its label as written (`小计`, `产出指标小计`).
        lines: the names of the indicator lines it sums: those between it and the
            subtotal (or the table's head) above it.
        points: its 分值, or `None`.
        score: its 得分, or `None`.
        place: where the row is (its label); no part of equality.

    Examples:
        >>> ReportedSubtotal(label="小计", lines=("培训人次", "合格率"), points=50,
        ...     score=Decimal("47.5")).score
        Decimal('47.5')
    """

    label: str = attrs.field(validator=v.name)
    lines: tuple[str, ...] = attrs.field(validator=v.tuple_of(str))
    points: Decimal | None = attrs.field(default=None, converter=v.to_exact, validator=_NUMBER)
    score: Decimal | None = attrs.field(default=None, converter=v.to_exact, validator=_NUMBER)
    place: Place = attrs.field(
        metadata=_PROVENANCE, default=Place(), eq=False, repr=False, validator=v.instance_of(Place)
    )

    __repr__ = _repr.compact


# Built once: a validator made inside the function would be made on every check.
_OPTIONAL_TARGET = v.optional(v.instance_of(*TARGET_TYPES))


def _target(instance: ReportedIndicator, attribute: attrs.Attribute[Any], value: object) -> None:
    _OPTIONAL_TARGET(instance, attribute, value)
    if value is not None and instance.target_text == "":
        v.fail(instance, attribute, value, "must be None where target_text is empty")


@attrs.frozen(kw_only=True)
class ReportedIndicator:
    """One indicator line of a published self-evaluation, as written.

    Attributes:
        name: the indicator's name (三级指标) as written, numbering (`指标1:`) removed.
        level1: the level-1 category written beside it, or `None` where there is no
            such column.
        level2: the level-2 category written beside it, or `None`.
        block: the points block it sits in (`年度绩效目标1`: see `PointsLabel`), or `""`
            where the table has one block.
        target_text: the target cell(s) as written (年度指标值; split cells joined), `""`
            if empty.
        target: the target they read as, or `None` where they are empty, do not apply
            (`/`) or cannot be read (the audit reports it).
        actual_text: the actual as written (实际完成值, 完成值), `""` if empty.
        points: 分值 (权重, 指标权重(分)) as printed, or `None`.
        score: 得分 as printed: the raw score where a separate 扣减分数 column exists.
        deduction: 扣减分数, where the form has that column.
        note: the deviation note (偏差原因分析及改进措施, 未完成原因分析).
        description: 完成情况简要描述, where the form has that column.
        place: where the line is (its name's cell); no part of equality.
        actual_place: where its actual cell is; no part of equality.

    Examples:
        >>> from perfindicator import parse_target
        >>> line = ReportedIndicator(name="安装坡面水标尺", target_text="≥266米",
        ...     target=parse_target("≥266米"), actual_text="≥266米", points=10, score=10)
        >>> line.actual, line.applicable
        ('266米', True)
    """

    name: str = attrs.field(validator=v.name)
    level1: Level1 | None = attrs.field(default=None, validator=v.optional(v.instance_of(Level1)))
    level2: Level2 | None = attrs.field(default=None, validator=v.optional(v.instance_of(Level2)))
    block: str = attrs.field(default="", validator=v.text)
    target_text: str = attrs.field(default="", validator=v.text)
    target: Target | None = attrs.field(default=None, validator=_target)
    actual_text: str = attrs.field(default="", validator=v.text)
    points: Decimal | None = attrs.field(default=None, converter=v.to_exact, validator=_NUMBER)
    score: Decimal | None = attrs.field(default=None, converter=v.to_exact, validator=_NUMBER)
    deduction: Decimal | None = attrs.field(default=None, converter=v.to_exact, validator=_NUMBER)
    note: str = attrs.field(default="", validator=v.text)
    description: str = attrs.field(default="", validator=v.text)
    place: Place = attrs.field(
        metadata=_PROVENANCE, default=Place(), eq=False, repr=False, validator=v.instance_of(Place)
    )
    actual_place: Place = attrs.field(
        metadata=_PROVENANCE, default=Place(), eq=False, repr=False, validator=v.instance_of(Place)
    )

    __repr__ = _repr.compact

    @property
    def applicable(self) -> bool:
        """Whether the line applies: not where its target is `/`, `无`, … and it has no points.

        A row of slashes with neither points nor a score (天长) has no value, not a value of
        zero. A line that carries points is judged whatever its target says: `无` can be
        the target itself (no accidents).

        Examples:
            >>> ReportedIndicator(name="生态效益", target_text="/", actual_text="/").applicable
            False
        """
        return not (
            is_not_applicable(self.target_text) and self.points is None and self.score is None
        )

    @property
    def actual(self) -> Outcome | str | None:
        """The actual as `evaluate` takes it (`read_actual`).

        An `Outcome` for outcome wording, the value of an actual that repeats its
        comparator, else the text; `None` where the cell is empty or does not apply.

        Examples:
            >>> ReportedIndicator(name="满意度", actual_text="达成预期指标").actual
            <Outcome.ACHIEVED: '达成年度指标'>
        """
        return read_actual(self.actual_text, self.target)


# Built once: a validator made inside the function would be made on every check.
_BOOL = v.instance_of(bool)


def _of_budget(
    instance: SelfEvaluationReport, attribute: attrs.Attribute[Any], value: object
) -> None:
    # What a budget block's headers say (the adjusted budget, no unit) needs the block.
    _BOOL(instance, attribute, value)
    if value is not attribute.default and not instance.execution:
        v.fail(instance, attribute, value, f"must be {attribute.default} without execution lines")


@attrs.frozen(kw_only=True)
class SelfEvaluationReport:
    """A published self-evaluation (绩效自评表): what it states, nothing recomputed.

    Attributes:
        name: the project's name (项目名称).
        year: the budget year evaluated.
        department: 主管部门, or `""`.
        implementing_unit: 实施单位, or `""`.
        layout: the template its headers follow, or `None` where they match none of
            `ReportLayout`; `audit` scores under that layout's preset.
        goal: the annual goal as planned (年度总体目标, 预期目标).
        goal_outcome: what the unit says of it (实际完成情况, 年度目标完成情况).
        adjusted: whether the denominator column is the adjusted budget (调整后预算数).
        in_yuan: whether the amounts are in 元 (`False`: as written, no unit announced).
        execution_points: the points of the execution block announced in its label
            (`预算执行情况(10分)`, `得分(20分*执行率)`), or `None`.
        execution: the execution block's rows, the total first as published.
        labels: the points labels (`产出指标(50分)`, `年度绩效目标1(40分)`), in table order.
        lines: the indicator lines, in table order.
        subtotals: the subtotal rows (小计), in table order.
        total_points: the points of the total row (合计), where it prints them.
        total: the total score as published (总分, 合计, 项目总得分, 自评总分).
        grade_text: the grade as written (`优`, `良好`), or `""`.
        conclusion: 评价结论.
        issues: 存在问题.
        measures: 改进措施 (改进措施及结果应用方案).
        details: header cells the report has no field for, with their labels.
        unclaimed: cells no part of the table claims.
        empty_rows: template rows left empty.
        place: where the table starts (its title); no part of equality.
        total_place: where the total is (总分, 合计), for the audit's findings on the
            points, the total and the grade; no part of equality.

    Examples:
        >>> from perfindicator import parse_target
        >>> report = SelfEvaluationReport(name="水土保持监测", year=2020,
        ...     execution=(ExecutionLine(label="年度资金总额", budget=50, executed=49),),
        ...     lines=(ReportedIndicator(name="监测点位", level1=Level1.OUTPUT,
        ...         level2=Level2.QUANTITY, target_text="≥12个", target=parse_target("≥12个"),
        ...         actual_text="12个", points=50, score=50),),
        ...     total=Decimal("98.8"), grade_text="优")
        >>> report.budget(), report.grade, report.actuals()
        (BudgetExecution(budget=Decimal('50'), executed=Decimal('49')), <Grade.EXCELLENT: '优'>, {'监测点位': '12个'})
    """

    name: str = attrs.field(validator=v.name)
    year: int = attrs.field(validator=v.year)
    department: str = attrs.field(default="", validator=v.text)
    implementing_unit: str = attrs.field(default="", validator=v.text)
    layout: ReportLayout | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(ReportLayout))
    )
    goal: str = attrs.field(default="", validator=v.text)
    goal_outcome: str = attrs.field(default="", validator=v.text)
    adjusted: bool = attrs.field(default=False, validator=_of_budget)
    in_yuan: bool = attrs.field(default=True, validator=_of_budget)
    execution_points: Decimal | None = attrs.field(
        default=None, converter=v.to_exact, validator=_NUMBER
    )
    execution: tuple[ExecutionLine, ...] = attrs.field(
        default=(), validator=v.tuple_of(ExecutionLine)
    )
    labels: tuple[PointsLabel, ...] = attrs.field(default=(), validator=v.tuple_of(PointsLabel))
    lines: tuple[ReportedIndicator, ...] = attrs.field(
        default=(), validator=v.tuple_of(ReportedIndicator)
    )
    subtotals: tuple[ReportedSubtotal, ...] = attrs.field(
        default=(), validator=v.tuple_of(ReportedSubtotal)
    )
    total_points: Decimal | None = attrs.field(
        default=None, converter=v.to_exact, validator=_NUMBER
    )
    total: Decimal | None = attrs.field(default=None, converter=v.to_exact, validator=_NUMBER)
    grade_text: str = attrs.field(default="", validator=v.text)
    conclusion: str = attrs.field(default="", validator=v.text)
    issues: str = attrs.field(default="", validator=v.text)
    measures: str = attrs.field(default="", validator=v.text)
    details: tuple[LabelledText, ...] = attrs.field(default=(), validator=v.tuple_of(LabelledText))
    unclaimed: tuple[LabelledText, ...] = attrs.field(
        default=(), validator=v.tuple_of(LabelledText)
    )
    empty_rows: int = attrs.field(default=0, validator=v.count)
    place: Place = attrs.field(
        metadata=_PROVENANCE, default=Place(), eq=False, repr=False, validator=v.instance_of(Place)
    )
    total_place: Place = attrs.field(
        metadata=_PROVENANCE, default=Place(), eq=False, repr=False, validator=v.instance_of(Place)
    )

    __repr__ = _repr.compact

    @property
    def grade(self) -> Grade | None:
        """The grade written (`优`, `优秀`, `良好`, `合格`, …), or `None`.

        `None` where no grade is written or the words are not a grade.

        Examples:
            >>> SelfEvaluationReport(name="示例", year=2022, grade_text="良好").grade
            <Grade.GOOD: '良'>
        """
        return _GRADES.get(self.grade_text)

    @property
    def total_line(self) -> ExecutionLine | None:
        """The execution block's total row, or `None`.

        The only row, or the first labelled as a total (年度资金总额, 总额, 合计, …);
        `None` without rows or without a total among several.

        Examples:
            >>> SelfEvaluationReport(name="示例", year=2022, execution=(
            ...     ExecutionLine(label="其中:财政拨款", budget=8, executed=8),
            ...     ExecutionLine(label="总额", budget=10, executed=9))).total_line.label
            '总额'
        """
        return total_of(self.execution)

    def budget(self) -> BudgetExecution | None:
        """The budget (the denominator column) and what was executed, from the total row.

        `None` without a total row, where either amount is empty, or where the budget is
        zero (execution of a zero budget is undefined: the audit reports it).

        Examples:
            >>> SelfEvaluationReport(name="示例", year=2022).budget() is None
            True
        """
        total = self.total_line
        if total is None or total.budget is None or total.executed is None:
            return None
        if total.budget <= 0 or total.executed < 0:
            return None
        return BudgetExecution(budget=total.budget, executed=total.executed)

    def project(self) -> Project:
        """The project evaluated: its indicators with their targets, in order.

        Lines that do not apply (`/`) are left out. A line without a level-2 category
        takes the one its name names, or 服务对象满意度指标 under 满意度指标 or for a
        name ending in 满意度 (`level2_of`). The project is a `FormKind.TARGETS` form.

        Raises:
            FormError: a line's level-2 category is none of these, naming its cell.
        """
        indicators, problems = [], []
        for line in self.lines:
            if not line.applicable:
                continue
            level2 = level2_of(line.level1, line.level2, line.name)
            if level2 is None:
                problems.append(
                    Problem(
                        code="form",
                        message_en=f"indicator {line.name!r} has no level-2 category (二级指标)",
                        message_zh="指标缺少二级指标",
                        where=line.place,
                        text=line.name,
                    )
                )
                continue
            indicators.append(
                Indicator(level2=level2, name=line.name, target=line.target, place=line.place)
            )
        if problems:
            raise FormError(problems)
        return Project(
            name=self.name,
            year=self.year,
            department=self.department,
            implementing_unit=self.implementing_unit,
            indicators=tuple(indicators),
            kind=FormKind.TARGETS,
            place=self.place,
        )

    def actuals(self) -> dict[str, Outcome | str]:
        """The actual of each applicable line that gives one, by name (`ReportedIndicator.actual`).

        Where a name is given twice the first line's actual is kept; `self_evaluate` and
        `audit` report the duplicate.
        """
        found: dict[str, Outcome | str] = {}
        for line in self.lines:
            actual = line.actual
            if actual is not None and line.applicable:
                found.setdefault(line.name, actual)
        return found

    def points(self) -> dict[str, Decimal]:
        """The points printed for each applicable line that prints them, by name."""
        found: dict[str, Decimal] = {}
        for line in self.lines:
            if line.points is not None and line.applicable:
                found.setdefault(line.name, line.points)
        return found

    @classmethod
    def from_evaluation(
        cls,
        project: Project,
        evaluation: SelfEvaluation,
        *,
        budget: BudgetExecution | None = None,
        notes: Mapping[str, str] | None = None,
    ) -> SelfEvaluationReport:
        """The report a unit files for a self-evaluation perfindicator computed.

        In the 10号 layout (`layout` is `None` without a budget: no header would show it):
        each line's target as `str(target)`, its actual as the
        evaluation read it (`98%`, `2022-11-30`, an outcome's official wording), its points
        and score; each level-1 category's label with the points of its lines, in table
        order; the execution row from `budget` (the one `self_evaluate` was given) with its
        rate in percent to 2 places and its score; the total and the grade.

        Args:
            project: the project evaluated (for its header and levels).
            evaluation: `self_evaluate`'s result for it.
            budget: the budget execution it was scored with, if any.
            notes: deviation notes by indicator name (偏差原因分析及改进措施).

        Raises:
            FieldError: `evaluation` is not of `project` (another name or year), or
                `budget` is given where the evaluation has no execution score, or not
                given where it has one.
            FieldTypeError: an argument of the wrong type.

        Examples:
            >>> import datetime
            >>> from perfindicator import Weights, parse_target, self_evaluate
            >>> project = Project(name="示例", year=2022,
            ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
            ...     indicators=(Indicator(level2=Level2.QUANTITY, name="培训人次",
            ...                           target=parse_target(">=100人次")),))
            >>> spent = BudgetExecution(budget=100, executed=95)
            >>> result = self_evaluate(project, {"培训人次": "80人次"}, budget=spent,
            ...     weights=Weights(output=90, benefit=0, satisfaction=0))
            >>> report = SelfEvaluationReport.from_evaluation(project, result, budget=spent)
            >>> report.lines[0].actual_text, report.execution[0].rate, report.total
            ('80人次', Decimal('95.00'), Decimal('81.50'))
        """
        owner = "SelfEvaluationReport.from_evaluation"
        v.require(project, Project, owner, "project")
        v.require(evaluation, SelfEvaluation, owner, "evaluation")
        if budget is not None:
            v.require(budget, BudgetExecution, owner, "budget")
        notes = {} if notes is None else notes
        v.require(notes, Mapping, owner, "notes")
        if (evaluation.project, evaluation.year) != (project.name, project.year):
            raise FieldError(
                owner,
                "evaluation",
                f"{evaluation.project} ({evaluation.year})",
                f"must be the self-evaluation of {project.name} ({project.year})",
            )
        if (budget is None) != (evaluation.execution_score is None):
            raise FieldError(
                owner,
                "budget",
                budget,
                "must be the budget the evaluation was scored with (None exactly when it has "
                "no execution score)",
            )
        weights = evaluation.weights
        execution: tuple[ExecutionLine, ...] = ()
        if budget is not None:
            execution = (
                ExecutionLine(
                    label="年度资金总额",
                    budget=budget.budget,
                    executed=budget.executed,
                    rate=_percent(budget),
                    points=weights.execution,
                    score=evaluation.execution_score,
                ),
            )
        # Each level-1 category's points on its first line, in table order: what a form
        # states, whatever weight group (成本 within 产出) the points were shared from.
        sums: dict[Level1, Decimal] = {}
        for line in evaluation.lines:
            level1 = line.indicator.level1
            sums[level1] = exact_sum((sums.get(level1, Decimal(0)), line.points))
        labels = tuple(
            PointsLabel(label=level1.value, points=points, level1=level1)
            for level1, points in sums.items()
        )
        lines = tuple(
            ReportedIndicator(
                name=line.indicator.name,
                level1=line.indicator.level1,
                level2=line.indicator.level2,
                target_text=str(line.evaluation.target),
                target=line.evaluation.target,
                actual_text=actual_text(line.evaluation.actual, fraction=False),
                points=line.points,
                score=line.score,
                note=notes.get(line.indicator.name, ""),
            )
            for line in evaluation.lines
        )
        return cls(
            name=project.name,
            year=project.year,
            department=project.department,
            implementing_unit=project.implementing_unit,
            # Without its execution block no header shows a form to be the 10号 layout.
            layout=ReportLayout.CENTRAL_10 if budget is not None else None,
            goal=project.goals.annual if project.goals is not None else "",
            execution=execution,
            labels=labels,
            lines=lines,
            total=evaluation.total,
            grade_text="" if evaluation.grade is None else evaluation.grade.value,
        )


def _percent(budget: BudgetExecution) -> Decimal:
    """The execution rate in percent, rounded half up to 2 places, as forms print it."""
    return quotient(product(budget.executed, Decimal(100)), budget.budget, 2)
