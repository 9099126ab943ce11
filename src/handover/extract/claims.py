"""From report text to claims: the figures of each clause with their parties, kind, dates
and speaker, each quoting its sentence with exact offsets.

>>> claims = extract_claims("Russia handed over 909 bodies of Ukrainian soldiers on 6 March 2025.")
>>> [(c.giver, c.receiver, c.category.value, c.count, str(c.event_date)) for c in claims]
[('Russia', 'Ukraine', 'bodies', 909, '2025-03-06')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from handover.domain.claims import Claim
from handover.domain.registry import PartyRegistry
from handover.domain.vocabulary import Category, ClaimKind
from handover.extract.actors import PartyMention
from handover.extract.context import (
    Dated,
    Sentence,
    document_sides,
    read_sentences,
    reference_date,
)
from handover.extract.direction import Direction, Scene, act_kind, resolve_direction
from handover.extract.figures import Figure, find_figures
from handover.extract.kinds import formula_kind, kind_of
from handover.extract.owners import (
    coreferent,
    formula_direction,
    hostage_direction,
    owner_of,
    voice_side,
)
from handover.extract.patterns import Lexicon, lexicon
from handover.extract.wordnum import has_number_word

__all__ = ["extract_claims"]

_DIGIT = re.compile(r"\d")
_OF_THEM = re.compile(r"\s+(?:of them|of whom|з них|із них|из них)\b", re.IGNORECASE)
_CONJUNCTION = re.compile(r"\W*(?:а|и|і|й|та|and|while|whereas|but|але|но)\s", re.IGNORECASE)
_TAKEN = re.compile(r"deport\w*|abduct\w*|депорт\w*|вивез\w*|вивоз\w*|вывез\w*|вывоз\w*|"
                    r"викраден\w*|похищен\w*", re.IGNORECASE)
# A sentence that answers the one before ("In return, ...", "Взамен ..."): same voice, same day.
_IN_RETURN = re.compile(r"\W*(?:in return|in exchange|взамен|натомість|в обмін|в обмен|"
                        r"у відповідь|в ответ)\b", re.IGNORECASE)
_GOES_ON = re.compile(r"\W*(?:in return|in exchange|взамен|натомість|в обмін|в обмен|"
                      r"у відповідь|в ответ|in addition|besides|moreover|additionally|also|"
                      r"крім того|окрім того|також|кроме того|помимо этого|также)\b", re.IGNORECASE)
_CARRY_SENTENCES = 2  # how far back the date of talks still dates an agreed term
# A date that starts a period or dates a capture is not when the handover happened.
_SINCE = re.compile(r"(?:since|from|captured|taken|of|dated|з|із|від|с|со|от|захоплен\w*|взят\w*|"
                    r"полонен\w*|плен\w*)\s+(?:on\s+|the\s+)?$", re.IGNORECASE)
_SAME_DAY = re.compile(r"that day|the same day|того ж дня|того же дня|в той же день|"
                       r"цього ж дня|в тот же день|того дня|в тот день|цього дня|в цей день",
                       re.IGNORECASE)


@cache
def _builtin_registry() -> PartyRegistry:
    return PartyRegistry.builtin()


def extract_claims(text: str, *, published: date | None = None, lang: str = "auto",
                   registry: PartyRegistry | None = None) -> list[Claim]:
    """The exchange claims of a report's text, in text order, each with its exact quote."""
    if lang == "auto":
        from handover.ingest.language import detect_language

        lang = detect_language(text)
    lex = lexicon(lang)
    registry = registry or _builtin_registry()
    reference = reference_date(text, lex, published)
    items = read_sentences(text, lex, registry, reference, published)
    sides = document_sides(text, registry, items[0].matchers) if items else []
    state = _State(lex, sides, items)
    claims: list[Claim] = []
    for item in items:
        claims.extend(state.sentence_claims(text, item))
    return claims


@dataclass
class _Voice:
    speaker: str | None = None
    said: Dated | None = None


