"""Known voices: who speaks for whom, so a claim's speaker becomes a :class:`Source`.

>>> source_for_speaker("Interfax, citing an unnamed source").kind.value
'unnamed_source'
>>> source_for_speaker("the Coordination Headquarters").affiliation
'Ukraine'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from handover.domain.sources import Source
from handover.domain.vocabulary import SourceKind

__all__ = ["KnownVoice", "known_voices", "source_for_speaker"]


@dataclass(frozen=True)
class KnownVoice:
    """A voice recognised by a pattern over its name, in any of the three languages."""

    name: str
    kind: SourceKind
    affiliation: str | None
    pattern: str


_UNNAMED = re.compile(
    r"(unnamed|anonymous|a source|sources? (close|familiar)|джерел|источник)", re.IGNORECASE
)

known_voices: tuple[KnownVoice, ...] = (
    KnownVoice("Coordination Headquarters for the Treatment of Prisoners of War",
               SourceKind.OFFICIAL_BODY, "Ukraine",
               r"coordination (headquarters|hq|staff)|координаційн\w* штаб|координационн\w* штаб"
               r"|KSHPW|КШ ПВ|Коордштаб"),
    KnownVoice("Ukrainian Parliament Commissioner for Human Rights", SourceKind.OFFICIAL,
               "Ukraine", r"lubinets|лубінець|лубинец|ukrainian ombudsman|омбудсман україни"),
    KnownVoice("Volodymyr Zelensky", SourceKind.OFFICIAL, "Ukraine",
               r"zelensk|зеленськ|зеленск"),
    KnownVoice("Ukrainian Ministry of Defence", SourceKind.OFFICIAL_BODY, "Ukraine",
               r"ukrainian (ministry of defen[cs]e|defen[cs]e ministry)|міноборони україни"
               r"|міністерств\w* оборони україни|министерств\w* обороны украины"
               r"|GUR|ГУР|Budanov|Буданов"),
    KnownVoice("Rustem Umerov", SourceKind.OFFICIAL, "Ukraine", r"umerov|умєров|умеров"),
    KnownVoice("Vladimir Medinsky", SourceKind.OFFICIAL, "Russia",
               r"medinsk|мединськ|мединск|мєдінськ"),
    KnownVoice("Russian Ministry of Defence", SourceKind.OFFICIAL_BODY, "Russia",
               r"russian (ministry of defen[cs]e|defen[cs]e ministry)|минобороны( россии| рф)?"
               r"|russia['’]s (ministry of defen[cs]e|defen[cs]e ministry)"
               r"|министерств\w* обороны (россии|рф|российской)|міністерств\w* оборони (росії|рф)"
               r"|міноборони (росії|рф)"),
    KnownVoice("Russian Ministry of Foreign Affairs", SourceKind.OFFICIAL_BODY, "Russia",
               r"lavrov|лавров|zakharova|захарова|захарової|russian foreign ministry"
               r"|russia['’]s foreign ministry|мид росси|мид рф|мзс росії|мзс рф"),
    KnownVoice("Tatyana Moskalkova", SourceKind.OFFICIAL, "Russia",
               r"moskalkova|москалькова|москалькової"),
    KnownVoice("Kremlin", SourceKind.OFFICIAL_BODY, "Russia",
               r"kremlin|peskov|кремл|пєсков|песков|putin|путін|путин"),
    KnownVoice("International Committee of the Red Cross", SourceKind.OFFICIAL_BODY, "ICRC",
               r"\bICRC\b|red cross|червон\w* хрест|красн\w* крест|МКЧХ|МККК"),
    KnownVoice("UAE Ministry of Foreign Affairs", SourceKind.OFFICIAL_BODY, "UAE",
               r"UAE|emirati|ОАЕ|ОАЭ"),
    KnownVoice("Interfax", SourceKind.NEWS_OUTLET, "Russia", r"interfax|інтерфакс|интерфакс"),
    KnownVoice("TASS", SourceKind.NEWS_OUTLET, "Russia", r"\bTASS\b|ТАСС"),
    KnownVoice("RIA Novosti", SourceKind.NEWS_OUTLET, "Russia", r"\bRIA\b|РИА"),
    KnownVoice("Ukrinform", SourceKind.NEWS_OUTLET, "Ukraine", r"ukrinform|укрінформ|укринформ"),
    KnownVoice("Suspilne", SourceKind.NEWS_OUTLET, None, r"suspilne|суспільне"),
    KnownVoice("Reuters", SourceKind.NEWS_OUTLET, None, r"reuters|рейтер"),
    KnownVoice("Associated Press", SourceKind.NEWS_OUTLET, None, r"\bAP\b|associated press"),
    KnownVoice("AFP", SourceKind.NEWS_OUTLET, None, r"\bAFP\b|agence france"),
)

_COMPILED = tuple((voice, re.compile(voice.pattern, re.IGNORECASE)) for voice in known_voices)


def source_for_speaker(speaker: str) -> Source:
    """The source a speaker string stands for: a known voice, an unnamed source, or a new voice.

    An unnamed source relayed by a known outlet keeps the outlet in ``relayed_by``; an unknown
    speaker becomes a voice of unknown kind, recorded as an official with no affiliation, which
    a person can correct with ``handover sources add``.
    """
    name = " ".join(speaker.split())
    outlet = _match(name)
    if _UNNAMED.search(name):
        relayed = outlet.name if outlet is not None else None
        label = f"{relayed}, unnamed source" if relayed else "unnamed source"
        return Source(name=label, kind=SourceKind.UNNAMED, affiliation=None, relayed_by=relayed)
    if outlet is not None:
        return Source(name=outlet.name, kind=outlet.kind, affiliation=outlet.affiliation)
    return Source(name=name, kind=SourceKind.OFFICIAL, affiliation=None)


def _match(name: str) -> KnownVoice | None:
    for voice, pattern in _COMPILED:
        if pattern.search(name):
            return voice
    return None
