"""Transcripts: lines opened by a speaker's name in capitals ("JESSICA MOUSSAN: ..."), whose
words, up to the next such label, are that speaker's.

A label names a voice when the transcript writes the same name in ordinary case somewhere
("Speaker: Jessica Moussan, ICRC spokesperson"): that form is the voice. A label the text
never writes otherwise is a voice when it has the shape of a person's name, a given name and
a surname ("RUSTEM UMEROV" is "Rustem Umerov"); a one-word label (MODERATOR, QUESTION) is a
role and is left to the other rules of voices.

>>> from handover.extract.context import read_document
>>> from handover.extract.patterns import lexicon
>>> from handover.domain import PartyRegistry
>>> text = "Speaker: Anna Berg.\\nANNA BERG: We flew 40 detainees home.\\nMODERATOR: Thanks."
>>> items = read_document(text, lexicon("en"), PartyRegistry.builtin(), None, None).sentences
>>> sorted(turns(items).items())
[(1, 'Anna Berg')]
"""

from __future__ import annotations

import re

from handover.extract.context import Sentence
from handover.extract.morph import nominative, personal_name
from handover.extract.voicenames import known_voice, voice_noun

__all__ = ["turns"]

_CAPS = r"[A-ZА-ЯІЇЄҐЁ][A-ZА-ЯІЇЄҐЁ'’-]+"
_INITIAL = r"(?:[A-ZА-ЯІЇЄҐЁ]\.\s*)?"  # "В. МЕДИНСКИЙ:"
# ("[08:02:25] КРАВЧУК:": a time code before the label)
_TIME_CODE = r"(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?"
_LABEL = re.compile(rf"\W*{_TIME_CODE}({_INITIAL}{_CAPS}(?:\s+{_CAPS}){{0,3}})\s*"
                    rf"(?:\([^)]*\))?\s*:")
# labels in ordinary case: "М. В. Захарова:", "Вопрос («Северная панорама-ТВ»):"
_WORD = r"[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’-]+"
# (a parliament's record: "1. Ms Joanna Reddick (Northfield):", "Mr Oyelaran:")
_HONORIFIC = r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+)"
_PLAIN_LABEL = re.compile(rf"\W*{_TIME_CODE}(?:\d{{1,3}}\.\s+)?({_HONORIFIC}?"
                          rf"(?:[A-ZА-ЯІЇЄҐЁ]\.\s*){{0,2}}{_WORD}(?:\s+{_WORD}){{0,2}})"
                          rf"\s*(?:\([^)]*\))?\s*:\s")
# an office or a turn with its holder's name in brackets: "The Minister of State for External
# Affairs (Mr Daniel Oyelaran):", "Відповідь (Олена Вдовиченко):"
_OFFICE_LABEL = re.compile(rf"\W*(?:\d{{1,3}}\.\s+)?[A-ZА-ЯІЇЄҐЁ][^:()\n]{{2,90}}\({_HONORIFIC}?"
                           rf"({_WORD}(?:\s+{_WORD}){{1,2}})\)\s*:\s")
_PLAIN_TURNS = 4  # labelled sentences in ordinary case that make a transcript
# minutes: "ЛУБІНЕЦЬ Д. В. Дякую.", "ГОРДІЄНКО Т. М., народний депутат. ...", "ГОЛОВУЮЧИЙ."
_MINUTES_LABEL = re.compile(rf"\W*({_CAPS}(?:\s+{_CAPS}){{0,3}})(?:\s+(?:[A-ZА-ЯІЇЄҐЁ]\.\s?)"
                            rf"{{1,2}}(?:,[^.]{{0,80}}\.)?|(?:,[^.]{{0,80}})?\.)(?:\s|$)")


