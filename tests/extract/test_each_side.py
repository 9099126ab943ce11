"""'Each side': a figure each side hands over, told in the words of 'each', and 'each side'
as the subject of an act of its own."""

from __future__ import annotations

from tests.extract.helpers import claims_of, core


def test_each_side_as_the_subject_of_a_later_act_is_that_acts_figure() -> None:
    # the 307 went one way; "each side is to hand over a thousand" is the exchange's term
    text = ("Three hundred and seven Ukrainian prisoners came home on Saturday, the second day "
            "of an exchange in which each side is to hand over a thousand people.")
    claims = claims_of(text)
    assert core(claims) == [("Russia", "Ukraine", 307, "pow"),
                            ("Ukraine", "Russia", 1000, "detainee"),
                            ("Russia", "Ukraine", 1000, "detainee")]
    assert [c.kind.value for c in claims] == ["completed", "agreed", "agreed"]
    assert claims[1].event_date is None


def test_each_side_after_a_figure_in_a_prepositional_phrase_stays_the_figures() -> None:
    text = ("Russia and Ukraine met in Istanbul. According to Vladimir Medinsky, 250 prisoners "
            "from each side were exchanged that same day, 23 July.")
    assert core(claims_of(text)) == [("Russia", "Ukraine", 250, "pow"),
                                     ("Ukraine", "Russia", 250, "pow")]


def test_each_side_is_the_wars_two_not_an_ally_named_as_a_place() -> None:
    # Belarus, where the buses cross, is no side of the exchange "to each side" tells of
    text = ("On Friday, the first day, 390 people came back to each side, 270 soldiers and 120 "
            "civilians. Ukrainian servicemen crossed into Chernihiv region from Belarus.")
    assert {(g, r) for g, r, _, _ in core(claims_of(text))} == {
        ("Russia", "Ukraine"), ("Ukraine", "Russia")}
