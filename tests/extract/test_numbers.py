"""Figures in any written form, with their qualifiers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handover.domain import Qualifier
from handover.extract.numbers import find_numbers
from handover.extract.patterns import lexicon
from handover.extract.wordnum import words_value
from tests.extract.helpers import claims_of

_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _english(n: int) -> str:
    """Our own spelling of a number in English words (the test's oracle)."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10 - 2] + ("-" + _UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _UNITS[n // 100] + " hundred" + (" and " + _english(rest) if rest else "")
    rest = n % 1000
    head = _english(n // 1000) + " thousand"
    if not rest:
        return head
    return head + (" and " if rest < 100 else " ") + _english(rest)


def _values(text: str, lang: str = "en") -> list[tuple[int, str]]:
    return [(m.value, m.qualifier.value) for m in find_numbers(text, lexicon(lang))]


@given(st.integers(min_value=1000, max_value=999_999),
       st.sampled_from([",", " ", "\u00a0", "\u202f", "."]))
def test_grouped_digits_round_trip(n: int, separator: str) -> None:
    written = f"{n:,}".replace(",", separator)
    assert _values(f"Russia returned {written} bodies.") == [(n, "exact")]


@given(st.integers(min_value=2, max_value=999_999))
def test_english_words_round_trip(n: int) -> None:
    assert words_value(_english(n).replace("-", " ").split(), "en") == n


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("twelve hundred prisoners", "en", 1200),
        ("a thousand for a thousand", "en", 1000),
        ("two hundred and five prisoners of war", "en", 205),
        ("A hundred and fifty servicemen", "en", 150),
        ("тисяча двісті дванадцять тіл", "uk", 1212),
        ("шість тисяч тіл", "uk", 6000),
        ("шістьох полонених", "uk", 6),
        ("близько двохсот полонених", "uk", 200),
        ("півтори тисячі людей", "uk", 1500),
        ("шесть тысяч тел", "ru", 6000),
        ("тысячу двести военнопленных", "ru", 1200),
        ("двумястами пятью военнопленными", "ru", 205),
        ("полторы сотни военных", "ru", 150),
        ("1,5 тыс. человек", "ru", 1500),
        ("1.2 million people", "en", 1_200_000),
        ("6 тисяч тіл", "uk", 6000),
    ],
)
def test_written_forms(text: str, lang: str, value: int) -> None:
    assert _values(text, lang)[0][0] == value


@pytest.mark.parametrize(
    ("text", "lang", "qualifier"),
    [
        ("more than 1,000 bodies", "en", Qualifier.AT_LEAST),
        ("over 300 soldiers", "en", Qualifier.AT_LEAST),
        ("nearly 900 detainees", "en", Qualifier.AT_MOST),
        ("about 1,900 prisoners", "en", Qualifier.ABOUT),
        ("up to 500 prisoners", "en", Qualifier.AT_MOST),
        ("понад 1200 тіл", "uk", Qualifier.AT_LEAST),
        ("майже 900 затриманих", "uk", Qualifier.AT_MOST),
        ("близько 900 затриманих", "uk", Qualifier.ABOUT),
        ("до 500 полонених", "uk", Qualifier.AT_MOST),
        ("почти 900 задержанных", "ru", Qualifier.AT_MOST),
        ("более 6000 тел", "ru", Qualifier.AT_LEAST),
        ("около 900 задержанных", "ru", Qualifier.ABOUT),
        ("до 500 пленных", "ru", Qualifier.AT_MOST),
        # a qualifier before "about": "говорят почти о 700", "пишуть про близько 700"
        ("говорят почти о 700 пленных", "ru", Qualifier.AT_MOST),
        ("пишуть про близько 700 полонених", "uk", Qualifier.ABOUT),
        ("1,212 bodies", "en", Qualifier.EXACT),
        ("the ministry talks about 300 prisoners", "en", Qualifier.EXACT),  # of, not around
    ],
)
def test_qualifiers(text: str, lang: str, qualifier: Qualifier) -> None:
    assert _values(text, lang) == [(_values(text, lang)[0][0], qualifier.value)]


