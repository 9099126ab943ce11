"""The kind of each figure as its sentence and the sentences before it decide: a total, a
plan, a term or a handover done; and what a figure shares with the one before it ("...,
and Armenia two", "1,358 of them", "in return for 2,000").
"""

from __future__ import annotations

import re

from handover.domain.vocabulary import ClaimKind
from handover.extract.bare import spoken_of
from handover.extract.context import Sentence
from handover.extract.fates import has_act
from handover.extract.figures import Figure
from handover.extract.formulaterms import done_swap
from handover.extract.kinds import agreed_plan, finished, formula_kind, kind_of
from handover.extract.parts import OF_THEM, after_of_them
from handover.extract.patterns import Lexicon
from handover.extract.patterns.words import Words
from handover.extract.selection import Selector, is_gapped, names_this
from handover.extract.tenses import done
from handover.extract.timing import not_an_event

__all__ = ["KindReader"]

_IN_RETURN_FOR = re.compile(r"\W*(?:in (?:return|exchange) for|в обмін на|в обмен на|взамен|"
                            r"натомість)\b", re.IGNORECASE)
# ("33 заложников в обмен на почти две тысячи палестинцев": the figure the first is for)
_FOR_FIGURE = re.compile(r"(?<!\w)(?:in (?:return|exchange) for|в обмін на|в обмен на)\s+"
                         r"(?:[\w'’]+\s+)?$", re.IGNORECASE)
# A sentence that answers the one before it, in the same frame of time.
_IN_TURN = re.compile(r"(?<!\w)(?:in turn|for (?:its|their|his|her) part|в свою очередь|"
                      r"со своей стороны|у свою чергу|своєю чергою|зі свого боку)(?!\w)",
                      re.IGNORECASE)
# "that day", "an exchange of 300 in all": a sum of one handover, not a running total
_ONE_EVENT = Words(r"(?:that day|the same day|on the same day|в этот день|"
                   r"в тот же день|того же дня|в тот день|цього дня|того ж дня|в цей день|"
                   r"того дня|this time|в этот раз|на этот раз|цього разу|на цей раз|"
                   r"(?:an|the|this|one) (?:[\w-]+ )?(?:exchange|swap|handover|stage) of|"
                   r"(?:в ходе|в рамках|під час|у межах|в межах) (?:\w+ )?(?:обмена|этапа|"
                   r"обміну|етапу)\b)")
_DAY_APART = re.compile(r"[\d:]")  # another figure or a colon between a figure and its day
_SINCE = re.compile(r"(?<!\w)(?:since|з|із|с|від|от|after|після|после)\s+(?:\w+\s+)?$",
                    re.IGNORECASE)
_ITEM_END = re.compile(r"[,;]|\s(?:and|і|и|та)\s|\d")  # where a listed figure's words end
_WROTE = re.compile(r"(?<!\w)(?:писа\w*|написа\w*|пише\w*|пишут\w*|wrote|writes)\s+"
                    r"(?:\w+\s+)?$", re.IGNORECASE)
_OF = re.compile(r"(?<!\w)(?:of|about|о|об|про)\s+$", re.IGNORECASE)  # spoken of, not "put at"
_CONTEXT = 2  # sentences before a plan in which an agreement makes it a term
_CONJUNCTION = re.compile(r"\W*(?:а|и|і|й|та|and|while|whereas|but|але|но)\s", re.IGNORECASE)
# What follows a side that is to free people of its own: "Armenia will free", "Azerbaijan to
# release", or a figure whose verb is understood ("..., Armenia two")
_OWN_PLAN = re.compile(r"\s*(?:(?:will|would|is to|are to|to|shall)\s+(?:free|release|return|"
                       r"hand over|set free)\b|(?:\d|(?:one|two|three|four|five|six|seven|"
                       r"eight|nine|ten|a hundred|a thousand)\b))", re.IGNORECASE)

_EACH_SIDE_PLAN = Words(r"(?:each side|each party|both sides|каждая сторона|обе стороны|"
                        r"кожна сторона|обидві сторони|обидва боки)\s+(?:will|would|is to|are to|"
                        r"shall|must|is due to|are due to|передаст|передадут|освободит|"
                        r"освободят|должна|должны|обязуется|обязуются|передасть|передадуть|"
                        r"звільнить|звільнять|має|мають|повинна|повинні|зобов'язується|"
                        r"зобов’язується|зобов'язуються|зобов’язуються)")


def _stage_listed(body: str, figure: Figure) -> bool:
    """"за три дні, з 23 по 25 травня: 390, 307 і 303 особи": figures listed bare after a
    colon, sharing one noun, are one stage each, not the span's total."""
    colon = body.rfind(":", 0, figure.start)
    if colon < 0 or not _BARE_LIST_BEFORE.fullmatch(body, colon + 1, figure.start):
        return False
    figures_before = any(c.isdigit() for c in body[colon:figure.start])
    return figures_before or _BARE_LIST_NEXT.match(body, figure.end) is not None


