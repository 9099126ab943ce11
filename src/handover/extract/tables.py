"""Tables whose column headers name what their cells count.

"| Date | Bodies received by Ukraine (Coordination Headquarters) | Bodies received by Russia
(Medinsky) |" over "| 11 June | 1,212 | 27 |" makes two handovers of 11 June. Each cell is
read as the sentence its figure and its header make together ("1,212 bodies received by
Ukraine"), with a noun for the people when neither names one (the section's, else prisoners
of war); it is dated by its row, voiced by its own bracket ("1,000 (Medinsky)"), its footnote
("none†" ... "† Interfax, citing an unnamed source") or its header, and a row of sums
("Totals to 16 June", "Разом за рік") gives totals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from handover.domain.claims import Claim
from handover.domain.vocabulary import Category, ClaimKind
from handover.extract.categories import category_after, kind_of, people_pattern
from handover.extract.context import Dated, Sentence
from handover.extract.fates import has_act
from handover.extract.numbers import find_numbers
from handover.extract.patterns import Lexicon
from handover.extract.reckoners import counted_by
from handover.extract.voicenames import clean_name
from handover.extract.waytables import WayColumns, way_columns, way_row_claims

__all__ = ["HeadedTables", "column_at", "header_row", "row_cells"]

Reader = Callable[[str], list[Claim]]

_BRACKET = re.compile(r"\s*\(([^()]{2,80})\)")
# "[^1]", "¹", "†": a cell's mark of its footnote
_MARK = re.compile(r"\[\^\w{1,4}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[†‡§]+|\*+")
_NO_FIGURE = re.compile(r"[\s—–\-/?.]*|n/?a|н/д", re.IGNORECASE)
_HEADING_WORDS = 10
# a column of the people one side received ("To Ukraine (Kyiv's figure)", "Україні", "В Россию")
_TO_SIDE = re.compile(r"(?:to|до|в|у|во|на)\s+\S+(?:\s+\S+)?|[А-ЯІЇЄҐЁ]\w+[іеи]", re.IGNORECASE)
# "(Kyiv's figure)", "(Russian MoD figure)", "(дані штабу)": whose figures the column holds
_WHOSE_FIGURE = re.compile(r"(?:['’]s)?\s+(?:figures?|count|numbers?|data|tally)$|"
                           r"^(?:дані|данные|цифры|цифри|за даними|по данным)\s+", re.IGNORECASE)
_HANDED = {"en": "handed over", "uk": "передано", "ru": "передано"}
# a bracket that names a part of the cell's figure ("incl. 6 civilians", "у т. ч. 2 цивільних")
# (or its parts alone: "30 (22 военных и 8 гражданских)")
_PART = re.compile(r"(?:(?:incl\.?|including|of whom|у т\.\s?ч\.|в т\.\s?ч\.|у тому числі|"
                   r"в том числе|серед них|среди них|з них|из них)\s+)?(\d.*\s(?:and|і|и|та)\s+"
                   r"\d.*|(?<=[a-zа-яіїєґё.]\s)\d.*)", re.IGNORECASE)
_AMONG = {"en": "including", "uk": "у тому числі", "ru": "в том числе"}
# the header of a column that names each row's source ("| Дата | ... | Джерело |")
_SOURCE_HEAD = re.compile(r"sources?|according to|джерело|джерела|за даними|источник|источники|"
                          r"по данным", re.IGNORECASE)
_FOOTNOTE_WORDS = 8


@dataclass(frozen=True)
class _Table:
    """A table's header row, its cells, and the columns whose header names an act (or those
    of the side that gave and the side that received)."""

    header: Sentence
    heads: list[str]
    acting: frozenset[int]
    noun_category: Category  # the people of its section, for cells that name none
    ways: WayColumns | None = None


class HeadedTables:
    """The tables of a report whose column headers name an act and its direction; ``read``
    gives the claims of one sentence (the extraction itself)."""

    def __init__(self, items: list[Sentence], lex: Lexicon, read: Reader) -> None:
        self._items = items
        self._lex = lex
        self._read = read
        self._tables: dict[int, _Table | None] = {}

    def owns(self, item: Sentence, at: int) -> bool:
        """Whether the figure at offset ``at`` of ``item`` stands in a column whose header
        names its act: such cells are read here, not as clauses of their own."""
        table = self._table(item)
        return table is not None and column_at(item.text, at) in table.acting

    def claims(self, item: Sentence, speaker: Callable[[], str | None]) -> list[Claim]:
        """The claims of the cells of row ``item`` under an act's header; ``speaker`` gives
        the row's voice for cells that neither they, their footnote nor their header give
        (asked only then: rows of other tables are not voiced here)."""
        table = self._table(item)
        if table is None:
            return []
        cells = row_cells(item.text)
        if table.ways is not None:
            return self._way_row(item, cells, table, speaker)
        total = bool(cells) and self._lex.rx("sum_rows").search(cells[0]) is not None
        day = None if total else self._day(item, table)
        out = []
        source = next((cells[i] for i, head in enumerate(table.heads)
                       if _SOURCE_HEAD.fullmatch(head.strip(" *_")) and i < len(cells)), None)
        for column in sorted(table.acting):
            if column < len(cells):
                own = self._voice(cells[column], table.heads[column])
                claims = self._cell(cells[column], table, column, own)
                voice = (own or (clean_name(source, self._lex, must_be_name=True) if source
                                 else None)
                         or speaker() if claims else None)
                for claim in claims:
                    out.append(_placed(claim, item, voice, day, total))
        return out

    def _way_row(self, item: Sentence, cells: list[str], table: _Table,
                 speaker: Callable[[], str | None]) -> list[Claim]:
        """A row of a table with a column for each side: one handover between them."""
        ways = table.ways
        assert ways is not None
        sides = [next((m.party for m in item.parties if m.side and column_at(
            item.text, m.start - item.start) == column), None)
            for column in (ways.giver, ways.receiver)]
        if sides[0] is None or sides[1] is None or sides[0] == sides[1]:
            return []
        skipped = {ways.giver, ways.receiver} | {
            column_at(item.text, d.mention.start - item.start) for d in item.dates}
        claims = way_row_claims(item, cells, (sides[0], sides[1]), skipped, table.heads,
                                self._lex, self._day(item, table), table.noun_category)
        return [replace(claim, speaker=speaker()) for claim in claims]

    def _cell(self, cell: str, table: _Table, column: int, voice: str | None) -> list[Claim]:
        """The claims of one cell, read as a sentence of its figure, its header's act and
        its voice (whose home "вернулись домой (Киев)" is)."""
        figure = _MARK.sub("", _BRACKET.sub("", cell)).strip()
        if self._lex.rx("negatives").fullmatch(figure):
            figure = "0"
        numbers = find_numbers(figure, self._lex) if not _NO_FIGURE.fullmatch(figure) else []
        if not numbers:
            return []
        head = _BRACKET.sub("", table.heads[column]).strip()
        if not has_act(head, self._lex):  # "To Ukraine": the side the column's people went to
            head = f"{_HANDED[self._lex.lang]} {head.strip(' *_')}"
        first = numbers[0].end
        bracket = _BRACKET.search(cell)
        part = _PART.fullmatch(bracket.group(1)) if bracket else None
        if category_after(figure, first, self._lex) is None:
            # the people the header names ("Передано в Україну, тіл"), else the section's;
            # people of no kind when its parts in brackets say which ("30 (22 військових і 8
            # цивільних)")
            named = people_pattern(self._lex).search(head)
            kind = Category.MIXED if part else table.noun_category
            noun = named.group() if named else self._lex.counted_nouns[kind]
            figure = f"{figure[:first]} {noun}{figure[first:]}"
        among = f", {_AMONG[self._lex.lang]} {part.group(1)}" if part else ""
        said = f" ({voice})" if voice else ""
        return self._read(f"{figure} {head}{among}{said}.")  # ("230 (incl. 6 civilians)": a part)

    def _voice(self, cell: str, head: str) -> str | None:
        own = _BRACKET.search(cell)
        if own is not None:
            name = clean_name(own.group(1), self._lex, must_be_name=True)
            if name is not None:
                return name
        mark = _MARK.search(cell)
        noted = self._footnote_voice(mark.group()) if mark else None
        if noted is not None:
            return noted
        counted = counted_by(head, self._lex)
        if counted is not None:
            return counted[0]
        bracket = _BRACKET.search(head)
        return clean_name(_WHOSE_FIGURE.sub("", bracket.group(1)), self._lex,
                          must_be_name=True) if bracket else None

    def _footnote_voice(self, mark: str) -> str | None:
        """"† Interfax, citing an unnamed source.": a footnote that only names a voice."""
        for item in self._items:
            text = item.text.lstrip("> ")
            if not (item.opens_line and text.startswith(mark)):
                continue
            note = text[len(mark):].lstrip(" :").rstrip(" .")
            if (len(note.split()) > _FOOTNOTE_WORDS or find_numbers(note, self._lex)
                    or people_pattern(self._lex).search(note) or has_act(note, self._lex)):
                return None
            return clean_name(note, self._lex, must_be_name=True)
        return None

    def _day(self, item: Sentence, table: _Table) -> Dated | None:
        """The day a row's cells outside the act columns name (its date column)."""
        for dated in item.dates:
            if column_at(item.text, dated.mention.start - item.start) not in table.acting:
                return dated
        return None

    def _table(self, item: Sentence) -> _Table | None:
        header = header_row(self._items, item) if item.row else None
        if header is None:
            return None
        if header.index not in self._tables:
            self._tables[header.index] = self._headed(header)
        return self._tables[header.index]

    def _headed(self, header: Sentence) -> _Table | None:
        """The table a header row opens, when some column's header names an act."""
        heads = row_cells(header.text)
        named = {column_at(header.text, m.start - header.start)
                 for m in header.parties if m.side}
        # ("| Date | Exchange | Mediator |" names no side: its cells say their own ways)
        acting = frozenset(i for i, head in enumerate(heads) if i > 0 and i in named
                           and (has_act(_BRACKET.sub("", head), self._lex)
                                or _TO_SIDE.fullmatch(_BRACKET.sub("", head).strip(" *_"))))
        ways = way_columns(heads) if not acting else None
        if not acting and ways is None:
            return None
        return _Table(header, heads, acting, self._section_people(header.index), ways)

    def _section_people(self, index: int) -> Category:
        """The people the heading over a table names ("## Обміни полоненими"), else those
        the text between that heading and the table counts last ("Ukraine received 6,057
        bodies. ... | Date | Returned to Ukraine |"), else prisoners of war."""
        prose: Category | None = None
        for item in reversed(self._items[:index]):
            named = self._people_named(item.text)
            if not item.is_heading(_HEADING_WORDS) and item.index > 0:
                prose = prose or named
                continue
            # (a heading or the title: "усі обміни полоненими 2025 року"; over a bare
            # "## Таблица", the page's title: "Список репатриаций тел погибших")
            found = named or self._people_in(item.text) or prose
            if found is not None:
                return found
        return prose or Category.POW

    def _people_in(self, heading: str) -> Category | None:
        """The kind of the first people a heading names, figure or none."""
        found = kind_of(people_pattern(self._lex).search(heading), self._lex)
        if found is None:
            return None
        # (hostages are prisoners whoever holds them, as in _people_named)
        return {Category.MIXED: None, Category.HOSTAGE: Category.POW}.get(found, found)

    def _people_named(self, text: str) -> Category | None:
        """The kind of people the last figure of ``text`` counts (none for people of no
        status; not "Prisoners of War" in a body's name)."""
        counted = [category_after(text, number.end, self._lex)
                   for number in find_numbers(text, self._lex)]
        kinds = [found[0] for found in counted if found and found[0] != Category.MIXED]
        # (hostages are prisoners whoever holds them: a hostage taker's cells are hostages,
        # the other side's prisoners)
        return (Category.POW if kinds[-1] == Category.HOSTAGE else kinds[-1]) if kinds else None


