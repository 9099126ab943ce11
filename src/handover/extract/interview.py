"""Interviews: questions and answers ("Q: ...", "A: ..."), in which the answers are the words
of the person interviewed, whom the introduction names.

In an answer a sentence that names no other voice is the interviewee's, and so are "I" and
"we"; "our" people are the people of the interviewee's side: the side opposed to the one the
answers speak of in the third person ("Russia's defence ministry talks about 246 for 246 ...
31 of our wounded for 15 of theirs": a Ukrainian's answer).

>>> _mark("A: Long.", "en"), _mark("Q: How was it?", "en"), _mark("Aden, 3 May", "en")
('answer', 'question', None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from handover.extract.context import Sentence
from handover.extract.morph import analyzer
from handover.extract.wars import counterpart

__all__ = ["BYLINE", "Interview", "read_interview"]

# "By Gareth Pryce", "Interview by Colm Hartigan", "Автор: ...": who wrote or asked, no voice
BYLINE = re.compile(r"(?:(?:interview|interviewed|text|words|reporting|report)\s+)?by\b|"
                    r"(?:автор|авторка|автори|авторы|текст|розмовляв\w*|беседовал\w*|"
                    r"інтерв['’ʼ]ю|интервью)\b", re.IGNORECASE)

# The marks of a question and of an answer, by language.
_MARKS = {
    "en": (r"Q|Question", r"A|Answer"),
    "uk": (r"П|Питання", r"В|Відповідь"),
    "ru": (r"В|Вопрос", r"О|Ответ"),
}
# (a title before the name is no part of it: "Dr Ilse Vanterpool")
_NAME = re.compile(r"(?<![\w'’])(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?"
                   r"((?-i:[A-ZА-ЯІЇЄҐЁ])[a-zа-яіїєґё'’-]+\s+"
                   r"(?-i:[A-ZА-ЯІЇЄҐЁ])[a-zа-яіїєґё'’-]+)")
_FIRST_PERSON = re.compile(r"(?:^|\s)(?:I|we|я|ми|мы)$", re.IGNORECASE)


@dataclass(frozen=True)
class Interview:
    """The sentences of the answers, the interviewee's name and side (if the text says)."""

    answers: frozenset[int]
    name: str | None
    side: str | None

    lang: str

    def speaker(self, index: int, named: str | None) -> str | None:
        """The voice of a sentence: in an answer the one it names, unless "I" or "we" (or
        the mark "A"), else the interviewee's; the mark of a question is no voice."""
        if named is not None and _mark(f"{named}:", self.lang):
            named = None
        if index not in self.answers:
            return named
        if named is None or _FIRST_PERSON.search(named):
            return self.name
        return named


