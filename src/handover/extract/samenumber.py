"""Figures written as "the same number": "Russia received the same number", "а Росія
отримала стільки ж", "взамен столько же пленных", "the same numbers had been released".

The words stand for a figure counted before: the one just before in the same sentence,
else those of the sentence before. A kind named after the words picks the figure of that
kind ("такое же количество военнопленных и гражданских": one of each); one kind named after
a whole split into kinds takes the whole ("75 українців, 71 військовий і четверо цивільних.
Росії передали стільки ж військових": 75); "the same numbers", plural and naming nothing,
repeats every figure of a kind before ("270 servicemen and 120 civilians"); naming nothing
after a whole split into kinds, it repeats the whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from handover.domain.vocabulary import Category, Qualifier
from handover.extract.categories import kind_of, people_pattern
from handover.extract.figures import Figure
from handover.extract.patterns import Lexicon
from handover.extract.patterns.words import Words

__all__ = ["SAME_NUMBER", "Counted", "same_number"]

SAME_NUMBER = Words(r"(?:the same numbers|the same figures|the same number|as many|"
                    r"the same figure|стільки ж|стільки само|столько же|"
                    r"такое же количество|таку ж кількість|таку саму кількість|"
                    r"такое же число|ту саму кількість|то же количество|то же число)")


@dataclass(frozen=True)
class Counted:
    """What was counted before the words: the figures kept in the clause, the figure just
    before it in the sentence, those of the sentence so far, and of the last sentence with
    any; the count and kind to fall back on."""

    kept: Sequence[Figure]
    earlier: Figure | None
    sentence: Sequence[Figure]
    last: Sequence[Figure]
    count: int | None
    category: Category | None


def same_number(body: str, lex: Lexicon, counted: Counted) -> list[Figure]:
    """The figures the words of "the same number" in ``body`` stand for (see the module);
    none when the words are not there or a figure written right after them is theirs."""
    match = SAME_NUMBER.search(body)
    if match is None:
        return []
    if any(match.start() - 2 <= f.start <= match.end() + 15 for f in counted.kept):
        return []
    # (the nouns up to the next figure: "такое же число военнопленных и восемь гражданских")
    limit = min([f.start for f in counted.kept if f.start >= match.end()]
                + [len(body), match.end() + 60])
    named = {kind for m in people_pattern(lex).finditer(body, match.end(), limit)
             if (kind := kind_of(m, lex)) is not None}
    plural = match.group().endswith("s")
    # (the figure just before in the same sentence first: "103 soldiers ... had come
    # back, and that the same number of Ukrainian prisoners had been handed over")
    pool = [*counted.kept, *([counted.earlier] if counted.earlier else [])] or counted.last
    before = _before(pool, named, plural, counted)
    if before:
        return [Figure(f.count, Qualifier.EXACT, f.category, match.start(), match.end(),
                       bare=True, refers=True) for f in before]
    if counted.count is None:
        return []
    return [Figure(counted.count, Qualifier.EXACT, counted.category, match.start(),
                   match.end(), bare=True, refers=True)]


def _before(pool: Sequence[Figure], named: set[Category], plural: bool,
            counted: Counted) -> list[Figure]:
    """The figures counted before that the words repeat, as the module says."""
    if not named and plural:
        every = [*counted.sentence, *counted.kept] or pool
        return [f for f in every if f.category not in (None, Category.MIXED)
                and f.count is not None]
    if not named:
        # ("390 человек: 270 военнослужащих и 120 мирных жителей. В тот же день столько же
        # передано": the whole split into kinds, not its last part)
        split = len(pool) > 1 and pool[0].category == Category.MIXED
        return [pool[0]] if split and pool[0].count is not None else []
    # (a whole of several kinds told before in the sentence: "84 Ukrainians came home, 33
    # servicemen and 51 civilians, and Russia got back the same number of its soldiers")
    whole = next((f for f in [*pool, *counted.sentence] if f.category == Category.MIXED), None)
    if whole is not None and len(named) == 1 and not plural:
        return [replace(whole, category=next(iter(named)))]
    before = [f for f in pool if f.category in named and f.count is not None] or [
        f for f in counted.last if f.category in named and f.count is not None]
    return before[:len(named)]