# the figures of a list before one ("390, 307 і "), and the next after it (", 307", " і 303")
_BARE_LIST_BEFORE = re.compile(r"\s*(?:\d[\d\s\u00a0]*?(?:\s*,\s*|\s+(?:і|и|й|та|and)\s+))*")
_BARE_LIST_NEXT = re.compile(r"\s*,\s*\d|\s+(?:і|и|й|та|and)\s+\d")


class KindReader:
    """Reads kinds, remembering the kind of each sentence's last claim."""

    def __init__(self, lex: Lexicon, items: list[Sentence], selector: Selector) -> None:
        self.lex = lex
        self.items = items
        self.selector = selector
        self.kinds: dict[int, ClaimKind] = {}  # the kind of each sentence's last claim

    def of(self, item: Sentence, clause: tuple[int, int], figure: Figure,
              body: str) -> ClaimKind:
        """The kind of ``figure`` of ``clause`` (whose text is ``body``) of ``item``."""
        if figure.negative:
            return ClaimKind.COMPLETED
        if figure.dated:  # "загалом ... 1000: у п'ятницю — 390": that day's handover
            kind = kind_of(body, figure.start, self.lex, one_day=True)
            return ClaimKind.COMPLETED if kind == ClaimKind.CUMULATIVE else kind
        if figure.formula and (figure.count is None or figure.hyphenated and not (
                done_swap(body, figure) or finished(item.text))):
            # "all for all" is always a term; so is "the 1,000-for-1,000 exchange" named by
            # it (not "the UAE brokered a 146-for-146 swap": one done; nor "the last stage of
            # the thousand-for-thousand swap completed": all of it done)
            return ClaimKind.AGREED
        if figure.formula:  # judged on the whole sentence: "провели этап — 250 на 250"
            return formula_kind(item.text, clause[0] - item.start + figure.start, self.lex,
                                agreement=self.selector.agreed_formula(item, figure))
        earlier = self.kinds.get(item.index)
        at = clause[0] + figure.start
        named = any(m.role == "subject" and 0 <= at - m.end <= 4 for m in item.parties)
        # "In all, 2,150 since 3 July: 950 on 3 July, and 600 on 10 July": that day's, done
        own_day = self._own_day_after_colon(item, clause, figure, body)
        if earlier is not None and (named or is_gapped(body, self.lex)
                                    or OF_THEM.match(body, figure.end)
                                    or after_of_them(body, figure.start)
                                    or self.lex.rx("each").match(body, figure.end)):
            if earlier == ClaimKind.CUMULATIVE and own_day:
                return ClaimKind.COMPLETED
            return earlier  # "..., and Armenia two", "1,358 of them": as the figure before
        kind = kind_of(body, figure.start, self.lex,
                       one_day=self._one_day(item, clause, figure, body))
        if kind == ClaimKind.COMPLETED and self._framed_total(item, clause):
            kind = ClaimKind.CUMULATIVE
        if kind == ClaimKind.CUMULATIVE and (own_day or _stage_listed(body, figure)
                                             or self._days_each(item, clause, figure, body)):
            return ClaimKind.COMPLETED
        if names_this(body[:figure.start]) and not has_act(item.text, self.lex):
            kind = self._as_before(item) or kind  # "это не менее тысячи пленных": that act
        before = body[:figure.start]
        if (_OF.search(before) and spoken_of(before, self.lex) and not _WROTE.search(before)
                and not has_act(item.text, self.lex)):
            # "говорили про близько 900": what was expected (not "росіяни писали про 150":
            # what a side reported)
            kind = ClaimKind.ANNOUNCED
        # (a sentence that opens with "А ..." goes on from no figure of its own)
        if kind == ClaimKind.COMPLETED and earlier is not None and not own_day and (
                _CONJUNCTION.match(body) and clause[0] > item.start or figure.refers
                or _IN_RETURN_FOR.match(body)
                or _FOR_FIGURE.search(body, max(0, figure.start - 40), figure.start)):
            # "..., а получила только 207", "later lists came to 1,900", "..., in return for
            # nearly 2,000 prisoners": the other half of the figure before, of its kind
            return earlier
        return self._in_context(item, figure, kind, at)

    def _in_context(self, item: Sentence, figure: Figure, kind: ClaimKind,
                    at: int) -> ClaimKind:
        """A kind as the sentences before make it: an answer to the one before, or a plan
        or a figure spoken of after an agreement (a term)."""
        before = self.kinds.get(item.index - 1)
        # "Умєров підтвердив, що йдеться про понад 1200 людей": no act, what was spoken of
        topical = kind == ClaimKind.COMPLETED and figure.refers and not has_act(item.text,
                                                                                 self.lex)
        if kind == ClaimKind.COMPLETED and before is not None and (
                _IN_TURN.search(item.text) or topical):
            return before  # "Израиль, в свою очередь, освободил почти 2000": as the one before
        if kind == ClaimKind.ANNOUNCED and self._each_side_plans(item):
            return ClaimKind.AGREED  # "X will release 32 and Y will free two": terms of both
        if (kind == ClaimKind.ANNOUNCED or topical) and agreed_plan(
                item.text, at - item.start, self.lex,
                [s.text for s in self.items[max(0, item.index - _CONTEXT):item.index]],
                self._after_term(item)):
            return ClaimKind.AGREED
        return kind

    def _each_side_plans(self, item: Sentence) -> bool:
        """Whether two different sides of one sentence each are to free people ("Azerbaijan
        will release 32 ... and Armenia will free two", "Azerbaijan to free 32, Armenia
        two"): plans that bind both sides at once are what they agreed, not one side's offer."""
        planners = {m.party for m in item.parties
                    if m.role == "subject" and _OWN_PLAN.match(item.text, m.end - item.start)}
        # ("an exchange in which each side is to hand over a thousand", "каждая сторона
        # передаст по 500"): both at once, in two words
        return len(planners) >= 2 or bool(_EACH_SIDE_PLAN.search(item.text))

    def _one_day(self, item: Sentence, clause: tuple[int, int], figure: Figure,
                 body: str) -> bool:
        """Whether the clause dates the figure to one day ("in total on Friday", "в этот
        день", "an exchange of 300 in all"); not the days of a list after a colon that
        follows the figure ("1000 людей: у п'ятницю — 390, у суботу — 307")."""
        colon = body.find(":", figure.end)
        limit = clause[0] + colon if colon >= 0 else clause[1]
        dated = any(d.day is not None and not d.statement and not d.dateline
                    and clause[0] <= d.mention.start < limit and not not_an_event(item, d)
                    for d in item.dates)
        return dated or bool(_ONE_EVENT.search(body))

    def _days_each(self, item: Sentence, clause: tuple[int, int], figure: Figure,
                   body: str) -> bool:
        """"in three stages, with 390 released each way on 23 May, 307 on 24 May and 303 on
        25 May": figures of a clause of several days, each with its day after it before the
        next figure, are each that day's handover."""
        days = sorted(d.mention.start - clause[0] for d in item.dates if d.day is not None
                      and not d.statement and clause[0] <= d.mention.start < clause[1])
        figures = [f for c, f in self.selector.sentence_out if c == clause and not f.second]
        if len(days) < 2 or len(figures) < 2:
            return False  # (not "2,412 bodies had been returned on June 11 and June 13")
        after = next((day for day in days if day >= figure.end), None)
        # (nor a total before its days' colon, nor one "since" a day)
        return after is not None and not _DAY_APART.search(body, figure.end, after) and not (
            _SINCE.search(body, max(0, after - 12), after))

    def _own_day_after_colon(self, item: Sentence, clause: tuple[int, int], figure: Figure,
                             body: str) -> bool:
        """"over three days: 390 went each way on Friday 23 May, 307 on the Saturday": a
        total before a colon frames the list after it, whose figures each have a day of
        their own."""
        # (the colon may open an earlier clause: "...: 950 on 3 July, and 600 on 10 July")
        at = clause[0] - item.start + figure.start
        colon = item.text.rfind(":", 0, at)
        if colon < 0 or self.lex.rx("cumulative").search(item.text, colon, at):
            return False
        days = {d.mention.start - clause[0] for d in item.dates}
        # (the item ends at the next figure, not at its own day's: "1,212 on 11 June")
        end = next((m.start() for m in _ITEM_END.finditer(body, figure.end)
                    if m.start() not in days), len(body))
        return any(d.day is not None and not d.statement
                   and clause[0] + figure.end <= d.mention.start < clause[0] + end
                   for d in item.dates)

    def _as_before(self, item: Sentence) -> ClaimKind | None:
        """The kind of the act the sentence before names: a term under an agreement, else a
        plan (or None when it names neither)."""
        if item.index < 1:
            return None
        before = self.items[item.index - 1].text
        if self.lex.rx("agreement").search(before):
            return ClaimKind.AGREED
        return ClaimKind.ANNOUNCED if self.lex.rx("future").search(before) else None

    def _framed_total(self, item: Sentence, clause: tuple[int, int]) -> bool:
        """"Всего с начала года, по подсчётам редакции, Украина получила около 3 300 тел": a
        total word that opens the sentence frames the clauses after it, when what stands
        between holds no figure and no act of its own."""
        opening = item.text[:clause[0] - item.start]
        if not opening.strip():
            return False
        if done(opening, self.lex):  # (a noun of exchanges is no act: "в перечисленных обменах")
            return False
        # ("Between 11 and 16 June, in five stages, Ukraine received ...": phrases in a row)
        phrases = [phrase.strip(" \"“«(*_") for phrase in opening.split(",")]
        for phrase in phrases:
            found = self.lex.rx("cumulative").match(phrase)
            if found is not None and not re.search(r"\d", phrase[found.end():]):
                return True
            if re.search(r"\d", phrase) and not self.lex.rx("cumulative").search(phrase):
                return False
        return False

    def _after_term(self, item: Sentence) -> bool:
        """Whether the last claim, in this sentence or one of the two before, was a term."""
        for index in range(item.index, item.index - _CONTEXT - 1, -1):
            if index in self.kinds:
                return self.kinds[index] == ClaimKind.AGREED
        return False
