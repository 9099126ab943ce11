"""Figures that count the people of both sides in one, their two ways not told apart: "107
children ... so far, in both directions", "МЗС ОАЕ рахує 300 звільнених з обох боків" (not
"по вісім цивільних повернулися з обох боків", each side's), people "held by Russia and
Ukraine", a go-between's tally of all it helped free ("2484 пленных, освобождённых при их
посредничестве").
"""

from __future__ import annotations

import re

from handover.extract.scene import Scene

__all__ = ["in_all"]


def in_all(scene: Scene) -> bool:
    """Whether the figure of ``scene`` counts both sides' people in one (see the module)."""
    at = scene.number_at
    lowered = scene.text.lower()  # (the cheap test first: few clauses name both sides)
    names_both = "both" in lowered or "обо" in lowered or "обе" in lowered
    if names_both and _BOTH_DIRECTIONS.search(scene.text, at):
        return True
    if names_both and _BOTH_SIDES_IN_ALL.match(scene.text, at) is not None:
        return not _PER_SIDE_BEFORE.search(scene.text, 0, at)
    held = _HELD_BY.search(scene.text, at) if " by " in lowered else None
    if held is not None and len({m.party for m in scene.parties
                                 if m.side and m.start >= held.end()}) >= 2:
        return True  # "the release of 300 captives held by Russia and Ukraine"
    # (no side named in its clause: "Через посредничество ОАЭ Украине вернули 150" is one way;
    # nor a figure per side: "its mediation had secured ... 206 prisoners, 103 from each side")
    if not ("посредн" in lowered or "посередн" in lowered or "mediation" in lowered
            or "участ" in lowered):
        return False
    if _MEDIATED_TALLY.search(scene.text, at) is not None:
        return not any(m.side for m in scene.parties)
    # (before its figure, a tally the words sum: "Всего ... при его участии ... 107", "through
    # its mediation, bringing to 107", whatever places the people went to)
    return (not _EACH.search(lowered) and _MEDIATED_TALLY.search(scene.text, 0, at) is not None
            and _SUMMED.search(scene.text, 0, at) is not None
            and not any(m.side and m.role != "in" for m in scene.parties))


# a figure of people gone both ways at once, its two sides not told apart
_BOTH_DIRECTIONS = re.compile(r"(?<!\w)(?:in both directions|both ways|в обох напрямках|"
                              r"в обоих направлениях|в обидва боки|в обе стороны)(?!\w)",
                              re.IGNORECASE)
# a figure whose own words count it "from both sides" ("300 звільнених з обох боків", "300
# freed on both sides"), not one that "по" or "each" gives per side
_BOTH_SIDES_IN_ALL = re.compile(r"\S+(?:\s\d{3})*(?:\s+[^\W\d_]+){0,2}?\s+(?:з обох боків|"
                                r"з обох сторін|с обеих сторон|(?:on|from) both sides)(?!\w)",
                                re.IGNORECASE)
# the people of a figure held by the sides the words after name ("held by Russia and Ukraine")
_HELD_BY = re.compile(r"(?<!\w)(?:held|detained|kept|imprisoned) by\s", re.IGNORECASE)
_PER_SIDE_BEFORE = re.compile(r"(?<!\w)(?:по|each)\s+$", re.IGNORECASE)
_EACH = re.compile(r"each|кожн|кажд")  # a word of each side, in the lowered clause
# words that sum what a go-between helped free, before its figure
_SUMMED = re.compile(r"(?<!\w)(?:всего|всього|усього|загалом|in all|in total|altogether|"
                     r"bringing to|brings to|bringing the (?:total|number) to)(?!\w)",
                     re.IGNORECASE)
# a go-between's tally of all it helped free ("2484 — за весь час свого посередництва")
_MEDIATED_TALLY = re.compile(r"(?<!\w)(?:свого|своего|їх|их|його|его|its|their)\s+"
                             r"(?:посередництв\w*|посредничеств\w*|mediation|участи\w*|"
                             r"участі)(?!\w)", re.IGNORECASE)
