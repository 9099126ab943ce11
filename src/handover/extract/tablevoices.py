"""Whose count a table's cell gives, from its column's header: "| Stage | Date | Ukrainian
count (Coordination Headquarters) | Russian count (Medinsky, unless stated) |" makes the
cells below it the headquarters' and Medinsky's figures, unless a cell names its own voice
("none received (Interfax, citing an unnamed source)").
"""

from __future__ import annotations

import re

from handover.extract.context import Sentence
from handover.extract.patterns import lexicon
from handover.extract.reckoners import counted_by
from handover.extract.tables import column_at, header_row, row_cells
from handover.extract.voicenames import clean_name

__all__ = ["column_voice"]

# "(Coordination Headquarters)", "(Medinsky, unless stated)", "(за даними штабу)"
_BRACKET = re.compile(r"\(([^(),]{2,80})(?:,[^()]*)?\)")


def column_voice(items: list[Sentence], item: Sentence, at: int) -> str | None:
    """The voice the header of a table gives the cell of ``item`` (a row) at offset ``at``,
    when the cell names none of its own; None when the sentence is no row under a header
    that names one."""
    if not item.row:
        return None
    header = header_row(items, item)
    if header is None:
        return None
    column = column_at(item.text, at)
    cells = row_cells(item.text)
    lex = lexicon(item.lang)
    if 0 <= column < len(cells) and counted_by(cells[column], lex) is not None:
        return None  # (the cell's own bracket names its voice)
    heads = row_cells(header.text)
    if not 0 <= column < len(heads):
        return None
    found = _BRACKET.search(heads[column])
    return clean_name(found.group(1), lex, must_be_name=True) if found else None