@cache
def _marks(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    question, answer = _MARKS.get(lang, _MARKS["en"])
    return (re.compile(rf"\W*(?:{question})\s*:", re.IGNORECASE),
            re.compile(rf"\W*(?:{answer})\s*:", re.IGNORECASE))


def _mark(text: str, lang: str) -> str | None:
    question, answer = _marks(lang)
    if answer.match(text):
        return "answer"
    return "question" if question.match(text) else None


def read_interview(items: list[Sentence]) -> Interview | None:
    """The interview a report is, if its paragraphs alternate questions and answers."""
    if len(items) < 3:
        return None
    lang = items[0].lang
    marks = [_mark(item.text, lang) for item in items]
    if "answer" not in marks or "question" not in marks:
        marks = _dashed_turns(items)
    if "answer" not in marks or "question" not in marks:
        marks = _asked_turns(items)
    if "answer" not in marks or "question" not in marks:
        return None
    answers: set[int] = set()
    current = None
    for item, mark in zip(items, marks, strict=True):
        current = mark or current
        if current == "answer":
            answers.add(item.index)
    first = marks.index("question")
    return Interview(frozenset(answers), _interviewee(items[1:first]),
                     _introduced_side(items[:first]) or _side(items, answers), lang)


_DASH = re.compile(r"\s*[—–-]\s")


def _dashed_turns(items: list[Sentence]) -> list[str | None]:
    """The turns of an interview set as paragraphs opened by a dash ("— С чего бы вы
    начали? — С декабря 2022-го."): they alternate, a question first. Only when the first
    dashed turn asks, and at least two do (dashes also open quoted speech in news)."""
    dashed = [i for i, item in enumerate(items) if _DASH.match(item.text)]
    marks: list[str | None] = [None] * len(items)
    # (a question may be a request: "— Расскажите о субботнем обмене.")
    asks = [i for n, i in enumerate(dashed) if n % 2 == 0 and _asks(items, i, dashed)]
    if len(dashed) < 4 or len(asks) < 2 or 2 * len(asks) < (len(dashed) + 1) // 2:
        return marks
    for n, i in enumerate(dashed):
        marks[i] = "question" if n % 2 == 0 else "answer"
    return marks


def _asks(items: list[Sentence], index: int, dashed: list[int]) -> bool:
    """Whether the dashed turn opening at ``index`` holds a question mark."""
    after = [i for i in dashed if i > index]
    end = after[0] if after else len(items)
    return any("?" in item.text for item in items[index:end])


def _asked_turns(items: list[Sentence]) -> list[str | None]:
    """The turns of an interview set as plain paragraphs: a question is a paragraph of
    its own that ends in a question mark, and the paragraphs after it answer it. Only when
    at least three questions stand so, after an introduction."""
    marks: list[str | None] = [None] * len(items)
    questions = [i for i, item in enumerate(items[:-1]) if i > 1 and item.opens_line
                 and item.text.rstrip().endswith("?") and items[i + 1].opens_line]
    if len(questions) < _ASKED or not any(_INTERVIEWED.search(item.text)
                                          for item in items[:questions[0]]):
        return marks  # (an explainer's questions are headings: the report answers them)
    for i in questions:
        marks[i] = "question"
        marks[i + 1] = "answer"
    return marks


_ASKED = 3  # questions standing as paragraphs that make an interview
# an introduction that says someone was interviewed
_INTERVIEWED = re.compile(r"(?<!\w)(?:interview\w*|spoke (?:by phone )?(?:to|with)|"
                          r"talked (?:to|with)|інтерв['’]ю|розмов\w*|поговори\w*|интервью|"
                          r"беседова\w*|рассказал\w* нашему|розповіл\w* нашому)", re.IGNORECASE)


def _interviewee(introduction: list[Sentence]) -> str | None:
    """The first name of a person in the introduction (not a party's, not the byline's)."""
    for item in introduction:
        if BYLINE.match(item.text):
            continue  # (the one who asks, not the one interviewed)
        for at in range(len(item.text)):
            match = _NAME.match(item.text, at)
            if match is None or _role_noun(match.group(1).split()[0], item.lang):
                continue  # ("Историк Глеб Арсеньев": a role before the name, the name next)
            start = item.start + match.start()
            if not any(m.start <= start < m.end for m in item.parties):
                return match.group(1)
    return None


def _role_noun(word: str, lang: str) -> bool:
    """Whether a capitalised Cyrillic word is a common noun or adjective (a role: "Историк",
    "Посол", "Уполномоченная") that the dictionary never reads as a given name or surname."""
    if lang == "en" or not re.match(r"[А-ЯІЇЄҐЁ]", word):
        return False
    parses = analyzer(lang).parse(word.lower())
    # (or a title made of an adjective or participle: "Уполномоченная Анна Петрова")
    return not any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses) and any(
        p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in parses)


def _introduced_side(intro: list[Sentence]) -> str | None:
    """The one side the introduction names ("a former member of Ukraine's exchange working
    group"): the interviewee's."""
    named = {m.party for item in intro for m in item.parties if m.side}
    return named.pop() if len(named) == 1 else None


def _side(items: list[Sentence], answers: set[int]) -> str | None:
    """The side opposed to the one side the answers name (the interviewee's own)."""
    named = {m.party for item in items if item.index in answers
             for m in item.parties if m.side}
    return counterpart(named.pop()) if len(named) == 1 else None
