"""Character-level normalisation of target text, one character for one.

Keeping the mapping one-to-one means a position in the normalised text is the same position
in the text as written, so errors point at what the user typed.
"""

from __future__ import annotations

import unicodedata

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