def test_handed_over_is_not_a_qualifier() -> None:
    assert _values("Ukraine had handed over 1,212 bodies") == [(1212, "exact")]


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("the talks in 2025 were short", "en", 2025),
        ("з 2022 року", "uk", 2022),
        ("40% of them", "en", 40),
        ("at 10:30 local time", "en", 10),
        ("the 13.06.2025 report", "en", 13),
    ],
)
def test_years_percentages_times_and_dates_are_no_counts(text: str, lang: str,
                                                          absent: int) -> None:
    assert absent not in [v for v, _ in _values(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("hundreds of families", "en"), ("сотні українців", "uk"), ("тысячи людей", "ru"),
     ("one of the men", "en"), ("одним із найбільших", "uk")],
)
def test_vague_quantities_are_no_counts(text: str, lang: str) -> None:
    assert _values(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("передало трьох заручників", "uk", 3),  # an oblique form no table spells
        ("звільнила одинадцятеро дітей", "uk", 11),  # a collective numeral beyond ten
        ("освободила двенадцатеро человек", "ru", 12),
        ("вернули четырёх военных", "ru", 4),
        ("the thousand-for-thousand swap", "en", 1000),
    ],
)
def test_numerals_from_their_paradigms(text: str, lang: str, value: int) -> None:
    assert [m.value for m in find_numbers(text, lexicon(lang))][:1] == [value]


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("про передачу ще тисячі тіл", "uk", [1000]),  # one more thousand
        ("тисячі людей чекають", "uk", []),  # thousands: no figure
        ("a thousand prisoners", "en", [1000]),
        ("thousands of prisoners", "en", []),
    ],
)
def test_a_thousand_and_thousands(text: str, lang: str, values: list[int]) -> None:
    assert [m.value for m in find_numbers(text, lexicon(lang))] == values


def test_each_other_is_no_number() -> None:
    found = find_numbers("сторони мали передати одна одній по 6000 тіл", lexicon("uk"))
    assert [m.value for m in found] == [6000]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("between 80 and 90 people", "en"),
        ("від 80 до 90 осіб", "uk"),
        ("от 80 до 90 человек", "ru"),
        ("80–90 осіб", "uk"),
    ],
)
def test_a_range_is_one_figure_at_least_its_lower_end(text: str, lang: str) -> None:
    (mention,) = find_numbers(text, lexicon(lang))
    assert (mention.value, mention.qualifier.value) == (80, "at_least")
    assert text[mention.end:].strip() in ("people", "осіб", "человек")


def test_figures_of_a_list_are_no_range() -> None:
    assert [m.value for m in find_numbers("390, 307 and 303 per side", lexicon("en"))] == [
        390, 307, 303]
    assert [m.value for m in find_numbers("from 300 to 200 prisoners", lexicon("en"))] == [
        300, 200]


def test_a_number_of_further_stages_is_a_measure() -> None:
    from handover.extract.figures import find_figures

    assert find_figures("Three further stages brought back 1,200 bodies", lexicon("en"))[0].count \
        == 1200


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("від 1,7 до майже 2 тисяч в'язнів", "uk"),
        ("от 1,7 до 2 тыс. человек", "ru"),
        ("between 1.7 and 2 thousand prisoners", "en"),
    ],
)
def test_the_low_end_of_a_range_takes_the_high_ends_scale(text: str, lang: str) -> None:
    (mention,) = find_numbers(text, lexicon(lang))
    assert (mention.value, mention.qualifier.value) == (1700, "at_least")


def test_a_number_and_a_half_of_a_scale_is_one_figure() -> None:
    assert [n.value for n in find_numbers(
        "стороны обменялись ещё двумя с половиной сотнями пленных каждая.",
        lexicon("ru"))] == [250]
    assert [n.value for n in find_numbers("повернулися дві з половиною тисячі людей.",
                                          lexicon("uk"))] == [2500]


def test_days_opening_a_sentence_share_the_figure_po_gives_each() -> None:
    text = "Россия передала Украине 1000 тел. 17 июля и 19 августа Россия получила ещё по 19 тел."
    later = [c for c in claims_of(text, "ru") if c.count == 19]
    assert [(c.giver, c.receiver, str(c.event_date)) for c in later] == [
        ("Ukraine", "Russia", "2024-07-17"), ("Ukraine", "Russia", "2024-08-19")]


def test_a_number_word_joined_to_a_unit_counts_no_people() -> None:
    claims = claims_of("Yemen: 869 detainees return home after three-day release operation")
    assert [(c.count, c.kind.value) for c in claims] == [(869, "cumulative")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Киев сообщил о получении тысячи тел.", "ru"),
    ("Київ повідомив про отримання тисячі тіл.", "uk"),
])
def test_a_thousand_after_a_noun_of_the_act_is_one_thousand(text: str, lang: str) -> None:
    assert [c.count for c in claims_of(text, lang)] == [1000]
