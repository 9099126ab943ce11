"""Who is handed over: the noun a figure counts ("1,200 bodies", "307 Russian servicemen",
"тіла 909 загиблих") and its category.

>>> from handover.extract.patterns import lexicon
>>> category_near("the bodies of 1,200 soldiers", 14, 19, lexicon("en"))
<Category.BODIES: 'bodies'>
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from handover.domain.vocabulary import Category
from handover.extract.patterns import Lexicon
from handover.extract.patterns.words import Found, Words

__all__ = ["category_after", "category_near", "joins_kinds", "kind_of", "people_pattern"]

_GAP_WORDS = 3
_AND = r"\s*,?\s*(?:and|і|та|й|и|as well as|а також|а также)\s+"  # (a comma alone: an aside)


@cache
def people_pattern(lex: Lexicon) -> Words:
    """Any noun for people handed over, with one named group per category rule."""
    return Words("|".join(f"(?P<c{i}>{fragment})" for i, (fragment, _) in
                          enumerate(lex.categories)))


def kind_of(found: Found | None, lex: Lexicon) -> Category | None:
    """The category a match of ``people_pattern`` names; None for no match."""
    if found is None or found.lastgroup is None:
        return None
    return lex.categories[int(found.lastgroup[1:])][1]


def _category_at(text: str, pos: int, lex: Lexicon) -> tuple[Category, int] | None:
    match = people_pattern(lex).match(text, pos)
    category = kind_of(match, lex)
    if match is None or category is None:
        return None
    if text.startswith("-", match.end()):
        # "женщин-военнослужащих", "women-soldiers": the last noun of a compound decides
        head = _category_at(text, match.end() + 1, lex)
        if head is not None:
            return head
    if category == Category.MIXED:
        # "три освобождённые заложницы", "the freed hostages": a participle standing before
        # the noun that names their status
        following = _NEXT_WORD.match(text, match.end())
        if following is not None:
            noun = _category_at(text, following.start(1), lex)
            if noun is not None and noun[0] != Category.MIXED:
                return noun
    return category, match.end()


_NEXT_WORD = re.compile(r"\s+([\w'’ʼ-]+)")


_PREPOSITION = re.compile(r"in|on|at|into|onto|в|во|у|на", re.IGNORECASE)


def _skip_words(text: str, pos: int, lex: Lexicon) -> list[int]:
    """Positions of the next few words after ``pos`` (adjectives may stand before the noun)."""
    positions = []
    # "33 — военные": the noun may stand after a dash, as the predicate of the figure; and
    # after the quote that closes a quoted figure ("«від 80 до 90» осіб")
    word = re.compile(r"[»\"”]?\s*(?:[—–]\s*)?(?:of\s+|з\s+|из\s+)?([\w'’ʼ-]+)", re.IGNORECASE)
    cursor = pos
    for _ in range(_GAP_WORDS + 1):
        match = word.match(text, cursor)
        if match is None or _PREPOSITION.fullmatch(match.group(1)):
            break  # "2022 in prisoner exchanges": a noun past a preposition is not counted
        positions.append(match.start(1))
        cursor = match.end()
    return positions


def category_after(text: str, end: int, lex: Lexicon) -> tuple[Category, int] | None:
    """The category of the noun counted by a figure ending at ``end``, and where it ends."""
    found = _counted(text, end, lex)
    return (found[0], found[1]) if found else None


def joins_kinds(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the figure ending at ``end`` counts two kinds of people joined by "and"
    ("390 soldiers and civilians")."""
    found = _counted(text, end, lex)
    return found is not None and found[2]


@lru_cache(maxsize=4096)
def _counted(text: str, end: int, lex: Lexicon) -> tuple[Category, int, bool] | None:
    for position in _skip_words(text, end, lex):
        found = _category_at(text, position, lex)
        if found is not None:
            counted = _mixed_with_next(text, found, lex)
            return _apposed(text, counted, lex) if counted[0] == Category.MIXED else counted
    return None


_COMMA = re.compile(r"\s*,\s*")


def _apposed(text: str, counted: tuple[Category, int, bool],
             lex: Lexicon) -> tuple[Category, int, bool]:
    """"95 наших ребят, военнослужащих, находившихся в плену": people of no status with one
    noun of a status set after them by commas take that status (not a list of kinds)."""
    comma = _COMMA.match(text, counted[1])
    other = _category_at(text, comma.end(), lex) if comma else None
    if other is None or other[0] == Category.MIXED or counted[2]:
        return counted
    status = _mixed_with_next(text, other, lex)
    closed = re.match(r"\s*(?:[,.;:)]|$)", text[status[1]:])
    return (status[0], counted[1], False) if not status[2] and closed else counted


def _mixed_with_next(text: str, found: tuple[Category, int],
                     lex: Lexicon) -> tuple[Category, int, bool]:
    """"390 soldiers and civilians": two kinds under one figure make it mixed; a noun of
    people without status joined to one with a status takes that status ("13 women and
    children" are civilians)."""
    category, end = found
    joined = re.compile(_AND, re.IGNORECASE).match(text, end)
    if joined is None or re.match(r"\s*\d", text[joined.end():]) or _numbered(
            text, joined.end(), lex):
        return category, end, False  # "187 soldiers and two civilians": each its own figure
    for position in _skip_words(text, joined.end() - 1, lex)[:2]:
        other = _category_at(text, position, lex)
        if other is None or other[0] == category:
            continue
        # "25 hostages and the remains of eight more": the second noun has its own figure
        following = text[other[1]:other[1] + 25]
        if re.match(r"\s+of\s+", following) or any(ch.isdigit() for ch in following[:6]):
            return category, end, False
        if Category.MIXED in (category, other[0]):
            # ("150 women and minors" have no status: age and sex split, they do not classify)
            status = other[0] if category == Category.MIXED else category
            noun = (text[position:other[1]] if category == Category.MIXED
                    else text[max(0, end - 30):end].split()[-1])
            if lex.rx("demographic").search(noun):
                return Category.MIXED, other[1], False
            return status, other[1], False
        return Category.MIXED, other[1], True
    return category, end, False


def _numbered(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the word at ``pos`` is a number word ("two", "двох")."""
    from handover.extract.wordnum import is_number_word

    word = _NEXT_WORD.match(text, pos - 1) if pos > 0 else None
    return word is not None and is_number_word(word.group(1), lex.lang)


# Words that may stand between a head noun and its figure ("the bodies of another 1,200").
_BETWEEN = frozenset(("of", "the", "another", "a", "further", "some", "ще", "еще", "ещё", "іще"))
_WORDISH = re.compile(r"[\w'’ʼ-]+")


def category_before(text: str, start: int, lex: Lexicon) -> Category | None:
    """"the bodies of 1,200 soldiers", "тіла 909 загиблих": a head noun before the figure."""
    before = text[max(0, start - 50):start]
    if not before[-1:].isspace():
        return None
    words = before.split()
    while words and words[-1].lower() in _BETWEEN:
        words.pop()  # "the bodies of another", "тіла ще"
    if not words or not _WORDISH.fullmatch(words[-1]):
        return None
    found = _category_at(before, before.rindex(words[-1]), lex)
    if found is not None and found[0] == Category.BODIES:
        return Category.BODIES
    return None


def category_near(text: str, start: int, end: int, lex: Lexicon) -> Category | None:
    """The category of the figure at ``text[start:end]``, or None when it counts no people."""
    after = category_after(text, end, lex)
    before = category_before(text, start, lex)
    if before is not None:
        return before
    return after[0] if after else None