def _placed(claim: Claim, item: Sentence, voice: str | None, day: Dated | None,
            total: bool) -> Claim:
    """A cell's claim as its row states it: quoted, dated and voiced by the row."""
    inferred = day is not None and day.inferred
    flags = tuple(f for f in claim.flags if f != "year_inferred")
    return replace(claim, quote=item.text, start=item.start, end=item.end, speaker=voice,
                   kind=ClaimKind.CUMULATIVE if total else claim.kind,
                   event_date=None if total or day is None else day.day,
                   statement_date=None,
                   flags=flags + (("year_inferred",) if inferred and not total else ()))


def header_row(items: list[Sentence], row: Sentence) -> Sentence | None:
    """The first row of the table ``row`` stands in, when it comes before it and holds no
    figure (a header); None otherwise."""
    first = row.index
    while first > 0 and items[first - 1].row:
        first -= 1
    header = items[first]
    return header if first < row.index and not re.search(r"\d", header.text) else None


def column_at(row: str, at: int) -> int:
    """The column of a row that offset ``at`` stands in (the first is 0)."""
    return row.count("|", 0, at) - 1


def row_cells(row: str) -> list[str]:
    """The cells of a row, without its edges."""
    return [cell.strip() for cell in row.strip().strip("|").split("|")]
