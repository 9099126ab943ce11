"""Which figures of a sentence are claims: a count of people with an act of handing over in
its clause or sentence, not a casualty count, not people taken, not a restated term.

>>> from handover.extract.patterns import lexicon
>>> from handover.extract.context import read_document
>>> from handover.domain import PartyRegistry
>>> report = read_document("Russia returned 27 bodies.", lexicon("en"),
...                        PartyRegistry.builtin(), None, None)
>>> text = "Russia returned 27 bodies."
>>> [f.count for _, f in Selector(lexicon("en")).figures(text, report.sentences[0])]
[27]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from handover.domain.vocabulary import Category
from handover.extract.actcues import HEADLINE_WORDS, after_cry_of_home, hands_over, names_act
from handover.extract.bare import spoken_of, spoken_of_in_gap
from handover.extract.context import Sentence
from handover.extract.fates import another_fate, has_act
from handover.extract.figures import Figure, find_figures
from handover.extract.filters import cited_title, no_claim, retracts
from handover.extract.formulaterms import of_a_month, stated_alone
from handover.extract.kinds import finished, named_during, names_exchange
from handover.extract.listleads import colon_category, lead_category, opens_with_day
from handover.extract.parts import Breakdown, adds_up, among_those, leads_parts
from handover.extract.partsbefore import wholes_first
from handover.extract.patterns import Lexicon
from handover.extract.samenumber import SAME_NUMBER, Counted, same_number
from handover.extract.splits import unsplit
from handover.extract.wordnum import has_number_word

__all__ = ["CARRY_SENTENCES", "Selector", "is_gapped", "names_this"]

Clause = tuple[int, int]

CARRY_SENTENCES = 2  # how far back the date of talks still dates an agreed term
_AHEAD = 3  # how far a headline's figure may be restated with its noun
_DIGIT = re.compile(r"\d")
_THIS = re.compile(r"(?<!\w)(?:это|це|this is|that is|it is|these are)\s", re.IGNORECASE)
# "it" of the act before, carried out: "Його виконали за три дні", "It was completed in"
_CARRIED_OUT = re.compile(r"\W*(?:(?:його|її|їх|его|её|их)\s+(?:викона|провел|провели|"
                          r"здійсни|заверши|выполни|осуществи|завершил)\w*|"
                          r"(?:it|this)\s+was\s+(?:carried out|completed|conducted|"
                          r"implemented))(?!\w)", re.IGNORECASE)
_QUESTION = re.compile(r"\?[\s»”\"'’)]*$")
_CONJUNCTION = re.compile(r"\W*(?:а|и|і|й|та|and|while|whereas|but|але|но|then|потім|затем|"
                          r"потом)\s", re.IGNORECASE)
_INCLUDING = re.compile(r"(?<!\w)(?:including|among them|among whom|в том числе|среди них|"
                        r"среди которых|у тому числі|в тому числі|серед них|серед яких|зокрема)"
                        r"\W*(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)
# "the three men", "these 12 prisoners", "ці 12 полонених": people counted before
_DEFINITE = re.compile(r"(?<![\w'’])(?:the|these|those|ці|цих|эти|этих|серед|среди|among)\s+$",
                       re.IGNORECASE)

def is_gapped(body: str, lex: Lexicon) -> bool:
    """"..., а Ереван — двух": a clause that shares the verb of the clause before it (not
    one with a verb of its own, of an act or of speech: "..., а Київ повідомив про ..."); a
    trailing attribution after a comma ("..., говорится в заявлении") is not its verb."""
    if not _CONJUNCTION.match(body):
        return False
    speech = lex.rx("speech")
    for match in speech.finditer(body):
        if body[:match.start()].rstrip().endswith(","):
            body = body[:match.start()]
            break
    return not lex.rx("verbs").search(body) and not speech.search(body)


def names_this(text: str) -> bool:
    """Whether "this", "это", "це" stands as a subject in ``text`` ("это не менее тысячи"):
    it points back to the act of the sentence before."""
    return bool(_THIS.search(text))


class Selector:
    """Finds the claim figures of each sentence, remembering what the last ones counted
    and which formulas were stated (a term restated soon after is not a new claim)."""

    def __init__(self, lex: Lexicon, items: list[Sentence] | None = None) -> None:
        self.lex = lex
        self.items = items
        self.formula_counts: dict[int, int] = {}
        self.last_category: Category | None = None
        self.last_sentence = -2  # the index of the last sentence with claims
        self.last_count: int | None = None  # and the count of its last figure
        self.last_figure: Figure | None = None  # the last figure kept
        self.last_figures: list[Figure] = []  # the figures of the last sentence with any
        self.mixed_wholes: set[tuple[int, int | None]] = set()  # (sentence, count) of several
        self.spoken = False  # whether the last formula was what a voice spoke of
        self.counted: set[int] = set()  # the counts of the figures kept so far
        self.clause: Clause = (0, 0)  # the clause being read
        self.retracted: tuple[Clause, Figure] | None = None  # a figure a correction retracts
        self.sentence_out: list[tuple[Clause, Figure]] = []  # the sentence's figures so far
        self.picking = -1  # the sentence that picks people out of those counted ("серед ...")

    def figures(self, text: str, item: Sentence) -> list[tuple[Clause, Figure]]:
        """The claim figures of a sentence, each with its clause (document offsets)."""
        out: list[tuple[Clause, Figure]] = []
        if not self._may_count(item.text) or _QUESTION.search(item.text) or cited_title(
                text, item):
            return out  # a question asserts no handover ("Возможен ли обмен «всех на всех»?")
        self.retracted = None
        counted = self.counted | set(self.formula_counts)
        self.sentence_out = out
        # ("14 June. A further 1,200.": a line a day alone opens gives that day's handover)
        headed = self._day_headed(text, item)
        for clause in item.clauses:
            previous = out[-1][1] if out else None
            out.extend(self._corrected(clause, f)
                       for f in self._clause_figures(text, item, clause, previous, headed))
        out = unsplit(text, out, counted, item, self.lex)
        if out:
            self.last_figures = [f for _, f in out]
            self.last_figure = out[-1][1]
            self.last_category = out[-1][1].category
            self.last_count = out[-1][1].count
            self.last_sentence = item.index
        return out

    def _clause_figures(self, text: str, item: Sentence, clause: Clause,
                        before: Figure | None, headed: bool) -> list[Figure]:
        body = text[clause[0]:clause[1]]
        lex = self.lex
        self.clause = clause
        dates = [(m.start + item.start - clause[0], m.end + item.start - clause[0])
                 for m in item.mentions]
        dashed = before is not None and _DASH_BEFORE.search(text, max(0, clause[0] - 3),
                                                             clause[0]) is not None
        found = wholes_first(body, find_figures(
            body, lex, [*dates, *self._ranges(body)], is_gapped(body, lex),
            headline=item.index == 0, headed=headed,
            parts_of=before.category if dashed and before else None), lex)
        group = self._opening(body, item, found, before)
        acts = (group.virtual or headed or names_act(body, item, lex)
                or self._this(body, item) or after_cry_of_home(self.items, item))
        previous = before.category if before else None
        kept: list[Figure] = []
        seen: list[int] = []  # the counts so far: a figure that sums them is no part
        for figure in found:
            figure = self._filled(figure, previous, text, item)
            total = len(seen) >= 2 and figure.count == sum(seen)
            if figure.count is not None and not figure.second:
                seen.append(figure.count)
            if not total and group.takes(body, figure, lex, dates) or (
                    group.whole is None and self._detail(body, figure)):
                continue
            kept.extend(self._closed(group, body, item))
            group = Breakdown(figure, self._keep(body, figure, acts, item))
            if group.kept:
                previous = figure.category
            elif group.whole is not None and self._detail(body, figure):
                group = Breakdown()  # a detail of a number that is no claim
        kept.extend(self._closed(group, body, item))
        count = before.count if before else self.last_count
        same = self._same_number(body, kept, previous, count if not kept else kept[-1].count,
                                 acts, before)
        return sorted([*kept, *same], key=lambda f: f.start) if same else kept

    def _corrected(self, clause: Clause, figure: Figure) -> tuple[Clause, Figure]:
        """"В первоначальной версии говорилось, что вернулись 140 военных; правильная цифра —
        150": the right figure stands in the place of the one it corrects."""
        wrong = self.retracted
        if wrong is None or not (figure.bare and figure.refers) or wrong[0] == clause:
            return clause, figure
        self.retracted = None
        return wrong[0], replace(wrong[1], count=figure.count, qualifier=figure.qualifier)

    def _filled(self, figure: Figure, previous: Category | None, text: str,
                item: Sentence) -> Figure:
        """A figure with no noun counts what the figure before it counted (a formula, by
        default, prisoners)."""
        if figure.category is not None:
            return figure
        default = Category.POW if figure.formula else (
            colon_category(item, self.lex)
            or (lead_category(self.items, item, self.lex) if self.items else None)
        ) or self.last_category
        return replace(figure, category=previous or default
                       or self._ahead(text, item, figure.count))

    def _opening(self, body: str, item: Sentence, found: list[Figure],
                 before: Figure | None) -> Breakdown:
        """"По словам Зеленского, среди них 213 солдат ...": a first clause that opens with
        "among them" lists parts of the figure the sentence before ended with; one that opens
        with "among those freed" ("Серед звільнених 70 оборонців") parts of the last figure;
        "це", "these are" with figures that add up to it ("це 213 рядових, 11 офіцерів та
        шестеро цивільних") its parts too."""
        last = self.last_figure
        if not found or (before or last) is None:
            return Breakdown()
        if self.picking == item.index or among_those(body[:found[0].start], self.lex.lang):
            # (also a clause after the figure it picks from: "обмін 144 на 144; серед
            # звільнених — 95 захисників «Азовсталі»")
            self.picking = item.index  # (its later clauses go on with the list)
            return Breakdown(before or last, True, virtual=True, picked=True)
        if before is not None or last is None:
            return Breakdown()
        opening = body[:found[0].start]
        if self.last_sentence == item.index - 1 and (leads_parts(opening) or adds_up(
                opening, found, last)):
            return Breakdown(last, True, virtual=True)
        return Breakdown()

    def _closed(self, group: Breakdown, body: str, item: Sentence) -> list[Figure]:
        claims, several = group.close(body, self.lex)
        if several and group.virtual and group.whole is not None:
            self.mixed_wholes.add((self.last_sentence, group.whole.count))
        return claims

    def _detail(self, body: str, figure: Figure) -> bool:
        """"20 родин, серед них 37 дітей": a part of a number that counts no people."""
        before = body[:figure.start]
        return bool(_INCLUDING.search(before[-40:])) and (
            bool(_DIGIT.search(before)) or has_number_word(before, self.lex.lang))

    def _same_number(self, body: str, kept: list[Figure], category: Category | None,
                     count: int | None, acts: bool, earlier: Figure | None) -> list[Figure]:
        """"Russia received the same number", "а Росія отримала стільки ж": see
        samenumber.py; only where the clause or sentence has an act."""
        if not acts or SAME_NUMBER.search(body) is None:
            return []
        return same_number(body, self.lex, Counted(
            kept, earlier, [f for _, f in self.sentence_out], self.last_figures, count,
            category or self.last_category))

    def _ahead(self, text: str, item: Sentence, count: int | None) -> Category | None:
        """"Twelve hundred more: second repatriation reaches Ukraine": a headline figure
        with no noun counts what the same figure counts in the sentences that follow."""
        if count is None or self.items is None:
            return None
        for following in self.items[item.index + 1:item.index + 1 + _AHEAD]:
            for clause in following.clauses:
                for figure in find_figures(text[clause[0]:clause[1]], self.lex):
                    if figure.count == count and figure.category is not None:
                        return figure.category
        return None

    def agreed_formula(self, item: Sentence, figure: Figure) -> bool:
        """A formula that is a term agreed ("all for all" always is), not a past swap."""
        if figure.count is None:
            return True
        lex = self.lex
        if lex.rx("agreement").search(item.text) or lex.rx("future").search(item.text):
            return True
        # "What was agreed the first time? One concrete thing: a swap of a thousand for a
        # thousand.": the answer to a question about an agreement is its term
        asked = self.items[item.index - 1].text if self.items and item.index > 0 else ""
        return bool(_QUESTION.search(asked) and lex.rx("agreement").search(asked))

    def _refers(self, item: Sentence, acts: bool, dated: bool = False) -> bool:
        """A figure with neither noun nor act ("ту саму цифру: 1212", "later lists came to
        1,900", "..., а Ереван — двух") counts people when its sentence names an act or the
        sentence before had claims (or one of the two before, for a day's figure of a list:
        "... повернули тисячу людей. Розкажу по днях. У суботу — триста сім")."""
        if acts or self.last_sentence >= item.index - (2 if dated else 1):
            return True
        previous = self.items[item.index - 1] if self.items and item.index > 0 else None
        return previous is not None and bool(  # "Стороны договорились об обмене. Речь идёт о
            self.lex.rx("agreement").search(previous.text))  # 300 военных": the deal's

    def _day_headed(self, text: str, item: Sentence) -> bool:
        """Whether the sentence follows a day alone at the start of its line, as the
        entries of a timeline do ("**14 June.** A further 1,200.")."""
        if opens_with_day(item):
            return True  # "- 30 January: eight hostages; 110 prisoners."
        if item.index < 1 or not self.items:
            return False
        day = self.items[item.index - 1]
        if day.start > 0 and text[day.start - 1] != "\n" or "\n" in text[day.end:item.start]:
            return False
        rest = day.text
        for mention in reversed(day.mentions):
            rest = rest[:mention.start] + rest[mention.end:]
        return bool(day.mentions) and not re.search(r"[^\W_]", rest)

    def _this(self, body: str, item: Sentence) -> bool:
        """"Обменяем молодых солдат. Всего это не менее тысячи пленных": a clause whose
        subject is "this", or a sentence that opens with "it was carried out" ("Його
        виконали за три дні: 390, 307 і 303"), after a sentence that names an act, counts
        that act's people."""
        if not (names_this(body) or _CARRIED_OUT.match(item.text)) or not self.items or (
                item.index < 1):
            return False
        return has_act(self.items[item.index - 1].text, self.lex)

    def _may_count(self, sentence: str) -> bool:
        """A cheap test before the full search: digits, number words or a word of none."""
        if _DIGIT.search(sentence):
            return True
        lex = self.lex
        return (has_number_word(sentence, lex.lang) or bool(lex.rx("negatives").search(sentence))
                or bool(lex.rx("all_for_all").search(sentence))
                or bool(SAME_NUMBER.search(sentence)))

    def _ranges(self, body: str) -> list[tuple[int, int]]:
        """"з 11 по 16 червня", "June 11 to 16": the first day of a range is a date too."""
        return [(m.start(), m.end()) for m in _range_pattern(self.lex).finditer(body)]

    def _keep(self, body: str, figure: Figure, acts: bool, item: Sentence) -> bool:
        lex = self.lex
        if figure.count is not None and figure.count > _LARGEST:
            return False  # "more than 21 million people need aid": no exchange is that large
        if _PART_OF.match(body, figure.end) or (
                _OF_TOTAL.search(body, 0, figure.start) and figure.count in self.counted):
            return False  # "273 із 307 звільнених ...": a part of a total counted before
        if figure.count == 1 and _ONE_OF.match(body, figure.end):
            return False  # "Мати одного зі звільнених": a person the story is about
        if figure.category is None or no_claim(body, figure, item.text, lex):
            if figure.category is not None and retracts(body, figure, item.text, lex):
                self.retracted = (self.clause, figure)
            return False
        if figure.bare and not (has_act(body, lex) or figure.negative and acts
                                or figure.refers and self._refers(item, acts, figure.dated)):
            return False
        if figure.bare and figure.negative and body[figure.start:figure.end].lower() == "no":
            return False
        if figure.formula:
            return self._formula(body, figure, acts, item)
        referred = figure.refers and self._refers(item, acts, figure.dated)
        # (also "..., а наш президент — про 189": the voice's verb of the clause before)
        if not (acts or referred or spoken_of(body[:figure.start], lex) or is_gapped(
                body, lex) and spoken_of_in_gap(
                    body, figure.start, item.text[:self.clause[0] - item.start], lex)) and not (
                figure.negative and _LABEL_VALUE.search(body, 0, figure.start)):
            # ("spoke of 6,000 remains"; a zero with no act only as a label's value, "To
            # Russia: none", not "None of them were prisoners of war")
            return False
        if another_fate(body, figure, self.clause[0] > item.start, lex):
            return False
        return self._new(body, figure, item)

    def _formula(self, body: str, figure: Figure, acts: bool, item: Sentence) -> bool:
        if figure.count is None and self.lex.rx("unilateral").search(body, 0, figure.start):
            return False  # "Україна готова й до обміну «всіх на всіх»": an offer, no term
        if (item.is_heading(HEADLINE_WORDS) and _IN_QUOTES.search(body, 0, figure.start)
                and not acts and not self.lex.rx("agreement").search(item.text)):
            return False  # "Стамбул и «тысяча на тысячу»": a title naming an exchange
        if not self.agreed_formula(item, figure):
            # "the thousand-for-thousand exchange took place", "первый этап обмена «1000 на
            # 1000»": a reference, not a term, unless the whole swap is finished
            named = names_exchange(body[:figure.start])
            if not figure.second:  # "talks about 246 for 246, and then ...: 31 for 15"
                self.spoken = spoken_of(body[:figure.start], self.lex) or (
                    self.spoken and is_gapped(body, self.lex))
            # (a dated row of a table of exchanges: "| 31.01.2024 | 195 на 195 | ... |"; a
            # swap of a month: "146 for 146 in August", "В августе были ещё 84 на 84")
            dated = item.row and any(d.day for d in item.dates) or of_a_month(body, self.lex)
            alone = stated_alone(item, self.lex)
            return named_during(body[:figure.start]) or figure.hyphenated or (
                acts or self.spoken or dated or alone) and (not named or finished(item.text))
        if figure.count is not None and not figure.second:
            self.formula_counts[figure.count] = item.index
        return True

    def _new(self, body: str, figure: Figure, item: Sentence) -> bool:
        """Not people counted before and named again, nor a term restated."""
        lex = self.lex
        if (_DEFINITE.search(body[:figure.start]) and figure.count in self.counted
                and not item.dates and not hands_over(body, lex)):
            return False  # "The three men ... were later reunited with relatives", "Серед 103
            # звільнених двоє земляків": those freed, named again
        restated = self.formula_counts.get(figure.count or -1)
        # (a side's own undertaking, "unilaterally", is no restated two-way term; nor is the
        # body's statement of a headline's term, or a voice of its own confirming it)
        keep = not (restated is not None and restated > 0 and item.attribution is None
                    and item.index - restated <= CARRY_SENTENCES
                    and lex.rx("agreement").search(item.text)
                    and not _ALONE.search(item.text))
        if keep and figure.count is not None:
            self.counted.add(figure.count)
        return keep