def turns(items: list[Sentence]) -> dict[int, str]:
    """The speaker of each sentence in the turns of a transcript whose label the text writes
    as a name; empty when the report has no labelled turns."""
    labels = {item.index: match.group(1) for item in items
              if (match := _LABEL.match(item.text))}
    if not _transcribed(items, labels):
        labels = _plain_labels(items) or _minutes_labels(items)
    if not _transcribed(items, labels):
        return {}  # (one capitalised heading with a colon makes no transcript)
    texts = [item.text for item in items]
    hosts = _hosts(texts)
    out: dict[int, str] = {}
    current: str | None = None
    for item in items:
        if item.index in labels:
            label = labels[item.index]
            # (a role, or a host of the programme: the report's own voice, unless the
            # participants name whose role it is: "a spokesperson for the Coordination
            # Headquarters")
            role = all(_ROLE.match(w) for w in label.split())
            current = _role_of(label, texts) if role else None if (
                label.split()[-1].casefold() in hosts) else _written(label, texts)
        if current is not None:
            out[item.index] = current
    return out


def _role_of(label: str, texts: list[str]) -> str | None:
    """The role a one-word label names as the transcript's header gives it with its body
    ("SPOKESPERSON" for "a spokesperson for the Coordination Headquarters ..."), if it
    does; None for a role it does not tie to a body (MODERATOR, QUESTION)."""
    if " " in label.strip():
        return None
    whose = re.compile(rf"(?<!\w)(?:an?\s+|the\s+)?({re.escape(label.lower())}\s+(?:for|of)\s+"
                       r"(?:the\s+)?[A-Z][^;.:()]{3,100}?)(?=\s*[;.:(]|$)", re.IGNORECASE)
    for text in texts[:_HEADER_SENTENCES]:
        found = whose.search(text)
        if found is not None:
            return found.group(1)[:1].lower() + found.group(1)[1:]
    return None


def _transcribed(items: list[Sentence], labels: dict[int, str]) -> bool:
    """Whether ``labels`` make a transcript: of two speakers or more, or of one speech
    ("РАСШИФРОВКА ... Выступление ...") that gives its one speaker's label, the label's
    words running to the end."""
    speakers = len(set(labels.values()))
    return speakers >= 2 or speakers == 1 and any(
        _SPEECH.search(item.text) for item in items[:_HEADER_SENTENCES])


_SPEECH = re.compile(r"(?<!\w)(?:расшифровк\w*|стенограмм\w*|розшифровк\w*|стенограм\w*|"
                     r"transcript\w*|выступлени\w*|виступ\w*|speech|address|звернення|"
                     r"обращени\w*)", re.IGNORECASE)


def _hosts(texts: list[str]) -> set[str]:
    """The surnames of the programme's hosts, as its header lists them ("Ведучі: Вікторія
    Лозинська, Андрій Ткач."; "Host: ...")."""
    out: set[str] = set()
    for text in texts[:_HEADER_SENTENCES]:
        for found in _HOSTS.finditer(text):
            names = _NAMES_APART.split(found.group(1))
            out.update(name.split()[-1].casefold() for name in names if name.split())
    return out


_HEADER_SENTENCES = 8
_NAMES_APART = re.compile(r",\s*|\s+(?:and|і|и|та)\s+")
_HOSTS = re.compile(r"(?<!\w)(?:ведуч\w*|ведущ\w*|hosts?|presenters?|anchors?|moderators?|"
                    r"модератор\w*)\s*[:—–-]\s*([^.:;\n]+)", re.IGNORECASE)


def _plain_labels(items: list[Sentence]) -> dict[int, str]:
    """Labels in ordinary case, without their initials, when enough sentences open with
    them for a transcript (a headline "Zelensky: ..." is no turn)."""
    found = {item.index: match.group(1) for item in items
             if (match := _OFFICE_LABEL.match(item.text) or _PLAIN_LABEL.match(item.text))}
    # ("Жовтень:", "Репатріація:", "Нагадаємо:" open a digest's lines, and speak not)
    found = {index: re.sub(rf"^{_HONORIFIC}|^(?:\w\.\s*)+", "", label)
             for index, label in found.items()
             if re.match(_HONORIFIC, label) or _voice_label(label)}
    return found if len(found) >= _PLAIN_TURNS else {}


