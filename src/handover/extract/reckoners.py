"""Voices named by their count rather than by a verb of speech: "by Moscow's count", "by the
headquarters' tally", "Kyiv's count was higher: 189 home", and a voice in brackets after a
figure, as timelines and tables cite it: "(данные Владимира Мединского)", "(Минобороны
России)", "(Kyiv)".

>>> from handover.extract.patterns import lexicon
>>> counted_by("On 30 December, by Moscow's count, 150 were freed.", lexicon("en"))
('Moscow', 16, 33)
"""

from __future__ import annotations

import re

from handover.extract.morph import personal_name
from handover.extract.owners import voice_side
from handover.extract.patterns import Lexicon
from handover.extract.voicenames import clean_name, known_voice, nominative_name, voice_noun
from handover.extract.wordnum import has_number_word

__all__ = ["counted_by"]

_COUNT_NOUNS = r"(?:count|tally|reckoning|figures|data|estimate)"
# "by Moscow's count", "by the count of its own Coordination Headquarters"
_BY_COUNT = re.compile(
    rf"(?<!\w)by\s+(?:the\s+)?(?:(?P<name>[^,.;:!?\"“”«»()]{{2,80}}?)['’]s?\s+(?:own\s+)?"
    rf"{_COUNT_NOUNS}|{_COUNT_NOUNS}\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:own\s+)?"
    rf"(?P<owner>[^,.;:!?\"“”«»()]{{2,80}}?)(?=\s*[,.;:!?]|\s*$))(?!\w)", re.IGNORECASE)
# "Kyiv's count was higher: 189 home": a count that leads into its figures after a colon
_COUNT_LEADS = re.compile(rf"(?:^|[.;]\s+)(?:the\s+)?"
                          rf"(?P<name>(?-i:[A-Z])[^,.;:!?\"“”«»()]{{1,60}}?)"
                          rf"['’]s?\s+(?:own\s+)?(?:{_COUNT_NOUNS}|figure|number)\b"
                          rf"[^.;:]{{0,30}}:", re.IGNORECASE)
# "(данные Мединского)", "(за даними штабу)", "(per the ministry)", "(Минобороны России)"
_BRACKETED = re.compile(
    r"\((?:(?:данные|дані|по данным|за даними|по словам|за словами|data of|data from|per|"
    r"according to|source:|источник:|джерело:)\s+)?(?P<name>[^()\d]{2,80})\)", re.IGNORECASE)


def counted_by(sentence: str, lex: Lexicon) -> tuple[str, int, int] | None:
    """The voice a sentence gives its figures by, named by its count or in brackets, with
    where that is named (offsets into ``sentence``); None when it names none."""
    for pattern in (_BY_COUNT, _COUNT_LEADS) if lex.lang == "en" else ():
        found = pattern.search(sentence)  # (the second only when the first names no one)
        named = next((group for group in found.groups() if group), None) if found else None
        name = clean_name(named, lex, must_be_name=True) if named else None
        if found is not None and name is not None:
            return name, found.start(), found.end()
    for match in _BRACKETED.finditer(sentence):
        name = clean_name(match.group("name"), lex, must_be_name=True)
        introduced = match.group() != f"({match.group('name')})"
        cited = _after_figure(sentence, match.start()) or _closing(sentence, match, lex)
        if name is not None and (introduced or cited and _a_voice(name, lex)):
            return nominative_name(name, lex), match.start(), match.end()
    return None


# a figure and lower-case words before the bracket, in its clause: "230 украинцев
# освобождены (Киев)"; not a place glossed ("в Белгороде (Россия)")
_FIGURE_BEFORE = re.compile(r"\d[^,;:()]*\s[^\W\d_]*[a-zа-яёіїєґ'’]\s*$")


def _closing(sentence: str, bracket: re.Match[str], lex: Lexicon) -> bool:
    """"150 for 150 (Russian MoD).", "... two civilians came home (Kyiv).": a bracket that
    closes a sentence with a figure cites its source, as a timeline's entries do."""
    before = sentence[:bracket.start()]
    if _PLACE_BEFORE.search(before):
        return False  # "прошёл в Белгороде (Россия).": a place glossed
    return not sentence[bracket.end():].strip(" .;!|") and (
        bool(_DIGIT.search(before)) or has_number_word(before, lex.lang))


_PLACE_BEFORE = re.compile(r"(?<!\w)(?:в|у|во|на|під|под|in|at|near|from|з|із|из)\s+"
                           r"[A-ZА-ЯІЇЄҐЁ][\w'’-]*\s*$")


_DIGIT = re.compile(r"\d")


def _after_figure(sentence: str, at: int) -> bool:
    before = sentence[:at]
    last = re.search(r"(\w+)\s*$", before)
    return bool(_FIGURE_BEFORE.search(before)) and last is not None and last.group(1).islower()


def _a_voice(name: str, lex: Lexicon) -> bool:
    """A bare bracket names a voice when it is a known voice, a body, a side's capital
    ("(Киев)") or a person ("... and eight civilians (Iryna Vereshchuk)"): not a unit or a
    place."""
    return name[:1].isupper() and (known_voice(name) or voice_noun(name)
                                   or voice_side(name) is not None
                                   or personal_name(name.split(), lex.lang))