_DASH_BEFORE = re.compile(r"[—–]\s*$")
_IN_QUOTES = re.compile(r"[«\"“][^«»\"“”]{0,20}$")  # a formula that opens a quotation
_LABEL_VALUE = re.compile(r"[:—–|]\s*$")
_PART_OF = re.compile(r"\s+(?:із|з|из|of|out of)\s+(?:the\s+)?\d|"
                      # "Three Sosnivka men among 205 Ukrainians", "Двоє земляків серед 103"
                      r"(?:\s+[^\W\d]+){1,3}\s+(?:among|серед|среди)\s+(?:the\s+)?\d",
                      re.IGNORECASE)
_ONE_OF = re.compile(r"\s+(?:із|зі|з|из|of)\s+(?:the\s+|those\s+|тих\s+|тех\s+)?[^\W\d]",
                     re.IGNORECASE)
_OF_TOTAL = re.compile(r"\d\s+(?:із|з|из|of|out of)\s+(?:the\s+)?$", re.IGNORECASE)
# more people than any exchange of a war has moved, over all its stages
_LARGEST = 100_000
_ALONE = re.compile(r"(?<!\w)(?:unilateral\w*|в одностороннем порядке|в односторонньому "
                    r"порядку|одностороннь\w*|односторонн\w*)", re.IGNORECASE)


@cache
def _range_pattern(lex: Lexicon) -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, lex.months), key=len, reverse=True))
    return re.compile(rf"\b\d{{1,2}}\s*(?:-|–|по|до|to|and|та|і|и)\s*\d{{1,2}}\s+"
                      rf"(?:{months})\b", re.IGNORECASE)
