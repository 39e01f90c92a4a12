"""perfindicator: Chinese fiscal project performance targets (财政项目支出绩效目标), typed and exact.

The public names are importable from here:

>>> from perfindicator import parse_target
>>> parse_target("≥ 95 ％")
<Comparison('>=95%')>
"""

from perfindicator.categories import Level1, Level2
from perfindicator.errors import (
    FieldError,
    FieldTypeError,
    LabelError,
    PerfIndicatorError,
    TargetSyntaxError,
    UnitMismatchError,
)
from perfindicator.model import Funding, Goals, Indicator, Project
from perfindicator.parser import parse_quantity, parse_target
from perfindicator.quantity import Quantity
from perfindicator.targets import (
    Change,
    Comparison,
    Deadline,
    Direction,
    Op,
    Qualitative,
    Range,
    Target,
)

__all__ = [
    "Change",
    "Comparison",
    "Deadline",
    "Direction",
    "FieldError",
    "FieldTypeError",
    "Funding",
    "Goals",
    "Indicator",
    "LabelError",
    "Level1",
    "Level2",
    "Op",
    "PerfIndicatorError",
    "Project",
    "Qualitative",
    "Quantity",
    "Range",
    "Target",
    "TargetSyntaxError",
    "UnitMismatchError",
    "parse_quantity",
    "parse_target",
]
