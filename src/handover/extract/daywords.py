"""Days of the month written as ordinal words, as transcripts and radio copy write them:
"тридцатого декабря", "п'ятнадцятого січня", "the thirtieth of December".

>>> DAY_WORDS["ru"]["тридцать первого"], DAY_WORDS["uk"]["п'ятнадцятого"]
(31, 15)
"""

from __future__ import annotations

__all__ = ["DAY_WORDS"]

# the ordinals 1-9 and 10-19, the tens 20 and 30 (as ordinals, and as the word before a unit)
_RU = (("первого", "второго", "третьего", "четвёртого", "пятого", "шестого", "седьмого",
        "восьмого", "девятого"),
       ("десятого", "одиннадцатого", "двенадцатого", "тринадцатого", "четырнадцатого",
        "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого",
        "девятнадцатого"),
       (("двадцатого", "двадцать"), ("тридцатого", "тридцать")))
_UK = (("першого", "другого", "третього", "четвертого", "п'ятого", "шостого", "сьомого",
        "восьмого", "дев'ятого"),
       ("десятого", "одинадцятого", "дванадцятого", "тринадцятого", "чотирнадцятого",
        "п'ятнадцятого", "шістнадцятого", "сімнадцятого", "вісімнадцятого",
        "дев'ятнадцятого"),
       (("двадцятого", "двадцять"), ("тридцятого", "тридцять")))
_EN = (("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
       ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth"),
       (("twentieth", "twenty-"), ("thirtieth", "thirty-")))


def _words(units: tuple[str, ...], teens: tuple[str, ...],
           tens: tuple[tuple[str, str], ...]) -> dict[str, int]:
    out = {word: day for day, word in enumerate(units, 1)}
    out.update({word: day for day, word in enumerate(teens, 10)})
    for ten, (ordinal, cardinal) in enumerate(tens, 2):
        out[ordinal] = ten * 10
        joint = "" if cardinal.endswith("-") else " "
        for day, unit in enumerate(units, 1):
            if ten * 10 + day <= 31:
                out[f"{cardinal}{joint}{unit}"] = ten * 10 + day
    if "четвёртого" in out:
        out["четвертого"] = out["четвёртого"]
    return out


DAY_WORDS: dict[str, dict[str, int]] = {"ru": _words(*_RU), "uk": _words(*_UK),
                                        "en": _words(*_EN)}