def _voice_label(label: str) -> bool:
    """Whether a label in ordinary case can name a speaker: a person's name, a role, or a
    body or a known voice."""
    words = label.split()
    if all(_ROLE.match(w) for w in words) or voice_noun(label) or known_voice(label):
        return True
    lang = "uk" if re.search(r"[іїєґІЇЄҐ]", label) else "ru"
    return personal_name(words[-2:] if len(words) > 1 else words, lang)


def _minutes_labels(items: list[Sentence]) -> dict[int, str]:
    """Labels of minutes, a name in capitals that opens a line and ends at a full stop,
    when enough lines open with them for a record of a sitting."""
    found = {item.index: match.group(1) for item in items
             if item.opens_line and (match := _MINUTES_LABEL.match(item.text))}
    return found if len(found) >= _PLAIN_TURNS else {}


def _written(label: str, texts: list[str]) -> str | None:
    """The label as the text writes it in ordinary case, if it does; else the fullest name
    the text gives with the label's surname ("В. МЕДИНСКИЙ" for "Владимир Мединский")."""
    words = label.split()
    whole = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)",
                       re.IGNORECASE)
    # (the surname in any case: "Владимира Мединского", its stem without the ending)
    stem = re.escape(words[-1][:max(3, len(words[-1]) - 2)])
    named = re.compile(rf"(?<!\w)(?-i:[A-ZА-ЯІЇЄҐЁ])[\w'’-]+\s+{stem}\w{{0,3}}(?!\w)",
                       re.IGNORECASE)
    found = [" ".join(m.group().split()) for pattern in (whole, named) for text in texts
             for m in pattern.finditer(text)]
    # (not the label itself in capitals; "al-Ansari" is written in ordinary case)
    written = [f for f in found if f != f.upper() and f.split()[-1] != f.split()[-1].upper()]
    if not written:
        return _name_shaped(words)
    exact = [f for f in written if f.casefold() == " ".join(words).casefold()]
    if exact:  # (the fullest form that ends so: "Олег Сидоренко" for "СИДОРЕНКО")
        fullest = max((f for f in written if f.casefold().endswith(exact[0].casefold())),
                      key=len)
        return exact[0] if fullest == exact[0] else _nominative(fullest)
    return _nominative(max(written, key=len))


# words of a role, not of a name, that a transcript may set in capitals ("PRESS OFFICER")
_ROLE = re.compile(r"^(?:press|officer|secretary|minister|spokes\w*|moderator|host|anchor|"
                   r"reporter|journalist|question|answer|speaker|voice|chair\w*|president|"
                   r"unidentified|unknown|male|female|ведуч\w*|ведущ\w*|журналіст\w*|"
                   r"журналист\w*|питання|вопрос|відповідь|ответ|модератор|головуюч\w*|"
                   r"председательствующ\w*|председател\w*|голова)$", re.IGNORECASE)


def _name_shaped(words: list[str]) -> str | None:
    """A two- or three-word label in capitals that no role word makes up, as a person's name
    in ordinary case ("RUSTEM UMEROV": "Rustem Umerov"); a Cyrillic one only when the
    dictionary knows a word of it as a given name or surname."""
    if not 2 <= len(words) <= 3 or any(_ROLE.match(w) or len(w) < 2 for w in words):
        return None
    name = " ".join(w[:1] + w[1:].lower() for w in words)
    if re.search(r"[А-ЯІЇЄҐЁ]", name):
        lang = "uk" if re.search(r"[ІЇЄҐ]", " ".join(words)) else "ru"
        if not personal_name(name.split()[:2], lang):
            return None
        return _nominative(name)
    return name


def _nominative(name: str) -> str:
    """A Cyrillic name in the nominative ("Владимира Мединского": "Владимир Мединский")."""
    if not re.search(r"[а-яіїєґё]", name):
        return name
    return nominative(name, "uk" if re.search(r"[іїєґ]", name) else "ru")
