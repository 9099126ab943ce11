"""Vocabularies by lemma (every inflected form), their trie patterns, whole-word matching on
lower-cased text, and the wars that decide who is a side."""

from __future__ import annotations

import re

import pytest

from handover.extract.patterns import lexicon
from handover.extract.patterns.forms import english_nouns, english_verbs, slavic, trie
from handover.extract.patterns.words import Words
from handover.extract.wars import counterpart, war_of


def test_a_trie_matches_exactly_its_words() -> None:
    words = ["handed", "hand", "handing", "handover", "returned", "return"]
    pattern = re.compile(f"(?:{trie(words)})")
    for word in words:
        assert pattern.fullmatch(word)
    for other in ("han", "hands", "returnee", "retur"):
        assert not pattern.fullmatch(other)


def test_a_trie_takes_any_apostrophe() -> None:
    pattern = re.compile(trie(["п'ятеро"]))
    assert all(pattern.fullmatch(w) for w in ("п'ятеро", "п’ятеро", "пʼятеро"))


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("free", {"free", "frees", "freed", "freeing"}),
        ("swap", {"swap", "swaps", "swapped", "swapping"}),
        ("carry", {"carry", "carries", "carried", "carrying"}),
        ("send", {"send", "sends", "sent", "sending"}),
        ("repatriate", {"repatriate", "repatriates", "repatriated", "repatriating"}),
    ],
)
def test_english_verbs_in_every_form(verb: str, forms: set[str]) -> None:
    assert forms <= set(english_verbs([verb]))


def test_english_nouns_with_their_plurals() -> None:
    assert {"body", "bodies", "serviceman", "servicemen", "hostage", "hostages"} <= set(
        english_nouns(["body", "serviceman", "hostage"]))


@pytest.mark.parametrize(
    ("lemma", "lang", "forms"),
    [
        ("передати", "uk", {"передала", "передали", "передадуть", "передано"}),
        ("повернутися", "uk", {"повернулися", "повернувся", "повернуться"}),
        ("передать", "ru", {"передала", "переданы", "передавший", "переданных"}),
        ("тело", "ru", {"тела", "тел", "телами"}),
        ("заключённый", "ru", {"заключённых", "заключенных"}),  # a participle as a noun
    ],
)
def test_slavic_lemmas_in_every_form(lemma: str, lang: str, forms: set[str]) -> None:
    assert forms <= set(slavic([lemma], lang))


def test_slavic_forms_can_be_chosen_by_grammeme() -> None:
    assert set(slavic(["передать"], "ru", only=("PRTS",))) == {
        "передан", "передана", "передано", "переданы"}
    assert "переданных" not in slavic(["передать"], "ru", skip=("PRTF",))


def test_the_lexicons_cover_forms_nobody_listed() -> None:
    uk, ru = lexicon("uk"), lexicon("ru")
    assert uk.rx("give").fullmatch("передаватимуть")  # the synthetic future, by lemma ...
    assert uk.rx("future").search("Україна передаватиме тіла")  # ... is a word of plans
    assert ru.rx("arrive").fullmatch("возвращены")
    assert uk.rx("exchange").fullmatch("обмінялися")
    assert ru.rx("reunite").fullmatch("воссоединились")
    assert lexicon("en").rx("carry").fullmatch("airlifted")


def test_whole_words_on_lower_cased_text_keep_offsets_and_case() -> None:
    words = Words("hand(?:s|ed)? over|over")
    found = [(f.start(), f.group()) for f in words.finditer("Moreover, Kyiv HANDED OVER 27.")]
    assert found == [(15, "HANDED OVER")]
    assert words.search("moreover") is None
    assert Words("звільн\\w*").match("Україна звільнила", 8) is not None
    assert Words("звільн\\w*").match("Україназвільнила", 7) is None


def test_a_named_group_tells_which_alternative_matched() -> None:
    words = Words("(?P<give>released)|(?P<get>received)")
    assert [f.lastgroup for f in words.finditer("Kyiv received, Moscow released")] == [
        "get", "give"]


def test_wars_decide_sides_and_counterparts() -> None:
    yemen = war_of(["Houthis", "Saudi Arabia"])
    assert yemen is not None and not yemen.prisoners_of_war
    assert counterpart("Saudi Arabia", yemen) == "Houthis"  # a side in its war
    assert counterpart("Saudi Arabia") is None  # an intermediary elsewhere
    assert counterpart("Hamas") == "Israel"
    ukraine = war_of(["Ukraine"])
    assert ukraine is not None and ukraine.prisoners_of_war
    assert war_of(["USA", "Qatar"]) is None
