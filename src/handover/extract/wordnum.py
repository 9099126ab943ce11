"""Numbers written in words: English, and Ukrainian and Russian in any case.

English goes to number-parser, with our own reading for what it declines ("a thousand",
"a dozen"); Ukrainian and Russian words are brought to their dictionary form by pymorphy3
("шістьох" -> "шість", "двухсот" -> "двести") and read from the tables below.

>>> words_value(["twelve", "hundred"], "en")
1200
>>> words_value(["тисяча", "двісті", "дванадцять"], "uk")
1212
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from handover.extract.morph import analyzer
from handover.extract.patterns.forms import trie
from handover.extract.patterns.words import Words

__all__ = ["has_number_word", "is_number_word", "number_words", "words_value"]

_EN_UNITS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_EN_TENS = {
    w: (i + 2) * 10
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_EN_WORDS = {**_EN_UNITS, **_EN_TENS, "dozen": 12}

_SLAVIC: dict[str, int] = {}
for _forms, _value in (
    ("один одна одне одно", 1),
    ("два дві две", 2),
    ("три", 3),
    ("чотири четыре", 4),
    ("п'ять пять", 5),
    ("шість шесть", 6),
    ("сім семь", 7),
    ("вісім восемь", 8),
    ("дев'ять девять", 9),
    ("десять", 10),
    ("одинадцять одиннадцать", 11),
    ("дванадцять двенадцать", 12),
    ("тринадцять тринадцать", 13),
    ("чотирнадцять четырнадцать", 14),
    ("п'ятнадцять пятнадцать", 15),
    ("шістнадцять шестнадцать", 16),
    ("сімнадцять семнадцать", 17),
    ("вісімнадцять восемнадцать", 18),
    ("дев'ятнадцять девятнадцать", 19),
    ("двадцять двадцать", 20),
    ("тридцять тридцать", 30),
    ("сорок", 40),
    ("п'ятдесят пятьдесят", 50),
    ("шістдесят шестьдесят", 60),
    ("сімдесят семьдесят", 70),
    ("вісімдесят восемьдесят", 80),
    ("дев'яносто девяносто", 90),
    ("сто", 100),
    ("двісті двести", 200),
    ("триста", 300),
    ("чотириста четыреста", 400),
    ("п'ятсот пятьсот", 500),
    ("шістсот шестьсот", 600),
    ("сімсот семьсот", 700),
    ("вісімсот восемьсот", 800),
    ("дев'ятсот девятьсот", 900),
    ("двоє двое", 2),
    ("троє трое", 3),
    ("четверо", 4),
    ("п'ятеро пятеро", 5),
    ("шестеро", 6),
    ("семеро", 7),
    ("восьмеро", 8),
    ("дев'ятеро девятеро", 9),
    ("десятеро", 10),
    ("дюжина", 12),
):
    for _form in _forms.split():
        _SLAVIC[_form] = _value
_SLAVIC_SCALES = {"тисяча": 1000, "тысяча": 1000, "мільйон": 1_000_000, "миллион": 1_000_000,
                  "сотня": 100}
# "півтори тисячі", "полторы сотни": one and a half of the scale that follows.
_HALF_MORE = frozenset(("півтора", "півтори", "полтора", "полторы", "полутора"))
# Forms pymorphy3 reads as other words ("сорока" as a magpie, "п'ятьох" as an adverb).
_SLAVIC_EXTRA = {
    "сорока": 40,
    "п'ятьох": 5,
    "дев'яти": 9,
    "дев'ятьох": 9,
    "тисяч": 1000,
    "тысяч": 1000,
    "тис": 1000,
    "тыс": 1000,
    # "один" is an adjective to pymorphy3: its cases, written out
    **dict.fromkeys(("одного", "одному", "одним", "одном", "одной", "одну", "одна", "одно",
                     "одній", "однієї", "одне", "одною"), 1),
}
_CONNECTORS = frozenset(("and", "a", "an", "і", "й", "и"))
# Collective numerals beyond ten ("одинадцятеро", "двадцятеро"): the cardinal's stem + "еро".
_COLLECTIVE_BASES = (11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30)


def _norm(word: str) -> str:
    return word.lower().replace("’", "'").replace("ʼ", "'").replace("ё", "е").rstrip(".")


# Where a Russian numeral may be written with "ё" ("трёх", "четырёх"): the "е" after "р"
_YO = re.compile(r"(?<=[тр])е(?=[хмx])")


@cache
def _slavic_forms(lang: str) -> dict[str, tuple[int, bool]]:
    """Every form of every Ukrainian or Russian numeral (value, and whether it is a scale),
    from the paradigms pymorphy3 gives the dictionary forms of the tables above."""
    morph = analyzer(lang)
    lemmas = [(w, v, False) for w, v in _SLAVIC.items()]
    lemmas += [(w, v, True) for w, v in _SLAVIC_SCALES.items()]
    lemmas += [(w[:-1] + "еро", v, False) for w, v in _SLAVIC.items()
               if v in _COLLECTIVE_BASES and w.endswith("ь")]
    table: dict[str, tuple[int, bool]] = {}
    for lemma, value, scale in lemmas:
        table.setdefault(_norm(lemma), (value, scale))
        for parse in morph.parse(lemma):
            numeral = parse.tag.POS == "NUMR" or (scale and parse.tag.POS == "NOUN")
            if numeral and _norm(parse.normal_form) == _norm(lemma):
                for form in parse.lexeme:
                    table.setdefault(_norm(form.word), (value, scale))
    table.update({w: (v, v >= 1000) for w, v in _SLAVIC_EXTRA.items()})
    return table


@cache
def number_words(lang: str, connectors: bool = False) -> Words:
    """A pattern of every number word of ``lang`` (every case of the Ukrainian and Russian
    ones, "ё" as written or as "е"); with ``connectors``, also the words that join them
    ("and", "a", "і")."""
    if lang == "en":
        forms = {*_EN_WORDS, *_EN_SCALES}
    else:
        forms = {*_slavic_forms(lang), *_HALF_MORE}
        forms |= {_YO.sub("ё", f) for f in forms if "е" in f} if lang == "ru" else set()
    if connectors:
        forms |= _CONNECTORS
    return Words(trie(forms))


def has_number_word(text: str, lang: str) -> bool:
    """Whether ``text`` has a word that may be a number word."""
    return number_words(lang).search(text) is not None


def is_number_word(word: str, lang: str) -> bool:
    """Whether ``word`` is (a form of) a number word of ``lang``."""
    return _word_value(_norm(word), lang) is not None


def _word_value(word: str, lang: str) -> tuple[int, bool] | None:
    """The value of one word and whether it is a scale (hundred, thousand, million)."""
    if lang == "en":
        if word in _EN_SCALES:
            return _EN_SCALES[word], True
        value = _EN_WORDS.get(word)
        return (value, False) if value is not None else None
    if word in _HALF_MORE:
        return -1, False  # marks "one and a half": composed with the next scale
    return _slavic_forms(lang).get(word)


def words_value(words: Sequence[str], lang: str) -> int | None:
    """The number a run of number words spells, or None when they do not make one."""
    normalised = [_norm(w) for w in words if _norm(w) not in _CONNECTORS]
    if not normalised:
        return None
    if lang == "en":
        parsed = _number_parser(" ".join(normalised))
        if parsed is not None:
            return parsed
    return _compose(normalised, lang)


@lru_cache(maxsize=4096)
def _number_parser(phrase: str) -> int | None:
    # (cached: number-parser builds its tables of words anew on every call)
    from number_parser import parse_number

    try:
        value = parse_number(phrase, language="en")
    except (ValueError, KeyError, IndexError):
        return None
    return value if isinstance(value, int) else None


def _compose(words: Sequence[str], lang: str) -> int | None:
    total, current = 0, 0
    for word in words:
        found = _word_value(word, lang)
        if found is None:
            return None
        value, scale = found
        if value == -1:
            current = -1
        elif scale and current == -1:
            total += value + value // 2
            current = 0
        elif scale and value == 100:
            current = (current or 1) * 100
        elif scale:
            total += (current or 1) * value
            current = 0
        else:
            current += value
    return total + current
