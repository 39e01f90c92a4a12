"""The reading shortcuts hold for every character they skip work for.

`_texts._text_of` skips the search for control characters when `str.isprintable()` is
true; `labels.fold` skips `str.translate` when no character it folds is present.
"""

from __future__ import annotations

import sys

from perfindicator._syntax import CONTROL
from perfindicator.documents import labels


def test_no_character_a_cell_refuses_is_printable() -> None:
    refused = [
        chr(code)
        for code in range(sys.maxunicode + 1)
        if CONTROL.match(chr(code)) and chr(code).isprintable()
    ]
    assert refused == []


def test_fold_is_translate_for_every_character_it_folds() -> None:
    for character in labels._FOLDED_FROM:
        for text in (character, f"指标{character}值"):
            assert labels.fold(text) == text.translate(labels._FOLD), repr(text)
    assert labels.fold("三级指标") == "三级指标"