class _State:
    """What carries from sentence to sentence: the last voice, dates and formulas."""

    def __init__(self, lex: Lexicon, sides: list[str], items: list[Sentence]) -> None:
        self.lex = lex
        self.sides = sides
        self.items = items
        self.voices: dict[int, _Voice] = {}
        self.kinds: dict[int, ClaimKind] = {}  # the kind of each sentence's last claim
        self.formula_counts: dict[int, int] = {}
        self.last_category: Category | None = None
        self.hostage_war = bool({"Israel", "Hamas", "Palestinian Islamic Jihad"} & set(sides))

    def sentence_claims(self, text: str, item: Sentence) -> list[Claim]:
        """The claims of one sentence, updating the carried voice."""
        figures = self._figures(text, item)
        if not figures:
            return []
        voice = self._voice(item)
        if voice.speaker is None:
            voice = self._voice_ahead(item) or voice
        self.voices[item.index] = voice
        out = []
        for clause, figure in figures:
            out.extend(self._claims(text, item, clause, figure, voice))
        return out

    def _voice(self, item: Sentence) -> _Voice:
        said = next((d for d in item.dates if d.statement), None)
        attribution = item.attribution
        if attribution is None and _GOES_ON.match(item.text):
            return self._last_voice(item.index)  # "Взамен переданы ...": the same report goes on
        if attribution is None:
            return _Voice()
        last = self._last_voice(item.index)
        if attribution.continuation or attribution.speaker is None:
            return _Voice(last.speaker, said or last.said)
        return _Voice(coreferent(attribution.speaker, last.speaker), said)

    def _last_voice(self, index: int) -> _Voice:
        """The voice of the nearest earlier sentence that names one (or continues one)."""
        for earlier in reversed(self.items[:index]):
            if earlier.index in self.voices:
                if self.voices[earlier.index].speaker is not None:
                    return self.voices[earlier.index]
                continue
            attribution = earlier.attribution
            if attribution is not None and attribution.speaker is not None:
                said = next((d for d in earlier.dates if d.statement), None)
                return _Voice(attribution.speaker, said)
        return _Voice()

    def _voice_ahead(self, item: Sentence) -> _Voice | None:
        """"... 1,200 bodies. The announcement, reported by Interfax, ...": the next names it."""
        following = self.items[item.index + 1] if item.index + 1 < len(self.items) else None
        if following is None or following.attribution is None:
            return None
        attribution = following.attribution
        if attribution.backref and attribution.speaker is not None:
            said = next((d for d in following.dates if d.statement), None)
            return _Voice(attribution.speaker, said)
        return None

    def _figures(self, text: str, item: Sentence) -> list[tuple[tuple[int, int], Figure]]:
        out: list[tuple[tuple[int, int], Figure]] = []
        if not self._may_count(item.text):
            return out
        for clause in item.clauses:
            body = text[clause[0]:clause[1]]
            acts = (self._has_act(body) or self._has_act(item.text)
                    or bool(self.lex.rx("agreement").search(body)))  # "the deal covers 1,200"
            dates = [(m.start + item.start - clause[0], m.end + item.start - clause[0])
                     for m in item.mentions]
            previous = out[-1][1].category if out else None
            for figure in find_figures(body, self.lex, [*dates, *self._ranges(body)]):
                if figure.category is None:
                    # a formula exchanges people, by default prisoners
                    default = Category.POW if figure.formula else self.last_category
                    figure = replace(figure, category=previous or default)
                if self._keep(body, figure, acts, item):
                    out.append((clause, figure))
                    previous = figure.category
        if out:
            self.last_category = out[-1][1].category
        return out

    def _may_count(self, sentence: str) -> bool:
        """A cheap test before the full search: digits, number words or a word of none."""
        if _DIGIT.search(sentence):
            return True
        lex = self.lex
        return (has_number_word(sentence, lex.lang) or bool(lex.rx("negatives").search(sentence))
                or bool(lex.rx("all_for_all").search(sentence)))

    def _ranges(self, body: str) -> list[tuple[int, int]]:
        """"з 11 по 16 червня", "June 11 to 16": the first day of a range is a date too."""
        return [(m.start(), m.end()) for m in _range_pattern(self.lex).finditer(body)]

    def _has_act(self, body: str) -> bool:
        lex = self.lex
        return any(lex.rx(k).search(body) for k in ("acts", "give", "get", "ret", "exchange",
                                                    "arrive"))

    def _agreed_formula(self, item: Sentence, figure: Figure) -> bool:
        """A formula that is a term agreed ("all for all" always is), not a past swap."""
        if figure.count is None:
            return True
        lex = self.lex
        return bool(lex.rx("agreement").search(item.text) or lex.rx("future").search(item.text))

    def _keep(self, body: str, figure: Figure, acts: bool, item: Sentence) -> bool:
        if figure.category is None:
            return False
        if figure.bare and not (self._has_act(body) or figure.negative and acts):
            return False
        if figure.bare and figure.negative and body[figure.start:figure.end].lower() == "no":
            return False
        if figure.formula:
            if not self._agreed_formula(item, figure):
                # "the thousand-for-thousand exchange took place": a reference, not a term
                return acts and not figure.hyphenated
            if figure.count is not None and not figure.second:
                self.formula_counts[figure.count] = item.index
            return True
        if not acts and not figure.negative:
            return False
        if _TAKEN.search(body[max(0, figure.start - 60):figure.start]):
            return False  # "20,000 children deported": people taken, not handed over
        if not self._has_act(body) and self.lex.rx("casualty").search(body):
            return False
        restated = self.formula_counts.get(figure.count or -1)
        return not (restated is not None and item.index - restated <= _CARRY_SENTENCES
                    and self.lex.rx("agreement").search(item.text))

    def _claims(self, text: str, item: Sentence, clause: tuple[int, int], figure: Figure,
                voice: _Voice) -> list[Claim]:
        body = text[clause[0]:clause[1]]
        category = self._category(text, item, figure)
        kind = self._kind(item, clause, figure, body)
        self.kinds[item.index] = kind
        directions = self._directions(item, clause, figure, body, voice, category)
        if (kind == ClaimKind.CUMULATIVE and len(directions) == 2 and not figure.formula
                and not self.lex.rx("each").search(body)):
            # "the sides have exchanged 2,484 prisoners in all": a total of both directions
            directions = [Direction(None, None)]
        event, statement, inferred = self._dates(item, clause, voice, kind,
                                                 clause[0] + figure.start)
        out = []
        for direction in directions:
            flags = []
            if direction.conflict:
                flags.append("direction_conflict")
            if inferred:
                flags.append("year_inferred")
            out.append(Claim(
                giver=direction.giver, receiver=direction.receiver, category=category,
                count=figure.count, qualifier=figure.qualifier, kind=kind,
                event_date=event, statement_date=statement, speaker=voice.speaker,
                quote=item.text, start=item.start, end=item.end, flags=tuple(flags),
            ))
        return out

    def _kind(self, item: Sentence, clause: tuple[int, int], figure: Figure,
              body: str) -> ClaimKind:
        if figure.negative:
            return ClaimKind.COMPLETED
        if figure.formula and figure.count is None:
            return ClaimKind.AGREED  # "all for all" is always a term
        if figure.formula:  # judged on the whole sentence: "провели этап — 250 на 250"
            return formula_kind(item.text, clause[0] - item.start + figure.start, self.lex,
                                agreement=self._agreed_formula(item, figure))
        earlier = self.kinds.get(item.index)
        at = clause[0] + figure.start
        named = any(m.role == "subject" and 0 <= at - m.end <= 4 for m in item.parties)
        if earlier is not None and (named or _gapped(body, self.lex) or _OF_THEM.match(
                body, figure.end) or self.lex.rx("each").match(body, figure.end)):
            return earlier  # "..., and Armenia two", "1,358 of them": as the figure before
        one_day = any(d.day is not None and not d.statement and not d.dateline
                      and clause[0] <= d.mention.start < clause[1]
                      and not _SINCE.search(item.text[:d.mention.start - item.start])
                      for d in item.dates)
        kind = kind_of(body, figure.start, self.lex, one_day=one_day)
        if kind == ClaimKind.COMPLETED and earlier is not None and _CONJUNCTION.match(body):
            return earlier  # "..., а получила только 207": the total before goes on
        return kind

    def _category(self, text: str, item: Sentence, figure: Figure) -> Category:
        """Nouns of people without status ("people", "citizens") are detainees unless a
        breakdown says they were several kinds; "prisoners" in a war without prisoners of
        war (hostages for prisoners) are detainees."""
        category = figure.category or Category.POW
        if (category == Category.MIXED and not figure.formula
                and not self._breakdown(text, item, figure)):
            return Category.DETAINEE
        if category == Category.POW and self.hostage_war and not re.search(
                r"war|POW|військов|военн|soldier|servicem", item.text, re.IGNORECASE):
            return Category.DETAINEE
        return category

    def _breakdown(self, text: str, item: Sentence, figure: Figure) -> bool:
        """Soldiers and civilians named together after the figure, or figures of each."""
        from handover.extract.categories import people_pattern

        tail = item.text[max(0, figure.start):]
        kinds = {self.lex.categories[int(m.lastgroup[1:])][1]
                 for m in people_pattern(self.lex).finditer(tail) if m.lastgroup}
        return len(kinds - {Category.MIXED, Category.DETAINEE}) >= 2

    def _directions(self, item: Sentence, clause: tuple[int, int], figure: Figure, body: str,
                    voice: _Voice, category: Category) -> list[Direction]:
        masked = item.attribution
        parties = [m for m in item.parties if clause[0] <= m.start < clause[1]
                   and not (masked is not None and not masked.verb
                            and masked.start <= m.start - item.start < masked.end)]
        shifted = [PartyMention(m.party, m.start - clause[0], m.end - clause[0], m.role, m.side)
                   for m in parties]
        owner = owner_of(shifted, figure, body, self.lex, voice.speaker)
        sentence_sides = [m.party for m in item.parties
                          if m.side and m.role not in ("in", "other")]
        lead = next((m.party for m in reversed(item.parties)
                     if m.role == "subject" and m.side and m.start < clause[0]), None)
        earlier = item.text[:clause[0] - item.start]
        hint = act_kind(earlier, self.lex) if _gapped(body, self.lex) else None
        scene = Scene(body, figure.start, shifted, owner,
                      list(dict.fromkeys([*sentence_sides, *self.sides])),
                      voice_side(voice.speaker), lead, hint)
        if figure.formula:
            return formula_direction(scene, figure, self.lex)
        directions = resolve_direction(scene, self.lex)
        if category == Category.HOSTAGE and directions[0] == Direction(None, None):
            return hostage_direction(scene)
        return directions

    def _dates(self, item: Sentence, clause: tuple[int, int], voice: _Voice,
               kind: ClaimKind, at: int) -> tuple[date | None, date | None, bool]:
        """When it happened (a completed handover only) and when it was said.

        An agreed term carries the date of the agreement as the date it was stated.
        """
        said = voice.said
        own = [d for d in item.dates if not d.statement and not d.dateline and d.day
               and not _SINCE.search(item.text[:d.mention.start - item.start])]
        in_clause = [d for d in own if clause[0] <= d.mention.start < clause[1]]
        in_clause.sort(key=lambda d: abs(d.mention.start - at))
        event: Dated | None = None
        if kind == ClaimKind.COMPLETED:
            event = _first(in_clause or own)
            if event is None and _SAME_DAY.search(item.text):
                event = said or _first(self._carried(item))
            if event is None and _IN_RETURN.match(item.text):
                event = _first(self._carried(item, 1))
        elif kind == ClaimKind.AGREED and said is None:
            said = _first(in_clause or own or self._carried(item))
        inferred = any(d is not None and d.inferred for d in (event, said))
        return (event.day if event else None, said.day if said else None, inferred)

    def _carried(self, item: Sentence, reach: int = _CARRY_SENTENCES) -> list[Dated]:
        for back in range(1, reach + 1):
            if item.index - back < 0:
                break
            earlier = self.items[item.index - back]
            dated = [d for d in earlier.dates if not d.dateline and d.day]
            if dated:
                return [dated[-1]]
        return []


@cache
def _range_pattern(lex: Lexicon) -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, lex.months), key=len, reverse=True))
    return re.compile(rf"\b\d{{1,2}}\s*(?:-|–|по|до|to|and|та|і|и)\s*\d{{1,2}}\s+"
                      rf"(?:{months})\b", re.IGNORECASE)


def _gapped(body: str, lex: Lexicon) -> bool:
    """"..., а Ереван — двух": a clause that shares the verb of the clause before it."""
    return bool(_CONJUNCTION.match(body)) and not any(
        lex.rx(k).search(body) for k in ("give", "get", "ret", "exchange", "arrive"))


def _first(dates: list[Dated]) -> Dated | None:
    return dates[0] if dates else None
