"""The words of each language that extraction looks for, one module per language.

Each module (``en``, ``uk``, ``ru``) builds one :class:`Lexicon` from plain word lists and
regular-expression fragments; extraction code never spells a word of any language itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import import_module

from handover.domain.vocabulary import Category, Qualifier
from handover.extract.patterns.words import Words

__all__ = ["ACT_KINDS", "Lexicon", "lexicon"]



@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per language
class Lexicon:
    """One language's words for figures, dates, people, acts, speech and time."""

    lang: str
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    year_words: str
    this_year: str  # "this year" after a day and month ("14 лютого цього року")
    holidays: dict[str, tuple[int, int]]  # days named by a feast: month and day
    qualifiers: tuple[tuple[str, Qualifier], ...]
    categories: tuple[tuple[str, Category], ...]
    give: str
    get: str
    ret: str
    exchange: str
    acts: str
    arrive: str
    home: str
    captivity: str
    to_preps: str
    from_preps: str
    by_preps: str
    with_preps: str
    between: str
    speech: str
    according: str
    citing: str
    continuation: str
    backref: str
    negatives: str
    agreement: str
    future: str
    cumulative: str
    casualty: str
    each: str
    formula_for: str
    all_for_all: str
    own: str
    side_nouns: str
    carry: str  # verbs of carrying people (flights, buses): the carrier gives nothing
    reunite: str  # verbs of reunion with families: the people's side receives
    come_back: str  # intransitive verbs of coming back ("came home", "повернулися")
    participles: str  # full participles of acts ("освобождённых"): their agent follows them
    government: str  # "the government": a side in a war where one side is the government
    unilateral: str  # plans of one side alone ("offered", "готова", "намерена"), no terms
    noun_acts: tuple[tuple[str, str], ...]  # nouns of acts and the verb kind each stands for
    demographic: str  # nouns of age and sex ("women", "teenagers"): they split, not classify
    occupations: str  # nouns of trades ("priests"): a part of their own, the whole unchanged
    demand: str  # calls and demands ("called for", "добивается"): what they ask is no claim
    retracted: str  # a figure withdrawn ("an earlier version said"): no claim
    local: str  # a local subset ("from our community", "із нашої громади"): a detail
    given: str  # passives of giving ("handed over", "передано"): given by the side speaking
    places: str  # nouns of places ("city", "області"): "from the Saudi city of Abha" is Saudi's
    holding: str  # verbs of holding people somewhere ("held in", "удерживали на")
    listing: str  # a list of names ("a list of 1,000", "список из"): a document, no people
    sum_rows: str  # what opens a table's row of sums ("Totals", "Разом за рік", "Итого")
    # a plural noun after a figure for each kind of people: a bare cell read with its header
    counted_nouns: dict[Category, str]
    compiled: dict[str, Words] = field(default_factory=dict, compare=False)

    def rx(self, name: str) -> Words:
        """The whole-word pattern (case ignored) of one of the fragment fields, built once;
        ``verbs`` is every verb of an act at once."""
        pattern = self.compiled.get(name)
        if pattern is None:
            pattern = Words(self.verbs() if name == "verbs" else getattr(self, name))
            self.compiled[name] = pattern
        return pattern

    def verbs(self) -> str:
        """One fragment for every verb of an act (give, get, return, exchange, arrive, carry,
        reunite)."""
        return "|".join(getattr(self, kind) for kind in ACT_KINDS)


# The kinds of act verbs, in the order a tie at one word is broken (the last wins).
ACT_KINDS = ("ret", "exchange", "give", "get", "carry", "reunite", "arrive")


@cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon of ``en``, ``uk`` or ``ru`` (imported on first use)."""
    if lang not in ("en", "uk", "ru"):
        raise ValueError(f"no lexicon for language {lang!r}")
    module = import_module(f"handover.extract.patterns.{lang}")
    result: Lexicon = module.LEXICON
    return result
