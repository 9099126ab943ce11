"""Statements a report reproduces: after "The UAE foreign ministry issued a statement ... We
publish it below", the paragraphs under a heading that names a statement ("Official
statement · 19 April", "Заява від 16 травня") are the issuer's words, up to the next heading.

>>> from handover.extract.context import read_document
>>> from handover.extract.patterns import lexicon
>>> from handover.domain import PartyRegistry
>>> text = ("The ICRC issued a statement on Monday. We publish it in full.\\n\\nStatement of 17 "
...         "April\\n\\nToday 104 detainees flew home.\\n\\nWhat others said\\n\\nKyiv was silent.")
>>> items = read_document(text, lexicon("en"), PartyRegistry.builtin(), None, None).sentences
>>> sorted(reproduced(items).items())
[(3, 'ICRC')]
"""

from __future__ import annotations

import re

from handover.extract.context import Sentence
from handover.extract.patterns import lexicon
from handover.extract.patterns.words import Words
from handover.extract.voicenames import clean_name, nominative_name

__all__ = ["reproduced"]

_STATEMENT = r"statements?|communiqu[ée]s?|заяв[аиуі]|заявлени[ея]|заявлений|коммюнике|комюніке"
# "X issued a statement", "X оприлюднило заяви", "X распространило заявление"
_ISSUED = re.compile(
    rf"^\W*(?P<name>[^,.;:!?«»\"]{{2,120}}?)\s+(?:has\s+)?(?:issued|published|released|put out|"
    rf"оприлюднил[аио]?|опублікувал[аио]?|поширил[аио]?|розповсюдил[аио]?|"
    rf"распространил[аио]?|опубликовал[аио]?|выпустил[аио]?)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_STATEMENT})(?!\w)", re.IGNORECASE)
_HEADED = Words(rf"(?:{_STATEMENT})")
_HEADING_WORDS = 8
_LOOK_BACK = 4  # sentences between the issuing sentence and the statement's heading


def reproduced(items: list[Sentence]) -> dict[int, str]:
    """The issuer of each sentence of a statement the report reproduces under a heading of
    its own; empty when it reproduces none."""
    out: dict[int, str] = {}
    # (most reports name no statement: they cost one search per sentence and no more)
    named = [item.index for item in items if _HEADED.search(item.text)]
    issued = {index: found for index in named if (found := _ISSUED.match(items[index].text))}
    if not issued:
        return out
    issuer: str | None = None
    since = 0
    inside = False
    for item in items[min(issued):]:
        # (a dateline under the statement's heading, "Абу-Даби, 30 декабря", opens no other)
        heading = item.is_heading(_HEADING_WORDS) and not (inside and item.dates)
        found = issued.get(item.index)
        if found is not None:
            issuer, since = _issuer(found.group("name"), item.lang), 0
        if heading:
            inside = issuer is not None and since <= _LOOK_BACK and bool(
                _HEADED.search(item.text))
            since = 0 if inside else since
        elif inside and issuer is not None:
            out[item.index] = issuer
        since += 1
    return out


def _issuer(name: str, lang: str) -> str | None:
    lex = lexicon(lang)
    cleaned = clean_name(name, lex, must_be_name=True)
    return nominative_name(cleaned, lex) if cleaned else None
