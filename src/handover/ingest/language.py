"""Telling English, Ukrainian and Russian apart by script, distinctive letters and common words.

>>> detect_language("Росія передала тіла загиблих військових")
'uk'
>>> detect_language("Россия передала тела погибших военных")
'ru'
"""

from __future__ import annotations

import re

__all__ = ["LANGUAGES", "ONLY_LETTERS", "detect_language"]

LANGUAGES = ("en", "uk", "ru")

# runs of letters, counted by their lengths (a list of every letter is slow to build)
_LATIN = re.compile(r"[A-Za-z]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
_WORD = re.compile(r"[\u0400-\u04ff'’ʼ]+")
# Letters that only one of the two languages writes.
_UK_RX = re.compile("[іїєґІЇЄҐ]")
_RU_RX = re.compile("[ыэъёЫЭЪЁ]")
ONLY_LETTERS = {"uk": _UK_RX, "ru": _RU_RX}  # the letters only that language writes
# Frequent short words that the other language spells differently.
_UK_WORDS = frozenset(
    [
        "що",
        "як",
        "від",
        "та",
        "це",
        "який",
        "яка",
        "які",
        "також",
        "його",
        "її",
        "був",
        "була",
        "були",
        "було",
        "цього",
        "є",
        "із",
        "зі",
        "між",
        "після",
        "через",
        "або",
        "але",
        "ще",
        "вже",
        "тому",
        "коли",
        "де",
        "він",
        "вона",
        "вони",
        "ми",
        "ви",
        "щодо",
        "під",
        "час",
        "році",
        "україни",
        "україна",
        "росії",
        "росія",
    ]
)
_RU_WORDS = frozenset(
    [
        "что",
        "как",
        "от",
        "это",
        "который",
        "которая",
        "которые",
        "также",
        "его",
        "её",
        "был",
        "была",
        "были",
        "было",
        "этого",
        "есть",
        "из",
        "между",
        "после",
        "через",
        "или",
        "но",
        "ещё",
        "уже",
        "поэтому",
        "когда",
        "где",
        "он",
        "она",
        "они",
        "мы",
        "вы",
        "под",
        "время",
        "году",
        "украины",
        "украина",
        "россии",
        "россия",
    ]
)


def detect_language(text: str, default: str = "en") -> str:
    """``en``, ``uk`` or ``ru`` for a text; ``default`` when it has no letters to judge."""
    sample = text[:20000]
    latin = sum(map(len, _LATIN.findall(sample)))
    cyrillic = sum(map(len, _CYRILLIC.findall(sample)))
    if latin == 0 and cyrillic == 0:
        return default
    if latin > cyrillic:
        return "en"
    uk = len(_UK_RX.findall(sample)) * 2
    ru = len(_RU_RX.findall(sample)) * 2
    for word in _WORD.findall(sample.lower()):
        # "україни" etc. are in both lists only by shape; count the distinctive ones.
        if word in _UK_WORDS and word not in _RU_WORDS:
            uk += 1
        elif word in _RU_WORDS and word not in _UK_WORDS:
            ru += 1
    return "ru" if ru > uk else "uk"
