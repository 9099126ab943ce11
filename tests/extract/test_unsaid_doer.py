"""The doer a clause leaves unsaid (the voice's side, the subject of the clause before) is
never the side the clause names as given to."""

from __future__ import annotations

from tests.extract.helpers import claims_of, core


def test_a_sides_own_count_of_what_it_was_given() -> None:
    text = "По информации Киева, в пятницу Украине передали 410 тел погибших."
    assert [(g, r, n) for g, r, n, _ in core(claims_of(text, "ru"))] == [
        ("Russia", "Ukraine", 410)]
    text = "За інформацією Києва, у п'ятницю Україні передали 410 тіл загиблих."
    assert [(g, r, n) for g, r, n, _ in core(claims_of(text, "uk"))] == [
        ("Russia", "Ukraine", 410)]


def test_the_second_clause_given_to_the_first_clauses_subject() -> None:
    text = "В тот день Россия отпустила шестерых украинцев, а российской стороне передали пятерых."
    assert [(g, r, n) for g, r, n, _ in core(claims_of(text, "ru"))] == [
        ("Russia", "Ukraine", 6), ("Ukraine", "Russia", 5)]


def test_the_voices_side_still_gives_when_it_is_not_given_to() -> None:
    text = "В Минобороны России сообщили, что в пятницу передали 410 тел."
    assert [(g, r, n) for g, r, n, _ in core(claims_of(text, "ru"))] == [
        ("Russia", "Ukraine", 410)]


def test_a_voice_that_spoke_on_a_day_of_people_brought_home() -> None:
    text = "Volodymyr Zelensky spoke on Friday of more than 300 people brought home."
    found = claims_of(text)
    assert [(c.giver, c.receiver, c.count, c.speaker) for c in found] == [
        ("Russia", "Ukraine", 300, "Volodymyr Zelensky")]


def test_people_that_had_returned_came_back_to_the_voices_side() -> None:
    text = "Ukraine's ombudsman said 2,100 people had returned since the start of the year."
    found = claims_of(text)
    assert [(c.giver, c.receiver, c.count) for c in found] == [("Russia", "Ukraine", 2100)]
