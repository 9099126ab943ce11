"""Whether a verb of an act tells it done: a past form or a passive, not an infinitive
("to exchange", "обміняти") nor a plan ("would be returned", "будут переданы").
"""

from __future__ import annotations

import re

from handover.extract.patterns import ACT_KINDS, Lexicon

__all__ = ["done", "finite"]


def done(text: str, lex: Lexicon) -> bool:
    """An act verb in ``text`` that is not an infinitive ("to exchange", "обміняти")."""
    return any(finite(match.group(), text[:match.start()], lex)
               for kind in ACT_KINDS for match in lex.rx(kind).finditer(text))


def finite(act: str, before: str, lex: Lexicon) -> bool:
    """Whether the act verb ``act`` (with ``before`` it) is done: a past form or a passive,
    not an infinitive."""
    word = act.split()[0].lower()
    if _MODAL.search(before[-40:]):  # (the tail only: this runs for every act verb)
        return False  # "would be returned", "будут переданы": to be done, not done
    if lex.lang == "en":
        return not _TO_BEFORE.search(before) and bool(_EN_PAST.search(word))
    return not _INFINITIVE.search(word) and bool(_SLAVIC_PAST.search(word))


_TO_BEFORE = re.compile(r"\bto\s+$")
_EN_PAST = re.compile(r"(?:ed|ne|ave|ew|ought|ot|ent|was|were|been|had|has|have|came|made|took|"
                      r"own)$")
_INFINITIVE = re.compile(r"(?:ти|ть|тися|ться|тись|тсь)$")
_SLAVIC_PAST = re.compile(r"(?:в|ла|ли|ло|лися|лись|лася|лось|вся|ні|ны|но|на|ено|ені|ены)$")


# A modal or future auxiliary right before a verb makes it a plan, whatever its form.
_MODAL = re.compile(r"(?<!\w)(?:would|will|shall|should|must|could|might|may|is to|are to|"
                    r"to|буде|будуть|будет|будут|мають|має|должны|должен|должна)\s+"
                    r"(?:(?:not|be|have been|also|then|only)\s+){0,2}$", re.IGNORECASE)
