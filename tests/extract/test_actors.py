"""Parties and their parts: prepositions, cases, adjectives, possessives, inflected names."""

from __future__ import annotations

import pytest

from handover.domain import PartyRegistry
from handover.extract.actors import find_parties
from handover.extract.categories import people_pattern
from handover.extract.patterns import lexicon


def _roles(text: str, lang: str) -> list[tuple[str, str]]:
    lex = lexicon(lang)
    return [(m.party, m.role)
            for m in find_parties(text, PartyRegistry.builtin(), lex, people_pattern(lex))]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Russia handed over 909 bodies to Ukraine", "en",
         [("Russia", "subject"), ("Ukraine", "to")]),
        ("bodies of deceased Ukrainian soldiers", "en", [("Ukraine", "owner")]),
        ("Ukraine's prisoners of war", "en", [("Ukraine", "owner")]),
        ("freed from Russian captivity", "en", [("Russia", "captor")]),
        ("returned from territory controlled by Kyiv", "en", [("Ukraine", "from")]),
        ("an exchange between Russia and Ukraine", "en",
         [("Russia", "between"), ("Ukraine", "between")]),
        ('Ukraine "gave Russia" 1,212', "en", [("Ukraine", "subject"), ("Russia", "to")]),
        ("189 Ukrainians came home", "en", [("Ukraine", "owner")]),
        ("Росія передала Україні тіла", "uk", [("Russia", "subject"), ("Ukraine", "to")]),
        ("повернули з російського полону", "uk", [("Russia", "captor")]),
        ("тіла українських військових", "uk", [("Ukraine", "owner")]),
        ("обмін з Росією", "uk", [("Russia", "with")]),
        ("повернули з Росії", "uk", [("Russia", "from")]),
        ("В Україну повернули тіла", "uk", [("Ukraine", "to")]),
        ("в Україні", "uk", [("Ukraine", "in")]),
        ("Россия передала Украине тела", "ru", [("Russia", "subject"), ("Ukraine", "to")]),
        ("от украинской стороны получены тела", "ru", [("Ukraine", "from")]),
        ("военнопленных ВСУ", "ru", [("Ukraine", "owner")]),
        ("с подконтрольной Киеву территории", "ru", [("Ukraine", "from")]),
        ("обмен с Россией", "ru", [("Russia", "with")]),
        ("было передано Россией", "ru", [("Russia", "by")]),
        # after a participle, an instrumental is its agent and a dative its receiver
        ("тела, переданные Украиной", "ru", [("Ukraine", "by")]),
        ("до переданих Україні тіл", "uk", [("Ukraine", "to")]),
        ("к переданным Украине телам", "ru", [("Ukraine", "to")]),
        # the people a participle names are no agent of it
        ("повідомило про 248 повернутих росіян", "uk", [("Russia", "owner")]),
        ("сообщило о 248 возвращённых россиян", "ru", [("Russia", "owner")]),
        # a people's name after two to four is its people too
        ("вернулись 303 украинца", "ru", [("Ukraine", "owner")]),
        # a name of several words is in the case its words share
        ("Российской Федерации возвращены", "ru", [("Russia", "to")]),
    ],
)
def test_roles(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(text, lang) == expected


def test_user_aliases_are_found() -> None:
    from handover.domain import Alias

    registry = PartyRegistry.builtin()
    registry.add_alias("Ukraine", Alias("the Ukrainian team", "en"))
    lex = lexicon("en")
    found = find_parties("the Ukrainian team received 84 prisoners", registry, lex,
                         people_pattern(lex))
    assert [(m.party, m.role) for m in found] == [("Ukraine", "subject")]
